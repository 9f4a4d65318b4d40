"""The North East of Scotland's question words (issue 45's thirty-ninth turn).

Doric says "fit" for what, "fa" for who, "fan" for when and "foo" (or
"hoo") for how: "fit wis I listenin tae yesterday evenin", "fa did we hae
on the maist", "fan did I last hae Queen on", "foo mony plays". Its own
words for the week, the night, the afternoon and the rest follow: "wik",
"nicht", "efterneen", "hae", "hiv", "twa", "ony", "afore".

Read first, on the words as said: every reader after this one (the clip to
the question's clause, the chat around it, the period) looks for "what",
"who" and "how". Each question word is bound to the word a question puts
after it ("fit wis", "fa did", "foo mony", "fan am I"), so "keep fit", "a
fan of Queen" and "what a fan" are left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The words a question puts after its question word.
_ASKS: Final = (
    r"(?:wis|was|is|are|were|did|do|does|dae|hiv|have|has|had|hae|am|gets|got"
    r"|played|plays|'s|'ve)"
)
_KINDS: Final = (
    r"(?:song|songs|tune|tunes|track|tracks|album|albums|record|records|artist"
    r"|artists|band|bands|podcast|podcasts|show|shows|episode|episodes|music"
    r"|kind|sort|time|day|een|one|thing|things|stuff)"
)

DORIC_EN: Final[tuple[Rule, ...]] = (
    # -- the question words -----------------------------------------------------
    (r"\bfit's\b", "what's"),
    (r"\bfit (een|one)\b", "which one"),
    (rf"\bfit(?= (?:{_ASKS}|{_KINDS})\b)", "what"),
    # "..., fit wis it?", "fit is it": the question said last.
    (r"(?<=[,.…] )fit(?= (?:wis|was|is|were) (?:it|that|they)\b)", "what"),
    (r"\bfa's\b", "who's"),
    (rf"\bfa(?= {_ASKS}\b)", "who"),
    (r"\bfan(?= (?:did|do|dae|does|wis|was|is|am|are|were|hiv|have|had)\b)", "when"),
    (r"(?<=, )fan(?= (?:i|we|ye|you|the|ma|my)\b)", "when"),
    (
        r"\b(?:foo|hoo)(?= (?:mony|many|much|lang|long|aften|often|wis|was|did|do|dae)\b)",
        "how",
    ),
    (r"\bhoo's\b", "how's"),
    # "Foo lang's the run": how long the streak of days is.
    (r"\b(?:foo|hoo|how) lang's the run\b", "how long is my streak"),
    # -- the words of a question -------------------------------------------------
    (r"\bmony\b", "many"),
    (r"(?<=\bhow )lang\b", "long"),
    (r"\blang's\b", "long's"),
    (r"\baften\b", "often"),
    (r"\bwikend(s?)\b", r"weekend\1"),
    (r"\bwik(s?)\b", r"week\1"),
    (r"\bnicht(s?)\b", r"night\1"),
    (r"\befterneen(s?)\b", r"afternoon\1"),
    (r"\bhae\b", "have"),
    (r"\bhiv\b", "have"),
    (r"\bhinna\b", "haven't"),
    (r"\bcanna\b", "can't"),
    (r"\bdinna\b", "don't"),
    (r"\bnae\b", "no"),
    (r"\b(?:wid|would) ye\b", "would you"),
    (r"\b(can|could|will) ye\b", r"\1 you"),
    (r"\bdaein\b", "doing"),
    (r"\btwa\b", "two"),
    (r"\btwal\b", "twelve"),
    (r"\bhauf\b", "half"),
    (r"\bony\b", "any"),
    (r"\bjist\b", "just"),
    (r"\bthe noo\b", "the now"),
    (r"\bricht noo\b", "right now"),
    (r"\bnoo\b", "now"),
    (r"\bafore\b", "before"),
    (r"\baff\b", "off"),
    (r"\bcoont\b", "count"),
    (r"\boot o\b", "out of"),
    (r"\baa thegither\b", "altogether"),
    (r"\bat aa\b", "at all"),
    (r"\baa (?=(?:the|this|that|ma|my|day|wik|week|nicht|night)\b)", "all "),
    (r"\bgaun\b", "going"),
    (r"\bmaist\b", "most"),
    (r"\btae\b", "to"),
    (r"\bwis\b", "was"),
    (r"\bwi\b(?!')", "with"),
    (
        (
            r"\bma\b(?= (?:history|week|month|year|music|listening|top|favourite|go-to|maist|most|number"
            r"|twa|two|three|five|ten|\d+)\b)"
        ),
        "my",
    ),
    (r"\bo\b(?= (?:day|the|music|them|it|that|aa|all)\b)", "of"),
    # "Three month": a count of months ("ower the last three month").
    (r"\b(two|three|four|five|six|nine|twelve|\d+) month\b", r"\1 months"),
)


def undo_doric(text: str, language: str) -> str:
    """Return a Doric speaker's question in the words every reader knows."""
    if language != "en":
        return text
    return rewrite(DORIC_EN, text, re.IGNORECASE)
