"""Issue 45's seventy-fourth turn: a staff sergeant's German (blind writer 492).

A Bundeswehr staff sergeant asks as he reports: a heading first ("Meldung
Top-Künstler, Zeitraum KW 46.", "Frage: Lief gestern Queen?", "Lage gestern
Abend: was lief?", "Lagebericht November", "Erbitte Jahresrückblick."), a
sign-off after (", Meldung.", "? Ende.", ", zackig", ", durchgeben"), a
report's nouns ("Hauptnutzungszeit", "Erstkontakt mit Café Tacvba",
"aktueller Dauerbrenner", "Lagevergleich Werktage gegen Wochenende") and a
time said as a field ("Uhrzeit heute acht Uhr dreißig, welcher Titel lief").
Twenty-three of his questions reached no sentence of Encore's, or Home
Assistant's "Kein Bereich mit dem Namen ...", or were read with the
sign-off as a name ("nichts namens abgespielte meldung") or a time ("als
Letztes Ende"). One was a wrong fact: "Uhrzeit" was read as the usual hour
asked, and the peak was answered for a question of one moment.

`parse.staff_sergeant_de` reads his headings, sign-offs and nouns; the
net's sentences hear them (a heading only with a word of the history after
it); a "Zeitraum" no reader reads is asked back, never answered for all
time ("Zeitraum Herbstmanöver").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "Meldung Top-Künstler, Zeitraum KW 46.", "Top-Künstler KW 46"),
    (
        "de",
        "Meldung: Top-Künstler, Zeitraum letzte Woche. Ende.",
        "welcher Künstler war letzte Woche vorne",
    ),
    (
        "de",
        "Frage: Welcher Künstler lag dieses Jahr auf Platz eins?",
        "welcher Künstler war dieses Jahr vorne",
    ),
    (
        "de",
        "Lage Ada, Zeitraum letzte Woche: welcher Künstler vorne?",
        "welchen Künstler hat Ada letzte Woche am meisten gehört",
    ),
    (
        "de",
        "Lage Ben, Zeitraum diesen Monat: welcher Podcast vorne?",
        "welchen Podcast hat Ben diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Zeitraum KW 46: welcher Künstler vorne?",
        "welcher Künstler war in KW 46 vorne",
    ),
    (
        "de",
        "Frage: Welcher Podcast steht bei mir in letzter Zeit an erster Stelle?",
        "welcher Podcast liegt bei mir in letzter Zeit vorne",
    ),
    (
        "de",
        "Anzahl abgespielte Titel heute Morgen. Meldung.",
        "wie viele Titel habe ich heute Morgen gehört",
    ),
    ("de", "Frage: Lief gestern Queen? Ja oder nein.", "Lief gestern Queen?"),
    (
        "de",
        "Justice in letzter Zeit gehört, ja oder nein, zackig.",
        "Justice in letzter Zeit gehört, ja oder nein",
    ),
    ("de", "Lage gestern Abend: was lief?", "was lief gestern Abend"),
    (
        "de",
        "Lage heute: wie lange Musik gehört? Ende.",
        "wie lange habe ich heute Musik gehört",
    ),
    (
        "de",
        "Uhrzeit heute acht Uhr dreißig, welcher Titel lief?",
        "welcher Titel lief heute um acht Uhr dreißig",
    ),
    (
        "de",
        "Uhrzeit zweiundzwanzig Uhr gestern: welches Lied?",
        "welches Lied lief gestern um zweiundzwanzig Uhr",
    ),
    (
        "de",
        "Heute siebzehn Uhr zehn, was war auf dem Lautsprecher?",
        "was lief heute um siebzehn Uhr zehn",
    ),
    (
        "de",
        "Meldung: Welche Musikrichtung höre ich überwiegend?",
        "Welche Musikrichtung höre ich überwiegend",
    ),
    (
        "de",
        "Zu welcher Uhrzeit höre ich in der Regel Musik, und an welchem Tag?",
        "Zu welcher Uhrzeit höre ich normalerweise Musik",
    ),
    (
        "de",
        "Hauptnutzungszeit, Wochentag und Stunde, Meldung.",
        "wann höre ich am meisten",
    ),
    (
        "de",
        "Meldung Serie: Anzahl Tage in Folge mit Musik.",
        "Anzahl Tage in Folge mit Musik",
    ),
    (
        "de",
        "Erstkontakt mit Café Tacvba, wann?",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
    ),
    (
        "de",
        "Letztkontakt mit Daft Punk, wann?",
        "wann habe ich Daft Punk zuletzt gehört",
    ),
    ("de", "Womit bin ich heute geweckt worden?", "was lief heute als Erstes"),
    (
        "de",
        "Aktueller Dauerbrenner, Titel durchgeben.",
        "Welches Lied läuft bei mir derzeit in Dauerschleife",
    ),
    ("de", "Lagebericht November, vollständig.", "Rückblick auf November"),
    ("de", "Lagebericht Oktober.", "Rückblick auf Oktober"),
    ("de", "Lagebericht Sommer. Ende.", "Rückblick auf den Sommer"),
    ("de", "Erbitte Jahresrückblick. Ende.", "Jahresrückblick"),
    (
        "de",
        "Lagebericht Zeitraum KW 46, Musik und Podcast.",
        "Rückblick auf KW 46",
    ),
    (
        "de",
        "Vormittag gegen Nachmittag, wann mehr gehört, letzte drei Monate?",
        "habe ich vormittags oder nachmittags mehr gehört, letzte drei Monate",
    ),
    (
        "de",
        "Morgen gegen Abend, wann mehr gehört?",
        "habe ich morgens oder abends mehr gehört",
    ),
    (
        "de",
        "Lagevergleich Werktage gegen Wochenende, Hördauer.",
        "höre ich unter der Woche oder am Wochenende mehr",
    ),
    (
        "de",
        "Meldung: Anzahl Wiedergaben Queen diese Woche. Ende.",
        "Anzahl Wiedergaben Queen diese Woche",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Each reached no sentence of Encore's, or Home Assistant's "Kein
    # Bereich ...", or a sign-off read as a name or a time.
    ("Meldung Top-Künstler, Zeitraum KW 46.", "Top-Künstler in KW 46", "de"),
    (
        "Frage: Welcher Künstler lag dieses Jahr auf Platz eins?",
        "welcher Künstler war dieses Jahr vorne",
        "de",
    ),
    (
        "Lage Ada, Zeitraum letzte Woche: welcher Künstler vorne?",
        "welchen Künstler hat Ada letzte Woche am meisten gehört",
        "de",
    ),
    (
        "Frage: Welcher Podcast steht bei mir in letzter Zeit an erster Stelle?",
        "welcher Podcast liegt bei mir in letzter Zeit vorne",
        "de",
    ),
    (
        "Anzahl abgespielte Titel heute Morgen. Meldung.",
        "wie viele Titel habe ich heute Morgen gehört",
        "de",
    ),
    ("Frage: Lief gestern Queen? Ja oder nein.", "habe ich gestern Queen gehört", "de"),
    (
        "Justice in letzter Zeit gehört, ja oder nein, zackig.",
        "habe ich Justice in letzter Zeit gehört",
        "de",
    ),
    ("Lage gestern Abend: was lief?", "was lief gestern Abend", "de"),
    # The wrong fact: "Uhrzeit" was the usual hour asked.
    (
        "Uhrzeit heute acht Uhr dreißig, welcher Titel lief?",
        "welcher Titel lief heute um acht Uhr dreißig",
        "de",
    ),
    (
        "Heute siebzehn Uhr zehn, was war auf dem Lautsprecher?",
        "was lief heute um siebzehn Uhr zehn",
        "de",
    ),
    (
        "Meldung: Welche Musikrichtung höre ich überwiegend?",
        "Welche Musikrichtung höre ich am meisten",
        "de",
    ),
    (
        "Zu welcher Uhrzeit höre ich in der Regel Musik, und an welchem Tag?",
        "Zu welcher Uhrzeit höre ich normalerweise Musik",
        "de",
    ),
    (
        "Hauptnutzungszeit, Wochentag und Stunde, Meldung.",
        "wann höre ich am meisten",
        "de",
    ),
    (
        "Meldung Serie: Anzahl Tage in Folge mit Musik.",
        "wie viele Tage in Folge habe ich Musik gehört",
        "de",
    ),
    (
        "Erstkontakt mit Café Tacvba, wann?",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
    ("Letzter gespielter Titel, Meldung.", "was war das letzte Lied", "de"),
    ("Was lief als Letztes? Ende.", "was war das letzte Lied", "de"),
    ("Womit bin ich heute geweckt worden?", "was lief heute als Erstes", "de"),
    (
        "Aktueller Dauerbrenner, Titel durchgeben.",
        "Welches Lied läuft bei mir derzeit in Dauerschleife",
        "de",
    ),
    ("Lagebericht November, vollständig.", "Rückblick auf November", "de"),
    ("Erbitte Jahresrückblick. Ende.", "Jahresrückblick", "de"),
    ("Lagebericht Zeitraum KW 46, Musik und Podcast.", "Rückblick auf KW 46", "de"),
    (
        "Vormittag gegen Nachmittag, wann mehr gehört, letzte drei Monate?",
        "habe ich vormittags oder nachmittags mehr gehört in den letzten drei Monaten",
        "de",
    ),
    (
        "Lagevergleich Werktage gegen Wochenende, Hördauer.",
        "höre ich unter der Woche oder am Wochenende mehr",
        "de",
    ),
    # The same speech, other questions.
    ("Lagebericht letzte Woche. Ende.", "Rückblick auf letzte Woche", "de"),
    ("Lagebericht Woche.", "Rückblick auf diese Woche", "de"),
    ("Statusbericht Oktober.", "Rückblick auf Oktober", "de"),
    ("Sachstand: Hördauer diese Woche.", "wie lange habe ich diese Woche gehört", "de"),
    (
        "Meldung: Anzahl Wiedergaben Queen diese Woche. Ende.",
        "wie oft habe ich diese Woche Queen gehört",
        "de",
    ),
    (
        "Lage heute: wie lange Musik gehört?",
        "wie lange habe ich heute Musik gehört",
        "de",
    ),
    (
        "Uhrzeit zweiundzwanzig Uhr gestern: welches Lied?",
        "welches Lied lief gestern um zweiundzwanzig Uhr",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Was ist das für ein Lied? Meldung.", "de"),
    ("Was läuft gerade? Titel melden.", "de"),
    ("Wetterlage morgen früh?", "de"),
    ("Frage: Welches Lied läuft gerade?", "de"),
    ("Frage: Wie wird das Wetter morgen?", "de"),
    ("Meldung: Timer zehn Minuten.", "de"),
    ("Spiel Daft Punk in der Küche, zackig.", "de"),
    ("Nächsten Track im Wohnzimmer, zackig.", "de"),
    ("Lage Küche: Licht an.", "de"),
    ("Podcast weiter, Ende.", "de"),
    ("Lagebild Wetter morgen.", "de"),
    ("Lage: Heizung Küche.", "de"),
)
