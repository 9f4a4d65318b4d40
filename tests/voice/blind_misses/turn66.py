"""Issue 45's sixty-fourth turn: blind writers 419 to 425, German, mended.

Seven writers (a farmer of the Bernese Oberland, a Polish nurse, a Hamburg
father cooking with children about, a Neukölln teenager, a Leipzig
pensioner, a Madrid learner and a driver dictating to a poor recogniser)
were scored blind on `5e498ff5`: 329 of 379 German questions right, 7
wrong facts, none of 171 commands captured. What this turn mends, in this
file's own phrasings:

- "Letzten Freitag nach der Arbeit": "nach" after a day had been read as a
  clipped "Nacht" (Friday night answered, a wrong fact).
- Saxony's soft "d": "in den letzten dreißsch Dachen" (the period had been
  dropped, all time answered: a wrong fact), "Modaach", "in'n Dach
  gestartet", "am Stügg", "gann isch'n", "musiggalisch"; "von wem bin
  isch'n ... vernarrt" after "gugge ma"; "seit wann gibt's'n bei mir X".
- Bern: "wiitergskippt" (skipped: the listening time had been answered, a
  wrong fact), "wivil", "wi mängs Mau", "het", "am haubi nüni", "gspiut",
  "gfaut", "lose i", "normalerwiis", "Aabe", "i eim fort", "ds Jahr",
  "wenn hani dä" after a name (the name had been lost and the last song
  answered: a wrong fact), "hei mir", "gib mer", "i dr Chuchi", "weles
  Liedli" (one song), "verzell mau".
- A Polish speaker's "was war meistens gespielt diese Monat welche Lied"
  (the top, not what played: a wrong fact), "war bei uns am Wochenende X,
  tak", "wie oft X diesen Jahr bei mir gelaufen".
- A Spanish speaker's "die letzte Mal ich habe gehört X wann war" (the
  name had been lost: a wrong fact), "número uno", "Lieblingsdisco",
  "seguidos", "übergesprungen", "die drei Lieder mehr gehört", "meine
  canción von Sommer", "oye, habe ich gehört X letzte Woche".
- Kiezdeutsch: "welchen Podcast pump isch", "yani" at the end.
- A word to a child after the question: "..., Jonas, Hände waschen" had
  been read as the name asked about.

Six more writers (a Cologne grandmother speaking Kölsch, a Turkish-German
mechanic in Stuttgart, a Viennese typist of keywords, a French learner, a
formal Zurich bank clerk and a Bavarian teenager) were then scored blind on
`57ef3a0b`: 269 of 316 right, 8 wrong facts, none of 150 commands
captured. Mended:

- Kölsch: "dise Woch" (left unread, today answered: a wrong fact), "hür
  ich" (never "heuer"), "wie vill", "hück morje", "jester Ovend", "wor",
  "för e Leedche" (past only, with a time before it), "mieh", "morjens",
  "unger dä Woch", "en dä Küch", "dä meiste", "zoletz", "et eschte",
  "droppe", "am laufe", "widder un widder", "dat letzte Mol, dat ich X
  hatt".
- "Wie häufig" is "wie oft" (a recap had been answered: a wrong fact); "ich
  bitte um eine Quote" after the question (read as one o'clock: a wrong
  fact).
- "X zuletzt gespielt?" and a learner's "die letzte Mal das ich habe X
  gehört, war wann" (the name had been lost: wrong facts); a French
  learner's "la semaine dernière" (dropped: a wrong fact), "zwanzig Uhr
  weniger die Viertel" (read as eight: a wrong fact), "gibt es Gruppen die
  ich höre zum ersten Mal" (the period's first song had been answered).
- A typist's "Top3 Künstler Okt", "Anzahl Lieder heut früh", "X
  Wiedergaben 2025", "Lied heut um halb neun"; a Bavarian teenager's "wie
  oft wurd seit März wos abgspuit", "die gscheideste Platte".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "die erste Mal das ich habe Queen gehört, war wann",
        "wann habe ich Queen das erste Mal gehört",
    ),
    (
        "de",
        "Wie häufig überspringe ich Lieder, ich bitte um eine Quote",
        "wie oft überspringe ich Lieder",
    ),
    (
        "de",
        "was lief gestern um einundzwanzig Uhr weniger die Viertel",
        "was lief gestern um viertel vor 21",
    ),
    (
        "de",
        "gibt es Bands die ich höre zum ersten Mal diesen Monat",
        "gibt es Bands die ich diesen Monat zum ersten Mal gehört habe",
    ),
    (
        "de",
        "wie oft wurd seit Oktober wos abgspuit",
        "wie viele Wiedergaben hatte ich seit Oktober",
    ),
    (
        "de",
        "wos war die gscheideste Platte letztes Jahr",
        "was war mein top album letztes Jahr",
    ),
    (
        "de",
        "was lief als letztes am Montag nach der Arbeit",
        "was lief als letztes am Montag",
    ),
    (
        "de",
        "wie viele Künstler warn das in den letzten vierzehn Dachen",
        "wie viele Künstler habe ich in den letzten vierzehn Tagen gehört",
    ),
    (
        "de",
        "welsches Lied lief'n am meisten seit Diensdaach",
        "welches Lied lief am meisten seit Dienstag",
    ),
    (
        "de",
        "womit bin isch'n gestern in'n Dach gestartet",
        "womit bin ich gestern in den Tag gestartet",
    ),
    (
        "de",
        "gugge ma von wem bin isch'n diesen Monat ganz vernarrt",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "seit wann gibt's'n bei mir Sexy Boy",
        "wann habe ich Sexy Boy zum ersten Mal gehört",
    ),
    (
        "de",
        "wi viu hani letscht Wuche wiitergskippt",
        "wie viel habe ich letzte Woche übersprungen",
    ),
    ("de", "wivil Lieder hani hüt glost", "wie viele Lieder habe ich heute gehört"),
    (
        "de",
        "wi mängs Mau isch geschter Queen gloffe",
        "wie oft ist gestern Queen gelaufen",
    ),
    (
        "de",
        "Daft Punk, wenn hani dä ds letscht Mau ghört",
        "wann habe ich Daft Punk das letzte Mal gehört",
    ),
    (
        "de",
        "was het geschter am haubi achti gspiut",
        "was lief gestern um halb acht",
    ),
    ("de", "lose i meh am Morge oder am Aabe", "höre ich mehr morgens oder abends"),
    (
        "de",
        "welche Band was war meistens gehört letzte Woche welche Künstler",
        "welcher Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "war bei mir gestern Air, tak?",
        "habe ich gestern Air gehört",
    ),
    (
        "de",
        "wie oft Queen diesen Monat bei mir gelaufen",
        "wie oft habe ich Queen diesen Monat gehört",
    ),
    (
        "de",
        "das erste Mal ich habe gehört Justice wann war",
        "wann habe ich Justice das erste Mal gehört",
    ),
    (
        "de",
        "welche album war mein número uno in letzte jahr",
        "welches Album war meine Nummer eins letztes Jahr",
    ),
    (
        "de",
        "wie viele tage seguidos ich habe gehört",
        "wie viele Tage am Stück habe ich gehört",
    ),
    (
        "de",
        "sag mir die fünf künstler mehr gehört diese woche",
        "welche fünf Künstler habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "welchen song pump isch diesen monat",
        "welchen Song höre ich diesen Monat am meisten",
    ),
    (
        "de",
        "hab isch gestern Air gehört yani",
        "habe ich gestern Air gehört",
    ),
    (
        "de",
        "i dr Chuchi, weles Liedli isch sit em Oktober am meischte gloffe",
        "welches Lied lief seit Oktober in der Küche am meisten",
    ),
    (
        "de",
        "wie oft hab ich Queen gehört, Lotte, lass das",
        "wie oft habe ich Queen gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wie vill Stunde han ich dise Monat jehört",
        "wie viele Stunden habe ich diesen Monat gehört",
        "de",
    ),
    (
        "hück morje um acht, wat wor dat för e Leedche",
        "was lief heute um acht",
        "de",
    ),
    ("hür ich mieh morjens oder ovends", "höre ich mehr morgens oder abends", "de"),
    (
        "wann wor dat letzte Mol, dat ich dat Sexy Boy vun Air hatt",
        "wann habe ich Sexy Boy von Air zuletzt gehört",
        "de",
    ),
    (
        "Könnten Sie mir sagen, wie häufig Queen im letzten Monat gelaufen ist",
        "wie oft lief Queen letzten Monat",
        "de",
    ),
    ("Genesis zuletzt gespielt?", "wann habe ich Genesis zuletzt gehört", "de"),
    (
        "was war die erste Lied la semaine dernière",
        "was war das erste Lied letzte Woche",
        "de",
    ),
    ("Top5 Lieder Sept", "meine top fünf Lieder im September", "de"),
    ("Anzahl Wiedergaben gestern", "wie viele Wiedergaben hatte ich gestern", "de"),
    (
        "wi mängs Mau isch vorgeschter Daft Punk gloffe",
        "wie oft lief Daft Punk vorgestern",
        "de",
    ),
    (
        "hei mir letscht Wuche Air glost",
        "haben wir letzte Woche Air gehört",
        "de",
    ),
    (
        "verzell mau, was isch geschter am Namittag gloffe",
        "was lief gestern Nachmittag",
        "de",
    ),
    (
        "verzell mau, wie isch mi September gsi",
        "wie war mein September",
        "de",
    ),
    (
        "wie war'n die letzte Woche so musiggalisch",
        "wie war letzte Woche",
        "de",
    ),
    (
        "wer war'n letzten Monat neu dabei bei mir",
        "welche neuen Künstler habe ich letzten Monat entdeckt",
        "de",
    ),
    ("no wie war mein Monat, musikalisch", "wie war mein Monat", "de"),
    (
        "oye habe ich gehört Air letzte woche",
        "habe ich letzte Woche Air gehört",
        "de",
    ),
    (
        "was war mein canción vom sommer",
        "welches Lied habe ich im Sommer am meisten gehört",
        "de",
    ),
    (
        "lieblings album im sommer",
        "welches Album habe ich im Sommer am meisten gehört",
        "de",
    ),
    (
        "wie viele Lieder hab ich gestern gespielt, Paul, Zähne putzen",
        "wie viele Lieder habe ich gestern gespielt",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("was pump ich grad", "de"),
    ("was ist das für ein Lied, qué canción es", "de"),
    ("spiel mal die Queen, Jonas, Hände waschen", "de"),
)
