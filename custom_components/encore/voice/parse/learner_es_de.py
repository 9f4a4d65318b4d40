"""German as a Spanish speaker (B1) says it (issue 45's seventeenth turn).

A Spanish writer kept Spanish order and words in German: the verb not last
("ich habe gehört die Daily heute früh", "die drei Lieder ich habe mehr
gehört", "welche ist das Lied mehr gehört"), Spanish nouns ("canciones",
"Resumen"), "springen" for skipping (saltar), "mit welchem Lied ich bin
aufgewacht" (¿con qué canción me desperté?: the first today), "in Musik"
after a period, and Spanish fillers ("bueno", "vale", "pues", "..., oder
nein?"). Each rule is a function word, a filler or a word's shape, never a
listed sentence; a name after a verb keeps its words. Read first in
`dialect_de`, before the Italian speaker's rules.
"""

from .rules import Rule, rewrite

_FILLER = r"(?:bueno|vale|pues|oye|mira|venga|claro|o sea|a ver|hombre|bueno pues)"
_KINDS = r"(?:lied|lieder|song|songs|künstler|sänger|alben|album|podcasts?|bands?)"
# A period said after a name; never a bare "in" or "im" a title holds.
_PERIOD = (
    r"(?:heute|gestern|vorgestern|diese[nmrs]? \w+|letzte[nmrs]? \w+|seit \w+"
    r"|im (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember|sommer|winter|herbst|frühling)|am wochenende)"
)

LEARNER_ES_DE: tuple[Rule, ...] = (
    # -- fillers -------------------------------------------------------------------------
    (rf"^(?:{_FILLER} )+", ""),
    (r" (?:oder nein|oder no|verdad)$", ""),
    # "..., o sea das erste Mal" (o sea: that is): a filler mid-question too
    # (issue 45's twenty-first turn).
    (r" (?:o sea|es decir|digo) (?=\w)", " "),
    # -- Spanish words -------------------------------------------------------------------
    (r"\bcanciones\b", "lieder"),
    (r"\bcanción\b|\bcancion\b", "lied"),
    (r"\bartistas\b", "künstler"),
    (r"\b(?:eine |ein )?(?:resumen|resume|resümee)\b", "eine zusammenfassung"),
    (
        r"\bzusammenfassung (?:von|über) meine[mnrs]? monat\b",
        "zusammenfassung diesen monat",
    ),
    (
        r"\bzusammenfassung (?:von|über) meine[mnrs]? jahr\b",
        "zusammenfassung dieses jahr",
    ),
    (
        r"\bzusammenfassung (?:von|über) meine[mnrs]? woche\b",
        "zusammenfassung diese woche",
    ),
    # "Wie viel Lieder": how many.
    # Only before a plural or a song: "wie viel Podcast" asks how long.
    (rf"\bwie viel (?=(?!podcast\b){_KINDS}\b)", "wie viele "),
    # "Neue Gruppen" (grupos nuevos): new artists.
    (r"\bneue (?:gruppen|bands|sänger)\b", "neue künstler"),
    # "Ich springe" (salto): skip.
    (r"\b(ich|wir) spring(e|en)\b", r"\1 überspring\2"),
    (r"\bspring(e|en) (ich|wir)\b", r"überspring\1 \2"),
    # "Von diese Monat": this month.
    (r"\bvon (?=(?:diese[nmrs]?|letzte[nmrs]?) (?:monat|woche|jahr)\b)", ""),
    # "In meine History" (mi historial): the listening history.
    (
        # "In meiner Historie" is German as it is, read elsewhere.
        # A Polish learner's "in meine Verlauf" too (issue 45's sixtieth
        # turn, blind writer 384).
        (
            r"\bin meine[rmn]? (?:history|historial|historia)\b|\bin meine[mn]? historie\b"
            r"|\bin meine[rn]? verlauf\b"
        ),
        "in meinem verlauf",
    ),
    # "Von welche Künstler ich bin obsessed" (¿de qué artista estoy obsesionada?):
    # the word order of a top artist, "obsessed" in German.
    (
        (
            r"^von welche[mnrs]? (künstler\w*|bands?|sänger\w*|gruppen?) (ich|wir) (bin|sind)"
            r" (?:obsessed|obsesionad[ao]|besessen|süchtig)\b"
        ),
        r"von welchem künstler \3 \2 besessen",
    ),
    # "Seit wann ist Justice in meinem Verlauf, das erste Mal" (¿desde cuándo
    # está ...?): the name's first play, "das erste Mal" said after it.
    (
        (
            r"^seit wann (?:ist|sind) (.+?) in meinem verlauf(?: (?:das erste mal|zum ersten mal"
            r"|erstmals|das allererste mal))?$"
        ),
        r"wann habe ich \1 zum ersten mal gehört",
    ),
    # -- Spanish order -------------------------------------------------------------------
    # "Welche ist das Lied mehr gehört" (¿cuál es la canción más escuchada?).
    (
        rf"^welche[snr]? (?:ist|war) (?:das|der|die) ({_KINDS}) (?:mehr|am meisten|meist) (?:gehört|gespielt)\b",
        r"welches \1 habe ich am meisten gehört",
    ),
    # "Die drei Lieder ich habe mehr gehört".
    (
        rf"^(?:sag mir )?die (\w+) ({_KINDS}) (?:die )?(ich|wir) (?:habe|hab|haben) (?:mehr|am meisten) (gehört|gespielt)\b",
        r"welche \1 \2 habe \3 am meisten \4",
    ),
    # "Mit welche Lied ich bin aufgewacht heute": the first today.
    (
        rf"^mit welche[mnrs]? ({_KINDS}) (?:ich|wir) (?:bin|sind|habe|haben) (?:aufgewacht|aufgestanden)(?: heute)?$",
        r"was war das erste \1 heute",
    ),
    # "Von welche Künstler ich springe mehr die Lieder": the artist skipped most.
    (
        r"^von welche[mnrs]? (künstler|band|sänger) (ich|wir) überspring\w* (?:mehr|am meisten) (?:die )?(?:lieder|songs)$",
        r"welchen \1 überspringe \2 am meisten",
    ),
    # "Die erste Lied im Sommer von letzte Jahr, welche war": the question
    # word last; the summer of last year (`seasons` reads it with its year).
    (
        r"\b(?:im|in (?:die|der|dem|den)) sommer (?:von |vom )?letzte[nsm]? jahr(?:es)?\b",
        "im sommer letztes jahr",
    ),
    (
        r"^(?:die|das|der) (erste|letzte)[nrs]? (lied|song|künstler|podcast) (.+?) welche[sr]? (?:war|ist)$",
        r"was war das \1 \2 \3",
    ),
    # Issue 45's twenty-eighth turn (blind writer 122, a Spanish student):
    # "diferentes" for verschiedene, "von alle Zeit" for aller Zeiten, "mein
    # favorito" for the one heard most, "mein obsesión" and "hooked" for a
    # song on repeat.
    (r"\bdiferente[sn]?\b", "verschiedene"),
    (r"\bvon alle[rn]? zeit(?:en)?\b", "aller zeiten"),
    (
        (
            r"^(welche[snrm]?) (\w+) (?:war|ist) mein(?:e)? (?:favorito|favorita|favorit"
            r"|favourite|favorite)\b"
        ),
        r"\1 \2 habe ich am meisten gehört",
    ),
    (
        r"\b(?:ist )?(?:gerade |grad )?(?:so )?mein(?:e)? obsesi[oó]n\b",
        "höre ich in dauerschleife",
    ),
    (
        r"^(welche[snrm]?) (\w+) (ich|wir) (?:bin|sind) hooked\b",
        r"\1 \2 höre \3 in dauerschleife",
    ),
    # The second five (issue 45's twenty-eighth turn): a researcher's "den
    # grössten Anteil an meinen Wiedergaben" (the most plays) and "ich bitte
    # um" (a request, never "um eine" as one o'clock), a Munich mother's
    # "zwanzg fünfazwanzg" (2025), "was lief … noch so" (what else played).
    (
        (
            r"\bden (?:grössten|größten|höchsten|meisten) anteil an (?:meinen|unseren|den)"
            r" (?:wiedergaben|plays|streams|abspielungen)\b"
        ),
        "die meisten wiedergaben",
    ),
    (r"^ich bitte um\b", "gib mir"),
    (r"\bzwanzg (?:fünfazwanzg|fünfundzwanzg|fünfezwanzg)\b", "2025"),
    (r"\bzwanzg (?:sechsazwanzg|sechsundzwanzg)\b", "2026"),
    (r"^was lief (.+?) noch so\b", r"was lief \1"),
    # Issue 45's sixty-fourth turn (blind writer 424, a Madrid learner):
    # "número uno", "Lieblingsdisco" (disco: a record), "seguidos" (in a
    # row), "übergesprungen" (übersprungen), "die drei Lieder mehr gehört"
    # without "ich habe", and "die letzte Mal ich habe gehört X wann war".
    (r"\bn[úu]mero uno\b", "nummer eins"),
    (r"\blieblingsdiscos?\b", "lieblingsalbum"),
    (r"\b(welche[snrm]?) discos?\b", r"\1 album"),
    (r"\bseguid[oa]s?\b", "hintereinander"),
    (r"\bübergesprungen\b", "übersprungen"),
    # "Was war meine canción von Sommer" (mi canción del verano): the top.
    (
        (
            r"^(?:was|welche[sr]?) (?:war|ist) (?:mein|meine) (lied|song|album|künstler|podcast)"
            r" (?:von|vom) (sommer)\b"
        ),
        r"welches \1 habe ich im \2 am meisten gehört",
    ),
    (
        rf"^(?:sag mir )?die (\w+) ({_KINDS}) (?:mehr|am meisten|meist) (gehört|gespielt)\b",
        r"welche \1 \2 habe ich am meisten \3",
    ),
    (
        (
            r"^(?:die|das|der) (erste|letzte)[nrs]? mal (?:ich|wir) (?:habe|hab|haben)"
            r" (?:gehört|gespielt) (.+?) wann (?:war|ist)$"
        ),
        r"wann habe ich \2 das \1 mal gehört",
    ),
    # "Ich habe gehört die Daily heute früh": the participle last.
    (
        rf"^(ich|wir) (habe|hab|haben) (gehört|gespielt) (.+?) ({_PERIOD} .+)$",
        r"\2 \1 \4 \5 \3",
    ),
)


def undo_learner_es_de(words: str) -> str:
    """Return normalized German words with a Spanish speaker's habits undone."""
    return " ".join(rewrite(LEARNER_ES_DE, words).split())
