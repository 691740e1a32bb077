"""Real `streamlit run` + Debian's Chromium: click a node on the canvas, read its quote, filter, stay offline."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from graph.network import edge_id

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
PUTIN, BIBI = "Vladimir Putin", "Benjamin Netanyahu"
PUTIN_QUOTE = "reached out to Israeli Prime Minister Benjamin Netanyahu"
CALLED = edge_id(PUTIN, "called", BIBI, symmetric=True)
RERUN_TIMEOUT = 60_000  # ms: a stored decision and the app's rerun that follows it, on a loaded machine
SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
LINK_PAYLOAD = "[click](javascript:alert(1))"


def graph_frame(page, timeout: float = 30.0, settled: bool = True):
    """The graph iframe's element and frame once its page has drawn its first data; `settled`: and once a new
    session's controls have followed the first drawing (the page's own rerun), so that a test's first interaction
    does not race it."""
    if settled:
        graph_frame(page, timeout, settled=False)
        page.get_by_role("combobox", name="Find an actor").first.wait_for(state="visible", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    try:
        el = page.wait_for_selector("iframe.actornet-graph", timeout=timeout * 1000)
    except PlaywrightTimeout:
        raise AssertionError(f"no graph iframe; the page says:\n{page.inner_text('body')[:3000]}") from None
    src = el.get_attribute("src")
    frame = el.content_frame()
    while not frame.url.endswith(src):
        assert time.monotonic() < deadline, f"iframe did not navigate to {src}"
        page.wait_for_timeout(100)
    wait_for_js(frame, "window.graphReady === true", deadline - time.monotonic())
    return el, frame


def wait_for_js(frame, expression: str, timeout: float) -> None:
    """Poll `expression` from Python until it is true. Playwright's own `wait_for_function` polls by evaluating a
    string inside the page, which the graph page's content security policy (no 'unsafe-eval') refuses whenever the
    first check fails; a CDP `evaluate` of a plain expression is not subject to the page's policy."""
    deadline = time.monotonic() + max(timeout, 1.0)
    while not _evaluate_quietly(frame, expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression!r} in {frame.url}"
        time.sleep(0.05)


def _evaluate_quietly(frame, expression: str):
    try:
        return frame.evaluate(expression)
    except PlaywrightError as exc:  # the frame is still navigating: its context was replaced
        if "context" in str(exc) or "navigat" in str(exc):
            return False
        raise


def click_node(page, label: str) -> None:
    """Click the node labelled `label` on the vis-network canvas, at coordinates the network reports."""
    el, frame = graph_frame(page)
    el.scroll_into_view_if_needed()
    point = frame.evaluate(
        """(label) => {
            const hit = network.body.data.nodes.get({filter: (n) => n.label === label});
            if (!hit.length) return null;
            const p = network.canvasToDOM(network.getPositions([hit[0].id])[hit[0].id]);
            const r = document.querySelector("canvas").getBoundingClientRect();
            return {x: p.x + r.left, y: p.y + r.top};
        }""",
        label,
    )
    assert point, f"no node labelled {label!r} in the graph"
    box = el.bounding_box()
    border = el.evaluate("(e) => [e.clientLeft, e.clientTop]")
    page.mouse.click(box["x"] + border[0] + point["x"], box["y"] + border[1] + point["y"])


def mark_document(frame) -> int:
    """Leave a mark in the graph page's document (gone if the page reloads); its count of data updates."""
    frame.evaluate("window.__sameDocument = 'yes'")
    return frame.evaluate("window.graphUpdates")


def wait_update(frame, after: int, timeout: float = 30.0) -> None:
    """Wait until the graph page has drawn new data (more than `after` updates) in the same document."""
    wait_for_js(frame, f"window.graphUpdates > {after}", timeout)
    assert frame.evaluate("window.__sameDocument") == "yes", "the graph page was reloaded"


def positions_by_label(frame) -> dict:
    return frame.evaluate("(() => { const p = network.getPositions(); const out = {};"
                          " for (const id in p) out[network.body.data.nodes.get(id).label] = p[id]; return out; })()")


def has_edge(frame, vid: str) -> bool:
    return frame.evaluate("(id) => network.body.data.edges.get(id) !== null", vid)


def assert_offline(page) -> None:
    traffic = page.traffic
    assert traffic.requests, "no requests were recorded"
    assert traffic.failed == [], traffic.failed
    assert traffic.foreign() == [], traffic.foreign()


def test_click_node_shows_quote_and_relation_filter_removes_edge(page, seed_server, tmp_path):
    page.goto(seed_server.url)
    _, frame = graph_frame(page)
    assert has_edge(frame, CALLED)

    click_node(page, PUTIN)
    quote = page.get_by_text(PUTIN_QUOTE).first
    quote.wait_for(state="visible", timeout=20_000)
    assert "node=Vladimir+Putin" in page.url or "node=Vladimir%20Putin" in page.url
    page.get_by_role("heading", name=PUTIN).first.wait_for(state="visible")
    shot = ROOT / "docs" / "screenshot.png" if os.environ.get("UPDATE_SCREENSHOT") else tmp_path / "shot.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)
    page.screenshot(path=str(shot))

    _, frame = graph_frame(page)
    updates = mark_document(frame)
    page.get_by_role("button", name="Remove called").click()
    wait_update(frame, updates)
    assert not has_edge(frame, CALLED)
    assert frame.evaluate("network.body.data.nodes.length") > 1
    assert "rel=" in page.url and "node=Vladimir" in page.url  # the view is shareable
    page.get_by_role("heading", name=PUTIN).first.wait_for(state="visible")  # selection survived
    assert_offline(page)

    shared = page.context.new_page()  # the URL alone restores filters and selection
    shared.traffic = page.traffic.__class__(shared)
    shared.goto(page.url)
    _, frame = graph_frame(shared)
    assert not has_edge(frame, CALLED)
    shared.get_by_role("heading", name=PUTIN).first.wait_for(state="visible")
    assert_offline(shared)


def test_click_edge_shows_its_quotes(page, seed_server):
    page.goto(seed_server.url)
    el, frame = graph_frame(page)
    el.scroll_into_view_if_needed()
    point = frame.evaluate(
        """(id) => {  // a point on the edge where no node sits and vis says the edge is hit
            const [a, b] = network.getConnectedNodes(id);
            const pa = network.canvasToDOM(network.getPositions([a])[a]);
            const pb = network.canvasToDOM(network.getPositions([b])[b]);
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
                const p = {x: pa.x + t * (pb.x - pa.x), y: pa.y + t * (pb.y - pa.y)};
                if (network.getNodeAt(p) === undefined && network.getEdgeAt(p) === id) return p;
            }
            return null;
        }""",
        CALLED,
    )
    assert point, "no clear spot on the 'called' edge"
    box = el.bounding_box()
    page.mouse.click(box["x"] + 1 + point["x"], box["y"] + 1 + point["y"])
    page.get_by_role("heading", name=f"{PUTIN} — called — {BIBI}").first.wait_for(timeout=20_000)
    page.get_by_text(PUTIN_QUOTE).first.wait_for(state="visible", timeout=20_000)
    assert "edge=" + CALLED in page.url


def test_hostile_article_is_shown_as_text_and_nothing_runs(page, hostile_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_server.url)
    graph_frame(page)
    click_node(page, PUTIN)
    page.get_by_text(SCRIPT_PAYLOAD).first.wait_for(state="visible", timeout=20_000)
    assert page.get_by_text(IMG_PAYLOAD).first.is_visible()
    assert page.get_by_text(LINK_PAYLOAD).first.is_visible()

    page.get_by_role("tab", name="Sources").click()
    article = page.locator(".article").first
    article.wait_for(state="visible")
    body = article.inner_text()
    assert SCRIPT_PAYLOAD in body and IMG_PAYLOAD in body and LINK_PAYLOAD in body and "href" in body

    page.wait_for_timeout(500)
    for frame in page.frames:
        assert frame.evaluate("typeof window.__pwned") == "undefined", frame.url
        assert frame.locator('a[href^="javascript"]').count() == 0
        assert frame.locator('img[src="x"]').count() == 0
    assert dialogs == []
    assert_offline(page)


def _overlap(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_first_view_labels_the_ten_busiest_actors_readably(browser, seed_server, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    try:
        page.goto(seed_server.url)
        el, frame = graph_frame(page)
        box = el.bounding_box()
        assert box["y"] + box["height"] <= size[1] + 1, "the whole canvas is on screen without scrolling"
        top = frame.evaluate("window.nodesByDegree().slice(0, 10)")
        boxes = frame.evaluate("(ids) => window.labelBoxes(ids)", top)
        names = frame.evaluate("(ids) => ids.map((i) => network.body.data.nodes.get(i).label)", top)
        small = [n for n, i in zip(names, top, strict=True) if boxes[i]["px"] < 10]
        assert not small, f"labels missing or under 10 px at {size}: {small}"
        for i, a in enumerate(top):
            for b in top[i + 1 :]:
                assert not _overlap(boxes[a], boxes[b]), (names[top.index(a)], names[top.index(b)])
    finally:
        context.close()


def test_a_new_session_loads_the_graph_before_the_controls_then_shows_them(page, seed_server):
    """The graph's code is fetched before any filter widget's code; once the graph is drawn the sidebar's
    controls appear, and the graph page is neither reloaded nor sent new data."""
    page.goto(seed_server.url)
    _, frame = graph_frame(page, settled=False)
    updates = mark_document(frame)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Relation types").first.wait_for(state="visible", timeout=20_000)
    page.get_by_role("combobox", name="Find an actor").first.wait_for(state="visible", timeout=20_000)
    assert frame.evaluate("window.__sameDocument") == "yes" and frame.evaluate("window.graphUpdates") == updates
    # (a control may be drawn a moment before the browser lists the fetch of its code: wait for both to be listed)
    fetched = "performance.getEntriesByType('resource').map((e) => e.name.split('/').pop().split('.')[0])"
    wait_for_js(page, f"['Multiselect', 'FileUploader'].every((n) => {fetched}.includes(n))", 20)
    started = page.evaluate("Object.fromEntries(performance.getEntriesByType('resource')"
                            ".map((e) => [e.name.split('/').pop().split('.')[0], e.startTime]))")
    assert {"BidiComponent", "Multiselect", "FileUploader"} <= set(started), sorted(started)
    assert started["BidiComponent"] < min(started["Multiselect"], started["FileUploader"])


def test_a_new_user_with_no_articles_gets_the_uploader(page, tmp_path):
    """An empty data folder draws an empty graph; the controls, the uploader among them, still follow."""
    from conftest import Server

    (tmp_path / "none").mkdir()
    server = Server(tmp_path / "none")
    try:
        page.goto(server.url)
        page.get_by_text("No article files (*.txt) were found").first.wait_for(state="visible", timeout=30_000)
        page.get_by_text("Add article files (.txt)").first.wait_for(state="visible", timeout=30_000)
    finally:
        server.stop()


def test_rejecting_a_claim_in_its_card_removes_the_edge_after_a_reload_and_from_the_graphml(page, tmp_path):
    """The issue's review path end to end in Chromium: the edge's card, its review table, 'rejected'; a new
    session no longer draws the edge, and the Edges tab's GraphML download does not hold it."""
    from urllib.parse import quote

    from conftest import SEED_DIR, Server

    from graph import export

    server = Server(SEED_DIR)  # its own store: the decision must not leak into other tests' server
    try:
        page.goto(server.url + "?edge=" + quote(CALLED))
        _, frame = graph_frame(page)
        assert has_edge(frame, CALLED)
        page.get_by_role("heading", name=f"{PUTIN} — called — {BIBI}").first.wait_for(timeout=20_000)
        page.get_by_role("combobox", name="Find an actor").first.wait_for(state="visible", timeout=20_000)
        page.get_by_text("Review these claims (1)").first.click()
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.wait_for(state="visible", timeout=20_000)
        grid.scroll_into_view_if_needed()
        rejected = page.get_by_role("option", name="rejected")
        card = page.get_by_text("Review these claims").first
        for _ in range(5):  # the canvas grid once took the double click before it took input, and once dropped the
            # chosen option (both cores busy: the editor never opened, or the choice never reached the app): the
            # gesture is made again until the app has it; what the test asserts is unchanged
            if not card.is_visible():
                break  # (an earlier gesture's decision was stored after all)
            page.keyboard.press("Escape")  # (an editor a dropped gesture left open takes no new double click)
            box = grid.bounding_box()
            page.mouse.dblclick(box["x"] + 40, box["y"] + 35 + 17)  # the first row's "decision" cell (canvas grid)
            try:
                rejected.wait_for(state="visible", timeout=15_000)
            except PlaywrightTimeout:
                continue
            rejected.click()
            # its only claim: the card goes once the app has stored the decision and rerun, which took more than
            # 20 s once on a machine whose two cores were busy with other work
            try:
                card.wait_for(state="detached", timeout=RERUN_TIMEOUT)
                break
            except PlaywrightTimeout:
                continue
        card.wait_for(state="detached", timeout=RERUN_TIMEOUT)  # (fails here if no gesture reached the app)
        page.goto(server.url)
        _, frame = graph_frame(page)
        assert frame.evaluate("network.body.data.nodes.length") > 10 and not has_edge(frame, CALLED)
        page.get_by_role("tab", name="Edges").click()
        with page.expect_download(timeout=30_000) as info:
            page.get_by_role("button", name="Network as GraphML").click()
        back = export.read_graphml(info.value.path())
        assert back.number_of_edges() > 10
        assert not back.has_edge(PUTIN, BIBI, "called") and not back.has_edge(BIBI, PUTIN, "called")
    finally:
        server.stop()


def test_search_by_alias_selects_the_actor_and_shows_quotes(page, seed_server):
    page.goto(seed_server.url)
    graph_frame(page)
    search = page.get_by_role("combobox", name="Find an actor").first
    search.click()
    page.keyboard.type("Netanyahu")
    page.get_by_role("option", name=re.compile(r"^Benjamin Netanyahu")).first.click()
    page.get_by_role("heading", name=BIBI).first.wait_for(state="visible", timeout=20_000)
    page.get_by_text(PUTIN_QUOTE).first.wait_for(state="visible", timeout=20_000)
    assert "node=Benjamin" in page.url
    _, frame = graph_frame(page)
    wait_for_js(frame, "network.getSelectedNodes().length === 1", 10)
    assert frame.evaluate("network.body.data.nodes.get(network.getSelectedNodes()[0]).label") == BIBI


def test_a_filter_change_updates_the_same_page_and_keeps_every_node_and_the_view(page, seed_server):
    page.goto(seed_server.url)
    _, frame = graph_frame(page)
    frame.locator("#zin").click()  # the user zoomed in: a filter change must not reset the view
    wait_for_js(frame, "window.labelsShown !== undefined", 10)
    view = frame.evaluate("[network.getScale(), network.getViewPosition()]")
    before = positions_by_label(frame)
    updates = mark_document(frame)
    page.get_by_role("button", name="Remove called").click()
    wait_update(frame, updates)
    assert not has_edge(frame, CALLED)
    after = positions_by_label(frame)
    common = set(before) & set(after)
    assert len(common) > 10
    moved = [n for n in common if max(abs(before[n]["x"] - after[n]["x"]), abs(before[n]["y"] - after[n]["y"])) > 0.5]
    assert moved == []
    scale, centre = frame.evaluate("[network.getScale(), network.getViewPosition()]")
    assert abs(scale - view[0]) < 1e-6
    assert abs(centre["x"] - view[1]["x"]) < 0.5 and abs(centre["y"] - view[1]["y"]) < 0.5


def test_legend_click_hides_a_relation_and_updates_the_sidebar_filter(page, seed_server):
    page.goto(seed_server.url)
    _, frame = graph_frame(page)
    assert has_edge(frame, CALLED)
    entry = frame.locator('#legend button[data-relation="called"]')
    assert entry.get_attribute("aria-pressed") == "true"
    updates = mark_document(frame)
    entry.click()
    wait_update(frame, updates)
    assert not has_edge(frame, CALLED)
    assert frame.evaluate("network.body.data.edges.length") > 0  # the other relations stay
    assert entry.get_attribute("aria-pressed") == "false"  # still listed, to switch it back on
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_role("button", name="Remove called").count() == 0  # one filter: the sidebar agrees
    assert "rel=" in page.url
    updates = frame.evaluate("window.graphUpdates")
    entry.click()
    wait_update(frame, updates)
    assert has_edge(frame, CALLED)
    sidebar.get_by_role("button", name="Remove called").wait_for(timeout=20_000)


def test_back_and_forward_walk_through_selections(page, seed_server):
    page.goto(seed_server.url)
    graph_frame(page)
    click_node(page, PUTIN)
    page.get_by_role("heading", name=PUTIN).first.wait_for(timeout=20_000)
    click_node(page, BIBI)
    page.get_by_role("heading", name=BIBI).first.wait_for(timeout=20_000)
    assert "node=Benjamin" in page.url
    page.go_back()
    page.get_by_role("heading", name=PUTIN).first.wait_for(timeout=20_000)
    page.get_by_role("heading", name=BIBI).wait_for(state="detached", timeout=20_000)
    assert "node=Vladimir" in page.url
    _, frame = graph_frame(page)
    wait_for_js(frame, "network.getSelectedNodes().length === 1 && "
                f"network.body.data.nodes.get(network.getSelectedNodes()[0]).label === {PUTIN!r}", 20)
    page.go_forward()
    page.get_by_role("heading", name=BIBI).first.wait_for(timeout=20_000)
    assert "node=Benjamin" in page.url


def test_articles_filter_finds_titles_by_typing_and_ships_no_title_list(page, seed_server):
    received = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda p: received.append(
        p if isinstance(p, bytes) else p.encode("utf-8"))))
    page.goto(seed_server.url)
    _, frame = graph_frame(page)
    title = "Statement from President Joe Biden on the Hospital Explosion in Gaza"
    other = "Readout of President Biden’s Call with President William Ruto of Kenya"
    assert not any(t.encode("utf-8") in frame_ for frame_ in received for t in (title, other)), \
        "a new session was sent article titles"
    updates = mark_document(frame)
    find = page.get_by_role("textbox", name="Find articles")
    find.fill("hospital gaza")
    find.press("Enter")
    page.get_by_role("combobox", name=re.compile("Articles")).first.click()
    page.get_by_role("option", name=re.compile("Hospital Explosion in Gaza")).first.click()
    wait_update(frame, updates)
    assert "art=" in page.url
    assert not any(other.encode("utf-8") in frame_ for frame_ in received)  # only what was found was sent
    assert not has_edge(frame, CALLED)  # the graph shows that article's relations alone
