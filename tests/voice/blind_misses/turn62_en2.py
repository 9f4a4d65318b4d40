"""Issue 45's sixty-first turn, English (second part): blind writers 396 to 403.

Writers 396 to 403 (an Australian tradie from Brisbane, a South African from
Johannesburg, an Irish woman from Cork, a Scouse lad, a Spanish speaker with
B1 English, someone who talks to voice assistants in keyword fragments, a
Boston man of seventy and a Canadian from Newfoundland) were scored before
anything was tuned on them. Their wrong facts, in this file's own phrasings:

- Brisbane: "get stuck into" the music (set about listening: read as the
  song on repeat), "have on heaps" with the period said first (the most:
  read as what played).
- Johannesburg: "okes" (guys: the artists; read as songs), "my china" (a
  mate) said after the question.
- The Spanish speaker: "which style is mine" (the taste), "listen the same
  again and again" and "repeated the songs" (how much is repeated; read as
  the top songs and as the year's listening time), "the first thing of
  the day" (today's first play); and among its misses "put something of X"
  (played X), "the first time that sounded X, which day was" (when X first
  played), "how many time I passed listening" (how long).
- Keyword fragments: "total listening time" (all time; answered with
  today's), "<name> plays lately" (how many times; read as did I play),
  "week in review" (this week's recap; answered with this month's).
- Boston: "quarter of eight" (a quarter to eight; the clock left out and
  the whole night answered), "that X band" (the name without "that"),
  "last yeah" (last year), and a team's score asked of last night, which
  stays Home Assistant's.
- Newfoundland: what is counted and its name said first, then "how many
  did I listen to" (the name was lost: every podcast's plays counted).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Brisbane.
    (
        "en",
        "when do I mostly get stuck into my tunes",
        "when do I mostly listen to my tunes",
    ),
    (
        "en",
        "this month what artist did I have on heaps",
        "what artist did I play the most this month",
    ),
    # Johannesburg.
    (
        "en",
        "which okes have I listened to the most this year",
        "which artists have I listened to the most this year",
    ),
    (
        "en",
        "how long is my listening streak now, my china",
        "how long is my listening streak now",
    ),
    # The Spanish speaker.
    ("en", "what genre is mine, roughly", "what is my style"),
    (
        "en",
        "how many time I passed listening music yesterday",
        "how much time I spent listening to music yesterday",
    ),
    (
        "en",
        "the last time that sounded Genesis, which day was",
        "when did I last listen to Genesis",
    ),
    ("en", "do I put on the same again and again", "how often do I repeat myself"),
    (
        "en",
        "how much have I repeated my songs this month",
        "what percentage of my songs are repeats this month",
    ),
    (
        "en",
        "what was the first thing of the day I put on",
        "what was the first thing I played today",
    ),
    ("en", "did I put something of Air this month", "did I listen to Air this month"),
    # Keyword fragments.
    ("en", "total hours listened", "total listening time"),
    ("en", "air plays recently", "air play count recently"),
    ("en", "month in review", "my month in review"),
    # Boston.
    (
        "en",
        "what was on around quarter of nine last night",
        "what was on around quarter to nine last night",
    ),
    (
        "en",
        "did we have that Queen band on last yeah",
        "did we have Queen on last year",
    ),
    # Newfoundland.
    (
        "en",
        "episodes of The Daily this week, how many have I heard",
        "how many episodes of The Daily did I listen to this week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what time do I normally get stuck into the music",
        "what time do I normally listen to music",
        "en",
    ),
    (
        "past two weeks, what song did I have on heaps",
        "what song did I play the most in the past two weeks",
        "en",
    ),
    (
        "which okes did I play the most this month",
        "who did I play the most this month",
        "en",
    ),
    (
        "how much did I repeat the songs this year",
        "how often do I replay songs this year",
        "en",
    ),
    ("total listening time", "how long have I listened in total", "en"),
    ("daft punk plays lately", "daft punk play count lately", "en"),
    ("week in review", "my week in review", "en"),
    (
        "what was playin' yesterday evening around quarter of eight",
        "what was playing yesterday evening around quarter to eight",
        "en",
    ),
    (
        "episodes of the daily in september, how many did I hear",
        "how many episodes of the daily did I listen to in september",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("did the Red Sox win last night", "en"),
    ("did the Bruins lose yesterday", "en"),
)
