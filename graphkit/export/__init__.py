"""Writers for graphkit graphs: HTML (pyvis), GraphML/GEXF (Gephi), node-link JSON.

Every writer reads only the graph and writes its file atomically: the output
appears complete or not at all.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

FORMATS = ("html", "graphml", "json", "gexf", "csv")
DEFAULT_FORMATS = ("html", "graphml", "json")
FILENAMES = {"html": ("graph.html",), "graphml": ("graph.graphml",), "json": ("graph.json",),
             "gexf": ("graph.gexf",), "csv": ("nodes.csv", "edges.csv")}


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it.

    An interrupted or failing writer leaves ``path`` as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_outputs(graph, out_dir: Path, formats=DEFAULT_FORMATS) -> list[Path]:
    """Render every requested format in memory first, then write them all.

    Rendering can fail on a bad graph; writing happens only after every
    format rendered, so a failure never leaves a mix of old and new files.
    """
    from . import csvio, graphml, html, jsonio

    renderers = {"graph.html": html.render_html, "graph.graphml": graphml.render_graphml,
                 "graph.json": jsonio.render_json, "graph.gexf": graphml.render_gexf,
                 "nodes.csv": csvio.render_nodes_csv, "edges.csv": csvio.render_edges_csv}
    names = [name for fmt in formats for name in FILENAMES[fmt]]
    rendered = {name: renderers[name](graph) for name in names}
    written = []
    for name in names:
        target = Path(out_dir) / name
        data = rendered[name]
        atomic_write(target, lambda tmp, data=data: tmp.write_bytes(data))
        written.append(target)
    return written
