"""The graph page: pyvis builds the vis-network data; one static, offline, sandbox-ready page draws it."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import networkx as nx
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
            "smooth": False,  # stated on every edge: the page updates edges in place, so nothing may linger
        }
        if nth:  # parallel edges curve apart, each a little more than the last
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        net.add_edge(G.nodes[u]["vid"], G.nodes[v]["vid"], **edge)
    net.options = _options(G.number_of_nodes())
    return net


def graph_data(G: nx.MultiDiGraph, positions: Mapping[str, tuple[float, float]],
               legend: Mapping[str, bool] | None = None) -> dict:
    """What the graph page draws, as JSON-ready data: vis-network nodes, edges and options, the legend and the
    actor types. Names, relation labels and counts only, never article text.

    `legend` maps the relation ids to list to whether each is switched on (default: the relations of `G`, all
    on), so a relation the user switched off stays in the legend, ready to be switched back on.
    """
    net = build_network(G, positions)
    rels = G.graph.get("relations", {})
    if legend is None:
        legend = dict.fromkeys({k for *_, k in G.edges(keys=True)}, True)
    items = [
        {"id": rid, "label": rel.label, "color": rel.color or EDGE_FALLBACK_COLOR, "symmetric": bool(rel.symmetric),
         "on": bool(legend[rid])}
        for rid, rel in rels.items() if rid in legend
    ]  # fmt: skip
    types = sorted({d.get("type") for _, d in G.nodes(data=True)} - {None})
    kinds = [{"type": t, "shape": ACTOR_STYLE.get(t, DEFAULT_STYLE)[0], "color": ACTOR_STYLE.get(t, DEFAULT_STYLE)[1]}
             for t in types]  # fmt: skip
    return {"nodes": net.nodes, "edges": net.edges, "options": net.options, "legend": items, "types": kinds}


def graph_json(data: dict) -> str:
    """`data` as compact JSON that is safe anywhere: no '<', '>', '&' or line separators appear literally."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def install_page(static_dir: str | Path) -> str:
    """Put the graph page in `static_dir` and return its file name: the page shell, the vis-network library
    and the page's script, each named by a hash of its content (so a browser may cache them for good).

    The shell's content security policy runs exactly those two scripts (by hash, checked by the browser's
    subresource integrity) and allows no request of any other kind; the page gets its data by postMessage.
    """
    folder = Path(static_dir)
    vis = (ASSETS_DIR / "vis-network.min.js").read_bytes()
    page_js = (COMPONENT_DIR / "graph.js").read_bytes()
    names = {}
    for key, prefix, body in (("vis", "vis-network", vis), ("js", "graph-page", page_js)):
        names[key] = _write_once(folder, f"{prefix}-{hashlib.sha256(body).hexdigest()[:16]}.js", body)
    shell = (COMPONENT_DIR / "graph.html").read_text(encoding="utf-8")
    for key, value in (("VIS_SRC", names["vis"]), ("VIS_SRI", _sri(vis)), ("PAGE_SRC", names["js"]),
                       ("PAGE_SRI", _sri(page_js))):
        shell = shell.replace("{{ " + key + " }}", value)
    body = shell.encode("utf-8")
    return _write_once(folder, f"graph-shell-{hashlib.sha256(body).hexdigest()[:16]}.html", body)


def _write_once(folder: Path, name: str, body: bytes) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    _ignore(folder)
    target = folder / name
    if not target.exists() or target.stat().st_size != len(body):
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(body)
        tmp.replace(target)
    return name


def _ignore(folder: Path) -> None:
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# generated graph pages and data\n*\n", encoding="utf-8")


def write_static(text: str, static_dir: str | Path) -> str:
    """Write `text` as static_dir/graph-<hash>.json (content-addressed) and return the file name.

    The folder gets a `.gitignore` of its own, and only the newest KEEP_STATIC_FILES such files are kept.
    """
    folder = Path(static_dir)
    body = text.encode("utf-8")
    name = f"graph-{hashlib.sha256(body).hexdigest()[:20]}.json"
    if (folder / name).exists():
        os.utime(folder / name)  # newest again: pruning keeps it
        return name
    _write_once(folder, name, body)
    _prune(folder)
    return name


def _prune(folder: Path) -> None:
    pages = sorted(folder.glob("graph-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    pages = [p for p in pages if len(p.name) == len("graph-.json") + 20]  # ours: graph-<20 hex>.json
    for old in pages[KEEP_STATIC_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass
