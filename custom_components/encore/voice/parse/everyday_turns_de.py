"""Three turns any German speaker says around a question (issue 45's eighty-second turn).

Read first of `said_as_written_de`, for everyone: a claim asked back with
"doch ..., nä?" (an old East Westphalian, blind writer 551: "am Samstag
lief doch was von Daft Punk, nä?" is did Daft Punk play, never what played,
which had been a wrong fact; "oder", "ne" and "gell" ask it too), a clock
said apart from its part of the day ("Heute Nachmittag, zehn nach fünf. Was
lief da?": "heute Nachmittag" had been lost) and "womit ging das los" (the
first song of a day).
"""

import re
from typing import Final

from .rules import Rule, rewrite
from .said_beside_de import PERIOD_SAID

_CLOCK: Final = (
    r"(?:(?:viertel|fünf|zehn|zwanzig|\d{1,2}) (?:nach|vor) (?:halb )?\w+"
    r"|(?:halb|viertel|dreiviertel) \w+|\w+ uhr(?: \d{1,2})?|\d{1,2}:\d{2}(?: uhr)?)"
)
_ANYONE: Final[tuple[Rule, ...]] = (
    # An old East Westphalian's "am Samstag lief doch was von Daft Punk, nä?"
    # (551): a claim asked back is did it play, never what played; any
    # German says it with "oder", "ne" or "gell".
    (
        (
            rf"^({PERIOD_SAID}) (?:lief|liefen|kam|war) doch (?:(?:auch|mal) )?(?:was|etwas|wat)"
            r" von (.+?),? (?:nä|ne|nich|oder|gell)\W*$"
        ),
        r"hab ich \1 \2 gehört?",
    ),
    (
        (
            rf"^(?:(?:lief|liefen|kam|war) doch) ({PERIOD_SAID}) (?:(?:auch|mal) )?(?:was|etwas|wat)"
            r" von (.+?),? (?:nä|ne|nich|oder|gell)\W*$"
        ),
        r"hab ich \1 \2 gehört?",
    ),
    # "Heute Nachmittag, zehn nach fünf. Was lief da?": the clock belongs
    # to its part of the day, never a time of its own.
    (
        (
            r"^((?:heute|heut|gestern|vorgestern|am \w+tag) (?:früh|morgen|vormittag|mittag"
            rf"|nachmittag|abend|nacht)), (?:so )?(um|gegen)? ?({_CLOCK})([.,]\s+\w)"
        ),
        lambda found: f"{found[1]} {found[2] or 'um'} {found[3]}{found[4]}",
    ),
    # "letzten Freitag, womit ging das los": the first song of that day.
    (r"\bwomit ging (?:das|es|des|dat) (?:denn )?los\b", "was lief als erstes"),
    (
        r"\bwomit ging (?:das|es|des|dat|der tag|mein tag) ([^,.?!]+?) los\b",
        r"was lief \1 als erstes",
    ),
)


def said_in_everyday_turns(text: str) -> str:
    """Return `text` with the three turns said as plain questions."""
    return " ".join(rewrite(_ANYONE, text, re.IGNORECASE).split())
