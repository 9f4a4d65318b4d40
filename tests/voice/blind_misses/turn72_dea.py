"""Issue 45's seventieth turn: an Ulm teenager's Swabian and two learners' German.

A teenager from Ulm (blind writer 473) said Swabian's endings no reader
knew: "en letschdr Zeit" (in letzter Zeit) was no time, so "wen hanne en
letschdr Zeit am meischda ghört" and "hanne en letschdr Zeit neue
Künschtler entdeckt" were answered for all time (wrong facts), "letschda
Monat" was asked back for "Monat", "am letschda Freidig" was answered for
today, "vom letschda Sommer" for this summer, and "mei Künschtler vom Johr"
for all time; "hör i ällaweil die gleicha Liedle nomol", "welches Liedle
skip i am öfteschda" and "zwanzigfünfazwanzig, wer war do mei Nummer oins"
reached no one. A Turkish learner with Kiezdeutsch (474) and a Polish
grandmother (479) left out "zum" before "letzte Mal" ("wann ich hab letzte
Mal cafe tacuba gehört": "letzte Mal" taken into the name), the auxiliary
("letzte Nacht Sexy Boy gelaufen bei mir"), said the period first with a
bare "letzte Lied" ("Wochenende letzte Lied was ich gehört hab", answered
as what played), "drei beste Künstler von Oktober", "von ganze Zeit",
"wieviel mal ich hab was gehört" (asked back for a name) and opened with
Polish "prosze", "tak", "no".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "sag mal, wen hanne en letschdr Zeit am meischda ghört",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "wer isch mei Künschtler vom Johr, gell des wär krass",
        "wer ist mein Künstler des Jahres",
    ),
    (
        "de",
        "wie viel verschiedene Lieder warn des letschda Monat",
        "wie viele verschiedene Lieder habe ich letzten Monat gehört",
    ),
    (
        "de",
        "hanne en letschdr Zeit neue Künschtler entdeckt",
        "habe ich in letzter Zeit neue Künstler entdeckt",
    ),
    (
        "de",
        "was war s erschde Lied am letschda Freidig",
        "was war das erste Lied am letzten Freitag",
    ),
    (
        "de",
        "welches Liedle skip i am öfteschda",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "mach mir mol en Rückblick vom letschda Sommer",
        "mach mir einen Rückblick vom letzten Sommer",
    ),
    (
        "de",
        "wann ich hab letzte Mal cafe tacuba gehört",
        "wann habe ich cafe tacuba zum letzten Mal gehört",
    ),
    (
        "de",
        "wann letzte Mal ich hab gehört dont stop me now",
        "wann habe ich dont stop me now zum letzten Mal gehört",
    ),
    (
        "de",
        "letzte Nacht Sexy Boy gelaufen bei mir",
        "ist letzte Nacht Sexy Boy gelaufen",
    ),
    (
        "de",
        "Wochenende letzte Lied was ich gehört hab",
        "was war das letzte Lied am Wochenende",
    ),
    (
        "de",
        "prosze drei beste Künstler von Oktober",
        "meine drei meistgehörten Künstler von Oktober",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "sag mal, wen hanne en letschdr Zeit am meischda ghört",
        "wen habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "wer isch mei Künschtler vom Johr, gell des wär krass",
        "wer ist mein Künstler des Jahres",
        "de",
    ),
    (
        "welcher Podcast isch grad mei Ding, so in letschdr Zeit",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "wie viel verschiedene Lieder warn des letschda Monat",
        "wie viele verschiedene Lieder habe ich letzten Monat gehört",
        "de",
    ),
    (
        "hanne en letschdr Zeit neue Künschtler entdeckt",
        "habe ich in letzter Zeit neue Künstler entdeckt",
        "de",
    ),
    (
        "wer war im letschda Monat ganz neu bei mir",
        "welche neuen Künstler habe ich letzten Monat entdeckt",
        "de",
    ),
    (
        "hör i ällaweil die gleicha Liedle nomol",
        "höre ich immer die gleichen Lieder",
        "de",
    ),
    (
        "was war s erschde Lied am letschda Freidig",
        "was war das erste Lied am letzten Freitag",
        "de",
    ),
    (
        "welches Liedle skip i am öfteschda",
        "welches Lied überspringe ich am häufigsten",
        "de",
    ),
    (
        "mach mir mol en Rückblick vom letschda Sommer",
        "Rückblick auf den letzten Sommer",
        "de",
    ),
    (
        "zwanzigfünfazwanzig, wer war do mei Nummer oins",
        "wer war 2025 mein meistgehörter Künstler",
        "de",
    ),
    # Same-kind variants: other Swabian endings and words.
    (
        "was hanne letschde Woch am meischda ghört",
        "was habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "welche Liedle hanne en letschdr Zeit am meischda ghört",
        "welche Lieder habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "letzte Nacht Sexy Boy gelaufen bei mir",
        "habe ich letzte Nacht Sexy Boy gehört",
        "de",
    ),
    (
        "wann erste Mal Justice bei mir gelaufen",
        "wann habe ich Justice zum ersten Mal gehört",
        "de",
    ),
    (
        "wann ich hab letzte Mal cafe tacuba gehört",
        "wann habe ich Café Tacvba zum letzten Mal gehört",
        "de",
    ),
    (
        "Wochenende letzte Lied was ich gehört hab",
        "was war das letzte Lied am letzten Wochenende",
        "de",
    ),
    (
        "prosze drei beste Künstler von Oktober",
        "meine drei meistgehörten Künstler im Oktober",
        "de",
    ),
    (
        "tak meine Lieblingslied von ganze Zeit welche ist",
        "was ist mein Lieblingslied aller Zeiten",
        "de",
    ),
    (
        "wieviel mal ich hab was gehört diese Woche alles zusammen",
        "wie viele Wiedergaben hatte ich diese Woche insgesamt",
        "de",
    ),
    (
        "wann letzte Mal ich hab gehört dont stop me now",
        "wann habe ich Don't Stop Me Now zum letzten Mal gehört",
        "de",
    ),
    (
        "no erzähl wie war letzte Monat mit hören",
        "Rückblick auf den letzten Monat",
        "de",
    ),
    (
        "wie oft hanne letschda Monat Daft Punk ghört",
        "wie oft habe ich im letzten Monat Daft Punk gehört",
        "de",
    ),
    (
        "welchen Künschtler hanne des Johr am meischda ghört",
        "welchen Künstler habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "zwanzigvierazwanzig, wer war do mei Nummer oins",
        "wer war 2024 mein meistgehörter Künstler",
        "de",
    ),
    (
        "welchen Künschtler drück i ällaweil weg",
        "welchen Künstler überspringe ich am häufigsten",
        "de",
    ),
    # Same-kind variants of the learners.
    (
        "wann erste Mal ich hab gehört Daft Punk",
        "wann habe ich Daft Punk zum ersten Mal gehört",
        "de",
    ),
    (
        "gestern Abend One More Time gelaufen bei mir",
        "habe ich gestern Abend One More Time gehört",
        "de",
    ),
    (
        "prosze fünf beste Lieder von September",
        "meine fünf meistgehörten Lieder im September",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("prosze drei beste Lieder spielen in Küche", "de"),
    ("tak spiel meine Lieder von Queen", "de"),
    ("no spiel was von Daft Punk", "de"),
    ("hanne Musik laut gnug, mach lauter", "de"),
    ("spiel mol a paar Liedle en dr Küche", "de"),
    ("mach d Musik lauter, gell", "de"),
    ("was lauft grad", "de"),
    ("prosze spiel Musik in Küche", "de"),
    ("lan mach Musik lauter", "de"),
    ("tak nächste Lied bitte", "de"),
)
