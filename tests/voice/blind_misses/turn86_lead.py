"""Issue 45's eighty-fourth turn: the lead's own mends, from the held-out writers 558 and 559.

Two writers of the last turn were held out: scored only on its final code,
never mended. A retired Punjabi-born taxi driver (558) told what he did in
the present progressive, in a statement's order, as many who learnt English
late do: "how many songs I am playing today", "tell me what I am hearing
last Friday", "yesterday I am listening Queen or not". Beside a time said,
that is read as the past (`progressive_past_en`); the net hears "I am" said
in that order. His "ji" (respect, said first or last) is no name, and "...,
or I forget?", "my memory is gone" say why he asks, not what.

"Sexy Boy that French song, how many time it is playing since October" was
answered with all plays since October (a wrong fact): the words after the
name describe it, and "how many times it played" asks for its plays.
"Around the World, the Daft Punk one, when I hear first time?" was answered
with today's first play (a wrong fact): a question mark had kept the name
from its question. Where such a "when" is still unread, Encore asks which
name, never tells today's first play (`when_of_a_name`).

A West Texas roughneck (559) dropped the "did I" or "how many" a question
opens with: "ever play any Chris Stapleton", "catch the daily this
mornin?", "times i run that don't stop me now this year", "song on at eight
this mornin" (`terse_dropped_en`, and net lines for each). "Play any Chris
Stapleton" (no "ever") is a command and stays Home Assistant's.

"First thing I played this year, back in January, what was it" had been
read as January's first play since the twentieth turn; six blind writers
(the last two in rounds twenty-two and twenty-three) meant the year's. The
year's first play is read now: only a first play is the year's wherever it
fell, so "what did I play this year back in January" stays January.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "how many songs I am playing today ji", "how many songs did I play today"),
    (
        "en",
        "how many tracks we are playing this week",
        "how many tracks did we play this week",
    ),
    ("en", "tell me what I am hearing last Friday beta", "what did I hear last Friday"),
    (
        "en",
        "what I am listening yesterday evening",
        "what did I listen to yesterday evening",
    ),
    ("en", "yesterday I am listening Queen or not", "did I listen to Queen yesterday"),
    (
        "en",
        "ji give me one summary of my week, what I listen, how it goes",
        "give me a summary of my week",
    ),
    ("en", "hello ji, how long I am listening today", "how long did I listen today"),
    (
        "en",
        "sexy boy that French song, how many time it is playing since October",
        "how many times did I play sexy boy since October",
    ),
    (
        "en",
        "Around the World, the Daft Punk one, when I hear first time?",
        "when did I first hear Around the World by Daft Punk",
    ),
    (
        "en",
        "first thing I played this year, back in January, what was it",
        "what was the first thing I played this year",
    ),
    (
        "en",
        "what was the first song this year, back in January",
        "what was the first song this year",
    ),
    ("en", "ever play any radiohead?", "did I ever play any radiohead"),
    (
        "en",
        "times i run that don't stop me now this year",
        "how many times did I play don't stop me now this year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("how many songs I am playing today ji", "how many songs did I play today", "en"),
    (
        "how many times I am playing Bohemian Rhapsody this year, the Queen one",
        "how many times did I play Bohemian Rhapsody by Queen this year",
        "en",
    ),
    ("tell me what I am hearing last Friday beta", "what did I hear last Friday", "en"),
    (
        "that Daily news podcast, I am listening this morning or I forget?",
        "did I listen to The Daily this morning",
        "en",
    ),
    (
        "ji give me one summary of my week, what I listen, how it goes",
        "give me a summary of my week",
        "en",
    ),
    ("catch the daily this mornin?", "did I listen to The Daily this morning", "en"),
    ("song on at eight this mornin", "what song was on at eight this morning", "en"),
    (
        "times i run that don't stop me now this year",
        "how many times did I play Don't Stop Me Now this year",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what am I listening to", "en"),
    ("I am listening to the radio in the kitchen", "en"),
    ("what is playing in the kitchen", "en"),
    ("play any chris stapleton", "en"),
    ("catch the bus", "en"),
)
