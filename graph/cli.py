"""Command line: `actornet extract|evaluate|ingest|export|bench` (also `python -m graph ...`)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from .actors import load_dictionary
from .articles import expand_paths, read_folder
from .engines import DEFAULT_ENGINE, ENGINES, check_engine, extract_with
from .errors import ActornetError, ArticleError


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON object per claim (JSON Lines); exit 1 when any file could not be read."""
    dictionary = load_dictionary(args.data)
    status = 0
    out = sys.stdout
    for item in read_folder(expand_paths(args.files)):
        if isinstance(item, ArticleError):
            print(f"actornet: {item}", file=sys.stderr)
            status = 1
            continue
        try:
            claims = extract_with(item, dictionary, args.engine).claims
        except ArticleError as exc:  # too big to be one article
            print(f"actornet: {exc}", file=sys.stderr)
            status = 1
            continue
        for claim in claims:
            out.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    out.flush()
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    engines = [check_engine(e.strip()) for e in args.engine.split(",") if e.strip()]
    return evaluate_main(args.folder, verbose=args.verbose, engines=engines, against=args.against)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import main as bench_main

    return bench_main(args.rest)


def _positive(value: str) -> int:
    n = int(value) if value.isdigit() else 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return n


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read, extract and store articles in the SQLite corpus; exit 1 when any file failed."""
    from .store import Store, ingest

    with Store(args.db) as store:
        tty = sys.stderr.isatty()

        def progress(n: int) -> None:  # a live count on a terminal, nothing in a log
            if tty and n % 10 == 0:
                print(f"\ractornet: {n} articles read", end="", file=sys.stderr, flush=True)

        report = ingest(store, args.paths, engine=args.engine, progress=progress, jobs=args.jobs)
        if tty:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
        counts = store.counts()
    for err in report.errors:
        print(f"actornet: {err}", file=sys.stderr)
    print(f"{args.db}: {len(report.added)} added, {len(report.refreshed)} re-extracted with new rules, "
          f"{len(report.unchanged)} unchanged, {len(report.errors)} failed; "
          + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 1 if report.errors else 0


def cmd_review(args: argparse.Namespace) -> int:
    """List stored claims with their ids and review status, or record a decision on one claim."""
    from .store import Store

    with Store(_existing(args.db)) as store:
        if args.claim is None:
            statuses = [x.strip() for x in args.status.split(",") if x.strip()] or None
            for c in store.claims(review=statuses):
                e = c.extra
                print(f"{e['claim_id']}\t{e['review_status']}\t{c.source} -{c.relation}-> {c.target}\t"
                      f"{c.article}\t{c.quote[:100]}")
            return 0
        if args.decision is None:
            print("actornet: say accept, reject or reset after the claim id", file=sys.stderr)
            return 2
        status = {"accept": "accepted", "reject": "rejected", "reset": "unreviewed"}[args.decision]
        store.set_review(args.claim, status, args.note)
    print(f"claim {args.claim}: {status}")
    return 0


def cmd_claim(args: argparse.Namespace) -> int:
    """Add a claim by hand to a stored article; its sentence must occur verbatim in the article."""
    from .store import Store

    with Store(_existing(args.db)) as store:
        cid = store.add_claim(args.article, args.source, args.relation, args.target, args.sentence, args.note)
    print(f"claim {cid}: {args.source} -{args.relation}-> {args.target} (accepted, added by hand)")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge one actor into another (or undo a merge, or list them)."""
    from .store import Store

    with Store(_existing(args.db)) as store:
        if args.undo:
            if not store.unmerge(args.undo):
                print(f"actornet: {args.undo!r} is not merged", file=sys.stderr)
                return 2
            print(f"{args.undo}: merge undone")
        elif args.alias and args.into:
            store.merge(args.alias, args.into)
            print(f"{args.alias} is now read as {args.into}")
        else:
            for alias, into in store.merges().items():
                print(f"{alias}\t->\t{into}")
    return 0


def dashboard_script() -> Path:
    """The dashboard to run: a checkout's dashboard.py, else the installed copy (package graph.app) placed in
    a per-user folder beside its Streamlit settings, since the graph page's data files are written beside it."""
    import os
    import shutil

    checkout = Path(__file__).resolve().parent.parent / "dashboard.py"
    if checkout.is_file():
        return checkout
    source = Path(__file__).resolve().parent / "app"  # the wheel's graph/app
    if not (source / "dashboard.py").is_file():
        raise ActornetError("this installation has no dashboard (reinstall actornet with its dashboard)")
    from .paths import user_dir

    base = user_dir("app")
    (base / ".streamlit").mkdir(exist_ok=True)
    for name in ("dashboard.py", ".streamlit/config.toml"):
        data = (source / name).read_bytes()
        if not (base / name).is_file() or (base / name).read_bytes() != data:
            tmp = base / (name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, base / name)
    shutil.rmtree(base / "static", ignore_errors=True)  # graph pages of an older version
    return base / "dashboard.py"


def cmd_dashboard(args: argparse.Namespace) -> int:
    """Serve the dashboard on this machine (from a checkout, or from an installed wheel's copy)."""
    import os

    if importlib.util.find_spec("streamlit") is None:
        print("actornet: the dashboard needs the web stack: pip install 'actornet[dashboard]'", file=sys.stderr)
        return 2
    try:
        app = dashboard_script()
    except OSError as exc:
        print(f"actornet: {exc}", file=sys.stderr)
        return 2
    # paths as the user gave them, before Streamlit is started in the app's folder (it reads
    # .streamlit/config.toml from the working folder)
    extra = [*(["--data", str(Path(args.data).resolve())] if args.data else []),
             *(["--store", str(Path(args.store).resolve())] if args.store else [])]
    os.chdir(app.parent)
    argv = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port),
            "--server.address", args.address, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--browser.serverAddress", "localhost", "--", *extra]
    print(f"Actor Network Dashboard: http://{args.address}:{args.port}", file=sys.stderr)
    os.execv(sys.executable, argv)
    return 0  # not reached


def _existing(db: str) -> str:
    if not Path(db).is_file():
        raise ActornetError(f"{db}: no such store (create one with `actornet ingest`)")
    return db


EXPORTS = ("graphml", "gexf", "json", "csv", "events")
ENGINE_HELP = ("parse (default: frames over a spaCy parse, plus the regex rules), frames (frames alone), "
               "fast (regex rules only, no model: bulk triage)")


def cmd_export(args: argparse.Namespace) -> int:
    """Write the network (GraphML, GEXF, JSON) or its claims (CSV, event CSV) from files or a store."""
    from . import export
    from .network import corpus_graph
    from .pipeline import build_corpus

    try:
        if args.db:
            from .store import Store, corpus_from_store

            with Store(_existing(args.db)) as store:
                corpus = corpus_from_store(store)
        else:
            corpus = build_corpus(args.paths or ["data/articles"], engine=args.engine)
        for err in corpus.errors:
            print(f"actornet: {err}", file=sys.stderr)
        from .network import review_status

        keep = {x.strip() for x in args.review.split(",") if x.strip()}
        corpus.claims = [c for c in corpus.claims if review_status(c) in keep]  # every format honours reviews
        out = args.output or "-"
        if args.format in ("csv", "events"):
            writer = export.claims_to_csv if args.format == "csv" else export.events_csv
            if out == "-":
                text = writer(corpus.claims) if args.format == "csv" else writer(corpus.claims)
                sys.stdout.write(text or "")
            else:
                writer(corpus.claims, path_or_buffer=out)
        else:
            G = corpus_graph(corpus)
            if args.format == "json":
                text = export.to_json(G)
                if out == "-":
                    sys.stdout.write(text + "\n")
                else:
                    with open(out, "w", encoding="utf-8") as f:
                        f.write(text)
            else:
                if out == "-":
                    print("actornet: GraphML and GEXF need -o FILE", file=sys.stderr)
                    return 2
                (export.to_graphml if args.format == "graphml" else export.to_gexf)(G, out)
    except OSError as exc:
        print(f"actornet: {exc}", file=sys.stderr)
        return 2
    return 1 if corpus.errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="actornet", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the claims of article files as JSON Lines")
    p.add_argument("files", nargs="+", help="article files or folders of *.txt (header or inline 'date' form)")
    p.add_argument("--data", help="folder with actors.csv, roles.csv and titles.csv (default: bundled)")
    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help=ENGINE_HELP)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="score the extractor on NN.txt + NN.gold.json pairs")
    p.add_argument("folder")
    p.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    p.add_argument("--engine", default=f"{DEFAULT_ENGINE},fast",
                   help="engines to score, comma-separated (default: parse,fast; also: frames)")
    p.add_argument("--against", metavar="DIR",
                   help="instead: score a second annotation of the texts (DIR's gold files of the same names) against "
                   "the folder's gold, as an engine is scored: how far two annotators agree")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("ingest", help="extract article files into the SQLite corpus store")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.add_argument("--db", default="actornet.sqlite", help="SQLite file (created if missing)")
    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help=ENGINE_HELP)
    p.add_argument("--jobs", "-j", type=_positive, default=1,
                   help="extract in this many worker processes (default 1); storing stays in input order")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("export", help="export the network or its claims")
    p.add_argument("paths", nargs="*", help="article files or folders (default: data/articles)")
    p.add_argument("--db", help="read a SQLite corpus store instead of files")
    p.add_argument("-f", "--format", choices=EXPORTS, default="csv")
    p.add_argument("-o", "--output", help="output file (default: standard output for csv, events, json)")
    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help=ENGINE_HELP)
    p.add_argument("--review", default="unreviewed,accepted",
                   help="review statuses to export, comma-separated (default: unreviewed,accepted; rejected "
                   "claims are left out)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("review", help="list the claims of a store, or accept or reject one")
    p.add_argument("--db", required=True, help="SQLite store written by `actornet ingest`")
    p.add_argument("claim", nargs="?", type=int, help="claim id (from the list) to decide on")
    p.add_argument("decision", nargs="?", choices=("accept", "reject", "reset"))
    p.add_argument("--note", default="", help="why (kept with the decision)")
    p.add_argument("--status", default="", help="list only claims with these statuses, comma-separated")
    p.set_defaults(func=cmd_review)
    p = sub.add_parser("claim", help="add a claim by hand to a stored article (the sentence must be verbatim)")
    p.add_argument("--db", required=True)
    p.add_argument("article", help="article id (see `actornet review --db F`)")
    p.add_argument("source")
    p.add_argument("relation")
    p.add_argument("target")
    p.add_argument("--sentence", required=True, help="the sentence that states it, exactly as in the article")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_claim)
    p = sub.add_parser("merge", help="read one actor as another (two names of one actor); --undo to undo")
    p.add_argument("--db", required=True)
    p.add_argument("alias", nargs="?")
    p.add_argument("into", nargs="?")
    p.add_argument("--undo", metavar="ALIAS")
    p.set_defaults(func=cmd_merge)
    p = sub.add_parser("dashboard", help="serve the dashboard on localhost (from a checkout)")
    p.add_argument("--data", help="folder of articles (default: the bundled ones)")
    p.add_argument("--store", help="SQLite store for uploads and reviews (default: in the data folder)")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="localhost", help="0.0.0.0 serves other machines too")
    p.set_defaults(func=cmd_dashboard)
    p = sub.add_parser("bench", help="extraction speed and memory on a replicated corpus", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["bench"]:  # bench parses its own options
        from .bench import main as bench_main

        return bench_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ActornetError as exc:  # every command: one line on stderr and exit code 2, never a traceback
        print(f"actornet: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
