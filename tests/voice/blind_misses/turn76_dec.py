"""Issue 45's seventy-fourth turn (blind round thirteen): a Russian-German resettler, an American expat and a poor recogniser (blind writers 502, 505, 507).

Writer 502, a Spätaussiedler, counted what played with "wieviel Mal
überhaupt was gelaufen vorgestern" (asked back for a name), said "normal"
as a filler after the question ("seit Montag wieviel Lieder normal": "I
found nothing called normal"), asked a yes-or-no question as a statement
with the period first ("in letzte Zeit Air lief bei mir": not understood)
and "gibt neue Sänger in letzte zwei Wochen" without "es" (an area "letzte
zwei Wochen").

Writer 505, an American expat at A2/B1, mixed English words in: "wie viel
different Lieder in September" (an area "September") and "beschreib meine
Taste in Musik bitte" (a name "Musik").

Writer 507's questions went through a poor recogniser: "wahr" for "war"
("welcher pod cast wahr dieses jahr mein favorit", "was wahr am mittwoch um
12 uhr mittags an"), "das" for "dass" ("stimmt es das ich gestern justiz
gehört hab": an area), "seid wie fiel tagen am stück" (an area), "wie
fiel queen hatte ich diese woche" (not understood), "lief bei uns letztes
wochen ende was von cafe tacuba" ("nothing called was von cafe tacuba":
the period inside the name was taken out, the "was von" before the name
was left), and "zu welcher tages zeit höre ich am meisten": the split
"tages zeit" was read as nothing and the top songs of all time were
answered, a wrong fact.

`parse.russian_german_de`, `parse.american_expat_de` and
`parse.misrecognised_de` read them (grouped in
`parse.round_thirteen_learners_de`, first of `said_as_written_de`); a
period split in two by the recogniser ("tages zeit", "wochen tag", "frei
tag", "früh ling") is joined; the net hears the raw words; `heard` takes
"was von" off a name once a period inside it is taken out.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wieviel Mal überhaupt was gelaufen vorgestern",
        "wie oft lief vorgestern überhaupt was",
    ),
    ("de", "wieviel Mal was gelaufen letzte Woche", "wie oft lief letzte Woche was"),
    ("de", "seit Montag wieviel Lieder normal", "wie viele Lieder seit Montag"),
    ("de", "gestern wieviel Lieder normal", "wie viele Lieder gestern"),
    ("de", "wann ich höre normal Musik", "wann höre ich normalerweise Musik"),
    (
        "de",
        "gibt neue Sänger in letzte zwei Wochen",
        "gibt es neue Sänger in den letzten zwei Wochen",
    ),
    (
        "de",
        "wie viel different Lieder in September",
        "wie viele verschiedene Lieder im September",
    ),
    (
        "de",
        "wie viele unique Songs diese Woche",
        "wie viele verschiedene Songs diese Woche",
    ),
    ("de", "beschreib meine Taste in Musik bitte", "beschreib meinen Musikgeschmack"),
    ("de", "beschreib meinen Musik Taste", "beschreib meinen Musikgeschmack"),
    (
        "de",
        "welcher pod cast wahr dieses jahr mein favorit",
        "welcher podcast war dieses jahr mein favorit",
    ),
    (
        "de",
        "zu welcher tages zeit höre ich am meisten",
        "zu welcher tageszeit höre ich am meisten",
    ),
    (
        "de",
        "an welchem wochen tag höre ich am meisten",
        "an welchem wochentag höre ich am meisten",
    ),
    (
        "de",
        "seid wie fiel tagen am stück höre ich schon",
        "seit wie vielen tagen höre ich am stück",
    ),
    (
        "de",
        "welches lied hab ich letzten frei tag am meisten gehört",
        "welches lied hab ich letzten freitag am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wieviel Mal überhaupt was gelaufen vorgestern",
        "wie oft lief vorgestern überhaupt was",
        "de",
    ),
    ("seit Montag wieviel Lieder normal", "wie viele Lieder seit Montag", "de"),
    (
        "in letzte Zeit Air lief bei mir",
        "hab ich in letzter Zeit Air gehört",
        "de",
    ),
    ("Air lief bei mir in letzte Zeit", "hab ich in letzter Zeit Air gehört", "de"),
    ("gestern Queen lief bei mir", "hab ich gestern Queen gehört", "de"),
    (
        "gibt neue Sänger in letzte zwei Wochen",
        "gibt es neue Künstler in den letzten zwei Wochen",
        "de",
    ),
    ("gab neue Bands letzte Monat", "gab es neue Künstler letzten Monat", "de"),
    (
        "wie viel different Lieder in September",
        "wie viele verschiedene Lieder im September",
        "de",
    ),
    (
        "wie viele different Songs letzte Woche",
        "wie viele verschiedene Songs letzte Woche",
        "de",
    ),
    ("wie viele Lieder last weekend", "wie viele Lieder letztes Wochenende", "de"),
    ("beschreib meine Taste in Musik bitte", "beschreib meinen Musikgeschmack", "de"),
    ("was ist meine Taste in Musik", "beschreib meinen Musikgeschmack", "de"),
    (
        "welcher pod cast wahr dieses jahr mein favorit",
        "welcher podcast war dieses jahr mein favorit",
        "de",
    ),
    (
        "wie fiel queen hatte ich diese woche",
        "wie oft habe ich diese woche queen gehört",
        "de",
    ),
    (
        "stimmt es das ich gestern justiz gehört hab",
        "hab ich gestern justice gehört",
        "de",
    ),
    (
        "lief bei uns letztes wochen ende was von cafe tacuba",
        "hab ich letztes wochenende café tacvba gehört",
        "de",
    ),
    (
        "was wahr am mittwoch um 12 uhr mittags an",
        "was war am mittwoch um 12 uhr mittags an",
        "de",
    ),
    (
        "zu welcher tages zeit höre ich am meisten",
        "zu welcher tageszeit höre ich am meisten",
        "de",
    ),
    (
        "seid wie fiel tagen am stück höre ich schon",
        "seit wie vielen tagen höre ich am stück",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("stimmt es das die heizung an ist", "de"),
    ("was läuft gerade bei mir", "de"),
    ("spiel was von cafe tacuba in der küche", "de"),
    ("mach normal lauter", "de"),
    ("Zufallswiedergabe an normal", "de"),
    ("gibt es neue nachrichten", "de"),
    ("was spielt gerade in die Küche", "de"),
    ("was ich höre jetzt gerade", "de"),
    ("skip diese Song", "de"),
)
