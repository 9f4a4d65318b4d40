"""An Irish woman's question told as a yarn (issue 45's twenty-first turn).

A chatty writer opened with "would you ever tell me" and kept talking after
the question: "..., my niece was asking me at the christening and I hadn't
a clue" put a room "at the christening" into it, "..., because I was in
great form that month" a time nobody could read, "since you came into the
house" an "on in total" for a period, and "my son swears blind I played
Radiohead this year, did I?" asked nothing Encore knew. The rules:

- "Would you ever tell me / give me / do me / check": a request, as "would
  you tell me" is ("would you ever do me a year in review").
- A remark after the question, in a clause of its own, is dropped: a
  relative's part in the story ("my niece was asking me ...", "my son
  reckons ..."), a reason ("because I was in great form"), "since you came
  into the house" (ever), "you know the one", "I'd a feeling I did".
- "My son swears blind I played Radiohead this year, did I?": the claim
  checked is the question ("did I play Radiohead this year").
- "Went on" after what was played is played ("how many tracks went
  on"); "song wise" names
  the kind ("what did I play the most, song wise"); "is there a day of the
  week I listen the most" the usual day.
"""

import re

from .rules import Rule, rewrite

# The people a story brings in.
_FOLK = (
    r"(?:son|daughter|niece|nephew|husband|wife|sister|brother|mam|mum|mother|ma|da|dad"
    r"|father|friend|neighbour|neighbor|granddaughter|grandson|fella|young one|young lad"
    r"|lad|girl|boy|cousin|auntie|aunt|uncle|sister in law|brother in law|pal)"
)
_PAST = {
    "played": "play",
    "listened to": "listen to",
    "heard": "hear",
    "had on": "play",
    "put on": "play",
    "streamed": "stream",
}

# Words that ask: a clause holding one is the question, never the story.
_ASKS = (
    r"\b(?:tell me|who|what|which|how many|how much|how long|how often|when"
    r"|did (?:i|we)|have (?:i|we)|was (?:i|it)|were we)\b"
)
_RULES: tuple[Rule, ...] = (
    # "Would you ever tell me", "would you ever do me a year in review":
    # Ireland's polite request.
    (
        r"^(?:(?:and|so|now) )?would you ever (tell|give|show|remind) (me|us)\b",
        r"\1 \2",
    ),
    (
        r"^(?:(?:and|so|now) )?would you ever (?:do|make|get|pull up for) (me|us)\b",
        r"give \1",
    ),
    (
        r"^(?:(?:and|so|now) )?would you ever (?=check|find out|look up|see)\w+(?: up| out)?\b",
        "tell me",
    ),
    # "My son swears blind I played Radiohead this year, did I?": the claim
    # is the question.
    (
        (
            rf"^(?:my|our|me) {_FOLK} (?:swears(?: blind)?|says|said|reckons|thinks|insists|claims"
            r"|is convinced|was saying|keeps saying|told me)(?: that)? (i|we)"
            rf" ({'|'.join(_PAST)}) (.+?)[,;]?\s*(?:did|didn't|have|haven't) (?:i|we)\s*\??$"
        ),
        lambda said: f"did {said[1]} {_PAST[said[2].casefold()]} {said[3]}",
    ),
    # "..., my niece was asking me at the christening and I hadn't a clue".
    # Never a story that holds the question itself ("my grandson asked me
    # who my number one artist was, ... tell me who I played most").
    (
        (
            rf"[,;]\s+(?:and )?(?:my|our|me) {_FOLK}\b (?:was|is|were|has been|had been|keeps|kept"
            r"|asked|asks|wanted|wants|says|said|reckons|gets|got|swears|thinks)\b"
            rf"(?![^?]*{_ASKS})[^?]*$"
        ),
        "",
    ),
    # "..., because I was in great form that month": the reason.
    (
        rf"[,;]\s+(?:because|cos|'cause|cause|since) (?:i|we|it|the|my)\b(?![^?]*{_ASKS})[^?]*$",
        "",
    ),
    # "..., since you came into the house": ever.
    (
        r"[,;]?\s+since (?:you|ye|the yoke|the speaker|the box) (?:came|arrived|were put|was put|got|went)\b[^,;?]*",
        " ever",
    ),
    # "..., you know the one", "I'd a feeling I did", "I think I did".
    (
        (
            r"[,;]\s+(?:you know the one|you know yourself|you know what i mean"
            r"|(?:i'd|i had|i have) a (?:feeling|notion|hunch) i (?:did|didn't|have|had)"
            r"|i think i (?:did|didn't))\b[^,;?]*"
        ),
        "",
    ),
    # "How many tunes have I had on in total, ever": played, before a word
    # of all time only ("how much Queen have I had on" is read elsewhere).
    (
        r"\b(have|had) (i|we) had on(?=,? (?:in total|altogether|all told|ever|in all)\b)",
        r"\1 \2 played",
    ),
    (
        r"\b(tracks|songs|tunes|things|records|episodes) (?:went|got put|were put) on\b",
        r"\1 were played",
    ),
    # "What's been on high rotation, song wise": the songs on repeat. The
    # kind said after it would end the question as a bare noun and read as
    # what played (issue 45's forty-seventh turn).
    (
        (
            r"^(?:what's|what is|what has) (?:been )?on (high|heavy) rotation[,;]?\s+"
            r"(?:song|track|tune|music)[- ]?wise\W*$"
        ),
        r"what songs have been on \1 rotation",
    ),
    # "..., song wise": the kind.
    (r"[,;]?\s+(song|track|tune|artist|album|podcast)[- ]?wise\b", r" \1"),
)


def undo_yarn_en(text: str) -> str:
    """Return the question of a yarn said plainly, commas kept."""
    return rewrite(_RULES, text.strip(), re.IGNORECASE)
