"""Issue 45's eighty-fifth turn finishes the eighty-fourth's branch: Carinthian, Kölsch, a Munich child.

Turn 86's branch (m86deb) read these three writers but was not merged: its
marks were every Austrian's and Kölsch speaker's words ("Liad", "Summa",
"Leed", "hamma"), so older speakers' questions were rewritten ("Eres, des
Liad vo Café Tacvba" lost its band). Turn 87 gates each speaker by words and
frames of hers alone. Blind round twenty-three:

Blind writer 560, a Klagenfurt woman, says "Liad", "Liadl", "Liada",
"liabstn", "glost", "glaufn", "eingschaltn", "Nochmittog", "Nocht",
"Summa", "Werktog", "hob i", "hamma"; writer 562, a Cologne carnival
woman, "wat", "dat", "et", "hück", "eeschte", "Leed", "hät", "jehört",
"Schluss jemacht"; writer 563, an eight-year-old Munich girl, "Mama hat
gesagt i soll fragen ...", "ham mia ... ghabt", "wo der Maxi immer so
rumgehüpft is", "der Podcast den i ... so oft hör". Eighteen of their
questions were not understood or answered wrongly: "Mit wat han ich letzten
Freitag Schluss jemacht" had been answered with that day's recap and "was is
der Podcast den i seit Oktober so oft hör" with what played (wrong facts);
"Mama hat gesagt i soll fragen welche Band mia ..." had been asked of a
person "gesagt".

Now read by `parse/round_twenty_three_dialects_de.py` (each speaker gated by her own
marks), and heard by six net lines of `de.yaml` ("wos wor heit des erste
Liadl", "wat wor hück dat eeschte Leed", "..., wos wor do für Musik",
"X, wie oft is des ... glaufn", "wen überspring i", "welches Liad kann i
net lossn", "seit wann kenn i X"). The rows after each writer's own are the
same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 560's own.
    (
        "de",
        "Sog ma amol meine drei liabstn Liada, so insgesamt",
        "sag mir meine drei liebsten Lieder insgesamt",
    ),
    (
        "de",
        "Wie oft hob i im August überhaupt wos eingschaltn, insgesamt?",
        "wie oft habe ich im August überhaupt was gehört",
    ),
    (
        "de",
        "Und den Daft Punk, wie oft hamma den im Oktober laufn ghabt?",
        "wie oft haben wir Daft Punk gehört im Oktober",
    ),
    (
        "de",
        "Heit am Nochmittog, wos wor do für Musik?",
        "was für Musik lief heute am Nachmittag",
    ),
    ("de", "Wos wor heit des erste Liadl?", "was war heute das erste Lied?"),
    (
        "de",
        "Letzte Nocht, wos wor do des letzte Liad?",
        "was war letzte Nacht das letzte Lied?",
    ),
    (
        "de",
        "Letzten Summa, wann hob i mehr glost, Werktog oder Wochenend?",
        "höre ich letzten Sommer mehr unter der Woche oder am Wochenende",
    ),
    # The same shapes said another way.
    (
        "de",
        "Sog ma amol meine fünf liabstn Liada vom Summa",
        "sag mir meine fünf liebsten Lieder vom Sommer",
    ),
    ("de", "Wos wor gestern des letzte Liadl?", "was war gestern das letzte Lied?"),
    (
        "de",
        "Und die Queen, wie oft hob i de im September glost?",
        "wie oft habe ich Queen gehört im September",
    ),
    (
        "de",
        "Gestern am Vormittag, wos wor do für Musik?",
        "was für Musik lief gestern am Vormittag",
    ),
    (
        "de",
        "Heuer, wann hob i mehr glost, Werktog oder Wochenend?",
        "höre ich dieses Jahr mehr unter der Woche oder am Wochenende",
    ),
    # Writer 562's own.
    (
        "de",
        "Un die Ada, wat hät die diese Woch so jehört?",
        "was hat die Ada diese Woche gehört?",
    ),
    ("de", "Wat wor hück dat eeschte Leed?", "was war heute das erste Lied?"),
    ("de", "Wat wor et eeschte Lied am Samstag?", "was war das erste Lied am Samstag?"),
    (
        "de",
        "Mit wat han ich letzten Freitag Schluss jemacht, musikalisch?",
        "was war letzten Freitag das letzte Lied?",
    ),
    # The same shapes said another way.
    (
        "de",
        "Un die Ada, wat hät die gestern jehört?",
        "was hat die Ada gestern gehört?",
    ),
    (
        "de",
        "Mit wat han ich gestern Schluss jemacht?",
        "was war gestern das letzte Lied?",
    ),
    ("de", "Mit wat han ich hück anjefange?", "was war heute das erste Lied?"),
    ("de", "Wat wor gestern dat letzte Leed?", "was war gestern das letzte Lied?"),
    ("de", "Wat wor et eeschte Leed am Sonntag?", "was war das erste Lied am Sonntag?"),
    # Writer 563's own.
    (
        "de",
        "Mama hat gesagt i soll fragen welche Band mia letzte Woche am meisten ghört ham",
        "welche Band haben wir letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welches Lied ham mia am Samstag ganz oft ghabt wo der Maxi immer so rumgehüpft is",
        "welches Lied haben wir am Samstag am meisten gehört",
    ),
    (
        "de",
        "was is der Podcast den i seit Oktober so oft hör",
        "welchen Podcast höre ich seit Oktober am meisten",
    ),
    (
        "de",
        "was ham mia letzten Freitag für Musik ghabt",
        "was haben wir letzten Freitag für Musik gehört",
    ),
    # The same shapes said another way.
    (
        "de",
        "Papa hat gesagt i soll fragen was mia gestern ghört ham",
        "was haben wir gestern gehört",
    ),
    (
        "de",
        "welches Lied ham mia gestern ganz oft ghabt wo die Lena immer mitgsunga hat",
        "welches Lied haben wir gestern am meisten gehört",
    ),
    (
        "de",
        "was is die Band die i seit März so oft hör",
        "welche Band höre ich seit März am meisten",
    ),
    (
        "de",
        "was ham mia am Sonntag für Musik ghabt",
        "was haben wir am Sonntag für Musik gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Bohemian Rhapsody, wie oft is des eigentlich insgesamt glaufn?",
        "wie oft habe ich Bohemian Rhapsody insgesamt gehört",
        "de",
    ),
    (
        "Seit wann kenn i eigentlich Don't Stop Me Now?",
        "wann habe ich Don't Stop Me Now zum ersten Mal gehört",
        "de",
    ),
    ("Wos wor heit des erste Liadl?", "was war heute das erste Lied?", "de"),
    (
        "Letzte Nocht, wos wor do des letzte Liad?",
        "was war letzte Nacht das letzte Lied?",
        "de",
    ),
    (
        "Heuer, wen überspring i do am öftesten?",
        "welchen Künstler überspringe ich dieses Jahr am meisten",
        "de",
    ),
    (
        "Heit am Nochmittog, wos wor do für Musik?",
        "was für Musik lief heute am Nachmittag",
        "de",
    ),
    ("Wat wor hück dat eeschte Leed?", "was war heute das erste Lied?", "de"),
    ("Wat wor et eeschte Lied am Samstag?", "was war das erste Lied am Samstag?", "de"),
    (
        "Mit wat han ich letzten Freitag Schluss jemacht, musikalisch?",
        "was war letzten Freitag das letzte Lied?",
        "de",
    ),
    (
        "was is der Podcast den i seit Oktober so oft hör",
        "welchen Podcast höre ich seit Oktober am meisten",
        "de",
    ),
    # The same shapes said another way.
    (
        "Around the World, wie oft is des im Oktober glaufn?",
        "wie oft habe ich Around the World im Oktober gehört",
        "de",
    ),
    (
        "Seit wann kenn i eigentlich Digital Love?",
        "wann habe ich Digital Love zum ersten Mal gehört",
        "de",
    ),
    ("Wos wor gestern des letzte Liadl?", "was war gestern das letzte Lied?", "de"),
    (
        "Heuer, wen überspring i am öftesten?",
        "welchen Künstler überspringe ich dieses Jahr am meisten",
        "de",
    ),
    ("Wat wor et eeschte Leed am Sonntag?", "was war das erste Lied am Sonntag?", "de"),
    (
        "Gestern am Vormittag, wos wor do für Musik?",
        "was für Musik lief gestern am Vormittag",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Mach die Musik im Wohnzimmer leiser", "de"),
    ("Spiel des erste Liad vom Album", "de"),
    ("Mama hat gesagt i soll des Licht in der Küche ausmachen", "de"),
    ("Schalt des Licht in da Kuchl aus", "de"),
    ("Überspring des Liad", "de"),
    ("Mach amol a bissl Musi in da Kuchl", "de"),
)
