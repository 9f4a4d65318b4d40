"""English as a Spanish speaker at B1 says it (issue 45's seventy-third turn, writer 497).

Blind round twelve's learner kept Spanish order and Spanish verbs in
English, and `learner_es` did not know these shapes: "what artist I am
listening more actually, these days" (¿qué artista estoy escuchando más
actualmente?) was answered as what played, a wrong fact; "the last time
I put around the world, when was" looked for a song "put world"; "which
is my hour of more listening" (mi hora de más escucha) asked nothing;
"the group that more I pass without listening, who is" (que más paso sin
escuchar: skip); "percentage of jumped songs" (canciones saltadas:
skipped); "what I put the 3 of november" (el 3 de noviembre); "last thing
that I put, what song was" (the question word said last). Each rule holds
to the learner's own shape of a sentence, so no other speaker's question
is touched; the name after a verb is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_KINDS: Final = (
    r"(?:song|songs|track|tracks|tune|tunes|artist|artists|band|bands|group|groups"
    r"|singer|singers|album|albums|disc|record|podcast|podcasts|show|episode)"
)
_MONTHS: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# "Put" (poner) and "pass" (pasar: skip) are the learner's verbs.
_PUT: Final = r"(?:put|putted|played|listened|listened to|heard)"

_SPANISH_B1: Final[tuple[Rule, ...]] = (
    # "Actually" (actualmente) beside a time said: the time says it already.
    (r",?\s*\bactually\b,?\s*(?=(?:these days|lately|nowadays|recently)\b)", " "),
    # "What artist I am listening more": the present's progressive for the
    # most played of late, never what played.
    (
        rf"^(what|which) ({_KINDS}) (i|we) (?:am|are|'m|'re) (?:listening|hearing|playing|putting)(?: to)? (?:more|most|the most)\b",
        r"\1 \2 did \3 listen to most",
    ),
    # "Which is my hour of more listening", "the hour that I listen more":
    # when I usually listen (mi hora de más escucha).
    (
        r"^(?:which|what) is (?:my|the) (hour|time|day|day of the week) (?:of|with|for) (?:more|most|the most) (?:listening|music|plays)\W*$",
        r"at what \1 do i usually listen",
    ),
    (
        r"^(?:which|what) is (?:my|the) (hour|time|day|day of the week) (?:that|when|in which|where) (?:i|we) (?:listen|play|put music)(?: to music)? (?:more|most|the most)\W*$",
        r"at what \1 do i usually listen",
    ),
    # "Percentage of jumped songs" (canciones saltadas): skipped.
    (r"\b(jumped|jump|jumping) (songs?|tracks?|tunes?)\b", r"skipped \2"),
    (
        r"\b(songs?|tracks?|tunes?) (?:that )?(?:i|we) (?:jump|jumped)(?: over)?\b",
        r"\1 i skipped",
    ),
    # "The group that more I pass without listening, who is" (que más paso
    # sin escuchar): the most skipped.
    (
        rf"^the ({_KINDS}) (?:that|which) (?:more|most) (?:i|we) (?:pass|passed|jump|jumped|skip|skipped)(?: without listening(?: it| them)?)?,?\s*(?:who|which|what) (?:is|was|it is|is it)\W*$",
        r"which \1 do i skip the most",
    ),
    (
        rf"^the ({_KINDS}) (?:that|which) (?:i|we) (?:pass|passed|jump|jumped) (?:more|most|the most)(?: without listening(?: it| them)?)?,?\s*(?:who|which|what) (?:is|was|it is|is it)\W*$",
        r"which \1 do i skip the most",
    ),
    # "The last time I put around the world, when was": the name's last play.
    (
        rf"^the (last|first) time (?:that )?(?:i|we) {_PUT} ([^?,]+?),?\s*when (?:was|was it|it was|was that)\W*$",
        r"when did i \1 play \2",
    ),
    # "Last thing that I put, what song was": the last song played.
    (
        r"^(?:the )?(last|first) (?:thing|song|track|tune) (?:that )?(?:i|we) (?:put|putted|played|listened|heard),?\s*(?:what|which) (?:song|track|tune|thing)? ?(?:was|was it|it was|is)\W*$",
        r"what was the \1 song i played",
    ),
    # "The song of these days that I put again and again, which is": on repeat.
    (
        r"^the (song|track|tune) (?:of )?(?:these days|lately|now|actually) (?:that )?(?:i|we) (?:put|play|listen|hear)(?: to)? (?:again and again|over and over|all the time|a lot),?\s*(?:which|what) (?:is|was|it is)\W*$",
        r"what \1 do i have on repeat",
    ),
    # "What I put the 3 of november" (el 3 de noviembre): that day.
    (rf"\bthe (\d{{1,2}}) of ({_MONTHS})\b", r"on \2 \1"),
    (
        rf"^(what|which \w+) (i|we) (?:put|putted)\b(?= (?:on )?(?:{_MONTHS}|the|this|last|yesterday|today)\b)",
        r"\1 did \2 play",
    ),
    # "How many times I listened something this morning": plays of anything.
    (
        r"^how many times (?:i|we) (?:have )?(?:listened|listen|heard|put|played)(?: to)? (?:something|anything|things)\b",
        "how many things did i play",
    ),
    # "Some new group that I heard in the last summer for the first time":
    # the artists new that summer ("the last summer": el verano pasado).
    (
        rf"^(?:some|any|a|which|what) new ({_KINDS}) (?:that )?(?:i|we) (?:heard|listened|listened to|discovered|put) (.+?) for the first time\W*$",
        r"which new \1 did i discover \2",
    ),
    (r"\bin the last (summer|spring|autumn|winter)\b", r"last \1"),
)


def said_in_spanish_b1(text: str) -> str:
    """Return a Spanish B1 learner's English question in standard words."""
    return re.sub(r"\s{2,}", " ", rewrite(_SPANISH_B1, text, re.IGNORECASE)).strip()
