"""The embedded SQLite corpus store: articles, their claims (with review status) and mentions."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .articles import decode, expand_paths, parse, read_folder
from .errors import ArticleError, StoreError
from .records import Actor, Article, Claim, Mention, Role

if TYPE_CHECKING:  # pipeline imports the extractor; keep the store importable on its own
    from .actors import Dictionary
    from .pipeline import Corpus

SCHEMA_VERSION = 2
"""Bumped whenever the tables change; a file with a higher PRAGMA user_version is refused."""

APPLICATION_ID = 0x41434E54  # "ACNT": marks a SQLite file as an actornet store
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected")

_SCHEMA = f"""
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    path        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    date        TEXT,
    source      TEXT NOT NULL DEFAULT '',
    license     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    body_start  INTEGER NOT NULL CHECK (body_start >= 0),
    added_at    TEXT NOT NULL,
    extracted_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source          TEXT NOT NULL CHECK (source <> ''),
    relation        TEXT NOT NULL CHECK (relation <> ''),
    target          TEXT NOT NULL CHECK (target <> ''),
    date            TEXT,
    quote           TEXT NOT NULL,
    start           INTEGER NOT NULL CHECK (start >= 0),
    "end"           INTEGER NOT NULL CHECK ("end" >= start),
    source_type     TEXT NOT NULL DEFAULT '',
    target_type     TEXT NOT NULL DEFAULT '',
    negated         INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    hedged          INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
    reported        INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
    rule            TEXT NOT NULL DEFAULT '',
    extractor       TEXT NOT NULL DEFAULT '',
    version         TEXT NOT NULL DEFAULT '',
    source_surface  TEXT NOT NULL DEFAULT '',
    target_surface  TEXT NOT NULL DEFAULT '',
    extra           TEXT NOT NULL DEFAULT '{{}}',
    review_status   TEXT NOT NULL DEFAULT 'unreviewed'
                    CHECK (review_status IN ({", ".join(f"'{s}'" for s in REVIEW_STATUSES)})),
    reviewer_note   TEXT NOT NULL DEFAULT '',
    reviewed_at     TEXT
);
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor       TEXT NOT NULL,
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" >= start),
    surface     TEXT NOT NULL,
    how         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE actors (
    name           TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    aliases        TEXT NOT NULL DEFAULT '[]',
    demonyms       TEXT NOT NULL DEFAULT '[]',
    metonyms       TEXT NOT NULL DEFAULT '[]',
    roles          TEXT NOT NULL DEFAULT '[]',
    in_dictionary  INTEGER NOT NULL DEFAULT 1 CHECK (in_dictionary IN (0, 1))
);
CREATE TABLE merges (
    alias       TEXT PRIMARY KEY,
    into_actor  TEXT NOT NULL,
    merged_at   TEXT NOT NULL
);
CREATE INDEX claims_relation ON claims(relation);
CREATE INDEX claims_source ON claims(source);
CREATE INDEX claims_target ON claims(target);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX articles_date ON articles(date);
"""

_CLAIM_COLUMNS = (
    'article_id, source, relation, target, date, quote, start, "end", source_type, target_type, '
    "negated, hedged, reported, rule, extractor, version, source_surface, target_surface, extra"
)


class Extracted(Protocol):
    """What `add` needs from an extraction (graph.extract.Extraction has these)."""

    mentions: Iterable[Mention]
    claims: Iterable[Claim]
    actors: Iterable[Actor]


def content_hash(text: str) -> str:
    """The sha256 of an article's text, the store's identity for "same content".

    >>> content_hash("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _role_json(role: Role) -> dict[str, Any]:
    return {"title": role.title, "of": role.of, "start": _iso(role.start), "end": _iso(role.end)}


class Store:
    """A corpus in one SQLite file (or ":memory:"): one transaction per article, WAL, foreign keys on.

    >>> with Store(":memory:") as s:
    ...     s.counts()["articles"]
    0
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def _open(self) -> None:
        db = self._db
        try:
            # one read transaction: the three answers come from one snapshot, so a store another process is
            # creating right now is seen either empty or whole (never tables without its application id)
            db.execute("BEGIN")
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                app_id = db.execute("PRAGMA application_id").fetchone()[0]
                tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            finally:
                db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: is not a SQLite database ({exc}); give a new file name or an actornet store"
            ) from None
        if version == 0 and app_id == 0 and not tables:
            self._create()
            version = db.execute("PRAGMA user_version").fetchone()[0]
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise StoreError(
                f"{self.path}: is a SQLite database but not an actornet store "
                f"(tables: {', '.join(sorted(tables)) or 'none'}); give a new file name"
            )
        elif version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: was written by a newer actornet (store schema version {version}; "
                f"this version reads up to {SCHEMA_VERSION}); upgrade actornet to open it"
            )
        elif version < 1:
            raise StoreError(f"{self.path}: has an unknown store schema version {version}")
        elif version < SCHEMA_VERSION:
            self._migrate(version)
        db.execute("PRAGMA foreign_keys = ON")
        self._use_wal()
        db.execute("PRAGMA synchronous = NORMAL")

    def _use_wal(self) -> None:
        """Switch the file to write-ahead logging once (the mode persists in the file). The switch needs the file
        to itself and SQLite does not wait for it, so when another connection is opening the same new store
        right now, try again for up to 30 s."""
        deadline = time.monotonic() + 30
        while True:
            try:  # (":memory:" stays in memory mode: SQLite answers without switching, and that is fine)
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: the store cannot be opened ({exc})") from None
                time.sleep(0.05)

    def _create(self) -> None:
        with self._transaction() as db:
            if db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
                return  # another process created the store between our look and our lock: use theirs
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _migrate(self, version: int) -> None:
        """Bring an older store up to SCHEMA_VERSION in one transaction; nothing stored is lost."""
        with self._transaction() as db:
            if version < 2:  # review decisions record their time; each article its extraction run
                db.execute("ALTER TABLE claims ADD COLUMN reviewed_at TEXT")
                db.execute("ALTER TABLE articles ADD COLUMN extracted_by TEXT NOT NULL DEFAULT ''")
                db.execute("CREATE TABLE merges (alias TEXT PRIMARY KEY, into_actor TEXT NOT NULL, "
                           "merged_at TEXT NOT NULL)")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: the store cannot be written ({exc})") from None
            try:
                yield self._db
            except sqlite3.IntegrityError:
                self._db.execute("ROLLBACK")
                raise
            except sqlite3.DatabaseError as exc:  # damaged pages, a full disk: nothing of this change is kept
                self._db.execute("ROLLBACK")
                raise StoreError(f"{self.path}: the store cannot be written ({exc}); nothing was changed") from None
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- lifecycle -------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    # -- writing ---------------------------------------------------------------------------------------

    def contains(self, article: Article) -> bool:
        """True when an article with exactly this text is stored (under any id)."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM articles WHERE sha256 = ?", (content_hash(article.text),)).fetchone()
        return row is not None

    def identify(self, article: Article, same_origin: bool = True) -> Article:
        """The article under an id that cannot take another text's place: a different text stored under the
        same id from another origin (another folder, an upload; with `same_origin=False` any other text) gets
        the id `<name>~<digest>`, so both are kept and shown. The same file edited in place keeps its id."""
        sha = content_hash(article.text)
        with self._lock:
            row = self._db.execute("SELECT path, sha256 FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is None or row[1] == sha or (same_origin and row[0] == article.path):
            return article
        return replace(article, id=f"{article.id}~{sha[:8]}")

    def extracted_with(self, article: Article) -> set[str]:
        """The extraction run that stored this text (its rules version), or for stores written before runs
        were recorded the versions of its claims (empty: not stored)."""
        with self._lock:
            row = self._db.execute("SELECT extracted_by FROM articles WHERE sha256 = ?",
                                   (content_hash(article.text),)).fetchone()
        if row is not None and row[0]:
            return {row[0]}
        rows = self._query(
            "SELECT DISTINCT c.version FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.sha256 = ?",
            (content_hash(article.text),),
        )
        return {r[0] for r in rows}

    def add(self, article: Article, extraction: Extracted, refresh: bool = False, version: str = "") -> bool:
        """Store one article with its claims, mentions and actors in one transaction.

        Returns False and changes nothing when the same text is already stored; an article with a stored
        id but new text replaces that article's rows (review decisions carry over to identical claims).
        Any failure rolls the whole article back and raises StoreError.
        """
        claims = list(extraction.claims)
        mentions = list(extraction.mentions)
        actors = list(extraction.actors)
        for claim in claims:
            if claim.article != article.id:
                raise StoreError(
                    f"article {article.id!r}: a claim belongs to article {claim.article!r}; "
                    "add each article with its own extraction"
                )
        sha = content_hash(article.text)
        try:
            with self._transaction() as db:
                same = db.execute("SELECT id FROM articles WHERE sha256 = ?", (sha,)).fetchone()
                if same and not refresh:
                    return False
                old_id = same[0] if same else article.id  # refresh: the stored copy of this text is replaced
                reviews = {
                    tuple(r[:4]): (r[4], r[5], r[6])
                    for r in db.execute(
                        "SELECT source, relation, target, quote, review_status, reviewer_note, reviewed_at FROM claims "
                        "WHERE article_id = ? AND review_status <> 'unreviewed'",
                        (old_id,),
                    )
                }
                manual = db.execute(  # claims a reviewer added by hand survive re-extraction
                    f"SELECT {_CLAIM_COLUMNS}, review_status, reviewer_note, reviewed_at FROM claims "
                    "WHERE article_id = ? AND extractor = 'manual'", (old_id,)).fetchall()
                db.execute("DELETE FROM articles WHERE id IN (?, ?)", (article.id, old_id))
                db.execute(
                    "INSERT INTO articles (id, sha256, path, title, date, source, license, text, body_start, "
                    "added_at, extracted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        sha,
                        article.path,
                        article.title,
                        _iso(article.date),
                        article.source,
                        article.license,
                        article.text,
                        article.body_start,
                        datetime.now(UTC).isoformat(timespec="seconds"),
                        version or next((c.version for c in claims), ""),
                    ),
                )
                db.executemany(
                    f"INSERT INTO claims ({_CLAIM_COLUMNS}, review_status, reviewer_note, reviewed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            article.id,
                            c.source,
                            c.relation,
                            c.target,
                            _iso(c.date),
                            c.quote,
                            c.start,
                            c.end,
                            c.source_type,
                            c.target_type,
                            int(c.negated),
                            int(c.hedged),
                            int(c.reported),
                            c.rule,
                            c.extractor,
                            c.version,
                            c.source_surface,
                            c.target_surface,
                            json.dumps(c.extra, default=str),
                            *reviews.get((c.source, c.relation, c.target, c.quote), ("unreviewed", "", None)),
                        )
                        for c in claims
                    ],
                )
                db.executemany(
                    f"INSERT INTO claims ({_CLAIM_COLUMNS}, review_status, reviewer_note, reviewed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(article.id, *tuple(r)[1:]) for r in manual],
                )
                db.executemany(
                    'INSERT INTO mentions (article_id, actor, start, "end", surface, how) VALUES (?, ?, ?, ?, ?, ?)',
                    [(article.id, m.actor, m.start, m.end, m.surface, m.how) for m in mentions],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO actors (name, type, aliases, demonyms, metonyms, roles, "
                    "in_dictionary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            a.name,
                            a.type,
                            json.dumps(list(a.aliases)),
                            json.dumps(list(a.demonyms)),
                            json.dumps(list(a.metonyms)),
                            json.dumps([_role_json(r) for r in a.roles]),
                            int(a.in_dictionary),
                        )
                        for a in actors
                    ],
                )
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"article {article.id!r} ({article.path}): not stored, nothing changed: {exc}") from None
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: article {article.id!r} not stored, nothing changed: {exc}") from None
        return True

    def remove(self, article_id: str) -> bool:
        """Delete an article with its claims and mentions; False when there was no such article."""
        with self._transaction() as db:
            return db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def add_claim(self, article_id: str, source: str, relation: str, target: str, sentence: str,
                  note: str = "") -> int:
        """A claim added by hand: `sentence` must occur verbatim in the article; it is stored accepted, as
        extractor "manual", and kept when the article is extracted again. Returns the claim id."""
        from .taxonomy import load_relations

        if relation not in load_relations():
            raise StoreError(f"{relation!r} is not a relation id ({', '.join(load_relations())})")
        if not source.strip() or not target.strip() or source == target:
            raise StoreError("a claim needs two different actors")
        art = self.article(article_id)
        if art is None:
            raise StoreError(f"{self.path}: there is no article {article_id!r}")
        sentence = sentence.strip()
        start = art.text.find(sentence, art.body_start) if sentence else -1
        if start < 0:
            raise StoreError(f"article {article_id!r}: the sentence does not occur verbatim in its text")
        actors = self.actors()
        kinds = {n: a.type for n, a in actors.items()}
        claim = Claim(source=source, relation=relation, target=target, article=article_id, date=art.date,
                      quote=sentence, start=start, end=start + len(sentence),
                      source_type=kinds.get(source, "person"), target_type=kinds.get(target, "person"),
                      rule="manual", extractor="manual", version="manual")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction() as db:
            cur = db.execute(
                f"INSERT INTO claims ({_CLAIM_COLUMNS}, review_status, reviewer_note, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, claim.source, claim.relation, claim.target, _iso(claim.date), claim.quote, claim.start,
                 claim.end, claim.source_type, claim.target_type, 0, 0, 0, claim.rule, claim.extractor,
                 claim.version, "", "", "{}", "accepted", note or "added by hand", now),
            )
            return int(cur.lastrowid)

    def merge(self, alias: str, into: str) -> None:
        """Read actor `alias` as `into` from now on (its claims and mentions move to `into`); undo with
        `unmerge`. Nothing stored is rewritten, so an undo restores exactly what was there."""
        if alias == into or not alias or not into:
            raise StoreError("merge two different actors")
        chain, seen = into, {alias}
        merges = self.merges()
        while chain in merges:  # refuse a cycle: A into B when B is already merged into A
            if chain in seen:
                break
            seen.add(chain)
            chain = merges[chain]
        if chain in seen:
            raise StoreError(f"{into!r} is already merged into {alias!r}; undo that first")
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO merges (alias, into_actor, merged_at) VALUES (?, ?, ?)",
                       (alias, into, datetime.now(UTC).isoformat(timespec="seconds")))

    def unmerge(self, alias: str) -> bool:
        """Undo a merge; False when `alias` was not merged."""
        with self._transaction() as db:
            return db.execute("DELETE FROM merges WHERE alias = ?", (alias,)).rowcount > 0

    def origins(self) -> dict[str, tuple[str, str]]:
        """Article id -> (path as stored, title), without reading the texts."""
        return {r[0]: (r[1], r[2]) for r in self._query("SELECT id, path, title FROM articles ORDER BY id")}

    def uploads(self) -> dict[str, str]:
        """Uploaded articles (stored under a bare file name, not a folder path): id -> title."""
        return {r[0]: r[1] for r in self._query(f"SELECT id, title FROM articles WHERE {_UPLOADED} ORDER BY id")}

    def upload_bytes(self) -> int:
        """Bytes of text held by uploaded articles."""
        row = self._query(f"SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM articles WHERE {_UPLOADED}")
        return int(row[0][0])

    def merges(self) -> dict[str, str]:
        """alias -> the actor it is read as (direct merges; `corpus_from_store` follows chains)."""
        return {r[0]: r[1] for r in self._query("SELECT alias, into_actor FROM merges ORDER BY merged_at")}

    def set_review(self, claim_id: int, status: str, note: str = "") -> None:
        """Record a reviewer's decision on one claim (`accepted`, `rejected` or back to `unreviewed`)."""
        if status not in REVIEW_STATUSES:
            raise StoreError(f"review status {status!r} is not one of {', '.join(REVIEW_STATUSES)}")
        with self._transaction() as db:
            cur = db.execute(
                "UPDATE claims SET review_status = ?, reviewer_note = ?, reviewed_at = ? WHERE id = ?",
                (status, note, datetime.now(UTC).isoformat(timespec="seconds"), claim_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"{self.path}: there is no claim with id {claim_id}")

    # -- reading ---------------------------------------------------------------------------------------

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cur = self._db.execute(sql, tuple(params))
                cur.row_factory = sqlite3.Row
                return cur.fetchall()
            except sqlite3.DatabaseError as exc:  # damaged pages: say so, never print what was read
                raise StoreError(f"{self.path}: the store cannot be read ({exc}); restore a backup or give a "
                                 "new file name (PRAGMA integrity_check tells what is damaged)") from None

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"],
            path=row["path"],
            title=row["title"],
            date=_day(row["date"]),
            source=row["source"],
            license=row["license"],
            text=row["text"],
            body_start=row["body_start"],
        )

    def articles(self) -> list[Article]:
        """Every stored article, oldest first (undated last), then by id."""
        rows = self._query("SELECT * FROM articles ORDER BY date IS NULL, date, id")
        return [self._article(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or None."""
        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return self._article(rows[0]) if rows else None

    def claims(
        self,
        article_ids: Iterable[str] | None = None,
        relations: Iterable[str] | None = None,
        review: Iterable[str] | None = None,
    ) -> list[Claim]:
        """Stored claims, optionally only of some articles, relations or review statuses, in article
        then insertion order. Each claim carries its article's path and title, and in `extra` its
        `claim_id`, `review_status` and `reviewer_note`."""
        where, params = [], []
        for column, values in (
            ("c.article_id", article_ids),
            ("c.relation", relations),
            ("c.review_status", review),
        ):
            if values is not None:
                values = list(values)
                where.append(f"{column} IN ({', '.join('?' * len(values))})" if values else "0")
                params.extend(values)
        sql = (
            "SELECT c.*, a.path AS article_path, a.title AS article_title FROM claims c "
            "JOIN articles a ON a.id = c.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.date IS NULL, a.date, c.article_id, c.id"
        )
        out = []
        for r in self._query(sql, params):
            extra = json.loads(r["extra"])
            extra.update(claim_id=r["id"], review_status=r["review_status"], reviewer_note=r["reviewer_note"],
                         reviewed_at=r["reviewed_at"])
            out.append(
                Claim(
                    source=r["source"],
                    relation=r["relation"],
                    target=r["target"],
                    article=r["article_id"],
                    date=_day(r["date"]),
                    quote=r["quote"],
                    start=r["start"],
                    end=r["end"],
                    source_type=r["source_type"],
                    target_type=r["target_type"],
                    negated=bool(r["negated"]),
                    hedged=bool(r["hedged"]),
                    reported=bool(r["reported"]),
                    rule=r["rule"],
                    extractor=r["extractor"],
                    version=r["version"],
                    path=r["article_path"],
                    title=r["article_title"],
                    source_surface=r["source_surface"],
                    target_surface=r["target_surface"],
                    extra=extra,
                )
            )
        return out

    def mentions(self, article_id: str) -> list[Mention]:
        """The actor mentions of one article, in extraction order."""
        rows = self._query(
            'SELECT actor, start, "end", surface, how FROM mentions WHERE article_id = ? ORDER BY id',
            (article_id,),
        )
        return [Mention(r["actor"], r["start"], r["end"], r["surface"], r["how"]) for r in rows]

    def actors(self) -> dict[str, Actor]:
        """Every actor an extraction named, by canonical name."""
        out = {}
        for r in self._query("SELECT * FROM actors ORDER BY name"):
            roles = tuple(Role(x["title"], x["of"], _day(x["start"]), _day(x["end"])) for x in json.loads(r["roles"]))
            out[r["name"]] = Actor(
                name=r["name"],
                type=r["type"],
                aliases=tuple(json.loads(r["aliases"])),
                demonyms=tuple(json.loads(r["demonyms"])),
                metonyms=tuple(json.loads(r["metonyms"])),
                roles=roles,
                in_dictionary=bool(r["in_dictionary"]),
            )
        return out

    def counts(self) -> dict[str, int]:
        """How many articles, claims, mentions and actors are stored, and claims per review status.

        >>> with Store(":memory:") as s:
        ...     list(s.counts().items())[:3]
        [('articles', 0), ('claims', 0), ('mentions', 0)]
        """
        out = {t: self._query(f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "claims", "mentions", "actors")}
        by_status = dict(self._query("SELECT review_status, count(*) FROM claims GROUP BY review_status"))
        out.update({s: by_status.get(s, 0) for s in REVIEW_STATUSES})
        return out


_UPLOADED = "path NOT LIKE '/%'"  # an upload is stored under its bare file name; a folder's file by its full path


@dataclass
class IngestReport:
    """What `ingest` did: ids added (new or replaced), ids already stored unchanged, and unreadable files."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # stored text re-extracted because the rules changed
    errors: list[ArticleError] = field(default_factory=list)

    def __str__(self) -> str:
        text = (f"{len(self.added)} added, {len(self.refreshed)} re-extracted, {len(self.unchanged)} unchanged, "
                f"{len(self.errors)} not read")
        return "\n".join([text, *(f"  {e}" for e in self.errors)])


def ingest(
    store: Store,
    paths: Iterable[str | Path] | str | Path,
    dictionary: Dictionary | None = None,
    *,
    extractor: Any = None,
    engine: str = "parse",
    progress: Any = None,
    jobs: int = 1,
) -> IngestReport:
    """Read article files (folders expand to their `*.txt`), extract and store each one; text already
    stored is not extracted again unless the rules changed since (then it is re-extracted and reviews carry
    over), and a bad file is reported by name while the rest goes on.
    `extractor(article, dictionary)` defaults to the named engine of graph.engines. With `jobs` > 1 the
    default extractor runs in that many worker processes; articles are still stored one by one, in input
    order, by this process, so the store ends the same as with one job."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    versioned = extractor is None  # our extractor stamps its rules version; another one is taken as is
    from .engines import BATCH, engine_version, extract_many

    if dictionary is None:
        from .actors import load_dictionary

        dictionary = load_dictionary()
    current = engine_version(engine)
    report = IngestReport()
    seen: dict[str, int] = {}
    pending: list[tuple[Article, bool]] = []  # (article, refresh) waiting for extraction
    pool = None
    if jobs > 1 and versioned:
        from concurrent.futures import ProcessPoolExecutor

        # each worker gets the caller's dictionary once, and loads the model once
        pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(dictionary, engine))

    def flush() -> None:
        if pool is not None:
            results = pool.map(_extract_in_worker, [a for a, _ in pending], chunksize=4)
        elif versioned:  # the named engine (the parse engine parses the batch's sentences together)
            results = extract_many([a for a, _ in pending], dictionary, engine)
        else:  # the caller's extractor, one article at a time
            results = (_extracted_or_error(extractor, a, dictionary) for a, _ in pending)
        for (article, refresh), result in zip(pending, results, strict=True):
            if isinstance(result, ArticleError):
                report.errors.append(result)
                continue
            try:
                stored = store.add(article, result, refresh=refresh, version=current if versioned else "")
            except StoreError as exc:
                report.errors.append(ArticleError(str(article.path), str(exc)))
                continue
            if refresh:
                report.refreshed.append(article.id)
            else:
                (report.added if stored else report.unchanged).append(article.id)
        pending.clear()

    try:
        _ingest_loop(store, paths, report, seen, pending, flush, versioned, current, progress,
                     batch=64 * jobs if pool is not None else BATCH if versioned else 1)
        flush()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return report


def _extracted_or_error(extractor, article: Article, dictionary):
    """The extraction, or the ArticleError of an article too big to be one: reported like an unreadable file,
    and the rest goes on."""
    try:
        return extractor(article, dictionary)
    except ArticleError as exc:
        return exc


_WORKER: dict[str, Any] = {}  # what a worker process extracts with: set once by _start_worker


def _start_worker(dictionary, engine: str) -> None:
    from .engines import extract_with

    _WORKER.update(dictionary=dictionary, extract=partial(extract_with, engine=engine))


def _extract_in_worker(article: Article):
    """One article's extraction in a worker process, with the dictionary and engine the worker started with."""
    result = _extracted_or_error(_WORKER["extract"], article, _WORKER["dictionary"])
    # the sentence pass stays in the worker: it is not sent back
    return result if isinstance(result, ArticleError) else replace(result, sentences=[])


def _ingest_loop(store, paths, report, seen, pending, flush, versioned, current, progress, batch: int) -> None:
    for done, article in enumerate(read_folder(expand_paths(paths)), 1):  # .txt, and .jsonl/.json/.csv records
        if progress is not None:
            progress(done)
        if isinstance(article, ArticleError):
            report.errors.append(article)
            continue
        if article.id in seen:  # same file name in two folders: keep ids unique, as build_corpus does
            seen[article.id] += 1
            article = Article(**{**article.__dict__, "id": f"{article.id}~{seen[article.id]}"})
        else:
            seen[article.id] = 1
        article = store.identify(article)  # another text under a used name is a new article, not a replacement
        refresh = False
        if store.contains(article):
            versions = store.extracted_with(article)
            if not versioned or versions == {current}:
                report.unchanged.append(article.id)
                continue
            refresh = True  # extracted with older rules (or none recorded): extract again, reviews carry over
        if any(a.id == article.id for a, _ in pending):
            flush()  # the same name twice in one batch: store the first before identifying the second
            article = store.identify(article)
            if store.contains(article):
                report.unchanged.append(article.id)
                continue
        pending.append((article, refresh))
        if len(pending) >= batch:
            flush()


def add_file(store: Store, name: str, data: bytes, dictionary: Any = None, engine: str = "parse") -> bool:
    """Store one article given as bytes (an upload) under its file name; True when it was new.

    Raises ArticleError naming `name` when the bytes are not a readable article; nothing is stored then.
    """
    article = store.identify(parse(decode(data, name), name), same_origin=False)  # an upload never replaces
    if store.contains(article):
        return False
    from .engines import extract_with

    if dictionary is None:
        from .actors import load_dictionary

        dictionary = load_dictionary()
    from .engines import engine_version

    return store.add(article, extract_with(article, dictionary, engine), version=engine_version(engine))


def corpus_from_store(store: Store) -> Corpus:
    """The stored articles, claims, mentions and actors as a graph.pipeline.Corpus (for the dashboard), with
    the reviewer's merges applied: a merged actor's claims and mentions belong to the actor it was merged into,
    whose aliases then include it."""
    from .pipeline import Corpus

    merges = store.merges()

    def final(name: str) -> str:
        seen = set()
        while name in merges and name not in seen:
            seen.add(name)
            name = merges[name]
        return name

    claims = store.claims()
    if merges:
        claims = [replace(c, source=final(c.source), target=final(c.target)) for c in claims]
        claims = [c for c in claims if c.source != c.target]
    corpus = Corpus(articles=store.articles(), claims=claims)
    corpus.mentions = {a.id: [] for a in corpus.articles}
    for r in store._query('SELECT article_id, actor, start, "end", surface, how FROM mentions ORDER BY id'):
        corpus.mentions[r["article_id"]].append(
            Mention(final(r["actor"]), r["start"], r["end"], r["surface"], r["how"]))
    named = {c.source for c in corpus.claims} | {c.target for c in corpus.claims}
    named |= {m.actor for ms in corpus.mentions.values() for m in ms}
    actors = store.actors()
    if merges:
        from .actors import load_dictionary

        known = load_dictionary().actors
    for alias in merges:
        target = final(alias)
        base = actors.get(target) or known.get(target) or Actor(name=target, type="organization", in_dictionary=False)
        actors[target] = replace(base, aliases=tuple(dict.fromkeys((*base.aliases, alias))))
    corpus.actors = {name: actor for name, actor in actors.items() if name in named}
    return corpus
