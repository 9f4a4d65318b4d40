"""Issue 45, blind round ten: Leipzig's Saxon and Cologne's Kölsch (writers 481, 482).

Writer 481, a Saxon from Leipzig, said "rauf und runnor geheert" (played
up and down: the most played), "zweedausendfünfunzwanzsch" (2025),
"liefen'n" (liefen denn), "ewas von Queen" (etwas), "lief vorgästern ni Air
bei mir" (did Air play the day before yesterday: Air was counted over all
time, a wrong fact), "drück isch weitor" (skip: "bei welchem Künstlor drück
isch am ehesten weitor" ranked the most played artists, a wrong fact) "so
als Quote" (the skip rate), "Phantom von Justice wann hab isch das zuletzt
gehabt" (the day's last song was named, a wrong fact), "musigmäßsch" and
"is'n bei mir am Wochenende mehr Musigg" (no sentence caught them).

Writer 482, a Kölsch speaker, said "Op wen bin isch ... su jeck, welche
Band is dat?", "hät misch ... su am Haken" (the most played), "Folje"
(Folgen), "Hatt isch im Sommer ens X an?" (did X play), "zum eetste Mol",
"dat eetste Lied", "als eetstes" (first: the day was summed up instead, a
wrong fact), "hück Nommendach" (this afternoon: the whole day was answered,
a wrong fact) and "Wie war mi Jahr bis jetz su?".

`parse/leipzig_koelsch_de` reads their words; `dialect_times_de` their
words of time ("gästern", "Nommendach", "Vörmeddach"), so that a time said
so is read or asked back, never left for all time or the whole day.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welches Album hab isch vorsches Jahr rauf und runnor geheert",
        "welches Album habe ich letztes Jahr am meisten gehört",
    ),
    (
        "de",
        "nuja welcher Podcast war'n zweedausendfünfunzwanzsch ganz vorne",
        "welchen Podcast habe ich 2025 am meisten gehört",
    ),
    (
        "de",
        "wie viel Sachen liefen'n am Sonnabend insgesamt",
        "wie viele Wiedergaben hatte ich am Samstag",
    ),
    (
        "de",
        "wie oft drück isch'n eigentlich weitor so als Quote",
        "wie hoch ist meine Skip-Quote",
    ),
    (
        "de",
        "bei welchem Künstlor drück isch am ehesten weitor",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "Phantom von Justice wann hab isch das zuletzt gehabt",
        "wann habe ich Phantom von Justice zuletzt gehört",
    ),
    ("de", "nu wie war'n de Woche so musigmäßsch", "wie war meine Woche"),
    (
        "de",
        "Op wen bin isch in letzter Zeit su jeck, welche Band is dat?",
        "welche Band habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Welcher Podcast hät misch in letzter Zeit su am Haken?",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Wie vill Folje hab isch dä Monat jehört?",
        "wie viele Folgen habe ich diesen Monat gehört",
    ),
    (
        "de",
        "Welche Bands hab isch dat Jahr zum eetste Mol jehört?",
        "welche Bands habe ich dieses Jahr zum ersten Mal gehört",
    ),
    ("de", "Wat war hück dat eetste Lied?", "was war heute das erste Lied"),
    (
        "de",
        "Wat lief am dritten November als eetstes?",
        "was lief am dritten November als erstes",
    ),
    (
        "de",
        "Wat war hück Nommendach dat letzte Lied?",
        "was war heute nachmittag das letzte Lied",
    ),
    ("de", "Wie war mi Jahr bis jetz su, rückblickend?", "wie war mein Jahr"),
)

# The same kinds said otherwise.
READ += (
    (
        "de",
        "welches Lied hab isch letzte Woche rauf und runnor geheert",
        "welches Lied habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welcher Künstlor war'n zweedausendvierunzwanzsch ganz vorne",
        "welchen Künstler habe ich 2024 am meisten gehört",
    ),
    (
        "de",
        "wie viel Lieder liefen'n gästern insgesamt",
        "wie viele Lieder liefen gestern",
    ),
    (
        "de",
        "welches Lied drück isch am ehesten weitor",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "Op wen bin isch dä Monat su jeck, welcher Künstler is dat?",
        "welchen Künstler habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Welches Leed hät misch die Woch su am Haken?",
        "welches Lied habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "Wie vill Folje hab isch jester jehört?",
        "wie viele Folgen habe ich gestern gehört",
    ),
    ("de", "Wat lief jester als eetstes?", "was lief gestern als erstes"),
    (
        "de",
        "Wat war jester Nommendach dat letzte Lied?",
        "was war gestern nachmittag das letzte Lied",
    ),
    (
        "de",
        "Wat war hück Vörmeddach dat eetste Lied?",
        "was war heute vormittag das erste Lied",
    ),
    (
        "de",
        "Wann hab isch Queen zum eetste Mol jehört?",
        "wann habe ich Queen zum ersten Mal gehört",
    ),
    ("de", "Wie war mi Woch bis jetz su?", "wie war meine Woche"),
    (
        "de",
        "wie lange hab isch vorjes Jahr Musigg geheert",
        "wie lange habe ich letztes Jahr Musik gehört",
    ),
    (
        "de",
        "Wat han isch vürije Woch am mieste jehört?",
        "was habe ich letzte Woche am meisten gehört",
    ),
    ("de", "Wat lief jester Naach als letztes?", "was lief gestern nacht als letztes"),
    (
        "de",
        "welcher Podcast hat mich grad so richtig am Haken, als ob ich's nich wüsst",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "welches Album hab isch vorsches Jahr rauf und runnor geheert",
        "welches Album habe ich letztes Jahr am meisten gehört",
        "de",
    ),
    (
        "nuja welcher Podcast war'n zweedausendfünfunzwanzsch ganz vorne",
        "welchen Podcast habe ich 2025 am meisten gehört",
        "de",
    ),
    (
        "wie viel Sachen liefen'n am Sonnabend insgesamt",
        "wie viele Wiedergaben hatte ich am Samstag",
        "de",
    ),
    ("hab isch gästern ewas von Queen geheert", "habe ich gestern Queen gehört", "de"),
    ("lief vorgästern ni Air bei mir", "habe ich vorgestern Air gehört", "de"),
    (
        "wie oft drück isch'n eigentlich weitor so als Quote",
        "wie hoch ist meine Skip-Quote",
        "de",
    ),
    (
        "Phantom von Justice wann hab isch das zuletzt gehabt",
        "wann habe ich Phantom von Justice zuletzt gehört",
        "de",
    ),
    (
        "bei welchem Künstlor drück isch am ehesten weitor",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    ("nu wie war'n de Woche so musigmäßsch", "wie war meine Woche", "de"),
    (
        "is'n bei mir am Wochenende mehr Musigg als untor dor Woche",
        "höre ich am Wochenende mehr Musik als unter der Woche",
        "de",
    ),
    (
        "Op wen bin isch in letzter Zeit su jeck, welche Band is dat?",
        "welche Band habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "Welcher Podcast hät misch in letzter Zeit su am Haken?",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "Wie vill Folje hab isch dä Monat jehört?",
        "wie viele Folgen habe ich diesen Monat gehört",
        "de",
    ),
    (
        "Hatt isch im Sommer ens Café Tacvba an?",
        "habe ich im Sommer Café Tacvba gehört",
        "de",
    ),
    (
        "Welche Bands hab isch dat Jahr zum eetste Mol jehört?",
        "welche Bands habe ich dieses Jahr zum ersten Mal gehört",
        "de",
    ),
    ("Wat war hück dat eetste Lied?", "was war heute das erste Lied", "de"),
    (
        "Wat lief am dritten November als eetstes?",
        "was lief am dritten November als erstes",
        "de",
    ),
    (
        "Wat war hück Nommendach dat letzte Lied?",
        "was war heute nachmittag das letzte Lied",
        "de",
    ),
    ("Wie war mi Jahr bis jetz su, rückblickend?", "wie war dieses Jahr", "de"),
)

# The same kinds said otherwise.
ANSWERED += (
    ("lief gästern ni Queen bei mir", "habe ich gestern Queen gehört", "de"),
    (
        "hab isch vorgästern ewas von Air geheert",
        "habe ich vorgestern Air gehört",
        "de",
    ),
    ("Hatt isch jester ens Queen an?", "habe ich gestern Queen gehört", "de"),
    (
        "Wat war jester Nommendach dat letzte Lied?",
        "was war gestern nachmittag das letzte Lied",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Mach ens dat Licht an", "de"),
    ("Spill ens Queen en dä Küch", "de"),
    ("Dreh ens lauter", "de"),
    ("nu mach ma de Musigg lautor", "de"),
    ("Wat läuft jrad?", "de"),
    ("spiel ma was von Queen im Wohnzimmor", "de"),
    ("nu schalt ma 's Licht an", "de"),
)
