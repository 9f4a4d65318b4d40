"""Issue 45's eighty-sixth turn (blind round twenty-five): a Palatine vintner and a Polish builder.

Blind writer 578, a vintner from the Palatinate, clips "denn" onto his
verbs ("sin'n", "is'n", "hab ich'n"), says "gheert", "Sticker" (songs),
"ingsgesamt", "dieselwe", "zuletscht", "uffgstanne", "uffheere",
"Morgeheerer", and names a thing first and points back to it ("Die
Flippers, hab ich die jemols laafe lasse?", "Dont Stop Me Now, wann war des
zuletscht dran?"). Thirteen of his questions were not understood or
answered wrong ("Heer ich allegebott dieselwe Lieder, oder net?" had been
answered with the top songs, a wrong fact). `parse/palatine_vintner_de.py`
reads his words under his marks; "welches Lied hat zuletzt gespielt", "mit
welchem Lied bin ich aufgestanden" and "beschreib mir mal, was ich so für
Musik mag" are read for anyone (`plain_turns_de`), as is "was ist das Lied,
das ich nicht aufhören kann zu spielen" (`hooked_de`); `de.yaml` hears the
shapes that never reached Encore.

Blind writer 576, a Polish builder in Frankfurt at A2, opens with "no"
(well), leaves out articles and says the question word last: "meiste
Podcast letzte dreißig Tage welche", "welche Tag und welche Stunde ich hör
am meisten" (the top songs had been answered, a wrong fact), "was ist Lied
in Moment was ich immer spiele". `parse/polish_builder_de.py` reads them;
the net's learner lines take "no" before a time said first.

The rows after each writer's own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # 578's own.
    (
        "de",
        "Wieviel Lieder sin'n heit frieh gelaafe?",
        "wie viele Lieder sind heute früh gelaufen",
    ),
    (
        "de",
        "Wieviel hab ich dies Johr ingsgesamt abgespielt, alles zamme?",
        "wie viel habe ich dieses Jahr insgesamt abgespielt",
    ),
    (
        "de",
        "Seit Mondag, wieviel unnerschiedliche Sticker hab ich gheert?",
        "wie viele unterschiedliche Stücke habe ich seit Montag gehört",
    ),
    ("de", "Beschreib mer emol, was ich so fer Musik mag", "was für Musik mag ich"),
    ("de", "Wann heer ich'n am liebschde, so zeitlich?", "wann höre ich am liebsten"),
    (
        "de",
        "Heer ich allegebott dieselwe Lieder, oder net?",
        "höre ich immer dieselben Lieder",
    ),
    (
        "de",
        "Dont Stop Me Now, wann war des zuletscht dran?",
        "wann habe ich Dont Stop Me Now zuletzt gehört",
    ),
    (
        "de",
        "Welches Stick hot zuletscht gespielt, weescht des?",
        "welches Lied lief zuletzt",
    ),
    (
        "de",
        "Mit welchem Lied bin ich heit morge uffgstanne?",
        "mit welchem Lied bin ich heute morgen aufgewacht",
    ),
    (
        "de",
        "Was is'n des Lied, wo ich net uffheere kann zu spiele?",
        "welches Lied höre ich in Dauerschleife",
    ),
    (
        "de",
        "Wie war'n die Woch bei mir, so vum Heere her?",
        "wie war diese Woche bei mir",
    ),
    (
        "de",
        "Bin ich eher en Morgeheerer oder en Nochmiddagsheerer, seit Oktower?",
        "bin ich eher ein Morgenhörer oder ein Nachmittagshörer seit Oktober",
    ),
    (
        "de",
        "Die Flippers, hab ich die jemols laafe lasse?",
        "habe ich jemals Die Flippers gehört",
    ),
    # The same shapes, said another way.
    (
        "de",
        "Wie viele Lieder sin'n gestern gelaafe?",
        "wie viele Lieder sind gestern gelaufen",
    ),
    (
        "de",
        "Wieviel verschiedene Sticker hab ich die Woch gheert?",
        "wie viele verschiedene Stücke habe ich diese Woche gehört",
    ),
    ("de", "Heer ich allegebott desselwe, oder net?", "höre ich immer dasselbe"),
    (
        "de",
        "Bin ich eher en Morgeheerer oder en Owendheerer?",
        "bin ich eher ein Morgenhörer oder ein Abendhörer",
    ),
    (
        "de",
        "Around the World, wann war des zuletscht dran?",
        "wann habe ich Around the World zuletzt gehört",
    ),
    ("de", "Beschreib mir mal, was ich so für Musik mag", "was für Musik mag ich"),
    ("de", "Welches Lied hat zuletzt gespielt?", "welches Lied lief zuletzt"),
    (
        "de",
        "Mit welchem Song bin ich gestern aufgestanden?",
        "mit welchem Lied bin ich gestern aufgewacht",
    ),
    (
        "de",
        "Was ist das Lied, das ich nicht aufhören kann zu spielen?",
        "welches Lied höre ich in Dauerschleife",
    ),
    # 576's own.
    (
        "de",
        "no letzte Woche welche Band ich viel hören",
        "welche Band habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "meiste Podcast letzte dreißig Tage welche",
        "welchen Podcast habe ich in den letzten dreißig Tagen am meisten gehört",
    ),
    (
        "de",
        "welche Tag und welche Stunde ich hör am meisten",
        "an welchem Tag und um welche Uhrzeit höre ich am meisten",
    ),
    (
        "de",
        "was ist Lied in Moment was ich immer spiele",
        "welches Lied höre ich in Dauerschleife",
    ),
    # The same shapes, said another way.
    (
        "de",
        "meiste Lieder diese Woche welche",
        "welche Lieder habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "no meiste Band letzte Monat wer",
        "welche Band habe ich letzten Monat am meisten gehört",
    ),
    ("de", "welche Stunde ich hör meistens", "um welche Uhrzeit höre ich am meisten"),
    (
        "de",
        "was ist Song im Moment was ich immer höre",
        "welches Lied höre ich in Dauerschleife",
    ),
    ("de", "no gestern was ich hab gehört", "was habe ich gestern gehört"),
)

ANSWERED: tuple[Answered, ...] = (
    # Die Flippers are not in the tests' history: Queen, the same shape.
    ("Queen, hab ich die jemols laafe lasse?", "habe ich jemals Queen gehört", "de"),
    ("Beschreib mer emol, was ich so fer Musik mag", "was für Musik mag ich", "de"),
    ("Wann heer ich'n am liebschde, so zeitlich?", "wann höre ich am liebsten", "de"),
    (
        "Heer ich allegebott dieselwe Lieder, oder net?",
        "höre ich immer dieselben Lieder",
        "de",
    ),
    (
        "Dont Stop Me Now, wann war des zuletscht dran?",
        "wann habe ich Don't Stop Me Now zuletzt gehört",
        "de",
    ),
    (
        "Welches Stick hot zuletscht gespielt, weescht des?",
        "welches Lied lief zuletzt",
        "de",
    ),
    (
        "Mit welchem Lied bin ich heit morge uffgstanne?",
        "mit welchem Lied bin ich heute morgen aufgewacht",
        "de",
    ),
    (
        "Was is'n des Lied, wo ich net uffheere kann zu spiele?",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    (
        "Wie war'n die Woch bei mir, so vum Heere her?",
        "wie war diese Woche bei mir",
        "de",
    ),
    (
        "no letzte Woche welche Band ich viel hören",
        "welche Band habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "meiste Podcast letzte dreißig Tage welche",
        "welchen Podcast habe ich in den letzten dreißig Tagen am meisten gehört",
        "de",
    ),
    (
        "welche Tag und welche Stunde ich hör am meisten",
        "an welchem Tag und um welche Uhrzeit höre ich am meisten",
        "de",
    ),
    (
        "was ist Lied in Moment was ich immer spiele",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    (
        "Was ist das Lied, das ich nicht aufhören kann zu spielen?",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    ("Wie war der Monat bei mir?", "wie war dieser Monat bei mir", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("Was is'n des fer e Lied grad?", "de"),
    ("Was lääft'n grad in de Kich?", "de"),
    ("Spiel mer emol Daft Punk in de Kich", "de"),
    ("Des Lied in Dauerschleif, bitte", "de"),
    ("Lass die Musik laufen", "de"),
    ("no spiel Queen bitte", "de"),
    ("was ich höre jetzt gerade", "de"),
    ("ich bin müde", "de"),
    ("Bestell mir Sticker für das Album", "de"),
)
