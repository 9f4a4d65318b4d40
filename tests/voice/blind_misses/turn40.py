"""Issue 45's fortieth turn: blind writers 228 to 235, their wrong facts and misses.

Writers 228 to 235 (a Valleys miner and a Cologne tram driver, a
Johannesburg and a Berlin taxi driver, an Australian tradesperson and a
Swabian carpenter, a Bangalore and a Hamburg consultant, a Glasgow and a
Leipzig nurse, a Lagos and a Munich student, a Christchurch and a Graz
parent, a Belfast and a Ruhr football fan) were scored on the landed tree
before anything was tuned on them. What they showed, in this file's own
phrasings:

- Wrong facts: Cologne's "vürjestern" and "dressisch Daach" read as no time
  (today was answered); "am meeste" (the most) lost, so what played was
  answered for the top; Bavaria's "hoibe neine" and "de Wochn" lost; "Daft
  Punk, how many times I have played since March?" answered for March only;
  "who new came into my listening" and "number of times X got played"
  answered as other questions.
- Misses: Glasgow's "whit" and "dae", Lagos's "wetin", "I don hear", "rinse
  pass", "no fit stop" never reached the English net; South Africa's "ja"
  first and "hey" last; "what was I hearing", "had any X on", a month
  said first, "just give me the gist"; Berlin's "wie ville", "ham wa";
  Swabia's "gherd".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "wat hab isch vürjestern jespielt", "was habe ich vorgestern gespielt"),
    (
        "de",
        "wie viel Musik hab isch in de letzte dressisch Daach jehört",
        "wie viel Musik habe ich in den letzten dreißig Tagen gehört",
    ),
    (
        "de",
        "welche Band hab isch diesen Monat am meeste jehört",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "wos lief gestern um hoibe achte",
        "was lief gestern um halb acht",
    ),
    (
        "de",
        "wie oft lief Queen de Wochn",
        "wie oft lief Queen diese Woche",
    ),
    (
        "de",
        "wie ville Lieder ham wa letzte Woche jespielt",
        "wie viele Lieder haben wir letzte Woche gespielt",
    ),
    (
        "en",
        "Queen, how many times I have played this year?",
        "how many times did I play Queen this year",
    ),
    (
        "en",
        "justice when was that first on",
        "when did I first play justice",
    ),
    (
        "en",
        "who new came into my listening last month",
        "which new artists did I discover last month",
    ),
    (
        "en",
        "number of times one more time got played this week",
        "how many times did I play one more time this week",
    ),
    (
        "en",
        "which artist did I dey rinse pass last year",
        "which artist did I play most last year",
    ),
    (
        "en",
        "october who did I listen to most, just give me the gist",
        "who did I listen to most in october",
    ),
    (
        "en",
        "what was I hearing yesterday evening",
        "what was I listening to yesterday evening",
    ),
    ("en", "had any Queen on last month?", "did I have Queen on last month"),
    ("en", "how my month for music be", "how was my month for music"),
    (
        "en",
        "how many songs have I played this week hey",
        "how many songs have I played this week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("whit music wis on yesterday", "what music was on yesterday", "en"),
    ("dae I skip a lot", "do I skip a lot", "en"),
    (
        "how much Air I don hear this month",
        "how much Air have I heard this month",
        "en",
    ),
    ("wetin be my album of the month", "what is my album of the month", "en"),
    ("which song I no fit stop playing", "which song can't I stop playing", "en"),
    ("ja how many hours of music this week", "how many hours of music this week", "en"),
    (
        "working days versus weekends which gets more listening",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
    ("han i gestern Queen gherd", "habe ich gestern Queen gehört", "de"),
    (
        "sach ens, wat hab isch vürjestern am meeste jehört",
        "sag mal, was habe ich vorgestern am meisten gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("whit's the weather the day", "en"),
    ("dae the lights in the kitchen", "en"),
    ("ja play some music in the kitchen", "en"),
    ("wetin dey play now", "en"),
    ("spiel ma wat von Queen in de Küch", "de"),
)
