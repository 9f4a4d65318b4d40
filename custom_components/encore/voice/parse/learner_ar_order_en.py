"""An Egyptian speaker's English order (issue 45's sixty-seventh turn).

Blind writer 453 said "am" before a bare verb for the past and the habit
("which album i am blay the most", "what song i am blay again and again"),
"too much" for the most ("who is the artist i listen him too much", read
as what played: a wrong fact), "how many time" with the name after the
verb or before "i" ("how many times the daily bodcast i listen in
october": the name left out, a wrong fact), "what i was listen" for what
was I listening to (read as the listening time: a wrong fact), "five and
ten minutes" for ten past five, "when i start to listen X" for the first
time ("when i start to listen the daily" had been the peak hour: a wrong
fact), "what style of songs i am into" for the taste (read as what played
today: a wrong fact), "habibi" said first, and a statement closed by "or
no" for did I. Each rule holds to listening's words and a learner's
function words; a name is never changed. The "b" for "p" is
`learner_ar`'s, which runs later; these rules know "blay" too.
"""

import re

from .rules import Rule, rewrite

_VERB = r"(?:listen|blay|play|hear)"
_PLAIN = {"listen": "listen to", "blay": "play", "play": "play", "hear": "hear"}
# A name: no pronoun, question word or listening verb inside it.
_NAME = (
    r"(?P<name>(?!(?:music|songs?|anything|something|everything|in|on|at|the (?:morning|evening|night))\b)"
    r"(?:(?!\b(?:i|we|me|my|how|what|which|when|who|did|do|am|listen|blay|play|hear)\b)[\w' .&-]){2,40}?)"
)


def _times_of(found: re.Match[str]) -> str:
    """Return "how many times the daily bodcast i listen in october" plainly."""
    verb = _PLAIN[found["verb"].lower()]
    return f"how many times did i {verb} {found['name']}{found['rest']}"


def _first_of(found: re.Match[str]) -> str:
    """Return "when i start to listen the daily" as when I first listened."""
    verb = _PLAIN[found["verb"].lower()]
    return f"when did i first {verb} {found['name']}"


def _was_doing(found: re.Match[str]) -> str:
    """Return "what i was listen" as "what was i listening to"."""
    verb = {"listen": "listening to", "blay": "playing", "play": "playing"}
    return f"what was {found['who']} {verb.get(found['verb'].lower(), 'hearing')}"


LEARNER_AR_ORDER_EN: tuple[Rule, ...] = (
    # "Habibi" (my dear) said first or last, to the speaker.
    (r"^habibi\b,?\s*", ""),
    (r",?\s*\bhabibi\W*$", ""),
    # "I am listen", "i am blay": the bare verb after "am" is no present
    # progressive ("listening" is), a learner's past or habit.
    (rf"\b(i|we) (?:am|are) ({_VERB}|skip)\b(?!ing)", r"\1 \2"),
    # "What i was listen today at five": what was I listening to.
    (
        rf"^what (?P<who>i|we) (?:was|were) (?P<verb>{_VERB})(?:ing)?(?: to)?\b",
        _was_doing,
    ),
    # "At five and ten minutes": ten past five.
    (
        (
            r"\bat (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r" and (five|ten|twenty|twenty five|a quarter|quarter|half)(?: minutes?)?\b"
            # "Five and twenty past five" is the old way of 5:25 (blind
            # writer 498, issue 45's seventy-third turn): the clock reads it.
            r"(?! (?:past|to|after|before)\b)"
        ),
        r"at \2 past \1",
    ),
    # "Who is the artist i listen him too much": the most.
    (
        (
            r"^((?:the [\w ]+ )?(?:who|which|what)\b.*?\b(?:i|we) (?:listen|blay|play|hear)(?:ed)?)"
            r"(?: to)?(?: (?:him|her|them|it))? (?:too|so|very) much\b"
        ),
        r"\1 the most",
    ),
    # "Which band i hear more than all of them": the most.
    (
        r"\b(listen|listened|play|played|blay|blayed|hear|heard)(?: to)? more than all of them\b",
        r"\1 the most",
    ),
    # "How many time i listen anything in the last seven days": the plays.
    (
        rf"^how many times? (?:i|we) {_VERB}(?: to)? (?:anything|something|everything)\b",
        "how many plays did i have",
    ),
    # "How many time i listen bohemian rapsody": how many times did I.
    (
        rf"^how many times? (?:i|we) (?P<verb>{_VERB})(?: to)? (?=\w)",
        lambda found: f"how many times did i {_PLAIN[found['verb'].lower()]} ",
    ),
    # "How many times the daily bodcast i listen in october": the name first.
    (
        (
            rf"^how many times? {_NAME}(?: (?:bodcast|podcast|song|band|album))? (?:i|we)"
            rf" (?P<verb>{_VERB})(?: to)?(?P<rest>(?: (?:in|on|at|this|last|since|during|yesterday|today)\b[^,?]*)?)\W*$"
        ),
        _times_of,
    ),
    # "When i start to listen the daily": its first play.
    (
        rf"^when (?:i|we) (?:start|started|begin|began) (?:to )?(?P<verb>{_VERB})(?:ing)?(?: to)? {_NAME}\W*$",
        _first_of,
    ),
    # "When i usually blay music": when do I.
    (
        rf"^when (i|we) (usually|normally|mostly|always) ({_VERB})\b",
        r"when do \1 \2 \3",
    ),
    # "What style of songs i am into usually": the taste.
    (
        (
            r"^what (?:style|kind|type|sort) of (?:songs?|music|tracks?)"
            r" (?:i|we) (?:am |are )?(?:into|like)(?: usually| mostly| normally)?\W*$"
        ),
        "what kind of music do i like",
    ),
    # "I am skip too much or no": how often I skip.
    (
        r"^(?:i|we) skip too much or (?:no|not)\W*$",
        "how often do i skip",
    ),
    # "I am listen queen the yesterday or no": did I, "the" before a day
    # an article Arabic puts there.
    (
        (
            rf"^(?:i|we) (?P<verb>{_VERB})(?: to)? {_NAME} (?:the )?(?P<when>yesterday|today|last \w+|this \w+)"
            r" or (?:no|not)\W*$"
        ),
        lambda found: (
            f"did i {_PLAIN[found['verb'].lower()]} {found['name']} {found['when']}"
        ),
    ),
    # "How many day after each other i am listen", "how many days one after
    # one i listen music without stop": days in a row.
    (
        (
            r"^how many days? (?:one after (?:one|the other|other|another)|after each other)"
            rf" (?:i|we) {_VERB}(?: to)?(?: music)?(?: without stop(?:ping)?)?\W*$"
        ),
        "how many days in a row did i listen",
    ),
    # "How was my year in the listen": my listening; "tell me about my
    # listen in the last month everything": its recap.
    (r"\bin the listen(?:ing)?\b", "in music"),
    (
        r"^tell me about my listen(?:ing)? (?P<when>(?:in )?(?:the )?(?:last|this|past) \w+)(?: everything)?\W*$",
        r"recap \g<when>",
    ),
    # "In the afternoon or in the night when i listen more": which of them.
    (
        r"^in the (morning|afternoon|evening) or (?:in the|at) night when (?:i|we) (?:listen|blay|play) more\W*$",
        r"do i listen more in the \1 or at night",
    ),
)


def said_in_arabic_order_en(text: str) -> str:
    """Return an Egyptian speaker's English question in English order."""
    return rewrite(LEARNER_AR_ORDER_EN, text, re.IGNORECASE)
