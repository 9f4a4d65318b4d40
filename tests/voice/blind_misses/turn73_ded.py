"""Issue 45's seventy-first turn, German: blind writers 480, 483 and 485.

An East Frisian fisherman (480) says a question in very short sentences:
"Drei Lieder. Meist gespielt. Diesen Monat." was read as the name "drei
lieder meist"; "Küche. Letzte sieben Tage. Wie viel Stunden?", "Samstag.
Letztes Lied?", "Air. Seit wann hör ich die überhaupt?" and "Justice. In
letzter Zeit mal gehört? Nich, oder?" were Home Assistant's (no area
called ...); "Welcher Podcast hat mich in letzter Zeit am Haken?" was
heard but not understood. A Low German weekday ("Sönndag") was no day.

A Viennese pensioner (483) asks politely, clipped: "Sagen's ma ...",
"Sagen's, wos is ...", "Erzählen's ma, ..." were Home Assistant's. His
"vurigs Joahr" was no time and the top artist of all time was answered,
and "am Wochenend, vurigs Wochenend mein i" the weekend habit: both
wrong facts, a broader or another question answered.

A Frankfurt speaker (485) carries his questions on "dann" for "denn",
which was read as a name ("nothing called dann", "Daft Pank dann"); "mei
Lieblingsplatt", "wie lang liefe dann die Podcasts in de letzte dreißisch
Tach" were Home Assistant's; ", wie?" after a question lost its name;
"am Freitag vor ener Woch" was today and "en Rückblick uffs ganze Jahr"
this month (wrong facts); his "vorisch Woch" was no time either.

Readers: `parse.frisian_clipped_de`, `parse.vienna_pensioner_de`,
`parse.frankfurt_de`, and net lines in `sentences/de.yaml`.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Drei Lieder. Meist gespielt. Diesen Monat.",
        "meine drei meistgespielten Lieder diesen Monat",
    ),
    (
        "de",
        "Fünf Künstler. Meist gehört. Dieses Jahr.",
        "meine fünf meistgehörten Künstler dieses Jahr",
    ),
    (
        "de",
        "Zwei Alben. Am meisten gespielt. Letzten Monat.",
        "meine zwei meistgespielten Alben letzten Monat",
    ),
    (
        "de",
        "Welcher Podcast hat mich in letzter Zeit am Haken?",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Welche Band hat mich in letzter Zeit am Haken?",
        "welche Band habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Küche. Letzte sieben Tage. Wie viel Stunden?",
        "wie viele Stunden habe ich in der Küche in den letzten sieben Tagen gehört",
    ),
    (
        "de",
        "Küche. Gestern. Wie lange Musik?",
        "wie lange habe ich gestern in der Küche Musik gehört",
    ),
    ("de", "Air. Seit wann hör ich die überhaupt?", "seit wann höre ich Air"),
    ("de", "Queen. Seit wann hör ich die?", "seit wann höre ich Queen"),
    ("de", "Samstag. Letztes Lied?", "was war das letzte Lied am Samstag"),
    ("de", "Freitag. Erstes Lied?", "was war das erste Lied am Freitag"),
    ("de", "Sönndag. Erstes Lied?", "was war das erste Lied am Sonntag"),
    (
        "de",
        "Sagen's ma de drei Liadln, die i im Oktober am öftesten gspüt hob",
        "welche drei Lieder habe ich im Oktober am meisten gehört",
    ),
    (
        "de",
        "Sagen's, wos is am dritten November bei mir glaufen",
        "was lief am dritten November",
    ),
    (
        "de",
        "Wos war des letzte Liad am Wochenend, vurigs Wochenend mein i",
        "was war das letzte Lied am vorigen Wochenende",
    ),
    (
        "de",
        "heast, vurigs Joahr, wer war do mei Künstler Nummer eins",
        "wer war letztes Jahr mein Lieblingskünstler",
    ),
    (
        "de",
        "Sagen's ma, wer woa vurige Wochn mei Künstler Nummer eins",
        "wer war letzte Woche mein Lieblingskünstler",
    ),
    ("de", "Wos is vurigs Wochenend glaufen", "was lief letztes Wochenende"),
    (
        "de",
        "Was war dann mei Lieblingsplatt im letzte Sommer",
        "was war mein Lieblingsalbum letzten Sommer",
    ),
    (
        "de",
        "Wer war dann mei Lieblingskünstler im letzte Winter",
        "wer war mein Lieblingskünstler letzten Winter",
    ),
    (
        "de",
        "Wie lang liefe dann die Podcasts in de letzte dreißisch Tach",
        "wie lange habe ich in den letzten dreißig Tagen Podcasts gehört",
    ),
    (
        "de",
        "Wie viel Stunde hab isch dann die letzte sieben Tach gehört",
        "wie viele Stunden habe ich in den letzten sieben Tagen gehört",
    ),
    (
        "de",
        "Wie viel Lieder hab isch dann heut morsche gespielt",
        "wie viele Lieder habe ich heute Morgen gespielt",
    ),
    (
        "de",
        "Wie oft hab isch dann am dritte November ebbes übersprunge",
        "wie oft habe ich am dritten November übersprungen",
    ),
    (
        "de",
        "Und des letzte Lied am Freitag vor ener Woch, was war des",
        "was war das letzte Lied letzten Freitag",
    ),
    (
        "de",
        "Was war dann des erste Lied am Montag vor ener Woch",
        "was war das erste Lied letzten Montag",
    ),
    (
        "de",
        "Gib mer emal en Rückblick uffs ganze Jahr",
        "gib mir einen Rückblick auf dieses Jahr",
    ),
    ("de", "Was hab isch dann vorisch Woch gehört", "was habe ich letzte Woche gehört"),
    (
        "de",
        "Wie viel Lieder hab isch dann vorisches Jahr gehört",
        "wie viele Lieder habe ich letztes Jahr gehört",
    ),
)

# The one before last, said as the one before: never read as the last one.
READ += (
    (
        "de",
        "heast, vurvurigs Joahr, wer war do mei Künstler Nummer eins",
        "wer war vorletztes Jahr mein Lieblingskünstler",
    ),
    (
        "de",
        "Wie viel Lieder hab isch dann vorvorisch Woch gespielt",
        "wie viele Lieder habe ich vorletzte Woche gespielt",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Justice. In letzter Zeit mal gehört? Nich, oder?",
        "habe ich in letzter Zeit Justice gehört",
        "de",
    ),
    (
        "Daft Punk. Diese Woche gehört? Nee, oder?",
        "habe ich diese Woche Daft Punk gehört",
        "de",
    ),
    ("Air. Seit wann hör ich die überhaupt?", "seit wann höre ich Air", "de"),
    ("Samstag. Letztes Lied?", "was war das letzte Lied am Samstag", "de"),
    (
        "Drei Lieder. Meist gespielt. Diesen Monat.",
        "meine drei meistgespielten Lieder diesen Monat",
        "de",
    ),
    (
        "Sagen's ma de drei Liadln, die i im Oktober am öftesten gspüt hob",
        "welche drei Lieder habe ich im Oktober am meisten gehört",
        "de",
    ),
    (
        "Sagen's, wos is am dritten November bei mir glaufen",
        "was lief am dritten November",
        "de",
    ),
    (
        "Erzählen's ma, wie war mei Oktober mit da Musi",
        "wie war meine Musik im Oktober",
        "de",
    ),
    (
        "Wos war des letzte Liad am Wochenend, vurigs Wochenend mein i",
        "was war das letzte Lied am vorigen Wochenende",
        "de",
    ),
    (
        "heast, vurigs Joahr, wer war do mei Künstler Nummer eins",
        "wer war letztes Jahr mein Lieblingskünstler",
        "de",
    ),
    (
        "Was war dann mei Lieblingsplatt im letzte Sommer",
        "was war mein Lieblingsalbum letzten Sommer",
        "de",
    ),
    (
        "Wie lang liefe dann die Podcasts in de letzte dreißisch Tach",
        "wie lange habe ich in den letzten dreißig Tagen Podcasts gehört",
        "de",
    ),
    (
        "Wie viel Lieder hab isch dann heut morsche gespielt",
        "wie viele Lieder habe ich heute Morgen gespielt",
        "de",
    ),
    (
        "Wie oft hab isch dann die Bohemien Rapsodie von de Kwien gehört, gell",
        "wie oft habe ich Bohemian Rhapsody gehört",
        "de",
    ),
    (
        "Daft Pank, wie oft lief der dann seit Oktober",
        "wie oft habe ich seit Oktober Daft Punk gehört",
        "de",
    ),
    (
        "Hab isch gestern Owend ebbes von Justice gehört, wie?",
        "habe ich gestern Abend Justice gehört",
        "de",
    ),
    (
        "Wie oft hab isch dann am dritte November ebbes übersprunge",
        "wie oft habe ich am dritten November übersprungen",
        "de",
    ),
    (
        "Und des letzte Lied am Freitag vor ener Woch, was war des",
        "was war das letzte Lied letzten Freitag",
        "de",
    ),
    (
        "Gib mer emal en Rückblick uffs ganze Jahr",
        "gib mir einen Rückblick auf dieses Jahr",
        "de",
    ),
)

# Commands and what plays now stay Home Assistant's, the clipped ones too.
STAYS: tuple[Stays, ...] = (
    ("letztes Lied", "de"),
    ("Küche. Lauter.", "de"),
    ("Küche. Wie lange läuft der Timer noch?", "de"),
    ("Wie lange läuft die Musik noch", "de"),
    ("Samstag. Licht aus.", "de"),
    ("spiel das letzte Lied in der Küche", "de"),
)
