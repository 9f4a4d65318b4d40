"""Issue 45's sixty-eighth turn, English: blind writer 463, who only hints.

Writer 463 never asked straight: a bet ("I bet I played Eres loads
yesterday" was answered whether, not how many times; "I bet there's one
song I skip every single time" the skip rate, not the song: wrong facts),
a dare ("bet you don't know what I opened this month with"), a memory that
fails ("can't remember what I had on this morning", "no clue what my go-to
show has been"), a bare "wonder ...", a guess to be checked ("I reckon I
streamed about a thousand tracks this year, bet I'm way off"), a claim
("I'm pretty sure I never listened to The Weeknd in 2025"), a wish to hear
("be nice to hear how last summer went"), and "actually into" read as
lately (a wrong fact). `parse.hinted_en` undoes the frame into the question
it carries; the frame alone ("I bet it rains", "bet you can't skip this
one", "can't remember where I put my keys") stays the home's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "I bet I played Queen loads last week", "how many times did I play Queen last week"),
    ("en", "bet we listened to Air a lot this month", "how many times did we play Air this month"),
    ("en", "I bet I played Eres loads yesterday", "how many times did I play Eres yesterday"),
    ("en", "I bet there's a track I always skip", "which track do I skip the most"),
    ("en", "bet there's one artist I keep skipping, no idea who", "which artist do I skip the most"),
    ("en", "bet our streak is huge by now", "how long is our streak"),
    (
        "en",
        "I reckon we played around two hundred songs last week, am I close",
        "how many songs did we play last week",
    ),
    (
        "en",
        "it's been forever since I heard Moon Safari, when was that again",
        "when did I last play Moon Safari",
    ),
    (
        "en",
        "feels like we hardly listened yesterday, wonder how long it really was",
        "how long did we listen yesterday",
    ),
    (
        "en",
        "something was playing at ten past nine this morning, no idea what",
        "what was on at ten past nine this morning",
    ),
    (
        "en",
        "October the fifth, I wonder what I listened to that day",
        "what did I have on October the fifth",
    ),
    ("en", "I bet I heard Air yesterday", "did I hear Air yesterday"),
    ("en", "I'm pretty sure we never played Queen last month", "did we play Queen last month"),
    (
        "en",
        "I don't think I listened to Justice this week, did I",
        "did I listen to Justice this week",
    ),
    ("en", "can't remember how long I listened yesterday", "how long did I listen yesterday"),
    ("en", "no clue who my top artist was last month", "who was my top artist last month"),
    (
        "en",
        "bet you don't know how many songs I played this week",
        "how many songs did I play this week",
    ),
    ("en", "wonder when I first played Wet Leg", "when did I first play Wet Leg"),
    ("en", "bet you can't describe my music taste", "describe my taste"),
    ("en", "I wonder what kind of music we're actually into", "what kind of music are we into"),
    (
        "en",
        "bet we listen more at weekends than on weekdays, no idea really",
        "do we listen more at weekends than on weekdays",
    ),
    (
        "en",
        "how often I've had Queen on this week, no idea really",
        "how often have I played Queen this week",
    ),
    (
        "en",
        "in the kitchen I think it's been mostly Air this month, I'd love to know who topped it",
        "who was my top artist in the kitchen this month",
    ),
    ("en", "no clue what kicked the day off today", "what did I play first today"),
)

ANSWERED: tuple[Answered, ...] = (
    ("I bet I played Queen loads last week", "how many times did I play Queen last week", "en"),
    ("I bet there's a track I always skip", "which track do I skip the most", "en"),
    ("bet our streak is huge by now", "how long is our streak", "en"),
    (
        "I reckon I streamed about a thousand tracks this year, bet I'm way off",
        "how many tracks did I play this year",
        "en",
    ),
    (
        "I think we played like a thousand songs last week, am I close",
        "how many songs did we play last week",
        "en",
    ),
    (
        "it's been forever since I heard Moon Safari, when was that again",
        "when did I last play Moon Safari",
        "en",
    ),
    (
        "feels like we hardly listened yesterday, wonder how long it really was",
        "how long did we listen yesterday",
        "en",
    ),
    (
        "something was playing at ten past nine this morning, no idea what",
        "what was on at ten past nine this morning",
        "en",
    ),
    ("I'm pretty sure we never played Queen last month", "did we play Queen last month", "en"),
    ("can't remember how long I listened yesterday", "how long did I listen yesterday", "en"),
    ("no clue who my top artist was last month", "who was my top artist last month", "en"),
    (
        "bet you don't know how many songs I played this week",
        "how many songs did I play this week",
        "en",
    ),
    ("wonder when I first played Air", "when did I first play Air", "en"),
    ("can't remember the last time I played Air", "when did I last play Air", "en"),
    ("bet you can't describe my music taste", "describe my taste", "en"),
    (
        "bet we listen more at weekends than on weekdays, no idea really",
        "do we listen more at weekends than on weekdays",
        "en",
    ),
    (
        "how often I've had Queen on this week, no idea really",
        "how often have I played Queen this week",
        "en",
    ),
    ("be nice to hear how this month went, listening wise", "recap this month", "en"),
    ("wonder if I caught Queen yesterday", "did I hear Queen yesterday", "en"),
    ("no clue what kicked the day off today", "what did I play first today", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("I bet it rains tomorrow", "en"),
    ("I wonder if the door is locked", "en"),
    ("play Eres", "en"),
    ("can't remember where I put my keys", "en"),
    ("bet you can't skip this one", "en"),
    ("no clue what to put on tonight", "en"),
    ("something was on the stove and I can't remember what", "en"),
    ("bet you don't know what song this is", "en"),
    ("can't remember if I locked the back door last night", "en"),
)
