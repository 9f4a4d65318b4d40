"""A marketing manager's English (issue 45's fifty-ninth turn, blind writer 378).

Business words for a listening question: "play count on The Daily since
Monday" (a heading of a report: how many times it played, read as all
plays since Monday), "song of the month for November, who's the winner"
(the winner is the top song, read as the top artist by its "who"),
"what's my current earworm, the track I keep replaying" (the song on
repeat, read as the share of repeats), "when do I typically tune in" (to
tune in is to listen; its "tune" was read as music). Each rule holds to
its frame's own words; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_PERIOD = r"(?:this|last|since|today|yesterday|in|lately|so far|ever|all time|over)"

_BUZZWORDS_EN: tuple[Rule, ...] = (
    # "Play count on The Daily since Monday": how many times it played.
    (
        rf"^(?:my |the |what(?:'s| is) (?:my |the )?)?play count (?:on|for) (?!(?:the |my )?(?:kitchen|living room|bedroom|office|speaker|{_PERIOD})\b)(?P<name>[^,.?!]{{2,40}}?)(?P<rest> {_PERIOD}\b[^?!]*)?\W*$",
        r"how many times did i play \g<name>\g<rest>",
    ),
    # "..., who's the winner" after a kind already said: its top one, no
    # "who" of an artist.
    (
        r"^(?P<q>[^,]*\b(?:song|track|tune|album|record|podcast|episode)\b[^,]*),\s*(?:so )?(?:who|what|which)(?:'s| is| was) (?:the |my )?(?:winner|champ|champion)\W*$",
        r"\g<q>",
    ),
    # "My current earworm, the track I keep replaying": the one on repeat.
    (
        r"^what(?:'s| is| was) my (?:current |latest |big |biggest )?earworm\b(?:,?\s*the (?:track|song|tune|one) (?:i|we) keep (?:replaying|playing|coming back to|on repeat))?(?P<rest>[^?!]*)\W*$",
        r"which song have i had on repeat lately\g<rest>",
    ),
    # "When do I typically tune in": listen (never "tune", a song).
    (
        r"\b(i|we|to|usually|typically|normally|mostly|often|always|most|ever) tune in\b(?! to\b)",
        r"\1 listen",
    ),
)


def said_in_buzzwords(text: str) -> str:
    """Return a marketing manager's question said plainly."""
    return rewrite(_BUZZWORDS_EN, text, re.IGNORECASE)
