"""Sentence splitting: abbreviations, initials, quotes, bullets; spans are exact."""

from __future__ import annotations

import pytest

from graph.sentences import quotations, split


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Russia has been critical of U.S. policies. Iran agreed.",
            ["Russia has been critical of U.S. policies.", "Iran agreed."],
        ),
        (
            "President Joseph R. Biden, Jr. spoke with Ruto. They met.",
            ["President Joseph R. Biden, Jr. spoke with Ruto.", "They met."],
        ),
        ("Mr. Akiba met Dr. Año. Done.", ["Mr. Akiba met Dr. Año.", "Done."]),
        (
            "He said “cruel murderers.” The Israeli Prime Minister spoke.",
            ["He said “cruel murderers.”", "The Israeli Prime Minister spoke."],
        ),
        ("Intro:\n\n- The three NSAs met.\n- They agreed.", ["Intro:", "The three NSAs met.", "They agreed."]),
        ("Talks in the U.S. Capitol began. Iran left.", ["Talks in the U.S. Capitol began.", "Iran left."]),
        ("No end punctuation", ["No end punctuation"]),
    ],
)
def test_split_sentences(text, expected):
    spans = split(text)
    assert [text[s:e] for s, e in spans] == expected


def test_split_respects_start_offset():
    text = "title: x\n\nOne. Two."
    spans = split(text, 10)
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]
    assert all(s >= 10 for s, _ in spans)


def test_text_without_sentence_ends_is_cut_into_bounded_pieces():
    from graph.sentences import MAX_SENTENCE

    text = "word " * 2000
    spans = split(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)


@pytest.mark.parametrize(("text", "first"), [
    ("WASHINGTON, July 22, 2014 – Chuck Hagel spoke. He left.", "Chuck Hagel spoke."),
    ("GOMA, Democratic Republic of the Congo, Oct 30 — Tshisekedi accused Rwanda.", "Tshisekedi accused Rwanda."),
    ("MOSCOW/BAKU/YEREVAN, Nov 10 — Armenia and Azerbaijan agreed.", "Armenia and Azerbaijan agreed."),
    ("NEW DELHI (Reuters) - India said.", "India said."),
    # no date, region or agency: a name in capitals opening a sentence stays
    ("NATO — the alliance said so.", "NATO — the alliance said so."),
])
def test_a_wire_dateline_is_no_part_of_the_sentence(text, first):
    s, e = split(text)[0]
    assert text[s:e] == first


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will act. Iraq is a menace," Putin said.', [('"We will act. Iraq is a menace,"', False)]),
        ("He said “no.” Then “yes” came.", [("“no.”", False), ("“yes”", False)]),
        # left open at the paragraph's end: it runs there, and the next paragraph's opening quotation goes on with it
        ('He said: "One.\n\n"Two." Then "three".', [('"One.', False), ('"Two."', True), ('"three"', False)]),
        # a mark left open at a paragraph's end is no quotation unless the next paragraph opens with one
        ('He said: "One.\n\nThen "two".', [('"two"', False)]),
        ('Putin said "no. Then he left. Iraq is a menace, the diplomats believe.', []),
        ("A closing mark with none open ” is no quotation.", []),
    ],
)
def test_quotations_span_sentences_not_paragraphs(text, expected):
    assert [(text[a:b], c) for a, b, c in quotations(text)] == expected


def test_many_quotation_marks_pair_in_order():
    text = '"a. ' * 20_000 + "“b” " * 20_000
    spans = quotations(text)
    assert len(spans) == 30_000 and all(b > a for a, b, _ in spans)
