"""Issue 45's fifty-third turn: blind writers 324 to 331.

Writers 324 to 331 (a Glasgow shop worker and a Saarland mechanic, a
Pretoria engineer and an Allgäu grandmother, a Texas rancher and a Hamburg
docker, a Lagos speaker and a Russian-German learner, a Cork pensioner and
a Palatinate winemaker, a mother dictating while she cooks in English and
in Munich German, a Spanish learner and a Leipzig teenager, a retired
officer and an Erfurt pensioner) were scored on `a1bb774d` before anything
was tuned on them. Their wrong facts and the ways most often missed, in
this file's own phrasings:

- German: the Saarland's "geschd", "vorgeschd", "leddschd Woch", "heit
  moije", "gesche Viertel vor acht", "hann mir", "laafe gehatt", "es
  letschde Mol", "moins oder owends", "sa mol"; the Palatinate's "saach mer
  mol", "mei drei meischde gspielte Liedcher", "Kinschtler" (read as a
  name, the skips answered: a wrong fact), "zehn nooch acht" (read as ten
  o'clock: a wrong fact), "ghatt", "nit lasse", "nei debei"; Swabia's
  "Liadle" after "wie viel", "Täg hintranander", "am Wochaend", "zum
  erschta Mol"; Hamburg's "inne letzten dreißig Tage, wie oft hatt ich die
  an", "..., büschen viel oder wat", "..., nich viel oder" (the weekend
  compared: a wrong fact); a learner's "war meiste", "in letzte drei
  Monate", "am Freitag vor eine Woche", "wer ist neu bei mir"; a teenager's
  "absoluter Banger", "neu am Start", "... oder immer nur dasselbe" (the
  repeat rate answered: a wrong fact); Erfurt's "lief'n da", "war'n da",
  "Gestern Abend, das letzte Lied, was war'n das", "Erzählen Se ma".
- English: Glasgow's "didnae ... did ah", "aw thegither", "knockin aff",
  "us lot ah mean"; Lagos's "na ... abi", "wey", "play am", "don dey rock
  well well", "jam pass", "I no fit stop to play" (what played today
  answered: a wrong fact); Cork's "..., boy", "had I on", "how many goes
  of"; a mother's "daft punk how much of them have i had on" (all plays
  answered: a wrong fact) and a child told off mid-question; a Spanish
  learner's "actually" for these days (all time answered: a wrong fact),
  "the day of the week and the hour that i listen more" (the top song: a
  wrong fact), "yesterday in the night"; an officer's reports ("Queen. How
  often this week?", "Name it, and the artist": the top artist, a wrong
  fact), "oh-eight-fifteen" (the whole morning: a wrong fact), "twenty-one
  hundred hours"; Pretoria's "..., is it? how many times then" (a yes: a
  wrong fact).
- Captured once the mends were in: "wetin dey play for kitchen now", "put
  music for cook", "Around the World, on repeat" (the net's words were
  narrowed again).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "Hann isch geschd Queen gehört?", "Habe ich gestern Queen gehört?"),
    ("de", "was lief leddschd Nacht", "was lief letzte Nacht"),
    ("de", "wer war leddschd Woch ganz vorne", "wer war letzte Woche ganz vorne"),
    (
        "de",
        "Wie vill Stunne hann mir leddschd Johr gehört",
        "Wie viele Stunden haben wir letztes Jahr gehört",
    ),
    ("de", "was lief heit moije um neun", "was lief heute morgen um neun"),
    (
        "de",
        "was lief geschd owend gesche halb neun",
        "was lief gestern Abend gegen halb neun",
    ),
    (
        "de",
        "was hot geschdern Owend um viertel nooch acht gelaaf",
        "was lief gestern Abend um viertel nach acht",
    ),
    ("de", "Heer isch mehr moins oder owends", "Höre ich mehr morgens oder abends"),
    (
        "de",
        "Genesis, wann war des es letschde Mol an",
        "wann habe ich Genesis zuletzt gehört",
    ),
    (
        "de",
        "Sa mol, uff wen bin isch seit Oktober so ganz verrückt?",
        "wen habe ich seit Oktober am meisten gehört",
    ),
    (
        "de",
        "saach mer mol mei fünf meischde gspielte Liedcher im Oktober",
        "meine fünf meistgespielten Lieder im Oktober",
    ),
    (
        "de",
        "wieviel verschiedene Kinschtler hab ich die Woch gheert",
        "wie viele verschiedene Künstler habe ich diese Woche gehört",
    ),
    (
        "de",
        "welle Kinschtler überspring ich am meischde",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "wieviel Air hab ich die Woch ghatt",
        "wie oft habe ich Air diese Woche gehört",
    ),
    (
        "de",
        "wieviel Liedcher hab ich geschdern gspielt",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "Wie viel Liadle hab i geschtern g'spielt?",
        "Wie viele Lieder habe ich gestern gespielt?",
    ),
    (
        "de",
        "Wie viel Täg hintranander hab i Musik g'hört?",
        "Wie viele Tage hintereinander habe ich Musik gehört?",
    ),
    ("de", "Was isch am Wochaend g'laufa?", "Was lief am Wochenende?"),
    (
        "de",
        "Queen inne letzten sieben Tage, wie oft hatt ich die an",
        "wie oft habe ich Queen in den letzten sieben Tagen gehört",
    ),
    (
        "de",
        "wie viele Lieder gestern, büschen viel oder wat",
        "wie viele Lieder gestern",
    ),
    ("de", "wat lief so am Samstag, nich viel oder", "was lief am Samstag"),
    (
        "de",
        "wat lief als erstes am Montag letzte Woche",
        "was lief als erstes letzten Montag",
    ),
    (
        "de",
        "Welche Künstler war meiste bei mir in letzte Monat",
        "welcher Künstler war am meisten bei mir letzten Monat",
    ),
    (
        "de",
        "Wer ist neu bei mir in letzte zwei Monate",
        "welche neuen Künstler habe ich in den letzten zwei Monaten entdeckt",
    ),
    (
        "de",
        "hab ich diese woche neue künstler entdeckt oder immer nur das gleiche",
        "habe ich diese Woche neue Künstler entdeckt",
    ),
    ("de", "wen hab ich seit märz neu am start", "wen habe ich seit März neu entdeckt"),
    (
        "de",
        "im oktober, welcher song war da mein absoluter banger",
        "welcher Song war im Oktober mein Lieblingslied",
    ),
    (
        "de",
        "hab ich gestern queen gehört oder war das wer anders",
        "habe ich gestern Queen gehört",
    ),
    (
        "de",
        "Hab ich gestern Abend noch was gehört, oder war ich da schon im Bett?",
        "was habe ich gestern Abend gehört",
    ),
    (
        "de",
        "Heute früh, das erste Lied, was war'n das gleich?",
        "was war das erste Lied heute früh",
    ),
    (
        "de",
        "Geben Se mir ma ne Zusammenfassung vom Oktober, was ich so alles gehört hab.",
        "Gib mir eine Zusammenfassung vom Oktober",
    ),
    (
        "de",
        "Genesis, hab ich die gestern gheert oder nit",
        "Habe ich Genesis gestern gehört",
    ),
    (
        "de",
        "Wer war denn im Sommer mei Favorit bei dr Musik?",
        "Wer war im Sommer mein Lieblingskünstler bei der Musik",
    ),
    (
        "en",
        "ah didnae play any queen yesterday did ah",
        "did I play any Queen yesterday",
    ),
    (
        "en",
        "how many songs did we play last week aw thegither",
        "how many songs did we play last week",
    ),
    ("en", "who's the singer ah keep knockin aff", "who's the singer I keep skipping"),
    (
        "en",
        "na which album I jam pass for October",
        "which album did I play most in October",
    ),
    ("en", "which song I no fit stop to play", "which song can't I stop playing"),
    ("en", "genesis, I play am last week or no", "did I play Genesis last week"),
    (
        "en",
        "how many tunes have I had on since Monday, boy",
        "how many tunes have I had on since Monday",
    ),
    (
        "en",
        "how many goes of Queen did I listen to this month",
        "how many times did I listen to Queen this month",
    ),
    (
        "en",
        "justice how much of them have i had on this year",
        "how much justice have i had on this year",
    ),
    (
        "en",
        "who is the artist that i am listening actually",
        "who is the artist that i am listening to lately",
    ),
    (
        "en",
        "which is the day of the week and the hour that i listen most",
        "what day of the week and what hour do I listen most",
    ),
    (
        "en",
        "what was the first song of yesterday in the night",
        "what was the first song last night",
    ),
    ("en", "Queen. How often this month?", "how often did I play Queen this month"),
    (
        "en",
        "Most played album this year. Name it, and the artist.",
        "most played album this year",
    ),
    (
        "en",
        "What was playing at oh-nine-thirty this morning?",
        "What was playing at 09:30 this morning?",
    ),
    (
        "en",
        "I played lots of Queen since October, is it? how many times then",
        "how many times did I play Queen since October",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Daft Punk inne letzten dreißig Tage, wie oft hatt ich die an",
        "wie oft habe ich Daft Punk in den letzten dreißig Tagen gehört",
        "de",
    ),
    (
        "Eres, ich habe gehört im Oktober?",
        "habe ich Eres im Oktober gehört",
        "de",
    ),
    (
        "The day before yesterday at twenty-one hundred hours, what was playing?",
        "what was playing the day before yesterday at 9 pm",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wetin dey play for kitchen now", "en"),
    ("put music for cook", "en"),
    ("Around the World, on repeat", "en"),
)
