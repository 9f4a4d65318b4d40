"""Issue 45's seventieth turn, English: blind writers 473, 474, 477 and 479.

An Aberdeen teenager (writer 473) said Doric the granny's reader
(`doric_en`) did not know: "fa've I been listenin tae maist" and "fa've I
been pure obsessed wi lately" were answered with songs ("fa" is who), and
"at nine o clock last nicht" with this morning's nine (Doric's "o" for of
made "nine of clock"): wrong facts (`parse.doric_teen_en`). "Wis music on
lang this efternoon", "that hale year", "foo lang's ma run", "the daily,
foo mony episodes o that", "fill me in on ma year, fit wis it like" were
not understood, and "fit's ma vibe", "fan am I maist likely", "fit's on
heavy rotation", "fit's that tune I canna stop playin", "fan did X first
turn up", "maist played podcast" reached no sentence (the net's teenage
Doric lines). A Lahore uncle (474) said "beta" first and "..., total number
only" last (`parse.lahore_en`); a Chennai student (477) "tell no", "enna",
"machan" and "enna da" around the question and "any artist I heard first
time itself" for new artists (`parse.chennai_en`, skip words "machan",
"tell no"); an Alabama grandmother (479) "listening to that speaker" for
the household's listening (`parse.alabama_en`). Commands said the same way
stay Home Assistant's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "fit like, fa've I been listenin tae maist this month",
        "who have I been listening to most this month",
    ),
    (
        "en",
        "fa've I been playin maist this year",
        "who have I been playing most this year",
    ),
    (
        "en",
        "wis music on lang this efternoon or fit",
        "how long was music on this afternoon",
    ),
    ("en", "wis the tunes on lang yesterday", "how long was the music on yesterday"),
    (
        "en",
        "the daily, foo mony episodes o that did I hear last week",
        "how many episodes of the daily did I hear last week",
    ),
    (
        "en",
        "hiv I had somethin on every day, like foo lang's ma run",
        "how long is my listening streak",
    ),
    ("en", "fill me in on ma month, fit wis it like", "recap of my month"),
    (
        "en",
        "how many things we played last weekend, total number only",
        "how many things did we play last weekend",
    ),
    (
        "en",
        "beta how many songs did I play yesterday",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "how much time did we spend listening to that speaker last weekend",
        "how much time did we spend listening last weekend",
    ),
    (
        "en",
        "how long did I spend listening to that there radio this week",
        "how long did I spend listening this week",
    ),
    ("en", "enna I heard last friday tell no", "what did I hear last friday"),
    (
        "en",
        "since march any artist I heard first time itself",
        "which new artists did I hear since march",
    ),
    ("en", "last song I heard enna da", "what was the last song I heard"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "fit like, fa've I been listenin tae maist this month",
        "who did I listen to most this month",
        "en",
    ),
    (
        "ngl fa've I been pure obsessed wi lately",
        "who have I been listening to most lately",
        "en",
    ),
    ("maist played podcast last month?", "most played podcast last month", "en"),
    (
        "wis music on lang this efternoon or fit",
        "how long was music on this afternoon",
        "en",
    ),
    (
        "twenty twenty five, foo mony streams did I rack up that hale year",
        "how many plays did I have in 2025",
        "en",
    ),
    (
        "the daily, foo mony episodes o that did I hear last week",
        "how many episodes of the daily did I hear last week",
        "en",
    ),
    (
        "at nine o clock last nicht fit tune wis on",
        "what was playing yesterday at 9 pm",
        "en",
    ),
    (
        "at ten o clock last nicht fit wis on",
        "what was playing yesterday at 10 pm",
        "en",
    ),
    ("fit's ma vibe musically like, sum it up", "what's my music taste", "en"),
    (
        "fan am I maist likely tae be listenin, like fit hour an fit day",
        "when do I listen the most",
        "en",
    ),
    (
        "hiv I had somethin on every day, like foo lang's ma run",
        "how long is my listening streak",
        "en",
    ),
    (
        "fan did eres by cafe tacuba first turn up",
        "when did I first listen to eres",
        "en",
    ),
    ("fan did sexy boy first show up", "when did I first listen to sexy boy", "en"),
    ("fit's on heavy rotation these days", "what have I had on repeat lately", "en"),
    (
        "fit's that tune I canna stop playin",
        "what song have I been playing on repeat",
        "en",
    ),
    ("fill me in on ma year, fit wis it like", "recap my year", "en"),
    (
        "how many things we played last weekend, total number only",
        "how many things did we play last weekend",
        "en",
    ),
    (
        "beta did i play that around the world song last weekend or not",
        "did I play around the world last weekend",
        "en",
    ),
    (
        "how much time did we spend listening to that speaker last weekend",
        "how much time did we spend listening last weekend",
        "en",
    ),
    ("tell no top two albums of twenty twenty five", "my top two albums in 2025", "en"),
    ("enna I heard last friday tell no", "what did I listen to last friday", "en"),
    (
        "since march any artist I heard first time itself",
        "which new artists did I discover since march",
        "en",
    ),
    ("sexy boy last played when machan", "when did I last play sexy boy", "en"),
    ("genesis first played when machan", "when did I first play genesis", "en"),
    ("last song I heard enna da", "what was the last song I played", "en"),
    ("enna my top artist this month machan", "who is my top artist this month", "en"),
    (
        "kindly tell the total tally of songs this week",
        "how many songs did I play this week",
        "en",
    ),
    (
        "y'all reckon how many songs we played last week",
        "how many songs did we play last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("fit's that tune", "en"),
    ("fit's on the telly the nicht", "en"),
    ("fit's playin in the kitchen the noo", "en"),
    ("machan play some anirudh in the kitchen", "en"),
    ("tell no turn off the lights", "en"),
    ("beta turn on the lights", "en"),
    ("turn up that speaker", "en"),
    ("enna song is this", "en"),
    ("kindly tell the total tally of lights on", "en"),
    ("hiv I had the heating on every day", "en"),
)
