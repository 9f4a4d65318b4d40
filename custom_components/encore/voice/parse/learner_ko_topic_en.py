"""A Korean learner's topic-first English (issue 45's sixty-eighth turn).

Blind writer 460, a Korean learner of English with no articles, said the
topic or the period first and the question word last, as
`learner_ko_en` reads for a name's count, but in more of the questions:
a clock said bare after its period ("this afternoon five ten what was
play", read as the whole afternoon: a wrong fact), "finally" for the last
one (마지막에: "yesterday in evening finally what song i listen", read as
what played: a wrong fact), "who is" said last after a remark ("artist i
skip a lot maybe i don't like who is", read as the skip rate: a wrong
fact), "crazy for" and "hooked" for what one is obsessed with, "we listen
what last weekend", "X song first time when i hear", "X song i hear in
last thirty days or no", "my streak how many days continue", "weekday
more or weekend more my music", "summer time this year", "our family"
for the household, and Korean sounds said first ("aigoo", "geunyang":
just) or a remark last ("i forget"). Each rule puts the question word
first; a name is never changed, and each holds to a listening verb or a
word only a question of the history says.
"""

import re

from .rules import Rule, rewrite

_PERIOD = (
    r"(?:this (?:morning|afternoon|evening)|tonight|last night"
    r"|(?:yesterday|today)(?: in)?(?: (?:the )?(?:morning|afternoon|evening|night))?)"
)
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE = (
    r"(?:oh five|five|ten|fifteen|twenty(?: five)?|thirty(?: five)?|forty(?: five)?"
    r"|fifty(?: five)?)"
)
_KIND = r"(?:song|track|tune|album|artist|band|singer|podcast|episode)"
_VERB = r"(?P<verb>listen|play|hear)(?:ed|d)?(?: to)?"
_PLAIN = {"listen": "listen to", "play": "play", "hear": "hear"}
_PAST = {"listen": "listened to", "play": "played", "hear": "heard"}
# A name said first: no period, pronoun, question word or kind word in it.
_NAME = (
    r"(?P<name>(?!(?:this|last|past|yesterday|today|in|on|at|since|my|our|what|which|who"
    r"|when|how|eh|i|we)\b)"
    r"(?:(?!\b(?:i|we|me|my|how|what|which|when|who|song|track|album|band|podcast"
    r"|first|last)\b)[\w' .&-]){2,50}?)"
)


def _clock(found: re.Match[str]) -> str:
    """Return "this afternoon five ten what was play" with its clock in place."""
    return f"what was playing {found['when']} at {found['hour']} {found['minute']}"


def _last_of(found: re.Match[str]) -> str:
    """Return "yesterday evening finally what song i listen" as its last song."""
    kind = found["kind"] or "song"
    verb = _PAST[found["verb"].lower()]
    end = (
        "last" if found["end"].lower() in {"finally", "lastly", "at last"} else "first"
    )
    return f"what was the {end} {kind} {found['who']} {verb} {found['when']}"


def _did_name(found: re.Match[str]) -> str:
    """Return "X song i hear in last thirty days or no" as did I hear X then."""
    verb = _PLAIN[found["verb"].lower()]
    return f"did i {verb} {found['name']} {found['rest']}".rstrip()


LEARNER_KO_TOPIC_EN: tuple[Rule, ...] = (
    # "Aigoo" (oh dear) and "geunyang" (just) said first: no question's.
    (r"^(?:aigoo+|aigo|aish|geunyang|guenyang|geunyeong)\b,?\s*", ""),
    # "..., i forget" last: why the speaker asks, no part of it.
    (
        r"(?<=\w),?\s+(?:i|we) (?:forget|forgot|don't remember|can't remember)\W*$",
        "",
    ),
    # "Summer time this year": the summer of that year.
    (r"\bsummer ?time,? (this|last) year\b", r"\1 summer"),
    # "Our family how many song we play": the household, said with "we".
    (r"^(?:our|my) (?:family|house|household|home),? (?=[^,]*\bwe\b)", ""),
    # "This afternoon five ten what was play": ten past five, its period
    # said first (the clock had been dropped: the whole afternoon answered).
    (
        (
            rf"^(?P<when>{_PERIOD}),? (?:at )?(?P<hour>{_HOUR}) (?P<minute>{_MINUTE}),?"
            r" what (?:song |track |music )?(?:was|is) (?:play|playing|played|on)\W*$"
        ),
        _clock,
    ),
    # "Yesterday in evening finally what song i listen": the last one
    # (마지막에), "at first" the first (처음에).
    (
        (
            rf"^(?P<when>{_PERIOD}),? (?P<end>finally|lastly|at last|at first|firstly|first)"
            rf" what (?P<kind>{_KIND})? ?(?P<who>i|we) {_VERB}\W*$"
        ),
        _last_of,
    ),
    # "Artist i skip a lot maybe i don't like who is": the most skipped,
    # whatever is said between.
    (
        (
            r"^(?:the )?(?P<kind>artist|band|singer|song|track|album|podcast)s? (?:i|we)"
            r" (?:skip|skipped|always skip|often skip) (?:a lot|so much|too much|much|many|most|the most)\b"
            r"[^?]*?\b(?:who|what|which)(?: (?:is|are))?(?: (?:it|that|they))?\W*$"
        ),
        r"which \g<kind> do i skip the most",
    ),
    # "Which band i am crazy for", "what podcast i am hooked": obsessed
    # with, the learner's "am" kept for the readers after ("i am listen").
    (r"\b(i|we) (?:am|are) (?:crazy|mad|nuts) (?:for|about)\b", r"\1 am obsessed with"),
    (r"\b(i|we) (am|are) (hooked|obsessed)\W*$", r"\1 \2 \3 on"),
    (
        r"\b(i|we) (cannot|can't|cant|can not) stop (?:listen|listening)\W*$",
        r"\1 \2 stop listening to",
    ),
    # "We listen what last weekend": what did we listen to.
    (
        rf"^(?P<who>i|we) {_VERB} what\b",
        lambda found: f"what did {found['who']} {_PLAIN[found['verb'].lower()]}",
    ),
    # "Since october which artist is new for me": which are new.
    (
        (
            r"^(?P<when>(?:since|this|last|in) [\w ]+?,? )?which (?P<kind>artist|band|singer)s?"
            r" (?:is|are|was|were) new (?P<to>for|to) (?P<who>me|us)\b"
        ),
        lambda found: (
            f"which {found['kind']}s are new {found['to']} {found['who']}"
            f" {(found['when'] or '').strip(' ,')}"
        ).rstrip(),
    ),
    # "My streak how many days continue": days in a row.
    (
        r"^(?:my|our) (?:listening )?streak,? how many days? (?:continue|continued|in a row|straight)\W*$",
        "how many days in a row did i listen",
    ),
    # "Genesis justice song first time when i hear": the first play.
    (
        rf"^{_NAME} (?:{_KIND} )?first time when (?:i|we) {_VERB}\W*$",
        lambda found: (
            f"when did i first {_PLAIN[found['verb'].lower()]} {found['name']}"
        ),
    ),
    # "Digital love daft punk song i hear in last thirty days or no".
    (
        (
            rf"^{_NAME} {_KIND} (?:i|we) {_VERB}"
            r"(?P<rest>(?: (?:in|on|this|last|since|yesterday|today|these)\b[^,?]*?)?) or (?:no|not)\W*$"
        ),
        _did_name,
    ),
    # "Weekday more or weekend more my music": which I listen to more.
    (
        r"^(?:eh,? )?weekdays? more,? or weekends? more,?(?: (?:my|the) music| music)?\W*$",
        "do i listen to more music on weekdays or weekends",
    ),
)


def said_in_korean_topic_order(text: str) -> str:
    """Return a Korean learner's topic-first English question in English order."""
    return rewrite(LEARNER_KO_TOPIC_EN, text, re.IGNORECASE)
