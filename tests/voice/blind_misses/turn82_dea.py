"""Issue 45's eightieth turn (blind round nineteen): a Thuringian forester, an Upper Palatinate innkeeper, an old East Prussian lady and a Kazakh woman dictating (writers 538 to 541).

Blind writer 538, a terse forester from Thuringia, set the period apart
with a colon ("die letzten drei Monate: am Wochenende mehr gehört als
werktags?": the heading was taken for a story and the comparison answered
for all time, a wrong fact); `parse.period_heading_de` reads the colon as
the comma it stands for. His fragments, the kind said first and the
question last ("verschiedene Stücke, alles zusammen. Wie viele.", "neue
Kapellen dies Jahr, gelle, welche", "mittags oder nachts, wann läuft
mehr"), "Was hör ich'n so für Musik" and "gib mir'n Überblick" are now
heard by the sentence file's net.

Blind writer 539, a chatty innkeeper from the Upper Palatinate, tells
about his guests before he asks and adds remarks after: the Wirtschaft of
his story was taken for a period, "des Lied" of his question was the song
of his story, "am dritten November, da war die Hochzeit ..., was hab i
denn da ..." was answered for today and "..., wo doch am Samstag immer die
Wirtschaft voll is?" for Saturdays (four wrong facts);
`parse.palatinate_innkeeper_de` (read first of `said_as_written_de`, gated
by his "i" for "ich" beside a verb, "mei", "fei", "heuer" and his
participles) reads them, and the net hears "..., drum frag i di: ...",
"da Franz ... fragt mi ständig, welche Platte ..." and "... bei mir so der
Renner".

Blind writer 540, a 90-year-old East Prussian lady, asked for "meine drei
meistgespielten Lieder dieses Jahres" and was answered for all time (a
wrong fact): the genitive "dieses Jahres" and "dieses Monats" are now this
year and this month for everyone (`parse.formal_de`), and her "was
spielte da" after a moment and "weitergeschaltet" are heard.

Blind writer 541, a Kazakh woman dictating, said "wann lief letzte mal the
deili" ("letzte mal" was taken into the name; `parse.ukrainian_stt_de`
reads it as the last play) and "letzte drei monate top podcast" (the
period first, heard by the net now).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "die letzten drei Monate: am Wochenende mehr gehört als werktags?",
        "Höre ich die letzten drei Monate am Wochenende mehr als unter der Woche?",
    ),
    (
        "de",
        "mei Wirtin schimpft scho, dass in da Wirtschaft dauernd Musik lauft, wie lang lief denn diese Woch Musik?",
        "Wie lange habe ich diese Woche Musik gehört?",
    ),
    (
        "de",
        "am dritten November, da war die Hochzeit vom Xaver, was hab i denn da für Musik ghabt?",
        "Welche Musik habe ich am dritten November gehört?",
    ),
    (
        "de",
        "hör i am Wochenende mehr als unter da Woch, wo doch am Samstag immer die Wirtschaft voll is?",
        "Höre ich am Wochenende mehr als unter der Woche?",
    ),
    (
        "de",
        "Sag amal, neulich am Stammtisch hat da Sepp gmoant, i hör eh bloß Queen, drum frag i di jetzt fei: wer war heuer mei meistgspielter Künstler?",
        "Wer war dieses Jahr mein meistgespielter Künstler?",
    ),
    (
        "de",
        "da Franz, der alte Schallplattensammler, fragt mi ständig, welche Platte i letztes Jahr am meisten gspielt hab, sag's mir halt",
        "Welche Platte habe ich letztes Jahr am meisten gespielt?",
    ),
    (
        "de",
        "wann hab i Air des erste Mal ghört, des hat mir a Französin empfohlen, die bei uns übernachtet hat",
        "Wann habe ich Air zum ersten Mal gehört?",
    ),
    (
        "de",
        "Würden Sie mir freundlicherweise meine drei meistgespielten Lieder dieses Jahres nennen?",
        "Was sind meine drei meistgespielten Lieder dieses Jahr?",
    ),
    (
        "de",
        "wann lief letzte mal the deili",
        "Wann habe ich the deili zuletzt gehört?",
    ),
    # Made up: the same ways said again.
    (
        "de",
        "die letzten zwei Wochen: was lief am meisten?",
        "Was lief in den letzten zwei Wochen am meisten?",
    ),
    (
        "de",
        "letzte drei Monate: abends mehr gehört als morgens?",
        "Höre ich letzte drei Monate abends mehr als morgens?",
    ),
    (
        "de",
        "mei Bedienung moant, dass i zu laut aufdreh, wie lang hab i gestern ghört?",
        "Wie lange habe ich gestern gehört?",
    ),
    (
        "de",
        "am Samstag, da war des Feuerwehrfest, was hab i denn da ghört?",
        "Was habe ich am Samstag gehört?",
    ),
    (
        "de",
        "Mei, gestern beim Frühschoppen hat da Alois gsagt, i hör nur Schlager, drum frag i di: was hab i letzte Woch am meisten ghört?",
        "Was habe ich letzte Woche am meisten gehört?",
    ),
    (
        "de",
        "da Xaver, der Metzger, fragt mi dauernd, welches Lied i heuer am meisten ghört hab",
        "Welches Lied habe ich dieses Jahr am meisten gehört?",
    ),
    (
        "de",
        "wie oft hab i Queen gspielt, insgesamt, die Gäst mögen des",
        "Wie oft habe ich Queen insgesamt gehört?",
    ),
    (
        "de",
        "Nennen Sie mir bitte mein Lieblingsalbum dieses Monats",
        "Was ist mein Lieblingsalbum diesen Monat?",
    ),
    (
        "de",
        "wann lief erste mal daft punk",
        "Wann habe ich Daft Punk zum ersten Mal gehört?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "verschiedene Stücke, alles zusammen. Wie viele.",
        "Wie viele verschiedene Songs habe ich insgesamt gehört?",
        "de",
    ),
    (
        "verschiedene Stückl seit Montag, wie viele san des?",
        "Wie viele verschiedene Songs habe ich seit Montag gehört?",
        "de",
    ),
    ("Was hör ich'n so für Musik, sag mal", "Was für Musik höre ich?", "de"),
    (
        "neue Kapellen dies Jahr, gelle, welche",
        "Welche neuen Künstler habe ich dieses Jahr entdeckt?",
        "de",
    ),
    (
        "gib mir'n Überblick, wie's gelaufen is mit'm Hören",
        "Gib mir einen Überblick",
        "de",
    ),
    (
        "mittags oder nachts, wann läuft mehr",
        "Höre ich mehr mittags oder nachts?",
        "de",
    ),
    (
        "welcher Podcast is denn bei mir so der Renner, gell, i hör ja immer was beim Gläserspülen",
        "Welcher Podcast ist mein meistgehörter?",
        "de",
    ),
    (
        "Heute früh um acht, was spielte da, bitte?",
        "Was lief heute früh um acht?",
        "de",
    ),
    (
        "Wie viel habe ich diese Woche weitergeschaltet, im Verhältnis, meine ich?",
        "Wie oft habe ich diese Woche übersprungen?",
        "de",
    ),
    ("letzte drei monate top podcast", "top podcast letzte drei monate", "de"),
    # Made up: the same ways said again.
    (
        "unterschiedliche Künstler, insgesamt. Wie viele.",
        "Wie viele verschiedene Künstler habe ich insgesamt gehört?",
        "de",
    ),
    (
        "neue Bands diesen Monat, welche",
        "Welche neuen Künstler habe ich diesen Monat entdeckt?",
        "de",
    ),
    (
        "morgens oder abends, wann läuft mehr",
        "Höre ich mehr morgens oder abends?",
        "de",
    ),
    ("diese woche top künstler", "top künstler diese woche", "de"),
    ("Gestern Abend um neun, was spielte da?", "Was lief gestern Abend um neun?", "de"),
    (
        "welcher Künstler is denn bei uns so der Renner, gell",
        "Welcher Künstler ist bei uns der meistgehörte?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Mach das Licht an", "de"),
    ("Spiel Musik von Queen", "de"),
    ("Was läuft gerade?", "de"),
    ("Spiel das nächste Lied", "de"),
    ("Der Nachbar fragt mich ob das Licht an ist", "de"),
)
