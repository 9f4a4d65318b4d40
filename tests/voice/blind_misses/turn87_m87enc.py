"""Issue 45's eighty-fifth turn (blind round twenty-four), part m87enc: Belfast, a Russian learner, Minnesota.

Blind writer 568, a Belfast electrician, says "wee" for anything small,
drops his g ("replayin", "wearin", "listenin"), ends on ", so" or ",
aye?", calls a band "that X crowd" and sums up "a long year so it is".
Blind writer 569, a Russian learner at B1, keeps Russian's order and
prepositions ("how many time I spent for podcasts", "is it true I have
listened X", "which music I had in kitchen", "at eight o'clock evening
yesterday", "skip percent", "I listen one song again and again, how much
in this year": the top songs had been answered, a wrong fact). Blind
writer 570, a Minnesotan retiree, talks around her question ("count 'em
up for me, ...", ", you know, the day and the hour", ", that was the day
of my hair appointment", ", Harold swears up and down I do": "the rest
of the week" had been read as this week, a wrong fact) and is "just gaga
over" a band.

Read now by `parse/belfast_sparky_en.py`, `parse/russian_b1_en.py` and
`parse/minnesota_retiree_en.py` (each gated on its speaker's marks) and,
for anyone, `parse/idioms_en.py` ("am I glued to", "am I wearing out",
"the gist of my listening"). `elsewhere.py` no longer takes Snow Patrol
for snow nor "the day of my hair appointment" for the calendar. The net's
lines of `en.yaml` now hear "which song am I wearin out", "which podcast
am I glued to", "total hours this year, so", "any X on this week, aye?",
"quick wee recap of ...", "gimme the gist of me listenin", "been a long
year ... sum it up for me", "Saturday at noon, just about, what did I
have on" and "one of those gals who plays the same thing again and
again". The rows after each writer's own are the same shapes said
another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # 568, his own.
    (
        "en",
        "which podcast am I glued to these days",
        "which podcast am I hooked on these days",
    ),
    ("en", "total hours this year, so", "total hours this year"),
    ("en", "any air on this week, aye?", "any air on this week"),
    ("en", "had that cafe tacuba crowd on lately?", "did I play cafe tacuba lately"),
    (
        "en",
        "how much replayin did I do last month",
        "how much replaying did I do last month",
    ),
    ("en", "when did snow patrol first come on", "when did I first play snow patrol"),
    (
        "en",
        "first wee tune on today, what was it",
        "what was the first song I played today",
    ),
    ("en", "which song am I wearin out, so", "what song have I been wearing out"),
    (
        "en",
        "been a long year so it is. sum it up for me",
        "give me a recap of this year",
    ),
    ("en", "quick wee recap of the summer", "quick recap of the summer"),
    ("en", "gimme the gist of me listenin", "give me a recap of my listening"),
    # 568, said another way.
    ("en", "which band am I glued to lately", "which band am I hooked on lately"),
    (
        "en",
        "how much skippin did I do this week",
        "how much skipping did I do this week",
    ),
    (
        "en",
        "last wee song on yesterday, what was it",
        "what was the last song I played yesterday",
    ),
    (
        "en",
        "did I have that daft punk crowd on this month",
        "did I play daft punk this month",
    ),
    (
        "en",
        "what album am I wearin out these days",
        "what album have I been wearing out lately",
    ),
    (
        "en",
        "been a long month so it is, sum it all up for me",
        "give me a recap of this month",
    ),
    ("en", "how many songs this week, so", "how many songs this week"),
    # 569, her own.
    (
        "en",
        "how many time I spent for podcasts in October",
        "how much time did I spend on podcasts in October",
    ),
    (
        "en",
        "is it true I have listened Digital Love day before yesterday",
        "did I listen to Digital Love the day before yesterday",
    ),
    (
        "en",
        "which music I had in kitchen over past two weeks",
        "what music did I play in the kitchen over the past two weeks",
    ),
    (
        "en",
        "at eight o'clock evening yesterday, what was playing",
        "what was playing at eight pm yesterday",
    ),
    (
        "en",
        "what is my skip percent for last month please",
        "what is my skip rate for last month",
    ),
    (
        "en",
        "I listen one song again and again, how much in this year",
        "how often do I play the same song again and again this year",
    ),
    # 569, said another way.
    (
        "en",
        "how many time I listened to music in September",
        "how much time did I spend on music in September",
    ),
    (
        "en",
        "is it true I have heard Genesis last week",
        "did I listen to Genesis last week",
    ),
    (
        "en",
        "which songs I played in bedroom over past week",
        "what songs did I play in the bedroom over the past week",
    ),
    (
        "en",
        "at seven o'clock morning today, what was playing",
        "what was playing at seven am today",
    ),
    ("en", "my skip percentage this week", "my skip rate this week"),
    (
        "en",
        "I play the same song again and again, how often this month",
        "how often do I play the same song again and again this month",
    ),
    # 570, her own.
    (
        "en",
        "who have I been just gaga over lately, band-wise I mean",
        "which band have I played the most lately",
    ),
    (
        "en",
        "count 'em up for me, how many plays did we have last week",
        "how many plays did we have last week",
    ),
    (
        "en",
        "what did I have going November third, that was the day of my hair appointment",
        "what did I play on November third",
    ),
    (
        "en",
        "Saturday at noon, just about, what did I have on",
        "what did I have on Saturday at noon",
    ),
    (
        "en",
        "what's my usual time for putting music on, you know, the day and the hour",
        "when do I usually listen to music",
    ),
    (
        "en",
        "which bands did I hear for the very first time this past week, the last seven days I mean",
        "which new artists did I hear in the last seven days",
    ),
    (
        "en",
        "am I one of those gals who plays the same thing again and again, this year I mean",
        "do I play the same thing again and again this year",
    ),
    (
        "en",
        "is it true I listen more on Saturdays and Sundays than the rest of the week, Harold swears up and down I do",
        "do I listen more on weekends than on weekdays",
    ),
    # 570, said another way.
    (
        "en",
        "who was I just gaga over last summer, singer-wise I mean",
        "which singer have I played the most last summer",
    ),
    (
        "en",
        "what did I have going last Tuesday, that was the day of my dentist appointment",
        "what did I have on last Tuesday",
    ),
    (
        "en",
        "do I listen more on the weekend than the rest of the week, Harold says I do",
        "do I listen more on weekends than on weekdays",
    ),
    (
        "en",
        "count 'em up for me, how many songs did I play this month",
        "how many songs did I play this month",
    ),
)

# Through Home Assistant: the net hears each, the reader reads it.
ANSWERED: tuple[Answered, ...] = (
    (
        "which podcast am I glued to these days",
        "which podcast am I hooked on these days",
        "en",
    ),
    ("total hours this year, so", "total hours this year", "en"),
    ("any air on this week, aye?", "any air on this week", "en"),
    (
        "how much replayin did I do last month",
        "how much replaying did I do last month",
        "en",
    ),
    (
        "first wee tune on today, what was it",
        "what was the first song I played today",
        "en",
    ),
    ("which song am I wearin out, so", "what song have I been wearing out", "en"),
    (
        "been a long year so it is. sum it up for me",
        "give me a recap of this year",
        "en",
    ),
    ("quick wee recap of the summer", "quick recap of the summer", "en"),
    ("gimme the gist of me listenin", "give me a recap of my listening", "en"),
    (
        "is it true I have listened Digital Love day before yesterday",
        "did I listen to Digital Love the day before yesterday",
        "en",
    ),
    (
        "what is my skip percent for last month please",
        "what is my skip rate for last month",
        "en",
    ),
    (
        "I listen one song again and again, how much in this year",
        "how often do I play the same song again and again this year",
        "en",
    ),
    (
        "what did I have going November third, that was the day of my hair appointment",
        "what did I play on November third",
        "en",
    ),
    (
        "Saturday at noon, just about, what did I have on",
        "what did I have on Saturday at noon",
        "en",
    ),
    (
        "am I one of those gals who plays the same thing again and again, this year I mean",
        "how often do I play the same song again and again this year",
        "en",
    ),
    (
        "is it true I listen more on Saturdays and Sundays than the rest of the week, Harold swears up and down I do",
        "do I listen more on weekends than on weekdays",
        "en",
    ),
    ("a wee recap of last month", "a recap of last month", "en"),
    (
        "who have I been glued to this month",
        "who have I played the most this month",
        "en",
    ),
)

# Their commands, and a household question said his way, stay Home Assistant's.
STAYS: tuple[Stays, ...] = (
    ("any lights on, aye?", "en"),
    ("turn on the wee light in the hall, so", "en"),
    ("what am I listening right now", "en"),
    ("I am sure I've heard it", "en"),
    ("total hours of heating this year", "en"),
    ("play some polka music, you know, the loud one", "en"),
    ("turn off the kitchen light, Harold says it's too bright", "en"),
    ("play Snow Patrol in the kitchen", "en"),
    ("what is the weather at eight o'clock evening", "en"),
)
