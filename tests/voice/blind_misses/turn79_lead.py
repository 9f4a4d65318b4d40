"""Issue 45's seventy-seventh turn: the lead's mends ("the deli" is The Daily).

The recogniser writes The Daily as "the deli" for a speaker who says the
long vowel short. Six blind writers in both languages had it so (86, 127,
209, 375 and 519), and the Vietnamese speaker's reader had rewritten it in
English alone, beside a listening verb. The name matcher now says the long
"ei" as the short "e" (`history.queries.name_scores.spoken_key`), so the
name is found wherever it stands, in either language; a name nearer in
letters but other in sound ("dali") is still said as not found
(`tests/voice/test_speech_slips.py`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = ()

ANSWERED: tuple[Answered, ...] = (
    (
        "how many time i play the deli last month",
        "how many times did i play The Daily last month",
        "en",
    ),
    ("when i last played the deli", "when did i last play The Daily", "en"),
    (
        "did i hear the deli this morning",
        "did i listen to The Daily this morning",
        "en",
    ),
    (
        "vorgestern ich habe the deli gehört",
        "habe ich vorgestern The Daily gehört",
        "de",
    ),
    ("wann lief zuletzt die deli", "wann habe ich zuletzt The Daily gehört", "de"),
    (
        "wie oft hab ich the deli letzten monat gehört",
        "wie oft habe ich letzten Monat The Daily gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play the deli newest episode", "en"),
    ("pause the deli", "en"),
    ("spiel neue folge von the deli", "de"),
)
