"""A Mandarin speaker's English (issue 45's fifty-fourth turn, blind writer 336).

Mandarin says the topic first and leaves the question word where its
answer would stand: "weekday and weekend which one I listen more music"
(read as the weekend's top song: a wrong fact), "wednesday night nine
o'clock playing what", "sexy boy last time I play it when", "today morning
I wake up with which song"; it asks yes or no with "or not" and "or no"
after a bare verb ("air I have listen already this week or not"), marks
the past with "already" and says no plural ("past two week"). Each rule is
one of these shapes: the question word put first, the verb put in the
past, the topic kept where it was said (the period is read where it
stands).
"""

import re

from .rules import Rule, rewrite

_VERB = r"(?:listen|play|hear)"
_PLAIN = {"listen": "listen to", "play": "play", "hear": "hear"}
_KIND = r"(?:song|track|artist|singer|band|album|podcast|music)"


def _did(found: re.Match[str]) -> str:
    """Return "air I have listen already this week or not" as "did I listen to air this week"."""
    verb = found["verb"].lower()
    rest = f" {found['rest']}" if found["rest"] else ""
    return f"did i {_PLAIN.get(verb, verb)} {found['name']}{rest}"


def _more(found: re.Match[str], parts: str) -> str:
    """Return which of the week's parts is listened to more, music only where said.

    "Weekdays or weekend which one i listen more" says no music: all the
    listening is compared (issue 45's seventy-seventh turn, blind writer 526,
    whose question had been answered for music alone, a wrong fact).
    """
    who = found["who"].lower()
    if found["music"]:
        return f"do {who} listen to more music on {parts}"
    return f"do {who} listen more on {parts}"


_LEARNER_ZH_EN: tuple[Rule, ...] = (
    # "Weekday and weekend which one I listen more music": which of the two.
    (
        (
            r"^(?:weekdays?|week days?) (?:and|or) (?:weekends?|week ends?),? which one"
            r" (?:do )?(?P<who>i|we) listen(?: to)? more(?P<music> music)?\W*$"
        ),
        lambda found: _more(found, "weekdays or weekends"),
    ),
    (
        (
            r"^(?:weekends?|week ends?) (?:and|or) (?:weekdays?|week days?),? which one"
            r" (?:do )?(?P<who>i|we) listen(?: to)? more(?P<music> music)?\W*$"
        ),
        lambda found: _more(found, "weekends or weekdays"),
    ),
    # "Air I have listen already this week or not": have I, with its bare
    # verb ("did I play X or not" and "X I listen or no" already read).
    (
        (
            r"^(?P<name>[\w' .&-]+?) (?:i|we) have (?P<verb>listen|play|hear) already"
            r"(?: (?P<rest>[\w' ]+?))? or (?:not|no)\W*$"
        ),
        _did,
    ),
    # "Sexy boy last time I play it when": when did I last. Issue 45's
    # sixty-third turn, blind writer 406: "... first time I play which
    # day" (the day is the when) and "X first time come in my history when".
    (
        (
            rf"^(?P<name>[\w' .&-]+?) (?P<which>last|first) time (?:(?:i|we) (?P<verb>{_VERB})(?: (?:it|them|this))?"
            r"|(?:it |they )?(?:come|came|appear|appeared|show up|showed up) (?:in|into|on) my (?:history|list|music|library))"
            r",? (?:when|which day|what day|which date|what date)\W*$"
        ),
        r"when did i \g<which> play \g<name>",
    ),
    # "Normally when I listen, what time what day": the usual hour and day,
    # asked by their parts; "what time in day I usually listen" (blind
    # writer 406, the sixty-third turn: read as today's music, a wrong fact).
    (
        (
            r"^(?:normally|usually|mostly|often) when (?:do )?(i|we) listen(?: to music)?,?"
            r" (?:(?:what|which) (?:time|hour|day)(?:,? (?:and |or )?|\W*$)){1,2}$"
        ),
        r"when do \1 usually listen",
    ),
    (
        r"^(what|which) (time|hour) (?:in|of) (?:the |a )?day (?:do )?(i|we) (usually|normally|mostly) listen\b",
        r"what \2 of the day do \3 usually listen",
    ),
    # "Which song I play again again": again and again (Mandarin says the
    # word twice, 一遍又一遍).
    (
        r"\b((?:play|listen|hear)(?: to)?(?: it| them| this)?) again again\b",
        r"\1 again and again",
    ),
    # "Wednesday night nine o'clock playing what", "this morning half past
    # eight what song is play": what was playing then.
    (
        r"^(?P<when>.+?),? (?:is |was )?play(?:ing)? what\W*$",
        r"what was playing \g<when>",
    ),
    (
        rf"^(?P<when>.+?),? what ({_KIND}) (?:is|was) play(?:ing)?\W*$",
        r"what \2 was playing \g<when>",
    ),
    # "Today morning I wake up with which song": which song did I wake up to.
    (r"\btoday (morning|afternoon|evening|night)\b", r"this \1"),
    (
        rf"^(?P<when>.+?),? (?:i|we) wake up with (?:which|what) ({_KIND})\W*$",
        r"which \2 did i wake up to \g<when>",
    ),
    # "Since monday any artist first time I hear": new artists.
    (
        r"\bany (artist|singer|band|song)s? (?:for the )?first time (?:i|we) (?:hear|heard|listen|listened)(?: to)?\b",
        r"any new \1s",
    ),
    # "I always listen same song again and again? how much repeat".
    (
        r"^(?:do )?i always listen(?: to)? (?:the )?same song again and again\??\s*(?:how much repeat)?\W*$",
        "do i always listen to the same song again and again",
    ),
    # "Recently I am very crazy for which artist ah".
    (
        rf"^(?P<when>.+?),? (?:i|we) (?:am|are) (?:very |so |really )?crazy (?:for|about|over) (which|what) ({_KIND})(?: ah| lah| leh)?\W*$",
        r"\2 \3 am i crazy about \g<when>",
    ),
    # "This week how many track I already play": how many did I play (its
    # "already" says the past).
    (
        rf"\bhow many ({_KIND})s? (i|we) already (play|listen(?: to)?|hear)\b",
        r"how many \1s did \2 \3",
    ),
    # "Past two week total play how many": how many plays.
    (
        r"^(?P<when>.+?),? total (?:play|plays|listen|listens) how many\W*$",
        r"how many plays \g<when>",
    ),
    (r"\b(past|last) (two|three|four|2|3|4) week\b", r"\1 \2 weeks"),
    # Issue 45's sixty-third turn, blind writer 406: "which podcast I am hook
    # on" (no past participle: hooked on) and "last month we listen Café
    # Tacuba?" (the period first, a bare verb asked as yes or no).
    (r"\b(am|are|is|was|were|been|get|got) hook on\b", r"\1 hooked on"),
    (
        (
            r"^((?:last|this|past) (?:week|month|year|weekend)|today|yesterday),? (i|we) listen(?: to)?"
            r" (?!(?:to|what|which|who|how|when|more|most|much|many|a lot|lots|so|too|every|all|the most|music)\b)"
            r"([^,?]+?)\?$"
        ),
        r"did \2 listen to \3 \1",
    ),
)


def said_as_mandarin_en(text: str) -> str:
    """Return a Mandarin speaker's English question in English order, commas kept."""
    return rewrite(_LEARNER_ZH_EN, text, re.IGNORECASE)
