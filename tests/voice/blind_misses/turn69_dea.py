"""Issue 45's sixty-seventh turn, German: blind writers 452, 454, 455 and 458.

A Nuremberg Franconian (writer 452), a Saarlander (454), a Styrian from
Graz (455) and a tired Thuringian (458) were scored blind. What this file
pins, in its own phrasings (`parse.dialect_words_late_de` and net lines in
`sentences/de.yaml`):

- Nuremberg's "die Dooch" (these days): read as no time, so the whole
  history was answered for who was heard most, whether Air played and
  which artists were new (wrong facts); its "ghörd" (a name "Daft Punk
  ghörd"), "meisdns", "als letzds" (what played was answered for the last
  song, a wrong fact), "Küchn", "die selbn Liedla"; "hobbi gesdern X
  ghörd", a day said first with "wos wor do", "neie Künstler ..., gibts
  do wos" never reached Encore.
- The Saarland's "Lieblingsplatt" (the top song had been answered for the
  top album, a wrong fact), "Lieda" after a count (read as a name),
  "dene Monat" (no time), "hann mer" (have we), a French "allez" said
  first (read into the name); "nenn mir mol mei drei meischt gespielte
  Lieda", "wie lang hann isch do Musigg angehabt" and "gebb mer mol e
  Rückblick uff ..." never reached Encore.
- Styria's "eh" before a name (a name "eh Queen": Queen not found, a
  wrong fact), "Liadln ... g'spielt" counted as a name's plays, "um
  zwölfe z'Mittag" (the time left unread), "wos für a Musi g'fallt mir"
  and "mit wos für an Liad bin i aufg'standen".
- Thuringia's "vorchestern" (today had been answered, a wrong fact),
  "där", "jetze", "überhaupt was" (a name "im Sommer überhaupt was", a
  wrong fact), "wie viele Lidder warn das heute".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welches Liedla hobbi die Dooch am meisdn ghörd",
        "welches Lied habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "hobbi die Dooch wos vo Justice ghörd",
        "habe ich in letzter Zeit etwas von Justice gehört",
    ),
    (
        "de",
        "ham mir die Dooch neie Künstler entdeckt",
        "haben wir in letzter Zeit neue Künstler entdeckt",
    ),
    ("de", "hobbi vorgesdern Justice ghörd", "habe ich vorgestern Justice gehört"),
    ("de", "wos lief gesdern als letzds", "was lief gestern als letztes"),
    ("de", "hör i fei immer die selbn Liedla", "höre ich immer dieselben Lieder"),
    (
        "de",
        "was war mei Lieblingsplatt im Oktober",
        "was war mein Lieblingsalbum im Oktober",
    ),
    (
        "de",
        "wie viel Lieda hann isch letschde Woch gehört",
        "wie viele Lieder habe ich letzte Woche gehört",
    ),
    (
        "de",
        "wie lang hann isch dene Woch Musik gehört",
        "wie lange habe ich diese Woche Musik gehört",
    ),
    (
        "de",
        "wie oft hann mer dene Monat Air gehört",
        "wie oft haben wir diesen Monat Air gehört",
    ),
    (
        "de",
        "allez, wie lang hann isch gestern Musik gehört",
        "wie lange habe ich gestern Musik gehört",
    ),
    (
        "de",
        "hob i vurige Woche eh Justice g'hört",
        "habe ich letzte Woche Justice gehört",
    ),
    (
        "de",
        "wia vü Liadln hob i gestern auf d'Nacht g'spielt",
        "wie viele Lieder habe ich gestern Abend gespielt",
    ),
    ("de", "wos für a Musi g'fallt mir denn", "was für Musik gefällt mir"),
    ("de", "wie lange lief vorchestern Musik", "wie lange lief vorgestern Musik"),
    (
        "de",
        "wos lief gestern um zwölfe z'Mittag",
        "was lief gestern um zwölf Uhr mittags",
    ),
    ("de", "was lief vorchestern in där Küche", "was lief vorgestern in der Küche"),
    (
        "de",
        "wie viele Lidder warn das gestern",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "wie oft hab ich letzte Woche überhaupt was gespielt",
        "wie oft habe ich letzte Woche etwas gespielt",
    ),
    (
        "de",
        "wie oft hammer gestern überhaupt was abgespielt",
        "wie oft haben wir gestern etwas abgespielt",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wen hobbi die Dooch am meisdn ghörd",
        "wen habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    ("hobbi gesdern wos vo Air ghörd", "habe ich gestern etwas von Air gehört", "de"),
    ("hobbi vorgesdern Justice ghörd", "habe ich vorgestern Justice gehört", "de"),
    (
        "gesdern obnd um zehn nach achte, wos wor do",
        "was lief gestern Abend um 20:10",
        "de",
    ),
    (
        "was war mei Lieblingsplatt im Oktober",
        "was war mein Lieblingsalbum im Oktober",
        "de",
    ),
    (
        "wie viel Lieda hann isch letschde Woch gehört",
        "wie viele Lieder habe ich letzte Woche gehört",
        "de",
    ),
    (
        "ei nenn mir mol mei drei meischt gespielte Lieda",
        "nenne mir meine drei meistgespielten Lieder",
        "de",
    ),
    ("hob i vurige Woche eh Queen g'hört", "habe ich letzte Woche Queen gehört", "de"),
    ("wos für a Musi g'fallt mir denn", "was für Musik gefällt mir", "de"),
    ("wie lange lief vorchestern Musik", "wie lange lief vorgestern Musik", "de"),
    (
        "wos hat am Dienstag um zwölfe z'Mittag g'spielt",
        "was lief am Dienstag um zwölf Uhr mittags",
        "de",
    ),
    ("lief die Dooch wos vo Queen", "lief in letzter Zeit was von Queen", "de"),
    (
        "hobbi die Dooch wos vo Air ghörd",
        "habe ich in letzter Zeit etwas von Air gehört",
        "de",
    ),
    (
        "wie viele Lidder warn das gestern",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("gib mir mal einen Überblick über das Wetter", "de"),
    ("hobbi des Licht in der Küchn ausgmacht", "de"),
    ("sag ma meine Termine für heute", "de"),
    ("allez, mach die Musik in der Küche an", "de"),
)
