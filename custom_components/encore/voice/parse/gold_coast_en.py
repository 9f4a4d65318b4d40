"""A Gold Coast surfer's English (issue 45's seventy-fourth turn, blind writer 504).

An Australian surfer says a name was played as its "getting a run" ("how
much has queen been getting a run this week"), what played as what he was
"cranking" or "chucking on" ("what was i cranking last night"), the song
he has on repeat as his "earworm", and the first play of a name as when it
"popped up in me history". Each was read as nothing asked or as a name.
Every rule is bound to one of his verbs of playing, so "cranking" a heater
or "a run" along the beach asks nothing here.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:getting a (?:run|spin|flogging|hammering|belting|thrashing|workout)"
    r"|cranking|pumping|blasting|chucking|whacking|bunging|banging|earworm|pop(?:ped)? up)\b",
    re.IGNORECASE,
)

_VERB: Final = (
    r"(?:cranking|pumping|blasting|bumping|chucking on|whacking on|bunging on"
    r"|banging on|flogging|thrashing|smashing)"
)

_GOLD_COAST_EN: Final[tuple[Rule, ...]] = (
    # "How much has Queen been getting a run this week": how many times
    # did I play Queen then.
    (
        (
            r"\bhow (?:much|many times|often) (?:has|have|is|are|'s) (?P<name>.+?) been getting"
            r" (?:a )?(?:run|spin|flogging|hammering|belting|thrashing|workout)\b"
        ),
        r"how many times did I play \g<name>",
    ),
    # "What was i cranking last night": what was I playing.
    (
        rf"\b(was|were) (i|we) {_VERB}(?! (?:up|the (?:heat|aircon|ac|fan))\b)",
        r"\1 \2 playing",
    ),
    # "The earworm i keep chucking on": the song I keep playing.
    (r"\bearworms?\b(?= (?:i|we|that) )", "song"),
    (
        r"\bkeep (?:chucking|whacking|bunging|banging|putting|throwing) on\b",
        "keep playing",
    ),
    # "When'd Air first pop up in me history": when did I first play Air.
    (
        (
            r"^when(?:'d| did| was) (?P<name>.+?) (?P<which>first|last) (?:pop|popped|show|showed"
            r"|turn|turned|come|came) up(?: in (?:me|my) (?:history|listening|stats|feed))?"
            r"(?:,? (?:bro|mate|eh|hey|love))?\W*$"
        ),
        r"when did I \g<which> play \g<name>",
    ),
    # Elsewhere "me history" is his "my history" ("when did Air first pop
    # up in me history, mate"); "pop up" itself the parser reads, and "X
    # first play for me" would make X the listener.
    (r"\b(in|from) me (history|listening|stats|feed)\b", r"\1 my \2"),
)


def said_on_the_gold_coast(text: str) -> str:
    """Return a Gold Coast surfer's verbs of playing said plainly."""
    return rewrite_marked(_MARK, _GOLD_COAST_EN, text)
