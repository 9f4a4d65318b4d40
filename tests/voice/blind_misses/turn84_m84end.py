"""Issue 45's eighty-second turn (blind round twenty-one): a Mandarin speaker's dictated B1 English.

Blind writer 552 dictates in Mandarin's order: the time or the topic first,
the bare verb, the question word last. "Um which track is number one for
me all the time" (一直以来, of all time) had been read as the song on
repeat, "last year which artist first time i hear" (第一次听, new artists)
as the year's first play, "my year of listen how is it review" as this
month's recap and "how many different singer i listen this ear" (the
recogniser's "ear" for year) over all time: four wrong facts.
`mandarin_dictated_en` reads his shapes, only on his marks: "recently i am
very crazy for one artist which one you think" (the most played artist
then), "one album i always always put on which one", "you help me check
...", "how many times i listen thing in total" (the plays), "X i listen in
september or no" and "X this last weekend i play it or not" (did I), "i
listen every day already how many day no stop" (the streak), "the daly
when i start to listen" (its first play), "most recent song i put on what
name", "last friday the first track i listen" and "last month we listen
overall how" (our recap). "This ear" said last is the year in
`when.homophones`. The net now hears "wednesday twelve noon what play in
kitchen", the streak said so, "X when i start to listen" and "help me sum
up my listening". "Now playing what", his command, had filled the name of
the net's `{encore_a} <net_tail>` line: the learner's "playing what" now
needs a past time or a clock before it, and `elsewhere` declines what
plays now said so.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # His own.
    (
        "en",
        "recently i am very crazy for one artist which one you think",
        "which artist did i listen to the most recently",
    ),
    (
        "en",
        "um which track is number one for me all the time",
        "which track is my number one of all time",
    ),
    (
        "en",
        "recently one album i always always put on which one",
        "which album did i put on the most recently",
    ),
    (
        "en",
        "you help me check how many song i play today",
        "how many songs did i play today",
    ),
    (
        "en",
        "this month how many times i listen thing in total",
        "how many plays this month in total",
    ),
    (
        "en",
        "how many different singer i listen this ear",
        "how many different singers did i listen to this year",
    ),
    (
        "en",
        "cafe taco bar i listen in september or no",
        "did i listen to cafe taco bar in september",
    ),
    (
        "en",
        "last year which artist first time i hear",
        "which new artists did i hear last year",
    ),
    (
        "en",
        "i listen every day already how many day no stop",
        "how many days in a row have i listened",
    ),
    ("en", "the daly when i start to listen", "when did i first play the daly"),
    (
        "en",
        "most recent song i put on what name",
        "what was the most recent song i played",
    ),
    (
        "en",
        "last friday the first track i listen",
        "what was the first track i listened to last friday",
    ),
    ("en", "my year of listen how is it review", "how was my year of listening"),
    ("en", "help me sum up my listening", "sum up my listening"),
    ("en", "last month we listen overall how", "how was our listening last month"),
    # Made up, of the same kind.
    (
        "en",
        "this week i am so crazy for one song which one",
        "which song did i listen to the most this week",
    ),
    (
        "en",
        "lately we are really crazy about one band which one you think",
        "which band did we listen to the most lately",
    ),
    (
        "en",
        "which singer is number one for me all the time",
        "which singer is my number one of all time",
    ),
    (
        "en",
        "this month one song i always always play which one",
        "which song did i play the most this month",
    ),
    (
        "en",
        "help me check how many podcast i listen this week",
        "how many podcasts did i listen to this week",
    ),
    (
        "en",
        "last week how many time i play thing",
        "how many plays last week",
    ),
    ("en", "top singer last ear", "top singer last year"),
    (
        "en",
        "genesis i play it yesterday or not",
        "did i play genesis yesterday",
    ),
    (
        "en",
        "daft punk this last month i listen or no",
        "did i listen to daft punk last month",
    ),
    (
        "en",
        "this month which singer first time i hear",
        "which new artists did i hear this month",
    ),
    ("en", "how many day no stop", "how many days in a row have i listened"),
    (
        "en",
        "we listen music every day already how many day in a row",
        "how many days in a row have we listened",
    ),
    ("en", "sexy boy when i start to play", "when did i first play sexy boy"),
    ("en", "last song i listen what name", "what was the last song i played"),
    (
        "en",
        "yesterday the last song i play",
        "what was the last song i played yesterday",
    ),
    ("en", "my month of listen how is it", "how was my month of listening"),
    ("en", "this week i listen overall how", "how was my listening this week"),
    ("en", "you help me review my music", "review my music"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wednesday twelve noon what play in kitchen",
        "what played in the kitchen on wednesday at 12 pm",
        "en",
    ),
    (
        "i listen every day already how many day no stop",
        "how many days in a row have i listened",
        "en",
    ),
    ("the daly when i start to listen", "when did i first play the daly", "en"),
    ("help me sum up my listening", "sum up my listening", "en"),
    (
        "um which track is number one for me all the time",
        "what is my top track of all time",
        "en",
    ),
    (
        "last year which artist first time i hear",
        "which new artists did i hear last year",
        "en",
    ),
    ("my year of listen how is it review", "how was my year of listening", "en"),
    (
        "how many different singer i listen this ear",
        "how many different artists did i listen to this year",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("now playing what", "en"),
    ("right now playing what song", "en"),
    ("this song name what", "en"),
    ("what i am listening right now", "en"),
    ("continue play the daily", "en"),
    ("help me turn off the kitchen light", "en"),
    ("play the daily when i start to cook", "en"),
    ("close the shuffle", "en"),
)
