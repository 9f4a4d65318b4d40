"""A moment said as a while ago (issue 45's twentieth turn).

A father dictating on the run asks what played "an hour ago", "half an
hour ago", "twenty minutes ago", "a couple of hours ago": a moment counted
back from now, which no period reader knew ("not which time 'an hour ago'
means"). The words are put as the clock time they mean, with its day
("what was on an hour ago" at 18:30 is "what was on at 17:30 today"), so
the moment's play is answered as any clock time is. Only an hour or
minutes count back; "a week ago" and "three days ago" stay the periods'.

German counts back the same way, the count after "vor": "vor einer
Stunde", "vor ner Stunde", "vor einer halben Stunde", "vor zwanzig
Minuten" (issue 45's fifty-fifth turn, blind writer 347: "wat lief vor ner
Stunde" was answered with the whole of today).
"""

from datetime import datetime, timedelta, tzinfo
import re

_COUNTS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "half an": 0.5,
    "half a": 0.5,
    "a couple of": 2.0,
    "a couple": 2.0,
    "couple of": 2.0,
    "couple": 2.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "ten": 10.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "forty five": 45.0,
}
_COUNT = r"(?P<count>half an?|an?|one|a couple(?: of)?|couple(?: of)?|two|three|four|five|ten|fifteen|twenty|thirty|forty(?: five)?|\d{1,3})"
_AGO = re.compile(
    rf"\b(?:about |around |like |roughly )?{_COUNT} (?P<unit>hours?|minutes?|mins?)"
    r" ago\b",
    re.IGNORECASE,
)


_COUNTS_DE = {
    "einer": 1.0,
    "ner": 1.0,
    "'ner": 1.0,
    "eener": 1.0,
    "einer halben": 0.5,
    "ner halben": 0.5,
    "einer dreiviertel": 0.75,
    "einer knappen": 1.0,
    # A learner's case: "vor eine Stunde" (issue 45's fifty-eighth turn).
    "eine": 1.0,
    "eine halbe": 0.5,
    "einer guten": 1.0,
    "zwei": 2.0,
    "drei": 3.0,
    "vier": 4.0,
    "fünf": 5.0,
    "zehn": 10.0,
    "fünfzehn": 15.0,
    "zwanzig": 20.0,
    "dreißig": 30.0,
    "vierzig": 40.0,
    "fünfundvierzig": 45.0,
}
_AGO_DE = re.compile(
    r"\b(?:so |etwa |ungefähr |circa )?vor (?:so )?(?:etwa |ungefähr )?"
    r"(?P<count>einer (?:halben|dreiviertel|knappen|guten)|ner halben|eine halbe|einer|eine|'?ner|eener"
    r"|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfundvierzig"
    r"|\d{1,3}) (?P<unit>stunden?|minuten?)\b",
    re.IGNORECASE,
)


def _moment(match: re.Match[str], now: datetime, language: str = "en") -> str:
    """Return the clock time and day `match` counts back to from `now`."""
    said = match.group("count").lower()
    counts = _COUNTS_DE if language == "de" else _COUNTS
    count = float(said) if said.isdigit() else counts[said]
    hours = match.group("unit").lower().startswith(("hour", "stunde"))
    if (not hours and count < 1) or (hours and count > 12) or count > 720:
        return match.group(0)
    then = now - (timedelta(hours=count) if hours else timedelta(minutes=count))
    if (now.date() - then.date()).days > 1:
        return match.group(0)
    if language == "de":
        day = "heute" if then.date() == now.date() else "gestern"
        return f"{day} um {then.hour}:{then.minute:02d} uhr"
    day = "today" if then.date() == now.date() else "yesterday"
    return f"at {then.hour}:{then.minute:02d} {day}"


def said_ago(text: str, language: str, now: datetime, time_zone: tzinfo) -> str:
    """Return `text` with "an hour ago" put as the clock time it means."""
    local = now.astimezone(time_zone)
    if language == "de":
        if "vor" not in text.lower():
            return text
        return _AGO_DE.sub(lambda match: _moment(match, local, "de"), text)
    if "ago" not in text.lower():
        return text
    return _AGO.sub(lambda match: _moment(match, local), text)
