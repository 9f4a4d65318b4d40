"""An Accra secondary-school teacher's English (issue 45's seventy-fifth turn, blind writer 509).

Ghanaian English asks for a thing as a want ("Please, I want a review of my
whole year of listening."), and says the year, month or week meant as "my
whole year": the net caught the question, but no reader knew "I want a
review of" as asking for the recap, nor "my whole year" as this year, and
Encore asked what was meant. Her "ei", "chale" first and "ooo" last ask
nothing (they are also Home Assistant's skip words in `en.yaml`).

Run on the words as said; only a sentence with one of her marks is read
(`_MARK`), so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    # Never "please" alone: anyone says it, and older readers read it.
    r"\b(?:ooo+|ei|chale|by all means|small small)\b"
    r"|\bi (?:want|need) (?:a|the) (?:review|recap|summary|rundown)\b",
    re.IGNORECASE,
)

_ACCRA_TEACHER_EN: Final[tuple[Rule, ...]] = (
    # "Ei, ...", "Chale, ...": surprise or an address before the question.
    (r"^(?:(?:ei+|chale|please)[,!.]?\s+)+(?=\w)", ""),
    # "... ooo": a closing stress, nothing asked.
    (r"[,\s]+o{3,}\s*([?.!]*)\s*$", r"\1"),
    # "I want a review of my whole year": asking for the recap.
    (
        r"\bi (?:want|need|would like|'d like) (a|the) (review|recap|summary|rundown) of\b",
        r"give me \1 \2 of",
    ),
    # "My whole year (of listening)": the year, month or week itself.
    (r"\bmy whole (year|month|week)(?: of (?:listening|music))?\b", r"my \1"),
)


def said_by_an_accra_teacher(text: str) -> str:
    """Return an Accra teacher's question said in the English later readers know."""
    return rewrite_marked(_MARK, _ACCRA_TEACHER_EN, text)
