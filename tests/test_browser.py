"""The HTML explorer in a real browser: Debian's Chromium driven by Playwright.

Every request that is not the page's own file is blocked and recorded.  On a
developer machine without /usr/bin/chromium these tests are skipped; in CI
(CI=true) a missing browser is a failure, because .ci/run installs it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from graphkit.export import html
from graphkit.graph import merge_extractions
from graphkit.model import Document, Entity, Evidence, Extraction, Relation
from graphkit.pipeline import build_graph

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
EVIL = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("CI needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)",
                    pytrace=False)
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        yield browser
        browser.close()


class Page:
    """An opened graph page with its console errors and blocked requests."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.graphkit && window.graphkit.stabilized",
                                    timeout=60_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)


@pytest.fixture(scope="module")
def seed_graph():
    return build_graph([str(SEED)])


@pytest.fixture(scope="module")
def seed_page(browser, seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "graph.html"
    path.write_bytes(html.render_html(seed_graph))
    page = Page(browser, path)
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    return page


def test_seed_page_loads_without_errors_or_network(seed_page):
    assert seed_page.errors == []
    assert seed_page.requests == []


def test_page_shows_every_node_and_edge(seed_page, seed_graph):
    counts = seed_page.js("[graphkit.nodeView.length, graphkit.edgeView.length]")
    assert counts == [seed_graph.number_of_nodes(), seed_graph.number_of_edges()]


def test_type_filter_hides_nodes(seed_page, seed_graph):
    people = sum(1 for _, t in seed_graph.nodes(data="type") if t == "PERSON")
    seed_page.page.uncheck(".type-filter[value=PERSON]")
    try:
        assert seed_page.js("graphkit.nodeView.length") == seed_graph.number_of_nodes() - people
    finally:
        seed_page.page.check(".type-filter[value=PERSON]")
    assert seed_page.js("graphkit.nodeView.length") == seed_graph.number_of_nodes()


def test_category_filter_and_structural_toggle_hide_edges(seed_page, seed_graph):
    structural = sum(1 for *_, c in seed_graph.edges(data="category")
                     if c in ("affiliation", "location", "related"))
    seed_page.page.check("#hide-structural")
    try:
        assert seed_page.js("graphkit.edgeView.length") == seed_graph.number_of_edges() - structural
    finally:
        seed_page.page.uncheck("#hide-structural")
    seed_page.page.uncheck(".category-filter[value=accuse]")
    accusations = sum(1 for *_, c in seed_graph.edges(data="category") if c == "accuse")
    try:
        assert seed_page.js("graphkit.edgeView.length") == seed_graph.number_of_edges() - accusations
    finally:
        seed_page.page.check(".category-filter[value=accuse]")


def test_hide_unconnected_entities(seed_page, seed_graph):
    isolated = sum(1 for n in seed_graph if seed_graph.degree(n) == 0)
    seed_page.page.check("#hide-isolated")
    try:
        assert seed_page.js("graphkit.nodeView.length") == seed_graph.number_of_nodes() - isolated
    finally:
        seed_page.page.uncheck("#hide-isolated")


def test_minimum_weight_hides_thin_edges(seed_page, seed_graph):
    heavy = sum(1 for *_, c in seed_graph.edges(data="count") if c >= 2)
    seed_page.page.fill("#min-weight", "2")
    seed_page.page.dispatch_event("#min-weight", "change")
    try:
        assert seed_page.js("graphkit.edgeView.length") == heavy
    finally:
        seed_page.page.fill("#min-weight", "1")
        seed_page.page.dispatch_event("#min-weight", "change")
    assert seed_page.js("graphkit.edgeView.length") == seed_graph.number_of_edges()


def test_physics_toggle(seed_page):
    assert seed_page.js("graphkit.network.physics.options.enabled") is False
    seed_page.page.check("#physics")
    assert seed_page.js("graphkit.network.physics.options.enabled") is True
    seed_page.page.uncheck("#physics")
    assert seed_page.js("graphkit.network.physics.options.enabled") is False


def test_search_focuses_the_entity(seed_page):
    seed_page.page.fill("#search", "Maduro")
    seed_page.page.press("#search", "Enter")
    assert seed_page.js("graphkit.focused") == "nicolas-maduro"
    assert seed_page.js("graphkit.network.getSelectedNodes()") == ["nicolas-maduro"]


def test_layout_stops_moving_after_stabilising(seed_page):
    before = seed_page.js("JSON.stringify(graphkit.network.getPositions())")
    seed_page.page.wait_for_timeout(500)
    assert seed_page.js("JSON.stringify(graphkit.network.getPositions())") == before


def test_adversarial_text_stays_text(browser, tmp_path):
    doc = Document(id="evil", text="...", title=EVIL)
    entities = (Entity("a", f"A{EVIL}", "PERSON", (EVIL,), 1, ("evil",)),
                Entity("b", "B", "PLACE", (), 1, ("evil",)))
    relations = (Relation("a", "b", "attacks", "attack", Evidence("evil", f"A attacks B {EVIL}",
                                                                  title=EVIL)),)
    graph = merge_extractions([Extraction(doc, entities, relations)], name=EVIL, inputs=[EVIL])
    path = tmp_path / "graph.html"
    path.write_bytes(html.render_html(graph))
    page = Page(browser, path)
    position = page.js("(() => { const p = graphkit.network.getPositions(['a']).a;"
                       " return graphkit.network.canvasToDOM(p); })()")
    page.page.mouse.move(position["x"] + 270, position["y"] + 60)  # the graph sits right of the panel
    page.page.wait_for_timeout(600)
    assert page.js("window.__xss") is None
    assert page.js("document.querySelectorAll('img').length") == 0
    assert EVIL in page.js("document.querySelector('h1').textContent")
    assert page.errors == [] and page.requests == []


def test_two_thousand_nodes_settle_and_respond(browser, tmp_path):
    from big_graph import synthetic_graph

    graph = synthetic_graph(2000, 3000)
    path = tmp_path / "big.html"
    path.write_bytes(html.render_html(graph))
    page = Page(browser, path)
    assert page.js("graphkit.nodeView.length") == 2000
    page.page.fill("#search", "Entity 1999")
    page.page.press("#search", "Enter")
    assert page.js("graphkit.focused") == "n1999"
    assert page.errors == []
