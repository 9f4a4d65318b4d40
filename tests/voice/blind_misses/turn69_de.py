"""Issue 45's sixty-seventh turn: blind writers 445 to 450 again, German, mended in part.

The same writers as the sixty-sixth turn's were scored blind once more.
What this file pins, in its own phrasings:

- A Chinese learner's topic first and a bare infinitive or the question
  word last (writer 449): most were read, but Assist handed none to Encore
  ("Bohemian Rhapsody wie viel Mal hören", "Samstag was hören", "Queen
  letzte Mal hören wann"); and the infinitive or the comma's tail became
  a name or nothing ("seit Montag wie viel Mal Podcast hören", "letzte
  sieben Tag wie viel Lied spielen, insgesamt", "diese Monat drei Lied
  meiste hören, sagen bitte", "im Oktober Podcast meiste welche", "The
  Daily heute schon hören?", "September was ich hören, bisschen
  erzählen", "letzte Zeit ich verrückt nach welche Band", "mein Woche
  Musik wie, erzählen bitte", "Café Tacvba schon mal hören, wann erste
  Mal", "gleiche Lied immer wieder hören, wie viel Prozent").
- Dialect sentences Assist never handed over (Vienna's "wie vü hab i ...
  g'skippt", the Palatinate's "welle Kinschtler sin do neu dezu kumme",
  Low German's "wat lööpt bei mir ... in Dauerschleife", a Greek learner's
  "pósa ...", Baden's "Überschpring i ... viel, gell?", "isch's bi mir am
  Wucheend meh Musig") and words no reader knew: "am ofdeschde", "was fer
  Musigg ... eichentlich" (the top songs had been answered for the taste,
  a wrong fact), "ebbis vo", "gfallt", "ufdaucht", "mein meist Künstler",
  "von alles Zeit", and a name said first with its pronoun after it
  ("Justice, hab isch die in letschder Zeit mol gehert") or "hab i do
  irgendwos g'hört" after it; Low German's "in de Köök" (the kitchen had
  been a name) and "dat Leed vom Sommer" (the summer had been a name); a
  Greek learner's "símera," said first (the day had been dropped).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 449's topic first, in this file's own phrasings.
    (
        "de",
        "Air diese Woche wie viel Mal hören",
        "wie oft habe ich Air diese Woche gehört",
    ),
    (
        "de",
        "gestern wie viel Lied spielen, insgesamt",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "seit Oktober wie viel Mal Podcast hören",
        "wie oft habe ich seit Oktober Podcasts gehört",
    ),
    (
        "de",
        "letzte Monat fünf Lied meiste hören, sagen bitte",
        "welche fünf Lieder habe ich letzten Monat am meisten gehört",
    ),
    (
        "de",
        "im September Podcast meiste welche",
        "welchen Podcast habe ich im September am meisten gehört",
    ),
    ("de", "Radiohead gestern schon hören?", "habe ich Radiohead gestern gehört"),
    (
        "de",
        "Oktober was ich hören, bisschen erzählen",
        "was habe ich im Oktober gehört",
    ),
    (
        "de",
        "diese Woche ich verrückt nach welche Band",
        "welche Band habe ich diese Woche am meisten gehört",
    ),
    ("de", "mein Monat Musik wie, erzählen bitte", "wie war mein Monat"),
    (
        "de",
        "Wet Leg schon mal hören, wann erste Mal",
        "wann habe ich Wet Leg zum ersten Mal gehört",
    ),
    (
        "de",
        "gleiche Lieder immer wieder spielen, wie viel Prozent",
        "wie hoch ist meine Wiederholungsrate",
    ),
    # The dialect writers' words.
    (
        "de",
        "welles Lied hab isch diese Woche am ofdeschde gehert",
        "welches Lied habe ich diese Woche am öftesten gehört",
    ),
    (
        "de",
        "was fer Lieder hör isch eichentlich am liebschde",
        "was für Lieder höre ich am liebsten",
    ),
    (
        "de",
        "han i geschter ebbis vo Air glost",
        "habe ich gestern etwas von Air gehört",
    ),
    ("de", "Was für Musig gfallt mir denn so", "was für Musik gefällt mir"),
    (
        "de",
        "Wenn isch Wet Leg s'erschte Mol bi mir ufdaucht",
        "wann habe ich Wet Leg zum ersten Mal gehört",
    ),
    (
        "de",
        "wer ist mein meist Sänger in diese Monat",
        "wer ist mein meistgehörter Sänger diesen Monat",
    ),
    (
        "de",
        "was ist mein meist Lied von alles Zeit",
        "was ist mein meistgehörtes Lied aller Zeiten",
    ),
    (
        "de",
        "Air, hab isch die letschte Woch mol gehert",
        "habe ich Air letzte Woche gehört",
    ),
    (
        "de",
        "Queen letzten Monat, hab i do irgendwos g'hört?",
        "habe ich etwas von Queen letzten Monat gehört",
    ),
    ("de", "símera, was war das letzte Lied", "was war das letzte Lied heute"),
    ("de", "chthes, was war die erste Lied", "was war das erste Lied gestern"),
    (
        "de",
        "wie viele Leeder liefen in de Köök gestern",
        "wie viele Lieder liefen in der Küche gestern",
    ),
    ("de", "wat war dat Leed vom Sommer", "was war das Lied vom Sommer"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Justice diese Woche wie viel Mal hören",
        "wie oft habe ich Justice diese Woche gehört",
        "de",
    ),
    ("Air letzte Mal hören wann", "wann habe ich Air zum letzten Mal gehört", "de"),
    ("gestern was hören", "was habe ich gestern gehört", "de"),
    (
        "diese Woche drei Lied meiste hören, sagen bitte",
        "welche drei Lieder habe ich diese Woche am meisten gehört",
        "de",
    ),
    (
        "Air, hab isch die in letschder Zeit mol gehert",
        "habe ich Air in letzter Zeit gehört",
        "de",
    ),
    (
        "was fer Musigg hör isch eichentlich am liebschde",
        "was für Musik höre ich am liebsten",
        "de",
    ),
    (
        "Überschpring i diese Woche viel, gell?",
        "überspringe ich diese Woche viel",
        "de",
    ),
    (
        "wat lööpt bei mir nu so in Dauerschleife",
        "was läuft bei mir in Dauerschleife",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("im Wohnzimmer was spielen", "de"),
    ("spiel was ich höre", "de"),
    ("überspring das Lied", "de"),
    ("heute Abend Musik hören, mach das Radio an", "de"),
)
