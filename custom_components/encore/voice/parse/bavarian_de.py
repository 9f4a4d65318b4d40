"""German as a Bavarian grandfather asks it (issue 45's twenty-first turn, writer 84).

Beside the dialect's sounds (`dialect_de`) and a grandparent's remarks
(`grandparent_de`), he asks for his year "in der Rückschau" ("Mein Jahr in
der Rückschau, bittschön"), says the weekend as "Samstag und Sonntag" set
against "unter der Woche", asks whether something "war dabei" ("War in
letzter Zeit was von Justice dabei?"), points back with "da" to a time said
first ("Vorgestern, wie viele Stückl haben wir da g'hört?") and skips by
"weiterdrücken" ("Bei welchem Stück drück ich allerweil weiter?"). Read with
the text's punctuation, before the clip to the question's clause.
"""

import re

from .rules import Rule, compiled, rewrite

_TIME = compiled(
    r"\b(?:heute|heut|gestern|vorgestern|früh|morgens?|abends?|nachmittags?|vormittags?"
    r"|woche|wochen|monat|jahr|heuer|sommer|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember|letzten?|letzter|letztes|vorige[nmrs]?)\b",
    re.IGNORECASE,
)
_WHAT = r"(?:lied|liedl|liad|stück|stückl|stückerl|titel|nummer|platte|album|künstler|künschtler|band)"
_SKIP = r"(?:drück|drücke|druck|tipp|tippe|schalt|schalte|mach|dreh)"
_OFTEN = (
    r"(?:allerweil|allaweil|oiwei|immer|ständig|meistens|am öftesten|am meisten|gern)"
)

BAVARIAN_DE: tuple[Rule, ...] = (
    # "voriges Jahr im Sommer": last year's summer, said as one time before
    # a name is read beside it ("Hab i voriges Jahr im Sommer D.A.N.C.E.
    # ghört", issue 45's fifty-second turn: "Sommer" was read with the name).
    (
        r"\b(?:voriges|vorigs|vorigen|letztes|letzts|letzten) jahr im (sommer|winter|frühling|herbst)\b",
        r"letzten \1",
    ),
    # "Mein Jahr in der Rückschau", "unser Oktober im Rückblick": a recap.
    (
        (
            r"\b(mein|meine|unser|unsere) (jahr|monat|woche|sommer|januar|februar|märz|april"
            r"|mai|juni|juli|august|september|oktober|november|dezember)"
            r" (?:in der rückschau|im rückblick|im überblick|in der übersicht)\b"
        ),
        lambda m: (
            f"{m[1]} {m[2]}esrückblick"
            if m[2].lower() == "jahr"
            else f"wie war {m[1]} {m[2]} in musik"
        ),
    ),
    # "War in letzter Zeit was von Justice dabei?", "War gestern was vom
    # Queen dabei?": whether I heard the name then. Only with "was von" and
    # a past "war": "ist der Timer dabei" asks nothing of the history.
    (
        (
            r"^\s*(?:war|waren) (?P<when>(?:[^,?.!]{2,30}? )?)(?:was|etwas|a bissl was|ebbs"
            r"|irgendwas|a weng was|wos) (?:von|vom|vo) (?P<name>[^,?.!]{2,40}?) (?:mit )?dabei\b"
        ),
        r"habe ich \g<when>\g<name> gehört",
    ),
    # "Wie viele Stückl": the Bavarian diminutive is its own plural.
    (
        r"\b(wie viele|wieviele|wie vui) (?:stückl|stückerl|liedl|liaderl|stückln)\b",
        r"\1 Lieder",
    ),
    # "Wie oft schalt ich weiter?" (an East Frisian, issue 45's sixtieth
    # turn, blind writer 380): how often I skip.
    (
        rf"^\s*wie (?:oft|häufig) {_SKIP}(?:e)? (ich|wir|i) (?:denn |eigentlich |so )*(?:weiter|weg)\b",
        lambda match: (
            "wie oft überspringe ich"
            if match[1].lower() in {"ich", "i"}
            else "wie oft überspringen wir"
        ),
    ),
    # "Bei welchem Stück drück ich allerweil weiter?", "welches Lied schalt
    # ich immer weiter": the one skipped most.
    (
        (
            rf"^\s*(?:bei )?(?:welchem|welches|welcher|welchen|welche) ({_WHAT})\w* {_SKIP}(?:e|st)? (ich|wir|i)"
            rf" (?:denn |halt |eigentlich )*{_OFTEN} (?:weiter|weg)\b"
        ),
        lambda match: (
            f"welches {match[1]} überspringe ich am häufigsten"
            if match[2].lower() in {"ich", "i"}
            else f"welches {match[1]} überspringen wir am häufigsten"
        ),
    ),
)
"""The rewrites, read with the text's punctuation (case is ignored)."""

# "Vorgestern, wie viele Stückl haben wir da g'hört": "da" points back to
# the time said first; left in, it was read as the name counted. Only a
# count: "vorgestern, was hab ich da gehört" is read whole elsewhere.
_BACK_TO_TIME = compiled(
    r"^(?P<time>[^,?.!]{3,30}),\s*(?P<ask>(?:wie viel|wie viele|wie oft)\b[^,?.!]*?"
    r" (?:haben wir|hamma|ham wir|hab ich|habe ich|hat man|hatten wir|hatte ich)) da\b",
    re.IGNORECASE,
)
# "Unter der Woche oder am Samstag und Sonntag": the weekend, when compared.
_WEEKDAYS = compiled(
    r"\b(?:unter der woche|werktags|wochentags|an werktagen|montag bis freitag)\b",
    re.IGNORECASE,
)
# Bavaria's "Samstag und Sunnta", a bare "Samstag Sonntag" (issue 45's
# fifty-second turn, blind writers 311 and 313).
_SAT_SUN = compiled(
    r"\b(?:am |an )?(?:samstags?(?:,| und| oder)? (?:sonntags?|sunnta|sunntag|sonnta)"
    r"|sonntags?(?: und| oder)? samstags?)\b",
    re.IGNORECASE,
)


def said_in_bavarian(text: str) -> str:
    """Return `text` with a Bavarian grandfather's ways of asking undone."""
    text = rewrite(BAVARIAN_DE, text, re.IGNORECASE)
    back = _BACK_TO_TIME.match(text)
    if back is not None and _TIME.search(back.group("time")):
        text = f"{back.group('time')}, {back.group('ask')}{text[back.end() :]}"
    if _WEEKDAYS.search(text):
        text = _SAT_SUN.sub("am Wochenende", text)
    return text
