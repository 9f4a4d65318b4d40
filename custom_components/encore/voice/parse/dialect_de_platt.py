"""Low German as the Mecklenburg and Pomeranian coast says it (issue 45's fifty-fourth turn).

A fisherman nobody here had seen (blind writer 335) asked in Platt and got
no answer to 26 of 55 questions: "hebb ick ... hört" (the participle
without its ge-), "speelt", "wier" (was), "düsse Woch", "gistern",
"Sünnabend", "Freedag", "so um Klock acht", "halb nüng", "Viertel nach
fief", "dörtig Dage", "twintig fiefuntwintig", "dat ierste Mol", "bün ick
upwacht", "vertell mal", "Gif mi 'ne Översicht över mien Woch", "so
allens tosamen". Hamburg's Missingsch ("büschen", "nich", "moin") stays in
`dialect_de_north`, read after this one.

Each rule is bound to a question's shape, a listening verb, a period or a
clock, so a title in Platt ("Dat du min Leevsten büst") keeps its words.
Read first of the German dialects: the words of time it gives ("gestern",
"samstag", "um acht uhr") are the ones `dialect_times_de` and `when/` know.
"""

from typing import Final

from .dialect_de_mecklenburg import undo_mecklenburg
from .rules import Rule, rewrite

# The participle said without its ge-, Low German's way: "hört", "speelt".
_BARE_PARTICIPLE: Final = {
    "hört": "gehört",
    "hürt": "gehört",
    "speelt": "gespielt",
    "spelt": "gespielt",
    "lopen": "gelaufen",
    "lopt": "gelaufen",
    "överspringt": "übersprungen",
}

_NUMBERS: Final = (
    (r"\bfiefuntwintig\b", "fünfundzwanzig"),
    (r"\bsößuntwintig\b", "sechsundzwanzig"),
    (r"\btwintig\b", "zwanzig"),
    (r"\bdörtig\b", "dreißig"),
    (r"\btwölf\b", "zwölf"),
    (r"\btwee\b", "zwei"),
    (r"\bdree\b", "drei"),
    (r"\bfief\b", "fünf"),
    (r"\bsöss\b", "sechs"),
    (r"\bsäben\b", "sieben"),
    (r"\bnüng\b", "neun"),
    (r"\bteihn\b", "zehn"),
)

DIALECT_PLATT: Final[tuple[Rule, ...]] = (
    # The asker and the verbs around them: "hebb ick", "hett Ada", "bün ick",
    # "sünd dat ... wesen" (were those), "wier dat" (was it).
    (r"\bhebb(?:e)? (ick|ik)\b", "habe ich"),
    (r"\bhebbt (?:wi|wie|wir|ji)\b", "haben wir"),
    (r"\bhett (?=\w+ (?:dat|de|den|dit|wat)\b)", "hat "),
    (r"\bbün (ick|ik)\b", "bin ich"),
    (r"\bas (ick|ik)\b", "als ich"),
    (r"\b(?:kamen|kommen) bün\b", "gekommen bin"),
    (r"\bsünd dat (.+?) wesen\b", r"waren das \1"),
    (r"\bwier (?=dat|dor|mien|mine|de|dien|düsse|düssen|hüt|gistern)\b", "war "),
    # A Hamburg harbour worker (issue 45's sixty-fifth turn, blind writer
    # 439): "mit wat för'n Lied bin ik ... in'n Tag startet" (the day's
    # first), "wat för Musik mag ik".
    (r"\bmit wat för ?'?n (lied|song|titel|stück|album|podcast)\b", r"mit welchem \1"),
    (r"\b(bin|mag|hör|höre|kenn) (ick|ik)\b", r"\1 ich"),
    (r"\bin ?'?n (?:dag|tag) (?:ge)?start(?:et|t)\b", "in den tag gestartet"),
    (r"\bwat för (?=musik|musike|lieder|songs|künstler|bands|podcasts)", "was für "),
    (r"^(wat|wie|wer)(?: för'n| för 'n| för ein)? (.*?)\bwier\b", r"\1 \2war"),
    (r"\bwat för ?'?n\b", "was für ein"),
    # The period's words: "düsse Woch", "gistern", "Sünnabend", "Freedag",
    # "dit Johr", "in'n September", "an'n letzten Wochenend".
    (r"\bdüsse[nrs]?\b", "diese"),
    (r"\bdüt (?=johr|jahr|weekend|wochenend)", "dieses "),
    (r"\bgistern\b", "gestern"),
    (r"\bvörgistern\b", "vorgestern"),
    (r"\bsünnabend\b", "samstag"),
    (r"\bfreedag\b", "freitag"),
    (r"\bmaandag\b", "montag"),
    (r"\bsünndag\b", "sonntag"),
    (r"\bjohr\b", "jahr"),
    # "Die Woch" is this week to the South's readers: left to them.
    (r"\b(?<!die )woch\b", "woche"),
    (r"\bdage\b", "tage"),
    (r"\bnachmiddag\b", "nachmittag"),
    (
        r"\bin'n (?=januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|sommer|winter)",
        "im ",
    ),
    (r"\ban'n (?=letzten|vergangenen|sünnabend|samstag|wochenend)", "am "),
    (r"\bde (letzten|vergangenen) (\w+) (?:dage|tage)\b", r"den \1 \2 tagen"),
    (r"\b(?:de|den) (letzten|vergangenen) (\w+) monate\b", r"den \1 \2 monaten"),
    (r"\bde (letzten|vergangenen) (\w+) wochen\b", r"den \1 \2 wochen"),
    # A clock: "so um Klock acht", "halb nüng", "Viertel nach fief".
    *_NUMBERS,
    (r"\b(?:so )?um klock (\w+)\b", r"um \1 uhr"),
    (r"\bklock (\w+)\b", r"\1 uhr"),
    # Words of the question: "ierste Mol", "eens", "vörn", "Stunnen",
    # "unnerschiedliche", "överhaupt", "jemols", "bi mi", "vertell".
    (r"\bierste\b", "erste"),
    (r"\bierst\b", "zuerst"),
    (r"\berste mol\b", "erste mal"),
    (r"\bletzte mol\b", "letzte mal"),
    (r"\bnummer eens\b", "nummer eins"),
    (r"\bvörn\b", "vorne"),
    (r"\bstunnen\b", "stunden"),
    (r"\bunnerschiedliche\b", "unterschiedliche"),
    (r"\böverhaupt\b", "überhaupt"),
    (r"\bjemols\b", "jemals"),
    (r"\bbi mi\b", "bei mir"),
    (r"^(?:nu,? )?vertell (?:mal|mi|mi mal),? ", "erzähl mal "),
    (r"\bgif mi(?: mal)?\b", "gib mir"),
    (r"\b(?:'ne|ne) översicht över\b", "eine übersicht über"),
    (r"\böversicht\b", "übersicht"),
    (r"\bupwacht\b", "aufgewacht"),
    # "So allens tosamen", "allens": all told, no name.
    (r",? (?:so )?allens tosamen\b", " insgesamt"),
    (r"\bso allens\b", ""),
    (r"\ball (?=speelt|hört)", ""),
    # "Bi de eerste Tee" (over the first tea): when, in a story, no name.
    (
        r",? (?:bi|bei) (?:de|dem|'m|der) (?:eerste[nr]?|ersten?) (?:tee|koffie|kaffee|tass tee)\b",
        "",
    ),
    # A tag "jo" closing the question asks nothing.
    (r"(?<!\bei),? jo\W*$", ""),
    # Issue 45's fifty-fifth turn, an Emsland farmer on his tractor (blind
    # writer 347): "wo lang hebb ik" (how long have I), "in der Kök" (the
    # kitchen), "am Wochenende, dat letzte" (the last weekend, said after),
    # "wat ik ... drin hatte" (had on: heard), a "jo" opening.
    (r"^jo,? (?=wat|wie|wo|wer|hebb|hab)", ""),
    (r"\bwo lang(?= (?:hebb|heb|hab|habe|haben|hebbt)\b)", "wie lange"),
    (r"\bkök\b", "küche"),
    (r"\bam wochenende,? (?:dat|das|de) letzte\b", "am letzten wochenende"),
    (r"\b(wat|was) (ik|ick|ich) (.+?) drin hatte\b", r"\1 \2 \3 gehört habe"),
)


def _bare_participle(words: str) -> str:
    """Give a participle said bare its ge-, when "habe ich" or "hat" asks."""
    pieces = words.split()
    if not any(word in {"habe", "hat", "haben"} for word in pieces):
        return words
    return " ".join(
        _BARE_PARTICIPLE.get(word, word) if index > 1 else word
        for index, word in enumerate(pieces)
    )


def undo_platt(words: str) -> str:
    """Return normalized German words with Low German's habits undone."""
    # Mecklenburg's words first (issue 45's sixty-eighth turn, blind writer
    # 459): its "heff ik", "höört" and "Leeder" are the coast's words too.
    words = undo_mecklenburg(words)
    return _bare_participle(" ".join(rewrite(DIALECT_PLATT, words).split()))
