#!/usr/bin/env python3
"""Validate the development corpus: text headers and gold annotations.

Usage:  python3 check_gold.py [CORPUS_DIR]      (default: the folder this file is in)

Checks, for every NN-slug.txt / NN-slug.gold.json pair:
  * the text starts with the header lines `title:`, `date:` (YYYY-MM-DD),
    `source:` (an http(s) URL) and `license:`, then one blank line, then a
    non-empty body;
  * every text has a gold file and every gold file has a text;
  * the gold file is {"actors": [...], "edges": [...]} with an optional
    third key "allowed": [...] and no other keys;
  * each actor has a unique `name`, a `type` in {person, state, organization}
    and a list of `aliases`, each a verbatim substring of the body; the list
    may be empty only for an actor named in the header (every word of its
    name occurs in the `title:` or `license:` line), i.e. the author of a
    first-person statement who is not named in the body;
  * each edge has `source`, `relation`, `target`, `quote`; the relation is one
    of the allowed names; source and target are declared actors and differ;
    the quote is a verbatim substring of the body; no (source, relation,
    target) triple appears twice, nor a symmetric relation (called, met,
    discussed_with, allied_with) in both directions; `leads` goes from a
    person to a state or an organization;
  * each "allowed" edge (one that an extractor may output without being
    rewarded or penalised) passes the same checks, except that `quote` is
    optional (when present it must be a verbatim substring of the body); no
    allowed edge repeats an edge of "edges" (for symmetric relations, in
    either direction).

Prints one line per file plus a summary, and exits with status 1 if any
problem was found (0 otherwise). Standard library only.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

RELATIONS = {
    "called", "met", "discussed_with", "supports", "backs_financially",
    "backs_militarily", "criticizes", "accuses", "threatens", "condolences",
    "offers_aid", "attacks", "allied_with", "leads",
}
SYMMETRIC = {"called", "met", "discussed_with", "allied_with"}
ACTOR_TYPES = {"person", "state", "organization"}
HEADER_KEYS = ("title", "date", "source", "license")
NAME_RE = re.compile(r"^(\d{2,3})-[a-z0-9]+(?:-[a-z0-9]+)*$")


def parse_text(path, problems):
    """Return (header dict, body) or (None, None) after recording problems."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if len(lines) < 6:
        problems.append("text too short to hold the header and a body")
        return None, None
    header = {}
    for i, key in enumerate(HEADER_KEYS):
        prefix = key + ": "
        if not lines[i].startswith(prefix):
            problems.append(f"header line {i + 1} should start with '{prefix}'")
            return None, None
        value = lines[i][len(prefix):].strip()
        if not value:
            problems.append(f"header '{key}' is empty")
        header[key] = value
    if lines[4] != "":
        problems.append("header must be followed by exactly one blank line")
        return None, None
    body = "\n".join(lines[5:])
    if not body.strip():
        problems.append("body is empty")
    if body.startswith("\n") or body.startswith(" "):
        problems.append("body starts with whitespace (more than one blank line after header?)")
    try:
        datetime.date.fromisoformat(header["date"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", header["date"]):
            raise ValueError
    except ValueError:
        problems.append(f"date '{header['date']}' is not YYYY-MM-DD")
    if not re.match(r"^https?://\S+", header["source"]):
        problems.append("source does not start with an http(s) URL")
    return header, body


def edge_keys(src, rel, tgt):
    """The triple and, for a symmetric relation, its reverse."""
    keys = {(src, rel, tgt)}
    if rel in SYMMETRIC:
        keys.add((tgt, rel, src))
    return keys


def check_edge_list(edges, label, types, body, problems, quote_required):
    """Validate one list of edges; return (set of triples, relation Counter)."""
    counts = Counter()
    seen = set()
    required = {"source", "relation", "target"}
    for i, edge in enumerate(edges):
        where = f"{label} #{i + 1}"
        if not isinstance(edge, dict):
            problems.append(f"{where}: must be an object")
            continue
        keys = set(edge)
        if quote_required and keys != required | {"quote"}:
            problems.append(f"{where}: must have exactly the keys source, relation, target, quote")
            continue
        if not quote_required and not (required <= keys <= required | {"quote"}):
            problems.append(f"{where}: must have the keys source, relation, target "
                            "and optionally quote, nothing else")
            continue
        src, rel, tgt = edge["source"], edge["relation"], edge["target"]
        where = f"{label} #{i + 1} ({src} -{rel}-> {tgt})"
        if not all(isinstance(x, str) for x in (src, rel, tgt)):
            problems.append(f"{where}: source, relation and target must be strings")
            continue
        if rel not in RELATIONS:
            problems.append(f"{where}: unknown relation '{rel}'")
        for end in (src, tgt):
            if end not in types:
                problems.append(f"{where}: endpoint '{end}' is not a declared actor")
        if src == tgt:
            problems.append(f"{where}: source and target are the same actor")
        if "quote" in edge:
            quote = edge["quote"]
            if not isinstance(quote, str) or not quote.strip():
                problems.append(f"{where}: empty quote")
            elif quote not in body:
                problems.append(f"{where}: quote is not a verbatim substring of the body: {quote[:80]!r}")
        if rel == "leads" and src in types and tgt in types:
            if types[src] != "person" or types[tgt] not in ("state", "organization"):
                problems.append(f"{where}: 'leads' must go from a person to a state or organization")
        keys = edge_keys(src, rel, tgt)
        if keys & seen:
            problems.append(f"{where}: the same (source, relation, target) appears twice"
                            + (" (symmetric relation, either direction)" if rel in SYMMETRIC else ""))
        seen |= keys
        counts[rel] += 1
    return seen, counts


def check_gold(path, header, body, problems):
    """Validate one gold file against its text; return (n_actors, edge Counter, allowed Counter)."""
    try:
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        problems.append(f"cannot read gold JSON: {exc}")
        return 0, Counter(), Counter()
    if not isinstance(gold, dict) or not {"actors", "edges"} <= set(gold) <= {"actors", "edges", "allowed"}:
        problems.append("gold must be an object with the keys 'actors' and 'edges' "
                        "and optionally 'allowed', nothing else")
        return 0, Counter(), Counter()
    actors, edges, allowed = gold["actors"], gold["edges"], gold.get("allowed", [])
    if not isinstance(actors, list) or not isinstance(edges, list) or not isinstance(allowed, list):
        problems.append("'actors', 'edges' and 'allowed' must be lists")
        return 0, Counter(), Counter()

    header_words = set(re.findall(r"\w+", " ".join((header or {}).get(k, "") for k in ("title", "license"))))
    types = {}
    for i, actor in enumerate(actors):
        where = f"actor #{i + 1}"
        if not isinstance(actor, dict) or set(actor) != {"name", "type", "aliases"}:
            problems.append(f"{where}: must have exactly the keys name, type, aliases")
            continue
        name, atype, aliases = actor["name"], actor["type"], actor["aliases"]
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: empty name")
            continue
        where = f"actor '{name}'"
        if name in types:
            problems.append(f"{where}: declared twice")
        if atype not in ACTOR_TYPES:
            problems.append(f"{where}: type '{atype}' not in {sorted(ACTOR_TYPES)}")
        types[name] = atype
        if not isinstance(aliases, list):
            problems.append(f"{where}: aliases must be a list")
            continue
        if not aliases:
            name_words = set(re.findall(r"\w+", name))
            if not name_words or not name_words <= header_words:
                problems.append(f"{where}: aliases may be empty only for an actor named in the "
                                "header's title or license line (the author of a first-person statement)")
            continue
        for alias in aliases:
            if not isinstance(alias, str) or not alias:
                problems.append(f"{where}: alias {alias!r} is not a non-empty string")
            elif alias not in body:
                problems.append(f"{where}: alias {alias!r} is not in the body")
        if len(set(aliases)) != len(aliases):
            problems.append(f"{where}: repeated alias")

    edge_set, counts = check_edge_list(edges, "edge", types, body, problems, quote_required=True)
    _, allowed_counts = check_edge_list(allowed, "allowed", types, body, problems, quote_required=False)
    for i, edge in enumerate(allowed):
        if isinstance(edge, dict) and all(isinstance(edge.get(k), str) for k in ("source", "relation", "target")):
            src, rel, tgt = edge["source"], edge["relation"], edge["target"]
            if edge_keys(src, rel, tgt) & edge_set:
                problems.append(f"allowed #{i + 1} ({src} -{rel}-> {tgt}): also in 'edges' "
                                "(an edge must not be in both lists)")
    return len(types), counts, allowed_counts


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(root))
    texts = {n[:-4] for n in names if n.endswith(".txt")}
    golds = {n[:-10] for n in names if n.endswith(".gold.json")}
    total_problems = 0
    total_edges = Counter()
    total_allowed = Counter()
    if not texts:
        print(f"no .txt files found in {root}")
        return 1
    for stem in sorted(texts | golds):
        problems = []
        if not NAME_RE.match(stem):
            problems.append("file name is not of the form NN-slug (lower-case, digits, hyphens)")
        if stem not in golds:
            problems.append("missing .gold.json")
        if stem not in texts:
            problems.append("missing .txt")
        n_actors, counts, allowed_counts = 0, Counter(), Counter()
        if stem in texts:
            header, body = parse_text(os.path.join(root, stem + ".txt"), problems)
            if body is not None and stem in golds:
                n_actors, counts, allowed_counts = check_gold(
                    os.path.join(root, stem + ".gold.json"), header, body, problems)
        total_edges.update(counts)
        total_allowed.update(allowed_counts)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{stem}: {n_actors} actors, {sum(counts.values())} edges, "
              f"{sum(allowed_counts.values())} allowed -- {status}")
        for p in problems:
            print(f"    - {p}")
        total_problems += len(problems)
    print()
    print(f"{len(texts)} texts, {sum(total_edges.values())} edges: "
          + ", ".join(f"{r}={total_edges[r]}" for r in sorted(total_edges)))
    print(f"{sum(total_allowed.values())} allowed edges: "
          + ", ".join(f"{r}={total_allowed[r]}" for r in sorted(total_allowed)))
    if total_problems:
        print(f"FAILED: {total_problems} problem(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
