"""Shared fixtures: small claim sets, a hostile article folder, and a real streamlit server + Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from graph.records import Actor, Article, Claim, Mention, Role

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HOSTILE_PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click](javascript:alert(1))",
)
HOSTILE_ARTICLE = f"""title: Hostile {HOSTILE_PAYLOADS[0]} readout {HOSTILE_PAYLOADS[2]}
date: 2023-11-12

Russian President Vladimir Putin spoke with Israeli Prime Minister Benjamin Netanyahu on Monday about \
{HOSTILE_PAYLOADS[0]}, {HOSTILE_PAYLOADS[1]}, href and {HOSTILE_PAYLOADS[2]}.

The two leaders agreed to stay in touch.
"""


# ---------------------------------------------------------------- records


@pytest.fixture(autouse=True, scope="session")
def _at_repository_root():
    """Tests name bundled files relative to the repository root; run from anywhere, they still find them
    (started elsewhere, a relative path would make a regression floor pass on an empty folder)."""
    here = os.getcwd()
    os.chdir(Path(__file__).resolve().parent.parent)
    yield
    os.chdir(here)


def claim(source, relation, target, article="a1", day=None, quote=None, start=0, **kw) -> Claim:
    """A Claim with a quote of its own (offsets are only meaningful with `article_of`)."""
    quote = quote or f"{source} {relation} {target}."
    return Claim(source, relation, target, article, day, quote, start, start + len(quote), **kw)


def article_of(article_id: str, sentences: list[str], day: date | None = None, title: str = "T") -> Article:
    """An Article whose body is `sentences` joined by spaces (header-free, body_start 0)."""
    return Article(article_id, f"{article_id}.txt", title, day, "", "", " ".join(sentences), 0)


@pytest.fixture
def make_claim():
    return claim


@pytest.fixture
def make_article():
    return article_of


@pytest.fixture
def small_claims() -> list[Claim]:
    """Four actors, parallel edges (Putin called and met Raisi), a symmetric pair in both directions,
    two articles on two dates, and one negated claim that must not become an edge."""
    d1, d2 = date(2023, 11, 12), date(2024, 5, 20)
    return [
        claim("Vladimir Putin", "called", "Benjamin Netanyahu", "a1", d1, source_type="person", target_type="person"),
        claim("Benjamin Netanyahu", "called", "Vladimir Putin", "a2", d2, source_type="person", target_type="person"),
        claim("Vladimir Putin", "called", "Ebrahim Raisi", "a1", d1, source_type="person", target_type="person"),
        claim("Vladimir Putin", "met", "Ebrahim Raisi", "a2", d2, source_type="person", target_type="person"),
        claim("Russia", "criticizes", "Israel", "a2", d2),
        claim("Russia", "attacks", "Israel", "a1", d1, negated=True),
    ]


@pytest.fixture
def small_actors() -> dict[str, Actor]:
    return {
        "Vladimir Putin": Actor(
            "Vladimir Putin", "person", ("Putin",), roles=(Role("President", "Russia", date(2012, 5, 7)),)
        ),
        "Benjamin Netanyahu": Actor("Benjamin Netanyahu", "person", ("Netanyahu", "Bibi")),
        "Ebrahim Raisi": Actor("Ebrahim Raisi", "person", ("Raisi",)),
        "Russia": Actor("Russia", "state"),
        "Israel": Actor("Israel", "state"),
        "Hamas": Actor("Hamas", "group"),
    }


@pytest.fixture
def small_mentions() -> dict[str, list[Mention]]:
    """Hamas is mentioned but in no claim: an isolated node."""
    return {
        "a1": [
            Mention("Vladimir Putin", 0, 5, "Putin", "alias"),
            Mention("Hamas", 10, 15, "Hamas", "name"),
            Mention("Vladimir Putin", 20, 22, "he", "pronoun"),
        ],
        "a2": [Mention("Benjamin Netanyahu", 0, 9, "Netanyahu", "alias")],
    }


@pytest.fixture
def small_articles() -> list[Article]:
    return [
        article_of("a1", ["Putin called Netanyahu."], date(2023, 11, 12), "Readout of the first call"),
        article_of("a2", ["Netanyahu called Putin."], date(2024, 5, 20), "Readout of the second call"),
    ]


@pytest.fixture
def small_graph(small_claims, small_actors, small_mentions, small_articles):
    from graph.network import build_graph

    return build_graph(small_claims, small_actors, small_mentions, small_articles)


# ---------------------------------------------------------------- article folders


@pytest.fixture
def hostile_dir(tmp_path) -> Path:
    """A folder with one article whose title and relation sentence carry script, img, href and a
    javascript: markdown link."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def mixed_dir(tmp_path) -> Path:
    """The seed article plus one file that cannot be read (binary)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    seed = sorted(SEED_DIR.glob("00-*.txt"))[0]
    shutil.copy(seed, folder / seed.name)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary \x00 junk")
    return folder


# ---------------------------------------------------------------- real server + Chromium


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> bool:
    """Poll a Streamlit server's health endpoint until it answers (True), the process ends or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def dashboard_command_comes_up(args: list[str], timeout: float = 90.0, **popen) -> bool:
    """`actornet dashboard --port P ARGS` started as a real process: True when its server answered; stopped after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph", "dashboard", "--port", str(port), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **popen)
    try:
        return wait_healthy(port, proc, timeout)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


class Server:
    """`streamlit run dashboard.py -- --data DIR` on a free port, stopped at teardown."""

    def __init__(self, data_dir: Path):
        import tempfile

        self.port = free_port()
        self.store = Path(tempfile.mkdtemp(prefix="actornet-store-")) / "store.sqlite"  # never the repo's folder
        self.url = f"http://localhost:{self.port}/"
        self.log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"actornet-streamlit-{self.port}.log", "w+")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
             "--server.port", str(self.port), "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--", "--data", str(data_dir), "--store", str(self.store)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.up_at = self._wait()

    def _wait(self, timeout: float = 60.0) -> float:
        if wait_healthy(self.port, self.proc, timeout):
            return time.monotonic()
        self.stop()
        self.log.seek(0)
        raise RuntimeError(f"streamlit did not come up on port {self.port}:\n{self.log.read()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


@pytest.fixture(scope="session")
def seed_server():
    server = Server(SEED_DIR)
    yield server
    server.stop()


@pytest.fixture
def hostile_server(hostile_dir):
    server = Server(hostile_dir)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Traffic:
    """Every request a page makes, the failed ones, and every websocket URL."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.websockets: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("websocket", lambda ws: self.websockets.append(ws.url))

    def foreign(self) -> list[str]:
        """URLs that left the machine (anything but localhost, blob:, data:, about:)."""
        from urllib.parse import urlsplit

        out = []
        for url in self.requests + self.websockets:
            parts = urlsplit(url)
            if parts.scheme in ("blob", "data", "about"):
                continue
            if parts.hostname not in ("localhost", "127.0.0.1", "::1"):
                out.append(url)
        return out


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    pg = context.new_page()
    pg.traffic = Traffic(pg)
    yield pg
    context.close()
