"""A Cockney market trader's sounds (issue 45's seventy-fifth turn, blind writer 511).

Speech to text writes an East Londoner's words as they sound: "larst week"
(last), "the last free months" (three), "November the fird" (third), "run
me frew it" (through), "'ow many fings" (things), "finish up wiv" (with),
"me 'istory", "Radio'ead", "knock on the 'ead". No reader knew "larst":
"did we 'ave The Daily on larst Friday" answered today, and "larst week"
was a time not understood; "fird" hid the date, so this month was answered
(wrong facts). He also says "me" for my ("me streak", "me 'istory"),
"bangin' out" for played, and ends with "all told", "all in, proper total"
or "me memory's shot", said beside the question, nothing asked.

Run on the words as said (`said_as_written_en`, which the check for unread
times runs too), so every later reader and that check see "last", "three"
and "third". Only a sentence with one of his own sounds is read (`_MARK`):
"free", "me" and "in total" of anyone else's English are left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"(?<![\w'])(?:larst|fird|firty|frew|fings|wiv|wivout|fink|nuffin|innit|guv|geezer"
    r"|bruv|wot|'oo|'ave|'ad|'ow|'istory|me old china)(?![\w'])|\w'ead\b"
    # Only before "the X one" said last: anyone's "when did Eres first turn
    # up in my history" is left as said.
    r"|\b(?:first|last) (?:turn(?:ed)? up|get a go)\b(?=,? the [\w' .&-]+? one\W*$)",
    re.IGNORECASE,
)

# What counts may be counted in: "free" is three only before these, or after
# "last", "top", "the" and before a noun ("the last free months").
_COUNTED: Final = (
    r"(?:days?|weeks?|months?|years?|times|plays|hours|minutes|songs|tracks|tunes"
    r"|albums|records|artists|bands|podcasts|episodes|bangers)"
)

_COCKNEY_MARKET_EN: Final[tuple[Rule, ...]] = (
    # His th said as f, his "last" with its r: read before any reader looks
    # for a period ("larst Friday", "November the fird").
    (r"\blarst\b", "last"),
    (r"\bfird\b", "third"),
    (r"\bfirty\b", "thirty"),
    (r"\bfirteen(th)?\b", r"thirteen\1"),
    (r"\bfrew\b", "through"),
    (r"\bfings\b", "things"),
    (r"\bfink\b", "think"),
    (r"\bnuffin'?(?!\w)", "nothing"),
    (r"\bwiv(out)?\b", r"with\1"),
    (rf"\bfree(?= {_COUNTED}\b)", "three"),
    (r"\b(last|top|first|past) free\b", r"\1 three"),
    (r"\bfree (?=o'clock|thirty|fifteen|forty[- ]five)\b", "three "),
    # A dropped h inside a word: "Radio'ead", "knock on the 'ead", "'istory".
    (r"(?<=\w)'ead\b", "head"),
    (r"(?<![\w'])'(ead|istory|eadphones)(?![\w'])", r"h\1"),
    # "Knock it on the 'ead, skip it straight off": skip, said twice.
    (
        (
            r"\bknock(?:ed)? (?:it )?on the head(?:,?\s*(?:and )?skip(?:ped)? it"
            r"(?: (?:straight|right) off)?)?"
        ),
        "skip",
    ),
    # "Me streak", "me 'istory", "me memory": my, before a noun he owns.
    (
        (
            r"\bme (?=(?:history|streak|listening|listenin'?|number one|top|go-to|music|tunes"
            r"|favourite|fave|memory|year|week|month|stats)\b)"
        ),
        "my ",
    ),
    # "Any Wet Leg in me 'istory this year": his listening, no name "history".
    (r"\s+in my (?:listening )?history\b", ""),
    # "'Oo did we 'ave bangin' out the most": played loud, played.
    (r"\b(have|had|'ave|'ad) (?:been )?bangin[g']? (?:out|on)\b", "played"),
    # "Wot 'ad I got on at ten past five": what was playing.
    (r"^(wot|what) (?:had|'ad) (i|we) got on\b", r"\1 was playing"),
    # Said beside the question, nothing asked: "all told", "all in, proper
    # total", ", me memory's shot", ", honest", ", ever, innit" (all time).
    (r"[,\s]+(?:all told|all in(?:,? proper total)?|proper total)(?=[,\W]*$)", ""),
    (r"[,\s]+me memory'?s (?:shot|gone|going)(?=\W*$)", ""),
    (r"[,\s]+(?:be honest|honest|honestly|straight up)(?=[,\W]*(?:innit)?\W*$)", ""),
    (r"\bin total,?\s+ever\b", "of all time"),
    # "When did X first turn up, the Queen one", "when'd X last get a go":
    # when did I first or last play it, by that artist ("dont" of a title
    # said first had been taken for a person).
    (
        (
            r"^when(?: did|'d) (.+?) (first|last) (?:turn(?:ed)? up|get a go|got a go|come on)"
            r"(?:,?\s*the ([\w' .&-]+?) one)?(?=[,\W]*$|,)"
        ),
        r"when did I \2 play \1 by \3",
    ),
    (r" by (?=[,\W]*$|,)", " "),
    # "Did I play that cafe tacuba one, eres, on ...": the song by that artist.
    (
        r"^(did (?:i|we) (?:play|have|'ave|hear|'ear)) that ([\w' .&-]+?) one,\s*([\w' .&-]+?),\s*",
        r"\1 \3 by \2 ",
    ),
)


def said_at_the_market(text: str) -> str:
    """Return a Cockney market trader's sounds said in the English later readers know."""
    return rewrite_marked(_MARK, _COCKNEY_MARKET_EN, text)
