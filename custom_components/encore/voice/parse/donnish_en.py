"""An academic's English, every aside weighed (issue 45's fifty-fourth turn, blind writer 339).

A retired don asked "I should be interested, purely as a matter of record,
in my five most played pieces, taking the whole of my history into
account" (read as a room, "in my five": a wrong fact), "which podcast, I
wonder, am I presently hooked on, to borrow my students' idiom" (read as a
song: a wrong fact), "which track have I been quite unable to stop playing"
(read as what played: a wrong fact), and set a qualifying aside between
commas in almost every question: "which record, in the old-fashioned sense
of a long-player, ...", "which programme, by which I mean podcast, ...",
"did we, the household collectively, play", "what, precisely, was I
listening to", "..., which, unless I am much mistaken, was Wednesday". Each
rule is the shape of such an aside or of the register's verbs ("returned
to", "claimed most of my attention", "a retrospective"); the aside is left
out only where it names no period of its own.
"""

import re

from .professor_en import said_as_professor
from .rules import Rule, rewrite

_KINDS = (
    r"(?:songs?|tracks?|pieces?|tunes?|records?|albums?|artists?|bands?|podcasts?"
    r"|programmes?|shows?|episodes?)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_DONNISH_EN: tuple[Rule, ...] = (
    # "I should be interested, purely as a matter of record, in my five most
    # played pieces": what are they.
    (
        r"^i (?:should|would) be (?:most |very |much )?interested,?(?:\s+[^,]{1,40},)?\s+in (my|our)\b",
        r"what are \1",
    ),
    # "Taking the whole of my history into account": of all time.
    (
        r",?\s*taking the (?:whole|entirety) of (?:my|our) (?:listening )?history into account\b",
        " of all time",
    ),
    # "..., to borrow my students' idiom", "..., as the young say": a word
    # owned to another's idiom, nothing asked.
    (
        r",?\s*to borrow (?:my|our|the|a) [\w']+(?: [\w']+)? (?:idiom|phrase|expression|word|term)\b",
        "",
    ),
    # "Which record, in the old-fashioned sense of a long-player, I ...":
    # what the word means, said between commas.
    (
        r",\s*in the (?:old[- ]fashioned|old|strict|proper|literal) sense(?: of (?:a|an|the) [\w-]+)?,",
        "",
    ),
    # "Which programme, by which I mean podcast, has ...": the meant word.
    (rf"\b\w+,\s*by which i mean (?:a |an |the )?({_KINDS}),", r"\1"),
    # "Did we, the household collectively, play": we.
    (r",\s*the (?:whole )?household(?: collectively| together| as a whole)?,", ""),
    # "What, precisely, was I", "what precisely was playing": precisely.
    (r"^(what|which|when|who),\s*(?:precisely|exactly),\s*", r"\1 "),
    (r"\b(what|which|when|who) precisely\b", r"\1"),
    # "..., nothing exhaustive, of what I", "a précis if you will": what
    # the answer should be like.
    (r",\s*nothing (?:exhaustive|elaborate|detailed|fancy),", ""),
    (
        r",\s*(?:a précis|a precis|a digest|an overview)(?: if you will| if you like)?,",
        "",
    ),
    (
        r",\s*in the manner of an? (?:annual|end[- ]of[- ]year|company|school) report\b",
        "",
    ),
    # "Which podcast, I wonder, am I hooked on": the wondering, nothing asked.
    (r"^((?:which|what|who) [\w' ]{0,30}?),\s*i wonder,\s*", r"\1 "),
    # "At the weekend just gone, that is, last weekend": one period said twice.
    (
        r"\b(?:at |over )?the (weekend|week|month) just gone,\s*that is,\s*(last \1)\b",
        r"\2",
    ),
    # "Café Tacvba, the Mexican group: have they ...": the name, its
    # description left out.
    (
        r"^([^,:]{2,40}),\s*the [\w-]+ (?:group|band|outfit|duo|trio|singer|ensemble)\s*[:,]\s*",
        r"\1, ",
    ),
    # "Have they featured at all in my listening": have I listened to them.
    (
        r"\bhave they featured (at all )?in (?:my|our) listening\b",
        r"have i listened to them \1",
    ),
    # "Anything whatever by Justice": anything by.
    (r"\banything whatever\b", "anything"),
    # "Have I, at any point in recent weeks, listened to X": lately, said
    # last ("in recent weeks" after a name was read as part of it).
    (
        r"^(have|did) (i|we),\s*at any (?:point|time|stage) in recent (?:weeks|days|months),\s*(.+?)([?.!]*)$",
        r"\1 \2 \3 lately\4",
    ),
    # "..., which, unless I am much mistaken, was Wednesday", "..., the
    # thirty-first being a Saturday, if memory serves", "..., Monday
    # morning presumably": a day checked after the period, nothing asked.
    (
        (
            rf",\s*which,?\s*(?:unless i am (?:much )?mistaken|if i am not mistaken"
            rf"|if i'm not mistaken|if memory serves|i believe),?\s*(?:was|is) {_WEEKDAY}\b"
        ),
        "",
    ),
    (rf",\s*the [\w-]+ being an? {_WEEKDAY}(?:,? if memory serves)?\b", ""),
    (rf",\s*{_WEEKDAY}(?: morning| afternoon| evening)? presumably\b", ""),
    (r",?\s*if memory serves\b", ""),
    # "Which track have I been quite unable to stop playing these past few
    # days": can't stop playing lately, on repeat (the habit's "these ...
    # days" is lately, as "these days" is; read as three days, it named
    # another count: a wrong fact).
    (
        (
            r"\bhave (i|we) been (?:quite |wholly |utterly |entirely )?unable to stop"
            r" (playing|listening to)(?: (?:these|the) (?:past|last) few days)?\b"
        ),
        r"can't \1 stop \2 lately",
    ),
    # "I returned to most", "has claimed most of my attention": played most.
    (r"\b(i|we) returned to (?:the )?most\b", r"\1 played most"),
    (r"\bhas claimed (?:the )?most of (?:my|our) attention\b", "did I listen to most"),
    # "A retrospective of last month's listening": a recap.
    (r"\ba retrospective of\b", "a recap of"),
    # "I should like a brief account of what I listened to": what I listened to.
    (r"^i (?:should|would) like a brief account,? of (?=what\b)", ""),
    # "Is there a particular track that I habitually skip? I strongly
    # suspect there is.": the guess after the question.
    (r"\?\s*i (?:strongly |rather )?suspect (?:there is|so|it is|i do)[.!]?\s*$", "?"),
    (r"\bhabitually\b", "usually"),
    # Issue 45's sixtieth turn, blind writer 381 (a retired judge): "On what
    # date did X first make its appearance in my history" (a name read as
    # "X its appearance"): when did X first appear; "..., before the month
    # was out" (the month said again: no period left); ", if that is not too
    # much to ask" (a plea, read as part of the period).
    (r"^on what (?:date|day)\b", "when"),
    (r"\bfor how long\b", "how long"),
    # "Which performer has enjoyed the greatest share of my attention":
    # listened to most, as "has claimed most of my attention" is.
    (
        r"\b(?:has |have )?(?:enjoyed|had|taken|claimed|commanded) the (?:greatest|largest|biggest|lion's) share of (?:my|our) (?:attention|listening|ear|ears|time)\b",
        "did I listen to most",
    ),
    (
        r"\b(?:first )?(?:make|made) (?:its|their|his|her|an) (?:first |initial )?appearance\b",
        "first appear",
    ),
    (
        r",\s*(?:before|ere) the (?:month|week|year|day|summer) (?:was|had run) (?:out|over|done|its course)\b",
        "",
    ),
    (
        r",?\s*if (?:it|that) (?:is|be|were|'s) not (?:too much|asking too much)(?: (?:trouble|to ask|bother))?\b,?",
        "",
    ),
)


def said_as_a_don(text: str) -> str:
    """Return an academic's question without its weighed asides, commas kept.

    A professor's hedges and Latinate verbs are said plainly first (blind
    writer 486, `professor_en`): "which piece, which single song, that is,
    ..." is read before the don's own asides.
    """
    return rewrite(_DONNISH_EN, said_as_professor(text), re.IGNORECASE)
