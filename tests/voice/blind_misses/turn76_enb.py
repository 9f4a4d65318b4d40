"""Issue 45's seventy-fourth turn (blind round thirteen): writers 502 and 507.

Writer 502, a Filipino nurse in London, speaks English with Taglish touches.
"In the kitchen who's the band we always play last week di ba" had been
answered with what played last week (a wrong fact: the top band was
asked); "how many hours I listen for the whole week already" had its week
unread; "how many tracks for the whole day yesterday po" and "since monday
how many songs the speaker play for me" looked for a name "whole day" and
"speaker"; "I play sexy boy by air last weekend di ba" (did I) was not
understood; "ano ba ...", "... naman", "... po" and "kuya" were taken for
an area by Home Assistant; "what's on this morning at eight fifteen", "ano
yung playing at ten past five this afternoon", "what song I end with on
november 3rd", "ano my LSS song these days" and "hows our october in music"
reached no sentence; "when's the last time I play the daily" lost its
name. Her "last last week" (the week before last) had been read as last
week, a wrong week.

Writer 507's recogniser split "album" into "al bum": "whats my favourite al
bum of all time" had been answered with the top songs, a wrong fact.

Mended in `parse/nurse_taglish_en.py` (read first of `said_as_written_en`),
the particles as skip words and a few net sentences in `sentences/en.yaml`.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "in the kitchen who's the band we always play last week di ba",
        "which band did we play the most in the kitchen last week",
    ),
    ("en", "who's the singer I always listen to", "which singer did I play the most"),
    (
        "en",
        "how many hours I listen for the whole week already",
        "how many hours did I listen this week",
    ),
    (
        "en",
        "how many hours I listen for the whole month already",
        "how many hours did I listen this month",
    ),
    (
        "en",
        "how many tracks for the whole day yesterday po",
        "how many tracks did I play yesterday",
    ),
    (
        "en",
        "since monday how many songs the speaker play for me",
        "how many songs did I play since monday",
    ),
    ("en", "how many artist in total naman", "how many different artists did I play"),
    (
        "en",
        "I play sexy boy by air last weekend di ba",
        "did I play sexy boy by air last weekend",
    ),
    ("en", "we play daft punk this week di ba", "did we play daft punk this week"),
    (
        "en",
        "ano yung playing at ten past five this afternoon",
        "what was playing at ten past five this afternoon",
    ),
    (
        "en",
        "when's the last time I play the daily",
        "when did I last play the daily",
    ),
    (
        "en",
        "when's the first time I listen to queen",
        "when did I first play queen",
    ),
    (
        "en",
        "what song I end with on november 3rd",
        "what was the last song I played on november 3rd",
    ),
    (
        "en",
        "what song I finish with yesterday",
        "what was the last song I played yesterday",
    ),
    (
        "en",
        "ano my LSS song these days, the one always playing",
        "what song have I had on repeat lately",
    ),
    ("en", "hows my september in music po", "how was my september in music"),
    ("en", "what did I play last last week", "what did I play the week before last"),
    (
        "en",
        "how many songs I play last last month po",
        "how many songs did I play the month before last",
    ),
    (
        "en",
        "whats my favourite al bum of all time",
        "what is my favourite album of all time",
    ),
    ("en", "top art ists last month", "my top artists last month"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "in the kitchen who's the band we always play last week di ba",
        "who were our top artists in the kitchen last week",
        "en",
    ),
    (
        "ano ba my favourite album lately the one always on",
        "what is my favourite album lately",
        "en",
    ),
    (
        "how many hours I listen for the whole week already",
        "how long did I listen this week",
        "en",
    ),
    (
        "how many tracks for the whole day yesterday po",
        "how many tracks did I play yesterday",
        "en",
    ),
    (
        "since monday how many songs the speaker play for me",
        "how many songs did I play since monday",
        "en",
    ),
    (
        "how many artist in total naman",
        "how many different artists did I listen to",
        "en",
    ),
    (
        "how many times the daily for this whole year",
        "how many times did I play the daily this year",
        "en",
    ),
    (
        "I play sexy boy by air last weekend di ba",
        "did I play sexy boy by air last weekend",
        "en",
    ),
    (
        "what's on this morning at eight fifteen",
        "what was playing this morning at eight fifteen",
        "en",
    ),
    (
        "ano yung playing at ten past five this afternoon",
        "what was playing at ten past five this afternoon",
        "en",
    ),
    (
        "when's the last time I play the daily",
        "when did I last play the daily",
        "en",
    ),
    (
        "what song I end with on november 3rd",
        "what was the last song I played on november 3rd",
        "en",
    ),
    (
        "ano my LSS song these days, the one always playing",
        "what song have I had on repeat lately",
        "en",
    ),
    ("hows our october in music", "how was our october in music", "en"),
    (
        "whats my favourite al bum of all time",
        "what is my favourite album of all time",
        "en",
    ),
    (
        "what did I play last last week",
        "what did I play the week before last",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("kuya skip this song", "en"),
    ("play ben and ben in the kitchen po", "en"),
    ("louder po di ko marinig", "en"),
    ("what's playing now in the kitchen", "en"),
    ("ano yung playing ngayon", "en"),
    ("what's on tonight at eight", "en"),
    ("stop the music I'm going to sleep na", "en"),
    ("pause the podcast muna", "en"),
)
