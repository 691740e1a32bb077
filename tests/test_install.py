"""A built wheel, installed outside the checkout, runs extract, ingest and export from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import dashboard_command_comes_up

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project's wheel installed into a fresh folder (its dependencies come from this environment)."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(work), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(work.glob("actornet-*.whl"))
    target = work / "site"
    inst = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert inst.returncode == 0, inst.stderr
    assert not (target / "data").exists(), "bundled data must ship inside the package, not as site-packages/data"
    return target


def run(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(target)}
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_installed_package_is_the_one_that_runs(installed, tmp_path):
    code = "import graph, graph.paths; print(graph.__file__, graph.paths.DATA_DIR)"
    res = subprocess.run([sys.executable, "-c", code],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    module, data = res.stdout.split()
    assert module.startswith(str(installed)) and data.startswith(str(installed)) and Path(data, "actors.csv").exists()


def test_installed_extract_ingest_export_from_another_directory(installed, tmp_path):
    article = tmp_path / "call.txt"
    article.write_text("title: A call\ndate: 2023-11-12\n\nVladimir Putin spoke by phone with Benjamin Netanyahu.\n",
                       encoding="utf-8")
    res = run(installed, tmp_path, "extract", str(article))
    assert res.returncode == 0, res.stderr
    claims = [json.loads(line) for line in res.stdout.splitlines()]
    assert ("Vladimir Putin", "called", "Benjamin Netanyahu") in {(c["source"], c["relation"], c["target"])
                                                                 for c in claims}
    res = run(installed, tmp_path, "ingest", str(article), "--db", "store.sqlite")
    assert res.returncode == 0, res.stderr
    res = run(installed, tmp_path, "export", "--db", "store.sqlite", "-f", "graphml", "-o", "net.graphml")
    assert res.returncode == 0, res.stderr
    assert "Benjamin Netanyahu" in (tmp_path / "net.graphml").read_text(encoding="utf-8")


def test_the_installed_dashboard_runs_from_a_writable_copy(installed, tmp_path):
    """`actornet dashboard` from a wheel: the app and its settings are placed in the per-user folder (the graph
    page's data files are written beside it), the real Streamlit server comes up on localhost, and the app
    script runs to the end on the bundled articles."""
    env = {**os.environ, "PYTHONPATH": str(installed), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert dashboard_command_comes_up(["--store", str(tmp_path / "s.sqlite")], cwd=tmp_path, env=env), \
        "the dashboard did not come up"
    app = tmp_path / "xdg" / "actornet" / "app" / "dashboard.py"
    assert app.is_file() and (app.parent / ".streamlit" / "config.toml").is_file()
    code = ("from streamlit.testing.v1 import AppTest; import sys; at = AppTest.from_file(sys.argv[1], "
            "default_timeout=240); at.run(); assert not at.exception, at.exception; "
            "print(len(at.get('bidi_component') or []), 'ok')")
    res = subprocess.run([sys.executable, "-c", code, str(app), "--", "--store", str(tmp_path / "t.sqlite")],
                         cwd=app.parent, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0 and res.stdout.strip().endswith("ok"), res.stderr[-2000:]
    assert (app.parent / "static").is_dir() and any((app.parent / "static").iterdir())
