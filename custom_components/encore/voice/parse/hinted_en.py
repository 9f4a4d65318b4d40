"""A question only hinted at, as a statement or a wish (issue 45's sixty-eighth turn).

Blind writer 463 never asked straight: a bet ("I bet I played Eres loads
yesterday", "bet there's one song I skip every single time"), a dare ("bet
you don't know what I opened this month with", "bet you couldn't sum up my
taste"), a memory that fails ("can't remember what I had on this morning",
"no clue what my go-to show has been"), a bare "wonder ..." and a guess
left to be checked ("I reckon I streamed about a thousand tracks this year,
bet I'm way off"). Read as said, "loads" went into the name and a yes or no
was answered for a count, and the bet on a skipped song answered the skip
rate: wrong facts. Each frame is undone into the question it carries, one
Encore already reads; the frame alone is never a question ("I bet it
rains", "I wonder if the door is locked", "bet you can't skip this one"
keep their words: no listening is asked after them).
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A period said at the end of a bet or a claim: the bet's "I played X
# <period>" asks of that period; without one it is no question ("I bet I
# played that to death" stays a remark).
_PERIOD = (
    r"(?:yesterday(?: (?:morning|afternoon|evening))?|today|tonight|last night"
    r"|this (?:morning|afternoon|evening|week|weekend|month|year)"
    r"|(?:on )?the day before yesterday|(?:the )?last (?:\w+ )?(?:days|weeks|months)"
    r"|(?:last|this past) (?:week|weekend|month|year|summer|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|(?:on )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|in (?:twenty|19|20)[\w ]*?|since \w+|in (?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december))"
)
# A verb of listening in the past, and the present the question asks with.
_PAST = {
    "played": "play",
    "had": "have",
    "heard": "hear",
    "listened to": "listen to",
    "streamed": "stream",
    "caught": "catch",
    "put on": "put on",
}
_PAST_VERB = r"(?:played|had|heard|listened to|streamed|caught|put on)"
# What a bet's verb plays that is no name: "I bet I had it on loads".
_NO_NAME = (
    r"(?!(?:it|that|this|them|music|stuff|things|something|anything|songs?|tracks?)\b)"
)
# Words of a frame of not knowing, said first: "can't remember", "no clue",
# a bare "wonder", a dare "bet you don't know".
_NOT_KNOWING = (
    r"(?:i )?(?:can't|cannot|can not) (?:for the life of me )?remember"
    r"|(?:i've |i have )?(?:got )?no clue|wonder(?:ing)?"
    r"|(?:i )?bet you (?:can't|cannot|couldn't|don't|do not|won't|wouldn't) (?:know|tell me|guess|remember)"
    r"|(?:it'd |it would |would |'d )?be nice to (?:hear|know)"
)


def _asked_if(found: re.Match[str]) -> str:
    """Return a bet or claim that someone played something, asked as 'did'."""
    verb = _PAST[found["verb"].lower()]
    if verb == "have" and not found["on"]:
        # "I bet we had pizza last Friday": "had" plays only with "on".
        return found[0]
    on = " on" if found["on"] else ""
    return f"did {found['who']} {verb} {found['name']}{on} {found['when']}"


HINTED_EN: Final[tuple[Rule, ...]] = (
    # "I bet I played Eres loads yesterday": how many times, never whether.
    (
        (
            rf"^(?:i )?bet (?P<who>i|we) (?P<verb>{_PAST_VERB}) {_NO_NAME}(?P<name>.+?)"
            r"(?: on)? (?:loads|a lot|lots|tons|heaps|a ton|non-?stop|like crazy|to death"
            # "... like fifty times last month": a guessed count, checked.
            r"|(?:like |about |around |maybe |roughly |over |nearly |at least )?"
            r"(?:\d+|a (?:few|dozen|hundred|thousand|million)|(?:a couple of|a hundred|a thousand"
            r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
            r"|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[ -](?:one|two|three|four|five"
            r"|six|seven|eight|nine|hundred|thousand))?) times)"
            rf"(?P<when>(?: {_PERIOD})?)\W*$"
        ),
        r"how many times did \g<who> play \g<name>\g<when>",
    ),
    # "I bet there's one song I skip every single time", "bet there's a band
    # I'm always skipping past, no idea who though": the most skipped.
    (
        (
            r"^(?:i )?bet there(?:'s| is) (?:a|one|some) (song|track|tune|band|artist|singer)"
            r" (?:that )?(?:i|we)(?:'m| am| are)? (?:always |just |keep )?skip(?:ping)?(?: past| over)?\b.*$"
        ),
        r"which \1 do I skip the most",
    ),
    # "Bet my streak's pretty long by now": how long it is.
    (r"^(?:i )?bet (my|our) streak(?:'s| is)\b.*$", r"how long is \1 streak"),
    # "I reckon I streamed about a thousand tracks this year, bet I'm way
    # off": a guessed count to be checked asks the count.
    (
        (
            r"^(?:i )?(?:reckon|bet|think|guess) (i|we) (?:streamed|played|listened to|heard|got through|put on)"
            r" (?:about |around |like |maybe |roughly |over |nearly |at least )?(?:[\w-]+ ){1,3}?"
            r"(tracks|songs|tunes|episodes|podcasts|things|artists|bands)\b(.*?)"
            r",?\s*(?:(?:i )?bet i'm|i'm probably|am i|or am i|i could be)(?: way| miles| totally)? (?:off|wrong|close|right)\W*$"
        ),
        r"how many \2 did \1 play\3",
    ),
    # "It's been ages since I played Don't Stop Me Now, I bet, when was it
    # even": when last.
    (
        (
            r"^it's been (?:ages|forever|a while|so long|years|a long time) since (i|we)"
            rf" ({_PAST_VERB}) (.+?)(?:,\s*i bet)?,\s*when was (?:it|that)(?: even| again| actually)?\W*$"
        ),
        r"when did \1 last play \3",
    ),
    # "Feels like I've barely listened this afternoon, wonder how many
    # minutes it actually was": how long.
    (
        (
            r"^(?:it )?feels like (i|we)(?:'ve| have)? (?:barely|hardly|not really|only just) listened"
            r"(?: to anything)? (.+?),\s*(?:i )?wonder how (?:many minutes|many hours|long|much)"
            r" (?:it|that) (?:actually |really )?was\W*$"
        ),
        r"how long did \1 listen \2",
    ),
    # "Something was on last night and I can't remember what", "there was
    # something on at quarter past five, I'd love to know what": what was on.
    (
        (
            r"^(?:there was )?something (?:was )?(?:on|playing)"
            # A time is said: "something was on the stove" is the kitchen's.
            r"( (?:at|around|about|last|yesterday|today|this|earlier|on (?:monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday))\b.*?)(?:,|\s+and)\s*"
            r"(?:i can't remember|can't remember|i'd love to know|no idea|no clue|i wonder)"
            r"(?: what(?: it was)?)\W*$"
        ),
        r"what was on\1",
    ),
    # "November the third, I wonder what I had going that day": the day said
    # first is the day asked.
    (
        (
            r"^((?:on )?(?:(?:january|february|march|april|may|june|july|august|september|october"
            r"|november|december) (?:the )?\w+|(?:the )?\w+ of (?:january|february|march|april|may"
            r"|june|july|august|september|october|november|december))),\s*(?:i )?wonder what (i|we)"
            r" (?:had going|had on|listened to|played|was listening to|were listening to) that day\W*$"
        ),
        r"what did \2 have on \1",
    ),
    # "I bet we had Daft Punk on the day before yesterday", "I'm pretty
    # sure I never listened to The Weeknd in 2025", "I don't think I had any
    # Queen on yesterday, did I": whether, of the period said.
    (
        (
            r"^(?:i )?(?:bet|reckon|(?:i'm |i am )?pretty sure|(?:i )?don't think|doubt)"
            rf" (?P<who>i|we) (?:never |didn't )?(?P<verb>{_PAST_VERB}) (?:any )?{_NO_NAME}(?P<name>.+?)"
            rf"(?P<on> on)? (?P<when>{_PERIOD})(?:,\s*did (?:i|we))?\W*$"
        ),
        _asked_if,
    ),
    # "In the kitchen I reckon it's been mostly Daft Punk the last seven
    # days, who knows though, I'd love to know who topped it": the guess
    # says where and when, the wish asks who was top.
    (
        (
            r"^(in the \w+ )?(?:i )?(?:reckon|bet|think|guess) it's been (?:mostly |all |loads of )?.+?"
            rf" ({_PERIOD}),\s*(?:who knows(?: though| really)?,\s*)?(?:i'd love to know|i wonder|no idea)"
            r" who topped it\W*$"
        ),
        r"who was my top artist \1\2",
    ),
    # "What kicked my day off today": the day's first play.
    (r"\bwhat kicked (?:my|our|the) day off\b", "what did I play first"),
    # "Bet you couldn't sum up my taste in music": the dare asks what it
    # dares; "bet you can't skip this one" names nothing of the history.
    (
        r"^(?:i )?bet you (?:can't|cannot|couldn't|won't|wouldn't) (?=(?:sum up|describe) (?:my|our) )",
        "",
    ),
    # "I'd love to hear how you'd describe what I like to listen to": the
    # taste. Only with the frame: a bare "sum up my taste" keeps its reading.
    (
        (
            r"^(?:(?:i'd love to hear|be nice to hear)(?: how you'?d)? |how you'?d )(?:describe|sum up)"
            r" (?:what (?:i|we) (?:like to listen to|listen to|like)|my taste|my music taste)\W*$"
        ),
        "describe my taste",
    ),
    # "How often I've put The Daily on this month, no idea honestly": the
    # remark after it asks nothing, the question is said in its own order.
    (
        r",\s*(?:no idea|no clue|who knows)(?: though| honestly| really| to be honest)?\W*$",
        "",
    ),
    (
        r"^how (often|many times) (i|we)(?:'ve| have) (?:put|had) (.+?) on\b",
        r"how \1 have \2 played \3",
    ),
    # "Bet I play more music on weekdays than at the weekend": whether.
    (r"^(?:i )?bet (i|we) (play|listen|skip) more\b", r"do \1 \2 more"),
    # A frame of not knowing said first: asked as "I'd love to know ...",
    # which the polite readers read. Only before a question word: "no clue
    # what to play" asks for music.
    (
        (
            rf"^(?:{_NOT_KNOWING})\b,?\s+(?!(?:what|which) (?:to|i should|we should) )"
            r"(?=(?:what|which|who|whose|when|how|if|whether|the last|my)\b)"
        ),
        "I'd love to know ",
    ),
)


def said_as_hinted(text: str) -> str:
    """Return a question hinted at as a bet, a dare or a failed memory, asked."""
    return rewrite(HINTED_EN, text, re.IGNORECASE)
