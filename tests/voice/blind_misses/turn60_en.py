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
    (
        "en",
        "who were we wile into this year",
        "who did we listen to the most this year",
    ),
    (
        "en",
        "bout ye, did I play yer Justice crowd last week",
        "did I listen to Justice last week",
    ),
    # The Dutch learner.
    (
        "en",
        "Genesis, did I have it on in the last time",
        "did I listen to Genesis lately",
    ),
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
        "which song have I had on repeat",
    ),
    # The Russian learner.
    (
        "en",
        "how much I listened Air on last week",
        "how much did I listen to Air last week",
    ),
    (
        "en",
        "how much songs I listened on yesterday",
        "how many songs did I listen to yesterday",
    ),
    (
        "en",
        "how much different bands was in my music this year",
        "how many different artists did I listen to this year",
    ),
    (
        "en",
        "different songs how much of them I played this month",
        "how many different songs did I play this month",
    ),
    (
        "en",
        "how much times Genesis from Justice was playing last week",
        "how many times did I play Genesis from Justice last week",
    ),
    (
        "en",
        "what was on yesterday in quarter past nine evening",
        "what was on yesterday at quarter past nine in the evening",
    ),
    # Belfast, more.
    (
        "en",
        "last Sunday at dinner time, one o'clock, what was on",
        "what was playing last Sunday at one o'clock",
    ),
    (
        "en",
        "did I get Moon Safari listened to this week",
        "did I listen to Moon Safari this week",
    ),
    (
        "en",
        "how much air ive had on this month",
        "how much air i've had on this month",
    ),
    # The young teen.
    (
        "en",
        "which artist was i literally living in this summer",
        "which artist did I play the most this summer",
    ),
    (
        "en",
        "what's my obsession track, like the one living rent free in my head",
        "which song have I had on repeat",
    ),
    ("en", "bestie how was my music month", "how was my month in music"),
    # Singapore, more.
    ("en", "queen i listen last week got or not", "did I listen to Queen last week"),
    (
        "en",
        "times i play genesis this week how many",
        "how many times did I play Genesis this week",
    ),
    (
        "en",
        "this year the song i always play which one",
        "which song did I play the most this year",
    ),
    # The marketing manager, more.
    (
        "en",
        "did I engage with Justice at all yesterday",
        "did I listen to Justice yesterday",
    ),
    ("en", "last touchpoint with Air, when was that", "when did I last listen to Air"),
    ("en", "when did Queen first enter my funnel", "when did I first listen to Queen"),
    (
        "en",
        "did Genesis make it into my listening this week",
        "did I listen to Genesis this week",
    ),
    ("en", "what songs were in the mix yesterday", "what songs did I play yesterday"),
    (
        "en",
        "which artist over-indexed in my listening last month",
        "which artist did I play the most last month",
    ),
    (
        "en",
        "which album has the highest engagement with me this year",
        "which album did I play the most this year",
    ),
    ("en", "which artist has the worst retention", "which artist do I skip the most"),
    (
        "en",
        "how wide was my artist reach last month, how many different artists",
        "how many different artists did I listen to last month",
    ),
    ("en", "give me the elevator pitch on my music taste", "describe my music taste"),
    (
        "en",
        "how many songs did I rack up yesterday, headline figure please",
        "how many songs did I play yesterday",
    ),
    ("en", "quick sanity check, did I play Queen today", "did I play Queen today"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "who were we wile into this year",
        "who did we listen to the most this year",
        "en",
    ),
    (
        "Genesis, did I have it on in the last time",
        "did I listen to Genesis lately",
        "en",
    ),
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
        "which song have I had on repeat",
        "en",
    ),
    (
        "how much I listened Air on last week",
        "how much did I listen to Air last week",
        "en",
    ),
    (
        "what's my current earworm, the tune I keep replaying",
        "which song have I had on repeat",
        "en",
    ),
    # Caught by the net with their listening words, then read.
    (
        "which artist am I listenin to most this year",
        "which artist did I listen to the most this year",
        "en",
    ),
    (
        "what songs were in the mix this morning",
        "what songs did I play this morning",
        "en",
    ),
    ("when is usually my listen moment", "when do I usually listen", "en"),
    (
        "which artist over-indexed in my listening last month",
        "which artist did I play the most last month",
        "en",
    ),
    (
        "which album has the highest engagement with me, of all time",
        "which album did I play the most of all time",
        "en",
    ),
    (
        "how much songs I listened on yesterday",
        "how many songs did I listen to yesterday",
        "en",
    ),
    (
        "this year the song i always play which one ah",
        "which song did I play the most this year",
        "en",
    ),
    ("queen i listen last week got or not", "did I listen to Queen last week", "en"),
    ("october that month i play what ah", "what did I play in October", "en"),
    (
        "which artist was i literally living in this summer",
        "which artist did I play the most this summer",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("box, play some Queen", "en"),
    ("box, turn the volume up", "en"),
)
