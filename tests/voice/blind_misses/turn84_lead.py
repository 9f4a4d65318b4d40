"""Issue 45's eighty-second turn: the lead's own mends of blind round twenty-one.

An 87-year-old Jamaican-born nurse (blind writer 551) says "las'" for
"last", its "t" unsaid and marked: "di las' time mi hear Digital Love,
when dat was?" and "Di las' tune weh play pon yah, wha it name again?"
were read right by `patois_elder_en` but never reached Encore. hassil
matches a word as said, so "las'" is a word of the keyword gate
(`scripts/listening_words/en.txt`) and of the Patois net line "di last
time …", beside "las".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "di las' time mi hear Digital Love, when dat was?",
        "when did I last hear Digital Love",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "di las' time mi hear Digital Love, when dat was?",
        "when did I last hear Digital Love",
        "en",
    ),
    (
        "Di las' tune weh play pon yah, wha it name again?",
        "what was the last song I played",
        "en",
    ),
    (
        "di las tune mi play, wha it name?",
        "what was the last song I played",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("las' week mi turn off di light", "en"),
    ("play di las' tune again", "en"),
)
