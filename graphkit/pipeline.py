"""The whole path for one document and for a collection.

``extract_document`` is a pure function from one parsed document to its
entities and relations; ``build_graph`` streams documents through spaCy,
extracts each and merges them (a reduce step) into one graph.

>>> g = build_graph(texts=["Venezuelan leader Nicolas Maduro met Cuban President Miguel Diaz-Canel."])  # doctest: +SKIP
"""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator, Sequence

import networkx as nx

from .documents import InputError, ReadOptions, ReadReport, read_documents
from .entities import resolve_entities
from .graph import merge_extractions
from .model import Document, Extraction
from .nlp import load_pipeline, model_label, parse_documents
from .relations import apply_rules
from .rulebook import Rulebook, load_rulebook


def extract_document(chunks, document: Document, book: Rulebook) -> Extraction:
    """Entities and relations of one parsed document."""
    resolution = resolve_entities(chunks, document.id, book)
    relations = apply_rules(chunks, document, resolution, book)
    return Extraction(document=document, entities=resolution.entities, relations=relations)


def extract_documents(documents: Iterable[Document], nlp, book: Rulebook,
                      batch_size: int = 32, n_process: int = 1,
                      report: ReadReport | None = None) -> Iterator[Extraction]:
    """Stream Extractions; only one batch of spaCy Docs is in memory at a time.

    A document whose extraction fails is skipped and named in ``report``
    (with the reason), so one bad article never stops a corpus run.
    """
    for document, chunks in parse_documents(nlp, documents, batch_size=batch_size,
                                            n_process=n_process):
        try:
            yield extract_document(chunks, document, book)
        except Exception as exc:  # a bug on one odd document must not lose the others
            if report is None:
                raise
            report.skipped.append(f"{document.source or document.id}: extraction failed "
                                  f"({type(exc).__name__}: {exc})".replace("\n", " "))


def texts_to_documents(texts: Sequence[str | Document]) -> list[Document]:
    out = []
    for number, text in enumerate(texts, start=1):
        out.append(text if isinstance(text, Document) else Document(id=f"text-{number}", text=text))
    return out


def build_graph(inputs: Sequence[str] = (), *, texts: Sequence[str | Document] = (),
                model: str | None = None, rules: Sequence[str] = (), replace_rules: bool = False,
                report: ReadReport | None = None, name: str | None = None,
                options: ReadOptions = ReadOptions(), workers: int = 1,
                engine: str = "local", scheduler: str | None = None,
                progress=None) -> nx.MultiDiGraph:
    """Build one graph from input paths (files, directories, ``-``) and/or texts.

    ``model`` names any installed spaCy pipeline; ``rules`` adds user rule
    files; ``options`` chooses files, JSON Lines fields and dates; ``workers``
    runs spaCy in that many processes; ``engine="dask"`` runs the per-document
    work on a dask.distributed cluster (``scheduler`` address, or a local
    cluster of ``workers`` processes) and gives the same graph.  Raises InputError when there is
    nothing to read, ModelError for an unusable model, RuleError for a bad
    rules file.
    """
    book = load_rulebook(tuple(rules), replace_rules)
    nlp = load_pipeline(model)
    report = report if report is not None else ReadReport()
    documents: Iterable[Document] = read_documents(inputs, report, options=options) if inputs else []
    if texts:
        documents = itertools.chain(documents, texts_to_documents(texts))
    if engine == "dask":
        from .engines import extract_with_dask

        extractions = extract_with_dask(documents, model, tuple(rules), report.skipped,
                                        scheduler=scheduler, workers=max(workers, 2),
                                        replace_rules=replace_rules)
    else:
        extractions = extract_documents(documents, nlp, book, n_process=workers, report=report)
    if progress is not None:
        extractions = progress(extractions)
    graph = merge_extractions(extractions, name=name or "graphkit graph",
                              inputs=[str(i) for i in inputs], model=model_label(nlp))
    if graph.graph["documents"] == 0:
        what = ", ".join(str(i) for i in inputs) or "the given texts"
        if report.outside_dates:
            raise InputError(f"no document of {what} is dated within --since/--until "
                             f"({report.outside_dates} outside)")
        if report.skipped:  # every document was skipped: say why, naming the first
            first = report.skipped[0]
            if first.startswith(f"{what}: "):
                first = first[len(what) + 2:]  # the only input: its name is said once
            more = f" (and {len(report.skipped) - 1} more skipped)" if len(report.skipped) > 1 else ""
            raise InputError(f"no text to read in {what}: {first}{more}")
        raise InputError(f"no text to read in {what}")
    return graph
