"""Issue 45's seventy-sixth turn (blind round fifteen): a Ukrainian and a Brazilian learner's German.

Writer 519, a Ukrainian three years in Germany (A2-B1) dictating without
punctuation, left "am" and the ending off "meist" ("drei lieder meist
gespielt im oktober" was searched as a name, "im september welche album
meist" was not understood), said "erste mal" bare ("wann erste mal cafe
taka ba": "erste" went into the name), asked in the preterite after the
question word ("wie lange podcast ich hörte letzte monat": no sentence took
it) and once got a WRONG FACT: "welche sänger ich hörte erste mal diesen
monat" was answered with the month's first song, not its new artists.
`parse.ukrainian_stt_de` reads her words first of `said_as_written_de`.

Writer 520, a Brazilian at B1, said German words in their Portuguese sense
and order: "Musiken" (músicas, songs), "Musiken unterschiedliche",
"welcher Sänger hat mehr gespielt" (the most), "die Lied von der Monat,
welche ist?", "fünf Uhr und zehn", "um acht Uhr von die Nacht" (eight in
the evening), "in welche Zeit von der Tag", "ich springe viele Lieder" (a
skip), "die Musik, die läuft in Wiederholung". Two were WRONG FACTS: "welche
Daten ich habe die Genesis zum ersten Mal gehört" (em que data: when) was
answered with all time's new artists, and "in der Woche ich höre mehr als
Samstag und Sonntag?" (on weekdays) with this week's. `parse.
brazilian_b1_de` reads them; "wie viel Minuten lief gestern Abend" is plain
German that took "Minuten" for a name (`parse.plain_turns_de`). New net
lines bring the preterite, "von der Monat", "von der Tag", "ich springe
viele" and "in Wiederholung bei mir" to Encore.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 519 and variants of her ways.
    (
        "de",
        "drei lieder meist gespielt im oktober",
        "meine drei meistgespielten lieder im oktober",
    ),
    (
        "de",
        "fünf künstler meist gehört dieses jahr",
        "meine fünf meistgespielten künstler dieses jahr",
    ),
    (
        "de",
        "im september welche album meist",
        "welches album habe ich im september am meisten gehört",
    ),
    (
        "de",
        "welche lied meist letzte woche",
        "welches lied habe ich letzte woche am meisten gehört",
    ),
    (
        "de",
        "welche podcast ich hörte meist im oktober",
        "welcher podcast habe ich im oktober am meisten gehört",
    ),
    (
        "de",
        "welche sänger ich hörte erste mal diesen monat",
        "welche künstler habe ich diesen monat zum ersten mal gehört",
    ),
    (
        "de",
        "welche künstler ich habe gehört erste mal letzte woche",
        "welche künstler habe ich letzte woche zum ersten mal gehört",
    ),
    (
        "de",
        "welche bands ich hörte erste mal in oktober",
        "welche künstler habe ich im oktober zum ersten mal gehört",
    ),
    (
        "de",
        "wann erste mal cafe taka ba",
        "wann habe ich cafe taka ba zum ersten mal gehört",
    ),
    (
        "de",
        "wann letzte mal daft punk",
        "wann habe ich daft punk zum letzten mal gehört",
    ),
    ("de", "wann erste mal queen gehört", "wann habe ich queen zum ersten mal gehört"),
    ("de", "gestern ich habe justice gehört", "habe ich gestern justice gehört"),
    ("de", "letzte woche ich habe air gespielt", "habe ich letzte woche air gespielt"),
    # Writer 520 and variants of her ways.
    (
        "de",
        "In der Küche, welcher Sänger hat mehr gespielt seit Oktober?",
        "welchen Künstler habe ich seit Oktober in der Küche am meisten gehört",
    ),
    (
        "de",
        "welches Album hat mehr gespielt dieses Jahr",
        "welches Album habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "Die Lied von der Monat für mich, welche ist?",
        "welches ist das Lied des Monats für mich",
    ),
    (
        "de",
        "das Album von das Jahr für mich, welche ist?",
        "welches Album habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "der Künstler von der Woche, welche ist",
        "welchen Künstler habe ich diese Woche am meisten gehört",
    ),
    ("de", "wie viel Minuten lief gestern Abend", "wie lange lief gestern Abend"),
    ("de", "wie viel Minuten Musik lief heute", "wie lange lief heute Musik"),
    (
        "de",
        "Wie viele Musiken ich habe gespielt heute Morgen",
        "wie viele Lieder habe ich heute Morgen gespielt",
    ),
    (
        "de",
        "wie viele Musiken ich habe gehört gestern",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "wie viel Musiken unterschiedliche in letzte drei Monate",
        "wie viele verschiedene Lieder in den letzten drei Monaten",
    ),
    (
        "de",
        "wie viel Künstler unterschiedliche in diese Monat",
        "wie viele verschiedene Künstler diesen Monat",
    ),
    (
        "de",
        "was lief gestern um acht Uhr von die Nacht",
        "was lief gestern um acht Uhr abends",
    ),
    (
        "de",
        "was lief gestern um neun Uhr von der Nacht",
        "was lief gestern um neun Uhr abends",
    ),
    (
        "de",
        "was lief heute um acht Uhr von dem Morgen",
        "was lief heute um acht Uhr morgens",
    ),
    (
        "de",
        "heute fünf Uhr und zehn am Nachmittag, was lief",
        "heute fünf Uhr zehn am Nachmittag, was lief",
    ),
    (
        "de",
        "gestern sieben Uhr und halb am Abend, was lief",
        "gestern sieben Uhr dreißig am Abend, was lief",
    ),
    (
        "de",
        "normalerweise ich höre in welche Zeit von der Tag?",
        "zu welcher Tageszeit höre ich normalerweise",
    ),
    (
        "de",
        "in welche Zeit von der Tag ich höre mehr Musik",
        "zu welcher Tageszeit höre ich am meisten Musik",
    ),
    (
        "de",
        "Ich springe viele Lieder? Wie viel Prozent",
        "wie oft überspringe ich Lieder",
    ),
    ("de", "springe ich viele Songs?", "wie oft überspringe ich Lieder"),
    (
        "de",
        "welche Daten ich habe die Genesis zum ersten Mal gehört",
        "wann habe ich die Genesis zum ersten Mal gehört",
    ),
    (
        "de",
        "welche Daten ich habe Queen zum letzten Mal gehört",
        "wann habe ich Queen zum letzten Mal gehört",
    ),
    (
        "de",
        "welches Datum ich habe zuerst Air gehört",
        "wann habe ich Air zum ersten Mal gehört",
    ),
    (
        "de",
        "was ist die Musik, die läuft in Wiederholung bei mir aktuell",
        "welches Lied läuft bei mir aktuell in Dauerschleife",
    ),
    (
        "de",
        "welche Lied läuft in Wiederholung bei mir",
        "welches Lied läuft bei mir in Dauerschleife",
    ),
    (
        "de",
        "in der Woche ich höre mehr als Samstag und Sonntag?",
        "höre ich unter der Woche mehr als am Wochenende",
    ),
    (
        "de",
        "in der Woche ich höre mehr Musik als am Wochenende",
        "höre ich unter der Woche mehr Musik als am Wochenende",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "drei lieder meist gespielt im oktober",
        "meine drei meistgespielten lieder im oktober",
        "de",
    ),
    (
        "im september welche album meist",
        "welches album habe ich im september am meisten gehört",
        "de",
    ),
    (
        "wie lange podcast ich hörte letzte monat",
        "wie lange habe ich letzten monat podcasts gehört",
        "de",
    ),
    (
        "welche sänger ich hörte erste mal diesen monat",
        "welche künstler habe ich diesen monat zum ersten mal gehört",
        "de",
    ),
    (
        "wann erste mal cafe taka ba",
        "wann habe ich café tacvba zum ersten mal gehört",
        "de",
    ),
    (
        "welcher Sänger hat mehr gespielt seit Oktober?",
        "welchen Künstler habe ich seit Oktober am meisten gehört",
        "de",
    ),
    (
        "Die Lied von der Monat für mich, welche ist?",
        "welches ist das Lied des Monats für mich",
        "de",
    ),
    ("wie viel Minuten lief gestern Abend", "wie lange lief gestern Abend", "de"),
    (
        "Wie viele Musiken ich habe gespielt heute Morgen",
        "wie viele Lieder habe ich heute Morgen gespielt",
        "de",
    ),
    (
        "was lief gestern um acht Uhr von die Nacht",
        "was lief gestern um acht Uhr abends",
        "de",
    ),
    (
        "heute fünf Uhr und zehn am Nachmittag, was lief",
        "was lief heute um zehn nach fünf am Nachmittag",
        "de",
    ),
    (
        "normalerweise ich höre in welche Zeit von der Tag?",
        "zu welcher Tageszeit höre ich normalerweise",
        "de",
    ),
    (
        "Ich springe viele Lieder? Wie viel Prozent",
        "wie oft überspringe ich Lieder",
        "de",
    ),
    (
        "welche Daten ich habe die Genesis zum ersten Mal gehört",
        "wann habe ich Genesis zum ersten Mal gehört",
        "de",
    ),
    (
        "was ist die Musik, die läuft in Wiederholung bei mir aktuell",
        "welches Lied läuft bei mir in Dauerschleife",
        "de",
    ),
    (
        "in der Woche ich höre mehr als Samstag und Sonntag?",
        "höre ich unter der Woche mehr als am Wochenende",
        "de",
    ),
    (
        "welche podcast ich hörte meist im oktober",
        "welchen podcast habe ich im oktober am meisten gehört",
        "de",
    ),
    ("springe ich viele Songs?", "wie oft überspringe ich Lieder", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("ich springe zum nächsten Lied", "de"),
    ("spring zum nächsten Lied", "de"),
    ("spiel das Lied in Wiederholung", "de"),
    ("schalte Wiederholung ein", "de"),
    ("was läuft gerade in Wiederholung", "de"),
    ("spiel das Lied von der Woche", "de"),
    ("mach die Musik in der Küche lauter", "de"),
)
