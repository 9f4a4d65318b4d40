"""Issue 45's fiftieth turn, its second eight: blind writers 300 to 307.

Writers 300 to 307 (a Manchester bus driver and a Bremen pensioner, a
Welsh farmer and an Upper Palatinate carpenter, a Boston student and a
Frankfurt banker, a Filipino nurse in London and a Polish care worker, a
Cornish grandmother and a Berlin taxi driver, a Nairobi speaker and a
Mannheim student, a phone typist and a Lower Saxony farmer, a Chicago jazz
fan and a Greek-German restaurant owner) were scored on the tree with the
first eight's mends (`turn50`), before anything was tuned on them. Their
wrong facts and captures, in this file's own phrasings:

- The Upper Palatinate's "Scheibn" (the albums) and "Viertl"; Berlin's
  "zwanzichfünfundzwanzich"; Munich's "im Summer".
- "What pod am I stuck into"; "after me tea"; "every last one, mind"
  (no last song); "how many goes did I give them"; "when did they first
  turn up on the kitchen speaker"; "I've lost track of the days"; Tagalog's
  "kagabi", "kahapon" and Swahili's "jana", "saa tatu usiku" (the time
  was lost, the answer was today's); "this past summer"; "first song of
  the year, back in January, ..."; a typist's "ths morn", "lst friday",
  "hav", "at 815", "lst nite".
- Two commands reached Encore: a texted "2day" was a word of the history
  (so was "tonite"), and "what's this song that's on now" was answered as
  what played today.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Welche Scheibn hob i heuer am öftestn aufglegt",
        "welche Platten habe ich dieses Jahr am häufigsten gehört",
    ),
    (
        "de",
        "Wos is gestern um Viertl nach achte glaffa",
        "was lief gestern um Viertel nach acht",
    ),
    (
        "de",
        "wie ville Stunden Musik warn dit zwanzichfünfundzwanzich",
        "wie viele Stunden Musik waren es 2025",
    ),
    (
        "de",
        "was war mein Lieblingsalbum im Summer",
        "was war mein Lieblingsalbum im Sommer",
    ),
    ("en", "what pod am I stuck into lately", "which podcast am I hooked on lately"),
    (
        "en",
        "what did I have on yesterday after me tea",
        "what did I have on yesterday evening",
    ),
    (
        "en",
        "how many plays did I have last month? Every last one, mind",
        "how many plays did I have last month",
    ),
    (
        "en",
        "Air, how many goes did I give them this year",
        "Air, how many times did I play them this year",
    ),
    (
        "en",
        "Queen, when did they first turn up on the kitchen speaker?",
        "Queen, when did I first play them in the kitchen",
    ),
    ("en", "how long was I listening kagabi", "how long was I listening last night"),
    ("en", "what was I listening to kahapon", "what was I listening to yesterday"),
    (
        "en",
        "when was Genesis last on, I've lost track of the days",
        "when was Genesis last on",
    ),
    (
        "en",
        "how many times did I play something jana",
        "how many plays did I have yesterday",
    ),
    (
        "en",
        "which song was on at saa tatu usiku jana",
        "which song was on at 9 pm yesterday",
    ),
    (
        "en",
        "my song of the summer, what was it, this past summer",
        "my song of the summer, what was it, this summer",
    ),
    (
        "en",
        "first song of the year, back in January, what did I start with",
        "first song of the year, what did I start with",
    ),
    ("en", "did i hear the daily ths morn", "did I hear The Daily this morning"),
    ("en", "wht did i hav on lst friday", "what did I have on last Friday"),
    ("en", "wat was playing at 815 lst nite", "what was playing at 8:15 last night"),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = (
    ("what's this tune that's on now, I quite like it", "en"),
    ("is it gonna rain 2day", "en"),
    ("remind me 2nite to put the bins out", "en"),
)
