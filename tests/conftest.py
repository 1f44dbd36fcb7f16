"""Shared fixtures: one spaCy pipeline per test session, small helpers."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.model import Document
from graphkit.nlp import load_pipeline, parse_documents
from graphkit.pipeline import extract_document
from graphkit.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_70218e64c1a2de63.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def book():
    return load_rulebook()


@pytest.fixture(scope="session")
def extract(nlp, book):
    """extract(text) -> Extraction of one document."""
    def run(text: str, doc_id: str = "t"):
        document = Document(id=doc_id, text=text)
        (_, chunks), = parse_documents(nlp, [document])
        return extract_document(chunks, document, book)
    return run


def labels_of(extraction) -> dict[str, str]:
    return {entity.id: entity.label for entity in extraction.entities}


def edge_rows(extraction) -> set[tuple]:
    """(source label, category, target label, negated) for every edge."""
    names = labels_of(extraction)
    return {(names[r.source], r.category, names[r.target], r.negated) for r in extraction.relations}
