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

LEARNER_NL: tuple[tuple[str, str], ...] = (
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


def undo_learner_nl(words: str) -> str:
    """Return normalized German words with a Dutch speaker's habits undone."""
    return " ".join(rewrite(LEARNER_NL, words).split())
