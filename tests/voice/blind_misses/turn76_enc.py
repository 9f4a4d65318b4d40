"""Issue 45's seventy-fourth turn (blind round thirteen): a Bostonian and a Yorkshire pensioner.

Blind writer 503, a Boston construction worker, as speech to text writes
him: his r's dropped in words of time ("this aftahnoon", "a mawnin guy",
"so fah", "the whole yeah so fah") had been read as no time, or "fah" as a
name ("I found nothing called fah"); his questions with the auxiliary left
out ("how much Queen I been blastin this week": "week" looked for as a
name; "I hear that Sexy Boy song this week or no"; "that daft punk one more
time song, I play that last weekend"; "Daft Punk, how many times'd I throw
em on last yeah") and his openers ("ovah the last two weeks who's my top
guy", "numbah of tracks I ran through since Monday", "total numbah of
artists evah", "how many hours I put in listenin") had not reached Encore,
or "I'm back from the site" was taken for a room. Read by
`parse/boston_site_en.py` and the sentences beside writer 452's.

Blind writer 506, a Yorkshire pensioner: "ey up, ...", "gi' us mi five
favourite tracks", "what were on at five o'clock", "our Sharon says ...,
what is it I like listening to" (her taste, read as what played), "am I
reet bad for playing the same thing", "what did I kick this month off
with", "gi' us a rundown of mi listening": none had reached Encore. Read by
`parse/yorkshire_pensioner_en.py` and the same sentences.

A feast with its g dropped ("ovah Thanksgivin") is asked back like the
feast, never looked for as a name. "I hear the doorbell", "what's on the
telly" and a command said with "gi' us" stay Home Assistant's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "whats my numbah one song the whole yeah so fah",
        "what is my number one song this year",
    ),
    ("en", "how many songs I play so fah today", "how many songs did I play today"),
    ("en", "what'd I play yestaday aftahnoon", "what did I play yesterday afternoon"),
    (
        "en",
        "how many songs I play this mawnin",
        "how many songs did I play this morning",
    ),
    (
        "en",
        "ok so I'm back from the site, whatd I play this aftahnoon",
        "what did I play this afternoon",
    ),
    (
        "en",
        "our Sharon says I've got funny taste, what is it I like listening to",
        "what is my taste in music",
    ),
    (
        "en",
        "gi' us mi top three artists this month",
        "give me my top three artists this month",
    ),
    ("en", "what did I kick this month off with", "what did I play first this month"),
    (
        "en",
        "ey up, who've I been listening to most this month, love",
        "who did I listen to most this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "ovah the last two weeks who's my top guy, like what artist",
        "who were my top artists over the last two weeks",
        "en",
    ),
    (
        "whats my numbah one song the whole yeah so fah",
        "what is my number one song this year",
        "en",
    ),
    (
        "how many hours I put in listenin this week",
        "how long did I listen this week",
        "en",
    ),
    ("how many songs I play so fah today", "how many songs did I play today", "en"),
    (
        "numbah of tracks I ran through since Monday",
        "how many songs did I play since Monday",
        "en",
    ),
    (
        "total numbah of artists evah, how many we talkin",
        "how many different artists have I listened to",
        "en",
    ),
    (
        "how much Queen I been blastin this week",
        "how many times did I play Queen this week",
        "en",
    ),
    (
        "Daft Punk, how many times'd I throw em on last yeah",
        "how many times did I play Daft Punk last year",
        "en",
    ),
    (
        "I hear that Sexy Boy song this week or no",
        "did I play Sexy Boy this week",
        "en",
    ),
    (
        "that daft punk one more time song, I play that last weekend",
        "did I play One More Time by Daft Punk last weekend",
        "en",
    ),
    (
        "ok so I'm back from the site, whatd I play this aftahnoon",
        "what did I play this afternoon",
        "en",
    ),
    (
        "when's the first time that Eres song showed up",
        "when did I first play Eres",
        "en",
    ),
    ("how was last summah for tunes", "how was my last summer", "en"),
    (
        "am I more of a mawnin guy or an aftahnoon guy with the tunes",
        "am I more of a morning guy or an afternoon guy with the tunes",
        "en",
    ),
    (
        "how much Justice I been playin this month",
        "how many times did I play Justice this month",
        "en",
    ),
    ("I hear Da Funk yestaday or nah", "did I play Da Funk yesterday", "en"),
    (
        "Queen, how many times'd I put em on this yeah",
        "how many times did I play Queen this year",
        "en",
    ),
    (
        "when's the last time that Da Funk song came up",
        "when did I last play Da Funk",
        "en",
    ),
    ("what'd I play yestaday aftahnoon", "what did I play yesterday afternoon", "en"),
    (
        "yo I'm back from work, what'd I play this mawnin",
        "what did I play this morning",
        "en",
    ),
    (
        "ey up, who've I been listening to most this month, love",
        "who did I listen to most this month",
        "en",
    ),
    (
        "gi' us mi five favourite tracks for this year, love",
        "what are my top five tracks this year",
        "en",
    ),
    (
        "gi' us mi top three artists this month",
        "what are my top three artists this month",
        "en",
    ),
    (
        "ey up, what were on at five o'clock this afternoon",
        "what was playing at five this afternoon",
        "en",
    ),
    (
        "ey up love, what were playing at half eight this morning",
        "what was playing at 8:30 this morning",
        "en",
    ),
    (
        "our Sharon says I've got funny taste, what is it I like listening to",
        "what is my taste in music",
        "en",
    ),
    (
        "am I reet bad for playing the same thing again and again",
        "do I play the same songs over and over",
        "en",
    ),
    ("what did I kick this month off with", "what did I play first this month", "en"),
    ("what did I kick the week off with", "what did I play first this week", "en"),
    ("gi' us a rundown of mi listening", "give me a recap of my listening", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("I hear the doorbell", "en"),
    ("ey up, what's on the telly", "en"),
    ("ey up, turn the kitchen light on", "en"),
    ("what's playing reet now", "en"),
    ("play that Sexy Boy song in the kitchen", "en"),
    ("gi' us some Queen in the kitchen, love", "en"),
)

# Times no table reads, asked back (`Reading.unread`), never all time.
UNREAD: tuple[tuple[str, str], ...] = (
    ("en", "how many songs I play ovah Thanksgivin"),
    ("en", "what'd I play ovah Chrismas"),
)
