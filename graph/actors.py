"""The actor dictionary: states, people with date-bounded roles, organisations and groups, from data/."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import DataFileError
from .paths import DATA_DIR
from .records import ACTOR_TYPES, Actor, Role

# capitalised words of the calendar: no part of a name (read by the mention finder and the parse engine too)
CALENDAR_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                  "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|an|at|ash|az)-[A-Z]")  # Arabic article of a name: "al-Qaeda"

def loose_form(name: str) -> str:
    """A name without case, apostrophes, dots, hyphens and spaces: "Kurdistan Workers' Party" ~ "Kurdistan Workers
    Party"."""
    return re.sub(r"[’'.\-]", "", name).replace(" ", "").casefold()


def unaccented(word: str) -> str:
    """A word without its accents: "Kōno" -> "Kono", "Erdoğan" -> "Erdogan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


GENERIC_TITLES = ("Leader", "Head")
GOVERNMENT_TITLES = ("Prime Minister", "Chancellor")
HEAD_TITLES = ("President", "King", "Queen", "Emir", "Sultan", "Supreme Leader", "Prime Minister", "Chancellor",
               "Secretary-General", "Chairman", "Director", "Director-General")


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _date(value: str, path: Path, line: int) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DataFileError(str(path), f"{value!r} is not a YYYY-MM-DD date", line) from None


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            return [(reader.line_num, row) for row in reader]
    except OSError as exc:
        raise DataFileError(str(path), f"cannot be read ({exc.strerror})") from None


def _unarticled_word(word: str) -> str:
    """A name's word without an Arabic article joined to it ("al-Maliki" -> "Maliki"); the word itself otherwise.

    >>> [_unarticled_word(w) for w in ("al-Maliki", "el-Sisi", "Al-Thani", "Bush", "al-")]
    ['Maliki', 'Sisi', 'Thani', 'Bush', 'al-']
    """
    head, dash, rest = word.partition("-")
    return rest if dash and head.lower() in ("al", "el") and rest[:1].isupper() else word


@dataclass(frozen=True)
class Title:
    """A title's surface form, its canonical title and whether holding it means `leads`."""

    surface: str
    title: str
    leads: bool


@dataclass
class Dictionary:
    """Actors by canonical name, surface forms, titles and role holders."""

    actors: dict[str, Actor]
    titles: dict[str, Title]
    # surface form -> [(actor name, how)]: how is name, alias, demonym or metonym
    surfaces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    publishers: dict[str, str] = field(default_factory=dict)  # web domain -> the state that publishes there
    publisher_names: dict[str, str] = field(default_factory=dict)  # a publisher's name in a credit -> its state
    holders: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=dict)
    # title -> [(person, the name's words, state or body, role)]: "President Bush" without a state
    by_title: dict[str, list[tuple[str, frozenset[str], str, Role]]] = field(default_factory=dict)
    leaders_by_word: dict[str, list[tuple[str, Role]]] = field(default_factory=dict)
    women: frozenset[str] = frozenset()  # the dictionary's persons who are women (gender.csv)
    female_given: frozenset[str] = frozenset()  # given names of women, for persons the dictionary lacks
    male_given: frozenset[str] = frozenset()  # ... and of men
    # state -> the spans in which its head of government, not its head of state, is "the leader" (government_led.csv)
    government_led: dict[str, tuple[Role, ...]] = field(default_factory=dict)
    leading_titles: frozenset[str] = frozenset()  # the titles whose holders lead what they hold them of
    _office_cache: dict = field(default_factory=dict, repr=False, compare=False)  # (surname, day) -> office_surname
    _surname_holders: dict | None = field(default=None, repr=False, compare=False)  # surname -> persons with roles

    def office_surname(self, surname: str, day: date | None) -> str | None:
        """The one person of the dictionary with `surname` in office on `day` ("Bush" on 2006-03-01: George W. Bush;
        "Clinton" on 2010-01-01: Hillary Clinton), else None; only that surname's holders are looked at."""
        if self._surname_holders is None:
            holders: dict[str, list] = {}
            for actor in self.actors.values():
                if actor.type != "person" or not actor.roles:
                    continue
                # (the canonical name only: an alias's last word may be a place, "Abdullah II of Jordan", or a
                # given name; nor a name of a patronymic or a title's form, "Qaboos bin Said")
                words = [w for w in actor.name.split() if w not in ("Jr.", "Sr.", "II", "III")]
                if len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper() and not (
                        {w.lower() for w in words} & {"bin", "ibn", "bint", "of", "al", "el"}) and "-" not in words[-1]:
                    holders.setdefault(words[-1], []).append(actor)
                    if (plain := unaccented(words[-1])) != words[-1]:  # ("Kono" for "Tarō Kōno")
                        holders.setdefault(plain, []).append(actor)
            self._surname_holders = holders
        key = (surname, day)
        if key not in self._office_cache:
            named = {a.name for a in self._surname_holders.get(surname, ()) if a.roles_on(day)}
            self._office_cache[key] = next(iter(named)) if len(named) == 1 else None
        return self._office_cache[key]

    def female(self, person: str) -> bool | None:
        """True for a woman, False for a man, None when unknown: the dictionary's persons are men unless gender.csv
        lists them; a person it lacks is a woman or a man by a given name gender.csv lists, else unknown."""
        if person in self.women:
            return True
        actor = self.actors.get(person)
        if actor is not None:
            return False if actor.type == "person" else None
        given = person.split(" ", 1)[0]
        return True if given in self.female_given else False if given in self.male_given else None

    def other_sex(self, word: str, person: str) -> bool:
        """An honorific ("Mrs", "Mr") or a given name gender.csv lists that belongs to the other sex than this
        person's: "Mrs. Hagel" and "Laura Hagel" are not Chuck Hagel."""
        female = self.female(person)
        if female is None:
            return False
        if word in ("Mrs", "Ms", "Madame", "Mme") or word in self.female_given:
            return not female
        return female if word == "Mr" or word in self.male_given else False

    def agrees(self, pronoun: str, person: str) -> bool:
        """Whether a personal pronoun ("she", "him", "his", in small letters) may name this person: not a woman
        for he, him or his, not a man for she, her or hers; any other word agrees with anyone."""
        if pronoun in ("she", "her", "hers"):
            return self.female(person) is not False
        if pronoun in ("he", "him", "his"):
            return self.female(person) is not True
        return True

    def __post_init__(self) -> None:
        surfaces: dict[str, list[tuple[str, str]]] = defaultdict(list)
        holders: dict[tuple[str, str], list[tuple[str, Role]]] = defaultdict(list)
        for actor in self.actors.values():
            for how, forms in (
                ("name", (actor.name,)),
                ("alias", actor.aliases),
                ("demonym", actor.demonyms),
                ("metonym", actor.metonyms),
            ):
                for form in forms:
                    # "al-Qaeda in the Arabian Peninsula" is "Al-Qaeda in ..." at a sentence's start or in a style
                    # that capitalises the article
                    variants = (form, form[0].upper() + form[1:]) if _ARTICLE_PREFIX.match(form) else (form,)
                    if how == "alias" and _ACRONYM.fullmatch(form):  # "IAEA" spelled out as VOA writes it: "I-A-E-A"
                        variants = (*variants, "-".join(form))
                    for variant in variants:
                        if (actor.name, how) not in surfaces[variant]:
                            surfaces[variant].append((actor.name, how))
            for role in actor.roles:
                holders[(role.title, role.of)].append((actor.name, role))
        self.surfaces = dict(surfaces)
        self.holders = dict(holders)
        by_title: dict[str, list[tuple[str, frozenset[str], str, Role]]] = defaultdict(list)
        for (title, of), held in holders.items():
            # (a name's words and, for a last word "al-Maliki", "el-Sisi", the word after the article: "Prime Minister
            # Maliki"; not inside a name, "Jaber Al-Mubarak Al-Hamad Al-Sabah" is no "Hamad")
            by_title[title].extend((name, frozenset((*name.split(), _unarticled_word(name.split()[-1]))), of, role)
                                   for name, role in held)
        self.by_title = dict(by_title)
        # a leader's surname (or one-word alias) -> [(state, role)]: "the Bush administration", "the Assad regime"
        # (Bashar al-Assad); not a first name ("Joe") nor a word of the calendar ("Theresa May" in "In May")
        leading = {t.title for t in self.titles.values() if t.leads}
        self.leading_titles = frozenset(leading)
        leaders: dict[str, list[tuple[str, Role]]] = defaultdict(list)
        for title in leading:
            for name, _words, of, role in self.by_title.get(title, ()):
                if self.actors.get(of) is None or self.actors[of].type != "state":
                    continue
                person = self.actors.get(name)
                singles = {a for a in (person.aliases if person else ()) if " " not in a}
                for w in {name.split()[-1].removeprefix("al-"), *singles} - set(CALENDAR_WORDS):
                    leaders[w].append((of, role))
        self.leaders_by_word = dict(leaders)

    def home_state(self, url: str, license: str = "") -> str | None:
        """The state whose government publishes at `url` ("The President" in its readouts is that state's), or, for
        a copy published elsewhere, whose government office the article's `license` line credits as the author in
        its first bracket ("Public domain (work of the U.S. federal government, U.S. Department of State)").

        >>> d = load_dictionary()
        >>> d.home_state("https://www.whitehouse.gov/briefing-room/x")
        'United States'
        >>> d.home_state("https://blog.example/x", "Public domain (work of the U.S. Department of State)")
        'United States'
        >>> [d.home_state("https://x.example/y", c) for c in ("Public domain (Voice of America)",
        ...     "Reuters; photo courtesy of The White House", "Statement (Department of Defense of Ukraine)")]
        [None, None, None]
        """
        host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/", 1)[0].split(":", 1)[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if (state := self.publishers.get(".".join(parts[i:]))) is not None:
                return state
        credit = re.search(r"\(([^()]*)\)", license or "")
        return next((state for name, state in self.publisher_names.items() if credit and name in credit.group(1)),
                    None)

    @cached_property
    def loose_names(self) -> dict[str, str]:
        """`loose_form` of every name and alias -> its actor, where only one actor has it (built on first use):
        "Kurdistan Workers Party" finds "Kurdistan Workers' Party"."""
        seen: dict[str, set[str]] = defaultdict(set)
        for surface, entries in self.surfaces.items():
            for name, how in entries:
                if how in ("name", "alias") and len(surface) > 3:
                    seen[loose_form(surface)].add(name)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    @cached_property
    def name_starts(self) -> dict[str, str]:
        """`loose_form` of the first two words of every person's name of three or more words -> that person, where
        only one person's name starts so (built on first use): "Abdullahi Yusuf" finds "Abdullahi Yusuf Ahmed"
        ("Abdel Fattah" starts two names, so finds none)."""
        seen: dict[str, set[str]] = defaultdict(set)
        for name, actor in self.actors.items():
            words = name.split()
            if actor.type == "person" and len(words) >= 3 and all(len(w) >= 3 and w[0].isupper() for w in words[:2]):
                seen[loose_form(" ".join(words[:2]))].add(name)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    def get(self, name: str) -> Actor | None:
        return self.actors.get(name)

    def holder(self, title: str, of: str, day: date | None) -> str | None:
        """The person who held `title` of `of` on `day`, or None if nobody or several did.

        >>> d = load_dictionary()
        >>> d.holder("President", "Iran", date(2023, 11, 12))
        'Ebrahim Raisi'
        """
        if title in GENERIC_TITLES:  # "the Russian leader": the head of state, else of government; "the German
            # leader", "the British leader": the head of government where it governs (government_led.csv)
            led = title == "Leader" and day is not None and any(  # (not "the German head of state")
                span.holds_on(day) for span in self.government_led.get(of, ()))
            for specific in (*GOVERNMENT_TITLES, *HEAD_TITLES) if led else HEAD_TITLES:
                if who := self.holder(specific, of, day):
                    return who
        found = {name for name, role in self.holders.get((title, of), ()) if role.holds_on(day)}
        return found.pop() if len(found) == 1 else None

    def headed(self, person: str, day: date | None) -> frozenset[str]:
        """The states (or bodies) `person` heads, as head of state or of government, on `day`.

        >>> sorted(load_dictionary().headed("Meles Zenawi", date(2006, 1, 10)))
        ['Ethiopia']
        """
        actor = self.actors.get(person)
        return frozenset(r.of for r in actor.roles_on(day) if r.title in HEAD_TITLES) if actor else frozenset()

    def holder_named(self, title: str, word: str, day: date | None) -> tuple[str, str] | None:
        """(person, state) for "President Bush" on `day`: the one holder of `title` anywhere whose name has the
        word `word`, or None if nobody or several did.

        >>> load_dictionary().holder_named("President", "Bush", date(2006, 7, 5))
        ('George W. Bush', 'United States')
        >>> load_dictionary().holder_named("Prime Minister", "Maliki", date(2007, 6, 1))
        ('Nouri al-Maliki', 'Iraq')
        >>> load_dictionary().holder_named("Prime Minister", "Hamad", date(2012, 4, 2))  # (not Kuwait's Al-Hamad)
        ('Hamad bin Jassim bin Jaber Al Thani', 'Qatar')
        """
        found = {(name, of) for name, words, of, role in self.by_title.get(title, ())
                 if word in words and role.holds_on(day)}
        return found.pop() if len(found) == 1 else None

    def state_led_by(self, word: str, day: date | None) -> str | None:
        """The state whose leader on `day` has the name word `word` ("the Bush administration" in 2006), if one
        state alone has such a leader.

        >>> load_dictionary().state_led_by("Bush", date(2006, 7, 5))
        'United States'
        """
        found = {of for of, role in self.leaders_by_word.get(word, ()) if role.holds_on(day)}
        return found.pop() if len(found) == 1 else None

    def with_actor(self, actor: Actor) -> Dictionary:
        """A copy with one more (or a replaced) actor."""
        actors = dict(self.actors)
        actors[actor.name] = actor
        return Dictionary(actors, self.titles, publishers=self.publishers, publisher_names=self.publisher_names,
                          government_led=self.government_led)


def _add_imported(actors: dict[str, Actor], path: Path) -> None:
    """Organisations and groups from an imported dictionary (scripts/import_phoenix.py), below actors.csv: an
    entry any of whose names is already a name or alias of ours is left out whole, so our spelling and our
    aliases win and no actor is split in two."""
    if not path.exists():
        return
    def key(form: str) -> str:  # "The Security Council" is our "Security Council"
        return re.sub(r"^the\s+", "", form.lower())

    ours = {key(f) for a in actors.values() for f in (a.name, *a.aliases)}
    for line, row in _rows(path):
        name, kind = (row.get("name") or "").strip(), (row.get("type") or "").strip()
        if not name or kind not in ACTOR_TYPES:
            raise DataFileError(str(path), f"a row needs a name and one of the types {', '.join(ACTOR_TYPES)}", line)
        aliases = _split(row.get("aliases"))
        if any(key(f) in ours for f in (name, *aliases)):
            continue
        ours.update(key(f) for f in (name, *aliases))
        actors[name] = Actor(name=name, type=kind, aliases=aliases)


DICTIONARY_FILES = ("actors.csv", "actors_phoenix.csv", "roles.csv", "titles.csv", "publishers.csv", "gender.csv",
                    "government_led.csv")
"""The files `load_dictionary` reads: a change to any of them changes the extractor's rules (`rules_version`)."""


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # an alias of capitals only: "EU", "IAEA", "FDLR"


def load_dictionary(data_dir: str | Path | None = None) -> Dictionary:
    """Load the DICTIONARY_FILES from `data_dir` (the bundled data/ by default)."""
    return _load(str(Path(data_dir or DATA_DIR).resolve()))


@lru_cache(maxsize=4)
def _load(data_dir: str) -> Dictionary:
    base = Path(data_dir)
    actors: dict[str, Actor] = {}
    path = base / "actors.csv"
    for line, row in _rows(path):
        name = (row.get("name") or "").strip()
        kind = (row.get("type") or "").strip()
        if not name:
            raise DataFileError(str(path), "a row has no name", line)
        if kind not in ACTOR_TYPES:
            raise DataFileError(str(path), f"type {kind!r} of {name!r} is not one of {', '.join(ACTOR_TYPES)}", line)
        if name in actors:
            raise DataFileError(str(path), f"actor {name!r} is listed twice", line)
        actors[name] = Actor(
            name=name,
            type=kind,
            aliases=_split(row.get("aliases")),
            demonyms=_split(row.get("demonyms")),
            metonyms=_split(row.get("metonyms")),
        )
    _add_imported(actors, base / "actors_phoenix.csv")
    roles: dict[str, list[Role]] = defaultdict(list)
    path = base / "roles.csv"
    for line, row in _rows(path):
        person, of = (row.get("person") or "").strip(), (row.get("of") or "").strip()
        for who in (person, of):
            if who not in actors:
                raise DataFileError(str(path), f"{who!r} is not an actor in actors.csv", line)
        roles[person].append(
            Role(
                title=(row.get("title") or "").strip(),
                of=of,
                start=_date(row.get("start", ""), path, line),
                end=_date(row.get("end", ""), path, line),
            )
        )
    for person, rs in roles.items():
        actors[person] = replace(actors[person], roles=tuple(rs))
    titles: dict[str, Title] = {}
    path = base / "titles.csv"
    for line, row in _rows(path):
        surface = (row.get("surface") or "").strip()
        if not surface:
            raise DataFileError(str(path), "a row has no surface form", line)
        titles[surface] = Title(surface, (row.get("title") or surface).strip(), row.get("leads", "").strip() == "yes")
    publishers: dict[str, str] = {}
    publisher_names: dict[str, str] = {}
    path = base / "publishers.csv"
    if path.exists():
        for line, row in _rows(path):
            domain, state = (row.get("domain") or "").strip().lower(), (row.get("state") or "").strip()
            if state not in actors:
                raise DataFileError(str(path), f"{state!r} is not an actor in actors.csv", line)
            publishers[domain] = state
            publisher_names.update((name, state) for name in _split(row.get("names")))
    women, female_given, male_given = set(), set(), set()
    path = base / "gender.csv"
    if path.exists():  # (a person's pronoun: "she" is not Barack Obama)
        for line, row in _rows(path):
            kind, name = (row.get("kind") or "").strip(), (row.get("name") or "").strip()
            if kind == "person":
                if actors.get(name) is None or actors[name].type != "person":
                    raise DataFileError(str(path), f"{name!r} is not a person in actors.csv", line)
                women.add(name)
            elif kind == "given_female" and name:
                female_given.add(name)
            elif kind == "given_male" and name:
                male_given.add(name)
            else:
                raise DataFileError(str(path), f"kind {kind!r} is not person, given_female or given_male", line)
    government_led: dict[str, list[Role]] = defaultdict(list)
    path = base / "government_led.csv"
    if path.exists():  # ("the German leader" is the Chancellor)
        for line, row in _rows(path):
            state = (row.get("state") or "").strip()
            if state not in actors or actors[state].type != "state":
                raise DataFileError(str(path), f"{state!r} is not a state in actors.csv", line)
            government_led[state].append(Role("Leader", state, _date(row.get("start", ""), path, line),
                                              _date(row.get("end", ""), path, line)))
    return Dictionary(actors, titles, publishers=publishers, publisher_names=publisher_names, women=frozenset(women),
                      female_given=frozenset(female_given), male_given=frozenset(male_given),
                      government_led={k: tuple(v) for k, v in government_led.items()})
