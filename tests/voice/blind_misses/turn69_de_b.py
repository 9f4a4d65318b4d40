"""Issue 45's sixty-seventh turn: blind writers 453, 456 and 457, German.

What the writers showed, pinned in phrasings of our own:

- A clerk's request without "ich" (writer 457, `officialese_requests_de`):
  "Bitte um Auskunft, welcher Interpret ... die höchste Anzahl der
  Wiedergaben aufweist" (the count of artists had been answered), "...
  Titel des laufenden Monats" (all time), "bitte um eine Einordnung meines
  Musikgeschmacks" (one o'clock): wrong facts; "unter Ausschluss von
  Podcasts" (a name or a room), "Gesamtdauer der Wiedergabe", "Datum der
  letzten Wiedergabe von X", "neu hinzugekommene Interpreten", "Aufstellung
  der Wiedergaben", "ist ... X wiedergegeben worden", "Monatsbericht".
- A Vietnamese learner's unconjugated verb and order (writer 456,
  `learner_vi_de`): "ich hören X am Samstag oder?", "welche Podcast ich
  hören viel", "Künstler ich hören zum erste Mal", "Wochenende letzte was
  ich hören" (the last play had been answered), "Ada hören was gestern",
  a clock or a time said first before "was laufen".
- A Syrian learner's guessed articles (writer 453, `learner_ar_de`): "von
  die letzte drei Monate", "wie viele Mal ich habe was gehört", "Lied von
  gestern welche waren", "fünf Uhr und zehn Minuten" (read as five).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Bitte um Auskunft, welche Band im laufenden Jahr die höchste Anzahl der Wiedergaben verzeichnet",
        "welche Band habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "bitte um Mitteilung, welcher Titel diese Woche die meisten Wiedergaben hatte",
        "welcher Titel habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "ich bitte um Übermittlung der drei meistgehörten Interpreten des laufenden Monats",
        "nenne mir die drei meistgehörten Künstler diesen Monat",
    ),
    (
        "de",
        "bitte um eine Beurteilung meines Musikgeschmacks",
        "wie ist mein Musikgeschmack",
    ),
    (
        "de",
        "Gesamtdauer der Wiedergabe im Vormonat unter Ausschluss von Podcasts",
        "wie lange habe ich letzten Monat ohne Podcasts gehört",
    ),
    (
        "de",
        "Datum der letzten Wiedergabe von Phantom",
        "wann habe ich Phantom zuletzt gehört",
    ),
    (
        "de",
        "neu hinzugekommene Interpreten im Oktober",
        "welche Künstler habe ich im Oktober neu entdeckt",
    ),
    (
        "de",
        "bitte um Aufstellung der Wiedergaben von gestern",
        "was habe ich gestern gehört",
    ),
    ("de", "Wochenbericht bitte", "wie war meine Woche"),
    (
        "de",
        "welche Band ich hören viel diese Woche",
        "welche Band habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "Sänger ich hören zum erste Mal diese Woche",
        "welche Künstler habe ich diese Woche neu entdeckt",
    ),
    ("de", "Monat letzte was ich hören", "was habe ich letzten Monat gehört"),
    ("de", "Ada hören was heute", "was hat Ada heute gehört"),
    (
        "de",
        "drei Künstler top von die letzte zwei Wochen",
        "drei Künstler top in den letzten zwei Wochen",
    ),
    (
        "de",
        "wie viele Mal ich habe was gehört diese Woche",
        "wie viele Wiedergaben hatte ich diese Woche",
    ),
    (
        "de",
        "Lieder von vorgestern welche waren",
        "welche Lieder habe ich vorgestern gehört",
    ),
    (
        "de",
        "gestern acht Uhr und zwanzig Minuten abends was hat gespielt",
        "was lief gestern um zwanzig nach acht abends",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Bitte um Auskunft, welcher Interpret im laufenden Jahr die höchste Anzahl der Wiedergaben aufweist",
        "welcher Künstler habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "bitte um Übermittlung der drei meistgespielten Titel des laufenden Monats",
        "welche drei Titel habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "bitte um eine Einschätzung meines Musikgeschmacks",
        "wie ist mein Musikgeschmack",
        "de",
    ),
    (
        "Gesamtdauer der Wiedergabe am gestrigen Tage unter Ausschluss von Podcasts",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "Datum der letzten Wiedergabe von Air",
        "wann habe ich Air zuletzt gehört",
        "de",
    ),
    ("Monatsbericht bitte", "wie war mein Monat", "de"),
    (
        "neu hinzugekommene Interpreten im laufenden Monat",
        "welche Künstler habe ich diesen Monat neu entdeckt",
        "de",
    ),
    ("ich hören Queen gestern oder?", "habe ich Queen gestern gehört", "de"),
    (
        "welche Podcast ich hören viel diesen Monat",
        "welchen Podcast habe ich diesen Monat am meisten gehört",
        "de",
    ),
    ("Wochenende letzte was ich hören", "was habe ich letztes Wochenende gehört", "de"),
    ("halb acht heute früh was laufen", "was lief um halb acht heute früh", "de"),
    (
        "Lied von gestern welche waren bitte sagen",
        "welche Lieder habe ich gestern gehört",
        "de",
    ),
    (
        "heute fünf Uhr und zehn Minuten nachmittags was hat gespielt",
        "was lief heute um zehn nach fünf nachmittags",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("ich hören Radio oder Musik, mach das Licht an", "de"),
    ("um halb acht was laufen lassen im Wohnzimmer", "de"),
    ("bitte um eine Einschätzung des Wetters morgen", "de"),
    ("wie viele Lieder sind auf der Playlist", "de"),
    ("starte die Wiedergabe in der Küche", "de"),
)
