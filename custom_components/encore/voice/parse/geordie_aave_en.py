"""Tyneside and African American English (issue 45's sixty-seventh turn).

A Geordie (blind writer 446) says "us" for me ("how much time did us
spend on podcasts", "what's on heavy rotation wi us": read as the whole
household's, wrong facts), "te" for to and "neet" for night ("what was on
at quarter te eight last neet": the clock had been lost, a wrong fact),
"wor" for our, "gis a look at" for show me. An AAVE speaker (writer 447)
says "who new i been listening to" (new artists; what played had been
answered, a wrong fact) and the habitual "be": "which artist i be passing
on the most" (skipping; the top artist had been answered).

"Us" is me only after "did" or "wi" (with), where a Geordie's object
stands; "did we" stays the household.
"""

import re

from .rules import Rule, rewrite

GEORDIE_AAVE_EN: tuple[Rule, ...] = (
    # -- Tyneside ------------------------------------------------------------------
    (r"\bdid us\b", "did i"),
    (r"\bwi us\b", "with me"),
    (
        r"\bte (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
        "to ",
    ),
    (r"\b(listened|listenin|listening|listen) te\b", r"\1 to"),
    (r"\b(last|the|this) neet\b", r"\1 night"),
    (r"\bwor (?=(?:ada|[\w]+) been\b)", "our "),
    (r"^gis a (?:quick )?look at what\b", "show me what"),
    # "Any artists this month that ah'd never heard before": new artists
    # (read as did I play one named "before").
    (
        r"^any (artists|bands|singers) (?P<when>[\w ]+?) that (?:ah'd|i'd|ah had|i had) never heard(?: of)? before\W*$",
        r"which new \1 did i hear \g<when>",
    ),
    # -- AAVE ------------------------------------------------------------------------
    # "Who new i been listening to lately": new artists.
    (
        r"^who new (?:i|we) (?:been|be) (?:listening|listenin|playing|playin)(?: to)?\b",
        "which new artists have i been listening to",
    ),
    # "How much queen i been had on this week": did I have on.
    (
        r"^how much (?P<name>[\w' .&-]+?) (?:i|we) been had on\b",
        r"how much did i have \g<name> on",
    ),
    # "Which artist i be passing on the most when they come on": skip.
    (
        (
            r"\b(which|what) (\w+) (?:i|we) (?:be )?(?:passing|passin) on (?:the )?most"
            r"(?: when (?:they|it|he|she) comes? on)?\b"
        ),
        r"\1 \2 do i skip the most",
    ),
)


def said_in_geordie_or_aave(text: str) -> str:
    """Return a Geordie's or an AAVE speaker's question in plain English."""
    return rewrite(GEORDIE_AAVE_EN, text, re.IGNORECASE)
