"""Where the bundled data files live: the package `graph.data` (the repository's `data/` folder)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_dir() -> Path:
    """The folder of the bundled data: the checkout's `data/` beside the package when there is one (several
    checkouts may share one virtual environment, whose editable install points at only one of them), else the
    installed package `graph.data` (wheel)."""
    here = Path(__file__).resolve().parent.parent / "data"
    if (here / "actors.csv").is_file() and (here / "relations.csv").is_file():
        return here
    try:
        return Path(str(files("graph.data")))
    except ModuleNotFoundError:
        return here


DATA_DIR = data_dir()
