"""Issue 45's seventy-seventh turn: the lead's mends ("the deli", "did Queen play").

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

# "Did Queen play yesterday": played with no object, so Queen is what was
# played, never a person (`clipped_en`); it had been read as Queen's own
# listening, or not at all. Said so, it is read as "did Queen get played".
READ: tuple[Read, ...] = (
    ("en", "did queen play yesterday", "did queen get played yesterday"),
    (
        "en",
        "did the daily play this morning",
        "did the daily get played this morning",
    ),
    ("en", "so did justice play this week", "did justice get played this week"),
    (
        "en",
        "did digital love play last friday",
        "did digital love get a spin last friday",
    ),
    ("en", "did ada play queen yesterday", "did ada listen to queen yesterday"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many time i play the deli last month",
        "how many times did i play The Daily last month",
        "en",
    ),
    ("when i last played the deli", "when did i last play The Daily", "en"),
    ("did the deli play this morning", "did i listen to The Daily this morning", "en"),
    ("did queen play yesterday", "did i listen to Queen yesterday", "en"),
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
    ("did the heating come on this morning", "en"),
    ("did the lights come on yesterday", "en"),
    ("spiel neue folge von the deli", "de"),
)
