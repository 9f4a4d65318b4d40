"""English typed like a command line or a search box (issue 45's eighteenth turn).

A power user (writer 56) asks the assistant as a query: a keyword, then
what it is about, then a period, with no verb and no "did I": "artists
ranked by plays, last 30 days", "query listening time this week", "<a name>
yesterday? y/n", "listening log, day before yesterday", "track at 08:15
today?", "consecutive listening days, current count", "weekday/weekend
split". Each rule turns one such keyword
into the words of the plain question; applied in `english_ways` before the
terse speaker's rules, which read what these leave. "How many times <a
name> this year" the reader already reads; only the net needed it.

A ranking said as "ranked by", "sorted by" or "ranking of" asks for the
top, never a count of what is ranked (a wrong fact once). A name after a
keyword keeps its words; a rule asks nothing when its period is missing.
"""

import re

from .rules import Rule, rewrite

# What is ranked or counted, said as a search box's column.
_KIND = (
    r"(artists?|bands?|singers?|acts?|songs?|tracks?|tunes?|albums?|records?"
    r"|podcasts?|shows?|episodes?)"
)
# What a ranking is measured by: plays, however named.
_MEASURE = (
    r"(?:(?:the )?(?:number of )?(?:plays|play count|playcount|streams|listens|spins"
    r"|scrobbles|times played|listening time|time listened|most plays))"
)
# Words a period opens with, after a log said with no verb.
_PERIOD_OPENS = (
    r"(?:today|tonight|yesterday|this|last|since|so far|lately|recently|ever"
    r"|all time|of all time|overall|in total|in the (?:last|past)|over the"
    r"|the past|past|during|in (?:\d{4}|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)|\d{4}|the day before"
    r"|day before)"
)

_RULES: tuple[Rule, ...] = (
    # "Y/n", "yes/no", a form's yes-or-no: the words a question ends with.
    (r",? \b(?:y/n|y / n|yes/no|yes / no|y or n|true/false)\b\??$", " yes or no"),
    # "Query", "lookup": a search box's verb, which asks nothing itself.
    (r"^(?:query|lookup|look up|search history for|search my history for)\b:? ", ""),
    # "Artists ranked by plays", "songs sorted by play count": the top ones.
    (
        (
            rf"^(?:the |my )?{_KIND},? (?:ranked|rated)"
            rf"(?: (?:by|on|according to) {_MEASURE})?\b(?! (?:by|on)\b)"
        ),
        r"top \1",
    ),
    # Sorted or ordered only by plays: "sorted by date" is the log, no top.
    (
        rf"^(?:the |my )?{_KIND},? (?:sorted|ordered) (?:by|on|according to) {_MEASURE}\b",
        r"top \1",
    ),
    (
        rf"^(?:rank|sort|order) (?:my |the )?{_KIND}(?: (?:by|on) {_MEASURE})?\b",
        r"top \1",
    ),
    # "Podcasts by plays this month": a column grouped by its measure is
    # ranked ("songs by Daft Punk" names no measure and is left alone).
    (
        rf"^(?:the |my )?{_KIND},? (?:by|per) {_MEASURE}\b",
        r"top \1",
    ),
    (
        (
            rf"^(?:the |my )?(?:ranking|rankings|leaderboard|chart|charts) (?:of |for )?"
            rf"(?:my |the )?{_KIND}\b"
        ),
        r"top \1",
    ),
    (
        (
            r"^(?:the |my )?(artist|band|singer|song|track|tune|album|record|podcast|show)"
            r" (?:ranking|rankings|leaderboard|chart|charts)\b"
        ),
        r"top \1s",
    ),
    # "Listening log, day before yesterday", "play history for monday": what
    # was played then.
    (
        # Never "play history": a command to play History, the song.
        (
            r"^(?:my |the )?(?:listening|playback|music|song|track|scrobble)"
            r" (?:log|history|list|feed|timeline)(?: (?:for|of|from|on))?"
            rf"(?= (?:on )?(?:{_PERIOD_OPENS}|monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday)\b)"
        ),
        "what did i listen to",
    ),
    # "List plays yesterday evening", "show my streams today": the plays
    # themselves, listed (a count says "how many" or "count").
    (
        (
            r"^(?:list|show|display|dump)(?: me)? (?:my |the |all )?(?:plays|streams|listens"
            r"|scrobbles)(?: (?:for|of|from|on))?"
            rf"(?= (?:on )?(?:{_PERIOD_OPENS}|monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday)\b)"
        ),
        "what did i listen to",
    ),
    # "Consecutive listening days, current count", "days in a row, count",
    # "streak length": the listening streak.
    (
        (
            r"^(?:(?:my|the|current|present) )*(?:consecutive|straight|unbroken"
            r"|back to back|back-to-back) (?:listening |music )?days"
            r"(?: (?:listening|in a row))?(?: (?:current|present|now|so far))?"
            r"(?: (?:count|total|tally|number|length|streak))?$"
        ),
        "what is my listening streak",
    ),
    (
        (
            r"^(?:(?:my|the|current|present) )*(?:listening )?days in a row"
            r"(?: (?:current|present|now|so far))?(?: (?:count|total|tally|number))?$"
        ),
        "what is my listening streak",
    ),
    (
        (
            r"^(?:(?:my|the|current|present) )*(?:listening )?streak"
            r" (?:length|count|status|days|so far|now)$"
        ),
        "what is my listening streak",
    ),
    # "Weekday/weekend split", "weekend vs weekday breakdown": the parts of
    # the week compared.
    (
        (
            r"^(?:my )?(?:(?:weekdays?|weekends?) ?(?:/|vs|versus|and|or|-) ?"
            r"(?:weekdays?|weekends?))(?: (?:listening|music|plays))?"
            r" (?:split|breakdown|ratio|distribution|balance|comparison|share)$"
        ),
        "do i listen more on weekends or weekdays",
    ),
    (
        (
            r"^(?:my )?(?:(?:mornings?|evenings?) ?(?:/|vs|versus|and|or|-) ?"
            r"(?:mornings?|evenings?))(?: (?:listening|music|plays))?"
            r" (?:split|breakdown|ratio|distribution|balance|comparison|share)$"
        ),
        "do i listen more in the mornings or in the evenings",
    ),
    # "Track at 08:15 today?": what played at that moment.
    (
        r"^(?:the )?(song|track|tune)\??(?= (?:at|around) \d{1,2}(?::\d\d)?\b)",
        r"what \1 was playing",
    ),
)


def undo_keywords(words: str) -> str:
    """Return normalized English with a search box's keywords said as a question."""
    words = rewrite(_RULES, words)
    return re.sub(r" {2,}", " ", words).strip()
