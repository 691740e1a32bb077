"""actornet: news articles to a quote-backed network of political actors."""

__version__ = "0.1.0"
