"""Gold files (``graphkit-gold/1``) and scoring, as ../shared/eval/README.md defines.

Each gold document is built on its own; its node-link JSON is scored:
entities typed and untyped, relations as (source, category, target, negated)
tuples, micro-averaged over documents.

>>> gold = {"entities": [{"name": "Donald Trump", "type": "PERSON", "aliases": ["Trump"]}],
...         "relations": []}
>>> pred = {"nodes": [{"id": "t", "label": "Trump", "type": "PERSON", "aliases": []}], "edges": []}
>>> score_document(pred, gold).entities_typed.tp
1
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import SYMMETRIC_CATEGORIES
from .rulebook import normalize_name

GOLD_FORMAT = "graphkit-gold/1"


class GoldError(ValueError):
    """A gold file that does not follow graphkit-gold/1."""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    doc_id: str = ""
    entities_typed: Counts = field(default_factory=Counts)
    entities_untyped: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    missed_entities: list[str] = field(default_factory=list)
    wrong_entities: list[str] = field(default_factory=list)
    missed_relations: list[tuple] = field(default_factory=list)
    wrong_relations: list[tuple] = field(default_factory=list)


def _as_list(value) -> list:
    return list(value) if isinstance(value, list) else [value]


def load_gold(path) -> list[dict]:
    """The documents of a gold file, checked for the fields scoring needs."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise GoldError(f"{path}: not a {GOLD_FORMAT} file")
    documents = data.get("documents")
    if not isinstance(documents, list):
        raise GoldError(f"{path}: 'documents' must be a list")
    for number, doc in enumerate(documents, start=1):
        if not isinstance(doc, dict) or not all(k in doc for k in ("id", "entities", "relations")):
            raise GoldError(f"{path}: document #{number} needs id, entities and relations")
    return documents


def _names(entity: dict) -> set[str]:
    return {normalize_name(n) for n in [entity["name"], *entity.get("aliases", [])]}


def _match_nodes(nodes: list[dict], gold_entities: list[dict], typed: bool):
    """Node id -> index of the gold entity it matches (or None); and the Counts."""
    counts = Counts()
    matched: set[int] = set()
    mapping: dict[str, int | None] = {}
    wrong = []
    for node in nodes:
        forms = {normalize_name(node.get("label", ""))} | {
            normalize_name(a) for a in node.get("aliases", [])}
        hit = None
        for index, entity in enumerate(gold_entities):
            if forms & _names(entity) and (not typed or node.get("type") == entity.get("type")):
                hit = index
                break
        mapping[node["id"]] = hit
        if hit is None:
            counts.fp += 1
            wrong.append(f"{node.get('label')} ({node.get('type')})")
        elif gold_entities[hit].get("optional"):
            continue
        elif hit in matched:
            counts.fp += 1
            wrong.append(f"{node.get('label')} ({node.get('type')}) duplicates {gold_entities[hit]['name']}")
        else:
            matched.add(hit)
            counts.tp += 1
    required = [i for i, e in enumerate(gold_entities) if not e.get("optional")]
    missed = [gold_entities[i]["name"] for i in required if i not in matched]
    counts.fn = len(missed)
    return mapping, counts, missed, wrong


def _relation_matches(pred: tuple, gold: dict) -> bool:
    source, category, target, negated = pred
    if category not in _as_list(gold["category"]) or negated != bool(gold.get("negated", False)):
        return False
    sources, targets = _as_list(gold["source"]), _as_list(gold["target"])
    if source in sources and target in targets:
        return True
    return category in SYMMETRIC_CATEGORIES and target in sources and source in targets


def score_document(prediction: dict, gold: dict) -> DocumentScore:
    """Score one document's node-link JSON against its gold annotation."""
    nodes = prediction.get("nodes", [])
    edges = prediction.get("edges", prediction.get("links", []))
    entities = gold["entities"]
    score = DocumentScore(doc_id=str(gold.get("id", "")))
    mapping, score.entities_untyped, _, _ = _match_nodes(nodes, entities, typed=False)
    _, score.entities_typed, score.missed_entities, score.wrong_entities = _match_nodes(
        nodes, entities, typed=True)

    tuples = set()
    for edge in edges:
        s, t = mapping.get(edge["source"]), mapping.get(edge["target"])
        name = lambda i: entities[i]["name"] if i is not None else None  # noqa: E731
        tuples.add((name(s), edge.get("category"), name(t), bool(edge.get("negated", False)),
                    s is not None and entities[s].get("optional", False)
                    or t is not None and entities[t].get("optional", False)))
    relations = gold["relations"]
    found_required: set[int] = set()
    for source, category, target, negated, on_optional in sorted(tuples, key=str):
        pred = (source, category, target, negated)
        hits = [i for i, g in enumerate(relations) if _relation_matches(pred, g)]
        required_hits = [i for i in hits if not relations[i].get("optional")]
        if required_hits:
            found_required.update(required_hits)
        elif hits or on_optional:
            continue
        else:
            score.relations.fp += 1
            score.wrong_relations.append(pred)
    for index, relation in enumerate(relations):
        if not relation.get("optional") and index not in found_required:
            score.relations.fn += 1
            score.missed_relations.append((relation["source"], relation["category"],
                                           relation["target"], bool(relation.get("negated"))))
    # Several predicted tuples may match one gold relation (list-valued
    # sources); each gold relation found counts once.
    score.relations.tp = len(found_required)
    return score


def micro_average(scores: list[DocumentScore]) -> DocumentScore:
    total = DocumentScore(doc_id="all")
    for score in scores:
        total.entities_typed.add(score.entities_typed)
        total.entities_untyped.add(score.entities_untyped)
        total.relations.add(score.relations)
    return total


def evaluate_gold(gold_path, docs_dir, model: str | None = None,
                  rules=()) -> list[DocumentScore]:
    """Build every gold document on its own from ``docs_dir`` and score it."""
    from .export.jsonio import graph_to_data
    from .pipeline import build_graph

    scores = []
    for gold in load_gold(gold_path):
        path = Path(docs_dir) / gold.get("file", f"{gold['id']}.txt")
        if not path.exists():
            raise GoldError(f"{path}: document of gold entry '{gold['id']}' not found")
        graph = build_graph([str(path)], model=model, rules=rules)
        score = score_document(graph_to_data(graph), gold)
        score.doc_id = str(gold["id"])
        scores.append(score)
    return scores
