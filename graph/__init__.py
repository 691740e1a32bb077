"""actornet: news articles to a quote-backed network of political actors."""

from importlib.metadata import PackageNotFoundError, version

try:  # one source for the version: pyproject.toml, read from the installed package's metadata
    __version__ = version("actornet")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
