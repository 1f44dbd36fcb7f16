"""graphkit's command line: thin click commands over the library."""
from __future__ import annotations

import datetime
import os
import sys
import time
from pathlib import Path

import click
import networkx as nx

from . import __version__
from .documents import (InputError, ReadOptions, ReadReport, count_documents, graph_file_kind,
                        parse_fields)
from .engines import ENGINES, EngineError
from .evaluate import GoldError, evaluate_gold, micro_average
from .export import DEFAULT_FORMATS, FORMATS, write_outputs
from .export.jsonio import load_graph
from .graph import ego_network, find_node, top_nodes
from .nlp import MODEL_ENV, ModelError, default_model
from .pipeline import build_graph
from .rulebook import RuleError

_USER_ERRORS = (InputError, ModelError, RuleError, GoldError, EngineError)


class _Command(click.Command):
    """Turns library errors into one line and exit code 2 (1 for bugs)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _USER_ERRORS as exc:
            raise _fail(str(exc), 2) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # Output piped into `head` and the like: stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None
        except KeyboardInterrupt:
            raise _fail("interrupted; no output was changed", 130) from None
        except Exception as exc:
            if ctx.find_root().params.get("debug"):
                raise
            raise _fail(f"unexpected error: {type(exc).__name__}: {exc} (rerun with --debug "
                        f"for details)".replace("\n", " "), 1) from None


def _fail(message: str, code: int) -> click.exceptions.Exit:
    click.echo(f"graphkit: error: {message}", err=True)
    return click.exceptions.Exit(code)


model_option = click.option(
    "--model", default=None, metavar="NAME_OR_PATH",
    help=f"spaCy pipeline to use (any installed package or path; default ${MODEL_ENV} "
         f"or {default_model()}).")
rules_option = click.option(
    "--rules", "rules", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
    help="Extra relation rules file (YAML); may be given more than once.")


def _date(value: str, param) -> str:
    if value:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"'{value}' is not a date as YYYY-MM-DD", param=param) from None
    return value


def _formats(values: tuple[str, ...]) -> tuple[str, ...]:
    chosen = []
    for value in values or DEFAULT_FORMATS:
        for fmt in value.split(","):
            fmt = fmt.strip().lower()
            if fmt not in FORMATS:
                raise click.BadParameter(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})",
                                         param_hint="--format")
            if fmt not in chosen:
                chosen.append(fmt)
    return tuple(chosen)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for unexpected errors.")
def main(debug: bool) -> None:
    """Turn English news text into an entity-relationship graph."""


def progress_reporter(total: int | None, stream=None, every: float = 0.5):
    """Wrap an iterator of extractions and print "n/total documents, rate, time left".

    Writes to ``stream`` (standard error by default), redrawing one line.
    """
    stream = stream or sys.stderr

    def wrap(extractions):
        start = last = time.monotonic()
        done = 0
        for extraction in extractions:
            done += 1
            now = time.monotonic()
            if now - last >= every:
                last = now
                stream.write("\r" + _progress_line(done, total, now - start))
                stream.flush()
            yield extraction
        stream.write("\r" + _progress_line(done, total, time.monotonic() - start) + "\n")
        stream.flush()
    return wrap


def _progress_line(done: int, total: int | None, elapsed: float) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done}/{total if total is not None else '?'} documents, {rate:.1f} documents/s"
    if total and rate and done < total:
        left = int((total - done) / rate)
        line += f", about {left // 60}:{left % 60:02d} left"
    return line.ljust(64)


@main.command(cls=_Command)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory to write the outputs into (graph.html, graph.graphml, graph.json, ...).")
@click.option("--format", "formats", multiple=True, metavar="FMT",
              help=f"Output formats, comma-separated or repeated: {', '.join(FORMATS)} "
                   f"(default {','.join(DEFAULT_FORMATS)}).")
@click.option("--name", default=None, help="Title of the graph (default: 'graphkit graph').")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Keep only the N most connected entities (says what was left out).")
@click.option("--focus", default=None, metavar="NAME",
              help="Write only the network around the entity called NAME.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --focus: how many steps around the entity to keep.")
@model_option
@rules_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--strict", is_flag=True,
              help="Fail (exit 1, write nothing) when any document is skipped.")
@click.option("--glob", "pattern", default=None, metavar="PATTERN",
              help="In directories, read only files matching PATTERN (e.g. '2020-*.txt').")
@click.option("--jsonl-fields", default="", metavar="NAME=COLUMN,...",
              help="JSON Lines column names, e.g. 'text=body,id=uuid' "
                   "(fields: id, title, date, url, text).")
@click.option("--since", default="", metavar="YYYY-MM-DD", callback=lambda c, p, v: _date(v, p),
              help="Only documents dated on or after this day.")
@click.option("--until", default="", metavar="YYYY-MM-DD", callback=lambda c, p, v: _date(v, p),
              help="Only documents dated on or before this day.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="spaCy processes to run in parallel (dask: local cluster size).")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where per-document work runs: this process, or a dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler (default: start a local cluster).")
def build(inputs, out_dir, formats, name, max_nodes, focus, depth, model, rules, quiet, strict,
          pattern, jsonl_fields, since, until, workers, engine, scheduler):
    """Build a graph from INPUT files, directories, http(s) URLs or - (stdin).

    Example: graphkit build seeds/ --out outputs/
    """
    formats = _formats(formats)
    report = ReadReport()
    options = ReadOptions(glob=pattern, fields=parse_fields(jsonl_fields), since=since,
                          until=until)
    show = not quiet and sys.stderr.isatty()
    graph = build_graph(list(inputs), model=model, rules=rules, report=report, name=name,
                        options=options, workers=workers, engine=engine, scheduler=scheduler,
                        progress=progress_reporter(count_documents(inputs, options))
                        if show else None)
    if strict and report.skipped:
        for warning in report.skipped:
            click.echo(f"graphkit: skipped {warning}", err=True)
        raise _fail(f"--strict: {len(report.skipped)} document(s) skipped; nothing written", 1)
    if focus is not None:
        if find_node(graph, focus) is None:
            raise InputError(f"no entity called '{focus}' in the graph (see `graphkit entities`)")
        graph = ego_network(graph, focus, depth)
    if max_nodes is not None:
        graph = top_nodes(graph, max_nodes)
    written = write_outputs(graph, Path(out_dir), formats)
    if quiet:
        return
    for warning in report.skipped:
        click.echo(f"graphkit: skipped {warning}", err=True)
    for note in graph.graph.get("notes", []):
        click.echo(note)
    click.echo(f"Read {graph.graph['documents']} document(s)"
               + (f", skipped {len(report.skipped)}" if report.skipped else "")
               + (f", {report.outside_dates} outside the dates" if report.outside_dates else "")
               + f": {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations.")
    for path in written:
        click.echo(f"Wrote {path}")


@main.command(cls=_Command)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@model_option
def entities(inputs, model):
    """Print the resolved entities of INPUT as a table (INPUT may also be a graph.json
    that graphkit wrote)."""
    graphs = [_graph_file(name) for name in inputs]
    if all(g is not None for g in graphs):
        graph = nx.compose_all(graphs)
    elif any(g is not None for g in graphs):
        raise click.UsageError("give either graph.json files or news texts, not both")
    else:
        graph = build_graph(list(inputs), model=model)
    rows = sorted(graph.nodes(data=True), key=lambda n: (-n[1]["mentions"], n[1]["label"]))
    width = max([len(a["label"]) for _, a in rows] + [5])
    click.echo(f"{'LABEL':<{width}}  TYPE    MENTIONS  ALIASES")
    for _, attrs in rows:
        click.echo(f"{attrs['label']:<{width}}  {attrs['type']:<6}  {attrs['mentions']:>8}  "
                   f"{', '.join(attrs['aliases'])}")


def _graph_file(name: str):
    """The graph a graph.json written by graphkit holds, or None for any other input."""
    path = Path(name)
    if path.suffix.lower() != ".json" or not path.is_file():
        return None
    try:
        if graph_file_kind(path.read_text(encoding="utf-8")) != "node-link JSON":
            return None
        return load_graph(path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, nx.NetworkXError) as exc:
        raise click.ClickException(f"cannot read graph {name}: {exc}") from None


@main.command("eval", cls=_Command)
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--docs", "docs_dir", required=True, type=click.Path(file_okay=False),
              help="Directory holding the gold documents' text files.")
@click.option("-v", "--verbose", is_flag=True, help="List missed and wrong entities and edges.")
@model_option
@rules_option
def eval_command(gold, docs_dir, verbose, model, rules):
    """Score extraction against a graphkit-gold/1 file."""
    if not Path(gold).exists():
        raise InputError(f"gold file not found: {gold}")
    scores = evaluate_gold(gold, docs_dir, model=model, rules=rules)
    total = micro_average(scores)
    click.echo(f"{'':18} {'P':>6} {'R':>6} {'F1':>6}   TP  FP  FN")
    for name, counts in (("entities (typed)", total.entities_typed),
                         ("entities (untyped)", total.entities_untyped),
                         ("relations", total.relations)):
        click.echo(f"{name:18} {counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f} "
                   f"{counts.tp:4d}{counts.fp:4d}{counts.fn:4d}")
    click.echo(f"({len(scores)} document(s), micro-averaged)")
    if verbose:
        for score in scores:
            click.echo(f"\n== {score.doc_id}")
            for item in score.missed_entities:
                click.echo(f"  missed entity:   {item}")
            for item in score.wrong_entities:
                click.echo(f"  wrong entity:    {item}")
            for item in score.missed_relations:
                click.echo(f"  missed relation: {_tuple_text(item)}")
            for item in score.wrong_relations:
                click.echo(f"  wrong relation:  {_tuple_text(item)}")


def _tuple_text(item) -> str:
    source, category, target, negated = item
    return f"{source} -[{category}{', negated' if negated else ''}]-> {target}"


__all__ = ["main"]
