"""A learner's present progressive for the past, said beside a past time (issue 45's eighty-fourth turn).

Many who learnt English late tell what they did in the present progressive,
in the order of a statement: "how many songs I am playing today", "tell me
what I am hearing last Friday", "yesterday I am listening Queen or not",
"Sexy Boy, how many time it is playing since October", "in August the music
is coming on how many times" (blind writer 558, a Punjabi-born taxi driver;
Turkish, Korean, Chinese and Italian speakers say the same). Beside a time
that has begun ("today", "this year") or is over ("last Friday", "since
October") it can only ask what was played, so it is read as the past.

Only "I am"/"we are" said in that order, or a song, "it" or the music "is
playing"/"is coming on": "what am I listening to" and "what is playing in
the kitchen" (no time said) stay Home Assistant's. The time must be said
too, so "I am listening to Queen, what's this song" asks nothing of the
history.
"""

import re
from typing import Final

from ..when.words import time_said_en

# A time said beside the verb: one that has begun or is over.
_TIME: Final = re.compile(time_said_en(), re.IGNORECASE)
# "Which song is playing more", "I am playing him all the time": what is
# played most or on repeat, which the readers after this one know in the
# progressive ("I am playing him all the time that summer").
_MOST: Final = (
    r"(?: (?:him|her|it|them|that|this))?(?: so)? (?:more|most|the most|a lot|all the time"
    r"|always|again and again|over and over|on repeat|non.?stop|every day)\b"
)
# The listener's own progressive, said in a statement's order.
_MINE: Final = re.compile(
    rf"\b(?P<who>i|we)(?: am| are|'m|'re) (?P<how>(?:always|still|also|only|so|more) )?"
    r"(?P<verb>playing|listening to|listening|hearing|putting on|putting|skipping"
    rf"|streaming|repeating|pressing)\b(?!{_MOST})",
    re.IGNORECASE,
)
_PAST: Final = {
    "playing": "played",
    "listening to": "listened to",
    "listening": "listened to",
    "hearing": "heard",
    "putting on": "put on",
    "putting": "put",
    "skipping": "skipped",
    "streaming": "streamed",
    "repeating": "repeated",
    "pressing": "pressed",
}
# A song, "it" or the music said playing: "how many time it is playing".
_PLAYING: Final = re.compile(
    rf"\b(?P<what>it|music|song|songs|podcast)(?: is| are|'s) (?P<verb>playing|coming on)\b"
    rf"(?!{_MOST})",
    re.IGNORECASE,
)


# What follows a bare "listening" that is no name: "I am listening this
# morning" is "I listened this morning", never "listened to this morning".
_NO_OBJECT: Final = re.compile(
    r"\s*(?:$|[,.?!]|(?:or|and|more|most|the most|a lot|much|at|in|on|to|this|that"
    r"|last|yesterday|today|since|lately|recently|how|when)\b)",
    re.IGNORECASE,
)


def _past(found: re.Match[str]) -> str:
    """Return one progressive said in the past, its adverb kept ("I always put")."""
    verb = found.group("verb").lower()
    past = _PAST[verb]
    if verb == "listening" and _NO_OBJECT.match(found.string, found.end()):
        past = "listened"
    return f"{found.group('who')} {found.group('how') or ''}{past}"


def said_in_the_progressive(text: str) -> str:
    """Return a learner's "I am playing ... yesterday" as "I played ... yesterday"."""
    if not _TIME.search(text):
        return text
    text = _MINE.sub(_past, text)
    return _PLAYING.sub(
        lambda found: (
            f"{found.group('what')} "
            + ("played" if found.group("verb").lower() == "playing" else "came on")
        ),
        text,
    )
