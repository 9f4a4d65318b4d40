"""Issue 45's seventy-fourth turn (blind round thirteen): a German native speaker's English.

Blind writer 505 speaks fluent English in German's turns: a song "was
running" or "ran" (lief: "was Moon Safari running on Saturday", "which song
ran this morning at half past eight", "so what was running this
afternoon"), a room "running with podcasts" ("how long was the kitchen
running with podcasts this month"), the part of the day before its day
("in the evening yesterday", gestern am Abend), "the first time that X was
running", "X from Y running the last time" (von, das letzte Mal), "since
when do I have X in my history" (seit wann), "from which podcast I can not
become enough" (nicht genug bekommen), "which song was the last one this
morning", "my ohrwurm since some days" and "in general" (im Allgemeinen).

What was wrong: "in the evening yesterday" was read as all of yesterday, so
the day's listening time and its first song were answered (two wrong
facts); "in the morning on Saturday" and "in the evening on Friday" in a
listed sentence's slot were the whole day too. "In general" was read as
"usually" and asked back; the rest were not understood or not Encore's at
all ("no area called Saturday"). Variants of the same speech: "since a
week" (the last seven days, had been all time), "since some days", "before
two days" (ago), "the last week" (last week).

Writer 505's label for "hey how long was the kitchen running with podcasts
this month" leaves out the room the brief asks for (room "kitchen"): it is
answered for the kitchen.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "since when do I have wet leg in my history",
        "when did I first play wet leg",
    ),
    ("en", "since when do I hear Air", "when did I first play Air"),
    ("en", "when was the last time that Air was running", "when did I last play Air"),
    (
        "en",
        "when did Around the World run the last time",
        "when did I last play Around the World",
    ),
    ("en", "which song was the first one today", "what was the first song today"),
    (
        "en",
        "from which band I can not become enough lately",
        "which band did I listen to most lately",
    ),
    (
        "en",
        "from which song I can't become enough at the moment",
        "which song do I have on repeat",
    ),
    (
        "en",
        "what did I hear in the evening the day before yesterday",
        "what did I hear the day before yesterday evening",
    ),
    (
        "en",
        "what did I hear in the morning on Saturday",
        "what did I hear on Saturday morning",
    ),
    (
        "en",
        "which song did I hear first in the morning today",
        "which song did I hear first this morning",
    ),
    ("en", "what did I hear at night yesterday", "what did I hear last night"),
    (
        "en",
        "how many songs did I play since a week",
        "how many songs did I play in the last seven days",
    ),
    (
        "en",
        "how many songs did I play since some days",
        "how many songs did I play in the last few days",
    ),
    ("en", "what did I hear before two days", "what did I hear two days ago"),
    ("en", "who was my top artist the last week", "who was my top artist last week"),
    ("en", "which songs were running yesterday", "which songs did I play yesterday"),
    ("en", "what was running yesterday evening", "what did I play yesterday evening"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "from which podcast I can not become enough lately",
        "which podcast did I listen to most lately",
        "en",
    ),
    (
        "how much time did I spend with music in the evening yesterday",
        "how much time did I spend listening to music yesterday evening",
        "en",
    ),
    (
        "hey how long was the kitchen running with podcasts this month",
        "how long did I listen to podcasts in the kitchen this month",
        "en",
    ),
    ("was Moon Safari running on Saturday", "did I play Moon Safari on Saturday", "en"),
    ("what music was running last night", "what music did I play last night", "en"),
    ("so what was running this afternoon", "what did I play this afternoon", "en"),
    (
        "which song ran this morning at half past eight",
        "which song was playing this morning at half past eight",
        "en",
    ),
    ("how often do I skip in general", "how often do I skip", "en"),
    (
        "when was the first time that Sexy Boy was running",
        "when did I first play Sexy Boy",
        "en",
    ),
    ("since when do I have Air in my history", "when did I first play Air", "en"),
    (
        "when was Eres from Café Tacvba running the last time",
        "when did I last play Eres by Café Tacvba",
        "en",
    ),
    (
        "what was the first song in the evening yesterday",
        "what was the first song yesterday evening",
        "en",
    ),
    (
        "which song was the last one this morning",
        "what was the last song I played this morning",
        "en",
    ),
    (
        "which song is my ohrwurm since some days",
        "which song do I have on repeat",
        "en",
    ),
    (
        "how many songs did I hear in the afternoon yesterday",
        "how many songs did I hear yesterday afternoon",
        "en",
    ),
    (
        "what was the last song in the morning on Saturday",
        "what was the last song on Saturday morning",
        "en",
    ),
    (
        "how long did I listen to music since a week",
        "how long did I listen to music in the last seven days",
        "en",
    ),
    (
        "how long was the kitchen running with music yesterday",
        "how long did I listen to music in the kitchen yesterday",
        "en",
    ),
    ("was Daft Punk running yesterday", "did I play Daft Punk yesterday", "en"),
    (
        "when was Genesis from Justice running the last time",
        "when did I last play Genesis by Justice",
        "en",
    ),
    (
        "which song was the first one yesterday",
        "what was the first song I played yesterday",
        "en",
    ),
    ("how often did I skip in general", "how often did I skip", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("was the dishwasher running yesterday", "en"),
    ("was the washing machine running last night", "en"),
    ("how long was the kitchen light on", "en"),
    ("play Moon Safari in the kitchen", "en"),
    ("what song is running right now", "en"),
    ("which song is running", "en"),
    ("run the dishwasher", "en"),
)
