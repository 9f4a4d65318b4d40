"""Issue 45's seventy-second turn: what the lead mended beside the helpers.

"The Saturday before last" and "vorletzten Samstag" had been read as last
Saturday, their "before last" and "vorletzten" dropped: the wrong week was
answered, a wrong fact. They are the one a week before it now.

"Overall" beside a period ("how many songs did I play last week overall")
had been counted as a name "overall", and so had the Indian English "to
date" ("played to date this month", read "overall") and a professor's
"hitherto": each is left out beside a period now, and all time ("overall")
alone. "In the forenoon" is the morning, no room called "forenoon".

A time put right by the one before it ("yesterday, no, the day before",
"letzte Woche, nee, die davor") had answered the time taken back; a name
put right after a bare "no" between commas ("around the world, no, da
funk") had answered the first name; a question said again more exactly
("how much did we listen to yesterday, I mean how many songs") had lost
its time and answered all time (blind writer 491's wrong facts).

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
        "how many artists yesterday, no, the day before",
        "how many artists did I listen to the day before yesterday",
        "en",
    ),
    (
        "how many songs last week, sorry, the week before",
        "how many songs did I play the week before last",
        "en",
    ),
    (
        "wie viele Lieder letzte Woche, nee, die davor",
        "wie viele Lieder habe ich vorletzte Woche gehört",
        "de",
    ),
    (
        "how much did we listen to yesterday, I mean how many songs",
        "how many songs did we play yesterday",
        "en",
    ),
    (
        "wie viel haben wir gestern gehört, ich mein wie viele Lieder",
        "wie viele Lieder haben wir gestern gehört",
        "de",
    ),
    (
        "when did I last play around the world, no, da funk",
        "when did I last play da funk",
        "en",
    ),
    (
        "did I play the album homework, no, discovery, this month",
        "did I play the album discovery this month",
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
