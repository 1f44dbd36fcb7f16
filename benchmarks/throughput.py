"""Throughput and memory: bare spaCy vs graphkit end to end, and output writing.

Prints, for the same model and machine in one run:
- bare spaCy ``nlp.pipe`` words/second over the Wikinews sample repeated to
  N articles (distinct ids), with the same pipeline components;
- graphkit's end-to-end words/second over the same articles (read, parse,
  resolve, extract, merge), the ratio, and peak memory of each;
- graphkit's peak memory at two passes over the sample and at N articles
  (does memory grow with the corpus?);
- the seconds to write every output format for a graph of 100,000 edges.

Each measurement runs in its own process so peak memory is its own.

    .venv/bin/python benchmarks/throughput.py [--articles 5022] [--workers 1]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews-2019-2020.jsonl"


def articles(count: int):
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    for n in range(count):
        row = rows[n % len(rows)]
        yield f"{row['id']}-{n // len(rows)}", row["text"], row.get("date", "")


def measure_spacy(count: int, workers: int) -> dict:
    from graphkit.nlp import load_pipeline

    nlp = load_pipeline()  # the same model and components graphkit runs
    texts = (text for _, text, _ in articles(count))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return {"seconds": time.perf_counter() - start}


def measure_graphkit(count: int, workers: int) -> dict:
    from graphkit.graph import merge_extractions
    from graphkit.model import Document
    from graphkit.nlp import load_pipeline
    from graphkit.pipeline import extract_documents
    from graphkit.rulebook import load_rulebook

    nlp, book = load_pipeline(), load_rulebook()
    documents = (Document(doc_id, text, date=date) for doc_id, text, date in articles(count))
    start = time.perf_counter()
    graph = merge_extractions(extract_documents(documents, nlp, book, n_process=workers))
    return {"seconds": time.perf_counter() - start, "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges()}


def measure_writing() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from big_graph import synthetic_graph

    from graphkit.export import FORMATS, write_outputs

    graph = synthetic_graph(20_000, 105_000)
    with tempfile.TemporaryDirectory() as out:
        times = {}
        for fmt in FORMATS:
            start = time.perf_counter()
            write_outputs(graph, Path(out), (fmt,))
            times[fmt] = time.perf_counter() - start
    return {"edges": graph.number_of_edges(), "nodes": graph.number_of_nodes(), "times": times}


def child(kind: str, count: int, workers: int) -> None:
    result = {"spacy": measure_spacy, "graphkit": measure_graphkit}.get(kind)
    data = result(count, workers) if result else measure_writing()
    # ru_maxrss counts this process; children (workers) are added on Linux via RUSAGE_CHILDREN.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(
        resource.RUSAGE_CHILDREN).ru_maxrss
    data["peak_mb"] = peak / 1024
    print(json.dumps(data))


def run(kind: str, count: int, workers: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--articles", str(count),
                          "--workers", str(workers)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5022)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", default=None)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.articles, args.workers)
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}")
    print(f"articles: {args.articles} (Wikinews sample repeated, distinct ids), workers: {args.workers}")
    words = sum(len(text.split()) for _, text, _ in articles(args.articles))
    bare = run("spacy", args.articles, args.workers)
    full = run("graphkit", args.articles, args.workers)
    # Both runs must contain the whole sample: its longest articles set the peak.
    small_count = min(args.articles, 2 * sum(1 for _ in CORPUS.open(encoding="utf-8")))
    small = run("graphkit", small_count, args.workers)
    bare_wps = words / bare["seconds"]
    full_wps = words / full["seconds"]
    print(f"bare spaCy nlp.pipe : {bare_wps:8.0f} words/s  ({bare['seconds']:.0f} s, "
          f"peak {bare['peak_mb']:.0f} MB)")
    print(f"graphkit end to end : {full_wps:8.0f} words/s  ({full['seconds']:.0f} s, "
          f"peak {full['peak_mb']:.0f} MB; {full['nodes']} entities, {full['edges']} relations)")
    print(f"ratio               : {full_wps / bare_wps:.3f}")
    print(f"graphkit peak memory: {small['peak_mb']:.0f} MB at {small_count} articles, "
          f"{full['peak_mb']:.0f} MB at {args.articles}")
    writing = run("writing", 0, 1)
    print(f"writing a graph of {writing['edges']} edges, {writing['nodes']} nodes: " + ", ".join(
        f"{fmt} {seconds:.1f} s" for fmt, seconds in writing["times"].items()))


if __name__ == "__main__":
    main()
