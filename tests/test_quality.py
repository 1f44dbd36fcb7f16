"""Extraction quality on hand-annotated Wikinews articles (tests/data/*.gold.json).

Floors sit a little under the measured figures, so a change that makes the
graphs worse fails here.  `graphkit eval tests/data/wikinews.gold.json --docs
tests/data/wikinews -v` shows the misses.
"""
from __future__ import annotations

import pytest

from conftest import ROOT
from graphkit.evaluate import evaluate_gold, micro_average

DATA = ROOT / "tests" / "data"
GOLD_FILES = sorted(DATA.glob("*.gold.json"))


@pytest.fixture(scope="module")
def total():
    scores = [s for gold in GOLD_FILES for s in evaluate_gold(gold, DATA / "wikinews")]
    return micro_average(scores)


def test_gold_files_are_present():
    assert len(GOLD_FILES) >= 92


# Measured 2026-11-27 (seventh session after heldout91) over the 272 Wikinews articles: typed
# entities 0.949, relations 0.934 (P 0.980).
def test_typed_entity_f1_floor(total):
    assert total.entities_typed.f1 >= 0.92, total.entities_typed


def test_relation_f1_floor(total):
    assert total.relations.f1 >= 0.88, total.relations


def test_relation_precision_floor(total):
    assert total.relations.precision >= 0.95, total.relations


# Fifty wire-style articles about late-2025 events (tests/data/written), annotated in five sets
# of ten, each before graphkit ran on it.  Untouched, the sets scored typed entities 0.948,
# 0.955, 0.951, 0.971, 0.991 and relations 0.737, 0.705, 0.760, 0.746, 0.781; measured
# 2026-11-27 over all fifty after the fixes they led to: typed entities 0.986, relations 0.855
# (P 0.945).
WRITTEN = DATA / "written"


@pytest.fixture(scope="module")
def written():
    return micro_average([score for gold in sorted(WRITTEN.glob("*.gold.json"))
                          for score in evaluate_gold(gold, WRITTEN)])


def test_written_gold_sets_are_present():
    assert len(list(WRITTEN.glob("*.gold.json"))) >= 5


def test_written_articles_typed_entity_f1_floor(written):
    assert written.entities_typed.f1 >= 0.95, written.entities_typed


def test_written_articles_relation_f1_floor(written):
    assert written.relations.f1 >= 0.82, written.relations
