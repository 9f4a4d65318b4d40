"""English as an Aberdeen teenager says it (issue 45's seventieth turn, blind writer 473).

A teenager's Doric says what the granny's does (`doric_en`) and more: "fa've"
and "fit've" (who've, what've), "pure" before a feeling ("pure obsessed
wi"), "ngl" first, "hale" (whole), "o clock" with no apostrophe, "wis X on
lang" (how long was X on), "fan am I" (when am I) and a streak said as "ma
run" ("foo lang's ma run"). "Fa've I been listenin tae maist" had been
answered with songs (wrong facts: "fa" is who), "nine o clock last nicht"
with the morning's nine ("o" is "of" in Doric, "o clock" no clock). Read
before `doric_en`, so its rules find the plain words; every rule here
needs a Doric word beside it, none changes a plain English question.
"""

import re

from .doric_en import OWER_AN_OWER
from .rules import Rule, rewrite

# A word only Doric says: the rules below run only beside one of them.
_DORIC: re.Pattern[str] = re.compile(
    r"\b(?:fa've|fit've|fa'd|fit|fa|foo|fan|wis|hiv|hale|maist|nicht|efternoon"
    r"|tae|wi|ma|lang)\b",
    re.IGNORECASE,
)

_DORIC_TEEN: tuple[Rule, ...] = (
    # "Ngl" (not gonna lie) first asks nothing.
    (r"^ngl,?\s+", ""),
    # "Fa've I been", "fit've I had on": who and what, with "have".
    (r"\bfa've\b", "who've"),
    (r"\bfit've\b", "what've"),
    (r"\bfa'd\b", "who'd"),
    # "Pure obsessed wi", "pure hooked on": "pure" only stresses the feeling.
    (
        (
            r"\bpure (?=(?:obsessed|hooked|addicted|stuck|rinsin|rinsing|cainin|caning"
            r"|lovin|loving|buzzin|buzzing)\b)"
        ),
        "",
    ),
    # "Nine o clock": the clock, never Doric's "o" for of.
    (r"\bo clock\b", "o'clock"),
    # "The hale year": the whole year.
    (r"\bhale\b", "whole"),
    # "Wis music on lang this efternoon": how long it was on.
    (
        (
            r"^(?:wis|was) ((?:the |ma |my )?(?:music|tunes|speaker|wireless|radio|sonos|stereo)) on"
            r" (?:lang|long|for lang|for long)\b"
        ),
        r"how long was \1 on",
    ),
    # "Fan am I maist likely tae be listenin": when am I.
    (r"\bfan (?=am (?:i|we)\b)", "when "),
    # "Like fit hour an fit day": what hour, the granny's "fit" said before
    # a noun once "fan" is read.
    (r"\bfit (?=(?:hour|day|time|song|tune|album|artist|band|record)\b)", "what "),
    # Its "fit" read, the granny's reader no longer looks at the question:
    # her "ower an ower" and "nae stop" are said plainly here too.
    OWER_AN_OWER,
    (r"\b(can|could) (i|we) nae stop\b", r"\1 \2 not stop"),
    # "Foo lang's ma run" beside "every day": the streak of days.
    (r"\b(?:foo|how) lang(?:'s| is) ma run\b", "how long is my streak"),
)


# "The daily, foo mony episodes o that did I hear last week": the name said
# first is what "that" points back to (it had been asked back which name
# "that" was). Plain English says it so too: "..., how many episodes of it".
_EPISODES_OF_IT: re.Pattern[str] = re.compile(
    r"^(?!(?:last|this|yesterday|today|since|in|on|at|ok|okay|so|right)\b)"
    r"(?P<name>[^,?!]{2,40}),\s+(?:foo|how) (?:mony|many) (?P<unit>episodes|times|plays"
    r"|spins|streams|listens) (?:o|of) (?:that|it|them|thon|yon) (?P<ask>did|hiv|have) (?P<who>i|we)"
    r" (?P<verb>hear|heard|play|played|listen tae|listen to|listened tae|listened to|hae on"
    r"|have on|had on)\b",
    re.IGNORECASE,
)


# "Fill me in on ma year, fit wis it like": the recap of the period, asked
# again in its own clause. The lead-in "fill me in on" was left out and the
# clause "what was it like" read alone, which asks nothing. Plain English
# says it so too ("tell me about my month, how was it").
_RECAP_ASKED_AGAIN: re.Pattern[str] = re.compile(
    r"^(?:fill (?:me|us) in on|tell (?:me|us) about|catch (?:me|us) up on) (?:ma|my|oor|our)"
    r" (?P<period>year|month|week|weekend|summer),?\s+(?:fit|what|how) (?:wis|was|'s|is)"
    r" (?:it|that)(?: like)?\s*[?.!]*$",
    re.IGNORECASE,
)


def said_as_doric_teen(text: str) -> str:
    """Return an Aberdeen teenager's question with its own Doric undone, commas kept."""
    text = _RECAP_ASKED_AGAIN.sub(r"recap of my \g<period>", text)
    # Episodes stay episodes: the count is the podcast's, its time read apart.
    text = _EPISODES_OF_IT.sub(
        lambda found: (
            f"how many {found['unit'].lower()} of {found['name']} did {found['who']} hear"
            if found["unit"].lower() == "episodes"
            else f"how many times did {found['who']} hear {found['name']}"
        ),
        text,
    )
    if _DORIC.search(text) is None:
        return text
    return rewrite(_DORIC_TEEN, text, re.IGNORECASE)
