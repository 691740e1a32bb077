"""Scoring the extractor against gold files: precision, recall and F1 per relation and overall."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .actors import Dictionary, load_dictionary, loose_form, unaccented
from .articles import read_article
from .engines import DEFAULT_ENGINE, extract_with
from .errors import ActornetError, DataFileError
from .taxonomy import is_symmetric, load_relations


def _key(source: str, relation: str, target: str) -> tuple:
    if is_symmetric(relation):
        return (relation, frozenset((source, target)))
    return (relation, source, target)


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    quote_ok: int = 0
    details: list[dict] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.quote_ok += other.quote_ok
        self.details.extend(other.details)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def micro(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))


def gold_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs: every `X.gold.json` beside an `X.txt`."""
    out = []
    for gold in sorted(Path(folder).glob("*.gold.json")):
        txt = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        if txt.exists():
            out.append((txt, gold))
    return out


def canonical(name: str, dictionary: Dictionary) -> str:
    """A gold file's actor name as the dictionary spells it ("Recep Tayyip Erdoğan" -> its canonical name; "Kim
    Dae-Jung" -> "Kim Dae-jung", the same but for case, hyphens and dots); names the dictionary does not know stay
    as they are."""
    if name in dictionary.actors:
        return name
    owners = {n for n, how in dictionary.surfaces.get(name, ()) if how in ("name", "alias")}
    if len(owners) == 1:
        return owners.pop()
    return dictionary.loose_names.get(loose_form(name), name) if not owners else name


def _folded(text: str) -> str:
    """Lower case, no accents, words separated by one space: "Erdoğan's" -> "erdogan s"."""
    text = unaccented(text)
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _unarticled(name: str) -> str:
    """A name folded for comparison, without a leading article.

    >>> _unarticled("The Standard"), _unarticled("Theresa May")
    ('standard', 'theresa may')
    """
    folded = _folded(name)
    return folded[4:] if folded.startswith("the ") else folded


def align(gold_actors: list[dict], mentions, names: set[str], dictionary: Dictionary) -> dict[str, str]:
    """Our actor name -> the gold actor it is, for actors whose name is not a gold name: a gold file names an
    actor as its annotator spells it ("Mikheil Saakashvili") and lists the surfaces it has in the text
    ("Mr. Saakashvili"), which our mentions of another spelling ("Mikhail Saakashvili") share.

    An actor of ours aligns when one of its mention surfaces is a gold actor's surface, or (a name of two or more
    words) stands whole inside one, and all its surfaces point to that one gold actor; a gold actor takes at most
    one of ours.

    >>> from types import SimpleNamespace as M
    >>> gold = [{"name": "Mikheil Saakashvili", "aliases": ["Georgian President Mikhail Saakashvili"]}]
    >>> align(gold, [M(actor="Mikhail Saakashvili", surface="Mikhail Saakashvili")], {"Mikhail Saakashvili"},
    ...       load_dictionary())
    {'Mikhail Saakashvili': 'Mikheil Saakashvili'}
    >>> align([{"name": "The Standard"}], [M(actor="Standard", surface="Standard")], {"Standard"}, load_dictionary())
    {'Standard': 'The Standard'}
    >>> align([{"name": "Song Young-moo", "aliases": ["Song Young-Moo"]}],
    ...       [M(actor="Song Young-Moo", surface="South Korea's defense minister, Song Young-Moo")], set(),
    ...       load_dictionary())
    {'Song Young-Moo': 'Song Young-moo'}
    """
    surfaces: dict[str, set[str]] = {}
    for a in gold_actors:  # (an article before a name is not part of it: "The Standard" is "Standard")
        forms = {_unarticled(a["name"])} | {_unarticled(x) for x in a.get("aliases", ())}
        surfaces[canonical(a["name"], dictionary)] = {f for f in forms if f}
    ours: dict[str, set[str]] = {}
    for m in mentions:  # (the actor's own name is one of its surfaces: a mention's may carry a title before it)
        if m.actor not in surfaces:
            ours.setdefault(m.actor, {_unarticled(m.actor)}).add(_unarticled(m.surface))
    hits: dict[str, str] = {}
    for actor, said in ours.items():
        found = {gold_name for gold_name, forms in surfaces.items()
                 if any(s and (s == f or (" " in s and f" {s} " in f" {f} ")) for s in said for f in forms)}
        if len(found) == 1:
            hits[actor] = found.pop()
    taken = Counter(hits.values())
    return {a: g for a, g in hits.items() if taken[g] == 1 and g not in names}


def score_article(txt: Path, gold_path: Path, dictionary: Dictionary, engine: str = DEFAULT_ENGINE) -> Score:
    """Score one article: allowed edges count neither way; symmetric relations score undirected; gold names
    are read through the dictionary's aliases."""
    gold = _read_gold(gold_path)
    article = read_article(txt)
    result = extract_with(article, dictionary, engine)
    def key(e: dict) -> tuple:
        return _key(canonical(e["source"], dictionary), e["relation"], canonical(e["target"], dictionary))

    want = {key(e): e for e in gold.get("edges", [])}
    allowed = {key(e) for e in gold.get("allowed", [])}
    names = {c.source for c in result.claims} | {c.target for c in result.claims}
    same = align(gold.get("actors", []), result.mentions, names, dictionary)
    got: dict[tuple, list] = {}
    for c in result.claims:
        got.setdefault(_key(same.get(c.source, c.source), c.relation, same.get(c.target, c.target)), []).append(c)
    return _tally(got, want, allowed, txt.name)


def _tally(got: dict[tuple, list], want: dict[tuple, dict], allowed: set[tuple], name: str) -> Score:
    """True and false positives and misses of one text: `got` maps each claimed key to its claims, `want` each gold
    key to its gold edge; an allowed key counts neither way."""
    s = Score()
    for key, claims in got.items():
        rel = key[0]
        if key in want:
            s.tp[rel] += 1
            quote = want[key].get("quote", "")
            if any(quote in c.quote or c.quote in quote for c in claims):
                s.quote_ok += 1
        elif key not in allowed:
            s.fp[rel] += 1
            c = claims[0]
            s.details.append({"article": name, "kind": "FP", "edge": f"{c.source} -{rel}-> {c.target}",
                              "rule": c.rule, "quote": c.quote})
    for key, e in want.items():
        if key not in got:
            s.fn[key[0]] += 1
            s.details.append({"article": name, "kind": "FN",
                              "edge": f"{e['source']} -{e['relation']}-> {e['target']}", "quote": e.get("quote", "")})
    return s


def _read_gold(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(str(path), f"not readable gold JSON ({exc})") from None


@dataclass(frozen=True)
class _Said:
    """One edge of a second annotation, in the shape of a claim (what `_tally` reads of one)."""

    source: str
    target: str
    quote: str
    rule: str = "second annotation"


@dataclass(frozen=True)
class _Surface:
    actor: str
    surface: str


def score_annotation(gold_path: Path, other_path: Path, dictionary: Dictionary) -> Score:
    """Score a second annotation of one text against the first as an engine is scored: the first one's edges and
    allowed edges are the truth, the second one's edges the claims (its allowed edges claim nothing). The second
    annotator's actors are read through the dictionary and aligned with the first one's by name and alias
    (`align`), so two spellings of one actor agree.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> one = {"actors": [{"name": "Japan", "type": "state"}, {"name": "China", "type": "state"}],
    ...        "edges": [{"source": "Japan", "relation": "criticizes", "target": "China", "quote": "q"}]}
    >>> two = {"actors": [{"name": "Tokyo", "type": "state", "aliases": ["Japan"]}, {"name": "China"}],
    ...        "edges": [{"source": "Tokyo", "relation": "criticizes", "target": "China", "quote": "q"},
    ...                  {"source": "China", "relation": "criticizes", "target": "Tokyo", "quote": "r"}]}
    >>> _ = (d / "a.gold.json").write_text(json.dumps(one)), (d / "b.gold.json").write_text(json.dumps(two))
    >>> s = score_annotation(d / "a.gold.json", d / "b.gold.json", load_dictionary())
    >>> dict(s.tp), dict(s.fp), dict(s.fn)
    ({'criticizes': 1}, {'criticizes': 1}, {})
    """
    gold, other = _read_gold(gold_path), _read_gold(other_path)

    def key(e: dict, names: dict[str, str]) -> tuple:
        return _key(names.get(e["source"], canonical(e["source"], dictionary)), e["relation"],
                    names.get(e["target"], canonical(e["target"], dictionary)))

    want = {key(e, {}): e for e in gold.get("edges", [])}
    allowed = {key(e, {}) for e in gold.get("allowed", [])}
    theirs = {a["name"]: canonical(a["name"], dictionary) for a in other.get("actors", [])}
    surfaces = [_Surface(theirs[a["name"]], x) for a in other.get("actors", [])
                for x in (a["name"], *a.get("aliases", ()))]
    same = align(gold.get("actors", []), surfaces, set(theirs.values()), dictionary)
    names = {n: same.get(c, c) for n, c in theirs.items()}
    got: dict[tuple, list] = {}
    for e in other.get("edges", []):
        got.setdefault(key(e, names), []).append(_Said(e["source"], e["target"], e.get("quote", "")))
    return _tally(got, want, allowed, gold_path.name)


def score_annotations(folder: str | Path, other: str | Path, dictionary: Dictionary | None = None) -> list[Score]:
    """One Score per gold pair of `folder` that `other` annotated too (a gold file of the same name).

    Raises DataFileError when `other` holds none of them."""
    dictionary = dictionary or load_dictionary()
    pairs = [(g, Path(other) / g.name) for _, g in gold_pairs(folder)]
    pairs = [(g, o) for g, o in pairs if o.exists()]
    if not pairs:
        raise DataFileError(str(other), f"holds no gold file named as one of {folder}")
    return [score_annotation(g, o, dictionary) for g, o in pairs]


def score_articles(folder: str | Path, only: Iterable[str] | None = None, dictionary: Dictionary | None = None,
                   engine: str = DEFAULT_ENGINE) -> list[Score]:
    """One Score per gold pair in `folder` (or those whose name starts with one of `only`).

    Raises DataFileError when the folder holds no gold pairs: an empty evaluation scores nothing."""
    dictionary = dictionary or load_dictionary()
    only = tuple(only or ())
    pairs = [(t, g) for t, g in gold_pairs(folder) if not only or t.name.startswith(only)]
    if not pairs:
        raise DataFileError(str(folder), "holds no NN.txt + NN.gold.json pairs to score")
    return [score_article(txt, gold, dictionary, engine) for txt, gold in pairs]


def _gold_spellings(item: dict, dictionary: Dictionary) -> dict[str, str]:
    """Folded name -> the gold actor's name, for the names of a probe item's gold that fold to one actor alone."""
    names = {canonical(x, dictionary) for e in (*item["edges"], *item.get("allowed", [])) for x in (e[0], e[2])}
    folded = Counter(_folded(n) for n in names)
    return {_folded(n): n for n in names if folded[_folded(n)] == 1}


def score_probes(path: str | Path, dictionary: Dictionary | None = None, engine: str = DEFAULT_ENGINE) -> list[Score]:
    """One Score per item of a probe file: JSON lines of {"id", "date", "text", "edges", "allowed"}, short texts
    with their gold edges as [source, relation, target] (data/probes: written blind from the corpus guidelines)."""
    from .articles import parse

    dictionary = dictionary or load_dictionary()
    path = Path(path)
    scores = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), f"not readable ({exc})") from None
    def key(edge: list) -> tuple:
        a, r, b = edge
        return _key(canonical(a, dictionary), r, canonical(b, dictionary))

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, day, ident = item["text"], item["date"], item["id"]
            want = {key(e): {"source": e[0], "relation": e[1], "target": e[2], "quote": text} for e in item["edges"]}
            allowed = {key(e) for e in item.get("allowed", [])}
        except (ValueError, KeyError, TypeError) as exc:
            raise DataFileError(str(path), f"line {n}: not a probe item ({exc})") from None
        # no title line: the item's own headline, when it opens with one, is its title ("Readout of ... Call")
        article = parse(f"date: {day}\n\n{text}", f"{ident}.txt")
        # an actor the dictionary lacks, spelt as the gold spells it but for accents or case ("Raul Castro" for
        # "Raúl Castro"), is that gold actor
        spelt = _gold_spellings(item, dictionary)
        got: dict[tuple, list] = {}
        for c in extract_with(article, dictionary, engine).claims:
            source, target = (x if x in dictionary.actors else spelt.get(_folded(x), x) for x in (c.source, c.target))
            got.setdefault(_key(source, c.relation, target), []).append(c)
        scores.append(_tally(got, want, allowed, ident))
    if not scores:
        raise DataFileError(str(path), "holds no probe items")
    return scores


def evaluate(folder: str | Path, only: Iterable[str] | None = None, dictionary: Dictionary | None = None,
             engine: str = DEFAULT_ENGINE) -> Score:
    """Score every gold pair in `folder` (or those whose name starts with one of `only`)."""
    total = Score()
    for s in score_articles(folder, only, dictionary, engine):
        total.add(s)
    return total


def micro(scores: list[Score], leads: bool = True) -> tuple[float, float, float]:
    """Micro P, R, F1 over articles, with or without the `leads` relation."""
    def count(field: str) -> int:
        return sum(v for s in scores for k, v in getattr(s, field).items() if leads or k != "leads")

    return Score.prf(count("tp"), count("fp"), count("fn"))


def bootstrap(scores: list[Score], leads: bool = True, rounds: int = 1000, seed: int = 0) -> dict[str, tuple]:
    """95% percentile intervals of micro P, R and F1, resampling articles with replacement (seeded)."""
    import random

    rng = random.Random(seed)
    samples = [micro([rng.choice(scores) for _ in scores], leads) for _ in range(rounds)]
    out = {}
    for i, name in enumerate(("P", "R", "F1")):
        vals = sorted(x[i] for x in samples)
        out[name] = (vals[int(0.025 * rounds)], vals[int(0.975 * rounds) - 1])
    return out


def summary(scores: list[Score], engine: str) -> str:
    """Micro figures with and without `leads`, each with its bootstrap interval, on one line each."""
    lines = []
    for leads in (True, False):
        p, r, f = micro(scores, leads)
        ci = bootstrap(scores, leads)
        tp = sum(v for s in scores for k, v in s.tp.items() if leads or k != "leads")
        fp = sum(v for s in scores for k, v in s.fp.items() if leads or k != "leads")
        fn = sum(v for s in scores for k, v in s.fn.items() if leads or k != "leads")
        label = "with leads" if leads else "without leads"
        lines.append(f"{engine:<7} {label:<14} P {p:.3f} [{ci['P'][0]:.2f}-{ci['P'][1]:.2f}]  "
                     f"R {r:.3f} [{ci['R'][0]:.2f}-{ci['R'][1]:.2f}]  F1 {f:.3f} [{ci['F1'][0]:.2f}-{ci['F1'][1]:.2f}]"
                     f"  tp {tp} fp {fp} fn {fn}")
    return "\n".join(lines)


def report(score: Score, title: str = "all") -> str:
    """A plain-text table of per-relation and micro-averaged precision, recall and F1."""
    lines = [f"== {title}", f"{'relation':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    f1s = []
    for rel in load_relations():
        tp, fp, fn = score.tp[rel], score.fp[rel], score.fn[rel]
        if tp + fp + fn == 0:
            continue
        p, r, f = Score.prf(tp, fp, fn)
        f1s.append(f)
        lines.append(f"{rel:<18} {p:6.3f} {r:6.3f} {f:6.3f} {tp:4d} {fp:4d} {fn:4d}")
    p, r, f = score.micro()
    tp = sum(score.tp.values())
    lines.append(f"{'micro':<18} {p:6.3f} {r:6.3f} {f:6.3f} {tp:4d} {sum(score.fp.values()):4d} "
                 f"{sum(score.fn.values()):4d}")
    if f1s:
        lines.append(f"{'macro F1':<18} {sum(f1s) / len(f1s):6.3f}")
    lines.append(f"quote agreement: {score.quote_ok}/{tp} true positives quote a sentence holding the gold quote")
    return "\n".join(lines)


def heldout_names(folder: str | Path) -> list[str]:
    """Names listed in `HELDOUT` beside the gold files: texts kept out of rule tuning."""
    path = Path(folder) / "HELDOUT"
    if not path.exists():
        return []
    lines = (ln.split("#")[0].strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return [ln for ln in lines if ln]


def main(folder: str, verbose: bool = False, engines: Iterable[str] = (DEFAULT_ENGINE, "fast"),
         against: str | None = None) -> int:
    """Print per-relation tables for the first engine and micro figures with bootstrap intervals for each; with
    `against`, the same for a second annotation of the folder's texts (its gold files) instead of an engine."""
    try:
        if against is not None:
            scores = score_annotations(folder, against)
            total = Score()
            for s in scores:
                total.add(s)
            print(report(total, f"{len(scores)} texts of {folder}: the annotation in {against} against its gold"))
            print()
            print(f"micro over {len(scores)} texts; 95% bootstrap intervals over texts:")
            print(summary(scores, "second"))
            if verbose:
                print()
                for d in total.details:
                    print(f"{d['kind']} {d['article']}: {d['edge']}  {d['quote'][:140]}")
            return 0
        engines = list(engines)
        probes = Path(folder).suffix == ".jsonl"  # a probe file: short texts, one per line
        pairs = [] if probes else gold_pairs(folder)
        if not probes and not pairs:
            print(f"{folder}: no NN.txt + NN.gold.json pairs found")
            return 1
        score = score_probes if probes else score_articles
        per_engine = {e: score(folder, engine=e) for e in engines}
        total = Score()
        for s in per_engine[engines[0]]:
            total.add(s)
        what = "probe items" if probes else "texts"
        n = len(per_engine[engines[0]])
        print(report(total, f"all {n} {what} in {folder}, engine {engines[0]}"))
        held = [] if probes else heldout_names(folder)
        if held:
            tuned = [t.name for t, _ in pairs if not t.name.startswith(tuple(held))]
            print()
            print(report(evaluate(folder, [t[:-4] for t in tuned], engine=engines[0]),
                         f"tuning set ({len(tuned)} texts)"))
            print()
            print(report(evaluate(folder, held, engine=engines[0]),
                         f"held-out set ({len(held)} texts, not used for tuning)"))
        print()
        gold_edges = sum(sum(s.tp.values()) + sum(s.fn.values()) for s in per_engine[engines[0]])
        print(f"micro over {n} {what}, {gold_edges} gold edges; 95% bootstrap intervals over {what}:")
        for e in engines:
            print(summary(per_engine[e], e))
        if verbose:
            print()
            for d in total.details:
                print(f"{d['kind']} {d['article']}: {d['edge']}  [{d.get('rule', '')}]  {d['quote'][:140]}")
    except ActornetError as exc:
        print(f"error: {exc}")
        return 1
    return 0
