"""The one exception family of actornet: every error names the file and what was wrong."""

from __future__ import annotations


class ActornetError(Exception):
    """Base class for every error this package raises on purpose."""


class ArticleError(ActornetError):
    """An article file could not be read: names the file and the problem."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DataFileError(ActornetError):
    """A bundled or user-edited data file (actors, roles, lexicon, gold) is malformed."""

    def __init__(self, path: str, problem: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class StoreError(ActornetError):
    """The SQLite corpus store refused an operation."""
