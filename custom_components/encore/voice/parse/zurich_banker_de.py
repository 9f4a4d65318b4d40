"""A Zurich banker's Swiss Standard German (issue 45's seventy-third turn, blind round twelve).

Blind writer 498 writes Swiss Standard German with a banker's precision:
"seit anfangs Oktober" (since the start of October: read as October alone,
a wrong fact), "seit anfangs Monat", "Letztmals Wet Leg
gehört - wann war das?", "Welche Interpreten habe ich im Oktober erstmals
gehört?" (the new artists), "Einen kurzen Rapport über meinen Monat"
(a recap), "Zeitaufwand für Podcasts im Oktober" (how long), "Stand heute:"
before a question (as of today: no period), "gemäss Ihren Daten" (an
aside), and a story before its question after a dash ("Am Samstag haben
wir grilliert - was lief da bei uns an Musik?").

Switzerland's "seit anfangs" before a month or a period is "seit Anfang":
a start read is a period ("seit Anfang Oktober"); a start, middle or end
that is no period's ("anfangs Monat", "Ende Oktober", "per Ende Monat") is
asked back (`utterance.unread_time`), never answered for the whole month,
today or all time.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_MONTH = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember)"
)
_ARTICLE = {"monat": "des Monats", "jahr": "des Jahres", "woche": "der Woche"}

ZURICH_BANKER: Final[tuple[Rule, ...]] = (
    # "seit anfangs Oktober", "seit anfangs Monat": since its start. Only
    # after "seit": a start said alone ("anfangs Monat") stays as said, and
    # is asked back (`utterance.unread_time`), never read as all time.
    (rf"\bseit anfangs (?={_MONTH}\b)", "seit Anfang "),
    (
        r"\bseit anfangs (monat|jahr|woche)\b",
        lambda found: f"seit Anfang {_ARTICLE[found[1].lower()]}",
    ),
    # "gemäss Ihren Daten", "gemäss Ihrer Statistik": an aside.
    (
        (
            r",?\s*\bgemä(?:ss|ß) (?:ihren|ihrer|ihrem|meinen|meiner|den|der) (?:daten"
            r"|aufzeichnungen|statistik|statistiken|auswertung|unterlagen)\b,?"
        ),
        "",
    ),
    # "Stand heute: An wie vielen Tagen ...": as of today, said after it.
    (r"^\s*stand heute:\s*(.+?)\s*([?.!]*)$", r"\1, Stand heute\2"),
    # "Letztmals Wet Leg gehört - wann war das?"
    (
        (
            r"^\s*(letztmals|erstmals|zuletzt|zuerst) (.+?) (?:gehört|gespielt|gelaufen)"
            r"\s*[\u2013\u2014-]+\s*wann (?:war|ist) (?:das|des)\W*$"
        ),
        lambda found: (
            f"wann habe ich {found[2]} "
            f"{'zuletzt' if found[1].lower() in ('letztmals', 'zuletzt') else 'zum ersten Mal'}"
            " gehört?"
        ),
    ),
    # "Wer führt im Oktober meine Rangliste an?": who is at the top.
    (
        (
            r"\b(wer|welche[rsn]? \w+) (?:führt|führte) (.*?)\b(?:meine|unsere)"
            r" (?:rangliste|bestenliste|hitparade) an\b"
        ),
        r"\1 ist \2auf Platz eins",
    ),
    (r"\bletztmals\b", "zuletzt"),
    (r"\berstmals\b", "zum ersten Mal"),
    # "Wann wurde X zum ersten Mal wiedergegeben": the passive's verb the
    # readers of "wann wurde X abgespielt" know.
    (r"\b(wurden? .{2,60}?) wiedergegeben\b", r"\1 abgespielt"),
    # "Einen kurzen Rapport über meinen Monat": a report is a recap.
    (r"\brapport\b", "Rückblick"),
    # "Zeitaufwand für Podcasts im Oktober": how long.
    (
        r"^\s*(?:der )?zeitaufwand (?:für|mit) (.+?)\s*([?.!]*)$",
        r"wie lange habe ich \1 gehört\2",
    ),
    # "Am Samstag haben wir grilliert - was lief da": a story, then its
    # question in a sentence of its own; never a question before the dash
    # ("Was habe ich gestern gehört - wer war das?").
    (
        (
            r"^(?!\s*(?:was|wer|wie|welche\w*|wann|wo|habe|hab|hat|haben|hast|sind)\b)"
            r"(.+?\b(?:haben|hatten|habe|hatte|sind|waren|bin|war) (?:wir|ich)\b"
            r"[^\u2013\u2014?]*?)\s+[\u2013\u2014]\s+"
            r"(?=(?:was|wer|wie|welche[nrsm]?|wann)\b)"
        ),
        r"\1. ",
    ),
)


def said_as_zurich_banker(text: str) -> str:
    """Return `text` with a Zurich banker's words said plainly."""
    return " ".join(rewrite(ZURICH_BANKER, text, re.IGNORECASE).split())
