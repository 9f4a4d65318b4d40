"""Issue 45's seventy-eighth turn (blind round seventeen): an East Frisian, a dictating Ukrainian and an Italian learner (528, 531, 532).

Blind writer 528, a taciturn East Frisian in his sixties, says the thing
and the question in sentences of their own: "Queen. Wie oft diese Woche?"
was counted without the name, and "Mittwoch Mittag um zwölf. Wat war an?"
reached no sentence of Encore's (Home Assistant looked for a thing of that
name). Blind writer 531, a Ukrainian woman in Leipzig dictating without
punctuation, says "ich hatte" for "habe ich gehört" ("welche musik ich
hatte vorgestern"), "wieder und wieder" for "immer wieder" ("wie oft ich
höre gleiche wieder und wieder": counted as a name), leaves the article
out ("was ist lied was ich immer wegdrücke") and says a skip as "ich
drücke immer weiter" ("bei welche sängerin oder band ..."). Blind writer
532, an Italian with A2-B1 German, says "qual è" last ("meine
Lieblingscanzone von Sommer, welche ist"), "numero uno", "nuovi" (new),
"riassunto" (summary) and "was war die Musik" (che musica c'era).

`parse.frisian_clipped_de` puts a bare name said before "wie oft <time>"
and a day said before "Wat war an?" into the one question they make (a
fragment with a pronoun or a verb is a story and stays);
`parse.ukrainian_stt_de` takes her three new marks ("welche X ich hatte",
"wieder und wieder", "ich drücke immer weiter");
`parse.learner_it_de` reads "nuovi", "riassunto" and "was war die Musik".
Net lines in `de.yaml` hold what reached no sentence.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "Queen. Wie oft diese Woche?", "Wie oft habe ich Queen gehört diese Woche"),
    (
        "de",
        "Mittwoch Mittag um zwölf. Wat war an?",
        "Was lief Mittwoch Mittag um zwölf",
    ),
    (
        "de",
        "welche musik ich hatte vorgestern",
        "Welche Musik habe ich vorgestern gehört",
    ),
    (
        "de",
        "wie oft ich höre gleiche wieder und wieder",
        "Wie oft höre ich dasselbe immer wieder",
    ),
    (
        "de",
        "was ist lied was ich immer wegdrücke",
        "Welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "bei welche sängerin oder band ich drücke immer weiter",
        "Welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "meine Lieblingscanzone von Sommer, welche ist",
        "Mein Lieblingslied von Sommer",
    ),
    (
        "de",
        "meine Podcast numero uno in zweitausendfünfundzwanzig",
        "Mein Top-Podcast in 2025",
    ),
    (
        "de",
        "was war die Musik in die Küche am Samstag",
        "Welche Musik lief in der Küche am Samstag",
    ),
    (
        "de",
        "welche Künstler nuovi in die letzte drei Monate",
        "Welche Künstler sind neu in den letzten drei Monaten",
    ),
    ("de", "eine riassunto von meine Jahr bitte", "Mein Jahresrückblick"),
    # Made up: the same ways said again.
    (
        "de",
        "Radiohead. Diese Woche. Wie oft?",
        "Wie oft habe ich Radiohead gehört diese Woche",
    ),
    (
        "de",
        "Abba, wie oft letzten Monat?",
        "Wie oft habe ich Abba gehört letzten Monat",
    ),
    ("de", "Samstag Abend um acht. Was lief?", "Was lief Samstag Abend um acht"),
    ("de", "Sonntag um drei. Wat war an", "Was lief Sonntag um drei"),
    ("de", "Gestern früh. Wat war da an?", "Was lief gestern früh"),
    ("de", "welche lieder ich hatte gestern", "Welche Lieder habe ich gestern gehört"),
    (
        "de",
        "bei welche künstler ich drücke immer weiter",
        "Welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "welche lied ich drücke oft weiter",
        "Welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "wie oft ich höre die gleiche wieder und wieder",
        "Wie oft höre ich dasselbe immer wieder",
    ),
    ("de", "welche Bands nuove in diese Jahr", "Welche Künstler sind neu dieses Jahr"),
    ("de", "un riassunto von letzte Monat", "Eine Zusammenfassung von letzte Monat"),
    ("de", "was war die Musik gestern abend", "Welche Musik lief gestern Abend"),
    (
        "de",
        "mein Lieblingsalbum von dieses Jahr, welches ist",
        "Mein Lieblingsalbum von dieses Jahr",
    ),
    (
        "de",
        "meine Topcanzoni von dieses Jahr welche sind",
        "Meine Top-Lieder von dieses Jahr",
    ),
    # What stays as it was read: a story before the fragment keeps its
    # reading; a time said first is no name.
    ("de", "Gestern. Wie oft?", "Wie oft gestern?"),
)

ANSWERED: tuple[Answered, ...] = (
    ("Queen. Wie oft diese Woche?", "Wie oft habe ich Queen gehört diese Woche", "de"),
    (
        "Mittwoch Mittag um zwölf. Wat war an?",
        "Was lief Mittwoch Mittag um zwölf",
        "de",
    ),
    (
        "welche musik ich hatte vorgestern",
        "Welche Musik habe ich vorgestern gehört",
        "de",
    ),
    (
        "wie oft ich höre gleiche wieder und wieder",
        "Wie oft höre ich dasselbe immer wieder",
        "de",
    ),
    (
        "was ist lied was ich immer wegdrücke",
        "Welches Lied überspringe ich am häufigsten",
        "de",
    ),
    (
        "bei welche sängerin oder band ich drücke immer weiter",
        "Welchen Künstler überspringe ich am häufigsten",
        "de",
    ),
    (
        "meine Lieblingscanzone von Sommer, welche ist",
        "Mein Lieblingslied von Sommer",
        "de",
    ),
    (
        "meine Podcast numero uno in zweitausendfünfundzwanzig",
        "Mein Top-Podcast in 2025",
        "de",
    ),
    ("was war die Musik gestern abend", "Welche Musik lief gestern Abend", "de"),
    (
        "welche Künstler nuovi in die letzte drei Monate",
        "Welche Künstler sind neu in den letzten drei Monaten",
        "de",
    ),
    ("eine riassunto von meine Jahr bitte", "Mein Jahresrückblick", "de"),
    ("Sonntag um drei. Wat war an", "Was lief Sonntag um drei", "de"),
    (
        "meine Künstler numero uno in diese Monat",
        "Mein Top-Künstler diesen Monat",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Welches Licht war an?", "de"),
    ("Was ist die Temperatur in der Küche", "de"),
    ("Mach das Licht in der Küche an", "de"),
    ("Meine Lampe im Flur, mach sie an", "de"),
)
