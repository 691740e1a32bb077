"""The two extraction engines behind one contract: `parse` (frames over a dependency parse) and `fast` (regex)."""

from __future__ import annotations

from .actors import Dictionary, load_dictionary
from .errors import ActornetError
from .extract import Extraction, extract
from .records import Article

ENGINES = ("parse", "frames", "fast")
DEFAULT_ENGINE = "parse"


def extract_with(article: Article, dictionary: Dictionary | None = None, engine: str = DEFAULT_ENGINE) -> Extraction:
    """Mentions and claims of one article by the named engine; every claim records the engine that made it."""
    dictionary = dictionary or load_dictionary()
    if engine == "fast":
        return extract(article, dictionary)
    if engine in ("parse", "frames"):
        from .parse import extract_parsed

        framed = extract_parsed(article, dictionary)
        if engine == "frames":
            return framed
        return merge(framed, extract(article, dictionary))
    raise ActornetError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


def merge(framed: Extraction, ruled: Extraction) -> Extraction:
    """The parse engine's claims plus those of the regex rules that the frames did not find in the same
    sentence; the rules still know constructions no frame covers yet (measured per engine in the README)."""
    from .parse import postprocess

    have = {(c.source, c.relation, c.target, c.start) for c in framed.claims}
    have |= {(c.target, c.relation, c.source, c.start) for c in framed.claims if c.relation in SYMMETRIC}
    extra = [c for c in ruled.claims if (c.source, c.relation, c.target, c.start) not in have]
    names = {a.name for a in framed.actors}
    return Extraction(
        mentions=framed.mentions,
        claims=postprocess(framed.claims + extra),
        actors=framed.actors + [a for a in ruled.actors if a.name not in names],
    )


SYMMETRIC = frozenset({"called", "met", "discussed_with", "allied_with"})
