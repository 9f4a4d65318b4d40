"""Issue 45's seventy-ninth turn (blind round eighteen): a Sussex vicar, a Spanish A2 learner.

Blind writer 535, a 90-year-old retired vicar from Sussex, asks formally
and roundabout and is unsure of modern words. "I am told I may ask you
this: which spoken wireless programme have I been, shall we say, hooked on
lately?" had been answered with everyone's top songs (a wrong fact: the
podcast was "a spoken wireless programme", and "shall we say" no
household). "Might you name for me ...", "Be good enough to tell me ...",
"What sort of things have I been partial to", "Tell us, if you would, how
our October went in the way of music", "Is the wireless on more during the
working week than ..." and "Bohemian Rhapsody. When did it first appear
among the things I listen to?" reached no sentence of Encore's (Home
Assistant looked for a device or an area), and "Is my streak, as my
grandson would have it, still going, and how long is it?" was taken for two
questions. `sussex_vicar_en` reads his words, the net takes his openings
and shapes, and a second half that only asks "how long is it" of the first
is one question (`voice.elsewhere`).

Blind writer 537, a Spanish native speaker at A2-B1, keeps Spanish words
and order: "to which podcast I am enganched these days" (enganchado),
"how many time of podcast I hear in october" (cuánto tiempo), "how much
Queen I have listen in the summer" (cuánto), "have I put eres of cafe
tacvba this week" (poner; "de" for by), "in what moment of the day I use to
listen" (suelo), "which groups new appear in my history" (grupos nuevos),
"how many songs I have passed without listen them" (pasar: skip), "which is
the song that I am putting all the time". `spanish_a2_en` reads them.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "I am told I may ask you this: which spoken wireless programme have I been, shall we say, hooked on lately?",
        "which podcast have I played most lately",
    ),
    (
        "en",
        "I am told I may ask you this: which talking programme have I been, shall we say, partial to this month?",
        "which podcast have I played most this month",
    ),
    (
        "en",
        "Bohemian Rhapsody. When did it first appear among the things I listen to?",
        "when did I first play Bohemian Rhapsody",
    ),
    (
        "en",
        "Genesis. When did it first appear among the things I listen to?",
        "when did I first play Genesis",
    ),
    (
        "en",
        "Is my streak, as my grandson would have it, still going, and how long is it?",
        "how long is my streak",
    ),
    (
        "en",
        "to which podcast I am enganched these days",
        "which podcast have I played most these days",
    ),
    (
        "en",
        "to which band I am enganchado lately",
        "which band have I played most lately",
    ),
    (
        "en",
        "how many time of podcast I hear in october",
        "how much time did I listen to podcasts in october",
    ),
    (
        "en",
        "how many time of music I hear this week",
        "how much time did I listen to music this week",
    ),
    (
        "en",
        "which groups new appear in my history in the last 30 days",
        "which new groups did I discover in the last 30 days",
    ),
    (
        "en",
        "which artists new appear in my history this month",
        "which new artists did I discover this month",
    ),
    (
        "en",
        "how many songs I have passed this week without listen them",
        "how many songs have I skipped this week",
    ),
    (
        "en",
        "how many songs I passed today without listen them",
        "how many songs have I skipped today",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Might you name for me my three most listened-to musicians since October?",
        "who are my top 3 artists since October",
        "en",
    ),
    (
        "Might you name for me my five most listened-to singers this year?",
        "who are my top 5 artists this year",
        "en",
    ),
    (
        "Would you be good enough to tell me the album I have played most this month, as it were?",
        "what is my top album this month",
        "en",
    ),
    (
        "I am told I may ask you this: which spoken wireless programme have I been, shall we say, hooked on lately?",
        "what is my top podcast lately",
        "en",
    ),
    (
        "The churchwarden accuses me of rather modern taste. What sort of things have I been partial to this year?",
        "what is my taste this year",
        "en",
    ),
    (
        "What sort of music have I been partial to this month?",
        "what is my taste this month",
        "en",
    ),
    (
        "Is my streak, as my grandson would have it, still going, and how long is it?",
        "how long is my streak",
        "en",
    ),
    (
        "Is my streak, as my granddaughter would have it, still going, and how long is it?",
        "how long is my streak",
        "en",
    ),
    (
        "Bohemian Rhapsody. When did it first appear among the things I listen to?",
        "when did I first play Bohemian Rhapsody",
        "en",
    ),
    (
        "Genesis. When did it first appear among the things I listen to?",
        "when did I first play Genesis",
        "en",
    ),
    (
        "Tell us, if you would, how our October went in the way of music.",
        "how was our October",
        "en",
    ),
    (
        "Tell me, if you would, how my September went in the way of music.",
        "how was my September",
        "en",
    ),
    (
        "Is the wireless on more during the working week than on Saturdays and Sundays, would you say?",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
    (
        "Is the radio on more during the week than at weekends, would you say?",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
    (
        "to which podcast I am enganched these days",
        "what is my top podcast lately",
        "en",
    ),
    ("to which band I am enganchado lately", "who is my top artist lately", "en"),
    (
        "how many time of podcast I hear in october",
        "how long did I listen to podcasts in october",
        "en",
    ),
    (
        "how many time of music I hear this week",
        "how long did I listen to music this week",
        "en",
    ),
    (
        "how much Queen I have listen in the summer?",
        "how many times did I play Queen in the summer",
        "en",
    ),
    (
        "how much Daft Punk I have listen this month?",
        "how many times did I play Daft Punk this month",
        "en",
    ),
    (
        "have I put eres of cafe tacvba this week?",
        "did I play eres by cafe tacvba this week",
        "en",
    ),
    (
        "have I put around the world of daft punk yesterday?",
        "did I play around the world by daft punk yesterday",
        "en",
    ),
    (
        "in what moment of the day I use to listen",
        "when do I usually listen",
        "en",
    ),
    (
        "at what moment of the day I use to listen music",
        "when do I usually listen to music",
        "en",
    ),
    (
        "which groups new appear in my history in the last 30 days",
        "which new artists did I discover in the last 30 days",
        "en",
    ),
    (
        "how many songs I have passed this week without listen them",
        "how many songs did I skip this week",
        "en",
    ),
    (
        "how many songs I passed today without listen them",
        "how many songs did I skip today",
        "en",
    ),
    (
        "which is the song that I am putting all the time these days",
        "what song do I have on repeat these days",
        "en",
    ),
    (
        "which is the song that I am putting all the time lately",
        "what song do I have on repeat lately",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("put the kettle on", "en"),
    ("is the radio on", "en"),
    ("turn on the radio in the kitchen", "en"),
    ("what is playing on the wireless", "en"),
    ("play bohemian rhapsody in the kitchen", "en"),
    ("what song is playing now", "en"),
    ("turn off the lights and how long is it until sunset", "en"),
)
