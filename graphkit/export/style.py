"""The visual language of every graph graphkit draws, defined once.

The HTML explorer and the GEXF export both read these tables, so a graph
looks the same in the browser and in Gephi.
"""
from __future__ import annotations

import math

from ..model import CATEGORIES

# Entity type -> (colour, vis-network shape).
TYPE_STYLE = {
    "PERSON": ("#4e79a7", "dot"),
    "ORG": ("#f28e2b", "square"),
    "PLACE": ("#59a14f", "triangle"),
}
UNKNOWN_TYPE_STYLE = ("#9c9c9c", "dot")

# Category polarity -> edge colour.
POLARITY_COLORS = {
    "cooperative": "#2e7d32",
    "neutral": "#6d6d6d",
    "conflictual": "#c62828",
    "structural": "#8e7cc3",
}


def node_color(entity_type: str) -> str:
    return TYPE_STYLE.get(entity_type, UNKNOWN_TYPE_STYLE)[0]


def node_shape(entity_type: str) -> str:
    return TYPE_STYLE.get(entity_type, UNKNOWN_TYPE_STYLE)[1]


def node_size(mentions: int, degree: int) -> float:
    """Node size grows with the logarithm of how much a node is talked about, capped.

    >>> node_size(0, 0), node_size(10, 2) < node_size(100, 20) <= 50
    (10.0, True)
    """
    return round(min(10 + 6 * math.log2(1 + max(mentions, 0) + degree), 50), 2)


def edge_color(category: str) -> str:
    return POLARITY_COLORS[CATEGORIES.get(category, "neutral")]


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)
