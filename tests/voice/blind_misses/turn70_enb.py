"""Issue 45's sixty-eighth turn, English: blind writers 461 and 464.

A Swedish learner (writer 464) let Swedish words slip in: "förra veckan"
for last week ("the three songs I have listened most on förra veckan" was
answered for all time, "how was our förra veckan in music" for this
month: wrong facts), "låt"/"låtar" for song(s), "skiva" for an album,
"podd" for a podcast ("my most played podd in 2025" answered the songs),
"mycket" for much or a lot, "hej" and "ja so" said first; and Swedish
prepositions word for word: "listen on Daft Punk" (lyssna på), "in today"
(i dag), "when on the day" (när på dagen), "at what clock" (the top song
had been answered), "the weekend that was", "some time" for ever, and the
verb second: "when heard I X the last time" (`parse.learner_sv_en`).

A Cockney market trader (writer 461) dropped the h of "who" ("'oo 'ave i
'ad on the most" had been the top songs), said "wot", "wotcha", "guv",
"innit", "or wot", "go on then" ("go" had been a name), "wot kicked the
day off" (`parse.cockney_en`); Assist's sentences knew none of "'oo",
"wot's", "'ooked on", "'ow many times 'ave i 'ad X on" after a wildcard.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which three låtar did I play most förra veckan",
        "which three songs did I play most last week",
    ),
    (
        "en",
        "who did I listen to most on förra månaden",
        "who did I listen to most last month",
    ),
    ("en", "what was my top podd this year", "what was my top podcast this year"),
    ("en", "my favourite skiva last year", "my favourite album last year"),
    ("en", "at what clock do I listen most", "at what time do I listen most"),
    (
        "en",
        "when on the day do I play music most",
        "at what time of day do I play music most",
    ),
    (
        "en",
        "how much do I repeat låtar this week",
        "how much do I repeat songs this week",
    ),
    ("en", "how was my förra veckan in music", "how was my last week in music"),
    ("en", "hej what did I play in yesterday", "what did I play yesterday"),
    (
        "en",
        "ja so how many låtar did we play in today",
        "how many songs did we play today",
    ),
    ("en", "when did I listen on air last time", "when did I listen to air last time"),
    ("en", "did I listen on queen this week", "did I listen to queen this week"),
    ("en", "have I listened on justice some time", "have I ever listened to justice"),
    (
        "en",
        "when heard I one more time the last time",
        "when did I last hear one more time",
    ),
    ("en", "when played I genesis the last time", "when did I last play genesis"),
    (
        "en",
        "how mycket have I played air this year",
        "how many times have I played air this year",
    ),
    (
        "en",
        "which artist was I listening mycket on this month",
        "which artist was I listening to the most this month",
    ),
    ("en", "what did we play the weekend that was", "what did we play last weekend"),
    (
        "en",
        "wotcha guv, 'oo did i 'ave on the most last month",
        "who did I have on the most last month",
    ),
    ("en", "'oo's me top band this year guv", "who's my top band this year"),
    ("en", "wot's me top podcast ever innit", "what's my top podcast ever"),
    (
        "en",
        "how many songs did i play today go on then",
        "how many songs did i play today",
    ),
    (
        "en",
        "wot kicked my day off yesterday",
        "what did I start the day with yesterday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which three låtar did I play most förra veckan",
        "which three songs did I play most last week",
        "en",
    ),
    (
        "what is my most played podd this year",
        "what is my most played podcast this year",
        "en",
    ),
    ("first låt of förra månaden", "first song of last month", "en"),
    ("at what clock do I listen most", "at what time do I listen most", "en"),
    ("how was our förra månaden in music", "how was our last month in music", "en"),
    (
        "when heard I one more time the last time",
        "when did I last hear one more time",
        "en",
    ),
    (
        "how many låtar have I played in yesterday",
        "how many songs have I played yesterday",
        "en",
    ),
    (
        "wotcha guv 'oo 'ave i 'ad on the most this month",
        "who have I had on the most this month",
        "en",
    ),
    ("wot's me top tune this year guv", "what's my top tune this year", "en"),
    (
        "'ow many times 'ave i 'ad one more time on this year",
        "how many times have I played one more time this year",
        "en",
    ),
    (
        "'oo did i 'ear for the first time this year",
        "who did I hear for the first time this year",
        "en",
    ),
    ("run us through wot i 'ad on friday", "what did I play on friday", "en"),
    ("when am i listenin the most guv", "when do I listen the most", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("wot's on the telly guv", "en"),
    ("'oo's at the door", "en"),
    ("wot time is it guv", "en"),
    ("play a låt by abba", "en"),
    ("put some tunes on guv", "en"),
    ("wot's playin guv", "en"),
)
