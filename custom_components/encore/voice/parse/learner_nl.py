"""German as a Dutch native speaker writes it (issue 45's fifteenth turn).

A Dutch writer nobody here had seen was not understood: "welke" for
"welche(s)", "in die letzte Woche" and "in die Oktober" (Dutch "in de"),
"die selbe Lieder", "vorige Monat", "Artiesten", "Musikgeschmak",
"geskipt", "auf Repeat" and "aufgestanden" for the day begun. Each rule is
a function word or a word's Dutch shape, bound to the noun or the period
after it, never a listed sentence; a name after a verb keeps its words.
Read last in `dialect_de`, before `learner_de`.
"""

from .rules import rewrite

# Nouns of a question a "welke" asks about, by the form of "welch-" each takes.
_NEUTER = r"(?:lied|album|stück|genre|jahr|mal)"
_MASCULINE = (
    r"(?:künstler|podcast|song|titel|track|sänger|interpret|tag|monat|wochentag)"
)
_FEMININE = (
    r"(?:band|platte|folge|episode|woche|uhrzeit|zeit|musik|sängerin|künstlerin)"
)
_MONTHS = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember|sommer|winter|herbst|frühling)"
)
_WEEKDAYS = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)"
)

# Issue 45's sixty-fifth turn (blind writer 438): a Dutch learner reaches
# for the Dutch word where the German one does not come: the question's
# words ("hoeveel", "hoe lang", "wanneer", "welke liedje"), the days and
# months ("gisteren", "afgelopen vrijdag", "sinds maart"), the numbers
# ("drie", "dertig") and "voor het eerst". "Wat habe ich gisteren gehört"
# had been answered for today: a wrong fact. Each word is Dutch alone (not
# a German or dialect word: "mei", "week" alone and "wat" are left).
_DUTCH_DAYS = (
    ("maandag", "montag"),
    ("dinsdag", "dienstag"),
    ("woensdag", "mittwoch"),
    ("donderdag", "donnerstag"),
    ("vrijdag", "freitag"),
    ("zaterdag", "samstag"),
    ("zondag", "sonntag"),
    ("januari", "januar"),
    ("februari", "februar"),
    ("maart", "märz"),
    ("augustus", "august"),
)
_DUTCH_WORDS: tuple[tuple[str, str], ...] = (
    *((rf"\b{dutch}\b", german) for dutch, german in _DUTCH_DAYS),
    (r"\beergisteren\b", "vorgestern"),
    (r"\bgisteravond\b", "gestern abend"),
    (r"\bgisteren\b", "gestern"),
    (r"\bvandaag\b", "heute"),
    (r"\bvanochtend\b", "heute morgen"),
    (r"\bvanavond\b", "heute abend"),
    (r"\b(?:afgelopen|vorige) week\b", "letzte woche"),
    (r"\b(?:afgelopen|vorige) maand\b", "letzten monat"),
    (r"\b(?:afgelopen|vorig) jaar\b", "letztes jahr"),
    (r"\bdeze week\b", "diese woche"),
    (r"\bdeze maand\b", "diesen monat"),
    (r"\bdit jaar\b", "dieses jahr"),
    (r"\bafgelopen (?=woche\b|zeit\b)", "letzte "),
    (r"\bafgelopen (?=monat\b|sommer\b|winter\b|herbst\b)", "letzten "),
    (r"\bafgelopen (?=jahr\b)", "letztes "),
    (r"\bafgelopen\b", "letzten"),
    (r"\bsinds\b", "seit"),
    (r"\bdrie\b", "drei"),
    (r"\bvijf\b", "fünf"),
    (r"\bzeven\b", "sieben"),
    (r"\btien\b", "zehn"),
    (r"\bdertig\b", "dreißig"),
    (r"\bnegen\b", "neun"),
    (r"\bzes\b", "sechs"),
    (r"\btwaalf\b", "zwölf"),
    (
        r"\bom (?=kwart\b|half\b|\d|een\b|twee\b|drei\b|vier\b|fünf\b|zes\b|sieben\b|acht\b|negen\b|zehn\b|elf\b|twaalf\b)",
        "um ",
    ),
    (r"\bkwart voor\b", "viertel vor"),
    (r"\bkwart over\b", "viertel nach"),
    (r"\bhoe ?veel (?:keer|mal|maal)\b", "wie oft"),
    (r"\bhoe ?veel (?:zeit|tijd)\b", "wie lange"),
    (r"\bhoe ?veel\b", "wie viele"),
    (r"\bhoe vaak\b", "wie oft"),
    (r"\bhoe lang\b", "wie lange"),
    (r"\bwanneer\b", "wann"),
    (r"\bverschillende\b", "verschiedene"),
    (r"\bliedjes\b", "lieder"),
    (r"\bliedje\b", "lied"),
    (r"\bafleveringen\b", "folgen"),
    (r"\baflevering\b", "folge"),
    (r"\bnoem (?=mir\b|mij\b)", "nenne "),
    (r"\b(?:mij|me) (?=meine?\b)", "mir "),
    (r"\bheb (?=ich\b|ik\b)", "habe "),
    (r"\bik (?=habe\b|heb\b|hab\b)", "ich "),
    (r"\bimmer opnieuw\b", "immer wieder"),
    (r"\bopnieuw\b", "wieder"),
)

LEARNER_NL: tuple[tuple[str, str], ...] = (
    *_DUTCH_WORDS,
    # Issue 45's fifty-ninth turn (blind writer 374): "overgeslagen"
    # (skipped) said in German ("übergeslagen": read as the listening time,
    # a wrong fact), "wie spät höre ich normal, und an welche Tag" (the peak).
    (r"\b(?:übergeslagen|overgeslagen|übergeschlagen)\b", "übersprungen"),
    (
        r"^wie spät (?:höre|hör) (ich|wir)(?: normal\w*| meistens| gewöhnlich| so)?,? und an welche[mnr]? tag$",
        r"um welche uhrzeit und an welchem tag höre \1 meistens",
    ),
    (
        r"^wie spät (?:höre|hör) (ich|wir) (?:normal\w*|meistens|gewöhnlich)$",
        r"um welche uhrzeit höre \1 meistens",
    ),
    # Dutch spellings of German words of the question.
    (r"\bartiesten\b", "künstler"),
    (r"\bartiest\b", "künstler"),
    (r"\b(musik)?geschmak\b", r"\1geschmack"),
    (r"\bgeskipt\b", "geskippt"),
    (r"\bgeskiped\b", "geskippt"),
    # "Die selbe Lieder": "dieselben Lieder".
    (
        r"\b(?:die|de) selbe(?:n)? (lieder|songs|künstler|sachen|titel|stücke)\b",
        r"dieselben \1",
    ),
    # "Welke" (welche): its form from the noun after it; "mit welke Lied",
    # "in welke Monat" after a preposition the dative.
    (rf"\b(mit|von|an|in|bei|zu) welke (?={_NEUTER}\b|{_MASCULINE}\b)", r"\1 welchem "),
    (rf"\b(mit|von|an|in|bei|zu) welke (?={_FEMININE}\b)", r"\1 welcher "),
    (rf"\bwelke (?={_NEUTER}\b)", "welches "),
    (rf"\bwelke (?={_MASCULINE}\b)", "welcher "),
    (r"\bwelke\b", "welche"),
    # "In die letzte Woche", "in die Oktober" (Dutch "in de"): the period.
    (r"\bin (?:die|de) (letzte|vorige|diese) (woche|zeit)\b", r"in der \1n \2"),
    (r"\bin (?:die|de) (letzte|vorige|diese) (monat|sommer|winter)\b", r"im \1n \2"),
    (r"\bin (?:die|de) (letzte|vorige|dieses) jahr\b", r"im \1n jahr"),
    (rf"\bin (?:die|de) (?={_MONTHS}\b)", "im "),
    # "In die Küche" (Dutch "in de keuken"): in that room.
    (
        (
            r"\bin (?:die|de) (küche|wohnzimmer|schlafzimmer|büro|bad|badezimmer|garten"
            r"|keller|flur|kinderzimmer|arbeitszimmer)\b"
        ),
        r"in der \1",
    ),
    # "Vorige Monat", "vorigen Freitag": the last one.
    (r"\bvorige[nrs]? (woche)\b", r"letzte \1"),
    (r"\bvorige[nrs]? (monat|sommer|winter|herbst|frühling)\b", r"letzten \1"),
    (r"\bvorige[nrs]? jahr\b", "letztes jahr"),
    (rf"\bvorige[nrs]? (?={_WEEKDAYS}\b)", "letzten "),
    # "Mit welchem Lied bin ich aufgestanden": the day begun.
    (
        r"\bbin (ich|wir) (heute|gestern|vorgestern)? ?aufgestanden\b",
        r"bin \1 \2 aufgewacht",
    ),
)


# Dutch phrases with "het", read before every dialect: Bern's "het" is "hat".
DUTCH_FIRST: tuple[tuple[str, str], ...] = (
    (r"\bvoor het eerst\b", "zum ersten mal"),
    (r"\bvoor het laatst\b", "zum letzten mal"),
    (r"\bhet (?:meest|vaakst)\b", "am meisten"),
)


def undo_learner_nl(words: str) -> str:
    """Return normalized German words with a Dutch speaker's habits undone."""
    return " ".join(rewrite(LEARNER_NL, words).split())
