"""Issue 45's sixty-eighth turn, English: blind writers 459, 460 and 465.

A Korean learner of English (writer 460) said the topic or the period
first and the question word last, without articles
(`parse.learner_ko_topic_en`): a clock said bare after its period ("this
afternoon five ten what was play", the whole afternoon answered),
"finally" for the last one ("yesterday in evening finally what song i
listen", what played answered), "who is" last after a remark ("artist i
skip a lot maybe i don't like who is", the skip rate answered): wrong
facts; and "crazy for", "hooked", "cannot stop listen", "we listen what
last weekend", "X song first time when i hear", "X song i hear ... or
no", "my streak how many days continue", "weekday more or weekend more",
"summer time this year", "our family" for the household, "aigoo" and
"geunyang" first, "i forget" last. A speaker from Accra (459) asked "how
many times have I been listening to anything at all" (a song named
"anything" looked for) and "please count for me the different tunes"
(the plays answered, not the songs): wrong facts; "songs i played ... how
many are they", "chale any X this week abi". A Dublin student (465)
wrote a title by its dotted letters and its artist after the question
("how many d.a.n.c.e. plays since monday, the justice one": the week's
plays answered, a wrong fact) and "yoke" for a thing
(`parse.accra_dublin_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "this morning eight twenty what was playing",
        "what was playing this morning at eight twenty",
    ),
    (
        "en",
        "yesterday evening nine ten what was play",
        "what was playing yesterday evening at nine ten",
    ),
    (
        "en",
        "today in morning finally what song i play",
        "what was the last song i played this morning",
    ),
    (
        "en",
        "yesterday at first what podcast i listen",
        "what was the first podcast i listened to yesterday",
    ),
    ("en", "band i skip so much who is it", "which band do i skip the most"),
    (
        "en",
        "song i skip a lot i think boring what is",
        "which song do i skip the most",
    ),
    (
        "en",
        "which album i am crazy about lately",
        "which album am i obsessed with lately",
    ),
    (
        "en",
        "what artist i am hooked these days",
        "which artist am i hooked on these days",
    ),
    ("en", "we play what yesterday", "what did we play yesterday"),
    ("en", "this year which band is new to me", "which bands are new to me this year"),
    ("en", "my streak how many days in a row", "how many days in a row did i listen"),
    ("en", "phantom song first time when i hear", "when did i first hear phantom"),
    (
        "en",
        "sexy boy air song i play this week or no",
        "did i play sexy boy air this week",
    ),
    (
        "en",
        "weekdays more or weekends more music",
        "do i listen to more music on weekdays or weekends",
    ),
    (
        "en",
        "summertime last year my top song what",
        "my top song last summer what",
    ),
    (
        "en",
        "our family how many podcast we play yesterday",
        "how many podcast we play yesterday",
    ),
    ("en", "aigoo my top artist this month", "my top artist this month"),
    (
        "en",
        "how many times did we play anything at all last week",
        "how many plays did we have last week",
    ),
    (
        "en",
        "count for me the different artists I have played this year",
        "how many different artists have I played this year",
    ),
    (
        "en",
        "tracks i played yesterday how many are they",
        "how many tracks did i play yesterday",
    ),
    (
        "en",
        "how often did i play phantom since october, the justice one",
        "how often did i play phantom by justice since october",
    ),
    ("en", "when did i last hear d.a.n.c.e.", "when did i last hear dance"),
    (
        "en",
        "top yoke this year, album i mean",
        "top album this year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "this morning eight ten what was play",
        "what was playing at ten past eight this morning",
        "en",
    ),
    (
        "yesterday in evening finally what track i hear",
        "what was the last track I heard yesterday evening",
        "en",
    ),
    (
        "artist i skip a lot who is",
        "which artist do I skip the most",
        "en",
    ),
    (
        "how many times have I been playing anything at all this month",
        "how many plays did I have this month",
        "en",
    ),
    (
        "please count for me the different songs I have played this year",
        "how many different songs did I play this year",
        "en",
    ),
    (
        "how many genesis plays this month, the justice one",
        "how many times did I play Genesis by Justice this month",
        "en",
    ),
    (
        "how many d.a.n.c.e. plays this month, the justice one",
        "how many times did I play dance by justice this month",
        "en",
    ),
    ("last month top band who", "who was my top artist last month", "en"),
    (
        "aigoo last week which song i am crazy for",
        "which song was I obsessed with last week",
        "en",
    ),
    (
        "this month what podcast i am hooked",
        "which podcast am I hooked on this month",
        "en",
    ),
    (
        "yesterday number of song i play",
        "how many songs did I play yesterday",
        "en",
    ),
    (
        "da funk daft punk song i hear this month or no",
        "did I hear Da Funk by Daft Punk this month",
        "en",
    ),
    (
        "genesis song first time when i hear",
        "when did I first hear Genesis",
        "en",
    ),
    (
        "weekday more or weekend more music",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    ("chale any Queen last week abi", "did I play any Queen last week", "en"),
    (
        "songs i played this week how many are they",
        "how many songs did I play this week",
        "en",
    ),
    (
        "most played yoke this month, artist i mean",
        "my most played artist this month",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("chale play some Air abi", "en"),
    ("aigoo turn on the kitchen light", "en"),
    ("what song is this", "en"),
    ("which song is playing now", "en"),
)
