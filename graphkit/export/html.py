"""Interactive HTML explorer: pyvis network data in a self-contained page.

pyvis builds the vis-network nodes, edges and options; graphkit's own
template inlines vis-network's JavaScript and CSS (from the pyvis package),
so the page makes no network request when opened.  Document text reaches the
page only as JSON data and is put on screen with ``textContent``, never as
markup.
"""
from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from ..model import CATEGORIES
from . import style

_TEMPLATES = Path(__file__).parent / "templates"
_NEGATED_DASHES = [10, 6]
_HEDGED_DASHES = [3, 5]
MAX_EVIDENCE_IN_TOOLTIP = 5
BIG_GRAPH = 300


def _vis_asset(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")


def script_json(value) -> Markup:
    """JSON that is safe inside a <script> element, whatever the strings hold.

    >>> str(script_json({"a": "</script>"}))
    '{"a": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)


def inline_script(code: str) -> str:
    """JavaScript made safe to place inside a <script> element.

    "<script", "</script" and "<!--" inside string literals would change how
    the HTML parser reads the element; "\\x3c" means "<" in JS strings and
    regular expressions alike.
    """
    for sequence in ("<!--", "<script", "</script", "<SCRIPT", "</SCRIPT"):
        code = code.replace(sequence, "\\x3c" + sequence[1:])
    return code


def _add_node(net: Network, node_id: str, label: str, shape: str, **options) -> None:
    """Network.add_node without its per-call scan of every node id (quadratic on
    big graphs); networkx already guarantees that node ids are unique."""
    options = Node(node_id, shape, label=label, font_color=net.font_color, **options).options
    net.nodes.append(options)
    net.node_ids.append(node_id)
    net.node_map[node_id] = options


def _add_edge(net: Network, source: str, target: str, **options) -> None:
    """Network.add_edge without its per-call scan of every node; networkx already
    guarantees that both ends exist."""
    net.edges.append(Edge(source, target, net.directed, **options).options)


def _network(graph: nx.MultiDiGraph) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for node, attrs in sorted(graph.nodes(data=True)):
        etype = attrs.get("type", "")
        _add_node(
            net, node, label=attrs.get("label", node), shape=style.node_shape(etype),
            color=style.node_color(etype), size=style.node_size(attrs.get("mentions", 0),
                                                                graph.degree(node)),
            etype=etype, aliases=list(attrs.get("aliases", [])),
            mentions=attrs.get("mentions", 0), documents=len(attrs.get("documents", [])),
            degree=graph.degree(node),
        )
    seen_pairs: dict[tuple[str, str], int] = {}
    for index, (source, target, key, attrs) in enumerate(sorted(
            graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        negated, hedged = attrs.get("negated", False), attrs.get("hedged", False)
        # Edges between the same two nodes fan out instead of drawing on top of each other.
        pair = tuple(sorted((source, target)))
        rank = seen_pairs[pair] = seen_pairs.get(pair, -1) + 1
        curve = "curvedCW" if (rank % 2 == 0) == (source <= target) else "curvedCCW"
        smooth = {"enabled": True, "type": curve, "roundness": 0.12 + 0.18 * ((rank + 1) // 2)}
        relation = attrs.get("relation", str(key))
        evidence = attrs.get("evidence", [])
        _add_edge(
            net, source, target, id=f"e{index}", label=("not " if negated else "") + relation,
            color=style.edge_color(attrs.get("category", "")), arrows="to",
            dashes=_NEGATED_DASHES if negated else (_HEDGED_DASHES if hedged else False),
            width=1 + min(attrs.get("count", 1), 10) * 0.5, relation=relation,
            category=attrs.get("category", ""), negated=negated, hedged=hedged,
            count=attrs.get("count", 1), attributed=list(attrs.get("attributed_to", [])),
            evidence=[{"doc": e.get("title") or e.get("doc_id", ""), "sentence": e.get("sentence", "")}
                      for e in evidence[:MAX_EVIDENCE_IN_TOOLTIP]],
            more=max(len(evidence) - MAX_EVIDENCE_IN_TOOLTIP, 0),
            smooth=smooth,
        )
    net.set_options(json.dumps(_options(graph.number_of_nodes())))
    return net


def _options(node_count: int) -> dict:
    """vis-network options; big graphs get a cheaper layout so they settle in seconds."""
    big = node_count > BIG_GRAPH
    physics = {"solver": "barnesHut", "barnesHut": {"gravitationalConstant": -8000,
                                                    "springLength": 140, "damping": 0.4},
               "stabilization": {"iterations": 120 if big else 300, "updateInterval": 25}}
    return {
        "physics": physics,
        "layout": {"improvedLayout": not big},
        "edges": {"font": {"size": 10, "align": "middle"}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
        "nodes": {"font": {"size": 14}},
    }


def render_html(graph: nx.MultiDiGraph, built: str | None = None) -> bytes:
    """The graph as one self-contained HTML page (bytes)."""
    net = _network(graph)
    nodes, edges, _, _, _, options = net.get_network_data()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    template = env.get_template("graph.html")
    inputs = graph.graph.get("inputs", [])
    page = template.render(
        title=graph.graph.get("name") or "graphkit graph",
        inputs=inputs if isinstance(inputs, list) else [str(inputs)],
        node_count=graph.number_of_nodes(), edge_count=graph.number_of_edges(),
        documents=graph.graph.get("documents", 0), model=graph.graph.get("model", ""),
        built=built or _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        notes=graph.graph.get("notes", []),
        data=script_json({"nodes": nodes, "edges": edges}),
        options=script_json(json.loads(options) if isinstance(options, str) else options),
        vis_js=Markup(inline_script(_vis_asset("vis-network.min.js"))),
        vis_css=Markup(_vis_asset("vis-network.css")),
        types=[(t, c) for t, (c, _) in style.TYPE_STYLE.items()],
        polarities=list(style.POLARITY_COLORS.items()),
        categories=[(c, p, style.POLARITY_COLORS[p]) for c, p in CATEGORIES.items()],
    )
    return page.encode("utf-8")
