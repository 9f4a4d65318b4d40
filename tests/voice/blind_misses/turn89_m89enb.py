"""Issue 45's eighty-seventh turn (blind round twenty-six): a Hong Kong speaker's B1 English in Vancouver.

Blind writer 583 puts the time or the thing first and the question word
last, closed by a Cantonese particle ("album of last summer for me is
which one leh", "today the very first song i play what ah", "most latest
song i play is what ah": her top songs had been answered, a wrong fact),
says her ranking as being "very crazy for" or "very hook on" something
("wah lately i very hook on one podcast, which one ah": what she played
had been answered, a wrong fact) and asks what she played "ah song or
podcast".

Read now by `parse/vancouver_hongkonger_en.py`, run first of
`said_as_written_en`, only where her marks are. The rows after her own
are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    ("en", "most latest song i play is what ah", "what was the last song i played"),
    (
        "en",
        "today the very first song i play what ah",
        "what was the first song i played today",
    ),
    (
        "en",
        "album of last summer for me is which one leh",
        "which album did i play the most last summer",
    ),
    (
        "en",
        "these day i very crazy for which artist ah, you check for me",
        "which artist did i play the most these days",
    ),
    (
        "en",
        "wah lately i very hook on one podcast, which one ah",
        "which podcast did i play the most lately",
    ),
    (
        "en",
        "this afternoon what thing i play ah song or podcast",
        "what did i play this afternoon",
    ),
    (
        "en",
        "at five fifteen this afternoon the song on is what",
        "what song was playing at five fifteen this afternoon",
    ),
    # The same shapes said another way.
    (
        "en",
        "most latest album i listen is which one leh",
        "what was the last album i played",
    ),
    (
        "en",
        "yesterday the first track i play is what ah",
        "what was the first track i played yesterday",
    ),
    (
        "en",
        "artist of this month for me is which one ah",
        "which artist did i play the most this month",
    ),
    (
        "en",
        "this week i very hooked on which song ah",
        "which song did i play the most this week",
    ),
    (
        "en",
        "last night what thing i listen ah music or podcast",
        "what did i play last night",
    ),
    (
        "en",
        "at eight this morning the track playing is which one",
        "what track was playing at eight this morning",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("most latest song i play is what ah", "what was the last song i played", "en"),
    (
        "today the very first song i play what ah",
        "what was the first song i played today",
        "en",
    ),
    (
        "album of last summer for me is which one leh",
        "which album did i play the most last summer",
        "en",
    ),
    (
        "wah lately i very hook on one podcast, which one ah",
        "which podcast did i play the most lately",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play the most latest song ah", "en"),
    ("what song is this ah", "en"),
    ("what am i listening right now", "en"),
    ("I am sure I've heard it", "en"),
)
