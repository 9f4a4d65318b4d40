"""Issue 45's eighty-first turn (blind round twenty): a mining engineer between shifts and a New Orleans guide's rambles.

Blind writer 543, a terse Johannesburg mining engineer between shifts,
says his shift around the question and tags it: "how many songs this
morning before shift" ("shift" had been read as a name), "plays in the
last seven days, number" ("number" too), "main podcast, last three
months. shoot" (no sentence had heard "main podcast"):
`shift_engineer_en` reads them, and the sentence file's net now hears
"main" and a kind before a past time. "What podcast do i mostly have on
these days" ("mostly" before the verb) is the top podcast, as "do I have
on most" is (`regional_en`); "jislaaik, how was my year music-wise" opens
with an exclamation the net now hears as it hears "eish".

Blind writer 544, a chatty New Orleans tour guide, rambles after he asks:
"..., give or take, I don't need it down to the decimal", "..., podcasts
I'm talkin' about", "..., and I want the truth, darlin'" (into the song's
name, a wrong fact), "...? I feel like I have but I been wrong before"
(Justice's count answered for "did I", a wrong fact), "...? kah-fay
tah-koo-bah, however you say it, ...", "run me through what I had on this
mornin', start to finish" (read as the first play, a wrong fact), "noon
on Wednesday, what was I listenin' to, right around lunchtime", "what'd I
listen to last, the very last tune, before you and me got to talkin'" and
"do me one of them year in review things, like they do on the TV at New
Year's" (the TV had it given back to Home Assistant; "year in review" is
now a listening word, as "Rückblick" is): `new_orleans_guide_en` reads
them. "darlin', did I get any Queen in yesterday" and "lemme hear my top
two albums from last month" had gone to Home Assistant: "darlin'" is now
an opener the sentences skip, and "lemme hear my top" is heard as
"lemme know my top" was.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 543, his own and made-up ones of the same kind.
    (
        "en",
        "what podcast do i mostly have on these days",
        "what podcast do i have on most these days",
    ),
    ("en", "which band do we mostly put on", "which band do we have on most"),
    ("en", "main podcast, last three months. shoot", "top podcast last three months"),
    ("en", "main artist, this month. shoot", "top artist this month"),
    ("en", "top song this week. go", "top song this week"),
    ("en", "how many songs this morning before shift", "how many songs this morning"),
    ("en", "how many tunes today after my shift", "how many tunes today"),
    ("en", "hours of music yesterday, between shifts", "hours of music yesterday"),
    (
        "en",
        "plays in the last seven days, number",
        "how many plays in the last seven days",
    ),
    ("en", "songs this week, number", "how many songs this week"),
    ("en", "skips this month, count", "how many skips this month"),
    ("en", "episodes since march, number", "how many episodes since march"),
    ("en", "jislaaik, how was my year music-wise", "how was my year music-wise"),
    # Blind writer 544, his own and made-up ones of the same kind.
    (
        "en",
        "lemme hear my top two albums from last month",
        "my top two albums from last month",
    ),
    (
        "en",
        "total plays since October, give or take, I don't need it down to the decimal",
        "total plays since October",
    ),
    (
        "en",
        "how many songs this week, give or take, I don't need it exact",
        "how many songs this week",
    ),
    (
        "en",
        "how many episodes did I put on this year, podcasts I'm talkin' about",
        "how many episodes did I play this year",
    ),
    (
        "en",
        "how many did I play this week, songs I'm talkin' about",
        "how many songs did I play this week",
    ),
    (
        "en",
        "how many times I played bohemian rapsody this year, and I want the truth, darlin'",
        "how many times did I play bohemian rapsody this year",
    ),
    (
        "en",
        "how many times I heard Queen last month, darlin'",
        "how many times did I play Queen last month",
    ),
    (
        "en",
        "darlin', did I get any Queen in yesterday",
        "did I get any Queen in yesterday",
    ),
    (
        "en",
        "listened to much Justice lately? I feel like I have but I been wrong before",
        "did I listen to Justice lately",
    ),
    (
        "en",
        "listened to much Air this week? I reckon not but I been wrong before",
        "did I listen to Air this week",
    ),
    (
        "en",
        "any cafe tacuba this summer? kah-fay tah-koo-bah, however you say it, I'm from Louisiana not Mexico City",
        "any cafe tacuba this summer?",
    ),
    (
        "en",
        "any cafe tacuba lately, kah-fay tah-koo-bah, however you pronounce it",
        "any cafe tacuba lately",
    ),
    (
        "en",
        "any sigur ros last week? see-ur rose, however you pronounce it",
        "any sigur ros last week",
    ),
    (
        "en",
        "run me through what I had on this mornin', start to finish",
        "what did I play this morning",
    ),
    (
        "en",
        "walk me through what I played yesterday, beginning to end",
        "what did I play yesterday",
    ),
    (
        "en",
        "noon on Wednesday, what was I listenin' to, right around lunchtime",
        "what was I listening to at noon on Wednesday",
    ),
    (
        "en",
        "nine o'clock on Tuesday, what was I listenin' to, right around suppertime",
        "what was I listening to at nine o'clock on Tuesday",
    ),
    (
        "en",
        "what'd I listen to last, the very last tune, before you and me got to talkin'",
        "what was the last tune I played",
    ),
    (
        "en",
        "what'd I play last, the very last song, before we got to talkin'",
        "what was the last song I played",
    ),
    (
        "en",
        "do me one of them year in review things, like they do on the TV at New Year's",
        "give me my year in review",
    ),
    (
        "en",
        "give me one of them month in review things",
        "give me my month in review",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "main podcast, last three months. shoot",
        "what was my top podcast in the last three months",
        "en",
    ),
    ("main artist, this month. shoot", "who was my top artist this month", "en"),
    (
        "jislaaik, how was my year music-wise",
        "how was my year music-wise",
        "en",
    ),
    (
        "lemme hear my top two albums from last month",
        "what were my top two albums last month",
        "en",
    ),
    (
        "let me see my top three songs this year",
        "what were my top three songs this year",
        "en",
    ),
    (
        "darlin', did I get any Queen in yesterday",
        "did I listen to Queen yesterday",
        "en",
    ),
    (
        "darlin', did I get any Daft Punk in last week",
        "did I listen to Daft Punk last week",
        "en",
    ),
    (
        "any cafe tacuba this summer? kah-fay tah-koo-bah, however you say it, I'm from Louisiana not Mexico City",
        "did I listen to cafe tacuba this summer",
        "en",
    ),
    (
        "do me one of them year in review things, like they do on the TV at New Year's",
        "give me my year in review",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what's on the TV", "en"),
    ("turn on the main light", "en"),
    ("turn on the TV in the living room", "en"),
    ("let me hear some music in the kitchen", "en"),
    ("let me hear my top songs in the kitchen", "en"),
    ("lemme hear my favourite album", "en"),
    ("play bohemian rapsody in the kitchen, I wanna sing along", "en"),
    ("what's the weather this week, darlin'", "en"),
)
