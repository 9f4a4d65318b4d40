"""Issue 45's fifty-ninth turn: blind writers 372 to 379, German.

Writers 372 to 379 (a Palatinate winegrower, a Munich girl of thirteen, a
Dutch learner, a tired shift worker through speech to text, a Saarland
grandmother, a Viennese woman, a Berlin start-up founder and a
Russian-German resettler) were scored on `5b36e801` before anything was
tuned on them: 465 of 519 German questions right, 7 wrong facts, 0
commands captured. The ways most often missed, in this file's own
phrasings:

- The Palatinate and the Saarland: "heit Middag" is this afternoon (read
  as noon: two wrong facts), "an welchem Daa in der Woch" the weekday
  (the week's top songs had been answered), "heit Morje" before a name,
  "allegebott", "die selwe Lieder", "wach wor", "bin isch … so abgfahre"
  (hooked), "net sei losse", "wie viel Sache", "die Kischt" that played
  (read as a person), a doubt said after the question.
- Vienna: "wie vü hab i … wiederholt" is the repeat rate (read as the
  listening time), "san … grennt", "angfressn", "ned auslassen", a name
  said first and "wie oft war des im Oktober".
- Learners: "übergeslagen" (skipped, read as the listening time), "wie
  spät höre ich normal, und an welche Tag", "wie viel Stück Musik",
  "Werktage … oder Sonnabend, Sonntag" (read as Sunday alone).
- Business German: "die meiste Performance gebracht", "neu in meiner
  Rotation", "durchgejagt", "Morning Listener", "so vom Ranking her".
- Dictated without a comma, a period said first ("die letzten sieben tage
  wie viel hab ich gehört") is the listening time, not a count.
- Assist's net heard none of a dozen of them: the words were added.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The Palatinate and the Saarland.
    (
        "de",
        "womit hab isch heit Middag uffghört",
        "womit habe ich heute Nachmittag aufgehört",
    ),
    (
        "de",
        "wie viel Lieder warn das heit Middag",
        "wie viele Lieder habe ich heute Nachmittag gehört",
    ),
    (
        "de",
        "An welchem Daa in de Woch hör isch am meischde?",
        "an welchem Wochentag höre ich am meisten",
    ),
    (
        "de",
        "welle Band bin isch die letscht Woch so abgfahre",
        "welche Band habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welles Lied kann isch gar net sei losse",
        "welches Lied kann ich gar nicht sein lassen",
    ),
    (
        "de",
        "wie viel Sache hab isch geschder abgspielt",
        "wie viele Wiedergaben hatte ich gestern",
    ),
    (
        "de",
        "hab isch jemols Justice gehört, des glaab isch net",
        "habe ich jemals Justice gehört",
    ),
    ("de", "Heer isch allegebott die selwe Songs?", "wie oft wiederhole ich Songs"),
    (
        "de",
        "Mit was fer em Lied bin isch heit wach wor?",
        "mit welchem Lied bin ich heute aufgewacht",
    ),
    ("de", "Was hat die Kischt geschder um acht gespielt?", "was lief gestern um acht"),
    # Vienna.
    (
        "de",
        "im Oktober, wie vü hab i do wiederholt",
        "wie viel habe ich im Oktober wiederholt",
    ),
    (
        "de",
        "Justice, wie oft war des letzte Woche",
        "wie oft habe ich Justice letzte Woche gehört",
    ),
    (
        "de",
        "von welchem Künstler bin i heuer so angfressn",
        "welcher Künstler war dieses Jahr mein Top-Künstler",
    ),
    (
        "de",
        "gestern, wie viele Nummern san da grennt",
        "wie viele Lieder habe ich gestern gehört",
    ),
    # Learners.
    (
        "de",
        "wie oft habe ich gestern übergeslagen",
        "wie oft habe ich gestern übersprungen",
    ),
    (
        "de",
        "wie spät höre ich normal, und an welche Tag",
        "um welche Uhrzeit und an welchem Tag höre ich meistens",
    ),
    (
        "de",
        "Wie viel Stück Musik lief gestern",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "Unter der Woche ich hör mehr oder Samstag, Sonntag?",
        "höre ich mehr unter der Woche oder am Wochenende",
    ),
    # Business German.
    (
        "de",
        "welche Band hat im Oktober die meiste Performance gebracht",
        "wer war im Oktober mein Top-Künstler",
    ),
    (
        "de",
        "welche Künstler sind seit Oktober neu in meiner Rotation",
        "welche Künstler habe ich seit Oktober neu entdeckt",
    ),
    (
        "de",
        "Wie viele Songs hab ich gestern durchgejagt",
        "wie viele Songs habe ich gestern gehört",
    ),
    (
        "de",
        "bin ich eher Morning Listener oder Evening Listener",
        "höre ich mehr morgens oder abends",
    ),
    # A period first, dictated without its comma.
    (
        "de",
        "letzte woche wie viel hab ich gehört",
        "wie lange habe ich letzte Woche gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Business German's remarks after the question, and "abgeschlossen" of
    # a night's music, never of a door.
    (
        "Was war mein Top-Album im Oktober, so vom Ranking her",
        "Was war im Oktober mein Top-Album?",
        "de",
    ),
    (
        "Womit hab ich gestern abgeschlossen, so der Closer",
        "Welches Lied lief gestern als letztes?",
        "de",
    ),
    # A period and "als letschdes" caught by a sentence's period: the last
    # of that day, never "which of both".
    (
        "Was lief am Mittwoch als letschdes?",
        "Welches Lied lief am Mittwoch als letztes?",
        "de",
    ),
    (
        "Was lief gestern als allerletztes?",
        "Welches Lied lief gestern als letztes?",
        "de",
    ),
    ("Lief heit Morje Queen?", "Habe ich heute Morgen Queen gehört?", "de"),
    (
        "Um acht heit Middag, was is do gelaaf?",
        "Was lief heute Nachmittag um acht?",
        "de",
    ),
    (
        "Queen letzte Woche gehört? glaub nicht lol",
        "Habe ich letzte Woche Queen gehört?",
        "de",
    ),
    (
        "Justice, wie oft war des im Oktober",
        "Wie oft habe ich Justice im Oktober gehört?",
        "de",
    ),
    ("Mach mir kleine Übersicht von letzte Woche", "Wie war meine letzte Woche?", "de"),
    ("erzähl mal wie die letzte Woche so war", "Wie war meine letzte Woche?", "de"),
    (
        "Welches Lied kann i grad ned auslassen, heast",
        "Welches Lied höre ich gerade in Dauerschleife?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Hab ich die Haustür gestern abgeschlossen?", "de"),
    ("Mach mir Musik von Queen in der Küche an", "de"),
    ("Spiel das Album, das ich habe gehört letzte Woche", "de"),
)
