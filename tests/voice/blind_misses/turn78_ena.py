"""Issue 45's seventy-sixth turn (blind round fifteen): an Iowa farmer and an Essex hairdresser.

Blind writer 515, a terse Iowa corn farmer, drops the asking verb and keeps
the thing and the time: "hear Eres last week", "we play any Air Saturday",
"time on podcasts last month", "what songs this afternoon", "best band
past two weeks", and says a song "runs" ("song I keep running these
days"). None reached Encore or was read for what it asks. "music in the
kitchen last thirty days. how long" lost its music to a learner's rule
that drops a topic said first, and the kitchen's podcasts were counted
too: a wrong fact. `iowa_terse_en` reads his dropped verbs; net lines take
his words to Encore; `learner_ja` keeps music or podcasts said first
before a "how long" said last.

Blind writer 516, a chatty Essex hairdresser, calls the speaker "babe"
("how many songs have I played so far today babe?": a count of a name
"babe"; "quick one babe, was X by Y on this afternoon?" and "ooh go on
then babe, who've I ..." reached no sentence), asks by a tag alone
("listened to much Queen this year, have I?": a count of "Queen this year,
have I"), gives her reason after the question ("is it the weekend I play
more or the weekdays? 'Cause the salon's shut Mondays ...": Monday's week
parts were answered, a wrong fact), says the meal before its clock
("yesterday dinnertime, twelve o'clock": yesterday was lost) and "am I one
of them people who has the same thing on all the time?". `essex_salon_en`
reads her, `meal_clock_en` the meal said first; "babe" and "ooh" are skip
words.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "music in the kitchen last thirty days. how long",
        "how long did I listen to music in the kitchen last thirty days",
    ),
    ("en", "music last week. how long", "how long did I listen to music last week"),
    (
        "en",
        "podcasts yesterday, how long",
        "how long did I listen to podcasts yesterday",
    ),
    ("en", "hear Eres last week", "did I hear Eres last week"),
    ("en", "heard any Queen yesterday", "did I hear Queen yesterday"),
    ("en", "we play any Air Saturday", "did we play any Air Saturday"),
    (
        "en",
        "time on podcasts last month",
        "how long did I listen to podcasts last month",
    ),
    ("en", "hours on music this week", "how long did I listen to music this week"),
    ("en", "what songs this afternoon", "what songs did I play this afternoon"),
    ("en", "what tunes last night", "what tunes did I play last night"),
    ("en", "song I keep running these days", "what song do I keep playing these days"),
    ("en", "tune I keep running lately", "what song do I keep playing lately"),
    (
        "en",
        "how many songs have I played so far today babe?",
        "how many songs have I played so far today?",
    ),
    ("en", "babe, what did I play last night?", "what did I play last night?"),
    (
        "en",
        "listened to much Queen this year, have I?",
        "have I listened to Queen this year?",
    ),
    (
        "en",
        "played loads of Justice last week, did I?",
        "have I played Justice last week?",
    ),
    (
        "en",
        "is it the weekend I play more or the weekdays? 'Cause the salon's shut Mondays so it's all muddled",
        "is it the weekend I play more or the weekdays?",
    ),
    (
        "en",
        "what was on Friday morning? because I was in the salon from nine",
        "what was on Friday morning?",
    ),
    (
        "en",
        "do I listen more in the mornings or evenings? cos I'm up at six",
        "do I listen more in the mornings or evenings?",
    ),
    (
        "en",
        "yesterday dinnertime, twelve o'clock, what was I playing?",
        "what was I playing yesterday at twelve pm?",
    ),
    (
        "en",
        "Friday teatime, five o'clock, what was on?",
        "what was playing Friday at five pm?",
    ),
    (
        "en",
        "am I one of them people who has the same thing on all the time? How much do I replay stuff",
        "do I play the same songs over and over? How much do I replay stuff",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "music in the kitchen last thirty days. how long",
        "how long did I listen to music in the kitchen in the last thirty days",
        "en",
    ),
    ("best band past two weeks", "who was my top artist in the past two weeks", "en"),
    ("best album this year", "what was my top album this year", "en"),
    ("hear Eres last week", "did I hear Eres last week", "en"),
    ("heard any Justice last week", "did I hear Justice last week", "en"),
    (
        "time on podcasts last month",
        "how long did I listen to podcasts last month",
        "en",
    ),
    ("hours on music this week", "how long did I listen to music this week", "en"),
    ("what songs this afternoon", "what songs did I play this afternoon", "en"),
    ("song I keep running these days", "what song do I keep playing these days", "en"),
    (
        "ooh go on then babe, who've I been playing the most this month? Don't say Queen, I'll be mortified",
        "who did I listen to most this month",
        "en",
    ),
    (
        "how many songs have I played so far today babe?",
        "how many songs have I played so far today",
        "en",
    ),
    (
        "listened to much Queen this year, have I?",
        "have I listened to Queen this year",
        "en",
    ),
    (
        "quick one babe, was One More Time by Daft Punk on this afternoon?",
        "did I play One More Time by Daft Punk this afternoon",
        "en",
    ),
    (
        "was Genesis by Justice on yesterday",
        "did I play Genesis by Justice yesterday",
        "en",
    ),
    (
        "yesterday dinnertime, twelve o'clock, what was I playing?",
        "what was I playing yesterday at twelve pm",
        "en",
    ),
    (
        "am I one of them people who has the same thing on all the time? How much do I replay stuff",
        "how much do I replay the same songs",
        "en",
    ),
    (
        "is it the weekend I play more or the weekdays? 'Cause the salon's shut Mondays so it's all muddled",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Daft Punk in the kitchen babe", "en"),
    ("babe turn on the kitchen lights", "en"),
    ("ooh turn on the kitchen lights", "en"),
    ("babe what's playing", "en"),
    ("hear that?", "en"),
    ("best song for a party", "en"),
    ("was the heating on this afternoon", "en"),
)
