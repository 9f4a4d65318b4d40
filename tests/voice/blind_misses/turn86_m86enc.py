"""Issue 45's eighty-fourth turn (blind round twenty-three): an East End trader and a Sydney ten-year-old.

Blind writer 562, a cheeky Cockney market trader in his fifties, drops his
h's, says "me" for my, rhymes and talks a trader's patter around the
question. Five of his questions reached no sentence: "rattle off me top
three artists since March, sharpish", "what was me openin' number today",
"'oo's the artist I give the elbow to most, skip-wise", "in the kitchen,
what song gets 'ammered the most, guv" and "run us through what music was
on Saturday" (a home-control sentence took "run"). `en.yaml` now hears
"rattle off", "reel off", "run us through" as a lead-in, "me openin'
number", "give the elbow to", "skip-wise", "its first outin'", "what music
was on" as history words, and "'ammered" beside "hammered".
Read wrong or not at all, now read by `parse/east_end_trader_en.py`:
"Digital Love, when'd that get its first outin'" (the day's first song had
been answered, a wrong fact), "artists last month, different ones mind,
'ow many we talkin'" (a name "artists ones mind" had been looked for),
"..., Freddie's one" (the singer after the song is no part of its name),
"any new boat races in me music" (faces: the new artists), "song of the
month, what's mine, November's big 'it" (its November a time not read).
By `chat_around_en`: "what did I start last week off with" (a name "off").
By `put_right_en`: "first thing I played this year, back in January, what
was it" (the month he recalls is his guess, the year's first is asked).

Blind writer 563, a ten-year-old in Sydney asking for herself, her mum and
her brother, read by `parse/sydney_kid_en.py`: "Mum wants to know what
album we played heaps over the summer" (a relayed question: a home-control
sentence took "Mum wants"), "... on November third it was Jack's birthday"
(the birthday read as a name), "did Ada play any cafe tacuba last summer,
Ada's my mum" (who Ada is, read into the name), "so like yesterday and then
the day before, no wait just yesterday, what did I listen to" (the day she
settles on), "tell me about my week like all the music and stuff" (her
week's recap). The rows after their own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 562's own.
    (
        "en",
        "rattle off me top three artists since March, sharpish",
        "give me my top three artists since March",
    ),
    (
        "en",
        "song of the month, what's mine, November's big 'it",
        "what was my top song in November",
    ),
    (
        "en",
        "in the kitchen, what song gets 'ammered the most, guv",
        "in the kitchen what song gets played the most",
    ),
    (
        "en",
        "artists last month, different ones mind, 'ow many we talkin'",
        "how many different artists did I play last month",
    ),
    (
        "en",
        "'ow many times 'ave I 'ad Bohemian Rapsody on this year, Freddie's one",
        "how many times have I had Bohemian Rapsody on this year",
    ),
    (
        "en",
        "any new boat races in me music since October? new acts I mean",
        "any new artists in my music since October",
    ),
    (
        "en",
        "Digital Love, when'd that get its first outin'",
        "when did I first play Digital Love",
    ),
    ("en", "what was me openin' number today", "what was my first song today"),
    (
        "en",
        "what did I start last week off with, the very first tune",
        "what was the first tune I played last week",
    ),
    (
        "en",
        "first thing I played this year, back in January, what was it",
        "first thing I played this year, what was it",
    ),
    (
        "en",
        "'oo's the artist I give the elbow to most, skip-wise",
        "which artist do I skip the most",
    ),
    # The same shapes said another way.
    (
        "en",
        "reel off me top five songs this year, chop chop",
        "give me my top five songs this year",
    ),
    ("en", "rattle off me top albums last month", "give me my top albums last month"),
    ("en", "what tune gets 'ammered the most, innit", "what tune gets played the most"),
    (
        "en",
        "songs this week, different ones mind, 'ow many we talkin'",
        "how many different songs did I play this week",
    ),
    (
        "en",
        "'ow many times 'ave I 'ad Sexy Boy on this month, Air's one",
        "how many times have I had Sexy Boy on this month",
    ),
    (
        "en",
        "any new boat races in me music this year, innit",
        "any new artists in my music this year",
    ),
    (
        "en",
        "Sexy Boy, when'd that get its last outin', guv",
        "when did I last play Sexy Boy",
    ),
    ("en", "when'd Genesis get its first outin'", "when did I first play Genesis"),
    ("en", "what was me openin' tune yesterday", "what was my first song yesterday"),
    (
        "en",
        "what was me closin' number last night, guv",
        "what was my last song last night",
    ),
    ("en", "what song do I give the elbow to most", "which song do I skip the most"),
    (
        "en",
        "which band do I give the elbow to the most, guv",
        "which artist do I skip the most",
    ),
    (
        "en",
        "what did I kick last month off with",
        "what did I start last month with",
    ),
    ("en", "what did I start Saturday off with", "what did I start Saturday with"),
    (
        "en",
        "first song we heard last year, back in March, what was it",
        "first song we heard last year, what was it",
    ),
    # Writer 563's own.
    (
        "en",
        "Mum wants to know what album we played heaps over the summer",
        "what album did we play the most over the summer",
    ),
    (
        "en",
        "how many tunes did we play on November third it was Jack's birthday",
        "how many tunes did we play on November third",
    ),
    (
        "en",
        "did Ada play any cafe tacuba last summer, Ada's my mum",
        "did Ada play any cafe tacuba last summer",
    ),
    (
        "en",
        "so like yesterday and then the day before, no wait just yesterday, what did I listen to",
        "what did I listen to yesterday",
    ),
    ("en", "tell me about my week like all the music and stuff", "recap my week"),
    # The same shapes said another way.
    (
        "en",
        "Mum wants to know what song I played heaps this week",
        "what song did I play the most this week",
    ),
    (
        "en",
        "Dad wants to know how many songs we played yesterday",
        "how many songs did we play yesterday",
    ),
    (
        "en",
        "my mum wants to know which artist we listened to heaps this month",
        "which artist did we listen to the most this month",
    ),
    (
        "en",
        "what did I play on Saturday, it was my birthday",
        "what did I play on Saturday",
    ),
    (
        "en",
        "did Ada listen to Queen this week, Ada's my mum",
        "did Ada listen to Queen this week",
    ),
    (
        "en",
        "last week, no wait this week, what songs did I play heaps",
        "what songs did I play the most this week",
    ),
    ("en", "tell me about my month like all the songs and stuff", "recap my month"),
    (
        "en",
        "what did I play heaps last week, no wait this week, in the kitchen",
        "what did I play the most this week in the kitchen",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "rattle off me top three artists since March, sharpish",
        "give me my top three artists since March",
        "en",
    ),
    (
        "in the kitchen, what song gets 'ammered the most, guv",
        "in the kitchen what song gets played the most",
        "en",
    ),
    (
        "run us through what music was on Saturday",
        "what music did I play on Saturday",
        "en",
    ),
    (
        "run me through what songs were on yesterday",
        "what music did I play yesterday",
        "en",
    ),
    ("what was me openin' number today", "what was my first song today", "en"),
    (
        "what was me closin' number last night, guv",
        "what was my last song last night",
        "en",
    ),
    (
        "'oo's the artist I give the elbow to most, skip-wise",
        "which artist do I skip the most",
        "en",
    ),
    ("when'd Genesis get its first outin'", "when did I first play Genesis", "en"),
    (
        "Digital Love, when'd that get its first outin'",
        "when did I first play Digital Love",
        "en",
    ),
    (
        "song of the month, what's mine, November's big 'it",
        "what was my top song in November",
        "en",
    ),
    (
        "first thing I played this year, back in January, what was it",
        "first thing I played this year, what was it",
        "en",
    ),
    (
        "Mum wants to know what album we played heaps over the summer",
        "what album did we play the most over the summer",
        "en",
    ),
    (
        "Dad wants to know how many songs we played yesterday",
        "how many songs did we play yesterday",
        "en",
    ),
    ("tell me about my week like all the music and stuff", "recap my week", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("rattle off the shopping list", "en"),
    ("run us through the weather for Saturday", "en"),
    ("mum wants to know if the kitchen light is on", "en"),
    ("play me openin' number by Queen", "en"),
    ("turn the music up, guv", "en"),
    ("give the elbow to this song", "en"),
    ("skip this tune, innit", "en"),
    ("play some boat races music in the kitchen", "en"),
)
