"""A Russian woman's dictated German at A2-B1 (issue 45's eighty-second turn, blind writer 552).

Read first of `said_as_written_de`, only on a sentence with her marks (the
listener after the question word or the period, the verb last): "in letzte
zeit von welche künstler ich bin so verrückt" (the top artists), "gestern
wir haben wie viel stunden gehört", "heute früh die daily war oder nein",
"letzte sommer ich habe kaffee takuba gehört ja", "lied la femme dargent
wann ich hab zum ersten mal gehört", "dont stop me now wann letzte mal
gelaufen" and "welche song ich immer weg drücke" (the song skipped most).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked
from .said_beside_de import KIND_SAID, PERIOD_SAID

# Her marks: the listener after the question word or the period, a verb last.
_RU_MARK: Final = re.compile(
    r"\b(?:ich|wir) (?:bin|sind|hab|habe|haben|immer|oft|meistens|ständig)\b|\boder nein$|\bgehört ja$"
    r"|\bwann (?:das )?(?:letzte|erste)[ns]? mal\b",
    re.IGNORECASE,
)
_RU: Final[tuple[Rule, ...]] = (
    # "in letzte zeit von welche künstler ich bin so verrückt".
    (
        (
            rf"^(?:({PERIOD_SAID}) )?(?:von|nach|auf) welche[nmrs]? ({KIND_SAID}) (ich|wir) (?:bin|sind)"
            r" (?:so |ganz |total )?(?:verrückt|süchtig|verliebt|begeistert)(?: (?:nach|von))?"
            rf"(?: ({PERIOD_SAID}))?$"
        ),
        r"welche \2 habe \3 \1 \4 am meisten gehört",
    ),
    # "gestern wir haben wie viel stunden gehört".
    (
        (
            rf"^({PERIOD_SAID}) (ich|wir) (hab|habe|haben) wie viele? (stunden|minuten|lieder|songs"
            r"|künstler|podcasts|mal) (?:gehört|gespielt)$"
        ),
        r"wie viele \4 \3 \2 \1 gehört",
    ),
    # "heute früh die daily war oder nein": did it play.
    (
        (
            rf"^({PERIOD_SAID}) (?:(?:die|der|das|den) )?(.+?) (?:war|lief|gelaufen)"
            r" (?:oder nein|oder nicht|ja oder nein)$"
        ),
        r"habe ich \1 \2 gehört",
    ),
    # "letzte sommer ich habe kaffee takuba gehört ja".
    (
        (
            rf"^({PERIOD_SAID}) (ich|wir) (hab|habe|haben) (.+?) (?:gehört|gespielt)"
            r" (?:ja|oder|oder nein|oder nicht|ja oder nein)$"
        ),
        r"\3 \2 \1 \4 gehört",
    ),
    # "lied la femme dargent wann ich hab zum ersten mal gehört": the kind
    # said before the name is no part of it.
    (
        (
            rf"^(?:(?:das|der|die) )?{KIND_SAID} (.+?) wann (ich|wir) (?:hab|habe|haben)"
            r" (zum ersten mal|das erste mal|zuerst|zum letzten mal|das letzte mal|zuletzt)"
            r" (?:gehört|gespielt)$"
        ),
        r"wann habe \2 \1 \3 gehört",
    ),
    # "dont stop me now wann letzte mal gelaufen".
    (
        # Only a name said alone, no clause before it ("seit wann kenn ich das
        # Lied Eres, wann erste Mal gespielt" stays another reader's).
        (
            r"^(?!.*\b(?:wann|wie|was|welche[snrm]?)\b.* wann\b)([^,?.!]+?) wann"
            r" (?:das |zum )?(letzte|erste)[ns]? mal (?:gelaufen|gehört|gespielt)$"
        ),
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    # "welche song ich immer weg drücke": the song skipped most.
    (
        (
            rf"^welche[nmrs]? ({KIND_SAID}) (ich|wir) (?:immer|oft|meistens|ständig)"
            r" (?:weg drücke|wegdrücke|weg drücken|wegdrücken|weiter drücke|weiterdrücke"
            r"|überspringe|skippe)$"
        ),
        r"welche \1 überspringe \2 am meisten",
    ),
)


def said_by_a_russian_dictating(text: str) -> str:
    """Return `text` in standard word order where it has her marks."""
    return rewrite_marked(_RU_MARK, _RU, text, squeeze=True)
