"""Reading inputs into Documents."""
from __future__ import annotations

import json

import pytest

from graphkit.documents import InputError, ReadReport, read_documents

TEXT = "President Macron met Olaf Scholz in Zürich – the “talks” went well, he said."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b""),
])
def test_encodings_are_detected(tmp_path, encoding, prefix):
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    (doc,) = read_documents([str(path)])
    assert doc.text == TEXT


def test_latin1_text(tmp_path):
    path = tmp_path / "a.txt"
    text = "The French président met the chancellor in Genève, and said that he was satisfied."
    path.write_bytes(text.encode("latin-1"))
    (doc,) = read_documents([str(path)])
    assert doc.text == text


def test_mixed_line_endings_are_unified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n")
    (doc,) = read_documents([str(path)])
    assert doc.text == "one\ntwo\nthree\n"


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text.")
    (tmp_path / "sub" / "a.md").write_text("# Title A\n\nA text.")
    (tmp_path / "ignored.csv").write_text("x,y")
    docs = list(read_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["b", "sub/a"]
    assert docs[1].title == "Title A"


def test_binary_and_empty_files_are_skipped_and_reported(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_text("   \n")
    (tmp_path / "c.txt").write_text("Real text.")
    report = ReadReport()
    docs = list(read_documents([str(tmp_path)], report))
    assert [d.id for d in docs] == ["c"]
    assert len(report.skipped) == 2 and report.read == 1


def test_jsonl_rows_become_documents_and_bad_lines_are_skipped(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"id": "x1", "title": "T", "date": "2020-01-01", "url": "u", "text": "Hello."},
            {"id": "x2", "text": ""}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    report = ReadReport()
    docs = list(read_documents([str(path)], report))
    assert [(d.id, d.title, d.date) for d in docs] == [("x1", "T", "2020-01-01")]
    assert len(report.skipped) == 2 and ":3:" in report.skipped[1]


def test_stdin(tmp_path):
    (doc,) = read_documents(["-"], stdin=lambda: b"From stdin.")
    assert (doc.id, doc.text) == ("stdin", "From stdin.")


def test_missing_input_fails_before_reading_anything(tmp_path):
    (tmp_path / "a.txt").write_text("A.")
    with pytest.raises(InputError, match="input not found: nope"):
        list(read_documents([str(tmp_path / "a.txt"), "nope"]))


@pytest.mark.parametrize("content,reason", [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP/Office file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("Le président français Emmanuel Macron a rencontré le chancelier allemand à Berlin pour "
     "discuter de la guerre en Ukraine et des sanctions contre la Russie.".encode(), "not English"),
])
def test_unusable_files_are_skipped_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "renamed.txt"
    path.write_bytes(content)
    report = ReadReport()
    assert list(read_documents([str(path)], report)) == []
    assert reason in report.skipped[0]


@pytest.mark.parametrize("content,kind", [
    ('{"directed": true, "nodes": [{"id": "x"}], "edges": []}', "node-link JSON"),
    ('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
     "GraphML"),
    ('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">', "GEXF"),
])
def test_graph_files_are_skipped_not_read_as_news(tmp_path, content, kind):
    path = tmp_path / "graph.out"
    path.write_text(content)
    report = ReadReport()
    assert list(read_documents([str(path)], report)) == []
    assert f"a graph file ({kind})" in report.skipped[0]


def test_html_given_as_text_is_read_as_its_visible_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>Talks</title><script>alert(1)</script>"
                    "</head><body><p>France condemned <b>Russia</b>.</p><p>More.</p></body></html>")
    (doc,) = read_documents([str(path)])
    assert doc.title == "Talks"
    assert doc.text == "France condemned Russia.\n\nMore."


def test_broken_symlink_in_a_directory_is_skipped(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine text.")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    report = ReadReport()
    assert [d.id for d in read_documents([str(tmp_path)], report)] == ["ok"]
    assert "dangling.txt: cannot read" in report.skipped[0]


@pytest.mark.parametrize("text,sentences", [
    # a bracket closed inside a line ends no sentence
    ("Labour MP (Member of Parliament) Tom Watson called the deal lousy.", 1),
    ("Known as MALDI (matrix-assisted laser desorption) Time-of-Flight mass spectrometry, "
     "it weighs molecules.", 1),
    # an interviewer's mark opening a line, a caption's credit, a full stop inside
    ("((WN)) What led you here?\n\n((WN)) Why did you run?", 4),
    ("He spoke (and left.) Then she came.", 2),
])
def test_sentence_boundaries_around_brackets(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences
