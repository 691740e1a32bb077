"""Dashboard speed, measured in Debian's Chromium against a real `streamlit run`. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_dashboard.py [--nodes 2000 --edges 5000]

1. seconds from the server answering /_stcore/health to the seed graph drawn and clickable (cold and warm);
2. bytes over the websocket for one click on a node (both directions), until its quotes are shown;
3. a synthetic graph of N actors and E edges: Python build/layout/render seconds, page size, and seconds
   until vis-network has drawn it in the browser (the page is the one the dashboard would serve).
"""

from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.network import build_graph, layout  # noqa: E402
from graph.records import Claim  # noqa: E402
from graph.render import graph_html, write_static  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
RELATIONS = ["called", "met", "discussed_with", "supports", "criticizes", "accuses", "attacks", "offers_aid"]
TYPES = ["person", "state", "organization", "group"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data: Path, port: int) -> tuple[subprocess.Popen, float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false", "--", "--data", str(data)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        return proc, wait_health(port)
    except SystemExit:
        proc.terminate()
        raise


def wait_health(port: int) -> float:
    """Wait until the server on `port` answers /_stcore/health; the moment it did."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return time.monotonic()
        except OSError:
            time.sleep(0.05)
    raise SystemExit("streamlit did not come up")


def graph_ready(page, timeout_ms: float = 60_000):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        el = page.wait_for_selector("iframe.actornet-graph", timeout=timeout_ms)
    except PlaywrightTimeout:
        raise SystemExit(f"no graph on the page; it says:\n{page.inner_text('body')[:3000]}") from None
    frame = el.content_frame()
    wait_for_js(frame, "window.graphReady === true", timeout_ms)
    return el, frame


def wait_for_js(frame, expression: str, timeout_ms: float) -> None:
    """Poll from Python: Playwright's `wait_for_function` evaluates a string inside the page to poll, which the
    graph page's content security policy refuses (see tests/test_browser.py)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not frame.evaluate(expression):
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {expression!r}")
        time.sleep(0.05)


def click_bytes(browser, url: str, label: str | None) -> None:
    """Open a fresh session, wait for quiet, click the node `label` (None: the busiest) and count the
    websocket bytes until its card is shown and a second of quiet has passed."""
    sent, received = [0], [0]

    def on_ws(ws):
        ws.on("framesent", lambda p: sent.__setitem__(0, sent[0] + len(p)))
        ws.on("framereceived", lambda p: received.__setitem__(0, received[0] + len(p)))

    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.on("websocket", on_ws)
    page.goto(url)
    el, frame = graph_ready(page)
    page.wait_for_timeout(1500)  # let the initial rerun traffic settle
    point = frame.evaluate(
        """(label) => {
            let ids = network.body.data.nodes.getIds();
            if (label) ids = ids.filter((id) => network.body.data.nodes.get(id).label === label);
            ids.sort((a, b) => network.getConnectedEdges(b).length - network.getConnectedEdges(a).length);
            if (!ids.length) return null;
            const p = network.canvasToDOM(network.getPositions([ids[0]])[ids[0]]);
            return {x: p.x, y: p.y, label: network.body.data.nodes.get(ids[0]).label,
                    edges: network.getConnectedEdges(ids[0]).length};
        }""",
        label,
    )
    if point is None:
        print(f"click: no node {label!r} in this corpus")
        page.close()
        return
    box = el.bounding_box()
    sent[0] = received[0] = 0
    t0 = time.monotonic()
    page.mouse.click(box["x"] + 1 + point["x"], box["y"] + 1 + point["y"])
    page.locator("h3", has_text=point["label"]).first.wait_for(timeout=20_000)
    shown = time.monotonic() - t0
    page.wait_for_timeout(1000)
    print(f"click on {point['label']!r} ({point['edges']} edges): card shown after {shown:.2f} s; websocket bytes "
          f"server->browser {received[0]:,}, browser->server {sent[0]:,}")  # fmt: skip
    page.close()


def synthetic_claims(n_nodes: int, n_edges: int, seed: int = 1) -> list[Claim]:
    rng = random.Random(seed)
    names = [f"Actor {i:04d}" for i in range(n_nodes)]
    types = {n: rng.choice(TYPES) for n in names}
    seen: set[tuple[str, str, str]] = set()
    claims = []
    while len(seen) < n_edges:
        i = rng.randrange(n_nodes)
        j = min(n_nodes - 1, max(0, i + int(rng.gauss(0, 40)))) if rng.random() < 0.7 else rng.randrange(n_nodes)
        if i == j:
            continue
        key = (names[i], rng.choice(RELATIONS), names[j])
        if key in seen or (key[2], key[1], key[0]) in seen:
            continue
        seen.add(key)
        claims.append(Claim(key[0], key[1], key[2], f"a{len(claims) % 500}", None, "q.", 0, 2,
                            source_type=types[key[0]], target_type=types[key[2]]))  # fmt: skip
    return claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--data", default=str(ROOT / "data" / "articles"))
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://localhost:{port}/"
    proc = None
    try:
        with sync_playwright() as pw:
            # the user's browser is already open: launch it before the clock starts
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            proc, up = start_server(Path(args.data), port)

            # 1. seed dashboard: server up -> graph drawn (cold: first session builds the corpus)
            page.goto(url)
            graph_ready(page)
            cold = time.monotonic() - up
            page.close()
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.monotonic()
            page.goto(url)
            el, frame = graph_ready(page)
            warm = time.monotonic() - t0
            print(f"seed dashboard interactive, cold (server up -> graph drawn): {cold:6.2f} s")
            print(f"seed dashboard interactive, warm (new session -> graph drawn): {warm:6.2f} s")

            # for scale: a bare Streamlit page (one heading) in a fresh session of the same browser
            bare_dir = Path(tempfile.mkdtemp(prefix="actornet-bare-"))
            (bare_dir / "bare.py").write_text("import streamlit as st\nst.html('<h2>bare</h2>')\n", encoding="utf-8")
            bare_port = free_port()
            bare = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(bare_dir / "bare.py"), "--server.port", str(bare_port),
                 "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                wait_health(bare_port)
                for _ in range(2):  # the second visit is the warm one
                    bp = browser.new_page()
                    t0 = time.monotonic()
                    bp.goto(f"http://localhost:{bare_port}/")
                    bp.wait_for_selector("h2", timeout=60_000)
                    bare_s = time.monotonic() - t0
                    bp.close()
                print(f"for scale, a bare Streamlit page (one heading), new session -> shown: {bare_s:6.2f} s")
            finally:
                bare.terminate()
                bare.wait(timeout=10)

            # 2. websocket bytes for one click: on the seed's Vladimir Putin and on the busiest node
            page.close()
            for target in ("Vladimir Putin", None):
                click_bytes(browser, url, target)

            # 3. synthetic big graph
            t0 = time.monotonic()
            claims = synthetic_claims(args.nodes, args.edges)
            G = build_graph(claims)
            t1 = time.monotonic()
            pos = layout(G)
            t2 = time.monotonic()
            html = graph_html(G, pos)
            t3 = time.monotonic()
            name = write_static(html, ROOT / "static", prefix="bench")
            print(f"synthetic graph {G.number_of_nodes():,} actors / {G.number_of_edges():,} edges: build "
                  f"{t1 - t0:.2f} s, layout {t2 - t1:.2f} s (cached by the dashboard), page {t3 - t2:.2f} s, "
                  f"{len(html) / 1e6:.2f} MB")  # fmt: skip
            for run in ("first", "second"):
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                t0 = time.monotonic()
                page.goto(f"{url}app/static/{name}")
                wait_for_js(page, "window.graphReady === true", 120_000)
                ready = time.monotonic() - t0
                print(f"synthetic graph drawn in the browser ({run} load): {ready:6.2f} s")
                page.close()
            browser.close()
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
