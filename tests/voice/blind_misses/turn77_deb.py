"""Issue 45's seventy-fifth turn (blind round fourteen): an Innsbrucker's North Tyrolean.

Writer 509 (a Tyrolean from Innsbruck) writes the dark a as "å" ("hån i",
"wånn", "wår", "Jåhr", "ångfångt", "Fåss ma zåmm") beside his own words
("welln", "Künschtler", "Podcascht", "gheart", "glaufn", "zletscht", "es
erschte Liedl", "Samschtig", "Freitig"). No net sentence held a word of
his, so twelve of his questions fell to Home Assistant ("Kein Bereich mit
dem Namen meischtn gheart"). Two were WRONG FACTS: "Wos isch bei ins fern
es Album gwesn, des am meischtn glaufn isch" lost "fern" (last year) and
was answered for all time; "Heint in der Friah um hålbe neine, wos isch do
glaufn" lost its half past eight and was answered for the whole morning.
"Hån i geschter epper Daft Punk gheart" took "epper" (by chance) for a
word of the name, "nei dazuakemmen" was no word of new artists, and "Genesis
vo Justice, wånn isch des zletscht glaufn" was read as the last song of a
day. `parse.innsbruck_de` reads his words first of `said_as_written_de`,
so the check for a time left unread sees them too; three net lines
(`net_innsbruck_start`, `net_innsbruck_said`) bring his questions to Encore.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wos isch bei ins fern es Album gwesn, des am meischtn glaufn isch",
        "welches Album ist bei uns letztes Jahr am meisten gelaufen",
    ),
    (
        "de",
        "Wos isch fern es Liedl gwesn, des am meischtn glaufn isch",
        "welches Lied ist letztes Jahr am meisten gelaufen",
    ),
    (
        "de",
        "Heint in der Friah um hålbe neine, wos isch do glaufn",
        "heute in der Früh um halb neun, was ist da gelaufen",
    ),
    (
        "de",
        "Geschter um hålbe zehne, wos isch do glaufn",
        "gestern um halb zehn, was ist da gelaufen",
    ),
    (
        "de",
        "Hån i geschter epper Daft Punk gheart?",
        "habe ich gestern Daft Punk gehört",
    ),
    (
        "de",
        "Wer isch in de letschtn drei Monat nei dazuakemmen, den i vorher nia gheart hån",
        "welche Künstler sind in den letzten drei Monaten neu dazugekommen",
    ),
    (
        "de",
        "Genesis vo Justice, wånn isch des zletscht glaufn?",
        "wann habe ich Genesis von Justice zuletzt gehört",
    ),
    (
        "de",
        "Welln Podcascht hån i heuer am meischtn gheart?",
        "welchen Podcast habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "Wos wår am Samschtig es letschte Liedl",
        "was war am Samstag das letzte Lied",
    ),
    (
        "de",
        "Fåss ma zåmm, wia's fern im Summer wår mit der Musi",
        "wie war mein letzter Sommer mit der Musik",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Wos isch bei ins fern es Album gwesn, des am meischtn glaufn isch",
        "welches Album haben wir letztes Jahr am meisten gehört",
        "de",
    ),
    (
        "Welln Podcascht hån i heuer am meischtn gheart?",
        "welchen Podcast habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "Im Jåhr zwoatausendfünfazwanzg, wia vül verschiedene Sänger und Gruppn wårn des",
        "wie viele verschiedene Künstler habe ich 2025 gehört",
        "de",
    ),
    (
        "Hån i geschter epper Daft Punk gheart?",
        "habe ich gestern Daft Punk gehört",
        "de",
    ),
    (
        "Hån i vorgeschter epper Air gheart",
        "habe ich vorgestern Air gehört",
        "de",
    ),
    (
        "Hån i heuer überhaupt amol an Air gheart",
        "habe ich dieses Jahr Air gehört",
        "de",
    ),
    (
        "Heint in der Friah um hålbe neine, wos isch do glaufn",
        "was lief heute um 8:30 Uhr",
        "de",
    ),
    (
        "Wos hån i eigentlich für an Musikgschmåck?",
        "was für einen Musikgeschmack habe ich",
        "de",
    ),
    (
        "Hån i letschtn Monat neue Künschtler entdeckt?",
        "habe ich letzten Monat neue Künstler entdeckt",
        "de",
    ),
    (
        "Wer isch in de letschtn drei Monat nei dazuakemmen, den i vorher nia gheart hån",
        "welche Künstler sind in den letzten drei Monaten neu dazugekommen",
        "de",
    ),
    (
        "Wånn hån i es erschte Mål Air gheart?",
        "wann habe ich Air zum ersten Mal gehört",
        "de",
    ),
    (
        "Seit wånn isch Café Tacvba bei mir drin, wånn wår des es erschte Mål",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
    (
        "Genesis vo Justice, wånn isch des zletscht glaufn?",
        "wann habe ich Genesis von Justice zuletzt gehört",
        "de",
    ),
    (
        "Wos wår heint es gonz erschte Liedl",
        "was war heute das allererste Lied",
        "de",
    ),
    (
        "Mit wos hån i letschtn Freitig ångfångt?",
        "womit habe ich letzten Freitag angefangen",
        "de",
    ),
    (
        "Wos wår am Samschtig es letschte Liedl",
        "was war am Samstag das letzte Lied",
        "de",
    ),
    (
        "Welln Künschtler überspring i am meischtn, gell",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "Fåss ma zåmm, wia's fern im Summer wår mit der Musi",
        "wie war letzten Sommer meine Musik",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Spiel amol a Liedl vo Hubert von Goisern in der Kuchl", "de"),
    ("Wos isch des für a Liedl, des grad lauft", "de"),
    ("Überspring des Liedl", "de"),
    ("Mach die Musi a bissl lauter", "de"),
    ("Wia lång isch die Waschmaschin no", "de"),
)
