"""Issue 45's sixty-first turn: blind writers 396 to 403, German.

Writers 396 to 403 (a Nuremberg man, a Zurich woman, a Gelsenkirchen man,
a Frankfurt woman, an Italian learner, a man who speaks in keywords, a
Rostock pensioner and a bilingual Berlin student) were scored on
`ed3fb22b` before anything was tuned on them: 474 of 512 German questions
right, 5 wrong facts, 0 commands captured. The ways behind the misses, in
this file's own phrasings:

- A name said first and its first time "in meinem Verlauf", or "wann lief
  des bei mir des erste Mal": today's first song had been answered (two
  wrong facts); "seit wann ist X eigentlich in meiner history".
- Italian's "um acht und halb" without "Uhr" (eight o'clock had been
  answered), "das Jahr letzte" (this year had been), "ossessionata", "più
  gespielt", "di fila", "von wem ich bin ...".
- Keywords: "<Name> Anzahl gespielt" (whether it played had been answered),
  "Wiedergaben diese Woche gesamt", "Hörverlauf 3. November", "welche
  Musik am Samstag", "Hörgewohnheit".
- The Ruhr: "inner Woche", "inne letzten sieben Tage", "dat ganze Jahr
  über" (this year), "anne Ohren hatte", "nich ausse Ohren", "wie viel lief
  da insgesamt", "so'n Frühhörer oder mehr nachts unterwegs".
- Franconia's "zwaa"; Zurich's "ohne Unterbruch" (the streak).
- Rostock: a period said first and pointed back at, "war da X bei", "hab ich
  da wat gehört und wat war dat", "X letzte Woche, hatt ich da wat von an".
- A bilingual student: "Rundown von meinem Listening", "hours",
  "weekdays vs Wochenende, wann streame ich mehr".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A name's first time, said after it.
    (
        "de",
        "Queen, wann war das erste Mal in meinem Verlauf?",
        "wann habe ich Queen zum ersten Mal gehört",
    ),
    (
        "de",
        "Genesis von Justice, wann lief des bei mir des letzte Mal?",
        "wann habe ich Genesis von Justice zuletzt gehört",
    ),
    (
        "de",
        "seit wann ist Air eigentlich in meiner history",
        "wann habe ich Air zum ersten Mal gehört",
    ),
    # Italian and French learners.
    (
        "de",
        "sag mir meine fünf Künstler più gehört von immer",
        "sag mir meine fünf meistgespielten Künstler aller Zeiten",
    ),
    (
        "de",
        "wie viele Tage di fila ich habe Musik gehört",
        "wie viele Tage am Stück habe ich Musik gehört",
    ),
    # Keywords.
    ("de", "Sexy Boy Anzahl gespielt", "wie oft habe ich Sexy Boy gehört"),
    ("de", "Wiedergaben letzten Monat gesamt", "Wiedergaben letzten Monat"),
    ("de", "Hörverlauf 5. Oktober", "was habe ich am 5. Oktober gehört"),
    ("de", "welche Lieder am Sonntag", "was für Lieder habe ich am Sonntag gehört"),
    # The Ruhr and Franconia.
    (
        "de",
        "Welche Plattn lief in de letzten zwaa Monate am meisten",
        "welche Platte lief in den letzten zwei Monaten am meisten",
    ),
    (
        "de",
        "welches Lied hab ich dat ganze Jahr über am meisten gehört",
        "welches Lied habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "an welchem Tag inner Woche hör ich am meisten Musik",
        "an welchem Wochentag höre ich am meisten Musik",
    ),
    (
        "de",
        "inne letzten dreißig Tage, wie viel lief da insgesamt",
        "wie viele Wiedergaben hatte ich in den letzten dreißig Tagen",
    ),
    (
        "de",
        "erzähl ma, wat ich gestern Abend anne Ohren hatte",
        "was habe ich gestern Abend gehört",
    ),
    (
        "de",
        "bin ich eher so'n Frühhörer oder mehr abends unterwegs",
        "bin ich eher ein Morgenhörer oder ein Abendhörer",
    ),
    # Zurich.
    (
        "de",
        "Seit wie vielen Tagen lose ich jetzt ohne Unterbruch",
        "wie viele Tage am Stück habe ich gehört",
    ),
    # Rostock.
    (
        "de",
        "letzte Woche, hab ich da wat gehört und wat war dat",
        "was habe ich letzte Woche gehört",
    ),
    # A bilingual student.
    (
        "de",
        "gib mir nen rundown von meinem listening",
        "gib mir einen Rückblick von meinem Hören",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Woar des Sexy Boy vom Air gestern amol dran?",
        "Habe ich gestern Sexy Boy von Air gehört?",
        "de",
    ),
    ("Air gestern, hatt ich da wat von an", "Habe ich gestern Air gehört?", "de"),
    (
        "gestern, war da Sexy Boy von Air bei",
        "Habe ich gestern Sexy Boy von Air gehört?",
        "de",
    ),
    (
        "welchet Lied krieg ich nich ausse Ohren",
        "Welches Lied höre ich in Dauerschleife?",
        "de",
    ),
    (
        "womit ich habe angefangen heute",
        "Mit welchem Lied habe ich heute angefangen?",
        "de",
    ),
    ("welche Musik letzte Woche", "Was für Musik habe ich letzte Woche gehört?", "de"),
    ("Daft Punk erstes Mal", "Wann habe ich Daft Punk zum ersten Mal gehört?", "de"),
    (
        "wie viele hours Musik waren's diesen Monat",
        "Wie viele Stunden Musik habe ich diesen Monat gehört?",
        "de",
    ),
    ("wann bin ich am aktivsten beim listening", "Wann höre ich meistens?", "de"),
    (
        "morgens vs abends, wann streame ich mehr",
        "Höre ich morgens oder abends mehr?",
        "de",
    ),
    (
        "wie oft ich habe gehört Queen das Jahr letzte",
        "Wie oft habe ich letztes Jahr Queen gehört?",
        "de",
    ),
    (
        "Queen, wann war das letzte Mal in meinem Verlauf?",
        "Wann habe ich Queen zuletzt gehört?",
        "de",
    ),
    (
        "heute Morgen um acht und halb, was war das Lied",
        "Welches Lied lief heute Morgen um halb neun?",
        "de",
    ),
    (
        "heute früh um sieben und halb, was war das Lied",
        "Welches Lied lief heute früh um halb acht?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Letztes Lied", "de"),
    ("Wetter letztes Wochenende", "de"),
)
