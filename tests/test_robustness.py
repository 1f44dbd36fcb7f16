"""Bad input never crashes graphkit, loses work, or leaves broken outputs."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED
from graphkit import nlp as nlp_module
from graphkit import pipeline
from graphkit.cli import main
from graphkit.documents import ReadReport
from graphkit.export import graphml, html, jsonio
from graphkit.model import Document
from graphkit.pipeline import extract_documents


@pytest.fixture()
def broken_dir(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("France condemned Russia on Monday.")
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def test_skips_are_reported_and_the_run_goes_on(broken_dir, tmp_path):
    result = CliRunner().invoke(main, ["build", str(broken_dir), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "skipped 2" in result.output
    assert "empty.txt: empty" in result.output and "image.txt: a PNG image" in result.output
    assert (tmp_path / "o" / "graph.json").exists()


def test_strict_turns_skips_into_failure_and_writes_nothing(broken_dir, tmp_path):
    result = CliRunner().invoke(main, ["build", str(broken_dir), "--out", str(tmp_path / "o"),
                                       "--strict"])
    assert result.exit_code == 1
    assert "--strict: 2 document(s) skipped; nothing written" in result.output
    assert not (tmp_path / "o").exists()


def test_a_document_whose_extraction_fails_is_skipped(nlp, book, monkeypatch):
    real = pipeline.extract_document

    def flaky(chunks, document, rulebook):
        if document.id == "bad":
            raise RuntimeError("boom")
        return real(chunks, document, rulebook)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    report = ReadReport()
    docs = [Document("bad", "France condemned Russia."), Document("ok", "Germany met Poland.")]
    out = list(extract_documents(docs, nlp, book, report=report))
    assert [e.document.id for e in out] == ["ok"]
    assert report.skipped == ["bad: extraction failed (RuntimeError: boom)"]


def test_when_every_document_is_skipped_the_error_says_why(tmp_path, monkeypatch):
    def broken(chunks, document, rulebook):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "extract_document", broken)
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"graphkit: error: no text to read in {SEED}: extraction failed (RuntimeError: boom)")
    assert not (tmp_path / "o").exists()


def test_unexpected_errors_are_one_line_without_traceback(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise ValueError("something odd")

    monkeypatch.setattr("graphkit.cli.build_graph", explode)
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == ("graphkit: error: unexpected error: ValueError: something odd "
                                     "(rerun with --debug for details)")


def test_long_documents_are_read_in_bounded_segments(nlp, book, monkeypatch):
    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 400)
    monkeypatch.setattr(nlp_module, "MAX_CHUNKS_PER_SEGMENT", 2)
    paragraph = "France condemned Russia on Monday. Germany met Poland in Berlin.\n\n"
    document = Document("long", paragraph * 40)
    sizes = [sum(len(d.text) for _, d in chunks)
             for _, chunks in nlp_module.parse_documents(nlp, [document])]
    assert len(sizes) > 2 and max(sizes) <= 800
    graph = pipeline.merge_extractions(extract_documents([document], nlp, book))
    assert graph.graph["documents"] == 1
    assert graph.nodes["france"]["mentions"] == 40


def test_outputs_are_byte_identical_across_runs(tmp_path):
    runner = CliRunner()
    for name in ("a", "b"):
        result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / name),
                                      "--format", "json,graphml,gexf,csv"])
        assert result.exit_code == 0, result.output
    for file in ("graph.json", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes(), file


def test_a_failed_run_keeps_the_previous_outputs(tmp_path, monkeypatch):
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken_render(graph):
        raise RuntimeError("disk full")

    monkeypatch.setattr("graphkit.export.graphml.render_graphml", broken_render)
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)])
    assert result.exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


TEXT_PIECES = st.sampled_from([
    "France condemned Russia.", "Donald Trump met Kim Jong Un in Hanoi.", "</script>",
    '"><img src=x onerror=alert(1)>', "\x00\x01\x1f", "\ufffe", "President", "the", "\n\n",
    "U.S.-China", "(IRGC)", "Mr.", "—", "he said", "not", "Venezuelan", "'s", "&amp;", "]",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(TEXT_PIECES, st.text(max_size=40)), max_size=25))
def test_random_documents_never_break_the_pipeline(nlp, book, pieces):
    text = " ".join(pieces)
    report = ReadReport()
    extractions = list(extract_documents([Document("r", text)], nlp, book, report=report))
    assert report.skipped == []
    graph = pipeline.merge_extractions(extractions)
    json.loads(jsonio.render_json(graph))
    ET.fromstring(graphml.render_graphml(graph))
    nx.read_gexf(io.BytesIO(graphml.render_gexf(graph)))
    page = html.render_html(graph).decode()
    assert page.count("</script") == page.count("<script") == 2


def test_a_50_mb_file_is_read_whole_in_bounded_segments(tmp_path):
    """The real 50 MB path: decoding, the English check, chunking and segmenting.

    A tokenizer-only pipeline stands in for the parser (which needs about half an
    hour for 50 MB on this machine); what is checked is that nothing is rejected
    or lost and that no segment handed to extraction exceeds the bound.
    """
    import spacy

    from graphkit.documents import read_documents

    paragraph = ("The minister said on Monday that the talks with the delegation would go on, "
                 "and that both sides had agreed to meet again in the capital next week.\n\n")
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(paragraph) + 1):
            handle.write(paragraph)
    assert path.stat().st_size >= 50_000_000
    report = ReadReport()
    (document,) = read_documents([str(path)], report)
    assert report.skipped == [] and len(document.text) >= 50_000_000
    tokenizer_only = spacy.blank("en")
    tokenizer_only.max_length = nlp_module.MAX_CHUNK_CHARS + 1
    bound = nlp_module.MAX_CHUNK_CHARS * nlp_module.MAX_CHUNKS_PER_SEGMENT
    total = segments = 0
    for parsed, chunks in nlp_module.parse_documents(tokenizer_only, [document], batch_size=8):
        size = sum(len(doc.text) for _, doc in chunks)
        assert parsed.id == "huge" and size <= bound
        total += size
        segments += 1
    assert total == len(document.text) and segments >= 100
