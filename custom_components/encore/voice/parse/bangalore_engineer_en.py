"""A Bangalore software engineer's English (issue 45's eighty-sixth turn, blind writer 578).

Older readers (`indian_en`, `south_asian_address_en`) know "what all",
"itself", "yaar" and "X I have listened last when". This writer says more
around and inside her question, and was answered wrong or not at all:

- remarks after it: ", check once", ", I am confused", ", I am not
  remembering", ", give me idea", ", correct?" (a tag), "na" as a tag
  ("... one more time na, that daft punk one?");
- a guess or a gloss beside its time, which is no time of the question:
  "last song of last week, sunday probably, what was it" (last week's last
  song, not Sunday's: a wrong fact), "this month first song which was it,
  from the 1st I mean" (this month's, not the 1st's: a wrong fact);
- "only" stressing a time ("yesterday evening only"), "august month" (August);
- the name or the time first, the question after, with no auxiliary: "the
  daily last I listened when", "daft punk last kab played, I mean when"
  (Hindi "kab", when), "justice phantom I heard since monday?", "moon safari
  I was playing last weekend?", "yesterday evening I played one more time,
  that daft punk one?" (the song by Daft Punk);
- "what all songs played on november 3rd" asks what played, never how many
  (a count had been answered: a wrong fact); "whatever I played last, which
  song was that" the last song; "fill me in on my listening, overall how it
  is going" a recap with no time said (this month), never all time.

Only a sentence with one of her marks (`_MARK`) is read, so no other
speaker's question is rewritten; a command opens with its verb and is left
as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_DAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_VERB: Final = r"(?:played|heard|listened to|listened|put on|had on)"
# A time said in her question: what the name or the question follows.
_TIME: Final = (
    r"(?:yesterday|today|tonight|last|this|since|on|in|over|the day before)\b[^,?]*"
)
# What opens a plain question: a name is never said before it.
_OPENS: Final = (
    r"(?:when|what|which|who|how|did|do|have|has|was|were|is|are|am|tell|kindly|please"
    r"|give|show|fill|play|put|stop|skip|turn|set)\b"
)

# What a name said first never holds: a question word, a request, or what
# is asked of ("first song I put on today?", "could you remind me what
# music I had on ...?" are questions of their own).
_NOT_A_NAME: Final = (
    r"(?![^,?]*?\b(?:what|which|who|whom|when|where|how|whether|first|last|remind|know"
    r"|tell|summari[sz]e|song|songs|tune|tunes|track|tracks|thing|things|music|stuff)\b"
    r"[^,?]*? (?:i|we) (?:played|heard|listened|put on|had on|was))"
)

_MARK: Final = re.compile(
    r"\bcheck once\b|\bkab\b|\bwhat all\b|\byaar\b|\bkindly\b|\bgive me (?:an |some )?idea\b"
    r"|\bi am (?:confused|not remembering|totally forgetting|forgetting)\b"
    r"|\bna\s*[,?]|,\s*correct\s*\?|\bi mean when\b|\bthe (?:1st|first) i mean\b"
    rf"|,\s*{_DAY} probably,|\bhow it is going\b|\bwhatever (?:i|we) {_VERB} (?:last|first)\b"
    rf"|\b{_MONTH} month\b"
    # Her name said first and a question mark for the auxiliary she leaves out.
    rf"|^(?!{_OPENS}){_NOT_A_NAME}[^,?]{{2,40}} (?:i|we) (?:{_VERB}|was playing|was listening to)"
    rf" {_TIME}\?\s*$"
    rf"|^(?!{_OPENS})[^,?]{{2,40}} (?:last|first) (?:i|we) {_VERB} when\W*$",
    re.IGNORECASE,
)

_BANGALORE_ENGINEER_EN: Final[tuple[Rule, ...]] = (
    # Remarks after the question: they ask nothing.
    (r"[,?.]?\s*check once\W*$", "?"),
    (
        r",\s*(?:i am|i'm) (?:confused|not remembering|totally forgetting|forgetting)\W*$",
        "",
    ),
    (r",\s*give me (?:an |some )?idea\W*$", ""),
    (r",\s*correct\s*\?+\s*$", "?"),
    # "Na" said as a tag; "I mean when" after "kab" said it again.
    (r"\s+na\s*(?=[,?.!]|$)", ""),
    (r",\s*i mean when\W*$", ""),
    # "..., sunday probably, ..." and "..., from the 1st I mean": a guess
    # or a gloss beside the time said, no time of the question.
    (rf",\s*{_DAY} probably,", ","),
    (r",\s*(?:from )?the (?:1st|first) i mean\W*$", ""),
    # "Yesterday evening only", "August month": the time said.
    (
        (
            r"\b(yesterday(?: morning| afternoon| evening| night)?|today(?: morning| evening)?"
            r"|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month|year)"
            rf"|(?:last |on )?{_DAY}) only\b"
        ),
        r"\1",
    ),
    (rf"^({_MONTH}) month,?\s+(.+?)\W*$", r"\2 in \1"),
    (rf"\b({_MONTH}) month\b", r"\1"),
    # "Fill me in on my listening, overall how it is going": the recap
    # asked, "overall" no period of it.
    (r",?\s*overall,? how (?:it is|is it|it's) going\W*$", ""),
    (r"^overall,? how (?:it is|is it|it's) going\b", "how is my listening going"),
    # "What all songs played on november 3rd": what played, never a count.
    (
        r"\bwhat all (songs|tracks|tunes|music|episodes) (?:were |was |got )?played\b",
        r"what \1 did I play",
    ),
    # "Whatever I played last, which song was that": the last song.
    (
        (
            rf"^whatever (?:i|we) {_VERB} (last|first),\s*(?:which|what) (song|track|tune|one)"
            r" (?:was|is) (?:that|it)\W*$"
        ),
        r"what was the \1 \2 I played",
    ),
    # "Daft punk last kab played", "the daily last I listened when": the
    # name first, its last or first play asked.
    (
        rf"^(?!{_OPENS})(.+?) (last|first) kab {_VERB}\W*$",
        r"when did I \2 play \1",
    ),
    (
        rf"^(?!{_OPENS})(.+?) (last|first) (?:i|we) {_VERB} when\W*$",
        r"when did I \2 play \1",
    ),
    # "Yesterday evening I played one more time, that daft punk one?":
    # whether she played the song by that band then.
    (
        rf"^({_TIME}?) (?:i|we) {_VERB} ([^,?]+?),\s*(?:that|the) ([^,?]+?) one\W*$",
        r"did I play \2 by \3 \1",
    ),
    # "Justice phantom I heard since monday?", "moon safari I was playing
    # last weekend?": whether, the name said first.
    (
        (
            rf"^(?!{_OPENS}){_NOT_A_NAME}([^,?]{{2,40}}?) (?:i|we) (?:{_VERB}|was playing|was listening to)"
            rf" ({_TIME})\?\s*$"
        ),
        r"did I play \1 \2",
    ),
)


def said_by_a_bangalore_engineer(text: str) -> str:
    """Return a Bangalore engineer's question said plainly."""
    return rewrite_marked(_MARK, _BANGALORE_ENGINEER_EN, text, squeeze=True)
