"""Read inputs (files, directories, JSON Lines, stdin) into Documents.

>>> from pathlib import Path
>>> docs = list(read_documents(["seeds"]))  # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .model import Document
from .webpages import FetchError, fetch, is_url, looks_like_html, page_content

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSONL_FIELDS = {"id": "id", "title": "title", "date": "date", "url": "url", "text": "text"}


class InputError(ValueError):
    """An input that cannot be read at all (missing path, nothing to read)."""


@dataclass
class ReadReport:
    """What reading skipped, so the caller can tell the user."""

    skipped: list[str] = field(default_factory=list)
    read: int = 0
    outside_dates: int = 0


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: which files in directories, JSON Lines field names, dates.

    ``since``/``until`` are ISO dates (YYYY-MM-DD, inclusive); with either set,
    documents without a date are left out too.
    """

    glob: str | None = None
    fields: tuple[tuple[str, str], ...] = tuple(JSONL_FIELDS.items())
    since: str = ""
    until: str = ""

    @property
    def field_map(self) -> dict[str, str]:
        return dict(self.fields)

    def in_range(self, date: str) -> bool:
        if not (self.since or self.until):
            return True
        day = date[:10]
        return bool(day) and (not self.since or day >= self.since) and (
            not self.until or day <= self.until)


def parse_fields(spec: str) -> tuple[tuple[str, str], ...]:
    """"text=body,id=uuid" -> JSON Lines field names, the rest as default.

    >>> dict(parse_fields("text=body"))["text"]
    'body'
    """
    fields = dict(JSONL_FIELDS)
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, column = part.partition("=")
        if name.strip() not in JSONL_FIELDS or not column.strip():
            raise InputError(f"bad --jsonl-fields entry '{part}' (use NAME=COLUMN with NAME one "
                             f"of {', '.join(JSONL_FIELDS)})")
        fields[name.strip()] = column.strip()
    return tuple(fields.items())


def decode_bytes(data: bytes) -> str | None:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 by BOM, then a guess.

    Returns None for data that is not text.

    >>> decode_bytes("café".encode("latin-1"))
    'café'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII legacy text in English news is nearly always Windows-1252
    # (a superset of Latin-1's printable range); guessers confuse it with
    # Central European code pages on short inputs.
    ascii_share = sum(b < 0x80 for b in data) / max(len(data), 1)
    if ascii_share >= 0.5:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    # Without NUL bytes (checked above) the data is not BOM-less UTF-16/32.
    for match in from_bytes(data):
        if not match.encoding.startswith(("utf_16", "utf_32")):
            return str(match)
    return None


# File signatures of formats people rename to .txt.
_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF file (convert it to text first)",
    b"PK\x03\x04": "a ZIP/Office file (convert it to text first)",
    b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
    b"\xd0\xcf\x11\xe0": "an old Office file (convert it to text first)",
    b"\x1f\x8b": "a gzip archive", b"7z\xbc\xaf": "a 7-zip archive",
}
_ENGLISH_WORDS = frozenset(
    "the of and to is that for on with was by at it from be have has are were "
    "said his her he she they this not but which who their will would been after".split())


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, when its first bytes say so.

    >>> binary_kind(b"%PDF-1.4 ...")
    'a PDF file (convert it to text first)'
    """
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return None


def looks_english(text: str) -> bool:
    """True when common English function words make up a news-like share of the words.

    >>> looks_english("The president said that the talks with Iran were over, and that he "
    ...               "would not meet the foreign minister of the country again this year.")
    True
    >>> looks_english("Le président a dit que les négociations avec l'Iran étaient finies et "
    ...               "qu'il ne rencontrerait plus le ministre des affaires étrangères du pays.")
    False
    """
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    if len(words) < 20:
        return True  # too short to judge
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) >= 0.08


def normalize_text(text: str) -> str:
    """Unify line endings and drop control characters spaCy would keep."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


def _title_of(text: str, suffix: str) -> str:
    if suffix in (".md", ".markdown"):
        for line in text.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return ""


def graph_file_kind(text: str) -> str:
    """"node-link JSON", "GraphML" or "GEXF" when ``text`` is a graph file such as graphkit
    writes (read back as news, it would make a graph of its own labels), else ""."""
    head = text.lstrip()[:2000]
    if head.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return ""
        if isinstance(data, dict) and "nodes" in data and ("edges" in data or "links" in data):
            return "node-link JSON"
        return ""
    if head.startswith("<?xml") or head.startswith("<graphml") or head.startswith("<gexf"):
        if "<graphml" in head:
            return "GraphML"
        if "<gexf" in head:
            return "GEXF"
    return ""


def _document_from_text(doc_id: str, text: str, source: str, suffix: str,
                        report: "ReadReport") -> Document | None:
    """A Document, or None (with the reason in ``report``) for text graphkit cannot use."""
    title = date = ""
    kind = graph_file_kind(text)
    if kind:
        report.skipped.append(f"{source}: a graph file ({kind}), not a news text")
        return None
    if suffix in (".html", ".htm") or looks_like_html(text):
        title, date, text = page_content(text)
    text = normalize_text(text)
    if not text.strip():
        report.skipped.append(f"{source}: empty")
        return None
    if not looks_english(text):
        report.skipped.append(f"{source}: not English text (graphkit reads English news)")
        return None
    return Document(id=doc_id, text=text, title=title or _title_of(text, suffix), date=date,
                    source=source)


def _read_jsonl(path: Path, report: ReadReport, fields=JSONL_FIELDS) -> Iterator[Document]:
    data = decode_bytes(path.read_bytes())
    if data is None:
        report.skipped.append(f"{path}: not a text file")
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            report.skipped.append(f"{path}:{number}: malformed JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get(fields["text"]), str):
            report.skipped.append(f"{path}:{number}: no '{fields['text']}' field")
            continue
        doc_id = str(row.get(fields["id"]) or f"{path.stem}-{number}")
        document = _document_from_text(doc_id, row[fields["text"]], f"{path}:{number}", "", report)
        if document is None:
            continue
        yield Document(
            id=doc_id,
            text=document.text,
            title=str(row.get(fields["title"]) or document.title or ""),
            date=str(row.get(fields["date"]) or ""),
            source=str(row.get(fields["url"]) or f"{path}:{number}"),
        )


def _read_file(path: Path, doc_id: str, report: ReadReport,
               fields=JSONL_FIELDS) -> Iterator[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, report, fields)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.skipped.append(f"{path}: cannot read ({exc.strerror or exc})")
        return
    kind = binary_kind(data)
    text = decode_bytes(data) if kind is None else None
    if text is None:
        report.skipped.append(f"{path}: {kind or 'not a text file'}")
        return
    document = _document_from_text(doc_id, text, str(path), path.suffix.lower(), report)
    if document is not None:
        yield document


def _directory_files(directory: Path, pattern: str | None = None) -> list[Path]:
    """Files to read below ``directory``: those matching ``pattern`` (e.g. "2020-*.txt"),
    else every text, Markdown, HTML and JSON Lines file; hidden ones never."""
    suffixes = TEXT_SUFFIXES + JSONL_SUFFIXES
    candidates = directory.rglob(pattern or "*")
    return sorted(p for p in candidates if (pattern or p.suffix.lower() in suffixes)
                  and (p.is_file() or p.is_symlink()) and not
                  any(part.startswith(".") for part in p.relative_to(directory).parts))


def count_documents(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> int | None:
    """A quick count of the documents ``inputs`` hold (JSON Lines lines, files), for
    progress reports; None when it cannot be known (standard input)."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        if is_url(name):
            total += 1
            continue
        path = Path(name)
        files = _directory_files(path, options.glob) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    continue
            else:
                total += 1
    return total


def read_documents(inputs: Iterable[str], report: ReadReport | None = None,
                   stdin: Callable[[], bytes] | None = None,
                   options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Yield a Document for every readable text in ``inputs``.

    An input is a file (.txt, .md, .html, .jsonl), a directory (searched
    recursively for those), an http(s) URL, or ``-`` for standard input.  A missing input
    raises InputError before anything is read; unreadable or empty texts are
    skipped and listed in ``report.skipped``; documents outside the
    options' dates are counted in ``report.outside_dates``.
    """
    report = report if report is not None else ReadReport()
    fields = options.field_map
    inputs = list(inputs)
    for name in inputs:
        if name != "-" and not is_url(name) and not Path(name).exists():
            raise InputError(f"input not found: {name}")
    seen_ids: set[str] = set()
    for name in inputs:
        if name == "-":
            data = (stdin or (lambda: sys.stdin.buffer.read()))()
            text = decode_bytes(data) if binary_kind(data) is None else None
            if text is None:
                report.skipped.append("stdin: not text")
                continue
            document = _document_from_text("stdin", text, "stdin", "", report)
            candidates: Iterable[Document] = [document] if document else []
        elif is_url(name):
            candidates = _read_url(name, report)
        else:
            path = Path(name)
            if path.is_dir():
                files = _directory_files(path, options.glob)
                candidates = (d for f in files
                              for d in _read_file(f, _doc_id(f, path), report, fields))
            else:
                candidates = _read_file(path, path.stem, report, fields)
        for document in candidates:
            if not options.in_range(document.date):
                report.outside_dates += 1
                continue
            if document.id in seen_ids:
                report.skipped.append(f"{document.source}: duplicate document id '{document.id}'")
                continue
            seen_ids.add(document.id)
            report.read += 1
            yield document


def _read_url(url: str, report: ReadReport) -> Iterator[Document]:
    """Fetch one page and read it as a web page (or text)."""
    try:
        data, kind = fetch(url)
    except FetchError as exc:
        report.skipped.append(f"{url}: {exc}")
        return
    text = decode_bytes(data) if binary_kind(data) is None else None
    if text is None or not (kind.startswith("text/") or "html" in kind or "xml" in kind):
        report.skipped.append(f"{url}: not a text or HTML page ({kind})")
        return
    suffix = ".html" if "html" in kind else ".txt"
    doc_id = re.sub(r"[^A-Za-z0-9]+", "-", url.split("://", 1)[1]).strip("-")[:120]
    document = _document_from_text(doc_id, text, url, suffix, report)
    if document is not None:
        yield document


def _doc_id(path: Path, root: Path) -> str:
    relative = path.relative_to(root).with_suffix("")
    return relative.as_posix()
