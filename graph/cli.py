"""Command line: `actornet extract|evaluate|bench|export` (also `python -m graph ...`)."""

from __future__ import annotations

import argparse
import json
import sys

from .actors import load_dictionary
from .articles import read_folder
from .errors import ActornetError, ArticleError
from .extract import extract


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON object per claim (JSON Lines); exit 1 when any file could not be read."""
    try:
        dictionary = load_dictionary(args.data) if args.data else load_dictionary()
    except ActornetError as exc:
        print(f"actornet: {exc}", file=sys.stderr)
        return 2
    status = 0
    out = sys.stdout
    for item in read_folder(args.files):
        if isinstance(item, ArticleError):
            print(f"actornet: {item}", file=sys.stderr)
            status = 1
            continue
        for claim in extract(item, dictionary).claims:
            out.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    out.flush()
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(args.folder, verbose=args.verbose)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import main as bench_main

    return bench_main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="actornet", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the claims of article files as JSON Lines")
    p.add_argument("files", nargs="+", help="article files (header form or inline 'date YYYY-MM-DD' form)")
    p.add_argument("--data", help="folder with actors.csv, roles.csv and titles.csv (default: bundled)")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="score the extractor on NN.txt + NN.gold.json pairs")
    p.add_argument("folder")
    p.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    p.set_defaults(func=cmd_evaluate)
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
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
