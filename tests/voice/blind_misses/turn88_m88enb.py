"""Issue 45's eighty-sixth turn (blind round twenty-five): a Bangalore engineer's English, a Scouser's slang.

Blind writer 578, a software engineer in Bangalore, says more around and
inside her question than the older Indian English readers knew: remarks
after it (", check once", ", I am confused", ", I am not remembering",
", give me idea", ", correct?", "na" as a tag), a guess or a gloss beside
its time ("last song of last week, sunday probably, what was it", "this
month first song which was it, from the 1st I mean": both had been answered
for the one day, wrong facts), "yesterday evening only", "august month",
Hindi's "kab" (when), the name or the time first with no auxiliary ("the
daily last I listened when", "justice phantom I heard since monday?",
"yesterday evening I played one more time na, that daft punk one?"), "what
all songs played on november 3rd" (what played; a count had been answered,
a wrong fact), "whatever I played last, which song was that" (the last
song) and "fill me in on my listening na, overall how it is going" (this
month's recap; all time had been answered, a wrong fact). Read by
`parse/bangalore_engineer_en.py`, only on her marks; four net lines hear
"kab", "X I heard since", "whatever I played last, which song was that",
"august month what all I" and "X last I listened when", which reached no
sentence.

Blind writer 576, a Scouse student, says "what track did I proper batter
last year" ("proper" stresses the slang verb as "properly" does:
`learner._SLANG_SUBJECT`) and "what's me tune of the moment" (the song on
repeat, as "song of the moment" was: `brazilian_b1_en`).

The rows after each writer's own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Their own.
    (
        "en",
        "yesterday evening only I played one more time na, that daft punk one? check once",
        "did I play one more time by daft punk yesterday evening",
    ),
    (
        "en",
        "moon safari I was playing last weekend, correct?",
        "did I play moon safari last weekend",
    ),
    (
        "en",
        "this morning the daily episode I heard or not, I am confused",
        "did I hear the daily episode this morning",
    ),
    (
        "en",
        "justice phantom I heard since monday?",
        "did I hear justice phantom since monday",
    ),
    (
        "en",
        "kindly tell me what all songs played on november 3rd",
        "what songs did I play on november 3rd",
    ),
    (
        "en",
        "august month what all I was listening, give me idea",
        "what was I listening to in august",
    ),
    (
        "en",
        "the daily last I listened when",
        "when did I last listen to the daily",
    ),
    (
        "en",
        "daft punk last kab played, I mean when",
        "when did I last play daft punk",
    ),
    (
        "en",
        "whatever I played last, which song was that, I am not remembering",
        "what was the last song I played",
    ),
    (
        "en",
        "this month first song which was it, from the 1st I mean",
        "what was the first song I played this month",
    ),
    (
        "en",
        "last song of last week, sunday probably, what was it",
        "what was the last song I played last week",
    ),
    (
        "en",
        "fill me in on my listening na, overall how it is going",
        "fill me in on my listening",
    ),
    (
        "en",
        "what track did I proper batter last year",
        "what track did I play the most last year",
    ),
    (
        "en",
        "what's me tune of the moment",
        "which song is on repeat for me",
    ),
    # The same shapes said another way.
    (
        "en",
        "today morning only I heard bohemian rhapsody na, that queen one? check once",
        "did I hear bohemian rhapsody by queen this morning",
    ),
    (
        "en",
        "last friday only I played genesis, the justice one? check once",
        "did I play genesis by justice last friday",
    ),
    (
        "en",
        "sexy boy I was playing this month, correct?",
        "did I play sexy boy this month",
    ),
    (
        "en",
        "yesterday queen I played or not, I am not remembering",
        "did I play queen yesterday",
    ),
    (
        "en",
        "phantom by justice I played since october?",
        "did I play phantom by justice since october",
    ),
    (
        "en",
        "kindly tell me what all tracks played yesterday",
        "what tracks did I play yesterday",
    ),
    (
        "en",
        "october month what all we were listening, give me idea",
        "what were we listening to in october",
    ),
    (
        "en",
        "queen last I listened when",
        "when did I last listen to queen",
    ),
    (
        "en",
        "queen last kab heard, I mean when",
        "when did I last hear queen",
    ),
    (
        "en",
        "air first kab played",
        "when did I first play air",
    ),
    (
        "en",
        "this year first song which was it, from the 1st I mean",
        "what was the first song I played this year",
    ),
    (
        "en",
        "first song of last month, monday probably, what was it",
        "what was the first song I played last month",
    ),
    (
        "en",
        "give me rundown of my listening na, overall how it is going",
        "give me a rundown of my listening",
    ),
    (
        "en",
        "what album have I been proper battering lately",
        "what album have I been playing the most lately",
    ),
    (
        "en",
        "who did I proper cane last month",
        "who did I play the most last month",
    ),
    (
        "en",
        "what's me track of the moment",
        "which song is on repeat for me",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "yesterday evening only I played one more time na, that daft punk one? check once",
        "did I play one more time by daft punk yesterday evening",
        "en",
    ),
    (
        "moon safari I was playing last weekend, correct?",
        "did I play moon safari last weekend",
        "en",
    ),
    (
        "justice phantom I heard since monday?",
        "did I hear justice phantom since monday",
        "en",
    ),
    (
        "kindly tell me what all songs played on november 3rd",
        "what songs did I play on november 3rd",
        "en",
    ),
    (
        "august month what all I was listening, give me idea",
        "what was I listening to in august",
        "en",
    ),
    (
        "the daily last I listened when",
        "when did I last listen to the daily",
        "en",
    ),
    (
        "daft punk last kab played, I mean when",
        "when did I last play daft punk",
        "en",
    ),
    (
        "whatever I played last, which song was that, I am not remembering",
        "what was the last song I played",
        "en",
    ),
    (
        "this month first song which was it, from the 1st I mean",
        "what was the first song I played this month",
        "en",
    ),
    (
        "last song of last week, sunday probably, what was it",
        "what was the last song I played last week",
        "en",
    ),
    (
        "fill me in on my listening na, overall how it is going",
        "fill me in on my listening",
        "en",
    ),
    (
        "what track did I proper batter last year",
        "what track did I play the most last year",
        "en",
    ),
    (
        "what's me tune of the moment",
        "which song is on repeat for me",
        "en",
    ),
    (
        "sexy boy I was playing this month, correct?",
        "did I play sexy boy this month",
        "en",
    ),
    (
        "phantom by justice I played since october?",
        "did I play phantom by justice since october",
        "en",
    ),
    (
        "queen last I listened when",
        "when did I last listen to queen",
        "en",
    ),
    (
        "queen last kab heard, I mean when",
        "when did I last hear queen",
        "en",
    ),
    (
        "air first kab played",
        "when did I first play air",
        "en",
    ),
    (
        "this year first song which was it, from the 1st I mean",
        "what was the first song I played this year",
        "en",
    ),
    (
        "kindly tell me what all tracks played yesterday",
        "what tracks did I play yesterday",
        "en",
    ),
    (
        "what album have I been proper battering lately",
        "what album have I been playing the most lately",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play daft punk na", "en"),
    ("play daft punk in kitchen yaar, check once", "en"),
    ("what is playing right now, check once", "en"),
    ("what song is this, correct?", "en"),
    ("kindly increase the volume, I am confused", "en"),
    ("skip this song na, boring it is", "en"),
    ("put whatever I played last on repeat", "en"),
    ("set timer for ten minutes, correct?", "en"),
    ("turn it up proper la", "en"),
    ("what's the tune of the moment on the radio", "en"),
)
