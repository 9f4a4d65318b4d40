"""A Korean speaker's English (issue 45's sixty-third turn, blind writer 413).

Korean says the topic first and the question word last, after a bare
verb: "Queen how much time I listen this month" (read as the month's whole
listening time: a wrong fact), "<podcast> how many episode i listen this
week" (its name left out: a wrong fact), "last 30 day total listening
hour how much", "last three month different song how many". "How much
time" there counts times (몇 번, how many times), as a Patois speaker's
does: it follows a name said first, which only a count of its plays asks
about. Each rule puts the question word first and the name said first in
its place; a name said first is never a period, a content word or a
speaker's opener.
"""

import re

from .rules import Rule, rewrite

_VERB = r"(?P<verb>listen|play|hear)(?:ed|d)?(?: to)?"
# A name said first: no period, content word, opener or question word
# starts it, and it holds no pronoun or question word.
_NAME = (
    r"(?P<name>(?!(?:the (?:day|last|past|other)|this|last|past|yesterday|today|tonight|in|on|at|since|during|over"
    r"|for|ever|all|overall|total|altogether|so|and|but|well|ok|okay|hey|honestly|now"
    r"|then|what|which|how|when|who|do|did|my|every|each|average|usually|normally"
    r"|weekdays?|weekends?|mornings?|evenings?|nights?|music|songs?|tracks?|tunes?"
    r"|podcasts?|episodes?|stuff|everything|things?|artists?|albums?|bands?)\b)"
    r"(?:(?!\b(?:i|we|you|me|my|how|what|which|when|who|did|do)\b)[\w' .&-]){2,40}?)"
)
# What follows the verb is the period, never a pronoun for the name.
_REST = (
    r"(?P<rest>(?: (?!(?:it|them|him|her|that|this one|dat|am|'em|em)\b)"
    r"(?:(?!\b(?:how|what|which|please)\b)[\w' ])+?)?)(?=[,.?!]|\s*$)"
)
_PLAIN = {"listen": "listen to", "play": "play", "hear": "hear"}


def _times(found: re.Match[str]) -> str:
    """Return "Queen how much time I listen this month" in English order."""
    verb = _PLAIN[found["verb"].lower()]
    return f"how many times did i {verb} {found['name']}{found['rest']}"


def _kind_of(found: re.Match[str]) -> str:
    """Return "<podcast> how many episode i listen this week" in English order."""
    verb = _PLAIN[found["verb"].lower()]
    return f"how many {found['kind'].lower()}s of {found['name']} did i {verb}{found['rest']}"


_LEARNER_KO_EN: tuple[Rule, ...] = (
    # "Queen how much time I listen this month", "radiohead how much time I
    # play ever": how many times, the name in its place. The learner's "how
    # much time" and no "did": "X, how many times did I play them" is read
    # by the name-first readers already.
    (
        rf"^{_NAME},? how much time (?:i|we) {_VERB}{_REST}",
        _times,
    ),
    # "The daily how many episode i listen this week".
    (
        rf"^{_NAME},? how many (?P<kind>episode|song|track)s? (?:i|we) {_VERB}{_REST}",
        _kind_of,
    ),
    # "Yesterday night air I listened or not": did I, the period said first.
    (
        (
            r"^(?P<when>(?:yesterday|last|this|today)(?: (?:night|evening|morning|afternoon|week"
            r"|weekend|month|year))?),? (?P<name>(?!(?:i|we)\b)[\w' .&-]{2,40}?) (?:i|we)"
            r" (?:have )?(?P<verb>listen|play|hear)(?:ed|d)?(?: to)? or (?:not|no)\W*$"
        ),
        lambda found: (
            f"did i {_PLAIN[found['verb'].lower()]} {found['name']} {found['when']}"
        ),
    ),
    # "Last 30 day total listening hour how much": how long.
    (
        r"^(?P<when>(?:last|past|this|in) [\w ]+?),? total listening (?:hours?|time) how (?:much|long)\W*$",
        r"how long did i listen \g<when>",
    ),
    # "Last three month different song how many please": how many songs.
    (
        r"^(?P<when>(?:last|past|this|in) [\w ]+?),? different (song|track|artist|album)s? how many(?: please)?\W*$",
        r"how many different \2s did i play \g<when>",
    ),
)


def said_as_korean_en(text: str) -> str:
    """Return a Korean speaker's English question in English order, commas kept."""
    return rewrite(_LEARNER_KO_EN, text, re.IGNORECASE)
