"""Sentence splitting with exact offsets that survives "U.S.", "Dr.", initials and closing quotes."""

from __future__ import annotations

import re

# Abbreviations after which a period does not end a sentence (compared case-sensitively, without the dot).
ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Rep Sen Gov Pres Amb Sec Hon Rev St Mt Jr Sr
    No Nos vs etc al approx Inc Corp Ltd Co Dept Univ est
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U U.S.A D.C""".split()
)

# a sentence ends at . ! ? (or …) plus any closing quotes/brackets, followed by space and a plausible start
# (a run of end marks is only tried from its first mark and never given back: linear on "......" runs; the
# lookbehind comes after the first mark so that the regex engine only tries positions holding an end mark)
_END = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")
PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")  # a blank line between paragraphs
_BREAK = re.compile(PARAGRAPH.pattern + r"|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")  # ... or a line that opens a list item
MAX_SENTENCE = 1000
"""A 'sentence' longer than this many characters (text without punctuation) is cut at spaces into pieces,
so that one huge block of text costs linear time; real sentences in news prose stay far below it."""

_BULLET = re.compile(r"(?:[-*•]|\d+[.)])\s+")
# a wire dateline before a story's first words, which is no part of its sentence: "WASHINGTON, July 22, 2014 –",
# "GOMA, Democratic Republic of the Congo, Oct 30 —", "NEW DELHI/ISLAMABAD (Reuters) -" (a place in capitals, then
# a date, a region or an agency, then a dash)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’-]*(?: [\w.'’-]+){0,5}?)?"
    r"(?:, " + _MONTH + r" \d{1,2}(?:, \d{4})?| \([A-Z][\w .]{1,20}\))\s*[—–-]{1,2}\s+")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial rather than a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    # single capital initial: "Joseph R. Biden", or dotted acronyms "U.S."
    if len(word) == 1 and word.isupper():
        return True
    return bool(_ACRONYM.fullmatch(word))


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans `(s, e)` in `text[start:end]`, trimmed of whitespace and list bullets.

    >>> t = "Mr. Smith met U.S. officials. He left."
    >>> [t[s:e] for s, e in split(t)]
    ['Mr. Smith met U.S. officials.', 'He left.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, end))
    for b0, b1 in blocks:
        s = b0
        for m in _END.finditer(text, b0, b1):
            first_dot = m.start()
            if text[first_dot] == "." and m.end() - first_dot == 1 and _is_abbreviation(text, first_dot):
                continue
            spans.append((s, m.end()))
            s = m.end()
        spans.append((s, b1))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        bullet = _BULLET.match(text, s, e) or _DATELINE.match(text, s, e)
        if bullet:
            s = bullet.end()
        while e - s > MAX_SENTENCE:  # no sentence end in sight: cut at the last space before the limit
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


_QUOTE_MARK = re.compile(r"[\"“”]")


def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """Quotations `(qs, qe, continued)` in `text[start:end]`, marks included, across sentence ends but not across
    paragraphs: “ opens and ” closes; a straight quote opens or closes as it alternates. A quotation still open
    at its paragraph's end runs to it when the next paragraph opens with a quotation mark, which then goes on with
    it (`continued`), as news prose writes a quotation of several paragraphs; any other mark left open is no
    quotation.

    >>> t = '"We will act. Iraq is a menace," Putin said. Then he left.'
    >>> [t[a:b] for a, b, _ in quotations(t)]
    ['"We will act. Iraq is a menace,"']
    >>> t = 'He said: “We are patient.\\n\\n“We condemn it.”'
    >>> [(t[a:b], c) for a, b, c in quotations(t)]
    [('“We are patient.', False), ('“We condemn it.”', True)]
    """
    end = len(text) if end is None else end
    blocks, pos = [], start
    for m in PARAGRAPH.finditer(text, start, end):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, end))
    out: list[tuple[int, int, bool]] = []
    left_open = False
    for n, (b0, b1) in enumerate(blocks):
        opened, carried, left_open = None, left_open, False
        for m in _QUOTE_MARK.finditer(text, b0, b1):
            if m.group() == "“" or (m.group() == '"' and opened is None):
                opened = m.start()
            elif opened is not None:
                out.append((opened, m.end(), carried and opened == b0))
                opened = None
        goes_on = n + 1 < len(blocks) and text[blocks[n + 1][0] : blocks[n + 1][0] + 1] in ('"', "“")
        if opened is not None and goes_on:
            out.append((opened, b1, carried and opened == b0))
            left_open = True
    return out
