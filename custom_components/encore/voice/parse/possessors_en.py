"""Whose ranking or taste a possessive names (issue 45's seventy-sixth turn).

"What are Bob's top songs", "who's Bob's top artist this week" and "what's
Bob's taste" were read without Bob: the asker's own top songs or taste were
stated, a wrong fact (the seventy-fifth turn's note). A month said the same
way lost its month: "who is October's top artist" was answered for all time.

- One word before "'s" is a person: "what are Bob's top songs" is asked
  as "which songs did Bob play the most", so a person of the household is
  answered and anyone else is said to be unknown, never the asker.
- More words before it are a band's: "what are Daft Punk's top songs" is
  asked as "which Daft Punk songs did I play the most", which Encore says
  it cannot narrow down to one artist.
- A room before it is the room: "the kitchen's top song" is "the top song
  in the kitchen".
- A month before it is the month: "who is October's top artist" is "who
  is the top artist in October".

Never a time's possessive ("today's", "this week's", "last year's"), a
room's ("the kitchen's"), nor one after "my", "our" or "the" ("my
granddaughter's favourite band" is a story, not the question).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october"
    "|november|december"
)
# Words whose "'s" is no one's: times, rooms and the house, pronouns.
_NO_ONE: Final = (
    # "man" is "I" in London's speech ("who's man's number one artist").
    r"(?:my|our|your|his|her|their|its|it|that|this|what|who|which|there|here"
    r"|i|me|we|us|you|man|mans|mine|ours|yours"
    r"|one|everyone|everybody|today|yesterday|tonight|week|month|year|weekend"
    r"|summer|winter|spring|autumn|fall|night|morning|evening|afternoon|day"
    r"|kitchen|lounge|bedroom|bathroom|office|garage|house|household|family|home"
    r"|speaker|radio|spotify|sonos|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|" + _MONTHS + r")"
)
_ROOMS: Final = (
    r"kitchen|lounge|living room|bedroom|bathroom|office|garage|study|dining room"
    r"|hall|den|basement|attic|patio|garden"
)
_RANKED: Final = (
    r"(?:all[- ]time )?(?:top|most played|most listened(?: to)?|most streamed"
    r"|favourite|favorite|fave|go-to|number one)"
)
_COUNT: Final = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_KIND: Final = (
    r"(?:singer|artist|band|group|song|track|tune|album|record|podcast|show)s?"
)
# What asks before the possessive, or nothing when it is said first.
_ASKING: Final = (
    r"(?:^|\b(?:(?:who|what|which)(?: is|'s| was| are| were|'re| has been|'s been)"
    r"|give me|tell me|name|list)\s+)"
)

POSSESSORS_EN: Final[tuple[Rule, ...]] = (
    # "who is October's top artist": the month's.
    (
        rf"\b({_MONTHS})'s ({_RANKED} (?:{_COUNT} )?{_KIND})\b",
        r"\2 in \1",
    ),
    # "what's the kitchen's top song": the room's, said as a room.
    (
        rf"\b(?:the )?({_ROOMS})'s ({_RANKED} (?:{_COUNT} )?{_KIND})\b",
        r"the \2 in the \1",
    ),
    # "what are Daft Punk's top songs": a band's songs, asked of the asker.
    (
        # Said with capitals only: a recogniser's lower case is read as one
        # word's person below ("so ada's top song" is no band "so ada").
        (
            rf"{_ASKING}(?!{_NO_ONE}\b)((?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){{1,2}}))'s"
            rf" {_RANKED} ({_COUNT} )?((?:song|track|tune|album|record)s?)\b"
        ),
        r"which \2\1 \3 did I play the most",
    ),
    # "who was Bob's number one artist": one, as "number one" says.
    (
        rf"{_ASKING}(?!{_NO_ONE}\b)([a-z]+)'s number one ({_KIND})\b",
        r"which 1 \2 did \1 play the most",
    ),
    # "what are Bob's top (three) songs": that person's ranking.
    (
        rf"{_ASKING}(?!{_NO_ONE}\b)([a-z]+)'s {_RANKED} ({_COUNT} )?({_KIND})\b",
        r"which \2\3 did \1 play the most",
    ),
    # "what's Bob's taste (in music)", "describe Bob's music taste".
    (
        (
            rf"\b(?:what(?: is|'s)|describe|how would you describe|tell me about)"
            rf" (?!{_NO_ONE}\b)([a-z]+)'s (?:music(?:al)? )?taste(?: in music)?\b"
        ),
        r"what kind of music does \1 like",
    ),
)


def said_with_possessor(text: str) -> str:
    """Return `text` with whose ranking or taste asked as a question of them."""
    if "'s" not in text:
        return text
    return rewrite(POSSESSORS_EN, text, re.IGNORECASE).strip()
