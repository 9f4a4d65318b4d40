"""Issue 45's seventy-second turn: a Barbadian bus conductor (blind writer 489).

Writer 489 asked in Bajan English: "wuh" for what, "muh" for my, "fuh" for
for, "de" and "dis", the past said without "did" or "-ed" ("wuh song I play
last"), a habit with "does" ("wuh podcast I does listen to most"), a past
day with "gone" ("Saturday gone"), "how much times" for how many, and the
question word said last ("de record I had on de most in September which
one", "..., wuh it was", "..., who dem is"). Forty-one of her questions
were not understood, most handed to Home Assistant ("no area called ...",
"no device called ..."); "how much times de speaker play sumting since
Monday" looked for a name "the speaker sumting", "different tracks, how
much of dem I play altogether ever" for "altogether". One WRONG FACT: "de
Daily, how much episodes I listen to dis month" answered the month's
episodes of every show, The Daily's name dropped.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "wuh song I play de most dis month",
        "what song did I play the most this month",
    ),
    (
        "en",
        "de song of de summer fuh me wuh it was",
        "what was my most played song in the summer",
    ),
    (
        "en",
        "wuh is Ada favourite song of all time",
        "what is Ada's favourite song of all time",
    ),
    ("en", "wuh album I play de most ever", "what album did I play the most ever"),
    (
        "en",
        "de record I had on de most in September which one",
        "which record did I have on the most in September",
    ),
    (
        "en",
        "wuh podcast I does listen to most",
        "what podcast do I usually listen to most",
    ),
    (
        "en",
        "de show I was hooked pon dis year, which one",
        "which show did I listen to the most this year",
    ),
    (
        "en",
        "total hours of listenin I put in fuh twenty twenty five",
        "total hours of listening I put in for 2025",
    ),
    (
        "en",
        "how much times de speaker play sumting since Monday",
        "how many plays since Monday",
    ),
    (
        "en",
        "different tracks, how much of dem I play altogether ever",
        "how many different tracks did I play ever",
    ),
    (
        "en",
        "de Daily, how much episodes I listen to dis month",
        "how many times did I play the Daily this month",
    ),
    (
        "en",
        "I ever listen to Alison Hinds on dis ting",
        "have I ever listened to Alison Hinds",
    ),
    (
        "en",
        "don't stop me now, I had dat on de day before yesterday?",
        "did I play don't stop me now the day before yesterday",
    ),
    (
        "en",
        "we play any digital love Saturday gone",
        "did we play any digital love last Saturday",
    ),
    (
        "en",
        "wuh I was listenin to yesterday evening",
        "what was I listening to yesterday evening",
    ),
    ("en", "wuh music I play last Friday", "what music did I play last Friday"),
    (
        "en",
        "wuh we had on de day before yesterday",
        "what did we have on the day before yesterday",
    ),
    (
        "en",
        "dis afternoon wuh I listen to while I was on break",
        "what did I listen to this afternoon",
    ),
    ("en", "wuh kind of music I does like, in truth", "what kind of music do I like"),
    ("en", "describe muh taste fuh me nuh", "describe my taste"),
    (
        "en",
        "wuh sort of vibe I been on lately",
        "what kind of music have I been into lately",
    ),
    (
        "en",
        "wuh time of day I does usually play music",
        "what time of day do I usually play music",
    ),
    (
        "en",
        "fresh singers I hear fuh de first time in de last three months, who dem is",
        "which new artists did I discover in the last three months",
    ),
    ("en", "wuh muh skip rate dis week", "what is my skip rate this week"),
    ("en", "wuh muh repeat rate fuh dis year", "what is my repeat rate this year"),
    (
        "en",
        "when Café Tacvba first turn up in muh history",
        "when did I first play Café Tacvba",
    ),
    ("en", "wuh song I play last", "what song did I play last"),
    (
        "en",
        "wuh I start off wid Saturday gone",
        "what did I start off with last Saturday",
    ),
    ("en", "wuh I end off wid last Friday", "what did I end off with last Friday"),
    (
        "en",
        "on November third de last ting I listen to, wuh it was",
        "what was the last thing I listened to on November third",
    ),
    (
        "en",
        "de tune I always passin over, which one dat is",
        "which tune do I always skip",
    ),
    (
        "en",
        "who I does cut off quick quick every time, which band",
        "which band do I skip the most",
    ),
    ("en", "de tune I cyan stop playin wuh it is", "which tune can't I stop playing"),
    ("en", "how muh week went in music", "how did my week go in music"),
    ("en", "wuh we summer was like, de recap", "what was our summer like"),
    # Words of the same kind.
    ("en", "wuh I play Tuesday just gone", "what did I play last Tuesday"),
    (
        "en",
        "wuh artist I play de most Sunday gone",
        "which artist did I play the most last Sunday",
    ),
    ("en", "wuh muh top song fuh October", "what is my top song for October"),
    (
        "en",
        "how much times I play Queen dis week",
        "how many times did I play Queen this week",
    ),
    (
        "en",
        "de album I had on de most dis year, which one it is",
        "which album did I play the most this year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wuh song I play de most dis month",
        "what song did I play the most this month",
        "en",
    ),
    (
        "de song of de summer fuh me wuh it was",
        "what was my most played song in the summer",
        "en",
    ),
    (
        "wuh is Ada favourite song of all time",
        "what is Ada's favourite song of all time",
        "en",
    ),
    ("wuh album I play de most ever", "what album did I play the most ever", "en"),
    (
        "de record I had on de most in September which one",
        "which album did I play the most in September",
        "en",
    ),
    ("wuh podcast I does listen to most", "which podcast do I listen to most", "en"),
    (
        "de show I was hooked pon dis year, which one",
        "which show did I listen to the most this year",
        "en",
    ),
    (
        "total hours of listenin I put in fuh twenty twenty five",
        "how many hours did I listen in 2025",
        "en",
    ),
    (
        "how much times de speaker play sumting since Monday",
        "how many plays since Monday",
        "en",
    ),
    (
        "different tracks, how much of dem I play altogether ever",
        "how many different tracks did I play ever",
        "en",
    ),
    (
        "de Daily, how much episodes I listen to dis month",
        "how many times did I play The Daily this month",
        "en",
    ),
    ("I ever listen to Queen on dis ting", "have I ever listened to Queen", "en"),
    (
        "don't stop me now, I had dat on de day before yesterday?",
        "did I play don't stop me now the day before yesterday",
        "en",
    ),
    (
        "we play any digital love Saturday gone",
        "did we play digital love last Saturday",
        "en",
    ),
    (
        "wuh I was listenin to yesterday evening",
        "what did I listen to yesterday evening",
        "en",
    ),
    ("wuh music I play last Friday", "what music did I play last Friday", "en"),
    (
        "wuh we had on de day before yesterday",
        "what did we play the day before yesterday",
        "en",
    ),
    (
        "dis afternoon wuh I listen to while I was on break",
        "what did I listen to this afternoon",
        "en",
    ),
    (
        "wuh was playin at quarter to eight last night",
        "what was playing at quarter to eight last night",
        "en",
    ),
    (
        "wuh song was on at ten past eight dis morning",
        "what song was playing at ten past eight this morning",
        "en",
    ),
    (
        "wuh play at nine o'clock Wednesday night",
        "what played at nine o'clock Wednesday night",
        "en",
    ),
    ("wuh kind of music I does like, in truth", "what kind of music do I like", "en"),
    ("describe muh taste fuh me nuh", "describe my taste", "en"),
    (
        "wuh sort of vibe I been on lately",
        "what kind of music have I been into lately",
        "en",
    ),
    (
        "wuh time of day I does usually play music",
        "what time of day do I usually play music",
        "en",
    ),
    (
        "when I does mostly have de speaker goin, wuh hour an wuh day",
        "when do I usually listen, what hour and what day",
        "en",
    ),
    (
        "fresh singers I hear fuh de first time in de last three months, who dem is",
        "which new artists did I discover in the last three months",
        "en",
    ),
    ("wuh muh skip rate dis week", "what is my skip rate this week", "en"),
    ("wuh muh repeat rate fuh dis year", "what is my repeat rate this year", "en"),
    (
        "when Café Tacvba first turn up in muh history",
        "when did I first play Café Tacvba",
        "en",
    ),
    ("wuh song I play last", "what song did I play last", "en"),
    ("wuh I wake up to dis morning", "what did I wake up to this morning", "en"),
    (
        "wuh I start off wid Saturday gone",
        "what did I start off with last Saturday",
        "en",
    ),
    ("wuh I end off wid last Friday", "what did I end off with last Friday", "en"),
    (
        "on November third de last ting I listen to, wuh it was",
        "what was the last thing I listened to on November third",
        "en",
    ),
    (
        "de tune I always passin over, which one dat is",
        "which song do I skip the most",
        "en",
    ),
    (
        "who I does cut off quick quick every time, which band",
        "which band do I skip the most",
        "en",
    ),
    (
        "wuh song I got on repeat dese days",
        "what song have I got on repeat these days",
        "en",
    ),
    ("de tune I cyan stop playin wuh it is", "which song have I got on repeat", "en"),
    ("wuh on heavy rotation by me right now", "what's on heavy rotation lately", "en"),
    ("how muh week went in music", "how did my week go in music", "en"),
    ("wuh we summer was like, de recap", "what was our summer like", "en"),
)

STAYS: tuple[Stays, ...] = (
    # Bajan commands and questions of now stay Home Assistant's.
    ("wuh I listenin to right now", "en"),
    ("wuh playin now", "en"),
    ("play wuh I like in de kitchen", "en"),
    ("turn de music up fuh me nuh", "en"),
    ("put on some Alison Hinds in de kitchen", "en"),
    ("de lights in de kitchen, turn dem off", "en"),
)
