"""Issue 45's sixtieth turn, English: blind writers 380 to 387.

Writers 380 to 387 (a New Zealand sheep farmer, a long-winded retired
judge, someone who stutters through speech to text, a Lagos banker, a
Filipino nurse in Dubai, a Welsh valleys grandmother, a statistics-minded
teenager and an American trucker on the CB radio) were scored before
anything was tuned on them. Their wrong facts and misses, in this file's
own phrasings:

- The farmer: "the same things on loop heaps" (the habit of repeating,
  read as the top songs).
- The stutterer: a word's first sound written with a dash before it
  ("s-since", "d-did"); "s-since Monday" was read as Monday alone.
- Lagos: "the song wey I no dey allow finish" (skipped most, read as the
  last play), "jump pass" (skip most), "X, how many times e play" (the
  name said first, "e" for it), "as at today".
- The judge: "on what date did X first make its appearance", "..., before
  the month was out", "for how long", "..., if that is not too much to
  ask", "has enjoyed the greatest share of my attention" (listened to most).
- Wales: "X, that's the Y one isn't it, how many times ..." (whose a name
  is, checked between commas; no name was found).
- The data nerd: the measure said after the question (", by raw play
  count", ", raw count", ", percentage", ", skips over total plays"; a
  ranking read as a count), "has the highest play count", "dominates my
  stats", "the worst skip ratio" (an artist's skips, read as all skips),
  "show up in my data", "in the log", "recorded", "entry", "any X plays"
  (did I play X), "pull up".
- The judge and the data nerd: "quite unable to stop playing", "can I
  literally not stop playing" (on repeat, read as what played).
- The trucker: CB signs at the question's edge or between commas
  ("breaker breaker", ", good buddy", ", come back", ", 10-4", ", over"),
  read as names or cutting a question's "last" off; "how many times that X
  song played" (the auxiliary dropped; read as every play of the month);
  "lay my year on me"; "that X bunch, did I have any of them on".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The farmer.
    (
        "en",
        "do I listen to the same stuff on loop heaps this month",
        "do I replay the same stuff this month",
    ),
    # The stutterer.
    (
        "en",
        "h-how long have I listened s-since Wednesday",
        "how long have I listened since Wednesday",
    ),
    ("en", "d-d-did I play Genesis today", "did I play Genesis today"),
    ("en", "how often do I sk-skip tracks", "how often do I skip tracks"),
    # Lagos.
    (
        "en",
        "the song wey I no dey allow to finish, na which one",
        "which song do I skip the most",
    ),
    ("en", "which artist I dey jump pass", "which artist do I skip the most"),
    (
        "en",
        "that Genesis by Justice, how many times e play this week",
        "how many times did I play Genesis by Justice this week",
    ),
    ("en", "Sexy Boy, e play at all yesterday", "did I play Sexy Boy yesterday"),
    ("en", "how long is my streak as at today", "how long is my streak"),
    # Wales.
    (
        "en",
        "that Genesis, that's the Justice one isn't it, when did I last play it",
        "when did I last play Genesis",
    ),
    # The data nerd.
    (
        "en",
        "ok query: top song last month, by raw play count",
        "top song last month",
    ),
    (
        "en",
        "how many tracks did I play yesterday, raw count",
        "how many tracks did I play yesterday",
    ),
    (
        "en",
        "which artist has the highest play count this month",
        "which artist did I play the most this month",
    ),
    (
        "en",
        "which podcast dominates my listening stats this year",
        "which podcast did I play the most this year",
    ),
    (
        "en",
        "what's the song with the worst skip ratio in my data",
        "which song do I skip the most",
    ),
    (
        "en",
        "did Justice show up in my data last week",
        "did I listen to Justice last week",
    ),
    ("en", "latest song in the log", "latest song"),
    ("en", "any Queen spins yesterday?", "did I play Queen yesterday"),
    (
        "en",
        "my skip rate this month, skips over total plays",
        "my skip rate this month",
    ),
    (
        "en",
        "how often did I skip last week, as a percentage",
        "how often did I skip last week",
    ),
    (
        "en",
        "pull up what I was playing this morning",
        "tell me what I was playing this morning",
    ),
    # The judge.
    (
        "en",
        "On what date did Sexy Boy first make its appearance in my history?",
        "when did I first play Sexy Boy",
    ),
    (
        "en",
        "Which was the first song I heard in September, before the month was out?",
        "which was the first song I heard in September",
    ),
    (
        "en",
        "I should like to know for how long I listened yesterday, if it is not too much trouble.",
        "how long did I listen yesterday",
    ),
    (
        "en",
        "which band has had the lion's share of my attention this month",
        "which band did I listen to most this month",
    ),
    # The judge and the data nerd.
    (
        "en",
        "which song can I really not stop playing",
        "which song can't I stop playing",
    ),
    (
        "en",
        "which track am I simply unable to stop playing",
        "which song can't I stop playing",
    ),
    # The trucker.
    (
        "en",
        "what was the first tune I played today, good buddy",
        "what was the first song I played today",
    ),
    (
        "en",
        "how many songs did we play this week, 10-4",
        "how many songs did we play this week",
    ),
    (
        "en",
        "breaker breaker, who was my top artist last month, over",
        "who was my top artist last month",
    ),
    (
        "en",
        "how often do I skip, come back, tell it straight",
        "how often do I skip, tell it straight",
    ),
    (
        "en",
        "how many times that Justice Genesis song played this week",
        "how many times did I play Justice Genesis this week",
    ),
    ("en", "lay my month on me", "recap of my month"),
    (
        "en",
        "that Daft Punk bunch, did I have any of them on this week",
        "did I have Daft Punk on this week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "this month, do I play the same things on loop heaps",
        "how often do I replay songs this month",
        "en",
    ),
    (
        "h-how much podcast time have I had s-since Tuesday",
        "how much podcast time have I had since Tuesday",
        "en",
    ),
    (
        "the tune wey I no dey allow finish, which one",
        "which song do I skip the most",
        "en",
    ),
    (
        "ok query: who's my top artist this month, like by raw play count",
        "who is my top artist this month",
        "en",
    ),
    (
        "which album has the highest play count this month",
        "which album did I play the most this month",
        "en",
    ),
    (
        "since september which show dominates my podcast stats",
        "which podcast did I play the most since september",
        "en",
    ),
    (
        "the artist with the worst skip ratio in my data",
        "which artist do I skip the most",
        "en",
    ),
    (
        "which tune can I literally not stop playing",
        "which song can't I stop playing",
        "en",
    ),
    (
        "any Justice plays in the last seven days?",
        "did I play Justice in the last seven days",
        "en",
    ),
    (
        "what'd I wrap up last Sunday with, good buddy",
        "what was the last song I played last Sunday",
        "en",
    ),
    (
        "count up how many times that Air sexy boy song played in October",
        "how many times did I play Sexy Boy by Air in October",
        "en",
    ),
    (
        "what was the last tune I had on, come back",
        "what was the last song I played",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play some Air, good buddy", "en"),
    ("turn it up, over", "en"),
)
