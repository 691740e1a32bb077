"""The one composer: read article files, extract mentions and claims, collect the actors they name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .actors import Dictionary, load_dictionary
from .articles import expand_paths, read_folder
from .engines import DEFAULT_ENGINE, extract_with
from .errors import ArticleError
from .extract import Extraction
from .records import Actor, Article, Claim, Mention


@dataclass
class Corpus:
    """Everything the network and the dashboard need: articles, claims, mentions, actors, read errors."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    errors: list[ArticleError] = field(default_factory=list)

    def merge(self, other: Corpus) -> Corpus:
        """Both corpora in one; an article of `other` whose id or text is already here is left out."""
        ids = {a.id for a in self.articles}
        texts = {a.text for a in self.articles}
        keep = {a.id for a in other.articles if a.id not in ids and a.text not in texts}
        return Corpus(
            articles=self.articles + [a for a in other.articles if a.id in keep],
            claims=self.claims + [c for c in other.claims if c.article in keep],
            mentions={**self.mentions, **{k: v for k, v in other.mentions.items() if k in keep}},
            actors={**other.actors, **self.actors},
            errors=self.errors + other.errors,
        )

    def add(self, article: Article, result: Extraction) -> None:
        self.articles.append(article)
        self.claims.extend(result.claims)
        self.mentions[article.id] = list(result.mentions)
        for actor in result.actors:
            self.actors.setdefault(actor.name, actor)


def build_corpus(paths: Iterable[str | Path] | str | Path, dictionary: Dictionary | None = None,
                 engine: str = DEFAULT_ENGINE) -> Corpus:
    """Read every article file (folders expand to their `*.txt`), extract, and collect; bad files land
    in `Corpus.errors` and the rest goes on.

    >>> c = build_corpus("data/articles")
    >>> any(cl.relation == "called" and cl.source == "Vladimir Putin" for cl in c.claims)
    True
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    dictionary = dictionary or load_dictionary()
    corpus = Corpus()
    seen: dict[str, int] = {}
    for item in read_folder(expand_paths(paths)):
        if isinstance(item, ArticleError):
            corpus.errors.append(item)
            continue
        if item.id in seen:  # same file name in two folders: keep ids unique
            seen[item.id] += 1
            item = Article(**{**item.__dict__, "id": f"{item.id}~{seen[item.id]}"})
        else:
            seen[item.id] = 1
        try:
            corpus.add(item, extract_with(item, dictionary, engine))
        except ArticleError as exc:  # too big to be one article
            corpus.errors.append(exc)
    return corpus
