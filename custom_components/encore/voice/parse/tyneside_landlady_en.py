"""A Geordie pub landlady's story before her question (issue 45's eighty-third turn, blind writer 554).

She tells why she asks first, in a sentence of its own, and then asks
about what the story named, pointing back with "they", "it" or "that":
"Me grandson put Daft Punk on for us when he stayed ower at Easter, the
little monkey. When did they first turn up?" (the story's Easter was
read as the question's period), "Ah've not heard Digital Love in ages,
it's a canny song that. When was the last time ah played it?" (no name
was read). A story that names nothing the question points to is left
out ("Ah'm up at six for the deliveries every day God sends. Is that
when ah listen most, or what's me usual time?": her usual time, never
six o'clock; "The pub's that busy Saturdays ... Is it weekdays ah have
the music on most, or weekends?").

Her "us" is me: "how many plays have they had off us" is how many times
she played them (the household's plays had been counted, a wrong fact),
"for the life of us". Her other turns: "ah divvent really do podcasts,
..., but which one have ah listened to most?" (the top podcast, never the
top song: a wrong fact), "Ah cannot remember ... whether ah put X on this
mornin'. Did ah, pet?" (did I play X), "there's one ah always skip, ah
just cannot abide it, what is it" (the most skipped song), "this year
like, roughly" (a guess asks nothing), "pet" and "hinny" said last.

Only a sentence with one of her marks (`_MARK`: her Geordie words, "pet"
or "hinny" said as an address, "ah" for I before a verb) is read, so no
other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Her address: "pet", "hinny", "petal", "flower", set off by a comma or
# said last; never "Pet Sounds" or "Pet Shop Boys".
_ADDRESS: Final = r"(?:pet|hinny|petal|flower|bonny lad|bonny lass)"
_MARK: Final = re.compile(
    r"\b(?:divvent|dinnet|hinny|howay|wey aye|knaa|summat|canny|aal|ower|wor|gan on|nowt|owt)\b"
    rf"|,\s*{_ADDRESS}\b(?!\s+(?:shop|sounds))|\b{_ADDRESS}\s*[?.!]*\s*$"
    r"|\bah(?:'ve|'m|'d)?\s+(?:always|just|cannot|can't|never|really|not|have|had|put|play|played"
    r"|listen|listened|skip|skipped|heard|hear|last|first)\b",
    re.IGNORECASE,
)

# What she says for "I": "ah", "ah've", "ah'm".
_I: Final = r"(?:ah|i)"
# A story sentence: at least four words, ended by a full stop.
# Three words at least, looked for once (a lookahead is never tried again):
# "(?:\w+[\w',-]*\s+){3,}" had split each word every way it could before
# failing, and a long question without a story took minutes.
_STORY: Final = r"(?=(?:[\w',-]+\s+){3})[^.!?]*[.!]\s+"

_TYNESIDE_LANDLADY_EN: Final[tuple[Rule, ...]] = (
    # "this mornin'", "last evenin'": her dropped g, before a rule below
    # finds the question's period.
    (r"\b(morn|even)in'(?!\w)", r"\1ing"),
    # "Me grandson put Daft Punk on for us when ..., the little monkey.
    # When did they first turn up?": what he put on is "they".
    (
        (
            r"^[^.!?]*?\b(?:put|played|stuck|had) (?P<name>[^.!?,]+?) on for (?:us|me)\b[^.!?]*[.!]\s+"
            r"(?P<ask>when did) (?:they|it|he|she|that|them) "
        ),
        r"\g<ask> \g<name> ",
    ),
    # "Ah've not heard Digital Love in ages, it's a canny song that. When
    # was the last time ah played it?": the song she misses is "it".
    (
        (
            rf"^{_I}(?:(?:'ve| have)? (?:not|never|nae)| haven't| havena) (?:heard|played|had on|listened to|put on) (?P<name>[^.!?,]+?)"
            r" (?:in|for) (?:ages|years|yonks|a while|a lang while|a long while|donkey's years)\b[^.!?]*[.!]\s+"
            r"(?P<ask>[^.!?]*?\b(?:played|play|heard|hear|had on|have on|put on|listened to|listen to))"
            r" (?:it|that|them|that one)\b"
        ),
        r"\g<ask> \g<name>",
    ),
    # "Ah cannot remember for the life of us whether ah put The Daily on
    # this mornin'. Did ah, pet?": did she play it then.
    (
        (
            rf"^{_I} (?:cannot|can't|canna|divvent) (?:remember|mind|recall)(?: for the life of (?:us|me))?"
            rf" (?:whether|if) {_I} (?:put|played|had) (?P<name>[^.!?]+?) on\b(?P<when>[^.!?]*)[.!]\s+"
            rf"did {_I}\b[^?]*\?*$"
        ),
        r"did i play \g<name>\g<when>",
    ),
    # "Now ah divvent really do podcasts, me nephew set aal that up for us,
    # but which one have ah listened to most?": the kind she named.
    (
        (
            rf"^(?:now,? )?{_I} (?:divvent|don't|do not|never) (?:really )?(?:do|bother with|listen to|go in for)"
            r" (?P<kind>podcast|album|song|band)s\b[^?]*?,\s*but (?P<ask>which|what) one\b"
        ),
        r"\g<ask> \g<kind>",
    ),
    # "there's one ah always skip, ah just cannot abide it, what is it":
    # the song she skips most.
    (
        (
            rf"^there's (?:one|a song|a tune|a track|this one) {_I} (?:always|allus|aalways|keep) skip(?:ping)?\b"
            r"[^?]*?\b(?:what|which) (?:is it|one is it|one's that|is that)\W*$"
        ),
        "which song do i skip the most",
    ),
    (
        (
            rf"^there's (?:a band|an artist|a singer|this band) {_I} (?:always|allus|aalways|keep) skip(?:ping)?\b"
            r"[^?]*?\b(?:what|which|who) (?:is it|one is it|is that|are they)\W*$"
        ),
        "which artist do i skip the most",
    ),
    # "Ah'm up at six .... Is that when ah listen most, or what's me usual
    # time?": her usual time; the story's six is not asked.
    (
        rf"^{_STORY}is that when {_I} (?:listen|play|have the music on|have music on)(?: the)? most,? or (?:what's|what is) (?:me|my) usual time\b",
        "what's my usual time",
    ),
    # "The pub's that busy Saturdays .... Is it weekdays ah have the music
    # on most, or weekends?": the weekdays against the weekends.
    (
        rf"^{_STORY}(?=is it (?:the )?(?:weekdays|weekends|mornings|afternoons|evenings|nights)\b)",
        "",
    ),
    (
        (
            r"^is it (?:the )?(weekdays|weekends) (?:ah|i) (?:have the music on|have music on|play music)"
            r"(?: the)? (?:most|more),? or (?:the )?(weekdays|weekends)\b"
        ),
        r"do i listen to more music on \1 or \2",
    ),
    (
        r"^is it (?:the )?(weekdays|weekends) (?:ah|i) (?:listen|play)(?: the)? (?:most|more),? or (?:the )?(weekdays|weekends)\b",
        r"do i listen more on \1 or \2",
    ),
    # "Daft Punk, how many plays have they had off us since October, pet":
    # how many times she played them, never the household.
    (
        r"^(?P<name>[^,]+),\s*how many (?:plays|spins|listens) (?:have|has) (?:they|it|he|she) had off (?:us|me)\b",
        r"how many times did i play \g<name>",
    ),
    # "number of episodes ah've listened to this year like, roughly": a
    # guess said after the question asks nothing.
    (
        r"(?:\s+like)?,?\s+(?:roughly|about|more or less|give or take)\s*([?.!]*)\s*$",
        r"\1",
    ),
    # "number of episodes ah've listened to": her "ah" is I (a name had
    # been read from "ah've").
    # After "how many times" or "how often" it is left for the question's
    # own reader ("how many times ah've had Air on this month", turn 35).
    (r"(?<!\btimes )(?<!\boften )(?<!\bmuch )\bah('ve|'m|'d)(?!\w)", r"i\1"),
    # "..., hinny", ", pet": her address said last.
    (rf",\s*{_ADDRESS}\s*([?.!]*)\s*$", r"\1"),
)


def said_by_a_tyneside_landlady(text: str) -> str:
    """Return a Geordie landlady's question without the story before it."""
    return rewrite_marked(_MARK, _TYNESIDE_LANDLADY_EN, text, squeeze=True)
