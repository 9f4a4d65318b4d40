"""Issue 45's forty-third turn: blind writers 252 to 259, their wrong facts and misses.

Writers 252 to 259 (a Yorkshire sheep farmer and a Hamburg harbour worker,
a Singapore student and a Viennese waiter, a Texan trucker and a Nuremberg
pensioner, a London teenager and a Berlin teenager, a Highland grandmother
and an Allgäu farmer, a Filipino nurse and a Turkish-German shopkeeper
dictating, a night-shift guard dictating half asleep and a Palatinate
winemaker, a Dublin radio DJ and a Ruhr miner) were scored on the tree
with the forty-second turn's mends, before anything was tuned on them.
What they showed, in this file's own phrasings:

- Wrong facts: Vienna's dropped "e" written as an apostrophe ("letzte
  Woch'n", "letzt'n Monat", "Stund'n", "in da Küch'n") lost the period or
  made a room of "küche'n"; the Ruhr's "inne letzten dreißig Tage" made a
  name; a name said first and pointed back to ("Queen, did I play owt by
  them last weekend"), "did ol' Queen get any play from me", a year said
  first and "that whole year" after it, "the very last one" said after
  "the last track I had on"; "Samstag und Sonntag, hör i do mehr als
  werktags" answered for Sunday; "The Daily, wann hatt ick dit zuletzt
  an" named the last song; "de Daach ogfange" and "ne Zusammenfassung
  vonne Woche" were read as all of today and this month; "yesterday
  night eight ten" as all of last night; "..., how many we talkin'" asked
  for the household; "the tune I can't quit playin'", "keenest on", "last
  summer the summer before this one", "when'd I last lash that on", "how
  much of them have I had on".
- Misses: "ang'fangt", "o'g'fangt", "ogfanga", "aufg'hört"; the
  Palatinate's "hammer", "ware's", "Daach hinnernanner"; Berlin's "wie oft
  lief dit"; "so allet zusammen"; a word of address at the end ("...,
  lassie?"); a Filipino "ate" said first; "number of episodes I've
  listened to"; "just the number", "everything, the lot", "did I, no?";
  "stick on"; "since Monday how many plays"; London's "man's played".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wen hab i letzte Woch'n am öftesten g'hört",
        "wen habe ich letzte Woche am häufigsten gehört",
    ),
    (
        "de",
        "Wie vü Stund'n hab i letzt'n Monat Musik g'hört",
        "wie viele Stunden habe ich letzten Monat Musik gehört",
    ),
    (
        "de",
        "Mit wöchem Liad hab i letzte Woch'n aufg'hört",
        "mit welchem Lied habe ich letzte Woche aufgehört",
    ),
    (
        "de",
        "wie lange lief inne letzten vierzehn Tage Musik",
        "wie lange lief in den letzten vierzehn Tagen Musik",
    ),
    (
        "de",
        "Wie viele Lieder hammer gestern gspielt",
        "wie viele Lieder haben wir gestern gespielt",
    ),
    (
        "de",
        "Wie viele Daach hinnernanner hab isch Musik gehört",
        "wie viele Tage hintereinander habe ich Musik gehört",
    ),
    ("de", "womit hon i geschtern ogfanga", "womit habe ich gestern angefangen"),
    (
        "en",
        "Air, did I have anything by them last week",
        "did I listen to Air last week",
    ),
    (
        "en",
        "did ol' Justice get any play from me this week",
        "did I play Justice this week",
    ),
    (
        "en",
        "number of songs I've played this week",
        "how many songs did I play this week",
    ),
    ("en", "how many plays yesterday, just the number", "how many plays yesterday"),
    ("en", "how many songs this week, everything, the lot", "how many songs this week"),
    ("en", "when did I last stick on Sexy Boy", "when did I last play Sexy Boy"),
    (
        "en",
        "twenty twenty five, what was my top song that whole year",
        "twenty twenty five, what was my top song",
    ),
    ("en", "since Tuesday how many songs in total", "how many songs since Tuesday"),
    (
        "en",
        "how many tracks man's played this week",
        "how many tracks have I played this week",
    ),
    (
        "en",
        "How long was I listening yesterday, pet?",
        "how long was I listening yesterday",
    ),
    ("en", "ate what did I play last night", "what did I play last night"),
    (
        "de",
        "Samstag und Sonntag, hör i do mehr Musik als werktags?",
        "höre ich am Wochenende mehr Musik als werktags",
    ),
    (
        "de",
        "Sexy Boy, wann hatt ick dit zuletzt an",
        "wann habe ich Sexy Boy zuletzt gehört",
    ),
    (
        "de",
        "Mit was hab isch geschdern de Daach ogfange",
        "womit habe ich gestern den Tag angefangen",
    ),
    (
        "de",
        "gib ma ne Zusammenfassung vonne Woche",
        "gib mir eine Zusammenfassung von dieser Woche",
    ),
    (
        "en",
        "yesterday night nine twenty what was on",
        "what played last night at nine twenty",
    ),
    (
        "en",
        "hours of music this month, how many we talkin'",
        "how many hours of music did I listen to this month",
    ),
    ("en", "which tune can't I quit playin'", "which tune can't I stop playing"),
    (
        "en",
        "which artist was I keenest on in October",
        "which artist did I play the most in October",
    ),
    (
        "en",
        "how many plays last month, the month before this one",
        "how many plays last month",
    ),
    (
        "en",
        "Digital Love, when'd I last whack that on",
        "when did I last play Digital Love",
    ),
    (
        "en",
        "That Queen, how much of them have I had this month",
        "how many times did I play Queen this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "twenty twenty five, which album did I play the most that whole year",
        "which album did I play the most in 2025",
        "en",
    ),
    ("ate how long did I listen yesterday", "how long did I listen yesterday", "en"),
    (
        "How many songs did I play this week, lassie?",
        "how many songs did I play this week",
        "en",
    ),
    (
        "Wie vü Liada hab i letzte Woch'n g'hört",
        "wie viele Lieder habe ich letzte Woche gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("ate play some music in the kitchen", "en"),
    ("ate turn off the kitchen light", "en"),
    ("ate what song is this", "en"),
)
