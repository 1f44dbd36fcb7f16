"""Structural frames: who holds which role where, and where things are.

"US President Donald Trump", "Jorge Rodriguez, the head of Venezuela's
legislature", "Hamza bin Laden, son of Osama bin Laden", "a Berlin-based
non-profit", "Yvette Cooper of the Labour Party", "his Labour Party".  The
role words are data (``graphkit/rules/titles.yaml``).
"""
from __future__ import annotations

from . import syntax
from .mentions import HOME_NOUNS, MEDIA_NAME_WORDS, ORG_DESCRIPTORS
from .model import Relation
from .references import BUILDING_HEADS
from .rulebook import Rulebook, entity_id, normalize_name
from .sentence import ROLE_TYPES, SentenceView


def _longest_role(words: list[str], roles: dict[str, str]) -> str | None:
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if phrase in roles:
                return phrase
    return None


def _title_word(token, book: Rulebook) -> str | None:
    """The title word a token spells ("Senators" -> "senator"), or None."""
    for word in (token.lower_.rstrip("."), token.lemma_.lower()):
        if word in book.title_words or word in book.title_modifiers:
            return word
    if token.tag_ == "NNPS" and token.lower_.endswith("s") and token.lower_[:-1] in book.roles:
        return token.lower_[:-1]  # "Senators Marco Rubio of Florida, Mike Lee of Utah"
    return None


def _person_starts(sentence: SentenceView):
    """(index, token, person id) for the first token of each person name."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        person = sentence.ref(token)
        if len(person) != 1 or sentence.types.get(person[0]) != "PERSON" or token.pos_ == "PRON":
            continue
        if index and sentence.ref(tokens[index - 1]) == person:
            continue
        yield index, token, person[0]


def _owner_at(tokens, j: int, sentence: SentenceView) -> bool:
    """Whether tokens[j] names an owner of the title after it, or is the "'s" of one
    ("Russia's foreign ministry spokeswoman")."""
    return j >= 0 and bool(sentence.ref(tokens[j]) or j > 0 and tokens[j].lower_ in (
        "'s", "’s") and sentence.ref(tokens[j - 1]))


def _role_before(tokens, index: int, sentence: SentenceView) -> tuple[str | None, int]:
    """The role in the title words before tokens[index], and where the title starts."""
    words, j = [], index - 1
    while j >= 0 and not sentence.ref(tokens[j]):
        word = _title_word(tokens[j], sentence.book)
        if word is None and tokens[j].lower_ == "and" and j > 0 and _title_word(
                tokens[j - 1], sentence.book) and _longest_role(words, sentence.book.roles):
            j -= 1  # "Conservative Party leader and Prime Minister Boris Johnson"
            continue
        if word is None and tokens[j].text == ")" and (words or j == index - 1):
            # "Labour MP (Member of Parliament) Tom Watson": past the explanation, to the
            # title it explains
            k = j - 1
            while k > 0 and j - k < 8 and tokens[k].text != "(":
                k -= 1
            if tokens[k].text == "(" and k > 0 and (words or _title_word(tokens[k - 1],
                                                                         sentence.book)):
                j = k - 1
                continue
        if word is None and tokens[j].text in ("-", "‐") and words and j > 0 and _title_word(
                tokens[j - 1], sentence.book):
            j -= 1  # "US Vice-President Joe Biden"
            continue
        if word is None and tokens[j].text in ("-", "‐") and words and j > 0 and tokens[
                j - 1].lower_ in ("co", "ex") and not tokens[j].whitespace_:
            j -= 2  # "Microsoft co-founder Bill Gates", split at the hyphen
            continue
        if word is None:
            break
        words.insert(0, word)
        j -= 1
    role = _longest_role(words, sentence.book.roles)
    skipped = 0  # "Italian economic development minister": the portfolio before the role
    while role is not None and j >= 0 and skipped < 4 and not sentence.ref(tokens[j]) and \
            _portfolio_word(tokens, j, skipped):
        j -= 1
        skipped += 1
    if skipped and not _owner_at(tokens, j, sentence):
        j += skipped  # no owner before the portfolio: as if nothing was skipped (but
        # "Russia's foreign ministry spokeswoman Maria Zakharova": the owner's)
    if role is not None and j >= 1 and not skipped and not sentence.ref(tokens[j]) and \
            tokens[j].pos_ == "PROPN" and tokens[j].text.istitle() and \
            tokens[j].head.i == tokens[j + 1].i and any(sentence.types.get(e) == "ORG"
                                              for e in sentence.ref(tokens[j - 1])):
        j -= 1  # "Scripps Oceanography director X": past the word the name goes on with
    return role, j


def _portfolio_word(tokens, j: int, skipped: int) -> bool:
    """A lower-case word of a portfolio or description before a role ("economic
    development minister", "AU trade and industry commissioner", "far-right", "long-serving")."""
    token = tokens[j]
    word = token.text.isalpha() and token.text.islower()
    return word and (token.pos_ in ("NOUN", "ADJ", "PROPN") or token.lower_ == "and" and skipped
                     or _joining_hyphen(tokens, j - 1) or _joining_hyphen(tokens, j + 1)) or \
        bool(skipped) and _joining_hyphen(tokens, j)


def _joining_hyphen(tokens, j: int) -> bool:
    """A hyphen inside a word ("far-right"), not a dash between words."""
    return 0 < j < len(tokens) and tokens[j].text in ("-", "‐") and \
        not tokens[j].whitespace_ and not tokens[j - 1].whitespace_


def _department(token, sentence: SentenceView) -> tuple[str, ...]:
    """"Secretary of Transportation Elaine Chao": the text's "Department of
    Transportation" (a portfolio word alone is no name of its own)."""
    if not token.text.istitle() or token.i < 2 or token.doc[token.i - 1].lower_ != "of":
        return ()
    word = token.text.lower()
    found = tuple(e.id for e in sentence.resolution.entities if e.type == "ORG" and (
        e.label.lower().endswith(f"department of {word}") or
        e.label.lower().endswith(f"{word} department")))
    return found if len(found) == 1 else ()


def _ministry(tokens, j: int, sentence: SentenceView) -> list[str]:
    """"Emergencies Minister Yevgeny Zinichev", "Deputy Emergency Situations Minister X": the
    text's one ministry named by the portfolio's capitalised words before the title."""
    k = j
    while k >= 0 and j - k < 4 and tokens[k].text.istitle() and not sentence.ref(tokens[k]) \
            and tokens[k].lower_ not in sentence.book.title_words:
        k -= 1
    words = [t.lower_ for t in tokens[k + 1:j + 1]]
    if not words:
        return []
    stems = {w[:5] for w in words}
    found = [e.id for e in sentence.resolution.entities if e.type == "ORG" and any(
        name.lower().split()[-1:] == ["ministry"] and len(name.split()) > 1 and (
            {w[:5] for w in name.lower().split()[:-1]} <= stems or
            stems <= {w[:5] for w in name.lower().split()[:-1]})
        for name in (e.label, *e.aliases))]  # ("Emergency Situations" for "Emergencies")
    return found if len(found) == 1 else []


# Offices whose place a fronted "in X," names.
_LOCAL_ROLES = {"governor", "gov", "mayor", "premier"}


def _owner_types(role: str, book: Rulebook) -> tuple[str, ...]:
    """Who may own a role: an organisation or place, not a place for "lawyer"; a
    person too for "adviser" ("Former Trump adviser Michael Flynn")."""
    owners = ("ORG",) if role in book.non_place_roles else ROLE_TYPES
    return owners + ("PERSON",) if role in book.person_owned_roles else owners


def _party_before(tokens, index: int, person: str, sentence: SentenceView) -> list[Relation]:
    """"Democrat Chuck Schumer", "Republican Ted Cruz", "a Republican, Mark Amodei,
    said": the party's member."""
    before = tokens[index - 1]
    if before.text == "," and index > 1:
        before = tokens[index - 2]
        if before.tag_ in ("NNS", "NNPS"):
            return []  # "criticized the Republicans, Joe Biden said"
        start = before.i
        while start > 0 and sentence.ref(before.doc[start - 1]) == sentence.ref(before):
            start -= 1
        if before.doc[start - 1].lower_ == "the":
            start -= 1
        if start > 0 and before.doc[start - 1].lower_ == "of":
            return []  # "Phil Collins of the Prohibition Party, Don Blankenship": Collins's
    return [Relation(person, p, "member of", "affiliation", sentence.evidence(), rule="title")
            for p in sentence.ref(before) if _is_party(p, sentence)]


def title_edges(sentence: SentenceView) -> list[Relation]:
    """"US President Donald Trump" -> Trump president of United States; after a plural
    title every name listed holds it ("Republican members of the House of
    Representatives Darin LaHood and Mike Bost")."""
    out = _single_title_edges(sentence)
    tokens = sentence.tokens
    for index, _, person in _person_starts(sentence):
        k = index - 1  # back over the title: its words, its owner's name, "of", "the"
        while k >= 0 and (_title_word(tokens[k], sentence.book) or tokens[k].lower_ in (
                "of", "the") or sentence.ref(tokens[k]) and not any(
                    sentence.types.get(e) == "PERSON" for e in sentence.ref(tokens[k]))):
            if tokens[k].tag_ in ("NNS", "NNPS") and _title_word(tokens[k], sentence.book):
                break
            k -= 1
        if k < 0 or tokens[k].tag_ not in ("NNS", "NNPS") or not _title_word(tokens[k],
                                                                              sentence.book):
            continue
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        # each name listed bare, not with a title or an "of" of its own
        others = [e for t in tokens[end].conjuncts for e in sentence.ref(t)
                  if sentence.types.get(e) == "PERSON" and e != person
                  and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ != "of"
                  and t.doc[t.left_edge.i - 1].lower_ in ("and", ",")]
        out += [Relation(other, r.target, r.relation, r.category, r.evidence, rule="title")
                for r in list(out) if r.source == person for other in others]
    return out


def _single_title_edges(sentence: SentenceView) -> list[Relation]:
    book = sentence.book
    out = []
    tokens = sentence.tokens
    previous: tuple[int, list[str]] | None = None  # (end of the last titled name, owners)
    for index, _, person in _person_starts(sentence):
        role, j = _role_before(tokens, index, sentence)
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        if (role is not None and j >= 0 and tokens[j].lower_ == "and" and previous is not None
                and previous[0] == j - 1 and not (
                    end + 1 < len(tokens) and tokens[end + 1].lower_ in ("of", "from"))):
            # "Israeli prime minister X and energy minister Y": Y's title shares X's owner
            # (not "... governor Lincoln Chafee and Congressman Justin Amash of Michigan")
            out += [Relation(person, owner, book.roles[role], "affiliation", sentence.evidence(),
                             rule="title") for owner in previous[1]]
            continue
        if role is None and index >= 3:
            # "Senator from Vermont Bernie Sanders": role, from/of, owner, name.
            owner_end = index - 1
            owner = sentence.ref(tokens[owner_end]) or _department(tokens[owner_end], sentence)
            k = owner_end
            while k > 0 and owner and sentence.ref(tokens[k - 1]) == owner:
                k -= 1
            if owner and k >= 3 and tokens[k - 1].lower_ == "the":
                k -= 1
            out += _party_before(tokens, index, person, sentence)
            if owner and k >= 2 and tokens[k - 1].lower_ in ("from", "of", "to"):
                # "US Ambassador to the United Nations Nikki Haley": both owners.
                role, j = _role_before(tokens, k - 1, sentence)
                if role is not None:
                    before = sentence.ref(tokens[j]) if j >= 0 else ()
                    sent_to = tokens[k - 1].lower_ == "to" and role in _SENT_TO
                    # (the body an ambassador is sent to, as in the apposition; "U.S.
                    # Ambassador to Japan George Glass" is not Japan's)
                    out += [Relation(person, e, book.roles[role] if e in before or not sent_to
                                     else f"{role} to", "affiliation", sentence.evidence(),
                                     rule="title") for e in dict.fromkeys(owner + before)
                            if sentence.types.get(e) in _owner_types(role, book) and not (
                                sent_to and e not in before and sentence.types.get(e) != "ORG")]
            continue
        if role is None:
            if index > 0:
                out += _party_before(tokens, index, person, sentence)
            continue
        if j >= 0 and tokens[j].lower_ in ("'s", "’s") and j > 0:
            j -= 1
        owner = [e for e in (sentence.entities(tokens[j]) if tokens[j].lower_ == "whose" else
                             sentence.ref(tokens[j]))
                 if sentence.types.get(e) in _owner_types(role, book)] if j >= 0 else []
        # ("Hungary, whose prime minister Viktor Orban is ...": the name before "whose")
        if not owner and role == "minister" and j >= 0:
            owner = _ministry(tokens, j, sentence)
        if not owner and role in _LOCAL_ROLES:
            # "The governor of Louisiana declared ... Governor John Bel Edwards said": the
            # office the text named before without its holder
            owner = _office_named_before(role, tokens[index], sentence)
        if not owner and role in _LOCAL_ROLES and j > 0 and tokens[j].text == "," and \
                tokens[j - 1].dep_ == "pobj" and tokens[j - 1].head.lower_ in ("in", "of"):
            # "in the US state of Alabama, Governor Kay Ivey", "In London, Mayor Sadiq Khan":
            # the place a local office belongs to (not "In Germany, President Biden met ...")
            owner = [e for e in sentence.ref(tokens[j - 1]) if sentence.types.get(e) == "PLACE"]
        if owner and j >= 2 and all(_is_party(e, sentence) for e in owner) and \
                tokens[j - 1].text in ("'s", "’s") and role in _LOCAL_ROLES:
            # "Atlanta's Democratic mayor Keisha Lance Bottoms": the town's mayor too
            owner = owner + [e for e in sentence.ref(tokens[j - 2])
                             if sentence.types.get(e) == "PLACE"]
        # "Democratic committee chairman X": a portfolio noun between them makes the party
        # membership, the office the committee's
        portfolio = any(t.pos_ == "NOUN" and t.text.islower() and _title_word(t, book) is None
                        for t in tokens[j + 1:index])
        for target in owner:
            label = book.roles[role] if not _is_party(target, sentence) else \
                "member of" if portfolio else _party_label(book.roles[role], book)
            out.append(Relation(person, target, label, "affiliation", sentence.evidence(),
                                rule="title"))
        if owner and not any(_is_party(e, sentence) for e in owner):
            start = j
            while start > 0 and sentence.ref(tokens[start - 1]) == sentence.ref(tokens[j]):
                start -= 1
            if start > 0:  # "Republican US Senator Elizabeth Dole": the party before the owner
                out += [r for r in _party_before(tokens, start, person, sentence)
                        if r.target not in owner]
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        previous = (end, owner) if owner else None
    return out


def _office_named_before(role: str, name, sentence: SentenceView) -> list[str]:
    """The place of the last "the <role> of <place>" before a name, said of no one by
    name: "The governor of Louisiana declared ..." before "Governor John Bel Edwards"."""
    doc = name.doc
    for token in reversed(doc[:name.i - 1]):
        if token.lemma_.lower() != role or not token.text.islower() or any(
                sentence.types.get(e) == "PERSON" for t in token.subtree
                for e in sentence.resolution.refs.get((sentence.chunk, t.i), ())):
            continue  # (not "the mayor of New Orleans, LaToya Cantrell": hers)
        places = [e for p in syntax.prep_objects(token, "of")
                  for e in sentence.resolution.refs.get((sentence.chunk, p.i), ())
                  if sentence.types.get(e) == "PLACE"]
        if places:
            return places[:1]
    return []


_MEMBER_NOUNS = {"country", "nation", "state", "member", "government", "economy", "democracy"}


def listed_member_edges(sentence: SentenceView) -> list[Relation]:
    """"G7 is an informal group of seven countries, the UK, the US, France ...":
    each listed country is a member of the group the sentence names."""
    out = []
    book = sentence.book
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in _MEMBER_NOUNS or noun.dep_ != "pobj" or \
                noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in book.group_heads:
            continue
        group_noun = noun.head.head
        groups = [e for t in syntax.predicated_of(group_noun) for e in sentence.ref(t)
                  if sentence.types.get(e) == "ORG"]
        if not groups:
            continue
        members, frontier = [], [c for c in noun.children if c.dep_ in ("appos", "conj")]
        while frontier:
            token = frontier.pop()
            members += [e for e in sentence.ref(token) if sentence.types.get(e) in ROLE_TYPES]
            frontier += [c for c in token.children if c.dep_ in ("appos", "conj")]
        out += [Relation(member, group, "member of", "affiliation", sentence.evidence(),
                         rule="listed-members")
                for member in dict.fromkeys(members) for group in groups if member != group]
    return out


# Plural nouns for the people of a country or organisation: "Iranian officials including X".
_PEOPLE_OF = {"official", "leader", "minister", "lawmaker", "member", "diplomat", "politician",
              "legislator", "senator", "executive", "figure", "commander", "representative",
              "delegate", "mp", "employee", "aide", "adviser", "advisor", "staffer", "judge"}


def including_edges(sentence: SentenceView) -> list[Relation]:
    """"Iranian government officials including deputy health minister Iraj Harirchi",
    "Democratic lawmakers, including Nancy Pelosi": each person named belongs to the
    country or organisation the plural noun is of."""
    out = []
    for noun in sentence.tokens:
        party = [e for e in sentence.ref(noun) if _is_party(e, sentence)]
        if not (noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE_OF or party and (
                noun.tag_ in ("NNS", "NNPS") or noun.text.endswith("s"))):
            continue  # (and "some Democrats, such as Beto O'Rourke")
        listed = syntax.prep_objects(noun, "including") + [
            t for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and any(
                a.lower_ == "such" for a in c.children) for t in syntax.prep_objects(noun, "as")]
        people = [e for t in listed for e in sentence.ref(t) if sentence.types.get(e) == "PERSON"]
        if not people:
            continue
        owners = party or [e for e in sentence.entities(noun)
                           if sentence.types.get(e) in ROLE_TYPES] or _role_owner(noun, sentence)
        for person in dict.fromkeys(people):
            for owner in owners:
                member = sentence.types.get(owner) == "ORG"
                out.append(Relation(person, owner, "member of" if member else
                                    f"{noun.lemma_.lower()} of", "affiliation",
                                    sentence.evidence(), rule="including"))
    return out


def others_in_edges(sentence: SentenceView) -> list[Relation]:
    """"Biden and others in the Democratic Party", "Pelosi and other members of
    Congress": the person named first belongs to the organisation too."""
    out = []
    for token in sentence.tokens:
        other_members = token.lemma_ == "member" and any(c.lower_ == "other"
                                                         for c in token.children)
        if token.dep_ != "conj" or not (token.lower_ == "others" or other_members):
            continue
        people = [e for e in sentence.ref(token.head) if sentence.types.get(e) == "PERSON"]
        orgs = [e for prep in ("in", "of", "from") for t in syntax.prep_objects(token, prep)
                for e in sentence.ref(t) if sentence.types.get(e) == "ORG"]
        out += [Relation(person, org, "member of", "affiliation", sentence.evidence(),
                         rule="others-in") for person in people for org in orgs]
    return out


def _office_of(person: str, sentence: SentenceView) -> str | None:
    """The role a person's title gives them in this sentence ("Congolese Foreign Minister
    X": "foreign minister"), else the longest role made of their title words."""
    tokens = sentence.tokens
    for index, token, found in _person_starts(sentence):
        if found == person:
            role, _ = _role_before(tokens, index, sentence)
            if role is not None:
                return role
    words = set(sentence.resolution.roles.get(person, ()))
    offices = [r for r in sentence.book.roles if set(r.split()) <= words]
    return max(offices, key=lambda r: len(r.split())) if offices else None


def counterpart_edges(sentence: SentenceView) -> list[Relation]:
    """"Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart,
    Olivier Nduhungirehe": the counterpart holds the possessor's office for the place
    named on the word."""
    out = []
    book = sentence.book
    for noun in sentence.tokens:
        if noun.lemma_.lower() != "counterpart" or noun.pos_ != "NOUN":
            continue
        owners = [e for c in noun.children if c.dep_ in ("amod", "compound") for e in sentence.ref(c)
                  if sentence.types.get(e) == "PLACE"]
        holders = [e for c in noun.children if c.dep_ == "poss" for e in sentence.ref(c)
                   if sentence.types.get(e) == "PERSON"]
        if len(owners) != 1 or len(holders) != 1:
            continue
        office = _office_of(holders[0], sentence)
        if office is None:
            continue
        titled = {found for index, _, found in _person_starts(sentence)
                  if _role_before(sentence.tokens, index, sentence)[0] is not None}
        named = [e for e in sentence.entities(noun) if sentence.types.get(e) == "PERSON"
                 and e != holders[0] and e not in titled]  # (not "his Chinese counterpart,
        # Vice Premier He Lifeng": a title of his own)
        out += [Relation(person, owners[0], book.roles[office], "affiliation",
                         sentence.evidence(), rule="counterpart") for person in named[:1]]
    return out


def critic_edges(sentence: SentenceView) -> list[Relation]:
    """"Kremlin critic Alexei Navalny", "Mitt Romney, a sometime Trump critic,": the
    person called a critic of the name right before the word criticizes it (not "New York
    Times critic Jane Smith": a paper's critic writes for it)."""
    out = []
    for token in sentence.tokens:
        if token.lower_ != "critic" or token.i == 0:
            continue
        doc = token.doc
        targets = sentence.ref(doc[token.i - 1])
        start = token.i - 1
        while start > 0 and targets and sentence.ref(doc[start - 1]) == targets:
            start -= 1
        if not targets or any(t.lower_ in MEDIA_NAME_WORDS for t in doc[start:token.i]):
            continue
        if token.dep_ == "appos":
            holders = sentence.ref(token.head)
        elif token.i + 1 < len(doc):
            holders = sentence.ref(doc[token.i + 1])
        else:
            continue
        out += [Relation(person, target, "criticizes", "accuse", sentence.evidence(),
                         rule="critic")
                for person in holders if sentence.types.get(person) == "PERSON"
                for target in targets if target != person]
    return out


# Nouns naming what a person belongs to: "his party X", "Adamowicz's former party X".
_MEMBERSHIP_NOUNS = {"party", "group", "movement", "union", "organisation", "organization",
                     "faction", "club", "team", "band", "company", "firm", "church"}


# Nouns for a business one company owns, after its name: "its Netto chain".
_OWNED_UNITS = {"chain", "brand", "subsidiary", "unit", "division", "label", "imprint", "arm",
                "branch", "wing"}


# Heads of a university's name: what a university owns is its part.
_ACADEMIC_HEADS = {"university", "college"}
_SUB_BODY_WORDS = {"committee", "subcommittee", "commission", "council", "office", "department",
                   "bureau", "division", "panel", "caucus", "secretariat", "directorate",
                   "institute", "school", "college", "faculty", "laboratory", "centre", "center",
                   "agency", "service", "organization", "organisation", "programme", "program",
                   "fund"}  # ("the United Nations' Food and Agriculture Organization")


def possessive_member_edges(sentence: SentenceView) -> list[Relation]:
    """"Corbyn said his Labour Party ...": a person's own organisation;
    "BBC's Jonathan Marcus": an organisation's own person; "Brazil's National
    Institute for Space Research": a country's own organisation."""
    out = []
    types = sentence.types
    for token in sentence.tokens:
        refs = sentence.ref(token)
        orgs = [e for e in refs if types.get(e) == "ORG"]
        people = [e for e in refs if types.get(e) == "PERSON"]
        if not refs and token.pos_ == "NOUN" and token.lemma_ in _MEMBERSHIP_NOUNS | {
                "charity", "business", "startup"}:
            # "her organisation: Faithless Hijabi", "his company, Widgetco": theirs
            named = [e for c in token.children if c.dep_ == "appos" for e in sentence.ref(c)
                     if types.get(e) == "ORG"]
            out += [Relation(person, org, "member of", "affiliation", sentence.evidence(),
                             rule="possessive")
                    for c in token.children if c.dep_ == "poss" and named
                    for person in sentence.ref(c) if types.get(person) == "PERSON"
                    for org in named]
        for child in token.children if orgs or people else ():
            if child.dep_ != "poss":
                continue
            owners = sentence.ref(child)
            if orgs and child.pos_ == "PRON":
                if token.lower_ in sentence.book.setting("account_platforms"):
                    continue  # "if you have seen my Twitter": an account, no membership
                for person in owners:
                    if types.get(person) == "PERSON":
                        out += [Relation(person, org, "member of", "affiliation",
                                         sentence.evidence(), rule="possessive") for org in orgs]
            elif people and child.pos_ == "PROPN" and all(
                    sentence.ref(c) == refs for c in token.children if c.dep_ == "compound"):
                # not "Red Hat's GNU General Public Licensed": the name is part of another
                out += [Relation(person, org, "member of", "affiliation", sentence.evidence(),
                                 rule="possessive")
                        for org in owners if types.get(org) == "ORG" for person in people]
            elif orgs and child.pos_ == "PROPN" and any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_ in _MEMBERSHIP_NOUNS
                    for c in token.children):
                # "Adamowicz's former party Civic Platform": the person's own party
                out += [Relation(person, org, "member of", "affiliation", sentence.evidence(),
                                 rule="possessive")
                        for person in owners if types.get(person) == "PERSON" for org in orgs]
            elif orgs and child.pos_ == "PROPN" and all(_is_party(o, sentence) for o in orgs) \
                    and any(types.get(p) == "PERSON" for p in owners):
                # "Marine Le Pen's National Rally": the person's own party
                out += [Relation(person, org, "member of", "affiliation", sentence.evidence(),
                                 rule="possessive")
                        for person in owners if types.get(person) == "PERSON" for org in orgs]
            elif orgs and child.pos_ == "PROPN" and token.dep_ != "compound" and not (
                    token.lower_ in sentence.book.org_words and not any(
                        c.dep_ == "compound" or c.i > token.i and sentence.ref(c) == refs
                        for c in token.children) and not (
                        token.lower_ in _GOVERNING_HEADS and any(
                            o in sentence.book.country_ids for o in owners))):
                # (but "Mexico's Senate": a country's one-word chamber)
                # (not "St. John's Church": a one-word "Church" is the name's tail; but
                # "Washington's Institute for Health Metrics": a name goes on after it)
                # "Brazil's National Institute for Space Research": a country's own body
                # (not "Thailand's Thai Raksa Chart Party": a party is its members')
                # "the House of Representatives' Committee on Ways and Means": a body's own
                # committee
                sub_body = _SUB_BODY_WORDS & set(orgs[0].split("-"))
                book = sentence.book
                towns = [owner for owner in owners if types.get(owner) == "PLACE" and
                         owner not in book.country_ids and owner not in book.state_ids]
                out += [Relation(org, town, "located in", "location", sentence.evidence(),
                                 rule="possessive")  # "London's Royal Veterinary College"
                        for town in towns for org in orgs if not _is_party(org, sentence)]
                listed = [e for t in token.conjuncts if t.i > token.i for e in sentence.ref(t)
                          if types.get(e) == "ORG" and e not in orgs]
                out += [Relation(org, owner, "part of", "affiliation", sentence.evidence(),
                                 rule="possessive")  # (and each body listed after it: "the
                        # United States' National Science Foundation, Department of Energy")
                        for owner in owners if owner in book.country_ids
                        for org in listed if not _is_party(org, sentence)]
                out += [Relation(org, owner, "part of", "affiliation", sentence.evidence(),
                                 rule="possessive")
                        for owner in owners
                        if owner not in towns and types.get(owner) == "PLACE" or (
                            types.get(owner) == "ORG" and (sub_body or _ACADEMIC_HEADS & set(
                                owner.split("-"))))  # ("Cornell University's arXiv")
                        for org in orgs if org != owner and not _is_party(org, sentence)]
        if orgs and token.dep_ in ("compound", "nmod") and \
                token.head.lemma_.lower() in _OWNED_UNITS:
            # "its Netto chain", "Alphabet's Waymo unit": the owner's chain or unit
            owners = [e for c in token.head.children if c.dep_ == "poss"
                      for e in sentence.ref(c) if types.get(e) == "ORG"] + [
                e for p in syntax.prep_objects(token.head, "of") for e in sentence.ref(p)
                if types.get(e) == "ORG"]  # "the South West Railway branch of the Indian Railway"
            out += [Relation(org, owner, "part of", "affiliation", sentence.evidence(),
                             rule="possessive") for owner in owners for org in orgs
                    if org != owner]
    tokens = sentence.tokens
    for index, token in enumerate(tokens[:-2]):
        # "ABC of Australia": an organisation named with its country after "of"
        at = index + 1
        if tokens[at].text not in ("of", "(") or sentence.ref(tokens[at]):
            continue
        orgs = [e for e in sentence.ref(token) if types.get(e) == "ORG"]
        if tokens[at].text == "(" and orgs:
            # "the Supreme Court of Justice (Oberster Gerichtshof) of Austria"
            at = next((j + 1 for j in range(at, min(at + 7, len(tokens)))
                       if tokens[j].text == ")"), at)
        if len(orgs) != 1 or _is_party(orgs[0], sentence) or at + 1 >= len(tokens) or \
                tokens[at].lower_ != "of" or sentence.ref(tokens[at]):
            continue
        if tokens[at + 1].lower_ == "the" and at + 2 < len(tokens) and \
                token.lower_ in sentence.book.org_words:
            at += 1  # "the Supreme Court of the United Kingdom" (not "a Citizen of the ...")
        countries = [e for e in sentence.ref(tokens[at + 1]) if types.get(e) == "PLACE"
                     and e in sentence.book.country_ids]
        out += [Relation(orgs[0], country, "part of", "affiliation", sentence.evidence(),
                         rule="possessive") for country in countries[:1]]
    out += _jurisdiction_edges(sentence)
    for index, at in enumerate(tokens[1:-1], 1):
        # "the Rosenstiel School of Marine and Atmospheric Science at the University of
        # Miami": a school, institute or centre of the university it is at
        if at.lower_ != "at" or sentence.ref(at):
            continue
        bodies = [e for e in sentence.ref(tokens[index - 1]) if types.get(e) == "ORG"
                  and _SUB_BODY_WORDS & set(e.split("-"))]
        k = index + 1 + (tokens[index + 1].lower_ == "the" and index + 2 < len(tokens))
        owners = [e for e in sentence.ref(tokens[k]) if types.get(e) == "ORG"
                  and _ACADEMIC_HEADS & set(e.split("-"))]
        out += [Relation(body, owner, "part of", "affiliation", sentence.evidence(),
                         rule="possessive")
                for body in bodies[:1] for owner in owners[:1] if body != owner]
    for index, token in enumerate(tokens[1:-1], 1):  # where the parser lost the possessive
        if token.tag_ != "POS" or token.head.dep_ == "poss":
            continue
        owners = [e for e in sentence.ref(tokens[index - 1]) if types.get(e) == "ORG"]
        bodies = [e for e in sentence.ref(tokens[index + 1]) if types.get(e) == "ORG"
                  and _SUB_BODY_WORDS & set(e.split("-"))]
        out += [Relation(body, owner, "part of", "affiliation", sentence.evidence(),
                         rule="possessive")
                for owner in owners for body in bodies if body != owner]
    return out


# Heads of a governing body's name that make it the body of the place after "of".
_GOVERNING_HEADS = {"parliament", "assembly", "senate", "legislature", "government", "council",
                    "court", "police", "ministry", "congress", "cabinet", "house", "army",
                    "navy", "guard", "cortes", "duma", "diet"}


def _jurisdiction_edges(sentence: SentenceView) -> list[Relation]:
    """"the Parliament of New South Wales", "the Supreme Court of the United Kingdom":
    a governing body named with "of" and a place the text names is that place's."""
    out = []
    tokens = sentence.tokens
    types = sentence.types
    index = 0
    while index < len(tokens):
        refs = sentence.ref(tokens[index])
        end = index + 1
        while end < len(tokens) and sentence.ref(tokens[end]) == refs:
            end += 1
        orgs = [e for e in refs if types.get(e) == "ORG"]
        if len(orgs) == 1:
            words = [t.lower_ for t in tokens[index:end]]
            if "of" in words[1:]:
                at = words.index("of", 1)
                rest = normalize_name(" ".join(t.text for t in tokens[index + at + 1:end]))
                place = entity_id(sentence.book.places.get(rest, rest))
                if words[at - 1] in _GOVERNING_HEADS and types.get(place) == "PLACE":
                    out.append(Relation(orgs[0], place, "part of", "affiliation",
                                        sentence.evidence(), rule="possessive"))
        index = end
    return out


_ELECTED_FROM = {"senator", "sen", "representative", "rep", "congressman", "congresswoman",
                 "lawmaker", "legislator", "mp", "mep", "delegate", "assemblyman",
                 "assemblywoman"}
# Roles in a chamber or committee whose holder, named "of" a place, represents it.
_REPRESENTING = _ELECTED_FROM | {"leader", "majority leader", "minority leader", "whip",
                                 "majority whip", "minority whip", "chairman", "chairwoman",
                                 "chair", "chairperson", "member", "ranking member", "speaker"}


_NOT_SEATS = {"backed", "funded", "supported", "allied", "linked", "sponsored",
              "aligned", "affiliated", "led"}


def described_country_edges(sentence: SentenceView) -> list[Relation]:
    """"Austrian mortar and shell manufacturer Hirtenberger Defence Group", "British
    supermarket chain Tesco": an organisation a country's demonym describes is that
    country's (not "Iranian-backed militia Kataib Hezbollah")."""
    out = []
    tokens = sentence.tokens
    types = sentence.types
    for index, token in enumerate(tokens):
        orgs = [e for e in sentence.ref(token) if types.get(e) == "ORG"]
        if len(orgs) != 1 or (index and sentence.ref(tokens[index - 1]) == tuple(orgs)):
            continue
        j, nouns, blocked = index - 1, 0, False
        while j >= 0 and index - j <= 7 and not sentence.ref(tokens[j]) and (
                tokens[j].text.islower() or tokens[j].text in ("-", "‐")) and (
                tokens[j].pos_ in ("NOUN", "ADJ", "VERB", "PUNCT", "CCONJ")):
            if tokens[j].lower_ in _NOT_SEATS:
                blocked = True
                break
            nouns += tokens[j].pos_ == "NOUN"
            j -= 1
        if blocked or j < 0 or not nouns or tokens[index - 1].lemma_ not in ORG_DESCRIPTORS:
            continue
        countries = [e for e in sentence.ref(tokens[j]) if e in sentence.book.country_ids]
        if countries and (tokens[j].ent_type_ == "NORP" or tokens[j].pos_ == "ADJ"):
            # (each body listed after a plural: "Australian store chains Woolworths and Coles")
            listed = [e for t in token.conjuncts for e in sentence.ref(t)
                      if types.get(e) == "ORG"] if tokens[index - 1].tag_ == "NNS" else []
            out += [Relation(org, countries[0], "national of", "affiliation",
                             sentence.evidence(), rule="described")
                    for org in dict.fromkeys(orgs + listed)]
    return out


def demonym_apposition_edges(sentence: SentenceView) -> list[Relation]:
    """"Three American Samoans, Pale Tuli, Rosavita Tuli and John Fitisemanu", "John
    Smith, a Briton,", "a Polish chef named Łukasz": people set in apposition with a
    country's demonym, or named by a noun it describes, are its nationals."""
    out = []
    types = sentence.types
    for token in sentence.tokens:
        if token.dep_ in ("compound", "poss") or token.pos_ not in ("NOUN", "PROPN") and not (
                token.dep_ in ("amod", "appos") and token.pos_ == "ADJ"):
            continue
        countries = [e for e in sentence.ref(token) if e in sentence.book.country_ids]
        first = token.i - 1 if token.i > sentence.tokens[0].i and sentence.ref(
            token.doc[token.i - 1]) == sentence.ref(token) else token.i
        if len(countries) != 1 or normalize_name(token.doc[first:token.i + 1].text) not in \
                sentence.book.demonyms:
            continue  # the demonym, not the country's name ("American Samoans")
        if token.dep_ == "appos":
            people = [e for e in sentence.ref(token.head) if types.get(e) == "PERSON"]
        elif token.dep_ == "amod":  # "a Polish chef named Łukasz"
            people = list(sentence.identified_as(token.head))
        else:
            people = [e for a in token.children if a.dep_ == "appos"
                      for t in syntax.with_conjuncts(a) for e in sentence.ref(t)
                      if types.get(e) == "PERSON"]
        homes = [e for t in syntax.prep_objects(token, "from") for e in sentence.ref(t)
                 if e in sentence.book.country_ids and e != countries[0]]
        out += [Relation(person, country, "national of", "affiliation",
                         sentence.evidence(), rule="demonym")
                for person in dict.fromkeys(people) for country in countries[:1] + homes[:1]]
        # ("Sirhan, an ethnic Palestinian from Jordan": Jordan's too)
    return out


def home_apposition_edges(sentence: SentenceView) -> list[Relation]:
    """"Michael Avenatti, the California lawyer", "X, a Texas businessman": a place
    before a noun for a person, in apposition with a name, says where they are from
    (not "the White House lawyer": an institution's own)."""
    out = []
    book = sentence.book
    for noun in sentence.tokens:
        lemma = noun.lemma_.lower()
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not (
                lemma in HOME_NOUNS or lemma in book.non_place_roles
                or lemma in book.person_descriptors):
            continue
        people = [e for e in sentence.ref(noun.head) if sentence.types.get(e) == "PERSON"]
        homes = [e for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for t in c.subtree for e in sentence.ref(t)
                 if sentence.types.get(e) == "PLACE"]  # ("the California, US lawyer")
        out += [Relation(person, home, "from", "location", sentence.evidence(),
                         rule="apposition") for person in people for home in homes[:1]]
    for verb in sentence.tokens:
        # "Roberts is from Bakersfield", "is about 20 years old and from Bakersfield"
        if verb.lemma_ != "be" or syntax.is_negated(verb, sentence.book.setting("negators")):
            continue
        froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"] + [
            c for a in verb.children if a.dep_ in ("acomp", "attr") for c in a.children
            if c.dep_ == "conj" and c.lower_ == "from"]
        homes = [e for p in froms for t in p.children if t.dep_ == "pobj"
                 for e in sentence.ref(t) if sentence.types.get(e) == "PLACE"]
        people = [e for subject in syntax.grammatical_subjects(verb)
                  for e in sentence.ref(subject) if sentence.types.get(e) == "PERSON"]
        out += [Relation(person, home, "from", "location", sentence.evidence(),
                         rule="apposition") for person in people for home in homes[:1]]
    return out


# Years of study or service: "fifth year at the First MSMU", "in her final year at Yale".
_YEAR_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "final"}
_SCHOOL_WORDS = {"university", "college", "school", "academy", "institute", "polytechnic"}


def study_year_edges(sentence: SentenceView) -> list[Relation]:
    """"Oleg Titov, fifth year at the First MSMU", "Madina Bizheva, in her fourth year at
    Kabardino-Balkarian State University, won": a student of a school, else one who works
    at the body."""
    out = []
    for noun in sentence.tokens:
        if noun.lemma_.lower() != "year" or noun.pos_ != "NOUN" or not any(
                c.dep_ == "amod" and c.lower_ in _YEAR_ORDINALS for c in noun.children):
            continue
        if noun.dep_ == "appos":
            named = [noun.head]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
                noun.head.head.pos_ in ("VERB", "AUX"):
            named = syntax.grammatical_subjects(noun.head.head)
        else:
            continue
        people = [e for t in named for e in sentence.ref(t) if sentence.types.get(e) == "PERSON"]
        bodies = [e for t in syntax.prep_objects(noun, "at") for e in sentence.ref(t)
                  if sentence.types.get(e) == "ORG"]
        for body in bodies[:1]:
            label = "student at" if _SCHOOL_WORDS & set(body.split("-")) else "works at"
            out += [Relation(person, body, label, "affiliation", sentence.evidence(),
                             rule="apposition") for person in dict.fromkeys(people)]
    return out


def victim_edges(sentence: SentenceView) -> list[Relation]:
    """"McArthur's first victim ... was Skandaraj Navaratnam", "Smith's victim, John Doe":
    the possessor attacked the person named as the victim."""
    out = []
    for noun in sentence.tokens:
        if noun.lemma_.lower() != "victim" or noun.pos_ != "NOUN":
            continue
        attackers = [e for c in noun.children if c.dep_ == "poss" for e in sentence.ref(c)
                     if sentence.types.get(e) in ("PERSON", "ORG", "PLACE")]
        named = syntax.predicated_of(noun) + _names_after_comma(noun, sentence)
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "X's victim was Y"
            named += [c for c in noun.head.children if c.dep_ == "attr"]
        victims = [e for t in named for e in sentence.ref(t) if sentence.types.get(e) == "PERSON"]
        out += [Relation(a, v, "attacked", "attack", sentence.evidence(), rule="victim")
                for a in attackers for v in dict.fromkeys(victims) if a != v]
    return out


# Institutions whose people are named "X at Y": "Dr. Steven Wolf at Saint Francis".
_WORKPLACE_WORDS = {"hospital", "university", "college", "school", "institute", "clinic",
                    "laboratory", "centre", "center", "observatory", "museum"}


def _national_before(tokens, index: int, person: str, sentence: SentenceView) -> list[Relation]:
    """"Kenyan Eliud Kipchoge", "US singer Doris Day", "Ethiopians Dejene Debela": a country
    (or its people) right before a name, or before one lower-case noun for what the person
    does, is the person's country."""
    book = sentence.book
    k = index - 1
    while k >= 1 and index - k <= 2 and tokens[k].pos_ in ("NOUN", "ADJ") and \
            tokens[k].text.isalpha() and tokens[k].text.islower() and (
                tokens[k].lower_ not in book.title_words or tokens[k].lower_ in
                book.non_place_roles):
        k -= 1  # ("Kenyan runner Eliud Kipchoge", "US theoretical astrophysicist X")
    countries = [e for e in sentence.ref(tokens[k]) if e in book.country_ids]
    if len(countries) != 1 or tokens[k].dep_ not in ("amod", "compound", "nmod", "nsubj") or (
            k and sentence.ref(tokens[k - 1]) == sentence.ref(tokens[k])) or (
            k and tokens[k - 1].lower_ in ("the", "a", "an", "of", "'s", "’s")):
        return []  # (one word: not "the Kenyan Embassy's Eliud ...", "of Kenyan ...")
    if k >= 2 and tokens[k - 1].text == "-":  # "Canadian-US scientist James Peebles"
        countries += [e for e in sentence.ref(tokens[k - 2])
                      if e in book.country_ids and e not in countries]
    people = [person]
    if tokens[k].text.endswith("s"):  # "Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu"
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        people += [e for t in tokens[end].conjuncts for e in sentence.ref(t)
                   if sentence.types.get(e) == "PERSON" and e not in people]
    return [Relation(one, country, "national of", "affiliation", sentence.evidence(),
                     rule="demonym") for one in people for country in countries]


def of_edges(sentence: SentenceView) -> list[Relation]:
    """"Prime Minister Igor Matovič of the Slovak Republic", "Yvette Cooper of the
    Labour Party": a person named with "of" and an organisation or titled place."""
    book = sentence.book
    out = []
    tokens = sentence.tokens
    listed_role = None  # "Senators Marco Rubio of Florida, Mike Lee of Utah, and ..."
    for index, _, person in _person_starts(sentence):
        role, j = _role_before(tokens, index, sentence)
        owned = role is not None and _owner_at(tokens, j, sentence)
        nearest = _title_word(tokens[index - 1], book) if index else None
        if role is not None and nearest in book.roles and not role.endswith(nearest):
            role, owned = nearest, False  # "AU chairperson President el-Sisi of Egypt": the
            # title next to the name (not "Vice President Mike Pence")
        if role is not None:
            listed_role = role if tokens[index - 1].tag_ in ("NNS", "NNPS") else None
        elif listed_role is not None and index and tokens[index - 1].lower_ in (",", "and"):
            role = listed_role
        else:
            listed_role = None
        if role is None and index >= 2 and (tokens[index - 1].lower_ in HOME_NOUNS or (
                tokens[index - 1].lower_ in book.person_descriptors and
                tokens[index - 1].text.islower())):
            # "Ohio man James Alex Fields", "Wyoming preacher Michelle Tidball": where the
            # person is from
            homes = [e for e in sentence.ref(tokens[index - 2])
                     if sentence.types.get(e) == "PLACE" and (
                         tokens[index - 1].lower_ in HOME_NOUNS or e not in book.country_ids)]
            # (a country before a trade says nationality: _national_before)
            out += [Relation(person, home, "from", "location", sentence.evidence(), rule="of")
                    for home in homes[:1]]
        if (role is None or role in book.non_place_roles) and index >= 1:
            out += _national_before(tokens, index, person, sentence)
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        at = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].lower_ == "also")
        root = next((t for t in tokens[index:end + 1] if not
                     tokens[index].i <= t.head.i <= tokens[end].i or t.head.i == t.i), tokens[end])
        if role is None and at + 1 < len(tokens) and tokens[at].lower_ == "from" and (
                tokens[at].head.i == tokens[end].i or tokens[end].dep_ == "pobj" and
                tokens[end].head.dep_ == "agent" or root.dep_ == "appos" and
                tokens[at].head.i == root.head.i):  # ("its operator Jong Woo Son from ...")
            # "Eliud Kipchoge from Kenya ran a marathon": the "from" on the name itself, or
            # on the verb of a "by" the name ends ("was won by Rai Benjamin from the US",
            # "held by Mary Keitany also from Kenya")
            homes = [e for p in tokens[at].children if p.dep_ == "pobj"
                     for e in sentence.ref(p) if sentence.types.get(e) == "PLACE"]
            out += [Relation(person, home, "from", "location", sentence.evidence(), rule="of")
                    for home in homes[:1]]
        if at == end + 1 < len(tokens) - 1 and tokens[at].lower_ == "from" and not (
                tokens[end].dep_ == "dobj" and tokens[at].head.i == tokens[end].head.i):
            # "Ivan Shelyagin and Valentina Sidorenko from Tyumen State Medical University"
            # (not "took John Smith from Mercy Hospital": where the verb took him from)
            bodies = [e for p in tokens[at].children if p.dep_ == "pobj"
                      for e in sentence.ref(p) if sentence.types.get(e) == "ORG"
                      and _WORKPLACE_WORDS & set(e.split("-"))]
            listed = [e for t in tokens[end].conjuncts if t.i < tokens[index].i
                      for e in sentence.ref(t) if sentence.types.get(e) == "PERSON"]
            out += [Relation(one, body, "member of", "affiliation", sentence.evidence(),
                             rule="of") for one in [person] + listed for body in bodies[:1]]
        if end + 4 < len(tokens) and tokens[end + 1].text == "," and \
                tokens[end + 2].lower_ == "both" and tokens[end + 3].lower_ == "from":
            # "Ababel Yeshaneh and Gelete Burka, both from Ethiopia": each of the two
            homes = [e for e in sentence.ref(tokens[end + 4]) if sentence.types.get(e) == "PLACE"]
            pair = [person] + [e for t in tokens[end].conjuncts for e in sentence.ref(t)
                               if sentence.types.get(e) == "PERSON" and e != person]
            out += [Relation(one, home, "from", "location", sentence.evidence(), rule="of")
                    for one in pair for home in homes[:1]]
        if role not in _ELECTED_FROM and end + 3 < len(tokens) and tokens[end + 1].text == "," \
                and tokens[end + 2].lower_ == "from":
            # "Bruce McArthur, from Toronto, Canada, admitted ...": where the person is from
            homes = [e for e in sentence.ref(tokens[end + 3])
                     if sentence.types.get(e) == "PLACE"]
            out += [Relation(person, home, "from", "location", sentence.evidence(), rule="of")
                    for home in homes[:1]]
            continue
        if end + 2 < len(tokens) and tokens[end + 1].lower_ == "at" and (
                role is not None or normalize_name(tokens[index].text) in book.first_names):
            # "Dr. Steven Wolf at Saint Francis said": a hospital's or a university's own
            workplaces = [e for p in tokens[end + 1].children if p.dep_ == "pobj"
                          for e in sentence.entities(p) if sentence.types.get(e) == "ORG"
                          and _WORKPLACE_WORDS & set(e.split("-"))]
            out += [Relation(person, place, "works at", "affiliation", sentence.evidence(),
                             rule="of") for place in workplaces[:1]]
        at = end + 1 + (end + 2 < len(tokens) and tokens[end + 1].text == "," and
                        tokens[end + 2].lower_ == "of")  # "Sharif Hotak, of the ... council"
        if at >= len(tokens) or not (tokens[at].lower_ == "of" or (
                tokens[at].lower_ == "from" and role in _ELECTED_FROM)):
            continue  # "Senator Bernie Sanders from Vermont" represents Vermont
        prep = tokens[at].lower_
        for owner_token in syntax.prep_objects(tokens[end], prep) or [
                c for c in tokens[at].children if c.dep_ == "pobj"]:
            if not sentence.ref(owner_token) and owner_token.lemma_ in ORG_DESCRIPTORS:
                # "X, of Christian anti-poverty organization The Mustard Seed Kamloops": the
                # body named in apposition
                owner_token = next((a for a in owner_token.children if a.dep_ == "appos" and
                                    any(sentence.types.get(e) == "ORG"
                                        for e in sentence.ref(a))), owner_token)
            if at > end + 1 and not sentence.ref(owner_token) and \
                    owner_token.lemma_.lower() not in book.setting("proxy_nouns"):
                continue  # ("X, of the local council": no body named)
            for owner in sentence.entities(owner_token):
                otype = sentence.types.get(owner)
                if prep == "from" and otype != "PLACE":
                    continue
                if role is not None and otype == "PLACE" and prep == "of" and (
                        owned and role not in _REPRESENTING or role in book.non_place_roles):
                    # "Unity Party presidential nominee Bill Hammons of Colorado": the role
                    # has its owner before the name; the place after it is the person's (as
                    # for a role no place holds: "Professor Jo Jorgensen of South Carolina")
                    out.append(Relation(person, owner, "from", "location", sentence.evidence(),
                                        rule="of"))
                    continue
                if role is not None and otype in ROLE_TYPES:
                    # "Senate Majority Leader Mitch McConnell of Kentucky": the place a
                    # member of a chamber or committee represents
                    label = "represents" if owned and otype == "PLACE" and prep == "of" \
                        else book.roles[role]
                elif role is None and (otype == "ORG" or otype == "PLACE" and (
                        owner_token.lemma_.lower() in book.setting("proxy_nouns"))):
                    label = "member of"  # ("Sharif Hotak, of the Maidan Wardak provincial council")
                elif role is None and otype == "PLACE" and prep == "of" and \
                        sentence.ref(owner_token) and owner_token.head.i == tokens[at].i and \
                        owner_token.ent_type_ in ("GPE", "LOC") and not (
                            index and tokens[index - 1].lower_ in ("the", '"', "“")):
                    # "Patrick Crusius of Allen, Texas": where the person is from
                    out.append(Relation(person, owner, "from", "location", sentence.evidence(),
                                        rule="of"))
                    continue
                else:
                    continue
                out.append(Relation(person, owner, label, "affiliation", sentence.evidence(),
                                    rule="of"))
    return out


def _role_owner(noun, sentence: SentenceView, types=ROLE_TYPES, depth: int = 0) -> list[str]:
    """Who a role noun belongs to: "head of Venezuela's legislature" -> Venezuela."""
    if depth > 3:
        return []
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in ("ex", "former"):
        # "his ex-wife" split by the tokenizer: the owner hangs on "ex"
        found = [e for c in doc[noun.i - 2].children if c.dep_ == "poss"
                 for e in sentence.ref(c) if sentence.types.get(e) in types]
        if found:
            return found
    around = set()  # (a parse that hung the role inside a name's preposition: "Black
    node = noun  # Voices for [Trump ... candidate]")
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        around.update(sentence.ref(node))
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            # A party among the modifiers is membership ("the Democratic chairman of X").
            found = [e for e in (sentence.entities(child) if child.lower_ == "whose" else
                                 sentence.ref(child)) if sentence.types.get(e) in types
                     and not (_is_party(e, sentence) and child.dep_ != "poss")
                     and e not in around]  # ("Ukraine, whose foreign minister, X")
            # ("the party's 2018 nominee for Lieutenant Governor of Colorado": the party's)
            if not found and child.dep_ in ("compound", "poss") and \
                    child.lemma_.lower() in sentence.book.setting("proxy_nouns"):
                # "the Hungarian Government commissioner": the government's country ("the
                # Taliban government's defence minister": the Taliban's)
                found = [e for g in child.children if g.dep_ in ("amod", "compound", "poss")
                         for e in sentence.ref(g) if sentence.types.get(e) in types]
            if found:
                return found
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "from" and \
                noun.lemma_.lower() not in _ELECTED_FROM and "ORG" in types:
            # "US sport columnist from ESPN": an organisation one comes from works for
            found = [e for p in child.children if p.dep_ == "pobj" for e in sentence.ref(p)
                     if sentence.types.get(e) == "ORG"]
            if found and not (all(_is_party(e, sentence) for e in found) and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children)):
                return found  # (not "a former mayor of Tegucigalpa from the National
                # Party": the city's, and a member of the party, apposition_edges)
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in ("of", "for", "at", "in", "to", "with") or (
                child.lower_ == "from" and noun.lemma_.lower() in _ELECTED_FROM) or (
                child.lower_ == "on" and noun.lemma_.lower() in sentence.book.place_roles)):
            # ("the junior Senator from New York"; "a port town on a river in Borneo")
            for pobj in child.children:
                if pobj.dep_ not in ("pobj", "pcomp"):  # the parser's "pcomp" on a name
                    continue
                if child.lower_ == "with" and not sentence.ref(pobj):
                    continue  # "a researcher with Human Rights Watch"; not "with experience
                    # interpreting AIS results"
                if pobj.lemma_.lower() in sentence.book.place_roles:
                    # "governor of United States commonwealth of Puerto Rico": the place named
                    named = [e for t in syntax.prep_objects(pobj, "of")
                             for e in sentence.entities(t) if sentence.types.get(e) in types]
                    if named:
                        return named
                found = [e for e in sentence.entities(pobj) if sentence.types.get(e) in types]
                # ("the presidential nominee of both the Reform Party and the Natural Law
                # Party of Michigan": each one named)
                found += [e for c in pobj.conjuncts if found and c.i > pobj.i and c.pos_ == "PROPN"
                          for e in sentence.ref(c) if sentence.types.get(e) in types
                          and e not in found]
                found = found or [e for e in _department(pobj, sentence) if "ORG" in types]
                if not found and pobj.pos_ == "NOUN" and pobj.text.islower():
                    # "brother of social media personality and feminist Qandeel Baloch"
                    found = [e for c in pobj.conjuncts if c.pos_ == "PROPN"
                             for e in sentence.ref(c) if sentence.types.get(e) in types]
                if found:
                    return found
                deeper = _role_owner(pobj, sentence, types + (
                    ("PERSON",) if pobj.lemma_.lower() in _PERSONAL_GROUPS else ()), depth + 1)
                if deeper:
                    return deeper
    return _electorate(noun, sentence, types)


_ELECTING_VERBS = {"elect", "re-elect", "reelect"}


def _electorate(noun, sentence: SentenceView, types) -> list[str]:
    """"Chilean voters elected Kast as president", "voters in Bolivia elected Paz
    president", "the Labour Party elected Starmer as leader": the place whose voters, or
    the body that, elect one to an office holds it."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else (
        noun.head if noun.dep_ in ("oprd", "xcomp") else None)
    if verb is None or verb.lemma_.lower() not in _ELECTING_VERBS or syntax.is_passive(verb):
        return []
    found = []
    for subject in syntax.grammatical_subjects(verb):
        voters = [c for c in subject.children if c.dep_ in ("amod", "compound", "poss")] + \
            syntax.prep_objects(subject, "in")  # (and "Sri Lanka's parliament")
        found += [e for e in sentence.ref(subject) if sentence.types.get(e) in types]
        found += [e for t in voters for e in sentence.ref(t) if sentence.types.get(e) == "PLACE"]
    return list(dict.fromkeys(e for e in found if "PLACE" in types or
                              sentence.types.get(e) != "PLACE"))


# Groups that belong to a person: "a member of Avenatti's legal team".
_PERSONAL_GROUPS = {"team", "staff", "campaign", "entourage", "cabinet"}


def _role_of(noun, book: Rulebook):
    """(label, category, holder type, owner types) of a role noun, or None."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in book.roles:
        lemma = lemma[:-1]  # "Representatives": spaCy keeps proper-noun plurals
    compound = " ".join([c.lower_ for c in noun.children if c.dep_ == "compound"] + [lemma])
    # "Chris Christie's deputy chief of staff": a role written with its own "of"
    with_of = [f"{lemma} of {p.lemma_.lower()}" for p in syntax.prep_objects(noun, "of")
               if p.pos_ == "NOUN"]
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    # "his running mate", "the outgoing Dutch prime minister": the longest role first
    modified = [" ".join(words[k:] + [lemma]) for k in range(len(words))]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text in ("-", "‐") and not noun.whitespace_ \
            and not doc[noun.i + 1].whitespace_:
        # "the Commission's executive vice-president", parsed with "vice" as the head
        joined = words + [lemma, doc[noun.i + 2].lower_]
        modified = [" ".join(joined[k:]) for k in range(len(joined) - 1)] + modified
    # ("then-Governor Chris Christie's deputy chief of staff": the rank before it)
    ranked = [" ".join(words[k:] + with_of[:1]) for k in range(len(words))] if with_of else []
    for key in ranked + with_of[:1] + modified + [compound, lemma]:
        if key in book.roles:
            # "member" is a person's role and an organisation's or country's too;
            # an envoy or aide may be a person's own ("Trump's special envoy").
            holders = ("PERSON", "ORG", "PLACE") if key in book.org_roles else ("PERSON",)
            owners = _owner_types(key, book)
            if key in book.person_owned_roles:
                owners += ("PERSON",)
            return book.roles[key], "affiliation", holders, owners
    if lemma in book.kin_roles:
        return _kin_label(noun, book), "related", ("PERSON",), ("PERSON",)
    if lemma in book.org_roles:
        return book.org_roles[lemma], "affiliation", ("ORG",), ROLE_TYPES
    if lemma in book.place_roles:
        return book.place_roles[lemma], "location", ("PLACE",), ("PLACE",)
    if lemma in book.home_roles:  # (the edge runs from the person: apposition_edges)
        return book.home_roles[lemma], "location", ("PLACE",), ("PERSON",)
    if noun.text.islower() and len(lemma) >= 6 and lemma.endswith(_OCCUPATION_ENDINGS) and \
            lemma not in _NOT_OCCUPATIONS and any(
                c.dep_ == "prep" and c.lower_ == "at" for c in noun.children):
        # "an evolutionary biomechanicist at London's Royal Veterinary College": a trade the
        # tables do not list, at an organisation
        return "works at", "affiliation", ("PERSON",), ("ORG",)
    return None


# Endings of words for specialists: "biomechanicist", "paleontologist", "statistician".
_OCCUPATION_ENDINGS = ("ist", "ician")
_NOT_OCCUPATIONS = {"tourist", "terrorist", "extremist", "islamist", "nationalist", "loyalist",
                    "separatist", "supremacist", "jihadist", "list", "twist", "wrist", "fist"}


def _kin_label(noun, book: Rulebook) -> str:
    """"child of" for "son", "son-in-law of" for "son-in-law"."""
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            p.lower_ == "law" for p in c.children) for c in noun.children):
        return f"{noun.lower_}-in-law of"
    return book.kin_roles[noun.lemma_.lower()]


def _kin_possessors(noun, book: Rulebook) -> list:
    """The names owning a kin word inside a name: "Trump" of "Trump's niece Mary Trump"; the
    possessor may hang on the name instead ("Trump's son-in-law Jared Kushner")."""
    if noun.dep_ not in ("compound", "nmod") or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in book.kin_roles:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"] or [
        c for c in noun.head.children if noun.dep_ == "nmod" and c.dep_ == "poss" and
        c.pos_ == "PROPN" and c.i < noun.i]


def apposition_edges(sentence: SentenceView) -> list[Relation]:
    """"Jorge Rodriguez, the head of Venezuela's legislature" and friends."""
    out = []
    for noun in sentence.tokens:
        # A role inside a name ("energy minister Yuval Steinitz") is a title: title_edges.
        possessors = _kin_possessors(noun, sentence.book)
        if possessors and not sentence.ref(noun):
            # "Trump's niece Mary Trump": a kin word inside the name, the possessor its owner
            kin = [e for e in sentence.ref(noun.head) if sentence.types.get(e) == "PERSON"]
            owners = [e for c in possessors for e in sentence.ref(c)
                      if sentence.types.get(e) == "PERSON"]  # (a pronoun's: the rule below)
            out += [Relation(one, owner, _kin_label(noun, sentence.book), "related",
                             sentence.evidence(), rule="apposition")
                    for one in kin[:1] for owner in owners[:1] if one != owner]
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or sentence.ref(noun) or noun.dep_ == "compound":
            continue
        role = _role_of(noun, sentence.book)
        if role is None:
            continue
        label, category, holder_types, owner_types = role
        if category == "location" and _names_the_place(noun):
            continue
        if category == "related" and any(
                c.dep_ == "conj" and c.i > noun.i and c.lemma_.lower() in sentence.book.kin_roles
                for c in noun.children):
            continue  # "her mother and sister, Maya Harris": the name is the last one's
        subject = noun
        doc = noun.doc
        comma = noun.left_edge.i - 1
        if noun.dep_ == "conj" and comma >= 1 and doc[comma].text == "," and \
                sentence.ref(noun.head) and sentence.ref(doc[comma - 1]) == sentence.ref(noun.head):
            subject = noun.head  # "On Twitter, X, US sport columnist", parsed as a list
        else:
            while subject.dep_ == "conj" and subject.head is not subject:
                subject = subject.head  # "a member and son of X": both said of the same holder
        if _only_wished(subject):
            continue
        if category != "related" and noun.tag_ in ("NNS", "NNPS") and noun.i + 1 < len(
                noun.doc) and any(
                sentence.types.get(e) == "PERSON" for e in sentence.ref(noun.doc[noun.i + 1])):
            continue  # "statues of Columbus, US presidents George Washington and Ulysses S.
            # Grant, and ...": a title of the names after it (title_edges), not of the list
        # "Jennifer Daskal of American University and contributor to Slate": a role the
        # parser coordinated with the name itself
        named = [subject] if subject.i != noun.i and subject.pos_ == "PROPN" and \
            _describes_the_name(noun, sentence) else []
        direct = [e for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 1
                  for e in _named(c, sentence) if sentence.types.get(e) in holder_types] \
            if category == "related" else []
        # ("Trump, his wife Melania, and son Barron": the name right after the kin word is
        # the one it describes, not the next one listed)
        holders = direct or [e for t in named + syntax.predicated_of(subject) + _names_after_comma(
                       noun, sentence, skip_appos=category != "location")
                   for e in _named(t, sentence) if sentence.types.get(e) in holder_types] or [
            e for t in _name_before_comma(noun) for e in sentence.ref(t)
            if sentence.types.get(e) in holder_types]
        if not holders and category == "related" and noun.dep_ == "conj" and \
                noun.head.lemma_.lower() in sentence.book.kin_roles:
            # "her mother and sister, Maya Harris": the name hung on the list's first noun
            holders = [e for c in noun.head.children if c.dep_ == "appos" and c.i > noun.i
                       for e in _named(c, sentence) if sentence.types.get(e) in holder_types]
        if not holders and category == "related":
            # "his wife Melania Trump", "his wife First Lady Melania Trump": a kin noun
            # with the name right after it (past a title)
            between = noun.doc[noun.i + 1:]
            holders = [e for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i
                       and all(_title_word(t, sentence.book)
                               for t in between[:c.left_edge.i - noun.i - 1])
                       for e in _named(c, sentence) if sentence.types.get(e) in holder_types]
        if not holders:
            continue
        owners = _role_owner(noun, sentence, owner_types)
        if not owners and category == "related" and noun.dep_ == "conj" and \
                noun.head.lemma_.lower() in sentence.book.kin_roles:
            owners = _role_owner(noun.head, sentence, owner_types)  # "her mother and sister"
        if not owners and noun.lemma_.lower() == "capital" and any(
                c.lower_ == "the" for c in noun.children):
            # "Yemen has been experiencing civil war since the capital, Sanaa, fell": the
            # one country the sentence names
            countries = {e for t in sentence.tokens for e in sentence.ref(t)
                         if e in sentence.book.country_ids and e not in holders}
            if not countries and sentence.resolution.country not in (None, *holders):
                # "protests in the capital, San Juan": the country the text is about
                countries = {sentence.resolution.country}
            owners = list(countries) if len(countries) == 1 else []
        if category == "related" and len(holders) == 1:
            # "Joe Biden and his son, Hunter Biden": kin share a surname more often than
            # "his" finds the right antecedent.
            kin = _same_surname(holders[0], sentence)
            if kin:
                owners = kin
        members = []
        if category == "affiliation":
            # "the Republican Senate Majority Leader": the party too, as membership;
            # "a candidate in the Democratic primary": the party the contest is of
            members = [p for p in _parties_before(noun, sentence) + [
                e for t in syntax.prep_objects(noun, "from") for e in sentence.ref(t)
                if _is_party(e, sentence)] if p not in owners]
            owners += members
            owners += [e for prep in ("in", "for") for t in syntax.prep_objects(noun, prep)
                       if t.lemma_.lower() in _PARTY_CONTESTS for c in t.children
                       if c.dep_ in ("amod", "compound", "poss") for e in sentence.ref(c)
                       if _is_party(e, sentence) and e not in owners]
        seated = []
        if category == "affiliation" and noun.lemma_.lower() in _SENT_TO:
            # "the American Samoan delegate to the U.S. House": the body too ("the
            # ambassador to Greece" is not Greece's)
            seated = [e for t in syntax.prep_objects(noun, "to") for e in sentence.ref(t)
                      if sentence.types.get(e) == "ORG" and e not in owners]
            owners += seated
        # "Brazil is not a member of G7"
        negated = subject.dep_ in ("attr", "acomp") and syntax.is_negated(
            subject.head, sentence.book.setting("negators"))
        located = {e for t in syntax.prep_objects(noun, "in") for e in sentence.ref(t)
                   if sentence.types.get(e) == "PLACE"}
        if noun.tag_ == "NNS" and len(holders) == 1:
            holders += _listed_before(holders[0], noun, sentence)
        for holder in dict.fromkeys(holders):
            for owner in owners:
                if owner == holder:
                    continue
                member = category == "affiliation" and _is_party(owner, sentence)
                if owner in located and sentence.types.get(holder) == "ORG":
                    # "The Court of Session is the highest civil court in Scotland"
                    out.append(Relation(holder, owner, "located in", "location",
                                        sentence.evidence(), negated=negated, rule="apposition"))
                    continue
                if owner in seated:
                    label_here = noun.lemma_.lower() + " to"
                else:
                    label_here = "member of" if owner in members else \
                        _party_label(label, sentence.book) if member else label
                source, target = (owner, holder) if noun.lemma_.lower() in \
                    sentence.book.home_roles else (holder, owner)  # "Soleimani's hometown"
                out.append(Relation(source, target, label_here, category,
                                    sentence.evidence(), negated=negated, rule="apposition"))
    return out


def _titles_a_name(token, sentence: SentenceView) -> bool:
    """``token`` modifies a person's name or the title right before one ("U.S. envoy Tom
    Barrack")."""
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or head.i <= token.i:
        return False
    following = head.doc[head.i + 1] if head.i + 1 < sentence.sent.end else None
    return any(sentence.types.get(e) == "PERSON" for t in (head, following) if t is not None
               for e in sentence.ref(t))


# Roles held at a body one is sent to: "delegate to the House", "envoy to the UN".
_SENT_TO = {"delegate", "representative", "envoy", "ambassador", "observer", "emissary"}


def _describes_the_name(noun, sentence: SentenceView) -> bool:
    """A role coordinated with a name still describes it: "X, the then chair", "X of
    Y and contributor to Z" (not "Joe Biden and the president of France", "Durbin and
    incoming chair ... Adam Schiff", "Joe Biden and his son, Hunter Biden": another person)."""
    doc = noun.doc
    first, last = noun.left_edge, noun.right_edge
    if any(sentence.types.get(e) == "PERSON" for t in noun.subtree if t.i > noun.i
           for e in sentence.ref(t)) or (last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN"):
        return False
    before = doc[first.i - 1] if first.i else None
    if before is not None and before.text == ",":
        # not "X, Labour MP ..." (but "X, US sport columnist from ESPN, said")
        return any(c.dep_ == "det" for c in noun.children) or (
            last.i + 2 < len(doc) and doc[last.i + 1].text == "," and
            doc[last.i + 2].pos_ in ("VERB", "AUX"))
    return before is not None and before.lower_ == "and" and not any(
        c.dep_ == "det" for c in noun.children)


def _named(token, sentence: SentenceView) -> tuple[str, ...]:
    """What a token names; for a description in apposition to a name, the name:
    "Pranab Mukherjee, a career politician who served as President of India"."""
    found = sentence.ref(token)
    if not found and token.dep_ == "appos" and (
            token.pos_ == "NOUN" or token.lower_ in sentence.book.roles) and any(
            c.dep_ == "relcl" for c in token.children):  # ("the first Congressman to be")
        found = sentence.ref(token.head)
    if not found and token.dep_ in ("nsubj", "nsubjpass") and (
            token.lemma_.lower() in sentence.book.roles or
            token.lemma_.lower() in sentence.book.kin_roles):
        # "President of the United States Donald Trump became ...": the parser's subject
        # is the title, the name its apposition ("His brother, Mario Vizcarra, is running
        # as the candidate of ...": the brother named)
        found = tuple(e for c in token.children if c.dep_ == "appos" for e in sentence.ref(c)
                      if sentence.types.get(e) == "PERSON")
    return found


def _names_the_place(noun) -> bool:
    """"greater London, the City of Melbourne", "X, the city of Y": "the" place noun
    with "of" names the place itself; "the capital of", "a suburb of" locate."""
    if noun.lemma_.lower() == "capital" or any(c.lower_ == "capital" for c in noun.children):
        return False
    return noun.pos_ == "PROPN" or any(c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _same_surname(person: str, sentence: SentenceView) -> list[str]:
    """Other people of the sentence whose name ends like ``person``'s."""
    surname = person.rsplit("-", 1)[-1]
    found = {e for t in sentence.tokens for e in sentence.ref(t)
             if e != person and sentence.types.get(e) == "PERSON" and "-" in person
             and e.rsplit("-", 1)[-1] == surname}
    return sorted(found) if len(found) == 1 else []


def party_attribute_edges(sentence: SentenceView) -> list[Relation]:
    """"Trump is a Republican", "Thom Tillis, a Republican,": the person is the party's
    member."""
    out = []
    for verb in sentence.tokens:
        # "the party nominated Collins for Vice President", "The party picked activist Billy
        # Joe Parker as Collins's new running mate": the party's nominee
        if verb.pos_ != "VERB" or verb.lemma_ not in _NOMINATING_VERBS:
            continue
        parties = [e for t in syntax.grammatical_subjects(verb) for e in sentence.entities(t)
                   if _is_party(e, sentence)]
        patients = syntax.patients(verb)
        people = [e for t in patients for e in sentence.entities(t)
                  if sentence.types.get(e) == "PERSON"] or [
            e for t in patients if sentence.entities(t) and t.ent_type_ != "PERSON"
            for p in t.subtree if p.dep_ == "pobj" and p.head.head.i == t.i
            for e in sentence.entities(p) if sentence.types.get(e) == "PERSON"]
        # (a parse that took "chose Party for Socialism and Liberation presidential nominee
        # Gloria La Riva" for a body: the person its "for" ends on)
        negated = syntax.is_negated(verb, sentence.book.setting("negators"))
        out += [Relation(person, party, "nominee of", "affiliation", sentence.evidence(),
                         negated=negated, rule="party")
                for person in dict.fromkeys(people) for party in dict.fromkeys(parties)]
    for noun in sentence.tokens:
        # "the Constitution Party ticket of Darrell Castle for president and Scott Bradley
        # for vice president", "the party's 2016 ticket of ...", "nominated a ticket of ...",
        # "The Green Party, which received ... votes with the 2016 ticket of ...": each one
        # on a party's ticket is its nominee
        if noun.lemma_.lower() != "ticket" or noun.pos_ != "NOUN":
            continue
        people = [e for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  for t in p.subtree for e in sentence.ref(t)
                  if sentence.types.get(e) == "PERSON"]
        owners = [t for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
                  for t in c.subtree]
        if noun.dep_ == "dobj":
            owners += syntax.grammatical_subjects(noun.head)
        if noun.dep_ == "pobj" and noun.head.head.dep_ == "relcl":
            owners.append(noun.head.head.head)
        parties = [e for t in owners for e in sentence.ref(t) if _is_party(e, sentence)]
        out += [Relation(person, party, "nominee of", "affiliation", sentence.evidence(),
                         rule="party")
                for person in dict.fromkeys(people) for party in parties[:1]]
    for noun in sentence.tokens:
        # "The National League for Democracy, the party of Aung San Suu Kyi", "Suu Kyi's
        # party, the NLD": the person's party
        if noun.lemma_.lower() != "party" or noun.pos_ != "NOUN" or sentence.ref(noun):
            continue
        named = [e for t in ([noun.head] if noun.dep_ == "appos" else []) + [
            c for c in noun.children if c.dep_ == "appos"] for e in sentence.ref(t)
            if sentence.types.get(e) == "ORG"]  # (a party: the apposition says so)
        people = [e for t in syntax.prep_objects(noun, "of") + [
            c for c in noun.children if c.dep_ == "poss"] for e in sentence.ref(t)
            if sentence.types.get(e) == "PERSON"]
        out += [Relation(person, party, "member of", "affiliation", sentence.evidence(),
                         rule="party") for person in people[:1] for party in named[:1]]
    for token in sentence.tokens:
        parties = [e for e in sentence.ref(token) if _is_party(e, sentence)]
        if not parties:
            continue
        if token.dep_ == "appos" and any(c.dep_ == "det" and (c.lower_ in ("a", "an") or (
                c.lower_ == "the" and any(m.dep_ == "amod" for m in token.children)))
                for c in token.children):  # (not "Harris, the American Independent Party")
            # "Carolyn Maloney, the most senior Democrat on the Oversight Committee": the
            # committee's member too
            bodies = [e for t in syntax.prep_objects(token, "on") for e in sentence.ref(t)
                      if sentence.types.get(e) == "ORG" and not _is_party(e, sentence)]
            out += [Relation(person, owner, "member of", "affiliation", sentence.evidence(),
                             rule="party") for person in sentence.ref(token.head)
                    if sentence.types.get(person) == "PERSON" for owner in parties + bodies]
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep" and \
                token.head.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            # "Kokesh ran for US Congress as a Republican": the candidate's party
            verb = token.head.head
            subjects = [verb.head] if verb.dep_ == "relcl" else \
                syntax.grammatical_subjects(verb)  # ("Tancredo, who represented ... as a
            people = [e for t in subjects  # Republican": Tancredo alone, not the list he is in)
                      for e in sentence.ref(t) if sentence.types.get(e) == "PERSON"]
            out += [Relation(person, party, "member of", "affiliation", sentence.evidence(),
                             rule="party") for person in people for party in parties]
            continue
        if token.dep_ != "attr" or token.head.lemma_ != "be":
            continue
        people = [e for t in syntax.grammatical_subjects(token.head) for e in sentence.ref(t)
                  if sentence.types.get(e) == "PERSON"]
        negated = syntax.is_negated(token.head, sentence.book.setting("negators"))
        out += [Relation(person, party, "member of", "affiliation", sentence.evidence(),
                         negated=negated, rule="party") for person in people for party in parties]
    return out


# Verbs of a party choosing its candidate.
_NOMINATING_VERBS = {"nominate", "pick", "select", "choose", "tap"}


# A party's own offices, said as they are: "Prohibition Party of Illinois chairman Phil
# Collins"; any other role with a party is membership ("Republican Senator X").
_PARTY_OFFICES = {"nominee of", "candidate of", "chairman of", "chairwoman of", "chair of",
                  "leader of", "founder of", "spokesperson for", "general secretary of",
                  "secretary-general of", "running mate of"}


def _party_label(label: str, book: Rulebook) -> str:
    rank, _, office = label.partition(" ")  # ("vice chairman of" as well)
    return label if label in _PARTY_OFFICES or office in _PARTY_OFFICES and (
        rank in book.lower_ranks) else "member of"


def _is_party(entity: str, sentence: SentenceView) -> bool:
    """"Liberty Union Party", "Peace and Freedom Party of California", "Party for Socialism
    and Liberation", or a party of the tables."""
    if sentence.types.get(entity) != "ORG":
        return False
    words = entity.split("-")
    return entity in sentence.book.party_ids or "party" in words and (
        words[-1] == "party" or words[words.index("party") + 1] in ("of", "for"))


def _parties_before(noun, sentence: SentenceView) -> list[str]:
    """Parties named among a role noun's left modifiers ("Democratic representatives")."""
    return list(dict.fromkeys(
        e for t in noun.doc[noun.left_edge.i:noun.i] for e in sentence.ref(t)
        if _is_party(e, sentence)))


def _right_edge_before_appos(token) -> int:
    """The last index of ``token``'s phrase, leaving out appositions inside it."""
    last = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ not in ("appos", "punct"):
            last = max(last, _right_edge_before_appos(child))
    return last


def _listed_before(holder: str, noun, sentence: SentenceView) -> list[str]:
    """"Pierluisi, Rivera Schatz, and Rosselló are all members": the names listed
    before the one the parser made the subject of a plural role."""
    doc = noun.doc
    first = next((t.i for t in sentence.tokens if sentence.ref(t) == (holder,)), None)
    if first is None or first < 2 or doc[first - 1].lower_ != "and":
        return []
    found, i = [], first - 3 if doc[first - 2].text == "," else first - 2
    while i >= sentence.sent.start and sentence.ref(doc[i]):
        name = sentence.ref(doc[i])
        while i >= sentence.sent.start and sentence.ref(doc[i]) == name:
            i -= 1
        found += [e for e in name if sentence.types.get(e) == sentence.types.get(holder)]
        if i < sentence.sent.start or doc[i].text != ",":
            break
        i -= 1
    return found


# Contests a party holds: "a candidate in the Democratic primary".
_PARTY_CONTESTS = {"primary", "primaries", "nomination", "caucus", "caucuses", "convention",
                   "ticket", "race", "leadership"}


# Verbs whose "to be X" says X holds: "continues to be the party's leader".
_HOLDING_VERBS = {"continue", "remain", "appear", "seem", "happen", "prove", "go", "come",
                  "tap", "pick", "choose", "name", "elect", "appoint", "select", "nominate",
                  "designate", "hire", "install", "vote"}


def _only_wished(noun) -> bool:
    """"withdrew her name from consideration to be Biden's running mate", "hopes to be
    the party's nominee": a role in a "to be" clause is not held (but "was picked to be
    the party's nominee", "continues to be its leader" are)."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ not in ("be", "become") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    if governor.pos_ in ("NOUN", "PROPN") and any(  # "the first Congressman to be a member"
            c.lower_ in ("first", "only", "last", "second", "third") for c in governor.children):
        return False
    if governor.lemma_.lower() in _PROSPECTIVE or governor.lower_ in _PROSPECTIVE:
        return True  # "is expected to become the youngest prime minister": not yet
    if verb.lemma_ == "become":
        return False  # "defeated Dole to become the first Democratic Senator": became
    return not (governor.tag_ == "VBN" or governor.lemma_.lower() in _HOLDING_VERBS)


# Words for what is only foreseen: "is expected to become", "is set to be".
_PROSPECTIVE = {"expect", "expected", "set", "likely", "poised", "due", "tipped", "predicted",
                "favored", "favoured", "unlikely"}


def _name_before_comma(noun) -> list:
    """"Park Won-soon, the mayor of Seoul, South Korea, was found": the name right
    before a role phrase set off by commas holds it, however the parser attached it."""
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    close = end if doc[end].text == "," else end + 1  # the comma may hang in the phrase
    if noun.dep_ == "conj" or start < 2 or doc[start - 1].text != "," or \
            doc[start].lower_ not in ("the", "a", "an") or close >= len(doc) or \
            doc[close].text != ",":
        return []
    return [doc[start - 2]] if start < 3 or doc[start - 3].text != "," else []


def _names_after_comma(noun, sentence: SentenceView, skip_appos: bool = True) -> list:
    """"the president of the League, Jamel Msallem, said": the name right after
    the role phrase holds the role, however the parser attached it.  After a
    plural role ("two Democratic representatives, X and Y") every name of the
    list that follows does."""
    after = noun.i + 1
    for child in noun.rights:  # the role phrase: the noun and its "of ..." phrases
        if child.dep_ != "prep":
            break
        # "the director of Argentina's Amnesty International, Mariela Belski": the
        # parser may hang the name on the owner; the phrase ends before it.
        after = (_right_edge_before_appos(child) if skip_appos else child.right_edge.i) + 1
    doc = noun.doc
    for conj in noun.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.i > noun.i and after <= conj.i:
            # "His daughter, and member of the INC, Sharmistha Mukherjee": after both roles
            return _names_after_comma(conj, sentence, skip_appos)
        if conj.dep_ == "conj" and conj.pos_ == "PROPN" and conj.i > noun.i and \
                not any(c.dep_ == "det" for c in noun.children) and any(
                    c.dep_ == "compound" and c.lower_ in sentence.book.roles
                    for c in conj.children):
            # "CNN reporter and former ... Press Secretary Joe Lockhart": two titles of
            # the one name (not "the reporter and Joe Lockhart": two people)
            return [conj]
    if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "the" and \
            doc[after + 2].pos_ == "PROPN" and not noun.tag_.endswith("S"):
        return [doc[after + 2]]  # "the legislature of Taiwan, the Legislative Yuan"
    if not (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN"):
        return []
    while after + 2 < len(doc) and doc[after + 1].lower_.rstrip(".") in sentence.book.honorifics \
            and doc[after + 2].pos_ == "PROPN" and not sentence.ref(doc[after + 1]):
        after += 1  # "the general manager of Abu Dhabi Media, Dr Ali bin Tamim"
    names = [doc[after + 1]]
    place = sentence.ref(doc[after + 1])
    if place and all(sentence.types.get(e) == "PLACE" for e in place):
        # "A resident of Antioch, Illinois, Rittenhouse": past the owner's state
        i = after + 1
        while i < len(doc) and sentence.ref(doc[i]) == place:
            i += 1
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ == "PROPN" and \
                sentence.ref(doc[i + 1]) and not any(
                    sentence.types.get(e) == "PLACE" for e in sentence.ref(doc[i + 1])):
            names.append(doc[i + 1])
    if noun.tag_ not in ("NNS", "NNPS"):
        return names
    i = after + 1
    while i < len(doc):
        current = sentence.ref(doc[i])
        while i < len(doc) and current and sentence.ref(doc[i]) == current:
            i += 1  # to the end of this name
        if current and i + 1 < len(doc) and doc[i].text == "." and \
                doc[i + 1].lower_ in (",", "and"):
            i += 1  # (and past the dot of "Robert Cummings Sr.")
        if i + 1 < len(doc) and doc[i].lower_ in (",", "and") and doc[i + 1].pos_ == "PROPN" \
                and sentence.ref(doc[i + 1]):
            names.append(doc[i + 1])
            i += 1
        elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and" \
                and sentence.ref(doc[i + 2]):
            names.append(doc[i + 2])
            i += 2
        else:
            break
    return names


def based_edges(sentence: SentenceView) -> list[Relation]:
    """"a Berlin-based non-profit", "Paris-based UNESCO" -> based in."""
    out = []
    for token in sentence.tokens:
        if token.lemma_.lower() not in ("base", "headquarter") or token.dep_ not in ("amod", "acl"):
            continue
        places = [e for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                  for e in sentence.ref(c) if sentence.types.get(e) == "PLACE"]
        holders = list(sentence.entities(token.head)) or [
            e for t in syntax.predicated_of(token.head) for e in sentence.ref(t)]
        for holder in holders:
            for place in places:
                if holder != place:
                    out.append(Relation(holder, place, "based in", "location", sentence.evidence(),
                                        rule="based"))
    return out


# Heads of the names of institutions that sit in one place.
_SEATED_HEADS = {"court", "tribunal", "ministry", "department", "university", "college", "school",
                 "institute", "hospital", "bank", "museum", "library", "embassy", "consulate",
                 "council", "assembly", "parliament", "senate", "academy", "laboratory", "centre",
                 "center", "agency", "commission", "police", "prefecture", "gendarmerie",
                 "church", "cathedral", "mosque", "diocese", "archdiocese", "parish",
                 "airport", "prison", "station", "office", "bureau", "authority", "society",
                 "arena", "stadium", "theatre", "theater"}


def _institution_head(entity: str) -> bool:
    """"court-of-session", "health-ministry", "max-planck-institute-for-evolutionary-
    anthropology": an entity id whose name is headed so."""
    words = entity.split("-")
    cut = next((k for k, w in enumerate(words) if k and w in ("of", "for", "on")), len(words))
    return words[cut - 1] in _SEATED_HEADS or words[cut - 1].rstrip("s") in _SEATED_HEADS


# Parts of a place: "in the centre of X".
_PARTS = {"centre", "center", "heart", "north", "south", "east", "west", "northeast", "northwest",
          "southeast", "southwest", "outskirts", "suburbs", "middle"}


# Last words of a site named with "at" and the place it is in.
_SITE_WORDS = {"airport", "airfield", "station", "stadium", "arena", "base", "terminal", "port",
               "mall", "cathedral", "mosque", "temple", "church", "hospital", "prison"}


# Adjectives of direction before a place: "in western Montana".
_COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "northeastern",
                       "northwestern", "southeastern", "southwestern", "north", "south", "east",
                       "west"}


# Plural words for the parts of a place that name some of them after "including" or
# "such as": "parts of the U.S., including California".
_PLACE_PARTS = {"part", "area", "region", "state", "province", "city", "town", "county",
                "district", "territory", "island"}


# Parts of a town a name may be given to: "the Karol Bagh area of New Delhi".
_CITY_PARTS = {"area", "district", "neighbourhood", "neighborhood", "borough", "quarter"}


# Nouns for sites a place's name may qualify: "the Punta Tombo breeding site".
_SITE_NOUNS = {"site", "colony", "park", "reserve", "sanctuary", "camp", "settlement", "base",
               "airport", "harbour", "harbor", "beach", "valley", "peninsula"}


def located_edges(sentence: SentenceView) -> list[Relation]:
    """"in Mosul, in northern Iraq" and "a rally in Minsk, Belarus" -> located in."""
    tokens = sentence.tokens
    countries = sentence.book.country_ids
    states = sentence.book.state_ids

    def place(token):
        found = [e for e in sentence.ref(token) if sentence.types.get(e) == "PLACE"]
        return found[0] if len(found) == 1 else None

    def in_a_list(start: int, end: int) -> bool:
        """Tokens start..end are one item of a list ("Paris, France, Germany and Italy"; not
        "Kenosha, Wisconsin, United States": a region, then its country)."""
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is not None and (after.lower_ in ("and", "or") and end + 2 < len(tokens) and (
                place(tokens[end + 2]) or tokens[end + 2].pos_ == "PROPN") or (
                after.text == "," and end + 2 < len(tokens) and place(tokens[end + 2]) and not (
                    place(tokens[end + 2]) in countries and place(tokens[end]) not in countries))):
            return True
        if start > 1 and tokens[start - 1].text == "," and place(tokens[start - 2]) and \
                place(tokens[start - 2]) not in countries and place(tokens[start]) not in \
                countries and place(tokens[end]) in countries and (
                    after is None or after.lower_ not in ("and", "or", ",")):
            return False  # "in Winchester, Hampshire, England": a chain, town to country
        return start > 0 and tokens[start - 1].text in (",", "and")

    def of_place_role(j: int) -> int:
        """Past "the province of", "the US capital city of" at j (0 when there is none)."""
        k = j + (j < len(tokens) and tokens[j].lower_ == "the")
        while k + 2 < len(tokens) and k - j < 4 and (
                place(tokens[k]) or tokens[k].pos_ == "ADJ" or (
                    tokens[k].lemma_.lower() in roles and tokens[k + 1].lemma_.lower() in roles)):
            k += 1  # "the US capital city of"
        if k + 1 < len(tokens) and tokens[k].lemma_.lower() in roles and tokens[k + 1].lower_ == "of":
            return k + 2
        return 0

    def institution(index: int):
        """"Christchurch District Court, New Zealand": an organisation named with its
        country (not one item of a list)."""
        found = [e for e in sentence.ref(tokens[index]) if sentence.types.get(e) == "ORG"]
        if len(found) != 1 or index + 2 >= len(tokens) or tokens[index + 1].text != ",":
            return None
        outer = place(tokens[index + 2])
        if outer not in countries:
            return None
        end = index + 2
        while end + 1 < len(tokens) and place(tokens[end + 1]) == outer:
            end += 1
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if index and tokens[index - 1].text == ",":
            return None  # one item of a list
        if following is not None and (following.lower_ in (",", "and", "or", "'s", "’s")
                                      or following.pos_ == "PROPN"):
            return None
        if tokens[end].dep_ in ("nsubj", "nsubjpass", "compound", "amod", "nmod", "poss"):
            return None  # "According to CNN, Turkey has ...", "from Wikinews, U.S. candidates"
        return found[0], outer

    roles = sentence.book.place_roles
    out = []
    for noun in tokens:
        # "the US state of Alabama", "the Polish city of Gdańsk": the named place lies in
        # the one that qualifies the place noun (not "the capital of France": that is France's)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles.keys() | _CITY_PARTS or \
                noun.lemma_.lower() in ("capital", "suburb"):
            continue
        owners = {place(c) for c in noun.children
                  if c.dep_ in ("amod", "compound", "nmod", "poss") and place(c)}
        named = {place(p) for p in syntax.prep_objects(noun, "of") if place(p)}
        if noun.lemma_.lower() in _CITY_PARTS and not named:
            # "the Karol Bagh area of the Indian capital, New Delhi": the city in apposition
            named = {place(a) for p in syntax.prep_objects(noun, "of") for a in p.children
                     if a.dep_ == "appos" and place(a)}
        if noun.lemma_.lower() in _CITY_PARTS and len(owners) == 1 and len(named) == 1 and \
                owners != named and next(iter(owners)) not in countries:
            # a town's own part: "the Karol Bagh area of New Delhi"
            out.append(Relation(owners.pop(), named.pop(), "located in", "location",
                                sentence.evidence(), rule="located"))
            continue
        if len(owners) == 2 and not named and len(owners & countries) == 1:
            # "Afghanistan's Maidan Wardak province": the named region of the country
            named, owners = owners - countries, owners & countries
        if len(owners) == 1 and len(named) == 1 and owners != named:
            owner, inner = owners.pop(), named.pop()
            if owner not in countries and inner in countries:
                owner, inner = inner, owner  # "the New England region of the United States"
            if owner in countries:
                out.append(Relation(inner, owner, "located in", "location", sentence.evidence(),
                                    rule="located"))
    for noun in tokens:
        # "the Punta Tombo breeding site in Argentina": a named place's noun placed in a
        # country or state
        if noun.pos_ != "NOUN" or noun.lemma_.lower() == "capital" or (
                noun.lemma_.lower() not in roles and noun.lemma_.lower() not in _SITE_NOUNS):
            continue
        named = {place(c) for c in noun.children if c.dep_ == "compound" and place(c)}
        outer = {place(p) for p in syntax.prep_objects(noun, "in") if place(p)}
        if len(named) == 1 and len(outer) == 1 and named != outer and \
                not named & countries and outer & (countries | states):
            out.append(Relation(named.pop(), outer.pop(), "located in", "location",
                                sentence.evidence(), rule="located"))
    for c, comma in enumerate(tokens[1:-3], 1):
        # "the Georgia Institute of Technology and University of South Carolina Beaufort,
        # both in the United States": each of the bodies listed
        if comma.text != "," or tokens[c + 1].lower_ != "both" or tokens[c + 2].lower_ != "in":
            continue
        at = c + 3 + (tokens[c + 3].lower_ == "the" and c + 4 < len(tokens))
        outer = place(tokens[at])
        last = tokens[c - 1]
        root = last
        while root.head.i != root.i and sentence.ref(last) and \
                sentence.ref(root.head) == sentence.ref(last):
            root = root.head
        bodies = [e for t in [root, *root.conjuncts] for e in sentence.ref(t)
                  if sentence.types.get(e) == "ORG"]
        if outer is not None and len(set(bodies)) == 2:
            out += [Relation(body, outer, "located in", "location", sentence.evidence(),
                             rule="located") for body in dict.fromkeys(bodies)]
    for noun in tokens:
        # "various parts of the U.S., including California and Florida", "Australian states
        # such as Victoria": the places listed lie in the one the parts are of
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in _PLACE_PARTS:
            continue
        outers = {place(p) for p in syntax.prep_objects(noun, "of") if place(p)} or {
            place(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")
            and place(c)}
        listed = syntax.prep_objects(noun, "including") + [
            t for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and any(
                a.lower_ == "such" for a in c.children) for t in syntax.prep_objects(noun, "as")]
        inners = list(dict.fromkeys(place(t) for t in listed if place(t)))
        named = [p for p in syntax.prep_objects(noun, "of") if place(p)]
        if len(named) >= 2 and not listed:
            # "the towns of Beni, Butembo, Mangina, and Katwa in the Democratic Republic of
            # the Congo": the place after the last one holds them all
            seats = [place(t) for t in syntax.prep_objects(named[-1], "in") if place(t)]
            if len(seats) == 1 and seats[0] not in {place(p) for p in named}:
                out += [Relation(place(p), seats[0], "located in", "location",
                                 sentence.evidence(), rule="located")
                        for p in named if place(p) not in countries]
            continue
        if len(outers) == 1:
            outer = outers.pop()
            out += [Relation(inner, outer, "located in", "location", sentence.evidence(),
                             rule="located") for inner in inners
                    if inner != outer and inner not in countries]
    for k, noun in enumerate(tokens[1:-1], 1):
        # "French capital Paris", "the Russian capital, Moscow": the country's capital
        if noun.lemma_.lower() != "capital" or noun.pos_ != "NOUN" or sentence.ref(noun):
            continue
        country = place(tokens[k - 1])
        at = k + 1 + (tokens[k + 1].text == "," and k + 2 < len(tokens))
        city = place(tokens[at])
        if country in countries and city is not None and city not in countries:
            out.append(Relation(city, country, "capital of", "location", sentence.evidence(),
                                rule="located"))
    for token in tokens:
        if not sentence.ref(token):
            continue
        # "the Court of Session in Scotland", "the Ministry of Health in Kabul" (not
        # "the fight against ISIS in Syria": only an institution has a seat)
        orgs = [e for e in sentence.ref(token) if sentence.types.get(e) == "ORG"
                and _institution_head(e)]
        if len(orgs) == 1 and token.dep_ not in ("compound", "poss"):
            # (the first place named: "in Paris, France" seats it in Paris)
            seats = syntax.prep_objects(token, "in")
            at = token.i - tokens[0].i + 1
            close = next((k for k in range(at + 2, min(at + 5, len(tokens) - 2))
                          if tokens[k].text == ")"), None) \
                if not seats and at < len(tokens) and tokens[at].text == "(" else None
            if close is not None and tokens[close + 1].lower_ == "in":
                # "the ... Medical Center (WRNMMC) in Bethesda", "the University of Colorado
                # at Boulder (CU Boulder) in Colorado", whatever the parser hung it on
                seats = [tokens[close + 2 + (tokens[close + 2].lower_ == "the")]] \
                    if close + 3 < len(tokens) else []
            seats = [q for p in seats for q in (
                [p] if place(p) or p.lemma_.lower() not in roles else
                syntax.prep_objects(p, "of"))]  # "in the town of Madrid"
            for outer in [place(p) for p in seats if place(p)][:1]:
                out.append(Relation(orgs[0], outer, "located in", "location",
                                    sentence.evidence(), rule="located"))
        business = [e for e in sentence.ref(token) if sentence.types.get(e) == "ORG"]
        if len(business) == 1 and token.dep_ == "compound" and \
                token.head.lower_ in sentence.book.business_heads:
            # "New York City's Cipriani Dolci restaurant": a business in a city
            cities = {place(c) for c in token.head.children if c.dep_ == "poss" and place(c)}
            out += [Relation(business[0], city, "located in", "location", sentence.evidence(),
                             rule="located") for city in cities - countries]
        # "Iran's Qom Province", "China's Hubei province": a country's own region
        inner = place(token) if token.dep_ not in ("compound", "poss") else None
        owners = {place(c) for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"}
        if inner and inner not in countries and len(owners) == 1 and owners <= (
                countries | states) - {inner}:  # (and "California's Riverside County")
            out.append(Relation(inner, owners.pop(), "located in", "location", sentence.evidence(),
                                rule="located"))
    for index, token in enumerate(tokens[1:], 1):
        # "United States public utility Pacific Gas and Electric Company", "US firm Boeing":
        # a place, then a word for a firm, then its name
        orgs = [e for e in sentence.ref(token) if sentence.types.get(e) == "ORG"]
        if not orgs or sentence.ref(tokens[index - 1]) == sentence.ref(token):
            continue
        j = index - 1
        while j > 0 and index - j <= 3 and tokens[j].text.islower() and \
                tokens[j].pos_ in ("NOUN", "ADJ") and not sentence.ref(tokens[j]):
            j -= 1
        if j < index - 1 and tokens[index - 1].lemma_ in ORG_DESCRIPTORS and \
                normalize_name(tokens[j].text) not in sentence.book.demonyms:
            # (a demonym says nationality: demonym_apposition_edges)
            homes = [e for e in sentence.ref(tokens[j]) if sentence.types.get(e) == "PLACE"]
            out += [Relation(orgs[0], home, "based in", "location", sentence.evidence(),
                             rule="located") for home in homes[:1]]
    for index, token in enumerate(tokens[:-3]):
        # "Brussels-based media network EURACTIV", whatever the parser made of it
        outer = place(token)
        if outer is None or tokens[index + 1].text not in ("-", "‐") or \
                tokens[index + 2].lower_ != "based":
            continue
        j = index + 3
        while j < len(tokens) and j - index < 7 and tokens[j].text.islower() and \
                tokens[j].pos_ in ("NOUN", "ADJ") and not sentence.ref(tokens[j]):
            j += 1
        orgs = [e for e in sentence.ref(tokens[j]) if sentence.types.get(e) == "ORG"] \
            if j < len(tokens) else []
        out += [Relation(org, outer, "based in", "location", sentence.evidence(), rule="located")
                for org in orgs[:1]]
    for index, token in enumerate(tokens[:-2]):
        inner = place(token)
        if inner is None:
            located = institution(index)
            if located is not None:
                out.append(Relation(located[0], located[1], "located in", "location",
                                    sentence.evidence(), rule="located"))
            continue
        if place(tokens[index + 1]) == inner:
            continue
        if tokens[index + 1].text == "(" and index + 3 < len(tokens) and \
                place(tokens[index + 2]) not in (None, inner) and (
                    tokens[index + 3].text == ")" or place(tokens[index + 3]) ==
                    place(tokens[index + 2])):
            # "Libertyville Township (Illinois)": the state or country in brackets
            outer = place(tokens[index + 2])
            if (outer in states or outer in countries) and inner not in countries and \
                    not (inner in states and outer in states):
                out.append(Relation(inner, outer, "located in", "location", sentence.evidence(),
                                    rule="located"))
            continue
        if tokens[index + 1].text == "(" and index + 5 < len(tokens) and \
                tokens[index + 3].text == ")" and tokens[index + 4].text == "," and \
                place(tokens[index + 2]) == inner:
            # "British Columbia (B.C.), Canada": past the short form in brackets
            outer = place(tokens[index + 5])
            if outer is not None and outer != inner and inner not in countries and (
                    outer in countries or outer in states and inner not in states):
                out.append(Relation(inner, outer, "located in", "location", sentence.evidence(),
                                    rule="located"))
            continue
        if tokens[index + 1].text != ",":
            # "the town of Pandeglang in the province of Banten": no comma, so only
            # where the words say both are places (not "the US in Iraq")
            nxt = index + 1  # (past the site's word: "Notre Dame cathedral in Paris")
            if tokens[nxt].text.islower() and tokens[nxt].lower_ in _SITE_WORDS and \
                    nxt + 2 < len(tokens) and tokens[nxt + 1].lower_ == "in":
                nxt += 1
            j = of_place_role(nxt + 1) if tokens[nxt].lower_ == "in" else 0
            if tokens[index + 1].lower_ == "at" and tokens[index].lower_ in _SITE_WORDS:
                j = index + 2  # "Calicut International Airport at Karipur"
            if tokens[index + 1].lower_ == "near" and index + 2 < len(tokens) and (
                    inner.split("-")[-1] in _SITE_WORDS | BUILDING_HEADS):
                j = index + 2 + (tokens[index + 2].lower_ == "the")  # "Bontddu Hall near
                # Dolgellau": a building by its town
                j = j if j < len(tokens) else 0
            if not j and tokens[nxt].lower_ == "in" and inner not in countries and \
                    not (tokens[index].dep_ == "pobj" and tokens[
                        index].head.lower_ in ("near", "outside", "around", "beyond")):
                # (not "located near San Diego in El Cajon")
                j = nxt + 1 + (tokens[nxt + 1].lower_ == "the")  # "Freedom Plaza in Washington"
                if j + 1 < len(tokens) and tokens[j].lower_ in _COMPASS_ADJECTIVES:
                    j += 1  # "the National Bison Range in western Montana"
                if inner in states and not (j < len(tokens) and place(tokens[j]) in countries):
                    j = 0  # a state only in its country: "Wyoming in the western United States"
                if j + 2 < len(tokens) and place(tokens[j]) and place(tokens[j + 2]) and \
                        tokens[j + 1].lemma_.lower() in roles:
                    j += 2  # "Waterloo station in the British capital London": London
                if j + 1 < len(tokens) and tokens[j].lower_ in _PARTS and \
                        tokens[j + 1].lower_ == "of":
                    j += 2  # "in the centre of Afghanistan's Maidan Wardak province"
                    end = j
                    while end + 1 < len(tokens) and place(tokens[end + 1]) == place(tokens[j]):
                        end += 1
                    if place(tokens[j]) in countries and end + 2 < len(tokens) and \
                            tokens[end + 1].lower_ in ("'s", "’s") and place(tokens[end + 2]):
                        j = end + 2
                elif 0 < j < len(tokens) and place(tokens[j]) in countries:
                    end = j  # "Zhuhai in China's Guangdong Province": in the province
                    while end + 1 < len(tokens) and place(tokens[end + 1]) == place(tokens[j]):
                        end += 1
                    if end + 2 < len(tokens) and tokens[end + 1].lower_ in ("'s", "’s") and \
                            place(tokens[end + 2]) not in (None, inner, place(tokens[j])):
                        j = end + 2
            outer = place(tokens[j]) if 0 < j < len(tokens) else None
            if outer is not None and outer != inner:
                near = tokens[index + 1].lower_ == "near"
                out.append(Relation(inner, outer, "located near" if near else "located in",
                                    "location", sentence.evidence(), rule="located"))
            continue
        j = index + 2
        if tokens[j].lower_ == "in":  # "Mosul, in northern Iraq"
            j = of_place_role(j + 1) or j + 1
            while j < len(tokens) and j - index <= 5 and not place(tokens[j]) and (
                    tokens[j].lower_ == "the" or tokens[j].pos_ == "ADJ"):
                j += 1
            outer = place(tokens[j]) if j < len(tokens) else None
            if inner in countries and outer not in countries:
                continue  # "met Kim, the leader of North Korea, in Hanoi": where they met
        else:  # "Minsk, Belarus", "El Paso, Texas": a country or state right after a
            # place that is neither
            outer = place(tokens[j])
            end = j
            while end + 1 < len(tokens) and outer and place(tokens[end + 1]) == outer:
                end += 1
            last = end + 2
            while last + 1 < len(tokens) and place(tokens[last + 1]) == place(tokens[end + 2]):
                last += 1
            chained = end + 2 < len(tokens) and tokens[end + 1].text == "," and \
                place(tokens[end + 2]) in countries and not (
                    last + 1 < len(tokens) and (tokens[last + 1].lower_ in ("and", "or") or (
                        tokens[last + 1].text == "," and last + 2 < len(tokens)
                        and place(tokens[last + 2]))))
            # ("Reading, Berkshire, UK": a county; not "Lyon, Marseille, France and Spain")
            if outer is None or inner in countries or outer not in countries and (
                    outer not in states and not chained or inner in states):
                continue
            if _titles_a_name(tokens[end], sentence):
                continue  # "an agreement with Damascus, U.S. envoy Tom Barrack said" (not
                # "the California, US lawyer who ...")
            start = index
            while start > 0 and place(tokens[start - 1]) == inner:
                start -= 1
            if in_a_list(start, end):
                continue
        if outer is not None and outer != inner:
            out.append(Relation(inner, outer, "located in", "location", sentence.evidence(),
                                rule="located"))
    for noun in tokens:
        # "Seattle's Capitol Hill neighborhood", "London's Soho district": a town's part
        if noun.lemma_.lower() not in _CITY_PARTS:
            continue
        towns = [place(c) for c in noun.children if c.dep_ == "poss" and place(c)]
        parts = [place(c) for c in noun.children if c.dep_ == "compound" and place(c)]
        out += [Relation(part, town, "located in", "location", sentence.evidence(),
                         rule="located") for town in towns[:1] for part in parts[:1]
                if part != town and town not in countries]
    return out
