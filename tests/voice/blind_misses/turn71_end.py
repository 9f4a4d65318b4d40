"""Issue 45's sixty-ninth turn, English: blind writers 470 and 472.

A Hawaiian speaking Pidgin (writer 470) said "wen" before a verb for its
past ("how many songs I wen play today": read as the plays of one named
"wen"), "stay" for is and am ("I stay playing da same tunes ova and ova
dis year or what": read as what is on repeat, the year's top songs
answered, a wrong fact; "who stay my number one artist"), "da", "dis",
"kine", "tings", "neva", "pau" (ended), "no can" (can't), "yesterday time",
and "brah", "shoots", "da kine" and "or what" around the question: Home
Assistant took most for an area or a device. A Louisiana Cajun (writer
472) opened with "mais", closed with "cher" (read as the singer's name),
said "de", "las", "wit", "dem", the dropped g ("skippin"), "what all I had
on", "how you would describe", "what my skip rate was" and "I got a envie
for X, when I las had dem on" (`parse.pidgin_cajun_en`). Cher the singer
stays a name after a verb.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "I stay playing da same songs ova and ova dis month or what",
        "am I playing the same songs over and over this month",
    ),
    (
        "en",
        "how many tracks I wen play dis week",
        "how many tracks did I play this week",
    ),
    (
        "en",
        "I wen listen to any Queen last week",
        "did I listen to any Queen last week",
    ),
    (
        "en",
        "when da last time I wen play Justice",
        "when was the last time I played Justice",
    ),
    ("en", "how long I wen listen dis week", "how long did I listen this week"),
    ("en", "what I wen pau with yesterday", "what did I end with yesterday"),
    ("en", "how my month wen go music wise", "how did my month go music wise"),
    (
        "en",
        "who stay my number one band dis month brah",
        "who is my number one band this month",
    ),
    ("en", "what kine music I stay into", "what kind of music am I into"),
    ("en", "what track I no can stop playing", "what track can't I stop playing"),
    ("en", "mais what all I had on yesterday", "what all did I have on yesterday"),
    (
        "en",
        "what was de las song I played yesterday cher",
        "what was the last song I played yesterday",
    ),
    ("en", "mais what my skip rate was las week", "what was my skip rate last week"),
    (
        "en",
        "I got a envie for some Justice, when I las had dem on",
        "when did I last have Justice on",
    ),
    ("en", "what I ended wit yesterday", "what did I end with yesterday"),
    ("en", "mais who I keep on skippin", "who do I keep on skipping"),
    (
        "en",
        "mais how many times I played Cher las week",
        "how many times did I play Cher last week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "da kine, dance by justice, how many times I wen play um last month",
        "how many times did I play dance by justice last month",
        "en",
    ),
    (
        "I stay playing da same songs ova and ova dis month or what",
        "am I playing the same songs over and over this month",
        "en",
    ),
    (
        "how many tracks I wen play dis week",
        "how many tracks did I play this week",
        "en",
    ),
    (
        "I wen listen to any Queen last week",
        "did I listen to any Queen last week",
        "en",
    ),
    (
        "when da last time I wen play Justice",
        "when was the last time I played Justice",
        "en",
    ),
    ("how long I wen listen dis week", "how long did I listen this week", "en"),
    ("what I wen pau with yesterday", "what did I end with yesterday", "en"),
    ("brah who stay my top artist dis month", "who is my top artist this month", "en"),
    ("what kine music I stay into", "what kind of music am I into", "en"),
    ("what track I no can stop playing", "what track can't I stop playing", "en"),
    ("any Queen last week brah?", "any Queen last week?", "en"),
    ("mais what all I had on yesterday", "what all did I have on yesterday", "en"),
    (
        "what was de las song I played yesterday cher",
        "what was the last song I played yesterday",
        "en",
    ),
    ("mais what my skip rate was las week", "what was my skip rate last week", "en"),
    (
        "I got a envie for some Justice, when I las had dem on",
        "when did I last have Justice on",
        "en",
    ),
    ("what I ended wit yesterday", "what did I end with yesterday", "en"),
    ("mais who I keep on skippin", "who do I keep on skipping", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what stay playing right now brah", "en"),
    ("mais turn on de lights cher", "en"),
    ("play some Cher brah", "en"),
    ("shoots, skip dis song", "en"),
    ("brah pause da music", "en"),
)
