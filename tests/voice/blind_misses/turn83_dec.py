"""Issue 45's eighty-first turn: blind round eighteen's German leftovers, an Allgäu baker and a Cologne pensioner.

The parser already read all nine of these right; Home Assistant never handed
them to Encore ("Kein Bereich mit dem Namen …", "nicht verstanden"). The
sentence file's net now hears each kind, tightly.

Blind writer 533, a baker from the Allgäu, says the superlative apart from
its participle ("Sag amol, die drei meischt gspielte Lieder"), the kind and
period first with "wie viel" last ("Verschiedene Stückle die letzte drei
Monat, wie viel"), a name first and the first time after it ("Don't Stop Me
Now, wann war des s'erschte Mol") and a bare review of a past period
("Erzähl, wie war letzter Sommer").

Blind writer 534, a Cologne pensioner, tells a story before he asks ("Beim
Karneval hör isch ja nur kölsche Tön, ävver sonst? Wat für 'ne Musik mag
isch eigentlich?", "Meine Frau sagt, isch drück immer weiter, wie so 'n
Jeck. Skippe isch viel?"), asks a streak as "Seit wie vielen Tagen am Stück
läuft bei mir wat" and his song on repeat as "Welches Lied spiel isch im
Moment dauernd, dat krieg isch nit mehr aus dem Kopp". He asked "Hab isch
diesen Monat wat Neues entdeckt? Außer dem neuen Sessionslied natürlich.":
Encore had said it could not leave the song out. A name left out of a list
with nobody in it changes nothing, so an empty list is now said
(`utterance.nothing_to_leave_out`); a list with anyone in it still says the
name cannot be left out.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Sag amol, die drei meischt gspielte Lieder",
        "meine drei meistgespielten Lieder",
    ),
    (
        "de",
        "Sag amol, die fünf meischt ghörte Künschtler",
        "meine fünf meistgehörten Künstler",
    ),
    (
        "de",
        "Verschiedene Stückle die letzte drei Monat, wie viel",
        "wie viele verschiedene Lieder habe ich die letzte drei Monat gehört",
    ),
    (
        "de",
        "Verschiedene Liedle dieses Jahr, wie viel",
        "wie viele verschiedene Lieder habe ich dieses Jahr gehört",
    ),
    (
        "de",
        "Don't Stop Me Now, wann war des s'erschte Mol",
        "wann habe ich Don't Stop Me Now zum ersten Mal gehört",
    ),
    (
        "de",
        "Daft Punk, wann war des s'letschte Mol",
        "wann habe ich Daft Punk zuletzt gehört",
    ),
    ("de", "Erzähl, wie war letzter Sommer", "wie war mein letzter Sommer"),
    ("de", "Verzähl, wie war letschte Woch", "wie war meine letzte Woche"),
    (
        "de",
        "Beim Karneval hör isch ja nur kölsche Tön, ävver sonst? Wat für 'ne Musik mag isch eigentlich?",
        "was für Musik mag ich",
    ),
    (
        "de",
        "Im Chor singen mer ja nur Volkslieder. Wat für Musik hör isch denn so?",
        "was für Musik mag ich",
    ),
    (
        "de",
        "Hab isch diesen Monat wat Neues entdeckt? Außer dem neuen Sessionslied natürlich.",
        "welche neuen Künstler habe ich diesen Monat entdeckt",
    ),
    (
        "de",
        "Meine Frau sagt, isch drück immer weiter, wie so 'n Jeck. Skippe isch viel?",
        "wie oft überspringe ich",
    ),
    ("de", "Überspring isch oft?", "wie oft überspringe ich"),
    (
        "de",
        "Seit wie vielen Tagen am Stück läuft bei mir wat?",
        "wie viele Tage am Stück habe ich gehört",
    ),
    (
        "de",
        "Seit wie viele Tage hintereinander hör isch Musik?",
        "wie viele Tage am Stück habe ich Musik gehört",
    ),
    (
        "de",
        "Welches Lied spiel isch im Moment dauernd, dat krieg isch nit mehr aus dem Kopp?",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
    ),
    (
        "de",
        "Welches Liedle spiel i grad dauernd",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Sag amol, die drei meischt gspielte Lieder",
        "meine drei meistgespielten Lieder",
        "de",
    ),
    (
        "Sag amol, die fünf meischt ghörte Künschtler vom letschte Monat",
        "meine fünf meistgehörten Künstler letzten Monat",
        "de",
    ),
    (
        "Verschiedene Stückle die letzte drei Monat, wie viel",
        "wie viele verschiedene Lieder habe ich in den letzten drei Monaten gehört",
        "de",
    ),
    (
        "Verschiedene Liedle dieses Jahr, wie viel",
        "wie viele verschiedene Lieder habe ich dieses Jahr gehört",
        "de",
    ),
    (
        "Don't Stop Me Now, wann war des s'erschte Mol",
        "wann habe ich Don't Stop Me Now zum ersten Mal gehört",
        "de",
    ),
    (
        "Daft Punk, wann war des s'letschte Mol",
        "wann habe ich Daft Punk zuletzt gehört",
        "de",
    ),
    ("Erzähl, wie war letzter Sommer", "wie war mein letzter Sommer", "de"),
    ("Verzähl, wie war letschte Woch", "wie war meine letzte Woche", "de"),
    (
        "Beim Karneval hör isch ja nur kölsche Tön, ävver sonst? Wat für 'ne Musik mag isch eigentlich?",
        "was für Musik mag ich",
        "de",
    ),
    (
        "Im Chor singen mer ja nur Volkslieder. Wat für Musik hör isch denn so?",
        "was für Musik mag ich",
        "de",
    ),
    (
        "Hab isch diesen Monat wat Neues entdeckt? Außer dem neuen Sessionslied natürlich.",
        "welche neuen Künstler habe ich diesen Monat entdeckt",
        "de",
    ),
    (
        "Meine Frau sagt, isch drück immer weiter, wie so 'n Jeck. Skippe isch viel?",
        "wie oft überspringe ich",
        "de",
    ),
    ("Überspring isch oft?", "wie oft überspringe ich", "de"),
    (
        "Seit wie vielen Tagen am Stück läuft bei mir wat?",
        "wie viele Tage am Stück habe ich gehört",
        "de",
    ),
    (
        "Seit wie viele Tage hintereinander hör isch Musik?",
        "wie viele Tage am Stück habe ich gehört",
        "de",
    ),
    (
        "Welches Lied spiel isch im Moment dauernd, dat krieg isch nit mehr aus dem Kopp?",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
        "de",
    ),
    (
        "Welches Liedle spiel i grad dauernd",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Spiel die drei meist gespielten Lieder", "de"),
    ("Überspring das Lied", "de"),
    ("Spiel das Lied dauernd", "de"),
    ("Welches Lied läuft gerade", "de"),
)
