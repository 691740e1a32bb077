"""The two extraction engines behind one contract: `parse` (frames over a dependency parse) and `fast` (regex)."""

from __future__ import annotations

import dataclasses
import hashlib
from functools import lru_cache

from .actors import Dictionary, load_dictionary
from .errors import ActornetError
from .extract import Extraction, extract, rules_version
from .records import Article

ENGINES = ("parse", "frames", "fast")
DEFAULT_ENGINE = "parse"


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        raise ActornetError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return engine


@lru_cache(maxsize=4)
def engine_version(engine: str = DEFAULT_ENGINE) -> str:
    """The version stored with every claim: the rules version, and for the parse engines a digest of the
    frames and the spaCy model's name and version, so a store re-extracts when any of them changes."""
    check_engine(engine)
    if engine == "fast":
        return rules_version()
    from .nlp import model_id
    from .parse import FRAMES

    digest = hashlib.sha256(FRAMES.read_bytes()).hexdigest()[:8]
    return f"{rules_version()}+{engine}.{digest}+{model_id()}"


def extract_with(article: Article, dictionary: Dictionary | None = None, engine: str = DEFAULT_ENGINE) -> Extraction:
    """Mentions and claims of one article by the named engine; every claim records the engine that made it
    (`extractor`: "rules", "parse", or "parse/rules" for a rule's claim inside the parse engine)."""
    dictionary = dictionary or load_dictionary()
    if engine == "fast":
        return extract(article, dictionary)
    if engine in ("parse", "frames"):
        from .parse import extract_parsed

        if engine == "frames":
            return extract_parsed(article, dictionary, version=engine_version(engine))
        ruled = extract(article, dictionary)  # its pass resolves the mentions once for both
        framed = extract_parsed(article, dictionary, version=engine_version(engine), resolved=ruled)
        return merge(framed, ruled, engine_version(engine))
    raise ActornetError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


def merge(framed: Extraction, ruled: Extraction, version: str) -> Extraction:
    """The parse engine's claims plus those of the regex rules that the frames did not find in the same
    sentence; the rules still know constructions no frame covers yet (measured per engine in the README).
    Where the parse read a relation's trigger as negated, hypothetical or future and found it nowhere else in
    the sentence, the rules' claim of that relation is dropped: the parse decides scope and modality."""
    from .extract import postprocess
    from .taxonomy import load_relations

    symmetric = {r.id for r in load_relations().values() if r.symmetric}
    have = {(c.source, c.relation, c.target, c.start) for c in framed.claims}
    have |= {(c.target, c.relation, c.source, c.start) for c in framed.claims if c.relation in symmetric}
    extra = [dataclasses.replace(c, extractor="parse/rules", version=version)
             for c in ruled.claims if (c.source, c.relation, c.target, c.start) not in have
             and (c.start, c.relation) not in framed.vetoed
             and (c.start, c.relation, c.source, c.target) not in framed.overruled]
    names = {a.name for a in framed.actors}
    return Extraction(
        mentions=framed.mentions,
        claims=postprocess(framed.claims + extra),
        actors=framed.actors + [a for a in ruled.actors if a.name not in names],
    )

