"""Issue 45's seventy-ninth turn (blind round eighteen): an Allgäu baker and a Cologne pensioner (writers 533, 534).

Blind writer 533, a terse baker from the Allgäu at four in the morning,
asked "Wie viel isch bei uns letzte Woch glaufe" and was answered with the
listening time (a wrong fact): "wie viel is(ch) ... glaufe" and "wie viel
lief ..." are the plays, as every writer who said it meant (187, 362, 476,
533); `dialect_de_franconia` now reads them so for everyone. Blind writer
534, a chatty Cologne pensioner, tells about the carnival first: "Isch war
jestern ..., dat Funkenuniform kneift. Hab isch da wat von Queen gehört,
jestern?", "Heute Nachmittag hab isch Kamelle ... sortiert, und nebenbei
lief wat. Wat war dat denn alles?", and adds an aside after the question
("? Außer dem neuen Sessionslied natürlich.", answered as an exclusion);
`parse.cologne_pensioner_de` (read first of `said_as_written_de`, gated by
his "isch" for "ich" beside a verb) reads them.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wie viel isch bei uns letzte Woch glaufe",
        "Wie viele Wiedergaben hatten wir letzte Woche?",
    ),
    (
        "de",
        "Isch war jestern mit meinem Kostüm beim Schneider, dat Funkenuniform kneift. Hab isch da wat von Queen gehört, jestern?",
        "Hab ich gestern Queen gehört?",
    ),
    (
        "de",
        "Heute Nachmittag hab isch Kamelle für den Zoch sortiert, und nebenbei lief wat. Wat war dat denn alles?",
        "Was lief heute Nachmittag?",
    ),
    (
        "de",
        "Hab isch diesen Monat wat Neues entdeckt? Außer dem neuen Sessionslied natürlich.",
        "Habe ich diesen Monat etwas Neues entdeckt?",
    ),
    # Made up: the same ways said again.
    (
        "de",
        "Wie viel lief bei uns letzte Woche",
        "Wie viele Wiedergaben hatten wir letzte Woche?",
    ),
    (
        "de",
        "wieviel is gestern glaufe",
        "Wie viele Wiedergaben hatte ich gestern?",
    ),
    (
        "de",
        "Isch war heute Morgen beim Bäcker, die Brötchen waren alle. Hab isch da Daft Punk gehört?",
        "Hab ich heute Morgen Daft Punk gehört?",
    ),
    (
        "de",
        "Jestern Abend hab isch mit dem Stammtisch jefeiert und nebenbei lief Musik. Wat war dat denn alles?",
        "Was lief gestern Abend?",
    ),
    (
        "de",
        "Hab isch letzte Woche wat Neues entdeckt? Außer der Höhner natürlich.",
        "Habe ich letzte Woche etwas Neues entdeckt?",
    ),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = (
    ("Mach die Musik lauter, isch hör nix", "de"),
    ("Überspring dat Lied, dat is nix", "de"),
)
