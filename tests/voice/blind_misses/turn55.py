"""Issue 45's fifty-fourth turn: blind writers 332 to 339, German.

Writers 332 to 339 (an East Frisian tea drinker, a Styrian mountain farmer,
a Freiburg joiner, a Mecklenburg fisherman, an English learner of German,
a jogger's dictation, a Bielefeld speaker and a clerk writing officialese)
were scored on `f197daf9` before anything was tuned on them: 376 of 474
German questions right, 8 wrong facts. The ways most often missed, in
this file's own phrasings:

- Low German from the coast (`parse/dialect_de_platt`): "hebb ick ...
  hört" (a participle without its ge-), "speelt", "wat wier dat", "düsse
  Woch", "gistern", "Sünnabend", "Freedag", "so um Klock acht" and "halb
  nüng" (both once answered for the whole evening or afternoon: wrong
  facts), "dörtig Dage" (read as today: a wrong fact), "dat ierste Mol",
  "Gif mi 'ne Översicht över mien Woch".
- Styria: "wölches Liad", "wos worn", "meistg'spültn", "weiterdruckt"
  (skipped; read as listening time: a wrong fact), "Nochmittog oder Obnd,
  wann rennt bei mir mehr Musi", "kann i grod nit lossn".
- Baden: "hebbe mir ... ebbes vo X ghabt", "isch X gloffe oder nit",
  "drissig Täg" (read as all time: a wrong fact), "letschte Friddig" (read
  as today: a wrong fact).
- A clerk (`parse/officialese_de`): "Mitteilung der drei meistgehörten
  Interpreten im laufenden Kalenderjahr", "Liegt für den Vormonat eine
  Wiedergabe der Band Wet Leg vor", "Um eine Einschätzung ... wird
  gebeten" (its "um eine" once taken for a clock), "im Monat Oktober" and
  "im Zeitraum Juni bis einschließlich August" (once taken for times the
  slots left out), "die Musiknutzung" (music: all listening answered, a
  wrong fact).
- "Eine Folge von The Daily" heard is The Daily heard.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wie veel Stunnen hebb ick düsse Woch hört",
        "Wie viele Stunden habe ich diese Woche gehört",
    ),
    (
        "de",
        "Wie veel Leeder hebb ick hüt all speelt",
        "Wie viele Lieder habe ich heute gespielt",
    ),
    (
        "de",
        "Wie veel unnerschiedliche Leeder sünd dat in'n September wesen",
        "Wie viele unterschiedliche Lieder waren das im September",
    ),
    (
        "de",
        "Wie veel Folgen von The Daily hebb ick in twintig fiefuntwintig hört",
        "Wie viele Folgen von The Daily habe ich in 2025 gehört",
    ),
    (
        "de",
        "Hebb ick eigentlich jemols Helene Fischer hört, so överhaupt",
        "Habe ich jemals Helene Fischer gehört",
    ),
    ("de", "Wat hebb ick an'n Sünnabend hört", "Was habe ich am Samstag gehört"),
    (
        "de",
        "Wat lief gistern Abend so um Klock acht",
        "Was lief gestern Abend um acht Uhr",
    ),
    (
        "de",
        "Wat wier dat för'n Lied hüt Morgen um halb nüng",
        "Was war das für ein Lied heute Morgen um halb neun",
    ),
    (
        "de",
        "Wat lief hüt Nachmiddag so um Viertel nach fief",
        "Was lief heute Nachmittag um Viertel nach fünf",
    ),
    (
        "de",
        "Wann hebb ick dat ierste Mol Justice hört",
        "Wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "Wat wier dat ierste Lied letzten Freedag",
        "Was war das erste Lied letzten Freitag",
    ),
    (
        "de",
        "Wat hebb ick gistern as letztes hört",
        "Was habe ich gestern als letztes gehört",
    ),
    (
        "de",
        "Gif mi mal 'ne Översicht över mien Woch",
        "Gib mir eine Übersicht über meine Woche",
    ),
    (
        "de",
        "wie viele Lieder hab ich heut Morgen gespielt, bi de eerste Tee",
        "wie viele Lieder habe ich heute Morgen gespielt",
    ),
    (
        "de",
        "Wos worn meine fünf meistg'spültn Liada im Summa",
        "Was waren meine fünf meistgespielten Lieder im Sommer",
    ),
    (
        "de",
        "in de vergangenen zwoa Wochn, wia vü Liada worn des",
        "wie viele Lieder waren das in den vergangenen zwei Wochen",
    ),
    (
        "de",
        "heit am Nochmittog, wos is do g'laufn wia i im Stoi wor",
        "was lief heute am Nachmittag",
    ),
    (
        "de",
        "wia vü hob i letzte Wochn weiterdruckt",
        "wie viel habe ich letzte Woche übersprungen",
    ),
    (
        "de",
        "Wölches Liad druck i am öftestn weg",
        "Welches Lied überspringe ich am öftesten",
    ),
    (
        "de",
        "wölches Liad kann i grod nit lossn",
        "welches Lied kann ich gerade nicht lassen",
    ),
    (
        "de",
        "Nochmittog oder Obnd, wann rennt bei mir mehr Musi",
        "Nachmittag oder Abend, wann läuft bei mir mehr Musik",
    ),
    (
        "de",
        "Hebbe mir letscht Monat ebbes vo Café Tacvba ghabt",
        "Haben wir letzten Monat etwas von Café Tacvba gehört",
    ),
    (
        "de",
        "Was war s'erschte Lied letschte Friddig",
        "Was war das erste Lied letzten Freitag",
    ),
    ("de", "mein jahr puh fass mal zusammen", "fass mein Jahr zusammen"),
    (
        "de",
        "wer war dat denn in letzter Zeit, wo ich nich von loskomm, so'n Künstler",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Mitteilung der drei meistgehörten Interpreten im laufenden Kalenderjahr, bitte.",
        "Nenne mir die drei meistgehörten Interpreten dieses Jahr",
    ),
    (
        "de",
        "Welcher Interpret steht in letzter Zeit im Vordergrund meiner Hörtätigkeit?",
        "Welchen Interpreten habe ich in letzter Zeit am meisten gehört?",
    ),
    (
        "de",
        "Welcher Podcast wird meinerseits derzeit vorrangig gehört?",
        "Welchen Podcast habe ich in letzter Zeit am meisten gehört?",
    ),
    (
        "de",
        "Wie hoch belief sich die Gesamthördauer im Zeitraum der laufenden Woche?",
        "Wie lange habe ich diese Woche gehört?",
    ),
    (
        "de",
        "Feststellung der Dauer der Musikwiedergabe am gestrigen Tage, in Stunden und Minuten.",
        "Wie lange habe ich gestern Musik gehört?",
    ),
    (
        "de",
        "Anzahl der heute bislang abgespielten Lieder, bitte.",
        "Wie viele Lieder habe ich heute gespielt?",
    ),
    (
        "de",
        "Wie oft erfolgte in dieser Woche die Wiedergabe von Titeln der Gruppe Queen?",
        "Wie oft habe ich Queen diese Woche gehört?",
    ),
    (
        "de",
        "Ist in letzter Zeit eine Wiedergabe von Justice meinerseits erfolgt?",
        "Habe ich Justice in letzter Zeit gehört?",
    ),
    (
        "de",
        "Liegt für den Vormonat eine Wiedergabe der Band Wet Leg vor?",
        "Habe ich Wet Leg letzten Monat gehört?",
    ),
    (
        "de",
        "Auskunftserteilung hinsichtlich der gestern Abend gehörten Inhalte.",
        "Was habe ich gestern Abend gehört?",
    ),
    (
        "de",
        "Welche Inhalte wurden heute Morgen wiedergegeben?",
        "Was habe ich heute Morgen gehört?",
    ),
    (
        "de",
        "Sind im laufenden Monat erstmalig Interpreten in Erscheinung getreten?",
        "Welche Künstler habe ich diesen Monat neu entdeckt?",
    ),
    (
        "de",
        "An wie vielen aufeinanderfolgenden Tagen wurde bislang ohne Unterbrechung gehört?",
        "An wie vielen Tagen hintereinander habe ich ohne Unterbrechung gehört?",
    ),
    (
        "de",
        "Wann erfolgte die erstmalige Wiedergabe von Daft Punk?",
        "Wann habe ich Daft Punk zum ersten Mal gehört?",
    ),
    (
        "de",
        "Datum der letztmaligen Wiedergabe von Queen?",
        "Wann habe ich Queen zuletzt gehört?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wölche Bands worn heuer ganz neu für mi",
        "welche Bands waren dieses Jahr neu für mich",
        "de",
    ),
    (
        "Wie viel verschiedene Liedle hab isch die letschte drissig Täg ghört",
        "Wie viele verschiedene Lieder habe ich in den letzten dreißig Tagen gehört",
        "de",
    ),
    (
        "wie viele Folgen vonne Podcasts hab ich diese Woche gehört",
        "wie viele Podcastfolgen habe ich diese Woche gehört",
        "de",
    ),
    (
        "Um einen zusammenfassenden Bericht über den Monat Oktober wird ersucht.",
        "Rückblick auf den Monat Oktober",
        "de",
    ),
    (
        "Bestätigung erbeten, ob heute eine Folge von The Daily angehört wurde.",
        "Habe ich heute The Daily gehört?",
        "de",
    ),
    (
        "Um eine Einschätzung meines Musikgeschmacks auf Grundlage der Hörhistorie wird gebeten.",
        "Wie ist mein Musikgeschmack?",
        "de",
    ),
    (
        "Auskunft über das im Monat Oktober meistgehörte Album wird erbeten.",
        "Welches Album habe ich im Oktober am meisten gehört?",
        "de",
    ),
    (
        "Gesamthördauer im Sommer, also im Zeitraum Juni bis einschließlich August dieses Jahres?",
        "Wie lange habe ich im Sommer gehört?",
        "de",
    ),
    (
        "Lauft bei mir am Wocheend meh Musik wie unter de Woch",
        "Höre ich am Wochenende mehr Musik als unter der Woche",
        "de",
    ),
    (
        "Bohemian Rhapsody, wie oft lief dat nu im Sommer",
        "Wie oft habe ich Bohemian Rhapsody im Sommer gehört",
        "de",
    ),
    (
        "Hett Ada dat Album Discovery in de letzten dree Monate hört",
        "Hat Ada das Album Discovery in den letzten drei Monaten gehört",
        "de",
    ),
    (
        "Daft Punk am vergangenen Wochenende, erfolgte diesbezüglich eine Wiedergabe?",
        "Habe ich Daft Punk letztes Wochenende gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (("dat lied auf repeat", "de"),)
