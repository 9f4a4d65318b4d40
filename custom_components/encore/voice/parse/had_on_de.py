"""A name one "had on", said in German (issue 45's twenty-first turn).

A speaker dictating in a car (writer 86) asked how much of a name she had
on, as English says it ("how much Queen have I had on"): "wie viel Kwien
hatte ich seit Oktober an", "wie viel Daft Punk hatte ich letzten Monat",
"wie oft hatte ich Queen diese Woche an". The name was not read ("hatte
ich" is no verb of listening) or kept the "an". It is the number of times
the name was played: "wie oft habe ich Queen seit Oktober gehört". Only
"wie viel"/"wie oft" with a name before or after "hatte ich"/"hatten wir"
and no participle is rewritten; an amount of music, songs or time ("wie
viel Musik hatte ich an") stays a listening time or a count.
"""

import re

# What is counted or timed, never a name: "wie viel Musik hatte ich an".
_NO_NAME = (
    r"(?:musik|lieder|lied|songs?|titel|stücke?|tracks?|podcasts?|folgen|episoden|zeit"
    r"|minuten|stunden|sachen|zeug|wiedergaben|künstler|bands?|alben|album|mal|davon"
    r"|das|es|ich|wir|denn|so|insgesamt|listening|hörzeit|hördauer|musikzeit|podcastzeit"
    r"|spielzeit|playtime|plays|streams|sendezeit|airtime)"
)
_PERIOD_START = (
    r"(?:seit|diese[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|im|am|in|heute|gestern"
    r"|vorgestern|dieses|vergangene[nmrs]?|an diese[nmrs]?|an dem)"
)
_DONE = r"(?:gehört|gespielt|gehabt|laufen lassen|angehört|gestreamt)"

_HAD_ON = (
    # "Wie viel Kwien hatte ich seit Oktober an": the name before the verb.
    re.compile(
        rf"^wie (?:viel|oft) (?!{_NO_NAME}\b)(?P<name>.+?) (?P<verb>hatte ich|hatten wir)"
        rf"(?P<period>(?: {_PERIOD_START}\b.*?)?)(?: an| laufen| auf| drauf| druff)?(?: so)?[?.!]?$"
    ),
    # "Wie oft hatte ich Queen diese Woche an": the name after it.
    re.compile(
        rf"^wie (?:viel|oft) (?P<verb>hatte ich|hatten wir) (?!{_NO_NAME}\b)(?P<name>.+?)"
        rf"(?P<period>(?: {_PERIOD_START}\b.*?)?)(?: an| laufen| auf| drauf| druff)?(?: so)?[?.!]?$"
    ),
    # "Büschen viel Daft Punk dieses Jahr, oder? wie oft": a name said as a
    # doubt, its count asked after (issue 45's thirty-third turn).
    re.compile(
        rf"^(?:ein |'n |n )?(?:büschen |bisschen |bissl |ganz schön |echt )?viel"
        rf" (?!{_NO_NAME}\b)(?P<name>.+?)(?P<period>(?: {_PERIOD_START}\b[^,?]*?)?),?"
        r" oder\??,? (?P<verb>wie oft)[?.!]?$"
    ),
)

# What or when one had on ("Wat hatt ick letzten Freitach so an?", "wann
# hatte ich zuletzt was von Queen an", a Berlin taxi driver, issue 45's
# sixtieth turn, blind writer 387): what played then, when it last played.
# "Was für Musik hatten wir denn am Wochenende an" (a Dresden grandmother,
# issue 45's seventy-ninth turn, blind writer 535): music one had on is
# never what one wore, whoever says it.
_HAD_ON_WHAT = re.compile(
    r"^(?P<ask>was|wat|wann|(?P<music>(?:was|wat) für (?:musik|musike|mucke|lieder|songs|stücke)"
    r"|welche (?:musik|lieder|songs|stücke)))"
    r"(?: denn)? (?:hatte|hatt|hattn|hatten) (?P<who>ich|ick|isch|wir|wa)"
    r"(?: denn)? (?P<rest>.+?)(?: so)? an[?.!]?$",
    re.IGNORECASE,
)


# A name and its period said first, "da" pointing back at them: "Queen
# letzte Woche, hatt ich da wat von an" (issue 45's sixty-first turn, a
# Rostock pensioner, blind writer 402).
_NAME_THEN_HAD = re.compile(
    rf"^(?P<name>[^,?]{{2,40}}?) (?P<when>{_PERIOD_START}\b[^,?]*?),\s*(?:hatt|hatte|hattn) (?:ich|ick|isch)"
    r" da (?:wat|was|etwas|irgendwat) (?:von )?an\W*$",
    re.IGNORECASE,
)


def _said_before(text: str) -> str:
    """Return a period said first as where the question would say it."""
    if (found := _NAME_THEN_HAD.match(text.strip())) is not None:
        return f"habe ich {found['name']} {found['when']} gehört"
    return text


def undo_had_on_de(text: str, language: str) -> str:
    """Return what one "hatte an" (had on) as the plain question it asks.

    "Wie viel NAME hatte ich an" is the count of the name's plays, Berlin's
    "wat hatt ick gestern an" what played.
    """
    if language != "de":
        return text
    text = _said_before(text)
    said = text.strip().lower()
    if re.search(rf"\b{_DONE}\b", said):
        return text
    # Matched on the words as said, so a name keeps its capitals.
    if (found := _HAD_ON_WHAT.match(text.strip())) is not None and (
        # The standard "was hatte ich gestern an" asks what one wore: only
        # Berlin's "wat", "hatt", "ick" or a name's "wann" is what played.
        found["ask"].lower() != "was"
        or "hatt " in said
        or found["who"].lower() in {"ick", "wa"}
    ):
        verb = "haben wir" if found["who"].lower() in {"wir", "wa"} else "habe ich"
        ask = "wann" if found["ask"].lower() == "wann" else "was"
        if found["music"] is not None:
            ask = re.sub(r"^wat\b", "was", found["music"], flags=re.IGNORECASE)
        # Berlin's "dat" is "das" ("wann hatt ick dat Album Moon Safari dat
        # erste Mal an").
        rest = re.sub(r"\bdat\b", "das", found["rest"], flags=re.IGNORECASE)
        return f"{ask} {verb} {rest} gehört"
    for pattern in _HAD_ON:
        if (found := pattern.match(said)) is not None:
            verb = "haben wir" if found["verb"] == "hatten wir" else "habe ich"
            period = re.sub(r"^ an (?=diese|dem)", " ", found["period"])
            return f"wie oft {verb} {found['name']}{period} gehört"
    return text
