"""A period doubted after a yes-or-no question (issue 45's sixty-fifth turn).

A busy parent (blind writer 435) asked "this week did I hear Eres, that
Cafe Tacuba song, or was that last week": not whether one period held the
song, but which did. Read as said, the second period's "last" made it the
week's last play (a wrong fact). A "did I hear X <period>, or was it
<period>" asks when X last played, which answers both; the speaker doubts
the time, never the name.
"""

from typing import Final

from .rules import Rule, rewrite

# A period such a doubt names: a day, a week, a month, a weekend.
_PERIOD = (
    r"(?:yesterday|today|this morning|this afternoon|last night|the day before(?: yesterday)?"
    r"|(?:this|last|the) (?:week|weekend|month|year|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)(?: before)?|the week before|on (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday))"
)
_VERB = r"(?:hear|play|listen to|have|put on)"

DOUBTED_EN: Final[tuple[Rule, ...]] = (
    (
        (
            rf"^(?:{_PERIOD} )?did (i|we) ({_VERB}) (.+?)(?: {_PERIOD})?"
            rf" or (?:was (?:that|it)|is it|did (?:i|we) {_VERB} (?:it|that)) {_PERIOD}$"
        ),
        r"when did \1 last \2 \3",
    ),
)


def undo_doubted_en(words: str) -> str:
    """Return normalized English words with a doubted period asked as the last play."""
    return rewrite(DOUBTED_EN, words)
