"""A Berlin teenager's headlines in German (issue 45's twenty-first turn).

A teenager asks in headlines: the kind and its period as a title,
"künstler der woche bei mir?", "album der letzten drei monate bei mir, wat
war das" (the week's top artist, the top album of three months), and
"welche songs liefen am samstag" for what played then. None was read; the
rules say each plainly:

- "<kind> der Woche", "<kind> der letzten drei Monate": the top of that
  kind in that period, as "Künstler des Jahres" is (`speech`). Only at the
  start of the words, or after "mein"/"wer ist"/"was ist", so a title
  ("Album der Woche" said inside a command) keeps its words.
- "Welche Songs liefen am Samstag", "welche Tracks hab ich gestern
  gehört": what played then, when nothing ranks or counts ("welche Songs
  hab ich am meisten gehört" stays a ranking).
"""

import re

from .rules import Rule, rewrite

# What a ranking ranks, as a teenager names it.
_KIND = r"(künstler|künstlerin|artists?|bands?|songs?|lieder|lied|tracks?|alben|album|platten?|podcasts?)"
# A teenager's closing: "wat war das", "wer war dit", "bei mir"; a busy
# parent's "wer war's" (issue 45's sixty-first turn, blind writer 389).
_CLOSE = (
    r"(?:\s*(?:bei mir|bei uns))?(?:[,?]?\s*(?:wat|was|wer|welche[rs]?)"
    r" (?:(?:war|is|ist) (?:das|dit|des|es)|war'?s))?\s*\??$"
)
# Words that rank, count or ask a first or last time: never "what played".
_RANKS = (
    r"(?!.*\b(?:meist\w*|am (?:meisten|häufigsten|öftesten|liebsten)|oft|häufig|viel\w*"
    r"|erste\w*|letzte[ns]? mal|zuerst|zuletzt|neu\w*|top|lieblings\w*|übersprungen"
    r"|geskippt|wiederholt|immer wieder)\b)"
)

_RULES: tuple[Rule, ...] = (
    # "Recap meiner Woche", "Zusammenfassung meines Monats": the recap of
    # that period, as "Rückblick auf meine Woche" (it was this month's, a
    # wrong fact; twenty-second turn).
    (
        r"^(recap|rückblick|zusammenfassung|überblick|bilanz) (mein|unser)er woche\b",
        r"\1 auf \2e woche",
    ),
    (
        r"^(recap|rückblick|zusammenfassung|überblick|bilanz) (mein|unser)es (monat|jahr|sommer|wochenende)s?e?s?\b",
        r"\1 auf \2 \3",
    ),
    # "Künstler der Woche bei mir?": this week's top artist.
    (
        rf"^(?:(?:mein|meine|wer ist|was ist|wer is|wat is) )?{_KIND} der woche{_CLOSE}",
        r"top \1 diese woche",
    ),
    # "Album der letzten drei Monate bei mir, wat war das": the top album
    # of those months.
    (
        (
            rf"^(?:(?:mein|meine|wer ist|was ist|wer is|wat is) )?{_KIND} der letzten"
            rf" (\w+) (tage|wochen|monate){_CLOSE}"
        ),
        lambda said: (
            f"top {said[1]} in den letzten {said[2]} {said[3].removesuffix('n')}n"
        ),
    ),
    # "Welche Songs liefen am Samstag": what played then. Lieder, podcasts
    # and episodes keep their kind ("welche Podcasts liefen diese Woche":
    # the week's podcasts, issue 45's sixty-first turn, blind writer 392).
    (
        rf"^welche (?:songs|tracks|titel) (?:liefen|lief|kamen|kam){_RANKS} (.+?)\s*\??$",
        r"was habe ich \1 gehört",
    ),
    (
        rf"^welche (?:songs|tracks|titel) (?:hab|habe) (?:ich|ick|i){_RANKS} (.+?) (?:gehört|gehört|gepumpt|gespielt)\s*\??$",
        r"was habe ich \1 gehört",
    ),
    (
        rf"^welche (lieder|podcasts|folgen|episoden|podcastfolgen) (?:liefen|kamen){_RANKS} (.+?)\s*\??$",
        r"was für \1 habe ich \2 gehört",
    ),
    (
        rf"^welche (lieder|podcasts|folgen|episoden|podcastfolgen) (?:hab|habe) (?:ich|ick|i){_RANKS} (.+?) (?:gehört|gespielt)\s*\??$",
        r"was für \1 habe ich \2 gehört",
    ),
)


def undo_headline_de(text: str) -> str:
    """Return a teenager's clipped German as a question said plainly."""
    return rewrite(_RULES, text.strip(), re.IGNORECASE)
