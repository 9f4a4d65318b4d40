"""A busy talker's remarks and second thoughts (issue 45's fifty-sixth turn, blind writer 349).

A Toronto office manager asked while doing three other things: she said
why she asked after the question (", sorry, I'm juggling like three things
here", ", I'm filling out one of those year-end surveys", ", I've been on a
real Justice kick since the weekend", ", roughly, I'm way behind"), began
a second question and took it back (", and also what about last year,
actually no, scratch that, ...", "? and how many episodes, well, no, just
which podcast", ", and the last, ooh, okay, just the first") and said
when she went to bed ("the last song I had on last Friday night, before
bed": the day's last song, which the night's hours alone missed, and
"no plays last Friday night" was a wrong fact). Her remarks' words were
read as the period ("year-end", "since the weekend") or as a name.
"""

import re

from .rules import Rule, rewrite

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_JUGGLING_EN: tuple[Rule, ...] = (
    # "This morning, no the other, sorry, this morning": a correction begun
    # and taken back, the words said again as they were (issue 45's
    # sixty-fourth turn, blind writer 421, a mother at the stove; "no the
    # other" had been read as a name). Read before a claim's reader takes
    # "sorry" and the repeat's reader the words said again.
    (
        (
            r"\b((?:yesterday|today|tonight|last|this) ?\w*),\s*no,? (?:the other(?: one)?|wait|hang on"
            r"|not that)\b[^,?]*,\s*(?:(?:sorry|no|i mean|actually),?\s*)?\1\b"
        ),
        r"\1",
    ),
    # "..., love that one", "..., hate that song" (blind writer 367): how
    # she feels about the name just said, nothing asked and no part of it.
    (
        r",\s*(?:i )?(?:love|loved|adore|hate|can't stand) (?:that|this) (?:one|song|tune|track|record)\W*$",
        "",
    ),
    # "Which day of the week do I listen the most — bet it's the weekend
    # with this lot" (issue 45's fifty-eighth turn, blind writer 367, a
    # mum across a busy kitchen): her guess at the answer after a dash;
    # its "the weekend" is no period of the question (read as last
    # weekend's peak: a wrong fact).
    (
        (
            r"\s*[\u2014\u2013,;.!-]+\s*(?:i |i'd |i'll )?(?:bet|reckon|guess|wager)"
            r" (?:it's|its|it is|it'll be|it was|you) [^?]*$"
        ),
        "",
    ),
    # -- the day's last song, said as before bed ------------------------------------
    # "The last song I had on last Friday night, before bed": the last of
    # that day, however early the bed ("night" alone keeps its hours).
    (
        rf"\b(the last (?:song|track|tune|thing|one)\b[^,?]*?) (on )?((?:last )?{_DAY}) night,? before bed\b",
        r"\1 \2\3",
    ),
    # -- a remark about herself after the question -------------------------------
    (
        (
            r"[,.;]\s+(?:(?:sorry|roughly|honestly),?\s+)?(?:i'm|i am) (?:juggling|filling out|filling in"
            r"|way behind|so behind|multitasking|in the middle of|doing like)\b.*$"
        ),
        "",
    ),
    (
        r"[,.;]\s+(?:i've|i have) been on a (?:real |bit of a |big |huge )?[^,.?]{1,30}? kick\b[^?]*$",
        "",
    ),
    # -- a second question begun and taken back -----------------------------------
    # ", and also what about last year, actually no, scratch that, just ...".
    (
        (
            r",?\s+and (?:also )?(?:what|how) about\b[^?]*?,?\s+(?:actually,? )?(?:no,? )?"
            r"(?:scratch that|forget that|never mind)\b.*$"
        ),
        "",
    ),
    # "? and how many episodes, well, no, just which podcast, keep it simple".
    (
        r"[?,]\s+and (?:how|what|when|which|who)\b[^?]*?,?\s+(?:well,? )?no,? just (?:which|what|the|who)\b.*$",
        "",
    ),
    # "The first song I played yesterday, and the last, ooh, okay, just the
    # first": the one she asked first, kept.
    (
        r"\b(?P<k>first|last)\b(?P<mid>[^,]*),\s+and the (?:first|last)\b.*?\bjust the (?P=k)\W*$",
        r"\g<k>\g<mid>",
    ),
)


def said_while_juggling(text: str) -> str:
    """Return a busy talker's question without her remarks and second thoughts."""
    return rewrite(_JUGGLING_EN, text, re.IGNORECASE)
