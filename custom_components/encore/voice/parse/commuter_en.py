"""A Dublin commuter's clipped questions (issue 45's fifty-sixth turn, blind writer 348).

A commuter from Dublin asked in as few words as would do: "c'mere, top
three artists this year" ("c'mere" opens a question in Ireland, nobody
is called), "which record got hammered this month" (played to death: the
most), "total hours, all in" (all of it, every day there is), "kitchen, how
long today so" (the room said first, "so" after), "listen to X this
morning?" and "X, this week, yeah?" (did I). `irish_en` reads his longer
questions' "would ye" and "giz"; this reads the clipped ones.
"""

import re

from .rules import Rule, rewrite

_ROOM = (
    r"(?:kitchen|living room|sitting room|bedroom|office|bathroom|garden|hall|study)"
)

_COMMUTER_EN: tuple[Rule, ...] = (
    # "C'mere, ...": a question follows; nobody is called over.
    (r"^c'?mere,?\s+(?:to me,?\s+)?", ""),
    # "Got hammered", "got flogged", "got caned": played to death, the most.
    (
        (
            r"\b(?:been getting|got|was|been|getting) (?:hammered|flogged|caned|battered|rinsed)"
            r"(?: (?:the )?(?:most|hardest))?\b"
        ),
        "got played the most",
    ),
    # "Have I been caning", "bin hammering": playing to death (a dropped
    # h's "'ave I bin caning", read as a name since that reader runs first).
    (
        r"\b(have|'ve) (i|we) (?:been|bin) (?:caning|hammering|flogging|rinsing|battering)\b",
        r"\1 \2 been playing the most",
    ),
    # "Total hours, all in": all of it, all time.
    (r"^(total (?:hours|minutes|time|plays|listening)),?\s+all in\W*$", r"\1 all time"),
    # "Kitchen, how long today so": the room said first, "so" said last.
    (
        rf"^(?:the )?({_ROOM}),\s+(how (?:long|many|much)\b[^,?]*?)(?:,?\s+so)?\W*$",
        r"\2 in the \1",
    ),
    # "Listen to X this morning?": did I.
    (r"^(listen to|hear) (?=\S.*\?\s*$)", r"did I \1 "),
    # "X, this week, yeah?": did I play X then.
    (
        (
            r"^(?!(?:what|which|who|when|how|did|do|have|is|was|any)\b)([^,?]{2,40}),\s+"
            r"((?:this|last) (?:week|month|year|weekend)|today|yesterday),?\s+(?:yeah|yes|ya|yep|or what)\?\s*$"
        ),
        r"\2 \1, did I",
    ),
)


def said_as_commuter(text: str) -> str:
    """Return a commuter's clipped question said in full."""
    return rewrite(_COMMUTER_EN, text, re.IGNORECASE)
