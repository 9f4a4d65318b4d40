"""A Syrian learner's German from an integration course (issue 45's sixty-seventh turn).

An Arabic speaker who learned German in an integration course (blind writer
453) guessed articles and left the verb where Arabic puts it: "fünf Lieder
top von die letzte drei Monate", "wie viele Mal ich habe was gehört in die
letzte sieben Tage", "Lied von gestern welche waren bitte sagen", "heute
fünf Uhr und zehn Minuten nachmittags was hat gespielt". The period had
been unknown ("die letzte drei Monate"), "was" (something) read as a name
wanted, the clock read as five o'clock and the question as the listening
time.

Each rule reads one shape: a period's guessed article, a count of
"something", songs "von" a day asked with "welche waren", a clock told as
hours "und" minutes. Read on normalized words with the other learners'
rules (`dialect_de`); a name is never changed.
"""

from typing import Final

from .rules import Rule, rewrite

LEARNER_AR_DE: Final[tuple[Rule, ...]] = (
    # "von die letzte drei Monate": the last three months.
    (
        r"\b(?:von|aus|in|für) die letzte (\w+) (tage|wochen|monate)\b",
        r"in den letzten \1 \2n",
    ),
    # "wie oft habe ich was gehört": how many plays, "was" no name.
    (
        r"^wie oft (?:habe ich|ich habe) (?:was|etwas) gehört\b",
        "wie viele wiedergaben hatte ich",
    ),
    # "Lied von gestern welche waren (bitte sagen)": the songs of that day.
    (
        r"^(?:lied|lieder|song|songs) von (.+?) welche (?:waren|war|liefen|lief)(?: bitte)?(?: sagen)?$",
        r"welche lieder habe ich \1 gehört",
    ),
    # "fünf Uhr und zehn Minuten": ten past five.
    (
        (
            r"\b(?:um )?(eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,2})"
            r" uhr und (\w+) minuten\b"
        ),
        r"um \2 nach \1",
    ),
)


def undo_learner_ar_de(words: str) -> str:
    """Return normalized German words with a Syrian learner's guesses read."""
    return rewrite(LEARNER_AR_DE, words)
