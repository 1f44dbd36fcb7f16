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
from dataclasses import dataclass, field

from .model import Entity, Mention
from .rulebook import Rulebook, normalize_name

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
# Labels whose text may still be a known entity ("Cartel of the Suns" in quotes
# is often tagged WORK_OF_ART); they count only when they match one.
ALIAS_ONLY_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
_LABEL_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                    "she": "f", "her": "f", "hers": "f", "herself": "f"}
_MALE_TITLES = {"mr", "king", "prince", "sir", "lord", "father", "brother", "emir", "sultan",
                "sheikh", "congressman", "chairman", "spokesman"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "queen", "princess", "lady", "dame", "sister",
                  "congresswoman", "chairwoman", "spokeswoman", "madame"}
_GROUP_HEADS = {"leader", "man", "woman", "president", "minister", "official", "head",
                "politician", "rival", "counterpart", "sides"}
_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3}
_DATE_LIKE = re.compile(r"^(\d[\d\s,./:-]*|\d+(st|nd|rd|th)|\d{4}s?)$")
_ACRONYM_SKIP = {"of", "the", "and", "for", "de", "la", "del", "des", "du", "on", "in", "&"}


@dataclass
class _Mention:
    chunk: int
    start: int
    end: int
    text: str
    key: str
    type: str            # "" when only an alias match may type it
    canonical: str = ""  # from a table: the name the entity must carry
    spacy_label: str = ""
    titles: tuple[str, ...] = ()
    kind: str = "name"
    cluster: int = -1
    person_cue: bool = False
    place_cue: float = 0.0


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    canonical: str = ""
    keys: set[str] = field(default_factory=set)

    def add(self, mention: _Mention) -> None:
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
    """

    entities: tuple[Entity, ...]
    refs: dict
    mentions: dict
    roles: dict


def entity_id(label: str) -> str:
    """The stable node id of an entity label.

    >>> entity_id("Nicolás Maduro")
    'nicolas-maduro'
    """
    return normalize_name(label).replace(" ", "-") or "entity"


# ---------------------------------------------------------------- mentions

def _strip_span(tokens, book: Rulebook, person_like: bool):
    """Drop leading determiners/titles and trailing possessives/punctuation."""
    titles = []
    start, end = 0, len(tokens)
    while start < end and (tokens[start].is_punct or tokens[start].lower_ in ("the", "a", "an")):
        start += 1
    if person_like:
        while end - start > 1:
            word = tokens[start].lower_.rstrip(".")
            if word in book.title_words or word in book.title_modifiers:
                titles.append(word)
                start += 1
            else:
                break
    for i in range(start, end):
        # "... Freedom (USCIRF": the parenthesis belongs to an acronym definition.
        if tokens[i].text in ("(", "[", "{"):
            end = i
            break
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].lower_ in ("'s", "’s", "'")):
        end -= 1
    return start, end, tuple(titles)


_FUNCTION_WORDS = {"of", "the", "and", "for", "to", "a", "an"}


def _titles_before(doc, start: int, book: Rulebook) -> tuple[str, ...]:
    """The title words right before a name ("Defense Secretary"); none after "of"."""
    if start == 0 or doc[start - 1].lower_ in _FUNCTION_WORDS:
        return ()
    words = []
    i = start - 1
    while i >= 0 and len(words) < 4:
        word = doc[i].lower_.rstrip(".")
        if word in book.title_words or (words and word in book.title_modifiers):
            words.append(word)
            i -= 1
        else:
            break
    return tuple(reversed(words))


def _is_noise(key: str, tokens, book: Rulebook) -> bool:
    if not key or len(key) < 2 or not any(c.isalpha() for c in key):
        return True
    if key in book.noise or _DATE_LIKE.match(key):
        return True
    words = key.split()
    if len(words) > 1 and (words[-1] in book.event_heads or " ".join(words[-2:]) in book.event_heads):
        return True
    # "US" names a country; "us" is a pronoun.
    if key in book.pronouns and not (len(tokens) == 1 and tokens[0].text.isupper()):
        return True
    if all(word in book.title_words or word in book.title_modifiers for word in key.split()):
        return True
    # spaCy sometimes labels ordinary lower-case words; names are capitalised.
    return not any(t.text[:1].isupper() for t in tokens)


def _type_mention(key: str, label: str, book: Rulebook) -> tuple[str, str] | None:
    """(type, canonical name) of a mention, or None to drop it."""
    if label == "NORP":
        if key in book.demonyms:
            return "PLACE", book.demonyms[key]
        if key in book.places:
            return "PLACE", book.places[key]
        if key in book.parties:
            return "ORG", book.parties[key]
        return None
    if label != "PERSON":
        if key in book.places:
            return "PLACE", book.places[key]
        if key in book.demonyms:
            return "PLACE", book.demonyms[key]
        if key in book.parties:
            return "ORG", book.parties[key]
    if key in book.organizations:
        return "ORG", book.organizations[key]
    if key in book.places_as_org:
        return "ORG", ""
    return _LABEL_TYPE[label], ""


def _split_hyphenated(tokens, known: set[str]):
    """'Trump-Maduro' -> [Trump], [Maduro] when every part is a known name.

    'Al-Qaeda' or 'Diaz-Canel' stay whole.  None when there is nothing to split.
    """
    parts, current = [], []
    for token in tokens:
        if token.text in ("-", "–", "—"):
            if current:
                parts.append(current)
            current = []
        else:
            current.append(token)
    if current:
        parts.append(current)
    if len(parts) < 2:
        return None
    if all(normalize_name(" ".join(t.text for t in part)) in known for part in parts):
        return parts
    return None


def _split_located(tokens, label: str):
    """'Omsk in Siberia' tagged as one name -> [Omsk], [Siberia] (a place)."""
    if label not in ("ORG", "GPE", "LOC"):
        return None
    for i, token in enumerate(tokens):
        if token.lower_ == "in" and 0 < i < len(tokens) - 1 and all(
                t.pos_ == "PROPN" for t in tokens[:i] + tokens[i + 1:]):
            return [tokens[:i], tokens[i + 1:]]
    return None


def _place_cue(root, book: Rulebook) -> float:
    """How strongly the context says 'place': "the city of Omsk" (3), "in Omsk" (1)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in book.place_roles:
        return 3.0
    if root.dep_ == "appos" and root.head.lemma_.lower() in book.place_roles:
        return 3.0
    if root.dep_ == "pobj" and head.lower_ in ("in", "near", "across", "throughout", "from", "to"):
        return 1.5
    return 0.0


def _says_he(root) -> bool:
    """"Trump said he would ...": the subject of a clause reported with he/she."""
    if root.dep_ != "nsubj":
        return False
    for clause in root.head.children:
        if clause.dep_ in ("ccomp", "xcomp", "conj"):
            if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children):
                return True
    return False


def _known_names(doc, book: Rulebook, with_last_words: bool = True) -> set[str]:
    """Names found elsewhere: the tables and the document's own unhyphenated mentions.

    With ``with_last_words`` surnames count too ("Trump-Maduro" splits).
    """
    known = set(book.places) | set(book.demonyms) | set(book.organizations) | set(book.parties)
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS and "-" not in ent.text:
            key = normalize_name(ent.text)
            known.add(key)
            if with_last_words and key:
                known.add(key.split()[-1])
    return known


def _of_known_name(tokens, known: set[str], book: Rulebook):
    """'Associates of Navalny' tagged as a name: the name is the known part after 'of'."""
    if len(tokens) >= 3 and tokens[1].lower_ == "of" and tokens[0].lower_ not in book.first_names:
        rest = tokens[2:]
        if normalize_name(" ".join(t.text for t in rest)) in known:
            return rest
    return tokens


def _mentions_from_ents(chunk: int, doc, book: Rulebook) -> list[_Mention]:
    mentions = []
    known = full_names = None
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS and ent.label_ not in ALIAS_ONLY_LABELS:
            continue
        tokens = list(ent)
        label = ent.label_
        person_like = label == "PERSON" or (
            label in ("ORG", "NORP") and tokens[0].lower_.rstrip(".") in book.honorifics)
        if person_like and label != "PERSON":
            label = "PERSON"
        parts = None
        if label in ("PERSON", "ORG") and len(tokens) >= 3 and tokens[1].lower_ == "of":
            if full_names is None:
                full_names = _known_names(doc, book, with_last_words=False)
            tokens = _of_known_name(tokens, full_names, book)
        if any(t.text in ("-", "–", "—") for t in tokens):
            known = known if known is not None else _known_names(doc, book)
            parts = _split_hyphenated(tokens, known)
        located = _split_located(tokens, label) if parts is None else None
        for number, part in enumerate(located or parts or [tokens]):
            start, end, titles = _strip_span(part, book, person_like)
            if start >= end:
                continue
            span = part[start:end]
            text = doc[span[0].i:span[-1].i + 1].text
            key = normalize_name(text)
            if _is_noise(key, span, book):
                continue
            first = span[0].i
            if not titles:
                titles = _titles_before(doc, first, book)
            if located and number == 1:
                mentions.append(_Mention(chunk, first, span[-1].i + 1, text, key, "PLACE",
                                         book.places.get(key, ""), "GPE", ()))
                continue
            if parts or label in ALIAS_ONLY_LABELS:
                typed = _type_mention(key, "GPE", book) if (
                    key in book.places or key in book.demonyms or key in book.organizations) else None
                mtype, canonical = typed if typed else ("", "")
            else:
                typed = _type_mention(key, label, book)
                if typed is None:
                    continue
                mtype, canonical = typed
            mention = _Mention(chunk, first, span[-1].i + 1, text, key, mtype, canonical,
                               ent.label_, titles)
            root = doc[first:span[-1].i + 1].root
            mention.person_cue = _says_he(root)
            mention.place_cue = _place_cue(root, book)
            mentions.append(mention)
    return mentions


# ---------------------------------------------------------------- clustering

def _name_tokens(key: str) -> tuple[str, ...]:
    return tuple(key.split())


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP)


def _parenthetical_aliases(chunk: int, doc, mentions: list[_Mention]) -> dict[str, _Mention]:
    """'Islamic Revolutionary Guard Corps (IRGC)': IRGC names the same thing."""
    aliases = {}
    for mention in mentions:
        if mention.chunk != chunk:
            continue
        i = mention.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            inner = doc[i + 1]
            if inner.text.isupper() and 2 <= len(inner.text) <= 8:
                aliases[normalize_name(inner.text)] = mention
    return aliases


def _cluster(mentions: list[_Mention], acronyms: dict[str, _Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[str, int] = {}

    def join(mention: _Mention, index: int) -> None:
        mention.cluster = index
        clusters[index].add(mention)
        by_key.setdefault(mention.key, index)

    def new(mention: _Mention) -> None:
        clusters.append(_Cluster())
        join(mention, len(clusters) - 1)

    # Longest names first, so that partial names find their full form.
    order = sorted(mentions, key=lambda m: (-len(m.key.split()), m.chunk, m.start))
    persons: list[_Mention] = []
    for mention in order:
        canonical_key = normalize_name(mention.canonical) if mention.canonical else mention.key
        if canonical_key in by_key:
            join(mention, by_key[canonical_key])
            continue
        if mention.key in by_key:
            join(mention, by_key[mention.key])
            continue
        target = None if mention.canonical else _partial_name_target(mention, persons)
        if target is None and mention.key in acronyms and acronyms[mention.key].cluster >= 0:
            target = acronyms[mention.key].cluster
        if target is None and not mention.canonical and mention.key.isalpha() and " " not in mention.key:
            target = _acronym_target(mention, clusters)
        if target is not None:
            join(mention, target)
        elif mention.type:
            new(mention)
        if mention.type == "PERSON" and len(mention.key.split()) > 1 and mention.cluster >= 0:
            persons.append(mention)
    return clusters


def _partial_name_target(mention: _Mention, persons: list[_Mention]) -> int | None:
    """The cluster of the full person name this mention abbreviates, if any."""
    tokens = _name_tokens(mention.key)
    candidates = [p for p in persons if len(p.key.split()) > len(tokens)
                  and _contains(_name_tokens(p.key), tokens)]
    if not candidates or mention.type == "PLACE":
        return None
    if len({p.cluster for p in candidates}) == 1:
        return candidates[0].cluster
    # Several people share the name part: the nearest full name before it.
    before = [p for p in candidates if (p.chunk, p.start) < (mention.chunk, mention.start)]
    pool = before or candidates
    best = max(pool, key=lambda p: (p.chunk, p.start)) if before else min(
        pool, key=lambda p: (p.chunk, p.start))
    return best.cluster


def _acronym_target(mention: _Mention, clusters: list[_Cluster]) -> int | None:
    if not mention.text.isupper() or len(mention.key) < 2:
        return None
    for index, cluster in enumerate(clusters):
        for key in cluster.keys:
            if len(key.split()) >= 2 and _acronym(key) == mention.key:
                return index
    return None


# ---------------------------------------------------------------- alias pass

def _alias_table(clusters: list[_Cluster], book: Rulebook) -> dict[str, list]:
    """First token text -> [(token texts, cluster index)] for known names."""
    table: dict[str, list] = defaultdict(list)
    for index, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            words = tuple(mention.text.split())
            if words and words[0][:1].isupper() and mention.key not in book.noise:
                table[words[0]].append((words, index))
    return table


def _find_alias_mentions(chunks, clusters, covered, book) -> list[_Mention]:
    table = _alias_table(clusters, book)
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        i = 0
        while i < len(doc):
            if (chunk, i) in covered or doc[i].text not in table:
                i += 1
                continue
            match = None
            for words, index in sorted(table[doc[i].text], key=lambda x: -len(x[0])):
                n = len(words)
                if tuple(t.text for t in doc[i:i + n]) == words and not any(
                        (chunk, j) in covered for j in range(i, i + n)):
                    match = (n, index)
                    break
            if match is None:
                i += 1
                continue
            n, index = match
            cluster = clusters[index]
            text = doc[i:i + n].text
            mention = _Mention(chunk, i, i + n, text, normalize_name(text),
                               _cluster_type(cluster, book), cluster.canonical, "ALIAS",
                               _titles_before(doc, i, book))
            mention.cluster = index
            found.append(mention)
            i += n
    return found


def _find_place_names(chunks, covered, book) -> list[_Mention]:
    """Place names from the tables that spaCy did not tag (case-sensitive)."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        i = 0
        while i < len(doc):
            token = doc[i]
            entries = book.place_surfaces.get(token.text, ())
            if (chunk, i) in covered or token.pos_ != "PROPN" or not entries:
                i += 1
                continue
            for words, canonical in entries:
                n = len(words)
                if tuple(t.text for t in doc[i:i + n]) == words and not any(
                        (chunk, j) in covered for j in range(i, i + n)):
                    text = doc[i:i + n].text
                    found.append(_Mention(chunk, i, i + n, text, normalize_name(text), "PLACE",
                                          canonical, "GAZETTEER"))
                    i += n - 1
                    break
            i += 1
    return found


def _find_titled_names(chunks, covered, book) -> list[_Mention]:
    """Names spaCy missed but a title announces: "Queen Elizabeth II",
    "Pope Francis"; and party names before a role: "Conservative MP"."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        for token in doc:
            word = token.lower_.rstrip(".")
            if (chunk, token.i) in covered or not token.text[:1].isupper():
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is None:
                continue
            key = normalize_name(token.text)
            if key in book.parties and nxt.lower_.rstrip(".") in book.roles:
                found.append(_Mention(chunk, token.i, token.i + 1, token.text, key, "ORG",
                                      book.parties[key], "PARTY"))
                continue
            if word not in book.title_words or nxt.pos_ != "PROPN" or (chunk, nxt.i) in covered:
                continue
            end = nxt.i
            while (end < len(doc) and end - nxt.i < 4 and doc[end].pos_ == "PROPN"
                   and doc[end].text[:1].isupper() and (chunk, end) not in covered
                   and doc[end].lower_.rstrip(".") not in book.title_words):
                end += 1
            span = doc[nxt.i:end]
            name = normalize_name(span.text)
            if not span or name in book.places or name in book.organizations or _is_noise(
                    name, list(span), book):
                continue
            found.append(_Mention(chunk, nxt.i, end, span.text, name, "PERSON", "", "TITLE",
                                  _titles_before(doc, nxt.i, book)))
    return found


# ---------------------------------------------------------------- typing

def _cluster_type(cluster: _Cluster, book: Rulebook) -> str:
    votes: Counter = Counter()
    for mention in cluster.mentions:
        if not mention.type:
            continue
        weight = 1.0
        if mention.canonical:
            weight = 5.0
        elif mention.type == "PERSON" and len(mention.key.split()) > 1:
            weight = 3.0
        votes[mention.type] += weight
        if mention.titles and any(t in book.honorifics or t in book.roles for t in mention.titles):
            votes["PERSON"] += 2.0
        if mention.person_cue and not mention.canonical:
            votes["PERSON"] += 2.0
        if mention.type == "ORG" and not mention.canonical and mention.place_cue:
            votes["PLACE"] += mention.place_cue
        if mention.type == "ORG" and not mention.canonical and _looks_like_person_name(
                mention.key, book):
            votes["PERSON"] += 3.0
    # A name that abbreviates a full person name is that person.
    longest = max(cluster.mentions, key=lambda m: len(m.key.split()))
    if longest.type == "PERSON" and len(longest.key.split()) > 1 and not longest.canonical:
        return "PERSON"
    if not votes:
        return ""
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


def _spelling_variants(a: str, b: str) -> bool:
    """"Usama bin Ladin" ~ "Osama bin Laden": same words but for one letter each."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or a == b:
        return False
    same = sum(x == y for x, y in zip(wa, wb))
    near = all(x == y or (min(len(x), len(y)) >= 4 and _one_edit_apart(x, y))
               for x, y in zip(wa, wb))
    return near and same >= 1


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
    """"thai raksa chart party" -> "thai raksa chart": the name without a generic suffix."""
    words = key.split()
    while len(words) > 1 and words[-1] in book.org_words:
        words.pop()
    return " ".join(words)


def _merge_org_variants(clusters: list[_Cluster], book: Rulebook) -> list[_Cluster]:
    """"Thai Raksa Chart" and "Thai Raksa Chart Party" are one organisation."""
    out: list[_Cluster] = []
    by_core: dict[str, _Cluster] = {}
    for cluster in clusters:
        if _cluster_type(cluster, book) != "ORG" or cluster.canonical:
            out.append(cluster)
            continue
        longest = max(cluster.mentions, key=lambda m: len(m.key)).key
        core = _org_core(longest, book)
        if len(core.split()) >= 2 and core in by_core:
            for mention in cluster.mentions:
                by_core[core].add(mention)
        else:
            by_core.setdefault(core, cluster)
            out.append(cluster)
    return out


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


def _looks_like_person_name(key: str, book: Rulebook) -> bool:
    """"Nikki Haley": a known given name, then one or two more words, none organisational."""
    words = key.split()
    return (2 <= len(words) <= 3 and words[0] in book.first_names
            and not any(w in book.org_words for w in words))


def _cluster_label(cluster: _Cluster) -> str:
    if cluster.canonical:
        return cluster.canonical
    named = [m for m in cluster.mentions if m.kind == "name"]
    longest = max(len(m.key.split()) for m in named)
    candidates = [m for m in named if len(m.key.split()) == longest]
    forms = Counter(m.text for m in candidates)
    first_seen = {}
    for mention in sorted(candidates, key=lambda m: (m.chunk, m.start)):
        first_seen.setdefault(mention.text, (mention.chunk, mention.start))
    # Most frequent longest form; then the form the text introduces first.
    return max(forms, key=lambda f: (forms[f], tuple(-x for x in first_seen[f])))


# ---------------------------------------------------------------- references

def _gender(cluster: _Cluster) -> str:
    for mention in cluster.mentions:
        for title in mention.titles:
            if title in _MALE_TITLES:
                return "m"
            if title in _FEMALE_TITLES:
                return "f"
    return ""


def _embedded(token) -> bool:
    """True inside a relative clause, apposition or parenthetical."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("relcl", "acl", "appos", "parataxis"):
            return True
    return token.dep_ in ("appos",)


def _salience(mention_token, pronoun, sentence_distance: int) -> float:
    score = -2.0 * sentence_distance
    dep = mention_token.dep_
    if dep in ("nsubj", "nsubjpass"):
        score += 3.0
    elif dep in ("dobj", "dative", "attr"):
        score += 1.5
    elif dep == "pobj":
        score += 0.5
    elif dep == "poss":
        score += 1.0
    if _embedded(mention_token):
        score -= 2.5
    # Recency within the window breaks ties.
    score -= 0.001 * (pronoun.i - mention_token.i)
    return score


def _head_token(doc, mention: _Mention):
    span = doc[mention.start:mention.end]
    return span.root


def _resolve_pronouns(chunks, person_mentions, cluster_gender, ids):
    """Link he/his/she/her to the most salient earlier person mention."""
    refs = {}
    by_chunk = defaultdict(list)
    for mention in person_mentions:
        by_chunk[mention.chunk].append(mention)
    for chunk, (_, doc) in enumerate(chunks):
        sentences = list(doc.sents)
        sent_index = {}
        for number, sent in enumerate(sentences):
            for token in sent:
                sent_index[token.i] = number
        candidates = sorted(by_chunk[chunk], key=lambda m: m.start)
        for token in doc:
            gender = _PERSON_PRONOUNS.get(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            here = sent_index[token.i]
            best, best_score = None, None
            for mention in candidates:
                if mention.start >= token.i:
                    break
                distance = here - sent_index[mention.start]
                if distance > 2 or cluster_gender.get(mention.cluster, gender) not in ("", gender):
                    continue
                head = _head_token(doc, mention)
                if token.dep_ in ("nsubj", "nsubjpass") and head.head == token.head and head.dep_ in (
                        "nsubj", "nsubjpass"):
                    continue
                score = _salience(head, token, distance)
                if best_score is None or score > best_score:
                    best, best_score = mention, score
            if best is not None:
                refs[(chunk, token.i)] = (ids[best.cluster],)
    return refs


def _resolve_references(chunks, person_mentions, ids, roles_by_cluster, book):
    """'the two leaders' -> both people; 'the president' -> the person titled so."""
    refs = {}
    for chunk, (_, doc) in enumerate(chunks):
        earlier = sorted((m for m in person_mentions if m.chunk == chunk), key=lambda m: m.start)
        for token in doc:
            if token.pos_ != "NOUN":
                continue
            lemma = token.lemma_.lower()
            children = {c.lower_ for c in token.children}
            definite = "both" in children or ("the" in children and "other" not in children)
            if lemma in _GROUP_HEADS and token.tag_ == "NNS" and definite and children & set(
                    _NUMBER_WORDS):
                count = max(_NUMBER_WORDS[c] for c in children & set(_NUMBER_WORDS))
                chosen: list[int] = []
                for mention in reversed([m for m in earlier if m.start < token.i]):
                    if mention.cluster not in chosen:
                        chosen.append(mention.cluster)
                    if len(chosen) == count:
                        break
                if len(chosen) == count:
                    refs[(chunk, token.i)] = tuple(ids[c] for c in sorted(chosen))
            elif lemma in book.roles and "the" in children and token.tag_ == "NN" and not any(
                    c.dep_ in ("compound", "poss", "amod", "prep") for c in token.children):
                for mention in reversed([m for m in earlier if m.start < token.i]):
                    if lemma in roles_by_cluster.get(mention.cluster, ()):
                        refs[(chunk, token.i)] = (ids[mention.cluster],)
                        break
    return refs


# ---------------------------------------------------------------- main entry

def resolve_entities(chunks, doc_id: str, book: Rulebook) -> EntityResolution:
    """Resolve the entities of one document.

    ``chunks`` is the list of (character offset, spaCy Doc) pieces of the
    document, as produced by :func:`graphkit.nlp.parse_documents`.
    """
    raw: list[_Mention] = []
    acronyms: dict[str, _Mention] = {}
    for chunk, (_, doc) in enumerate(chunks):
        found = _mentions_from_ents(chunk, doc, book)
        raw.extend(found)
    for chunk, (_, doc) in enumerate(chunks):
        acronyms.update(_parenthetical_aliases(chunk, doc, raw))
    covered = {(m.chunk, i) for m in raw for i in range(m.start, m.end)}
    raw.extend(_find_place_names(chunks, covered, book))
    covered = {(m.chunk, i) for m in raw for i in range(m.start, m.end)}
    raw.extend(_find_titled_names(chunks, covered, book))
    clusters = _cluster(raw, acronyms)
    covered = {(m.chunk, i) for m in raw if m.cluster >= 0 for i in range(m.start, m.end)}
    for mention in _find_alias_mentions(chunks, clusters, covered, book):
        clusters[mention.cluster].add(mention)

    clusters = _merge_spelling_variants(clusters)
    clusters = _merge_same_label(_merge_org_variants(clusters, book), book)
    kept = [(i, c, _cluster_type(c, book)) for i, c in enumerate(clusters)]
    kept = [(i, c, t) for i, c, t in kept if t]
    labels = {index: _cluster_label(cluster) for index, cluster, _ in kept}
    ids = {index: entity_id(label) for index, label in labels.items()}
    types = {index: etype for index, _, etype in kept}

    refs: dict = {}
    mentions_out: dict = defaultdict(list)
    roles_by_cluster: dict[int, set[str]] = defaultdict(set)
    for index, cluster, etype in kept:
        for mention in cluster.mentions:
            for i in range(mention.start, mention.end):
                refs[(mention.chunk, i)] = (ids[index],)
            roles_by_cluster[index].update(t for t in mention.titles if t in book.roles)
            offset = chunks[mention.chunk][0]
            doc = chunks[mention.chunk][1]
            mentions_out[ids[index]].append(Mention(
                mention.text, offset + doc[mention.start].idx,
                offset + doc[mention.end - 1].idx + len(doc[mention.end - 1].text), etype))

    person_mentions = [m for index, c, t in kept if t == "PERSON" for m in c.mentions]
    genders = {index: _gender(cluster) for index, cluster, etype in kept if etype == "PERSON"}
    references = _resolve_pronouns(chunks, person_mentions, genders, ids)
    references.update(_resolve_references(chunks, person_mentions, ids, roles_by_cluster, book))
    for (chunk, i), targets in references.items():
        if (chunk, i) in refs:
            continue
        refs[(chunk, i)] = targets
        offset, doc = chunks[chunk]
        token = doc[i]
        for target in targets:
            mentions_out[target].append(Mention(token.text, offset + token.idx,
                                                offset + token.idx + len(token.text),
                                                types[_index_of(ids, target)], "reference"))

    entities = []
    for index, cluster, etype in kept:
        eid = ids[index]
        aliases = sorted({m.text for m in cluster.mentions} - {labels[index]})
        entities.append(Entity(id=eid, label=labels[index], type=etype, aliases=tuple(aliases),
                               mentions=len(mentions_out[eid]), documents=(doc_id,)))
    entities.sort(key=lambda e: e.id)
    roles = {ids[i]: tuple(sorted(r)) for i, r in roles_by_cluster.items() if r and i in ids}
    return EntityResolution(tuple(entities), refs, dict(mentions_out), roles)


def _index_of(ids: dict[int, str], target: str) -> int:
    return next(index for index, eid in ids.items() if eid == target)
