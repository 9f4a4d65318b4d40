"""Issue 45's sixty-first turn: blind writers 388 to 395, German.

Writers 388 to 395 (a Kölnerin, a father cooking while he asks, a French
learner, a Swabian of seventy, a podcast listener, a Hamburg gamer, a
commuter typing on a phone and a Turkish grandmother in Duisburg) were
scored blind last turn; their six wrong facts were mended then. On
`ed3fb22b`, 467 of their 498 German questions were right and 31 not
understood. The ways behind those, in this file's own phrasings:

- A name's last play asked as how long it has not played: "seit wann habe
  ich X nicht mehr gehört" had been read as the first play, "wie lange hab
  ich X nicht gehört" as the plays, a French learner's "seit wie lange ich
  habe nicht gehört X" as nothing (`not_since_de`).
- A title of three words with its artist ("One More Time von Daft Punk")
  was too long for a name said first; "X, das von Y," says the artist after
  the title.
- Cologne's "jet" (something) after a period, and "nit los" (hooked on).
- A French learner's order: "Lieder preferiert von Oktober", "von immer"
  (all time), "die Zahl von Lieder verschieden", "wann ist es dass ich
  höre", "welche Moment von die Tag", "ich habe fertig gemacht", a share
  asked "in Prozent".
- Swabia's "hanni" inside the question, "seit wann isch des X bei mir
  drin", "wie oft wiederhol i die" pointing back at the same songs.
- "Welche Podcasts liefen", "welche Lieder hab ich ... gehört": what played,
  of that kind.
- Autocorrect's "Leder" and "Lieblingsalbus"; a learner's "wie viel
  Stunden ich gehört letzte Woche".
- Assist's net had not heard a dozen: time "drauf jejangen", "läuft bei
  mir ... mehr Musik", "Stunden von Podcast", "mein Stil von Musik", "Und
  am Samstag, ...", "warte mal, ...", "welche Lied ich immer wegdrücke",
  "wie war bei uns August", a learner's "X gehört in letzte Zeit?".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # How long a name has not played: its last play.
    (
        "de",
        "Seit wann habe ich Queen nicht mehr gehört",
        "wann habe ich Queen zuletzt gehört",
    ),
    ("de", "Wie lange hab ich Air nicht gehört", "wann habe ich Air zuletzt gehört"),
    (
        "de",
        "Wie lange ist es her, dass ich Justice gehört habe",
        "wann habe ich Justice zuletzt gehört",
    ),
    (
        "de",
        "seit wann ich habe nicht mehr gehört The Daily",
        "wann habe ich The Daily zuletzt gehört",
    ),
    # A long name said first, its artist after it.
    (
        "de",
        "Digital Love, das von Daft Punk, wie oft im Oktober",
        "Digital Love von Daft Punk, wie oft im Oktober",
    ),
    # Cologne.
    (
        "de",
        "Wie oft lief gestern insjesamt jet?",
        "wie oft habe ich gestern etwas gehört",
    ),
    (
        "de",
        "Von welchem Album komm ich grad nit los?",
        "von welchem Album komm ich grad nicht los",
    ),
    # A busy father's "wer war's".
    (
        "de",
        "Bands der letzten drei Monate, wer war's",
        "Bands der letzten drei Monate",
    ),
    # A French learner.
    (
        "de",
        "zeig mir meine drei Künstler preferiert von September",
        "zeig mir meine drei Lieblingskünstler im September",
    ),
    ("de", "mein Lieblingslied von immer", "mein Lieblingslied aller Zeiten"),
    (
        "de",
        "die Zahl von Künstler verschieden im Oktober",
        "wie viele verschiedene Künstler habe ich im Oktober gehört",
    ),
    (
        "de",
        "wann ist es dass ich höre meistens, welche Moment von die Tag",
        "wann höre ich meistens, welche Tageszeit",
    ),
    (
        "de",
        "wie oft hab ich diese Woche übersprungen, in Prozent",
        "wie oft habe ich diese Woche übersprungen",
    ),
    (
        "de",
        "mit was ich habe fertig gemacht gestern",
        "womit habe ich gestern aufgehört",
    ),
    # Swabia.
    (
        "de",
        "wie viel Lieder hanni gestern g'hört",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "Spiel ich immer die gleichen Lieder, wie oft wiederhole ich die",
        "wie oft höre ich dieselben Lieder nochmal",
    ),
    (
        "de",
        "Seit wann isch des Sexy Boy bei mir drin",
        "wann habe ich Sexy Boy zum ersten Mal gehört",
    ),
    # What played, of a kind; what one is hooked on.
    ("de", "welche Folgen liefen gestern", "was für Folgen habe ich gestern gehört"),
    (
        "de",
        "welche Lieder hab ich am Samstag gehört",
        "was für Lieder habe ich am Samstag gehört",
    ),
    (
        "de",
        "von welchem Podcast bin ich diesen Monat so angefixt",
        "welchen Podcast habe ich diesen Monat am meisten gehört",
    ),
    # Autocorrect and a learner's tense.
    ("de", "Top fünf Leder dieses Jahr", "Top fünf Lieder dieses Jahr"),
    ("de", "Lieblingsalbus im Oktober", "Lieblingsalbum im Oktober"),
    (
        "de",
        "Wie viele Minuten ich gehört gestern?",
        "wie viele Minuten habe ich gestern gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Wie viel Zeit is letzte Woche für Musik drauf jejangen?",
        "Wie lange habe ich letzte Woche Musik gehört?",
        "de",
    ),
    (
        "Und am Freitag, wat wor et erste Lied?",
        "Was war das erste Lied am Freitag?",
        "de",
    ),
    (
        "warte mal, erstes Lied diese Woche, welches war das",
        "Was war das erste Lied diese Woche?",
        "de",
    ),
    (
        "läuft bei mir unter der Woche mehr Podcasts oder am Wochenende",
        "Höre ich unter der Woche mehr Podcasts oder am Wochenende?",
        "de",
    ),
    (
        "wie viele Minuten von Musik gestern",
        "Wie viele Minuten Musik habe ich gestern gehört?",
        "de",
    ),
    ("wie ist mein Stil von Musik", "Was für Musik mag ich?", "de"),
    ("Queen gehört in letzte Zeit?", "Habe ich in letzter Zeit Queen gehört?", "de"),
    (
        "Welcher Künstler ich immer wegdrücke?",
        "Welchen Künstler überspringe ich am häufigsten?",
        "de",
    ),
    (
        "Erzähl mal, wie war bei uns der Oktober?",
        "Wie war bei uns der Oktober?",
        "de",
    ),
    (
        "um zehn nach acht heit Morge, was war des für a Lied",
        "Was lief heute Morgen um zehn nach acht?",
        "de",
    ),
    (
        "mit welchem Lied hanni gestern den Tag ang'fange",
        "Mit welchem Lied habe ich gestern den Tag angefangen?",
        "de",
    ),
    (
        "hanni diese Woche was Neus entdeckt",
        "Habe ich diese Woche was Neues entdeckt?",
        "de",
    ),
    (
        "Wie oft lief diese Woche insjesamt jet?",
        "Wie viele Wiedergaben hatte ich diese Woche?",
        "de",
    ),
    (
        "Seit wann habe ich Moon Safari nicht mehr gehört",
        "Wann habe ich Moon Safari zuletzt gehört?",
        "de",
    ),
    (
        "welche Podcasts liefen gestern",
        "Was für Podcasts habe ich gestern gehört?",
        "de",
    ),
    (
        "One More Time, das von Daft Punk, wie oft im Oktober",
        "Wie oft habe ich One More Time von Daft Punk im Oktober gehört?",
        "de",
    ),
    (
        "Wie viel Stunden ich gehört gestern?",
        "Wie viele Stunden habe ich gestern gehört?",
        "de",
    ),
    (
        "Around the World von Daft Punk, wie oft im Sommer",
        "Wie oft habe ich Around the World von Daft Punk im Sommer gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Warte mal, mach das Licht im Flur an", "de"),
    ("Und am Samstag, weck mich um acht", "de"),
)
