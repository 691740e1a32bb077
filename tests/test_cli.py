"""The CLI contract: JSON Lines claims with exact offsets; exit 1 when any file failed, the rest still print."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import dashboard_command_comes_up

SEED = "data/articles/00-putin-netanyahu-call-2023-11-12.txt"
FIELDS = {"article", "date", "source", "source_type", "relation", "target", "target_type", "quote", "start", "end"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, timeout=120)


def claims_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_prints_the_contract_fields_with_exact_offsets():
    res = run("extract", SEED)
    assert res.returncode == 0, res.stderr
    claims = claims_of(res.stdout)
    assert claims, "the seed article yields claims"
    text = open(SEED, encoding="utf-8-sig").read()
    for c in claims:
        assert FIELDS <= c.keys()
        assert c["article"] == SEED
        assert c["date"] == "2023-11-12"
        assert text[c["start"] : c["end"]] == c["quote"]
    assert any(
        c["source"] == "Vladimir Putin" and c["relation"] == "called" and c["target"] == "Benjamin Netanyahu"
        and "reached out to Israeli Prime Minister Benjamin Netanyahu" in c["quote"]
        for c in claims
    )


def test_quote_is_one_whole_sentence():
    claims = claims_of(run("extract", SEED).stdout)
    for c in claims:
        q = c["quote"]
        assert q[0].isupper() and q.rstrip("”\"'’)").endswith((".", "!", "?")), q


def test_bad_files_fail_by_name_and_the_rest_still_print(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 au lait".encode("latin-1"))
    res = run("extract", str(empty), SEED, str(binary), str(latin), str(tmp_path / "missing.txt"))
    assert res.returncode == 1
    for name, problem in [("empty.txt", "empty"), ("blob.txt", "binary"), ("latin.txt", "UTF-8"),
                          ("missing.txt", "no such file")]:
        assert any(name in line and problem in line for line in res.stderr.splitlines()), (name, res.stderr)
    assert any(c["article"] == SEED for c in claims_of(res.stdout))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_hold_for_bom_and_crlf_files(tmp_path: Path, newline: str):
    p = tmp_path / "bom.txt"
    body = "Russian President Vladimir Putin spoke by phone with Israeli Prime Minister Benjamin Netanyahu."
    p.write_bytes(("\ufefftitle: T" + newline + "date: 2023-11-12" + newline + newline + body).encode("utf-8"))
    claims = claims_of(run("extract", str(p)).stdout)
    text = open(p, encoding="utf-8-sig").read()
    assert claims and all(text[c["start"] : c["end"]] == c["quote"] for c in claims)


def test_evaluate_prints_scores_per_relation():
    res = run("evaluate", "data/articles")
    assert res.returncode == 0, res.stderr
    assert "micro" in res.stdout and "called" in res.stdout and "held-out set" in res.stdout


def test_evaluate_empty_folder_says_so(tmp_path: Path):
    res = run("evaluate", str(tmp_path))
    assert res.returncode == 1 and "no NN.txt + NN.gold.json pairs" in res.stdout


def test_evaluate_against_scores_a_second_annotation(tmp_path: Path):
    """A second annotator's gold files scored against the first's: the shipped second annotation of news68 agrees
    well but not wholly; one that drops an edge and adds a wrong one loses both ways; a folder with no gold file of
    the same names says so."""
    res = run("evaluate", "data/news68", "--against", "data/agreement/news68")
    assert res.returncode == 0, res.stderr
    line = next(x for x in res.stdout.splitlines() if x.startswith("second") and "without leads" in x)
    f1 = float(line.split("F1 ")[1].split()[0])
    assert 0.8 < f1 < 1.0, line
    first = tmp_path / "first"
    other = tmp_path / "other"
    first.mkdir()
    other.mkdir()
    (first / "a.txt").write_text("date: 2024-06-01\n\nJapan criticized China. Japan met South Korea.\n")
    gold = {"actors": [{"name": n, "type": "state"} for n in ("Japan", "China", "South Korea")],
            "edges": [{"source": "Japan", "relation": "criticizes", "target": "China", "quote": "q"},
                      {"source": "Japan", "relation": "met", "target": "South Korea", "quote": "r"}]}
    (first / "a.gold.json").write_text(json.dumps(gold))
    same = run("evaluate", str(first), "--against", str(first))
    assert "without leads  P 1.000" in same.stdout and "F1 1.000" in same.stdout, same.stdout
    gold["edges"] = [gold["edges"][0], {"source": "China", "relation": "attacks", "target": "Japan", "quote": "x"}]
    (other / "a.gold.json").write_text(json.dumps(gold))
    res = run("evaluate", str(first), "--against", str(other))
    assert "tp 1 fp 1 fn 1" in res.stdout, res.stdout
    res = run("evaluate", str(first), "--against", str(tmp_path / "none"))
    assert res.returncode == 1 and "holds no gold file" in res.stdout


def test_ingest_stores_once_and_reports_bad_files(tmp_path: Path):
    db = tmp_path / "corpus.sqlite"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    first = run("ingest", SEED, str(bad), "--db", str(db))
    assert first.returncode == 1 and "bad.txt" in first.stderr
    assert "1 added, 0 re-extracted with new rules, 0 unchanged, 1 failed" in first.stdout
    again = run("ingest", SEED, "--db", str(db))
    assert again.returncode == 0 and "0 added, 0 re-extracted with new rules, 1 unchanged" in again.stdout


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv", "events"])
def test_export_formats_from_a_store(tmp_path: Path, fmt: str):
    db = tmp_path / "corpus.sqlite"
    assert run("ingest", SEED, "--db", str(db)).returncode == 0
    out = tmp_path / f"out.{fmt}"
    res = run("export", "--db", str(db), "-f", fmt, "-o", str(out))
    assert res.returncode == 0, res.stderr
    data = out.read_text(encoding="utf-8")
    assert "Vladimir Putin" in data and "Benjamin Netanyahu" in data
    if fmt == "events":
        assert "041" in data  # CAMEO code of the call


def test_extract_accepts_a_folder(tmp_path: Path):
    (tmp_path / "a.txt").write_text("date: 2023-11-12\n\nPutin spoke by phone with Netanyahu.", encoding="utf-8")
    (tmp_path / "b.gold.json").write_text("{}", encoding="utf-8")  # not an article
    res = run("extract", str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert [c["relation"] for c in claims_of(res.stdout)] == ["called"]


def test_export_from_a_missing_store_says_so_and_creates_nothing(tmp_path):
    db = tmp_path / "nope.sqlite"
    res = run("export", "--db", str(db), "-f", "csv")
    assert res.returncode == 2 and "no such store" in res.stderr
    assert not db.exists()


@pytest.mark.parametrize("engine", ["fast", "parse", "frames"])
def test_extract_names_its_engine_in_every_claim(engine):
    res = run("extract", "--engine", engine, SEED)
    assert res.returncode == 0, res.stderr
    extractors = {c["extractor"] for c in claims_of(res.stdout)}
    want = {"fast": {"rules"}, "frames": {"parse"}, "parse": {"parse", "parse/rules"}}[engine]
    assert extractors and extractors <= want, extractors
    if engine == "parse":
        assert "parse" in extractors  # the frames found something themselves


def test_evaluate_prints_both_engines_with_and_without_leads():
    res = run("evaluate", "data/articles")
    assert res.returncode == 0, res.stderr
    for engine in ("parse", "fast"):
        for label in ("with leads", "without leads"):
            assert any(line.startswith(engine) and label in line and "[" in line for line in res.stdout.splitlines())


def test_review_from_the_command_line_is_honoured_by_every_export(tmp_path):
    db = tmp_path / "s.sqlite"
    assert run("ingest", SEED, "--db", str(db)).returncode == 0
    listing = run("review", "--db", str(db)).stdout.splitlines()
    call = next(line for line in listing if "Vladimir Putin -called-> Benjamin Netanyahu" in line)
    claim_id = call.split("\t")[0]
    res = run("review", "--db", str(db), claim_id, "reject", "--note", "checked: a readout, not a call")
    assert res.returncode == 0 and "rejected" in res.stdout
    assert any(line.startswith(claim_id + "\trejected") for line in run("review", "--db", str(db)).stdout.splitlines())
    csv_text = run("export", "--db", str(db), "-f", "csv").stdout
    assert "Vladimir Putin,called,Benjamin Netanyahu" not in csv_text and "Vladimir Putin" in csv_text
    out = tmp_path / "n.graphml"
    assert run("export", "--db", str(db), "-f", "graphml", "-o", str(out)).returncode == 0
    from graph.export import read_graphml

    G = read_graphml(out)
    assert not G.has_edge("Vladimir Putin", "Benjamin Netanyahu", "called")
    assert not G.has_edge("Benjamin Netanyahu", "Vladimir Putin", "called")
    everything = run("export", "--db", str(db), "-f", "csv", "--review", "unreviewed,accepted,rejected").stdout
    assert "Vladimir Putin,called,Benjamin Netanyahu" in everything
    assert run("review", "--db", str(db), "999999", "accept").returncode == 2


def test_claim_and_merge_from_the_command_line(tmp_path):
    db = tmp_path / "s.sqlite"
    assert run("ingest", SEED, "--db", str(db)).returncode == 0
    art = "00-putin-netanyahu-call-2023-11-12"
    bad = run("claim", "--db", str(db), art, "Israel", "criticizes", "Hamas", "--sentence", "Not in the text.")
    assert bad.returncode == 2 and "verbatim" in bad.stderr
    good = run("claim", "--db", str(db), art, "Israel", "criticizes", "Hamas", "--sentence",
               "The Israeli Prime Minister stated that Israel would continue its operations")
    assert good.returncode == 0, good.stderr
    assert "Israel,criticizes,Hamas" in run("export", "--db", str(db), "-f", "csv").stdout
    assert run("merge", "--db", str(db), "Benjamin Netanyahu", "Israel").returncode == 0
    assert "Benjamin Netanyahu\t->\tIsrael" in run("merge", "--db", str(db)).stdout
    import csv
    import io

    def ends() -> set[str]:
        rows = csv.DictReader(io.StringIO(run("export", "--db", str(db), "-f", "csv").stdout))
        return {r["source"] for r in rows} | {r["target"] for r in rows}

    assert "Benjamin Netanyahu" not in ends() and "Israel" in ends()
    assert run("merge", "--db", str(db), "--undo", "Benjamin Netanyahu").returncode == 0
    assert "Benjamin Netanyahu" in ends()


def test_the_dashboard_command_serves_on_localhost(tmp_path):
    assert dashboard_command_comes_up(["--data", "data/articles", "--store", str(tmp_path / "s.sqlite")]), \
        "the dashboard did not come up"
