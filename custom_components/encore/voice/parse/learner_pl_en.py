"""A Polish learner's English, B1 (issue 45's fifty-sixth turn, blind writer 352).

A Polish speaker dropped the articles English wants ("song of month"),
said the kind first and asked after it ("album of last three months for
me which one it is", "the song I always skip, which one is it") and
opened with her own words ("kurczę", "no so", Polish "no" being "well").
`learner_pl` reads her German and her word order in general; this reads
what her English says.
"""

import re

from .rules import Rule, rewrite

_KIND = r"(song|track|tune|album|record|artist|band|singer|podcast)"

_LEARNER_PL_EN: tuple[Rule, ...] = (
    # "Kurczę", "kurde", "no so": a Polish opener ("no" is "well").
    (r"^(?:kurczę|kurcze|kurde|no to|no więc),?\s+", ""),
    (r"^no,? so,?\s+(?=(?:what|which|who|when|how|did|have|was)\b)", ""),
    # "Song of month": the article dropped.
    (rf"\b{_KIND} of (month|year|week|summer)\b", r"\1 of the \2"),
    # "Album of last three months for me which one it is": the kind said
    # first, "which one" after.
    (
        (
            rf"^(?:my )?{_KIND} of (?:the )?(last (?:two|three|four|six|\d+) (?:months|weeks|days))"
            r"(?: for me)?,? which one (?:it is|is it)\W*$"
        ),
        r"which \1 did I play the most in the \2",
    ),
    # "The song I always skip, which one is it".
    (
        rf"^the {_KIND} (i|we) (always|usually|keep) skip(?:ping)?,? which one (?:it is|is it)\W*$",
        r"which \1 do \2 \3 skip",
    ),
)


def said_as_polish_learner(text: str) -> str:
    """Return a Polish learner's English question with its articles and order."""
    return rewrite(_LEARNER_PL_EN, text, re.IGNORECASE)
