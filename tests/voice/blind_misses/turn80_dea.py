"""Issue 45's seventy-eighth turn (blind round seventeen): a chatty Swabian and a long-winded Tyrolean (writers 529, 530).

Blind writer 529, a chatty Swabian woman from Stuttgart, opens with "Ha
noi," or "Ha, und", tells a story in a sentence of its own before she asks
and points back into it with "des". Two wrong facts came of it: "Ha, und
wann lief des letzte Mal Daft Punk bei mir?" lost the name and was
answered with the last song of all, and "Des Lied Eres von dene
Mexikaner, Café Tacvba, wann isch des denn des erste Mal bei mir glaufe?"
with today's first song. Not understood: "Des Bohemian Rhapsody, des krieg
i nimmer aus'm Kopf, gell. Wie oft hab i des ...", "die Woch scho ghört,
seit Montag halt", "Wer hat's mir denn in letzter Zeit so arg angetan?",
the story "..., des weisch ja." before "Welcher Podcast isch denn grad
mein Favorit?" (taken by Home Assistant for a floor) and "... oder bild i
mir des bloß ei?" (its "ei" turned on an area). Blind writer 530, an
85-year-old Tyrolean woman, asked "was hab ich denn am vorigen Freitag
gehört" and was answered with today, a Friday (a wrong fact); she says
"diese Daily-Sendung", adds "..., der Enkel hat ihn mir gezeigt", names
the performer last ("das Lied Eres gehört, von diesem Café Tacvba") and
asks "bin ich eher eine, die am Vormittag zuhört, oder am Nachmittag".

`parse.swabian_chatter_de` and `parse.tyrol_grandmother_de` (read first of
`said_as_written_de`, each gated by its speaker's own words) read them;
`when.days` reads "am vorigen Freitag" as last Friday for everyone; net
lines in `sentences/de.yaml` hold a story closed with "des weisch ja"
before a question of a podcast, song or artist, "... oder bild i mir des
bloß ei" and "wer hat's mir ... angetan".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Ha, und wann lief des letzte Mal Daft Punk bei mir?",
        "Wann lief das letzte Mal Daft Punk?",
    ),
    (
        "de",
        "Des Lied Eres von dene Mexikaner, Café Tacvba, wann isch des denn des erste Mal bei mir glaufe?",
        "Wann lief das Lied Eres von Café Tacvba das erste Mal?",
    ),
    (
        "de",
        "Des Bohemian Rhapsody, des krieg i nimmer aus'm Kopf, gell. Wie oft hab i des diesen Monat ghört?",
        "Wie oft habe ich Bohemian Rhapsody diesen Monat gehört?",
    ),
    (
        "de",
        "Also wie viele unterschiedliche Lieder hab i denn die Woch scho ghört, seit Montag halt?",
        "Wie viele verschiedene Lieder habe ich seit Montag gehört?",
    ),
    (
        "de",
        "Mei Schwägerin sagt immer, i hör bloß noch den einen. Wer hat's mir denn in letzter Zeit so arg angetan?",
        "Wen habe ich in letzter Zeit am meisten gehört?",
    ),
    (
        "de",
        "Beim Bügle hör i ja immer so Sendunge, des weisch ja. Welcher Podcast isch denn grad mein Favorit?",
        "Welcher Podcast ist gerade mein Favorit?",
    ),
    (
        "de",
        "was hab ich denn am vorigen Freitag gehört",
        "Was habe ich am letzten Freitag gehört?",
    ),
    (
        "de",
        "sagen Sie mir bitte, wie oft ich diese Daily-Sendung seit Oktober gehört hab",
        "sagen Sie mir bitte, wie oft ich den Podcast The Daily seit Oktober gehört hab",
    ),
    (
        "de",
        "am Samstag, hab ich da den Daft Punk gehört, der Enkel hat ihn mir gezeigt",
        "am Samstag, hab ich da den Daft Punk gehört",
    ),
    (
        "de",
        "wann hab ich das letzte Mal das Lied Eres gehört, von diesem Café Tacvba",
        "Wann habe ich das letzte Mal das Lied Eres von Café Tacvba gehört?",
    ),
    (
        "de",
        "bin ich eher eine, die am Vormittag zuhört, oder am Nachmittag",
        "Höre ich eher am Vormittag oder am Nachmittag?",
    ),
    # Made up: the same ways said again.
    (
        "de",
        "Ha noi, hab i am Samstag Daft Punk ghört oder bild i mir des nur ei?",
        "Habe ich am Samstag Daft Punk gehört?",
    ),
    (
        "de",
        "Beim Putze lauft bei mir immer Musik, des weisch ja. Welches Lied isch denn grad mein Favorit?",
        "Welches Lied ist gerade mein Favorit?",
    ),
    (
        "de",
        "Des Around the World, des krieg i nimmer aus'm Kopf, gell. Wie oft hab i des diese Woche ghört?",
        "Wie oft habe ich Around the World diese Woche gehört?",
    ),
    (
        "de",
        "Des Lied Sexy Boy von dene Franzose, Air, wann isch des des letzte Mal glaufe?",
        "Wann lief das Lied Sexy Boy von Air das letzte Mal?",
    ),
    (
        "de",
        "Ha, und wie oft lief Queen diesen Monat?",
        "Wie oft lief Queen diesen Monat?",
    ),
    (
        "de",
        "Mei Mann sagt immer, i hör bloß noch Queen. Wer hat's mir denn diesen Monat so angetan?",
        "Wen habe ich diesen Monat am meisten gehört?",
    ),
    (
        "de",
        "was lief am vorigen Sonntag",
        "Was lief am letzten Sonntag?",
    ),
    (
        "de",
        "am Sonntag, hab ich da die Queen gehört, die Enkelin hat sie mir gezeigt",
        "am Sonntag, hab ich da die Queen gehört",
    ),
    (
        "de",
        "wann hab ich das erste Mal das Lied One More Time gehört, von diesem Daft Punk",
        "Wann habe ich das erste Mal das Lied One More Time von Daft Punk gehört?",
    ),
    (
        "de",
        "bin ich eher einer, der am Abend zuhört, oder am Morgen",
        "Höre ich eher am Abend oder am Morgen?",
    ),
    (
        "de",
        "bin ich mehr eine, die werktags zuhört, oder am Wochenende",
        "Höre ich mehr werktags oder am Wochenende?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Ha, und wann lief des letzte Mal Daft Punk bei mir?",
        "Wann lief das letzte Mal Daft Punk?",
        "de",
    ),
    (
        "Des Lied Eres von dene Mexikaner, Café Tacvba, wann isch des denn des erste Mal bei mir glaufe?",
        "Wann lief das Lied Eres von Café Tacvba das erste Mal?",
        "de",
    ),
    (
        "was hab ich denn am vorigen Freitag gehört",
        "Was habe ich am letzten Freitag gehört?",
        "de",
    ),
    (
        "Des Bohemian Rhapsody, des krieg i nimmer aus'm Kopf, gell. Wie oft hab i des diesen Monat ghört?",
        "Wie oft habe ich Bohemian Rhapsody diesen Monat gehört?",
        "de",
    ),
    (
        "Also wie viele unterschiedliche Lieder hab i denn die Woch scho ghört, seit Montag halt?",
        "Wie viele verschiedene Lieder habe ich seit Montag gehört?",
        "de",
    ),
    (
        "Mei Schwägerin sagt immer, i hör bloß noch den einen. Wer hat's mir denn in letzter Zeit so arg angetan?",
        "Wen habe ich in letzter Zeit am meisten gehört?",
        "de",
    ),
    (
        "Beim Bügle hör i ja immer so Sendunge, des weisch ja. Welcher Podcast isch denn grad mein Favorit?",
        "Welcher Podcast ist gerade mein Favorit?",
        "de",
    ),
    (
        "Ha noi, hab i gestern eigentlich Queen ghört oder bild i mir des bloß ei?",
        "Habe ich gestern Queen gehört?",
        "de",
    ),
    (
        "sagen Sie mir bitte, wie oft ich diese Daily-Sendung seit Oktober gehört hab",
        "Wie oft habe ich den Podcast The Daily seit Oktober gehört?",
        "de",
    ),
    (
        "am Samstag, hab ich da den Daft Punk gehört, der Enkel hat ihn mir gezeigt",
        "Habe ich am Samstag Daft Punk gehört?",
        "de",
    ),
    (
        "wann hab ich das letzte Mal das Lied Eres gehört, von diesem Café Tacvba",
        "Wann habe ich das letzte Mal das Lied Eres von Café Tacvba gehört?",
        "de",
    ),
    (
        "bin ich eher eine, die am Vormittag zuhört, oder am Nachmittag",
        "Höre ich eher am Vormittag oder am Nachmittag?",
        "de",
    ),
    (
        "Mei Mann sagt immer, i hör bloß noch Queen. Wer hat's mir denn diesen Monat so angetan?",
        "Wen habe ich diesen Monat am meisten gehört?",
        "de",
    ),
    (
        "Ha noi, hab i am Samstag Daft Punk ghört oder bild i mir des nur ei?",
        "Habe ich am Samstag Daft Punk gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Ha noi, mach des Licht im Flur an", "de"),
    ("Es isch kalt draußen, des weisch ja. Mach halt die Heizung an.", "de"),
    ("Ha, und mach die Musik leiser", "de"),
    ("Schalt des Licht in der Küche ei", "de"),
    ("Mei Mann sagt immer, es isch zu warm. Mach die Heizung aus.", "de"),
)
