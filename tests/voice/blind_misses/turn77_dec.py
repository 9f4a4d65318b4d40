"""Issue 45's seventy-fifth turn (blind round fourteen): a Dutch learner, a child of nine and an Italian pensioner (blind writers 510, 512, 513).

Writer 510, a Dutchman learning German (B1), half-Germanised Dutch words:
"wie viele nummers haben wir gistern gespielt" (asked back),
"wie viel hab ik übergeslagen vorige Woche" and "ik heb gistern gehört
welke Lied um Viertel vor acht" (not understood, the Dutch order),
"welke nummer überspring ik am meisten" and "het Album das ich dieses Jahr
am meisten gehört habe welches ist das" (an area), "welke war het letzte
Lied" ("letzte" taken for a person).

Writer 512, a child of nine, made "laufen" weak ("wie lange ist heute
Musik gelauft": not understood; "wie viele Lieder sind gestern gelauft": a
song called "gelauft"), named a song by how it goes ("das Lied wo so geht
one more time"), said "wo" for "das" ("das Lied wo dauernd läuft"),
"Sachen angemacht" for plays, and "wie war mein ganzes Jahr": answered for
this month, a wrong fact.

Writer 513, an Italian pensioner's Gastarbeiter German: "in letzte zwei
Wocke welche Podcast ich höre viel" (answered for all time, a wrong fact),
"am Wochenende letzte hab ich Daft Punk gehört" ("letzte" after its noun:
answered as the weekend's last play, a wrong fact), "wie lange Musica
laufen", "wie viel mal Musik gelaufen alles zusammen" (a name "alles"),
"welche Sänger neu für mich", "ich mache weiter drücken" for a skip,
"mamma mia" and "ich vergesse" inside the question.

`parse.dutch_b1_de`, `parse.child_nine_de` and `parse.gastarbeiter_it_de`
read them (grouped in `parse.round_fourteen_de`, first of
`said_as_written_de`, so the check for unread times reads "gistern" and
"Wocke" too); the net hears their raw words.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wie viele nummers haben wir gistern gespielt",
        "wie viele Lieder haben wir gestern gespielt",
    ),
    (
        "de",
        "wie viele nummers hab ik vorige Woche gehört",
        "wie viele Lieder habe ich letzte Woche gehört",
    ),
    (
        "de",
        "welke nummer überspring ik am meisten",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "wie viel hab ik übergeslagen vorige Woche",
        "wie oft habe ich letzte Woche übersprungen",
    ),
    (
        "de",
        "ik heb gistern gehört welke Lied um Viertel vor acht",
        "welches Lied habe ich gestern um Viertel vor acht gehört",
    ),
    (
        "de",
        "welke war het letzte Lied das ich gespielt hab",
        "welches war das letzte Lied das ich gespielt habe",
    ),
    (
        "de",
        "wie lange ist heute Musik gelauft",
        "wie lange habe ich heute Musik gehört",
    ),
    (
        "de",
        "wie lange ist gestern Musik gelauft",
        "wie lange habe ich gestern Musik gehört",
    ),
    (
        "de",
        "wie viele Lieder sind gestern gelauft",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "wie oft hat das Lied wo so geht one more time gelaufen",
        "wie oft lief das Lied One More Time",
    ),
    (
        "de",
        "und wie war mein ganzes Jahr, also mit Liedern",
        "wie war mein Jahr mit Musik",
    ),
    (
        "de",
        "in letzte zwei Wocke welche Podcast ich höre viel",
        "welchen Podcast habe ich in den letzten zwei Wochen am meisten gehört",
    ),
    (
        "de",
        "letzte Wocke welche Lied ich höre viel",
        "welches Lied habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "am Wochenende letzte hab ich Daft Punk gehört",
        "letztes Wochenende hab ich Daft Punk gehört",
    ),
    (
        "de",
        "letzte Sommer welche Album ich viel hören",
        "welches Album habe ich letzten Sommer am meisten gehört",
    ),
    (
        "de",
        "letzte sieben Tage wie lange Musica laufen",
        "wie lange habe ich in den letzten sieben Tagen Musik gehört",
    ),
    (
        "de",
        "im September wie viel mal Musik gelaufen alles zusammen",
        "wie oft lief im September Musik",
    ),
    (
        "de",
        "in letzte drei Monat welche Sänger neu für mich",
        "in letzte drei Monat welche Sänger sind neu für mich",
    ),
    (
        "de",
        "wie oft ich mache weiter drücken wenn Lied laufen",
        "wie oft überspringe ich",
    ),
    (
        "de",
        "welche Lied erste heute mamma mia ich vergesse",
        "welches Lied habe ich heute als erstes gehört",
    ),
    (
        "de",
        "ieri welche Lied erste allora",
        "welches Lied habe ich gestern als erstes gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "het Album das ich dieses Jahr am meisten gehört habe welches ist das",
        "welches Album habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "wie viel hab ik übergeslagen vorige Woche",
        "wie oft habe ich letzte Woche übersprungen",
        "de",
    ),
    (
        "welke nummer überspring ik am meisten",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    (
        "ik heb gistern gehört welke Lied um Viertel vor acht",
        "welches Lied habe ich gestern um Viertel vor acht gehört",
        "de",
    ),
    (
        "wie lange ist heute Musik gelauft",
        "wie lange habe ich heute Musik gehört",
        "de",
    ),
    (
        "wie viele Lieder sind gestern gelauft",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
    (
        "und wie war mein ganzes Jahr, also mit Liedern",
        "wie war mein Jahr mit Musik",
        "de",
    ),
    (
        "in letzte zwei Wocke welche Podcast ich höre viel",
        "welchen Podcast habe ich in den letzten zwei Wochen am meisten gehört",
        "de",
    ),
    (
        "am Wochenende letzte hab ich Daft Punk gehört",
        "letztes Wochenende hab ich Daft Punk gehört",
        "de",
    ),
    (
        "letzte sieben Tage wie lange Musica laufen",
        "wie lange habe ich in den letzten sieben Tagen Musik gehört",
        "de",
    ),
    (
        "welche Lied erste heute mamma mia ich vergesse",
        "welches Lied habe ich heute als erstes gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("was ist das Lied das gerade läuft", "de"),
    ("was läuft gerade", "de"),
    ("wie lange läuft die Waschmaschine noch", "de"),
    ("mach die Musik in der Küche an", "de"),
    ("spiel Musik die ich mag", "de"),
    ("ik heb het licht aangezet", "de"),
)
