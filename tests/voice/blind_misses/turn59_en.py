"""Issue 45's fifty-eighth turn, English: blind writers 364 to 371.

Writers 364 to 371 (a south London man, a Glasgow boy of fifteen, a Lagos
speaker, a mum of three asking across a busy kitchen, a German learner of
English at B1, an elderly New York woman, a fast-talking Liverpudlian
through speech to text and a precise accountant) were scored before
anything was tuned on them: 751 of 850 right, 16 wrong facts, 0 negatives
captured. Their wrong facts, in this file's own phrasings:

- London: "..., or nah" closing a yes or no (read as the count), "what hour
  we talking" said after the question (its "we" read as the household).
- Lagos: "what kind of sound I dey into" (the taste, read as what played).
- The busy kitchen: a guess after a dash, "— bet it's the weekend" (read as
  last weekend).
- The German learner: "before one hour" (an hour ago), "directly after
  standing up" (the day's first), "in endless loop" (on repeat), "weekdays
  against weekend, when ... more" (read as all of today, all of today,
  what played lately and the top songs).
- New York: "that Queen, with the Freddie, how much did I have them on"
  (the count, read as the time), "weekdays or Shabbos and Sunday" (read as
  Sunday alone).
- The accountant: "strictly by play count, which artist ranks first",
  "which artist accounted for the largest share of plays", ", counting
  every individual play", "my play count for The Daily", "what does my
  listening say about my preferences", "when, statistically, am I most
  likely to be listening" (read as how many artists twice, different
  songs, all plays, a recap and the top songs).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # South London.
    ("en", "played much justice this week or nah", "did I listen to Justice this week"),
    (
        "en",
        "when do i mostly have tunes on, what time we talking",
        "when do i mostly have tunes on",
    ),
    ("en", "fam how many songs did man run today", "how many songs did I play today"),
    # Lagos.
    (
        "en",
        "what kind of sound i dey into lately",
        "what kind of music am I into lately",
    ),
    (
        "en",
        "which artist i dey listen to pass this month",
        "which artist did I listen to the most this month",
    ),
    ("en", "wetin i play for october abeg", "what did I play for October"),
    ("en", "queen i don hear them this week", "did I listen to Queen this week"),
    # A guess after a dash.
    (
        "en",
        "which hour do I listen most — bet it's the evening, knowing me",
        "which hour do I listen most",
    ),
    # A German learner.
    ("en", "what was on before two hours", "what was on two hours ago"),
    (
        "en",
        "what did I play right after getting up today",
        "what was the first song I played today",
    ),
    (
        "en",
        "which track I hear lately in an endless loop",
        "which track have I had on repeat lately",
    ),
    (
        "en",
        "the weekend versus weekdays, when do I listen to more podcasts this year",
        "did I listen to more podcasts on weekdays or weekends this year",
    ),
    ("en", "what is my skip quote this week", "what is my skip rate this week"),
    # New York.
    (
        "en",
        "That Air, with the French guys, how much did I have them on last month?",
        "how many times did I play Air last month",
    ),
    (
        "en",
        "Saturday and Sunday or weekdays, when did I play more music?",
        "did I listen to more music on weekdays or weekends",
    ),
    (
        "en",
        "Which band was I so meshugge about last summer?",
        "which band did I play the most last summer",
    ),
    (
        "en",
        "How many songs did I play yesterday, with my breakfast?",
        "how many songs did I play yesterday",
    ),
    # Liverpool through speech to text.
    ("en", "worrav i played most this month", "what have I played most this month"),
    ("en", "ow many songs av i played today", "how many songs have I played today"),
    # Glasgow.
    ("en", "what's ma vibe been lately", "what has my music taste been lately"),
    # The accountant.
    (
        "en",
        "By play count, which song ranks first for me this week?",
        "which song did I play the most this week",
    ),
    (
        "en",
        "Which band accounted for the biggest share of my plays in October?",
        "which band did I play the most in October",
    ),
    (
        "en",
        "How many tracks did I play yesterday, counting each individual play?",
        "how many tracks did I play yesterday",
    ),
    (
        "en",
        "What was my play count for Justice last month?",
        "how many times did I play Justice last month",
    ),
    (
        "en",
        "What, in short, does my listening say about my musical tastes?",
        "describe my taste",
    ),
    (
        "en",
        "When, typically, am I most likely to be listening to podcasts?",
        "when do I usually listen to podcasts",
    ),
    # A heading without its colon asks by itself, and stays.
    (
        "en",
        "song of the week, what was it, last week I mean",
        "top song last week",
    ),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = (
    ("wetin i dey listen to now", "en"),
    ("play something good, bet it's Queen", "en"),
)
