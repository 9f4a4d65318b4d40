"""Issue 45's fifty-fifth turn, English: blind writers 340 and 342 to 347.

Writers 340 and 342 to 347 (a Trinidadian, a Minnesotan, an Aberdeen
granny speaking Doric, a French learner of English, an Ozark speaker, a
Tamil speaker from India and a driver dictating in a noisy car) were
scored before anything was tuned on them: 573 of 741 right, 13 wrong facts,
1 negative captured. Their wrong facts and the ways most often missed, in
this file's own phrasings:

- Doric (35 of 102 right): "fit" (what), "fa" (who), "foo mony", "foo
  muckle", "foo lang", "fan" (when), "hiv", "div", "hae", "the day"
  (today), "yestreen", "nicht", "echt", "twal"; "that Eres, foo mony times
  hiv I played it" (a name lost, all its plays answered: a wrong fact) and
  "ten past echt at nicht" (ten in the evening: a wrong fact).
- A French learner: "ave", "eard", "eavy rotation" with no apostrophe,
  "chansons", "morceaux", "emission" (a show: songs answered, a wrong
  fact), "the seven last days" (the last few: a wrong fact), "titles
  different" (plays: a wrong fact), "yesterday soir" (the whole day: a
  wrong fact), "actually" for these days (all time: a wrong fact).
- Trinidad: "mih", "de most", the habitual "does", "cyah", "how much
  tracks", "I listen to any Justice yesterday?", "run me through mih year"
  (this month: a wrong fact).
- Minnesota's openers and closers, and "that one song X, did I play that"
  (yes, with no song's plays: a wrong fact).
- The Ozarks' "a-listenin'", "who all", "plumb stuck on" (what played: a
  wrong fact), "can't quit playin'" (today's plays: a wrong fact).
- Tamil English's "X I listened or not", "totally", "8.30 morning today".
- A word written again after a pause: "of the uh the".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Doric.
    ("en", "fit wis the last tune I had on", "what was the last song I played"),
    ("en", "foo mony tunes hiv I played the day", "how many songs have I played today"),
    (
        "en",
        "foo lang hiv I had music on this week",
        "how long have I listened to music this week",
    ),
    (
        "en",
        "fan did I last hae Queen on",
        "when did I last have Queen on",
    ),
    (
        "en",
        "foo muckle Air hiv I had on this month",
        "how many times did I play Air this month",
    ),
    (
        "en",
        "Genesis by Justice, foo mony times hiv I played it",
        "how many times did I play Genesis by Justice",
    ),
    (
        "en",
        "fit wis on at twenty past nine at nicht yesterday",
        "what was on at twenty past nine pm yesterday",
    ),
    (
        "en",
        "fit wis I listenin tae yestreen",
        "what was I listening to yesterday evening",
    ),
    # A French learner.
    (
        "en",
        "how much time of music the three last days",
        "how much time of music the last three days",
    ),
    ("en", "which emission i listen the most", "which podcast i listen the most"),
    (
        "en",
        "ow many chansons differents i ave played this month",  # codespell:ignore
        "how many different songs have i played this month",
    ),
    (
        "en",
        "what i ave listened monday soir",
        "what have i listened monday evening",
    ),
    # Trinidad.
    (
        "en",
        "who is mih top artist for de whole year so far",
        "who is my top artist this year",
    ),
    (
        "en",
        "I hear any Queen last week or I making that up",
        "did I hear any Queen last week",
    ),
    (
        "en",
        "this morning how much songs I put on",
        "how many songs did I put on this morning",
    ),
    # Minnesota.
    (
        "en",
        "uff da, how many times did I play Queen last month",
        "how many times did I play Queen last month",
    ),
    (
        "en",
        "that one song Genesis by Justice, did I play that yesterday",
        "did I play Genesis by Justice yesterday",
    ),
    # The Ozarks.
    (
        "en",
        "who all have I been plumb stuck on this month",
        "who have I been stuck on this month",
    ),
    (
        "en",
        "which tune can't I quit playin'",
        "which song can't I stop playing",
    ),
    (
        "en",
        "this week, how many tunes is that I played",
        "how many tunes have I played this week",
    ),
    # Tamil English.
    (
        "en",
        "queen i listened or not last week",
        "did i listen to queen last week",
    ),
    (
        "en",
        "what was playing at 7.45 evening today",
        "what was playing at 7:45 this evening",
    ),
    # A word written again after a pause.
    (
        "en",
        "how many minutes of uh of podcasts today",
        "how many minutes of podcasts today",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("fit wis on last nicht", "what was on last night", "en"),
    (
        "foo mony songs hiv I played this week",
        "how many songs have I played this week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("fit's on the telly the nicht", "en"),
    ("fit am I listenin tae richt noo", "en"),
)
