"""The relation taxonomy (ids, labels, direction, CAMEO/PLOVER codes, Goldstein weights) from data/relations.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DataFileError
from .paths import DATA_DIR

RELATIONS_CSV = DATA_DIR / "relations.csv"


@dataclass(frozen=True)
class Relation:
    id: str
    label: str
    symmetric: bool
    cameo: str
    plover: str
    quad_class: str
    goldstein: float | None
    color: str


@lru_cache(maxsize=2)
def load_relations(path: str | Path = RELATIONS_CSV) -> dict[str, Relation]:
    """Relations by id, in file order.

    >>> rel = load_relations()
    >>> rel["called"].symmetric, rel["attacks"].cameo
    (True, '190')
    """
    out: dict[str, Relation] = {}
    with Path(path).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            try:
                gold = row["goldstein"].strip()
                out[row["id"]] = Relation(
                    id=row["id"].strip(),
                    label=row["label"].strip(),
                    symmetric=row["symmetric"].strip() == "yes",
                    cameo=row["cameo"].strip(),
                    plover=row["plover"].strip(),
                    quad_class=row["quad_class"].strip(),
                    goldstein=float(gold) if gold else None,
                    color=row["color"].strip(),
                )
            except (KeyError, ValueError, AttributeError) as exc:
                raise DataFileError(str(path), f"bad relation row ({exc})", reader.line_num) from None
    return out


def relation_ids() -> tuple[str, ...]:
    return tuple(load_relations())


def is_symmetric(relation: str) -> bool:
    rel = load_relations().get(relation)
    return bool(rel and rel.symmetric)
