"""A Texan long-haul trucker dictating hands-free (issue 45's seventy-third turn, blind writer 495).

The CB reader (`cb_radio_en`, blind writer 387) takes a sign off between
commas. Over road noise the recogniser drops the comma ("... the last
thirty days over", "breaker I hear any X") and he signs off with a bare
", copy": each had been read as a name ("nothing called over"). He says
"this here year" (this year: its "here" left the year unread, and a year
no reader reads is asked back), names a band by its man ("that cafe tacuba
fella"), clips the g ("wearin'"), says "plumb" (utterly) in "wearin' plumb out"
and "hittin' next on" a track for skipping it.
A bare "over" goes only after a word of time, so "over and over" and
"skip over" stay.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_TIME_WORD: Final = (
    r"(?:days?|week|weekend|month|year|today|tonight|night|yesterday|morning|afternoon|evening"
    r"|summer|winter|spring|fall|autumn|lately|recently|ever|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|tenth|twentieth|thirtieth)"
)

_TRUCKER_EN: Final[tuple[Rule, ...]] = (
    # "Breaker, I hear any X": the opener said once.
    (
        r"^breaker(?:,? (?:one-nine|one nine|1-9))?[,.!]?\s+(?=(?:i|we|did|how|what|who|which|when|any|gimme|give|have|my|was)\b)",
        "",
    ),
    # ", copy" and a sign-off after a word of time, its comma dropped.
    (r",\s*(?:copy|copy that|10-4|ten-four|ten four|roger)\s*([?.!]*)$", r"\1"),
    (
        rf"\b({_TIME_WORD}) (?:over and out|over|copy that|copy|10-4|ten-four|roger(?: that)?|good buddy)\s*([?.!]*)$",
        r"\1\2",
    ),
    # "This here year": this year.
    (r"\b(this|that) (?:here|there) (?=\w)", r"\1 "),
    # "That cafe tacuba fella": the band named by its man.
    (
        r"\bthat ([\w' .&-]+?) (?:fella|feller|fellas|fellers)\b",
        r"\1",
    ),
    # "Wearin' plumb out": the g clipped, "plumb" said for utterly.
    # Only the verbs of playing he clips: "a-playin'" and its kind are
    # Appalachia's (`appalachian_en`), read there.
    (r"(?<![\w-])(wear|hitt|crank|blast|pump|jamm|bump|can)in'(?!\w)", r"\1ing"),
    (r"\b(wearing|wore|worn|wear) plumb out\b", r"\1 out"),
    (r"\bplumb (?=(?:wore|worn|wearing|wear) out\b)", ""),
    # "Which track I'm always hittin' next on": the one skipped.
    (r"\b(?:hitting|pressing|mashing|punching) (?:next|skip) on\b", "skipping"),
)


def said_by_a_trucker(text: str) -> str:
    """Return a trucker's dictated question without his radio's signs."""
    return " ".join(rewrite(_TRUCKER_EN, text, re.IGNORECASE).split())
