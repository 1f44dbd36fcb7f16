"""Where the per-document work runs: in this process, or on a dask.distributed cluster.

Per-document work (parse, resolve, extract) is a pure function from a
Document to an Extraction; the merge into one graph is a separate reduce step
(``graphkit.graph.merge_extractions``) that does not care about order.  So a
cluster only has to run ``extract_batch`` on batches of documents; every
worker process loads the model and rules once and keeps them.
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator, Sequence

from .model import Document, Extraction

ENGINES = ("local", "dask")
SCHEDULER_TIMEOUT = "20s"


class EngineError(RuntimeError):
    """The requested engine cannot run (dask missing, scheduler unreachable)."""


def extract_batch(documents: Sequence[Document], model: str | None, rules: tuple[str, ...],
                  replace_rules: bool = False) -> tuple[list[Extraction], list[str]]:
    """Extract a batch of documents in the current process (a cluster worker).

    Returns the extractions and the skip messages, as the local engine would.
    """
    from .documents import ReadReport
    from .nlp import load_pipeline
    from .pipeline import extract_documents
    from .rulebook import load_rulebook

    report = ReadReport()
    nlp, book = load_pipeline(model), load_rulebook(rules, replace_rules)  # cached per process
    extractions = list(extract_documents(documents, nlp, book, report=report))
    return extractions, report.skipped


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_with_dask(documents: Iterable[Document], model: str | None, rules: tuple[str, ...],
                      skipped: list[str], scheduler: str | None = None, workers: int = 2,
                      batch_size: int = 16, replace_rules: bool = False) -> Iterator[Extraction]:
    """Run ``extract_batch`` on a dask.distributed cluster, streaming.

    Connects to ``scheduler`` (an address such as tcp://10.0.0.5:8786) or starts a
    LocalCluster of ``workers`` processes.  At most two batches per worker are in
    flight, so memory stays flat however many documents there are.
    """
    try:
        from dask.distributed import Client, LocalCluster, wait
    except ImportError:
        raise EngineError("--engine dask needs dask: pip install 'graphkit[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the dask scheduler {scheduler}: {exc}") from None
    try:
        in_flight: deque = deque()
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        for batch in _batches(documents, batch_size):
            in_flight.append(client.submit(extract_batch, batch, model, rules, replace_rules,
                                           pure=False))
            while len(in_flight) >= limit:
                yield from _collect(in_flight.popleft(), skipped, wait)
        while in_flight:
            yield from _collect(in_flight.popleft(), skipped, wait)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(future, skipped: list[str], wait) -> Iterator[Extraction]:
    wait(future)
    extractions, messages = future.result()
    skipped.extend(messages)
    yield from extractions
