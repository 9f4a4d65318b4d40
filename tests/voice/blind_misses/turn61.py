"""Issue 45's sixtieth turn: blind writers 380 to 387, German.

Writers 380 to 387 (an East Frisian, a retired teacher asking in the
subjunctive, speech to text of someone who stumbles and starts again, a
Thuringian pensioner, a Polish learner, a Chemnitz man, a computer science
student in data words and a Berlin taxi driver) were scored on `a7af27b3`
before anything was tuned on them: 480 of 529 German questions right, 5
wrong facts, 0 commands captured. The ways most often missed, in this
file's own phrasings:

- Saxony and Thuringia: "Gabelle" (the band: the top song had been
  answered), "Morschn" (the morning: all of today had been answered), a
  year in one word with Saxon sounds ("zweitausendfümfundzwanzsch": all
  time had been answered), "Schdunden", "gedudelt", "was war'n da dran",
  "'n" said apart ("wer war 'n", "in 'n Tag"), "Lieblingsgünstler", "Saach
  ma", "um fünfe rum" before the period.
- A taste described "in letzter Zeit": the period was dropped with the rest
  of the sentence (all time had been answered).
- A stumble: "wie viele Songs hab ich, ich mein, hab ich ..." (the count
  had become a name), "wann lief X, äh, das letzte Mal" (the end was cut).
- The subjunctive: "hätte ich ... gehört", "wann wäre ... aufgetaucht",
  "wären Sie so freundlich, mir ... zu nennen", "... mein bevorzugter
  gewesen sei", "oder täusche ich mich da".
- Data words: "Distinct Count der Artists", "den höchsten Playcount",
  "letzter Timestamp von", "Skip-Ratio", "im Dataset" (read as a room),
  "kam ... vor".
- Berlin: what one "hatte an" ("wat hatt ick gestern so an"), "ne Anzahl an
  unterschiedlichen Titeln".
- "Mittags oder nachts" weighed: noon against another part is the
  afternoon.
- A time counted back ("vor einer Woche") had been dropped without a word:
  it is now a period, as "a week ago" is.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Saxony and Thuringia.
    (
        "de",
        "Saach ma, welche Gabelle lief im Oktober am meisten",
        "welche Band habe ich im Oktober am meisten gehört",
    ),
    ("de", "was lief'n gestern Morschn", "was lief gestern Morgen"),
    (
        "de",
        "wie viele Lieder hab isch zweitausendfümfundzwanzsch gehört",
        "wie viele Lieder habe ich 2025 gehört",
    ),
    (
        "de",
        "wie viel Schdunden hab isch 'n diesen Monat gehört",
        "wie viele Stunden habe ich diesen Monat gehört",
    ),
    (
        "de",
        "wer war 'n letztes Jahr mei Lieblingsgünstler",
        "wer war letztes Jahr mein Lieblingskünstler",
    ),
    (
        "de",
        "im Oktober, was hab ich'n da so gedudelt",
        "was habe ich im Oktober gehört",
    ),
    (
        "de",
        "mit welschem Lied bin isch gestern in 'n Tag gestartet",
        "mit welchem Lied bin ich gestern in den Tag gestartet",
    ),
    (
        "de",
        "um achte rum gestern Abend, was lief da",
        "gegen acht gestern Abend, was lief da",
    ),
    # A taste described with a period after it.
    (
        "de",
        "beschreib mal meinen Musikgeschmack dieses Jahr",
        "wie ist mein Musikgeschmack dieses Jahr",
    ),
    # A stumble and a restart.
    (
        "de",
        "wie viele Künstler hab ich, ich mein, hab ich im Oktober gehört",
        "wie viele Künstler habe ich im Oktober gehört",
    ),
    ("de", "wann lief Queen, ähm, das erste Mal", "wann lief Queen zum ersten Mal"),
    # The subjunctive.
    (
        "de",
        "Hätte ich vorgestern Justice gehört, oder irre ich mich da?",
        "habe ich vorgestern Justice gehört",
    ),
    (
        "de",
        "Wann wäre Genesis erstmals in meinem Verlauf aufgetaucht?",
        "wann habe ich Genesis zum ersten Mal gehört",
    ),
    (
        "de",
        "Wären Sie so freundlich, mir die fünf Lieder zu nennen, die ich im Oktober am meisten gehört hätte?",
        "welche fünf Lieder habe ich im Oktober am meisten gehört",
    ),
    (
        "de",
        "Es würde mich interessieren, welches Album im Sommer mein bevorzugtes gewesen sei.",
        "welches Album habe ich im Sommer am meisten gehört",
    ),
    # Data words.
    (
        "de",
        "Distinct Count der Songs letzte Woche",
        "wie viele verschiedene Songs habe ich letzte Woche gehört",
    ),
    (
        "de",
        "welcher Song hat im Dataset den höchsten Playcount",
        "welchen Song habe ich am meisten gehört",
    ),
    (
        "de",
        "erster Timestamp von Sexy Boy",
        "wann habe ich Sexy Boy zum ersten Mal gehört",
    ),
    (
        "de",
        "welcher Song hat bei mir die höchste Skip-Ratio",
        "welchen Song überspringe ich am häufigsten",
    ),
    # Berlin.
    ("de", "wat hatt ick vorgestern so an", "was habe ich vorgestern gehört"),
    (
        "de",
        "wat is det für ne Anzahl an verschiedenen Künstlern im Oktober",
        "wie viele verschiedene Künstler habe ich im Oktober gehört",
    ),
    # Noon weighed against another part, and a time counted back.
    (
        "de",
        "mehr Musik mittags oder abends?",
        "höre ich mehr Musik nachmittags oder abends",
    ),
    ("de", "was hab ich vor einer Woche gehört", "was habe ich vor einer Woche gehört"),
    ("de", "wie oft schalt ich weiter", "wie oft überspringe ich"),
    # Scored after the turn's mends (writers 388 to 395): a night in the past
    # tense, a clipped "was von X gehört?", a French learner's "en boucle",
    # "um neun Uhr und halb", "zappe", Swabia's "hanni", autocorrect's "Wache".
    ("de", "was lief diese Nacht, was ich gehört", "was lief letzte Nacht"),
    (
        "de",
        "gestern Abend was von Air gehört?",
        "habe ich gestern Abend Air gehört",
    ),
    (
        "de",
        "welches Album ich höre en boucle",
        "welches Album höre ich in Dauerschleife",
    ),
    (
        "de",
        "was lief gestern um neun Uhr und halb",
        "was lief gestern um neun Uhr dreißig",
    ),
    (
        "de",
        "das Lied, das ich zappe immer, welches ist es",
        "welches Lied überspringe ich am häufigsten",
    ),
    ("de", "hanni letzte Woche Queen g'hört", "habe ich letzte Woche Queen gehört"),
    ("de", "Top-Songs der letzten Wache", "Top-Songs der letzten Woche"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "was war das letzte Lied, äh, das ich gespielt hab, überhaupt das letzte",
        "Welches Lied habe ich zuletzt gehört?",
        "de",
    ),
    (
        "wie oft lief, äh, das von Queen, Bohemian, Bohemian Rhapsody, diesen Monat",
        "Wie oft habe ich Bohemian Rhapsody diesen Monat gehört?",
        "de",
    ),
    (
        "Wann hatt ick zuletzt wat von Queen an?",
        "Wann habe ich Queen zuletzt gehört?",
        "de",
    ),
    (
        "Hätte ich in letzter Zeit neue Bands entdeckt?",
        "Welche neuen Künstler habe ich in letzter Zeit entdeckt?",
        "de",
    ),
    (
        "Nu, wie war'n so mei Musikjahr",
        "Wie war mein Jahr?",
        "de",
    ),
    ("Wie hoch ist meine Skip-Ratio", "Wie oft überspringe ich?", "de"),
    (
        "Boolean-Frage: kam Air letzten Monat vor",
        "Habe ich letzten Monat Air gehört?",
        "de",
    ),
    (
        "Welches Lied lief am Dienstag als letztes, bevor Ruhe einkehrte?",
        "Welches Lied lief am Dienstag als letztes?",
        "de",
    ),
    (
        "Moin. Die letzte Woche, wie war dat so mit Musik?",
        "Wie war meine letzte Woche?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Was hatte ich gestern an?", "de"),
    ("Mach das Lied in Dauerschleife", "de"),
    ("Schalt weiter", "de"),
)
