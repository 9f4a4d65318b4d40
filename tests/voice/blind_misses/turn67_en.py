"""Issue 45's sixty-fifth turn, English: the second round's misses left (writers 426 to 430).

A French learner (writer 429) counted the clock in twenty-four hours and
said it in words: "at twenty hours less the quarter", "at twenty one hours"
were left unread and the whole day answered (a wrong fact); "eight hours
ten in the evening"; "how many time the daft punk was playing"; "in the
week or the weekend, when we listened more last month" (the first play
answered); "X i listened it when the last time"; "resume me my listening".
A Jamaican Londoner (427) said "th" as "t" ("november tird", "last tree
months": the day left out, a wrong fact), "dis afternoon, how much tune mi
put on" (the period left out, a wrong fact), "eight o'clock a night",
"every single day fi how long now" (the streak), "afternoon or night time"
(a Jamaican's night is the evening), "dat X ting", "run mi tru", "who mi
been rinsin out", and "album dem" with no other word of Patois. A night
nurse (428) typed shorthand: "top3 artists this mo", "#1 band this yr",
"how many x", "X, # this mo", "recap of wk", "since mar", "am or pm
listener", "usual listening hr + day", "wkdays vs wknds", "listening hrs in
the kitchen sat". An over-polite gentleman (430) wrapped his questions:
", I wonder,", ", by any happy chance,", ", if you would be so good", "I
wonder if you might count for me", "would you be so kind as to run me
through", "tot up the various bands", "the pleasure of hearing", "days in
succession", "what my musical tastes run to", and "which long-playing
record, or album as I gather they are now called" (songs ranked, a wrong
fact). A Cork grandmother (426): "the whole year so far", "the talking
programme I'm always listening to" (the most played), "not counting the
same one twice", "on the third of November, the Tuesday", "the very first
song of this year".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A French speaker's clock in hours.
    (
        "en",
        "what played yesterday at nineteen hours less the quarter",
        "what played yesterday at 18:45",
    ),
    (
        "en",
        "what was on the day before yesterday at twenty two hours",
        "what was on the day before yesterday at 22:00",
    ),
    (
        "en",
        "which song was playing yesterday at seven hours twenty in the evening",
        "which song was playing yesterday at 7:20 in the evening",
    ),
    (
        "en",
        "what was playing on Monday at eighteen hours and half",
        "what was playing on Monday at 18:30",
    ),
    (
        "en",
        "how many time the justice was playing this week",
        "how many times did I play the justice this week",
    ),
    (
        "en",
        "on weekdays or at the weekend, when did I listen more last week",
        "did I listen more on weekdays or at the weekend last week",
    ),
    ("en", "sexy boy i played it when the last time", "when did I last play sexy boy"),
    # Patois.
    ("en", "wah mi play pon october tird", "what did I play on october third"),
    (
        "en",
        "dis mawnin, how much song mi put on",
        "how many songs did I put on this morning",
    ),
    (
        "en",
        "how much Justice mi did have on dis month",
        "how many times did I play Justice this month",
    ),
    (
        "en",
        "top tree artist dem, last tree week",
        "top three artists, last three weeks",
    ),
    (
        "en",
        "mi a play music every single day fi how long now",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "morning or night time, when mi listen more",
        "morning or evening, when do I listen more",
    ),
    (
        "en",
        "mi hear dat daft punk ting last week or wah",
        "did I hear daft punk last week",
    ),
    ("en", "run mi tru wah mi play yesterday", "what did I play yesterday"),
    (
        "en",
        "yesterday round nine o'clock a night, wah chune mi play",
        "what song did I play yesterday around nine at night",
    ),
    # A nurse's shorthand.
    ("en", "top5 songs this yr pls", "top 5 songs this year"),
    ("en", "top2 artists since mar", "top 2 artists since march"),
    ("en", "air how many x this mo", "how many times air this month"),
    (
        "en",
        "sexy boy by air, # this wk",
        "how many times did I play sexy boy by air this week",
    ),
    ("en", "recap of mo", "recap of this month"),
    (
        "en",
        "listening hrs in the office fri",
        "listening hours in the office on friday",
    ),
    (
        "en",
        "pm or am listener, which more",
        "evening or morning listener, which more",
    ),
    ("en", "peak listening hr + day", "peak listening hour and day"),
    # An over-polite gentleman.
    (
        "en",
        "How many different artists, I wonder, have I played since Tuesday",
        "how many different artists have I played since Tuesday",
    ),
    ("en", "What, pray, did I play last Saturday", "what did I play last Saturday"),
    (
        "en",
        "Did I, by any happy chance, play Genesis yesterday",
        "did I play Genesis yesterday",
    ),
    (
        "en",
        "Which album did I play most last month, if you would be so good",
        "which album did I play most last month",
    ),
    (
        "en",
        "I wonder if you might count for me how many songs I heard yesterday",
        "how many songs I heard yesterday",
    ),
    (
        "en",
        "Would you be so kind as to run me through what I played last Sunday",
        "what I played last Sunday",
    ),
    (
        "en",
        "Would you be so good as to tot up the various singers I played in October",
        "how many different singers did I play in October",
    ),
    (
        "en",
        "When did I last have the pleasure of hearing Genesis",
        "when did I last hear Genesis",
    ),
    (
        "en",
        "How many days in succession have I listened",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "which long-playing record, or album as they are now called, did I play most last month",
        "which album did I play most last month",
    ),
    (
        "en",
        "what did I play last night, my memory isn't what it was",
        "what did I play last night",
    ),
    (
        "en",
        "tell me, in your estimation, what my musical tastes run to",
        "what is my taste in music",
    ),
    # A Cork grandmother.
    (
        "en",
        "give us my five favourite artists of the whole year so far",
        "my five favourite artists this year so far",
    ),
    (
        "en",
        "which tune am I always listening to",
        "which tune do I listen to the most",
    ),
    (
        "en",
        "how many tunes did I play this month, not counting the same one twice",
        "how many different tunes did I play this month",
    ),
    (
        "en",
        "what did I play on the fifth of November, the Thursday",
        "what did I play on Thursday the fifth of November",
    ),
    (
        "en",
        "the very last song of yesterday",
        "what was the very last song of yesterday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what played yesterday at twenty hours less the quarter",
        "what played yesterday at 19:45",
        "en",
    ),
    (
        "the day before yesterday at twenty one hours, what was the music",
        "what was playing the day before yesterday at 21:00",
        "en",
    ),
    (
        "which song i put first on the third of november",
        "what was the first song on november third",
        "en",
    ),
    (
        "dis afternoon, how much tune mi put on",
        "how many songs did I play this afternoon",
        "en",
    ),
    ("wah did play pon november tird", "what did I play on november third", "en"),
    (
        "mi a listen every single day fi how long now",
        "how many days in a row have I listened",
        "en",
    ),
    ("top tree album dem, last tree months", "top 3 albums last three months", "en"),
    ("how much mi a replay di same song dem", "what is my repeat rate", "en"),
    ("wah tune mi always a skip past", "which song do I skip the most", "en"),
    ("top3 artists this mo pls", "top 3 artists this month", "en"),
    ("#1 band this yr", "who is my top artist this year", "en"),
    ("# times queen this wk", "how many times did I play queen this week", "en"),
    (
        "one more time by daft punk, # this mo",
        "how many times did I play one more time by daft punk this month",
        "en",
    ),
    ("recap of wk", "recap this week", "en"),
    ("justice yday?", "did I play justice yesterday", "en"),
    (
        "I wonder if you might count for me how many songs I played this morning",
        "how many songs did I play this morning",
        "en",
    ),
    (
        "How many different songs, I wonder, have I played since Monday",
        "how many different songs have I played since Monday",
        "en",
    ),
    ("What, pray, did I have on last Friday", "what did I play last Friday", "en"),
    (
        "How many days in succession have I been listening now, I wonder",
        "how many days in a row have I been listening",
        "en",
    ),
    (
        (
            "I wonder whether you could tell me which long-playing record, or album as "
            "I gather they are now called, I have played most this year"
        ),
        "what is my top album this year",
        "en",
    ),
    (
        "give us my three favourite songs of the whole year so far so",
        "my three favourite songs this year",
        "en",
    ),
    (
        "what's the talking programme I'm always listening to, the podcast one",
        "what is my top podcast",
        "en",
    ),
    (
        "what was I playing on the third of November, the Tuesday",
        "what was I playing on Tuesday the third of November",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Sexy Boy, if you would be so good", "en"),
    ("turn on the kitchen light, I wonder", "en"),
    ("wah mi a listen to right now", "en"),
    ("set a timer for twenty minutes", "en"),
    ("top up the kettle please", "en"),
)
