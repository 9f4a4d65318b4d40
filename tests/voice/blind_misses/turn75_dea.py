"""Issue 45's seventy-third turn, blind round twelve: the Ruhr, Neukölln, Mainz.

A Ruhr pensioner (blind writer 494): "bei welchem Künstler spring ich am
meisten weiter" had been answered with the most played artist (a wrong
fact: "spring ... weiter" is a skip), and "gib ma ne Zusammenfassung von
meim Jahr" with this month's recap (a wrong fact: "meim" is "meinem", the
year was lost). His "wie hat Schalke gespielt" is still heard by the net's
"wie ... gespielt" line and declined (`elsewhere._A_GAME`, as writer 312's
was): Encore answers nothing, but the fresh score counts the intent.

A Neukölln Späti owner (495): "uff welchen Podcast bin ick in letzter Zeit
so hängenjeblieben" (the podcast most played lately) and "uff wat für
Mucke steh ick so" (the taste) were not understood; "war am Samstag Daft
Punk dran bei uns" went to Home Assistant ("no area called uns"). His
"um wie ville Uhr hör ick meistens Mucke" and "hör ick am Wochenende mehr
Mucke als unter der Woche" are answered for music, as "Mucke" says: their
labels leave the content out (the brief says "Musik" limits to music).

A Mainz Fastnachter (496): "Liedsche"/"Liedscher", "vun alle Zeite", "die
selwe Liedscher nochemol" (read as a name), "emol de X geheert, Y und so"
(the name lost), "geschpielt", "am allermeischte", "was war'n des fer e
Liedsche" and "war da ganz vorne" reached no sentence; "was lief als
Letztes am letzte Freitag" asked back which of two questions was meant.

Their feasts ("an Fassenacht", "am Rosemondaach", "auf der Kirmes") and
the Ruhr's "vorrije Woche" are times of theirs: the feasts, which no table
reads, are asked back (`UNREAD`), never answered for all time; "vorrije" is
"vorige".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The Ruhr pensioner (494).
    (
        "de",
        "bei welchem Künstler spring ich am meisten weiter",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "bei welchem Lied spring ich diese Woche am meisten weiter",
        "welches Lied überspringe ich diese Woche am meisten",
    ),
    (
        "de",
        "hömma, gib ma ne Zusammenfassung von meim Jahr",
        "Rückblick auf dieses Jahr",
    ),
    (
        "de",
        "gib ma ne Zusammenfassung von meim Monat",
        "Rückblick auf diesen Monat",
    ),
    (
        "de",
        "wat hab ich vorrije Woche gehört",
        "was habe ich letzte Woche gehört",
    ),
    (
        "de",
        "wer war vorijes Jahr mein Nummer eins Künstler",
        "wer war letztes Jahr mein Lieblingskünstler",
    ),
    # The Neukölln Späti owner (495).
    (
        "de",
        "uff welchen Podcast bin ick in letzter Zeit so hängenjeblieben",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "uff welche Band bin ick diesen Monat hängenjeblieben",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    ("de", "uff wat für Mucke steh ick so", "was für Musik mag ich"),
    ("de", "uff wat für Musik steh ick eigentlich", "was für Musik mag ich"),
    # The Mainz Fastnachter (496).
    (
        "de",
        "mei fünf Lieblingsliedscher vun alle Zeite, alla",
        "meine fünf Lieblingslieder von allen Zeiten",
    ),
    (
        "de",
        "in de letzte drei Monat, welsche Platt war da ganz vorne",
        "welche Platte war in den letzten drei Monaten ganz vorne",
    ),
    (
        "de",
        "wie viele Liedscher hab isch heit morje geschpielt",
        "wie viele Lieder habe ich heute Morgen gehört",
    ),
    (
        "de",
        "wie oft hör isch die selwe Liedscher nochemol",
        "wie oft höre ich dieselben Lieder",
    ),
    (
        "de",
        "hab isch dies Johr emol de Daft Punk geheert, One More Time und so",
        "habe ich dieses Jahr Daft Punk gehört",
    ),
    (
        "de",
        "was lief als Letztes am letzte Freitag",
        "was lief am letzten Freitag als Letztes",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "bei welchem Künstler spring ich am meisten weiter",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "hömma, gib ma ne Zusammenfassung von meim Jahr",
        "gib mir eine Zusammenfassung von diesem Jahr",
        "de",
    ),
    (
        "uff welchen Podcast bin ick in letzter Zeit so hängenjeblieben",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "war am Samstag Daft Punk dran bei uns",
        "haben wir am Samstag Daft Punk gehört",
        "de",
    ),
    (
        "war gestern Air dran bei mir",
        "habe ich gestern Air gehört",
        "de",
    ),
    ("uff wat für Mucke steh ick so", "was für Musik mag ich", "de"),
    (
        "mei fünf Lieblingsliedscher vun alle Zeite, alla",
        "meine fünf Lieblingslieder von allen Zeiten",
        "de",
    ),
    (
        "in de letzte drei Monat, welsche Platt war da ganz vorne",
        "welches Album habe ich in den letzten drei Monaten am meisten gehört",
        "de",
    ),
    (
        "wie viele Liedscher hab isch heit morje geschpielt",
        "wie viele Lieder habe ich heute Morgen gehört",
        "de",
    ),
    (
        "heit morje um halb neun, was war'n des fer e Liedsche",
        "was lief heute Morgen um halb neun",
        "de",
    ),
    (
        "wie oft hör isch die selwe Liedscher nochemol",
        "wie oft höre ich dieselben Lieder",
        "de",
    ),
    (
        "was war's erschte Liedsche letzt Woch",
        "was war das erste Lied letzte Woche",
        "de",
    ),
    (
        "was lief als Letztes am letzte Freitag",
        "was lief am letzten Freitag als Letztes",
        "de",
    ),
    (
        "welsche Band skip isch am allermeischte",
        "welche Band überspringe ich am meisten",
        "de",
    ),
)

UNREAD: tuple[tuple[str, str], ...] = (
    ("de", "wie viele Liedscher hab isch an Fassenacht geheert"),
    ("de", "was hab isch am Rosemondaach geheert"),
    ("de", "wat lief an der Kirmes"),
)

STAYS: tuple[Stays, ...] = (
    ("spring zum nächsten Lied", "de"),
    ("spring mal weiter", "de"),
    ("wie hat Schalke gespielt", "de"),
    ("war der Postbote heute da", "de"),
    ("wer ist dran bei uns mit Müll rausbringen", "de"),
    # What plays now is the media player's (the net had caught it through
    # "fer e Liedsche", heard in a past question).
    ("was is'n des fer e Liedsche grad", "de"),
    ("was is des für e Liedsche", "de"),
)
