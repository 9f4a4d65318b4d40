"""Issue 45's seventy-seventh turn (blind round sixteen): a Chennai speaker's dictation and a Polish B1 speaker.

Blind writer 526, an Indian English speaker from Chennai through speech to
text, says a song "is coming" for played ("in kitchen which artist is
coming most of the time"), "was there" at a clock ("which song was there at
5 10 pm today": an area "5 10 pm today" to Home Assistant), "came first"
for what was played first, a name first before a count with no subject
("one more time by daft punk how many times played lately": "lately" taken
for the name), "out of total" before the period, "last finally" and the
recogniser's "the daly podcast"; he asks the day and the hour each with its
question word ("which day and which time i am listening more generally":
two questions to Encore) and "how much i am repeating same songs".
"Weekdays or weekend which one i listen more" was answered for music
alone, a wrong fact: `learner_zh_en` now says music only where it is said.
`chennai_stt_en` reads his words, `elsewhere.two_questions` keeps the day
and the hour one question, and net lines take his words to Encore.

Blind writer 527, a Polish speaker of English at B1, says "actual" for the
current period ("top 3 artists from actual month": Encore did not know
which month), asks yes or no by the statement with the name first
("digital love was playing on saturday?", "don't stop me now was on in
august or no", "I was listening air lastly or not", "was some justice
today"), says "how much Ada was listening" for how long, "quarter before
eight in evening" and "on what I finished on saturday". `polish_b1_en`
reads her; net lines take her words to Encore, and a device "on yesterday
or not" is still declined.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "in kitchen which artist is coming most of the time",
        "in the kitchen which artist did I play the most",
    ),
    (
        "en",
        "in kitchen which song is coming most",
        "in the kitchen which song did I play the most",
    ),
    (
        "en",
        "which band is coming most of the time this month",
        "which artist did I play the most this month",
    ),
    (
        "en",
        "one more time by daft punk how many times played lately",
        "how many times did I play one more time by daft punk lately",
    ),
    (
        "en",
        "justice how many times played this month",
        "how many times did I play justice this month",
    ),
    (
        "en",
        "genesis how many times i played last week",
        "how many times did I play genesis last week",
    ),
    (
        "en",
        "which song was there at 5 10 pm today",
        "what was playing at 5:10 pm today",
    ),
    (
        "en",
        "which track was there at 8 30 am today",
        "what was playing at 8:30 am today",
    ),
    (
        "en",
        "how many i skipped out of total last month",
        "how many did I skip last month",
    ),
    (
        "en",
        "how many songs i skipped out of total this week",
        "how many songs did I skip this week",
    ),
    (
        "en",
        "last time i heard the daly podcast when was it",
        "when did I last hear The Daily",
    ),
    ("en", "when i heard the daly podcast first", "when did I first hear The Daily"),
    ("en", "which song i heard last finally", "which song did I hear last"),
    ("en", "which track i played last finally", "which track did I play last"),
    (
        "en",
        "in kitchen this afternoon which song came first",
        "in the kitchen this afternoon which song did I play first",
    ),
    ("en", "yesterday which song came first", "yesterday which song did I play first"),
    (
        "en",
        "weekdays or weekend which one i listen more",
        "do I listen more on weekdays or weekends",
    ),
    (
        "en",
        "weekend or weekdays which one we listen more",
        "do we listen more on weekends or weekdays",
    ),
    (
        "en",
        "weekday and weekend which one I listen more music",
        "do I listen to more music on weekdays or weekends",
    ),
    (
        "en",
        "which day and which time i am listening more generally",
        "when do I usually listen",
    ),
    ("en", "how much i am repeating same songs", "how much do I repeat the same songs"),
    ("en", "top 3 artists from actual month", "top 3 artists from this month"),
    ("en", "top 5 songs from actual week", "top 5 songs from this week"),
    (
        "en",
        "how much time I spent for podcasts in actual month",
        "how much time did I spend on podcasts this month",
    ),
    (
        "en",
        "how much time I spent on music in actual year",
        "how much time did I spend on music this year",
    ),
    (
        "en",
        "how much Ada was listening in last week",
        "how long was Ada listening last week",
    ),
    (
        "en",
        "how much Ada was listening yesterday",
        "how long was Ada listening yesterday",
    ),
    ("en", "I was listening air lastly or not", "did I listen to air lately"),
    ("en", "I was listening queen lastly or not", "did I listen to queen lately"),
    ("en", "was some justice today", "did I play any justice today"),
    ("en", "was some air yesterday", "did I play any air yesterday"),
    ("en", "was some daft punk last week", "did I play any daft punk last week"),
    (
        "en",
        "digital love was playing on saturday?",
        "did I play digital love on saturday?",
    ),
    ("en", "sexy boy was playing yesterday?", "did I play sexy boy yesterday?"),
    (
        "en",
        "don't stop me now was on in august or no",
        "did I play don't stop me now in august",
    ),
    ("en", "genesis was on last weekend or not", "did I play genesis last weekend"),
    (
        "en",
        "what was playing yesterday at quarter before eight in evening",
        "what was playing yesterday at quarter to eight in the evening",
    ),
    (
        "en",
        "what was playing today at quarter before nine in morning",
        "what was playing today at quarter to nine in the morning",
    ),
    (
        "en",
        "with which song I started actual week",
        "which song did I start this week with",
    ),
    ("en", "on what I finished on saturday", "what did I finish with on saturday"),
    ("en", "on what I started yesterday", "what did I start with yesterday"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "in kitchen which artist is coming most of the time",
        "in the kitchen which artist did I play the most",
        "en",
    ),
    (
        "which song was there at 5 10 pm today",
        "what was playing at 5:10 pm today",
        "en",
    ),
    (
        "which day and which time i am listening more generally",
        "when do I usually listen",
        "en",
    ),
    ("what day and what time i am listening more", "when do I usually listen", "en"),
    ("how much i am repeating same songs", "how much do I repeat the same songs", "en"),
    (
        "how often i am repeating same songs these days",
        "how much do I repeat the same songs these days",
        "en",
    ),
    (
        "in kitchen this afternoon which song came first",
        "in the kitchen this afternoon which song did I play first",
        "en",
    ),
    ("yesterday which song came first", "yesterday which song did I play first", "en"),
    (
        "one more time by daft punk how many times played lately",
        "how many times did I play one more time by daft punk lately",
        "en",
    ),
    (
        "how many i skipped out of total last month",
        "how many did I skip last month",
        "en",
    ),
    (
        "last time i heard the daly podcast when was it",
        "when did I last hear The Daily",
        "en",
    ),
    ("which song i heard last finally", "which song did I hear last", "en"),
    (
        "weekdays or weekend which one i listen more",
        "do I listen more on weekdays or weekends",
        "en",
    ),
    ("top 3 artists from actual month", "top 3 artists from this month", "en"),
    (
        "how much time I spent for podcasts in actual month",
        "how much time did I spend on podcasts this month",
        "en",
    ),
    (
        "how much time I spent on music in actual year",
        "how much time did I spend on music this year",
        "en",
    ),
    (
        "how much Ada was listening in last week",
        "how long was Ada listening last week",
        "en",
    ),
    ("I was listening air lastly or not", "did I listen to air lately", "en"),
    ("was some justice today", "did I play any justice today", "en"),
    ("was some air yesterday", "did I play any air yesterday", "en"),
    (
        "digital love was playing on saturday?",
        "did I play digital love on saturday?",
        "en",
    ),
    ("sexy boy was playing yesterday?", "did I play sexy boy yesterday?", "en"),
    (
        "don't stop me now was on in august or no",
        "did I play don't stop me now in august",
        "en",
    ),
    ("genesis was on last weekend or not", "did I play genesis last weekend", "en"),
    (
        "what was playing yesterday at quarter before eight in evening",
        "what was playing yesterday at quarter to eight in the evening",
        "en",
    ),
    (
        "with which song I started actual week",
        "which song did I start this week with",
        "en",
    ),
    ("on what I finished on saturday", "what did I finish with on saturday", "en"),
    ("on what I started yesterday", "what did I start with yesterday", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("which song is coming next", "en"),
    ("what song is coming next in kitchen", "en"),
    ("the heating was on yesterday or not", "en"),
    ("the light was on yesterday?", "en"),
    ("was some rain today", "en"),
    ("what is playing now", "en"),
    ("which song is this", "en"),
    ("play don't stop me now in kitchen", "en"),
    ("turn the music up in kitchen", "en"),
)
