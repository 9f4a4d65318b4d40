"""A Kuala Lumpur office worker's Manglish (issue 45's seventy-second turn, blind writer 492).

Malaysian English says what `singlish_en` knows ("lah", "got ... or not",
"already", "one" closing a clause) and turns of its own the readers had
never met: "on" for play ("did i on the daily", "what song i on", "X i last
on when one"), "until spoil" for played to death ("which album i play until
spoil already": the most played), "press next" for skip ("which band i
always press next one": the most skipped), "just now" beside another time
("how many songs i play just now this morning": the other time is the
period; "five fifteen just now": a clock time earlier today), "got" opening
a question ("got how many plays last 30 days", "got discover any new singer
... or not"), "who new i found one" (the new artists), "straight straight
every day got listen, how many days" (the streak), "X when first time i
listen", "since when i start listening to X" (the first play) and "saturday
i end with which song" (the last song that day); "aiyo" is a sigh, never a
name. Each rule needs one of these turns beside a listening word, so no
plain question changes; read on the words as said, before a comma clips
the question.
"""

import re

from .rules import Rule, rewrite_marked

_PARTICLE = r"(?:lah|leh|lor|hor|har|ah|meh|liao|sia|aiyo|aiyoh|aiya|wah)"
_KIND = r"(?:podcast|song|track|tune|artist|band|singer|album|show|group)s?"
_VERB = r"(?:listen to|listen|listened to|play|played|hear|put on|on)"
_I = r"(?:i|we)"
# A clock time said in words or digits: "five fifteen", "5:15", "ten past eight".
_CLOCK = (
    r"(?:(?:half|quarter|(?:twenty )?five|ten|twenty) (?:past|to) \w+"
    r"|\d{1,2}(?::\d{2})?(?: ?[ap]m)?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?: (?:o'clock|oh \w+|fifteen|thirty|forty five|forty|fifty|twenty|ten|five))?)"
)

_MANGLISH: tuple[Rule, ...] = (
    # A sigh, said anywhere: "which band ..., aiyo", "aiyo which singer ...".
    (r"(?:^|,?\s+)(?:aiyo|aiyoh|aiyer|alamak)\b,?", ""),
    # A particle closing the question: "... this morning ah", "... the daily har".
    (rf",?\s+{_PARTICLE}\W*$", ""),
    # "Which album i play until spoil already": the one played to death.
    (
        (
            rf"\b(which|what) ({_KIND}) {_I} (?:play|listen to|listen|on)"
            rf" (?:until|till|til|sampai) (?:spoil|rosak|broken|habis|siao|jialat|cannot tahan)"
            rf"(?: already)?\b"
        ),
        r"\1 \2 did i play the most",
    ),
    # "Which band i always press next one": the one skipped most.
    (
        (
            rf"\b(which|what) ({_KIND}) {_I} (?:always |often |keep )?(?:press|pressed|tekan) next"
            rf"(?: one)?\b"
        ),
        r"\1 \2 did i skip the most",
    ),
    # "Five fifteen just now what song i on": a clock time earlier today.
    (
        (
            rf"^(?:at )?({_CLOCK}) just now,? (what|which) (song|track|tune|music|podcast)"
            rf" {_I} (?:on|play|listen to|listen|hear)(?: one)?\W*$"
        ),
        r"what \3 was playing at \1 today",
    ),
    # "How many songs i play just now this morning": "just now" beside the
    # period it is part of says nothing more.
    (
        r"\bjust now (?=(?:this|today|tonight|earlier)\b)",
        "",
    ),
    (
        r"(?<=\bthis morning) just now\b|(?<=\bthis afternoon) just now\b",
        "",
    ),
    # "Straight straight every day got listen, how many days already".
    (
        (
            r"^(?:straight straight |straight )?every ?day (?:got |also )?(?:listen|play|on)"
            r"(?: straight| straight straight)?,? how many days(?: already| straight)?\W*$"
        ),
        "how many days in a row did i listen",
    ),
    # "Got how many plays last 30 days": "got" opens the count.
    (r"^got how many\b", "how many"),
    # "Got discover any new singer this month or not": did I.
    (
        r"^got (discover|find|listen to|listen|play|hear|skip)\b(.+?)(?:,? or not)?\W*$",
        r"did i \1\2",
    ),
    # "This year ah who new i found one": the new artists.
    (
        rf"\bwho (?:is )?new {_I} (?:found|find|discover|discovered|got)(?: one)?\b",
        "which new artists did i discover",
    ),
    # "Wet leg when first time i listen": the first play.
    (
        rf"^(.{{2,60}}?),? when (?:is )?(?:the )?first time {_I} {_VERB}(?: one)?\W*$",
        r"when did i first listen to \1",
    ),
    (
        rf"^(.{{2,60}}?),? first time {_I} {_VERB} (?:is )?when(?: one)?\W*$",
        r"when did i first listen to \1",
    ),
    # "Since when i start listening to the daily": the first play.
    (
        (
            rf"^since when {_I} (?:start|started|begin|began) (?:listening to|listening|listen to"
            rf"|playing|play|on) (.{{2,60}}?)\W*$"
        ),
        r"when did i first listen to \1",
    ),
    # "The album homework i last on when one": the last play.
    (
        (
            rf"^(.{{2,60}}?),? {_I} last (?:on|play|played|listen to|listened to|hear|heard)"
            rf" (?:is )?when(?: one)?\W*$"
        ),
        r"when did i last play \1",
    ),
    # "Saturday i end with which song": the last song that day; "start
    # with" its first.
    (
        (
            rf"^(.{{3,40}}?),? {_I} (?:end|ended|finish|finished|close|closed)(?: off)? with"
            rf" (?:which|what) (song|track|tune|podcast|album)\W*$"
        ),
        r"what was the last \2 i played \1",
    ),
    (
        (
            rf"^(.{{3,40}}?),? {_I} (?:start|started|begin|began|open|opened)(?: off)? with"
            rf" (?:which|what) (song|track|tune|podcast|album)\W*$"
        ),
        r"what was the first \2 i played \1",
    ),
    # "Did i on the daily", "what song i on": "on" for putting on.
    # Never "did we on Saturday ... play": a day after "on" is when.
    (
        (
            rf"\b(did|do) ({_I}) on (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|the weekend|weekend|the \d|\d)\b)(?=\w)"
        ),
        r"\1 \2 play ",
    ),
)

_MARK = re.compile(
    r"\b(?:aiyo|aiyoh|alamak|got|just now|until spoil|sampai|press next|tekan next"
    r"|who new|first time|since when|last on|i on|we on|end with|start with"
    # A closing "ah" alone is Singlish's too, whose readers know it.
    r"|straight straight|every ?day)\b|\b(?:lah|har)\W*$",
    re.IGNORECASE,
)


def said_in_manglish(text: str) -> str:
    """Return a Manglish question with its turns said plainly."""
    return rewrite_marked(_MARK, _MANGLISH, text)
