"""English as a parent says it over the household's noise (issue 45's twenty-seventh turn).

A Mancunian dad (blind writer 113) asked between telling the children off
and settling the tea, and each aside went into the question: "how many
songs have I played so far today, no, stop that, so far today" read "today,
no, stop that" as a name; "total number of plays this year, all of it,
podcasts and everything" read "and" as one; "the last thing I played, song
wise, what was it" had the ranking's "thing" narrowed by "song wise"; "did
Ada have Genesis on this afternoon" took "ada genesis" for the name. Each
rule keeps to its words in their place: an aside to a child is dropped only
where the question's own words are said again after it.
"""

import re

from .rules import Rule, rewrite

# Said to a child: "no, stop that", "put that down", "leave it".
_TO_A_CHILD = (
    r"(?:no,? )?(?:stop that|stop it|put (?:that|it) down|leave (?:that|it)|don't touch that"
    r"|get down)"
)

_RULES: tuple[Rule, ...] = (
    # "..., so far today, no, stop that, so far today": the words said again
    # after the aside are the question's; the aside goes with the repeat.
    (rf"(\b[\w' ]{{3,30}}),? {_TO_A_CHILD},? \1\W*$", r"\1"),
    # "..., all of it, podcasts and everything", "..., music and podcasts
    # and the whole lot", "..., episodes and that": all of it, no name.
    (
        (
            # "..., songs and the podcast and everything" (issue 45's
            # sixty-fifth turn, blind writer 437): "the", one podcast.
            r",? (?:(?:all of it|the lot|everything),? )?(?:the )?(?:music|songs|tunes|podcasts?"
            r"|episodes|(?:talking |radio )?programmes)(?:,? (?:and|an|an') (?:the )?(?:music"
            r"|songs|tunes|podcasts?|episodes|(?:talking |radio )?programmes))*"
            r",? (?:and|an|an'|&) (?:everything|the whole lot|the lot|all|aw|that|stuff)\W*$"
        ),
        " songs and podcasts",
    ),
    # "Has Ada played Don't Stop Me Now since Monday": someone else's plays.
    (
        r"^has (?!(?:i|we|anyone|anybody|someone|somebody|it|that|there)\b)(\w+) (?:played|heard|listened to|had on)\b",
        r"did \1 listen to",
    ),
    # "Grand, and how many tunes ...": an Irish opener.
    (
        r"^(?:grand|right so|sure look|sure),? and (?=(?:how|what|which|who|when|did)\b)",
        "",
    ),
    # "..., or is she sick of it", "..., it was gas, the whole house was
    # dancing": a remark after the question.
    (
        r",?\s+or (?:is|are|am|was) (?:she|he|they|i|we) (?:sick|tired|bored) of (?:it|them|that)\W*$",
        "",
    ),
    (r",\s+it was (?:gas|great|brilliant|mad|class|deadly|savage|a laugh)\b.*$", ""),
    # "Last song of October, the final one before November kicked in".
    (r",\s+the (?:final|last|very last|first|very first) one before .*$", ""),
    # "The last thing I played, song wise": the last song.
    (
        (
            r"\b(the (?:last|first|very last|very first) )thing (i|we) (played|heard|listened to|had on)"
            r"(.*?),? (?:song|music|track|tune)[- ]?wise\b,?"
        ),
        r"\1song \2 \3\4,",
    ),
    # "Did Ada have Genesis on this afternoon": someone else's "have ... on".
    (
        r"^did (?!(?:i|we|you|it|that|this|the|anyone|anybody|someone|somebody)\b)(\w+) have (.+?) on\b",
        r"did \1 listen to \2",
    ),
    # "Did I put X on last night, the Y one" (issue 45's sixty-first turn,
    # blind writer 389, a mother of three): "put ... on" is played, and "the
    # Y one" after it says whose X is.
    (
        (
            r"^did (i|we) (?:put|stick|pop|whack|throw|chuck) (?!(?:it|that|this|them|the)\b)"
            r"([^,]+?) on\b([^,]*?),? the ([^,]+?) one\W*$"
        ),
        r"did \1 play \2 by \4\3",
    ),
    (
        r"^did (i|we) (?:put|stick|pop|whack|throw|chuck) (?!(?:it|that|this|them|the)\b)([^,]+?) on\b",
        r"did \1 play \2",
    ),
    # "So how many times in summer I played Moon Safari": the time said
    # before a statement's verb (writer 114, a Polish nurse dictating).
    (
        (
            r"^((?:so |and )?(?:how many times|how often)) ((?:in|during|over|this|last) (?:the )?"
            r"\w+) (i|we) (?:played|heard|listened to|listened|had on) (.+)$"
        ),
        r"\1 did \3 play \4 \2",
    ),
)


def undo_busy_en(text: str) -> str:
    """Return `text` with a parent's asides and their repeats taken out."""
    return rewrite(_RULES, text, re.IGNORECASE).strip()
