"""The generated graph page: offline, no links, no article text, hostile names inert."""

from __future__ import annotations

import json
import re

import pytest

from graph.network import build_graph, layout
from graph.render import ASSETS_DIR, graph_html, legend_html, write_static

CDN_HOSTS = ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrapcdn", "cloudflare", "gstatic")
VIS_JS = (ASSETS_DIR / "vis-network.min.js").read_text(encoding="utf-8")


def page_of(G) -> str:
    return graph_html(G, layout(G))


def ours(page: str) -> str:
    """The page without the vendored vis-network library, i.e. what our template and data produce."""
    assert page.count(VIS_JS) == 1
    return page.replace(VIS_JS, "")


def dataset(page: str, name: str) -> list[dict]:
    m = re.search(rf"var {name} = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert m, f"no {name} DataSet in page"
    return json.loads(m.group(1))


def test_page_requests_nothing(small_graph):
    page = page_of(small_graph)
    low = page.lower()
    for host in CDN_HOSTS:
        assert host not in low, host
    assert not re.search(r"<(script|img|iframe|link)[^>]*\s(src|href)\s*=", low)
    assert "<link" not in low and "@import" not in low
    assert not re.search(r"https?://", ours(page))  # the only URLs are in vis-network's licence comment
    assert "default-src 'none'" in page  # CSP: the page may not fetch anything at all


def test_page_has_no_href(small_graph):
    assert "href" not in page_of(small_graph).lower()


def test_page_has_no_article_text(small_graph, small_claims, small_articles):
    page = page_of(small_graph)
    for c in small_claims:
        assert c.quote not in page
    for a in small_articles:
        assert a.title not in page
        assert a.text not in page


def test_page_physics_off_and_positions_fixed(small_graph):
    page = page_of(small_graph)
    nodes = dataset(page, "nodes")
    assert all("x" in n and "y" in n and n["physics"] is False for n in nodes)
    assert '"physics": {"enabled": false}' in page


def test_page_labels_are_names_and_ids_are_hashes(small_graph):
    nodes = dataset(page_of(small_graph), "nodes")
    assert {n["label"] for n in nodes} == set(small_graph)
    assert all(re.fullmatch(r"n[0-9a-f]{12}", n["id"]) for n in nodes)


def test_page_arrows_only_on_directed_relations(small_graph):
    edges = {e["id"]: e for e in dataset(page_of(small_graph), "edges")}
    for u, v, k, d in small_graph.edges(keys=True, data=True):
        assert edges[d["vid"]]["arrows"]["to"]["enabled"] is (not d["symmetric"]), (u, v, k)


def test_page_parallel_edges_are_drawn_apart(small_graph):
    edges = dataset(page_of(small_graph), "edges")
    putin_raisi = [e for e in edges if "Ebrahim Raisi" in e["title"]]
    assert len(putin_raisi) == 2
    curves = sorted(json.dumps(e.get("smooth")) for e in putin_raisi)
    assert curves[0] != curves[1]


def test_page_hover_shows_relation_and_quote_count(small_graph):
    edges = dataset(page_of(small_graph), "edges")
    called = next(
        e for e in edges if e["id"] == small_graph.edges["Vladimir Putin", "Benjamin Netanyahu", "called"]["vid"]
    )
    assert called["title"] == "Vladimir Putin — called — Benjamin Netanyahu\n2 supporting quotes"


HOSTILE_NAMES = [
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "President href [x](javascript:alert(1))",
    "\u2028line separator",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_actor_names_stay_inside_json_strings(make_claim, name):
    G = build_graph([make_claim(name, "called", "Russia", source_type="person")])
    page = ours(page_of(G))
    assert page.lower().count("<script") == 2 and page.lower().count("</script") == 2
    assert "<img" not in page and "\u2028" not in page
    assert name in {n["label"] for n in dataset(page_of(G), "nodes")}


def test_empty_graph_page_says_nothing_to_show():
    page = page_of(build_graph([]))
    assert dataset(page, "nodes") == [] and "Nothing to show" in page


def test_legend_escapes_and_lists_present_relations(small_graph):
    html = legend_html(small_graph)
    assert "called" in html and "criticizes" in html and "attacks" not in html
    assert "person" in html and "group" in html


def test_write_static_is_content_addressed(tmp_path):
    a = write_static("<html>a</html>", tmp_path)
    assert a == write_static("<html>a</html>", tmp_path)
    b = write_static("<html>b</html>", tmp_path)
    assert a != b and re.fullmatch(r"graph-[0-9a-f]{20}\.html", a)
    assert (tmp_path / a).read_text() == "<html>a</html>"
    assert "*" in (tmp_path / ".gitignore").read_text()  # generated pages never get committed


def test_write_static_prunes_old_pages(tmp_path, monkeypatch):
    import graph.render as render

    monkeypatch.setattr(render, "KEEP_STATIC_FILES", 3)
    names = [write_static(f"<html>{i}</html>", tmp_path) for i in range(6)]
    left = sorted(p.name for p in tmp_path.glob("graph-*.html"))
    assert len(left) == 3 and names[-1] in left
