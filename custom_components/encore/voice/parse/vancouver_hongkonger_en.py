"""A Hong Kong speaker's B1 English in Vancouver (issue 45's eighty-seventh turn, blind writer 583).

She puts the time or the thing first and the question word last, closed by
a Cantonese particle ("album of last summer for me is which one leh",
"today the very first song i play what ah", "most latest song i play is
what ah"), says her ranking as being "very crazy for" or "very hook on"
something ("these day i very crazy for which artist ah, you check for
me", "wah lately i very hook on one podcast, which one ah") and asks what
she played "ah song or podcast". "Most latest" had been read as her top
songs (a wrong fact) and the podcast she was hooked on as what she played.

Only a sentence with one of her marks (`_MARK`: a closing "ah", "leh" or
"lor", an opening "wah", "very crazy for", "very hook on", "is what" or
"is which one" last) is read.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:ah|leh|lor)\W*$|^wah\b|\bvery (?:crazy for|hook(?:ed)? on)\b|\bis (?:what|which one)\W*$",
    re.IGNORECASE,
)
# Her kinds of thing, as she says them.
_KIND: Final = r"(song|track|album|artist|singer|band|podcast)"

_VANCOUVER_HONGKONGER_EN: Final[tuple[Rule, ...]] = (
    # "Most latest song i play is what ah": the last one she played (not
    # the most played).
    (
        rf"^(?:the )?most latest {_KIND} (?:i|we) (?:play|played|listen|listened)(?: to)? is (?:what|which one)\W*(?:ah|leh|lor)?\W*$",
        r"what was the last \1 i played",
    ),
    # "Today the very first song i play what ah": her first of that day.
    (
        (
            rf"^(today|yesterday|this morning|this afternoon|this evening|last night),? (?:the )?(?:very )?first {_KIND}"
            r" (?:i|we) (?:play|played|listen|listened)(?: to)?,? (?:is )?what\W*(?:ah|leh|lor)?\W*$"
        ),
        r"what was the first \2 i played \1",
    ),
    # "Album of last summer for me is which one leh": her top one then.
    (
        (
            rf"^{_KIND} of ((?:last|this) (?:summer|winter|spring|autumn|week|month|year)|lately|these days?)"
            r"(?: for me)? is (?:which one|what)\W*(?:ah|leh|lor)?\W*$"
        ),
        r"which \1 did i play the most \2",
    ),
    # "These day i very crazy for which artist ah, you check for me" and
    # "wah lately i very hook on one podcast, which one ah": her top one.
    (
        (
            rf"^(?:wah,? )?(these days?|lately|recently|this (?:week|month|year)|last (?:week|month|year)),? (?:i|we)"
            rf" (?:am |was )?very (?:crazy for|hook(?:ed)? on) (?:which|one|what) {_KIND}\b.*$"
        ),
        r"which \2 did i play the most \1",
    ),
    # "This afternoon what thing i play ah song or podcast": what she
    # played then, of any kind.
    (
        (
            r"^(today|yesterday|this (?:morning|afternoon|evening)|last night),? what (?:thing|things|stuff)"
            r" (?:i|we) (?:play|played|listen|listened)(?: to)?\W*(?:ah|leh|lor)?,? (?:song|music) or podcast\W*$"
        ),
        r"what did i play \1",
    ),
    # "At five fifteen this afternoon the song on is what": what played then.
    (
        rf"^(at .+?),? the {_KIND} (?:on|playing|play) is (?:what|which one)\W*(?:ah|leh|lor)?\W*$",
        r"what \2 was playing \1",
    ),
)


def said_by_a_vancouver_hongkonger(text: str) -> str:
    """Return a Hong Kong speaker's topic-first B1 question said plainly."""
    text = (
        re.sub(r"\bthese day\b", "these days", text, flags=re.IGNORECASE)
        if _MARK.search(text)
        else text
    )
    return rewrite_marked(_MARK, _VANCOUVER_HONGKONGER_EN, text, squeeze=True)
