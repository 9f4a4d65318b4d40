"""Issue 45's seventy-sixth turn: the lead's mends (whose ranking a possessive names).

The seventy-fifth turn's note left one wrong fact open: a possessive of
someone the household does not know ("what are Bob's top songs", "what's
Bob's music taste", "Bobs Musikgeschmack") was read without its person, and
the asker's own ranking or taste was stated as Bob's. A month said so lost
its month ("who is October's top artist": all of time), and a room its
room ("what was the kitchen's top song"). `possessors_en` reads whose
ranking or taste it is; the German genitive before "Lieblings-" now also
stands before "meistgehört", "Top" and "Geschmack" (`dialect_de`).
"""

from . import Answered, Read

# The German genitive is read in lower case, as the dialect readers write it:
# the plain forms say the person so.
READ: tuple[Read, ...] = (
    ("en", "what are Bob's top songs", "which songs did Bob play the most"),
    (
        "en",
        "who's Bob's top artist this week",
        "which artist did Bob play the most this week",
    ),
    (
        "en",
        "Bob's top three songs this week",
        "which three songs did Bob play the most this week",
    ),
    ("en", "what's Bob's music taste", "what kind of music does Bob like"),
    ("en", "what is Bob's taste in music", "what kind of music does Bob like"),
    ("en", "who is October's top artist", "who was my top artist in October"),
    (
        "en",
        "what was September's most played song",
        "what was my top song in September",
    ),
    ("en", "what was the kitchen's top song", "what was the top song in the kitchen"),
    (
        "en",
        "who was Ada's number one artist last month",
        "which 1 artist did Ada play the most last month",
    ),
    # Times, pronouns and London's "man" are no one's.
    ("en", "what's today's top song", "what is my top song today"),
    (
        "en",
        "what was last year's favourite song",
        "what was my favourite song last year",
    ),
    (
        "en",
        "who's man's number one artist over the past two weeks",
        "who is my number one artist over the past two weeks",
    ),
    ("de", "was ist Bobs Musikgeschmack", "was ist die bob ihr musikgeschmack"),
    (
        "de",
        "was sind Bobs meistgehörte Lieder",
        "welche lieder hat bob am meisten gehört",
    ),
    (
        "de",
        "wer ist Bobs Top-Künstler diese Woche",
        "welchen künstler hat bob diese woche am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what are Ada's top tracks last week",
        "which tracks did Ada play the most last week",
        "en",
    ),
    ("who is October's top artist", "who was my top artist in October", "en"),
    ("what is Ada's taste in music", "what kind of music does Ada like", "en"),
)

# A possessive of someone the household does not know: said so, never the
# asker's own (the seventy-fifth turn's wrong fact).
WHOSE_UNKNOWN: tuple[tuple[str, str], ...] = (
    ("en", "what are Bob's top songs"),
    ("en", "who's Bob's top artist this week"),
    ("en", "what's Bob's music taste"),
    ("de", "was ist Bobs Musikgeschmack"),
    ("de", "was sind Bobs meistgehörte Lieder"),
)
