"""Exports: GraphML/GEXF/JSON round-trips, flattened attributes Gephi can read, claim and event CSVs."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.export import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    FORMULA_STARTS,
    claims_to_csv,
    events_csv,
    flatten,
    read_gexf,
    read_graphml,
    safe_frame,
    to_gexf,
    to_graphml,
    to_json,
)
from graph.records import Article, Claim, Role
from graph.taxonomy import load_relations

D1, D2 = date(2023, 11, 12), date(2024, 2, 1)


def claim(source, relation, target, article="a1", day=D1, quote=None, **kw) -> Claim:
    quote = quote or f"{source} {relation} {target}."
    return Claim(source, relation, target, article, day, quote, 0, len(quote), title=f"Title {article}", **kw)


def small_graph() -> nx.MultiDiGraph:
    """The attribute shapes graph.network.build_graph produces: lists, tuples of Roles, sets, dates, None."""
    G = nx.MultiDiGraph()
    G.graph["articles"] = {"a1": Article("a1", "a1.txt", "T", D1, "", "", "text", 0)}
    G.graph["name"] = "test"
    G.add_node(
        "Vladimir Putin",
        type="person",
        aliases=("Putin", "President Putin"),
        roles=(Role("President", "Russia", date(2012, 5, 7)),),
        mentions=3,
        in_dictionary=True,
        surfaces={"Putin", "the Russian President"},
    )
    G.add_node(
        "Benjamin Netanyahu",
        type="person",
        aliases=("Netanyahu",),
        roles=(),
        mentions=2,
        in_dictionary=True,
        surfaces=set(),
    )
    G.add_node("Israel", type="state", aliases=(), roles=(), mentions=0, in_dictionary=True, surfaces=set())
    G.add_node("Mr X", type="person", aliases=(), roles=(), mentions=1, in_dictionary=False, surfaces=set())
    calls = [
        claim("Vladimir Putin", "called", "Benjamin Netanyahu", "a2", D2, "Later, Putin called him."),
        claim("Vladimir Putin", "called", "Benjamin Netanyahu", "a1", D1, "Putin called Netanyahu."),
    ]
    edges = [
        ("Vladimir Putin", "Benjamin Netanyahu", "called", calls),
        (
            "Vladimir Putin",
            "Benjamin Netanyahu",
            "criticizes",
            [claim("Vladimir Putin", "criticizes", "Benjamin Netanyahu")],
        ),
        ("Benjamin Netanyahu", "Israel", "leads", [claim("Benjamin Netanyahu", "leads", "Israel", day=None)]),
        ("Mr X", "Israel", "met", [claim("Mr X", "met", "Israel", day=None)]),
    ]
    for u, v, rel, cs in edges:
        days = sorted(c.date for c in cs if c.date)
        G.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            claims=cs,
            weight=len(cs),
            articles=tuple(sorted({c.article for c in cs})),
            first_date=days[0] if days else None,
            last_date=days[-1] if days else None,
        )
    return G


def edge_set(G) -> set[tuple]:
    return {(u, v, d["relation"], float(d["weight"])) for u, v, d in G.edges(data=True)}


def test_graphml_round_trip_gives_same_nodes_edges_relations_and_weights(tmp_path):
    G = small_graph()
    to_graphml(G, tmp_path / "g.graphml")
    R = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert set(R.nodes) == set(G.nodes)
    assert edge_set(R) == edge_set(G)
    assert R.nodes["Vladimir Putin"]["aliases"] == "Putin | President Putin"


def test_graphml_read_back_restores_relation_keys(tmp_path):
    G = small_graph()
    to_graphml(G, tmp_path / "g.graphml")
    R = read_graphml(tmp_path / "g.graphml")
    assert sorted(R.edges(keys=True)) == sorted(G.edges(keys=True))
    assert R.edges["Vladimir Putin", "Benjamin Netanyahu", "called"]["weight"] == 2
    assert isinstance(R, nx.MultiDiGraph)


def test_graphml_edge_ids_are_unique_so_gephi_and_yed_keep_every_edge(tmp_path):
    G = small_graph()
    G.add_edge("Israel", "Mr X", key="called", relation="called", claims=[], weight=0)  # 2nd "called" key
    to_graphml(G, tmp_path / "g.graphml")
    ids = [e.get("id") for e in ET.parse(tmp_path / "g.graphml").iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == G.number_of_edges() == len(set(ids))


def test_gexf_round_trip_gives_same_nodes_edges_keys_and_weights(tmp_path):
    G = small_graph()
    to_gexf(G, tmp_path / "g.gexf")
    R = nx.read_gexf(tmp_path / "g.gexf")
    assert set(R.nodes) == set(G.nodes)
    assert sorted(R.edges(keys=True)) == sorted(G.edges(keys=True))
    assert edge_set(R) == edge_set(G)


def test_gexf_attributes_are_flattened_to_scalars(tmp_path):
    to_gexf(small_graph(), tmp_path / "g.gexf")
    R = nx.read_gexf(tmp_path / "g.gexf")
    putin = R.nodes["Vladimir Putin"]
    assert putin["aliases"] == "Putin | President Putin"
    assert putin["roles"] == "President of Russia (2012-05-07–)"
    assert putin["surfaces"] == "Putin | the Russian President"
    assert putin["mentions"] == 3 and putin["in_dictionary"] is True
    call = R.edges["Vladimir Putin", "Benjamin Netanyahu", "called"]
    assert call["claim_count"] == 2
    assert call["first_quote"] == "Putin called Netanyahu."  # the earliest claim, not the first listed
    assert call["first_quote_article"] == "a1"
    assert (call["first_date"], call["last_date"]) == ("2023-11-12", "2024-02-01")
    assert call["articles"] == "a1 | a2"
    assert call["label"] == "called"


def test_gexf_leaves_out_none_attributes(tmp_path):
    to_gexf(small_graph(), tmp_path / "g.gexf")
    R = nx.read_gexf(tmp_path / "g.gexf")
    assert "first_date" not in R.edges["Mr X", "Israel", "met"]
    assert nx.read_gexf(tmp_path / "g.gexf").graph["mode"] == "static"


def test_gexf_colours_edges_as_the_taxonomy_does(tmp_path):
    to_gexf(small_graph(), tmp_path / "g.gexf")
    xml = (tmp_path / "g.gexf").read_text()
    r, g, b = (int(load_relations()["called"].color[i : i + 2], 16) for i in (1, 3, 5))
    assert f'r="{r}" g="{g}" b="{b}"' in xml


def test_plain_networkx_writers_reject_our_graph_but_exports_do_not(tmp_path):
    G = small_graph()
    with pytest.raises((nx.NetworkXError, TypeError, ValueError)):
        nx.write_gexf(G, tmp_path / "raw.gexf")
    to_gexf(G, tmp_path / "g.gexf")
    to_graphml(G, tmp_path / "g.graphml")
    assert (tmp_path / "g.gexf").stat().st_size > 0 and (tmp_path / "g.graphml").stat().st_size > 0


def test_exports_leave_the_graph_unchanged(tmp_path):
    G = small_graph()
    before = (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), dict(G.graph))
    to_gexf(G, tmp_path / "g.gexf")
    to_graphml(G, tmp_path / "g.graphml")
    to_json(G)
    assert (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), dict(G.graph)) == before
    assert isinstance(G.edges["Vladimir Putin", "Benjamin Netanyahu", "called"]["claims"], list)


def test_flatten_drops_graph_level_mappings_and_keeps_scalars():
    H = flatten(small_graph())
    assert H.graph == {"name": "test"}


def test_attribute_with_mixed_types_is_written_as_one_type(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("A", score=1)
    G.add_node("B", score=2.5)
    G.add_node("C", code=7)
    G.add_node("D", code="x")
    to_gexf(G, tmp_path / "g.gexf")
    R = nx.read_gexf(tmp_path / "g.gexf")
    assert (R.nodes["A"]["score"], R.nodes["B"]["score"]) == (1.0, 2.5)
    assert (R.nodes["C"]["code"], R.nodes["D"]["code"]) == ("7", "x")


@settings(max_examples=60, deadline=None)
@given(quote=st.text(min_size=1))
def test_any_quote_survives_graphml_with_only_xml_invalid_characters_and_cr_changed(tmp_path_factory, quote):
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key="met", relation="met", weight=1, claims=[claim("A", "met", "B", quote=quote)])
    path = tmp_path_factory.mktemp("g") / "g.graphml"
    to_graphml(G, path)
    back = read_graphml(path).edges["A", "B", "met"]["first_quote"]
    quote = quote.replace("\r\n", "\n").replace("\r", "\n")  # as graph.articles.decode reads text
    assert len(back) == len(quote)
    assert all(b == q or b == "\ufffd" for b, q in zip(back, quote, strict=True))


def test_json_round_trip_keeps_keys_weights_and_whole_claims():
    G = small_graph()
    R = nx.node_link_graph(json.loads(to_json(G)), edges="edges")
    assert isinstance(R, nx.MultiDiGraph)
    assert sorted(R.edges(keys=True)) == sorted(G.edges(keys=True))
    assert edge_set(R) == edge_set(G)
    call = R.edges["Vladimir Putin", "Benjamin Netanyahu", "called"]
    assert [c["quote"] for c in call["claims"]] == ["Later, Putin called him.", "Putin called Netanyahu."]
    assert call["first_date"] == "2023-11-12"
    assert R.nodes["Vladimir Putin"]["roles"][0]["start"] == "2012-05-07"


def test_json_lists_articles_without_their_text(tmp_path):
    data = json.loads(to_json(small_graph(), tmp_path / "g.json"))
    assert data["graph"]["articles"]["a1"]["title"] == "T" and "text" not in data["graph"]["articles"]["a1"]
    assert json.loads((tmp_path / "g.json").read_text(encoding="utf-8")) == data


def test_claims_csv_has_one_row_per_claim_and_keeps_quotes_verbatim(tmp_path):
    tricky = 'He said, "no deal",\nthen left.'
    claims = [claim("A", "met", "B"), claim("B", "accuses", "A", "a9", None, tricky, negated=True)]
    claims_to_csv(claims, tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert [(r["article"], r["date"], r["relation"], r["quote"]) for r in rows] == [
        ("a1", "2023-11-12", "met", "A met B."),
        ("a9", "", "accuses", tricky),
    ]
    assert (rows[1]["start"], rows[1]["end"], rows[1]["negated"]) == ("0", str(len(tricky)), "True")


def test_claims_csv_writes_to_a_buffer_or_returns_text():
    buf = io.StringIO()
    assert claims_to_csv([claim("A", "met", "B")], buf) is None
    assert buf.getvalue() == claims_to_csv([claim("A", "met", "B")])
    assert claims_to_csv([]) == ",".join(CLAIM_COLUMNS) + "\r\n"


@settings(max_examples=60, deadline=None)
@given(quote=st.text(min_size=1))
def test_any_quote_survives_the_claims_csv(quote):
    rows = list(csv.DictReader(io.StringIO(claims_to_csv([claim("A", "met", "B", quote=quote)]), newline="")))
    assert rows[0]["quote"] == (("'" + quote) if quote.startswith(FORMULA_STARTS) else quote)


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_cells_never_start_a_formula(payload, tmp_path):
    """Article text in a CSV export or the dashboard's download reaches a spreadsheet as text."""
    c = claim(payload, "met", "B", quote=payload)
    for text in (claims_to_csv([c]), events_csv([c])):
        for row in csv.reader(io.StringIO(text)):
            assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row
    frame = safe_frame(pd.DataFrame({"quote": [payload], "n": [-1]}))
    assert frame["quote"][0] == "'" + payload and frame["n"][0] == -1


def test_exports_replace_the_old_file_only_when_complete(tmp_path, small_graph, monkeypatch):
    out = tmp_path / "net.graphml"
    out.write_text("old", encoding="utf-8")

    def disk_full(G, f, **kw):  # the writer gets half way, then the disk is full
        f.write(b"<?xml version='1.0'?><graphml>")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nx, "write_graphml", disk_full)
    with pytest.raises(OSError):
        to_graphml(small_graph, out)
    assert out.read_text(encoding="utf-8") == "old" and list(tmp_path.iterdir()) == [out]
    monkeypatch.undo()
    to_graphml(small_graph, out)
    assert read_graphml(out).number_of_edges() == small_graph.number_of_edges()


def test_events_csv_codes_each_event_from_the_taxonomy():
    text = events_csv(
        [
            claim("Vladimir Putin", "called", "Benjamin Netanyahu", source_type="person"),
            claim("Houthis", "attacks", "United States", day=D2),
        ]
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == EVENT_COLUMNS
    call, attack = rows
    assert (call["event_date"], call["source_actor"], call["source_type"], call["target_actor"]) == (
        "2023-11-12",
        "Vladimir Putin",
        "person",
        "Benjamin Netanyahu",
    )
    assert (call["cameo_code"], call["plover_category"], call["quad_class"], call["quad_class_label"]) == (
        "041",
        "CONSULT",
        "1",
        "verbal cooperation",
    )
    assert float(call["goldstein"]) == load_relations()["called"].goldstein
    assert (attack["cameo_code"], attack["quad_class"], float(attack["goldstein"])) == ("190", "4", -10.0)
    assert call["quote"] == "Vladimir Putin called Benjamin Netanyahu." and call["article"] == "a1"


def test_events_csv_writes_only_asserted_events():
    claims = [
        claim("A", "met", "B", negated=True),
        claim("A", "threatens", "B", hedged=True),
        claim("A", "leads", "B"),
        claim("A", "teleports", "B"),
        claim("A", "met", "B", reported=True),
    ]
    rows = list(csv.DictReader(io.StringIO(events_csv(claims))))
    assert [(r["relation"], r["cameo_code"]) for r in rows] == [("met", "042")]


def test_events_csv_uses_the_relations_it_is_given(tmp_path):
    rel = load_relations()["met"]
    custom = {"met": type(rel)(**{**rel.__dict__, "cameo": "043", "goldstein": None})}
    events_csv([claim("A", "met", "B")], custom, tmp_path / "e.csv")
    row = next(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8", newline="")))
    assert (row["cameo_code"], row["goldstein"]) == ("043", "")


def test_exports_work_on_the_graph_network_builds(tmp_path):
    network = pytest.importorskip("graph.network")
    claims = [
        claim("Vladimir Putin", "called", "Benjamin Netanyahu"),
        claim("Benjamin Netanyahu", "called", "Vladimir Putin", "a2", D2),
    ]
    G = network.build_graph(claims, articles=[Article("a1", "a1.txt", "T", D1, "", "", "x", 0)])
    to_gexf(G, tmp_path / "g.gexf")
    to_graphml(G, tmp_path / "g.graphml")
    R = read_graphml(tmp_path / "g.graphml")
    assert sorted(R.edges(keys=True)) == sorted(G.edges(keys=True))
    assert sorted(read_gexf(tmp_path / "g.gexf").edges(keys=True)) == sorted(G.edges(keys=True))
    assert json.loads(to_json(G))["edges"][0]["weight"] == 2


def test_gexf_read_back_keeps_relation_keys_without_parallel_edges(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key="met", relation="met", weight=1, claims=[claim("A", "met", "B")])
    to_gexf(G, tmp_path / "g.gexf")
    assert not nx.read_gexf(tmp_path / "g.gexf").is_multigraph()  # why read_gexf exists
    R = read_gexf(tmp_path / "g.gexf")
    assert list(R.edges(keys=True)) == [("A", "B", "met")] and R.edges["A", "B", "met"]["weight"] == 1
