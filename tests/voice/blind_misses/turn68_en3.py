"""Issue 45's sixty-sixth turn, English: a self-correcting writer (451).

Writer 451 put words right mid-question and meant what was said last: a
question begun again ("how much Queen, no, Justice, how much Justice have
I had", "how many times, actually which songs"), a name after the same
verb ("any Daft Punk, sorry, any Queen", "Genesis, er, Phantom", "Eres,
sorry, not Eres, Sexy Boy"), a period ("this year, no, ever", "in August,
like five? no, hang on, in September", "last week, er, last weekend") and
a clock ("at eight last night, no, quarter to eight"). The first was read
and answered (wrong facts), or the time taken back was left unread and
nothing answered (`parse.put_right_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many times did I play Air, no, Justice, how many times did I play Justice last month",
        "how many times did I play Justice last month",
    ),
    (
        "en",
        "how long, actually what did I listen to yesterday",
        "what did I listen to yesterday",
    ),
    (
        "en",
        "did I play any Air, sorry, any Justice this week",
        "did I play Justice this week",
    ),
    (
        "en",
        "when did I last hear Queen, er, Daft Punk",
        "when did I last hear Daft Punk",
    ),
    (
        "en",
        "how many songs have I played this month, no, ever",
        "how many songs have I played ever",
    ),
    (
        "en",
        "how many artists did I hear in July, like three? no, hang on, in October",
        "how many artists did I hear in October",
    ),
    (
        "en",
        "what was the first song this week, er, this month",
        "what was the first song this month",
    ),
    (
        "en",
        "what was on at nine last night, no, half past nine",
        "what was on at half past nine last night",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how much Air, sorry, how much Justice did I play last month",
        "how much Justice did I play last month",
        "en",
    ),
    (
        "did I hear any Justice, sorry, any Queen last weekend",
        "did I hear Queen last weekend",
        "en",
    ),
    (
        "how many times did I play Genesis, sorry, not Genesis, Sexy Boy, this month",
        "how many times did I play Sexy Boy this month",
        "en",
    ),
    (
        "how many different songs this week, no, ever",
        "how many different songs ever",
        "en",
    ),
    (
        "what was the last song last month, sorry, last week",
        "what was the last song last week",
        "en",
    ),
    (
        "when was the last time I had Air, no, Queen on",
        "when was the last time I played Queen",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Daft Punk, no, play Justice", "en"),
    ("turn the kitchen light on, sorry, the hall light", "en"),
)
