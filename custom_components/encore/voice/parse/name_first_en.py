"""A name said first and the question clipped after it (issue 45's twentieth turn).

A terse speaker (a Leeds nurse who clips everything) says the name first,
then only the question's last words: "Arctic Monkeys, when last", "Wet Leg,
first listen, when", "Discovery. when did that first go on", "la femme
d'argent, when was it on last", "The Daily. did I listen this morning",
and "had owt by Air this week". The clipped
tail was read without its name (the name was dropped as a remark said
first, or the tail's "last" was a period).

The rules run first, on the words as said, before a story's sentences are
split. Each tail is made only of a question's own words ("when", "first",
"last", a pronoun, "was it on", "go on", "turn up"), and the name said
first may open with no question word, filler, period, room or content word,
so "Saturday, first thing on", "my year, go on then" and "kitchen, when
last" never make a name. A tail that says both "first" and "last" is left
as said: a wrong fact is worse than no answer.
"""

import re

from .rules import Rule, rewrite

# What a name said first never opens with: a question's or a filler's word,
# a period's, a room's, what is played, the asker.
_NOT_NAME = (
    r"(?!(?:so|ok|okay|right|well|hey|um|uh|er|erm|now|and|but|oh|quick|question|hmm"
    r"|alright|listen|look|tell|give|show|play|put|turn|skip|stop|set|in|on|at|from"
    r"|since|for|when|what|whats|what's|which|who|whose|how|did|do|does|have|has|had"
    r"|was|were|is|are|am|i|we|my|our|your|me|us|this|last|first|next|past|yesterday"
    r"|today|tonight|morning|afternoon|evening|night|week|weekend|month|year|summer"
    r"|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|kitchen|living room|bedroom|bathroom|office|garage|car|music|songs?"
    r"|tracks?|albums?|artists?|bands?|podcasts?|episodes?|anything|something|stuff"
    r"|top|most|favourite|favorite|total|number|recap|any)\b)"
)
# The name itself: up to six words before a comma or a full stop.
# Said with a dash too ("Moon Safari - when did that album first come into
# my history", issue 45's thirty-third turn).
# "Frank Sinatra... when did he first turn up": a trailing off is a mark too.
_NAME = rf"^{_NOT_NAME}(?P<name>[^,.?!]{{2,60}}?)(?:[,.]+|\u2026| -|:) "
# The words of a clipped question about a first or a last play, in any
# order: "when last", "first listen, when", "when did that first go on".
_TAIL_WORD = (
    r"(?:when|was|were|did|is|it|that|they|them|he|she|on|first|last|time|ever"
    r"|played|play|go|went|gone|come|came|turn|turned|show|showed|pop|popped|up"
    r"|get|got|listen|listened|hear|heard|had|have|i|we|the|spin|for|then|album|song"
    r"|track|band|artist|podcast|show|record|one|into|in|my|history|library|arrive"
    r"|arrived|land|landed|appear|appeared|start|started|listening|hearing|playing|here"
    r"|this|thing|lash|lashed|stick|stuck|whack|whacked|bang|banged)"
)
_TAIL = rf"(?P<tail>(?:{_TAIL_WORD}[,.]? ?)+?)"
_END = r"\s*[?.!]*\s*$"
# Or a remark after the question's mark ("... into my history? It feels like
# it's been with me forever"), one that takes nothing back.
_END_OR_REMARK = (
    r"(?:\s*[?.!]*\s*$|\?\s+(?![^?]*\b(?:mean|actually|sorry|no|not|or|wait)\b)[^?]*$)"
)


def _first_or_last(match: re.Match[str]) -> str:
    """Return the plain question of a name said first and a clipped tail."""
    tail = match.group("tail").lower()
    first = re.search(r"\bfirst\b", tail) is not None
    last = re.search(r"\blast\b", tail) is not None
    # "Sexy Boy. Last time?": "time" with "first" or "last" asks when, as
    # "when" does (issue 45's twenty-eighth turn).
    if first == last or re.search(r"\b(?:when|time)\b", tail) is None:
        return match.group(0)
    # "Sexy Boy, did I have that on in the last time": a Dutch or German
    # learner's "lately" (de laatste tijd), no last play (issue 45's
    # fifty-ninth turn, blind writer 374: answered with the last play).
    if re.search(r"\bin the last time\b", tail):
        return match.group(0)
    # "The Daily ah, when ...": a particle after the name is no part of it.
    name = re.sub(
        r"\s+(?:ah|lah|leh|hor|eh|then|now)$", "", match.group("name"), flags=re.I
    )
    return f"when did i {'first' if first else 'last'} play {name}"


NAME_FIRST_EN: tuple[Rule, ...] = (
    # "Arctic Monkeys, when last", "Wet Leg, first listen, when", "Discovery.
    # when did that first go on": the name's first or last play.
    (_NAME + _TAIL + _END_OR_REMARK, _first_or_last),
    # "The Daily first show up in my history when", "eres first time played
    # when ah": a name and its tail said with no mark between them (issue
    # 45's thirty-fourth turn, a Singapore typist); the tail begins with
    # "first", "last" or "when" and ends on "when" or "time".
    (
        (
            rf"^{_NOT_NAME}(?![^,.?!]*\b(?:i|we)\b)(?P<name>[^,.?!]{{2,40}}?) (?P<tail>(?:the )?(?:first|last|when)"
            rf"(?: {_TAIL_WORD})*? (?:when|time))(?: (?:ah|lah|leh|hor|ha))?{_END}"
        ),
        _first_or_last,
    ),
    # "air when was that last on" (blind writer 235): a name and "when was
    # that last on" with no mark between; only "that", what a song is
    # called ("the heating when was it last on" is home control).
    (
        (
            rf"^{_NOT_NAME}(?![^,.?!]*\b(?:i|we)\b)(?P<name>[^,.?!]{{2,40}}?)"
            r" (?P<tail>when (?:was|did) (?:that|that one) (?:first|last)"
            rf"(?: (?:on|played|play|come on|go on|get played))?){_END}"
        ),
        _first_or_last,
    ),
    # "That One More Time song by Daft Punk how many plays since Monday": a
    # song and its artist said first, then how many times.
    (
        r"^(?:(?:ok|okay|so|um|uh|well|right),? )*(?:that |the )?(?P<name>[^,.?!]{2,40}?)"
        r"(?: (?:song|track|tune|number))?,? (?:by|from)"
        r" (?P<artist>[^,.?!]{2,30}?)(?<! played)(?<! heard),? how many (?:plays|times|listens|spins)"
        r"(?: (?:did i|have i|has it|did it|did we|have we|i)(?: (?:had|played|play|got|get|put on"
        r"|put it on|listened to)\b)?(?: (?:that one|it|that))?)?"
        r"(?P<rest> (?:this|last|since|in|on|today|yesterday|lately|ever|so far)\b[^?.!]*)?"
        + _END,
        r"how many times did i play \g<name> by \g<artist>\g<rest>",
    ),
    # "One More Time by daftpunk played how many times ever": the name, then
    # how many times it played.
    (
        rf"^{_NOT_NAME}(?![^,.?!]*\b(?:i|we)\b)(?P<name>[^,.?!]{{2,60}}?),?"
        r" (?:played|heard|listened to|been on)"
        r" how many times(?P<rest> (?:ever|in total|this|last|since|today|yesterday"
        r"|lately|so far)\b[^?.!]*)?" + _END,
        r"how many times did i play \g<name>\g<rest>",
    ),
    # "The Daily, how many times I put on in October", "Daft Punk, how many
    # times I have played since March?": a name said first, then how many
    # times it was played.
    (
        _NAME
        + r"how many (?:times|plays) (?:did |have )?(?P<i>i|we)(?: have|'ve)? (?:put (?:it |that )?on"
        r"|play(?:ed)?|listen(?:ed)? to|hear|heard|had on)(?: (?:it|that|that one|them))?"
        r"(?P<rest>(?: (?:this|last|yesterday|today|on|in|since|ever|lately|so far)\b[^?.!]*)?)"
        + _END,
        r"how many times did \g<i> play \g<name>\g<rest>",
    ),
    # "The Daily how many times I put on in September" (issue 45's
    # fifty-ninth turn, blind writer 377, a Singaporean): the same, said
    # with no mark after the name (read as a count of "in September"). The
    # name holds no asker's or question's word.
    (
        rf"^{_NOT_NAME}(?P<name>(?:(?!\b(?:i|we|how|did|do|have|what|which|when)\b)[^,.?!]){{2,40}}?)"
        # "Sexy Boy the Air one how many times ...": a song's artist said
        # beside it is read by the readers after.
        r"(?<! one) how many (?:times|plays) (?:did |have )?(?P<i>i|we)(?: have|'ve)? (?:put (?:it |that )?on"
        r"|play(?:ed)?|listen(?:ed)?(?: to)?|hear|heard|had on)(?: (?:it|that|that one|them))?"
        r"(?P<rest>(?: (?:this|last|yesterday|today|on|in|since|ever|lately|so far)\b[^?.!]*)?)"
        + _END,
        r"how many times did \g<i> play \g<name>\g<rest>",
    ),
    # "Episodes of the Daily in October, how many did I listen to", "plays
    # of Justice this week, how many did I have" (issue 45's sixty-first
    # turn, blind writer 403): what is counted and its name said first, its
    # time beside them, then "how many" alone (the name was lost: every
    # podcast's plays were counted, a wrong fact). Songs by a name said so
    # may be its songs, not its plays: left as said.
    (
        r"^(?:the )?(?P<kind>episodes|plays|spins|listens) (?:of|by|from)"
        r" (?P<name>[^,.?!]{2,40}?)(?P<rest> (?:(?:in|during|over|since|this|last) \w+"
        r"|yesterday|today|lately|recently|ever|so far))?,? how many(?: of (?:them|those))?"
        r" (?:did |have )?(?P<i>i|we)(?: have|'ve)? (?:listen(?:ed)? to|play(?:ed)?|hear|heard"
        r"|had on|put on|had|have)" + _END,
        r"how many \g<kind> of \g<name> did \g<i> have\g<rest>",
    ),
    # "That Daft Punk, how much of them have I had on this week" (blind
    # writer 256): how many times the name said first was played.
    (
        r"^(?:that |the )?"
        + _NAME[1:]
        + r"how much of (?:them|him|her|it) (?:have|did) (?P<i>i|we) (?:had on|had|played|play"
        r"|listened to|heard)"
        r"(?P<rest>(?: (?:this|last|yesterday|today|on|in|since|ever|lately|so far)\b[^?.!]*)?)"
        + _END,
        r"how many times did \g<i> play \g<name>\g<rest>",
    ),
    # "Air, last time I listened to them, when was that" (blind writer
    # 364): the name said first, its last play asked after it.
    (
        _NAME
        + r"(?:the )?(?P<end>last|first) time (?P<i>i|we) (?:listened to|played|heard|had on|put on)"
        r" (?:them|it|him|her|that)(?:[,.]+| -) when (?:was|is) (?:that|it)" + _END,
        r"when did \g<i> \g<end> listen to \g<name>",
    ),
    # "That Queen, with the Freddie, how much did I have them on this year"
    # (issue 45's fifty-eighth turn, blind writer 369): "had them on" is
    # played them, so "how much" is how many times, never how long (read as
    # the whole year's listening time: a wrong fact). A "with the ..." said
    # beside the name tells which one and is no part of it.
    (
        r"^(?:that |the )?"
        + _NAME[1:]
        + r"(?:with (?:the )?[^,.?!]{2,30}?(?:[,.]+| -) )?how much (?:did|have) (?P<i>i|we)"
        r" (?:have|had|put) (?:them|him|her|it|that) on"
        r"(?P<rest>(?: (?:this|last|yesterday|today|on|in|since|ever|lately|so far)\b[^?.!]*)?)"
        + _END,
        r"how many times did \g<i> play \g<name>\g<rest>",
    ),
    # "Digital Love by Daft Punk, did it come on at all this week": did I
    # play it.
    (
        _NAME
        + r"did (?:it|that|that one|they) (?:come on|play|get played|go on|get a spin)"
        r"(?: at all)?"
        r"(?P<rest>(?: (?:this|last|yesterday|today|tonight|on|in|since|ever"
        r"|lately|recently)\b[^,?.!]*)?)" + _END,
        r"did i listen to \g<name>\g<rest>",
    ),
    # "The Daily. did I listen this morning", "Air, did we hear last week":
    # did I play the name. Only a verb left without its object: "Queen, did
    # I listen to them at all" is read by the readers after.
    (
        _NAME + r"(?:did|have) (?P<i>i|we) (?:listen|listened|hear|heard|play|played)"
        r"(?: to)?"
        r"(?P<rest>(?: (?:this|last|yesterday|today|tonight|on|in|since|ever"
        r"|lately|recently)\b.*)?)" + _END,
        r"did \g<i> listen to \g<name>\g<rest>",
    ),
    # "Queen, did I play owt by them last weekend" (blind writer 252): the
    # name said first is what "them" points back to.
    (
        _NAME + r"did (?P<i>i|we) (?:play|have|hear|listen to|put on|have on)"
        r" (?:owt|anything|summat|something|any) (?:by|from|of) (?:them|him|her)"
        r"(?P<rest>(?: (?:this|last|yesterday|today|tonight|on|in|since|ever"
        r"|lately|recently)\b.*)?)" + _END,
        r"did \g<i> listen to \g<name>\g<rest>",
    ),
    # "Had owt by Air this week", "had anything from Queen lately": a
    # Yorkshire "owt" is anything; did I play the artist.
    (
        r"^(?:have i |have we |i've |we've |i |we )?(?:had|heard|played) (?:owt|anything"
        r"|summat|something|any) (?:by|from|of) (?P<name>.+?)"
        r"(?P<rest> (?:this|last|yesterday|today|tonight|on|in|since|lately|recently)\b.*)?"
        + _END,
        r"did i play \g<name>\g<rest>",
    ),
)


# What the name means to the asker, between commas after it: "Eres, by
# Café Tacvba, the song that got me through my divorce, how many times ...".
# And an artist's song said the other way round: "that Daft Punk one,
# Digital Love, ...".
_ABOUT_THE_NAME: tuple[Rule, ...] = (
    (
        r",\s+the (?:one|song|track|tune|record|album) (?:that|from|which)\b[^,?]*,",
        ",",
    ),
    (
        r"^(?:that|the) (?P<artist>[^,.?!]{2,30}?) (?:one|song|track|tune),\s+(?P<name>[^,.?!]{2,40}?),",
        r"\g<name> by \g<artist>,",
    ),
    (r"^(?P<name>[^,.?!]{2,40}?),\s+(?P<by>by [^,.?!]{2,30}?),", r"\g<name> \g<by>,"),
)


def front_clipped(text: str, language: str) -> str:
    """Return `text` with a name said first put into its clipped question."""
    if language != "en":
        return text
    return rewrite(
        NAME_FIRST_EN, rewrite(_ABOUT_THE_NAME, text, re.IGNORECASE), re.IGNORECASE
    )
