"""German of a nine-year-old asking about the family's music (issue 45's seventy-fifth turn).

Blind writer 512, a child of nine, makes strong verbs weak ("gelauft" for
"gelaufen", "ist ... gelauft", "hat ... gelaufen"), names a song by how it
goes ("das Lied wo so geht one more time"), says "wo" for "das" ("das
Lied wo dauernd läuft"), "Sachen angemacht" for what played and "mein
ganzes Jahr" for this year. "Wie viele Lieder sind gestern gelauft" had
counted a song named "gelauft"; "wie war mein ganzes Jahr" had answered
this month, a wrong fact.

Read on the words as said, in `said_as_written_de`, gated by the child's
marks. "Angemacht" is read as played only beside "Sachen", "Lieder" or
"Musik": a light or a heating switched on stays Home Assistant's.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:gelauft|(?:lied|song) wo|sachen|ganzes? (?:jahr|woche|monat)|hat\b.*\bgelaufen)\b",
    re.IGNORECASE,
)

CHILD_NINE_DE: Final[tuple[Rule, ...]] = (
    # A weak past of "laufen", with either helper verb.
    (r"\b(ist|sind|hat|haben)\b(.*?)\bgel(?:auft|aufen)\b", r"\1\2gelaufen"),
    (r"\b(?:hat|haben) (.+?) gelaufen\b", r"ist \1 gelaufen"),
    (r"^wie lange (?:ist|sind) (.+?) gelaufen\b", r"wie lange lief \1"),
    (
        r"^wie (?:oft|viele?) (lieder|songs|sachen) (?:ist|sind) (.+?) gelaufen\b",
        r"wie viele \1 liefen \2",
    ),
    (r"^wie oft (?:ist|sind) (.+?) gelaufen\b", r"wie oft lief \1"),
    # "Das Lied wo so geht X": the song named by how it goes.
    (r"\b(das lied|der song|das stück)(?: wo| das)? so geht\b", r"\1"),
    # "Das Lied wo dauernd läuft": "wo" for the relative "das".
    (r"\b(das lied|der song) wo\b", r"\1 das"),
    # "Sachen angemacht": what was put on, the plays counted.
    (
        r"^wie viele? sachen (hab|habe|haben) (ich|wir) (.+?) angemacht\b,?(?: so)?(?: insgesamt)?",
        r"wie oft \1 \2 \3 was gehört",
    ),
    # "Mein ganzes Jahr": this year's whole, as "mein Jahr".
    (r"\b(mein|unser) ganzes jahr\b", r"\1 jahr"),
    (r"\b(meine|unsere) ganze woche\b", r"\1 woche"),
    (r"\b(mein|unser) ganzer monat\b", r"\1 monat"),
)


def said_as_child_nine(text: str) -> str:
    """Return `text` with a nine-year-old's German said in standard words."""
    return rewrite_marked(_MARK, CHILD_NINE_DE, text, squeeze=True)
