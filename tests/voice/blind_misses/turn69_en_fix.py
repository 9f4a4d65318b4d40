"""Issue 45's sixty-seventh turn, English: a self-correcting writer (451), again.

Writer 451 put words right mid-question and meant what was said last: a
question begun again and said whole ("how much Queen, no, Justice, how
much Justice have I had", "how many times, actually which songs"), a
Capitalised name after the one it takes back ("any Daft Punk, sorry, any
Queen", "Genesis, er, Phantom", "Eres, sorry, not Eres, Sexy Boy"), a
period by a period ("this year, no, ever", "in August, like five? no,
hang on, in September", "last week, er, last weekend"), a clock by a clock
("at eight last night, no, quarter to eight"), herself for the household
("did we play yesterday, or, well, how many did I"), and a guess of the
answer after a question of when ("was it this morning?", "eight in the
morning I'd guess"). The first was read and answered (wrong facts), or
nothing was. The sixty-sixth turn's first try (reverted) also read
remarks as the thing put right; its STAYS-like readings are pinned here
as READ rows: a remark after "sorry" or "wait" is no correction
(`parse.put_right_en`).
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
    (
        "en",
        "what played this afternoon at around three, sorry, quarter past two",
        "what played this afternoon at quarter past two",
    ),
    (
        "en",
        "how many artists did we hear last week, no, well, how many did I",
        "how many artists did I hear last week",
    ),
    (
        "en",
        "when did I last play the daily, was it yesterday?",
        "when did I last play the daily",
    ),
    (
        "en",
        "what time do I usually listen to music, around six in the evening I guess",
        "what time do I usually listen to music",
    ),
    (
        "en",
        "how often did I play Justice, sorry, not Justice, Daft Punk, last month",
        "how often did I play Daft Punk last month",
    ),
    # Remarks, never a correction: the question said before them is asked.
    (
        "en",
        "which artist did I play most last month, sorry, the dog is barking",
        "which artist did I play most last month",
    ),
    (
        "en",
        "what did I play this morning, sorry, what did I, yeah, this morning",
        "what did I play this morning",
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
    (
        "how many songs did I listen to this week, no wait, podcasts, how many episodes this week",
        "how many podcast episodes did I listen to this week",
        "en",
    ),
    (
        "what was playing at nine this morning, no, half past eight",
        "what was playing at half past eight this morning",
        "en",
    ),
    (
        "how many artists did I hear in October, like three? no, hang on, in September",
        "how many artists did I hear in September",
        "en",
    ),
    (
        "what was the last track this week, er, this month",
        "what was the last track this month",
        "en",
    ),
    (
        "what's my taste been like this month, no, overall",
        "what's my taste like overall",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Daft Punk, no, play Justice", "en"),
    ("turn the kitchen light on, sorry, the hall light", "en"),
    ("set a timer for eight, no, quarter to eight", "en"),
)
