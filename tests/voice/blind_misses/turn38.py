"""Issue 45's thirty-eighth turn: blind writers 212 to 219, their wrong facts and misses.

Writers 212 to 219 (a Singapore gamer and a Zurich one, a Midwestern and an
Upper Palatinate night-shift worker, a Yorkshire and a Palatinate
householder asking about Ada and Ben, a Dublin and a Münster radio host, a
Cajun and an Erzgebirge storyteller, a Geordie and a Vorarlberg speaker
in a hurry, a Cornish and a Lower Bavarian grandparent dictating, a London
and a Mühlviertel double-checker) were scored before anything was tuned on
them. What they showed, in this file's own phrasings:

- Wrong facts: a dialect's year, month, clock or "this year" read as no
  time ("zwöitusigfüfezwänzg", "zweidausendfinfunzwanzisch", "Oktower",
  "hür", "halbi nüüni", "am zwölfi"), so all time or today was answered;
  "our Ada" and "Ada's favourite" answered for the asker; a name said first
  with what it means to the asker ("Eres, by Café Tacvba, the song that got
  me through my divorce, how many times ...") answered for everything; a
  guess's "album" narrowed what played to music; "Sendezeit", "auf
  Sendung" and "dat mit den meisten Spins" (a radio host) counted plays or
  podcasts; "wie viel Podcast-Folgen" was a time; "Stimmt es dass ...?
  Wann war das zuletzt?" answered the last of anything.
- Misses: each German dialect's words of a question ("wievill", "wöivül",
  "wiavü", "ho i", "hon i", "horch isch", "hob iech", "gheert", "gehärt",
  "glofe", "geloffe", "glaffa", "Lidd", "Liadle") and the German net's reach
  for them; Singlish "X got play <period> or not"; Tyneside's "wor",
  "gannin"; a word said again at the end ("how many tunes this afternoon,
  tunes").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welches Lied hab ich zwöitusigfüfezwänzg am meischte glost",
        "welches Lied habe ich 2025 am meisten gehört",
    ),
    (
        "de",
        "wer war zweidausendfinfunzwanzisch mei Lieblingsband",
        "wer war 2025 meine Lieblingsband",
    ),
    (
        "de",
        "wer isch hür min Lieblingskünschtler",
        "wer ist heuer mein Lieblingskünstler",
    ),
    (
        "de",
        "hüt am Morge um halbi nüüni, was isch da glofe",
        "heute am Morgen um halb neun, was ist da gelaufen",
    ),
    (
        "de",
        "hani i de letschte Ziit neui Künstler entdeckt",
        "habe ich in letzter Zeit neue Künstler entdeckt",
    ),
    ("de", "wievill mal hani Air scho glost", "wie oft habe ich Air gehört"),
    (
        "de",
        "wöi oft ho i Air letzte Wochn gheert",
        "wie oft habe ich Air letzte Woche gehört",
    ),
    ("de", "wiavü Liada hob i heint gspüt", "wie viele Lieder habe ich heute gespielt"),
    (
        "de",
        "welle Künschtler wird bei mir am meischde iwwersprunge",
        "welchen Künstler überspringe ich am meisten",
    ),
    ("de", "mis Lieblingsalbum im Septämber", "mein Lieblingsalbum im September"),
    ("de", "wos fir a Musik mog i eigentlich", "was für Musik mag ich"),
    ("de", "welche Band druck i immer weg", "welche Band überspringe ich am meisten"),
    (
        "de",
        "wie viele Lieder hob iech heite schon gehärt",
        "wie viele Lieder habe ich heute gehört",
    ),
    (
        "de",
        "wann hob iech Genesis des erschte Mol gehärt",
        "wann habe ich Genesis zum ersten Mal gehört",
    ),
    ("de", "Air, wenn isch das zletscht glofe", "wann habe ich Air zuletzt gehört"),
    (
        "de",
        "Justice, wann is des des erste Mol glaffa",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "was für es Lied chan ich grad nöd ufhöre z lose",
        "welches Lied höre ich gerade in Dauerschleife",
    ),
    (
        "de",
        "welche Band überspringt die Ada am meisten",
        "welche Band hat Ada am meisten übersprungen",
    ),
    ("de", "Wie viel Sendezeit hatte ich gestern", "wie lange habe ich gestern gehört"),
    (
        "de",
        "welches Lied hatte im Oktober dat meiste Airplay",
        "welches Lied habe ich im Oktober am meisten gehört",
    ),
    (
        "de",
        "Stimmt es dass ich Sexy Boy schon ewig nicht mehr gehört hab? Wann war das zuletzt?",
        "wann habe ich Sexy Boy zuletzt gehört",
    ),
    (
        "de",
        "Wocha oder Wochaend, wann los i meh",
        "höre ich unter der Woche oder am Wochenende mehr",
    ),
    (
        "en",
        "who's our Ada been listening to most this week",
        "who has Ada listened to most this week",
    ),
    (
        "en",
        "from June while now, who's been Ada's favourite singer",
        "since June who has Ada listened to most",
    ),
    (
        "en",
        "Justice, how many times I put on in August",
        "how many times did I play Justice in August",
    ),
    ("en", "Air ah, when i first start listening", "when did I first play Air"),
    (
        "en",
        "Genesis, by Justice, the song from our wedding, how many times I played that one",
        "how many times did I play Genesis by Justice",
    ),
    (
        "en",
        "how many unique songs last week, repeats don't count",
        "how many different songs did I play last week",
    ),
    (
        "en",
        "who was I on a big kick with this spring",
        "who was I obsessed with this spring",
    ),
    (
        "en",
        "what did I end with last Tuesday night",
        "what did I end with last Tuesday",
    ),
    (
        "en",
        "so how many tunes this morning, tunes",
        "how many songs did I play this morning",
    ),
    ("en", "queen got play this week or not", "did I play Queen this week"),
    ("en", "right, did wor Ada play Air last week", "did Ada play Air last week"),
    (
        "en",
        "weekends or weekdays, my lover, which do I play more",
        "do I play more on weekends or on weekdays",
    ),
    (
        "en",
        "is it right there was something on at quarter past nine this morning? what was it",
        "what was playing at quarter past nine this morning",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "gib mer en Rückblick uff de Oktower",
        "gib mir einen Rückblick auf den Oktober",
        "de",
    ),
    (
        "wiavü mal hon i heuer Justice gheat",
        "wie oft habe ich Justice dieses Jahr gehört",
        "de",
    ),
    (
        "Sach ma, Air, wann war dat zuletzt auf Sendung?",
        "wann habe ich Air zuletzt gehört",
        "de",
    ),
    (
        "how much time have I spent on the podcasts this week, roughly",
        "how much time have I spent on podcasts this week",
        "en",
    ),
    ("recap what we listened to last year", "recap our listening last year", "en"),
)

# Commands and a question of now, in the same ways of speaking.
STAYS: tuple[Stays, ...] = (
    ("what's on the wireless now", "en"),
    ("skip this tune, did it skip? did it?", "en"),
    ("was horch isch grad", "de"),
    ("spiel mis Lieblingslied in der Chuchi", "de"),
)
