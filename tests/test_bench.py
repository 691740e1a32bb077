"""The extraction benchmark prints parseable figures; no timing is asserted, only that figures are > 0."""

from __future__ import annotations

import os
import re

import pytest

from graph import bench
from graph.articles import article_paths
from graph.records import Article

SPEED_FIGURES = (
    "articles", "total MB", "mean article size KB", "claims", "seconds", "articles per second",
    "MB per second", "peak RSS MB",
)  # fmt: skip


@pytest.fixture(autouse=True)
def restore_affinity():
    """bench.main pins the calling process; give the test process its CPUs back afterwards."""
    saved = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    yield
    if saved is not None:
        os.sched_setaffinity(0, saved)


def figures(output: str) -> dict[str, float]:
    return {m[1]: float(m[2]) for m in re.finditer(r"^([^#:\n][^:\n]*): (-?[\d.]+)(?: \S+)?$", output, re.M)}


def test_bench_prints_every_speed_figure_as_a_positive_number(capsys):
    assert bench.main(["--articles", "5"]) == 0
    got = figures(capsys.readouterr().out)
    assert set(SPEED_FIGURES) <= set(got)
    assert all(got[k] > 0 for k in SPEED_FIGURES)
    assert got["articles"] == 5


def test_bench_total_size_is_the_replicated_corpus_size(capsys):
    n = len(article_paths(bench.DEFAULT_SOURCE)) * 2
    bench.main(["--articles", str(n)])
    got = figures(capsys.readouterr().out)
    size = sum(len(p.read_text(encoding="utf-8-sig").encode()) for p in article_paths(bench.DEFAULT_SOURCE))
    assert got["total MB"] == pytest.approx(2 * size / 1e6, abs=0.002)
    assert got["mean article size KB"] == pytest.approx(size / 1e3 / (n / 2), abs=0.01)


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity on this OS")
def test_bench_pins_itself_to_one_cpu(capsys):
    first = min(os.sched_getaffinity(0))
    bench.main(["--articles", "2"])
    assert os.sched_getaffinity(0) == {first}
    assert f"pinned to CPUs: {first}" in capsys.readouterr().out


def test_bench_trace_adds_the_tracemalloc_peak(capsys):
    bench.main(["--articles", "3", "--trace"])
    got = figures(capsys.readouterr().out)
    assert got["tracemalloc peak MB (extraction loop, one process)"] > 0


def test_bench_memory_mode_prints_what_kept_results_cost(capsys):
    assert bench.main(["--memory-articles", "30"]) == 0
    got = figures(capsys.readouterr().out)
    assert got["articles"] == 30 and got["claims kept"] > 0 and got["mentions kept"] > 0
    assert got["peak RSS MB"] > 0 and got["RSS holding every result MB"] > 0
    assert "seconds" not in got  # memory mode measures memory, not speed


def test_bench_memory_mode_with_trace_marks_rss_as_inflated(capsys):
    assert bench.main(["--memory-articles", "10", "--trace"]) == 0
    got = figures(capsys.readouterr().out)
    assert got["tracemalloc results held MB"] > 0 and got["peak RSS MB (inflated by tracemalloc)"] > 0
    assert "peak RSS MB" not in got


@pytest.mark.skipif(len(getattr(os, "sched_getaffinity", lambda _: [0])(0)) < 2, reason="needs two CPUs")
def test_bench_with_two_cores_extracts_in_workers_and_finds_the_same_claims(capsys):
    bench.main(["--articles", "21"])
    one = figures(capsys.readouterr().out)
    bench.main(["--articles", "21", "--cores", "2"])
    two = figures(capsys.readouterr().out)
    assert two["claims"] == one["claims"] > 0
    assert two["peak RSS of one worker MB"] > 0 and two["cpu seconds (workers, with their dictionary load)"] > 0


def test_bench_names_the_folder_when_it_has_no_articles(tmp_path, capsys):
    assert bench.main(["--articles", "3", "--source", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_bench_skips_unreadable_files_and_says_which(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("title: G\ndate: 2023-11-12\n\nPutin called Netanyahu.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    assert bench.main(["--articles", "4", "--source", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "bad.txt" in out.err and figures(out.out)["articles"] == 4


@pytest.mark.parametrize("argv", [["--articles", "0"], ["--memory-articles", "-1"], ["--cores", "0"]])
def test_bench_refuses_counts_below_one(argv, capsys):
    with pytest.raises(SystemExit):
        bench.main(argv)
    assert "at least 1" in capsys.readouterr().err


def test_bench_accepts_a_leading_double_dash_from_the_cli(capsys):
    assert bench.main(["--", "--articles", "2"]) == 0
    assert figures(capsys.readouterr().out)["articles"] == 2


def test_replicate_gives_each_copy_its_own_id_and_text_object():
    a = Article("x", "x.txt", "X", None, "", "", "Putin called Netanyahu.", 0)
    b = Article("y", "y.txt", "Y", None, "", "", "Biden met Xi.", 0)
    copies = bench.replicate([a, b], 5)
    assert [c.id for c in copies] == ["x#0", "y#0", "x#1", "y#1", "x#2"]
    assert copies[2].text == a.text and copies[2].text is not a.text
    assert len({id(c.text) for c in copies}) == 5


def test_bench_reports_a_broken_data_file_without_a_traceback(monkeypatch, capsys):
    from graph.errors import DataFileError

    def broken():
        raise DataFileError("data/lexicon.toml", "rule 'x': bad pattern", 3)

    monkeypatch.setattr(bench, "load_lexicon", broken)
    assert bench.main(["--articles", "2"]) == 2
    assert "data/lexicon.toml:3: rule 'x': bad pattern" in capsys.readouterr().err
