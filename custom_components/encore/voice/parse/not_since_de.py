"""How long a name has not played, asked in German (issue 45's sixty-first turn).

"Seit wann habe ich Moon Safari nicht mehr gehört", "wie lange hab ich
Queen nicht gehört", "seit wie vielen Tagen ..." and a French learner's
"seit wie lange ich habe nicht gehört Moon Safari" (depuis combien de
temps, blind writer 390) all ask when the name last played. Read as said,
"seit wann" asked the first play and "wie lange" the plays, with "nicht
mehr" in the name: a wrong fact, or none. "Wie lange ist es her, dass ich
Air gehört habe" asks the same.

Only with a negation ("nicht", "nich", "net", "ned", "nimmer", "nie
mehr") or "her": "seit wann höre ich Air" stays the first play, "wie
lange habe ich Air gehört" the time listened.
"""

import re

from .rules import Rule, rewrite

_SINCE = (
    r"(?:seit wann|wie lange(?: schon)?|wie lang(?: schon)?|seit wie (?:lange|lang)"
    r"|seit wie vielen? (?:tagen|tage|wochen|monaten|jahren))"
)
_NOT = r"(?:nicht|nich|net|ned|nit|nimmer|nie)(?: mehr| mer| meh)?"
_HEARD = r"(?:gehört|gespielt|angehört|laufen lassen|gehabt)"
_LAST = r"wann habe ich \g<name> zuletzt gehört"

_RULES: tuple[Rule, ...] = (
    # "Seit wann habe ich Moon Safari nicht mehr gehört".
    (
        rf"^{_SINCE},? (?:habe|hab|hatte) (?:ich|wir) (?P<name>.+?) {_NOT} {_HEARD}\W*$",
        _LAST,
    ),
    # A learner's order: "seit wie lange ich habe nicht gehört Moon Safari".
    (
        rf"^{_SINCE},? (?:ich|wir) (?:habe|hab) {_NOT} {_HEARD} (?P<name>.+?)\W*$",
        _LAST,
    ),
    # "Wie lange ist es her, dass ich Air gehört habe".
    (
        (
            r"^wie lange (?:ist|is) (?:es|das|des) (?:schon )?her,? (?:seit|dass|seitdem) (?:ich|wir)"
            rf" (?P<name>.+?) (?:zuletzt |das letzte mal |zum letzten mal )?{_HEARD}"
            r" (?:habe|hab|haben)\W*$"
        ),
        _LAST,
    ),
)


def undo_not_since_de(text: str, language: str) -> str:
    """Return "how long have I not heard X" as the question of its last play."""
    if language != "de":
        return text
    return rewrite(_RULES, text, re.IGNORECASE)
