"""Issue 45's seventy-seventh turn (blind round sixteen): a talkative Nuremberg pensioner (writer 524).

Blind writer 524, a pensioner from Nuremberg with Franconian colouring who
wanders off before he asks, tells a story first and asks after it, in the
same sentence. Six wrong facts came of the story's words read as the
question's: "Des Lied is ja so lang wie a Predigt in der Lorenzkirch, wie
oft hab ich Bohemian Rhapsody diese Woche gspielt?" counted every play in
a room "in der Lorenzkirch"; "Ich war gestern nachmittags beim Doktor ...,
wie lang lief denn bei mir gestern überhaupt Musik?" was asked of
yesterday afternoon; "Früher, ... da war ja um fünfe Schicht, aber hör ich
etz eher morgens oder eher abends?" of five o'clock today; "Seit ich in
Rente bin, is eh jeder Tag a Sonntag, aber hör ich werktags mehr ..." of
last Sunday; "Des muss der Lukas gwesen sein, der hat des aufbracht, wann
hab ich des erste Mal Daft Punk ghört?" was answered with today's first
song; "Im Sommer war ich ja drei Wochen am Brombachsee, aber wie viel Daft
Punk hab ich da trotzdem ghört?" counted Daft Punk of all time (the "da"
points back at the summer). Not understood: the "da" of "Gestern Abend
hat's so gwummert, ..., hab ich da Justice gehört?" and "Letzte Woche war
der Enkel da, hamm mir da Queen ghört?", "alles zamm", "um zwölfe ghört,
also mittags zum Essen", "laufen ghabt", a remark after the question ("Am
Samstag, war da Air dabei? Des französische Zeug mein ich, ..."), and the
stories before "mit welchem Lied bin ich denn heut aufgwacht", "was war da
des letzte Stück" and "aber wie war denn mein letzter Sommer" reached no
sentence of Encore's.

`parse.nuremberg_pensioner_de` (read first of `said_as_written_de`) leaves
a story with a verb of its own out of the question after it, and puts the
story's time where the question's "da" points to it; a time or a name said
first without a verb, a story that speaks of listening or a question that
points back into the story with a pronoun stay the other readers'. Net
lines hold a story before "mit welchem Lied bin ich ... aufgwacht", "was
war da des letzte Stück", "aber wie war denn mein ... Sommer" and a day
said first before "war da X dabei".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Ich war gestern nachmittags beim Doktor Wagner in Fürth, ewig gwart hab ich, wie lang lief denn bei mir gestern überhaupt Musik?",
        "Wie lange lief gestern Musik?",
    ),
    (
        "de",
        "Wie oft lief insgesamt was seit Oktober, alles zamm, Musik und Podcasts?",
        "Wie oft lief insgesamt etwas seit Oktober?",
    ),
    (
        "de",
        "Des Lied is ja so lang wie a Predigt in der Lorenzkirch, wie oft hab ich Bohemian Rhapsody diese Woche gspielt?",
        "Wie oft habe ich Bohemian Rhapsody diese Woche gespielt?",
    ),
    (
        "de",
        "Im Sommer war ich ja drei Wochen am Brombachsee, aber wie viel Daft Punk hab ich da trotzdem ghört?",
        "Wie viel Daft Punk habe ich im Sommer gehört?",
    ),
    (
        "de",
        "Gestern Abend hat's so gwummert, die Frau Schmidt von unten hat gleich an die Decke klopft, hab ich da Justice gehört?",
        "Habe ich gestern Abend Justice gehört?",
    ),
    (
        "de",
        "Am Samstag, war da Air dabei? Des französische Zeug mein ich, des wo so schwebt.",
        "Am Samstag, war da Air dabei?",
    ),
    (
        "de",
        "Letzte Woche war der Enkel da, hamm mir da Queen ghört?",
        "Letzte Woche, haben wir da Queen gehört?",
    ),
    (
        "de",
        "Was hab ich am Mittwoch um zwölfe ghört, also mittags zum Essen?",
        "Was habe ich am Mittwoch um zwölf Uhr mittags gehört?",
    ),
    (
        "de",
        "Des muss der Lukas gwesen sein, der hat des aufbracht, wann hab ich des erste Mal Daft Punk ghört?",
        "Wann habe ich das erste Mal Daft Punk gehört?",
    ),
    (
        "de",
        "Roland Kaiser, wann hab ich den zuletzt laufen ghabt?",
        "Roland Kaiser, wann hab ich den zuletzt gehört?",
    ),
    (
        "de",
        "Wegen dem Müllauto war ich scho um sechse wach, mit welchem Lied bin ich denn heut aufgwacht?",
        "Mit welchem Lied bin ich heute aufgewacht?",
    ),
    (
        "de",
        "Bevor ich heut früh zum Bäcker bin, Weggla holen, was war da des letzte Stück?",
        "Was war heute früh das letzte Lied?",
    ),
    (
        "de",
        "Da war ich mit der Gerda in Südtirol, aber wie war denn mein letzter Sommer, was's Hören angeht?",
        "Wie war mein letzter Sommer?",
    ),
    (
        "de",
        "Früher, wie ich noch auf'm Bau war, da war ja um fünfe Schicht, aber hör ich etz eher morgens oder eher abends?",
        "Höre ich eher morgens oder eher abends?",
    ),
    (
        "de",
        "Seit ich in Rente bin, is eh jeder Tag a Sonntag, aber hör ich werktags mehr oder am Samstag und Sonntag?",
        "Höre ich werktags mehr oder am Samstag und Sonntag?",
    ),
    # Made up: the same ways said again.
    (
        "de",
        "Ich war heut früh beim Metzger in Gostenhof, da hat's gedauert, wie viele Lieder hab ich gestern ghört?",
        "Wie viele Lieder habe ich gestern gehört?",
    ),
    (
        "de",
        "Im August war ich ja in Franken auf der Kerwa, aber wen hab ich da am meisten ghört?",
        "Wen habe ich im August am meisten gehört?",
    ),
    (
        "de",
        "Vorgestern war die Gerda beim Friseur, hab ich da Queen ghört?",
        "Habe ich vorgestern Queen gehört?",
    ),
    (
        "de",
        "Des Wetter is ja a Graus, wie lang hab ich diese Woche Musik ghört?",
        "Wie lange habe ich diese Woche Musik gehört?",
    ),
    (
        "de",
        "Seit der Heinz ausgezogen is, is eh alles so ruhig, aber hör ich mehr am Wochenende oder unter der Woche?",
        "Höre ich mehr am Wochenende oder unter der Woche?",
    ),
    (
        "de",
        "Weil der Hund so gebellt hat, war ich früh wach, mit welchem Lied bin ich heut aufgwacht?",
        "Mit welchem Lied bin ich heute aufgewacht?",
    ),
    (
        "de",
        "Am Sonntag war ja Kirchweih in Wöhrd, was hab ich da ghört?",
        "Was habe ich am Sonntag gehört?",
    ),
    (
        "de",
        "Gestern Nachmittag war der Enkel da, hamm mir da Daft Punk ghört?",
        "Gestern Nachmittag, haben wir da Daft Punk gehört?",
    ),
    (
        "de",
        "Was lief gestern um sechse, also abends zum Essen?",
        "Was lief gestern um sechs Uhr abends?",
    ),
    (
        "de",
        "Was hab ich am Freitag um achte ghört, also abends beim Fernsehen?",
        "Was habe ich am Freitag um acht Uhr abends gehört?",
    ),
    (
        "de",
        "Helene Fischer, wann hab ich die zuletzt laufen ghabt?",
        "Helene Fischer, wann hab ich die zuletzt gehört?",
    ),
    (
        "de",
        "Am Donnerstag, war da Queen dabei? Des englische Zeug mein ich, des wo so laut is.",
        "Am Donnerstag, war da Queen dabei?",
    ),
    (
        "de",
        "Wie viele Lieder liefen seit Montag, alles zamm?",
        "Wie viele Lieder liefen seit Montag, alles zusammen?",
    ),
    (
        "de",
        "Bevor ich heut früh zum Metzger bin, was war da des erste Lied?",
        "Was war heute früh das erste Lied?",
    ),
    (
        "de",
        "Mei Schwester war zu Besuch, aber wie war denn mei Oktober, was's Hören angeht?",
        "Wie war mein Oktober?",
    ),
    # What stays as it was read: a time said first in a clause of its own,
    # a name said first and pointed back to, a question in the story.
    (
        "de",
        "Gestern um Viertel vor acht am Abend, wie ich grad die Palatschinken gemacht hab, was ist denn da gelaufen?",
        "Was lief gestern um Viertel vor acht am Abend?",
    ),
    (
        "de",
        "Die letzten drei Monate, welches Lied hab ich da am häufigsten gspielt?",
        "Welches Lied habe ich die letzten drei Monate am häufigsten gespielt?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Des Lied is ja so lang wie a Predigt in der Lorenzkirch, wie oft hab ich Bohemian Rhapsody diese Woche gspielt?",
        "Wie oft habe ich Bohemian Rhapsody diese Woche gespielt?",
        "de",
    ),
    (
        "Im Sommer war ich ja drei Wochen am Brombachsee, aber wie viel Daft Punk hab ich da trotzdem ghört?",
        "Wie viel Daft Punk habe ich im Sommer gehört?",
        "de",
    ),
    (
        "Gestern Abend hat's so gwummert, die Frau Schmidt von unten hat gleich an die Decke klopft, hab ich da Justice gehört?",
        "Habe ich gestern Abend Justice gehört?",
        "de",
    ),
    (
        "Am Samstag, war da Air dabei? Des französische Zeug mein ich, des wo so schwebt.",
        "Habe ich am Samstag Air gehört?",
        "de",
    ),
    (
        "Des muss der Lukas gwesen sein, der hat des aufbracht, wann hab ich des erste Mal Daft Punk ghört?",
        "Wann habe ich das erste Mal Daft Punk gehört?",
        "de",
    ),
    (
        "Wegen dem Müllauto war ich scho um sechse wach, mit welchem Lied bin ich denn heut aufgwacht?",
        "Mit welchem Lied bin ich heute aufgewacht?",
        "de",
    ),
    (
        "Bevor ich heut früh zum Bäcker bin, Weggla holen, was war da des letzte Stück?",
        "Was war heute früh das letzte Lied?",
        "de",
    ),
    (
        "Da war ich mit der Gerda in Südtirol, aber wie war denn mein letzter Sommer, was's Hören angeht?",
        "Wie war mein letzter Sommer?",
        "de",
    ),
    (
        "Früher, wie ich noch auf'm Bau war, da war ja um fünfe Schicht, aber hör ich etz eher morgens oder eher abends?",
        "Höre ich eher morgens oder eher abends?",
        "de",
    ),
    (
        "Seit ich in Rente bin, is eh jeder Tag a Sonntag, aber hör ich werktags mehr oder am Samstag und Sonntag?",
        "Höre ich werktags mehr oder am Wochenende?",
        "de",
    ),
    (
        "Weil der Hund so gebellt hat, war ich früh wach, mit welchem Lied bin ich heut aufgwacht?",
        "Mit welchem Lied bin ich heute aufgewacht?",
        "de",
    ),
    (
        "Mei Schwester war zu Besuch, aber wie war denn mei Oktober?",
        "Wie war mein Oktober?",
        "de",
    ),
    (
        "Am Donnerstag, war da Queen dabei? Des englische Zeug mein ich.",
        "Habe ich am Donnerstag Queen gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Mach das Licht an, ich bin wach", "de"),
    ("Der Hund war draußen, aber mach mal das Licht im Flur an", "de"),
    ("Die Gerda schläft scho, aber mach doch die Musik leiser", "de"),
    ("Am Samstag war da Besuch, spiel mal was von Queen", "de"),
    ("Weil's so kalt is, dreh die Heizung im Wohnzimmer auf", "de"),
)
