"""Issue 45's fifty-sixth turn: blind writers 348 to 355, German.

Writers 348 to 355 (a terse Munich electrician, a chatty Hanover pensioner,
a Hamburg girl of fourteen, a Rhineland grandfather, a Brazilian and a
Ukrainian learner, a doctor dictating and a Swabian's speech-to-text) were
scored on `2815e28b` before anything was tuned on them: 427 of 475 German
questions right, 5 wrong facts. The ways most often missed, in this file's
own phrasings:

- A time said alone after the question ("…? Also letzten Monat, meine
  ich"): dropped as a story, the comparison of weekends and weekdays was
  answered for all time (a wrong fact). A period said first and a guess
  said last ("seit Dienstag …, bestimmt mega viele"): the guess took the
  period with it (all time: a wrong fact).
- "Wie oft hemmer … was abgspielt": "was" is "etwas", every play, and
  "wir" stays the household's (a wrong fact); "um halber neune" (Swabia's
  half past eight, the whole morning answered: a wrong fact); a learner's
  "meine Jahr" (the recap took this month: a wrong fact); "in einem fort"
  (a song on repeat, read as what played lately: a wrong fact).
- A story told before the question ("Mir geht … nicht aus dem Kopf. Was
  war denn das letzte Lied …?"): the German net now hears a question word
  and a participle, "was lief", which song "war", or a review of "mein
  Jahr" after any story; a question that points at the story's day ("an
  dem Tag") is asked of the story's time, and "meine Schwester" is no
  one whose listening it is.
- A learner's subject before the verb ("welche Band ich höre immer", "mehr
  als alle andere", "viel gehört in Sommer", "wie viele Lieder waren dat"),
  "das letzte in der letzten Woche" (read as "den letzten letzte Wochen"),
  "diese Sendung The Daily" (its "diese" read as a time), a period said
  again after "also" ("diesen Sommer …, also von Juni bis August"), and
  Swabia's speech-to-text: "in der Kuchen", "zwoitausendfünfezwanzig",
  "liebligs-", "was hat um … gspielt"; a doctor's remark dictated after
  the question's participle ("… gehört ehrlich gesagt …", "… Musik ich war
  ja nur …") and "trotzdem", no name.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Spielen wir abends mehr Musik als morgens? Also letzte Woche, meine ich",
        "spielen wir abends mehr Musik als morgens letzte Woche",
    ),
    (
        "de",
        "seit Dienstag wie viele Songs hab ich gehört, bestimmt mega viele",
        "wie viele Songs habe ich seit Dienstag gehört",
    ),
    (
        "de",
        "wie oft hemmer gestern was abgspielt",
        "wie viele Wiedergaben hatten wir gestern",
    ),
    ("de", "was lief geschter um halber zehne", "was lief gestern um halb zehn"),
    (
        "de",
        "einen Rückblick auf meine Monat bitte",
        "einen Rückblick auf diesen Monat",
    ),
    (
        "de",
        "Welchen Künstler höre ich denn gerade in einem fort?",
        "Welchen Künstler höre ich gerade immer wieder?",
    ),
    (
        "de",
        "Am zweiten November war mein Bruder zu Besuch. Welche Musik lief an dem Tag?",
        "Welche Musik lief am zweiten November?",
    ),
    (
        "de",
        "welcher Künstler ich höre immer in diese Monat",
        "welchen Künstler höre ich diesen Monat am meisten",
    ),
    (
        "de",
        "welches Lied ich habe gehört mehr als alle andere",
        "welches Lied habe ich am meisten gehört",
    ),
    (
        "de",
        "welches Lied war das erste in die letzte Woche",
        "welches Lied war das erste letzte Woche",
    ),
    (
        "de",
        "welcher Künstler lief diesen Herbst am meisten, also von September bis November",
        "welcher Künstler lief von September bis November am meisten",
    ),
    (
        "de",
        "Wie oft lief diese Band Air im Oktober?",
        "Wie oft lief die Band Air im Oktober?",
    ),
    (
        "de",
        "wie lang lief in der kuchen heit morge musik",
        "wie lange lief in der Küche heute Morgen Musik",
    ),
    (
        "de",
        "in zwoitausendvierezwanzig wie viel lieder warn des",
        "wie viele Lieder habe ich in 2024 gehört",
    ),
    (
        "de",
        "was hat um viertel achte geschter obend gspielt",
        "was lief um viertel acht gestern abend",
    ),
    ("de", "was war denn do mei Album im Sommer", "was war mein Top-Album im Sommer"),
    (
        "de",
        "Wie oft habe ich diese Woche Genesis gehört ehrlich gesagt ist mir das peinlich",
        "Wie oft habe ich diese Woche Genesis gehört",
    ),
    (
        "de",
        "wie lange lief bei mir gestern Musik ich war ja nur abends zuhause",
        "wie lange lief bei mir gestern Musik",
    ),
    (
        "de",
        "Ich hatte Besuch. Wie viele Lieder habe ich gestern trotzdem gehört?",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "Wat war dit Jahr denn ming Lieblingskapelle?",
        "Wer war dieses Jahr meine Top-Band?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Meine Frau fragt immer danach. Was war denn das erste Lied, das ich heute gehört habe?",
        "Was war das erste Lied, das ich heute gehört habe?",
        "de",
    ),
    (
        "Ich hab mir das nicht gemerkt. Welches Album lief denn letzte Woche am meisten?",
        "Welches Album lief letzte Woche am meisten?",
        "de",
    ),
    (
        "Gestern war viel los. Was lief denn gestern gegen halb acht?",
        "Was lief gestern um halb acht?",
        "de",
    ),
    (
        "tipo, welche Band ich höre mehr in diese Monat, né?",
        "Welche Band habe ich diesen Monat am meisten gehört?",
        "de",
    ),
    (
        "Anzahl von Folgen Podcast im Oktober, bitte",
        "Wie viele Podcast-Folgen habe ich im Oktober gehört?",
        "de",
    ),
    (
        "Air, wann war erste Mal bei mir?",
        "Wann habe ich Air zum ersten Mal gehört?",
        "de",
    ),
    ("Queen vorgestern, ja oder na", "Habe ich vorgestern Queen gehört?", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("Mach in der Küche das Licht an. Welches Lied läuft gerade?", "de"),
    ("Spiel das Lied, das ich gestern gehört habe, in der Küche", "de"),
)
