"""Issue 45's fifty-ninth turn, English: blind writers 372 to 379.

Writers 372 to 379 (a Belfast taxi driver, a thirteen-year-old in Ohio, a
Dutch learner of English at B1, a night-shift nurse through speech to
text, a Texas ranch grandmother who calls the speaker "box", a
Singaporean, a marketing manager and a Russian learner at B1) were scored
before anything was tuned on them. Their wrong facts, in this file's own
phrasings:

- Belfast: Ulster's intensifier before "into" ("who was I wile into", read
  as what played), "yer X crowd" around a band's name.
- The Dutch learner: "in the last time" (lately) after a name said first
  (read as the name's last play), "do I play songs over and over a lot"
  (how often I repeat songs, read as the top songs), "quarter for eight".
- Texas: "last evening" with a time (read as today), "hurry past" a band
  (skip it, read as the band played most), "box" for the speaker.
- Singapore: a name said first with no comma before "how many times I put
  on" (read as a count of the month), "morning person or evening person
  for music" (the music dropped, podcasts weighed too).
- The marketing manager: "play count on X since ..." (read as all plays),
  "..., who's the winner" after "song of the month" (read as the top
  artist), "my current earworm" (read as the share of repeats), "tune in"
  (its "tune" read as music).
- The Russian learner: "how much I listened X on this week" (the name
  lost: the whole week's listening time).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Belfast.
    ("en", "who were we wile into this year", "who did we listen to the most this year"),
    (
        "en",
        "bout ye, did I play yer Justice crowd last week",
        "did I listen to Justice last week",
    ),
    # The Dutch learner.
    ("en", "Genesis, did I have it on in the last time", "did I listen to Genesis lately"),
    (
        "en",
        "do I play tracks over and over a lot this year",
        "how often do I replay songs this year",
    ),
    (
        "en",
        "how much do I listen the same tracks over and over",
        "how often do I replay songs",
    ),
    (
        "en",
        "what was on yesterday at quarter for nine in the morning",
        "what was on yesterday at quarter to nine in the morning",
    ),
    ("en", "when is usually my listening moment", "when do I usually listen"),
    # Texas.
    (
        "en",
        "what was playing around a quarter past nine last evening",
        "what was playing at quarter past nine yesterday evening",
    ),
    ("en", "which song do I hurry past the most", "which song do I skip the most"),
    ("en", "box, how long did I listen yesterday", "how long did I listen yesterday"),
    (
        "en",
        "how many tunes did the box play for me yesterday",
        "how many songs did I play yesterday",
    ),
    # Singapore.
    (
        "en",
        "justice how many times i played last month",
        "how many times did I play Justice last month",
    ),
    (
        "en",
        "morning person or night person for podcasts, which am I",
        "am I more of a morning or night listener for podcasts",
    ),
    # The marketing manager.
    ("en", "album of the year so far, who's the winner", "top album this year"),
    (
        "en",
        "play count for Genesis this month",
        "how many times did I play Genesis this month",
    ),
    ("en", "when do I normally tune in", "when do I usually listen"),
    (
        "en",
        "what's my latest earworm, the song I keep coming back to",
        "which song have I had on repeat lately",
    ),
    # The Russian learner.
    (
        "en",
        "how much I listened Air on last week",
        "how much did I listen to Air last week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("who were we wile into this year", "who did we listen to the most this year", "en"),
    ("Genesis, did I have it on in the last time", "did I listen to Genesis lately", "en"),
    (
        "do I play tracks over and over a lot this year",
        "how often do I replay songs this year",
        "en",
    ),
    (
        "what was playing around a quarter past nine last evening",
        "what was playing at quarter past nine yesterday evening",
        "en",
    ),
    ("which song do I hurry past the most", "which song do I skip the most", "en"),
    (
        "justice how many times i played last month",
        "how many times did I play Justice last month",
        "en",
    ),
    (
        "morning person or night person for podcasts, which am I",
        "am I more of a morning or night listener for podcasts",
        "en",
    ),
    ("album of the year so far, who's the winner", "top album this year", "en"),
    (
        "play count for Genesis this month",
        "how many times did I play Genesis this month",
        "en",
    ),
    ("when do I normally tune in", "when do I usually listen", "en"),
    (
        "what's my latest earworm, the song I keep coming back to",
        "which song have I had on repeat lately",
        "en",
    ),
    (
        "how much I listened Air on last week",
        "how much did I listen to Air last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("box, play some Queen", "en"),
    ("box, turn the volume up", "en"),
)
