"""Viennese as a pensioner says it (issue 45's seventy-first turn).

A Viennese pensioner (blind writer 483) says "vurig" for "vorig" ("vurigs
Joahr", "vurige Wochn", "vurigs Wochenend"), asks politely in the third
person plural, clipped ("Sagen's ma ...", "Erzählen's ma, ..."), and puts
right what he meant after the question ("..., vurigs Wochenend mein i").
"Vurigs Joahr" was no time and the top artist of all time was answered;
"am Wochenend, vurigs Wochenend mein i" was taken for the weekend habit
(both wrong facts); "Sagen's, wos is ..." was no question.

Each word is one no standard German sentence holds, so a title keeps its
words; the clarification is read only where "mein i" ends the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite

VIENNA_PENSIONER: Final[tuple[Rule, ...]] = (
    # "Sagen's ma", "Erzählen's ma,": the polite request before a question.
    (r"^(?:sagen|sogn|sag'n)'?s(?: (?:ma|mir|mia))?\b\s*,?\s*", "sag mal, "),
    (
        r"^(?:erzählen|verzählen|erzöhn)'?s(?: (?:ma|mir|mia))?\b\s*,?\s*",
        "erzähl mal, ",
    ),
    # "Vurvurigs Joahr": the one before last, never the last one.
    (r"\bvurvurigs\b", "vorletztes"),
    (r"\b(?:vurvurig|vorvorig)(e|es|en|er|em)\b", r"vorletzt\1"),
    (r"\bvorvorigs\b", "vorletztes"),
    # "Vurigs Joahr", "vurige Wochn", "vurigen Freitag": the one before.
    (r"\bvurigs\b", "voriges"),
    (r"\bvurig(e|es|en|er|em)\b", r"vorig\1"),
    (r"\bjoahr\b", "jahr"),
    # "..., vurigs Wochenend mein i": what was meant, said after the
    # question, takes back the time before it ("ich mein" is a correction).
    # Only a whole period said again with its "vurig", "letzt", "dies"
    # ("..., abends mein ich" narrows the clock, no period taken back).
    (
        r",\s*((?:vorig|vorletzt|letzt|dies)\w* \w+)\s+mein (?:i|ich)\W*$",
        r", ich mein \1",
    ),
)


def said_as_viennese_pensioner(text: str) -> str:
    """Return `text` with a Viennese pensioner's words said in standard ones."""
    return " ".join(rewrite(VIENNA_PENSIONER, text, re.IGNORECASE).split())
