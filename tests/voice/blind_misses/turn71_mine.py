"""Issue 45's sixty-ninth turn, after the merges: what the rescore still showed.

A rural Ontarian (writer 468) said "yesterday round eight fifteen at night,
what was on bud": "round" before a clock said in words lost the day, and
the plain "yesterday at eight fifteen at night" was asked back for its "at
eight" (the check of the utterance's clocks took the hour of 8:15 for a
clock of its own). A Cajun (writer 472) pointed at a song to count it: "how
many time dat Daft Punk One More Time song been played since October" was
answered with all the plays since October. Questions of now said in
Pidgin ("what I stay listening to right now") or slurred ("what am I
lishening to right now") reached Encore's net; they stay the player's.
Nairobi's openers ("ebu", "manze", "sasa") are words Home Assistant's
matcher skips, so the question after them is heard. "In the whole year
twenty twenty five" (writer 467) and the Cajun's "song of de month back in
October" had been asked back for their "year" and "month": a year named
beside the word, and "of de month", are no time of their own. "How many
times that One More Time by Daft Punk has played" (writer 466) names the
song as the subject of "has played".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "count how many times that one more time by daft punk has played",
        "how many times did I play one more time by daft punk",
    ),
    (
        "en",
        "yesterday round eight fifteen at night, what was on",
        "yesterday around 8:15 pm what was on",
    ),
    (
        "en",
        "mais how many time dat Queen Bohemian Rhapsody song been played this year",
        "how many times did I play Queen Bohemian Rhapsody this year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "yesterday round eight fifteen at night, what was on",
        "what was playing yesterday at 8:15 pm",
        "en",
    ),
    (
        "yesterday at eight fifteen at night, what was on",
        "what was playing yesterday at 8:15 pm",
        "en",
    ),
    (
        "mais how many time dat one more time song been played since October",
        "how many times did I play One More Time since October",
        "en",
    ),
    ("ebu recap my year", "recap my year", "en"),
    ("manze what did I play yesterday", "what did I play yesterday", "en"),
    # A year named beside "year" is that year (blind writer 467), and
    # "song of de month" no month of its own (blind writer 472).
    (
        "how many tracks did I play in the whole year twenty twenty five",
        "how many tracks did I play in 2025",
        "en",
    ),
    (
        "twenty twenty five whole year how many tracks did I play",
        "how many tracks did I play in 2025",
        "en",
    ),
    (
        "mais what was de song of de month back in October",
        "what was my top song in October",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what I stay listening to right now", "en"),
    ("what am i lishening to right now", "en"),
    ("ebu play some daft punk in the kitchen", "en"),
    ("sasa turn off the lights lah", "en"),
)
