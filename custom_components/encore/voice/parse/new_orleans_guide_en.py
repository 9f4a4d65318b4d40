"""A chatty New Orleans tour guide's rambles around his question (issue 45's eighty-first turn, blind writer 544).

He jokes after he asks and drops his g's ("talkin'", "listenin'"): what
he says after the question was read into it ("..., give or take, I don't
need it down to the decimal" and "..., podcasts I'm talkin' about" as
names; "..., and I want the truth, darlin'" into the song's name, a
wrong fact; "...? I feel like I have but I been wrong before" after the
question mark, Justice's count answered for "did I", a wrong fact;
"...? kah-fay tah-koo-bah, however you say it, ..."). He says the time
first ("noon on Wednesday, what was I listenin' to, right around
lunchtime"), "run me through what I had on this mornin', start to
finish" for what played (read as the first play, a wrong fact), "what'd
I listen to last, the very last tune, before you and me got to talkin'"
for the last song, "how many times I played X" without "did", "listened
to much X lately?" for whether X played, and "do me one of them year in
review things, like they do on the TV ..." for his recap.

Only a sentence with one of his marks (`_MARK`: a dropped g written with
its apostrophe, "darlin'", "give or take", "I been", "however you say
it", "one of them", "start to finish", "beginning to end", "you and
me") is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b[a-z]{2,}in'(?=\W|$)|\bdarlin'|\bgive or take\b|\bi been\b|\b(?:however|whatever) (?:you|ya|ye) (?:say|pronounce|spell) (?:it|that)\b"
    r"|\bone of (?:them|dem)\b|\b(?:start|beginning) to (?:finish|end)\b|\byou and me\b|\bdown to the decimal\b",
    re.IGNORECASE,
)

_KIND: Final = r"(?:podcasts?|episodes|songs?|tunes?|tracks?|music|albums?|records?|artists?|bands?)"
_CLOCK: Final = (
    r"(?:noon|midday|midnight|lunchtime|(?:\w+ )?o'clock|[\w:]+ ?(?:am|pm|a\.m\.|p\.m\.)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))"
)

_NEW_ORLEANS_GUIDE_EN: Final[tuple[Rule, ...]] = (
    # "listened to much Justice lately? I feel like I have but I been wrong
    # before": what he says after the question mark is his, not asked.
    (
        # Only what he says of himself ("I feel", "I been", "I reckon"):
        # "I mean" puts the question right, "and yesterday?" asks on.
        r"^([^?]+\?)\s+(?:i|i'm|i've|i'd|we|you know|y'know)\b(?! mean\b)[^?]*$",
        r"\1",
    ),
    # "any cafe tacuba this summer, kah-fay tah-koo-bah, however you say it":
    # the name spelled as it sounds and his doubt about it, not asked.
    (
        (
            r"[,?]\s*(?:[^,?]+,\s*)?(?:or )?(?:however|whatever|how ever) (?:you|ya|ye)"
            r" (?:say|pronounce|spell) (?:it|that|them|'em)\b[^?]*$"
        ),
        "",
    ),
    # "darlin', did I get any Queen in yesterday", "..., darlin'": said to
    # the box, at either end.
    (r"^(?:darlin'|darling|sugar|cher),?\s+", ""),
    (r",\s*(?:darlin'|darling|sugar|cher)\b", ""),
    # "..., and I want the truth", "..., give or take, I don't need it down
    # to the decimal": how he wants the answer, not what he asks.
    (
        (
            r",\s*(?:and )?(?:i want|gimme|give me|tell me) the (?:honest |plain )?truth\b"
            r"|,\s*(?:give or take|more or less|ballpark)\b"
            r"|,\s*(?:i )?(?:don't|do not|dont) need (?:it |that |an? )?(?:exact|precise|down to|to the)[^?]*"
        ),
        "",
    ),
    # "how many episodes did I put on this year, podcasts I'm talkin' about":
    # the kind said again after the question; "how many did I play this
    # week, songs I'm talkin' about" names it there only.
    (
        rf"^how many (did|have) (i|we) ([^,?]*),\s*({_KIND}) i'?m talk(?:in'?|ing) about",
        r"how many \4 \1 \2 \3",
    ),
    (rf",\s*{_KIND} i'?m talk(?:in'?|ing) about", ""),
    # "how many times I played X this year": "did" left out.
    (
        r"^how many times (i|we) (?:played|heard|listened to|had on|put on)\b",
        r"how many times did \1 play",
    ),
    # "listened to much Justice lately?": whether he played it.
    (
        r"^(?:(?:have|did) (?:i|we) )?listened to (?:much|a lot of|lots of|any) ",
        "did I listen to ",
    ),
    # "run me through what I had on this mornin', start to finish": what
    # played, from first to last, never the first play alone.
    (
        r"^(?:run|walk|take|talk) me through what (i|we) (?:had on|played|listened to|put on|had goin'?g?)\b",
        r"what did \1 play",
    ),
    (
        r",\s*(?:from )?(?:start to finish|beginning to end|top to bottom|front to back)\b",
        "",
    ),
    # "noon on Wednesday, what was I listenin' to, right around lunchtime":
    # the time said first, the meal only says it again.
    (
        (
            rf"^({_CLOCK}(?: on \w+| \w+day| yesterday| today| last night)?),\s*what (?:was|were) (i|we)"
            r" (?:listenin'?g?|playin'?g?|hearin'?g?|havin'? on)(?: to)?\b"
            r"(?:,\s*(?:right |just )?(?:around|about|at) (?:lunch|dinner|breakfast|supper|tea)"
            r"(?:time\b| time\b|\b))?"
        ),
        r"what was \2 listening to at \1",
    ),
    # "what'd I listen to last, the very last tune, before you and me got
    # to talkin'": the last song, and when he asks is no time.
    (
        r",\s*before (?:you and me|you and i|me and you|we) (?:got to |started |get to |start )?talk\w*'?",
        "",
    ),
    (
        r"^what'?d (i|we) (?:listen to|play|hear|have on|put on) last,\s*the (?:very )?last (tune|song|track|record)\b",
        r"what was the very last \2 \1 played",
    ),
    # "do me one of them year in review things, like they do on the TV at
    # New Year's": his recap, the TV only what he means by it.
    (
        (
            r"^(?:do|give|make|run) me (?:one of (?:them|those|dem)|a|one a) (year|month|week)(?:-| )in(?:-| )review"
            r" (?:things?|deals?|bits?|jobs?)\b(?:,\s*like [^?]*)?"
        ),
        r"give me my \1 in review",
    ),
)


def said_by_a_new_orleans_guide(text: str) -> str:
    """Return a New Orleans tour guide's question without his rambles around it."""
    return rewrite_marked(_MARK, _NEW_ORLEANS_GUIDE_EN, text, squeeze=True)
