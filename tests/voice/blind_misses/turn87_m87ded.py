"""Issue 45's eighty-fifth turn (blind round twenty-four): a Chinese A2 learner's bare infinitive.

Blind writer 566, a Chinese learner of German at A2, says the time first, as
Mandarin puts its topic, then the subject with a bare infinitive and the
question word or a yes-or-no tag last: "letzte freitag wir hören was",
"august ich hören kaffee tacuba ja oder nein", "vorgestern wir hören one
more time ja", "in letzte zeit ich hören air die band aus frankreich",
"heute wie viele lieber ich spielen" ("lieber" for "Lieder"), "im
september wie viel episode podcast ich hören", "gestern wir alles zusammen
wie viel mal abspielen", "sag mal in letzte zeit ich immer hören welche
band", "heute morgen was laufen in küche", "wann erste mal ich dschastis
hören". They had been read as names ("hören", "alles abspielen") or not at
all; `parse/learner_zh_infinitive_de.py` now reads each whole sentence of
these shapes, only where the learner's mark ("ich" before a bare
infinitive, "was laufen", "wir ... wie viel mal abspielen") is heard. The
rows after hers are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "de",
        "sag mal in letzte zeit ich immer hören welche band",
        "welche band habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "heute wie viele lieber ich spielen",
        "wie viele Lieder habe ich heute gehört",
    ),
    (
        "de",
        "im september wie viel episode podcast ich hören",
        "wie oft habe ich im september Podcasts gehört",
    ),
    (
        "de",
        "gestern wir alles zusammen wie viel mal abspielen",
        "wie viele Sachen haben wir gestern insgesamt gespielt",
    ),
    (
        "de",
        "in letzte zeit ich hören air die band aus frankreich",
        "habe ich in letzter Zeit air gehört",
    ),
    (
        "de",
        "vorgestern wir hören one more time ja",
        "haben wir vorgestern one more time gehört",
    ),
    (
        "de",
        "august ich hören kaffee tacuba ja oder nein",
        "habe ich im august kaffee tacuba gehört",
    ),
    ("de", "heute morgen was laufen in küche", "was lief heute morgen in der küche"),
    ("de", "letzte freitag wir hören was", "was haben wir letzten freitag gehört"),
    (
        "de",
        "wann erste mal ich dschastis hören",
        "wann habe ich dschastis zum ersten Mal gehört",
    ),
    # The same shapes said another way.
    (
        "de",
        "letzte woche ich hören queen ja oder nein",
        "habe ich letzte woche queen gehört",
    ),
    (
        "de",
        "gestern wir hören daft punk oder nicht",
        "haben wir gestern daft punk gehört",
    ),
    (
        "de",
        "diese woche wie viele lieder ich hören",
        "wie viele Lieder habe ich diese woche gehört",
    ),
    (
        "de",
        "letzte monat wie viel folgen podcast wir hören",
        "wie oft haben wir letzten monat Podcasts gehört",
    ),
    (
        "de",
        "gestern abend was laufen im wohnzimmer",
        "was lief gestern abend im wohnzimmer",
    ),
    ("de", "letzte samstag ich hören was", "was habe ich letzten samstag gehört"),
    (
        "de",
        "wann letzte mal ich queen hören",
        "wann habe ich queen zum letzten Mal gehört",
    ),
    (
        "de",
        "dieses jahr ich immer hören welche sänger",
        "welche sänger habe ich dieses jahr am meisten gehört",
    ),
    ("de", "im juli ich hören justice", "habe ich im juli justice gehört"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "letzte freitag wir hören was",
        "was haben wir letzten Freitag gehört",
        "de",
    ),
    (
        "august ich hören kaffee tacuba ja oder nein",
        "habe ich im August Café Tacvba gehört",
        "de",
    ),
    # Her "heute morgen was laufen in küche" is read above: the tests' home
    # has no kitchen, so the room is asked here without one.
    ("gestern abend was laufen", "was lief gestern Abend", "de"),
    (
        "vorgestern wir hören one more time ja",
        "haben wir vorgestern One More Time gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wir hören jetzt jazz in der küche", "de"),
    ("heute abend wir hören musik im wohnzimmer", "de"),
    ("spiel was ich hören will", "de"),
    ("ich möchte queen hören", "de"),
    ("morgen früh ich hören radio, weck mich um sieben", "de"),
)
