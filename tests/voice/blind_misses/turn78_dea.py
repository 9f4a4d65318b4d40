"""Issue 45's seventy-sixth turn, blind round fifteen: four German speakers (writers 515 to 518).

Two wrong facts. Blind writer 516, a chatty Swabian from Stuttgart, asked
"Wie arg hab i in letzter Zeit die gleiche Stückle wiederholt?" and was
told how long she had listened: "Stückle" (songs) was no word of the
repeat rate. Blind writer 518, a grandmother of 84 from the Münsterland,
asked "Die Mexikaner da, Café Tacuba, wann liefen die zuletzt?" and was
told the last song: the band named by where it is from, "die Mexikaner
da", hid the name said after it.

Not understood: the terse Hamburg docker (515) said the least a question
needs: "The Daily heut früh gelaufen?", "Air im August?", "Seit wann hab
ich Café Tacvba" (the verb left off), "Oktober. Kurz zusammenfassen." and
"Meine Woche, Musik, kurz". The Swabian said "laufe g'habt" ("Hen mir
vorgestern ebbes von Daft Punk laufe g'habt?"), "net lasse" for the song
on repeat, ", so vom Spiele her" and ", von dene Podcasts" after the
question, "z'samme" (sum up), and talked on after it ("Was lief zuletzt?
I hab's scho wieder vergesse, mei Kopf"). The Dortmund teenager (517)
bet on the answer (", safe tausende" had been read as a name) and said
"angemacht" for played ("the daily, hab ich das seit montag mal
angemacht"). The grandmother asked "war da Justice bei?", "wat hatte ich
da an" and opened with "Vertell ma".

`parse.round_fifteen_de` reads them now (one small reader per speaker,
read first in `said_as_written_de`); the net holds their lines ("X im
August", "seit wann hab ich X", a span and "zusammenfassen", "meine
Woche, Musik", "angemacht" only beside a word of time, "wat hatte ich da
an" after a day) and words ("heut früh", "vertell ma", "laufe g'habt",
"net lasse", "z'samme"); `net` answers the last song when a remark of the
speaker's own follows "zuletzt".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wie arg hab i in letzter Zeit die gleiche Stückle wiederholt?",
        "Wie sehr hab ich in letzter Zeit die gleichen Lieder wiederholt?",
    ),
    (
        "de",
        "Wie oft hab i diesen Monat die gleiche Stückle g'hört?",
        "Wie oft hab ich diesen Monat die gleichen Lieder gehört?",
    ),
    (
        "de",
        "Die Mexikaner da, Café Tacuba, wann liefen die zuletzt?",
        "Café Tacuba, wann liefen die zuletzt?",
    ),
    (
        "de",
        "Die Franzosen da, Justice, wann liefen die zuletzt?",
        "Justice, wann liefen die zuletzt?",
    ),
    ("de", "Seit wann hab ich Café Tacvba", "Seit wann hab ich Café Tacvba gehört"),
    ("de", "Seit wann hab ich Daft Punk?", "Seit wann hab ich Daft Punk gehört"),
    ("de", "Oktober. Kurz zusammenfassen.", "Rückblick Oktober"),
    ("de", "Letzte Woche. Zusammenfassen bitte.", "Rückblick letzte Woche"),
    ("de", "Meine Woche, Musik, kurz", "Meine Woche in Musik, kurz"),
    ("de", "Mein Monat, Musik, kurz", "Mein Monat in Musik, kurz"),
    (
        "de",
        "Was isch denn mein Lieblingslied diesen Monat, so vom Spiele her?",
        "Was ist mein Lieblingslied diesen Monat?",
    ),
    (
        "de",
        "Wie viele Folge hab i denn diesen Monat g'hört, von dene Podcasts?",
        "Wie viele Folgen hab ich diesen Monat gehört, von den Podcasts?",
    ),
    (
        "de",
        "Welches Lied kann i im Moment net lasse? Mei Mann verdreht scho d'Auge",
        "Welches Lied kann ich im Moment nicht lassen",
    ),
    (
        "de",
        "wie viele streams hatte ich insgesamt, safe tausende",
        "wie viele streams hatte ich insgesamt",
    ),
    (
        "de",
        "wie viele songs hab ich diese woche gehört, safe über hundert",
        "wie viele songs hab ich diese woche gehört",
    ),
    (
        "de",
        "the daily, hab ich das seit montag mal angemacht",
        "the daily, hab ich das seit montag mal gehört",
    ),
    ("de", "Am Samstag, wat hatte ich da an?", "Am Samstag, was lief da?"),
    ("de", "Am Mittwoch, wat hatt ick da an", "Am Mittwoch, was lief da?"),
    (
        "de",
        "Heute Morgen, war da Justice bei? Die Franzosen da.",
        "Heute Morgen, hab ich da Justice gehört?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("The Daily heut früh gelaufen?", "Hab ich The Daily heute früh gehört?", "de"),
    ("Seit wann hab ich Café Tacvba", "Seit wann hab ich Café Tacvba gehört", "de"),
    ("Seit wann hab ich Queen", "Seit wann hab ich Queen gehört", "de"),
    ("Oktober. Kurz zusammenfassen.", "Rückblick Oktober, kurz", "de"),
    ("Letzte Woche. Zusammenfassen bitte.", "Rückblick letzte Woche", "de"),
    ("Meine Woche, Musik, kurz", "Meine Woche in Musik, kurz", "de"),
    (
        "Was isch denn mein Lieblingslied diesen Monat, so vom Spiele her?",
        "Was ist mein Lieblingslied diesen Monat?",
        "de",
    ),
    (
        "Wie viele Folge hab i denn diesen Monat g'hört, von dene Podcasts?",
        "Wie viele Folgen hab ich diesen Monat gehört, von den Podcasts?",
        "de",
    ),
    (
        "Hen mir vorgestern ebbes von Daft Punk laufe g'habt?",
        "Haben wir vorgestern etwas von Daft Punk gehört?",
        "de",
    ),
    (
        "Hen mir letzte Woche ebbes von Queen laufe g'habt?",
        "Haben wir letzte Woche etwas von Queen gehört?",
        "de",
    ),
    (
        "Wie arg hab i in letzter Zeit die gleiche Stückle wiederholt?",
        "Wie sehr hab ich in letzter Zeit die gleichen Lieder wiederholt?",
        "de",
    ),
    (
        "Was lief zuletzt? I hab's scho wieder vergesse, mei Kopf",
        "Was lief zuletzt?",
        "de",
    ),
    ("Welches Lied lief zuletzt? I hab's vergesse", "Was lief zuletzt?", "de"),
    (
        "Welches Lied kann i im Moment net lasse? Mei Mann verdreht scho d'Auge",
        "Welches Lied kann ich im Moment nicht lassen",
        "de",
    ),
    (
        "Fass mir amol mei Höre z'samme, so en Überblick halt",
        "Fass mir mein Hören zusammen",
        "de",
    ),
    (
        "wie viele streams hatte ich insgesamt, safe tausende",
        "wie viele streams hatte ich insgesamt",
        "de",
    ),
    (
        "the daily, hab ich das seit montag mal angemacht",
        "hab ich the daily seit montag mal gehört",
        "de",
    ),
    (
        "queen, hab ich die gestern angemacht",
        "hab ich queen gestern gehört",
        "de",
    ),
    (
        "Heute Morgen, war da Justice bei? Die Franzosen da.",
        "hab ich heute morgen Justice gehört",
        "de",
    ),
    ("Am Samstag, wat hatte ich da an?", "Was lief am Samstag?", "de"),
    (
        "Die Mexikaner da, Café Tacuba, wann liefen die zuletzt?",
        "Café Tacuba, wann liefen die zuletzt?",
        "de",
    ),
    (
        "Vertell ma, wie war mein Oktober mit der Musik?",
        "Wie war mein Oktober mit der Musik?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("hab ich das Licht angemacht", "de"),
    ("Mach das Licht in der Küche an", "de"),
    ("Licht im Wohnzimmer an", "de"),
    ("Spiel Queen im Wohnzimmer", "de"),
    ("Musik im Wohnzimmer lauter", "de"),
    ("Seit wann ist die Heizung an", "de"),
    ("hab ich das Licht in der Küche heute angemacht", "de"),
)
