"""Where the bundled data files live: the package `graph.data` (the repository's `data/` folder)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_dir() -> Path:
    """The folder of the bundled data: `graph.data` when installed (wheel or editable), else the checkout's
    `data/` beside the package."""
    try:
        return Path(str(files("graph.data")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "data"


DATA_DIR = data_dir()
