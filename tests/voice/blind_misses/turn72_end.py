"""Issue 45's seventieth turn: a corporate executive's business-speak (blind writer 478).

The executive framed questions as reports asked of staff. A heading before
the question ("quick pulse check: my leading artist back in August?",
"bottom line, name my two biggest songs", "KPI check, number of podcast
episodes", "at a high level, ...", "run the numbers on my top five tracks")
kept it from Encore: Home Assistant looked for an area called "August". The
business verbs were no listening word: "how many minutes of podcasts did I
consume yesterday" lost its podcasts and was answered with all the
listening (a wrong fact), "the record I leaned on hardest", "my time on
audio", "when did Justice first hit my radar", "when did I first onboard The
Daily", "when did I last touch Don't Stop Me Now", "did dance by justice get
any airtime", "what was running at eight fifteen", "what time slot do I
typically engage with the speaker", "which artists are net new for me", "the
song I keep looping", "where's the bulk of my listening, afternoons or
nights" were not understood. ", the worst performer" after "which song do I
skip the most" was read as a performer, an artist, and the most skipped
artist told (a wrong fact). "Circle back on The Daily for me, how many times
did it get played" took "circle back" for the name; "Discovery, the album.
Listened to it since Monday?" said its name and kind first. "What's our
listening time" had taken "our" for a person's name. "Quarter to date", a
unit the persona names, had been read as "to date", all time: a broader
answer than asked, now the quarter under way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "quick pulse check: my leading artist back in August?",
        "who was my top artist in August",
    ),
    (
        "en",
        "run the numbers, how many minutes of podcasts did I consume yesterday",
        "how many minutes of podcasts did I listen to yesterday",
    ),
    (
        "en",
        "which song do I skip the most, the worst performer",
        "which song do I skip the most",
    ),
    (
        "en",
        "which track do I skip the most, the underperformer in the lineup",
        "which track do I skip the most",
    ),
    (
        "en",
        "at a high level, what's the record I leaned on hardest in twenty twenty five",
        "what's the record I played the most in twenty twenty five",
    ),
    (
        "en",
        "circle back on The Daily for me, how many times did it get played since October",
        "The Daily, how many times did it get played since October",
    ),
    ("en", "when did Justice first hit my radar", "when did I first listen to Justice"),
    (
        "en",
        "when did I first onboard The Daily",
        "when did I first listen to The Daily",
    ),
    (
        "en",
        "when did I last touch don't stop me now",
        "when did I last listen to don't stop me now",
    ),
    (
        "en",
        "last time Air was on my speaker, when was that",
        "when did I last listen to Air",
    ),
    (
        "en",
        "what did I lead with this week, song-wise",
        "what song did I start with this week",
    ),
    (
        "en",
        "what's the song I keep looping, give me the headline",
        "what's the song I keep playing on repeat",
    ),
    (
        "en",
        "where's the bulk of my listening, afternoons or nights",
        "do I listen more in the afternoons or at night",
    ),
    (
        "en",
        "how would you profile my listening preferences at a high level",
        "describe my taste",
    ),
    (
        "en",
        "what's our time on audio looking like this afternoon",
        "how long did we listen this afternoon",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "quick pulse check: my leading artist back in August?",
        "who was my top artist in August",
        "en",
    ),
    (
        "run the numbers on my top five tracks over the last thirty days",
        "my top five tracks over the last thirty days",
        "en",
    ),
    (
        "bottom line, name my two biggest songs of all time",
        "name my two biggest songs of all time",
        "en",
    ),
    (
        "at a high level, what's the record I leaned on hardest in twenty twenty five",
        "what album did I play the most in 2025",
        "en",
    ),
    (
        "run the numbers, how many minutes of podcasts did I consume yesterday",
        "how many minutes of podcasts did I listen to yesterday",
        "en",
    ),
    (
        "KPI check: how many hours did I consume this week",
        "how long did I listen this week",
        "en",
    ),
    (
        "what's my time on audio looking like this afternoon",
        "how long did I listen this afternoon",
        "en",
    ),
    (
        "what's our time on audio looking like today",
        "how long did we listen today",
        "en",
    ),
    (
        "KPI check, number of podcast episodes played in October",
        "number of podcast episodes played in October",
        "en",
    ),
    (
        "number of distinct songs, all in, since day one",
        "how many different songs have I played of all time",
        "en",
    ),
    (
        "circle back on The Daily for me, how many times did it get played since October",
        "how many times did I play The Daily since October",
        "en",
    ),
    (
        "circle back on Queen, how many times did I play them last month",
        "how many times did I play Queen last month",
        "en",
    ),
    (
        "Discovery, the album. Listened to it since Monday?",
        "did I listen to the album Discovery since Monday",
        "en",
    ),
    (
        "did dance by justice get any airtime in October",
        "did I listen to dance by justice in October",
        "en",
    ),
    (
        "did Genesis get any airtime last week",
        "did I listen to Genesis last week",
        "en",
    ),
    (
        "give me the topline on what I listened to yesterday evening",
        "what did I listen to yesterday evening",
        "en",
    ),
    (
        "at a high level what music did I run the day before yesterday",
        "what music did I play the day before yesterday",
        "en",
    ),
    (
        "what was running at eight fifteen this morning",
        "what was playing at eight fifteen this morning",
        "en",
    ),
    (
        "what was running yesterday at seven forty-five pm",
        "what was playing yesterday at 7:45 pm",
        "en",
    ),
    (
        "how would you profile my listening preferences at a high level",
        "describe my taste",
        "en",
    ),
    (
        "what time slot do I typically engage with the speaker",
        "what time do I usually listen",
        "en",
    ),
    (
        "which artists are net new for me since March",
        "which new artists did I discover since March",
        "en",
    ),
    ("when did Justice first hit my radar", "when did I first listen to Justice", "en"),
    ("when did Air first land on my radar", "when did I first listen to Air", "en"),
    (
        "when did I first onboard The Daily",
        "when did I first listen to The Daily",
        "en",
    ),
    (
        "when did I last touch don't stop me now",
        "when did I last listen to don't stop me now",
        "en",
    ),
    (
        "last time Air was on my speaker, when was that",
        "when did I last listen to Air",
        "en",
    ),
    (
        "what did I lead with this week, song-wise",
        "what did I start with this week",
        "en",
    ),
    (
        "which song do I skip the most, the worst performer",
        "which song do I skip the most",
        "en",
    ),
    (
        "what's the song I keep looping, give me the headline",
        "what's the song I keep playing on repeat",
        "en",
    ),
    (
        "where's the bulk of my listening, afternoons or nights",
        "do I listen more in the afternoons or at night",
        "en",
    ),
    (
        "net-net, where's the lion's share of my listening, mornings or evenings",
        "do I listen more in the mornings or in the evenings",
        "en",
    ),
)

# "Quarter to date" had been read as "to date", all time: the quarter under
# way is meant, and "last quarter" the one before it.
ANSWERED += (
    (
        "quarter to date, who's my top artist",
        "who was my top artist in the fourth quarter",
        "en",
    ),
    (
        "what's my top song this quarter",
        "what was my top song in the fourth quarter",
        "en",
    ),
    (
        "who was my top artist last quarter",
        "who was my top artist in the third quarter",
        "en",
    ),
    (
        "pulse check on my skip rate this month",
        "what's my skip rate this month",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("bottom line, turn off the kitchen lights", "en"),
    ("run the numbers, play Daft Punk in the kitchen", "en"),
    ("at a high level, what's playing in the kitchen", "en"),
    ("pulse check, what's playing right now", "en"),
    ("KPI check, set a timer for ten minutes", "en"),
    ("remind me to circle back with finance at three", "en"),
    ("play some focus music, I need to deep dive on a deck", "en"),
    ("net-net, pause the music", "en"),
    ("how many calories did I consume today", "en"),
)
