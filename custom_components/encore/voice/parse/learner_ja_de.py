"""German as a polite Japanese learner says it (issue 45's sixty-eighth turn).

Blind writer 460 kept Japanese order in German: the period and the person
first, the verb last ("Ada diese Woche wie lange gehört hat, bitte",
"Heute erste Lied welche war, bitte"), a yes or no asked as "vorgestern
ich Queen gehört oder nicht" (…か), and each question opened with an
apology ("Entschuldigung, am Samstag was habe ich gehört", すみません).
The apology read as a clause of its own, so the question after it went
unanswered, and the bare "ich X gehört oder nicht" had no verb to ask
with. Read on the words as said, before a comma clips them.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A period said first, as the learner says it: a day, "diese Woche"...
_PERIOD: Final = (
    r"(?:heute|gestern|vorgestern|(?:am|letzten|letzte|diese|diesen|dieses|letztes)"
    r" \w+|im \w+|seit \w+)"
)

_SAID_JA_DE: Final[tuple[Rule, ...]] = (
    # An apology (すみません) or "bitte" opening the question asks nothing.
    (r"^(?:entschuldigung|entschuldigen sie|verzeihung),\s*(?=\w)", ""),
    # "Vorgestern ich Queen gehört oder nicht": a yes or no with the verb
    # left out; the period and the name keep their words.
    (
        (
            rf"^(?:bitte,?\s*)?({_PERIOD}),? (ich|wir) (?:(?:habe|hab|haben) )?([^,?.!]+?)"
            r" (gehört|gespielt) (?:oder nicht|oder nein|ja oder nein)\b"
        ),
        lambda found: (
            f"{'habe' if found[2].casefold() == 'ich' else 'haben'} {found[2]}"
            f" {found[1]} {found[3]} {found[4]}"
        ),
    ),
    # "Ada diese Woche wie lange gehört hat, bitte": the one asked about
    # first, "hat" last; without this the asker's own hours were answered.
    (
        (
            rf"^(\w+),? ({_PERIOD}),? (wie lange|wie oft|wie viel|wie viele \w+|was|wen|welche \w+)"
            r" (gehört|gespielt) hat\b"
        ),
        r"\3 hat \1 \2 \4",
    ),
)


def said_learner_ja_de(text: str) -> str:
    """Return a German question as said with a Japanese learner's order undone."""
    return rewrite(_SAID_JA_DE, text, re.IGNORECASE)
