"""Issue 45's seventy-first turn: what the lead mended beside the helpers.

A year said beside "last summer" or "last year" is that time, read once for
every speaker: "how many songs did I play last summer, 2023" had been kept
as last summer (the narrower of two periods), so 2025's summer was
answered, a wrong fact. When the year is the one "last" means ("last
summer, twenty twenty five" said in 2026), the words are kept as said, so
a correction before them ("... I mean last summer, twenty twenty five")
still reads. Before, only a nervous speaker's reader knew the season's
form, in a copy of its own.

A retired clerk's requests (blind writer 486: "Ich bitte um Angabe des
ersten Musikstücks im Monat August", "Erbitte Rückblick ...") reached no
listed sentence, and Home Assistant answered with "Kein Bereich mit dem
Namen ...": the net now hears them.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many songs did I play last summer, 2023",
        "how many songs did I play in the summer of 2023",
    ),
    (
        "en",
        "um what was my top song last summer, twenty twenty three?",
        "what was my top song in the summer of 2023",
    ),
    (
        "en",
        (
            "I'm sorry if this is a silly question but what was my song of the"
            " summer last year... I mean last summer, twenty twenty five"
        ),
        "what was my top song last summer",
    ),
    (
        "de",
        "wie viele Lieder hab ich letzten Sommer, also 2023, gehört",
        "wie viele Lieder hab ich im Sommer 2023 gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # A retired clerk's requests (blind writer 486) reach the net: Home
    # Assistant had answered "Kein Bereich mit dem Namen ...".
    (
        (
            "Um Mitteilung der Gesamthördauer für das Jahr zweitausendfünfundzwanzig"
            " wird gebeten."
        ),
        "wie lange habe ich 2025 gehört",
        "de",
    ),
    (
        "Ich bitte um Angabe des ersten Musikstücks im Monat August.",
        "welches Lied habe ich im August als erstes gehört",
        "de",
    ),
    (
        "Ich bitte um einen zusammenfassenden Bericht über meinen Oktober.",
        "Rückblick auf meinen Oktober",
        "de",
    ),
    (
        "Erbitte Rückblick auf das laufende Jahr hinsichtlich meines Hörverhaltens.",
        "Rückblick auf dieses Jahr",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = ()
