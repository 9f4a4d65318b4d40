"""Lower Bavaria's and Carinthia's words of a listening question (issue 45, blind round nine).

Blind writers 476 (a Lower Bavarian farmer) and 477 (a Carinthian) asked in
the Bavarian of the countryside and got answers to other questions, or
none: "de letzt Wocha" (last week) was read as the last weeks, "vurigs
Joa" (last year) and "vurign Freitag" (last Friday) as no time or the wrong
one, "am dritt'n November" as the whole month; "wöcha", "wöchn", "wöche"
(which), "wia vüle" (how many), "meistgspüitn Liadlan" (the most played
songs), "g'laufn", "glaffa" (played), "Nocht", "Tåg", "hot", "woa(r)",
"woan", "neich", "neie", "dazuakemma", "am liabstn" were no words any
reader knew; a filler said first ("sog amoi", "jo eh wurscht oba",
"erzähl") was read into a name.

`SOUNDS_CARINTHIA_DE` is read before every dialect's rules (which expect
the plain words), `PHRASES_CARINTHIA_DE` last. Each rule holds to a word
only this speech says, or to a question's frame, never to a title's words.
"""

from typing import Final

from .rules import Rule, rewrite

SOUNDS_CARINTHIA_DE: Final[tuple[Rule, ...]] = (
    # Fillers said first: "sag mal", "ja eh egal, aber", "erzähl" (tell):
    # no word of the question.
    (r"^(?:sog|sag) amoi,? ", ""),
    (r",? (?:sog|sag) amoi$", ""),
    (r"^jo,? eh,? wurscht,? (?:oba|aber),? ", ""),
    (r"^erzähl,? (?=(?:wos|was|wer|wen|wia|wie|wöch)\w*\b)", ""),
    # "vurig" (vorig): "vurigs Joa" is last year, "vurign Freitag" last Friday.
    (r"\bvurigs (?:joa|johr|jahr)\b", "letztes jahr"),
    (r"\bvoriges (?:joa|johr)\b", "letztes jahr"),
    (
        r"\bvurig(?:n|en|e)? (?=montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
        "letzten ",
    ),
    # "wöcha", "wöchn", "wöche", "wöches" (welcher, welchem, welche, welches).
    (r"\bwöcha\b", "welcher"),
    (r"\bwöchn\b", "welchem"),
    (r"\bwöche\b", "welche"),
    # "wia vüle", "wiavui", "wia vui" (wie viele, wie viel).
    (r"\b(?:wia|wie) vüle\b", "wie viele"),
    (r"\b(?:wiavui|wia vui)\b", "wie viel"),
    # "meistgspüitn", "meistgspuitn" (meistgespielten), "Liadlan" (songs).
    (r"\bmeistg(?:e)?sp(?:üi|ui|ü|u)(?:l)?t(?:e)?n\b", "meistgespielten"),
    (r"\bliadlan\b", "lieder"),
    # "Liadl vom Monat" (the song of the month), "Künstler vom Johr".
    (r"\b(?:liadl|liad|lied) vom monat\b", "lied des monats"),
    (
        r"\b(künstler|künstlerin|band|album|podcast|liadl|liad|lied) vom (?:jahr|johr|joa)\b",
        r"\1 des jahres",
    ),
    (r"\bliadl des jahres\b|\bliad des jahres\b", "lied des jahres"),
    # An ordinal said "dritt'n" (am dritten November).
    (r"\b(erst|zweit|dritt|viert|fünft|sechst|siebt|neunt|zehnt)'n\b", r"\1en"),
    (r"\bzwoat'n\b", "zweiten"),
    (r"\bviat'n\b", "vierten"),
    # "heia" (heuer: this year), only where a time stands in a question.
    (
        r"\bheia\b(?= (?:am|ghört|gehört|gspüt|gspuit|gespielt|g'laufn|gelaufen|glost|scho|schon|bis|insgesamt)\b|$)",
        "dieses jahr",
    ),
    # The participles "g'laufn", "glaffa" (gelaufen), "glost" (gehört).
    (r"\bg'?laufn\b|\bglaffa\b", "gelaufen"),
    (r"\bam öftestn\b", "am öftesten"),
    (r"\bam liabstn\b", "am liebsten"),
    # "Tåg", "Nocht", "in da Wochn", "Septemba".
    (r"\btåg\b", "tag"),
    (r"\b(letzte|gestern|die) nocht\b", r"\1 nacht"),
    (r"\bin da wochn\b", "in der woche"),
    (r"\bseptemba\b", "september"),
    # "hot" (hat) after a question word, "woa", "woar" (war), "woan" (waren).
    # "Wos hot do gespielt": what played then, the music its subject.
    (
        r"\b(?:wos|was) hot (?:do|da|dann) (?:gespielt|gspielt|gspüt|gspuit|glaffa|g'laufn)\b",
        "was lief da",
    ),
    (r"\b(wos|was|wer|wen) hot\b", r"\1 hat"),
    (r"\bwoar?\b(?= (?:des|das|do|da|im|am|in|ich|i|mei|mein)\b)", "war"),
    (r"\bwoan\b", "waren"),
    # "neich", "neie" (new), "dazuakemma" (dazugekommen), "fia mi" (for me).
    (r"\bneie (künstler|bands|lieder)\b", r"neue \1"),
    (r"\bdazuakemma\b", "dazugekommen"),
    (r"\bganz neich fia mi$", "neu"),
    (r"\bneich (dazugekommen|dazuakemma|dazukumma)\b", r"neu \1"),
    # "ghabt" (had) is heard: "hob i de im August überhaupt ghabt".
    (
        r"\b(hob|hab|ho) i ((?:de|die|den|des|eam|sie|ihn) .+?) g'?habt$",
        r"\1 i \2 ghört",
    ),
    # "lafft" (läuft), "in oana Tour" (in einer Tour: over and over).
    (r"\blafft\b", "läuft"),
    (r"\bin oana tour\b", "in einer tour"),
)

PHRASES_CARINTHIA_DE: Final[tuple[Rule, ...]] = ()


def undo_carinthia_sounds(words: str) -> str:
    """Return German words with these dialects' words read as plain ones."""
    return rewrite(SOUNDS_CARINTHIA_DE, words)


def undo_carinthia_phrases(words: str) -> str:
    """Return German words with these dialects' phrases read as plain ones."""
    return " ".join(rewrite(PHRASES_CARINTHIA_DE, words).split())
