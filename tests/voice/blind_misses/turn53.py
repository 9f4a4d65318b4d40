"""Issue 45's fifty-second turn, its second eight: blind writers 316 to 323.

Writers 316 to 323 (a Scouse pensioner and a Stuttgart IT consultant, an
Accra speaker and a Dresden grandmother, a Bradford taxi driver and a
Münsterland farmer, a Cajun fisherman and a Tyrolean ski instructor, a Kiwi
nurse and a Kurdish-German student, a Belfast electrician and a Nuremberg
baker, a Hong Kong speaker and a Brandenburg pensioner, a Valleys texter and
a Bernese speaker) were scored on the tree with the first eight's mends
(`turn52`), before anything was tuned on them. Their wrong facts and the
ways most often missed, in this file's own phrasings:

- German: Tyrol's dark a ("Tåg", "Nåchmittåg"), "fern" for last year,
  "hoiba neine", "g'lost", "ko i etz grod ned lassen", "nit aufhörn zu
  spieln"; Bern's "wie mängs Mau", "hani ... gha", "verschidnigs",
  "Ougschte", "zwänzgfüfezwänzg", "nöi derzue cho", "uf wyter",
  "hindereinand"; Franconia's "heid frieh" (read as a name, all time
  answered), "frieh oder nachmiddoochs", "wie war'n"; a consultant's "Main
  Artist", "distinct Tracks", "Peak-Time", "Repeat-Rate", "most skipped",
  "Wochen-Recap"; a learner's "an welche Tag ich höre am meisten"; "Die
  letzten sieben Tage, wie lange ..." (its "Die" read as a name's);
  "Letzte Nacht, wat war da"; "Erstkontakt mit ..., wann war das".
- English: "wen" for when, "wuz", "av", "any1 new i started listenin 2";
  "had much Air on lately?" asked as a yes or no (kept the count, as the
  brief and three earlier writers have it: two wrong facts stay); "have I
  had on since Monday" (read as Monday alone); "between
  afternoon and night, when do I play more"; "... on last friday, no hang
  on, the day before yesterday" (the "on" of "have on" taken back with the
  time); "in this house", "before work", "hammerin", "paa", "wore plumb
  out", Hong Kong's "queen ah, how much i have them on this week".
- Captured once the mends were in: Bern's present "Was lose-n-i grad?" (its
  verb was made a word of the history, then taken out again).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wia vü unterschiedliche Liader warn's in de letschtn zehn Tåg",
        "wie viele verschiedene Lieder in den letzten zehn Tagen",
    ),
    (
        "de",
        "wia oft lief Genesis fern im Summer",
        "wie oft lief Genesis letzten Sommer",
    ),
    ("de", "wos wor heit um hoiba neine dran", "was lief heute um halb neun"),
    (
        "de",
        "welches Liad kann i grad nit aufhörn zu spieln",
        "welches Lied kann ich nicht lassen",
    ),
    (
        "de",
        "Wie mängs verschidnigs Lied hani sit em Zischtig glost?",
        "wie viele verschiedene Lieder habe ich seit Dienstag gehört",
    ),
    (
        "de",
        "Wär isch im Ougschte ganz vorne gsi bi mir?",
        "wer war im August mein Top-Künstler",
    ),
    (
        "de",
        "Weles Album isch zwänzgfüfezwänzg am meischte gloffe?",
        "welches Album habe ich 2025 am meisten gehört",
    ),
    (
        "de",
        "Bi welem Künschtler drück i am meischte uf wyter?",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    ("de", "lief heid frieh eigentlich Queen oder ned", "lief heute früh Queen"),
    (
        "de",
        "frieh oder nachmiddoochs, wann läuft bei mir mehr",
        "höre ich mehr morgens oder nachmittags",
    ),
    (
        "de",
        "letzten Sommer, wer war da mein Main Artist",
        "wer war letzten Sommer mein Top-Künstler",
    ),
    (
        "de",
        "wie viele distinct Tracks letzten Monat",
        "wie viele verschiedene Lieder letzten Monat",
    ),
    ("de", "Wochen-Recap bitte", "Wochenrückblick bitte"),
    ("de", "an welche Tag ich höre am meisten", "an welchem Tag höre ich am meisten"),
    (
        "de",
        "Die letzten dreißig Tage, wie lange hab ich gehört",
        "wie lange habe ich in den letzten dreißig Tagen gehört",
    ),
    ("de", "Letzte Woche, wat war da", "was lief letzte Woche"),
    ("en", "wen did i first hear queen", "when did I first hear Queen"),
    ("en", "had much Queen on lately?", "how often did I play Queen lately"),
    (
        "en",
        "ehn how much air have I had on since tuesday",
        "how many times did I play Air since Tuesday",
    ),
    (
        "en",
        "between morning and night, when do I play more",
        "do I listen more in the morning or at night",
    ),
    (
        "en",
        "what did I have on last monday, no hang on, the day before yesterday",
        "what did I have on, the day before yesterday",
    ),
    (
        "en",
        "how many tunes did we play last month in this house",
        "how many songs did we play last month",
    ),
    (
        "en",
        "which record was I hammerin last winter",
        "which album did I play the most last winter",
    ),
    (
        "en",
        "queen ah, how much i have them on this month",
        "how many times did I play Queen this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wia vü Daft Punk hob i de Woch g'hört",
        "wie oft habe ich Daft Punk diese Woche gehört",
        "de",
    ),
    ("had much Air on lately?", "how often did I play Air lately", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("Was lose-n-i grad?", "de"),
    ("Wie hat Schalke gespielt", "de"),
    ("how did Arsenal play yesterday", "en"),
)
