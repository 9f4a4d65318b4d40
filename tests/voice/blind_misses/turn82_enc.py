"""Issue 45's eightieth turn (blind round nineteen): a Japanese speaker's topic-first English.

Blind writer 542, a Japanese native speaker with A2-B1 English, says what
she asks about first and the question word last, without "do" or "did",
articles or plurals, and very politely. "Afternoon and evening, which one
I am listening more" was answered with the top songs of all time (a wrong
fact: she compares the day parts); "sexy boy of Air, I listen this week or
no?" and "cafe tacuba, we listen in kitchen last week?" (the name first, a
bare "I listen" and a past time), "the daily podcast, my first episode I
listen was when?", "day before yesterday, ending song is what?" (that
day's last song), "my listening, busy time is when usually?", "this week,
how many I skip, how much percent?" (the skip rate) and "when I wake up,
what song I listen first?" (today's first song) were taken for areas and
devices or not read: `japanese_a2_topic_en` reads them. The sentence
file's net now hears "last thirty day, number of play is how many?",
"most recent song which one please", "these days one song I cannot stop
playing, which one?" and "I am curious, normally what time and what day I
listen", which Home Assistant had not understood.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "afternoon and evening, which one I am listening more",
        "do I listen more in the afternoon or the evening",
    ),
    (
        "en",
        "morning and evening, which one I am listening more",
        "do I listen more in the morning or the evening",
    ),
    (
        "en",
        "night or afternoon, which one we are playing more?",
        "do we listen more in the night or the afternoon",
    ),
    (
        "en",
        "sexy boy of Air, I listen this week or no?",
        "did I listen to sexy boy by Air this week",
    ),
    ("en", "queen, I listen last month or no?", "did I listen to queen last month"),
    (
        "en",
        "one more time, I hear last week or not?",
        "did I listen to one more time last week",
    ),
    (
        "en",
        "cafe tacuba, we listen in kitchen last week?",
        "did we listen to cafe tacuba in the kitchen last week",
    ),
    (
        "en",
        "daft punk, we play in living room yesterday?",
        "did we listen to daft punk in the living room yesterday",
    ),
    (
        "en",
        "the daily podcast, my first episode I listen was when?",
        "when did I first listen to the daily podcast",
    ),
    (
        "en",
        "wet leg, my last song I listen was when?",
        "when did I last listen to wet leg",
    ),
    (
        "en",
        "day before yesterday, ending song is what?",
        "what was the last song I played the day before yesterday",
    ),
    (
        "en",
        "last week, starting song is what?",
        "what was the first song I played last week",
    ),
    (
        "en",
        "yesterday, final song is what?",
        "what was the last song I played yesterday",
    ),
    (
        "en",
        "my listening, busy time is when usually?",
        "when is my busiest listening time",
    ),
    ("en", "my music, busy time is when?", "when is my busiest listening time"),
    (
        "en",
        "this week, how many I skip, how much percent?",
        "what is my skip rate this week",
    ),
    (
        "en",
        "today, how many I skip, how much percent?",
        "what is my skip rate today",
    ),
    (
        "en",
        "when I wake up, what song I listen first?",
        "what was the first song I played today",
    ),
    (
        "en",
        "when I wake up, what song I play first?",
        "what was the first song I played today",
    ),
    ("en", "yesterday, total play is how many", "how many plays yesterday"),
    (
        "en",
        "last week, total song is how many?",
        "how many songs did I play last week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "afternoon and evening, which one I am listening more",
        "do I listen more in the afternoon or the evening",
        "en",
    ),
    (
        "last thirty day, number of play is how many?",
        "how many plays in the last thirty days",
        "en",
    ),
    (
        "this month, number of song is how many?",
        "how many songs did I play this month",
        "en",
    ),
    ("yesterday, total play is how many", "how many plays yesterday", "en"),
    (
        "sexy boy of Air, I listen this week or no?",
        "did I listen to sexy boy by Air this week",
        "en",
    ),
    (
        "queen, I listen last month or no?",
        "did I listen to queen last month",
        "en",
    ),
    (
        "one more time, I hear last week or not?",
        "did I listen to one more time last week",
        "en",
    ),
    (
        "cafe tacuba, we listen in kitchen last week?",
        "did we listen to cafe tacuba in the kitchen last week",
        "en",
    ),
    (
        "I am curious, normally what time and what day I listen",
        "when do I usually listen",
        "en",
    ),
    (
        "normally what day and what time I listen",
        "when do I usually listen",
        "en",
    ),
    (
        "the daily podcast, my first episode I listen was when?",
        "when did I first listen to the daily podcast",
        "en",
    ),
    (
        "the daily, my first time I listen was when please",
        "when did I first listen to the daily",
        "en",
    ),
    ("most recent song which one please", "what was the last song I played", "en"),
    ("latest song which one", "what was the last song I played", "en"),
    (
        "these days one song I cannot stop playing, which one?",
        "what song have I been playing on repeat lately",
        "en",
    ),
    (
        "day before yesterday, ending song is what?",
        "what was the last song I played the day before yesterday",
        "en",
    ),
    (
        "my listening, busy time is when usually?",
        "when is my busiest listening time",
        "en",
    ),
    (
        "this week, how many I skip, how much percent?",
        "what is my skip rate this week",
        "en",
    ),
    (
        "when I wake up, what song I listen first?",
        "what was the first song I played today",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("kitchen light, I turn off this week or no?", "en"),
    ("living room lamp is how much?", "en"),
    ("number of lights is how many", "en"),
    ("turn on the kitchen light please", "en"),
)
