"""An analyst's words for a listening question (issue 45's twenty-ninth turn).

A precise, analytical asker (blind writer 129, Edinburgh and Zürich) asked
in a report's words: "which artist accounted for the largest share of my
listening", "which podcast have I favoured", "which band's tracks do I most
often skip", "compared with the evenings, do I listen more in the
mornings", "between afternoons and late nights, when do I listen more",
"yesterday evening, between six o'clock and midnight"; "welcher Podcast
dominiert", "welche Künstler sind neu hinzugekommen", "wann erschien X zum
ersten Mal in meinem Verlauf", "im Zeitraum seit dem ersten November".
None was understood, or a part of the day compared was read as a ranking
narrowed to it. Each becomes the plain words of what it asks.
"""

import re
from typing import Final

from .rules import Rule, rewrite_in

_PARTS: Final = r"(?:mornings|afternoons|evenings|late nights|nights|weekends|weekdays)"


def _compared(found: re.Match[str]) -> str:
    """Return two parts of the day or week compared, as "... or ...?".

    The patterns name the parts in the order the answer says them: "compared
    with the evenings, … in the mornings" is mornings or evenings.
    """
    first, second = (
        part.replace("late nights", "nights") for part in found.group("first", "second")
    )
    return f"do {found['who']} listen more in the {first} or in the {second}"


_ANALYST: Final[dict[str, tuple[Rule, ...]]] = {
    "en": (
        (
            (
                r"\b(?:accounted|accounts|account) for the (?:largest|biggest|greatest|highest)"
                r" (?:share|proportion|part|portion|percentage) of (?:my|our) (?:listening|plays"
                r"|streams)\b"
            ),
            "did i listen to most",
        ),
        (
            r"\bhave (i|we) (?:favoured|favored|preferred)\b",
            r"have \1 listened to most",
        ),
        (r"\b(?:did|do) (i|we) (?:favour|favor|prefer)\b", r"did \1 listen to most"),
        (r"\b(band|artist|singer)'s (?:tracks|songs|tunes)\b", r"\1"),
        (
            (
                rf"^compared (?:with|to) (?:the )?(?P<second>{_PARTS}),? do (?P<who>i|we)"
                rf" listen more (?:in|on|at|during) (?:the )?(?P<first>{_PARTS})\b"
            ),
            _compared,
        ),
        (
            (
                rf"^between (?:the )?(?P<first>{_PARTS}) and (?:the )?(?P<second>{_PARTS}),?"
                r" when do (?P<who>i|we)"
                r" listen (?:more|most)\b"
            ),
            _compared,
        ),
        (
            (
                r"\b(evening),? between (?:six|6)(?: o'clock| pm| p\.m\.)? and (?:midnight|twelve"
                r"|12)(?: o'clock| am| at night)?\b"
            ),
            r"\1",
        ),
    ),
    "de": (
        (r"^(welche[rns]? \w+) dominiert (.*?)\W*$", r"\1 lief \2 am meisten"),
        (r"\bim zeitraum (?=(?:seit|von|vom|zwischen|ab)\b)", ""),
        (
            r"^welche (künstler|bands|interpreten|sänger) sind (.*?) neu hinzugekommen\b.*$",
            r"welche neuen \1 habe ich \2 entdeckt",
        ),
        (
            (
                r"^wann (?:erschien|tauchte|kam) (.+?) zum ersten mal(?: bei mir)?(?: auf| vor)?"
                r"(?: in meinem (?:verlauf|hörverlauf))?\b"
            ),
            r"wann habe ich \1 zum ersten mal gehört",
        ),
    ),
}


def said_as_analyst(text: str, language: str) -> str:
    """Return an analyst's question in its plain words."""
    return rewrite_in(_ANALYST, text, language)
