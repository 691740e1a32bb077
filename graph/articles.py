"""Reading article files: the `key: value` header form and the seed's inline `date YYYY-MM-DD` form."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .errors import ArticleError
from .records import Article

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file we read (5 MiB); bigger files are refused with an ArticleError."""
MAX_RECORD_FILE = 200 * 1024 * 1024
"""Largest .jsonl/.csv file of article records (read a record at a time); .json is read whole, up to MAX_JSON."""
MAX_JSON = 50 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl", ".json", ".csv")

HEADER_KEYS = ("title", "date", "source", "license", "author", "url")
_HEADER_LINE = re.compile(r"^([A-Za-z_-]+):[ \t]*(.*)$")
_INLINE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(raw: bytes, path: str) -> str:
    """Decode bytes as `open(path, encoding="utf-8-sig").read()` would, or raise ArticleError."""
    if not raw.strip():
        raise ArticleError(path, "the file is empty")
    if len(raw) > MAX_BYTES:
        raise ArticleError(path, f"the file is {len(raw):,} bytes; the limit is {MAX_BYTES:,} bytes (5 MiB)")
    if b"\x00" in raw[:8192]:
        raise ArticleError(path, "the file looks binary (it contains NUL bytes); expected UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path, f"not valid UTF-8 at byte {exc.start} ({exc.reason}); save the file as UTF-8"
        ) from None
    # universal newlines, exactly as text-mode open() reads the file
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ArticleError(path, "the file looks binary (many control characters); expected UTF-8 text")
    return text


def _parse_date(value: str, path: str, line: int) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleError(path, f"line {line}: date {value!r} is not a valid YYYY-MM-DD date") from None


def _first_sentence(body: str, limit: int = 90) -> str:
    """A title for a text that has none: its headline, when it opens with one (a line of its own, with no end mark,
    before a blank line: "Readout of President Biden's Call with ..."), else its first sentence, cut to `limit`.

    >>> _first_sentence("Telephone conversation with President Tokayev\\n\\nPutin spoke with Tokayev. He left.")
    'Telephone conversation with President Tokayev'
    >>> _first_sentence("Putin spoke with Tokayev. He left.")
    'Putin spoke with Tokayev.'
    """
    body = body.strip()
    headline = re.match(r"([^\n]{3,200}?)[ \t]*\n[ \t]*\n", body)
    if headline and not re.search(r"[.!?:;,]$", headline.group(1)):
        return headline.group(1)
    first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def parse(text: str, path: str, article_id: str | None = None) -> Article:
    """Split decoded text into header fields and body; offsets keep indexing the whole text.

    >>> a = parse("title: T\\ndate: 2023-11-12\\n\\nPutin called Netanyahu.", "x.txt")
    >>> a.title, a.date.isoformat(), a.body
    ('T', '2023-11-12', 'Putin called Netanyahu.')
    """
    article_id = article_id or Path(path).stem
    fields: dict[str, str] = {}
    body_start = 0
    inline = _INLINE_DATE.match(text)
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    head = _HEADER_LINE.match(first)
    if inline:
        fields["date"] = inline.group(1)
        body_start = inline.end()
    elif head and head.group(1).lower() in HEADER_KEYS:
        pos = 0
        lineno = 0
        while True:
            lineno += 1
            nl = text.find("\n", pos)
            line = text[pos:] if nl == -1 else text[pos:nl]
            if not line.strip():
                body_start = len(text) if nl == -1 else nl + 1
                break
            m = _HEADER_LINE.match(line)
            if not m:
                raise ArticleError(
                    path,
                    f"line {lineno}: expected a 'key: value' header line or a blank line before the body, "
                    f"got {line[:60]!r}",
                )
            fields[m.group(1).lower()] = m.group(2).strip()
            if nl == -1:
                body_start = len(text)
                break
            pos = nl + 1
        if "date" in fields:
            fields["date"] = fields["date"]  # validated below with its line number
    body = text[body_start:]
    if not body.strip():
        raise ArticleError(path, "the article has no body (expected header lines, one blank line, then the text)")
    lead = len(body) - len(body.lstrip())
    body_start += lead
    day = _parse_date(fields.get("date", ""), path, 1 + list(fields).index("date") if "date" in fields else 0)
    return Article(
        id=article_id,
        path=str(path),
        title=fields.get("title") or _first_sentence(text[body_start:]),
        date=day,
        source=fields.get("source", "") or fields.get("url", ""),
        license=fields.get("license", ""),
        text=text,
        body_start=body_start,
    )


def display_path(path: str | Path) -> str:
    """A path as text that can always be printed and written (undecodable bytes of a file name become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def _open_checked(path: str | Path, limit: int):
    """Open a regular file for reading after checking what it is and how big, before reading a byte."""
    shown = display_path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        kind = "a broken link" if os.path.islink(path) else "no such file"
        raise ArticleError(shown, kind) from None
    except OSError as exc:
        raise ArticleError(shown, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            raise ArticleError(shown, "is a folder that cannot be listed (permission denied)")
        raise ArticleError(shown, "is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, a device never ends
        raise ArticleError(shown, "is not a regular file (a pipe, socket or device); refused")
    if info.st_size > limit:
        raise ArticleError(shown, f"the file is {info.st_size:,} bytes; the limit is {limit:,} bytes")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise ArticleError(shown, f"cannot be read ({exc.strerror})") from None


def read_article(path: str | Path) -> Article:
    """Read one article file; raises ArticleError naming the file and the problem. The file is checked (a
    regular file, at most MAX_BYTES) before it is read, and never more than MAX_BYTES + 1 bytes are read."""
    shown = display_path(path)
    with _open_checked(path, MAX_BYTES) as f:
        try:
            raw = f.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ArticleError(shown, f"cannot be read ({exc.strerror})") from None
    return parse(decode(raw, shown), shown)


def _record_article(fields: dict, where: str, article_id: str) -> Article:
    """One article from a record with `text` and optional `title`, `date`, `source`, `license`."""
    if not isinstance(fields, dict):
        raise ArticleError(where, "a record must be an object with a 'text' field")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(where, "the record has no 'text' (expected fields text, and optionally title, date, "
                                  "source, license)")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ArticleError(where, f"the record's text is over the {MAX_BYTES:,}-byte limit")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    day = _parse_date(str(fields.get("date") or ""), where, 0)
    return Article(id=article_id, path=where, title=str(fields.get("title") or _first_sentence(text)), date=day,
                   source=str(fields.get("source") or fields.get("url") or ""),
                   license=str(fields.get("license") or ""), text=text, body_start=0)


def read_records(path: str | Path) -> Iterator[Article | ArticleError]:
    """Articles from a .jsonl (one JSON object per line), .json (an object or a list of objects) or .csv file
    (columns text, title, date, source, license). Each record is `<file>#<n>`; its offsets index its text.
    A bad record is reported by file and line and the others are read; the file is read in linear time."""
    shown = display_path(path)
    stem = Path(shown).stem
    suffix = Path(shown).suffix.lower()
    try:
        f = _open_checked(path, MAX_JSON if suffix == ".json" else MAX_RECORD_FILE)
    except ArticleError as exc:
        yield exc
        return
    with f:
        try:
            stream = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
            if suffix == ".jsonl":
                for n, line in enumerate(stream, 1):
                    if not line.strip():
                        continue
                    where = f"{shown}#{n}"
                    try:
                        yield _record_article(json.loads(line), where, f"{stem}#{n}")
                    except ValueError as exc:
                        yield ArticleError(where, f"line {n} is not valid JSON ({exc})")
                    except ArticleError as exc:
                        yield exc
            elif suffix == ".json":
                data = json.loads(stream.read())
                for n, rec in enumerate(data if isinstance(data, list) else [data], 1):
                    try:
                        yield _record_article(rec, f"{shown}#{n}", f"{stem}#{n}")
                    except ArticleError as exc:
                        yield exc
            else:
                reader = csv.DictReader(stream)
                if not reader.fieldnames or "text" not in reader.fieldnames:
                    yield ArticleError(shown, "a CSV of articles needs a 'text' column (and optionally title, "
                                              "date, source, license)")
                    return
                for n, row in enumerate(reader, 2):
                    try:
                        yield _record_article(row, f"{shown}#{n}", f"{stem}#{n}")
                    except ArticleError as exc:
                        yield exc
        except UnicodeDecodeError as exc:
            yield ArticleError(shown, f"not valid UTF-8 ({exc.reason}); save the file as UTF-8")
        except (ValueError, csv.Error) as exc:
            yield ArticleError(shown, f"cannot be read as {suffix[1:].upper()} ({exc})")


def article_paths(folder: str | Path) -> list[Path]:
    """The article files of a folder, sorted by name: `*.txt` in any case, and `.jsonl`, `.json`, `.csv`
    record files (gold files `*.gold.json` excluded); broken links are kept so that they are reported."""
    out = []
    for p in Path(folder).iterdir():
        name = p.name.lower()
        if name.endswith(".gold.json"):
            continue
        if name.endswith(ARTICLE_SUFFIXES + RECORD_SUFFIXES):
            out.append(p)
    return sorted(out)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Folders expand to their article files; files stay as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        try:
            out.extend(article_paths(p) if p.is_dir() else [p])
        except OSError:  # a folder that cannot be listed is reported by read_folder, not skipped
            out.append(p)
    return out


def read_folder(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Read each path in turn, yielding the Article or the ArticleError, so one bad file stops nothing;
    record files (.jsonl, .json, .csv) yield one item per record. A folder that cannot be listed is an error."""
    for p in paths:
        if str(p).lower().endswith(RECORD_SUFFIXES) and not str(p).lower().endswith(".gold.json"):
            yield from read_records(p)
            continue
        try:
            yield read_article(p)
        except ArticleError as exc:
            yield exc


def find_articles(articles: Iterable[Article], query: str, limit: int = 20) -> list[Article]:
    """Articles whose title, date or id holds every word of `query` (any case), newest first, at most `limit`.

    >>> a = Article("a1", "a1.txt", "Putin calls Netanyahu", date(2023, 11, 12), "", "", "", 0)
    >>> [x.id for x in find_articles([a], "netanyahu PUTIN")], find_articles([a], "Raisi"), find_articles([a], " ")
    (['a1'], [], [])
    """
    words = query.casefold().split()
    if not words:
        return []
    found = [a for a in articles
             if all(w in f"{a.title} {a.date or ''} {a.id}".casefold() for w in words)]  # fmt: skip
    found.sort(key=lambda a: (a.date is not None, a.date or date.min, a.id), reverse=True)
    return found[:limit]
