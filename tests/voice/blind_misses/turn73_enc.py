"""Issue 45's seventy-third turn: a parent at the stove, Singlish, the valleys, a child (blind writers 482 to 485).

A hurried parent dictating while cooking (482) spoke to the children after
the question: "how much queen have i had on since march Ben stop singing
it" took the aside into the name and counted "Don't Stop Me Now" by Queen
(a wrong fact), "... since october Mia the salt no" found nothing, and "...
in september no wait put the lid on first" was asked back. The recogniser
wrote "wensday" (left unread: yesterday's nine pm was answered, a wrong
fact) and "how many ours" (Home Assistant's "no area called"); "its stuck in
my head", "the one at breakfast" and "out of how many" after the question
were read as a room, a name or a time; "first thing today", "whats getting
hammered" (on repeat) and a show said first ("the daily how many episodes
have i done") were not understood (`parse/cooking_parent_en.py`). A day of
the week misspelled beyond the table ("tooseday") is now a time said, asked
back when unread (`utterance.unread_time`).

A Singaporean (483) said what they forgot after the question (", forget
already", ", cannot remember lor"), a remark of how much they once played
a song ("last time i play until very jialat") and put the count or the
question word after the topic ("since monday got how many plays", "X, i
play how many times already", "last night ten past eight what got play",
"which podcast i always listen one", "got play queen yesterday anot"): none
was understood (`parse/singlish_tails_en.py`).

A valleys speaker (484) closed with "mun" ("how many songs have I played
today mun" was asked back) and asked "how would you sum up what I listen
to", answered with this month's recap where the taste was asked (a wrong
fact). A ten-year-old (485) said "my mom's song don't stop me now", "the
bohemian rap city song", "the cafe taco bah band", "on friday last week"
(asked back) and "how my listening was in august" (not understood;
`parse/valleys_and_child_en.py`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how much queen have i had on since march Ben stop singing it",
        "how much queen have i had on since march",
    ),
    (
        "en",
        "how many tracks did i play this week Leo stop kicking the table",
        "how many tracks did i play this week",
    ),
    (
        "en",
        "how many songs did i play in september no wait put the lid on first",
        "how many songs did i play in september",
    ),
    (
        "en",
        "how many songs did i play yesterday no wait turn the oven down",
        "how many songs did i play yesterday",
    ),
    (
        "en",
        "how many ours of music over the summer roughly",
        "how many hours of music over the summer roughly",
    ),
    (
        "en",
        "what was playing wensday at nine pm",
        "what was playing wednesday at nine pm",
    ),
    (
        "en",
        "what was playing thirsday at eight pm",
        "what was playing thursday at eight pm",
    ),
    (
        "en",
        "how many songs did i skip last month out of how many",
        "how many songs did i skip last month",
    ),
    (
        "en",
        "what was the last song i played its stuck in my head",
        "what was the last song i played",
    ),
    (
        "en",
        "what was the first song i played today the one at breakfast",
        "what was the first song i played today",
    ),
    ("en", "what did i put on first thing today", "what did i put on first today"),
    (
        "en",
        "whats getting hammered at the moment song wise",
        "what song is on repeat",
    ),
    (
        "en",
        "the daily how many episodes have i done this month",
        "how many episodes of the daily have i done this month",
    ),
    (
        "en",
        "the daily how many episodes did i hear last week",
        "how many episodes of the daily did i hear last week",
    ),
    # Singlish (483).
    (
        "en",
        "which podcast i always listen one",
        "which podcast do i listen to the most",
    ),
    (
        "en",
        "which artist i always listen one",
        "which artist do i listen to the most",
    ),
    (
        "en",
        "since monday got how many plays altogether",
        "how many plays since monday altogether",
    ),
    (
        "en",
        "that dance song by justice, i play how many times already",
        "how many times did i play that dance song by justice",
    ),
    (
        "en",
        "last night ten past eight what got play",
        "what played last night at ten past eight",
    ),
    (
        "en",
        "the last song i listen to what ah, forget already",
        "what was the last song i listened to",
    ),
    (
        "en",
        "what song i start my day with today, cannot remember lor",
        "what song did i start my day with today",
    ),
    (
        "en",
        "what song i start my day with yesterday, cannot remember lor",
        "what song did i start my day with yesterday",
    ),
    # The valleys (484) and a child (485).
    (
        "en",
        "how many songs have I played today mun",
        "how many songs have I played today",
    ),
    (
        "en",
        "how many songs have I played this week mun",
        "how many songs have I played this week",
    ),
    (
        "en",
        "how would you sum up what I listen to",
        "how would you describe what I listen to",
    ),
    (
        "en",
        "um tell me how my listening was in august",
        "how was my listening in august",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how much queen have i had on since march Ben stop singing it",
        "how much queen have i had on since march",
        "en",
    ),
    (
        "have i listened to that cafe tacuba since october Mia the salt no",
        "have i listened to cafe tacuba since october",
        "en",
    ),
    (
        "how many songs did i play in september no wait put the lid on first",
        "how many songs did i play in september",
        "en",
    ),
    (
        "how many ours of music over the summer roughly",
        "how many hours of music over the summer",
        "en",
    ),
    (
        "what was playing wensday at nine pm",
        "what was playing wednesday at nine pm",
        "en",
    ),
    (
        "the daily how many episodes have i done this month",
        "how many times did i play the daily this month",
        "en",
    ),
    (
        "how many songs did i skip last month out of how many",
        "how many songs did i skip last month",
        "en",
    ),
    (
        "what was the last song i played its stuck in my head",
        "what was the last song i played",
        "en",
    ),
    (
        "what was the first song i played today the one at breakfast",
        "what was the first song i played today",
        "en",
    ),
    (
        "what did i put on first thing today",
        "what was the first song i played today",
        "en",
    ),
    ("whats getting hammered at the moment song wise", "what song is on repeat", "en"),
    (
        "which podcast i always listen one",
        "which podcast do i listen to the most",
        "en",
    ),
    ("since monday got how many plays altogether", "how many plays since monday", "en"),
    (
        "that dance song by justice, i play how many times already",
        "how many times did i play d.a.n.c.e. by justice",
        "en",
    ),
    ("got play queen yesterday anot", "did i play queen yesterday", "en"),
    (
        "last night ten past eight what got play",
        "what was playing at ten past eight last night",
        "en",
    ),
    (
        "the last song i listen to what ah, forget already",
        "what was the last song i played",
        "en",
    ),
    (
        "what song i start my day with today, cannot remember lor",
        "what was the first song i played today",
        "en",
    ),
    (
        "one more time by daft punk last time i play until very jialat, this year how many times",
        "how many times did i play one more time by daft punk this year",
        "en",
    ),
    (
        "how many songs have I played today mun",
        "how many songs have I played today",
        "en",
    ),
    ("how would you sum up what I listen to", "what kind of music am I into", "en"),
    (
        "how many times did i play the bohemian rap city song",
        "how many times did i play bohemian rhapsody",
        "en",
    ),
    (
        "um did i play my mom's song don't stop me now today",
        "did i play don't stop me now today",
        "en",
    ),
    (
        "did i hear the cafe taco bah band in august",
        "did i hear cafe tacvba in august",
        "en",
    ),
    (
        "um tell me how my listening was in august",
        "how was my listening in august",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn the music down Ben stop it", "en"),
    ("play Don't Stop Me Now in the kitchen", "en"),
    ("put the lid on the pan no wait turn the oven down", "en"),
    ("what's playing in the kitchen Mia the salt no", "en"),
)
