"""Issue 45's eighty-second turn (blind round twenty-one), part m84deb: a Viennese café owner, an old East Westphalian, a Russian learner in Cologne.

Blind writer 549, a talkative Viennese café owner, tells her guests'
stories around the question: "Geh Kastl, ... zu kalt sagt er, na bitte.
Wen hab i denn de Wochn am meisten ghört?" ("kalt" had it given back as
the heating's: "ghört" is now a listening word), "Die Frau Doktor wollt
wissen, ob i heut in der Früh The Daily ghabt hab, ... Na, hab i?" (her
guest's question is hers), "Der Enkel von der Frau Hofrat hat ma damals
Justice empfohlen, a liaba Bua. Wann hab i de des erste Mal ghört?" ("de"
had been read as the name), "am Wochenende, wie die Hochzeit im
Extrazimmer war, war da irgendwas von Air dabei?": `viennese_cafe_de`
reads them. "An welchem Wochentag hör i am meisten? Die Frau Novak
behauptet, am Sonntag ..." had Sunday answered (a wrong fact): `bets` now
knows a title before the name. Her stories before "Um welche Uhrzeit hör i
denn meistens Musik?" and "Welches Lied hab i grad in Dauerschleife?", and
"Fass ma amal zam, wie's mit meiner Musik so ausschaut" had gone to Home
Assistant: the net hears them.

Blind writer 551, an old East Westphalian, asks a claim back ("am Samstag
lief doch was von Daft Punk, nä?": what played had been answered, a wrong
fact), adds "..., weiß ich nich mehr" (the top songs had been answered),
says the clock apart from its half of the day ("Heute Nachmittag, zehn
nach fünf. Was lief da?"), asks "letzten Freitag, womit ging das los" and
checks the speaker first ("Hört der mich? ...", now an opener the net
skips).

Blind writer 552, a Russian woman in Cologne dictating at A2-B1, keeps her
verb last: "in letzte zeit von welche künstler ich bin so verrückt",
"gestern wir haben wie viel stunden gehört", "heute früh die daily war
oder nein", "letzte sommer ich habe kaffee takuba gehört ja", "lied la
femme dargent wann ich hab zum ersten mal gehört", "dont stop me now wann
letzte mal gelaufen", "welche song ich immer weg drücke" and "anzahl von
sänger in letzte monat" (the net now hears "Sänger" counted).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 549, her own and made-up ones of the same kind.
    (
        "de",
        "Die Frau Doktor wollt wissen, ob i heut in der Früh The Daily ghabt hab, weil sie des a hört. Na, hab i?",
        "hab i heut in der Früh The Daily ghört",
    ),
    (
        "de",
        "Der Ferdl wollt wissen, ob i gestern Queen ghört hab. Na, hab i?",
        "hab ich gestern Queen gehört",
    ),
    (
        "de",
        "Die Mitzi hat gfragt, ob i am Samstag Daft Punk gspielt hab",
        "hab ich am Samstag Daft Punk gehört",
    ),
    (
        "de",
        "Der Enkel von der Frau Hofrat hat ma damals Justice empfohlen, a liaba Bua. Wann hab i de des erste Mal ghört?",
        "wann hab ich Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "Die Frau Ramírez vom zweiten Stock hat ma den Café Tacvba empfohlen. Wann hab i den zuletzt ghört?",
        "wann hab ich Café Tacvba zuletzt gehört",
    ),
    (
        "de",
        "Der Herr Hofrat hat ma den Justice vorgspielt, so a netter Mensch. Wann hab i den zuletzt ghört?",
        "wann hab ich Justice zuletzt gehört",
    ),
    (
        "de",
        "Heast, am Wochenende, wie die Hochzeit im Extrazimmer war, war da irgendwas von Air dabei?",
        "hab ich am Wochenende Air gehört",
    ),
    (
        "de",
        "Am Samstag, wie der Stammtisch war, war da was von Queen dabei?",
        "hab ich am Samstag Queen gehört",
    ),
    (
        "de",
        "gestern, wo die Frau Doktor da war, war da irgendwas von Justice dabei?",
        "hab ich gestern Justice gehört",
    ),
    (
        "de",
        "An welchem Wochentag hör i am meisten? Die Frau Novak behauptet, am Sonntag rennt bei mir nie was",
        "an welchem Wochentag höre ich am meisten",
    ),
    (
        "de",
        "Wie viel hab i gestern ghört? Der Herr Hofrat behauptet, i hör nur Radio",
        "wie viel habe ich gestern gehört",
    ),
    # Blind writer 551, his own and made-up ones of the same kind.
    (
        "de",
        "am Samstag lief doch was von Daft Punk, nä?",
        "hab ich am Samstag Daft Punk gehört",
    ),
    ("de", "gestern lief doch was von Queen, nä?", "hab ich gestern Queen gehört"),
    ("de", "lief doch gestern was von Air, nä?", "hab ich gestern Air gehört"),
    (
        "de",
        "im Oktober lief doch auch was von Justice, oder?",
        "hab ich im Oktober Justice gehört",
    ),
    (
        "de",
        "was lief denn am dritten November, weiß ich nich mehr",
        "was lief am dritten November",
    ),
    (
        "de",
        "was lief denn gestern Abend, weiß ich nicht mehr",
        "was lief gestern Abend",
    ),
    (
        "de",
        "Heute Nachmittag, zehn nach fünf. Was lief da?",
        "was lief heute Nachmittag um zehn nach fünf",
    ),
    (
        "de",
        "Gestern Abend, halb neun. Was lief da?",
        "was lief gestern Abend um halb neun",
    ),
    (
        "de",
        "Heute Morgen, um Viertel nach acht. Was lief da?",
        "was lief heute Morgen um Viertel nach acht",
    ),
    (
        "de",
        "letzten Freitag, womit ging das los",
        "was lief letzten Freitag als erstes",
    ),
    ("de", "am Montag, womit ging es los", "was lief am Montag als erstes"),
    ("de", "womit ging der Tag heute los", "was lief heute als erstes"),
    # Blind writer 552, her own and made-up ones of the same kind.
    (
        "de",
        "in letzte zeit von welche künstler ich bin so verrückt",
        "welche künstler habe ich in letzter zeit am meisten gehört",
    ),
    (
        "de",
        "von welche band ich bin so verrückt in letzte zeit",
        "welche band habe ich in letzter zeit am meisten gehört",
    ),
    (
        "de",
        "nach welche sänger ich bin süchtig diese jahr",
        "welche sänger habe ich dieses jahr am meisten gehört",
    ),
    (
        "de",
        "gestern wir haben wie viel stunden gehört",
        "wie viele stunden haben wir gestern gehört",
    ),
    (
        "de",
        "heute wir haben wie viel lieder gehört",
        "wie viele lieder haben wir heute gehört",
    ),
    (
        "de",
        "gestern ich habe wie viel minuten gehört",
        "wie viele minuten habe ich gestern gehört",
    ),
    (
        "de",
        "heute früh die daily war oder nein",
        "habe ich heute früh daily gehört",
    ),
    (
        "de",
        "gestern abend queen war oder nein",
        "habe ich gestern abend queen gehört",
    ),
    (
        "de",
        "letzte sommer ich habe kaffee takuba gehört ja",
        "habe ich letzten sommer kaffee takuba gehört",
    ),
    ("de", "letzte woche ich habe air gehört ja", "habe ich letzte woche air gehört"),
    (
        "de",
        "lied la femme dargent wann ich hab zum ersten mal gehört",
        "wann habe ich la femme dargent zum ersten mal gehört",
    ),
    (
        "de",
        "song one more time wann ich hab zum letzten mal gehört",
        "wann habe ich one more time zuletzt gehört",
    ),
    (
        "de",
        "dont stop me now wann letzte mal gelaufen",
        "wann habe ich dont stop me now zuletzt gehört",
    ),
    (
        "de",
        "genesis wann erste mal gehört",
        "wann habe ich genesis zum ersten mal gehört",
    ),
    (
        "de",
        "welche song ich immer weg drücke",
        "welchen song überspringe ich am meisten",
    ),
    (
        "de",
        "welche lied ich immer weiter drücke",
        "welches lied überspringe ich am meisten",
    ),
    (
        "de",
        "welche künstler ich oft weg drücke",
        "welchen künstler überspringe ich am meisten",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Geh Kastl, der Herr Hofrat hat heut scho wieder sein Einspänner zruckgschickt, zu kalt sagt er, na bitte. Wen hab i denn de Wochn am meisten ghört?",
        "wen habe ich diese Woche am meisten gehört",
        "de",
    ),
    (
        "Die Stammgäst fragen immer, warum's bei mir so laut is. Um welche Uhrzeit hör i denn meistens Musik?",
        "um welche Uhrzeit höre ich meistens Musik",
        "de",
    ),
    (
        "Die Mitzi kann's scho nimmer hören, sagt sie. Welches Lied hab i grad in Dauerschleife?",
        "welches Lied habe ich gerade in Dauerschleife",
        "de",
    ),
    (
        "Fass ma amal zam, wie's mit meiner Musik so ausschaut, i kumm ja zu nix vor lauter Gäst",
        "fass mal meine Musik zusammen",
        "de",
    ),
    (
        "Heast, am Wochenende, wie die Hochzeit im Extrazimmer war, war da irgendwas von Air dabei?",
        "habe ich am Wochenende Air gehört",
        "de",
    ),
    (
        "Hört der mich? Mein Lieblingslied seit März, welches is dat?",
        "was ist mein Lieblingslied seit März",
        "de",
    ),
    (
        "anzahl von sänger in letzte monat",
        "wie viele verschiedene Künstler habe ich letzten Monat gehört",
        "de",
    ),
    (
        "heute früh die daily war oder nein",
        "habe ich heute früh The Daily gehört",
        "de",
    ),
    (
        "dont stop me now wann letzte mal gelaufen",
        "wann habe ich Don't Stop Me Now zuletzt gehört",
        "de",
    ),
    (
        "welche song ich immer weg drücke",
        "welchen Song überspringe ich am meisten",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Hört der mich?", "de"),
    ("Hörst du mich? Mach die Musik in der Küche lauter", "de"),
    ("heute früh die Heizung war an oder nein", "de"),
    ("Spiel was von Air in der Küche", "de"),
    ("welches Lied läuft gerade", "de"),
    ("Die Mitzi sagt, es is zu kalt. Mach die Heizung im Wohnzimmer an", "de"),
)
