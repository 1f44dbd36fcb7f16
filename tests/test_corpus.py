"""Collections: JSON Lines fields, file patterns, dates, workers, progress."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from graphkit.cli import main, progress_reporter
from graphkit.documents import InputError, ReadOptions, count_documents, parse_fields, read_documents

ROWS = [
    {"uuid": "a", "headline": "One", "published": "2020-01-10", "body": "France condemned Russia."},
    {"uuid": "b", "headline": "Two", "published": "2020-02-20", "body": "Germany met Poland."},
    {"uuid": "c", "headline": "Three", "published": "", "body": "Spain praised Portugal."},
]


@pytest.fixture()
def jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    return path


def test_jsonl_field_names_are_configurable(jsonl):
    fields = parse_fields("id=uuid,title=headline,date=published,text=body")
    docs = list(read_documents([str(jsonl)], options=ReadOptions(fields=fields)))
    assert [(d.id, d.title, d.date) for d in docs] == [("a", "One", "2020-01-10"),
                                                       ("b", "Two", "2020-02-20"), ("c", "Three", "")]


def test_bad_field_spec_is_an_input_error():
    with pytest.raises(InputError, match="bad --jsonl-fields entry 'colour=x'"):
        parse_fields("colour=x")


def test_dates_filter_documents_and_drop_undated_ones(jsonl):
    options = ReadOptions(fields=parse_fields("id=uuid,date=published,text=body"),
                          since="2020-02-01", until="2020-12-31")
    assert [d.id for d in read_documents([str(jsonl)], options=options)] == ["b"]


def test_glob_chooses_files_in_directories(tmp_path):
    (tmp_path / "2019-a.txt").write_text("Old.")
    (tmp_path / "2020-b.txt").write_text("New.")
    (tmp_path / "notes.md").write_text("Notes.")
    docs = read_documents([str(tmp_path)], options=ReadOptions(glob="2020-*.txt"))
    assert [d.id for d in docs] == ["2020-b"]
    assert count_documents([str(tmp_path)]) == 3


def test_count_documents_counts_jsonl_lines_and_gives_up_on_stdin(jsonl):
    assert count_documents([str(jsonl)]) == 3
    assert count_documents(["-"]) is None


def test_cli_build_with_fields_dates_and_summary(jsonl, tmp_path):
    result = CliRunner().invoke(main, [
        "build", str(jsonl), "--out", str(tmp_path / "o"), "--format", "json",
        "--jsonl-fields", "id=uuid,title=headline,date=published,text=body", "--until", "2020-01-31"])
    assert result.exit_code == 0, result.output
    assert "Read 1 document(s), 2 outside the dates" in result.output
    data = json.loads((tmp_path / "o" / "graph.json").read_text())
    assert data["edges"][0]["evidence"][0]["date"] == "2020-01-10"


def test_invalid_date_is_rejected(jsonl, tmp_path):
    result = CliRunner().invoke(main, ["build", str(jsonl), "--out", str(tmp_path), "--since", "2020-13-01"])
    assert result.exit_code == 2 and "is not a date" in result.output


def test_workers_give_the_same_graph(jsonl, tmp_path):
    args = ["build", str(jsonl), "--format", "json", "--jsonl-fields", "id=uuid,text=body"]
    one = CliRunner().invoke(main, args + ["--out", str(tmp_path / "1")])
    two = CliRunner().invoke(main, args + ["--out", str(tmp_path / "2"), "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert (tmp_path / "1" / "graph.json").read_bytes() == (tmp_path / "2" / "graph.json").read_bytes()


def test_progress_line_reports_rate_and_time_left():
    stream = io.StringIO()
    wrap = progress_reporter(10, stream=stream, every=0.0)
    assert list(wrap(iter(range(4)))) == [0, 1, 2, 3]
    text = stream.getvalue()
    assert "4/10 documents" in text and "documents/s" in text and "left" in text


PAGE = ("<html><head><title>Talks fail - World News</title>"
        '<meta property="article:published_time" content="2020-03-04T10:00:00Z"></head><body>'
        "<nav>Home | World | Sports | Weather</nav><article><h1>Talks between Israel and Hamas collapsed</h1>"
        "<p>Talks between Israel and Hamas collapsed on Tuesday, officials said in a statement.</p>"
        "<p>Egypt had mediated between the two sides for weeks, and the United Nations urged both "
        "to return to the table.</p></article><footer>Copyright 2020 News Corp.</footer></body></html>")


def test_saved_web_page_gives_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (doc,) = read_documents([str(path)])
    assert doc.title == "Talks between Israel and Hamas collapsed"
    assert doc.date == "2020-03-04"
    assert "Egypt had mediated" in doc.text
    assert "Home | World" not in doc.text and "Copyright" not in doc.text


@pytest.fixture()
def local_server():
    """A web server on 127.0.0.1 serving PAGE at /article, a 404, and a slow page."""
    import http.server
    import threading
    import time

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/slow":
                time.sleep(3)
            if self.path in ("/article", "/slow"):
                body = PAGE.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404, "Not Found")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_are_fetched_and_failures_skipped(local_server, monkeypatch):
    from graphkit import documents

    monkeypatch.setattr("graphkit.webpages.URL_TIMEOUT", 1.0)
    report = documents.ReadReport()
    urls = [f"{local_server}/article", f"{local_server}/missing", f"{local_server}/slow"]
    docs = list(read_documents(urls, report))
    assert [d.source for d in docs] == [f"{local_server}/article"]
    assert docs[0].date == "2020-03-04" and docs[0].id.startswith("127-0-0-1-")
    assert "HTTP 404" in report.skipped[0]
    assert "cannot fetch" in report.skipped[1] and "timed out" in report.skipped[1]


def test_dask_engine_gives_the_same_graph(tmp_path):
    pytest.importorskip("dask.distributed")
    from conftest import ROOT

    sample = str(ROOT / "tests" / "data" / "wikinews")
    local = CliRunner().invoke(main, ["build", sample, "--out", str(tmp_path / "l"), "--format", "json"])
    dask = CliRunner().invoke(main, ["build", sample, "--out", str(tmp_path / "d"), "--format", "json",
                                     "--engine", "dask", "--workers", "2"])
    assert local.exit_code == dask.exit_code == 0, dask.output
    assert (tmp_path / "l" / "graph.json").read_bytes() == (tmp_path / "d" / "graph.json").read_bytes()


def test_unreachable_scheduler_is_a_one_line_error(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("graphkit.engines.SCHEDULER_TIMEOUT", "2s")
    (tmp_path / "a.txt").write_text("France condemned Russia.")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                                       "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the dask scheduler" in result.output
    assert not (tmp_path / "o").exists()
