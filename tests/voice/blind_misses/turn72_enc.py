"""Issue 45's seventieth turn: a Jamaican-Canadian nurse's Patois (blind writer 476).

A nurse from Toronto mixed Canadian English with Jamaican Patois. Her
"yesideh" (yesterday) was no word any reader knew: "which artist we did
play di most yesideh" was answered for all time, "how long mi did have music
on yesideh" for today, "mi did listen to any Justice yesideh?" took it into
the name and "wah di first song mi play yesideh" answered today's first
song, all wrong facts (`world_times`, with "tideh", today). "Wah kinda vibe
mi into" ("mi into" says no "am") was answered with what played today, a
wrong fact. Patois' tenses and turns were not understood
(`patois_toronto_en`): "did a" for the past going on ("which singer mi did
a rinse out all summer long", "weh did a play round ten past eight las'
night"), "rinse out" and "run" for playing ("how much tune mi run so far
today" looked for a song called "run"), "any a dem" pointing back to the
name said first, "yuh see any Radiohead inna mi history", "how long di
music did deh pon inna di kitchen", "when dat Sexy Boy by Air first show up
inna mi history", "we did play cafe tacuba last weekend?", and "weh di last
time mi listen to X" (its last play: said "wah", the last song played had
been answered). The net had no line for a habit's "a" ("wah time a day mi
usually a listen"), "how much mi replay", "how many day inna row", "which
tune mi a run back", "total time mi spend a listen"; and its Patois line
took "mi have" alone for listening, so "wah di weather a go do, mi have fi
catch di TTC" (and "how much time mi have left pon di timer") reached
Encore: "have" is listening now only after "did" or before "on"/"pon".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which singer mi did a rinse out all summer long",
        "which singer did I play the most all summer long",
    ),
    (
        "en",
        "wah tune mi did a rinse out inna October",
        "what song did I play the most in October",
    ),
    (
        "en",
        "quick question, which artist we did play di most yesideh",
        "which artist did we play the most yesterday",
    ),
    (
        "en",
        "how long mi did have music on yesideh",
        "how long did I listen to music yesterday",
    ),
    (
        "en",
        "how long mi did have music on tideh",
        "how long did I listen to music today",
    ),
    (
        "en",
        "total time mi spend a listen inna twenty twenty five",
        "how much time did I spend listening in 2025",
    ),
    (
        "en",
        "how long di music did deh pon inna di kitchen dis afternoon",
        "how long did I listen to music in the kitchen this afternoon",
    ),
    ("en", "how much tune mi run so far today", "how many songs did I play today"),
    (
        "en",
        "mi did listen to any Justice yesideh?",
        "did I listen to Justice yesterday",
    ),
    ("en", "Air, mi play any a dem dis week or nah", "did I play Air this week"),
    ("en", "yuh see any Radiohead inna mi history at all", "did I play Radiohead"),
    (
        "en",
        "we did play cafe tacuba last weekend?",
        "did we play cafe tacuba last weekend",
    ),
    ("en", "wah mi did a play yesideh evening", "what did I play yesterday evening"),
    (
        "en",
        "weh did a play round ten past eight las' night",
        "what was playing around ten past eight last night",
    ),
    (
        "en",
        "wah kinda vibe mi into, like wah style a sound",
        "what kind of music am I into",
    ),
    (
        "en",
        "wah time a day mi usually a listen",
        "what time of day do I usually listen",
    ),
    (
        "en",
        "how much mi replay di same tune dem over an over",
        "how often do I replay the same songs",
    ),
    (
        "en",
        "how many day inna row mi a listen now",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "when dat sexy boy by air first show up inna mi history",
        "when did I first play sexy boy by air",
    ),
    (
        "en",
        "wah di first song mi play yesideh",
        "what was the first song I played yesterday",
    ),
    ("en", "which tune mi a run back over and over", "which song do I have on repeat"),
    ("en", "wah chune mi keep run back", "which song do I have on repeat"),
    (
        "en",
        "weh di last time mi listen to The Daily",
        "when did I last listen to The Daily",
    ),
    ("en", "wah was di first time mi play Justice", "when did I first play Justice"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which singer mi did a rinse out all summer long",
        "which artist did I play the most this summer",
        "en",
    ),
    ("who wi did a rinse out last month", "who did we play the most last month", "en"),
    (
        "quick question, which artist we did play di most yesideh",
        "which artist did we play the most yesterday",
        "en",
    ),
    (
        "how long mi did have music on yesideh",
        "how long did I listen to music yesterday",
        "en",
    ),
    (
        "how long mi did have music on tideh",
        "how long did I listen to music today",
        "en",
    ),
    (
        "total time mi spend a listen inna twenty twenty five",
        "how much time did I spend listening in 2025",
        "en",
    ),
    (
        "total time mi spend a listen dis week",
        "how much time did I spend listening this week",
        "en",
    ),
    (
        "how long di music did deh pon inna di kitchen dis afternoon",
        "how long did I listen to music in the kitchen this afternoon",
        "en",
    ),
    (
        "how long di tunes did deh pon yesideh",
        "how long did I listen to music yesterday",
        "en",
    ),
    ("how much tune mi run so far today", "how many songs did I play today", "en"),
    ("how many tune mi run yesideh", "how many songs did I play yesterday", "en"),
    (
        "mi did listen to any Justice yesideh?",
        "did I listen to Justice yesterday",
        "en",
    ),
    ("mi run any Queen yesideh", "did I play Queen yesterday", "en"),
    ("Air, mi play any a dem dis week or nah", "did I play Air this week", "en"),
    (
        "Justice, mi play any a dem last week or nah",
        "did I play Justice last week",
        "en",
    ),
    (
        "we did play cafe tacuba last weekend?",
        "did we play cafe tacuba last weekend",
        "en",
    ),
    ("wi did play Queen dis week?", "did we play Queen this week", "en"),
    ("wah mi did a play yesideh evening", "what did I play yesterday evening", "en"),
    (
        "weh did a play round ten past eight las' night",
        "what was playing at 8:10 pm yesterday",
        "en",
    ),
    (
        "wah kinda vibe mi into, like wah style a sound",
        "what kind of music am I into",
        "en",
    ),
    ("wah kinda music mi into", "what kind of music am I into", "en"),
    (
        "wah time a day mi usually a listen",
        "what time of day do I usually listen",
        "en",
    ),
    (
        "wah time a day mi normally a listen",
        "what time of day do I usually listen",
        "en",
    ),
    (
        "how much mi replay di same tune dem over an over",
        "how often do I replay the same songs",
        "en",
    ),
    (
        "how often mi replay di same song dem",
        "how often do I replay the same songs",
        "en",
    ),
    (
        "how many day inna row mi a listen now",
        "how many days in a row have I listened",
        "en",
    ),
    (
        "when dat sexy boy by air first show up inna mi history",
        "when did I first play sexy boy by air",
        "en",
    ),
    (
        "when dat Genesis by Justice first show up inna mi history",
        "when did I first play Genesis by Justice",
        "en",
    ),
    (
        "wah di first song mi play yesideh",
        "what was the first song I played yesterday",
        "en",
    ),
    ("which tune mi a run back over and over", "which song do I have on repeat", "en"),
    ("which song mi a run back", "which song do I have on repeat", "en"),
    (
        "weh di last time mi listen to The Daily",
        "when did I last listen to The Daily",
        "en",
    ),
    ("weh di last time mi hear Queen", "when did I last hear Queen", "en"),
    ("wah was di first time mi play Justice", "when did I first play Justice", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("wah di weather a go do, mi have fi catch di TTC", "en"),
    ("how much time mi have left pon di timer", "en"),
    ("mi have fi catch di bus, wah time it is", "en"),
    ("how long di rice did deh pon di stove", "en"),
    ("play some Beres Hammond inna di kitchen nuh", "en"),
    ("wah a play right now", "en"),
    ("turn up di tune dem", "en"),
)
