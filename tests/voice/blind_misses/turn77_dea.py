"""Issue 45's seventy-fifth turn, blind round fourteen: a Saarlander and a Kaiserslautern Palatine.

Blind writers 508 (Saarländisch) and 511 (Westpfälzisch) speak the Rhine
Franconian both regions share. Their clock was not read and the moment was
answered as a part of the day, wrong facts: "Heit Nommidaach um Viertel
nooh fünf, was lief do?" (the whole afternoon) and "was hot heit morje um
halwer nein gelaaf" (the whole morning: the dialect's "nein" is nine).
"Nooh", "halwer", "dreivertel" and the dialect's hours ("nein", "zehe",
"zwelf") are read in `parse.saar_pfalz_de` now; a "halb" before an hour
no table reads ("halwer nin") and a count of days no table reads ("die
letschde zwölwe Daach", which had been answered as the last song) are
asked back (`utterance._TIME_WORDS`). "Um halwer zwelf heit Middag" is
11:30: "heit Middag" is the afternoon beside a clock of the afternoon,
noon beside one of the late morning (it had been 23:30).

"Dance vun Justice, wann lief dann es es allererschde Mol" had been
answered with today's first song, a wrong fact: "es es allererschde Mol"
is the first time, and the name stays.

Not understood: "Ei sahmol, ..." and "erzähl mol, ..." said first, "Wer is
dann die letschde dreißisch Daach neu dazukomm", "wer is seit Oktower neu
dezu kumm, so Leit wo isch vorher net kennt hab" (new artists), "Wieviel
hann isch die Woch iwwersprung" (skips), "Es erschde Lied am dritte
November, was war dann es?", "geschder, was war do es letschte Lied",
"womit hann isch vorgeschder aagfang", "Laaft bei mir unner de Woch mehr
oder am Wocheend?", "was war mei Liedsche vum Monat", "in de Kich, was war
do geschder owend um Viertel noch acht", "ei erzähl emol, wie war mei
Oktower", and "Wieviel is dann insgesamt gelaaf die letschde siwwe Daach"
(the plays). "Wie oft hot Daft Punk bei mer gelaaf" and "Radiohead, wie
oft hann isch die iwwerhaupt gehert" lost their names; "wann hann isch's
letschte Mol dont stop me now gehert" took "hann isch's letschte Mol" into
the name. The net holds these speakers' openers, "geschder", "Liedsche",
"iwwersprung", "aagfang", "dazukomm", a room said first before a question
of the past, a first or last song said first and asked after, and "laaft
..." comparing the week's or the day's parts.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Ei sahmol, wer war dann dies Johr mei Künschtler Nummer eins?",
        "wer war dieses Jahr mein Künstler Nummer eins",
    ),
    (
        "de",
        "Heit Nommidaach um Viertel nooh fünf, was lief do?",
        "was lief heute nachmittag um viertel nach fünf",
    ),
    (
        "de",
        "was hot heit morje um halwer nein gelaaf",
        "was lief heute morgen um halb neun",
    ),
    (
        "de",
        "was hot heit morje um dreivertel nein gelaaf",
        "was lief heute morgen um dreiviertel neun",
    ),
    (
        "de",
        "Um halwer zwelf heit Middag, was lief do?",
        "was lief um halb zwölf heute mittag",
    ),
    (
        "de",
        "wer is seit Oktower neu dezu kumm, so Leit wo isch vorher net kennt hab",
        "wer ist seit Oktober neu dazugekommen",
    ),
    (
        "de",
        "Wieviel hann isch die Woch iwwersprung?",
        "wie viel habe ich diese Woche übersprungen",
    ),
    (
        "de",
        "Dance vun Justice, wann lief dann es es allererschde Mol",
        "wann habe ich Dance von Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "was war mei Liedsche vum Monat",
        "welches Lied habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "wie oft hot Daft Punk bei mer gelaaf in de letschte dreißisch Dag",
        "wie oft habe ich Daft Punk gehört in den letzten dreißig Tagen",
    ),
    (
        "de",
        "Radiohead, wie oft hann isch die iwwerhaupt gehert",
        "wie oft habe ich Radiohead überhaupt gehört",
    ),
    (
        "de",
        "wann hann isch's letschte Mol dont stop me now gehert",
        "wann habe ich dont stop me now zum letzten Mal gehört",
    ),
    (
        "de",
        "womit hann isch vorgeschder aagfang",
        "womit habe ich vorgestern angefangen",
    ),
    (
        "de",
        "in de Kich, was war do geschder owend um Viertel noch acht",
        "was lief gestern abend um viertel nach acht in der Küche",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Ei sahmol, wer war dann dies Johr mei Künschtler Nummer eins?",
        "wen habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "Ei sahmol, welsches Lied war dann die Woch mei Nummer eins?",
        "welches Lied habe ich diese Woche am meisten gehört",
        "de",
    ),
    (
        "Wieviel is dann insgesamt gelaaf die letschde siwwe Daach?",
        "wie viele Wiedergaben hatte ich in den letzten sieben Tagen",
        "de",
    ),
    (
        "Sahmol, wieviel is dann geschdern so gelaaf?",
        "wie viele Wiedergaben hatte ich gestern",
        "de",
    ),
    (
        "Heit Nommidaach um Viertel nooh fünf, was lief do?",
        "was lief heute um 17:15",
        "de",
    ),
    ("Heit morje um Viertel nooh siwwe, was lief do?", "was lief heute um 7:15", "de"),
    ("was hot heit morje um halwer nein gelaaf", "was lief heute um 8:30", "de"),
    (
        "Geschdern Owend um halwer zehn, was war dann do gelaaf?",
        "was lief gestern um 21:30",
        "de",
    ),
    ("Um halwer zwelf heit Middag, was lief do?", "was lief heute um 11:30", "de"),
    (
        "Wer is dann die letschde dreißisch Daach neu dazukomm?",
        "welche neuen Künstler habe ich in den letzten dreißig Tagen entdeckt",
        "de",
    ),
    (
        "wer is seit Oktower neu dezu kumm, so Leit wo isch vorher net kennt hab",
        "welche neuen Künstler habe ich seit Oktober entdeckt",
        "de",
    ),
    (
        "Wieviel hann isch die Woch iwwersprung?",
        "wie viel habe ich diese Woche übersprungen",
        "de",
    ),
    (
        "wieviel Lieder hann isch die letschde vierzeh Daach iwwersprung",
        "wie viel habe ich in den letzten vierzehn Tagen übersprungen",
        "de",
    ),
    (
        "Wieviel Lieder hann isch geschdern iwwersprung?",
        "wie viel habe ich gestern übersprungen",
        "de",
    ),
    (
        "Dance vun Justice, wann lief dann es es allererschde Mol",
        "wann habe ich D.A.N.C.E. von Justice zum ersten Mal gehört",
        "de",
    ),
    (
        "Es erschde Lied am dritte November, was war dann es?",
        "was war das erste Lied am 3. November",
        "de",
    ),
    (
        "Es letschde Lied am Samschdag, was war dann es?",
        "was war das letzte Lied am Samstag",
        "de",
    ),
    (
        "Laaft bei mir unner de Woch mehr oder am Wocheend?",
        "höre ich unter der Woche mehr oder am Wochenende",
        "de",
    ),
    (
        "Laaft bei mir morjens mehr oder owends?",
        "höre ich morgens mehr oder abends",
        "de",
    ),
    (
        "was war mei Liedsche vum Monat",
        "welches Lied habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "wie oft hot Daft Punk bei mer gelaaf in de letschte dreißisch Dag",
        "wie oft habe ich Daft Punk in den letzten dreißig Tagen gehört",
        "de",
    ),
    (
        "Justice, wie oft hann isch die iwwerhaupt gehert",
        "wie oft habe ich Justice gehört",
        "de",
    ),
    (
        "erzähl mol, was is am Samschdag so gelaaf",
        "was habe ich am Samstag gehört",
        "de",
    ),
    (
        "wann hann isch's letschte Mol dont stop me now gehert",
        "wann habe ich Don't Stop Me Now zuletzt gehört",
        "de",
    ),
    (
        "womit hann isch vorgeschder aagfang",
        "was war das erste Lied vorgestern",
        "de",
    ),
    (
        "geschder, was war do es letschte Lied",
        "was war das letzte Lied gestern",
        "de",
    ),
    ("ei erzähl emol, wie war mei Oktower", "wie war mein Oktober", "de"),
    ("Ei erzähl emol, wie war mei Septemwer?", "wie war mein September", "de"),
)

# A time said that no table reads: asked back, never a broader period.
UNREAD: tuple[tuple[str, str], ...] = (
    ("de", "was hot heit morje um halwer nin gelaaf"),
    ("de", "was hann isch die letschde zwölwe Daach gehert"),
    ("de", "was hot heit morje um Viertel nuuh nein gelaaf"),
)

STAYS: tuple[Stays, ...] = (
    ("in de Kich, was laaft do grad", "de"),
    ("Was laaft dann grad in de Kich?", "de"),
    ("In de Kich, mach mol es Radio aan", "de"),
    ("Spiel es letschde Lied nochmol", "de"),
    ("Es erschde Lied vun dem Album spiele", "de"),
    ("Ei sahmol, spiel mol ebbes vun Queen", "de"),
    ("Sahmol, mach die Musik in de Kich leiser", "de"),
    ("Stell mer e Wecker uff halwer siwwe", "de"),
    ("Stell mer e Wecker uff dreivertel siwwe", "de"),
    ("erzähl mol, wie werd's Wedder morje", "de"),
    ("Ei sahmol, wie spät is es?", "de"),
)
