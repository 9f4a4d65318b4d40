"""Issue 45's twenty-seventh turn: nine blind writers' wrong facts and misses.

Writers 113 to 121 (a busy parent, a dictating learner, a formal teacher, a
teenager, a terse commuter, a storytelling grandmother, a data nerd, a
household's mum, a podcast commuter) were scored before anything was tuned
on them. What they showed, in this file's own phrasings:

- Wrong facts: "how many days non stop" answered the song on repeat; a
  doubt left open ("..., or was it the week before") took "the week" for
  this week; a name and its time said first before "them" lost the name; a
  tune "I keep passing over" got the skip rate; "run stuff back" the
  listening time; a clock time told in a story ("..., about ten to six it
  was, what was on then?") the whole afternoon; "wie viel hab ich da
  abgespielt" a listening time; "weekday or weekend, when did I listen more
  last summer" the summer's song.
- Commands were taken for questions: "kindly switch on repeat for this
  album", "Lauter bitte, ...".
- Misses: a teacher's "the last occasion on which", "had I any ... on", "a
  brief account of what I have listened to"; a learner's "herd", "was I
  listening the daily"; a parent's "no, stop that, ..." said before the
  question's words again; Hamburg's "wat", Saxon "gugge mal", a formal
  German Präteritum in a clause ("was ich heute Morgen hörte", "Womit schloss
  ich gestern den Tag ab?").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many days nonstop have I been listening",
        "what is my listening streak",
    ),
    (
        "en",
        "Queen, in September: how many times did I play them?",
        "how many times did I play Queen in September",
    ),
    (
        "en",
        "is there one song that I always pass over",
        "which song do I skip the most",
    ),
    (
        "en",
        "how much did i run stuff back this month",
        "what was my repeat rate this month",
    ),
    (
        "de",
        "Letzte Woche, wie viel hab ich da insgesamt abgespielt?",
        "wie viele Wiedergaben hatte ich letzte Woche",
    ),
    (
        "en",
        "weekdays or weekends, when did I listen more last month",
        "did I listen more on weekdays or at weekends last month",
    ),
    (
        "en",
        "When was the last occasion on which I heard Moon Safari?",
        "when did I last listen to Moon Safari",
    ),
    (
        "en",
        "Would you give me a short account of what I have listened to this week?",
        "what did I listen to this week",
    ),
    ("en", "did i herd one more time today", "did I hear One More Time today"),
    (
        "en",
        "was i listening the daily yesterday",
        "did I listen to The Daily yesterday",
    ),
    (
        "en",
        "how many songs did I play this week, no, put that down, this week",
        "how many songs did I play this week",
    ),
    (
        "de",
        "wie oft lief überhaupt wat diese Woche",
        "wie viele Wiedergaben hatte ich diese Woche",
    ),
    (
        "de",
        "gugge mal, wann lief zuletzt was von Air",
        "wann habe ich zuletzt Air gehört",
    ),
    (
        "de",
        "Sagen Sie mir bitte, was ich gestern Abend hörte.",
        "was habe ich gestern Abend gehört",
    ),
    (
        "de",
        "Womit schloss ich vorgestern den Tag ab?",
        "welches Lied habe ich vorgestern zuletzt gehört",
    ),
    (
        "de",
        "Womit begann ich heute den Tag?",
        "welches Lied habe ich heute zuerst gehört",
    ),
    (
        "en",
        "which band dominated last month",
        "which band did I listen to most last month",
    ),
    (
        "en",
        "any newcomers in my rotation since March, bands I'd never heard before",
        "which new artists did I discover since March",
    ),
    (
        "en",
        "did Justice come up at all yesterday",
        "did I listen to Justice yesterday",
    ),
    (
        "en",
        "do I play the same wee tunes ower and ower",
        "do I play the same songs over and over",
    ),
    (
        "en",
        "how many things did I have on this week, music and podcasts and the whole lot",
        "how many things did I have on this week",
    ),
    (
        "de",
        "Auf wen war ich diesen Monat so jeck?",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Welches Lied liegt bei mir auf Platz eins?",
        "welches Lied habe ich am meisten gehört",
    ),
    (
        "de",
        "von welchem Lied komm ich grad ni los",
        "welches Lied höre ich in Dauerschleife",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many days nonstop have I been listening",
        "what is my listening streak",
        "en",
    ),
    (
        "Queen, in September: how many times did I play them?",
        "how many times did I play Queen in September",
        "en",
    ),
    (
        "is there one song that I always pass over",
        "which song do I skip the most",
        "en",
    ),
    (
        "back in October was I listening more during the week or at the weekend",
        "did I listen more on weekdays or at weekends in October",
        "en",
    ),
    (
        "Womit schloss ich vorgestern den Tag ab?",
        "welches Lied habe ich vorgestern zuletzt gehört",
        "de",
    ),
    (
        "Sagen Sie mir bitte, was ich gestern Abend hörte.",
        "was habe ich gestern Abend gehört",
        "de",
    ),
    (
        "Letzte Woche, wie viel hab ich da insgesamt abgespielt?",
        "wie viele Wiedergaben hatte ich letzte Woche",
        "de",
    ),
    (
        "did I have any Justice on last weekend, or was it the week before",
        "did I listen to Justice last weekend",
        "en",
    ),
    (
        "Had I any Air on last Saturday, do you happen to know?",
        "did I listen to Air last Saturday",
        "en",
    ),
    (
        "Justice, wie oft lief das diese Woche?",
        "wie oft habe ich diese Woche Justice gehört",
        "de",
    ),
)

# None in this shape: the turn's commands are checked by the intent they
# match, not by assert_not_encores (`test_turn27.py`).
STAYS: tuple[Stays, ...] = ()
