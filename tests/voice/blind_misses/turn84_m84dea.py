"""Issue 45's eighty-second turn (blind round twenty-one): a Saarland steelworker and a Hamburg teenager.

Blind writer 548, a terse Saarland steelworker in his early fifties, asks
in few words with "isch" for "ich" and "welsch-" for "welch-". "Was heer
isch eischentlisch fier Zeich" had been read as what played (it is his
taste: "Zeich" is Zeug), "heer isch immer es Gleiche" (the repeat rate),
"welsche Band fliegt bei mir am ehschde raus" (the artist he skips most)
and "welsches Lied mach isch in letschder Zeit ständisch an" (the song on
repeat) were read as nothing, "nommidaachs oder owends, wann lauft mehr
Musik" as the usual hour: `saar_steelworker_de` reads them, only on his
marks. "Vertel no acht" is a quarter past eight now (`saar_pfalz_de`: the
bare "no" only before an hour). Most of his other misses the parser read
already but no sentence heard ("Lied vom Johr zwanzisch fünfunzwanzisch,
welsches war das", "sa ma, welscher Podcast hat misch in letschder Zeit
gepackt", "seit wann heer isch Café Tacvba", "es erschde Lied geschdern",
"Lied wo isch am häufigschde iwwerspring", "die letschde dreißisch Dache,
wie war das so", "lauft mei Radio samsdaachs un sonndaachs mehr wie an de
Schaffdaache"): the sentence file has a line for each kind now, and
"geschdern" and "vorgeschdern" are words of the keyword gate.

Blind writer 550, a Hamburg teenager, asks "pump ich am wochenende mehr
musik oder werktags": the parser read it, and the net now hears "pump ich
... mehr" (his "pumpen" is listening loud), as it hears "hör ich ... mehr".

His "wie hat de FCS gespielt" (the Saarbrücken football club) is heard by
the net's "wie ... gespielt" line and declined (`elsewhere._A_GAME`), as
writers 312's and 494's "wie hat Schalke gespielt" are: Encore answers
nothing, but the fresh score counts the intent.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 548, his own and made-up ones of the same kind.
    (
        "de",
        "was heer isch eischentlisch fier Zeich",
        "was für zeug höre ich eigentlich",
    ),
    (
        "de",
        "was fier Zeich heer isch eischentlisch",
        "was für zeug höre ich eigentlich",
    ),
    ("de", "was hör isch iwwerhaupt fier Zeug", "was für zeug höre ich eigentlich"),
    ("de", "heer isch immer es Gleiche", "höre ich immer das gleiche"),
    ("de", "hör isch ständisch dasselwe", "höre ich immer das gleiche"),
    ("de", "heer isch immer nur es Selwe", "höre ich immer das gleiche"),
    (
        "de",
        "welsche Band fliegt bei mir am ehschde raus",
        "welche band überspringe ich am meisten",
    ),
    (
        "de",
        "welscher Künschtler fliegt bei mir am schnellschde raus",
        "welche band überspringe ich am meisten",
    ),
    ("de", "wer fliegt bei mir am ehschde raus", "wen überspringe ich am meisten"),
    (
        "de",
        "welsches Lied fliegt bei mir am ehschde raus",
        "welches lied überspringe ich am meisten",
    ),
    (
        "de",
        "welsches Lied mach isch in letschder Zeit ständisch an",
        "welches lied höre ich in dauerschleife",
    ),
    (
        "de",
        "welsches Lied mach isch zurzeit immer widder an",
        "welches lied höre ich in dauerschleife",
    ),
    (
        "de",
        "welscher Podcast mach isch dauernd an",
        "welcher podcast höre ich in dauerschleife",
    ),
    (
        "de",
        "nommidaachs oder owends, wann lauft mehr Musik",
        "nachmittags oder abends, wann läuft mehr Musik",
    ),
    (
        "de",
        "morjens oder nommidaachs, wann lauft mehr",
        "morgens oder nachmittags, wann läuft mehr",
    ),
    (
        "de",
        "was lief geschdern owend um Vertel no acht",
        "was lief gestern abend um viertel nach acht",
    ),
    (
        "de",
        "was lief heit morje um Vertel no nein",
        "was lief heute morgen um viertel nach neun",
    ),
    (
        "de",
        "Lied vom Johr zwanzisch fünfunzwanzisch, welsches war das",
        "mein top song im jahr 2025",
    ),
    (
        "de",
        "sa ma, welscher Podcast hat misch in letschder Zeit gepackt",
        "welcher podcast in letzter zeit am meisten",
    ),
    (
        "de",
        "welsches Lied hat misch de Monat gepackt",
        "welches lied diesen monat am meisten",
    ),
    (
        "de",
        "seit wann heer isch Café Tacvba",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
    ),
    ("de", "es erschde Lied geschdern", "das erste lied gestern"),
    ("de", "es letschde Lied vorgeschdern", "das letzte lied vorgestern"),
    (
        "de",
        "Lied wo isch am häufigschde iwwerspring",
        "welches lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "Band wo isch am meischde wegdrück",
        "welche band überspringe ich am meisten",
    ),
    ("de", "de letschde Monat, wie war der so", "rückblick auf den letzten monat"),
    (
        "de",
        "lauft mei Radio samsdaachs un sonndaachs mehr wie an de Schaffdaache",
        "höre ich am wochenende mehr als unter der woche",
    ),
    # Blind writer 550, his own and a made-up one of the same kind.
    (
        "de",
        "pump ich am wochenende mehr musik oder werktags",
        "höre ich am wochenende mehr musik oder werktags",
    ),
    (
        "de",
        "pump ich abends mehr mucke oder morgens",
        "höre ich abends mehr musik oder morgens",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Lied vom Johr zwanzisch fünfunzwanzisch, welsches war das",
        "welches war mein top song im jahr 2025",
        "de",
    ),
    (
        "sa ma, welscher Podcast hat misch in letschder Zeit gepackt",
        "welchen podcast habe ich in letzter zeit am meisten gehört",
        "de",
    ),
    ("was heer isch eischentlisch fier Zeich", "was ist mein musikgeschmack", "de"),
    ("was fier Zeich heer isch eischentlisch", "was ist mein musikgeschmack", "de"),
    ("heer isch immer es Gleiche", "höre ich immer das gleiche", "de"),
    (
        "seit wann heer isch Café Tacvba",
        "wann habe ich Café Tacvba zum ersten Mal gehört",
        "de",
    ),
    ("seit wann heer isch Air", "wann habe ich Air zum ersten Mal gehört", "de"),
    ("es erschde Lied geschdern", "was war das erste lied gestern", "de"),
    ("es letschde Lied vorgeschdern", "was war das letzte lied vorgestern", "de"),
    (
        "Lied wo isch am häufigschde iwwerspring",
        "welches lied überspringe ich am häufigsten",
        "de",
    ),
    (
        "welsche Band fliegt bei mir am ehschde raus",
        "welche band überspringe ich am meisten",
        "de",
    ),
    (
        "welsches Lied mach isch in letschder Zeit ständisch an",
        "welches lied höre ich in dauerschleife",
        "de",
    ),
    (
        "die letschde dreißisch Dache, wie war das so",
        "rückblick auf die letzten dreißig tage",
        "de",
    ),
    ("de letschde Monat, wie war der so", "rückblick auf den letzten monat", "de"),
    (
        "nommidaachs oder owends, wann lauft mehr Musik",
        "höre ich nachmittags oder abends mehr musik",
        "de",
    ),
    (
        "lauft mei Radio samsdaachs un sonndaachs mehr wie an de Schaffdaache",
        "höre ich am wochenende mehr als unter der woche",
        "de",
    ),
    (
        "pump ich am wochenende mehr musik oder werktags",
        "höre ich am wochenende mehr musik oder werktags",
        "de",
    ),
    (
        "was lief geschdern owend um Vertel no acht",
        "was lief gestern abend um viertel nach acht",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wie hat de FCS gespielt", "de"),
    ("wie hat de FCS am Samsdach gespielt", "de"),
    ("mach isch es Radio an", "de"),
    ("welsches Lied mach isch an", "de"),
    ("spiel es erschde Lied vom Album", "de"),
    ("pump die Musik lauder", "de"),
    ("lauft mei Radio in de Kich", "de"),
    ("was heer isch do grad", "de"),
    ("heer isch do grad Radio", "de"),
)
