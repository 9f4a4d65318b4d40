"""An Iowa farmer's fewest words (issue 45's seventy-sixth turn, blind writer 515).

He drops the asking verb and keeps the thing and the time: "hear Eres last
week" (did I hear), "we play any Air Saturday" (did we play), "time on
podcasts last month" (how long did I listen to podcasts), "what songs this
afternoon" (what songs did I play), "Daft Punk in August?" (did I play),
and says a song "runs" as the radio does ("song I keep running these
days": the song on repeat). None of these was read, or it was read without
what it asks.

Each rule is anchored on the whole of a short question, which is its own
mark (`_MARK`): a clause with its verb said is never rewritten, and a
command ("play Air in the kitchen") says none of them.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHEN: Final = (
    r"(?:(?:last|this|past|the past) (?:week|weekend|month|year|night|summer|morning"
    r"|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:two|three|seven|thirty|\d+) (?:days|weeks|months))"
    r"|yesterday|today|lately|recently|these days"
    r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:in |since )?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december))"
)

_MARK: Final = re.compile(
    rf"^(?:hear|heard) .+ {_WHEN}\W*$"
    rf"|^(?:i|we) (?:play|played|hear|heard) (?:any|much) .+ {_WHEN}\W*$"
    rf"|^(?:time|hours|minutes) on (?:podcasts?|music|tunes|songs) {_WHEN}\W*$"
    rf"|^what (?:songs|tunes|tracks|music|podcasts|episodes) {_WHEN}\W*$"
    r"|^(?:the )?(?:song|tune|track) (?:i|we) keep (?:running|runnin')\b",
    re.IGNORECASE,
)

_IOWA_TERSE_EN: Final[tuple[Rule, ...]] = (
    # "Hear Eres last week": did I hear it.
    (r"^(hear|heard) ", "did i hear "),
    # "We play any Air Saturday": did we play any of it.
    (r"^(i|we) (?:play|played) (any|much) ", r"did \1 play \2 "),
    (r"^(i|we) (?:hear|heard) (any|much) ", r"did \1 hear \2 "),
    # "Time on podcasts last month": how long they played.
    (
        r"^(?:time|hours|minutes) on (podcasts?|music|tunes|songs) ",
        r"how long did i listen to \1 ",
    ),
    # "What songs this afternoon": what was played.
    (r"^what (songs|tunes|tracks|music|podcasts|episodes) ", r"what \1 did i play "),
    # "Song I keep running these days": the song played again and again.
    (
        r"^(?:the )?(song|tune|track) (i|we) keep (?:running|runnin')\b",
        r"what \1 do \2 keep playing",
    ),
)


def said_tersely_in_iowa(text: str) -> str:
    """Return an Iowa farmer's fewest words as the question they ask."""
    return rewrite_marked(_MARK, _IOWA_TERSE_EN, text)
