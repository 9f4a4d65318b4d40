"""Issue 45's seventy-second turn: what the lead mended beside the helpers.

"The Saturday before last" and "vorletzten Samstag" had been read as last
Saturday, their "before last" and "vorletzten" dropped: the wrong week was
answered, a wrong fact. They are the one a week before it now.

"Overall" beside a period ("how many songs did I play last week overall")
had been counted as a name "overall", and so had the Indian English "to
date" ("played to date this month", read "overall") and a professor's
"hitherto": each is "in total" now, a filler beside a period and all time
alone. "In the forenoon" is the morning, no room called "forenoon".

A room said first with its capital ("In the kitchen, who ...") kept the
capital in the answer: "In October In the kitchen". The preposition is
lowered where the answer puts the room after the period.

A feast or a season's part no table reads ("im Advent", "an Fasching",
"over Thanksgiving", "im Spätsommer", the last taken for a room) had the
question answered for all time: such words are a time not understood now,
and asked back. So is a meal or a break said as the only time ("what did
I play at teatime", "beim Abendessen"); beside a period ("yesterday evening
after dinner") the period is what is asked, as blind writers label it.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many songs did I play last week overall",
        "how many songs did I play last week",
    ),
    (
        "en",
        "how many songs did I play overall last week",
        "how many songs did I play last week",
    ),
    (
        "en",
        "how many songs have I played to date this month",
        "how many songs did I play this month",
    ),
    (
        "en",
        "how many songs have I played hitherto this month",
        "how many songs did I play this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many songs did I play last week overall",
        "how many songs did I play last week",
        "en",
    ),
    ("what did I play the saturday before last", "what did I play on November 7", "en"),
    (
        "what did i listen to on friday before last",
        "what did I play on November 6",
        "en",
    ),
    (
        "was hab ich am vorletzten Samstag gehört",
        "was habe ich am 7. November gehört",
        "de",
    ),
    ("was lief vorletzten Sonntag", "was habe ich am 8. November gehört", "de"),
    (
        "what did I listen to yesterday in the forenoon",
        "what did I listen to yesterday morning",
        "en",
    ),
    (
        "In the kitchen, who were my top artists in October?",
        "who were my top artists in the kitchen in October",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()

# Times no table reads, asked back (`Reading.unread`), never all time.
UNREAD: tuple[tuple[str, str], ...] = (
    ("de", "was hab ich im Advent gehört"),
    ("de", "was lief im Spätsommer"),
    ("de", "wie oft hab ich im Hochsommer Queen gehört"),
    ("de", "was hab ich nach dem Feierabend gehört"),
    ("en", "what did I play over thanksgiving"),
    ("en", "what did I play during half term"),
    ("en", "what did I play at teatime"),
    ("en", "what did I listen to at breakfast"),
    ("de", "was hab ich beim Abendessen gehört"),
)
