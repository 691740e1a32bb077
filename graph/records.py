"""The typed records that cross each stage boundary: Article, Actor, Role, Mention, Claim."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

ACTOR_TYPES = ("person", "state", "organization", "group")


@dataclass(frozen=True)
class Role:
    """A date-bounded office: `person` held `title` of `of` from `start` to `end` (None = open)."""

    title: str
    of: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        """True when the role was held on `day`; an undated article only matches open-ended roles."""
        if day is None:
            return self.end is None
        # the end day belongs to the successor: terms in the data end on the day the next one starts
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    """A node: canonical `name` is its id. `in_dictionary` is False for actors introduced by a title."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    in_dictionary: bool = True

    def roles_on(self, day: date | None) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.holds_on(day))


@dataclass(frozen=True)
class Article:
    """One article file. `text` is the whole file as `open(path, encoding="utf-8-sig").read()` gives it;
    the body is `text[body_start:]`, and every offset in Mention and Claim indexes `text`."""

    id: str
    path: str
    title: str
    date: date | None
    source: str
    license: str
    text: str
    body_start: int

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Mention:
    """An actor mentioned at `text[start:end]`; `how` is alias, name, title, demonym, metonym, pronoun, or
    entity (a name the parse engine's recogniser found and the dictionary lacks), among others."""

    actor: str
    start: int
    end: int
    surface: str
    how: str


@dataclass(frozen=True)
class Claim:
    """One piece of evidence for one edge: `quote` is the whole sentence, `text[start:end] == quote`."""

    source: str
    relation: str
    target: str
    article: str
    date: date | None
    quote: str
    start: int
    end: int
    source_type: str = "state"
    target_type: str = "state"
    negated: bool = False
    hedged: bool = False
    reported: bool = False
    rule: str = ""
    extractor: str = "rules"
    version: str = ""
    path: str = ""
    title: str = ""
    source_surface: str = ""
    target_surface: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict:
        """The JSON Lines record of the CLI contract (`article` is the path as given)."""
        d = {name: getattr(self, name) for name in _JSON_FIELDS}  # plain values: no deep copy needed
        d["date"] = self.date.isoformat() if self.date else None
        d["article_id"] = self.article
        d["article"] = self.path or self.article
        return d


_JSON_FIELDS = tuple(f.name for f in fields(Claim) if f.name not in ("article", "extra"))
