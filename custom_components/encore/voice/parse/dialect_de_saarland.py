"""German as the Saarland says it (issue 45's thirty-seventh turn).

A runner from the Saarland (blind writer 211) was understood in 69 of 99
questions; her words of time ("Friedaa", "Nommedaach", "die letschde sieve
Daa") are read in `dialect_times_de`, her questions' own words here:
"Stunn" and "Minudde" (Stunden, Minuten), "Mussik", "warn das" (were
there), "sinn do gelaaf" (ran there), "Dauerschleif", "hintereinanner",
"unn", "meischt gespielte", "Morjehörer" and "Owendhörer", "wach worr"
(woke up), "vun wem war isch ... verrückt" (who was I crazy about), "hall"
(a filler), "debei" (there: played).

Read with the Palatinate's rules (`dialect_de_palatinate`), the Saarland's
neighbour; each rule holds to the dialect's own words.
"""

from .rules import Rule, rewrite

DIALECT_SAARLAND: tuple[Rule, ...] = (
    # A Saarland grandmother (issue 45's fifty-ninth turn, blind writer
    # 376): "allegebott" (all the time), "die selwe Lieder", "wach wor"
    # (woke up).
    (r"\ballegebott\b", "immer wieder"),
    (r"\bselwe\b", "selben"),
    (r"\bwach (?:wor|worr|worre|worn)\b", "aufgewacht"),
    # A mechanic (issue 45's fifty-third turn, blind writer 324): "sa mol"
    # opens; "uff wen bin isch ... so ganz verrückt" (who have I been
    # crazy about).
    (r"^(?:ei )?(?:sa|saa) (?:mol|mal),? ", ""),
    (r"\bhall\b", ""),
    (r"\bstunn\b", "stunden"),
    (r"\bminudde\b", "minuten"),
    (r"\bmussik\b", "musik"),
    (r"\bunn\b", "und"),
    (r"\bdauerschleif\b", "dauerschleife"),
    (r"\bhintereinanner\b", "hintereinander"),
    (r"\bunnerschiedliche\b", "unterschiedliche"),
    (r"\bmeischt gespielte\b", "meistgespielten"),
    (r"\bmorjehörer\b", "morgenhörer"),
    (r"\bowendhörer\b", "abendhörer"),
    (r"\bwach worr\b", "aufgewacht"),
    (r"\bvun\b(?! dene\b)", "von"),
    # "Wieviel Stunn Mussik warn das die Woch": how long; "wieviel Lieder
    # warn das", "sinn do gelaaf": how many.
    (
        r"^wie ?viele? (stunden|minuten) (musik|podcast|podcasts)? ?(?:warn|war) (?:das|des|do|dat)\b",
        r"wie viele \1 \2 habe ich gehört",
    ),
    (
        (
            r"^(.*?)wie ?viele? (lieder|songs|folgen) (?:warn|sinn) (?:das|des|do|da|dat)"
            r"(?: gelaaf| gelaufen| gelaafe)?\b"
        ),
        r"\1wie viele \2 habe ich gehört",
    ),
    (r"\bwie ?viel daa\b", "wie viele tage"),
    (r"^wie ?viel wiederhol (?:isch|ich)\b", "wie viel wiederhole ich"),
    # "Vun wem war isch in letzter Zeit ganz verrückt": who was on repeat.
    (
        # Anywhere: Saxony's "gugge ma" before it is dropped later (issue 45's
        # sixty-fourth turn, blind writer 423); "in wen" is the standard's.
        (
            r"(?:^|(?<= ))(?:von wem|auf wen|uff wen|in wen) (?:war|bin) (?:isch|ich)(?:'n)?"
            r" (.+?) (?:ganz |so )?(?:verrückt|vernarrt)\b"
        ),
        r"wen habe ich \1 am meisten gehört",
    ),
    # "War am Samschdaa Queen debei": was it played then.
    (r"^war (.+?) debei\b", r"habe ich \1 gehört"),
)


def undo_saarland(words: str) -> str:
    """Return normalized German words with the Saarland's habits undone."""
    return " ".join(rewrite(DIALECT_SAARLAND, words).split())
