"""Issue 45's eighty-seventh turn (blind round twenty-six): an Italian learner in Stuttgart, a Berlin DJ.

Blind writer 583, an Italian in Stuttgart at B1, keeps Italian word order
and says "die Lied": the period first and the question word last ("heute
die erste Lied war was", "am Samstag die letzte Lied war welche"), and
"wegdrücken" for skipping ("die Lied was ich immer wegdrücke, welche ist";
"welche Band ich drücke immer weg, am meisten von alle", where the artist
played most had been answered, a wrong fact). Blind writer 585, a Berlin
DJ, asks his taste as "was hab ich so für'n Vibe, musikalisch jetzt" (a
month's recap had been answered, a wrong fact).

Read now by `parse/stuttgart_italian_de.py`, run right after
`round_twenty_five_de` in `said_as_written_de`, each table only on its
speaker's marks. Three of 583's questions ("heute die erste Lied war
was", ...) still reach no sentence of the net: their reading is held here
for when a net line hears them. The rows after their own are the same shapes said
another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Their own.
    (
        "de",
        "welche Band ich drücke immer weg, am meisten von alle",
        "welche Band überspringe ich am meisten",
    ),
    (
        "de",
        "die Lied was ich immer wegdrücke, welche ist",
        "welches Lied überspringe ich am meisten",
    ),
    ("de", "heute die erste Lied war was", "was war heute das erste Lied"),
    (
        "de",
        "am Samstag die letzte Lied war welche",
        "was war am Samstag das letzte Lied",
    ),
    (
        "de",
        "was hab ich so für'n Vibe, musikalisch jetzt",
        "was ist mein Geschmack",
    ),
    # The same shapes said another way.
    (
        "de",
        "welche Künstler ich drücke oft weg",
        "welche Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "die Song was ich dauernd wegdrücke, welche ist das",
        "welches Lied überspringe ich am meisten",
    ),
    ("de", "gestern die letzte Lied war welche", "was war gestern das letzte Lied"),
    (
        "de",
        "was habe ich für'n Vibe, so musikalisch",
        "was ist mein Geschmack",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "was hab ich so für'n Vibe, musikalisch jetzt",
        "was ist mein Geschmack",
        "de",
    ),
    (
        "welche Band ich drücke immer weg, am meisten von alle",
        "welche Band überspringe ich am meisten",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("drück die Taste weg", "de"),
    ("schalte das Licht in der Küche aus", "de"),
)
