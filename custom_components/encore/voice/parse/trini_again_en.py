"""Trinidad's English again (issue 45's sixty-eighth turn, blind writer 462).

A second Trinidadian writer asked the way `trini_en`'s did, and more:
the yes-or-no question with no auxiliary, closed by "or wha" ("I hear de
weeknd this year or wha"); a name, then "play at all" ("cafe tacuba play at
all in de past two weeks"); the question word said last ("de first song I
play today wha it was", "wet leg when I first listen to dem"); "does get
play" for gets played ("wha song does get play de most" had read "get" as
whose listening); "round about" a clock and "in de night" ("round about ten
past eight in de night" had lost its day); "passin over" for skip; "how you
would" with no inversion; "de vibes I does listen to" for the taste; "run
down de whole year" (this year); "is more listenin on de weekend or during
de week"; "is how many times"; "meh" for my; "yesterday self" (the day
stressed); "for so" (a lot: the most).

Each rule is a pattern of the habit's function words around the question;
a name is moved whole, never changed. "De" before a name is "the" only
right after a verb of listening, never before "la", "los" or "las" ("De La
Soul"). Jamaica's Patois ("wah", "mi", "di") is `patois_en`'s: these rules
run before it and leave "wha" to it where they do not rewrite the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A sentence says Trinidad's English when it holds one of these.
_SAYS_TRINI: Final = re.compile(
    r"\b(?:wha|de|dem|dat|meh|doh|allyuh|self|give we|for so|does get)\b"
    r"|\b(?:i|we) does\b|^is (?:how|more)\b|\bplay at all\b|\bround about\b"
    r"|\bpass(?:in'?|ing) over\b",
    re.IGNORECASE,
)

_VERB: Final = r"(?:listen to|listen|play|hear|put on|had on|have on|catch)"

_TRINI_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # "Is how many times I play Queen": the "is" said first is no name's.
    (r"^is (?=how (?:many|much|long|often)\b)", ""),
    # "Yesterday self", "today self": the day stressed, no more.
    (
        r"\b(yesterday|today|tonight|last night|this morning|dis morning|this mornin) self\b",
        r"\1",
    ),
    # "Meh taste", "meh top": my.
    (
        (
            r"\bmeh (?=(?:taste|top|music|listening|listenin|year|month|week|favourite|favorite"
            r"|history|number|streak|most|go-to)\b)"
        ),
        "my ",
    ),
    # "Give we": give us.
    (r"\b(give|tell|show) we\b", r"\1 us"),
    # "I play dat for so": a lot, the most.
    (rf"\b({_VERB}|played|heard|skip)((?: \w+)?) for so\b", r"\1\2 the most"),
    # "De" after a verb of listening is the article ("I hear de weeknd").
    (rf"\b({_VERB}) de (?!(?:la|las|los|lucia|lucía)\b)", r"\1 the "),
    # "I hear X this year or wha": did I hear it. "Play" only before "any"
    # or an article: "we play football this week or wha" is a plan.
    (
        (
            r"^(?:so |boy |eh )?(i|we) (listen to|hear|put on|have on|play(?= (?:any|de|the)\b))"
            r"\b(.+?),?\s+or (?:wha|what)\W*$"
        ),
        r"did \1 \2\3",
    ),
    # "Cafe Tacuba play at all in de past two weeks": did I play it. Never a
    # request ("can you play at all"), never a question word first.
    (
        (
            r"^(?!(?:can|could|will|would|do|does|did|please|you|i|we|who|what|wha|which|when"
            r"|how|why)\b)([^,?!]{2,40}?) (?:play|get play|come on|did play|played) at all\b"
        ),
        r"did I play \1 at all",
    ),
    # "Wha song does get play de most": which song gets played.
    (r"\b(?:wha|what) (\w+ )?does get play(?:ed)?\b", r"what \1gets played"),
    (r"\b(who|which \w+) does get play(?:ed)?\b", r"\1 gets played"),
    # "Round about ten past eight in de night": around, at night.
    (
        (
            r"(?<![\w'])round(?: about)? (?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve|quarter|half|noon|midday|midnight)\b)"
        ),
        "around ",
    ),
    (
        (
            r"\b((?:past|to) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"|o'clock) in (?:de|the) night\b"
        ),
        r"\1 at night",
    ),
    # "Wet leg when I first listen to dem": when did I first play them.
    (
        (
            r"^([^,?!]{2,40}?),? when (i|we) (first|last) (?:listen to|listened to|play|played|hear"
            r"|heard|put on|had on|have on) (?:dem|them|it|he|she|him|her)\W*$"
        ),
        r"when did \2 \3 listen to \1",
    ),
    # "Wha tune I always passin over": which do I always skip.
    (
        (
            r"^(?:wha|what|which|de|the) (tune|song|track|artist|album|podcast|episode)s? (i|we)"
            r" (?:does )?(?:always |usually |mostly )?pass(?:in'?|ing)? over\b"
        ),
        r"which \1 do \2 always skip",
    ),
    # "How you would sum up ...": how would you.
    (r"^how you would\b", "how would you"),
    # "De vibes I does listen to": the kind of music.
    (
        r"\b(?:de|the) vibes (i|we) (?:does )?(?:listen to|play|like|be on|into)\b",
        r"the kind of music \1 listen to",
    ),
    # "Run down de whole year for me": this year's.
    (
        r"\b(run down|run me through|sum up|recap) (?:de|the) whole (year|month|week|summer)\b",
        r"\1 this \2",
    ),
    # "Is more listenin on de weekend or during de week": which gets more.
    (
        (
            r"^is (?:it )?more (?:listenin'?|listening|music|tunes|playin'?|playing)"
            r" (?:on|at|in) (?:de|the) weekends? or (?:during |in |on )?(?:de|the) week(?:days?)?\b"
        ),
        "do I listen more on the weekend or during the week",
    ),
)


def said_in_trinidad_again(text: str) -> str:
    """Return a Trinidadian's question (blind writer 462's habits) said plainly."""
    if _SAYS_TRINI.search(text) is None:
        return text
    return rewrite(_TRINI_AGAIN_EN, text, re.IGNORECASE)
