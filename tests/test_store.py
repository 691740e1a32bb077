"""The SQLite corpus store: round-trips, idempotent adds, atomic replacement, review, refusal of bad files."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import StoreError
from graph.records import Actor, Article, Claim, Mention, Role
from graph.store import SCHEMA_VERSION, Store, add_file, content_hash, corpus_from_store, ingest

TEXT = "title: Call\ndate: 2023-11-12\n\nPutin called Netanyahu. Biden met Xi."


@dataclass
class Ext:
    """Stands in for graph.extract.Extraction: the store only reads these three fields."""

    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


def make_article(text: str = TEXT, id: str = "a1", day: date | None = date(2023, 11, 12)) -> Article:
    return Article(
        id=id,
        path=f"data/{id}.txt",
        title="Call",
        date=day,
        source="https://example.org/x",
        license="public domain",
        text=text,
        body_start=text.index("\n\n") + 2 if "\n\n" in text else 0,
    )


def make_claim(article: Article, sentence: str, source: str, relation: str, target: str, **kw) -> Claim:
    start = article.text.index(sentence)
    return Claim(
        source=source,
        relation=relation,
        target=target,
        article=article.id,
        date=article.date,
        quote=sentence,
        start=start,
        end=start + len(sentence),
        path=article.path,
        title=article.title,
        **kw,
    )


def extraction(article: Article) -> Ext:
    claims = []
    if "Putin called Netanyahu." in article.text:
        claims.append(
            make_claim(
                article,
                "Putin called Netanyahu.",
                "Vladimir Putin",
                "called",
                "Benjamin Netanyahu",
                source_type="person",
                target_type="person",
                rule="active_call",
                version="1",
                source_surface="Putin",
                target_surface="Netanyahu",
            )
        )
    if "Biden met Xi." in article.text:
        claims.append(
            make_claim(
                article,
                "Biden met Xi.",
                "Joe Biden",
                "met",
                "Xi Jinping",
                hedged=True,
                reported=True,
                negated=True,
            )
        )
    mentions = (
        [
            Mention(
                "Vladimir Putin",
                article.text.index("Putin"),
                article.text.index("Putin") + 5,
                "Putin",
                "alias",
            )
        ]
        if "Putin" in article.text
        else []
    )
    actors = [
        Actor(
            "Vladimir Putin",
            "person",
            aliases=("Putin",),
            roles=(Role("President", "Russia", date(2012, 5, 7), None),),
        ),
        Actor("Benjamin Netanyahu", "person", aliases=("Netanyahu", "Bibi")),
        Actor("Mr Nobody", "person", in_dictionary=False),
    ]
    return Ext(mentions, claims, actors)


def without_extra(claims: list[Claim]) -> list[dict]:
    return [{k: v for k, v in dataclasses.asdict(c).items() if k != "extra"} for c in claims]


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def test_article_round_trip_is_equal(store):
    article = make_article()
    assert store.add(article, extraction(article)) is True
    assert store.article("a1") == article
    assert store.articles() == [article]


def test_undated_article_round_trip_is_equal(store):
    article = make_article(day=None)
    store.add(article, Ext())
    assert store.article("a1") == article


def test_claims_round_trip_are_equal_including_flags(store):
    article = make_article()
    ext = extraction(article)
    store.add(article, ext)
    back = store.claims()
    assert back == ext.claims  # dataclass equality ignores `extra`
    assert without_extra(back) == without_extra(ext.claims)
    assert back[1].negated and back[1].hedged and back[1].reported and not back[0].negated


def test_stored_quote_still_indexes_stored_text(store):
    article = make_article()
    store.add(article, extraction(article))
    text = store.article("a1").text
    assert all(text[c.start : c.end] == c.quote for c in store.claims())


def test_mentions_and_actors_round_trip(store):
    article = make_article()
    ext = extraction(article)
    store.add(article, ext)
    assert store.mentions("a1") == ext.mentions
    assert store.actors() == {a.name: a for a in ext.actors}
    assert store.actors()["Mr Nobody"].in_dictionary is False


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1), title=st.text(), day=st.none() | st.dates(), body_start=st.integers(0, 10**6))
def test_any_article_round_trips(text, title, day, body_start):
    article = Article("x", "p.txt", title, day, "s", "l", text, body_start)
    with Store(":memory:") as s:
        s.add(article, Ext())
        assert s.article("x") == article


def test_claims_carry_review_fields_in_extra(store):
    article = make_article()
    store.add(article, extraction(article))
    extra = store.claims()[0].extra
    assert isinstance(extra["claim_id"], int)
    assert extra["review_status"] == "unreviewed" and extra["reviewer_note"] == ""


def test_adding_same_content_returns_false_and_changes_nothing(store):
    article = make_article()
    store.add(article, extraction(article))
    before = (store.counts(), store.claims(), store.articles())
    assert store.add(article, Ext()) is False
    copy = replace(article, id="copy", path="elsewhere.txt")
    assert store.add(copy, extraction(copy)) is False
    assert (store.counts(), store.claims(), store.articles()) == before


def test_same_id_with_new_content_replaces_that_articles_rows(store):
    old = make_article()
    store.add(old, extraction(old))
    other = make_article("Putin called Netanyahu.", id="b")
    store.add(other, extraction(other))
    new = make_article(TEXT.replace("Biden met Xi.", "Nothing else happened."))
    assert store.add(new, extraction(new)) is True
    assert store.article("a1").text == new.text
    assert [c.relation for c in store.claims(article_ids=["a1"])] == ["called"]
    assert store.counts()["articles"] == 2
    assert store.claims(article_ids=["b"]) == extraction(other).claims


def test_reextraction_keeps_review_of_identical_claims(store):
    old = make_article()
    store.add(old, extraction(old))
    called = store.claims(relations=["called"])[0]
    store.set_review(called.extra["claim_id"], "accepted", "checked against the Kremlin readout")
    new = make_article(TEXT + " More text.")
    store.add(new, extraction(new))
    statuses = {c.relation: (c.extra["review_status"], c.extra["reviewer_note"]) for c in store.claims()}
    assert statuses == {
        "called": ("accepted", "checked against the Kremlin readout"),
        "met": ("unreviewed", ""),
    }


def test_failed_replacement_rolls_back_and_keeps_previous_state(store):
    old = make_article()
    store.add(old, extraction(old))
    store.set_review(store.claims()[0].extra["claim_id"], "rejected", "wrong direction")
    before = (store.counts(), store.articles(), without_extra(store.claims()), store.mentions("a1"))
    new = make_article(TEXT + " Later text.")
    bad = extraction(new)
    bad.claims.append(replace(bad.claims[0], start=-1))  # violates CHECK (start >= 0) after other rows
    with pytest.raises(StoreError, match="a1"):
        store.add(new, bad)
    assert (store.counts(), store.articles(), without_extra(store.claims()), store.mentions("a1")) == before
    assert store.claims()[0].extra["review_status"] == "rejected"


def test_failed_first_add_stores_nothing(store):
    article = make_article()
    bad = extraction(article)
    bad.claims[0] = replace(bad.claims[0], end=bad.claims[0].start - 1)
    with pytest.raises(StoreError):
        store.add(article, bad)
    assert store.counts()["articles"] == 0 and store.counts()["claims"] == 0 and store.counts()["actors"] == 0
    assert store.add(article, extraction(article)) is True  # the store is still usable


def test_claim_of_another_article_is_refused(store):
    article = make_article()
    ext = extraction(article)
    ext.claims[0] = replace(ext.claims[0], article="zzz")
    with pytest.raises(StoreError, match="zzz"):
        store.add(article, ext)
    assert store.counts()["articles"] == 0


def test_remove_deletes_claims_and_mentions(store):
    article = make_article()
    store.add(article, extraction(article))
    assert store.remove("a1") is True
    assert store.remove("a1") is False
    counts = store.counts()
    assert (counts["articles"], counts["claims"], counts["mentions"]) == (0, 0, 0)


def test_set_review_refuses_unknown_status_and_claim(store):
    article = make_article()
    store.add(article, extraction(article))
    cid = store.claims()[0].extra["claim_id"]
    with pytest.raises(StoreError, match="unreviewed, accepted, rejected"):
        store.set_review(cid, "maybe")
    with pytest.raises(StoreError, match="no claim with id 9999"):
        store.set_review(9999, "accepted")
    store.set_review(cid, "accepted")
    assert store.counts()["accepted"] == 1 and store.counts()["unreviewed"] == 1


def test_claims_filter_by_article_relation_and_review(store):
    a, b = make_article(), make_article("Biden met Xi.", id="b", day=date(2020, 1, 1))
    store.add(a, extraction(a))
    store.add(b, extraction(b))
    assert [c.article for c in store.claims()] == ["b", "a1", "a1"]  # oldest article first
    assert {c.article for c in store.claims(relations=["met"])} == {"a1", "b"}
    assert store.claims(article_ids=["b"], relations=["called"]) == []
    assert store.claims(article_ids=[]) == []
    store.set_review(store.claims(article_ids=["b"])[0].extra["claim_id"], "rejected")
    assert len(store.claims(review=["unreviewed", "accepted"])) == 2


def test_file_store_persists_and_uses_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "corpus.sqlite"
    article = make_article()
    with Store(path) as s:
        s.add(article, extraction(article))
        assert s._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(path) as s:
        assert s.article("a1") == article and s.claims() == extraction(article).claims
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_opening_a_non_sqlite_file_names_the_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match=r"notes\.txt.*not a SQLite database"):
        Store(path)


def test_opening_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match=r"future\.sqlite.*newer"):
        Store(path)


def test_opening_another_programs_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE things (x)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"other\.db.*not an actornet store.*things"):
        Store(path)
    assert path.read_bytes() == before


def test_content_hash_is_sha256_of_utf8_text():
    assert content_hash("é") == hashlib.sha256("é".encode()).hexdigest()


def write_articles(folder, names_texts):
    folder.mkdir(exist_ok=True)
    for name, text in names_texts:
        (folder / name).write_bytes(text if isinstance(text, bytes) else text.encode())
    return folder


def counting_extractor():
    calls = []

    def run(article, dictionary):
        calls.append(article.id)
        return extraction(article)

    return run, calls


def test_ingest_reports_bad_files_by_name_and_stores_the_rest(store, tmp_path):
    folder = write_articles(
        tmp_path / "in",
        [
            ("good.txt", TEXT),
            ("empty.txt", ""),
            ("binary.txt", b"\x00\x01\x02" * 50),
            ("other.txt", "title: Other\n\nBiden met Xi."),
        ],
    )
    run, _ = counting_extractor()
    report = ingest(store, [folder, tmp_path / "missing.txt"], dictionary=object(), extractor=run)
    assert sorted(report.added) == ["good", "other"]
    assert sorted(e.path.rsplit("/", 1)[-1] for e in report.errors) == [
        "binary.txt",
        "empty.txt",
        "missing.txt",
    ]
    assert store.counts()["articles"] == 2
    assert "2 added, 0 re-extracted, 0 unchanged, 3 not read" in str(report)


def test_ingest_again_skips_stored_text_without_extracting(store, tmp_path):
    folder = write_articles(tmp_path / "in", [("good.txt", TEXT)])
    run, calls = counting_extractor()
    ingest(store, folder, dictionary=object(), extractor=run)
    report = ingest(store, folder, dictionary=object(), extractor=run)
    assert report.unchanged == ["good"] and report.added == [] and calls == ["good"]


def test_ingest_reports_an_unstorable_extraction_and_goes_on(store, tmp_path):
    folder = write_articles(tmp_path / "in", [("a.txt", TEXT), ("b.txt", "title: B\n\nBiden met Xi.")])

    def run(article, dictionary):
        ext = extraction(article)
        if article.id == "a":
            ext.claims[0] = replace(ext.claims[0], start=-5)
        return ext

    report = ingest(store, folder, dictionary=object(), extractor=run)
    assert report.added == ["b"] and [e.path.endswith("a.txt") for e in report.errors] == [True]


def test_ingest_with_the_real_extractor_stores_bundled_articles(store):
    pytest.importorskip("graph.extract")
    report = ingest(store, "data/articles")
    assert report.errors == [] and len(report.added) >= 20
    assert store.counts()["claims"] > 0
    texts = {a.id: a.text for a in store.articles()}
    assert all(texts[c.article][c.start : c.end] == c.quote for c in store.claims())


def test_corpus_from_store_holds_what_was_stored(store):
    pytest.importorskip("graph.pipeline")
    a, b = make_article(), make_article("Biden met Xi.", id="b")
    store.add(a, extraction(a))
    store.add(b, extraction(b))
    corpus = corpus_from_store(store)
    assert [x.id for x in corpus.articles] == ["a1", "b"]
    assert corpus.claims == extraction(a).claims + extraction(b).claims
    assert corpus.mentions == {"a1": extraction(a).mentions, "b": []}
    assert set(corpus.actors) == {"Vladimir Putin", "Benjamin Netanyahu"}
    assert corpus.errors == []


def test_add_file_stores_an_upload_and_refuses_bad_bytes_by_name(tmp_path):
    from graph.errors import ArticleError
    from graph.store import Store, add_file

    text = "title: Upload\ndate: 2023-11-12\n\nVladimir Putin spoke by phone with Benjamin Netanyahu.\n"
    with Store(tmp_path / "s.sqlite") as store:
        assert add_file(store, "mine.txt", text.encode()) is True
        assert add_file(store, "again.txt", text.encode()) is False  # same text, stored once
        before = store.counts()
        with pytest.raises(ArticleError, match=r"bad\.txt: .*UTF-8"):
            add_file(store, "bad.txt", b"caf\xe9")
        assert store.counts() == before  # a refused upload changes nothing
        assert [a.id for a in store.articles()] == ["mine"]
        assert any(c.relation == "called" for c in store.claims())


def test_corpus_merge_keeps_each_article_once():
    from graph.articles import parse
    from graph.extract import extract
    from graph.pipeline import Corpus

    a = parse("date: 2023-11-12\n\nPutin spoke by phone with Netanyahu.", "a.txt")
    b = parse("date: 2023-11-12\n\nPutin met Netanyahu in Moscow.", "b.txt")
    one, two = Corpus(), Corpus()
    one.add(a, extract(a))
    two.add(a, extract(a))
    two.add(b, extract(b))
    merged = one.merge(two)
    assert [x.id for x in merged.articles] == ["a", "b"]
    assert sorted(c.relation for c in merged.claims) == ["called", "met"]


def test_ingest_re_extracts_text_stored_with_older_rules_and_keeps_reviews(store, tmp_path, monkeypatch):
    from graph import engines

    seed = Path("data/articles/00-putin-netanyahu-call-2023-11-12.txt")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / seed.name).write_bytes(seed.read_bytes())
    assert ingest(store, folder).added == [seed.stem]
    call = next(c for c in store.claims() if c.relation == "called")
    store.set_review(call.extra["claim_id"], "accepted", "checked")
    assert ingest(store, folder).unchanged == [seed.stem]  # same rules: nothing to do

    monkeypatch.setattr(engines, "engine_version", lambda *a, **k: "9.9+newrules")
    report = ingest(store, folder)
    assert report.refreshed == [seed.stem] and report.added == [] and store.counts()["articles"] == 1
    claims = store.claims()
    assert {c.version for c in claims} == {"9.9+newrules"}
    again = next(c for c in claims if c.relation == "called")
    assert (again.extra["review_status"], again.extra["reviewer_note"]) == ("accepted", "checked")


def test_a_version_1_store_is_migrated_and_keeps_everything(tmp_path):
    import sqlite3

    from graph.store import SCHEMA_VERSION

    path = tmp_path / "old.sqlite"
    seed = Path("data/articles/00-putin-netanyahu-call-2023-11-12.txt")
    with Store(path) as store:
        ingest(store, seed)
        before = [(c.source, c.relation, c.target, c.quote) for c in store.claims()]
    db = sqlite3.connect(path)  # make it look like a store written before review times existed
    db.execute("ALTER TABLE claims DROP COLUMN reviewed_at")
    db.execute("ALTER TABLE articles DROP COLUMN extracted_by")
    db.execute("DROP TABLE merges")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Store(path) as store:
        assert [(c.source, c.relation, c.target, c.quote) for c in store.claims()] == before
        first = store.claims()[0].extra["claim_id"]
        store.set_review(first, "accepted")
        assert store.claims()[0].extra["reviewed_at"]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_another_text_under_a_used_name_is_a_new_article_and_reviews_stay(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "report.txt").write_text("date: 2023-01-01\n\nVladimir Putin met Narendra Modi in Moscow.\n", encoding="utf-8")
    (b / "report.txt").write_text("date: 2023-01-02\n\nJoe Biden met Xi Jinping in Bali.\n", encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as store:
        ingest(store, a)
        (met,) = [c for c in store.claims() if c.relation == "met"]
        store.set_review(met.extra["claim_id"], "accepted", "checked")
        ingest(store, b)
        assert len(store.articles()) == 2, "the second report.txt must not replace the first"
        kept = [c for c in store.claims() if c.source == "Vladimir Putin" and c.relation == "met"]
        assert kept and kept[0].extra["review_status"] == "accepted"
        upload = b"date: 2023-01-03\n\nEmmanuel Macron met Olaf Scholz in Paris.\n"
        assert add_file(store, "report.txt", upload)  # an upload under the same name is added, not swapped in
        assert len(store.articles()) == 3
        assert not add_file(store, "report.txt", upload)  # the same text again: nothing to do


def test_an_article_without_claims_is_extracted_again_when_the_rules_change(tmp_path, monkeypatch):
    from graph import engines

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "quiet.txt").write_text("date: 2023-01-01\n\nIt rained in Geneva.\n", encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as store:
        assert ingest(store, folder).added == ["quiet"]
        assert ingest(store, folder).unchanged == ["quiet"]
        monkeypatch.setattr(engines, "engine_version", lambda *a, **k: "9.9+newrules")
        assert ingest(store, folder).refreshed == ["quiet"]
        assert ingest(store, folder).unchanged == ["quiet"]


def test_a_claim_added_by_hand_must_quote_the_article_and_survives_re_extraction(tmp_path, monkeypatch):
    from graph import engines
    from graph.errors import StoreError

    folder = tmp_path / "in"
    folder.mkdir()
    seed = Path("data/articles/00-putin-netanyahu-call-2023-11-12.txt")
    (folder / seed.name).write_bytes(seed.read_bytes())
    sentence = "Netanyahu’s office issued a statement affirming Israel’s determination to protect its citizens"
    with Store(tmp_path / "s.sqlite") as store:
        ingest(store, folder)
        with pytest.raises(StoreError, match="verbatim"):
            store.add_claim(seed.stem, "Benjamin Netanyahu", "leads", "Israel", "Netanyahu leads Israel.")
        with pytest.raises(StoreError, match="relation id"):
            store.add_claim(seed.stem, "Benjamin Netanyahu", "likes", "Israel", sentence)
        cid = store.add_claim(seed.stem, "Israel", "criticizes", "Hamas", sentence, "the statement's target")
        (added,) = [c for c in store.claims() if c.extra["claim_id"] == cid]
        text = store.article(seed.stem).text
        assert text[added.start:added.end] == sentence and added.extra["review_status"] == "accepted"
        monkeypatch.setattr(engines, "engine_version", lambda *a, **k: "9.9+newrules")
        assert ingest(store, folder).refreshed == [seed.stem]
        kept = [c for c in store.claims() if c.extractor == "manual"]
        want = [("Israel", "criticizes", "Hamas", sentence)]
        assert [(c.source, c.relation, c.target, c.quote) for c in kept] == want


def test_merging_two_actors_moves_their_claims_and_can_be_undone(tmp_path):
    from graph.errors import StoreError

    with Store(tmp_path / "s.sqlite") as store:
        ingest(store, Path("data/articles/00-putin-netanyahu-call-2023-11-12.txt"))
        before = corpus_from_store(store)
        assert any(c.source == "Vladimir Putin" for c in before.claims)
        store.merge("Vladimir Putin", "Russia")
        after = corpus_from_store(store)
        assert not any("Vladimir Putin" in (c.source, c.target) for c in after.claims)
        assert any(c.source == "Russia" and c.relation == "called" for c in after.claims)
        assert "Vladimir Putin" in after.actors["Russia"].aliases
        with pytest.raises(StoreError, match="already merged"):
            store.merge("Russia", "Vladimir Putin")
        assert store.unmerge("Vladimir Putin") and not store.unmerge("Vladimir Putin")
        again = corpus_from_store(store)
        assert sorted((c.source, c.relation, c.target) for c in again.claims) == sorted(
            (c.source, c.relation, c.target) for c in before.claims)


def test_processes_creating_one_new_store_at_once_all_succeed(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "new.sqlite"
    code = ("import sys; from graph.store import Store, ingest\n"
            "with Store(sys.argv[1]) as s: ingest(s, sys.argv[2])\n")
    seed = str(Path("data/articles/00-putin-netanyahu-call-2023-11-12.txt").resolve())
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), seed], stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with Store(path) as store:
        assert len(store.articles()) == 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_a_damaged_store_gives_a_clear_error_without_article_text(tmp_path):
    import subprocess
    import sys

    from graph.errors import StoreError

    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        ingest(store, Path("data/articles"))
    with open(path, "r+b") as f:  # overwrite pages in the middle of the file
        f.seek(path.stat().st_size // 2)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    with pytest.raises(StoreError) as err:
        with Store(path) as store:
            store.claims()
            corpus_from_store(store)
    assert str(path) in str(err.value) and "Netanyahu" not in str(err.value)
    res = subprocess.run([sys.executable, "-m", "graph", "export", "--db", str(path), "-f", "csv"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr and str(path) in res.stderr, res.stderr


def test_ingest_with_worker_processes_stores_what_one_process_stores(tmp_path):
    """`ingest --jobs 2` extracts in two processes; the store ends the same, including a file name used twice."""
    root = Path(__file__).resolve().parent.parent / "data" / "articles"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for name in ("00-putin-netanyahu-call-2023-11-12.txt", "01-biden-ruto-call-kenya.txt"):
        (tmp_path / "a" / name).write_bytes((root / name).read_bytes())
    (tmp_path / "b" / "01-biden-ruto-call-kenya.txt").write_bytes(
        (root / "04-biden-amir-qatar-call.txt").read_bytes())  # same name, other text
    rows = []
    for jobs in (1, 2):
        with Store(tmp_path / f"j{jobs}.sqlite") as store:
            report = ingest(store, [tmp_path / "a", tmp_path / "b"], jobs=jobs)
            assert len(report.added) == 3 and not report.errors
            rows.append(sorted((c.article, c.source, c.relation, c.target, c.start) for c in store.claims()))
    assert rows[0] == rows[1] and len(rows[0]) > 5


def test_worker_processes_extract_with_the_callers_dictionary(tmp_path):
    """`ingest(..., dictionary=d, jobs=2)` uses `d` in the workers too, not the bundled dictionary."""
    import shutil

    from graph.actors import load_dictionary

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", data,
                    ignore=shutil.ignore_patterns("news*", "heldout*", "articles"))
    with open(data / "actors.csv", "a", encoding="utf-8") as f:
        f.write("Zorgland,state,,Zorglandian,,a state made up for this test\n")
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"z{n}.txt").write_text(
            f"date: 2023-11-1{n}\n\nZorgland condemned Russia over the strike number {n}.\n", encoding="utf-8")
    for jobs in (1, 2):
        with Store(tmp_path / f"z{jobs}.sqlite") as store:
            report = ingest(store, tmp_path / "in", dictionary=load_dictionary(data), jobs=jobs, engine="fast")
            assert len(report.added) == 3 and not report.errors
            got = {(c.source, c.relation, c.target) for c in store.claims()}
            assert got == {("Zorgland", "criticizes", "Russia")}, (jobs, got)


def test_uploads_are_told_from_folder_files(tmp_path):
    """`uploads` and `upload_bytes` count what was uploaded (a bare file name), not what a folder ingest stored."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "folder.txt").write_text("date: 2023-11-12\n\nIsrael criticized Iran.\n", encoding="utf-8")
    body = "title: Up\ndate: 2023-11-12\n\nRussia criticized Israel.\n"
    with Store(tmp_path / "s.sqlite") as store:
        ingest(store, tmp_path / "in", engine="fast")
        assert store.uploads() == {} and store.upload_bytes() == 0
        assert add_file(store, "up.txt", body.encode(), engine="fast")
        assert list(store.uploads().values()) == ["Up"]
        assert store.upload_bytes() == len(store.article(next(iter(store.uploads()))).text.encode())
        assert len(store.origins()) == 2


def test_a_store_created_between_two_looks_is_seen_whole(tmp_path, monkeypatch):
    """Opening a new file reads its schema version, application id and tables from one snapshot: when another
    connection creates the store between those reads (here, right before the table list is read), the opener
    sees the file either empty or as a whole store, never tables without the store's id (a race CI met once)."""
    import threading

    import graph.store as store_module

    path = tmp_path / "raced.sqlite"
    real_connect = sqlite3.connect
    raced: list[threading.Thread] = []
    failures: list[Exception] = []

    class Racing(sqlite3.Connection):
        def execute(self, sql, *args):
            if "sqlite_master" in sql and not raced:
                def create():
                    try:
                        with Store(path):  # a second connection creates the whole store now
                            pass
                    except Exception as exc:  # noqa: BLE001 - the test asserts there is none
                        failures.append(exc)
                raced.append(threading.Thread(target=create))
                raced[0].start()
                raced[0].join(timeout=2)  # done at once, unless our snapshot holds it back
            return super().execute(sql, *args)

    def connect(*args, **kwargs):
        return real_connect(*args, factory=Racing, **kwargs) if not raced else real_connect(*args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    with Store(path) as s:
        assert s.counts()["articles"] == 0
    raced[0].join(timeout=60)
    assert not raced[0].is_alive() and not failures, failures  # the other opener succeeded too
