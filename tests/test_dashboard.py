"""The dashboard script under AppTest: filters change what the graph component gets; selections show quotes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.network import edge_id, node_id
from graph.render import ASSETS_DIR

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
PUTIN, BIBI = "Vladimir Putin", "Benjamin Netanyahu"
PUTIN_QUOTE = "reached out to Israeli Prime Minister Benjamin Netanyahu"
CALLED = edge_id(PUTIN, "called", BIBI, symmetric=True)


def app(monkeypatch, folder: Path, store: Path | None = None) -> AppTest:
    """The dashboard on `folder`, with its SQLite store (uploads, reviews) in a fresh temporary file unless
    `store` is given: tests never share or touch a store in the repository."""
    import tempfile

    monkeypatch.setenv("ACTORNET_DATA", str(folder))
    if store is None and folder.resolve() == SEED_DIR.resolve():  # the repository's folder stays untouched
        store = Path(tempfile.mkdtemp(prefix="actornet-store-")) / "store.sqlite"
    if store is not None:
        monkeypatch.setenv("ACTORNET_STORE", str(store))
    else:
        monkeypatch.delenv("ACTORNET_STORE", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    return drawn(at.run())


def drawn(at: AppTest) -> AppTest:
    """What the graph page's first drawing does to a new session (the host's `drawn` trigger runs `on_drawn`):
    the sidebar's controls are rendered from then on."""
    at.session_state["_controls"] = True
    return at.run()


def component_data(at: AppTest) -> dict:
    (el,) = at.get("bidi_component")
    return json.loads(el.proto.json)


def graph_page(at: AppTest) -> str:
    """The graph data the page is sent (JSON, re-serialised with the default separators)."""
    url = component_data(at)["graph"]
    assert re.fullmatch(r"app/static/graph-[0-9a-f]{20}\.json", url)
    return json.dumps(json.loads((ROOT / "static" / url.removeprefix("app/static/")).read_text(encoding="utf-8")))


def html_text(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


@pytest.fixture
def seed(monkeypatch) -> AppTest:
    at = app(monkeypatch, SEED_DIR)
    assert not at.exception
    return at


def test_component_gets_the_static_page_and_the_graph_data_and_counts(seed):
    data = component_data(seed)
    assert data["selected"] is None and data["nodes"] > 5 and data["edges"] > 5
    assert re.fullmatch(r"app/static/graph-shell-[0-9a-f]{16}\.html", data["page"])
    assert (ROOT / "static" / data["page"].removeprefix("app/static/")).exists()
    page = graph_page(seed)
    assert CALLED in page and f'"label": "{PUTIN}"' in page


def test_a_filter_change_keeps_the_page_and_sends_new_data(seed):
    before = component_data(seed)
    seed.multiselect(key="type").set_value(["state"]).run()
    after = component_data(seed)
    assert after["page"] == before["page"] and after["graph"] != before["graph"]


def test_legend_lists_relations_switched_off_in_the_filter(seed):
    assert '"id": "called", "label": "called"' in graph_page(seed)
    seed.multiselect(key="rel").unselect("called").run()  # what a click on the legend's "called" does (browser test)
    legend = {e["id"]: e["on"] for e in json.loads(graph_page(seed))["legend"]}
    assert legend["called"] is False and legend["met"] is True  # still listed, switched off
    assert CALLED not in graph_page(seed)


def test_articles_filter_offers_only_what_the_typed_words_find(seed):
    box = seed.multiselect(key="art")
    assert box.options == []  # a new session is sent no titles
    seed.text_input(key="art_q").input("hospital gaza").run()
    options = seed.multiselect(key="art").options
    assert len(options) == 1 and "Hospital Explosion in Gaza" in options[0] and options[0].startswith("2023-10-17")
    seed.multiselect(key="art").select(seed.multiselect(key="art").options[0]).run()
    assert component_data(seed)["edges"] < 20 and CALLED not in graph_page(seed)
    seed.text_input(key="art_q").input("").run()
    assert len(seed.multiselect(key="art").options) == 1  # the chosen article stays offered


def test_relation_filter_changes_edges_the_component_receives(seed):
    before = component_data(seed)
    assert "called" in seed.multiselect(key="rel").value
    seed.multiselect(key="rel").unselect("called").run()
    after = component_data(seed)
    assert after["graph"] != before["graph"] and after["edges"] < before["edges"]
    assert CALLED not in graph_page(seed)


def test_actor_type_filter_changes_edges(seed):
    before = component_data(seed)["edges"]
    seed.multiselect(key="type").set_value(["state"]).run()
    data = component_data(seed)
    assert data["edges"] < before
    assert f'"label": "{PUTIN}"' not in graph_page(seed)


def test_focus_filter_keeps_neighbourhood(seed):
    total = component_data(seed)["nodes"]
    seed.selectbox(key="focus").set_value(BIBI).run()
    page, data = graph_page(seed), component_data(seed)
    assert data["nodes"] < total and f'"label": "{PUTIN}"' in page
    assert '"label": "Xi Jinping"' not in page


def test_actors_without_relations_are_hidden_unless_asked_for(seed):
    shown = component_data(seed)["nodes"]
    seed.checkbox(key="iso").check().run()
    assert component_data(seed)["nodes"] > shown


def test_search_by_alias_selects_the_actor_and_shows_its_quotes(seed):
    box = seed.selectbox(key="find")
    label = next(o for o in box.options if "Netanyahu" in o and o.startswith("Benjamin"))
    assert "Netanyahu" in label.split("·", 1)[-1], "the search label carries the aliases one may type"
    box.select("Benjamin Netanyahu").run()
    assert seed.query_params["node"] in ("Benjamin Netanyahu", ["Benjamin Netanyahu"])
    assert ">Benjamin Netanyahu</h3>" in html_text(seed) and PUTIN_QUOTE in html_text(seed)


def test_counts_say_how_much_of_the_network_is_shown(seed):
    seed.multiselect(key="rel").unselect("called").run()
    caption = " ".join(c.value for c in seed.caption)
    assert re.search(r"\d+ of \d+ relations", caption), caption


def test_simulated_node_click_shows_actor_card_and_quotes(seed):
    # what the component's on_select_change callback stores when "Vladimir Putin" is clicked
    seed.session_state["_clicked"] = {"kind": "node", "id": node_id(PUTIN)}
    seed.run()
    assert seed.query_params["node"] == [PUTIN] or seed.query_params["node"] == PUTIN
    text = html_text(seed)
    assert f">{PUTIN}</h3>" in text and PUTIN_QUOTE in text
    assert component_data(seed)["selected"] == {"kind": "node", "id": node_id(PUTIN)}
    assert any(len(df.value) for df in seed.dataframe)  # the relations table


def test_edge_selection_from_url_shows_its_quotes(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORNET_DATA", str(SEED_DIR))
    monkeypatch.setenv("ACTORNET_STORE", str(tmp_path / "store.sqlite"))  # never the repository's folder
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["edge"] = CALLED
    at.run()
    text = html_text(at)
    assert "called" in text and PUTIN_QUOTE in text


def test_selection_survives_filter_changes_while_it_exists(seed):
    seed.session_state["_clicked"] = {"kind": "node", "id": node_id(PUTIN)}
    seed.run()
    seed.multiselect(key="rel").unselect("leads").run()
    assert PUTIN_QUOTE in html_text(seed)
    seed.multiselect(key="type").set_value(["state"]).run()
    assert "hidden by the current filters" in "\n".join(i.value for i in seed.info)
    assert PUTIN_QUOTE not in html_text(seed)
    seed.multiselect(key="type").set_value(["person", "state", "organization", "group"]).run()
    assert PUTIN_QUOTE in html_text(seed)


def test_click_on_background_clears_selection(seed):
    seed.session_state["_clicked"] = {"kind": "node", "id": node_id(PUTIN)}
    seed.run()
    seed.session_state["_clicked"] = {"kind": "none", "id": None}
    seed.run()
    assert "node" not in seed.query_params and PUTIN_QUOTE not in html_text(seed)


def test_only_the_open_tab_runs(seed):
    assert seed.get("bidi_component") and not seed.get("download_button")
    seed.query_params["tab"] = "Edges"
    seed.run()
    assert not seed.get("bidi_component") and seed.get("download_button")


def test_edges_tab_lists_quotes_and_offers_csv(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORNET_DATA", str(SEED_DIR))
    monkeypatch.setenv("ACTORNET_STORE", str(tmp_path / "store.sqlite"))  # never the repository's folder
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["tab"] = "Edges"
    at.run()
    tables = [df.value for df in at.dataframe if "quote" in df.value.columns]
    assert tables and tables[0]["quote"].str.contains(PUTIN_QUOTE, regex=False).any()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Edges as CSV", "Events (CAMEO/PLOVER) CSV", "Network for Gephi (GEXF)", "Network as GraphML"]
    assert not at.exception


def test_empty_folder_says_no_articles(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path)
    assert not at.exception
    assert any("No article files" in i.value for i in at.info)
    assert component_data(at)["nodes"] == 0


def test_missing_folder_says_so(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path / "nope")
    assert not at.exception and any("does not exist" in e.value for e in at.error)


def test_unreadable_file_is_reported_and_the_rest_works(monkeypatch, mixed_dir):
    at = app(monkeypatch, mixed_dir)
    assert not at.exception
    assert any("could not be read" in w.value for w in at.warning)
    assert any("broken.txt" in c.value for c in at.code)
    assert component_data(at)["edges"] > 0


def test_articles_without_relations_say_so(monkeypatch, tmp_path):
    (tmp_path / "quiet.txt").write_text("title: Quiet\ndate: 2024-01-01\n\nIt rained in Paris.\n", encoding="utf-8")
    at = app(monkeypatch, tmp_path)
    assert not at.exception and any("No relations found" in i.value for i in at.info)


def test_hostile_text_is_escaped_in_every_panel(monkeypatch, hostile_dir):
    at = app(monkeypatch, hostile_dir)
    at.session_state["_clicked"] = {"kind": "node", "id": node_id(PUTIN)}
    at.run()
    text = html_text(at)
    page = graph_page(at).replace((ASSETS_DIR / "vis-network.min.js").read_text(encoding="utf-8"), "")
    at.query_params["tab"] = "Sources"
    at.run()
    text += html_text(at)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text  # quote panel and Sources tab
    assert "&lt;img src=x onerror=" in text
    anchors = re.findall(r"<a [^>]*>", text)  # the only links are ours: a quote card's "open in article"
    assert all(re.fullmatch(r'<a href="\?tab=Sources&amp;src=[\w%.~+-]+" target="_self">', a) for a in anchors), anchors
    assert "<script" not in text.lower() and "<img" not in text.lower()
    for md in at.markdown:  # nothing from the article may reach markdown (links!)
        assert "javascript:" not in md.value and "pwned" not in md.value
    assert "pwned" not in page and "javascript:" not in page  # vis-network itself has one "javascript:"


def test_uploaded_article_joins_the_network(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path)
    assert component_data(at)["nodes"] == 0
    text = "title: Uploaded\ndate: 2023-11-12\n\nVladimir Putin spoke with Benjamin Netanyahu on Monday.\n"
    at.get("file_uploader")[0].upload("upload.txt", text.encode(), "text/plain").run()
    assert not at.exception, at.exception
    assert component_data(at)["nodes"] >= 2, [c.value for c in at.caption]
    assert f'"label": "{PUTIN}"' in graph_page(at)


def test_filters_follow_new_articles_after_an_upload(monkeypatch, mixed_dir):
    at = app(monkeypatch, mixed_dir)
    before = component_data(at)["edges"]
    text = "title: Later\ndate: 2025-03-01\n\nPresident Joe Biden spoke with President Xi Jinping of China.\n"
    at.get("file_uploader")[0].upload("later.txt", text.encode(), "text/plain").run()
    assert not at.exception, at.exception
    assert component_data(at)["edges"] > before  # the new article's date and relations are not filtered out
    assert (mixed_dir / "actornet.sqlite").exists()  # kept in the SQLite store beside the articles
    at.selectbox(key="remove_pick").set_value("later").run()
    at.button(key="remove_go").click().run()
    assert not at.exception and component_data(at)["edges"] == before


def test_bad_upload_is_refused_by_name_and_the_store_is_untouched(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path)
    good = "title: Good\ndate: 2023-11-12\n\nVladimir Putin spoke with Benjamin Netanyahu on Monday.\n"
    at.get("file_uploader")[0].upload("good.txt", good.encode(), "text/plain").run()
    edges = component_data(at)["edges"]
    at.get("file_uploader")[0].upload("broken.txt", b"\xff\xfe\x00\x01", "text/plain").run()
    assert not at.exception, at.exception
    assert at.error and any("broken.txt" in c.value for c in at.code), [c.value for c in at.code]
    assert component_data(at)["edges"] == edges
    at.run()  # another rerun (a filter change, a click): the refusal stays listed until dismissed
    assert any("broken.txt" in c.value for c in at.code)
    at.button(key="dismiss_refused").click().run()
    assert not any("broken.txt" in c.value for c in at.code)


def test_a_broken_store_is_reported_and_the_folder_still_shows(monkeypatch, tmp_path):
    seed = ROOT / "data" / "articles" / "00-putin-netanyahu-call-2023-11-12.txt"
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "actornet.sqlite").write_bytes(b"this is not a database" * 100)
    at = app(monkeypatch, tmp_path)
    assert not at.exception, at.exception
    assert component_data(at)["edges"] > 0  # the folder's articles are still shown
    assert any("actornet.sqlite" in c.value for c in at.code), [c.value for c in at.code]


def test_rejecting_a_claim_removes_its_edge_after_a_reload_and_from_the_graphml(monkeypatch, tmp_path):
    import io

    from graph import export, network
    from graph.store import Store, corpus_from_store

    store = tmp_path / "reviews.sqlite"
    at = app(monkeypatch, SEED_DIR, store)
    assert not at.exception and CALLED in graph_page(at)
    with Store(store) as db:
        (call,) = [c for c in db.claims() if (c.source, c.relation, c.target) == (PUTIN, "called", BIBI)]
        db.set_review(call.extra["claim_id"], "rejected", "not a call")
    again = app(monkeypatch, SEED_DIR, store)  # a new session: the decision is read from the store
    assert not again.exception and CALLED not in graph_page(again)
    # the Edges tab's GraphML download is export.to_graphml of the shown graph: the same filter, the same file
    with Store(store) as db:
        G = network.corpus_graph(corpus_from_store(db))
    H = network.filter_graph(G, network.Filters(review=frozenset({"unreviewed", "accepted"})))
    buf = io.BytesIO()
    export.to_graphml(H, buf)
    buf.seek(0)
    back = export.read_graphml(buf)
    assert not back.has_edge(PUTIN, BIBI, "called") and not back.has_edge(BIBI, PUTIN, "called")
    assert G.has_edge(PUTIN, BIBI, "called") or G.has_edge(BIBI, PUTIN, "called")  # the claim is kept, hidden
    with Store(store) as db:
        (kept,) = [c for c in db.claims() if c.extra["claim_id"] == call.extra["claim_id"]]
        assert kept.extra["review_status"] == "rejected" and kept.extra["reviewed_at"]


def test_the_review_filter_shows_rejected_claims_when_asked(monkeypatch, tmp_path):
    from graph.store import Store

    store = tmp_path / "reviews.sqlite"
    at = app(monkeypatch, SEED_DIR, store)
    with Store(store) as db:
        (call,) = [c for c in db.claims() if (c.source, c.relation, c.target) == (PUTIN, "called", BIBI)]
        db.set_review(call.extra["claim_id"], "rejected")
    at = app(monkeypatch, SEED_DIR, store)
    assert CALLED not in graph_page(at)
    at.selectbox(key="rev").select("rejected").run()
    assert CALLED in graph_page(at) and component_data(at)["edges"] == 1


def test_a_quote_card_links_to_its_article_and_the_url_opens_it(seed, monkeypatch, tmp_path):
    seed.session_state["_clicked"] = {"kind": "node", "id": node_id(PUTIN)}
    seed.run()
    assert "?tab=Sources&amp;src=00-putin-netanyahu-call-2023-11-12" in html_text(seed)
    monkeypatch.setenv("ACTORNET_DATA", str(SEED_DIR))
    monkeypatch.setenv("ACTORNET_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["tab"] = "Sources"
    at.query_params["src"] = "05-biden-xi-woodside-meeting"
    at.run()
    assert not at.exception
    assert at.selectbox(key="src").value == "05-biden-xi-woodside-meeting"
    assert "Woodside" in html_text(at)
    assert len(at.selectbox(key="src").options) == 1  # the Sources tab is not sent every title either
    at.text_input(key="src_q").input("hospital gaza").run()
    assert len(at.selectbox(key="src").options) == 2
    at.selectbox(key="src").select_index(1).run()
    assert at.query_params["src"] in ("03-biden-statement-gaza-hospital-explosion",
                                      ["03-biden-statement-gaza-hospital-explosion"])
    assert "mourn the patients" in html_text(at)


def test_merge_an_actor_from_its_card_and_undo_it_from_the_sidebar(monkeypatch, tmp_path):
    at = app(monkeypatch, SEED_DIR, tmp_path / "s.sqlite")
    at.session_state["_clicked"] = {"kind": "node", "id": node_id(BIBI)}
    at.run()
    at.selectbox(key=f"merge-{BIBI}").select("Israel").run()
    at.button(key=f"merge-go-{BIBI}").click().run()
    assert not at.exception, at.exception
    assert node_id(BIBI) not in graph_page(at) and at.query_params["node"] in ("Israel", ["Israel"])
    at.selectbox(key="unmerge_pick").select(BIBI).run()
    at.button(key="unmerge_go").click().run()
    assert node_id(BIBI) in graph_page(at)


def test_add_a_claim_by_hand_from_the_card(monkeypatch, tmp_path):
    at = app(monkeypatch, SEED_DIR, tmp_path / "s.sqlite")
    at.session_state["_clicked"] = {"kind": "node", "id": node_id(BIBI)}
    at.run()
    at.selectbox(key=f"add-art-{BIBI}").select("00-putin-netanyahu-call-2023-11-12")
    at.selectbox(key=f"add-rel-{BIBI}").select("criticizes")
    at.selectbox(key=f"add-tgt-{BIBI}").select("Hamas")
    at.text_area(key=f"add-sent-{BIBI}").input("Netanyahu leads Israel.").run()
    at.button(key=f"add-go-{BIBI}").click().run()
    assert any("verbatim" in c.value for c in at.code), "a sentence not in the article is refused"
    sentence = "The Israeli Prime Minister stated that Israel would continue its operations"
    at.text_area(key=f"add-sent-{BIBI}").input(sentence).run()
    at.button(key=f"add-go-{BIBI}").click().run()
    assert not at.exception
    assert edge_id(BIBI, "criticizes", "Hamas") in graph_page(at)


def test_uploads_beyond_the_quota_are_refused_by_name(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORNET_UPLOAD_QUOTA", "1,100000")
    at = app(monkeypatch, tmp_path)
    one = "date: 2023-11-12\n\nVladimir Putin spoke with Benjamin Netanyahu on Monday.\n"
    two = "date: 2023-11-13\n\nJoe Biden met Xi Jinping on Tuesday.\n"
    at.get("file_uploader")[0].upload("one.txt", one.encode(), "text/plain").run()
    at.get("file_uploader")[0].upload("two.txt", two.encode(), "text/plain").run()
    assert not at.exception
    assert any("two.txt" in c.value and "uploads" in c.value for c in at.code), [c.value for c in at.code]
    from graph.store import Store

    with Store(tmp_path / "actornet.sqlite") as store:
        assert [a.path for a in store.articles()] == ["one.txt"]


def test_a_new_session_draws_the_graph_before_the_controls(monkeypatch, tmp_path):
    """No widget code on the first view: the graph comes first, with the filters' defaults, and asks the host to
    announce its drawing; then the controls appear and the graph data stays the same file."""
    monkeypatch.setenv("ACTORNET_DATA", str(SEED_DIR))
    monkeypatch.setenv("ACTORNET_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    first = component_data(at)
    assert first["announce"] is True
    assert not at.multiselect and not at.selectbox and not at.get("file_uploader") and not at.slider
    assert "appear once the graph is drawn" in "\n".join(c.value for c in at.sidebar.caption)
    drawn(at)
    after = component_data(at)
    assert after["announce"] is False and after["graph"] == first["graph"]
    assert at.multiselect(key="rel").value and at.get("file_uploader")
    assert "appear once the graph is drawn" not in "\n".join(c.value for c in at.sidebar.caption)


def test_a_url_with_filters_renders_the_controls_at_once(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORNET_DATA", str(SEED_DIR))
    monkeypatch.setenv("ACTORNET_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["iso"] = "true"
    at.run()
    assert not at.exception
    assert component_data(at)["announce"] is False
    assert at.checkbox(key="iso").value is True and at.multiselect(key="rel").value
