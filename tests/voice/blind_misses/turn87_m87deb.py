"""Issue 45's eighty-fifth turn (blind round twenty-four): a Hamburg docker, a Berlin teen gamer, a Swabian housewife and a Dresdner.

Blind writer 568, a Hamburg docker, said "Butter bei die Fische: wie lang
lief heut Musik" (Home Assistant's own sentence took the rest for an
area), a name first and pointed back to with "die" ("Santiano, hatt ich
die dies Jahr mal an", "Daft Punk, wie oft hatt ich die dies Jahr an":
a floor "dies Jahr", then the name left out), "schnack ma büschen über
meine Woche" (a recap) and "samstags und sonntags mehr Musik als sonst,
oder nö?" (no word of the keyword gate). Blind writer 569, a Berlin teen
gamer, said "welches album hab ich am meisten gesuchtet digga" (binged
most: the top album, never the one on repeat now, a wrong fact) and "bei
wem drück ich immer direkt weiter, welcher künstler". Blind writer 570, a
Swabian housewife, said "wie viel hab i diesen Monat weitergdrückt", "des
erschte Liedle im neue Johr" (this year's first: "im neue" had been a
room) and "was war des für a Liedle gestern Obed um acht rum". Blind
writer 571, a Dresdner, said "Gib mir ma ne Zusammenfassung von mei'm
Jahr" (this year's recap: this month's had been answered, a wrong fact),
"was für'n Podcast hat mich'n in letzter Zeit so gepackt", "ei
verbibbsch, wie hieß'n das Lied vorhin, das letzte", "Des letzte Liedl am
Samstag, welches war'n das", "Seit wann hör'sch'n eigentlich X",
"welches Lied dudel'sch'n zurzeit ständig", "Hör'sch immer das gleiche
Zeug rauf und runter" and "bin'sch eher'n Morgenhörer oder'n Abendhörer".

Now read by `parse/round_twenty_four_de.py` (each table on its speaker's
marks), `parse/hurried.py` ("am meisten gesuchtet" is the top one) and
`parse/dialect_words_de.py` ("was für'n X hat mich ... gepackt"), and
heard by the net lines of `de.yaml`'s blind round twenty-four; "samstags",
"sonntags", "hör'sch", "hör'sch'n", "morgenhörer" and "abendhörer" joined
the keyword gate. The rows after the writers' own are the same shapes said
another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Their own.
    (
        "de",
        "welches album hab ich am meisten gesuchtet digga",
        "welches Album habe ich am meisten gehört",
    ),
    ("de", "Gib mir ma ne Zusammenfassung von mei'm Jahr", "fass mein Jahr zusammen"),
    ("de", "schnack ma büschen über meine Woche", "fass meine Woche zusammen"),
    (
        "de",
        "des erschte Liedle im neue Johr, was war des",
        "welches Lied lief dieses Jahr als erstes",
    ),
    (
        "de",
        "was für'n Podcast hat mich'n in letzter Zeit so gepackt",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "ei verbibbsch, wie hieß'n das Lied vorhin, das letzte",
        "welches Lied lief zuletzt",
    ),
    (
        "de",
        "Santiano, hatt ich die dies Jahr mal an",
        "hatt ich dies Jahr mal Santiano an",
    ),
    # The same said another way.
    (
        "de",
        "welchen künstler hab ich dieses jahr am allermeisten gesuchtet",
        "welchen Künstler habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "welche lieder hab ich im sommer am meisten gesuchtet alter",
        "welche Lieder habe ich im Sommer am meisten gehört",
    ),
    ("de", "klön mal über meinen Monat", "fass meinen Monat zusammen"),
    ("de", "snack mal 'n büschen über mein Jahr", "fass mein Jahr zusammen"),
    (
        "de",
        "was war des erschte Lied im neuen Jahr",
        "welches Lied lief dieses Jahr als erstes",
    ),
    (
        "de",
        "was für ein Lied hat mich diesen Monat so gepackt",
        "welches Lied habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "was für nen Künstler hat mich dieses Jahr gepackt",
        "welchen Künstler habe ich dieses Jahr am meisten gehört",
    ),
    ("de", "wie hieß'n des Lied eben, des letzte", "welches Lied lief zuletzt"),
    (
        "de",
        "Justice, hatte ich die letzte Woche mal an",
        "hatte ich letzte Woche mal Justice an",
    ),
)

# Asked of Home Assistant: these reached no sentence, or an area's, before.
ANSWERED: tuple[Answered, ...] = (
    (
        "Butter bei die Fische: wie lang lief heut Musik",
        "wie lange habe ich heute Musik gehört",
        "de",
    ),
    (
        "Daft Punk, wie oft hatt ich die dies Jahr an",
        "wie oft habe ich Daft Punk dieses Jahr gehört",
        "de",
    ),
    # His own was "Santiano, ...": the test history holds no Santiano.
    (
        "Justice, hatt ich die dies Jahr mal an",
        "habe ich dieses Jahr Justice gehört",
        "de",
    ),
    ("schnack ma büschen über meine Woche", "fass meine Woche zusammen", "de"),
    (
        "samstags und sonntags mehr Musik als sonst, oder nö?",
        "höre ich am Wochenende mehr Musik als unter der Woche",
        "de",
    ),
    (
        "bei wem drück ich immer direkt weiter, welcher künstler",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "wie viel hab i diesen Monat weitergdrückt, so prozentual",
        "wie viel habe ich diesen Monat übersprungen",
        "de",
    ),
    (
        "Seit wann hör'sch'n eigentlich Café Tacvba",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
    (
        "ei verbibbsch, wie hieß'n das Lied vorhin, das letzte",
        "welches Lied lief zuletzt",
        "de",
    ),
    (
        "Des letzte Liedl am Samstag, welches war'n das",
        "welches Lied lief am Samstag als letztes",
        "de",
    ),
    (
        "welches Lied dudel'sch'n zurzeit ständig, gugge ma",
        "welches Lied höre ich zurzeit ständig",
        "de",
    ),
    (
        "bin'sch eher'n Morgenhörer oder'n Abendhörer, sag ma ehrlich",
        "höre ich mehr morgens oder abends",
        "de",
    ),
    # The same said another way.
    (
        "nu ma Butter bei die Fische, wie lange lief gestern Musik",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "sonntags mehr Musik als unter der Woche, oder?",
        "höre ich am Wochenende mehr Musik als unter der Woche",
        "de",
    ),
    (
        "bei welchem Lied drück ich immer gleich weiter",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    (
        "wie oft hab ich letzte Woche weitergedrückt",
        "wie oft habe ich letzte Woche übersprungen",
        "de",
    ),
    (
        "Seit wann hör isch eigentlich Daft Punk",
        "wann habe ich Daft Punk zum ersten Mal gehört",
        "de",
    ),
    (
        "Das erste Lied am Sonntag, welches war denn das",
        "welches Lied lief am Sonntag als erstes",
        "de",
    ),
    (
        "welchen Künstler dudel'sch zurzeit ständig",
        "welchen Künstler höre ich zurzeit ständig",
        "de",
    ),
    (
        "bin ich eher ein Morgenmensch oder eine Nachteule",
        "höre ich mehr morgens oder abends",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Butter bei die Fische: mach das Licht im Flur an", "de"),
    ("ei verbibbsch, mach ma das Radio lauter", "de"),
    ("spiel Santiano in der Küche", "de"),
    ("schalte samstags und sonntags das Licht im Flur an", "de"),
    ("wie hieß das Lied, das gerade läuft", "de"),
    ("spiel das gleiche Lied nochmal", "de"),
    ("ich bin müde", "de"),
    ("Küche, hatte ich das Licht heute an", "de"),
)
