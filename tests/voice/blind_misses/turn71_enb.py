"""Issue 45's sixty-ninth turn, English: blind writers 466 and 467.

A Nairobi speaker (writer 466) mixed Swahili and Sheng into English: her
times ("wiki iliyopita" last week, "mwaka huu" this year, "jana jioni"
yesterday evening, "siku hizi" these days) were read as no time and the
whole history answered (wrong facts, `world_times`); "mara ngapi" (how
many times) was read as whether, "msanii" (artist) as a song, "mchana ama
jioni" (afternoon or evening) as the peak hour, "wikendi ama weekdays" as
the top song (wrong facts); "ngoma" (song), "wasanii tofauti" (different
artists), "leo" (today) after the question's thing, Swahili's clock with
"kasoro robo" (a quarter to), "lini mara ya mwisho" (when last),
"nimeskip" (skipped) and the openers "niaje", "sasa", "manze", "ebu",
"kwani", "si" were not understood (`sheng_en`).

A Hong Kong speaker (writer 467) said "yesterday night time" for last
night (read as this morning's clock), the name first with "ah" before a
bare verb ("the daily ah i listen how many episode"), "X the Y one how
many times i play" (the name left out), a bare "play song" for listening
at all (read as the music alone): wrong facts; and a period first with "i
listen X or not", "got X or not", "X my song of the month is which one",
"how many thing", "eight ten at night" (`sheng_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which artist did i play most wiki iliyopita",
        "which artist did i play most last week",
    ),
    ("en", "how long did i listen mwezi huu", "how long did i listen this month"),
    ("en", "what did i play jana usiku", "what did i play last night"),
    (
        "en",
        "how many songs did i play mwaka jana",
        "how many songs did i play last year",
    ),
    (
        "en",
        "manze which ngoma did i play most this week",
        "which song did i play most this week",
    ),
    (
        "en",
        "sasa how many wasanii tofauti did i listen to this month",
        "how many different artists did i listen to this month",
    ),
    (
        "en",
        "jioni ama asubuhi, when do i listen zaidi",
        "do i listen more in the evening or in the morning",
    ),
    ("en", "how many plays did i have leo", "how many plays did i have today"),
    (
        "en",
        "lini mara ya kwanza niliskiza genesis",
        "when did i first listen to genesis",
    ),
    ("en", "ni ngoma gani nimeskip sana", "which song do i skip most"),
    (
        "en",
        "jana saa tatu usiku ngoma gani ilikuwa inacheza",
        "what song was playing yesterday at 9 pm",
    ),
    (
        "en",
        "yesterday night time nine o'clock what song playing ah",
        "what song was playing last night at nine",
    ),
    (
        "en",
        "october my artist of the month is which one ah",
        "what was my artist of the month in october",
    ),
    (
        "en",
        "what was playing yesterday at eight ten at night",
        "what was playing yesterday at 8:10 pm",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "niaje, which artist did i play most wiki iliyopita",
        "which artist did i play most last week",
        "en",
    ),
    (
        "sasa which msanii have i had on most siku hizi",
        "which artist have i listened to most lately",
        "en",
    ),
    (
        "how many times did i play justice mwaka huu",
        "how many times did i play justice this year",
        "en",
    ),
    (
        "mara ngapi have i played one more time this week",
        "how many times have i played one more time this week",
        "en",
    ),
    ("air mara ngapi last month", "how many times did i play air last month", "en"),
    ("what did i play jana jioni", "what did i play yesterday evening", "en"),
    (
        "what was the last song i heard jana usiku",
        "what was the last song i heard last night",
        "en",
    ),
    (
        "wikendi ama weekdays, when do i play more",
        "do i listen more at weekends or on weekdays",
        "en",
    ),
    (
        "jana saa mbili kasoro robo usiku ngoma gani ilikuwa inacheza",
        "what was playing yesterday at 7:45 pm",
        "en",
    ),
    (
        "lini mara ya mwisho niliskiza the daily",
        "when did i last listen to the daily",
        "en",
    ),
    (
        "the daily ah i hear how many episode this week",
        "how many episodes of the daily did i hear this week",
        "en",
    ),
    (
        "air lah i play how many times this month",
        "how many times did i play air this month",
        "en",
    ),
    (
        "genesis the justice one how many times i play this week lah",
        "how many times did i play genesis by justice this week",
        "en",
    ),
    (
        "around the world the daft punk one how many times i listen last month",
        "how many times did i play around the world by daft punk last month",
        "en",
    ),
    (
        "yesterday night time what song i play last",
        "what was the last song i played last night",
        "en",
    ),
    (
        "last week i listen justice or not",
        "did i listen to justice last week",
        "en",
    ),
    (
        "past two weeks got genesis or not",
        "did i listen to genesis in the past two weeks",
        "en",
    ),
    (
        "this week how many thing i play lah",
        "how many plays did i have this week",
        "en",
    ),
    (
        "niaje, who have i been listening to the most wiki iliyopita",
        "who have i been listening to the most last week",
        "en",
    ),
    (
        "sasa which msanii have i been obsessed with siku hizi",
        "which artist have i been obsessed with lately",
        "en",
    ),
    (
        "manze how long did i have ngoma on wiki hii",
        "how long did i have music on this week",
        "en",
    ),
    (
        "how many different songs did i play wiki iliyopita",
        "how many different songs did i play last week",
        "en",
    ),
    (
        "mara ngapi have i played bohemian rhapsody this month",
        "how many times have i played bohemian rhapsody this month",
        "en",
    ),
    (
        "how many times did i play queen mwaka huu",
        "how many times did i play queen this year",
        "en",
    ),
    (
        "what was i listening to jana jioni",
        "what was i listening to yesterday evening",
        "en",
    ),
    (
        "what did i end with jana usiku",
        "what did i end with last night",
        "en",
    ),
    (
        "wikendi ama weekdays, when do i listen more",
        "do i listen more at weekends or on weekdays",
        "en",
    ),
    (
        "the daily ah i listen how many episode last month",
        "how many episodes of the daily did i listen to last month",
        "en",
    ),
    (
        "one more time the daft punk one how many times i play since monday lah",
        "how many times did i play one more time by daft punk since monday",
        "en",
    ),
    (
        "yesterday night time quarter to eight what song playing ah",
        "what song was playing last night at quarter to eight",
        "en",
    ),
    (
        "how many hours of music did i listen to leo",
        "how many hours of music did i listen to today",
        "en",
    ),
    (
        "how many songs did i play asubuhi ya leo",
        "how many songs did i play this morning",
        "en",
    ),
    (
        "manze how many wasanii tofauti did i listen to in the last thirty days",
        "how many different artists did i listen to in the last thirty days",
        "en",
    ),
    (
        "si i played air last weekend",
        "did i play air last weekend",
        "en",
    ),
    (
        "nimeskiza cafe tacuba this month ama",
        "have i listened to cafe tacuba this month",
        "en",
    ),
    (
        "leo saa mbili asubuhi ngoma gani ilikuwa inacheza",
        "what was playing today at 8 am",
        "en",
    ),
    (
        "mara ngapi nimeskip ngoma last month",
        "how many times did i skip songs last month",
        "en",
    ),
    (
        "ni msanii gani nime-skip sana",
        "which artist do i skip most",
        "en",
    ),
    (
        "what was the first song i played leo",
        "what was the first song i played today",
        "en",
    ),
    (
        "last ngoma i played wiki iliyopita",
        "the last song i played last week",
        "en",
    ),
    (
        "september my song of the month is which one ah",
        "what was my song of the month in september",
        "en",
    ),
    (
        "last seven days how many thing i play lah",
        "how many plays did i have in the last seven days",
        "en",
    ),
    (
        "day before yesterday i listen eres or not ah the cafe tacvba one",
        "did i listen to eres by cafe tacvba the day before yesterday",
        "en",
    ),
    (
        "past two weeks got sexy boy or not",
        "did i listen to sexy boy in the past two weeks",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("sasa play some music", "en"),
    ("manze turn off the kitchen light", "en"),
    ("ebu play ngoma by air", "en"),
    ("play leo", "en"),
    ("play music lah", "en"),
)
