"""The network: graph built from claims, its filters, layout and tables."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from graph.network import (
    EDGE_COLUMNS,
    Filters,
    build_graph,
    claims_of,
    corpus_graph,
    edge_at,
    edge_id,
    edges_table,
    excerpt,
    filter_graph,
    layout,
    mixed_partners,
    node_at,
    node_id,
    relations_table,
    segments,
    timeline,
)
from graph.records import Mention

SEED_DIR = Path(__file__).resolve().parent.parent / "data" / "articles"

PUTIN, BIBI, RAISI = "Vladimir Putin", "Benjamin Netanyahu", "Ebrahim Raisi"


def test_build_graph_keys_edges_by_relation_and_keeps_parallel_edges(small_graph):
    assert set(small_graph.edges(keys=True)) == {
        (PUTIN, BIBI, "called"),
        (PUTIN, RAISI, "called"),
        (PUTIN, RAISI, "met"),
        ("Russia", "Israel", "criticizes"),
    }


def test_build_graph_folds_symmetric_relation_both_ways(small_graph):
    e = small_graph.edges[PUTIN, BIBI, "called"]
    assert e["weight"] == 2 and e["symmetric"] is True
    assert e["articles"] == ("a1", "a2")
    assert (e["first"], e["last"]) == (date(2023, 11, 12), date(2024, 5, 20))
    assert e["vid"] == edge_id(BIBI, "called", PUTIN, symmetric=True)


def test_build_graph_keeps_directed_relations_directed(make_claim):
    G = build_graph([make_claim("A", "criticizes", "B"), make_claim("B", "criticizes", "A")])
    assert set(G.edges(keys=True)) == {("A", "B", "criticizes"), ("B", "A", "criticizes")}
    assert not G.edges["A", "B", "criticizes"]["symmetric"]


def test_build_graph_drops_negated_claims_and_keeps_hedged_ones(make_claim):
    G = build_graph([make_claim("A", "attacks", "B", negated=True), make_claim("A", "threatens", "B", hedged=True)])
    assert list(G.edges(keys=True)) == [("A", "B", "threatens")]


def test_build_graph_node_facts(small_graph):
    putin = small_graph.nodes[PUTIN]
    assert putin["type"] == "person" and putin["in_dictionary"]
    assert putin["aliases"] == ("Putin",)
    assert putin["roles"][0].title == "President"
    assert putin["mentions"] == 2
    assert putin["surfaces"] == {"Putin"}  # pronouns are not aliases
    assert putin["vid"] == node_id(PUTIN)
    assert small_graph.nodes["Hamas"]["type"] == "group"
    assert small_graph.degree("Hamas") == 0


def test_build_graph_actor_outside_dictionary_takes_type_from_claim(make_claim):
    G = build_graph([make_claim("Faustin-Archange Touadéra", "called", "Russia", source_type="person")])
    node = G.nodes["Faustin-Archange Touadéra"]
    assert node["type"] == "person" and node["in_dictionary"] is False


def test_build_graph_empty_input_is_an_empty_graph():
    G = build_graph([])
    assert G.number_of_nodes() == 0 and layout(G) == {} and edges_table(G).empty


ALL = {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "called"), (PUTIN, RAISI, "met"), ("Russia", "Israel", "criticizes")}


@pytest.mark.parametrize(
    "filters, edges",
    [
        (Filters(), ALL),
        (Filters(relations=frozenset({"called"})), {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "called")}),
        (Filters(relations=frozenset()), set()),
        (Filters(actor_types=frozenset({"state"})), {("Russia", "Israel", "criticizes")}),
        (Filters(articles=frozenset({"a1"})), {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "called")}),
        (
            Filters(start=date(2024, 1, 1)),
            {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "met"), ("Russia", "Israel", "criticizes")},
        ),
        (Filters(end=date(2023, 12, 31)), {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "called")}),
        (Filters(focus=BIBI, hops=1), {(PUTIN, BIBI, "called")}),
        (Filters(focus=BIBI, hops=2), {(PUTIN, BIBI, "called"), (PUTIN, RAISI, "called"), (PUTIN, RAISI, "met")}),
        (Filters(focus="Nobody"), set()),
    ],
)
def test_filter_graph_edges(small_graph, filters, edges):
    assert set(filter_graph(small_graph, filters).edges(keys=True)) == edges


def test_filter_graph_recounts_claims_for_date_range(small_graph):
    H = filter_graph(small_graph, Filters(end=date(2023, 12, 31)))
    e = H.edges[PUTIN, BIBI, "called"]
    assert e["weight"] == 1 and e["articles"] == ("a1",) and e["last"] == date(2023, 11, 12)
    assert small_graph.edges[PUTIN, BIBI, "called"]["weight"] == 2  # the original is untouched


def test_filter_graph_hide_isolates(small_graph):
    assert "Hamas" in filter_graph(small_graph, Filters())
    assert "Hamas" not in filter_graph(small_graph, Filters(hide_isolates=True))
    H = filter_graph(small_graph, Filters(relations=frozenset({"criticizes"}), hide_isolates=True))
    assert set(H) == {"Russia", "Israel"}


def test_filter_graph_by_article_drops_actors_not_in_it(small_graph):
    H = filter_graph(small_graph, Filters(articles=frozenset({"a2"})))
    assert "Hamas" not in H and BIBI in H


def test_layout_positions_every_node_deterministically(small_graph):
    a, b = layout(small_graph), layout(small_graph)
    assert a == b and set(a) == set(small_graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())
    assert len(set(a.values())) == len(a)  # no two actors on the same spot


def test_layout_large_graph_uses_sampled_layout(make_claim):
    claims = [make_claim(f"A{i}", "met", f"A{(i * 7 + 1) % 900}") for i in range(900)]
    G = build_graph(claims)
    pos = layout(G)
    assert set(pos) == set(G)
    xs = [x for x, _ in pos.values()]
    assert max(xs) - min(xs) > 500  # spread out, not collapsed to a point


def test_node_and_edge_lookup_by_vis_id(small_graph):
    assert node_at(small_graph, node_id(PUTIN)) == PUTIN
    vid = small_graph.edges[PUTIN, RAISI, "met"]["vid"]
    assert edge_at(small_graph, vid) == (PUTIN, RAISI, "met")
    assert node_at(small_graph, "nope") is None and edge_at(small_graph, "nope") is None


def test_relations_table_lists_edges_of_actor(small_graph):
    t = relations_table(small_graph, PUTIN)
    assert list(t.columns) == ["source", "relation", "target", "quotes", "articles", "first", "last"]
    assert sorted(t["relation"]) == ["called", "called", "met"]
    assert relations_table(small_graph, "Hamas").empty


def test_claims_of_actor_and_edge(small_graph):
    assert len(claims_of(small_graph, actor=PUTIN)) == 4
    edge = claims_of(small_graph, edge=(PUTIN, BIBI, "called"))
    assert [c.article for c in edge] == ["a1", "a2"]
    assert claims_of(small_graph, actor="Nobody") == []


def test_edges_table_has_one_row_per_quote(small_graph):
    t = edges_table(small_graph)
    assert list(t.columns) == list(EDGE_COLUMNS)
    assert len(t) == 5
    assert set(t["title"]) == {"Readout of the first call", "Readout of the second call"}


def test_excerpt_surrounds_quote(make_article, make_claim):
    sentences = ["Before this.", "Putin called Netanyahu.", "After that."]
    art = make_article("a", sentences)
    start = art.text.index(sentences[1])
    c = make_claim(PUTIN, "called", BIBI, "a", quote=sentences[1], start=start)
    before, quote, after = excerpt(art, c)
    assert quote == sentences[1] and before.endswith("Before this. ") and after.startswith(" After")
    assert before + quote + after == art.text
    b2, q2, a2 = excerpt(art, c, context=3)
    assert q2 == quote and len(b2) <= 4 and len(a2) <= 4


def test_segments_mark_mentions_and_evidence(make_article, make_claim):
    art = make_article("a", ["Putin called Netanyahu.", "It rained."])
    c = make_claim(PUTIN, "called", BIBI, "a", quote="Putin called Netanyahu.", start=0)
    runs = segments(art, [Mention(PUTIN, 0, 5, "Putin", "alias")], [c])
    assert runs[0] == ("Putin", "mention") and runs[1] == (" called Netanyahu.", "evidence")
    assert "".join(t for t, _ in runs) == art.body


def test_corpus_graph_on_seed_article_has_putin_call():
    from graph.pipeline import build_corpus

    corpus = build_corpus(sorted(SEED_DIR.glob("00-*.txt")))
    G = corpus_graph(corpus)
    assert G.nodes["Vladimir Putin"]["type"] == "person"
    calls = [(u, v) for u, v, k in G.edges(keys=True) if k == "called"]
    assert ("Vladimir Putin", "Benjamin Netanyahu") in calls or ("Benjamin Netanyahu", "Vladimir Putin") in calls


def test_pronouns_and_plural_references_are_not_aliases_seen():
    from graph.records import Claim

    c = Claim("A", "called", "B", "a1", None, "A called B.", 0, 11)
    mentions = {
        "a1": [
            Mention("A", 0, 1, "A", "name"),
            Mention("A", 12, 16, "They", "group"),
            Mention("A", 20, 22, "he", "pronoun"),
        ]
    }
    G = build_graph([c], mentions=mentions)
    assert G.nodes["A"]["surfaces"] == {"A"} and G.nodes["A"]["mentions"] == 3


def test_timeline_counts_claims_per_month_and_relation(make_claim):
    claims = [make_claim("A", "met", "B", day=date(2024, 1, 3)), make_claim("A", "met", "B", article="a2",
              day=date(2024, 1, 20)), make_claim("A", "criticizes", "B", day=date(2024, 3, 1)),
              make_claim("A", "met", "B", article="a3")]  # undated: not on a timeline
    G = build_graph(claims)
    frame = timeline(G, claims)
    assert list(frame.index) == ["2024-01", "2024-03"]
    assert frame.loc["2024-01", "met"] == 2 and frame.loc["2024-03", "criticizes"] == 1
    assert frame.loc["2024-03", "met"] == 0


def test_pairs_with_cooperative_and_hostile_relations_are_flagged(make_claim):
    G = build_graph([make_claim("A", "met", "B"), make_claim("B", "criticizes", "A"), make_claim("A", "met", "C"),
                     make_claim("A", "attacks", "D")])
    assert mixed_partners(G, "A") == ["B"] and mixed_partners(G, "C") == [] and mixed_partners(G, "Z") == []
