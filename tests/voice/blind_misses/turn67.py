"""Issue 45's sixty-fifth turn: blind writers 432 to 438, German, mended.

Seven writers (a Ruhrpott miner's son, a Swabian housewife, a Munich child,
a Frankfurt taxi driver, a Tyrolean from Innsbruck, a Berlin pensioner and a
Dutch learner) were scored blind on `7102d0ab`: 335 of 404 German questions
right, 12 wrong facts, none of 177 commands captured. What this turn mends,
in this file's own phrasings:

- A Dutch learner's Dutch words: "gisteren" (today had been answered: a
  wrong fact), "afgelopen week/maand/vrijdag" (all time answered: wrong
  facts), "sinds maart", "hoeveel", "hoeveel keer", "hoe lang", "wanneer"
  (new artists had been answered: a wrong fact), "voor het eerst", "het
  meest" (Bern's "het" is "hat": read first), "liedje(s)", "verschillende",
  "drie", "dertig", "om kwart voor acht", "noem mir", "heb ich", "immer
  opnieuw"; the net takes "hoeveel", "hoe lang", "wanneer", "liedjes".
- A Tyrolean's "wia vül" (how much), "hear i" (do I listen), "gheart"
  (heard), "Kinschtler", "letschtn", "erschtn", "meischtn", "dieselbn",
  "schun", "a poor Mal", "warn's", "gwesn", "wos eingschaltet", "de Wochn"
  and "vo da letschtn Wochn" (last week: the last few weeks had been
  answered, a wrong fact); the net takes "wölchen", "hear i", "gheart".
- Swabia's "an welchem Tag in dr Woch" (the weekday: this week had been
  answered, a wrong fact), "gega Viertel vor acht", a name said first and
  pointed back at with "hanne des g'hört".
- Berlin's "Mensch" said to the speaker (read as the listener type: a wrong
  fact), "..., so insjesamt, wa", "ooch" before a name, "bei uns" after the
  participle, "Radiohead, wie oft lief'n det"; "eine Zusammenfassung vom
  letzten Jahr, mein Jahr in Musik" (this year had been answered: a wrong
  fact).
- A child's "welches Lied hör ich grad ganz oft" (on repeat: what played
  today had been answered, a wrong fact), "die Mama fragt, ...", "das Lied
  wo X heißt", "beim Frühstück um acht" (eight in the morning), "welches
  Lied kam ... ganz am Schluss" (the last), "welchen Sänger mag ich nicht so
  und drück immer weiter" (the most skipped).
- Who asks said first ("Ada hier, ..."), the question said twice ("seit
  wann hör ich X, wann war das erste Mal": "seit" had been the name), "was
  war im Sommer das Album, das ich immer anhatte" (the top album), a remark
  after the question with Hesse's "isch war ja ...".

Six more writers (a Hamburg harbour worker, a Zurich clerk, a Munich
grandmother, a Russian learner, an Italian learner and a dictating user)
were then scored blind on `1746e25c` (the above mended): 304 of 335 right,
6 wrong facts, none of 143 commands captured. Mended:

- An Italian learner's "ieri" (all time had been answered: wrong facts),
  "quante volte", "geascoltato", "la canzone", "in diese Tage, in
  Schleife"; a learner's statement order with a period or "wir" ("ich
  habe gehört gestern Queen oder nicht", "wir haben gehört Justice letzte
  Woche"); a Russian learner's "kak lange", "wie viel war gespielt", "wann
  zum ersten Mal lief X", ", alles zusammen".
- "Die letzte Zeit" is lately (all time had been answered: a wrong fact);
  "wann lief mehr, an Wochentagen oder am Wochenende" (weekdays or weekends,
  never the first play of "mehr"); "was isch ... gsi" ("gewesen" had been
  read as what narrows the song).
- Bavaria's "des Sexy Boy, wann woar des s'erste Moi dran" (the name had been
  lost, today's first song answered: a wrong fact), "de Buam von Daft Punk",
  "..., de Buam aus Frankreich", "ham mia", "san heid", "g'laffa", "wos
  o'gmacht", "so gern", "meistg'spuits".
- Zurich's "hämmer", "öppis vo"; Hamburg's "mit wat för'n Lied bin ik ...
  in'n Tag startet", "wat för Musik mag ik"; a recogniser's "ur" for "Uhr".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welke liedjes heb ich afgelopen maand het meest gehört",
        "welche Lieder habe ich letzten Monat am meisten gehört",
    ),
    (
        "de",
        "wanneer habe ich Queen voor het eerst gehört",
        "wann habe ich Queen zum ersten Mal gehört",
    ),
    (
        "de",
        "hoeveel keer habe ich Air gehört sinds maart",
        "wie oft habe ich Air gehört seit März",
    ),
    (
        "de",
        "hoe lang habe ich gisteren Podcasts gehört",
        "wie lange habe ich gestern Podcasts gehört",
    ),
    (
        "de",
        "was lief afgelopen zaterdag om kwart over negen",
        "was lief letzten Samstag um viertel nach neun",
    ),
    (
        "de",
        "wia vül Stund hon i de Wochn gheart",
        "wie viele Stunden habe ich diese Woche gehört",
    ),
    (
        "de",
        "wölche Band hear i in letschter Zeit am meischtn",
        "welche Band höre ich in letzter Zeit am meisten",
    ),
    (
        "de",
        "wer isch mei Nummer oans vo da letschtn Wochn gwesn",
        "wer war meine Nummer eins letzte Woche",
    ),
    (
        "de",
        "an welchem Tag in dr Woch lauft bei mir am meischte Musik",
        "an welchem Wochentag höre ich am meisten Musik",
    ),
    (
        "de",
        "was isch vorgeschtern gega halb zehn g'laufe",
        "was lief vorgestern gegen halb zehn",
    ),
    (
        "de",
        "Air, wie oft hanne des im Oktober g'hört",
        "wie oft habe ich Air im Oktober gehört",
    ),
    (
        "de",
        "Ham wa letzte Woche ooch Justice jehört bei uns?",
        "haben wir letzte Woche Justice gehört",
    ),
    (
        "de",
        "gestern Abend um neun, wat lief da, Mensch?",
        "gestern Abend um neun, was lief da?",
    ),
    (
        "de",
        "mach ma 'nen Rückblick vom letzten Monat, mein Monat in Musik",
        "mach mal einen Rückblick vom letzten Monat in Musik",
    ),
    (
        "de",
        "welchen Podcast hör ich grad echt oft",
        "welchen Podcast höre ich gerade oft",
    ),
    (
        "de",
        "der Papa will wissen wie viele Lieder wir gestern gehört haben",
        "wie viele Lieder haben wir gestern gehört",
    ),
    (
        "de",
        "wann hab ich das Lied wo Sexy Boy heißt zuletzt gehört",
        "wann habe ich Sexy Boy zuletzt gehört",
    ),
    (
        "de",
        "was lief vorgestern beim Abendessen um sieben",
        "was lief vorgestern abend um sieben",
    ),
    (
        "de",
        "welches Lied kam gestern ganz am Schluss",
        "was war gestern das letzte Lied",
    ),
    (
        "de",
        "Ben hier, was hab ich gestern gehört",
        "was habe ich gestern gehört",
    ),
    (
        "de",
        "seit wann hör ich Air, wann war des erste Mal",
        "wann habe ich Air zum ersten Mal gehört",
    ),
    (
        "de",
        "welches Album hab ich letzten Winter immer gehört",
        "welches Album habe ich letzten Winter am meisten gehört",
    ),
    (
        "de",
        "ich habe gehört vorgestern Air oder nicht?",
        "habe ich vorgestern Air gehört",
    ),
    (
        "de",
        "quante volte ich habe geascoltato Genesis ieri",
        "wie oft habe ich Genesis gestern gehört",
    ),
    (
        "de",
        "kak lange lief Musik bei mir im Oktober",
        "wie lange lief Musik bei mir im Oktober",
    ),
    (
        "de",
        "wann zum letzten Mal lief Queen bei mir",
        "wann lief Queen zum letzten Mal",
    ),
    (
        "de",
        "welcher Künstler lief die letzte Zeit rauf und runter",
        "welcher Künstler lief in letzter Zeit rauf und runter",
    ),
    (
        "de",
        "wann lief mehr, unter der Woche oder am Wochenende",
        "höre ich am Wochenende mehr als unter der Woche",
    ),
    (
        "de",
        "des Genesis, wann woar des s'letzte Moi dran",
        "wann habe ich Genesis zuletzt gehört",
    ),
    (
        "de",
        "mit wat för'n Lied bin ik gistern in'n Tag startet",
        "mit welchem Lied bin ich gestern in den Tag gestartet",
    ),
    (
        "de",
        "was isch s'letschte Lied vo geschter gsi",
        "was war das letzte Lied von gestern",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wat heb ich gisteren gehört",
        "was habe ich gestern gehört",
        "de",
    ),
    (
        "hoeveel verschillende liedjes habe ich afgelopen week gehört",
        "wie viele verschiedene Lieder habe ich letzte Woche gehört",
        "de",
    ),
    (
        "hon i jemals Air gheart",
        "habe ich jemals Air gehört",
        "de",
    ),
    (
        "wia vül verschiedene Kinschtler warn's im letschtn Monat",
        "wie viele verschiedene Künstler habe ich letzten Monat gehört",
        "de",
    ),
    (
        "wölchen Kinschtler hear i am meischtn",
        "welchen Künstler höre ich am meisten",
        "de",
    ),
    (
        "Queen, wie oft lief'n det bei mir?",
        "wie oft habe ich Queen gehört",
        "de",
    ),
    (
        "was war im Sommer das Lied, das ich immer anhatte",
        "welches Lied habe ich im Sommer am meisten gehört",
        "de",
    ),
    (
        "welche Band mag ich nicht so und drück immer weiter",
        "welche Band überspringe ich am meisten",
        "de",
    ),
    (
        "hämmer am Sunntig öppis vo Queen glost",
        "haben wir am Sonntag Queen gehört",
        "de",
    ),
    (
        "wia vui Liada san gestan g'laffa",
        "wie viele Lieder liefen gestern",
        "de",
    ),
    (
        "de Buam von Justice, wia oft hob i de heuer g'hört",
        "wie oft habe ich Justice dieses Jahr gehört",
        "de",
    ),
    (
        "um wie viel ur hör ich normalerweise",
        "um wie viel Uhr höre ich normalerweise",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("hoeveel graden is het in de keuken", "de"),
    ("Mensch, mach mal das Licht in der Küche an", "de"),
    ("die Mama fragt ob du das Radio lauter machen kannst", "de"),
    ("quante volte devo dirtelo, mach das Licht aus", "de"),
    ("kak dela, spiel mal Musik in der Küche", "de"),
)
