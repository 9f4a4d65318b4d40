"""A guess stated and checked, as a Midwesterner asks (issue 45's sixteenth turn).

Writer 43 says what they think and asks back: a tag ("..., right?", "...,
didn't I?", "huh", "ya know"), a negation ("I didn't play any Queen
yesterday, did I?"), a guess after the question ("..., I'm guessing around
nine at night?", "I bet it's a couple weeks") or before it ("I bet it was
Justice I skipped the most"). A guess is never the asked figure, name or
period: it is dropped, and the plain question is what is answered, so the
answer is the real fact. Read first of the English tables, on the
normalized words; each rule holds to function words and word shapes, and a
name after a verb is moved whole, never changed.
"""

import re

from .rules import Rule, rewrite

_TAG = (
    r"(?:(?:isn't|wasn't|aren't|weren't|didn't|doesn't|don't|haven't|hasn't|hadn't"
    r"|is|was|are|were|did|does|do|have|has|had)(?: not)? (?:it|i|we|there|they|that)"
    r"|right|huh|eh|ya know|you know|y'know|yeah|correct|am i right)"
)
_TAGS = rf"(?: {_TAG}){{1,2}}"
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|hundred|dozen|couple|few|bunch|ton|lot)"
)
_ABOUT = (
    r"(?:(?:over|about|around|like|more than|nearly|almost|at least|maybe|easily"
    r"|well over|just over|roughly|close to) )?"
)
_COUNT = rf"{_ABOUT}{_NUM}(?: (?:{_NUM}|of))*"
_QUESTION = r"(?:what|what's|which|who|who've|who's|when|when'd|how|did|do|have|was)"
_PERIOD = re.compile(
    r"\b(?:(?:in |over |during |for )?(?:the )?(?:past|last) (?:couple (?:of )?|few"
    r" |two |three )?(?:days|weeks|months|week|month|year|weekend|fortnight"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|this (?:week|month|year|weekend|morning|afternoon|evening|summer)"
    r"|today|yesterday(?: (?:morning|afternoon|evening))?|tonight|last night"
    r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january"
    r"|february|march|april|may|june|july|august|september|october|november"
    r"|december))\b"
)


def _base(verb: str) -> str:
    """Return the verb of the plain question: "skip", or else "listen to"."""
    return "skip" if verb.startswith("skip") else "listen to"


def _most(match: re.Match[str]) -> str:
    """Who was played or skipped the most; the guessed name dropped."""
    subject, verb, rest = match.group("who"), match.group("verb"), match.group("rest")
    aux = "do" if verb in ("play", "skip", "hear", "listen to") else "did"
    return f"who {aux} {subject} {_base(verb)} the most{rest or ''}"


TAGS_EN: tuple[Rule, ...] = (
    # -- openings that carry nothing ----------------------------------------------------
    (r"^(?:ope|oh|well|so)\b ?", ""),
    (
        (
            r"^(?:ya know|you know|y'know)(?: what (?:i'd|i would|i'll|i) (?:love|like"
            r"|want) to know)?\b ?"
        ),
        "",
    ),
    (
        r"^(?:i wonder|i'm wondering|i am wondering|i bet|i'm guessing) (?=(?:what|which|who|when|how)\b)",
        "",
    ),
    # "What the very last song I listened to was": the question's order.
    (r"^(what|who|which) ((?:the|my) .+?) (?:was|were)$", r"\1 was \2"),
    # -- a guessed name or count, then the tag: the plain question ------------------------
    # "Daft Punk was my top artist last month, right": who was.
    (
        (
            r"^(?!(?:what|which|who|when|how|it|there|i|we|that|this)\b)(?:.+?)"
            r" (?:was|is|were|are) (my|our) ((?:top|favourite|favorite|most played"
            r"|most listened to|number one|biggest) (?:artist|band|singer|song|track"
            r"|tune|album|record|podcast|show)s?|(?:artist|band|song|track|tune|album"
            r"|record|podcast|show) of the \w+)\b(.*?)" + rf"{_TAGS}?$"
        ),
        r"what was \1 \2\3",
    ),
    # "I bet it was Justice I skipped the most": who. Not "it was Queen I
    # played the most": the reading keeps a song's kind from the said words.
    (
        (
            r"^(?:i bet |i'm guessing |i think )?it (?:was|wasn't|was not|is|isn't"
            r"|must have been|must've been) (?!(?:the|a|an|my)\b).+? (?P<who>i|we)"
            r" (?P<verb>skipped) (?:the )?"
            r"most\b(?P<rest>.*?)" + rf"{_TAGS}?$"
        ),
        _most,
    ),
    # "We played Air more than anybody else in October": who the most.
    (
        (
            r"^(?P<who>i|we) (?:don't |do not |didn't |did not |must have |must've"
            r" |probably )?(?P<verb>played|play|heard|hear|listened to|listen to|skipped"
            r"|skip|streamed) .+? more than (?:anybody|anyone|any other artist"
            r"|any other band) else\b(?P<rest>.*?)" + rf"{_TAGS}?$"
        ),
        _most,
    ),
    # "I didn't listen to a whole lot of music today, did I? how long was it".
    (
        (
            r"^(i|we) (?:didn't|did not|haven't|have not) (?:listen|listened|play|played"
            r"|hear|heard)(?: to)? (?:a whole lot of |a lot of |much |lots of |a ton of )?"
            r"(.+?) " + _TAG + r" how long\b.*$"
        ),
        r"how long did \1 listen to \2",
    ),
    # "I didn't play any Queen yesterday, did I": did I play Queen yesterday.
    (
        (
            r"^(in the \w+ )?(i|we) (?:didn't|did not|never|haven't|have not) (play|hear"
            r"|listen to|have|put on|stream) (?:any |a lick of |a note of |a single"
            r" |a bit of |anything by |anything from )?(.+?)" + rf"{_TAGS}$"
        ),
        r"\1did \2 \3 \4",
    ),
    # "I played over a hundred tracks on Saturday, didn't I": how many.
    (
        (
            r"^(i|we) (?:must have |must've |probably )?(?:played|heard|listened to"
            r"|streamed|had on) " + _COUNT + r" (songs|tracks|tunes|podcasts|episodes"
            r"|artists|bands|albums)\b(.*?)" + rf"{_TAGS}?$"
        ),
        r"how many \2 did \1 play\3",
    ),
    # "I must've had Justice on a dozen times since Monday, huh": how many times.
    (
        (
            r"^(i|we) (?:must have |must've |probably )?(?:had|played|heard|listened to"
            r"|put|streamed) (?!(?:a|an|the|it|some|music)\b)(.+?)(?: on)? "
            + _COUNT
            + r" times\b(.*?)"
            + rf"{_TAGS}?$"
        ),
        r"how many times did \1 play \2\3",
    ),
    # "Must've been a couple hours of listening yesterday evening": how long.
    (
        (
            r"^(?:it |that )?(?:must have been|must've been|was|i bet it was|probably"
            r" was|i bet it's) " + _COUNT + r" (?:hours|minutes) of (?:listening"
            r"|(music|podcasts))\b(.*?)" + rf"{_TAGS}?$"
        ),
        r"how long did i listen to \1\2",
    ),
    (r"^how long did i listen to  ", "how long did i listen "),
    # "There weren't many podcasts this week, were there": how many.
    (
        (
            r"^there (?:weren't|were not|were|wasn't|haven't been|have been)"
            r" (?:many |a lot of |lots of |a ton of |any |a few |hardly any |barely any )?"
            r"(songs|tracks|tunes|podcasts|episodes|artists)\b(.*?)" + rf"{_TAGS}$"
        ),
        r"how many \1 did i play\2",
    ),
    # "No Wet Leg at all this year, right": did I play it.
    (
        r"^no (?!(?:more|one|way|idea|music)\b)(.+?) at all\b(.*?)" + rf"{_TAGS}$",
        r"did i play \1\2",
    ),
    # "Something was playin' around noon, what was it": what was playing.
    (
        (
            r"^(?:something|some song|a song|some music|music) was (?:playin'|playing|on)"
            r" (.+?) what was (?:it|that|playing|on)$"
        ),
        r"what was playing \1",
    ),
    # "At five this afternoon it was Air in the kitchen, wasn't it": what was on.
    (
        (
            r"^((?:at|around|about) .+?) it was (?!(?:the|a)\b).+?( in the \w+)?"
            rf"{_TAGS}$"
        ),
        r"what was playing \1\2",
    ),
    # "I'm more of a morning listener than an evening one": the parts of the day.
    (
        (
            r"^(?:i'm|i am|we're|we are) (?:pretty much |really )?(?:more of |more )?(?:a |an )?"
            r"(morning|evening|afternoon)(?: person| listener| people| listeners)? than"
            r" (?:a |an )?(morning|evening|afternoon)(?: ones?| person| listener)?"
            rf"{_TAGS}?$"
        ),
        r"do i listen more in the \1s or \2s",
    ),
    (
        (
            r"^(?:weekdays|weekends|saturdays and sundays|the weekend|the weekends)"
            r" (?:are|is) (?:my|our) (?:big|main|busy|busiest|heavy|biggest)"
            r" (?:listening )?(?:days|time)\b.*?" + rf"{_TAGS}$"
        ),
        "do i listen more on weekdays or weekends",
    ),
    # "The Daily, the last time I listened was this morning, right": when.
    (
        (
            r"^(?!(?:what|which|who|when|how|did|do)\b)(.+?) (?:the )?(first|last) time"
            r" (i|we) (?:listened|played|heard|had (?:it|them) on)(?: to)?(?: (?:it|them"
            r"|that|that one))? (?:was|must have been|must've been|is) .+$"
        ),
        r"when did \3 \2 listen to \1",
    ),
    # "Digital Love, when'd I hear that one the first time": the name's first.
    (
        (
            r"^(?!(?:what|which|who|when|how|did|do)\b)(.+?) (?:when'd|when did) (i|we)"
            r" (hear|play|listen to|have) (?:that one|that|it|them|this one|that song"
            r"|that track) (?:for )?(?:the )?(?:very )?(first|last) time$"
        ),
        r"when did \2 \4 \3 \1",
    ),
    # "Which record I just about wore out last summer": the most played.
    (
        (
            r"^(which|what) (?:(record|album|song|track|tune|artist|band) )?(i|we)"
            r" (?:just about |nearly |practically |almost |pretty much |basically )?"
            r"(?:wore|wear|worn) out\b"
        ),
        r"\1 \2 did \3 play the most",
    ),
    (r"^(which|what)  did", r"\1 did"),
    # "What I kicked off this week with", "what I finished up with on Saturday".
    (
        r"^(what|which \w+) (i|we) (?:kicked off|kick off|started|began) (.+?) with\b",
        r"\1 did \2 kick off \3 with",
    ),
    (
        r"^(what|which \w+) (i|we) (?:finished|ended|wrapped|closed)(?: up| out| off)? with\b",
        r"\1 did \2 finish with",
    ),
    # -- a guess after the question, a tag at the end: dropped -----------------------------
    (
        (
            rf"^({_QUESTION}\b.+?) (?:(?:and|but|so) )?(?:i'm guessing|i am guessing|i'd guess|i would guess"
            r"|i bet|i'd say|i reckon|my guess is)\b.*$"
        ),
        r"\1",
    ),
    (r" (?:ya know|you know|y'know|huh|right|eh|am i right)$", ""),
)


def undo_tags(words: str) -> str:
    """Return the plain question of a checked guess; other words unchanged."""
    words = rewrite(TAGS_EN, words)
    # A statement, its tag, then the question ("I've been on a real Justice
    # kick the past couple weeks, haven't I? who've I been obsessed with"):
    # the question, with the statement's period.
    found = re.match(rf"^(?!{_QUESTION}\b)(.+?) {_TAG} ({_QUESTION}\b.+)$", words)
    # "What did I have on yesterday": "did I" asks there, it tags nothing.
    # "The day before yesterday, did I have ... on": "did I" opens a question
    # there; the question after a tag opens with a question word.
    if (
        found is None
        or re.search(r"\b(?:what|which|who|when|how)\b", found.group(1))
        or not re.match(r"(?:what|which|who|whose|when|how)", found.group(2))
    ):
        return words
    period = _PERIOD.search(found.group(1))
    question = found.group(2)
    if period is not None and _PERIOD.search(question) is None:
        question = f"{question} {period.group(0)}"
    return question
