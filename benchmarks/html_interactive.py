"""How long a graph page takes to become interactive in headless Chromium.

Prints, for synthetic graphs of growing size, the seconds from navigation to
the layout having settled (physics switched off) and the page answering a
search.  Needs Debian's chromium and the playwright package:

    .venv/bin/python benchmarks/html_interactive.py
"""
from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from big_graph import synthetic_graph  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from graphkit.export.html import render_html  # noqa: E402

SIZES = [(100, 150), (500, 750), (2000, 3000)]


def main() -> None:
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu"])
        for nodes, edges in SIZES:
            path = Path(tmp) / f"g{nodes}.html"
            path.write_bytes(render_html(synthetic_graph(nodes, edges)))
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("() => window.graphkit && window.graphkit.stabilized",
                                   timeout=120_000)
            settled = time.perf_counter() - start
            page.fill("#search", f"Entity {nodes - 1}")
            page.press("#search", "Enter")
            answered = time.perf_counter() - start
            size_mb = path.stat().st_size / 1e6
            print(f"{nodes:5d} nodes {edges:5d} edges  page {size_mb:5.1f} MB  "
                  f"settled {settled:5.2f} s  search answered {answered:5.2f} s")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
