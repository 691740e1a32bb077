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
SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
LINK_PAYLOAD = "[click](javascript:alert(1))"


def graph_frame(page, previous_src: str | None = None, timeout: float = 30.0):
    """The graph iframe's element and frame once its page has drawn (and, if given, its src changed)."""
    deadline = time.monotonic() + timeout
    try:
        el = page.wait_for_selector("iframe.actornet-graph", timeout=timeout * 1000)
    except PlaywrightTimeout:
        raise AssertionError(f"no graph iframe; the page says:\n{page.inner_text('body')[:3000]}") from None
    while previous_src is not None and el.get_attribute("src") == previous_src:
        assert time.monotonic() < deadline, "the graph page was not replaced"
        page.wait_for_timeout(100)
        el = page.wait_for_selector("iframe.actornet-graph")
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

    old_src = graph_frame(page)[0].get_attribute("src")
    page.get_by_role("button", name="Remove called").click()
    _, frame = graph_frame(page, previous_src=old_src)
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


def test_a_filter_change_keeps_every_node_in_place(page, seed_server):
    page.goto(seed_server.url)
    el, frame = graph_frame(page)
    before = frame.evaluate("(() => { const p = network.getPositions(); const out = {};"
                            " for (const id in p) out[network.body.data.nodes.get(id).label] = p[id]; return out; })()")
    old_src = el.get_attribute("src")
    page.get_by_role("button", name="Remove called").click()
    _, frame = graph_frame(page, previous_src=old_src)
    after = frame.evaluate("(() => { const p = network.getPositions(); const out = {};"
                           " for (const id in p) out[network.body.data.nodes.get(id).label] = p[id]; return out; })()")
    common = set(before) & set(after)
    assert len(common) > 10
    moved = [n for n in common if max(abs(before[n]["x"] - after[n]["x"]), abs(before[n]["y"] - after[n]["y"])) > 0.5]
    assert moved == []
