"""A south Louisiana Cajun's English again (issue 45's seventy-fifth turn, blind writer 510).

Blind round fourteen's Cajun says "how much time" for how many times ("how
much time I done heard X", "X, how much time dey got played in de kitchen
last week"): the listening time had been answered, for all time or the
week, a wrong fact. He says the question last, after what it points at
("dat band I been obsessed with lately, who dat is", "dat tune I always be
skippin, which one dat is"), "me, I" before himself ("me, I'm more of a
mornin listener or a night one"), "you know if I put on X" for did I play
X, "had any X on Friday gone?" with no listener, a weekend spelled out
again by its days ("last weekend, Saturday and Sunday gone"), "de last
little while" for lately, "I be replayin" for a habit and "how my listenin
been goin" for a recap. `pidgin_cajun_en` reads the older Cajun words
("mais", "cher", "de las", "wit") later; this reader runs first of
`said_as_written_en`, so `utterance.unread_time` sees its words too.

Only a sentence with one of his Cajun marks is read (`_MARK`): "how much
time did I spend" of anyone else's English stays a listening time.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:de|dat|dem|dis|cher|mais|(?:i|we) done|(?:i|we) (?:always |usually )?be \w+in"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) gone)\b"
    r"|^me,? (?:i|i'm)\b|\b(?:listenin|goin|playin|replayin|skippin|somethin)\b",
    re.IGNORECASE,
)

_KIND: Final = r"(?:band|artist|singer|group|song|tune|track|record|album|podcast|show|one|ting|thing)"
# A verb said with the listener: "I done heard", "dey got played".
_HEARD: Final = (
    r"(?:heard|hear|played|play|listened to|listen to|had on|put on|spun|skipped|skip)"
)

_CAJUN_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # "Me, I'm more of a mornin listener or a night one": "me" stresses the
    # speaker ("me, I"), the question is asked as a statement.
    (r"^me,?\s+i'?m (?=more|a |an |mostly|usually)", "am I "),
    (r"^me,?\s+(?=i\b)", ""),
    # "I done heard", "I done played": the perfect, said with "done".
    (rf"\b(i|we) done (?={_HEARD}\b)", r"\1 have "),
    # "How much time I heard X", "X, how much time dey got played": how
    # many times. Only with no "did", "have" or "spend" after "time": "how
    # much time did I spend" is a listening time in any English.
    (
        r"^(?P<name>[^,]+),\s*how much time (?:dey|they|it|he|she|dem) (?:got|get|been|was|were) (?:played|heard|spun|put on)\b",
        r"how many times did I play \g<name>",
    ),
    (
        rf"\bhow much time (i|we) (?:have )?(?={_HEARD}\b)",
        r"how many times did \1 ",
    ),
    # "Dat band I been obsessed with lately, who dat is", "dat tune I always
    # be skippin, which one dat is": the question said last, after what it
    # points at.
    (
        (
            rf"^(?:dat|that|de|the) (?P<kind>{_KIND}) (?P<rest>(?:i|we) [^,]+?),?\s*"
            r"(?:who|which one|what) (?:dat|that|it|dey|they|dem) (?:is|was|be|are|were)\W*$"
        ),
        r"which \g<kind> \g<rest>",
    ),
    # "I be replayin", "I always be skippin": a habit, do I.
    (r"\b(i|we) (always |usually )?be (\w+in)\b", r"\1 \2keep \3g"),
    (r"\b(how much|which \w+) (i|we) (?=(?:always |usually )?keep\b)", r"\1 do \2 "),
    (r"\bwhich (\w+) (i|we) can'?t stop\b", r"which \1 can't \2 stop"),
    (r"\bwhich (\w+) (i|we) been\b", r"which \1 have \2 been"),
    # "You know if I put on X": did I play X.
    (
        r"^(?:do |d'?)?(?:you|ya|y'all) know if (i|we) (?:put on|played|had on|heard|listened to)\b",
        r"did \1 play",
    ),
    # "Had any Justice on Friday gone?": did I have any on; the listener is
    # left out.
    # "Had any X on Friday gone?": only with "gone" ("had any Kes de Band on
    # lately" is read as said).
    (r"^had any\b(?=.*\bgone\W*$)", "did I play any"),
    # "Last weekend, Saturday and Sunday gone": the weekend said again by
    # its days.
    (
        r"\b(last|this|de|the) weekend,?\s+(?:de |the )?saturday (?:and|an'?|n) (?:de |the )?sunday(?: gone)?\b",
        r"\1 weekend",
    ),
    # "De last little while": lately.
    (r"\b(?:in |for )?(?:de|the) (?:last|past) little while\b", "lately"),
    # "Dat dance song by Justice": the song pointed at, no name "dat".
    (r"\bdat (?=(?:\w+ )?(?:song|tune|track|record|album|band|one)\b)", "that "),
    # "Tell me how my listenin been goin": how it has been going.
    (
        r"\bhow (my|our) (listenin'?g?|music) (?:been|has been) goin(?:'|g)?(?!\w)",
        r"how \1 listening has been going",
    ),
    # "When I usually got somethin goin": when do I usually have music on.
    (
        r"^when (i|we) (usually|mostly|normally) (?:got|have|had) (?:somethin'?g?|music|tunes|de music|the music) (?:goin'?g?|on|playin'?g?)\b",
        r"when do \1 \2 listen",
    ),
)


def said_as_a_cajun_again(text: str) -> str:
    """Return a south Louisiana Cajun's question in the English later readers know."""
    return rewrite_marked(_MARK, _CAJUN_AGAIN_EN, text)
