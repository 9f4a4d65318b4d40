"""An Egyptian speaker's dictated B1 English (issue 45's eighty-first turn, blind writer 547).

He dictates to his phone in Arabic's order and words: "open" for play (he
"opens" a song, شغّل), "is" before a bare verb for the past ("is i listen
cafe taco bar in last summer", "ada is listen X in august", "what is play
in kitchen on saturday"), the question word or "when" said last ("first
time cafe tacuba come in my history when", "the song i don't like and skip
every time which one"), "too much" and "a lot" for the most ("which song
i open it too much yesterday": read as what played, a wrong fact), the
name said first with "how many" after it ("one more time from daft punk
how many i play it last month": read as did I, a wrong fact; "from" is
Arabic's "min" for a song's artist), "broadcast" for a podcast ("which
broadcast i listen most": read as the top songs, a wrong fact), the
recogniser's "our" for hours, "8 and half" for half past eight, the hour
said first ("9 at night on wednesday what is open"), "press skip", "who i
hear first time" (new artists), "which style music i am into", "which
more weekdays or weekend for me" and "my friend" to the phone.

Run first of `said_as_written_en`, on the words as said; only a sentence
with one of his marks (`_MARK`) is read, so no other speaker's question is
rewritten. Each rule ends in plain English the later readers read; a name
is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we|ada)"
_HEAR: Final = r"(?:listen|play|hear|open)"
_PLAIN: Final = {"listen": "listen to", "play": "play", "hear": "hear", "open": "play"}
_DAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_MARK: Final = re.compile(
    # "I open" a song (شغّل); "what did I open with" is the first song,
    # "I open at six" a shop.
    r"(?<!\bdid )(?<!\bdo )\b(?:i|we|ada) (?:open|opened)\b(?!.*\bwith\b)(?! (?:at|from|until|till|early|late)\b)"
    r"(?! (?:up|proceedings|(?:the|a|my) (?:door|window|gate|garage|app|blinds|curtains|day|morning|week)))"
    r"|\b(?:i|we|ada) (?:is|am|are) (?:listen|play|hear|skip)\b"
    r"|^is (?:i|we)\b|\bis play\b|\bwhat is (?:on|open)\W*$"
    r"|^how many (?:our|ours)\b|\bpress skip\b|\bcome in my history\b"
    r"|^which more\b|\bfirst time in (?:this|last)\b|^my friend,? (?:what|which|who|how)\b"
    r"|\bbroadcasts?\b|\bstyle music\b|\bwhich one\W*$|\bhow many (?:i|we) (?:play|listen|hear|open)\b"
    r"|\bmore than (?:work ?days|weekdays)\b|\bhow many times? (?:the )?[\w' ]+ (?:is|was) play\b"
    r"|\bcan't stop open\b|^what is (?:album|song|artist|singer|band|podcast)\b",
    re.IGNORECASE,
)


def _times_of(found: re.Match[str]) -> str:
    """Return "X how many i play it last month" as how many times did I play X."""
    verb = _PLAIN[found["verb"].lower()]
    return f"how many times did {found['who']} {verb} {found['name']} {found['rest']}"


def _at_clock(found: re.Match[str]) -> str:
    """Return "9 at night on wednesday what is open" as what was playing then."""
    clock = found["clock"]
    at = "" if clock.startswith(("this ", "yesterday ")) else "at "
    return f"what was playing {at}{clock}"


def _did_of(found: re.Match[str]) -> str:
    """Return "is i listen X", "ada is listen X" as "did I listen to X"."""
    who = found["who"] or found["who2"]
    verb = _PLAIN[found["verb"].lower()]
    return f"did {who} {verb} {found['rest']}"


_EGYPTIAN_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "My friend, what I listen this afternoon": said to the phone.
    (r"^my friend,?\s+(?=(?:what|which|who|how|when)\b)", ""),
    # "How many our": the recogniser's "hours".
    (r"^how many (?:our|ours)\b", "how many hours"),
    # "Which broadcast I listen most": a podcast (إذاعة), never a song.
    (r"\bbroadcast(s)?\b", r"podcast\1"),
    # "One more time from daft punk how many i play it last month": the
    # name first, "from" its artist (Arabic "min"), "how many" after.
    (
        (
            rf"^(?P<name>[\w' ]+?) how many(?: times?)? (?P<who>{_WHO}) (?P<verb>{_HEAR})"
            r"(?: to)?(?: (?:it|them|him|her))?\s*(?P<rest>[^?]*?)\W*$"
        ),
        _times_of,
    ),
    # "How many time the deli is play last 30 days": the name, then "is play".
    (
        r"^how many times? (?P<name>[\w' ]+?) (?:is|was) (?P<verb>play|listen|hear|open)(?:ed)?\b\s*(?P<rest>[^?]*?)\W*$",
        lambda found: (
            f"how many times did i {_PLAIN[found['verb'].lower()]} {found['name']}"
            f" {found['rest']}"
        ),
    ),
    # "Is I listen X in last summer", "ada is listen X in august": did.
    (
        rf"^(?:is (?P<who>{_WHO})|(?P<who2>{_WHO}) is) (?P<verb>listen|play|hear|open)(?: to)? (?P<rest>.+)$",
        _did_of,
    ),
    # "In last summer": last summer.
    (r"\bin (last|this) (summer|winter|spring|autumn|week|month|year)\b", r"\1 \2"),
    # "First time cafe tacuba come in my history when": its first play.
    (
        r"^(?:the )?(first|last) time (?P<name>[\w' ]+?) (?:come|came|enter|entered) (?:in|into|to) my (?:history|music|listening) when\W*$",
        r"when did i \1 play \g<name>",
    ),
    # "The song I don't like and skip every time which one": the most skipped.
    (
        r"^the (song|artist|band|album|singer) (?:i|we) (?:don't|do not) like and skip(?: (?:every time|always|all the time))? which one\W*$",
        r"which \1 do i skip the most",
    ),
    # "How much I press skip", "I am skip too much this week": the skip rate.
    (r"^how (?:much|many times|often) (?:i|we) press skip\b", "how often do i skip"),
    (r"^(i|we) (?:am|are) skip (?:too much|a lot|so much)\b", r"how often did \1 skip"),
    # "Which song I can't stop open it": on repeat.
    (
        r"^which (song|track) (?:i|we) (?:can't|cannot|can not) stop (?:open|play|listen)(?:ing)?(?: to)?(?: it)?\W*$",
        r"what \1 can't i stop playing",
    ),
    # "Who I hear first time in this year": the year's new artists.
    (
        r"^who (?:i|we) (?:hear|listen|listen to|heard) (?:for the )?first time (?:in )?(this|last) (year|month|week)\W*$",
        r"which new artists did i hear \1 \2",
    ),
    # "Which style music I am into this year": the taste.
    (
        r"^(?:which|what) (?:style|kind|type) (?:of )?music (?:i|we) (?:am|are) into\b",
        "what kind of music was i into",
    ),
    # "I hear music in weekend more than work days", "which more weekdays
    # or weekend for me": the week's parts compared.
    (
        r"^(?:i|we) (?:hear|listen|listen to|play) (?:music )?(?:in|on|at) (?:the )?weekends? more than (?:on )?(?:the )?(?:work ?days|weekdays)\W*$",
        "do i listen to more music on weekends or weekdays",
    ),
    (
        r"^which more,? (?:the )?(weekdays?|weekends?) or (?:the )?(weekdays?|weekends?)(?: for me)?\W*$",
        r"do i listen more on \1 or \2",
    ),
    # "Today morning 8 and half what is on", "9 at night on wednesday what
    # is open": the clock said first, "is" for was.
    (
        r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and half\b",
        r"half past \1",
    ),
    (r"^today morning\b", "this morning"),
    (
        (
            r"^(?P<clock>(?:this morning |yesterday )?(?:half past )?(?:\d{1,2}|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve)\b[^,?]*?) what is (?:on|open|play|playing)\W*$"
        ),
        _at_clock,
    ),
    # "What is play in kitchen on saturday": what played.
    (r"^what is play\b", "what played"),
    # "What is album I hear a lot last 3 month": the top album.
    (
        (
            rf"^what is (album|song|artist|singer|band|podcast) (i|we) {_HEAR}(?: to)?"
            r" (?:a lot|too much|the most|most)\b"
        ),
        r"what \1 did \2 hear the most",
    ),
    # "Which song I open it too much yesterday": the most.
    (
        (
            r"^(which|what|who) (song|track|album|artist|singer|band|podcast)? ?(i|we) (?:open|play)"
            r" (?:it|them)? ?(?:too much|a lot|the most|most)\b"
        ),
        r"\1 \2 did \3 play the most",
    ),
    # "I open", "how many song I open today": he plays what he opens.
    (
        r"^how many (songs?|tracks?|tunes?|albums?|artists?|podcasts?|episodes?) (i|we) open\b",
        r"how many \1 did \2 play",
    ),
    (
        (
            rf"(?<!\bdid )(?<!\bdo )\b({_WHO}) open\b(?!.*\bwith\b)(?! (?:at|from|until|till|early|late)\b)"
            r"(?! (?:up|proceedings|(?:the|a|my) (?:door|window|gate|garage|app|day|morning|week)))"
        ),
        r"\1 played",
    ),
)


def said_as_dictated_in_egypt(text: str) -> str:
    """Return an Egyptian speaker's dictated English question said plainly."""
    return rewrite_marked(_MARK, _EGYPTIAN_DICTATED_EN, text, squeeze=True)
