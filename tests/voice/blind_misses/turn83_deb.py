"""Issue 45's eighty-first turn (blind round twenty): a Vietnamese learner dictating German.

Blind writer 547, a Vietnamese man in Berlin with A2-B1 German who dictates
to his speaker, leaves the verb bare or last and says the question word
after the thing asked, as Vietnamese marks neither tense nor person and puts
its question word last. "gestern ich hören Justus oder nicht" and "Café
Takuba ich höre letzte Jahr" (did I hear it) had their period read into the
name; "Ada hat Around the World gehört seit Oktober" read "Around" as a
person; "welche Stunde ich höre am meisten" was answered with the top songs
and "welche Band ich höre erste Mal in letzte 2 Wochen" with the first song
(two wrong facts); "in letzte Zeit welche Podcast ich immer hören" ("immer"
for the most), "jeden Tag nacheinander ich höre Musik wie viel Tag schon"
(the streak), "heute früh mit welche Lied ich anfangen" (the first song),
"welches Lied ich immer weiter drücken" (the song skipped most) and "ich
hören mehr Musik Samstag Sonntag oder Arbeitstag" (the weekend against the
working days) were not understood: `parse.vietnamese_b1_de` reads them, only
on his marks. Home Assistant had answered nothing, or taken "mir
Dauerschleife" and "uns" for areas, for "wie viel verschieden Sänger letzte
30 Tage", "Anzahl verschieden Lied letzte 3 Monate", "ich höre Daft Punk
heute schon", "welche Musik heute Nachmittag ich hören", "um 17 Uhr heute
was läuft", "ich höre immer gleiche Lied wie viel Prozent", "Künstler ich
immer überspringen wer ist", "was läuft bei mir Dauerschleife" and "wie war
letzte Monat bei uns": the sentence file's net now hears each, only with a
word of the history or a past period beside it.

His recogniser wrote "Justus" (a German name it knows) for Justice: Encore
still says it found nothing named Justus, as the name matcher does not take
one name for another that shares only its consonants.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "in letzte Zeit welche Podcast ich immer hören",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    ("de", "welches Album ich immer hören", "welches Album habe ich am meisten gehört"),
    (
        "de",
        "welche Künstler ich immer hören diese Jahr",
        "welche Künstler habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "welche Lied ich immer hören in letzte Zeit",
        "welches Lied habe ich in letzter Zeit am meisten gehört",
    ),
    ("de", "gestern ich hören Justice oder nicht", "habe ich gestern Justice gehört"),
    ("de", "gestern ich hören Queen oder nicht", "habe ich gestern Queen gehört"),
    ("de", "ich höre Daft Punk heute schon", "habe ich heute schon Daft Punk gehört"),
    ("de", "ich hören Air vorgestern schon", "habe ich vorgestern Air gehört"),
    (
        "de",
        "Café Takuba ich höre letzte Jahr",
        "habe ich letztes Jahr Café Takuba gehört",
    ),
    ("de", "Air ich höre letzte Woche", "habe ich letzte Woche Air gehört"),
    (
        "de",
        "Ada hat Around the World gehört seit Oktober",
        "hat Ada seit Oktober Around the World gehört",
    ),
    ("de", "Ada hat Air gespielt letzte Woche", "hat Ada letzte Woche Air gespielt"),
    (
        "de",
        "welche Stunde ich höre am meisten",
        "um welche Uhrzeit höre ich am meisten",
    ),
    (
        "de",
        "welche Uhrzeit ich höre am meisten Musik",
        "um welche Uhrzeit höre ich am meisten Musik",
    ),
    (
        "de",
        "welche Band ich höre erste Mal in letzte 2 Wochen",
        "welche Künstler habe ich in den letzten 2 Wochen zum ersten Mal gehört",
    ),
    (
        "de",
        "welche Sängerin ich höre erste Mal diese Monat",
        "welche neuen Künstler habe ich diesen Monat entdeckt",
    ),
    (
        "de",
        "ich höre oft gleiche Lied wie viel Prozent",
        "wie oft höre ich dieselben Lieder",
    ),
    (
        "de",
        "ich höre immer gleiche Lied wie viel Prozent",
        "wie oft höre ich dieselben Lieder",
    ),
    (
        "de",
        "jeden Tag nacheinander ich höre Musik wie viel Tag schon",
        "wie viele Tage hintereinander habe ich Musik gehört",
    ),
    (
        "de",
        "jeden Tag hintereinander ich hören wie viele Tage schon",
        "wie viele Tage hintereinander habe ich gehört",
    ),
    (
        "de",
        "heute früh mit welche Lied ich anfangen",
        "mit welchem Lied habe ich heute früh angefangen",
    ),
    (
        "de",
        "gestern mit welche Lied ich anfangen",
        "mit welchem Lied habe ich gestern angefangen",
    ),
    ("de", "heute mit welches Lied ich starten", "was war heute das erste Lied"),
    (
        "de",
        "welches Lied ich immer weiter drücken",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "welche Sänger ich immer weiter drücken",
        "welchen Künstler überspringe ich am meisten",
    ),
    ("de", "welche Lied ich oft skippen", "welches Lied überspringe ich am meisten"),
    (
        "de",
        "ich hören mehr Musik Samstag Sonntag oder Arbeitstag",
        "höre ich mehr Musik am Wochenende oder unter der Woche",
    ),
    (
        "de",
        "wir hören mehr Musik Wochenende oder Arbeitstag",
        "hören wir mehr Musik am Wochenende oder unter der Woche",
    ),
    (
        "de",
        "ich höre mehr Werktag oder Samstag Sonntag",
        "höre ich mehr unter der Woche oder am Wochenende",
    ),
    (
        "de",
        "wie viel verschieden Sänger letzte 30 Tage",
        "wie viele verschiedene Künstler habe ich in den letzten 30 Tagen gehört",
    ),
    (
        "de",
        "Künstler ich immer überspringen wer ist",
        "welchen Künstler überspringe ich am meisten",
    ),
    ("de", "was läuft bei mir Dauerschleife", "was läuft bei mir in Dauerschleife"),
    ("de", "wie war letzte Monat bei uns", "wie war unser letzter Monat"),
)

ANSWERED: tuple[Answered, ...] = (
    ("gestern ich hören Justice oder nicht", "hab ich gestern Justice gehört", "de"),
    ("ich höre Daft Punk heute schon", "hab ich heute Daft Punk gehört", "de"),
    ("ich hören Air vorgestern schon", "hab ich vorgestern Air gehört", "de"),
    ("wir hören Queen gestern oder nicht", "haben wir gestern Queen gehört", "de"),
    (
        "Café Takuba ich höre letzte Jahr",
        "hab ich letztes Jahr Café Tacvba gehört",
        "de",
    ),
    ("Air ich höre letzte Woche", "hab ich letzte Woche Air gehört", "de"),
    (
        "Ada hat Around the World gehört seit Oktober",
        "hat Ada seit Oktober Around the World gehört",
        "de",
    ),
    ("Ada hat Queen gehört seit Montag", "hat Ada seit Montag Queen gehört", "de"),
    (
        "wie viel verschieden Sänger letzte 30 Tage",
        "wie viele verschiedene Künstler habe ich in den letzten 30 Tagen gehört",
        "de",
    ),
    (
        "Anzahl verschieden Lied letzte 3 Monate",
        "wie viele verschiedene Lieder habe ich in den letzten 3 Monaten gehört",
        "de",
    ),
    (
        "wie viele unterschiedliche Künstler letzte Monat",
        "wie viele verschiedene Künstler habe ich letzten Monat gehört",
        "de",
    ),
    (
        "welche Musik heute Nachmittag ich hören",
        "welche Musik habe ich heute Nachmittag gehört",
        "de",
    ),
    (
        "welche Lied gestern Abend ich hören",
        "welche Lieder habe ich gestern Abend gehört",
        "de",
    ),
    ("um 17 Uhr heute was läuft", "was lief heute um 17 Uhr", "de"),
    (
        "um 20 Uhr gestern welches Lied lief",
        "welches Lied lief gestern um 20 Uhr",
        "de",
    ),
    (
        "ich höre immer gleiche Lied wie viel Prozent",
        "wie oft höre ich dieselben Lieder",
        "de",
    ),
    (
        "jeden Tag nacheinander ich höre Musik wie viel Tag schon",
        "wie viele Tage hintereinander habe ich Musik gehört",
        "de",
    ),
    (
        "heute früh mit welche Lied ich anfangen",
        "mit welchem Lied habe ich heute früh angefangen",
        "de",
    ),
    (
        "welches Lied ich immer weiter drücken",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    ("welches Album ich immer hören", "welches Album habe ich am meisten gehört", "de"),
    (
        "Künstler ich immer überspringen wer ist",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    ("was läuft bei mir Dauerschleife", "was läuft bei mir in Dauerschleife", "de"),
    ("wie war letzte Monat bei uns", "wie war unser letzter Monat", "de"),
    ("wie war letzte Woche bei mir", "wie war meine letzte Woche", "de"),
    (
        "ich hören mehr Musik Samstag Sonntag oder Arbeitstag",
        "höre ich mehr Musik am Wochenende oder unter der Woche",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("was ich höre gerade", "de"),
    ("was läuft bei mir", "de"),
    ("Lied überspringen", "de"),
    ("Lied wiederholen immer", "de"),
    ("wie war das Wetter bei uns", "de"),
    ("um 20 Uhr heute was läuft im Fernsehen", "de"),
    ("welche Musik soll ich heute hören", "de"),
    ("spiel Daft Punk in Küche", "de"),
    ("welche Lied läuft jetzt", "de"),
)
