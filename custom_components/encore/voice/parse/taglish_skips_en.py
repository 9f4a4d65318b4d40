"""Taglish's ranked skips and bands (issue 45's sixty-seventh turn).

Blind writer 448 asked "anong kanta yung lagi kong sini skip" (which song
do I always skip) and "sinong artist yung pinaka madalas kong i skip"
(which artist do I skip most often): Tagalog's reduplicated "sini-skip"
and its "i-" before an English verb; both had been answered with the
skip rate, a wrong fact. "Sino yung banda na lagi kong pinapatugtog" asks
for a band ("banda"), and had been answered with a song. Runs before
`taglish_en`, which knows neither.
"""

import re

from .rules import Rule, rewrite

_KIND = {"kanta": "song", "song": "song", "track": "track", "banda": "band"}
_KIND_OF = r"(?P<kind>kanta|song|track|artist|banda|band|singer)"
_LINK = r"(?: (?:yung|na|ang|ba))*"
_SKIP = r"(?:sini[- ]?skip|ini[- ]?skip|i[- ]?skip|skip)"


def _kind(found: re.Match[str]) -> str:
    """Return the English word of the kind said."""
    said = found["kind"].lower()
    return _KIND.get(said, said)


TAGLISH_SKIPS_EN: tuple[Rule, ...] = (
    (
        (
            rf"^(?:ano|anong|sino|sinong){_LINK} {_KIND_OF}{_LINK} (?:lagi|palagi|pinaka madalas|madalas)"
            rf" (?:kong|ko) {_SKIP}\b"
        ),
        lambda found: f"which {_kind(found)} do i skip the most",
    ),
    (
        rf"^(?:sino|sinong){_LINK} {_KIND_OF}{_LINK} (?:lagi|palagi) (?:kong|ko) (?:pinapatugtog|pinapakinggan)\b",
        lambda found: f"which {_kind(found)} do i play all the time",
    ),
)


def said_in_taglish_skips(text: str) -> str:
    """Return Taglish's ranked skips and bands in English."""
    return rewrite(TAGLISH_SKIPS_EN, text, re.IGNORECASE)
