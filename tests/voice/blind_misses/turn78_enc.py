"""Issue 45's seventy-sixth turn (blind round fifteen): a Vietnamese speaker's dictated English.

Blind writer 519, a Vietnamese native speaker with B1 English using speech
to text, says no tense and no ending, and the question word last. Six of
the questions reached no sentence: a count without its verb ("total time
podcast this year how many", "how many minute music this morning"), a
bare "play" ("in kitchen what album play the most this year"), "already i
listen discovery album since october yes" (have I yet: Vietnamese "đã ...
chưa"), a past clock time said with a bare "what play" or a present "is"
("at five o clock this afternoon what play", "what is on this morning half
past eight") and "what style i into you think"; "podcast show i hook on
these day what is" was taken for an area. Caught but not understood: "i
am obsess with which artist recently" (the participle said bare, the thing
asked said last) and "you tell me what we listen last friday". Answered
wrong: "which day in week and which hour i listen most" asked what time
"week" was, "what song i listen most recent" searched a name "the most
recent", and "how many time i play the deli last month" found nothing
called "the deli": the recogniser's The Daily, now said alike by the name
matcher (`spoken_key`), as writers 86, 127, 209 and 375 had it too.

`parse/vietnamese_dictated_en.py` reads them, first of
`said_as_written_en` and only on its marks; the net lines beside writer
513's catch the questions no sentence reached.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "i am obsess with which artist recently",
        "which artist am i obsessed with recently",
    ),
    (
        "en",
        "we are obsess with which band lately",
        "which band are we obsessed with lately",
    ),
    (
        "en",
        "podcast show i hook on these day what is",
        "what podcast am i hooked on these days",
    ),
    (
        "en",
        "which podcast i am hook on these day",
        "which podcast am i hooked on these days",
    ),
    (
        "en",
        "how many time i play the deli last month",
        "how many times did i play the deli last month",
    ),
    ("en", "when i last played the deli", "when did i last play the deli"),
    (
        "en",
        "already i listen discovery album since october yes",
        "did i listen to discovery album since october",
    ),
    (
        "en",
        "already i play around the world this week or not",
        "did i play around the world this week",
    ),
    (
        "en",
        "you tell me what we listen last friday",
        "what did we listen to last friday",
    ),
    (
        "en",
        "you tell me what i listen yesterday evening",
        "what did i listen to yesterday evening",
    ),
    ("en", "what style i into you think", "what style of music am i into"),
    ("en", "what kind of music i into", "what kind of music am i into"),
    (
        "en",
        "which day in week and which hour i listen most",
        "which day of the week and which hour do i listen most",
    ),
    (
        "en",
        "which day in the week i listen most",
        "which day of the week do i listen most",
    ),
    ("en", "what song i listen most recent", "what was the last song i listened to"),
    ("en", "what track i play most recent", "what was the last track i played"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "i am obsess with which artist recently",
        "which artist am i obsessed with recently",
        "en",
    ),
    (
        "in kitchen what album play the most this year",
        "what album did i play the most in the kitchen this year",
        "en",
    ),
    (
        "in kitchen what artist i listen the most this month",
        "who did i listen to the most in the kitchen this month",
        "en",
    ),
    ("which song play the most last week", "what was my top song last week", "en"),
    (
        "podcast show i hook on these day what is",
        "what podcast am i hooked on these days",
        "en",
    ),
    (
        "total time podcast this year how many",
        "how long did i listen to podcasts this year",
        "en",
    ),
    (
        "total time music last week how many",
        "how long did i listen to music last week",
        "en",
    ),
    (
        "how many minute music this morning",
        "how long did i listen to music this morning",
        "en",
    ),
    (
        "how many hour podcast this week",
        "how long did i listen to podcasts this week",
        "en",
    ),
    (
        "how many time i play the deli last month",
        "how many times did i play The Daily last month",
        "en",
    ),
    ("did i hear the deli yesterday", "did i hear The Daily yesterday", "en"),
    (
        "already i listen discovery album since october yes",
        "did i listen to discovery since october",
        "en",
    ),
    (
        "already i play around the world this week or not",
        "did i play around the world this week",
        "en",
    ),
    (
        "you tell me what we listen last friday",
        "what did we listen to last friday",
        "en",
    ),
    (
        "what is on this morning half past eight",
        "what was playing at half past eight this morning",
        "en",
    ),
    (
        "what is on yesterday evening quarter to eight",
        "what was playing yesterday at quarter to eight in the evening",
        "en",
    ),
    (
        "what is play at eight o clock this morning",
        "what was playing at eight this morning",
        "en",
    ),
    (
        "at five o clock this afternoon what play",
        "what was playing at five this afternoon",
        "en",
    ),
    ("what style i into you think", "what kind of music am i into", "en"),
    ("what kind of music i into", "what kind of music am i into", "en"),
    (
        "which day in week and which hour i listen most",
        "when do i usually listen",
        "en",
    ),
    ("what song i listen most recent", "what was the last song i played", "en"),
    ("what track i play most recent", "what was the last song i played", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what is on tonight at eight", "en"),
    ("what is on the tv at eight", "en"),
    ("the song playing now what is", "en"),
    ("what time is it you think", "en"),
    ("how many minutes left on the timer", "en"),
    ("total time of the timer", "en"),
    ("play the deli in kitchen", "en"),
    ("you tell me the weather", "en"),
    ("what is playing", "en"),
)
