"""Mentions -> canonical entities: one node per real person, organisation, place.

``resolve_entities`` reads the spaCy Docs of one document and returns its
entities plus a map from tokens to the entities they refer to (names,
pronouns, "the two leaders", "the president"), which the relation rules use.

Resolution steps, each driven by the data files in ``graphkit/rules``:
1. mentions from spaCy NER, trimmed of "the", titles and possessives, typed
   (PERSON; ORG incl. parties; PLACE incl. country demonyms), noise dropped;
2. place/organisation tables and acronyms give canonical names;
3. partial person names join the full name they abbreviate;
4. names spaCy missed are found again by their known aliases;
5. each entity's type is voted from all its mentions;
6. pronouns and definite references resolve to the most salient person.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from . import syntax
from .mentions import (COURT_DISTRICTS, NAME_PARTICLES, RawMention, credit_tokens,
                       find_given_names, find_hyphenated_acronyms, find_hyphenated_owners,
                       find_journal_names, find_located_names, find_organization_names,
                       find_place_names, find_titled_names, find_untagged_org_names,
                       lower_nouns, match_surfaces,
                       may_continue_name, mentions_from_ents, noise_short_forms,
                       parenthetical_aliases, titles_before)
from .model import Entity, Mention
from .references import (BUILDING_HEADS, LEGAL_SUFFIXES, interview_answers, person_gender,
                         quotation_speakers, quoted_pronouns, resolve_its, resolve_org_descriptions,
                         resolve_person_pairs, resolve_place_descriptions,
                         resolve_plural_pronouns, resolve_pronouns, resolve_references)
from .rulebook import Rulebook, entity_id, normalize_name


_ACRONYM_SKIP = {"of", "the", "and", "for", "de", "la", "del", "des", "du", "on", "in", "&"}


@dataclass
class _Cluster:
    mentions: list[RawMention] = field(default_factory=list)
    canonical: str = ""
    keys: set[str] = field(default_factory=set)

    def add(self, mention: RawMention) -> None:
        self.mentions.append(mention)
        self.keys.add(mention.key)
        if mention.canonical and not self.canonical:
            self.canonical = mention.canonical


@dataclass(frozen=True)
class EntityResolution:
    """The entities of one document and what each token refers to.

    ``refs`` maps (chunk index, token index) to the ids of the entities that
    token stands for: usually one, two for "the two leaders".
    ``roles`` maps an entity id to the title words seen in front of it.
    ``speakers`` maps a quotation's (chunk index, first token, end token) to the
    entity id of its speaker.
    """

    entities: tuple[Entity, ...]
    refs: dict
    mentions: dict
    roles: dict
    speakers: dict = field(default_factory=dict)
    country: str | None = None  # the country the text names most (None on a tie)


def _name_tokens(key: str) -> tuple[str, ...]:
    return tuple(key.split())


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP)


# First words of newspaper names that are left out: "The Telegraph" = "The Daily Telegraph".
_PAPER_DAYS = {"daily", "sunday", "weekly", "evening", "morning"}
_NOT_GIVEN_NAMES = {"hurricane", "storm", "typhoon", "cyclone", "tropical", "tornado"}


def _plain_name(text: str, book: Rulebook) -> bool:
    """Capitalised words only, none of them a title, an institution or weather word:
    "Morgan Tsvangirai" (not "Tropical Storm Humberto", "End of Life", "Carroll/Patel")."""
    words = text.split()
    return all(w.isalpha() and w.istitle() for w in words) and not any(
        w.lower() in book.title_words or w.lower() in book.org_words or
        w.lower() in _NOT_GIVEN_NAMES or normalize_name(w) in book.noise or
        normalize_name(w) in book.places for w in words[:-1])


def _cluster(mentions: list[RawMention], acronyms: dict[str, RawMention],
             book: Rulebook) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[str, int] = {}
    persons: list[RawMention] = []
    surnames = {m.key for m in mentions if m.type == "PERSON" and " " not in m.key}

    def join(mention: RawMention, index: int) -> None:
        mention.cluster = index
        clusters[index].add(mention)
        by_key.setdefault(mention.key, index)
        by_key.setdefault(_place_spelled_out(mention, book), index)
        words = mention.key.split()
        if len(words) > 1 and (mention.type == "PERSON" or mention.type == "ORG" and (
                _looks_like_person_name(mention.key, book) or mention.person_cue or (
                    len(words) <= 3 and words[-1] in surnames and
                    _plain_name(mention.text, book)))):
            persons.append(mention)  # every full name counts when a surname is shared
            # (and "officers Antoine Quirin", tagged ORG: a given name and a surname;
            # "Morgan Tsvangirai", tagged ORG, of the "Tsvangirai" tagged a person)

    def new(mention: RawMention) -> None:
        clusters.append(_Cluster())
        join(mention, len(clusters) - 1)

    # Longest names first, so that partial names find their full form; a longer name
    # in brackets after a name waits for it ("the RMT union (National Union of Rail,
    # Maritime and Transport Workers)").
    def words(mention: RawMention) -> int:
        owner = acronyms.get(mention.key)
        return min(len(mention.key.split()), len(owner.key.split()) if owner else 99)

    order = sorted(mentions, key=lambda m: (-words(m), m.chunk, m.start))
    for mention in order:
        if mention.canonical and " " not in mention.key and mention.place_cue < 1.5 and \
                mention.type == "PLACE":
            # "Sudesh Amman ... Amman was placed under surveillance": the surname of a
            # person named in full, not the capital of Jordan
            named = {p.cluster for p in persons
                     if p.type == "PERSON" and p.key.split()[-1] == mention.key}
            target = named.pop() if len(named) == 1 else None
            if target is not None:
                mention.canonical, mention.type = "", "PERSON"
                join(mention, target)
                continue
        canonical_key = normalize_name(mention.canonical) if mention.canonical else mention.key
        if canonical_key in by_key:
            join(mention, by_key[canonical_key])
            continue
        if mention.canonical and mention.type == "ORG":
            # "The Rapid Support Forces ... the RSF": the name the article spells out
            # before the table's (Reporters Without Borders)
            target = _acronym_target(mention, clusters, book)
            if target is not None and all(m.type == "ORG" for m in clusters[target].mentions):
                mention.canonical = ""
                join(mention, target)
                continue
        if mention.key in by_key:
            join(mention, by_key[mention.key])
            continue
        spelled = _place_spelled_out(mention, book)
        if spelled in by_key:
            join(mention, by_key[spelled])  # "U.S. Navy" after "United States Navy"
            continue
        titled = " ".join(mention.titles[-1:] + (mention.key,))
        if mention.type == "PERSON" and mention.titles and titled in by_key and all(
                m.type == "PLACE" for m in clusters[by_key[titled]].mentions):
            # "Esperanza, Sultan Kudarat": the place named "Sultan Kudarat" before, not a
            # sultan
            mention.type, mention.titles = "PLACE", ()
            join(mention, by_key[titled])
            continue
        target = None if mention.canonical or mention.type == "PLACE" and \
            mention.place_cue >= 2 else _partial_name_target(mention, persons)
        # (not "Crusius of Allen, Texas": a town, whatever Greg Allen is called)
        if target is None and mention.key in acronyms and acronyms[mention.key].cluster >= 0:
            target = acronyms[mention.key].cluster
        if target is None and not mention.canonical and mention.key.isalpha() and " " not in mention.key:
            target = _acronym_target(mention, clusters, book)
        if target is not None:
            join(mention, target)
        elif mention.type:
            new(mention)
    return clusters


def _place_spelled_out(mention: RawMention, book: Rulebook) -> str:
    """An organisation's name with the short form of the place it opens with spelled out
    as the tables name it: "us navy" -> "united states navy" (else the name)."""
    words = mention.key.split()
    if mention.type != "ORG" or len(words) < 2 or words[0] not in book.places:
        return mention.key
    return " ".join([normalize_name(book.places[words[0]])] + words[1:])


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"}


def _abbreviates(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """"Maduro" or "Nicolas Maduro" of "Nicolas Maduro Moros"; "John Conyers" of
    "John James Conyers Jr." (given name and surname, middle names left out)."""
    if _contains(long, short):
        return True
    core = tuple(w for w in long if w not in _NAME_SUFFIXES)
    if len(short) == 2 and len(core) > 2 and short[0] == core[0] and short[1] == core[-1]:
        return True
    # "Pedro Pierluisi" of "Pedro R. Pierluisi Urrutia": given name, then a surname
    # of the full name's (a middle initial and a second surname left out)
    return len(short) == 2 and len(core) > 2 and short[0] == core[0] and short[1] in core[1:] \
        and all(len(w) == 1 for w in core[1:core.index(short[1], 1)]) \
        and len(core) - core.index(short[1], 1) <= 2


def _partial_name_target(mention: RawMention, persons: list[RawMention]) -> int | None:
    """The cluster of the full person name this mention abbreviates, if any."""
    tokens = _name_tokens(mention.key)
    candidates = [p for p in persons if len(p.key.split()) > len(tokens)
                  and _abbreviates(_name_tokens(p.key), tokens) and not (
                      p.kin_described and not _contains(_name_tokens(p.key), tokens))]
    # (not "Gloria Vanderbilt" of "her widowed mother, Gloria Morgan Vanderbilt": the
    # middle name tells a relative apart)
    if not candidates:
        return None
    clusters = Counter(p.cluster for p in candidates)
    if len(clusters) == 1:
        return candidates[0].cluster
    # Several people share the name part ("Cummings": Elijah, and his parents named once):
    # the one named in full most often, else the nearest full name before it.
    (first, count), (_, runner_up) = clusters.most_common(2)
    if count > runner_up:
        return first
    tied = {c for c, n in clusters.items() if n == count}
    prominent = {p.cluster for p in candidates if p.cluster in tied and not p.embedded}
    if len(prominent) == 1:
        return prominent.pop()
    if prominent:
        # the one named first, as the article names the person it is about
        return min((p for p in candidates if p.cluster in prominent),
                   key=lambda p: (p.chunk, p.start)).cluster
    before = [p for p in candidates if (p.chunk, p.start) < (mention.chunk, mention.start)]
    pool = before or candidates
    best = max(pool, key=lambda p: (p.chunk, p.start)) if before else min(
        pool, key=lambda p: (p.chunk, p.start))
    return best.cluster


def _acronym_target(mention: RawMention, clusters: list[_Cluster], book: Rulebook) -> int | None:
    """"CPD" -> "(United States) Commission on Presidential Debates"."""
    if not mention.text.isupper() or len(mention.key) < 2:
        return None
    for index, cluster in enumerate(clusters):
        for key in cluster.keys:
            words = key.split()
            forms = [words] + [words[cut:] for cut in (1, 2) if len(words) > cut + 1 and (
                " ".join(words[:cut]) in book.places or " ".join(words[:cut]) in book.demonyms)]
            if any(len(form) >= 2 and _acronym(" ".join(form)) == mention.key for form in forms):
                return index
    return None


def _short_company_name(words: tuple[str, ...], book: Rulebook) -> tuple[str, ...] | None:
    """The name without its legal suffix when that alone is distinctive:
    "ABS-CBN Corporation" is also written "ABS-CBN", "Burisma Holdings" "Burisma"
    (not "First Group": a common word, a given name or a place alone names no company)."""
    core = list(words)
    while len(core) > 1 and (core[-1].lower().rstrip(".") in LEGAL_SUFFIXES or
                             core[-1].lower() in ("airlines", "airways")):
        core.pop()  # ("Saha Airlines" is also "Saha"; not "Qatar Airways": a place alone)
    if len(core) == len(words) == 2 and core[-1].isupper() and \
            entity_id(book.places.get(normalize_name(core[-1]), "")) in book.country_ids:
        core.pop()  # "Mazars USA" is also "Mazars"
    if len(core) == len(words):
        return None
    text = "".join(core)
    key = normalize_name(text)
    distinctive = len([w for w in core if w[:1].isupper()]) >= 2 or (
        sum(c.isupper() for c in text) >= 2 and text[:1].isupper()) or (
        len(core) == 1 and len(text) >= 4 and text.isalpha() and text.istitle()
        and key not in book.first_names and key not in book.places
        and key not in book.demonyms and key not in book.title_words)
    return tuple(core) if distinctive else None


def _head_word_alias(words: tuple[str, ...], book: Rulebook) -> tuple[str, ...] | None:
    """"House of Representatives" is also "the House": the capitalised word
    before "of" of an institution's name."""
    if len(words) >= 3 and words[1] == "of" and words[0].istitle() and \
            words[0].lower() not in book.title_words and normalize_name(words[0]) not in book.places:
        return words[:1]
    if len(words) >= 2 and words[-1].lower() in BUILDING_HEADS and words[-1].istitle():
        return words[-1:]  # "Fishmongers' Hall" is also "the Hall"
    return None


def _plural_tail(words: list[str], book: Rulebook) -> bool:
    """"charlotte hornets": a name whose last word, a plural and no organisation word, the
    text may use alone for it (lower-case words; no "of" in the name)."""
    return len(words) >= 2 and words[-1].endswith("s") and len(words[-1]) > 3 and \
        "of" not in words and words[-1] not in book.org_words


def _alias_table(chunks, clusters: list[_Cluster], types: list[str],
                 book: Rulebook) -> dict[str, list]:
    """First token text -> [(token texts, cluster index)] for known names, longest first."""
    table: dict[str, list] = defaultdict(list)
    heads: dict[tuple[str, ...], set[int]] = defaultdict(set)
    nouns = {n for _, doc in chunks for n in lower_nouns(doc)}
    for index, cluster in enumerate(clusters):
        is_org = types[index] == "ORG"
        for mention in cluster.mentions:
            doc = chunks[mention.chunk][1]
            words = tuple(t.text for t in doc[mention.start:mention.end])
            if not words or not words[0][:1].isupper() or mention.key in book.noise:
                continue
            table[words[0]].append((words, index))
            if mention.short_form:  # "the IRGC" after "... Guard Corps (IRGC)"
                short_words = tuple(mention.short_form.split())  # (or "(First MSMU)")
                table[short_words[0]].append((short_words, index))
            short = _short_company_name(words, book) if is_org else None
            if short and normalize_name(" ".join(short)) not in book.noise:
                table[short[0]].append((short, index))
            head = _head_word_alias(words, book) if is_org or types[index] == "PLACE" else None
            if head:
                heads[head].add(index)
            if is_org and not cluster.canonical and all(w.istitle() for w in words) and \
                    _plural_tail([w.lower() for w in words], book) and \
                    not words[-1].endswith("ss") and \
                    not {words[-1].lower(), words[-1].lower()[:-1]} & nouns:
                # "the Lakers" of the "Los Angeles Lakers" (not "Protests" of "Capitol Hill
                # Occupied Protests": a word the text writes as a common noun too)
                heads[words[-1:]].add(index)
    for head, owners in heads.items():
        if len(owners) == 1 and not any(len(w) == 1 for w, _ in table.get(head[0], ())):
            table[head[0]].append((head, next(iter(owners))))  # one "House of ..." only
    return {k: sorted(set(v), key=lambda entry: -len(entry[0])) for k, v in table.items()}


def _surname_table(clusters: list[_Cluster], types: list[str], book: Rulebook) -> dict[str, list]:
    """Surname -> [((surname,), cluster index)] for people named in full, when
    one person of the document has that surname, or one only is named other
    than in passing."""
    owners: dict[str, dict[int, bool]] = defaultdict(dict)  # surname -> cluster -> prominent
    for index, cluster in enumerate(clusters):
        if types[index] != "PERSON":
            continue
        for mention in cluster.mentions:
            words = [w for w in mention.text.split() if w.lower().rstrip(".") not in _NAME_SUFFIXES]
            # Not "Salman" of "Mohammed bin Salman": that is his father's name.
            if len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha() \
                    and words[-2].lower() not in NAME_PARTICLES:
                seen = owners[words[-1]]
                seen[index] = seen.get(index, False) or not mention.embedded
    table = {}
    for surname, seen in owners.items():
        # One person of that name, or one not named in passing ("His parents, X and Y").
        chosen = list(seen) if len(seen) == 1 else [c for c, prominent in seen.items() if prominent]
        if len(chosen) == 1:
            table[surname] = [((surname,), chosen[0])]
    return table


def _stands_alone(token) -> bool:
    """A word used as a whole name: an argument ("Prabowo signed"; not "the Birther
    movement"), with no capitalised word beside it ("Sailor Mercury") and no article
    before it ("the Beast")."""
    doc = token.doc
    return token.dep_ in _ARGUMENT_DEPS and not any(
        0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
        for j in (token.i - 1, token.i + 1)) and not any(
        c.dep_ == "det" for c in token.children) and not (
            token.i and doc[token.i - 1].lower_ in ("the", "a", "an"))


def _name_words(clusters: list[_Cluster], types: list[str], book: Rulebook) -> dict[str, int]:
    """Other words of people's full names that the news uses alone, outside the tables
    of given names: "President Prabowo Subianto ... Prabowo said", "Luiz Inacio Lula da
    Silva ... Lula", "Issa Tchiroma Bakary ... Tchiroma" (one person's word only, and never
    a word that names anything else; not the "John" of "Donald John Trump")."""
    owners: dict[str, set[int]] = defaultdict(set)
    last_words: set[str] = set()  # (no one's surname)
    for index, cluster in enumerate(clusters):
        if types[index] != "PERSON":
            continue
        for mention in cluster.mentions:
            words = mention.text.split()
            if len(words) < 2 or mention.kind != "name":
                continue
            last_words.add(words[-1])
            for position, word in enumerate(words[:-1]):
                key = normalize_name(word)
                # (the first word, or a middle one of a long name: "Lula"; not "Grand" of
                # "Female Grand Master")
                if len(word) >= 3 and word.isalpha() and word[:1].isupper() and (
                        position == 0 and key not in book.first_names or 0 < position and (
                            key not in book.first_names or position < len(words) - 2)) and \
                        key not in NAME_PARTICLES and \
                        key not in book.places and key not in book.demonyms and \
                        key not in book.organizations and key not in book.noise and \
                        key not in book.title_words and key not in book.parties:
                    owners[word].add(index)
    return {word: next(iter(found)) for word, found in owners.items()
            if len(found) == 1 and word not in last_words}


def _find_alias_mentions(chunks, clusters, covered, book) -> list[RawMention]:
    """Known names of this document's entities where spaCy did not tag them;
    bare surnames of people named in full ("Katigbak apologized")."""
    found = []
    types = [_cluster_type(cluster, book) for cluster in clusters]
    matches = list(match_surfaces(chunks, _alias_table(chunks, clusters, types, book), covered))
    covered = covered | {(c, i) for c, s, e, _ in matches for i in range(s, e)}
    surnames = _surname_table(clusters, types, book)
    name_words = {word: [((word,), index)] for word, index in
                  _name_words(clusters, types, book).items()}
    surnames |= name_words  # ("Prabowo" of "Prabowo Subianto")
    for chunk, start, end, index in match_surfaces(chunks, surnames, covered):
        token = chunks[chunk][1][start]
        if token.text in name_words and not _stands_alone(token):
            continue
        if normalize_name(token.text) in book.noise and not (
                token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") and
                not any(c.dep_ == "det" for c in token.children)):
            continue  # "West" of "Kanye West": only a subject by itself ("West, who is
            # running for president, ..."), never "the West" or "West Virginia"
        # "Cummings passed": the tagger sometimes calls a sentence-initial surname a noun,
        # "Pierluisi, Rivera Schatz, and Rosselló are all members" an adjective.
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.dep_ in _ARGUMENT_DEPS) or (
                token.pos_ == "ADJ" and token.is_sent_start and end < len(chunks[chunk][1])
                and chunks[chunk][1][end].text == ","):
            matches.append((chunk, start, end, index))
    alias_at = {(c, i): index for c, s, e, index in matches for i in range(s, e)}
    for chunk, start, end, index in matches:
        doc = chunks[chunk][1]
        before = normalize_name(doc[start - 1].text) if start > 0 else ""
        if start > 0 and (chunk, start - 1) in covered and doc[start - 1].pos_ == "PROPN" and \
                before not in book.parties and before not in book.demonyms and not (
                    doc[start:end].text.isupper() and types[alias_at.get(
                        (chunk, start - 1), index)] == "PLACE" and types[index] == "ORG"):
            # "Hamza bin Ladin": the end of another name, not "(Usama) bin Ladin"
            # (but "Democrat Spearman", "Venezuelan Guaidó": a party or people before;
            # "Kamloops RCMP": a town's own branch of a force named before)
            continue
        cluster = clusters[index]
        text = doc[start:end].text
        mention = RawMention(chunk, start, end, text, normalize_name(text),
                             types[index], cluster.canonical, "ALIAS",
                             titles_before(doc, start, book))
        mention.cluster = index
        found.append(mention)
    return found


def _organizational(key: str, book: Rulebook) -> bool:
    """A name headed by an institution word: "congress of the philippines", "x party",
    "gazeta wyborcza" (the noun first)."""
    words = key.split()
    cut = words.index("of") if "of" in words[1:-1] else len(words)
    head = words[cut - 1]  # "supreme court of justice": the word before "of"
    return head in book.org_words or head in book.organizations or (
        len(words) > 1 and words[0] in book.leading_org_words)


# Words that make a name a place's, first or last: "Fort Lee", "Mount Bukak",
# "George Washington Bridge", "Tiananmen Square".
_PLACE_FIRST_WORDS = {"fort", "mount", "mt", "lake", "cape", "camp", "glen", "punta", "isla",
                      "cabo", "county", "rue", "piazza", "avenida", "calle"}  # ("County Kerry")
_PLACE_LAST_WORDS = {"bridge", "tunnel", "canal", "highway", "square", "street", "avenue",
                     "boulevard", "bay", "harbour", "harbor", "island", "peninsula", "monument",
                     "memorial", "plaza", "gardens", "cemetery", "facility", "prison",
                     "penitentiary", "jail", "cathedral", "mosque", "basilica", "synagogue",
                     "abbey", "monastery", "chapel", "shrine", "mall", "mine", "falls",
                     "county", "parish", "borough", "township", "station", "route", "fault",
                     "trench", "arena", "stadium", "ballpark", "coliseum", "airport", "airfield",
                     "aerodrome", "estuary", "lagoon", "reservation", "refuge", "range",
                     "theatre", "theater", "amphitheatre", "amphitheater", "auditorium"}


def _place_words(key: str) -> str:
    """"first" for "fort lee", "last" for "george washington bridge", else ""."""
    words = key.split()
    if len(words) < 2:
        return ""
    return "last" if words[-1] in _PLACE_LAST_WORDS or key.endswith(_SITE_ENDINGS) else (
        "first" if words[0] in _PLACE_FIRST_WORDS else "")


_INITIALLED_NAME = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+")
_WEB_ADDRESS = re.compile(r"[A-Za-z][\w-]*\.(com|org|net|info|news|[a-z]{2})(\.[a-z]{2})?")


# Places, though their last word is an institution's: "Mesquite Convention Center".
_SITE_ENDINGS = ("airport", "airfield", "aerodrome", "convention center", "convention centre",
              "exhibition center", "exhibition centre", "conference center", "conference centre")


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "upper", "lower", "greater", "latin"}


def _company_of_country(mention: RawMention, book: Rulebook) -> bool:
    """"Mazars USA", "Gymnastics UK": a name that is no place followed by a
    country's abbreviation is a national branch of something (not "Washington DC",
    "Northern Ireland UK")."""
    words = mention.text.split()
    if len(words) < 2 or not words[-1].isupper() or mention.key in book.places:
        return False
    country, rest = normalize_name(words[-1]), normalize_name(" ".join(words[:-1]))
    return country in book.places and entity_id(book.places[country]) in book.country_ids and \
        not any(normalize_name(w) in book.places or normalize_name(w) in book.demonyms or
                normalize_name(w) in book.place_heads or normalize_name(w) in _COMPASS
                for w in words[:-1]) and rest not in book.places


def _cluster_type(cluster: _Cluster, book: Rulebook) -> str:
    if any(words[:1] and words[0] in COURT_DISTRICTS and words[1:3] == ["district", "of"]
           for words in map(str.split, cluster.keys)):
        return "ORG"  # "Western District of Texas": a federal court
    votes: Counter = Counter()
    placed = any(m.type == "PLACE" for m in cluster.mentions)
    for mention in cluster.mentions:
        if not mention.type:
            continue
        if mention.type == "PERSON" and any(c.isdigit() for c in mention.key):
            continue  # "Rocky Linux 8" is no one's name
        weight = 1.0
        if mention.canonical:
            weight = 5.0
        elif mention.type == "PERSON" and len(mention.key.split()) > 1 and (
                mention.key.split()[0] in book.first_names) and not any(
                    w in book.org_words for w in mention.key.split()[1:]):
            weight = 3.0  # "Nicolas Maduro": a given name and more is a person (not
            # "Marine Bulletin": a word for a body after it)
        votes[mention.type] += weight
        if mention.titles and any(t in book.honorifics or t in book.roles for t in mention.titles
                                  if t not in ("saint", "st")):
            votes["PERSON"] += 2.0  # (not "Saint": "at Saint Francis", the hospital)
        if mention.person_cue and not mention.canonical:
            votes["PERSON"] += 2.0
        if mention.described_org and not mention.canonical:
            votes["ORG"] += 4.0  # "UpGuard, a cybersecurity firm": the text says what it is
        if _WEB_ADDRESS.fullmatch(mention.text):
            votes["ORG"] += 3.0  # "Portfolio.hu", "News.com.au": a site named by its address
        if mention.type == "PERSON" and weight == 1.0 and " " not in mention.text and \
                len(mention.text) >= 3 and mention.text.isupper() and mention.text.isalpha():
            votes["ORG"] += 2.0  # "ALDI also introduced a limit": capitals are a brand's
        if mention.type == "PERSON" and weight == 1.0 and (
                mention.org_cue or _organizational(mention.key, book)
                or _starts_with_place(mention.key, book)):
            # "the Jamaah Ansharut Daulah network", "Crow Tribe", "Montana Native Vote";
            # more for three words and an institution's: "Saint Francis Hospital"
            votes["ORG"] += 3.0 if len(mention.key.split()) > 2 and \
                mention.key.split()[-1] in book.org_words else 2.0
        if mention.type == "PLACE" and weight == 1.0 and not mention.canonical and \
                mention.place_cue < 1.5 and mention.key not in book.places and \
                _looks_like_person_name(mention.key, book, particles=False) and not any(
                    w in book.place_heads or w in _PLACE_LAST_WORDS for w in mention.key.split()):
            votes["PERSON"] += 2.0  # "Crystal Munoz was convicted", tagged a place
        if mention.type == "ORG" and weight == 1.0 and _organizational(mention.key, book):
            votes["ORG"] += 1.0  # "Supreme Court of Justice": its name says institution
        if mention.type == "PLACE" and not mention.canonical and _company_of_country(mention, book):
            votes["ORG"] += 3.0  # "Mazars USA", "Gymnastics UK"
        if mention.type == "PLACE" and mention.org_cue and not mention.canonical and \
                mention.key not in book.places:
            votes["ORG"] += 2.0  # "the San Francisco 49ers football team", "news firm Saba"
        if mention.type == "ORG" and not mention.canonical and mention.place_cue and not (
                _organizational(mention.key, book)):  # "in the Congress of the Philippines"
            votes["PLACE"] += mention.place_cue
        if mention.type == "PERSON" and not mention.canonical and weight == 1.0 and \
                mention.place_cue == 1.5 and not (mention.titles or mention.person_cue) and \
                not _looks_like_person_name(mention.key, book):
            votes["PLACE"] += 1.5  # "a block of flats in La Llagosta", tagged a person
        if mention.type == "PLACE" and not mention.canonical and weight == 1.0 and \
                mention.place_cue == 1.5 and not _looks_like_person_name(mention.key, book):
            votes["PLACE"] += 1.0  # "in Goma", against the model's person "captured Goma"
        if mention.type in ("PERSON", "PLACE") and not mention.canonical and \
                mention.place_cue >= 2 and weight == 1.0:
            votes["PLACE"] += mention.place_cue  # "the Greek island of Samos" outweighs the
            # model's "Samos" person elsewhere
        place_words = _place_words(mention.key)
        if mention.type in ("PERSON", "ORG") and not mention.canonical and (
                place_words == "first" and weight == 1.0 or place_words == "last") and not (
                    _organizational(mention.key, book) and not mention.key.endswith(_SITE_ENDINGS)
                    or any(  # "Fort Worth Police Department" (but "Henderson Executive Airport")
                        mention.key.endswith(p) for p in book.places_as_org)):  # "10 Downing St"
            votes["PLACE"] += 4.0  # "Fort Lee", "George Washington Bridge": no one's name
        if mention.type in ("ORG", "PLACE") and not mention.canonical and \
                mention.key in book.famous_names:
            votes["PERSON"] += 2.0  # "at the request of Trump", tagged an organisation
        if mention.type == "ORG" and not mention.canonical and (_looks_like_person_name(
                mention.key, book, particles=not (mention.place_cue or placed)) or
                _INITIALLED_NAME.fullmatch(mention.text)):
            votes["PERSON"] += 3.0  # (and "Ulysses S. Grant": a middle initial)
    # A name that abbreviates a full person name is that person.
    longest = max(cluster.mentions, key=lambda m: len(m.key.split()))
    if longest.type == "PERSON" and len(longest.key.split()) > 1 and not longest.canonical and \
            not any(c.isdigit() for c in longest.key) and \
            any(m.kind == "name" and _contains(_name_tokens(longest.key), _name_tokens(m.key))
                and m.key != longest.key for m in cluster.mentions) and not any(
                m.place_cue >= 8 for m in cluster.mentions) and not _place_words(longest.key) \
            and not _organizational(longest.key, book):  # ("Saint Francis Hospital")
        return "PERSON"
    if not votes:
        return ""
    if votes["PERSON"] > votes["ORG"] and any(
            m.described_org and not m.canonical for m in cluster.mentions) and not any(
            m.titles or m.person_cue or m.key.split()[0] in book.first_names
            for m in cluster.mentions):
        return "ORG"  # "Faithless Hijabi is an organisation which helps ...": the text says
        # what the model took for a person's name is (said of no one's title, first name
        # or "he")
    order = {"PERSON": 0, "ORG": 1, "PLACE": 2}
    return max(votes, key=lambda t: (votes[t], -order[t]))


def _one_edit_apart(a: str, b: str) -> bool:
    """True when one substitution, insertion or deletion turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _swapped(a: str, b: str) -> bool:
    """True when swapping two neighbouring letters turns a into b ("Pierliusi")."""
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and \
        a[diff[1]] == b[diff[0]]


def _spelling_variants(a: str, b: str) -> bool:
    """"Usama bin Ladin" ~ "Osama bin Laden": same words but for one letter each;
    "Pierliusi" ~ "Pedro Pierluisi": a surname misspelt once."""
    wa, wb = sorted((a.split(), b.split()), key=len)
    if len(wa) == 1 and 2 <= len(wb) <= 3 and len(wa[0]) >= 6 and wa[0] != wb[-1]:
        # a person's name only, and not a plural ("Ex-Muslims")
        if "of" in wb or wa[0].rstrip("s") == wb[-1].rstrip("s"):
            return False
        return _one_edit_apart(wa[0], wb[-1]) or _swapped(wa[0], wb[-1])
    if len(wa) != len(wb) or len(wa) < 2 or a == b:
        return False
    same = sum(x == y for x, y in zip(wa, wb))
    near = all(x == y or (min(len(x), len(y)) >= 4 and (
        _one_edit_apart(x, y) or len(wa) >= 3 and _stem(x) == _stem(y)))
               for x, y in zip(wa, wb))  # ("Recording Industries Association of America")
    return near and same >= 1


def _merge_given_name_forms(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"Mitch Stoltz" joins the one "Mitchell Stoltz" of the document, "Joe Biden" the one
    "Joseph Biden": a short form of the given name the tables pair with the full one,
    before the same surname; a short form alone ("Chad") joins the one person of that
    full given name ("Chadwick Boseman")."""
    forms = book.given_name_forms
    short = [c for c in clusters if any(k.split()[0] in forms for k in c.keys)]
    if not short:
        return clusters  # (most texts: no short given name at all)
    people = [c for c in clusters if _cluster_type(c, book) == "PERSON"]
    full: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    given: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in people:
        for words in {tuple(k.split()) for k in cluster.keys}:
            if len(words) >= 2:
                full[(words[0], words[-1])].append(cluster)
                given[words[0]].append(cluster)
    person_ids = {id(c) for c in people}

    def targets(cluster: _Cluster) -> list[_Cluster]:
        if all(" " not in k for k in cluster.keys):
            # 'Coogler wrote of Boseman, "Chad was an anomaly"': the short form alone,
            # of the one person with the full given name
            return [c for k in cluster.keys for long in forms.get(k, ()) for c in given[long]]
        return [c for k in cluster.keys if len(k.split()) >= 2
                for long in forms.get(k.split()[0], ())
                for c in full.get((long, k.split()[-1]), ())]

    return _move_to_one(clusters, [c for c in short if id(c) in person_ids], targets)


def _move_to_one(clusters: list[_Cluster], movable: list[_Cluster], targets_of) -> list[_Cluster]:
    """Each of ``movable`` whose ``targets_of`` names exactly one other cluster (not one
    moved itself) joins it."""
    moved = set()
    for cluster in movable:
        targets = {id(c): c for c in targets_of(cluster) if c is not cluster}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            if id(target) in moved:
                continue
            for mention in cluster.mentions:
                target.add(mention)
            moved.add(id(cluster))
    return [c for c in clusters if id(c) not in moved]


def _merge_spelling_variants(clusters: list[_Cluster]) -> list[_Cluster]:
    out: list[_Cluster] = []
    for cluster in clusters:
        longest = max(cluster.mentions, key=lambda m: len(m.key)).key
        target = None
        if not cluster.canonical:
            for other in out:
                if not other.canonical and any(_spelling_variants(longest, k) for k in other.keys):
                    target = other
                    break
        if target is None:
            out.append(cluster)
        else:
            for mention in cluster.mentions:
                target.add(mention)
    return out


def _org_core(key: str, book: Rulebook) -> str:
    """"thai raksa chart party" -> "thai raksa chart": the name without a generic suffix
    (not "house of commons library" -> "house of commons": another institution's name)."""
    words = key.split()
    if "of" in words:
        return key
    while len(words) > 1 and words[-1] in book.org_words:
        words.pop()
    return " ".join(words)


def _merge_org_variants(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"Thai Raksa Chart" = "Thai Raksa Chart Party"; "Parliament" = "Tunisian Parliament"."""
    out: list[_Cluster] = []
    by_core: dict[str, _Cluster] = {}
    # Merges below only add organisation mentions to organisations: typed once here.
    is_org = {id(c): _cluster_type(c, book) == "ORG" for c in clusters}
    one_word = {k: c for c in clusters if is_org[id(c)] for k in c.keys if " " not in k}
    for cluster in clusters:
        if not is_org[id(cluster)] or cluster.canonical:
            out.append(cluster)
            continue
        longest = max(cluster.mentions, key=lambda m: len(m.key)).key
        core = _org_core(longest, book)
        if " " not in longest and longest.endswith("s") and longest[:-1] in book.org_words \
                and longest[:-1] in one_word and one_word[longest[:-1]] is not cluster:
            # "If the Senates does not confirm me": a slip for the one "Senate"
            for mention in cluster.mentions:
                one_word[longest[:-1]].add(mention)
        elif len(core.split()) >= 2 and core in by_core and core in (
                longest, max(by_core[core].keys, key=len)):
            # (one of the two is the bare name: not "Abu Dhabi TV" and "Abu Dhabi Media")
            for mention in cluster.mentions:
                by_core[core].add(mention)
        else:
            by_core.setdefault(core, cluster)
            out.append(cluster)
    return _merge_dropped_middle(_merge_place_qualified(_merge_department_variants(
        _merge_short_company_names(_merge_national_names(out, is_org), is_org, book),
        is_org, book), is_org, book), is_org, book)


_CHAMBERS = {"house", "senate"}


def _merge_dropped_middle(clusters: list[_Cluster], is_org: dict[int, bool],
                          book: Rulebook) -> list[_Cluster]:
    """"the Iranian Federation" joins the one "Iranian Chess Federation" of the document:
    a body's name said with its first and last word only (not where two bodies fit:
    "Iranian Chess Federation" and "Iranian Football Federation")."""
    heads = book.org_words | book.group_heads
    longer: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if is_org.get(id(cluster)):
            for words in {tuple(k.split()) for k in cluster.keys}:
                if len(words) >= 3 and words[-1] in heads:
                    longer[(words[0], words[-1])].append(cluster)
                    if len(words) >= 4 and (words[0] in _CHAMBERS or words[0] in book.demonyms
                                            or words[0] in book.places):
                        # "the Oversight Committee" of the "House Oversight and Reform
                        # Committee", "the Expediency Council" of the "Iranian Expediency
                        # Discernment Council": past the chamber or the nation too
                        longer[(words[1], words[-1])].append(cluster)
    short = [c for c in clusters if is_org.get(id(c)) and not c.canonical and len(c.keys) == 1
             and len(next(iter(c.keys)).split()) == 2]
    return _move_to_one(clusters, short, lambda cluster: longer.get(
        tuple(next(iter(cluster.keys)).split()), ()))


def _merge_national_names(clusters: list[_Cluster], is_org: dict[int, bool]) -> list[_Cluster]:
    """"the Search and Rescue Agency" joins the one "National Search and Rescue Agency"
    (three words or more after "National": not "the Security Council" of a text that
    also names a "National Security Council")."""
    bare = {k: c for c in clusters if is_org[id(c)] and not c.canonical for k in c.keys}
    moved = set()
    for cluster in clusters:
        if not is_org[id(cluster)] or cluster.canonical or id(cluster) in moved:
            continue
        for key in list(cluster.keys):
            rest = key[len("national "):]
            other = bare.get(rest) if key.startswith("national ") and \
                len(rest.split()) >= 3 else None
            if other is not None and other is not cluster and id(other) not in moved:
                for mention in other.mentions:
                    cluster.add(mention)
                moved.add(id(other))
    return [c for c in clusters if id(c) not in moved]


# Heads of a government department's name, whose other words news shortens freely.
_DEPARTMENT_HEADS = {"ministry", "department"}


def _stem(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _merge_department_variants(clusters: list[_Cluster], is_org: dict[int, bool],
                               book: Rulebook) -> list[_Cluster]:
    """"the Emergencies Ministry" joins the one "Emergency Situations Ministry",
    "the Foreign Ministry" the one "Foreign Affairs Ministry": the fuller name
    of the same department (not one that adds a country: "Russian Foreign Ministry")."""
    def words(cluster):
        key = max(cluster.keys, key=len)
        parts = key.split()
        if not is_org[id(cluster)] or cluster.canonical or "of" in parts or \
                len(parts) < 2 or parts[-1] not in _DEPARTMENT_HEADS:
            return None
        return parts[-1], {_stem(w) for w in parts[:-1]}, parts[:-1]

    shapes = {id(c): words(c) for c in clusters}
    moved = set()
    for cluster in clusters:
        shape = shapes[id(cluster)]
        if shape is None:
            continue
        fuller = [c for c in clusters if c is not cluster and shapes[id(c)] is not None
                  and shapes[id(c)][0] == shape[0] and shape[1] < shapes[id(c)][1]]
        if len(fuller) == 1 and id(fuller[0]) not in moved and not any(
                w in book.places or w in book.demonyms for w in shapes[id(fuller[0])][2]):
            for mention in cluster.mentions:
                fuller[0].add(mention)
            moved.add(id(cluster))
    return [c for c in clusters if id(c) not in moved]


# Words after the founder's or place's name of a research body that the text may leave
# out: "Scripps" for the "Scripps Institution of Oceanography".
_INSTITUTE_WORDS = {"institution", "institute", "university", "college"}


def _merge_short_company_names(clusters: list[_Cluster], is_org: dict[int, bool],
                               book: Rulebook) -> list[_Cluster]:
    """"Burisma" (whatever the model called it) joins the one "Burisma Holdings",
    "Scripps" the one "Scripps Institution of Oceanography" (not "Brown" when a person
    of the document is called Brown)."""
    owners: dict[str, list[_Cluster]] = defaultdict(list)
    brands: dict[str, list[_Cluster]] = defaultdict(list)
    surnames = {k.split()[-1] for c in clusters if not is_org[id(c)] for k in c.keys if " " in k}
    for cluster in clusters:
        if not is_org[id(cluster)]:
            continue
        for mention in cluster.mentions:
            words = tuple(mention.text.split())
            short = _short_company_name(words, book)
            if short is None and len(words) >= 2 and words[1].lower() in _INSTITUTE_WORDS:
                first = _short_company_name(words[:1] + ("Inc",), book)
                short = first if first and normalize_name(first[0]) not in surnames else None
            key = normalize_name(" ".join(short)) if short else ""
            if key and not any(c is cluster for c in owners[key]):
                owners[key].append(cluster)
            first = normalize_name(words[0]) if len(words) == 2 else ""
            if _brand_word(first, book) and first not in surnames and \
                    not any(c is cluster for c in brands[first]):
                brands[first].append(cluster)  # "Paramount" of "Paramount Skydance",
                # "Reform" of "Reform Party" (an organisation only: not the town of
                # "Hartford Hospital"; two words only: not "Amazon" of "Amazon Web Services")
    out = []
    for cluster in clusters:
        targets = [c for key in cluster.keys for c in owners.get(key, ()) if c is not cluster]
        if not targets and is_org[id(cluster)]:
            # (only as a short form, named no more often than the full name: "Tesco" of a
            # text about "Tesco Polska" is the parent company)
            targets = [c for key in cluster.keys for c in brands.get(key, ()) if c is not cluster
                       and len(cluster.mentions) <= len(c.mentions)]
        if not cluster.canonical and len(cluster.keys) == 1 and len(targets) == 1:
            for mention in cluster.mentions:
                mention.type = "ORG"
                targets[0].add(mention)
        else:
            out.append(cluster)
    return out


def _brand_word(word: str, book: Rulebook) -> bool:
    """A first word of a company's name that may stand for it alone: none that is a
    word for a body, a place, a people, a title or a person's given name."""
    return len(word) >= 4 and word.isalpha() and word not in book.org_words and \
        word not in book.places and word not in book.demonyms and \
        word not in book.title_words and word not in book.first_names and \
        word not in book.noise and word not in _REGIONAL_QUALIFIERS and \
        word not in _GENERIC_FIRST_WORDS and word not in book.organizations


# First words many bodies share: "National ...", "United ...", "Global ...".
_GENERIC_FIRST_WORDS = {"national", "international", "united", "general", "central", "royal",
                        "global", "world", "first", "public", "state", "city", "county",
                        "supreme", "high", "grand", "great", "north", "south", "east", "west",
                        "northern", "southern", "eastern", "western", "democratic", "republican",
                        "social", "liberal", "labour", "labor", "green", "free", "new", "young"}


# Heads of a body's name that the text may use alone for it: "led by Board Member X".
_BODY_HEADS = {"board", "commission", "committee", "council", "agency", "tribunal"}
# Words before a body's name that say whose it is, like a nationality: "the European
# Commission" is "the Commission" of a text that names no other.
_REGIONAL_QUALIFIERS = {"european", "african", "arab", "asian", "international", "federal"}


# A legislature's chambers, named before their committees: "the House Judiciary Committee".
_CHAMBERS = {"house", "senate"}


def _merge_place_qualified(clusters: list[_Cluster], is_org: dict[int, bool],
                           book: Rulebook) -> list[_Cluster]:
    """A bare organisation name joins the one qualified form of it in the document:
    "Parliament" -> "Tunisian Parliament", "Senate" -> "US Senate", "House" -> "House
    of Representatives"."""
    qualified: dict[str, list[_Cluster]] = defaultdict(list)
    of_qualified: dict[str, list[_Cluster]] = defaultdict(list)  # consulted last
    tail_qualified: dict[str, list[_Cluster]] = defaultdict(list)  # for one-word clusters
    for cluster in clusters:
        if not is_org[id(cluster)]:
            continue
        for key in cluster.keys:
            words = key.split()
            if len(words) >= 2 and words[0] in _PAPER_DAYS:
                tail_qualified[" ".join(words[1:])].append(cluster)  # "The Daily Telegraph"
            if _plural_tail(words, book):
                tail_qualified[words[-1]].append(cluster)  # "the Hornets", "Charlotte Hornets"
            if len(words) >= 3 and words[0] in _CHAMBERS and words[-1] in book.org_words:
                qualified[" ".join(words[1:])].append(cluster)  # "(House) Judiciary Committee"
            if len(words) >= 3 and "of" not in words and words[-1] in _BODY_HEADS:
                tail_qualified[words[-1]].append(cluster)  # "Board" -> "... Safety Board"
            for cut in (1, 2):
                head = " ".join(words[:cut])
                if len(words) > cut and (head in book.demonyms or head in book.places or
                                         head in _REGIONAL_QUALIFIERS):
                    rest = " ".join(words[cut:])
                    if rest in book.parties and head in book.places and \
                            entity_id(book.places[head]) not in book.country_ids:
                        continue  # "the Iowa Democratic Party": a state's branch of the party
                    qualified[rest].append(cluster)
                    if len(words) - cut >= 2 and "of" not in words and words[-1] in book.org_words:
                        # "Congress" alone -> "Indian National Congress"
                        tail_qualified[words[-1]].append(cluster)
        # "House" -> the one "(United States) House of ..." organisation of the document.
        names = cluster.keys | ({normalize_name(cluster.canonical)} if cluster.canonical else set())
        for key in names:
            words = key.split()
            for cut in (0, 1, 2):
                if cut and " ".join(words[:cut]) not in book.places:
                    continue
                rest = words[cut:]
                if len(rest) >= 3 and rest[1] == "of":
                    qualified[rest[0]].append(cluster)
                elif len(rest) >= 4 and rest[2] == "of" and not cut and (
                        rest[1] != "party" or entity_id(book.places.get(
                            " ".join(rest[3:]), "-")) in book.country_ids):
                    # "Port Authority" -> "Port Authority of New York and New Jersey",
                    # "Unity Party" -> "Unity Party of America" (not "Constitution Party"
                    # -> "Constitution Party of Idaho": a state's branch)
                    of_qualified[" ".join(rest[:2])].append(cluster)
            if "for" in words[2:]:
                # "District Court" -> "United States District Court for the Southern
                # District of New York"
                before = words[:words.index("for")]
                for cut in (0, 1, 2):
                    if before[-1] in book.org_words and len(before) - cut >= 2 and (
                            not cut or " ".join(before[:cut]) in book.places):
                        of_qualified[" ".join(before[cut:])].append(cluster)
    out = []
    moved: dict[int, _Cluster] = {}  # a cluster merged away -> where its mentions went

    def settled(cluster: _Cluster) -> _Cluster:
        while id(cluster) in moved:
            cluster = moved[id(cluster)]
        return cluster

    for cluster in clusters:
        owners = {id(c): c for key in cluster.keys for c in qualified.get(key, ()) if c is not cluster}
        if not owners:
            owners = {id(c): c for key in cluster.keys for c in of_qualified.get(key, ())
                      if c is not cluster}
        if not owners and len(cluster.keys) == 1:
            owners = {id(c): c for key in cluster.keys for c in tail_qualified.get(key, ())
                      if c is not cluster}
        # Two clusters the same institution ends up in count once.
        owners = {entity_id(_cluster_label(c)): c for c in owners.values()}
        # A table name counts as bare too: "Congress" -> "Congress of the Philippines".
        bare = not cluster.canonical or normalize_name(cluster.canonical) in cluster.keys
        target = settled(next(iter(owners.values()))) if len(owners) == 1 else None
        if target is not None and cluster.canonical and target.canonical and not _qualifies(
                normalize_name(cluster.canonical), normalize_name(target.canonical)):
            target = None  # two bodies of the tables: "the Taliban" is not the "Pakistani
            # Taliban" (Tehrik-i-Taliban Pakistan)
        if is_org[id(cluster)] and bare and target is not None and target is not cluster:
            canonical = target.canonical  # the qualified name stays the label
            for mention in cluster.mentions:
                target.add(mention)
            target.canonical = canonical
            moved[id(cluster)] = target
        else:
            out.append(cluster)
    return [c for c in out if id(c) not in moved]


def _qualifies(bare: str, full: str) -> bool:
    """``full`` is ``bare`` with words before or after it ("congress" -> "congress of the
    philippines", "parliament" -> "tunisian parliament"; not "taliban" -> "tehrik i taliban
    pakistan")."""
    return full == bare or full.startswith(bare + " ") or full.endswith(" " + bare)


_PEERAGE_TITLES = {"lord", "lady", "baron", "baroness", "viscount", "earl"}


def _merge_peerage_names(clusters: list[_Cluster], chunks) -> list[_Cluster]:
    """"Colin Sutherland, Lord Carloway": a person's name and then, after a comma,
    the peerage title they sit under are one person."""
    where = {(m.chunk, m.start): c for c in clusters for m in c.mentions}
    moved: dict[int, _Cluster] = {}
    for cluster in clusters:
        for mention in list(cluster.mentions):
            if mention.type != "PERSON" or mention.end + 1 >= len(chunks[mention.chunk][1]):
                continue
            doc = chunks[mention.chunk][1]
            if doc[mention.end].text != "," or doc[mention.end + 1].lower_ not in _PEERAGE_TITLES:
                continue
            peer = where.get((mention.chunk, mention.end + 2))
            target = cluster
            while id(target) in moved:
                target = moved[id(target)]
            if peer is None or peer is target or id(peer) in moved or peer.canonical or any(
                    m.type != "PERSON" for m in peer.mentions):
                continue
            for other in peer.mentions:
                target.add(other)
            moved[id(peer)] = target
    return [c for c in clusters if id(c) not in moved]


# Verbs whose "as" names what an organisation was first called: "founded in 1991 as
# the U.S. Taxpayers Party".
_FOUNDING_VERBS = {"found", "establish", "create", "form", "start", "launch", "incorporate",
                   "register", "begin"}


def _former_name_owner(root) -> list:
    """"The Constitution Party was founded in 1991 as [the U.S. Taxpayers Party]", "X,
    formerly (known as) [Y]": the tokens naming the organisation the name was X's."""
    named = _called_before(root)
    if named:
        return named
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as":
        return []
    verb = prep.head
    if verb.lemma_.lower() in _FOUNDING_VERBS and verb.tag_ == "VBN":
        return [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")] or (
            [verb.head] if verb.dep_ == "acl" else [])
    if verb.lemma_.lower() == "know" and any(
            c.lower_ in ("formerly", "previously", "originally") for c in verb.children):
        return [verb.head] if verb.dep_ == "acl" else [
            c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.lemma_.lower() == "know" and verb.dep_ == "acl":
        return [verb.head]  # "the National Anti-Corruption Bureau of Ukraine, known as NABU"
    return []


# Words between a name and another name of it: "X (First MSMU), also called Y".
_ALSO_CALLED = (("also", "called"), ("also", "known", "as"), ("better", "known", "as"),
                ("now", "called"), ("now", "known", "as"), ("formerly", "called"))


def _called_before(root) -> list:
    """"First Moscow State Medical University (First MSMU), also called [Sechenov
    University]": the last token of the name written before, however parsed."""
    doc = root.doc
    start = root.left_edge.i + (root.left_edge.lower_ == "the")
    for words in _ALSO_CALLED:
        at = start - len(words)
        if at < 2 or doc[at - 1].text != "," or \
                tuple(t.lower_ for t in doc[at:start]) != words:
            continue
        last = at - 2
        if doc[last].text == ")":
            last = next((k for k in range(last - 1, max(last - 8, 0), -1)
                         if doc[k].text == "("), 0) - 1
        return [doc[last]] if last >= 0 else []
    return []


# Nouns for another name of a person: "under the ring name Luke Harper".
_NAME_NOUNS = {"name", "nickname", "alias", "pseudonym", "moniker"}


def _person_alias_owner(root) -> list:
    """"Ginger Baker was born [Peter Edward Baker]", "who performed under the ring name
    [Luke Harper]", "X, also known as [Y]": the tokens naming the person it is a name of."""
    head = root.head
    if root.dep_ in ("dobj", "oprd", "attr") and head.lemma_ == "bear" and head.tag_ == "VBN":
        if head.dep_ == "advcl" and not any(c.dep_ == "nsubjpass" for c in head.children):
            # "Born [Robert Burns] in Arroyo Grande, he took his stepfather's name"
            return syntax.grammatical_subjects(head.head)
        return [c for c in head.children if c.dep_ == "nsubjpass"]
    if root.dep_ in ("appos", "attr", "oprd") and head.lemma_.lower() in _NAME_NOUNS and not (
            head.pos_ == "VERB" and not syntax.is_passive(head)):
        # (not "He named Michelle Tidball as his running mate": someone else, chosen)
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return syntax.grammatical_subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
    if _known_as(root):
        return [head.head.head]
    return []


def _known_as(root) -> bool:
    """"X, (widely) known as [Y]": Y is said to be another name of X."""
    return root.dep_ == "pobj" and root.head.lower_ == "as" and \
        root.head.head.lemma_ == "know" and root.head.head.dep_ == "acl"


def _merge_other_names(clusters: list[_Cluster], chunks, owner_of, etype: str
                       ) -> list[_Cluster]:
    """A cluster of ``etype`` whose mention ``owner_of`` says is another name of one other
    cluster joins it; its names become aliases, never the label.  For people, a one-word
    name said to be "known as" one joins whatever the model typed it ("Hemedti")."""
    where = {(m.chunk, i): c for c in clusters for m in c.mentions
             for i in range(m.start, m.end)}
    moved: dict[int, _Cluster] = {}
    for cluster in clusters:
        for mention in list(cluster.mentions):
            if id(cluster) in moved or cluster.canonical:
                continue
            doc = chunks[mention.chunk][1]
            root = doc[mention.start:mention.end].root
            if mention.type != etype and not (etype == "PERSON" and _known_as(root) and all(
                    " " not in m.key for m in cluster.mentions)):
                continue  # ("Dagalo, widely known as Hemedti", Hemedti tagged a place)
            tokens = owner_of(root)
            owners = {id(where[(mention.chunk, t.i)]): where[(mention.chunk, t.i)]
                      for t in tokens if (mention.chunk, t.i) in where}
            if not owners and etype == "PERSON" and any(
                    t.lower_ in ("he", "she") for t in tokens):
                owners = _salient_person(clusters, cluster, mention)
            if len(owners) != 1:
                continue
            owner = next(iter(owners.values()))
            while id(owner) in moved:
                owner = moved[id(owner)]
            if owner is cluster or any(m.type not in (etype, "") for m in owner.mentions) or (
                    any(m.type not in (etype, "") for m in cluster.mentions)
                    and not _known_as(root)):
                continue
            for other in cluster.mentions:
                if other.key not in owner.keys:
                    other.kind = "alias"
                other.type = etype
                owner.add(other)
            moved[id(cluster)] = owner
    return [c for c in clusters if id(c) not in moved]


def _salient_person(clusters: list[_Cluster], cluster: _Cluster, mention) -> dict:
    """The one person the text has named most often before ``mention`` (at least twice;
    never ``cluster``): who "he" in "Born Robert Burns in 1941, he ..." most likely is."""
    counts = sorted(((sum((m.chunk, m.start) < (mention.chunk, mention.start)
                          for m in other.mentions), id(other), other)
                     for other in clusters if other is not cluster and all(
                         m.type in ("PERSON", "") for m in other.mentions)),
                    key=lambda row: row[:2], reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return {}
    return {counts[0][1]: counts[0][2]}


# Words a region's name is also written without: "Qom Province" = "Qom" (not "city"
# or "state": New York City and New York State are not the same place).
_REGION_SUFFIXES = {"province", "region", "county", "district", "oblast", "governorate",
                    "prefecture", "municipality", "voivodeship"}


def _merge_region_names(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"the people of Qom" joins the one "Qom Province" of the document, whatever the
    model called the bare name."""
    regions: dict[str, list[_Cluster]] = defaultdict(list)
    features: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        for key in cluster.keys:
            words = key.split()
            if len(words) >= 2 and words[-1] in _REGION_SUFFIXES | _FEATURE_HEADS:
                if _cluster_type(cluster, book) == "PLACE":
                    (features if words[-1] in _FEATURE_HEADS else regions)[
                        " ".join(words[:-1])].append(cluster)
                break
    clusters = _join_bare_names(clusters, regions, lambda target: "PLACE")
    # "Abaco" of the "Abaco Islands", "the Mediterranean" of the "Mediterranean Sea", when
    # the model too calls it a place (not the "Cook" of a text about the Cook Islands)
    return _join_bare_names(clusters, features, lambda target: "PLACE",
                            accept=lambda c: _cluster_type(c, book) == "PLACE")


def _city_of(key: str, book: Rulebook) -> str:
    """"city of melbourne", "melbourne city" -> "melbourne": the name of the city itself
    ("" for "mexico city", "kansas city", "quebec city": a country's or a state's name
    before "City", or a city the tables know by the longer name)."""
    words = key.split()
    if key in book.places or len(words) < 2:
        return ""
    if words[:2] == ["city", "of"]:
        rest = " ".join(words[2:])
    elif words[-1] == "city":
        rest = " ".join(words[:-1])
    else:
        return ""
    place = entity_id(book.places.get(rest, rest))
    return "" if place in book.country_ids or place in book.state_ids else rest


def _merge_city_names(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"the City of Melbourne" and "Melbourne City", said as places, join the "Melbourne"
    the document names as a place (not "Manchester City": a club)."""
    if not any("city" in key.split() for c in clusters for key in c.keys):
        return clusters
    places = {key: c for c in clusters if _cluster_type(c, book) == "PLACE" for key in c.keys}
    cities = {key: [places[_city_of(key, book)]] for c in clusters for key in c.keys
              if _city_of(key, book) in places}
    return _join_bare_names(clusters, cities, lambda target: "PLACE",
                            accept=lambda c: _cluster_type(c, book) == "PLACE")


# Last words of a natural feature's name that the text may leave out: "the Mediterranean".
_FEATURE_HEADS = {"islands", "sea", "ocean", "river"}


def _join_bare_names(clusters: list[_Cluster], owners_by_key: dict, kind,
                     accept=None) -> list[_Cluster]:
    """A cluster named only by one key of ``owners_by_key`` joins the one cluster that key
    stands for, its mentions typed ``kind(owner)`` (only a cluster ``accept`` takes)."""
    if not owners_by_key:
        return clusters
    out = []
    for cluster in clusters:
        owners = {id(c): c for key in cluster.keys for c in owners_by_key.get(key, ())
                  if c is not cluster}
        if len(owners) == 1 and not cluster.canonical and len(cluster.keys) == 1 and (
                accept is None or accept(cluster)):
            target = next(iter(owners.values()))
            mention_type = kind(target)
            for mention in cluster.mentions:
                mention.type = mention_type
                target.add(mention)
        else:
            out.append(cluster)
    return out


def _merge_building_heads(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"the Hall" (or "Blenheim", "Bradley Airport") joins the one "Fishmongers' Hall"
    (or "Blenheim Palace", "Bradley International Airport") of the document, whatever the
    model called the bare word."""
    buildings: dict[str, list[_Cluster]] = defaultdict(list)
    named_for: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        for key in cluster.keys:
            words = key.split()
            if len(words) >= 2 and words[-1] in _BARE_BODY_HEADS and "of" not in words:
                buildings[words[-1]].append(cluster)  # "Society President Ash Soni"
            if len(words) >= 2 and words[-1] in BUILDING_HEADS:
                buildings[words[-1]].append(cluster)
                if len(words) >= 3:  # "Bradley Airport" for "Bradley International Airport"
                    buildings[f"{words[0]} {words[-1]}"].append(cluster)
            if len(words) >= 2 and words[-1] in _NAMED_FOR_HEADS:
                # "Blenheim" for "Blenheim Palace", "Saint Francis" for "Saint Francis
                # Hospital" (not "Kensington": a place of its own)
                rest = words[1:-1] if words[0] in ("saint", "st") else words[:-1]
                if rest and " ".join(rest) not in book.places:
                    named_for[" ".join(rest)].append(cluster)
    clusters = _join_bare_names(clusters, buildings, lambda target: _cluster_type(target, book))
    # (not a name said as a place: "in Hartford" is the town, not Hartford Hospital)
    return _join_bare_names(clusters, named_for, lambda target: _cluster_type(target, book),
                            accept=lambda c: all(m.place_cue < 1.5 for m in c.mentions))


# Last words of a body's name that stand for it alone, capitalised: "the Royal
# Pharmaceutical Society ... Society President Ash Soni".
_BARE_BODY_HEADS = {"society", "institute", "foundation", "association", "academy",
                    "institution", "federation", "corporation"}


# Last words of names given after a person or an estate, used without them: "Blenheim".
_NAMED_FOR_HEADS = {"palace", "castle", "abbey", "hospital", "university", "college"}


def _merge_same_label(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """Clusters that end up with the same name are one entity."""
    merged: dict[str, _Cluster] = {}
    for cluster in clusters:
        if not _cluster_type(cluster, book):
            continue
        key = entity_id(_cluster_label(cluster))
        if key in merged:
            for mention in cluster.mentions:
                merged[key].add(mention)
        else:
            merged[key] = cluster
    out = list(merged.values())
    for index, cluster in enumerate(out):
        for mention in cluster.mentions:
            mention.cluster = index
    return out


def _starts_with_place(key: str, book: Rulebook) -> bool:
    """"Montana Native Vote": three or more words led by a place are no one's name."""
    words = key.split()
    return len(words) >= 3 and words[0] not in book.first_names and (
        words[0] in book.places or words[0] in book.demonyms)


def _looks_like_person_name(key: str, book: Rulebook, particles: bool = True) -> bool:
    """"Nikki Haley": a known given name, then one or two more words, none organisational
    (not "Kelly and Baroni": two people); with ``particles``, "Jacqueline De León": a name
    particle between two words, neither a place (off for a name also seen as a place:
    "in Davao del Sur")."""
    words = key.split()
    if any(w in book.org_words or w in ("and", "&") for w in words):
        return False
    if 2 <= len(words) <= 3 and words[0] in book.first_names:
        return True
    return particles and len(words) == 3 and words[1] in NAME_PARTICLES and not any(
        w in book.places or w in book.demonyms for w in (words[0], words[2]))


def _cluster_label(cluster: _Cluster) -> str:
    if cluster.canonical:
        return cluster.canonical
    named = [m for m in cluster.mentions if m.kind == "name"]
    keys = {m.key for m in named}
    # "Rocky Linux 8" beside "Rocky Linux": a version, not the name
    named = [m for m in named if not (m.key.split()[-1].isdigit() and len(m.key.split()) > 2 and
                                      m.key.rsplit(" ", 1)[0] in keys)] or named
    longest = max(len(m.key.split()) for m in named)
    candidates = [m for m in named if len(m.key.split()) == longest]
    forms = Counter(m.text for m in candidates)
    first_seen = {}
    for mention in sorted(candidates, key=lambda m: (m.chunk, m.start)):
        first_seen.setdefault(mention.text, (mention.chunk, mention.start))
    # Most frequent longest form; then the form the text introduces first.
    label = max(forms, key=lambda f: (forms[f], tuple(-x for x in first_seen[f])))
    return _display(label)


_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def _display(text: str) -> str:
    """A name as shown: no invisible joiner ("Daily Xtra\u200d's"), one space between
    words ("Chad  Peace", typed with two)."""
    return " ".join(_ZERO_WIDTH.sub("", text).split())


def _town(mention: RawMention, book: Rulebook) -> bool:
    """A place that is no country, state or nationality: "Madrid" of "Madrid District
    Hospital" (not "United States" of "United States Central Intelligence Agency")."""
    place = entity_id(mention.canonical or book.places.get(mention.key, mention.text))
    return place not in book.country_ids and place not in book.state_ids and \
        mention.key not in book.demonyms


def _demonym_openings(chunks, chained: list[RawMention], raw: list[RawMention],
                      book: Rulebook) -> tuple[list[RawMention], list[RawMention]]:
    """"formed Chinese Precinct Chamber of Commerce": a nationality written bare (no
    article) before an organisation's name the model missed opens that name."""
    before = {(m.chunk, m.end): m for m in raw if m.end - m.start == 1 and m.key in book.demonyms}
    out, joined = [], set()
    for mention in chained:
        demonym = before.get((mention.chunk, mention.start))
        doc = chunks[mention.chunk][1]
        if demonym is None or mention.type != "ORG" or mention.canonical or (
                demonym.start and doc[demonym.start - 1].lower_ in _ARTICLES):
            out.append(mention)
            continue
        text = doc[demonym.start:mention.end].text
        out.append(replace(mention, start=demonym.start, text=text, key=normalize_name(text)))
        joined.add(id(demonym))
    return out, [m for m in raw if id(m) not in joined]


_ARTICLES = {"the", "a", "an"}


def resolve_entities(chunks, doc_id: str, book: Rulebook) -> EntityResolution:
    """Resolve the entities of one document.

    ``chunks`` is the list of (character offset, spaCy Doc) pieces of the
    document, as produced by :func:`graphkit.nlp.parse_documents`.
    """
    raw: list[RawMention] = []
    acronyms: dict[str, RawMention] = {}
    credits = {(chunk, i) for chunk, (_, doc) in enumerate(chunks) for i in credit_tokens(doc)}

    def covering(mentions) -> set:  # the tokens no finder may take again
        return {(m.chunk, i) for m in mentions for i in range(m.start, m.end)} | credits

    for chunk, (_, doc) in enumerate(chunks):
        found = mentions_from_ents(chunk, doc, book)
        raw.extend(m for m in found if (chunk, m.start) not in credits)
    unnamed = {key for _, doc in chunks for key in noise_short_forms(doc, book)}
    if unnamed:  # ("DMCA" of the "Digital Millennium Copyright Act (DMCA)")
        raw = [m for m in raw if m.key not in unnamed]
    covered = covering(raw)
    raw.extend(find_place_names(chunks, covered, book))
    raw.extend(find_organization_names(chunks, covered, book))
    raw.extend(find_hyphenated_owners(chunks, covered, book))
    raw.extend(find_hyphenated_acronyms(chunks, covered, book))
    covered = covering(raw)
    raw.extend(find_titled_names(chunks, covered, book))
    raw.extend(find_journal_names(chunks, covered, book))
    covered = covering(raw)
    raw.extend(find_given_names(chunks, covered, book))
    raw.extend(find_located_names(chunks, covered, book))
    covered = covering(raw)
    chained = find_untagged_org_names(chunks, covered, book)
    # a place inside a longer name ("North Wales Fire and Rescue Service", from the
    # tables), or opening one of two more words ("Madrid District Hospital")
    places = {(m.chunk, m.start, m.end): _town(m, book) for m in raw
              if (m.type == "PLACE" or m.spacy_label == "GAZETTEER") and m.end < len(
                  chunks[m.chunk][1]) and may_continue_name(chunks[m.chunk][1][m.end])}
    if places:  # (only a place a name may go on after can be inside a longer name)
        claimed = {(m.chunk, i) for m in chained for i in range(m.start, m.end)}
        chained += [m for m in find_untagged_org_names(
            chunks, {(c, i) for c, s, e in {(m.chunk, m.start, m.end) for m in raw} - places.keys()
                     for i in range(s, e)}, book, titles=False)
            if any(c == m.chunk and m.start <= s and e < m.end and (
                m.start < s or town and m.end - e >= 2) for (c, s, e), town in places.items())
            and not any((m.chunk, i) in claimed for i in range(m.start, m.end))]
    chained, raw = _demonym_openings(chunks, chained, raw, book)
    inside = {(m.chunk, i) for m in chained for i in range(m.start, m.end)}
    raw = [m for m in raw if not all((m.chunk, i) in inside for i in range(m.start, m.end))]
    raw.extend(chained)
    for chunk, (_, doc) in enumerate(chunks):  # (names from the tables too: "(JWs)")
        acronyms.update(parenthetical_aliases(chunk, doc, raw))
    clusters = _cluster(raw, acronyms, book)
    covered = covering(m for m in raw if m.cluster >= 0)
    for mention in _find_alias_mentions(chunks, clusters, covered, book):
        clusters[mention.cluster].add(mention)

    clusters = _merge_building_heads(_merge_city_names(_merge_region_names(
        _merge_given_name_forms(_merge_spelling_variants(clusters), book), book), book), book)
    clusters = _merge_other_names(_merge_peerage_names(clusters, chunks), chunks,
                                  _former_name_owner, "ORG")
    clusters = _merge_other_names(clusters, chunks, _person_alias_owner, "PERSON")
    clusters = _merge_same_label(_merge_org_variants(clusters, book), book)
    kept = [(i, c, _cluster_type(c, book)) for i, c in enumerate(clusters)]
    kept = [(i, c, t) for i, c, t in kept if t]
    surnames = {max(c.keys, key=len).split()[-1] for _, c, t in kept if t == "PERSON" and c.keys}
    kept = [(i, c, t) for i, c, t in kept if t == "PERSON" or not all(
        k.endswith("s") and k[:-1] in surnames for k in c.keys)]  # "the Bidens": a family
    labels = {index: _cluster_label(cluster) for index, cluster, _ in kept}
    ids = {index: entity_id(label) for index, label in labels.items()}
    types = {index: etype for index, _, etype in kept}
    index_by_id = {eid: index for index, eid in ids.items()}

    refs: dict = {}
    mentions_out: dict = defaultdict(list)
    roles_by_cluster: dict[int, set[str]] = defaultdict(set)
    for index, cluster, etype in kept:
        for mention in cluster.mentions:
            for i in range(mention.start, mention.end):
                refs[(mention.chunk, i)] = (ids[index],)
            roles_by_cluster[index].update(t for t in mention.titles if t in book.roles)
            if etype == "PERSON":  # "Eddie Van Halen, lead guitarist of ...": "the guitarist"
                root = chunks[mention.chunk][1][mention.start:mention.end].root
                roles_by_cluster[index].update(
                    c.lemma_.lower() for c in root.children
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in book.roles)
            offset = chunks[mention.chunk][0]
            doc = chunks[mention.chunk][1]
            mentions_out[ids[index]].append(Mention(
                mention.text, offset + doc[mention.start].idx,
                offset + doc[mention.end - 1].idx + len(doc[mention.end - 1].text), etype))

    person_mentions = [m for index, c, t in kept if t == "PERSON" for m in c.mentions]
    genders = {index: person_gender(cluster.mentions, book.name_genders)
               for index, cluster, etype in kept if etype == "PERSON"}
    references = resolve_pronouns(chunks, person_mentions, genders, ids,
                                  unnamed_genders=book.unnamed_genders)
    speakers = quotation_speakers(chunks, person_mentions, references, ids)
    # '"... he offered honest services," Larijani wrote': "he" is not the speaker
    avoid = {key: speaker for key, speaker in quoted_pronouns(chunks, speakers, False).items()
             if references.get(key) == (speaker,)}
    if avoid:
        references = resolve_pronouns(chunks, person_mentions, genders, ids, avoid,
                                      book.unnamed_genders)
    references.update(interview_answers(chunks, person_mentions, ids))
    references.update({key: (speaker,) for key, speaker in
                       quoted_pronouns(chunks, speakers, True).items()})
    references.update(resolve_references(chunks, person_mentions, ids, roles_by_cluster, book))
    org_mentions = [m for index, c, t in kept if t == "ORG" for m in c.mentions
                    if m.kind == "name"]
    described = resolve_org_descriptions(chunks, org_mentions, ids, labels, book.org_words,
                                         book.title_words)
    references.update(described)
    thing_mentions = [m for index, c, t in kept if t in ("ORG", "PLACE") for m in c.mentions]
    references.update(resolve_its(chunks, thing_mentions, ids, book.setting("proxy_nouns"),
                                  described))
    references.update(resolve_plural_pronouns(chunks, thing_mentions, ids,
                                              book.setting("proxy_nouns")))
    references.update(resolve_person_pairs(chunks, person_mentions, ids, references))
    org_mentions = [m for index, c, t in kept if t == "ORG" for m in c.mentions]
    references.update(resolve_person_pairs(chunks, org_mentions, ids, references))
    place_mentions = [m for index, c, t in kept if t == "PLACE" for m in c.mentions]
    for key, places in resolve_place_descriptions(chunks, place_mentions, ids,
                                                  book.country_ids).items():
        references.setdefault(key, places)  # "the government" named as one: the UK Government
    for (chunk, i), targets in references.items():
        if (chunk, i) in refs:
            continue
        refs[(chunk, i)] = targets
        offset, doc = chunks[chunk]
        token = doc[i]
        for target in targets:
            mentions_out[target].append(Mention(token.text, offset + token.idx,
                                                offset + token.idx + len(token.text),
                                                types[index_by_id[target]], "reference"))

    entities = []
    for index, cluster, etype in kept:
        eid = ids[index]
        aliases = sorted({_display(m.text) for m in cluster.mentions} - {labels[index]})
        entities.append(Entity(id=eid, label=labels[index], type=etype, aliases=tuple(aliases),
                               mentions=len(mentions_out[eid]), documents=(doc_id,)))
    entities.sort(key=lambda e: e.id)
    roles = {ids[i]: tuple(sorted(r)) for i, r in roles_by_cluster.items() if r and i in ids}
    named = {ids[index]: len(cluster.mentions) for index, cluster, _ in kept}
    counts = sorted(((named.get(e.id, 0), e.id) for e in entities if e.id in book.country_ids),
                    reverse=True)  # (by name: "Thailand said it would" is Thailand once)
    country = counts[0][1] if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]) \
        else None
    return EntityResolution(tuple(entities), refs, dict(mentions_out), roles, speakers, country)
