"""Issue 45's fifty-fourth turn, English: blind writers 332 to 339.

Writers 332 to 339 (a sheep farmer, a Newfoundlander, a Birmingham
speaker, a Californian surfer, a Mandarin speaker, a speaker who says
things over, a speaker of clipped words and a retired academic) were scored on
`09c7b571` before anything was tuned on them: 744 of 838 right, 10 wrong
facts. Their wrong facts and the ways most often missed, in this file's
own phrasings:

- Dialects: Newfoundland's "after" perfect ("what record am I after
  playin' the most", "how many plays is it after gettin' since March": all
  plays answered, a wrong fact), "what crowd was I listenin' to" (a band;
  read as a song: a wrong fact), "Saturday night 'round nine" (the whole
  night: a wrong fact), "..., b'y"; the dropped h of Birmingham and the
  West Country ("'ave I 'ad", "ow many", "ere bab", "who 'ave I been proper
  stuck on lately": what played answered, a wrong fact); writer 338's "play
  em since March", "how many times'd I", "that Air bunch", "the Mexican
  fellas", and "last night around a quarter to eight" (this morning's
  quarter to eight: a wrong fact).
- A surfer's verbs of playing ("have i cranked", "did i jam", "knock out",
  "throw on") and "brah", "dude", "bro".
- A Mandarin speaker's topic first and question word in place: "weekday
  and weekend which one I listen more music" (the weekend's top song: a
  wrong fact), "wednesday night nine o'clock playing what", "sexy boy last
  time I play it when", "air I have listen already this week or not".
- A question said over: "in the, in the kitchen", "at, uh, at quarter to
  eight, no, ten to eight", "yesterday evening, I mean last night" (the
  evening answered: a wrong fact).
- An academic's weighed asides: "I should be interested, purely as a
  matter of record, in my five most played pieces, taking the whole of my
  history into account" (a room "in my five", albums: a wrong fact),
  "which podcast, I wonder, am I presently hooked on, to borrow my
  students' idiom" (songs: a wrong fact), "which track have I been quite
  unable to stop playing these past few days" (what played: a wrong fact),
  "..., which, unless I am much mistaken, was Wednesday".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Newfoundland.
    (
        "en",
        "what record am I after playin' the most this year",
        "what record have I played the most this year",
    ),
    (
        "en",
        "how long am I after listenin' to music today",
        "how long have I listened to music today",
    ),
    (
        "en",
        "how many artists are we after playin' altogether",
        "how many artists have we played altogether",
    ),
    (
        "en",
        "over the past two weeks now, what crowd was I listenin' to most",
        "which band was I listening to most over the past two weeks",
    ),
    ("en", "what was the last song I played b'y", "what was the last song I played"),
    (
        "en",
        "Saturday night 'round nine, what was on",
        "what was playing saturday night around nine",
    ),
    (
        "en",
        "last night around a quarter to eight, what was playin'",
        "what was playing last night around quarter to eight",
    ),
    # A dropped h.
    (
        "en",
        "who 'ave I been proper stuck on lately, which singer like",
        "who have I been stuck on lately, which singer",
    ),
    (
        "en",
        "ere bab, who've I had on the most this week then",
        "who have I had on the most this week then",
    ),
    (
        "en",
        "ow many different bands have I 'ad on since March",
        "how many different bands have I had on since March",
    ),
    ("en", "'ave I found anyone new this month", "have I found anyone new this month"),
    ("en", "when did I last 'ave Queen on", "when did I last have Queen on"),
    (
        "en",
        "how many things did we play last weekend bab",
        "how many things did we play last weekend",
    ),
    (
        "en",
        "that Cafe Tacuba, the Mexican fellas, did I put em on last month",
        "did I play Cafe Tacuba last month",
    ),
    # A surfer.
    (
        "en",
        "how many songs have i cranked today dude",
        "how many songs have i played today",
    ),
    (
        "en",
        "did i jam cafe tacuba last weekend bro",
        "did i play cafe tacuba last weekend",
    ),
    (
        "en",
        "how many episodes did i knock out last month brah",
        "how many episodes did i play last month",
    ),
    # A Mandarin speaker.
    (
        "en",
        "weekday and weekend which one I listen more music",
        "do I listen to more music on weekdays or weekends",
    ),
    (
        "en",
        "wednesday night nine o'clock playing what",
        "what was playing wednesday night at nine o'clock",
    ),
    ("en", "sexy boy last time I play it when", "when did I last play sexy boy"),
    (
        "en",
        "air I have listen already this week or not",
        "did I listen to air this week",
    ),
    (
        "en",
        "today morning I wake up with which song",
        "which song did I wake up to this morning",
    ),
    (
        "en",
        "I always listen same song again and again? how much repeat",
        "do I always listen to the same song again and again",
    ),
    ("en", "since monday any artist first time I hear", "any new artists since monday"),
    # Said over.
    (
        "en",
        "last song, what was the last song yesterday evening, I mean last night",
        "what was the last song last night",
    ),
    (
        "en",
        "first time I heard, I heard Eres, when was that",
        "first time I heard Eres, when was that",
    ),
    (
        "en",
        "did I, did I get to the Daily today, hear it I mean",
        "did I get to the Daily today",
    ),
    # An academic.
    (
        "en",
        (
            "I should be interested, purely as a matter of record, in my five most"
            " played pieces, taking the whole of my history into account."
        ),
        "what are my five most played songs of all time",
    ),
    (
        "en",
        "Which podcast, I wonder, am I presently hooked on, to borrow my students' idiom?",
        "Which podcast am I presently hooked on?",
    ),
    (
        "en",
        "How many tracks did we, the household collectively, play last month?",
        "How many tracks did we play last month?",
    ),
    (
        "en",
        "What, precisely, was I listening to yesterday evening?",
        "What was I listening to yesterday evening?",
    ),
    (
        "en",
        "What did I listen to at the weekend just gone, that is, last weekend?",
        "What did I listen to last weekend?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many songs am I after playin' today",
        "how many songs have I played today",
        "en",
    ),
    ("'ave I found anyone new this month", "have I found anyone new this month", "en"),
    (
        "am I more a mornin' person or an evenin' person for music",
        "do I listen to more music in the mornings or in the evenings",
        "en",
    ),
    (
        "this week how many track I already play",
        "how many tracks did I play this week",
        "en",
    ),
    (
        "Might you give me a summary, a précis if you will, of my week in music?",
        "how was my week in music",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()
