"""Hostile input: every text path stays linear in its input, and article text never becomes an actor token."""

from __future__ import annotations

import time

from graph.articles import parse
from graph.extract import extract
from graph.sentences import split


def _best(fn, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _ratio(make, n: int) -> float:
    """Work at 2n over work at n, each the best of five runs in this one process: about 2 when linear, 4 when
    quadratic (a ratio, not a wall-clock limit; the quadratic splitter this guards against took minutes here)."""
    small, large = make(n), make(2 * n)
    return _best(large) / max(_best(small), 1e-6)


def test_sentence_splitter_is_linear_on_runs_of_end_marks():
    for mark in (".", "!", "?", "…", ".!?"):
        ratio = _ratio(lambda n, mark=mark: (lambda text=("a " + mark * n + " b"): split(text)), 200_000)
        assert ratio < 3.5, (mark, ratio)


def test_extraction_is_linear_in_the_number_of_new_names():
    def make(n):
        body = " ".join(f"President Xq{i}abc Yq{i}def of Ruritania spoke." for i in range(n))
        article = parse("date: 2023-01-01\n\n" + body, "names.txt")
        return lambda: extract(article)

    assert _ratio(make, 1000) < 3.5


def test_a_literal_actor_token_in_the_text_invents_nothing():
    article = parse("date: 2023-01-01\n\nEmail @0 or @3 condemned @2. Russia @1 attacked Ukraine.", "at.txt")
    got = {(c.source, c.relation, c.target) for c in extract(article).claims}
    assert got == {("Russia", "attacks", "Ukraine")}
