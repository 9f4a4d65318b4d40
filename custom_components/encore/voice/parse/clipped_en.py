"""A question clipped to its last words, the period or the topic said first (issue 45's twentieth turn).

A terse Leeds speaker clips everything and says the period or the topic
first ("Saturday, first thing on", "my year, go on then"), with Yorkshire
words ("found owt new last year", "album I've caned most", "which podcast
am I stuck on"); a Boston father dictating on the run says the period first
and asks after it ("saturday what did i start off with", "fill me in on
lastmonth").

The rules run on the words as said (`undo_clipped`, before a comma clips
the question). Each holds to a period's words, a listening word and the
asker: "kitchen, first thing on" or "my car, go on then" are left as said.
"""

import re

from .rules import Rule, rewrite

_END = r"\s*[?.!]*\s*$"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# A period said first or after "fill me in on": a day, a part of one, a
# week, month or year, said as one word too ("lastmonth").
_PERIOD = (
    rf"(?:(?:on |last |this )?{_DAY}(?: morning| afternoon| evening| night)?"
    r"|(?:yesterday|today)(?: morning| afternoon| evening)?|last night|this morning"
    r"|this afternoon|this evening|tonight"
    r"|(?:last|this|past) ?(?:week|weekend|month|year|summer|winter|spring|autumn)"
    rf"|(?:in )?{_MONTH})"
)
_KIND = r"(?:songs?|tracks?|tunes?|albums?|records?|artists?|bands?|podcasts?|shows?)"

CLIPPED_EN: tuple[Rule, ...] = (
    # -- Yorkshire words -----------------------------------------------------------------
    # "Found owt new last year", "had owt on": anything; "summat", something.
    (
        r"\b(found|find|had|heard|hear|played|discovered|discover|any) owt\b",
        r"\1 anything",
    ),
    (r"\b(found|had|heard|played|discovered) summat\b", r"\1 something"),
    # "Album I've caned most": played ("been caning" is banter_en's).
    (r"\bcaned\b", "played"),
    # "Which podcast am I stuck on": hooked on, beside what is played only.
    (
        rf"\b({_KIND}) (am i|are we|i am|i'm|have i been|i've been|we've been) stuck on\b",
        r"\1 \2 hooked on",
    ),
    # -- the period said first, the question clipped after it -------------------------------
    # "Saturday, first thing on", "yesterday, last song": the first or last
    # play of that period.
    (
        rf"^(?P<period>{_PERIOD})[,.]? (?P<ask>(?:first|last|final) (?:thing|song|track"
        r"|tune)(?: (?:on|played|i had on|i played|i put on))?)" + _END,
        r"\g<ask> \g<period>",
    ),
    # "Any Daily episode this morning?" (issue 45's sixty-fourth turn, blind
    # writer 422): a name and its kind, then a period, and nothing else:
    # whether any of it played. Only with the period right after the kind
    # ("any new episodes" and "any other songs" ask for more than a name).
    (
        r"^(?:and |so )?any (?!(?:new|other|more|good|of)\b)(?P<name>[\w' .&-]+?) (?:episodes?|songs?"
        rf"|tracks?|tunes?) (?P<period>{_PERIOD}|yesterday|today)" + _END,
        r"did I hear \g<name> \g<period>",
    ),
    # "Did Queen play yesterday", "did the Daily play this morning" (issue
    # 45's seventy-seventh turn): played with no object, so what was played
    # is its subject, never a person called Queen; said as "did Queen get
    # played", which is read so. Only before a period or the end, and never
    # after a pronoun ("did you play anything").
    (
        (
            r"^((?:and |so )?did (?!(?:i|we|you|he|she|they|it|anyone|anybody|someone"
            r"|somebody|any|anything|something|my|our)\b)[\w' .&-]+?)(?<! a) play"
            rf"(?= {_PERIOD}{_END}| yesterday{_END}| today{_END}|{_END})"
        ),
        r"\1 get played",
    ),
    # -- a recap asked for with "go on then", "fill me in on" -------------------------------
    # "My year, go on then", "my week then", "my month, let's have it": the
    # recap of that period.
    (
        r"^(?:my|our) (year|month|week|weekend|summer)(?: so far)?[,.]? (?:go on"
        r"(?: then)?|then|come on|let's have it|let's hear it|hit me|go)" + _END,
        r"recap of my \1",
    ),
    # "Fill me in on lastmonth", "catch me up on this week": its recap.
    (
        r"^(?:(?:yo|so|hey|ok|okay|alright|now) )?(?:fill (?:me|us) in|catch (?:me|us) up"
        rf"|bring (?:me|us) up to speed) on (?P<period>{_PERIOD})" + _END,
        r"recap of \g<period>",
    ),
)


def undo_clipped(text: str, language: str) -> str:
    """Return `text` with a clipped question said in full."""
    if language != "en":
        return text
    text = rewrite(CLIPPED_EN, text, re.IGNORECASE)
    # "Lastmonth" said as one word, kept so after the rules above.
    return re.sub(
        r"\b(last|this|past)(week|weekend|month|year)\b", r"\1 \2", text, flags=re.I
    )
