"""Issue 45's sixty-third turn, English: blind writers 412 to 418.

A Korean speaker of B1 English (writer 413) said the name first and the
question word last, after a bare verb: a name, then "how much time I
listen" for how many times, or "how many episode I listen", read as the
period's whole listening time or plays, the name left out (wrong facts);
a period, then "total listening hour how much" or "different song how
many" (`parse.learner_ko_en`); "what style music I like" for the taste;
"this week Justice I listened or not". A Syrian speaker (writer 415) said
the superlative as "more than all other songs" (read as what played, a
wrong fact) and "open" for play ("the last song I open", `learner_ar`). A
Geordie (414) asked "what was last month like for me, sum it up", a child
(418) "how much did I play things again and again" (read as the top
songs) and "a round up of October" (read as what played): wrong facts.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "Justice how much time I play last week",
        "how many times did I play Justice last week",
    ),
    (
        "en",
        "Air how much time I listen this year",
        "how many times did I listen to Air this year",
    ),
    (
        "en",
        "the daily how many episode I hear this month",
        "how many episodes of the daily did I hear this month",
    ),
    (
        "en",
        "this week total listening hour how much",
        "how long did I listen this week",
    ),
    (
        "en",
        "this year different artist how many",
        "how many different artists did I play this year",
    ),
    ("en", "which kind music I like most", "what kind of music do I like most"),
    ("en", "last week justice I listened or no", "did I listen to justice last week"),
    (
        "en",
        "which artist I play more than all others this month",
        "which artist did I play most this month",
    ),
    (
        "en",
        "which is the first song I open today",
        "which is the first song I played today",
    ),
    ("en", "what was this week like for me, sum it up", "recap this week"),
    (
        "en",
        "how often do I play songs over and over in the last two weeks",
        "how often do I play the same songs over and over in the last two weeks",
    ),
    ("en", "a round up of september please", "recap september"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Justice how much time I play this week",
        "how many times did I play Justice this week",
        "en",
    ),
    (
        "The Daily how many episode I listen this month",
        "how many episodes of The Daily did I listen to this month",
        "en",
    ),
    ("Air how much time I play ever", "how many times did I play Air ever", "en"),
    (
        "which style music I like, check my listening",
        "what kind of music do I like",
        "en",
    ),
    (
        "what was last week like for me with the music, sum it up",
        "recap last week",
        "en",
    ),
    (
        "which is the track I hear more than all other tracks this month",
        "what is my top track this month",
        "en",
    ),
    (
        "how much do I play stuff again and again in the last two months",
        "how often do I play the same songs over and over in the last two months",
        "en",
    ),
    (
        "give me a round up of September, what I played and that",
        "recap September",
        "en",
    ),
    (
        "Air how much time I listen last week",
        "how many times did I listen to Air last week",
        "en",
    ),
    (
        "justice last month how much time I played, tell me please",
        "how many times did I play justice last month",
        "en",
    ),
    (
        "the daily how many episode i hear last week",
        "how many episodes of the daily did i hear last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()
