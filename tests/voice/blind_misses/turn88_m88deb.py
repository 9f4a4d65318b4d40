"""Issue 45's eighty-sixth turn (blind round twenty-five): Cologne, Munich and Vienna in German.

Blind writer 574, a Cologne pensioner in his mid-seventies, says "Kääl"
(Kerl) for a performer ("Welchen Kääl überspring isch am häufigsten?": the
song had been answered, a wrong fact; "welcher Kääl hat misch in letzter
Zeit so verrückt jemacht, dat isch den dauernd hör?": the songs on repeat
had been answered, a wrong fact), asks his taste as "Wat för ne Musik hör
isch am liebsten" (the top song had been answered, a wrong fact), tells a
story around the time he asks of ("jestern, isch stand am Herd, so Viertel
vor acht, do lief doch wat, wat wor dat dann?"), names a song by its band's
country ("Dat Eres von dene Mexikaner, Kaffee Tacuba oder wie die heißen,
hab isch dat am Samstag jehört?"), guesses when after his question ("...,
dat muss doch Karneval jewesen sein"), says "Hör isch immer dat Jleiche, so
wie en ahl Schallplatt, die hängt?" and "Welches Lied krieg isch jrad nit
mehr aus'm Kopp". "Im Sommer, wie et so schön warm wor, ..." had been
declined as a question of the weather (`elsewhere`: a summer's warmth said
as a remark is none).

Blind writer 575, a Munich woman, asks "Wos war des für a Liad heid in da
Friah um halb neun?", says the kind first ("Folgen vom Podcast, wie vui warn
des de letzten dreißig Tag?": "von de" had been read as a name), and asked
five questions no sentence heard ("sag ma meine fünf meistg'spuilten Liader
vom Oktober", "wia vui Daft Punk war des de letzten sieben Tag", "bei wem
drück i immer glei weiter", "welches Liadl spui i grad ständig, des i ned
aus'm Kopf krieg", "wann war The Daily zuletzt dran").

Blind writer 577, a Viennese student, says "grad ur angefixt" for lately
("Von welchem Podcast bin i grad ur angefixt?") and adds where it played
after her question ("Ham wir am Wochenende Don't Stop Me Now gspielt? Bei
der Party?").

Read now by `parse/round_twenty_five_de.py` (each speaker's table only
under that speaker's marks) and heard by `de.yaml`'s net lines of this turn.
"wann war The Daily zuletzt dran" is still not heard: a net line for it took
"wann war der Techniker zuletzt dran". The rows after each writer's own are
the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Welchen Kääl überspring isch am häufigsten?",
        "Welchen Künstler überspringe ich am häufigsten?",
    ),
    (
        "de",
        "Jetz ens janz ehrlich, welcher Kääl hat misch in letzter Zeit so verrückt jemacht, dat isch den dauernd hör?",
        "Welchen Künstler höre ich in letzter Zeit am meisten?",
    ),
    (
        "de",
        "Wat för ne Musik hör isch eijentlich am liebsten, sach ens",
        "Was für Musik höre ich eigentlich am liebsten?",
    ),
    (
        "de",
        "Jetz sach ens, jestern, isch stand am Herd, so Viertel vor acht, do lief doch wat, wat wor dat dann?",
        "Was lief gestern um viertel vor acht?",
    ),
    (
        "de",
        "Dat Eres von dene Mexikaner, Kaffee Tacuba oder wie die heißen, hab isch dat am Samstag jehört?",
        "Hab ich Eres am Samstag gehört?",
    ),
    (
        "de",
        "Wann hab isch die Höhner dat erste Mal jehört, dat muss doch Karneval jewesen sein",
        "Wann hab ich die Höhner das erste Mal gehört?",
    ),
    (
        "de",
        "Hör isch immer dat Jleiche, so wie en ahl Schallplatt, die hängt?",
        "Höre ich immer das Gleiche?",
    ),
    (
        "de",
        "Welches Lied krieg isch jrad nit mehr aus'm Kopp, dat isch dauernd spiel?",
        "Welches Lied krieg ich nicht mehr aus dem Kopf?",
    ),
    (
        "de",
        "Welcher Kääl lief denn diese Woche am meisten?",
        "Welcher Künstler lief diese Woche am meisten?",
    ),
    (
        "de",
        "Welchen Kääl hab isch letzten Monat am meisten jehört?",
        "Welchen Künstler hab ich letzten Monat am meisten gehört?",
    ),
    (
        "de",
        "Welcher Kääl hat misch diese Woche so jeck jemacht, dat isch den immer hör?",
        "Welchen Künstler höre ich diese Woche am meisten?",
    ),
    (
        "de",
        "Wat för ne Musik hör isch am liebsten?",
        "Was für Musik höre ich am liebsten?",
    ),
    (
        "de",
        "Jestern, isch soß im Wohnzimmer, so um acht, do lief doch wat, wat wor dat?",
        "Was lief gestern um acht?",
    ),
    (
        "de",
        "Dat One More Time von dene Franzosen, Daft Punk oder wie die heißen, hab isch dat jestern jehört?",
        "Hab ich One More Time gestern gehört?",
    ),
    (
        "de",
        "Wann hab isch Daft Punk dat letzte Mal jehört, dat muss doch im Sommer jewesen sein",
        "Wann hab ich Daft Punk das letzte Mal gehört?",
    ),
    (
        "de",
        "Hör isch dauernd dat Jleiche?",
        "Höre ich dauernd das Gleiche?",
    ),
    (
        "de",
        "Welchen Song krieg isch nit aus'm Kopp, dat isch immer spiel?",
        "Welchen Song krieg ich nicht mehr aus dem Kopf?",
    ),
    (
        "de",
        "Wos war des für a Liad heid in da Friah um halb neun?",
        "Welches Lied lief heute am Morgen um halb neun?",
    ),
    (
        "de",
        "Folgen vom Podcast, wie vui warn des de letzten dreißig Tag?",
        "Wie viele Podcastfolgen waren es in den letzten dreißig tagen?",
    ),
    (
        "de",
        "Wos war des für a Liadl gestern um achte?",
        "Welches Lied lief gestern um acht?",
    ),
    (
        "de",
        "Wos war des für a Liad in da Friah um sieben?",
        "Welches Lied lief früh um sieben?",
    ),
    (
        "de",
        "Liader, wie vui warn des de letzten sieben Tag?",
        "Wie viele Lieder waren es in den letzten sieben tagen?",
    ),
    (
        "de",
        "Episoden vom Podcast, wia vui warn des diese Woche?",
        "Wie viele Podcastfolgen waren es diese Woche?",
    ),
    (
        "de",
        "Von welchem Podcast bin i grad ur angefixt?",
        "Von welchem Podcast bin ich in letzter Zeit angefixt?",
    ),
    (
        "de",
        "Ham wir am Wochenende Don't Stop Me Now gspielt? Bei der Party?",
        "Ham wir am Wochenende Don't Stop Me Now gespielt?",
    ),
    (
        "de",
        "Von welcher Band bin i grad ur süchtig?",
        "Von welcher Band bin ich in letzter Zeit süchtig?",
    ),
    (
        "de",
        "Ham wir gestern Bohemian Rhapsody gspielt? Beim Geburtstag?",
        "Haben wir gestern Bohemian Rhapsody gespielt?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Their own, which reached no sentence or an area's.
    (
        "Hör isch immer dat Jleiche, so wie en ahl Schallplatt, die hängt?",
        "Höre ich immer das Gleiche?",
        "de",
    ),
    (
        "Bei welcher Band drück isch am ehesten weiter, die mag isch wohl nit so?",
        "Welche Band überspringe ich am häufigsten?",
        "de",
    ),
    (
        "Welches Lied krieg isch jrad nit mehr aus'm Kopp, dat isch dauernd spiel?",
        "Welches Lied krieg ich nicht mehr aus dem Kopf?",
        "de",
    ),
    (
        "Im Sommer, wie et so schön warm wor, wat wor da mein Lied Nummer eins?",
        "Was war im Sommer mein Lied Nummer eins?",
        "de",
    ),
    (
        "sag ma meine fünf meistg'spuilten Liader vom Oktober",
        "meine fünf meistgespielten Lieder im Oktober",
        "de",
    ),
    (
        "wia vui Daft Punk war des de letzten sieben Tag",
        "wie oft habe ich Daft Punk in den letzten sieben Tagen gehört",
        "de",
    ),
    (
        "bei wem drück i immer glei weiter, welche Band is des",
        "Welche Band überspringe ich am häufigsten?",
        "de",
    ),
    (
        "welches Liadl spui i grad ständig, des i ned aus'm Kopf krieg",
        "Welches Lied krieg ich nicht mehr aus dem Kopf?",
        "de",
    ),
    (
        "Von welchem Podcast bin i grad ur angefixt?",
        "Welchen Podcast höre ich in letzter Zeit am meisten?",
        "de",
    ),
    # The same shapes said another way.
    (
        "Bei welchem Künstler drück ich am ehesten weiter?",
        "Welchen Künstler überspringe ich am häufigsten?",
        "de",
    ),
    (
        "sag ma meine meistg'spuilten Liader vom September",
        "meine meistgespielten Lieder im September",
        "de",
    ),
    (
        "Welches Liad krieg i ned aus'm Kopf?",
        "Welches Lied krieg ich nicht mehr aus dem Kopf?",
        "de",
    ),
    (
        "Hör isch dauernd dat Jleiche?",
        "Höre ich dauernd das Gleiche?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("ich bin müde", "de"),
    ("drück weiter", "de"),
    ("Spiel ens die Höhner", "de"),
    ("wann war der Techniker zuletzt dran", "de"),
    ("wie warm war es im Sommer", "de"),
    ("Im Sommer, wie es so schön warm war, wie kalt war es da im Keller?", "de"),
    ("sag ma, welches Licht is im Wohnzimmer an", "de"),
    ("wia vui Strom war des de letzten sieben Tag", "de"),
)
