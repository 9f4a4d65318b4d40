"""German said as a keyword command (issue 45's seventeenth turn).

A writer typed the question as a note to self: "Abspielungen seit Montag"
(plays), "Letztes Mal Daft Punk?" (when Daft Punk was last heard). The
other keyword commands ("Skips?", "Stunden heute", "Dauerschleife?",
"Justice gestern?") the reader already read; the German net holds them
(`sentences/de.yaml`). Each rule turns a keyword into the words a full
question says; a name keeps its words. "Letztes Lied" alone stays Home
Assistant's (the previous track).
"""

from .rules import rewrite

# Words that say what is asked, never a name: "letztes Mal gehört", "letztes
# Mal Lied" are not a name's last play.
_NOT_NAME = (
    r"(?:gehört|gespielt|gelaufen|lied|song|titel|album|künstler|band|podcast|folge"
    r"|musik|wiedergabe\w*|heute|gestern|vorgestern|diese\w*|letzte\w*|seit|im|in"
    r"|am|um|als|wann|was|wer|wie|habe|hab|hat|ich|wir|du|mein\w*|das|der|die|den)"
)

TERSE_DE: tuple[tuple[str, str], ...] = (
    # "Abspielungen", "Abspiele": the plays.
    (r"\babspielungen\b", "wiedergaben"),
    (
        r"\babspiele\b(?= (?:heute|gestern|seit|dies\w*|letzt\w*|insgesamt)\b|$)",
        "wiedergaben",
    ),
    # "Unterschiedliche Künstler diese Woche": how many different ones.
    (
        r"\bunterschiedliche(n?)\b(?= (?:lieder|songs|titel|künstler|bands|alben)\b)",
        r"verschiedene\1",
    ),
    # "Letztes Mal Daft Punk", "zuletzt Daft Punk": its last play.
    (
        (
            rf"^(?:letztes|das letzte|zum letzten) mal (?!{_NOT_NAME}\b)(.+?)"
            r"(?: gehört| gespielt)?$"
        ),
        r"wann habe ich \1 zuletzt gehört",
    ),
    (
        rf"^zuletzt (?!{_NOT_NAME}\b)(.+?)(?: gehört| gespielt)?$",
        r"wann habe ich \1 zuletzt gehört",
    ),
)


def undo_terse_de(words: str) -> str:
    """Return `words` with a German keyword command said as a question."""
    return rewrite(TERSE_DE, words)
