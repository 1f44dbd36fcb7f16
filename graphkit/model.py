"""Domain types passed between graphkit's stages.

Every stage takes and returns these frozen dataclasses, so each stage can be
called in a test with hand-made input::

    >>> doc = Document(id="d1", text="Trump met Xi.")
    >>> doc.id
    'd1'
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("PERSON", "ORG", "PLACE")

# The closed, CAMEO-aligned category list (../shared/eval/README.md) with the
# polarity each one is drawn with.  Everything else imports it from here.
CATEGORIES = {
    "consult": "cooperative",
    "cooperate": "cooperative",
    "appeal": "neutral",
    "investigate": "neutral",
    "accuse": "conflictual",
    "reject": "conflictual",
    "threaten": "conflictual",
    "coerce": "conflictual",
    "attack": "conflictual",
    "affiliation": "structural",
    "location": "structural",
    "related": "structural",
}

# consult is the only category the scorer treats as undirected.
SYMMETRIC_CATEGORIES = frozenset({"consult"})


@dataclass(frozen=True)
class Document:
    """One input article."""

    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""


@dataclass(frozen=True)
class Mention:
    """One place in a document where an entity is named or referred to."""

    text: str
    start: int
    end: int
    type: str
    kind: str = "name"  # name | pronoun | reference


@dataclass(frozen=True)
class Entity:
    """A resolved real-world thing: one node of the graph."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """The sentence an edge was read from."""

    doc_id: str
    sentence: str
    start: int = 0
    end: int = 0
    title: str = ""
    date: str = ""


@dataclass(frozen=True)
class Relation:
    """A typed, directed edge between two entities, with its evidence."""

    source: str
    target: str
    relation: str
    category: str
    evidence: Evidence
    negated: bool = False
    hedged: bool = False
    cameo: str = ""
    attributed_to: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything graphkit read from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
