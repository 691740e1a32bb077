"""Build data/actors_phoenix.csv from the Phoenix actor dictionaries of PETRARCH2 (MIT licence, Open Event Data
Alliance): intergovernmental organisations and NGOs from Phoenix.International.actors.txt, armed and other
non-state groups from Phoenix.MilNonState.actors.txt. People, companies and one-word names that are common
English words are left out. Run once by hand; the CSV is committed.

    python -m venv /tmp/w && /tmp/w/bin/pip install wordfreq
    /tmp/w/bin/python scripts/import_phoenix.py INTERNATIONAL.txt MILNONSTATE.txt > data/actors_phoenix.csv

The source files are in github.com/openeventdata/petrarch2 at commit 68fde42, petrarch/data/dictionaries/.
"""

from __future__ import annotations

import csv
import re
import sys

from wordfreq import zipf_frequency

SMALL = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "with", "without", "a", "an", "de", "du", "des",
         "la", "le", "les", "el", "del", "al", "y", "et", "da", "dos", "das", "do", "fur", "und", "against", "from",
         "into", "over", "per", "or"}
ORG_WORDS = {"organization", "organisation", "agency", "fund", "council", "commission", "international", "union",
             "bank", "court", "committee", "programme", "program", "office", "association", "federation", "league",
             "institute", "foundation", "network", "watch", "party", "movement", "front", "army", "brigade",
             "brigades", "group", "mission", "forces", "force", "tribunal", "panel", "centre", "center", "society",
             "alliance", "conference", "assembly", "community", "corps", "service", "services", "board", "authority",
             "coalition", "secretariat", "forum", "initiative", "campaign", "cross", "crescent", "unit", "units",
             "battalion", "battalions", "legion", "militia", "militias", "faction", "cell", "cells", "command",
             "guard", "guards", "jihad", "mujahideen", "mujahidin", "liberation", "resistance", "revolutionary",
             "partnership", "consortium", "parliament", "bureau", "directorate", "secretary-general", "agreement",
             "pact", "treaty", "declaration", "tigers", "jamaat", "harakat", "hizb", "jaish", "lashkar", "ansar",
             "borders", "amnesty", "greenpeace", "oxfam", "caritas", "unicef", "interpol", "europol", "youths",
             "youth", "nuclei", "nucleus", "taliban", "shabab", "shabaab", "qaeda", "qaida", "hezbollah", "hizbollah",
             "hamas", "haram", "islamiya", "islamiyah", "islamiyya", "mujahedeen", "fighters", "rebels", "squad",
             "squads", "commando", "commandos", "division", "regiment", "congress", "state", "emirate",
             "caliphate", "sharia", "shariah", "martyrs", "holy", "nation", "people's", "patriotic", "popular"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{2,}$")


def words(raw: str) -> list[str]:
    raw = raw.strip().rstrip("_").replace("_", " ")
    return [w for w in re.split(r"\s+", raw) if w]


def title(raw: str) -> tuple[str, list[str]]:
    """'HUMAN_RIGHTS_WATCH_(HRW)' -> ('Human Rights Watch', ['HRW'])."""
    acronyms = re.findall(r"\(([^)]*)\)", raw)
    raw = re.sub(r"\([^)]*\)", " ", raw)
    out = []
    for i, w in enumerate(words(raw)):
        low = w.lower()
        if re.fullmatch(r"(?:[a-z]\.)+", low):
            out.append(low.upper())  # "U.S."
            continue
        if i and low in SMALL:
            out.append(low)
            continue
        parts = re.split(r"([-/])", low)
        out.append("".join(p[:1].upper() + p[1:] if p[:1].isalpha() else p for p in parts))
    name = " ".join(out)
    name = re.sub(r"\bAl-", "al-", name) if not name.startswith("Al-") else name
    return name, [a.replace("_", "").strip() for a in acronyms if a.strip()]


def org_like(form: str) -> bool:
    """A group's or organisation's name, not a person's ("Joseph Kony" is listed as an alias of the LRA)."""
    return bool({w.lower().strip("'") for w in re.split(r"[\s-]+", form)} & ORG_WORDS) or bool(ACRONYM.match(form))


def keep_alias(form: str) -> bool:
    if len(form.split()) <= 2 and all(zipf_frequency(w, "en") >= 4.0 for w in form.lower().split()):
        return False  # "Islamic Group", "Red Cross": ordinary words, not one group's name
    if ACRONYM.match(form):
        return zipf_frequency(form.lower(), "en") < 3.0  # "CARE", "HOPE" are words
    if " " not in form:
        return zipf_frequency(form.lower(), "en") < 2.5
    return len(form) >= 6


def entries(path: str):
    name = None
    aliases: list[str] = []
    kind = ""
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("+"):
            if name is not None:
                aliases.append(line[1:].split("#")[0].split("[")[0])
            continue
        if line[0].isalpha():
            if name is not None:
                yield name, aliases, kind
            head = line.split("#")[0]
            code = re.search(r"\[([A-Z]{3})", head)
            name, aliases, kind = head.split("[")[0], [], code.group(1) if code else ""
        elif name is not None and not kind:  # "ORGANIZATION_OF_AMERICAN_STATES_", "+OAS", then "\t[IGOOAS]"
            code = re.search(r"\[([A-Z]{3})", line.split("#")[0])
            kind = code.group(1) if code else ""
    if name is not None:
        yield name, aliases, kind


def main(international: str, milnonstate: str) -> None:
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["name", "type", "aliases", "demonyms", "metonyms", "note"])
    seen: set[str] = set()
    for path, is_int in ((international, True), (milnonstate, False)):
        for raw, raw_aliases, kind in entries(path):
            if is_int and kind not in ("IGO", "NGO"):
                continue  # companies (MNC) and people coded to states
            name, acronyms = title(raw)
            forms = [name] + acronyms
            for a in raw_aliases:
                n, acr = title(a)
                forms += [n] + acr
            if not org_like(name) and not ACRONYM.match(raw.strip("_")):
                continue  # a person's name (both files mix people in)
            forms = [f for f in dict.fromkeys(forms) if org_like(f) and keep_alias(f) and f.lower() not in seen]
            if not forms:
                continue
            if ACRONYM.match(forms[0]) and len(forms) > 1:
                forms = forms[1:] + forms[:1]  # the spelled-out name is the canonical one
            seen.update(f.lower() for f in forms)
            note = "Phoenix " + ("IGO" if kind == "IGO" else "NGO" if is_int else "non-state group")
            out.writerow([forms[0], "organization" if is_int else "group", "|".join(forms[1:]), "", "", note])


if __name__ == "__main__":
    main(*sys.argv[1:3])
