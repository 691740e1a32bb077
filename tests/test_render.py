"""The graph page and its data: a static offline page, data with no article text, hostile names inert."""

from __future__ import annotations

import json
import re

import pytest

from graph.network import build_graph, layout
from graph.render import ASSETS_DIR, COMPONENT_DIR, graph_data, graph_json, install_page, write_static

CDN_HOSTS = ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrapcdn", "cloudflare", "gstatic")


def page_of(G) -> str:
    """The JSON the page is sent for G."""
    return graph_json(graph_data(G, layout(G)))


def dataset(page: str, name: str) -> list[dict]:
    return json.loads(page)[name]


@pytest.fixture
def installed(tmp_path):
    return tmp_path, install_page(tmp_path)


def test_page_loads_only_its_own_two_scripts_and_requests_nothing_else(installed):
    folder, name = installed
    shell = (folder / name).read_text(encoding="utf-8")
    low = shell.lower()
    for host in CDN_HOSTS:
        assert host not in low, host
    assert not re.search(r"https?://", shell) and "<link" not in low and "@import" not in low
    srcs = re.findall(r'<script src="([^"]+)" integrity="(sha384-[^"]+)" crossorigin="anonymous"></script>', shell)
    assert len(srcs) == 2 and low.count("<script") == 2  # no inline script at all
    for src, _ in srcs:
        assert "/" not in src and (folder / src).is_file()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', shell).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert re.search(r"script-src '(sha384-[^']+)' '(sha384-[^']+)';", csp).groups() == tuple(i for _, i in srcs)
    assert "unsafe-eval" not in csp and "'self'" not in csp
    vis = next(src for src, _ in srcs if src.startswith("vis-network-"))
    assert (folder / vis).read_bytes() == (ASSETS_DIR / "vis-network.min.js").read_bytes()


def test_page_script_sets_text_never_html():
    js = (COMPONENT_DIR / "graph.js").read_text(encoding="utf-8") + (COMPONENT_DIR / "host.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink
    assert "fetch(" not in (COMPONENT_DIR / "graph.js").read_text(encoding="utf-8")  # data comes by postMessage


def test_install_page_is_content_addressed(tmp_path):
    assert install_page(tmp_path) == install_page(tmp_path)
    assert re.fullmatch(r"graph-shell-[0-9a-f]{16}\.html", install_page(tmp_path))


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
    assert json.loads(page)["options"]["physics"] == {"enabled": False}


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
    page = page_of(G)
    assert "<" not in page and ">" not in page and "\u2028" not in page
    assert name in {n["label"] for n in dataset(page, "nodes")}


def test_empty_graph_has_no_nodes():
    assert dataset(page_of(build_graph([])), "nodes") == []


def test_legend_lists_present_relations_and_those_switched_off(small_graph):
    legend = {e["id"]: e["on"] for e in dataset(page_of(small_graph), "legend")}
    assert legend == {"called": True, "met": True, "criticizes": True}
    switched = graph_data(small_graph, layout(small_graph), {"called": True, "met": False, "attacks": False})
    assert {e["id"]: e["on"] for e in switched["legend"]} == {"called": True, "met": False, "attacks": False}
    kinds = {t["type"] for t in dataset(page_of(small_graph), "types")}
    assert {"person", "group"} <= kinds


def test_write_static_is_content_addressed(tmp_path):
    a = write_static('{"a": 1}', tmp_path)
    assert a == write_static('{"a": 1}', tmp_path)
    b = write_static('{"b": 1}', tmp_path)
    assert a != b and re.fullmatch(r"graph-[0-9a-f]{20}\.json", a)
    assert (tmp_path / a).read_text() == '{"a": 1}'
    assert "*" in (tmp_path / ".gitignore").read_text()  # generated pages never get committed


def test_write_static_prunes_old_pages(tmp_path, monkeypatch):
    import graph.render as render

    monkeypatch.setattr(render, "KEEP_STATIC_FILES", 3)
    install_page(tmp_path)  # the page itself is never pruned
    names = [write_static(f"[{i}]", tmp_path) for i in range(6)]
    left = sorted(p.name for p in tmp_path.glob("graph-*.json"))
    assert len(list(tmp_path.glob("graph-shell-*.html"))) == 1
    assert len(left) == 3 and names[-1] in left
