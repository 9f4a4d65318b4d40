"""Issue 45's sixty-ninth turn, English: blind writers 469 and 468.

Writer 469, a radio DJ, spoke of the listening as a station's log: "spin
count on the daily since monday" was answered with all the week's plays,
"the weeknd, when did they first show up in my logs" and "phantom by
justice, when did that last go out" with the first or last thing played at
all, "which artist gets pulled off my decks early" with the top artists,
"breakfast show or evening show, when do I listen more" with the top show
(wrong facts); "what's number one on the uk charts this week" was taken
for the week's top song. "Airplay", "went out", "did I spin any", "in the
mix", "total airtime", "countdown time, top ten", "fresh names", "what
opened the show", "power rotation", "drivetime or the graveyard shift"
were not understood. Writer 468, from rural Ontario, said "sorry" or "bud"
after the question (read as a name) and "holy jeez" before it
(`parse.radio_cottage_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "spin count on Air this month", "how many times did I play Air this month"),
    ("en", "what's the play count for Justice", "how many times did I play Justice"),
    ("en", "walk me through my logs yesterday", "what did I play yesterday"),
    (
        "en",
        "Genesis, when did that first show up in my logs",
        "when did I first play Genesis",
    ),
    ("en", "Da Funk, when did it last go out", "when did I last play Da Funk"),
    ("en", "when did Genesis last hit my decks", "when did I last play Genesis"),
    (
        "en",
        "which song gets yanked off the decks most often",
        "which song do I skip most often",
    ),
    (
        "en",
        "morning show or evening show, when do I listen most",
        "do I listen more in the morning or in the evening",
    ),
    (
        "en",
        "am I busier in breakfast or on the night shift",
        "do I listen more in the morning or at night",
    ),
    ("en", "how many songs went out yesterday", "how many songs did I play yesterday"),
    ("en", "what got aired this morning", "what did I play this morning"),
    (
        "en",
        "how much airplay did Air get last week",
        "how many times did I play Air last week",
    ),
    ("en", "has Queen had any airplay this month", "did I play Queen this month"),
    ("en", "did we spin any Air last week", "did we play any Air last week"),
    ("en", "any Justice on the decks yesterday", "did I play any Justice yesterday"),
    ("en", "my total airtime this month", "how long did I listen this month"),
    ("en", "countdown time, top five artists this year", "top five artists this year"),
    ("en", "new faces we found this year", "new artists we discovered this year"),
    ("en", "what kicked off the show yesterday", "what did I play first yesterday"),
    ("en", "what did I start yesterday's set with", "what did I play first yesterday"),
    ("en", "what's my power rotation song", "what's my heavy rotation song"),
    (
        "en",
        "what was my last seven days like, quick rundown",
        "recap my last seven days",
    ),
    ("en", "how many songs did I play today, sorry", "how many songs did I play today"),
    (
        "en",
        "who did I listen to most this week bud",
        "who did I listen to most this week",
    ),
    ("en", "holy geez how long did I listen today", "how long did I listen today"),
)

ANSWERED: tuple[Answered, ...] = (
    ("spin count on Air this month", "how many times did I play Air this month", "en"),
    (
        "Genesis, when did that first show up in my logs",
        "when did I first play Genesis",
        "en",
    ),
    ("Da Funk, when did it last go out", "when did I last play Da Funk", "en"),
    ("when did Genesis first hit my decks", "when did I first play Genesis", "en"),
    (
        "which artist gets pulled off the decks most often",
        "which artist do I skip most often",
        "en",
    ),
    (
        "breakfast show or evening show, when do I listen most",
        "do I listen more in the morning or in the evening",
        "en",
    ),
    (
        "am I bigger at breakfast or on the graveyard shift",
        "do I listen more in the morning or at night",
        "en",
    ),
    ("did we spin any Air last week", "did we play any Air last week", "en"),
    ("any Justice in the mix this month", "did I play any Justice this month", "en"),
    ("what's my total airtime this month", "how long did I listen this month", "en"),
    ("what opened the show yesterday", "what did I play first yesterday", "en"),
    ("what was the last song I played, sorry", "what was the last song I played", "en"),
    (
        "who did I listen to most this month bud",
        "who did I listen to most this month",
        "en",
    ),
    (
        "holy jeez how many songs did I play today",
        "how many songs did I play today",
        "en",
    ),
    ("how would you describe my sound", "describe my music taste", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what's number one on the uk charts this week", "en"),
    ("who is top of the billboard hot 100", "en"),
    ("what's number one in the official singles chart", "en"),
    ("holy jeez turn off the kitchen lights", "en"),
)
