"""Dashboard speed, measured in Debian's Chromium against a real `streamlit run`. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_dashboard.py [--nodes 2000 --edges 5000]

Side by side, in one run (each "new session" is a fresh browser context: nothing cached):
1. a bare Streamlit page (one heading): new session -> heading shown;
2. the seed dashboard: server up -> graph drawn (cold), and new session -> graph drawn (warm) and -> the
   sidebar's filters shown (a new session draws the graph first and renders its controls after);
3. a filter change (one relation type removed): click -> the graph page has drawn the new data, with the bytes
   over the websocket and over HTTP;
4. a click on a node: click -> its card shown, with the websocket bytes;
5. a synthetic graph of N actors and E edges: Python build/layout/data seconds and size, and new session -> drawn,
   through the same component and page as the dashboard;
6. the server's memory (resident set) after the seed dashboard and after each of K uploads of an article file of
   S MB (`--uploads K --upload-mb S`), each upload through the page's own uploader.
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

from graph.engines import MAX_SENTENCES  # noqa: E402
from graph.network import build_graph, layout  # noqa: E402
from graph.records import Claim  # noqa: E402
from graph.render import graph_data, graph_json, install_page, write_static  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
RELATIONS = ["called", "met", "discussed_with", "supports", "criticizes", "accuses", "attacks", "offers_aid"]
TYPES = ["person", "state", "organization", "group"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data: Path, port: int, store: Path) -> tuple[subprocess.Popen, float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false", "--", "--data", str(data),
         "--store", str(store)],
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


class Traffic:
    """Bytes a page receives and sends over its websockets, and response bodies over HTTP (as transferred)."""

    def __init__(self, page):
        self.ws_in = self.ws_out = self.http = 0
        page.on("websocket", self._ws)
        page.on("requestfinished", self._http)

    def _ws(self, ws) -> None:
        ws.on("framesent", lambda p: setattr(self, "ws_out", self.ws_out + len(p)))
        ws.on("framereceived", lambda p: setattr(self, "ws_in", self.ws_in + len(p)))

    def _http(self, request) -> None:
        try:
            self.http += max(0, request.sizes().get("responseBodySize", 0))
        except Exception:  # noqa: BLE001 - the page closed meanwhile
            pass

    def reset(self) -> None:
        self.ws_in = self.ws_out = self.http = 0

    def __str__(self) -> str:
        return (f"websocket {self.ws_in / 1000:.1f} KB in / {self.ws_out / 1000:.1f} KB out, "
                f"HTTP {self.http / 1000:.1f} KB")


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
    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            if frame.evaluate(expression):
                return
        except PlaywrightError as exc:  # the frame is still navigating: its context was replaced
            if "context" not in str(exc) and "navigat" not in str(exc):
                raise
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {expression!r}")
        time.sleep(0.05)


def click_bytes(browser, url: str, label: str | None) -> str:
    """Open a fresh session, wait for quiet, click the node `label` (None: the busiest) and count the
    websocket bytes until its card is shown and a second of quiet has passed."""
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    traffic = Traffic(page)
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
        page.close()
        return f"click: no node {label!r} in this corpus"
    box = el.bounding_box()
    traffic.reset()
    t0 = time.monotonic()
    page.mouse.click(box["x"] + 1 + point["x"], box["y"] + 1 + point["y"])
    page.locator("h3", has_text=point["label"]).first.wait_for(timeout=20_000)
    shown = time.monotonic() - t0
    page.wait_for_timeout(1000)
    page.close()
    head = f"click on {point['label']!r} ({point['edges']} edges) -> card shown:"
    sizes = f"websocket {traffic.ws_in / 1000:.1f} KB in / {traffic.ws_out / 1000:.1f} KB out"
    return f"{head:<65}{shown:6.2f} s  ({sizes})"


def filter_change(browser, url: str) -> tuple[float, Traffic]:
    """Open a fresh session, wait for quiet, remove one relation type in the sidebar and time it until the graph
    page has drawn the new data; the bytes over the websocket and HTTP meanwhile (until a second of quiet)."""
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    traffic = Traffic(page)
    page.goto(url)
    _, frame = graph_ready(page)
    page.wait_for_timeout(1500)
    before = frame.evaluate("window.graphUpdates")
    traffic.reset()
    t0 = time.monotonic()
    page.get_by_role("button", name="Remove called").click()
    wait_for_js(frame, f"window.graphUpdates > {before}", 30_000)
    took = time.monotonic() - t0
    page.wait_for_timeout(1000)
    reloaded = frame.evaluate("window.graphUpdates") == 1
    page.close()
    if reloaded:
        raise SystemExit("the graph page was reloaded by a filter change")
    return took, traffic


def big_graph(browser, args) -> list[str]:
    """The synthetic graph through the dashboard's own component and page, in a one-element Streamlit app."""
    out = []
    t0 = time.monotonic()
    claims = synthetic_claims(args.nodes, args.edges)
    G = build_graph(claims)
    t1 = time.monotonic()
    pos = layout(G)
    t2 = time.monotonic()
    data = graph_json(graph_data(G, pos))
    t3 = time.monotonic()
    app_dir = Path(tempfile.mkdtemp(prefix="actornet-big-"))
    shell = install_page(app_dir / "static")
    name = write_static(data, app_dir / "static")
    out.append(f"synthetic graph {G.number_of_nodes():,} actors / {G.number_of_edges():,} edges: "
               f"build {t1 - t0:.2f} s, layout {t2 - t1:.2f} s (cached by the dashboard), "
               f"data {t3 - t2:.2f} s, {len(data) / 1e6:.2f} MB")
    (app_dir / "big.py").write_text(
        "import streamlit as st\n"
        f"js = open({str(ROOT / 'graph' / 'component' / 'host.js')!r}, encoding='utf-8').read()\n"
        "graph = st.components.v2.component('actornet_graph', js=js)\n"
        f"graph(key='graph', data={{'page': 'app/static/{shell}', 'graph': 'app/static/{name}', 'selected': None, "
        "'height': 540}, height=544)\n", encoding="utf-8")  # fmt: skip
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app_dir / "big.py"), "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.enableStaticServing", "true"],
        cwd=app_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_health(port)
        for run in ("first", "second"):
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.monotonic()
            page.goto(f"http://localhost:{port}/")
            _, frame = graph_ready(page, 120_000)
            took = time.monotonic() - t0
            inside = frame.evaluate("performance.now()") / 1000  # since the graph page started loading
            out.append(f"synthetic graph, new session -> drawn ({run} session):{' ' * 17}{took:6.2f} s  "
                       f"(graph page loaded and drawn in {inside:.2f} s of it)")
            page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return out


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


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the Streamlit server), from /proc."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        kids = [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kids + [g for k in kids for g in _children(k)]


def upload_memory(browser, url: str, pid: int, uploads: int, megabytes: float) -> list[str]:
    """Upload article files one at a time through the dashboard's uploader; the server's memory after each."""
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.goto(url)
    graph_ready(page)
    lines = [f"server memory after the seed dashboard:                          {rss_mb(pid):6.0f} MB"]
    sentence = ("Officials in the capital said on {d} that the talks on trade, {n}, would continue next week, "
                "and that no decision on the budget had been taken. ")
    for k in range(uploads):
        body = []
        size = 0
        i = 0
        while size < megabytes * 1_000_000:
            line = sentence.format(d=f"day {k}-{i}", n=f"round {i}")
            body.append(line)
            size += len(line)
            i += 1
        if len(body) > MAX_SENTENCES:
            raise SystemExit(f"--upload-mb {megabytes} makes {len(body):,} sentences; the dashboard refuses an "
                             f"article over {MAX_SENTENCES:,}")
        text = f"title: Upload {k}\ndate: 2024-01-{k + 1:02d}\n\n" + "".join(body)
        t0 = time.monotonic()
        page.locator('input[type="file"]').set_input_files(
            files=[{"name": f"upload-{k}.txt", "mimeType": "text/plain", "buffer": text.encode()}])
        page.get_by_text(f"Added articles ({k + 1})").wait_for(timeout=600_000)
        lines.append(f"upload {k + 1} of {megabytes:.1f} MB stored ({time.monotonic() - t0:5.1f} s): server memory "
                     f"        {rss_mb(pid):6.0f} MB")
    page.close()
    return lines


def bare_page(browser) -> float:
    """New session -> shown, for a Streamlit page with one heading (the second of two visits)."""
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
    finally:
        bare.terminate()
        bare.wait(timeout=10)
    return bare_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--data", default=str(ROOT / "data" / "articles"))
    ap.add_argument("--runs", type=int, default=3, help="new sessions of the seed dashboard to time (median shown)")
    ap.add_argument("--uploads", type=int, default=3, help="article files to upload one at a time (memory)")
    ap.add_argument("--upload-mb", type=float, default=0.25,
                    help="size of each uploaded article file (at most about 0.3: an article has at most "
                         "MAX_SENTENCES sentences, and these are about 155 characters long)")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://localhost:{port}/"
    proc = None
    lines = []
    store = Path(tempfile.mkdtemp(prefix="actornet-bench-")) / "store.sqlite"  # never the data folder's store
    try:
        with sync_playwright() as pw:
            # the user's browser is already open: launch it before the clock starts
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            bare = bare_page(browser)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            proc, up = start_server(Path(args.data), port, store)

            page.goto(url)  # cold: the first session builds the corpus
            graph_ready(page)
            cold = time.monotonic() - up
            page.close()
            warm, controls = [], []
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                t0 = time.monotonic()
                page.goto(url)
                graph_ready(page)
                warm.append(time.monotonic() - t0)
                page.locator('[data-testid="stSidebar"]').get_by_text("Relation types").first.wait_for(
                    state="visible", timeout=60_000)  # fmt: skip
                controls.append(time.monotonic() - t0)
                page.close()
            warm.sort()
            controls.sort()
            lines.append(f"bare Streamlit page (one heading), new session -> shown:          {bare:6.2f} s")
            lines.append(f"seed dashboard, new session -> graph drawn (median of {args.runs}):     "
                         f"{warm[len(warm) // 2]:6.2f} s  (all: {', '.join(f'{w:.2f}' for w in warm)}; "
                         f"{warm[len(warm) // 2] - bare:+.2f} s on the bare page)")
            lines.append(f"seed dashboard, new session -> sidebar filters shown (median):  "
                         f"{controls[len(controls) // 2]:6.2f} s  (the graph is drawn first; the controls follow)")
            lines.append(f"seed dashboard, cold (server up -> graph drawn, corpus built):   {cold:6.2f} s")
            took, traffic = filter_change(browser, url)
            lines.append(f"filter change (remove 'called') -> graph redrawn:                {took:6.2f} s  ({traffic})")
            for target in ("Vladimir Putin", None):
                lines.append(click_bytes(browser, url, target))
            lines.extend(upload_memory(browser, url, proc.pid, args.uploads, args.upload_mb))
            lines.extend(big_graph(browser, args))
            browser.close()
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
