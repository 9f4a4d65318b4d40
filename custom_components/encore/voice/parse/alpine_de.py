"""Tyrol's, Bern's and Franconia's words of a listening question.

Issue 45's fifty-second turn: blind writers 319 (a Tyrolean ski
instructor), 321 (a Nuremberg baker) and 323 (a Bernese speaker writing as
she speaks) were understood in 45, 70 and 47 of their 68, 76 and 78 German
questions. Tyrol writes "Tåg", "Nåchmittåg", "Gschmåck" with its dark a,
says "fern" for last year, "hoiba neine", "g'lost", "ko i etz grod"; Bern
"wie mängs Mau", "hani ... gha", "verschidnigs", "Ougschte",
"zwänzgfüfezwänzg", "nöi derzue cho", "uf wyter", "hindereinand", "bringi
nid us em Chopf"; Franconia "heid frieh", "nachmiddoochs", "wie war'n".
Read before every other dialect's rules, on the normalised words, so each
reads the standard word; a word changes only where no standard German
sentence holds it ("fern" only beside a season or a time's end).
"""

from .rules import Rule, rewrite

ALPINE_DE: tuple[Rule, ...] = (
    # Tyrol's dark a: "Tåg", "Nåchmittåg", "Gschmåck".
    (r"å", "a"),
    # "fern im Summer" (last summer), "is fern überhaupt wos g'laufn".
    (r"\bfern im (sommer|summer|winter|herbst|frühling)\b", r"letzten \1"),
    (
        r"\bfern\b(?= (?:überhaupt|hob|hab|ghört|g'hört|gehört|g'laufn|glaufn|gelaufen)\b|\W*$)",
        "letztes jahr",
    ),
    (r"\b(?:is|isch|ist) letztes jahr\b", "ist letztes jahr"),
    (r"\bhoiba\b", "halb"),
    # "in de letschtn zehn Tåg": the last ten days.
    (r"\bin (?:de|da|die) (?=(?:letschtn|letschten|letztn|letzten)\b)", "in den "),
    (r"\b(in den (?:letschtn|letschten|letztn|letzten) \w+) tag\b", r"\1 tagen"),
    (r"\bneine\b(?=\W*(?:dran|g'?laufn|glaffa|$))", "neun"),
    (r"\bg'lost\b", "gehört"),
    (r"\blost (i|ich)\b", r"höre \1"),
    (r"\bko (i|ich)\b", r"kann \1"),
    (r"\betz grod\b", "gerade"),
    (r"\b(ich|i) hör(?:e)? zu viel\b", r"\1 am meisten höre"),
    # "kann i grad nit aufhörn zu spieln", "bringi grad nid us em Chopf":
    # the song on repeat.
    (
        (
            r"\b(?:kann|ko|kon) (i|ich) (.*?)(?:nit|ned|net|nicht|nid) (?:aufhörn|aufhören|aufhern)"
            r" zu (?:spieln|spielen|hörn|hören)\b"
        ),
        r"kann \1 \2nicht lassen",
    ),
    (
        r"\bbring(?:i| ich| i) (.*?)(?:nid|nicht|ned) (?:us em|aus dem|ausm) (?:chopf|kopf)\b",
        r"kann ich \1nicht lassen",
    ),
    # Bern: how many, different, August, the years, new, skipped on.
    (r"\bwie mängs mau\b|\bwie mängisch\b|\bwi mängisch\b", "wie oft"),
    (r"\bwie mäng(?:s|i|e)\b", "wie viele"),
    (r"\bverschidnig(?:s|i|e)?\b|\bverschideni\b", "verschiedene"),
    (r"\b(?:ougschte|augschte|ougscht)\b", "august"),
    (r"\bzwänzg ?füf(?:e|ä|i)? ?zwänzg\b", "2025"),
    (r"\bzwänzg ?sächs(?:e|ä|i)? ?zwänzg\b", "2026"),
    (r"\b(\w+) nöi derzue cho\b", r"\1 neu dazugekommen"),
    (r"\bnöi derzue cho\b", "neu dazugekommen"),
    (r"\b(?:uf|uff|auf) (?:wyter|wiiter|weiter)\b", "weiter"),
    (r"\bhindereinand(?:er)?\b", "hintereinander"),
    (r"\btäg\b", "tage"),
    (r"\bwiderholigsquote\b", "wiederholungsquote"),
    (r"\bwas hani (?:da |denn )?gha\b", "was habe ich da gehört"),
    (r"\bsit wenn\b", "seit wann"),
    # Franconia: "heid frieh", "frieh oder nachmiddoochs", "wie war'n".
    (r"\bnachmidd(?:oo|a)chs\b", "nachmittags"),
    (r"\bwar'n\b", "war"),
    (
        (
            r"^(früh|frieh|morgens|vormittags|nachmittags|abends|nachts) oder"
            r" (früh|frieh|morgens|vormittags|nachmittags|abends|nachts),? wann (?:läuft|lauft|hör|höre)"
            r"(?: bei mir| ich| i)? (?:mehr|öfter)\b"
        ),
        r"höre ich mehr \1 oder \2",
    ),
    (r"\bmehr (?:früh|frieh) oder\b", "mehr morgens oder"),
    (
        r"(?<!\bda )(?<!\bder )(?<!\bin )\b(?:früh|frieh) oder (?=(?:mehr )?(?:abends|nachmittags|nachts|am abend)\b)",
        "morgens oder ",
    ),
)


def undo_alpine(words: str) -> str:
    """Return normalised German words with Tyrol's, Bern's and Franconia's undone."""
    return rewrite(ALPINE_DE, words)
