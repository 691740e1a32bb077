"""Reading article files: the `key: value` header form and the seed's inline `date YYYY-MM-DD` form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .errors import ArticleError
from .records import Article

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file we read (5 MiB); bigger files are refused with an ArticleError."""

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
    first = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
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


def read_article(path: str | Path) -> Article:
    """Read one article file; raises ArticleError naming the file and the problem."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ArticleError(str(path), "is a directory, not an article file") from None
    except OSError as exc:
        raise ArticleError(str(path), f"cannot be read ({exc.strerror})") from None
    return parse(decode(raw, str(path)), str(path))


def article_paths(folder: str | Path) -> list[Path]:
    """The article files of a folder, sorted by name (`*.txt`, gold files excluded)."""
    return sorted(p for p in Path(folder).glob("*.txt") if p.is_file())


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Folders expand to their article files; files stay as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(article_paths(p) if p.is_dir() else [p])
    return out


def read_folder(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Read each path in turn, yielding the Article or the ArticleError, so one bad file stops nothing."""
    for p in paths:
        try:
            yield read_article(p)
        except ArticleError as exc:
            yield exc
