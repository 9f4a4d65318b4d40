"""A Japanese learner's English, A2 to B1 (issue 45's fifty-sixth turn, blind writer 355).

A Japanese speaker asked in the order and the words of her own language:
the topic first and its question word last ("song of this week is
what?", "this month afternoon or evening, when I listened more music"),
"please count how many ...", "is there any X in my listening before?",
"what kind of things I listened" (what she played), "singer I heard first
time in last three months, who?" (the new ones), "the album I played many
many times" (the most), "short report about my last summer listening" and
"please compare weekday and weekend listening". Four of her questions were
answered for another question (wrong facts): the day parts' comparison as
the peak hour, what she played as her taste, a name's count as the time
(`learner_fr_en` reads that one). `learner_ja` reads her "ano", "etto" and
her topic with "wa"; this reads her English's own order.
"""

import re

from .rules import Rule, rewrite

_PART = r"(?:morning|afternoon|evening|night)"

_LEARNER_JA_EN: tuple[Rule, ...] = (
    # "Wednesday noon 12 o'clock": noon, said twice.
    (r"\b(?:at )?noon,? (?:12|twelve)(?: o'clock)?\b", "at noon"),
    # "Recently I am very crazy for one band. which band it is?": the one
    # she is hooked on.
    (
        (
            r"^(recently|lately|these days),? (i|we) (?:am|are) (?:very |so |really )?crazy (?:for|about)"
            r" (?:one|a|some) (band|artist|singer|song|album)\W+which \3 (?:it is|is it)\W*$"
        ),
        r"which \3 have \2 been obsessed with \1",
    ),
    # "Please count how many ...": the count asked.
    (r"^(?:please,? )?count (?=how many\b)", ""),
    # "..., short please": how to answer, nothing asked.
    (r",?\s+(?:short|shortly|brief|briefly),? please\W*$", ""),
    # "This month afternoon or evening, when I listened more music": the
    # two day parts compared, their period said first.
    (
        (
            rf"^(?P<when>(?:(?:this|last) (?:month|week|year)|today|yesterday),? )?(?P<a>{_PART})s?"
            rf" or (?P<b>{_PART})s?,?\s+when (?:did )?(?P<who>i|we) (?:listened|listen|played|play)"
            r"(?: to)? more(?P<what> music| podcasts)?\W*$"
        ),
        r"did \g<who> listen to more\g<what> in the \g<a> or the \g<b> \g<when>",
    ),
    # "Weekdays against weekend, when I hear more music since March" (issue
    # 45's fifty-eighth turn, blind writer 368, a German learner: "gegen"),
    # "Weekdays or Shabbos and Sunday, when do I play more music" (blind
    # writer 369): the same two said first, the weekend by its days. Read
    # as the most played songs and as Sunday alone: two wrong facts.
    (
        (
            r"^(?:the )?(?P<a>weekdays?|weekends?|(?:shabbos|shabbat|saturdays?) and sundays?)"
            r" (?:against|versus|vs\.?|or|compared (?:to|with)|and) (?:the )?"
            r"(?P<b>weekdays?|weekends?|(?:shabbos|shabbat|saturdays?) and sundays?),?\s+"
            r"when (?:do |did |have )?(?P<who>i|we) (?:hear|heard|listen|listened|play|played|have)"
            r"(?: to)? more(?P<what> music| podcasts)?(?P<when>(?: (?:since|this|last|in)\b[^?]*)?)\W*$"
        ),
        r"did \g<who> listen to more\g<what> on weekdays or weekends\g<when>",
    ),
    # "Please compare weekday and weekend listening of last month".
    (
        r"^(?:please,? )?compare (?:the )?weekdays? and (?:the )?weekends?(?: listening)?(?: of| in| for)?\b",
        "did I listen more on weekdays or weekends",
    ),
    # "What kind of things I listened": what she played ("what kind of
    # music", "what kind of stuff am I into" ask the taste, and keep it).
    (
        r"\bwhat kind of (?:things|stuff) (?:did )?(i|we) (?:listened|listen|played|play|heard|hear)(?: to)?\b",
        r"what did \1 listen to",
    ),
    # "Song of this week is what?": the question word said last.
    (
        r"^(?!(?:what|which|who|how|when)\b)((?:my )?(?:song|track|album|artist|band|podcast) of [^,?]+?) is what\W*$",
        r"what is my \1",
    ),
    # "The album I played many many times in ...": the most.
    (
        (
            r"\b((?:song|track|tune|album|artist|band|singer|podcast)s? (?:i|we) (?:have )?(?:played|listened to|listened|heard))"
            r" (?:many many|many|so many|a lot of) times\b"
        ),
        r"\1 the most",
    ),
    # "Singer I heard first time in last three months, who?": the new ones.
    (
        (
            r"^(?:singers?|artists?|bands?) (?:i|we) (?:heard|listened|listened to) (?:for the )?first time"
            r" (.+?),? (?:who|which)\W*$"
        ),
        r"which artists did I hear for the first time \1",
    ),
    # "Is there any The Weeknd in my listening before?": ever played.
    (
        r"^is there any (.+?) in my (?:listening|history)(?: history)?(?: before| ever)?\W*$",
        r"did I ever listen to \1",
    ),
    # "Short report about my last summer listening": how the period went.
    (
        r"^(?:a )?(?:short |small |little )?report (?:about|of|on) my ((?:last|this) \w+) listening\b",
        r"how did \1 go",
    ),
)


def said_as_japanese_learner(text: str) -> str:
    """Return a Japanese learner's English question in plain order."""
    return rewrite(_LEARNER_JA_EN, text, re.IGNORECASE)
