"""The parse engine: relation frames (data/frames.toml) matched over spaCy dependency parses.

Mentions come from the same dictionary resolver as the fast engine (names, titles on the article's date,
demonyms, metonyms, pronouns); spaCy gives lemmas, dependencies and entities. A frame names trigger lemmas
and where its two roles sit in the parse; voice, conjuncts, relative clauses, control verbs, negation,
modality and the account's event (who called or met whom) are handled here once, never per frame.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from .actors import DATA_DIR, Dictionary, load_dictionary, loose_form
from .errors import DataFileError
from .extract import (
    ClaimSink,
    Extraction,
    alternation,
    find_author,
    follow_suit,
    load_lexicon,
    mentions_of,
    named_actors,
    postprocess,
    read_toml,
    rules_version,
)
from .mentions import (
    BODY_WORD_IN_NAME,
    CALENDAR_WORDS,
    COUNTED_PLURAL,
    LEADING_OF,
    NAME_PARTICLES,
    NOT_LEADING,
    ORGAN_WORDS,
    PLURAL_PEOPLE,
    RANKS,
    SPEAKS,
    STYLES,
    UNIT_WORDS,
    WHOLE_STATE,
    Found,
    MentionFinder,
    named_together,
    office_words_before_name,
)
from .records import Actor, Article, Mention
from .sentences import quotations, split
from .taxonomy import is_symmetric, load_relations

FRAMES = DATA_DIR / "frames.toml"
EXTRACTOR = "parse"
ROLE_NAMES = re.compile(
    r"^(?:as_of|across|actor_subj|obj_self|inside|in_state|part_in|rebuilt|to_take|backing_of|opposer|opposed_to|joiners|time_given|subj|obj|objmod|objby|objfrom|objto|objwith|relief_in|voter|subj_doer|modified|presser|stative|hostposs|clause_subj|evaluated|blamed|demanded|alleged|titled|namedmod|titleposs|forposs|for_target|dative|poss|mod|light|during|purpose|ofby|defier|failed|is|xobj|xobj_self|objxobj|directed|blamed_on|alongside|attendees|if_subj|clause_if_subj|speaker|warned_not|warned_against|party_in|defied|told_to|with_subj|had_by|sharer|ofmod|appos|objmod_named|of_named|to_state|with_state|vower|vowed_to|objagainst|user|reldoer|after_subj|of_target|objof|objofmod|objbelonging|responded_to|xcomp_if_subj|demander|acceptor|loss_place|oprd_owner|oprd_by|objofact|call_to|travel_to|small_subj|dispute_parties|involving|honoree|held_for|by_forces|unowned_subj|view_holder|side_of|under_subj|in_subj|on_subj|demanding|from_passive|with_passive|helped|holder|compound_named|of_before_for|of_before_to|to_own|including|claim_that_subj|extraposed_subj|assured|penalized_act|objandofmod|defender|judged_here|voice|sought_by|purpose_with|purpose_alone|restored_owner|needs_of|letter_to|bank_owner|claimed_by|wrongdoer|done_by|governed_in|at_owned"
    r"|prep:[a-z ]+|between:[a-z]+|doer:[a-z]+|headprep:[a-z]+)$")
# where a frame's cue may be looked for (Frame.cue_scope, read by Reader.cue_lemmas)
CUE_SCOPES = ("clause", "complement", "demand", "warned", "medium", "particle", "sentence", "chain", "modifiers",
              "held", "place", "event", "tense", "object", "purpose", "condition", "named_as", "infinitive",
              "occasion", "not_topic", "recognized", "blamed_for", "object_phrase", "means", "time", "determined")
# the prepositions that name a verb's means ("met by video link") or the occasion it was done at ("at a virtual
# meeting": Reader.cue_lemmas, scope "means"), and the occasions whose kind tells the means ("at a virtual meeting",
# "in a videoconference", "on a video call")
_MEANS_PREPS = frozenset({"by", "over", "via", "in", "on", "at", "during", "through"})
_OCCASION_NOUNS = frozenset({"meeting", "call", "conference", "videoconference", "teleconference", "session", "summit",
                             "link", "chat", "conversation", "talk", "talks", "format"})
_CAP = re.compile(r"\s[A-ZÀ-Þ]")
# capitalised words that name no one: days, months, and the pronouns and articles that open a clause
_NOT_NAME = re.compile(r"(?:" + "|".join(CALENDAR_WORDS) + r"|The|This|That|These|Those|It|We|I|They|But|And|In|On|At|"
                       r"As|A|An)\b")

# verbs of pledging what a pact or treaty does ("a pact pledging mutual military assistance")
_PLEDGING = frozenset({"pledge", "promise", "guarantee", "commit", "oblige", "obligate", "provide", "include",
                       "contain", "bind"})
# heads of a phrase naming an armed force ("the Somali army", "Kenyan troops")
_ARMED_HEADS = frozenset({"army", "force", "forces", "troop", "troops", "military", "soldier", "soldiers", "police",
                          "militia", "militias"})
# nouns of a purpose an "in" or "with" phrase gives the verb's subject ("attacked Y in an effort / a bid to ...")
_PURPOSE_NOUNS = frozenset({"effort", "bid", "attempt", "aim", "intention", "goal", "hope", "push", "drive"})
# words of defending oneself: what it is defended against attacks the defender
_DEFENDING = frozenset({"defense", "defence", "self-defense", "self-defence", "defend", "protect"})
# verbs and nouns of supporting another against an attack: "support Y against Russian aggression", "help for Y against
# ...": the one supported is the one attacked
_SUPPORTING_AGAINST = frozenset({"support", "help", "assist", "back", "aid"})
# fighting another's attack: "Ukraine's fight against the Russian invasion" is Russia's attack on Ukraine, not Ukraine's
# on Russia
_RESISTING = frozenset({"fight", "fighting", "battle", "struggle", "resistance", "resist", "war"})
_ONSLAUGHTS = frozenset({"invasion", "aggression", "occupation", "attack", "assault", "onslaught", "incursion",
                         "offensive", "bombardment", "annexation", "siege"})
# words for an attack that may come ("against any future aggression")
_MAY_COME = frozenset({"any", "future", "possible", "potential"})
# nouns of a lasting aim whose owner does what "is to" says ("the priority of X is to support Y")
_POLICY_NOUNS = frozenset({"priority", "objective", "mission", "task", "policy", "purpose", "commitment"})
_AIM_NOUNS = _PURPOSE_NOUNS | _POLICY_NOUNS
# lower-case words a list of people with their titles may hold ("the defense minister, A, and the interior
# minister, B")
_LIST_TITLE_WORDS = frozenset({"the", "of", "and", "minister", "president", "prime", "vice", "deputy", "foreign",
                               "defense", "defence", "interior", "secretary", "chief", "head", "director", "general",
                               "ambassador", "adviser", "advisor", "envoy", "speaker", "chairman", "king", "crown",
                               "prince", "commander", "acting", "national", "security", "affairs", "state", "staff"})
# verbs of helping another's government ("deployed troops to Y to help the government")
_HELPING = frozenset({"help", "support", "assist", "aid", "bolster", "reinforce", "protect", "defend", "back", "train",
                      "strengthen"})
# what talks ended "with" (no party to them): "wrapped up talks in Beijing, with no apparent progress"
_OUTCOMES = frozenset({"progress", "result", "results", "success", "breakthrough", "agreement", "deal", "hope",
                       "hopes", "aim", "goal", "view", "outcome", "sign", "signs", "optimism", "expectation",
                       "expectations"})
# events a state is led in by the one who represents it ("Lavrov leads Russia in the talks")
_EVENTS_LED = frozenset({"talk", "talks", "negotiation", "summit", "meeting", "conference", "delegation", "discussion",
                         "dialogue", "forum", "session", "consultation", "round", "game", "games", "olympics"})
# verbs of wanting what one has not got ("hopes to receive aid")
_WISHING = frozenset({"hope", "want", "seek", "wish", "ask", "request", "need", "try", "aim", "plan"})
# verbs of receiving what another gives ("received $6 billion in aid from X")
_RECEIVING = frozenset({"receive", "get", "obtain", "secure", "accept"})
# verbs of leading a meeting one attends: "a summit chaired by X", "talks hosted by Y" (not "organized by", "called by")
_CHAIRING = frozenset({"chair", "co-chair", "cochair", "host", "co-host", "cohost", "moderate", "mediate"})
# means to a state's own condition ("efforts to restore Y's sovereignty": support.noun's "restored_owner")
_MEANS_TO = frozenset({"effort", "mean", "means", "step", "measure", "way", "solution", "initiative"})
_RESTORING = frozenset({"restore", "defend", "protect", "preserve", "uphold", "safeguard", "secure", "strengthen"})
_CLOSING = (",", "—", "–")  # what closes a name set off after a description of the day
# acts done to someone, whose "of" names who underwent them ("the executions of A and B"; data/frames.toml's
# undergone_nouns reads them in the frames, this list in the mends, which run before any frame is read)
_DONE_TO = frozenset({"execution", "arrest", "detention", "killing", "murder", "assassination", "imprisonment",
                      "jailing", "abduction", "kidnapping", "torture", "deportation", "expulsion", "sentencing",
                      "conviction", "poisoning", "persecution", "mistreatment", "incarceration"})


@dataclass(frozen=True)
class Frame:
    """One relation frame: trigger lemmas of one part of speech, the relation, and the roles that hold the
    source (`agent`) and the target (`patient`), each tried in order until one yields an actor."""

    id: str
    lemmas: frozenset[str]
    pos: str  # "verb" or "noun"
    relation: str
    agent: tuple[str, ...]
    patient: tuple[str, ...]
    future: str = ""  # relation when the clause is future or hypothetical ("" gives nothing)
    objects: frozenset[str] = frozenset()  # the direct object's lemma must be one of these
    subjects: frozenset[str] = frozenset()  # the subject's lemma (or the noun an infinitive modifies) is one of these
    cue: frozenset[str] = frozenset()  # a lemma of the trigger's clause must be one of these
    not_cue: frozenset[str] = frozenset()  # ... and none of these
    not_phrasal: frozenset[str] = frozenset()  # the trigger with one of these particles means another thing ("hit out")
    tags: frozenset[str] = frozenset()  # the trigger's tag must be one of these ("to counter", "countering": not
    # "countered", a reply)
    # where the cue is looked for: "clause", the trigger's whole clause; "complement", what the trigger says of its
    # object ("called Y a bully"); "demand", the act a verb of asking demands ("urged Y to stop", not "urged Y to
    # act ... to end the violence"); "chain", the trigger and the words that govern it ("applied to join", not
    # "joined ... two years after it applied"); "modifiers", the words that modify the trigger ("arms supplier");
    # "determined", those and its determiners ("any further aggression");
    # "held", those and the verb the trigger is the subject or object of ("sanctions would be lifted"); "place", the
    # "in"/"at" of a phrase of the verb, its object or its "with" phrase that names no time ("signed it in Asmara");
    # "event", an event noun's own phrase and the medium its light verb names ("held talks by phone"); "tense", the
    # word "present" when the verb tells a state of now ("heads Y", "Y, headed by X"); "object", the modifiers of the
    # verb's object and what a clause of pledging on it says ("signed a pact pledging mutual military assistance");
    # "purpose", the one an infinitive of helping helps, and "request" for "at the request of" (deployed "to help the
    # government fight ..."); "condition", the words that open a clause of condition on the trigger ("will punish Y
    # if ...", not "it is unclear if X will punish Y"); "named_as", the name a verb of naming gives its object, with
    # its modifiers and "of" phrase ("designated Y a terrorist group", "as a state sponsor of terrorism"; not "as its
    # partner in the fight against terror"); "infinitive", the verbs of the trigger's own "to" infinitives ("called Y
    # to congratulate him", not "called Y a killer and offered ..."); "time", the day the verb's own words give ("called
    # Y today", "on Monday")
    cue_scope: str = "clause"
    only_future: bool = False  # the frame reads only a future or hypothetical clause (a threat held out)
    not_condition: bool = False  # ... but not inside the "if" clause of another's threat
    own_side: bool = False  # the source (a clause's subject) is the trigger's subject or its side ("X warned it would")
    other_side: bool = False  # no target of the source's own side ("the Pentagon said US jets struck Y": no charge)
    context: bool = False  # a missing target is the counterpart in the account's call or meeting
    # a missing target named as "the attack" is that of the last attack told: "perpetrator" or "target"
    antecedent: str = ""
    pairwise: bool = False  # every pair of the patients ("talks between A, B and C")
    mutual: bool = False  # each side acts on the other ("the conflict between A and B", "A clashed with B")
    one_target: bool = False  # a demand on two parties at once is a mediator's, no blame ("urged A and B to refrain")
    asked: bool = False  # asking for the act is the relation, by the one who asks ("pushed for sanctions on Y")
    types: frozenset[str] = frozenset()  # both ends must be actors of these types
    agent_types: frozenset[str] = frozenset()  # the source must be an actor of these types
    targets: frozenset[str] = frozenset()  # the target must be one of these actors (a [words] list of names)
    target_words: frozenset[str] = frozenset()  # the target's name must hold one of these words ("Council")
    requires: tuple[tuple[str, frozenset[str]], ...] = ()  # (preposition, lemmas its object must be one of)
    typed: bool = False  # "military aid" gives backs_militarily, "financial aid" backs_financially
    strict: bool = False  # roles name actors themselves, not the possessor of another noun
    negated: bool = False  # the frame holds only when its trigger is negated ("would not rule out any option")
    # a person target stands for the state it serves when the source is no person ("X thanked Y for Russia's support":
    # Russia supports X's state)
    target_state: bool = False
    # roles tried for a target only when neither `patient` nor the account gives one ("condolences for the loss of life
    # in Y" after a call with Z goes to Z)
    fallback: tuple[str, ...] = ()
    # the sentence names no actor but the source, the target and their states ("arrived in Y to meet Z": the meeting
    # with Z is the relation; "arrived in Y for a summit with Z": Y is only the venue)
    sole: bool = False
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()
    counter: tuple[str, ...] = ()


@dataclass(frozen=True)
class Frames:
    frames: tuple[Frame, ...]
    words: dict = field(default_factory=dict)
    index: dict = field(default_factory=dict)  # (lemma, pos) -> frames
    trigger: re.Pattern | None = None  # surface pre-filter: a sentence without it is not parsed
    # ... unless it has a verb of saying and a word a reported judgement, charge or demand needs
    speech: re.Pattern | None = None
    judged: re.Pattern | None = None
    # ... or, for the frames that judge in a voice (agent "voice"), a word of theirs in a statement with its own voice
    # (its "I" or the government that publishes it) or with a verb of saying
    voiced: re.Pattern | None = None
    # "the attack", "Sunday's bombing": an event noun of [words] told before (frames marked `antecedent`)
    told_event: re.Pattern | None = None
    # "the move", "the decision": an act told before (frames marked antecedent = "perpetrator" or "act")
    told_act: re.Pattern | None = None
    # a body's head word alone opening a clause, as communiques write it ("Council condemns ...")
    bare_body: re.Pattern | None = None
    # (trigger, condition) of frames that need more than their lemma: "opened fire" (objects), a title given
    # to a name ("X, the President of Y", "Labour Party leader X")
    conditional: tuple[tuple[re.Pattern, re.Pattern], ...] = ()
    # an act noun -> the verbs that tell the act it names back ("takeover" -> seize, overthrow, ...)
    act_verbs: dict = field(default_factory=dict)

    def word(self, key: str) -> frozenset[str]:
        return self.words.get(key, frozenset())


def _forms(lemma: str) -> set[str]:
    """Regular inflections of a (last) word for the pre-filter; irregular ones are listed in the data file.

    >>> sorted({"meets", "meeting", "criticized", "stopped", "allies"} - _forms("meet") - _forms("criticize")
    ...        - _forms("stop") - _forms("ally"))
    []
    """
    w = lemma.split()[-1]
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "'s"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


_WISHING_FORMS = frozenset(f for w in _WISHING for f in _forms(w))


@lru_cache(maxsize=4)
def load_frames(path: str | Path = FRAMES) -> Frames:
    """Load the frames and the engine's English word lists; a malformed file names itself and the frame."""
    path = Path(path)
    data = read_toml(path)
    known = set(load_relations())
    words = {k: frozenset(w.lower() for w in v) for k, v in data.get("words", {}).items()}
    # the small model's lemmatiser errs on some forms ("waged" -> "wag"): light verbs are also known by their forms
    words["light_verb_forms"] = frozenset(f for w in words.get("light_verbs", ()) for f in _forms(w))
    # the modifiers that name a kind of aid, either kind ("military and humanitarian aid": both kinds)
    words["aid_kinds"] = words.get("military_aid", frozenset()) | words.get("financial_aid", frozenset())
    # the objects that may name an event told before, or its doers, in a blame "for" it (Reader.refers_to_event)
    words["told_or_doers"] = (words.get("event_nouns", frozenset()) | words.get("act_antecedents", frozenset())
                              | words.get("culprit_nouns", frozenset()) | _DOER_NOUNS | {"responsibility", "credit"})
    # subjects of a passive whose act is their agent's ("The attack was carried out by X and killed ...")
    words["agent_subjects"] = (words.get("event_nouns", frozenset()) | words.get("document_nouns", frozenset())
                               | _WEAPONS)
    # verbs of judging, saying or charging: "in an effort to ..." on one is no purpose of its act (`_purpose_of_act`)
    words["judging_verbs"] = frozenset().union(*(words.get(k, frozenset()) for k in (
        "reaction_verbs", "say_verbs", "charge_verbs", "critic_verbs")))
    # verbs of a clause telling what two parties said or discussed at their event ("During their meeting, A and B
    # discussed ...": `Reader._bind_their`)
    words["their_verbs"] = frozenset().union(*(words.get(k, frozenset()) for k in (
        "topic_verbs", "stating_verbs", "say_verbs"))) | {"agree", "exchange", "sign", "talk", "speak", "voice"}
    # "takeover:seize,overthrow,...": the nouns an act told by one of those verbs is named back with
    act_verbs = {noun: frozenset(verbs.split(",")) for noun, _, verbs in (
        pair.partition(":") for pair in words.get("act_verbs", ()))}
    words["act_verb_nouns"] = frozenset(act_verbs)
    frames = []
    ids: set[str] = set()
    for i, f in enumerate(data.get("frame", [])):
        fid = f.get("id", f"frame#{i + 1}")
        if fid in ids:
            raise DataFileError(str(path), f"frame {fid!r}: the id of another frame")
        ids.add(fid)
        for rel in (f.get("relation", ""), f.get("future", "")):
            if rel and rel not in known:
                raise DataFileError(str(path), f"frame {fid!r}: unknown relation {rel!r}")
        if f.get("antecedent", "") not in ("", "perpetrator", "target", "act"):
            raise DataFileError(str(path), f"frame {fid!r}: antecedent must be 'perpetrator', 'target' or 'act'")
        if f.get("cue_scope", "clause") not in CUE_SCOPES:
            raise DataFileError(str(path), f"frame {fid!r}: cue_scope must be "
                                           f"{', '.join(map(repr, CUE_SCOPES[:-1]))} or {CUE_SCOPES[-1]!r}")
        if f.get("pos") not in ("verb", "noun", "adj"):
            raise DataFileError(str(path), f"frame {fid!r}: pos must be 'verb', 'noun' or 'adj'")
        roles = (*f.get("agent", ["subj"]), *f.get("patient", ["obj"]), *f.get("fallback", []))
        bad = [r for r in roles if not ROLE_NAMES.match(r)]
        if bad:
            raise DataFileError(str(path), f"frame {fid!r}: unknown roles {bad}")
        examples = []
        for ex in f.get("examples", []):
            if not (isinstance(ex, list) and ex and isinstance(ex[0], str)):
                raise DataFileError(str(path), f"frame {fid!r}: an example is [sentence, 'A|relation|B', ...]")
            examples.append((ex[0], tuple(ex[1:])))
        lemmas = _listed(f["lemmas"], words, path, f"frame {fid!r}: lemmas")
        cue = _listed(f.get("cue", []), words, path, f"frame {fid!r}: cue")
        frames.append(
            Frame(
                id=fid,
                lemmas=frozenset(x.lower() for x in lemmas),
                pos=f["pos"],
                relation=f["relation"],
                agent=tuple(f.get("agent", ["subj"])),
                patient=tuple(f.get("patient", ["obj"])),
                future=f.get("future", ""),
                subjects=_listed(f.get("subjects", []), words, path, f"frame {fid!r}: subjects"),
                objects=_listed([v for v in f.get("objects", []) if v not in _OBJECT_KINDS], words, path,
                                f"frame {fid!r}: objects") | {v for v in f.get("objects", []) if v in _OBJECT_KINDS},
                cue=cue,
                not_cue=_listed(f.get("not_cue", []), words, path, f"frame {fid!r}: not_cue"),
                not_phrasal=frozenset(x.lower() for x in f.get("not_phrasal", [])),
                tags=frozenset(f.get("tags", [])),
                cue_scope=f.get("cue_scope", "clause"),
                context=bool(f.get("context", False)), only_future=bool(f.get("only_future", False)),
                not_condition=bool(f.get("not_condition", False)), own_side=bool(f.get("own_side", False)),
                other_side=bool(f.get("other_side", False)),
                antecedent=f.get("antecedent", ""),
                asked=bool(f.get("asked", False)),
                pairwise=bool(f.get("pairwise", False)),
                mutual=bool(f.get("mutual", False)),
                one_target=bool(f.get("one_target", False)),
                types=frozenset(f.get("types", [])),
                agent_types=frozenset(f.get("agent_types", [])),
                targets=frozenset(x.lower() for x in _listed(f.get("targets", []), words, path,
                                                             f"frame {fid!r}: targets")),
                target_words=frozenset(x.lower() for x in _listed(f.get("target_words", []), words, path,
                                                                  f"frame {fid!r}: target_words")),
                requires=tuple((k, _listed(v, words, path, f"frame {fid!r}: requires"))
                               for k, v in f.get("requires", {}).items()),
                typed=bool(f.get("typed", False)),
                strict=bool(f.get("strict", False)),
                negated=bool(f.get("negated", False)),
                target_state=bool(f.get("target_state", False)),
                fallback=tuple(f.get("fallback", [])),
                sole=bool(f.get("sole", False)),
                examples=tuple(examples),
                counter=tuple(f.get("counter", [])),
            )
        )
    index: dict[tuple[str, str], list[Frame]] = {}
    forms: set[str] = set(words.get("irregular", ())) - words.get("speech_forms", frozenset())
    forms |= words.get("phrasal_forms", frozenset())  # ("written off": a verb of saying in another sense)
    said: set[str] = set(words.get("speech_forms", ()))
    conditional = []
    in_voice: set[str] = set()
    for fr in frames:
        reported = set(fr.patient) <= _REPORTED_ROLES  # fires only with a judging word in the reported clause
        own: set[str] = set()
        for lem in fr.lemmas:
            index.setdefault((lem, fr.pos), []).append(fr)
            own |= _forms(lem)
        if reported:
            said |= own
        elif fr.agent == ("voice",):
            in_voice |= own
        elif (fr.objects and not fr.objects & {"@state", "@person"}) or "titled" in fr.agent:
            # (any state or person: no word to look for)
            conditional.append((own, fr))
        else:
            forms |= own
    needs = []
    for own, fr in conditional:
        own -= forms  # a form another frame triggers on is a trigger anyway
        if not own:
            continue
        if fr.objects:
            cond = r"\b" + alternation({f for o in fr.objects for f in _forms(o)}) + r"\b"
        else:  # a title in apposition, after a possessive, or right before a name
            titles = alternation(own)
            cond = (rf"(?:,\s+(?:the\s+|a\s+)?(?:\w+\s+)?|['’]s\s+(?:\w+\s+)?|\b(?:became|becomes|become|is|remains)\s+"
                    rf"(?:the\s+)?(?:\w+\s+)?)(?i:{titles})\b|\b(?i:{titles})\s+[A-Z]")
        needs.append((re.compile(r"\b" + alternation(own) + r"\b", re.I), re.compile(cond, re.I if fr.objects else 0)))
    judging = {f for key in ("judgements", "negative_evaluations", "act_evaluations", "blame_words", "demanded_acts",
                             "punished_acts", "illicit_verbs", "illicit_objects", "failure_nouns", "failing_verbs",
                             "crimes", "too_little", "misuses", "brands", "virtues")
               for w in words.get(key, ())
               for f in _forms(w)}
    trigger = re.compile(r"\b" + alternation(forms) + r"\b", re.I)
    speech = re.compile(r"\b" + alternation(said - forms) + r"\b", re.I) if said - forms else None
    judged = re.compile(r"\b" + alternation(judging) + r"\b", re.I) if judging else None
    voiced = re.compile(r"\b" + alternation(in_voice - forms) + r"\b", re.I) if in_voice - forms else None
    events = {f for w in words.get("event_nouns", ()) for f in _forms(w)}
    # ("condemned what he called a \"heinous terrorist attack\"": the free relative names an event told before)
    told_event = re.compile(r"\b(?:(?:the|this|that|these|those|\w+'s|\w+’s) (?:\w+ )?|what (?:[\w.]+ ){1,4}?"
                            r"(?:call|calls|called|termed|dubbed|described as|describes as) (?:an? |the )?[\"“']?"
                            r"(?:[\w-]+ ){0,2})" + alternation(events) + r"\b", re.I) if events else None
    acts = set(words.get("act_antecedents", ())) | words["act_verb_nouns"]
    days = "|".join(sorted(_DAY_WORDS))  # ("Wednesday's coup")
    told_act = re.compile(rf"\b(?:the|this|that|these|those|(?:{days})['’]s) (?:\w+ )?" + alternation(acts) + r"\b",
                          re.I) if acts else None
    return Frames(frames=tuple(frames), words=words, index=index, trigger=trigger, speech=speech, judged=judged,
                  voiced=voiced,
                  conditional=tuple(needs), told_event=told_event, told_act=told_act, act_verbs=act_verbs,
                  bare_body=re.compile(r"(?<![\w,] )" + alternation({w.capitalize() for w in heads}) + r"(?= [a-z])")
                  if (heads := words.get("body_heads")) else None)


_CHAMBERS = frozenset({"house", "chamber", "legislature"})  # a speaker's, besides the body heads
_REPORTED_ROLES = frozenset({"evaluated", "blamed", "demanded", "alleged", "failed"})
_STANCE_ACTS = frozenset({"support", "help", "assist", "aid", "back", "defend", "protect", "strengthen", "deepen"})
_TIMES_AHEAD = frozenset({"next", "upcoming", "coming", "tomorrow", "forthcoming"})
_INTENT_ADJECTIVES = frozenset({"determined", "resolved", "keen", "poised", "intent", "anxious", "bent"})
_GATHERINGS = frozenset({"summit", "conference", "forum", "assembly", "ceremony", "funeral", "inauguration"})
MAX_PAIRS = 6  # a pairwise frame over more pairs than four parties make tells no one pair's relation
LEAD_SENTENCES = 5  # the story's own event is told in its first sentences


# ---- reading the parse ------------------------------------------------------------------------------
_VERBAL = ("VERB", "AUX")
_BACKING_HEADS = frozenset({"support", "backing", "assistance", "aid", "help", "solidarity", "commitment"})  # (`_mend`)
_RAISED_WITH = frozenset({"raise", "share", "discuss", "convey", "communicate", "air", "take"})  # "raised it with Y"
_MEETING_VERBS = ("meet", "talk", "speak", "host", "receive", "confer", "gather")  # (`Reader._bind_where_they`)
_OWN_POSSESSIVES = ("its", "their", "his", "her")  # a possessive that names back, no owner of its own
_QUANTITIES = frozenset({"number", "dozen", "dozens", "handful", "series", "string", "couple", "part", "control",
                         "most", "mean", "means"})  # ("offer all means of support to Y")
_NON_STATE_PARTIES = frozenset({"rebel", "militant", "insurgent", "terrorist", "separatist", "extremist", "jihadist",
                                "guerrilla", "militia", "opposition"})
_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "number", "handful", "couple", "several",
                     "many", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# how far (in characters from the start of the sentence that tells it) a journey to a state makes later talks with
# its people talks there: the next sentence or two of a wire story
_JOURNEY_REACH = 400
# ... unless a sentence between them tells of going back or leaving (one the pre-filter may not parse)
_JOURNEY_OVER = re.compile(r"\b(?:returned|left|departed|flew home|flew back|headed home|went home)\b")
# the words of a state's armed services and its congress, which the recogniser may read with the state's name as a
# body of its own ("U.S. Army Special Forces", "the U-S Congress")
_ARMED_ORGANS = frozenset({"Congress", "Army", "Navy", "Air", "Force", "Forces", "Special", "Marine", "Marines",
                           "Corps", "Military", "Troops", "Soldiers"})
# words said, whose "from" phrase names who said them: "the accusations from the United Nations"
_SPOKEN_FROM = frozenset({"accusation", "allegation", "charge", "claim", "criticism", "threat", "demand", "warning",
                          "remark", "comment", "statement", "insult", "rhetoric"})
# the short names of states and unions that give before the gift they qualify: "offered U.S. support" (not "offered
# UNRWA support", "gave DPRK aid": the one given to)
_GIVER_ACRONYMS = frozenset({"U.S.", "US", "U.K.", "UK", "EU", "E.U."})
# areas "our" shares with others: "Our Hemisphere stands with Ukraine" is no act of the speaker's state alone
_SHARED_AREAS = frozenset({"hemisphere", "continent", "region", "world", "neighborhood", "neighbourhood", "planet"})
_PLACE_KINDS = frozenset({"resort", "city", "town", "capital", "village", "port", "province", "region", "island"})
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "moment", "night", "weekend"})
# verbs that move a thing from one place to another, no giving by either ("diverted aid from Ukraine to Israel")
_MOVING_AWAY = frozenset({"divert", "move", "transfer", "redirect", "shift", "withdraw", "take", "remove", "reroute",
                          "reallocate", "withhold"})
# gerunds of acts against their object: "support for defeating Y" is no support of Y
_HOSTILE_GERUNDS = frozenset({"defeat", "fight", "combat", "counter", "oust", "topple", "overthrow", "destroy",
                              "confront", "contain", "isolate", "sanction", "punish", "deter", "weaken", "eliminate",
                              "crush", "attack", "strike", "pressure", "stop", "curb", "dismantle", "degrade",
                              "disarm"})
# verbs of asking another to act: what the other is asked to hold out is no threat of the asker's own
_ASKING_VERBS = frozenset({"urge", "call", "ask", "press", "push", "request", "encourage", "demand", "implore",
                           "invite"})
# a state's missions abroad: a protest lodged with one is lodged with the state
_MISSIONS = frozenset({"embassy", "consulate"})  # (not "mission": "the U.N. Congo mission" is the UN's)
# places a signing or a meeting is held in ("signed it at a ceremony in the Angolan capital")
_VENUES = frozenset({"capital", "ceremony", "palace", "summit", "house", "residence", "headquarters", "base", "hotel",
                     "airport", "city", "kremlin", "embassy", "parliament", "hall", "castle", "resort", "centre",
                     "center", "building", "venue", "complex", "villa", "museum", "stadium", "square", "forum",
                     "lawn", "garden", "office", "ministry", "town"})
# a language is no place one signs in ("signed the letter in English and French")
_LANGUAGES = frozenset({"english", "french", "arabic", "russian", "spanish", "chinese", "german", "portuguese",
                        "persian", "farsi", "hebrew", "turkish", "japanese", "korean", "hindi", "urdu", "ukrainian",
                        "latin"})
# names that are no place one signs in: a day or a month ("signed in August 2009"), a language
_NOT_PLACES = frozenset(w.lower() for w in CALENDAR_WORDS) | _LANGUAGES
# acts of a condition that ask or grant a favour: no threat hangs on them ("if the US lifted sanctions")
_BENIGN_CONDITIONS = frozenset({"lift", "ease", "ask", "request", "agree", "accept", "invite", "want", "need", "seek",
                                "return", "cooperate", "release", "free", "negotiate", "welcome", "approve", "allow"})
# what an event noun is said to be, to come: "talks are expected / due / set / scheduled to begin"
_TO_COME = frozenset({"expect", "schedule", "set", "slate", "due", "plan", "likely", "poised", "tipped"})
# verbs by which an act leads another to react: "prompting Iran to condemn it"
_PROMPTING = frozenset({"prompt", "lead", "spur", "force", "provoke", "push", "cause", "trigger", "drive"})
# documents an event noun can name the kind of: "a protest note", "a condolence message"
_DOCUMENTS = frozenset({"note", "letter", "message", "telegram", "cable", "memo", "memorandum"})
# what a letter does ("a letter to SADC criticizing its silence")
_LETTER_ACTS = frozenset({"criticize", "criticise", "condemn", "accuse", "urge", "call", "ask", "demand", "denounce",
                          "protest", "warn", "threaten", "thank", "praise", "congratulate", "express", "request",
                          "propose", "inform", "complain", "reject", "deny", "support", "welcome", "appeal", "invite",
                          "offer", "blame", "question", "challenge", "seek"})
# verbs of using arms: "fired Iranian-supplied missiles", "drones used by Y"
_USING = frozenset({"fire", "use", "launch", "deploy", "operate", "fly", "wield", "employ", "shoot", "receive",
                    "possess", "acquire", "field"})
# armed parties in the plural: a participle right after one is theirs ("weapons to rebels trying to ...")
_ARMED_PLURALS = frozenset({"rebel", "militant", "fighter", "insurgent", "guerrilla", "separatist", "militia",
                            "jihadist", "extremist", "gunman"})
# a state's government by its formal name: "the (Transitional) Federal Government of Somalia"
_GOVERNMENT_OF = re.compile(r"(?:(?:Federal|Transitional|Interim|National|Provisional|Royal|Central) )*Government of "
                            r"(?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
# between a state or its organ and the name of one who speaks for it: "Kremlin spokesman ", "State Department
# spokeswoman "
_SPOKESMAN_GAP = re.compile(r"(?:['’]s)? (?:[a-z]+ )?(?:spokes(?:man|woman|person)|[Pp]ress [Ss]ecretary) ")
# what one is given to meet a demand: "gave Y 48 hours to leave"
_TIMES_GIVEN = ("hour", "day", "week", "month", "deadline", "ultimatum", "time")
# another state or place named by its north or south ("North Vietnam", "South Africa"): "the South" is not Korea's
_OTHER_HALF = re.compile(r"\b(?:North|South) (?:Vietnam|Yemen|Macedonia|Africa|Ossetia)\b")
# verbs that tell a scheduled event happened ("was scheduled for June 12 and took place in Singapore")
_HAPPENED = frozenset({"take", "hold", "open", "begin", "start", "convene", "proceed", "conclude", "end"})
# verbs that hold an event named as their object: "A and B resume talks on Friday" (a schedule in the present tense),
# not verbs that react to one ("Ukraine condemns Russia's attack on Monday")
_HOLDING = frozenset({"hold", "resume", "open", "begin", "start", "launch", "host", "conduct", "stage", "have"})
# what talks "through" or "via" are held by that is no third party ("via interpreters", "through the night")
_NOT_GO_BETWEENS = _TIME_NOUNS | {"interpreter", "translator", "evening", "morning"}
# the halves of a divided state, by either's name: "the North" and "the South"
_HALVES = {name: pair for pair in ({"North": "North Korea", "South": "South Korea"},
                                   {"North": "Sudan", "South": "South Sudan"}) for name in pair.values()}
# nouns that count or sort what their "of" phrase names: "a series of vitriolic comments", "a barrage of insults"
_COUNTING = frozenset({"series", "string", "barrage", "volley", "stream", "torrent", "flurry", "number", "lot", "kind",
                       "wave", "salvo"})
# nouns of will whose infinitive is the will-holder's act ("its readiness to provide assistance")
_WILL_NOUNS = frozenset({"readiness", "willingness", "intention", "decision", "commitment", "determination", "pledge",
                         "promise", "offer", "resolve", "plan", "bid", "desire", "wish", "preparedness"})
# ... of them, those of an act only intended: "their resolve to defeat ISIS" (not a commitment, a pledge or a promise,
# which stand by their object now, nor a decision, which often is the act: "the decision to recognize Y")
_INTENT_NOUNS = _WILL_NOUNS - {"commitment", "pledge", "promise", "offer", "decision"}
# verbs by which one voices one's own will ("reaffirmed its readiness", "took the decision")
_VOICING = frozenset({"reaffirm", "express", "confirm", "announce", "reiterate", "declare", "voice", "show",
                      "demonstrate", "underline", "stress", "emphasize", "emphasise", "make", "take", "signal"})
# verbs whose "against" + gerund tells an act advised or decided against, not done
_ADVISING = frozenset({"warn", "caution", "advise", "urge", "argue", "vote", "lobby", "campaign", "decide", "rule",
                       "counsel"})
_MEANS = frozenset({"operation", "strike", "airstrike", "raid", "attack", "bombing", "offensive", "ambush"})
# capitalised title words between a state's name or demonym and a person's name ("Rwandan [Minister of Foreign
# Affairs and International Cooperation] Vincent Biruta", "Australia['s Minister for Defense] X", "the People's
# Republic of China[ (PRC) Minister of National Defense, General] X"; not "Japan [and Foreign Minister] X")
_OFFICE_WORDS = (r"(?:intelligence|security|defen[cs]e|foreign|army|military|police|chief|minister|secretary|"
                 r"deputy|head|envoy|ambassador|spokesman|commander|state)")  # ("Egyptian intelligence chief X")
# (not "Turkey's state minister and X": two people); or a bare space, where the person's mention holds the title
# ("Venezuelan Interim President Juan Guaidó")
_TITLE_RUN = re.compile(r" |(?![^\n]*\s[a-z][\w.'’-]*\s+and\s+$)(?:['’]s|\))?(?:\s+\([A-Z]{2,6}\))?\s+"
                        r"(?:[A-Z][\w.'’-]*|" + _OFFICE_WORDS + ")"
                        r"(?:\s+(?:[A-Z][\w.'’-]*|of|and|the|for|on|" + _OFFICE_WORDS + r")|,\s+[A-Z][\w.'’-]*)*,?\s+")
_RULING_NOUNS = frozenset({"government", "regime", "administration", "leadership", "cabinet"})  # "his government's"
_SAID_ACTS = frozenset({"express", "extend", "convey", "reiterate", "reaffirm", "thank", "condemn", "commend",
                        "welcome", "applaud", "congratulate"})  # done by saying so ("I want to express")
_SENT_WORDS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "greeting", "greetings", "wish",
                         "wishes", "congratulations", "thanks"})  # ... and sending or offering these
_NOT_AS_NOW = frozenset({"replace", "overtake", "succeed", "supplant", "surpass", "displace", "oust", "unseat",
                         "want", "seek", "need", "wish", "hope", "prefer", "reject", "drop", "dump", "abandon", "lose"})
# titles of rank that name a person by surname alone ("Ambassador Huntsman", "General Tanasak")
_RANK_TITLES = frozenset({"ambassador", "minister", "secretary", "envoy", "senator", "governor", "general", "admiral"})
_CHANCE_NOUNS = frozenset({"opportunity", "chance", "occasion", "honor", "honour", "privilege", "pleasure"})  # (had
# the chance to do it: did it)
_VOWING = frozenset({"vow", "pledge", "promise", "threaten", "swear"})  # "vowed to ...", a speaker's own act


# kinds of object a frame's `objects` may name besides words and word lists: any actor of that type, or no object
_OBJECT_KINDS = frozenset({"@state", "@person", "@organization", "@group", "@none"})


def _listed(values, words: dict, path, where: str) -> frozenset[str]:
    """Words, with each "@name" replaced by the words of that word list of [words] ("@negative_evaluations")."""
    values = [values] if isinstance(values, str) else values
    for name in [v for v in values if v.startswith("@")]:
        if name[1:] not in words:
            raise DataFileError(str(path), f"{where} {name!r} names no word list of [words]")
    return frozenset(w for v in values for w in (words[v[1:]] if v.startswith("@") else (v,)))


def _and_states(actors, state_of) -> set[str]:
    """The actors with the states they lead or serve ("Mikheil Saakashvili" and "Georgia").

    >>> sorted(_and_states(["Putin", "Hamas"], {"Putin": "Russia"}.get))
    ['Hamas', 'Putin', 'Russia']
    """
    return {x for a in actors for x in (a, state_of(a)) if x}


def _purpose_of_act(noun, words) -> bool:
    """ "in an effort / a bid to ...", "with the aim of ...": a purpose an "in" or "with" phrase gives a verb's act, as
    an infinitive of purpose does (not "in a failed attempt", nor one with an owner of its own: "in Y's bid to ...";
    nor on a verb of judging, saying or welcoming, nor on one whose object is another's act: "condemned Y's strikes in
    an attempt to destroy Z" is Y's purpose; nor on an act one is accused or judged of: "accused Y of attacking Z in
    an effort to ...")."""
    if not (noun.lemma_.lower() in _PURPOSE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with")):
        return False
    v = noun.head.head
    if v.tag_ == "VBN" and not _children(v, "aux"):
        return False  # (a participle's purpose: "members moved and returned in a bid to pressure Y", whose doer the
        # parse does not tell)
    return v.pos_ in _VERBAL and v.lemma_.lower() not in words.get("judging_verbs", ()) and not (
        v.dep_ == "pcomp" and v.head.lower_ in ("of", "for")) and not any(
        o.lemma_.lower() in words.get("event_nouns", ()) or o.lemma_.lower() in words.get("act_nouns", ())
        for o in _children(v, "dobj")) and not any(
        c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES for c in _kids(noun)) and not any(
        c.lower_ in _FAILED for c in _kids(noun))


# words of an effort that came to nothing ("in a failed attempt to ...")
_FAILED = frozenset({"failed", "unsuccessful", "vain", "futile", "botched", "abortive", "doomed", "fruitless",
                     "thwarted", "foiled", "aborted", "stalled", "ill-fated", "unavailing"})


def _to_come(v) -> bool:
    """A verb with "will", "would" or "shall": an act still to come, or one in a condition."""
    return any(x.dep_ == "aux" and x.lower_ in ("will", "would", "shall", "'ll") for x in _kids(v))


def _only_possible(v) -> bool:
    """A verb with "may", "might" or "could" and no "have" or "be": an act that may yet happen ("might attack"), not
    one that may have ("may have violated", "could be arming")."""
    aux = [x for x in _kids(v) if x.dep_ == "aux"]
    return any(x.lower_ in ("may", "might", "could") for x in aux) and not any(
        x.lemma_.lower() in ("have", "be") for x in aux)


def _noun_acts(t, words) -> list:
    """A demanded act the parser took for a noun, with the one it is demanded of as its compound: "demanded (that)
    the LRA disarm" read as a noun phrase "the LRA disarm"."""
    return [c for c in _kids(t) if c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN" and c.tag_ == "NN"
            and c.lemma_.lower() in words.get("demanded_acts", ()) and any(
                x.pos_ == "PROPN" for x in _children(c, "compound"))] if t.pos_ in _VERBAL else []


def _phrasal(v) -> str:
    """A verb with its particle: "call off", "rule out" ("" without one)."""
    prt = _children(v, "prt")
    return f"{v.lemma_.lower()} {prt[0].lower_}" if prt else ""


# adverbs that deny the word they modify, as "not" does ("hardly one-sided", "never credible")
_HARDLY = frozenset({"hardly", "scarcely", "barely", "never"})
# words that keep talks of three or more parties apart ("separate talks", "virtual talks", "by video link")
_APART = frozenset({"separate", "separately", "indirect", "proximity", "virtual", "online", "link", "respective",
                    "parallel", "shuttle", "embassy", "embassies", "correspondence", "letter", "letters", "never",
                    "mediate", "mediated", "through", "via"})
# verbs of being on a list, and of putting a party on one ("remains on the U.S. list", "was added to it"; "is wanted
# on charges")
_BEING_ON = frozenset({"be", "remain", "stay", "appear", "feature", "land", "end", "sit", "want"})
_PUTTING_ON = frozenset({"put", "place", "add", "keep", "include", "list"})


def _hyphened(t) -> str:
    """The word a token ends when the parser split it at a hyphen ("one-sided" -> "one-sided" for "sided");
    "" otherwise.

    >>> from types import SimpleNamespace as T
    >>> doc = [T(text="one", lower_="one", whitespace_=""), T(text="-", lower_="-", whitespace_="")]
    >>> _hyphened(T(i=2, doc=doc + [None], lower_="sided"))
    'one-sided'
    """
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != "-" or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_:
        return ""
    return f"{doc[t.i - 2].lower_}-{t.lower_}"


_KIDS = "actornet_children"  # key of a parse's children table in its doc's user data (`_freeze`)


def _freeze(doc) -> None:
    """Mark a sentence's parse as read-only from now on (mended and its "what" named): its children are read once,
    here, and `_kids` and `_children` take them from this table instead of walking the parse each time (the readers
    ask for children tens of thousands of times per article; each walk makes a new token for each child)."""
    table = _Children([[] for _ in range(len(doc))])
    table.doc, table.toks = doc, list(doc)
    for t in table.toks:
        if (h := t.head.i) != t.i:
            table[h].append(t)
    doc.user_data[_KIDS] = table


class _Children(list):
    """A frozen parse's children table (token index -> its children, in order), its tokens (`toks`) and its doc. A
    doc made from it (`Doc.copy`, `Span.as_doc`) holds no table of its own: `_table` reads one only for the doc it
    was made for. (A frozen doc is not pickled: its table holds tokens.)"""

    doc: object
    toks: list

    def __copy__(self):
        return None

    def __deepcopy__(self, memo):
        return None


def _table(doc):
    table = doc.user_data.get(_KIDS)
    return table if table is not None and table.doc is doc else None


def _tokens(doc):
    """The sentence's tokens, in order: a frozen parse's one list of them (`_freeze`), else the doc."""
    table = _table(doc)
    return table.toks if table is not None else doc


def _kids(tok):
    """The token's children, in order: from the table of a frozen parse (`_freeze`), else spaCy's walk of the
    parse."""
    table = _table(tok.doc)
    return table[tok.i] if table is not None else tok.children


def _children(tok, *deps):
    return _of(_kids(tok), *deps)


def _of(kids, *deps):
    """`_children` of a word whose children are already read."""
    return [c for c in kids if c.dep_ in deps]


def _denied(tok) -> bool:
    """ "no sanctions", "neither side": a determiner that says there is none (not "no greater ally than Y", which
    says Y is the greatest)."""
    kids = _kids(tok)
    return any(c.dep_ == "det" and c.lemma_.lower() in ("no", "neither") for c in kids) and not (
        any(c.tag_ == "JJR" and c.dep_ == "amod" for c in kids) and any(c.dep_ == "prep" and c.lower_ == "than"
                                                                          for c in kids))


# verbs of saying, for `_mend` (which runs before any reader and has no word lists: `reporting_verbs` there)
_SAYING = frozenset({"say", "tell", "announce", "add", "claim", "insist", "note", "state", "declare"})
_SAYING_OR_CHARGING = _SAYING | {"allege", "charge", "maintain", "contend", "assert", "argue"}
# verbs that judge or acknowledge an act named as their object: not doing so leaves the act done ("did not condemn
# Russia's invasion of Y", "refused to recognize Moscow's annexation of Y") ...
_ACT_JUDGING = frozenset({"condemn", "criticize", "criticise", "denounce", "deplore", "recognize", "recognise",
                          "acknowledge", "legitimize", "legitimise", "condone"})
# ... but an act these name may not have taken place (beside the frames' future_modifiers)
_NOT_YET_DONE = frozenset({"threatened", "alleged", "rumored", "rumoured", "feared", "imminent", "any", "reported",
                           "suspected", "purported"})
_TALKING = frozenset({"speak", "talk", "meet", "confer", "converse", "consult"})  # "spoke with X to ...", for `_mend`
_TALK_RELATIONS = ("called", "met", "discussed_with")  # one encounter, told by any of the three
# the title of the readout of a call: "Call with", "Telephone conversation", not "renews call for ceasefire"
_CALL_READOUT = re.compile(r"\b(?:calls?|conversations?) (?:with|between|to)\b|\b(?:tele)?phone\b", re.I)
# ... or any title that names a call, or calls with several: "Readout of the President's Calls with X and Y", "Calls
# to Gulf Leaders" (for "spoke with"; not "rejects calls to resign")
_CALL_DOCUMENT = re.compile(r"\b(?:call|telephone|phone|conversation)\b|\b(?:calls|conversations) (?:with|between)\b"
                            r"|\b(?:calls|conversations) to (?:(?-i:[A-Z])|(?:world|foreign|regional|his|her|their)\b)",
                            re.I)
# verbs of carrying out an act: "launched attacks targeting Y" (the launcher's), for `Reader.subj`
_CARRYING_OUT = frozenset({"launch", "carry", "conduct", "mount", "stage", "wage", "intensify", "unleash", "escalate",
                           "step", "execute", "perpetrate", "commit"})
# verbs whose subject holds the talks they take for object ("held what the ministry called talks with Y")
_HOLDING_TALKS = frozenset({"hold", "have", "conduct", "begin", "start", "open", "resume", "continue", "conclude",
                            "complete", "wrap"})
# nouns of talks a free relative may name ("after what he called constructive talks with Y"), for `_mend`
_EVENT_TALKS = frozenset({"talk", "talks", "meeting", "discussion", "conversation", "negotiation", "consultation"})
# verbs of abetting someone: "sent the agents responsible", "sheltered those behind" (for `_inside_object`)
_ABETTING = frozenset({"send", "dispatch", "train", "arm", "fund", "finance", "shelter", "harbor", "harbour",
                       "protect", "hide", "shield", "support", "back", "employ", "hire", "direct", "command", "lead",
                       "sponsor", "recruit", "pay", "equip", "supply", "help", "assist", "aid", "include", "be"})
_PASSIVE_ROLES = frozenset({"from_passive", "with_passive"})  # roles that read a passive trigger only
_IN_WITH = frozenset({"solidarity", "coordination", "cooperation", "consultation", "partnership", "alliance",
                      "league", "concert", "tandem", "conjunction", "contact", "talks"})  # "in solidarity with Y"
_ADDRESSING = frozenset({"accuse", "urge", "call", "warn", "condemn", "criticize", "criticise", "praise", "thank",
                         "demand", "blame", "denounce", "ask", "appeal", "press", "challenge"})
# verbs with two objects, the one given to and the thing given ("sent Ukraine tanks"): not a name before its noun
_GIVING = frozenset({"give", "send", "offer", "provide", "sell", "hand", "supply", "grant", "lend", "show", "tell",
                     "promise", "deny", "owe", "pay", "bring", "award", "ask", "teach", "call", "name", "make"})
# things given that a name right before them receives, not qualifies ("offered Charles Taylor asylum")
_GIFTS = frozenset({"asylum", "sanctuary", "refuge", "shelter", "aid", "assistance", "help", "support", "loan",
                    "loans", "credit", "credits", "weapons", "arms", "condolence", "condolences", "sympathy",
                    "sympathies", "congratulations", "greetings"})
# ... of which these give a thing (not a name, a view or an answer): "promised Kyrgyzstan two billion dollars"
_GIVING_THINGS = _GIVING - {"call", "name", "make", "show", "tell", "ask", "teach", "deny"}
# verbs that judge another's act, beside the critic and charge verbs ("welcomed the airstrikes in support of Y")
_JUDGING_ACTS = frozenset({"protest", "deplore", "oppose", "reject", "slam", "decry", "welcome", "praise", "hail",
                           "applaud", "question"})
# a state's own conditions, no qualifiers of another noun ("Y's sovereignty and territorial integrity")
_OWN_STATES = frozenset({"sovereignty", "independence", "unity", "integrity", "existence", "statehood"})
# nouns that qualify aid as adjectives do, first in a list of kinds ("U.S. security, humanitarian and economic
# assistance"; `_mend`)
_AID_KIND_NOUNS = frozenset({"security", "defense", "defence", "development", "budget"})
# kinds of aid that are money, named beside arms ("security, humanitarian and economic assistance"), not a sum
_MONEY_KINDS = frozenset({"financial", "economic", "budgetary", "budget", "humanitarian", "loan", "economy"})
# kinds of arms that name an attack's means ("a drone and missile attack"; `_mend`)
_ARMS_MODIFIERS = frozenset({"drone", "missile", "rocket", "air", "ground", "artillery", "naval", "sea", "land",
                             "cyber", "chemical", "mortar", "tank", "ballistic", "suicide", "car"})
# attacks a relative clause of seeing may stand between with their target ("the largest attack ever seen against Y")
_SEEN_ATTACKS = _MEANS | {"war", "invasion", "assault"}
# verbs of paying a price held out: "if Y attacks, it will face sanctions" is Y's (`Reader.refs`, `Reader.subj`)
_PRICE_VERBS = frozenset({"face", "suffer", "pay", "incur"})  # (not "it will bear responsibility": a charge)
# the bereaved, whom condolences go to instead of the other party of a call (`_to_mourners`)
_MOURNERS = frozenset({"family", "families", "victim", "relative", "friend"})
# what a state's rulers answer for where it holds: "concerns about democracy in Belarus", "about human rights in Y"
# (not elections: "concern about the elections in Y being postponed because of the war")
_GOVERNED_IN = frozenset({"democracy", "right", "freedom", "repression", "crackdown", "corruption", "governance",
                          "censorship", "persecution"})
# ... and its safety: what one committed to it is committed to ("committed to the security of Y")
# (not "defence": an ally's, "committed to the defence of its allies")
_OWN_CONDITIONS = _OWN_STATES | {"security", "safety"}
# ... and its stability: "support for the stability of Jordan", "committed to the security of Y" stand for the state
# (for the words of backing only: `_BACKING_WORDS`)
_HELD_CONDITIONS = _OWN_CONDITIONS | {"stability"}
_BACKING_WORDS = _STANCE_ACTS | _BACKING_HEADS
# ... and its people, government and cause, which backing thanked for may be for ("Y's support for the Ukrainian
# people", "for the sovereignty of Armenia")
_PEOPLE_OF = _OWN_CONDITIONS | {"people", "nation", "population", "citizen", "refugee", "government", "force", "army",
                                "economy", "cause", "defense", "defence"}


_ARMED_BATTLE = frozenset({"pitched", "fierce", "heavy", "bloody", "running", "intense", "deadly", "armed", "street",
                           "gun", "ferocious", "furious", "violent", "major"})  # a battle fought with arms
# verbs beside the demanding_verbs word list whose "that" clause in the subjunctive is demanded: "insisted that Y
# withdraw"
_MANDATING = frozenset({"insist", "require", "recommend", "suggest", "stipulate"})
_VISIT_RULES = frozenset({"frame.meet.noun", "frame.meet.visit_verb"})  # a visit's state read as the one met
# a transcript's marks: a speaker's label opening a line ("LAVROV:", "QUESTION:", "Q:"), an interpreter's note
_TRANSCRIPT = re.compile(r"(?m)^(?:[A-Z][A-Z.'’ -]{1,40}|Q|Question)\s*(?:\([^)\n]{0,40}\))?\s*:|\((?i:retranslated|"
                         r"via interpreter|as translated)\)")
# a sentence told as another's view ("According to Moscow, ...", "In Moscow's view, ...")
_TOLD_AS_OTHERS = re.compile(r"\baccording to\b|\bin (?:the )?[\w’']+ view\b", re.I)


def _contact_clause(r, noun) -> bool:
    """A relative clause with no relative word, right after its noun, whose subject acts on the noun and which is
    not denied ("the meetings X had with Y"; not "the meeting X never had")."""
    return bool(_children(r, "nsubj")) and not _children(r, "dobj", "ccomp", "xcomp", "nsubjpass") and not any(
        c.tag_ in ("WDT", "WP", "WRB") or c.dep_ == "neg" or c.lower_ == "never" for c in _kids(r)) and (
        r.left_edge.i == noun.i + 1) and r.doc[noun.i + 1].tag_ not in ("WDT", "WP", "IN")


def _own_words(t, sentence: str) -> bool:
    """The trigger's clause is the sentence's own assertion: not in a clause another verb governs ("Iran's position
    is that ...", "Many believe ...") nor in a condition ("if ..."), not "according to" or "in X's view", not a
    question."""
    if sentence.rstrip().endswith("?") or _TOLD_AS_OTHERS.search(sentence):
        return False
    x = t
    while x.head.i != x.i:
        if x.dep_ in ("ccomp", "csubj") or x.dep_ == "advcl" and any(
                m.lower_ in ("if", "unless", "whether") for m in _kids(x)):
            return False
        x = x.head
    return True


# the agents of frames whose judgement is spoken: by the one whose words tell it ("speaker"), or also by a
# statement's own voice ("voice")
_SPEAKING = (("speaker",), ("voice",))
# a statement's author speaking as "I" (not "World War I", "Phase I"), outside quotation marks
_FIRST_SINGULAR = re.compile(r"\bI(?=\s+[a-z]|['’])|\b(?:my|me|My)\b")
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
# verbs whose subject voices a stance of its own ("A and B recognized the dangers of Y's behavior")
_STANCE_VERBS = frozenset({"recognize", "recognise", "agree", "note", "acknowledge", "believe", "think", "consider",
                           "view", "see", "feel", "express", "stress", "emphasize", "emphasise", "underscore",
                           "reiterate", "reaffirm", "discuss", "condemn", "denounce", "highlight", "share", "deplore",
                           "stand"})
# verbs of seeking a state of affairs ("seeks accountability", "called for accountability")
_SEEKING = frozenset({"seek", "pursue", "secure", "promote", "demand", "ensure", "want", "call", "press", "push",
                      "urge", "work"})
# verbs of doing whose relative clause names the doer of the act its noun names ("the attacks Russia carried out")
_DONE_BY = frozenset({"take", "carry", "launch", "conduct", "impose", "mount", "stage", "commit", "adopt", "wage",
                      "undertake", "perpetrate", "introduce", "deploy", "pursue", "inflict"})
_NAME_NOUNS = frozenset({"name", "nickname", "moniker", "title", "label", "epithet", "alias", "sobriquet"})
_NAMING_VERBS = frozenset({"call", "label", "brand", "term", "dub", "deem", "find", "declare", "pronounce"})
# nouns for those who act and speak, not things ("the government in Seoul had protested and called ...")
_ACTING_NOUNS = frozenset({"government", "army", "ministry", "council", "rebel", "military", "administration",
                           "authority", "regime", "force", "troop", "leader", "president", "minister", "official",
                           "spokesman", "spokeswoman", "country", "nation", "state", "party", "group", "movement",
                           "side", "police", "court", "parliament", "cabinet", "embassy", "militia", "junta",
                           "opposition", "delegation", "envoy", "ambassador", "prime", "king", "premier"})
_DESCRIBING_VERBS = frozenset({"describe", "characterize", "characterise", "view", "see", "regard", "denounce",
                               "condemn", "criticize", "criticise", "dismiss", "consider", "call", "brand", "label"})
# people a plural may name as the ones called something ("called Israeli leaders criminals")
_CALLED_PEOPLE = frozenset({"leader", "official", "minister", "general", "commander", "diplomat", "soldier", "troop",
                            "rebel", "militant", "authority", "ruler", "politician", "lawmaker", "government"})
_CALLING_VERBS = _NAMING_VERBS | _DESCRIBING_VERBS  # what one calls, or describes as, something


def _compound_modifiers(t) -> list:
    """The modifiers of `t`'s compound modifiers: "military" in "military advisory support", the kind of support."""
    return [m for c in _children(t, "compound") for m in _children(c, "amod", "compound")]


def _judged_with(t) -> bool:
    """`t` is the noun after "with" on the object of a verb of calling or viewing that says what something is ("views
    the actions, with the support of Turkey, as provocative"): the thing judged, not the judge, is what goes with
    it."""
    p = t.head if t.dep_ == "pobj" and t.head.lower_ == "with" else None
    o = p.head if p is not None else None  # (on the object judged: "views [the actions with the support of Turkey]
    # as provocative", or after it; not before: "with the support of France, the EU declared Hamas a terrorist
    # group", "Israel, with the backing of the US, described the strike as self-defense")
    v = o.head if o is not None and o.dep_ == "dobj" and o.pos_ == "NOUN" else o if o is not None and any(
        d.i < p.i for d in _children(o, "dobj")) else None  # (or on the verb, after its object)
    return v is not None and v.lemma_.lower() in _CALLING_VERBS and any(
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in _kids(v))


def _verb_not_noun(v, subjects) -> None:
    """A present-tense verb the tagger read as a plural noun, with the names before it as its modifiers: the verb, the
    names its subject (for `_mend`)."""
    v.pos_, v.tag_ = "VERB", "VBZ"
    for c in subjects:
        c.dep_ = "nsubj"


def _name_before_day(v):
    """The name right before a day the parser made the object of a preposition with the name its modifier, or None
    (for `_mend`, which makes the name the object and the day a time of the clause): "talks in Amman Thursday with
    Y", read as a day named "Amman Thursday" (VOA writes days without "on"); "met with Turkish Minister of Defense X
    today at the Pentagon", read as "with [... X] today"."""
    if v.dep_ != "pobj":
        return None
    if v.lower_ in _WEEKDAYS and v.i > 0 and (place := v.doc[v.i - 1]).head.i == v.i and (
            place.dep_ == "compound" and place.pos_ == "PROPN") and not any(
            c.i < place.i and c.dep_ == "compound" for c in _kids(v)):
        return place
    if v.lower_ in ("today", "yesterday", "tonight"):
        return next((c for c in _kids(v) if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                     and c.right_edge.i == v.i - 1), None)
    return None


# the heads of title phrases that a name may follow ("Politburo Member and Director of the Office ... Yang Jiechi")
_TITLE_HEADS = frozenset({"member", "director", "minister", "secretary", "chairman", "chairwoman", "chair", "head",
                          "chief", "commissioner", "envoy", "representative", "ambassador", "adviser", "advisor",
                          "counselor", "councillor", "councilor", "deputy", "governor", "president", "premier",
                          "speaker", "prince", "commander", "emir", "chancellor", "general"})
# title words that open a person's phrase right after a body's letters in brackets ("Lebanese Armed Forces (LAF)
# Commander General X": `_mend`)
_BRACKETED_BODY_TITLES = _TITLE_HEADS | {"administrator", "spokesman", "spokesperson", "spokeswoman", "leader",
                                         "coordinator"}
# ... and the nouns a name in apposition after their "from/of" state names ("his counterpart from the United
# Kingdom, X": `_mend`)
_COUNTERPART_HEADS = _TITLE_HEADS | {"counterpart"}


def _after_letters(doc, i: int) -> bool:
    """Whether a body's letters in brackets stand right before token `i`: "Lebanese Armed Forces (LAF) [Commander]"."""
    return i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "("


# nouns for a person one calls whose name may follow with no comma ("called her French counterpart Emmanuel Macron")
_CALLED_TITLES = frozenset({"counterpart", "president", "minister", "leader", "chancellor", "premier", "king", "emir",
                            "secretary", "ambassador", "envoy", "host", "ally"})


def _mend(doc) -> None:
    """Mend parses the model makes that English grammar rules out (`_parse` runs it once on every sentence).

    A verb in the past or present tense that the parser joined to an infinitive ("urged Iran to reconsider and met
    Y") hangs on the verb of that tense the infinitive belongs to: no infinitive is joined to a tensed verb, so "met"
    is the subject's own act, done, not one urged on Iran.

    A participle with a passive subject but no "be" or "get" before it and a subject after it ("A US report called
    al-Sadr's army a menace", read as "[a report] (was) called"): active, its passive subject the subject and the
    subject after it the object.

    Two objects, a name right before a noun ("defied U.N. Security Council demands"): one object, the name its
    qualifier.

    A participle joined to another with no subject of its own, right after a list the parser hung on the first one's
    object ("with A supporting the rebels and B, C and D backing the government"): the list after the object's "and"
    is the second participle's subject, not more of the first one's object.

    Two objects of a verb of giving, a name or pronoun first ("promised Kyrgyzstan more than two billion dollars"):
    the first the one given to.

    A day after a place ("talks in Amman Thursday with Y") that the parser read as one name, or after a name it made
    the day's modifier ("met with X today at the Pentagon"): the place or name the object of the preposition, the
    day a time of the clause (`_name_before_day`).

    A verb of naming with one indirect object before what it is called and no object ("Calling Israel a terrorist
    state, X said", read as calling something for Israel): the indirect object is the object.

    A noun with its owner called something, read as a modifier of what it is called ("called Y's remarks
    indefensible", "called Y's rule illegitimate"): the noun with its owner is the object.

    A noun called something with an adjective right after it that the parser made the noun's modifier ("called
    Y's remarks outrageous" read as "called [Y's outrageous remarks]"): the noun the object, the adjective what it
    is called.

    A name right after a verb of giving, read as a modifier of the thing given with an adjective between them
    ("promised Macedonia economic aid") or as a name qualifying it ("offered Charles Taylor asylum"): the one it is
    given to.

    A verb of calling joined to a reported clause whose subject is a thing, with no subject of its own ("denied that
    the plant made weapons and called the strike aggression"): the reporting verb's conjunct, its subject's act.

    A verb of calling whose object the parser read as a verb with an object of its own ("called Y's remarks an
    attack", read as "Y's [remarks] an attack"): the object a plural noun, its object what it is called.

    Two subjects, a noun right before a name ("Serbia's ally Russia has rejected ...", "the US and its ally the
    Philippines signed ..."): the name an apposition of the noun.

    Two subjects, the second a noun set off by commas ("A, B and C, all allies of Y, pledged ..."): the second an
    apposition of the first.

    A verb of calling or considering with a clause of a noun and no verb ("considers Russia its main ally", read as
    "[Russia (is)] its ally"): the subject the object, the noun what it is called.

    "Sides" with a name before it and "with" after it ("Venezuela sides with Cuba", read as a noun): the verb; so is
    a plural noun heading a relative clause with a relative pronoun for its object ("which Ukraine accuses of ...").

    A noun joined to a verb's object right before a joined verb's "would" or "had", that verb with no subject ("A
    defeated B and C would move into D"): the joined verb's subject.

    A verb of speaking to or of someone in the past tense, with an object and no subject, joined to a reported verb
    in another tense, after a modal or after "be" ("said the United States was supplying weapons and accused
    Eritrea"): the speaker's own act, joined to the verb of saying. So is a vow in the past tense with an infinitive,
    joined to a reported verb in the present ("has claimed that Taiwan is part of its territory and vowed to ...").

    "With" right after "in solidarity", "in coordination", "in talks" hung elsewhere ("broke off relations with
    Colombia in solidarity with Ecuador"): it goes with that noun.

    A noun with an article and a place of its own joined to the place of the noun before it ("struck camps in
    Afghanistan and a factory in Sudan"): joined to that noun.

    A participle right after an armed party in the plural, read as the verb's ("supplies weapons to al-Shabab rebels
    trying to overthrow the government"): it modifies them.

    "For" hung on a name the parser read as a time of the verb ("arrived in the capital, Port-au-Prince, earlier
    Wednesday for talks with Y"): it goes with the verb.

    A tensed verb with no subject after an opening phrase that ends in a comma and a list (or a name) the parser joined
    to the phrase's last noun ("During talks in Beijing, Xi and Putin signed a deal", read as "in [Beijing, Xi and
    Putin]"; "After a meeting with Minister X, Y said", read as "X, Y"); and one whose subject the parser took from
    such a phrase's gerund ("After meeting X, Y said", read as "[X, Y] said"):
    the list after the comma is the verb's subject.

    A verb of fighting after a verb of helping and an armed force, read as a noun the force qualifies ("helped the
    Somali army battle Y", "helping Somalia's army fight Y" read as "[army battle] Y" or "the army fight, Y"): the verb
    a clause of the helping verb, the force its subject and the party its object.

    A noun with two names in apposition and a second noun joined between them ("met the defense minister, A, and the
    army chief, B", read as "minister, [A and chief], B" with B the minister's too): the second noun is joined to the
    first, the second name is the second noun's.

    "Made (it) clear that ..." (the clause hung on "clear" or on the verb): a verb of saying, the clause its own.

    "Stand shoulder to shoulder with Y" read with the second "shoulder" a verb: its preposition is the verb's.

    "Offered Y whatever assistance it needs" read as a clause "[whatever assistance] it needs" of the verb: the noun
    is the verb's object, the clause a relative clause on it, an object before it the one given to. "Any and all
    needed assistance" read as the pronoun "any" with the noun joined to it: the noun in the pronoun's place.

    "For" hung on the last of a list of backers in the "of" phrase of a backing ("the support of A and other B nations
    for Y"): it goes with the backing.

    A noun with a name in apposition set off by commas and a conjunct after the closing comma hung on the name
    ("Turkey's prime minister, Erdogan, and his Iraqi counterpart, al-Maliki, discussed ..."): the conjunct is joined
    to the noun, the two are the subject together.

    "Spoke / met with X to consult about ..." read as a clause "X to consult" hung on "with": X is who is spoken with,
    the infinitive the purpose of speaking.

    A noun named by a free relative "what he called X" ("held what he called constructive talks with Y", "after what
    he called constructive talks with Y"): the noun stands where the free relative stood, the clause modifies it.

    A clause "for Y to V" or an infinitive right after a noun of calling that the parser hung on the noun's verb
    ("renewed his call for Assad to step down", "dismissed calls from Spain to withdraw"): the noun's, what is called
    for.

    A name closing the sentence after a comma, read as an adverbial noun of the verb whose object, a common noun with
    its article, ends right before the comma ("backs the head of the ruling coalition, Saad Hariri."): the object's
    apposition.

    "With" hung on a place after "in" or "at" on a verb whose object is talks ("opened talks Saturday in the Kremlin
    with Y"): a place takes no "with"; it goes with the verb.

    A noun of a phrase on a verb of calling's object, read as the modifier of a noun after an opening quotation mark
    ("called the incursion into Turkish airspace “dangerous” behavior", read as "into [airspace “dangerous”
    behavior]"): the noun ends the phrase, the quoted words are what the object is called.

    A state's own condition joined to an adjective and read as a modifier of the noun after it ("Ukraine's sovereignty
    and territorial integrity", read as "[sovereignty and territorial] integrity"): the two nouns are joined.

    A relative clause of killing or wounding, with "that" or "which" for its subject and no auxiliary, on the one an
    attack struck ("an attack on a U.N. convoy of peacekeepers that killed one", "the attack against MINUSMA, the UN
    mission, which killed four"): the attack did it; the clause is the attack's.

    A participle hung on the one a letter or message is sent to ("wrote a letter to SADC criticizing its silence"):
    the letter's.

    A preposition joined to a verb above the phrase of the same preposition before it ("condolences to the victims,
    and to the governments of A and B", the second "to" read as joined to "want"): joined to that phrase.

    "Offensive" read as an adjective after the noun it is said to modify ("an air and ground offensive against Y",
    read as "[air and ground] offensive" with "offensive" an adjective of "air"): the noun, the words before it its
    modifiers.

    A name after a comma read as the object of a verb whose "with" phrase names people before it ("met with A, B, C
    and D", the list's end read as what was met): joined to the list.

    A name read as the apposition of a name before it, with a title joined to that name in between ("A and NSC
    Director for European Affairs B"): the second name is joined to the first, the title is the second's.

    An infinitive with no subject of its own read as an adverbial clause of an adjective that complements a verb
    ("remains committed to help Y", "is determined to defeat Y"): the adjective's complement, its subject the verb's.

    "Neighboring" read as a verb whose object is the name right after it ("accused neighboring Chad of supporting Y",
    read as "accused (to be) neighboring Chad"): the name's adjective, the name in its place, the rest the verb's.

    One more accused with an act of its own ("accused the peacekeepers of supporting the separatists and Russia of
    trying to annex Y"), read as one more object of the first act: joined to the first one accused, with its "of".

    "Of" hung on "world" or "region" after a superlative noun's "in" ("the largest recipient in the world of U.S.
    aid"): the noun's.

    A clause opened by an inverted "should" read as a second thing said ("said X would impose costs should Y
    invade"): a condition on the verb before it.

    Two names of two words each joined by "and", read as one name whose first words are joined ("Abdoulaye Diop and
    Kalla Ankourao met", read as "[Abdoulaye Diop and Kalla] Ankourao"): two names joined (`_split_joined_names`).

    A name after "and" in a dash aside right after a subject, joined to a word before it ("On Monday, Russia—and
    Belarus—attacked Kyiv", Belarus read as joined to "On"): joined to the subject.

    The object of a verb read as the apposition of "terms" in "in the strongest possible terms" ("condemns in the
    strongest terms Y's attack"): the verb's object.

    Two kinds of arms joined before an attack noun, read as the first joined to the attack ("Y's drone and missile
    attack against Z"): one attack, the two its modifiers.

    "Against" or "on" hung on a relative clause of seeing on an attack ("one of the largest attacks the world has
    ever seen against Y"): the attack's.

    A capitalized "Ally" read as part of the name after it ("our NATO Ally Türkiye"): the noun, the name its
    apposition.

    A noun of aid's kind or an adjective in a noun's place joined to adjectives and a noun ("the U.S. security,
    humanitarian, and economic assistance", "Y's humanitarian, security, and economic needs"): one noun, the kinds
    its modifiers.

    A participle of a letter's act read as the second object of "to" ("sent a message to Y expressing condolences"):
    it follows its name (and goes to the message, with the repair above)."""
    toks = list(doc)  # (one view of each word for all the repairs: a view reads the word's current head and label)
    for t in toks:  # "During her visit to Y, Under Secretary X met Z", "Under" read as a preposition whose object is
        # X: the title's first word, X the subject of the verb right after the phrase, which has none
        if t.text == "Under" and t.dep_ == "prep" and t.i + 1 < len(toks) and toks[t.i + 1].text.startswith(
                "Secretary") and t.right_edge.i + 1 < len(toks) and (v := toks[t.right_edge.i + 1]).pos_ == "VERB" and (
                not _children(v, "nsubj", "nsubjpass")) and (name := next((
                    o for o in _children(t, "pobj") if o.i == t.right_edge.i and o.pos_ == "PROPN"), None)) is not None:
            name.head, name.dep_ = v, "nsubj"
            for c in [c for c in _kids(t) if c.i != name.i]:
                c.head, c.dep_ = name, "compound"
            t.head, t.dep_ = name, "compound"
    for t in toks:  # (the three repairs of one word each, in one pass)
        if t.lower_ == "should" and t.dep_ == "aux" and (v := t.head).dep_ in ("ccomp", "conj") and _inverted_should(
                v) and (prior := next((x for x in reversed(toks[: t.i]) if x.pos_ == "VERB" and x.head.i == v.head.i
                               and x.i != v.head.i), None)) is not None:
            # "said the United States would impose costs on Y should it invade Z", read as two things said: the
            # inverted "should" opens a condition on the verb before it
            v.head, v.dep_ = prior, "advcl"
        if t.lower_ in ("neighboring", "neighbouring") and t.pos_ == "VERB" and t.dep_ in (
                "xcomp", "ccomp", "dobj", "pcomp") and t.head.i != t.i and (o := next(
                (c for c in _kids(t) if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == t.i + 1
                 and t.doc[t.i + 1].pos_ == "PROPN"), None)) is not None:  # (or its noun: "neighboring Chad's army")
            o.head, o.dep_ = t.head, "pobj" if t.dep_ == "pcomp" else "dobj"
            for c in [c for c in _kids(t) if c.i > o.i]:
                c.head = o.head
            t.head, t.dep_, t.pos_, t.tag_ = o, "amod", "ADJ", "JJ"
        elif t.dep_ == "advcl" and t.tag_ == "VB" and _infinitive(t) and t.head.pos_ == "ADJ" and (
                t.head.dep_ == "acomp") and not _children(t, "nsubj", "nsubjpass", "mark") and t.i > t.head.i:
            t.dep_ = "xcomp"
        elif t.lower_ == "offensive" and t.pos_ == "ADJ" and t.dep_ == "amod" and (h := t.head).i < t.i and (
                h.pos_ == "NOUN") and not any(c.i > t.i for c in _kids(h) if c.dep_ in ("amod", "compound")):
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", "offensive"
            t.head, t.dep_ = (h.head, h.dep_) if h.head.i != h.i else (t, "ROOT")
            for c in [c for c in _kids(h) if c.i > t.i or c.dep_ in ("det", "poss") or c.dep_ == "amod"
                      and c.i < h.i]:
                c.head = t
            h.head, h.dep_ = t, "compound"
    for c in toks:  # "grieves with the people of A, B and other nations affected by the attacks and stands with
        # them", read as "[affected ... and stands]": a verb of a tense with no subject of its own is not joined to a
        # participle that describes a noun; it is joined to the verb of that tense the noun hangs under
        h = c.head
        if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBD", "VBP") and h.tag_ == "VBN" and h.dep_ == "acl" and (
                h.i < c.i and not _children(c, "nsubj", "nsubjpass")) and (main := next((
                    a for a in h.ancestors if a.pos_ in _VERBAL and a.tag_ == c.tag_ and a.i < h.i), None)) is not None:
            for x in _kids(h):
                if x.dep_ == "cc" and x.i < c.i and x.i > h.i:
                    x.head = main
            c.head = main
    for c in toks:  # "to offer support and condemn reports of Y's attacks", read as "offer [support and condemn]
        # reports": a bare verb joined to a noun that modifies the verb's object is a second verb, the object its own
        n = c.head
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" and n.pos_ == "NOUN" and n.i < c.i and (
                n.dep_ in ("nmod", "compound")) and (o := n.head).i > c.i and o.dep_ == "dobj" and (
                (v := o.head).pos_ == "VERB" and v.i < n.i and not _children(c, "dobj")) and all(
                x.i > c.i for x in o.lefts if x.i != n.i):
            n.head, n.dep_ = v, "dobj"
            c.head = v
            for x in _kids(n):
                if x.dep_ == "cc" and n.i < x.i < c.i:
                    x.head = v
            o.head, o.dep_ = c, "dobj"
    for n in toks:  # "condemned the regime's executions of activists and elected leaders A, B and C", read as
        # "[executions] and [leaders] and [A]": those joined after the "of" phrase of an act done to someone are more of
        # the ones it was done to (not "the killing of X and the arrest of Y", an act of its own)
        if n.lemma_.lower() not in _DONE_TO or n.pos_ != "NOUN" or not (
                victims := [o for p in _kids(n) if p.dep_ == "prep" and p.lower_ == "of" for o in _kids(p)
                            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]):
            continue
        joined = [c for c in _kids(n) if c.dep_ in ("conj", "appos") and c.i > victims[0].i
                  and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _DONE_TO
                  and not any(p.dep_ == "prep" and p.lower_ in ("of", "by") or p.dep_ in ("det", "poss")
                              for p in _kids(c))]  # (not "and the attacks by Russia", "and Russia's invasion")
        for c in joined:
            c.head = victims[0]
        for cc in [x for x in _kids(n) if x.dep_ in ("cc", "punct") and x.i > victims[0].i] if joined else ():
            cc.head = victims[0]
    for n in toks:  # "reaffirmed the United States' and NATO's commitment to Y", read as two objects, "the United
        # States'" and "NATO's commitment": one possessed noun, two possessors joined
        if n.dep_ in ("dobj", "pobj", "nsubj") and n.pos_ == "PROPN" and n.i + 3 < len(doc) and (
                toks[n.i + 1].dep_ == "case" and toks[n.i + 1].head.i == n.i) and (
                cc := toks[n.i + 2]).dep_ == "cc" and (
                cc.lower_ in ("and", "or")) and (second := toks[n.i + 3]).dep_ == "poss" and (
                (noun := second.head).pos_ == "NOUN" and noun.dep_ == "conj" and noun.head.i == n.head.i
                and noun.i > second.i):
            noun.head, noun.dep_ = n.head, n.dep_
            n.head, n.dep_ = noun, "poss"
            second.head, second.dep_ = n, "conj"
            cc.head = n
    for n in toks:  # "warn Y against strikes on the Assad government, a longtime Russian ally", read as a second
        # object of "warn": the description at the sentence's end is of the noun right before its comma
        if n.dep_ == "dobj" and n.pos_ == "NOUN" and n.head.pos_ == "VERB" and toks[n.left_edge.i].lower_ in (
                "a", "an") and n.left_edge.i > 1 and toks[n.left_edge.i - 1].text == "," and (
                n.right_edge.i + 1 < len(doc) and toks[n.right_edge.i + 1].text in (".", "?", "!")) and any(
                o.dep_ == "dobj" and o.i < n.left_edge.i for o in _kids(n.head)) and (
                (p := toks[n.left_edge.i - 2]).pos_ in ("NOUN", "PROPN") and p.dep_ in ("pobj", "dobj")
                and p.i > n.head.i and p.right_edge.i == p.i):
            n.head, n.dep_ = p, "appos"
    for n in toks:  # "On August 9, the anniversary of the election, the United States unveiled ...", read with the
        # description of the day as the subject and the name an apposition inside it: the name is the subject, the
        # description the day's apposition, and what the parser hung on the description after the name the verb's
        if n.dep_ != "nsubj" or n.pos_ != "NOUN" or (v := n.head).pos_ not in _VERBAL or v.i < n.i or (
                n.left_edge.i < 3 or toks[n.left_edge.i - 1].text != ","):
            continue
        day = toks[n.left_edge.i - 2]
        while day.dep_ != "pobj" and day.head.i != day.i and day.head.i < n.left_edge.i:
            day = day.head  # ("On August 9,": the day's phrase, not its number)
        opening = day.head if day.dep_ == "pobj" else None
        if opening is None or opening.dep_ != "prep" or opening.head.i != v.i or opening.i != n.sent.start or (
                day.right_edge.i != n.left_edge.i - 2 or not (day.lower_ in _WEEKDAYS or any(
                    x.text in CALENDAR_WORDS or x.like_num for x in toks[opening.i + 1 : day.i + 1]))):
            continue
        named = next((x for x in n.subtree if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i > n.i and (
            toks[x.left_edge.i - 1].text == ",") and x.right_edge.i + 1 < v.i and (
                toks[x.right_edge.i].text in _CLOSING or toks[x.right_edge.i + 1].text in _CLOSING)), None)
        # (the comma that closes the name may hang on it or come after it)
        if named is None:
            continue
        for c in [c for c in n.subtree if c.i > named.right_edge.i and c.head.i < named.i and c.head.i != c.i]:
            # (a clause after the name is the name's: "..., Israel, backed by the United States, struck Y")
            c.head = named if c.dep_ in ("acl", "relcl", "appos") else v
        named.head, named.dep_ = v, "nsubj"
        n.head, n.dep_ = day, "appos"
    for n in toks:
        if n.dep_ == "npadvmod" and n.pos_ == "PROPN" and n.ent_type_ != "DATE" and n.head.pos_ == "VERB" and (
                n.left_edge.i > 1 and toks[n.left_edge.i - 1].text == "," and n.right_edge.i + 1 < len(doc)
                and toks[n.right_edge.i + 1].text in (".", "?", "!") and n.lower_ not in _WEEKDAYS) and (
                obj := next((o for o in _kids(n.head) if o.dep_ == "dobj" and o.pos_ == "NOUN"
                             and o.right_edge.i == n.left_edge.i - 2
                             and any(d.lower_ == "the" for d in _kids(o))), None) or next((
                    # ("meeting with the President of the Chamber of Deputies, Nabih Berri.": a title in a phrase)
                    o for o in toks[n.head.i + 1 : n.left_edge.i - 1] if o.pos_ in ("NOUN", "PROPN")
                    and o.dep_ == "pobj" and o.right_edge.i == n.left_edge.i - 2 and o.lemma_.lower() in _TITLE_HEADS
                    and any(d.lower_ == "the" for d in _kids(o))), None)) is not None:
            n.head, n.dep_ = obj, "appos"
    for n in toks:
        if n.lemma_.lower() in ("call", "appeal", "demand", "plea") and n.pos_ == "NOUN" and n.dep_ == "dobj" and (
                n.head.i != n.i):
            c = next((c for c in _kids(n.head) if _for_clause(c) and c.left_edge.i == n.right_edge.i + 1), None)
            if c is not None:
                c.head = n
                continue
            # ("his call for Bashar al-Assad | to step down": "for" a preposition, the infinitive the verb's)
            p = next((p for p in _kids(n) if p.dep_ == "prep" and p.lower_ == "for"), None)
            y = next((y for y in _kids(p) if y.dep_ == "pobj"), None) if p is not None else None
            c = next((c for c in _kids(n.head) if c.dep_ == "advcl" and c.left_edge.i == y.right_edge.i + 1
                      and c.left_edge.lower_ == "to" and not any(x.dep_.startswith("nsubj") for x in _kids(c))),
                     None) if y is not None and y.right_edge.i == n.right_edge.i else None
            if c is not None:
                c.head = n
                p.head, p.dep_ = c, "mark"
                y.head, y.dep_ = c, "nsubj"
                continue
            # ("dismissed calls from Spain | to withdraw its forces": what is called for, the verb's to the parser)
            c = next((c for c in _kids(n.head) if c.dep_ == "advcl" and c.left_edge.i == n.right_edge.i + 1
                      and c.left_edge.lower_ == "to" and c.left_edge.head.i == c.i
                      and not any(x.dep_.startswith("nsubj") for x in _kids(c))), None)
            if c is not None:
                c.head, c.dep_ = n, "acl"
    for v in toks:
        if v.lemma_.lower() not in ("call", "describe", "term", "dub") or v.dep_ not in ("ccomp", "pcomp", "dobj") or (
                v.head.i == v.i):
            continue
        what = [c for c in _kids(v) if c.dep_ == "dobj" and c.lower_ == "what" and c.i < v.i]
        named = [c for c in _kids(v) if c.dep_ in ("oprd", "dobj") and c.pos_ == "NOUN" and c.i > v.i] or [
            o for c in _kids(v) if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i
            for o in _kids(c) if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # ("described as productive talks")
        held = v.dep_ in ("ccomp", "dobj") and v.head.lemma_.lower() in _HOLDING_TALKS and any(
            c.dep_ == "nsubj" for c in _kids(v.head))  # the object of "held" with a subject of its own (not
        # "condemned what Kyiv called talks with Y": Kyiv's talks)
        if len(what) == 1 and len(named) == 1 and named[0].lemma_.lower() in _EVENT_TALKS and (held or all(
                c.pos_ == "PRON" for c in _children(v, "nsubj"))):  # (the namer's own talks: not "after what Biden
            # called a meeting with Putin, Macron flew"; but "X held what the ministry described as talks with Y":
            # X's talks, the ministry only names them)
            x = named[0]
            x.head, x.dep_ = v.head, "pobj" if v.dep_ == "pcomp" else "dobj"
            v.head, v.dep_ = x, "relcl"
    for w in toks:
        if w.lower_ != "with":
            continue
        if w.dep_ == "prep":  # ("with" its preposition, the clause its complement; or its mark, the clause the verb's)
            v = next((c for c in _kids(w) if c.dep_ == "pcomp"), None)
            talking = w.head
        else:
            v = w.head if w.dep_ == "mark" and w.head.dep_ == "advcl" else None
            talking = v.head if v is not None else w
        if v is None or v.tag_ != "VB" or talking.pos_ != "VERB" or talking.lemma_.lower() not in _TALKING or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(v)):
            continue
        subj = [c for c in _kids(v) if c.dep_ == "nsubj" and w.i < c.i < v.i]
        if len(subj) == 1 and subj[0].pos_ in ("PROPN", "NOUN"):
            subj[0].head, subj[0].dep_ = w, "pobj"
            w.head, w.dep_, w.pos_ = talking, "prep", "ADP"
            v.head, v.dep_ = talking, "advcl"
    for c in toks:
        h = c.head
        if c.dep_ != "conj" or h.dep_ != "appos" or h.pos_ != "PROPN" or h.head.pos_ != "NOUN" or c.i < h.i or (
                h.left_edge.i < 1 or toks[h.left_edge.i - 1].lower_ != "," or h.head.i >= h.left_edge.i):
            continue
        cc = next((x for x in _kids(h) if x.dep_ == "cc" and h.i < x.i < c.i and toks[x.i - 1].lower_ == ","), None)
        if cc is not None and sum(x.dep_ == "appos" for x in _kids(h.head)) == 1:  # (not a list read as names of
            # the noun: "Ethiopia's prime minister, Zenawi, Sudanese President al-Bashir, and his Yemeni counterpart")
            for x in (c, cc, toks[cc.i - 1]):
                x.head = h.head
    for v in toks:
        if v.lemma_.lower() != "make" or v.pos_ != "VERB":
            continue
        clear = [c for c in _kids(v) if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "dobj", "xcomp")]
        if len(clear) != 1:
            continue
        said = [x for h in (v, clear[0]) for x in _kids(h) if x.dep_ in ("ccomp", "advcl") and x.i != clear[0].i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in _kids(x))]
        if len(said) == 1:
            said[0].head, said[0].dep_ = v, "ccomp"
            clear[0].dep_ = "oprd"
            v.lemma_ = "say"
    for a in toks:  # ("met with Speaker A, Bank of Lebanon Governor B, and C": the title's body read as an apposition
        # of A and the titled name B as the body's conjunct; B is the next of the list, the body part of its title)
        if a.dep_ == "appos" and a.pos_ == "PROPN" and a.head.pos_ == "PROPN" and a.i > a.head.i and (
                toks[a.left_edge.i - 1].text == ",") and (of := next((p for p in _kids(a) if p.dep_ == "prep"
                                                                      and p.lower_ == "of"), None)) is not None and (
                c := next((c for c in _kids(a) if c.dep_ == "conj" and c.pos_ == "PROPN"
                           and c.left_edge.i == of.right_edge.i + 1), None)) is not None and all(
                toks[k].pos_ == "PROPN" for k in range(c.left_edge.i, c.i + 1)):
            c.head, c.dep_ = a.head, "conj"
            a.head, a.dep_ = c, "compound"
    for x in toks:  # ("spoke with his counterpart from the United Kingdom, X": the name hung on the state as its
        # apposition is the counterpart's)
        if x.dep_ == "appos" and x.pos_ == "PROPN" and (h := x.head).dep_ == "pobj" and h.pos_ == "PROPN" and (
                h.i + 1 < x.left_edge.i) and toks[h.i + 1].text == "," and all(
                toks[k].pos_ == "PROPN" or toks[k].lower_ in ("for", "of", "the", "and")
                for k in range(h.i + 2, x.left_edge.i)) and (p := h.head).lower_ in ("from", "of") and (
                (n := p.head).pos_ == "NOUN" and n.lemma_.lower() in _COUNTERPART_HEADS) and not any(
                c.dep_ == "appos" for c in _kids(n)):
            for c in _children(h, "conj"):  # (", State Secretary for Defense X": the title read as a second state)
                if h.i + 1 < c.i < x.i:
                    c.head, c.dep_ = x, "compound"
            x.head = n
    for n in toks:  # ("offered Y whatever assistance it needs": the free relative read as a clause of the verb)
        v = n.head
        if n.dep_ == "dobj" and n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("whatever", "whichever")
                                                          for c in _kids(n)) and v.dep_ == "ccomp" and (
                n.i < v.i and v.head.pos_ == "VERB" and v.head.i < n.i):
            given = v.head
            for o in _children(given, "dobj"):
                o.dep_ = "dative"  # (the one given to, before the thing given)
            n.head, n.dep_ = given, "dobj"
            v.head, v.dep_ = n, "relcl"
    for p in toks:  # ("the support of the United States and other G7 nations for Y": "for" hung on the last backer)
        if p.dep_ != "prep" or p.lower_ != "for" or p.head.dep_ != "conj":
            continue
        x = _first_conjunct(p.head)
        backing = x.head.head
        if x.dep_ == "pobj" and x.head.lower_ == "of" and backing.lemma_.lower() in _BACKING_HEADS and not any(
                c.dep_ == "prep" and c.lower_ == "for" for c in _kids(backing)):
            p.head = backing
    for a in toks:  # ("to provide any and all needed assistance to Y": "any" read as the object, the noun its conjunct)
        if a.lower_ != "any" or a.pos_ != "PRON" or a.dep_ == "ROOT" or a.i + 2 >= len(toks) or (
                toks[a.i + 1].lower_, toks[a.i + 2].lower_) != ("and", "all"):
            continue
        n = next((c for c in _children(a, "conj") if c.pos_ == "NOUN" and c.i > a.i + 2), None)
        if n is not None:
            cc = _children(a, "cc")
            n.head, n.dep_ = a.head, a.dep_
            a.head, a.dep_ = n, "det"
            for c in cc:
                c.head = n
    for v in toks:  # ("the support Iran provides Hizballah": the noun is what the relative clause's verb gives, so the
        # one object the parser gave the verb is the one given to)
        if v.dep_ == "relcl" and v.lemma_.lower() in _GIVING_THINGS and v.head.pos_ == "NOUN" and v.head.i < v.i and (
                len(objs := _children(v, "dobj")) == 1) and objs[0].pos_ == "PROPN" and objs[0].i > v.i and not (
                _children(v, "dative")) and all(c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in _kids(v)
                                                 ) and all(c.pos_ == "PROPN" for c in _children(v, "nsubj")):
            # (a named giver: not "the rockets it gives Y", where "it" may be another than the clause's subject)
            objs[0].dep_ = "dative"
    for p in toks:  # ("condemns in the strongest terms the regime's executions of leaders A and B": the noun after "in
        # the strongest terms" read as a second object of "in", and a name in its phrase as the verb's object)
        if p.dep_ == "prep" and p.lower_ == "in" and p.head.pos_ == "VERB" and len(
                objs := _children(p, "pobj")) == 2 and objs[0].lower_ == "terms" and objs[1].i > objs[0].i:
            v, o = p.head, objs[1]
            for d in _children(v, "dobj"):
                if d.i > o.i and (n := next((toks[k] for k in range(d.left_edge.i - 1, o.i - 1, -1)
                                             if toks[k].pos_ in ("NOUN", "PROPN")), None)) is not None:
                    d.head, d.dep_ = n, "appos"  # ("... elected leaders A and B": who the leaders are)
            o.head, o.dep_ = v, "dobj"
    for x in toks:  # ("to discuss U.S.-Russia cooperation": the joined names read as the one the verb gives to, before
        # its object; they modify the object)
        if x.dep_ == "dative" and "-" in x.text.strip("-") and x.i + 1 < len(toks) and (
                (o := toks[x.i + 1]).dep_ == "dobj" and o.head.i == x.head.i and o.pos_ == "NOUN"):
            x.head, x.dep_ = o, "compound"
    for x in toks:  # ("stands shoulder to shoulder with Y": the second "shoulder" a verb to the parser, "with" its)
        if x.pos_ == "VERB" and x.lower_ == "shoulder" and x.i >= 2 and toks[x.i - 1].lower_ == "to" and (
                toks[x.i - 2].lower_ == "shoulder") and x.head.i == toks[x.i - 2].head.i != x.i:
            for c in [c for c in _kids(x) if c.dep_ == "prep"]:
                c.head = x.head
    for n in toks:
        if n.pos_ != "NOUN":
            continue
        named = [c for c in _kids(n) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > n.i]
        if len(named) != 2:
            continue
        joined = [c for x in (n, named[0]) for c in _kids(x) if c.dep_ == "conj" and c.pos_ == "NOUN"
                  and named[0].i < c.i < named[1].i and not any(
                      d.dep_ == "appos" or (d.dep_ == "compound" and d.pos_ == "PROPN") for d in _kids(c))]
        if len(joined) == 1 and toks[named[1].left_edge.i - 1].lower_ == ",":
            named[1].head = joined[0]
            joined[0].head = n  # (the second noun is joined to the first, not to the first one's name)
    for f in toks:
        if f.pos_ == "NOUN" and f.lemma_.lower() in ("fight", "battle", "combat") and f.i > 0 and (
                a := toks[f.i - 1]).lemma_.lower() in _ARMED_HEADS and a.head.i == f.i and a.dep_ == "compound":
            party = f.head if f.dep_ == "compound" and f.head.pos_ == "PROPN" and f.head.i > f.i else next(
                (c for c in _kids(f) if c.dep_ in ("appos", "dobj") and c.pos_ == "PROPN" and c.i > f.i), None)
            if party is None:
                continue
            top = party.head if party.i == f.head.i else f.head
            if top.lemma_.lower() not in ("help", "assist", "aid") or top.pos_ != "VERB":
                continue
            f.head, f.dep_, f.pos_, f.tag_ = top, "ccomp", "VERB", "VB"
            party.head, party.dep_ = f, "dobj"
            a.dep_ = "nsubj"
            for c in [c for x in (f, party) for c in _kids(x) if c.i < a.i]:  # ("the Somali army": the force's
                c.head = a  # words, hung on the verb of fighting or on the party)
            for c in [c for c in _kids(f) if c.i > f.i and c.i < party.i]:  # ("al-" of "al-Shabab")
                c.head, c.dep_ = party, "compound" if c.dep_ != "punct" else "punct"
    for v in toks:
        if v.lemma_.lower() == "force" and v.pos_ == "VERB" and v.dep_ in ("ccomp", "xcomp") and (
                v.head.lemma_.lower() in ("help", "assist", "aid")) and v.i + 1 < len(toks) and (
                f := toks[v.i + 1]).lemma_.lower() in _HELPED_FIGHTING and f.dep_ == "compound" and (
                o := f.head).dep_ == "dobj" and o.head.i == v.i:
            # "helping Syrian government forces battle rebels" read as "[government] forces [battle rebels]": the
            # forces are a noun, the subject of the verb of fighting, which the helping verb governs
            f.head, f.dep_, f.pos_, f.tag_ = v.head, "ccomp", "VERB", "VBP"
            o.head = f
            for c in [c for c in _kids(v) if c.i < v.i]:
                c.dep_ = "compound" if c.pos_ in ("NOUN", "PROPN") else c.dep_
            v.head, v.dep_, v.pos_, v.tag_ = f, "nsubj", "NOUN", "NNS"
    for title in toks[4:]:
        # "U.S. Central Command (CENTCOM) Commander General X visited Y", "The International Committee of the Red
        # Cross (ICRC) President X", read as the body with the person put beside it or as two subjects: the body's
        # letters in brackets between it and the title; the person is the one named, the body the title's, as in
        # "NATO Secretary General X"
        k = title.i
        if not (title.lower_ in _BRACKETED_BODY_TITLES and _after_letters(doc, k)):
            continue
        a = next((x for x in title.ancestors if x.pos_ == "PROPN" and x.i > k and (x.dep_ == "appos" or (
            x.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < k - 3 for c in _kids(x.head))))), None)
        h = None if a is None else a.head if a.dep_ == "appos" else next(
            c for c in _kids(a.head) if c.dep_ == "nsubj" and c.i < k - 3)
        if h is None or h.pos_ != "PROPN" or h.dep_ == "ROOT" or not (h.i == k - 4 or h.is_ancestor(toks[k - 4])):
            continue
        a.head, a.dep_ = h.head, h.dep_
        h.head, h.dep_ = a, "compound"
        for x in (toks[k - 3], toks[k - 2], toks[k - 1]):
            x.head = h  # (its letters stay with it)
    for v in toks:
        kids = list(_kids(v))  # (read once: every repair below that changes a head goes on to the next word)
        if v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 and (n := toks[v.i - 1]).tag_ == "NNS" and (
                n.lemma_.lower() in _ARMED_PLURALS) and n.dep_ in ("pobj", "dobj", "conj") and (
                v.head in n.ancestors) and v not in n.ancestors:  # (not "troops against militants crossing ...",
            # the subject's own clause)
            # "supplies weapons to al-Shabab rebels trying to overthrow the government", "talks between the government
            # and rebels fighting to oust Y": the participle right after the armed party's plural is theirs, not the
            # supplier's
            v.head, v.dep_ = n, "acl"
            continue
        if v.dep_ == "prep" and v.lower_ == "for" and v.head.dep_ == "npadvmod" and v.head.pos_ == "PROPN" and (
                v.head.head.pos_ == "VERB" and v.head.i < v.i):
            # "arrived in the capital, Port-au-Prince, earlier Wednesday for talks with Y": the parser hung "for" on
            # a name it read as a time of the verb; it goes with the verb
            v.head = v.head.head
            continue
        if v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP") and v.i > 2 and not _of(
                kids, "nsubj", "nsubjpass", "expl", "csubj") and (h := next((
                    c for c in toks[: v.i] if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN")
                    and (c.right_edge.i == v.i - 1 or c.right_edge.i == v.i - 2 and (
                        c.dep_ == "appos" and toks[v.i - 1].lower_ == "," or toks[v.i - 1].text in _DASHES) or (
                        toks[c.right_edge.i + 1].text in _DASHES and toks[v.i - 1].text in _DASHES
                        and c.right_edge.i + 1 < v.i - 1))
                    and c.head.i < c.left_edge.i - 1 and toks[c.left_edge.i - 1].lower_ == ","),
                None)) is not None and any(a.dep_ in ("prep", "npadvmod") and a.head.i == v.i and a.i < h.i
                                           for a in (h.head, *h.head.ancestors)):
            # ("Earlier today, Iran—and its proxies—launched ...", read as "[today, Iran]": a time of the verb
            # too, the name after the comma, with a dash aside that closes right before the verb, the subject)
            h.head, h.dep_ = v, "nsubj"
            continue
        opening = [c for c in kids if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i == c.left_edge.i == 0]
        if opening and v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP") and not _of(
                kids, "nsubj", "nsubjpass") and (h := next((
                    c for c in toks[: v.i] if c.dep_ == "conj" and c.pos_ == "PROPN" and c.right_edge.i == v.i - 1
                    and c.head.i < c.left_edge.i - 1 and toks[c.left_edge.i - 1].lower_ == ","
                    and opening[0].is_ancestor(c) and not (c.head.dep_ == "dobj" and c.head.head.i == opening[0].i)),
                    None)) is not None:  # (not "Attacking Israel, Saudi Arabia and the United States serves Y": a
            # gerund as the subject, its objects listed)
            # "Fulfilling an agreement made at a meeting between their officials, A and B held ...", read as the
            # names joined to the opening clause's last noun and that clause as the subject: the names are the
            # subject, the clause an adverbial one
            h.head, h.dep_ = v, "nsubj"
            opening[0].dep_ = "advcl"
            continue
        if v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP") and len(subj := _of(kids, "nsubj")) == 1 and (
                n := subj[0]).pos_ == "PROPN" and (g := toks[n.left_edge.i - 1]).tag_ == "VBG" and (
                g.dep_ == "pcomp" and g.head.dep_ == "prep" and g.head.head.i == v.i and g.head.i < g.i) and (
                not _children(g, "dobj")) and (a := next((a for a in _children(n, "appos") if a.right_edge.i == v.i - 1
                                                          and toks[a.left_edge.i - 1].lower_ == ","), None)):
            # "After meeting Sergey Lavrov, Bernard Kouchner said ..." read as "[Lavrov, Kouchner] said": the name
            # after the opening gerund is its object, the one after the comma the verb's subject
            n.head, n.dep_ = g, "dobj"
            a.head, a.dep_ = v, "nsubj"
            continue
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(objs) == 2 and objs[0].pos_ == "PROPN" and objs[1].i == objs[0].i + 1 and objs[1].pos_ in (
                "NOUN", "VERB") and objs[1].tag_ in ("NN", "NNS", "VBZ") and v.lemma_.lower() not in _GIVING:
            # "defied U.N. Security Council demands" read as two objects: the name qualifies the noun after it
            objs[0].head, objs[0].dep_ = objs[1], "compound"
            if objs[1].pos_ == "VERB":
                objs[1].pos_, objs[1].tag_ = "NOUN", "NNS"
            continue
        if len(objs) == 2 and objs[0].pos_ in ("PROPN", "PRON") and objs[0].i < objs[1].i and (
                objs[1].pos_ == "NOUN") and v.lemma_.lower() in _GIVING_THINGS:
            # "promised Kyrgyzstan more than two billion dollars" read as two objects: the one given to, and the gift
            objs[0].dep_ = "dative"
            continue
        # (in the absolute "with A V-ing ..." only: "with A supporting X and B backing Y", where the second participle
        # may also come out as a modifier of the first one's object)
        first = v.head if v.dep_ == "conj" or v.dep_ == "advcl" and not any(
            c.dep_ in ("mark", "advmod") and c.i < v.i for c in kids) else v.head.head if (
            v.dep_ == "acl" and v.head.dep_ == "dobj") else None  # ("... and B backing Y" as an adverbial clause too)
        if (v.tag_ == "VBG" and first is not None and first.tag_ == "VBG" and first.dep_ == "pcomp"
                and first.head.lower_ == "with" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)):
            objs = [c for c in _kids(first) if c.dep_ == "dobj" and c.i < v.i]
            last = toks[v.i - 1]
            cands = [c for o in objs for c in _kids(o) if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                     and c.right_edge.i == last.i and c.i > o.i]
            if len(cands) == 1 and last.pos_ in ("PROPN", "NOUN"):
                cands[0].head, cands[0].dep_ = v, "nsubj"
                v.head, v.dep_ = first, "conj"
                continue
        if v.lower_ == "with" and v.dep_ == "prep" and v.i > 1 and (n := toks[v.i - 1]).lemma_.lower() in _IN_WITH and (
                n.dep_ == "pobj" and n.head.lower_ == "in" and v.head.i != n.i):
            # "broke off relations with Colombia in solidarity with Ecuador": "with" goes with the noun before it
            v.head = n
            continue
        if v.dep_ == "conj" and v.pos_ == "NOUN" and _of(kids, "prep") and any(
                c.lower_ in ("a", "an", "the") for c in kids if c.i < v.i) and not _of(kids, "nsubj"):
            # "struck camps in Afghanistan and a factory in Sudan", read as "in [Afghanistan and a factory]" or as a
            # noun joined to the verb: the noun with its own place goes with the object told before it
            n = v.head  # (a place: "in", "near"; not "between Russia and the six-nation bloc in Moscow")
            p = n.head if n.dep_ == "pobj" and n.pos_ == "PROPN" and n.head.lower_ in ("in", "near", "inside") else None
            verb = p.head if p is not None else n
            first = next(iter(_children(verb, "dobj")), None) if verb.pos_ == "VERB" else None
            if first is not None and first.i < v.i:
                v.head = first
                continue
        h = v.head
        if v.dep_ == "conj" and v.pos_ == "VERB" and h.dep_ == "ccomp" and h.head.pos_ == "VERB" and h.i < v.i and not (
                _of(kids, "nsubj", "nsubjpass", "aux", "auxpass")) and _children(h.head, "nsubj") and ((
                    # "denied that the plant made weapons and called the strike an act of aggression": a verb of
                    # calling after a thing is the speaker's, not more of what was said (the tagger's past and
                    # participle are too alike to tell "said Y had made a mistake and called ..." from "said Y had
                    # attacked Z and killed ...")
                    v.lemma_.lower() in _CALLING_VERBS and any(
                        n.pos_ == "NOUN" and any(d.lower_ == "the" for d in _kids(n))
                        and n.lemma_.lower() not in _ACTING_NOUNS for n in _children(h, "nsubj"))) or (
                    # "She said the United States was supplying weapons and accused Eritrea of ...": a verb of
                    # speaking to or of someone in the past cannot share the reported verb's "was", "would" or present
                    # tense, nor follow a state told in the past ("said his country was under attack and accused
                    # Russia"): the speaker's own act (not "said Russia is arming the rebels and invaded Ukraine", nor
                    # "said Putin attacked Ukraine and accused Kyiv": either may be the reported subject's)
                    v.tag_ == "VBD" and v.lemma_.lower() in _ADDRESSING and h.head.lemma_.lower() in _SAYING
                    and h.head.tag_ == "VBD" and _of(kids, "dobj") and _children(h, "nsubj") and (
                        h.tag_ in ("VBZ", "VBP", "VBG") or h.lemma_ == "be"
                        or any(a.tag_ == "MD" for a in _children(h, "aux")))) or (
                    # "Beijing has claimed that Taiwan is part of its territory and vowed to ...": a vow in the past
                    # cannot share the reported present tense; the speaker's
                    v.tag_ == "VBD" and v.lemma_.lower() in _VOWING and any(_infinitive(x) for x in _of(
                        kids, "xcomp")) and h.head.lemma_.lower() in _SAYING and h.head.tag_ in ("VBD", "VBN")
                    and _children(h, "nsubj") and h.tag_ in ("VBZ", "VBP"))):
            # either way the speaker's own act: joined to the verb of saying
            for c in [c for c in _kids(h) if c.dep_ == "cc" and h.i < c.i < v.i]:
                c.head = h.head
            v.head = h.head
            continue
        auxes = [c for c in kids if c.i < v.i and c.dep_ in ("aux", "auxpass")] if (
            v.dep_ == "conj" and v.head.pos_ == "VERB") else []
        if auxes and not _of(kids, "nsubj", "nsubjpass", "expl") and auxes[0].i > 0 and (
                (last := toks[auxes[0].i - 1]).pos_ in ("PROPN", "NOUN")) and last.dep_ == "conj" and (
                last.head.i < last.i) and (last.head.dep_ == "dobj" and last.head.head.i == v.head.i or (
                    last.head.dep_ == "pobj" and last.head.head.head.i == v.head.i)):
            # "said troops had defeated ISIS and Turkey would be moving into Syria", read as "defeated ISIS and
            # Turkey"; "was suspended from ECOWAS and Guinea was expelled": a name or noun right before the second
            # verb's "would", "had" or "was" is its subject, not more object
            last.head, last.dep_ = v, "nsubjpass" if auxes[0].dep_ == "auxpass" else "nsubj"
            continue
        if (name := _name_before_day(v)) is not None:
            prep = v.head
            name.head, name.dep_ = prep, "pobj"
            v.head, v.dep_ = prep.head, "npadvmod"
            for c in [c for c in _kids(v) if c.i > v.i]:
                c.head = prep.head
            continue
        oprd = [c for c in kids if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        dat = [c for c in kids if c.dep_ == "dative"]
        if len(oprd) == 1 and v.lemma_.lower() in _NAMING_VERBS and not objs and len(dat) == 1 and (
                dat[0].pos_ in ("PROPN", "NOUN", "PRON")) and v.i < dat[0].i < oprd[0].i:
            # "Calling the U.S. a terrorist empire, X ..." read as one called something for the U.S.: the object
            dat[0].dep_ = "dobj"
            continue
        named = [c for c in kids if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.i > v.i]
        if (len(named) == 1 and v.lemma_.lower() == "call" and len(objs) == 1 and objs[0].lemma_.lower() in (
                _CALLED_TITLES) and named[0].left_edge.i == objs[0].i + 1):
            # "called her French counterpart Emmanuel Macron today", read as calling the counterpart by the name
            # Macron: the name is the counterpart's
            named[0].head, named[0].dep_ = objs[0], "appos"
            continue
        if (len(named) == 1 and v.lemma_.lower() == "call" and not objs and not dat and v.dep_ in ("ROOT", "conj")
                and len(_children(v, "oprd")) == 1
                and _children(v, "nsubj") and not _children(v, "xcomp", "ccomp")):
            # "X called Commander Y on Tuesday" read as X calling something by the name Y: Y is the one called
            named[0].dep_ = "dobj"
            continue
        if (len(oprd) == 1 and v.lemma_.lower() in _NAMING_VERBS and not objs and oprd[0].i > v.i
                and oprd[0].i + 1 < len(doc) and (adj := toks[oprd[0].i + 1]).head.i == oprd[0].i
                and adj.dep_ == "amod" and adj.pos_ == "ADJ"):
            # "called Y's remarks outrageous" read as a thing called (remarks) that is outrageous: the noun is
            # the object, the adjective after it what it is called
            oprd[0].dep_ = "dobj"
            adj.head, adj.dep_ = v, "oprd"
            continue
        called = [c for c in _kids(oprd[0]) if c.dep_ in ("compound", "nmod") and c.tag_ == "NNS" and c.i < oprd[0].i
                  and c.lemma_.lower() in _CALLED_PEOPLE] if len(oprd) == 1 and not objs else []
        if called and v.lemma_.lower() in _NAMING_VERBS and oprd[0].i > v.i:
            # "called Israeli leaders criminals" read as "[Israeli leaders criminals]": the people in the plural are
            # the object, what comes after them what they are called
            for c in [c for c in _kids(oprd[0]) if c.dep_ in ("det", "amod", "poss") and c.i < called[0].i]:
                c.head = called[0]  # (and its article and demonym: "the Israeli leaders")
            called[0].head, called[0].dep_ = v, "dobj"
            continue
        said = oprd or [c for c in kids if c.dep_ == "oprd" and c.pos_ == "ADJ"]  # (or "[Y's rule] illegitimate")
        if len(said) == 1 and v.lemma_.lower() in _NAMING_VERBS and not objs and said[0].i > v.i + 1 and (
                noun := toks[said[0].i - 1]).head.i == said[0].i and noun.dep_ == "compound" and (
                noun.pos_ == "NOUN") and (
                owners := [c for c in (*_kids(noun), *_kids(said[0]))
                           if c.dep_ in ("poss", "det") and c.i < noun.i]):
            # "called Y's remarks indefensible" read as one noun "[Y's remarks] indefensible", "called Y's rule
            # illegitimate" as "[Y's rule] illegitimate": the noun with its owner or article is the object
            noun.head, noun.dep_ = v, "dobj"
            for c in owners:
                c.head = noun
            continue
        if v.lemma_.lower() in _GIVING and len(objs) == 1 and objs[0].pos_ == "NOUN" and (
                given := next((c for c in _kids(objs[0]) if c.dep_ in ("nmod", "compound") and (
                    c.pos_ == "PROPN" and c.i == v.i + 1 or c.pos_ == "NOUN" and c.i > v.i + 1
                    and toks[v.i + 1].lower_ == "the" and all(  # ("the (interim) government": its own article)
                        toks[k].dep_ in ("det", "amod") and toks[k].head.i in (c.i, objs[0].i)
                        for k in range(v.i + 1, c.i)))
                               and any(a.dep_ == "amod" and c.i < a.i < objs[0].i
                                       for a in _kids(objs[0]))), None)) is not None and not any(
                p.lower_ in ("to", "for") for x in (v, objs[0]) for p in _children(x, "prep", "dative")):
            # "promised Macedonia economic aid" read as "[Macedonia economic] aid", "offered the interim government
            # financial help" as "[the interim government financial] help": the name, or a noun with the article
            # right after the verb, before an adjective of the thing given, is the one it is given to
            for k in range(v.i + 1, given.i):
                toks[k].head = given
            given.head, given.dep_ = v, "dative"
            continue
        if v.lemma_.lower() in _GIVING_THINGS and len(objs) == 1 and objs[0].lemma_.lower() in _GIFTS and (
                given := next((c for c in _kids(objs[0]) if c.dep_ == "compound" and c.pos_ == "PROPN"
                               and c.left_edge.i == v.i + 1 and c.i == objs[0].i - 1
                               and c.text not in _GIVER_ACRONYMS), None)) is not None and not any(
                p.lower_ in ("to", "for") for x in (v, objs[0]) for p in _children(x, "prep", "dative")):
            # "offered Charles Taylor asylum" read as "[Charles Taylor asylum]": the name right after the verb,
            # right before the thing given, is the one it is given to (not "U.S." or "EU": "offered U.S. support" is
            # the giver's; nor with a "to" phrase: "offered NATO aid to Y")
            given.head, given.dep_ = v, "dative"
            continue
        if v.lemma_.lower() in _NAMING_VERBS and len(objs) == 1 and objs[0].tag_ == "VBZ" and (
                called := [c for c in _kids(objs[0]) if c.dep_ == "dobj" and c.pos_ == "NOUN"
                           and any(d.dep_ == "det" for d in _kids(c))]):
            # "called Y's remarks an attack on China" read as "Y's [remarks (verb)] an attack": the plural noun the
            # object, the noun after it what it is called
            objs[0].pos_, objs[0].tag_ = "NOUN", "NNS"
            called[0].head, called[0].dep_ = v, "oprd"
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if (len(subjects) == 2 and subjects[1].pos_ == "NOUN" and subjects[1].i < v.i and (
                left := subjects[1].left_edge.i) > 0 and toks[left - 1].lower_ == "," and (
                subjects[0].right_edge.i < left) and "," in (subjects[1].right_edge.lower_, toks[
                    min(subjects[1].right_edge.i + 1, len(doc) - 1)].lower_)):
            # "A, B and C, all allies of Y, have pledged ..." read as two subjects: the one set off by commas describes
            # the first
            subjects[1].head, subjects[1].dep_ = subjects[0], "appos"
            continue
        if len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and (
                subjects[0].i + 1 == subjects[1].left_edge.i) and subjects[1].i < v.i:
            # "Serbia's ally Russia has rejected ..." read as two subjects: the name in apposition to the noun before
            # it, as in "its allies North Korea and Pakistan"
            subjects[1].head, subjects[1].dep_ = subjects[0], "appos"
            continue
        if len(subjects) == 2 and subjects[1].pos_ == "PROPN" and subjects[1].i < v.i and (
                subjects[1].left_edge.i > 0) and (n := toks[subjects[1].left_edge.i - 1]).pos_ == "NOUN" and (
                n.dep_ == "conj" and n.head.i == subjects[0].i):
            # "The United States and its treaty ally the Philippines signed ..." read as two subjects: the name in
            # apposition to the noun joined to the first
            subjects[1].head, subjects[1].dep_ = n, "appos"
            continue
        small = [c for c in kids if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > v.i]
        if (len(small) == 1 and not objs and v.lemma_.lower() in _NAMING_VERBS | {"consider"} and (
                subj := [c for c in _kids(small[0]) if c.dep_ == "nsubj" and c.i < small[0].i])
                and not any(c.dep_ in ("aux", "auxpass", "cop") for c in _kids(small[0]))):
            # "considers Russia its main ally" read as a clause "[Russia (is)] its main ally": the name the object,
            # the noun what it is called
            subj[0].head, subj[0].dep_ = v, "dobj"
            small[0].dep_ = "oprd"
            continue
        if v.dep_ == "relcl" and v.pos_ == "NOUN" and v.lower_.endswith("s") and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that") and c.i < v.i for c in kids) and (
                subj := [c for c in kids if c.dep_ in ("nsubj", "compound") and c.i < v.i
                         and c.pos_ in ("PROPN", "PRON")]):
            # "Tehran, which Ukraine accuses of arming Moscow" read as a noun "[Ukraine] accuses" with an object: a
            # relative clause's head is its verb
            _verb_not_noun(v, subj)
            continue
        if v.lower_ == "sides" and v.tag_ == "NNS" and any(p.lower_ == "with" for p in _of(kids, "prep")) and (
                not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in kids)) and (
                subj := [c for c in kids if c.dep_ in ("nsubj", "compound") and c.i < v.i
                         and c.pos_ == "PROPN"]):
            # "Venezuela sides with Cuba" read as a noun "[Venezuela] sides": the verb (not "the two sides with")
            _verb_not_noun(v, subj)
            continue
        if v.dep_ == "ROOT" and v.tag_ == "NNS" and v.lower_.endswith("s") and (
                subj := [c for c in kids if c.dep_ == "nsubj" and c.i < v.i]) and any(
                c.dep_ == "conj" and c.tag_ == "VBZ" for c in kids) and any(c.dep_ == "cc" for c in kids) and not any(
                c.dep_ in ("det", "nummod", "amod", "poss", "compound") for c in kids):
            # "The United States respects and supports Y" read as a noun "respects" with a subject and a verb joined
            # to it: the first of two verbs in the present, sharing the subject and the object
            _verb_not_noun(v, subj)
            continue
        if v.dep_ == "dobj" and v.tag_ == "NNS" and v.lower_.endswith("s") and (
                v.head.lemma_.lower() in _SAYING_OR_CHARGING) and (
                not _children(v.head, "ccomp")) and (names := [c for c in kids if c.dep_ == "compound"]) and (
                names[-1].pos_ == "PROPN" and names[-1].i == v.i - 1) and not any(
                c.dep_ in ("nummod", "amod", "poss") for c in kids) and any(
                c.dep_ in ("prep", "dobj") and c.i > v.i for c in kids):
            # "Venezuela says the United States meddles in its affairs" read as a noun "[the United States] meddles"
            # that is said: the verb of the reported clause, the name its subject (not "says the US sanctions": no
            # object or preposition of its own after it)
            for c in _kids(v):
                if c.dep_ == "det" and c.i < names[-1].i:
                    c.head = names[-1]
            _verb_not_noun(v, names[-1:])
            v.dep_ = "ccomp"
            continue
        if v.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in kids):
            before = [c for c in kids if c.dep_ == "nsubjpass" and c.i < v.i]
            after = [c for c in kids if c.dep_ == "nsubj" and c.i > v.i]
            if len(before) == 1 and len(after) == 1 and not any(c.dep_ in ("dobj", "agent") for c in kids):
                before[0].dep_, after[0].dep_ = "nsubj", "dobj"
                continue
        inf = v.head
        if not (v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ") and inf.tag_ == "VB"
                and inf.dep_ in ("xcomp", "advcl", "ccomp") and inf.head.tag_ == v.tag_
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(inf))):
            continue
        top = inf.head
        for c in [c for c in _kids(inf) if c.dep_ == "cc" and inf.i < c.i < v.i]:
            c.head = top
        v.head = top
    for w in toks:
        if w.dep_ == "prep" and w.lower_ == "with" and (place := w.head).dep_ == "pobj" and place.pos_ == "PROPN" and (
                place.head.lower_ in ("in", "at")) and place.head.head.pos_ == "VERB" and _talks_with_after_place(
                place.head.head, w):
            # "opened talks Saturday in the Kremlin with Y", "met at the White House with Y" (no entities are read yet):
            # a place takes no "with"; it goes with the talks' verb
            w.head = place.head.head
    for v in toks:
        if v.lemma_.lower() in _NAMING_VERBS and v.pos_ == "VERB" and _children(v, "dobj") and not _children(
                v, "oprd") and (o := next((o for p in (*_children(v, "prep"), *(
                    p for d in _children(v, "dobj") for p in _children(d, "prep"))) for o in _children(p, "pobj")
                    if o.pos_ == "NOUN" and o.i > v.i), None)) is not None and (n := next((
                        n for n in _kids(o) if n.dep_ in ("nmod", "compound") and n.i < o.i - 1
                        and n.pos_ in ("NOUN", "PROPN") and toks[n.i + 1].tag_ == "``"), None)) is not None:
            # "called the incursion into Turkish airspace “dangerous” behavior" read as "into [airspace “dangerous”
            # behavior]": a quotation opens what the object is called; the noun before it ends the phrase
            n.head, n.dep_ = o.head, "pobj"
            for c in [c for c in _kids(o) if c.i < n.i]:
                c.head = n
            o.head, o.dep_ = v, "oprd"
    for t in toks:
        if t.lemma_.lower() == "term" and t.dep_ == "pobj" and t.head.lower_ == "in" and (v := t.head.head).pos_ == (
                "VERB") and not _children(v, "dobj") and (o := next((c for c in _kids(t) if c.dep_ == "appos"), None)):
            # "condemns in the strongest possible terms Iran's attack on Y", the object read as the terms'
            # apposition: the verb's object
            o.head, o.dep_ = v, "dobj"
        if t.tag_ == "NN" and t.lemma_.lower() in _ARMS_MODIFIERS and (h := next((
                c for c in _kids(t) if c.dep_ == "conj" and c.lemma_.lower() in _MEANS), None)) is not None and (
                (y := t.doc[h.i - 1]).dep_ == "compound" and y.head.i == h.i and y.lemma_.lower() in _ARMS_MODIFIERS
                and all(t.doc[k].lower_ in ("and", "or", ",") for k in range(t.i + 1, y.i))):
            # "Iran's drone and missile attack against Y", read as "drone" with the attack joined to it: one attack,
            # the two its kinds (what hangs on the first word hangs on the attack)
            h.head, h.dep_ = (t.head, t.dep_) if t.head.i != t.i else (h, "ROOT")
            for c in [c for c in _kids(t) if c.i != h.i]:
                c.head = h
            t.head, t.dep_ = h, "compound"
    for p in toks:
        if p.dep_ == "prep" and p.lower_ in ("against", "on") and (v := p.head).dep_ == "relcl" and (
                v.lemma_.lower() in ("see", "witness", "know", "record", "experience")) and (
                v.head.lemma_.lower() in _SEEN_ATTACKS) and not _children(v, "dobj"):
            # "one of the largest attacks the world has ever seen against Israel": the attack's target, not the
            # seeing's
            p.head = v.head
    for a in toks:
        if a.lower_ in ("ally", "allies") and a.pos_ == "PROPN" and a.dep_ == "compound" and (
                n := a.head).pos_ == "PROPN" and n.i > a.i and all(
                    toks[k].head.i == n.i for k in range(a.i + 1, n.i)) and any(
                    c.i < a.i and (c.dep_ in ("poss", "det") or c.dep_ == "compound" and c.text.isupper())
                    for c in _kids(n)):
            # "our NATO Ally Türkiye", the capital read as part of the name: the noun, the name its apposition (after
            # a possessor, an article or an acronym: not "spoke with Allies France and Germany")
            a.pos_, a.tag_, a.lemma_ = "NOUN", "NNS" if a.lower_ == "allies" else "NN", "ally"
            a.head, a.dep_ = (n.head, n.dep_) if n.head.i != n.i else (a, "ROOT")
            for c in [c for c in _kids(n) if c.i < a.i]:
                c.head = a
            n.head, n.dep_ = a, "appos"
    for n in toks:
        if n.dep_ in ("nmod", "compound") and n.lemma_.lower() in _OWN_STATES and (h := n.head).pos_ == "NOUN" and (
                h.dep_ != "ROOT") and n.i < h.i and (adj := next((c for c in _kids(n) if c.dep_ == "conj"
                                                                 and c.pos_ == "ADJ" and c.i == h.i - 1), None)):
            # "supports Ukraine's sovereignty and territorial integrity" read as "[sovereignty and territorial]
            # integrity": a state's own condition qualifies no noun; the two nouns are joined, the adjective the
            # second one's
            n.head, n.dep_ = h.head, h.dep_
            h.head, h.dep_ = n, "conj"
            adj.head, adj.dep_ = h, "amod"
    for x in toks:
        kind_noun = x.tag_ == "NN" and x.lemma_.lower() in _AID_KIND_NOUNS
        if not (kind_noun or x.pos_ == "ADJ" and x.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")):
            continue
        h = next((c for c in sorted(x.conjuncts, key=lambda c: c.i) if c.i > x.i and c.pos_ == "NOUN" and not (
            c.tag_ == "NN" and c.lemma_.lower() in _AID_KIND_NOUNS)), None)
        between = toks[x.i + 1 : h.i] if h is not None else []
        kinds = [c for c in between if c.pos_ == "ADJ" or c.lemma_.lower() in _AID_KIND_NOUNS]
        if kinds and all(c in kinds or c.pos_ in ("PUNCT", "CCONJ") for c in between) and (
                h.lemma_.lower() in _BACKING_HEADS or not kind_noun) and not _children(h, "det", "poss"):
            # "the U.S. security, humanitarian, and economic assistance provided to Y", read as "security" with
            # "assistance" joined to it: one aid of three kinds, "security" its first; "to meet Y's humanitarian,
            # security, and economic needs", read with the adjective the object: one noun (what is joined after it
            # stays joined, to it: "... assistance to Y and the sanctions on Z")
            h.head, h.dep_ = (x.head, x.dep_) if x.head.i != x.i else (h, "ROOT")
            for c in [c for c in _kids(x) if c.i > h.i or c.i < x.i]:
                c.head = h
            for c in between:
                c.head = h
                c.dep_ = "amod" if c.pos_ == "ADJ" else "compound" if c in kinds else "cc" if (
                    c.pos_ == "CCONJ") else "punct"
            x.head, x.dep_ = h, "compound" if kind_noun else "amod"
    for v in toks:
        if v.dep_ != "relcl" or v.lemma_.lower() not in _HARMING or not any(
                c.tag_ == "WDT" for c in _children(v, "nsubj")) or _children(v, "aux", "auxpass"):
            # (not "who": "a raid on Hamas militants who killed two soldiers" is the militants')
            continue
        x = _phrase_top(v.head, appos=True)  # (the model's antecedent: the nearest noun)
        if x.dep_ == "pobj" and x.head.lower_ in ("on", "against") and x.head.head.lemma_.lower() in _MEANS:
            # "an attack on a U.N. convoy of peacekeepers that killed one", "the attack against MINUSMA, the UN
            # mission, which killed four": what killed is the attack, not the ones it struck
            v.head = x.head.head
    for v in toks:
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "to" and v.lemma_.lower() in _LETTER_ACTS and (
                to_whom := next((o for o in _children(v.head, "pobj") if o.i < v.i), None)) is not None:
            v.dep_, v.head = "acl", to_whom  # "sent a message to Y expressing condolences", the participle read as
            # the phrase's second object: a participle after its name (what it does is the message's: below)
        if v.dep_ != "acl" or v.tag_ != "VBG" or v.head.i > v.i or v.lemma_.lower() not in _LETTER_ACTS:
            continue  # (not "a letter to the armed groups attacking U.N. peacekeepers": the groups attack)
        x = _phrase_top(v.head)
        letter = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "to" else None
        if letter is not None and letter.pos_ == "VERB":  # ("wrote a letter | to SADC": the verb's phrase)
            letter = next((o for o in _children(letter, "dobj") if o.lemma_.lower() in _DOCUMENTS), None)
        if letter is not None and letter.lemma_.lower() in _DOCUMENTS:
            # "wrote a letter to SADC criticizing its silence", "sent a letter to the government of Israel condemning
            # its choice": what the letter does, not the addressee
            v.head = letter
    for w in toks:
        if w.pos_ == "ADP" and w.dep_ == "conj" and _children(w, "pobj") and (first := next((
                p for p in reversed(toks[w.head.left_edge.i : w.i]) if p.dep_ == "prep" and p.lower_ == w.lower_
                and w.head in (p, *p.ancestors)), None)) is not None and first.head.pos_ in ("VERB", "NOUN"):
            # "extend my condolences to the victims and their families, and to the governments of A and B", the
            # second "to" read as joined to the sentence's verb: joined to the first
            for c in [c for c in _kids(w.head) if c.dep_ == "cc" and first.i < c.i < w.i]:
                c.head = first
            w.head = first
    for o in toks:
        if o.dep_ == "dobj" and o.pos_ == "PROPN" and o.left_edge.i > 0 and (
                w := next((p for p in _children(o.head, "prep") if p.lower_ == "with" and p.i < o.i), None)
        ) is not None and (names := _children(w, "pobj")) and names[0].pos_ == "PROPN" and (
                toks[o.left_edge.i - 1].text == "," and names[0].right_edge.i < o.left_edge.i
                or names[0].right_edge.i == o.left_edge.i - 1 and "," in {x.text for x in toks[w.i : o.i]}) and not any(
                d.dep_ == "dobj" and d.i != o.i for d in _kids(o.head)):
            # "met with A, B, C and D", the parser ending the list of those met with as the verb's object: one list
            last = names[0]
            while (more := [c for c in _children(last, "conj") if c.i < o.i]):
                last = more[-1]
            o.head, o.dep_ = last, "conj"
    for o in toks:
        if o.dep_ == "appos" and o.pos_ == "PROPN" and (x := o.head).i < o.i and (c := next((
                c for c in _kids(x) if c.dep_ == "conj" and x.i < c.i < o.i and c.right_edge.i == o.left_edge.i - 1
                and c.lemma_.lower() in _LIST_TITLE_WORDS), None)) is not None and any(
                d.dep_ == "cc" and x.i < d.i < c.i for d in _kids(x)):
            # "A and NSC Director for European Affairs B met ...", the second name read as the first one's apposition
            # and its title as the one joined to the first: the second name is joined, the title is its
            o.head, o.dep_ = x, "conj"
            c.head, c.dep_ = o, "compound"
    for n in toks:
        if n.dep_ in ("nmod", "compound") and n.pos_ == "PROPN" and (h := n.head).pos_ == "PROPN" and n.i < h.i and (
                h.head.i != h.i) and (cs := [c for c in _children(n, "conj") if c.pos_ == "PROPN" and c.i < h.i]) and (
                first := min([c.i for c in _children(h, "compound") if c.i > cs[-1].i] + [h.i])) and (
                (gap := {x.lower_ for x in toks[cs[-1].i + 1 : first]}) and gap <= {",", "and", "or"}
                and gap & {"and", "or"}) and toks[n.i + 1].text == ",":
            # "the governments of Mali, Guinea, and Burkina Faso", the first names read as the last one's modifier:
            # one list, the first name heading it where the last stood, the last joined to the one before it
            n.head, n.dep_ = h.head, h.dep_
            h.head, h.dep_ = cs[-1], "conj"
    for g in toks:  # (two repairs of one word each, in one pass)
        if g.dep_ == "pcomp" and (p1 := g.head).lower_ == "of" and (d := p1.head).dep_ == "dobj" and (
                d.head.lemma_.lower() == "accuse") and (c := next((
                    c for o in _children(g, "dobj") for c in _children(o, "conj") if c.pos_ == "PROPN"), None)) and (
                p2 := next((p for p in _children(g, "prep") if p.lower_ == "of" and p.i > c.i
                            and _children(p, "pcomp")), None)) is not None:
            # "accused the peacekeepers of supporting the separatists and Russia of trying to annex Y", the second
            # one accused read as one more of the first act's objects: joined to the first one accused, with its own
            # "of" phrase
            cc = next((x for x in _children(c.head, "cc") if x.i == c.i - 1), None)
            c.head = d
            if cc is not None:
                cc.head = d
            p2.head = c
        elif g.lower_ == "of" and g.dep_ == "prep" and (w := g.head).lower_ in ("world", "region") and (
                w.dep_ == "pobj" and (i := w.head).lower_ == "in" and (n := i.head).pos_ == "NOUN") and any(
                c.dep_ == "amod" and c.tag_ == "JJS" for c in _kids(n)):
            # "the largest recipient in the world of U.S. aid", the "of" hung on "world": the superlative noun's
            g.head = n
    _split_joined_names(toks)
    for d in toks:  # "On Monday, Russia—and Belarus—attacked Kyiv", the name after "and" in the aside joined to the
        # opening phrase: it is joined to the subject before the aside
        if d.text == "\u2014" and 1 <= d.i and d.i + 3 < len(toks) and toks[d.i + 1].lower_ == "and" and (
                (x := toks[d.i - 1]).dep_ in ("nsubj", "nsubjpass")) and (y := next((
                    y for y in toks[d.i + 2 :] if y.dep_ == "conj" and y.right_edge.i + 1 < len(toks)
                    and toks[y.right_edge.i + 1].text == "\u2014"), None)) is not None and not x.is_ancestor(y) and all(
                    z.i > d.i for z in y.subtree):
            y.head = x
            toks[d.i + 1].head = x


# words of titles, offices and states, never of a person's two-word name (`_split_joined_names`)
_NAME_TITLE_WORDS = frozenset({"president", "minister", "prime", "secretary", "general", "king", "queen", "prince",
                               "chancellor", "senator", "governor", "ambassador", "foreign", "defense", "defence",
                               "state", "states", "united", "republic", "kingdom", "national", "party", "union",
                               "council", "ministry", "army", "forces", "front", "movement", "north", "south", "east",
                               "west", "new", "saint", "st", "island", "islands", "sea", "gulf", "bank", "company"})


def _split_joined_names(toks) -> None:
    """ "Abdoulaye Diop and Kalla Ankourao met in Bamako", read as one name "[Abdoulaye Diop and Kalla] Ankourao"
    (the first name's last word modifying the second's, the second's first word joined to it): two names of two
    words each, joined. Only names of words in capitals with no title among them; a one-word name before "and" is
    left as read ("Trinidad and Tobago Prime Minister X").

    >>> from graph.nlp import load_model
    >>> doc = _parse(load_model(), ["Abdoulaye Diop and Kalla Ankourao met in Bamako."])[0]
    >>> [(t.text, t.dep_, t.head.text) for t in doc][:5]
    [('Abdoulaye', 'compound', 'Diop'), ('Diop', 'nsubj', 'met'), ('and', 'cc', 'Diop'), ('Kalla', 'compound', \
'Ankourao'), ('Ankourao', 'conj', 'Diop')]
    """
    for h in toks:
        if h.pos_ != "PROPN" or h.i < 4 or h.dep_ in ("compound", "nmod", "conj"):
            continue
        c, cc, m, g = toks[h.i - 1], toks[h.i - 2], toks[h.i - 3], toks[h.i - 4]
        if not (c.dep_ == "conj" and c.head.i == m.i and m.dep_ in ("nmod", "compound") and m.head.i == h.i
                and cc.lower_ == "and" and cc.head.i == m.i and g.dep_ in ("compound", "nmod")
                and g.head.i in (m.i, h.i)
                and all(x.pos_ == "PROPN" and x.is_alpha and x.is_title and x.lower_ not in _NAME_TITLE_WORDS
                        for x in (g, m, c, h))
                and (g.i == 0 or not (toks[g.i - 1].is_title and toks[g.i - 1].pos_ == "PROPN"))
                and (h.i + 1 == len(toks) or toks[h.i + 1].pos_ != "PROPN")):
            continue
        m.head, m.dep_ = h.head, h.dep_
        h.head, h.dep_ = m, "conj"
        c.head, c.dep_ = h, "compound"
        g.head, g.dep_ = m, "compound"
        for x in toks:  # (what hung on the second name's last word, its phrase, is the first name's now)
            if x.head.i == h.i and x.i > h.i:
                x.head = m


def _name_what(doc, carriers: frozenset[str]) -> None:
    """"What" as the object of a verb of calling that names what it is ("lodged what it called a stern protest with
    Y", "condemned what it described as an offensive by Y", "in what was called a pursuit operation against Y"),
    the naming clause hung as a whole on the verb or preposition: the noun it is called takes the clause's place, the
    clause its modifier (the speaker's word for the thing is the thing the sentence is about). Only on a verb in
    `carriers` ([words] naming_carriers: what carries an act) or "in" and "against" ("protests against what he
    called X's illegitimate rule") or "for" after "thank": a verb of judging reads the free relative itself
    ("condemned what he called naked aggression": the act told before), and so does the naming verb after another
    preposition ("over what it called US provocations", "in response to what it called Russian aggression": the
    speaker judges)."""
    for w in doc:
        v = w.head
        if w.lower_ != "what" or w.dep_ not in ("dobj", "nsubjpass") or v.lemma_.lower() not in _CALLING_VERBS or (
                v.dep_ not in ("ccomp", "pcomp", "dobj", "pobj")) or v.head.i == v.i or not (
                v.head.lemma_.lower() in carriers or v.head.pos_ == "ADP" and v.head.lower_ in ("in", "against")
                and not (v.head.i and doc[v.head.i - 1].lower_ == "response")
                or v.head.pos_ == "ADP" and v.head.lower_ == "for" and v.head.head.lemma_.lower() == "thank"
                and not any(c.dep_ == "prep" for x in _kids(v) if x.dep_ in ("oprd", "dobj") for c in _kids(x))):
            # ("thanked Y for what he called its unwavering support": the thing thanked for; not "for what he
            # called its support for terrorists", a charge)
            continue
        named = [c for c in _kids(v) if c.i > w.i and (c.dep_ == "oprd" or c.dep_ == "dobj" and c.i > v.i)] + [
            p for c in _kids(v) if c.dep_ == "prep" and c.lower_ == "as" for p in _kids(c) if p.dep_ == "pobj"]
        if len(named) != 1 or named[0].pos_ not in ("NOUN", "PROPN"):
            continue
        n, top = named[0], v.head
        n.head, n.dep_ = top, "pobj" if top.pos_ == "ADP" else "dobj"  # (first off the naming verb: no cycle)
        v.head, v.dep_ = n, "relcl"


def _phrase_top(x, appos: bool = False):
    """The noun whose "of" phrases (and, with `appos`, appositions) hold `x`: "a U.N. convoy" for "peacekeepers" in "a
    U.N. convoy of peacekeepers", "the government" for "Israel" in "the government of Israel"."""
    while appos and x.dep_ == "appos" or x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ in (
            "NOUN", "PROPN"):
        x = x.head if x.dep_ == "appos" else x.head.head
    return x


def _held_call(noun) -> bool:
    """A call held with someone, or counted ("five separate calls with leaders to discuss ...", "two calls to discuss
    ..."): a conversation, whose infinitive is its purpose (not a call on someone to act: "calls to end the war").

    >>> from graph.nlp import load_model
    >>> nlp = load_model()
    >>> _held_call(nlp("She had five calls with leaders to discuss the war.")[3])
    True
    >>> _held_call(nlp("He rejected calls to end the war.")[3])
    False
    """
    return noun.pos_ == "NOUN" and noun.lemma_.lower() == "call" and any(
        c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "with" for c in _kids(noun))


def _performative(x, below) -> bool:
    """ "I want to extend my condolences", "We would like to express our support", "I wish to condemn": a first
    person's wish, in the present, to say what the saying does: done, not to come (not "I wanted to", "He wants to")."""
    return below.dep_ == "xcomp" and (below.lemma_.lower() in _SAID_ACTS or below.lemma_.lower() in (
        "send", "offer") and any(o.lemma_.lower() in _SENT_WORDS for o in _children(below, "dobj"))) and (
            x.lemma_.lower() in ("want", "wish", "like")) and x.tag_ in ("VB", "VBP") and any(
                c.lower_ in ("i", "we") for c in _children(x, "nsubj"))  # ("we want to send troops": to come)


def _bare_particle_verb(v) -> bool:
    """A verb that is a demanded act only with its particle ("stand down", "step aside", "back off", "pull out"),
    here without it ("should stand together", "step up its efforts", "back the plan")."""
    ends = _PARTICLES.get(v.lemma_.lower())
    return ends is not None and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ends for c in _kids(v))


_INTRODUCED_AFTER = re.compile(r",\s+(?:a|an|the|who)\b")  # "Mr. X, a lawmaker,": introduced as someone new


def _gerund_as_noun(t) -> bool:
    """A gerund with no subject or auxiliary of its own, which the tagger may take for a verb where it is a noun
    ("Fighting between A and B continued", "after fighting erupted between A and B")."""
    return t.tag_ == "VBG" and not _children(t, "nsubj", "aux")


def _one_letter_off(a: str, b: str) -> bool:
    """Two different words one letter apart: one added, dropped or changed ("Saaskashvili", "Saakashvili")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# peoples and faiths in the plural ("Iraq's Kurds", "Lebanon's Christians"), besides the recogniser's NORP and the
# "-ists" and "-ites" of factions
_PEOPLE_PLURALS = frozenset("Kurds Shias Sunnis Hutus Tutsis Pashtuns Balochs Baluchs Uighurs Uyghurs Arabs Christians "
                            "Muslims Jews Druze Tuaregs Tamils Sikhs Hindus Copts Palestinians".split())


def _talks_to_go_on(t) -> bool:
    """The talks `t` names are what is to go on: "will continue to consult with Y", "agreed to continue talks",
    "pledged to continue their dialogue", "should continue the negotiations", "insist on continued talks"."""
    go_on = None
    if t.dep_ in ("xcomp", "dobj") and t.head.lemma_.lower() == "continue":
        go_on = t.head  # "will continue to consult", "agreed to continue talks"
    elif t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "continued" for c in _kids(t)) and (
            t.dep_ == "pobj" and t.head.head.lemma_.lower() in ("insist", "call", "urge", "press", "push")):
        return True  # "insisted on continued talks": a demand
    if go_on is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "should", "must", "'ll", "can")
           for c in _kids(go_on)):
        return True
    return go_on.dep_ == "xcomp" and go_on.head.lemma_.lower() in (
        "agree", "pledge", "vow", "decide", "plan", "promise", "want", "hope", "intend", "resolve", "undertake")


def _names_medium(p) -> bool:
    """The phrase names the medium of talks: "by telephone", "during a video conference", "over the phone"; not a
    call asked for or talked about ("over calls for sanctions", "during the row over the call")."""
    return any(m.lemma_.lower() in _MEDIUM_NOUNS and not any(q.lower_ in ("for", "of", "over", "about")
                                                           for q in _children(m, "prep"))
               and not any(a.lower_ in ("leaked", "recorded", "intercepted", "tapped") for a in _kids(m))
               for m in _children(p, "pobj"))


def _endangers(t, words: dict) -> bool:
    """"threaten" with an object a thing can endanger and no means held out: a danger told, no threat made ("Turkey's
    military action threatens Iraq's sovereignty", "the fighting threatens the peace process"; not "threatened Iraq's
    security with an invasion")."""
    return t.lemma_.lower() == "threaten" and t.pos_ == "VERB" and any(
        o.lemma_.lower() in words.get("endangered_states", ()) for o in _children(t, "dobj")) and not any(
        p.lower_ == "with" and not any(_children(m, "poss") and m.lemma_.lower() in _CAUSE_NOUNS
                                       for m in _children(p, "pobj"))
        for p in (*_children(t, "prep"), *(x for o in _children(t, "dobj") for x in _kids(o))))
    # (the parser may hang "with an invasion" on the object; "with its annexation of Crimea" is the danger's cause,
    # "with its nuclear weapons" a means)


def _warned_of_a_state(t) -> bool:
    """A warning to someone that a thing is so, now ("warned the UN that the peace process is in crisis", "warned
    Georgia that the situation was dangerous"): a clause with a thing for its subject, no verb to come and no
    condition; no consequence held out."""
    if t.lemma_.lower() not in ("warn", "caution", "tell") or t.pos_ != "VERB" or not _children(t, "dobj", "dative"):
        return False
    said = _children(t, "ccomp")
    return len(said) == 1 and said[0].lemma_ == "be" and not _to_come(said[0]) and not _only_possible(said[0]) and any(
        x.pos_ == "NOUN" and x.lemma_.lower() not in _ACTING_NOUNS for x in _children(said[0], "nsubj")) and not (
        _children(said[0], "advcl"))


def _speculative(t, words: dict) -> bool:
    """A clause that weighs an act rather than promising it: "might send troops", "could send aid", "would consider
    sending troops", "is considering sending aid" (the trigger or a verb it hangs on: `weighing_verbs`)."""
    x = t.head if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") else t  # ("could send aid": the verb's)
    for _ in range(4):
        if _only_possible(x):
            return True
        if x.i != t.i and x.lemma_.lower() in words.get("weighing_verbs", ()):
            return True
        if x.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "advcl") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _called(t) -> bool:
    """A noun that tells what something is called or described as ("called the remarks an attack on China",
    "described the move as aggression")."""
    if t.dep_ in ("oprd", "appos") and t.head.lemma_.lower() in _CALLING_VERBS:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in _DESCRIBING_VERBS


def _for_clause(c) -> bool:
    """An adverbial clause "for Y to V" ("called for Y to step down")."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in _kids(c))


def _that_clause(c) -> bool:
    """A noun's clause opened by "that" ("allegations that Y might attack"); the parser sometimes makes the "that"
    the clause's object, which a clause with a subject of its own cannot have as its relative pronoun; or a relative
    clause whose "that" the parser made a mark ("demands by X that Y do more"), which no relative pronoun is."""
    return c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" and m.i < c.i and (
        m.dep_ == "mark" or c.dep_ == "acl" and m.dep_ == "dobj" and _children(c, "nsubj", "nsubjpass"))
        for m in _kids(c))


def _present_schedule(t):
    """The verb in the present tense, with no auxiliary, that tells the trigger as a schedule when a day or "next week"
    goes with it: the trigger itself ("X meets Y on Wednesday"), or the verb that holds an event noun ("A and B resume
    talks on Friday"; the tagger's bare "resume" with a subject too). None otherwise."""
    if t.pos_ == "NOUN":
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in _HOLDING:
            return None
        verb = t.head
        present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "ROOT" and bool(
            _children(verb, "nsubj"))
    else:
        verb, present = t, t.tag_ in ("VBZ", "VBP")
    return verb if present and not _children(verb, "aux", "auxpass") else None


def _slated_ahead(t) -> bool:
    """An event noun a passive relative clause tells as scheduled for a time ahead ("talks between A and B that were
    slated for next month"; the parser may hang the clause on the last name), unless told as held ("the summit, set
    for June 12, took place"; not "planned for weeks")."""
    if t.pos_ != "NOUN" or t.head.lemma_.lower() in _HAPPENED | {"go", "end"} and t.head.tag_ in ("VBD", "VBN"):
        return False
    clauses = [*_children(t, "relcl"), *(r for p in _children(t, "prep") if p.lower_ in ("between", "with")
                                          for o in _children(p, "pobj") for r in _children(o, "relcl"))]
    return any(r.lemma_.lower() in _TO_COME and _children(r, "auxpass") and any(
        (d.dep_ == "npadvmod" or d.dep_ == "prep" and d.lower_ in ("for", "on"))
        and _AHEAD.search(" ".join(y.lower_ for y in d.subtree)) for d in _kids(r)) for r in clauses)


def _names_back(x, words) -> bool:
    """A subject that names back what the clause before told: "it", "this", or "the move", "its decision" ("said Y's
    ships had entered its waters and the move was provocative")."""
    return x.lower_ in ("it", "this", "that") or x.lemma_.lower() in words.get("act_antecedents", ()) and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", *_OWN_POSSESSIVES)
        for c in _kids(x))


def _reacting(v, reaction_verbs) -> bool:
    """A verb of reacting, or one joining in a reaction: "has joined other nations in expressing concern about the
    coup", "took the lead in condemning it" (its subject reacts to the act, it did not do it; but "joined France in
    backing sanctions" is an act of its own)."""
    return v.lemma_.lower() in reaction_verbs or any(
        c.lemma_.lower() in reaction_verbs and c.lemma_.lower() not in ("support", "back") for p in _children(v, "prep")
        if p.lower_ == "in" for c in _children(p, "pcomp"))


def _inside_object(y, c) -> bool:
    """`y` lies in what the act of `c` (or of a verb below it) asks for or is done to: the object of "for", "with",
    "to" or "against" on a verb ("calling for those behind the coup", "must act against those behind"), or the direct
    object of a verb other than one of abetting ("would punish / hand over / seek the arrest of those responsible");
    not "is among those behind", "acted as an accomplice", "sent / sheltered the agents responsible"."""
    a = y
    while a.i != c.i and a.head.i != a.i:
        if a.dep_ == "pobj" and a.head.lower_ in ("for", "with", "to", "against") and a.head.head.pos_ == "VERB" and (
                a.head.head.lemma_ != "be") or a.dep_ == "dobj" and a.head.lemma_.lower() not in _ABETTING:
            return True
        a = a.head
    return False


def _affirmed_clauses(t) -> list:
    """The complement clauses a verb of saying governs that are not negated ("said Y is", not "Y is not"), or
    the "that" clause of a noun of saying ("accusations that Y meddles")."""
    return [c for c in _kids(t) if (c.dep_ == "ccomp" or (t.pos_ == "NOUN" and _that_clause(c)))
            and not any(x.dep_ == "neg" for x in _kids(c))]


# participles that name a party only as another's backer: "the U.N.-backed court", "a Saudi-funded militia"
_BACKED = ("backed", "sponsored", "supported", "funded", "financed", "armed", "trained", "installed")
_BACKED_WORD = re.compile(r".-(?:" + "|".join(_BACKED) + r")$")


def _backer_only(c) -> bool:
    """A modifier that names its party as the backer of the noun's: "U.N.-backed" read as one word, or "UN" read as a
    compound with "-" and "backed" after it."""
    doc = c.doc
    return bool(_BACKED_WORD.search(c.lower_)) or (
        c.i + 2 < len(doc) and doc[c.i + 1].text == "-" and doc[c.i + 2].lower_ in _BACKED)


_HOSTILE_MOVES = frozenset({"intervention", "escalation", "provocation", "provocations", "expansion", "deployment",
                            "annexation", "occupation", "blockade", "incursion"})  # beside the event nouns
_RESULTING = frozenset({"result", "lead"})  # "would result in / lead to a response" (role "penalized_act")
_ANSWERING = frozenset({"respond", "answer", "reply", "react"})  # answering a charge (`Reader.role` "defier")
_CHARGES = frozenset({"accusation", "allegation", "charge"})
_AIDING = frozenset({"help", "assist", "aid"})  # verbs of helping, for `Reader.future`
_COMMITTED = frozenset({"commit", "committed", "commitment"})  # ... promised by a commitment
_SOUGHT_ON_VISITS = frozenset({"support", "backing", "aid", "help", "assistance", "investment", "loan", "arms"})


def _visit_purpose(v) -> bool:
    """A journey's own purpose phrase tells a visit or talks: "flew to Y to attend talks", "beginning a state visit",
    "for talks", "on a visit", "on the first leg of an Asian tour", "at the start of a state visit", "in search of
    support" (not "for a meeting of African presidents": a gathering its place only hosts)."""
    for c in _kids(v):
        if c.dep_ in ("advcl", "xcomp") and _infinitive(c) and c.lemma_.lower() in _VISIT_ACTS:
            return True
        if c.dep_ == "advcl" and c.tag_ == "VBG" and any(
                o.lemma_.lower() in _VISIT_NOUNS for o in _children(c, "dobj")):
            return True
    for p in _children(v, "prep"):
        if p.lower_ == "in" and any(x.lower_ == "search" and any(
                y.lemma_.lower() in _SOUGHT_ON_VISITS for q in _children(x, "prep") if q.lower_ == "of"
                for y in _children(q, "pobj")) for x in _children(p, "pobj")):
            return True  # "traveled to Y in search of political support": to see its leaders
        if p.lower_ not in ("for", "on", "at"):
            continue
        for x in _children(p, "pobj"):
            for o in (x, *(y for q in _children(x, "prep") if q.lower_ == "of" for y in _children(q, "pobj"))):
                if o.lemma_.lower() in _VISIT_NOUNS and not any(q.lower_ == "of" for q in _children(o, "prep")):
                    return True
    return False


def _sum_given_in(t) -> tuple:
    """ "received $6 billion in aid from X": for a noun after "in", the verb of the sum it is given in and that sum
    (the "in" phrase hangs on the sum or on the verb); (None, []) when there is none."""
    if t.dep_ != "pobj" or t.head.lower_ != "in":
        return None, []
    held = t.head.head
    if held.dep_ == "dobj":
        return held.head, [held]
    sums = _children(held, "dobj")
    return (held if sums else None), sums


def _there_is(noun) -> bool:
    """ "there will be consequences": the noun whose being an expletive "there" tells."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in _kids(noun.head))


def _heads(reader, t, a, b, actor_type) -> bool:
    """A person who heads, leads or chairs (`t`) a body, a group or a state named as such: not "the US led the
    coalition" (no person), "heads the Russian delegation", "leads Hamas fighters", "a faction of the MDC led by X" (a
    part of it), nor "Lavrov leads Russia in the talks" (represents it there)."""
    if b.type == "state" and any(o.lemma_.lower() in _EVENTS_LED for p in _children(t, "prep")
                                 for o in _children(p, "pobj")):
        return False
    objects = reader.obj(t)
    return actor_type(a.actor) == "person" and actor_type(b.actor) != "person" and b.how not in (
        "demonym", "possessor") and any(o.pos_ == "PROPN" or o.tag_ in ("WDT", "WP") or b in reader.tok_found[o.i]
                                        for o in objects) and not any(
        o.lemma_.lower() in reader.words.get(k, ()) for o in objects
        for k in ("speaker_nouns", "state_nouns", "member_nouns", "force_nouns"))


# participles of feeling whose passive subject does what their infinitive tells ("was honored to host Y")
_GLAD_PASSIVES = frozenset({"honored", "honoured", "pleased", "delighted", "thrilled", "excited", "privileged",
                            "gratified", "humbled", "overjoyed"})


def _gerund_of_charge(v) -> bool:
    """The gerund of "charged Y with transferring missiles" (not an absolute phrase with a subject of its own:
    "accused Y of war crimes, with Z supporting W")."""
    return v.dep_ == "pcomp" and v.head.lower_ == "with" and not _children(v, "nsubj")


def _to_mourners(noun, objects) -> bool:
    """Condolences "to the families of those killed", "to the victims", "to their loved ones": to the bereaved, not
    to the other party of the call or meeting they were offered in (`objects`: the noun's "to" phrase, else its
    verb's: "extended condolences to the families")."""
    if not objects and noun.dep_ == "dobj":
        objects = [o for p in _children(noun.head, "prep") if p.lower_ == "to" for o in _children(p, "pobj")]
    return any(o.lemma_.lower() in _MOURNERS or o.lemma_.lower() == "one" and any(
        c.lower_ == "loved" for c in _kids(o)) for o in objects)


def _is_passive(v) -> bool:
    """ "Y was condemned (by X)", "the rebels backed by X"; also a participle the parser hung on "be" as its
    complement, with its agent: "it was deeply disappointed by Y's decision"."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in _kids(v)) or (
        v.dep_ in ("acl", "amod") and v.tag_ == "VBN") or (
        v.dep_ == "acomp" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in _kids(v)))


def _hung_by(v):
    """(noun, "by") where the parser hung a noun's "by" phrase and its infinitive `v` on the verb whose object the noun
    is ("welcomed the pledge by X to provide aid"); else None."""
    if not _infinitive(v) or v.dep_ not in ("xcomp", "advcl") or v.head.pos_ not in _VERBAL or _is_passive(v.head):
        return None
    return next(((o, p) for o in _children(v.head, "dobj") for p in _children(v.head, "prep") if p.lower_ == "by"
                 and p.i == o.right_edge.i + 1 and p.right_edge.i == v.left_edge.i - 1), None)


def _done_by(noun) -> list:
    """The agent of a participle of doing on an act noun ("the attack on Y carried out by X"), also where the parser
    hung it on the act's victim ("the attack on Y soldiers carried out by X") or, after a comma, on the verb whose
    object the act is ("condemns the ambush of Y members, carried out yesterday by X")."""
    done = [a for a in _children(noun, "acl") if a.tag_ == "VBN" and a.lemma_.lower() in _CARRYING_OUT]
    # (only a verb of carrying out an act: not "the attack on troops deployed by X")
    done += [a for p in _children(noun, "prep") if p.lower_ in ("of", "on", "against") for o in _children(p, "pobj")
             for x in (o, *o.conjuncts) for a in _children(x, "acl") if a.tag_ == "VBN" and a.lemma_.lower() in (
                 _CARRYING_OUT)]
    head = noun.head if noun.dep_ == "conj" else noun
    if head.dep_ == "dobj" and head.head.pos_ in _VERBAL:
        done += [a for a in _children(head.head, "advcl") if a.tag_ == "VBN" and a.i > noun.i and (
            a.lemma_.lower() in _CARRYING_OUT)]
    return [x for a in done for g in _children(a, "agent") for x in _children(g, "pobj")]


def _agent_of_passive(v):
    """ "condemned by X", also "condemned in a joint statement by X", "killed in a US operation", and the
    first part of a hyphenated participle: "the Iran-backed Houthis"."""
    out = [p for a in _children(v, "agent") for p in _children(a, "pobj")]
    if not out and v.dep_ == "amod":
        out = [c for c in _kids(v) if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")]
    if not out:
        out = [o for p in _children(v, "prep") if p.lemma_ in ("in", "during") for o in _children(p, "pobj")
               if o.lemma_.lower() in _MEANS]
    if not out:
        for p in _children(v, "prep"):
            for o in _children(p, "pobj"):
                out.extend(x for b in _kids(o) if b.dep_ == "prep" and b.lemma_ == "by" for x in _children(b, "pobj"))
    if not out:  # "is considered a terrorist group by X and by Y": the parser hung the agents on the predicate
        out = [x for o in _children(v, "oprd") for b in _children(o, "prep") if b.lemma_ == "by"
               for bb in (b, *(c for c in _kids(b) if c.dep_ == "conj" and c.lemma_ == "by"))
               for x in _children(bb, "pobj")]
    return out


class Reader:
    """Roles, negation and modality read off one parsed sentence, with the sentence's mentions."""

    def __init__(self, doc, found: list[Found], offset: int, words, new_actor, resolve=None, state_of=None,
                 surnames: frozenset[str] = frozenset(), ner=None, last_state: str | None = None):
        self.doc = doc
        self.offset = offset
        self.last_state = last_state  # the state named last before this sentence ("the country")
        self.ner = ner  # the entity recogniser, run on first need when the sentence may name an unknown actor
        self.state_of = state_of  # a person's state on the article's date: "his country"
        self.surnames = surnames  # words that end a "First Surname" of the article
        self.words = words
        self.new_actor = new_actor
        self.resolve = resolve  # definite descriptions and plural demonyms -> an actor (or None)
        self.strict = False  # set per frame: "met Ukraine's conditions" names no one met
        self.places = False  # set while reading an attack's target: "struck Saudi oil facilities" hit the state
        self.names_only = False  # set while reading a titled name: "X, the President of Y" is X, not Y
        self.placed: set[str] = set()  # capitals read as the place of an event ("a Moscow meeting"), no party
        self.weekday = ""  # the article's day of the week, "wednesday" ("is meeting Y Wednesday" is that day's)
        self.call_readout = False  # the article is the readout of a call: "the call" there is by telephone
        self.people_apposed = _people_apposed(words)  # nouns that make a name in apposition a person's
        self.demonyms: frozenset[str] = frozenset()  # the dictionary's demonyms of states ("Indian")
        self.place_ner = None  # the recogniser, for the place of talks when the sentence did not need it otherwise
        self._places: dict | None = None
        self.found = sorted(found, key=lambda f: f.start)
        self.tok_found: list[list[Found]] = [[] for _ in range(len(doc))]
        for f in found:
            span = doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self.tok_found[i].append(f)
        for t in _tokens(doc):
            if t.lower_ in ("they", "their", "them") and self._things_before(t):
                self.tok_found[t.i] = [f for f in self.tok_found[t.i] if f.how != "group"]
        for t in _tokens(doc):
            if t.lower_ == "their" and t.dep_ == "poss" and self.tok_found[t.i]:
                self._bind_their(t)
            elif t.lower_ == "they" and t.dep_ == "nsubj" and t.head.dep_ == "relcl":
                self._bind_where_they(t)
        self._ents: dict | None = None
        # the capitalised words and proper nouns no mention covers: only they can be an actor the recogniser adds,
        # so a role that reads any other token does not run it
        self.unnamed = {t.i for t in _tokens(doc) if (t.pos_ == "PROPN" or t.text[:1].isupper())
                        and not self.tok_found[t.i]} if ner is not None else set()
        for t in _tokens(doc):
            if t.lower_ == "its" and t.dep_ == "poss" and self.tok_found[t.i]:
                self._bind_its(t)
            elif t.lower_ in ("he", "she", "his", "her") and any(f.how == "pronoun" for f in self.tok_found[t.i]):
                self._bind_speaker(t)

    def _bind_their(self, tok) -> None:
        """A "their" on a noun of the clause whose subject lists two or more actors after it is theirs ("During their
        meeting, A and B discussed ...": A's and B's, not a pair named in an earlier sentence)."""
        v = tok.head
        while v.pos_ not in _VERBAL and v.head.i != v.i:
            v = v.head
        if v.lemma_.lower() not in self.words.get("their_verbs", ()):
            return  # (not "During their meeting, Russia and North Korea held drills": others' act at that time)
        for sj in _children(v, "nsubj"):
            if sj.i < tok.i:
                return
            found = [f for x in (sj, *sj.conjuncts) for f in self.tok_found[x.i][:1]]
            if len(sj.conjuncts) >= 1 and len(found) == len(sj.conjuncts) + 1 and len({f.actor for f in found}) > 1:
                at = self.tok_found[tok.i][0]
                self.tok_found[tok.i] = [replace(f, start=at.start, end=at.end, how="pronoun")
                                         for f in found]

    def _bind_where_they(self, tok) -> None:
        """A "they" of a clause on the place or time of a meeting or talks ("A met with B and C in Brussels, where they
        reiterated their support for Y") is those who met: the clause's subject and whom it names met."""
        clause = tok.head
        if clause.lemma_.lower() not in self.said_there or not any(
                c.lower_ in ("where", "when") for c in _children(clause, "advmod")):
            return  # (what the two said or did in words there, not "met Y in Jerusalem, when they attacked Z": others)
        at = clause.head
        if at.dep_ != "pobj" or at.head.dep_ != "prep":
            return
        v = at.head.head
        for _ in range(6):  # (the parser may hang the place on the last one met: "met with A and B in Brussels")
            if v.pos_ == "VERB" or v.dep_ not in ("pobj", "conj", "dobj", "prep", "appos"):
                break
            v = v.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in _MEETING_VERBS:
            return
        met = [x for x in (*self.subj(v), *_children(v, "dobj"), *self.prep(v, "with")) for x in (x, *x.conjuncts)]
        found = list({f.actor: f for x in met for f in self.tok_found[x.i][:1]
                      if f.type in ("person", "state", "organization")}.values())
        if len(found) < 2 or len(found) != len(met):
            return  # (every one met named: not "A met B and his aides in Kyiv, where they ...")
        start = self.offset + tok.idx
        self.tok_found[tok.i] = [Found(start, start + len(tok), f.actor, "pronoun", f.type) for f in found]

    def _bind_speaker(self, tok) -> None:
        """A "he" or "his" in the subject of what a person is told saying is that person's ("A and Mr. B sent
        messages, and Mr. B said his government stands with Y": B's government, not A's, the person the sentence
        opens with)."""
        said = self.reporter(tok)
        x = next((c for c in _children(said, "ccomp") if c.left_edge.i <= tok.i <= c.right_edge.i), None) if (
            said is not None) else None
        if x is None or not any(s.left_edge.i <= tok.i <= s.right_edge.i for s in _children(x, "nsubj", "nsubjpass")):
            return  # (only the subject of what is said: "The secretary extended his condolences, Kirby said" is the
            # secretary's)
        subj = [c.head.head if c.lower_ in ("who", "that") and c.head.dep_ == "relcl" else c
                for c in _children(said, "nsubj")]  # ("Y, who said he ...": Y)
        said = {f.actor: f for c in subj for f in self.tok_found[c.i] if f.type == "person"}
        was = self.tok_found[tok.i][0]
        if len(said) == 1 and was.actor not in said:
            person = next(iter(said.values()))
            self.tok_found[tok.i] = [replace(was, actor=person.actor, type="person")]

    def _bind_its(self, tok) -> None:
        """An "its" on the means of the clause's act ("violated Y's sovereignty with its raid") or on the object of a
        participle that goes on from it ("rejoined the CSTO, restoring its alliance with Russia") is the clause's
        subject's, not the last state named (Y's, the CSTO); not an "its" of what one is judged for ("criticized Y
        for its policies")."""
        noun, v = tok.head, None
        if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "by", "through", "via") and (
                noun.head.head.pos_ in _VERBAL):
            v = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.tag_ == "VBG" and noun.head.dep_ == "advcl":
            v = noun.head
        if v is None and noun.dep_ == "conj" and noun.lemma_.lower() in _OUTCOME_NOUNS and (
                noun.head.pos_ == "NOUN" and not self.tok_found[noun.head.i]) and any(
                self.tok_found[c.i] for c in _children(noun.head, "poss")):
            self.tok_found[tok.i] = []  # "concerns over Y's support for Z and its impact on Europe": the impact of the
            return  # support, a thing, not of Z named last
        if v is not None:
            owners = self.subj(v)
        elif noun.dep_ == "conj" and noun.i > noun.head.i and noun.lemma_.lower() in self.acts and (
                noun.head.lemma_.lower() in self.acts):  # "Y's invasion of Z and its attacks on civilians": Y's, as the
            owners = [x for x in _children(noun.head, "poss") if x.pos_ != "PRON"]  # act it is joined to, not Z's
        else:
            return
        doers = [f for x in owners for f in self.tok_found[x.i]
                 if f.type in ("state", "organization", "group") and f.how != "pronoun"]
        if len({f.actor for f in doers}) == 1 and doers[0].actor not in {f.actor for f in self.tok_found[tok.i]}:
            was = self.tok_found[tok.i][0]
            self.tok_found[tok.i] = [replace(was, actor=doers[0].actor, type=doers[0].type)]

    def _things_before(self, tok) -> bool:
        """A "they" of a clause joined to one whose subject, before it, is things joined by "and" that no actor names
        ("Terror and rockets do not merely kill civilians, they also kill hope"): those things, not the two parties of
        the account (but "The talks and the dinner were long, and they agreed" is the parties': no meeting or talks)."""
        v = tok.head
        while v.head.i != v.i and v.pos_ not in _VERBAL:
            v = v.head
        if v.dep_ not in ("conj", "parataxis", "ccomp"):
            return False
        # the clause it is joined to, or one told beside it (two clauses the parser hung on one verb of saying)
        joined = [x for x in (v.head if v.dep_ != "ccomp" else None, *_kids(v.head))
                  if x is not None and x.i != v.i and x.i < tok.i and (x.i == v.head.i or x.dep_ == v.dep_)]
        people = self.words.get("people_nouns", frozenset()) | self.words.get("speaker_nouns", frozenset())
        events = self.words.get("talk_nouns", frozenset()) | self.words.get("gathering_nouns", frozenset())
        return any(s.i < tok.i and any(x.pos_ == "NOUN" for x in (s, *s.conjuncts)) and s.conjuncts
                   and not any(x.lemma_.lower() in people or x.lemma_.lower() in self.actor_kinds
                               or x.lemma_.lower() in events for x in (s, *s.conjuncts))
                   and not any(self.tok_found[x.i] for x in s.subtree)
                   for c in joined for s in _children(c, "nsubj"))  # (things done to are no doers: "Weapons and
        # money were discussed, and they pledged aid" is the two who met)

    def thanked_backers(self, t) -> list:
        """Whose backing a verb of thanks thanks for, told in its "for" phrase (role `forposs`): the possessor ("for
        Russia's support"; a pronoun is the one thanked, read by "obj"), else a state that modifies it ("for U.S.
        support"), else the one it came from ("for the ongoing support from the United States"), else the one a
        relative clause says gave it ("for the assistance the United States has provided"; not "for what he called
        its support", "the support Russia has failed to break", "the assistance Germany has provided to Moldova")."""
        backings = self.prep(t, "for")
        owners = [c for o in backings for c in _children(o, "poss") if c.pos_ != "PRON"]
        if owners:
            return owners
        states = [c for o in backings for c in _children(o, "compound", "amod", "nmod")
                  if any(f.type == "state" for f in self.tok_found[c.i])]
        if states:
            return states
        sources = [c for o in backings for c in self.prep(o, "from", 1)]
        if sources:
            return sources
        return [c for o in backings for r in _children(o, "relcl") if self._gave_it_alone(r, o)
                for c in _children(r, "nsubj") if self.tok_found[c.i] and c.pos_ != "PRON"]

    @staticmethod
    def _gave_it_alone(clause, backing) -> bool:
        """A relative clause on a backing says its subject gave it, to no one it names ("that Germany has
        provided"; not "has failed to break", "has not provided", "has provided to Moldova")."""
        return clause.lemma_.lower() in _AID_GIVING and not _children(clause, "neg") and not any(
            p.lower_ == "to" for p in (*_children(clause, "prep", "dative"), *_children(backing, "prep")))

    @cached_property
    def helping_acts(self) -> frozenset[str]:
        """Nouns of acts or steps that may be said to help, no aid of their doer's (role `actor_subj`)."""
        return self.words.get("act_nouns", frozenset()) | {"step", "commitment"}

    @cached_property
    def acts(self) -> frozenset[str]:
        """Nouns of acts an "its" on a joined act goes back to the owner of (`_bind_its`)."""
        return self.words.get("event_nouns", frozenset()) | self.words.get("act_nouns", frozenset()) | {
            "war", "annexation", "campaign", "crackdown", "blockade"}

    @cached_property
    def said_there(self) -> frozenset[str]:
        """Verbs of what people who met said or did in words there ("where they reiterated / condemned / discussed
        ...": `_bind_where_they`)."""
        return self.words.get("their_verbs", frozenset()) | self.words.get("critic_verbs", frozenset()) | {
            "discuss", "pledge", "welcome", "praise"}

    @cached_property
    def blaming(self) -> frozenset[str]:
        """Verbs of a charge, a criticism or a demand, whose object "it" is another than their subject (`refs`)."""
        w = self.words
        return w.get("charge_verbs", frozenset()) | w.get("critic_verbs", frozenset()) | w.get(
            "object_control", frozenset())

    @cached_property
    def actor_kinds(self) -> frozenset[str]:
        """Nouns for kinds of actors, or people: "countries", "groups", "officials", "civilians"."""
        w = self.words
        return frozenset().union(*(w.get(k, ()) for k in ("branded", "group_nouns", "organization_nouns",
                                                            "member_nouns", "speaker_nouns", "title_nouns",
                                                            "people_nouns")))

    @cached_property
    def text(self) -> str:
        """The sentence's text (Doc.text joins its tokens anew on every read)."""
        return self.doc.text

    def ent(self, i: int):
        """The recogniser's entity over token `i`, for a token of a name no mention covers; else None."""
        return self.ents.get(i) if i in self.unnamed else None

    def made(self, span, label: str) -> list[Found]:
        """The actor the recogniser's span makes (`new_actor`), as a role's list: empty when it makes none."""
        made = self.new_actor(span, label)
        return [made] if made else []

    def entity_person(self, i: int, after: int) -> list[Found]:
        """The person the recogniser names in a name that ends at token `i` and begins after token `after` (one the
        dictionary lacks), as a role's list."""
        ent = self.ent(i)
        return self.made(ent, "PERSON") if ent is not None and ent.label_ == "PERSON" and (
            ent.start > after and ent.end == i + 1) else []

    @property
    def ents(self) -> dict:
        """Token index -> the recogniser's entity over it. The recogniser costs about as much as the tagger and
        parser together, so it runs only on first need: a role that reads a capitalised word or proper noun no
        mention covers (`ent`), or the place an event is told at (`held_at_place`)."""
        if self._ents is None:
            if self.ner is not None:
                self.doc = self.ner(self.doc)
            self._ents = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
        return self._ents

    def known_surname(self, tok) -> bool:
        """A lone proper noun the article named in full before ("Bainimarama" after "Frank Bainimarama")."""
        low = tok.lower_
        w = self.words
        return tok.pos_ == "PROPN" and tok.text in self.surnames and not self.tok_found[tok.i] and not (
            low in _BODY_WORDS or any(low in w.get(k, ()) for k in _NOUNS_OF_NO_ONE))

    def modifying_actors(self, nouns) -> list:
        """The actors that modify or possess these nouns ("Iranian involvement", "Russia's aggression"; a person the
        dictionary lacks by a surname the article gave in full: "Bainimarama's action"), not a state that only places
        a body inside it ("Sudan's largest rebel group")."""
        return [c for o in nouns if not self.kin(o) for c in _kids(o)
                if c.dep_ in ("amod", "compound", "poss", "nmod") and (self.tok_found[c.i] or (
                    c.dep_ == "poss" and self.known_surname(c)))
                and not (c.dep_ == "poss" and self.undergoes(o))
                and not (self.inner_body(o) and all(f.type == "state" for f in self.tok_found[c.i]))] + [
            # "his government's actions", "Maduro's regime's crackdown": the owner of the government that acts
            g for o in nouns if not self.kin(o) for c in _children(o, "poss") if not self.tok_found[c.i]
            and c.lemma_.lower() in _RULING_NOUNS for g in _children(c, "poss") if self.tok_found[g.i]] + [
            # "the attacks Russia carried out", "any action Kenya takes": the doer a relative clause of doing names
            n for o in nouns for r in _children(o, "relcl") if (r.lemma_.lower() in _DONE_BY or any(
                x.lemma_.lower() in _DONE_BY and _infinitive(x) and not _children(x, "dobj")
                for x in _children(r, "xcomp")))  # ("the atrocities Y continues to inflict")
            and not _children(r, "nsubjpass") and not any(d.dep_ == "dobj" and d.pos_ != "PRON" for d in _kids(r))
            for n in _children(r, "nsubj") if self.tok_found[n.i] or (
                n.pos_ == "NOUN" and n.lemma_.lower() in _RULING_NOUNS and self.refs(n))] + [  # ("the Syrian regime")
            # "the attack in Suruc, for which the PKK claimed responsibility", "the bombing that the Taliban claimed":
            # the one who claims it did it
            n for o in nouns for r, on_place in [*((r, False) for r in _children(o, "relcl")), *(
                # (or on the place the parser hung it on: "the attack in Suruc, Turkey, for which ...")
                (r, True) for p in _children(o, "prep") if p.lower_ in ("in", "at", "near", "on")
                for x in _children(p, "pobj") for r in _children(x, "relcl"))]
            if r.lemma_.lower() == "claim" and not _children(r, "ccomp", "xcomp") and (any(
                d.lemma_.lower() in ("responsibility", "credit") for d in _children(r, "dobj")) and any(
                w.tag_ in ("WDT", "WP") for p in _children(r, "prep") if p.lower_ == "for"
                for w in _children(p, "pobj")) or not on_place and any(
                    d.lower_ in ("that", "which") for d in _children(r, "dobj")))
            # (not "which Russia claimed Ukraine had launched": a charge; nor "the shelling in Crimea, which Russia
            # claimed for itself": the place claimed)
            for n in _children(r, "nsubj") if self.tok_found[n.i]]

    def undergoes(self, noun) -> bool:
        """An act whose possessor undergoes it when no "of" names another ("her trial", "Y's arrest"; not "Y's arrest
        of the journalist")."""
        return noun.lemma_.lower() in self.words.get("undergone_nouns", ()) and not any(
            p.lower_ == "of" for p in _children(noun, "prep"))

    def kin(self, noun) -> bool:
        """A relative or a lawyer, whose possessor is someone else ("supported Y's father", "Y's lawyer")."""
        return noun.lemma_.lower() in self.words.get("kin_nouns", ())

    def group_owner(self, c) -> bool:
        """The possessor names an armed or political group (or a "whose" on one): its fighters are its own
        ("Hezbollah's guerrillas", "Hezbollah, whose fighters ..."), unlike a state's ("Sudan's rebels")."""
        owners = self.tok_found[c.i] or (self.refs(c) if c.lower_ == "whose" else [])
        return bool(owners) and all(f.type == "group" for f in owners)

    def inner_body(self, noun) -> bool:
        """The noun names a body inside a state, which the state's possessive or demonym only places: "Sudan's
        largest rebel group", "Somalia's Islamist movement", "Syria's opposition", "Zimbabwe's opposition leader"."""
        w = self.words
        inner = w.get("group_nouns", frozenset()) | w.get("member_nouns", frozenset()) | w.get(
            "opposition_words", frozenset())
        # (a state's own leaders are its leaders: "met China's leaders", "its top leaders"; "Sudan's rebel leaders",
        # "Iraq's Sunni leaders", "Russia's business leaders" are a body's or a community's)
        if noun.tag_ == "NNPS" and not self.tok_found[noun.i] and noun.text not in ORGAN_WORDS and not any(
                m.dep_ == "compound" for m in _kids(noun)) and (noun.ent_type_ == "NORP" or noun.lower_.endswith((
                    "ists", "ites")) or noun.text in _PEOPLE_PLURALS):
            return True  # a people or a faction named by a capitalised plural: "Iraq's Kurds", "Nepal's Maoists"
        mods = [m for m in _kids(noun) if m.dep_ in ("amod", "compound")]
        if noun.lemma_.lower() == "leader":
            ranks = w.get("leader_ranks", frozenset())
            return any(m.lower_ not in ranks for m in mods)
        return noun.lemma_.lower() in inner or any(m.lower_ in inner for m in mods)

    def objects(self, t, preps: tuple[str, ...] = ()) -> list:
        """The trigger's object (as `obj` reads it, then as the parser gave it) and the objects of these
        prepositions on it, in that order."""
        return [*self.obj(t), *_children(t, "dobj"), *(x for p in preps for x in self.prep(t, p))]

    def refers_to_event(self, t) -> bool:
        """The trigger's object (or its "for" object) is a definite event noun that names no actor: "condemned
        the attack", "claimed responsibility for Sunday's bombing", "the attack was claimed by X"; not the "for"
        object when the object is someone else blamed for it ("blamed rebels for the attack", "blamed a saboteur for
        the bombing": theirs, not the doer told before; but "condemned the attackers for the attack" is of the
        doers)."""
        kept = self.words.get("told_or_doers", frozenset())
        direct = [*self.obj(t), *_children(t, "dobj")]
        if any(o.pos_ == "NOUN" and o.lemma_.lower() not in kept and o.lower_ not in kept for o in direct):
            return any(self.told_event(o) for o in direct)
        return any(self.told_event(o) for o in self.objects(t, ("for", "against")))

    def doers(self, before: int | None = None) -> list[str]:
        """The actors the subject of the last act told names (before token `before`): "Japan says Chinese
        ships entered the area" -> China; not the subjects of verbs of saying."""
        says = self.words.get("say_verbs", ())
        for v in reversed(self.doc[:before] if before is not None else self.doc):
            if v.pos_ == "VERB" and v.lemma_.lower() not in says and not _reacting(v, self.words.get(
                    "reaction_verbs", frozenset())):
                actors = self.subject_actors(v)
                if actors:
                    return sorted(actors)
        return []

    def act_noun(self, t, subject: bool = False, demonstrative: bool = False):
        """The trigger's object, or the object of its "over"/"about"/"by"... phrase, when it is a definite act
        noun that names no actor: "called the move regrettable", "condemned the decision", "disappointed by
        the move"; else None."""
        acts = self.words.get("act_antecedents", frozenset()) | self.words.get("act_verb_nouns", frozenset())
        bad = self.words.get("judgements", frozenset()) | self.words.get("negative_evaluations", frozenset())
        judged = []  # "X says the comments are unacceptable": the subject of a clause that judges it
        for c in _affirmed_clauses(t):
            for x in _children(c, "nsubj"):
                inside = {y.i for y in x.subtree}
                if any(y.lemma_.lower() in bad or y.lower_ in bad for y in c.subtree if y.i not in inside):
                    judged.append(x)
        # (with `subject`, the trigger's subject too: "a decision that drew condemnation from X")
        for o in (*self.objects(t, ("for", "against", "over", "about", "by", "at", "with")), *judged,
                  *((x.head.head if x.tag_ in ("WDT", "WP") and x.head.dep_ == "relcl" else x)
                    for x in (_children(t, "nsubj") if subject else ()))):
            # ("a move condemned by the G7": the judge, in the clause that modifies the move, owns no move)
            own = {x.i for x in t.subtree} if t in o.subtree else set()
            if demonstrative and o.lower_ in ("this", "that") and o.dep_ == "dobj" and not list(_kids(o)) and (
                    not self.doc[o.i + 1 :] or self.doc[o.i + 1].is_punct or self.doc[o.i + 1].dep_ in ("cc", "prep")):
                return o  # "China firmly opposes and sternly condemns this": what the sentences before told
            if demonstrative and o.lower_ in ("this", "that") and not self.tok_found[o.i] and (o in judged or (
                    o.dep_ == "dobj" and any(y.lemma_.lower() in bad or y.lower_ in bad for c in _kids(t)
                                             if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for y in c.subtree))):
                return o  # "X called this a troubling signal": the act told before (not "it": "considered it
                # inappropriate for royals to run", "condemned the attack, calling it brutal" are other things)
            if o.lemma_.lower() in acts and not any(self.role([c]) for c in o.subtree if c is not o and c.i not in own
                                                    ) and any(
                    c.dep_ == "det" and (c.lower_ in ("the", "this", "that", "these", "those") or (
                        c.lower_ in ("a", "an") and c.i and self.doc[c.i - 1].text in (",", "--", "\u2014", "\u2013")))
                    or c.dep_ == "poss" and c.lower_ in _DAY_WORDS for c in _kids(o)):  # ("Wednesday's coup")
                # ("Putin signed the treaties, a move condemned by the G7": an act in apposition is the one told;
                # so is one after a dash, "-- a step strongly opposed by Syria")
                return o
        return None

    def definite_object(self, t):
        """The trigger's object (or the object of its "over"/"about"/"against"... phrase) when it is a definite
        common noun that names no actor, so a thing told before: "condemned the drills", "objected to the move";
        else None."""
        for o in self.objects(t, ("for", "against", "over", "about", "at", "with", "to")):  # ("objected to the plan")
            if o.pos_ == "NOUN" and o.lemma_.lower() not in _NOT_TOLD and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in _kids(o)) and (
                    not any(self.role([c]) for c in o.subtree if c is not o)):
                return o
        return None

    def told_event(self, o) -> bool:
        """ "the attack", "Sunday's bombing", "what he called naked aggression": a definite event noun naming no
        actor, so one told before."""
        if o.lemma_.lower() not in self.words.get("event_nouns", ()) or any(self.role([c]) for c in _kids(o)):
            return False
        if any(c.dep_ == "poss" and c.lemma_.lower() in ("year", "month", "decade") for c in _kids(o)):
            return False  # "last year's attack on the Westgate Mall": another event, long before the story's
        v = o.head.head if o.dep_ == "pobj" and o.head.lower_ == "as" else o.head
        if o.dep_ in ("oprd", "attr", "pobj") and v.dep_ == "ccomp" and any(x.lower_ == "what" for x in _kids(v)):
            return True  # a free relative names what was done
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss"
                   for c in _kids(o))

    def subject_actors(self, v) -> set[str] | None:
        """The actors named anywhere in the explicit nominal subject of an active verb ("Congo's president",
        "U.N. experts"; an empty set for "anti-government demonstrators"); None when the verb has none. For an
        event noun, its light verb's ("Arab countries launched an attack on Y")."""
        if v.pos_ == "NOUN" and v.dep_ == "dobj" and v.head.lemma_.lower() in self.words.get("light_verbs", ()):
            v = v.head
        first = v
        while first.dep_ == "conj" and first.pos_ in _VERBAL and not _children(first, "nsubj", "nsubjpass"):
            first = first.head  # "Putin met Erdogan and condemned Israel": Putin condemned it, not Erdogan
        # a pronoun the reader resolved counts as named ("He met X and criticized Iran")
        subj = [c for c in _kids(first) if c.dep_ == "nsubj" and (
            c.pos_ in ("NOUN", "PROPN") or c.pos_ == "PRON" and self.tok_found[c.i])]
        if not subj and v.pos_ in _VERBAL and _is_passive(first):  # "Russia was accused by Ukraine": Ukraine
            subj = [x for x in _agent_of_passive(first) if x.pos_ in ("NOUN", "PROPN") or self.tok_found[x.i]]
        # a clause inside the subject tells another act: "Hezbollah, backed by Iran, fired": Hezbollah fired
        # (but "a group called the Popular Resistance Committees" names the subject)
        own: set[int] = {x.i for c in subj for y in c.subtree if y.dep_ in ("acl", "relcl") and y.lemma_.lower()
                         not in ("call", "name", "know", "dub") for x in y.subtree}
        if v.dep_ == "acl" and v.tag_ == "VBG" and self.role([v.head]):
            subj = [v.head]  # "with Congo's president accusing Rwanda", not "a resolution demanding"
            own = {x.i for x in v.subtree}
        elif v.dep_ == "pcomp" and v.head.lemma_ == "for":  # "lashed out at Y for criticizing Z": Y
            subj = [x for x in self.subj(v) if x.pos_ in ("NOUN", "PROPN")]
        elif v.dep_ == "amod" and v.tag_ == "VBN":  # "Iran-backed Houthi rebels": Iran backs them
            subj = [c for c in _kids(v) if c.dep_ in ("npadvmod", "compound", "nmod") and self.tok_found[c.i]]
        elif v.pos_ == "ADJ" and v.dep_ == "amod" and v.head.lemma_.lower() in self.actor_kinds:
            # "ties with countries critical of Y": the actors the noun it describes names (but "an article critical
            # of Y" is its writer's, the clause's subject: the parse does not decide)
            subj, own = [v.head], {x.i for x in v.subtree}
        if not (v.pos_ in _VERBAL or v.pos_ == "ADJ" and v.dep_ == "amod") or not subj:
            return None
        if any(x.lower_ in self.words.get("opposition_words", ()) for c in subj for x in c.subtree):
            return set()  # "Kenya's opposition leader": no actor of ours
        # (a pronoun subject is who the reader takes it for, not the mention finder's guess: "Mr. Hassan told ...
        # He accused Kenya", after a Musyoka the dictionary knows)
        named = {f.actor for c in subj for x in c.subtree if x.i not in own and not (x.i == c.i and c.pos_ == "PRON")
                 for f in self.tok_found[x.i]} | {f.actor for f in self.role(subj)}
        return named if named or first is v else None  # a conjunct's borrowed subject decides only when named

    # actors a token stands for --------------------------------------------------------------------
    def refs(self, tok, depth: int = 0) -> list[Found]:
        if depth > 4:
            return []
        if tok.lower_ == "whose" and tok.dep_ == "poss":  # "Russia, whose troops invaded Georgia": the noun the
            x = tok  # relative clause is on
            while x.dep_ != "relcl" and x.head.i != x.i:
                x = x.head
            return self.refs(x.head, depth + 1) if x.dep_ == "relcl" else []
        if tok.lower_ in _OWN_POSSESSIVES and tok.dep_ == "poss" and tok.head.dep_ == "pobj" and (
                tok.head.head.lower_ == "as") and (v := tok.head.head.head).pos_ in _VERBAL and depth == 0:
            # "Venezuela relies on China and Russia as its main suppliers", "sees Y as its main threat": the
            # verb's subject, not the last name before it
            own = [f for f in self.role(self.subj(v), depth + 1) if f.type != "person" or tok.lower_ != "its"]
            if own:
                return own
        if tok.lower_ in ("both", "all", "each") and tok.dep_ in ("nsubj", "nsubjpass") and (
                not self.tok_found[tok.i]):  # "U.N. peacekeepers and French forces, both of whom attacked ...": the
            # ones the relative clause is on
            rel = tok.head if tok.head.dep_ == "relcl" else None
            if rel is not None and any(w.lower_ in ("whom", "which") for p in _children(tok, "prep") if p.lower_ == "of"
                                       for w in _children(p, "pobj")):
                return self.role([rel.head], depth + 1)
        if tok.lower_.rstrip(".") in ("jr", "sr", "ii", "iii", "iv") and not self.tok_found[tok.i]:
            # "Gen. Joseph F. Dunford, Jr., met ...", "General Lloyd J. Austin III visited": the parser's head is the
            # suffix, the name hangs on it (the person right before it, not a body of the title before the name)
            if tok.i > 0 and (named := [f for f in self.tok_found[tok.i - 1] if f.type == "person"]):
                return named[:1]
            return [f for c in _kids(tok) if c.dep_ in ("nmod", "compound", "appos") and c.i < tok.i
                    for f in self.refs(c, depth + 1)][:1]
        if tok.lower_ in ("some", "much", "part", "parts", "most", "all") and not self.tok_found[tok.i]:
            # "his criticism of some of Washington's policies": the part is of the whole's owner
            return [f for p in _children(tok, "prep") if p.lower_ == "of" for o in _children(p, "pobj")
                    for f in self.refs(o, depth + 1)]
        if not self.tok_found[tok.i] and tok.i + 1 < len(self.doc) and self.tok_found[tok.i + 1] and RANKS.fullmatch(
                " ".join(x.text for x in self.doc[tok.left_edge.i : tok.i + 1]) + " "):
            # "met with Senior General Than Shwe", the name misparsed off its rank: the one named right after it
            return [f for f in self.tok_found[tok.i + 1] if f.type == "person"][:1]
        last = _title_run_end(tok, ("of", "the", "and", "for", "on", "-")) if not self.tok_found[tok.i] else None
        cut = next((x.i for x in tok.doc[tok.i + 1 : last] if x.dep_ == "cc"), None) if last is not None else None
        if last is not None and cut is not None:
            # "met with Minister of Interior A and Secretary General of NATO B": the first title's own name, before
            # the list goes on (the run that ends in one name is a run of one person's titles only when the first
            # title names no one of its own: "Politburo Member and Director of the Office ... Yang Jiechi")
            own = [f for x in tok.doc[tok.i : cut] for f in self.tok_found[x.i] if f.type == "person"] or (
                self.entity_person(cut - 1, tok.i))
            if own:  # (and the titles after it, whose names the list goes on with: "... and Secretary General of
                # NATO B", where the parser hung B's title on A's name)
                return own[-1:] + [f for x in tok.doc[cut + 1 : last + 1] if x.dep_ == "conj" and x.head.i < cut
                                   for f in self.refs(x, depth + 1)]
        if last is not None:
            # "spoke with Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi": a
            # run of capitalised titles the parser split up, ending in the name of the one who holds them
            # (... or a person the dictionary lacks: "and Acting Director General of the National Directorate of
            # Security X", the last title of a list)
            held = [f for f in self.tok_found[last] if f.type == "person"] or (
                self.entity_person(last, tok.i) if cut is None else [])
            if held:
                return held[:1]
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "his", "her"):
            # "Szatkowski also mentioned Russian action, which he called ...": the sentence's own subject, a name
            # the dictionary lacks, before a person named in an earlier sentence
            own = [x for c in _kids(tok.sent.root) if c.dep_ == "nsubj" and c.i < tok.i
                   for x in (c, *_children(c, "appos"))  # ("Eritrea's ambassador, Girma Asmerom, told VOA his")
                   if x.pos_ == "PROPN" and x.i < tok.i and not self.tok_found[x.i]] if depth == 0 else []
            r = [f for f in self.refs(own[0], depth + 1) if f.type == "person"] if own else []
            if r:
                return r[:1]
            have = self.tok_found[tok.i]
            made = self.resolve(tok, have[0] if have else None) if self.resolve is not None else None
            if made:  # "He claims ..." after a person the dictionary lacks
                return [made]
        if tok.lower_ == "their" and tok.dep_ == "poss" and not self.tok_found[tok.i] and depth == 0:
            # "The Pakistani and Indian delegations ended their talks": the clause's subject before it, when it names
            # two or more
            v = tok.head.head if tok.head.dep_ in ("dobj", "nsubjpass") else None
            own = [f for c in (_children(v, "nsubj") if v is not None and v.pos_ in _VERBAL else ()) if c.i < tok.i
                   for f in self.role([c], depth + 1)]
            if len({f.actor for f in own}) > 1:
                return own
        if tok.pos_ == "PRON" and tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.i == tok.sent.start and not (
                self.tok_found[tok.i]) and self.resolve is not None:
            made = self.resolve(tok)  # "It also accuses Cairo of ...": the body the sentence before is about
            if made and made.type != "person":
                return [made]
        if tok.lower_ == "it" and tok.dep_ == "dobj" and tok.pos_ == "PRON" and depth == 0 and not self.tok_found[
                tok.i] and tok.head.lemma_.lower() != "call" and tok.head.lemma_.lower() in self.blaming:
            # (not "called it unacceptable": a thing)
            # "Turkey recalled its envoy from Israel and accused it of war crimes": the object of a charge or a
            # demand is not the verb's own subject; it is the object of the verb it is joined to ("accused Iran of
            # ... and urged it to stop"), else the last state or body named before it in the sentence that is not
            # the subject (nothing when the joined verb's object is a thing)
            own = {f.actor for x in self.subj(tok.head) for f in self.tok_found[x.i]}
            before = [f for f in self.found if f.end <= self.offset + tok.idx and f.how != "pronoun"
                      and f.type in ("state", "organization", "group") and f.actor not in own]
            w = self.words
            joined = _children(tok.head.head, "dobj") if tok.head.dep_ == "conj" else []
            people = w.get("speaker_nouns", frozenset()) | w.get("people_nouns", frozenset())
            if any(not self.tok_found[o.i] and o.lemma_.lower() not in people for o in joined):
                return []  # "received the proposal from Qatar and accused it of bias": the proposal (but "recalled
                # its envoy from Y and accused it": no envoy is an "it")
            parallel = [f for o in joined for f in self.tok_found[o.i] if f in before]
            if own and before:
                return [(parallel or before)[-1]]
        said = tok.head.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and (
            tok.head.head.lemma_.lower() in self.words.get("say_verbs", ())) else None  # "X said (that) he ..."
        if said is not None and tok.lower_ in ("they", "he", "she", "it", "this", "that"):
            # "Bush said of the PKK that they are an enemy of Turkey", '"This is an escalation," X said of the
            # Russian strikes': the one it is said of
            said_of = [f for p in _children(said, "prep") if p.lower_ == "of"
                       for f in self.role(_children(p, "pobj"), depth + 1)]
            if said_of:
                return said_of
        if said is not None and tok.lower_ == "they" and not self.tok_found[tok.i]:
            # "The Syrian Democratic Forces said they had taken Raqqa": the body that says so, when it is one
            sayers = [f for f in self.role(_children(said, "nsubj"), depth + 1) if f.type != "person"]
            if len({f.actor for f in sayers}) == 1:
                return sayers[:1]
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and not self.tok_found[tok.i] and (
                tok.head.lemma_.lower() in _PRICE_VERBS) and (conditioned := [
                f for c in _children(tok.head, "advcl") if c.i < tok.i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in _kids(c))
                for f in self.role(_children(c, "nsubj"), depth + 1) if f.type != "person"]):
            return conditioned[:1]  # "if Russia attacks, it will face crippling sanctions": the one the condition
            # names pays the price (not "if A or B attacks, it will retaliate": the one who warns)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and not self.tok_found[tok.i]:
            # "Kenya sent troops after al-Shabab, which it blames for ...": the subject of the clause it hangs
            # from, when that is a state or a body
            for v in tok.head.ancestors:
                subj = _children(v, "nsubj") if v.pos_ in _VERBAL else []
                if subj:
                    return [f for f in self.role(subj, depth + 1) if f.type != "person"]
            return []
        if tok.lower_ == "them" and tok.dep_ == "pobj" and not self.tok_found[tok.i] and (
                tok.head.head.dep_ == "conj" and tok.head.head.pos_ in _VERBAL and tok.head.head.head.pos_ in _VERBAL
                and not _children(tok.head.head, "nsubj", "nsubjpass")):
            # "grieves with the people of A and B and stands with them": the ones of the verb it is joined to, in a
            # phrase of the same preposition or as its object, when it shares that verb's subject (not "A fought B,
            # and C gave arms to them": A)
            first = tok.head.head.head
            return self.role([o for p in _children(first, "prep") if p.lower_ == tok.head.lower_
                              for o in _children(p, "pobj")] or _children(first, "dobj"), depth + 1)
        if tok.pos_ == "NOUN" and tok.dep_ == "appos" and (head := tok.head).pos_ == "PROPN" and head.i < tok.i and (
                tok.lemma_.lower() in self.people_apposed) and (
                named := [f for f in self.tok_found[head.i] if f.type == "person"] or (
                    [self.new_actor(self.doc[head.i : head.i + 1], "PERSON")] if head.text in self.surnames
                    and self.ent(head.i) is None and not _children(head, "compound") else [])) and named[0]:
            return named[:1]  # "Iijima, the Japanese envoy visiting North Korea" (after "Isao Iijima"): the person
            # the apposition names, by the name's own reading (not the apposition's, which this is)
        if self.tok_found[tok.i]:
            found = self.tok_found[tok.i]
            if tok.pos_ == "NOUN":  # "British and U.S. officials": the mention is "U.S. officials" alone
                found = found + [f for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and self.tok_found[c.i]
                                 and c.conjuncts for f in self.role([c], depth + 1)]  # (also "U.S." read as nmod)
                if tok.tag_ == "NNS" and not self.names_only and tok.lemma_.lower() in self.words.get(
                        "speaker_nouns", ()):
                    # "talks with Pakistani officials, including army chief X": X too
                    found = found + [f for f in self.included(tok, depth) if f.type == "person"]
            elif tok.pos_ == "PROPN":  # "President Ilham Aliev and Defense Minister Safar Abiyev", parsed as one
                # name: a person named inside it, before "and"
                own = {f.actor for f in found}
                found = found + [f for c in tok.subtree if c.i < tok.i and c.dep_ in ("nmod", "compound")
                                 and any(x.dep_ == "cc" and x.lower_ == "and" for x in _kids(c))
                                 for f in self.tok_found[c.i] if f.actor not in own and (f.type == "person" or (
                                     f.type == "state" and all(g.type == "state" for g in found)))]
                # ("North and South Korea": both halves)
            return _unique(found)
        lemma = tok.lemma_.lower()
        w = self.words
        if lemma in _DIPLOMAT_NOUNS and self.resolve is not None and any(c.lower_ == "the" for c in tok.lefts):
            r = self.resolve(tok)  # "the U.S. diplomat": the one the story named, before the state he serves
            if r is not None and r.type == "person":
                return [r]
        said_of = tok.head.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and (
            tok.head.head.dep_ == "relcl" and tok.head.head.lemma_.lower() in w.get("say_verbs", ())
            and tok.i < tok.head.head.i) else None  # ("Y, who X says has been behind the bombings": Y)
        # ("the government, which the rebels vowed to overthrow": the clause of "vowed")
        clause = _relative_clause(tok.head) if tok.dep_ == "dobj" else tok.head if tok.head.dep_ == "relcl" else None
        if lemma in w.get("relative", ()) and (clause is not None or said_of is not None):
            # "A and B, who met earlier": both
            named = clause.head if said_of is None else said_of.head
            act = named.head.head if named.dep_ == "pobj" and named.head.dep_ == "prep" else None
            if act is not None and named.head.lower_ == "of" and act.lower_ == "one" and act.dep_ == "attr" and (
                    act.head.lemma_ in ("be", "become", "remain")):
                return self.role(self.subj(act.head), depth + 1)  # "Y was one of many countries that offered aid": Y
            if tok.lower_ == "which" and tok.dep_ == "dobj" and act is not None and act.pos_ == "NOUN" and (
                    act.lemma_.lower() in w.get("act_nouns", frozenset()) | w.get("event_nouns", frozenset())):
                # "Russia's attack on Ukraine, which he described as unacceptable": the attack (not "a response
                # from Beijing, which accused ...": a subject is who acts)
                named = act
            if tok.dep_ == "nsubj" and clause is not None and named.lemma_.lower() in _MEANS and (
                    clause.lemma_.lower() in _HARMING) and (doers := [
                        o for p in _children(named, "prep") if p.lower_ == "by" for o in _children(p, "pobj")] or [
                        c for c in _kids(named) if c.dep_ in ("poss", "amod", "compound") and self.tok_found[c.i]]):
                return self.role(doers, depth + 1)  # "the attack by the Houthis that struck the airport": its doer
            if named.dep_ == "appos" and named.pos_ == "NOUN" and named.lemma_.lower() in w.get("act_antecedents", ()):
                # "signed a pact with Y, a move that alarmed Z": the move is the clause's act, by its subject
                v = next((a for a in named.head.ancestors if a.pos_ in _VERBAL), None)
                return self.role(self.subj(v), depth + 1) if v is not None else []
            if named.dep_ == "appos" and named.pos_ == "NOUN" and not self.tok_found[named.i] and (
                    self.tok_found[named.head.i]):
                return self.role([named.head], depth + 1)  # "X, the militant whom Y blamed": X
            if tok.dep_ == "nsubj" and named.dep_ == "dobj" and named.lemma_.lower() in _ENACTED and (
                    named.head.lemma_.lower() in _ENACTING) and not self.tok_found[named.i]:
                # "X signed an order that expands sanctions on Y", "the Council adopted a resolution that condemns
                # Y": the text speaks for the one who made it
                return self.role(self.subj(named.head), depth + 1)
            return self.role([named], depth + 1)
        if tok.pos_ == "PRON" and tok.dep_ == "dobj" and tok.lower_ in ("them", "him", "her", "it") and (
                tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG"):
            # "expelled two British diplomats, accusing them of spying": the object of the clause it follows, or the
            # one it acted with ("cut diplomatic ties with Qatar, accusing it of supporting terrorism")
            main = tok.head.head
            objects = _children(main, "dobj")
            return [f for o in objects for f in self.refs(o, depth + 1)] or [
                f for h in (main, *objects) for p in _children(h, "prep")
                if p.lower_ in ("with", "to", "against", "from") for o in _children(p, "pobj")
                for f in self.refs(o, depth + 1)]
        if (tok.lower_ in _COUNTS or tok.lemma_.lower() in w.get("series_nouns", ())) and tok.pos_ in ("NOUN", "NUM"):
            # "killed dozens of Boko Haram fighters", "struck a series of Syrian targets": the ones counted
            counted = [o for p in _children(tok, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
            if counted:
                return self.role(counted, depth + 1)
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in w.get("people_nouns", ()):
                # "accused the two men, A and B, of ...": the ones named beside them
                named = [f for c in _children(tok, "appos") for f in self.role([c], depth + 1) if f.type == "person"]
                rulers = [x for x in tok.conjuncts if x.lemma_.lower() in ("government", "leadership", "authority")]
                if not named and lemma == "people" and rulers and not (self.strict or self.places):
                    # "grieves with the people and governments of A and B", "the government and people of Y": the
                    # nation, its government named beside (not "supports the people of Cuba" against its rulers)
                    named = [f for x in (tok, *rulers) for p in _children(x, "prep") if p.lower_ == "of"
                             for f in self.role(_children(p, "pobj"), depth + 1) if f.type == "state"]
                return named
            if lemma in w.get("member_groups", ()):  # "The delegation, which also included A, B and C, met Putin"
                members = [m for c in _kids(tok) if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in (
                    "include", "comprise") for m in _children(c, "dobj")]
                r = self.role(members, depth + 1) if members else []
                if not r and lemma in _HEADED_GROUPS and not any(
                        c.dep_ in ("compound", "amod", "poss", "nmod") and self.tok_found[c.i] for c in _kids(tok)
                ) and not any(self.tok_found[o.i] for p in _children(tok, "prep") if p.lower_ in ("from", "of")
                              for o in _children(p, "pobj")):  # (nor "a delegation from Hamas led by X")
                    # "talks with the delegation, headed by X": its head (a "Hamas delegation" is Hamas's)
                    r = self.role([x for c in _kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN" and (
                        c.lemma_.lower() in ("lead", "head")) for x in _agent_of_passive(c)], depth + 1)
                if r:
                    return r
            if tok.tag_ == "NNS" and lemma in _PEOPLE_TITLES and tok.dep_ == "pobj" and any(
                    c.dep_ == "conj" and self.tok_found[c.i] for m in _kids(tok) if m.dep_ == "amod"
                    for c in _kids(m)):
                return []  # "met with Israeli and Palestinian leaders": people the story names, not the states (but
                # "Chinese civilian and military leaders" are China's)
            acting = lemma in w.get("speaker_nouns", ()) or {lemma, tok.lower_} & w.get("state_nouns", frozenset()) or (
                self.places and lemma in w.get("place_nouns", ()))  # the target of an attack
            if acting and lemma == "tank" and any(c.lower_ == "think" for c in _kids(tok)):
                acting = False  # a think tank is no tank
            if acting and lemma in ("inquiry", "investigation", "probe") and any(
                    c.dep_ == "compound" and any(f.type == "state" and f.how in ("name", "metonym")
                                                 for f in self.tok_found[c.i]) for c in _kids(tok)):
                acting = False  # "the Russia probe": one about Russia (but "a U.N. inquiry", "a British probe")
            if lemma == "fighter" and any(c.dep_ == "compound" and c.lemma_.lower() == "jet" for c in _kids(tok)):
                acting = True  # "Sudanese jet fighters": aircraft, as "fighter jets" are (not "Sudanese fighters")
            # ("camps linked to bin Laden": his, as a target)
            owners = [o for a in _children(tok, "acl") if a.lemma_.lower() == "belong" or self.places and (
                a.lemma_.lower() in w.get("linking_participles", ())) for o in self.prep(a, "to")] or [
                o for a in _children(tok, "acl") if self.places and a.lemma_.lower() in ("house", "host")
                for o in _children(a, "dobj")]  # "bases housing U.S. troops": the forces there are the target
            if acting and owners:  # "targets belonging to the Syrian army": the owner's
                r = self.role(owners, depth + 1)
                if r:
                    return r
            # "Iran's government", "Macron's statement"; "Russian forces", "U.S. and Iranian diplomats"
            named_person = tok.pos_ == "PROPN" and getattr(self.ent(tok.i), "label_", "") == "PERSON"
            # ("Liu Zhenmin, China's Assistant Foreign Minister,": a person's own name, not the title's state)
            for c in _children(tok, "appos") if not (self.names_only or named_person) else ():
                if c.text.isupper() and c.i and self.doc[c.i - 1].text == "(":
                    continue  # "the Indian Ministry of External Affairs (MEA)": its initials, no other actor
                if tok.pos_ == "PROPN" and getattr(self.ent(tok.i), "label_", "") in ("ORG", "GPE", "NORP") and (
                        getattr(self.ent(c.i), "label_", "") == "PERSON"):
                    continue  # "the head of the Congolese Liberation Movement, Jean-Pierre Bemba,": the head, not
                    # the body (the body's name is its own)
                # "the militant group, Hamas,", "his foreign minister, Javad Zarif", "five countries -- A, B and C --"
                r = self.role([c], depth + 1)
                if r:
                    return r
            if (lemma in w.get("title_nouns", ()) or lemma in w.get("speaker_nouns", ())) and not self.names_only:
                # "the president of Afghanistan, Hamid Karzai,": the parser hangs the name on the state; it names
                # the title's holder
                held = [f for p in _children(tok, "prep") if p.lower_ in ("of", "for") for o in _children(p, "pobj")
                        for a in _children(o, "appos") for f in self.role([a], depth + 1) if f.type == "person"]
                if held:
                    return held
            if acting and any(c.dep_ == "amod" and c.lower_ in w.get("former", ()) for c in _kids(tok)):
                return []  # "former Nigerian President and mediator X" speaks for no state now
            if lemma in ("country", "nation") and self.state_of is not None:
                for c in _children(tok, "poss"):  # "a war against his country": the state its leader leads
                    # ("Eritrea's ambassador, X, told VOA his country ...", "Tunisia's prime minister said his country
                    # ...": the state the speaking official serves)
                    served = [f for n in _children(tok.sent.root, "nsubj") if n.i < c.i and n.lemma_.lower()
                              in w.get("speaker_nouns", ())  # (named or not: "Tunisia's prime minister said")
                              for m in _kids(n) if m.dep_ in ("poss", "amod", "compound")
                              for f in self.tok_found[m.i] if f.type == "state"] if c.lower_ in ("his", "her") else []
                    if len({f.actor for f in served}) == 1:
                        return [Found(served[0].start, served[0].end, served[0].actor, "possessor", "state")]
                    owners = self.tok_found[c.i] or (self.refs(c, depth + 1) if c.lower_ == "whose" else [])
                    states = [self.state_of(f.actor) for f in owners if f.type == "person"]
                    if states and states[0]:
                        f = owners[0]
                        return [Found(f.start, f.end, states[0], "possessor", "state")]
            # "al-Shabab militants", "the Islamic Jihad group": the group, not "Iraqi militias"
            if lemma in w.get("document_nouns", ()) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in w.get(
                    "authoring_verbs", ()):  # "X is circulating a draft resolution pressing Y to ...": X's words
                r = self.role(self.subj(tok.head), depth + 1)
                if r:
                    return r
            for a in _children(tok, "acl") if lemma in w.get("document_nouns", ()) else ():
                # "The resolution, drafted by Britain and France, condemns Y": its authors'
                if a.tag_ == "VBN" and a.lemma_.lower() in w.get("authoring_verbs", ()):
                    r = self.role([x for b in _children(a, "agent") for x in _children(b, "pobj")], depth + 1)
                    if r:
                        return r
            for p in _children(tok, "prep") if tok.pos_ == "NOUN" else ():
                # "rich nations like the U.S.", "African countries, including Ethiopia and Kenya", "countries such
                # as Ethiopia": the ones named
                listed = p.lower_ == "including" or p.lower_ == "as" and any(c.lower_ == "such" for c in _kids(p))
                if p.lower_ == "like" or listed and lemma in w.get("party_nouns", ()):
                    r = self.role(_children(p, "pobj"), depth + 1)
                    if r:
                        return r
            if lemma in ("country", "nation", "state", "member", "ally"):  # "Asean countries", "NATO allies": the body
                orgs = [f for c in _kids(tok) if c.dep_ in ("amod", "compound", "nmod")
                        for f in self.tok_found[c.i] if f.type == "organization"]
                if orgs:
                    return _unique(orgs)
            member = lemma in w.get("member_nouns", ()) or lemma in w.get("group_nouns", ())
            # "opposes the U.S. stance", "condemned Israeli occupation": whose act is judged
            judged = lemma in w.get("act_nouns", ()) and not self.strict
            mods: list[Found] = []
            kids = list(_kids(tok))
            if acting or member:  # ("Chinese civilian and military leaders": the demonym hung on the first adjective)
                kids += [x for c in kids if c.dep_ in ("amod", "nmod") and _children(c, "conj")
                         for x in _children(c, "amod") if self.tok_found[x.i]]
            for c in kids:
                # an attack's target is a possessor's place or force, not its "pledge" ("targets Y's pledge");
                # "Somalia's Islamist movement" is not Somalia, "Zimbabwe's opposition leader" does not speak for it
                possessor = c.dep_ == "poss" and (acting or not (self.strict or self.places)) and not (
                    self.inner_body(tok) and not self.group_owner(c)) and not self.kin(tok) and not self.undergoes(tok)
                if possessor and _our_shared_area(c):
                    continue  # "Our Hemisphere stands with Y", "our region": an area the speaker shares, not its state
                modifier = (acting or member or judged) and c.dep_ in ("compound", "amod", "nmod") or (
                    c.dep_ == "amod" and _our_friends(tok))
                # a name of two or more words the recogniser missed is still read ("the Dalai Lama's visit")
                named = possessor and c.pos_ == "PROPN" and any(x.dep_ == "compound" and x.pos_ == "PROPN"
                                                                for x in c.lefts)
                # ... or one the story named before: "the bloc's efforts"
                described = possessor and (c.pos_ == "NOUN" and any(x.lower_ == "the" for x in c.lefts) and (
                    c.lemma_.lower() in w.get("group_nouns", ()) or c.lemma_.lower() in w.get("organization_nouns", ()))
                    or c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in _RULING_NOUNS and any(
                        x.dep_ in ("nmod", "compound", "amod", "poss") and self.tok_found[x.i] for x in c.lefts))
                # (... or a ruling body its owner names: "the Burma military regime's executions", "My Administration's
                # support")
                # ... or a state's armed force: "the Burmese military's crackdown", "the Syrian army's shelling"
                armed = possessor and c.pos_ == "NOUN" and (c.lemma_.lower() in w.get("armed_nouns", ()) or (
                    c.lemma_.lower() in w.get("force_nouns", ()))) and any(
                    x.dep_ in ("amod", "compound", "nmod", "poss") and self.tok_found[x.i] for x in _kids(c))
                if modifier and _backer_only(c):
                    continue  # "the U.N.-backed court": the court acts, its backer does not
                if (possessor or modifier) and (self.tok_found[c.i] or self.ent(c.i) is not None or named
                                                or described or armed or possessor and (self.known_surname(c)
                                                                                        or c.lower_ == "whose")):
                    r = self.role([c], depth + 1)
                    if member and not acting:
                        r = [f for f in r if f.type in ("group", "organization")]
                    if r and (self.ent(tok.i) is None or acting or member):
                        mods.extend(r)
            leading = [x for c in _kids(tok) if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                       for x in _kids(c) if x.dep_ in ("npadvmod", "compound", "nmod") and self.tok_found[x.i]] + [
                c for c in _kids(tok) if c.dep_ in ("amod", "compound") and c.lower_.endswith("-led")
                and self.tok_found[c.i]]  # ("the U.S.-led war", one word)
            led = self.role(leading, depth + 1) if leading else []
            if not mods:  # "the United States-led Iraq War", "a Saudi-led coalition": the one who leads it
                mods.extend(led)
            elif lemma in w.get("leader_bodies", ()) and any(f.type == "group" for f in led) and all(
                    f.type == "state" for f in mods):  # "Afghanistan's Taliban-led government": the group that leads it
                mods = [f for f in led if f.type == "group"]
            if judged and not mods:  # "the actions of Russia", "the decision by the government to ..."
                mods.extend(f for p in _children(tok, "prep") if p.lemma_ == "by" or (
                    p.lemma_ == "of" and lemma in w.get("act_nouns_of", ())) for f in self.role(
                    _children(p, "pobj"), depth + 1))
            if judged and not mods:  # "the threat posed by ISIL", "the policy pursued by Y": the doer of the act
                mods.extend(f for a in _children(tok, "acl") if a.tag_ == "VBN" and a.lemma_.lower() not in (
                    _NOT_DOING) for o in (  # (not "the plan, negotiated by France": a go-between; "the proposal
                    # rejected by Iran", "the threat faced by Israel": its object)
                    x for b in _children(a, "agent") for x in _children(b, "pobj")) for f in self.role([o], depth + 1))
            if member and not acting and not mods:  # "gunmen from the Islamic Jihad group", "the armed wing of Hamas"
                party_members = tok.tag_ == "NNS" and not any(
                    c.dep_ in ("nummod", "amod", "det", "quantmod", "compound") and c.lower_ != "the"
                    for c in _kids(tok))
                groups = [f for p in _children(tok, "prep") + (  # ("killing five gunmen from Y": on the verb)
                    _children(tok.head, "prep") if tok.dep_ == "dobj" else []) if p.lemma_ in ("of", "from")
                          for f in self.role(_children(p, "pobj"), depth + 1) if f.type == "group" or (
                              f.type == "organization" and (lemma != "member" or party_members and (
                                  "Party" in f.actor.split())))]
                # ("insurgents of the X Army"; "Members of the Conservative Party" speak for it, not "members of the
                # Security Council", nor one member, some, former or dissident ones)
                known = [f for f in groups if f.how != "entity"]  # "the Sudanese Liberation Army, or SLA": the
                mods.extend(known or groups)  # dictionary's SLA, not the recogniser's name beside it
            former_chief = set()  # "forces loyal to former President Gbagbo": his own, no state's
            if acting and not mods:  # "forces loyal to Gadhafi"
                for a in (c for c in _kids(tok) if c.dep_ == "amod" and c.lower_ == "loyal"):
                    for o in (o for p in _children(a, "prep") if p.lemma_ == "to" for o in _children(p, "pobj")):
                        r = self.role([o], depth + 1)
                        mods.extend(r)
                        if any(c.lower_ in w.get("former", ()) for c in o.subtree if c.i < o.i):
                            former_chief.update(f.actor for f in r if f.type == "person")
            if acting and not mods and lemma in w.get("armed_nouns", ()):  # "coalition forces led by the United
                # States, Britain and France": the ones who lead them
                for a in (c for c in _kids(tok)
                          if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.tag_ == "VBN"):
                    mods.extend(f for b in _children(a, "agent") for o in _children(b, "pobj")
                                for f in self.role([o, *o.conjuncts], depth + 1))
            if mods and lemma in w.get("force_nouns", ()) and self.state_of:
                # "forces loyal to Gadhafi", "Assad's troops": the armed forces of the state their leader leads
                mods = [Found(f.start, f.end, self.state_of(f.actor), "possessor", "state")
                        if f.type == "person" and f.actor not in former_chief and self.state_of(f.actor) else f
                        for f in mods]
            if lemma in _ENVOYS and any(f.type == "state" for f in mods) and any(
                    f.type == "organization" for f in mods):  # "North Korea's United Nations ambassador": North
                mods = [f for f in mods if f.type != "organization"]  # Korea's, posted to the body
            if mods and lemma in w.get("leader_bodies", ()) and self.state_of:
                # "the Biden administration", "Assad's regime": the state of the person it is named after
                mods = [Found(f.start, f.end, self.state_of(f.actor), "possessor", "state")
                        if f.type == "person" and self.state_of(f.actor) else f for f in mods]
            if acting and not mods and tok.tag_ == "NNS" and (lemma in ("official", "authority") or (
                    lemma == "leader" and not _children(tok, "amod", "compound", "nmod", "poss"))):
                # ("leaders in Georgia", but not "separatist / business / world leaders in X": not its government's)
                # "held talks with officials in Beijing": the officials of the state they are in (not of a body:
                # "officials at the United Nations", nor of a place that is no state: "officials in Gaza"); the
                # parser may hang the place on the verb or the talks ("met with officials in Beijing")
                host = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and (
                    tok.head.lower_ == "with") else None
                near = [tok, host] if host is not None else [tok]
                if not any(p.lower_ in ("of", "representing", "from") for p in _kids(tok)) and not any(
                        p.lower_ == "from" and any(self.tok_found[o.i] for o in _children(p, "pobj"))
                        for x in (*tok.subtree, *near[1:]) for p in _kids(x)):
                    # (not "officials from Japan in Beijing", "met officials in Cairo from Y"; but "officials in
                    # Beijing from Monday to Wednesday", and a "from" of another verb, "flew from Tokyo and met
                    # officials in Y")
                    mods.extend(f for h in near for p in _children(h, "prep") if p.lower_ == "in"
                                for f in self.role(_children(p, "pobj"), depth + 1) if f.type == "state")
            if mods:
                return _unique(mods)
            if self.places and lemma in w.get("place_nouns", ()):  # "an attack on oil facilities in Saudi Arabia"
                # "would attack targets in Kenya": the phrase may hang on the verb
                # (not for a camp or hideout: "raided a rebel camp in Ecuador" is no attack on Ecuador)
                hosted = lemma in w.get("hosted_places", ()) or any(  # ("Kurdish rebel positions in northern Iraq",
                    # "militant targets in Syria": a non-state party's, hosted there)
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in _NON_STATE_PARTIES | w.get(
                        "member_nouns", frozenset()) for c in _kids(tok))
                for a in _children(tok, "acl"):  # "sites used by the Houthis", "areas held by the rebels": theirs
                    if a.tag_ == "VBN" and a.lemma_.lower() in ("use", "hold", "control", "occupy", "run", "operate"):
                        r = self.role([x for b in _children(a, "agent") for x in _children(b, "pobj")], depth + 1)
                        if r:
                            return r
                for p in [] if hosted else _children(tok, "prep") + (
                        _children(tok.head, "prep") if tok.dep_ == "dobj" else []) + (  # "an attack on oil
                        _children(tok.head.head, "prep") if tok.dep_ == "pobj" else []):  # facilities in Y"
                    r = self.role(_children(p, "pobj"), depth + 1) if p.lemma_ in (
                        "in", "across", "throughout", "inside", "within") else []
                    if r:
                        return r
            if acting and lemma in w.get("force_nouns", ()) and any(
                    c.lemma_.lower() in ("government", "regular") for c in _kids(tok)) and not any(
                    self.tok_found[c.i] for c in _kids(tok) if c.dep_ in ("amod", "compound", "poss", "nmod")):
                # "government forces in Congo": the forces of the state they are in
                r = [f for h in (tok, *([tok.head] if tok.dep_ == "dobj" else [])) for p in _children(h, "prep")
                     if p.lower_ == "in" for f in self.role(_children(p, "pobj"), depth + 1) if f.type == "state"]
                if r:
                    return r
            if acting:
                # "a spokesman for the Foreign Ministry", "the delegations of Cyprus and Greece": the principals
                # ("the ambassador to China" serves the state that sent him, not China); "the Government and people
                # of Chad": the "of" its conjunct has
                for p in (*_children(tok, "prep"), *(q for c in _children(tok, "conj") if not _children(tok, "prep")
                                                      for q in _children(c, "prep") if q.lemma_ == "of")):
                    if p.lemma_ in ("for", "of", "at", "from"):  # "troops from Kenya", "officials from Iran"
                        r = self.role(_children(p, "pobj"), depth + 1)
                        if r:
                            return r
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)) or lemma in (
                "country", "nation") and any(c.dep_ == "det" and c.lower_ == "that" for c in _kids(tok))  # ("arms
            # aid to that country": the one named before; not "this country", the speaker's own)
            if definite and lemma in ("country", "nation", "republic", "kingdom", "state"):
                named = [f for o in self.prep(tok, "of") for f in self.role([o], depth + 1) if f.type == "state"]
                if named:  # "the African country of Mauritania": the one it names
                    return named
            if definite and lemma in ("government", "regime", "junta") and tok.dep_ in ("dobj", "pobj") and not (
                    _children(tok, "poss", "compound", "nmod") or any(self.tok_found[c.i] for c in _kids(tok))
                    or self.prep(tok, "of") or self.prep(tok, "in")):
                # "imposed sanctions on Guinea and accused the military government of ...": the one state the verb
                # it is joined to names besides its subject (not a place: "in the Nigerian capital")
                verb = next((v for v in tok.ancestors if v.pos_ in _VERBAL), None)
                joined = _conjunct_head(verb) if verb is not None and verb.dep_ == "conj" else None
                named = {f.actor for c in (_kids(joined) if joined is not None and joined.pos_ in _VERBAL else ())
                         if c.dep_ in ("dobj", "dative", "prep") for x in c.subtree
                         if not (x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "from"))
                         for f in self.tok_found[x.i] if f.type == "state"}
                if len(named) == 1:
                    return [Found(self.offset + tok.idx, self.offset + tok.idx + len(tok), named.pop(),
                                  "description", "state")]
            if definite and lemma == "kingdom" and self.resolve is not None and not _children(tok, "poss"):
                r = self.resolve(tok)  # "the kingdom": the last monarchy named (Saudi Arabia, not Yemen)
                if r:
                    return [r]
            if definite and (lemma in ("country", "nation", "republic", "kingdom") or lemma == "state" and any(
                    c.dep_ == "amod" and c.lower_ in ("new", "newest", "young", "fledgling") for c in _kids(tok))) \
                    and not _children(tok, "poss"):  # ("the new state": a state just born, not "the state")
                # "invaded the former Soviet republic", "to help the country fight": the state named last before,
                # not the acting one
                verb = next((v for v in tok.ancestors if v.pos_ in _VERBAL), tok.sent.root)  # (its own clause too:
                # "delivered aid to Tbilisi since Russia invaded the Caucasus republic" is not Russia)
                acting = {f.actor for v in {tok.sent.root, verb} for c in _kids(v) if c.dep_ in ("nsubj", "nsubjpass")
                          for x in c.subtree for f in self.tok_found[x.i]}
                before = [f for x in tok.sent if x.i < tok.i for f in self.tok_found[x.i] if f.type == "state"]
                for f in [*reversed(before), *([Found(0, 0, self.last_state, "description", "state")]
                                               if self.last_state else [])]:
                    if f.actor not in acting:
                        return [Found(self.offset + tok.idx, self.offset + tok.idx + len(tok), f.actor,
                                      "description", "state")]
                return []
            named = tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in _kids(tok)) and (
                getattr(self.ent(tok.i), "label_", "") in ("ORG", "PERSON"))  # "the Myanmar Democratic Alliance":
            # a name the recogniser found, no "alliance" named before
            if self.resolve is not None and not named and (any(c.lemma_.lower() == "the" for c in tok.lefts) or (
                    lemma in self.words.get("body_heads", ()) and not _children(tok, "det", "poss", "compound"))):
                # "the militant group", "the Russians": named earlier in the article; "Council condemns": the body
                r = self.resolve(tok)
                if r:
                    return [r]
        ent = self.ent(tok.i)
        if ent is not None and ent.label_ == "ORG" and tok.pos_ == "PROPN" and any(
                c.dep_ == "nmod" and c.lemma_.lower() in self.words.get("speaker_nouns", frozenset()) | self.words.get(
                    "title_nouns", frozenset()) | {"speaker"} for c in _kids(tok)):
            # "Speaker of the US House of Representatives Nancy Pelosi", read as one body: the person it ends with
            first = tok.i
            while first > ent.start and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].pos_ == "PROPN":
                first -= 1
            if first < tok.i:
                return self.made(self.doc[first : tok.i + 1], "PERSON")
        if ent is not None and ent.label_ in ("LOC", "GPE") and tok.pos_ == "PROPN" and len(ent) >= 2 and any(
                c.pos_ == "NOUN" and c.lemma_.lower() in self.people_apposed for c in _children(tok, "appos")):
            # "Isao Iijima, an aide to Prime Minister Abe, met ...", the recogniser's place: no place is an aide
            return self.made(ent, "PERSON")
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return self.made(ent, ent.label_)
        if ent is None and tok.pos_ == "PROPN":  # a name the recogniser missed: "Alexei Navalny, a critic"
            parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not parts and tok.text in self.surnames and tok.tag_ != "NNPS":  # "Ndaw met X" after "Bah Ndaw" (a
                # sentence not parsed; not a people in the plural: "20 Muslim Uighurs ... denounced the Uighurs")
                return self.made(self.doc[tok.i : tok.i + 1], "PERSON")
            if parts and 2 <= len(parts) + 1 <= 4 and parts[0].i == tok.i - len(parts):
                span = self.doc[parts[0].i : tok.i + 1]
                if all(x.text[:1].isupper() and x.text.replace(".", "").isalpha() and not self.tok_found[x.i]
                       for x in span):
                    return self.made(span, "PERSON")
        return []

    def role(self, toks, depth: int = 0) -> list[Found]:
        """Actors of role tokens and their conjuncts ("Japan and South Korea")."""
        out: list[Found] = []
        for t in toks:
            # ("OIC head X, Pope Francis": X; "Azerbaijan and Armenian-backed forces": a participle modifies its
            # own noun, so the forces alone are backed)
            alone = self.names_only or any(c.dep_ == "amod" and c.tag_ == "VBN" for c in _kids(t)) or (
                t.dep_ == "conj" and any(c.dep_ == "relcl" and c.left_edge.i and self.doc[c.left_edge.i - 1].text
                                         != "," for c in _kids(t)))  # ("al-Qaida and Kurdish rebels who attack
            # Turkey": a restrictive relative clause on the last of a list is its own; not "A and B, who met")
            for x in (t, *(() if alone else (*t.conjuncts, *self.joined_to_name(t)))):
                if x is not t and x.text.isupper() and out and x.text == "".join(
                        w[0] for w in out[-1].actor.split() if w[0].isupper()):
                    continue  # "the Sudanese Liberation Army, or SLA": the same body by its initials
                got = self.refs(x, depth)
                if not got and x.tag_ == "NNS" and not self.names_only:  # "a meeting of the French and German
                    # foreign ministers": the holders the demonyms before a plural title stand for
                    got = [f for c in _children(x, "amod") for y in (c, *c.conjuncts) for f in self.tok_found[y.i]
                           if f.type == "person" and f.how == "title"]
                if depth == 0 and len(got) == 1 and got[0].type == "person" and got[0].how == "title":
                    got = self.listed_before(got[0], x) + got
                if not got and x.dep_ == "appos" and x.pos_ == "NOUN" and x.lemma_.lower() in self.words.get(
                        "group_nouns", ()) and any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in
                                                   _BACKING_PARTICIPLES for a in _kids(x)) and not (
                        self.names_only or x.head.dep_ == "appos") and self.tok_found[x.head.i] and all(
                        f.type in ("group", "organization") for f in self.tok_found[x.head.i]):
                    # "Hezbollah, a Shi'ite group backed by Syria and Iran": the group the apposition describes (not
                    # "the leader of Hezbollah, a group backed by Iran", nor "a group founded / accused by ...")
                    got = list(self.tok_found[x.head.i])
                if not got and x.tag_ in ("NNS", "NNPS") and x.pos_ in ("NOUN", "PROPN") and not self.names_only:
                    # "killed four civilians, including three members of Y", "creditors including A and B": the
                    # ones named among those the plural counts (not "concerned about the region, including Y"; also
                    # "four Palestinians", people counted, not their state)
                    got = self.included(x, depth)
                out.extend(got)
                # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list of states (or of people:
                # "Senegal's X, Zambia's Y and Comoros President Z") the parser read as one in apposition to another
                for c in _children(x, "appos") if not self.names_only else ():
                    # (titled people listed are read by `listed_after`; nor after a semicolon: "A met with B; C;
                    # and D" lists whom A met, the parser hung C on A)
                    if c.left_edge.i and self.doc[c.left_edge.i - 1].text == ";":
                        continue
                    if c.conjuncts and any(f.type == g.type and f.actor != g.actor and (
                            f.type == "state" or f.type == "person" and f.how != "title")
                            for f in self.tok_found[x.i] for g in self.tok_found[c.i]):
                        for y in (c, *c.conjuncts):
                            out.extend(self.refs(y, depth))
                    elif c.i > x.i and any(a.i < c.i and any(k.dep_ == "cc" and k.lower_ == "and" and a.i < k.i < c.i
                                                             for k in _kids(a))
                                           for a in _children(x, "appos")) and self.tok_found[c.i] and all(
                            g.type == "person" and g.actor not in {f.actor for f in self.tok_found[x.i]}
                            for g in self.tok_found[c.i]) and all(f.type == "person" for f in self.tok_found[x.i]):
                        # "Sudan's leader Omar al-Bashir and southern leader Salva Kiir began talks": the parser hung
                        # the second person on the first title as a second apposition, after an "and"
                        out.extend(self.refs(c, depth))
        if depth == 0 and out and out[-1].how == "title" and out[-1].type == "person":
            out.extend(self.listed_after(out[-1]))
        return _unique(out)

    def joined_to_name(self, t) -> list:
        """The names joined to the last word of a name of several words that `t` heads, not to `t` ("the
        International Organization for Migration, UNHCR and UNICEF", the list read as joined to "Migration")."""
        if t.pos_ != "PROPN":
            return []
        own = self.tok_found[t.i]
        return [c for p in _children(t, "prep") if p.lower_ in ("for", "of") for y in _children(p, "pobj")
                if y.pos_ == "PROPN" and self.tok_found[y.i] == own
                for c in y.conjuncts if c.pos_ == "PROPN" and self.tok_found[c.i] != own]

    def included(self, tok, depth: int = 0) -> list[Found]:
        """The actors a noun's "including" phrase names ("four civilians, including three members of Y", "Pakistani
        officials, including army chief X")."""
        return [f for p in _children(tok, "prep") if p.lower_ == "including"
                for f in self.role(_children(p, "pobj"), depth + 1)]

    def found_at(self, mention: Found) -> int | None:
        """Where a mention stands in the sentence's list of mentions."""
        return next((i for i, f in enumerate(self.found) if f.start == mention.start and f.end == mention.end), None)

    def listed_before(self, first: Found, tok) -> list[Found]:
        """Titled people listed right before `first` that the parser swallowed into its name: "met with Pakistani
        Prime Minister A and Foreign Minister B" read as one name whose head is B (A lies inside B's phrase)."""
        text = self.text
        at = self.found_at(first)
        lo = self.offset + tok.left_edge.idx
        more: list[Found] = []
        while at:
            prev, nxt = self.found[at - 1], self.found[at]
            if not (prev.type == "person" and prev.how == "title" and prev.start >= lo and prev.actor != nxt.actor
                    and _LIST_GAP.fullmatch(text[prev.end - self.offset : nxt.start - self.offset])
                    and text[lo - self.offset : prev.start - self.offset].strip().lower() in ("", "the", "both")):
                break  # (not one inside another's phrase: "the son of Prime Minister A and Foreign Minister B")
            more.insert(0, prev)
            at -= 1
        return more

    def listed_after(self, last: Found) -> list[Found]:
        """Titled people the text lists right after `last` that the parser left out of the list: "met with President
        A of X, President B of Y, President C of Z, and President D of W" (read as a list of two, the rest apart),
        "met with President A; Prime Minister B; and army chief Gen. C"."""
        text = self.text
        at = self.found_at(last)
        more: list[Found] = []
        while at is not None and at + 1 < len(self.found):
            nxt = self.found[at + 1]
            prev = self.found[at]
            gap = text[prev.end - self.offset : nxt.start - self.offset]
            if not (nxt.type == "person" and (nxt.how == "title" and _TITLED_LIST_GAP.fullmatch(gap)
                                              or _SEMICOLON_GAP.fullmatch(gap))):
                break
            more.append(nxt)
            at += 1
        return more

    # syntactic roles --------------------------------------------------------------------------------
    def subj(self, v, depth: int = 0) -> list:
        if depth > 6:
            return []
        s = _children(v, "nsubj", "csubj") or [  # ("says Britain reserves the right": the parser may hang the
            c for c in _kids(v) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < v.i and v.pos_ == "VERB"]
        # subject on the verb as a compound of a noun it took it for)
        if v.lower_ in self.words.get("origin_participles", ()) and v.dep_ == "conj" and len(s) == 1 and (
                s[0].i == v.i - 1 and s[0].text in self.demonyms and not s[0].n_lefts):
            return []  # "supplying Ukrainian made weapons to Y", read as "Ukrainian made weapons": their origin
        when = s[:1] if s else [c for c in _children(v, "npadvmod") if not _children(v, "nsubjpass")][:1]
        if when and when[0].lemma_.lower() in _TIME_NOUNS:
            # "..., a day after a U.N. report said Y ...": the parser made the time the subject (or a modifier of
            # a verb without one); the report speaks
            s = [o for p in _children(when[0], "prep") if p.lower_ in ("after", "before", "since")
                 for o in _children(p, "pobj")] or s
        if s and s[0].lower_ in ("they", "he", "she", "it") and v.dep_ == "ccomp" and v.head.pos_ in _VERBAL and not (
                s[0].lower_ == "it" and v.lemma_.lower() in _PRICE_VERBS and any(
                    self.tok_found[n.i] for c in _children(v, "advcl") if c.i < s[0].i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in _kids(c))
                    for n in _children(c, "nsubj"))):  # ("said that if Russia attacks, it will face ...": Russia)
            said = [x for x in self.subj(v.head, depth + 1) if x.pos_ in ("NOUN", "PROPN")]  # "X ..., and warned"
            if s[0].lower_ == "they" and len(said) == 1 and any(f.type == "person" for f in self.tok_found[said[0].i]):
                said = []  # '"They all pledged to help," Hagel said': one person is no "they"
            if said and v.head.lemma_.lower() in self.words.get("say_verbs", ()):
                return said  # "X and Y have said they would ...": the speakers themselves
        if not s and v.dep_ == "ROOT" and not _is_passive(v):
            # "In Afghanistan, the Taliban, who ..., condemned": the parser made the subject an apposition of the
            # fronted place
            s = [a for p in _children(v, "prep") if p.i < v.i for o in _children(p, "pobj")
                 for a in _children(o, "appos") if a.i < v.i][:1]
        if s:
            # "South Korea, along with China, protested": the companion named before the verb acts too
            # (the parser hangs "with" on "along" or "together", or "together" on "with")
            withs = [w for x in (v, *s) for a in _children(x, "prep") if a.i < v.i for w in (
                _children(a, "prep") if a.lower_ in ("along", "together") else [a] if a.lower_ == "with" and any(
                    c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in _kids(a)) else [])
                     if w.lower_ == "with"]
            # "Soviet troops, joined by forces from Poland, invaded Y": those who joined them act too
            joined = [x for x in s for a in _children(x, "acl") if a.lemma_.lower() == "join" and a.tag_ == "VBN"
                      for x in _agent_of_passive(a)]
            return s + [o for w in withs for o in _children(w, "pobj")] + joined
        if _is_passive(v):
            return _agent_of_passive(v)
        dep, head = v.dep_, (_conjunct_head(v) if v.dep_ == "conj" else v.head)
        if dep == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.words.get("say_verbs", ()) and (
                v.lemma_.lower() in self.words.get("object_control", ()) | self.words.get("critic_verbs", ())
                | self.words.get("charge_verbs", ())) and not any(
                self.tok_found[x.i] for c in _children(head, "nsubj", "nsubjpass") for x in c.subtree):
            # "X said the violence was unacceptable and urged Russia to halt": the parser hung "urged" on the
            # reported clause, whose subject names no one; X urged
            return self.subj(head.head, depth + 1)
        if dep == "conj" and head.pos_ in _VERBAL:
            if head.dep_ == "acl" and head.tag_ == "VBN" and v.tag_ != head.tag_:
                return []  # "the challenge posed by Iran and building support ...": no participle of the same noun
            if v.tag_ == "VB" and head.tag_ in ("VBD", "VBN", "VBZ") and not _children(v, "aux") and not any(
                    c.dep_ == "cc" and head.i < c.i < v.i for c in _kids(head)):
                return []  # "has leveled allegations ..., topple his government": no verb of the same subject
            if _is_passive(head) and v.tag_ in ("VBD", "VBZ", "VBP") and not _is_passive(v):
                # "Bush was told of the death and spoke with the king": the passive's subject acts in the active
                # conjunct (not its agent; "was told and briefed by aides" stays passive)
                passive_subj = _children(head, "nsubjpass")
                if passive_subj and (any(self.tok_found[y.i] for x in passive_subj for y in x.subtree) or not any(
                        x.lemma_.lower() in self.words.get("agent_subjects", ()) for x in passive_subj)):
                    return passive_subj  # (but an act, a weapon or a document is its agent's: "The attack was
                    # carried out by Hezbollah and killed three soldiers", "The statement was issued by China and ...")
            return self.subj(head, depth + 1)
        if dep == "advcl" and v.tag_ == "VBG" and head.pos_ in _VERBAL:  # "X voiced an objection, saying ..."
            own = _gerund_subject(v)
            if own is not None:  # "responded to the United States imposing sanctions": the States impose them
                return [own]
            if _gerund_subject(head) is not None and any(x.text == "," for x in v.doc[head.i : v.i]):
                return self.subj(head.head, depth + 1)  # ("..., calling the move childish": the responder again)
            if head.dep_ == "advcl" and head.head.pos_ in _VERBAL and any(
                    c.lower_ in ("when", "as", "while") for c in _kids(head) if c.dep_ in ("advmod", "mark")) and any(
                    x.text == "," for x in v.doc[head.i : v.i]) and any(
                    f.how == "group" for x in _children(head, "nsubj") for f in self.tok_found[x.i]):
                # "X raised it with Y when the two men met, complaining of Z": the main clause's subject complains
                return self.subj(head.head, depth + 1)
            return self.subj(head, depth + 1)
        w = self.words
        if (hung := _hung_by(v)) is not None and hung[0].lemma_.lower() in _WILL_NOUNS and (
                pledgers := [o for o in _children(hung[1], "pobj") if self.tok_found[o.i]]):
            return pledgers  # "welcomed the pledge by X to provide Y": the one who pledged provides (not "the pledge
            # by phone")
        if dep in ("advcl", "xcomp") and _infinitive(v) and head.lemma_.lower() in w.get("sending_verbs", ()) and (
                v.lemma_.lower() in w.get("contact_verbs", ()) or v.lemma_.lower() in w.get("errand_acts", ())):
            sent = [o for o in _children(head, "dobj") if any(f.type == "person" for f in self.tok_found[o.i])]
            if sent:  # "X sent Secretary Y to visit Z": Y visits (but "sent troops to fight Z": X fights, and "sent Y
                return sent  # to support Z": X supports Z)
        if dep == "advcl" and _infinitive(v) and head.pos_ in _VERBAL:  # "X visited Y to discuss Z": X
            will = next((o for o in _children(head, "dobj") if o.right_edge.i == v.left_edge.i - 1
                         and o.lemma_.lower() in _WILL_NOUNS), None)
            if will is not None and (owner := [o for p in _children(will, "prep") if p.lower_ == "of"
                                               for o in _children(p, "pobj") if self.tok_found[o.i]]):
                return owner  # "conveyed the readiness of the United States to provide Y" (the infinitive hung on the
                # verb): whose readiness it is
            if any(o.lemma_.lower() in w.get("pressing_nouns", ()) for o in _children(head, "dobj")):
                return []  # "X put pressure on Y to recognize Z": an act demanded of Y, done by no one yet
            if head.lemma_.lower() == "call" and v.lemma_.lower() in _HALTING and (called := [
                    x for p in _children(head, "prep") if p.lower_ in ("on", "upon") for x in _children(p, "pobj")]):
                return called  # "X calls on Y to stop smuggling weapons" (the parser's adverbial clause): Y halts
            return self.subj(head, depth + 1)
        if (aim := _aim_of(v)) is not None and (
                owner := [c for c in _children(aim, "poss") if c.lower_ not in _OWN_POSSESSIVES] or [
                    o for p in _children(aim, "prep") if p.lower_ == "of" and not _children(p, "pcomp")
                    for o in _children(p, "pobj")]) and self.role(owner, depth + 1):
            return owner  # "X's priority is to support Y", "the goal of X is to help Y": X's own aim (not "the
            # purpose of her going is to back Y": a journey's)
        if dep in ("acl", "xcomp") and _infinitive(v):
            # "discussed Russia's military operation to defend Y" (the parser may hang the infinitive on the verb):
            # the operation's owner's purpose
            noun = head if dep == "acl" else v.doc[v.left_edge.i - 1] if v.left_edge.i > head.i + 1 else None
            if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _OPERATIONS and (
                    dep == "acl" or noun.head.i != head.i and any(a.i == head.i for a in noun.ancestors)):
                owner = [c for c in _children(noun, "poss") if c.lower_ not in _OWN_POSSESSIVES]
                if owner:
                    return owner
        aim = head if dep == "acl" else next((o for o in _children(head, "dobj")
                                              if o.right_edge.i == v.left_edge.i - 1), None) if dep == "xcomp" else None
        # (the parser may hang the infinitive on the verb)
        if aim is not None and depth == 0 and _infinitive(v) and aim.pos_ == "NOUN" and (
                aim.lemma_.lower() in _PURPOSE_NOUNS) and (
                owner := _children(aim, "poss") or [o for p in _children(aim, "prep") if p.lower_ == "of"
                                                    for o in _children(p, "pobj")]) and self.role(owner, depth + 1):
            return owner  # "supports the efforts of MINUSMA to assist Mali", "Y's bid to join NATO": whose effort
            # (the infinitive's own subject; not a clause under it: "Y's efforts to combat Z by donating ...")
        effort = head if dep == "relcl" else aim  # (or as a relative clause: "launched a mission to protect Y")
        if effort is not None and depth == 0 and _infinitive(v) and v.lemma_.lower() in _HELPING and (
                effort.pos_ == "NOUN" and effort.dep_ == "dobj") and (
                effort.lemma_.lower() in _PURPOSE_NOUNS | _OPERATIONS | _STEPS) and (
                effort.head.lemma_.lower() in _MAKING_EFFORTS) and not any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" or c.lower_ in _SCANT
                    for c in _kids(effort)) and not any(c.lower_ in _SCANT for c in _kids(effort.head)) and not (
                effort.head.dep_ == "xcomp" and effort.head.head.lemma_.lower() in _FEIGNING):
            return self.subj(effort.head, depth + 1)  # "X made efforts to help Y", "will take all possible steps to
            # assist Y", "intensified efforts to help Y": the one making them (not "welcomed efforts to help Y")
        if dep == "acl" and _infinitive(v) and head.lemma_.lower() in _CHANCE_NOUNS and head.dep_ == "dobj" and (
                head.head.lemma_ == "have" and head.head.tag_ in ("VBD", "VBN")) and not any(
                c.lemma_.lower() in w.get("deniers", ()) for c in head.head.conjuncts):  # (not "... but declined")
            return self.subj(head.head, depth + 1)  # "X had the opportunity to meet Y": X met Y
        if dep == "xcomp" and aim is not None and _infinitive(v) and aim.pos_ == "NOUN" and (
                aim.lemma_.lower() in _WILL_NOUNS) and (owner := [
                    o for p in _children(aim, "prep") if p.lower_ in ("of", "by") and p.i == aim.i + 1
                    for o in _children(p, "pobj") if self.tok_found[o.i]]):
            return owner  # "underscored the resolve of the United States to support Y" (the parser hung the
            # infinitive on the verb): whose will it is
        if dep == "acl" and _infinitive(v) and _purpose_of_act(head, w):
            return self.subj(head.head.head, depth + 1)  # "attacked Y in an effort to drive out Z": the attacker's
        if dep == "xcomp":
            if head.lemma_.lower() in w.get("object_control", ()) and not _courtesy_call(v, w):
                o = _children(head, "dobj") or [x for p in _children(head, "prep") if p.lower_ in ("on", "upon")
                                                and head.lemma_.lower() == "call" for x in _children(p, "pobj")] or (
                    _children(head, "nsubjpass"))  # ("Serbia was pressured by the EU to recognize Kosovo": Serbia)
                if o:  # ("called on Y to cease hostilities": Y)
                    return o
            if head.lower_ in _GLAD_PASSIVES and (held := _children(head, "nsubjpass")):
                return held  # "X was honored to host Y", "was pleased to welcome Y": the one so moved does what the
                # infinitive tells (not "is said to have declared", "were instructed to begin": reported, demanded)
            return self.subj(head, depth + 1)
        if dep == "advcl" and v.tag_ == "VBG":
            return self.subj(head, depth + 1)
        if dep == "acomp" and head.pos_ in _VERBAL:  # "X stands ready to take measures": ready's is X
            return self.subj(head, depth + 1)
        if dep == "relcl":
            if _infinitive(v):  # "Russia was the first country to recognize Y", "became one of the first to"
                noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
                if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
                    return self.subj(noun.head, depth + 1)
            return [head]
        if dep == "acl" and v.tag_ == "VBG":
            if {head.lemma_.lower(), head.lower_} & self.words.get("event_nouns", frozenset()):
                # "Houthi attacks targeting sites in Y", "launched attacks targeting Y": the attack's doer
                doers = [c for c in _kids(head) if c.dep_ in ("poss", "amod", "compound", "nmod")
                         and self.tok_found[c.i]] or [o for p in _children(head, "prep") if p.lower_ == "by"
                                                      for o in _children(p, "pobj") if self.tok_found[o.i]]
                if not doers and head.dep_ == "dobj" and head.head.lemma_.lower() in _CARRYING_OUT:
                    doers = self.subj(head.head, depth + 1)  # (not "announced / approved attacks targeting Y")
                if doers:
                    return doers
            return [head]
        will = head if dep == "acl" and _infinitive(v) else head.head if (
            dep == "pcomp" and head.lower_ == "to") else None
        if will is not None and will.pos_ == "NOUN" and will.lemma_.lower() in _WILL_NOUNS:
            # "its readiness to provide assistance", "Ukraine's decision to send troops", "our commitment to
            # supporting Y's efforts": whose will it is; "X reaffirmed its readiness", "X took the decision": the one
            # who voices it (not "X welcomed the decision", "welcomed the commitment to ...": no one's)
            poss = _children(will, "poss") or [o for p in _children(will, "prep") if p.lower_ == "by" or (
                p.lower_ == "of" and p.i == will.i + 1) for o in _children(p, "pobj") if p.lower_ == "by" or (
                    self.tok_found[o.i])]  # ("the pledge by X to provide", "the resolve of X to support Y")
            if poss:
                return poss
            mods = [c for c in _kids(will) if c.dep_ in ("amod", "compound", "nmod") and c.i < will.i and any(
                f.type in ("state", "organization", "group") for f in self.tok_found[c.i]) and not _backer_only(c)]
            if mods:
                return mods  # "the Russian decision to recognize Y", "the U.S. offer to help": the state's (also
                # when another voices it: "X reaffirmed the U.S. commitment to assist Y", "... to defending Y")
            if will.dep_ == "dobj" and will.head.lemma_.lower() in _VOICING:
                return self.subj(will.head, depth + 1)
        if dep == "pcomp" and head.lemma_ == "for" and head.head.lower_ in ("grateful", "thankful", "indebted"):
            # "we are grateful to the Americans for liberating Y": the ones thanked did it
            return [o for p in _children(head.head, "prep") if p.lower_ == "to" for o in _children(p, "pobj")]
        if dep == "pcomp" and head.lemma_ == "for" and head.head.pos_ in _VERBAL:
            # "lashed out at Y for criticizing Z", "thanked Y for helping": Y is who did it
            done_by = _children(head.head, "dobj") or [o for p in _children(head.head, "prep")
                                                        if p.lemma_ in ("at", "against") for o in _children(p, "pobj")]
            if done_by:
                return done_by
        if dep == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in ("quote", "cite") and _children(
                head.head, "dobj"):
            return _children(head.head, "dobj")  # "the paper quoted X as complaining that ...": X complains
        if dep == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in self.words.get(
                "keeping_verbs", ()) and _children(head.head, "dobj"):
            return _children(head.head, "dobj")  # "nothing prevented Iraq from invading Y": Iraq invades
        if dep == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() == "join" and head.head.pos_ == "VERB":
            # "China joined Japan in condemning Y", "Britain joined the United States in backing Ukraine": the one
            # joined does it too
            return self.subj(head.head, depth + 1) + [o for o in _children(head.head, "dobj") if o.pos_ == "PROPN"]
        if dep == "pcomp" and head.dep_ == "prep":
            h = head.head  # "X defied Y since his return to power by allying with Z": the verb above the nouns
            for _ in range(3 if head.lemma_ == "by" else 1):
                if h.pos_ in _VERBAL:
                    if (head.lemma_ in ("by", "of") or _gerund_of_charge(v)) and h.lemma_.lower() in self.words.get(
                            "charge_verbs", ()) and _children(h, "dobj"):  # "accused the rebels of breaching the
                        # truce by firing on Y", "charged Y with transferring missiles to Z"
                        return _children(h, "dobj")  # (the rebels breach it, and fire; Y transfers them)
                    return self.subj(h, depth + 1)
                if h.pos_ == "ADJ" and h.lower_ in _DOER_ADJECTIVES and h.dep_ == "acomp" and (
                        h.head.pos_ in _VERBAL):
                    return self.subj(h.head, depth + 1)  # "X is firmly committed to supporting Y", "was responsible
                    # for shelling Y": X (not "is capable of striking Y", "is open to meeting Y": no act)
                if h.pos_ == "ADJ" and h.lower_ in _DOER_ADJECTIVES and (own := _children(h, "nsubj", "nsubjpass")):
                    return own  # ('"X is committed to assisting Y"': the parser may make the adjective the head)
                if not (h.dep_ == "pobj" and h.head.dep_ == "prep"):
                    break
                h = h.head.head
        return []

    def obj(self, v) -> list:
        if _is_passive(v):
            s = _children(v, "nsubjpass")
            if s:
                return s
            if v.dep_ in ("acl", "relcl", "amod") and v.tag_ == "VBN":
                return [v.head]
            if v.dep_ == "conj":  # "Turkey is under sanctions and was condemned by X"
                return _children(v.head, "nsubjpass") or _children(v.head, "nsubj")
            if v.dep_ == "acomp":  # "it was deeply disappointed by Y": it
                return _children(v.head, "nsubj")
            return []
        if v.dep_ == "relcl" and _children(v, "nsubj") and not _children(v, "dobj", "ccomp", "xcomp") and (
                v.head.pos_ == "NOUN") and not any(c.lower_ in ("where", "when", "why") for c in _kids(v)):
            return [v.head]  # "a move Russia condemned as a provocation": the noun the clause is about (not the place
            # or the time of "the territory where A and B met")
        # "denounced what they called U.S. imperialism": the free relative's name for it; of two objects the
        # parser gave one verb, the first that is not a relative pronoun ("As France backed an uprising ..., the
        # ruler's son X made ..."; "rebels, whom NATO accused Russia of supporting")
        objs = _children(v, "dobj")
        if len(objs) == 1 and (joined := [c for c in _children(v, "conj") if c.pos_ == "NOUN" and (
                c.i > objs[0].i) and any(x.dep_ == "cc" and objs[0].i < x.i < c.i for x in _kids(v))]):
            return objs + joined  # "supports the actions announced by X and the actions taken by Y": the parser hung
            # the second object on the verb
        return [o for o in objs if len(objs) == 1 or o.tag_ not in ("WP", "WDT")][:1] or [
            o for c in _children(v, "ccomp") if any(x.lower_ == "what" and x.dep_ == "dobj" for x in _kids(c))
            for o in _children(c, "oprd")] or [  # "supporting what were known as Contra rebels"
            o for c in _children(v, "ccomp") if c.lemma_.lower() in ("know", "call", "describe", "dub") and any(
                x.lower_ == "what" and x.dep_ in ("nsubjpass", "dobj") for x in _kids(c))
            for p in _children(c, "prep") if p.lower_ == "as" for o in _children(p, "pobj")] or [
            # "struck what New Delhi described as a camp of Y", "struck what Ankara said were PKK positions"
            o for c in _children(v, "ccomp") if c.lemma_.lower() in self.words.get("say_verbs", ())
            for b in _children(c, "ccomp") if b.lemma_ == "be" and any(
                x.lower_ == "what" and x.dep_ in ("nsubj", "dobj") for x in (*_kids(b), *_kids(c)))
            for o in _children(b, "attr")]

    def topic_partners(self, tok, preps=("on", "about", "over")) -> list:
        """People the parser hung on the topic of talks, a noun's or a verb's ("meetings on the reconstruction of Iraq
        with X", "had spoken about the subject with X"; a verb's "about" only: "speaking on CNN", "on the eve of"): the
        partners, not a state ("talks on trade with China" may be of that trade)."""
        out = []
        topic = [o for p in _children(tok, "prep") if p.lower_ in preps
                 for o in _children(p, "pobj") if o.lemma_.lower() not in self.words.get("relation_nouns", ())]
        for _ in range(2):
            out.extend(x for o in topic for p in _children(o, "prep") if p.lower_ == "with"
                       for x in _children(p, "pobj") if any(f.type == "person" for f in self.tok_found[x.i]))
            topic = [q for o in topic for p in _children(o, "prep") if p.lower_ in ("of", "in")
                     for q in _children(p, "pobj")]
        return out

    def prep(self, tok, word: str, depth: int = 0) -> list:
        """Objects of the preposition `word` on `tok`; a phrase the parser attached one level lower or higher
        is read too: "discussed the war with X" (on the object), "offer of help to X" (inside "of"),
        "expressed condolences to X" (on the light verb)."""
        out = []
        if word == "on" and _outcome_of(tok):
            return out  # "the impact of Russia's invasion on Y": the impact's "on", which the parser may hang lower
        for p in _kids(tok):
            if p.dep_ in ("prep", "dative") and (p.lemma_.lower() == word or p.text.lower() == word):
                if _topic_opening(p) and _own_object(tok, p):
                    continue  # "On Syria, France voiced its condemnation of the attacks": the topic, no target (but
                    # "On Russia's aggression, Obama voiced his condemnation": what is condemned)
                out.extend(_children(p, "pobj"))
                for c in _children(p, "pcomp"):  # "against attacking X"
                    out.extend(_children(c, "dobj"))
                # "spoke with X and with Y": the second phrase of the same preposition, joined to the first
                out.extend(x for c in _children(p, "conj") if c.lower_ == word for x in _children(c, "pobj"))
        # "condolences to the families of the deceased, as well as to the Government of Chad": a second phrase of the
        # same preposition the parser hung on the first one's object
        # (not "of": "in support of the people of Y" is the people's own "of", Y's people, who are no actor; but a
        # second "of" joined to it is: "in support of the people of Y and of the government of Y")
        out.extend(x for o in list(out) if o.lemma_.lower() in self.words.get("people_nouns", ())
                   for p in _children(o, "prep") if p.lemma_.lower() == word and p.i > o.i
                   for x in (_children(p, "pobj") if word != "of" else [
                       y for c in _children(p, "conj") if c.lower_ == word for y in _children(c, "pobj")]))
        if out:  # ... or on the "as well as" itself
            out.extend(x for c in _children(tok, "cc") for p in _children(c, "prep") if p.lemma_.lower() == word
                       for x in _children(p, "pobj"))
        if word in ("to", "for") and tok.pos_ in _VERBAL:
            out.extend(c for c in _children(tok, "dative") if c.pos_ != "ADP")
        if not out and tok.pos_ in _VERBAL:  # "spoke with X to express ...", parsed as a clause "with X to express"
            out.extend(n for c in _children(tok, "advcl") if any(m.dep_ == "mark" and m.lower_ == word
                                                                 for m in _kids(c)) for n in _children(c, "nsubj"))
        if out or depth:
            return out
        if tok.pos_ in _VERBAL:
            for o in _children(tok, "dobj"):
                out.extend(self.prep(o, word, 1))
                if not out and word == "to":  # "supplying weapons made in Y to Z": on the object's participle
                    out.extend(x for a in _children(o, "acl") if a.tag_ == "VBN" for x in self.prep(a, word, 1))
                if not out and (o.lemma_.lower() in _QUANTITIES or o.pos_ == "NUM"):
                    # "recaptured a number of towns from X", "received $2 billion in loans from X"
                    for p in _children(o, "prep"):
                        if p.lemma_.lower() in ("of", "in"):
                            out.extend(x for q in _children(p, "pobj") for x in self.prep(q, word, 1))
            if not out and word == "with":  # "discussed it by telephone with X": the phrase under "by telephone"
                for p in _children(tok, "prep"):
                    if p.lemma_.lower() in ("by", "over", "via"):
                        out.extend(x for q in _children(p, "pobj") for x in self.prep(q, word, 1))
                    elif p.lemma_.lower() in ("for", "on", "at"):  # "met for a second time with X", "met on
                        # Tuesday with X": the phrase under a time
                        out.extend(x for q in _children(p, "pobj") if q.lemma_.lower() in _WHEN_NOUNS
                                   for x in self.prep(q, word, 1))
                if not out:  # "had spoken about the subject with X"
                    out.extend(self.topic_partners(tok, ("about",)))
            if not out and not _children(tok, "dobj", "prep", "dative"):  # "has met and corresponded with X": the
                # phrase of the verb joined after it, with no subject of its own, is both verbs'
                out.extend(x for c in _children(tok, "conj") if c.pos_ in _VERBAL and c.i == tok.i + 2
                           and not _children(c, "nsubj", "nsubjpass", "dobj") for x in self.prep(c, word, 1))
        else:
            for p in _children(tok, "prep"):
                if p.lemma_.lower() == "of":
                    for o in _children(p, "pobj"):
                        out.extend(self.prep(o, word, 1))
            if not out and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
                # "air and artillery strikes against X", parsed as "[air against X] and [artillery strikes]": a
                # phrase the parser hung on the first of two coordinated nouns
                out.extend(x for p in _children(tok.head, "prep") if p.lemma_.lower() == word and p.i > tok.i
                           for x in _children(p, "pobj"))
            if not out and word in ("against", "on") and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.get(
                    "event_nouns", ()):  # "the assault by forces loyal to X against Y", "attacks by the Islamic State
                # of Iraq and the Levant (ISIL) against Y": a phrase the parser hung on the doer named in "by" (not in
                # a clause of its own: "by fighters who campaigned against Y")
                out.extend(x for p in _children(tok, "prep") if p.lower_ == "by" for o in _children(p, "pobj")
                           for y in o.subtree if y.pos_ not in _VERBAL and not any(
                               a.pos_ in _VERBAL for a in y.ancestors if o.left_edge.i <= a.i <= o.right_edge.i)
                           for q in _children(y, "prep") if q.lower_ == word for x in _children(q, "pobj"))
            if not out and word == "with":  # "meetings on the reconstruction of Iraq with X"
                out.extend(self.topic_partners(tok))
            if not out and word == "with":  # "talks in Russia's Black Sea resort of Sochi with X": a person the
                # parser hung on the place of the event
                place = [o for p in _children(tok, "prep") if p.lower_ in ("in", "at") for o in _children(p, "pobj")]
                for _ in range(3):
                    out.extend(x for o in place for p in _children(o, "prep") if p.lower_ == "with"
                               for x in _children(p, "pobj") if any(f.type == "person" for f in self.tok_found[x.i]))
                    place = [q for o in place for p in _children(o, "prep") if p.lower_ in ("of", "in")
                             for q in _children(p, "pobj")]
            held = _carrier(tok)  # "a message of condolence to X", "$10 million in aid for X"
            if not out and held is not tok:
                out.extend(self.prep(held, word, 1))
            if not out and held.dep_ == "dobj" and (held.head.lemma_.lower() in self.words.get("light_verbs", ()) or (
                    held.lemma_.lower() == "pressure" and held.head.lemma_.lower() in self.words.get(
                        "pressing_verbs", ()))):  # ("put pressure on Y": the verb's "on")
                out.extend(o for o in self.prep(held.head, word, 1) if not (
                    o.i < held.i and any(_infinitive(a) for a in _children(held, "acl"))))  # (not "reaffirmed to
                # Y the commitment of X to build on ...": the one told, where the noun's own "to" is its clause)
            if not out:  # "the sanctions that the Council imposed on Y": on the clause's light verb
                out.extend(x for r in self.relative_light(tok) for x in self.prep(r, word, 1))
            for a in _children(tok, "acl"):  # "a call made by X to Y"
                out.extend(self.prep(a, word, 1) if word != "by" else _agent_of_passive(a))
            if not out and tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() in _RELIANT:
                out.extend(self.prep(tok.head, word, 1))  # "is heavily reliant on X for aid": on the copula
        return out

    def condition_owners(self, noun) -> list:
        """Whose a state's own condition is: "Y's sovereignty", "the security of Y" (nothing for another noun)."""
        if noun.lemma_.lower() not in _OWN_CONDITIONS:
            return []
        return [*_children(noun, "poss"), *self.prep(noun, "of", 1)]

    def assuring(self, noun):
        """The verb "assure" whose "of" phrase holds the noun ("assured Y of continued support"), or None. The parser
        may hang "of" on the object or on a phrase between ("assured Y in a telephone call of his support") and read
        "of continued and expedited assistance" as two verbs."""
        n = noun
        for _ in range(3):
            if (n.dep_ == "conj" or n.dep_ == "dobj" and n.head.pos_ == "VERB") and n.head.lower_ != "of":
                n = n.head  # ("of support and assistance")
        if not (n.dep_ == "pobj" and n.head.lower_ == "of"):
            return None
        h = n.head.head
        for _ in range(3):
            if h.lemma_.lower() in ("assure", "reassure") and h.pos_ == "VERB":
                return h
            if h.dep_ not in ("dobj", "pobj", "prep"):
                break
            h = h.head
        return None

    def light(self, noun) -> list:
        """The subject of a light verb governing an event noun: "Russia launched an attack", "held talks", "sent a
        message of condolence", "announced $100 million in aid"; of "assure" whose "of" holds it ("X assured Y of
        continued support")."""
        if noun.lemma_.lower() in _ASSURED_NOUNS and not _children(noun, "poss") and not self.prep(noun, "from") and (
                not any(c.dep_ in ("amod", "compound") and (c.text[:1].isupper() or c.lower_ in _WHOSE_ADJECTIVES)
                        for c in _kids(noun))) and (v := self.assuring(noun)) is not None:
            return self.subj(v)  # (not "assured Y of Europe's / Western / Arab support", "of support from the EU")
        head = _first_conjunct(_carrier(noun))
        if noun.dep_ == "dobj" and _halted_harm(noun):
            # "Sudan must halt the bombardment of Y", "Israel halted its strikes on Y": its own (not "halted the rebel
            # offensive", another's, nor "Kenya stopped the attack on Y", maybe one it prevented)
            v = noun.head
            own = any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in _kids(noun))
            others = any(c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES or c.dep_ in (
                "amod", "compound", "nmod") and (self.tok_found[c.i] or c.lemma_.lower() in _HARM_DOERS)
                for c in _kids(noun))
            demanded = any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in _kids(v)) or (
                v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in self.words.get("demanding_verbs", ()))
            return self.subj(v) if not others and (own or demanded) else []
        if head.dep_ in ("dobj", "nsubjpass") and (head.head.lemma_.lower() in self.words.get("light_verbs", ())
                                                   or head.head.lower_ in self.words.get("light_verb_forms", ())):
            v = head.head
            if v.lemma_.lower() == "raise" and noun.lemma_.lower() in self.words.get("event_nouns", ()):
                return []  # "raised the killing of Y", "raised the attack on Y": a matter brought up, not done
            if noun.lemma_.lower() in self.words.get("claim_nouns", ()) and v.lemma_.lower() in self.words.get(
                    "deniers", ()):
                return []  # "Sudan denied accusations that ...": the one who denies a charge did not make it
            if noun.lemma_.lower() in self.words.get("given_nouns", ()) and v.lemma_.lower() in self.words.get(
                    "having_verbs", ()) and (_children(noun, "poss") or any(
                        p.lower_ in ("of", "from") for p in _children(noun, "prep")) or not any(
                        p.lower_ in ("for", "to", "behind") for p in _children(noun, "prep"))):
                return []  # "X has the backing of Y", "X enjoys Y's support", "ensure that X has the support it
                # needs": X is given it, Y gives it (but "X has strong support for Y": X's)
            return self.subj(v)
        if head.dep_ == "pobj" and head.head.lower_ == "into" and head.head.head.lemma_.lower() == "enter":
            return self.subj(head.head.head)  # "Y entered into talks with X", "entered into an alliance with X"
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.lemma_.lower() in ("engage", "persist"):
            # "Russia is engaged in a war on Y", "has persisted in its aggression"
            return self.subj(head.head.head) or _children(head.head.head, "nsubjpass")
        if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in (
                "respond", "retaliate", "react", "reply", "hit", "strike"):
            return self.subj(head.head.head)  # "Israel responded with airstrikes on Y", "hit back with strikes"
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB" and (
                noun.lemma_.lower() in _STRIKES and head.head.head.lemma_.lower() in _HARMING
                and not _is_passive(head.head.head)):
            # "X killed three militants in an airstrike on Y" (not "were killed in"; not "in an attack on Y", which
            # may be the attack of those killed)
            return self.subj(head.head.head)
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.lemma_.lower() in _ATTACK_MEANS and (
                noun.lemma_.lower() in _STRIKES | _ASSAULTS) and not _is_passive(head.head.head):
            return self.subj(head.head.head)  # "X used white phosphorus in an attack on Y": X's attack
        for r in self.relative_light(noun):  # "the sanctions that the Security Council imposed on Y"
            if _children(r, "nsubj"):
                return self.subj(r)
        if noun.dep_ == "ROOT":  # "Ban Ki-moon held talks with Y", misparsed as one noun phrase "[moon held] talks":
            # the light verb as a modifier of the noun, with a subject of its own
            lights = [a for a in _children(noun, "amod") if a.i < noun.i and a.tag_ in ("VBD", "VBN") and (
                a.lemma_.lower() in self.words.get("light_verbs", ()))]
            # (its subject hung on the verb, or on the noun: "X registered concerns about Y" read as "[registered]
            # concerns" with X its subject)
            return [x for a in lights for x in _children(a, "nsubj")] or (
                [x for x in _children(noun, "nsubj") if x.i < lights[0].i] if lights else [])
        return []

    def relative_light(self, noun) -> list:
        """The light verbs of the relative clauses on an event noun whose object is the relative pronoun ("the
        sanctions that the Council imposed") or left out ("the meetings X had with Y"), not when the clause is to
        come ("the meetings that X will have") nor denied in a clause with no pronoun ("the meeting X never had")."""
        return [r for r in _children(noun, "relcl") if r.lemma_.lower() in self.words.get("light_verbs", ())
                and (any(o.tag_ in ("WDT", "WP") for o in _children(r, "dobj")) or _contact_clause(r, noun))
                and not any(a.dep_ == "aux" and a.lemma_.lower() in self.words.get("modals", ()) for a in _kids(r))]

    def during(self, noun) -> list:
        """ "raised the issue during a phone call with X": the subject of the clause the event frames."""
        event = noun
        for _ in range(3):  # "as part of operations against X", "agreed ... after four days of talks", "told
            # reporters at the end of two days of talks with X"
            if noun.dep_ == "pobj" and noun.head.lemma_ == "of" and noun.head.head.lemma_ in self.words.get(
                    "event_parts", ()):
                noun = noun.head.head
            else:
                break
        prep = noun.head.lower_ if noun.dep_ == "pobj" else ""  # (not its lemma: "following" is read as "follow")
        if (prep in ("after", "following", "before", "since") or event.i != noun.i) and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in _kids(event)):
            return []  # "Following a meeting between A and B, C said", "At the end of the meeting between A and B":
            # the meeting is A's and B's, not C's (but "C is in Beijing for talks between A and B": C takes part)
        v = noun.head.head
        spoken = v.dep_ == "acl" and v.tag_ == "VBN" and v.head.lemma_.lower() in self.words.get("speech_nouns", ())
        if spoken:  # "In remarks made after a visit to Y, X warned": the visit of the one whose remarks they are
            x = v.head
            while x.dep_ in ("dobj", "pobj", "pcomp", "prep") and x.head.i != x.i:
                x = x.head
            v = x
        if (event.i != noun.i or spoken) and any(
                c.dep_ == "prep" and c.lower_ == "by" and _children(c, "pobj") for c in _kids(event)):
            return []  # "At the end of a visit to Y by X, Z warned": the visit is X's (but "pressed ahead amid
            # condemnation by X": the one it condemns)
        travel = noun.lemma_.lower() in self.words.get("travel_nouns", ()) and (
            prep == "with" or prep == "from" and v.lemma_.lower() in self.words.get("return_verbs", ()))
        if prep == "for" and v.lemma_.lower() in self.words.get("reason_verbs", ()):
            return []  # "X criticized Y for its sanctions", "X thanked Y for the talks": a deed of the one judged, no
            # event the judge takes part in
        if prep in self.words.get("frame_preps", ()) or travel:  # ("began his tour with visits to A and B",
            # "returned from a trip to A": the traveller)
            if v.pos_ in _VERBAL and v.lemma_.lower() in self.words.get("taking_part", ()) and _is_passive(v):
                return _children(v, "nsubjpass")  # "X has been engaged in talks with Y": X takes part
            if v.pos_ in _VERBAL:
                subj = self.subj(v)
                if any((n.tag_ in ("NNS", "NNPS") or n.lower_ in ("they", "both")) and not any(
                        self.tok_found[c.i] for c in _kids(n) if c.dep_ in ("amod", "compound", "poss", "nmod"))
                       for n in subj) and any(
                        c.dep_ == "prep" and c.lower_ == "between" for c in _kids(event)):
                    return []  # "During a phone call between A and B, the two leaders agreed": the call's own
                    # "between" names its parties, no one calls them both (but "Iranian officials" are others)
                return subj
            if prep in ("for", "during", "on") and v.pos_ == "NOUN" and v.lemma_.lower() in self.words.get(
                    "travel_nouns", ()) and not self.prep(v, "by"):  # "made his first visit to Kabul for talks with
                # Y", "X's trip to Y for talks with Z": the traveller's (not "a visit by A for talks with B")
                return _children(v, "poss") or self.light(v) or self.during(v)  # (or "X is on a visit to ...")
        return []

    def is_(self, noun) -> list:
        """What an attribute or apposition noun describes: "Iran is Syria's ally", "X, a critic of Y"; through a
        part ("Poland is one of America's closest allies", "X, one of the fiercest critics of Y")."""
        part = noun.head.head.lower_ if noun.dep_ == "pobj" and noun.head.lower_ == "of" else ""
        superlative = bool(part) and noun.tag_ in ("NNS", "NNPS") and (noun.head.head.tag_ == "JJS" or any(
            c.lower_ in ("most", "least") and c.i < noun.head.head.i for c in _kids(noun.head.head)))
        if part in _PART_OF_ONE or part in _PART_OF_MANY and noun.tag_ in ("NNS", "NNPS") or superlative:
            noun = noun.head.head  # "one of the critics of Y", "much more of a critic of Y": the part is one
            # ("the most stalwart of America's allies", "the closest of Y's allies")
        while noun.dep_ == "conj" and noun.head.pos_ == noun.pos_ and noun.head.dep_ in ("attr", "appos"):
            noun = noun.head  # "X, a close ally of Y and a fierce critic of Z": X is both
        if noun.dep_ in ("attr", "acomp") and noun.head.pos_ in _VERBAL:
            return self.subj(noun.head)  # "Iran is Syria's ally", "Al Jazeera was critical of China"
        if noun.pos_ == "ADJ":  # an adjective describes only its copula's subject or the noun it modifies, and
            # what that noun describes in turn ("Venezuela, a country critical of Y")
            if noun.dep_ != "amod":
                return []
            head = noun.head
            if head.tag_ == "NNS" and not self.tok_found[head.i]:  # "countries critical of Y such as A and B": the
                # ones it lists (the parser may hang "such as" on Y)
                hangers = (head, noun, *(o for p in _children(noun, "prep") for o in _children(p, "pobj")))
                listed = [o for x in hangers for p in _children(x, "prep") if p.lower_ in ("like", "including") or (
                    p.lower_ == "as" and any(c.lower_ == "such" for c in _kids(p))) for o in _children(p, "pobj")]
                if listed:
                    return listed
            return (head.dep_ in ("appos", "attr", "pobj") and self.is_(head)) or [head]
            # ("Cuba is one of the countries critical of Y", "among the countries critical of Y": Cuba)
        if noun.dep_ in ("appos", "compound"):
            return [noun.head]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ in ("be", "remain"):
            return self.subj(noun.head.head)  # "Iran is among the strongest supporters of Y"
        if noun.dep_ == "pobj" and noun.head.lemma_ == "under" and noun.head.head.pos_ in _VERBAL:
            return self.subj(noun.head.head)  # "Turkey is under EU sanctions"
        if noun.dep_ == "pobj" and noun.head.lemma_ == "as" and noun.head.head.lemma_.lower() in self.words.get(
                "becoming_verbs", ()):
            return self.subj(noun.head.head)  # "China has emerged as the largest donor to Cambodia"
        for c in _children(noun, "appos"):
            return [c]
        return []

    def obj_phrase(self, v) -> list:
        """The objects and the nouns of their "of" phrases ("the holding of hostages", "charges of war crimes")."""
        objects = self.obj(v)
        return objects + [q for o in objects for p in _children(o, "prep") if p.lemma_ == "of"
                          for q in _children(p, "pobj")]

    def xobj(self, v) -> list:
        """The object of the verb a trigger governs: "threatened to attack X"."""
        out = []
        governed = _children(v, "xcomp")
        if v.pos_ in ("NOUN", "PROPN"):  # "threats to strike X": an infinitive modifying the noun
            governed += [a for a in _children(v, "acl", "relcl") if _infinitive(a)]
        for x in governed:
            objects = [o for o in self.obj(x) if self.refs(o)]  # "to take action against X": not "action"
            # "to block imports of EU food products": whose goods
            goods = [c for o in self.obj(x) for p in self.prep(o, "of") for c in (p, *_kids(p))
                     if c.dep_ in ("pobj", "amod", "compound", "poss") and self.tok_found[c.i]]
            # "to cut off gas to Ukraine", "to halt aid to Y": the one a supply is cut off from
            cut_off = [y for h in (x, *self.obj(x)) for y in self.prep(h, "to") if self.refs(y)] if (
                x.lemma_.lower() in self.words.get("cutting_verbs", ())) else []
            out.extend(objects or self.prep(x, "against") or self.prep(x, "on") or goods or cut_off or self.obj(x))
        return out

    def tokens_for(self, role: str, t) -> list:
        if role == "subj":
            return self.subj(t) if t.pos_ in _VERBAL else []
        if role == "obj":
            return self.obj(t) if t.pos_ in _VERBAL else []
        if role == "dative":
            return _children(t, "dative") + self.prep(t, "to")
        if role == "titleposs":  # "China's top leader": the possessor; not "Japan's Liberal Party leader", the party's
            w = self.words
            bodies = w.get("body_heads", frozenset()) | w.get("group_nouns", frozenset()) | w.get(
                "organization_nouns", frozenset())
            if any(m.dep_ == "compound" and m.lemma_.lower() in bodies for m in _kids(t)):
                return []
            return self.tokens_for("poss", t)
        if role == "poss":  # "Ecuador and their ally Venezuela": the pronoun is the conjunct named before it
            return [t.head if c.pos_ == "PRON" and t.dep_ == "conj" and t.head.pos_ in ("PROPN", "NOUN") else c
                    for c in _children(t, "poss")]
        if role == "mod":  # "the Russian-Chinese talks"; "a Washington meeting" is a place (a capital as a name)
            mods = [c for c in _kids(t) if c.dep_ in ("amod", "compound", "nmod") and self.tok_found[c.i]]
            # "the US-Israeli strikes on Y": the first of two hyphen-joined names hangs on the second (not talks:
            # "the Israeli-Palestinian peace talks have stalled" is a process readers give no pair)
            if t.lemma_.lower() not in self.words.get("talk_nouns", ()):
                mods += [x for c in mods if any(h.tag_ == "HYPH" and h.i == c.i - 1 for h in _kids(c))
                         for x in _kids(c) if x.i == c.i - 2 and x.dep_ in ("amod", "compound", "nmod")
                         and self.tok_found[x.i]]
            # "Taliban-led attacks", "U.S.-led talks": the one who leads them
            mods += [x for c in _kids(t) if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                     for x in _kids(c) if x.dep_ in ("npadvmod", "compound", "nmod") and self.tok_found[x.i]]
            mods = [c for c in mods if not _backer_only(c)]  # ("the U.S.-backed war in Y": the backer's, no doer)
            place = [c for c in mods if c.dep_ == "compound" and (
                all(f.how == "metonym" for f in self.tok_found[c.i])  # "a Washington meeting"; "a Pentagon meeting"
                or c.lower_ in self.words.get("building_names", ()))]  # (the body's building, no party to it)
            self.placed.update(f.actor for c in place for f in self.tok_found[c.i])
            return [c for c in mods if c not in place]
        if role == "light":
            return self.light(t)
        if role == "responded_to":  # "acted in response to Y's actions": the act responded to
            return [x for p in _children(t, "prep") if p.lower_ == "in" for r in _children(p, "pobj")
                    if r.lemma_.lower() in ("response", "reaction", "retaliation") for x in self.prep(r, "to", 1)]
        if role == "during":
            return self.during(t)
        if role == "party_in":  # "X is at war with Y", "X has been locked in a war with Y": the subject of the clause
            # whose "in" or "at" phrase names the event (not "after years of fighting, the leaders ...")
            if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
                return []
            v = t.head.head  # only who is caught in it or at it is a side ("A and B have engaged in a civil war", "A
            # is at war with B"), not who took part or mediated ("fought in the war with the US against Iraq",
            # "mediated in the conflict with Hamas"); a war "between" others is theirs ("involved in the conflict
            # between A and B")
            if self.prep(t, "between") or not (v.lemma_.lower() in self.words.get("taking_part", ()) or (
                    (t.head.lower_ == "at" or t.lemma_.lower() in ("contact", "touch")) and v.lemma_.lower() in (
                        "be", "remain", "stay", "keep"))):  # ("has been in contact with Y")
                return []
            return self.during(t)
        if role == "claim_that_subj":  # "rejected an accusation from X that Tehran sends weapons": the one the claim's
            # "that" clause names (the parser hangs it on the noun or on the verb the noun is the object of)
            if not self.tokens_for("defier", t):
                return []  # (only a claim rebuffed: "accusations that Y ... were dropped" are no one's charge now)
            heads = [t, t.head] if t.dep_ == "dobj" else [t]
            return [n for h in heads for c in _children(h, "acl", "ccomp", "relcl") if any(
                m.dep_ == "mark" and m.lower_ == "that" for m in _kids(c)) for n in _children(c, "nsubj")
                    if self.tok_found[n.i]]  # (a named one: "the charge that the border was open" is the rejecter's)
        if role == "to_own":  # "committed to Y", "to Y's sovereignty", "to the security of Y": the one named, or the
            # owner of a state's own condition (not "committed to Y's destruction", "to dismantling Y")
            out = []
            for x in (x for p in _children(t, "prep") if p.lower_ == "to" for o in _children(p, "pobj")
                      for x in (o, *o.conjuncts)):
                if self.tok_found[x.i]:
                    out.append(x)
                else:
                    out.extend(self.condition_owners(x))
            return out
        if role == "restored_owner":  # "support for efforts / means to restore Y's sovereignty": the owner of the
            # state's own condition the means are for is the one supported
            # (the parser may hang the infinitive on the support itself, after the means)
            out = []
            for o in (o for p in _children(t, "prep") if p.lower_ == "for" for o in _children(p, "pobj")
                      if o.lemma_.lower() in _MEANS_TO):
                for a in (*_children(o, "acl"), *(a for a in _children(t, "acl") if a.i > o.i)):
                    if _infinitive(a) and a.lemma_.lower() in _RESTORING:
                        out.extend(y for x in _children(a, "dobj") for c in (x, *x.conjuncts)
                                   for y in self.condition_owners(c))
            return out
        if role == "needs_of":  # "provided assistance to meet Y's needs", "support in meeting the challenges Y faces":
            # the one whose needs or challenges the help is to meet
            out = []
            for a in (*_children(t, "acl", "advcl", "xcomp"), *(g for p in _children(t, "prep") if p.lower_ == "in"
                                                               for g in _children(p, "pcomp")),
                      *(a for o in _children(t, "dobj") for a in _children(o, "acl"))):  # ("pledged support to meet
                # Y's needs", the infinitive read as the object's)
                if a.lemma_.lower() not in ("meet", "address") or not (_infinitive(a) or a.tag_ == "VBG"):
                    continue
                for o in _children(a, "dobj"):
                    if o.lemma_.lower() in ("need", "needs", "requirement", "challenge"):
                        out += [c for c in _children(o, "poss") if self.tok_found[c.i]] + [
                            c for r in _children(o, "relcl") for c in _children(r, "nsubj") if self.tok_found[c.i]]
            return out
        if role == "claimed_by":  # "condemns the bombing, for which X claimed responsibility", "the attack, which
            # was claimed by X", "which X claimed": the one who claims the act condemned
            out = []
            for act in (x for o in self.obj(t) for x in (o, *o.conjuncts)):
                for r in _children(act, "relcl", "acl"):
                    if r.lemma_.lower() != "claim":
                        continue
                    if _is_passive(r):
                        out += _agent_of_passive(r)
                    elif any(c.lemma_.lower() in ("responsibility", "credit") for c in _children(r, "dobj")) or any(
                            c.tag_ == "WDT" for c in _children(r, "dobj")) and not _children(r, "ccomp"):
                        # (not "the attack which Russia claimed Ukraine had launched": a claim of another's act)
                        out += _children(r, "nsubj")
            return out
        if role == "bank_owner":  # "deposited $3 billion with Y's central bank", "in the State Bank of Y": Y
            banks = [o for x in (t, *_children(t, "dobj")) for p in _children(x, "prep")
                     if p.lower_ in ("with", "in", "into") for o in _children(p, "pobj") if o.lemma_.lower() == "bank"
                     and any(c.lower_ in ("central", "state", "national", "reserve") for c in _kids(o))]  # (not "a
            # Swiss bank": a state's own bank)
            return [x for b in banks for x in (*_children(b, "poss"), *self.prep(b, "of", 1),
                                               *(c for c in _children(b, "amod", "compound") if self.tok_found[c.i]))]
        if role == "letter_to":  # "sent a message to Y expressing condolences": the one the message is sent to
            v = t.head if t.dep_ == "dobj" else None
            letter = v.head if v is not None and v.dep_ == "acl" and v.head.lemma_.lower() in _DOCUMENTS else None
            if letter is None:
                return []
            sent = [letter.head] if letter.dep_ in ("dobj", "nsubjpass") else []
            return [o for x in (letter, *sent) for o in self.prep(x, "to", 1)]
        if role == "of_before_for":  # "the support of the United States for Korea": with a "for" phrase besides, the
            # "of" phrase names whose it is
            return self.prep(t, "of") if self.prep(t, "for") else []
        if role == "including":  # "Russia's supporters, including Belarus and Iran": the ones the noun's "including"
            # phrase names
            return [o for p in _children(t, "prep") if p.lower_ == "including" for o in _children(p, "pobj")]
        if role == "of_before_to":  # "the visit of X to Tehran": with a "to" phrase besides, the "of" phrase names who
            # goes
            return self.prep(t, "of") if self.prep(t, "to") else []
        if role == "compound_named":  # "Kremlin critic X": a name before the noun, a metonym too
            return [c for c in _kids(t) if c.dep_ == "compound" and self.tok_found[c.i]]
        if role.startswith("headprep:"):  # "offers of help poured into Y from X", "received offers of help from X",
            # "conveyed condolences to Y in a phone call": the phrase of the verb the noun is the subject or object of,
            # or whose preposition holds it
            v = t.head if t.dep_ in ("nsubj", "nsubjpass", "dobj") else t.head.head if t.dep_ == "pobj" else None
            v = _sum_given_in(t)[0] or v  # "received $6 billion in military aid from X": the verb of the sum
            if v is None or v.pos_ not in _VERBAL or v.lemma_.lower() in _MOVING_AWAY:
                return []  # ("diverted aid from Ukraine to Israel": neither gives it)
            return [o for o in self.prep(v, role[9:]) if o.i != t.i]
        if role == "acceptor":  # "Y accepted a U.S. offer of assistance": the one who takes it up ("Y received $6
            # billion in aid from X": the sum it is given in)
            v = t.head if t.dep_ == "dobj" else _sum_given_in(t)[0]
            if v is not None and v.dep_ == "xcomp" and (v.head.lemma_.lower() in _WISHING or (
                    v.head.lower_ in _WISHING_FORMS)):  # (the tagger's lemma of "hopes" may be "hop")
                return []  # "Ukraine hopes to receive $60 billion in aid from X": a hope, no offer made
            return self.subj(v) if v is not None and v.lemma_.lower() in ("accept", "welcome", "receive") else []
        if role == "assured":  # "assured Y of his support", "assured the Prime Minister of continued U.S. assistance":
            # the one assured of it
            v = self.assuring(t)
            if v is None or any(p.lower_ in ("for", "to", "of") for p in _children(t, "prep")):
                return []  # (not "assured Y of his support for a ceasefire": support of the ceasefire)
            return self.obj(v)
        if role == "alongside":  # "attended the summit along with X", "together with X", "alongside X"
            return [o for p in _children(t, "prep") if p.lower_ in ("along", "together") for w in _children(p, "prep")
                    if w.lower_ == "with" for o in _children(w, "pobj")] + self.prep(t, "alongside", 1)
        if role == "attendees":  # "hosted a conference attended by X": who came to the event it holds
            return [x for o in self.obj(t) for a in _children(o, "acl") if a.lemma_.lower() == "attend"
                    for x in _agent_of_passive(a)]
        if role == "joiners":  # "a meeting with his advisers which the general attended": who attended the event
            # (or its company) by a relative clause of their own; "a meeting chaired by X": who chaired or hosted it
            return [x for o in (t, *self.prep(t, "with")) for a in _children(o, "relcl")
                    if a.lemma_.lower() in ("attend", "join") for x in _children(a, "nsubj")] + [
                x for a in _children(t, "acl") if a.tag_ == "VBN" and a.lemma_.lower() in _CHAIRING
                and not self.tokens_for("mod", t) for x in _agent_of_passive(a)]  # (not "the G7 summit hosted by
            # Italy": the body's own summit, which a member hosts)
        if role == "blamed_on":  # "blamed the attacks on Y": the one the act is laid on (the last "on" phrase)
            if self.prep(t, "for"):
                return []  # "blamed Y for tolerating Z": Y is blamed (the object, criticize.verb)
            ons = self.prep(t, "on") or [o for d in _children(t, "dobj") for p in _of_chain(d)
                                         if p.lower_ == "on" for o in _children(p, "pobj")]
            last = ons[-1:]
            laid = last + [c for o in last for c in _children(o, "conj")]
            # ... or the doer of the act it is laid on: "blames the crisis on the sanctions imposed by Britain"
            return laid + [x for o in laid if not self.tok_found[o.i] for a in _children(o, "acl") if a.tag_ == "VBN"
                           and a.lemma_.lower() in _DOING_VERBS for x in _agent_of_passive(a)]  # (not "a group banned
            # by the UN": who bans it did not do the act)
        if role == "directed":  # "attacks directed at X", "strikes aimed against X": the participle's target (of a
            # verb's object: "fired rounds aimed at X")
            return [o for h in (t, *(_children(t, "dobj") if t.pos_ in _VERBAL else ())) for a in _children(h, "acl")
                    if a.lemma_.lower() in ("direct", "aim", "target") for w in ("at", "against", "on")
                    for o in self.prep(a, w, 1)]
        if role == "obj_self":  # "praised Y", "hailed him": the one named as the object itself, not a noun that
            # stands for it or its doings ("lauded Y's growing leadership", "hailed the Colombian rescue operation")
            parties = self.words.get("praised_parties", frozenset())
            objs = self.obj(t)
            # (or a person named by a title, not a group: "the U.S. secretary of state was received by X", not "both
            # men"; and the name a noun is given: "the terror group Hezbollah", not "received the nickname 'X'")
            return [o for o in objs if o.pos_ in ("PROPN", "PRON") or o.lemma_.lower() in parties or any(
                f.type == "person" and f.how != "group" for f in self.tok_found[o.i])] + [
                a for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() not in _NAME_NOUNS
                for a in _children(o, "appos") if a.pos_ == "PROPN"]
        if role == "part_in":  # "X's role in the fight against Y", "X's contribution to the war against Y", "X
            # plays a key role in the battle against Y": whose part in the act it is
            if t.dep_ != "pobj" or t.head.lower_ not in ("in", "to"):
                return []
            n = t.head.head
            if n.lemma_.lower() not in self.words.get("part_nouns", ()):
                return []
            return _children(n, "poss") or (self.subj(n.head) if n.dep_ == "dobj" and n.head.lemma_.lower() in (
                "play", "have", "take") else [])
        if role == "rebuilt":  # "pledged to help rebuild Afghanistan's infrastructure": the one whose things the
            # help builds, or the one built up itself ("to help rebuild Iraq")
            w = self.words
            if any(s.lemma_.lower() in w.get("act_nouns", ()) or s.lemma_.lower() in w.get("event_nouns", ())
                   for s in _children(t, "nsubj")):
                return []  # ("Russia's invasion has helped strengthen NATO's flank": a result, no help)
            building = w.get("building_verbs", frozenset())
            things = w.get("built_things", frozenset())  # (not "helped strengthen Ukraine's separatists")
            return [x for c in _children(t, "xcomp") if c.lemma_.lower() in building and not _children(c, "neg")
                    for o in _children(c, "dobj") for x in (o, *(_children(o, "poss") if o.lemma_.lower() in things
                                                              else ())) if self.tok_found[x.i]]
        if role == "helped":  # "promised $300 million to help rebuild Afghanistan", "sent troops to help Y": the one
            # the purpose of the gift helps
            helps = [c for x in (t, *_children(t, "dobj")) for c in _kids(x) if c.dep_ in (
                "xcomp", "advcl", "relcl", "acl") and _infinitive(c) and c.lemma_.lower() in self.words.get(
                "helping_verbs", ())]  # ("$50 million to help ...": on the sum, to the parser; "to rebuild Bosnia")
            # ("to help Y cope with ...": Y the subject of the clause helped, to the parser)
            return [o for c in helps for o in (self.obj(c) or [y for x in _children(c, "xcomp") for y in self.obj(x)]
                                               or [y for x in _children(c, "ccomp") for y in _children(x, "nsubj")])]
        if role == "purpose_alone" and any(p.lower_ in ("for", "to", "of", "with") for p in _children(t, "prep")):
            return []  # ("spoke with Y to express U.S. support for a ceasefire": support for the ceasefire, not Y)
        if role in ("purpose", "purpose_alone"):  # "spoke with Y to express his condolences": the one met or called
            # for it
            # ("called Y to offer help": the verb of the act itself, when it names no one it is for: not "spoke with Y
            # to offer support to the people of Z", "to offer troops for the mission")
            v = t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in self.words.get("light_verbs", ()) else (
                t if t.pos_ in _VERBAL else None)
            if v is t and (_children(t, "dative") or any(p.lower_ in ("to", "for") for x in (t, *_children(t, "dobj"))
                                                         for p in _children(x, "prep"))):
                return []
            u = v
            while u is not None and u.dep_ == "conj" and u.head.pos_ in _VERBAL:
                u = u.head  # "spoke with Y to discuss Z and to express condolences": the purpose joined to the first
            h = u.head if u is not None and u.dep_ in ("xcomp", "advcl") else None
            if h is not None and h.lemma_.lower() in self.words.get("contact_verbs", ()):
                # ("called Erdogan to offer condolences": the parser may read Erdogan as called something, oprd)
                return self.prep(h, "with") or self.obj(h) or _children(h, "oprd")
            if v is not None and v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with"
                                                          for m in _kids(v)):
                return _children(v, "nsubj")  # the misparse "spoke [with X to express condolences]"
            return []
        if role == "is":
            return self.is_(t)
        if role == "as_of":  # "supportive of Turkey as a NATO ally", "relies on China as its main arms supplier",
            # "Turkey's importance as a NATO ally": the one the "as" phrase names so
            if t.dep_ != "pobj" or t.head.lower_ != "as" or t.head.dep_ != "prep":
                return []  # (not an "as" the parser made a clause's mark)
            h = t.head.head
            if h.pos_ in ("NOUN", "PROPN") and self.tok_found[h.i]:
                return [h]
            if h.pos_ == "NOUN":
                return [c for c in _children(h, "poss") if self.tok_found[c.i]]
            if h.pos_ not in (*_VERBAL, "ADJ") or h.lemma_.lower() in _NOT_AS_NOW:
                return []  # ("replaced Pakistan as America's ally", "wants the United States as its supplier")
            objects = _children(h, "dobj") or [o for x in (h, *_children(h, "acomp")) for p in _children(x, "prep")
                                               if p.lower_ != "as" for o in _children(p, "pobj")]
            return [o for o in objects if self.tok_found[o.i]]
        if role == "xobj":
            return self.xobj(t)
        if role == "xobj_self":  # "urged Libyans to drop Gadhafi": the governed verb's object that names the actor
            # itself (not "to drop its objections": whose they are)
            return [o for x in _children(t, "xcomp") for o in self.obj(x) if self.tok_found[o.i]]
        if role == "objxobj":  # "did not rule out any option to stop X": the object of the act the object names
            return [x for o in self.obj(t) for a in _children(o, "acl", "relcl") for x in self.obj(a)]
        if role == "for_target":  # "claimed responsibility for the attack on Y": the target of the act
            return [x for o in self.prep(t, "for") for w in ("on", "against", "in", "into")
                    for x in self.prep(o, w, 1)]  # ("a rocket attack into Israel")
        if role == "of_target":  # "warned of strikes against Y", "... of severe consequences for Y": the target of
            # the act an "of" phrase names
            # (not when the act has a doer of its own: "warned of Russian strikes against Y", "attacks by Z")
            return [x for o in self.prep(t, "of") if not (self.modifying_actors([o]) or self.prep(o, "by", 1))
                    for w in ("on", "against", "into", "for") if w != "for" or o.lemma_.lower() in _COSTS
                    for x in self.prep(o, w, 1)]
        if role == "forposs":
            return self.thanked_backers(t)
        if role == "demander":  # "X told Y to release them or face sanctions", "Y must withdraw or face sanctions, X
            # said": the one who demands the act the alternative follows
            if t.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in _kids(t.head)):
                return []
            head = t.head
            if head.dep_ in ("relcl", "acl", "advcl", "xcomp") and _infinitive(head) and (
                    given := _time_given(head)) is not None:
                return self.subj(given)  # "gave Y 48 hours to leave or face military action": the giver
            return self.subj(head.head) if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ in _VERBAL else []
        if role == "to_take":  # "an offensive to retake South Ossetia", "a campaign to oust Y": what the act is to
            # take or oust (the object of its purpose infinitive)
            return [o for a in (*_children(t, "acl", "relcl", "advcl"), *(_children(t.head, "advcl", "xcomp")
                                                                         if t.dep_ == "dobj" else ()))
                    if _infinitive(a) and a.lemma_.lower() in self.words.get("taking_verbs", ()) for o in self.obj(a)]
        if role == "backing_of":  # "thanked X for his support of Israel", "... for backing for Y", "for Y's
            # contributions to Afghanistan": whom the backing thanked for goes to
            # (the backing may be joined to another noun: "for Y's leadership and strong support for Z")
            # (a common noun backed as the reader reads it: "for Y's support for the Ukrainian people"; a name that
            # is no actor by the one its modifier names, "for Y's contributions to the NATO Training Mission", not
            # as a new actor; an "of" phrase only by an actor, as it may name the backer: "for the support of the
            # CSTO peacekeepers")
            out = []
            for _b, w, y in self.backed(t):
                if self.tok_found[y.i] or w != "of" and y.pos_ != "PROPN":
                    out.append(y)
                elif w != "of":
                    out += [c for c in (*_kids(y), *self.prep(y, "of")) if (
                        c.dep_ in ("amod", "compound", "poss", "pobj")) and (self.tok_found[c.i] or c.pos_ != "PROPN")]
            return out
        if role == "opposer":  # "X is (resolutely) opposed to Y": the one who is opposed, not one opposed by another
            if t.tag_ != "VBN" or not _children(t, "auxpass") or _children(t, "agent") or not self.prep(t, "to"):
                return []
            return _children(t, "nsubjpass")
        if role == "opposed_to":  # "... opposed to Y's test", "to the expansion of NATO", "to the plan by Y", "to Y"
            out = []
            for o in self.prep(t, "to"):
                if self.tok_found[o.i]:
                    out.append(o)
                out += [c for c in _kids(o) if c.dep_ in ("poss", "compound", "amod", "nmod") and self.tok_found[c.i]]
                out += [*self.prep(o, "of", 1), *self.prep(o, "by", 1)]
            return out
        if role == "time_given":  # "gave Y 48 hours to leave or face ...": the one given the time
            head = t.head if t.dep_ == "conj" else t
            given = _time_given(head) if head.dep_ in ("relcl", "acl", "advcl", "xcomp") and _infinitive(head) else None
            if given is not None and not any(o.lemma_.lower() in _TIMES_GIVEN for o in _children(given, "dobj")):
                return _children(given, "dative", "dobj")  # ("gave Y until the end of the month": Y the object)
            return [*_children(given, "dative"), *self.prep(given, "to")] if given is not None else []
        if role == "holder":  # "threatened serious consequences", "warned of consequences", "would take action":
            # the subject of a verb of holding out that has the noun for object, direct or by a preposition; the
            # noun a subject, the one who says so ("X said sanctions would be imposed on Y if ...")
            if t.dep_ in ("nsubj", "nsubjpass") or _there_is(t):  # ("said there would be consequences if Y ...")
                fors = self.prep(t, "for")
                borne = {f.actor for f in self.role(fors)}
                acting = {f.actor for f in self.role(self.tokens_for("if_subj", t))}
                same = self.state_of is not None and _and_states(borne, self.state_of) & _and_states(
                    acting, self.state_of)
                if borne and acting and not (borne & acting or same) or not borne and any(
                        o.pos_ == "PROPN" for o in fors):
                    return []  # "there will be consequences for Europe if Trump wins": a forecast for a third party
                    # (not "consequences for those responsible if Hamas ...", "for Putin if Russia ...")
                return self.tokens_for("speaker", t)
            v = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" else None
            if v is not None and t.dep_ == "pobj" and t.head.lower_ in ("in", "to") and (
                    v.lemma_.lower() in _RESULTING):
                return self.tokens_for("speaker", t)  # "X said any attack would result in a severe response"
            if v is None or v.pos_ not in _VERBAL or v.lemma_.lower() not in self.words.get("holding_out_verbs", ()):
                return []
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in _ASKING_VERBS:
                return []  # "urged the EU to impose sanctions if Y ...": a demand on another, no threat
            if any(c.dep_ in ("acl", "relcl") and _infinitive(c) for c in _kids(t)) or any(
                    p.lower_ == "for" for p in _children(t, "prep")):
                return []  # "would take steps to return to the deal if Y ...", "a response for ...": its own purpose
            if v.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in _children(v, "aux")) and (
                    v.head.dep_ == "dobj" and v.head.head.pos_ in _VERBAL):
                return self.subj(v.head.head)  # "should take measures to impose costs on Y": who takes them
            said = self.reporter(v)  # (not what another forecasts: "X warned that Hamas would take steps if ...")
            if said is not None and self.state_of is not None:
                doers, speakers = ([f.actor for f in self.role(self.subj(x))] for x in (v, said))
                if set(doers) - set(speakers):
                    # ... but a speaker for their own side: "Panetta warned that the US would take action if Y ..."
                    return self.subj(said) if speakers and _and_states(doers, self.state_of) & _and_states(
                        speakers, self.state_of) else []
            return self.subj(v)
        if role in ("speaker", "voice"):  # "'Russia's crimes will be punished,' X said": the one whose words tell it
            said = self.reporter(t)  # (not words denied: "X did not say Y will be punished")
            return self.subj(said) if said is not None and not _children(said, "neg") else []
        if role == "defied":  # "X went ahead over objections from Y", "despite protests by Y": the one who went ahead
            if t.dep_ == "pobj" and t.head.lower_ in ("over", "despite") and t.head.head.pos_ in _VERBAL:
                return self.subj(t.head.head)
            return []
        if role == "warned_not":  # "warned Y not to ...": the one warned off an act
            off = any(c.dep_ == "xcomp" and _children(c, "neg") for c in _kids(t))
            return self.obj(t) if off else []
        if role == "warned_against":  # "cautioned Y against ...": the one warned off an act
            return self.obj(t) if any(p.lower_ == "against" for p in _children(t, "prep")) else []
        if role == "penalized_act":  # "there will be costs to any Russian intervention", "any Russian aggression would
            # result in a severe response": the doer of the act the penalty answers
            # (a hostile act, not "a response to the U.S. proposal"; the one who would answer it is the one who
            # says so, not a third party: "would lead to a response from the United States")
            if any(p.lower_ in ("from", "by") for p in _children(t, "prep")):
                return []
            acts = self.words.get("event_nouns", frozenset()) | _HOSTILE_MOVES
            done = [o for p in _children(t, "prep") if p.lower_ in ("to", "for") for o in _children(p, "pobj")]
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "to") and t.head.head.lemma_.lower() in _RESULTING:
                done += _children(t.head.head, "nsubj")
            return [c for o in done if o.lemma_.lower() in acts for c in (  # (its doer: "any Russian incursion",
                # "Russia's attack", "an attack by Russia", "NATO expansion"; not a state compounded with it, the
                # place struck: "a Taiwan invasion")
                *(c for c in _kids(o) if c.dep_ in ("poss", "amod") and self.tok_found[c.i] or c.dep_ == "compound"
                  and any(f.type in ("organization", "group") for f in self.tok_found[c.i])),
                *(x for p in _children(o, "prep") if p.lower_ == "by" for x in _children(p, "pobj")))]
        if role == "if_subj":  # "would respond if Y crossed the border": whose act the condition names; "the
            # strikes would go on until Belgrade accepted the plan": the noun's verb
            v = t if t.pos_ in _VERBAL else t.head if t.dep_ in ("nsubj", "nsubjpass", "acomp") or _there_is(t) \
                else None
            if v is None and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.head.pos_ in _VERBAL):
                # "threatened serious consequences if Y ...", "warned of consequences if Y ...": the verb's
                v = t.head if t.dep_ == "dobj" else t.head.head
            # ("was ready for war if Y attacked": the condition on "was")
            if v is None:
                return []
            # a pronoun there is the one the penalty falls on, where the clause names one: "sanctions would be
            # imposed on Y if it ...", "action against Y will be unavoidable if he ..."
            struck = [o for w in (t, v) for p in ("against", "on") for o in self.prep(w, p) if self.tok_found[o.i]]
            conds = _condition_subjects(v, ("if", "unless", "until")) or (  # ("vowed [to go to war] if Y wins": the
                _condition_subjects(v.head, ("if", "unless")) if v.dep_ == "xcomp" else [])  # condition on the vow)
            return [y for x in conds if not (
                x.head.lemma_.lower() in _BENIGN_CONDITIONS and not _children(x.head, "neg"))  # (not "if Y lifted
                # sanctions", "if Y asked for help": a favour answered, no threat)
                    for y in (struck if struck and x.lower_ in ("it", "he", "she", "they") else [x])]
        if role == "of_named":  # "the President of Burundi", not "the head of the NATO forces": a name itself
            bodies = self.words.get("group_nouns", frozenset()) | self.words.get("organization_nouns", frozenset())
            return [o for o in self.prep(t, "of") if not (o.pos_ == "NOUN" and o.lemma_.lower() in UNIT_WORDS) and (
                self.tok_found[o.i] or self.ent(o.i) is not None or (
                    o.lemma_.lower() in bodies and any(self.tok_found[c.i] for c in _children(o, "compound"))))]
            # (not "the leader of the Iranian delegation": a unit's, not the state's)
            # ("the leader of the Fatah party": the party the name names)
        if role == "appos":  # "its major allies North Korea and Pakistan": the names in apposition
            return _children(t, "appos")
        if role == "ofmod":  # "a cessation of Israeli incursions", "an end to Russia's attacks": whose act it is
            return [c for w in ("of", "to") for p in self.prep(t, w) for o in (p, *p.conjuncts) if o.pos_ == "NOUN"
                    for c in _kids(o) if c.dep_ in ("amod", "compound", "poss", "nmod") and self.tok_found[c.i]]
        if role == "had_by":  # "the Janjaweed, who have had the assistance of the Sudanese government": who has it
            if t.dep_ == "dobj" and t.head.lemma_.lower() in self.words.get("having_verbs", ()):
                return self.subj(t.head)
            return []
        if role == "sharer":  # "the two leaders discussed / shared concerns about Y": who share it
            if t.dep_ == "dobj" and t.head.lemma_.lower() in ("share", "discuss"):
                return self.subj(t.head)
            return []
        if role in ("from_passive", "with_passive"):  # "Y was suspended from the AU": the body it was excluded from
            # (not the active "the coup that expelled Y from the country": its subject's act); "Y has been
            # threatened with NATO air strikes": whose the strikes are
            return self.prep(t, role.split("_")[0]) if _is_passive(t) else []
        if role in ("with_subj", "under_subj", "in_subj", "on_subj"):  # "began operations with U.S. support": the one
            # who acts with it; "lives under the protection of Y": under it; "cut ties with A in solidarity with B": in
            # it; "Y remains on the U.S. list of state sponsors of terrorism": on it
            p = t.head if t.dep_ == "pobj" and t.head.lower_ == role.split("_")[0] else None
            v = p.head if p is not None else None
            if v is not None and v.dep_ == "dobj" and v.pos_ == "NOUN":
                if role == "in_subj" and v.lemma_.lower() in self.words.get("people_nouns", frozenset()) | (
                        self.words.get("rally_nouns", frozenset())):
                    return []  # "banned rallies in solidarity with Y": the rallies', not the banner's
                v = v.head  # "operations [with U.S. support]": the verb of the object
            elif role == "in_subj" and v is not None and any(
                    o.lemma_.lower() in self.words.get("rally_nouns", frozenset()) and o.right_edge.i + 1 == p.i
                    for o in _children(v, "dobj")):
                return []  # (the same with the phrase hung on the verb: "banned political rallies | in support of Y")
            if role == "in_subj" and v is not None and v.pos_ in _VERBAL and (
                    objs := [o for o in _children(v, "dobj") if o.right_edge.i + 1 == p.i or o.i == p.head.i]):
                owners = [c for o in objs for c in _children(o, "poss")]
                if owners:  # "condemned Russia's airstrikes in support of Assad": the owner's act, not the judge's
                    return owners
                if v.lemma_.lower() in self.words.get("critic_verbs", frozenset()) | self.words.get(
                        "charge_verbs", frozenset()) | _JUDGING_ACTS:
                    return []  # "condemned the airstrikes in support of Assad": whoever made them
            if role == "in_subj" and v is not None and p.i < v.i and (
                    v.lemma_.lower() in self.words.get("reporting_verbs", frozenset()) or _children(v, "ccomp")):
                return []  # "In support of her candidacy, X pointed out that ...": an argument for something
            if role == "under_subj" and v is not None and any(
                    o.lemma_.lower() not in _TIME_NOUNS for x in (v, t) for p in _children(x, "prep")
                    if p.lower_ in ("over", "for") for o in _children(p, "pobj")):
                return []  # "came under attack from Russia over its NATO bid": words over a matter
            if _judged_with(t):
                return []  # "views the actions, with the support of Turkey, as provocative": the acts judged had
                # it, not the one who judges them
            if role == "on_subj":  # "Y remains on the list", "Y was put on it", "X put Y on it": the one on it
                # (not "commented on the list", "briefed Y on the list")
                if v is None or v.pos_ not in _VERBAL or v.lemma_.lower() not in _BEING_ON | _PUTTING_ON:
                    return []
                if _is_passive(v) or v.lemma_.lower() in _PUTTING_ON:
                    return _children(v, "nsubjpass") if _is_passive(v) else _children(v, "dobj")
            subj = self.subj(v) if v is not None and v.pos_ in _VERBAL else []
            if role == "in_subj" and not subj and v is not None and v.lemma_.lower() in ("unite", "join") and (
                    _is_passive(v)):
                subj = _children(v, "nsubjpass")  # "A and B were united in opposition to Y": A and B
            if role == "under_subj":  # "a large part of Georgia remains under Russian occupation": the whole
                subj = [o for x in subj if not _denied(x)  # ("No part of Y")
                        for o in (self.prep(x, "of") if x.lemma_.lower() in _SHARES else [x])]
            return subj
        if role == "told_to":  # "told Y to ease the restrictions": the one told, when told to do a demanded act
            acts = self.words.get("demanded_acts", frozenset()) | self.words.get("demand_cues", frozenset())
            told = any(_infinitive(c) and (c.lemma_.lower() in acts or c.lemma_.lower() in ("begin", "start") and any(
                x.lemma_.lower() in acts for x in _children(c, "xcomp"))) for c in _children(t, "xcomp"))
            # ("told Y to begin withdrawing": the act begun)
            told = told or any(c.lemma_.lower() in acts and any(
                a.lower_ in ("must", "should") for a in _children(c, "aux")) and not _children(c, "neg")
                and any(x.pos_ == "PRON" and x.lower_ in ("he", "she", "it", "they") for x in _children(c, "nsubj"))
                and not any(p.lower_ in ("for", "early", "soon") for p in _kids(c))
                for c in _children(t, "ccomp"))  # "told Y that he must leave the country": a demand on Y (not "he
            # must leave early for Moscow": the teller's own plan)
            return self.obj(t) if told else []
        if role == "demanding":  # "issued an ultimatum demanding that Y disarm or face attack": the subject of the
            # clause the noun's participle demands
            return [x for a in _children(t, "acl") if a.lemma_.lower() in ("demand", "require", "order", "insist")
                    for c in _children(a, "ccomp") for x in _children(c, "nsubj")]
        if role == "clause_subj":  # "demanded the LRA disarm": the subject of the demanded clause; of a noun's
            # "that" clause: "disappointment that Y had refused to sign"
            # "called for Y to step down": the subject of a "for ... to" clause
            return [x for c in _noun_acts(t, self.words) for x in _children(c, "compound")] + [
                x for c in _kids(t) if c.dep_ in ("ccomp", "xcomp") or (t.pos_ == "NOUN" and _that_clause(c)) or (
                _for_clause(c)) for x in _children(c, "nsubj")]
        if role == "extraposed_subj":  # "it was unacceptable that Y sent ships": the subject of the "that" clause
            # an expletive "it" stands for, judged by the adjective
            h = t.head if t.dep_ == "acomp" else None
            if h is None or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in _kids(h)):
                return []
            return [x for c in (*_children(h, "ccomp"), *_children(t, "ccomp")) if any(
                m.dep_ == "mark" and m.lower_ == "that" for m in _kids(c)) for x in _children(c, "nsubj")]
        if role == "clause_if_subj":  # "warned that Washington would tear up the deal if the Taliban failed to
            # honor it": whose act the condition of the warned clause names
            return [x for c in _kids(t) if c.dep_ == "ccomp" for v in (c, *_children(c, "xcomp"))
                    for x in _condition_subjects(v, ("if", "unless"))]
        if role == "evaluated":  # "said Y was a dictator": the subject of a reported judgement
            return self.evaluated(t)
        if role == "judged_here":  # "Y's attacks on civilians are immoral and unacceptable": the subject the
            # clause the judging word is the predicate of judges, or the party whose act it is
            while t.dep_ == "conj" and t.head.pos_ == t.pos_:
                t = t.head
            h = t.head
            if t.dep_ not in ("acomp", "attr") or h.lemma_ not in ("be", "remain") or _children(h, "neg"):
                return []
            return self.evaluated(h, clauses=[h])
        if role == "call_to":  # "in his call to Y": the one a call is made to, not a plea ("his call to Y for arms",
            # "to Y to negotiate", "renewed his call to Y")
            if any(_infinitive(c) for c in _children(t, "acl", "relcl")) or any(
                    o.lemma_.lower() not in _SPANS and not o.like_num
                    for p in _children(t, "prep") if p.lower_ == "for" for o in _children(p, "pobj")) or (
                    t.dep_ == "dobj" and t.head.lemma_.lower() in _PLEADING):
                return []
            return self.prep(t, "to")
        if role == "travel_to":  # "flew to Y to attend talks", "came to Y's capital for talks", "arrived in Y on a
            # visit": the state reached, on a journey whose own purpose phrase is a visit or talks
            if not _visit_purpose(t):
                return []
            out = []
            for p in _children(t, "prep"):
                if p.lower_ not in ("to", "in"):
                    continue
                for o in _children(p, "pobj"):
                    if self.tok_found[o.i]:
                        out.append(o)  # ("came to Pakistan's defence": no state reached)
                    elif o.lemma_.lower() in ("capital", "city"):  # "the Somali capital", "Y's capital"
                        out.extend(c for c in _kids(o) if c.dep_ in ("amod", "poss", "compound", "appos")
                                   and self.tok_found[c.i])
            return out
        if role == "oprd_owner":  # "what it calls a hostile policy of Y", "what X called Y's provocations": whose
            # the thing named is, when the object is the "what" that names it
            if not any(o.tag_ == "WP" for o in _children(t, "dobj")):
                return []
            # (a demonym names the doer of an act, "what it called Israeli aggression", not the nationality of
            # people, "what he called Colombian criminals"; "of" its owner, "the war crimes of Y", but not the object
            # of an act done to it, "the blockade of Cuba")
            acts = self.words.get("act_nouns", frozenset())
            done_to = acts - self.words.get("act_nouns_of", frozenset())  # "blockade of Y": done to Y
            return [x for o in _children(t, "oprd") for x in (
                *(self.prep(o, "of", 1) if o.lemma_.lower() not in done_to else ()),
                *self.prep(o, "by", 1),
                *(c for c in _kids(o) if self.tok_found[c.i] and (c.dep_ == "poss" or c.dep_ in (
                    "compound", "amod") and o.lemma_.lower() in acts)))]
        if role == "oprd_by":  # "called the war an adventure launched by Y", "... an adventure by Y": the doer of
            # what the complement names the object as
            # (a verb of doing: not "called the plan a mistake opposed by Y", Y's stance on another's act)
            return [x for o in _children(t, "oprd") for x in (
                *self.prep(o, "by", 1), *(y for a in _children(o, "acl") if a.tag_ == "VBN" and a.lemma_.lower() in (
                    _DOING_VERBS | _STARTING_VERBS) for y in _agent_of_passive(a) if y.dep_ == "pobj"))]
        if role == "loss_place":  # "condolences for the loss of life in Y", "over the deaths of Y's soldiers"
            heads = [t, t.head] if t.dep_ == "dobj" else [t]  # (the parser may hang "for" on the light verb)
            losses = [o for h in heads for p in _children(h, "prep") if p.lower_ in ("for", "over", "on", "after")
                      for o in _children(p, "pobj")]
            # the place of the loss ("in Y"), or the owner of the loss or of those lost ("Nepalese soldiers"), not
            # the doer of an act inside it ("the victims of the Iranian strike on Y")
            owned = [o for x in losses for o in (x, *(o for p in _children(x, "prep") if p.lower_ == "of"
                                                       for o in _children(p, "pobj")))
                     if o.lemma_.lower() not in _STRIKES
                     and o.lemma_.lower() not in _ASSAULTS | {"invasion", "shooting"}]
            owners = [c for o in owned for c in _kids(o) if c.dep_ in ("poss", "amod", "compound")]
            places = [x for o in losses for x in o.subtree if x.dep_ == "pobj" and x.head.lower_ == "in"]
            # (the owner first: "the deaths of Russian soldiers in Ukraine" are Russia's loss, no one else's)
            # (a demonym the mention finder left to the people it modifies, "Indian workers", is an owner too)
            if any(x.text in self.demonyms or any(f.type == "state" for f in self.tok_found[x.i]) for x in owners):
                places = owners  # (an owner the mention finder left unfound gives no target at all)
            return [x for x in places if self.tok_found[x.i] and all(f.type == "state" for f in self.tok_found[x.i])]
        if role == "objofact":  # "called the policy of Y hostile": the doer of the act named (not "the recognition
            # of Y": whose "of" is the act's object)
            acts = self.words.get("act_nouns_of", frozenset())
            return [x for o in self.obj(t) if o.lemma_.lower() in acts for x in self.prep(o, "of", 1)]
        if role == "small_subj":  # "considers Y a terrorist group", "deems Y dangerous": the subject of a verbless
            # complement (the parser's clause with a noun or adjective for its head)
            # (its head and the words on it judge, not a phrase inside: "a victim of Russian aggression")
            w = self.words
            judging = w.get("negative_evaluations", frozenset()) | w.get("atrocity_names", frozenset())
            return [x for c in _children(t, "ccomp") if c.pos_ in ("NOUN", "PROPN", "ADJ") and any(
                    y.lemma_.lower() in judging or y.lower_ in judging for y in (c, *(
                        m for m in _kids(c) if m.dep_ in ("amod", "compound", "advmod"))))
                    for x in _children(c, "nsubj")]
        if role == "across":  # "Russia's missile strikes across Ukraine": the state struck all over (not "strikes
            # across Iraq and Syria against Iran-backed militias": those the strikes were against)
            if any(p.lower_ in ("against", "on") for p in _children(t, "prep")):
                return []
            return self.prep(t, "across")
        if role == "actor_subj":  # "X helped Y", not "X's steps / commitment to ... will help Y": an act that helps is
            # no aid by its doer (the subject, unless it names an act or a step)
            return [x for x in self.subj(t) if x.lemma_.lower() not in self.helping_acts or any(
                a.lemma_.lower() in _AID_GIVING for a in _children(x, "acl") if _infinitive(a))]
            # (but a decision "to send tanks" is the aid itself)
        if role == "unowned_subj":  # "said Y will face punishment": the one who faces a harm no other doer is named
            # for ("Y will face more Russian attacks" is a forecast of Russia's, no threat by the speaker)
            harms = [o for d in _children(t, "dobj") for o in _carried(d)]
            if any(self.tok_found[c.i] for o in harms for c in _kids(o) if c.dep_ in ("amod", "compound", "poss")
                   ) or any(p.lower_ in ("by", "from") for o in harms for p in _children(o, "prep")):
                return []
            return self.subj(t)
        if role == "by_forces":  # "Y, backed by African Union forces": the armed force of the backer
            forces = self.words.get("backing_forces", frozenset())
            return [o for o in _agent_of_passive(t) if o.lemma_.lower() in forces] if _is_passive(t) else []
        if role == "dispute_parties":  # "talks to settle the dispute between A and B", "negotiations over the
            # conflict between A and B": the parties of the quarrel the talks are about
            if self.prep(t, "with") or self.prep(t, "between") or any(
                    self.tok_found[c.i] for c in _kids(t) if c.dep_ in ("poss", "amod", "compound", "nmod")) or (
                    t.dep_ in ("dobj", "pobj") and self.subj(t.head if t.dep_ == "dobj" else t.head.head)):
                return []  # talks that name their own parties ("U.S. and Chinese officials held talks on the war
                # between A and B", "X hosted talks to end the dispute between A and B") are theirs, not A's and B's
            w = self.words
            quarrels = [o for a in _children(t, "acl") if _infinitive(a) and a.lemma_.lower() in w.get(
                "settling_verbs", ()) for o in _children(a, "dobj")]
            quarrels += [o for p in _children(t, "prep") if p.lower_ in ("on", "over", "about")
                         for o in _children(p, "pobj")]
            quarrels = [o for o in quarrels if o.lemma_.lower() in w.get("quarrel_nouns", ())]
            return [x for o in quarrels for x in self.prep(o, "between")]
        if role == "objof":  # "froze the assets of Y"
            return [x for o in self.obj(t) for x in self.prep(o, "of", 1)]
        if role == "defender":  # "Ukraine's defense against Russia's aggression", "Georgia is defending itself
            # against Russian bombings": the one who defends itself is the one attacked
            h = _defended_against(t)
            if h is None:
                return []
            if h.lemma_.lower() == "stand":  # ("stands with Y in the face of ...")
                held = self.prep(h, "with", 1)
            elif h.lemma_.lower() in _SUPPORTING_AGAINST:  # ("support Y against ...", "support for Y against ...")
                held = self.obj(h) if h.pos_ in _VERBAL else self.prep(h, "for", 1) + self.prep(h, "to", 1)
                # (or the owner of what is supported: "support for Y's sovereignty against ...")
                held = [y for x in held if x.lower_ not in _REFLEXIVES for y in (
                    [x] if self.tok_found[x.i] or x.pos_ != "NOUN" else [
                        c for c in _kids(x) if c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES])]
            else:
                held = None
            if held is not None:  # (of two or more supported "in the face of" a war, which it is waged on is not
                # told: "stands with Ukraine and Poland in the face of Russia's invasion")
                return [] if (len(held) > 1 or any(x.conjuncts for x in held)) and _facing(t) is not None else held
            if h.pos_ in _VERBAL:
                return self.subj(h) if not _children(h, "dobj") or any(
                    o.lower_ in _REFLEXIVES for o in _children(h, "dobj")) else []
            return [c for c in _children(h, "poss") if c.lower_ not in _OWN_POSSESSIVES]
        if role == "objandofmod":  # "highlighted Belarus's brutal crackdown", "recognized the dangers of Y's reckless
            # behavior": the owners of the object and of its "of" object together
            return self.modifying_actors([x for o in self.obj(t) for x in (o, *self.prep(o, "of", 1))])
        if role == "objofmod":  # "questioned the fairness of Kenya's election": whose the "of" object is
            return self.modifying_actors([x for o in self.obj(t) for x in self.prep(o, "of", 1)])
        if role == "objbelonging":  # "froze assets belonging to Y"
            return [x for o in self.obj(t) for a in _children(o, "acl") if a.lemma_.lower() in ("belong", "own")
                    for x in (self.prep(a, "to", 1) if a.lemma_.lower() == "belong" else _agent_of_passive(a))]
        if role == "after_subj":  # "Japan protested after Chinese ships entered its waters": who did what set it off
            # (on the trigger, or on the light verb of a noun: "lodged a protest after ...")
            heads = [t, t.head] if t.pos_ == "NOUN" and t.dep_ == "dobj" else [t]
            return [x for h in heads for c in _children(h, "advcl") if not _children(c, "neg") and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when") for m in _kids(c))
                    for x in _children(c, "nsubj")]
        if role == "purpose_with":  # "flew to Moscow to sign agreements with President Putin": the one the
            # journey's purpose is to deal with
            return [o for c in _kids(t) if c.dep_ in ("advcl", "xcomp") and _infinitive(c) and c.i > t.i
                    for x in (c, *c.conjuncts) for o in self.prep(x, "with")]
        if role == "sought_by":  # "X seeks / is committed to securing / calls for accountability": who seeks it
            v = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else None
            if v is None or v.lemma_.lower() not in _SEEKING or v.dep_ in ("xcomp", "ccomp") and (
                    v.head.lemma_.lower() in self.words.get("object_control", ()) or v.head.lemma_.lower() in (
                        "want", "wish", "expect")) and (_children(v.head, "dobj") or v.dep_ == "ccomp"):
                return []  # (not one urged or wanted to seek it: "urged the United States to seek accountability")
            if v.dep_ == "pcomp" and v.head.lower_ == "to" and v.head.head.lemma_.lower() in _COMMITTED:
                c = v.head.head  # ("remains committed to securing accountability": the one committed)
                return self.subj(c.head if c.dep_ in ("acomp", "amod") else c)
            return self.subj(v)
        if role == "reldoer":  # "X launched an offensive that Y condemned": the doer of the act the clause is on
            if t.dep_ != "relcl" or not any(o.tag_ in ("WDT", "WP") for o in _children(t, "dobj")):
                return []
            act = t.head
            return _children(act, "poss") or self.light(act)
        if role == "user":  # "the Houthis fired Iranian-supplied missiles", "Iranian-supplied missiles fired by Y"
            if t.dep_ != "amod":
                return []
            n = t.head  # (who uses it, not who shows, seizes or finds it)
            if n.dep_ == "dobj" and n.head.pos_ in _VERBAL and n.head.lemma_.lower() in _USING:
                return self.subj(n.head)
            if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in _USING:  # "missiles being fired by Y"
                return _agent_of_passive(n.head)
            return [x for a in _kids(n) if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _USING
                    for x in _agent_of_passive(a)]
        if role == "blamed":  # "said Y is responsible for the attack": the subject of a reported charge
            return self.evaluated(t, "blame_words")
        if role == "demanded":  # "said the rebels should disarm": the subject of a reported demand
            return self.demanded(t)
        if role == "alleged":  # "maintains Y is developing nuclear weapons": the subject of an alleged illicit act
            return self.alleged(t)
        if role == "namedmod":  # "Labour Party leader": a modifier the dictionary or the recogniser names
            if any(o.lemma_.lower() in self.words.get("body_heads", ()) or o.lemma_.lower() in _CHAMBERS
                   for p in _children(t, "prep") if p.lower_ == "of" for o in _children(p, "pobj")):
                return []  # "the U.S. Speaker of the House": the chamber's state, not the one the title leads
            if any(c.dep_ == "compound" and c.lemma_.lower() in UNIT_WORDS for c in _kids(t)):
                return []  # "Communist Party international department head X": the department's
            if any(o.pos_ == "NOUN" and not self.tok_found[o.i] and o.lemma_.lower() not in WHOLE_STATE
                   for p in _children(t, "prep") if p.lower_ == "of" for o in _children(p, "pobj")):
                return []  # "Russian chief of the general staff X": the staff's chief, not Russia's
            return [c for c in _kids(t) if c.dep_ in ("amod", "compound", "nmod") and (
                self.tok_found[c.i] or getattr(self.ent(c.i), "label_", "") == "ORG")]
        if role == "titled":  # "X, the President of Y", "Y's current President X": the name the title is given
            return self.titled(t)
        if role in ("inside", "in_state"):  # "strikes inside Syria", "Russia's aggression in Ukraine": the state struck
            # within, when the act names no other target (not "airstrikes inside Syria against drug smugglers",
            # "airstrikes inside Iraq targeted PKK militants")
            if self.prep(t, "against", 1) or self.prep(t, "on", 1) or (
                    t.dep_ == "nsubj" and self.role(_children(t.head, "dobj"))):
                return []
            if role == "inside":
                return self.prep(t, "inside", 1)
            if any(c.dep_ in ("acl", "relcl") for c in _kids(t)):
                return []  # "Turkey's incursion in Syria, aimed at the YPG": the target it names, not the state
            if t.dep_ == "dobj" and t.head.lemma_.lower() not in _FOUGHT_IN and not _children(
                    t, "poss", "amod", "compound"):
                return []  # "announced the incursion in Washington": where it was told, maybe (but "condemned
                # Russia's aggression in Ukraine")
            light = t.head if t.dep_ == "dobj" else None
            return self.prep(t, "in", 1) or (self.prep(light, "in", 1) if light is not None and not (
                self.prep(light, "against", 1) or self.prep(light, "on", 1)) else [])  # "launched an incursion in Y"
        if role == "objfrom":  # "dismissed the claim from Berlin", "faces charges of war crimes from the ICC"
            return [x for o in self.obj_phrase(t) for x in self.prep(o, "from", 1) + self.prep(o, "by", 1)]
        if role == "subj_doer":  # "any further Russian aggression would be met with severe costs": the doer of the
            # act the clause's subject names
            wrongs = {k for key in ("harms", "event_nouns", "act_nouns") for k in self.words.get(key, ())}
            acts = [c for c in _children(t, "nsubjpass", "nsubj") if c.lemma_.lower() in wrongs]
            return self.modifying_actors(acts) + [x for o in acts for x in self.prep(o, "by", 1)]
        if role == "voter":  # "A voted for / in favor of the resolution condemning Y", "A co-sponsored a resolution
            # condemning Y": the one who backed the text (not "voted against" it)
            r = t.head if t.dep_ == "acl" and t.head.lemma_.lower() in self.words.get("document_nouns", ()) else None
            if r is None:
                return []
            h, v = r.head, None
            if r.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in ("favor", "favour") and (
                    h.head.dep_ == "pobj" and h.head.head.lower_ == "in"):
                v = h.head.head.head
            elif r.dep_ == "pobj" and h.lower_ == "for" or r.dep_ == "dobj":
                v = h.head if r.dep_ == "pobj" else h
            if v is None or v.lemma_.lower() not in _BACKING_VOTES or _held_back(v):
                return []
            # (the text's author acts too: "voted for the UN resolution condemning Y")
            if v.dep_ == "pcomp" and v.head.lower_ == "for" and not self.subj(v):  # "commended A for voting for it"
                return self.obj(v.head.head) + self.subj(t)
            return self.subj(v) + self.subj(t)
        if role == "relief_in":  # "announced $5 million in assistance to respond to the food crisis in Y": the one
            # where the need the aid is meant for is
            verb = next((x for x in (t, *t.ancestors) if x.pos_ in _VERBAL), None)
            acts = [a for h in (t, verb) if h is not None for a in _children(h, "acl", "advcl", "xcomp")
                    if _infinitive(a) and a.lemma_.lower() in _RELIEVING]
            needs = [n for a in acts for n in (*_children(a, "dobj"), *self.prep(a, "to"), *self.prep(a, "with"))
                     if n.lemma_.lower() in _NEEDS]
            return [y for n in needs for x in (n, *n.conjuncts) for y in self.prep(x, "in", 1)]
        if role == "objwith":  # "co-chaired the sixth round of the Dialogue with Y": the one the object is held with
            return [x for o in self.obj_phrase(t) for x in self.prep(o, "with", 1)]
        if role == "objto":  # "withdrew its ambassador to Israel": the one the object is sent to (the parser may
            # hang "to" on the verb: "has withdrawn its envoy to Peru")
            return [x for o in self.obj_phrase(t) for x in self.prep(o, "to", 1)] or [
                o for p in _children(t, "prep") if p.lower_ == "to" and p.i > t.i for o in _children(p, "pobj")
                if any(d.i < p.i for d in _children(t, "dobj"))]
        if role == "presser":  # "X put / kept up / stepped up pressure on Y": the one pressing
            return self.subj(t.head) if t.dep_ == "dobj" and t.head.lemma_.lower() in self.words.get(
                "pressing_verbs", ()) else []
        if role == "modified":  # "his visiting counterpart, X": the noun a participle modifies
            return [t.head] if t.dep_ == "amod" and t.pos_ in _VERBAL else []
        if role == "stative":  # "a militia allied with Y": the noun a stative past participle describes
            return ([t.head] + (self.is_(t.head) if t.head.dep_ == "appos" else [])) if (
                t.dep_ == "acl" and t.tag_ == "VBN") else []
        if role == "hostposs":  # "his visiting counterpart": whose guest the visitor is
            return _children(t.head, "poss") if t.dep_ == "amod" and t.pos_ in _VERBAL else []
        if role == "defier":  # "Iran defied U.N. demands to stop enrichment": the one who defies the demand
            told = [n for c in _kids(t) if c.dep_ in ("acl", "ccomp") or _that_clause(c)
                    for n in _children(c, "nsubj")] if (
                t.lemma_.lower() not in self.words.get("claim_nouns", ())) else []  # (a charge's clause tells a claim)
            told += [n for c in _kids(t) if _for_clause(c) for n in _children(c, "nsubj")] + [
                o for p in _children(t, "prep") if p.lower_ == "for" for o in _children(p, "pobj")
                if self.tok_found[o.i]]  # ("rejected calls from Egypt for Israel to halt its strikes")
            if told:  # "rejected Mexico's demand that Venezuela apologize": the one the demand is made of
                return told
            v = t.head.head if t.dep_ == "pobj" and t.head.lemma_.lower() in ("with", "to") else t.head
            if not ((t.dep_ == "dobj" or t.dep_ == "pobj") and (v.lemma_.lower() in self.words.get(
                    "defying_verbs", ()) or v.lemma_.lower() in _ANSWERING and t.lemma_.lower() in _CHARGES)):
                return []  # (one who answers a charge is the one charged; one who responds to a demand for aid
                # is asked, not blamed)
            if self.prep(t, "against", 1):
                return []  # "Washington denied Iran's accusations against Israel": against Israel (accuse.noun)
            if any(o.lemma_.lower() in self.words.get("party_nouns", ()) or self.tok_found[o.i]
                   for o in self.prep(t, "of", 1)):
                return []  # "rejected Trump's criticism of alliance members", "... of Germany": of others, named
            rejecter = self.subj(v)
            topics = [x for p in _children(t, "prep") if p.lower_ in ("about", "over", "of", "on")
                      for o in _children(p, "pobj") for x in (o, *_children(o, "poss", "compound", "amod"))]
            named = {f.actor for x in topics if x.pos_ != "PRON" for f in self.tok_found[x.i]}  # (not "its pledge")
            if named - _and_states((f.actor for f in self.role(rejecter)), self.state_of):
                return []  # "Laos ignored Vietnam's concerns about Thailand's dam": about Thailand, not Laos
            doers = [n for c in _children(t, "acl", "ccomp") if c.dep_ == "ccomp" or _that_clause(c)
                     for n in _children(c, "nsubj", "nsubjpass") if n.pos_ != "PRON"]
            if doers:  # "Iran rejected the U.S. charge that Syria armed them": the charge is against Syria; "...
                # that insurgents met in Syria": against no one the clause names; "... that the Rwandan army had
                # crossed the border": against the one who rejects it
                own = _and_states((f.actor for f in self.role(rejecter)), self.state_of)
                named = {f.actor for f in self.role(doers)}
                if not named or named - own:
                    return []
                return doers  # ("He rejected Tehran's charge that Washington had instigated them": Washington)
            return rejecter
        if role == "failed":
            return self.failed(t)
        if role == "ofby":  # "condemnation of continuing rocket fire by Hamas": the doer of the act judged
            acts = self.prep(t, "of")
            out = [x for o in acts for x in self.prep(o, "by", 1)]
            if not out and acts and any(c.dep_ in ("poss", "compound", "amod") and self.tok_found[c.i]
                                        for c in _kids(t)):
                out = self.prep(t, "by")  # the parser hung "by Hamas" on "U.S. condemnation": whose it is
            return out
        if role == "done_by":  # "the attack on Y carried out by X": the doer the participle of doing names
            return _done_by(t)
        if role == "objby":  # "condemned the holding of hostages by Hamas": the doer of the act condemned
            objs = self.obj_phrase(t)
            # (and each object joined to the first: "the actions announced by X and the actions taken by Y", where the
            # parser may hang the second on the verb)
            objs += [n for o in self.obj(t) for n in o.conjuncts]
            out = [x for o in objs for x in self.prep(o, "by", 1)] or [
                x for o in self.obj(t) if o.lemma_.lower() in self.words.get("event_nouns", ()) for x in _done_by(o)]
            if not out:  # "called the accusations from the United Nations ridiculous": words come from the speaker
                out = [x for o in objs if o.lemma_.lower() in _SPOKEN_FROM for x in self.prep(o, "from", 1)]
            if not out and t.pos_ in _VERBAL and _is_passive(t):  # "Y has been designated a terrorist group by X":
                # the parser hangs the passive's agent on the name the verb gives
                out = [x for o in _children(t, "dobj", "oprd", "attr") if not self.tok_found[o.i]
                       for x in self.prep(o, "by", 1)]
            if not out:  # "condemned the sanctions imposed by the EU": the agent of the participle on the object
                out = [x for o in self.obj(t) for a in _children(o, "acl") if a.tag_ == "VBN"
                       for x in _agent_of_passive(a)]  # (not of an "of" noun: "the killing of a man held by X")
            if not out and t.pos_ in _VERBAL:  # "condemned the attacks in Homs, now claimed by ISIL": the parser
                # hung the participle on the verb; one of claiming or doing, after the object, tells the act's doer
                # (not "Backed by France, Chad condemned the attacks": the judge's backer)
                objs = self.obj(t)
                out = [x for a in _children(t, "advcl") if a.tag_ == "VBN" and objs and a.i > objs[0].i
                       and a.lemma_.lower() in _CLAIMING_DOING and not (a.lemma_.lower() == "claim" and (
                           self.prep(a, "as") or _children(a, "xcomp", "oprd", "ccomp")))
                       and not any(c.lemma_.lower() in ("blame", "attribute", "pin") for c in _children(a, "conj"))
                       for x in _agent_of_passive(a)]  # (not "claimed by X to be an Israeli strike", "claimed by X
                # but later blamed on Y")
            if not out and t.pos_ in _VERBAL and not _is_passive(t) and any(
                    o.pos_ == "NOUN" and not self.tok_found[o.i] for o in _children(t, "dobj")):
                # the parser hung "by France" on the active verb ("denounced the strikes by France", "condemned the
                # statement by Y", "criticized a reward by Y"; not "defended the move by describing Y as ...")
                out = [o for p in _children(t, "prep") if p.lower_ == "by" for o in _children(p, "pobj")]
            return out
        if role == "objagainst":  # "threatened unspecified measures against Y": the one the object is aimed at; "a
            # strike on Y"
            events, hurting = self.words.get("event_nouns", frozenset()), self.words.get("punishing_verbs", ())
            return [x for o in self.obj_phrase(t) for x in self.prep(o, "against", 1) or (
                self.prep(o, "on", 1) if o.lemma_.lower() in events or o.lower_ in events else []) or [
                # "threatened military action to punish Y": the one the object is meant to hurt
                y for a in _children(o, "acl") if _infinitive(a) and a.lemma_.lower() in hurting
                for y in _children(a, "dobj")]]
        if role == "xcomp_if_subj":  # "threatened to close the strait if Y imposed sanctions": whose act the condition
            # of the threatened act names (hung on the act, or by the parser on the threat: "threatened to halt
            # transfers by May 6, unless Y cuts ties")
            acts = _children(t, "xcomp")
            return [x for c in (*acts, *([t] if acts else [])) for x in _condition_subjects(c, ("if", "unless"))]
        if role == "vowed_to":  # "promised Y a painful response": the one the verb governing the noun promises it to
            v = t.head if t.dep_ == "dobj" else None
            return _children(v, "dative") + self.prep(v, "to") if v is not None else []
        if role == "view_holder":  # "repeated his view that Y ...": who states the view the noun names, by a verb
            # of stating it (not "revised / dropped / no longer holds its view"; "did not restate" is the frame's
            # negation)
            v = t.head if t.dep_ == "dobj" else None
            return self.subj(v) if v is not None and v.lemma_.lower() in self.words.get("stating_verbs", ()) else []
        if role == "vower":  # "vowed harsh punishment for Y": who vows the noun, a verb no light verb
            v = t.head if t.dep_ == "dobj" else None
            return self.subj(v) if v is not None and v.lemma_.lower() in ("vow", "promise", "swear", "pledge") else []
        if role in ("to_state", "with_state"):  # "complained to Islamabad", "lodged a protest with Tokyo": a state
            # addressed, not a body asked to arbitrate
            x = t
            while x.dep_ == "conj" and x.pos_ == "NOUN":
                x = x.head
            # ("made serious démarches and strong protests to the United States": on the light verb)
            light = [x.head] if x.dep_ == "dobj" and x.head.lemma_.lower() in self.words.get("light_verbs", ()) else []
            out = []
            for o in (o for h in (t, *light) for o in self.prep(h, role[:-6])):
                if any(f.type == "state" for f in self.tok_found[o.i]):
                    out.append(o)
                    continue
                # "lodged a protest with the U.S. ambassador", "to U.S. Ambassador X", "a letter of protest to the
                # Brazilian Embassy": the envoy's or the embassy's state
                envoy = next((x for x in (o, *_children(o, "compound")) if x.lemma_.lower() in self.words.get(
                    "envoy_nouns", ()) or x.lemma_.lower() in _MISSIONS), None)
                if envoy is not None:
                    out.extend(c for c in (*_children(envoy, "compound", "amod", "poss", "nmod"), *self.prep(
                        envoy, "of", 1)) if any(f.type == "state" for f in self.tok_found[c.i]))
            return out
        if role == "objmod_named":  # "expelled Colombia's ambassador", not "recalled its ambassador": named
            return [c for c in self.tokens_for("objmod", t) if c.pos_ != "PRON"]
        if role == "objmod":  # "alleged Iranian involvement", "condemned Russia's aggression"
            return self.modifying_actors(self.obj(t))
        if role.startswith("doer:"):  # "objected to Y's plans", "objected to the visit by Y": who does the act the
            # object of the preposition names
            acts = [o for o in self.prep(t, role[5:]) if not self.tok_found[o.i]]
            return self.modifying_actors(acts) + [x for o in acts for x in self.prep(o, "by", 1)]
        if role == "wrongdoer":  # "accountability for Y's crimes", "for the atrocities Y inflicts": who did the wrongs
            # the noun's "for" names (not victims: "for Y's deported children"), or the seeking verb's, where the
            # parser hung it there ("securing accountability for the atrocities")
            acts = [o for o in self.prep(t, "for") if not self.tok_found[o.i]]
            if not acts and t.dep_ == "dobj" and t.head.lemma_.lower() in _SEEKING and not _children(t, "prep"):
                acts = [o for o in self.prep(t.head, "for", 1) if not self.tok_found[o.i]]
            wrongs = {k for key in ("crimes", "harms", "event_nouns", "act_nouns") for k in self.words.get(key, ())}
            acts = [o for o in acts if o.lemma_.lower() in wrongs]
            return self.modifying_actors(acts) + [x for o in acts for x in self.prep(o, "by", 1)]
        if role == "side_of":  # "fought on the side of Y", "on Y's side", "on the Angolan side": the one fought for
            # (not "on the opposite side of Y", nor "on behalf of Y": words as often as arms)
            sides = [o for o in self.prep(t, "on") if o.lemma_.lower() == "side" and not any(
                c.dep_ == "amod" and c.lower_ in ("other", "opposite", "wrong", "enemy", "same") for c in _kids(o))]
            return [x for o in sides for x in (*_children(o, "poss"), *self.prep(o, "of", 1))] or (
                self.modifying_actors(sides))
        if role.startswith("prep:"):
            if role == "prep:on":  # "fought on the side of Y", "on Y's side" is for Y, not against it (but "fired on
                # the Armenian side" is at it)
                fighting = t.lemma_.lower() in _FIGHT_VERBS
                return [o for o in self.prep(t, "on") if o.lemma_.lower() not in _SIDE_WORDS or not (
                    fighting or _children(o, "poss") or any(p.lower_ == "of" for p in _children(o, "prep")))]
            if role == "prep:from" and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _MOVING_AWAY:
                return []  # "diverted aid from Ukraine to Israel": the aid is not Ukraine's to give
            # (not the object of a gerund "for": "support for defeating Y" is no support of Y)
            got = [o for o in self.prep(t, role[5:]) if not (
                role == "prep:for" and o.head.dep_ == "pcomp" and o.head.tag_ == "VBG" and o.head.lemma_.lower() in (
                    _HOSTILE_GERUNDS))]  # (but "support for rebuilding Y" is support of Y)
            # "committed to the sovereignty and territorial integrity of Y", "support for the stability of Y": a
            # state's own condition stands for the state its "of" phrase names, as "Y's sovereignty" does (its
            # security and stability only for backing: "a campaign against the stability of Y" is no attack on Y)
            # (and "for Ukrainian sovereignty", "for Israeli security": the state its demonym names)
            held = _HELD_CONDITIONS if t.lemma_.lower() in _BACKING_WORDS else _OWN_STATES
            return got + [y for o in got if o.lemma_.lower() in held and not self.tok_found[o.i]
                          for x in (o, *o.conjuncts) if x.lemma_.lower() in held
                          for y in self.prep(x, "of", 1)] + [
                c for o in got if o.lemma_.lower() in _OWN_CONDITIONS and not self.tok_found[o.i]
                for c in _children(o, "amod", "compound") if any(f.how == "demonym" for f in self.tok_found[c.i])]
        if role == "at_owned":  # "Israel's air strike at the Iranian diplomatic mission": the one whose site it is,
            # by its demonym or possessor (not a place: "a drone strike at Baghdad airport")
            return [c for o in self.prep(t, "at") for c in _kids(o) if c.dep_ in ("amod", "poss")
                    and self.tok_found[c.i] and all(f.how != "metonym" for f in self.tok_found[c.i])]
        if role == "governed_in":  # "concerns about democracy in Belarus", "over human rights in Y": the state where
            # what its rulers answer for is at stake (not "about the situation in Y", "about crises in Y")
            # (the parser may hang the "in" phrase on the concern: "concerns about democracy in Belarus")
            topics = [x for w in ("about", "over", "regarding") for o in self.prep(t, w) for x in (o, *o.conjuncts)]
            if not any(x.lemma_.lower() in _GOVERNED_IN and not self.tok_found[x.i] for x in topics):
                return []
            return [*(y for x in topics for y in self.prep(x, "in", 1)), *self.prep(t, "in")]
        if role == "held_for":  # "hold Russia accountable for the war against Ukraine": the one held to account
            p = t.head if t.dep_ == "pobj" and t.head.lower_ == "for" else None
            a = p.head if p is not None and p.head.lower_ == "accountable" and t.lemma_.lower() in (
                "war", "aggression", "invasion", "occupation") else None  # (a war waged, not a charge: "held Y
            # responsible for the attack on Z" tells who Y's accuser blames)
            v = a.head if a is not None and a.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "amod") else None
            return (self.obj(v) or _children(a, "nsubj")) if v is not None and v.lemma_.lower() == "hold" else []
        if role == "honoree":  # "hosted a dinner in honor of X", "hosted an Honor Cordon in Honor of X": the guest
            # (the parser may hang the "of" on the dinner, right after "in honor")
            return [o for x in (t, *_children(t, "dobj")) for p in _children(x, "prep") if p.lower_ == "in"
                    for h in _children(p, "pobj") if h.lower_ in ("honor", "honour")
                    for q in (*_children(h, "prep"), *(y for y in _children(x, "prep") if y.i == h.i + 1))
                    if q.lower_ == "of" for o in _children(q, "pobj")
                    if not any(c.lower_ == "late" for c in _kids(o))]  # (not "in honor of the late Y")
        if role == "involving":  # "a meeting involving A, B and C", "talks bringing together A and B": the parties
            return [o for a in _children(t, "acl") if a.tag_ == "VBG" and (a.lemma_.lower() in ("involve", "include")
                                                                            or a.lemma_.lower() == "bring" and any(
                    c.lower_ == "together" for c in _kids(a))) for o in _children(a, "dobj")]
        if role.startswith("between:"):  # ... or the verb's it is the subject of: "clashes erupted between A and B"
            # (a gerund the tagger took for a verb too: "after fighting erupted between A and B")
            # (not a verb with an object of its own, but for a toll: "Fighting in Gaza sparked a row between A and B",
            # "the meeting does not portend cooperation between A and B"; "Fighting has claimed hundreds of lives
            # between A and B", "has taken place between")
            happened = t.dep_ == "nsubj" and (t.pos_ == "NOUN" or _gerund_as_noun(t)) and (
                t.head.pos_ in _VERBAL) and all(o.lemma_.lower() in _TOLL_NOUNS or o.pos_ == "NUM"
                                                 for o in _children(t.head, "dobj"))
            return self.prep(t, role[8:]) or (self.prep(t.head, role[8:]) if happened else []) or [
                x for p in _children(t, "prep") if p.lower_ in ("in", "for", "at") for o in _children(p, "pobj")
                if p.lower_ != "at" and (o.lemma_.lower() in _TIME_NOUNS or o.lemma_.lower() in ("decade", "time"))
                or p.lower_ != "for" and o.pos_ == "PROPN"
                for x in self.prep(o, role[8:], 1)]  # "the first meeting in months between A and B": on the time;
            # "talks at the Kremlin between A and B", "talks in Geneva between A and B": on the place
        return []

    def demanded(self, t) -> list:
        """The subject of a complement clause that demands an act of it: "said Y should disarm", "Y must stop"."""
        acts = self.words.get("demanded_acts", frozenset())
        punished = self.words.get("punished_acts", frozenset())  # "said Y should be suspended"
        either = acts | punished
        out = []
        for c in _affirmed_clauses(t):
            lemma, aux = c.lemma_.lower(), {x.lower_ for x in _kids(c) if x.dep_ == "aux"}
            if lemma in either and aux & {"should", "must", "ought"} and not _bare_particle_verb(c):
                out.extend(_children(c, "nsubj") if lemma not in punished else self.obj(c))  # "AU should suspend Y"
            elif lemma == "hold" and _is_passive(c) and aux & {"should", "must", "ought", "will"} and any(
                    x.lower_ in ("accountable", "responsible", "liable") for x in _kids(c)):
                out.extend(_children(c, "nsubjpass"))  # "said Russia must be held accountable / responsible"
            elif lemma == "do" and aux & {"should", "must", "ought"} and any(
                    o.lower_ == "more" for o in _children(c, "dobj")):
                out.extend(_children(c, "nsubj"))  # "said Y must do more to ...": Y does too little (as "urged Y to
                # do more")
        # "stressed the need for Y to cease firing", "underlined the importance of Y ending ...": the act needed of Y
        for o in _children(t, "dobj"):
            if o.lemma_.lower() in ("need", "necessity", "importance", "imperative") and not self.negated(t):
                out.extend(x for c in _kids(o) if c.dep_ in ("advcl", "acl", "relcl") and c.lemma_.lower() in acts
                           and any(m.dep_ == "mark" and m.lower_ == "for" for m in _kids(c))
                           for x in _children(c, "nsubj"))
        return out

    def alleged(self, t) -> list:
        """The subject of a complement clause that tells an illicit act of it: "claimed Y is arming rebels",
        "maintains Y is trying to develop nuclear weapons", "said Y interfered in the election"; not when the
        clause is negated."""
        w = self.words
        bad = w.get("illicit_objects", ())

        def bad_object(o, v) -> bool:
            """Militants, weapons ...; and the act's own object when it is an armed group the article names
            ("supports the Taliban") or one a bad word describes ("terrorist groups")."""
            if o.lemma_.lower() in ("coup", "putsch"):  # what the act is done to, not a time or a setting ("gave
                return o.dep_ == "dobj" and o.head.i == v.i  # aid to Niger before the coup")
            if o.lemma_.lower() in bad:
                return True
            if o.head.i != v.i and o.head.head.i != v.i:
                return False
            return any(f.type == "group" for f in self.tok_found[o.i]) or any(
                m.dep_ in ("amod", "compound") and m.lemma_.lower() in bad for m in _kids(o))

        def illicit(v) -> bool:
            lemma = v.lemma_.lower()
            if lemma in ("oust", "overthrow", "topple", "depose") and any(
                    o.lemma_.lower() in _PLANS for o in _children(v, "dobj")):
                return False  # "said Hezbollah had toppled U.S.-led plans": no one ousted
            if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in ("responsible", "culpable", "guilty")
                                     and not _children(c, "prep") for c in _kids(v)):
                return True  # "said Iran was responsible" (responsible for an act: accuse.say_responsible)
            if lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in w.get("culprit_nouns", ())
                                     for c in _kids(v)):
                return True  # "said Y are the suspected perpetrators", "... was the mastermind of the attack"
            if lemma in ("commit", "perpetrate") and any(x.lemma_.lower() in w.get("crimes", ())
                                                         for o in _children(v, "dobj") for x in _carried(o)):
                return True  # "said Y had committed genocide", "... an act of terrorism"
            if (lemma in ("engage", "involve", "participate") or lemma == "take" and any(
                    o.lower_ == "part" for o in _children(v, "dobj"))) and _crime_in(v, w.get("crimes", ())):
                return True  # "alleges he engaged in espionage", "said Y was involved in the genocide"
            if lemma in ("strike", "hit") and any(o.lemma_.lower() in w.get("struck_things", ()) and not _children(
                    o, "acl", "compound") for o in _children(v, "dobj")):
                return False  # "said Obama had struck a new tone": no blow
            if lemma == "open" and any(o.lower_ == "fire" for o in _children(v, "dobj")):
                return True  # "said Indian troops opened fire across the border"
            if lemma in ("force", "drive", "push", "oust") and any(
                    o.lower_ in ("power", "office") for p in _children(v, "prep") if p.lower_ in ("from", "out")
                    for o in [*_children(p, "pobj"), *(y for x in _children(p, "prep") for y in _children(x, "pobj"))]
            ) and not any(x.lemma_.lower() in _LAWFUL_REMOVAL for x in v.sent):
                return True  # "claimed the United States forced him from power", "... drove him out of office" (not
                # "forced her out of office in a no-confidence vote")
            if lemma in ("use", "exploit") and any(o.lemma_.lower() in w.get("misuses", ())
                                                   for p in _children(v, "prep") if p.lower_ == "as"
                                                   for o in _children(p, "pobj")):
                return True  # "said Y was using migrants as a weapon", "... civilians as human shields"
            if lemma in _WAGING and not any(x.pos_ == "PRON" for x in _children(v, "nsubj")) and any(
                    o.lemma_.lower() in w.get("event_nouns", ()) and o.lemma_.lower() not in _HAPPENINGS
                    for o in _children(v, "dobj")):
                return True  # "says Y has carried out airstrikes"; not "said it had carried out the attack": a claim
            if lemma == "be" and any(p.lower_ == "in" and any(o.lemma_.lower() in ("violation", "breach")
                                                               for o in _children(p, "pobj"))
                                     for p in _children(v, "prep")):
                return True  # "said Y is in violation of the agreement"
            return lemma in w.get("illicit_verbs", ()) or lemma in w.get("illicit_acts", ()) and any(
                o.dep_ in ("dobj", "pobj") and bad_object(o, v) for o in _own_clause(v))

        out = []
        for c in _affirmed_clauses(t):
            verbs = [c]
            for _ in range(3):  # "is trying to develop": the act is the innermost verb
                down = _children(verbs[-1], "xcomp")
                if not down or verbs[-1].lemma_.lower() in w.get("object_control", ()) and _children(verbs[-1], "dobj"):
                    break  # (not past an object: "asked the forces to carry out airstrikes" is not the forces')
                verbs.append(down[0])
            # "said Y had crossed the border and attacked Z": a verb coordinated with the clause's, same subject
            shared = [v for v in c.conjuncts if v.pos_ in _VERBAL and not _children(v, "nsubj", "nsubjpass")
                      and not _children(v, "neg")]
            if _to_come(c) or _only_possible(c):  # "said Y would arm the rebels", "... might attack": an act to come
                # (in a condition, or only possible) is no charge; a verb joined to it with a tense of its own still
                # tells one ("would shell Z and had violated the truce")
                verbs = []
                shared = [v for v in shared if _children(v, "aux") and not _to_come(v) and not _only_possible(v)]
            if not any(x.dep_ == "neg" for v in verbs[1:] for x in _kids(v)) and any(map(illicit, verbs + shared)):
                if t.pos_ == "NOUN" and _children(t, "poss") and any(
                        x.pos_ == "PRON" and x.lower_ in ("it", "they", "he", "she") for x in _children(c, "nsubj")):
                    continue  # "India's claim that it had shot down an F-16": a claim of its own act, no charge
                # "said its supporters have been killed by the state": the doer of a passive act
                # ("said Y was involved in espionage": the one involved)
                out.extend(_children(c, "nsubj") or (_children(c, "nsubjpass") if c.lemma_.lower() == "involve" else [])
                           or (_agent_of_passive(c) if _is_passive(c) and not any(
                    x.dep_ == "aux" and x.lemma_.lower() in w.get("modals", ()) for x in _kids(c)) else []))
        return out

    def titled(self, t) -> list:
        """The name a leading title is attached to in one phrase: an apposition ("X, the President of Y";
        "the President of Y, X") or a title before the name ("Labour Party leader X"); not a former holder,
        and "minister" only as "prime minister"."""
        past = self.words.get("past_titles", frozenset())
        if any(c.dep_ in ("amod", "compound") and {c.lemma_.lower(), c.lower_} & past for c in _kids(t)):
            return []  # "the former President", "Russian opposition leader", "Vice President", "ousted president"
        if t.lemma_.lower() in self.words.get("generic_titles", ()) and any(
                c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.is_lower
                and c.lemma_.lower() in self.words.get("office_domains", ()) for c in _kids(t)):
            return []  # "Libyan intelligence chief X", "Cuban parliamentary speaker X": the head of a part
        if t.lemma_.lower() == "minister" and not any(c.lower_ == "prime" for c in _kids(t)):
            return []
        if any(o.pos_ == "NOUN" and o.is_lower and o.lemma_ not in LEADING_OF and not _children(o, "det")
               for p in _children(t, "prep") if p.lower_ == "of" for o in _children(p, "pobj")):
            return []  # "the UN's chief of emergency relief": another office (but "head of state" leads)
        if t.dep_ in ("appos", "compound") and t.head.pos_ == "PROPN":
            return [t.head]
        head = t.head
        if t.dep_ == "attr" and (head.lemma_ in ("become", "remain") or head.tag_ in ("VBZ", "VBP")):
            return self.subj(head)  # "X became leader of Y", "X is the president of Y" (not "was")
        named = [c for c in _kids(t) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # "the president of neighboring Afghanistan, Hamid Karzai": the name parsed as apposed to the state
        return named or [c for o in self.prep(t, "of") for c in _children(o, "appos") if c.pos_ == "PROPN"
                         and any(f.type == "person" for f in self.role([c]))]

    def conjunct_of(self, t):
        """A function giving, for a mention in the subject of `t`, which of the subject's conjuncts holds it (None
        outside the subject): "[Iran] and [the P5+1 nations -- A, B and C --]" has two conjuncts, not four."""
        subj = _children(t, "nsubj", "nsubjpass")
        spans = []
        if subj:
            for x in (subj[0], *subj[0].conjuncts):
                own = {y.i for y in x.subtree} - {y.i for c in _kids(x) if c.dep_ == "conj" for y in c.subtree}
                spans.append(own)

        def side(f: Found):
            if len(spans) < 2 or f.start < self.offset:  # one conjunct ("the two sides"): no sides to tell apart
                return None
            span = self.doc.char_span(f.start - self.offset, f.end - self.offset, alignment_mode="expand")
            return next((n for n, own in enumerate(spans) if span is not None and span.start in own), None)
        return side

    def reciprocal(self, t) -> bool:
        """The trigger's object is "each other" or "one another", or "the other" after a subject with "each" or
        "both" ("A and B each accused the other", "both countries accuse the other")."""
        objects = [*self.obj(t), *(o for p in _children(t, "prep") for o in _children(p, "pobj"))]
        each = any(x.lower_ in ("each", "both") for s in _children(t, "nsubj") for x in s.subtree) or any(
            x.lower_ == "each" and x.dep_ in ("advmod", "det", "appos") for x in _kids(t))
        return any(o.lower_ in ("other", "another") and (any(c.lower_ in ("each", "one") for c in _kids(o)) or (
            each and any(c.lower_ == "the" for c in _kids(o)))) or o.lower_ == "one" and any(
            c.lower_ == "another" for c in _kids(o)) for o in objects)  # ("at [one [another]]" to the parser)

    def evaluated(self, t, words: str = "judgements", clauses: list | None = None) -> list:
        """The subject of a complement clause whose predicate judges it ("said Y is a menace", "Y's decision
        was a big mistake, X said"; with "blame_words": "Y is responsible for"); not when the clause is
        negated ("Y is not a threat"). A party's act judged is the party judged ("Russia's actions are reckless",
        "Russia's invasion was a violation of international law": for an act, words that also describe events
        judge too)."""
        w = self.words
        judging = w.get(words, frozenset())
        harms = w.get("event_nouns", frozenset()) | w.get("harms", frozenset())
        acts = w.get("act_nouns", frozenset()) | w.get("event_nouns", frozenset())
        of_acts = judging | w.get("negative_evaluations", frozenset()) | w.get("act_evaluations", frozenset()) if (
            words == "judgements") else judging
        out = []

        def named_owners(x) -> list:  # "Russia's actions": the party whose act the clause judges
            return [m for m in _kids(x) if m.dep_ in ("poss", "compound", "amod", "nmod")
                    and self.tok_found[m.i]] if x.lemma_.lower() in acts else []

        for c in _affirmed_clauses(t) if clauses is None else clauses:
            for x in _children(c, "nsubj"):
                # what the clause says of its subject: not what a clause inside it says ("X urges Y not to take
                # provocative actions", "he is sure that Russia will say the acts are provocative")
                inside = {y.i for y in x.subtree} | {y.i for d in c.subtree if d is not c and (d.dep_ in (
                    "xcomp", "ccomp", "advcl", "relcl", "acl") or d.dep_ == "pobj" and _children(d, "poss") or (
                        d.dep_ == "conj" and d.head.i == c.i and any(not _names_back(y, w) for y in _children(
                            d, "nsubj", "nsubjpass"))))
                    for y in d.subtree}  # nor what it says of another's act ("reassess ties after its aggressive
                # acts"), nor what a clause joined to it says of its own subject ("Y's withdrawal was understandable
                # and the elections a travesty")
                if c.lemma_.lower() in w.get("topic_verbs", ()):  # "said X and Y recognized the dangers of Z's
                    # reckless behavior": the matter taken up is no judgement of X and Y
                    inside |= {y.i for d in _children(c, "dobj") for y in d.subtree}
                said = [y for y in c.subtree if y.i not in inside]
                owners = named_owners(x)
                if x.lemma_.lower() in acts and not owners:  # "the comments by Y", "the actions of Y" ("any attack
                    # or aggressive action by Y": the phrase on the last of joined acts is all of theirs)
                    owners = [o for y in (x, *(c for c in x.conjuncts if c.lemma_.lower() in acts))
                              for p in _children(y, "prep") if p.lemma_ == "by" or (
                        p.lemma_ == "of" and y.lemma_.lower() in w.get("act_nouns_of", ()))
                              for o in _children(p, "pobj") if self.role([o])]
                vocab = of_acts if owners else judging
                judged = [y for y in said for whole in (_hyphened(y),) if (
                    y.lemma_.lower() in vocab or y.lower_ in vocab or whole in vocab) and not (
                    y.lower_ == "contrary" and not any(c.lower_ == "to" for c in _kids(y))) and not any(
                        c.dep_ == "neg" or c.lower_ in _HARDLY or c.dep_ == "det" and c.lower_ == "no"
                        for h in (y, y.doc[y.i - 2] if whole else y) for c in _kids(h))]  # (not "were not
                # misleading", "hardly one-sided", "was no dictator": the parser may hang the negation on the word, or
                # on its first part; "contrary" only "contrary to" a law or an accord, not "proved the contrary")
                if words == "judgements":  # "said Y is a terrorist state": a word that also tells acts brands a
                    # state or regime the clause says Y is
                    judged += [y for a in _children(c, "attr") if a.lemma_.lower() in w.get("branded", ())
                               for y in _kids(a) if y.dep_ in ("amod", "compound")
                               and y.lemma_.lower() in w.get("brands", ())]
                if words == "blame_words":  # a charge is what the clause says its subject is or did, not the
                    # matter of its act ("is calling for those behind the takeover to ...", "met those responsible")
                    judged = [y for y in judged if not _inside_object(y, c)]
                if words == "blame_words" and c.lemma_.lower() in ("bear", "carry", "shoulder") and any(
                        o.lemma_.lower() == "responsibility" and not any(d.lower_ in ("no", "any") for d in _kids(o))
                        for o in _children(c, "dobj")):
                    judged += _children(c, "dobj")  # "said Ukraine bore responsibility for the tragedy"
                if c.lemma_ == "be" and not _children(c, "neg"):  # "said Y was to blame for the attack": a charge
                    # with a harm; blame for anything else ("for the country's woes") is a judgement
                    to_blame = [d for d in _kids(c) if d.dep_ == "xcomp" and d.lemma_.lower() == "blame"
                                and _infinitive(d) and not _children(d, "neg")]
                    judged += to_blame
                    said += [y for d in to_blame for y in d.subtree]
                # "a threat / an enemy / the obstacle" judges only with the one it is one to, and not "no longer"
                # ("Sweden was no longer an obstacle", "a danger to no one")
                if judged and all(y.lemma_.lower() in _RELATIONAL for y in judged) and not any(
                        o.lemma_.lower() not in ("one", "nobody") and not any(d.lower_ == "no" for d in _kids(o))
                        for y in judged for p in _children(y, "prep") if p.lower_ in ("to", "of", "for")
                        for o in _children(p, "pobj")) or any(y.lower_ == "longer" for y in said):
                    judged = []
                if judged and (
                        words != "blame_words" or any(y.lemma_.lower() in harms for y in said)):
                    out.extend(owners or [x])  # a charge names a harm: "responsible for the killings"
        if words == "judgements" and clauses is None:  # "say Iran has not been forthright about its program": a
            # virtue denied judges too
            virtues = w.get("virtues", frozenset())
            for c in _kids(t):
                said = [p for p in _kids(c) if p.dep_ in ("acomp", "attr")] if c.dep_ == "ccomp" else []
                said += [q for p in said for q in _children(p, "conj")]
                if not any(x.dep_ == "neg" for h in (c, *said) for x in _kids(h)) or any(
                        x.lower_ in ("always", "entirely", "fully", "only", "just", "yet") for h in (c, *said)
                        for x in _kids(h)):  # (not "has not always been": a qualified virtue)
                    continue
                if any(p.lemma_.lower() in virtues or p.lower_ in virtues for p in said):
                    out.extend(o for x in _children(c, "nsubj") for o in (named_owners(x) or [x]))
        return out

    def failed(self, t) -> list:
        """Whose failure or refusal a reported clause (or the object of "citing") tells: "said the talks
        confirmed the failure of the Chinese government to respond", "citing Japan's refusal to apologize"."""
        nouns = self.words.get("failure_nouns", frozenset())
        verbs = self.words.get("failing_verbs", frozenset())
        out = []
        for c in [*_affirmed_clauses(t), *_children(t, "dobj")]:
            for x in c.subtree:
                if x.lemma_.lower() in nouns and not _children(x, "neg"):
                    out.extend(_children(x, "poss") or [p for p in self.prep(x, "of", 1)])
                elif (x.lemma_.lower() in verbs and x.pos_ == "VERB" and not self.negated(x)
                      and not _in_condition(x) and (x.lemma_.lower() != "fail" or _children(x, "xcomp"))):
                    out.extend(s for s in self.subj(x) if not (self.tok_found[s.i] and all(
                        f.how == "group" for f in self.tok_found[s.i])))
                    # "said Y has chosen to ignore its commitment", "said Y failed to act" (not "will act if Y defies
                    # the resolution": a failure supposed; nor "Y failed as well"; nor "the two sides failed to narrow
                    # their differences": a failure of both together, no one's fault)
        for c in _children(t, "ccomp"):  # "insisted that Y has not done enough to stop the rebels": too little
            if c.lemma_.lower() == "do" and _children(c, "neg") and any(
                    o.lower_ == "enough" for o in _kids(c) if o.dep_ in ("dobj", "advmod")):
                out.extend(self.subj(c))
        return out

    # negation and modality ---------------------------------------------------------------------------
    def clause_chain(self, t) -> list:
        """The trigger and the verbs that govern it up to its clause (through nouns, xcomp and conj); only the trigger
        for harm a verb of halting governs (`_halted_harm`: under way, whatever is said of the halting)."""
        if _halted_harm(t):
            return [t]
        chain, cur = [t], t
        for _ in range(6):
            dep = cur.dep_
            if cur.pos_ not in _VERBAL and dep in ("dobj", "pobj", "nsubjpass", "nsubj", "attr", "conj", "prep",
                                                   "appos", "compound"):
                cur = cur.head
            elif dep in ("xcomp", "conj", "pcomp", "prep", "acomp") or _modifies_noun(cur) or (
                    dep in ("advcl", "ccomp") and _infinitive(cur)):  # "agreed to meet next week to discuss": as the
                # meeting; "will not allow Syria to threaten": the parser's clause with a subject of its own
                cur = _conjunct_head(cur) if dep == "conj" else cur.head
            else:
                break
            chain.append(cur)
        return chain

    def judged_done(self, t) -> bool:
        """An act named as the object of a verb that judges or acknowledges it, with nothing saying it is yet to come
        ("did not condemn Russia's invasion of Y"; not "Israel's planned / possible / threatened strike on Iran")."""
        return t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in _ACT_JUDGING and not any(
            c.dep_ in ("amod", "compound", "det", "nmod", "advmod") and (
                {c.lemma_.lower(), c.lower_} & (self.words.get("future_modifiers", frozenset()) | _NOT_YET_DONE))
            for c in _kids(t))

    def describes_named(self, t) -> bool:
        """The noun is in apposition to a party the sentence names ("the Assad government, a longtime Russian
        ally")."""
        return t.pos_ == "NOUN" and t.dep_ == "appos" and bool(self.tok_found[t.head.i] or self.role([t.head]))

    def negated(self, t) -> bool:
        w = self.words
        if self.describes_named(t) and not _denied(t) and not any(c.dep_ == "neg" for c in _kids(t)):
            return False  # a noun describing a named party holds whatever the clause denies: "warned Y against
            # strikes on the Assad government, a longtime Russian ally"
        if t.pos_ in _VERBAL and any(_denied(o) for o in _children(t, "dobj")):
            return True  # "Hamas got no money from Iran", "sent no troops to Y"
        chain = self.clause_chain(t)
        if self.judged_done(t):
            chain = [t]  # "did not condemn / refused to recognize Russia's annexation of Y": the act took place,
            # whatever is (not) said of it
        below = None
        aside = False  # the trigger sits in a phrase of its own ("during its war against Y")
        joined_in = False  # ... "in solidarity with Y", "in coordination with Y": an act of its own
        for i, x in enumerate(chain):
            if i and chain[i - 1].dep_ == "conj" and chain[i - 1].pos_ in _VERBAL and (
                    _children(chain[i - 1], "aux", "auxpass") or any(c.lower_ == "but" for c in _children(x, "cc"))
                    or chain[i - 1].tag_ in ("VBZ", "VBD") and x.tag_ == "VB" or (
                        chain[i - 1].lemma_.lower() in w.get("demanding_verbs", ()) and _children(x, "dobj")
                        and _children(chain[i - 1], "prep", "dobj", "xcomp")
                        and any(a.tag_ == "VBP" for a in _children(x, "aux")))):
                break  # "has not commented, but did threaten to attack": the second verb is not negated; nor a tensed
                # verb joined to one under "not" ("does not recognize X and calls on Y to ...": no "does" governs it),
                # nor a present demand of its own after a verb with its own object ("We do not recognize X and call
                # on Y to ...", not "did not condemn X and urge Y to ...")
            if any(c.dep_ == "neg" for c in _kids(x)) and not (
                    x is not t and x.lemma_.lower() in _UNFALTERING) and not (
                    i and chain[i - 1].dep_ == "nsubj" and chain[i - 1].pos_ == "NOUN" and x.pos_ in _VERBAL
                    and x.lemma_.lower() not in w.get("occurring_verbs", ()) and not (
                        x.lemma_.lower() in ("go", "come") and any(c.lower_ in ("ahead", "forward", "about", "off")
                                                                    for c in _kids(x)))):
                return True  # ("would not hesitate to tear up the deal": it would; "will not waver in its support for
                # Y": it supports; "the summit did not meet
                # expectations": it took place, unlike "the summit did not take place")
            aside = aside or (x.dep_ == "prep" and x.lower_ not in ("of", "for"))
            joined_in = joined_in or (x.dep_ == "pobj" and x.head.lower_ == "in" and x.lemma_.lower() in _IN_WITH)
            if (not aside and (x.dep_ in ("pcomp", "pobj") and x.head.lower_ in ("of", "for") or x.dep_ == "pcomp"
                                   and (x.head.lower_ == "by" or _gerund_of_charge(x)))
                    and x.head.head.lemma_.lower() in w.get("charge_verbs", ())):
                return True  # "accused Eritrea of arming al-Shabab", "accused of destabilizing Y by arming Z",
                # "charged Y with transferring missiles to Z": a charge, not a fact told
            if _denied(x):
                return True
            if any(c.lower_ == "longer" and any(n.dep_ == "neg" for n in _kids(c)) for c in _kids(x)):
                return True  # "no longer supports Y": not now
            if below is t and t.dep_ == "dobj" and t.lemma_.lower() in _LASTING and x.lemma_.lower() in _ENDING:
                return True  # "ended / withdrew its support for Y": a backing that no longer holds (but "ended their
                # talks": talks held)
            if below is not None and below.dep_ == "xcomp" and x.lemma_.lower() in ("have", "be") and any(
                    c.lower_ == "yet" for c in _kids(x)) and _infinitive(below):
                return True  # "has yet to condemn Y", "is yet to meet Y": not done
            if (below is not None and below.dep_ in ("dobj", "xcomp", "ccomp", "pcomp", "nsubjpass") and not joined_in
                    and (x.lemma_.lower() in w.get("deniers", ()) or _phrasal(x) in w.get("deniers", ()))
                    and not (x.lemma_.lower() == "hesitate" and _children(x, "neg"))  # ("did not hesitate to")
                    and not (below is t and t.lemma_.lower() in w.get("claim_nouns", ()))
                    and not (below is not t and below.lemma_.lower() in w.get("issued_documents", ()))
                    and not self.late_denial(t, x)):
                return True  # "rejected talks", "refused to meet"; not "the accusations were rejected", nor "in
                # solidarity with B" ("broke off ties with A in solidarity with B"), nor what a document rejected
                # says ("rejected a UN report accusing it of backing rebels": the report accuses)
            if below is not None and below.dep_ in ("xcomp", "pcomp", "ccomp") and below.pos_ in _VERBAL and (
                    x.lemma_.lower() in ("oppose", "resist")):
                return True  # "has opposed imposing new sanctions on Burma": not imposed (but "opposed the attack":
                # the attack took place)
            if below is not None and below.dep_ == "prep" and below.lower_ == "for" and x.lemma_.lower() in w.get(
                    "deniers", ()) and any(o.lemma_.lower() in w.get("travel_nouns", ())
                                           for o in _children(x, "dobj")) and (
                    not any(c.lower_ == "short" for c in _kids(x))):
                return True  # "cancelled his visit to Y for talks with Z": the talks the journey was for (not "cut
                # short his visit")
            if below is not None and _modifies_noun(below) and x.lemma_.lower() in w.get("unasserted_heads", ()):
                return True  # "the notion that X is going to invade Y", "fears that X will attack Y"
            if below is not None and below.dep_ in ("acl", "relcl") and _infinitive(below) and (
                    x.lemma_.lower() in w.get("failure_nouns", ())):
                return True  # "China's refusal to condemn Y", "its failure to support Y": not done
            if below is not None and below.dep_ == "prep" and below.lower_ == "of" and x.pos_ == "NOUN" and (
                    x.lemma_.lower() in w.get("possibility_nouns", ())):
                return True  # "increase the chance of war between A and B": a war that may come
            if below is not None and below.dep_ == "prep" and below.lower_ == "of" and x.pos_ == "NOUN" and (
                    x.lemma_.lower() in ("veto", "rejection", "defeat")) and any(
                    o.lemma_.lower() in w.get("document_nouns", ()) and o.lemma_.lower() not in w.get(
                        "issued_documents", ()) for o in _children(below, "pobj")):
                return True  # "Vetoes by A and B of a resolution condemning Y": what a resolution vetoed says is not
                # said (not adopted), as with the verb (but an issued report or statement says it all the same)
            if below is not None and below.dep_ == "prep" and below.lower_ in ("of", "to") and x.pos_ == "NOUN" and (
                    x.lemma_.lower() in _STOPPING_NOUNS and t.lemma_.lower() in _SUPPLY_NOUNS) and not (
                    (x.head.head if x.head.dep_ == "prep" else x.head).lemma_.lower() in _STOPPING_NOUNS
                    | _UNDOING or any(o.lemma_.lower() in _STOPPING_NOUNS for o in _children(below, "pobj"))):
                return True  # "an immediate suspension of military assistance to Y", "a cutoff of aid": stopped
                # (not "the end of the suspension of aid", "opposed a halt to aid": it goes on)
            if below is t and t.dep_ == "dobj" and x.lemma_.lower() in _UNDONE_BY:
                return True  # "a pretext to justify a U.S. attack on Y", "to prevent an attack": none took place
            below = x
            if x.dep_ == "pobj" and x.head.lemma_.lower() == "without":
                return True
            if x.dep_ == "pcomp" and x.head.lower_ == "from" and x.head.head.lemma_.lower() in w.get(
                    "keeping_verbs", ()) and all(y.pos_ in _VERBAL for y in chain[: i + 1]) and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("none", "nothing", "nobody") for c in _kids(x.head.head)):
                return True  # "barred Y from meeting Z", "was prevented from visiting Z": it did not happen (but
                # "nothing prevented Y from invading Z": it did; and "barred reporters from covering X's meeting with
                # Z": the meeting took place)
            if x.dep_ == "pcomp" and x.head.lower_ == "against" and x.head.head.lemma_.lower() in _ADVISING:
                return True  # "warned Washington against selling arms to Taiwan", "decided against meeting Y"
            if x.lemma_.lower() == "without":
                return True
        top = chain[-1]
        head = top.head
        if (top.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in w.get("deniers", ())
                and not _halted_harm(t)  # ("must stop firing")
                and not self.late_denial(t, head)):
            if t.lemma_.lower() in w.get("charge_verbs", ()) or t.lemma_.lower() in w.get("critic_verbs", ()):
                # "X has accused Y of arming rebels, a charge Y denies": Y's denial does not undo X's charge
                deniers = {f.actor for f in self.role(self.subj(head))}
                if deniers and not deniers & {f.actor for f in self.role(self.subj(t))}:
                    return False
            return True
        return False

    def late_denial(self, t, denier) -> bool:
        """A denial with no subject of its own, after a charge or criticism made by a named subject: "X accused Y of
        arming rebels, an accusation Y has denied" (the parser may hang the charge on "denied"); the charge stands."""
        w = self.words
        return (denier.i > t.i and not _children(denier, "nsubj", "nsubjpass") and bool(_children(t, "nsubj"))
                and (t.lemma_.lower() in w.get("charge_verbs", ()) or t.lemma_.lower() in w.get("critic_verbs", ())))

    def future(self, t) -> bool:
        w = self.words
        if self.describes_named(t) or t.pos_ == "NOUN" and any(self.tok_found[c.i] for c in _children(t, "appos")):
            return False  # a noun describing a named party holds whatever the clause's tense: "Belarus, an ally of
            # Russia, will host the talks", "Serbia and its traditional ally, Russia, will argue"
        if t.pos_ == "NOUN" and t.lemma_.lower() == "ally" and t.dep_ != "attr" and _children(t, "poss"):
            return False  # "we stand ready to assist our French allies": allies now, whatever is to come
        if (t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in w.get("restating_verbs", ())
                or self.judged_done(t)) and any(self.tok_found[c.i] for c in _children(t, "poss")):
            return False  # "Dunford will stress America's strong support for Israel": the support holds now; "will not
            # recognize Russia's occupation of Y": the occupation too
        if t.pos_ == "NOUN" and t.lemma_.lower() in ("alliance", "ally") and t.dep_ in ("dobj", "nsubjpass") and (
                t.head.lemma_.lower() in w.get("kept_up_verbs", ())):
            return False  # "would strengthen the U.S.-ROK alliance", "will deepen the alliance between A and B", "the
            # alliance could be strengthened": one that stands now, made stronger (not "will forge an alliance")
        if self.aid_purpose(t):
            return True
        d = _defended_against(t) if t.pos_ == "NOUN" else None
        if d is not None and d.lemma_.lower() in _SUPPORTING_AGAINST:
            # "helping Y against Iraqi aggression": under way; "will assist Y against a Russian attack", "would help Y
            # against Chinese aggression if ...", "pledged to support Y against ...": one that may come
            return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.lower_ in _MAY_COME for c in _kids(t)) or (
                self.future(d) or _in_condition(d) or _conditioned(d))
        if d is not None and not any(
                c.lower_ in _MAY_COME or c.lemma_.lower() in w.get(
                    "future_modifiers", ()) for c in _kids(t)) and (
                d.pos_ == "NOUN" or not _infinitive(d) or d.dep_ in ("acl", "xcomp") and (
                    d.head.lemma_.lower() in _PURPOSE_NOUNS and _children(d.head, "poss")
                    or d.head.lemma_.lower() in w.get("continuing", ())
                    or d.head.lemma_.lower() == "need" and any(self.tok_found[c.i] for c in _children(t, "poss")))):
            return False  # "Y's efforts to defend itself against Russian aggression", "Y continues to defend itself
            # against ...", "what it needs to defend itself against Russia's onslaught": the aggression is under way
            # (not "is preparing / vowed to defend itself against ...", nor "against any future aggression")
        x = t  # (the tensed verb of an infinitive's clause: "when he is able to visit")
        while x.dep_ in ("xcomp", "acomp") and x.head.i != x.i:
            x = x.head
        if x.dep_ == "advcl" and x.tag_ in ("VBZ", "VBP") and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "once") for m in _kids(x)) and (
                x.head.pos_ in _VERBAL and self.future(x.head)):
            return True  # "looks forward to welcoming Y when he visits Washington", "... when he is able to visit":
            # a time to come, in the present tense
        if t.pos_ in _VERBAL and t.lemma_.lower() in _AIDING and (
                t.dep_ == "pcomp" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in _COMMITTED
                or t.dep_ in ("acl", "xcomp") and _infinitive(t) and t.head.lemma_.lower() in _COMMITTED):
            return True  # "remains committed to assisting Y", "our commitment to help Y": help promised (a
            # commitment "to defend Y" stands by Y now: `_AIDING` is help alone)
        v = t.head if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ in _VERBAL else t
        while v.dep_ == "conj" and v.head.pos_ in _VERBAL:  # ("proposed that they set up a hotline and hold talks")
            v = v.head
        if v.dep_ == "ccomp" and any(x.tag_ in ("VB", "VBP") for x in (v, *v.conjuncts)) and not _children(
                v, "aux", "auxpass") and (
                v.head.lemma_.lower() in w.get("demanding_verbs", ()) or v.head.lemma_.lower() in _MANDATING) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in _kids(v)):
            return True  # "insisted that Palestinian leaders recognize Israel", "demanded that Y withdraw", "proposed
            # that they hold talks": an act demanded, not done (the subjunctive; not "insisted that Y recognizes it":
            # a claim)
        to = t.head.head if t.dep_ == "conj" and t.head.dep_ in ("pcomp", "pobj") else t.head  # ("... and meeting Y")
        if to.lower_ == "to" and to.dep_ == "prep" and to.head.lemma_.lower() == "look" and any(
                c.lower_ == "forward" for c in _kids(to.head)):
            return True  # "looks forward to hosting Y", "look forward to the talks with Y": to come
        if t.dep_ == "pcomp" and t.head.lower_ in ("of", "about") and t.head.head.lemma_.lower() in ("warn", "caution"):
            return True  # "has warned of firing rockets at Y": an act held out, not done
        if _infinitive(t) and (t.dep_ == "acl" and t.head.lemma_.lower() in _INTENT_NOUNS and not _purpose_of_act(
                t.head, w) and not (t.lemma_.lower() in _RESOLVED_BACKING and any(
                    c.dep_ == "amod" and c.lower_ in ("continued", "continuing", "ongoing") for c in _kids(t.head)))
                or t.dep_ == "advcl" and any(
                o.lemma_.lower() in _INTENT_NOUNS and o.right_edge.i == t.i - 2 for o in _children(t.head, "dobj"))):
            return True  # "their shared resolve to defeat ISIS", "its readiness to send troops": willed, not done
            # (a commitment or pledge "to defend Y" stands by Y now, as does "the continued resolve to support Y")
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for" and (t.head.head.lower_ == "due" or any(
                c.lower_ == "due" and c.dep_ == "acomp" for c in _kids(t.head.head))):
            return True  # "is due in Tehran on Monday for talks with Y": not yet held
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and (
                t.head.head.lower_ in ("ahead", "eve") or t.head.head.lower_ == "advance"
                and t.head.head.head.lower_ == "in") and not any(
                c.lower_ in ("today", "yesterday") for c in _kids(t)):
            return True  # "arrived on the eve of their summit", "ahead of talks with Y", "in advance of Y's visit to
            # Washington": not yet held (but "made before Wen's meeting today": the meeting is the story's)
        chain = self.clause_chain(t)
        ending = w.get("ending_nouns", frozenset())
        cut = next((i for i, x in enumerate(chain) if i and x.pos_ == "NOUN" and x.lemma_.lower() in ending
                    and chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ in ("to", "of")), None)
        if cut is not None:  # "sought an end to Israel's siege of Y": the act whose end is sought goes on now
            chain = chain[:cut]
        judged = w.get("reason_verbs", frozenset())
        cut = next((i for i, x in enumerate(chain) if i > 1 and x.pos_ == "VERB" and x.lemma_.lower() in judged
                    and chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "for"), None)
        if cut is not None and not any(y.lower_ in _TIMES_AHEAD or y.lower_ == "any"
                                       for y in chain[cut - 1].subtree) and not any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in _kids(chain[cut])) and (
                not any(_conditioned(x) for x in chain[: cut + 1])):
            # "will praise Y for its support of Z": the thing Y is judged for was done (not "for hosting the
            # summit next week", "would condemn Y for invading Z", "will punish Y for any attack", "... if it happens")
            chain = chain[:cut]
        cut = next((i for i, x in enumerate(chain) if i and chain[i - 1].dep_ == "conj" and chain[i - 1].pos_ in
                    _VERBAL and chain[i - 1].tag_ == "VBZ" and any(
                        a.lemma_.lower() in ("will", "shall") for a in _children(x, "aux")) and not any(
                        y.dep_ == "mark" for z in chain[: i + 1] for y in _kids(z))), None)
        if cut is not None:  # "will not recognize X and calls on Y to ...": a verb of its own tense joined to one
            chain = chain[:cut]  # under "will" (not under "if": "if Russia invades Y and attacks Z")
        if _slated_ahead(t):
            return True
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in (
                _TALKS_FOR) and t.head.head.pos_ == "VERB" and self.future(t.head.head):
            return True  # "travels to Tbilisi later today for talks with Y": talks as far ahead as the journey
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for" and (
                (h := t.head.head).lemma_.lower() in ("recall", "summon") or h.lemma_ == "be" and any(
                    p.dep_ == "prep" and p.lower_ in ("on", "en") and any(
                        o.lower_ in ("way", "route") for o in _kids(p)) for p in _kids(h))):
            return True  # "is on his way to Washington for talks with Y": ahead; "recalled their envoys for
            # consultations": talks at home, not between the two
        if any((hung := _hung_by(x)) is not None and {hung[0].lemma_.lower(), hung[0].lower_} & w.get(
                "intent_heads", frozenset()) for x in chain):
            return True  # "welcomed the pledge by X to provide aid": the parser hung the pledge's infinitive on the
            # verb
        scheduler = _present_schedule(t)
        below = None
        for x in chain:
            for c in _kids(x):
                if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in w.get("modals", ()) and not (
                        c.lower_ == "would" and below is not None and _performative(x, below)):  # ("I would like to")
                    if not any(y.lemma_.lower() in w.get("continuing", ()) or y.lemma_.lower() in _UNWAVERING and any(
                            n.dep_ == "neg" for n in _kids(y)) for y in chain):
                        return True  # (but "will continue its support", "will not waver in its support": it goes on;
                        # not "will not hesitate to strike": to come)
                if c.dep_ == "mark" and c.lemma_.lower() in w.get("conditional", ()):
                    return True
                if c.dep_ == "mark" and c.lower_ == "for" and _infinitive(x):
                    return True  # "it is easy for X to attack Y": an infinitive clause tells no act
                if c.dep_ == "det" and c.lower_ == "any" and x is t and t.pos_ == "NOUN":  # ("no": `negated`)
                    return True  # "objected to any visit by X": no visit that took place
                if (c.dep_ == "det" and c.lower_ in ("a", "an") and x is t and t.pos_ == "NOUN" and t.dep_ == "nsubj"
                        and t.head.lemma_ == "be"):
                    return True  # "a meeting between A and B is the key to ...": no meeting that took place
                if c.dep_ == "mark" and c.lower_ in ("before", "until"):
                    return True  # "the warning comes before X meets Y": not yet
                if c.lower_ in ("order", "as") and c.dep_ in ("mark", "advmod") and _infinitive(x):
                    return True  # "in order to defeat X", "so as to": a purpose
                if (c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "on")) and scheduler is not None and (
                        x is t or below is t and x == scheduler) and _SCHEDULED.match(
                        " ".join(y.lower_ for y in c.subtree)):
                    return True  # "X meets Y on Wednesday", "visits China next week", "A and B resume talks on
                    # Friday": a schedule
                if scheduler is not None and x.i == scheduler.i and c.dep_ == "prep" and c.lower_ in (
                        "after", "before") and scheduler.lemma_.lower() in _ITINERARY and (any(
                        any(f.type == "state" for f in self.tok_found[o.i]) or getattr(
                            self.ent(o.i), "label_", "") == "GPE" for o in _children(c, "pobj")) or any(
                        g.lemma_.lower() in _STOPS for g in _children(c, "pcomp"))):
                    return True  # "After Israel, the president visits Kuwait", "visits Mexico before returning": a
                    # journey's plan told in the present, stop by stop (not "visits Kyiv after a year of war", nor
                    # "condemns the attack after ...")
                if (c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "on")) and x is t and (
                        x.tag_ == "VBG") and any(a.lower_ in ("is", "are", "'s", "'re") for a in _children(
                        x, "aux")) and _COMING.match(" ".join(y.lower_ for y in c.subtree)) and not (
                        self.weekday and self.weekday in (y.lower_ for y in c.subtree)):
                    return True  # "X is meeting Y on Friday", "is coming to China Thursday": to come (but on a
                    # story of that Friday, the day's own)
                if c.dep_ == "amod" and ({c.lemma_.lower(), c.lower_} & w.get("future_modifiers", frozenset())):
                    return True
                if x is t and t.pos_ == "NOUN" and c.dep_ == "npadvmod" and _AHEAD.match(
                        " ".join(y.lower_ for y in c.subtree)):
                    return True  # "discussed the trip to X next week": to come
                # (not "his first visit to France in five years")
                if x is t and t.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "in" and any(
                        _from_now(o) for o in _children(c, "pobj")) and not any(
                        m.tag_ == "JJS" or m.lower_ in w.get("ordinals", ()) for m in _kids(t)):
                    return True  # "the summit between A and B in two weeks", "talks in the coming days": to come
            if below is not None and below.dep_ in ("advcl", "xcomp") and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in ("ready", "prepared", "willing", "determined")
                    for c in _kids(x)):
                return True  # "The UK stands ready ..., to hold Y to account": intended, not done
            if below is not None and x.pos_ == "ADJ" and t.lemma_.lower() not in _STANCE_ACTS and (
                    below.dep_ == "xcomp" and x.lower_ in _INTENT_ADJECTIVES or below.dep_ == "prep"
                    and below.lower_ == "to" and x.lower_ in ("committed", "dedicated")):
                return True  # "X is determined to attack Y", "committed to defeating Y": a goal, not done (not
                # "determined that Y attacked"; but "determined / committed to supporting Y": support held now)
            if below is not None:
                word = {x.lemma_.lower(), x.lower_}
                # "plans to visit", "readiness to hold a meeting"; "arranged a meeting" (a planned object)
                # ("threatened for weeks to topple Y": the parser may hang the infinitive on as an adverbial clause)
                # ("attacked Kismayo in an effort to drive out Y": the act's purpose, as "attacked Kismayo to drive
                # out Y", done with it)
                if not (below.dep_ == "acl" and _purpose_of_act(x, w)) and (
                        below.dep_ in ("xcomp", "ccomp") or _modifies_noun(below) or (
                        below.dep_ == "advcl" and _infinitive(below) and word & w.get("intending_verbs", frozenset())
                )) and word & w.get("intent_heads", frozenset()) and not (
                        _courtesy_call(below, w) and _children(x, "dobj")) and not _performative(x, below) and not (
                        below.dep_ in ("acl", "relcl") and _held_call(x) and t.pos_ == "NOUN" and not any(
                            a.pos_ == "VERB" and a.i != below.i and below.is_ancestor(a) for a in t.ancestors)):
                    # (offered on the call, not "called on Y to ...", asked; but a call held with someone or counted
                    # is a conversation, and an event it is to discuss named by a noun holds: "calls with leaders to
                    # discuss the response to Y's invasion"; not an act discussed, "to discuss sending weapons to Y")
                    return True
                if below.dep_ == "dobj" and (word & w.get("planning_verbs", frozenset()) or "offer" in word and (
                        below.lemma_.lower() in w.get("talk_nouns", ()) or below.lower_ in w.get("talk_nouns", ()))):
                    return True  # ("offered talks with Y": talks proposed; but "offered aid to Y" is the offer)
                if below.dep_ == "prep" and below.lower_ == "for" and x.pos_ == "NOUN" and word & w.get(
                        "intent_heads", frozenset()):
                    return True  # "the desire for a summit between A and B", "plans for talks with Y": to come
                if below is t and below.dep_ == "pobj" and x.lower_ == "of" and (
                        x.head.lemma_.lower() == "announcement") and t.pos_ == "NOUN" and t.lemma_.lower() in w.get(
                        "talk_nouns", ()):
                    return True  # "welcomed the announcement of a summit between A and B": one set, not yet held
                if below.dep_ == "xcomp" and x.lower_ == "going" and _infinitive(below) and _children(x, "aux"):
                    return True  # "X is going to invade Y"
                if below.dep_ in ("advcl", "acl", "xcomp") and _infinitive(below) and any(
                        o.lemma_.lower() in _CHOICES for o in _children(x, "dobj")):
                    return True  # "the government has two choices: to fight the LRA ... or to talk"
                # "pushing for a meeting", "called for talks"
                if below.dep_ == "prep" and below.lower_ == "for" and word & w.get("asking_verbs", frozenset()):
                    return True
                if below is t and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass"):
                    # "Negotiations are expected to begin next year", "the talks are due to resume": to come
                    heads = [x, *(c for c in _kids(x) if c.dep_ == "acomp")]
                    if any(h.lemma_.lower() in _TO_COME for h in heads) and any(
                            c.dep_ == "xcomp" and _infinitive(c) for h in heads for c in _kids(h)):
                        return True
                    if t.dep_ == "nsubjpass" and x.lemma_.lower() in _TO_COME and not _children(x, "prt") and any(
                            c.dep_ == "prep" and c.lower_ in ("for", "on") or c.dep_ == "npadvmod"
                            for c in _kids(x)) and not any(
                                c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in _HAPPENED
                                and not any(a.tag_ == "MD" for a in _kids(c)) for c in _kids(x)):
                        return True  # "A meeting between A and B is scheduled for August", "talks are planned
                        # next week": to come (not "the meeting was set up by Norway", nor "was scheduled for
                        # June 12 and took place in Singapore")
            below = x
        top = chain[-1]
        if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lemma_.lower() in w.get("conditional", ())
                                       for c in _kids(top)):
            return True
        if top.dep_ == "ROOT" and top.tag_ == "VB" and _infinitive(top) and _children(top, "nsubj"):
            return True  # a headline's "X to visit China", "Kenya to send troops to Haiti": to come
        return False

    def aid_purpose(self, t) -> bool:
        """The trigger is the purpose of help given or offered: "offered military assistance to Turkey to fight the
        PKK", "weapons to fight the rebels" (the fight is the helped side's, and not yet fought)."""
        if not _infinitive(t) or t.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
            return False
        head = hung[0] if (hung := _hung_by(t)) is not None else t.head  # ("welcomed the pledge by X to provide")
        if head.pos_ in _VERBAL and t.dep_ == "xcomp" and not _children(head, "dobj"):
            return False  # "was helping to smuggle weapons to Y": the helper does it too, no one else's purpose
        return bool({head.lemma_.lower(), head.lower_} & self.words.get("aid_heads", frozenset()))

    def own_agent(self, t, agent_roles) -> bool:
        """The noun trigger names its own agent in a possessor or a "by"/"from" phrase its frame reads: "preparing
        to hear objections from Y" is Y's objection, and the one preparing asks for nothing."""
        return t.pos_ == "NOUN" and "poss" in agent_roles and any(self.role([c]) for c in _children(t, "poss")) or any(
            self.role([o]) for p in ("by", "from") if f"prep:{p}" in agent_roles for o in self.prep(t, p))

    def asker(self, t):
        """The verb that asks for act `t` ("pushed for sanctions against Y", "called on the Council to impose an
        embargo on Y", "proposed a ban on Y's missile program"), when nothing above it is modal or conditional;
        else None. Asking for a punitive measure against Y is itself criticism of Y."""
        w = self.words
        asking = w.get("asking_verbs", frozenset()) | w.get("planning_verbs", frozenset()) | w.get(
            "demanding_verbs", frozenset())
        chain = self.clause_chain(t)
        for below, x in zip(chain, chain[1:], strict=False):
            if _owned_asking(x) and below.dep_ == "prep" and below.lower_ == "for" and below.head.i == x.i:
                if t.lemma_.lower() in _PENALTY_NOUNS and any(
                        c.lemma_.lower() in _UNDOING for c in chain[1 : chain.index(x)]) or any(
                            o.lemma_.lower() in _PENALTY_NOUNS for o in _children(t, "prep") if o.lower_ == "of"
                            for o in _children(o, "pobj")):
                    return None  # "Y's call for the lifting of sanctions on Z", "for the withdrawal of sanctions":
                    # relief asked for
                return x  # "Y's calls for the withdrawal of Russian forces": the one whose call it is
            if x.pos_ not in _VERBAL or not {x.lemma_.lower(), x.lower_} & asking:
                continue
            if below.dep_ in ("prep", "dobj", "xcomp") or below.dep_ == "pobj" and below.head.lower_ == "for":
                if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in w.get("modals", ()) or
                       c.dep_ == "mark" and c.lemma_.lower() in w.get("conditional", ()) for y in chain[chain.index(x):]
                       for c in _kids(y)):
                    return None
                return x
        return None

    def vowed(self, t, agents) -> list:
        """Who vows or warns that they will do act `t`: "Kenya would fight back against al-Shabab, Saitoti
        announced", "al-Shabab vowed to fight back": the speakers, when they are the act's agents or speak for
        them; else nothing (a prediction by others is no threat)."""
        chain = self.clause_chain(t)
        heads = [x for x in chain[1:] if x.lemma_.lower() in self.words.get("vow_verbs", ())]
        top = chain[-1]
        if not heads and top.dep_ == "ccomp" and top.head.lemma_.lower() in self.words.get("vow_verbs", ()):
            heads = [top.head]
        mine = _and_states((a.actor for a in agents), self.state_of)
        unnamed = not agents and _is_passive(t)  # "said the leaders of Hamas would be targeted": by the speaker
        for v in heads:
            speakers = self.role(self.subj(v))
            if speakers and (unnamed or _and_states((a.actor for a in speakers), self.state_of) & mine):
                return speakers
        return []

    def reported(self, t) -> bool:
        return self.reporter(t) is not None

    def others_voice(self, t, own: set[str]) -> bool:
        """A clause above the trigger has a subject naming an actor outside `own`: "He asked me to speak out against
        Putin's aggression", "The United States and our allies stand with Ukraine in the face of the Kremlin's
        aggression" are not the statement's author's own judgement."""
        x = t
        for _ in range(12):
            if x.pos_ in _VERBAL or x.pos_ == "AUX":
                for c in _children(x, "nsubj", "nsubjpass"):  # (a subject that is itself an actor: not "His death")
                    if (self.tok_found[c.i] or c.pos_ in ("PROPN", "PRON")) and {f.actor for f in self.role([c])} - own:
                        return True
            if x.head.i == x.i:
                return False
            x = x.head
        return False

    def voiced_below(self, t, own: set[str]) -> bool:
        """A clause between the trigger and the verb of saying that reports it voices the stance of a subject naming
        an actor outside `own`: "White said A and B recognized the dangers of Y's reckless behavior" (not "X said the
        United States will not tolerate Y's provocations": what the speaker says of another's acts)."""
        said = self.reporter(t)
        x, stance = t, False
        while said is not None and x.i != said.i and x.head.i != x.i:
            stance = stance or x.pos_ in _VERBAL and x.lemma_.lower() in _STANCE_VERBS  # (its subject may be the
            # verb's it hangs on: "A and B concluded their call by agreeing that Y's actions ...")
            if x.pos_ in _VERBAL and stance and any(
                    {f.actor for f in self.role([c])} - own for c in _children(x, "nsubj", "nsubjpass")
                    if (self.tok_found[c.i] or c.pos_ in ("PROPN", "PRON")) and c.lower_ not in ("we", "i")):
                # (the speaker's own "we": "'We can never accept Y's lies,' X said")
                return True
            x = x.head
        return False

    def backing_thanked(self, t) -> list:
        """The backing a thanks or an appreciation is for: "thanked X for its support", "appreciation for Y's
        leadership and support" (joined to another noun)."""
        return [b for o in self.prep(t, "for") for b in (o, *o.conjuncts)
                if b.lemma_.lower() in self.words.get("backing_thanked", ())]

    def backed(self, t):
        """(backing, preposition, object) for each phrase of "of", "for" or "to" on the backing thanked for: what
        the `backing_of` role and `backs_a_cause` read."""
        return [(b, w, y) for b in self.backing_thanked(t) for w in ("of", "for", "to") for y in self.prep(b, w)]

    def backs_a_cause(self, t, sides: set[str]) -> bool:
        """Whether the backing thanked for is backing of something named that is no actor and belongs to neither side
        (`sides`: the backer, the one who thanks and their states): "for Y's support for the principles of the UN
        Charter", "of the strong relationship between our militaries", "for Y's contributions to the mission" are no
        support of the one who thanks; "for its support of the Ukrainian people" (the thanker's), "for the support of
        the British people" (the backer's) and "for its support to the reconstruction effort" are."""
        for b, w, y in self.backed(t):
            if self.tok_found[y.i] or w == "to" and b.lemma_.lower() != "contribution":
                continue
            owners = {f.actor for c in (*_kids(y), *self.prep(y, "of")) if c.dep_ in (
                "amod", "compound", "nmod", "poss", "pobj") for f in self.tok_found[c.i]} | {
                f.actor for f in (self.role([y]) if y.pos_ != "PROPN" else ())}  # ("the Ukrainian people")
            if not owners & sides and not (y.lemma_.lower() in _PEOPLE_OF and (any(
                    c.dep_ in ("amod", "compound", "poss") for c in _kids(y)) or self.prep(y, "of"))):
                return True  # (but "for the Ukrainian people", "for the sovereignty of Armenia": a state's own, as
                # the thanker's state is read)
        # "for Y's commitment to provide protection for refugees": a backing whose infinitive names whom it is for, and
        # no one of either side, is for others (the parser may hang the infinitive on the thanks); not one that names
        # no one it is for ("for the UK's commitment to provide long-range missiles": the thanker's side), nor a
        # gerund of "in" ("for its help in fighting the spread of AIDS": help to the thanker)
        for b in self.backing_thanked(t):
            for a in (*_children(b, "acl"), *(a for a in _children(t, "advcl") if a.i > b.i)):
                if _infinitive(a) and self._names_whom_for(a) and not self._names_side(a, sides):
                    return True
        return False

    def _names_whom_for(self, clause) -> bool:
        """A "for" or "to" phrase inside the clause below its verb ("to provide protection for refugees")."""
        return any(p.lower_ in ("for", "to") for x in clause.subtree if x.i != clause.i for p in _children(x, "prep"))

    def _names_side(self, clause, sides: set[str]) -> bool:
        """The clause names one of `sides` or speaks in the first person ("to help us")."""
        return any(x.lower_ in ("us", "our", "me", "my") or any(f.actor in sides for f in self.tok_found[x.i])
                   for x in clause.subtree)

    def reporter(self, t):
        """The verb of saying whose complement clause tells the trigger ("X said Y struck Z"), or None."""
        x = t
        for _ in range(8):
            if x.dep_ == "ccomp" and x.head.lemma_.lower() in self.words.get("say_verbs", ()):
                return x.head
            if x.head.i == x.i:
                return None
            x = x.head
        return None

    def prompter(self, t) -> list[Found]:
        """Whose act prompted the trigger's clause: "X executed a cleric, prompting Iran to condemn it" -> X (the
        subject of the clause a "prompting" participle hangs on)."""
        for x in self.clause_chain(t):
            if x.dep_ == "xcomp" and x.head.lemma_.lower() in _PROMPTING and x.head.dep_ == "advcl" and (
                    x.head.tag_ == "VBG"):
                return self.role(self.subj(x.head.head))
        return []

    def place_label(self, o) -> str:
        """The recogniser's label of an entity over token `o`, for the place of an event: the sentence's entities when
        they were read; else, for a proper noun only, a reading of a copy of the sentence that leaves the sentence's
        own entities unread ("talks in Kandahar": a one-word place names no unknown actor, so the recogniser did not
        run for the actors)."""
        if self.ner is not None:  # (entities read without the recogniser, `ner` None, are none: not "no place")
            return getattr(self.ents.get(o.i), "label_", "")
        if o.pos_ != "PROPN" or self.place_ner is None:
            return ""
        if self._places is None:
            self._places = {i: ent.label_ for ent in self.place_ner(self.doc.copy()).ents
                            for i in range(ent.start, ent.end)}
        return self._places.get(o.i, "")

    def named_place(self, o) -> bool:
        """The token names a place: a state or its capital the dictionary knows, or a place the recogniser labels."""
        return any(f.type == "state" or f.how == "metonym" for f in self.tok_found[o.i]) or (
            self.place_label(o) in ("GPE", "LOC", "FAC"))

    def held_at_place(self, t) -> bool:
        """Talks told with a place: "in Istanbul", "at the Kremlin" on the noun, its light verb or its clause; or
        told as held in person: the purpose of a journey ("visited Sana'a to discuss ... with Y"), or "during his
        visit"."""
        w = self.words
        if any(c.lemma_.lower() in ("indirect", "proximity") for c in _children(t, "amod", "compound")) or any(
                p.lower_ in ("through", "via") and not any(o.lemma_.lower() in _NOT_GO_BETWEENS for o in _children(
                    p, "pobj")) for p in _children(t, "prep")):
            return False  # "indirect talks with Hamas through Qatar": not face to face
        if t.pos_ == "NOUN" and _FACE_TO_FACE.search(t.doc[max(0, t.i - 5) : t.i].text + " "):
            return True  # "face to face talks between A and B", "in-person talks"
        if t.pos_ in _VERBAL and t.dep_ in ("advcl", "xcomp") and _infinitive(t) and (
                t.head.lemma_.lower() in w.get("travel_verbs", ())):
            return True
        if any(o.lemma_.lower() in w.get("stay_nouns", ()) for p in _children(t, "prep") if p.lower_ == "during"
               for o in _children(p, "pobj")):
            return True
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for" and (
                t.head.head.lemma_.lower() in w.get("travel_verbs", ()) or any(
                    x.pos_ == "NOUN" and x.lemma_.lower() in w.get("travel_nouns", ())
                    for x in (t.head.head, *_children(t.head.head, "dobj"))) or (
                    t.head.head.lemma_.lower() in ("lead", "head") and any(
                        x.lemma_.lower() in w.get("member_groups", ()) for x in _children(t.head.head, "dobj")))):
            return True  # "went to Moscow for talks with Y", "flew to Ankara for talks", "made a trip to Y for talks";
            # "led a delegation to Pyongyang for talks with Y": one who leads it goes with it
        cues = w.get("call_cues", frozenset())
        media = [c for c in _kids(t) if c.dep_ in ("amod", "compound", "nmod")] + [
            m for x in (t, t.head) for p in _children(x, "prep") if p.lower_ in ("by", "via", "over")
            for o in _children(p, "pobj") for m in (o, *_children(o, "amod", "compound"))]
        if any(c.lemma_.lower() in cues or c.lower_ in cues for c in media):
            return False  # "held telephone talks", "talks by video link": not in person
        if t.pos_ == "NOUN" and any(_building(c, w) for c in _children(t, "compound")):
            return True  # "Oval Office talks", "a Kremlin meeting": held in that building
        holders = [t, t.head] if t.pos_ == "NOUN" else [t]
        partners = [x for h in holders for p in _children(h, "prep") if p.lower_ in ("with", "between")
                    for o in _children(p, "pobj") for x in (o, *o.conjuncts)]  # "talks with Y's envoys in Doha",
        # "the talks between A and B in New Delhi"
        top = next((h for h in holders if h.pos_ in _VERBAL), None)
        parties = None  # the token positions of the talks' parties, worked out only for a party's attending
        for a in top.sent if top is not None else ():  # "A and B, who were both attending a summit in Samarkand,
            # discussed ...", "discussed it with B while attending the G7 summit": there in person (a party's own
            # attending, told as done)
            if a.lemma_.lower() != "attend" or a.pos_ not in _VERBAL or _to_come(a) or _infinitive(a) or (
                    self.negated(a)) or not any(o.lemma_.lower() in w.get("attended_events", ())
                                                for o in _children(a, "dobj")):
                continue
            subject = _children(a, "nsubj")
            if (a.dep_ == "advcl" and a.head.i == top.i and a.tag_ == "VBG" and not subject) or (a.dep_ in (
                    "relcl", "advcl") and any(x.lower_ in ("both", "they") for x in (*subject, *_kids(a)))):
                return True
            if a.dep_ == "relcl":
                if parties is None:
                    parties = {y.i for z in (*(x for s in self.subj(top) for x in (s, *s.conjuncts)), *partners)
                               for y in (z, *_children(z, "appos"))}
                if a.head.i in parties:
                    return True
        x = t
        while x.pos_ == "NOUN" and x.dep_ == "pobj" and x.head.dep_ == "prep" and len(holders) < 6:
            x = x.head.head  # "said in Cairo after talks with Y", "spoke in Nairobi after two days of talks with Y"
            holders.append(x)
        for h in list(holders):  # "arrived in Beijing and held talks with Y", "embraced at the airport and held
            # talks": the verb the light verb is joined to tells where
            if h.pos_ in _VERBAL and h.dep_ == "conj" and h.head.pos_ in _VERBAL:
                holders.append(h.head)
        for h in holders:  # "held talks with Y shortly after his plane landed in Kampala": there in person
            if h.pos_ in _VERBAL and (h.lemma_.lower() in w.get("arrival_verbs", ()) or any(
                    c.dep_ == "advcl" and c.lemma_.lower() in w.get("arrival_verbs", ()) for c in _kids(h))):
                return True
            if h.pos_ in _VERBAL and any(o.lemma_.lower() == "arrival" and not _children(o, "neg", "det") and all(
                    self.named_place(q) for a in _children(o, "prep") if a.lower_ in ("in", "at")
                    for q in _children(a, "pobj")) for p in _children(h, "prep")
                    if p.lower_ in ("since", "after", "upon", "on") for o in _children(p, "pobj")):
                return True  # "since his arrival in Islamabad, X has held talks with Y" (not "his arrival in office")
            if h.pos_ in _VERBAL and h.lemma_.lower() in ("leave", "depart") and not any(
                    c.lower_ in ("out", "behind", "aside") for c in _kids(h)) and any(
                    self.named_place(o) for o in _children(h, "dobj")):
                return True  # "left Kuwait City after talks with Y": there before (not "left Russia out of it")
        for h in holders + partners:
            for p in _children(h, "prep"):
                if p.lower_ == "on" and any(o.lower_ == "sidelines" for o in _children(p, "pobj")):
                    return True  # "held talks on the sidelines of the summit"
                if p.lower_ not in ("in", "at"):
                    continue
                for o in _children(p, "pobj"):
                    if p.lower_ == "at" and o.lemma_.lower() in w.get("standing_places", ()):
                        return True  # "at the airport", "at the palace": a place one stands in
                    if o.lemma_.lower() == "capital" and not _children(o, "prep"):
                        return True  # "held talks with Y in the capital"
                    if self.named_place(o):
                        return True
                    if o.lemma_.lower() in _PLACE_KINDS and any(self.named_place(q) for pp in _children(o, "prep")
                                                                if pp.lower_ == "of" for q in _children(pp, "pobj")):
                        return True  # "talks in Russia's Black Sea resort of Sochi"
        meals = w.get("meal_nouns", frozenset())
        if any(o.lemma_.lower() in meals for h in (*holders, *(_children(t, "dobj") if t.pos_ in _VERBAL else ()))
               for p in _children(h, "prep") if p.lower_ in ("over", "during") for o in _children(p, "pobj")):
            return True  # "discussed the issue over dinner": at one table
        travel = w.get("arrival_verbs", frozenset()) | w.get("travel_verbs", frozenset())
        if top is not None:
            # "Putin, who arrived in Tehran on Tuesday, held talks with Y": the subject's own journey there
            if any(r.lemma_.lower() in travel and not _to_come(r) and any(
                    self.named_place(o) for p in _children(r, "prep") if p.lower_ in ("in", "at", "to")
                    for o in _children(p, "pobj"))
                   for s in self.subj(top) for r in _children(s, "relcl")):
                return True
        # "visited Tehran, where he held talks with Y", "arrived from Uruguay, where he stressed ... during talks
        # with Y": talks in the place visited (the clause of the light verb, or of the event's "during")
        if any(h.pos_ in _VERBAL and h.dep_ == "relcl" and any(c.lower_ == "where" for c in _kids(h)) and (
                h.head.dep_ in ("dobj", "pobj") and (
                h.head.head.lemma_.lower() in travel or h.head.head.head.lemma_.lower() in travel))
               for h in holders):
            return True
        return False

    def journeys(self) -> list[tuple[str, str | None]]:
        """Who went to a state in this sentence, and the state: "X visited Podgorica", "X arrived in Damascus", "X
        flew to Moscow", "X is in Kazakhstan" (a person's, told as done or now, not to come); with None, who went back
        or left ("X returned to Beijing", "X left Moscow"): that journey is over."""
        w = self.words
        travel = w.get("arrival_verbs", frozenset()) | w.get("travel_verbs", frozenset()) | {"visit"}
        out = []
        for v in _tokens(self.doc):
            if v.pos_ in _VERBAL and v.lemma_.lower() in ("return", "leave", "depart") and not _to_come(v):
                out.extend((a.actor, None) for a in self.role(self.subj(v)) if a.type == "person")
                continue
            if v.lemma_ == "be" and self.state_of is not None and v.tag_ in ("VBZ", "VBP") and not (
                    _to_come(v) or _infinitive(v) or self.negated(v) or _children(v, "aux", "mark") or any(
                        o.lemma_.lower() in _HELD_PLACES for p in _children(v, "prep") for o in _children(p, "pobj"))):
                # "Russian President X is in neighboring Kazakhstan, where ...": a person in a state not his own, now
                # (not "was in Kabul in 2013", "if he is in Moscow", "may be in", "is in prison / exile in Russia")
                states = {f.actor for p in _children(v, "prep") if p.lower_ == "in" for o in _children(p, "pobj")
                          for f in self.tok_found[o.i] if f.type == "state"}
                if len(states) == 1:
                    state = next(iter(states))
                    out.extend((a.actor, state) for a in self.role(self.subj(v))
                               if a.type == "person" and self.state_of(a.actor) not in (None, state))
                continue
            if v.pos_ in _VERBAL and v.lemma_.lower() == "visit" and _infinitive(v) and v.dep_ in ("relcl", "acl") and (
                    v.head.dep_ == "attr" and v.head.head.lemma_ == "be" and v.head.head.tag_ in ("VBZ", "VBP")
                    and not _to_come(v.head.head) and not self.negated(v.head.head)) and any(
                    c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "second", "third", "latest")
                    for x in (v.head, *_children(v.head, "amod")) for c in (x, *_children(x, "advmod"))):
                # "X is the highest-ranking American official to visit Turkey", "is the first British leader to
                # visit Libya": X is there now (not "was the first ... to visit", a journey of the past)
                states = {f.actor for o in _children(v, "dobj") for f in self.tok_found[o.i] if f.type == "state"}
                if len(states) == 1:
                    out.extend((a.actor, next(iter(states))) for a in self.role(self.subj(v.head.head))
                               if a.type == "person")
                continue
            if v.pos_ not in _VERBAL or v.lemma_.lower() not in travel or _to_come(v) or _infinitive(v) or (
                    self.negated(v)):
                continue
            places = _children(v, "dobj") if v.lemma_.lower() == "visit" else [
                o for p in _children(v, "prep") if p.lower_ in ("in", "to", "at") for o in _children(p, "pobj")]
            states = {f.actor for o in places for f in self.tok_found[o.i] if f.type == "state"}
            if len(states) == 1:
                out.extend((a.actor, next(iter(states))) for a in self.role(self.subj(v)) if a.type == "person")
        return out

    def demanded_acts(self, t) -> list:
        """The verbs of the acts a verb of asking demands: "urged Y to stop", "demanded that Y withdraw"."""
        acts = [c for c in _kids(t) if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in _VERBAL or (
            t.pos_ == "NOUN" and c.pos_ in _VERBAL and (c.dep_ == "acl" and _infinitive(c) or _that_clause(c)))]
        # (and the infinitive or "that" clause a noun of asking takes: "an appeal to Y to stop", "demands that Y do
        # more")
        acts += _noun_acts(t, self.words)  # "demanded the LRA disarm", read as a noun "the LRA disarm"
        acts += [c for p in _children(t, "prep") for o in _children(p, "pobj") for c in _kids(o)
                 if c.dep_ in ("acl", "relcl") and c.pos_ in _VERBAL]  # "called on Y to stop": on the object
        acts += [x for c in acts if c.lemma_.lower() in ("begin", "start", "complete", "finish")
                 for x in _children(c, "xcomp")]  # "told Y to begin withdrawing": the act begun
        return acts

    def demanded_lemmas(self, t) -> set[str]:
        """The act a verb of asking demands, and its negation: "urged Y to stop", "demanded that Y not send";
        not a word further down ("urged Y to act swiftly to help bring an end to the violence")."""
        acts = self.demanded_acts(t)
        ceasing = self.words.get("ceasing_acts", frozenset())
        acts = [c for c in acts if not (c.lemma_.lower() in ceasing and _children(c, "neg"))  # "urged Y not to
                and not _bare_particle_verb(c)]  # abandon Z", "not to withdraw": asked to go on, no fault found;
        # "to stand together", "to step up its efforts": no stepping down
        return {w for c in acts for x in (c, *(n for n in _kids(c) if n.dep_ == "neg"))
                for w in (x.lemma_.lower(), x.lower_)} | {  # a phrasal verb whole: "urged Y to step down"
            f"{c.lemma_.lower()} {p.lower_}" for c in acts for p in _kids(c) if p.dep_ == "prt" or (
                p.dep_ == "advmod" and p.lower_ in ("aside", "down")) or (  # ("step aside": an adverb to the parser)
                p.dep_ == "dobj" and p.lower_ in ("more", "office", "power", "country", "territory", "territories"))}
        # ("urged Y to do more": Y does too little; "to leave office", "to leave the country": to go)

    def complement_lemmas(self, t) -> set[str]:
        """The words of what a verb of describing says of its object: its object and complements and an "as"
        phrase ("called Y a bully", "described the move as childish"), not an adverbial ("a meeting called by Y
        under provisions for members under threat")."""
        parts = [c for c in _kids(t) if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "acomp", "attr", "dative")
                 or c.dep_ == "prep" and c.lower_ in ("as", "to", "with")]
        if t.dep_ in ("acl", "relcl") and _is_passive(t):
            parts.append(t.head)  # "the move, described as childish": the noun it describes is its object
        out = {w for c in parts for x in c.subtree for w in (x.lemma_.lower(), x.lower_) if not (
            t.dep_ in ("acl", "relcl") and c.i == t.head.i and x.i >= t.i)}
        if "of" in out:  # "called the raid an act of war": the act with what it is an act of
            out |= {f"{x.lemma_.lower()} of {o.lemma_.lower()}" for c in parts for x in c.subtree
                    for p in _children(x, "prep") if p.lower_ == "of" for o in _children(p, "pobj")}
        return out

    def cue_lemmas(self, t, scope: str) -> set[str]:
        """The words where a frame's cue is looked for (its `cue_scope`)."""
        if scope == "complement":
            return self.complement_lemmas(t)
        if scope == "demand":
            return self.demanded_lemmas(t)
        if scope == "particle":  # the verb's own particle or preposition ("drove Y out of", "pushed Y back"), not one
            # of another phrase ("pushed Y to sign ... out of concern")
            parts = [c for c in _kids(t) if c.dep_ in ("prt", "prep", "advmod")]
            return {c.lower_ for c in parts} | {f"{c.lower_} {p.lower_}" for c in parts for p in _kids(c)
                                                if p.dep_ == "prep" and p.lower_ in ("of", "from")}  # ("out of")
        if scope == "medium":  # the means the verb's own "by/over/via/in" phrase names ("told Y by telephone"),
            # not a word of what is told ("told Y that he would phone Z")
            # (and a phrase opening the sentence before the first of joined verbs: "In a phone call, X expressed
            # concern and urged Y to ...")
            first = t.head if t.dep_ == "conj" and t.head.pos_ in _VERBAL and t.head.i < t.i else None
            preps = [*_children(t, "prep"), *(p for p in _children(first, "prep") if p.i < first.i)] if (
                first is not None) else _children(t, "prep")
            return {w for p in preps if p.lower_ in ("by", "over", "via", "in", "on")
                    for o in _children(p, "pobj") for x in (o, *_children(o, "compound", "amod"))
                    for w in (x.lemma_.lower(), x.lower_)}  # (not "pressed Y over the tapping of her phone")
        if scope == "means":  # how the verb's act was done: its manner ("met virtually"), the means its own
            # "by/via/through" phrase names ("met by video link"), "over/on the phone", and the kind of the occasion
            # it was done at or in ("At a virtual meeting today, X met with Y", "in a videoconference"); not a topic
            # ("met over phone tapping", "on online safety") nor a thing ("in a video released by Y")
            out = {c.lower_ for c in _kids(t) if c.dep_ == "advmod"}
            for p in _children(t, "prep"):
                for o in _children(p, "pobj"):
                    kind = _children(o, "compound", "amod")
                    if p.lower_ in ("by", "via", "through") or o.lemma_.lower() in _OCCASION_NOUNS and (
                            p.lower_ in _MEANS_PREPS) or p.lower_ in ("over", "on") and not kind and not _children(
                                o, "prep") and o.lemma_.lower() in ("phone", "telephone", "line"):
                        out |= {w for x in (o, *kind) for w in (x.lemma_.lower(), x.lower_)}
            return out
        if scope == "occasion":  # the event the verb's own "during", "at" or "in" phrase names as its occasion
            # ("During talks in Tashkent, X thanked Y"), one with no party of its own ("during talks with Z", "at a
            # meeting between A and B", "during Z's visit", "a visit by Z": theirs) nor a medium ("in a letter");
            # "in_person" for talks told as held at a place
            out = set()
            for o in (o for p in _children(t, "prep") if p.lower_ in ("during", "at", "in")
                      for o in _children(p, "pobj")):
                if self.prep(o, "with") or self.prep(o, "between") or self.prep(o, "by") or any(
                        p.lower_ == "for" for p in _children(o, "prep")) or any(
                        c.dep_ == "poss" and c.pos_ != "PRON" for c in _kids(o)):
                    continue
                # (and by its medium: "during a phone conversation", or "the conversation" of a call's readout)
                out |= {o.lemma_.lower(), o.lower_,
                        *(f"{c.lower_} {o.lemma_.lower()}" for c in _children(o, "compound"))}
                if self.call_readout and o.lemma_.lower() == "conversation":
                    out.add("phone conversation")
                if o.lemma_.lower() in self.words.get("talk_nouns", ()) and self.held_at_place(o):
                    out.add("in_person")
            return out
        if scope == "warned":  # what the warned clause says its subject would do, not its condition ("would strike
            # back if Y fired", not "could collapse if Y withdraws")
            def own(x):
                yield x
                for c in _kids(x):
                    if c.dep_ not in ("advcl", "mark", "nsubj", "nsubjpass"):
                        yield from own(c)
            return {w for c in _kids(t) if c.dep_ in ("ccomp", "xcomp") for x in own(c)
                    for w in (x.lemma_.lower(), x.lower_)}
        if scope == "place":  # the "in"/"at" phrases of the verb, its object and its "with" phrase that name a place,
            # not a time ("signed it in Asmara", not "in August 2009")
            heads = [t, *_children(t, "dobj", "npadvmod"), *(o for p in _children(t, "prep") if p.lower_ == "with"
                                                              for o in _children(p, "pobj"))]  # ("Today in Dayton")
            if any(c.lower_ in ("separately", "respectively", "virtually", "remotely") for c in _kids(t)):
                return set()
            return {p.lower_ for h in heads for p in _children(h, "prep") for o in _children(p, "pobj")
                    if (o.ent_type_ in ("GPE", "LOC", "FAC") or self.tok_found[o.i] or o.lemma_.lower() in _VENUES
                        or o.pos_ == "PROPN" and o.lower_ not in _NOT_PLACES and o.ent_type_ != "DATE")
                    and not any(c.lower_ in ("respective", "virtual", "separate", "own") for c in _kids(o))}
        if scope == "object_phrase":  # the lemmas of the objects' own phrases, not into a clause ("stressed Y's
            # responsibility for the brutal attack"; not "noted US and Saudi shared commitment to countering Iran's
            # destabilizing activities": the judged acts are in a clause of their own, not the commitment's)
            out, todo = set(), list(self.obj(t))
            while todo:
                x = todo.pop()
                out.add(x.lemma_.lower())
                todo.extend(c for c in _kids(x) if c.pos_ not in _VERBAL)
            return out
        if scope == "object":  # the verb's object, its modifiers and what a clause of pledging on it says ("signed
            # a defense pact", "a pact pledging mutual military assistance", "a treaty that includes a mutual defence
            # clause"), not the rest of the clause ("signed a trade pact at the defense ministry's request"), nor a
            # clause of limiting ("a treaty limiting military forces"); "mutual_aid" for "mutual security" or "mutual
            # assistance"; a negated pledge's "not" (read as a not_cue)
            out = set()
            for o in _children(t, "dobj"):
                pledged = [y for a in _children(o, "acl", "relcl") if a.lemma_.lower() in _PLEDGING for y in a.subtree]
                # (the object itself, and what a noun of number or kind counts: "a series of vitriolic comments")
                kinds = [y for p in _children(o, "prep") if p.lower_ == "of" and o.lemma_.lower() in _COUNTING
                         for n in _children(p, "pobj") for y in (n, *(z for m in _children(
                             n, "amod", "compound", "nmod") for z in m.subtree))]
                for x in (o, *(y for m in _children(o, "amod", "compound", "nmod") for y in m.subtree), *pledged,
                          *kinds):
                    out |= {x.lemma_.lower(), x.lower_}
                if "mutual" in out and out & {"security", "assistance", "aid"}:
                    out.add("mutual_aid")
            return out
        if scope == "blamed_for":  # what the blame is laid for: the "for" object ("blamed Y for the kidnappings"),
            # a gerund's object there ("for conducting the airstrike") or the thing blamed on Y ("blamed the murder
            # on Y"), with their modifiers and what a noun of number counts ("a series of kidnappings"); not a phrase
            # of time or place ("for the collapse of the talks after the attack")
            # (and the gerund itself: "blames Y of attacking and kidnapping tourists")
            laid = [p for h in (t, *_children(t, "dobj")) for p in _children(h, "prep") if p.lower_ in ("for", "of")]
            heads = [*_children(t, "dobj"), *(o for p in laid for o in _children(p, "pobj")), *(
                x for p in laid for g in _children(p, "pcomp") for x in (g, *_children(g, "dobj")))]
            heads += [n for h in heads if h.lemma_.lower() in _COUNTING for p in _children(h, "prep")
                      if p.lower_ == "of" for n in _children(p, "pobj")]
            return {w for h in heads for x in (h, *_children(h, "amod", "compound"), *(
                c for h2 in _children(h, "conj") for c in (h2, *_children(h2, "amod", "compound"))))
                    for w in (x.lemma_.lower(), x.lower_)}
        if scope == "purpose":  # what an infinitive of helping says it is for ("deployed troops to Y to help the
            # government fight ..."), and "request" or "invitation" for a phrase "at the request of" (not the rest of
            # the clause: "deployed troops to Y to topple the government", "The Israeli government deployed troops")
            helped = [h for c in _children(t, "advcl", "xcomp") if c.lemma_.lower() in _HELPING and _infinitive(c)
                      for h in (_children(c, "dobj") or [n for x in _children(c, "ccomp", "xcomp")
                                                          for n in _children(x, "nsubj")])]  # ("help the government
            # fight the rebels": the government)
            out = {w for h in helped for x in h.subtree for w in (x.lemma_.lower(), x.lower_)}
            return out | {p.lemma_.lower() for x in _children(t, "prep") if x.lower_ in ("at", "on", "upon")
                          for p in _children(x, "pobj") if p.lemma_.lower() in ("request", "invitation")}
        if scope == "named_as":  # "designated Y a terrorist group", "lists Y as a state sponsor of terrorism": the name
            # given, its modifiers and its "of" phrase (not a phrase further on: "as its partner in the fight on
            # terror")
            names = [c for c in _kids(t) if c.dep_ in ("oprd", "attr") or c.dep_ == "dobj" and not self.tok_found[
                c.i]] + [o for p in _children(t, "prep") if p.lower_ == "as" for o in _children(p, "pobj")]
            words = [*names, *(m for n in names for m in _children(n, "amod", "compound", "nmod")),
                     *(o for n in names if n.lemma_.lower() in ("sponsor", "supporter", "financier")
                       for p in _children(n, "prep") if p.lower_ == "of" for o in _children(p, "pobj"))]
            return {w for x in words if not _hyphened(x).startswith(("counter-", "anti-"))
                    for w in (x.lemma_.lower(), x.lower_)}  # (not "a counter-terrorism partner", "a victim of
            # terrorism")
        if scope == "infinitive":  # "called Y on Friday to congratulate him": the verbs of its own "to" infinitives,
            # a particle joined ("pass_along"); none for a verb that names its object ("called Y a killer to ...")
            if _children(t, "oprd", "attr"):
                return set()
            verbs = [x for c in _kids(t) if c.dep_ in ("advcl", "xcomp") and _infinitive(c)
                     for x in (c, *_children(c, "conj"))]
            if any(x.lemma_.lower() in self.words.get("demanded_acts", ()) for x in verbs):
                return set()  # "called Y to stop the offensive and to discuss a truce": a demand, no call
            return {w for x in verbs for w in (x.lemma_.lower(), x.lower_)} | {
                f"{x.lemma_.lower()}_{p.lower_}" for x in verbs for p in _children(x, "prt")}
        if scope == "time":  # "called Y today / on Monday / last night": the day the verb's own words give it, with
            # the words that name the day; none for a verb that names its object ("called Y a liar today", "called Y
            # 'a thug' today", "called Donald Trump Dotard"), asks of it ("called Y to testify on Monday"), summons it
            # ("called Y to the White House") or calls it out ("called Y out", "called Y on his lies")
            objs = _children(t, "dobj")
            ons = [o for p in _children(t, "prep") if p.lower_ == "on" for o in _children(p, "pobj")]
            if not objs or _children(t, "oprd", "attr", "xcomp", "ccomp", "prt", "dative"):
                return set()
            if any(c.dep_ == "prep" and (c.lower_ in ("for", "to", "into", "before", "as") or c.lower_ == "on" and (
                    c.i == t.i + 1)) or c.lower_ in ("out", "off", "up") for c in _kids(t)):
                return set()
            if any(o.lower_ not in _WEEKDAYS for o in ons) or any(  # ("on his lies"; a name the finder did not
                    # find, "Donald Trump Dotard"; a name in quotes after the object)
                    not self.tok_found[o.i] or o.right_edge.i + 1 < len(t.doc) and (
                        t.doc[o.right_edge.i + 1].is_quote) for o in objs):
                return set()
            days = [c for c in _kids(t) if c.dep_ in ("npadvmod", "advmod")] + ons
            return {w for x in days for w in (x.lower_, *(c.lower_ for c in _children(x, "amod", "det")))}
        if scope == "condition":  # "will punish Y if it attacks", "If Y attacks, X will punish it": the "if" or
            # "unless" of a clause on the trigger (not the trigger's own "if": "unclear if X will punish Y", "asked if
            # X would punish Y"; nor "as if")
            return {m.lower_ for c in _kids(t) if c.dep_ == "advcl" for m in _kids(c)
                    if m.dep_ == "mark" and m.lower_ in ("if", "unless") and not (
                        m.i > 0 and m.doc[m.i - 1].lower_ == "as")}
        if scope == "tense":  # "present" when the verb tells a state of now ("heads Y", "is led by X", "Y, headed by
            # X"), not a past one ("headed Y until 2010")
            auxes = {a.lower_ for a in _kids(t) if a.dep_ in ("aux", "auxpass")}
            now = t.tag_ in ("VBZ", "VBP") and not auxes or t.tag_ in ("VBN", "VBG") and (
                auxes and auxes <= {"is", "are", "'s", "'re"} or not auxes and t.dep_ == "acl")
            return {"present"} if now else set()
        if scope == "sentence":
            return {x.lemma_.lower() for x in t.sent} | {x.lower_ for x in t.sent}
        if scope == "chain":
            return {x.lemma_.lower() for x in self.clause_chain(t)}
        if scope in ("modifiers", "held", "determined"):  # ("held": and the verb it is the subject or object of,
            # "sanctions should be lifted", "explore other options"; "determined": and its determiners)
            verb = [t.head] if scope == "held" and t.dep_ in ("nsubj", "nsubjpass", "dobj") else []
            mods = [*_children(t, "amod", "compound", "nmod", *(("det",) if scope == "determined" else ())),
                    *_compound_modifiers(t), *(o for p in _children(t, "prep") if p.lower_ == "of"  # ("war of words")
                                               for o in _children(p, "pobj") if o.lower_ == "words")]
            return {w for c in (*mods, *verb) for w in (c.lemma_.lower(), c.lower_)}
        if scope == "event":  # the event noun's own phrase and the medium its light verb names ("held talks by
            # phone"), not another event of the clause ("held talks with Y after a phone call with Z")
            own = [*t.subtree, *(x for p in _children(t.head, "prep") if t.dep_ == "dobj" and p.lower_ in (
                "by", "over", "via", "on") for x in p.subtree)]
            return {w for x in own for w in (x.lemma_.lower(), x.lower_)}
        if scope == "recognized":  # the clause's words, but "continue" and "still" only as they hold to the
            # recognition itself ("continue to recognize X as leader", "still recognizes Y as president"), not to
            # another verb of the clause ("recognized Kim as a tough leader, but said sanctions will continue")
            out = self.clause_lemmas(t) - {"continue", "still"}
            if t.dep_ == "xcomp" and t.head.lemma_.lower() == "continue":
                out.add("continue")
            if any(c.dep_ == "advmod" and c.lower_ == "still" for c in _kids(t)):
                out.add("still")
            return out
        if scope == "not_topic":  # the clause less what the verb's object says is talked about ("discussed calls for a
            # truce", "discussed phone tapping"), but with a medium the parser hung on the object ("discussed the
            # situation by telephone")
            objs = _children(t, "dobj")
            medium = {x.i for o in objs for p in o.subtree if p.dep_ == "prep" and p.lower_ in (
                "by", "via", "during", "through") and _names_medium(p) for x in p.subtree}
            # (the medium is what the phrase names: "during a telephone conversation", "over the phone"; not "the row
            # over phone tapping", "limits on phone surveillance")
            topic = ({x.i for o in objs for x in o.subtree} | {  # ... and the verb's own phrase of a topic ("talked
                # about phone tapping", "discussed it over phone tapping")
                x.i for p in _children(t, "prep") if p.lower_ in ("about", "regarding", "concerning") or p.lower_ in (
                    "over", "on") and not _names_medium(p) for x in p.subtree}
                     ) - medium
            top = self.clause_chain(t)[-1]
            return {w for x in top.subtree if x.i not in topic for w in (x.lemma_.lower(), x.lower_)}
        return self.clause_lemmas(t)

    def clause_lemmas(self, t) -> set[str]:
        top = self.clause_chain(t)[-1]
        return {x.lemma_.lower() for x in top.subtree} | {x.lower_ for x in top.subtree}


# the times that make a present progressive tell what is to come: "is meeting Y on Friday (morning)", "later this week"
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAYS = frozenset(_DAYS.split("|"))
_COMING = re.compile(rf"(?:on )?(?:{_DAYS}|tomorrow)(?: morning| afternoon| evening| night)?$"
                     rf"|next (?:week|month|year|weekend|{_DAYS})$|later this (?:week|month|year)$")
_AHEAD = re.compile(rf"(?:next|later this) (?:week|month|year|weekend|{_DAYS})$|tomorrow$")  # (no bare weekday)
# ", naval Commodore " before the name in apposition: title and rank words only (not ", said ousted President ", ",
# not President ", ", whom ")
_APPOSED_TITLE = re.compile(r", (?:(?:[A-Z][A-Za-z.-]*|army|naval|navy|air|force|military|police|junta|renegade|"
                            r"former|retired|spy|intelligence|chief|presidential|guard|special|forces|commander|"
                            r"colonel|general|captain|lieutenant|major|sergeant) ){0,4}")
# a sentence opened by a subordinate clause, where "the coup leader, X," may be the clause's object and X the main
# subject ("After meeting the coup leader, Senegalese President X said ...")
_SUBORDINATE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)[\"“]?(?:After|Before|While|When|Since|Following|Upon|"
                                  r"Despite|Having|As|Once|Until)\b[^.!?\n]*$")
# a preposition the noun is the object of ("Under the coup leader, President X was detained": no apposition)
_OBJECT_OF_PREP = re.compile(r"\b(?:[Uu]nder|[Bb]y|[Oo]f|[Ww]ith|[Aa]gainst|[Ff]rom|[Tt]o|[Ff]or|[Ll]ike)\s+"
                             r"(?:the\s+)?$")
_NOUN_OF_PEOPLE_AFTER = re.compile(r" (?:leaders?|plotters?|makers?|members?|officials?|suspects?)\b")
_DAY_WORDS = frozenset(_DAYS.split("|")) | {"yesterday", "today"}  # "Wednesday's coup", "yesterday's vote"
_SCHEDULED = re.compile(rf"(?:on |later )?(?:(?:this|next|later this) )?(?:{_DAYS}|week|month|year|weekend)$"
                        r"|(?:this|next) (?:week|month|year)$"
                        r"|later (?:today|tonight|this (?:morning|afternoon|evening))$")
# the verbs of a journey, which the present tense with "after" or "before" tells as its plan (not "meets": "X meets
# Y after arriving in Seoul" is as often the day's own news)
_ITINERARY = frozenset({"visit", "travel", "fly", "head", "stop", "continue", "proceed"})  # (not "goes to war",
# "moves into Syria": an attack)
# a subject's own acts, which "threatens Y's security with" names as the danger's cause ("with its annexation")
_CAUSE_NOUNS = frozenset({"annexation", "occupation", "policy", "action", "behavior", "behaviour", "move", "decision",
                          "conduct", "activity", "presence", "program", "programme", "intervention", "involvement",
                          "interference", "expansion", "plan", "aggression"})
# participles of backing on a group in apposition ("Hezbollah, a group backed by Iran")
_BACKING_PARTICIPLES = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "train", "equip"})
# where one is held rather than visiting ("is in prison in Russia", "is in exile in France")
_HELD_PLACES = frozenset({"prison", "jail", "exile", "custody", "detention", "asylum", "hiding", "captivity"})
# the objects of a verb an event noun is the subject of that leave its "between" to the event: a toll or a place
# ("Fighting has claimed hundreds of lives between A and B", "has taken place between")
_TOLL_NOUNS = frozenset({"place", "life", "toll", "hold", "people", "civilian", "hundred", "dozen", "thousand",
                         "soldier", "casualty", "death"})
# harms one is held responsible for as a charge ("held Y responsible for every death"; with the event nouns)
_DEATHS = frozenset({"death", "killing", "murder", "loss", "bloodshed", "casualty", "massacre", "atrocity"})
_CRIMES = frozenset({"crime", "abuse", "genocide", "torture"})  # ("held accountable for its war crimes")
_KILLING = frozenset({"murder", "kill", "assassinate", "poison"})  # ("for its attempt to murder Z")
_NOT_YET = frozenset({"any", "future", "further", "potential", "possible", "new"})  # ("for any war crimes")
# what a phrase names when it tells the medium of talks ("by telephone", "during a video conference", "over the phone")
_MEDIUM_NOUNS = frozenset({"phone", "telephone", "call", "conversation", "videoconference", "video", "conference",
                           "link", "line", "telephony"})
# what one assures another of as one's own ("assured Y of continued support"; not "of a meeting with Z", promised)
_ASSURED_NOUNS = frozenset({"support", "backing", "solidarity", "assistance", "aid", "help"})
# adjectives that say whose a thing is without naming an actor ("international support")
_WHOSE_ADJECTIVES = frozenset({"international", "western", "foreign", "outside", "regional", "global", "allied",
                               "european", "arab", "african", "asian"})
_LEAVING = frozenset({"return", "leave", "go", "depart"})  # "before returning to Washington", "after leaving Seoul"
_STOPS = _ITINERARY | _LEAVING  # a stop of a journey after or before another ("visits Mexico before returning")
_TALKS_FOR = _ITINERARY | {"meet"}  # what talks are "for" ("travels to Tbilisi for talks", "are meeting for talks")


# words that make the name before them a place's ("the Bab Amr neighbourhood", "Helmand province")
_AREA_WORDS = frozenset({"neighbourhood", "neighborhood", "district", "province", "region", "village", "town", "city",
                         "quarter", "suburb", "county", "valley", "municipality", "governorate", "prefecture",
                         "township", "camp", "square", "street"})
_AREA_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_AREA_WORDS)) + r")\b", re.IGNORECASE)
# ... and that end a place's name (not "region" or "province": "the Kurdistan Region", "Islamic State Sinai Province")
_AREA_ENDS = _AREA_WORDS - {"region", "province", "governorate", "municipality", "prefecture", "valley"}
_AREA_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_AREA_WORDS)) + r") of (?:the )?\Z", re.IGNORECASE)
# words that end a building's or a site's name ("Bien Hoa Air Base", "Sheremetyevo Airport"): a place, no actor
# (the recogniser may take a site for a person; these words end no person's name, unlike "Bridge" or "Plant")
_SITE_ONLY_ENDS = frozenset({"base", "airbase", "airport", "airfield", "hospital", "stadium", "mosque", "cathedral",
                             "hotel", "museum", "cemetery", "refinery"})
_SITE_ENDS = _SITE_ONLY_ENDS | {"bridge", "dam", "harbor", "harbour", "plant"}
# honorifics the recogniser reads into a person's name; the name is what follows
_HONORIFIC_WORDS = frozenset((*"Mr Mrs Ms Dr Prof Mullah Mulla Mollah Sheikh Shaikh Sheik Haji Hajji Maulana Mawlana "
                               "Imam Mufti Sir Dame Madame Monsieur Senor Señor Comrade Rev Reverend Father".split(),
                              *STYLES))


def _courtesy_call(act, words: dict) -> bool:
    """The act a call or a meeting is made for, done on it by the caller: "called Y to offer condolences" (where
    "called Y to step down" asks it of Y)."""
    return act.dep_ == "xcomp" and act.head.lemma_.lower() in words.get("contact_verbs", ()) and (
        act.lemma_.lower() in words.get("courtesy_acts", ()))


def _from_now(o) -> bool:
    """A span of time counted from now: "(in) two weeks", "the coming days", "the next few months"; not "the past two
    weeks" or "two weeks of talks"."""
    if o.lemma_.lower() not in _TIME_NOUNS or _children(o, "prep"):
        return False
    mods = {c.lower_ for c in _kids(o)}
    if mods & {"past", "last", "first", "previous", "recent", "same"}:
        return False
    return bool(_children(o, "nummod") or mods & {"coming", "next", "few", "several"})


def _own_clause(v):
    """The words of verb `v`'s own clause: its subtree less the clauses hung on it ("sent troops after Y helped
    rebels who attacked": not "rebels")."""
    stack = [v]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in _kids(t) if c.dep_ not in _SUBCLAUSES and not (
            c.dep_ == "conj" and c.pos_ in _VERBAL))


_SUBCLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "parataxis"})


def _before_name(word: str) -> bool:
    """An honorific or a military rank, which goes before a name and is no part of it ("Mullah", "Commodore")."""
    return word.rstrip(".") in _HONORIFIC_WORDS or bool(RANKS.match(word + " "))


def _condition_subjects(v, marks: tuple[str, ...]) -> list:
    """The subjects of the clauses on verb `v` that a condition word opens: "if Y crossed the border"; or that an
    inverted "should" opens as "if" would ("Should Y attack Israel, ...")."""
    return [x for c in _children(v, "advcl") if any(m.dep_ == "mark" and m.lower_ in marks for m in _kids(c)) or (
        "if" in marks and any(a.lower_ == "should" and a.i < min(n.i for n in (c, *_children(c, "nsubj")))
                              for a in _children(c, "aux")))
            for x in _children(c, "nsubj")]


# words that bear a charge out: its act is told as done ("the charge that Y armed Z was confirmed")
_BORNE_OUT = frozenset({"confirm", "support", "back", "prove", "verify", "corroborate", "accept", "endorse",
                        "undisputed", "true", "correct", "substantiate", "uphold", "share", "echo"})


_HOSTING = frozenset({"host", "sponsor", "broker", "mediate", "facilitate", "organize", "organise", "convene"})


def _their_own(t) -> bool:
    """The noun is "their" own, or their nations' or countries' ("their alliance", "their nations' alliance")."""
    if any(c.lower_ == "respective" for c in _kids(t)):  # "their respective alliances": each its own
        return False
    for p in _children(t, "poss"):
        if p.lower_ == "their" or p.lemma_.lower() in ("nation", "country", "state", "government") and any(
                c.lower_ == "their" for c in _children(p, "poss")):
            return True
    return False


# participles whose agent does not do the act the noun names: a go-between, one who meets, judges or reports it
_NOT_DOING = _HOSTING | frozenset({"negotiate", "face", "suffer", "feel", "endure", "experience", "report", "reject",
                                   "veto", "oppose", "condemn", "criticize", "criticise", "denounce", "deny", "dismiss",
                                   "block", "resist", "fear", "witness", "see", "note", "describe", "document"})


def _hosted_between(t) -> bool:
    """Talks a third party hosts or brokers: "China hosted talks between A and B", "Malaysia-hosted talks"."""
    return t.dep_ == "dobj" and t.head.lemma_.lower() in _HOSTING or any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _HOSTING for c in _kids(t))


def _building(c, words) -> bool:
    """A compound that names a building where talks are held: "Kremlin", "Oval Office", "White House"."""
    return " ".join(x.lower_ for x in c.subtree) in words.get("building_names", ())


def _in_person_talks(t) -> bool:
    """Talks held by a verb joined to one that tells the holder there in person: "made a visit to Kyiv and held talks
    with Y", "met X in Tehran and also held talks there with Y" (not "indirect talks", talks "through" others, nor
    talks a clause apart: "met X, who has held talks with Y", "met X after holding talks with Y")."""
    if t.dep_ != "dobj" or any(c.lower_ in ("indirect", "proximity", "virtual") for c in _kids(t)):
        return False
    v = t.head
    if any(p.lower_ in ("through", "via", "by") for p in _children(v, "prep")):
        return False
    joined = [v.head] if v.dep_ == "conj" else []
    joined += [c for c in _kids(v) if c.dep_ == "conj"]
    return any(j.pos_ in _VERBAL and not _children(j, "neg") and (j.lemma_.lower() in (
        "meet", "visit", "arrive", "travel", "fly") or any(
        o.lemma_.lower() in ("visit", "trip", "tour", "stop") for o in _children(j, "dobj"))) for j in joined)


# a noun's places (one the tagger took for a verb: "rejects accusations that ...")
_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


def _crime_in(v, crimes) -> bool:
    """The verb's "in" phrase names a crime, or an act of one: "engaged in espionage", "took part in acts of terrorism"
    (not "involved in the investigation of the massacre")."""
    objects = [o for p in _children(v, "prep") if p.lower_ == "in" for o in _children(p, "pobj")]
    acts_of = [y for o in objects if o.lemma_.lower() in ("act", "acts")
               for q in _children(o, "prep") if q.lower_ == "of" for y in _children(q, "pobj")]
    return any(x.lemma_.lower() in crimes for x in objects + acts_of)


def _own_object(tok, topic) -> bool:
    """The act (the word, or the object of the verb) names what it is about in a phrase of its own, beside a topic
    opening: "voiced its condemnation of the attacks"."""
    return any(c.dep_ == "prep" and c.i != topic.i and c.lower_ in ("of", "for", "against", "over", "on", "at")
               for x in (tok, *_children(tok, "dobj")) for c in _kids(x))


_APPEAL_PREPS = ("for", "from", "to", "on", "with")  # "a call for sanctions", "a call from Y", "a call on Y to ..."


def _call_noun_in(sent) -> bool:
    """The sentence tells of a call as a noun that is no one else's call and no appeal: "In a statement summarizing the
    call, ..." (not "called for calm", "took a call from Y", "a call for sanctions", "a video released")."""
    return any(x.pos_ == "NOUN" and x.lemma_.lower() in ("call", "phone", "telephone", "videoconference",
                                                        "teleconference") and not any(
        c.dep_ == "prep" and c.lower_ in _APPEAL_PREPS for c in _kids(x)) for x in sent)


def _the_call_in(sent, verb) -> bool:
    """The sentence names a call told before, by the call's own noun, not what `verb` has for its topic: "In a statement
    summarizing the call", "during their call" (not "discussed calls by rights groups for ...", "discussed the call
    from Y for more tanks", "a call for restraint")."""
    return any(x.tag_ == "NN" and x.lemma_.lower() == "call" and x.head.i != verb.i and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in _kids(x)) and not any(
        c.dep_ == "prep" and c.lower_ in (*_APPEAL_PREPS, "by") for c in _kids(x)) for x in sent)


def _topic_opening(p) -> bool:
    """A preposition of topic that opens the sentence, its phrase closed by a comma: "On Ukraine, the Secretary
    reiterated ...", "Regarding Iran, ..." names what the sentence turns to, not a target."""
    if p.lower_ not in ("on", "regarding", "concerning", "about", "as") or p.i != p.sent.start:
        return False
    end = p.right_edge.i + 1
    return end < p.sent.end and p.doc[end].text == ","


def _charged_in(t, nouns) -> bool:
    """The word is in the "that" clause of a charge ("the accusation that Y armed Z", "rejected the charge that ..."):
    the act is what is charged, not told as done."""
    x = t
    for _ in range(6):
        if x.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in _kids(x)):
            h = x.head
            noun = h if (h.pos_ == "NOUN" or h.dep_ in _NOUN_DEPS) and h.dep_ != "ROOT" and (
                h.lemma_.lower() in nouns) else next((
                o for o in _children(h, "dobj") if o.lemma_.lower() in nouns), None) if h.pos_ in _VERBAL else None
            # (not "state media reports that ...", nor a charge borne out: "the charge that Y armed Z was confirmed",
            # "the claim that Y invaded Z is undisputed", "supported the claim that ...")
            return noun is not None and not any(w.lemma_.lower() in _BORNE_OUT for w in (
                noun.head, *_kids(noun.head), *_kids(noun)))
        if x.dep_ not in ("conj", "xcomp", "dobj", "pobj", "prep", "advcl", "acl", "relcl", "compound", "amod"):
            return False
        x = x.head
    return False


def _conditioned(t) -> bool:
    """The verb's act waits on a condition or a time to come: "to support Y if China attacks", "should China
    attack", "in the event of an invasion", "next year"."""
    for c in _kids(t):
        if c.dep_ in ("advcl", "ccomp") and (any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "when")
                                                 for m in _kids(c)) or any(
                a.lower_ == "should" and a.i < min(n.i for n in (c, *_children(c, "nsubj"))) for a in
                _children(c, "aux"))):  # ("should China attack": inverted, before the subject)
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "event" for o in _children(c, "pobj")):
            return True
        if c.dep_ in ("npadvmod", "prep") and any(x.lower_ in ("next", "coming", "future") for x in c.subtree):
            return True
    return False


def _our_friends(noun) -> bool:
    """ "our Iraqi partners", "our Israeli allies" in a government's words: their demonym names the state (not "Y's
    partners", nor "its Syrian allies", as likely a patron's proxies); allies only as the object of an act ("the
    United States and our Israeli allies agreed" tells the alliance: support.ally_noun)."""
    lemma = noun.lemma_.lower()
    return lemma in ("partner", "ally") and any(x.lower_ == "our" for x in _children(noun, "poss")) and (
        lemma == "partner" or noun.dep_ in ("pobj", "dobj", "dative"))


def _talks_with_after_place(verb, w) -> bool:
    """The "with" the parser hung on the place of `verb` names whom the verb's talks were with: "opened talks in the
    Kremlin with Y", "met at the White House with Y" (not "spoke at the White House with Y at his side / in the
    audience": who was there; nor a verb with a "with" of its own)."""
    if any(o.lemma_.lower() in _EVENT_TALKS for o in _children(verb, "dobj")):
        return True
    return verb.lemma_.lower() in ("meet", "talk", "speak", "confer") and not any(
        p.lower_ == "with" for p in _children(verb, "prep")) and not any(
        p.lower_ in ("in", "at", "by", "beside", "on") for o in (verb, *_children(w, "pobj"))
        for p in _children(o, "prep") if p.i > w.i)


def _inverted_should(v) -> bool:
    """The verb's "should" stands before its subject: "should it invade Y" opens a condition, as "if" does."""
    return any(a.lower_ == "should" and a.i < n.i for a in _children(v, "aux") for n in _children(v, "nsubj"))


def _in_condition(t) -> bool:
    """The word is inside the clause an "if" opens ("if it sold weapons"), not in one a condition governs."""
    x = t
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in _kids(x)):
            return True
        if x.dep_ == "advcl" and _inverted_should(x):
            return True  # "should it invade Y": inverted, a condition
        if x.dep_ in ("advcl", "ccomp", "ROOT", "relcl") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _in_main_clause(t) -> bool:
    """The word is in no relative, adverbial or adjectival clause ("after meeting Y", "who called Y")."""
    return not any(x.dep_ in ("relcl", "advcl", "acl") for x in (t, *t.ancestors))


def _talks_held_now(t) -> bool:
    """Talks the main clause holds ("He later held talks with Y"), not told of as held before ("he said he had held
    talks with Y")."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in ("talk", "talks") and t.dep_ == "dobj" and (
        t.head.lemma_.lower() in _HOLDING_TALKS) and _in_main_clause(t) and not any(
            x.lower_ == "had" for x in _children(t.head, "aux"))


def _charged_with(o, words, vowed: bool) -> bool:
    """What one is held responsible or accountable for (`o`) is a charge: a killing, an attack or a crime done
    ("for the attack", "for its war crimes", "for its attempt to murder Z"); not one that may come ("for any war
    crimes"), and when the holding is vowed, only one the text names as done (its own, or "the" one)."""
    lemma = o.lemma_.lower()
    if not (lemma in _DEATHS or lemma in _CRIMES or lemma in words.get("event_nouns", ()) or lemma == "attempt" and any(
            a.lemma_.lower() in _KILLING for a in _children(o, "acl"))):
        return False
    kids = _kids(o)
    return not any(c.lower_ in _NOT_YET for c in kids) and (not vowed or any(
        c.dep_ == "poss" or c.lower_ in ("the", "these", "those", "this") for c in kids))


def _facing(t):
    """The "face" of "in the face of X's war / invasion / aggression" that a military attack noun `t` ends, or None
    (not "in the face of Trump's attacks": words, maybe; nor an attack whose own target is named: "in the face of
    Houthi attacks on shipping")."""
    face = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "face" else None
    if face is None or face.dep_ != "pobj" or face.head.lower_ != "in" or t.lemma_.lower() not in (
            _ONSLAUGHTS - {"attack", "assault"}) | {"war"} or any(
                p.lower_ in ("on", "against") for p in _children(t, "prep")):
        return None
    return face


def _defended_against(t):
    """The word of defending whose "against" phrase `t` is ("Y's defense against Russia's aggression", "Y's defense
    of its sovereignty against ...", "defending itself against ..."), or None."""
    h = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "against" else None
    if h is not None and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in _DEFENDING:
        h = h.head.head
    if h is not None and h.dep_ == "pobj" and h.head.lower_ == "for" and (
            h.head.head.lemma_.lower() in _SUPPORTING_AGAINST):
        h = h.head.head  # ("support for Y's sovereignty against Russia's war": the support)
    face = _facing(t)
    if h is None and face is not None:
        v = face.head.head  # "support for Y in the face of X's war", "stands with Y in the face of X's aggression"
        h = v if v.lemma_.lower() in _SUPPORTING_AGAINST | {"stand"} else next(
            (o for o in (*_children(v, "dobj"), *(x for p in _children(v, "prep") if p.lower_ == "for"
                                                   for x in _children(p, "pobj")))
             if o.lemma_.lower() in _SUPPORTING_AGAINST), None)  # ("thanked X for its support for Y in the face of")
        return h
    if h is not None and h.lemma_.lower() in _RESISTING and t.lemma_.lower() in _ONSLAUGHTS:
        return h  # ("Y's fight against Russia's aggression": Y resists it)
    return h if h is not None and h.lemma_.lower() in _DEFENDING | _SUPPORTING_AGAINST else None


def _aim_of(v):
    """The noun of a standing aim whose "is to" the infinitive `v` is ("the priority of X is to support Y", "one of
    X's main goals is to help Y"), or None."""
    head = v.head
    if v.dep_ != "xcomp" or not _infinitive(v) or head.lemma_ != "be":
        return None
    aim = next(iter(_children(head, "nsubj")), None)
    if aim is not None and aim.lower_ == "one":  # "one of the main priorities of X is to ..."
        aim = next((o for p in _children(aim, "prep") if p.lower_ == "of" for o in _children(p, "pobj")), aim)
    return aim if aim is not None and aim.pos_ == "NOUN" and aim.lemma_.lower() in _AIM_NOUNS else None


def _our_shared_area(owner) -> bool:
    """The possessive is "our" on an area the speaker shares with others ("Our Hemisphere", "our region")."""
    return owner.lower_ == "our" and owner.head.lemma_.lower() in _SHARED_AREAS


def _brokered(verb) -> bool:
    """The act is one its subjects help bring about: "helped reach the agreement", "the roles played by A and B in
    reaching a deal", "a key role in concluding the accord" (not "succeeded in reaching an agreement")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AIDING:
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in":
        x = verb.head.head
        return x.lemma_.lower() in ("role", "part", "contribution") or x.lemma_.lower() == "play" and any(
            o.lemma_.lower() in ("role", "part") for o in (*_children(x, "dobj"), x.head))
    return False


def _infinitive(verb) -> bool:
    """The verb is a "to" infinitive ("threats to strike", "in order to defeat")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb))


def _of_chain(noun) -> list:
    """The prepositions of a noun and of the nouns its prepositions govern, in order ("the latest wave of bombings
    on Y": "of", "on"), not into clauses."""
    out = []
    for p in _children(noun, "prep"):
        out.append(p)
        for o in _children(p, "pobj"):
            out.extend(_of_chain(o))
    return out


def _gerund_subject(v):
    """The noun right before a participle the parser hung on the verb above as an adverbial clause, when that noun is
    the object of a preposition of that verb: the participle's own subject ("responded to [the United States]
    imposing sanctions", "protested against Israel building settlements"); else None."""
    if v.dep_ != "advcl" or v.tag_ != "VBG" or not v.i:
        return None
    prev = v.doc[v.i - 1]
    if prev.dep_ == "pobj" and prev.pos_ in ("PROPN", "NOUN") and prev.head.dep_ == "prep" and prev.head.head == v.head:
        if prev.head.lower_ == "to" and v.lemma_.lower() in _LETTER_ACTS and any(
                o.lemma_.lower() in _DOCUMENTS for o in _children(v.head, "dobj")):
            return None  # "wrote a letter to SADC criticizing its silence": the letter's, not the addressee's
        return prev
    return None


def _conjunct_head(v):
    """The verb a conjunct is coordinated with. The parser joins a participle to the infinitive before it, where the
    participle is coordinated with the participle that governs that infinitive: in "X visited Y, attempting to
    reconcile with Z and meeting with W", "meeting" goes with "attempting" (and so has no intention over it)."""
    head = v.head
    if (v.tag_ == "VBG" and head.tag_ == "VB" and head.dep_ == "xcomp" and _infinitive(head)
            and head.head.tag_ == "VBG" and head.head.i < head.i):
        return head.head
    return head


def _modifies_noun(verb) -> bool:
    """The verb's clause modifies a noun: an acl, or an infinitive the parser made a relative clause
    ("threats [to strike X]")."""
    return verb.dep_ == "acl" or verb.dep_ == "relcl" and _infinitive(verb)


def _carrier(noun):
    """The noun that carries an event noun into its clause: "a message of condolence", "$100 million in aid",
    "a package of military assistance", "a protest note" (the event noun itself when none does)."""
    p = noun.head
    if noun.dep_ == "pobj" and p.lower_ in ("of", "in") and p.head.pos_ in ("NOUN", "NUM", "SYM") and (
            p.head.dep_ in ("dobj", "nsubjpass", "pobj")) and p.head.lemma_.lower() not in _OUTCOME_NOUNS:
        return p.head  # (not "the impact of Russia's invasion on Y": what the event did to another)
    if noun.dep_ == "compound" and p.lemma_.lower() in _DOCUMENTS:
        return p  # "delivered a protest note to Y", "a condolence message to Y"
    return noun


def _antecedent(o, t):
    """The noun a relative pronoun object of `t` stands for ("the government, which the rebels vowed to overthrow":
    government), up through the clauses `t` hangs in; else `o` itself."""
    if o.lower_ not in ("which", "that", "whom", "who") or o.pos_ != "PRON":
        return o
    clause = _relative_clause(t)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else o


def _relative_clause(v):
    """The relative clause `v` is, or hangs in through clauses of the same doer ("which the rebels vowed to
    overthrow": "vowed"); else None."""
    while _open_clause(v):
        v = v.head
    return v if v.dep_ == "relcl" else None


def _open_clause(v) -> bool:
    """A clause with no subject of its own under a verb with no object ("vowed to overthrow"): the one above it acts
    in it (not "asked Russia to stop threatening", whose act is Russia's)."""
    return v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i and not _children(v, "nsubj", "nsubjpass") and not (
        _children(v.head, "dobj"))


def _carried(noun) -> list:
    """The noun, the nouns coordinated with it and the nouns they carry (the converse of `_carrier`): "$2 billion
    in aid" -> [billion, aid]; "rescue teams and relief supplies" -> [teams, supplies]."""
    nouns = [noun, *(c for c in noun.conjuncts if c.pos_ in ("NOUN", "PROPN"))] if noun.pos_ == "NOUN" else [noun]
    return [x for n in nouns for x in (n, *(c for q in _kids(n) if q.lower_ in ("in", "of") for c in _kids(q)))]


def _unique(found: list[Found]) -> list[Found]:
    seen, out = set(), []
    for f in found:
        if f.actor not in seen:
            seen.add(f.actor)
            out.append(f)
    return out


_NAME_RUN = re.compile(  # (with a middle initial: "Paul J. Bremer")
    r"(?<![\w.])[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?(?:(?:al|bin|de|van|von|la|le|du|el|of)[- ])?[A-ZÀ-Þ][\w'’-]+)+")


def _people_apposed(words) -> frozenset[str]:
    """Nouns that say a name in apposition to them is a person's ("X, an aide to Y", "X, a senior official")."""
    return frozenset().union(*(words.get(k, ()) for k in ("speaker_nouns", "title_nouns", "envoy_nouns", "kin_nouns")))


def _unknown_names(text: str, s: int, e: int, found: list[Found]) -> bool:
    """True when the sentence has a multi-word proper name that no dictionary mention covers ("Hatice Cengiz",
    "Syrian Democratic Forces"): only then can the entity recogniser add an actor, so only then does it run
    (it costs more than the tagger and the parser together). A lone surname is read without it (`Reader.refs`)."""
    taken = [(f.start, f.end) for f in found]
    for m in _NAME_RUN.finditer(text, s, e):
        words = [w for w in re.finditer(r"[A-ZÀ-Þ][\w'’-]+", m.group(0))]
        uncovered = [w for w in words if not any(a <= m.start() + w.start() < b for a, b in taken)]
        if len(uncovered) >= 2:
            return True
    return False


# the capitalised words of a headline that name no one ("Readout Of Call With X"), besides the words that are no one's
# given name ([words] not_first_names: "Of", "With", "His") and the offices
_HEADLINE_WORDS = frozenset({"a", "an", "over", "about", "new", "readout", "meeting", "meets", "call", "calls",
                             "statement", "remarks", "visit", "visits", "talks", "republic", "kingdom", "states",
                             "federation", "counterpart"})
# a surname of two letters ("Ambassador Lu", "Mr. Wu"): a person's, never an acronym ("US", "UN")
_SHORT_SURNAME = re.compile(r"[A-Z][a-z]")


def _titled_full_name(title: str, surname: str, not_first, dictionary: Dictionary) -> str | None:
    """The full name of a person the body names by surname alone, from the document's title: "Readout of Ambassador
    Donald Lu's Meeting with Foreign Minister of the Kyrgyz Republic Ruslan Kazakbaev" gives "Donald Lu" for
    "Ambassador Lu". One given name (hyphens allowed), right after a title, a rank or the name of a state, and itself
    no title, rank, honorific or actor's name: a headline's other capitals name no one ("Blinken Welcomes Lu
    Appointment", "Dissident Lu Freed").

    >>> _titled_full_name("Readout of Ambassador Donald Lu’s Meeting", "Lu", {"mr"}, load_dictionary())
    'Donald Lu'
    >>> _titled_full_name("Meeting with Minister of the Kyrgyz Republic Ruslan Kazakbaev", "Kazakbaev", {"mr"},
    ...                   load_dictionary())
    'Ruslan Kazakbaev'
    >>> _titled_full_name("Envoy Jean-Pierre Lu Arrives", "Lu", {"mr"}, load_dictionary())
    'Jean-Pierre Lu'
    >>> [_titled_full_name(t, "Lu", {"mr"}, load_dictionary()) for t in ("Blinken Welcomes Lu Appointment",
    ...  "Readout Of Call With Lu", "Dissident Lu Freed", "Lu, Kazakbaev Meet; Sarah Lu Attends")]
    [None, None, None, None]
    """
    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) " + re.escape(surname) + r"\b", title):
        given = m.group(1)
        if given.lower() in not_first or _before_name(given) or given in dictionary.surfaces or (
                given in dictionary.titles or given.lower() in _HEADLINE_WORDS):
            continue
        before = title[: m.start()].split()
        if before and (before[-1] in dictionary.titles or before[-1].lower() in not_first or _before_name(before[-1])
                       or any(dictionary.actors[n].type == "state" for k in range(1, min(4, len(before)) + 1)
                              for n, _how in dictionary.surfaces.get(" ".join(before[-k:]), ()))):
            return f"{given} {surname}"
    return None


# a given name or a middle initial right before a position ("James N. Miller")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.) \Z")
# judging nouns that judge only toward someone ("a threat to peace", "an enemy of Turkey")
_RELATIONAL = frozenset({"threat", "danger", "enemy", "obstacle"})
# word lists of [words] whose nouns name no person by a surname ("the Court's ruling", "the Militia's attack")
_NOUNS_OF_NO_ONE = ("speaker_nouns", "title_nouns", "state_nouns", "organization_nouns", "group_nouns", "body_heads")
# capitalised words that end the name of a body, not a person, besides those lists: "the House's vote"
_BODY_WORDS = frozenset({"house", "department", "office", "bank", "fund", "agency", "forces", "army", "navy", "guard",
                         "police", "party", "front", "movement", "union", "league", "nations", "states"})
# what separates two items of a list of titled names
_LIST_GAP = re.compile(r",? and |, ")
# backing that lasts, and the verbs that end it ("withdrew its support for Y")
_LASTING = frozenset({"support", "backing", "aid", "assistance", "funding", "cooperation", "alliance", "help",
                      "sponsorship", "recognition", "protection"})
_ENDING = frozenset({"end", "withdraw", "drop", "terminate", "revoke", "discontinue", "abandon", "renounce"})
# who wage harm of their own, named as its modifier ("the rebel offensive")
_HARM_DOERS = frozenset({"rebel", "militant", "insurgent", "terrorist", "enemy", "separatist", "jihadist"})
# a state's acts in arms whose purpose an infinitive tells ("Russia's military operation to defend Y")
_OPERATIONS = frozenset({"operation", "campaign", "offensive", "mission", "intervention", "deployment"})
_STEPS = frozenset({"step", "measure", "action"})
# settling a dispute: "helped A and B agree to a ceasefire" is mediation
_SETTLING = frozenset({"agree", "reach", "negotiate", "settle", "resolve", "reconcile", "conclude", "sign", "resume",
                       "broker", "mediate"})
# what makes efforts no help: "made little / scant efforts", "barely made efforts", "pretended to make efforts"
_SCANT = frozenset({"little", "scant", "few", "minimal", "insufficient", "inadequate", "token", "futile", "barely",
                    "hardly", "scarcely", "half-hearted"})
_FEIGNING = frozenset({"pretend", "claim", "feign", "purport", "appear", "seem"})
_HELPING = frozenset({"help", "assist", "aid", "protect", "defend", "support", "back", "bolster", "strengthen", "train",
                      "equip", "rebuild"})
# verbs whose subject makes the efforts or takes the steps they take for object ("made efforts to help Y")
_MAKING_EFFORTS = frozenset({"make", "intensify", "redouble", "step", "take", "launch", "lead", "undertake", "continue",
                             "increase", "accelerate", "expand", "conduct", "mount", "begin", "start", "spearhead"})
# documents that act for those who make them, and the making ("signed an order that expands sanctions on Y")
_ENACTED = frozenset({"order", "decree", "law", "resolution", "bill", "measure", "legislation", "directive", "act"})
_ENACTING = frozenset({"sign", "issue", "adopt", "pass", "enact", "approve", "introduce", "unveil"})
# the last word of a document's name ("Executive Order", "the Patriot Act", "Resolution 1701")
_DOCUMENT_NAME = re.compile(r"\b(?:Order|Act|Decree|Resolution|Bill|Law|Accords?|Agreement|Treaty|Protocol|Declaration|"
                            r"Memorandum|Charter|Directive)(?: \d+)?$")
_HONOUR_NAME = re.compile(r"\b(?:Award|Prize|Medal)$")  # "received the Madeleine K. Albright Democracy Award": no actor
# ... and between titled people, words of a title the mention left out ("President of the French Republic A and
# Federal Chancellor of Germany B")
_TITLED_LIST_GAP = re.compile(r"(?:,? and |, )(?:[A-Z][a-z]+ ){0,2}")
# times a meeting is told by ("met for a second time with X", "met on Tuesday with X")
_WHEN_NOUNS = _TIME_NOUNS | {"time", "occasion", "morning", "evening", "afternoon"} | {
    w.lower() for w in CALENDAR_WORDS[:7]}  # (the days of the week)
_RELIANT = frozenset({"reliant", "dependent"})  # adjectives whose phrases the parser hangs on the copula
_DIPLOMAT_NOUNS = frozenset({"diplomat", "envoy"})  # "the U.S. diplomat": the state's diplomat the story named
_DIPLOMAT_TITLES = frozenset({"secretary", "envoy", "ambassador", "diplomat", "minister", "negotiator"})
# verbs whose "It" names no actor: "It seems", "It comes a week after", "It means", "It remains unclear"
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "remain", "come", "follow", "mean", "happen", "take", "cost",
                              "matter", "become", "look", "sound", "feel", "turn", "occur", "emerge"})
# ... and whose "It" names no actor when a "that" clause follows ("It helped that Qatar ...", "It angered Y that")
_EXTRAPOSING_HEADS = frozenset({"help", "anger", "worry", "surprise", "please", "upset", "trouble", "bother", "shock",
                                "disturb", "hurt", "annoy", "irritate", "alarm", "frustrate", "embarrass"})
# things "It" may name back when the sentence before has one as its object ("fired a missile. It hit ...")
_IT_THINGS = frozenset({"missile", "rocket", "drone", "ship", "vessel", "plane", "aircraft", "jet", "satellite", "bomb",
                        "weapon", "shell", "report", "resolution", "law", "bill", "treaty", "agreement", "deal", "plan",
                        "proposal", "statement", "letter", "document", "declaration", "draft", "decision", "ruling"})
# nouns of stopping a supply, and of the supplies ("a suspension of military assistance to Y": none given now)
_STOPPING_NOUNS = frozenset({"suspension", "halt", "end", "cessation", "freeze", "cutoff", "cut-off", "termination"})
_SUPPLY_NOUNS = frozenset({"aid", "assistance", "support", "funding", "help", "loan", "sale", "supply", "delivery",
                           "shipment", "cooperation", "training"})
# what undoes a stopping: "the end of the suspension", "opposed a halt", "lifted the freeze"
_UNDOING = frozenset({"oppose", "reject", "block", "lift", "end", "reverse", "resist", "prevent", "veto", "overturn",
                      "lifting", "reversal", "resumption", "rule", "rule out", "refuse", "deny"})
# a group's name called rebels or the like, before it or after it ("rebel New Forces", "the rebels, called the New
# Forces", "Houthi rebels", "Seleka, a rebel coalition")
_REBEL_NAMES = "rebel|insurgent|militant|guerrilla|separatist"
_REBEL_WORD = rf"(?:{_REBEL_NAMES})"
_REBEL_WORDS = re.compile(rf"\b({_REBEL_NAMES})s?\b", re.I)
_REBELS_BEFORE = re.compile(
    rf"\b{_REBEL_WORD}s?(?: (?:groups?|movements?|coalition|alliance|army|forces?|factions?))?(?:,| [-–—])?"
    rf"(?: (?:called|known as|named))? (?:the |al-)?$|\b{_REBEL_WORD}s?\b[^.]{{0,50}}, (?:also )?(?:known as|called|"
    r"named) (?:the |al-)?$")
_REBELS_AFTER = re.compile(rf"(?:['’]s?)? {_REBEL_WORD}s?\b|, (?:a|an|the) (?:[\w-]+ ){{0,2}}{_REBEL_WORD}")
# an office of two portfolios up to its "and": "Minister of Foreign Affairs and ", "Secretary for Trade and "
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Commissioner) (?:of|for)"
                               r"(?: (?:[A-Z][\w'’-]*|of|the|and|for))*? and $")
_PORTFOLIO_WORDS = frozenset({
    "international", "foreign", "regional", "economic", "national", "public", "social", "civil", "internal", "external",
    "federal", "local", "rural", "urban", "cultural", "cooperation", "development", "trade", "industry", "commerce",
    "planning", "investment", "finance", "security", "integration", "diaspora", "affairs", "relations", "tourism",
    "culture", "energy", "mines", "environment", "justice", "labour", "labor", "employment", "health", "education",
    "defence", "defense", "agriculture", "fisheries", "transport", "infrastructure", "communications", "information",
    "technology", "youth", "sports", "gender", "welfare", "immigration", "citizenship", "worship", "veterans"})


def _first_conjunct(tok):
    """The first of the conjuncts a token is one of ("A, B and C": A), or the token itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _addressed(tok) -> bool:
    """The word is (a modifier of) the one a "to" phrase or a dative names, also as a later conjunct: "condolences to
    the French people", "to the families and the French government"."""
    head = _first_conjunct(tok.head if tok.dep_ in ("amod", "compound", "poss") else tok)
    return head.dep_ == "dative" or head.dep_ == "pobj" and head.head.lower_ == "to"


# frames of a visit or a meeting told as a noun or a journey, whose parties are people
_VISIT_FRAMES = frozenset({"meet.noun", "meet.visit_verb", "meet.travel"})
_HEADED_GROUPS = frozenset({"delegation", "team", "mission"})  # a group that speaks through the one who heads it
_ENVOYS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "diplomat"})
# people listed with semicolons, each with a title or a description: "met with President A; Prime Minister B, his
# adviser; and army chief Gen. C"
_SEMICOLON_GAP = re.compile(r"(?:, [^;]{1,80})?; (?:and )?(?:[\w.]+ ){0,5}")
# a run of capitalised words ending a name: "Commodore Frank Bainimarama" (the word before the last is its first)
_NAME_END = re.compile(r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){0,2}([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:[A-Z]\. )?"
                       r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")  # (no full stop inside: "Ntaganda. Lambert Mende"; but a
# middle initial: "Paul J. Bremer")
# titles whose plural, after coordinated demonyms, names people, not states ("between American and Cuban presidents")
_PEOPLE_TITLES = frozenset({"leader", "president", "premier", "chancellor", "king", "monarch", "minister"})
# verbs whose object is a party faced, not people counted: "warned the Saudis", "fought the Russians"
_FACED = frozenset({"warn", "threaten", "attack", "fight", "invade", "battle", "defeat", "confront"})
# words for a part of a plural noun ("one of America's allies"), or of a singular one ("more of a critic")
_PART_OF_MANY = frozenset({"one", "some", "two", "three", "several", "many", "among"})
_PART_OF_ONE = frozenset({"more", "less", "something", "bit"})
# weapons whose act is their user's: "The missile was fired by Iran and hit Israel"
_WEAPONS = frozenset({"missile", "rocket", "drone", "bomb", "shell", "mortar", "strike", "airstrike", "offensive",
                      "operation", "raid"})
# shares of a land: "a large part of Georgia", "much of Somalia"
_SHARES = frozenset({"part", "parts", "much", "most", "half", "portion", "swath", "third", "quarter", "chunk"})
# nouns that a definite article does not make a thing told before: people, places, times, talk in general
_NOT_TOLD = frozenset({
    "people", "person", "man", "woman", "child", "country", "nation", "state", "government", "region", "area", "city",
    "town", "border", "world", "situation", "issue", "matter", "question", "problem", "time", "day", "week", "year",
    "month", "need", "way", "side", "party", "case", "fact", "idea", "statement", "news", "report", "meeting", "talk",
    "call", "conversation", "visit", "summit"})
# last words of a body's name that a plural word before them can stand for ("Islamic Courts Union": "the courts")
_GENERIC_BODY_ENDS = frozenset({"union", "movement", "council", "alliance", "coalition", "front", "party", "league"})
# last words of a name that names an event or a text, not a body or a person
_EVENT_NAME_ENDS = frozenset({
    "dialogue", "talks", "conference", "summit", "process", "agreement", "agreements", "accord", "accords", "treaty",
    "initiative", "plan", "strategy", "framework", "declaration", "war", "crisis", "campaign", "election", "elections",
    "policy", "meeting", "cordon", "ceremony", "guidelines"})
# ... and words that end a text's name ("a Road Map", which the recogniser may call a person; but "Nathan Law" is one)
_DOCUMENT_NAME_ENDS = frozenset({"map", "roadmap", "charter", "protocol", "resolution", "pact", "memorandum",
                                 "convention", "act", "law", "doctrine", "report", "deal", "communique", "statement"})
# verbs whose object event is not told as one that took place ("to justify an attack", "averted a war")
_UNDONE_BY = frozenset({"justify", "legitimize", "legitimise", "prevent", "avert", "deter", "forestall", "preempt"})
# words that make a war or a battle a figure of speech ("a diplomatic war", "the trade war")
_FIGURATIVE = frozenset({"diplomatic", "trade", "tariff", "propaganda", "price", "currency", "verbal", "media",
                         "legal", "political", "economic", "information", "ideological", "cultural", "rhetorical",
                         "proxy"})  # (a proxy war between A and B is fought by others)
# verbs by which a doer carries out an attack its object names ("carried out airstrikes"), and the event nouns
# that name what happens, not what someone does ("an explosion")
_WAGING = frozenset({"carry", "conduct", "launch", "stage", "mount", "perpetrate", "wage", "commit"})
# ... and the verbs that wage what they govern where the fighting is ("launched an incursion in Y"; not "announced it
# in Y"): those and the verbs that begin or go on with it
_FOUGHT_IN = _WAGING | frozenset({"begin", "start", "continue", "escalate", "intensify", "resume"})
_WAGE_FORMS = frozenset({"wage", "wages", "waged", "waging"})  # (not "wagged": the lemmatiser's "wag" is right there)
# the model's wrong lemmas, by the forms they are wrong for: every form of "wage" read as "wag", of "slate" as "slat"
# ("talks slated for May" are to come), of "stage" as "stag" ("staged attacks"); the word lists and frames name
# "wage", "slate" and "stage"
_LEMMA_FIXES = {"wag": ("wage", _WAGE_FORMS), "slat": ("slate", frozenset({"slated", "slates", "slating"})),
                "stag": ("stage", frozenset({"staged", "stages", "staging"}))}
# verbs whose denial affirms what they govern ("would not hesitate to strike", "will not waver in its support")
_UNWAVERING = frozenset({"falter", "waver", "wane", "relent", "change", "diminish", "weaken", "fade"})  # (... what
# goes on: "will not waver in its support", "X's support for Y will not change")
_UNFALTERING = _UNWAVERING | {"hesitate", "shrink", "flinch"}
_HAPPENINGS = frozenset({"explosion", "blast", "killing"})


def _title_run_end(tok, joiners) -> int | None:
    """Where a run of capitalised titles that a title word opens ends, the words between capitalised or `joiners`
    ("Speaker of the US House of Representatives Nancy Pelosi": Pelosi), or None (no run, or another word in it)."""
    if not (tok.text[:1].isupper() and tok.lower_ in _TITLE_HEADS):
        return None
    last = max(y.i for x in (tok, *tok.conjuncts) for y in x.subtree)
    return last if all(x.text[:1].isupper() or x.lower_ in joiners or x.lower_ in NAME_PARTICLES  # ("... Mohamed
                       for x in tok.doc[tok.i : last]) else None  # bin Zayed")


# verbs that make a "call to Y" a plea, and what a journey is for when it is a visit ("flew to Y to attend talks")
_SPANS = _TIME_NOUNS | {"first", "nearly", "time"}  # "his first call to Y for a year" is no plea
_PLEADING = frozenset({"renew", "repeat", "reiterate", "heed", "answer", "echo", "issue", "ignore", "reject"})
_VISIT_ACTS = frozenset({"meet", "attend", "discuss", "sign", "negotiate", "confer", "visit", "talk", "tour"})
_VISIT_NOUNS = frozenset({"talks", "talk", "visit", "meeting", "meetings", "consultations", "negotiations", "tour",
                          "discussions"})
# what is used in an attack ("used bombs in an attack on Y", "dropped bombs in an attack on Y"), the attacks, and the
# verbs of a doer of an act blamed ("the sanctions imposed by Y") and adjectives of one who did an act ("was
# responsible for shelling Y")
_ATTACK_MEANS = frozenset({"use", "employ", "fire", "deploy", "drop"})
_ASSAULTS = frozenset({"attack", "assault", "offensive", "operation", "campaign"})
_DOING_VERBS = frozenset({"impose", "launch", "carry", "commit", "perpetrate", "stage", "mount", "conduct", "wage",
                          "order", "back", "support", "arm", "fund", "sponsor", "fire", "plant", "cause", "adopt",
                          "enact", "pursue", "introduce"})
_CLAIMING_DOING = _DOING_VERBS | {"claim"}  # participles that name the doer of an act: "claimed by ISIL"
_STARTING_VERBS = frozenset({"start", "begin", "unleash", "initiate", "orchestrate", "provoke", "instigate"})
_DOER_ADJECTIVES = frozenset({"committed", "dedicated", "responsible", "guilty", "proud", "culpable"})
# verbs of harm done in the course of a strike, and the strikes: "X killed three militants in an airstrike on Y"
_HARMING = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "strike", "target", "down", "sink"})
_STRIKES = frozenset({"airstrike", "strike", "raid", "bombing", "shelling", "bombardment"})
# words before talks held in person (the parser may read "face to face" as a verb phrase)
_FACE_TO_FACE = re.compile(r"\b(?:face[ -]to[ -]face|in-person)\s+$", re.I)
# verbs of halting, and the harm that halting tells was under way ("must halt the bombardment of Y", "stop attacking")
_HALTING = frozenset({"halt", "stop", "cease"})
_HALTED_BACKING = frozenset({"arm", "supply", "smuggle", "send", "provide", "fund", "finance", "support", "back",
                             "sponsor", "ship", "transfer"})  # acts of backing one may be told to halt
_RESOLVED_BACKING = _HALTED_BACKING | _AIDING  # backing that holds now under a "continued resolve" to give it
_TOLD_TO_HALT = frozenset({"urge", "call", "demand", "press", "ask", "tell", "warn", "push", "appeal"})
# verbs of giving what helps: "the decision to send tanks will help Y" is aid
_AID_GIVING = frozenset({"send", "provide", "deliver", "supply", "give", "donate", "grant", "transfer", "ship"})
_ONGOING_HARM = _STRIKES | {"attack", "assault", "offensive", "aggression", "occupation", "fire", "shell",
                            "bomb", "invasion", "war"}  # (lemmas: "attacks", "attacking" are "attack")


def _halted_harm(t) -> bool:
    """Harm a verb of halting governs ("must halt the bombardment of Y", "refused to stop attacking Y") or that must
    end itself ("Russia's invasion of Y must end"): under way;
    or backing one is told to halt ("urged Iran to stop arming Y", "must stop supplying weapons to Y"): under way too
    (not "Iran stopped arming Y": no longer)."""
    if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in _kids(t)):
        return False  # "vowed to stop a war between A and B", "any attack on Y must stop": none under way
    if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.lemma_.lower() in ("end", "stop", "cease", "halt") and (
            t.lemma_.lower() in _ONGOING_HARM):
        return True  # "Russia's invasion of Y must end", "the bombardment of Y should stop": under way
    if t.dep_ not in ("dobj", "xcomp") or t.head.lemma_.lower() not in _HALTING:
        return False
    if t.lemma_.lower() in _ONGOING_HARM:
        return True
    halt = t.head
    return t.lemma_.lower() in _HALTED_BACKING and (
        halt.dep_ in ("xcomp", "advcl") and _infinitive(halt) and halt.head.lemma_.lower() in _TOLD_TO_HALT and (
            _children(halt.head, "dobj") or any(p.lower_ in ("on", "upon") and o.text not in CALENDAR_WORDS
                                                for p in _children(halt.head, "prep") for o in _children(p, "pobj")))
        # (told to someone: not "the EU called on Monday to stop supplying weapons to Y")
        or any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in _kids(halt)))


# nouns of a course open, not taken: "has two choices: to fight Y or to talk"
_CHOICES = frozenset({"choice", "option", "alternative", "chance", "opportunity", "right"})
_FIRST_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _opening_surname(text: str, s: int, found: list[Found], surnames: frozenset[str]) -> str | None:
    """The surname a sentence opens with, when the text gave it in full elsewhere and no mention covers it:
    "Otunbayeva spoke with ..." after "Roza Otunbayeva said ..."."""
    first = _FIRST_WORD.match(text, s)
    if first is None or first.group(0) not in surnames or any(f.start <= s < f.end for f in found):
        return None
    return first.group(0)


def _surnames(text: str, not_first, start: int = 0) -> frozenset[str]:
    """Words that end a "First Surname" of the text from `start` (its body, not a headline's "Cambodia Deports
    Muslim Uighurs"): a lone one is a person's surname (`Reader.refs`).

    >>> sorted(_surnames("Mr. Gambari met envoy Ibrahim Gambari.", {"mr"}))
    ['Gambari']
    >>> sorted(_surnames("Fiji's commander, Commodore Frank Bainimarama, seized power.", {"mr"}))
    ['Bainimarama']
    >>> sorted(_surnames("Barack Obama met Paul J. Bremer.", {"mr"}))
    ['Bremer', 'Obama']
    """
    return frozenset(m.group(2) for m in _NAME_END.finditer(text, start) if m.group(1).lower() not in not_first)


@lru_cache(maxsize=4)
def _common_nouns(nlp) -> frozenset[str]:
    """The English common nouns the model's lemmatizer knows ("whip", "speaker"; not "choe")."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):  # another model without the table: no word is known to be a common noun
        return frozenset()
    return frozenset(table["noun"])


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself"})
# "on the side of", "on behalf of": whom an act is for, when one fights (not whom one fires on)
_SIDE_WORDS = frozenset({"side", "behalf"})
_FIGHT_VERBS = frozenset({"fight", "battle"})
# ... and of fighting that one helps an armed force do ("helping Y's forces battle / retake ...")
_HELPED_FIGHTING = _FIGHT_VERBS | {"combat", "defeat", "repel", "retake", "recapture"}
# verbs that are demanded acts only with one of these particles: "should stand down", not "should stand together"
_PARTICLES = {"stand": frozenset({"down", "aside"}), "step": frozenset({"down", "aside", "back"}),
              "back": frozenset({"down", "off", "away"}), "pull": frozenset({"out", "back", "away"})}
# what removes from office by law: "said the party forced her out of office in a confidence vote"
_LAWFUL_REMOVAL = frozenset({"vote", "confidence", "election", "impeachment", "court", "parliament", "referendum",
                             "ballot", "party", "assembly", "congress"})
# what one may topple that is no one: "toppled U.S.-led plans for the Middle East"
_PLANS = frozenset({"plan", "scheme", "agenda", "project", "policy", "initiative", "effort", "bill", "law", "record",
                    "deal", "proposal", "strategy"})
# nouns for the doers of an attack: "condemned the attackers for the bombing" blames the doers told before
_DOER_NOUNS = frozenset({"attacker", "assailant", "terrorist", "bomber", "killer", "gunman", "hijacker", "shooter"})
# words of a government's standing that name no other state: "the interim government"
_INTERIM = frozenset({"interim", "new", "transitional", "caretaker", "current", "provisional", "incoming"})
_IN_PERSON = frozenset({"face-to-face", "in-person", "personal", "ongoing", "direct"})  # not a call's conversation


class _Named(str):
    """A sentence's text with the spans of the people it names ((start, end, the words of the name), offsets in the
    text), for `_parse`."""

    names: tuple = ()


# the word each word of a person's name is parsed as when the tagger misread one of them (measured against one distinct
# name for each person of the sentence, which the parser reads as lists and appositions more often)
_STAND_IN = "Smith"


def _misread_names(doc, names) -> frozenset[int]:
    """The indices of the words of people's names (or of a body's initials) in a parsed sentence when the tagger read
    one of them as something else than a name ("Senior General Than Shwe": "Than" a preposition; "ECOWAS imposed":
    a verb); else none."""
    words = frozenset(t.i for t in doc for a, b, parts in names if a <= t.idx and t.idx + len(t) <= b
                      and t.text in parts and t.text[:1].isupper() and t.text.isalpha())
    # (initials read as a noun that qualifies another still name: "FARC commander X")
    return words if any(doc[i].pos_ != "PROPN" and not (doc[i].text.isupper() and doc[i].pos_ == "NOUN"
                                                         and doc[i].dep_ == "compound")
                        for i in words) else frozenset()


# a curly apostrophe closing a plural possessive ("the United States’ support"), or before a possessive's or a short
# form's ending ("the Syrian people’s demands", "don’t", "we’ll"): the model learnt the straight one (not one inside a
# name: "Sa’id", "Sa’d", "Côte d’Ivoire")
_PLURAL_POSSESSIVE = re.compile(r"(?<=\ws)\u2019(?= [a-z])|(\w+)\u2019(s|t|ll|re|ve|d|m)\b")
_SHORT_FORM_WORDS = frozenset("i you we they he she it who that there what where".split())


# a list of parties set off by a colon after the word that takes them ("spoke individually with: Prime Minister A of X;
# Prime Minister B of Y; and ..."): the parser reads the colon as a clause break and the semicolons as clause ends
_LIST_COLON = re.compile(r"\b(?:with|includ(?:e|es|ed|ing)|among|following(?: [a-z]+){1,2})(:)(?= (?:the )?[A-Z])")
_LIST_ITEM = re.compile(r" (?:and )?(?:the )?[A-Z][^;:]{0,120}")


# penalties, whose removal asked for is relief, not criticism
_PENALTY_NOUNS = frozenset({"sanction", "sanctions", "embargo", "restriction", "ban", "penalty", "tariff"})
# ... and what removes them ("the lifting of sanctions")
_UNDOING = frozenset({"lift", "lifting", "removal", "remove", "withdrawal", "ease", "easing", "suspension", "end",
                      "relief", "repeal", "cancellation"})
# nouns of asking for an act, whose owner asks ("Y's calls for the withdrawal of Russian forces")
_ASKING_NOUNS = frozenset({"call", "demand", "appeal", "request", "plea", "insistence"})


def _outcome_of(noun) -> bool:
    """The noun is what an outcome noun with no "on" phrase of its own is of ("the impact of Russia's invasion on
    Y", read with "on Y" on the invasion): its "on" phrase is the outcome's."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _OUTCOME_NOUNS and (
        not any(p.lower_ == "on" for p in _children(noun.head.head, "prep"))) and (
        noun.lemma_.lower() not in _STRIKES_ON)  # (but "the consequences of Hamas's attack on Israel": its target)


def _held_back(v) -> bool:
    """A verb of backing that its clause holds back from: "abstained from voting for", "refrained from supporting"."""
    return any(a.lemma_.lower() in ("abstain", "refrain", "decline", "refuse", "fail", "hesitate")
               for a in list(v.ancestors)[:3])


def _owned_asking(x) -> bool:
    """An owned noun of asking: "Y's calls", "Y's demand"."""
    return x.pos_ == "NOUN" and x.lemma_.lower() in _ASKING_NOUNS and bool(_children(x, "poss"))


def _asked_by_noun(t) -> bool:
    """Act `t` is what an owned noun of asking asks for: "Y's calls for the withdrawal of Russian forces"."""
    return t.dep_ == "pobj" and t.head.lower_ == "for" and _owned_asking(t.head.head)


# what an event did to others, whose own "on" phrase is not the event's target ("the impact of the war on Y")
_OUTCOME_NOUNS = frozenset({"impact", "effect", "consequence", "repercussion", "fallout", "spillover", "implication"})
# acts whose "on" phrase names their target, whatever outcome noun they hang on
_STRIKES_ON = frozenset({"attack", "strike", "airstrike", "assault", "raid", "bombing", "bombardment", "shelling",
                         "offensive", "incursion"})
# backing a text by vote or by putting it forward ("voted for the resolution condemning Y")
_BACKING_VOTES = frozenset({"vote", "support", "back", "sponsor", "co-sponsor", "cosponsor", "endorse", "propose",
                            "introduce", "draft", "table", "submit"})
# what aid is sent to meet ("assistance to respond to the food crisis in Y", "aid to address the drought in Y")
_RELIEVING = frozenset({"respond", "address", "alleviate", "ease", "relieve", "mitigate", "combat", "tackle", "meet",
                        "help", "counter", "fight"})
_NEEDS = frozenset({"crisis", "emergency", "disaster", "earthquake", "quake", "flood", "flooding", "drought", "famine",
                    "hunger", "outbreak", "epidemic", "pandemic", "typhoon", "hurricane", "cyclone", "storm", "tsunami",
                    "need", "suffering", "insecurity", "shortage", "wildfire", "landslide"})
_DASHES = frozenset({"\u2014", "\u2013", "--"})  # a dash aside's marks
# one call or meeting of all ("a trilateral call", "a three-way call": three words to the tokenizer)
_JOINT_KINDS = frozenset({"trilateral", "quadrilateral"})
_MULTI_WAY = re.compile(r"\b(?:three|four)[ -]way $")
# a short form in brackets between a name and the title or name it begins ("Republic of Korea (ROK) First Vice Foreign
# Minister X", "the United Nations (UN) Security Council"): the parser reads the bracket as the phrase's end
# (after a preposition: as a subject, `_mend` puts the body's letters with it: "The International Committee of the
# Red Cross (ICRC) President X met Y")
_SHORT_FORM_ASIDE = re.compile(r"\b(?:with|to|by|from|and|for) (?:(?:[A-Z][\w.'’-]*|of|the) )+"
                               r"(\([A-Z]{2,6}\))(?= [A-Z])")


def _blank_short_form(m) -> str:
    """`_SHORT_FORM_ASIDE`'s match with the bracketed short form blanked (same length)."""
    return m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1))


def _colon_list(text: str) -> str:
    """`text` with the colon before a list of parties and the semicolons between its items read as a list's commas
    (same length).

    >>> _colon_list("He spoke with: Prime Minister A of X; Prime Minister B of Y; and President C of Z.")
    'He spoke with  Prime Minister A of X, Prime Minister B of Y, and President C of Z.'
    >>> _colon_list("He met with: the envoy; then he left.")
    'He met with: the envoy; then he left.'
    >>> _colon_list("He met the following leaders: the Prime Minister of X, A; and President B of Y.")
    'He met the following leaders  the Prime Minister of X, A, and President B of Y.'
    """
    m = _LIST_COLON.search(text)
    if m is None:
        return text
    items = text[m.end(1):].split(";")
    if len(items) > 1 and not all(_LIST_ITEM.fullmatch(x) for x in items[:-1]):
        return text  # (a semicolon between clauses, not between the list's items)
    rest = text[m.end(1):].replace(";", ",") if len(items) > 1 and _LIST_ITEM.match(items[-1]) else text[m.end(1):]
    return text[:m.start(1)] + " " + rest


def _straight(m) -> str:
    """`_PLURAL_POSSESSIVE`'s match with a straight apostrophe where the model expects one (same length)."""
    word, end = m.group(1), m.group(2)
    if word is None or end == "s" or end == "t" and word.endswith("n") or word.lower() in _SHORT_FORM_WORDS:
        return m.group(0).replace("\u2019", "'")
    return m.group(0)


def _subject_aside(doc) -> bool:
    """An aside between em dashes right after a name that follows an opening phrase ("Earlier today, Iran—and its
    proxies—launched ..."): the parser reads it set close as the name's apposition to the opening phrase's noun."""
    if "\u2014" not in doc.text:
        return False  # (most sentences have none: no scan of their words)
    dashes = [x.i for x in doc if x.text == "\u2014"]
    return len(dashes) >= 2 and (first := dashes[0]) >= 2 and doc[first - 1].is_title and doc[first - 1].is_alpha and (
        any(x.text == "," for x in doc[max(0, first - 8) : first - 1]))


def _spaced_dashes(doc) -> list[bool]:
    """The whitespace after each token of `doc`, with a space on each side of an em dash set close ("Iran—and its
    proxies—launched"): the parser reads a dash aside only when it is spaced (the text itself keeps its offsets)."""
    return [bool(x.whitespace_) or x.text == "\u2014" or (x.i + 1 < len(doc) and doc[x.i + 1].text == "\u2014")
            for x in doc]


def _parse(nlp, texts: list[str]) -> list:
    """Parsed sentences in order, without entities (the Reader runs the recogniser when it needs them), each mended
    once (`_mend`) before anything reads it."""
    from spacy.tokens import Doc

    with nlp.select_pipes(disable=["ner"]):  # (a spaced hyphen is a dash to the parser: "in Sofia, Bulgaria -
        # becoming the first ..." read with the hyphen makes Bulgaria the subject of "becoming"; same length)
        # (and a curly apostrophe closing a plural possessive is one to the parser, as the straight one is: "the
        # United States’ support" read with it as a quotation mark has no owner; same length)
        made = [nlp.make_doc(_colon_list(_SHORT_FORM_ASIDE.sub(_blank_short_form, _PLURAL_POSSESSIVE.sub(
            _straight, t.replace(" - ", " \u2013 "))))) for t in texts]  # (a short form blanked: same length)
        # (a sentence with a subject's aside between em dashes set close is parsed with the dashes spaced, then put back
        # on its own words)
        own_spaces = [[bool(x.whitespace_) for x in d] for d in made]
        spaced = {k: sp for k, d in enumerate(made) if _subject_aside(d) and (sp := _spaced_dashes(d)) != own_spaces[k]}
        docs = list(nlp.pipe(Doc(nlp.vocab, words=[x.text for x in d], spaces=spaced[k]) if k in spaced else d
                             for k, d in enumerate(made)))
        # a sentence where a word of a person's name was read as another word is parsed again with the name's words
        # a common name, and that parse is put on its own words
        # ... and one where "Under" of a title was read as the preposition ("met with Under Secretary for Political
        # Affairs X"), with a title word in its place
        # (word index -> the word parsed in its place, per sentence)
        swaps = [dict.fromkeys(_misread_names(d, getattr(t, "names", ())), _STAND_IN) | {
            x.i: "Deputy" for x in d if x.text == "Under" and x.pos_ == "ADP" and (
                d[x.i + 1 : x.i + 2].text == "Secretary" or d[x.i + 1 : x.i + 3].text == "-Secretary")}
            for t, d in zip(texts, docs, strict=True)]
        again = [(k, swap) for k, swap in enumerate(swaps) if swap or k in spaced]
        stand_ins = [Doc(nlp.vocab, words=[swap.get(x.i, x.text) for x in docs[k]],
                         spaces=[bool(x.whitespace_) for x in docs[k]]) for k, swap in again if swap]
        parsed_again = iter(nlp.pipe(stand_ins))
        for k, swap in again:
            d = next(parsed_again) if swap else docs[k]
            docs[k] = Doc(nlp.vocab, words=[x.text for x in docs[k]], spaces=own_spaces[k],
                          tags=[x.tag_ for x in d], pos=[x.pos_ for x in d], morphs=[str(x.morph) for x in d],
                          heads=[x.head.i for x in d], deps=[x.dep_ for x in d],
                          lemmas=[docs[k][x.i].text if x.i in swap else x.lemma_ for x in d])
    for doc in docs:
        _mend(doc)
        for t in doc:  # (`_LEMMA_FIXES`: the word lists and frames that name "wage", light verbs and verbs of
            # waging an attack, read its lemma)
            fix = _LEMMA_FIXES.get(t.lemma_)
            if fix is not None and t.lower_ in fix[1]:
                t.lemma_ = fix[0]
    return docs


def _full_name(text: str, surname: str, not_first, start: int = 0) -> str | None:
    """The first "First Surname" of the article (from `start`, its body) for a surname the recogniser found alone, or
    None.

    >>> _full_name("U.N. envoy Ibrahim Gambari arrived. Ban telephoned Gambari.", "Gambari", {"mr"})
    'Ibrahim Gambari'
    >>> _full_name("Mr. Gambari arrived. Ban telephoned Gambari.", "Gambari", {"mr"}) is None
    True
    >>> _full_name("the Taliban's chief, Mullah Abdul Ghani Baradar. Pompeo met Baradar.", "Baradar", {"mr"})
    'Abdul Ghani Baradar'
    >>> _full_name("Fiji's commander, Commodore Frank Bainimarama. Qarase met Bainimarama.", "Bainimarama", {"mr"})
    'Frank Bainimarama'
    >>> _full_name("Two Koreas reaffirm the visit. Officials from the two Koreas met.", "Koreas", {"mr"}) is None
    True
    >>> _full_name("James N. Miller, undersecretary of defense, spoke. Both Miller and Qi agreed.", "Miller", {"mr"})
    'James N. Miller'
    >>> _full_name("Iran criticized the U.S. Miller responded.", "Miller", {"mr"}) is None
    True
    """
    for m in re.compile(r"\b" + re.escape(surname) + r"\b").finditer(text, start):
        names: list[str] = []
        pos = m.start()
        while len(names) < 3:  # up to three given names before it, back to a title or an honorific
            w = _GIVEN_BEFORE.search(text, max(start, pos - 40), pos)
            if w is None or w.group(1).lower() in not_first or _before_name(w.group(1)) or (
                    w.group(1).lower() in _COUNTS or w.group(1).lower() in ("both", "all", "the")):
                break  # ("Commodore Frank Bainimarama": Frank Bainimarama; "Two Koreas" names no one)
            names.insert(0, w.group(1))
            pos = w.start()
        while names and names[0].endswith("."):
            names.pop(0)  # an initial only after a given name ("James N. Miller"; not "the U.S. Miller")
        if names:
            return f"{' '.join(names)} {surname}"
    return None


class _People:
    """The people an article names, in order, with the title words just before each name ("military spokesman
    Daya Ratnayake"): for "He" and "the spokesman" when the person is one the dictionary lacks."""

    _TITLE_RUN = re.compile(r"[^,.;:!?\"“”()]*$")

    def __init__(self, text: str, title_words: frozenset[str]):
        self.text, self.title_words = text, title_words
        self.seen: list[tuple[int, str, frozenset[str]]] = []  # (start, person, title words), by start
        self.ends: list[int] = []  # where each naming ends, sorted

    def add(self, start: int, name: str, until: int, titled: bool = False) -> None:
        """A person named at `start` to `until` (a title phrase, when `titled`: "Defense Secretary James Mattis").
        The title words before it are those after the person named before ("Defense Secretary X met Turkish
        Defense Minister Y": Y is no secretary)."""
        i = bisect_right(self.ends, start)  # (the last naming that ends before this one starts)
        lo = max(0, start - 40, self.ends[i - 1] if i else 0)
        insort(self.ends, until)
        before = self._TITLE_RUN.search(self.text, lo, start).group(0)
        before = before.rsplit(" and ", 1)[-1]  # "Secretary X and Defense Minister Y": Y is no secretary
        run = []  # the words right before the name that may be of its title: back to a verb or another word in
        # lower case that is no title ("The secretary thanked Minister Y": Y is no secretary)
        for w in reversed(re.findall(r"[A-Za-z]+", before)):
            if not (w.lower() in self.title_words or w[0].isupper() or w in ("of", "for", "on")):
                break
            run.append(w.lower())
        if titled:
            run.extend(re.findall(r"[a-z]+", self.text[start:until].lower()))
        titles = frozenset(w for w in run if w in self.title_words)
        self.seen.insert(bisect_right(self.seen, (start, "\uffff")), (start, name, titles))

    def latest(self, before: int) -> str | None:
        i = bisect_left(self.seen, (before, ""))
        return self.seen[i - 1][1] if i else None

    def newer(self, person: str, than: str, before: int) -> bool:
        """`person` was named after the last naming of `than` before offset `before`."""
        last = {name: start for start, name, _t in self.seen if start < before}
        return last.get(person, -1) > last.get(than, -1)

    def titled(self, title: str, before: int) -> str | None:
        """The last person named with `title` before offset `before`, when no other person had that title."""
        names = [name for start, name, titles in self.seen if start < before and title in titles]
        return names[-1] if names and len(set(names)) == 1 else None


def _own_side(agents, speakers, state_of) -> bool:
    """The agents are the speakers or their side ("Russia warned that Moscow would ..."), or the speakers are people
    whose side the dictionary does not know ("spokesman Dmitry Peskov warned that Moscow would ..."); not when no
    actor speaks ("analysts warn") or another party does."""
    if not speakers:
        return False
    if _and_states((a.actor for a in agents), state_of) & _and_states((f.actor for f in speakers), state_of):
        return True
    return all(f.type == "person" and not state_of(f.actor) for f in speakers)


def _time_given(clause):
    """The verb "give" whose time the infinitive clause is for ("gave Y 48 hours to leave"), or None."""
    noun = clause.head
    if noun.lemma_.lower() in _TIMES_GIVEN and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "give":
        return noun.head
    if noun.lemma_.lower() == "give" and any(o.lemma_.lower() in _TIMES_GIVEN for o in _children(noun, "dobj")):
        return noun  # (the infinitive hung on "gave" itself: "gave Iran 60 days to halt enrichment")
    if noun.lemma_.lower() == "end" and noun.dep_ == "pobj" and noun.head.lower_ == "until" and (
            noun.head.head.lemma_.lower() == "give"):
        return noun.head.head  # "gave Y until the end of the month to sign"
    return None


def _counterfactual(t) -> bool:
    """A past participle after a modal and "have": a thing that would have happened and did not ("could have sent",
    "would have attacked"); not "may have sent" (a guess at what happened) nor "must have"."""
    aux = [c.lower_ for c in _kids(t) if c.dep_ == "aux"]
    return "have" in aux and any(m in aux for m in ("could", "would", "should", "might"))


def _third_recipient(reader: Reader, thing, thanking) -> bool:
    """The thing a party is thanked for is given "to" an actor that is neither the thanking one nor its state
    ("Clinton thanked Japan for its assistance to Iraq"; not "Zelenskyy thanked Japan for its aid to Ukraine")."""
    own = {f.actor for f in reader.role(_children(thanking, "nsubj"))}
    if reader.state_of is not None:
        own |= {reader.state_of(a) for a in list(own)}
    return any(f.actor not in own for x in reader.prep(thing, "to") for f in reader.role([x]))


def _head_words(*names: str) -> list[str]:
    """The head words a body's names give it, what "the ..." may name it back by: "ministry" for "the Venezuelan
    Foreign Ministry", "observatory" for "Syrian Observatory for Human Rights", also "courts" for "the Islamic Courts
    Union".

    >>> _head_words("Syrian Observatory for Human Rights", "Islamic Courts Union")
    ['observatory', 'union', 'courts']
    """
    out = []
    for name in names:
        head = re.split(r"\s+(?:of|for|on|in)\s+", name, maxsplit=1)[0].lower().split()
        if len(head) > 1:
            out.append(head[-1])
        if len(head) > 2 and head[-1] in _GENERIC_BODY_ENDS and head[-2].endswith("s"):
            out.append(head[-2])  # "the courts" after "the Islamic Courts Union"
    return out


def _worth_parsing(text: str, s: int, e: int, found: list[Found], frames: Frames, lead: bool = True,
                   surnames: frozenset[str] = frozenset(), back: int | None = None,
                   heads: set[str] | frozenset[str] = frozenset(), voiced: bool = False,
                   own_voice: bool = False) -> bool:
    """Parse only a sentence that has a trigger word and room for two actors: two mentions, or a mention or a
    pronoun plus a name the dictionary lacks (the recogniser may make it an actor), or a counterpart from
    the account for a context frame ("expressed his condolences"), or the story's attack: told with one side
    in the lead (`lead`: one of the first sentences), or named back ("condemned the attack"). A sentence of a
    quotation another sentence attributes (`voiced`) is parsed with a verb of saying after it, so a judging word
    is enough there. A word only a frame judging in a voice reads needs a statement with a voice of its own
    (`own_voice`) or a verb of saying."""
    if not frames.trigger.search(text, s, e) and not (
            frames.speech and (voiced or frames.speech.search(text, s, e)) and frames.judged.search(text, s, e)
    ) and not (frames.voiced and frames.voiced.search(text, s, e) and (
            own_voice or voiced or frames.speech and frames.speech.search(text, s, e))) and not any(
            lemma.search(text, s, e) and cond.search(text, s, e) for lemma, cond in frames.conditional):
        return False
    actors = {f.actor for f in found}
    if len(actors) >= 2:
        return True
    taken = [(f.start, f.end) for f in found]
    names = [m for m in _CAP.finditer(text, s, e) if not any(a <= m.start() + 1 < b for a, b in taken)
             and not _NOT_NAME.match(text, m.start() + 1)]
    if _opening_surname(text, s, found, surnames):  # "Otunbayeva spoke with ...": named in full before
        names.append(s)
    if len(actors) + min(len(names), 2) >= 2:
        return True
    # "the rebels", "the military spokesman", an unresolved "He" (one the mention finder resolved is counted above)
    described = sum(not any(a <= m.start() < b for a, b in taken) for m in _DESCRIPTION.finditer(text, s, e))
    if heads:  # "the brotherhood" after "the Muslim Brotherhood": a body the article named, by its head word
        described += sum(m.group(1).lower() in heads and not any(a <= m.start() < b for a, b in taken)
                         for m in _THE_WORD.finditer(text, s, e))
    if frames.bare_body:  # "Council condemns ..."
        described += sum(not any(a <= m.start() < b for a, b in taken) for m in frames.bare_body.finditer(text, s, e))
    # "They" opening it, "the two leaders": two people the sentence before named (`recognised_pair`)
    described += 2 * any(not any(a <= m.start() < b for a, b in taken) and (
        m.start() == s if m.group(0).lower() == "they" else bool(COUNTED_PLURAL.match(m.group(0))))
        for m in PLURAL_PEOPLE.finditer(text, s, e))
    if len(actors) + min(len(names), 2) + min(described, 2) >= 2:
        return True
    # (one party: a mention, a description, or a name the recogniser may make an actor, "Adam Schiff called the move
    # reckless")
    return len(actors) + min(len(names), 1) + described == 1 and bool(_CONTEXT.search(text, s, e) or (
        lead and _ATTACK_TOLD.search(text, s, e)) or (frames.told_event and frames.told_event.search(text, s, e))
        or (frames.told_act and frames.told_act.search(text, s, e)) or _TOLD_THIS.search(text, s, e)
        or _TOLD_JUDGED.search(text, s, e) or (own_voice and frames.voiced and frames.voiced.search(text, s, e))
        or back is not None and _named_back(text, s, e, back))


# a verb of saying as a quotation's attribution tells it: `“...,” X said`, `“...,” said X`, `X said: “...”`
_SAY_FORMS = (r"(?:said|says|say|added|adds|told|tells|stated|states|declared|insisted|warned|noted|explained|"
              r"continued|wrote|writes|argued|stressed|asserted|remarked|commented|concluded|tweeted|read|asked|asks)")
_SAID_AFTER = re.compile(r"\s*,?\s*(?:" + _SAY_FORMS + r"\b|[^.!?;:\"“”]{1,100}?\s" + _SAY_FORMS + r"\b)")
# what may follow the verb of a sentence that only attributes the quotation before it: "X said on Monday.", "X told
# reporters in Geneva.", "X asked." (besides capitalised words and numbers)
_AFTER_ATTRIBUTION = frozenset({"on", "in", "at", "during", "after", "before", "to", "from", "earlier", "later", "last",
                                "this", "late", "early", "reporters", "journalists", "the", "a", "an", "morning",
                                "afternoon", "evening", "night", "week", "month", "year", "news", "press", "conference",
                                "briefing", "interview", "statement", "yesterday", "today"})


def _attribution_only(rest: str) -> bool:
    """The rest of a sentence after its verb of saying adds no more than a time, a place or an audience."""
    words = rest.replace(",", " ").split()
    if words and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    return all(w in _AFTER_ATTRIBUTION or w[:1].isupper() or w.isdigit() or w.endswith("day") for w in words if w)


_COSTS = frozenset({"consequence", "repercussion", "cost", "price"})  # what is "for" the one who will pay it
_NUMBERED = re.compile(r"\b(?:War|Phase|Stage|Title|Class|Type|Article|Chapter|Part|Section|Round|Category) $")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|US|[Oo]ur)\b")
_COLON_BEFORE = re.compile(r":\s*$")  # "X spoke on Friday: “...”"
_GOVERNED = re.compile(r"\b(?:after|with|by|to|of|from|for|against|between|on|in|at|about|over|than|like)\s+"
                       r"(?:the\s+|an?\s+)?$", re.I)  # right before a name: the name is no subject
_SAYS_IN = re.compile(r"\b" + _SAY_FORMS + r"\b")
_SAID_BEFORE_QUOTE = re.compile(r"\b" + _SAY_FORMS + r"\b[^.!?;\"“”]{0,30}$")


_ATTRIBUTION = '," it said.'


def _attributed(text: str, s: int, e: int) -> str:
    """The sentence at `s` without its closing marks, with an attribution to "it" after it: '"We will act.' ->
    '"We will act," it said.'"""
    end = e
    while end > s and text[end - 1] in ".!?…\"”'’ ":
        end -= 1
    return text[s:end] + _ATTRIBUTION


@dataclass(frozen=True)
class Voice:
    """Who speaks a sentence of a quotation that another sentence of it attributes (`“We will act. Iraq is a
    menace,” Putin said`: Putin speaks “We will act.”), and the quotation's span."""

    speaker: Found
    start: int
    end: int
    attributed: bool = False  # the sentence says who speaks the quotation itself


@dataclass
class Unvoiced:
    """A quotation over several sentences whose attribution names no actor the mention finder knows (`“...,” said
    Brian Hook`): the name may lie in `text[lo:hi]`, in the sentence `told` (start, end); `sentences` holds (start,
    quotation start, quotation end, attributed) for each sentence the speaker, once found, voices."""

    told: tuple[int, int]
    lo: int
    hi: int
    sentences: list[tuple[int, int, int, bool]]


def _quote_voices(text: str, start: int, passes: list, unvoiced: list[Unvoiced] | None = None) -> dict[int, Voice]:
    """Sentence start -> its Voice, for the sentences of a quotation over several sentences (or paragraphs);
    `passes` holds each sentence's (start, end, mentions). Quotations attributed to no known actor go to
    `unvoiced`, when given."""
    out: dict[int, Voice] = {}
    last: Found | None = None  # the speaker of the quotation before
    last_in = -1  # the index of the sentence its attribution (or its last words) is in
    last_unvoiced: Unvoiced | None = None  # ... or its attribution, which names no known actor
    ends = [e for _s, e, _found in passes]  # (in order)
    for qs, qe, continued in quotations(text, start):
        first = bisect_right(ends, qs)
        inside = []
        for n in range(first, len(passes)):  # the sentences it overlaps
            if passes[n][0] >= qe:
                break
            inside.append(passes[n])
        if not inside:
            continue
        speaker, told_in, span = None, None, None
        s1, e1, found1 = inside[-1]  # `“...,” X said`: after the closing mark, in its sentence
        after = _SAID_AFTER.match(text, qe, e1) if qe < e1 else None
        if after is not None:
            speaker = next((f for f in found1 if qe <= f.start < after.end() + 80), None)
            told_in, span = s1, (s1, e1, qe, min(e1, after.end() + 80))
        elif qe >= e1 and first + len(inside) < len(passes) and text[qe - 2 : qe - 1] in ("?", "!"):
            # `“... ?” X asked.`: a question or an exclamation ends its sentence, and the next sentence is only the
            # attribution (its verb followed by no more than a time, a place or an audience)
            s2, e2, found2 = passes[first + len(inside)]
            after = _SAID_AFTER.match(text, qe, e2) if not text[qe:s2].strip() else None
            if after is not None and _attribution_only(text[after.end() : e2]):
                speaker = next((f for f in found2 if f.start < after.end()), None)
                told_in, span = s2, (s2, e2, s2, e2)
        s0, _e0, found0 = inside[0]  # `X said: “...”`: before the opening mark, in its sentence
        said = _SAID_BEFORE_QUOTE.search(text, max(s0, qs - 60), qs) if told_in is None and qs > s0 else None
        if said is not None or told_in is None and qs > s0 and _COLON_BEFORE.search(text, max(s0, qs - 9), qs):
            # the one who speaks is the subject: the first named before the verb that no preposition governs ("After
            # talks with X, Y said: “...”"; "Y, who is ambassador to the United Nations, said, “...”")
            verb = said.start() if said is not None else qs
            speaker = next((f for f in found0 if f.end <= verb and not _GOVERNED.search(text, max(s0, f.start - 25),
                                                                                          f.start)), None)
            told_in, span = s0, (s0, _e0, s0, verb)
        waiting = None  # the attribution that names no known actor, whose speaker this quotation's is
        if told_in is None and qs == s0 and (continued or first == last_in + 1):
            speaker = last  # `“...,” X said. “...”`: the quotation right after one (or the one it goes on)
            waiting = last_unvoiced if last is None else None
        elif told_in is None and qs == s0 and first > 0 and "\n" in text[passes[first - 1][1] : qs]:
            # a quoted paragraph with no attribution of its own, right after a paragraph whose last sentence tells
            # what someone said: theirs ("Gates said China was arming. / “Our concern is over their intent.”")
            sp, ep, foundp = passes[first - 1]
            verb = _SAYS_IN.search(text, sp, ep)
            if verb is not None and not any(q in text[sp:ep] for q in '"“”'):
                speaker = next((f for f in foundp if f.end <= verb.start() and f.how != "pronoun" and not (
                    _GOVERNED.search(text, max(sp, f.start - 25), f.start))), None)
                span = (sp, ep, sp, verb.start())
        last, last_in, last_unvoiced = speaker, first + len(inside) - 1, None
        if speaker is None and unvoiced is not None and (span is not None or waiting is not None):
            # (the recogniser may find the speaker's name in the attribution: the caller looks)
            if waiting is None:
                waiting = Unvoiced((span[0], span[1]), span[2], span[3], [])
                unvoiced.append(waiting)
            if not (len(inside) < 2 and told_in == inside[0][0]):  # (a sentence that attributes itself is the
                # mention finder's; a quotation right after it may take its speaker)
                waiting.sentences.extend((s, qs, qe, s == told_in) for s, e, _found in inside
                                         if s == told_in or qs <= s and e <= qe)
            last_unvoiced = waiting
        if speaker is None or len(inside) < 2 and told_in == inside[0][0]:
            continue  # (a quotation of one sentence with its attribution in it: the mention finder's)
        for s, e, _found in inside:
            if s == told_in or qs <= s and e <= qe:  # (not a sentence only partly quoted, with no attribution)
                out[s] = Voice(speaker, qs, qe, s == told_in)
    return out


_DEMONYMS: dict[int, tuple[Dictionary, frozenset[str]]] = {}


def _demonyms(dictionary: Dictionary) -> frozenset[str]:
    """The dictionary's demonyms of states ("Indian"), worked out once per dictionary."""
    cached = _DEMONYMS.get(id(dictionary))
    if cached is None or cached[0] is not dictionary:  # (the dictionary kept: no other can take its id)
        cached = _DEMONYMS[id(dictionary)] = (dictionary, frozenset(
            surface for surface, entries in dictionary.surfaces.items()
            if any(how == "demonym" and dictionary.actors[name].type == "state"
                   for name, how in entries if name in dictionary.actors)))
    return cached[1]


def _unknown_speakers(text: str, unvoiced: list[Unvoiced], voices: dict[int, Voice], nlp, dictionary: Dictionary,
                      new_actors: dict[str, Actor]) -> list[Found]:
    """The speakers of the quotations in `unvoiced` that the recogniser finds in their attributions (“...,” said
    Brian Hook. “...”): a person named in full the dictionary lacks becomes an actor and voices the quotation's
    sentences (added to `voices`). Runs the tagger, parser and recogniser on each such attribution sentence only."""
    made: list[Found] = []
    ner = None
    for u in unvoiced:
        if not u.sentences or not _CAP.search(text, max(u.lo - 1, 0), u.hi):
            continue
        ner = ner or nlp.get_pipe("ner")
        us, ue = u.told
        doc = ner(_parse(nlp, [text[us:ue]])[0])
        for ent in doc.ents:
            at, end = us + ent.start_char, us + ent.end_char
            if ent.label_ != "PERSON" or not u.lo <= at < u.hi:
                continue
            if _GOVERNED.search(text, max(us, at - 25), at):
                continue  # "Flanked by X, the official said: “...”": not the one who speaks
            parts = ent.text.split()
            while parts and _before_name(parts[0]):
                parts.pop(0)  # ("Senator Carl Levin": the name after the rank)
            name = dictionary.loose_names.get(loose_form(" ".join(parts)), " ".join(parts))
            if len(parts) < 2 or not name[:1].isupper() or any(ch.isdigit() for ch in name) or (
                    name in dictionary.actors):
                break  # (one the dictionary knows the mention finder found, and did not take as the speaker)
            new_actors.setdefault(name, Actor(name=name, type="person", in_dictionary=False))
            speaker = Found(end - len(name) if ent.text.endswith(name) else at, end, name, "entity", "person")
            made.append(speaker)
            for s, qs, qe, attributed in u.sentences:
                voices.setdefault(s, Voice(speaker, qs, qe, attributed))
            break
    return made


_PLURAL_TITLES = re.compile(r"\b(?:Presidents|Prime Ministers|Premiers|Chancellors|Kings|Emirs|Sultans) ")
# plural titles before a list of names, and each name's own title ("Presidents Bush and Putin")
_PLURAL_TITLE_WORDS = {"Presidents": "President", "Secretaries": "Secretary", "Senators": "Senator",
                       "Generals": "General", "Ambassadors": "Ambassador", "Chancellors": "Chancellor",
                       "Premiers": "Premier", "Kings": "King"}
_LIST_SEPARATOR = re.compile(r"(?:,| and|, and) ")


def _third_party_act(reader, t, targets: set[str]) -> bool:
    """The act a demand asks to stop is a third party's: its object is owned or done by an actor other than the one
    asked ("urged the United States to halt Iranian arms shipments", "wants NATO to end Russian aggression")."""
    ceasing = reader.words.get("ceasing_acts", frozenset())  # (to stop, end, halt: not "called on Syria to implement
    # the Security Council's resolution")
    acts = [a for a in reader.demanded_acts(t) if a.lemma_.lower() in ceasing]
    objects = [o for a in acts for o in _children(a, "dobj")]
    owners = reader.role(reader.modifying_actors(objects)) + reader.role(objects)  # (or is one: "to stop the Taliban")
    # (a pronoun's owner is the one asked: "calls from Spain and the EU to withdraw its forces")
    return any(f.actor not in targets and f.how != "pronoun" for f in owners)


# a verb in the past right before a plural, whose object it is: "thanked the leaders", "told both leaders"
_OBJECT_AFTER_VERB = re.compile(r"\b(?:[a-z]+ed|told|met) (?:the |both )?$")


def _to_account(found: list[Found], account: list[str], text: str, claims, together) -> list[Found]:
    """ "The two leaders discussed ...", "Both leaders agreed ..." that the mention finder read as the last two people
    named together ("Shanahan noted that both he and Mattis hail from ..."), two who have not met, called or talked
    in the story before: the two of the account's call or meeting ("Shanahan and Suh met at the Pentagon"). (Not
    "they", which stands for more than people; two who did meet keep it: a second meeting of the story; so do two
    named as the joined subject of a main clause, `together`: "Joe Biden and Rishi Sunak condemned the visit. Both
    leaders accused China ...")"""
    groups = defaultdict(list)
    for f in found:
        if f.how == "group" and f.type == "person" and text[f.start : f.start + 4].lower() not in ("they", "thei"):
            groups[(f.start, f.end)].append(f.actor)
    if not groups:
        return found
    talked = {frozenset((c.source, c.target)) for c in claims if c.relation in ("met", "called", "discussed_with")}
    out = found
    for (a, b), who in groups.items():
        if len(set(who)) != 2 or set(who) == set(account) or frozenset(who) in talked or together(set(who)):
            continue
        if _OBJECT_AFTER_VERB.search(text, max(0, a - 24), a) and any(
                all(frozenset((x, w)) in talked for w in who) for x in account):
            continue  # "X met with President A and Prime Minister B ... X thanked the leaders": the two X met, acted
            # on (not "the leaders discussed ...", the account's two)
        out = [f for f in out if not (f.start == a and f.end == b and f.how == "group")] + [
            Found(a, b, w, "group", "person") for w in account]
    if out is not found:
        out.sort(key=lambda f: f.start)
    return out


def _plural_titles(text: str, s: int, e: int, found: list[Found]) -> list[tuple[Found, Found]]:
    """(person, state) for each "X of Y" listed after a plural leading title: "Presidents X of Y and Z of W"."""
    out: list[tuple[Found, Found]] = []
    for m in _PLURAL_TITLES.finditer(text, s, e):
        if text[max(s, m.start() - 10) : m.start()].lower().rstrip().rsplit(" ", 1)[-1] in NOT_LEADING:
            continue  # "Former Presidents X of Y and Z of W"
        at = m.end()
        while True:
            person = next((f for f in found if f.start == at and f.type == "person" and f.how != "pronoun"), None)
            if person is None or not text.startswith(" of ", person.end):
                break
            state = next((f for f in found if f.start == person.end + 4 and f.type == "state"), None)
            if state is None:
                break
            out.append((person, state))
            sep = _LIST_SEPARATOR.match(text, state.end, e)
            if sep is None:
                break
            at = sep.end()
    return out


_TITLE_MODIFIERS = frozenset({"executive", "managing", "general", "secretary", "founding"})  # "Executive Director"
_TITLE_OF_NAME = re.compile(r"\b[A-Z][a-z]+(?: of(?: the)?)? [A-Z]")  # "Director of the Federal ...", "Duma Speaker B"


def _body_titles(reader: Reader, titles: frozenset[str], known=frozenset()) -> list[tuple[Found, Found]]:
    """(person, body) for a leading title that ties a name to a body the recogniser names, in one phrase: "Director
    of the National Intelligence Service X", "Oxfam CEO X", "X, the director of the National Intelligence Service"
    (a state's titles are the mention finder's). The recogniser runs only on a sentence that has such a title
    between capitalised words."""
    doc = reader.doc
    cands = [t for t in _tokens(doc) if t.lower_ in titles and (t.text[:1].isupper() or t.i > 0 and doc[
        t.i - 1].lower_ in ("the", "a", ","))]
    if not cands or not _TITLE_OF_NAME.search(reader.text):
        return []
    if reader.ner is None and reader.place_ner is not None and any(
            f.type == "person" and f.actor not in known for f in reader.found):  # (every name found, one of them a
        # person the dictionary (`known`) lacks: the recogniser tells the body's name and the person's all the same,
        # "the Commander of UNIFIL, X")
        reader.ner, reader._ents = reader.place_ner, None
    reader.ents  # noqa: B018 (runs the recogniser on the sentence)
    ents = {x.start: x for x in reader.doc.ents}
    ends = {x.end: x for x in reader.doc.ents}
    out = []
    for t in cands:
        lead = t.i  # the title's first word: "Executive Director", "Secretary General"
        while lead > 0 and doc[lead - 1].lower_ in _TITLE_MODIFIERS and doc[lead - 1].text[:1].isupper() == (
                t.text[:1].isupper()):
            lead -= 1
        before = doc[lead - 1].lower_ if lead else ""
        if before in NOT_LEADING:  # ("former", "deputy", "acting" ...)
            continue
        body = ends.get(t.i) or ends.get(lead)  # "[Oxfam] CEO [X]", "[Oxfam] Executive Director [X]"
        if body is None and _after_letters(doc, lead):
            body = ends.get(lead - 3)  # "[Lebanese Armed Forces] (LAF) Commander [X]": its letters in brackets
        if body is not None and body.start < t.i and any(
                doc[k].lower_ in NOT_LEADING for k in (body.start - 1, body.start) if k >= 0):
            continue  # ("Former U.S. Central Command (CENTCOM) Commander X", "the former IRGC commander X")
        at = t.i + 1
        if body is None and at < len(doc) and doc[at].lower_ == "of":  # "Director of [the Federal Security Service]"
            at += 1
            if at < len(doc) and doc[at].lower_ == "the" and at not in ents:
                at += 1
            body = ents.get(at)
            at = body.end if body is not None else at
        if body is None or body.label_ != "ORG":
            continue
        if body.start > t.i and body.end < len(doc) and doc[body.end].lemma_.lower() in UNIT_WORDS:
            continue  # "the head of the NATO forces in Afghanistan": the forces', not NATO's
        if at < len(doc) and doc[at].text == "," and body.start > t.i:
            at += 1  # ("The director of the National Intelligence Service, X, said")
        person = ents.get(at)
        while person is None and at < len(doc) and at - t.i < 10 and _before_name(doc[at].text):
            at += 1  # "Africa Command Commander [Gen.] X", "the director of Y, [Professor] X"
            person = ents.get(at)
        if person is None and lead >= 2 and doc[lead - 1].lower_ in ("the", ",") and body.start > t.i and (
                body.end >= len(doc) or doc[body.end].is_punct):
            # "[X], the director of the National Intelligence Service": the name in apposition before the title (its
            # body ends the phrase: not "X, head of EU foreign policy")
            k = lead - 2 if doc[lead - 1].lower_ == "the" else lead - 1
            if k >= 0 and doc[k].text == ",":
                person = ends.get(k)
        if person is None or person.label_ != "PERSON":
            continue
        who = [f for f in reader.refs(person.root) if f.type == "person"]
        # (the body's own words: the parser may hang its article or first word outside it)
        of = _unique([f for x in body if x.pos_ in ("PROPN", "NOUN") for f in reader.refs(x)
                      if f.type in ("organization", "group")])
        if len(who) == 1 and len(of) == 1:
            out.append((who[0], of[0]))
    return out


def _nominalises(noun: str, verb: str) -> bool:
    """Whether `noun` is the act of `verb` by a regular suffix: announce -> announcement, declare -> declaration,
    annex -> annexation, withdraw -> withdrawal, refuse -> refusal.

    >>> [_nominalises(n, v) for n, v in [("announcement", "announce"), ("declaration", "declare"),
    ...  ("annexation", "annex"), ("withdrawal", "withdraw"), ("refusal", "refuse"), ("station", "st")]]
    [True, True, True, True, True, False]
    """
    return len(verb) > 3 and any(noun == stem + suffix for stem in (verb, verb[:-1] if verb.endswith("e") else verb)
                                 for suffix in ("ment", "ation", "al"))


def _named_back(text: str, s: int, e: int, back: int) -> bool:
    """A definite noun of the sentence at `s` whose word the text from `back` (the two sentences before) used:
    "the drills" after "announced new drills", "the veto" after "vetoed"."""
    told = text[back:s].lower()
    return any(m.group(1).lower()[:5] in told for m in _DEFINITE.finditer(text, s, e))


_DEFINITE = re.compile(r"\b(?:the|these|those) (?:[a-z]+ )?([a-z]{4,})\b", re.I)


# a state's armed forces named right after it: "Ethiopian troops", "Kenya's armed forces"
_FORCES_AFTER = re.compile(r"(?:['’]s?)? (?:[a-z]+ )?(?:troops|forces|soldiers|army|military)\b")
_THE_WORD = re.compile(r"\b[Tt]he ([a-z]{4,})\b")
_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he (?:[\w-]+ ){0,2}(?:(?:[a-z]+ )?(?:group|militia|movement|faction)|rebels|insurgents|militants|"
    r"[A-Z][a-z]+s|spokes(?:man|woman|person)|minister|ambassador|envoy|official|government|authorities|regime|country|"
    r"secretary|commander|general|ministry|agency|council|committee|observatory|organization|courts?|union|party|"
    r"front|commission|alliance|bloc|body|delegation|coalition|kingdom|island|republic|nation|statement|resolution|complaint|"
    r"communique|declaration|letter|report)|"
    r"(?<![\w,] )(?:He|She))\b")
# an attack told with one side named ("rockets hit an Israeli town"), and "the attack" told before
_ATTACK_TOLD = re.compile(r"\b(?:attack|bomb|struck|strike|hit|shell|fired|raid|assault|ambush|killing|explosion|"
                          r"blast|massacre|shooting)", re.I)
# "condemns this.", "opposes this, and ...": an act told before, named by a demonstrative alone
_TOLD_THIS = re.compile(r"\b(?:this|that)(?=[.,;!]| and\b| but\b)")
# "called this a provocation", "described that as reckless": a judgement of what was told before
_TOLD_JUDGED = re.compile(r"\b(?:call(?:ed|s)?|describ(?:e|ed|es)|label(?:l?ed|s)?|brand(?:ed|s)?|term(?:ed|s)?|"
                          r"dub(?:bed|s)?) (?:this|that)\b", re.I)
_CONTEXT = re.compile(r"\b(?:condolence|sympath|assist|aid|help|support|offer|thank|reveng|retaliat|retribution|"
                      r"vengeance)", re.I)


def _listed_people(reader: Reader, first) -> list[Found]:
    """The people a list of names with their titles names from `first` on ("President A, Minister of Defense B,
    Minister of Interior C and D"), read on the words: names, titles, commas and "and", up to the first other word
    or the first name that is not one more of the list: a clause's subject ("met with Xi, Vladimir Putin said"), the
    owner of a title ("A, King Y's adviser"), a new pair's first party ("met with Xi, Blinken with Wang")."""
    doc, out, commas, text = reader.doc, [], 0, reader.text
    for x in _tokens(doc)[first.i :]:
        if x.text == ",":
            commas += 1
            continue
        if not (x.pos_ == "PROPN" or x.text == "-" or x.lower_ in _LIST_TITLE_WORDS or (
                x.pos_ == "ADJ" and x.text[:1].isupper())):
            break
        top = x  # the word the name hangs from ("Vladimir" -> "Putin")
        while top.dep_ in ("compound", "flat", "nmod", "amod", "punct") and top.head.i > top.i and (
                top.head.pos_ in ("PROPN", "NOUN")):
            top = top.head
        if x.i > first.i and top.dep_ in ("nsubj", "nsubjpass", "poss"):
            break
        if x.i > first.i and top.dep_ == "pobj" and top.head.lower_ == "of":
            continue  # ("A, the foreign minister of President Y": Y is whose minister A is)
        for f in reader.tok_found[x.i]:
            if f.type != "person" or f in out:
                continue
            if text.startswith(("'s", "’s"), f.end - reader.offset) or _NEXT_WITH.match(text, f.end - reader.offset):
                return out if commas else []
            if f.actor.rsplit(" ", 1)[-1] in text[f.start - reader.offset : f.end - reader.offset]:
                out.append(f)  # (not a person named by a title alone: "A, chief of Brazil's staff")
    return out if commas else []


_NEXT_WITH = re.compile(r"\s+with\b")


# ---- the engine --------------------------------------------------------------------------------------
def _match_frames(reader: Reader, frames: Frames):
    """(frame, trigger token, agents, patients, negated, future) for every frame a token triggers."""
    for t in _tokens(reader.doc):
        pos = ("verb" if t.pos_ in _VERBAL else "noun" if t.pos_ in ("NOUN", "PROPN")
               else "adj" if t.pos_ == "ADJ" else "")
        if not pos:
            continue
        cands = frames.index.get((t.lemma_.lower(), pos)) or frames.index.get((t.lower_, pos))
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _gerund_as_noun(t):
            # a gerund the tagger took for a verb where it is a noun: "Fighting between A and B continued"
            cands = (*(cands or ()), *frames.index.get((t.lower_, "noun"), ()))
        if not cands:
            continue
        named_parts = [c for c in _kids(t)
                       if c.dep_ == "compound" and c.pos_ == "PROPN" and not reader.tok_found[c.i]
                       and c.lower_ != "prime"  # "Prime Minister" is a title, not a name
                       and c.text not in CALENDAR_WORDS]  # ("the July-August war": a time, no name)
        # part of a name: "the Defense Policy Coordination Talks", "Consultative Agreement meetings" (but a title
        # after its body's name still leads it: "Labour Party leader X")
        in_name = ((t.pos_ == "PROPN" and named_parts) or len(named_parts) > 1 or any(c.n_lefts for c in named_parts)) \
            and not any(_building(c, frames.words) for c in named_parts)  # ("Oval Office talks": a place)
        in_mention = bool(reader.tok_found[t.i]) and t.pos_ == "PROPN"  # "Ban Ki-moon" is no ban
        thanked_for = t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() == "thank" and not (
            _third_recipient(reader, t, t.head.head))  # ("A thanked Y for its aid to Z": Z is helped, not A)
        come_to = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in ("come", "rush", "run")
        laid_on = t.lemma_.lower() == "blame" and bool(reader.tokens_for("blamed_on", t))  # "blamed Y's crisis on Z"
        # what the trigger takes or carries, read once for the frames that ask for an object
        carried = [o for d in reader.obj(t) + _children(t, "dobj") for o in _carried(_antecedent(d, t))] if any(
            fr.objects for fr in cands) else []
        for fr in cands:
            if (in_name or in_mention) and fr.relation != "leads":
                continue
            if fr.agent and set(fr.agent) <= _PASSIVE_ROLES and not _is_passive(t):
                continue  # a frame of the passive only ("was threatened with NATO strikes"): not the active verb
            if fr.id == "aid.help_verb" and any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _SETTLING
                                                for c in _kids(t)):
                continue  # "helped Israel and Hamas agree to a ceasefire", "helped Y reach a deal with Z": a
                # mediator's part, no aid to either
            if thanked_for and fr.pos == "noun":
                continue  # "X thanked Y for his solidarity": the thanking frame reads whose it is
            if come_to and fr.pos == "noun":
                continue  # "came to Japan's aid": Japan is helped (the frame of "come" reads it)
            if "@none" in fr.objects:  # no object, or a reciprocal one: "A and B fought (each other)", or one of the
                # frame's own ("fought pitched battles with Y")
                if any(o.lemma_.lower() not in ("other", "another") and (o.lemma_.lower() not in fr.objects or (
                        # ("fought pitched battles with Y"; not "a long battle with the EU over fishing rights")
                        o.lemma_.lower() == "battle" and not any(c.lower_ in _ARMED_BATTLE for c in _kids(o))))
                       for o in reader.obj(t) + _children(t, "dobj")):
                    continue
            elif fr.objects and not any(o.lemma_.lower() in fr.objects or any(
                    f"@{f.type}" in fr.objects for f in reader.tok_found[o.i] or (  # ("fired dozens of missiles")
                        reader.refs(o) if "@person" in fr.objects and o.pos_ == "PROPN" else ()))
                    for o in carried):
                continue  # ("@state": any state the dictionary names, "recognised South Sudan")
            if fr.subjects and not any(x.lemma_.lower() in fr.subjects or x.pos_ == "PROPN" and any(
                    f.type in ("state", "group") for f in reader.tok_found[x.i]) for x in (
                    *reader.subj(t), *([t.head] if t.dep_ in ("acl", "relcl") else []))):
                continue  # ("NATO warplanes forced Serbian troops out": force of arms; not "Parliament voted to force
                # U.S. troops out"; "the alliance, which includes Y": the noun the relative clause is on)
            held = [o for o in carried if o.lemma_.lower() in fr.objects]
            if held and all(o.lemma_.lower() in frames.words.get("currencies", ()) and not any(
                    c.dep_ in ("nummod", "quantmod") or c.lemma_.lower() in ("million", "billion", "$")
                    for c in o.subtree if c.i != o.i) for o in held):
                continue  # "the vote sent the pound tumbling": a currency with no sum is no money given
            if fr.relation == "backs_financially" and t.pos_ in _VERBAL and any(
                    c.lemma_.lower() in frames.words.get("military_aid", ())
                    for x in [*(y for o in (*reader.obj(t), *reader.prep(t, "with")) for y in reader.prep(o, "in")),
                              *reader.prep(t, "in")]
                    for c in (x, *_kids(x))):
                continue  # "gave $30 million in military aid": arms (a typed aid frame reads it), not money
            # (a thing given to something no actor names is given to no one: "thanked Y for its contributions to
            # global security")
            if any(not any(c.lemma_.lower() in lemmas and not any(
                    x.pos_ == "NOUN" and not reader.role([x]) for x in reader.prep(c, "to")) and not (
                    t.lemma_.lower() == "thank" and _third_recipient(reader, c, t))  # (aid to Z helps Z)
                    for o in [*reader.prep(t, prep), *(_children(t, "compound") if prep == "of" and t.pos_ == "NOUN"
                                                       else ())]  # ("an arms sale to Y": a sale of arms)
                    for c in _carried(o)) for prep, lemmas in fr.requires):
                continue
            if laid_on and "blamed_on" not in fr.patient:
                continue  # "blamed Zimbabwe's crisis on Britain": the one it is laid on (criticize.blame_on), not the
                # crisis's owner
            if fr.not_phrasal and _phrasal(t) in fr.not_phrasal:
                continue  # "hit out at Y" is no blow
            if fr.tags and t.tag_ not in fr.tags:
                continue
            if fr.patient[:1] == ("obj",) and t.pos_ in _VERBAL and any(
                    c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in _kids(t)):
                continue  # "Israel has the right to defend itself": the subject's act on itself relates no one (but
                # "allied himself with Y" relates Y)
            if fr.relation == "attacks" and t.pos_ == "NOUN" and any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in _FIGURATIVE for c in _kids(t)):
                continue  # "the diplomatic war between Beijing and Taipei", "a trade war": no force
            if fr.cue or fr.not_cue:
                lem = reader.cue_lemmas(t, fr.cue_scope)
                if fr.cue and not (lem & fr.cue) and not (
                        fr.relation == "called" and reader.call_readout and t.pos_ == "NOUN" and t.lemma_.lower() in (
                            "call", "conversation") and not any(
                            c.dep_ in ("prep", "acl", "relcl") and c.lower_ not in ("with", "between")
                            or c.dep_ == "poss" and c.lower_ not in ("their", "our") for c in _kids(t))
                        and not any(w in t.doc[t.left_edge.i : t.i].text.lower() for w in _IN_PERSON)
                        and not reader.held_at_place(t)):  # ("The President and Prime Minister Brown had a
                    # productive call" in the readout of their call; not "his call to Y to ...", "a call for
                    # restraint", "the face-to-face conversation", "Merkel's conversation with Putin")
                    continue
                if fr.not_cue and lem & fr.not_cue:
                    continue
            reader.strict = fr.strict
            agents: list[Found] = []
            roles = fr.agent
            pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in _kids(t))
            if "poss" in roles and "light" in roles and pronoun_owner and t.dep_ == "dobj" and _children(
                    t.head, "nsubj") and not _children(t.head, "mark"):
                # (not the misparse "spoke [with X to express his condolences]")
                # "Erdogan sent him his condolences": the light verb's subject says whose, not the pronoun
                roles = ("light", *(r for r in roles if r != "light"))
            for role in roles:
                reader.names_only = role in ("titled", "modified")  # "Y and his visiting counterpart, X": X alone
                toks = reader.tokens_for(role, t)
                if role == "objfrom" and fr.objects:  # "drew condemnation from China and a warning from Japan": the
                    # one the object the frame reads is from, when that object names its own
                    own_from = [x for o in reader.obj_phrase(t) for c in (o, *o.conjuncts)
                                if c.lemma_.lower() in fr.objects for x in reader.prep(c, "from", 1)]
                    toks = own_from or toks
                agents = reader.role(toks)
                reader.names_only = False
                if role == "is" and t.dep_ == "appos":  # "Turkey, an ally of Y, and Russia": the apposition
                    agents = [a for a in agents if a.start < reader.offset + t.idx]  # describes what comes before
                if role == "light" and fr.relation == "allied_with" and t.lemma_.lower() == "alliance" and any(
                        f.type == "state" for x in t.subtree if x.i < t.i for f in reader.tok_found[x.i]):
                    agents = [a for a in agents if a.type != "person"]  # "Mattis and Song reaffirmed the U.S.-ROK
                    # alliance": the states it names are the allies, not the two people (but "X formed an alliance
                    # with the Northern League")
                if agents:
                    break
            if fr.id == "meet.included" and agents:  # "In addition to X, the meeting included A and B": X was
                # there too (not "In addition to Russia, A and B discussed Y": a topic)
                agents += [a for a in reader.role([o for p in _children(t, "prep") if p.lower_ in ("in", "besides")
                                                   for o in _children(p, "pobj") if p.lower_ == "besides" or (
                                                       o.lower_ == "addition")
                                                   for o in ((o,) if p.lower_ == "besides" else reader.prep(o, "to"))])
                           if a.actor not in {x.actor for x in agents}]
            patients: list[Found] = []
            named = False  # a target phrase is there, even if it names no actor ("talks between commanders")
            among = False  # the targets are related among themselves ("talks between A and B")
            own = {a.actor for a in agents}
            # (a claim of the act names its doer before the object's places do: "condemns the bombing at the
            # ministry, for which X claimed responsibility"; the frame keeps "obj" first for what reads the object)
            for role in ("claimed_by", *(r for r in fr.patient if r != "claimed_by")) if (
                    "claimed_by" in fr.patient) else fr.patient:
                # the target of an attack, or of the attack a threat names ("threats to attack American interests")
                reader.places = fr.relation == "attacks" or (fr.relation == "threatens" and role in ("xobj", "prep:at"))
                toks = reader.tokens_for(role, t)
                if role == "prep:with" and fr.relation == "criticizes" and t.pos_ == "NOUN" and t.dep_ == "dobj" and (
                        t.head.lemma_.lower() in _RAISED_WITH):
                    toks = []  # "raised concerns with Y": told to Y, the one talked with (but "voiced displeasure
                    # with Y", "raised concerns about ties with Y")
                if fr.relation == "attacks" and role == "prep:against" and t.lemma_.lower() in _RESISTING:
                    toks = [x for x in toks if x.lemma_.lower() not in _ONSLAUGHTS]  # "fought against Russian
                    # aggression": the one who resists an attack is its target, not the attacker's (`_defended_against`)
                of_meeting = fr.id == "meet.noun" and role == "prep:of"  # "a meeting of the ministers of A and B"
                named = named or role != "prep:over" and not of_meeting and any(
                    x.pos_ != "NUM" and not (role == "prep:with" and x.lemma_.lower() in _OUTCOMES) for x in toks)
                # ("talks between 2014 and 2022" name no one; "condolences over the tragedy" tell what for, not to
                # whom; "a series of meetings" names what the meetings are of, not who met)
                patients = [p for p in reader.role(toks) if p.actor not in own]  # "recalled its ambassador"
                if fr.id == "criticize.reject_ruling" and any(o.lemma_.lower() == "resolution" for o in _children(
                        t, "dobj")):
                    patients = [p for p in patients if p.type == "organization"]  # a body's resolution (a state's is
                    # a draft: "the Council rejected a Russian resolution")
                if fr.id == "support.ally_noun" and role == "mod" and t.dep_ == "conj" and any(
                        c.dep_ == "poss" and c.lower_ == "their" for c in _kids(t)) and any(
                        p.actor in (f.actor, f.role_of) and not (p.start <= f.start < p.end) for p in patients
                        for f in reader.found):
                    patients = []  # "Syria, Iran, Hezbollah and their Lebanese allies [...] to topple Lebanon's
                    # government": factions of a state the sentence names apart, not the state (but "Russia and their
                    # Syrian allies bombed Aleppo", "will defend its Japanese allies")
                people = {q.actor for q in patients if q.type == "person"}
                patients = [p for p in patients if p.type == "person" or not any(  # (not a body that titles a person
                    q.actor in people and 0 < q.start - p.end <= 12 and ((gap := reader.text[
                        p.end - reader.offset : q.start - reader.offset].strip(" ")) == "" or gap.isalpha()
                    and gap.islower() and gap not in ("and", "or", "nor", "with", "versus"))
                    for q in reader.found)]  # listed: "talks between X and China's President and Communist Party chief
                # Hu Jintao": X and Hu)
                if of_meeting and (agents or len({p.actor for p in patients}) < 2 or t.lemma_.lower() not in (
                        "meeting", "summit", "conference")):
                    patients = []  # "a meeting of the foreign ministers of A, B and C": the two or more it is of met
                    # (not "spoke at a meeting of the Security Council": a body's own session)
                if role == "purpose_alone" and agents and all(a.type != "person" for a in agents) and (
                        reader.state_of is not None):  # "spoke with President X of Y to express U.S. support": a
                    # state's support, voiced in a call, goes to the state of the one called
                    patients = [Found(p.start, p.end, home, p.how, "state") if p.type == "person" and (
                        home := reader.state_of(p.actor)) else p for p in patients]
                if role == "backing_of" and not patients and reader.backs_a_cause(t, _and_states(
                        own | {f.actor for r in fr.patient[1:] for f in reader.role(reader.tokens_for(r, t))},
                        reader.state_of or (lambda _a: None))):
                    break  # the backing thanked for backs a cause of neither side, not the thanker
                if patients:
                    among = role.startswith("between:") or role in ("dispute_parties", "involving") or of_meeting
                    if role == "prep:with" and fr.relation in _TALK_RELATIONS and toks and all(
                            p.type == "person" for p in patients):
                        # "met with President A, Minister of Defense B, Minister of Interior C and D": everyone the
                        # list names, however the parser cut it up
                        seen = {p.actor for p in patients} | own
                        for q in _listed_people(reader, toks[0]):
                            if q.actor not in seen:
                                seen.add(q.actor)
                                patients.append(q)
                    break
            reader.places = False
            if fr.relation == "attacks" and fr.mutual and t.pos_ in _VERBAL and agents and (any(
                    f.type == "person" for f in (*agents, *patients)) or t.lemma_.lower() == "clash" and any(
                    o.lemma_.lower() not in _TIME_NOUNS | reader.words.get("contested_nouns", frozenset())
                    for o in reader.prep(t, "over")) and not any(
                    f.type == "group" for f in (*agents, *patients))) and not any(
                    x.lemma_.lower() in reader.words.get("armed_nouns", ())
                    for x in (*reader.subj(t), *reader.prep(t, "with"))):
                continue  # "Putin and Biden clashed at the summit", "Hun Sen has clashed with Bangkok", "A clashed
                # with B over the temple": people who clash, and parties who clash over a matter, argue (not "forces
                # loyal to X clashed with Y's troops")
            yield fr, t, agents, patients, named, among


def extract_parsed(article: Article, dictionary: Dictionary | None = None, frames: Frames | None = None,
                   nlp=None, version: str = "", resolved: Extraction | None = None) -> Extraction:
    """Mentions and claims of one article read from dependency parses; quotes are whole sentences at exact
    offsets, as with the fast engine.

    >>> from graph.articles import parse
    >>> a = parse("date: 2023-06-01\\n\\nUkraine was attacked by Russia on Monday.", "x.txt")
    >>> [(c.source, c.relation, c.target) for c in extract_parsed(a).claims]
    [('Russia', 'attacks', 'Ukraine')]
    """
    from .nlp import load_model

    nlp = nlp or load_model()
    return run_parsed([parsed_steps(article, dictionary, frames, nlp, version, resolved)], nlp)[0]


def run_parsed(steps: list, nlp) -> list[Extraction]:
    """Drive the `parsed_steps` of many articles together: the sentences all of them want parsed go through the
    model in one batch (the tagger and parser run faster on one large batch than on one small batch per
    article), and each article's reading goes on with its own. The results are those of one article at a time."""
    results: list = [None] * len(steps)
    waiting: list[tuple[int, list[str]]] = []
    for i, step in enumerate(steps):
        try:
            waiting.append((i, next(step)))
        except StopIteration as done:  # nothing worth parsing
            results[i] = done.value
    docs = _parse(nlp, [t for _, texts in waiting for t in texts])
    at = 0
    for i, texts in waiting:
        try:
            steps[i].send(docs[at : at + len(texts)])
        except StopIteration as done:
            results[i] = done.value
        else:  # pragma: no cover - a reading asks for its sentences once
            raise RuntimeError("a parsed reading asked for its sentences twice")
        at += len(texts)
    return results


def parsed_steps(article: Article, dictionary: Dictionary | None = None, frames: Frames | None = None,
                 nlp=None, version: str = "", resolved: Extraction | None = None):
    """`extract_parsed` as a generator: it yields the texts of the sentences worth parsing, is sent their parses
    (tagger and parser, no recogniser), and returns the Extraction (`run_parsed` drives it)."""
    from .nlp import load_model, model_id

    dictionary = dictionary or load_dictionary()
    frames = frames or load_frames()
    nlp = nlp or load_model()
    lexicon = load_lexicon()
    version = version or f"{rules_version()}+frames+{model_id()}"
    # the rules' pass already read the article with a finder of its own: reuse it (no second scan of the body)
    finder = resolved.finder if resolved is not None and resolved.finder is not None else MentionFinder(
        article, dictionary, author=find_author(article, dictionary))
    text = finder.text  # (passages in capitals read in the usual capitals; quotes come from the article's text)
    author = finder.author
    title = article.title or ""
    # a transcript (speakers' names before their words, "QUESTION:", an interpreter's note) is no government's own
    # statement
    transcript = bool(_TRANSCRIPT.search(text, article.body_start))
    own_voice = bool(author or finder.home and not transcript)  # (a statement's own words may judge)
    # a statement whose author never speaks as "I" speaks for the government that publishes it ("We share Y's
    # concerns regarding Z's provocations": the State Department's, whichever spokesperson signs it)
    judging_voice = author if author and (not finder.home or _FIRST_SINGULAR.search(
        _QUOTED.sub("", text[article.body_start :]))) else None
    call_readout = bool(_CALL_READOUT.search(title))
    call_document = bool(_CALL_DOCUMENT.search(title))
    mentions: list[Mention] = []
    new_actors: dict[str, Actor] = {}
    surnames: dict[str, str] = {}
    vetoed: set[tuple[int, str]] = set()
    inner_owners: set[tuple[int, str, str]] = set()  # (sentence, relation, state) a body inside the state did it
    talks_to_come: set[tuple[int, str, str, str]] = set()  # (sentence, relation, source, target) not yet held
    laid_owners: set[tuple[int, str]] = set()  # (sentence, actor) whose act another is blamed for
    outsiders: set[tuple[int, str, str]] = set()  # (sentence, actor, party) of talks between others
    # (sentence, relation) -> the actors named in the explicit subjects of its triggers there; None where a
    # trigger has no explicit nominal subject ("to condemn", "the talks"), so the parse does not decide
    subjects: dict[tuple, set[str] | None] = {}  # also (sentence, relation, target) -> subjects of that reading
    places: dict[int, set[str]] = {}  # sentence start -> capitals the parse read as an event's place
    # (sentence, doer) -> the states an attack's target phrase places its target in ("strikes against rebel positions
    # in northern Iraq": the rebels are struck, Iraq only holds them)
    target_places: dict[tuple[int, str], set[str]] = defaultdict(set)
    hosted_at: dict[int, set[str]] = defaultdict(set)  # sentence start -> the body whose seat a hosted visit was to
    # (no party to it: "hosted Y for his visit to the Pentagon")

    def _names_of(name: str) -> tuple[str, ...]:
        a = dictionary.actors.get(name)
        return (a.name, *a.aliases) if a is not None and a.type == "state" else ()

    def actor_type(name: str) -> str:
        a = new_actors.get(name)
        return a.type if a else finder.actor_type(name)

    sink = ClaimSink(article, EXTRACTOR, version, actor_type)
    emit = sink.emit

    sentences = []
    titled: dict[str, str] = {}  # person -> the state or body of a title the article gives them ("Georgian President")
    spoke_for: dict[str, set[str]] = {}  # person -> the states they speak for ("Kremlin spokesman X": Russia)

    def state_of(person: str) -> str | None:
        return finder.state_of(person) or titled.get(person)

    def as_state(f: Found) -> Found:
        """A person found, as the state the person serves (when the dictionary knows it); anyone else as found."""
        home = state_of(f.actor) if f.type == "person" else None
        return replace(f, actor=home, type="state") if home and actor_type(home) == "state" else f

    organ_of = finder.m.organ_of  # "the Pentagon" is an organ of the United States

    def own_sides(actor: str) -> set[str | None]:
        """The state a person serves by the dictionary, the state a body is an organ of, and the states a spokesman
        speaks for ("Kremlin spokesman X"): a relation with one of these is none ("the Pentagon said U.S. forces
        struck" is a report)."""
        return {finder.state_of(actor), organ_of(actor), *spoke_for.get(actor, ())}

    def sides(found: list[Found]) -> set[str]:
        """The actors with their states, and the states whose organs they are ("the Pentagon": the United States)."""
        names = [f.actor for f in found]
        return _and_states(names, state_of) | {x for n in names if (x := organ_of(n))}

    def talk_parties(t, agents: list[Found], patients: list[Found]) -> list[Found]:
        """The agents of talks "between" the patients that take part in them: all when a third party hosts or brokers
        them ("China hosted talks between A and B") but a place or body on a patient's side, the talks' venue ("the
        Kremlin hosted talks between Putin and Y"; not a person: "Putin hosted talks between Russia and Y"), else
        those on one of the patients' sides ("In talks between Israel and Hamas, X urged Y": not X)."""
        between = sides(patients)
        if _hosted_between(t):
            return [a for a in agents if a.type == "person" or not sides([a]) & between]
        return [a for a in agents if sides([a]) & between]

    seen_types: dict[str, str] = {}  # actor type -> the last actor of that type named so far
    # the fast engine's pass over the sentences, when given, already resolved every mention: reuse it
    if resolved is not None:
        for a in resolved.actors:
            finder.new_actors.setdefault(a.name, a)
    passes = resolved.sentences if resolved is not None else [(s, e, finder.sentence(s, e))
                                                              for s, e in split(text, article.body_start)]
    ends: dict[int, tuple[int, list[Found]]] = {}  # sentence end -> its start and mentions
    # (start, head word, actor) of every mention of a body or state whose name or surface has a head word of its own
    # ("the Venezuelan Foreign Ministry" -> ministry): what "the ministry" names back; and the words alone, so far
    heads: list[tuple[int, str, str]] = []
    head_words: set[str] = set()
    not_first = frames.words.get("not_first_names", frozenset()) | frames.words.get("offices", frozenset())
    # ("Otunbayeva spoke ..." after "Roza Otunbayeva said ...")
    surname_words = _surnames(text, not_first, article.body_start)
    unvoiced: list[Unvoiced] = []
    voices = _quote_voices(text, article.body_start, passes, unvoiced)
    voice_people = _unknown_speakers(text, unvoiced, voices, nlp, dictionary, new_actors)
    weekday = article.date.strftime("%A").lower() if article.date else ""
    demonyms = _demonyms(dictionary)

    def voiced(s: int, e: int, found: list[Found]) -> list[Found]:
        """The sentence's mentions with its first-person pronouns inside its quotation read as its Voice's: "we",
        "us", "our" as the speaker's state (or body), "I", "me", "my" as the speaker."""
        v = voices[s]
        sayer = v.speaker.actor
        ours = (state_of(sayer) or v.speaker.role_of or sayer) if actor_type(sayer) == "person" else sayer
        ours = organ_of(ours) or ours  # (a ministry's spokesman's "we" is the state's)
        out = [f for f in found if not (f.how == "pronoun" and v.start <= f.start < v.end
                                        and _FIRST_PERSON.fullmatch(text, f.start, f.end))]
        for m in _FIRST_PERSON.finditer(text, max(s, v.start), min(e, v.end)):
            mine = m.group().lower() in ("i", "me", "my")
            if m.group() == "US" or mine and actor_type(sayer) != "person" or m.group() == "I" and (
                    _NUMBERED.search(text, max(s, m.start() - 12), m.start())):
                continue  # (the "I" of "World War I" or "Phase I" is a number)
            actor = sayer if mine else ours
            out.append(Found(m.start(), m.end(), actor, "pronoun", actor_type(actor)))
        return sorted(out, key=lambda f: f.start)

    for n, (s, e, found) in enumerate(passes):
        ends[e] = (s, found)
        here = mentions_of(article.text, found)
        mentions.extend(here)
        for f in found:
            if f.leads:
                emit(f.actor, "leads", f.role_of, s, e, "title.leads", {}, f)
            if f.role_of and f.type == "person":
                titled.setdefault(f.actor, f.role_of)
            if f.type == "person":  # "Kremlin spokesman Dmitry Peskov", "Pentagon Press Secretary Peter Cook": one
                # who speaks for a state or its organ is on its side
                principals = [g.actor for g in found if g.end <= f.start and g.type in ("state", "organization")
                              and _SPOKESMAN_GAP.fullmatch(text, g.end, f.start)]
                principals += [i_actor for _i_start, i_end, i_actor, _how in f.inner if i_actor != f.actor
                               and _SPOKESMAN_GAP.match(text, i_end)]  # ("[Pentagon] Press Secretary X": one phrase)
                for principal in principals:
                    spoken_for = principal if actor_type(principal) == "state" else organ_of(principal)
                    if spoken_for:
                        spoke_for.setdefault(f.actor, set()).add(spoken_for)
        if s in voices:
            found = voiced(s, e, found)
        quoted = s in voices and not voices[s].attributed  # (a quotation's sentence another sentence attributes)
        if _worth_parsing(text, s, e, found + [voices[s].speaker] if quoted else found, frames,
                          lead=n < LEAD_SENTENCES, surnames=surname_words, voiced=quoted,
                          back=passes[max(n - 2, 0)][0] if n else None,  # (from two sentences before)
                          heads=head_words, own_voice=own_voice):
            sentences.append((s, e, found, dict(seen_types)))
        for m in here:  # the head words of the bodies named here: what "the brotherhood" may name back
            if m.how != "pronoun" and actor_type(m.actor) != "person":
                for head in _head_words(m.actor, m.surface):
                    heads.append((m.start, head, m.actor))
                    head_words.add(head)
        for f in found:
            if f.how not in ("pronoun", "group"):
                for _hs, _he, inner, _how in f.inner:  # "NATO Secretary-General X said the alliance ...": NATO
                    seen_types[actor_type(inner)] = inner
                seen_types[f.type] = f.actor
    # the one armed or political group the article names, which "the rebels" before its name may name ahead ("The
    # rebels accuse X ... the rebel New Forces"): only by a word the story calls it by where it names it ("rebel New
    # Forces", "Houthi rebels", "the rebels, called New Forces"; not Hezbollah fighting for a government the rebels
    # fight, nor a "militant group" for "the rebels")
    story_groups = {f.actor for _s, _e, found in passes for f in found if f.type == "group" and f.how != "pronoun"}
    called_by: dict[str, set[str]] = {}  # "rebel" -> the groups the story calls rebels where it names them
    for _s, _e, found in passes if len(story_groups) == 1 else ():
        for f in found:
            if f.type == "group" and f.how != "pronoun":
                said = [m.group(0) for m in (_REBELS_BEFORE.search(text, max(0, f.start - 60), f.start),
                                             _REBELS_AFTER.match(text, f.end)) if m] + [text[f.start : f.end]]
                for w in _REBEL_WORDS.findall(" ".join(said)):
                    called_by.setdefault(w.lower(), set()).add(f.actor)
    known = list(resolved.actors) if resolved is not None else list(finder.new_actors.values())
    if not sentences:
        return Extraction(mentions=mentions, claims=sink.claims, actors=known)

    words = frames.words
    carriers = words.get("naming_carriers", frozenset())  # (`_name_what` on every sentence parsed)
    one_word_titles = {t.lower() for t in dictionary.titles if " " not in t}  # "speaker", "director", "leader"
    account: list[str] = []  # the two parties of the account's call or meeting
    account_rel = ""  # the relation that set it: one of a briefing or of condolences a later call or meeting takes over
    # ... as the rules read it, when no frame has: "Biden called Erdogan to offer condolences and pledged help"
    rule_accounts = sorted((c.start, c.source, c.target) for c in (resolved.claims if resolved is not None else ())
                           if c.relation in ("called", "met") and actor_type(c.source) == actor_type(c.target))
    attack: tuple[list[str], list[str]] = ([], [])  # the perpetrators and targets of the story's attack
    words_kind = {w: "group" for w in words.get("group_nouns", ())} | {w: "organization" for w in
                                                                      words.get("organization_nouns", ())}

    title_words = words.get("speaker_nouns", frozenset()) | words.get("title_nouns", frozenset())
    person_title_words = one_word_titles | title_words  # a last word no person's name has ("Crown Prince")
    named_people = _People(text, title_words)
    people_added: set[tuple[int, str]] = set()
    entities: list[Found] = list(voice_people)  # actors the recogniser named, mentions of the dictionary's absentees
    for f in voice_people:
        named_people.add(f.start, f.actor, f.end)
    for m in mentions:
        if m.how != "pronoun" and actor_type(m.actor) == "person":
            named_people.add(m.start, m.actor, m.end, titled=m.how == "title")
    def home_state(before: int) -> str | None:
        """The state named most often before `before`, when one clearly is (twice at least, and more often than
        any other); the first state named as a place ("rebel factions in Congo-Kinshasa") counts once more."""
        named = [m for m in mentions if m.start < before and m.how != "pronoun" and actor_type(m.actor) == "state"]
        placed = [m.actor for m in named if text[max(0, m.start - 3) : m.start] == "in "][:1]
        counts = Counter([m.actor for m in named] + placed).most_common(2)
        if len(counts) == 1 or counts and counts[0][1] >= 2 and counts[0][1] > counts[1][1]:
            return counts[0][0]  # (named once will do when it is the only state named)
        return None

    lead: list[list[str]] = []  # [the lead's doers], once worked out

    blamed = words.get("charge_verbs", frozenset()) | words.get("critic_verbs", frozenset())  # "accused the Russians"
    met, talks = words.get("contact_verbs", frozenset()), words.get("talk_nouns", frozenset())  # "met the Iranians"
    def named_by_head(word: str, before: int) -> str | None:
        """The organisation, group or state named last before `before` whose name has `word` for its head or last
        word ("the ministry" after "the Venezuelan Foreign Ministry", "the observatory" after "the Syrian
        Observatory for Human Rights")."""
        if len(word) < 4 or word in words.get("people_nouns", ()):
            return None
        return next((actor for start, head, actor in reversed(heads)
                     if start < before and head in (word, word + "s")), None)

    def parsed(end: int):
        """The sentence ending at `end`, parsed now (tagger and parser, as the pass parses: no recogniser)."""
        doc = _parse(nlp, [text[ends[end][0] : end]])[0]
        _name_what(doc, carriers)
        _freeze(doc)
        return doc

    def reader_at(end: int) -> Reader:
        """The reader of the sentence ending at `end`; one the pass did not parse is parsed now and kept."""
        if end not in readers:
            start, found = ends[end]
            readers[end] = Reader(parsed(end), found, start, words, lambda *a: None)
        return readers[end]

    def lead_doers() -> list[str]:
        """The actors named in the subject of the story's first sentence ("China's coast guard has expelled ...")
        : the doers of the act a later "the move" or "the decision" is about."""
        if not lead:
            e0 = min(ends)  # the first sentence (parsed already if it was worth parsing)
            s0 = ends[e0][0]
            doc = readers[e0].doc if e0 in readers else parsed(e0)  # (not kept: "He" reads a kept one's subject)
            root = next((t for t in _tokens(doc) if t.dep_ == "ROOT" and t.pos_ in _VERBAL), None)
            if root is not None and _reacting(root, words.get("reaction_verbs", frozenset())):
                root = None  # "The White House is criticizing Y's call": a reaction, not the act "the move" names
            subj = [c for c in _kids(root) if c.dep_ == "nsubj"] if root is not None else []
            doers: list[str] = []
            if subj:  # the actor the subject's head names ("Turkish President Erdogan": Erdogan, not Turkey)
                head = subj[0]
                if (last := _title_run_end(head, ("of", "the", "-"))) is not None:
                    # "Speaker of the US House of Representatives Nancy Pelosi visited": the name the title's words
                    # end with (not "The Secretary and Foreign Minister X spoke": two people)
                    head = doc[last]
                a, b = s0 + head.idx, s0 + head.idx + len(head)
                # (or a name the recogniser gave: "Speaker of the US House of Representatives Nancy Pelosi")
                named = [m for m in (*mentions, *entities) if m.start < b and a < m.end and m.how != "pronoun"]
                named = [m for m in named if m.end == b and actor_type(m.actor) == "person"] or named
                doers = list(dict.fromkeys(m.actor for m in named))
            lead.append(doers)
        return lead[0]

    # a sentence of a quotation another sentence of it attributes is parsed with that attribution after it, as
    # "[...],” it said." with "it" its speaker: its words are read as that one's, as a one-sentence quotation's are
    def named(t: str, s: int, e: int, found) -> _Named:
        out = _Named(t)
        out.names = tuple((f.start - s, f.end - s, frozenset(re.split(r"[\s-]+", f.actor))) for f in found
                          if f.type == "person" and f.how != "pronoun" and s <= f.start and f.end <= e) + tuple(
            # (and a body's or a group's initials: "ECOWAS imposed sanctions", read with "ECOWAS" a verb)
            (f.start - s, f.end - s, frozenset({w})) for f in found if f.type != "person" and s <= f.start
            and f.end <= e and len(w := t[f.start - s : f.end - s]) >= 3 and w.isalpha() and w.isupper())
        return out

    docs = yield [named(_attributed(text, s, e) if s in voices and not voices[s].attributed else text[s:e], s, e, f)
                  for s, e, f, _ in sentences]
    for doc in docs:
        _name_what(doc, carriers)
        _freeze(doc)
    ner = nlp.get_pipe("ner")
    readers: dict[int, Reader] = {}  # sentence end -> its reader

    def owners_of(noun, s: int) -> list[str]:
        """Whose the act a noun names back is, when the two sentences before name it with its owner: "the plan"
        after "Pakistan's plan to lay mines" or "the Pakistani plan"."""
        forms = "|".join(re.escape(f) for f in sorted(_forms(noun.lemma_.lower()) | {noun.lower_}))
        ends_before = sorted(x for x in ends if x <= s)[-2:]
        start = ends[ends_before[0]][0] if ends_before else s

        def named(a: int) -> list[list[str]]:  # the owners of each mention of the noun from `a` to the sentence
            found = []
            for m in re.finditer(rf"\b(?:{forms})\b", text[a:s], re.I):
                at = a + m.start()
                after = _NOUN_OF_PEOPLE_AFTER.match(text, a + m.end())
                if after:  # "Mauritanian coup leader X": the leader's country owns no coup; X led it
                    appos = _APPOSED_TITLE.match(text, after.end())  # ("The coup leader, naval Commodore X,")
                    if appos is not None and (_OBJECT_OF_PREP.search(text, max(0, at - 12), at) or (
                            _SUBORDINATE_OPENING.search(text, max(0, at - 200), at))):
                        appos = None
                    led = [x.actor for x in mentions if (x.start in (after.start() + 1, after.end() + 1) or (
                        appos is not None and after.end() + 2 <= x.start <= appos.end()
                        and text.startswith(",", x.end))) and actor_type(x.actor) == "person"]
                    # (the mention may hold the title; one in apposition is closed by a comma)
                    if led and after.group(0).startswith(" leader"):
                        found.append(led)
                    continue
                found.append([x.actor for x in mentions if x.end <= at and re.fullmatch(
                    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?", text[x.end:at]) and x.how != "pronoun"])
            return [o for o in found if o]

        near = named(start)
        if near:
            return list(dict.fromkeys(a for o in near for a in o))
        earlier = named(article.body_start)  # else the last time the story named it with its owner ("Y's comments")
        return list(dict.fromkeys(earlier[-1])) if earlier else []

    def told_by_verb(noun, s: int) -> list[str]:
        """The doers of the act a noun names back, told by a verb of that act in a sentence parsed before: "the
        takeover" after "Commodore X seized power ... Soldiers set up checkpoints ...": X."""
        verbs = frames.act_verbs.get(noun.lemma_.lower())
        if not verbs:
            return []
        before = sorted(x for x in ends if x <= s)
        for end in dict.fromkeys([*reversed(before[-3:]), *before[:1]]):  # the three sentences before, the lead
            r = reader_at(end)  # (parsed now if need be: only for a noun that names an act back)
            for v in reversed(r.doc):
                if v.pos_ == "VERB" and v.lemma_.lower() in verbs and not r.negated(v) and not r.future(v):
                    # the actor the subject's head names ("Fiji's military commander, Commodore X": X)
                    actors = [f.actor for f in r.role(r.subj(v))] or sorted(r.subject_actors(v) or ())
                    if actors:
                        return list(dict.fromkeys(actors))
        return []

    def told_before(noun, s: int, authoring: frozenset[str] | None = None) -> list[str]:
        """The doers of a thing a definite noun names back, when one of the two sentences before tells it with
        the same word: as a verb ("vetoed" for "the veto", "announced" for "the announcement"), as the object of
        a verb ("China announced new drills" for "the drills": its subject), or with its owner ("Israel's
        settlements")."""
        lemma = noun.lemma_.lower()
        for end in sorted(x for x in ends if x <= s)[-2:][::-1]:
            r = reader_at(end)
            for x in reversed(r.doc):
                word = x.lemma_.lower()
                if (word != lemma and not (x.pos_ == "VERB" and _nominalises(lemma, word))) or r.negated(x) or (
                        x.pos_ == "VERB" and r.future(x)):
                    continue
                if x.pos_ == "VERB":
                    actors = [f.actor for f in r.role(r.subj(x))]
                elif x.pos_ == "NOUN":
                    actors = [f.actor for c in _kids(x) if c.dep_ in ("poss", "amod", "compound")
                              for f in r.role([c])] or ([f.actor for p in _children(x, "prep") if p.lower_ == "by"
                                                         for f in r.role(_children(p, "pobj"))] if authoring else [])
                    head = x.head if x.dep_ == "dobj" else x.head.head if x.dep_ == "conj" and x.head.dep_ == "dobj" \
                        else x.head.head if authoring and x.dep_ == "pobj" and x.head.lower_ == "in" else None
                    # (a document: "a report by Amnesty", "said in a statement")
                    if authoring and head is not None and head.lemma_.lower() not in authoring and not (
                            x.dep_ == "pobj" and head.lemma_.lower() in words.get("reporting_verbs", ())):
                        head = None  # ("Russia blocked a statement": not Russia's)
                    if not actors and head is not None and head.pos_ == "VERB" and not r.negated(head) and (
                            not r.future(head)) and head.lemma_.lower() not in words.get("reaction_verbs", ()):
                        # (not one who judged it: "condemning the coup" tells no one who staged it)
                        actors = [f.actor for f in r.role(r.subj(head))]
                else:
                    continue
                if actors:
                    return list(dict.fromkeys(actors))
        return []

    def opening_person(end: int) -> str | None:
        """The person the dictionary lacks that is the subject of the sentence ending at `end`, not parsed before
        ("Bako Tandor was sworn in on Friday. He met ..."): parsed now, with the recogniser, and made an actor."""
        start, found = ends[end]
        doc = ner(parsed(end))
        root = doc[-1].sent.root if len(doc) else None
        for c in _children(root, "nsubj", "nsubjpass") if root is not None else ():
            ent = next((x for x in doc.ents if x.start <= c.i < x.end and x.label_ == "PERSON"), None)
            name = ent.text if ent is not None else ""
            if len(name.split()) < 2 or not name[:1].isupper() or any(
                    f.start < start + ent.end_char and start + ent.start_char < f.end for f in found):
                continue
            name = dictionary.loose_names.get(loose_form(name), name)
            if name not in dictionary.actors:
                new_actors.setdefault(name, Actor(name=name, type="person", in_dictionary=False))
            elif actor_type(name) != "person":
                continue
            named_people.add(start + ent.start_char, name, start + ent.end_char)
            entities.append(Found(start + ent.start_char, start + ent.end_char, name, "entity", "person"))
            return name
        return None

    def previous_end(s: int) -> int | None:
        """The end of the sentence right before the one at `s` (only white space between), or None."""
        return max((x for x in ends if x <= s and not text[x:s].strip()), default=None)

    def before_doers(s: int) -> list[str]:
        """The doers of the last act the sentence before the one at `s` tells (parsed now if it was not)."""
        end = previous_end(s)
        return reader_at(end).doers() if end is not None else []

    def acted_together(who: set[str], before: int) -> bool:
        """The two people were last named together as the joined subject of a main clause ("Joe Biden and Rishi
        Sunak condemned the visit"), not inside a reported or subordinate one ("noted that both he and X hail from")."""
        for ps, pe, pfound in reversed(passes):
            if ps >= before or not who <= {f.actor for f in pfound if f.how != "group"}:
                continue
            r = reader_at(pe)
            heads: dict[str, set[int]] = {w: set() for w in who}  # each one's clause as a subject
            for x in _tokens(r.doc):
                named = {f.actor for f in r.tok_found[x.i] if f.actor in who and f.how != "pronoun"}
                if not named or x.dep_ not in ("nsubj", "nsubjpass", "conj"):
                    continue
                while x.dep_ == "conj" and x.head.pos_ != "VERB":
                    x = x.head
                if x.dep_ in ("nsubj", "nsubjpass"):
                    for w in named:
                        heads[w].add(x.head.i if x.head.dep_ == "ROOT" else -1)
            joint = set.intersection(*heads.values())
            return bool(joint) and -1 not in joint
        return False

    journeys: dict[str, tuple[int, str, int]] = {}  # who went to a state, and where the sentence telling it starts
    # and ends
    pairs_told: dict[int, list[str]] = {}  # sentence end -> the two people a plural there named

    def recognised_pair(s: int, e: int, found: list[Found]) -> list[Found]:
        """`found` with "They" opening the sentence, or "the two leaders", "both men", for the two people the sentence
        right before named when the recogniser found one of them or both (the mention finder reads such words for
        the people it found itself, before the recogniser runs): "A met B in Bamako. They condemned Y"."""
        end = previous_end(s)
        if end is None or not PLURAL_PEOPLE.search(text, s, e):
            return found
        start = ends[end][0]
        people = list(dict.fromkeys(name for at, name, _t in named_people.seen if start <= at < end
                                    and not SPEAKS.match(text, at + len(name), end))) or pairs_told.get(end, [])
        # (or the two a plural of that sentence named: "They condemned Y. The two ministers also ...")
        if len(people) != 2 or not any(p in new_actors for p in people):
            return found
        out = list(found)
        prev = readers.get(end)
        others = prev is None or any(x.tag_ in ("NNS", "NNPS") and x.lemma_.lower() not in talks and (
            x.lemma_.lower() not in _TIME_NOUNS) for x in prev.doc)  # ("... to discuss the rebels. They attacked Y")
        for m in PLURAL_PEOPLE.finditer(text, s, e):
            word = m.group(0).lower()
            if word == "their" or word == "they" and (m.start() != s or others) or word != "they" and not (
                    COUNTED_PLURAL.match(word)) or any(
                    f.start <= m.start() < f.end or f.start < m.start() and f.type == "person" for f in found):
                continue  # (only "They" opening it, after a sentence naming no others in the plural, not "Their
                # armies"; nor after a person this sentence names: "X thanked the leaders")
            out.extend(Found(m.start(), m.end(), p, "group", "person") for p in people)
        if len(out) == len(found):
            return found
        pairs_told[e] = people
        return sorted(out, key=lambda f: f.start)

    for (s, e, found, recent), doc in zip(sentences, docs, strict=True):
        found = recognised_pair(s, e, found)
        if not account and rule_accounts and rule_accounts[0][0] <= s:
            account[:] = rule_accounts[0][1:]
        if len(account) == 2 and actor_type(account[0]) == actor_type(account[1]) == "person":
            found = _to_account(found, account, text, sink.claims, lambda who, s=s: acted_together(who, s))
        def resolve(tok, had=None, s=s, recent=recent, found=found):
            """ "the militant group" -> the last group named before; "the Russians" -> Russia; "the military
            spokesman" -> the last person named with that title; "He" -> a person the parse met (the dictionary
            lacks them, so the mention finder could not)."""
            lemma, word = tok.lemma_.lower(), tok.text
            if tok.pos_ == "PRON":
                # (a "he" or "she" also over the mention finder's reading, the last person named: "Johnson told
                # parliament ... the murder of Alexander Litvinenko ... He also suspended contacts": the subject
                # goes on)
                fronted = tok.doc[tok.sent.start : tok.i]
                opening = tok.dep_ in ("nsubj", "nsubjpass") and (tok.i == tok.sent.start or all(
                    x.dep_ == "punct" or any(a.dep_ in ("advcl", "prep", "npadvmod", "advmod")
                                             and a.i < tok.i and a.left_edge.i <= x.i <= a.right_edge.i
                                             for a in _kids(tok.head)) for x in fronted) and any(
                    x.pos_ == "VERB" and not _children(x, "nsubj", "nsubjpass") for x in fronted))
                # ("After meeting Than Shwe, he returned ...": the one the sentence before is about, not the one
                # the clause before him met; but "During Mr. Baker's visit, he ...": Baker, and "After Xi returned,
                # he ...": Xi, a clause with a subject of its own)
                if opening and (had is None or tok.lower_ in ("he", "she")):
                    # "Ntaganda, who is in hiding, leads the CNDP. He is wanted by ...": the person the sentence
                    # before is about (its subject), before the last one named
                    end = previous_end(s)
                    prev = readers.get(end) if end is not None else None
                    root = prev.doc[-1].sent.root if prev is not None and len(prev.doc) else None
                    subj = [f.actor for c in _children(root, "nsubj") if c.lower_ not in ("i", "we")  # ("He" is not
                            for f in prev.refs(c)] if root is not None else []  # the "I" of the sentence before)
                    if root is None and end is not None:  # not parsed: a surname it opens with, given in full before
                        surname = _opening_surname(text, *ends[end], surname_words)
                        full = _full_name(text, surname, not_first, article.body_start) if surname else None
                        subj = [full] if full else []
                        if not subj and tok.lower_ in ("he", "she"):  # ... or a person the dictionary lacks, its
                            subj = [x for x in [opening_person(end)] if x]  # subject (parsed now)
                    if tok.lower_ == "it":  # never a person
                        if root is None and end is not None:  # not parsed: the body or state it opens with
                            # ("Hezbollah said ...", "Sudan's army said ...": not "Sudan's")
                            p_start, p_found = ends[end]
                            subj = [f.actor for f in p_found[:1] if f.start - p_start <= 4 and f.how != "pronoun"
                                    and not text.startswith(("'s", "’s"), f.end)]
                        elif root is not None and any(o.lemma_.lower() in _IT_THINGS or prev.refs(o)
                                                      for o in _children(root, "dobj", "dative")):
                            subj = []  # "Iran fired a missile at Israel. It hit Syria": the missile; "rejected the
                            # report. It accuses Y": the report; "armed Saudi Arabia. It used ...": Saudi Arabia
                        head = tok.head
                        extraposed = head.lemma_.lower() in _EXTRAPOSING_HEADS and any(
                            c.dep_ in ("ccomp", "csubj") and any(m.dep_ == "mark" and m.lower_ in ("that", "whether")
                                                                 for m in _kids(c)) for c in _kids(head))
                        if tok.i == tok.sent.start and tok.dep_ == "nsubj" and head.pos_ == "VERB" and (
                                head.lemma_.lower() not in _EXPLETIVE_HEADS) and not extraposed and len(
                                set(subj)) == 1 and actor_type(subj[0]) in ("state", "organization", "group"):
                            # "Hezbollah said it would not disarm. It also accuses Cairo of ...": the state or body
                            # the sentence before is about (not "It seems", "It comes after", "It is unclear", "It
                            # helped that ...")
                            return Found(s + tok.idx, s + tok.idx + len(word), subj[0], "pronoun",
                                         actor_type(subj[0]))
                        return None
                    if len(set(subj)) == 1 and actor_type(subj[0]) == "person" and dictionary.agrees(
                            tok.lower_, subj[0]):
                        return Found(s + tok.idx, s + tok.idx + len(word), subj[0], "pronoun", "person")
                last = named_people.latest(s)
                if last is not None and last in new_actors and (
                        tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "poss" and tok.head.dep_ == "nsubj"
                        or tok.dep_ == "dobj" and tok.lower_ in ("him", "her") and not any(
                            f.actor == last and f.start <= s + x.idx < f.end
                            for x in _kids(tok.head) if x.dep_ == "nsubj" for f in found)):
                    # ("Bolsonaro recognized him as leader": him, the one named before, not the subject)
                    if (had is None or named_people.newer(last, had.actor, s)) and dictionary.agrees(
                            tok.lower_, last):
                        return Found(s + tok.idx, s + tok.idx + len(word), last, "pronoun", "person")
                return None
            if lemma == "capital" and tok.pos_ == "NOUN":  # "the Indian capital", "Russia's capital": the state's
                for c in _kids(tok):  # (a visit to it is a visit to the state)
                    if c.dep_ in ("amod", "poss", "compound"):
                        state = next((f.actor for f in found if f.start <= s + c.idx < f.end
                                      and actor_type(f.actor) == "state"), None)
                        if state:
                            return Found(s + tok.idx, s + tok.idx + len(word), state, "description", "state")
            if lemma in words.get("document_nouns", ()) and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
                    and not _children(tok, "poss", "amod", "compound", "nmod", "acl", "relcl"):
                # "The ministry issued a statement. The statement accused Y": its author, told just before
                authors = told_before(tok, s, words.get("authoring_verbs", frozenset()))
                if len(authors) == 1:
                    return Found(s + tok.idx, s + tok.idx + len(word), authors[0], "description",
                                 actor_type(authors[0]))
            if word in ("North", "South") and tok.pos_ == "PROPN" and not _children(
                    tok, "compound", "amod", "poss") and not any(o.pos_ == "PROPN" for p in _children(tok, "prep")
                                                                 for o in _children(p, "pobj")):
                # "57 years after North Korea invaded the South", "the North accused the South": a half of the
                # divided state named last before (of Sudan, once South Sudan is named; not "the South of Ukraine",
                # nor "North Vietnam overran the South")
                at = s + tok.idx
                named = [m.actor for m in mentions if m.start < at and m.how != "pronoun"]
                last = next((a for a in reversed(named) if a in _HALVES and (
                    a != "Sudan" or "South Sudan" in named)), None)
                other = _OTHER_HALF.search(text, s, at)  # ("North Vietnam overran the South")
                return Found(at, at + len(word), _HALVES[last][word], "description", "state") if last and not (
                    other) else None
            if lemma == "kingdom":
                at = s + tok.idx
                kingdom = next((m.actor for m in reversed(mentions) if m.start < at and m.how != "pronoun" and any(
                    "Kingdom" in x for x in _names_of(m.actor))), None)
                return Found(at, at + len(word), kingdom, "description", "state") if kingdom else None
            if lemma == "island" and tok.tag_ == "NN" and not _children(tok, "amod", "compound", "poss", "nmod",
                                                                         "prep"):
                # "China threatened to use force against the island": the island state named last ("Taiwan"), not a
                # disputed island ("the island of Lesbos", "the disputed island")
                at = s + tok.idx
                island = next((m.actor for m in reversed(mentions) if m.start < at and m.how != "pronoun"
                               and m.actor.lower() in words.get("island_states", ())), None)
                return Found(at, at + len(word), island, "description", "state") if island else None
            if lemma in ("government", "authorities", "regime") and all(
                    c.dep_ in ("det", "cc", "conj", "punct") or c.dep_ == "amod" and c.lower_ in _INTERIM
                    for c in _kids(tok)):  # "the government", "the interim government": the story's
                # own state (also first of a pair: "talks between the government and the M23")
                home = home_state(s)
                if home:
                    return Found(s + tok.idx, s + tok.idx + len(word), home, "description", "state")
            if lemma in title_words and tok.tag_ not in ("NNS", "NNPS"):  # ("the generals" are no one general)
                titled_person = named_people.titled(lemma, s)
                if titled_person:
                    return Found(s + tok.idx, s + tok.idx + len(word), titled_person, "description", "person")
            if lemma in _DIPLOMAT_NOUNS and tok.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)):
                # "Secretary of State John Kerry arrived ... The senior U.S. diplomat met ...": the one person of that
                # state the story named with a diplomat's title
                served = {f.actor for c in _kids(tok) if c.dep_ in ("compound", "amod", "nmod")
                          for f in found if f.type == "state" and f.start <= s + c.idx < f.end}
                envoys = {name for start, name, titles in named_people.seen if start < s and titles & _DIPLOMAT_TITLES
                          and state_of(name) in served} if len(served) == 1 else set()
                if len(envoys) == 1:
                    return Found(s + tok.idx, s + tok.idx + len(word), envoys.pop(), "description", "person")
            if lemma in words.get("force_nouns", ()) and any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in _kids(tok)) and not _children(
                    tok, "amod", "compound", "poss", "nmod", "nummod"):
                # "the troops" after "Ethiopian troops entered ...": the state whose forces were named last
                owner = next((m.actor for m in reversed(mentions) if m.start < s and actor_type(m.actor) == "state"
                              and _FORCES_AFTER.match(text, m.end)), None)
                if owner:
                    return Found(s + tok.idx, s + tok.idx + len(word), owner, "description", "state")
            kind = words_kind.get(lemma)
            # (and a body inside a title phrase: "NATO Secretary-General X said the alliance ...")
            same = [a for f in found if kind and f.start < s + tok.idx
                    for a in (*(x[2] for x in f.inner), *([f.actor] if f.how == "name" else ()))
                    if actor_type(a) == kind]
            if same:  # "... in Madagascar, which SADC sanctioned after the regional body condemned ...": that body
                return Found(s + tok.idx, s + tok.idx + len(word), same[-1], "description", kind)
            if kind and recent.get(kind):
                return Found(s + tok.idx, s + tok.idx + len(word), recent[kind], "description", kind)
            if kind == "group" and tok.tag_ == "NNS" and len(story_groups) == 1 and story_groups <= called_by.get(
                    lemma, set()) and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)) and not _children(
                    tok, "amod", "compound", "poss", "nmod", "nummod"):
                # "the rebels" before the story names its one group: that group (not "the Sudanese rebels")
                return Found(s + tok.idx, s + tok.idx + len(word), next(iter(story_groups)), "description", "group")
            if word == "group" and recent.get("organization") and not recent.get("group"):
                # "Amnesty International ... the group said", "the Muslim Brotherhood ... the group": a body the
                # dictionary types as an organisation, when no armed or political group was named before
                body = recent["organization"]
                return Found(s + tok.idx, s + tok.idx + len(word), body, "description", actor_type(body))
            # "the Russians" acting, or fought against: the state ("killed three Kenyans" are people)
            first = tok
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head  # "the strikes by the French, the Americans and the British": as the first
            acting = first.dep_ in ("nsubj", "nsubjpass") or (
                first.dep_ == "pobj" and first.head.lemma_ in ("by", "against")) or (  # "accuses the Russians":
                first.dep_ == "dobj" and not _children(tok, "nummod", "amod")
                and first.head.lemma_.lower() in blamed | _FACED) or (
                # "met the Iranians", "talks with the Iranians" (not "met the Syrians who had arrived", "the Afghans
                # studying in Delhi", "the Germans of Turkish origin": people)
                (first.dep_ == "dobj" and first.head.lemma_.lower() in met or first.dep_ == "pobj"
                 and first.head.lower_ == "with" and first.head.head.lemma_.lower() in met | talks)
                and not _children(tok, "nummod", "amod", "relcl", "acl") and not any(
                    p.lower_ in ("of", "from") for p in _children(tok, "prep")))
            for cand in (word, word[:-1] if word.endswith("s") and acting else ""):
                for name, how in dictionary.surfaces.get(cand, ()) if cand[:1].isupper() else ():
                    if how == "demonym":
                        return Found(s + tok.idx, s + tok.idx + len(word), name, "demonym", actor_type(name))
            named = None if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in _kids(tok)) else (
                named_by_head(tok.lower_, s) or named_by_head(lemma, s))  # (not "the Transitional Military Council")
            if named:  # "the ministry", "the observatory": the last body named with that word
                return Found(s + tok.idx, s + tok.idx + len(word), named, "description", actor_type(named))
            return None

        def new_actor(ent, label, s=s, found=found):
            if label == "ORG":  # "the Council of Ministers Mohammed bin Salman" read as one body: the body is the
                # words before the person it ends with
                cut = next((x.i for x in ent
                            if any(f.type == "person" and f.start <= s + x.idx < f.end for f in found)), None)
                if cut is not None:
                    if cut == ent.start:
                        return None
                    ent = ent.doc[ent.start : cut]
            owner = next((x.i for x in ent if x.text in ("'s", "\u2019s") and ent.start < x.i < ent.end - 1), None)
            if owner is not None and all(any(f.start <= s + x.idx < f.end for f in found)
                                         for x in ent.doc[ent.start : owner]):
                ent = ent.doc[owner + 1 : ent.end]  # "[Niger's Kalla Ankourao]": the one the state it names has
            if label == "PERSON" and BODY_WORD_IN_NAME.search(ent.text):
                label = "ORG"  # "the King Abdullah II Fund for Development": a body named after a person
            if label == "ORG" and re.search(r"\s(?:for|of|and|to|on)$", ent.text):
                # the recogniser cut a long name in two: "[the U.S. Agency for] [International Development]"
                rest = next((x for x in ent.doc.ents if x.start == ent.end and x.label_ == "ORG"), None)
                if rest is not None:
                    ent = ent.doc[ent.start : rest.end]
            if label == "ORG":  # "the Congolese Rally for Democracy, Moise Nyarugabo": a name in apposition the
                # recogniser ran into the body's
                comma = next((x.i for x in ent if x.text == "," and x.i > ent.start), None)
                tail = ent.doc[comma + 1 : ent.end] if comma is not None else ()
                if 2 <= len(tail) <= 3 and all(x.is_alpha and x.is_title for x in tail) and not (
                        BODY_WORD_IN_NAME.search(tail.text) or set(tail.text.split()) & ORGAN_WORDS):
                    ent = ent.doc[ent.start : comma]  # (not "the Ministry of Foreign Affairs, Trade and Development")
            name = re.sub(r"^(?:the|The)\s+", "", ent.text).removesuffix("'s").removesuffix("’s").strip()
            name = re.sub(r"\s+(?:of|and|the|in)$", "", name)  # "Patrice Talon of (Benin)"
            name = re.sub(r"\s*\([^)]*$", "", name)  # "... Religious Freedom (USCIRF": its acronym cut in two
            if label == "ORG":  # "Federation Council Speaker (X)": the recogniser read a title into the body's name
                parts = name.split(" ")
                cut = next((i for i, w in enumerate(parts) if i and w.lower() in one_word_titles), len(parts))
                if cut > 1 and parts[cut - 1].endswith(".") and _before_name(parts[cut - 1]):
                    cut -= 1  # "the Joint Chiefs of Staff Adm. (X)": a rank before the name, no part of the body's
                name = " ".join(parts[:cut])
            if label == "PERSON" and ent.start > 0:  # "[Choe] Ryong Hae": the recogniser cut off a word of a
                # name the parse holds together (a capitalised compound of it that is no title, rank or actor)
                x = ent.doc[ent.start - 1]
                if (x.pos_ == "PROPN" and x.dep_ == "compound" and ent.start <= x.head.i < ent.end and x.is_alpha
                        and x.is_title and not any(f.start <= s + x.idx < f.end for f in found)
                        and x.lower_ not in person_title_words and x.lower_ not in words.get("offices", ())
                        and x.lower_ not in _common_nouns(nlp) and not _before_name(x.text)
                        and x.text not in _PLURAL_TITLE_WORDS):  # ("Whip X"; not "Presidents X and Y")
                    ent = ent.doc[ent.start - 1 : ent.end]
                    name = x.text + " " + name
            if label == "PERSON":  # "Spokeswoman Zhang Qiyue": the recogniser read the title into the name
                parts = name.split(" ")
                before = ent.doc[ent.start - 1].lower_ if ent.start else ""
                root = ent.root
                asked = root.dep_ == "pobj" and root.head.lower_ in ("with", "to") and (
                    root.head.head.lemma_.lower() in ("speak", "talk", "tell", "say")) or root.dep_ in (
                    "dobj", "dative") and root.head.lemma_.lower() in ("tell", "interview")
                if asked and (before in words.get("journalist_nouns", ()) or parts[0].lower() in words.get(
                        "journalist_nouns", ())):
                    return None  # "spoke with reporter X of VOA": one who reports the story is no actor in it (but
                    # "Russia accused journalist X of espionage": one it tells of)
                titled_name = before in one_word_titles or before in title_words  # ("Chief [Constable Hugh Orde]")
                portfolio = bool(_PORTFOLIO_BEFORE.search(text, max(s, s + ent.start_char - 80), s + ent.start_char))
                # ("Minister of Foreign Affairs and [International Cooperation Vincent Biruta]": the office's second
                # portfolio, then the name)
                while len(parts) > 2 and (parts[0].lower() in one_word_titles or parts[0].lower() in title_words
                                          or _before_name(parts[0]) or titled_name and parts[0].lower() in
                                          _common_nouns(nlp) or portfolio and parts[0].lower() in _PORTFOLIO_WORDS):
                    parts.pop(0)  # ("Mullah Abdul Ghani Baradar", "Sheikh Sharif Sheikh Ahmed": the name after it)
                    titled_name = True  # ("Chief Constable Hugh Orde": a common noun after a title is of the title)
                name = " ".join(parts)
            if label == "ORG" and " of " in name:  # "Speaker of [the Council of Representatives Mohammed al-Halbusi]":
                # a body's name, then a given name the dictionary knows and one to three words more: the person's name
                parts = name.split(" ")
                k = next((i for i in range(2, len(parts) - 1) if (
                    parts[i] in dictionary.male_given or parts[i] in dictionary.female_given)), None)
                if k is not None and len(parts) - k <= 4 and "of" in parts[:k] and all(
                        p[:1].isupper() or p[:3] in ("al-", "el-", "bin", "ibn") for p in parts[k:]):
                    name, label = " ".join(parts[k:]), "PERSON"
            first, _, rest = name.partition(" ")
            after_of = text[max(s, s + ent.start_char - 3) : s + ent.start_char] == "of "
            if rest and first.lower() in words.get("offices", ()) and (label == "PERSON" or after_of):
                name, label = rest, "PERSON"  # "Assistant Secretary of State Hill": the recogniser's "State Hill"
            if label == "ORG" and (gov := _GOVERNMENT_OF.fullmatch(name)) and any(
                    how in ("name", "alias") and actor_type(n) == "state"
                    for n, how in dictionary.surfaces.get(gov.group(1), ())):
                return None  # "the Federal Government of Somalia": the state, which its name gives (no body of its
                # own beside it)
            if _DOCUMENT_NAME.search(name) and (label == "ORG" or name.split()[0].lower() in _common_nouns(nlp)):
                return None  # "signed a new Executive Order that expands sanctions", "the Camp David Accords": a text,
                # no one who acts (the recogniser may miss it, and the parse read it as a person's name; but a name
                # of a person that ends so: "the activist Nathan Law")
            if _HONOUR_NAME.search(name):
                return None  # "on receiving the Madeleine K. Albright Democracy Award": an honour, no one who acts
            short = label == "PERSON" and _SHORT_SURNAME.fullmatch(name) and not _before_name(name)  # ("Lu")
            if len(name) < 3 and not short or not name[0].isupper() or name.lower() in words.get("not_actors", ()) or (
                    RANKS.fullmatch(name + " ")) or name in ORGAN_WORDS or label == "PERSON" and (
                    name.rsplit(" ", 1)[-1].lower() in person_title_words or name in dictionary.titles) or (
                    name.endswith("s") and name[:-1] in dictionary.titles):
                return None  # a title in the plural ("the Prime Ministers of A and B"); a rank alone ("Senior
                # General") cut off the name after it; a portfolio alone ("Kenya's Defense Minister": "Defense"); a
                # title the recogniser took for a person ("Crown Prince")
            if label == "ORG" and " " in name and all(w in ORGAN_WORDS for w in name.split()):
                # "Russia's Foreign Ministry", "China's Commerce Ministry": an organ of the state named right before
                # it (without one, a body of that name: "National Assembly Speaker X")
                at = s + ent.start_char
                owner = next((f for f in found if f.type == "state" and 0 <= at - f.end <= 3), None)
                if owner is not None:
                    return Found(at, at + len(ent.text), owner.actor, "description", "state")
                if name.endswith("Ministry") and (ent.text[:4].lower() == "the " or text[max(s, at - 4) : at].lower()
                                                  == "the "):
                    # "Iranian officials accused Britain, and the Foreign Ministry summoned ...": a ministry with no
                    # state before it is the story's state's, or the first state this sentence names
                    home = home_state(at) or next((f.actor for f in found if f.type == "state" and f.end <= at
                                                   and f.how != "group"), None)
                    return Found(at, at + len(ent.text), home, "description", "state") if home else None
            if label == "ORG" and " " in name:  # "the U-S Congress", "U.S. Army Special Forces": the recogniser read
                # the state's name into an organ's: the state's organ, the state
                at = s + ent.start_char
                lead = next((f for f in found if f.type == "state" and at <= f.start <= at + 4), None)
                rest = text[lead.end : s + ent.end_char].split() if lead is not None else []
                if rest and all(w in _ARMED_ORGANS for w in rest):  # (not a body of its own name: "the British
                    # Council", "the Indonesian State Intelligence Agency", "the French National Assembly")
                    return Found(at, s + ent.end_char, lead.actor, "description", "state")
            low = name.lower()
            if " " not in name and ent.start == ent.sent.start and low.endswith("s") and (
                    low[:-1] in _common_nouns(nlp) or low.endswith("es") and low[:-2] in _common_nouns(nlp)):
                return None  # a plural common noun opening a sentence ("Kidnappers had threatened ..."), no name
            if name.split(" ", 1)[0].lower() in ("cyclone", "hurricane", "typhoon", "storm", "tropical", "superstorm"):
                return None  # "Cyclone Nargis hit Burma": weather, no actor
            if name.lower().endswith(("first lady", "first gentleman")):
                return None  # a leader's spouse ("the Chinese First Lady"), no actor of politics
            last = name.rsplit(" ", 1)[-1].lower()
            if last in _EVENT_NAME_ENDS or last in _DOCUMENT_NAME_ENDS and not (label == "PERSON" and last == "law"):
                return None  # an event or a text, not a body: "the Strategic and Economic Dialogue", "the Oslo Accords"
            sites = _SITE_ENDS if label != "PERSON" else _SITE_ONLY_ENDS
            before_last = low.rsplit(" ", 2)[-2] if low.count(" ") >= 1 else ""
            if last in _AREA_ENDS or last in sites or before_last in _SITE_ONLY_ENDS or _AREA_AFTER.match(
                    text, s + ent.end_char) or (
                    _AREA_BEFORE.search(text, max(s, s + ent.start_char - 30), s + ent.start_char)):
                return None  # a place: "the Bab Amr neighbourhood", "the Bab Amr district", "the town of Azaz",
                # "Forward Operating Base Leego" (a site word before a last name)
            if label == "ORG" and name.lower() in words.get("body_heads", ()):
                return None  # a body's head word alone ("Council condemns ..."), named back by `resolve` if at all
            lead, _, body = name.rpartition(" ")
            if body.lower() in words.get("leader_bodies", ()) and label == "ORG":
                # "the Bush Administration": the state of the leader it is named after
                people = [m.actor for m in mentions if m.actor.rsplit(" ", 1)[-1] == lead
                          and actor_type(m.actor) == "person"] or [
                    n for n, a in dictionary.actors.items()  # rare: a scan of the dictionary is affordable
                    if a.type == "person" and n.rsplit(" ", 1)[-1] == lead and state_of(n)]
                state = state_of(people[0]) if len(set(people)) == 1 else None
                if state:
                    start = s + ent.start_char
                    return Found(start, start + len(ent.text), state, "entity", actor_type(state))
            if label == "PERSON" and any(ch.isdigit() for ch in name):
                return None  # "Ma May 20": a name with a date the recogniser took in
            kind = "person" if label == "PERSON" else "organization"
            if kind == "person" and len(ent) == 1 and ent.start and (
                    ent.doc[ent.start - 1].text in _PLURAL_TITLE_WORDS):
                # "Presidents Bush and Putin": the plural title is each name's, the name the one holder of it (or
                # the one in office with that surname) on the day
                title = _PLURAL_TITLE_WORDS[ent.doc[ent.start - 1].text]
                held = dictionary.holder_named(title, ent.text, article.date)
                name = held[0] if held else dictionary.office_surname(ent.text, article.date)
                if name is None:
                    return None  # (a lone surname of no one the dictionary knows)
            if kind == "organization" and set(name.lower().split()) & words.get("group_words", frozenset()):
                kind = "group"
            if kind == "person":
                parts = name.split()
                if (cut := office_words_before_name(parts)) and [x.text for x in ent[:cut]] == parts[:cut]:
                    # "Senior Advisor for Caucasus Negotiations Louis Bono": the charge's last word is no name
                    parts, ent = parts[cut:], ent[cut:]
                    name = " ".join(parts)
                if len(parts) == 2 and _before_name(parts[0]):
                    # "Mr. Vohor" after "Serge Vohor, the Prime Minister": the one the article named in full
                    full = surnames.get(parts[1]) or _full_name(text, parts[1], not_first, article.body_start)
                    misspelt = False
                    if full is None and len(parts[1]) >= 6 and not _INTRODUCED_AFTER.match(text, s + ent.end_char):
                        # "Mr. Saaskashvili" after "Mikhail Saakashvili": the one person named before whose surname
                        # it misspells by one letter (not "Mr. Browne, the defence secretary," after Gordon Brown)
                        near = {m.actor for m in mentions if m.start < s + ent.start_char and actor_type(m.actor) ==
                                "person" and any(_one_letter_off(w.rsplit(" ", 1)[-1], parts[1])
                                                 for w in (m.actor, text[m.start : m.end]))}
                        full, misspelt = (near.pop(), True) if len(near) == 1 else (None, False)
                    if full is not None and dictionary.other_sex(parts[0].rstrip("."), full):
                        if misspelt:  # ("Mrs. Abbasi" after "Mahmoud Abbas": another person, no wife of his)
                            full = None
                        else:
                            return None  # "Mrs. Hagel" after "Chuck Hagel": his wife, no actor of the story
                    if full is not None:
                        parts, name = full.split(), full
                if len(parts) == 1:
                    if name not in surnames:
                        full = _full_name(text, name, not_first, article.body_start) or _titled_full_name(
                            article.title, name, not_first, dictionary)  # ("Readout of Ambassador Donald Lu's
                        # Meeting with ...": "Ambassador Lu met ..." in the body)
                        ranked = label == "PERSON" and ent.start and ent.doc[ent.start - 1].lower_ in (
                            _RANK_TITLES) and ent.doc[ent.start - 1].is_title and not any(
                            f.start <= s + ent.doc[ent.start - 1].idx < f.end for f in found)
                        if full is None and (not ranked or len(name) < 3):
                            return None  # a lone unknown word is too weak to be an actor (but "Ambassador Huntsman":
                            # a person a title of one's rank names by surname, mentioned with the title; not a word
                            # of two letters, "Ambassador Lu", without the full name: "Ombudsman Ed")
                        if full is None:
                            ent = ent.doc[ent.start - 1 : ent.end]
                        surnames[name] = full or name  # "envoy Ibrahim Gambari" in a sentence not parsed
                    name = surnames[name]
                else:
                    surnames.setdefault(parts[-1], name)
            name = dictionary.loose_names.get(loose_form(name), name)  # "Kurdistan Workers Party": the dictionary's
            if kind == "person" and name not in dictionary.actors and len(name.split()) == 2:
                name = dictionary.name_starts.get(loose_form(name), name)  # "Abdullahi Yusuf": "Abdullahi Yusuf Ahmed"
            if name in dictionary.actors:
                kind = dictionary.actors[name].type
            elif name not in new_actors:
                new_actors[name] = Actor(name=name, type=kind, in_dictionary=False)
            start = s + ent.start_char
            if kind == "person" and (start, name) not in people_added:
                people_added.add((start, name))
                named_people.add(start, name, start + len(ent.text))
            made = Found(start, start + len(ent.text), name, "entity", kind)
            entities.append(made)
            return made

        reader = Reader(doc, found, s, words, new_actor, resolve, state_of, surname_words,
                        ner if _unknown_names(text, s, e, found) else None, recent.get("state"))
        reader.weekday = weekday
        reader.call_readout = call_readout
        reader.demonyms = demonyms
        reader.place_ner = ner
        voice = voices.get(s)
        if voice is not None and not voice.attributed:  # the "it" of the attribution it was parsed with is its
            # speaker, for every role that reads it, where the text names them
            at = len(doc.text) - len(_ATTRIBUTION) + _ATTRIBUTION.index("it")
            it = next((t.i for t in _tokens(doc) if t.idx == at), None)
            if it is not None:
                reader.tok_found[it] = [voice.speaker]
        places[s] = reader.placed
        readers[e] = reader
        for a, state in reader.journeys():
            if state is None:
                journeys.pop(a, None)  # "He returned to Beijing on Tuesday": the journey is over
            else:  # (a stay told now in another state moves the journey on: "arrived in Egypt ... is in Israel")
                journeys[a] = (s, state, e)
        hedged = bool(lexicon.hedge.search(text, s, e))
        if any(_warned_of_a_state(t) for t in _tokens(doc)):
            vetoed.add((s, "threatens"))  # "warned the UN that the peace process is in crisis": no threat
        endangering = {t.i for t in _tokens(doc) if _endangers(t, words)}  # (read once: the rules' veto and frames')
        if endangering:
            vetoed.add((s, "threatens"))  # "Turkey's military action threatens Iraq's sovereignty": a danger, no threat
        if any(t.lemma_.lower() in _ASSAULTS | _STRIKES | {"aggression", "invasion"} and _called(t)
               for t in _tokens(doc)):
            vetoed.add((s, "attacks"))  # "called Y's remarks an attack on China": what a thing is called, no attack
        for person, state in _plural_titles(text, s, e, found):
            emit(person.actor, "leads", state.actor, s, e, "frame.lead.plural_title", {}, person, state)
        for person, body in _body_titles(reader, words.get("body_titles", frozenset()), dictionary.actors):
            emit(person.actor, "leads", body.actor, s, e, "frame.lead.body_title", {}, person, body)
        for t in _tokens(doc):
            if t.lemma_.lower() == "blame" and t.pos_ in _VERBAL and reader.tokens_for("blamed_on", t):
                # "blamed Zimbabwe's crisis on Britain": the crisis's owner is not blamed (the rules' nearest name)
                laid_owners.update((s, f.actor) for f in reader.role(reader.tokens_for("objmod", t)))
        for fr, t, agents, patients, named, among in _match_frames(reader, frames):
            if fr.relation == "threatens" and t.i in endangering:
                continue  # (vetoed above for the rules too)
            if fr.relation == "criticizes" and t.dep_ == "acl" and t.head.dep_ == "pobj" and (
                    t.head.head.lower_ == "against" and t.head.head.head.lemma_.lower() == "vote" or any(
                        _held_back(v) for v in t.head.ancestors if v.lemma_.lower() in _BACKING_VOTES)):
                vetoed.add((s, fr.relation))  # "A voted against / abstained from voting for the resolution
                continue  # condemning Y": A spared Y
            if not agents and fr.pos == "verb":
                # "Iraq's Kurds accused Turkey": a body inside the state acts, not the state the rules would name
                # ("Our Hemisphere stands with Y": an area the speaker shares acts, not the speaker's state)
                inner_owners.update((s, fr.relation, f.actor) for x in reader.subj(t) if x.pos_ in ("NOUN", "PROPN")
                                    for c in _kids(x) if c.dep_ == "poss" and (
                                        reader.inner_body(x) or _our_shared_area(c))
                                    for f in reader.tok_found[c.i])
            if fr.id == "meet.noun" and t.dep_ == "pobj" and t.head.lower_ in ("for", "on", "during") and (
                    t.head.head.lemma_.lower() in ("host", "receive", "welcome")) and _children(t.head.head, "dobj"):
                hosted_at[s].update(f.actor for f in reader.role(reader.prep(t, "to")) if f.type != "state")
                continue  # "X hosted Y for his first visit to the Pentagon": the visit is the hosting, read there
                # (X met Y), not a visit of its own to the place
            if fr.relation == "attacks" and agents and named and not patients:
                for x in t.subtree:
                    if x.dep_ == "pobj" and x.head.lower_ in ("in", "inside") and x.head.head.dep_ == "pobj" and (
                            x.head.head.head.dep_ == "prep" and x.head.head.head.head.i == t.i):
                        for a in agents:
                            target_places[(s, a.actor)].update(
                                f.actor for f in reader.tok_found[x.i] if f.type == "state")
            if fr.agent in _SPEAKING and fr.relation == "criticizes" and t.pos_ == "NOUN" and (
                    t.dep_ != "attr"):
                # a judging word names the act whatever the verb does with it: "I cannot accept Uribe's lies",
                # "we will not tolerate Japan's provocations" (but "there were no crimes")
                negated = _denied(t)
            else:
                negated = reader.negated(t)
            if negated and fr.pos == "noun" and t.dep_ == "pobj" and t.head.head.lemma_.lower() not in words.get(
                    "light_verbs", ()) and any(c.dep_ == "poss" and reader.tok_found[c.i] for c in _kids(t)):
                negated = False  # "Iran was not involved in Hamas's attack on Israel": Hamas's own attack happened
            defied = "defier" in fr.patient and bool({p.actor for p in patients} & {
                f.actor for f in reader.role(reader.tokens_for("defier", t))})
            if not defied and negated != fr.negated:  # a demand refused was still made ("Iran defied U.N.
                # demands"), but not pressure not applied ("is not applying enough pressure on Y")
                if (agents or patients) and not fr.negated:
                    vetoed.add((s, fr.relation))  # "called off the talks with Y": no talks with Y here
                continue
            if fr.agent in _SPEAKING and agents and reader.voiced_below(t, {
                    x.actor for x in (*agents, *patients)}):
                continue  # "White said A and B recognized the dangers of Y's reckless behavior": A's and B's
                # judgement, which the speaker reports (but "Y will pay a price, X said": X's threat)
            voice = (judging_voice if fr.agent == ("voice",) else author) or (
                finder.home if fr.agent == ("voice",) and own_voice and _own_words(
                t, text[s:e]) else None)  # (a statement with no "I" speaks for the government that publishes it:
            # not a transcript of others' words, nor a clause told as another's view or asked)
            unquoted = not any(q in text[s:e] for q in '"“”')
            if fr.agent in _SPEAKING and not agents and voice and reader.reporter(t) is None and (
                    unquoted) and not reader.others_voice(t, {voice, *(x.actor for x in patients)}) and not (
                    t.dep_ == "pobj" and t.head.lower_ in ("about", "of") and t.head.head.lemma_.lower() in
                    words.get("claim_nouns", frozenset()) | words.get("judgements", frozenset())):
                # (not what another's claim tells: "Hamas's lies about Israel's crimes")
                # a statement's own words, in no one else's mouth: its author's ("Putin is responsible for
                # Navalny's death" in "Statement from President Joe Biden on ...")
                agents = [Found(0, 0, voice, "author", actor_type(voice))]
            rel = fr.relation
            money_too = False  # (aid of both kinds: "security, humanitarian, and economic assistance to Y")
            if fr.id == "discuss.noun" and _in_person_talks(t):
                rel = "met"  # "made a visit to Kyiv and held talks with Y", "met X in Tehran, held talks there with Y"
            if rel not in ("accuses", "criticizes") and t.pos_ in _VERBAL and _charged_in(
                    t, words.get("charge_claim_nouns", frozenset())):  # (an event noun there is presupposed: "claims
                # that the US used white phosphorus in an attack against Y")
                vetoed.add((s, rel))  # "rejected the charge that Damascus was arming Hezbollah": the act is only
                continue  # charged (nor does a rule read it there)
            if t.tag_ == "VBN" and _counterfactual(t):
                continue  # "I could have sent rifles to the FARC", "would have attacked Y": what did not happen
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in words.get("authorizing_verbs", ()):
                continue  # "authorized the army to strike Y": leave to act, not the act nor a threat of it
            sum_of = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "dobj" else t
            promised = t.pos_ == "NOUN" and sum_of.dep_ == "dobj" and (sum_of.head.lemma_.lower() in words.get(
                "promise_verbs", ()) or fr.typed and sum_of.head.lemma_.lower() == "announce")
            # "pledged military aid to Y", "offered weapons to Y", "announced (a sum in) aid for Y": aid offered, not
            # given
            future = reader.future(t) or (fr.future == "offers_aid" and promised) or (
                t.pos_ == "NOUN" and _there_is(t) and _to_come(t.head))  # "there will be costs / talks": to come
            if not future and rel in _TALK_RELATIONS and _talks_to_go_on(t):
                future = True  # "will continue to consult closely with Y", "agreed to continue talks with Y": talks
                # are events, the ones to come are none yet (support "will continue" is support now)
            if future and rel == "attacks" and t.dep_ == "xcomp" and t.head.lemma_.lower() in words.get(
                    "attempt_verbs", ()) and not reader.future(t.head):
                future = False  # "al-Shabab is trying to overthrow the government": an attempt is an attack
            if future and rel == "supports" and not fr.future and t.dep_ == "xcomp" and t.head.lemma_.lower() in (
                    words.get("pledge_verbs", ())) and not reader.future(t.head) and not reader.negated(
                    t.head) and not _conditioned(t):
                future = False  # "has pledged to defend Y": a pledge of support is support given now (not "offered
                # to support Y", "pledged to support Y if attacked", "... next year")
            if future and rel == "supports" and not fr.future and t.head.tag_ in ("VBZ", "VBP") and (
                    _aim_of(t) is not None) and not reader.negated(t.head) and not _conditioned(t):
                future = False  # "the priority of X is to support Y": a standing aim of support is support now
            if fr.other_side and agents and patients and sides(agents) & sides(patients):
                continue  # "the Pentagon said US and Saudi jets struck Y": its own side's act, told, no charge
                # against its partners (nor, so far, against another it names beside itself)
            if fr.own_side and not _own_side(agents, reader.role(reader.subj(t)), state_of):
                continue  # "experts warned that China could block trade if ...": a forecast, no threat of China's
            if fr.not_condition and _in_condition(t):
                continue  # "warned of countermeasures if the Council imposes sanctions": the condition, no threat
            if fr.only_future and not future:
                continue  # "responded firmly to Y's actions" tells a response, "will respond firmly" holds one out
            asked = reader.asker(t) if fr.asked and (future or _asked_by_noun(t)) and not reader.own_agent(
                t, fr.agent) else None
            if asked is not None:
                # "pushed for sanctions against Y", "called on the Council to impose an embargo on Y": the one
                # who asks criticizes Y; the act asked for has no doer of its own yet ("pressing for a UN resolution
                # condemning Y" is no UN condemnation: a rule's reading of it gives way)
                agents = [a for a in reader.role(_children(asked, "poss") if asked.pos_ == "NOUN" else reader.subj(
                    asked)) if a.actor not in {p.actor for p in patients}]
            key = (s, rel)  # (askers named: they are the doers; none named: the parse does not decide)
            named_subject = reader.subject_actors(t) if asked is None else set() if agents else None
            if not patients and set(fr.patient) <= _REPORTED_ROLES:
                pass  # a reported-speech frame that found nothing said ("he argues it is time"): no reading here
            elif named_subject is None or subjects.get(key, set()) is None:
                subjects[key] = None
            else:
                subjects[key] = subjects.get(key, set()) | named_subject | {a.actor for a in agents}
            if named_subject is not None:  # the same, for one target the trigger reached
                for p in patients:
                    subjects[(s, rel, p.actor)] = subjects.get((s, rel, p.actor), set()) | named_subject | {
                        a.actor for a in agents}
            if fr.typed and not promised:  # "military aid", "provided loans": the kind of aid names the relation
                sent = _children(t.head, "dobj") if t.dep_ == "advcl" and _infinitive(t) else []  # "sent
                # military instructors to help Y": what was sent names the kind of help
                helpers = [x for x in reader.prep(t, "from") if not reader.tok_found[x.i]]  # "help from Y's troops"
                # "$30 million in military aid", "provided Y with $3 billion in military aid", "gave $2 billion to Y
                # in mostly military aid"
                sums = [x for o in (*reader.obj(t), *reader.prep(t, "with")) for x in reader.prep(o, "in")] + (
                    reader.prep(t, "in") if t.pos_ in _VERBAL else [])
                given, given_sums = _sum_given_in(t)
                if given is not None and given.lemma_.lower() in _RECEIVING:
                    # "received $6 billion in aid": the sum it is given in (told by the one who has it: an
                    # announced or pledged sum is offered)
                    sums += given_sums
                relied = [c for w in ("for", "of") if any(p == w for p, _ in fr.requires) for x in reader.prep(t, w)
                          for c in (x, *x.conjuncts)]  # "depends on X for gas and loans", "a recipient of X's
                # military aid": what is had from X names the kind
                built = [o for c in _children(t, "xcomp") if c.lemma_.lower() in words.get("building_verbs", ())
                         for o in _children(c, "dobj")]  # "has been helping to build Y's infrastructure"
                included = [y for p in _children(t, "prep") if p.lower_ == "including" for o in _children(p, "pobj")
                            for y in (o, *o.conjuncts)]  # "U.S. help for Y, including security assistance and
                # economic support", "... including deliveries of security assistance": the kinds it includes
                included += [z for y in included for of in _children(y, "prep") if of.lower_ == "of"
                             for z in _children(of, "pobj")]
                kinds = {k.lemma_.lower() for x in (t, *reader.obj(t), *reader.prep(t, "with"), *sent, *helpers, *sums,
                                                    *relied, *built, *included)
                         for c in (x, *_kids(x), *_compound_modifiers(x)) if c is x or c.dep_ in ("amod", "compound")
                         for k in (c, *(c.conjuncts if c is not x and c.lemma_.lower() in words["aid_kinds"] else ()))
                         # ("military and humanitarian aid"; not "diplomatic and humanitarian support")
                         } | {
                    x.lemma_.lower() for x in reader.subj(t) if t.pos_ in _VERBAL}
                if kinds & words.get("military_aid", frozenset()) or t.lemma_.lower() in _HELPING and any(
                        c.lemma_.lower() in _HELPED_FIGHTING and any(
                            o.lemma_.lower() in _ARMED_PLURALS or any(f.type in ("state", "group") for f in (
                                reader.tok_found[o.i])) for o in (*_children(c, "dobj"), *reader.prep(c, "against")))
                        for c in _children(t, "ccomp", "xcomp")):  # ("helping Y's forces battle rebels"; not
                    rel = "backs_militarily"  # "helping Y fight the pandemic")
                    money_too = bool(kinds & _MONEY_KINDS)  # ("military and economic aid": arms and money both;
                    # not "$300 million in military aid")
                elif kinds & words.get("financial_aid", frozenset()):
                    rel = "backs_financially"
            if future and fr.future == "offers_aid" and _in_condition(t):
                continue  # "warned of consequences if it sold weapons to Taiwan": the act a condition names is offered
                # by no one ("would send aid if asked" is an offer on a condition: an offer)
            if future and fr.future == "offers_aid" and _speculative(t, words):
                continue  # "might send troops", "would consider sending troops": no offer made
            if future and fr.future == "offers_aid" and not fr.asked:
                asking = reader.asker(t)  # "urged Washington to help Burma": help asked of Washington, none offered
                if asking is not None and asking.lemma_.lower() in words.get("object_control", ()):
                    vetoed.add((s, "offers_aid"))
                    continue
            if future and asked is None:
                rel = fr.future
                speakers = reader.vowed(t, agents) if fr.relation == "attacks" and patients else []
                if speakers and not agents:  # ... not the speaker's own side struck
                    vowing = _and_states((a.actor for a in speakers), state_of)
                    patients = [p for p in patients if not _and_states([p.actor], state_of) & vowing]
                    speakers = speakers if patients else []
                if speakers:  # a warring party's own word that it will strike: a threat by the one who says it
                    rel, agents = "threatens", speakers
                if rel != fr.relation and (agents or patients or named):
                    vetoed.add((s, fr.relation))  # "are due to hold talks with Y": none held yet
                    if fr.relation in _TALK_RELATIONS:  # (nor the rules' met or called of the same two: "was to hold
                        # talks with Y in Jeddah"; not another pair's: "called X and will hold talks with Y next week")
                        parties = {x.actor for x in agents} | {x.actor for x in patients}
                        talks_to_come.update((s, r, a, b) for r in _TALK_RELATIONS for a in parties for b in parties)
                if not rel:
                    continue
            if fr.target_state and agents and all(a.type != "person" for a in agents):
                patients = [as_state(p) for p in patients]
            # (not when the sentence names a party outside the account: "offered assistance with both Turkey and
            # Iraq to fight the PKK")
            if fr.context and agents and not named and len(account) == 2 and not (
                    fr.relation == "condolences" and _to_mourners(t, reader.prep(t, "to"))) and not {
                    f.actor for f in found if f.how != "pronoun" and f.type != "person"} - _and_states(
                    [*account, *(a.actor for a in agents)], state_of):
                names = _and_states((a.actor for a in agents), finder.state_of)
                if account[0] in names and account[1] not in names:  # (both: "Both leaders expressed condolences
                    # for the victims" is to neither)
                    patients = [Found(0, 0, account[1], "context", actor_type(account[1]))]
                elif account[1] in names and account[0] not in names:
                    patients = [Found(0, 0, account[0], "context", actor_type(account[0]))]
                elif all(a.type != "person" for a in agents):
                    # "Putin spoke with Lukashenko. The Russian side reaffirmed its readiness to render assistance":
                    # the state of one party acts towards the state of the other
                    homes = [state_of(x) if actor_type(x) == "person" else x for x in account]
                    if homes[0] in names and homes[1] and homes[1] not in names:
                        patients = [Found(0, 0, homes[1], "context", actor_type(homes[1]))]
                    elif homes[1] in names and homes[0] and homes[0] not in names:
                        patients = [Found(0, 0, homes[0], "context", actor_type(homes[0]))]
            for role in fr.fallback if not patients else ():
                own = {a.actor for a in agents}
                patients = [p for p in reader.role(reader.tokens_for(role, t)) if p.actor not in own]
                if patients:
                    break
            if fr.relation == "condolences" and len(account) == 2 and len(patients) == 1 and (
                    patients[0].how == "demonym") and (own := {a.actor for a in agents}) & set(account) and not (
                    _and_states(own, state_of) & {patients[0].actor}) and not re.search(
                    r"\bto\b", text[s + t.idx + len(t) : patients[0].start]) and not any(
                    _addressed(x) for x in _tokens(reader.doc) if patients[0].start <= s + x.idx < patients[0].end):
                # "condolences for the loss of American life", "over the deaths of Japanese soldiers" from one party
                # of the account's call or meeting: to the other party, whose people they were (not "to Japan")
                other = account[1] if account[0] in own else account[0]
                if other not in own and actor_type(other) == "person" and state_of(other) == patients[0].actor:
                    patients = [Found(0, 0, other, "context", "person")]
            if fr.antecedent in ("perpetrator", "target") and not patients and reader.refers_to_event(t):
                told = attack[0] if fr.antecedent == "perpetrator" else attack[1]
                own = {a.actor for a in agents}
                patients = [Found(0, 0, x, "antecedent", actor_type(x)) for x in told if x not in own]
            elif fr.antecedent == "perpetrator" and fr.relation == "threatens" and not patients and agents and (
                    {a.actor for a in agents} & set(attack[1])) and not reader.prep(t, "for"):
                # "Israel struck Hamas targets. Hamas vowed revenge": on the one who struck it
                patients = [Found(0, 0, x, "antecedent", actor_type(x)) for x in attack[0]
                            if x not in {a.actor for a in agents}]
            act = reader.act_noun(t, fr.patient[:1] == ("subj",), fr.antecedent == "perpetrator") if fr.antecedent in (
                "perpetrator", "act") and (
                agents and not patients) else None
            if act is not None:
                # "X called the move regrettable": the last act told before it, in this sentence or the one
                # before, or else the act the story leads with; by its doer, when that is not X's side. Each
                # source is asked only when the ones before it named no one (the last two may parse a sentence).
                own = _and_states((a.actor for a in agents), state_of)
                sources = [(owners_of, (act, s)), (told_by_verb, (act, s))]
                if act.lemma_.lower() in words.get("act_antecedents", ()) or act.lower_ in ("this", "that"):
                    sources += [(reader.doers, (t.i,)), (before_doers, (s,)), (lead_doers, ())]
                elif act.pos_ == "NOUN":  # "X staged a coup ... Y condemned the coup": told with the same noun
                    sources.append((told_before, (act, s)))
                for told, args in sources:
                    doers = [x for x in told(*args) if not _and_states([x], state_of) & own]
                    if doers:
                        patients = [Found(0, 0, x, "antecedent", actor_type(x)) for x in doers]
                        break
            elif fr.antecedent in ("perpetrator", "act") and agents and not patients and (
                    thing := reader.definite_object(t)) is not None:
                # "China announced new drills near Taiwan. Taiwan condemned the drills": told just before, by its doer
                own = _and_states((a.actor for a in agents), state_of)
                patients = [Found(0, 0, x, "antecedent", actor_type(x)) for x in told_before(thing, s)
                            if not _and_states([x], state_of) & own]
            if agents and not patients and rel in ("criticizes", "threatens", "accuses"):
                # "Saudi Arabia executed a cleric, prompting Iran to warn of revenge": the one whose act prompted it
                own = _and_states((a.actor for a in agents), state_of)
                patients = [f for f in reader.prompter(t) if not _and_states([f.actor], state_of) & own]
            if not patients and "with_subj" in fr.patient and _judged_with(t):
                vetoed.add((s, rel))  # "views Y's acts, with the support of Z, as provocative": not the judge's
            if agents and named and not patients and fr.pos == "verb" and fr.patient[:1] == ("obj",) and rel in (
                    "criticizes", "accuses", "met"):
                vetoed.add((s, rel))  # "condemned the attacks and said the United States ...": its object names no one
            if rel == "attacks":  # "the attack" is the story's attack: the first told with a perpetrator or a target
                attack = (attack[0] or [a.actor for a in agents], attack[1] or [p.actor for p in patients])
            if rel == "supports" and t.pos_ in _VERBAL and t.tag_ != "VBN" and t.lemma_.lower() in ("back", "support"):
                purpose = t.dep_ == "advcl" and _infinitive(t)  # ("sent troops to support Y")
                moved = [*_children(t.head, "nsubj", "dobj"), *(c for o in _children(t.head, "dobj") for c in (
                    o.conjuncts))] if purpose and t.head.pos_ == "VERB" else []
                if any(x.lemma_.lower() in words.get("armed_nouns", ()) for x in (
                        *reader.subj(t), *(_children(t.head, "dobj") if purpose else ()))) or any(
                        x.lemma_.lower() in words.get("armed_support", ()) for x in moved):
                    # "Ethiopian troops backing Somalia's government", "sent troops to support Y's government", "the
                    # U.S. military moved aircraft and destroyers to the region to support Y": backing in arms
                    rel = "backs_militarily"
            if rel == "supports" and t.lemma_.lower() == "defend" and t.dep_ == "acl" and any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("alliance", "treaty", "allied")
                    for c in _kids(t.head)):
                rel = "allied_with"  # "reaffirmed its alliance commitments to defend Y", "treaty obligations to defend
                # Y": allies
            if rel in ("criticizes", "threatens") and fr.id == "accuse.hold_responsible" and any(
                    _charged_with(o, words, vowed=rel == "threatens")
                    for p in t.subtree if p.lower_ == "for" for o in _children(p, "pobj")):
                rel = "accuses"  # "held Y responsible for the attack / every death", "will hold Y accountable for its
                # war crimes / its attempt to murder Z": a charge of the killing or the crime, whatever is vowed (not
                # "holds Y responsible for their safety / for the provocation", "hold Y accountable": blame, as readers
                # mark it; nor "will hold Y accountable for any war crimes": a warning of crimes not done)
            if rel == "discussed_with" and fr.id.startswith("discuss.") and fr.id != "discuss.in_contact" and (
                    reader.held_at_place(t)):  # (not "in contact with leaders in Georgia": from afar)
                rel = "met"  # "held talks with Y in Istanbul": talks in a named place are a meeting
            if rel == "discussed_with" and fr.id.startswith("discuss.") and t.lemma_.lower() in ("talk", "talks") and (
                    t.pos_ == "NOUN" and not patients and len({f.actor for f in agents}) >= 3) and not (
                    t.dep_ == "pobj" and t.head.lower_ == "in") and not reader.clause_lemmas(t) & (words.get(
                        "call_cues", frozenset()) | _APART):  # (not "are in talks on a fighter jet": a process)
                rel = "met"  # "the foreign ministers of A, B and C began trilateral talks": talks that three or more
                # parties hold together are a conference, held in person (not "X held talks with A, B and C", nor
                # virtual, separate or indirect ones)
            if rel == "discussed_with" and fr.id == "discuss.verb" and call_document and t.lemma_.lower() in (
                    "speak", "talk", "confer", "converse") and (
                    (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT") and not any(
                        x.tag_ == "VBD" and x.lemma_.lower() in ("meet", "visit") for x in _children(t, "advcl")) or (
                        {a.actor for a in agents} & set(account) and not any(
                            x.lemma_.lower() in ("meet", "visit", "summit", "meeting") for x in t.sent))):
                rel = "called"  # "The President spoke with X and, separately, with Y" in the readout of his calls; "The
                # Secretary noted that he had spoken with Y earlier in the day" (a caller of the readout); not talks
                # it reports of others ("told X that Kerry had spoken with Lavrov") or held in person ("when they met")
            if rel == "called" and not (call_document or reader.clause_lemmas(t) & words.get("call_cues", ())):
                rel = "discussed_with" if fr.cue == frozenset() else rel
            if rel == "discussed_with" and fr.id == "discuss.verb" and t.lemma_.lower() == "discuss" and (
                    call_document or _the_call_in(t.sent, t)) and not patients and (
                    len(pair := {a.actor for a in agents}) == 2 and all(a.type == "person" for a in agents)) and (
                    not account or pair == set(account)) and not any(
                    x.lemma_.lower() in ("meet", "visit", "summit", "meeting", "talk", "talks") for x in t.sent) and (
                    not any(c.relation == "called" and {c.source, c.target} == pair for c in sink.claims)):
                rel = "called"  # "Mr Putin and Mr Bush discussed ..." in the readout of their call, "In a statement
                # summarizing the call, Kirby said A and B discussed ...": the two on the call, when the story has not
                # told it yet (not two who met)
            if rel == "discussed_with" and fr.id == "discuss.noun" and t.lemma_.lower() == "conversation" and (
                    call_document and account and {f.actor for f in (*agents, *patients)} <= set(account)
                    or _call_noun_in(t.sent)) and not any(
                    c.lower_ in ("face-to-face", "personal", "in-person") or c.dep_ == "prep" and c.lower_ in (
                        "at", "in", "during") for c in _kids(t)):
                rel = "called"  # "a statement summarizing the call said X's conversation with Y focused on ...": the
                # conversation of a call readout's parties, or of a sentence about a call, is the call (not "the
                # face-to-face conversation between A and B" that a readout reports)
            said = reader.reporter(t)
            flags = {"hedged": hedged, "reported": said is not None}
            if rel == "attacks" and said is not None and agents:
                # "Georgia says Russian planes bombed its bases": an attack told by its target is its charge
                hit = _and_states((p.actor for p in patients), state_of)
                doers = _and_states((a.actor for a in agents), state_of)
                for sp in reader.role(reader.subj(said)):
                    side = _and_states([sp.actor], state_of)
                    if side & hit and not side & doers:
                        for a in agents:
                            emit(sp.actor, "accuses", a.actor, s, e, f"frame.{fr.id}.told_by_target", flags, sp,
                                 a if a.end else None)
            if fr.id == "discuss.verb" and not patients and t.lemma_.lower() in ("speak", "talk") and any(
                    p.lower_ == "to" or p.lower_ == "of" and t.dep_ in ("acl", "advcl") or p.lower_ == "at" and not any(
                        o.lower_ == "length" for o in _children(p, "pobj")) for p in _children(t, "prep")):
                continue  # "Speaking at the summit, A and B said ...", "statements speaking of an incursion", "A and
                # B spoke to reporters": a speech, a topic or an audience, no talks between the two (but "A and B
                # spoke of the need for a ceasefire", "spoke before the summit")
            if fr.pairwise and among and not agents:
                pairs = [(a, b) for i, a in enumerate(patients) for b in patients[i + 1:]]
            elif fr.pairwise and among and len(patients) > 1 and (
                    (joined := (party := talk_parties(t, agents, patients)) != agents or _hosted_between(t)) or (
                        fr.relation == "met" and t.pos_ == "NOUN" and all(f.type == "person" for f in patients))):
                # "China hosted talks between Saudi Arabia and Iran": the two held talks, and the host with each; one
                # who neither hosts them nor is on a party's side is no party ("In talks between Israel and Hamas, X
                # urged Y"); "The United States voiced concern during a meeting between Secretary Rice and Y": the
                # two people met, the agent on Rice's side met no one but through her
                outsiders.update((s, a.actor, b.actor) for a in agents if a not in party for b in patients)
                pairs = [(a, b) for i, a in enumerate(patients) for b in patients[i + 1:]] + [
                    (a, b) for a in (party if joined else ()) for b in patients]
            elif fr.pairwise and not patients and t.lower_ == "alliance" and _their_own(t) and len(
                    doers := reader.role(reader.tokens_for("light", t)) or agents) > 1:
                # "A and B reaffirmed their alliance", "... the strength of their nations' alliance": the two who
                # speak of it are each other's allies
                side = reader.conjunct_of(t)
                agents = doers
                if any(p.lower_ != "their" for p in _children(t, "poss")):  # their nations': the people's states
                    agents = [as_state(a) for a in agents]
                pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]
                         if side(a) is None or side(a) != side(b)]
            elif fr.pairwise and not agents and len(patients) == 2 and t.lemma_.lower() == "alliance" and not any(
                    x.lower_ == "no" for x in t.doc[t.left_edge.i : t.i]) and any(
                    "-" in c.text and {f.actor for f in reader.tok_found[c.i]} == {p.actor for p in patients}
                    for c in _children(t, "compound", "amod", "nmod")):
                pairs = [(patients[0], patients[1])]  # "would strengthen the U.S.-ROK alliance": the two it joins
            elif fr.pairwise and not named and named_together(agents):
                # "X spoke with A, B and C. They discussed ...": the one who called or met the others with each
                pairs = [(agents[0], b) for b in agents[1:]]
            elif fr.pairwise and not named and len(agents) > 1:  # "A and B met"
                side = reader.conjunct_of(t)  # "Iran and the P5+1 nations -- A, B and C -- reached a deal": Iran
                pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]  # with each, not A with B
                         if side(a) is None or side(a) != side(b)]
                if rel == "discussed_with" and _brokered(t):  # "A and B helped reach the agreement", "the roles
                    pairs = []  # played by A and B in reaching a deal": a broker's part, no talks of the two
                if t.lemma_.lower() in _GATHERINGS or len(agents) > 2:  # "President A and Prime Minister B were
                    # at the summit", "attending were A, B and C": one state's people at a gathering, or three or more
                    # of them listed, are a delegation or a state's own meeting, not a meeting between them
                    # (two people of whom one serves no state the dictionary knows are as likely one side's:
                    # "President X, Prime Minister Y and Deputy Prime Minister Z were all at the summit")
                    # (but a list with two sides the dictionary knows keeps its others: "Presidents A and B and rebel
                    # leader C met")
                    one_side = len({state_of(x.actor) for x in agents if x.type == "person"} - {None, ""}) < 2
                    pairs = [(a, b) for a, b in pairs
                             if not (a.type == b.type == "person" and (
                                 state_of(a.actor) and state_of(a.actor) == state_of(b.actor) or len(agents) > 2
                                 and one_side and not (state_of(a.actor) and state_of(b.actor))))]
                if len(pairs) > MAX_PAIRS and not (rel == "met" and all(x.type == "person" for x in agents) and len(
                        {state_of(x.actor) for x in agents} - {None, ""}) >= len(agents) - 1):
                    # "A, B, C, D, E and F reached a deal": a many-sided deal, no pair's (but leaders of five states,
                    # all but one of them known, who met met each other: "The meeting included Prime Ministers A of
                    # X, B of Y, ...")
                    pairs = []
            elif fr.pairwise and len(agents) > 1 and patients and "joiners" in fr.patient and {
                    p.actor for p in patients} <= {f.actor for f in reader.role(reader.tokens_for("joiners", t))}:
                # "At a meeting chaired by X, A and B agreed": those who attended it or chaired it met both, and the
                # two met each other
                pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]] + [
                    (a, b) for a in agents for b in patients]
            elif len(agents) > 1 and not patients and reader.reciprocal(t) and any(
                    r == "obj" or r.startswith("prep:") for r in fr.patient):  # "A and B accused each other" (a frame
                # whose target is its object or a phrase's: not "would respond if Y ...", read on "attacked each other")
                pairs = [(a, b) for a in agents for b in agents if a is not b]
            else:
                pairs = [(a, b) for a in agents for b in patients]
                if is_symmetric(rel) and len(patients) > 1 and (any(
                        c.dep_ == "amod" and c.lower_ in _JOINT_KINDS for c in _kids(t)) or _MULTI_WAY.search(
                            t.doc[max(0, t.i - 4) : t.i].text + " ") or (
                            fr.id == "meet.host" and t.lemma_.lower() == "host")):
                    # "held a trilateral call with A and B": the three were on the one call, so A and B too; "X
                    # hosted A and B in Berlin": the guests met each other too
                    pairs += [(a, b) for i, a in enumerate(patients) for b in patients[i + 1:] if a.actor != b.actor]
            if patients and named_together(agents):
                pairs = [(a, b) for a, b in pairs if not (a in agents and b in agents)]  # "X spoke with A, B and C.
                # They met Y": they met Y, not each other
            if fr.mutual:
                pairs += [(b, a) for a, b in pairs]
            if fr.one_target and len({p.actor for p in patients}) == 2:  # (three or more: one side, "urged A, B and C")
                pairs = []
                vetoed.add((s, rel))
            if pairs and fr.cue_scope == "demand" and fr.relation == "criticizes" and _third_party_act(
                    reader, t, {p.actor for p in patients}):
                pairs = []  # "Israel wants the United States to stop Iran's nuclear program": Iran's act, not the US's
            if fr.sole and pairs:
                ends_named = {x.actor for ab in pairs for x in ab}
                ends_named |= {state_of(x) for x in ends_named if actor_type(x) == "person"}
                if any(f.actor not in ends_named for f in found if f.how != "pronoun"):
                    pairs = []
            for a, b in pairs:
                own_state = rel != "leads" and (b.actor in own_sides(a.actor) or a.actor in own_sides(b.actor))
                if a.actor == b.actor or own_state:
                    # "Rouhani said Iran regrets this disastrous mistake" is no criticism of Iran; "she is in China
                    # for talks between the US and China" holds no talks of hers with the US
                    continue
                if rel == "leads" and fr.pos == "verb" and not _heads(reader, t, a, b, actor_type):
                    continue
                if fr.types and (actor_type(a.actor) not in fr.types and not (
                        # a person who holds a state's office acts for it: "Bush pledged to help Turkey"
                        actor_type(a.actor) == "person" and "state" in fr.types and finder.state_of(a.actor))
                                 or actor_type(b.actor) not in fr.types):
                    continue
                if fr.agent_types and actor_type(a.actor) not in fr.agent_types:
                    continue
                if fr.targets and b.actor.lower() not in fr.targets:
                    continue
                if fr.target_words and not fr.target_words & set(b.actor.lower().split()):
                    continue
                if fr.id in _VISIT_FRAMES and actor_type(a.actor) == "state" and not (
                        among and a in patients and b in patients and a.how in ("name", "alias")
                        and b.how in ("name", "alias")):
                    continue  # a visit or meeting is people's: "the first visit to Cuba by a Russian leader", "U.S.
                    # official visits to Iraq", "Israeli and Palestinian leaders have held a summit" are no meetings
                    # of two states (but a meeting "between" or "involving" states named is theirs: "a meeting in
                    # Beijing involving North Korea, China and the United States")
                went = journeys.get(a.actor)
                here = "met" if rel == "discussed_with" and fr.id.startswith("discuss.") and went is not None and (
                    s - went[0] <= _JOURNEY_REACH and (went[1] in (b.actor, state_of(b.actor)) or (
                        actor_type(b.actor) == "person" and _talks_held_now(t)))) and not (
                    reader.clause_lemmas(t) & words.get("call_cues", frozenset())) and not (
                    _JOURNEY_OVER.search(text, went[2], s)) else rel
                # ("X visited Podgorica. He held talks with Y", Y of Montenegro: talks there, in person; "X arrived in
                # Amman. He later held talks with Y": whoever Y serves, talks held on the journey are in person; not
                # "he said he had held talks with Y", told of before)
                emit(a.actor, here, b.actor, s, e, f"frame.{fr.id}", flags, a if a.end else None,
                     b if b.end else None)
                if money_too and rel == "backs_militarily":  # (given, not offered: one offer of both kinds)
                    emit(a.actor, "backs_financially", b.actor, s, e, f"frame.{fr.id}", flags, a if a.end else None,
                         b if b.end else None)
                if actor_type(a.actor) == actor_type(b.actor) and (
                        rel in ("called", "met") and (not account or account_rel in ("discussed_with", "condolences")
                                                      and _in_main_clause(t))
                        or rel == "discussed_with" and actor_type(a.actor) == "person" and (
                            fr.id == "discuss.brief_person" and not account
                            or account_rel == "condolences" and _in_main_clause(t)
                            or not account and t.lemma_.lower() in ("speak", "talk") and _in_main_clause(t))
                        or rel == "condolences" and not account and actor_type(a.actor) == "person"):
                    # (a call or meeting; or "Israeli Defense Minister X briefed / updated Y on ...", one person's
                    # account to another, which a later call or meeting in a main clause takes over; or "X spoke
                    # with Y", a call or a meeting the text does not tell which, whose sympathies and offers later
                    # sentences tell ("X extended his sympathies"), until a call or meeting takes over; not talks
                    # between states, nor negotiations; or one person's condolences to another, whose message a
                    # later sentence goes on with, "We are ready to provide any assistance", and which later talks
                    # in a main clause take over too)
                    account[:] = [a.actor, b.actor]
                    account_rel = rel

    follow_suit(sink, passes, text)
    claims = postprocess(sink.claims)
    # talks of one who met or called another, told then or after, with that other's state (or of that other with
    # the first one's state) are the same encounter and add no `discussed_with` (guideline rule 6: "Hagel met Prime
    # Minister Modi ... Hagel also held talks with India"; "Erdogan spoke with Putin ... Russia informed Erdogan");
    # talks of the two states stand, and so do those of other people of the two sides, and a visit to a state covers
    # no later talks ("X visited Moscow ... On Friday he held talks with Putin")
    encounters = [(c.start, c.source, state_of(c.source), c.target, state_of(c.target)) for c in claims
                  if c.relation in ("met", "called") and actor_type(c.source) == actor_type(c.target) == "person"]

    def same_encounter(c) -> bool:
        return any(at <= c.start and ({c.source, c.target} == {a, b_state} or {c.source, c.target} == {a_state, b})
                   for at, a, a_state, b, b_state in encounters)

    if encounters:
        claims = [c for c in claims if not (c.relation == "discussed_with" and same_encounter(c))]
    # "made a visit to Colombia to meet President Uribe", "visited Russia, where he and Medvedev discussed ...": the
    # state visited is where its head, met there, serves; the meeting with the head is the edge, not one with the
    # state (not a call: "visited Israel a week after speaking with Netanyahu by phone"; nor a minister met)
    people_met = {(c.start, a, state) for c in claims if c.relation in ("met", "discussed_with")
                  for a, b in ((c.source, c.target), (c.target, c.source)) if actor_type(b) == "person"
                  for state in dictionary.headed(b, article.date)}
    visit_only = {(c.start, c.relation, c.source, c.target) for c in claims if c.relation == "met" and (
        c.rule in _VISIT_RULES) and actor_type(c.target) == "state" and (c.start, c.source, c.target) in people_met}
    claims = [c for c in claims if (c.start, c.relation, c.source, c.target) not in visit_only]
    used = {c.source for c in claims} | {c.target for c in claims}
    actors = known + [a for n, a in new_actors.items() if n in used]
    # the recogniser's actors that a claim names are mentioned where it found them, like the dictionary's
    spans = {(m.start, m.end) for m in mentions}
    for f in entities:
        start = f.start + (4 if text.startswith(("the ", "The "), f.start) else 0)  # the name, not its article
        if f.actor in used and (start, f.end) not in spans:
            spans.add((start, f.end))
            mentions.append(Mention(f.actor, start, f.end, article.text[start : f.end], "entity"))
    def titled_only(start: int, end: int, state: str, persons: frozenset[str]) -> bool:
        """The sentence at text[start:end] names `state` only in the titles right before the names of `persons`
        ("met with Rwandan Minister of Foreign Affairs and International Cooperation Vincent Biruta")."""
        states = [m for m in mentions if m.actor == state and start <= m.start < end and m.how not in (
            "group", "pronoun") and text[max(start, m.start - 3) : m.start] not in ("in ", "at ") and not (
            text[m.start - 1 : m.start] == "-" or text[m.end : m.end + 1] == "-")]
        # ("the two nations": named back, not named here; "in Manila": the place; "U.S.-U.K. cooperation": the
        # pair whose ties are meant)
        people = [m.start for m in mentions if m.actor in persons and start <= m.start < end]
        return bool(people) and all(any(0 < p - m.end <= 90 and _TITLE_RUN.fullmatch(text, m.end, p) for p in people)
                                    for m in states)  # (none: the mention finder read it into a person's title)

    # "met with Ghanaian Minister of Foreign Affairs and Regional Integration X" read as meeting Ghana and X: the state
    # is X's title's, no party of its own
    met_people = defaultdict(set)  # (sentence, relation, source) -> the persons the parse gave that source there
    for c in claims:
        if actor_type(c.target) == "person":
            met_people[(c.start, c.relation, c.source)].add(c.target)
    titled = {(c.start, c.relation, c.source, c.target) for c in claims if is_symmetric(c.relation) and actor_type(
        c.target) == "state" and (persons := frozenset(met_people.get((c.start, c.relation, c.source), ()))) and (
            titled_only(c.start, c.end, c.target, persons))}
    claims = [c for c in claims if (c.start, c.relation, c.source, c.target) not in titled]
    # a sentence where the parse saw a relation only negated or not yet happened: that reading stands
    vetoed -= {(c.start, c.relation) for c in claims}
    overruled = set(visit_only) | titled | talks_to_come  # (nor the rules' reading of the same visit or talks to
    # come, or of the same title)
    read = defaultdict(set)  # (sentence, relation, source) -> the targets the parse gave that source there
    at_offset = {r.offset: r for r in readers.values()}

    @cache
    def subjects_at(start: int) -> frozenset[str]:
        """The actors that are subjects of a clause in the sentence parsed at `start` (none when it was not)."""
        r = at_offset.get(start)
        return frozenset(f.actor for t in _tokens(r.doc) if t.dep_ in ("nsubj", "nsubjpass") for f in r.tok_found[t.i]
                         ) if r is not None else frozenset()

    @cache
    def subject_phrases_at(start: int) -> tuple[frozenset[str], ...]:
        """The actors named in each clause subject's phrase of the sentence parsed at `start`."""
        r = at_offset.get(start)
        return tuple(frozenset(f.actor for x in t.subtree for f in r.tok_found[x.i])
                     for t in _tokens(r.doc) if t.dep_ in ("nsubj", "nsubjpass")) if r is not None else ()

    @cache
    def actor_tokens_at(start: int) -> dict[str, list]:
        """The tokens that name each actor in the sentence parsed at `start` (none when it was not)."""
        r = at_offset.get(start)
        where = defaultdict(list)
        for t in _tokens(r.doc) if r is not None else ():
            for f in r.tok_found[t.i]:
                where[f.actor].append(t)
        return where

    @cache
    def owners_only_at(start: int) -> frozenset[str]:
        """The actors the sentence parsed at `start` names only as the owners of a name the parse read as another
        actor ("Niger's Kalla Ankourao met Mali's Abdoulaye Diop": Niger and Mali), or of a title given one in
        apposition ("met China's top diplomat Wang Yi": China)."""
        r = at_offset.get(start)
        if r is None:
            return frozenset()

        def owner_only(t, a: str) -> bool:  # `t`, a mention of `a`, owns a name or title another actor is read at
            x = t if t.dep_ == "poss" else t.head if t.dep_ in ("case", "compound") and t.head.dep_ == "poss" else None
            if x is None:
                return False
            owned = x.head
            if owned.pos_ == "PROPN":  # the name, or the name its first word is of ("Niger's [Kalla] X")
                at = (owned, *(owned.ancestors if owned.dep_ == "compound" else ()))[:2]
            else:  # a title given one in apposition ("China's top diplomat Wang Yi")
                at = _children(owned, "appos") if owned.pos_ == "NOUN" else ()
            return any(f.actor != a for y in at for f in (
                *r.tok_found[y.i], *(g for g in entities if g.start <= start + y.idx < g.end)))

        out = set()
        for a, toks in actor_tokens_at(start).items():
            named = [t for t in toks if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at"))]  # (not a capital as
            # the place: "met ... in Bamako")
            if named and all(owner_only(t, a) for t in named):
                out.add(a)
        return frozenset(out)

    @cache
    def authors_only_at(start: int) -> frozenset[str]:
        """The actors the sentence parsed at `start` names only as the author of a document ("U.N. resolutions",
        "Russia's proposal")."""
        docs = words.get("document_nouns", frozenset())
        return frozenset(a for a, toks in actor_tokens_at(start).items() if all(
            t.dep_ in ("compound", "amod", "poss", "nmod") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in docs
            or t.dep_ in ("compound", "punct", "case") and any(
                x.dep_ in ("compound", "amod", "poss", "nmod") and x.head.lemma_.lower() in docs
                for x in t.ancestors if x.head.i != x.i and x.i < x.head.i)
            for t in toks))

    @cache
    def victims_only_at(start: int) -> frozenset[str]:
        """The actors the sentence parsed at `start` names only as those an act was done to ("the ambush of PMF
        members", "the attack on Y")."""
        events = words.get("event_nouns", frozenset())
        return frozenset(a for a, toks in actor_tokens_at(start).items() if all(any(
            x.dep_ == "pobj" and x.head.lower_ in ("of", "on", "against") and x.head.head.pos_ == "NOUN"
            and x.head.head.lemma_.lower() in events for x in (t, *t.ancestors)) for t in toks))

    @cache
    def outcome_at(start: int) -> frozenset[str]:
        """The actors the sentence parsed at `start` names as those an event's outcome fell on ("the impact of
        Russia's invasion on Y")."""
        return frozenset(a for a, toks in actor_tokens_at(start).items() if any(any(
            x.dep_ == "pobj" and x.head.lower_ == "on" and (_outcome_of(x.head.head) or (
                x.head.head.lemma_.lower() in _OUTCOME_NOUNS)) for x in (t, *t.ancestors)) for t in toks))

    doers_of = defaultdict(set)  # (sentence, relation, target) -> the sources the parse gave it there
    for c in claims:
        read[(c.start, c.relation, c.source)].add(c.target)
        doers_of[(c.start, c.relation, c.target)].add(c.source)
    # "X launched a scathing attack on Y": the one who attacks in words attacks no one by arms there (another's
    # attack in the same sentence stands: "... after Syrian fighters attacked a Turkish post")
    in_words = {(c.start, c.source) for c in claims if c.rule.startswith("frame.criticize.verbal_attack")}
    claims = [c for c in claims if not (c.relation == "attacks" and (c.start, c.source) in in_words)]
    for c in resolved.claims if resolved is not None else ():
        if (c.start, c.relation, c.source) in inner_owners:
            overruled.add((c.start, c.relation, c.source, c.target))  # "Iraq's Kurds accused Turkey": not Iraq
            continue
        if c.relation == "attacks" and (c.start, c.source) in in_words:
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        named_subject = subjects.get((c.start, c.relation, c.target), subjects.get((c.start, c.relation)))
        if c.relation == "criticizes" and (c.start, c.target) in laid_owners:
            overruled.add((c.start, c.relation, c.source, c.target))  # "blamed Y's crisis on Z": Z, not Y
            continue
        targets = read.get((c.start, c.relation, c.source), {c.target})
        if not is_symmetric(c.relation) and c.target not in targets and not (
                _and_states([c.target], finder.state_of) & _and_states(targets, finder.state_of)) and (
                c.target in subjects_at(c.start)):
            # "X condemned Y's action and said Canberra was suspending ...": the parse read the act's target, and
            # the rule's other target is the subject of a clause of its own there: the rule's error
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if not is_symmetric(c.relation) and c.target not in targets and (c.start, c.relation, c.source) in read and (
                c.target in authors_only_at(c.start)):
            # "X condemned the launches, saying they violated U.N. resolutions": the parse read the act's target; the
            # rule's other target only wrote a document the sentence names
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if c.relation != "attacks" and not is_symmetric(c.relation) and c.target not in targets and (
                c.start, c.relation, c.source) in read and c.target in victims_only_at(c.start):
            # "condemns the ambush of PMF members, carried out by ISIS": the parse read the act's doer; the rule's
            # other target is only the one the act was done to
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if c.relation == "attacks" and c.target in outcome_at(c.start) and c.target not in read.get(
                (c.start, c.relation, c.source), ()):
            overruled.add((c.start, c.relation, c.source, c.target))  # (the one an attack's outcome fell on)
            continue
        if c.relation == "met" and hosted_at.get(c.start, set()) & {c.source, c.target}:
            overruled.add((c.start, c.relation, c.source, c.target))  # (the place of a hosted visit)
            continue
        if c.relation == "attacks" and c.target in target_places.get((c.start, c.source), ()) and (
                c.target not in read.get((c.start, c.relation, c.source), ())):
            overruled.add((c.start, c.relation, c.source, c.target))  # the place of the target the parse read
            continue
        doers = doers_of.get((c.start, c.relation, c.target), set())
        if not is_symmetric(c.relation) and c.source in read.get((c.start, c.relation, c.target), ()) and (
                c.target not in read.get((c.start, c.relation, c.source), ())):
            # "Ukraine's war against the Russian invasion": the parse read the act the other way round (Russia's on
            # Ukraine), and not this way too
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if not is_symmetric(c.relation) and doers and c.source not in doers and not (
                _and_states([c.source], finder.state_of) & _and_states(doers, finder.state_of)) and not any(
                c.source in phrase for phrase in subject_phrases_at(c.start)):
            # "Turkey violated Iraq's airspace with its strikes on Y": the parse read another doer of the same act
            # on the same target (Turkey), the rule the nearest name (Iraq), named in no subject
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if not is_symmetric(c.relation) and c.target not in targets and (c.start, c.relation, c.source) in read and any(
                c.target in phrase and phrase & targets for phrase in subject_phrases_at(c.start)):
            # "The Russian decision to recognize Y was condemned by X": the parse read whose act was judged (Russia);
            # another actor of the same subject phrase (Y) is the rule's error
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if is_symmetric(c.relation) and {c.source, c.target} & owners_only_at(c.start) and any(
                k[0] == c.start and k[1] == c.relation and ({c.source, c.target} - owners_only_at(c.start) or {
                    k[2]} & {c.source, c.target}) <= {k[2], *read[k]} for k in read):
            # "Niger's X met Mali's Y", "A met Uganda's Y": the parse read those the names are of (X, Y), the rule
            # their owners
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if is_symmetric(c.relation) and {(c.start, c.source, c.target), (c.start, c.target, c.source)} & outsiders:
            overruled.add((c.start, c.relation, c.source, c.target))  # (talks between others: "In talks between
            continue  # Israel and Hamas, X urged Y")
        if is_symmetric(c.relation) and any(actor_type(b) == "state" and (persons := frozenset(
                x for x in read.get((c.start, c.relation, a), ()) if actor_type(x) == "person")) and titled_only(
                    c.start, c.end, b, persons) for a, b in ((c.source, c.target), (c.target, c.source))):
            # "met with Rwandan Minister of Foreign Affairs Vincent Biruta": the parse read the person; his title's
            # state is no party of its own
            overruled.add((c.start, c.relation, c.source, c.target))
            continue
        if is_symmetric(c.relation):
            # "the Defense Ministers of Cambodia and Thailand met": either side may be the subject; but a capital
            # the parse read as the place of the event ("after a Moscow meeting with Y") is no party to it
            if (c.start, c.relation) in subjects and {c.source, c.target} & places.get(c.start, set()):
                overruled.add((c.start, c.relation, c.source, c.target))
            # "a visit to Japan by Li Peng" read by a rule as the visit of someone named before: the parse gave
            # the same target another subject
            others = {x.source for x in claims if x.start == c.start and x.relation == c.relation
                      and x.target == c.target and x.source != c.source}
            if others and not (_and_states([c.source], finder.state_of) & _and_states(others, finder.state_of)):
                overruled.add((c.start, c.relation, c.source, c.target))
            continue
        # "Biden ... to impose costs": the US (a person and a subject with no known state do not match by that)
        if named_subject is not None and not (_and_states([c.source], finder.state_of)
                                              & _and_states(named_subject, finder.state_of)):
            overruled.add((c.start, c.relation, c.source, c.target))
    return Extraction(mentions=mentions, claims=claims, actors=named_actors(actors, finder.author, mentions, claims),
                      vetoed=vetoed, overruled=overruled)
