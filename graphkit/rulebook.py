"""Load and validate graphkit's data files: relation rules, places, titles.

Rules are data (``graphkit/rules/*.yaml``); this module reads them, checks
them against their schema and returns frozen objects the stages interpret.
Errors name the file, the line and the rule::

    >>> book = load_rulebook()
    >>> book.rules_by_id["meet"].category
    'consult'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import CATEGORIES

RULES_DIR = Path(__file__).parent / "rules"
DEFAULT_RELATION_FILES = (RULES_DIR / "relations.yaml",)

_SETTING_KEYS = (
    "light_verbs", "proxy_nouns", "transparent_nouns", "negators", "hedges",
    "hedging_modals", "reporting_verbs", "hedging_reporting_verbs",
    "threat_governors", "intention_governors", "person_nouns", "place_agent_verbs",
    "request_governors", "account_platforms", "ending_verbs", "advising_verbs",
    "figurative_modifiers",
)
_RULE_KEYS = {
    "id", "relation", "category", "cameo", "verbs", "objects", "nouns",
    "noun_objects", "mutual", "requires_entity_object", "complements", "with_prep",
    "no_clause", "object_types", "subject_types", "passive_only", "subject_nouns", "object_nouns",
    "not_object_nouns",
    "inverse", "no_object", "direct_object", "direct_subject", "no_particle", "no_complement",
    "common_object", "affirmative_only",
}
_SLOT_NAMES = {"dobj", "dative"}


class RuleError(ValueError):
    """A rules file that cannot be used; the message names file, line and rule."""


def normalize_name(text: str) -> str:
    """The matching key of a name, as the scorer defines it.

    >>> normalize_name("The U.S.'s")
    'us'
    >>> normalize_name("Nicolás  Maduro")
    'nicolas maduro'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").strip()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    text = text.replace(".", "")
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


def entity_id(label: str) -> str:
    """The stable node id of an entity label.

    >>> entity_id("Nicolás Maduro")
    'nicolas-maduro'
    """
    return normalize_name(label).replace(" ", "-") or "entity"


@dataclass(frozen=True)
class Trigger:
    """One trigger word of a rule: a lemma plus words that must accompany it."""

    lemma: str
    companions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One relation rule, as written in a rules file."""

    id: str
    relation: str
    category: str
    cameo: str = ""
    verbs: tuple[Trigger, ...] = ()
    objects: tuple[str, ...] = ("dobj",)
    nouns: tuple[Trigger, ...] = ()
    noun_objects: tuple[str, ...] = ()
    mutual: bool = False
    requires_entity_object: bool = True
    complements: frozenset[str] = frozenset()
    with_prep: frozenset[str] = frozenset()
    no_clause: bool = False
    no_particle: bool = False
    no_object: bool = False
    no_complement: bool = False
    direct_object: bool = False
    common_object: bool = False
    affirmative_only: bool = False
    direct_subject: bool = False
    passive_only: bool = False
    subject_nouns: frozenset[str] = frozenset()
    object_nouns: frozenset[str] = frozenset()
    not_object_nouns: frozenset[str] = frozenset()
    inverse: bool = False
    object_types: frozenset[str] = frozenset()
    subject_types: frozenset[str] = frozenset()
    origin: str = ""


@dataclass(frozen=True)
class Rulebook:
    """Every rule and word list the stages read."""

    rules: tuple[Rule, ...]
    settings: dict[str, frozenset[str]]
    places: dict[str, str] = field(default_factory=dict)
    state_ids: frozenset[str] = frozenset()
    place_names: tuple[tuple[str, str], ...] = ()
    organization_names: tuple[tuple[str, str], ...] = ()
    demonyms: dict[str, str] = field(default_factory=dict)
    parties: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, str] = field(default_factory=dict)
    places_as_org: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    title_modifiers: frozenset[str] = frozenset()
    lower_ranks: frozenset[str] = frozenset()  # "deputy", "vice": a role of their own
    roles: dict[str, str] = field(default_factory=dict)
    place_roles: dict[str, str] = field(default_factory=dict)
    kin_roles: dict[str, str] = field(default_factory=dict)
    home_roles: dict[str, str] = field(default_factory=dict)
    org_roles: dict[str, str] = field(default_factory=dict)
    person_owned_roles: frozenset[str] = frozenset()
    non_place_roles: frozenset[str] = frozenset()
    person_descriptors: frozenset[str] = frozenset()
    shared_occupations: frozenset[str] = frozenset()
    noise: frozenset[str] = frozenset()
    foreign_words: frozenset[str] = frozenset()
    english_words: frozenset[str] = frozenset()
    event_heads: frozenset[str] = frozenset()
    thing_heads: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()
    attribute_nouns: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    given_name_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    country_given_names: frozenset[str] = frozenset()
    famous_names: frozenset[str] = frozenset()
    name_genders: dict[str, str] = field(default_factory=dict)
    unnamed_genders: dict[str, str] = field(default_factory=dict)  # "man" -> "m", "suspect" -> ""
    org_words: frozenset[str] = frozenset()
    leading_org_words: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    business_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()

    @functools.cached_property
    def rules_by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @functools.cached_property
    def verb_index(self) -> dict[str, tuple[tuple[Rule, Trigger], ...]]:
        return _index(self.rules, "verbs")

    @functools.cached_property
    def noun_index(self) -> dict[str, tuple[tuple[Rule, Trigger], ...]]:
        return _index(self.rules, "nouns")

    @functools.cached_property
    def party_ids(self) -> frozenset[str]:
        """Node ids of the parties in the tables."""
        return frozenset(entity_id(name) for name in self.parties.values())

    @functools.cached_property
    def country_ids(self) -> frozenset[str]:
        """Node ids of the countries (the places with a demonym)."""
        return frozenset(entity_id(name) for name in self.demonyms.values())

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Every single word that belongs to a title, role or honorific."""
        words = set(self.honorifics)
        for role in self.roles:
            words.update(role.split())
        return frozenset(words)

    @functools.cached_property
    def place_surfaces(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """First word -> (words, canonical name) of every place name as written."""
        return _surface_table(self.place_names)

    @functools.cached_property
    def organization_surfaces(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """The same for organisation names of two words or more, one-word names that
        are the name itself, not an alias ("Facebook"; not "Congress", which the tables
        give the United States'), and acronyms of three letters or more ("IAAF")."""
        return _surface_table((s, c) for s, c in self.organization_names
                              if " " in s or s == c or s.isupper() and len(s) >= 3)

    def setting(self, name: str) -> frozenset[str]:
        return self.settings.get(name, frozenset())


def _surface_table(names) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (words, value) pairs, longest first."""
    table: dict[str, list] = {}
    for surface, canonical in names:
        # as spaCy tokenizes: "Jehovah's Witnesses" -> "Jehovah", "'s", "Witnesses"
        words = tuple(re.sub(r"(\w)(['’]s)\b", r"\1 \2", surface).split())
        table.setdefault(words[0], []).append((words, canonical))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in table.items()}


def _index(rules, attr):
    index: dict[str, list] = {}
    for rule in rules:
        for trigger in getattr(rule, attr):
            index.setdefault(trigger.lemma, []).append((rule, trigger))
    return {lemma: tuple(pairs) for lemma, pairs in index.items()}


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping as ``__line__``.

    Only ``true`` and ``false`` are booleans: YAML 1.1 would also read the
    preposition ``on`` (and ``off``, ``yes``, ``no``) as one.
    """


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{path}: cannot read rules file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RuleError(f"{path}: rules file is not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(f"{path}: {where}YAML syntax error: {problem}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: expected a mapping at the top of the file")
    return data


def _words(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{where}: expected a list of words")
    return tuple(v.strip() for v in value)


def _triggers(value: Any, where: str) -> tuple[Trigger, ...]:
    out = []
    for phrase in _words(value, where):
        words = phrase.lower().split()
        out.append(Trigger(lemma=words[0], companions=tuple(words[1:])))
    return tuple(out)


def _noun_triggers(value: Any, where: str) -> tuple[Trigger, ...]:
    # "air strike": the head is the last word, the modifiers must precede it.
    out = []
    for phrase in _words(value, where):
        words = phrase.lower().split()
        out.append(Trigger(lemma=words[-1], companions=tuple(words[:-1])))
    return tuple(out)


def _parse_rule(raw: Any, path: Path, index: int) -> Rule:
    line = raw.get("__line__", "?") if isinstance(raw, dict) else "?"
    rid = raw.get("id") if isinstance(raw, dict) else None
    where = f"{path}: line {line}: rule {rid or f'#{index + 1}'}"
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: expected a mapping with id, relation, category")
    unknown = set(raw) - _RULE_KEYS - {"__line__"}
    if unknown:
        raise RuleError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("id", "relation", "category"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RuleError(f"{where}: missing or empty '{key}'")
    if raw["category"] not in CATEGORIES:
        raise RuleError(
            f"{where}: unknown category '{raw['category']}' "
            f"(expected one of {', '.join(CATEGORIES)})"
        )
    verbs = _triggers(raw["verbs"], f"{where}: verbs") if "verbs" in raw else ()
    nouns = _noun_triggers(raw["nouns"], f"{where}: nouns") if "nouns" in raw else ()
    if not verbs and not nouns:
        raise RuleError(f"{where}: needs 'verbs' or 'nouns'")
    objects = _slots(raw.get("objects", ["dobj"]), f"{where}: objects")
    noun_objects = _slots(raw.get("noun_objects", list(objects)), f"{where}: noun_objects")
    object_types, subject_types = (
        frozenset(w.upper() for w in _words(raw[key], f"{where}: {key}")) if key in raw
        else frozenset() for key in ("object_types", "subject_types"))
    for key, types in (("object_types", object_types), ("subject_types", subject_types)):
        if types - {"PERSON", "ORG", "PLACE"}:
            raise RuleError(f"{where}: {key} must be among PERSON, ORG, PLACE")
    for key in ("mutual", "requires_entity_object", "no_clause", "no_particle", "no_object",
                "no_complement", "direct_object", "direct_subject", "passive_only", "inverse",
                "common_object", "affirmative_only"):
        if key in raw and not isinstance(raw[key], bool):
            raise RuleError(f"{where}: '{key}' must be true or false")
    return Rule(
        id=raw["id"].strip(),
        relation=raw["relation"].strip(),
        category=raw["category"],
        cameo=str(raw.get("cameo", "") or ""),
        verbs=verbs,
        objects=objects,
        nouns=nouns,
        noun_objects=noun_objects,
        mutual=raw.get("mutual", False),
        requires_entity_object=raw.get("requires_entity_object", True),
        complements=frozenset(w.lower() for w in _words(raw["complements"], f"{where}: complements"))
        if "complements" in raw else frozenset(),
        with_prep=frozenset(w.lower() for w in _words(raw["with_prep"], f"{where}: with_prep"))
        if "with_prep" in raw else frozenset(),
        no_clause=raw.get("no_clause", False),
        no_particle=raw.get("no_particle", False),
        no_object=raw.get("no_object", False),
        no_complement=raw.get("no_complement", False),
        direct_object=raw.get("direct_object", False),
        common_object=raw.get("common_object", False),
        affirmative_only=raw.get("affirmative_only", False),
        direct_subject=raw.get("direct_subject", False),
        passive_only=raw.get("passive_only", False),
        inverse=raw.get("inverse", False),
        subject_nouns=frozenset(w.lower() for w in _words(raw["subject_nouns"],
                                                          f"{where}: subject_nouns"))
        if "subject_nouns" in raw else frozenset(),
        object_nouns=frozenset(w.lower() for w in _words(raw["object_nouns"],
                                                         f"{where}: object_nouns"))
        if "object_nouns" in raw else frozenset(),
        not_object_nouns=frozenset(w.lower() for w in _words(raw["not_object_nouns"],
                                                             f"{where}: not_object_nouns"))
        if "not_object_nouns" in raw else frozenset(),
        object_types=object_types,
        subject_types=subject_types,
        origin=f"{path}:{line}",
    )


def _slots(value: Any, where: str) -> tuple[str, ...]:
    slots = tuple(w.lower() for w in _words(value, where))
    for slot in slots:
        if " " in slot:
            raise RuleError(f"{where}: '{slot}' is not a slot (dobj, dative or one preposition)")
    return slots


def load_relation_rules(path: Path) -> tuple[tuple[Rule, ...], dict[str, frozenset[str]]]:
    """Read one relation rules file; return its rules and its settings."""
    data = _read_yaml(path)
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{path}: 'rules' must be a list")
    rules = tuple(_parse_rule(raw, path, i) for i, raw in enumerate(raw_rules))
    settings = {}
    raw_settings = data.get("settings") or {}
    if not isinstance(raw_settings, dict):
        raise RuleError(f"{path}: 'settings' must be a mapping")
    for key, value in raw_settings.items():
        if key == "__line__":
            continue
        if key not in _SETTING_KEYS:
            raise RuleError(f"{path}: line {raw_settings['__line__']}: unknown setting '{key}'")
        settings[key] = frozenset(w.lower() for w in _words(value, f"{path}: settings.{key}"))
    return rules, settings


def _name_table(entries: Any, path: Path, section: str, with_demonyms=False, surfaces=None):
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    if not isinstance(entries, list):
        raise RuleError(f"{path}: '{section}' must be a list")
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            line = entry.get("__line__", "?") if isinstance(entry, dict) else "?"
            raise RuleError(f"{path}: line {line}: {section} entry needs a 'name'")
        where = f"{path}: line {entry['__line__']}: {entry['name']}"
        unknown = set(entry) - {"name", "aliases", "demonyms", "__line__"}
        if unknown:
            # ("{name: Washington, D.C.}" reads as the key "D.C.": quote names with commas)
            raise RuleError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}"
                            " (quote a name that has a comma)")
        canonical = entry["name"]
        for alias in (canonical,) + _words(entry.get("aliases", []), f"{where}: aliases"):
            names[normalize_name(alias)] = canonical
            if surfaces is not None:
                surfaces.append((alias, canonical))
        if with_demonyms:
            for demonym in _words(entry.get("demonyms", []), f"{where}: demonyms"):
                demonyms[normalize_name(demonym)] = canonical
    return names, demonyms


def _name_genders(names: dict) -> dict[str, str]:
    """Given name -> "f" or "m": the female names are women's, the other given names
    men's, and the unisex names neither."""
    female = {normalize_name(w) for w in names.get("female_names", [])}
    unisex = {normalize_name(w) for w in names.get("unisex_names", [])}
    genders = {normalize_name(w): "m" for w in names.get("first_names", [])}
    genders.update({w: "f" for w in female})
    return {w: g for w, g in genders.items() if w not in unisex}


def _ranked(words, ranks) -> frozenset[str]:
    """Role words with their lower ranks: "chief of staff", "deputy chief of staff"."""
    plain = {w.lower() for w in words}
    return frozenset(plain | {f"{rank} {w}" for w in plain for rank in ranks})


@functools.lru_cache(maxsize=8)
def load_rulebook(extra_files: tuple[str, ...] = (), replace: bool = False) -> Rulebook:
    """Load the built-in data files plus any user rule files.

    User rules come first, so a user rule with a trigger the built-in rules
    also use takes precedence; a user rule with the id of a built-in rule
    replaces it.  With ``replace=True`` only the user files' rules are used.
    """
    rules: list[Rule] = []
    settings: dict[str, frozenset[str]] = {}
    for name in extra_files:
        extra_rules, extra_settings = load_relation_rules(Path(name))
        rules.extend(extra_rules)
        for key, value in extra_settings.items():
            settings[key] = settings.get(key, frozenset()) | value
    seen = {rule.id for rule in rules}
    if len(seen) != len(rules):
        dup = next(r for i, r in enumerate(rules) if r.id in {x.id for x in rules[:i]})
        raise RuleError(f"{dup.origin}: rule {dup.id}: duplicate rule id")
    for path in DEFAULT_RELATION_FILES:
        base_rules, base_settings = load_relation_rules(path)
        if not replace:
            rules.extend(r for r in base_rules if r.id not in seen)
        for key, value in base_settings.items():
            settings[key] = settings.get(key, frozenset()) | value

    places_data = _read_yaml(RULES_DIR / "places.yaml")
    place_names: list[tuple[str, str]] = []
    places, demonyms = _name_table(places_data.get("places", []), RULES_DIR / "places.yaml",
                                   "places", with_demonyms=True, surfaces=place_names)
    states, _ = _name_table(places_data.get("states", []), RULES_DIR / "places.yaml", "states",
                            surfaces=place_names)
    places.update(states)
    org_data = _read_yaml(RULES_DIR / "organizations.yaml")
    organization_names: list[tuple[str, str]] = []  # parties' and organisations' surfaces
    parties, _ = _name_table(org_data.get("parties", []), RULES_DIR / "organizations.yaml", "parties",
                             surfaces=organization_names)
    orgs, _ = _name_table(org_data.get("organizations", []), RULES_DIR / "organizations.yaml",
                          "organizations", surfaces=organization_names)
    titles = _read_yaml(RULES_DIR / "titles.yaml")
    roles = {k.lower(): v for k, v in (titles.get("roles") or {}).items() if k != "__line__"}
    ranks = tuple(titles.get("lower_ranks", []))
    for key, label in list(roles.items()):  # "Vice Premier He Lifeng": no premier
        for rank in ranks:
            if not key.startswith(f"{rank} "):
                roles.setdefault(f"{rank} {key}", f"{rank} {label}")
    place_roles, kin_roles, org_roles, home_roles = (
        {k.lower(): v for k, v in (titles.get(section) or {}).items() if k != "__line__"}
        for section in ("place_roles", "kin_roles", "org_roles", "home_roles"))
    noise = _read_yaml(RULES_DIR / "noise.yaml")
    names = _read_yaml(RULES_DIR / "names.yaml")
    return Rulebook(
        rules=tuple(rules),
        settings=settings,
        places=places,
        state_ids=frozenset(entity_id(name) for name in states.values()),
        place_names=tuple(place_names),
        organization_names=tuple(organization_names),
        demonyms=demonyms,
        parties=parties,
        organizations=orgs,
        places_as_org=frozenset(normalize_name(n) for n in org_data.get("places_as_org", [])),
        honorifics=frozenset(titles.get("honorifics", [])),
        title_modifiers=frozenset(titles.get("modifiers", [])),
        roles=roles,
        place_roles=place_roles,
        kin_roles=kin_roles,
        home_roles=home_roles,
        org_roles=org_roles,
        lower_ranks=frozenset(ranks),
        person_owned_roles=_ranked(titles.get("person_owned_roles", []), ranks),
        non_place_roles=_ranked(titles.get("non_place_roles", []), ranks),
        person_descriptors=frozenset(w.lower() for w in titles.get("person_descriptors", [])),
        shared_occupations=frozenset(w.lower() for w in titles.get("shared_occupations", [])),
        noise=frozenset(normalize_name(w) for w in noise.get("words", []) + noise.get(
            "peoples", [])),
        foreign_words=frozenset(noise.get("foreign_words", [])),
        english_words=frozenset(noise.get("english_words", [])),
        event_heads=frozenset(normalize_name(w) for w in noise.get("event_heads", [])),
        thing_heads=frozenset(normalize_name(w) for w in noise.get("thing_heads", [])),
        degree_words=frozenset(normalize_name(w) for w in noise.get("degree_words", [])),
        attribute_nouns=frozenset(normalize_name(w) for w in noise.get("attribute_nouns", [])),
        country_given_names=frozenset(normalize_name(w) for w in
                                      names.get("country_given_names", [])),
        famous_names=frozenset(normalize_name(w) for w in names.get("famous_names", [])),
        given_name_forms={normalize_name(short): frozenset(normalize_name(f) for f in forms)
                          for short, forms in (names.get("given_name_forms") or {}).items()
                          if short != "__line__"},
        first_names=frozenset(normalize_name(w) for w in
                              names.get("first_names", []) + names.get("female_names", [])),
        name_genders=_name_genders(names),
        unnamed_genders={**{w: "" for w in names.get("unnamed_people", [])},
                         **{w: "m" for w in names.get("unnamed_men", [])},
                         **{w: "f" for w in names.get("unnamed_women", [])}},
        org_words=frozenset(normalize_name(w) for w in names.get("org_words", [])),
        leading_org_words=frozenset(normalize_name(w) for w in
                                    names.get("leading_org_words", [])),
        group_heads=frozenset(normalize_name(w) for w in names.get("group_heads", [])),
        business_heads=frozenset(normalize_name(w) for w in names.get("business_heads", [])),
        place_heads=frozenset(normalize_name(w) for w in names.get("place_heads", [])),
        pronouns=frozenset(noise.get("pronouns", [])),
    )
