"""Issue 45's forty-fifth turn: blind writers 260 to 267, their wrong facts.

Writers 260 to 267 (a terse New York commuter and a terse Hamburg
businesswoman, a Welsh and a Saarland grandmother, a Lagos student and a
Thuringian teenager, a Chinese and a Russian learner, a Boston sports fan
and a Mainz carnival lover, a driver dictating in both languages, a
Glasgow teacher and a Kiel fisherman, a Pune call-centre worker and a
Munich teenager) were scored on the tree with the forty-third turn's mends,
before anything was tuned on them. What they showed, in this file's own
phrasings:

- Wrong facts: a Boston speaker's dropped "r" ("in Octobah", "yestahday",
  "this aftahnoon", "last yeah", "song of the yeah") and a hurried "lass
  week" lost the period, and the answer was of all time or today; "zu
  welcher Stunde" was read as the top song; "oida" said first lost the
  song after it; "how many times X play for the past 30 days" (no "did")
  read the period as the name; "which artist I listen first time" named
  the first play; "Weekdays versus weekends:" said as a sentence of its own
  was dropped, and the question after it answered as the top song.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "top artist in Septembah", "top artist in September"),
    ("en", "what did I play Decembah last year", "what did I play December last year"),
    ("en", "how long did I listen yestahday", "how long did I listen yesterday"),
    ("en", "what played this aftahnoon", "what played this afternoon"),
    (
        "en",
        "which album did I have on most this yeah",
        "which album did I play most this year",
    ),
    ("en", "top podcast last yeah", "top podcast last year"),
    ("en", "what was my song of the yeah", "what was my song of the year"),
    ("en", "how many plays lass week", "how many plays last week"),
    ("en", "what did I listen to lass friday", "what did I listen to last friday"),
    (
        "de",
        "zu welcher Stunde höre ich am meisten",
        "zu welcher Uhrzeit höre ich am meisten",
    ),
    (
        "de",
        "in welcher Stunde lief am meisten Musik",
        "zu welcher Uhrzeit lief am meisten Musik",
    ),
    (
        "de",
        "oida, wann hab ich zuletzt Sexy Boy gehört",
        "wann hab ich zuletzt Sexy Boy gehört",
    ),
    (
        "en",
        "how many times one more time play in the last 7 days",
        "how many times did I play one more time in the last 7 days",
    ),
    (
        "en",
        "which singer I hear first time this year",
        "which new artists did I discover this year",
    ),
    (
        "en",
        "Mornings versus evenings: when do I play more music?",
        "do I play more music in the mornings or evenings",
    ),
    (
        "de",
        "Wochenende gegen unter der Woche: wann höre ich mehr Musik?",
        "höre ich am Wochenende oder unter der Woche mehr Musik",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how much music did I play in Octobah",
        "how much music did I play in October",
        "en",
    ),
    (
        "what was I listening to yestahday evening",
        "what did I listen to yesterday evening",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("yeah turn off the kitchen light", "en"),
    ("play some music in the kitchen lass", "en"),
)
