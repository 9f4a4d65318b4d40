"""A Syrian man's dictated German at A2-B1 (issue 45's eighty-third turn, blind writer 557).

Blind writer 557, a Syrian in Bremen, dictates his German to a recogniser
that writes no punctuation: the thing he asks about first, the question
word late and the verb last, an Arabic "yani" or "wallah" before it. Four
of his ways of asking reached no reader:

- "dritte november was ich höre da" (a date said bare, "am" left out: what
  played that day);
- "jeden tag ich höre seit wie viel tage schon" (the days in a row he
  listened: the streak);
- "the dayli podcast letzte mal wann war" (the name first, "letzte mal
  wann" after it: its last play; "dayli" is the recogniser's Daily, which
  the history's name matching finds);
- "immer weiter drücke ich bei welche song" (the song he skips most).

Other learners of his kind say the same with "erste mal" for the first
play, "wegdrücken" for a skip, the kind first ("bei welche sänger ich
drücke immer weiter"), or the streak's "seit wie viel tage ich höre jeden
tag". Read first of `said_as_written_de` after the noisy room, only where
his marks are heard (`_MARK`: a question word said after the listener or
the name, "jeden tag ich", "drücke ich bei welche"); each rule holds to
its own whole question, so a command ("immer weiter drücken") or a
standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked
from .said_beside_de import KIND_SAID

_MONTH: Final = r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
# A day of the month said as an ordinal ("dritte", "zwanzigste", "3.").
_ORDINAL: Final = (
    r"(?:\d{1,2}\.?|(?!(?:letzte|vorletzte|nächste|diese)n?\b)[a-zäöüß]+(?:te|ste)n?)"
)

_MARK: Final = re.compile(
    rf"^(?:am )?{_ORDINAL} {_MONTH} (?:was|wat)\b|\bjeden tag (?:musik )?(?:ich|wir)\b"
    r"|\bjeden tag$|\b(?:letzte|erste)[ns]? mal wann\b"
    r"|\b(?:drücke|drück|drücken) (?:ich|wir) bei welche|\bbei welche[nmrs]? \w+ (?:ich|wir) (?:drücke|drück)",
    re.IGNORECASE,
)


def _on_the_day(found: re.Match[str]) -> str:
    """Return the question of what played on the day he said bare."""
    day = found[1] if found[1][-1] in ".n" or found[1][0].isdigit() else f"{found[1]}n"
    return f"was habe {found[3]} am {day} {found[2]} gehört"


_SYRIAN: Final[tuple[Rule, ...]] = (
    # "dritte november was ich höre da": what played that day.
    (
        (
            rf"^(?:am )?({_ORDINAL}) ({_MONTH}),? (?:was|wat) (ich|wir) (?:höre|hören|hör|habe gehört"
            r"|hab gehört|gehört|gehört habe|gehört hab)(?: (?:da|dann|an diesem tag))?\W*$"
        ),
        _on_the_day,
    ),
    # "jeden tag ich höre seit wie viel tage schon": the streak.
    (
        (
            r"^(?:jeden|jede) tag (?:musik )?(ich|wir) (?:höre|hören|hör)(?: musik)? seit wie (?:viel|viele)"
            r" (?:tag|tage|tagen)(?: (?:schon|jetzt|schon jetzt))?\W*$"
        ),
        r"wie viele tage am stück habe \1 gehört",
    ),
    (
        (
            r"^seit wie (?:viel|viele) (?:tag|tage|tagen) (?:schon )?(ich|wir) (?:höre|hören|hör)"
            r"(?: musik)? (?:jeden|jede) tag\W*$"
        ),
        r"wie viele tage am stück habe \1 gehört",
    ),
    # "the dayli podcast letzte mal wann war": a name's last (or first)
    # play, said before "letzte mal wann"; only a name said alone.
    (
        (
            r"^(?!.*\b(?:wann|wie|was|welche[snrm]?|ich|wir)\b.* (?:letzte|erste)[ns]? mal wann\b)"
            r"([^,?.!]+?),? (?:das |zum )?(letzte|erste)[ns]? mal wann(?: (?:war|lief|gelaufen"
            r"|gehört|gespielt|ich gehört|ich hab gehört|ich habe gehört|hab ich gehört))?\W*$"
        ),
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    # "immer weiter drücke ich bei welche song": the one skipped most.
    (
        (
            r"^(?:immer|oft|meistens|ständig) (?:weiter|weg) (?:drücke|drück|drücken) (ich|wir)"
            rf" bei welche[nmrs]? ({KIND_SAID})\W*$"
        ),
        r"welche \2 überspringe \1 am meisten",
    ),
    (
        (
            rf"^bei welche[nmrs]? ({KIND_SAID}) (ich|wir) (?:drücke|drück|drücken)"
            r" (?:immer|oft|meistens|ständig) (?:weiter|weg)\W*$"
        ),
        r"welche \1 überspringe \2 am meisten",
    ),
)


def said_as_syrian_dictating(text: str) -> str:
    """Return `text` in standard word order where it has his marks."""
    return rewrite_marked(_MARK, _SYRIAN, text, squeeze=True)
