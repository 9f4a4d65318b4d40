"""Issue 45's seventy-first turn: a Kiwi farmer and a Lagos accountant (blind writers 480, 481).

Writer 480, a New Zealand sheep farmer, asked in Kiwi English. "The weekend
just been" had its "just" taken for a name (Encore asked whether plays or a
name's count was meant); "knocked off" episodes was a name; "what tunes did
I have cranking", "any artists I'd never heard before", "the artist I give
the flick to most", "what's been getting thrashed these days, song wise",
"a tiki tour of September", "who was top dog in 2025, artist wise" and
"reckon I've spent heaps of time on podcasts this year, how much all up"
were not understood, several handed to Home Assistant ("no area called
..."). Two WRONG FACTS: "last night bout ten past eight, what song was
that" answered this morning's 8:10, and "did I chuck moon safari on
saturday or was that sunday" answered its last play, today, which says
nothing of either day. "Since march how many times has d.a.n.c.e. been
on" found nothing called "dance": the title spelled with dots is stored
letter by letter. "Put this one on repeat eh" was caught by the net's tag
sentence (a command closed with "eh").

Writer 481, a Lagos accountant, asked in Nigerian English and Pidgin. "By
8 in the night", "by 9pm", "by five past five", "by noon" (at that time)
were left unread: "what was I hearing on the 3rd of November by noon" was a
WRONG FACT, the whole day summed up; "on Saturday by 9pm" and "yesterday by
8 in the night" asked back. "I have been on The Daily since two weeks now,
how many times" read The Daily as a room; "any cafe tacuba for August" took
"for" into the name; "who be the fresh faces wey enter my music", "I don
dey listen every day since how many days now", "wetin I first play when I
wake up today", "how I close my day on ..., which song was the last",
"which track I don dey rinse", "between afternoon and night which one I
dey listen pass" and "how many separate songs enter my ear" were not
understood.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 480, as said, and words of the same kind.
    (
        "en",
        "reckon I've spent heaps of time on podcasts this year, how much all up",
        "how much time have I spent on podcasts this year",
    ),
    (
        "en",
        "reckon I've listened to heaps of queen this year, how many times all up",
        "how many times have I listened to queen this year",
    ),
    (
        "en",
        "how many things did I play over the weekend just been",
        "how many things did I play last weekend",
    ),
    (
        "en",
        "how many songs did I play the week just gone",
        "how many songs did I play last week",
    ),
    (
        "en",
        "how many episodes have I knocked off this month",
        "how many episodes have I listened to this month",
    ),
    (
        "en",
        "how many podcasts have I knocked over this week",
        "how many podcasts have I listened to this week",
    ),
    (
        "en",
        "did I chuck moon safari on saturday or was that sunday",
        "did I play moon safari on saturday",
    ),
    ("en", "did I play air on friday or was it thursday", "did I play air on friday"),
    (
        "en",
        "what tunes did I have cranking last night",
        "what tunes did I play last night",
    ),
    (
        "en",
        "what did I have cranking the night just been",
        "what did I play last night",
    ),
    (
        "en",
        "what did I have cranking on the weekend just been",
        "what did I play last weekend",
    ),
    (
        "en",
        "last night bout ten past eight, what song was that",
        "last night about ten past eight, what song was that",
    ),
    ("en", "any artists this year I'd never heard before", "any new artists this year"),
    (
        "en",
        "any bands I'd never heard of before this month",
        "any new bands this month",
    ),
    (
        "en",
        "who's the artist I give the flick to most, eh",
        "who's the artist I skip most",
    ),
    ("en", "which song do I give the flick to most", "which song do I skip most"),
    (
        "en",
        "what's been getting thrashed these days, song wise",
        "what song have I had on repeat lately",
    ),
    (
        "en",
        "take me on a tiki tour of september, what was I into",
        "give me a recap of september",
    ),
    ("en", "give us a tiki tour of last month", "give me a recap of last month"),
    (
        "en",
        "who was top dog in twenty twenty five, artist wise",
        "who was my top artist in 2025",
    ),
    (
        "en",
        "who was top dog last month, artist wise",
        "who was my top artist last month",
    ),
    (
        "en",
        "since march how many times has d.a.n.c.e. been on",
        "since march how many times has dance been on",
    ),
    # Writer 481, as said, and words of the same kind.
    (
        "en",
        "on Saturday how many separate songs enter my ear",
        "on Saturday how many separate songs did I play",
    ),
    (
        "en",
        "I have been on The Daily since two weeks now, how many times sef",
        "how many times have I played The Daily in the last two weeks",
    ),
    ("en", "any cafe tacuba for August?", "any cafe tacuba in August"),
    ("en", "any queen for October?", "any queen in October"),
    (
        "en",
        "what was playing yesterday by 8 in the night",
        "what was playing yesterday at 8 pm",
    ),
    (
        "en",
        "abeg wetin play by five past five this evening",
        "what played at five past five this evening",
    ),
    (
        "en",
        "wetin play by half past seven yesterday",
        "what played at half past seven yesterday",
    ),
    (
        "en",
        "on Saturday by 9pm which song was playing",
        "on Saturday at 9pm which song was playing",
    ),
    (
        "en",
        "which song I hear by 9 last night",
        "which song did I play at 9 last night",
    ),
    (
        "en",
        "which song I listen to by half past eight yesterday",
        "which song did I listen to at half past eight yesterday",
    ),
    (
        "en",
        "which song was playing by 9 in the night on Saturday",
        "which song was playing at 9 pm on Saturday",
    ),
    (
        "en",
        "what was I hearing on the 3rd of November by noon",
        "what was I listening to on the 3rd of November at noon",
    ),
    (
        "en",
        "who be the fresh faces wey enter my music lately",
        "who are the new artists I discovered lately",
    ),
    (
        "en",
        "who be the new faces wey enter my playlist this month",
        "who are the new artists I discovered this month",
    ),
    (
        "en",
        "I don dey listen every day since how many days now",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "since how many days I don dey listen every day",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "wetin I first play when I wake up today",
        "what was the first song I played today",
    ),
    (
        "en",
        "wetin I first play when I wake up this morning",
        "what was the first song I played today",
    ),
    (
        "en",
        "how I close my day on the 3rd of November, which song was the last",
        "what was the last song I played on the 3rd of November",
    ),
    (
        "en",
        "how I start my day yesterday, which song was the first",
        "what was the first song I played yesterday",
    ),
    (
        "en",
        "which track I don dey rinse these past days",
        "which track have I had on repeat these past days",
    ),
    (
        "en",
        "which song I dey rinse these days",
        "which song have I had on repeat lately",
    ),
    (
        "en",
        "between afternoon and night which one I dey listen pass",
        "do I listen more in the afternoon or at night",
    ),
    (
        "en",
        "between morning and evening which one I dey listen pass",
        "do I listen more in the morning or the evening",
    ),
    (
        "en",
        "between weekdays and weekends which one I dey listen pass",
        "do I listen more on weekdays or at weekends",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "reckon I've spent heaps of time on podcasts this year, how much all up",
        "how much time have I spent on podcasts this year",
        "en",
    ),
    (
        "who's the artist I give the flick to most, eh",
        "which artist do I skip most",
        "en",
    ),
    (
        "what's been getting thrashed these days, song wise",
        "what song have I had on repeat lately",
        "en",
    ),
    (
        "take me on a tiki tour of september, what was I into",
        "give me a recap of september",
        "en",
    ),
    (
        "is it during the week or at the weekends I have more stuff on, reckon it's weekends",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
    (
        "who was top dog in twenty twenty five, artist wise",
        "who was my top artist in 2025",
        "en",
    ),
    (
        "did I chuck moon safari on saturday or was that sunday",
        "did I play moon safari on saturday",
        "en",
    ),
    (
        "last night bout ten past eight, what song was that",
        "what was playing yesterday at 8:10 pm",
        "en",
    ),
    (
        "since march how many times has d.a.n.c.e. been on",
        "how many times have I played D.A.N.C.E. since march",
        "en",
    ),
    (
        "on Saturday how many separate songs enter my ear",
        "how many different songs did I play on Saturday",
        "en",
    ),
    (
        "abeg wetin play by five past five this evening",
        "what was playing at five past five this evening",
        "en",
    ),
    (
        "what was I hearing on the 3rd of November by noon",
        "what was playing on the 3rd of November at noon",
        "en",
    ),
    (
        "I don dey listen every day since how many days now",
        "how many days in a row have I listened",
        "en",
    ),
    (
        "how I close my day on the 3rd of November, which song was the last",
        "what was the last song I played on the 3rd of November",
        "en",
    ),
    (
        "which track I don dey rinse these past days",
        "which track have I had on repeat lately",
        "en",
    ),
    (
        "between afternoon and night which one I dey listen pass",
        "do I listen more in the afternoon or at night",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("put this one on repeat eh", "en"),
    ("chuck it on repeat eh", "en"),
    ("put the daily on repeat eh", "en"),
    ("give this one the flick eh", "en"),
    ("chuck the daily on eh", "en"),
    ("wetin dey play for kitchen", "en"),
    ("abeg play burna boy for kitchen", "en"),
)
