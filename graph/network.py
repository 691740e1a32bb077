"""The actor network: a MultiDiGraph built from claims, its filters, its cached layout and its tables."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import networkx as nx
import numpy as np
import pandas as pd

from .actors import Dictionary, load_dictionary
from .records import Actor, Article, Claim, Mention
from .taxonomy import Relation, load_relations

EDGE_COLUMNS = (
    "source", "relation", "target", "date", "article", "title", "quote",
    "reported", "rule", "extractor", "version",
)  # fmt: skip
RELATION_COLUMNS = ("source", "relation", "target", "quotes", "articles", "first", "last")


def node_id(name: str) -> str:
    """A short, stable, HTML-safe id for an actor name (vis-network node id).

    >>> node_id("Vladimir Putin") == node_id("Vladimir Putin"), node_id("x").startswith("n")
    (True, True)
    """
    return "n" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def edge_id(source: str, relation: str, target: str, symmetric: bool = False) -> str:
    """A short, stable id for the edge `source -relation-> target`; a symmetric edge has one id both ways.

    >>> edge_id("A", "called", "B", True) == edge_id("B", "called", "A", True)
    True
    """
    if symmetric:
        source, target = sorted((source, target))
    return "e" + hashlib.sha1(f"{source}\x00{relation}\x00{target}".encode()).hexdigest()[:12]


def _relations(relations: Mapping[str, Relation] | None) -> Mapping[str, Relation]:
    return load_relations() if relations is None else relations


def is_asserted(claim: Claim) -> bool:
    """A negated claim is evidence of talk, not of an edge; a hedged one ("reportedly") still is an
    edge, shown with its caveat."""
    return not claim.negated


def build_graph(
    claims: Iterable[Claim],
    actors: Mapping[str, Actor] | None = None,
    mentions: Mapping[str, Iterable[Mention]] | None = None,
    articles: Iterable[Article] = (),
    relations: Mapping[str, Relation] | None = None,
) -> nx.MultiDiGraph:
    """The network: one node per actor, one edge per (source, relation, target), keyed by relation id.

    Symmetric relations (called, met, ...) fold A->B and B->A into one edge. Negated claims give no
    edge; hedged ones ("reportedly") do, flagged in the quote panel. `G.graph["articles"]` maps article
    id to Article for titles, dates and excerpts.

    >>> c = Claim("A", "called", "B", "a1", None, "A called B.", 0, 11)
    >>> G = build_graph([c, Claim("B", "called", "A", "a1", None, "B called A.", 12, 23)])
    >>> list(G.edges(keys=True)), G.edges["A", "B", "called"]["weight"]
    ([('A', 'B', 'called')], 2)
    """
    relations = _relations(relations)
    actors = actors or {}
    claims = list(claims)
    mentions = mentions or {}
    G = nx.MultiDiGraph()
    G.graph["articles"] = {a.id: a for a in articles}
    G.graph["relations"] = dict(relations)
    claim_types: dict[str, str] = {}
    for c in claims:
        claim_types.setdefault(c.source, c.source_type)
        claim_types.setdefault(c.target, c.target_type)

    def add_node(name: str) -> None:
        if name in G:
            return
        actor = actors.get(name)
        G.add_node(
            name,
            vid=node_id(name),
            type=actor.type if actor else claim_types.get(name, "organization"),
            aliases=tuple(actor.aliases) if actor else (),
            roles=tuple(actor.roles) if actor else (),
            in_dictionary=actor.in_dictionary if actor else False,
            mentions=0,
            surfaces=set(),
            articles=set(),
        )

    for article_id, ms in (mentions or {}).items():
        for m in ms:
            add_node(m.actor)
            node = G.nodes[m.actor]
            node["mentions"] += 1
            if m.how not in ("pronoun", "group"):  # "he", "they" name nobody
                node["surfaces"].add(m.surface)
            node["articles"].add(article_id)

    for c in claims:
        if not is_asserted(c) or c.source == c.target:
            continue
        add_node(c.source)
        add_node(c.target)
        rel = relations.get(c.relation)
        symmetric = bool(rel and rel.symmetric)
        u, v = c.source, c.target
        if symmetric and not G.has_edge(u, v, c.relation) and G.has_edge(v, u, c.relation):
            u, v = v, u
        if not G.has_edge(u, v, c.relation):
            G.add_edge(
                u,
                v,
                key=c.relation,
                relation=c.relation,
                symmetric=symmetric,
                vid=edge_id(u, c.relation, v, symmetric),
                claims=[],
            )
        G.edges[u, v, c.relation]["claims"].append(c)
        for name in (c.source, c.target):
            G.nodes[name]["articles"].add(c.article)
    for _, _, data in G.edges(data=True):
        _summarise(data)
    return G


def _summarise(data: dict) -> None:
    claims = data["claims"]
    days = sorted(c.date for c in claims if c.date is not None)
    data["weight"] = len(claims)
    data["articles"] = tuple(sorted({c.article for c in claims}))
    data["first"] = days[0] if days else None
    data["last"] = days[-1] if days else None


def corpus_graph(
    corpus, dictionary: Dictionary | None = None, relations: Mapping[str, Relation] | None = None
) -> nx.MultiDiGraph:
    """`build_graph` over a pipeline Corpus; actors it does not carry are looked up in the dictionary."""
    dictionary = dictionary or load_dictionary()
    names = {c.source for c in corpus.claims} | {c.target for c in corpus.claims}
    names |= {m.actor for ms in corpus.mentions.values() for m in ms}
    actors = {n: a for n in sorted(names) if (a := corpus.actors.get(n) or dictionary.get(n)) is not None}
    return build_graph(corpus.claims, actors, corpus.mentions, corpus.articles, relations)


@dataclass(frozen=True)
class Filters:
    """What the dashboard shows. None means "no restriction"."""

    relations: frozenset[str] | None = None
    actor_types: frozenset[str] | None = None
    articles: frozenset[str] | None = None
    start: date | None = None
    end: date | None = None
    focus: str | None = None
    hops: int = 1
    hide_isolates: bool = False
    review: frozenset[str] | None = None  # review statuses shown; the dashboard hides "rejected"


def review_status(c: Claim) -> str:
    """ "unreviewed", "accepted" or "rejected" (claims read from files are unreviewed)."""
    return c.extra.get("review_status", "unreviewed") if c.extra else "unreviewed"


def _claim_in(c: Claim, f: Filters) -> bool:
    if f.review is not None and review_status(c) not in f.review:
        return False
    if f.articles is not None and c.article not in f.articles:
        return False
    if f.start is not None or f.end is not None:
        if c.date is None:
            return False
        if f.start is not None and c.date < f.start:
            return False
        if f.end is not None and c.date > f.end:
            return False
    return True


def _article_in(G: nx.MultiDiGraph, article_id: str, f: Filters) -> bool:
    if f.articles is not None and article_id not in f.articles:
        return False
    if f.start is None and f.end is None:
        return True
    art = G.graph.get("articles", {}).get(article_id)
    day = art.date if art else None
    if day is None:
        return False
    return (f.start is None or f.start <= day) and (f.end is None or day <= f.end)


def filter_graph(G: nx.MultiDiGraph, f: Filters = Filters()) -> nx.MultiDiGraph:
    """A new graph with only what `f` lets through; edge weights and dates are recounted.

    Articles and dates filter the claims (and drop actors not seen in those articles); then relation
    types, actor types, the focus actor's `hops` neighbourhood (ignoring direction), and isolates.

    >>> G = build_graph([Claim("A", "called", "B", "a1", None, "A called B.", 0, 11)])
    >>> list(filter_graph(G, Filters(relations=frozenset({"met"}), hide_isolates=True)))
    []
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    by_article = f.articles is not None or f.start is not None or f.end is not None
    by_claim = by_article or f.review is not None
    for n, data in G.nodes(data=True):
        if f.actor_types is not None and data["type"] not in f.actor_types:
            continue
        if by_article and not any(_article_in(G, a, f) for a in data["articles"]):
            continue
        H.add_node(n, **data)
    for u, v, k, data in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        if f.relations is not None and k not in f.relations:
            continue
        claims = [c for c in data["claims"] if _claim_in(c, f)] if by_claim else list(data["claims"])
        if not claims:
            continue
        new = {**data, "claims": claims}
        _summarise(new)
        H.add_edge(u, v, key=k, **new)
    if f.focus is not None:
        if f.focus not in H:
            return nx.MultiDiGraph(**H.graph)
        near = nx.single_source_shortest_path_length(H.to_undirected(as_view=True), f.focus, cutoff=f.hops)
        H = H.subgraph(near).copy()
    if f.hide_isolates:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def layout(G: nx.MultiDiGraph, seed: int = 7, unit: float = 70.0) -> dict[str, tuple[float, float]]:
    """Node positions in canvas pixels, deterministic for a given graph and seed.

    Each connected component is laid out on its own (networkx's spring layout; above 400 nodes a
    sampled Fruchterman-Reingold in numpy, since networkx's fast path needs scipy) and the components
    are packed in rows, largest first, so isolated actors do not push the network into a corner.

    >>> pos = layout(build_graph([Claim("A", "met", "B", "a", None, "A met B.", 0, 8)]))
    >>> sorted(pos), all(isinstance(x, float) for x, _ in pos.values())
    (['A', 'B'], True)
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(G))
    simple.add_edges_from(sorted((u, v) for u, v in G.edges() if u != v))
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    blocks = []
    for comp in comps:
        radius = unit * (math.sqrt(len(comp)) * 1.1 if len(comp) > 1 else 0.5)
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        elif len(comp) <= 400:
            sub = nx.Graph()
            sub.add_nodes_from(comp)
            sub.add_edges_from(simple.subgraph(comp).edges())
            raw = nx.spring_layout(sub, seed=seed, k=2.5 / math.sqrt(len(comp)), iterations=100)
            xy = np.array([raw[n] for n in comp], dtype=float)
        else:
            xy = _sampled_fr(comp, simple.subgraph(comp), seed)
        xy = xy - np.median(xy, axis=0)
        span = float(np.percentile(np.abs(xy), 90)) if len(comp) > 10 else float(np.abs(xy).max())
        if span > 0:
            xy = xy / span * radius
            dist = np.maximum(np.linalg.norm(xy, axis=1), 1e-9)
            xy *= np.minimum(1.0, radius * 1.15 / dist)[:, None]  # pull stragglers into the cell
        if 1 < len(comp) <= 400:
            xy = _spread(xy, unit * 1.4)
            radius = max(radius, float(np.abs(xy).max()))
        blocks.append((comp, xy, radius))
    total = sum((2 * r + unit) ** 2 for *_, r in blocks)
    width = max((2 * r + unit for *_, r in blocks), default=0.0)
    width = max(width, math.sqrt(total) * 1.3)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for comp, xy, r in blocks:
        cell = 2 * r + unit
        if x > 0 and x + cell > width:
            x, y, row = 0.0, y + row, 0.0
        cx, cy = x + cell / 2, y + cell / 2
        for n, (px, py) in zip(comp, xy, strict=True):
            pos[n] = (round(float(cx + px), 1), round(float(cy + py), 1))
        x += cell
        row = max(row, cell)
    return pos


def _spread(xy: np.ndarray, gap: float, rounds: int = 60) -> np.ndarray:
    """Push apart nodes closer than `gap` (half the shortfall each, a few rounds), so that hubs packed in the
    middle of a spring layout leave room for their labels; deterministic, O(n^2) per round for n <= 400."""
    xy = xy.copy()
    for _ in range(rounds):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((diff**2).sum(-1))
        np.fill_diagonal(dist, 2 * gap)  # a node does not push itself
        short = dist < gap
        if not short.any():
            break
        dist = np.where(dist == 0, 1e-6, dist)
        push = np.where(short, (gap - dist) / 2 / dist, 0.0)
        xy += (diff * push[:, :, None]).sum(axis=1)
    return xy


def _sampled_fr(nodes: list[str], simple: nx.Graph, seed: int, iterations: int = 80, sample: int = 160):
    """Fruchterman-Reingold with repulsion estimated from a random sample of nodes each step."""
    rng = np.random.default_rng(seed)
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    pos = rng.random((n, 2))
    edges = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=int).reshape(-1, 2)
    k = math.sqrt(1.0 / n)
    t = 0.1
    for _ in range(iterations):
        pick = rng.choice(n, size=min(sample, n), replace=False)
        dx = pos[:, 0:1] - pos[pick, 0][None, :]
        dy = pos[:, 1:2] - pos[pick, 1][None, :]
        w = (k * k) / np.maximum(dx * dx + dy * dy, 1e-4)
        disp = np.stack(((dx * w).sum(axis=1), (dy * w).sum(axis=1)), axis=1) * (n / len(pick))
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dl = np.maximum(np.linalg.norm(d, axis=1), 0.01)
            f = d * (dl / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(edges[:, 1], f[:, axis], n) - np.bincount(edges[:, 0], f[:, axis], n)
        disp -= pos - pos.mean(axis=0)  # mild gravity keeps components together
        length = np.maximum(np.linalg.norm(disp, axis=1), 0.01)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t *= 0.96
    return pos


def node_at(G: nx.MultiDiGraph, vid: str) -> str | None:
    """The actor whose vis id is `vid`, or None."""
    for n, v in G.nodes(data="vid"):
        if v == vid:
            return n
    return None


def edge_at(G: nx.MultiDiGraph, vid: str) -> tuple[str, str, str] | None:
    """The (source, target, relation) of the edge whose vis id is `vid`, or None."""
    for u, v, k, e in G.edges(keys=True, data="vid"):
        if e == vid:
            return (u, v, k)
    return None


def relations_table(G: nx.MultiDiGraph, actor: str | None = None) -> pd.DataFrame:
    """One row per edge (touching `actor` if given): source, relation label, target, quotes, dates."""
    rels = G.graph.get("relations", {})
    rows = []
    edges = (
        list(G.out_edges(actor, keys=True, data=True)) + list(G.in_edges(actor, keys=True, data=True))
        if actor is not None and actor in G
        else ([] if actor is not None else G.edges(keys=True, data=True))
    )
    for u, v, k, d in edges:
        rows.append(
            {
                "source": u,
                "relation": rels[k].label if k in rels else k,
                "target": v,
                "quotes": d["weight"],
                "articles": len(d["articles"]),
                "first": d["first"],
                "last": d["last"],
            }
        )
    return pd.DataFrame(rows, columns=list(RELATION_COLUMNS))


def claims_of(G: nx.MultiDiGraph, actor: str | None = None, edge: tuple[str, str, str] | None = None) -> list[Claim]:
    """The claims behind one edge, or behind every edge touching `actor`, ordered by date and article."""
    if edge is not None:
        u, v, k = edge
        claims = list(G.edges[u, v, k]["claims"]) if G.has_edge(u, v, k) else []
    elif actor is not None and actor in G:
        claims = [c for *_, cs in G.out_edges(actor, keys=True, data="claims") for c in cs]
        claims += [c for *_, cs in G.in_edges(actor, keys=True, data="claims") for c in cs]
    else:
        claims = []
    seen: set[tuple] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.date or date.min, c.article, c.start, c.relation)):
        key = (c.source, c.relation, c.target, c.article, c.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def edges_table(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Every supporting quote of every edge, one row per claim (the Edges tab and its CSV)."""
    arts = G.graph.get("articles", {})
    rels = G.graph.get("relations", {})
    rows = []
    for u, v, k, cs in G.edges(keys=True, data="claims"):
        for c in cs:
            art = arts.get(c.article)
            rows.append(
                {
                    "source": u,
                    "relation": rels[k].label if k in rels else k,
                    "target": v,
                    "date": c.date,
                    "article": c.article,
                    "title": art.title if art else c.title,
                    "quote": c.quote,
                    "reported": c.reported,
                    "rule": c.rule,
                    "extractor": c.extractor,
                    "version": c.version,
                }
            )
    df = pd.DataFrame(rows, columns=list(EDGE_COLUMNS))
    return df.sort_values(["source", "relation", "target", "article"], kind="stable").reset_index(drop=True)


def excerpt(article: Article, claim: Claim, context: int = 240) -> tuple[str, str, str]:
    """(before, quote, after): the quote with up to `context` characters either side, cut at spaces."""
    text = article.text
    lo = max(article.body_start, claim.start - context)
    hi = min(len(text), claim.end + context)
    before, after = text[lo : claim.start], text[claim.end : hi]
    if lo > article.body_start and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if hi < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return before, text[claim.start : claim.end], after


def segments(article: Article, mentions: Iterable[Mention], claims: Iterable[Claim]) -> list[tuple[str, str | None]]:
    """The article body cut into (text, kind) runs, kind None, "mention" or "evidence" (a quote);
    a mention inside a quote counts as a mention. Joining the texts gives back the body.

    >>> a = Article("a", "a.txt", "t", None, "", "", "Putin called. Then rain.", 0)
    >>> segments(a, [Mention("Vladimir Putin", 0, 5, "Putin", "alias")],
    ...          [Claim("Vladimir Putin", "called", "X", "a", None, "Putin called.", 0, 13)])
    [('Putin', 'mention'), (' called.', 'evidence'), (' Then rain.', None)]
    """
    start, text = article.body_start, article.text
    kind = [None] * (len(text) - start)
    for c in claims:
        for i in range(max(c.start, start), min(c.end, len(text))):
            kind[i - start] = "evidence"
    for m in mentions:
        for i in range(max(m.start, start), min(m.end, len(text))):
            kind[i - start] = "mention"
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(kind):
        j = i
        while j < len(kind) and kind[j] == kind[i]:
            j += 1
        out.append((text[start + i : start + j], kind[i]))
        i = j
    return out


def timeline(G: nx.MultiDiGraph, claims: Iterable[Claim]) -> pd.DataFrame:
    """Claims per month (rows "YYYY-MM", oldest first) and relation (columns, taxonomy labels); undated
    claims are left out.

    >>> c = Claim("A", "met", "B", "a1", date(2024, 1, 2), "A met B.", 0, 8)
    >>> timeline(build_graph([c]), [c]).to_dict()
    {'met': {'2024-01': 1}}
    """
    rels = G.graph.get("relations", {})
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for c in claims:
        if c.date is not None:
            counts[(c.date.strftime("%Y-%m"), rels[c.relation].label if c.relation in rels else c.relation)] += 1
    if not counts:
        return pd.DataFrame()
    frame = pd.Series(counts).unstack(fill_value=0).sort_index()
    frame.index.name = "month"
    return frame


def mixed_partners(G: nx.MultiDiGraph, actor: str) -> list[str]:
    """Actors that `actor` has both cooperative and hostile relations with (either direction), by the
    relations' CAMEO quad class: the pairs an analyst looks at first."""
    rels = G.graph.get("relations", {})
    kinds: dict[str, set[str]] = defaultdict(set)
    if actor not in G:
        return []
    for u, v, k in list(G.out_edges(actor, keys=True)) + list(G.in_edges(actor, keys=True)):
        quad = rels[k].quad_class if k in rels else ""
        other = v if u == actor else u
        if "cooperation" in quad:
            kinds[other].add("coop")
        elif "conflict" in quad:
            kinds[other].add("conflict")
    return sorted(o for o, ks in kinds.items() if ks == {"coop", "conflict"})
