"""Web pages: the article in saved HTML, and pages fetched from http(s) URLs.

>>> html_to_text("<html><title>T</title><script>x()</script><p>Hi <b>there</b>.</p></html>")
('T', 'Hi there.')
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

URL_TIMEOUT = 20.0
URL_MAX_BYTES = 20_000_000
HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


class FetchError(OSError):
    """A page that could not be fetched; the message says why."""


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page ("<!DOCTYPE html>", "<html>", ...)."""
    return HTML_START.match(text[:500]) is not None


def fetch(url: str) -> tuple[bytes, str]:
    """(body, content type) of ``url``, with a timeout and a size cap; FetchError otherwise."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "graphkit"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT) as response:
            data = response.read(URL_MAX_BYTES + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch ({getattr(exc, 'reason', exc)})") from None
    if len(data) > URL_MAX_BYTES:
        raise FetchError(f"larger than {URL_MAX_BYTES // 1_000_000} MB")
    return data, kind


class _TextOfHTML(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "blockquote", "header", "footer", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """(title, visible text) of an HTML page; scripts, styles and markup dropped.

    """
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()
    return " ".join(parser.title.split()), text


def page_content(markup: str) -> tuple[str, str, str]:
    """(title, date, main text) of a saved web page.

    trafilatura finds the article and drops menus, footers and comments; when it
    finds nothing, every visible text of the page is used instead.
    """
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        trafilatura = None
    if trafilatura is not None:
        # With formatting kept, inline elements (<b>, <a>) stay inside their sentence and
        # paragraphs are separated by blank lines; only the emphasis marks need removing.
        found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                            include_formatting=True)
        data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
        if data.get("text"):
            text = re.sub(r"(\*\*|__|`)", "", data["text"]).strip()
            return data.get("title") or "", data.get("date") or "", text
    title, text = html_to_text(markup)
    return title, "", text
