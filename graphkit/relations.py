"""The rule engine: parsed sentences + relation rules -> Relations with evidence.

``apply_rules`` walks every sentence of a document once.  A verb or noun
whose lemma is a trigger of a rule (``graphkit/rules/relations.yaml`` or a
user file) is read through its syntactic frame (see ``graphkit.syntax``);
titles and appositions give affiliation and location edges.  The first rule
of a trigger that yields an edge wins, so earlier rules take precedence.
"""
from __future__ import annotations

from . import syntax
from .entities import EntityResolution
from .model import CATEGORIES, Document, Relation
from .roles import (apposition_edges, based_edges, counterpart_edges, critic_edges,
                    demonym_apposition_edges,
                    described_country_edges, home_apposition_edges, including_edges,
                    listed_member_edges, located_edges, of_edges, others_in_edges,
                    party_attribute_edges, possessive_member_edges, study_year_edges,
                    title_edges, victim_edges)
from .rulebook import Rule, Rulebook, Trigger
from .sentence import PLACE_CLASS_NOUNS, SentenceView, transparent


def _has_complement(verb, nouns: frozenset[str]) -> bool:
    """"called the conduct a breach", "branded it a terrorist organization", "called
    for G7 action"; the word "to" stands for "for X to do": "called for Ukraine to act"."""
    for child in verb.children:
        if "to" in nouns and child.dep_ in ("advcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in child.children) and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True  # "called for the government of Ukraine to reduce corruption"
        if "to" in nouns and child.dep_ == "prep" and child.lower_ == "for" and any(
                c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                     for a in c.children)
                for c in verb.children):
            return True  # the same, parsed as "called [for the government] [to reduce]"
        if child.dep_ == "ccomp" and _reported_complement(child, nouns):
            return True
        candidates = [child] if child.dep_ in ("oprd", "attr", "xcomp") or (
            child.dep_ == "ccomp" and child.pos_ not in ("VERB", "AUX")) else []
        if child.dep_ == "prep" and child.lower_ in ("as", "for", "on", "in"):
            # ("described it as unacceptable": the adjective hung on "as")
            candidates = [c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")]
        if child.dep_ in ("dobj", "dative"):
            # ('called the deal "lousy"': an adjective after the object, as parsed)
            candidates = [c for c in child.children if c.dep_ in ("oprd", "appos", "acl") or (
                c.dep_ == "amod" and c.i > child.i)]
            if child.dep_ == "dobj" and any(c.dep_ == "dative" for c in verb.children):
                candidates.append(child)  # "designated Nigeria a country of particular
                # concern", parsed as two objects: the second says what the first is
        if any(_complement_word(noun, nouns) for noun in candidates):
            return True
    return False


def _complement_word(noun, nouns: frozenset[str]) -> bool:
    words = {noun.lemma_.lower(), noun.lower_} | {c.lemma_.lower() for c in noun.children
                                                 if c.dep_ in ("amod", "compound")}
    return bool(words & nouns)


def _reported_complement(clause, nouns: frozenset[str]) -> bool:
    """A reported clause that says what a rule's complement words say: "(said) the Abu
    Sayyaf Group are the suspected perpetrators", "... was behind the attack" (a thing,
    not "behind him": support), "(said) Bolton broke the law", "... lied"; not denied."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_ == "be":
        if any(c.dep_ == "xcomp" and _reported_complement(c, nouns) for c in clause.children):
            return True  # "(said) Democrats were to blame": the verb after "be to"
        return "behind" in nouns and any(
            c.dep_ == "prep" and c.lower_ == "behind" and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children)
            for c in clause.children) or any(
            _complement_word(c, nouns) for c in clause.children if c.dep_ in ("attr", "acomp"))
    done = clause.lemma_.lower()
    return clause.pos_ == "VERB" and (done in nouns or any(
        f"{done} {c.lemma_.lower()}" in nouns for c in clause.children if c.dep_ == "dobj"))


def _companions_present(token, trigger: Trigger) -> bool:
    if not trigger.companions:
        return True
    words = {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}
    return all(word in words for word in trigger.companions)


_LEAVING_PARTICLES = {"out", "away", "off"}


def _things_acted_on(verb, rule: Rule) -> list:
    """The object; for a rule on named things, also what is left or pulled out of, or
    given: "withdrew from the nuclear deal with Iran", "pulled out of the grain deal",
    "provided North Korea with missile technology"."""
    found = syntax.patients(verb)
    if rule.object_nouns:
        left = [verb] + [c for c in verb.children if c.lower_ in _LEAVING_PARTICLES]
        found += [o for word in left for prep in ("from", "of", "with")
                  for o in syntax.prep_objects(word, prep)]
    return found


# Verbs of the deeds done to someone that "the arrest" or "the killing" may take up.
_HARMING_VERBS = {"arrest", "detain", "jail", "imprison", "kill", "murder", "assassinate",
                  "execute", "abduct", "kidnap", "capture", "deport", "expel", "extradite",
                  "oust", "overthrow", "persecute", "torture"}


def _main_verb(verb) -> bool:
    """The verb of a sentence's main clause, or of what its main verb reports."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and \
        verb.head.lemma_.lower() in syntax.REPORTING_LEMMAS


def _earlier_doers(noun, sentence: SentenceView) -> list:
    """"Israel killed a commander in an air strike on Beirut. Aoun condemned the strike",
    "Russian missiles struck Kyiv. Macron condemned the attack", "Chinese authorities
    detained a pastor. The United States condemned the detentions": for a bare "the attack"
    or "the detentions", the doer of the deed the two sentences before tell of."""
    armed = noun.lower_ in syntax.ARMED_DEEDS
    if not armed and noun.lower_ not in syntax.HARM_DEEDS or \
            [c.lower_ for c in noun.children] != ["the"]:
        return []
    deeds = syntax.ARMED_DEEDS if armed else syntax.HARM_DEEDS  # ("condemned the detentions")
    index = sentence.book.verb_index
    for before in reversed(syntax.sentences_before(noun, 2)):
        doers = []
        if before.lower_ in deeds and before.pos_ == "NOUN" and not any(
                c.lower_ in _UNDONE for c in before.children):
            # (not "would respond to any Indian attack": none done)
            doers = syntax.deed_doers(before) or []
            if before.dep_ == "pobj" and before.head.lower_ in ("in", "during") and \
                    before.head.head.pos_ == "VERB":
                doers += syntax.agents(before.head.head)  # "killed a commander in an air strike"
        elif before.pos_ == "VERB" and _main_verb(before) and (
                before.lemma_.lower() in _HARMING_VERBS if not armed else any(
                    rule.category == "attack" for rule, _ in index.get(before.lemma_.lower(), ()))):
            doers = syntax.agents(before)  # "Russian missiles struck Kyiv" (not a participle
            # after it: "struck a school ..., killing 22 people")
        doers = [d for d in doers if sentence.entities(d)]
        if doers:
            return doers
    return []


# Words before a deed that say it has not been done.
_UNDONE = {"any", "no", "future", "possible", "potential", "further"}


# Categories whose target is the one to blame: a deed's doer, not the one it was done to.
_BLAMING = {"accuse", "reject"}


def _blamed(thing, sentence: SentenceView) -> list:
    """Who is blamed for ``thing``: its doers if it names a deed, else the thing itself."""
    doers = None if sentence.ref(thing) else syntax.deed_doers(thing)
    if doers is None:
        return _earlier_accusers(thing, sentence) or _earlier_deciders(thing, sentence) or [thing]
    return doers or _earlier_doers(thing, sentence)


# Words for a decision that "criticised the decision" may take up from before, and the
# verbs of making one.
_DECISIONS = {"ruling", "verdict", "decision", "judgment", "judgement", "sentence", "fine",
              "penalty"}
_DECIDING_VERBS = {"rule", "decide", "order", "sentence", "convict", "acquit", "approve",
                   "reject", "uphold", "overturn", "dismiss", "ban", "fine", "block"}


def _earlier_deciders(noun, sentence: SentenceView) -> list:
    """"Lee met Trump, who approved South Korea's plan ... North Korea criticised the
    decision": for a bare "the decision", "the ruling" or "the fine", who made one in the
    three sentences before (the latest; "fined", which the lemmatizer takes for "fin")."""
    if noun.lower_ not in _DECISIONS or [c.lower_ for c in noun.children] != ["the"]:
        return []
    for before in reversed(syntax.sentences_before(noun, 3)):
        if before.pos_ == "VERB" and (before.lemma_.lower() in _DECIDING_VERBS or (
                before.lower_.endswith("ed") and before.lower_[:-1] in _DECIDING_VERBS)) and \
                not syntax.is_negated(before, sentence.book.setting("negators")):
            deciders = [a for a in syntax.agents(before) if sentence.entities(a)]
            if deciders:
                return deciders
    return []


# Words for an accusation that "denied the accusation" may take up from before.
_ACCUSATIONS = {"accusation", "accusations", "allegation", "allegations", "charge", "charges"}


def _earlier_accusers(noun, sentence: SentenceView) -> list:
    """"Anutin accused Phnom Penh of laying mines. Cambodia's ministry denied the
    accusation": for a bare "the accusation", who made one in the two sentences before."""
    if noun.lower_ not in _ACCUSATIONS or [c.lower_ for c in noun.children] != ["the"]:
        return []
    index = sentence.book.verb_index
    for before in reversed(syntax.sentences_before(noun, 2)):
        if before.pos_ == "VERB" and before.lemma_.lower() in ("accuse", "allege", "charge") and \
                any(rule.category == "accuse" for rule, _ in index.get(before.lemma_.lower(), ())):
            accusers = [a for a in syntax.agents(before) if sentence.entities(a)]
            if accusers:
                return accusers
    return []


def _verb_frame(token, rule: Rule, sentence: SentenceView):
    """(sources, targets) of a verb trigger under ``rule``."""
    agents = syntax.agents(token)
    if rule.direct_subject:  # "Kyiv is in Ukraine", not "US troops are in Syria"
        agents = [t for t in agents if sentence.ref(t)]
        if not agents:
            return [], [], []
    sources = sentence.entity_list(agents)
    if sources and not rule.mutual:
        # "Israel, which bombed Iranian nuclear sites together with the United States":
        # both did it
        sources += [e for e in sentence.entity_list(syntax.co_agents(token)) if e not in sources]
    if not sources and syntax.is_passive(token):
        # "was killed in a US counter-terrorism operation": the operation's owner acts;
        # "was condemned in a joint statement by Egypt, Greece and Cyprus": its authors do.
        for prep in ("in", "during", "with", "through"):
            if prep in rule.objects:
                continue  # "located in the state of Queensland": the rule's own target
            for pobj in syntax.prep_objects(token, prep):
                if pobj.lemma_.lower() in sentence.book.setting("proxy_nouns"):
                    sources += [e for e in sentence.entity_list([pobj]) if e not in sources]
                authors = sentence.entity_list(syntax.prep_objects(pobj, "by"))
                sources += [e for e in authors if e not in sources]
    if not sources and syntax.is_passive(token) and token.lemma_.lower() in sentence.book.setting(
            "place_agent_verbs"):
        sources = [e for e in sentence.entity_list(syntax.prep_objects(token, "in"))
                   if sentence.types.get(e) == "PLACE"]
    if not sources and "dobj" not in rule.objects and syntax.is_passive_like(token) and \
            rule.category != "consult":
        # "Greenpeace, based in Amsterdam": without an object slot, the
        # passive subject is the one the relation is about (not a thing standing for
        # its owner for a participle-only rule: "documents related to Trump's attempt";
        # not one "flown to The Hague" after an arrest: no visit).
        sources = sentence.entity_list([
            t for t in syntax.patients(token)
            if not rule.passive_only or not transparent(t, sentence.book)])
    if not sources:
        sources = sentence.speaker_acts(token)
    targets: list[str] = []
    pairs: list[tuple[str, str]] = []
    for slot in rule.objects:
        if slot == "dobj":
            found = syntax.patients(token)
            if rule.direct_object:  # "confirmed him", not "confirmed his death"; not
                # a people ("captured Kandahar", not "captured two Americans")
                found = [t for t in found if (sentence.ref(t) or (
                    t.lemma_.lower() in PLACE_CLASS_NOUNS or t.lower_ in syntax.RELATIVE_PRONOUNS)
                    and sentence.entities(t))  # ("whom Starmer fired")
                         and t.ent_type_ != "NORP"]  # ("captured the city of El Fasher")
                found += [n for t in syntax.patients(token) if t.lower_ in _SHARES_OF_LAND
                          for p in syntax.prep_objects(t, "of")
                          for n in [p] + [c for c in p.children if c.dep_ == "compound" and (
                              p.lower_ == "state" or p.lower_ in sentence.book.place_heads)]
                          if sentence.ref(n) and all(sentence.types.get(e) == "PLACE"
                                                     for e in sentence.ref(n))]
                # ("controls most of Rakhine state")
            if not found and rule.complements:
                # "considered Rittenhouse a flight risk", parsed as a clause of its own
                found = [s for c in token.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                         for s in c.children if s.dep_ == "nsubj"]
        elif slot == "dative":
            found = syntax.datives(token)
        elif slot == "that":  # "alleged the central government are hiding figures"
            found = [s for c in token.children if c.dep_ == "ccomp" and c.i > token.i
                     and (not rule.complements or _reported_complement(c, rule.complements))
                     and not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") or
                                 m.tag_ in ("WRB", "WP", "WDT") for m in c.children)
                     # (not "asked whether X knew", "asked why Biden did not")
                     for s in c.children if s.dep_ in syntax.SUBJECT_DEPS]
        else:
            found = syntax.prep_objects(token, slot)
            if slot == "on":  # "attacked the port of Odesa on the Black Sea": where
                found = [t for t in found if t.lower_ not in syntax.WATERS]
            if slot == "with" and not rule.mutual:
                # "mediated the ceasefire together with the United States": a second
                # mediator, no side
                found = [t for t in found if t not in syntax.co_agents(token)]
            if not found and slot == "with" and syntax.is_passive_like(token):
                # "negotiated by envoy Steve Witkoff with Kirill Dmitriev", the "with" hung
                # on the agent
                found = [o for a in syntax.agents(token) for o in syntax.prep_objects(a, "with")]
            if rule.direct_object:  # "reached out to [the party's nominee] X": X alone
                found = [t for t in found if sentence.ref(t) and t.ent_type_ != "NORP"]
            for obj in _things_acted_on(token, rule):
                if not rule.requires_entity_object and (
                        not sentence.entities(obj) or obj.lemma_.lower() in rule.object_nouns
                        or obj.lower_ in rule.object_nouns):
                    found += syntax.prep_objects(obj, slot)
                elif rule.object_types and "PLACE" not in rule.object_types and all(
                        sentence.types.get(e) == "PLACE" for e in sentence.entities(obj)):
                    # "represented Qom Province in the Assembly", "served two terms in
                    # the Senate": the parser may hang the "in" on an object that
                    # cannot be this rule's target
                    found += syntax.prep_objects(obj, slot)
                if not found and (obj.lemma_.lower() in rule.object_nouns or
                                  obj.lower_ in rule.object_nouns):
                    # "received a bachelor's degree in political science from Howard
                    # University": the parser may hang the preposition on the field of study
                    found += [o for p in (*obj.children, *token.children)
                              if p.dep_ == "prep" and p.lower_ != slot
                              for q in p.children if q.dep_ == "pobj"
                              for o in syntax.prep_objects(q, slot)]
        if slot == "between" and rule.category != "consult":
            pairs += _all_pairs(sentence.entity_list(found))
            continue  # "a deal to normalize relations between Sudan and Israel"; but
            # "Qatar mediated between Israel and Hamas": Qatar with each of them (and
            # "the deal brokered between Israel and the UAE" names no mediator)
        if rule.category in _BLAMING:
            # "condemned the Russian attack" blames Russia; "condemned the killing of
            # Khashoggi" blames no one named (not Khashoggi); "condemned the strike" the
            # one said to strike just before
            found = [d for t in found for d in _blamed(t, sentence)]
        for eid in sentence.entity_list(_state_deeds_only(found, rule)):
            if eid not in targets:
                targets.append(eid)
        if slot == "dobj" and rule.category == "attack" and not targets:
            # "killed a senior Hezbollah commander": an attack on the body whose member
            # it was (a deed done to one unnamed member of it is not the body's otherwise)
            targets += [e for t in found if not sentence.entities(t) and
                        t.lemma_.lower() in sentence.book.roles
                        for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                        for e in sentence.ref(c) if sentence.types.get(e) == "ORG"]
    return sources, targets, pairs


def _noun_frame(token, rule: Rule, sentence: SentenceView):
    """(sources, targets) of a noun trigger: "US sanctions on Iran"."""
    book = sentence.book
    if token.dep_ == "dobj" and syntax.is_negator(token.head, book.setting("negators")) and \
            sentence.entity_list(syntax.prep_objects(token, "from")):
        # "resisted demands from Merz's Christian Democrats": theirs, refused (the refusal
        # is a rule of its own), not demands the subject did not make
        return [], [], []
    verb = syntax.light_verb(token, book.setting("light_verbs") | book.setting("negators")
                             | book.setting("intention_governors")
                             | book.setting("threat_governors"))
    if verb is None and token.dep_ == "appos" and token.head.dep_ == "dative" and \
            token.head.head.lemma_.lower() in book.setting("light_verbs"):
        verb = token.head.head  # "granted Angela Stanton a pardon", parsed as an apposition
    if verb is None and token.dep_ == "pobj" and token.head.lower_ == "under" and \
            CATEGORIES[rule.category] == "cooperative" and \
            token.head.head.lemma_.lower() in book.setting("light_verbs"):
        verb = token.head.head  # "Israel and Hamas agreed to a truce under a deal"
    slots = rule.noun_objects or rule.objects
    # "his capture", "Navalny's arrest": the possessor suffers it; "its investigation",
    # "Russia's support": the possessor does it.
    patient_possessor = "of" in slots and rule.category in ("attack", "coerce") or (
        token.lemma_.lower() in book.setting("person_nouns")
        or token.lower_ in book.setting("person_nouns"))  # "Putin's critic", "Trump's ally"
    if token.dep_ == "dobj" and (verb is None and token.head.lemma_ in _RECEIVING_VERBS or
                                 token.head.lemma_ in _WINNING_VERBS):
        # "Iran received a warning from the United States": the giver does it to the
        # subject; "Kast won the endorsement of Kaiser": so does the one it is of
        givers = sentence.entity_list(syntax.prep_objects(token, "from") +
                                      syntax.prep_objects(token.head, "from") + (
            syntax.prep_objects(token, "of") + syntax.prep_objects(token.head, "of")
            if token.head.lemma_ in _WINNING_VERBS and not patient_possessor else []))
        # (the parser may hang a second "and of Y" on the verb)
        receivers = sentence.entity_list(syntax.agents(token.head))
        if givers and receivers:
            return givers, [e for e in receivers if e not in givers], []
    sources: list[str] = []
    targets: list[str] = []
    pairs: list[tuple[str, str]] = []
    actors = sentence.entity_list(syntax.agents(verb)) if verb is not None and not (
        _mediation_rules(verb, book) and not syntax.prep_objects(token, "with")
        and not syntax.prep_objects(verb, "with")) else []
    # (who brokered the ceasefire is no party to it; who "brokered a deal with Iran" is)
    modifiers: list[str] = []  # "the AfCFTA agreement", "the Iraq invasion"
    agent_noun = token.lemma_.lower() in book.setting("person_nouns") or \
        token.lower_ in book.setting("person_nouns")
    for child in token.children:
        if agent_noun and child.dep_ != "poss":
            continue  # "Biden's 2008 US Senate opponent": the contest, not a side
        if child.dep_ in ("poss", "compound", "amod", "nmod") and sentence.ref(child):
            role = targets if (child.dep_ == "poss" and patient_possessor) else (
                modifiers if actors and child.dep_ != "poss" else sources)
            # ("Israeli and American strikes": each modifier listed)
            role.extend(e for c in syntax.with_conjuncts(child) for e in sentence.ref(c)
                        if e not in role and e not in actors)
    if verb is not None:
        sources += [e for e in actors if e not in sources]
    elif rule.mutual and not sources and token.dep_ == "dobj" and \
            not _mediation_rules(token.head, book):
        # "Trump characterized the call with Zelensky": a participant speaks of it
        # (not "Egypt and Qatar mediated the ceasefire": no party to it)
        sources += sentence.entity_list(syntax.agents(token.head))
    sources += [e for e in sentence.entity_list(syntax.prep_objects(token, "by")) if e not in sources]
    # "a lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi"
    # (not "a deal brokered by Egypt": the mediator's, brokered_edges)
    participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    sources += [e for p in participles
                if not _mediation_rules(p, book) and p.lemma_.lower() not in _PROPOSING_VERBS
                for e in sentence.entity_list(syntax.prep_objects(p, "by")) if e not in sources]
    sources += [e for e in sentence.entity_list([
        t for t in syntax.predicated_of(token) if not _names_the_thing(t, token)])
        if e not in sources]
    if not sources and verb is None and rule.category == "consult" and token.dep_ == "pobj" \
            and token.head.lower_ in ("during", "on", "at", "after", "before", "following", "in") \
            and token.head.head.pos_ == "VERB":
        # "Merz raised the case during a visit to Ankara", "spoke on a visit to Kyiv",
        # "suspended the order after talks with Chinese officials": the subject of what was
        # done there is at the visit or the talks
        sources = sentence.entity_list(syntax.agents(token.head.head))
    if not sources and verb is None:
        sources = sentence.speaker_acts(token)
    if token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ in (
            "VERB", "AUX") and verb is None:
        # "Turkey is already under EU sanctions": the subject is the target.
        targets += [e for e in sentence.entity_list(syntax.grammatical_subjects(token.head.head))
                    if e not in targets and e not in sources]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in (
            "target", "victim", "object") and token.head.head.dep_ == "attr":
        # "Abqaiq was the target of an Al-Qaeda attack": the subject is the target.
        targets += [e for e in sentence.entity_list(syntax.grammatical_subjects(
            token.head.head.head)) if e not in targets and e not in sources]
    if verb is not None and "dative" in slots and syntax.is_passive(verb):
        # "Stanton was granted a pardon by Trump", "was given ministerial posts by Gandhi":
        # the passive subject receives it
        targets += [e for e in sentence.entity_list(syntax.grammatical_subjects(verb))
                    if e not in targets and e not in sources]
    holders = [token] + ([verb] if verb is not None else []) + participles
    for slot in slots:
        for holder in holders:
            if slot == "dative":
                found = syntax.datives(holder) if holder is verb else []
            elif slot == "dobj":
                found = []
            else:
                found = syntax.prep_objects(holder, slot)
                if slot in _WHERE_PREPS and token.dep_ == "pobj" and token.head.dep_ == "agent":
                    found = []  # "killed by a US airstrike in Iraq": where the victim was
                if rule.direct_object:  # "relations with Israel", not "with the nation"
                    found = [t for t in found if t.pos_ in ("PROPN", "PRON") and sentence.ref(t)]
                if slot == "on" and rule.category == "coerce":
                    # "restrictions on flights to Cuba", "tariffs on goods from China"
                    found += [o for f in found if not sentence.entities(f)
                              for prep in ("to", "from") for o in syntax.prep_objects(f, prep)]
                    if found and not any(sentence.entities(f) for f in found):
                        found += syntax.prep_objects(holder, "from")  # (parsed on the verb)
                    # "tariffs on Canadian canola": the country the goods are from
                    found += [c for f in found if not sentence.entities(f) for c in f.children
                              if c.dep_ in ("amod", "compound", "nmod") and sentence.ref(c) and
                              all(sentence.types.get(e) == "PLACE" for e in sentence.ref(c))]
            if slot == "between":
                parties = sentence.entity_list(found)
                if len(parties) == 1:
                    parties += _partner_after(found[-1], sentence, parties[0])
                pairs += _all_pairs(parties)
                continue
            targets += [e for e in sentence.entity_list(_state_deeds_only(found, rule))
                        if e not in targets]
    other_side = [e for e in modifiers if sentence.types.get(e) == "ORG" or
                  rule.category in ("attack", "coerce")]
    if other_side and not targets and not any(c.dep_ == "poss" for c in token.children):
        # "Buhari and Talon signed the AfCFTA agreement", "the US launched the Iraq
        # invasion": with the light verb's own subject, a modifier is the other side
        # (not "attended Trump's Tulsa rally": where it was)
        targets = other_side
    else:
        sources += [e for e in modifiers if e not in sources]  # "imposed US sanctions on Iran"
    return sources, targets, pairs


# Verbs whose subject takes what comes "from" someone: "faced sanctions from the US",
# "Carney's visit drew criticism from Poilievre".
_RECEIVING_VERBS = {"receive", "get", "face", "draw", "attract", "incur", "suffer", "spark",
                    "prompt", "provoke", "trigger"}
# Verbs of having been given something by the one it is "of": "won the backing of X".
_WINNING_VERBS = {"win", "secure", "earn", "gain", "enjoy", "have", "garner", "receive", "get",
                  "obtain", "retain", "keep"}
# Past forms of ending a tie the tagger may take for adjectives: "froze accession talks".
_ENDED = {"froze", "frozen", "suspended", "halted", "severed", "ended", "terminated",
          "scrapped", "abandoned", "broke", "broken"}
# Prepositions of where a deed was done.
_WHERE_PREPS = {"in", "across", "throughout"}
# Words for a share of a place: "captured parts of Kharkiv", "controls most of Rakhine".
_SHARES_OF_LAND = {"most", "much", "part", "parts", "half", "all", "swathes", "swaths",
                   "areas", "large", "chunks", "third", "quarter", "fifth"}
# Verbs of putting a deal forward: "a truce proposed by the US and Egypt" names who
# proposed it, not its parties (who "signed" or "reached" a deal are); and of causing a
# dispute.
_PROPOSING_VERBS = {"propose", "draft", "suggest", "table", "present", "sponsor", "author",
                    "unveil", "outline", "submit", "back", "float", "offer", "design", "devise",
                    # ("a row triggered by Takaichi's comments": its cause, no side)
                    "trigger", "spark", "cause", "prompt", "provoke", "ignite", "fuel"}


def _names_the_thing(appos, noun) -> bool:
    """"formed their own alliance, the Alliance of Sahel States": the apposition is the
    name of what the noun says (its word in the name), no party to it."""
    return appos.head.i == noun.i and appos.dep_ == "appos" and any(
        t.lemma_.lower() == noun.lemma_.lower() for t in appos.subtree if t.i != noun.i)


# Words for a state's people: "two Ukrainian citizens" stand for Ukraine only in what
# is done to bodies (arrests, expulsions, killings), not in charges or praise.
_CITIZEN_WORDS = {"citizen", "citizens", "national", "nationals"}


def _state_deeds_only(found: list, rule: Rule) -> list:
    """``found`` without a state's citizens, unless ``rule`` is a deed done to a body:
    "charged two Ukrainian citizens with sabotage" accuses no state."""
    if rule.category in ("attack", "coerce"):
        return found
    return [t for t in found if t.lower_ not in _CITIZEN_WORDS]


def _mediation_rules(participle, book: Rulebook) -> list[Rule]:
    """The consult rules for mediating ("broker", "mediate") a participle's verb triggers."""
    return [rule for rule, _ in book.verb_index.get(participle.lemma_.lower(), ())
            if rule.category == "consult" and "between" in rule.objects]


def brokered_edges(sentence: SentenceView) -> list[Relation]:
    """"Israel and Hamas agreed under a deal brokered by Egypt and Qatar": each mediator
    with each side (the sides named by the verb the deal is under or the "between")."""
    out: list[Relation] = []
    book = sentence.book
    for token in sentence.tokens:
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ != "NOUN":
            continue
        rules = _mediation_rules(token, book)
        mediators = sentence.entity_list(syntax.prep_objects(token, "by"))
        if not rules or not mediators:
            continue
        deal = token.head
        sides = sentence.entity_list(syntax.prep_objects(deal, "between"))
        holder = syntax.light_verb(deal, book.setting("light_verbs")) or (
            deal.head.head if deal.dep_ == "pobj" and deal.head.lower_ == "under" else None)
        if not sides and holder is not None:
            sides = sentence.entity_list(syntax.agents(holder))
        sides = [e for e in sides if e not in mediators]
        out += _edges(token, rules[0], mediators, sides, [], sentence)
    return out


def _partner_after(first, sentence: SentenceView, known: str) -> list[str]:
    """"a meeting between Giuliani, claiming to represent the State Department, and
    Andriy Yermak": the name after the "and" that closes an aside the parser split off."""
    doc = first.doc
    end = min(sentence.sent.end, first.i + 16)
    if first.i + 1 >= end or doc[first.i + 1].text != ",":
        return []
    for i in range(first.i + 2, end - 1):
        if doc[i].lower_ == "and" and doc[i - 1].text == ",":
            j = i + 1 + (doc[i + 1].lower_ == "the")
            found = [e for e in sentence.ref(doc[j]) if e != known] if j < end else []
            return found[:1]
    return []


def _all_pairs(entities: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(entities) for b in entities[i + 1:]]


def _edges(token, rule: Rule, sources, targets, pairs, sentence: SentenceView) -> list[Relation]:
    book = sentence.book
    if syntax.is_conditional(token):
        return []
    if token.head.lemma_.lower() in book.setting("request_governors") and (
            token.dep_ == "xcomp" or token.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in token.children)):
        # asked for, not done: "called on Fox News to fire Griffin", "called for CNN to
        # fire Lockhart"
        return []
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in book.setting(
            "request_governors") and (token.tag_ in ("VB", "VBP") or any(
                c.dep_ == "aux" and c.lower_ in ("should", "must") for c in token.children)):
        return []  # "demanded that the Justice Department prosecute her": asked, not done
    if token.dep_ == "pcomp" and token.head.lower_ == "against" and token.head.head.lemma_.lower(
            ) in book.setting("advising_verbs"):
        return []  # advised against, neither done nor refused: "warned Washington against
        # selling arms to Taiwan"
    negated = syntax.is_negated(token, book.setting("negators"),
                                book.setting("request_governors"))
    if negated and rule.affirmative_only:
        return []  # "did not shake hands": they still met
    hedged = syntax.is_hedged(token, book.setting("hedges"), book.setting("hedging_modals"),
                              book.setting("hedging_reporting_verbs"),
                              book.setting("intention_governors"))
    relation, category, cameo, rule_id = rule.relation, rule.category, rule.cameo, rule.id
    governor = syntax.threat_governor(token, book.setting("threat_governors"))
    if governor is not None and governor.lemma_.lower() != "threaten" and \
            category not in ("attack", "coerce"):
        hedged = True  # "vowed to investigate whether Pompeo ...", "vowed to support
        # Biden": promised, not done, and no threat
    elif governor is not None or (
            category in ("attack", "coerce") and syntax.conditional_consequence(token)) or (
            category == "attack" and token.pos_ == "VERB" and syntax.future(token)):
        # "threatened to attack"; "we will strike Iran if it attacks"; "they would
        # strike Saudi Arabia again": a threat
        relation, category, cameo, rule_id = "threatens", "threaten", "130", f"threat:{rule.id}"
        if governor is not None:  # "threatened to halt trade talks": made, whatever it
            # threatens to end (but "has yet to threaten" is not)
            negated = syntax.is_negated(governor, book.setting("negators"))
    elif syntax.conditional_consequence(token):
        hedged = True  # "we will lift sanctions if ...": promised, not done
    reporters = sentence.entity_list(syntax.reporting_source(token, book.setting("reporting_verbs")))
    attributed = reporters[0] if reporters else ""
    links = [(s, t) for s in sources for t in targets]
    if rule.mutual and not targets and len(sources) > 1 and not syntax.prep_objects(
            token, "with") and not any(c.dep_ == "ccomp" for c in token.children):
        # (not "Bahrain and Kosovo opened diplomatic relations with the nation", "with which
        # Hawkins and La Riva agreed": with a partner the text does not name, not with each
        # other; nor "all agreed that vaccines do good": an opinion shared)
        links = _all_pairs(sources)
    if rule.mutual and category == rule.category and CATEGORIES[category] == "conflictual":
        # "India and Pakistan traded fire", "exchanged fire with Israeli troops": each
        # did it to the other (not when only threatened; an agreement "with" reads the
        # same both ways: one edge)
        links += [(t, s) for s, t in links]
    links += pairs
    if rule.inverse:
        links = [(t, s) for s, t in links]
    evidence = sentence.evidence()
    out = []
    for source, target in links:
        if source == target or (rule.object_types and sentence.types.get(target)
                                not in rule.object_types) or (
                rule.subject_types and sentence.types.get(source) not in rule.subject_types):
            continue
        if category == "attack" and token.lemma_.lower() in _WORDS_AS_ATTACKS and \
                sentence.types.get(source) == sentence.types.get(target) == "PERSON":
            # "Biden attacked Trump in the debate": words, not arms (with a reason, "over
            # interest rates", rule attack-verbal)
            out.append(Relation(source, target, "criticizes", "accuse", evidence, negated,
                                hedged, "111", attributed if attributed != source else "",
                                f"words:{rule_id}"))
            continue
        out.append(Relation(source, target, relation, category, evidence, negated, hedged,
                            cameo, attributed if attributed != source else "", rule_id))
    return out


def _trigger_edges(token, sentence: SentenceView) -> list[Relation]:
    book = sentence.book
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ in ("ROOT", "relcl")
                                          and token.tag_.startswith("VB")):
        candidates, frame = book.verb_index.get(lemma, ()), _verb_frame
        if token.tag_ == "VBN" and token.i and token.doc[token.i - 1].pos_ in ("ADP", "DET") and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
                        for c in token.children):
            return []  # "sovereignty over occupied Ukrainian territory": an adjective
        if not candidates and token.tag_ in ("VBD", "VBN") and token.lower_.endswith("ed"):
            # the lemmatizer's slips: "raped" -> "rap"
            candidates = book.verb_index.get(token.lower_[:-1], ()) or book.verb_index.get(
                token.lower_[:-2], ())
    elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_.endswith("ied"):
        # "was married to Sidney Lumet", tagged as an adjective
        candidates, frame = book.verb_index.get(token.lower_[:-3] + "y", ()), _verb_frame
    elif token.pos_ in ("NOUN", "PROPN") and not sentence.ref(token):
        # (a word of a name is no event: "Marine Le Pen leads the National Rally")
        candidates, frame = book.noun_index.get(lemma, ()), _noun_frame
        if not candidates and token.lower_ != lemma:
            candidates = book.noun_index.get(token.lower_, ())
        if candidates and (token.dep_ == "dobj" and token.head.lemma_.lower() in book.setting(
                "ending_verbs") or any(c.dep_ == "amod" and (
                    c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in book.setting("ending_verbs")
                    or c.lower_ in _ENDED) for c in token.children)):
            # "severed diplomatic relations with Iran": a tie ended is no cooperation (nor
            # "froze accession talks", however parsed)
            candidates = [c for c in candidates if CATEGORIES[c[0].category] != "cooperative"]
        if candidates and _figurative(token, book):
            # "its trade war with the United States", "a war of words": no armed attack
            candidates = [c for c in candidates if c[0].category != "attack"]
    else:
        return []
    for rule, trigger in candidates:
        if not _companions_present(token, trigger):
            continue
        if rule.complements and not _has_complement(token, rule.complements):
            continue
        if rule.with_prep and not any(c.dep_ == "prep" and c.lower_ in rule.with_prep
                                      and not _time_phrase(c) and not _place_phrase(c, sentence)
                                      for c in token.children):
            continue
        if rule.no_particle and not trigger.companions and any(
                c.dep_ == "prt" for c in token.children):
            continue
        if rule.no_clause and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            continue
        if rule.no_object and any(c.dep_ == "dobj" for c in token.children):
            continue
        if rule.no_complement and any(c.dep_ in ("oprd", "attr", "acomp", "ccomp")
                                      for c in token.children):
            continue  # "called Biden a liar": no phone call
        if rule.passive_only and frame is _verb_frame and not syntax.is_passive_like(token):
            continue
        if rule.object_nouns and not any(
                o.lemma_.lower() in rule.object_nouns or o.lower_ in rule.object_nouns
                for o in _things_acted_on(token, rule)):  # (the lemmatizer's "doses" -> "dos")
            continue
        if rule.not_object_nouns and any(
                (o.lemma_.lower() in rule.not_object_nouns or o.lower_ in rule.not_object_nouns)
                and not sentence.ref(o) for o in syntax.patients(token)):
            continue  # "releasing the Epstein files": papers, not a person freed (but a
            # name is what it names: "chairs the Senate Foreign Relations Committee")
        if rule.common_object and not any(o.pos_ == "NOUN" and not sentence.ref(o)
                                          for o in syntax.patients(token)):
            continue  # "chairs the parliament's trade committee", not a committee named
        if rule.subject_nouns and not any(
                a.lemma_.lower() in rule.subject_nouns or a.lower_ in rule.subject_nouns
                for a in syntax.agents(token)):
            continue
        sources, targets, pairs = frame(token, rule, sentence)
        edges = _edges(token, rule, sources, targets, pairs, sentence)
        if edges:
            return edges
    return []


# Attack words that, said of one person by another, name criticism.
_WORDS_AS_ATTACKS = {"attack", "assail", "blast", "savage"}
# Nouns of a preposition that says when, not what about: "attacked Israel over the weekend".
_TIME_WORDS = {"weekend", "weekends", "night", "nights", "day", "days", "week", "weeks", "month",
               "months", "year", "years", "period", "morning", "evening", "afternoon", "hours",
               "course", "past", "decade", "decades", "holiday", "holidays", "time"}


def _time_phrase(prep) -> bool:
    """"on October 7", "over the weekend", "for hours": when, not what about."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in _TIME_WORDS
                                 for o in objects)


def _place_phrase(prep, sentence: SentenceView) -> bool:
    """"on the Black Sea", "on Russia's border": where, not what about."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ != "on" or not objects:
        return False
    places = [e for o in objects for e in sentence.entities(o)]
    return bool(places) and all(sentence.types.get(e) == "PLACE" for e in places)


def _figurative(token, book) -> bool:
    """A conflict noun with a modifier the rules call figurative ("trade war", "legal
    battle", "war of words")."""
    words = book.setting("figurative_modifiers")
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in words or c.lemma_.lower()
                                                          in words) for c in token.children) \
        or any(o.lower_ in words for o in syntax.prep_objects(token, "of"))


_VERDICT_RULES = ("denounce-as", "praise-as")


def quoted_verdict_edges(sentence: SentenceView) -> list[Relation]:
    """'"He was a dictator", said Ashton Bumhira': a speaker calling someone one of
    the names the verdict rules ("denounce-as", "praise-as") take as complements."""
    out: list[Relation] = []
    for token in sentence.tokens:
        if token.lemma_ != "be" or token.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        verdicts = {w for c in token.children if c.dep_ in ("attr", "acomp")
                    for t in [c] + [m for m in c.children if m.dep_ in ("amod", "compound")]
                    for w in (t.lemma_.lower(), t.lower_)}  # ("a corrupt politician")
        if not verdicts:
            continue
        for rule in sentence.book.rules:
            if not rule.id.startswith(_VERDICT_RULES) or not verdicts & rule.complements:
                continue
            speaker = sentence.quote_speaker(token)
            # the subject itself ('"He was a dictator"'), not what it owns ('"Nabil's murder
            # is unacceptable"' denounces the murder, not Nabil)
            targets = [e for s in syntax.grammatical_subjects(token) for e in sentence.ref(s)]
            if speaker and targets and not syntax.is_negated(
                    token, sentence.book.setting("negators")):
                # (not '"she is not a liar", said her lawyer': a defence)
                out += _edges(token, rule, [speaker], targets, [], sentence)
            break
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
            sentence = SentenceView(document, chunk, offset, sent, resolution, types, book)
            found = (title_edges(sentence) + apposition_edges(sentence) + based_edges(sentence)
                     + located_edges(sentence)
                     + of_edges(sentence) + possessive_member_edges(sentence)
                     + listed_member_edges(sentence) + including_edges(sentence)
                     + others_in_edges(sentence) + party_attribute_edges(sentence)
                     + critic_edges(sentence) + counterpart_edges(sentence)
                     + quoted_verdict_edges(sentence) + described_country_edges(sentence)
                     + demonym_apposition_edges(sentence) + home_apposition_edges(sentence)
                     + victim_edges(sentence) + study_year_edges(sentence)
                     + brokered_edges(sentence))
            for token in sentence.tokens:
                found += _trigger_edges(token, sentence)
            nominees = {(r.target, r.source) for r in found if r.relation == "nominee of"}
            found = [r for r in found if r.category != "related" or
                     (r.source, r.target) not in nominees]  # (the party's choice, said once)
            for relation in found:
                key = (relation.source, relation.target, relation.relation, relation.negated,
                       relation.evidence.start)
                if key not in seen:
                    seen.add(key)
                    out.append(relation)
    return tuple(out)
