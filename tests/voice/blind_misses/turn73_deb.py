"""Issue 45's blind round ten, German: blind writer 486, a retired civil servant.

Formal Behördendeutsch: nouns and passives, "Ich bitte um Auskunft
darüber", "im Zeitraum", "bezüglich", the subjunctive. Scored blind, 39 of
64 right, 6 wrong facts, 1 of 25 commands captured. What this file pins
(`parse.retired_official_de`, the "-zeitraum" that is no room in
`rooms._TIME_WORD` and `parse.places`, the net's `net_officialese` words in
`sentences/de.yaml`, a now-playing question in `elsewhere`):

- Wrong facts: "..., die seit Montag wiedergegeben wurden, wobei
  Wiederholungen nicht mitzuzählen wären" was answered with the repeat rate
  (a count of different songs); "Auskunft über die Anzahl der Wiedergaben
  der Gruppe Daft Punk ..." with the count of artists (the group's plays);
  "Wann wurde das Album Moon Safari letztmalig gehört" with its first play;
  "Zu welchem Zeitpunkt wurde Radiohead zuletzt wiedergegeben, sofern dies
  überhaupt der Fall gewesen sein sollte" with the last song ("überhaupt"
  read as all time, the name lost); "Hinsichtlich der letzten sieben Tage:
  Wie viele Lieder wurden insgesamt abgespielt?" for all time (the period
  before the colon was dropped); "erfolgt ... das Hören von Musik" lost
  its music.
- "Im Zeitraum der vergangenen Woche" was a room "Zeitraum" ("-raum").
- A favourite judged in the subjunctive ("Welches Lied wäre, bezogen auf den
  gesamten Erfassungszeitraum, als mein Lieblingslied zu bezeichnen",
  "welcher Interpret wäre in letzter Zeit als mein bevorzugter anzusehen"),
  "bezüglich des Interpreten X bitte ich um Mitteilung, wie häufig dieser
  ...", "Ist ... Musik der Gruppe Queen gehört worden", "Ist ... das Lied X
  gelaufen", "Sind ... Interpreten hinzugekommen, die zuvor noch nicht
  gehört worden waren", "Womit endete die Wiedergabe letzte Nacht, das
  heißt, ...", "Ist ein Schwerpunkt meiner Hörgewohnheiten auf den
  Vormittag oder eher auf den Abend festzustellen, bezogen auf den letzten
  Monat": none understood.
- "Um Mitteilung der Gesamthördauer ... wird gebeten", "Ich bitte um
  Angabe des ersten Musikstücks ...", "Ich bitte um einen zusammenfassenden
  Bericht über meinen Oktober", "Erbitte Rückblick ..." reached no sentence
  of the net; "Ich bitte um eine kurze Übersicht meines Hörverhaltens" was
  read as "um eine" o'clock.
- "Welches Musikstück wird gegenwärtig wiedergegeben?" asks what plays now:
  it was answered with today's listening; it is declined now
  (`elsewhere`), though a net sentence still hears it, as it hears
  "Welches Lied wird gerade gespielt".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Bezüglich des Interpreten Herbert Grönemeyer bitte ich um Mitteilung, wie häufig dieser seit Oktober gespielt wurde.",
        "wie oft habe ich Herbert Grönemeyer seit Oktober gehört",
    ),
    (
        "de",
        "Ich bitte um Auskunft darüber, welcher Interpret im Zeitraum der vergangenen Woche die höchste Anzahl der Wiedergaben erzielt hat.",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "Welches Lied wäre, bezogen auf den gesamten Erfassungszeitraum, als mein Lieblingslied zu bezeichnen?",
        "welches Lied habe ich insgesamt am meisten gehört",
    ),
    (
        "de",
        "Welches Album wäre, bezogen auf das laufende Jahr, als mein Lieblingsalbum zu bezeichnen?",
        "welches Album habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "Ich bitte um Auskunft darüber, wie viele Stunden im Zeitraum dieser Woche insgesamt Musik gehört worden ist.",
        "wie viele Stunden Musik habe ich diese Woche gehört",
    ),
    (
        "de",
        "Ich bitte um Feststellung der Anzahl verschiedener Lieder, die seit Montag wiedergegeben wurden, wobei Wiederholungen nicht mitzuzählen wären.",
        "wie viele verschiedene Lieder habe ich seit Montag gehört",
    ),
    (
        "de",
        "Ich bitte um Feststellung der Anzahl unterschiedlicher Interpreten, die im Oktober gehört wurden.",
        "wie viele verschiedene Künstler habe ich im Oktober gehört",
    ),
    (
        "de",
        "Ich bitte um eine Aufstellung dessen, was gestern Abend gehört worden ist.",
        "was habe ich gestern Abend gehört",
    ),
    (
        "de",
        "Zu welcher Tageszeit und an welchem Wochentag erfolgt bei mir üblicherweise das Hören von Musik?",
        "zu welcher Tageszeit und an welchem Wochentag höre ich üblicherweise Musik",
    ),
    (
        "de",
        "Sind im laufenden Monat Interpreten hinzugekommen, die zuvor noch nicht gehört worden waren?",
        "welche Künstler habe ich diesen Monat neu entdeckt",
    ),
    (
        "de",
        "Welche Künstler wurden von mir im Sommer erstmalig gehört?",
        "welche Künstler habe ich im Sommer neu entdeckt",
    ),
    (
        "de",
        "Wann wurde das Album Moon Safari letztmalig gehört?",
        "wann habe ich das Album Moon Safari zuletzt gehört",
    ),
    (
        "de",
        "Zu welchem Zeitpunkt wurde Radiohead zuletzt wiedergegeben, sofern dies überhaupt der Fall gewesen sein sollte?",
        "wann habe ich Radiohead zuletzt gehört",
    ),
    (
        "de",
        "Wann wurde Queen letztmals gespielt, sofern dies überhaupt der Fall war?",
        "wann habe ich Queen zuletzt gehört",
    ),
    (
        "de",
        "Womit endete die Wiedergabe letzte Nacht, das heißt, welcher Titel lief zuletzt?",
        "welches Lied lief letzte Nacht zuletzt",
    ),
    (
        "de",
        "Ich bitte um eine kurze Übersicht meines Hörverhaltens.",
        "wie war mein Hörverhalten",
    ),
    (
        "de",
        "Erbitte Rückblick auf das laufende Jahr hinsichtlich meines Hörverhaltens.",
        "Rückblick auf dieses Jahr",
    ),
    (
        "de",
        "Hinsichtlich der letzten sieben Tage: Wie viele Lieder wurden insgesamt abgespielt?",
        "wie viele Lieder habe ich in den letzten sieben Tagen gespielt",
    ),
    (
        "de",
        "Welcher Interpret wäre in letzter Zeit als mein bevorzugter anzusehen?",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Wie verhält es sich mit der Wiederholungsquote im Zeitraum der letzten dreißig Tage?",
        "wie hoch ist meine Wiederholungsquote in den letzten dreißig Tagen",
    ),
    (
        "de",
        "Ist ein Schwerpunkt meiner Hörgewohnheiten auf den Vormittag oder eher auf den Abend festzustellen, bezogen auf den letzten Monat?",
        "höre ich im letzten Monat eher vormittags oder abends",
    ),
    (
        "de",
        "Welche Podcastsendung wäre als meine bevorzugte zu bezeichnen?",
        "welchen Podcast habe ich am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Ich bitte um Auskunft darüber, welcher Interpret im Zeitraum der vergangenen Woche die höchste Anzahl der Wiedergaben erzielt hat.",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "Ich bitte um Auskunft darüber, wie viele Stunden im Zeitraum dieser Woche insgesamt Musik gehört worden ist.",
        "wie lange habe ich diese Woche Musik gehört",
        "de",
    ),
    (
        "Ich bitte um Feststellung der Anzahl verschiedener Lieder, die seit Montag wiedergegeben wurden, wobei Wiederholungen nicht mitzuzählen wären.",
        "wie viele verschiedene Lieder habe ich seit Montag gehört",
        "de",
    ),
    (
        "Ich bitte um Auskunft über die Anzahl der Wiedergaben der Gruppe Daft Punk in der Küche im vergangenen Jahr.",
        "wie oft habe ich Daft Punk in der Küche letztes Jahr gehört",
        "de",
    ),
    (
        "Erbitte Auskunft über die Anzahl der Wiedergaben der Band Queen im laufenden Jahr.",
        "wie oft habe ich Queen dieses Jahr gehört",
        "de",
    ),
    (
        "Bezüglich des Interpreten Justice bitte ich um Mitteilung, wie häufig dieser seit Oktober gespielt wurde.",
        "wie oft habe ich Justice seit Oktober gehört",
        "de",
    ),
    (
        "Bezüglich der Band Queen bitte ich um Auskunft, wann diese zuletzt gehört wurde.",
        "wann habe ich Queen zuletzt gehört",
        "de",
    ),
    (
        "Ist im Zeitraum des vergangenen Wochenendes Musik der Gruppe Queen gehört worden?",
        "habe ich letztes Wochenende Queen gehört",
        "de",
    ),
    (
        "Ist in den vergangenen zwei Wochen das Lied One More Time von Daft Punk gelaufen?",
        "habe ich in den letzten zwei Wochen One More Time von Daft Punk gehört",
        "de",
    ),
    (
        "Zu welchem Zeitpunkt wurde Air zuletzt wiedergegeben, sofern dies überhaupt der Fall gewesen sein sollte?",
        "wann habe ich Air zuletzt gehört",
        "de",
    ),
    (
        "Hinsichtlich der letzten sieben Tage: Wie viele Lieder wurden insgesamt abgespielt?",
        "wie viele Lieder habe ich in den letzten sieben Tagen gespielt",
        "de",
    ),
    (
        "Wie verhält es sich mit der Wiederholungsquote im Zeitraum der letzten dreißig Tage?",
        "wie hoch ist meine Wiederholungsquote in den letzten dreißig Tagen",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Welches Musikstück wird gegenwärtig wiedergegeben?", "de"),
    ("Welcher Titel wird derzeit wiedergegeben?", "de"),
    ("Ich bitte um Wiedergabe von Titeln der Gruppe Daft Punk in der Küche.", "de"),
    ("Ich bitte um einen Bericht über meinen Zahnarzttermin.", "de"),
    ("Ich ersuche um Überspringen des aktuellen Titels.", "de"),
)

# The same clerk's kind of speech, said another way: his words of time ("im
# abgelaufenen Monat" had been a room and all time answered, "erfolgten" a
# name), his frames and hedges.
READ += (
    (
        "de",
        "Wie viele Wiedergaben erfolgten im abgelaufenen Monat?",
        "wie viele Wiedergaben hatte ich im vergangenen Monat",
    ),
    (
        "de",
        "Wie viele Wiedergaben erfolgten im abgelaufenen Kalenderjahr?",
        "wie viele Wiedergaben hatte ich im vergangenen Jahr",
    ),
    (
        "de",
        "Wie viele Wiedergaben fanden in der vorvergangenen Woche statt?",
        "wie viele Wiedergaben hatte ich in der vorletzten Woche",
    ),
    (
        "de",
        "Wie viele Wiedergaben erfolgten am Vortag?",
        "wie viele Wiedergaben hatte ich gestern",
    ),
    (
        "de",
        "Wie viele Wiedergaben erfolgten seit Jahresbeginn?",
        "wie viele Wiedergaben hatte ich dieses Jahr",
    ),
    (
        "de",
        "Wie viele Wiedergaben erfolgten im Laufe des heutigen Tages?",
        "wie viele Wiedergaben hatte ich heute",
    ),
    (
        "de",
        "Es wird um Auskunft gebeten, wie viele Lieder gestern abgespielt wurden.",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "Wann wurde der Titel Genesis letztmals wiedergegeben, sofern dies der Fall war?",
        "wann habe ich Genesis zuletzt gehört",
    ),
    (
        "de",
        "Welche Interpreten sind im Zeitraum der letzten dreißig Tage erstmalig in Erscheinung getreten?",
        "welche Künstler habe ich in den letzten dreißig Tagen neu entdeckt",
    ),
    (
        "de",
        "Hinsichtlich des vergangenen Monats: Welcher Interpret wurde am häufigsten gehört?",
        "welchen Künstler habe ich letzten Monat am meisten gehört",
    ),
    (
        "de",
        "Welcher Titel wäre, bezogen auf die vergangene Woche, als mein meistgehörter zu bezeichnen?",
        "welches Lied habe ich letzte Woche am meisten gehört",
    ),
)

ANSWERED += (
    (
        "Wie viele Wiedergaben erfolgten im abgelaufenen Monat?",
        "wie viele Wiedergaben hatte ich im vergangenen Monat",
        "de",
    ),
    (
        "Wie viele Wiedergaben erfolgten im Zeitraum Oktober?",
        "wie viele Wiedergaben hatte ich im Oktober",
        "de",
    ),
    (
        "Welche Interpreten sind im Zeitraum der letzten dreißig Tage erstmalig in Erscheinung getreten?",
        "welche Künstler habe ich in den letzten dreißig Tagen neu entdeckt",
        "de",
    ),
)
