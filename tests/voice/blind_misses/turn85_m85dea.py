"""Issue 45's eighty-third turn (blind round twenty-two): a Frankfurt innkeeper and a Kaiserslautern grandmother.

Blind writer 554, a chatty Frankfurt cider innkeeper in his sixties, says
"isch" for "ich" and tells what he was doing before he asks: a story closed
with a colon ("Ei gude! Isch hab heut ... Bembel gespült unn dabei gedacht:
wen hab isch ... dies Jahr am meiste gehört, gell?": the story's "heut" had
been said back as a time not understood), a story in a sentence of its own
("Isch steh ja um sechs uff ... . Bin isch eher en Morsche- oder en
Nachtmensch beim Musikhörn?": six o'clock had been answered, a wrong fact;
`story_sentences` took his "Isch" for Swabia's "isch" that asks), a remark
after the question ("? Isch war noch halb am Schlafe": "am Schlafe" read as
a time), ", waaßt du des?" (read as a name), a name a guest recommended and
pointed back to ("Des Café Tacuba, des hat mer en Gast ... empfohle. Wann
lief des bei mir zum erste Mal?": the name had been lost) and "des Lied, des
isch immer überspring, welsches is des eischentlich" (the song he skips
most). `frankfurt_innkeeper_de` reads them, only on his marks. "Habbe mer"
is "haben wir" (`dialect_de_palatinate`), "beim Musikhörn" listening to
music (`standard_words_de`: the unknown word had been left out as an
activity, and the music with it). Several of his questions the parser read
already but no sentence heard: "verschiedene Stücker, wie viel warn des
letzte Sommer", "letzte Freitag, was hab isch da für Musik gehabt", "Des
Lied geht mer net mehr aus em Kopp! Welsches läuft bei mir grad in
Dauerschleife?", "was hab isch denn zurzeit ständisch uff Repeat": the
sentence file's lines now hear "Stücker", "letzte Freitag", "welsches läuft
bei mir ... in Dauerschleife" after a story and "isch ... uff Repeat".

Blind writer 556, an 86-year-old Kaiserslautern woman, polite and unsure of
the device, says what she hangs on ("Welcher Podcast is des, wo isch in
letschter Zeit so dran häng": her top podcast lately), adds her feelings
after the question (", isch hab des Gefühl dauernd": the song on repeat had
been answered, a wrong fact; ", die mag isch doch": read as her taste),
"Hör isch immer dieselwe Lieder, allegebott es Gleiche" (the repeat rate:
the song on repeat had been answered, a wrong fact), "Wie oft hör isch e
Lied nochemol, so im Schnitt" (the repeat rate; said plainly too, "wie oft
höre ich ein Lied noch einmal", `plain_turns_de`), "The Daily, wann war
dann des letschde Mol, dass isch des gehört hab" (its last play: the last
song of a period had been answered, a wrong fact) and "Bin isch mehr so e
Morjehörerin oder eher am Nachmittag" (the parts of the day).
`kaiserslautern_grandmother_de` reads them, only where her "isch" is said
beside a verb; "Morjehörerin" is read in `dialect_de_palatinate`. "Un was war
des letschde Lied letschte Nacht", "Ach, gebb mer doch emol so e
Zusammefassung vun meim Johr" and "Ach Gott, hab isch ... gehört, ..."
reached no sentence: the sentence file hears them now.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 554, his own and made-up ones of the same kind.
    (
        "de",
        "Ei gude! Isch hab heut de ganze Vormittag Bembel gespült unn dabei gedacht: wen hab isch eischentlich dies Jahr am meiste gehört, gell?",
        "wen habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "Isch hab grad de Bembel gespült unn mer überlegt: wie oft lief Queen die Woch?",
        "wie oft lief Queen diese Woche",
    ),
    (
        "de",
        "Ei gude! Do hab isch misch gestern gefragt: was war mei Lieblingslied im Oktober?",
        "was war mein Lieblingslied im Oktober",
    ),
    (
        "de",
        "Isch steh ja um sechs uff wesche de Lieferung. Bin isch eher en Morsche- oder en Nachtmensch beim Musikhörn?",
        "höre ich Musik eher morgens oder nachts",
    ),
    (
        "de",
        "Isch war heut früh uffem Großmarkt. Wie viel Lieder hab isch gestern gespielt?",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "Isch hab gestern bis zwölf gezappt. Welsche Band hör isch am meiste?",
        "welche Band höre ich am meisten",
    ),
    (
        "de",
        "Sag emol, lief heut früh The Daily? Isch war noch halb am Schlafe",
        "lief heute früh The Daily",
    ),
    (
        "de",
        "Wie lang lief heut Musik? Isch hab nämlich Kopfweh.",
        "wie lange lief heute Musik",
    ),
    (
        "de",
        "Wie viel Lieder hab isch gestern gespielt, waaßt du des?",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "Wie oft lief Queen die Woch, waaßte des?",
        "wie oft lief Queen diese Woche",
    ),
    (
        "de",
        "habbe mer am Samstag ebbes von Air gehört",
        "haben wir am Samstag etwas von Air gehört",
    ),
    (
        "de",
        "Des Café Tacuba, des hat mer en Gast aus Mexiko empfohle. Wann lief des bei mir zum erste Mal?",
        "wann habe ich Café Tacuba zum ersten Mal gehört",
    ),
    (
        "de",
        "Den Justice, den hat mer mei Neffe vorgespielt. Wie oft hab isch den gehört?",
        "wie oft habe ich Justice gehört",
    ),
    (
        "de",
        "Die Air, die hat mer en Stammgast empfohle. Wann hab isch die zum erste Mal gehört?",
        "wann habe ich Air zum ersten Mal gehört",
    ),
    (
        "de",
        "des Lied, des isch immer überspring, welsches is des eischentlich",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "des Lied, wo isch dauernd weiterdrück, welsches is des dann",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "die Band, die isch immer wegdrück, welsche is des",
        "welche Band überspringe ich am meisten",
    ),
    (
        "de",
        "verschiedene Stücker, wie viel warn des letzte Sommer",
        "wie viele verschiedene Lieder habe ich letzten Sommer gehört",
    ),
    (
        "de",
        "letzte Freitag, was hab isch da für Musik gehabt",
        "was für Musik habe ich letzten Freitag gehört",
    ),
    (
        "de",
        "Des Lied geht mer net mehr aus em Kopp! Welsches läuft bei mir grad in Dauerschleife?",
        "was läuft bei mir grad in Dauerschleife",
    ),
    (
        "de",
        "was hab isch denn zurzeit ständisch uff Repeat",
        "was habe ich zurzeit ständig auf Repeat",
    ),
    # Blind writer 556, her own and made-up ones of the same kind.
    (
        "de",
        "Welcher Podcast is des, wo isch in letschter Zeit so dran häng",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "an welschem Podcast häng isch grad so dran",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "welle Band is des, wo isch so dran häng",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Welches Lied is des, wo isch grad so dran häng",
        "welches Lied höre ich in Dauerschleife",
    ),
    (
        "de",
        "Wie viel Daft Punk hab isch dann die Woch gehört, isch hab des Gefühl dauernd",
        "wie oft habe ich Daft Punk diese Woche gehört",
    ),
    (
        "de",
        "Wie oft hab isch Queen im Oktober gehört, isch hab des Gefühl arg oft",
        "wie oft habe ich Queen im Oktober gehört",
    ),
    (
        "de",
        "wie lang hab isch gestern Musik gehört, mer kommt's so vor wie immerzu",
        "wie lange habe ich gestern Musik gehört",
    ),
    (
        "de",
        "Ach Gott, hab isch am Samstag Helene Fischer gehört, die mag isch doch",
        "habe ich am Samstag Helene Fischer gehört",
    ),
    (
        "de",
        "hab isch gestern Queen gehört, die mag isch so gern",
        "habe ich gestern Queen gehört",
    ),
    (
        "de",
        "Hör isch immer dieselwe Lieder, allegebott es Gleiche",
        "höre ich immer dieselben Lieder",
    ),
    ("de", "Hör isch allegebott es Gleiche", "höre ich immer das gleiche"),
    (
        "de",
        "Wie oft hör isch e Lied nochemol, so im Schnitt",
        "wie oft wiederhole ich Lieder",
    ),
    ("de", "wie oft spiel isch e Lied widder", "wie oft wiederhole ich Lieder"),
    ("de", "Wie oft höre ich ein Lied noch einmal", "wie oft wiederhole ich Lieder"),
    (
        "de",
        "wie oft spiele ich einen Song nochmal, im Schnitt",
        "wie oft wiederhole ich Lieder",
    ),
    (
        "de",
        "The Daily, wann war dann des letschde Mol, dass isch des gehört hab",
        "wann habe ich The Daily zuletzt gehört",
    ),
    (
        "de",
        "Queen, wann war dann 's letschte Mol, wo isch die gehört hab",
        "wann habe ich Queen zuletzt gehört",
    ),
    (
        "de",
        "Daft Punk, wann war des erschde Mol, dass isch die gehört hab",
        "wann habe ich Daft Punk zum ersten Mal gehört",
    ),
    (
        "de",
        "Bin isch mehr so e Morjehörerin oder eher am Nachmittag",
        "höre ich mehr morgens oder am Nachmittag",
    ),
    (
        "de",
        "Un was war des letschde Lied letschte Nacht",
        "was war das letzte Lied letzte Nacht",
    ),
    (
        "de",
        "Ach, gebb mer doch emol so e Zusammefassung vun meim Johr",
        "gib mir eine Zusammenfassung von meinem Jahr",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Ei gude! Isch hab heut de ganze Vormittag Bembel gespült unn dabei gedacht: wen hab isch eischentlich dies Jahr am meiste gehört, gell?",
        "wen habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "Isch steh ja um sechs uff wesche de Lieferung. Bin isch eher en Morsche- oder en Nachtmensch beim Musikhörn?",
        "höre ich Musik eher morgens oder abends",
        "de",
    ),
    (
        "Sag emol, lief heut früh The Daily? Isch war noch halb am Schlafe",
        "habe ich heute früh The Daily gehört",
        "de",
    ),
    (
        "Wie viel Lieder hab isch gestern gespielt, waaßt du des?",
        "wie viele Lieder habe ich gestern gespielt",
        "de",
    ),
    (
        "Des Café Tacuba, des hat mer en Gast aus Mexiko empfohle. Wann lief des bei mir zum erste Mal?",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
    (
        "des Lied, des isch immer überspring, welsches is des eischentlich",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    (
        "die Band, die isch immer wegdrück, welsche is des",
        "welche Band überspringe ich am meisten",
        "de",
    ),
    (
        "verschiedene Stücker, wie viel warn des letzte Sommer",
        "wie viele verschiedene Lieder habe ich letzten Sommer gehört",
        "de",
    ),
    (
        "letzte Freitag, was hab isch da für Musik gehabt",
        "was für Musik habe ich letzten Freitag gehört",
        "de",
    ),
    (
        "Des Lied geht mer net mehr aus em Kopp! Welsches läuft bei mir grad in Dauerschleife?",
        "was läuft bei mir grad in Dauerschleife",
        "de",
    ),
    (
        "was hab isch denn zurzeit ständisch uff Repeat",
        "was habe ich zurzeit ständig auf Repeat",
        "de",
    ),
    (
        "Welcher Podcast is des, wo isch in letschter Zeit so dran häng",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "Wie viel Daft Punk hab isch dann die Woch gehört, isch hab des Gefühl dauernd",
        "wie oft habe ich Daft Punk diese Woche gehört",
        "de",
    ),
    (
        "Hör isch immer dieselwe Lieder, allegebott es Gleiche",
        "höre ich immer dieselben Lieder",
        "de",
    ),
    (
        "Wie oft hör isch e Lied nochemol, so im Schnitt",
        "wie oft wiederhole ich Lieder",
        "de",
    ),
    (
        "The Daily, wann war dann des letschde Mol, dass isch des gehört hab",
        "wann habe ich The Daily zuletzt gehört",
        "de",
    ),
    (
        "Un was war des letschde Lied letschte Nacht",
        "was war das letzte Lied letzte Nacht",
        "de",
    ),
    (
        "Ach, gebb mer doch emol so e Zusammefassung vun meim Johr",
        "gib mir eine Zusammenfassung von meinem Jahr",
        "de",
    ),
    (
        "Bin isch mehr so e Morjehörerin oder eher am Nachmittag",
        "höre ich mehr morgens oder am Nachmittag",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Ach Gott, mach die Musik aus", "de"),
    ("Ach Gott, des Lied mag isch net, mach emol weiter zum nächschde", "de"),
    ("was läuft grad in de Küch", "de"),
    ("welsches Lied läuft grad", "de"),
    ("mach Repeat an in de Küch", "de"),
    ("wiederhol des Lied, des is so schee", "de"),
    ("spiel verschiedene Stücker von Queen", "de"),
    ("Hör uff, des Lied immer zu widderhole", "de"),
)
