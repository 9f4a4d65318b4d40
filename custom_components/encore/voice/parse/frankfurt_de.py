"""Hessian as a Frankfurt speaker says it (issue 45's seventy-first turn).

A Frankfurt speaker (blind writer 485) carries nearly every question on a
"dann" where the written language says "denn" ("Wie viel Lieder hab isch
dann heut morsche gespielt", "Daft Pank, wie oft lief der dann seit
Oktober"): the particle was read as a name ("nothing called dann"). He
says "liefe" for "liefen", "Tach" for "Tage" after a count, "vor ener
Woch" for a week ago, "uffs ganze Jahr" for the whole year, and ends on
a tag, ", wie?". The year of "en Rückblick uffs ganze Jahr" was no time,
and this month was summed up instead (a wrong fact); "am Freitag vor ener
Woch" was read as today.

Each rule is bound to the shape of a question: "dann" only right after
its verb (and the verb's pronoun) with the question going on, never "was
lief dann" at its end, where "dann" points back to a time told before
(`story_clauses`).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_VERB = (
    r"(?:hab|habe|hat|hatte|hadde|war|warn|waren|lief|liefe|liefen|läuft|is|ist|sin|sind"
    r"|hör|höre|drück|drücke|überspring|überspringe|kam|kame)"
)
_PRONOUN = r"(?:isch|ich|i|mer|wir|der|die|des|das|es|er|sie|de)"
_COUNT = (
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig"
    r"|dreißig|dreißisch|zwanzisch|\d+)"
)

FRANKFURT: Final[tuple[Rule, ...]] = (
    # "Hab isch dann heut ...", "wie oft lief der dann seit Oktober": the
    # particle, said "denn" in writing, asks nothing. Kept before the last
    # word and before "da", "grad", "noch", "so": there "dann" is the time
    # told before ("um acht war ich in der Küche, was hab ich dann gehört").
    (
        rf"\b({_VERB})((?: {_PRONOUN})?) dann\b(?= (?!(?:da|do|grad|gerade|noch|also|so)\b)\w+ \w)",
        r"\1\2",
    ),
    # "Vorvorisch Woch": the one before last, never the last one.
    (r"\bvorvorisch(?:e)? woch(?:e)?\b", "vorletzte woche"),
    (r"\bvorvorisch(?:es)? (jahr|johr|wochenend|wochenende)\b", r"vorletztes \1"),
    (r"\bvorvorisch(?:en)? (monat|sommer|winter|herbst|frühling)\b", r"vorletzten \1"),
    (r"\bvorvorisch(e|en|es|er|em)\b", r"vorletzt\1"),
    # "Vorisch Woch", "vorisch Jahr": the one before, its ending said or not.
    (r"\bvorisch(?:e)? woch(?:e)?\b", "vorige woche"),
    (r"\bvorisch(?:es)? (jahr|johr|wochenend|wochenende)\b", r"voriges \1"),
    (r"\bvorisch(?:en)? (monat|sommer|winter|herbst|frühling)\b", r"vorigen \1"),
    (r"\bvorisch(e|en|es|er|em)\b", r"vorig\1"),
    # "Wie lang liefe die Podcasts": "liefe" is "liefen".
    (r"\bliefe\b", "liefen"),
    # "In de letzte dreißisch Tach", "die letzte sieben Tach": days.
    (rf"\b(letzten?|{_COUNT}) tach\b", r"\1 tage"),
    # "Am Freitag vor ener Woch": a week ago.
    (r"\bvor (?:ener|einer|enner|aner) woch(?:e)?\b", "vor einer woche"),
    # "En Rückblick uffs ganze Jahr", "uff de ganze Monat": the whole one.
    (r"\buffs\b", "auf das"),
    (r"\buff (?:de|den|die) ganze\b", "auf den ganzen"),
    # ", wie?" after a question: a tag that asks for agreement, no "how".
    (r"(?<=\w)\s*,\s*wie\s*\?*\s*$", ""),
)


def said_in_frankfurt(text: str) -> str:
    """Return `text` with a Frankfurt speaker's particles and endings said plainly."""
    return " ".join(rewrite(FRANKFURT, text, re.IGNORECASE).split())
