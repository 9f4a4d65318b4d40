"""Issue 45's blind round eleven, German: blind writers 489 and 493.

Writer 489, a South Tyrolean hotel keeper, speaks Südtirolerisch with
Italian words: "hon i", "gheart", "glousn" (gehört), "glaffn" (gelaufen),
"ghobt" (had on), "hobm mir", "wia long", "Liadlan", "heint", "gester",
"fert" (last year), "in der Fria" (the morning), "af d'Nocht" (the
evening), "Mantig", and questions opened on "hoi", "bo", "jo", "magari",
"allora". Scored blind, 35 of 52 right, 2 wrong facts, 1 of 25 commands
captured. Writer 493, a Kassel radio host, speaks North Hessian radio-speak:
"sinn" (sind), "die Charts angeführt", "war des dabei", "der
Rausschmeißer". Scored 52 of 57, no wrong fact. What this file pins
(`parse.south_tyrol_hotel_de`, `parse.kassel_radio_de`, South Tyrol's words
of time in `when.shorthand`, Italian months in `parse.world_times`, the
net's sentences for both in `sentences/de.yaml`):

- Wrong facts: "wos fir a Album hon i fert am öftesten aufglegt" was
  answered for all time ("fert", last year, unread); "wia viel Liadlan hon
  i heint in der Fria gspielt" for the whole of today ("Fria" had been read
  as an English "friday" and left as a room). A South Tyrolean's other
  words of time no reader knew ("am Ertig", "am Pfinstig", "vorigs Johr",
  "zu Mittog", "im Ottobre", a room) are read now.
- Captured: "weck mi morgen um sechse, die Frühstücksgäste kemmen" reached
  Encore: the net heard "kemmen" (come) alone as a listening word; only
  "des kemmen", "isch kemmen", "Mol kemmen" are now.
- Not understood: a question opened on "hoi,", "bo,", "jo", "magari";
  "glousn", "glaffn", "aufgwocht", "ghobt", "hobm mir", "wia long"; "wer
  isch mei Lieblingsliad" (the top song, never the top artist); "isch bei
  mir in letzter Zeit drau" (the most played); "es letzte Liad letzte
  Nocht, wos wor des"; "los i mehr in der Fria oder af d'Nocht" (mornings
  or evenings, never the night); "Daft Punk, wann isch des zum erschtn Mol
  aufkemmen"; Kassel's "Wie viele Lieder sinn heut Morgen gelaufen" (a name
  "sinn"), "Sinn diesen Monat neue Künstler dazugekommen", "welche Band
  hat bei mir die Charts angeführt", "Da Funk am Wochenende, war des
  dabei", "Welches Lied lief gestern als letztes, der Rausschmeißer
  sozusagen" (asked back: the remark had been taken into the time).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "hoi, wen hon i letzte Wochn am meischtn gheart",
        "wen habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "bo, wer isch mei Lieblingsliad seit Mantig",
        "was ist mein Lieblingslied seit Montag",
    ),
    (
        "de",
        "wos fir a Album hon i fert am öftesten aufglegt",
        "welches Album habe ich letztes Jahr am meisten gehört",
    ),
    (
        "de",
        "welcher Podcast isch bei mir in letzter Zeit drau",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "wia long hon i heint schun Musig glousn",
        "wie lange habe ich heute Musik gehört",
    ),
    (
        "de",
        "die letztn dreißig Tog, wia long isch do Musig glaffn",
        "wie lange habe ich in den letzten dreißig Tagen Musik gehört",
    ),
    (
        "de",
        "wia viel Liadlan hon i heint in der Fria gspielt",
        "wie viele Lieder habe ich heute am Morgen gehört",
    ),
    (
        "de",
        "Daft Punk, wann isch des zum erschtn Mol aufkemmen bei mir",
        "wann habe ich Daft Punk zum ersten Mal gehört",
    ),
    (
        "de",
        "mit wos bin i heint aufgwocht",
        "mit was bin ich heute aufgewacht",
    ),
    (
        "de",
        "es letzte Liad letzte Nocht, wos wor des",
        "welches Lied habe ich letzte Nacht als letztes gehört",
    ),
    (
        "de",
        "magari a Rückblick aufs Johr fert, wia wor mei Musigjohr",
        "Rückblick auf letztes Jahr",
    ),
    (
        "de",
        "los i mehr in der Fria oder af d'Nocht",
        "höre ich mehr morgens oder abends",
    ),
    # The same speech's other words of time: read, never left out.
    ("de", "wos hon i am Ertig glousn", "was habe ich am Dienstag gehört"),
    ("de", "wos hon i am Pfinstig glousn", "was habe ich am Donnerstag gehört"),
    ("de", "wos hon i gester zu Mittog glousn", "was habe ich gestern Mittag gehört"),
    ("de", "wer wor mei Künstler im Langes", "wer war mein Top-Künstler im Frühling"),
    (
        "de",
        "wia viel Liadlan hon i im Ottobre glousn",
        "wie viele Lieder habe ich im Oktober gehört",
    ),
    (
        "de",
        "wos wor mei Lieblingsalbum fert",
        "was war mein Lieblingsalbum letztes Jahr",
    ),
    (
        "de",
        "wia viel Stund hon i fert Podcast glousn",
        "wie viele Stunden Podcast habe ich letztes Jahr gehört",
    ),
    # Kassel's radio-speak.
    (
        "de",
        "die letzten sieben Tage, welche Band hat bei mir die Charts angeführt",
        "welche Band habe ich in den letzten sieben Tagen am meisten gehört",
    ),
    (
        "de",
        "Wie viele Lieder sinn heut Morgen gelaufen",
        "wie viele Lieder habe ich heute Morgen gehört",
    ),
    (
        "de",
        "Welches Lied lief gestern als letztes, der Rausschmeißer sozusagen",
        "welches Lied habe ich gestern als letztes gehört",
    ),
    (
        "de",
        "Welcher Titel stand diesen Monat bei mir auf Platz eins",
        "welchen Titel habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Welches Lied war heut Morgen der Opener",
        "welches Lied habe ich heute Morgen als erstes gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "hoi, wen hon i letzte Wochn am meischtn gheart",
        "wen habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "bo, wer isch mei Lieblingsliad seit Mantig",
        "was ist mein Lieblingslied seit Montag",
        "de",
    ),
    (
        "wos fir a Album hon i fert am öftesten aufglegt",
        "welches Album habe ich letztes Jahr am meisten gehört",
        "de",
    ),
    (
        "welcher Podcast isch bei mir in letzter Zeit drau",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "wia long hon i heint schun Musig glousn",
        "wie lange habe ich heute Musik gehört",
        "de",
    ),
    (
        "die letztn dreißig Tog, wia long isch do Musig glaffn",
        "wie lange habe ich in den letzten dreißig Tagen Musik gehört",
        "de",
    ),
    (
        "wia viel Liadlan hon i heint in der Fria gspielt",
        "wie viele Lieder habe ich heute Morgen gehört",
        "de",
    ),
    (
        "Queen, wia oft hon i de heier ghobt",
        "wie oft habe ich Queen dieses Jahr gehört",
        "de",
    ),
    (
        "jo hon i am Wochenende Air glousn oder nit",
        "habe ich am Wochenende Air gehört",
        "de",
    ),
    (
        "Daft Punk, wann isch des zum erschtn Mol aufkemmen bei mir",
        "wann habe ich Daft Punk zum ersten Mal gehört",
        "de",
    ),
    ("mit wos bin i heint aufgwocht", "mit was bin ich heute aufgewacht", "de"),
    ("wos wor es erschte Liad am Samstig", "was war das erste Lied am Samstag", "de"),
    (
        "es letzte Liad letzte Nocht, wos wor des",
        "das letzte Lied letzte Nacht, was war das",
        "de",
    ),
    (
        "bo, bei welchem Künstler tua i am meischtn überspringen",
        "bei welchem Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "magari a Rückblick aufs Johr fert, wia wor mei Musigjohr",
        "ein Rückblick auf letztes Jahr, wie war mein Musikjahr",
        "de",
    ),
    (
        "los i mehr in der Fria oder af d'Nocht",
        "höre ich mehr morgens oder abends",
        "de",
    ),
    (
        "allora, wia long hon i gester Musig glousn",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "wos wor es letzte Liad gester af d'Nocht",
        "was war das letzte Lied gestern Abend",
        "de",
    ),
    (
        "bo, wer isch mei Lieblingsliad fert",
        "was ist mein Lieblingslied letztes Jahr",
        "de",
    ),
    (
        "welches Album isch bei mir heier drau",
        "welches Album habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    # Kassel's radio-speak.
    (
        "die letzten sieben Tage, welche Band hat bei mir die Charts angeführt",
        "die letzten sieben Tage, welche Band habe ich am meisten gehört",
        "de",
    ),
    (
        "Wie viele Lieder sinn heut Morgen gelaufen",
        "Wie viele Lieder sind heute Morgen gelaufen",
        "de",
    ),
    (
        "Da Funk am Wochenende, war des dabei",
        "habe ich am Wochenende Da Funk gehört",
        "de",
    ),
    (
        "Sinn diesen Monat neue Künstler dazugekommen, die ich vorher nie gehört hab",
        "Sind diesen Monat neue Künstler dazugekommen, die ich vorher nie gehört hab",
        "de",
    ),
    (
        "Welches Lied lief gestern als letztes, der Rausschmeißer sozusagen",
        "Welches Lied lief gestern als letztes",
        "de",
    ),
    (
        "Wer führt bei mir diese Woche die Charts an",
        "wen habe ich diese Woche am meisten gehört",
        "de",
    ),
    (
        "Wie viele Stunden war ich diese Woche on air",
        "wie lange habe ich diese Woche gehört",
        "de",
    ),
    ("Was war der Opener heut früh", "was war das erste Lied heute Morgen", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("weck mi morgen um sechse, die Frühstücksgäste kemmen", "de"),
    ("sog Bescheid wenn die Gäste kemmen", "de"),
    ("bo, spiel a poor Liadlan von Queen in der Kuchl", "de"),
    ("hoi, mach die Musig a bissl lauter", "de"),
    ("bo, wos isch des fir a Liad wos grod lafft", "de"),
    ("allora, stopp die Musig", "de"),
    ("welches Liad isch grod drau", "de"),
    ("Spiel die aktuellen Charts", "de"),
    ("Spiel die Charts von letzter Woche", "de"),
)
