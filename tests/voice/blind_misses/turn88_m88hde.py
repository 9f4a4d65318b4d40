"""Issue 45's eighty-sixth turn (blind round twenty-five): a Neukölln woman and a Tyrolean farmer.

Held-out writer 572, a young Neukölln woman, speaks Kiezdeutsch: "wallah",
"lan" after her question, "alter" before it, "wen feier ich in letzter
zeit so krass" (whom she plays most: no question had been read), a day said
first and pointed back to ("samstag was hab ich da gehört lan", read as
nothing asked). Others of her Kiez say "digga", "vallah", "welchen rapper
feier ich grad so hart" the same way.

Held-out writer 573, a curt Tyrolean farmer, says "heint fria" (this
morning: "fria" had been read as a name), "auf d'Nacht" and "dreiviertl
achte" (a quarter to eight in the evening: only yesterday had been read),
a clock time said first and "wos wor des" after it ("Um halbe neune heint
fria, wos wor des"), "Wia lang geht des scho, dass i jedn Tog eppes los"
(the streak, read as the listening time) and "Wos hob i de letschte Zeit
ollweil drin, fir a Liadl" (the song on repeat).

Both are read by `parse/round_twenty_five_de.py`, each table only under its
speaker's marks. The rows after their own are the same shapes said another
way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Hers.
    (
        "de",
        "alter wen feier ich in letzter zeit so krass",
        "wen höre ich in letzter zeit am meisten",
    ),
    ("de", "samstag was hab ich da gehört lan", "was hab ich samstag gehört"),
    # Others of her Kiez.
    (
        "de",
        "digga welchen rapper feier ich grad so hart",
        "welchen künstler höre ich in letzter zeit am meisten",
    ),
    (
        "de",
        "wen feier ich diesen monat am meisten wallah",
        "wen höre ich diesen monat am meisten",
    ),
    ("de", "gestern was hab ich da gehört vallah", "was hab ich gestern gehört"),
    (
        "de",
        "welche band feier ich dieses jahr so übelst",
        "welche band höre ich dieses jahr am meisten",
    ),
    # His.
    ("de", "Wia vül Liadln heint fria", "wie viele lieder heute früh"),
    (
        "de",
        "Wos isch geschter um dreiviertl achte auf d'Nacht glaufn",
        "was lief gestern um dreiviertel acht abends",
    ),
    (
        "de",
        "Um halbe neune heint fria, wos wor des",
        "um halb neun heute früh, was lief",
    ),
    (
        "de",
        "Wia lang geht des scho, dass i jedn Tog eppes los",
        "wie viele tage am stück habe ich gehört",
    ),
    (
        "de",
        "Wos hob i de letschte Zeit ollweil drin, fir a Liadl",
        "welches lied höre ich in letzter zeit in dauerschleife",
    ),
    # Others of his valleys.
    (
        "de",
        "Um viertl elfe auf d'Nacht, wos wor des",
        "was lief um viertel elf abends",
    ),
    ("de", "Um sechse heint fria, wos wor des", "um sechs heute früh, was lief"),
    (
        "de",
        "Wia lang gaht des scho, dass i jedn Tog Musi los",
        "wie viele tage am stück habe ich gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Theirs, which reached no sentence or the wrong one.
    (
        "alter wen feier ich in letzter zeit so krass",
        "wen höre ich in letzter zeit am meisten",
        "de",
    ),
    ("samstag was hab ich da gehört lan", "was hab ich am samstag gehört", "de"),
    ("Wia vül Liadln heint fria", "wie viele lieder heute früh", "de"),
    (
        "Wos isch geschter um dreiviertl achte auf d'Nacht glaufn",
        "was lief gestern um dreiviertel acht abends",
        "de",
    ),
    (
        "Um halbe neune heint fria, wos wor des",
        "um halb neun heute früh, was lief",
        "de",
    ),
    (
        "Wia lang geht des scho, dass i jedn Tog eppes los",
        "wie viele tage am stück habe ich gehört",
        "de",
    ),
    (
        "Wos hob i de letschte Zeit ollweil drin, fir a Liadl",
        "welches lied höre ich in letzter zeit in dauerschleife",
        "de",
    ),
    (
        "Wia vül verschiedene Liadln in de letschtn dreißg Tag",
        "wie viele verschiedene lieder in den letzten dreißig tagen",
        "de",
    ),
    (
        "Daft Punk, wia oft letschte Wocha",
        "wie oft habe ich daft punk letzte woche gehört",
        "de",
    ),
    (
        "Um wia vül Uhr los i meischtns Musi",
        "um wie viel uhr höre ich meistens musik",
        "de",
    ),
    (
        "Neue Gruppn in de letschtn sieben Tag?",
        "neue künstler in den letzten sieben tagen",
        "de",
    ),
    (
        "Wia oft wiederhol i Liadln, heuer",
        "wie oft wiederhole ich lieder dieses jahr",
        "de",
    ),
    (
        "S'letschte Liadl, des i gspielt hob, wos wor des",
        "welches lied lief zuletzt",
        "de",
    ),
    ("Welches Liadl wor heint s'erschte", "welches lied lief heute als erstes", "de"),
    ("S'erschte Liadl vorgeschtern", "das erste lied vorgestern", "de"),
    (
        "Welches Liadl lass i grad dauernd laufn",
        "welches lied höre ich in letzter zeit in dauerschleife",
        "de",
    ),
    ("Wia wor dr letschte Summer bei uns", "wie war der letzte sommer bei uns", "de"),
    (
        "welchen song kann ich grad nich aufhören wallah",
        "welchen song kann ich grad nich aufhören",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wallah mach das licht in der küche an", "de"),
    ("Wia warm isch's heint fria", "de"),
    ("Mach um halbe neune des Liacht aus", "de"),
)
