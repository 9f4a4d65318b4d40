"""An Appalachian grandmother's English (issue 45's eighty-third turn, blind writer 556).

An eighty-five-year-old from the West Virginia mountains, polite and
unsure of the gadget, calls it "young'un" ("Young'un, who is it I been
a-listenin' to the most this week?"), points back to a song she named
first with "that'un" ("Don't Stop Me Now, when's the last time I heard
that'un": "that'un" had been read as the name) and puts a remark between
the song and the question ("Sexy Boy by Air, now don't you laugh, when
did I last have that on": the last song had been answered, a wrong fact).
She names a kind first in a sentence of its own ("Them news shows. Which
one have I been a-listenin' to most this month"), asks her taste as what
"you would tell 'em" if somebody asked, asks "am I one of them that plays
the same old tunes again and again" (the repeat rate), "how many
minutes'd I have the radio on", "any new folks turn up in my music ...,
ones I never heard tell of before" (new artists), and "What song's been
a-goin' round and round on here lately, the one I keep playin'" (on
repeat; what played lately had been answered, a wrong fact).

Only a sentence with one of her marks (`_MARK`: "young'un", "that'un",
"a-" before a verb, "'em", "folks", "heard tell", "them" before a kind,
"minutes'd", "don't you laugh") is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:young'un|youngun|young un|that'un|this'un|heard tell|folks|recollect|don't you laugh)\b"
    r"|\ba-\w+in'?(?!\w)|(?:^|\s)'em\b|\b(?:minutes|hours|times)'d\b"
    r"|^them (?:news |talk |radio )?(?:shows|programs|programmes|podcasts|songs|records|singers|bands)\b",
    re.IGNORECASE,
)

# A kind she names first, said as the kind the question asks of.
_KINDS: Final = (
    ("podcast", r"(?:news |talk |radio )?(?:shows|programs|programmes|podcasts)"),
    ("song", r"(?:songs|tunes|records)"),
    ("artist", r"(?:singers|bands)"),
)

_APPALACHIAN_GRANNY_EN: Final[tuple[Rule, ...]] = (
    # "Young'un, who is it ...?", "Do I skip a lot, young'un?": her address.
    (r"^(?:young'un|youngun|young un),?\s+", ""),
    (r",?\s*(?:young'un|youngun|young un)\s*([?.!]*)\s*$", r"\1"),
    # "a-listenin'", "a-goin'": the verb itself.
    (r"\ba-(\w+?)in'?(?!\w)", r"\1ing"),
    # "Don't Stop Me Now, when's the last time I heard that'un": the name.
    (
        r"^(?P<name>[^,]+),\s*(?P<ask>[^,]*?\b(?:heard|played|had on|put on|listened to)) (?:that'un|this'un)\s*([?.!]*)$",
        r"\g<ask> \g<name>\3",
    ),
    (r"\b(th(?:at|is))'un\b", r"\1 one"),
    # "Sexy Boy by Air, now don't you laugh, when did I last have that
    # on": her remark between the song and the question.
    (
        r"^(?P<name>[^,]+),\s*(?:now,? )?(?:don't you laugh|don't laugh|hush now|bless it|i declare),\s*",
        r"\g<name>, ",
    ),
    # "Them news shows. Which one have I been listening to most": the kind
    # she named first is "which one".
    *(
        (
            rf"^them {words}[.!?,]\s+(which|what) one\b",
            rf"\1 {kind}",
        )
        for kind, words in _KINDS
    ),
    # "If somebody was to ask you what my taste in music is, what would you
    # tell 'em": her taste.
    (
        (
            r"^if (?:somebody|someone|anybody|anyone|folks|people) (?:was to ask|were to ask|asked|asks) you"
            r" what my (?:taste in music|taste|music taste) (?:is|was)\b.*$"
        ),
        "what is my taste in music",
    ),
    # "Am I one of them that plays the same old tunes again and again":
    # does she repeat.
    (
        (
            r"^am i one of (?:them|those)(?: folks| people| ones)? (?:that|who|what) (?:plays|play|puts on|has on|listens to)"
            r" the same (?:old )?(tunes|songs|music|records|things)\b(?: (?:again and again|over and over|all the time))?"
        ),
        r"do i play the same \1 again and again",
    ),
    # "how many minutes'd I have the radio on": did I.
    (r"\b(minutes|hours|times)'d (i|we)\b", r"\1 did \2"),
    # "In the kitchen there, how many ...": the room, said first.
    (r"^in the (\w+(?: room)?) there,\s*", r"in the \1, "),
    # "any new folks turn up in my music here lately, ones I never heard
    # tell of before": new artists.
    (
        (
            r"^(?:any|have any) new (?:folks|people|singers|bands|names) (?:turn(?:ed)? up|show(?:ed)? up|come along|came along)"
            r" in my (?:music|listening|songs)(?: here)?(?P<when>(?: \w+)?)(?:,[^?]*)?\W*$"
        ),
        r"which new artists have i heard\g<when>",
    ),
    # "What song's been a-goin' round and round on here lately, the one I
    # keep playin'": on repeat.
    (
        (
            r"^(?:what|which) (song|tune)(?:'s| has) been going round and round(?: on here| on this thing)?(?P<when>(?: \w+)?)"
            r"(?:,\s*the one (?:i|we) keep playing)?\W*$"
        ),
        r"which \1 have i been playing on repeat\g<when>",
    ),
)


def said_by_an_appalachian_granny(text: str) -> str:
    """Return an Appalachian grandmother's question said plainly."""
    return rewrite_marked(_MARK, _APPALACHIAN_GRANNY_EN, text, squeeze=True)
