"""`when.table`: a rule skipped for want of its letters could never have matched.

`normalize` and the speakers' tables (`parse.rules.rewrite`) try each
rewrite only where the text holds the literal text every match of it needs
(issue 45's seventy-ninth turn, to cut the parser's time). These tests check
the letters read from a pattern, with case kept and ignored, and that every
table of `normalize` gives, over the runs of words of real written
questions, exactly what applying each of its rules would. The pinned
readings of every written question (`test_written_from`) check the
speakers' tables the same way.
"""

from collections.abc import Iterator
import re

import pytest

from custom_components.encore.voice.parse.rules import rewrite
from custom_components.encore.voice.when import context, homophones, misspelt, shorthand
from custom_components.encore.voice.when.table import RewriteTable, needed_text

from .written_from import pinned


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bfortnight\b", "fortnight"),
        # The longest sure piece, outside and inside a group.
        (r"\b(last|this) weekend\b", " weekend"),
        (r"\bvor(?:ge)?stern\b", "stern"),
        (r"(\d+)(?:st|nd|rd|th) of (jan|feb)", " of "),
        # A piece repeated at least once is sure; one that may be left out is not.
        (r"(?:ab)+c?", "ab"),
        (r"x(?:yz)?", "x"),
        # Nothing sure: alternatives, classes, case turned on in a group.
        (r"\b(?:tonite|2nite)\b", ""),
        (r"[a-z]+", ""),
        (r"(?i:monday)", ""),
    ],
)
def test_the_letters_a_pattern_needs(pattern: str, needed: str) -> None:
    """Each pattern needs the text named; "" when no text is sure."""
    assert needed_text(re.compile(pattern)) == (needed, False)


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("Wochenende", "wochenende"),
        ("(?i)Wochenende", "wochenende"),
        # "i" and "s" match the dotless i and the long s too: left out.
        ("Fortnight", "fortn"),
        ("LIEBLINGSSONG", "ebl"),
        # A group that keeps case is found in the folded text as well.
        ("(?-i:Listened) to", "tened"),
        ("höre gestern", "höre ge"),
    ],
)
def test_the_letters_a_pattern_without_case_needs(pattern: str, needed: str) -> None:
    """With case ignored the letters are compared folded, as `re` compares them."""
    assert needed_text(re.compile(pattern, re.IGNORECASE)) == (needed, True)


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        ("last week", "LAST WEEK"),
        # The long s, the Kelvin sign, the capital sharp s and a dotted
        # capital I are each one of these letters to `re` with case ignored.
        ("last week", "la\u017ft week"),
        ("kiss", "\u212aISS"),
        ("heiß", "HEI\u1e9e"),
        ("kiss me", "K\u0130SS ME"),
        ("größte", "GRÖSSTE"),
    ],
)
def test_a_rule_without_case_is_tried_wherever_it_matches(
    pattern: str, said: str
) -> None:
    """No text `re` matches with case ignored is skipped for want of letters."""
    matched = re.search(pattern, said, re.IGNORECASE) is not None
    assert rewrite(((pattern, "X"),), said, re.IGNORECASE) == ("X" if matched else said)


def test_rules_apply_in_order_as_written() -> None:
    """A rule's output is the next one's input, skipped or not."""
    table = RewriteTable(
        [
            (re.compile(r"\bystrdy\b"), "yesterday"),
            (re.compile(r"\byesterday eve\b"), "yesterday evening"),
            (re.compile(r"\bnever\b"), "once"),
        ]
    )
    assert table.apply("what played ystrdy eve") == "what played yesterday evening"
    assert len(table) == 3
    assert [pattern.pattern for pattern, _ in table] == [
        r"\bystrdy\b",
        r"\byesterday eve\b",
        r"\bnever\b",
    ]


def _runs_of_words() -> Iterator[str]:
    """Every run of up to 12 words of every 150th pinned question, lowercase."""
    for _language, text in sorted(pinned())[::150]:
        words = text.lower().split()
        for length in range(1, min(12, len(words)) + 1):
            for start in range(len(words) - length + 1):
                yield " ".join(words[start : start + length])


@pytest.mark.parametrize(
    "table",
    [
        context._SAID_OTHERWISE,
        shorthand._ALWAYS,
        homophones._SOUND_ALIKES,
        misspelt._HEARD_DE,
        misspelt._HEARD_EN,
    ],
    ids=["said_otherwise", "shorthand", "sound_alikes", "heard_de", "heard_en"],
)
def test_a_table_gives_what_every_rule_would(table: RewriteTable) -> None:
    """Over real questions' words, the table equals applying each rule in turn."""
    runs = sorted(set(_runs_of_words()))
    assert len(runs) > 10_000
    for said in runs:
        plain = said
        for pattern, replacement in table:
            plain = pattern.sub(replacement, plain)
        assert table.apply(said) == plain, said
