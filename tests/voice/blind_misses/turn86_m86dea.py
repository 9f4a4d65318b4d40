"""Issue 45's eighty-fourth turn (blind round twenty-three): a Leipzig learner and an East Frisian farmer.

Blind writer 564, a Vietnamese-born snack-bar owner in Leipzig with B1
German and a little Saxon, drops articles and auxiliaries and puts the verb
late or not at all. Read wrong or not at all, now read by
`parse/round_twenty_three_de.py`: "Wann erste Mal ich gehört Café Tacuba"
("erste" had been read into the name: nothing found), "Daft Punk wie viel
Mal gelaufen seit März" (the name first), "Im September verschiedene
Lieder, wie viel ich gehört" (read as the plays of a name "ich"), "Gugge
ma, wie oft insgesamt was gelaufen, letzte sieben Tage" ("was" is
anything: the plays, never a name's), "Justice, die laute, gelaufen am
Samstag?" (an aside about the name), "Wen ich immer weg mach, welche
Sänger, ooch dieses Jahr" (the artist he skips most) and "Vormittag oder
Nachmittag, wann mehr Musik bei mir" (the parts of the day: read as a first
play). "Unsre" is "unsere" (`standard_words_de`: "Wie war unsre letzte
Monat" is the household's month). Several the parser read already but no
sentence heard: "Folgen von Podcast, wieviel letzte Monat", "Heute früh
halb neun, was für Lied", "Um wieviel Uhr normal ich Musik hör", "Lied was
ich immer wegdrück, welche is" ("wegdrück" is now a gate word), "Montag bis
Freitag oder Samstag Sonntag, wann mehr Musik": `de.yaml`'s lines of the
round hear them.

Blind writer 561, a taciturn East Frisian farmer, says a kind, a name or a
period as a sentence of its own and asks after it: "Dat Gesabbel, die
Podcasts. Welcher lief letzten Sommer am meisten?" (the first sentence had
been left out as a story, the kind with it), "Sexy Boy, von Air. Wann lief
dat zum ersten Mal?" ("zum ersten Mal" had been read as the name), "Am
Sonnabend. Wie viel is da gelaufen?" (the day's plays), "Letzten Monat.
Fass mal zusammen." (read as whether he played "Fass") and "Mein Jahr. Wie
war dat so?" (read right, heard by no sentence). The rows after each
writer's own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 564's own.
    (
        "de",
        "Wann erste Mal ich gehört Café Tacuba",
        "wann habe ich Café Tacuba zum ersten Mal gehört",
    ),
    (
        "de",
        "Daft Punk wie viel Mal gelaufen seit März",
        "wie oft lief Daft Punk seit März",
    ),
    (
        "de",
        "Im September verschiedene Lieder, wie viel ich gehört",
        "wie viele verschiedene Lieder habe ich im September gehört",
    ),
    (
        "de",
        "Gugge ma, wie oft insgesamt was gelaufen, letzte sieben Tage",
        "wie viel lief insgesamt in den letzten sieben Tagen",
    ),
    ("de", "Justice, die laute, gelaufen am Samstag?", "lief Justice am Samstag"),
    (
        "de",
        "Wen ich immer weg mach, welche Sänger, ooch dieses Jahr",
        "welchen Künstler überspringe ich am meisten dieses Jahr",
    ),
    (
        "de",
        "Vormittag oder Nachmittag, wann mehr Musik bei mir",
        "höre ich mehr Musik am Vormittag oder am Nachmittag",
    ),
    (
        "de",
        "Wie war unsre letzte Monat, mit Hören und so",
        "wie war unser letzter Monat",
    ),
    (
        "de",
        "Folgen von Podcast, wieviel letzte Monat",
        "wie viele Folgen von Podcasts letzten Monat",
    ),
    # The same shapes said another way.
    ("de", "Wann letzte Mal ich gehört Queen", "wann habe ich Queen zuletzt gehört"),
    (
        "de",
        "Wann erstes Mal wir gespielt Sexy Boy",
        "wann haben wir Sexy Boy zum ersten Mal gehört",
    ),
    ("de", "Queen wie viel Mal gelaufen diese Woche", "wie oft lief Queen diese Woche"),
    (
        "de",
        "Letzte Woche verschiedene Künstler, wie viel ich gehört",
        "wie viele verschiedene Künstler habe ich letzte Woche gehört",
    ),
    (
        "de",
        "Dieses Jahr verschiedene Lieder, wieviel wir gehört",
        "wie viele verschiedene Lieder haben wir dieses Jahr gehört",
    ),
    ("de", "Wie oft insgesamt was gelaufen gestern", "wie viel lief gestern"),
    ("de", "Daft Punk, die Franzosen, gelaufen gestern?", "lief Daft Punk gestern"),
    (
        "de",
        "Was ich immer wegdrück, welche Lied",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "Wen ich immer weg mach, welche Band",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "Nachmittag oder Abend, wann ich mehr hör",
        "höre ich mehr am Nachmittag oder am Abend",
    ),
    ("de", "Wie war unsre Woche", "wie war unsere Woche"),
    # Writer 561's own.
    (
        "de",
        "Dat Gesabbel, die Podcasts. Welcher lief letzten Sommer am meisten?",
        "welcher Podcast lief letzten Sommer am meisten",
    ),
    (
        "de",
        "Sexy Boy, von Air. Wann lief dat zum ersten Mal?",
        "wann lief Sexy Boy von Air zum ersten Mal",
    ),
    ("de", "Am Sonnabend. Wie viel is da gelaufen?", "wie viel lief am Samstag"),
    ("de", "Letzten Monat. Fass mal zusammen.", "fass meinen letzten Monat zusammen"),
    # The same shapes said another way.
    (
        "de",
        "Dat Gerede, die Podcasts. Welcher lief dies Jahr am meisten?",
        "welcher Podcast lief dieses Jahr am meisten",
    ),
    (
        "de",
        "Dat Gesabbel, die Lieder. Welches lief letzte Woche am meisten?",
        "welches Lied lief letzte Woche am meisten",
    ),
    (
        "de",
        "Digital Love, von Daft Punk. Wann lief dat zuletzt?",
        "wann lief Digital Love von Daft Punk zuletzt",
    ),
    (
        "de",
        "One More Time, von Daft Punk. Wie oft lief dat diesen Monat?",
        "wie oft lief One More Time von Daft Punk diesen Monat",
    ),
    ("de", "Gestern. Wie viel is da gelaufen?", "wie viel lief gestern"),
    ("de", "Diesen Monat. Fass dat mal zusammen.", "fass diesen Monat zusammen"),
)

ANSWERED: tuple[Answered, ...] = (
    # Writer 564's own: each reached no sentence, or the wrong one.
    (
        "Folgen von Podcast, wieviel letzte Monat",
        "wie viele Folgen von Podcasts letzten Monat",
        "de",
    ),
    (
        "Daft Punk wie viel Mal gelaufen seit März",
        "wie oft lief Daft Punk seit März",
        "de",
    ),
    ("Justice, die laute, gelaufen am Samstag?", "lief Justice am Samstag", "de"),
    ("Heute früh halb neun, was für Lied", "was lief heute früh um halb neun", "de"),
    (
        "Um wieviel Uhr normal ich Musik hör",
        "um wie viel Uhr höre ich normalerweise Musik",
        "de",
    ),
    (
        "Wann erste Mal ich gehört Café Tacuba",
        "wann habe ich Café Tacuba zum ersten Mal gehört",
        "de",
    ),
    (
        "Lied was ich immer wegdrück, welche is",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    (
        "Wen ich immer weg mach, welche Sänger, ooch dieses Jahr",
        "welchen Künstler überspringe ich am meisten dieses Jahr",
        "de",
    ),
    (
        "Wie war unsre letzte Monat, mit Hören und so",
        "wie war unser letzter Monat",
        "de",
    ),
    (
        "Montag bis Freitag oder Samstag Sonntag, wann mehr Musik",
        "höre ich mehr Musik unter der Woche oder am Wochenende",
        "de",
    ),
    (
        "Vormittag oder Nachmittag, wann mehr Musik bei mir",
        "höre ich mehr Musik am Vormittag oder am Nachmittag",
        "de",
    ),
    (
        "Im September verschiedene Lieder, wie viel ich gehört",
        "wie viele verschiedene Lieder habe ich im September gehört",
        "de",
    ),
    # The same shapes said another way.
    ("Gestern Abend um acht, was für Lied", "was lief gestern Abend um acht", "de"),
    ("Daft Punk, die Franzosen, gelaufen gestern?", "lief Daft Punk gestern", "de"),
    (
        "Nachmittag oder Abend, wann ich mehr hör",
        "höre ich mehr am Nachmittag oder am Abend",
        "de",
    ),
    (
        "Unter Woche oder Wochenende, wann mehr Musik",
        "höre ich mehr Musik unter der Woche oder am Wochenende",
        "de",
    ),
    (
        "Wen ich immer weg mach, welche Band",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    # Writer 561's own.
    (
        "Dat Gesabbel, die Podcasts. Welcher lief letzten Sommer am meisten?",
        "welcher Podcast lief letzten Sommer am meisten",
        "de",
    ),
    ("Mein Jahr. Wie war dat so?", "wie war dieses Jahr", "de"),
    ("Letzten Monat. Fass mal zusammen.", "fass meinen letzten Monat zusammen", "de"),
    ("Am Sonnabend. Wie viel is da gelaufen?", "wie viel lief am Samstag", "de"),
    (
        "Sexy Boy, von Air. Wann lief dat zum ersten Mal?",
        "wann lief Sexy Boy von Air zum ersten Mal",
        "de",
    ),
    # The same shapes said another way.
    ("Diesen Monat. Fass dat mal zusammen.", "fass diesen Monat zusammen", "de"),
    ("Mein Monat. Wie war dat so?", "wie war mein Monat", "de"),
    (
        "Dat Gerede, die Podcasts. Welcher lief dies Jahr am meisten?",
        "welcher Podcast lief dieses Jahr am meisten",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Spiel Daft Punk, die laute, in Küche", "de"),
    ("Folgen von Podcast abspielen", "de"),
    ("Heute früh halb neun Wecker stellen", "de"),
    ("Lied was ich immer wegdrück, nich mehr spielen", "de"),
    ("Spiel Lied was ich immer wegdrück", "de"),
    ("Montag bis Freitag oder Wochenende, Wecker um sechs", "de"),
    ("Diesen Monat, Fenster zusammen schließen", "de"),
    ("Mein Sommer. Wie war dat Wetter?", "de"),
    ("Was für Lied is das jetzt", "de"),
    ("Nächste Lied", "de"),
)
