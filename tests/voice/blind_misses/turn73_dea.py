"""Issue 45's seventy-first turn, blind round ten: a Nuremberger's soft words.

Blind writer 484 asked in Nuremberg Franconian as speech-to-text writes it:
every hard consonant soft and often doubled ("leddsde Wochn", "die
leddsdn zwaa Wochn", "leddsdn Monad", "als leddsds", "Seddember",
"Oggdober", "Auguschd", "Schdundn", "gspield"), "Dooch" for days and in
weekdays ("sieben Dooch", "am leddsdn Freidooch"), "Ohmd" for the evening,
and "ü" and "ö" unrounded ("Kinstler", "gheerd", "am öfdesdn"). None of
"leddsd-" was read, so ten of the writer's questions stated wrong facts:
"wen hob i leddsde Wochn am meisdn gheerd" and "wie viele Folgn hob i
leddsde Wochn gheerd" were answered for all time, "wos woar des erschde
Lied am leddsdn Freidooch" for today, "wie woar denn mei leddsder Summer"
for this summer (last summer is 2025's), "mit welchem Lied hob i leddsde
Nacht aufghört" with today's last song, "wann lief des leddsde Mal X" with
X's first play, "wos lief gesdern als leddsds" with all of yesterday,
"welchen Kinstler überspring i am öfdesdn" with the skip rate, and "im
Auguschd, ... am Wochnend oder unner der Wochn" for all time. "Kinstler",
"Seddember", "Dooch hinnernander" and "Schdundn" left questions not
understood, and "welches Liedla spiel i dauernd, des krieg i ja ned aus mein
Kopf" went to Home Assistant, which looked for an area "krieg i ja ned aus
mein Kopf". `parse/nuremberg_soft_de.py` says these words plainly; the net
holds "spiel i", "hör i" before the words of playing on and on.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wen hob i leddsde Wochn am meisdn gheerd",
        "wen habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "wie oft hob i seit März überhaupt Lieder abgspield, insgesamt",
        "wie viele Lieder habe ich seit März abgespielt",
    ),
    (
        "de",
        "wie viele Folgn hob i leddsde Wochn gheerd",
        "wie viele Folgen habe ich letzte Woche gehört",
    ),
    (
        "de",
        "wie viele verschiedne Kinstler hob i im Seddember gheerd",
        "wie viele verschiedene Künstler habe ich im September gehört",
    ),
    (
        "de",
        "welche Kinstler warn seit Oggdober neu bei mir",
        "welche Künstler waren seit Oktober neu bei mir",
    ),
    (
        "de",
        "wie viel hob i leddsdn Monad übersprungen",
        "wie viel habe ich letzten Monat übersprungen",
    ),
    (
        "de",
        "wie viele Dooch hinnernander hob i edz scho gheerd",
        "wie viele Tage hintereinander habe ich gehört",
    ),
    (
        "de",
        "wann lief des leddsde Mal Don't Stop Me Now",
        "wann lief das letzte Mal Don't Stop Me Now",
    ),
    (
        "de",
        "wos woar des erschde Lied am leddsdn Freidooch",
        "was war das erste Lied am letzten Freitag",
    ),
    ("de", "wos lief gesdern als leddsds", "was lief gestern als letztes"),
    (
        "de",
        "mit welchem Lied hob i leddsde Nacht aufghört",
        "mit welchem Lied habe ich letzte Nacht aufgehört",
    ),
    (
        "de",
        "welchen Kinstler überspring i am öfdesdn",
        "welchen Künstler überspringe ich am öftesten",
    ),
    (
        "de",
        "wie woar denn mei leddsder Summer so, hörmäßich",
        "wie war denn mein letzter Summer so",
    ),
    (
        "de",
        "hör i mehr in der Früh oder am Ohmd",
        "höre ich mehr morgens oder abends",
    ),
    (
        "de",
        "im Auguschd, woar des mehr am Wochnend oder unner der Wochn bei mir",
        "habe ich im August mehr am Wochenende oder unter der Woche gehört",
    ),
)

# The same speech, said of other times and words.
READ += (
    (
        "de",
        "in der Kich, welches Lied lief da leddsdn Monad am meisdn",
        "welches Lied lief letzten Monat am meisten in der Kich",
    ),
    (
        "de",
        "wos hob i leddsdn Dunnerschdooch gheerd",
        "was habe ich letzten Donnerstag gehört",
    ),
    ("de", "wos lief am Sunndooch", "was lief am Sonntag"),
    (
        "de",
        "wie lang hob i vorgesdern Ohmd gheerd",
        "wie lange habe ich vorgestern Abend gehört",
    ),
    (
        "de",
        "wieviel Minuddn hob i heid gheerd",
        "wie viele Minuten habe ich heute gehört",
    ),
    (
        "de",
        "wos hob i gesdern Nachmiddooch gheerd",
        "was habe ich gestern Nachmittag gehört",
    ),
    (
        "de",
        "wos hob i vorleddsde Wochn gheerd",
        "was habe ich vorletzte Woche gehört",
    ),
    (
        "de",
        "welche Kinstler hob i im Dezemmer am meisdn gheerd",
        "welche Künstler habe ich im Dezember am meisten gehört",
    ),
    (
        "de",
        "wer woar mei Lieblingskinstler im Abril",
        "wer war mein Lieblingskünstler im April",
    ),
)

# Words of time that were left unread beside a day or a rank, so a broader
# period would have been answered: "z'Nachd", "Zeid", "vergangne", "Friehjoahr".
READ += (
    (
        "de",
        "wie lang hob i gesdern z'Nachd gheerd",
        "wie lange habe ich gestern Nacht gehört",
    ),
    (
        "de",
        "wen hob i in der leddsdn Zeid am meisdn gheerd",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "wen hob i vergangne Wochn am meisdn gheerd",
        "wen habe ich vergangene Woche am meisten gehört",
    ),
    (
        "de",
        "wen hob i im Friehjoahr am meisdn gheerd",
        "wen habe ich im Frühling am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wen hob i leddsde Wochn am meisdn gheerd",
        "wen habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "welche Gruppn hob i die leddsdn zwaa Wochn am meisdn gheerd, gell",
        "welche Künstler habe ich die letzten zwei Wochen am meisten gehört",
        "de",
    ),
    (
        "wieviel Schdundn hob i die leddsdn sieben Dooch so gheerd",
        "wie viele Stunden habe ich in den letzten sieben Tagen gehört",
        "de",
    ),
    (
        "wie oft hob i seit März überhaupt Lieder abgspield, insgesamt",
        "wie viele Lieder habe ich seit März abgespielt",
        "de",
    ),
    (
        "wie viele Folgn hob i leddsde Wochn gheerd",
        "wie viele Folgen habe ich letzte Woche gehört",
        "de",
    ),
    (
        "wie viele verschiedne Kinstler hob i im Seddember gheerd",
        "wie viele verschiedene Künstler habe ich im September gehört",
        "de",
    ),
    (
        "wie oft hob i in die leddsdn drei Monad Queen gheerd",
        "wie oft habe ich in den letzten drei Monaten Queen gehört",
        "de",
    ),
    (
        "hamm mir am leddsdn Wochnend Justice gheerd",
        "haben wir letztes Wochenende Justice gehört",
        "de",
    ),
    (
        "welche Kinstler warn seit Oggdober neu bei mir",
        "welche Künstler waren seit Oktober neu bei mir",
        "de",
    ),
    (
        "wie viel hob i leddsdn Monad übersprungen",
        "wie viel habe ich letzten Monat übersprungen",
        "de",
    ),
    (
        "wie viele Dooch hinnernander hob i edz scho gheerd",
        "wie viele Tage hintereinander habe ich gehört",
        "de",
    ),
    (
        "wann lief des leddsde Mal Don't Stop Me Now",
        "wann lief das letzte Mal Don't Stop Me Now",
        "de",
    ),
    (
        "wos woar des leddsde Lied, des i gspield hob",
        "was war das letzte Lied, das ich gespielt habe",
        "de",
    ),
    (
        "wos woar des erschde Lied am leddsdn Freidooch",
        "was war das erste Lied am letzten Freitag",
        "de",
    ),
    ("wos lief gesdern als leddsds", "was lief gestern als letztes", "de"),
    (
        "mit welchem Lied hob i leddsde Nacht aufghört",
        "mit welchem Lied habe ich letzte Nacht aufgehört",
        "de",
    ),
    (
        "welchen Kinstler überspring i am öfdesdn",
        "welchen Künstler überspringe ich am öftesten",
        "de",
    ),
    (
        "welches Liedla spiel i dauernd, des krieg i ja ned aus mein Kopf",
        "welches Lied spiele ich ständig",
        "de",
    ),
    (
        "wie woar denn mei leddsder Summer so, hörmäßich",
        "wie war mein letzter Sommer",
        "de",
    ),
    (
        "hör i mehr in der Früh oder am Ohmd",
        "höre ich mehr in der Früh oder am Abend",
        "de",
    ),
    (
        "im Auguschd, woar des mehr am Wochnend oder unner der Wochn bei mir",
        "habe ich im August mehr am Wochenende oder unter der Woche gehört",
        "de",
    ),
)

# The same speech, said of other times and words.
ANSWERED += (
    (
        "wen hob i die leddsdn vier Wochn am meisdn gheerd",
        "wen habe ich die letzten vier Wochen am meisten gehört",
        "de",
    ),
    (
        "wos woar mei Lieblingslied im leddsdn Joahr",
        "was war mein Lieblingslied letztes Jahr",
        "de",
    ),
    (
        "wie oft hob i leddsds Joahr Queen gheerd",
        "wie oft habe ich letztes Jahr Queen gehört",
        "de",
    ),
    (
        "hob i leddsdn Samsdooch Ohmd Daft Bunk gheerd",
        "habe ich letzten Samstagabend Daft Punk gehört",
        "de",
    ),
    (
        "wie oft hob i seit Jenner Air gheerd",
        "wie oft habe ich seit Januar Air gehört",
        "de",
    ),
    (
        "wos hob i am leddsdn Wochnend gheerd",
        "was habe ich letztes Wochenende gehört",
        "de",
    ),
    (
        "welches Lied hör i dauernd",
        "welches Lied höre ich ständig",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("spiel fei Daft Punk in der Kich", "de"),
    ("wos hör i edz grad", "de"),
    ("spiel des leddsde Lied nochamol", "de"),
    ("spiel die Musigg vom leddsdn Samsdooch", "de"),
    ("mach die Musigg am Ohmd a weng leiser", "de"),
    ("spiel des Lied dauernd in der Kich", "de"),
)
