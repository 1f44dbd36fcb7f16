"""What every relation frame needs about the sentence it reads.

``SentenceView`` answers "which entities does this token stand for?" for a
name, a resolved pronoun, a proxy ("the Venezuelan government"), a
transparent noun ("his capture") or a role noun ("the Greek foreign
minister"), and builds the sentence's evidence.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import syntax
from .entities import EntityResolution
from .mentions import ORG_DESCRIPTORS, SCORE, SITE_HEADS
from .model import Document, Evidence
from .rulebook import Rulebook


def _one_unnamed(token) -> bool:
    """"held a Cabinet officer in contempt", "unseat a sitting president": one unnamed
    holder of a role a deed is done to."""
    return token.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)


# Bodies that sit in a town and act for the state: "a Paris appeals court".
_JUDICIAL_NOUNS = {"court", "courts", "tribunal", "tribunals"}
_PROXY_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod", "npadvmod", "nummod")
# "Iran-backed militias" act for themselves ("a Saudi-led coalition" for its leader).
_BACKING_PARTICIPLES = {"backed", "funded", "financed", "sponsored", "supported", "armed",
                        "trained", "endorsed", "brokered"}


ROLE_TYPES = ("ORG", "PLACE")
# Plural numbers that count what their "of" names: "thousands of refugees".
_COUNT_NOUNS = {"dozens", "hundreds", "thousands", "tens", "millions", "scores", "dozen"}
# Words counting a nationality's people: "all Americans", "many Iranians".
_PEOPLE_QUANTIFIERS = {"all", "many", "most", "some", "fellow", "ordinary", "millions",
                       "thousands", "hundreds", "several", "few"}


# Trade that stands for the owner of the goods it is "of": "imports of Japanese seafood".
_TRADE_NOUNS = {"import", "imports", "export", "exports", "shipment", "shipments", "purchase",
                "purchases", "sale", "sales", "delivery", "deliveries"}


# Nouns for a kind of place, standing for the place named after "of".
PLACE_CLASS_NOUNS = {"city", "town", "village", "port", "region", "province", "state",
                      "capital", "island", "district", "county", "enclave", "strip"}


def transparent(token, book: Rulebook) -> bool:
    """"his capture", "Trump's records" stand for their owner; a plural only as
    listed ("his return" is his, "his tax returns" are papers)."""
    words = book.setting("transparent_nouns")
    if token.lower_ in words or (token.tag_ != "NNS" and token.lemma_.lower() in words):
        return True
    doc, i = token.doc, token.i
    # "the swearing-in of Pierluisi": the tokenizer splits the hyphenated noun and the
    # parser makes either half its head
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
            not doc[i - 2].whitespace_ and f"{doc[i - 2].lower_}-{token.lower_}" in words:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and \
        not doc[i + 1].whitespace_ and f"{token.lower_}-{doc[i + 2].lower_}" in words


# Nouns for what someone says of another: their maker is the speaker.
_CLAIM_WORDS = {"claim", "charge", "accusation", "allegation", "assertion"}


@dataclass
class SentenceView:
    """What every rule needs about the sentence it reads."""

    document: Document
    chunk: int
    offset: int
    sent: object
    resolution: EntityResolution
    types: dict
    book: Rulebook
    tokens: list | None = None  # made once, shared by every frame

    def __post_init__(self):
        if self.tokens is None:
            self.tokens = list(self.sent)

    def ref(self, token) -> tuple[str, ...]:
        return self.resolution.refs.get((self.chunk, token.i), ())

    def _owner_named_before(self, token) -> tuple[str, ...]:
        """"Kenyan police fired tear gas ... Amnesty accused the police": a bare "the"
        stand-in is the one the last three sentences gave an owner, if they gave one."""
        if token.tag_ not in ("NN", "NNS") or [c.lower_ for c in token.children
                                                if c.dep_ != "punct"] != ["the"]:
            return ()
        for before in reversed(syntax.sentences_before(token, 3)):
            if before.lemma_ != token.lemma_:
                continue
            owners = [e for c in before.children if c.dep_ in ("amod", "compound", "poss")
                      for e in self.ref(c)]
            if owners:
                return tuple(dict.fromkeys(owners))
        return ()

    @staticmethod
    def _deed_verb(noun):
        """The verb whose deed ``noun`` ("a move", "a claim") names after a comma: "banned
        three parties, a move condemned by ...", parsed as an apposition; or as a second
        object ("accused South Africa of ..., a claim the government denied"); or as the
        object of the verb of the clause after it ("[Israel has accused Hezbollah of ...],
        a charge the group denies")."""
        verb = None
        doc = noun.doc
        if noun.dep_ in ("appos", "npadvmod"):
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_ in ("move", "step") \
                and any(c.lower_ == "a" for c in noun.children):
            # "tested a missile in a move that drew condemnation": the test's (past "state
            # media reported" to what they reported)
            verb = noun.head.head
            if verb.lemma_.lower() in syntax.REPORTING_LEMMAS:
                verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
        elif noun.dep_ == "dobj" and noun.i >= 2 and doc[noun.i - 2].text == ",":
            if any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children):
                verb = noun.head
            else:
                verb = next((c for c in noun.head.children
                             if c.dep_ == "ccomp" and c.i < noun.i), None)
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb is not None and noun.lemma_.lower() in _CLAIM_WORDS:
            # "Petro said Washington was preparing an invasion, a charge the White House
            # denied": a charge is its maker's, the one who said it
            said = verb
            while said.dep_ in ("ccomp", "conj", "xcomp") and said.head.i != said.i and \
                    said.lemma_.lower() not in syntax.REPORTING_LEMMAS:
                said = said.head
            if said is not verb and said.lemma_.lower() in syntax.REPORTING_LEMMAS:
                verb = said
        return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None

    def _named_after_no_event(self, noun) -> bool:
        """A name after a preposition on a word that names no event or deed: "its border
        with Belarus", not "sanctions on Iran", "a deal with Iran" or "met with Putin"."""
        if noun.dep_ != "pobj" or not self.ref(noun):
            return False
        word = noun.head.head
        if word.pos_ in ("VERB", "AUX"):  # "strengthen its border with Belarus, which"
            return word.lemma_.lower() not in self.book.verb_index
        return word.pos_ in ("NOUN", "PROPN") and not transparent(word, self.book) and \
            word.lemma_.lower() not in self.book.noun_index and \
            word.lower_ not in self.book.noun_index

    def quote_speaker(self, token) -> str | None:
        """The speaker of the quotation ``token`` stands in, where the text names one."""
        for (chunk, first, last), speaker in self.resolution.speakers.items():
            if chunk == self.chunk and first <= token.i < last:
                return speaker
        return None

    def speaker_acts(self, token) -> list[str]:
        """'"Thank you [Bill de Blasio] ...", wrote Elizabeth Warren', '"Congratulations
        to ..."': a quoted sentence with no subject of its own is its speaker's."""
        if any(c.dep_ in syntax.SUBJECT_DEPS for c in token.children) or not (
                token.dep_ in ("ROOT", "ccomp") and (
                    token.tag_ in ("VB", "VBP") or token.pos_ == "NOUN")):
            return []
        speaker = self.quote_speaker(token)
        return [speaker] if speaker else []

    def entities(self, token, depth: int = 0) -> tuple[str, ...]:
        """The entities an argument token stands for.

        A name or resolved pronoun; a proxy noun ("the Venezuelan
        government"); a transparent noun ("his capture"); an apposition; any
        other thing an entity owns ("Iran's nuclear sites"), unless it is a
        person of its own ("Biden's lawyer").
        """
        found = self.ref(token)
        if found and token.tag_ == "NNPS" and any(
                c.lower_ in _PEOPLE_QUANTIFIERS for c in token.children) and all(
                    self.types.get(e) == "PLACE" for e in found):
            return ()  # "asking all Americans to come together": people, not the state
            # (but "several House Democrats": the party's)
        if found and all(self.types.get(e) in ROLE_TYPES for e in found):
            titled = self._titled_holder(token, found)
            if titled:
                return titled
        if found or depth > 1:
            return found
        if token.pos_ == "NOUN" and token.lower_ in self.book.title_words and not any(
                c.dep_ == "appos" for c in token.children):  # (the names set beside it below)
            titled = self._titled_holder(token, ())
            if titled:
                return titled
        doc = token.doc
        if token.lower_ in _COUNT_NOUNS or token.tag_ == "CD":
            # "expelled thousands of Afghan refugees", "freed 20 of the hostages": those counted
            # (people standing for their side, not "3000 of the National Guard" or "one of
            # Earth's greatest wonders")
            proxies = self.book.setting("proxy_nouns")
            counted = [e for p in syntax.prep_objects(token, "of")
                       if p.lower_ in proxies and not self.ref(p)
                       for e in self.entities(p, depth + 1)]
            if counted:
                return tuple(dict.fromkeys(counted))
        if SCORE.fullmatch(token.text) and token.i and doc[token.i - 1].head.i == token.i:
            # "Maroochydore defeated Caboolture 43–5": the side before its score
            return self.ref(doc[token.i - 1])
        if token.lower_ == "you" and token.i + 2 < len(doc) and doc[token.i + 1].text == "[":
            # "Thank you [Bill de Blasio]": the name the editor put in for "you"
            return self.ref(doc[token.i + 2])
        if token.lower_ in ("which", "whom") and token.dep_ == "pobj" and \
                token.head.head.dep_ == "relcl":
            # "Howard University, from which he graduated": the noun the clause is on
            return self.entities(token.head.head.head, depth + 1)
        if token.lower_ == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl":
            # "Petro, whose own visa was revoked": the noun the clause is on
            return self.entities(token.head.head.head, depth + 1)
        if token.lower_ == "whose" and token.dep_ == "poss" and token.head.dep_ == "appos":
            # "Ukraine, whose foreign minister, Andrii Sybiha, said", parsed as an apposition
            return self.entities(token.head.head, depth + 1)
        if token.lower_ == "whose" and token.i >= 2 and doc[token.i - 1].text == "," and \
                self.ref(doc[token.i - 2]):
            # "Hungary, whose prime minister Viktor Orban is ...", parsed as no clause (the
            # name a description before it is of: "Bill Hammons, nominee of the Unity Party,
            # whose running mate ...": Hammons)
            owner = before = doc[token.i - 2]
            while before.dep_ in ("pobj", "prep", "appos", "compound") and \
                    before.head.i != before.i and before.head.i < token.i:
                before = before.head
                if self.ref(before):
                    owner = before
            return self.ref(owner)
        if token.lower_ in ("which", "whom", "that") and token.dep_ in ("dobj", "nsubjpass") and \
                token.head.dep_ == "relcl" and (token.head.head.dep_ in (
                    "nsubj", "nsubjpass", "appos") or token.lower_ == "whom" or
                    self._named_after_no_event(token.head.head) or (
                        token.head.head.dep_ == "dobj" and token.head.head.pos_ == "PROPN"
                        and self.ref(token.head.head))):
            # "the UAE, which Sudan has accused of arming the RSF": the noun the clause is on
            # (a subject's: "sanctions on Iran, which Russia opposed" opposed the sanctions;
            # "whom" any one's: "dedicated the prize to Trump, whom she thanked"; a name after
            # a preposition of no event's: "its border with Belarus, which Warsaw accuses";
            # a name as an object: "joined the Labour Party, which Keir Starmer leads")
            return self.entities(token.head.head, depth + 1)
        lemma = token.lemma_.lower()
        book = self.book
        deed_verb = self._deed_verb(token) if lemma in syntax.DEED_NOUNS and not any(
            c.dep_ == "poss" for c in token.children) else None
        if deed_verb is not None:
            # "banned three opposition parties, a move condemned by the United States": the
            # one who did what the clause says
            return tuple(dict.fromkeys(e for s in syntax.agents(deed_verb)
                                       for e in self.entities(s, depth + 1)))
        named_as = self.identified_as(token)
        if named_as:
            return named_as
        if token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass"):
            # "rock musicians such as Billy Idol and Cat Stevens paid tribute": those named
            listed = [e for c in token.children if c.dep_ == "prep" and c.lower_ == "as" and
                      any(a.lower_ == "such" for a in c.children)
                      for p in c.children if p.dep_ == "pobj"
                      for t in syntax.with_conjuncts(p) for e in self.ref(t)]
            if listed:
                return tuple(dict.fromkeys(listed))
        # (the parser may hang the name on the role's owner: "president of [Namibia, Hage
        # Geingob]")
        named = [c for c in token.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and (c.head.i == token.i or c.head.dep_ == "pobj" and
                      c.head.head.head.i == token.i)
                 and any(self.types.get(e) == "PERSON" for e in self.ref(c))
                 ] if lemma in book.roles else []
        if named:
            # "The current president of Namibia, Hage Geingob, expressed": the person
            return tuple(dict.fromkeys(e for t in syntax.with_conjuncts(named[0])
                                       for e in self.ref(t)))
        if (lemma in book.roles or lemma in book.setting("person_nouns")) and \
                token.right_edge.i + 2 < self.sent.end and doc[token.right_edge.i + 1].text == ",":
            # "praised Qatar's emir, Sheikh Tamim, ...", "his Cambodian counterpart, Hun
            # Manet, shook hands": the name parsed as another word's
            name = doc[token.right_edge.i + 2]
            while name.i < self.sent.end - 1 and not self.ref(name) and (
                    name.lower_.rstrip(".") in book.title_words or name.lower_ in book.honorifics):
                name = doc[name.i + 1]
            people = [e for e in self.ref(name) if self.types.get(e) == "PERSON"]
            root = name
            while root.dep_ in ("compound", "flat") and root.head.i > root.i:
                root = root.head
            after = root.i + 1
            if people and root.head.i != token.i and root.dep_ not in (
                    "conj", *syntax.SUBJECT_DEPS) and (after >= self.sent.end or doc[after].text in (
                    ",", ".", ";")):  # (not "met the president, Joe Biden said")
                return tuple(people)
        if lemma in PLACE_CLASS_NOUNS:
            # "captured the city of El Fasher", "hit the Russian port of Novorossiysk": the
            # place named
            named = [e for pobj in syntax.prep_objects(token, "of") for e in self.ref(pobj)
                     if self.types.get(e) == "PLACE"]
            if named:
                return tuple(dict.fromkeys(named))
        if (lemma in book.setting("proxy_nouns") or token.lower_ in book.setting("proxy_nouns")) \
                and not (lemma in book.roles and _one_unnamed(token)):
            # (not "to unseat a sitting president of the United States": one holder, the
            # deed done to him, not to the state)
            for child in token.children:
                if child.dep_ in _PROXY_MODIFIER_DEPS and self.ref(child) and not (
                        lemma in _JUDICIAL_NOUNS and self._town(child)):
                    # (not "a Paris appeals court": the court's seat; each of "Indian and
                    # Pakistani troops")
                    return tuple(dict.fromkeys(e for c in syntax.with_conjuncts(child)
                                               for e in self.ref(c)))
            # "a US counter-terrorism operation": the owner may sit deeper in the modifiers.
            for left in token.doc[token.left_edge.i:token.i]:
                if left.dep_ in _PROXY_MODIFIER_DEPS and self.ref(left) and not (
                        left.head.lower_ in _BACKING_PARTICIPLES and
                        syntax.hyphen_agent(left.head) == left) and not (
                            lemma in _JUDICIAL_NOUNS and self._town(left)):
                    return self.ref(left)  # (not "Iran-backed militias": their own)
            owners = [e for pobj in syntax.prep_objects(token, "of") for e in self.ref(pobj)]
            if not owners and lemma in _TRADE_NOUNS:  # "imports of Japanese seafood"
                owners = [e for pobj in syntax.prep_objects(token, "of")
                          for e in self.entities(pobj, depth + 1)]
            if owners:  # (each one listed: "the nations of Bahrain and Kosovo")
                return tuple(dict.fromkeys(owners))
            earlier = self._owner_named_before(token)
            if earlier:
                return earlier
        if lemma == "team" or lemma in book.business_heads and token.tag_ == "NN":
            # "the Trump legal team" acts for Trump (not "the Montreal team" for Montreal);
            # "the King Vapealot vape store" is the business named
            for child in token.children:
                if child.dep_ in _PROXY_MODIFIER_DEPS and self.ref(child) and all(
                        self.types.get(e) in ("PERSON", "ORG") for e in self.ref(child)):
                    return self.ref(child)
        if lemma in ("party", "union"):  # "the Sustainable Australia party": the party named
            for child in token.children:  # (and "the Law and Justice party", parsed "nmod")
                if child.dep_ in ("compound", "nmod") and self.ref(child) and all(
                        self.types.get(e) == "ORG" for e in self.ref(child)):
                    return self.ref(child)
        if lemma in SITE_HEADS:  # "Gillespie Field airport, located near San Diego": the site
            for child in token.children:
                if child.dep_ == "compound" and self.ref(child) and child.i == token.i - 1 and \
                        all(self.types.get(e) == "PLACE" for e in self.ref(child)):
                    return self.ref(child)
        if transparent(token, book):
            for child in token.children:
                if child.dep_ == "poss":
                    return self.entities(child, depth + 1)
            listed = self._listed(syntax.prep_objects(token, "of"), depth)
            if listed:  # ("the release of X and Y": each one)
                return listed
            for child in token.children:
                if child.dep_ in ("compound", "nmod") and self.ref(child) or \
                        child.dep_ == "amod" and self.ref(child) and all(
                            self.types.get(e) == "PLACE" for e in self.ref(child)):
                    return self.ref(child)  # "G7 action", "Kremlin policy", "Russian
                    # interference"
            for prep in ("from", "by"):  # "documents from Pompeo", "misconduct by Trump"
                listed = self._listed(syntax.prep_objects(token, prep) + [
                    o for of in syntax.prep_objects(token, "of") for o in syntax.prep_objects(
                        of, prep)], depth)  # ("offers of talks from Seoul", parsed on "talks")
                if listed:
                    return listed
            for acl in token.children:  # "a lawsuit filed by Texas"
                if acl.dep_ == "acl" and acl.tag_ == "VBN":
                    listed = self._listed(syntax.prep_objects(acl, "by"), depth)
                    if listed:  # ("drafted by Britain, France, Germany and the US")
                        return listed
        for child in token.children:
            if child.dep_ == "appos" and not self.ref(child) and \
                    child.lower_ in book.title_words:
                # "his Chinese counterpart, Vice Premier He Lifeng", the name parsed as the
                # title's apposition
                child = next((g for g in child.children if g.dep_ == "appos" and self.ref(g)),
                             child)
            if child.dep_ == "appos" and self.ref(child):
                # "two Cabinet officers, Wilbur Ross and William Barr": every one listed
                return tuple(dict.fromkeys(e for t in syntax.with_conjuncts(child)
                                           for e in self.ref(t)))
        if token.dep_ == "appos" and self.ref(token.head):
            return self.ref(token.head)  # "Michael Avenatti, the lawyer who represented ..."
        if not (lemma in book.roles or lemma in book.kin_roles or lemma in book.setting(
                "person_nouns") or token.lower_ in book.setting("person_nouns")):
            # "the network's franchise", "Iran's nuclear sites": the possessor.
            for child in token.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    found = self.entities(child, depth + 1)
                    if found:
                        return found
        if lemma in book.roles:
            # "Senator from Vermont Bernie Sanders endorsed": the named holder acts;
            # "the Greek foreign minister": failing a name, the country does.
            # (not in a clause about the holder: "the lawyer who represented Stormy
            # Daniels in her lawsuit against Trump" is not Trump)
            clauses = {t.i for c in token.children if c.dep_ in ("relcl", "acl")
                       for t in c.subtree}
            inside = [t for t in token.subtree
                      if t is not token and t.i not in clauses and self.ref(t)]
            if lemma in book.person_owned_roles:  # "Biden's lawyer", "an advisor for
                # Trump" are not Biden or Trump
                owner = {t.i for c in token.children if c.dep_ == "poss" or c.dep_ == "prep"
                         and c.lower_ in ("for", "to", "of") for t in c.subtree}
                inside = [t for t in inside if t.i not in owner]
            else:  # "fired his justice and energy ministers": not himself
                owner = {c.i for c in token.children if c.dep_ == "poss" and all(
                    self.types.get(e) == "PERSON" for e in self.ref(c))}
                inside = [t for t in inside if t.i not in owner]
            people = [e for t in inside for e in self.ref(t) if self.types.get(e) == "PERSON"]
            if people:
                return (people[0],)
            # "a federal judge in Oregon", "the ambassador in Kyiv": where one sits is not
            # whose one is (but "an official in Russia": a country's)
            inside = [t for t in inside if not (
                t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.head.head.i == token.i
                and (self._town(t) or any(c.lower_ == "federal" for c in token.children)))]
            # (a lawyer or an aide is no one's proxy: "a US lawyer" is not the US; but
            # "the Manhattan district attorney" is an office)
            owned = lemma in book.person_owned_roles and not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and not self.ref(c)
                for c in token.children)
            owned = owned or _one_unnamed(token)  # ("to hold a Cabinet officer in contempt": one
            # unnamed member the deed is done to, not the Cabinet; but "an SNP candidate
            # defeated her": the party's win)
            owners = [tuple(e for e in self.ref(t) if self.types.get(e) in ROLE_TYPES)
                      for t in inside] if not owned else []
            owners = [o for o in owners if o]
            if owners:
                # one owner; both of "the leaders of the two countries"
                return owners[0] if len(owners[0]) > 1 else owners[0][:1]
        return ()

    def _listed(self, tokens, depth: int) -> tuple[str, ...]:
        """The entities of each of ``tokens`` ("a proposal from the US, Egypt and the UAE")."""
        return tuple(dict.fromkeys(e for t in tokens for e in self.entities(t, depth + 1)))

    def _town(self, token) -> bool:
        """A place named by ``token`` that is no country nor state: a town, a region."""
        found = self.ref(token)
        return bool(found) and all(self.types.get(e) == "PLACE" and e not in self.book.country_ids
                                   and e not in self.book.state_ids for e in found)

    def _titled_holder(self, token, owners) -> tuple[str, ...]:
        """"slammed [National Institute of Allergy and Infectious Diseases] director Dr.
        Anthony Fauci", parsed with the body (or the role word) as the object: the person
        the title is of, named right after the title's words."""
        doc = token.doc
        i = token.i + 1
        end = min(self.sent.end, token.i + 12)
        while owners and i < end and self.ref(doc[i]) == owners:
            i += 1
        words = 0 if owners else 1  # (a role word itself: "director [Dr.] Anthony Fauci")
        while i < end and words < 4 and not self.ref(doc[i]) and (
                doc[i].lower_.rstrip(".") in self.book.title_words):
            i, words = i + 1, words + 1
        if not words or i >= end:
            return ()
        return tuple(e for e in self.ref(doc[i]) if self.types.get(e) == "PERSON")

    def identified_as(self, token) -> tuple[str, ...]:
        """"detained the man, later identified as Khairi Saadallah": the name a noun is
        identified by, however the parser attached the participle."""
        if token.pos_ != "NOUN":
            return ()
        doc = token.doc
        for verb in doc[token.i + 1:min(token.i + 5, len(doc))]:
            if verb.tag_ == "VBN" and verb.lemma_ in ("identify", "name") and (
                    verb.head.i in (token.i, token.head.i)):
                found = tuple(e for p in syntax.prep_objects(verb, "as") for e in self.ref(p)
                              if self.types.get(e) == "PERSON")
                if found:
                    return found
        kinds = ("PERSON", "ORG") if token.lemma_ in ORG_DESCRIPTORS else ("PERSON",)
        for verb in token.children:  # "a Polish chef named Łukasz", "a man called Ali",
            # "a firm called eTranslate"
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in ("name", "call"):
                found = tuple(e for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")
                              for e in self.ref(c) if self.types.get(e) in kinds)
                if found:
                    return found
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in (
                    "suspect", "believe", "think", "understand", "presume"):
                # "a prisoner, suspected to be Louis De Zoysa"
                found = tuple(e for x in verb.children if x.dep_ == "xcomp" and x.lemma_ == "be"
                              for c in x.children if c.dep_ == "attr"
                              for e in self.ref(c) if self.types.get(e) == "PERSON")
                if found:
                    return found
        if token.tag_ == "NNS" and token.dep_ == "dobj" and any(
                c.dep_ == "nummod" for c in token.children):
            # "impeached two Presidents in the history of the US, Bill Clinton and Andrew
            # Johnson": the names the parser hung on the verb after a comma
            names = [c for c in token.head.children if c.dep_ in ("npadvmod", "appos")
                     and c.pos_ == "PROPN" and c.i > token.i and doc[c.left_edge.i - 1].text == ","]
            found = tuple(e for c in names[:1] for t in syntax.with_conjuncts(c)
                          for e in self.ref(t))
            if found:
                return found
        return ()

    def entity_list(self, tokens) -> list[str]:
        out: list[str] = []
        for token in tokens:
            for eid in self.entities(token):
                if eid not in out:
                    out.append(eid)
        return out

    def evidence(self) -> Evidence:
        return Evidence(
            doc_id=self.document.id,
            sentence=self.sent.text.strip(),
            start=self.offset + self.sent.start_char,
            end=self.offset + self.sent.end_char,
            title=self.document.title,
            date=self.document.date,
        )
