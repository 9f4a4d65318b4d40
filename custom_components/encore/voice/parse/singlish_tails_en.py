"""Singlish's remarks and turns beyond `singlish_en` (issue 45's seventy-third turn, blind writer 483).

A Singaporean says what they forgot after the question (", forget already",
", cannot remember lor"), tells how much they once played a song before
asking ("X last time i play until very jialat, this year how many times")
and puts the count or the question word where the topic ends ("since monday
got how many plays", "X, i play how many times already", "last night ten
past eight what got play", "which podcast i always listen one"). The
remarks had been read with the question ("the last song forget" as a name,
"until very jialat" as one); the turns were no question at all. Read on the
words as said, before a comma clips the question; each rule needs a
Singlish turn ("got", "already", "lor", "one", "jialat") beside a listening
word, so no plain question changes.
"""

import re

from .rules import Rule, rewrite

_PARTICLE = r"(?:lah|leh|lor|hor|ah|liao|sia|meh)"
_KIND = r"(?:podcast|song|track|tune|artist|band|singer|album|show)"
_VERB = r"(?:listen to|listen|play|hear|put on)"

_SINGLISH: tuple[Rule, ...] = (
    # "..., forget already", "..., cannot remember lor": a remark.
    (
        (
            rf",?\s+(?:{_PARTICLE},?\s+)?(?:i\s+)?(?:forget|forgot|cannot remember|can't remember"
            rf"|cant remember|dunno)(?: already)?(?:\s+{_PARTICLE})?\W*$"
        ),
        "",
    ),
    # "X last time i play until very jialat, this year how many times": how
    # much it was once played is a remark, never the question's time.
    (
        (
            r"\s+last time\s+(?:i|we) (?:play|played|listen|listened|listen to|hear)"
            r"(?: it| them)? (?:until|till|til) (?:very |damn |super )?(?:jialat|siao|sian|mad"
            r"|crazy|buay tahan)(?: one)?,(?=\s)"
        ),
        "",
    ),
    # "Which podcast i always listen one": the one I listen to most.
    (
        (
            rf"^(which|what) ({_KIND})s? (i|we) (?:always|usually|often) {_VERB}(?: one)?"
            rf"(?:\s+{_PARTICLE})?\W*$"
        ),
        r"which \2 do \3 listen to the most",
    ),
    # "Since monday got how many plays altogether": the count said after
    # the topic.
    (
        r"^(.{3,40}?) got how many (plays|songs|tracks|tunes|episodes|streams)\b(.*)$",
        r"how many \2 \1\3",
    ),
    # "That dance song by justice, i play how many times already".
    (
        rf"^(.{{3,60}}?),?\s+(i|we) {_VERB} how many times(?: already)?(?:\s+{_PARTICLE})?\W*$",
        r"how many times did \2 play \1",
    ),
    # "Last night ten past eight what got play": what played then.
    (
        (
            rf"^(.{{3,50}}?),? what (song |music )?(?:got play|got played|play|was play)"
            rf"(?:\s+{_PARTICLE})?\W*$"
        ),
        r"what \2played \1",
    ),
)


def said_in_singlish_again(text: str) -> str:
    """Return a Singlish question without its remarks, its turns said plainly."""
    if not re.search(
        rf"\b(?:{_PARTICLE}|got|already|one|jialat|forget|cannot|what|how many)\b",
        text,
        re.IGNORECASE,
    ):
        return text
    return rewrite(_SINGLISH, text, re.IGNORECASE)
