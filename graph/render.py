"""The graph page: pyvis builds the vis-network data, our template makes it an offline, sandbox-ready page."""

from __future__ import annotations

import hashlib
import html
import math
import os
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network

HERE = Path(__file__).resolve().parent
COMPONENT_DIR = HERE / "component"
ASSETS_DIR = HERE / "assets"

# shape and colour per actor type; size grows with degree
ACTOR_STYLE = {
    "person": ("dot", "#5b8ff9"),
    "state": ("square", "#f6bd16"),
    "organization": ("triangle", "#5ad8a6"),
    "group": ("diamond", "#e8684a"),
}
DEFAULT_STYLE = ("dot", "#9a9a9a")
EDGE_FALLBACK_COLOR = "#7f7f7f"
KEEP_STATIC_FILES = 200


@lru_cache(maxsize=1)
def _vis_js() -> str:
    js = (ASSETS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    if "</script" in js.lower():  # would end our inline <script> early
        raise ValueError("vis-network.min.js contains '</script'; cannot inline it")
    return js


def _options(n_nodes: int) -> dict:
    big = n_nodes > 600
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 16, "face": "sans-serif", "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "width": 1.5,
            "selectionWidth": 2.5,
            "hoverWidth": 1.5,
            "color": {"inherit": False},
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
        },
    }


def node_title(G: nx.MultiDiGraph, name: str) -> str:
    """Tooltip text for a node: name, type, degree. Plain text; no article text."""
    data = G.nodes[name]
    kind = data.get("type", "actor")
    extra = "" if data.get("in_dictionary", True) else ", not in the actor dictionary"
    deg = G.degree(name)
    return f"{name}\n{kind}{extra}\n{deg} relation{'s' if deg != 1 else ''}"


def edge_title(u: str, v: str, label: str, symmetric: bool, weight: int) -> str:
    """Tooltip text for an edge: who, relation, how many supporting quotes. Plain text."""
    arrow = "—" if symmetric else "→"
    return f"{u} {arrow} {label} {arrow} {v}\n{weight} supporting quote{'s' if weight != 1 else ''}"


def build_network(G: nx.MultiDiGraph, positions: Mapping[str, tuple[float, float]]) -> Network:
    """A pyvis Network with fixed positions, physics off, plain-text titles and safe ids.

    Node ids are the `vid` hashes from graph.network; labels are the canonical actor names.
    """
    rels = G.graph.get("relations", {})
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for name, data in G.nodes(data=True):
        shape, color = ACTOR_STYLE.get(data.get("type"), DEFAULT_STYLE)
        x, y = positions.get(name, (0.0, 0.0))
        node = {
            "label": name,
            "shape": shape,
            "color": color,
            "title": node_title(G, name),
            "x": x,
            "y": y,
            "size": round(9 + 4 * math.sqrt(G.degree(name)), 1),
            "physics": False,
        }
        if not data.get("in_dictionary", True):
            node["shapeProperties"] = {"borderDashes": [4, 3]}
            node["borderWidth"] = 2
        net.add_node(data["vid"], **node)
    pair_count: dict[frozenset, int] = defaultdict(int)
    for u, v, k, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        rel = rels.get(k)
        symmetric = bool(data.get("symmetric"))
        pair = frozenset((u, v))
        nth = pair_count[pair]
        pair_count[pair] += 1
        edge = {
            "id": data["vid"],
            "color": rel.color if rel and rel.color else EDGE_FALLBACK_COLOR,
            "title": edge_title(u, v, rel.label if rel else k, symmetric, data["weight"]),
            "width": round(1.2 + 0.6 * min(data["weight"], 10), 1),
            "arrows": {"to": {"enabled": not symmetric}},
        }
        if nth:  # parallel edges curve apart, each a little more than the last
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        net.add_edge(G.nodes[u]["vid"], G.nodes[v]["vid"], **edge)
    net.options = _options(G.number_of_nodes())
    return net


def graph_html(G: nx.MultiDiGraph, positions: Mapping[str, tuple[float, float]]) -> str:
    """The whole graph page as one self-contained HTML string: vis-network inline, no CDN, no links,
    a CSP that forbids every request, and no article text (names, relation labels and counts only).
    Clicks are posted to the parent window as {source: "actornet-graph", kind: "node"|"edge", id}.
    """
    net = build_network(G, positions)
    env = Environment(loader=FileSystemLoader(str(COMPONENT_DIR)), autoescape=False)
    env.globals["vis_js"] = _vis_js()
    net.templateEnv = env
    net.path = "graph.html"
    return net.generate_html(name="graph.html")


def write_static(page: str, static_dir: str | Path, prefix: str = "graph") -> str:
    """Write `page` as static_dir/<prefix>-<hash>.html (content-addressed) and return the file name.

    The folder gets a `.gitignore` of its own, and only the newest KEEP_STATIC_FILES pages are kept.
    """
    folder = Path(static_dir)
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# generated graph pages\n*\n", encoding="utf-8")
    digest = hashlib.sha256(page.encode("utf-8")).hexdigest()[:20]
    name = f"{prefix}-{digest}.html"
    target = folder / name
    if target.exists():
        os.utime(target)
    else:
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(target)
        _prune(folder, prefix)
    return name


def _prune(folder: Path, prefix: str) -> None:
    pages = sorted(folder.glob(f"{prefix}-*.html"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in pages[KEEP_STATIC_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass


def legend_html(G: nx.MultiDiGraph) -> str:
    """An HTML legend of the relations and actor types present; every text is escaped."""
    rels = G.graph.get("relations", {})
    present = {k for *_, k in G.edges(keys=True)}
    items = []
    for rid, rel in rels.items():
        if rid not in present:
            continue
        mark = "—" if rel.symmetric else "→"
        items.append(
            f'<span style="white-space:nowrap;margin-right:1em"><span style="display:inline-block;width:1.6em;'
            f'height:4px;vertical-align:middle;background:{html.escape(rel.color)}"></span> '
            f"{html.escape(mark)} {html.escape(rel.label)}</span>"
        )
    types = sorted({d.get("type") for _, d in G.nodes(data=True)} - {None})
    shapes = {"dot": "●", "square": "■", "triangle": "▲", "diamond": "◆"}
    for t in types:
        shape, color = ACTOR_STYLE.get(t, DEFAULT_STYLE)
        items.append(
            f'<span style="white-space:nowrap;margin-right:1em"><span style="color:{html.escape(color)}">'
            f"{shapes.get(shape, '●')}</span> {html.escape(t)}</span>"
        )
    return '<div style="font-size:0.85rem;line-height:1.8">' + "".join(items) + "</div>"
