"""Issue 45's eighty-third turn: the lead's own mends of blind round twenty-two.

A 15-year-old from Dublin (blind writer 555) says the total first, without
a verb ("in total like, how many artists, not countin the same one
twice"): a net line now hears a total said before "how many". Her "...,
like the one I actually had on the most" says which song, never a command
to like one. "Which record was I wearin out" is the record played most;
"..., or was that a dream" is no part of the question; "your man Freddie"
is the man named (Encore then says it found no Freddie, never Queen:
it does not guess a band from its singer's first name).

A helper of the last turn saw "when did I last hear Sugar" lose its name:
"Sugar" after "last hear" had been taken for an endearment ("any Queen
lately, sugar?"), since "last hear" looked like a period.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which record was I wearin out over the summer",
        "which album did I play the most over the summer",
    ),
    (
        "en",
        "what song were we wearing out last month",
        "what song did we play the most last month",
    ),
    (
        "en",
        "did I have dance by justice on this mornin or was that a dream",
        "did I have dance by justice on this morning",
    ),
    (
        "en",
        "did I play Queen yesterday, or was it just a dream",
        "did I play Queen yesterday",
    ),
    (
        "en",
        "your man Freddie, how many times have I had him on this year",
        "how many times have I had Freddie on this year",
    ),
    ("en", "when did I last hear Sugar", "when was Sugar last played"),
    ("en", "when did I last play Brown Sugar", "when was Brown Sugar last played"),
    ("en", "any Queen this week sugar?", "any Queen this week?"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what was me song of the summer, like the one I actually had on the most",
        "what was my song of the summer",
        "en",
    ),
    (
        "in total like, how many artists, not countin the same one twice",
        "how many artists in total",
        "en",
    ),
    ("overall, how many songs", "how many songs did I play overall", "en"),
    ("all in all how many artists", "how many artists altogether", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("in total turn off all the lights", "en"),
    ("overall set the kitchen to twenty degrees", "en"),
)
