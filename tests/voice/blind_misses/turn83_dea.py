"""Issue 45's eighty-first turn (blind round twenty): a Mecklenburg farmer, a Mainz carnival woman, a Lower Bavarian.

Blind writer 543, a terse Mecklenburg farmer, asks with no verb ("was für
Musik am dritten November": what played then) and says "hab ich dies Jahr
viel doppelt gehört" for the repeat rate ("doppelt" had been read as a
name): `plain_turns_de` reads both for everyone.

Blind writer 544, a Mainz carnival woman, says "isch" and clips "denn":
"Wieviel Daft Punk hatt isch'n in de letzte sieben Tag?" (how often),
"Gestern früh um acht, was hat'n da gedudelt?" (the morning had been
lost), "Welches Lied kann isch im Moment net uffhöre zu spiele?" (on
repeat, never what played lately), "Wie war'n es letzte Jahr bei uns so,
musikmäßisch, erzähl emol": `mainz_lower_bavaria_de` reads them. Home
Assistant had taken "hab isch gestern Owend ebbes von Queen gehabt",
"Justice, in letzter Zeit, lief des bei mir" and "Sin's bei mir mehr die
Werktag oder ..." for areas: the net now hears each.

Blind writer 546, an 86-year-old Lower Bavarian, calls the speaker "des
Kastl" ("Wia vui Liada hot des Kastl gestern gspuit?": how many songs;
"Mit wos hot mi des Kastl heit gweckt": today's first song), says
"Seit'm März" (since March: it had been answered for March, a wrong fact),
"Wer is des, den i oiwei wegdruck, welche Gruppn?" (skipped most),
"Welches Stückl ko i de Tag ned lassn?" (on repeat): the same reader
reads them; "Is bei mir am Vormittag mehr Musi oder am Nachmittag?" is
`plain_turns_de`'s. "Des Liad soll in oana Tour wiederholt wern." is a
command (`elsewhere`), and a bare "wiederholt" no longer opens the net.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "was für Musik am dritten November",
        "was für Musik lief am dritten November",
    ),
    ("de", "was für Lieder gestern Abend", "was für Lieder liefen gestern Abend"),
    (
        "de",
        "hab ich dies Jahr viel doppelt gehört",
        "habe ich dieses Jahr oft dasselbe immer wieder gehört",
    ),
    (
        "de",
        "hab ich letzte Woche oft doppelt gehört",
        "habe ich letzte Woche oft dasselbe immer wieder gehört",
    ),
    (
        "de",
        "Wieviel Daft Punk hatt isch'n in de letzte sieben Tag?",
        "wie oft habe ich in den letzten sieben Tagen Daft Punk gehört",
    ),
    (
        "de",
        "Wieviel Queen hatt isch'n gestern?",
        "wie oft habe ich gestern Queen gehört",
    ),
    (
        "de",
        "Gestern früh um acht, was hat'n da gedudelt?",
        "was lief gestern früh um acht",
    ),
    ("de", "Heut Owend um neun, was hat da gedudelt?", "was lief heute abend um neun"),
    ("de", "Was hat'n gestern Owend gedudelt?", "was lief gestern Abend"),
    (
        "de",
        "Wia vui Stückl hot des Kastl heit gspuit?",
        "wie viele Lieder habe ich heute gehört",
    ),
    (
        "de",
        "Welches Lied kann isch im Moment net uffhöre zu spiele?",
        "welches Lied höre ich in Dauerschleife",
    ),
    (
        "de",
        "Welcher Song kann isch grad net uffhöre zu höre?",
        "welcher Song läuft bei mir in Dauerschleife",
    ),
    (
        "de",
        "Wie war'n es letzte Jahr bei uns so, musikmäßisch, erzähl emol",
        "wie war unser letztes Jahr",
    ),
    (
        "de",
        "Seit'm März, welches Album war des, des i am öftestn ghört hob",
        "welches Album habe ich seit März am meisten gehört",
    ),
    (
        "de",
        "Seit'm Sommer, welches Liad hob i am öftestn ghört",
        "welches Lied habe ich seit Sommer am meisten gehört",
    ),
    (
        "de",
        "Wia vui Liada hot des Kastl gestern gspuit?",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "Mit wos hot mi des Kastl heit gweckt, des allererste Liadl?",
        "womit bin ich heute aufgewacht",
    ),
    (
        "de",
        "Wer is des, den i oiwei wegdruck, welche Gruppn?",
        "wen drück ich immer weg",
    ),
    (
        "de",
        "Welches Stückl ko i de Tag ned lassn?",
        "welches Lied höre ich in Dauerschleife",
    ),
    (
        "de",
        "Is bei mir am Vormittag mehr Musi oder am Nachmittag?",
        "ist bei mir vormittags mehr Musik oder nachmittags",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Sach, hab isch gestern Owend ebbes von Queen gehabt?",
        "habe ich gestern Abend Queen gehört",
        "de",
    ),
    (
        "Justice, in letzter Zeit, lief des bei mir?",
        "habe ich in letzter Zeit Justice gehört",
        "de",
    ),
    (
        "Um wos für a Zeit hör i denn meistens?",
        "um wie viel Uhr höre ich meistens",
        "de",
    ),
    (
        "Warn in de letztn dreißg Tag neie Musikanten dabei?",
        "habe ich in den letzten dreißig Tagen neue Künstler gehört",
        "de",
    ),
    (
        "Mach ma amoi a Zsammfassung vom Oktober, wos i ghört hob",
        "gib mir eine Zusammenfassung vom Oktober",
        "de",
    ),
    (
        "Seit'm März, welches Album war des, des i am öftestn ghört hob",
        "welches Album habe ich seit März am meisten gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Des Liad soll in oana Tour wiederholt wern.", "de"),
    ("Das Lied soll wiederholt werden", "de"),
    ("Des Album soll nochmal gspuit wern", "de"),
    ("Kastl, hör auf, des langt jetz.", "de"),
    ("Wos is des für a Liad, des grad lafft?", "de"),
)
