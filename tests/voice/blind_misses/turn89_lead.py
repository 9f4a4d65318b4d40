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

This round's blind writers' wrong facts the lead mended where they belong
(the helpers took the rest of their misses): English "yesterday after tea"
(the evening), "played the guts out of" (the most), "reckon I've flogged
that song, which one" (on repeat), "which mob" (a band), "run me through
what I've had on" (what played), "most latest song", ", like unique ones
not repeats", "... or was I just running back the same stuff", "how is it
ah've no heard X in ages, did ah play them" (did I play X), "how many
episodes of X did I listen" (X's plays); German Zürich's "dä Mönet" and
"vom letschte Mönet" (one month, never Basel's plural), "zur Ziit",
"Musigjahr"; "ich drücke immer weg" (skipped), "was für Sendung, so
Podcast, ich habe viel gehört" (the top show), "was läuft bei mir rauf und
runter" (on repeat now), "was hab ich so für'n Vibe" (the taste), and a
year said first that "das Jahr" points back to.
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
        "from which band I pass the songs more",
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
    (
        "en",
        "yesterday after tea, what was I listening to",
        "what was I listening to yesterday evening",
    ),
    (
        "en",
        "what's the song I've played the guts out of this year",
        "what's the song I've played the most this year",
    ),
    (
        "en",
        "reckon I've flogged that song. which one is it",
        "which song have I had on repeat",
    ),
    (
        "en",
        "which mob have I been hooked on lately",
        "which band have I been hooked on lately",
    ),
    (
        "en",
        "run me through what I've had on t' last seven days",
        "what did I play the last seven days",
    ),
    ("en", "most latest song i play is what", "latest song i play is what"),
    (
        "en",
        "how many different songs did i play last week like unique ones not repeats",
        "how many different songs did i play last week",
    ),
    (
        "en",
        "any new artists last month or was i just running back the same stuff",
        "any new artists last month",
    ),
    (
        "de",
        "Die füf meischtglostete Lieder vom letschte Mönet, bitte",
        "die fünf meistgehörten Lieder vom letzten Monat",
    ),
    (
        "de",
        "Wievill Stunde han i letschte Mönet öppe glost",
        "wie viele Stunden habe ich letzten Monat gehört",
    ),
    (
        "de",
        "Han i dä Mönet neui Künstler entdeckt",
        "habe ich diesen Monat neue Künstler entdeckt",
    ),
    (
        "de",
        "Was isch zur Ziit min Lieblingspodcast",
        "was ist zurzeit mein Lieblingspodcast",
    ),
    ("de", "Wie isch mis Musigjahr bis jetz gsi", "wie war mein Musikjahr bis jetzt"),
    (
        "de",
        "welche Band ich drücke immer weg, am meisten von alle",
        "welche Band überspringe ich am meisten",
    ),
    (
        "de",
        "was für Sendung, so Podcast, ich habe viel gehört letzten Monat",
        "welche Sendung habe ich letzten Monat am meisten gehört",
    ),
    (
        "de",
        "was läuft bei mir rauf und runter, welche Lied, sag mal",
        "welches Lied läuft bei mir in Dauerschleife",
    ),
    (
        "de",
        "welche Band läuft rauf und runter",
        "welche Band läuft in Dauerschleife",
    ),
    ("de", "was hab ich so für'n Vibe, musikalisch jetzt", "was ist mein Geschmack"),
    (
        "de",
        "zweitausendfünfundzwanzig, wie lief das Jahr so bei mir, kurzer Rückblick",
        "wie lief das Jahr zweitausendfünfundzwanzig so bei mir",
    ),
    (
        "en",
        "how many songs did we play last month, t' whole house",
        "how many songs did we play last month",
    ),
    (
        "en",
        "One More Time, Daft Punk, how many plays has that had",
        "how many times did I play One More Time by Daft Punk",
    ),
    ("en", "Slim Dusty. when'd he first turn up", "when did I first play Slim Dusty"),
    (
        "en",
        "first time I ever heard that cafe tacuba lot, when was it",
        "when did I first hear cafe tacuba ever",
    ),
    (
        "en",
        "how many time i play podcast this month",
        "how many podcasts did I play this month",
    ),
    (
        "en",
        "yesterday evening how much time the music is on in total",
        "how much time did I listen to music yesterday evening",
    ),
    (
        "de",
        "Dat Dingens, Moon Safari. Wann lief dat zum ersten Mal",
        "wann lief Moon Safari zum ersten Mal",
    ),
    (
        "de",
        "fünf meiste Lieder von letzte Woche, bitte sagen",
        "die fünf meistgehörten Lieder von letzter Woche",
    ),
    (
        "de",
        "wie viel Mal war Podcast an diesen Monat",
        "wie oft habe ich diesen Monat Podcasts gehört",
    ),
    (
        "de",
        "The Daily, wann ich habe das gehört die letzte Mal",
        "wann habe ich The Daily zuletzt gehört",
    ),
    (
        "de",
        "Andrea Berg, wann hab ich gehört zuletzt",
        "wann habe ich Andrea Berg zuletzt gehört",
    ),
    (
        "de",
        "Wievill Ziit han i die Wuche mit Podcasts verbrocht",
        "wie viel Zeit habe ich diese Woche mit Podcasts verbracht",
    ),
    ("en", "how were me week then, music-wise", "how was my week, music-wise"),
    (
        "en",
        "any Queen last weekend, or were it all that French stuff",
        "any Queen last weekend",
    ),
    (
        "en",
        "I've not had nowt by Daft Punk on this week, have I",
        "did I play Daft Punk this week",
    ),
    (
        "en",
        "the daily this morning i listen already is it",
        "did I listen to the daily this morning",
    ),
    (
        "en",
        "last night around ten to eight the music playing is which one",
        "last night around ten to eight what music was playing",
    ),
    ("de", "war Justice heute, ja oder nein?", "habe ich Justice heute gehört"),
    (
        "de",
        "bitte sagen, was war in Küche vorgestern",
        "was lief vorgestern in der Küche",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "that cafe tacuba mob, did we have them on in October",
        "did we play Café Tacvba in October",
        "en",
    ),
    (
        "seit wann taucht Café Tacvba bei mir in der History auf",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
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
    (
        "how is it ah've no heard queen in ages, did ah play them at all last month",
        "did I play Queen last month",
        "en",
    ),
    (
        "how many episode of the daily i listen since monday",
        "how many times did I listen to The Daily since Monday",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("de", "war Oma heute da"),
    ("en", "is it going to rain this afternoon or what"),
    ("en", "run me through the steps to reset the router"),
    ("de", "ich drück die Klingel weg"),
    ("en", "last weekend when the kids came, did we lock the back door"),
    ("en", "how much time is left on the oven timer"),
    ("de", "drück die Nachricht weg"),
    ("de", "wann war zuletzt jemand an der Haustür"),
)
