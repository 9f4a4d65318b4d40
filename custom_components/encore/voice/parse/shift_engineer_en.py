"""A terse Johannesburg mining engineer between shifts (issue 45's eighty-first turn, blind writer 543).

He asks in fragments and says his shift around the question: "how many
songs this morning before shift" had "shift" read as a name (nothing
found), "main podcast, last three months. shoot" ends on "shoot" (go
ahead, ask away) and "plays in the last seven days, number" says what he
wants (a number) after the question, where "number" was read as a name.
Each is a word that asks nothing: his shift ("before shift", "after my
shift", "between shifts", "before I go down"), the "shoot" or "go" he
ends on, and the "number" or "count" after a bare kind is "how many".

Only a sentence with one of his marks (`_MARK`) is read, so no other
speaker's "shoot" or "number" is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:before|after|between|on) (?:my |the |a )?shifts?\b|\bbefore i go (?:down|under)\b"
    r"|[,.]\s*(?:shoot|go)\s*[.!?]*$|[,.]\s*(?:number|count|the number|a number)\s*[.!?]*$",
    re.IGNORECASE,
)

_KINDS: Final = (
    r"(?:plays|songs|tracks|tunes|streams|spins|episodes|podcasts|artists|bands|albums"
    r"|skips|listens)"
)

# His shift said beside the question ("before shift", "after my shift").
_SHIFT: Final = r",?\s*\b(?:before|after|between|on) (?:my |the |a )?shifts?\b"

# A time said beside his shift ("this morning before shift"): the shift
# only says when he asks. Said alone ("what did I play before my shift") it
# is the time asked about, which no table reads: asked back, never dropped.
_TIME_SAID: Final = re.compile(
    r"\b(?:today|tonight|yesterday|this|last|past|since|ago|morning|afternoon"
    r"|evening|night|week|month|year|ever|overall|\d)",
    re.IGNORECASE,
)

_SHIFT_ENGINEER_EN: Final[tuple[Rule, ...]] = (
    # "..., now-now before I go down": going down the shaft, no time asked.
    (r",?\s*\bbefore i go (?:down|under)(?: the shaft| underground)?\b", ""),
    # "main podcast, last three months. shoot": "shoot" (ask away) ends it.
    (r"[,.]\s*(?:shoot|go)\s*([.!?]*)$", r"\1"),
    # "plays in the last seven days, number": a bare kind and its time,
    # then what he wants of it: how many.
    (
        rf"^({_KINDS}\b[^,.?]*?)[,.]\s*(?:number|count|the number|a number)\s*([.!?]*)$",
        r"how many \1\2",
    ),
)
# "how many songs this morning before shift": his shift dropped beside the
# time he asks about, never read as a name or a narrower time.
_BESIDE_A_TIME: Final[tuple[Rule, ...]] = ((_SHIFT, ""), *_SHIFT_ENGINEER_EN)


def said_by_a_shift_engineer(text: str) -> str:
    """Return a mining engineer's question without his shift and tags."""
    beside = _TIME_SAID.search(re.sub(_SHIFT, "", text, flags=re.IGNORECASE))
    rules = _BESIDE_A_TIME if beside else _SHIFT_ENGINEER_EN
    return rewrite_marked(_MARK, rules, text, squeeze=True)
