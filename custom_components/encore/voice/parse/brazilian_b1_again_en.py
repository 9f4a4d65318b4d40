"""English as a Brazilian speaker at B1 says it, once more (issue 45's seventy-eighth turn, blind writer 532).

Blind round seventeen's Brazilian said "push" for play ("which band I was
pushing more this month", "how many musics I pushed today", "the song that I
am pushing all the time these days"), "touching" and "touched" for playing
(tocando, tocou: "which song was touching at five and ten this afternoon"), "passed" for
spent (passar o tempo: "how many time I passed listening"), "jumped
forward" for skipped (pular), "quantity of hours we listened" without
`brazilian_b1_en`'s "that", "which style of musics I am more into" (the
taste), and the week's parts said first ("during the week or on weekend
when I listen more music"), which was answered as this week's usual hour: a
wrong fact.

Run on the words as said (`said_as_written_en`), before `brazilian_b1_en`
(whose clocks, "at five and ten", then read the rest); only a sentence with
one of her marks is read (`_MARK`), so no other speaker's question is
rewritten, and the name after a verb is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KINDS: Final = (
    r"(?:song|songs|music|musics|track|tracks|tune|tunes|artist|artists|band|bands"
    r"|singer|singers|album|albums|disc|discs|podcast|podcasts|episode|episodes)"
)
_WEEKEND: Final = r"(?:on |in |at |during )?(?:the )?(?:weekend|weekends)"
_WEEK: Final = r"(?:during |in |on )?the week|(?:during |in |on )?(?:the )?weekdays"

_MARK: Final = re.compile(
    # "Push" for play (botar, "apertar o play"): said of the listener only,
    # never "push the button" or "push it to the kitchen".
    r"\b(?:i|we) (?:was |were |am |are |have been |had been |have |had )?(?:push|pushed|pushing)\b"
    # "Touching" for playing (tocando), said of what was played.
    rf"|\b{_KINDS} (?:was|were|is|are) touching\b|\b{_KINDS} touched\b"
    r"|^(?:what|which) (?:was|were) touching\b"
    # "Quantity of hours we listened" (quantidade de horas).
    r"|^(?:the )?quantity of \w+ (?:that )?(?:i|we)\b"
    # "How many time I passed listening" (quanto tempo passei ouvindo).
    r"|\btime (?:i|we) (?:passed|pass)\b"
    # "Which style of musics I am more into" (mais).
    r"|\bstyle of musics\b|\b(?:i|we) (?:am|are) more into\b"
    # "I jumped forward" (pulei): skipped.
    r"|\b(?:i|we) (?:jump|jumped|jumping) (?:forward|ahead)\b"
    # The week's parts said first, "when I listen more" after them.
    rf"|^(?:{_WEEK}) or {_WEEKEND}\b.*\bwhen (?:i|we) (?:listen|hear|play|push)"
    rf"|^{_WEEKEND} or (?:{_WEEK})\b.*\bwhen (?:i|we) (?:listen|hear|play|push)",
    re.IGNORECASE,
)

_BASE: Final = {
    "listened": "listen",
    "heard": "hear",
    "played": "play",
    "pushed": "play",
}

_BRAZILIAN_B1_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # "Which band I was pushing more this month": the most played.
    (
        rf"^(which|what) ({_KINDS}) (i|we) (?:was|were|am|are) (?:pushing|playing) (?:more|most)\b",
        r"\1 \2 did \3 play most",
    ),
    (
        rf"^(which|what) ({_KINDS}) (i|we) (?:pushed|push) (?:more|most)\b",
        r"\1 \2 did \3 play most",
    ),
    # "Push" for play, in each of its tenses.
    (r"\b(i|we) (was|were|am|are|have been|had been) pushing\b", r"\1 \2 playing"),
    (r"\b(i|we) (have |had )?pushed\b", r"\1 \2played"),
    (r"\b(i|we) push\b", r"\1 play"),
    (rf"\b({_KINDS}) (was|were|is|are) touching\b", r"\1 \2 playing"),
    (r"^(what|which) (was|were) touching\b", r"\1 \2 playing"),
    # "Which music touched more" (tocou mais): `brazilian_b1_en` reads
    # "which music played more" as the most played.
    (rf"\b({_KINDS}) touched\b", r"\1 played"),
    # "Quantity of hours we listened": how many.
    (
        r"^(?:the )?quantity of (\w+) (?:that )?(i|we) (listened|heard|played)\b",
        lambda found: (
            f"how many {found.group(1)} did {found.group(2)}"
            f" {_BASE[found.group(3).lower()]}"
        ),
    ),
    # "How many time I passed listening": the time spent.
    (
        r"^how (?:many|much) time (i|we) (?:passed|pass)\b",
        r"how much time did \1 spend",
    ),
    (r"\btime (i|we) (?:passed|pass)\b", r"time \1 spent"),
    # "Which style of musics I am more into": the taste.
    (r"\bstyle of musics\b", "style of music"),
    (
        r"^(which|what) (style|kind|sort|type|genre)( of music)? i am (?:more|most) into\b",
        r"\1 \2\3 am i most into",
    ),
    (
        r"^(which|what) (style|kind|sort|type|genre)( of music)? we are (?:more|most) into\b",
        r"\1 \2\3 are we most into",
    ),
    # "I jumped forward": skipped.
    (r"\b(i|we) (?:jumped|jumping) (?:forward|ahead)\b", r"\1 skipped"),
    (r"\b(i|we) jump (?:forward|ahead)\b", r"\1 skip"),
    # "During the week or on weekend when I listen more": the parts compared.
    (rf"^(?:{_WEEK}) or {_WEEKEND}\b", "weekdays or weekends"),
    (rf"^{_WEEKEND} or (?:{_WEEK})\b", "weekends or weekdays"),
)


def said_in_brazilian_b1_again(text: str) -> str:
    """Return a Brazilian learner's "push", "touching" and "passed" in the English later readers know."""
    return rewrite_marked(_MARK, _BRAZILIAN_B1_AGAIN_EN, text, squeeze=True)
