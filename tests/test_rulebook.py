"""Rules are data: loading, validation errors, user rule files."""
from __future__ import annotations

import pytest

from conftest import edge_rows
from graphkit.model import Document
from graphkit.nlp import parse_documents
from graphkit.pipeline import extract_document
from graphkit.rulebook import RuleError, load_rulebook, normalize_name


def test_builtin_rules_are_broad(book):
    triggers = sum(len(r.verbs) + len(r.nouns) for r in book.rules)
    assert triggers >= 300
    assert {r.category for r in book.rules} >= {"consult", "cooperate", "appeal", "investigate",
                                                "accuse", "reject", "threaten", "coerce", "attack"}


def test_preposition_on_is_a_word_not_a_boolean(book):
    assert "on" in book.rules_by_id["bounty"].noun_objects


@pytest.mark.parametrize("text,message", [
    ("rules:\n  - id: x\n    relation: y\n    category: nonsense\n    verbs: [meet]\n",
     "line 2: rule x: unknown category 'nonsense'"),
    ("rules:\n  - id: x\n    category: consult\n    verbs: [meet]\n", "rule x: missing or empty 'relation'"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n", "rule x: needs 'verbs' or 'nouns'"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n    color: red\n",
     "unknown field(s) color"),
    ("rules:\n  - id: x\n    relation: [y\n", "YAML syntax error"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n"
     "    object_types: [CITY]\n", "rule x: object_types must be among PERSON, ORG, PLACE"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n"
     "    inverse: sometimes\n", "rule x: 'inverse' must be true or false"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n"
     "    subject_types: [TOWN]\n", "rule x: subject_types must be among PERSON, ORG, PLACE"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n"
     "    no_object: maybe\n", "rule x: 'no_object' must be true or false"),
    ("rules:\n  - id: x\n    relation: y\n    category: consult\n    verbs: [meet]\n"
     "    no_complement: often\n", "rule x: 'no_complement' must be true or false"),
])
def test_bad_rule_files_name_file_line_and_rule(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text)
    with pytest.raises(RuleError) as error:
        load_rulebook((str(path),))
    assert str(path) in str(error.value) and message in str(error.value)


def test_user_rule_adds_a_relation(tmp_path, nlp):
    path = tmp_path / "mine.yaml"
    path.write_text("rules:\n  - id: snub\n    relation: snubs\n    category: reject\n"
                    "    verbs: [ignore]\n    objects: [dobj]\n")
    book = load_rulebook((str(path),))
    document = Document(id="u", text="France ignored Germany at the summit.")
    (_, chunks), = parse_documents(nlp, [document])
    assert ("France", "reject", "Germany", False) in edge_rows(extract_document(chunks, document, book))


def test_missing_rules_file_is_a_rule_error(tmp_path):
    with pytest.raises(RuleError, match="cannot read"):
        load_rulebook((str(tmp_path / "none.yaml"),))


@pytest.mark.parametrize("raw,key", [
    ("The U.S.", "us"), ("Nicolás  Maduro", "nicolas maduro"), ("Venezuela's", "venezuela"),
    ("Cartel de los Soles", "cartel de los soles"),
])
def test_normalize_name_follows_the_scorer(raw, key):
    assert normalize_name(raw) == key


def test_user_rule_fields_inverse_and_subject_nouns(tmp_path, nlp):
    path = tmp_path / "mine.yaml"
    path.write_text("rules:\n  - id: includes\n    relation: member of\n    category: affiliation\n"
                    "    verbs: [include]\n    inverse: true\n"
                    "  - id: guard\n    relation: guards\n    category: coerce\n"
                    "    verbs: [guard]\n    subject_nouns: [troops]\n")
    book = load_rulebook((str(path),))
    rows = set()
    for number, text in enumerate(["NATO includes Turkey.", "Turkish troops guard Syria.",
                                   "Turkey guards Iraq."]):
        document = Document(id=f"u{number}", text=text)
        (_, chunks), = parse_documents(nlp, [document])
        rows |= edge_rows(extract_document(chunks, document, book))
    assert ("Turkey", "affiliation", "NATO", False) in rows
    assert ("Turkey", "coerce", "Syria", False) in rows
    assert ("Turkey", "coerce", "Iraq", False) not in rows, rows


def test_a_table_entry_with_an_unquoted_comma_is_an_error(tmp_path):
    from graphkit.rulebook import _name_table
    entries = [{"name": "Washington", "D.C.": None, "aliases": ["DC"], "__line__": 3}]
    with pytest.raises(RuleError, match=r"line 3: Washington: unknown field\(s\) D\.C\."):
        _name_table(entries, tmp_path / "places.yaml", "places")


def test_a_place_name_with_a_comma_keeps_it(book):
    assert book.places[normalize_name("DC")] == "Washington, D.C."
