"""Issue 45's seventieth turn: what the lead mended beside the helpers.

A year said beside "last year" or "this year" names the same year again:
"how many tracks did I play last year 2025" (left from the sixty-ninth
turn) had its "2025" taken for a name, and counted the plays of a song
called 2025; the German "letztes Jahr 2025" counted plays of "letztes".

A part of the day said apart from its German weekday ("am Samstag am
Vormittag", "letzten Freitag am Abend", "Freitag Abend") was no time: the
whole day was answered, a broader question than the one asked. So was a
part said after the question's mark ("what did I play yesterday? like in
the evening"; a nervous first-time user's habit, blind writer 475).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many tracks did i play last year 2025",
        "how many tracks did i play last year",
    ),
    (
        "en",
        "how many songs last year twenty twenty five",
        "how many songs did i play last year",
    ),
    (
        "de",
        "wie viele Lieder hab ich letztes Jahr 2025 gehört",
        "wie viele Lieder hab ich letztes Jahr gehört",
    ),
    (
        "de",
        "wie viele Lieder hab ich letztes Jahr, zweitausendfünfundzwanzig gehört",
        "wie viele Lieder hab ich im Jahr 2025 gehört",
    ),
)

READ += (
    ("de", "was hab ich am Freitag Abend gehört", "was hab ich am Freitagabend gehört"),
    (
        "en",
        "what did I play yesterday? like in the evening",
        "what did I play yesterday evening",
    ),
    (
        "en",
        "how long did I listen last friday? just the morning",
        "how long did I listen last friday in the morning",
    ),
    (
        "de",
        "Was hab ich gestern gehört? Am Abend, mein ich",
        "Was hab ich gestern Abend gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many tracks did i play last year 2025",
        "how many tracks did I play last year",
        "en",
    ),
)

ANSWERED += (
    ("was lief am Samstag am Vormittag", "was lief am Samstagvormittag", "de"),
    (
        "was lief letzten Freitag am Abend",
        "was lief letzten Freitagabend",
        "de",
    ),
    (
        "what did I play yesterday? like in the evening",
        "what did I play yesterday evening",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()

# What the merges had moved in the pinned readings of older writers, read
# back as they had been, and two of writer 475's last misses.
READ += (
    (
        "en",
        "When did I first listen to Radiohead? My grandson swears I did.",
        "When did I first listen to Radiohead",
    ),
    (
        "en",
        "who am I always skipping? which band, I mean",
        "which band do I skip the most",
    ),
    (
        "en",
        "is it right I skip Air bare? like are they my most skipped artist or is it someone else",
        "who is my most skipped artist",
    ),
    (
        "en",
        "my top three artists since, uh, since March... or was it, yeah, since March",
        "my top three artists since March",
    ),
    ("en", "fit tune can I nae stop playin", "what song can I not stop playing"),
    ("en", "played much justice this week or nah", "did I listen to Justice this week"),
    (
        "en",
        (
            "how much time did I spend on podcasts in twenty twenty five, um, if you"
            " keep track of that sort of thing"
        ),
        "how much time did I spend on podcasts in 2025",
    ),
    (
        "en",
        "when did I first, um, when did Justice first show up in my history? sorry",
        "when did Justice first show up in my history",
    ),
    (
        "de",
        "Gestern Obnd um acht, wos hot do gespielt",
        "was lief gestern abend um acht",
    ),
)
