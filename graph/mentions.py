"""Finding actor mentions: dictionary names, aliases, demonyms, metonyms, titles, surnames and pronouns."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

import ahocorasick

from .actors import CALENDAR_WORDS, Dictionary, loose_form, unaccented
from .records import Actor, Article

# someone a sentence introduces with an indefinite article, whom a "he" after it names ("a soldier died after he ...")
_SOMEONE_BEFORE = re.compile(r"(?:^|\b(?:says?|said|reports?|reported|confirmed|announced)(?: that)? )"
                             r"(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\w'-]+ ){0,3}?(?:soldier|man|woman|boy|girl|officer|"
                             r"policeman|journalist|reporter|worker|student|teacher|doctor|pilot|sailor|guard|civilian|"
                             r"resident|witness|diplomat|tourist|citizen|national|farmer|fisherman|driver|teenager|"
                             r"priest|activist|lawyer|businessman|contractor|aid worker|volunteer|survivor)\b[^.;]*$")
# words after a demonym that make it a group of people, not the state ("Sudanese people")
PEOPLE_NOUNS = frozenset(
    """people peoples citizens citizen civilians civilian nationals public population suffering refugees
    community communities hostages children families family lives Jews Muslims Christians families
    workers students soldiers' mothers general generals commander commanders officer officers
    journalist journalists national man woman men women opposition dissidents dissident exiles
    rebel rebels insurgent insurgents militant militants separatist separatists guerrilla guerrillas militia
    militias demonstrators demonstrator protesters protester protestors protestor rioters rioter mob mobs crowd
    crowds""".split()
)
# officers in the plural, who act for a state's forces ("Israeli and Lebanese commanders met"; one is a person)
_RANKS = frozenset({"commanders", "officers", "generals"})
# "civilian and military leaders", "military and civilian officials": office holders, not a people
_OFFICIALS_AFTER = re.compile(r"\s+(?:civilian|military) and (?:civilian|military|political|government|defen[cs]e) "
                              r"(?:leaders|officials|authorities|leadership|chiefs)\b")
# words after a demonym or a state name that keep the state as the actor ("Ukrainian government")
STATE_NOUNS = ("government", "authorities", "administration", "regime", "officials", "leadership", "side",
               "delegation", "Foreign Ministry", "foreign ministry", "Defense Ministry", "Defence Ministry",
               "Government")
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr")
# styles of address ("His Excellency X", "His Royal Highness X"): no pronoun, no part of the name
STYLES = ("Excellency", "Majesty", "Highness", "Holiness", "Eminence", "Beatitude")
# an honorific and one capitalised word: a surname ("Mr. Bush")
_HONORIFIC_SURNAME = re.compile(r"\b(Mr|Mrs|Ms|Secretary)\.? ([A-Z][a-z][\w-]*)")  # (VOA's "Secretary Rice")
_SECRETARY_ROLE = re.compile(r"(?<!Prime )Minister|Secretary")
# "Mr. Gates, the Microsoft founder": a surname described as someone else's
_DESCRIBED_AFTER = re.compile(r", (?:a|an|the) ")
# title modifiers after which a title does not give a `leads` edge
NOT_LEADING = ("former", "late", "interim", "acting", "then", "ex", "incoming", "deputy", "vice", "ousted", "deposed",
               "toppled", "overthrown")
# ... of which these name someone other than the title's holder on the article's date ("former Nigerian President")
PAST_HOLDER = frozenset(NOT_LEADING) - {"interim", "acting"}
# between a name and an "its" of the apposition describing it: "China, its main ally", "Thailand, one of its oldest
# allies"
_APPOSED_ITS = re.compile(r", (?:(?:one|some|two|three|several|many|each|any) of |among )?")
# a line that introduces the quoted paragraphs after it: "Foreign Secretary Dominic Raab said:"
_SAID_COLON = re.compile(  # (or "X's statement reads as follows:")
    r"\b(?:said|says|stated|states|added|declared|wrote|told reporters|reads|read)(?: \w+){0,2}:\s*$")
# adjectives of peoples and faiths that no state's demonym covers, qualifying a body named after them
_PEOPLES = frozenset("Kurdish Shiite Shia Shi'ite Sunni Islamist Hutu Tutsi Pashtun Baloch Baluch Uighur Uyghur Arab "
                     "Christian Muslim Jewish Druze Alawite Tuareg Tamil Sikh Hindu Maoist Marxist".split())


def _word_start(branches: list[str]) -> str:
    """Branches that each start with one literal letter, matched only at the start of a word: the regex engine
    then tries just the positions holding one of those letters (a leading `\\b` makes it try every position);
    `(?<!\\w.)` right after the letter is that `\\b`.

    >>> [m.group() for m in re.finditer(_word_start(["he", "She"]) + r"\\b", "the he She sheep")]
    ['he', 'She']
    """
    return "(?:" + "|".join(rf"{b[0]}(?<!\w.){b[1:]}" for b in branches) + ")"


_FEW_NAMES = 32  # up to this many local names, a substring test per name beats scanning the sentence's words
# (a nickname in quotes between the names is part of the name: "Moshe “Bogie” Yaalon")
_NAME_WORD = (r"(?:[A-ZÀ-Þ][\w’'\-.À-ÿ]*|al-\w+|el-\w+|"
              r"(?:bin|bint|ibn|de|da|del|dos|das|du|e|van|von|der|le|la|di)\b|Jr\.?|"
              r"[“\"][A-ZÀ-Þ][\w’'\-.]*[”\"](?= [A-ZÀ-Þ]))")
_NICKNAME = re.compile(r"\s[“\"][A-ZÀ-Þ][\w’'\-.]*[”\"](?=\s)")
_NAME = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,5}}(?:, Jr\.)?")
_NEXT_WORD = re.compile(r"\s+([\w’']+)")
# a style of address between a title and a name: "His Royal Highness", "Her Excellency", "Their Majesties"
_STYLE = re.compile(r"(?:His|Her|Their) (?:Royal )?(?:" + "|".join(
    (*STYLES, "Highnesses", "Excellencies", "Majesties")) + r")\b")
_STATE_NOUN = re.compile(r"\s+(?:" + "|".join(STATE_NOUNS) + r")\b")
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di",
                             "van", "von", "der", "la", "le", "y"})
_RANK_INSIDE = re.compile(r"\b(" + "|".join(sorted(PAST_HOLDER)) + r")\b", re.I)  # between a state and its title
_LOWER_RANK = re.compile(r"\b(?:" + "|".join(PAST_HOLDER) + r"|assistant|under)\b", re.I)  # inside a title phrase
# (an acting or interim holder is the holder)
_NOT_LEADING = re.compile(r"(\b(" + "|".join(NOT_LEADING) + r")[\s-]+)$", re.I)  # group 2: the word
# a state's name that a word before it makes a region's ("Latin America", "Northern Ireland")
_REGION_WORD = frozenset({"America", "Ireland", "American", "Americans"})
_REGION_BEFORE = re.compile(r"\b(?:Latin|South|Central|North|Northern) \Z")
# a demonym that a plural noun of states after it makes a region's ("Central African states", "Central African
# countries"; "Central African leaders" are the Central African Republic's when the story says so, and stay)
_REGION_DEMONYMS = frozenset({"Central African"})
_REGION_AFTER = re.compile(r" (?:states|countries|nations|region|neighbou?rs|governments|economies|bloc|community|"
                           r"forests?|rainforests?|sub-?region|members)\b")
_OTHER_BEFORE = re.compile(r"\bother \Z")  # "other Central African members of the bloc"
# a point of the compass and "and"/"or" right before a state's name of two or more words ("North and South Korea")
_ELIDED_BEFORE = re.compile(r"\b((?:North|South|East|West)(?:ern)?) (?:and|or|&) \Z")
_HONORIFIC_OPENING = re.compile(r"(Mrs|Ms|Mr)\.? ")  # ... or opening the mention
_HONORIFIC_RIGHT_BEFORE = re.compile(r"\b(Mrs|Ms|Mr)\.? \Z")  # an honorific right before a surname
_GIVEN_BEFORE_PART = re.compile(r"\b([^\W\d_]+) \Z")  # the capitalised word right before a name part
_NEXT_NAME_WORD = re.compile(r" ([A-Z][\w’'-]*\.?)")  # the capitalised word after a name part
_DET_END = re.compile(r"\b(?:the|The)\s+$")
_SHARED_DET = re.compile(r"\b(?:the|The) ((?:[A-Za-z-]+ ){0,3}[A-Za-z-]+) and $")
_INDEFINITE_END = re.compile(r"\b(?:a|an|A|An)\s+$")
# after a demonym, the nouns that make it the state itself: "head of the Iraqi government"
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|state|nation|people|administration)\b")
# the lowercase nouns a title may have after "of" and still lead: "head of state", "head of government" (any other,
# "chief of emergency relief", names another office; read by both engines)
LEADING_OF = ("state", "government")
# what "the president of the country" may lead: a whole state, where "chief of the general staff" leads a body in it
WHOLE_STATE = ("country", "nation", "republic", "state", "kingdom", "federation", "union", "island", "islands",
               "emirate", "emirates")
# a title word that modifies another office is not that title: "chief negotiator", "President emeritus"
_OTHER_OFFICE = re.compile(
    r" (?:negotiator|executive|economist|justice|spokesman|spokeswoman|spokesperson|adviser|advisor|officer|"
    r"prosecutor|strategist|whip|counsel|scientist|editor|correspondent|inspector|judge|envoy|delegate|aide|"
    r"emeritus|of staff|minister|secretary|engineer|rabbi|imam|commissioner)\b"
    r"| of (?!(?:the|" + "|".join(LEADING_OF) + r")\b)[a-z]"  # "the UN's chief of emergency relief" is not its
    # chief; "the Russian chief of the general staff" heads the staff, not Russia (but "the president of the country")
    r"| of the (?!(?:" + "|".join(WHOLE_STATE) + r")\b)[a-z]")
# a verb of charging right before a title: its "of" phrase is the charge, no office ("accused the Colombian president
# of lying", "... of repeated lies")
_CHARGED_BEFORE = re.compile(r"\b(?:accus|charg|suspect|convict)\w*\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
# " of (the) " before a name, also with the kind of body it is between ("the leader of the Shi'ite militant group
# Hezbollah", "the head of the rebel movement X")
_OF = re.compile(r" of (?:the )?(?:(?:[\w’'-]+ ){0,3}(?:group|movement|organi[sz]ation|militia|faction) (?=[A-Z]))?")
# a title's holder to be, not its holder: "Colombia's President-elect Alvaro Uribe", "Prime Minister designate"
_TO_BE = re.compile(r"[- ](?:elect|designate)\b")
_APPOSITIVE = re.compile(r",?\s+(?:(?:[A-Z][\w’'-]*|and|of|the|for)\s+){0,8}")
_ROLE_APPOSITIVE = re.compile(  # found role first (rare), then the name just before it
    r", (?:(?:a|an|the) (?:[\w.-]+ ){0,3}?"
    r"(?:envoy|spokesman|spokeswoman|spokesperson|ambassador|adviser|advisor|commander|negotiator|minister|leader|"
    r"head|chief|chairman|chairwoman|founder|director|president)"
    r"(?=,| (?:of|for|to|in|at)\b)"  # an apposition, not "New York, a city spokesman said"
    r"|(?:spokesman|spokeswoman|spokesperson|ambassador|adviser|advisor|envoy) (?:for|of|to) the "  # "X, spokesman
    # for the Council of Ministers,"
    r"|(?:[Dd]irector|[Ss]pokesman|[Ss]pokeswoman|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Ee]nvoy|[Cc]hairman|[Cc]hairwoman|"
    r"[Hh]ead|[Ff]ounder|[Cc]oordinator) (?:of|for|to) )"
)  # ("Nicolás Perez, Director of the daily El Universo,")
# ... and the role before the name: "A spokesman for Gaddafi, Moussa Ibrahim, said"
_ROLES_BEFORE_NAME = "envoy|spokesman|spokeswoman|spokesperson|ambassador|adviser|advisor|negotiator|aide"
# a person's name of two to four capitalised words ("Moussa Ibrahim", "Ali bin Tamim"), captured; and what may follow
# a name set off by commas
_NAME_RUN = r"([A-ZÀ-Þ][\w’'-]+(?: (?:al-|bin |de |van |von )?[A-ZÀ-Þ][\w’'-]+){1,3})"
_THEN_PAUSE = r"(?=,| (?:said|says|told|added)\b)"
_ROLE_THEN_NAME = re.compile(
    r"(?:" + _word_start(["A ", "a ", "An ", "an ", "The ", "the "]) + r"|\b[A-ZÀ-Þ][\w-]+['’]s )"  # ("Egypt's envoy")
    r"(?:(?:[A-Z]\.)+ (?!(?:A|An|The) )|[\w-]+ ){0,3}?"  # (words of the role, within one sentence: "a senior U.S.
    # envoy", not "to the U.S. A spokesman")
    r"(?:" + _ROLES_BEFORE_NAME + r") (?:of|for|to) "
    r"[^,;:.!?\"“”()]{2,50}, " + _NAME_RUN + _THEN_PAUSE)
_ROLE_THEN_CUE = re.compile(r"(?:" + _ROLES_BEFORE_NAME + r") (?:of|for|to) ")  # (cheap: run before the scan)
# a capitalised title with its "of", "for" or "to" phrase, then the name set off by commas: "Deputy Assistant
# Secretary of State for Near Eastern Affairs, Jake Walles, visited"; "The U.S. Ambassador to Lebanon, X, said"
_TITLES_BEFORE_NAME = (r"Secretary|Minister|Ambassador|Envoy|Representative|Director|Commander|Coordinator|"
                       r"Administrator|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Governor")
_TITLE_THEN_NAME = re.compile(
    r"\b(?:" + _TITLES_BEFORE_NAME + r") (?:of|for|to) "
    r"(?:[^,;:.!?\"“”()]|\b[A-Z]\.){2,60}, " + _NAME_RUN + _THEN_PAUSE)
_NAME_BEFORE = re.compile(r"\b" + _NAME_RUN + "$")
# a capitalised name word; a possessive is no part of it ("Adm. Mike Mullen's visit": Mullen), an apostrophe inside is
_CAP_NAME_WORD = r"[A-ZÀ-Þ][\w-]*(?:[’'](?!s\b)\w[\w-]*)*"  # ("O'Brien")
# "Dr Ali bin Tamim", "General Qasem Soleimani": an honorific before two or more name words marks a person
_HONORIFIC_NAME = re.compile(
    _word_start("Mr Mrs Ms Dr Prof Gen General Colonel Col Admiral Adm Sheikh Ayatollah Sir Dame".split()) + r"\.? "
    rf"({_CAP_NAME_WORD}(?: [A-Z]\.)?(?: (?:al-|bin |bint |ibn |de |van |von )?{_CAP_NAME_WORD}){{1,3}})"  # ("Gen.
    # David H. Petraeus": a middle initial inside, not the name's end)
)
_QUOTE = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"")
_SAID = re.compile(r"\b(?:said|says|told|added|stated|declared|wrote|tweeted|warned|insisted)\b")
# a statement that names who "we" are: "We, the G7 Foreign Ministers of ...", or a title "Joint Statement of the G7
# Foreign Ministers on ..."
_WE_THE = re.compile(r"^[ \t]*We, (?:the )?", re.M)  # (opening a paragraph: not in a quotation of another's)
_STATEMENT_OF = re.compile(r"(?:Joint )?(?:Statement|Communiqu[eé]|Declaration) (?:of|by|from) (?:the )?", re.I)
_HE_SAID = re.compile(r",?\s*(?:he|she) (?:said|says|added|stated|declared|told|wrote|insisted|warned)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told \w+|added|stated|declared|wrote|tweeted|warned)(?: that)?[,:]?\s*$")


# they, their, the/both (two) leaders|presidents|ministers|sides|men|women
_GROUP_WORDS = "leaders|presidents|ministers|secretaries|senators|lawmakers|men|women"
_GROUP = f"(?:{_GROUP_WORDS})"  # (not "sides": parties, which
# `_STATE_PAIR` reads; nor "the delegation" or "the envoys", as often ones the two sent or met)
# "they", "the two leaders", "both sides" (not "the leaders of X": X's leaders)
_PLURAL = re.compile(_word_start([f"{t}he(?:y|ir| (?:two )?{_GROUP})" for t in "Tt"]
                                 + [f"{b}oth (?:two )?{_GROUP}" for b in "Bb"]
                                 # "the two" alone, as a verb's subject: "The two agreed to ..."
                                 + [f"{t}he two(?= (?:also |have |had |will |would |did )?(?:[a-z]+ed|met|spoke|"
                                    f"said|held|shook|sought|made|took|began)\\b)" for t in "Tt"])
                     + r"\b(?! of\b)")
# between two names of a list, with their titles: ", Chancellor ", " of France, and Prime Minister "
_NAMES_LISTED = re.compile(r"(?: of(?: the)?(?: [A-ZÀ-Þ][\w.’'-]*)+)?,?(?: and)?(?: [A-ZÀ-Þ][\w.’'-]*)* ")
# between the first person of a sentence and a list of others: one who met or spoke with them
_MET_LIST = re.compile(r"\b(?:spoke|speaks|met|meets|talked|talks|hosted|hosts|called|calls|held|joined|convened|"
                       r"conversation|call|meeting|with)\b")
# "the two leaders", "both men": a plural that counts two, however many were named (not "the leaders", who may be
# others; the parse engine reads the same words)
COUNTED_PLURAL = re.compile(r"(?i)(?:the two|both)\b")
# "the three leaders", "the four national security advisors": as many people as the sentence before named
_COUNTED_GROUP = re.compile(r"\b[Tt]he (three|four|five|six|seven|eight|nine) (?:[a-z]+ ){0,2}?"
                            rf"(?:{_GROUP_WORDS}|advisors|advisers)\b(?! of\b)")
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
PLURAL_PEOPLE = _PLURAL  # (the parse engine reads the same words for the people only the recogniser names)
# "in Doha, " ("Qatar"); not a source or an audience: "According to Reuters, Russia ...", "Speaking to AFP, ..."
_IN_CITY = re.compile(r"\b(?:in|at|(?<!ccording )(?<!peaking )to|from) [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?, $")
_RANKS_BETWEEN = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,4}")  # ", Gen.", ", Defense Minister"
# "his Russian counterpart": the holder of the same office in that state (resolved by the owner's role)
_COUNTERPART = re.compile(r"\b(?:his|her|His|Her) ([A-ZÀ-Þ][\w-]+) counterparts?\b")
# "the two countries", "both nations", "the two governments": the two states of the last sentence naming two
# (two patterns: one alternation of the two runs at half their speed)
_STATE_PAIR = re.compile(_word_start(["the two", "The two", "both", "Both"])
                         + r" (?:countries|nations|states|governments|neighbou?rs|sides|armies|militaries"
                         + r"|(?:militant |armed |rebel )?(?:groups|factions|movements|militias))\b")
_STATE_PAIR_NAMED = re.compile(_word_start(["the ", "The "])  # "the South Asian neighbors"
                               + r"(?:[A-Z][\w-]+ ){1,2}(?:neighbou?rs|rivals)\b")
# a verb between a person and the plural noun after it ("The Secretary thanked the leaders", "X also told both leaders")
_ACTS_ON = re.compile(r"(?: [a-z]+)? ([a-z]+ed|[a-z]+s|told|met) ")
# ... and no verb after the plural: an object ("thanked the leaders for", "told both leaders that"), not a clause's
# subject ("said the leaders had condemned Y", "believes the two leaders oppose Y")
_ACTED_ON_AFTER = re.compile(r"[,.;]| (?:for|to|on|about|at|over|with|that|in|during|after|before|and)\b")
# the words `_ACTS_ON` reads that name no act on the plural after them: "Biden was among the leaders", "Biden then
# said the leaders", "Biden insisted the leaders"
_NOT_ACTING_ON = frozenset({"was", "is", "as", "says", "believes", "hopes", "thinks", "insisted", "recalled",
                            "underscored", "stressed", "noted", "added"})
_JOINED = re.compile(r" and (?:the )?")  # two names joined as one phrase: "A and the B"
_LISTED = re.compile(r", (?:the )?")  # ... but the last two of a list: "A, B and C"
# nouns of an accord or a process named after the city it was agreed in ("the Minsk agreements", "the Oslo process")
_ACCORD_AFTER = re.compile(r" (?:agreements?|accords?|protocols?|process|format|conventions?|framework|principles|"
                           r"communiqu[eé]|memorandum|peace process|ceasefire|truce)\b")  # (not "the Moscow line")
_PREV_CAPWORD = re.compile(r"\b([A-Z][a-z]+) $")
# a speaker's verb right after their name: "Kirby said", "Kirby added that"
# (an appositive may come between: "John Kirby, Pentagon press secretary, said")
_SPEAKS = re.compile(r"(?:, [\w .’'-]{1,60},)?,? (?:said|says|added|told reporters|noted|stated)\b")
SPEAKS = _SPEAKS
_SAID_IT = re.compile(r"\b(?:said|says|stated|added|warned|announced|insisted|argued|believes|believed)(?: that)? $")
# "Iranian airline Mahan Air", "the militia Kataib Sayyid al-Shuhada": a descriptor noun introduces an organisation
_DESCRIPTORS = ["airline", "carrier", "company", "firm", "bank", "militia", "party", "movement", "broadcaster",
                "news agency", "newspaper", "conglomerate"]
_DESCRIBED_ORG = re.compile(
    _word_start(_DESCRIPTORS)
    + r" ((?:[A-ZÀ-Þ][\w’'&-]+)(?: (?:al-|of |for )?[A-ZÀ-Þ][\w’'&-]+){0,3})"
)
# a person named as the owner of something other than an event of theirs ("King Abdullah II's adviser")
_OWNER_ONLY = re.compile(r"['’]s (?!(?:[\w-]+ ){0,2}(?:meeting|meetings|talks|visit|trip|call|conversation|phone|"
                         r"telephone|session|dinner|lunch|discussion|summit|arrival|delegation|tour|stay)\b)")
# a capitalised word right after a person's name that makes the name part of a longer one ("Burhan" in "Burhan
# Muzaffar Wani", "Juan Carlos" in "Juan Carlos Pinzon"): not a weekday, month, or a body named after the person
_NAME_GOES_ON = re.compile(
    r" (?!(?:" + "|".join(CALENDAR_WORDS) + r"|Administration|Government|Cabinet|Regime|Jr|Sr|II|III)\b)"
    r"[A-ZÀ-Þ][a-zà-ÿ]+\b(?!['’])")
# ... and for a one-word name, an Arabic surname with its article ("Mashal al-Zaben" is not Khaled Mashal; but
# "Tamim bin Hamad al-Thani" is the emir)
_ARTICLE_NAME_GOES_ON = re.compile(r" [ae]l-[A-ZÀ-Þ][a-zà-ÿ]+\b")
_DESCRIBES_NAME = re.compile(r"\s+(?:" + "|".join(_DESCRIPTORS) + r")\s+[A-ZÀ-Þ]")
# a state's name or demonym that opens the proper name of a body the state is not: a party, a liberation army, a
# newspaper, an institute ("the Sudan Liberation Army", "the Pakistan Muslim League", "Beijing Daily", "the Syrian
# Observatory for Human Rights"); the state's own organs ("the Syrian Army", "the Indian Ministry", "the Chinese
# People's Liberation Army", "the Somali Transitional Federal Government") are the state
_OWN_NAME = re.compile(
    r"(?: (?:of |for |and |the )?[A-ZÀ-Þ][\w’'-]*){0,4} (?:Party|Front|Movement|League|Forum|Foundation|Institute|"
    r"Observatory|Daily|Times|Post|University|Airlines|Airways|Association|Society|(?<!People's )Liberation)\b")
# "the Movement for Democratic Change (MDC)": a body's name and the acronym the article uses for it from then on
_ACRONYM_DEF = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")
_NAME_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w’'-]*|of|for|and|the|to|on|in)(?= )")
_NAME_LINKS = ("of", "for", "and", "the", "to", "on", "in")
# the head of a body's name (its last capitalised word before "of"/"for"...): "Commission" in "Human Rights
# Commission of Pakistan"; a name with another head ("Coordinated Universal Time", "Status of Forces Agreement") is
# no body
_BODY_HEADS = frozenset({
    "Community", "Movement", "Party", "Army", "Front", "Forces", "Force", "Council", "Commission", "Committee",
    "Organization", "Organisation", "Union", "Alliance", "League", "Agency", "Group", "Brigade", "Brigades",
    "Congress", "Association", "Federation", "Service", "Ministry", "Court", "Assembly", "Caucus", "Coalition",
    "Network", "Institute", "Foundation", "Mission", "Authority", "Office", "Department", "Militia", "Bank",
    "Tribunal", "Secretariat", "Directorate", "Guard", "Corps", "Observatory", "Center", "Centre"})
_ARMED_HEADS = frozenset({"Army", "Front", "Forces", "Force", "Brigade", "Brigades", "Militia", "Corps"})
# the words of a state's organs after its name or demonym ("the Russian Foreign Ministry", "the Afghan National Army",
# "the Iranian Revolutionary Guard Corps"); a capitalised word outside them makes a longer name of a body the state
# is not ("the Syrian Democratic Forces", "the Egyptian Muslim Brotherhood", "the Kenya Human Rights Commission")
ORGAN_WORDS = frozenset({
    "Foreign", "Defense", "Defence", "Interior", "Justice", "Finance", "Home", "External", "Affairs", "Ministry",
    "Ministries", "Minister", "Government", "Cabinet", "Administration", "Presidency", "Presidential", "Army", "Navy",
    "Naval", "Air", "Force", "Forces", "Armed", "Security", "Coast", "Guard", "Guards", "Border", "Police", "Embassy",
    "Embassies", "Consulate", "Mission", "Parliament", "Parliamentary", "Senate", "Congress", "Military", "National",
    "Federal", "State", "Office", "Intelligence", "Service", "Services", "Special", "Revolutionary", "Republican",
    "Self-Defense", "Self-Defence", "Marine", "Marines", "Corps", "Command", "Central", "Department", "Agency",
    "Council", "Assembly", "Court", "Supreme", "Prime", "President", "Envoy", "Ambassador", "Delegation",
    "Authorities", "Officials", "Government's", "Army's", "Navy's", "Troops", "Soldiers", "Gendarmerie", "Joint",
    "Chiefs", "Staff", "General", "Headquarters", "Team", "Delegate", "Representative", "Permanent", "Representatives",
    "Legislature", "House", "Commons", "Lords", "Diet", "Duma", "Knesset", "Majlis", "Bundestag", "Ground", "Land",
    "Rocket", "Strategic", "Space", "People's", "Liberation", "Peoples", "Public", "Interim", "Transitional",
    "Provisional", "Royal", "Imperial", "Coalition", "Treasury", "Trade", "Commerce", "Economy", "Energy", "Health",
    "Education", "Information", "Communications", "Culture", "Agriculture", "Environment", "Labor", "Labour", "Water",
    "Oil", "Petroleum", "Transport", "Industry", "Development", "Planning", "Tourism", "Immigration", "Customs",
    "Bank"})
ORGAN_WORDS |= {w.replace("'", "’") for w in ORGAN_WORDS if "'" in w}  # ("the Syrian Government’s" too)
# people of the state, and what two states share: "a U.S. Senator", "the Japan-United States Alliance"
_STATE_WORDS = frozenset({
    "Senator", "Senators", "Congressman", "Congresswoman", "Lawmaker", "Lawmakers", "Legislator", "Legislators",
    "Official", "Officials", "Diplomat", "Diplomats", "Deputy", "Vice", "Secretary", "Alliance", "Treaty", "Agreement",
    "Pact", "Accord", "Accords", "Partnership", "Dialogue", "Summit", "Relations", "Talks", "Cooperation", "Framework",
    "Strategic", "Consultations", "Forum", "Meeting", "Commission", "Committee"})
_CAP_RUN = re.compile(r"(?: [A-ZÀ-Þ][a-zà-ÿ][\w’'-]*(?: (?:of|for|the))*)+")
# the words between a subject and an object pronoun of its own clause: "Erdogan sent him", "X has told her"
_SAME_CLAUSE = re.compile(r" (?:(?!(?:to|with|and|or|but|that|for|of|from|by|in|on|at)\b)[a-z]+ ){1,3}")
# "the foreign ministry in Beijing", "officials in Tehran": the state's government named by its seat
_GOVERNMENT_IN = re.compile(
    r"\b([Tt]he )?(?:[Ff]oreign [Mm]inistry|[Mm]inistry|[Gg]overnment|[Oo]fficials|[Aa]uthorities|[Ll]eadership|"
    r"[Rr]egime|[Aa]dministration|[Ll]eaders) in $")
# "the Bush administration", "the Assad regime": a leader's surname before the government he heads
_LEADER_BEFORE = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ’'-]+(?:-[A-ZÀ-Þ][a-zà-ÿ’'-]+)*)(?:['’]s)? $")
_HONORIFIC_CUE = re.compile(r"Mr|Mrs|Ms|Dr|Prof|Gen|Col|Adm|Sheikh|Ayatollah|Sir|Dame")
# a descriptor, a space and a capital: found from the space (a literal start the engine searches for quickly),
# looking behind for the descriptor
_DESCRIPTOR_CUE = re.compile(r" [A-ZÀ-Þ](?:" + "|".join(f"(?<={d} .)" for d in _DESCRIPTORS) + ")")
# capitalised words that begin no personal name: "On Monday, the president", "In New York, the envoy"
_NOT_PERSON_WORDS = frozenset({*CALENDAR_WORDS, "In", "On", "At", "After", "Before", "The", "A", "An", "But", "And",
                               "Meanwhile", "However", "Last", "Earlier", "Later", "This", "That", "From", "For", "By",
                               "With", "During", "Since", "Until", "While", "When", "As", "Also", "Speaking", "New",
                               "North", "South", "East", "West", "City", "Street", "Square", "House", "Palace"})
# before a title in apposition: "X, head of Y", "X, the current President of Y"
# "her" before a noun is a possessive ("assured Y of her support": the subject's own), not an object
_POSSESSIVE_HER = re.compile(r" (?!(?:to|for|with|on|in|at|as|and|or|but|that|of|from|by|about|into|after|before|over|"
                             r"again|too|also|not|if|when|while|because|during|since|until)\b)[a-z]")
# a place or an event before a name-like phrase: "Outside the Brandenburg Gate, the leader", "At the Munich Security
# Conference, the head of NATO"
_PREPOSITIONS = "at|in|on|by|from|with|of|for|to|after|before|near"
_PLACE_BEFORE = re.compile(r"\b(?:" + _PREPOSITIONS + r"|outside|inside|addressing|visiting)\s+(?:the\s+|a\s+|an\s+)?$",
                           re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:" + _PREPOSITIONS + r")\s+$", re.I)
_APPOSED = re.compile(r",\s+(?:the\s+)?(?:(?:current|incumbent|sitting|present)\s+)?$")
# ... unless a verb follows the title phrase: then it is the subject of its own clause
_CLAUSE_GOES_ON = re.compile(r" (?!(?:and|or|who|whom|whose|which|that|of|in|on|at|for|to|with|from|by|as|since|"
                             r"until|during|after|before|than)\b)[a-z]+(?:ed|s)\b")
# he him his her hers she it its I me my we us our (group 1)
_PRONOUN = (r"(H(?:e|im|is|ers?)|h(?:e|im|is|ers?)|She|she|I(?:ts?)?|its?|M[ey]|m[ey]|We|we|Us|us|Our|our)\b"
            r"(?! (?:" + "|".join((*STYLES, "Royal")) + r")\b)")  # ("His Excellency X")
# ... after the non-word character before it, matched rather than looked behind for: the regex engine then tries
# only the positions holding a non-word character, far fewer than those holding one of the pronouns' first letters
_PRONOUNS = re.compile(r"\W" + _PRONOUN)
# what a sentence may open "My" with as the speaker's: "My Administration", "My government" (not "My Lai")
_MY_OWN = re.compile(r" (?:[a-z]|(?:Administration|Government|Cabinet|Team|Office)\b)")
_FIRST_PRONOUN = re.compile(_PRONOUN)  # at the start of the text, with nothing before it


_LOCAL_WORD = re.compile(r"(?<![\w’'-])(?:(Mr|Mrs|Ms|Dr)\.? )?([\w’'-]+)")
_HONORIFIC_BEFORE = tuple(f"{h}{dot} " for h in ("Mr", "Mrs", "Ms", "Dr") for dot in ("", "."))  # ... of its word


@dataclass(frozen=True)
class _Part:
    """A name part found inside a hyphenated word, shaped like a regex match for the caller."""

    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


@dataclass
class Found:
    """A mention while an article is being read: resolved actor name plus how it was found."""

    start: int
    end: int
    actor: str
    how: str
    type: str
    role_title: str = ""  # the title the phrase used ("President"), for "the President" later
    role_of: str = ""  # the state or organisation the title phrase attached
    leads: bool = False  # the phrase ties a leading title to a name and a state in one phrase
    inner: list = field(default_factory=list)  # (start, end, actor, how) consumed by the phrase


def named_together(found: list[Found]) -> bool:
    """Three or more people one plural names ("They" after "X spoke with A, B and C": all four, the caller first);
    symmetric acts of theirs pair the caller with each, not A with B."""
    return len(found) > 2 and all(f.how == "group" and (f.start, f.end) == (found[0].start, found[0].end)
                                  for f in found)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


class Matcher:
    """An Aho-Corasick automaton over every surface form of a Dictionary (built once, reused)."""

    def __init__(self, dictionary: Dictionary):
        self.dictionary = dictionary
        self._organs: dict[str, str | None] = {}
        self.automaton = ahocorasick.Automaton()
        for surface, entries in dictionary.surfaces.items():
            self.automaton.add_word(surface, (surface, tuple(entries)))
        for surface in dictionary.titles:
            self.automaton.add_word(surface, (surface, (("", "title"),)))
        self.automaton.make_automaton()
        self.titles = dictionary.titles
        self.leading_titles = frozenset(t.title for t in dictionary.titles.values() if t.leads)  # ("President")
        # the surfaces all of whose actors are organisations or groups
        self.organizational = frozenset(
            surface for surface, entries in dictionary.surfaces.items()
            if all(dictionary.actors[n].type in ("organization", "group") for n, _how in entries))

    @cached_property
    def casing(self):
        """An automaton over the dictionary's names, aliases and titles in small letters, each giving its usual
        capitals and what it is ("al-qaida" -> ("al-Qaida", "name"), "prime minister" -> ("Prime Minister",
        "title")), with the days and months, and the words of people's names ("clinton" -> ("Clinton", "part"),
        read only after a title: "PRESIDENT CLINTON", not "BLAIR SAID"): what a passage in capitals is read back
        with (`truecased`)."""
        out = ahocorasick.Automaton()
        d = self.dictionary
        parts = [w for a in d.actors.values() if a.type == "person" for n in (a.name, *a.aliases) for w in n.split()
                 if len(w) > 2 and w[:1].isupper() and w.lower() not in _COMMON_NAME_WORDS]
        for kind, surfaces in (("title", (*HONORIFICS, *d.titles)), ("name", (*CALENDAR_WORDS, *d.surfaces)),
                               ("part", parts)):
            for surface in surfaces:
                low = surface.lower()
                if len(low) == len(surface) and low != surface and low not in _CAPS_WORDS and (
                        low not in _SMALL_WORDS and low not in out):
                    out.add_word(low, (surface, kind))
        out.make_automaton()
        return out

    def organ_of(self, actor: str) -> str | None:
        """The state a dictionary body's name opens with when the rest names one of its organs ("US Department of
        Defense", "Israel Defense Forces"; not "Egyptian Organization for Human Rights"), else None; worked out once
        per body for the dictionary."""
        if actor not in self._organs:
            d, state = self.dictionary, None
            a, words = d.actors.get(actor), actor.split()
            for k in (3, 2, 1) if a is not None and a.type == "organization" else ():
                opens = next((n for n, _how in d.surfaces.get(" ".join(words[:k]), ()) if d.actors[n].type == "state"),
                             None)
                if opens and k < len(words) and all(w in ORGAN_WORDS or w in ("of", "for", "and", "the")
                                                    for w in words[k:]):
                    state = opens
                    break
            self._organs[actor] = state
        return self._organs[actor]

    def _surname_case(self, m: re.Match) -> str:
        """A surname in capitals beside a given name ("Mr. KISHIDA Fumio", "Emmanuel MACRON", as Japanese, French
        and EU texts write them) read in its usual capitals, unless the capitals are a name of their own (an
        acronym)."""
        word, text, at, end = m.group(0), m.string, m.start(), m.end()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_-") or end < len(text) and (
                text[end].isalnum() or text[end] in "_-"):
            return word  # part of a longer word
        if _GIVEN_AFTER.match(text, end):
            pass  # "KISHIDA Fumio"
        elif at >= 3 and text[at - 1] == " " and text[at - 2].islower():  # "Emmanuel MACRON", not "said NATO"
            before = text.rfind(" ", 0, at - 1) + 1
            if not (text[before].isupper() and text[before : at - 1].isalpha()):
                return word
        else:
            return word
        return word if word in self.dictionary.surfaces else word.capitalize()

    def _states(self, entries) -> bool:
        """Every actor of a surface's entries is a state of the dictionary."""
        actors = self.dictionary.actors
        return all(n in actors and actors[n].type == "state" for n, _how in entries)

    def scan(self, text: str, start: int, end: int) -> list[tuple[int, int, str, tuple]]:
        """All whole-word matches in text[start:end] as (start, end, surface, entries)."""
        out = []
        shared = False  # a name whose last words another before it shares ("North and South Korea")
        chunk = _CAPS_NAME.sub(self._surname_case, text[start:end])
        for last, (surface, entries) in self.automaton.iter(chunk):
            s = start + last - len(surface) + 1
            e = start + last + 1
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_") and surface[0].isalnum():
                continue
            if e < len(text) and (text[e].isalnum() or text[e] == "_") and surface[-1].isalnum():
                continue
            if surface in _REGION_WORD and _REGION_BEFORE.search(text, max(0, s - 9), s):
                continue  # "Latin America", "Northern Ireland": a region, not the state of that name
            if surface in _REGION_DEMONYMS and (_REGION_AFTER.match(text, e) or _OTHER_BEFORE.search(
                    text, max(0, s - 6), s)):
                continue  # "Central African states": a region's, not the Central African Republic
            out.append((s, e, surface, entries))
            elided = _ELIDED_BEFORE.search(text, max(0, s - 24), s) if " " in surface else None
            if elided:  # "North and South Korea": the first word names a state of the second's last words too
                full = elided.group(1) + surface[surface.index(" "):]
                other = self.automaton.get(full, None)
                if other is not None and self._states(entries) and self._states(other[1]):
                    out.append((elided.start(1), elided.end(1), full, other[1]))
                    shared = True
        return sorted(out) if shared else out


# an adverbial opening of a sentence, to its comma: a clause or phrase a pronoun in it may name the subject after
# ("As he ended his visit, X said", "Speaking after his talks with Y, X said", "In its statement, Y said")
_OPENING = re.compile(r"(?:As|While|When|Whilst|After|Before|During|Following|Upon|On|In|At|Since|Despite|Although|"
                      r"Though|Ahead of|Speaking|Addressing|Ending|Concluding|Wrapping up|Returning|Arriving|"
                      r"Visiting|Meeting|Announcing|Responding|Writing|Having) [^,;:\"“”]{3,160}?, ")
_BEFORE_SUBJECT = re.compile(r"(?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday),"
                             r" )?(?:the |The )?")  # ("As he ended his visit, Thursday, X said")


# a name of two to four capitalised words, and what closes an appositive name ("the President of Mali, Ibrahim
# Boubacar Keita, said", "...; the President of Mali, X; and ...")
_CLOSED_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}")
# words of a body's name, never of a person's
_BODY_WORDS = (r"Fund|Foundation|Institute|Agency|Ministry|Council|Committee|Commission|Service|Party|Front|Union|"
               r"Association|Organi[sz]ation|Federation|Society|Army|Forces")
_BODY_NAME_WORD = re.compile(r"\b(?:" + _BODY_WORDS + r"|International|Network|Borders|Reporters|Watch|Group|Movement|"
                             r"Trials|Solidarity|Rights|News|Bank|Court|Alliance|League|Cent(?:re|er)|Times|Post|Press|"
                             r"Republic|Kingdom|State)\b")
# a civil body's or an outlet's name that a state's name or metonym opens ("the Ireland Palestine Solidarity Campaign",
# "the White House Correspondents Association", "Russia Today"): the state is none of the sentence's actors (not the
# state's own bodies and forces: "the U.S. Army", "the Iran Foreign Ministry" keep it)
_CIVIL_WORDS = (r"(?:Associations?|Campaign|Club|Society|Foundation|Institute|Network|Cent(?:re|er)|Coalition|Trust|"
                r"Project|Initiative|Forum|Watch|Times|Post|Daily|News|Today|Herald|Tribune|Journal|Gazette|Airlines|"
                r"Airways|University|College|Company|Corporation)\b")
_CIVIL_TAIL = re.compile(r"(?: [A-Z][\w'’&.-]*){0,3}? " + _CIVIL_WORDS)
_CIVIL_CUE = re.compile(" " + _CIVIL_WORDS)
# words of a body's name that are no surnames ("the King Abdullah II Fund for Development"; not Post, Court, Bank)
BODY_WORD_IN_NAME = re.compile(r"\b(?:" + _BODY_WORDS + r"|Office|Authority|Department|Bureau|Directorate)\b")
_POSSESSIVE_INSIDE = re.compile(r"['’]s [A-Z]")  # a name's word after a possessive: "Agency's Russia division"
_APPOSITIVE_END = re.compile(r"\s*(?:[,;)]|\.\s|\.?$)")
# a leading title in the plural before states: "the presidents of Pakistan and Afghanistan", "both prime ministers of"
_PLURAL_TITLE = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Tt]wo) ((?:[A-Za-z]+ )?[A-Za-z]+)s of (?:both )?(?:the )?$")
# the definite article before a list of demonyms whose plural title follows: "the German and French leaders"
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Bb]oth(?: the)?) $")
_PLURAL_AFTER = re.compile(r" ((?:[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Ll]eader|[Pp]resident|"
                           r"[Cc]hancellor)s)\b(?! of\b)")  # (not "the German and French leaders of the Greens")
# ... that names past holders: "the last two presidents of France", "successive prime ministers of"
_PAST_BEFORE_TITLE = re.compile(r"\b(?:last|first|past|previous|former|successive|recent|earlier)\s*$", re.I)
# what joins the states of one list: "A and B", "A, B and C"
_LIST_LINK = re.compile(r",? and (?:of )?(?:the )?|, (?:of )?(?:the )?")
# a participle after a title that says its holder is out of office ("the Egyptian president ousted in February")
_PUT_OUT = re.compile(r",? (?:who was |who has been )?(?:ousted|deposed|toppled|overthrown|removed|impeached|exiled|"
                      r"forced out|driven out)\b")


# a lake, sea or gulf named after a state: "Lake Chad", "the Gulf of Oman" (no actor)
_WATER_BEFORE = re.compile(r"\b(?:Lake|(?:Gulf|Sea|Bay|Strait|Straits) of(?: the)?) $")
# "the President of the Republic, X": an office of a body or state not named, a known person's name apposed to it
_OF_THE_OFFICE = re.compile(r" of the (?:[A-Z][\w'’-]* )?[A-Z][\w'’-]*, ")
# a chamber a title's "of" names ("Speaker of the House", "President of the National Assembly")
_CHAMBER_OF = re.compile(r" of (?:the )?(?:[A-Z][\w'’-]* ){0,3}(?:House|Chamber|Parliament|Assembly|Senate|"
                         r"Legislature|Duma|Knesset|Majlis|Rada|Diet|Bundestag|Lok Sabha|Rajya Sabha)\b")


# the preposition of a post's place or charge after a title ("Ambassador to Iran", "Special Envoy for Sudan")
_POST_PREP = re.compile(r" (?:to|for) (?:the )?")
# a post that serves another's title, before the holder's name: "Special Representative of the Secretary-General X",
# "Special Envoy of the President X"
_SERVED_TITLE = re.compile(r" (?:of|to) the ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?= [A-Z])")
# a charge after a title, in capitals, up to and with the name after it ("Secretary of State for Defence Ben Wallace")
_CHARGE_FOR = re.compile(r" for (?:the )?[A-Z][\w'’-]*(?: (?:and|of|the|[A-Z][\w.'’-]*))*")
# the last words of a charge in capitals: "for Korean Peninsula Affairs X"
_CHARGE_WORDS = ("Affairs", "Issues", "Questions", "Relations", "Negotiations", "Reconciliation", "Engagement",
                 "Cooperation", "Transition", "Operations")
_CHARGE_AFFAIRS = re.compile(
    rf" for (?:the )?(?:[A-Z][\w'’-]* (?:and )?){{1,4}}(?:{'|'.join(_CHARGE_WORDS)})(?= [A-Z][a-z])")
# ... that ends after a place the post is for: "Special Envoy for Sudan Affairs X", "for Caucasus Negotiations X"
_CHARGE_END = re.compile(rf" (?:{'|'.join(_CHARGE_WORDS)})(?= [A-Z][a-z])")
# the words that end an office's name and begin no personal name: "Chief of General Staff X"
_OFFICE_ENDS = frozenset(_CHARGE_WORDS) | {"Staff"}


def office_words_before_name(words: list[str]) -> int:
    """How many of the first words are an office's last ones, not the name's, with two words left for the name:
    ["Staff", "Hilmi", "Ozkok"] after "Chief of General" -> 1; ["Affairs", "Liu"] -> 0 (one word is no name)."""
    n = 0
    while len(words) - n > 2 and words[n] in _OFFICE_ENDS:
        n += 1
    return n
_POST_JOINT = re.compile(r"(?:, and|,| and) (?:the )?")


# a word in capitals right before or after a capitalised word: a surname as some official texts write it
# (same length when read in its usual capitals, so offsets stay)
_CAPS_NAME = re.compile(r"[A-Z]{3,}")  # (context checked in Matcher._surname_case: a plain class is fast to scan)
_GIVEN_AFTER = re.compile(r" [A-Z][a-z]")


# a passage in capitals: four words or more with no small letter among them ("PRESIDENT CLINTON AND BRITISH PRIME
# MINISTER TONY BLAIR SPOKE ..."), as old wire copy and transcripts' captions are written (the word and the gap
# between words share no character, so the scan is linear)
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9'’.-]*+")
# (a passage starts only where a word does, and no part of it is read twice: one long capitalised token is scanned
# once, not once from each of its letters)
_CAPS_RUN = re.compile(r"(?<![A-Za-z0-9'’.-])[A-Z][A-Z0-9'’.-]*+(?:[^a-zA-Z0-9'’.\n-]++[A-Z][A-Z0-9'’.-]*+){3,}")
# words written in small letters in a name or a title ("Chairman of the Organization for Security and ...")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "with", "by", "from", "an", "a", "de",
                          "la", "le", "du", "del", "des", "da", "do", "al", "el", "bin", "ibn", "von", "van"})
# "US" in capitals that is the state, not the pronoun: after "the", before a hyphen or a noun of a state's own
_STATE_US = re.compile(r"THE US\b|\bUS(?:-|'S|’S| (?:PRESIDENT|OFFICIALS?|FORCES|TROOPS|GOVERNMENT|SECRETARY|"
                       r"AMBASSADOR|ENVOYS?|MILITARY|ADMINISTRATION|EMBASSY|ARMY|NAVY|CONGRESS|SENATE|STATE|DIPLOMATS?|"
                       r"SANCTIONS|AIR|DEFENSE|INTELLIGENCE|ALLIES|LEADERS?)\b)")
_SPELLED = re.compile(r"(?:[A-Z]-)+[A-Z]|I")  # letters spelled out ("U-S", "V-O-A"), and "I"
_INITIAL_END = re.compile(r"(?:^|[^A-Za-z])[A-Z]\.$")  # "U.S." ends in an initial, not a sentence
_PROSE_WORD = re.compile(r"\b(?:THE|AND|OF|TO|IN|ON|FOR|WITH|SAID|SAYS|HAS|HAVE|WILL|IS|ARE|WAS|WERE)\b")
# words of people's names that are common English words: never read as a name in a passage in capitals
# (besides `_CAPS_WORDS`, which no passage in capitals reads as a name at all)
_COMMON_NAME_WORDS = frozenset({"said", "says", "say", "rice", "white", "black", "young", "long", "little", "love",
                                "grant", "king", "bill", "mark", "rose", "price", "green", "rich", "than", "new",
                                "good", "best", "hill", "wood", "field", "north", "south", "west", "east", "house",
                                "law", "page", "wall", "bank", "land", "sun", "star"})
# words that end the name of a place or a building, not of a person ("Sultan Qaboos Grand Mosque")
_PLACE_WORDS = frozenset({"Mosque", "Airport", "University", "Hospital", "Palace", "Street", "Square", "Stadium",
                          "Bridge", "Center", "Centre", "Hall", "Road", "Avenue", "Park", "Port", "Base", "Station",
                          "Foundation", "Institute", "School", "College", "Museum", "Library", "Cathedral", "Church"})
# names of the dictionary that are also English words, read as words in capitals ("THE MAN WHO", "TOLD US")
_CAPS_WORDS = frozenset({"who", "car", "mend", "quad", "mas", "nam", "erg", "us", "it", "am", "is", "as", "an", "or",
                         "no", "so", "up", "me", "we", "he", "be", "go", "do", "if", "may", "will", "can", "hope",
                         "unity", "justice", "freedom", "liberty", "peace", "change", "reform", "power", "union"})


def truecased(text: str, casing) -> str:
    """The text with each passage in capitals read back in the usual capitals, at the same offsets: the names and
    titles the dictionary knows as it writes them ("TONY BLAIR" -> "Tony Blair", "NATO" stays), a sentence's first
    word capitalised, every other word in small letters ("PRIME MINISTER TONY BLAIR SPOKE" -> "Prime Minister Tony
    Blair spoke"). `casing` is `Matcher.casing`. Quotes are still cut from the text as written: this copy is only
    read.
    """
    parts, last = [], 0
    for r in _CAPS_RUN.finditer(text):  # (one scan; most texts have no such passage and come back as they are)
        if not _PROSE_WORD.search(r.group(0)):
            continue  # a list of acronyms ("UN, EU, NATO, AU"), not prose
        parts.append(text[last : r.start()])
        parts.append(_recased(r.group(0), casing, text[max(0, r.start() - 8) : r.start()]))
        last = r.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)  # (each passage keeps its length: see `_recased`)


def _recased(run: str, casing, before: str) -> str:
    """One passage in capitals in the usual capitals (`before` is the text just before it), of the same length:
    every name written over it has the length of its small letters (`Matcher.casing`)."""
    low = run.lower()
    if len(low) != len(run):
        return run  # (a letter whose small form is longer)
    chars = list(low)
    spans = []
    for end, (surface, kind) in casing.iter(low):
        start = end - len(surface) + 1
        if (start == 0 or not low[start - 1].isalnum()) and (end + 1 == len(low) or not low[end + 1].isalnum()):
            spans.append((start, end + 1, surface, kind))
    covered = [False] * len(low)
    ends: dict[int, str] = {}  # end -> kind of the names read
    parts = [x for x in spans if x[3] == "part"]
    for start, end, surface, kind in sorted((x for x in spans if x[3] != "part"), key=lambda x: (x[0] - x[1], x[0])) + [
            *sorted(parts)]:
        # the longest name first; a word of a person's name only right after a title or another such word
        # ("PRESIDENT CLINTON", "AMBASSADOR WILLIAM WALKER", not "BLAIR SAID")
        if any(covered[start:end]):
            continue
        if kind == "part":
            b = start
            while b > 0 and low[b - 1] in " .":
                b -= 1
            if ends.get(b) not in ("title", "part"):
                continue
        chars[start:end] = surface
        covered[start:end] = [True] * (end - start)
        ends[end] = kind
    for m in _CAPS_WORD.finditer(run):
        w, at = m.group(0), m.start()
        stem = w[:-2] if w[-2:] in ("'S", "’S") else w
        if _SPELLED.fullmatch(stem) or stem == "US" and _STATE_US.search(run, max(0, at - 4), m.end() + 14):
            chars[at : at + len(stem)] = stem  # "U-S", "V-O-A", "I"; "THE US", "US FORCES" (not "TOLD US")
            continue
        plural = casing.get(stem[:-1].lower(), None) if stem[-1:] == "S" and not covered[at] else None
        if plural is not None and plural[1] == "name" and len(plural[0]) == len(stem) - 1:
            chars[at : at + len(stem) - 1] = plural[0]  # "SERBS" -> "Serbs"
            continue
        prev = run[max(0, at - 8) : at].rstrip(" \"“‘'(") or (before.rstrip(" \"“‘'(") if at < 8 else "x")
        if not prev or prev[-1] in ".!?:\n" and not _INITIAL_END.search(prev):  # a sentence's first word (not
            # after "U.S.")
            chars[at] = chars[at].upper()
    return "".join(chars)


_MATCHERS: dict[int, Matcher] = {}


def matcher_for(dictionary: Dictionary) -> Matcher:
    m = _MATCHERS.get(id(dictionary))
    if m is None or m.dictionary is not dictionary:
        m = _MATCHERS[id(dictionary)] = Matcher(dictionary)
    return m


# a unit or a field of a state or body after a title's "of X": the title is the unit's, not X's ("head of EU foreign
# policy", "the leader of the Iranian delegation", "head of the Party's international department"); the parse engine
# reads the same words as lemmas (graph/parse.py)
UNIT_WORDS = frozenset({"policy", "affair", "affairs", "force", "troop", "operation", "delegation", "mission",
                        "department", "division", "unit", "wing", "team"})
_UNIT_AFTER = re.compile(r"(?:['’]s)?(?: (?:foreign|security|defen[cs]e|military|armed|peacekeeping|intelligence|naval|"
                         r"air|ground|special|negotiating|international|liaison|political|economic))* (?:"
                         + "|".join(sorted(UNIT_WORDS)) + r")s?\b")
# a body a name modifies, in small letters: "head of the U.N. nuclear agency", "chief of the EU's aid office" (the
# title's holder heads that body, not the one named)
_BODY_AFTER = re.compile(r"(?: (?!(?:the|a|an|and|or|of|to|in|on|at|for|with|its|his|her|their|told|said|says|asked|"
                         r"urged|met|sent|gave)\b)[a-z][a-z-]*){1,2} (?:agency|agencies|watchdog|body|office|programme|"
                         r"program|fund|tribunal|court|commission|committee|panel|mission|envoy)\b")
# a body a state owns, after the state's possessive: "head of Iran's nuclear program", "chief of Russia's army" (the
# title's holder heads that body, not the state)
_POSSESSED_BODY = re.compile(r"['’]s (?:[\w-]+ ){0,2}(?i:program|programme|army|navy|party|agency|parliament|police|"
                             r"military|opposition|industry|company|bank|committee|council|commission|court|service|"
                             r"team|forces|guard|organization|organisation|ministry|authority|corps)s?\b")
# before a demonym, a past: "the former Soviet republic", "post-Soviet states"
_PAST_BEFORE = re.compile(r"(?:\bformer |\b(?:ex|post)-)\Z", re.I)
# a count before a demonym standing alone ("some Japanese", "three Americans"), and the words that may follow one
_COUNTED_BEFORE = re.compile(r"\b(?:some|many|several|few|dozens of|hundreds of|thousands of|scores of|more|other|"
                             r"fellow|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\Z", re.I)
_LIST_OF_KINDS = re.compile(r",?\s+(?:and|or)\s+[A-Z]")  # "Russian and Chinese companies": a list of kinds
_AFTER_PEOPLE = frozenset({"who", "were", "was", "are", "and", "or", "in", "to", "from", "on", "at", "had", "have",
                           "as", "for", "with", "into", "by", "of", "living", "working", "held", "taken", "killed"})
# a list going on after a name: ", and C", " and C", ", C"
_LIST_GOES_ON = re.compile(r",? and |, [A-Z]")
# capitalised words between a demonym and a minister's title: the portfolio ("Internal Security", "Finance")
# words between a state and its title that leave the title leading: "Somalia's interim president"
_HOLDING = re.compile(r"(?:’s |'s | )(?:interim|acting|new|current|transitional|caretaker|socialist|conservative|"
                      r"leftist|populist|nationalist|embattled|reformist|centrist|liberal|elected|newly elected|"
                      r"outgoing|incumbent|sitting|longtime|long-serving|ailing|beleaguered) ")  # (one in office)
_NAME_AFTER = re.compile(r",? [A-Z][a-z]")
_PORTFOLIO = re.compile(r"(?:’s |'s | )(?:[A-Z][a-z]+ (?:and |of )?){1,3}")
# military ranks before a name, with the service before them: no part of the name ("Gen. Col. Safar Abiyev", "Navy
# Rear Adm. John Kirby", "Army Gen. Mark Milley")
RANKS = re.compile(r"^(?:(?:Navy|Army|Air Force|Marine Corps|Marine|Coast Guard)\s+(?=[A-Z]))?"
                   r"(?:(?:Gens?|Col|Lt|Maj|Adm|Brig|Capt|Cmdr|Cdr|Cdre|Commodore|Sgt|Rear Adm|Vice Adm|Air Marshal|"
                   r"General|Admiral|Colonel|Major General|Lieutenant General|Brigadier General|Brigadier|Captain|"
                   r"Commander|Marshal|Field Marshal|Senior General|Vice Senior General)\.?\s+)+")
# ("General Charles X" is Charles X)


class MentionFinder:
    """Finds and resolves the mentions of one article, sentence by sentence, keeping coreference state."""

    def __init__(self, article: Article, dictionary: Dictionary, author: str | None = None):
        self.article = article
        self.d = dictionary
        self.m = matcher_for(dictionary)
        # the text as read: passages in capitals read back in the usual capitals (same offsets; quotes are cut from
        # the article's own text)
        self.text = truecased(article.text, self.m.casing)
        self.day: date | None = article.date
        self.new_actors: dict[str, Actor] = {}
        self.local: dict[str, str] = {}  # surname or name part -> person seen in this article
        self.short_family: dict[str, str] = {}  # a two-letter first name part ("Hu" of Hu Jintao) -> the person,
        # read only after an honorific ("Mr. Hu"): family names that come first are often that short
        # where "Mr. X", "Secretary X" ... occur: the sentences worth the honorific-surname pass (most have none)
        self._honorific_at = [m.start() for m in _HONORIFIC_SURNAME.finditer(self.text, article.body_start)]
        self.last_person: str | None = None
        self.last_other_person: str | None = None  # ... other than the statement's author
        self.last_subject_person: str | None = None
        self._recent_people: list[str] = []
        self.title_holders: dict[str, str] = {}  # "President" -> the last person introduced with it
        self.plain_holders: dict[str, str] = {}  # ... introduced without a state's name ("President Bush")
        self.state_leaders: dict[str, str] = {}  # state -> the last person named with a leading title of it
        # state -> the people named with a minister's title of it ("South Korea's Minister of National Defense X"):
        # "the South Korean minister" is X while X is the only one
        self.state_ministers: dict[str, set[str]] = {}
        self.author = author
        if author and author not in dictionary.actors:  # (a statement's author the dictionary lacks: its "I")
            self.new_actors[author] = Actor(name=author, type="person", in_dictionary=False)
        self.speaker: str | None = None  # set by "The message from X reads", "X said:"
        self.speaker_said = False
        self.home = dictionary.home_state(article.source, article.license)
        self.doc_title = article.title or ""  # ("Readout of the President's Call": the bare title is its own holder's)
        # one automaton pass over the whole body; each sentence takes its slice
        self._hits = sorted(self.m.scan(self.text, article.body_start, len(self.text)))
        self.we = self._we_named()  # the body a statement's "we" is, when it says so
        if _CIVIL_CUE.search(self.text, article.body_start):
            self._hits = self._outside_civil_names(self._hits)
        self._hit_starts = [h[0] for h in self._hits]
        at = article.body_start
        first = _FIRST_PRONOUN.match(self.text) if at == 0 else None
        self._pron = ([first] if first else []) + list(_PRONOUNS.finditer(self.text, max(0, at - 1)))
        body = self.text[article.body_start :]
        # the scans below run only when their cue words occur at all (most articles have none)
        intros = [(self._past_office(m.start(1), m.end(1)), m.end(1), m.end())
                  for m in _HONORIFIC_NAME.finditer(self.text, article.body_start)
                  ] if _HONORIFIC_CUE.search(body) else []
        for m in _ROLE_APPOSITIVE.finditer(self.text, article.body_start):
            nb = _NAME_BEFORE.search(self.text, max(0, m.start() - 80), m.start())
            at = self._introduced_name(nb.start(1), nb.end(1)) if nb else None
            if at is not None:
                intros.append((at, nb.end(1), m.end()))
        self._role_first: dict[int, int] = {}  # name start -> start of its role phrase ("A spokesman for X, Name")
        for m in _ROLE_THEN_NAME.finditer(self.text, article.body_start) if _ROLE_THEN_CUE.search(body) else ():
            at = self._introduced_name(m.start(1), m.end(1))
            if at is not None:
                intros.append((at, m.end(1), m.end(1)))
                self._role_first[at] = m.start()
        for m in _TITLE_THEN_NAME.finditer(self.text, article.body_start):  # (its titles open it: no pre-scan)
            at = self._introduced_name(m.start(1), m.end(1))
            if at is not None:
                intros.append((at, m.end(1), m.end(1)))
        if _DESCRIPTOR_CUE.search(self.text, article.body_start):
            for m in _DESCRIBED_ORG.finditer(self.text, article.body_start):
                intros.append((m.start(1), m.end(1), m.end(1), "organization"))
        intros = [i if len(i) == 4 else (*i, "person") for i in intros]
        self._intros = sorted(intros)  # (name start, name end, end of the introduction, type)
        self._intro_starts = [i[0] for i in self._intros]
        self._remembered: set[str] = set()
        self.last_pair: tuple[str, ...] = ()  # the two people of the last sentence that named two
        self.last_counted: dict[int, tuple[str, ...]] = {}  # n -> the people of the last sentence that named n (3-9)
        self.last_leaders: tuple[str, ...] = ()  # the two leaders of the last sentence that named two
        self._leading_of: dict[str, bool | None] = {}  # person -> `_leading`
        self.leaders_at = -2
        self.last_many: tuple[str, ...] = ()  # the people of the last sentence that named three or more
        self.many_at = -2
        self.sentence_before = -1  # the start of the sentence `_plural` read last
        self.last_states: tuple[str, ...] = ()  # the two states of the last sentence that named two
        self.last_sides: tuple[str, ...] = ()  # ... or the state and the armed group it named ("the two sides")
        self.last_groups: tuple[str, ...] = ()  # ... or the two armed groups or bodies it named ("both groups")
        self.opened_by: tuple[str, ...] = ()  # the two states the last sentence opened with ("A and B held talks")
        self.pair_at = self.opened_at = -1  # where the last pair of people and that opening were named
        self.trio_at = -2  # ... and the last three
        self._pron_starts = [p.start(1) for p in self._pron]
        self._acronyms = self._acronym_uses(article.body_start) if _ACRONYM_DEF.search(body) else []
        self._acronym_starts = [a[0] for a in self._acronyms]
        self._leader_bodies = []  # "the Bush administration": (start, end, state), found from the noun back
        text, at = self.text, article.body_start
        for tail, first in (("dministration", "Aa"), ("egime", "Rr"), ("overnment", "Gg")):  # (str.find is fast)
            i = text.find(tail, at + 1)
            while i >= 0:
                if text[i - 1] in first and not text[i + len(tail) : i + len(tail) + 1].isalpha():
                    lead = _LEADER_BEFORE.search(text, max(at, i - 41), i - 1)
                    if lead and (state := self._state_led_by(lead.group(1))):
                        self._leader_bodies.append((lead.start(), i + len(tail), state))
                i = text.find(tail, i + 1)
        self._leader_bodies.sort()

    def _state_led_by(self, word: str) -> str | None:
        """The state whose leader on the article's date has the name word `word`, if one state alone has such a
        leader; or the one state the leaders of names a hyphen joins lead ("the Obama-Biden administration" in 2023,
        "the Biden-Harris Administration" in 2022)."""
        whole = self.d.state_led_by(word, self.day)
        if whole or "-" not in word:
            return whole
        states = {state for part in word.split("-") if (state := self.d.state_led_by(part, self.day))}
        return states.pop() if len(states) == 1 else None  # (not "the Putin-Lukashenko regime": two states')

    def _outside_civil_names(self, hits: list) -> list:
        """`hits` without the states' names, demonyms and metonyms that open a civil body's or an outlet's name the
        dictionary lacks, and the names inside it ("the Ireland Palestine Solidarity Campaign": neither Ireland
        nor Palestine; but "the Palestinian Centre for Human Rights", a body of the dictionary, stays whole)."""
        text, drop, until = self.text, set(), -1
        longest: dict[int, int] = {}
        for hs, he, _surface, _entries in hits:
            longest[hs] = max(longest.get(hs, he), he)
        for i, (hs, he, _surface, entries) in enumerate(hits):
            if hs < until:  # (a body's name inside it too: "the American NATO Policy Forum" is no act of NATO)
                drop.add(i)
                continue
            state = entries[0][1] != "title" and any(self.d.actors[n].type == "state" for n, _how in entries
                                                     if n in self.d.actors)
            if state and longest[hs] == he and (m := _CIVIL_TAIL.match(text, he)):
                drop.add(i)
                until = m.end()
        return [h for i, h in enumerate(hits) if i not in drop] if drop else hits

    def _acronym_uses(self, at: int) -> list[tuple[int, int, str, str]]:
        """The spans (start, end, actor, type) of the bodies the article names with an acronym defined in it: "the
        Movement for Democratic Change (MDC)" and each later "MDC". The acronym's capitals are the initials of the
        name's capitalised words. A dictionary body's acronym is an alias of it ("Ministry of External Affairs
        (MEA)"); a body outside the dictionary is a new actor, unless its name holds a state's ("the Human Rights
        Commission of Pakistan (HRCP)": left to the entity recogniser)."""
        text, uses, known = self.text, [], {}
        for m in _ACRONYM_DEF.finditer(text, at):
            acr = m.group(1)
            if acr in self.d.surfaces or acr in known:
                continue
            words = []
            line_start = text.rfind("\n", max(0, m.start() - 160), m.start()) + 1
            for w in reversed(list(_NAME_WORDS.finditer(text, max(line_start, m.start() - 160), m.start() + 1))):
                if words and w.end() + 1 != words[-1].start():
                    break
                words.append(w)
            initials = ""
            caps = [x for x in acr if x.isupper()]
            span = None
            for w in words:  # from the word before the parenthesis back
                if w.group(0) in _NAME_LINKS:
                    continue
                initials = w.group(0)[0] + initials
                if len(initials) == len(caps):
                    span = (w.start(), words[0].end()) if initials == "".join(caps) else None
                    break
            if span is None:
                continue
            ns, ne = span
            name = text[ns:ne]
            entries = self.d.surfaces.get(name, ())
            actor = next((n for n, how in entries if self.d.actors[n].type != "person"), None)
            if actor:
                kind = self.d.actors[actor].type
            else:
                name_words = name.split()
                head = next((name_words[i - 1] for i, x in enumerate(name_words) if i and x in _NAME_LINKS),
                            name_words[-1])
                if head not in _BODY_HEADS or len(name_words) < 2:
                    continue
                inner = self.m.scan(text, ns, ne)
                if any(any(self.d.actors[n].type == "state" for n, _h in h[3]) and not _OWN_NAME.match(text, h[1], ne)
                       for h in inner if h[3][0][1] != "title"):
                    continue
                if any(h[0] == ns and h[1] == ne for h in inner):
                    continue
                actor = name
                kind = "group" if set(name_words) & _ARMED_HEADS else "organization"
                self.new_actors.setdefault(actor, Actor(name=actor, type=kind, in_dictionary=False))
                uses.append((ns, ne, actor, kind))
            known[acr] = (m.end(), actor, kind)
        if known:  # one pass over the words for every later use of any of them
            for u in _ACRONYM_WORD.finditer(text, min(k[0] for k in known.values())):
                k = known.get(u.group(0))
                if k and u.start() >= k[0]:
                    uses.append((u.start(), u.end(), k[1], k[2]))
        return sorted(uses)

    # ---- actors -----------------------------------------------------------------------------------
    def actor_type(self, name: str) -> str:
        a = self.d.actors.get(name) or self.new_actors.get(name)
        return a.type if a else "person"

    def _leading(self, name: str) -> bool | None:
        """Whether one of the person's offices on the article's date leads what it is held of or stands in for one
        that does (a president, a vice president; not a minister, an envoy); None when the dictionary knows no office
        of theirs then."""
        if name not in self._leading_of:  # (asked of every person of every sentence naming two: once each)
            actor = self.d.actors.get(name)
            roles = actor.roles_on(self.day) if actor else ()
            self._leading_of[name] = any(t in r.title for r in roles for t in self.d.leading_titles) if roles else None
        return self._leading_of[name]

    def _in_office(self, name: str) -> bool:
        """The actor holds a role on the article's date: of two people with one name ("George Bush"), the one
        the article is about."""
        return bool(self.d.actors[name].roles_on(self.day))

    def _person_from_name(self, s: int, e: int, hits: list) -> str | None:
        """Resolve the name at text[s:e]: a dictionary person inside it, a person seen earlier, or new."""
        best = None
        for hs, he, _surface, entries in hits:
            if s <= hs and he <= e:
                if he < e and self._name_goes_on(he, hits, hs):
                    continue  # "leader Burhan Muzaffar Wani" is not Abdel Fattah al-Burhan
                for name, how in entries:
                    a = self.d.actors.get(name)
                    if a and a.type == "person" and how in ("name", "alias"):
                        if hs > s and self._other_given_name(self.text[s:hs], self.text[hs:he], name):
                            continue  # "Bilawal Bhutto Zardari" is not Asif Ali Zardari
                        rank = (he - hs, self._in_office(name))  # (of two people with one name)
                        if best is None or rank > best[1]:
                            best = (name, rank)
        if best:
            return best[0]
        whole = self.text[s:e].strip()
        raw = _NICKNAME.sub("", RANKS.sub("", whole))  # "Col. Gen. Sedki Sobhy" is Sedki Sobhy
        ranked = raw != whole
        tokens = [t for t in re.split(r"[\s,]+", raw) if t and t not in ("Jr.", "Jr")]
        for word in tokens[: (cut := office_words_before_name(tokens))]:  # "Chief of General Staff X": the office
            raw = raw[raw.index(word) + len(word) :].lstrip(" ,")  # ends there
        tokens = tokens[cut:]
        while len(tokens) > 1 and tokens[-1] in CALENDAR_WORDS:  # "President Bush June 5": Bush
            raw = raw[: raw.rindex(tokens.pop())].rstrip(" ,")
        if not tokens or any(t in _PLACE_WORDS for t in tokens[1:]):
            return None  # "the Sultan Qaboos Grand Mosque" is a building, no person
        cut = max((i for i, t in enumerate(tokens[:-2]) if i and t in self.d.titles), default=None)
        if cut is not None:  # "his counterpart, Permanent Secretary David Williams": a title the dictionary's titles
            # end ("Permanent [Secretary]") is no part of the name after it (but a name's first word may be one:
            # "Amir Saeid Iravani", "Sultan Ahmed Khan")
            words = [m for m in re.finditer(r"[^\s,]+", raw) if m.group(0) not in ("Jr.", "Jr")]
            raw = raw[words[cut + 1].start() :]
            tokens = tokens[cut + 1 :]
        known = self.d.loose_names.get(loose_form(re.sub(r",\s*(?=Jr\b)", " ", raw)))  # "Marcos, Jr."
        if known is not None and self.d.actors[known].type == "person":
            return known  # "Kim Dae-Jung", "Kim Jong-Il": the dictionary's "Kim Dae-jung", "Kim Jong Il"
        # a surname seen before ("President Bush"); not a first word alone ("Kim Dae-Jung" is not the Kim Jong Il
        # named before)
        if tokens[-1] in self.local and not self._other_full_name(tokens, self.local[tokens[-1]]):
            return self.local[tokens[-1]]
        if raw in self.new_actors:
            return raw
        if len(tokens) < 2 and not ranked:  # a single unknown word after a title is too weak to be a new actor
            return None  # (but not after a rank: "chief General Moeldoko")
        if len(tokens) == 2 and (known := self.d.name_starts.get(loose_form(raw))):
            return known  # "President Abdullahi Yusuf": Abdullahi Yusuf Ahmed
        self.new_actors[raw] = Actor(name=raw, type="person", in_dictionary=False)
        return raw

    def _titled_in_doc_title(self, surface: str, title: str) -> str | None:
        """The one known person the document's title names with this whole title before a surname ("Readout of
        Secretary Kerry's Call with ...": John Kerry), if the dictionary knows one person of that surname in office
        on the article's date who holds the title then (any office for the bare "Secretary"). Not when the title
        is part of a longer one there ("UK Foreign Secretary Hammond"), nor when the document title names the bare
        title itself ("Readout of the President's Call with President X": the publisher's own)."""
        if not self.doc_title or re.search(rf"\b[Tt]he {re.escape(surface)}\b", self.doc_title):
            return None
        m = re.search(rf"\b{re.escape(surface)}\s+(?:[A-Z]\.\s+)?([A-Z][\w’'-]+?)"
                      rf"(?:’s|'s)?\b", self.doc_title)
        before = self.doc_title[: m.start()].split()[-1:] if m else []
        if not m or before and f"{before[0]} {surface}" in self.d.titles:
            return None  # ("UK Foreign Secretary Hammond" holds no bare "Secretary")
        person = self.d.office_surname(m.group(1), self.day)
        if person is None or title == "Secretary":
            return person
        holds = any(name == person and role.holds_on(self.day)
                    for name, _w, _of, role in self.d.by_title.get(title, ()))
        return person if holds else None

    @staticmethod
    def _other_given_name(before: str, surface: str, person: str) -> bool:
        """Two or more given names before a one-word surname of a known person that cannot be that person's: the
        first one's initial is no initial of the person's other names ("Bilawal Bhutto Zardari" is not Asif Ali
        Zardari; "Mohamed Morsi" is Mohammed Morsi, "Tayyip Erdogan" Recep Tayyip Erdoğan, and one given name alone
        may be another spelling: "Nikolai Azarov" is Mykola Azarov)."""
        if " " in surface.strip():
            return False
        given = [w for w in re.split(r"[\s,]+", _NICKNAME.sub(" ", RANKS.sub("", before.strip()))) if w]
        if not given or not all(w[0].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in given):
            return False
        first = given[0]
        if len(first.rstrip(".")) < 2 or len(given) < 2:
            return False  # an initial; one given name alone may be a spelling of the person's ("Nikolai Azarov" for
            # Mykola Azarov)
        initials = {w[0] for w in person.split()[:-1]} | {w[0] for w in person.split() if w != surface.strip()}
        return first[0] not in initials

    @staticmethod
    def _other_full_name(tokens: list[str], person: str) -> bool:
        """A full name that shares its first and last words with a person named before but leaves out two or more
        words between: another person ("Labor Minister Aung Kyi" after "Aung San Suu Kyi"; but "George Bush" is
        George W. Bush, "Barack Obama" Barack Hussein Obama, "Miguel Osorio" Miguel Angel Osorio Chong, "Mohammed
        Al-Thani" Mohammed bin Abdulrahman Al Thani: an initial or a "bin" part left out is no other name)."""
        words = person.split()
        if len(tokens) != 2 or tokens[0] not in words or tokens[1] != words[-1]:
            return False
        left_out = [w for w in words[words.index(tokens[0]) + 1 : -1]
                    if len(w.rstrip(".")) > 1 and w.lower() not in NAME_PARTICLES]
        return len(left_out) >= 2

    def _surname_of_another(self, f: Found, s: int) -> bool:
        """A one-word name mention ("Hagel", "Mrs. Hagel", a dictionary alias or a part of a name seen before)
        that names another person of that surname: "Mrs. Bush" after "President Bush" is his wife, "Laura Bush"
        another person (a given name of the other sex in gender.csv; a spelling of the person's own given name,
        "Muhammad Morsi" for Mohamed Morsi, is the same person)."""
        opening = _HONORIFIC_OPENING.match(self.text, f.start, f.end)
        at = opening.end() if opening else f.start
        if " " in self.text[at : f.end]:
            return False
        before = opening or _HONORIFIC_RIGHT_BEFORE.search(self.text, max(s, at - 6), at)
        if before:
            return self.d.other_sex(before.group(1), f.actor)
        given = _GIVEN_BEFORE_PART.search(self.text, max(s, at - 20), at)
        return bool(given and given.group(1)[0].isupper() and given.group(1) not in f.actor.split()
                    and self.d.other_sex(given.group(1), f.actor))

    def _local_names(self, s: int, e: int):
        """Name parts of people already seen in this article, in text[s:e], as (match, part): one pass over
        the words with a dict lookup, so the cost does not grow with the number of names seen."""
        local, text = self.local, self.text
        start = s
        # a quick way out for the usual few names (every part yielded below is a substring of the sentence);
        # bounded, so an article with thousands of names stays linear
        if len(local) <= _FEW_NAMES:
            start = min((at for part in local if (at := text.find(part, s, e)) >= 0), default=-1)
            if start < 0:
                return
            # nothing is yielded before the word holding the first of them: the scan starts at that word, unless
            # an honorific right before it belongs to its match ("Mr. Smith")
            while start > s and (text[start - 1].isalnum() or text[start - 1] in "_’'-"):
                start -= 1
            if text[max(s, start - 5) : start].endswith(_HONORIFIC_BEFORE):
                start = s
        for m in _LOCAL_WORD.finditer(text, start, e):
            word, pos = m.group(2), m.start(2)
            stem = word
            if word[-1] in "'’":  # "Smith's" and "Jones'": the name is "Smith", "Jones"
                stem = word[:-1]
            elif len(word) > 2 and word[-1] == "s" and word[-2] in "'’":
                stem = word[:-2]
            if stem in local:
                yield _Part(m.start(), pos + len(stem)), stem
                continue
            if "-" in stem:  # "Thani" inside "Al-Thani", as a word boundary allowed before
                for part in stem.split("-"):
                    if part in local:
                        yield _Part(pos, pos + len(part)), part
                    pos += len(part) + 1

    def remember(self, person: str) -> None:
        if person in self._remembered:
            return
        self._remembered.add(person)
        actor = self.d.actors.get(person) or self.new_actors.get(person)
        if not actor or actor.type != "person":
            return
        parts = re.split(r"[\s]+", person)
        for part in parts:
            if len(part) > 2 and part[0].isupper() and part not in ("Jr.", "Al", "bin"):
                self.local.setdefault(part, person)
        if len(parts) > 1 and len(parts[0]) == 2 and parts[0][0].isupper() and parts[0][1].islower():
            self.short_family.setdefault(parts[0], person)
        for alias in actor.aliases:
            last = alias.split()[-1]
            if len(last) > 2:
                self.local.setdefault(last, person)

    def _introduced_name(self, start: int, end: int) -> int | None:
        """Where the person's name a role introduces at text[start:end] begins, after a rank ("Colonel Greg Julian":
        Greg Julian, but "Colonel Julian" keeps its one word); None for words that name no person ("On Monday, the
        foreign minister", "At the Munich Security Conference, the head of NATO", a body's or a place's name)."""
        name = self.text[start:end]
        if set(name.split()) & _NOT_PERSON_WORDS or _PLACE_BEFORE.search(self.text, max(0, start - 16), start) or (
                name.split()[-1] in _PLACE_WORDS or _BODY_NAME_WORD.search(name)):
            return None
        rank = RANKS.match(name)
        at = self._past_office(start + (rank.end() if rank else 0), end)
        return at if " " in self.text[at:end] else start

    def _past_office(self, at: int, end: int) -> int:
        """Where a name at text[at:end] begins past an office's last word: "[Staff] Hilmi Ozkok" after "Chief of
        General", read as a rank and a name."""
        words = self.text[at:end].split(" ")
        return at + sum(len(w) + 1 for w in words[: office_words_before_name(words)])

    def _we_named(self) -> str | None:
        """The organisation a statement speaks for as "we", where it names it right after "We, the" in its body or
        after "Statement of" in its title: "We, the G7 Foreign Ministers of Canada, ...", "Joint Statement of the
        G7 Foreign Ministers on ...". A state's "we" is left to the rest (its government's home, the author's)."""
        body = self.article.body_start
        places = []
        if (m := _WE_THE.search(self.text, body)) is not None:
            places.append((self.text, [h for h in self._hits if h[0] == m.end()]))
        title = self.article.title or ""
        if (m := _STATEMENT_OF.match(title)) is not None:
            places.append((title, [h for h in self.m.scan(title, m.end(), len(title)) if h[0] == m.end()]))
        for text, hits in places:
            for _hs, he, _surface, entries in sorted(hits, key=lambda h: h[0] - h[1]):  # the longest name first
                if text.startswith((" and ", ", "), he):
                    break  # "Joint Statement of the European Union and Canada": several parties' "we"
                for name, how in entries:
                    actor = self.d.actors.get(name)
                    if actor is not None and actor.type == "organization" and how in ("name", "alias"):
                        return name
        return None

    def _state_entry(self, entries) -> tuple[str, str] | None:
        for name, how in entries:
            a = self.d.actors.get(name)
            if a and a.type in ("state", "organization", "group"):
                return name, how
        return None

    # ---- one sentence -----------------------------------------------------------------------------
    def sentence(self, s: int, e: int) -> list[Found]:
        text = self.text
        lo, hi = bisect_left(self._hit_starts, s), bisect_left(self._hit_starts, e)
        hits = [h for h in self._hits[lo:hi] if h[1] <= e]
        found: list[Found] = []
        titles = [(hs, he, surf) for hs, he, surf, entries in hits if entries[0][1] == "title"]
        names = [h for h in hits if h[3][0][1] != "title"]
        # longest title at each position ("Prime Minister" over "Minister")
        titles.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        used_until = -1
        for ts, te, surface in titles:
            if ts < used_until:
                continue
            f = self._title_phrase(ts, te, surface, names, hits, s, e)
            if f:
                found.append(f)
                used_until = f.end
        for i in range(len(found) - 1):
            # "South African President and SADC Chairman Kgalema Motlanthe": both titles are attached to the name
            a, b = found[i], found[i + 1]
            if (b.leads and a.actor == b.actor and a.role_of and not a.leads and a.role_title in self.m.leading_titles
                    and text[a.end : b.start] == " and "):
                found[i] = replace(a, leads=True)
        if any(not f.actor for f in found):  # only an unnamed counterpart waits for a name
            found = self._merge_counterparts(found, s, e)
        # an organisation's alias inside a longer proper name is not that organisation:
        # "National Security Council" is not the (UN) "Security Council"
        organizational = self.m.organizational
        names = [h for h in names if h[2] not in organizational or not self._inside_longer_name(h)]
        names = [h for h in names if not _WATER_BEFORE.search(text, max(0, h[0] - 16), h[0])]  # ("Lake Chad")
        # dictionary names not inside a title phrase; the longest wins where two overlap
        # ("the United States Department of State" is the department, not "the United States")
        taken = [(f.start, f.end) for f in found]
        for hs, he, _surface, entries in sorted(names, key=lambda h: (h[0] - h[1], h[0])):
            if any(a < he and hs < b for a, b in taken):
                continue
            name, how = entries[0]
            if len(entries) > 1:  # prefer a name or alias reading over a demonym/metonym one; of two people
                # with one name, the one in office on the article's date ("George Bush" in 1990 and in 2005)
                name, how = sorted(entries, key=lambda x: (("name", "alias", "metonym", "demonym").index(x[1]),
                                                           not self._in_office(x[0])))[0]
            after = text[he : he + 40]
            if after.startswith(("-based", "-born", "-made", "-listed", "-registered", "-flagged", "-aligned",
                                 "-linked", "-affiliated", "-inspired", "-style", "-era")):
                continue  # "the Japan-based newspaper" is no act of Japan; "al-Qaida-linked militants" are not al-Qaida
            if after[:1] == "-" and after[1:2].isdigit():
                continue  # "Fatah-110 missiles", "Shahab-3": a weapon's model named after a name, not its owner
            if text[hs - 1 : hs] == "-" and text[max(s, hs - 8) : hs].lower().endswith(("anti-", "pro-", "non-",
                                                                                        "counter-")):
                continue  # "anti-American", "pro-Russian separatists", "the counter-ISIL coalition": an attitude, not
                # the actor ("non-NATO allies": not NATO)
            if how == "metonym" and _ACCORD_AFTER.match(after):
                continue  # "the Minsk agreements", "the Oslo accords", "the Minsk process": an accord named after
                # its city, no act of the state whose capital it is (but "the Moscow line" is Moscow's view)
            if how == "demonym" and _PAST_BEFORE.search(text, max(s, hs - 7), hs):
                continue  # "the former Soviet republic of Georgia", "post-Soviet states": a past, not the state acting
            if how == "demonym" and text[max(s, hs - 7) : hs].lower() == "ethnic ":
                continue  # "ethnic Uzbek leaders" in Kyrgyzstan: a people, not the state of Uzbekistan
            if how == "demonym":
                nxt = _NEXT_WORD.match(after)
                word = nxt.group(1) if nxt else ""
                if _COUNTED_BEFORE.search(text, max(s, hs - 14), hs) and (
                        not word[:1].isalpha() or word.lower() in _AFTER_PEOPLE) and not _LIST_OF_KINDS.match(after):
                    continue  # "kidnapped some Japanese in order to", "killed two Americans and": people counted, no
                    # state (not "some Russian and Chinese firms")
                if (word in PEOPLE_NOUNS or (word.endswith("s") and word[:-1] in PEOPLE_NOUNS)) and not (
                        _OFFICIALS_AFTER.match(after)) and word not in _RANKS:  # (but "Chinese civilian and
                    # military leaders" are China's, and so are "Lebanese commanders": a state's forces)
                    continue
                if _DESCRIBES_NAME.match(after):  # "Iranian airline Mahan Air": the airline is the actor
                    continue
                if any(h[0] == he + 1 and text[he] == " " and all(
                        self.d.actors[n].type in ("organization", "group") for n, _h in h[3]) for h in names):
                    continue  # "Lebanese Hezbollah", "the Pakistani Taliban": the group's act, not the state's
            end = he
            kind = self.d.actors[name].type
            if kind == "state" and (_OWN_NAME.match(text, he, e) or self._longer_name(he, e, hits)):
                continue  # "the Sudan Liberation Army", "the Syrian Democratic Forces" are no acts of the state
            if kind == "state" and how == "name" and _IN_CITY.search(text, max(s, hs - 40), hs) and not any(
                    h[1] == hs - 2 and any(how == "name" for _n, how in h[3]) for h in hits):
                continue  # "who is in Doha, Qatar meeting with X": the place of the event, no party to it (but
                # "in Latvia, Lithuania and Estonia" is a list)
            if kind == "person" and how in ("name", "alias") and self._name_goes_on(he, hits, hs):
                continue  # "Burhan Muzaffar Wani" is not Abdel Fattah al-Burhan
            ext = _STATE_NOUN.match(after)
            if ext and kind == "state":
                end = he + ext.end()
            start = hs
            gov = _GOVERNMENT_IN.search(text, max(s, hs - 40), hs) if text[hs - 4 : hs] == " in " else None
            if kind == "state" and gov and (gov.group(1) or gov.start() == s):
                # "the foreign ministry in Beijing", "Officials in Tehran said": the state (not "Hezbollah leaders in
                # Beirut" or "Chinese officials in Washington": a noun another name qualifies)
                start = gov.start()
            found.append(Found(start, end, name, how, kind))
            taken.append((start, end))
        # (no copy of the sentence; the demonyms' plural title only where two demonyms are)
        if self.day is not None and (text.find("s of ", s, e) >= 0 or sum(f.how == "demonym" for f in found) > 1
                                     and _PLURAL_AFTER.search(text, s, e)):
            found = self._plural_titles(found, s, e)
        # a person outside the dictionary introduced by an appositive role: "Zalmay Khalilzad, a US peace envoy,"
        lo, hi = bisect_left(self._intro_starts, s), bisect_left(self._intro_starts, e)
        taken = [(f.start, f.end) for f in found] if lo < hi else []
        for ns, ne, end, kind in self._intros[lo:hi]:
            if end > e:
                continue
            if any(a < ne and ns < b for a, b in taken) or any(h[0] < ne and ns < h[1] for h in names):
                continue
            name = text[ns:ne]
            self.new_actors.setdefault(name, Actor(name=name, type=kind, in_dictionary=False))
            found.append(Found(ns, ne, name, "name", kind))
            taken.append((ns, ne))  # (one name introduced twice, after an honorific and before an apposition)
        # a body named with an acronym the article defined: "the MDC"
        lo = hi = 0
        if self._acronyms:
            lo, hi = bisect_left(self._acronym_starts, s), bisect_left(self._acronym_starts, e)
        if lo < hi:
            taken = [(f.start, f.end) for f in found]
            for us, ue, actor, kind in self._acronyms[lo:hi]:
                if ue <= e and not any(a < ue and us < b for a, b in taken):
                    found.append(Found(us, ue, actor, "alias", kind))
                    taken.append((us, ue))
        # honorific + surname of a person seen before: "Mr. Akiba"; bare surname seen before: "Akiba"
        local_names = list(self._local_names(s, e)) if self.local else []
        taken = [(f.start, f.end) for f in found] if local_names else []
        for mm, part in local_names:
            person = self.local.get(part)
            if not person:
                continue
            ms, me = mm.start(), mm.end()
            if any(a <= ms < b or a < me <= b for a, b in taken):
                continue
            nxt = _NEXT_NAME_WORD.match(self.text, me, e)
            if nxt and person.startswith(part + " ") and not {nxt.group(1), nxt.group(1).rstrip(".")} & set(
                    person.split()):
                continue  # "George J. Mitchell" after "George W. Bush": another person of that given name
            found.append(Found(ms, me, person, "name", "person"))
        if bisect_left(self._honorific_at, s) < bisect_left(self._honorific_at, e):  # "Mr. Bush" before any full
            # name: the one Bush in office
            taken = [(f.start, f.end) for f in found]
            for m in _HONORIFIC_SURNAME.finditer(self.text, s, e):
                word, surname = m.group(1), m.group(2)
                if surname in self.local or any(a < m.end() and m.start() < b for a, b in taken) or (
                        _NEXT_NAME_WORD.match(self.text, m.end(), e)):
                    continue  # (a surname seen before is the local pass's; "Mr. Bush Smith" is another name)
                person = self.short_family.get(surname) or self.d.office_surname(surname, self.day)
                if person and not _DESCRIBED_AFTER.match(self.text, m.end()) and (
                        self.d.female(person) is (word != "Mr") if word != "Secretary" else self._secretary(person)):
                    # (no President Clinton in "Mrs. Clinton" of 1998; "Secretary Rice": the one Rice in office as a
                    # minister or secretary, as the roles call a secretary of state)
                    found.append(Found(m.start(), m.end(), person, "name", "person"))
                    self.remember(person)
        found = sorted([f for f in found if f.actor and not (
            f.type == "person" and f.how in ("name", "alias") and self._surname_of_another(f, s))],
            key=lambda f: f.start)
        if self._leader_bodies and bisect_left(self._leader_bodies, (s,)) < bisect_left(self._leader_bodies, (e,)):
            found = self._leaders_governments(s, e, found)
        found = self._pronouns(s, e, found)
        found = self._counterparts(s, e, found)
        found = self._plural(s, e, found)
        # coreference state for the next sentences
        for f in found:
            if f.type == "person" and f.how != "pronoun":
                self.remember(f.actor)
                if f.how in ("name", "alias") and self.text.startswith("Secretary ", f.start) and self._secretary(
                        f.actor):
                    self.title_holders["Secretary"] = f.actor  # "Secretary Kerry ... The Secretary said": Kerry, as
                    # after "Secretary of State John Kerry"
        if self.speaker_said and (s == 0 or self.text[s - 1] == "\n") and self.text[s : s + 1] not in "\"“'‘":
            self.speaker, self.speaker_said = None, False  # the quoted paragraphs after "X said:" have ended
        persons = [f for f in found if f.type == "person"]
        if persons and self.text[s:e].rstrip().endswith(":") and _SAID_COLON.search(self.text, s, e):
            # "Foreign Secretary Dominic Raab said:" before the quoted paragraphs: their "I" is his
            self.speaker = next((f.actor for f in persons if f.how != "pronoun"), self.speaker)
            self.speaker_said = True  # ... whose "we" is the state he speaks for, not himself
        if persons:
            for f in persons:  # (the last four persons named or meant by a pronoun, the latest last)
                if f.actor in self._recent_people:
                    self._recent_people.remove(f.actor)
                self._recent_people.append(f.actor)
            del self._recent_people[:-4]
            self.last_person = persons[-1].actor
            self.last_other_person = next((f.actor for f in reversed(persons) if f.actor != self.author),
                                          self.last_other_person)
            # (the name a role phrase opening the sentence introduces is its subject, not the one the role is for:
            # "A spokesman for Gaddafi, Moussa Ibrahim, said")
            opener = next((f for f in persons if self._role_first.get(f.start, -1) == s), None)
            first = opener or persons[0]
            if opener or first.start - s < 40 or first.how == "pronoun":
                self.last_subject_person = first.actor
        return found

    def _leaders_governments(self, s: int, e: int, found: list[Found]) -> list[Found]:
        """ "the Bush administration", "the Assad regime", "the Maduro government": the state its leader led on the
        article's date, in place of the leader (`_leader_bodies`, found once for the article)."""
        out = list(found)
        lo, hi = bisect_left(self._leader_bodies, (s,)), bisect_left(self._leader_bodies, (e,))
        for ms, me, state in self._leader_bodies[lo:hi]:
            if me <= e:
                out = [f for f in out if not (f.start < me and ms < f.end)]
                out.append(Found(ms, me, state, "metonym", "state"))
        return sorted(out, key=lambda f: f.start)

    def _name_goes_on(self, end: int, hits: list, start: int) -> bool:
        """A capitalised word right after a person's name at text[start:end] makes it part of a longer name, unless
        that word begins another actor's name."""
        goes_on = _NAME_GOES_ON.match(self.text, end) or (
            _ARTICLE_NAME_GOES_ON.match(self.text, end) and " " not in self.text[start:end])
        return bool(goes_on) and not any(h[0] == end + 1 for h in hits)

    def _inside_longer_name(self, hit: tuple) -> bool:
        """An organisational hit (see Matcher.organizational) right after a capitalised word."""
        hs = hit[0]
        prev = _PREV_CAPWORD.search(self.text, max(0, hs - 30), hs)
        if not prev or prev.group(1) in self.d.titles or prev.group(1) in ("The", "A", "An"):
            return False
        # a demonym before it qualifies the body, no longer name: "Lebanese Hezbollah", "the Pakistani Taliban"; so
        # does a people's or a faith's adjective ("the Kurdish YPG militia", "Shiite Hezbollah"), and any word before
        # an acronym ("the Kurdish YPG")
        word = prev.group(1)
        if word in _PEOPLES or (self.text[hs : hit[1]].isupper() and not word.isupper()):
            return False
        if self.text[max(0, prev.start(1) - 5) : prev.start(1)].lower().endswith(("anti-", "pro-")):
            return False  # "the anti-Taleban Northern Alliance": an attitude qualifies the body, no longer name
        return not any(how == "demonym" for _n, how in self.d.surfaces.get(word, ()))

    def _merge_counterparts(self, found: list[Found], s: int, e: int) -> list[Found]:
        """ "his German counterpart, Minister of Defense Boris Pistorius": one mention of the person."""
        out: list[Found] = []
        skip = set()
        for i, f in enumerate(found):
            if i in skip:
                continue
            if f.actor == "":
                nxt = found[i + 1] if i + 1 < len(found) else None
                gap = self.text[f.end : nxt.start] if nxt else ""
                if nxt and nxt.type == "person" and nxt.actor and _APPOSITIVE.fullmatch(gap):
                    out.append(Found(f.start, nxt.end, nxt.actor, "title", "person", nxt.role_title,
                                     nxt.role_of, nxt.leads, f.inner + nxt.inner))
                    skip.add(i + 1)
                    continue
            out.append(f)  # an unnamed counterpart still hides its demonym; dropped after the name pass
        return out

    def _longer_name(self, end: int, e: int, hits: list) -> bool:
        """The capitalised words after a state's name or demonym at `end` hold one that names none of the state's
        organs (`ORGAN_WORDS`), before any other dictionary name begins: a body of its own."""
        run = _CAP_RUN.match(self.text, end, e)
        if not run:
            return False
        starts = {h[0] for h in hits}
        for w in re.finditer(r"[A-ZÀ-Þ][\w’'-]*", run.group(0)):
            at = end + w.start()
            if at in starts:
                return False
            if w.group(0) in _STATE_WORDS:
                return False
            if w.group(0) not in ORGAN_WORDS and w.group(0) not in CALENDAR_WORDS:
                return True
        return False

    def _unknown_name_before(self, s: int, end: int, names: list) -> bool:
        """A personal name of two or more words that is no dictionary name ends at `end` (a comma follows): the
        title phrase in apposition after it describes that person."""
        nb = _NAME_BEFORE.search(self.text, max(s, end - 60), end)
        if not nb or any(h[0] < nb.end(1) and nb.start(1) < h[1] for h in names):
            return False
        if _PREPOSITION_BEFORE.search(self.text, max(s, nb.start(1) - 12), nb.start(1)):
            return False  # "After talks at Camp David, the President of Egypt": a place, no person
        return not (set(nb.group(1).split()) & _NOT_PERSON_WORDS)

    def _possessed_org(self, pos: int, e: int, names: list) -> list[tuple]:
        """ " of Iran's Quds Force" / " of Iran" after a title: the (state,) organisation it names."""
        m_of = _OF.match(self.text, pos, e)
        if not m_of:
            return []
        out, at = [], m_of.end()
        for _ in range(2):  # "Iran's" then "Quds Force"
            hit = next((h for h in sorted(names, key=lambda h: h[0] - h[1]) if h[0] == at
                        and self._state_entry(h[3])), None)
            if not hit:
                break
            st = self._state_entry(hit[3])
            if self._describes_noun(hit, st):
                break
            out.append((hit[0], hit[1], st[0], st[1]))
            poss = re.match(r"(?:’s|'s|’|') ", self.text[hit[1] : hit[1] + 4])
            if not poss:
                break
            at = hit[1] + poss.end()
        return out

    def _of_state(self, pos: int, e: int, names: list) -> tuple | None:
        """The state or organisation named by " of (the) X" at `pos`: (hit, (name, how)), longest first."""
        m_of = _OF.match(self.text, pos, e)
        if not m_of:
            return None
        for h in sorted(names, key=lambda h: h[0] - h[1]):
            if h[0] == m_of.end() and (st := self._state_entry(h[3])):
                return None if self._describes_noun(h, st) else (h, st)
        return None

    def _post_of(self, pos: int, e: int, names: list, hits: list) -> int | None:
        """The end of " to X", " for X and Y" at `pos` when a personal name follows it (states or organisations the
        dictionary knows, joined by "and" or commas): "Ambassador to Iran Geoffrey Adams"; else None."""
        m = _POST_PREP.match(self.text, pos, e)
        if not m:
            return None
        # (a state's or body's name, not a demonym: "Special Envoy for Russian President X, Y" is the envoy of X)
        at, ends = m.end(), {h[0]: h[1] for h in sorted(names, key=lambda h: h[1] - h[0])
                             if (st := self._state_entry(h[3])) and st[1] != "demonym"}
        for _ in range(6):
            end = ends.get(at)
            if end is None:
                return None
            joint = _POST_JOINT.match(self.text, end, e)
            if not joint:
                named = self.text[end : end + 1] == " " and _NAME.match(self.text, end + 1, e)
                titled = any(h[0] == end + 1 and h[3][0][1] == "title" for h in hits)
                return end if named and not titled else None  # (not "for UN Secretary-General X, Y")
            at = joint.end()
        return None

    def _describes_noun(self, hit: tuple, entry: tuple) -> bool:
        """A demonym after a title's "of" that describes the noun after it, the body the title is of ("leader of the
        Zimbabwean opposition", "chief of the Indian army"; not "head of the Iraqi government"), or any name before a
        unit's or a field's word ("head of EU foreign policy", "head of NATO forces") or owning a body ("head of Iran's
        nuclear program")."""
        return entry[1] == "demonym" and not _GOVERNMENT_AFTER.match(self.text, hit[1]) or bool(
            _UNIT_AFTER.match(self.text, hit[1]) or _POSSESSED_BODY.match(self.text, hit[1])
            or _BODY_AFTER.match(self.text, hit[1]))

    def _title_of(self, words: str):
        """The dictionary's title for words as written or in small letters ("Prime Minister", "prime minister")."""
        return self.d.titles.get(words) or self.d.titles.get(words.lower())

    def _plural_titles(self, found: list[Found], s: int, e: int) -> list[Found]:
        """States listed after a title in the plural read as their holders on the article's date: "met the
        presidents of Pakistan and Afghanistan" met the two presidents, not the states. Only a list of two or more
        states, closed by its "and" ("the prime ministers of India and Japan, China and Russia criticized": two), each
        of whose holders the dictionary knows; not "the last two presidents of France", nor "of France and Kenya's
        parliaments"."""
        text = self.text
        ordered = sorted(found, key=lambda f: f.start)
        swap: dict[int, Found] = {}
        i = 0
        while i < len(ordered):
            f = ordered[i]
            i += 1
            if f.type != "state" or f.how not in ("name", "alias"):
                continue
            plural = _PLURAL_TITLE.search(text, max(s, f.start - 60), f.start)
            if plural is None or _PAST_BEFORE_TITLE.search(text, max(s, plural.start() - 12), plural.start()):
                continue
            words = plural.group(1).split()  # ("the two presidents of": the title is the last word or two)
            entry = self._title_of(" ".join(words)) or self._title_of(words[-1])
            if entry is None or not entry.leads or entry.title == "Leader":
                continue
            listed, i = self._listed_states(ordered, i, ("name", "alias"))
            if any(text.startswith(("'s", "’s"), x.end) for x in listed):
                continue  # "the presidents of France and Kenya's parliaments": the parliaments' presidents
            self._swap_holders(swap, listed, entry, distinct=False)
        i = 0
        while i < len(ordered):  # "the German and French leaders", "both the Russian and Chinese presidents"
            f = ordered[i]
            i += 1
            if f.type != "state" or f.how != "demonym" or not _DEFINITE_BEFORE.search(text, max(s, f.start - 9),
                                                                                      f.start):
                continue
            listed, i = self._listed_states(ordered, i, ("demonym",))
            after = _PLURAL_AFTER.match(text, listed[-1].end, e) if listed else None
            entry = self._title_of(after.group(1)[:-1]) if after else None
            if entry:
                self._swap_holders(swap, listed, entry, distinct=True)
        return [swap.get(f.start, f) if f.type == "state" else f for f in found]

    def _listed_states(self, ordered: list[Found], i: int, hows: tuple[str, ...]) -> tuple[list[Found], int]:
        """The states listed from `ordered[i - 1]` on, found in these ways and joined by commas or "and" (the "and"
        closes the list), and the index after them; no list unless it has two or more and an "and"."""
        text = self.text
        listed = [ordered[i - 1]]
        while i < len(ordered):
            link = _LIST_LINK.fullmatch(text, listed[-1].end, ordered[i].start)
            if link is None or ordered[i].type != "state" or ordered[i].how not in hows:
                break
            listed.append(ordered[i])
            i += 1
            if "and" in link.group():
                break  # the "and" closes the list
        closed = len(listed) > 1 and any("and" in text[a.end : b.start] for a, b in zip(listed, listed[1:],
                                                                                        strict=False))
        return (listed if closed else []), i

    def _swap_holders(self, swap: dict[int, Found], listed: list[Found], entry, distinct: bool) -> None:
        """Each listed state read as its holder of the title on the article's date, when every one has a holder (and,
        with `distinct`, a holder of its own)."""
        holders = [self.d.holder(entry.title, x.actor, self.day) for x in listed]
        if listed and all(holders) and (not distinct or len(set(holders)) == len(holders)):
            for x, holder in zip(listed, holders, strict=True):
                swap[x.start] = Found(x.start, x.end, holder, "title", "person", entry.title, x.actor, False,
                                      [(x.start, x.end, x.actor, x.how)])

    def _may_hold(self, name: str, of: str) -> bool:
        """The person may hold a title of `of` on the article's date: no state named, or no office of theirs known
        then, or one of `of`."""
        roles = self.d.actors[name].roles_on(self.day)
        return not of or not roles or any(r.of == of for r in roles)

    def _title_phrase(self, ts, te, surface, names, hits, s, e) -> Found | None:
        """A title and what it attaches: "Russian President Vladimir Putin", "President X of Y",
        "President of Russia Vladimir Putin", "the Iranian President", "The President"."""
        text = self.text
        title = self.d.titles[surface]
        if _OTHER_OFFICE.match(text, te) and surface.islower() and not (
                text.startswith(" of ", te) and _CHARGED_BEFORE.search(text, max(s, ts - 40), ts)):
            return None  # ("accused the Colombian president of repeated lies": the charge, not an office)
        to_be = _TO_BE.match(text, te)
        if to_be:
            te = to_be.end()
        start, of, inner = ts, "", []
        possessed = False  # "Afghanistan's foreign minister": as definite as "the Afghan foreign minister"
        deputy = title.leads and bool((d := _NOT_LEADING.search(text, max(s, ts - 16), ts))
                                      and d.group(2).lower() in PAST_HOLDER)
        deputy_named = deputy and bool(_NAME_AFTER.match(text, te))  # ("Deputy Prime Minister X")
        # left: a demonym, a state name with possessive, or an organisation name right before the title
        for hs, he, _surf, entries in names:
            gap = text[he:ts]
            # "Russian President", "Iran's President", "OIC head", "Organisation of Islamic Cooperation (OIC) head"
            # and a minister's portfolio between: "Kenyan Internal Security Minister", "Israeli Finance Minister"
            # (a deputy's leading title leads nothing: "Slovak Minister of Defense and Deputy Prime Minister X")
            # (with the name only: "the Iraqi Vice President" alone is no holder of the title it ranks under)
            # (nor over a leading title of another: "the Kenyan President and Deputy President X" are two)
            deputy_here = deputy_named and not any(
                he <= h[0] and h[1] <= ts and h[3][0][1] == "title" and self.d.titles[h[2]].leads for h in hits)
            portfolio = (not title.leads or deputy_here) and _PORTFOLIO.fullmatch(gap) and not any(
                he < h[0] < ts for h in names)
            bracket = gap == ") " and text[hs - 1 : hs] == "("
            # "Iraq's new prime minister"; "Somalia's interim president, Abdullahi Yusuf," only with the name (without
            # it an interim or acting president may be a claimant: "declared himself Venezuela's interim president")
            interim = _HOLDING.fullmatch(gap) and (gap.endswith(("new ", "current ")) or _NAME_AFTER.match(text, te))
            if (gap in (" ", "’s ", "'s ", "’ ") or portfolio or bracket or interim) and hs >= s:
                st = self._state_entry(entries)
                if st and not any(h[1] == he for h in inner):
                    # (names come by start: the longest that ends there is first, "Papua New Guinea", not "Guinea")
                    of, start = st[0], hs
                    possessed = gap in ("’s ", "'s ", "’ ")
                    inner.append((hs, he, st[0], st[1]))
                    if bracket:  # "the Republic of Korea (ROK) Minister of National Defense X": the full name
                        # before the bracketed acronym is the same state's, part of the title phrase
                        full = next((h for h in names if h[1] == hs - 2 and text[hs - 2 : hs] == " ("
                                     and (fs := self._state_entry(h[3])) and fs[0] == st[0]), None)
                        if full is not None:
                            start = full[0]
                            inner.append((full[0], full[1], st[0], st[1]))
        left_of = of  # the state before the title, if any
        left = text[max(s, start - 12) : start]
        mod = _NOT_LEADING.search(left)
        not_leading = bool(mod) or deputy
        rank = mod.group(2).lower() if mod and mod.group(2).lower() in PAST_HOLDER else ""
        if not rank and (inside := _RANK_INSIDE.search(text, start, ts)):  # "Ukrainian Deputy Foreign Minister X"
            rank = inside.group(1).lower()
        key = f"{rank} {title.title}" if rank else title.title  # its holders' key: "deputy Foreign Minister"
        if mod:
            start -= len(mod.group(1))
        det = _DET_END.search(text[max(s, start - 4) : start])
        # "The President and Prime Minister discussed": a title joined to a definite title shares its "the"
        shared = None if det else _SHARED_DET.search(text, max(s, start - 40), start)
        definite = bool(det)
        shares_the = bool(shared and shared.group(1) in self.d.titles)
        pos = te
        # right: "of (the) X"
        hit = None if of else self._of_state(pos, e, names)
        if definite and not of and not hit and (office := _OF_THE_OFFICE.match(text, te, e)) and not any(
                te < h[0] < office.end() for h in names) and (named := next((
                    h for h in names if h[0] == office.end() and _APPOSITIVE_END.match(text, h[1]) and any(
                        self.d.actors[n].type == "person" for n, _how in h[3])), None)):
            # "met with the President of the Republic, Michel Aoun": the name apposed is the office's holder (not the
            # speaker's own President), when a comma or the sentence's end closes it (not "In a letter to the Speaker
            # of the House, Nancy Pelosi criticized Y", where the name begins the clause)
            person = next(n for n, _how in named[3] if self.d.actors[n].type == "person")
            return Found(start, named[1], person, "title", "person", "", "", False, inner)
        if title.leads and not of and not hit and _CHAMBER_OF.match(text, te):
            return None  # "the President of the Chamber of Deputies, Speaker X": a chamber's, no state's leader
        if hit:
            (hs, he, _surf, _entries), (of, how) = hit
            inner.append((hs, he, of, how))
            pos = he
        # a post's place or charge between the title and the name: "Ambassador to Iran X", "Special Envoy for Sudan and
        # South Sudan X" (the places are the post's, no actors of the sentence)
        post = self._post_of(pos, e, names, hits) if not title.leads else None
        if post:
            pos = post
            if charge_end := _CHARGE_END.match(text, pos, e):
                pos = charge_end.end()
        elif not title.leads and (served := _SERVED_TITLE.match(text, pos, e)) and self._title_of(served.group(1)):
            pos = served.end()  # "UN Special Representative of the Secretary-General X": the post serves a title
        elif (charge := _CHARGE_FOR.match(text, pos, e)) and (named := next((
                h for h in names if pos < h[0] and h[1] <= charge.end() and any(
                    self.d.actors[n].type == "person" for n, _how in h[3])), None)) and not any(
                pos < h[0] < named[0] and any(how in ("title", "demonym") for _n, how in h[3]) for h in hits):
            # "U.K. Secretary of State for Defence Ben Wallace": a charge the dictionary's title lacks makes another
            # office, whose holder is the person named after it, not the title's holder (the phrase is that person's,
            # with no title kept for later); not "Special Envoy for Russian President X, Y", the envoy of one titled
            person = next(n for n, _how in named[3] if self.d.actors[n].type == "person")
            return Found(start, named[1], person, "title", "person", "", of, False, inner)
        elif not title.leads and (charge := _CHARGE_AFFAIRS.match(text, pos, e)):
            pos = charge.end()  # "Special Representative for Korean Peninsula Affairs X": a charge in capitals that
            # ends in "Affairs" or "Issues" is the post's, and the name after it the holder's
        # then a personal name, right after the title or as an appositive of a definite title
        # ("the Russian president, Vladimir Putin,")
        person = None
        if text[pos : pos + 1] == " " and (honour := _STYLE.match(text, pos + 1, e)):
            pos = honour.end()  # "Saudi Minister of Defense His Royal Highness Crown Prince X": the style is no name
        nm = _NAME.match(text, pos + 1, e) if text[pos : pos + 1] == " " else None
        if nm is None and (definite or of) and text[pos : pos + 2] == ", ":
            nm = _NAME.match(text, pos + 2, e)
            if nm and not any(nm.start() <= h[0] and h[1] <= nm.end() and h[3][0][1] in ("name", "alias")
                              for h in names) and not (
                    of and _CLOSED_NAME.fullmatch(nm.group(0)) and _APPOSITIVE_END.match(text, nm.end())
                    and not _BODY_NAME_WORD.search(nm.group(0)) and not any(nm.start() < h[1] and h[0] < nm.end()
                                                                            for h in names)):
                nm = None  # only a known name makes an appositive (or a whole name closed by a comma after a
                # state's title: "the President of Mali, Ibrahim Boubacar Keita, attended"; not a body's: "to the
                # President of Egypt, Reporters Without Borders, the press freedom group,")
            if nm and any(h[0] == nm.start() and any(how in ("title", "demonym") for _n, how in h[3]) for h in hits):
                nm = None  # "the French President, German Chancellor X": a name with a title of its own
        if nm and (_POSSESSIVE_INSIDE.search(nm.group(0)) or BODY_WORD_IN_NAME.search(nm.group(0))):
            nm = None  # "head of the U.S. Central Intelligence Agency's Russia division": a body's, no person's name
        if nm and nm.start() > pos + 1 and definite and not _LIST_GOES_ON.match(text, nm.end()):
            opened = start - len(det.group(0))  # "with Ehud Olmert, the Israeli Prime Minister, George Bush said":
            # the title is the apposition of the person named before it, not of the name after (but in a list, "A,
            # the British Prime Minister, B, and C", it is B's)
            if text[opened - 2 : opened] == ", " and any(
                    h[1] == opened - 2 and any(self.d.actors[n].type == "person" and self._may_hold(n, of)
                                               for n, _how in h[3]) for h in names):
                nm = None  # (not a person who serves another state then: "after talks with Lavrov, the French
                # Foreign Minister, Bernard Kouchner, said": the title is Kouchner's)
        if nm and nm.group(0).split()[0] not in ("of", "and", "The", "the", "In", "On"):
            name_end = nm.end()
            # a trailing "of X" belongs to the phrase, not the name
            cut = re.search(r" of(?: the)? ", text[nm.start() : name_end])
            if cut:
                name_end = nm.start() + cut.start()
            raw = text[nm.start() : name_end].rstrip(",. ")
            name_end = nm.start() + len(raw)
            # trim words that are dictionary states/orgs at the end ("President Biden Kenya" does not occur,
            # but "Mr. Sullivan’s" does): stop at a possessive
            poss = re.search(r"[’']s?$", raw)
            if poss:
                name_end -= len(poss.group(0))
            if name_end > nm.start():
                person = self._person_from_name(nm.start(), name_end, hits)
                single = None if person else text[nm.start() : name_end]
                if person is None and " " not in single:
                    # "King Abdullah of Jordan": one name word, resolved by the office it names
                    hit = None if of else self._of_state(name_end, e, names)
                    holder = self.d.holder(title.title, hit[1][0], self.day) if hit else None
                    if holder and unaccented(single) in unaccented(holder).split():
                        (hs, he, _surf, _entries), st = hit
                        person, of, pos = holder, st[0], he
                        inner.append((hs, he, st[0], st[1]))
                        name_end = -1
                    elif hit is None and not of and not mod and (named := self.d.holder_named(
                            title.title, single, self.day)):
                        person, of = named  # "President Bush" in 2006: the one president of that name then
                    elif of and not mod and unaccented(single) in unaccented(held := self.d.holder(
                            title.title, of, self.day) or (self.d.holder("Crown Prince", of, self.day)
                                                           if title.title == "Prince" else None) or "").split():
                        person = held  # "Jordan's King Abdullah", "Oman's Sultan Qaboos": the holder of that name
                        # ("Saudi Prince Abdullah" in 2005: the Crown Prince of that name; "Japanese Foreign Minister
                        # Kono" in 2018: Tarō Kōno)
                if person and name_end > 0:
                    pos = name_end + (text.startswith("Jr.", name_end - 2))  # "President X, Jr. of Y": after the dot
                    hit = None if of else self._of_state(pos, e, names)
                    if hit:  # "President William Ruto of Kenya"
                        (hs, he, _surf, _entries), (of, how) = hit
                        inner.append((hs, he, of, how))
                        pos = he
        apposed = False
        if person is None and nm is None:  # "Qasem Soleimani, head of Iran's Quds Force"
            before = _APPOSED.search(text, max(s, start - 20), start)
            if before and text[pos : pos + 1] == "," and self._unknown_name_before(s, before.start(), names):
                return None  # "John Smith, the president of the World Bank,": Smith, whoever holds the office
            if before and _CLAUSE_GOES_ON.match(text, pos, e) and not any(
                    h[1] == before.start() and not text[s : h[0]].strip(" \"“'") for h in names):
                # "In his message to X, the President of Russia expressed ...": a subject, no apposition (but "X,
                # the Palestinian president has called ...", the name opening the sentence, is one left unclosed)
                before = None
            for _hs, he, _surf, entries in names if before else ():
                if he == before.start() and any(self.d.actors[n].type == "person" and how in ("name", "alias")
                                                 for n, how in entries):
                    person = next(n for n, how in entries if self.d.actors[n].type == "person")
                    chain = self._possessed_org(te, e, names)
                    if chain:  # the last link leads: "head of Iran's Quds Force" is the Quds Force
                        inner = [i for i in inner if i[0] < ts] + chain
                        of, pos = chain[-1][2], chain[-1][1]
                    nm = apposed = True  # the name stands right before the title: leads may hold
                    break
        if to_be:  # the named person, with no office held yet (nor the holder's, when no name follows)
            return Found(start, pos, person, "title", "person", title.title, of, False, inner) if person else None
        if person is None and deputy and of:
            return None  # "Ukrainian Deputy Prime Minister Vereshchuk", "the Iraqi Vice President Tuesday": a deputy
            # the dictionary does not name is no holder of the title it ranks under
        if person is None:
            if title.title == "Counterpart":  # "his German counterpart, Minister ... X": merged later
                return Found(start, pos, "", "title", "person", title.title, of)
            if of and mod and mod.group(2).lower() in PAST_HOLDER:
                return None  # "former Nigerian President": not the holder on the article's date
            if of and _INDEFINITE_END.search(text, max(s, start - 4), start):
                return None  # "an Israeli prime minister", "a Russian president": any one, not the holder
            if of:  # "the Iranian President", "The President of Russia": the one the article named so before (a
                # person the dictionary lacks, or another than its holder), "the Iraqi leader": the last of that
                # state's leaders it named; else the dictionary's holder on the article's date
                person = (self.title_holders.get(f"{title.title}|{of}") or (
                    self.state_leaders.get(of) or self._leader_named(of) if title.title == "Leader" else None)
                    or self._sole_minister(of, title.title) if definite or possessed else None) or self.d.holder(
                    title.title, of, self.day)
                if person is None:
                    return None
            elif definite or shares_the:  # "The President": the last person introduced with this title, else the
                # publisher's own ("The President" in a White House readout)
                # (in a government's own text whose title names the bare title, that is its own holder's, whoever
                # else it named so: "Readout of the President's Calls with President X ... The President spoke with
                # X"; not "Readout of the Vice President's Call with President X ... The President briefed the Vice
                # President", nor a Prime Minister's guest "the President" on his own office's site)
                home = self.d.holder(title.title, self.home, self.day) if self.home else None
                own = home is not None and (re.search(rf"\b[Tt]he {re.escape(title.title)}\b", self.doc_title) or (
                    home.split()[-1] in self.doc_title))  # ("Readout of Vice President Biden's Meeting with ...")
                if rank:  # "the Deputy Secretary", "the former president": the one introduced so, no holder
                    person = self.title_holders.get(key)
                else:
                    person = (home if own else None) or self.title_holders.get(title.title) or home
                if person is None and not rank:  # "Barack Obama arrived ... The President said": the one of the
                    # people named last who holds the title on the article's date (none when two of them do)
                    holders = {name for name, _words, _of, role in self.d.by_title.get(title.title, ())
                               if role.holds_on(self.day)}
                    named = {p for p in self._recent_people if p in holders}
                    person = named.pop() if len(named) == 1 else None
                if person is None and not rank and not self._recent_people:
                    # "Readout of Secretary Kerry's Call with X": "The Secretary and X spoke today", before the body
                    # names anyone
                    person = self._titled_in_doc_title(surface, title.title)
                if person is None:
                    return None
            else:
                return None
        if apposed and _PUT_OUT.match(text, pos):
            # "X, the Egyptian president ousted in February,": holds the office no more (nor is "the Egyptian
            # president" later this one)
            return Found(start, pos, person, "title", "person", title.title, of, False, inner)
        # "The President" after "President Bush ... Palestinian President Abbas" is still Bush: one introduced with
        # a state's name does not take the bare title over from one introduced without
        # (a deputy or a former holder introduced so holds the title with that word: "Deputy Secretary of State X"
        # is "the Deputy Secretary", not "the Foreign Minister" named later)
        named_state = any(x[2] == of for x in inner)
        if not (named_state and self.plain_holders.get(key) not in (None, person)):
            self.title_holders[key] = person
        if not named_state:
            self.plain_holders[key] = person
        head = self.d.titles.get(surface.split()[0])  # "Secretary of State X" is also "the Secretary"
        if head and head.title != title.title:
            self.title_holders[f"{rank} {head.title}" if rank else head.title] = person
        # "the U.S. Speaker of the House": the state before the title owns the chamber the title's "of" names (not
        # when the "of" named a body: "the German President of the United Nations General Assembly" leads it)
        chamber = bool(of) and of == left_of and bool(_CHAMBER_OF.match(text, te))
        if of and nm is not None and not _LOWER_RANK.search(text, start, ts):  # named with the title: "the Iraqi
            # prime minister" is this one from now on (not a deputy: "Iranian Deputy Foreign Minister X")
            self.title_holders[f"{title.title}|{of}"] = person
            if title.title.endswith("Minister") and not title.leads:
                self.state_ministers.setdefault(of, set()).add(person)
            if title.leads and not chamber:  # (the U.S. Speaker is no "American leader")
                self.state_leaders[of] = person
        leads = bool(title.leads and of and not not_leading and not chamber and nm is not None
                     and (pos > te or apposed))
        return Found(start, pos, person, "title", "person", title.title, of, leads, inner)

    def _secretary(self, person: str) -> bool:
        """The person holds a minister's or secretary's role on the article's date ("Secretary Rice", "Secretary
        Kerry": as the roles call a secretary of state)."""
        a = self.d.actors.get(person)
        return a is not None and any(_SECRETARY_ROLE.search(r.title) for r in a.roles_on(self.day))

    def _sole_minister(self, state: str, title: str) -> str | None:
        """"The South Korean minister": the one minister of that state the article named with a portfolio ("South
        Korea's Minister of National Defense X"), none when it named two."""
        named = self.state_ministers.get(state, ()) if title == "Minister" else ()
        return next(iter(named)) if len(named) == 1 else None

    def _pronouns(self, s: int, e: int, found: list[Found]) -> list[Found]:
        pronouns = self._pron[bisect_left(self._pron_starts, s) : bisect_left(self._pron_starts, e)]
        if not pronouns:
            return found
        taken = [(f.start, f.end) for f in found]
        subject_person = next((f.actor for f in found if f.type == "person" and f.start - s < 40), None)
        out = list(found)
        quotes = None  # found on the first first-person pronoun: the others never ask
        for pm in pronouns:
            ps, pe = pm.start(1), pm.end(1)
            if any(a <= ps < b for a, b in taken):
                continue
            word = pm.group(1)
            low = word.lower()
            actor = None
            sayer = None
            if word in ("I", "me", "my") or low in ("we", "us", "our"):
                if quotes is None:
                    quotes = self._quote_speakers(s, e, found)
                sayer = next((who for qs, qe, who in quotes if qs < ps < qe), None)
            if sayer:
                # inside a quotation: "We will respond," the Iranian foreign minister said
                if word in ("I", "me", "my"):
                    actor = sayer if self.actor_type(sayer) == "person" else None
                else:
                    actor = self.state_of(sayer) or sayer
            elif word in ("I", "me", "my") or (low in ("me", "my") and word[0].islower()) or (
                    word == "My" and _MY_OWN.match(self.text, pe)):  # ("My Administration's support for Y")
                actor = self.speaker or self.author
            elif low in ("we", "us", "our"):
                if self.speaker and self.speaker_said:
                    actor = self.state_of(self.speaker) or self.speaker
                elif self.speaker:
                    actor = self.speaker
                elif self.we:  # "We, the G7 Foreign Ministers ..., urge": the body the statement says it is
                    actor = self.we
                elif self.author and self.state_of(self.author):
                    actor = self.state_of(self.author)
                elif self.home and word != "US":  # "we" in a government's own readout is that government (also
                    # one whose author's state the dictionary does not tell)
                    actor = self.home
            elif low in ("he", "him", "his", "she", "her", "hers"):
                before = sorted((f for f in out if f.start < ps and f.type == "person" and f.how != "pronoun"),
                                key=lambda f: f.start)
                if before and low in ("he", "she") and _HE_SAID.match(self.text, ps) and any(
                        c in self.text[max(s, ps - 3) : ps] for c in "\"”"):
                    # `"We hold Mr. Obama ... responsible," he added`: not a person the quotation names
                    spans = [(q.start(), q.end()) for q in _QUOTE.finditer(self.text, s, ps)]
                    before = [f for f in before if not any(a <= f.start < b for a, b in spans)]
                # the sentence's subject, when named before the pronoun: "But he criticized Ecuador's President
                # Correa" is the last sentence's subject, not Correa
                subject = subject_person if before and before[0].actor == subject_person else None
                own = None  # the subject of the object pronoun's own clause, which it is not
                # ("her" before a noun is a possessive, read as "his" is: "Merkel says her country supports Y")
                if (low == "him" or low == "her" and not _POSSESSIVE_HER.match(self.text, pe)) and before:
                    # not the subject of its own clause: "Erdogan sent him his condolences" is not Erdogan
                    own = before[-1].actor if _SAME_CLAUSE.fullmatch(self.text, before[-1].end, ps) else subject_person
                    others = [f for f in before if f.actor != own]
                    # (no one else named: not the clause's own subject either, "X recognized him as leader")
                    actor = others[-1].actor if others else (self.last_person if self.last_person != own else None)
                elif ps - s < 3:  # sentence-initial He/She: the subject of the last sentence
                    actor = self.last_subject_person or self.last_person
                elif not before and low in ("he", "she") and _SOMEONE_BEFORE.search(self.text[s:ps]):
                    actor = None  # "a French soldier has died after he was shot", "X says a soldier died after he ...":
                    # the subject the sentence introduced, no actor (not "Standing beside a soldier, he said")
                elif not before and low in ("he", "she", "his") and (
                        ahead := self._person_after_opening(s, e, ps, out)):
                    actor = ahead  # "As he ended his visit to Y, X said": the subject the opening phrase comes before
                    # (not "him" or "her": "After meeting him, X said" met another)
                elif subject:
                    actor = subject
                elif before:
                    actor = before[-1].actor
                else:
                    actor = self.last_subject_person or self.last_person
                if actor is not None and actor == self.author and not self.speaker:
                    # the author of a statement is its "I", never its "he": the last other person named
                    # ("I briefed him on the steps. He asked me to ...")
                    others = [f.actor for f in before if f.actor != self.author]
                    actor = others[-1] if others else self.last_other_person
                if actor is not None and not self.d.agrees(low, actor):
                    # "she" is no man, "he" no woman: the last person named who may be the one, among those of
                    # this sentence and the last four named or meant before it (not the clause's own subject for
                    # "him" or "her"); else no one
                    actor = next((a for a in (*(f.actor for f in reversed(before)), *reversed(self._recent_people))
                                  if self.d.agrees(low, a) and a != self.author
                                  and (a != own or low == "her" and _POSSESSIVE_HER.match(self.text, pe))), None)
            elif low in ("it", "its"):
                before = [f for f in out if f.start < ps and f.type in ("state", "organization", "group")]
                # "its", and "it" right after a verb of saying ("Egypt said it was concerned")
                if before and (low == "its" or _SAID_IT.search(self.text, max(s, ps - 20), ps)):
                    actor = max(before, key=lambda f: f.start).actor
                    if low == "its" and len(before) > 1 and _APPOSED_ITS.fullmatch(
                            self.text, max(before, key=lambda f: f.start).end, ps):
                        # "China, its main ally": the apposition describes China, so "its" is another's
                        actor = max((f for f in before if f.actor != actor), key=lambda f: f.start,
                                    default=max(before, key=lambda f: f.start)).actor
                    elif low == "its" and self.text[max(s, ps - 6) : ps] in (", and ", "; and ") and (
                            before[0].start == s):
                        # "Yugoslavia broke off relations with A, B and C, and its military said ...": a new
                        # clause's "its" is the sentence's subject, not the last object named
                        actor = before[0].actor
            if actor:
                out.append(Found(ps, pe, actor, "pronoun", self.actor_type(actor)))
        out.sort(key=lambda f: f.start)
        return out

    def _counterparts(self, s: int, e: int, found: list[Found]) -> list[Found]:
        """ "Hagel called his Russian counterpart": the one who held Hagel's office in Russia on the article's
        date (Defence Minister Sergei Shoigu), when the dictionary knows both roles."""
        if self.text.find("counterpart", s, e) < 0:  # (no slice of the sentence: this runs on every one)
            return found
        out = list(found)
        for m in _COUNTERPART.finditer(self.text, s, e):
            if any(f.start <= m.start(1) < f.end for f in found):
                continue  # "his German counterpart, Minister X": named already
            named = next((f for f in found if f.start >= m.end() and f.type == "person" and f.how != "pronoun"), None)
            if named and _RANKS_BETWEEN.fullmatch(self.text, m.end(), named.start):
                # "his Indian counterpart, Gen. Bikram Singh": the one named
                out.append(Found(m.start(1), m.end(), named.actor, "title", "person"))
                continue
            state = next((n for n, how in self.d.surfaces.get(m.group(1), ()) if how == "demonym"), None)
            owner = next((f.actor for f in found if f.start == m.start() and f.how == "pronoun"), None)
            actor = self.d.actors.get(owner) if owner else None
            if not state or actor is None:
                continue
            for role in actor.roles_on(self.day):
                held = self.d.holder(role.title, state, self.day) if role.of != state else None
                if held:
                    out.append(Found(m.start(1), m.end(), held, "title", "person"))
                    break
        out.sort(key=lambda f: f.start)
        return out

    def _opening_states(self, s: int, found: list[Found]) -> tuple[str, ...]:
        """The two states the sentence at `s` opens with, joined as one subject ("Japan and South Korea held
        talks"), not the first two of a list ("Japan, South Korea and China"); else ()."""
        lead = [f for f in found if f.how not in ("pronoun", "group")][:3]
        if len(lead) < 2 or not all(f.type == "state" for f in lead[:2]) or lead[0].actor == lead[1].actor:
            return ()
        if self.text[s : lead[0].start].strip(' "“').lower() not in ("", "the") or not _JOINED.fullmatch(
                self.text, lead[0].end, lead[1].start) or len(lead) > 2 and lead[2].start - lead[1].end < 3:
            return ()
        return lead[0].actor, lead[1].actor

    def _leader_named(self, of: str) -> str | None:
        """ "The Ethiopian leader" after "Meles Zenawi" was named without a title: the one of the people named last
        who heads that state or its government on the article's date (None when none or two of them do)."""
        heads = {p for p in self._recent_people if of in self.d.headed(p, self.day)}
        return heads.pop() if len(heads) == 1 else None

    def _plural(self, s: int, e: int, found: list[Found]) -> list[Found]:
        """ "They"/"their"/"the two leaders" right after a sentence naming two people: both of them."""
        pair, states, sides, groups = self.last_pair, self.last_states, self.last_sides, self.last_groups
        # (the pair's sentence named three)
        trio_of_pair = self.last_counted.get(3, ()) if self.trio_at == self.pair_at else ()
        # (... or three or more, that sentence the one right before this)
        many_of_pair = self.last_many if self.many_at == self.pair_at == self.sentence_before else ()
        self.sentence_before = s
        self.last_groups = ()
        opened_by = self.opened_by  # the two states the sentence before opened with, joined as its subject
        self.opened_by = self._opening_states(s, found)
        if self.opened_by:
            self.opened_at = s
        if found:
            # the one who reports is not one of the pair reported on: "Kirby said Hagel told al-Obeidi ..." pairs
            # Hagel and al-Obeidi; "Kirby said Hagel emphasized ..." names no pair
            # (nor one named only as an owner: "met Gen. X, King Abdullah II's adviser"; but "Hagel's meeting with
            # Y" is Hagel's own)
            persons = tuple(dict.fromkeys([f.actor for f in found if f.type == "person"
                                           and not _SPEAKS.match(self.text, f.end, e)
                                           and not _OWNER_ONLY.match(self.text, f.end, e)]))
            if len(persons) >= 2 and not (len(persons) > 2 and pair and set(pair) <= set(persons)):
                # (a sentence naming more people than the pair and the pair too keeps it: "Hagel extended his
                # condolences to Prime Minister Y and Minister Z" after Hagel called Z)
                self.last_pair, self.pair_at = persons[:2], s
            if len(persons) == 3:
                self.trio_at = s
            if 3 <= len(persons) <= 9:
                self.last_counted[len(persons)] = persons
            listed = [f for f in found if f.type == "person" and f.actor in persons] if len(persons) >= 3 else []
            if listed and _MET_LIST.search(self.text, listed[0].end, listed[1].start) and not any(
                    f.type == "group" and f.start > listed[-1].end for f in found) and all(
                    _NAMES_LISTED.fullmatch(self.text, a.end, b.start) for a, b in zip(listed[1:], listed[2:],
                                                                                        strict=False)):
                # ("X spoke with President A of Y, Chancellor B of Z, and C": a list of those X spoke with; not "X
                # praised A, B and C", nor "... about the Houthis", whom a "they" after may mean)
                self.last_many, self.many_at = persons, s
            leaders = [p for p in persons if self._leading(p) is not False]
            if len(leaders) == 2:
                self.last_leaders, self.leaders_at = tuple(leaders), s
            # (not a capital the event was held in: "held talks in Oslo" names no party)
            named_states = tuple(dict.fromkeys([f.actor for f in found if f.type == "state" and f.how != "group"
                                                and not (f.how == "metonym"
                                                         and self.text[max(s, f.start - 3) : f.start] == "in ")]))
            named_groups = tuple(dict.fromkeys([f.actor for f in found if f.type in ("group", "organization")
                                                and f.how not in ("group", "pronoun")]))
            # "Hamas and Islamic Jihad ... both groups": the two of the sentence right before, no earlier one
            self.last_groups = named_groups if len(named_groups) == 2 else ()
            if len(named_states) == 2:  # "the two countries" needs exactly two states named before
                self.last_states, self.last_sides = named_states, ()
            elif len(named_states) < 2 and any(f.type == "group" for f in found):
                # "Sri Lanka and the Tamil Tigers held talks": "the two sides"
                named_sides = tuple(dict.fromkeys([f.actor for f in found if f.how != "group" and (
                    f.type == "group" or f.type == "state" and f.actor in named_states)]))
                if len(named_sides) == 2:
                    self.last_sides = named_sides
            elif len(named_states) > 2:  # unless two of them are joined as one phrase: "The United States and
                # the United Kingdom closed their embassies in Yemen" (not a list "A, B and C")
                states_here = [f for f in found if f.type == "state" and f.how != "group"]
                triples = zip([None, *states_here], states_here, states_here[1:], strict=False)
                joined = [(a.actor, b.actor) for x, a, b in triples
                          if a.actor != b.actor and _JOINED.fullmatch(self.text, a.end, b.start)
                          and not (x is not None and _LISTED.fullmatch(self.text, x.end, a.start))]
                self.last_states = joined[0] if len(joined) == 1 else ()
        m = _COUNTED_GROUP.search(self.text, s, e) if self.last_counted else None
        counted = self.last_counted.get(_COUNTS[m.group(1)], ()) if m else ()
        if counted and not any(f.start <= m.start() < f.end for f in found):
            # "The three leaders met Y", "the four leaders condemned Y" after a sentence naming as many people (the
            # last that did): those people
            found = sorted([*found, *(Found(m.start(), m.end(), w, "group", "person") for w in counted)],
                           key=lambda f: f.start)
        if not pair and not states and not sides and not groups and not _STATE_PAIR.search(self.text, s, e) and not (
                _STATE_PAIR_NAMED.search(self.text, s, e)) and not _PLURAL.search(self.text, s, e):
            return found
        taken = [(f.start, f.end) for f in found]
        out = list(found)
        speakers = None  # the ones reporting the sentence, worked out once on the first "they" or "the two"
        named_who: tuple = ()  # the people a plural noun of this sentence named ("the leaders"), for a "their" after
        for pattern, last, kind in ((_STATE_PAIR, states, "state"), (_STATE_PAIR_NAMED, states, "state"),
                                    (_PLURAL, pair, "person")):
            for m in pattern.finditer(self.text, s, e):
                who, they = last, m.group(0)[:5].lower() in ("they", "their")
                if kind == "state" and m.group(0).endswith(("groups", "factions", "movements", "militias")):
                    # "Hamas and Islamic Jihad have pledged to respect the truce, but both groups say ...": the two
                    # armed groups or bodies this sentence, or the one before, named
                    here = tuple(dict.fromkeys(f.actor for f in found if f.start < m.start() and f.type in (
                        "group", "organization") and f.how not in ("group", "pronoun")))
                    who = here if len(here) == 2 else () if here else groups  # (not the last sentence's two when
                    # this one named one of its own: another it named we did not find)
                elif kind == "state":  # "between the Philippines and China when the two nations ...": this sentence's
                    here = tuple(dict.fromkeys(f.actor for f in found if f.start < m.start() and f.type == "state"
                                               and f.how != "group"))
                    who = here if len(here) == 2 else sides if sides and m.group(0).endswith("sides") else last
                    # ("the two sides" after a state and an armed group: those two)
                else:  # "raised it with Y when the two men met": the two people this sentence named before; "A and
                    # B announced it, a day after they spoke": the two it opens with, joined as one subject
                    # (nor the one reporting it, by any of their mentions: '"... and our two leaders agreed," X said')
                    if speakers is None:
                        speakers = {f.actor for f in found if _SPEAKS.match(self.text, f.end, e)}
                    before = [f for f in found if f.start < m.start() and f.type == "person"
                              and f.actor not in speakers and self.text[f.end : f.end + 2] not in ("'s", "’s")]
                    # (nor one named only as an owner: "Austin reiterated President Biden's pledge, and the two
                    # leaders discussed ...")
                    here = tuple(dict.fromkeys(f.actor for f in before))
                    if not they:
                        who = here if len(here) == 2 else last
                        if len(here) == 1 and here[0] in last and (acts := _ACTS_ON.fullmatch(
                                self.text, before[-1].end, m.start())) and acts.group(1) not in _NOT_ACTING_ON and (
                                _ACTED_ON_AFTER.match(self.text, m.end())):
                            # "The Secretary thanked the leaders for ...": the one who acts on them is none of them
                            # (but "commended the progress made since the leaders met": they are); after "X met A
                            # and B", both others ("the two leaders" stays two)
                            among = trio_of_pair if here[0] in trio_of_pair and " two " not in m.group(0) else last
                            who = tuple(w for w in among if w != here[0])
                        if who == last and self.last_leaders and self.leaders_at < self.pair_at and m.group(
                                0).endswith("leaders") and len(shared := set(who) & set(self.last_leaders)) == 1 and (
                                    self._leading(shared.pop())) and [self._leading(w) for w in who].count(False) == 1:
                            who = self.last_leaders  # "the two leaders" are no minister's pair: after "X spoke with
                            # Y" and "X asked Secretary Z to ...", X and Y (but two ministers who met are "the two
                            # leaders")
                        named_who = who
                    elif named_who and m.group(0)[:5].lower() == "their":
                        who = named_who  # "thanked the leaders for their support": theirs
                    elif len(found) == len(before) == len(here) == 2 and _JOINED.fullmatch(
                            self.text, before[0].end, before[1].start) and not (
                            self.text[s : before[0].start].strip(' "“')):
                        who = here  # (no one else named in the sentence)
                if kind == "person" and who == last and many_of_pair and not COUNTED_PLURAL.match(m.group(0)) and not (
                        any(f.type == "person" and f.start < m.start() for f in found)):
                    who = many_of_pair  # "They", "the leaders" after "X spoke with A, B and C": all four
                    if self.pair_at != s:  # (and the "they" of the next sentence too)
                        self.last_many, self.many_at, self.pair_at = who, s, s
                if they and kind == "person" and opened_by and m.start() == s and (
                        not pair or self.pair_at < self.opened_at):
                    who, kind_here = opened_by, "state"  # "They" opening the next sentence: those two states
                else:
                    kind_here = kind
                if not who or any(a <= m.start() < b for a, b in taken):
                    continue
                if they and len({f.actor for f in found if f.start < m.start()} - set(who)) >= 2:
                    continue  # "Estonia and Poland joined X to express their solidarity": the sentence's own
                taken.append((m.start(), m.end()))  # "the two sides" after two states named: the states
                # (each state or group of a pair as what it is: "both groups" are groups)
                out.extend(Found(m.start(), m.end(), w, "group", "person" if kind_here == "person" else
                                 self.actor_type(w)) for w in who)
                if kind_here == "person" and not they and len(who) == 2 and self.pair_at != s and not any(
                        f.type == "person" and f.start < m.start() for f in found):
                    self.last_pair, self.pair_at = who, s  # the pair "the two leaders" meant is the last one named
        if len(out) == len(found):  # nothing added: `found` is in order already
            return found
        out.sort(key=lambda f: f.start)
        return out

    def _person_after_opening(self, s: int, e: int, ps: int, found: list[Found]) -> str | None:
        """The person named first right after the comma that closes an adverbial opening the pronoun at `ps` is in ("As
        he ended his visit to Y, US Defense Secretary X said"): the subject the opening comes before. None when the
        sentence opens otherwise, or the opening holds a quotation. (Not for "its": "Following its invasion of Y, the
        EU imposed sanctions on Z" is Z's invasion.)"""
        opening = _OPENING.match(self.text, s, e)
        if not opening or ps >= opening.end():
            return None
        first = next((f for f in found if f.start >= opening.end() and f.how != "pronoun"), None)
        if first is None or first.type != "person" or not _BEFORE_SUBJECT.fullmatch(
                self.text, opening.end(), first.start):
            return None
        return first.actor

    def _quote_speakers(self, s: int, e: int, found: list[Found]) -> list[tuple[int, int, str]]:
        """Quotations in the sentence with the actor the text says spoke them: `“...,” X said` or
        `X said: “...”`."""
        text = self.text
        out = []
        for q in _QUOTE.finditer(text, s, e):
            qs, qe = q.start(), q.end()
            who = None
            after = [f for f in found if qe <= f.start < qe + 80]
            if after and _SAID.search(text, qe, min(e, after[0].end + 40)) and not _HE_SAID.match(text, qe):
                who = after[0].actor  # (`“...,” he added, referring to NATO`: "he", below)
            before = [f for f in found if f.end <= qs and qs - f.end < 80]
            if who is None and before and _SAID_BEFORE.search(text[before[-1].end : qs]):
                who = before[-1].actor
            if who is None and _HE_SAID.match(text, qe):  # `“We condemn ...,” he said`: the person "he" is
                who = self.last_subject_person or self.last_person
            if who:
                out.append((qs, qe, who))
        return out

    def state_of(self, person: str) -> str | None:
        """The state or organisation a person leads or serves on the article's date (None if unknown)."""
        actor = self.d.actors.get(person)
        if not actor or actor.type != "person":
            return None
        roles = actor.roles_on(self.day)
        return roles[0].of if roles else None
