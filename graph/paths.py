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


def user_dir(*parts: str) -> Path:
    """A per-user folder of actornet's (`$XDG_DATA_HOME/actornet/...`, default ~/.local/share), created if
    missing: stores of read-only data folders, and the installed dashboard."""
    import os

    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "actornet"
    folder = base.joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


DATA_DIR = data_dir()
