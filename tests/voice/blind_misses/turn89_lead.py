"""Issue 45's eighty-seventh turn: the lead's own mends, from the held-out writers 579 and 580.

Two writers of the last turn were held out and scored only on its final
code. Their ten wrong facts were each a general habit:

- A Jamaican grandmother in Birmingham (579): "a which singer mi did play
  nuff nuff" is the one played the most ("nuff nuff" is a great many);
  "how much time mi give to di podcast dem" is time given, never a count;
  "last weekend when di grandpickney dem come, wi play any X?" tells the
  weekend by the visit, and asks whether X played.
- A Nuremberg Franconian (579): "zletzd" is "zuletzt" with its "u" gone;
  "überschbring" is "überspring" with "sp" said "schb"; "Kinsdler" and
  "am häufigsdn" are the artist and the most.
- A Spanish speaker in Miami (580): "at the eight less quarter in the
  night" is 7:45 pm (a las ocho menos cuarto); "of which singer I pass the
  songs more" asks the artist skipped most.
- A Vietnamese learner in Leipzig (580): "welche Lied ich am meisten weg
  drücken" is the song skipped most; "Vormittag oder Nachmittag, wann ich
  hören mehr Musik" compares the parts of the day.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "a which singer mi did play nuff nuff last month",
        "which singer did I play the most last month",
    ),
    ("en", "who mi play nuff dis week?", "who did I play the most this week"),
    (
        "en",
        "how much time mi give to di podcast dem dis month",
        "how much time did I spend on podcasts this month",
    ),
    (
        "en",
        "on Saturday when my kids were here, what did we play",
        "what did we play on Saturday",
    ),
    (
        "en",
        "what was sounding yesterday at the eight less quarter in the night",
        "what was playing yesterday at quarter to eight pm",
    ),
    (
        "en",
        "what was sounding yesterday at the nine and ten of the night",
        "what was playing yesterday at ten past nine pm",
    ),
    (
        "en",
        "of which singer I pass the songs more, pues",
        "which singer did I skip the most",
    ),
    (
        "en",
        "from which band I skip the songs more",
        "which band did I skip the most",
    ),
    (
        "de",
        "Welches Lied überschbring i am meisdn",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "Welchen Kinsdler skipp i am häufigsdn",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "Bitte sagen, welche Lied ich am meisten weg drücken",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "welchen Sänger ich am häufigsten weiter drücken",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "Vormittag oder Nachmittag, wann ich hören mehr Musik?",
        "höre ich mehr Musik am Vormittag oder am Nachmittag",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("Wann lief zletzd Café Tacvba", "wann lief zuletzt Café Tacvba", "de"),
    ("Wann hob i zletzd Queen ghörd", "wann habe ich zuletzt Queen gehört", "de"),
    (
        "last weekend when di grandpickney dem come, wi play any Daft Punk?",
        "did we play Daft Punk last weekend",
        "en",
    ),
    (
        "last weekend when the grandkids came over, did we play any Queen?",
        "did we play Queen last weekend",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("en", "last weekend when the kids came, did we lock the back door"),
    ("en", "how much time is left on the oven timer"),
    ("de", "drück die Nachricht weg"),
    ("de", "wann war zuletzt jemand an der Haustür"),
)
