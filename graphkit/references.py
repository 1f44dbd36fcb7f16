"""References: pronouns and definite descriptions that point at an entity.

"he"/"his"/"she"/"her" go to the most salient earlier person; "the two
leaders" to the two most recent people; "the president" to the person last
seen with that title; "the commission" and "the network" to the organisation
they describe.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from . import syntax
from .nlp import token_columns


_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                    "she": "f", "her": "f", "hers": "f", "herself": "f"}


_MALE_TITLES = {"mr", "king", "prince", "sir", "lord", "father", "brother", "emir", "sultan",
                "sheikh", "congressman", "chairman", "spokesman"}


_FEMALE_TITLES = {"mrs", "ms", "miss", "mme", "mlle", "queen", "princess", "lady", "dame",
                  "sister", "congresswoman", "chairwoman", "spokeswoman", "madame"}


_GROUP_HEADS = {"leader", "man", "woman", "president", "minister", "official", "head",
                "politician", "rival", "counterpart", "sides"}


_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3}


def person_gender(mentions, name_genders: dict[str, str]) -> str:
    """"m" or "f" when a title says so ("Mr", "Queen") or else a given name, the first
    or second word of the longest name ("Masoumeh Ebtekar", "Seyed Mohammad
    Mir-Mohammadi"), or else a noun in apposition ("his widow, Pam Shriver") or a
    woman's name ending; else ""."""
    for mention in mentions:
        for title in mention.titles:
            if title in _MALE_TITLES:
                return "m"
            if title in _FEMALE_TITLES:
                return "f"
    names = [m.key.split() for m in mentions if m.kind == "name" and len(m.key.split()) >= 2]
    given = max(names, key=len)[:-1][:2] if names else []
    for word in given:
        if word in name_genders:
            return name_genders[word]
    cues = {m.gender_cue for m in mentions} - {""}
    if len(cues) == 1:  # "Shapiro's widow, former tennis player Pam Shriver"
        return cues.pop()
    if given and given[0].endswith(_FEMALE_ENDINGS):
        return "f"  # "Alexandria Ocasio-Cortez": a given name the tables lack
    return ""


# Endings of given names outside the tables that are women's names in most languages.
_FEMALE_ENDINGS = ("ina", "ella", "etta", "ette", "elle", "anna", "issa", "ndria", "lia", "nia",
                   "tia", "sia", "cia", "gia", "via", "mia")


# Salience added to a woman known to be one when a female pronoun looks back: most names of
# unknown gender in the news are men's surnames ("President Trump"); men get no such bonus.
_KNOWN_WOMAN_BONUS = 2.5


def _embedded(token) -> bool:
    """True inside a relative clause, apposition or parenthetical."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("relcl", "acl", "appos", "parataxis"):
            return True
    return token.dep_ in ("appos",)


def _salience(mention_token, pronoun, sentence_distance: int) -> float:
    score = -2.75 * sentence_distance
    head = mention_token.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if mention_token.dep_ == "appos" and head.dep_ == "attr":
        # "that candidate is my friend and a great American, Joe Biden": the name of what
        # the sentence says, as salient as the predicate itself
        return score + 1.5 - 0.001 * (pronoun.i - mention_token.i)
    dep = mention_token.dep_
    if dep in ("nsubj", "nsubjpass") or dep == "ROOT" and mention_token.pos_ == "PROPN":
        score += 3.0  # (a name the parser made the root: "Biden named Senator Kamala Harris
        # ... as his running mate", parsed with "named" hanging on "Biden")
    elif dep in ("dobj", "dative", "attr", "oprd"):
        score += 1.5  # ("appointed Pierluisi as secretary", parsed with an "oprd" name)
    elif dep == "pobj":
        score += 0.5
    elif dep == "poss":
        score += 1.0
    if _embedded(mention_token):
        score -= 2.5
    # Recency within the window breaks ties.
    score -= 0.001 * (pronoun.i - mention_token.i)
    return score


def _fronted_subject(token, mention_at):
    """"Offering his condolence, Ali Larijani wrote": a pronoun in a modifier that
    comes before its clause's subject, with no person named before it in the
    sentence, is that subject (when the subject is a person)."""
    sent_start = token.sent.start
    if any(i in mention_at for i in range(sent_start, token.i)):
        return None
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("advcl", "prep") and node.head.pos_ in ("VERB", "AUX") and (
                node.i < node.head.i):
            for child in node.head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i > token.i and (
                        child.i in mention_at):
                    return mention_at[child.i]
            return None
        node = node.head
    return None


# Prepositions whose "-ing" clause shares its verb's subject ("met Xi after urging him").
_SHARING_PREPOSITIONS = frozenset({"after", "before", "by", "without", "since", "upon", "on",
                                   "while", "despite", "instead"})


def _clause_subject(token, mention_at, refs, chunk, ids):
    """The entity id of the subject of a pronoun's own clause, named or itself a
    resolved pronoun.  The subject of a verb joined by "and", of a "to" clause or
    of an adverbial clause without its own is shared ("he met Xi and praised him",
    "he wants to see her", "he wrote to Xi urging him")."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "his threat to fire him": the owner of the intent is the one who acts
            subjects = [c for c in verb.head.children if c.dep_ == "poss"]
        if not subjects and token.dep_ != "dative" and verb.dep_ == "pcomp" and (
                verb.head.lower_ in _SHARING_PREPOSITIONS and verb.head.head.pos_ in ("VERB", "AUX")):
            verb = verb.head.head  # ("met Xi after urging him"; not "cited the audit as
            continue  # prohibiting him")
        if subjects or verb.head.i == verb.i or verb.dep_ not in ("conj", "xcomp") and not (
                verb.dep_ == "advcl" and verb.tag_ == "VBG" and token.dep_ != "dative"):
            break  # ("wrote to Herzog urging him to": a participle's subject is its verb's;
        verb = verb.head  # not "secured 39 delegates, giving him a total")
    for subject in subjects:
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl" and token.tag_ == "PRP":
            subject = verb.head  # "Darmanin, who visited him": not Darmanin (but "Spanton,
            # who has waived her right", "her" taken for an object, is hers)
        if subject.i in mention_at:
            return ids[mention_at[subject.i].cluster]
        resolved = refs.get((chunk, subject.i))
        if resolved is not None and len(resolved) == 1:
            return resolved[0]
    return None


def _head_token(doc, mention):
    span = doc[mention.start:mention.end]
    return span.root


def _chunks_with_mentions(chunks, mentions):
    """(chunk index, Doc, token columns, the chunk's mentions in text order) per chunk."""
    by_chunk = defaultdict(list)
    for mention in mentions:
        by_chunk[mention.chunk].append(mention)
    for chunk, (_, doc) in enumerate(chunks):
        yield chunk, doc, token_columns(doc), sorted(by_chunk[chunk], key=lambda m: m.start)


def _unnamed_subjects(doc, columns, candidates, unnamed_genders) -> list[tuple[int, str]]:
    """(token index, gender) of "the man", "the suspect" as a subject in a sentence
    that names no person ("Officials said the man was 45 years old")."""
    if not unnamed_genders:
        return []
    named = {columns.sent[m.start] for m in candidates}
    found = []
    for i, lemma in enumerate(columns.lemma):
        gender = unnamed_genders.get(lemma)
        if gender is None or columns.sent[i] in named:
            continue
        token = doc[i]
        if token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            found.append((i, gender))
    return found


def resolve_pronouns(chunks, person_mentions, cluster_gender, ids, avoid=None,
                     unnamed_genders=None):
    """Link he/his/she/her to the most salient earlier person mention.

    ``avoid`` maps a pronoun's (chunk, token index) to an entity id it cannot
    be: "he" in a quotation is not its speaker, who would say "I".
    ``unnamed_genders`` ("man" -> "m") lets an unnamed subject ("the man")
    take the pronouns after it from the people named before it.
    """
    avoid = avoid or {}
    refs = {}
    # a person of unknown gender is the one the pronouns resolved to so far say: "Bar said
    # his dismissal ... dismiss her as well" is not Bar
    known_gender, cluster_gender = cluster_gender, dict(cluster_gender)
    for chunk, doc, columns, candidates in _chunks_with_mentions(chunks, person_mentions):
        sent_index = columns.sent
        earlier: dict[tuple[int, str], int] = {}  # (sentence, gender) -> cluster of a pronoun
        mention_at = {i: m for m in candidates for i in range(m.start, m.end)}
        unnamed = _unnamed_subjects(doc, columns, candidates, unnamed_genders)
        for i, lower in enumerate(columns.lower):
            gender = _PERSON_PRONOUNS.get(lower)
            if gender is None or columns.pos[i] != "PRON":
                continue
            token = doc[i]
            here = sent_index[token.i]
            not_this = avoid.get((chunk, token.i))
            if (here, gender) in earlier and lower in ("he", "she") and ids[
                    earlier[(here, gender)]] != not_this:
                # "during his time as Obama's vice president, he called ...": the
                # pronouns of one sentence are one person
                refs[(chunk, token.i)] = (ids[earlier[(here, gender)]],)
                continue
            best, best_score = None, None
            if lower in ("himself", "herself"):
                # a reflexive is its own clause's subject: "Biden involved himself"
                own_subject = _clause_subject(token, mention_at, refs, chunk, ids)
                if own_subject is not None and own_subject != not_this:
                    refs[(chunk, token.i)] = (own_subject,)
                    continue
            # "He praised him": an object pronoun is someone other than its clause's subject
            own_subject = _clause_subject(token, mention_at, refs, chunk, ids) if (
                lower in ("him", "her") and (token.dep_ in ("dobj", "dative") or (
                    token.dep_ == "pobj" and token.head.dep_ == "prep" and
                    token.head.head.pos_ == "VERB"))) else None  # ("called on him")
            # the unnamed person last made a subject before this pronoun
            since = max((j for j, g in unnamed if j < token.i and g in ("", gender)), default=-1)
            fronted = _fronted_subject(token, mention_at) if lower in (
                "he", "she", "his", "her") and token.dep_ != "dobj" else None
            if fronted is not None and cluster_gender.get(fronted.cluster, gender) in (
                    "", gender) and ids[fronted.cluster] != not_this:
                best = fronted
            for mention in candidates if best is None else ():
                if mention.start >= token.i:
                    break
                if mention.start < since:
                    continue
                distance = here - sent_index[mention.start]
                if distance > 2 or cluster_gender.get(mention.cluster, gender) not in ("", gender):
                    continue
                if ids[mention.cluster] in (not_this, own_subject):
                    continue
                head = _head_token(doc, mention)
                if token.dep_ in ("nsubj", "nsubjpass") and head.head == token.head and head.dep_ in (
                        "nsubj", "nsubjpass"):
                    continue
                if token.dep_ in ("dobj", "dative") and head.head == token.head and head.dep_ in (
                        "nsubj", "nsubjpass"):
                    continue  # "Johnson succeeding her": an object is not its own subject
                if token.dep_ == "poss" and token.head.dep_ in ("attr", "oprd") and head.dep_ in (
                        "nsubj", "nsubjpass") and head.head in (
                            token.head.head, token.head.head.head):
                    continue  # "Bodenstab was picked to be his running mate": not his own
                score = _salience(head, token, distance)
                if gender == "f" and known_gender.get(mention.cluster) == "f":
                    # "President Trump demanded that the Justice Department prosecute her"
                    score += _KNOWN_WOMAN_BONUS
                if token.dep_ == "dobj" and head.dep_ in ("dobj", "oprd") and distance:
                    score += 1.75  # "Rosselló appointed Pierluisi ... the House confirmed
                    # him": an object pronoun takes up the object before it
                if best_score is None or score > best_score:
                    best, best_score = mention, score
            if best is not None:
                refs[(chunk, token.i)] = (ids[best.cluster],)
                earlier.setdefault((here, gender), best.cluster)
                if not cluster_gender.get(best.cluster):
                    cluster_gender[best.cluster] = gender
                # A resolved pronoun carries its person on: "he ... his ... his widow".
                bisect.insort(candidates, _Resolved(chunk, token.i, token.i + 1, best.cluster),
                              key=lambda m: m.start)
    return refs


@dataclass(frozen=True)
class _Resolved:
    """A pronoun already resolved, as an antecedent for the pronouns after it."""

    chunk: int
    start: int
    end: int
    cluster: int


def resolve_references(chunks, person_mentions, ids, roles_by_cluster, book):
    """'the two leaders' -> both people; 'the president' -> the person titled so."""
    refs = {}
    for chunk, (_, doc) in enumerate(chunks):
        earlier = sorted((m for m in person_mentions if m.chunk == chunk), key=lambda m: m.start)
        columns = token_columns(doc)
        for i, lemma in enumerate(columns.lemma):
            # (a capital "the President's power" too)
            if columns.pos[i] not in ("NOUN", "PROPN") or not (
                    lemma in _GROUP_HEADS or lemma in book.roles):
                continue
            token = doc[i]
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
                if lemma == "leader":
                    # "Sharaa held talks with Putin ... Kremlin spokesman Peskov declined ...
                    # The two leaders also discussed": not one titled only as a spokesman
                    leaders: list[int] = []
                    for mention in reversed([m for m in earlier if m.start < token.i]):
                        roles = roles_by_cluster.get(mention.cluster, set())
                        if mention.cluster not in leaders and not (
                                roles and roles <= _SERVING_ROLES):
                            leaders.append(mention.cluster)
                        if len(leaders) == count:
                            chosen = leaders
                            break
                if len(chosen) == count:
                    refs[(chunk, token.i)] = tuple(ids[c] for c in sorted(chosen))
            elif lemma in book.roles and "the" in children and token.tag_ in (
                    "NN", "NNP") and not any(c.dep_ in ("compound", "poss", "amod", "prep")
                                             for c in token.children):
                for mention in reversed([m for m in earlier if m.start < token.i]):
                    if lemma in roles_by_cluster.get(mention.cluster, ()):
                        refs[(chunk, token.i)] = (ids[mention.cluster],)
                        break
            elif lemma in book.roles and "the" in children and token.tag_ in ("NN", "NNP"):
                # "Chinese leader Xi Jinping ... The Chinese leader": the one titled with the
                # same nationality
                modifiers = [c for c in token.children if c.dep_ not in ("det", "punct")]
                if len(modifiers) != 1 or modifiers[0].dep_ not in ("amod", "compound") or \
                        modifiers[0].ent_type_ != "NORP" or modifiers[0].i != token.i - 1:
                    continue
                nationality = modifiers[0].lower_
                for mention in reversed([m for m in earlier if m.start < token.i]):
                    if lemma in roles_by_cluster.get(mention.cluster, ()) and any(
                            doc[k].lower_ == nationality
                            for k in range(max(0, mention.start - 4), mention.start)):
                        refs[(chunk, token.i)] = (ids[mention.cluster],)
                        break
    return refs


# Titles of those who speak or work for a leader, whom no text calls one of "the two
# leaders".
_SERVING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                  "envoy", "lawyer", "attorney", "press secretary", "chief of staff",
                  "secretary", "assistant", "deputy", "interpreter"}


# Nouns a news text uses for a company it named before: "the network", "the firm".
_COMPANY_NOUNS = {"company", "corporation", "firm", "network", "broadcaster", "conglomerate",
                  "carrier", "airline", "publisher", "newspaper", "channel", "station", "maker",
                  "manufacturer", "giant", "retailer", "startup", "business", "outlet", "group",
                  "bank", "insurer", "operator", "developer", "lender", "automaker", "chain"}
# Suffixes a company name is also written without ("ABS-CBN Corporation" = "ABS-CBN").
LEGAL_SUFFIXES = frozenset({"corporation", "corp", "inc", "ltd", "llc", "plc", "co", "company",
                            "group", "holdings", "limited", "ag", "sa", "gmbh", "motor", "kft",
                            "zrt", "nyrt", "srl", "spa", "bv", "nv", "oy", "oyj",
                            "sro", "doo", "pty", "pte", "bhd", "sdn"})
# Last words that make a name a company's: "the network" may be "ABS-CBN Corporation".
_COMPANY_SUFFIXES = LEGAL_SUFFIXES | {"network", "broadcasting", "airlines", "airways", "bank",
                                      "media", "news", "times", "post", "tv", "radio", "studios",
                                      "motors"}


# "accused the network of swindling": the "of" belongs to the verb, not the noun.
_OF_COMPLEMENT_VERBS = {"accuse", "charge", "suspect", "convict", "acquit", "clear", "warn",
                        "inform", "notify", "remind", "deprive", "strip", "rob", "absolve"}


def _verb_complement(noun, prep) -> bool:
    return (prep.lower_ == "of" and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _OF_COMPLEMENT_VERBS)


def _head_noun(name: str, org_words) -> str:
    """"Court of Session" -> "court", "Supreme Court" -> "court": the word a
    description of the organisation would use (not "Project of Common Interest"
    -> "project": only an institution's name is headed before "of"); "Federal Center for
    Neurosurgery" -> "center"."""
    words = name.lower().split()
    for joint in ("of", "for"):
        if joint in words[1:] and words[words.index(joint, 1) - 1] in org_words:
            words = words[:words.index(joint, 1)]
    return words[-1].rstrip(".")


def _heads(chunks, places):
    """The head tokens of the mentions starting at ``places`` ((chunk, start))."""
    for chunk, start in places:
        token = chunks[chunk][1][start]
        while token.dep_ in ("compound", "det", "amod") and token.head.i > token.i:
            token = token.head
        yield token


def _capitalised_short_form(token, title_words) -> bool:
    """"Council spokesperson Barend Leyts", "Council President Andrew Leung", "Board
    Member Jennifer Homendy": an institution's head word alone, capitalised, before a
    word for a person (not inside a longer name)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and (
        after.text.islower() and after.pos_ == "NOUN" and token.head.i == after.i
        or after.lower_ in title_words or after.lower_ == "member") and (
            before is None or token.is_sent_start or not before.text[:1].isupper())


# Plural nouns for an armed group's members: "Houthi rebels", later "the rebels".
_FIGHTER_NOUNS = {"rebel", "militant", "fighter", "insurgent", "guerrilla", "separatist",
                  "jihadist", "extremist"}


def resolve_org_descriptions(chunks, org_mentions, ids, names, org_words, title_words=()):
    """"the commission" -> the National Telecommunications Commission named before;
    "the network" -> the one company the text named before.

    ``names`` maps a cluster index to its label; ``org_words`` are the institution
    words that head a name before "of" ("Court of Session").  A description
    resolves only when exactly one earlier organisation fits it.
    """
    refs = {}
    first_seen: dict[int, tuple[int, int]] = {}
    seen_at: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in org_mentions:
        place = (mention.chunk, mention.start)
        seen_at[mention.cluster].append(place)
        if place < first_seen.get(mention.cluster, (len(chunks), 0)):
            first_seen[mention.cluster] = place
    last = {c: _head_noun(names[c], org_words) for c in first_seen}
    # "Tonga's parliament, the Legislative Assembly": the noun the name is set against
    # describes it too, wherever the text uses it again ("joined parliament")
    apposed: dict[str, set[int]] = defaultdict(set)
    apposed_at: set[tuple[int, int]] = set()
    for mention in org_mentions:
        root = chunks[mention.chunk][1][mention.start:mention.end].root
        nouns = ([root.head] if root.dep_ == "appos" else []) + [
            c for c in root.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_ in org_words:
                apposed[noun.lemma_].add(mention.cluster)
                apposed_at.add((mention.chunk, noun.i))
        if root.dep_ == "compound" and root.head.lemma_ in _FIGHTER_NOUNS and \
                root.head.text.islower():
            # "Houthi rebels" ... "the rebels are backed by Iran"
            apposed[root.head.lemma_].add(mention.cluster)
            apposed_at.add((mention.chunk, root.head.i))
    wanted = set(last.values()) | _COMPANY_NOUNS | _DESCRIBED_HEADS.keys()
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        for i, lemma in enumerate(columns.lemma):
            token = doc[i]
            short_form = columns.text[i].istitle() and columns.lower[i] in wanted and \
                _capitalised_short_form(token, title_words)  # "Council spokesperson"
            if lemma in apposed and columns.pos[i] == "NOUN" and columns.text[i].islower() and \
                    len(apposed[lemma]) == 1 and (token.tag_ == "NN" or (
                        token.tag_ == "NNS" and lemma in _FIGHTER_NOUNS)) and not any(
                        c.dep_ in ("poss", "compound", "amod") or c.lower_ in ("a", "an")
                        for c in token.children) and not any(  # (not "his party": his own)
                        last[c] == lemma and place < (chunk, i) and c not in apposed[lemma]
                        for c, place in first_seen.items()):
                # (and only while no other body so headed is named: "the Life and Liberty
                # Party, a ... party" does not make every later "the party" its own)
                if (chunk, i) not in apposed_at:
                    refs[(chunk, i)] = (ids[next(iter(apposed[lemma]))],)
                continue
            if short_form:
                lemma = columns.lower[i]
            elif lemma not in wanted or columns.pos[i] != "NOUN" or columns.text[i][:1].isupper():
                continue
            elif token.tag_ != "NN" or not any(c.lower_ == "the" for c in token.children) or any(
                    c.dep_ in ("compound", "amod", "nummod", "poss") and c.lower_ != "based" and not (
                        lemma in _GENERIC_DESCRIPTIONS and _plain_modifier(c)) or (
                        c.dep_ == "prep" and not _verb_complement(token, c))
                    for c in token.children):
                continue  # (but "the Luxembourg-based court" is still the court; "the
                # paramilitary group" still the group)
            seen = [c for c, place in first_seen.items() if place < (chunk, i)]
            fits = {c for c in seen if last[c] == lemma}
            if not fits and lemma in _COMPANY_NOUNS:
                fits = {c for c in seen if last[c] in _COMPANY_SUFFIXES}
            if not fits and lemma in _DESCRIBED_HEADS:
                fits = {c for c in seen if last[c] in _DESCRIBED_HEADS[lemma]}
            if not fits and lemma in _GENERIC_DESCRIPTIONS and token.dep_ != "attr":
                # (not "The OIC is the largest group": what the subject is)
                fits = _recent_organisation(chunks, columns, chunk, i, seen, seen_at, last,
                                            org_words)
            if len(fits) > 1:
                # "an investigation into Burisma Holdings; Hunter Biden was on the board
                # of the company": the one named in this sentence or the one before,
                # else the one named last within six sentences, counting names given
                # as a predicate out ("The Court of Session is ... The only court with
                # higher authority is the Supreme Court ... The court had been
                # petitioned": the Court of Session)
                here = columns.sent[i]
                latest = {}  # cluster -> sentence it was last named in, not as a predicate
                for c in fits:
                    for (ch, start), head in zip(seen_at[c], _heads(chunks, seen_at[c])):
                        if ch == chunk and start < i and head.dep_ != "attr":
                            latest[c] = max(latest.get(c, -1), columns.sent[start])
                near = {c for c, sent in latest.items() if sent == here}
                # ("For the US Green Party, X joined the party": the one named in the
                # sentence itself before the one before)
                if len(near) != 1:
                    near = {c for c, sent in latest.items() if sent >= here - 1}
                if not near and latest and here - max(latest.values()) <= 6:
                    top = max(latest.values())
                    near = {c for c, sent in latest.items() if sent == top}
                fits = near
            if len(fits) == 1:
                cluster = fits.pop()
                refs[(chunk, i)] = (ids[cluster],)
                seen_at[cluster].append((chunk, i))  # "The party ... The party ...": a chain
    return refs


# Descriptions the news uses for an organisation whatever its name: "Nvidia ... the
# company", "the Rapid Support Forces ... the paramilitary group".
# With the head words of the names they may stand for.
_ARMED_HEADS = {"group", "forces", "force", "front", "army", "movement", "brigade", "brigades",
                "militia", "organization", "organisation", "network"}
_GENERIC_DESCRIPTIONS = {"company": _COMPANY_SUFFIXES | {"company", "group"},
                         "firm": _COMPANY_SUFFIXES | {"company", "group"},
                         "group": _ARMED_HEADS}
# Modifiers that make a description some other organisation: "the rival company".
_OTHER_ONE = {"rival", "parent", "other", "another", "sister", "competing", "subsidiary",
              "former", "new", "second", "first", "smaller", "larger", "bigger", "foreign"}


# Nouns that describe a group as a whole ("the rebel group"; not "the control group").
_GROUP_KINDS = {"rebel", "terror", "terrorist", "militant", "jihadist", "extremist", "insurgent",
                "separatist", "guerrilla", "guerilla", "opposition", "advocacy", "lobby", "rights",
                "activist", "hacker", "hacking", "militia", "protest", "campaign", "pressure",
                "industry", "trade", "media", "tech", "technology", "investment", "mining",
                "energy", "oil", "insurance", "banking"}


# Participles after a hyphen that say who stands behind a group: "the Rwanda-backed group".
_BACKED = {"backed", "led", "funded", "sponsored", "supported", "allied", "aligned"}


def _plain_modifier(child) -> bool:
    """A lowercase word that only describes: "paramilitary", "tech", "Rwanda-backed" (no
    name of its own, no number, not "the rival company", "the largest group", "the
    control group")."""
    if child.dep_ == "amod" and child.lower_ in _BACKED and child.i >= 2 and \
            child.doc[child.i - 1].text == "-":
        return True
    return child.dep_ in ("amod", "compound") and child.text.islower() and \
        child.lower_ not in _OTHER_ONE and not child.ent_type_ and child.tag_ != "JJS" and (
            child.pos_ == "ADJ" or child.pos_ == "NOUN" and (
                child.head.lemma_ != "group" or child.lower_ in _GROUP_KINDS)) and \
        not any(True for _ in child.children)


def _recent_organisation(chunks, columns, chunk, i, seen, seen_at, last, org_words) -> set:
    """The one organisation named in this sentence or the one before that "the
    company" or "the group" can be: not an institution ("the commission"), the
    subject if several are named, none once the text brings in "a company"."""
    here = columns.sent[i]
    if any(columns.lemma[j] == columns.lemma[i] and columns.lower[j - 1] in ("a", "an")
           for j in range(1, i) if columns.sent[j] >= here - 1):
        return set()  # ("The FBI raided a company ... The company said")
    token = chunks[chunk][1][i]
    verb = token.head.head if token.dep_ == "pobj" else token.head
    actors = syntax.grammatical_subjects(verb) if token.dep_ in ("dobj", "pobj") else []
    if any(a.lower_ in ("it", "they") for a in actors):
        return set()  # ("Microsoft said that it would buy the company": another one)
    named = {}
    for c in seen:
        if last[c] in org_words and last[c] not in _GENERIC_DESCRIPTIONS[columns.lemma[i]]:
            continue  # (an institution's head word: "the commission")
        places = list(zip(seen_at[c], _heads(chunks, seen_at[c])))
        if any(ch == chunk and head in actors for (ch, _), head in places):
            continue  # ("Microsoft bought the company")
        for (ch, start), head in places:
            if ch == chunk and start < i and columns.sent[start] >= here - 1:
                named[c] = named.get(c, False) or head.dep_ in ("nsubj", "nsubjpass")
    if len(named) > 1:
        named = {c: True for c, subject in named.items() if subject}
    return set(named) if len(named) == 1 else set()


# Words the news uses for a body whose name is headed otherwise: "the European Union ...
# the bloc", "NATO ... the alliance".
_DESCRIBED_HEADS = {"bloc": {"union", "community", "bloc", "asean", "ecowas", "mercosur"},
                    "alliance": {"nato", "alliance", "pact"}}


_ITS_ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "pobj", "conj"}


# Conjunctions of a clause about the main clause's subject's own doings: "after it ...".
_TIME_MARKS = {"after", "before", "when", "once", "until", "since", "because", "as", "while"}


def _reporter_of_it(token, mention_at, ids, stand_ins, described=None, chunk=0):
    """"China warned it would impose sanctions", "the Iranian government said it had
    seized a tanker": "it" as the subject of a clause reported by an organisation or
    place is that reporter (named, or owning a stand-in noun such as "government");
    so is "it" of a clause saying when or why that one acted ("Hamas released the
    hostages after it reached a deal").  The entity ids it stands for, or None."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not (token.head.dep_ == "ccomp" or (
            token.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                               for c in token.head.children))):
        return None  # ("the RSF accepted the proposal days after it captured El Fasher")
    governor = token.head.head
    for subject in governor.children:
        if subject.dep_ != "nsubj" or subject.i > token.i:
            continue
        if token.head.dep_ == "advcl" and subject.tag_ in ("NNS", "NNPS") and not any(
                c.dep_ == "compound" for c in subject.children):
            return None  # ("Democrats advocated packing the Court until it reached ...")
        if subject.i in mention_at:
            return (ids[mention_at[subject.i].cluster],)
        if described and (chunk, subject.i) in described:
            return described[(chunk, subject.i)]  # ("the paramilitary group ... after it")
        owners = _stand_in_owners(subject, mention_at, stand_ins)
        if len(owners) == 1:
            return (ids[owners[0].cluster],)
    return None


def _stand_in_owners(subject, mention_at, stand_ins) -> list:
    """The mentions owning a stand-in noun ("the Iranian government", "Venezuelan
    authorities"): its possessor or modifiers that name something."""
    if subject.lemma_.lower() not in stand_ins:
        return []
    return [mention_at[c.i] for c in subject.children
            if c.dep_ in ("poss", "amod", "compound") and c.i in mention_at]


def resolve_its(chunks, thing_mentions, ids, stand_ins=frozenset(), described=None) -> dict:
    """"the Cuban government's repression ... and its support for Maduro": "its"
    is the nearest organisation or place named before it in the same sentence,
    as an argument or the owner or modifier of one.  "it" is resolved only as the
    subject of what such a thing reports ("Iran said it had seized a tanker") or of
    a clause on when or why it acted ("... after it reached a deal");
    ``stand_ins`` are the nouns that act for their owner ("the Iranian government");
    ``described`` maps a description already resolved ("the group") to its entity ids."""
    refs = {}
    for chunk, doc, columns, candidates in _chunks_with_mentions(chunks, thing_mentions):
        if not candidates:
            continue
        mention_at = {j: m for m in candidates for j in range(m.start, m.end)}
        for i, lower in enumerate(columns.lower):
            if lower == "it" and columns.pos[i] == "PRON":
                reporter = _reporter_of_it(doc[i], mention_at, ids, stand_ins, described, chunk)
                if reporter is not None:
                    refs[(chunk, i)] = reporter
                continue
            if lower != "its" or columns.pos[i] != "PRON":
                continue
            sent = columns.sent[i]
            subject = _clause_subject_mention(doc[i], mention_at)
            if subject is not None:
                # "require Ukraine to cede parts of the Donbas region and to abandon its
                # bid": the clause's own subject, before a nearer name
                refs[(chunk, i)] = (ids[subject.cluster],)
                continue
            here = [m for m in candidates if m.end <= i and columns.sent[m.start] == sent]
            for mention in reversed(here):
                root = head = doc[mention.start:mention.end].root
                if head.dep_ in ("amod", "compound", "nmod"):
                    head = head.head
                if root.lower_ in syntax.WATERS:
                    break  # "seized a tanker in the Strait of Hormuz and detained its
                    # crew": a sea or strait owns no crew, people or forces
                if head.dep_ in _ITS_ANTECEDENT_DEPS:
                    refs[(chunk, i)] = (ids[mention.cluster],)
                    break
            if not here:
                # "The CHP called it an attack. Its leader, Ozgur Ozel, said": the subject
                # of the sentence before, when this one names nothing before "its"
                subject = _subject_for_its(doc[i], mention_at)
                if subject is not None:
                    refs[(chunk, i)] = (ids[subject.cluster],)
    return refs


def _subject_for_its(its, mention_at):
    """What a sentence's "its" with no name before it stands for: the sentence's own
    subject when it names one ("To modernize its military, Hungary licensed"), nothing
    when that subject is some other thing ("The aircraft ...; its sensor"), else the
    subject of the sentence before."""
    subjects = syntax.grammatical_subjects(its.sent.root)
    for subject in subjects:
        if subject.i in mention_at:
            return mention_at[subject.i]
    if any(s.pos_ in ("NOUN", "PROPN") and its not in s.subtree for s in subjects):
        return None
    return _previous_subject(its, mention_at)


def _previous_subject(token, mention_at):
    """The mention that is the main subject of the sentence before ``token``'s."""
    start = token.sent.start
    if start == 0:
        return None
    sent = token.doc[start - 1].sent
    for subject in syntax.grammatical_subjects(sent.root):
        if subject.i in mention_at:
            return mention_at[subject.i]
        for child in subject.children:  # "The United Nations human rights office said"
            if child.dep_ in ("compound", "nmod", "poss") and child.i in mention_at:
                return mention_at[child.i]
    # else the last organisation or place a clause of it was about: "Hassan won after the
    # main opposition party, Chadema, was barred. Its leader ..."
    for subject in reversed(sent):
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        named = [t for t in (subject, *subject.children) if t.i in mention_at and (
            t is subject or t.dep_ == "appos")]
        if named:
            return mention_at[named[0].i]
    return None


def _clause_subject_mention(its, mention_at):
    """The organisation or place named as the subject of the clause "its" is in, if any."""
    verb = its
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in verb.children):
            return None  # "the Cuban government's repression of its people": the owner's
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in syntax.grammatical_subjects(verb):
        mention = mention_at.get(subject.i)
        if mention is not None and mention.end <= its.i:
            return mention
    return None


_SINGULAR_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
_FIRST_PERSON = _SINGULAR_FIRST_PERSON | {"we", "us", "our", "ours", "ourselves"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}
_SAYING_VERBS = {"say", "tell", "write", "add", "tweet", "post", "state", "declare", "continue",
                 "warn", "insist", "argue", "explain", "conclude", "reply", "respond", "answer",
                 "ask", "announce", "claim", "note", "remark", "elaborate", "recall"}


# Verbs after which the next sentence's quotation is the subject's: "revealed that ...".
_TELLING_VERBS = _SAYING_VERBS | {"reveal"}


def _quotations(doc) -> list[tuple[int, int]]:
    """(first, last) token indices inside each quotation; a paragraph break ends one."""
    spans, opened = [], None
    for i, text in enumerate(token_columns(doc).text):
        if text in QUOTE_MARKS:
            if opened is None:
                opened = i
            else:
                spans.append((opened + 1, i))
                opened = None
        elif opened is not None and "\n" in text and not text.strip():
            spans.append((opened + 1, i))
            opened = None
    return spans


def _subject_person(verb, person_at) -> str | None:
    for child in verb.children:
        # "speaker of the parliament Ali Larijani wrote": the parser may give two subjects
        if child.dep_ == "nsubj" and person_at(child):
            return person_at(child)
        if child.dep_ == "nsubj":  # "The Senate Minority Leader, Chuck Schumer, said"
            # (and "said University of California, San Diego's chancellor, Pradeep Khosla",
            # the parser's conjunct of the name)
            for appos in (a for t in (child, *child.conjuncts) for a in t.children):
                if appos.dep_ == "appos" and person_at(appos):
                    return person_at(appos)
    return None


def _speaker(doc, first: int, last: int, person_at) -> str | None:
    """Who says the quotation doc[first:last]: '"...," Graham said', 'said Graham',
    'Trump defended his decision, "..."'."""
    after = doc[last + 1:last + 6] if last < len(doc) else doc[0:0]
    for token in after:
        if token.lemma_.lower() in _SAYING_VERBS and token.pos_ == "VERB":
            found = _subject_person(token, person_at)
            if found:
                return found
        if token.text in QUOTE_MARKS or token.is_sent_start and token.i > last + 1:
            break
    if first >= 2 and doc[first - 2].text in (",", ":"):
        start = doc[first - 2].sent.start  # the quote mark may open the next sentence
        for token in reversed(doc[start:first - 1]):
            if token.pos_ == "VERB":
                found = _subject_person(token, person_at)
                if found:
                    return found
    if first >= 2:
        # 'Chuck Schumer, said on Friday "We made a plea ..."': a saying verb just before
        start = max(doc[first - 2].sent.start, first - 6)
        for token in reversed(doc[start:first - 1]):
            if token.lemma_.lower() in _SAYING_VERBS and token.pos_ == "VERB":
                return _subject_person(token, person_at)
    if first >= 2 and doc[first - 1].is_sent_start and doc[first - 2].text in (".", "!", "?"):
        # 'Rhys-Davies revealed that a reboot is considered. "Jerry and I are talking ...":
        # a quotation opening the sentence after one that tells what its speaker said
        for token in doc[first - 2].sent:
            if token.lemma_.lower() in _TELLING_VERBS and token.pos_ == "VERB":
                found = _subject_person(token, person_at)
                if found:
                    return found
    return None


def quotation_speakers(chunks, person_mentions, pronoun_refs, ids) -> dict:
    """(chunk, first, last) of each quotation -> the entity id of its speaker, where
    the text names one as the subject of the verb that introduces or follows it."""
    speakers = {}
    spans = defaultdict(dict)
    for mention in person_mentions:
        for i in range(mention.start, mention.end):
            spans[mention.chunk][i] = ids[mention.cluster]
    for chunk, (_, doc) in enumerate(chunks):
        def person_at(token, chunk=chunk):
            found = spans[chunk].get(token.i)
            if found is None and len(pronoun_refs.get((chunk, token.i), ())) == 1:
                found = pronoun_refs[(chunk, token.i)][0]
            return found
        for first, last in _quotations(doc):
            speaker = _speaker(doc, first, last, person_at)
            if speaker is not None:
                speakers[(chunk, first, last)] = speaker
    return speakers


def quoted_pronouns(chunks, speakers, first_person: bool) -> dict:
    """(chunk, token index) -> speaker for the first-person pronouns ("I", "my", "we")
    of each quotation, or with ``first_person`` false for its he/his/she/her."""
    found = {}
    for (chunk, first, last), speaker in speakers.items():
        for token in chunks[chunk][1][first:last]:
            if token.pos_ != "PRON":
                continue
            if (token.lower_ in _FIRST_PERSON) == first_person and (
                    first_person or token.lower_ in _PERSON_PRONOUNS):
                found[(chunk, token.i)] = speaker
    return found


def _paragraph_starts(doc) -> list[int]:
    """Indices of the first token of each paragraph (after a line break)."""
    starts = [0]
    for i, text in enumerate(token_columns(doc).text):
        if "\n" in text and not text.strip() and i + 1 < len(doc):
            starts.append(i + 1)
    return starts


def _answer_marker(doc, start: int, person_at, initials: dict) -> tuple[bool, str | None]:
    """(whether the paragraph at ``start`` opens with a speaker's marker, whose):
    "((Gregory Kurtzer))", "Natasha Gownaris:", "NG:" (a named person's initials);
    "((WN))" marks the interviewer, who is no one in the graph."""
    texts = token_columns(doc).text
    if texts[start:start + 2] == ["(", "("]:
        close = next((k for k in range(start + 2, min(start + 8, len(doc) - 1))
                      if texts[k] == ")" and texts[k + 1] == ")"), None)
        if close is None:
            return False, None
        found = {person_at(doc[k]) for k in range(start + 2, close)} - {None}
        return True, found.pop() if len(found) == 1 else None
    colon = next((k for k in range(start, min(start + 4, len(doc)))
                  if texts[k] == ":"), None)
    if colon is None or colon == start or not all(texts[k][:1].isupper()
                                                  for k in range(start, colon)):
        return False, None
    found = {person_at(doc[k]) for k in range(start, colon)} - {None}
    if len(found) == 1:
        return True, found.pop()
    if colon == start + 1 and texts[start] in initials:
        return True, initials[texts[start]]
    return colon == start + 1 and texts[start].isupper(), None


def interview_answers(chunks, person_mentions, ids) -> dict:
    """(chunk, token index) -> (speaker,) for "I", "me" and "my" in an interview's answers:
    the paragraphs after a speaker's marker ("((Gregory Kurtzer))  I've requested a
    sponsorship from Slack", "NG: This study started ...") up to the next marker or
    question; not inside a quotation the speaker repeats."""
    spans = defaultdict(dict)
    names = defaultdict(set)
    for mention in person_mentions:
        doc = chunks[mention.chunk][1]
        for i in range(mention.start, mention.end):
            spans[mention.chunk][i] = ids[mention.cluster]
        words = [t.text for t in doc[mention.start:mention.end] if t.text[:1].isupper()]
        if len(words) >= 2:
            names["".join(w[0] for w in words)].add(ids[mention.cluster])
    initials = {short: found.pop() for short, found in names.items() if len(found) == 1}
    found = {}
    speaker = None
    for chunk, (_, doc) in enumerate(chunks):
        def person_at(token, chunk=chunk):
            return spans[chunk].get(token.i)
        quoted = set()
        for first, last in _quotations(doc):
            quoted.update(range(first, last))
        starts = _paragraph_starts(doc)
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(doc)
            marked, who = _answer_marker(doc, start, person_at, initials)
            if marked:
                speaker = who
            elif doc[start:end].text.rstrip().endswith("?"):
                speaker = None  # a question, unmarked
            if speaker is None:
                continue
            for token in doc[start:end]:
                if token.lower_ in _SINGULAR_FIRST_PERSON and token.pos_ == "PRON" and \
                        token.i not in quoted:
                    found[(chunk, token.i)] = (speaker,)
    return found


_PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
_PLURAL_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}


def _plural_group(doc, mention) -> bool:
    """"the Ukrainians", "the Houthis", "Democrats": a people or a group written as a
    plural (not "the United States" or "the Philippines": a place)."""
    last = doc[mention.end - 1]
    plural = last.text.endswith("s") and not last.text.endswith("ss") and len(last.text) > 3
    if mention.type == "PLACE":
        return plural and last.ent_type_ == "NORP"
    return plural or last.tag_ == "NNPS"


_SPEECH_VERBS = {"say", "report", "announce", "state", "claim", "tell", "confirm", "add",
                 "note", "explain", "insist"}


def resolve_plural_pronouns(chunks, group_mentions, ids, stand_ins=frozenset()) -> dict:
    """"they"/"them"/"their" -> the people or group last named as a plural ("indicated
    to the Ukrainians ... no pressure on them"), in this sentence or the one before,
    when no plural noun comes between; "they" reported by an organisation is that
    organisation ("UNICEF reported they had delivered ..."), and reported by the plural
    stand-in of one (``stand_ins``: "Venezuelan authorities said they had detained ...")
    is its owner."""
    refs = {}
    for chunk, doc, columns, mentions in _chunks_with_mentions(chunks, group_mentions):
        candidates = [m for m in mentions if _plural_group(doc, m)]
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        for i, lower in enumerate(columns.lower):
            if lower not in _PLURAL_PRONOUNS or columns.pos[i] != "PRON":
                continue
            token = doc[i]
            clause = token.head
            if token.dep_ == "nsubj" and clause.dep_ == "ccomp" and \
                    clause.head.lemma_.lower() in _SPEECH_VERBS:
                # "UNICEF reported they had delivered ...": the organisation that speaks
                speakers = [at[c.i] for c in clause.head.children
                            if c.dep_ == "nsubj" and c.i in at and c.tag_ not in ("NNS", "NNPS")]
                if speakers:
                    refs[(chunk, i)] = (ids[speakers[0].cluster],)
                    continue
                owners = [o for c in clause.head.children if c.dep_ == "nsubj" and
                          c.tag_ == "NNS" for o in _stand_in_owners(c, at, stand_ins)]
                if len({m.cluster for m in owners}) == 1:
                    refs[(chunk, i)] = (ids[owners[0].cluster],)
                    continue
            if not candidates:
                continue
            before = [m for m in candidates if m.end <= i
                      and columns.sent[i] - columns.sent[m.start] <= 1]
            if not before:
                continue
            nearest = before[-1]
            between = doc[nearest.end:i]
            if any(t.tag_ in ("NNS", "NNPS") and t.dep_ in _PLURAL_ARGUMENT_DEPS
                   or t.lower_ in _PLURAL_PRONOUNS and t.pos_ == "PRON" and (chunk, t.i) not in refs
                   for t in between):
                continue
            refs[(chunk, i)] = (ids[nearest.cluster],)
    return refs


def resolve_person_pairs(chunks, person_mentions, ids, resolved) -> dict:
    """"officers Antoine Quirin and Nicolas Redouane ... They worked for the Brigade":
    "they"/"them"/"their" not already resolved -> the people (or organisations) last
    named together with "and", in this sentence or the one before, when no plural noun
    comes between."""
    refs = {}
    for chunk, doc, columns, mentions in _chunks_with_mentions(chunks, person_mentions):
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        pairs = []  # (end of the last name, ids of the people listed)
        for mention in mentions:
            head = _head_token(doc, mention)
            listed = [at[t.i] for t in head.conjuncts if t.i in at and t.i > head.i]
            if listed and head.dep_ != "conj":
                people = tuple(dict.fromkeys(ids[m.cluster] for m in [mention] + listed))
                if len(people) > 1:
                    pairs.append((max(m.end for m in listed), people))
        if not pairs:
            continue
        for i, lower in enumerate(columns.lower):
            both = lower == "both" and doc[i].dep_ in ("nsubj", "nsubjpass")  # "Both are ..."
            if not both and (lower not in _PLURAL_PRONOUNS or columns.pos[i] != "PRON") or \
                    (chunk, i) in resolved:
                continue
            before = [(end, people) for end, people in pairs if end <= i
                      and columns.sent[i] - columns.sent[end - 1] <= 1]
            if not before:
                continue
            end, people = before[-1]
            if any(t.tag_ in ("NNS", "NNPS") and t.dep_ in _PLURAL_ARGUMENT_DEPS
                   for t in doc[end:i]):
                continue
            verb = doc[i]
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in at and ids[at[c.i].cluster]
                   in people for c in verb.children) and not (
                       doc[i].dep_ == "poss" and doc[i].head.lemma_.lower() in _JOINT_NOUNS):
                continue  # "Yang and Bennet suspended their campaigns": each his own (but
                # "Tesco and Salling announced their agreement": one they share)
            refs[(chunk, i)] = tuple(sorted(people))
    return refs


# What two parties make together: "X and Y announced their agreement".
_JOINT_NOUNS = {"agreement", "deal", "merger", "partnership", "alliance", "talks", "meeting",
                "venture", "collaboration", "cooperation", "accord", "pact", "treaty", "marriage",
                "engagement", "relationship", "rivalry", "dispute", "negotiations"}


# Last words of a building's name that stand alone for the one building a text names:
# "the Hall" for "Fishmongers' Hall", "the palace" for "Blenheim Palace".
BUILDING_HEADS = {"hall", "palace", "cathedral", "abbey", "castle", "tower", "stadium", "arena",
                  "mosque", "temple", "basilica", "chapel", "airport", "museum", "hotel"}


_PLACE_DESCRIPTIONS = {"city": False, "town": False, "capital": False, "village": False,
                       "region": False, "province": False,
                       "country": True, "nation": True, "government": True, "kingdom": True,
                       "junta": True}
# Countries a text may call "the kingdom".
_KINGDOMS = {"saudi-arabia", "united-kingdom", "jordan", "morocco", "bahrain", "thailand",
             "cambodia", "spain", "netherlands", "belgium", "sweden", "norway", "denmark",
             "bhutan", "eswatini", "lesotho", "tonga"}


_CITY_NOUNS = {"city", "town", "capital", "village"}
# "the region" for "Tyumen Oblast", "the province" for "Sindh Province".
_REGION_NOUNS = {"region", "province", "oblast", "krai", "governorate", "prefecture"}


def _called_a(nouns, endings, doc, mention) -> bool:
    """"the city of Aden", "Juba, the capital", "Tandag City": named as a city (or, with
    the region nouns, as a region: "Tyumen Oblast")."""
    head = doc[mention.start:mention.end].root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in nouns:
        return True
    return any(c.dep_ == "appos" and c.lemma_ in nouns for c in head.children) or (
        head.dep_ == "appos" and head.head.lemma_ in nouns) or (
        doc[mention.end - 1].lower_ in endings)


# Nouns a ruling body was called before it is "the government" or "the junta" (and how many
# sentences back to look).
_SAME_RULERS = {"government": ({"government"}, 3),
                "junta": ({"junta", "government", "military", "army"}, 10)}


def _owner_of_same(token, mention_at, ids, countries) -> str | None:
    """The country that owns the same noun in the sentences before: "the Venezuelan
    government ... the government", "Myanmar's military government ... the junta"."""
    kinds, back = _SAME_RULERS.get(token.lower_, ((), 0))
    for before in reversed(syntax.sentences_before(token, back)):
        if before.lower_ not in kinds:
            continue
        for child in before.children:
            if child.dep_ in ("amod", "compound", "poss") and child.i in mention_at and (
                    ids[mention_at[child.i].cluster] in countries):
                return ids[mention_at[child.i].cluster]
    return None


def resolve_place_descriptions(chunks, place_mentions, ids, countries) -> dict:
    """"The city's security chief" -> the city named last within twenty sentences (Aden,
    named "the city of Aden"), "the country" -> the country named most so far (not "the
    city of X": that names it); "the palace" -> the one palace named before."""
    refs = {}
    for chunk, doc, columns, candidates in _chunks_with_mentions(chunks, place_mentions):
        if not candidates:
            continue
        mention_at = {j: m for m in candidates for j in range(m.start, m.end)}
        for i, lower in enumerate(columns.lower):
            if lower in ("countries", "nations") and columns.pos[i] == "NOUN":
                # "the two countries", "both nations": the countries named last
                numbers = {c.lower_ for c in doc[i].children} & (set(_NUMBER_WORDS) | {"both"})
                count = max((_NUMBER_WORDS.get(w, 2) for w in numbers), default=0)
                chosen: list[str] = []
                # (not the country of the one who urges them: "Malaysian Prime Minister Anwar
                # Ibrahim urged both countries"; "Malaysia offered to mediate between the two
                # countries")
                verb = doc[i].head.head if doc[i].dep_ == "pobj" else doc[i].head
                actor = {t.i for s in (syntax.grammatical_subjects(verb) if verb.pos_ in (
                    "VERB", "AUX") and doc[i].dep_ in ("dobj", "pobj") else ())
                    for t in s.subtree}  # (but "tensions between the two nations": no one's)
                for mention in reversed([m for m in candidates if m.end <= i and
                                         m.start not in actor]):
                    eid = ids[mention.cluster]
                    if eid in countries and eid not in chosen:
                        chosen.append(eid)
                if count and len(chosen) >= count:
                    refs[(chunk, i)] = tuple(sorted(chosen[:count]))
                continue
            if lower in BUILDING_HEADS and columns.pos[i] == "NOUN" and [
                    c.lower_ for c in doc[i].children] == ["the"]:
                # "chief executive of the palace": the one site of that kind named before
                sites = {ids[m.cluster] for m in candidates if m.end <= i
                         and doc[m.end - 1].lower_ == lower
                         and columns.sent[i] - columns.sent[m.start] <= 20}
                if len(sites) == 1:
                    refs[(chunk, i)] = tuple(sites)
                continue
            wants_country = _PLACE_DESCRIPTIONS.get(lower)
            if wants_country is None or columns.pos[i] != "NOUN":
                continue
            token = doc[i]
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
                continue  # "the capital, Sanaa": named right there
            if not any(c.lower_ == "the" for c in token.children) or any(
                    c.dep_ in ("prep", "compound", "amod", "poss") and c.lower_ != "'s"
                    for c in token.children if c.lower_ not in ("the", "capital") and not (
                        lower == "government" and c.lower_ in ("central", "federal", "national",
                                                               "new", "incoming") or
                        lower == "junta" and c.lower_ in ("military", "ruling"))):
                # ("the capital city" is still the city)
                continue
            here = columns.sent[i]
            before = [m for m in candidates if m.end <= i]
            owner = _owner_of_same(token, mention_at, ids, countries)
            if owner is not None:
                refs[(chunk, i)] = (owner,)  # ("The Venezuelan government closed the
                continue  # border. The United States condemned the government")
            if lower == "junta":
                continue  # (only a country named as the junta's before: "China, the junta's
                # supplier" in a text that says whose junta nowhere)
            if wants_country:
                # the country the text has named most so far (the latest on a tie):
                # "the country's chess federation" in an article about Iran that names Israel
                # (not those that act on it: "India and China congratulated the new
                # government")
                verb = token.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subjects = syntax.grammatical_subjects(verb) if token.dep_ in (
                    "dobj", "pobj") and verb.pos_ in ("VERB", "AUX") else []
                actor = {t.i for s in subjects for c in syntax.with_conjuncts(s)
                         for t in (c, *c.children) if t is c or t.dep_ in (
                             "compound", "amod", "poss", "nmod")} - {t.i for t in token.subtree}
                count: dict[str, int] = defaultdict(int)
                latest: dict[str, int] = {}
                for mention in before:
                    if mention.start in actor:
                        continue
                    eid = ids[mention.cluster]
                    if eid in countries and (lower != "kingdom" or eid in _KINGDOMS):
                        count[eid] += 1
                        latest[eid] = mention.start
                if count:
                    refs[(chunk, i)] = (max(count, key=lambda e: (count[e], latest[e])),)
                continue
            nouns, endings = (_REGION_NOUNS, _REGION_NOUNS) if lower in ("region", "province") \
                else (_CITY_NOUNS, {"city"})
            for mention in reversed(before):
                if here - columns.sent[mention.start] > 20:
                    break
                if any(_called_a(nouns, endings, doc, m) for m in before
                       if m.cluster == mention.cluster):
                    refs[(chunk, i)] = (ids[mention.cluster],)
                    break
    return refs
