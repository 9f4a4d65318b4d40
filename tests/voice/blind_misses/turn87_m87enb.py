"""Issue 45's eighty-fifth turn (blind round twenty-four): a Port of Spain taxi driver's English.

Blind writer 571, a Trinidadian taxi driver, says "ah" for I with no
auxiliary ("what song ah play de most this week boy", "when ah first play
Daft Punk", "which tune ah cyah stop playing", "what ah wake up to today",
"de song ah skip most this year"), opens with "wham" (what happen), "real
talk" or "according to what ah does play," and closes with "boy", "oui",
"nah" or "or I dreaming". Thirteen of his questions reached no sentence,
or Home Assistant's "no device called ..."; the net's lines of `en.yaml`
for him now hear "ah" right before a bare verb of the past, a name said
first and asked of with "dat", "when was de first time X play in here",
"from when ah listening to X" and "run me tru ...".

Read wrong or not at all, now read by `parse/trini_taxi_en.py`: "real
talk, how much tunes ah buss since october" (the count of plays: a name
"buss" had been looked for), "how much different tune it have in mih
history" ("it have" is there are), "wham, how many artist ah hear all in
all, different ones", "Air, I hear dem at all in September?", "ah had on
any Kes last summer", "boy ah hear digital love de day before yesterday or
I dreaming" (did I), "according to what ah does play, what sorta vibes I
like" (the taste), "from when ah listening to cafe tacuba", "Moon Safari,
when ah first put dat on", "la femme dargent, when ah play dat last" (the
first and last plays), "wha song ah beating like a drum, de one on repeat"
(on repeat), "run me tru mih year nah" (the year's recap); "song of de
summer" is "the summer" in `trini_en`. The rows after his own are the same
shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # His own.
    (
        "en",
        "song of de summer for me, which one it was?",
        "song of the summer for me, what was it then",
    ),
    (
        "en",
        "real talk, how much tunes ah buss since october",
        "how many songs did I play since october",
    ),
    (
        "en",
        "how much different tune it have in mih history",
        "how many different songs did I play",
    ),
    (
        "en",
        "wham, how many artist ah hear all in all, different ones",
        "how many different artists did I hear",
    ),
    (
        "en",
        "Air, I hear dem at all in September?",
        "did I hear Air at all in September",
    ),
    ("en", "ah had on any Kes last summer", "did I listen to any Kes last summer"),
    (
        "en",
        "boy ah hear digital love de day before yesterday or I dreaming",
        "did I hear digital love the day before yesterday",
    ),
    (
        "en",
        "according to what ah does play, what sorta vibes I like",
        "what kind of music do I like",
    ),
    (
        "en",
        "from when ah listening to cafe tacuba",
        "when did I first play cafe tacuba",
    ),
    (
        "en",
        "Moon Safari, when ah first put dat on",
        "when did I first play Moon Safari",
    ),
    (
        "en",
        "la femme dargent, when ah play dat last",
        "when did I last play la femme dargent",
    ),
    (
        "en",
        "wha song ah beating like a drum, de one on repeat",
        "which song have I got on repeat",
    ),
    ("en", "run me tru mih year nah", "recap my year"),
    (
        "en",
        "wham, who ah does play de most dese days?",
        "who did I play the most lately",
    ),
    (
        "en",
        "total time ah listen to podcast this month, in minutes",
        "how long did I listen to podcasts this month",
    ),
    # Said another way.
    ("en", "song of de summer, which one it was", "song of the summer, what was it"),
    (
        "en",
        "wham, how much songs ah buss last week",
        "how many songs did I play last week",
    ),
    (
        "en",
        "how many different artist it have in mih history",
        "how many different artists did I play",
    ),
    (
        "en",
        "how many band ah play in October, different ones",
        "how many different bands did I play in October",
    ),
    ("en", "Queen, ah play dem at all this week?", "did I play Queen at all this week"),
    (
        "en",
        "ah hear any Justice yesterday or I dreaming",
        "did I listen to any Justice yesterday",
    ),
    ("en", "from when ah listening to Air", "when did I first play Air"),
    ("en", "Digital Love, when ah last hear dat", "when did I last play Digital Love"),
    ("en", "Homework, when ah put dat on first", "when did I first play Homework"),
    (
        "en",
        "what tune ah beating non stop, de one on repeat",
        "which song have I got on repeat",
    ),
    (
        "en",
        "real talk, what kinda vibes ah like",
        "what kind of music do I like",
    ),
    ("en", "run me tru what play yesterday nah", "what did I play yesterday"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wham, who ah does play de most dese days?",
        "who did I play the most lately",
        "en",
    ),
    (
        "what song ah play de most this week boy",
        "what song did I play the most this week",
        "en",
    ),
    (
        "total time ah listen to podcast this month, in minutes",
        "how long did I listen to podcasts this month",
        "en",
    ),
    (
        "real talk, how much tunes ah buss since october",
        "how many songs did I play since october",
        "en",
    ),
    (
        "wham, how many artist ah hear all in all, different ones",
        "how many different artists did I hear",
        "en",
    ),
    (
        "run me tru what play dis morning nah",
        "what did I play this morning",
        "en",
    ),
    (
        "according to what ah does play, what sorta vibes I like",
        "what kind of music do I like",
        "en",
    ),
    ("when ah first play Daft Punk", "when did I first play Daft Punk", "en"),
    (
        "when was de first time sexy boy play in here",
        "when did I first play sexy boy",
        "en",
    ),
    (
        "from when ah listening to cafe tacuba",
        "when did I first play cafe tacuba",
        "en",
    ),
    (
        "Moon Safari, when ah first put dat on",
        "when did I first play Moon Safari",
        "en",
    ),
    (
        "la femme dargent, when ah play dat last",
        "when did I last play la femme dargent",
        "en",
    ),
    ("what ah wake up to today", "what was the first thing I played today", "en"),
    (
        "dis morning, what ah open up with",
        "what was the first thing I played this morning",
        "en",
    ),
    (
        "de song ah skip most this year",
        "which song did I skip the most this year",
        "en",
    ),
    ("which tune ah cyah stop playing", "which song have I got on repeat", "en"),
    ("run me tru mih year nah", "recap my year", "en"),
    # Said another way.
    ("which album ah play de most last month", "my top album last month", "en"),
    ("when ah last hear Queen", "when did I last play Queen", "en"),
    ("Digital Love, when ah last hear dat", "when did I last play Digital Love", "en"),
    ("de artist ah skip most", "which artist do I skip the most", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("wham, turn on de kitchen light", "en"),
    ("play de kitchen speaker", "en"),
    ("what ah listening to right now", "en"),
    ("what song playing now boy", "en"),
    ("run me tru de weather nah", "en"),
    ("real talk, set a timer for ten minutes", "en"),
    ("turn up de music in de kitchen", "en"),
    ("what time it is boy", "en"),
)
