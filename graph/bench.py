"""Extraction benchmark: speed and memory on the bundled articles replicated to N distinct articles."""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from .actors import Dictionary, load_dictionary
from .articles import article_paths, read_folder
from .errors import ActornetError, ArticleError
from .extract import extract, load_lexicon
from .paths import DATA_DIR
from .records import Article

DEFAULT_SOURCE = DATA_DIR / "articles"
MB = 1_000_000


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="actornet bench",
        description="Measure extraction only (reading and storing are not timed) on the articles of "
        "--source replicated in memory up to N distinct articles; print figures, one per line.",
    )
    p.add_argument("--articles", type=_positive, default=2000, metavar="N", help="articles to extract (2000)")
    p.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        metavar="DIR",
        help="folder of article files to replicate (the bundled data/articles)",
    )
    p.add_argument(
        "--cores",
        type=_positive,
        default=1,
        metavar="K",
        help="pin to the first K allowed CPUs; K > 1 extracts in K worker processes (1)",
    )
    p.add_argument(
        "--engines",
        action="store_true",
        help="instead: run the fast engine, the parse engine and spaCy's whole pipeline over the same distinct "
        "texts (every bundled gold folder but the sealed ones) and print them side by side",
    )
    p.add_argument(
        "--trace",
        action="store_true",
        help="also run the loop once more under tracemalloc and print its peak (slow)",
    )
    p.add_argument(
        "--memory-articles",
        type=_positive,
        metavar="N",
        help="instead: extract N articles keeping every result; print the memory that costs",
    )
    return p


def pin(cores: int) -> list[int] | None:
    """Restrict this process to its first `cores` allowed CPUs; None where the OS has no affinity call."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    chosen = sorted(os.sched_getaffinity(0))[:cores]
    os.sched_setaffinity(0, set(chosen))
    return chosen


def load_source(folder: Path) -> tuple[list[Article], list[ArticleError]]:
    """Read every article file of `folder` once."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for item in read_folder(article_paths(folder)):
        (errors if isinstance(item, ArticleError) else articles).append(item)
    return articles, errors


def replicate(articles: Sequence[Article], n: int) -> list[Article]:
    """`n` articles cycling through `articles`, each with its own id (`<id>#<copy>`) and its own text
    object, so a corpus of copies costs in memory what distinct articles of that size would.

    >>> a = Article("x", "x.txt", "X", None, "", "", "Putin called Netanyahu.", 0)
    >>> [c.id for c in replicate([a], 3)]
    ['x#0', 'x#1', 'x#2']
    """
    if not articles:
        raise ValueError("no articles to replicate")
    out = []
    for i in range(n):
        a = articles[i % len(articles)]
        out.append(replace(a, id=f"{a.id}#{i // len(articles)}", text=(a.text + " ")[:-1]))
    return out


def rss_mb() -> float | None:
    """This process's resident memory now (Linux /proc), in MB."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, ValueError, IndexError):
        return None


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory (ru_maxrss: KiB on Linux, bytes on macOS), in MB."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


_WORKER_DICTIONARY: Dictionary | None = None


def _worker_init() -> None:
    global _WORKER_DICTIONARY
    _WORKER_DICTIONARY = load_dictionary()


def _worker_claims(article: Article) -> int:
    return len(extract(article, _WORKER_DICTIONARY).claims)


def _extract_all(articles: list[Article], dictionary: Dictionary, cores: int) -> int:
    if cores == 1:
        return sum(len(extract(a, dictionary).claims) for a in articles)
    with ProcessPoolExecutor(cores, initializer=_worker_init) as pool:
        return sum(pool.map(_worker_claims, articles, chunksize=max(1, len(articles) // (cores * 8))))


def _line(label: str, value: float | int | str, unit: str = "") -> str:
    if isinstance(value, float):
        value = f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return f"{label}: {value}{' ' + unit if unit else ''}"


def speed(articles: list[Article], dictionary: Dictionary, cores: int, trace: bool) -> list[str]:
    """Time extraction over `articles` (after one warm-up article) and describe it, one figure a line."""
    extract(articles[0], dictionary)  # warm-up: lexicon, matcher and regex compilation are not timed
    gc.collect()
    total = sum(len(a.text.encode("utf-8")) for a in articles)
    cpu0, t0 = time.process_time(), time.perf_counter()
    claims = _extract_all(articles, dictionary, cores)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    lines = [
        _line("articles", len(articles)),
        _line("total MB", total / MB),
        _line("mean article size KB", total / len(articles) / 1000),
        _line("claims", claims),
        _line("seconds", seconds),
        _line("cpu seconds (this process)", cpu),
        _line("articles per second", len(articles) / seconds),
        _line("MB per second", total / MB / seconds),
        _line("articles per second at 2.5 KB each (MB/s / 2.5 KB)", total / seconds / 2560),
        _line("peak RSS MB", peak_rss_mb()),
    ]
    if cores > 1:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        lines.append(_line("cpu seconds (workers, with their dictionary load)", children.ru_utime + children.ru_stime))
        lines.append(_line("peak RSS of one worker MB", peak_rss_mb(resource.RUSAGE_CHILDREN)))
    if trace:
        gc.collect()
        tracemalloc.start()
        try:
            for a in articles:
                extract(a, dictionary)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        lines.append(_line("tracemalloc peak MB (extraction loop, one process)", peak / MB))
    return lines


def memory(articles: list[Article], dictionary: Dictionary, trace: bool) -> list[str]:
    """Extract every article keeping its Extraction, as a corpus in memory would, and describe the cost."""
    extract(articles[0], dictionary)
    gc.collect()
    before = rss_mb()
    if trace:
        tracemalloc.start()
    kept = [extract(a, dictionary) for a in articles]
    gc.collect()
    traced = tracemalloc.get_traced_memory()[0] if trace else None
    if trace:
        tracemalloc.stop()
    after = rss_mb()
    n = len(articles)
    note = " (inflated by tracemalloc)" if trace else ""
    lines = [
        _line("articles", n),
        _line("total MB", sum(len(a.text.encode("utf-8")) for a in articles) / MB),
        _line("claims kept", sum(len(x.claims) for x in kept)),
        _line("mentions kept", sum(len(x.mentions) for x in kept)),
        _line(f"peak RSS MB{note}", peak_rss_mb()),
    ]
    if before is not None and after is not None:
        lines += [
            _line("RSS before extraction MB (interpreter, dictionary, article texts)", before),
            _line(f"RSS holding every result MB{note}", after),
            _line(f"RSS per article KB{note}", (after - before) * 1000 / n),
        ]
    if traced is not None:
        lines.append(_line("tracemalloc results held MB", traced / MB))
        lines.append(_line("tracemalloc per article KB", traced / 1000 / n))
    return lines


ENGINE_FOLDERS = ("articles", "heldout2", "heldout3", "heldout4", "heldout5", "news7")


def engines(dictionary: Dictionary) -> list[str]:
    """The two engines and spaCy's own pipeline on the same distinct texts, one after the other in one run."""
    from .engines import extract_many, extract_with
    from .nlp import load_model, model_id

    base = DEFAULT_SOURCE.parent
    articles = [a for f in ENGINE_FOLDERS for a in load_source(base / f)[0]]
    n = len(articles)
    size = sum(len(a.body) for a in articles)
    nlp = load_model(stock=True)  # spaCy's own pipeline as shipped, the yardstick
    extract_with(articles[0], dictionary, "parse")  # warm-up: model, frames, lexicon, matcher
    nlp(articles[0].body)
    out = [f"{n} distinct texts ({size / MB:.2f} MB, {size / n / 1000:.1f} KB each) from "
           f"{', '.join(ENGINE_FOLDERS)}; model {model_id()}"]
    runs = (
        ("fast engine (regex rules)", lambda: [extract(a, dictionary) for a in articles]),
        # in batches of BATCH articles, as `ingest` extracts them
        ("parse engine (frames on parsed sentences + rules)", lambda: extract_many(articles, dictionary, "parse")),
        ("spaCy whole pipeline over every text (no extraction)", lambda: list(nlp.pipe(a.body for a in articles))),
    )
    # CPU seconds of this process, best of three rounds that take turns: another process on the machine then
    # neither adds to a figure nor favours the engine that ran while the machine was quiet
    best = {label: float("inf") for label, _ in runs}
    for _ in range(3):
        for label, run in runs:
            t0 = time.process_time()
            run()
            best[label] = min(best[label], time.process_time() - t0)
    rates = {label: n / best[label] for label, _ in runs}
    out.extend(_line(label + " articles/s (CPU time)", rates[label]) for label, _ in runs)
    spacy_rate = rates["spaCy whole pipeline over every text (no extraction)"]
    parse_rate = rates["parse engine (frames on parsed sentences + rules)"]
    out.append(_line("parse engine / spaCy whole pipeline", f"{parse_rate / spacy_rate:.2f}x"))
    return out


def main(argv: list[str] | None = None) -> int:
    """`actornet bench`: print extraction figures; 0 on success, 2 when there is nothing to measure or a
    data file (dictionary, lexicon) is broken."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--"]:  # `actornet bench -- --articles 10` while the CLI passes "--" through
        argv = argv[1:]
    args = build_parser().parse_args(argv)
    cpus = pin(args.cores)
    source, errors = load_source(args.source)
    for exc in errors:
        print(f"actornet bench: skipped {exc}", file=sys.stderr)
    if not source:
        print(f"actornet bench: no readable article files (*.txt) in {args.source}", file=sys.stderr)
        return 2
    try:
        dictionary = load_dictionary()
        load_lexicon()
    except ActornetError as exc:
        print(f"actornet bench: {exc}", file=sys.stderr)
        return 2
    n = args.memory_articles or args.articles
    articles = replicate(source, n)
    from . import __version__

    print(
        f"# actornet {__version__} extraction benchmark, Python {platform.python_version()}, "
        f"{platform.machine()}; {len(source)} source articles from {args.source} replicated to {n}"
    )
    pinned = ", ".join(map(str, cpus)) if cpus is not None else "not pinned (no affinity call)"
    print(f"pinned to CPUs: {pinned}")
    if args.engines:
        try:
            print("\n".join(engines(dictionary)))
        except ActornetError as exc:
            print(f"actornet bench: {exc}", file=sys.stderr)
            return 2
        return 0
    lines = (
        memory(articles, dictionary, args.trace)
        if args.memory_articles
        else speed(articles, dictionary, args.cores, args.trace)
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
