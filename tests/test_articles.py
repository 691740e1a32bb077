"""Reading article files: both header forms, encodings, and every bad input named by file and problem."""

from __future__ import annotations

from datetime import date

import pytest

from graph.articles import MAX_BYTES, read_article, read_folder
from graph.errors import ArticleError


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_read_header_form(tmp_path):
    p = write(tmp_path, "a.txt", b"title: Call\ndate: 2023-10-03\nsource: https://x\nlicense: PD\n\nBody text here.")
    a = read_article(p)
    assert (a.title, a.date, a.source, a.license) == ("Call", date(2023, 10, 3), "https://x", "PD")
    assert a.body == "Body text here."
    assert a.text[a.body_start :] == "Body text here."


def test_read_inline_date_form_of_the_seed():
    a = read_article("data/articles/00-putin-netanyahu-call-2023-11-12.txt")
    assert a.date == date(2023, 11, 12)
    assert a.body.startswith("Russian President Vladimir Putin reached out")
    assert a.title.startswith("Russian President Vladimir Putin")


def test_undated_article_is_allowed(tmp_path):
    a = read_article(write(tmp_path, "u.txt", b"Putin called Netanyahu on Monday."))
    assert a.date is None and a.body == "Putin called Netanyahu on Monday."


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"], ids=["lf", "crlf"])
def test_offsets_index_the_text_as_python_opens_it(tmp_path, prefix, newline):
    raw = prefix + newline.join([b"title: T", b"date: 2023-01-02", b"", b"Alpha. Beta \xe2\x80\x99quoted\xe2\x80\x99."])
    p = write(tmp_path, "x.txt", raw)
    a = read_article(p)
    assert a.text == open(p, encoding="utf-8-sig").read()
    assert a.body == "Alpha. Beta ’quoted’."


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "title: Caf\u00e9\n\nd\u00e9j\u00e0 vu".encode("latin-1"), "not valid UTF-8 at byte"),
        ("nobody.txt", b"title: T\ndate: 2023-01-01\n\n   \n", "no body"),
        ("headeronly.txt", b"title: T\ndate: 2023-01-01\n", "no body"),
        ("baddate.txt", b"title: T\ndate: 2023-13-45\n\nText.", "not a valid YYYY-MM-DD date"),
        ("badheader.txt", b"title: T\nthis is not a header\n\nText.", "expected a 'key: value' header line"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path, name, data, problem):
    p = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert name in str(err.value) and problem in str(err.value)


def test_file_over_the_size_limit_is_refused(tmp_path):
    p = write(tmp_path, "huge.txt", b"title: T\n\n" + b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match=r"huge\.txt: the file is .* bytes; the limit is"):
        read_article(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good = write(tmp_path, "good.txt", b"Putin called Netanyahu.")
    bad = write(tmp_path, "bad.txt", b"")
    out = list(read_folder([bad, good]))
    assert isinstance(out[0], ArticleError) and out[1].body == "Putin called Netanyahu."
