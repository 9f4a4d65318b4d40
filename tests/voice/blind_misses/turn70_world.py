"""Issue 45's sixty-eighth turn: a time said in the speaker's first language.

Blind writers 462 (a Brazilian learner of German), 464 (a Swedish learner
of English) and 465 (a South Tyrolean with Italian words) said the time in
their own language: "welche Band ich habe gehört am meisten semana
passada", "name me the three songs I have listened most on förra veckan",
"welches Liadl hon i settimana scorsa am öftesten g'spielt". No reader knew
the words, and the answer was for the whole history: wrong facts. Every
earlier round had brought one more language's words (Tagalog, Swahili,
Greek, Italian, Hindi). `parse.world_times` reads the everyday words of
time of many languages at once; these rows pin a few from each, in
phrasings of our own, and words of English and German that look like them
stay what they are.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "how many songs did I play ontem", "how many songs did I play yesterday"),
    (
        "en",
        "what did I listen to la semana pasada",
        "what did I listen to last week",
    ),
    ("en", "my top artists la semaine dernière", "my top artists last week"),
    ("en", "how long did I listen wczoraj", "how long did I listen yesterday"),
    ("en", "what did I play dün akşam", "what did I play yesterday evening"),
    (
        "en",
        "which songs did I play most förra månaden",
        "which songs did I play most last month",
    ),
    ("en", "how many plays hôm qua", "how many plays yesterday"),
    (
        "en",
        "how long did I listen to music zuotian",
        "how long did I listen to music yesterday",
    ),
    (
        "en",
        "top three albums l'anno scorso",
        "top three albums last year",
    ),
    ("en", "did I listen to Queen kinou", "did I listen to Queen yesterday"),
    (
        "de",
        "welche Band ich habe gehört am meisten semana passada",
        "welche Band habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "wie viele Stunden ich habe gehört Musik ontem",
        "wie viele Stunden habe ich gestern Musik gehört",
    ),
    (
        "de",
        "welche Lieder hab ich la settimana scorsa am meisten gehört",
        "welche Lieder hab ich letzte Woche am meisten gehört",
    ),
    ("de", "was lief wczoraj wieczorem", "was lief gestern abend"),
    (
        "de",
        "wie lange hab ich geçen hafta Musik gehört",
        "wie lange hab ich letzte Woche Musik gehört",
    ),
    ("de", "meine Top Künstler le mois dernier", "meine Top Künstler letzten Monat"),
)

ANSWERED: tuple[Answered, ...] = (
    ("how many songs did I play ontem", "how many songs did I play yesterday", "en"),
    (
        "which artist did I play most förra veckan",
        "which artist did I play most last week",
        "en",
    ),
    ("what was playing ieri sera", "what was playing yesterday evening", "en"),
    (
        "welche Band hab ich am meisten gehört semana passada",
        "welche Band hab ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "wie viele Lieder hab ich wczoraj gehört",
        "wie viele Lieder hab ich gestern gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play something from ayer's album in the kitchen", "en"),
    ("spiel was von heute in der Küche", "de"),
)
