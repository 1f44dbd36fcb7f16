"""The rule engine: parsed sentences + relation rules -> Relations with evidence.

``apply_rules`` walks every sentence of a document once.  A verb or noun
whose lemma is a trigger of a rule (``graphkit/rules/relations.yaml`` or a
user file) is read through its syntactic frame (see ``graphkit.syntax``);
titles and appositions give affiliation and location edges.  The first rule
of a trigger that yields an edge wins, so earlier rules take precedence.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import syntax
from .entities import EntityResolution
from .model import Document, Evidence, Relation
from .rulebook import Rule, Rulebook, Trigger

_PROXY_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod", "npadvmod", "nummod")
_ROLE_TYPES = ("ORG", "PLACE")


@dataclass
class _Sentence:
    """What every rule needs about the sentence it reads."""

    document: Document
    chunk: int
    offset: int
    sent: object
    resolution: EntityResolution
    types: dict
    book: Rulebook
    tokens: list = None  # the sentence's tokens, made once and shared by every frame

    def __post_init__(self):
        if self.tokens is None:
            self.tokens = list(self.sent)

    def ref(self, token) -> tuple[str, ...]:
        return self.resolution.refs.get((self.chunk, token.i), ())

    def entities(self, token, depth: int = 0) -> tuple[str, ...]:
        """The entities an argument token stands for.

        A name or resolved pronoun; a proxy noun ("the Venezuelan
        government"); a transparent noun ("his capture"); an apposition.
        """
        found = self.ref(token)
        if found or depth > 1:
            return found
        lemma = token.lemma_.lower()
        book = self.book
        if lemma in book.setting("proxy_nouns") or token.lower_ in book.setting("proxy_nouns"):
            for child in token.children:
                if child.dep_ in _PROXY_MODIFIER_DEPS and self.ref(child):
                    return self.ref(child)
            # "a US counter-terrorism operation": the owner may sit deeper in the modifiers.
            for left in token.doc[token.left_edge.i:token.i]:
                if left.dep_ in _PROXY_MODIFIER_DEPS and self.ref(left):
                    return self.ref(left)
            for pobj in syntax.prep_objects(token, "of"):
                if self.ref(pobj):
                    return self.ref(pobj)
        if lemma in book.setting("transparent_nouns") or token.lower_ in book.setting(
                "transparent_nouns"):
            for child in token.children:
                if child.dep_ == "poss":
                    return self.entities(child, depth + 1)
            for pobj in syntax.prep_objects(token, "of"):
                return self.entities(pobj, depth + 1)
        for child in token.children:
            if child.dep_ == "appos" and self.ref(child):
                return self.ref(child)
        if lemma in book.roles:
            # "Senator from Vermont Bernie Sanders endorsed": the named holder acts;
            # "the Greek foreign minister": failing a name, the country does.
            inside = [t for t in token.subtree if t is not token and self.ref(t)]
            people = [e for t in inside for e in self.ref(t) if self.types.get(e) == "PERSON"]
            if people:
                return (people[0],)
            owners = [e for t in inside for e in self.ref(t) if self.types.get(e) in _ROLE_TYPES]
            if owners:
                return (owners[0],)
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


def _has_complement(verb, nouns: frozenset[str]) -> bool:
    """"called the conduct a breach", "branded it a terrorist organization"."""
    for child in verb.children:
        candidates = [child] if child.dep_ in ("oprd", "attr", "xcomp", "ccomp") else []
        if child.dep_ == "prep" and child.lower_ == "as":
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ in ("dobj", "dative"):
            candidates = [c for c in child.children if c.dep_ in ("oprd", "appos", "acl")]
        for noun in candidates:
            words = {noun.lemma_.lower(), noun.lower_} | {c.lemma_.lower() for c in noun.children
                                                         if c.dep_ in ("amod", "compound")}
            if words & nouns:
                return True
    return False


def _companions_present(token, trigger: Trigger) -> bool:
    if not trigger.companions:
        return True
    words = {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}
    return all(word in words for word in trigger.companions)


def _verb_frame(token, rule: Rule, sentence: _Sentence):
    """(sources, targets) of a verb trigger under ``rule``."""
    sources = sentence.entity_list(syntax.agents(token))
    if not sources and syntax.is_passive(token):
        # "was killed in a US counter-terrorism operation": the operation's owner acts.
        for prep in ("in", "during", "with"):
            for pobj in syntax.prep_objects(token, prep):
                if pobj.lemma_.lower() in sentence.book.setting("proxy_nouns"):
                    sources += [e for e in sentence.entity_list([pobj]) if e not in sources]
    if not sources and "dobj" not in rule.objects and syntax.is_passive_like(token):
        # "Greenpeace, based in Amsterdam": without an object slot, the
        # passive subject is the one the relation is about.
        sources = sentence.entity_list(syntax.patients(token))
    targets: list[str] = []
    pairs: list[tuple[str, str]] = []
    for slot in rule.objects:
        if slot == "dobj":
            found = syntax.patients(token)
        elif slot == "dative":
            found = syntax.datives(token)
        else:
            found = syntax.prep_objects(token, slot)
            if not rule.requires_entity_object:
                for obj in syntax.patients(token):
                    if not sentence.entities(obj):
                        found += syntax.prep_objects(obj, slot)
        if slot == "between":
            pairs += _all_pairs(sentence.entity_list(found))
            continue
        for eid in sentence.entity_list(found):
            if eid not in targets:
                targets.append(eid)
    return sources, targets, pairs


def _noun_frame(token, rule: Rule, sentence: _Sentence):
    """(sources, targets) of a noun trigger: "US sanctions on Iran"."""
    book = sentence.book
    verb = syntax.light_verb(token, book.setting("light_verbs") | book.setting("negators")
                             | book.setting("intention_governors")
                             | book.setting("threat_governors"))
    slots = rule.noun_objects or rule.objects
    patient_possessor = "of" in slots
    sources: list[str] = []
    targets: list[str] = []
    pairs: list[tuple[str, str]] = []
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and sentence.ref(child):
            role = targets if (child.dep_ == "poss" and patient_possessor) else sources
            role.extend(e for e in sentence.ref(child) if e not in role)
    if verb is not None:
        sources += [e for e in sentence.entity_list(syntax.agents(verb)) if e not in sources]
    elif rule.mutual and not sources and token.dep_ == "dobj":
        # "Trump characterized the call with Zelensky": a participant speaks of it.
        sources += sentence.entity_list(syntax.agents(token.head))
    sources += [e for e in sentence.entity_list(syntax.prep_objects(token, "by")) if e not in sources]
    sources += [e for e in sentence.entity_list(syntax.predicated_of(token)) if e not in sources]
    holders = [token] + ([verb] if verb is not None else [])
    for slot in slots:
        for holder in holders:
            if slot == "dative":
                found = syntax.datives(holder) if holder is verb else []
            elif slot == "dobj":
                found = []
            else:
                found = syntax.prep_objects(holder, slot)
            if slot == "between":
                pairs += _all_pairs(sentence.entity_list(found))
                continue
            targets += [e for e in sentence.entity_list(found) if e not in targets]
    return sources, targets, pairs


def _all_pairs(entities: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(entities) for b in entities[i + 1:]]


def _edges(token, rule: Rule, sources, targets, pairs, sentence: _Sentence) -> list[Relation]:
    book = sentence.book
    if syntax.is_conditional(token):
        return []
    negated = syntax.is_negated(token, book.setting("negators"))
    hedged = syntax.is_hedged(token, book.setting("hedges"), book.setting("hedging_modals"),
                              book.setting("hedging_reporting_verbs"),
                              book.setting("intention_governors"))
    relation, category, cameo, rule_id = rule.relation, rule.category, rule.cameo, rule.id
    if syntax.threat_governor(token, book.setting("threat_governors")) is not None:
        relation, category, cameo, rule_id = "threatens", "threaten", "130", f"threat:{rule.id}"
    reporters = sentence.entity_list(syntax.reporting_source(token, book.setting("reporting_verbs")))
    attributed = reporters[0] if reporters else ""
    links = [(s, t) for s in sources for t in targets]
    if rule.mutual and not targets and len(sources) > 1:
        links = _all_pairs(sources)
    links += pairs
    evidence = sentence.evidence()
    out = []
    for source, target in links:
        if source == target:
            continue
        out.append(Relation(source, target, relation, category, evidence, negated, hedged,
                            cameo, attributed if attributed != source else "", rule_id))
    return out


def _trigger_edges(token, sentence: _Sentence) -> list[Relation]:
    book = sentence.book
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ in ("ROOT", "relcl")
                                          and token.tag_.startswith("VB")):
        candidates, frame = book.verb_index.get(lemma, ()), _verb_frame
    elif token.pos_ in ("NOUN", "PROPN"):
        candidates, frame = book.noun_index.get(lemma, ()), _noun_frame
        if not candidates and token.lower_ != lemma:
            candidates = book.noun_index.get(token.lower_, ())
    else:
        return []
    for rule, trigger in candidates:
        if not _companions_present(token, trigger):
            continue
        if rule.complements and not _has_complement(token, rule.complements):
            continue
        if rule.with_prep and not any(c.dep_ == "prep" and c.lower_ in rule.with_prep
                                      for c in token.children):
            continue
        if rule.no_clause and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            continue
        sources, targets, pairs = frame(token, rule, sentence)
        edges = _edges(token, rule, sources, targets, pairs, sentence)
        if edges:
            return edges
    return []


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
    return None


def _person_starts(sentence: _Sentence):
    """(index, token, person id) for the first token of each person name."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        person = sentence.ref(token)
        if len(person) != 1 or sentence.types.get(person[0]) != "PERSON" or token.pos_ == "PRON":
            continue
        if index and sentence.ref(tokens[index - 1]) == person:
            continue
        yield index, token, person[0]


def _role_before(tokens, index: int, sentence: _Sentence) -> tuple[str | None, int]:
    """The role in the title words before tokens[index], and where the title starts."""
    words, j = [], index - 1
    while j >= 0 and not sentence.ref(tokens[j]):
        word = _title_word(tokens[j], sentence.book)
        if word is None:
            break
        words.insert(0, word)
        j -= 1
    return _longest_role(words, sentence.book.roles), j


def _title_edges(sentence: _Sentence) -> list[Relation]:
    """"US President Donald Trump" -> Trump president of United States."""
    book = sentence.book
    out = []
    tokens = sentence.tokens
    for index, _, person in _person_starts(sentence):
        role, j = _role_before(tokens, index, sentence)
        if role is None and index >= 3:
            # "Senator from Vermont Bernie Sanders": role, from/of, owner, name.
            owner_end = index - 1
            owner = sentence.ref(tokens[owner_end])
            k = owner_end
            while k > 0 and owner and sentence.ref(tokens[k - 1]) == owner:
                k -= 1
            if owner and k >= 2 and tokens[k - 1].lower_ in ("from", "of"):
                role, _ = _role_before(tokens, k - 1, sentence)
                if role is not None:
                    out += [Relation(person, e, book.roles[role], "affiliation", sentence.evidence(),
                                     rule="title") for e in owner
                            if sentence.types.get(e) in _ROLE_TYPES]
            continue
        if role is None or j < 0:
            continue
        if tokens[j].lower_ in ("'s", "’s") and j > 0:
            j -= 1
        owner = [e for e in sentence.ref(tokens[j]) if sentence.types.get(e) in _ROLE_TYPES]
        for target in owner:
            out.append(Relation(person, target, book.roles[role], "affiliation",
                                sentence.evidence(), rule="title"))
    return out


def _possessive_member_edges(sentence: _Sentence) -> list[Relation]:
    """"Corbyn said his Labour Party ...": a person's own organisation."""
    out = []
    for token in sentence.tokens:
        orgs = [e for e in sentence.ref(token) if sentence.types.get(e) == "ORG"]
        for child in token.children if orgs else ():
            if child.dep_ == "poss" and child.pos_ == "PRON":
                for person in sentence.ref(child):
                    if sentence.types.get(person) == "PERSON":
                        out += [Relation(person, org, "member of", "affiliation",
                                         sentence.evidence(), rule="possessive") for org in orgs]
    return out


def _of_edges(sentence: _Sentence) -> list[Relation]:
    """"Prime Minister Igor Matovič of the Slovak Republic", "Yvette Cooper of the
    Labour Party": a person named with "of" and an organisation or titled place."""
    book = sentence.book
    out = []
    tokens = sentence.tokens
    for index, _, person in _person_starts(sentence):
        role, _ = _role_before(tokens, index, sentence)
        end = index
        while end + 1 < len(tokens) and sentence.ref(tokens[end + 1]) == (person,):
            end += 1
        if end + 1 >= len(tokens) or tokens[end + 1].lower_ != "of":
            continue
        for owner_token in syntax.prep_objects(tokens[end], "of") or [
                c for c in tokens[end + 1].children if c.dep_ == "pobj"]:
            for owner in sentence.entities(owner_token):
                otype = sentence.types.get(owner)
                if role is not None and otype in _ROLE_TYPES:
                    label = book.roles[role]
                elif role is None and otype == "ORG":
                    label = "member of"
                else:
                    continue
                out.append(Relation(person, owner, label, "affiliation", sentence.evidence(),
                                    rule="of"))
    return out


def _role_owner(noun, sentence: _Sentence, types=_ROLE_TYPES, depth: int = 0) -> list[str]:
    """Who a role noun belongs to: "head of Venezuela's legislature" -> Venezuela."""
    if depth > 3:
        return []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found = [e for e in sentence.ref(child) if sentence.types.get(e) in types]
            if found:
                return found
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in", "to", "with"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = [e for e in sentence.entities(pobj) if sentence.types.get(e) in types]
                if found:
                    return found
                deeper = _role_owner(pobj, sentence, types, depth + 1)
                if deeper:
                    return deeper
    return []


def _role_of(noun, book: Rulebook):
    """(label, category, holder type, owner types) of a role noun, or None."""
    lemma = noun.lemma_.lower()
    compound = " ".join([c.lower_ for c in noun.children if c.dep_ == "compound"] + [lemma])
    for key in (compound, lemma):
        if key in book.roles:
            return book.roles[key], "affiliation", "PERSON", _ROLE_TYPES
    if lemma in book.kin_roles:
        return book.kin_roles[lemma], "related", "PERSON", ("PERSON",)
    if lemma in book.org_roles:
        return book.org_roles[lemma], "affiliation", "ORG", _ROLE_TYPES
    if lemma in book.place_roles:
        return book.place_roles[lemma], "location", "PLACE", ("PLACE",)
    return None


def _apposition_edges(sentence: _Sentence) -> list[Relation]:
    """"Jorge Rodriguez, the head of Venezuela's legislature" and friends."""
    out = []
    for noun in sentence.tokens:
        if noun.pos_ not in ("NOUN", "PROPN") or sentence.ref(noun):
            continue
        role = _role_of(noun, sentence.book)
        if role is None:
            continue
        label, category, holder_type, owner_types = role
        subject = noun
        while subject.dep_ == "conj" and subject.head is not subject:
            subject = subject.head  # "a member and son of X": both said of the same holder
        holders = [e for t in syntax.predicated_of(subject) + _name_after_comma(noun)
                   for e in sentence.ref(t) if sentence.types.get(e) == holder_type]
        if not holders:
            continue
        owners = _role_owner(noun, sentence, owner_types)
        for holder in dict.fromkeys(holders):
            for owner in owners:
                if owner != holder:
                    out.append(Relation(holder, owner, label, category, sentence.evidence(),
                                        rule="apposition"))
    return out


def _name_after_comma(noun) -> list:
    """"the president of the League, Jamel Msallem, said": the name right after
    the role phrase holds the role, however the parser attached it."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN":
        return [doc[after + 1]]
    return []


def _based_edges(sentence: _Sentence) -> list[Relation]:
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


def apply_rules(chunks, document: Document, resolution: EntityResolution,
                book: Rulebook) -> tuple[Relation, ...]:
    """Read every sentence of a document with the rules; return its edges.

    Edges are unique per (source, target, relation, negated, sentence).
    """
    types = {entity.id: entity.type for entity in resolution.entities}
    seen = set()
    out = []
    for chunk, (offset, doc) in enumerate(chunks):
        for sent in doc.sents:
            sentence = _Sentence(document, chunk, offset, sent, resolution, types, book)
            found = (_title_edges(sentence) + _apposition_edges(sentence) + _based_edges(sentence)
                     + _of_edges(sentence) + _possessive_member_edges(sentence))
            for token in sentence.tokens:
                found += _trigger_edges(token, sentence)
            for relation in found:
                key = (relation.source, relation.target, relation.relation, relation.negated,
                       relation.evidence.start)
                if key not in seen:
                    seen.add(key)
                    out.append(relation)
    return tuple(out)
