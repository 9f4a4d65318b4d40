"""Issue 45's seventy-fifth turn (blind round fourteen): a Scouser and an Accra teacher.

Blind writer 508, a Scouser, opened with "ey" ("ey who've I been listenin
to most this month la"): no sentence took "ey", and Home Assistant said it
knew no device called so. He asked "how much have I had on in the kitchen
over the past two weeks" (a count of a name "have" was searched, for how
long), put his count first ("total streams for the last thirty days, how
many's that", a name "'s that" searched) and said "giz the last tune I
played la" (give us), which nothing caught.

Blind writer 509, a secondary-school teacher from Accra, opened with "ei"
and closed with "ooo" ("Ei, how much time have I wasted on podcasts this
month ooo", "ei which song can't I stop playing ooo"): Home Assistant
took "podcasts this month ooo" for an area. "Please, I want a review of my
whole year of listening." was caught but not understood: a want is asked
for, "my whole year" is this year.

"Ey", "ei", "chale" and "ooo" are skip words now, as "lah" and "po" are;
`scouse_again_en` and `accra_teacher_en` read the rest.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how much have I had on in the kitchen over the past two weeks",
        "how long did I listen in the kitchen over the past two weeks",
    ),
    ("en", "how much have we had on this week", "how long did we listen this week"),
    (
        "en",
        "total streams for the last thirty days, how many's that",
        "how many plays for the last thirty days",
    ),
    ("en", "total plays this month, how many is that", "how many plays this month"),
    ("en", "giz the last tune I played la", "what was the last tune I played"),
    (
        "en",
        "Please, I want a review of my whole year of listening.",
        "give me a recap of this year",
    ),
    (
        "en",
        "Please, I want a summary of my whole month.",
        "give me a recap of this month",
    ),
    (
        "en",
        "Ei, how much time have I wasted on podcasts this month ooo",
        "how long did I listen to podcasts this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "ey who've I been listenin to most this month la",
        "who did I listen to most this month",
        "en",
    ),
    (
        "chale who did I listen to most last week",
        "who did I listen to most last week",
        "en",
    ),
    (
        "Ei, how much time have I wasted on podcasts this month ooo",
        "how long did I listen to podcasts this month",
        "en",
    ),
    ("ei which song can't I stop playing ooo", "which song can't I stop playing", "en"),
    (
        "Please, I want a review of my whole year of listening.",
        "give me a recap of this year",
        "en",
    ),
    (
        "how much have I had on in the kitchen over the past two weeks",
        "how long did I listen in the kitchen over the past two weeks",
        "en",
    ),
    (
        "total streams for the last thirty days, how many's that",
        "how many plays in the last thirty days",
        "en",
    ),
    ("giz the last tune I played la", "what was the last song I played", "en"),
    (
        "giz the first song I played today",
        "what was the first song I played today",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("ey turn on the kitchen lights", "en"),
    ("ei play some music in the kitchen ooo", "en"),
    ("ey what's playing", "en"),
    ("giz the last tune again", "en"),
    ("giz us some tunes in the kitchen", "en"),
)
