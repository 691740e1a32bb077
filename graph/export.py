"""Exports of the actor network (GraphML, GEXF, node-link JSON) and of claims (CSV, event data CSV)."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .records import Article, Claim, Mention, Role
from .taxonomy import Relation, load_relations

SEPARATOR = " | "
"""Lists become one string joined with this separator in GraphML and GEXF."""

CLAIM_COLUMNS = (
    "article", "date", "source", "relation", "target", "quote", "start", "end",
    "source_type", "target_type", "negated", "hedged", "reported", "title", "path",
    "rule", "extractor", "version", "source_surface", "target_surface",
)  # fmt: skip

EVENT_COLUMNS = (
    "event_date", "source_actor", "source_type", "target_actor", "target_type", "relation",
    "cameo_code", "plover_category", "quad_class", "quad_class_label", "goldstein", "quote",
    "article", "title",
)  # fmt: skip

QUAD_CLASSES = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}
"""GDELT's QuadClass numbers for the taxonomy's quad class labels (others, like "neutral", have none)."""

# characters XML 1.0 cannot hold at all; article text may contain a few (decode allows some control chars)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _role(role: Role) -> str:
    span = f"{role.start.isoformat() if role.start else ''}–{role.end.isoformat() if role.end else ''}"
    return f"{role.title} of {role.of} ({span})" if span != "–" else f"{role.title} of {role.of}"


def _scalar(value: Any) -> str | int | float | bool | None:
    """One attribute value as a GraphML/GEXF scalar; None means "leave the attribute out".

    >>> _scalar(("Putin", "Vladimir Putin")), _scalar(date(2023, 11, 12)), _scalar(None)
    ('Putin | Vladimir Putin', '2023-11-12', None)
    """
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):  # XML parsers read a bare "\r" as "\n": write what will be read
        return _NOT_XML.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Role):
        return _role(value)
    if isinstance(value, Mention):
        return value.surface
    if isinstance(value, Claim):
        return _scalar(value.quote)
    if isinstance(value, Article):
        return value.id
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        parts = (_scalar(v) for v in value)
        return SEPARATOR.join(str(p).lower() if isinstance(p, bool) else str(p) for p in parts if p is not None)
    if isinstance(value, Mapping):
        return _scalar(json.dumps(value, default=_json_default, ensure_ascii=False, sort_keys=True))
    return _scalar(str(value))


def _first_claim(claims: list[Claim]) -> Claim:
    """The earliest claim (undated ones last), then by article and offset."""
    return min(claims, key=lambda c: (c.date is None, c.date or date.min, c.article, c.start))


def _flat_edge(data: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(data)
    claims = out.pop("claims", None)
    if claims is not None:
        claims = list(claims)
        out["claim_count"] = len(claims)
        if claims:
            first = _first_claim(claims)
            out["first_quote"] = first.quote
            out["first_quote_article"] = first.article
    return out


def _harmonise(rows: list[dict[str, Any]]) -> None:
    """Give each attribute one type across all rows (GraphML and GEXF declare one type per attribute)."""
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for k, v in row.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, ts in kinds.items():
        if len(ts) == 1:
            continue
        to = float if ts <= {int, float} else str
        for row in rows:
            if k in row:
                v = row[k]
                row[k] = to(v) if to is float else (str(v).lower() if isinstance(v, bool) else str(v))


def flatten(G: nx.MultiDiGraph, *, edge_ids: bool = False) -> nx.MultiDiGraph:
    """A copy of G whose node, edge and graph attributes are all scalars (str, int, float, bool):
    lists joined with " | ", dates ISO, None left out, an edge's claims reduced to `claim_count` and the
    earliest `first_quote`. Graph attributes that are mappings (articles, relations) are dropped.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("A", "B", key="called", relation="called", weight=1,
    ...            claims=[Claim("A", "called", "B", "a1", None, "A called B.", 0, 11)], first=None)
    'called'
    >>> e = flatten(G).edges["A", "B", "called"]
    >>> e["claim_count"], e["first_quote"], "first" in e
    (1, 'A called B.', False)
    """
    H = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
    H.graph.update({k: s for k, v in G.graph.items() if not isinstance(v, Mapping) and (s := _scalar(v)) is not None})
    nodes = [(n, {k: s for k, v in d.items() if (s := _scalar(v)) is not None}) for n, d in G.nodes(data=True)]
    edges = []
    for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        row = {k: s for k, val in _flat_edge(d).items() if (s := _scalar(val)) is not None}
        if edge_ids:
            row["key"] = str(key)
            row["id"] = f"e{i}"
        edges.append((u, v, key, row))
    _harmonise([d for _, d in nodes])
    _harmonise([d for *_, d in edges])
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return H


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell that starts with one of these as a formula (OWASP CSV injection)."""


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a string that would start a formula gets a leading apostrophe.

    >>> safe_cell("=1+2"), safe_cell("-3"), safe_cell("Putin met Netanyahu."), safe_cell(-3)
    ("'=1+2", "'-3", 'Putin met Netanyahu.', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(df):
    """A copy of a DataFrame with every text cell passed through `safe_cell` (for CSV downloads)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype.kind not in "biufcmM":  # text columns, whatever pandas calls their dtype
            out[col] = out[col].map(safe_cell)
    return out


@contextlib.contextmanager
def atomic_path(path: str | Path, mode: str = "w", **kw):
    """Write to a temporary file beside `path` and rename it over `path` only when writing succeeded: a full
    disk or an error leaves the old file as it was, never a truncated one."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, mode, **kw) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _to_path_or_buffer(write, path: str | Path | IO[bytes]) -> None:
    if hasattr(path, "write"):
        write(path)
    else:
        with atomic_path(path, "wb") as f:
            write(f)


def to_graphml(G: nx.MultiDiGraph, path: str | Path | IO[bytes]) -> None:
    """Write G as GraphML (yEd, Gephi, Cytoscape). Every edge gets a document-unique id (`e0`, `e1`, ...;
    Gephi and yEd drop edges whose ids repeat) and keeps its key in a `key` attribute; `read_graphml`
    restores the keys."""
    H = flatten(G, edge_ids=True)
    _to_path_or_buffer(lambda f: nx.write_graphml(H, f, edge_id_from_attribute="id"), path)


def read_gexf(path: str | Path | IO[bytes]) -> nx.MultiDiGraph:
    """Read a file written by `to_gexf` back as a MultiDiGraph keyed by relation (`nx.read_gexf` returns a
    DiGraph, keys lost, when no two edges join the same pair)."""
    R = nx.read_gexf(path)
    if R.is_multigraph():
        return R
    H = nx.MultiDiGraph()
    H.graph.update(R.graph)
    H.add_nodes_from(R.nodes(data=True))
    for u, v, d in R.edges(data=True):
        H.add_edge(u, v, key=d.get("relation", d.get("id")), **d)
    return H


def read_graphml(path: str | Path | IO[bytes]) -> nx.MultiDiGraph:
    """Read a file written by `to_graphml` back, edges keyed by relation again."""
    R = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    H = nx.MultiDiGraph() if R.is_directed() else nx.MultiGraph()
    H.graph.update(R.graph)
    H.add_nodes_from(R.nodes(data=True))
    for u, v, key, d in R.edges(keys=True, data=True):
        d = dict(d)
        d.pop("id", None)
        H.add_edge(u, v, key=d.pop("key", key), **d)
    return H


def _rgb(color: str) -> dict[str, int] | None:
    m = re.fullmatch(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})", color or "")
    return {"r": int(m[1], 16), "g": int(m[2], 16), "b": int(m[3], 16)} if m else None


def to_gexf(G: nx.MultiDiGraph, path: str | Path | IO[bytes], relations: Mapping[str, Relation] | None = None) -> None:
    """Write G as GEXF 1.2 for Gephi: scalar attributes (see `flatten`), edges labelled with the relation's
    label and coloured as in the taxonomy; `nx.read_gexf` gives back the relation keys."""
    relations = load_relations() if relations is None else relations
    H = flatten(G)
    for _, _, key, d in H.edges(keys=True, data=True):
        d.pop("type", None)  # GEXF reads an edge's "type" as directed/undirected
        rel = relations.get(d.get("relation", key))
        if rel is not None:
            d.setdefault("label", rel.label)
            if color := _rgb(rel.color):
                d["viz"] = {"color": {**color, "a": 1.0}}
    _to_path_or_buffer(lambda f: nx.write_gexf(H, f), path)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Claim):
        return value.to_json()
    if isinstance(value, Article):  # metadata only: the quotes carry the evidence
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if f.name != "text"}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(G: nx.MultiDiGraph, path: str | Path | None = None) -> str:
    """G as node-link JSON (`nx.node_link_graph(json.loads(text), edges="edges")` reads it back); claims
    are kept whole, dates are ISO strings, articles appear without their text. Also written to `path`.

    >>> G = nx.MultiDiGraph(); _ = G.add_edge("A", "B", key="met", relation="met", weight=1)
    >>> json.loads(to_json(G))["edges"]
    [{'relation': 'met', 'weight': 1, 'source': 'A', 'target': 'B', 'key': 'met'}]
    """
    text = json.dumps(nx.node_link_data(G, edges="edges"), default=_json_default, ensure_ascii=False, indent=1)
    if path is not None:
        with atomic_path(path, "w", encoding="utf-8") as f:
            f.write(text)
    return text


def _write_csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]], path_or_buffer: Any) -> str | None:
    def write(f: IO[str]) -> None:
        w = csv.DictWriter(f, fieldnames=columns)  # RFC 4180: \r\n rows, fields with \r or \n quoted
        w.writeheader()
        w.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)

    if path_or_buffer is None:
        buf = io.StringIO()
        write(buf)
        return buf.getvalue()
    if hasattr(path_or_buffer, "write"):
        write(path_or_buffer)
    else:
        with atomic_path(path_or_buffer, "w", encoding="utf-8", newline="") as f:
            write(f)
    return None


def claims_to_csv(claims: Iterable[Claim], path_or_buffer: str | Path | IO[str] | None = None) -> str | None:
    """One row per claim (article, date, source, relation, target, quote, start, end, flags, provenance).
    Returns the CSV text when no path or buffer is given, as pandas' `to_csv` does.

    >>> c = Claim("A", "met", "B", "a1", date(2024, 1, 2), "A met B.", 0, 8)
    >>> claims_to_csv([c]).splitlines()[1][:34]
    'a1,2024-01-02,A,met,B,A met B.,0,8'
    """
    rows = ({**{k: getattr(c, k) for k in CLAIM_COLUMNS}, "date": c.date.isoformat() if c.date else ""} for c in claims)
    return _write_csv(CLAIM_COLUMNS, rows, path_or_buffer)


def events_csv(
    claims: Iterable[Claim],
    relations: Mapping[str, Relation] | None = None,
    path_or_buffer: str | Path | IO[str] | None = None,
) -> str | None:
    """Claims as GDELT/PLOVER-style event rows: date, actors and types, CAMEO code, PLOVER category,
    quad class (GDELT's 1-4 and its label), Goldstein score, quote and article.

    Only asserted events are written: negated or hedged claims, and relations without a CAMEO code
    (`leads` is a role, not an event) or unknown to the taxonomy, give no row. CAMEO codes are strings
    ("041"); read them back as text to keep the leading zero.
    """
    relations = load_relations() if relations is None else relations

    def rows() -> Iterable[dict[str, Any]]:
        for c in claims:
            rel = relations.get(c.relation)
            if rel is None or not rel.cameo or c.negated or c.hedged:
                continue
            yield {
                "event_date": c.date.isoformat() if c.date else "",
                "source_actor": c.source,
                "source_type": c.source_type,
                "target_actor": c.target,
                "target_type": c.target_type,
                "relation": c.relation,
                "cameo_code": rel.cameo,
                "plover_category": rel.plover,
                "quad_class": QUAD_CLASSES.get(rel.quad_class, ""),
                "quad_class_label": rel.quad_class,
                "goldstein": "" if rel.goldstein is None else rel.goldstein,
                "quote": c.quote,
                "article": c.article,
                "title": c.title,
            }

    return _write_csv(EVENT_COLUMNS, rows(), path_or_buffer)
