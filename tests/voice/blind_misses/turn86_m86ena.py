"""Issue 45's eighty-fourth turn (blind round twenty-three): an Italian grandmother's broken English.

Blind writer 564, an eighty-year-old Italian grandmother in New Jersey,
opens with Italian ("allora tell me", "senti", "dimmi", "quanto tempo"),
says "canzoni" and "canzone", "the programma with the talking" (a podcast)
and "which disco, the album I mean", a bare present for the past, and
remarks after the question (", madonna mia my head", ", I forget the
name", ", tell me slow please", ", my daughter says always the same").
Eleven of her questions reached no sentence; the net's lines of `en.yaml`
for her now hear "which band was always on", "the five songs, the top
ones", "dimmi the two albums I play most", a kind said first and "which one
I am hooked / I wake up with / I always push away", "today I put on X, ...,
or I forget again?", "X, when they come the first time", "what I end with
on Saturday, the last one", "when I usually have the thing going" and "the
song I am crazy for".

Read wrong or not at all, now read by `parse/italian_nonna_en.py`: "which
song I put on more than the others last week" (the top song: what played
had been answered, a wrong fact), "what podcast I was always putting on
lately, the one with the news" (the top podcast, likewise), "who I don't
want to hear, I skip him always, which artist" (the most skipped artist,
likewise), "weekdays against the weekend, which I listen more, this year"
(the week's parts: the top songs had been answered), "how much I repeat the
same canzoni this year, ..." (the repeat rate: the listening time had been
answered), "that one more time of the robots, the Daft Punk, how many times
last week" (the song's plays: the artist's had been answered), a name said
first with a nickname and asked with "him", "them" or "it" ("the Queen,
Freddie with the mustache, how many times I put him on this year", "the
Mexican boys, Café Tacuba, I hear them lately?", "the album Moon Safari, I
play it last month?", "the song Eres, from the Mexicans, when I play it
the first time"), "quanto tempo, how much time I listen the podcast",
"the episode of the podcast, how many I hear", "how many canzoni we play in
the house", "describe me what music I am into", "what I put on first today,
first thing", "tell me the last song that play on my music". The rows after
her own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "allora tell me, last year who I play more than everybody, which band",
        "which band did I play the most last year",
    ),
    (
        "en",
        "who I was crazy for lately, the singer, I forget the name, madonna mia my head",
        "which singer did I play the most lately",
    ),
    (
        "en",
        "senti, last summer, the one before this, which band was always on",
        "which band did I play the most last summer",
    ),
    (
        "en",
        "which song I put on more than the others last week",
        "which song did I play the most last week",
    ),
    (
        "en",
        "which disco, the album I mean, I listen the most, ever",
        "which album did I listen to the most ever",
    ),
    (
        "en",
        "the programma with the talking, the podcast, which one I am hooked this month",
        "which podcast did I play the most this month",
    ),
    (
        "en",
        "what podcast I was always putting on lately, the one with the news",
        "which podcast did I play the most lately",
    ),
    (
        "en",
        "quanto tempo, how much time I listen the podcast this week",
        "how much time did I listen to podcasts this week",
    ),
    (
        "en",
        "the episode of the podcast, how many I hear last month",
        "how many podcast episodes did I hear last month",
    ),
    (
        "en",
        "how many canzoni we play in the house yesterday",
        "how many songs did we play yesterday",
    ),
    (
        "en",
        "the Queen, Freddie with the mustache, how many times I put him on this year",
        "how many times did I play Queen this year",
    ),
    (
        "en",
        "that one more time of the robots, the Daft Punk, how many times last week",
        "how many times did I play One More Time by Daft Punk last week",
    ),
    (
        "en",
        "the Mexican boys, Café Tacuba, I hear them lately?",
        "did I hear Café Tacuba lately",
    ),
    (
        "en",
        "today I put on The Daily, the news, or I forget again?",
        "did I put on The Daily today",
    ),
    (
        "en",
        "the album Moon Safari, I play it last month?",
        "did I play Moon Safari last month",
    ),
    (
        "en",
        "describe me what music I am into these days",
        "what music am I into these days",
    ),
    (
        "en",
        "when I usually have the thing going, the morning, the night, what time is my time",
        "when do I usually listen",
    ),
    (
        "en",
        "how much I repeat the same canzoni this year, my daughter says always the same, always the same",
        "how much do I repeat the same songs this year",
    ),
    (
        "en",
        "the song Eres, from the Mexicans, when I play it the first time",
        "when did I first play Eres",
    ),
    (
        "en",
        "Justice, when they come the first time in my list",
        "when did I first play Justice",
    ),
    (
        "en",
        "tell me the last song that play on my music, I like it and I forget the name",
        "what was the last song I played",
    ),
    ("en", "what I put on first today, first thing", "what did I play first today"),
    (
        "en",
        "the canzone I always push away, which one",
        "which song do I skip the most",
    ),
    (
        "en",
        "who I don't want to hear, I skip him always, which artist",
        "which artist do I skip the most",
    ),
    (
        "en",
        "weekdays against the weekend, which I listen more, this year",
        "do I listen more on weekdays or at the weekend this year",
    ),
    # The same shapes said another way.
    (
        "en",
        "senti, last month who I play more than everybody, which singer",
        "which singer did I play the most last month",
    ),
    (
        "en",
        "allora, which album I listen more than the others this year",
        "which album did I play the most this year",
    ),
    (
        "en",
        "dimmi, who I was crazy for this summer, the band",
        "which band did I play the most this summer",
    ),
    (
        "en",
        "which singer was always on last month",
        "which singer did I play the most last month",
    ),
    (
        "en",
        "what song I was always putting on this week, the one with the piano",
        "which song did I play the most this week",
    ),
    (
        "en",
        "the programma with the talking, which one I am hooked lately",
        "which podcast did I play the most lately",
    ),
    (
        "en",
        "quanto tempo I listen the music yesterday",
        "how much time did I listen to music yesterday",
    ),
    (
        "en",
        "the episodes of the podcast, how many I play this week",
        "how many podcast episodes did I play this week",
    ),
    ("en", "how many canzoni I play today", "how many songs did I play today"),
    (
        "en",
        "the Daft Punk, the robots, how many times I put them on this month",
        "how many times did I play Daft Punk this month",
    ),
    (
        "en",
        "sexy boy of the french boys, the Air, how many times this year",
        "how many times did I play Sexy Boy by Air this year",
    ),
    (
        "en",
        "the song Genesis, I play it this week?",
        "did I play Genesis this week",
    ),
    (
        "en",
        "yesterday I put on Moon Safari, or I forget again?",
        "did I play Moon Safari yesterday",
    ),
    (
        "en",
        "the album Cross, from Justice, when I hear it the first time",
        "when did I first play Cross",
    ),
    (
        "en",
        "Air, when they come the first time in my music",
        "when did I first play Air",
    ),
    (
        "en",
        "the artist I always push away, which one",
        "which artist do I skip the most",
    ),
    (
        "en",
        "the song I don't like, I skip it always, which song",
        "which song do I skip the most",
    ),
    (
        "en",
        "what I put on first yesterday, first thing",
        "what did I play first yesterday",
    ),
    (
        "en",
        "tell me the last canzone that play on my music",
        "what was the last song I played",
    ),
    (
        "en",
        "how much I repeat the same songs this month, my husband says always the same",
        "how much do I repeat the same songs this month",
    ),
    (
        "en",
        "the weekdays against the weekend, which I listen more, this month",
        "do I listen more on weekdays or at the weekend this month",
    ),
    (
        "en",
        "describe me what songs I am into lately",
        "what music am I into lately",
    ),
    (
        "en",
        "when I usually have the music going, what time is my time",
        "when do I usually listen",
    ),
)

# Asked of Home Assistant: these reached no sentence before.
ANSWERED: tuple[Answered, ...] = (
    (
        "senti, last summer, the one before this, which band was always on",
        "which band did I play the most last summer",
        "en",
    ),
    (
        "the five songs, the top ones, from October, tell me slow please",
        "my top five songs from October",
        "en",
    ),
    (
        "dimmi the two albums I play most since October",
        "my top two albums since October",
        "en",
    ),
    (
        "the programma with the talking, the podcast, which one I am hooked this month",
        "which podcast did I play the most this month",
        "en",
    ),
    (
        "today I put on The Daily, the news, or I forget again?",
        "did I play The Daily today",
        "en",
    ),
    (
        "when I usually have the thing going, the morning, the night, what time is my time",
        "when do I usually listen",
        "en",
    ),
    (
        "Justice, when they come the first time in my list",
        "when did I first play Justice",
        "en",
    ),
    (
        "the first canzone today, which one I wake up with",
        "what was the first song I played today",
        "en",
    ),
    (
        "what I end with on Saturday, the last one",
        "what was the last thing I played on Saturday",
        "en",
    ),
    (
        "the canzone I always push away, which one",
        "which song do I skip the most",
        "en",
    ),
    (
        "the song I am crazy for now, I play it every day",
        "which song have I got on repeat",
        "en",
    ),
    # Said another way.
    ("which singer was always on last month", "my top artist last month", "en"),
    (
        "dimmi the songs I play most this week",
        "my top songs this week",
        "en",
    ),
    (
        "the podcast, which one I am hooked lately",
        "which podcast did I play the most lately",
        "en",
    ),
    (
        "the band I always push away, which one",
        "which artist do I skip the most",
        "en",
    ),
    (
        "the Queen, the one with Freddie, I hear them yesterday?",
        "did I play Queen yesterday",
        "en",
    ),
    (
        "Air, when they come the first time in my music",
        "when did I first play Air",
        "en",
    ),
)

# Her commands and her Italian around them stay Home Assistant's.
STAYS: tuple[Stays, ...] = (
    ("senti, turn on the light in the kitchen", "en"),
    ("dimmi the weather for tomorrow", "en"),
    ("allora, play the songs of the Frank", "en"),
    ("play the canzone of Dean Martin", "en"),
    ("madonna, set an alarm for seven", "en"),
    ("turn off the radio, madonna mia my head", "en"),
    ("the light in the kitchen, which one is on", "en"),
    ("play the song I am crazy for", "en"),
)
