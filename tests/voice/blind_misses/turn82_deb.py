"""Issue 45's eightieth turn (blind round nineteen): a Spanish woman's German.

Blind writer 542, a Spanish woman with A2-B1 German, names the thing first
and asks last, in Spanish order, and says "sein" for "haben": "Wet Leg,
wann ich bin zuerst gehört?" and "Erste Mal The Daily, wann das ist
gewesen?" had been answered with today's first song (wrong facts: "zuerst"
and "erste Mal" read as the first of today); "Daft Punk, die letzte Mal
wann war?", "die última canción, was war, por favor?", "die canción, was
ich immer skippe, welche ist?" (the song skipped most), "welche Band ich
bin total verrückt nach?" (the top, the preposition left last), "was war an
bei mir?" and "welche Lied war gestern an?" (what played) and "In letzte Zeit, ich habe neue Künstler
entdeckt?" (a statement's order asked) were not understood.
`spanish_a2_de` reads them, only on her marks. The sentence file's net now
hears "verschiedene canciones, wie viele, ...", "um wie viel Uhr ich bin
meistens am Hören", "X, die letzte Mal wann war" and her Spanish words; its
Spanish filler sentence no longer takes "Oye, was für Lied ist das?" (what
plays now, Home Assistant's): a kind alone is the history's only with a
listener or a time after it.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wet Leg, wann ich bin zuerst gehört?",
        "Wann habe ich Wet Leg zum ersten Mal gehört?",
    ),
    (
        "de",
        "Radiohead, wann ich bin zuletzt gehört?",
        "Wann habe ich Radiohead zum letzten Mal gehört?",
    ),
    (
        "de",
        "Queen, wann wir haben zuerst gespielt?",
        "Wann habe ich Queen zum ersten Mal gehört?",
    ),
    (
        "de",
        "Erste Mal The Daily, wann das ist gewesen?",
        "Wann habe ich The Daily zum ersten Mal gehört?",
    ),
    (
        "de",
        "Letzte Mal Bohemian Rhapsody, wann das war?",
        "Wann habe ich Bohemian Rhapsody zum letzten Mal gehört?",
    ),
    (
        "de",
        "Daft Punk, die letzte Mal wann war?",
        "Wann habe ich Daft Punk zum letzten Mal gehört?",
    ),
    (
        "de",
        "Queen, das erste Mal wann war?",
        "Wann habe ich Queen zum ersten Mal gehört?",
    ),
    ("de", "Die última canción, was war, por favor?", "Was war das letzte Lied?"),
    ("de", "Oye, die última canción?", "Was war das letzte Lied?"),
    (
        "de",
        "Die canción, was ich immer skippe, welche ist?",
        "Welches Lied überspringe ich am meisten?",
    ),
    (
        "de",
        "Die canción, was ich am meisten überspringe, welche ist?",
        "Welches Lied überspringe ich am meisten?",
    ),
    (
        "de",
        "Die Künstler, was ich immer skippe, welche ist?",
        "Welchen Künstler überspringe ich am meisten?",
    ),
    (
        "de",
        "In letzte Zeit, welche Band ich bin total verrückt nach?",
        "Welche Band habe ich in letzter Zeit am meisten gehört?",
    ),
    (
        "de",
        "Welche Künstler wir sind verrückt nach?",
        "Welche Künstler haben wir am meisten gehört?",
    ),
    (
        "de",
        "Letzte Freitag, was war an bei mir?",
        "Was habe ich letzten Freitag gehört?",
    ),
    ("de", "Diese Woche, was war an?", "Was habe ich diese Woche gehört?"),
    ("de", "Pues, welche Lied war gestern an?", "Welches Lied lief gestern?"),
    (
        "de",
        "Welche Lied war gestern Abend an?",
        "Welches Lied lief gestern Abend?",
    ),
    (
        "de",
        "In letzte Zeit, ich habe neue Künstler entdeckt?",
        "Habe ich in letzter Zeit neue Künstler entdeckt?",
    ),
    (
        "de",
        "Diese Monat, ich habe neue Künstler entdeckt?",
        "Habe ich diesen Monat neue Künstler entdeckt?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Wet Leg is in no history the tests hold: Air, said the same way.
    (
        "Air, wann ich bin zuerst gehört?",
        "Wann habe ich Air zum ersten Mal gehört?",
        "de",
    ),
    (
        "Erste Mal The Daily, wann das ist gewesen?",
        "Wann habe ich The Daily zum ersten Mal gehört?",
        "de",
    ),
    (
        "Daft Punk, die letzte Mal wann war?",
        "Wann habe ich Daft Punk zum letzten Mal gehört?",
        "de",
    ),
    (
        "Justice, die erste Mal wann war?",
        "Wann habe ich Justice zum ersten Mal gehört?",
        "de",
    ),
    ("Die última canción, was war, por favor?", "Was war das letzte Lied?", "de"),
    (
        "Die canción, was ich immer skippe, welche ist?",
        "Welches Lied überspringe ich am meisten?",
        "de",
    ),
    (
        "Die canción, die ich immer überspringe, welche ist?",
        "Welches Lied überspringe ich am meisten?",
        "de",
    ),
    (
        "In letzte Zeit, welche Band ich bin total verrückt nach?",
        "Welche Band habe ich in letzter Zeit am meisten gehört?",
        "de",
    ),
    (
        "Letzte Freitag, was war an bei mir?",
        "Was habe ich letzten Freitag gehört?",
        "de",
    ),
    (
        "In letzte Zeit, ich habe neue Künstler entdeckt?",
        "Habe ich in letzter Zeit neue Künstler entdeckt?",
        "de",
    ),
    ("Pues, welche Lied war gestern an?", "Welches Lied lief gestern?", "de"),
    (
        "Verschiedene canciones, wie viele, in die letzte dreißig Tage?",
        "Wie viele verschiedene Lieder habe ich in den letzten dreißig Tagen gehört?",
        "de",
    ),
    (
        "Verschiedene Künstler, wie viele, diese Woche?",
        "Wie viele verschiedene Künstler habe ich diese Woche gehört?",
        "de",
    ),
    (
        "Um wie viel Uhr ich bin meistens am Hören, und an welche Wochentag?",
        "Um wie viel Uhr und an welchem Wochentag höre ich meistens?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Oye, was für Lied ist das?", "de"),
    ("Oye, welche Lied ist das?", "de"),
    ("Oye, welches Lied ist das hier?", "de"),
    ("Mira, was für Song ist das?", "de"),
    ("Spiel die canción, die ich mag", "de"),
    ("Nächste canción bitte", "de"),
    ("Spiel Daft Punk in die Küche, por favor", "de"),
    ("Repeat an für diese Lied", "de"),
)
