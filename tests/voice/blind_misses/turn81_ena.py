"""Issue 45's seventy-ninth turn (blind round eighteen): a Queensland truckie and a Lagos tester dictating.

Blind writer 533, a terse Australian truck driver from Queensland on a
rest stop, drops "did I" and asks "or not" after the time ("catch the
daily this morning or not": read as one name with no time), "signs off
with" a day's last song ("what'd I sign off with last weekend") and
"knocks off halfway" what he skips ("what artist do I keep knocking off
halfway"): `queensland_trucker_en` reads them. Home Assistant had taken
the rest for areas and devices or understood nothing: "which band gets a
run most" (no listener said), "how long was the kitchen speaker going
this arvo", "how many times've I had X on", "daft punk last week, how
many goes", "what's been on this arvo", "where's me streak at"; the
sentence file's net now hears each (and "arvo" as the afternoon).

Blind writer 536, a Nigerian software tester in Lagos using speech to
text, names the song first and asks with Pidgin's "am" ("digital love
when i first hear am": today's first song was answered, a wrong fact),
says what a count leaves out after it ("how many separate songs i hear
yesterday no repeats": answered with the repeat rate, a wrong fact),
asks how a period went with a bare "go" ("how my week go for music",
"how our october go"), "wetin dey play around eight this morning" and
drops "did" before Ada ("how long ada listen this summer": read as the
asker's time). `lagos_dictated_en` reads them; "quick one" before a
count with its period ("quick one how many tunes this morning") is now
heard by the net.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "catch the daily this morning or not",
        "did I catch the daily this morning",
    ),
    ("en", "hear any queen yesterday or not", "did I hear any queen yesterday"),
    (
        "en",
        "play around the world last week or not",
        "did I play around the world last week",
    ),
    ("en", "have justice on last night or what", "did I have justice on last night"),
    (
        "en",
        "what'd I sign off with last weekend",
        "what did I finish with last weekend",
    ),
    (
        "en",
        "what did I sign off with on saturday",
        "what did I finish with on saturday",
    ),
    (
        "en",
        "what artist do I keep knocking off halfway",
        "what artist do I skip the most",
    ),
    ("en", "which song do I knock off halfway most", "which song do I skip the most"),
    ("en", "what track do I keep knocking off early", "what track do I skip the most"),
    (
        "en",
        "abeg how many separate songs i hear yesterday no repeats",
        "how many different songs did i hear yesterday",
    ),
    (
        "en",
        "how many songs i play last week no repeats",
        "how many different songs did i play last week",
    ),
    (
        "en",
        "how many tracks did i hear today without repeats",
        "how many different tracks did i hear today",
    ),
    (
        "en",
        "wetin dey play around eight this morning",
        "what was playing around eight this morning",
    ),
    (
        "en",
        "wetin dey play around 9 last night",
        "what was playing around 9 last night",
    ),
    (
        "en",
        "wetin dey play at half past seven yesterday",
        "what was playing at half past seven yesterday",
    ),
    (
        "en",
        "digital love when i first hear am",
        "when did i first hear digital love",
    ),
    ("en", "sexy boy when i last hear am", "when did i last hear sexy boy"),
    ("en", "queen when we first play dem", "when did we first play queen"),
    ("en", "the daily when last i hear am", "when did i last hear the daily"),
    ("en", "how my week go for music", "how was my week for music"),
    ("en", "how our october go", "how was our october"),
    ("en", "how my month go", "how was my month"),
    ("en", "how long ada listen this summer", "how long did ada listen this summer"),
    ("en", "how many hours ada listen last week", "how long did ada listen last week"),
    (
        "en",
        "how much time ada listen since monday",
        "how long did ada listen since monday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "in the kitchen, which band gets a run most",
        "which artist did I play most in the kitchen",
        "en",
    ),
    (
        "which song gets a run the most this month",
        "what was my most played song this month",
        "en",
    ),
    (
        "how long was the kitchen speaker going this arvo",
        "how long did I listen in the kitchen this afternoon",
        "en",
    ),
    (
        "how many times've I had bohemian rhapsody on this month",
        "how many times did I play bohemian rhapsody this month",
        "en",
    ),
    (
        "daft punk last week, how many goes",
        "how many times did I play daft punk last week",
        "en",
    ),
    (
        "the daily yesterday, how many goes",
        "how many times did I play the daily yesterday",
        "en",
    ),
    (
        "catch the daily this morning or not",
        "did I listen to the daily this morning",
        "en",
    ),
    ("have justice on last night or what", "did I play justice last night", "en"),
    ("what's been on this arvo", "what did I listen to this afternoon", "en"),
    ("where's me streak at", "what is my listening streak", "en"),
    ("where is my listening streak at", "what is my listening streak", "en"),
    (
        "what'd I sign off with last weekend",
        "what was the last song I played last weekend",
        "en",
    ),
    (
        "what artist do I keep knocking off halfway",
        "which artist do I skip the most",
        "en",
    ),
    (
        "how long ada listen this summer",
        "how long did ada listen this summer",
        "en",
    ),
    ("how many hours ada listen last week", "how long did ada listen last week", "en"),
    (
        "quick one how many tunes this morning",
        "how many songs did I play this morning",
        "en",
    ),
    (
        "quick one how many songs this afternoon",
        "how many songs did I play this afternoon",
        "en",
    ),
    (
        "abeg how many separate songs i hear yesterday no repeats",
        "how many different songs did I hear yesterday",
        "en",
    ),
    (
        "how many songs i play last week no repeats",
        "how many different songs did I play last week",
        "en",
    ),
    (
        "wetin dey play around eight this morning",
        "what was playing at eight this morning",
        "en",
    ),
    ("wetin dey play around 9 last night", "what was playing at 9 last night", "en"),
    (
        "digital love when i first hear am",
        "when did I first hear digital love",
        "en",
    ),
    ("sexy boy when i last hear am", "when did I last hear sexy boy", "en"),
    ("how my week go for music", "how was my week for music", "en"),
    ("how our october go", "how was our october", "en"),
    ("how my month go", "how was my month", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what's been on the news today", "en"),
    ("what's been on tonight", "en"),
    ("play daft punk in the kitchen or not", "en"),
    ("play some queen this arvo", "en"),
    ("turn the kitchen speaker up mate", "en"),
    ("which light gets a run most", "en"),
    ("where's my phone at", "en"),
    ("where's me keys at", "en"),
    ("how long will this song play", "en"),
    ("wetin dey play", "en"),
    ("wetin dey play for kitchen", "en"),
    ("wetin dey play at the moment", "en"),
    ("wetin dey play now for kitchen", "en"),
    ("catch the bus or not", "en"),
)
