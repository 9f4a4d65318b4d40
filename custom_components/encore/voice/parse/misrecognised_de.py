"""German as a poor recogniser writes it (issue 45's seventy-fourth turn, blind round thirteen).

Blind writer 507's questions pass through a speech recogniser that writes
homophones and splits words: "wahr" for "war" ("welcher pod cast wahr
dieses jahr mein favorit", "was wahr am mittwoch um 12 uhr mittags an":
not understood), "das" for "dass" after "stimmt es" (an area "ich gestern
justiz gehört hab"), "seid" for "seit" before "wie" ("seid wie fiel tagen
am stück": an area), and a word of time in two ("zu welcher tages zeit
höre ich am meisten": "tages zeit" was read as nothing and the top songs
of all time were answered, a wrong fact; "an welchem wochen tag").
`heard_de` reads the older slips ("wie fiel", "pot cast", "vor gestern");
`when.misspelt` reads "wochen ende" in a period.

Read on the words as said, in `said_as_written_de`. Each rule is bound to
the words around it, so no other German word is changed: "ist das wahr",
"nicht wahr" and "wahr, dass" keep their truth.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A word of time written as two. Its own table: a listed sentence's time
# slot holds the words as said ("was war mein lieblings lied im früh ling"),
# and `heard.clean_time` joins them too, or the slot reads no time and the
# answer covers all time (issue 45's seventy-fifth turn).
SPLIT_TIME_WORDS_DE: Final[tuple[Rule, ...]] = (
    # "tages zeit", "uhr zeit", "wochen tag", "nach mittag" after a day.
    (r"\btages zeit(en)?\b", r"tageszeit\1"),
    (r"\buhr zeit(en)?\b", r"uhrzeit\1"),
    (r"\bwochen tag(e|en|s)?\b", r"wochentag\1"),
    (r"\bwochen ende(n|s)?\b", r"wochenende\1"),
    (
        r"\b(heute|gestern|vorgestern|am|jeden|freitag|samstag|sonntag|montag|dienstag|mittwoch|donnerstag) (nach|vor) mittag(s)?\b",
        r"\1 \2mittag\3",
    ),
    (r"\bmitter nacht\b", "mitternacht"),
    # A weekday or a season in two: "letzten frei tag", "am diens tag",
    # "im früh ling"; the parts of a month or a year.
    (r"\b(mon|diens|donners|frei|sams|sonn) (tag|tags|tage)\b", r"\1\2"),
    (r"\bmitt (woch|wochs)\b", r"mitt\1"),
    (r"\bfrüh (ling|jahr)\b", r"früh\1"),
    (r"\b(jahres|monats|wochen) (anfang|beginn|ende|mitte)\b", r"\1\2"),
)

MISRECOGNISED_DE: Final[tuple[Rule, ...]] = (
    # "Stimmt es das ich ...", "ist es wahr das ich ...": the "dass" of a
    # claim to be checked.
    (
        r"\b(stimmt es|stimmts|stimmt's|ist es wahr|is es wahr|ist das wahr),? das (?=ich|wir)",
        r"\1, dass ",
    ),
    # "Wahr" for "war": after a question word, a name or a listener, never
    # after "es", "das", "nicht", "ist" or before ", dass" (a truth said).
    (
        (
            r"(?<!\bes )(?<!\bdas )(?<!\bnicht )(?<!\bnich )(?<!\bnet )(?<!\bned )(?<!\bist )"
            r"(?<!\bsei )(?<!\bso )(?<!\bja )\bwahr\b(?!,? dass?\b)"
        ),
        "war",
    ),
    (
        r"\bwahren\b(?= (?:das|die|meine|mein|am|im|in|letzte|diese|gestern|heute))",
        "waren",
    ),
    # "Seid wie fiel tagen", "seid wann": since, before a question word.
    (r"\bseid (?=wie\b|wann\b|wieviel)", "seit "),
    (r"\bwiederholungs (rate|quote)\b", r"wiederholungs\1"),
    # Never "musik geschmack": read apart, it is the taste in music, and
    # joined its "Musik" no longer says music.
    (r"\bhör (zeit|dauer)\b", r"hör\1"),
)


def said_as_misrecognised(text: str) -> str:
    """Return `text` with a recogniser's homophones and split words put right."""
    return rewrite(MISRECOGNISED_DE, time_words_joined(text), re.IGNORECASE)


def time_words_joined(text: str) -> str:
    """Return `text` with a word of time the recogniser split in two joined."""
    return rewrite(SPLIT_TIME_WORDS_DE, text, re.IGNORECASE)
