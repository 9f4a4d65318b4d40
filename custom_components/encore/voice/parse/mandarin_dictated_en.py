"""A Mandarin speaker's dictated B1 English (issue 45's eighty-second turn, blind writer 552).

He dictates to his phone in Mandarin's order: the time or the topic first,
the bare verb, and the question word last, where its answer would stand.
`learner_zh_en` reads the shapes an earlier Mandarin speaker showed; these
are his own: "recently i am very crazy for one artist which one you think"
(我最近很迷一个歌手, the artist he plays most), "which track is number one
for me all the time" (一直以来, of all time: read as the song on repeat, a
wrong fact), "recently one album i always always put on which one" (the
doubled "always" says the most), "you help me check how many song ..."
(帮我查一下, a lead-in), "how many times i listen thing in total" (the
plays), "cafe taco bar i listen in september or no" (the name first, did
I), "last year which artist first time i hear" (第一次听: new artists,
read as the first play of the year, a wrong fact), "i listen every day
already how many day no stop" (the streak), "the daly when i start to
listen" (the first play), "most recent song i put on what name" (what it
is called), "last friday the first track i listen", "my year of listen how
is it review" (the year's recap: read as the month's, a wrong fact) and
"last month we listen overall how" (the month's recap).

Run in `said_as_written_en` beside the other dictated speakers, on the
words as said; only a sentence with one of his marks (`_MARK`) is read, so
no other speaker's question is rewritten. Each rule ends in plain English
the later readers read; a name is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we)"
_HEAR: Final = r"(?:listen|play|hear|put on)"
_KIND: Final = r"(?:song|track|tune|artist|singer|band|album|podcast)"
# A name said first is no question word or verb of a question said in order;
# a song "from" its artist or a name with its kind ("moon safari album") is
# left to the readers that know those (`egyptian_dictated_en`, `names`).
_NAME: Final = (
    r"(?!(?:did|do|does|have|had|has|was|were|is|are|am|when|what|which|who|how)\b)"
    # Nor a period said first ("last friday justice i hear or no", writer
    # 273's order): the readers of a period said first read that.
    r"(?!(?:this|last|past|recently|lately|today|yesterday|(?:the )?day before|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?![^,?]*\b(?:from|by|album|song|track|record|podcast|episode)\s+(?:i|we)\b)"
    r"(?![^,?]*\bfrom\b)[\w' .&-]+?"
)
_PLAIN: Final = {
    "listen": "listen to",
    "play": "play",
    "hear": "hear",
    "put on": "put on",
}
# A period said first: the words the later readers read as one.
_WHEN: Final = (
    r"(?:(?:just )?(?:this|last|past|recently|lately|today|yesterday|in|on|during|since)\b[\w ]*?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[\w ]*?)"
)

_MARK: Final = re.compile(
    rf"\b{_WHO} (?:am|are) (?:very |so |really )?crazy (?:for|about) one\b"
    r"|\b(?:number one|top one) for (?:me|us) all the time\W*$"
    rf"|\balways always\b|\bone {_KIND} {_WHO} .*\bwhich one\W*$"
    r"|^(?:you )?help me (?:check|see|look|count)\b|^(?:you )?help me sum up\b"
    rf"|\bhow many times? {_WHO} {_HEAR}(?: to)? (?:thing|things)\b"
    rf"|(?<!\bdid )(?<!\bdo )(?<!\bhave )(?<!\bhad )\b{_WHO} {_HEAR}(?: to)?(?: it| them)?(?: [\w ]+)? or (?:no|not)\W*$"
    rf"|\bwhich {_KIND}s? (?:for the )?first time {_WHO} (?:hear|listen)\b"
    r"|\bhow many days? no stop\W*$|\bevery day already how many days?\b"
    rf"|\bwhen {_WHO} (?:start|begin) to (?:listen|play|hear)\W*$"
    r"|\bwhat name\W*$"
    rf"|^{_WHEN} the (?:first|last) {_KIND} {_WHO} (?:listen|play|hear)(?: to)?\W*$"
    r"|\b(?:my|our) (?:year|month|week) of listen\b"
    rf"|\b{_WHO} listen overall how\W*$",
    re.IGNORECASE,
)


def _did(found: re.Match[str]) -> str:
    """Return "cafe taco bar i listen in september or no" as "did I listen to ..."."""
    verb = _PLAIN[found["verb"].lower()]
    return f"did {found['who']} {verb} {found['name']} {found['when']}"


_MANDARIN_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "You help me check how many song i play today": a lead-in (帮我查一下).
    (r"^(?:you )?help me (?:check|see|look|count)(?: (?:out|for me))?\s+", ""),
    # "Help me sum up my listening": the recap asked.
    (r"^(?:you )?help me (sum up|review)\b", r"\1"),
    # "Recently i am very crazy for one artist which one you think": the
    # artist he plays most then, never on repeat (a song is "crazy for" too).
    (
        (
            rf"^(?P<when>.+?),? {_WHO} (?:am|are) (?:very |so |really )?crazy (?:for|about)"
            rf" one (?P<kind>{_KIND})(?:,? which one)?(?: (?:you think|do you think|you guess))?\W*$"
        ),
        r"which \g<kind> did i listen to the most \g<when>",
    ),
    # "Which track is number one for me all the time": of all time (一直以来),
    # never the song he plays all the time.
    (
        r"\b(number one|top one) for (me|us) all the time(\W*)$",
        r"\1 for \2 of all time\3",
    ),
    # "Recently one album i always always put on which one": the most.
    (
        (
            rf"^(?P<when>.+?),? one (?P<kind>{_KIND}) (?P<who>{_WHO}) (?:always )+"
            rf"(?:{_HEAR})(?: to)?(?: it)?,? which one\W*$"
        ),
        r"which \g<kind> did \g<who> play the most \g<when>",
    ),
    # "How many times i listen thing in total": the plays.
    (rf"\bhow many times? {_WHO} {_HEAR}(?: to)? (?:thing|things)\b", "how many plays"),
    # "Cafe taco bar i listen in september or no", "X i play it this week or
    # not": the name first, did I.
    (
        (
            rf"^(?P<name>{_NAME}) (?P<who>{_WHO}) (?P<verb>{_HEAR})(?: to)?(?: it| them)?"
            rf" (?P<when>{_WHEN}) or (?:no|not)\W*$"
        ),
        _did,
    ),
    # "The band just this last weekend i play it or not": the time said
    # between the name and the verb; "this last weekend" is last weekend.
    (r"\bthis (last|past) (weekend|week|month|year)\b", r"\1 \2"),
    (
        (
            rf"^(?P<name>{_NAME}) (?P<when>{_WHEN}) (?P<who>{_WHO}) (?P<verb>{_HEAR})(?: to)?"
            r"(?: it| them)? or (?:no|not)\W*$"
        ),
        _did,
    ),
    # "Last year which artist first time i hear": new artists (第一次听).
    (
        rf"\bwhich ({_KIND})s? (?:for the )?first time ({_WHO}) (?:hear|listen)(?: to)?\b",
        r"which new \1s did \2 hear",
    ),
    # "I listen every day already how many day no stop": days in a row.
    (
        (
            rf"^(?:{_WHO} (?:listen|play)(?: music)? every day(?: already)?,? )?how many days?"
            rf"(?: (?:already|{_WHO} (?:listen|play)(?: music)?))*(?: no stop| nonstop| in a row)\W*$"
        ),
        "how many days in a row have i listened",
    ),
    (
        rf"^{_WHO} (?:listen|play)(?: music)? every day already,? how many days?(?: already)?\W*$",
        "how many days in a row have i listened",
    ),
    # "The daly when i start to listen": its first play.
    (
        rf"^(?P<name>{_NAME}),? when (?P<who>{_WHO}) (?:start|begin) to (?:listen|play|hear)(?: to)?(?: it)?\W*$",
        r"when did \g<who> first play \g<name>",
    ),
    # "Most recent song i put on what name": what it was.
    (
        rf"^(?:the )?(?P<which>most recent|latest|last|first) (?P<kind>{_KIND}) (?P<who>{_WHO}) (?:{_HEAR})(?: to)?,? what(?: is)?(?: its| the)? name\W*$",
        r"what was the \g<which> \g<kind> \g<who> played",
    ),
    # "Last friday the first track i listen": the first then.
    (
        rf"^(?P<when>{_WHEN}),? the (?P<which>first|last) (?P<kind>{_KIND}) (?P<who>{_WHO}) (?:listen|play|hear)(?: to)?\W*$",
        r"what was the \g<which> \g<kind> \g<who> played \g<when>",
    ),
    # "My year of listen how is it review": the year's recap.
    (
        r"^(my|our) (year|month|week) of listen(?:ing)?,? how (?:is|was) it(?: review| go)?\W*$",
        r"how was \1 \2 of listening",
    ),
    # "Last month we listen overall how": that period's recap.
    (
        rf"^(?P<when>{_WHEN}),? (?P<who>{_WHO}) listen overall how\W*$",
        lambda found: (
            f"how was {'our' if found['who'].lower() == 'we' else 'my'} listening {found['when']}"
        ),
    ),
)


def said_as_dictated_in_mandarin(text: str) -> str:
    """Return a Mandarin speaker's dictated English question said plainly."""
    return rewrite_marked(_MARK, _MANDARIN_DICTATED_EN, text, squeeze=True)
