"""Hawaii Pidgin's question words (issue 45's thirty-ninth turn).

Pidgin marks the past with "wen" before the verb ("who I wen listen to da
most last week", "how many minutes Ada wen listen dis morning"), says "da"
for the, "wat" for what, "dis" and "dat" for this and that, "stay" for an
ongoing state ("wat kine music I stay into") and "how much times" for how
many times.

Read first, on the words as said, as `doric_en` is: every reader after it
looks for "what", "did" and "the". "Wen" is the past only between a listener
and a verb, so "when" spelled "wen" elsewhere is left to the readers that
know it; "da" is the article only before a word that is no name's ("Da
Funk" is Daft Punk's).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_VERBS: Final = (
    r"(?:listen|play|hear|spin|skip|stream|start|end|wake|put|have|had|get|discover"
    r"|find|replay|bump|blast)"
)
_WHO: Final = r"(?:i|we|us|ada|you|dey|they)"

_PAST: Final = {
    "have": "had",
    "had": "had",
    "hear": "heard",
    "spin": "spun",
    "get": "got",
    "put": "put",
    "find": "found",
    "wake": "woke",
    "skip": "skipped",
}


def _past(found: re.Match[str]) -> str:
    """Return "I wen play" as "I played"."""
    verb = found["verb"].lower()
    return f"{found['who']} {_PAST.get(verb, verb.removesuffix('e') + 'ed')}"


PIDGIN_EN: Final[tuple[Rule, ...]] = (
    (r"\bwat\b", "what"),
    (r"\bwat's\b", "what's"),
    (r"\bdis\b", "this"),
    (r"\bdat\b", "that"),
    (r"\bdem\b", "them"),
    (r"\bdese\b", "these"),
    (r"\bova\b", "over"),
    (r"\bfo (?=me|us|you|real)\b", "for "),
    (r"\bnumba\b", "number"),
    (r"\bodda\b", "other"),
    (r"\bkine\b", "kind of"),
    (r"\bda\b(?! funk\b)", "the"),
    (r"\bhow much times\b", "how many times"),
    (r"\bmo (?=than\b)", "more "),
    (r"\bmo\b(?=\W*$)", "most"),
    # "Wat I wen play", "who Ada wen listen to": the past, asked.
    (
        (
            rf"^(?P<lead>.*?\b(?:what|who|which \w+|how many \w+|how much|how long|when|where)"
            rf"(?: \w+){{0,2}}?) (?P<who>{_WHO}) wen (?P<verb>{_VERBS})\b"
        ),
        r"\g<lead> did \g<who> \g<verb>",
    ),
    (rf"\b(?P<who>{_WHO}) wen (?P<verb>{_VERBS})\b", _past),
    (r"\b(i|we) stay (?=(?:into|replaying|listening|playing|hooked)\b)", r"\1 am "),
    (r"^(?:ho|brah|braddah|eh),? (?:brah,? )?", ""),
    (r",? brah\b", ""),
)


def undo_pidgin(text: str, language: str) -> str:
    """Return a Pidgin speaker's question in the words every reader knows."""
    if language != "en":
        return text
    return rewrite(PIDGIN_EN, text, re.IGNORECASE)
