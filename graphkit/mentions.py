"""Mentions: where a document names a person, organisation or place.

spaCy's entities, trimmed of "the", titles and possessives, typed with the
place/organisation tables and filtered for noise; plus names spaCy missed
that a table or a title announces ("Kyiv", "Queen Elizabeth II").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from . import syntax
from .nlp import token_columns
from .references import LEGAL_SUFFIXES, QUOTE_MARKS
from .rulebook import Rulebook, entity_id, normalize_name


KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


ALIAS_ONLY_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}


_LABEL_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


_MONEY = re.compile(r"[A-Z]{3}\d[\d.,]*")
_DATE_LIKE = re.compile(r"^(\d[\d\s,./:-]*|\d+(st|nd|rd|th)( centur(y|ies))?|\d{4}s?)$")
# "Best Actor", "Best New Artist": an award's category, no organisation.
_AWARD_CATEGORIES = {"actor", "actress", "director", "picture", "film", "album", "song", "artist",
                     "new", "supporting", "original", "documentary", "foreign", "animated",
                     "player", "screenplay", "cinematography", "musical", "comedy", "drama"}
# "Central European Time", "Eastern Time": a time zone.
_ZONE_WORDS = {"standard", "daylight", "mean", "european", "eastern", "central", "pacific",
               "mountain", "atlantic", "summer", "universal", "coordinated"}


@dataclass
class RawMention:
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
    org_cue: bool = False  # names a group: "the Jamaah Ansharut Daulah network"
    described_org: bool = False  # "UpGuard, a cybersecurity firm"
    kin_described: bool = False  # "her mother, Gloria Morgan Vanderbilt"
    gender_cue: str = ""  # "m"/"f" from a noun beside the name: "his widow, Pam Shriver"
    embedded: bool = False  # named in an apposition or a list: "His parents, X and Y"
    short_form: str = ""  # the abbreviation defined after it: "(IRGC)", "(JWs)"


_TRAILING_FUNCTION_WORDS = {"of", "as", "and", "for", "the", "in", "at", "to", "by", "with", "on"}


_QUANTIFIERS = {"multiple", "several", "many", "some", "most", "numerous", "various", "other",
                "few", "all", "both", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "dozens", "hundreds", "thousands"}


def _edited_name(span) -> bool:
    """Words of a name with an editor's closing bracket between two of them, which opened
    before the name: "Narendra] Modi" of "[Prime Minister Narendra] Modi", "Bashir al]
    Assad"."""
    closes = [i for i, t in enumerate(span) if t.text == "]"]
    if len(closes) != 1 or not 0 < closes[0] < len(span) - 1 or not span[closes[0]].whitespace_:
        return False
    doc, first = span[0].doc, span[0].i
    opened = any(t.text == "[" for t in doc[max(first - 5, 0):first])
    return opened and all((t.text[:1].isupper() or t.lower_ in NAME_PARTICLES) and
                          t.text.replace(".", "").isalpha()
                          for i, t in enumerate(span) if i != closes[0])


def _particle_surnames(doc, ents: list, book: Rulebook) -> list:
    """"Ursula von der" + "Leyen": a person's name that ends in, or stops before, the
    particles of a surname runs on over them to the capitalised word they open (a span
    the model gave that word goes); the name opens with a given name of the tables
    (not "Si el Senado", Spanish tagged a person)."""
    out = []
    swallowed = set()
    for start, end, label in ents:
        if (start, end) in swallowed:
            continue
        if label == "PERSON":
            stop = end
            while stop < len(doc) and doc[stop].lower_ in NAME_PARTICLES and \
                    doc[stop].text.islower() and stop - end < 2:
                stop += 1
            first_particle = end
            while first_particle > start + 1 and doc[first_particle - 1].lower_ in \
                    NAME_PARTICLES and doc[first_particle - 1].text.islower():
                first_particle -= 1
            hyphened = stop == end + 1 and stop + 1 < len(doc) and doc[stop].text == "-" and \
                not doc[stop - 1].whitespace_ and not doc[stop].whitespace_
            if hyphened:  # "Abdel Fattah" + "el-Sisi": the particle joined by a hyphen
                stop += 1
            if first_particle < stop and stop < len(doc) and doc[stop].text.istitle() and \
                    doc[stop].text.replace("-", "").isalpha() and (
                        hyphened or normalize_name(doc[start].text) in book.first_names):
                other = next((e for e in ents if e[0] == stop), None)
                if other is None or other[1] - other[0] == 1:
                    if other is not None:
                        swallowed.add(other[:2])
                    end = stop + 1
        out.append((start, end, label))
    return [e for e in out if e[:2] not in swallowed]


def _edited_openings(doc, ents: list, book: Rulebook) -> list:
    """"[Alireza] Firouzja": the given name an editor put in brackets before a surname
    the model tagged alone (a person's, even when tagged an organisation) belongs to it."""
    out = []
    for start, end, label in ents:
        k = start - 1
        if (label == "PERSON" or label == "ORG" and end - start == 1) and k >= 2 and \
                doc[k].text == "]" and doc[k].whitespace_:
            first = k
            while first - 1 >= 0 and (doc[first - 1].text.istitle() or doc[
                    first - 1].lower_ in NAME_PARTICLES) and doc[first - 1].text.isalpha() \
                    and doc[first - 1].lower_ not in book.title_words and k - first < 3:
                first -= 1
            if first < k and first >= 1 and doc[first - 1].text == "[" and not any(
                    e[0] < k and e[1] > first for e in ents):
                start, label = first, "PERSON"
        out.append((start, end, label))
    return out


def _demonym_after(tokens, start: int, end: int, book: Rulebook) -> bool:
    return start < end and normalize_name(" ".join(t.text for t in tokens[start:end])) in (
        book.demonyms)


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def _place_at(doc, i: int, book: Rulebook) -> int:
    """The end of the longest place name of the tables written from token i on, else i."""
    texts = tuple(t.text for t in doc[i:i + 6])
    return i + max((len(words) for words, _ in book.place_surfaces.get(doc[i].text, ())
                    if texts[:len(words)] == words), default=0)


# Words that open a question or phrase before a name: "Regarding Ashodaya?".
_LEADING_PREPOSITIONS = {"regarding", "concerning", "including", "according", "despite",
                         "following", "amid", "unlike", "towards", "toward", "via", "per"}


def _strip_span(tokens, book: Rulebook, person_like: bool):
    """Drop leading determiners/titles and trailing possessives/punctuation."""
    titles = []
    start, end = 0, len(tokens)
    # "Will Red Hat ...": a sentence-initial modal or determiner is not part of a name.
    while start < end and (tokens[start].is_punct or tokens[start].tag_ == "MD"
                           or tokens[start].lower_ in ("the", "a", "an", "neither", "either")
                           or _YEAR.fullmatch(tokens[start].text) and start + 1 < end
                           and tokens[start + 1].text[:1].isupper()
                           or tokens[start].lower_ in _QUANTIFIERS and _demonym_after(
                               tokens, start + 1, end, book)
                           or _ORDINAL.fullmatch(tokens[start].text) and start + 1 < end
                           and _place_at(tokens[start].doc, tokens[start + 1].i, book) > (
                               tokens[start + 1].i)
                           or tokens[start].text.isalpha() and tokens[start].text.islower()
                           and tokens[start].lower_ not in NAME_PARTICLES and start + 1 < end
                           and tokens[start + 1].text[:1].isupper()
                           or tokens[start].lower_ in _LEADING_PREPOSITIONS and start + 1 < end
                           and tokens[start + 1].text[:1].isupper()):
        start += 1  # (and "Multiple Iranian" officials, "the national Constitution Party",
        # "Regarding Ashodaya?",
        # "Neither Dasbach", "the 2020 Democratic National Convention", "the 116th U.S.
        # Congress"; not "Three Gorges Dam", "the 501st Legion")
    if person_like and end - start > 1 and tokens[start].i and \
            tokens[start].nbor(-1).lower_ in ("on", "via") and \
            normalize_name(tokens[start].text) in book.organizations:
        start += 1  # "on Twitter" + "West accused his wife": the platform, then the name
    if person_like and not (tokens[end - 1].lower_ in book.org_words and end - start > 2):
        # (not "Saint Francis Hospital", tagged a person: an institution named after one)
        while end - start > 1:
            word = tokens[start].lower_.rstrip(".")
            if end - start == 2 and normalize_name(tokens[start + 1].text) in book.places and \
                    tokens[start].text[:1].isupper():
                break  # "Captain America", "Miss Universe": a title and a place, one name
            if word in book.title_words or word in book.title_modifiers:
                titles.append(word)
                start += 1
            elif (word in book.person_descriptors or word in book.shared_occupations) and \
                    end - start > 2:
                start += 1  # "Broadcaster Piers Morgan" opening a sentence
            else:
                break
    if not person_like:
        while end - start > 1 and tokens[end - 1].text.istitle() and \
                tokens[end - 1].lower_ in book.roles and tokens[end - 2].lower_ not in (
                    "of", "the") and _person_follows(tokens[end - 1], book):
            end -= 1  # "Coast Guard Commandant" (Admiral Elson Hermogino): a title
    while end - start > 1 and tokens[end - 1].text in ("Image", "Photo", "Picture") and \
            tokens[end - 1].i + 1 < len(tokens[end - 1].doc) and \
            tokens[end - 1].nbor().text == ":":
        end -= 1  # "Keisha Lance Bottoms Image: Afdahe.": a caption's credit after the name
    while end - start > 2 and tokens[end - 1].text.rstrip(".") in _POST_NOMINALS and \
            tokens[end - 2].text.istitle():
        end -= 1  # "Judge Durham Hall QC": letters after a name are no part of it
    for i in range(start, end):
        # "... Freedom (USCIRF": the parenthesis belongs to an acronym definition;
        # 'said on Twitter "Youtube-dl is ...': a quotation opens after the name
        if tokens[i].text in ("(", "[", "{") or i > start and tokens[i].text in ('"', "“") and \
                tokens[i].whitespace_ == "" and tokens[i - 1].whitespace_ and not any(
                    t.text in ('"', "”") for t in tokens[i + 1:end]):
            end = i  # (not 'Jeremy "Spike" Cohen': a nickname's quotes close inside)
            break
    for i in range(start + 1, end - 1):
        if tokens[i].lower_ == "of" and all(t.text[:1].islower() for t in tokens[i + 1:end]):
            end = i  # "Associated Press of bank (robberies)": the name ends before "of"
            break
        if tokens[i].lower_ in ("on", "in", "since") and tokens[i + 1].lower_ in _CALENDAR_WORDS:
            end = i  # "Reform National Convention on June 20": a date after the name
            break
    # "Patrice Talon of" (Benin), "Candace Windfall as" (Catwoman): a name never
    # ends in a lower-case function word.
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].lower_ in ("'s", "’s", "'")
                           or tokens[end - 1].text in _TRAILING_FUNCTION_WORDS
                           or SCORE.fullmatch(tokens[end - 1].text)  # "Caboolture 43–5"
                           or end - start > 2 and tokens[end - 1].like_num
                           and tokens[end - 2].text in ("-", "–", "—")):
        end -= 1  # (and "Labour Party - 203" seats in a results table: the number)
    # "Pacific island (nations)": a common noun after the name (not "Democratic party",
    # "Waterloo station", "the Marbel diocese": theirs)
    while end - start > 1 and tokens[end - 1].pos_ == "NOUN" and tokens[end - 1].text.isalpha() \
            and tokens[end - 1].text.islower() and tokens[end - 2].text[:1].isupper() and \
            tokens[end - 1].lower_ not in book.org_words and \
            tokens[end - 1].lower_ not in book.group_heads and \
            tokens[end - 1].lower_ not in _STREET_WORDS and tokens[end - 1].lower_ not in _SEE_HEADS:
        end -= 1
    for k in (2, 1):  # "the Associated Press news agency": a known name and what it is
        if end - start > k and all(t.text.isalpha() and t.text.islower() for t in
                                   tokens[end - k:end]) and normalize_name(" ".join(
                                       t.text for t in tokens[start:end - k])) in book.organizations:
            end -= k
            break
    return start, end, tuple(titles)


# Lower-case words that end the name of a street or station ("A'beckett street").
_STREET_WORDS = {"station", "street", "road", "avenue", "boulevard", "lane"}


# Words for people that may stand right before a name: "an attendee Om Prakash".
_PERSON_NOUNS = {"attendee", "resident", "participant", "villager", "protester", "protestor",
                 "worker", "farmer", "witness", "survivor", "spectator", "shopkeeper", "vendor",
                 "passenger", "patient", "victim", "volunteer", "neighbour", "neighbor"}


# A year before a name: "the 2020 Democratic National Convention".
_YEAR = re.compile(r"(1[89]|20)\d\d")


# A match's score written after a side's name: "Maroochydore defeated Caboolture 43–5".
SCORE = re.compile(r"\d+[–-]\d+")


# Letters after a person's name: honours, silks, degrees.
_POST_NOMINALS = {"QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Esq", "FRS"}


def _person_follows(token, book: Rulebook) -> bool:
    """A person's name, or a title before one, comes right after the token."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and (after.ent_type_ == "PERSON" and after.ent_iob_ == "B" or (
        after.lower_.rstrip(".") in book.title_words and after.text[:1].isupper()))


_FUNCTION_WORDS = {"of", "the", "and", "for", "to", "a", "an"}


def titles_before(doc, start: int, book: Rulebook) -> tuple[str, ...]:
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


# Heads of an event's name that are no one's surname ("the Baku Olympiad", tagged a person).
_NEVER_SURNAMES = {"olympiad", "olympiads", "olympics", "championship", "championships",
                   "summit", "tournament", "referendum", "election", "elections", "pandemic",
                   "epidemic", "festival", "marathon", "uprising", "revolution"}


def is_noise(key: str, tokens, book: Rulebook) -> bool:
    if not key or len(key) < 2 or not any(c.isalpha() for c in key):
        return True
    if key in book.noise or _DATE_LIKE.match(key):
        return True
    if len(tokens) == 1 and _MONEY.fullmatch(tokens[0].text):
        return True  # "USD910 thousand": a currency's code and an amount
    words = key.split()
    if (words[-1] in book.event_heads or " ".join(words[-2:]) in book.event_heads) \
            and not (tokens and tokens[0].ent_type_ == "PERSON" and len(words) <= 3 and
                     words[-1] not in _NEVER_SURNAMES) and not (
                len(words) >= 3 and words[-2] == "of" and words[-3] in book.org_words):
        return True  # (and "the Olympiad" alone; but "Doris Day", "Jude Law" are people,
        # "the John R. Lewis Voting Rights Act" no one, "Chapman University School of Law" a
        # school)
    if len(words) > 1 and all(w in _GENERIC_PLACE_WORDS or w in _ELECTORAL_WORDS for w in words) \
            and tokens and tokens[0].i and tokens[0].nbor(-1).ent_type_ in ("ORDINAL", "CARDINAL"):
        return True  # "Maryland's seventh Congressional District": a numbered seat, no name
    if len(words) > 1 and (words[0] == "best" and words[1] in _AWARD_CATEGORIES or
                           words[-1] == "time" and words[-2] in _ZONE_WORDS):
        return True  # "named Best Actor", "10 a.m. Central European Time"
    if len(words) > 1 and words[-1] == "day" and words[-2] in ("jr", "sr"):
        return True  # "Martin Luther King Jr. Day": a holiday named after a person
    if len(words) > 1 and words[-1] in book.thing_heads:
        return True
    if len(words) > 2 and words[0] in book.degree_words and words[1] == "of" and not (
            tokens and tokens[0].ent_type_ in ("PERSON", "WORK_OF_ART")):
        return True  # "Master of Business Affairs": a degree (not a book's title)
    if any(w in ("of", "for") and 0 < i < len(words) - 1 and words[i - 1] in book.event_heads
           for i, w in enumerate(words)) and not (tokens and tokens[0].ent_type_ == "PERSON"):
        return True  # "the Treaty of Rome", "the Public Service Vehicle Regulations for Buses"
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return True  # "E & W"
    if len(tokens) == 1 and tokens[0].tag_ == "NNS" and tokens[0].text[1:].islower() and (
            tokens[0].is_sent_start or tokens[0].dep_ != "conj"):
        return True  # "Reports said ...": a plural common noun opening a sentence (not
        # "Lanuza, and Cortes": a name listed)
    if len(words) == 1 and key.endswith("s") and key[:-1] in book.roles and not (
            tokens and tokens[0].ent_type_ in ("GPE", "LOC", "FAC")):
        return True  # "Representatives Eliot Engel, Adam Schiff ...": a plural title (not "Queens")
    if len(tokens) == 1 and tokens[0].tag_.startswith("VB") and tokens[0].text[1:].islower():
        return True  # '"Imagine just being able to ...': a verb opening a sentence
    if len(tokens) == 1 and tokens[0].tag_.startswith("VB") and tokens[0].text.isupper() and \
            len(key) >= 4 and tokens[0].lemma_.lower() != tokens[0].lower_:
        return True  # "it ABSTAINS from adjudicating": an inflected verb in capitals
    if len(tokens) == 1 and tokens[0].text.isupper() and len(key) >= 4 and tokens[0].is_stop:
        return True  # "We will get through this TOGETHER!": a word shouted in capitals
    if len(tokens) == 1 and tokens[0].tag_ == "JJ" and tokens[0].text[1:].islower() and (
            tokens[0].is_sent_start or tokens[0].i and tokens[0].nbor(-1).text in QUOTE_MARKS) \
            and key not in book.demonyms and key not in book.places and key not in book.parties:
        return True  # '"Heartbroken and numb," writes ...': an adjective opening a sentence
    tabled = key in book.demonyms or key in book.places or key in book.parties or \
        key in book.organizations
    if tokens and all(t.tag_ == "JJ" and t.dep_ == "amod" and t.text[1:].islower()
                      for t in tokens) and not tabled:
        return True  # "a Pentecostal church", "Female Magellanic penguins": adjectives
        # before a common noun
    if len(tokens) == 1 and tokens[0].text[1:].islower() and not tabled and \
            key not in book.org_words and _common_word_opening(tokens[0]):
        # '"Guardrails can only take so much"', with "the guardrail" said before (not
        # "Parliament is to remain out-of-session": the one institution so named)
        return True
    if len(tokens) == 1 and tokens[0].text[1:].islower() and tokens[0].is_alpha and \
            len(key) >= 7 and key.endswith(("ism", "isms", "ics", "phobia")) and not tabled:
        return True  # "Collectivism 1.0:", "industries such as Robotics", "Islamophobia": a
        # doctrine, a field of study or a prejudice, no actor
    if len(tokens) == 1 and tokens[0].tag_ == "RB" and tokens[0].text[1:].islower():
        # "Realistically, Melbourne ..." (not "EXMNA": an acronym)
        return True
    # "US" names a country; "us" is a pronoun.
    if key in book.pronouns and not (len(tokens) == 1 and tokens[0].text.isupper()):
        return True
    if all(word in book.title_words or word in book.title_modifiers for word in key.split()):
        return True
    # spaCy sometimes labels ordinary lower-case words; names are capitalised (or open
    # with a digit: "8chan", "4chan"; or capitalise a later letter: "eTranslate", "eBay").
    return not any(t.text[:1].isupper() or t.text[:1].isdigit() and t.text[1:2].isalpha()
                   or t.is_alpha and len(t.text) > 2 and any(c.isupper() for c in t.text[1:])
                   for t in tokens)


def _common_word_opening(token) -> bool:
    """A capitalised word opening a sentence or quotation that the same text writes
    in lower case elsewhere, and never capitalised inside a sentence: a common noun."""
    if not _opens(token):
        return False
    word = token.lower_
    cases = _word_cases(token.doc)
    forms = (word, word[:-1] if word.endswith("s") else word + "s")
    return any(cases.get(f, (False, False))[0] for f in forms) and \
        not any(cases.get(f, (False, False))[1] for f in forms)


def _opens(token) -> bool:
    return token.is_sent_start or token.i and token.nbor(-1).text in QUOTE_MARKS


def _word_cases(doc) -> dict:
    """Lower-cased word -> (seen in lower case, seen capitalised inside a sentence),
    worked out once a text."""
    cases = doc.user_data.get("graphkit_word_cases")
    if cases is None:
        cases = {}
        columns = token_columns(doc)
        texts, lowers, sents = columns.text, columns.lower, columns.sent
        for i, text in enumerate(texts):
            lower, capital = cases.get(lowers[i], (False, False))
            if text.islower():
                lower = True
            elif i and sents[i] == sents[i - 1] and texts[i - 1] not in QUOTE_MARKS:
                capital = True  # (inside a sentence, not opening a quotation)
            cases[lowers[i]] = (lower, capital)
        doc.user_data["graphkit_word_cases"] = cases
    return cases


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
        for form in ("state of ", "commonwealth of "):  # "the State of Virginia"
            if key.startswith(form) and key[len(form):] in book.places and \
                    entity_id(book.places[key[len(form):]]) in book.state_ids:
                return "PLACE", book.places[key[len(form):]]
        if key in book.demonyms:
            return "PLACE", book.demonyms[key]
        if key in book.parties:
            return "ORG", book.parties[key]
    else:
        # the model's "person" "Sinn Féin", "Hong Kongers" (not "Jordan": a one-word name)
        if key in book.parties and " " in key:
            return "ORG", book.parties[key]
        if len(key.split()) > 2 and key.split()[-1] in book.org_words:
            return "ORG", ""  # "Saint Louis University": named after a person, no person
        if key in book.demonyms and key.endswith("s") and " " in key:
            return "PLACE", book.demonyms[key]
        if key in book.places and " " not in key and key.endswith("s"):
            return "PLACE", book.places[key]  # "the Azores", "the Bahamas": no one's name
        if key in book.places and " " not in key and key not in book.country_given_names and \
                entity_id(book.places[key]) in book.country_ids:
            return "PLACE", book.places[key]  # "Malawi confirmed its first cases"
        if key in book.places and len(key.split()) >= 2:
            return "PLACE", book.places[key]  # "Buenos Aires Governor Axel Kicillof"
    if key in book.organizations:
        return "ORG", book.organizations[key]
    if key in book.places_as_org:
        return "ORG", ""
    words = key.split()
    if label in ("GPE", "LOC") and len(words) == 1 and any(c.isdigit() for c in key) and \
            any(c.isalpha() for c in key):
        return None  # "its H20 processor": a model number, no place
    if label == "FAC" and len(words) > 1 and words[-1] in book.org_words and \
            words[-1] not in ("airport", "church"):
        return "ORG", ""  # "the Great Orchestra of Christmas Charity" is no building
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


def _titled_name(tokens, book: Rulebook) -> bool:
    """"the Presidential Spokesperson Harry Roque" tagged as an organisation:
    title words, then what can only be a person's name."""
    i = 0
    while i < len(tokens) and tokens[i].lower_ in ("the", "a", "an"):
        i += 1
    j = i
    while j < len(tokens) and (tokens[j].lower_.rstrip(".") in book.title_words
                               or tokens[j].lower_ in book.title_modifiers):
        j += 1
    rest = [t.text for t in tokens[j:]]
    if j == i or not 1 <= len(rest) <= 3 or not any(
            tokens[k].lower_.rstrip(".") in book.title_words for k in range(i, j)):
        return False
    if any(not w[:1].isupper() or w.lower() in book.org_words or normalize_name(w) in book.places
           or w.lower() in book.demonyms for w in rest):
        return False
    return rest[0].lower() in book.first_names or len(rest) >= 2


def _split_located(tokens, label: str, book: Rulebook):
    """'Omsk in Siberia' tagged as one name -> [Omsk], [Siberia] (a place); not "the
    Nemmers Prize in Mathematics": an award's field.  'Trump on Africa' -> [Trump],
    [Africa] (a well-known name and a place)."""
    if label not in ("ORG", "GPE", "LOC"):
        return None
    for i, token in enumerate(tokens):
        if token.lower_ == "in" and 0 < i and (tokens[i - 1].lower_ in book.event_heads or
                                               tokens[i - 1].lower_ in book.thing_heads):
            return None
        if token.lower_ == "in" and 0 < i < len(tokens) - 1 and all(
                t.pos_ == "PROPN" or t.lower_ in ("and", "&") and 0 < k < i - 1 or
                t.lower_ == "the" and k == 0 for k, t in enumerate(tokens[:i])) and all(
                t.pos_ == "PROPN" for t in tokens[i + 1:]) and not (
                    i >= 2 and tokens[i - 2].lower_ == "autonomous" or all(
                        t.lower_ in _GENERIC_PLACE_WORDS for t in tokens[:i])):
            return [tokens[:i], tokens[i + 1:]]  # (not "Autonomous Region in Muslim Mindanao")
        if token.lower_ == "on" and 0 < i < len(tokens) - 1 and normalize_name(
                " ".join(t.text for t in tokens[:i])) in book.famous_names and normalize_name(
                " ".join(t.text for t in tokens[i + 1:])) in book.places:
            return [tokens[:i], tokens[i + 1:]]  # "a senior adviser to Trump on Africa"
    return None


# Words ending the name of a building rather than of the body that runs it ("Chamundi
# Temple"; not "church": "the Catholic Church" is a body).
_NAMED_BUILDINGS = {"temple", "mosque", "cathedral", "basilica", "shrine", "monastery",
                    "synagogue", "castle", "fortress", "bridge", "dam"}


# Buildings and sites: "X, a cathedral" is a place, whoever X is named after.
_BUILDING_NOUNS = {"church", "mosque", "cathedral", "temple", "monastery", "basilica", "shrine",
                   "synagogue", "palace", "castle", "fortress", "monument", "landmark", "bridge",
                   "tower", "dam", "skyscraper", "hotel", "motel", "hostel"}


# Bodies a region has: "the Kebbi state police", "the Borno state government".
_REGIONAL_BODIES = {"police", "government", "governor", "assembly", "legislature",
                    "capital", "command", "authorities", "officials", "emergency"}


def _place_cue(root, book: Rulebook, end: int | None = None) -> float:
    """How strongly the context says 'place': "the city of Omsk", "Omsk, a city in
    Siberia" (3), "Surigao del Sur, Philippines" (2: a known country or region after a
    comma), "in Omsk" (1.5)."""
    head = root.head
    doc = root.doc
    if end is not None and end + 2 < len(doc) and doc[end].text == "," and \
            normalize_name(doc[end + 1].text) in book.places and \
            doc[end + 1].ent_type_ == "GPE" and (doc[end + 2].is_punct or
                                                 doc[end + 2].text.islower()):
        return 2.0  # (not "the group National Coalition for Men, U.S. District Judge ...")
    if end is not None and end + 1 < len(doc) and doc[end].text in ("-", "–") and \
            doc[end + 1].lower_ == "side" and not doc[end].whitespace_:
        return 2.0  # "trains from Hassan-side": the side of a line a town lies on
    if root.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and (
            head.head.lemma_.lower() in book.place_roles
            or head.head.lemma_.lower() in _OF_A_PLACE):
        return 3.0  # (and "the mayor of Yartsevo", "the outskirts of Kabul")
    if end is not None and end + 3 < len(doc) and doc[end].lower_ == "in" and (
            doc[end + 1].lower_ == "the" and doc[end + 2].lemma_.lower() in book.place_roles
            and doc[end + 3].lower_ == "of"):
        return 3.0  # "Makilala in the province of North Cotabato"
    if root.dep_ == "appos" and root.head.lemma_.lower() in book.place_roles:
        return 3.0
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in book.place_roles
           for c in root.children):
        return 3.0
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _BUILDING_NOUNS
           for c in root.children):
        return 8.0  # "Hagia Sophia, formerly a Greek Orthodox church": a building, said once
    if any(item.dep_ in ("appos", "conj") and item.i > item.head.i + 1 and
           doc[item.i - 1].text == "," and item.head.tag_ == "NNS" and
           item.head.lemma_.lower() in _AREA_NOUNS | _PLACE_KINDS
           for item in (root, _list_head(root))):
        return 3.0  # "two residential areas, Docklands and Southbank"
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and (
            root.head.lower_ in book.place_heads or root.head.lower_ == "state" and
            root.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj")):
        return 3.0  # "the Amazon rainforest", "most of Rakhine state" (not "Iran state TV")
    if end is not None and end + 1 < len(doc) and doc[end].text in ("state", "province") and \
            doc[end + 1].pos_ == "NOUN" and doc[end + 1].text.islower() and \
            doc[end + 1].lower_ in _REGIONAL_BODIES:
        return 3.0  # "the Kebbi state police command": a region's own body
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in HOME_NOUNS and \
            root.head.text.islower():
        return 2.0  # "a 36-year-old Cheltenham man": where he is from
    if root.dep_ == "oprd" and head.lemma_ in ("call", "name", "know") and \
            head.head.lemma_.lower() in _AREA_NOUNS:
        return 3.0  # "a publicly accessible area called the Ellipse"
    if root.dep_ == "poss" and head.lemma_.lower() in _COUNTRY_POSSESSIONS and \
            normalize_name(root.text) in book.places:
        return 2.0  # "Niger's capital", "Niger's president": the country's (not "Jordan's")
    if root.dep_ == "attr" and head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _PLACE_KINDS for c in head.children):
        return 3.0  # "The nearest settlement to Area 51 is Rachel"
    if root.dep_ == "nsubjpass" and head.lemma_ in ("locate", "situate") and any(
            c.dep_ == "prep" and c.lower_ == "in" for c in head.children) and any(
            c.dep_ == "auxpass" for c in head.children):
        return 4.0  # "Groom is located in the state of Queensland"
    if _listed_with_places(root, book):
        return 2.0  # "appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau ..."
    first = _list_head(root)
    if first.dep_ == "pobj" and first.head.lower_ == "as" and any(
            c.lower_ == "such" for c in first.head.children) and \
            first.head.head.lemma_.lower() in _PLACE_KINDS:
        return 2.0  # "popular tourist attractions, such as Boracay and Coron"
    if first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "across", "throughout") \
            and root.dep_ in ("pobj", "conj") and \
            not _published_in(first.head):  # (not "published in Science Advances"; "in
        # Goma and Bukavu": each one listed)
        head = first.head
        if end is not None and end + 1 < len(doc) and doc[end].lower_ == "in" and any(
                t.ent_type_ in ("GPE", "LOC") for t in doc[end + 1:end + 7]):
            return 2.0  # "a base in Maidan Shahr in the centre of Afghanistan"
        if end is not None and end + 1 < len(doc) and doc[end].text == "," and \
                doc[end + 1].ent_type_ in ("GPE", "LOC") and doc[end + 1].ent_iob_ == "B":
            return 2.0  # "in Manay, Davao Oriental": a town, then its province
        return 1.5
    if root.dep_ == "pobj" and head.lower_ in ("from", "to") and _route_verb(head):
        return 1.5  # "it extends from Chamarajanagar", "goes up to Chikmagalur"
    if root.dep_ == "pobj" and head.lower_ in ("from", "to") and head.head.lower_ != "according":
        return 0.5
    return 0.0


# Verbs of moving or reaching from one place to another: "flew to", "extends from".
_ROUTE_VERBS = {"extend", "stretch", "travel", "fly", "drive", "relocate", "commute", "sail",
                "migrate", "flee", "evacuate"}


def _route_verb(prep) -> bool:
    """The preposition says where a route or a journey goes: "extends from", "flew to",
    "goes up to" (not "the prize went to": a person may receive it)."""
    head = prep.head
    if head.lower_ in ("up", "down") and head.dep_ in ("prt", "prep", "advmod"):
        head, particle = head.head, True
    else:
        particle = any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in head.children)
    if head.pos_ != "VERB":
        return False
    if head.lemma_ in _ROUTE_VERBS:
        return True
    verb = head.head if head.dep_ == "conj" else head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "the line goes up to Chikmagalur" (not "he went up to Smith": a person may be met)
    return particle and head.lemma_ in ("go", "run") and len(subjects) == 1 and (
        subjects[0].lower_ in ("it", "which", "that") or subjects[0].pos_ == "NOUN")


def _list_head(token):
    """The first item of the list ``token`` is in (itself when it is in none)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _listed_with_places(root, book: Rulebook) -> bool:
    """A name listed with two or more others, half or more of them places the model tagged
    (at least two), or after "from", "in", "to" ... with the first a place the model tagged
    and none a given name: "appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau
    Ffestiniog"."""
    first = _list_head(root)
    members = [first, *first.conjuncts]
    if len(members) < 3 or root not in members:
        return False
    tagged = sum(m is not root and m.ent_type_ in ("GPE", "LOC") for m in members)
    if tagged >= 2 and 2 * tagged >= len(members) - 1:
        return True  # "the towns damaged were Carrascal, Cantilan, Madrid, Carmen, Lanuza"
    return root is not first and first.dep_ == "pobj" and \
        first.head.lower_ in _PLACE_LIST_PREPOSITIONS and \
        first.ent_type_ in ("GPE", "LOC") and not any(
            normalize_name(m.left_edge.text) in book.first_names for m in members)


# Nouns for kinds of places a "such as" list names ("tourist attractions, such as Boracay")
# or a name is said to be ("The nearest settlement to Area 51 is Rachel").
_PLACE_KINDS = {"attraction", "destination", "resort", "island", "town", "city", "village",
                "spot", "region", "country", "province", "state", "place", "landmark", "port",
                "settlement", "hamlet", "suburb"}

_PLACE_LIST_PREPOSITIONS = {"from", "in", "to", "across", "near", "throughout", "between"}


# Roles on a team: "Maroochydore captain Sam Marshall" names a club, whatever the town.
_TEAM_ROLES = {"coach", "captain", "skipper", "goalkeeper", "striker", "midfielder",
               "defender", "quarterback", "fullback", "winger"}
# The same written after a club's name and before a player's: "Caloundra half back
# Jarrod Kidston", "Maroochydore assistant coach Ben Radmall".
_TEAM_ROLE_PHRASES = {(w,) for w in _TEAM_ROLES} | {
    ("half", "back"), ("halfback",), ("five", "eighth"), ("fly", "-", "half"),
    ("scrum", "-", "half"), ("full", "back")}
_TEAM_ROLE_MODIFIERS = {"assistant", "head", "interim", "caretaker", "club", "team", "vice"}


_TEAM_ROLE_OPENINGS = {phrase[0] for phrase in _TEAM_ROLE_PHRASES} | _TEAM_ROLE_MODIFIERS


def _team_role_follows(doc, end: int) -> bool:
    """A club's role and then a capitalised name right after the tokens before ``end``."""
    if end >= len(doc) or doc[end].lower_ not in _TEAM_ROLE_OPENINGS:
        return False  # (the common case, decided on one word)
    i = end + (doc[end].lower_ in _TEAM_ROLE_MODIFIERS)
    for phrase in _TEAM_ROLE_PHRASES:
        stop = i + len(phrase)
        if stop < len(doc) and tuple(t.lower_ for t in doc[i:stop]) == phrase and \
                doc[stop].pos_ == "PROPN" and doc[stop].text.istitle():
            return True
    return False


# Words for public bodies an apposition may call a name: "Met Éireann, the national
# meteorological service".
_BODY_NOUNS = {"service", "agency", "office", "authority", "body", "institute", "regulator",
               "watchdog", "ministry", "department"}


def _named_by_descriptor(root) -> bool:
    """The name is, or is listed with, one set in apposition to a plural word for bodies:
    "Australian store chains Woolworths and Coles"."""
    first = _list_head(root)
    return first.dep_ == "appos" and first.head.tag_ == "NNS" and \
        first.head.lemma_ in ORG_DESCRIPTORS and first.head.text.islower()


def _called_by_descriptor(root) -> bool:
    """"a firm called eTranslate", "a company named Zorin Industries": a body's name."""
    head = root.head
    return root.dep_ in ("oprd", "attr") and head.lemma_ in ("call", "name") and \
        head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.text.islower() and \
        head.head.lemma_ in ORG_DESCRIPTORS and head.head.lemma_ not in _WORK_DESCRIPTORS


def _described_as_org(doc, k: int) -> bool:
    """doc[k] is a lower-case word for a body ("organization", "charity"; not a band's or
    a channel's: those name works too)."""
    return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].text.islower() and \
        doc[k].lemma_ in ORG_DESCRIPTORS and doc[k].lemma_ not in _WORK_DESCRIPTORS


# Words for a body that name a work or a place too: "a site called Pech-de-l'Azé I".
_WORK_DESCRIPTORS = {"band", "supergroup", "channel", "site", "website"}


# Nouns that only a place comes "of": "the mayor of Yartsevo", "residents of Antioch".
_OF_A_PLACE = {"mayor", "outskirts", "suburb", "suburbs", "resident",
               "inhabitant", "townspeople", "streets", "north", "south", "east", "west",
               "northeast", "northwest", "southeast", "southwest"}  # ("9 km east of Carrascal")


# Nouns for a person that a place before them says where they are from: "Ohio man X",
# "a 36-year-old Cheltenham man".
HOME_NOUNS = {"man", "woman", "boy", "girl", "teenager", "teen", "resident", "residents",
              "native", "mother", "father", "grandmother", "grandfather", "couple", "family"}


# Nouns for a stretch of ground that a name is given to: "an area called the Ellipse".
_AREA_NOUNS = {"area", "park", "square", "place", "region", "zone", "neighbourhood",
               "neighborhood", "district", "village", "town", "island", "field", "site"}


# What a country has that a person does not: "Niger's capital", "Niger's president".
_COUNTRY_POSSESSIONS = {"capital", "government", "parliament", "army", "military", "economy",
                        "border", "borders", "territory", "embassy", "president", "constitution",
                        "citizens", "population", "navy", "airspace", "coast", "prime"}


# Places whose name takes a capital "The" anywhere in a sentence.
_PLACES_WITH_THE = {"hague", "gambia", "bahamas"}


def _titled_with_the(doc, first: int) -> bool:
    return first >= 2 and doc[first - 1].text == "The" and not doc[first - 1].is_sent_start \
        and not doc[first - 2].is_punct and not doc[first - 2].is_space


def _says_he(root) -> bool:
    """"Trump said he would ...": the subject of a clause reported with he/she
    (not "NPR reported he ...": an acronym is an organisation)."""
    if root.dep_ != "nsubj" or (root.text.isupper() and len(root.text) > 1):
        return False
    for clause in root.head.children:
        if clause.dep_ in ("ccomp", "xcomp", "conj"):
            if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children):
                return True
    return False


# Verbs whose passive subject is a person: "Halligan had been unlawfully appointed".
_PERSON_PASSIVES = {"appoint", "nominate", "elect", "re-elect", "reelect", "bear", "swear",
                    "marry", "hospitalize", "hospitalise", "kidnap", "knight"}


def _appointed(root) -> bool:
    """A one-word name that was appointed, elected, born, sworn in or married."""
    return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in _PERSON_PASSIVES and \
        not root.text.isupper()


def _quote_speaker(root) -> bool:
    """"'...', Saree said": a one-word name saying a quotation it follows is a
    person's (not "Reuters said": that is in the tables; not "NATO said": an acronym)."""
    if root.dep_ != "nsubj" or root.head.lemma_ not in ("say", "add", "tell") or \
            root.text.isupper() or root.n_lefts:
        return False
    sent_start = root.sent.start
    return any(t.text in QUOTE_MARKS for t in root.doc[max(sent_start, root.i - 3):root.i])


def _split_listed(tokens, label: str, book: Rulebook):
    """"Fort Peck, Blackfeet Nation" tagged as one name -> two names (not "Google,
    Inc.": a company suffix belongs to the name); a place only where the part after
    the comma is a known place or an organisation ("Auckland, New Zealand"; not
    "Washington, D.C.", a name of its own)."""
    for i, token in enumerate(tokens[1:-1], 1):
        if label == "ORG" and (token.is_space or token.lower_ in ("and", "&") and
                               tokens[i + 1].text == "The"):
            # "the Democratic National Convention  Republicans" (two spaces), "The
            # Progressive and The New York Times": two names the model ran together
            return [tokens[:i], tokens[i + 1:]]
    if label not in ("ORG", "GPE", "LOC"):
        return None
    if label != "ORG" and normalize_name(" ".join(t.text for t in tokens)) in book.places:
        return None
    for i, token in enumerate(tokens):
        if token.text == "," and 0 < i < len(tokens) - 1 and tokens[i + 1].text[:1].isupper() \
                and tokens[i + 1].lower_.rstrip(".") not in LEGAL_SUFFIXES and \
                tokens[i - 1].pos_ == "PROPN" and tokens[i + 1].pos_ == "PROPN" and not any(
                    t.lower_ in ("and", "&") for t in tokens[i + 1:]):
            # not "United Nations Educational, Scientific and Cultural Organization"
            if label == "ORG" and _state_university(tokens[:i], book):
                return None  # "University of California, San Diego": one campus
            right = normalize_name(" ".join(t.text for t in tokens[i + 1:]))
            if label != "ORG" and right not in book.places and not any(
                    w in book.org_words for w in right.split()):
                return None
            return [tokens[:i], tokens[i + 1:]]
    return None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CALENDAR_WORDS = _WEEKDAYS | {"january", "february", "march", "april", "may", "june", "july",
                               "august", "september", "october", "november", "december"}


def _common_noun_opening(doc, span, key: str, book: Rulebook) -> bool:
    """One capitalised word opening a sentence that the text also writes in lower case
    as a common noun ("Protestor ..." and "protestors") is no name."""
    if len(span) != 1 or not span[0].is_sent_start or key in book.first_names or \
            key in book.places or key in book.organizations or key in book.demonyms or \
            key in book.org_words:  # ("Parliament ...": the institution)
        return False
    forms = {key, key + "s", key + "es", key[:-1] if key.endswith("s") else key}
    if len(key) >= 9 and key.endswith(_ABSTRACT_ENDINGS) and \
            span[0].dep_ in ("nsubj", "nsubjpass") and \
            token_columns(doc).text.count(span[0].text) == 1:
        return True  # "Attendance was underwhelming": an abstract noun, written once
    return not forms.isdisjoint(lower_nouns(doc))


# Endings of abstract nouns, no one's name: "Attendance", "Enforcement", "Legislation".
_ABSTRACT_ENDINGS = ("ance", "ence", "ment", "tion", "sion", "ness")


def _modifier_opening(doc, span, key: str, book: Rulebook) -> bool:
    """One capitalised word opening a sentence as the modifier of the lower-case noun
    after it, and written nowhere else, is no person ("Twin bombings struck ...")."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or key in book.first_names or \
            token.dep_ not in ("amod", "compound", "nmod") or token.head.i != token.i + 1:
        return False
    head = token.head
    return head.pos_ == "NOUN" and head.text.islower() and \
        token_columns(doc).text.count(token.text) == 1


def lower_nouns(doc) -> frozenset[str]:
    """The common nouns a document writes in lower case (worked out once per document)."""
    cached = doc.user_data.get("graphkit_lower_nouns")
    if cached is None:
        columns = token_columns(doc)
        cached = frozenset(lower for lower, text, pos in zip(columns.lower, columns.text,
                                                               columns.pos)
                           if pos == "NOUN" and text.islower())
        doc.user_data["graphkit_lower_nouns"] = cached
    return cached


def _day_name(doc, span, label: str, book: Rulebook) -> bool:
    """"Super" of "Super Tuesday": one unknown word that the text only ever writes
    before a weekday (not "attacked Syria Tuesday", "met Putin Tuesday")."""
    if len(span) != 1 or label == "PERSON" or span[0].i + 1 >= len(doc) or \
            doc[span[0].i + 1].lower_ not in _WEEKDAYS:
        return False
    key = normalize_name(span[0].text)
    if key in book.places or key in book.demonyms or key in book.organizations:
        return False
    return all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _WEEKDAYS
               for t in doc if t.text == span[0].text)


_EVENT_NOUNS = {"massacre", "massacres", "genocide", "pogrom", "killings", "uprising", "rebellion",
                "riots", "insurgency"}


def _people_or_event(doc, span, key: str, label: str, book: Rulebook) -> bool:
    """"ethnic Ndebele": a people, not a person or a country; "the Gukurahundi
    massacres": one word the model calls a person naming an event (not "the
    Srebrenica massacre": a place)."""
    first, last = span[0], span[-1]
    if first.i and doc[first.i - 1].lower_ == "ethnic" and key not in book.demonyms:
        return True
    return label == "PERSON" and len(span) == 1 and last.dep_ == "compound" and \
        last.head.i == last.i + 1 and last.head.lower_ in _EVENT_NOUNS


def _described_as_person(doc, first: int, book: Rulebook) -> bool:
    """"porn actress Stormy Daniels", "tennis player Nikoloz Basilashvili": a word
    for a person right before a name; "40-year-old Skandaraj Navaratnam": an age."""
    if first and doc[max(0, first - 5):first].text.replace(" ", "").endswith("year-old"):
        # (not "a 36-year-old Cheltenham man": the name modifies the person noun)
        end = first
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        return end >= len(doc) or not (doc[end].text.islower() and doc[end].pos_ == "NOUN")
    words = [t for t in doc[max(0, first - 2):first]]
    if not words or not words[-1].text.islower() or words[-1].pos_ != "NOUN":
        return False
    last = words[-1].lower_
    if len(words) == 2 and words[0].lower_ in ("his", "her") and last in _PERSONAL_COUNTERPARTS:
        return True  # "his rival Rixi Moncada" (not "its rival Airbus")
    return last in book.person_descriptors or (
        len(words) == 2 and f"{words[0].lower_} {last}" in book.person_descriptors)


# Who someone's counterpart is: "her opponent X" is a person as she is.
_PERSONAL_COUNTERPARTS = {"rival", "opponent", "challenger", "predecessor", "successor",
                          "deputy", "successors", "rivals", "opponents"}


_SAYING = {"say", "tell", "add", "note", "explain", "point", "stress", "argue", "insist"}


def _unknown_speaker(root, key: str, book: Rulebook) -> bool:
    """"Maróth said", "Maróth noted": a one-word name no table knows, the model called a
    place, saying something, is a person's (not "Russia said", "NATO said")."""
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SAYING and \
        not root.text.isupper() and key not in book.places and key not in book.organizations \
        and key not in book.demonyms and key not in book.parties


# Roles a company or state holds as often as a person: "its Chinese owner, Wingtech".
_HELD_BY_BODIES = {"owner", "co-owner", "buyer", "operator", "partner", "ally", "sponsor",
                   "supplier", "founder", "investor", "shareholder"}


def _role_in_apposition(root, book: Rulebook) -> bool:
    """"Gáspár Maróth, the Hungarian Government commissioner", "His spokesman, Bayo
    Onanuga": a person's role in apposition, after the name or before it."""
    def personal(role) -> bool:
        return role.pos_ == "NOUN" and role.lemma_.lower() in book.roles and \
            role.lemma_.lower() not in book.org_roles and (
                role.dep_ == "appos" or role.lemma_.lower() not in _HELD_BY_BODIES)
    return any(c.dep_ == "appos" and personal(c) for c in root.children) or (
        root.dep_ == "appos" and root.head.i < root.i and root.head.tag_ == "NN" and
        root.left_edge.i > 0 and root.doc[root.left_edge.i - 1].text == "," and
        personal(root.head))  # (not "researchers from X and Y, both in ...")


def _role_follows_name(doc, i: int, book: Rulebook) -> bool:
    """Two or three untagged capitalised words, then a comma and a person's role in
    apposition: "Jasim Uddin, a spokesperson for the fire service, said"."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and \
            doc[end].text.istitle() and not doc[end].ent_type_:
        end += 1
    return 2 <= end - i and end < len(doc) and doc[end].text == "," and \
        (i == 0 or not doc[i - 1].text[:1].isupper()) and \
        _role_in_apposition(doc[end - 1], book)


def _kin_in_apposition(root, book: Rulebook) -> bool:
    """"his wife, Amanda", "children Brodie and Nolan": a name after a kin noun is a
    person's."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "appos" and root.head.lemma_.lower() in book.kin_roles


def _national_owner(doc, first: int, book: Rulebook) -> str:
    """The nationality or country written right before a name ("Russian", "Russia's"),
    else ""."""
    if first and normalize_name(doc[first - 1].text) in book.demonyms:
        return doc[first - 1].text
    if first >= 2 and doc[first - 1].text in ("'s", "’s") and \
            normalize_name(doc[first - 2].text) in book.places:
        return f"{doc[first - 2].text}'s"
    return ""


_FEMALE_NOUNS = {"widow", "wife", "mother", "daughter", "sister", "grandmother", "granddaughter",
                 "aunt", "niece", "girlfriend", "fiancee", "actress", "businesswoman",
                 "chairwoman", "spokeswoman", "congresswoman", "councilwoman", "sportswoman",
                 "heiress", "woman", "girl", "mom", "stepmother", "stepdaughter", "queen",
                 "princess", "duchess", "empress", "baroness", "countess", "nun"}
_MALE_NOUNS = {"widower", "husband", "father", "son", "brother", "grandfather", "grandson",
               "uncle", "nephew", "boyfriend", "fiance", "businessman", "chairman", "spokesman",
               "congressman", "councilman", "sportsman", "man", "boy", "dad", "stepfather",
               "stepson", "king", "prince", "duke", "emperor", "baron", "monk"}


def _gender_in_apposition(root) -> str:
    """"his widow, former tennis player Pam Shriver", "Pam Shriver, his widow": the
    gender a noun in apposition with the name gives it, else ""."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    node = root
    for _ in range(2):
        if node.dep_ != "appos":
            break
        node = node.head
        nouns.append(node)
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NOUN" and lemma in _FEMALE_NOUNS:
            return "f"
        if noun.pos_ == "NOUN" and lemma in _MALE_NOUNS:
            return "m"
    return ""


def _listed_with_person(root, key: str, book: Rulebook) -> bool:
    """"take this fight to Trump and Mike Pence": a lone word the model tagged an
    organisation, listed with a given name and surname, names a person too (not a body
    of the tables)."""
    if key in book.organizations or key in book.places or key in book.demonyms:
        return False
    doc = root.doc
    return any(t.ent_type_ == "PERSON" and t.ent_iob_ != "B" and t.i > 0 and
               doc[t.i - 1].ent_iob_ == "B" and doc[t.i - 1].ent_type_ == "PERSON" and
               normalize_name(doc[t.i - 1].text) in book.first_names for t in root.conjuncts)


def _listed_among_people(root, span, key: str, book: Rulebook) -> bool:
    """"former presidents Alejandro Toledo, Ollanta Humala and Pedro Castillo": a name of
    two or three words the model tagged an organisation, in a list of people's names
    under a plural title or of at least two others all tagged people, names a person."""
    if not 2 <= len(span) <= 3 or key in book.organizations or any(
            w in book.org_words for w in key.split()):
        return False
    listed = root.conjuncts
    if not listed:
        return False
    first = min((root, *listed), key=lambda t: t.i)
    if any(c.dep_ in ("compound", "amod", "nmod") and c.tag_ == "NNS" and
           c.lemma_.lower() in book.roles for c in first.children):
        return True
    return len(listed) >= 2 and all(
        t.ent_type_ == "PERSON" and t.i > 0 and t.doc[t.i - 1].ent_type_ == "PERSON"
        for t in listed)


def _followed_by_who(doc, end: int, root) -> bool:
    """"Viktar Babaryka, who was arrested": a name followed by "who" is a person (not
    "Alexander Gagay of Yekaterinburg, who took third place": the clause is the name's
    the "of" hangs on)."""
    if not (end + 1 < len(doc) and doc[end].text == "," and
            doc[end + 1].lower_ in ("who", "whom")):
        return False
    clause = doc[end + 1].head
    return not (root.dep_ == "pobj" and root.head.lower_ == "of" and clause.dep_ == "relcl"
                and clause.head.i == root.head.head.i)


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
    """'Associates of Navalny', 'the Economy of Turkey' tagged as a name: the name is
    the known part after 'of'."""
    lead = 1 if tokens and tokens[0].lower_ == "the" else 0
    if normalize_name(" ".join(t.text for t in tokens[lead:])) in book.organizations:
        return tokens  # "Voice of America": a name of its own
    if len(tokens) >= 3 + lead and tokens[lead + 1].lower_ == "of" and \
            tokens[lead].lower_ not in book.first_names:
        rest = tokens[lead + 2:]
        key = normalize_name(" ".join(t.text for t in rest))
        head = tokens[lead].lower_
        if head in book.attribute_nouns and key in book.places:
            return rest  # "the Economy of Turkey": Turkey
        if (head in book.title_words or head in book.honorifics) and len(rest) <= 3 and all(
                t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
            return rest  # "the Archbishop of Gdańsk": the place (the title is read as a role)
        if not lead and key in known and head not in book.org_words:
            return rest  # (not "University of Florida" when "Florida" is named too)
    return tokens


_JOINERS = {"for", "of", "the"}
NAME_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "del", "della", "dela", "van", "von", "der",
                   "la", "le", "di", "du", "dos", "das"}
_ACRONYM_GLUE = {"of", "and", "for", "the", ",", "-", "&", "on", "in"}


def _acronym_spans(doc) -> list[tuple[int, int]]:
    """"United Nations Educational, Scientific and Cultural Organization (UNESCO)":
    the words before a parenthetical acronym whose initials spell it."""
    spans = []
    texts = token_columns(doc).text
    for i in range(2, len(texts) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or not (
                texts[i + 1].isupper() and texts[i + 1].isalpha() and 2 <= len(texts[i + 1]) <= 8):
            continue
        inner = doc[i + 1]
        letters, start = "", i
        for j in range(i - 1, max(i - 16, -1), -1):
            word = doc[j]
            if word.lower_ in _ACRONYM_GLUE or word.is_punct:
                continue
            if not word.text[:1].isupper():
                break
            letters = word.text[0] + letters
            start = j
            if letters == inner.text:
                spans.append((start, i))
                break
            if not inner.text.endswith(letters):
                break
    return spans


def _institution(words, book: Rulebook) -> bool:
    """Capitalised words headed by an institution word, last before a preposition
    ("Committee on Ways and Means", "House of Representatives", "Cooperative Institute
    for Research in Environmental Sciences") or last ("Senate Intelligence Committee"),
    or opened by a university system's short name ("CU Boulder")."""
    if len(words) < 1 or not all(w[:1].isupper() or w in ("of", "on", "for", "in", "and", "the")
                                 for w in words):
        return False
    lower = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lower) if w in ("of", "on", "for") and 0 < i < len(lower) - 1),
               len(lower))
    return lower[cut - 1] in book.org_words or (
        len(lower) == 2 and lower[0] in book.leading_org_words and words[0].isupper())


# Words after a demonym that leave only the country: "the Zimbabwean State".
_THE_COUNTRY = {"state", "government", "nation", "people", "authorities", "regime"}


# Words that end the name of a country's region: "Tyumen Oblast", "Kyoto Prefecture".
_REGION_ENDINGS = {"Oblast", "Krai", "Governorate", "Prefecture", "Voivodeship", "Okrug",
                   "Province"}
# Words that end the name of a natural feature: "Jakarta Bay", "Hudson River".
_FEATURE_ENDINGS = {"Bay", "Harbour", "Harbor", "Gulf", "Strait", "River", "Island", "Islands",
                    "Peninsula", "Valley", "Sea", "Coast", "Delta", "Reef", "Glacier", "Desert"}


def _region_names(doc, ents: list, book: Rulebook) -> list:
    """A region's name the model left untagged, cut or called a body or a person: one or
    two capitalised words and a region ending ("the Governor of Tyumen Oblast"; not "the
    Tyumen Oblast Duma", a body, nor "Province of Quebec"); a natural feature's the model
    cut after the place it is named after ("in Jakarta" + "Bay")."""
    out = list(ents)
    for i in range(1, len(doc)):
        feature = doc[i].text in _FEATURE_ENDINGS
        if not (feature or doc[i].text in _REGION_ENDINGS) or (i + 1 < len(doc) and (
                doc[i + 1].lower_ == "of" or doc[i + 1].text[:1].isupper())):
            continue
        if feature and not any(e == i and lab in ("GPE", "LOC") for _, e, lab in out):
            continue
        start = i
        while start > max(i - 2, 0) and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].text.istitle() and doc[start - 1].is_alpha and \
                doc[start - 1].lower_ not in book.title_words:
            start -= 1
        if start < i:
            out = _replace_spans(out, start, i + 1, "GPE")
    return sorted(out)


def _replace_spans(ents: list, start: int, end: int, label: str) -> list:
    """``ents`` with (start, end, label) in place of the spans inside it, unchanged when a
    span crosses its edges (a longer name the words are part of)."""
    if any(s < start < e or s < end < e for s, e, _ in ents):
        return ents
    return [(s, e, lab) for s, e, lab in ents if not start <= s < e <= end] + [
        (start, end, label)]


# Kinds of place whose name follows "of": "the Russian city of Saratov".
_NAMED_PLACE_KINDS = {"city", "town", "village", "port", "province", "region", "district",
                      "oblast", "island", "enclave"}


def _class_noun_places(doc, ents: list) -> list:
    """"the Russian city of Saratov", "the town of Pokrovsk": up to three capitalised words
    the model left untagged after a kind of place and "of" are that place's name."""
    out = list(ents)
    tagged = {i for s, e, _ in ents for i in range(s, e)}
    for i in range(len(doc) - 2):
        if doc[i].text not in _NAMED_PLACE_KINDS or doc[i + 1].lower_ != "of":
            continue
        end = i + 2
        while end < len(doc) and end - i < 5 and doc[end].pos_ == "PROPN" and \
                doc[end].text.istitle() and doc[end].is_alpha and end not in tagged:
            end += 1
        if end > i + 2 and end - i < 5 and not (end < len(doc) and doc[end].text.istitle()):
            out = _replace_spans(out, i + 2, end, "GPE")
    return sorted(out)


def _glued_table_names(doc, ents: list, book: Rulebook) -> list:
    """"Jaish-e-Mohammed", of which the model tags "Jaish": a tagged word glued by hyphens
    to more words spells a body or place of the tables, which is the name."""
    out = list(ents)
    for start, end, _ in ents:
        first, last = start, end
        while first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].text != "'":
            first -= 1
        while last < len(doc) and not doc[last - 1].whitespace_ and (
                doc[last].is_alpha or doc[last].text == "-"):
            last += 1
        if (first, last) == (start, end) or "-" not in doc[first:last].text:
            continue
        key = normalize_name(doc[first:last].text)
        label = "ORG" if key in book.organizations else "GPE" if key in book.places else None
        if label is not None:
            out = _replace_spans(out, first, last, label)
    return sorted(out)


def _state_names(doc, ents: list) -> list:
    """"in Nigeria's Kebbi state": a capitalised word the model left untagged before a
    lower-case "state" or "province" it modifies names that region."""
    out = list(ents)
    tagged = {i for s, e, _ in ents for i in range(s, e)}
    for i in range(1, len(doc) - 1):
        word, kind = doc[i], doc[i + 1]
        if kind.text in ("state", "province") and word.pos_ == "PROPN" and \
                word.text.istitle() and word.is_alpha and i not in tagged and \
                word.dep_ == "compound" and word.head.i == kind.i and \
                not doc[i - 1].text.istitle():
            out = _replace_spans(out, i, i + 1, "GPE")
    return sorted(out)


_DASHES = {"—", "–", "-", "--"}


def _dateline_places(doc, ents: list) -> list:
    """"ABUJA — Gunmen stormed ...", "THE HAGUE — Judges ...": the capitals opening a
    paragraph before a dash (or the full stop a masked agency left) name the place the
    story was filed from."""
    out = list(ents)
    starts = []
    for i in range(len(doc)):
        if i and "\n" not in doc[i - 1].text_with_ws:
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].is_alpha and doc[end].text.isupper():
            end += 1
        if end == i or len(doc[i:end].text) < 4 or end >= len(doc) or \
                doc[end].text not in _DASHES and doc[end].text not in (".", ","):
            continue
        if doc[end].text in (".", ",") and not (end + 1 < len(doc) and (
                doc[end + 1].text[:1].isupper() or doc[end + 1].is_space)):
            continue
        if any(doc[k].ent_type_ not in ("", "GPE", "LOC", "FAC") for k in range(i, end)):
            continue  # ("NATO — The alliance said": a body the model knows)
        out = _replace_spans(out, i, end, "GPE")
        starts.append(i)
    doc.user_data["graphkit_datelines"] = frozenset(starts)
    return sorted(out)


# Last words of a place or body named after a saint: "St. John's Episcopal Church".
_SAINT_NAMED = {"church", "cathedral", "chapel", "basilica", "abbey", "hospital", "college",
                "school", "university", "academy"}


def _saint_names(doc, ents: list) -> list:
    """"St. John's" + "Episcopal Church": a saint's name, its possessive and the
    capitalised words after it up to a church, school or hospital are one name, however the
    model cut it."""
    out = list(ents)
    for i in range(len(doc) - 3):
        if doc[i].text not in ("St.", "St", "Saint") or not doc[i + 1].text.istitle() or \
                doc[i + 2].text not in ("'s", "’s"):
            continue
        end = i + 3
        while end < len(doc) and end - i < 7 and doc[end].text.istitle() and doc[end].is_alpha:
            end += 1
        if end > i + 3 and doc[end - 1].lower_ in _SAINT_NAMED:
            out = _replace_spans(out, i, end, "FAC")
    return sorted(out)


_OFFICE_WORDS = {"president", "vice", "governor", "senate", "congress", "mayor", "office"}


def _supporter_groups(doc, ents: list) -> list:
    """"Black Voices" + "for" + "Trump", "Veterans for" + "Biden": a group named for the
    person it backs is one organisation."""
    out = list(ents)
    starts = {s: k for k, (s, _, _) in enumerate(out)}
    for k, (s, e, label) in enumerate(out):
        if label != "ORG" or e - s < 2 or e + 1 >= len(doc) or doc[e].lower_ != "for" or \
                not doc[e - 1].text.istitle() or not doc[e - 1].lower_.endswith("s") or \
                doc[e - 1].pos_ != "PROPN" or doc[e + 1].lower_ in _OFFICE_WORDS:
            continue  # (not "a ticket of Bayes for President")
        after = starts.get(e + 1)
        if after is not None and out[after] is not None and out[after][2] == "PERSON" and \
                out[after][1] - e <= 3:
            end = out[after][1]
        elif after is None and not doc[e + 1].ent_type_ and doc[e + 1].pos_ == "PROPN" and \
                doc[e + 1].text.istitle():
            end = e + 2
        else:
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN":
            continue
        out[k] = (s, end, "ORG")
        if after is not None:
            out[after] = None
    return [x for x in out if x is not None]


def _demonym_of_portfolio(doc, ent, book: Rulebook):
    """"Israeli National Security" + "Minister Itamar Ben-Gvir", tagged an organisation:
    the nationality alone, before a portfolio's words and the title."""
    start, end, label = ent
    words = [t.lower_ for t in doc[start + 1:end]]
    if label == "ORG" and words and end < len(doc) and \
            normalize_name(doc[start].text) in book.demonyms and \
            doc[end].lower_ in book.title_words and \
            all(w in book.title_words or w in book.title_modifiers for w in words):
        return (start, start + 1, "NORP")
    return ent


def _names_after_demonyms(doc, ents: list, book: Rulebook) -> list:
    """"Ethiopians" + "Dejene" + "Debela", "Kenyan" + "Eliud Kipchoge": the capitalised
    words the model left untagged between a nationality and a name, or after it, are the
    name (two or three words that are no title, institution or known name)."""
    out = list(ents)
    taken = {i for s, e, _ in ents for i in range(s, e)}
    for start, end, label in ents:
        if label != "NORP" or normalize_name(doc[start:end].text) not in book.demonyms:
            continue
        stop = end
        while stop < len(doc) and stop not in taken and stop - end < 3 and \
                doc[stop].pos_ == "PROPN" and doc[stop].text.istitle() and doc[stop].is_alpha:
            stop += 1
        words = [t.lower_ for t in doc[end:stop]]
        if stop == end or any(w in book.title_words or w in book.org_words or
                              w in book.event_heads or w in book.thing_heads or
                              w in book.place_heads or w in book.demonyms or
                              w in book.places or w in book.noise for w in words):
            continue
        after = next((k for k, (s, e, lab) in enumerate(out) if s == stop and lab == "PERSON"),
                     None)
        if after is not None:  # "Ethiopians Dejene" + "Debela"
            out[after] = (end, out[after][1], "PERSON")
        elif stop - end >= 2 and (stop == len(doc) or not doc[stop].text[:1].isupper() and
                                  doc[stop].lower_ not in ("of", "for", "and", "&")) and \
                normalize_name(doc[end:stop].text) not in book.organizations and \
                doc[stop - 1].dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj", "appos"):
            out.append((end, stop, "PERSON"))  # "Kenyan Eliud Kipchoge"
    return sorted(out)


def _split_joined_names(doc, ent, book: Rulebook) -> list:
    """"Vermont Bernie Sanders" tagged as one place -> Vermont + Bernie Sanders;
    "Crete and Cyprus" tagged as one name -> Crete + Cyprus; "the Republican
    Senate" -> Republican + Senate."""
    start, end, label = ent
    texts = token_columns(doc).text
    dash = next((i for i in range(start + 1, end - 1) if texts[i] in ("—", "–")
                 and doc[i - 1].whitespace_ and doc[i].whitespace_), None)
    if dash is not None:  # "from Tesco — Netto Poland currently has": a dash between two
        return [part for ent_part in ((start, dash, label), (dash + 1, end, label))
                for part in _split_joined_names(doc, ent_part, book)]
    if label == "PERSON" and end - start >= 2 and texts[end - 2].isupper() and \
            texts[end - 2].isalpha() and len(texts[end - 2]) >= 2 and \
            texts[end - 1].lower().rstrip(".") in book.title_words and \
            all(w.istitle() for w in texts[start:end - 2]):
        # "Kamloops RCMP Constable" + "Gary Gray": the town, the force, then the title
        return [(start, end - 2, "GPE"), (end - 2, end - 1, "ORG")] if end - start > 2 else \
            [(start, end - 1, "ORG")]
    if label in ("PERSON", "ORG"):
        # "United States Representative Elijah Cummings": the place, then a titled name.
        for cut in range(min(end - 2, start + 3), start, -1):
            head = normalize_name(" ".join(texts[start:cut]))
            if (head in book.places or head in book.demonyms) and \
                    texts[cut].lower().rstrip(".") in book.title_words and (
                    label == "PERSON" or _titled_name(list(doc[cut:end]), book)):
                return [(start, cut, "GPE"), (cut, end, "PERSON")]
            if label == "PERSON" and cut - start >= 2 and texts[cut - 1].isupper() and \
                    texts[cut - 1].isalpha() and len(texts[cut - 1]) >= 2 and \
                    texts[cut].lower().rstrip(".") in book.title_words and \
                    end - cut >= 3 and all(w.istitle() for w in texts[start:cut - 1]):
                # "Kamloops RCMP Constable Gary Gray": the town, the force, then the titled
                # person
                return [(start, cut - 1, "GPE"), (cut - 1, cut, "ORG"), (cut, end, "PERSON")]
        if label == "PERSON" and start >= 2 and texts[start - 1] == "of" and \
                texts[start - 2].lower() in book.title_words:
            # "Mayor of Koszalin Piotr Jedlinski" tagged as one name: the place, then the
            # person (the place known from the tables, named alone elsewhere in the text
            # or followed by a given name)
            names = {e.text for e in doc.ents if e.label_ != "PERSON"}
            for cut in range(start + 1, end - 1):
                head = " ".join(texts[start:cut])
                if (normalize_name(head) in book.places or head in names or (
                        normalize_name(texts[cut]) in book.first_names and
                        normalize_name(texts[start]) not in book.first_names)) and all(
                        w[:1].isupper() for w in texts[cut:end]):
                    return [(start, cut, "GPE"), (cut, end, "PERSON")]
        if label == "PERSON" and end - start >= 3 and normalize_name(texts[start]) in \
                book.demonyms and normalize_name(texts[start]) not in book.first_names and \
                all(w.istitle() for w in texts[start + 1:end]):
            return [(start, start + 1, "NORP"), (start + 1, end, "PERSON")]  # "Ethiopian
            # Kenenisa Bekele": a national, not part of the name
        if label == "PERSON":
            return [ent]
    if label not in ("GPE", "LOC", "ORG", "NORP"):
        return [ent]
    if label == "ORG":
        for cut in range(start + 1, end - 1):
            if texts[cut] == "the" and normalize_name(" ".join(texts[start:cut])) in \
                    book.organizations and texts[cut + 1][:1].isupper():
                # "announced on Twitter the Federal Aviation Administration ... were to"
                return [(start, cut, "ORG"), (cut, end, "ORG")]
        for cut in range(start + 1, end - 1):
            if texts[cut] in ("'s", "’s") and doc[cut].tag_ == "POS" and \
                    texts[end - 1].lower() in book.event_heads and texts[end - 1][:1].isupper() \
                    and texts[start].lower() != "the" and end - cut > 2 and \
                    texts[end - 1].lower() not in ("day", "week"):  # (not "Women's Day")
                return [(start, cut, "ORG"), (cut + 1, end, "EVENT")]  # "Hulu's Beyond Fest"
        for cut in range(start + 2, end - 1):
            left = texts[start + (texts[start].lower() == "the"):cut]
            if texts[cut] in ("'", "’", "'s", "’s") and doc[cut].tag_ == "POS" and (
                    _institution(left, book) or normalize_name(" ".join(left)) in
                    book.organizations) and _institution(
                        [w for w in texts[cut + 1:end] if w not in ("'s", "’s")], book):
                # "the House of Representatives' Committee on Ways and Means", "the United
                # Nations' Food and Agriculture Organization": two bodies (not "McDonald's
                # Corporation", "St. John's University")
                return [(start, cut, "ORG"), (cut + 1, end, "ORG")]
    core = [i for i in range(start, end) if texts[i] not in ("'s", "’s")]
    if label == "ORG" and len(core) == 3 and texts[core[1]] in ("and", "&"):
        # "Kelly and Baroni's convictions": two surnames of people the text names in full
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        known = [texts[core[0]] in surnames, texts[core[2]] in surnames]
        if all(known) or any(known) and texts[core[1]] == "and" and not any(
                normalize_name(texts[k]) in book.organizations or
                normalize_name(texts[k]) in book.places for k in (core[0], core[2])) and \
                normalize_name(" ".join(texts[start:end])) not in book.organizations:
            # (one of them is enough: "the indictments against James and Comey")
            return [(core[0], core[0] + 1, "PERSON"), (core[2], core[2] + 1, "PERSON")]
    if label in ("GPE", "LOC") and end - start == 3 and texts[start + 1] == "," and \
            doc[start].pos_ == doc[start + 2].pos_ == "PROPN" and \
            texts[start][:1].isupper() and texts[start + 2][:1].isupper() and \
            normalize_name(" ".join(texts[start:end])) not in book.places:
        # "Karipur, Kerala" tagged as one place: a place and the region it is in
        return [(start, start + 1, label), (start + 2, end, label)]
    if normalize_name(" ".join(texts[start:end])) not in book.places:  # "Trinidad and Tobago"
        for cut in range(start + 1, end - 1):
            left, right = texts[start:cut], texts[cut + 1:end]
            if texts[cut] == "and" and all(w[:1].isupper() for w in left + right) and (
                    normalize_name(" ".join(left)) in book.places
                    or normalize_name(" ".join(right)) in book.places):
                return [(start, cut, "GPE"), (cut + 1, end, "GPE")]
    first = start + (texts[start].lower() == "the")
    if label in ("NORP", "ORG", "GPE") and end - first >= 2 and \
            normalize_name(texts[first]) in book.demonyms and (
            (end - first == 2 and len(texts[end - 1]) >= 2 and texts[end - 1].isupper())
            or normalize_name(" ".join(texts[first + 1:end])) in book.organizations) and \
            normalize_name(" ".join(texts[first + 1:end])) not in ("red cross", "red crescent"):
        # "Belarusian KGB" -> Belarusian (Belarus) + KGB (not "Philippine Red Cross": a
        # national society's own name)
        return [(first, first + 1, "NORP"), (first + 1, end, "ORG")]
    if label in ("NORP", "ORG") and end - first == 2 and \
            normalize_name(texts[first]) in book.demonyms and \
            texts[end - 1].lower() in _THE_COUNTRY:
        return [(first, first + 1, "NORP")]  # "Zimbabwean State institutions": the country
    if label == "ORG" and end - first >= 2 and texts[first].lower() in book.parties and \
            normalize_name(" ".join(texts[first + 1:end])) in book.organizations:
        # "the Republican Senate" -> Republican (the party) + Senate
        return [(first, first + 1, "NORP"), (first + 1, end, "ORG")]
    if label in ("ORG", "NORP") and end - first == 2 and texts[first].lower() in book.parties \
            and texts[end - 1].lower().endswith("s") and texts[end - 1].lower()[:-1] in book.roles:
        return [(first, first + 1, "NORP")]  # "Republican Representatives": the party's people
    if label == "ORG" and normalize_name(" ".join(texts[first:end])) not in book.organizations:
        # "director of Amnesty International Man-kei Tam", "NPR Hamza bin Laden": a known
        # organisation or an acronym, then a person's name.
        for cut in range(end - 2, first, -1):
            rest = [t for i, t in enumerate(texts[cut:end], cut)  # "Man-kei": one given name
                    if t not in ("-", "‐") and texts[i - 1] not in ("-", "‐")]
            head = texts[first:cut]
            known = normalize_name(" ".join(head)) in book.organizations or (
                len(head) == 1 and len(head[0]) >= 2 and head[0].isupper() and head[0].isalpha()
            ) or (len(head) == 1 and head[0].lower() in book.org_words and rest and
                  rest[0].lower() in book.first_names)  # "(Speaker of the) House Nancy Pelosi"
            capitalised = [w for w in rest if w.lower() not in NAME_PARTICLES]
            if known and rest and rest[0][:1].isupper() and (
                    len(capitalised) >= 2 and doc.text.count(doc[first:end].text) == 1 or
                    rest[0].lower() in book.first_names) and (
                    not any(t.tag_ == "NNPS" for t in doc[cut:end])  # "Infectious Diseases"
                    or rest[-1].lower() in book.event_heads) and all(
                    w[:1].isupper() and w.lower() not in book.org_words
                    and normalize_name(w) not in book.places for w in capitalised):
                return [(first, cut, "ORG"), (cut, end, "PERSON")]
    for cut in range(start + 1, end - 1):
        head = normalize_name(doc[start:cut].text)
        if (head in book.places or head in book.demonyms) and doc[cut].lower_ in book.first_names \
                and all(t.text[:1].isupper() for t in doc[cut:end]) and \
                doc[end - 1].lower_ not in book.org_words:  # (not "US" + "Park Police")
            return [(start, cut, "GPE"), (cut, end, "PERSON")]
    return [ent]


# Bodies named after what they sit "on": "the Committee on Ways and Means".
_TOPIC_BODIES = {"committee", "subcommittee", "commission", "panel"}


def _extend_of_name(doc, ent, book: Rulebook, ents) -> tuple:
    """"Progressive Party" + "of Working People", "the Puerto Rico Center" + "for
    Investigative Journalism", "Select Committee" + "on Benghazi": an organisation word
    followed by "of" or "for" (a committee's "on") and capitalised words no other name
    claims is one longer name ("Foundation for Defense of Democracies": inner "of"/"and"
    only between such words)."""
    start, end, label = ent
    texts = token_columns(doc).text
    on_topic = texts[end - 1].lower() in _TOPIC_BODIES and end < len(doc) and texts[end] == "on"
    if label != "ORG" or texts[end - 1].lower() not in book.org_words or end + 1 >= len(doc) \
            or texts[end] not in ("of", "for") and not on_topic:
        return ent
    # ("the House Select Committee" + "on Benghazi": a committee's topic may be a place)
    claimed = {i for s, e, lab in ents for i in range(s, e)
               if not (on_topic and lab in ("GPE", "LOC"))}

    def word(i: int) -> bool:
        return i < len(doc) and i not in claimed and doc[i].pos_ == "PROPN" and \
            texts[i][:1].isupper()

    stop = last = end + 1
    while stop - end <= 6:
        if word(stop):
            stop += 1
            last = stop
        elif stop > end + 1 and texts[stop - 1] not in ("of", "and") and stop < len(doc) \
                and texts[stop] in ("of", "and") and word(stop + 1):
            stop += 1
        else:
            break
    return (start, last, label) if last > end + 1 else ent


_ELECTORAL_WORDS = {"congressional", "legislative", "electoral", "parliamentary", "assembly",
                    "senatorial", "council"}


_GENERIC_PLACE_WORDS = {"autonomous", "special", "administrative", "capital", "federal",
                        "national", "region", "province", "territory", "district", "area",
                        "zone"}


def _extend_generic_place(doc, ent, book: Rulebook) -> tuple:
    """"the Autonomous Region" + "in Muslim Mindanao": a place name made only of generic
    words runs on through "in" and the capitalised words after it (not "the Capital
    Region in Denmark": a known place locates it)."""
    start, end, label = ent
    first = start + (doc[start].lower_ == "the")
    if label not in ("GPE", "LOC") or first >= end or end + 1 >= len(doc) or \
            doc[end].lower_ != "in" or not (all(
                t.lower_ in _GENERIC_PLACE_WORDS and t.text[:1].isupper() for t in doc[first:end])
                or end - first >= 3 and doc[end - 2].lower_ == "autonomous"):
        return ent  # (and "Bangsamoro Autonomous Region" + "in Muslim Mindanao")
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].text[:1].isupper() and \
            doc[stop].pos_ in ("PROPN", "ADJ"):
        stop += 1
    if stop == end + 1 or normalize_name(doc[end + 1:stop].text) in book.places:
        return ent
    return (start, stop, label)


def _extend_generic_org(doc, ent, ents, book: Rulebook) -> tuple:
    """"The Lost 52" + "Project": a one-word name that is only a word for a group or an
    institution runs back over the untagged capitalised words and numbers right before
    it that modify it, back to "the" or the sentence's start."""
    start, end, label = ent
    if label != "ORG" or end - start != 1 or doc[start].lower_ not in book.group_heads and \
            doc[start].lower_ not in book.org_words:
        return ent
    first = start
    while first > 0 and start - first < 4 and doc[first - 1].head.i == start and (
            doc[first - 1].pos_ == "PROPN" and doc[first - 1].text.istitle()
            or doc[first - 1].text.isdigit()) and not any(
                s <= first - 1 < e for s, e, lab in ents if lab != "CARDINAL"):
        first -= 1
    if first == start or not any(t.pos_ == "PROPN" for t in doc[first:start]) or not (
            first == 0 or doc[first - 1].is_sent_start and not doc[first - 1].is_alpha or
            doc[first - 1].lower_ == "the"):
        return ent
    return (first, end, label)


def _extend_journal(doc, ent) -> tuple:
    """"published in" + "PLoS" + "One": the name a finding was published in is a
    journal's, all of the capitalised words (or numbers) the preposition governs."""
    start, end, label = ent
    obj = doc[end - 1]
    while obj.dep_ == "compound" and obj.head.i >= end - 1 and obj.head.i < end + 2:
        obj = obj.head
    prep = obj.head
    if obj.dep_ != "pobj" or not _published_in(prep) \
            or obj.i >= end + 2:
        return ent
    first = start + (doc[start].lower_ == "the")
    if not all(t.text[:1].isupper() or t.like_num for t in doc[first:obj.i + 1]):
        return ent
    return (start, obj.i + 1, "ORG")


# Verbs of a finding printed in a journal: "published (on Wednesday) in Science Advances".
_PUBLISHING_VERBS = {"publish"}


def _published_in(prep) -> bool:
    """"published (on Tuesday) in", "published a study in": the "in" of a publication."""
    head = prep.head
    return prep.lower_ == "in" and (head.lemma_ in _PUBLISHING_VERBS or head.pos_ == "NOUN" and
                                    head.dep_ in ("dobj", "nsubjpass") and
                                    head.head.lemma_ in _PUBLISHING_VERBS)


def _extend_system_prefix(doc, ent, book: Rulebook) -> tuple:
    """"CU" + "Boulder": a university system's short name in capitals before a campus
    the model tagged alone makes one organisation's name."""
    start, end, label = ent
    if start and doc[start - 1].text.isupper() and doc[start - 1].lower_ in book.leading_org_words \
            and label in ("GPE", "LOC", "PERSON", "ORG"):
        return (start - 1, end, "ORG")
    return ent


def _extended(doc, ent, ents, book: Rulebook) -> tuple:
    """The tagged name run on over the words the model left out of it, in turn."""
    ent = _extend_journal(doc, ent)
    ent = _extend_system_prefix(doc, ent, book)
    ent = _extend_generic_org(doc, ent, ents, book)
    ent = _extend_generic_place(doc, ent, book)
    ent = _extend_campus(doc, ent, ents, book)
    ent = _extend_road_number(doc, ent)
    ent = _extend_site_word(doc, ent, ents)
    ent = _extend_see(doc, ent, ents)
    ent = _extend_tribe(doc, ent, ents)
    ent = _extend_team_name(doc, ent, ents, book)
    ent = _extend_vessel(doc, ent, book)
    ent = _extend_of_name(doc, ent, book, ents)
    ent = _extend_bracketed(doc, ent, ents)
    ent = _extend_dashed_institution(doc, ent, book)
    ent = _extend_cut_place(doc, ent, ents, book)
    return _extend_hyphenated(doc, ent, ents)


def _extend_cut_place(doc, ent, ents, book: Rulebook) -> tuple:
    """"116th United" + "States" + "Congress": a place name the model cut short runs on
    to its end, and over the institution tagged right after it."""
    start, end, label = ent
    if label not in ("GPE", "LOC", "ORG") or end >= len(doc) or not doc[end].text[:1].isupper():
        return ent
    stop = max(_place_at(doc, i, book) for i in range(start, end))
    if stop <= end or any(e[0] < stop and e[1] > end for e in ents if e[:2] != ent[:2]):
        return ent
    institution = next((e for e in ents if e[0] == stop and e[2] == "ORG"), None)
    return (start, institution[1], "ORG") if institution else (start, stop, label)


def _state_university(tokens, book: Rulebook) -> bool:
    """"(the) University of California": a US state's university, whose campuses follow
    its name after a comma."""
    words = [t.text for t in tokens if t.lower_ != "the"]
    return len(words) >= 3 and words[:2] == ["University", "of"] and entity_id(
        book.places.get(normalize_name(" ".join(words[2:])), "")) in book.state_ids


def _extend_campus(doc, ent, ents, book: Rulebook) -> tuple:
    """"the University of California" + ", San Diego": a state university's name runs on
    through the campus after its comma (a place, one word or untagged capitalised words)."""
    start, end, label = ent
    if label != "ORG" or not _state_university(doc[start:end], book) or \
            end + 2 >= len(doc) or doc[end].text not in (",", "at"):
        return ent  # (or "at": "the University of Colorado at Boulder")
    campus = next(((s, e) for s, e, lab in ents if s == end + 1 and (
        lab in ("GPE", "LOC") or (lab == "PERSON" and e == s + 1))), None)  # ("Davis")
    if campus is None:
        stop = end + 1
        while stop < min(len(doc), end + 3) and doc[stop].pos_ == "PROPN" and \
                doc[stop].text.istitle() and not any(s <= stop < e for s, e, _ in ents):
            stop += 1
        campus = (end + 1, stop) if stop > end + 1 else None
    if campus is None or (campus[1] < len(doc) and doc[campus[1]].pos_ == "PROPN"):
        return ent
    return (start, campus[1], label)


def _extend_road_number(doc, ent) -> tuple:
    """"U.S. Route" + "2", "Highway" + "401": a road's name runs on through its number."""
    start, end, label = ent
    if end < len(doc) and doc[end - 1].lower_ in ("route", "highway", "interstate") and \
            doc[end].like_num and doc[end].text.isdigit():
        return (start, end + 1, "FAC")
    return ent


# Words naming a site after the name it bears: "Bhera Market", "Wembley Stadium",
# "Gillespie Field airport" (which stands for Gillespie Field).
SITE_HEADS = {"market", "bazaar", "square", "mall", "stadium", "arena", "airport", "airfield",
              "station", "hotel"}


def _extend_site_word(doc, ent, ents) -> tuple:
    """"Bhera" + "Market", "Waterloo" + "station": a place's name runs on through the
    site word it is a compound of (the whole is a site, not the town)."""
    start, end, label = ent
    if end >= len(doc) or doc[end].lower_ not in SITE_HEADS or doc[end - 1].head.i != end or \
            any(s <= end < e for s, e, _ in ents):
        return ent
    if label in ("GPE", "LOC") and doc[end].text.istitle() or label in ("GPE", "LOC", "PERSON") \
            and doc[end].text == "station":
        # ("Waterloo station", the model's "person" Waterloo; not "the Caracas airport": a
        # town's airport may stand for the town)
        return (start, end + 1, "FAC")
    return ent


def _extend_tribe(doc, ent, ents) -> tuple:
    """"Eastern Shoshone" + "Tribe": a people's name runs on through the capitalised word
    that makes it a tribe's (an organisation)."""
    start, end, label = ent
    if label not in ("NORP", "GPE", "LOC", "PERSON") or end >= len(doc) or \
            doc[end].text not in ("Tribe", "Tribes", "Nation", "Band") or \
            any(s <= end < e for s, e, _ in ents):
        return ent
    return (start, end + 1, "ORG")


# Church bodies named by their see in lower case: "the Marbel diocese".
_SEE_HEADS = {"diocese", "archdiocese", "eparchy", "archeparchy", "prelature"}


def _extend_see(doc, ent, ents) -> tuple:
    """"Marbel" + "diocese": a see's name runs on through the word for the church body
    it is a compound of (an organisation, whatever the model called the see); "the
    diocese of" + "Cahors" likewise."""
    start, end, label = ent
    if label in ("GPE", "LOC", "ORG") and start >= 2 and doc[start - 1].lower_ == "of" and \
            doc[start - 2].lower_ in _SEE_HEADS and doc[start].head.i == start - 1:
        return (start - 2, end, "ORG")
    if label not in ("GPE", "LOC", "NORP", "PERSON", "ORG") or end >= len(doc) or \
            doc[end].text not in _SEE_HEADS or doc[end - 1].head.i != end or \
            any(s <= end < e for s, e, _ in ents):
        return ent
    return (start, end + 1, "ORG")


# Prefixes of a ship's name: "MV Alan Kurdi", "USS Theodore Roosevelt".
_SHIP_PREFIXES = {"MV", "MS", "HMS", "USS", "RMS", "HMAS", "HMCS", "INS", "USNS", "U.S.S.",
                  "H.M.S."}


# Words for a vessel before its name: "the research ship Ka'imikai-O-Kanaloa".
_SHIP_NOUNS = {"ship", "vessel", "boat", "yacht", "ferry", "tanker", "freighter", "submarine",
               "trawler", "frigate", "destroyer", "icebreaker", "schooner"}


def _extend_vessel(doc, ent, book: Rulebook) -> tuple:
    """"MV" + "Alan Kurdi", "MV Professor" + "Albrecht Penck": a ship named after a
    person is a ship, no one's name (and no node: a vessel is none of the three types)."""
    start, end, label = ent
    first = start + (doc[start].lower_ == "the")
    if end - first >= 2 and doc[first].text in _SHIP_PREFIXES or start and \
            doc[start - 1].lower_ in _SHIP_NOUNS and doc[start - 1].text.islower():
        return (start, end, "PRODUCT")  # "the U.S.S. Grayback", tagged whole; "the research
        # ship Ka'imikai-O-Kanaloa"
    i = start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in book.title_words and doc[i].text.istitle():
        i -= 1
    if i >= 0 and doc[i].text in _SHIP_PREFIXES:
        return (i, end, "PRODUCT")
    return ent


def _extend_team_name(doc, ent, ents, book: Rulebook) -> tuple:
    """"the Utah" + "Jazz", "the Oklahoma City" + "Thunder": after "the", a place's name
    and one capitalised word no name claims, ending the phrase, name a team or firm
    (not "the Florida Keys", "the Sinai Peninsula": a place word ends it)."""
    start, end, label = ent
    if label not in ("GPE", "LOC") or start == 0 or doc[start - 1].lower_ != "the" or \
            end + 1 >= len(doc) or doc[end].pos_ != "PROPN" or not doc[end].text.istitle() or \
            doc[end + 1].pos_ == "PROPN" or doc[end + 1].text[:1].isupper() or \
            any(s <= end < e for s, e, _ in ents):
        return ent
    word = doc[end].lower_
    if word in book.place_heads or word in book.org_words or word in book.title_words or \
            word in book.event_heads or word in book.thing_heads or \
            word.rstrip("s") in book.place_heads or normalize_name(doc[end].text) in book.places:
        return ent  # (nor "the Iraq War": an event)
    return (start, end + 1, "ORG")


def _extend_bracketed(doc, ent, ents) -> tuple:
    """"(National Union of Rail, Maritime and Transport Workers)": an organisation's name
    filling a bracket is one name, commas and all, when the rest of it is capitalised
    words no place or person claims."""
    start, end, label = ent
    if label != "ORG" or start == 0 or doc[start - 1].text != "(" or end >= len(doc) or \
            doc[end].text not in (",", "and", "of", "for", "&"):
        return ent
    close = next((i for i in range(end, min(len(doc), start + 16)) if doc[i].text == ")"), None)
    if close is None or not doc[close - 1].text[:1].isupper() or any(
            s < close and e > end and lab != "ORG" for s, e, lab in ents):
        return ent
    if all(t.text in (",", "and", "of", "for", "the", "&") or t.text[:1].isupper()
           for t in doc[end:close]):
        return (start, close, label)
    return ent


def _extend_hyphenated(doc, ent, ents) -> tuple:
    """"CNDD" tagged, "-FDD" left out: an acronym name runs on through its hyphens."""
    start, end, label = ent
    claimed = None
    while label == "ORG" and end + 1 < len(doc) and doc[end].text == "-" and \
            _caps_word(doc[end - 1]) and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and _caps_word(doc[end + 1]):
        if claimed is None:  # rare: only now worth building
            claimed = {i for s, e, _ in ents if (s, e) != (start, end) for i in range(s, e)}
        if end + 1 in claimed:
            break
        end += 2
    return (start, end, label)


def _extend_dashed_institution(doc, ent, book: Rulebook) -> tuple:
    """"Harvard" + "–Smithsonian Center for Astrophysics": a name joined by a dash to
    the capitalised words of an institution's name is one with it."""
    start, end, label = ent
    if label not in ("ORG", "PERSON", "GPE") or end + 2 >= len(doc) or \
            doc[end].text not in ("-", "–") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return ent
    stop, last = end + 1, end
    while stop < len(doc) and stop - end <= 8 and (
            doc[stop].text[:1].isupper() and doc[stop].pos_ == "PROPN" or
            doc[stop].lower_ in ("for", "of", "and") and stop > end + 1):
        if doc[stop].text[:1].isupper():
            last = stop
        stop += 1
    if last - end < 2 or not _institution([t.text for t in doc[end + 1:last + 1]], book):
        return ent
    return (start, last + 1, "ORG")


# "Gloria La RivaImage: ...": a caption run into a name.
_GLUED = re.compile(r"[a-z]{3}[A-Z]")
# A caption's credit run into the name before it: "Howie HawkinsImage: GreenIn2010."
_GLUED_CAPTION = re.compile(r"(?<=[a-z])(Image|Photo|Picture)$")


# Words of the names of newspapers and broadcasters: "The New York Times", "Fox News".
MEDIA_NAME_WORDS = frozenset({
    "media", "tv", "television", "radio", "news", "times", "post", "herald", "telegraph",
    "tribune", "broadcasting", "observer", "gazette", "chronicle", "journal", "courier",
    "mirror", "express", "guardian", "independent", "standard", "monitor", "globe", "examiner",
    "inquirer", "dispatch", "bulletin"})
_PLACE_COMPANY_WORDS = MEDIA_NAME_WORDS | {"airlines", "airways", "bank", "holdings", "telecom",
                                          "ports", "energy", "petroleum", "oil", "gas"}


def _place_company(doc, ent, ents, book: Rulebook) -> tuple:
    """"Abu Dhabi" + "Media", "Gulf" + "News": a place's name and a company word the
    model left out make one organisation's name."""
    start, end, label = ent
    if end >= len(doc) or not (label in ("GPE", "LOC") or label == "ORG" and normalize_name(
            doc[start:end].text.removeprefix("the ")) in book.places):
        return ent
    word = doc[end]
    if word.text[:1].isupper() and word.pos_ == "PROPN" and word.lower_ in _PLACE_COMPANY_WORDS \
            and not any(s <= end < e for s, e, _ in ents) and (
                end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper()):
        return (start, end + 1, "ORG")
    return ent


def _extend_compound(doc, ent, book: Rulebook, ents) -> tuple:
    """"Judge Amy Berman" + "Jackson", "Jamaah" + "Ansharut Daulah": a name runs over
    the capitalised words of its own compound chain that no other name claims.

    Leftwards only where the word must belong to the name, a given name ("Carmen"
    + "Yulín Cruz") or a group's name ("the Jamaah Ansharut Daulah network"): a
    capitalised word before a name is far more often a title ("Actor", "Mufti").
    """
    start, end, label = ent
    if label not in ("PERSON", "ORG"):
        return ent
    claimed = None

    def free(token) -> bool:
        nonlocal claimed
        key = token.lower_
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() or \
                not token.text.isalpha() or _GLUED.search(token.text) or (
                    token.i + 1 < len(doc) and doc[token.i + 1].text == ":") or \
                key in book.title_words or \
                key in book.title_modifiers or key in book.honorifics or key in book.noise or \
                key in book.places or key in book.demonyms or key in book.parties:
            return False
        if claimed is None:  # rare: only now worth building
            claimed = {i for s, e, _ in ents for i in range(s, e)} | {
                i for e in doc.ents for i in range(e.start, e.end)}
        return token.i not in claimed

    def joins(modifier, head) -> bool:
        return modifier.dep_ == "compound" and modifier.head.i == head and bool(modifier.whitespace_)

    if label == "PERSON" or end - start > 1:  # not "MSNBC" + "Cummings", "Google" + "Pay"
        while end < len(doc) and end - ent[1] < 2 and joins(doc[end - 1], end) and free(
                doc[end]) and doc[end].lower_ not in book.org_words and not (
                label == "ORG" and doc[end].lower_ in book.first_names):
            end += 1
    group = end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ in book.group_heads
    while start > 0 and ent[0] - start < 2 and joins(doc[start - 1], doc[start - 1].head.i) and \
            start <= doc[start - 1].head.i < end and free(doc[start - 1]) and (
                group or doc[start - 1].lower_ in book.first_names):
        start -= 1
    return (start, end, label)


# "and" in the names of French, Spanish, Portuguese, Italian and German bodies.
_FOREIGN_AND = {"et", "y", "e", "und"}
_ELISIONS = ("d’", "d'", "l’", "l'")


def _taken(ents, ent, near: int | None = None) -> set[int]:
    """Token indices in the other spans of ``ents`` (within ``near`` tokens of ``ent``)."""
    start, end = ent[0], ent[1]
    return {i for s, e, _ in ents if (s, e) != (start, end) and (
        near is None or e >= start - near and s <= end + near) for i in range(s, e)}


# Last words of fields of study or work an institution's name lists after "of":
# "School of Marine and Atmospheric Science", "Department of Health and Human Services".
_FIELD_WORDS = {"science", "sciences", "engineering", "technology", "medicine", "studies",
                "research", "services", "affairs", "development", "policy", "design", "arts",
                "humanities", "health", "culture", "welfare", "security"}


def _extend_and(doc, ent, ents, book: Rulebook):
    """"Operation Fast and" + "Furious", "House Oversight and" + "Reform Committee",
    "the Baylor Scott" + "and" + "White Medical Center": the model cut an organisation's
    name at its "and"."""
    start, end, label = ent
    if label == "ORG" and end + 3 < len(doc) and doc[end].lower_ in ("and", "&"):
        stop = end + 1  # "the National Institute of Allergy" + "and Infectious Diseases
        while stop < min(len(doc), end + 5) and doc[stop].text.istitle() and \
                doc[stop].pos_ == "PROPN":  # (NIAID)": the short form spells the whole name
            stop += 1
        if stop > end + 1 and stop + 2 < len(doc) and doc[stop].text == "(" and \
                doc[stop + 2].text == ")" and doc[stop + 1].text.isupper():
            initials = "".join(t.text[0] for t in doc[start:stop] if t.text[:1].isupper()
                               and t.lower_ not in ("the", "of", "and", "for"))
            if len(doc[stop + 1].text) >= 3 and initials.endswith(doc[stop + 1].text):
                return start, stop, label
        if stop > end + 1 and doc[stop - 1].lower_ in _FIELD_WORDS and any(
                t.lower_ == "of" for t in doc[start + 1:end - 1]):
            return start, stop, label  # "the Rosenstiel School of Marine" + "and Atmospheric
            # Science": a field of study ends it (not "the University of Miami and Apex ...")
    if label in ("PERSON", "ORG") and end + 2 < len(doc) and doc[end].lower_ in ("and", "&") \
            and start and doc[start - 1].lower_ == "the":
        stop = end + 1  # "The Bernie" + "and Sid Show": a show's title, no one's name
        while stop < min(len(doc), end + 4) and doc[stop].text.istitle() and \
                doc[stop].lower_ not in book.thing_heads:
            stop += 1
        if stop < len(doc) and doc[stop].text.istitle() and doc[stop].lower_ in book.thing_heads:
            return start - 1, stop + 1, label
    if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and \
            "the" in (doc[start].lower_, doc[start - 1].lower_ if start else ""):
        after = next(((s, e) for s, e, lab in ents if s == end + 1 and lab == "ORG"), None)
        words = [t.lower_ for t in doc[start:end] if t.lower_ != "the"]
        if after and doc[after[0]].lower_ != "the" and not any(
                w in book.org_words for w in words) and \
                normalize_name(" ".join(words)) not in book.organizations and any(
                    t.lower_ in book.org_words for t in doc[after[0]:after[1]]):
            return start, after[1], label  # (not "Microsoft and the Gates Foundation")
    if label != "ORG" or not (doc[end - 1].lower_ in ("and", "&") or start >= 2 and
                              doc[start - 1].lower_ in ("and", "&")):
        return ent
    taken = _taken(ents, ent)
    if doc[end - 1].lower_ in ("and", "&") and end < len(doc) and doc[end].text[:1].isupper():
        # one more word that ends the name (not "the Center for Biological Diversity and
        # Center for Food Safety": two names)
        after = doc[end + 1] if end + 1 < len(doc) else None
        if end not in taken and doc[end].pos_ in ("PROPN", "ADJ") and (
                after is None or not after.text[:1].isupper()
                and after.lower_ not in ("of", "for", "on", "de")):
            end += 1
    elif start >= 2 and doc[start - 1].lower_ in ("and", "&"):
        first = start - 1  # the capitalised words before the "and", each a modifier of
        while first - 1 >= 0 and (first - 1 not in taken or doc[first - 1].lower_ in
                                  book.first_names and doc[first - 2].lower_ in ("the", "of")) \
                and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1  # a word of the name (a given name too: "the Bill" + "and Melinda
            # Gates Foundation")
        couple = first == start - 2 and doc[first].lower_ in book.first_names and \
            doc[start].pos_ == "PROPN"  # ("Bill" + "and Melinda Gates Foundation")
        if first < start - 1 and (couple or all(
                first <= doc[k].head.i < end and doc[k].head.i != k
                for k in range(first, start - 1))):
            start = first
    return start, end, label


def _extend_name_pieces(doc, ent, ents, book: Rulebook):
    """"Valéry Giscard" + "d'Estaing", "Michel" + "Mayor"; "Co-operative" + "Commonwealth
    Federation": pieces of a name the model left out at its edges."""
    start, end, label = ent
    if label not in ("PERSON", "ORG"):
        return ent
    taken = _taken(ents, ent, near=3)
    if label == "PERSON" and end < len(doc) and end not in taken:
        text = doc[end].text
        if text[:2].lower() in ("d'", "d’") and text[2:3].isupper():
            end += 1
        elif end - start == 1 and normalize_name(doc[start].text) in book.first_names and \
                text.istitle() and text.lower() in book.title_words and \
                doc[end].pos_ == "PROPN" and (end + 1 == len(doc) or not (
                    doc[end + 1].text[:1].isupper() or end + 1 in taken)):
            end += 1  # "Michel" + "Mayor": a surname that is also a title
        elif doc[end - 1].dep_ == "compound" and end < doc[end - 1].head.i <= end + 1 and \
                all(i not in taken and not doc[i].ent_type_ and doc[i].pos_ == "PROPN" and
                    doc[i].text.istitle() and doc[i].is_alpha and _plain_name_word(doc[i], book)
                    for i in range(end, doc[end - 1].head.i + 1)):
            end = doc[end - 1].head.i + 1  # "Aung San" + "Suu Kyi": the rest of the name
            # the model left out, the noun the name's words hang on
    if label == "ORG" and start >= 3 and doc[start - 2].text == "-" and \
            doc[start - 3].text[:1].isupper() and doc[start - 3].is_alpha and \
            doc[start - 1].is_alpha and not taken & {start - 3, start - 2, start - 1}:
        start -= 3
    elif label == "ORG" and start >= 2 and doc[start - 1].text == "-" and \
            doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and \
            not taken & {start - 2, start - 1}:
        start -= 2  # "Anti-" + "Corruption Foundation"
    return start, end, label


# Words for a site named after a person: "Bernardo O'Higgins Base", "Kennedy Station".
_NAMED_SITE_WORDS = {"base", "station", "camp", "port", "terminal", "field", "fort", "center",
               "centre", "bridge", "street", "avenue", "road", "highway", "building", "tower",
               "airport", "library", "museum", "school", "college", "university", "hospital"}


def _plain_name_word(token, book: Rulebook) -> bool:
    """A word that may end a person's name: none that names a body, a place or a title
    ("Trump Tower", "Biden Administration")."""
    key = normalize_name(token.text)
    return key not in book.org_words and key not in book.title_words and \
        key not in book.places and key not in book.demonyms and key not in book.place_heads \
        and key not in _BUILDING_NOUNS and key not in book.group_heads and \
        key not in SITE_HEADS and key not in _AREA_NOUNS and key not in _PLACE_KINDS and \
        key not in _VENUE_WORDS and key not in _NAMED_SITE_WORDS  # ("... O'Higgins Riquelme Base")


def _extend_foreign_and(doc, ent, ents):
    """"Brigade de Recherche" + "et d’Intervention", "Ministerio de Agricultura" + "y
    Ganadería": a foreign "and" goes on with the organisation's name."""
    start, end, label = ent
    if label != "ORG" or end + 1 >= len(doc) or doc[end].lower_ not in _FOREIGN_AND:
        return ent
    def capitalised(token):
        text = token.text
        for prefix in _ELISIONS:
            if text.lower().startswith(prefix):
                text = text[len(prefix):]
        return text[:1].isupper()
    if not capitalised(doc[end + 1]):
        return ent
    stop = end + 2
    taken = _taken(ents, ent)
    while stop < len(doc) and capitalised(doc[stop]) and doc[stop].pos_ == "PROPN":
        stop += 1
    following = [e for s, e, lab in ents if s == end + 1 and lab == "ORG"]
    if taken & set(range(end + 1, stop)) and not following:
        return ent
    return start, max([stop] + following), label


COURT_DISTRICTS = {"northern", "southern", "eastern", "western", "middle", "central"}


def _court_for(doc, start: int) -> int | None:
    """Where "[the United States District] Court for" starts, the court whose district
    begins at ``start`` (None when the district is not written after a court)."""
    i = start - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "for" or doc[i - 1].text != "Court":
        return None
    j = i - 1
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ == "PROPN":
        j -= 1
    return j


def _of_a_party(doc, start: int, end: int, book: Rulebook) -> bool:
    """"Johannes Kaiser of the National Libertarian Party": a two-word name before "of"
    and a party's name is a person's."""
    if end + 2 >= len(doc) or doc[end].lower_ != "of" or not _two_name_words(
            doc, (start, end), book):
        return False
    stop = end + 1 + (doc[end + 1].lower_ == "the")
    while stop < len(doc) and stop - end <= 6 and doc[stop].text.istitle():
        stop += 1
    return doc[stop - 1].lower_ == "party"


def _two_name_words(doc, ent, book: Rulebook) -> bool:
    """Two capitalised words, neither a body's, a place's nor a demonym, as a name has."""
    words = doc[ent[0]:ent[1]]
    return len(words) == 2 and all(
        t.text.istitle() and t.is_alpha and t.lower_ not in book.org_words and
        t.lower_ not in book.group_heads and normalize_name(t.text) not in book.places and
        normalize_name(t.text) not in book.demonyms for t in words)


def _a_persons_name(doc, ent, book: Rulebook) -> bool:
    """The span starts with a given name or ends in a surname the model calls a
    person's elsewhere in the text."""
    start, end = ent[0] + (doc[ent[0]].lower_ == "the"), ent[1]
    if end - start < 2 or any(t.lower_ in book.org_words for t in doc[start:end]):
        return False
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    return normalize_name(doc[start].text) in book.first_names or doc[end - 1].text in surnames


def _after_last_of(doc, ent) -> str:
    """The normalised words of a span after its last "of" (all of them without one)."""
    words = [t.text for t in doc[ent[0]:ent[1]]]
    if "of" in words:
        words = words[len(words) - words[::-1].index("of"):]
    return normalize_name(" ".join(words))


def _is_country(doc, ent, book: Rulebook) -> bool:
    """The span ends in a country's name or demonym ("Bank of England", "France")."""
    key = _after_last_of(doc, ent)
    return key in book.demonyms or entity_id(book.places.get(key, "")) in book.country_ids


def _ends_in_place(doc, ent, book: Rulebook) -> bool:
    """"the Port Authority of New York": the name after its last "of" is a known place."""
    return _after_last_of(doc, ent) in book.places


_POSSESSIVE_MARKS = ("'", "’", "'s", "’s")


# Last words of a venue named after its founder: "Grauman's Egyptian Theatre".
_VENUE_WORDS = {"theatre", "theater", "hall", "auditorium", "playhouse", "opera", "cinema"}


def _extend_to_known(doc, ents: list, book: Rulebook) -> list:
    """"in Fishmongers" + "' Hall", "Leulumoega District" + "hospital": a name cut
    short runs on to the longer name the model tags elsewhere in the text when the
    words after it spell that name (in lower case only after two words of a name:
    not "the US" + "federation"); "Tupua Tamasese Meaole's [clinic]", tagged a
    person, is the "Tupua Tamasese Meaole Hospital" named so elsewhere (not when it
    opens with a given name: "Ronald Reagan" is no airport)."""
    texts = token_columns(doc).text
    known: dict[str, dict[tuple[str, ...], str]] = defaultdict(dict)
    for start, end, label in ents:
        words = tuple(texts[start + (texts[start].lower() == "the"):end])
        if len(words) >= 2:
            known[words[0]][tuple(w.lower() for w in words)] = label
    if not known:
        return ents
    out = []
    extended = []  # the spans run on
    for start, end, label in ents:
        words = tuple(w.lower() for w in texts[start:end])
        possessive = len(words) >= 2 and words[-1] in _POSSESSIVE_MARKS
        if possessive:
            words = words[:-1]
        for longer, other in sorted(known.get(texts[start], {}).items(), key=lambda x: -len(x[0])):
            if len(longer) <= len(words) or longer[:len(words)] != words:
                continue
            stop = start + len(longer)
            added = texts[end:stop]
            if tuple(w.lower() for w in texts[start:stop]) == longer and \
                    not any(end <= s < stop and e > stop for s, e, _ in ents) and \
                    all(w.isalpha() or w in _POSSESSIVE_MARKS for w in added) and (
                        len(words) >= 2 or all(w[:1].isupper() or w in _POSSESSIVE_MARKS or
                                               w in ("of", "for", "on") for w in added)
                        and (not added or added[-1][:1].isupper())):
                    # ("Center" + "for Biological Diversity")
                end = stop  # (not "Collins" + "/Parker": a ticket of two)
                extended.append((start, end))
                if label == "PERSON" and other == "ORG":
                    label = "ORG"  # "Rogaland Fire" (a person?) + "and Rescue"
                break
            if possessive and label == "PERSON" and other == "ORG" and \
                    len(longer) == len(words) + 1 and \
                    longer[-1] in book.org_words and words[0] not in book.first_names:
                label = "ORG"
                break
        out.append((start, end, label))
    # ("Rogaland Fire" + "and" + "Rescue" tagged apart: the run-on name swallows the rest)
    return [e for e in out if not any(s <= e[0] and e[1] <= t and (s, t) != e[:2]
                                      for s, t in extended)] if extended else out


_JURISDICTION_HEADS = {"court", "tribunal", "police", "constabulary", "parliament", "assembly",
                       "ombudsman", "judiciary"}


# Last words of a place named after its first owner: "Hawke's Bay", "Martha's Vineyard".
_OWNED_PLACE_WORDS = {"bay", "island", "point", "hill", "creek", "harbour", "harbor", "cove",
                      "head", "wood", "vineyard", "landing", "inlet", "sound", "peak"}


def _nickname_between(doc, before, start: int) -> bool:
    """'Matiu "Matt" Ratana': a quoted nickname between a given name and a surname, inside
    the first name found or between the two."""
    first, end, _ = before
    quotes = [i for i in range(first + 1, start) if doc[i].text in QUOTE_MARKS]
    return len(quotes) == 2 and quotes[1] - quotes[0] == 2 and \
        doc[quotes[0] + 1].text.istitle() and quotes[1] >= end - 1 and start == quotes[1] + 1 \
        and all(t.text[:1].isupper() or t.text in QUOTE_MARKS for t in doc[first:start])


def _jurisdiction_body(doc, span) -> bool:
    """"the High Court of England": a body whose name ends in the jurisdiction it serves."""
    words = [t.lower_ for t in doc[span[0]:span[1]]]
    return "of" in words and words[words.index("of") - 1] in _JURISDICTION_HEADS


def _past_opening_verb(ent, book: Rulebook) -> tuple:
    """The tagged name without the verb in the past it opens its sentence with
    ("Remarked" + "Center for Biological Diversity scientist ..."), an organisation's
    when an institution's word is left."""
    first = ent[0]
    if len(ent) > 1 and first.is_sent_start and first.tag_ in ("VBD", "VBN") and \
            first.text[1:].islower() and first.lower_.endswith("ed") and \
            first.lemma_.lower() != first.lower_ and first.lower_ not in book.first_names:
        # (not "Seyed Mohammad Mir-Mohammadi")
        label = "ORG" if len(ent) == 2 and ent[1].lower_ in book.org_words else ent.label_
        return (ent.start + 1, ent.end, label)
    return (ent.start, ent.end, ent.label_)


def _glossed_names(doc, spans: list, book: Rulebook) -> list:
    """"Akhil Bharat Hindu Mahasabha (All India Hindu Union)": the capitalised words before
    an organisation's name in brackets that the model cut into people are the
    organisation's own name, in its language (not "Ranil Wickremesinghe (United National
    Party)": one person's name, tagged whole, or opening with a given name)."""
    out = list(spans)
    for start, end, label in spans:
        first = start + (doc[start].lower_ == "the")
        if label != "ORG" or start < 3 or end >= len(doc) or doc[start - 1].text != "(" or \
                doc[end].text != ")" or end - first < 2 or \
                not any(t.lower_ in book.org_words for t in doc[first:end]):
            continue
        stop = start - 1
        run = stop
        while run > 0 and stop - run < 6 and doc[run - 1].pos_ == "PROPN" and \
                doc[run - 1].text[:1].isupper():
            run -= 1
        inside = [sp for sp in out if run <= sp[0] and sp[1] <= stop]
        if stop - run < 2 or doc[run].lower_ in book.first_names or \
                inside == [(run, stop, "PERSON")] or \
                any(sp[0] < run < sp[1] or sp[0] < stop < sp[1] for sp in out) or \
                normalize_name(doc[run:stop].text) in book.places:
            continue
        out = [sp for sp in out if sp not in inside] + [(run, stop, "ORG")]
    return sorted(out)


def corrected_spans(doc, book: Rulebook) -> list:
    """doc.ents, with organisation names the model split put back together."""
    from spacy.tokens import Span

    ents = _extend_to_known(doc, [_past_opening_verb(e, book) for e in doc.ents], book)
    if "]" in doc.text:
        ents = _edited_openings(doc, ents, book)
    ents = _particle_surnames(doc, ents, book)
    ents = _glued_table_names(doc, ents, book)
    ents = [part for ent in ents for part in _split_joined_names(doc, ent, book)]
    ents = [_demonym_of_portfolio(doc, ent, book) for ent in ents]
    ents = _names_after_demonyms(doc, _supporter_groups(doc, _saint_names(
        doc, _class_noun_places(doc, _state_names(doc, _dateline_places(
            doc, _region_names(doc, ents, book)))))), book)
    tagged = ents
    ents = [_extended(doc, ent, ents, book) for ent in ents]
    ents = [_extend_compound(doc, _place_company(doc, ent, ents, book), book, ents)
            for ent in ents]
    extended = [_extend_name_pieces(doc, _extend_foreign_and(doc, _extend_and(doc, ent, ents, book),
                                                             ents), ents, book) for ent in ents]
    if extended != tagged:  # drop what an extended name swallowed
        ents = [e for e in extended
                if not any(o != e and o[0] <= e[0] and e[1] <= o[1] for o in extended)]

    def name_start(span):  # "the Islamic State of Iraq": the name starts after "the"
        return span[0] + (doc[span[0]].lower_ == "the")

    merged = []
    consumed = 0
    for start, end, label in ents:
        if label in ("NORP", "GPE", "LOC") and start > 0 and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].pos_ in ("PROPN", "ADJ") and normalize_name(doc[start - 1:end].text) in book.demonyms.keys() | \
                book.places.keys() and not (merged and merged[-1][1] > start - 1 and
                                            merged[-1][:2] != (start - 1, start)):
            # "American" + "Samoans": one demonym of the tables' ("American Samoan")
            if merged and merged[-1][:2] == (start - 1, start):
                merged.pop()
            start -= 1
        if label in ("ORG", "GPE") and end - start == 1 and start >= 2 and \
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                not doc[start - 1].ent_type_ and doc[start - 2].text.islower() and \
                (doc[start - 2].lemma_ in _PERSON_NOUNS or
                 doc[start - 2].lemma_ in book.person_descriptors) and \
                not (merged and merged[-1][1] >= start - 1):
            start, label = start - 1, "PERSON"  # "an attendee Om Prakash", "Prakash" tagged
            # an organisation: a word for a person, then two words of a name
        if label in ("GPE", "LOC", "ORG") and end - start == 1 and start > 0 and \
                doc[start - 1].is_title and not doc[start - 1].ent_type_ and \
                normalize_name(doc[start - 1].text) in book.first_names and \
                normalize_name(doc[start].text) not in book.places and \
                normalize_name(doc[start].text) not in book.organizations and \
                not (merged and merged[-1][1] >= start):
            start, label = start - 1, "PERSON"  # "Alexei" + "Navalny", tagged a place
        if label == "PERSON" and start > 0 and end - start == 1 and doc[start - 1].is_title \
                and doc[start - 1].lower_ in book.title_words and normalize_name(
                    doc[start].text) in book.places and not (merged and merged[-1][1] >= start):
            start -= 1  # "Captain" + "America", tagged a person: a character's name
        if label == "PERSON" and start > 0 and doc[start].text.islower() and \
                doc[start].lower_ in NAME_PARTICLES and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].text[:1].isupper() and not (merged and merged[-1][1] > start - 1):
            start -= 1  # "Hamza" + "bin Ladin": a particle never starts a name
        if merged and merged[-1][1] == start and merged[-1][2] in ("ORG", "PERSON") and \
                label in ("ORG", "PERSON") and doc[end - 1].lower_.rstrip(".") in LEGAL_SUFFIXES:
            merged[-1] = (merged[-1][0], end, "ORG")  # "HDT" + "Védelmi Ipari Kft": one company
            continue
        if merged and label == "PERSON" == merged[-1][2] and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end, "PERSON")  # "Zine El Abidine" + "Ben Ali"
            continue
        if merged and label == "GPE" and merged[-1][2] in ("ORG", "GPE") and \
                merged[-1][1] == start and \
                normalize_name(doc[name_start(merged[-1]):start].text) in book.organizations and \
                entity_id(book.places.get(normalize_name(doc[start:end].text), "")) in \
                book.country_ids and (end >= len(doc) or not doc[end].text[:1].isupper()):
            merged[-1] = (merged[-1][0], end, "ORG")  # "CNN" + "Philippines": a national edition
            continue
        if merged and label in ("GPE", "LOC") and merged[-1][2] in ("GPE", "LOC") and \
                merged[-1][1] == start and doc[start - 1].whitespace_ and \
                doc[start - 1].is_alpha and doc[start - 1].lower_ not in ("'s", "’s") and not (
                    normalize_name(doc[merged[-1][0]:start].text) in book.places and
                    normalize_name(doc[start:end].text) in book.places):
            merged[-1] = (merged[-1][0], end, label)  # "Sultan" + "Kudarat": one place
            continue
        if label == "GPE" and doc[end - 1].text == "City" and start > 0 and \
                doc[start - 1].text.istitle() and doc[start - 1].lower_ in book.title_words and \
                doc[start - 1].ent_type_ == "" and not (merged and merged[-1][1] >= start):
            start -= 1  # "General" + "Santos City": a city named after a titled person
        if merged and label in ("GPE", "LOC", "FAC") and merged[-1][1] == start - 1 and \
                doc[start - 1].text in ("'s", "’s") and doc[start].lower_ in _OWNED_PLACE_WORDS \
                and merged[-1][1] - merged[-1][0] == 1 and doc[start - 2].text.istitle():
            merged[-1] = (merged[-1][0], end, "GPE")  # "Hawke" + "'s" + "Bay": one place
            continue
        if merged and label in ("FAC", "ORG", "GPE", "LOC") and merged[-1][2] == "PERSON" and \
                merged[-1][1] == start - 1 and merged[-1][1] - merged[-1][0] == 1 and \
                doc[start - 1].text in ("'s", "’s") and doc[end - 1].lower_ in _VENUE_WORDS and \
                doc.text.count(doc[start - 2].text) == 1:
            merged[-1] = (merged[-1][0], end, "FAC")  # "Grauman" + "'s Egyptian Theatre",
            continue  # the one time the text names Grauman: a venue's name
        if merged and label == "PERSON" == merged[-1][2] and _nickname_between(
                doc, merged[-1], start):
            merged[-1] = (merged[-1][0], end, "PERSON")  # 'Matiu "Matt' + '" Ratana'
            continue
        if merged and label == "PERSON" and merged[-1][1] == start and doc[start].text.islower() \
                and doc[start].lower_ in NAME_PARTICLES:
            merged[-1] = (merged[-1][0], end, "PERSON")  # "Hamza" + "bin Ladin"
            continue
        if start < consumed:
            continue  # (inside a court district named below)
        if label in ("GPE", "LOC") and doc[end - 1].lower_ == "district" and \
                doc[name_start((start, end))].lower_ in COURT_DISTRICTS and end + 1 < len(doc) \
                and doc[end].lower_ == "of":
            # "the Western District of Virginia" with "Virginia" left untagged
            texts = tuple(t.text for t in doc[end + 1:end + 6])
            stop = next((end + 1 + len(words) for words, _ in
                         book.place_surfaces.get(doc[end + 1].text, ())
                         if texts[:len(words)] == words), None)
            if stop is not None:
                district_start = start
                court_start = _court_for(doc, name_start((start, end)))
                if court_start is not None:
                    merged = [m for m in merged if m[1] <= court_start]
                    district_start = court_start
                merged.append((district_start, stop, "ORG"))
                consumed = stop
                continue
        if merged and label in ("GPE", "LOC") and merged[-1][1] + 1 == start and \
                doc[start - 1].lower_ == "of" and doc[merged[-1][1] - 1].lower_ == "district" and \
                doc[name_start(merged[-1])].lower_ in COURT_DISTRICTS:
            # "the Western District" + "of Texas": a federal court district, one name
            district_start = merged.pop()[0]
            court_start = _court_for(doc, name_start((district_start, end)))
            if court_start is not None:
                # "the United States District Court for the Southern District of New York"
                merged = [m for m in merged if m[1] <= court_start]
                district_start = court_start
            merged.append((district_start, end, "ORG"))
            continue
        if merged and (label in ("GPE", "LOC") or label == "ORG" and normalize_name(
                doc[start:end].text) in book.places) and merged[-1][2] == "ORG" and \
                merged[-1][1] + 1 == start and doc[start - 1].lower_ == "and" and any(
                    t.lower_ == "of" for t in doc[merged[-1][0]:merged[-1][1]]) and \
                _ends_in_place(doc, merged[-1], book) and (
                    not _is_country(doc, merged[-1], book) and
                    not _is_country(doc, (start, end, label), book) or _jurisdiction_body(
                        doc, merged[-1])):
            # "the Port Authority of New York" + "and New Jersey": one authority of both
            # regions; "the High Court of England" + "and Wales": a court of a jurisdiction
            # (not "the Bank of England and France": two actors)
            merged[-1] = (merged[-1][0], end, "ORG")
            continue
        if merged and label == "ORG" and merged[-1][2] == "ORG":
            gap = doc[merged[-1][1]:start]
            first = doc[start]
            if 0 < len(gap) <= 2 and all(t.lower_ in _JOINERS for t in gap) and gap[0].lower_ in (
                    "for", "of") and (first.lower_ == "the" or first.text[:1].isupper()) and \
                    not _a_persons_name(doc, merged[-1], book) and not (
                        doc[end - 1].lower_ == "party" and _two_name_words(doc, merged[-1], book)):
                # (not "Morgan Tsvangirai" + "of the MDC": a person and their party; nor
                # "Johannes Kaiser" + "of the National Libertarian Party")
                merged[-1] = (merged[-1][0], end, "ORG")
                continue
        merged.append((start, end, label))
    overrides = _acronym_spans(doc) + [
        (s, e) for _, s, e, _ in match_surfaces([(0, doc)], book.organization_surfaces, set())]
    def name_end(span):  # "Northern Ireland - 1" (seat): a trailing count is no part of it
        end = span[1]
        while end - 2 > span[0] and doc[end - 1].like_num and doc[end - 2].text in ("-", "–"):
            end -= 2
        if end - 1 > span[0] and doc[end - 1].lower_ in ("'s", "’s"):
            end -= 1  # "Voice of America's"
        return end

    merged = _glossed_names(doc, merged, book)
    for o_start, o_end in overrides:
        inside = [m for m in merged if m[0] < o_end and m[1] > o_start]
        if inside and all(o_start <= name_start(m) and name_end(m) <= o_end for m in inside) and (
                o_end - o_start) > max(name_end(m) - name_start(m) for m in inside):
            merged = [m for m in merged if m not in inside] + [(o_start, o_end, "ORG")]
    spans = []
    for start, end, label in sorted(merged):
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1  # "Catwoman" + the blank line before the next photo caption
        if end - start >= 2 and doc[start].lower_ in _QUANTIFIERS and doc[start].text.istitle() \
                and (not start <= doc[start].head.i < end or end < len(doc) and (
                    doc[end].text in ("-", "‐") or doc[end].pos_ == "NOUN" and doc[end].is_lower)):
            start += 1  # "Multiple Creative Commons-licensed videos": a quantity opening
            # the sentence (not "Multiple Sclerosis")
        if end - start >= 3 and _DATE_LIKE.match(doc[start].lower_) and \
                doc[start + 1].lower_ == "century":
            start += 2  # "21st Century Australia": the country in its time
        while end - 1 > start and (doc[end - 1].text == "%" or doc[end - 1].like_num and
                                   end < len(doc) and doc[end].text == "%"):
            end -= 1  # "Melbourne 0.5%, Victoria 1.6%": a share, no part of the name
        if label == "PERSON":
            end = next((k for k in range(start + 1, end - 1) if doc[k].text in ("'s", "’s")), end)
            # "Sally Capp's Mayorship": the person, not what is theirs
        if end - start >= 2 and (
                doc[start].lower_ in book.noise and doc[start].text.isupper() or
                doc[start].tag_ == "VB" and (
                    _opens(doc[start]) or doc[start - 1].text == ":")
                and doc[start].lower_ not in book.first_names) and \
                normalize_name(doc[start + 1:end].text) in book.places and \
                normalize_name(doc[start:end].text) not in book.places:
            start, label = start + 1, "GPE"  # "Make Melbourne a ... city", "COVID Melbourne"
        cut = _two_places(doc, start, end, book)
        if cut:  # "make Melbourne Australia's capital": two places, one after the other
            spans.append(Span(doc, start, cut, label="GPE"))
            start, label = cut, "GPE"
        if start < end:
            spans.append(Span(doc, start, end, label=label))
    return spans


_QUANTIFIERS = {"multiple", "several", "many", "numerous", "various", "countless", "few"}


def _two_places(doc, start: int, end: int, book: Rulebook) -> int:
    """Where a span of two names the tables know as places, written without a comma
    between them, splits: "Melbourne Australia" (not "New York", known whole; nor
    "Sultan Kudarat")."""
    if end > start and doc[end - 1].text in ("'s", "’s"):
        end -= 1
    surfaces = book.place_surfaces
    if end - start < 2 or doc[start].text not in surfaces or not any(
            doc[k].text in surfaces for k in range(start + 1, end)) or \
            normalize_name(doc[start:end].text) in book.places:
        return 0
    return next((k for k in range(start + 1, end) if doc[k - 1].whitespace_ and
                 doc[k].text in surfaces and
                 doc[k - 1].is_alpha and normalize_name(doc[start:k].text) in book.places and
                 normalize_name(doc[k:end].text) in book.places), 0)


_STANCE_PREFIXES = {"anti", "pro", "non", "intra", "inter", "post", "pre"}


_INDEFINITE = {"a", "an", "any", "every", "each", "another"}


_POLICE_WORDS = {"police", "prefecture", "gendarmerie", "constabulary"}


def _foreign_sentence(sent, book: Rulebook) -> bool:
    """A sentence quoted in another language ("Si el Senado me ratifica, seré
    gobernador hasta el 2020."): more of its function words are foreign than English, or
    more of its words are written in another script ("Скажем, тюменскую медицину ...")."""
    foreign = english = script = 0
    for token in sent:
        lower = token.lower_
        if lower in book.foreign_words:
            foreign += 1
        elif lower in book.english_words:
            english += 1
        elif token.is_alpha and ord(token.text[0]) > 0x24F:  # past the Latin letters
            script += 1
    return (foreign >= 3 or script >= 3) and foreign + script > english


# Nouns for a work that a title after them names: "the 2009 novel Obsession".
_WORK_NOUNS = {"memoir", "novel", "book", "album", "film", "movie", "song", "single",
               "documentary", "musical", "poem", "opera", "episode", "painting", "sculpture",
               "play", "sitcom", "series", "mockumentary", "miniseries", "telefilm"}


_TITLE_JOINERS = {"of", "the", "at", "on", "in", "and", "a", "to", "for"}
# Words for works that are no adjective, however tagged ("mockumentary Mister America").
_ONLY_WORK_NOUNS = {"mockumentary", "documentary", "miniseries", "sitcom", "telefilm", "novel",
                    "memoir", "album"}


def _work_title_tokens(doc) -> frozenset[int]:
    """Indices of the tokens of a work's title of two words or more that the text names
    after a word for the work ("the mockumentary Mister America", "web series On Cinema
    at the Cinema"), wherever the title (or its first two words or more) is written again;
    not when it opens with a person's name ("the documentary Donald Trump")."""
    cached = doc.user_data.get("graphkit_titles")
    if cached is not None:
        return cached
    columns = token_columns(doc)
    texts, n = columns.text, len(doc)
    titles = []
    for k in range(n - 2):
        if columns.lower[k] not in _WORK_NOUNS or columns.pos[k] != "NOUN" and \
                columns.lower[k] not in _ONLY_WORK_NOUNS or \
                not texts[k].islower() or not texts[k + 1][:1].isupper() or \
                doc[k + 1].ent_type_ == "PERSON":
            continue
        stop, last = k + 1, k
        while stop < n and (texts[stop][:1].isupper() or texts[stop] in _TITLE_JOINERS):
            if texts[stop][:1].isupper():
                last = stop
            stop += 1
        if last - k >= 2:
            titles.append(tuple(texts[k + 1:last + 1]))
    covered = set()
    for title in titles:
        for i in range(n - 1):
            length = 0
            while length < len(title) and i + length < n and texts[i + length] == title[length]:
                length += 1
            if length >= 2:
                covered.update(range(i, i + length))
    cached = frozenset(covered)
    doc.user_data["graphkit_titles"] = cached
    return cached


# Words ending the name of an illness written in lower case: "Ebola virus disease (EVD)".
_ILLNESS_WORDS = {"disease", "syndrome", "fever", "infection", "disorder", "illness"}


# Words for things in the sky before their names: "the constellation Leo".
_SKY_NOUNS = {"constellation", "galaxy", "nebula", "asteroid", "comet", "exoplanet", "planet"}


# Words before a storm's name ("Tropical Storm Barry", "Typhoon Haiyan").
_STORM_WORDS = {"storm", "hurricane", "typhoon", "cyclone", "depression"}


# Endings of the Latin second word of a species' name ("Spheniscus magellanicus").
_LATIN_ENDINGS = ("us", "um", "ae", "ii", "ensis", "oides", "ica", "ata", "ida", "ina", "ella")


def _species_name(doc, ent) -> bool:
    """A genus and species set off in brackets ("(Carcharodon carcharias)") or, ending in
    Latin, between commas (", Spheniscus magellanicus,") is a species' name."""
    start, end = ent.start, ent.end
    if len(ent) == 2:
        second = ent[1]
    elif len(ent) == 1 and end < len(doc):
        second, end = doc[end], end + 1
    else:
        return False
    if not start or end >= len(doc) or not second.is_alpha or not second.text.islower():
        return False
    opener, closer = doc[start - 1].text, doc[end].text
    return opener == "(" and closer == ")" or opener == "," and closer in (",", ")", ".") and \
        len(second) >= 5 and second.lower_.endswith(_LATIN_ENDINGS)


def _a_persons_words(doc, tokens) -> bool:
    """The tokens name a person the model tagged: all of the name, or its last word."""
    text = " ".join(t.text for t in tokens)
    return any(e.label_ == "PERSON" and (e.text == text or len(e) > 1 and e[-1].text == text)
               for e in doc.ents)


def _storm_and_ship_names(doc) -> frozenset[str]:
    """The names the document gives storms and ships ("Hurricane Lorenzo" -> "Lorenzo",
    "U.S.S. Grayback" -> "Grayback"; a ship's of up to three words: "MV Namse Bangdzod")."""
    cached = doc.user_data.get("graphkit_storms")
    if cached is None:
        columns = token_columns(doc)
        names = set()
        for i in range(len(doc) - 1):
            ship = columns.text[i] in _SHIP_PREFIXES
            if not (ship or columns.lower[i] in _STORM_WORDS and columns.text[i][:1].isupper()):
                continue
            end = i + 1
            while end < len(doc) and end - i <= (3 if ship else 1) and \
                    columns.text[end][:1].isupper() and columns.pos[end] == "PROPN":
                end += 1
            if i + 1 < end and (end == len(doc) or columns.pos[end] != "PROPN"):
                names.add(" ".join(columns.text[i + 1:end]))
        cached = frozenset(names)
        doc.user_data["graphkit_storms"] = cached
    return cached


# Nouns for a named service or publication run by an organisation: what the model
# calls a work or a product after them is the organisation's name.
_NAMED_SERVICES = {"board", "forum", "website", "site", "app", "platform", "newspaper",
                   "magazine", "outlet", "network", "channel", "broadcaster", "tabloid", "band",
                   "supergroup", "group", "faction", "trio", "duo", "quartet", "stable", "label"}


# Wire copy's credits: "(Reporting by Jonathan Landay; Editing by Mary Milliken)" and a
# byline of names alone ("By Matthew Lee and Ellen Knickmeyer").
_CREDIT_SEGMENT = re.compile(r"(?:(?<=[(;\n])|^)[ \t]*(?:[Aa]dditional[ \t]+)?(?:[Rr]eporting|"
                             r"[Ee]diting|[Ww]riting|[Cc]ompiled|[Ee]dited|[Pp]roduced)[ \t]+by\b"
                             r"[^;)\n]*", re.M)
_BYLINE = re.compile(r"^[ \t]*\(?(?:By|BY)[ \t]+([^\n]{1,150})$", re.M)
_BYLINE_WORDS = {"and", "&", ",", "|", "in", "de", "da", "van", "von", "der", "bin", "al", "el",
                 "staff", "writer", "writers", "reporter", "reporters", "correspondent",
                 "correspondents", "editor", "the", "for", "-", "—", ")"}


def credit_tokens(doc) -> frozenset[int]:
    """The tokens of a wire story's credits, whose names are no actors in it."""
    cached = doc.user_data.get("graphkit_credits")
    if cached is not None:
        return cached
    spans = [(m.start(), m.end()) for m in _CREDIT_SEGMENT.finditer(doc.text)]
    for match in _BYLINE.finditer(doc.text):
        words = re.findall(r"[\w'’.-]+|[,&|)—-]", match.group(1))
        if len(words) <= 16 and all(w[:1].isupper() or w.lower() in _BYLINE_WORDS
                                    for w in words):
            spans.append((match.start(), match.end()))
    found = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    doc.user_data["graphkit_credits"] = frozenset(found)
    return doc.user_data["graphkit_credits"]


def mentions_from_ents(chunk: int, doc, book: Rulebook) -> list[RawMention]:
    mentions = []
    known = full_names = None
    foreign: dict[int, bool] = {}
    for ent in corrected_spans(doc, book):
        if ent.label_ not in KEPT_LABELS and ent.label_ not in ALIAS_ONLY_LABELS:
            continue
        sent = ent.sent
        if sent.start not in foreign:
            foreign[sent.start] = _foreign_sentence(sent, book)
        if foreign[sent.start] or ent[-1].lower_ in book.foreign_words and ent[-1].text.islower():
            continue  # (a name never ends in a lower-case function word: "Si el")
        tokens = list(ent)
        label = ent.label_
        if label == "ORG" and len(tokens) >= 2 and tokens[-1].text.islower() and \
                tokens[-1].lemma_ in ORG_DESCRIPTORS and (
                    normalize_name(" ".join(t.text for t in tokens[:-1])) in book.organizations or
                    normalize_name(" ".join(t.text for t in tokens[:-1])) in book.parties):
            tokens = tokens[:-1]  # "the ruling Georgian Dream party": the party's name
        if label == "ORG" and len(tokens) >= 3:
            owner = next((k for k, t in enumerate(tokens[:-1]) if k and t.text in ("'s", "’s")),
                         None)
            if owner is not None and _a_persons_words(doc, tokens[:owner]):
                tokens = tokens[owner + 1:]  # "Trump's State Department": the department
        if label in ("WORK_OF_ART", "PRODUCT") and ent.start and \
                doc[ent.start - 1].lemma_ in _NAMED_SERVICES and doc[ent.start - 1].text.islower():
            label = "ORG"  # "the message board 8chan", "the website Breitbart"
        if tokens[0].lower_ in _STORM_WORDS or ent.start and doc[ent.start - 1].lower_ in \
                _STORM_WORDS and doc[ent.start - 1].text[:1].isupper() or (
                    (len(tokens) == 1 or label != "PERSON" or
                     normalize_name(tokens[0].text) not in book.first_names) and
                    " ".join(t.text for t in tokens) in _storm_and_ship_names(doc)):
            continue  # "Tropical Storm Barry", "Hurricane Dorian" (and "Lorenzo" after it;
            # "the Grayback" after "U.S.S. Grayback"; not "Alan Kurdi", the boy the ship
            # "MV Alan Kurdi" is named after)
        if label != "PERSON" and label not in ALIAS_ONLY_LABELS and (
                ent.start and doc[ent.start - 1].lemma_ in _WORK_NOUNS and
                doc[ent.start - 1].text.islower() or ent.root.dep_ == "conj" and
                ent.root.head.ent_type_ == "WORK_OF_ART"):
            continue  # "the 2009 novel Obsession", "the memoirs Once Upon a Time and Black Knight"
        if label not in ALIAS_ONLY_LABELS and (
                any(c.dep_ == "appos" and c.text.islower() and c.lemma_ in _WORK_NOUNS
                    for c in ent.root.children) or label == "PERSON" and ent.start and
                doc[ent.start - 1].lemma_ in _WORK_NOUNS and doc[ent.start - 1].text.islower()
                and (ent.end + 1 < len(doc) and doc[ent.end].text in ("'s", "’s") and
                     doc[ent.end + 1].is_title or len(tokens) == 1 and
                     normalize_name(tokens[0].text) not in book.first_names)):
            continue  # "Suits, a Toronto-shot legal series", "the sitcom Kim's Convenience",
            # "Bob Woodward's book Rage"
        if label == "ORG" and len(tokens) >= 2 and tokens[-1].is_title and \
                tokens[-1].lower_ in _NAMED_BUILDINGS:
            label = "FAC"  # "Chamundi Temple", "Hagia Sophia Mosque": a building
        if label == "GPE" and len(tokens) == 1 and ent.root.dep_ == "compound" and \
                ent.root.head.lemma_ in _WORK_NOUNS and ent.root.head.text.islower() and \
                normalize_name(ent.text) not in book.places:
            label = "ORG"  # "Marvel film Shang-Chi": the studio that made it
        if label == "ORG" and len(tokens) == 1 and ent.root.pos_ == "PROPN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any") and all(
                    t.dep_ in ("amod", "npadvmod", "advmod", "punct")
                    for t in doc[c.i + 1:ent.start]) for c in ent.root.children):
            continue  # "a bio-based PET": a kind of thing, not an organisation's name
        if label not in ALIAS_ONLY_LABELS and all(t.i in _work_title_tokens(doc) for t in tokens):
            continue  # "Mister America is a continuation" after "mockumentary Mister America"
        if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and \
                ent.root.head.lower_ in book.thing_heads and label != "ORG" and (
                    ent.root.head.i == ent.end or ent.root.head.i == ent.end + 1 and
                    doc[ent.end].dep_ == "compound" and doc[ent.end].text.islower()):
            continue  # "Powassan virus", "the Mack truck", "the Kepler space telescope": a
            # thing (not "a NASA rocket": its maker)
        if ent.start and doc[ent.start - 1].lower_ in _SKY_NOUNS and \
                doc[ent.start - 1].text.islower():
            continue  # "the constellation Leo"
        if label == "PERSON" and any(c.dep_ == "det" and c.lower_ in _INDEFINITE and not any(
                t.pos_ == "NOUN" and t.text.islower() and t.dep_ == "compound"
                for t in doc[c.i + 1:ent.start])
                                     for c in ent.root.children) and \
                ent.root.i == ent.end - 1 and all(t.text in "-–" or t.i == ent.root.i or (
                    t.dep_ in ("compound", "amod", "punct") and t.head.i == ent.root.i)
                                                   for t in tokens):
            continue  # "a self-described Neo-Nazi": a kind of person (not "an attendee Om
            # Prakash": the article is the word for the person's)
        if label == "PERSON" and len(tokens) == 1 and (any(
                c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tokens[0].children) or (
                    ent.start and doc[ent.start - 1].lower_ in _INDEFINITE) or (
                    ent.start and doc[ent.start - 1].lower_ == "the" and tokens[0].text.endswith(
                        "s") and any(e.label_ == "PERSON" and e[-1].text == tokens[0].text[:-1]
                                     for e in doc.ents))):
            # "what any Londoner would do", "a daily Aspirin": a kind of person or thing,
            # not a name; "the Trumps": a family
            continue
        if label == "PERSON" and len(tokens) == 1 and \
                normalize_name(tokens[0].text) in book.demonyms:
            label = "NORP"  # "10:00 a.m. Tongan time": a demonym, not a person
        if label == "PERSON" and len(tokens) == 1 and normalize_name(tokens[0].text) in \
                book.places and normalize_name(tokens[0].text) not in book.first_names and \
                normalize_name(tokens[0].text) not in book.country_given_names and not any(
                    e.label_ == "PERSON" and len(e) > 1 and tokens[0].text in (e[0].text, e[-1].text)
                    for e in doc.ents):
            label = "GPE"  # "from Mysore to Bangalore": a city the tables know, no one's
            # given name, nor a name of anyone the text names in full ("George Washington")
        if label == "EVENT" and any(t.lower_ in book.org_words or t.lower_ in _POLICE_WORDS
                                    for t in tokens[1:]) and tokens[-1].text[:1].isupper():
            label = "ORG"  # "the Paris Police Prefecture", tagged as an event
        if label in ("GPE", "LOC") and len(tokens) >= 3 and tokens[-1].lower_ in book.org_words \
                and tokens[-1].text[:1].isupper() and normalize_name(
                    ent.text.removeprefix("the ").removeprefix("The ")) not in book.places:
            label = "ORG"  # "The United States Coast Guard", tagged as a place
        if _species_name(doc, ent):
            continue  # "the great white shark (Carcharodon carcharias)": a species' name
        if len(tokens) == 1 and tokens[0].text.isupper() and 0 < ent.start and \
                ent.end < len(doc) and doc[ent.start - 1].text == "(" and \
                doc[ent.end].text == ")" and ent.start >= 2 and \
                doc[ent.start - 2].lower_ in _ILLNESS_WORDS | book.thing_heads:
            continue  # "Ebola virus disease (EVD)": a disease's short form
        if label == "PERSON" and len(tokens) == 1 and ent.start and \
                doc[ent.start - 1].text.isdigit():
            continue  # "the Boeing 737 Max": a model's name
        if label == "NORP" and len(tokens) == 1 and \
                normalize_name(tokens[0].text) not in book.demonyms and \
                _place_cue(ent.root, book) >= 3:
            label = "GPE"  # "the French territory of Martinique"
        if label == "LANGUAGE" and (ent.root.dep_ not in ("amod", "compound", "nmod") or
                                    ent.root.head.lemma_ in ("language", "translation")):
            continue  # "in French and English", "it was English language": not the country
        person_like = label == "PERSON" or (label in ("ORG", "NORP") and (
            tokens[0].lower_.rstrip(".") in book.honorifics or _titled_name(tokens, book)))
        if person_like and label != "PERSON":
            label = "PERSON"
        parts = None
        if label in ("PERSON", "ORG") and len(tokens) >= 3 and "of" in (
                tokens[1].lower_, tokens[2].lower_) and tokens[0].lower_ not in _SEE_HEADS:
            if full_names is None:
                full_names = _known_names(doc, book, with_last_words=False)
            cut = _of_known_name(tokens, full_names, book)
            if len(cut) < len(tokens) and label == "ORG" and (
                    tokens[0].lower_ in book.title_words or tokens[0].lower_ in book.honorifics or
                    tokens[1].lower_ in book.title_words or tokens[1].lower_ in book.honorifics):
                label = "GPE"  # "the Archbishop of Gdańsk" -> Gdańsk, a place
            tokens = cut
        if any(t.text in ("-", "–", "—") for t in tokens):
            known = known if known is not None else _known_names(doc, book)
            parts = _split_hyphenated(tokens, known)
        located = _split_located(tokens, label, book) if parts is None else None
        listed = _split_listed(tokens, label, book) if parts is None and located is None else None
        for number, part in enumerate(located or listed or parts or [tokens]):
            start, end, titles = _strip_span(part, book, person_like)
            if start >= end:
                continue
            span = part[start:end]
            # ("the |Boston Tea Party": a stray bar of wiki markup)
            text = doc[span[0].i:span[-1].i + 1].text.strip("|")
            if span[0].i in doc.user_data.get("graphkit_datelines", ()):
                text = text.title()  # "ABUJA —": Abuja
            if label == "PERSON" and "]" in text:
                while len(span) > 3 and span[-1].pos_ == "VERB":
                    span = span[:-1]  # ("Narendra] Modi Announced a curfew")
                if _edited_name(span):
                    # "[Indian Prime Minister Narendra] Modi", "[Alireza] Firouzja": a
                    # name an editor completed in brackets
                    text = " ".join(t.text for t in span if t.text != "]")
            if "[" in text or "]" in text:
                continue  # an edited quotation ("[W]e", "Narendra] Modi Announced")
            if "/" in text and all(len(p) >= 3 and p.istitle() and p.isalpha()
                                   for w in text.split() if "/" in w for p in w.split("/")):
                continue  # "the Blankenship/Mohr ticket": two people (not "AC/DC")
            if text.count("/") == 1 and label == "ORG":
                known = known if known is not None else _known_names(doc, book)
                if all(normalize_name(p) in known for p in text.split("/")):
                    continue  # "a good home for CentOS, Red Hat/IBM": two bodies named apart
            glued = _GLUED_CAPTION.search(text)
            if glued and span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].text == ":":
                text = text[:glued.start()]  # "Jo JorgensenImage: ...": a caption's credit
            key = normalize_name(text)
            if text.lower().endswith(".com") and text[:-4].isalpha() and label == "ORG":
                key = normalize_name(text[:-4])  # "Amazon.com" is "Amazon"
            if is_noise(key, span, book):
                continue
            first = span[0].i
            if first and doc[first - 1].text == "#":
                continue  # "#DemDebate": a hashtag
            if len(span) > 2 and span[0].lower_ in _STANCE_PREFIXES and span[1].text == "-":
                continue  # "anti-Brexit", "pro-Beijing", "intra-Africa": not a name
            if _common_noun_opening(doc, span, key, book):
                continue  # "Protestor dressed as the Grim Reaper": "protestors" elsewhere
            if label == "PERSON" and _modifier_opening(doc, span, key, book):
                continue
            if _day_name(doc, span, label, book):
                continue  # "Super Tuesday", "Bloody Sunday": a day's name
            if _people_or_event(doc, span, key, label, book):
                continue  # "ethnic Ndebele", "the Gukurahundi massacres"
            if key.endswith(" affairs") and first >= 2 and doc[first - 1].lower_ in (
                    "for", "of") and doc[first - 2].lemma_.lower() in book.roles:
                continue  # "the minister for East African Affairs": a portfolio
            if not titles:
                titles = titles_before(doc, first, book)
            if located and number == 1:
                mentions.append(RawMention(chunk, first, span[-1].i + 1, text, key, "PLACE",
                                         book.places.get(key, ""), "GPE", ()))
                continue
            if parts or label in ALIAS_ONLY_LABELS:
                typed = _type_mention(key, "GPE", book) if (
                    key in book.places or key in book.demonyms or key in book.organizations) else None
                mtype, canonical = typed if typed else ("", "")
                if not typed and not parts and 2 <= len(span) <= 3 and all(
                        t.pos_ == "PROPN" for t in span) and \
                        normalize_name(span[0].text) in book.first_names and \
                        (first == 0 or doc[first - 1].lower_ != "the"):
                    # a quoted "Nicolás Maduro" tagged as a title (not "The Doris Day Show")
                    mtype = "PERSON"
                elif not typed and not parts and label == "WORK_OF_ART" and \
                        _described_as_org(doc, first - 1 - (doc[first - 1].lower_ == "the")):
                    # "anti-poverty organization The Mustard Seed Kamloops": a body, titled
                    mtype = "ORG"
            else:
                typed = _type_mention(key, label, book)
                if typed is None and label == "NORP" and _named_by_descriptor(
                        doc[first:span[-1].i + 1].root):
                    typed = ("ORG", "")  # "store chains Woolworths and Coles": no people
                if typed is None:
                    continue
                mtype, canonical = typed
            national = _national_owner(doc, first, book) if canonical and mtype == "ORG" and \
                normalize_name(canonical) != key and " " in key and \
                key.split()[-1] in book.org_words else ""
            if national:
                # "Russian Security Council": the nation's own body, not the table's (UN) one
                canonical, text = "", f"{national} {text}"
                key = normalize_name(text)
            if _titled_with_the(doc, first) and mtype == "PLACE" and key not in _PLACES_WITH_THE:
                # "told The Atlantic": a capital "The" inside a sentence opens a title
                mtype, canonical, text = "ORG", "", f"The {text}"
            mention = RawMention(chunk, first, span[-1].i + 1, text, key, mtype, canonical,
                               ent.label_, titles)
            root = doc[first:span[-1].i + 1].root
            mention.person_cue = (_says_he(root) or _followed_by_who(doc, span[-1].i + 1, root)) \
                and root.lower_ not in book.org_words or (  # ("the Eastern Shoshone Tribe, who")
                label == "ORG" and _listed_among_people(root, span, key, book)) or (
                len(span) == 1 and (_quote_speaker(root) or _appointed(root) or label == "ORG" and
                                    _listed_with_person(root, key, book)
                                    or (label in ("GPE", "LOC") and
                                        _unknown_speaker(root, key, book)))) \
                or _described_as_person(doc, first, book) or _role_in_apposition(root, book) \
                or _of_a_party(doc, first, span[-1].i + 1, book)
            mention.kin_described = _kin_in_apposition(root, book)
            mention.gender_cue = _gender_in_apposition(root)
            mention.person_cue = mention.person_cue or mention.kin_described
            mention.embedded = root.dep_ in ("appos", "conj") or root.head.dep_ == "appos"
            mention.place_cue = _place_cue(root, book, span[-1].i + 1)
            before = doc[first - 1] if first else None
            after = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
            # "the Cipriani Dolci restaurant"; "the Kaufland chain", however parsed (not
            # "the Hawaiian Island chain": a place word in the name)
            business = not any(w in book.place_heads for w in key.split()) and (
                root.dep_ == "compound" and root.head.pos_ == "NOUN" and
                root.head.lower_ in book.business_heads or after is not None and
                after.pos_ == "NOUN" and after.text.islower() and
                after.lower_ in book.business_heads)
            mention.org_cue = business or (root.dep_ == "compound" and root.head.pos_ == "NOUN"
                                           and root.head.lower_ in book.group_heads) or (
                before is not None and before.pos_ == "NOUN" and before.text.islower() and
                before.lemma_ in ORG_DESCRIPTORS) or any(  # "law firm Sidley Austin"
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_ in book.org_roles and
                c.lemma_ not in book.roles for c in root.children) or (  # "Roscosmos, the ... agency"
                before is not None and before.lower_ == "of" and first >= 3 and
                doc[first - 2].ent_type_ == doc[first - 3].ent_type_ == "PERSON" and
                doc[first - 2].pos_ == "PROPN" and label != "GPE")  # "Mike McCready of Pearl
            # Jam" (not "Alexander Gagay of Yekaterinburg", a town the model knows as one)
            mention.described_org = _named_by_descriptor(root) or _called_by_descriptor(root) or \
                root.dep_ == "compound" and root.head.pos_ == "NOUN" and \
                root.head.lemma_.lower() in _TEAM_ROLES or _team_role_follows(doc, span[-1].i + 1) or \
                after is not None and SCORE.fullmatch(after.text) or \
                before is not None and before.pos_ == "NOUN" and \
                before.text.islower() and before.lemma_ in ORG_DESCRIPTORS and \
                before.lemma_ != "party" and (before.head.i == root.i or root.head.i == before.i) \
                or any(  # "another supergroup Blind Faith"; "UpGuard, a cybersecurity firm"
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_ in ORG_DESCRIPTORS and
                c.lemma_ != "party" and any(d.dep_ == "det" for d in c.children)
                for c in root.children) or root.dep_ == "appos" and root.head.pos_ == "NOUN" \
                and root.head.lemma_ in ORG_DESCRIPTORS and (root.head.lemma_ != "party" or any(
                    c.dep_ == "det" and c.lower_ == "the" for c in root.head.children)) and \
                root.head.text.islower() or root.dep_ == "nsubj" and root.head.lemma_ == "be" \
                and any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_ in ORG_DESCRIPTORS
                        and c.lemma_ != "party" for c in root.head.children)
            # ("SpaceX ... is the first private company to send astronauts"; "the state
            # nuclear power company, Energoatom")
            mentions.append(mention)
    return _shared_surnames(doc, mentions, book)


def _shared_surnames(doc, mentions: list[RawMention], book: Rulebook) -> list[RawMention]:
    """"David and Louise Turpin": a given name alone before "and" and a full name shares
    its surname (the model's mention, or one it left untagged)."""
    for mention, other in zip(mentions, mentions[1:]):
        if mention.type == "PERSON" == other.type and mention.end - mention.start == 1 and \
                other.end - other.start == 2 and mention.end + 1 == other.start and \
                doc[mention.end].lower_ == "and" and mention.key in book.first_names and \
                other.key.split()[0] in book.first_names:
            mention.text = f"{mention.text} {doc[other.end - 1].text}"
            mention.key = normalize_name(mention.text)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for other in mentions:
        first = other.start - 2
        if other.type == "PERSON" and other.end - other.start == 2 and first >= 0 and \
                doc[first + 1].lower_ == "and" and first not in taken and \
                doc[first].pos_ == "PROPN" and doc[first].text.istitle() and \
                normalize_name(doc[first].text) in book.first_names and \
                other.key.split()[0] in book.first_names:
            # "Barack and Michelle Obama": the given name the model left untagged
            text = f"{doc[first].text} {doc[other.end - 1].text}"
            added.append(RawMention(other.chunk, first, first + 1, text, normalize_name(text),
                                    "PERSON", "", "GIVEN_NAME", ()))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def noise_short_forms(doc, book: Rulebook) -> set[str]:
    """Short forms defined in brackets after a name that is no node ("the Digital
    Millennium Copyright Act (DMCA)"): no node either, wherever written."""
    found = set()
    for ent in doc.ents:
        end = ent.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
                doc[end + 1].text.isupper() and 2 <= len(doc[end + 1].text) <= 8:
            tokens = [t for t in ent if t.lower_ != "the"]
            if tokens and is_noise(normalize_name(" ".join(t.text for t in tokens)), tokens, book):
                found.add(normalize_name(doc[end + 1].text))
    for i, token in enumerate(doc[:-2]):
        short = doc[i + 1].text
        if token.text != "(" or doc[i + 2].text != ")" or not short.isupper() or \
                not 2 <= len(short) <= 6 or i < len(short):
            continue
        words = doc[i - len(short):i]
        if "".join(w.text[:1] for w in words) == short and words[-1].lower_ in book.roles:
            found.add(normalize_name(short))  # "Divisional Railway Manager (DRM)": a title
    return found


def parenthetical_aliases(chunk: int, doc, mentions: list[RawMention]) -> dict[str, RawMention]:
    """'Islamic Revolutionary Guard Corps (IRGC)': IRGC names the same thing."""
    aliases = {}
    for mention in mentions:
        if mention.chunk != chunk:
            continue
        i = mention.end
        if i + 1 < len(doc) and doc[i].text in (".", "[") and doc[i + 1].text == "(":
            # "HDT Védelmi Ipari Kft. (HDT Limited)": the abbreviation's dot;
            # "OECD [(Organisation for ...)]": an editor's brackets
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            inner = doc[i + 1].text
            capitals = "".join(c for c in inner if c.isupper())
            initials = "".join(w[0] for w in mention.text.split() if w[:1].isupper())
            # "(IRGC)"; "(AfCFTA)" whose capitals spell "African Continental Free Trade Area".
            words = mention.text.split()
            # (not "the Parliament of New South Wales (NSW)": the place's abbreviation)
            tail = any("".join(w[0] for w in words[k:] if w[:1].isupper()) == capitals
                       for k in range(1, len(words))) and capitals != initials
            # (nor "Member of Parliament (MP)": the words before it are abbreviated too)
            tail = tail or capitals != initials and any(
                "".join(t.text[0] for t in doc[k:mention.end] if t.text[:1].isupper()) == capitals
                for k in range(max(0, mention.start - 4), mention.start))
            if 2 <= len(inner) <= 10 and not tail and (
                    inner.isupper() or (len(capitals) >= 2 and capitals == initials)
                    or mention.type == "ORG" and _letters_of(inner, mention.text)):
                aliases[normalize_name(inner)] = mention
                mention.short_form = inner
        elif i + 3 < len(doc) and doc[i].text == "(" and mention.type == "ORG" and (
                doc[i + 3].text == ")" or i + 4 < len(doc) and doc[i + 4].text == ")") and \
                _short_form_of([t.text for t in doc[i + 1:i + 3 + (doc[i + 3].text != ")")]],
                               mention.text.split()):
            # "First Moscow State Medical University (First MSMU)": words of the name kept,
            # the rest abbreviated
            inner = doc[i + 1:i + 3 + (doc[i + 3].text != ")")].text
            aliases[normalize_name(inner)] = mention
            mention.short_form = inner
        elif i + 3 < len(doc) and doc[i].text == "(" and mention.type == "ORG":
            # "the Supreme Court of Justice (Oberster Gerichtshof)": the name in its language;
            # "the RMT union (National Union of Rail, Maritime and Transport Workers)"
            close = next((j for j in range(i + 2, min(i + 16, len(doc))) if doc[j].text == ")"),
                         None)
            # (words split at hyphens: "Economic Co-operation and Development")
            words = doc[i + 1:close].text.replace(",", " ").split() if close else []
            names = [w for w in words if w not in ("of", "and", "for", "the")]
            if len(names) >= 2 and all(w.replace("-", "").isalpha() and w[:1].isupper()
                                       for w in names) and \
                    words[0][:1].isupper() and words[-1][:1].isupper():
                aliases[normalize_name(doc[i + 1:close].text)] = mention
    return aliases


def _short_form_of(inner: list[str], name: list[str]) -> bool:
    """"First MSMU" of "First Moscow State Medical University", "UC Berkeley" of
    "University of California Berkeley": each word of the short form either the name's
    next word or the initials of its next words, at least one of them initials."""
    words = [w for w in name if w.lower() not in ("of", "and", "for", "the")]
    position, initials = 0, False
    for part in inner:
        if position < len(words) and part == words[position]:
            position += 1
        elif len(part) >= 2 and part.isupper() and part.isalpha() and \
                "".join(w[0] for w in words[position:position + len(part)]) == part:
            position += len(part)
            initials = True
        else:
            return False
    return initials and position == len(words)


def _letters_of(short: str, name: str) -> bool:
    """"Phivolcs" of "Philippine Institute of Volcanology and Seismology": a one-word
    short form whose letters run, in order, through the name's, from its first letter
    and into at least three of its words."""
    words = [w for w in name.split() if w.lower() not in ("the", "of", "and", "for")]
    if not short.isalpha() or not short.istitle() or len(short) < 4 or len(words) < 3 or \
            short.lower()[0] != words[0].lower()[0] or short.lower() in name.lower().split():
        return False
    letters = [(c, k) for k, w in enumerate(words) for c in w.lower()]
    position, used = 0, set()
    for letter in short.lower():
        while position < len(letters) and letters[position][0] != letter:
            position += 1
        if position == len(letters):
            return False
        used.add(letters[position][1])
        position += 1
    return len(used) >= 3


def match_surfaces(chunks, table, covered, pos: str | None = None):
    """Find known names written out in the text, longest first, case-sensitive.

    ``table`` maps a first word to (words, value) pairs (longest first); tokens
    in ``covered`` (chunk, index) or in a work's title are never matched; with ``pos``
    the first word must have that part of speech.  Yields (chunk, start, end, value).
    """
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        texts = columns.text
        titled = _work_title_tokens(doc)
        i = 0
        while i < len(texts):
            entries = table.get(texts[i], ())
            match = None
            if entries and (chunk, i) not in covered and i not in titled and (
                    pos is None or columns.pos[i] == pos):
                for words, value in entries:
                    n = len(words)
                    if tuple(texts[i:i + n]) == words and not any(
                            (chunk, j) in covered for j in range(i, i + n)):
                        match = (n, value)
                        break
            if match is None:
                i += 1
                continue
            yield chunk, i, i + match[0], match[1]
            i += match[0]


# Nouns for a group's members or arms: "Houthi rebels", "Taliban fighters".
_MEMBERS_NOUNS = {"rebels", "fighters", "militants", "militiamen", "forces", "gunmen",
                  "insurgents", "guerrillas", "leader", "leaders", "spokesman", "spokesperson",
                  "commander", "commanders"}


def find_organization_names(chunks, covered, book) -> list[RawMention]:
    """Organisation names from the tables that spaCy did not tag ("said Sabrina
    Bennoui of Reporters Without Borders"; a one-word name only as a proper noun:
    "social media site Facebook")."""
    found = []
    for chunk, start, end, canonical in match_surfaces(chunks, book.organization_surfaces,
                                                       covered):
        doc = chunks[chunk][1]
        if end - start == 1 and doc[start].pos_ != "PROPN" and not (
                doc[start].text.isupper() and len(doc[start].text) >= 3) and not (
                sum(c.isupper() for c in doc[start].text[1:]) and doc[start].text[:1].isupper()):
            continue  # (an acronym whatever the tagger says: "UNICEF reported"; "GoFundMe")
        text = doc[start:end].text
        found.append(RawMention(chunk, start, end, text, normalize_name(text), "ORG",
                                canonical, "GAZETTEER"))
    taken = covered | {(m.chunk, i) for m in found for i in range(m.start, m.end)}
    titles = book.title_words | book.title_modifiers
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        for i in range(len(doc) - 1):
            # "then-Libertarian presidential nominee Gary Johnson": a party's one-word
            # name before a title, which the model left untagged
            if columns.lower[i + 1] in titles and columns.text[i].istitle() and \
                    (chunk, i) not in taken:
                key = normalize_name(columns.text[i])
                if key in book.parties:
                    found.append(RawMention(chunk, i, i + 1, columns.text[i], key, "ORG",
                                            book.parties[key], "GAZETTEER"))
                    continue
            if columns.lower[i + 1] in _MEMBERS_NOUNS and columns.text[i].istitle() and \
                    (chunk, i) not in taken:
                # "Houthi rebels": a group's one-word alias before its members
                key = normalize_name(columns.text[i])
                if key in book.organizations and key not in book.places:
                    found.append(RawMention(chunk, i, i + 1, columns.text[i], key, "ORG",
                                            book.organizations[key], "GAZETTEER"))
    return found


def find_place_names(chunks, covered, book) -> list[RawMention]:
    """Place names from the tables that spaCy did not tag ("Kyiv"; "Wales have made no
    recommendation", read as the plural of "wale")."""
    found = []
    for chunk, start, end, canonical in match_surfaces(chunks, book.place_surfaces, covered):
        doc = chunks[chunk][1]
        first = doc[start + 1] if doc[start].text == "The" and end - start > 1 else doc[start]
        # ("urged The Hague": the name after its article)
        if first.pos_ != "PROPN" and not (first.pos_ == "NOUN" and first.text.istitle() and (
                not first.is_sent_start or first.lemma_.lower() != first.lower_)):
            continue  # ("Turkey" opening a sentence may be the bird)
        if end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end].pos_ == "PROPN" and \
                doc[end].text[:1].isupper() and doc[end].lower_ not in book.title_words and \
                normalize_name(doc[end].text) not in book.places:
            team = _extend_team_name(doc, (start, end, "GPE"), [], book)
            if team[2] == "ORG" and (chunk, team[1] - 1) not in covered:
                text = doc[start:team[1]].text  # "where the Utah Jazz were to play"
                found.append(RawMention(chunk, start, team[1], text, normalize_name(text),
                                        "ORG", "", "GAZETTEER"))
            continue  # "the Paris Climate Accord": the place begins another name
        text = doc[start:end].text
        found.append(RawMention(chunk, start, end, text, normalize_name(text), "PLACE",
                                canonical, "GAZETTEER"))
    return found


_LED_SUFFIXES = ("led", "backed", "based", "funded", "sponsored", "supported", "allied",
                 "aligned", "linked", "owned", "run", "controlled", "brokered", "made", "born")


def find_hyphenated_owners(chunks, covered, book) -> list[RawMention]:
    """"U.S.-led", "Iran-backed" written as one token: the place or organisation
    before the hyphen is a mention (the parts of "Saudi-led" spaCy splits itself)."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        for token in doc:
            head, dash, suffix = token.text.rpartition("-")
            if not dash or suffix.lower() not in _LED_SUFFIXES or (chunk, token.i) in covered:
                continue
            key = normalize_name(head)
            typed = None
            if key in book.places or key in book.demonyms:
                typed = ("PLACE", book.places.get(key) or book.demonyms[key])
            elif key in book.organizations:
                typed = ("ORG", book.organizations[key])
            if typed:
                found.append(RawMention(chunk, token.i, token.i + 1, head, key, typed[0],
                                        typed[1], "GAZETTEER"))
    return found


def _caps_word(token) -> bool:
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def find_hyphenated_acronyms(chunks, covered, book) -> list[RawMention]:
    """"CNDD-FDD", "FARC-EP": acronyms joined by hyphens name an organisation
    (spaCy rarely tags them); joined known names ("US-EU") do not."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        i = 0
        while i < len(doc) - 2:
            end = i + 1
            while end + 1 < len(doc) and _caps_word(doc[end - 1]) and doc[end].text == "-" \
                    and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and _caps_word(doc[end + 1]):
                end += 2
            if end == i + 1 or any((chunk, k) in covered for k in range(i, end)):
                i = end
                continue
            parts = [normalize_name(doc[k].text) for k in range(i, end, 2)]
            text = doc[i:end].text
            if not any(p in book.places or p in book.demonyms or p in book.organizations
                       for p in parts) and normalize_name(text) not in book.noise:
                found.append(RawMention(chunk, i, end, text, normalize_name(text), "ORG", "",
                                        "ACRONYM"))
            i = end
    return found


def find_titled_names(chunks, covered, book) -> list[RawMention]:
    """Names spaCy missed but a title announces: "Queen Elizabeth II",
    "Pope Francis"; and party names before a role: "Conservative MP"."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        for i in range(len(columns.text) - 1):
            word = columns.lower[i].rstrip(".")
            if (chunk, i) in covered or not columns.text[i][:1].isupper() or not (
                    word in book.title_words or columns.lower[i] in book.parties):
                continue
            token, nxt = doc[i], doc[i + 1]
            key = normalize_name(token.text)
            role = nxt.lower_.rstrip(".")
            if key in book.parties and (role in book.roles or (  # "Democratic Representatives"
                    role.endswith("s") and role[:-1] in book.roles)):
                found.append(RawMention(chunk, token.i, token.i + 1, token.text, key, "ORG",
                                      book.parties[key], "PARTY"))
                continue
            if word not in book.title_words or nxt.pos_ != "PROPN" or (chunk, nxt.i) in covered:
                continue
            if not (word in book.honorifics or word in book.roles or (
                    i and columns.lower[i - 1].rstrip(".") in book.title_words)):
                continue  # ("Police Prefecture": "police" alone is no title)
            end = nxt.i
            while (end < len(doc) and end - nxt.i < 4 and doc[end].pos_ == "PROPN"
                   and doc[end].text[:1].isupper() and (chunk, end) not in covered
                   and doc[end].lower_.rstrip(".") not in book.title_words):
                end += 1
            span = doc[nxt.i:end]
            name = normalize_name(span.text)
            if not span or name in book.places or name in book.organizations or is_noise(
                    name, list(span), book) or any(w in book.org_words for w in name.split()):
                continue  # (not "Madrid District Hospital": an institution)
            head = doc[end - 1].head
            while head.dep_ == "compound" and head.head.i != head.i and head.i > end - 1:
                head = head.head
            if doc[end - 1].dep_ == "compound" and head.pos_ == "NOUN" and \
                    head.lower_ in book.business_heads and i and columns.lower[i - 1] == "the":
                # "the King Vapealot vape store": a business's name, title and all
                whole = doc[i:end]
                found.append(RawMention(chunk, i, end, whole.text, normalize_name(whole.text),
                                        "ORG", "", "TITLE"))
                continue
            found.append(RawMention(chunk, nxt.i, end, span.text, name, "PERSON", "", "TITLE",
                                  titles_before(doc, nxt.i, book)))
    return found


def _backer_name(columns, i: int) -> bool:
    """Capitalised words from ``i`` that a hyphen joins to a participle of backing or
    leading: "Bernie Sanders-backed"."""
    end = i
    while end < len(columns.text) - 2 and end - i < 4 and columns.pos[end] == "PROPN":
        end += 1
    return end > i and columns.text[end] == "-" and \
        columns.lower[end + 1] in syntax.HYPHEN_PARTICIPLES


def find_given_names(chunks, covered, book) -> list[RawMention]:
    """People spaCy did not tag, named with a known given name and a capitalised
    surname: "his son-in-law, Frédéric Salat-Baroux"; listed after a person with
    the surname of a person the model tagged: "Jared Kushner and Ivanka Trump"; or
    followed by their role: "Jasim Uddin, a spokesperson for the fire service"."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
                    and normalize_name(e[-1].text) not in book.first_names}
        for i in range(len(columns.lower) - 1):
            if (chunk, i) in covered or columns.pos[i] != "PROPN" or not (
                    normalize_name(columns.text[i]) in book.first_names or
                    _role_follows_name(doc, i, book) or (
                        columns.text[i + 1] in surnames and columns.text[i] not in surnames
                        and columns.text[i].istitle() and columns.text[i].isalpha()
                        and not doc[i].ent_type_ and i >= 2 and columns.lower[i - 1] in (
                            "and", ",") and (doc[i - 2].ent_type_ == "PERSON" or any(
                                m.chunk == chunk and m.end == i - 1 for m in found)))) or \
                    (i and columns.lower[i - 1] == "the" and not _backer_name(columns, i)):
                continue  # (but "the Bernie Sanders-backed candidate": a person's name)
            end = i + 1
            while end < len(doc) and end - i < 5 and (chunk, end) not in covered and (
                    columns.pos[end] == "PROPN" and columns.text[end][:1].isupper() or
                    columns.text[end] == "-" and end + 1 < len(doc)
                    and columns.text[end + 1][:1].isupper() and columns.pos[end + 1] == "PROPN"):
                end += 1 + (columns.text[end] == "-")
            span = doc[i:end]
            name = normalize_name(span.text)
            words = name.split()
            if any(t.ent_type_ or (t.is_upper and len(t.text) > 1) for t in span):
                continue  # "Roman Catholic Christianity", "Marine JarHeads MC"
            if len(words) < 2 or name in book.places or name in book.organizations or any(
                    w in book.org_words or w in book.title_words or w in book.event_heads
                    or w in book.thing_heads or w in book.place_heads for w in words) or \
                    is_noise(name, list(span), book):
                continue
            found.append(RawMention(chunk, i, end, span.text, name, "PERSON", "", "GIVEN_NAME",
                                    titles_before(doc, i, book)))
    return found


def find_located_names(chunks, covered, book) -> list[RawMention]:
    """Places spaCy did not tag, written as towns are: "in Reading, Berkshire, UK" (a
    capitalised name after "in", then a comma and a place the text names)."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        for i in range(1, len(columns.lower) - 2):
            if (chunk, i) in covered or columns.pos[i] != "PROPN" or \
                    columns.lower[i - 1] not in ("in", "near", "at", "from") or \
                    not columns.text[i][:1].isupper() or doc[i].ent_type_:
                continue
            end = i + 1
            while end < len(doc) and end - i < 3 and (chunk, end) not in covered and \
                    columns.pos[end] == "PROPN" and columns.text[end][:1].isupper():
                end += 1
            if end + 1 >= len(doc) or not (
                    columns.text[end] == "," and (chunk, end + 1) in covered and
                    doc[end + 1].ent_type_ in ("GPE", "LOC") or
                    columns.lower[i - 1] == "from" and columns.lower[end] == "to" and
                    _known_place_at(doc, end + 1, book)):
                continue  # (and "from Mysore to Bangalore": a route between two places)
            span = doc[i:end]
            name = normalize_name(span.text)
            if name in book.organizations or name in book.first_names or is_noise(
                    name, list(span), book) or any(w in book.title_words for w in name.split()):
                continue
            found.append(RawMention(chunk, i, end, span.text, name, "PLACE", "", "LOCATED"))
    return found


def _known_place_at(doc, i: int, book) -> bool:
    """A place the model tagged or the tables know starts at token i ("the" aside)."""
    i += doc[i].lower_ == "the" and i + 1 < len(doc)
    return doc[i].ent_type_ in ("GPE", "LOC") or any(
        tuple(t.text for t in doc[i:i + len(words)]) == words
        for words, _ in book.place_surfaces.get(doc[i].text, ()))


def find_journal_names(chunks, covered, book) -> list[RawMention]:
    """Journals and archives spaCy did not tag, where a finding is "published (on
    Tuesday) in" them: "in Nature Astronomy", "in Cornell University's arXiv"."""
    found = []
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        for i in range(1, len(doc)):
            if columns.lower[i] != "in" or not _published_in(doc[i]):
                continue
            prep = doc[i]
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or (chunk, obj.i) in covered or doc[obj.i].ent_type_:
                continue
            first = obj.i
            while first > i + 1 and doc[first - 1].dep_ == "compound" and \
                    doc[first - 1].head.i == obj.i and doc[first - 1].text[:1].isupper() and \
                    (chunk, first - 1) not in covered:
                first -= 1
            span = doc[first:obj.i + 1]
            if not all(t.text[:1].isupper() or any(c.isupper() for c in t.text[1:])
                       for t in span) or not all(t.is_alpha for t in span):
                continue  # ("published in 2019", "in early access")
            key = normalize_name(span.text)
            if key in book.places or is_noise(key, list(span), book) and not any(
                    c.isupper() for c in span.text[1:]):
                continue
            found.append(RawMention(chunk, first, obj.i + 1, span.text, key, "ORG",
                                    book.organizations.get(key, ""), "JOURNAL"))
    return found


_NAME_JOINERS = {"of", "for", "and", "the", "&", "on"}


def may_continue_name(token) -> bool:
    """A capitalised word or a joiner ("of", "and"): what a longer name may go on with."""
    return token.text[:1].isupper() or token.lower_ in _NAME_JOINERS
# Words for an organisation right before its name: "law firm Sidley Austin", "British
# supermarket chain Tesco" (not words also used for people: "producer", "publisher").
ORG_DESCRIPTORS = {"firm", "company", "party", "group", "charity", "agency", "broadcaster",
                   "newspaper", "network", "organisation", "organization", "bank", "airline",
                   "carrier", "manufacturer", "automaker", "carmaker", "startup", "union",
                   "coalition", "movement", "militia", "outlet", "magazine", "daily", "channel",
                   "station", "enterprise", "chain", "retailer", "giant", "conglomerate", "maker",
                   "utility", "insurer", "website", "site", "tabloid", "weekly", "broadsheet",
                   "club", "supplier", "contractor", "distributor", "band", "supergroup",
                   "faction", "trio", "duo", "quartet", "platform", "app", "portal", "publisher",
                   "operator", "brand", "hypermarket", "supermarket", "troupe", "ensemble",
                   "journal", "regulator", "watchdog", "lender", "miner", "chipmaker",
                   "drugmaker", "refiner", "shipbuilder", "nonprofit", "think-tank",
                   "orchestra", "choir", "collective"}
_GENERIC_NAME_WORDS = {"district", "national", "international", "central", "general", "regional",
                       "state", "city", "county", "federal", "news", "trauma", "main", "public",
                       "high", "supreme", "local", "new", "fire", "rescue", "emergency", "medical"}


def find_untagged_org_names(chunks, covered, book, titles: bool = True) -> list[RawMention]:
    """Organisation names spaCy missed: a run of capitalised words with an
    institution word in it ("Jennifer Lu of Marriage Equality Coalition Taiwan",
    "[Officials Committee for Domestic and External Security Coordination]"); buildings
    too, ending in a building's word ("The Hotel Arpit Palace")."""
    found = []
    institution = book.org_words | book.group_heads
    for chunk, (_, doc) in enumerate(chunks):
        columns = token_columns(doc)
        texts, n = columns.text, len(columns.text)
        i = 0
        while i < n:
            if (chunk, i) in covered or not texts[i][:1].isupper() or columns.pos[i] != "PROPN":
                i += 1
                continue
            end, last_capital = i, i
            while end < n and (chunk, end) not in covered and (
                    (texts[end][:1].isupper() and columns.pos[end] in ("PROPN", "NOUN"))
                    or (columns.lower[end] in _NAME_JOINERS and end > i)) and not (
                        columns.lower[end] in _CALENDAR_WORDS and doc[end].ent_type_ == "DATE"):
                # (not "the West Bank on Thursday": a date is no part of a name)
                if texts[end][:1].isupper():
                    last_capital = end
                end += 1
            span = doc[i:last_capital + 1]
            capitals = [t.lower_ for t in span if t.text[:1].isupper()]
            joiner = next((k for k, t in enumerate(span) if t.lower_ in _NAME_JOINERS), len(span))
            head = span[joiner - 1].lower_ if joiner else ""
            building = capitals[-1] in _BUILDING_NOUNS and not joiner < len(span)
            named = head in institution or capitals[-1] in institution or building
            nxt = last_capital + 1
            if named and nxt < n and (chunk, nxt) in covered and capitals[-1] in institution \
                    and normalize_name(texts[nxt]) in book.places and texts[nxt].istitle() and not (
                        nxt + 1 < n and columns.pos[nxt + 1] == "PROPN"):
                last_capital = nxt  # "Marriage Equality Coalition Taiwan": a chapter's name
                span = doc[i:last_capital + 1]
            if named and i >= 2 and texts[i - 1] in ("and", "&") and texts[i - 2].istitle() \
                    and columns.pos[i - 2] in ("ADJ", "PROPN", "NOUN") and \
                    (chunk, i - 2) not in covered and (chunk, i - 1) not in covered and (
                        i == 2 or not texts[i - 3][:1].isupper() or texts[i - 3] == "The"):
                i -= 2  # "Free and Equal Elections Foundation": the first word an adjective
                span = doc[i:last_capital + 1]
                capitals = [t.lower_ for t in span if t.text[:1].isupper()]
            if len(capitals) >= 2 and named and not any(
                    w in book.title_words and w not in _GENERIC_NAME_WORDS for w in capitals) \
                    and any(w not in institution and w not in _GENERIC_NAME_WORDS for w in capitals):
                # ("Senate Minority Whip" is a title, "Court Packing" no institution,
                # "District Court" no one's name)
                key = normalize_name(span.text)
                if key not in book.noise and not is_noise(key, list(span), book):
                    canonical = book.organizations.get(key, "")
                    if i >= 2 and texts[i - 1] in ("[", "(") and texts[i - 2].isupper() and \
                            texts[i - 2].isalpha() and len(texts[i - 2]) >= 2 and \
                            (chunk, i - 2) not in covered:
                        # "ODESC [Officials Committee for ...]": the acronym is the name too
                        canonical = canonical or span.text
                        found.append(RawMention(chunk, i - 2, i - 1, texts[i - 2],
                                                normalize_name(texts[i - 2]), "ORG", canonical,
                                                "CHAIN"))
                    found.append(RawMention(chunk, i, last_capital + 1, span.text, key,
                                            "PLACE" if building and not canonical else "ORG",
                                            canonical, "CHAIN"))  # ("Hotel Arpit Palace")
            i = max(end, i + 1)
        if titles:  # (titles and outlets too)
            found += _untagged_titles_and_outlets(chunk, doc, columns, covered, book)
    return found


_REPORTING_LEMMAS = {"report", "say", "tell", "write", "publish", "broadcast", "tweet"}


def _untagged_titles_and_outlets(chunk, doc, columns, covered, book) -> list[RawMention]:
    """"Ford told The Verge": a capital "The" inside a sentence opens a title;
    "TVN24 reported": a capitals-and-digits name reporting is an outlet."""
    found = []
    texts = columns.text
    for i, text in enumerate(texts):
        if (chunk, i) in covered:
            continue
        if text == "The" and i + 1 < len(texts) and _titled_with_the(doc, i + 1):
            end = i + 1
            while end < len(texts) and end - i <= 3 and (chunk, end) not in covered and \
                    columns.pos[end] == "PROPN" and texts[end][:1].isupper():
                end += 1
            tail = end  # "The Bernie and Sid Show": a show's title runs on through "and"
            while tail < len(texts) and tail - i <= 6 and texts[tail] in ("and", "&") + (
                    texts[tail] if texts[tail].istitle() else "",):
                tail += 1
            if end > i + 1 and not texts[tail - 1].lower() in book.thing_heads:
                span = doc[i:end]
                key = normalize_name(span.text)
                if key not in book.places and not is_noise(key, list(span), book):
                    found.append(RawMention(chunk, i, end, span.text, key, "ORG",
                                            book.organizations.get(key, ""), "TITLE"))
        elif i and (columns.pos[i] == "PROPN" or len(text) >= 3 and text.isupper()) and \
                text[:1].isupper() and \
                texts[i - 1] in ORG_DESCRIPTORS and columns.pos[i - 1] == "NOUN":
            # "Brussels-based media network EURACTIV": a name a word for a group announces
            found += _described_name(chunk, doc, i, _proper_run(columns, chunk, i, i + 1, 4,
                                                                 covered), covered, book)
        elif any(c.isdigit() for c in text) and sum(c.isupper() for c in text) >= 2 and \
                text.isalnum() and doc[i].dep_ == "nsubj" and \
                doc[i].head.lemma_.lower() in _REPORTING_LEMMAS:
            found.append(RawMention(chunk, i, i + 1, text, normalize_name(text), "ORG", "",
                                    "OUTLET"))
        elif columns.pos[i] == "PROPN" and text[:1].isupper() and (
                i == 0 or columns.pos[i - 1] != "PROPN" or (chunk, i - 1) in covered):
            # "Met Éireann, the national meteorological service for Ireland": an untagged
            # name the text describes as a body right after it
            end = _proper_run(columns, chunk, i, i, 3, covered)
            last = doc[end - 1]
            if end > i and end < len(texts) and texts[end] == "," and any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > last.i and
                    (c.lemma_ in ORG_DESCRIPTORS or c.lemma_ in _BODY_NOUNS) and
                    any(d.dep_ == "det" for d in c.children) for c in last.children):
                found += _described_name(chunk, doc, i, end, covered, book)
    return found


def _proper_run(columns, chunk, start: int, end: int, limit: int, covered) -> int:
    """Where the run of capitalised proper nouns from ``end`` (no more than ``limit``
    tokens from ``start``, none in ``covered``) stops."""
    while end < len(columns.text) and end - start < limit and (chunk, end) not in covered \
            and columns.pos[end] == "PROPN" and columns.text[end][:1].isupper():
        end += 1
    return end


def _described_name(chunk, doc, start: int, end: int, covered, book) -> list[RawMention]:
    """doc[start:end] as an organisation the text describes as one, unless it is a place,
    a given name or noise, or part of it is already a name."""
    span = doc[start:end]
    key = normalize_name(span.text)
    if key in book.places or key in book.first_names or is_noise(key, list(span), book) or \
            any((chunk, k) in covered for k in range(start, end)):
        return []
    return [RawMention(chunk, start, end, span.text, key, "ORG",
                       book.organizations.get(key, ""), "DESCRIBED")]
