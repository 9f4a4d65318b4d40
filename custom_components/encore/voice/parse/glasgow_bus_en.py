"""A Glaswegian bus driver's Scots (issue 45's eighty-seventh turn, blind writer 584).

Between runs he asks the way the earlier Glaswegians did ("whit", "wis",
"ah", "the day", "maist"), but in shapes no reader knew: the top of a
period said as what he "wis hooked on, these past couple o weeks like"
("couple o weeks" was read as no time at all, a wrong fact); his shift
after a time ("this mornin afore ma shift": searched as a name); "any X
the day or naw" for did I play X today; a complaint before the question
("how is it ah've no heard queen in ages, did ah play them at all last
month": answered as last month's recap, a wrong fact); the artist he
"cannae staun, like the one ah skip maist"; "that song ah cannae stop
playin, whit's it called".

Run on the words as said, before `glasgow_taxi_en` and `glasgow_en`; only
a sentence with one of his Scots words is read (`_MARK`).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:ah|ah've|ma|wis|whit|whit's|naw|afore|efter|o|maist|cannae|staun|the day)\b",
    re.IGNORECASE,
)

_KIND: Final = r"(?:album|song|tune|track|record|artist|band|singer|podcast)"

_TIME: Final = (
    r"(?:the day|today|the night|tonight|yesterday|yesterdy|last night"
    r"|this (?:mornin|morning|afternoon|efternoon|evening|evenin|week|month|year)"
    r"|last (?:week|month|year))"
)

_GLASGOW_BUS_EN: Final[tuple[Rule, ...]] = (
    # "Whit album wis ah hooked on, these past couple o weeks like": hooked
    # on over a period said is the top of it, not a song on repeat now.
    (
        (
            rf"\bwhit ({_KIND}) (?:wis|was) (ah|i) (?:hooked on|stuck on|intae|into)"
            r"(?=,? (?:these|the) (?:past|last) )"
        ),
        r"which \1 did \2 play the most",
    ),
    # "These past couple o weeks": the past two weeks.
    (
        r",? (?:these|the) (past|last) (?:couple|twa|two) (?:o|of) (days|weeks|months)\b",
        r" in the past two \2",
    ),
    (r"\b(days|weeks|months)[,\s]+like(?=\W*$)", r"\1"),
    # "This mornin afore ma shift": the time is said; his shift only says
    # why. Dropped only after a time, never standing for one.
    (
        rf"\b({_TIME}) (?:afore|before|efter|after|on|durin|during) ma (?:shift|run|break|route)\b",
        r"\1",
    ),
    # "Any justice the day or naw": did I play any of X today.
    (
        rf"^(?:any|ony) (?P<name>.+?) (?P<when>{_TIME}) or (?:naw|no|not)\W*$",
        r"did I play any \g<name> \g<when>",
    ),
    # "Who's the artist ah cannae staun, like the one ah skip maist": the
    # skip said is the question; "cannae staun" alone is never guessed.
    (
        (
            rf"\b({_KIND}) (?:ah|i) (?:cannae|can't|canny) staun[d']?,? (?:like )?the (?:one|wan)"
            r" (?:ah|i) (?:skip|skips) (?:the )?(?:maist|most)\b"
        ),
        r"\1 i skip the most",
    ),
    # "That song ah cannae stop playin, whit's it called".
    (
        (
            rf"^that ({_KIND}) (?:ah|i) (?:cannae|can't|canny) stop (?:playin|playing|listenin tae"
            r"|listening to|putting on)[,.]? (?:whit's|what's|whit is|what is) it called\W*$"
        ),
        r"which \1 can't i stop playing",
    ),
)


def said_by_a_glasgow_bus_driver(text: str) -> str:
    """Return a Glaswegian bus driver's Scots said in the English later readers know."""
    return rewrite_marked(_MARK, _GLASGOW_BUS_EN, text)
