"""The rule-based extractor: sentences -> resolved mentions -> lexicon rules -> quote-backed claims."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from . import __version__
from .actors import Dictionary, load_dictionary
from .errors import DataFileError
from .mentions import Found, MentionFinder, matcher_for, named_together
from .paths import DATA_DIR
from .records import Actor, Article, Claim, Mention
from .sentences import split
from .taxonomy import load_relations

LEXICON = DATA_DIR / "lexicon.toml"
EXTRACTOR = "rules"
PREPOSITIONS = frozenset(
    "of with to for from against on in about between among at into toward towards over under via including"
    " across through upon".split()
)
_PLAIN = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", " - "), ("–", "-"))  # typographic -> plain
_POSSESSIVE = ("his", "her", "its", "their", "our", "my")
_LIST_NEXT = re.compile(r"(?:'s|')?(?:,|,? and |,? or )")
_SPEAKER = re.compile(r"\b(?:message|letter|statement|address) from\b.*\breads\b")
_MODAL_AFTER = re.compile(r"\s*(?:would|could|might)\b")
_SPOKESMAN = re.compile(r"\b(?:spokes(?:man|woman|person)|representative|envoy|ambassador) (?:for|of)$")
_RELATIVE = re.compile(r", (?:which|who|whose|an?) [^,;]*,")  # relative clauses and "X, a spokesman for Y,"
# "Iranian-backed", "Russia-supported": the backer of the noun that follows, which is the one that acts
_BACKER = re.compile(
    r"-(?:backed|supported|funded|sponsored|armed|trained|allied|aligned|affiliated|linked|installed)\b")
# a body inside a state, which the state's name only places: named by its possessor ("condemned Somalia's al-Shabab
# militants" is no criticism of Somalia) or by its demonym ("Palestinian militants fired rockets", "the Syrian
# opposition")
_INNER = (r"(?:rebels?|militias?|militants|insurgents|opposition|separatists|dissidents|gunmen|guerrillas|jihadists|"
          r"factions?|extremists|(?:rebel|armed|militant|insurgent|separatist) groups?)\b")
_INNER_BODY = re.compile(r"(?:'s|') (?:[\w@-]+ ){0,2}" + _INNER)
_INNER_AFTER = re.compile(r" (?:[A-Z][\w-]* |[a-z-]+ist )?" + _INNER)
_AGENT_NOUN = re.compile(r"'s? (?:administration|government|office|cabinet|team|ministry|forces|military|army|navy)\b")
_NEW_SUBJECT = re.compile(r"\b(?:they|They|he|He|she|She|who|which|it|It)\b")
_LIST_END = re.compile(r"\b(?:and|or|as well as)\b|-")
_TOKEN = re.compile(r"@(\d+)")
_AT = "\uff20"  # the article's own "@" signs become fullwidth ones before masking: tokens stay unambiguous
_CALL_CUE = re.compile(r"\b(?:phone|telephone|video ?call|video ?conference|call with|calls? between)\b", re.I)


@dataclass(frozen=True)
class Rule:
    id: str
    relations: tuple[str, ...]
    regex: re.Pattern
    keywords: tuple[str, ...]
    modality: str = "fact"  # fact: no negation, no hypothetical; intent: no negation; any: no negation
    future: str = ""  # relation when the clause is future or hypothetical (instead of dropping it)
    medium: str = ""  # "call": relation only with a call cue, otherwise `otherwise`
    otherwise: str = ""
    reverse: bool = False
    pairwise: bool = False
    by_words: tuple[tuple[str, str], ...] = ()  # (word regex, relation) picked from the matched text
    as_states: bool = False  # people at either end stand for the state they lead
    not_after: re.Pattern | None = None  # cancels a match that this regex finds just before it


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    negation: re.Pattern
    hypothetical: re.Pattern
    continuing: re.Pattern
    speculative: re.Pattern
    hedge: re.Pattern
    reported: re.Pattern
    kept_from: re.Pattern = re.compile(r"(?!x)x")  # right before a match: "barred Y from [meeting]"
    others: re.Pattern = re.compile(r"(?!x)x")  # right after an actor: people who are not it ("'s supporters")
    keywords: object = None  # Aho-Corasick automaton: keyword -> indices of the rules it enables

    def candidates(self, low: str) -> list[Rule]:
        """The rules whose keywords occur in the lower-cased sentence, in lexicon order."""
        hit: set[int] = set()
        for _end, idx in self.keywords.iter(low):
            hit.update(idx)
        return [self.rules[i] for i in sorted(hit)]


@dataclass
class Extraction:
    """What one article yields: its mentions, its claims and the actors they name."""

    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    vetoed: set[tuple[int, str]] = field(default_factory=set)  # (sentence start, relation) the parse ruled out
    # rule claims (sentence start, relation, source, target) whose trigger the parse read with another subject
    overruled: set[tuple[int, str, str, str]] = field(default_factory=set)
    sentences: list = field(default_factory=list)  # (start, end, resolved mentions) per sentence, for reuse
    # the mention finder of the pass, kept on request for the parse engine to reuse (its dictionary lookups and the
    # article's author), so the article's body is not scanned twice
    finder: MentionFinder | None = field(default=None, repr=False, compare=False)


@lru_cache(maxsize=8)
def rules_version(data_dir: str | None = None, lexicon: str | Path = LEXICON) -> str:
    """The extractor's version as stored with every claim: the package version plus a digest of the
    lexicon and the dictionary files, so a store can tell which articles were extracted with older rules.

    >>> rules_version().startswith(__version__ + "+")
    True
    """
    import hashlib

    from .actors import DATA_DIR, DICTIONARY_FILES

    digest = hashlib.sha256()
    base = Path(data_dir) if data_dir else DATA_DIR
    for path in (Path(lexicon), *(base / n for n in DICTIONARY_FILES)):
        if path.exists():
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


def _expand(pattern: str, macros: dict[str, str]) -> str:
    counter = {"t": 0, "s": 0}

    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key == "S":  # alternatives may each name the source: s1, s2, ...
            counter["s"] += 1
            return f"(?P<s{counter['s']}>{macros['LIST']})"
        if key == "T":
            counter["t"] += 1
            return f"(?P<t{counter['t']}>{macros['LIST']})"
        if key in macros:
            return macros[key]
        raise KeyError(key)

    for _ in range(3):  # macros may use macros (a name with "_" too: an unknown one is an error, not a literal)
        pattern = re.sub(r"\{([A-Z][A-Z_]*)\}", sub, pattern)
    return pattern


def alternation(words) -> str:
    """A regex group matching exactly the given literal words, shaped as a trie: the engine tries one branch per
    first character instead of every word at every position (a word list of a thousand forms costs ~60x less).

    >>> alternation(["meet", "meets", "met"])
    '(?:me(?:et(?:s)?|t))'
    >>> [bool(re.fullmatch(alternation(["meet", "meets", "met"]), w)) for w in ("meet", "meets", "met", "me", "mets")]
    [True, True, True, False, False]
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + branch(trie) + ")"


def read_toml(path: str | Path) -> dict:
    """A data file's TOML; a file that cannot be read or parsed is a DataFileError naming it."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(str(path), f"cannot be loaded ({exc})") from None


# a yes-or-no question, as press conferences print them ("Q: Did ...?"): it asks whether, it does not tell
_YES_NO = re.compile(r"[\s\"“'‘]*(?:Q(?:uestion)?\s*:\s*)?(?:Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|"
                     r"Could|Should|Shall|May|Might)\s")


class ClaimSink:
    """Collects the claims of one article: one per (source, relation, target, sentence), symmetric relations
    once, `leads` only from a person to a non-person; each a whole sentence at exact offsets."""

    def __init__(self, article: Article, extractor: str, version: str, actor_type):
        self.article, self.extractor, self.version, self.actor_type = article, extractor, version, actor_type
        self.relations = load_relations()
        self.claims: list[Claim] = []
        self.seen: set[tuple[str, str, str, int]] = set()

    def emit(self, src: str, rel: str, tgt: str, s: int, e: int, rule: str, flags: dict, found_s=None,
             found_t=None) -> None:
        if src == tgt or not src or not tgt:
            return
        if rel == "leads" and (self.actor_type(src) != "person" or self.actor_type(tgt) == "person"):
            return
        if (src, rel, tgt, s) in self.seen or (self.relations[rel].symmetric and (tgt, rel, src, s) in self.seen):
            return
        a, text = self.article, self.article.text
        if rel != "leads" and _YES_NO.match(text, s, e) and text[s:e].rstrip(" \"'”’)").endswith("?"):
            return  # "Did Chinese and US negotiators hold a phone call this week?" tells no call
        self.seen.add((src, rel, tgt, s))
        self.claims.append(Claim(
            source=src, relation=rel, target=tgt, article=a.id, date=a.date, quote=text[s:e], start=s, end=e,
            source_type=self.actor_type(src), target_type=self.actor_type(tgt), rule=rule,
            extractor=self.extractor, version=self.version, path=a.path, title=a.title or "",
            source_surface=text[found_s.start:found_s.end] if found_s else "",
            target_surface=text[found_t.start:found_t.end] if found_t else "", **flags))


def mentions_of(text: str, found: list[Found]) -> list[Mention]:
    """The Mention records of one sentence's resolved mentions, with the names a title phrase consumed."""
    out = []
    for f in found:
        out.append(Mention(f.actor, f.start, f.end, text[f.start:f.end], f.how))
        if f.inner:
            out.extend(Mention(name, hs, he, text[hs:he], how) for hs, he, name, how in f.inner)
    return out


# "Canada and Brazil followed suit", "Britain did the same": the act the sentence before told, done by others
_FOLLOWED = re.compile(r"\b(?:(?:has|have|had) (?:since |also )?)?(?:followed suit|done the same|done likewise|"
                       r"did (?:the )?same|did likewise)\b")
_SUBJECT_PRONOUNS = frozenset({"we", "they", "he", "she", "i"})
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_BEFORE_SUIT = re.compile(r"\s*(?:(?:also|quickly|soon|later|swiftly|then|promptly|immediately)\s+)*")


def follow_suit(sink: ClaimSink, sentences: list, text: str) -> None:
    """Give the actors who "followed suit" the relations the sentence before told of another actor: "Trump recognised
    Guaido. Canada, Brazil and Peru followed suit within hours" -> each of them supports Guaido, quoted with the
    sentence that says they did. Only the actors listed right before the phrase ("Canada, Brazil and Peru"), never
    one named in another phrase of the sentence."""
    prev = None
    for s, e, found in sentences:
        m = _FOLLOWED.search(text, s, e)
        if m and prev is not None:
            doers, pos = [], m.start()
            for f in sorted((f for f in found if f.end <= m.start()), key=lambda f: -f.end):
                gap = text[f.end:pos]
                # a list ends with "and" ("Canada, Brazil and Peru"): "After talks with Germany, France" is none
                if not (_BEFORE_SUIT.fullmatch(gap) if not doers else _LIST_GAP.fullmatch(gap) and (
                        len(doers) > 1 or "and" in gap)):
                    break
                doers.append(f)
                pos = f.start
            told = [c for c in sink.claims if c.start == prev and c.relation != "leads"]
            for f in doers:
                for c in told:
                    if f.actor not in (c.source, c.target):
                        sink.emit(f.actor, c.relation, c.target, s, e, "followed_suit",
                                  {"hedged": c.hedged, "reported": c.reported}, f, None)
        prev = s


# criticism that stands beside a charge of the same pair in one sentence: a critic by standing ("X, a critic of Y,
# says Y backed the coup" tells both), a designation as terrorists (a charge and a censure at once)
_CRITICISM_BESIDE_CHARGE = frozenset({"frame.criticize.critic", "frame.criticize.designate", "criticizes.designated",
                                      "frame.criticize.verb", "criticizes.verb"})


# a charge that may be the holding to account still to come ("the commitment to hold Y accountable"): no reading of
# the criticism told beside it ("condemned Y's war crimes and ... to hold Y accountable": both); nor is blame laid for
# an act ("blamed Y for the attack"): a charge and the criticism that blame is, both
_BLAME_TO_COME = ("frame.accuse.hold_responsible", "frame.accuse.blame_act")


def postprocess(claims: list[Claim]) -> list[Claim]:
    """One reading per event, for either engine: an explicit charge beats criticism of the same pair in the same
    sentence (but not one told as a standing: "a critic of Y"), backing of a named kind (military, financial) beats
    bare support there, and talks held during a call or a meeting of the same pair add no `discussed_with`."""
    charged = {(c.source, c.target, c.start) for c in claims if c.relation == "accuses" and not (
        c.rule.startswith(_BLAME_TO_COME))}
    backed = {(c.source, c.target, c.start) for c in claims if c.relation in ("backs_militarily", "backs_financially")}
    claims = [c for c in claims if not (c.relation == "criticizes" and (c.source, c.target, c.start) in charged
                                        and c.rule not in _CRITICISM_BESIDE_CHARGE
                                        or c.relation == "supports" and (c.source, c.target, c.start) in backed)]
    met_pairs = {frozenset((c.source, c.target)) for c in claims if c.relation in ("called", "met")}
    return [c for c in claims if not (c.relation == "discussed_with" and frozenset((c.source, c.target)) in met_pairs)]


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = LEXICON) -> Lexicon:
    """Load the trigger lexicon: macros, modality cues and one regex rule per construction."""
    path = Path(path)
    data = read_toml(path)
    macros = dict(data.get("macros", {}))
    known = set(load_relations())
    rules = []
    for i, r in enumerate(data.get("rule", [])):
        rid = r.get("id", f"rule#{i + 1}")
        rels = r.get("relation")
        rels = tuple(rels) if isinstance(rels, list) else ((rels,) if rels else ())
        extra = [r.get("future", ""), r.get("otherwise", "")] + [rel for _, rel in r.get("by_words", [])]
        for rel in (*rels, *extra):
            if rel and rel not in known:
                raise DataFileError(str(path), f"rule {rid!r}: unknown relation {rel!r}")
        try:
            regex = re.compile(_expand(r["pattern"], macros))
        except (KeyError, re.error) as exc:
            raise DataFileError(str(path), f"rule {rid!r}: bad pattern ({exc})") from None
        rules.append(
            Rule(
                id=rid,
                relations=rels,
                regex=regex,
                keywords=tuple(k.lower() for k in r.get("keywords", [])),
                modality=r.get("modality", "fact"),
                future=r.get("future", ""),
                medium=r.get("medium", ""),
                otherwise=r.get("otherwise", ""),
                reverse=bool(r.get("reverse", False)),
                pairwise=bool(r.get("pairwise", False)),
                by_words=tuple((w, rel) for w, rel in r.get("by_words", [])),
                as_states=bool(r.get("as_states", False)),
                not_after=re.compile(r["not_after"], re.I) if r.get("not_after") else None,
            )
        )
    cues = data.get("cues", {})
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for k in rule.keywords or ("@",):  # a rule with no keyword runs whenever actors are present
            index.setdefault(k, []).append(i)
    automaton = ahocorasick.Automaton()
    for k, idx in index.items():
        automaton.add_word(k, tuple(idx))
    automaton.make_automaton()
    return Lexicon(
        keywords=automaton,
        rules=tuple(rules),
        negation=re.compile(cues.get("negation", r"(?!x)x"), re.I),
        hypothetical=re.compile(cues.get("hypothetical", r"(?!x)x"), re.I),
        continuing=re.compile(cues.get("continuing", r"(?!x)x"), re.I),
        hedge=re.compile(cues.get("hedge", r"(?!x)x"), re.I),
        speculative=re.compile(cues.get("speculative", r"(?!x)x"), re.I),
        reported=re.compile(cues.get("reported", r"(?!x)x"), re.I),
        kept_from=re.compile(cues.get("kept_from", r"(?!x)x"), re.I),
        others=re.compile(cues.get("others", r"(?!x)x")),
    )


def _mask(text: str, s: int, e: int, found: list[Found]) -> str:
    """The sentence with each mention replaced by "@i" and typographic quotes made plain."""
    parts, pos = [], s
    for i, f in enumerate(found):
        if f.start < pos:
            if f.how == "group" and i and found[i - 1].start == f.start:
                parts[-1] = parts[-1].removesuffix("'s") + f" and @{i}" + ("'s" if parts[-1].endswith("'s") else "")
            continue  # "They" stands for two actors: "@3 and @4"
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (f.how == "pronoun" and nxt is not None and text[f.end : nxt.start] == " "
                and text[f.start : f.end].lower() in _POSSESSIVE):
            parts.append(text[pos : f.start])  # "his Chinese counterpart Wang Yi": the possessive
            pos = nxt.start  # belongs to the next mention and is dropped
            continue
        chunk = text[pos : f.start].replace("@", _AT)  # a literal "@1" in the text is no actor token
        chunk = _drop_final_the(chunk)
        parts.append(chunk)
        # possessive pronouns are masked as possessives: "his talks" -> "@3's talks"
        possessive = f.how in ("pronoun", "group") and text[f.start : f.end].lower() in _POSSESSIVE
        parts.append(f"@{i}'s" if possessive else f"@{i}")
        pos = f.end
    parts.append(text[pos:e].replace("@", _AT))
    masked = "".join(parts)
    for typographic, plain in _PLAIN:  # no replacement brings back a character replaced before
        if typographic in masked:
            masked = masked.replace(typographic, plain)
    return masked


def _drop_final_the(chunk: str) -> str:
    """`re.sub(r"\\b(?:the|The)\\s+$", "", chunk)` without scanning the whole chunk: a final "the"/"The" word and the
    whitespace after it are dropped ("met with the " -> "met with ").

    >>> [_drop_final_the(c) for c in ("met with the ", "The ", "bathe ", "the", "the\\n")]
    ['met with ', '', 'bathe ', 'the', '']
    """
    stripped = chunk.rstrip()  # str.isspace is the regex's \s
    if len(stripped) == len(chunk) or not stripped.endswith(("the", "The")):
        return chunk
    before = stripped[-4:-3]  # the regex's \b: no word character (alphanumeric or "_") right before
    return chunk if before.isalnum() or before == "_" else stripped[:-3]


def _tokens(group: str | None) -> list[int]:
    """The token numbers of a matched actor list; "A, B" with no "and"/"or" is no list ("... to Ukraine,
    Chancellor Olaf Scholz announced"), so only its first actor counts."""
    found = [int(x) for x in _TOKEN.findall(group or "")]
    if len(found) > 1 and not _LIST_END.search(group):
        return found[:1]
    return found


_LIST_GLUE = re.compile(r"^(?:'s|')?(?:,? and |, |,? or |,? as well as )(?:both )?$")
_CO_AGENT = re.compile(r"(?:'s|')?(?: [\w-]+){0,3}?(?: -|,)? together with ((?:@\d+(?:, |,? and )?)+)")


def _subject(masked: str, before: int, exclude: set[int], co_agents: bool = True,
             others_after: re.Pattern | None = None) -> list[int]:
    """The nearest mention before `before` that is not the object of a preposition (objects are
    followed through coordination: "with A, B and C"), plus co-agents joined by "together with"."""
    best, prev_end, prev_obj, run = None, 0, False, 0
    relative = [(r.start(), r.end()) for r in _RELATIVE.finditer(masked, 0, before)]
    heads: dict[int, list[re.Match]] = {}  # token position -> the coordinated subjects it ends
    group: list[re.Match] = []
    for m in _TOKEN.finditer(masked, 0, before):
        idx = int(m.group(1))
        if any(a <= m.start() < b for a, b in relative):  # "Hamas, which is backed by Iran, ..."
            continue
        gap = masked[prev_end : m.start()]
        head = masked[max(0, m.start() - 24) : m.start()].rstrip()  # the word before the token
        word = head[head.rfind(" ") + 1 :].lower()
        glued = prev_obj and bool(_LIST_GLUE.match(gap))
        if glued and gap.strip() in (",", "'s,", "',"):  # "with A, B": B is listed only if more follow
            glued = bool(_LIST_NEXT.match(masked, m.end()))
        if glued and gap.startswith(", and") and run < 2:  # "with A, and B ..." starts a new clause
            glued = False
        obj = (word in PREPOSITIONS and not _SPOKESMAN.search(head)) or glued
        run = run + 1 if glued else 1
        coordinated = (not obj and best is not None and best.end() == prev_end and bool(_LIST_GLUE.match(gap))
                       and (" and " in gap or " or " in gap or bool(_LIST_NEXT.match(masked, m.end()))))
        prev_end, prev_obj = m.end(), obj
        if obj or idx in exclude:
            continue
        if masked.startswith(("'s ", "' "), m.end()) and not _AGENT_NOUN.match(masked, m.end()):
            continue  # a possessor modifies a noun ("Iran's program"); "Biden's administration" acts
        if _BACKER.match(masked, m.end()):
            continue  # "Iranian-backed militias attacked ...": the militias act, not their backer
        group = [*group, m] if coordinated else [m]  # "Japan and South Korea condemned"
        heads[m.start()] = group
        best = m
    # a possessor right before a nominal trigger is its agent: "his discussions with", "Russia's support"
    poss = re.search(r"@(\d+)(?:'s|') (?:[\w-]+ ){0,2}$", masked[:before])
    if poss and not _INNER_BODY.match(masked, poss.start() + 1 + len(poss.group(1))) and not (  # ("Syria's
            others_after is not None and others_after.match(masked, poss.start() + 1 + len(poss.group(1)))):
        # opposition"; "Putin's successor": another person)
        idx = int(poss.group(1))
        if idx not in exclude and poss.group(1):
            return [idx]
    if best is None:
        return []
    rest = masked[best.end() : before]
    for a, b in reversed(relative):
        if a >= best.end():
            rest = rest[: a - best.end()] + rest[b - best.end() :]
    if _NEW_SUBJECT.search(rest):  # an unresolved "they" starts a new clause
        return []
    out = [int(g.group(1)) for g in heads[best.start()] if int(g.group(1)) not in exclude]
    co = _CO_AGENT.match(masked, best.end()) if co_agents else None
    if co:
        out += [t for t in _tokens(co.group(1)) if t not in exclude]
    return out


def _backer_only(masked: str, idx: int, m: re.Match) -> bool:
    """Token `idx` is named only as the backer of what follows it ("struck an @1-backed militia"), outside the
    match: no party to the act the rule matched (a rule that reads the backing itself matches "-backed")."""
    for t in re.finditer(rf"@{idx}(?!\d)", masked):
        if not _BACKER.match(masked, t.end()) or m.start() <= t.end() < m.end():
            return False
    return True


_SIGNATURE = re.compile(r"[A-Za-z][A-Za-z.' -]+")


# a word of a personal name: a capitalised word ("Pham", "McDonald", "O'Brien", "Thomas-Greenfield") or an initial
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)*|O[’'][A-Z][a-z]+|[A-Z]\.)")
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "h.e"})
# words of an office that may stand before the name, besides the dictionary's titles
_OFFICE_WORDS = frozenset({"envoy", "ambassador", "coordinator", "spokesperson", "spokesman", "spokeswoman",
                           "representative", "commissioner", "secretary", "director", "administrator", "adviser",
                           "advisor", "consul", "general", "acting", "assistant", "deputy", "under", "special",
                           "senior", "chief", "high", "chargé", "charge", "d'affaires", "minister", "president",
                           "chair"})


def _unknown_author(span: str, dictionary: Dictionary, m) -> str | None:
    """A person the dictionary lacks named at the end of a statement's attribution, right after a title ("Special
    Envoy to the Great Lakes Dr. J. Peter Pham", "Acting Assistant Secretary Michael Gonzales", "U.S. Ambassador to
    Kenya Meg Whitman") or as the whole attribution with a given name the dictionary knows; else None (not "the Core
    Group", "the Troika Envoys", "Heads of Mission")."""
    words = span.strip().rstrip(".,;:").split()
    title_words = {w.lower() for t in dictionary.titles for w in t.split() if w[:1].isupper()} | _OFFICE_WORDS

    def office(word: str) -> bool:
        low = word.lower().rstrip(".,")
        return low in title_words or low.endswith("s") and low[:-1] in title_words or low in _HONORIFICS

    run: list[str] = []
    while words and _NAME_WORD.fullmatch(words[-1]) and not office(words[-1]) and len(run) < 4:
        run.insert(0, words.pop())
    while run and list(m.scan(name := " ".join(run), 0, len(name))):
        words.append(run.pop(0))  # ("Special Envoy for Sudan Tom Perriello": the name after the post's place)
    name = " ".join(run)
    if len(run) < 2:
        return None
    before = words[-1] if words else ""
    if not before:  # ("Statement by Mary Smith on ...": a given name whose sex the dictionary knows)
        return name if dictionary.female(" ".join(w for w in run if not w.endswith("."))) is not None else None
    if office(before):
        return name
    rest = " ".join(words)  # ("Ambassador to Kenya Meg Whitman": a post's place between the title and the name)
    placed = [h for h in m.scan(rest, 0, len(rest)) if h[1] == len(rest)]
    return name if placed and any(office(w) for w in words) else None


def find_author(article: Article, dictionary: Dictionary) -> str | None:
    """The person speaking as "I" in a statement: named in the title ("Statement from President Joe
    Biden on ..."), in an attribution of the license line ("press statement by ...") or in a signature; in the first
    two, a person the dictionary lacks too ("Statement by Special Envoy Dr. J. Peter Pham on ...")."""
    m = matcher_for(dictionary)
    # (also a headline on the body's first line: "Statement from President Joe Biden on ...", then a blank line)
    top = article.text[article.body_start : article.body_start + 300]  # (no copy of the whole body)
    first = top.split("\n", 1)[0] if "\n\n" in top else ""
    for head in (article.text[: article.body_start], f"title: {article.title}", f"title: {first}"):
        for pat in (r"^title:\s*(?:\w+\s+)?Statement (?:from|by) (.+?)(?: on | about | regarding |$)",
                    r"^license:.*?\b(?:statement|message|remarks) by (.+?)(?:,|;|$)"):
            hit = re.search(pat, head, re.M | re.I)
            if not hit:
                continue
            for _s, _e, _surf, entries in sorted(m.scan(head, hit.start(1), hit.end(1)), key=lambda h: h[0] - h[1]):
                for name, how in entries:
                    a = dictionary.actors.get(name)
                    if a and a.type == "person" and how in ("name", "alias"):
                        return name
            unknown = _unknown_author(hit.group(1), dictionary, m)
            if unknown:
                return unknown
    # (or a signature: the body's last line a person's name alone, "GEORGE W. BUSH" under a statement)
    before, _, last = article.text[article.body_start :].rstrip().rpartition("\n")
    line = last.strip().title() if last.isupper() else last.strip()
    if before and 5 <= len(line) <= 40 and _SIGNATURE.fullmatch(line) and line not in before:
        # (a name the body tells of is no signature: "The writer is a former adviser to Barack Obama. \n\nBarack Obama")
        for s, e, _surf, entries in m.scan(line, 0, len(line)):
            for name, how in entries if (s, e) == (0, len(line)) else ():
                a = dictionary.actors.get(name)
                if a and a.type == "person" and how in ("name", "alias"):
                    return name
    return None


def _relations_for(rule: Rule, m: re.Match, masked: str, lexicon: Lexicon, call_document: bool) -> tuple:
    """The relations one rule match asserts, after negation, modality and medium; () for none."""
    window = masked[max(0, m.start() - 60) : m.end()]
    cut = max(window.rfind(";"), window.rfind(":"))
    if cut >= 0 and cut < len(window) - (m.end() - m.start()):
        window = window[cut + 1 :]
    if lexicon.negation.search(window) or lexicon.kept_from.search(masked, max(0, m.start() - 60), m.start()):
        return ()
    if rule.not_after and rule.not_after.search(masked[max(0, m.start() - 60) : m.start()]):
        return ()
    rels = rule.relations
    if rule.by_words:
        rels = tuple(dict.fromkeys(rel for w, rel in rule.by_words if re.search(w, m.group(0), re.I)))
    # future or hypothetical: "if ...", "will ...", "a further invasion of Ukraine would produce"
    if rule.modality == "fact" and (
        (lexicon.hypothetical.search(window) and not lexicon.continuing.search(window))
        or _MODAL_AFTER.match(masked, m.end())
    ):
        rels = (rule.future,) if rule.future and not lexicon.speculative.search(window) else ()
    elif rule.modality == "intent" and lexicon.speculative.search(window):
        rels = ()  # "Iran could offer help" is no offer
    if rule.medium == "call" and not (call_document or _CALL_CUE.search(masked)):
        rels = (rule.otherwise,) if rule.otherwise else ()
    return rels


def _pairs(rule: Rule, m: re.Match, masked: str, found: list[Found], others_after: re.Pattern | None = None
           ) -> list[tuple[int, int]]:
    """(source, target) token pairs of a match; a rule without {S} takes the clause subject (never the
    target itself under another name: "Russia has a responsibility to cease its destabilizing activities")."""
    groups = m.groupdict()

    def inner(t: int, at: int) -> bool:  # the state's possessive or demonym names a body inside it
        if not (t < len(found) and found[t].type == "state"):
            return False
        after = next((x.end() for x in _TOKEN.finditer(masked, at) if x.group(1) == str(t)), len(masked))
        return bool(
            _INNER_BODY.match(masked, after) or (found[t].how == "demonym" and _INNER_AFTER.match(masked, after)))

    def others(t: int, at: int) -> bool:  # "Y's supporters", "Y's successor": people who are not Y
        after = next((x.end() for x in _TOKEN.finditer(masked, at) if x.group(1) == str(t)), len(masked))
        return others_after is not None and bool(others_after.match(masked, after))

    targets = [t for name, g in groups.items() if name.startswith("t") for t in _tokens(g)
               if not inner(t, m.start(name)) and not others(t, m.start(name))]
    sources = [t for name, g in groups.items() if name.startswith("s") for t in _tokens(g)
               if not inner(t, m.start(name)) and not others(t, m.start(name))]
    if rule.pairwise:
        group = sources or targets
        if all(t < len(found) for t in group) and named_together([found[t] for t in group]):
            return [(group[0], b) for b in group[1:]]  # "X spoke with A, B and C. They discussed ...": the caller
            # with each
        return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
    if not sources:
        # "with support from A" backs the leader of the action, not its partners
        named = {found[t].actor for t in targets if t < len(found)}
        same = {i for i, f in enumerate(found) if f.actor in named}
        sources = [t for t in _subject(masked, m.start(), same, co_agents=not rule.reverse, others_after=others_after)
                   if not inner(t, 0)]
    return [(a, b) for a in sources for b in targets]


def extract(article: Article, dictionary: Dictionary | None = None, lexicon: Lexicon | None = None, *,
            keep_finder: bool = False) -> Extraction:
    """Mentions and claims of one article; every claim's quote is `article.text[start:end]`. With `keep_finder`, the
    result keeps the mention finder for the parse engine to reuse.

    >>> from graph.articles import parse
    >>> a = parse("date: 2023-11-12\\n\\nVladimir Putin spoke by phone with Benjamin Netanyahu.", "x.txt")
    >>> [(c.source, c.relation, c.target) for c in extract(a).claims]
    [('Vladimir Putin', 'called', 'Benjamin Netanyahu')]
    """
    dictionary = dictionary or load_dictionary()
    lexicon = lexicon or load_lexicon()
    version = rules_version()
    finder = MentionFinder(article, dictionary, author=find_author(article, dictionary))
    text = finder.text  # (passages in capitals read in the usual capitals; quotes come from the article's text)
    title = article.title or ""
    call_document = bool(re.search(r"\b(?:call|telephone|phone)\b", title, re.I))
    mentions: list[Mention] = []
    sink = ClaimSink(article, EXTRACTOR, version, finder.actor_type)
    emit = sink.emit

    sentences = []
    for s, e in split(text, article.body_start):
        found = finder.sentence(s, e)
        sentences.append((s, e, found))
        mentions.extend(mentions_of(article.text, found))
        if text.find("reads", s, e) >= 0 and _SPEAKER.search(text, s, e):
            first = next((f for f in found if f.type == "person"), None)
            if first:
                finder.speaker = first.actor
        for f in found:
            if f.leads:
                emit(f.actor, "leads", f.role_of, s, e, "title.leads", {}, f)
        if len({f.actor for f in found}) < 2:  # a relation needs two actors
            continue
        masked = _mask(text, s, e, found)
        backed = "-" in masked and _BACKER.search(masked) is not None
        hedged = None
        for rule in lexicon.candidates(masked.lower()):
            for m in rule.regex.finditer(masked):
                rels = _relations_for(rule, m, masked, lexicon, call_document)
                if not rels:
                    continue
                if hedged is None:
                    hedged = bool(lexicon.hedge.search(masked))
                flags = {"hedged": hedged, "reported": bool(lexicon.reported.search(masked, 0, m.start()))}
                for a, b in _pairs(rule, m, masked, found, lexicon.others):
                    if a >= len(found) or b >= len(found) or (backed and _backer_only(masked, b, m)):
                        continue
                    t = found[b]
                    if not rule.reverse and t.how == "pronoun" and text[t.start : t.end].lower() in _SUBJECT_PRONOUNS:
                        continue  # "attacks on civilians in Y and we demand ...": a subject pronoun opens a clause of
                        # its own, it is no object listed
                    fa, fb = (found[b], found[a]) if rule.reverse else (found[a], found[b])
                    src, tgt = fa.actor, fb.actor
                    if rule.as_states and not (found[b].how == "pronoun" and found[b].type == "person"):
                        # (but a person's own support, "thanked Y for her support", is person to person, as the parse
                        # engine reads it; "thanked Egypt for its support" stays Egypt's, to the thanker's state)
                        src, tgt = finder.state_of(src) or src, finder.state_of(tgt) or tgt
                    for rel in rels:
                        emit(src, rel, tgt, s, e, rule.id, flags, fa, fb)
    follow_suit(sink, sentences, text)
    claims = postprocess(sink.claims)
    return Extraction(mentions=mentions, claims=claims,
                      actors=named_actors(list(finder.new_actors.values()), finder.author, mentions, claims),
                      sentences=sentences, finder=finder if keep_finder else None)


def named_actors(actors: list, author: str | None, mentions, claims) -> list:
    """The actors an article made, but a statement's author the dictionary lacked that no mention or claim names."""
    used = {m.actor for m in mentions} | {x for c in claims for x in (c.source, c.target)}
    return [a for a in actors if a.name != author or a.name in used]
