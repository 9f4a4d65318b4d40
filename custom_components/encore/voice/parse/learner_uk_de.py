"""German as a Ukrainian learner says it (issue 45's sixty-ninth turn).

Blind writer 467 left articles off, as Ukrainian has none, doubled a word
for "very" ("welche Lied ich hören viel viel": the song heard the most; the
doubled word hid it, and what played was answered: a wrong fact), put the
infinitive after "habe" ("ich habe hören Justice"), said the period or the
name first ("Samstag was Ada hat gehört", "Radiohead ich habe gehört schon
mal"), and slipped Ukrainian words in: "skilky raziv" (how many times),
"pisnia" (song); "vchora" (yesterday) is read by `world_times`, first.

Read on the words as said, before any reader of `plainly.WAYS` keys on
them; the learners' readers after it (`learner_vi_de`) then read "welche
Lied ich hören viel". A name is moved whole and keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_DAYS: Final = frozenset(
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
)
# A day or a period said first, a day bare of its "am": "Samstag", "gestern".
_PERIOD: Final = (
    rf"(?:heute|gestern|vorgestern|(?:am )?(?:{'|'.join(sorted(_DAYS))})"
    r"|(?:letzte|letzten|diese|diesen) \w+)"
)
# The end of what was said, a question's mark left after it.
_END: Final = r"(?=[?.!]*$)"


def _on_day(period: str) -> str:
    """Return a bare day as "am <day>", any other period as said."""
    return f"am {period}" if period.casefold() in _DAYS else period


LEARNER_UK_DE: Final[tuple[Rule, ...]] = (
    # Ukrainian words: "skilky raziv" (скільки разів), "pisnia" (пісня).
    (r"\bskil'?ky raziv\b", "wie oft"),
    (r"\bpisn(?:ia|ja|ya|iu)\b", "Lied"),
    # A word doubled for "very": "ich hören viel viel" is the most heard.
    (r"\b(viel|oft) \1\b", r"\1"),
    # "Welche Lied ich hören viel": the song heard the most, as "am meisten".
    (
        r"\bwelche[rs]? (lied|song|künstler|band|album|podcast) ich (?:hören|höre) (?:viel|oft)\b",
        r"welche \1 habe ich am meisten gehört",
    ),
    # The infinitive after "habe": "ich habe hören X" is "ich habe X gehört".
    (
        rf"\b(ich habe|habe ich) (hören|spielen) (.+?)(?= oder nicht\b| ja oder nein\b|{_END})",
        lambda found: (
            f"{found[1]} {found[3]}"
            f" {'gehört' if found[2].casefold() == 'hören' else 'gespielt'}"
        ),
    ),
    # The period first, then "ich habe X gehört oder nicht": a yes or no.
    (
        rf"^({_PERIOD}),? ich habe (.+?) (gehört|gespielt) oder nicht{_END}",
        lambda found: f"habe ich {_on_day(found[1])} {found[2]} {found[3]}",
    ),
    # A name said first: "Radiohead ich habe gehört schon mal" asks whether.
    (
        rf"^([^,]+?) ich habe (gehört|gespielt) (schon mal|schon einmal|jemals){_END}",
        r"habe ich \3 \1 \2",
    ),
    # The period first, the verb last: "Samstag was Ada hat gehört".
    (
        rf"^({_PERIOD}),? was (\w+) hat (gehört|gespielt){_END}",
        lambda found: f"was hat {found[2]} {_on_day(found[1])} {found[3]}",
    ),
)


def said_learner_uk_de(text: str) -> str:
    """Return a German question as said with a Ukrainian learner's habits undone."""
    return " ".join(rewrite(LEARNER_UK_DE, text, re.IGNORECASE).split())
