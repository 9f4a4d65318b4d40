"""A listener's jargon and a child's English (issue 45's fifteenth turn).

Writers nobody here had seen got no answer, or a wrong one:

- a record collector (writer 37): "spins I have logged", "scrobble count",
  "in my scrobbles", "sneak into the rotation", "what's been in rotation",
  "my sound", "first-time spins", "trigger-happy on the skip button",
  "episodes I got through", a name said first and then "have him on" or
  "did that get any play";
- a ten-year-old (writer 38): "a morning music kid or an evening music
  kid", "saturdays and sundays or normal days", "how many songs was it",
  "after school", "what's my music like", "the new singers I never heard
  before", "tell me about my listening".

Each rule turns one habit into the words the readers after it know; applied
in `speech.prepare` after `terse_en.undo_terse` and before the regional and
learner rules. A rule is a pattern of function words or a word's shape,
never a listed sentence; a name after a verb is never changed.
"""

from collections.abc import Callable
import re

from .rules import rewrite
from .said_first_de import front_name_de

_PERIOD = (
    r"(?:today|tonight|yesterday|this|last|since|so far|lately|recently|in|on"
    r"|during|over|the past|past|the day before|ever|for the|all time)"
)
_PRONOUN = r"(?:him|her|them|'em|em|it|that|that one|this one|those)"
# A name said first, before the question: never a question's own words.
_FRONTED = (
    r"((?:(?!\b(?:i|we|my|what|how|when|which|who|did|do|so|tell)\b)[\w'.&-]+ ){1,6}?)"
)
_PARTS = r"(morning|evening|night|afternoon|weekend|weekday)"
_LISTENER = (
    r"(?:spinner|listener|player|streamer|music (?:kid|person|fan|lover|listener|guy"
    r"|girl|boy)|kid|person)"
)


def _part(word: str) -> str:
    """Return a part of the day or week as the comparison says it."""
    if word in ("weekend", "weekday"):
        return f"on {word}s"
    return "at night" if word == "night" else f"in the {word}"


def _parts_compared(found: re.Match[str]) -> str:
    """Return "am I a morning spinner or an evening one" as its plain question."""
    one, other = found.group(1), found.group(2)
    week = {"weekend", "weekday"}
    if one == other or (one in week) != (other in week):
        return found.group(0)
    # "A morning music kid": music said is music kept ("songs" never counts
    # an episode).
    music = " to music" if "music" in found.group(0) else ""
    return f"do i listen more{music} {_part(one)} or {_part(other)}"


def _kind_asked(found: re.Match[str]) -> str:
    """Return "the song I always skip, which one is it" as "which song do I ..."."""
    kind, verb, rest = found.group(1), found.group(3), found.group(4) or ""
    often = found.group(2) or ""
    past = verb.endswith("ed") or verb in ("heard", "put on")
    return f"which {kind} {'have' if past else 'do'} i {often}{verb}{rest}"


_JARGON: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # "Um, okay so, ...": the fillers before the question, gone before the
    # rules below read its first word.
    (r"^(?:(?:um|umm|uh|erm|er|okay|ok|alright|right|so|well) )+(?=\w+ \w+)", ""),
    # "Fill me in, what played this afternoon": a lead-in before the question.
    (
        r"^(?:fill|catch) (?:me|us) (?:in|up)(?: on)? (?=(?:what|who|which|how|when)\b)",
        "",
    ),
    # "Tell me about my listening": its summary.
    (
        r"^(?:tell|talk to) (?:me|us) about (my|our) (listening|music)\b",
        r"summarize \1 \2",
    ),
    # "Scrobbles", "scrobble count": the plays.
    (r"^(?:my |the |total )?(?:scrobble|spin) count\b", "how many plays"),
    (r"\bin (my|our) (?:scrobbles|scrobble history|logs)\b", r"in \1 history"),
    (r"\bscrobbles\b", "plays"),
    # "How many spins have I logged today": the plays counted.
    (
        (
            r"\b(plays|spins|listens|streams|songs|tracks) (?:have|did|had) (i|we)"
            r" (?:log|logged|scrobble|scrobbled|clock|clocked|clock up|clocked up|rack up"
            r"|racked up|notch up|notched up|got in)\b"
        ),
        r"\1",
    ),
    # "Episodes I got through": played.
    (r"\b(i|we) (?:get|got|gotten) through\b", r"\1 play"),
    # "Episodes of the pod I put on this month, how many": the count asked
    # last, what is counted first.
    (
        (
            r"^((?:episodes|songs|tracks|tunes|plays|spins)(?: (?:of|from|by) .+?)?)"
            r" (?:that )?(i|we) (?:put on|played|heard|listened to|play|streamed)"
            rf" ({_PERIOD}\b.*) how many$"
        ),
        r"how many \1 did \2 play \3",
    ),
    # "The Daily, how many episodes did I play in August": the episodes of it.
    (
        rf"^{_FRONTED}how many episodes did (i|we) play\b",
        r"how many episodes of \1did \2 play",
    ),
    # "The Weeknd, when did I last have him on": the name's first or last play.
    (
        (
            rf"^{_FRONTED}(when|how often|how many times) did (i|we) (first |last |ever )?"
            rf"(?:have|put|stick|get|play|spin) {_PRONOUN} on\b"
        ),
        r"\2 did \3 \4play \1",
    ),
    # "Cafe Tacuba, did that get played the day before yesterday".
    (
        (
            rf"^{_FRONTED}(?:did|has|have) {_PRONOUN} (?:get|got|gotten|had) (?:played"
            r"|a spin|any spins?|a play|any plays?|any airplay|a listen)\b"
        ),
        r"did i play \1",
    ),
    # "Did Radiohead sneak into the rotation at all this month".
    (
        (
            r"^(?:did|has|have) (.+?) (?:sneak|sneaked|snuck|slip|slipped|make it|made it"
            r"|get|got|find (?:its|their|his|her) way) (?:into|in|onto) (?:the |my |our )?"
            r"(?:rotation|scrobbles|history|playlist|queue)(?: at all)?\b"
        ),
        r"did i play \1",
    ),
    # "What's been in rotation this week": what was played.
    (
        # "On heavy rotation" is what is on repeat, read later.
        # "Lately", "these days" after it is what is on repeat (issue 45's
        # nineteenth turn: "what's been on my heavy rotation lately").
        (
            r"^what(?:'s| is| has) been (?:in|on) (?:(?:my|the) )*(?:(?:heavy|high)"
            r" (?=rotation (?!lately|recently|these days|of late|at the moment|right now"
            r"|nowadays)\S))?rotation\b"
        ),
        "what have i been playing",
    ),
    # "What's my sound, based on what I spin": the taste.
    (
        (
            r"^what(?:'s| is) (my|our) sound(?: (?:based on|judging by|going by|from|according"
            r" to) .*)?$"
        ),
        r"what is \1 music taste",
    ),
    # "Am I a dancy music person or what, what's my music like": the taste.
    (r"^.*?\bwhat(?:'s| is) (my|our) music like\b.*$", r"what is \1 music taste"),
    # "Which artists were first-time spins this year": new artists.
    (
        (
            r"^(?:which|what|who|any) (?:(?:artists|bands|singers|acts) )?(?:were|are"
            r"|have been) (?:first-time|first time|new) (?:spins|plays|listens|discoveries"
            r"|finds)(?: for (?:me|us))?\b"
        ),
        "which new artists did i hear",
    ),
    # "Who are the new singers I heard this year that I never heard before".
    (
        (
            r"^(?:who|which|what) (?:are|were) the new (?:singers|artists|bands|acts)"
            r"(?: (?:i|we) (?:heard|discovered|found|listened to))?\b"
        ),
        "which new artists did i hear",
    ),
    (r" (?:that|who|which) (?:i|we) (?:had |have )?never heard(?: of)? before$", ""),
    # "How trigger-happy was I on the skip button last month": the skip rate.
    (
        (
            r"^how (?:trigger-happy|trigger happy|quick|fast|itchy|twitchy|happy) (?:was"
            r"|am|have|were) (i|we) (?:been )?(?:on|with) (?:the |my |our )?skip"
            r"(?: button)?\b"
        ),
        r"how often did \1 skip",
    ),
    # "Last track of the day before yesterday": that day, never today.
    (r"\bof the day before yesterday\b", "on the day before yesterday"),
    # "The final spin of October": the last song of that period.
    (
        (
            r"\b(first|last|final|opening|closing) (?:play|spin|scrobble|listen|stream)"
            r" of (?=(?:january|february|march|april|may|june|july|august|september"
            r"|october|november|december|the (?:week|month|year|day|weekend)|this"
            r"|last|yesterday|today)\b)"
        ),
        r"\1 song in ",
    ),
    # "Am I a morning spinner or an evening one", "a morning music kid or an
    # evening music kid": the parts of the day compared.
    (
        (
            rf"^am (?:i|we) (?:more )?(?:of )?an? {_PARTS} {_LISTENER} or (?:more )?"
            rf"(?:of )?an? {_PARTS}(?: {_LISTENER}| one)?$"
        ),
        _parts_compared,
    ),
    # "On Saturdays and Sundays or on normal days": the weekend or weekdays.
    (r"\bsaturdays? and sundays?\b", "weekends"),
    (r"(?<=\bor on )(?:normal|regular|ordinary|school|work) days\b", "weekdays"),
    (
        r"^is it more (music|listening|songs) (on weekends) or (on weekdays)$",
        lambda found: (
            f"do i listen more{'' if found.group(1) == 'listening' else ' to music'}"
            f" {found.group(2)} or {found.group(3)}"
        ),
    ),
    # "How many songs was it last week, is it more than a thousand".
    (
        r"^how many (songs|tracks|plays|tunes) (?:was it|were there|were they|did i have)\b",
        r"how many \1 did i play",
    ),
    (r"^(how many .+?) is it (?:more|less|over|under|fewer) than .+$", r"\1"),
    # "At five o'clock today after school": a child's day, the clock said.
    (r" (?:after|before) (?:school|class|practice|football|swimming)$", ""),
    # "That One More Time song by Daft Punk, how many times since Monday".
    (
        (
            r"^(?:that|the) (.+?) (?:song|track|tune|number)( (?:by|from) .+?)?"
            r" (how many times|how often)\b"
        ),
        r"\3 did i play \1\2",
    ),
    # "The song I always skip, which one is it": which song.
    (
        (
            r"^(?:the|that) (song|track|tune|artist|band|singer|album|podcast)"
            r" (?:that |which )?(?:i|we) (always |usually |mostly |keep )?(\w+)( .+?)?"
            r" (?:which|what|who) (?:one )?(?:is it|was it|is that|was that)$"
        ),
        _kind_asked,
    ),
)


# Issue 45's twenty-seventh turn (a data nerd, writer 119): "which artist
# dominated last week", "any newcomers in my rotation", "who's new in my
# listening this year, first-timers only", "my week, quick recap", "did Air
# come up at all last weekend".
_NERD: tuple[tuple[str, str], ...] = (
    (
        r"\bwhich (artist|song|album|band|podcast|track) dominated\b",
        r"which \1 did i listen to most",
    ),
    (r"\bany newcomers\b(?: in my (?:rotation|listening|history))?", "any new artists"),
    (r",? (?:artists|bands) i'?d never (?:played|heard) before$", ""),
    (
        r"^who'?s new in my (?:listening|rotation|history)\b",
        "which new artists did i discover",
    ),
    (r",? first[- ]timers only$", ""),
    (
        r"^(my|our) (week|month|year|summer),? (?:a )?(?:quick |short |little )?(?:recap|rundown|summary|review)$",
        r"give me a recap of \1 \2",
    ),
    (
        r"^did (?!(?:anything|something|it|that|i|we|you|anyone|any)\b)(.+?) (?:come up|turn up|pop up)\b",
        r"did i listen to \1",
    ),
)


def undo_jargon(words: str) -> str:
    """Return `words` with a collector's jargon and a child's words undone."""
    return " ".join(rewrite((*_NERD, *_JARGON), words).split())


# -- a name said first, its pronoun after (read before the asides are clipped) ------

_NAME_SAID_FIRST = r"^(?P<name>[^,.?!]{2,60}?)[,.]? "
# A name said first and set off by a comma ("The Daily, when did I ..."),
# never a question's own words ("How many times have I played that X").
_NAME_SAID_WITH_COMMA = (
    r"^(?!(?:how|when|what|which|who|did|do|have|has)\b)(?P<name>[^,.?!]{2,60}?), "
)
# The pronoun ends the question or comes before its period ("... that this
# week"), never a determiner before a name ("played that Bohemian Rhapsody").
_PRONOUN_ENDS = (
    r"(?=[?.!]*$| (?:on|this|last|yesterday|today|since|in|ever|at all|lately"
    r"|recently|so far)\b)"
)
_FRONT = (
    # "Queen, did that get a spin this week".
    (
        (
            rf"{_NAME_SAID_FIRST}(?:did|has|have) {_PRONOUN} (?:get|got|gotten|had)"
            r" (?:played|a spin|any spins?|a play|any plays?|any airplay|a listen)\b"
        ),
        r"did i play \g<name>",
    ),
    # "Queen, when did I first put them on".
    (
        (
            rf"{_NAME_SAID_FIRST}(?P<ask>when|how often|how many times) did (?P<i>i|we)"
            r" (?P<which>first |last |ever )?(?:have|put|stick|get|play|spin)"
            rf" {_PRONOUN} on\b"
        ),
        r"\g<ask> did \g<i> \g<which>play \g<name>",
    ),
    # "The Daily, when did I first start listening to that", "Queen, how
    # often have I heard them": the pronoun at the question's end is the
    # name said first (issue 45's twentieth turn).
    (
        (
            rf"{_NAME_SAID_WITH_COMMA}(?P<ask>when|how often|how many times) (?:did|have)"
            r" (?P<i>i|we) (?P<which>first |last |ever )?(?:(?:start|started|begin"
            r"|began) )?(?:listening to|listen to|listened to|hearing|hear|heard"
            rf"|playing|play|played) {_PRONOUN}{_PRONOUN_ENDS}"
        ),
        r"\g<ask> did \g<i> \g<which>listen to \g<name>",
    ),
    # A grandparent's "Don't Stop Me Now by Queen, how many goes has that had
    # since October?", "Bohemian Rhapsody, how many turns has it had this
    # year", "Queen, how many spins have they got": the pronoun that had the
    # goes is the name said first; left alone, "that" was taken for the name
    # (issue 45's twenty-first turn, writer 84).
    (
        (
            rf"{_NAME_SAID_WITH_COMMA}how (?:many (?:goes|turns|spins|plays|outings|airings"
            r"|times|listens)|often) (?:has|have|did) (?:that|it|this|they|those|that one|this one)"
            r"(?: (?:song|tune|record|track|one|lot))? (?:had|got|gotten|been (?:played|on)|get"
            rf"|have)(?: on)?{_PRONOUN_ENDS}"
        ),
        r"how many times did i play \g<name>",
    ),
    # "Those Daft Punk fellows the lad likes, have I had them on this week":
    # did I listen to the name said first.
    (
        (
            rf"{_NAME_SAID_WITH_COMMA}(?:have|did) (?P<i>i|we) (?:had|have|put|played|play"
            rf"|heard|hear|listened to|listen to) {_PRONOUN}(?: on)?{_PRONOUN_ENDS}"
        ),
        r"did \g<i> listen to \g<name>",
    ),
    # "Radiohead, how many times did I play ever": the verb has no object of
    # its own, so the name said first is it ("ever" was taken for the name).
    (
        (
            r"^(?!(?:so|tell|in|on|at|ok|okay|hey|well|right|now|quick|hmm|um|uh|er|and"
            r"|but|also|oh|listen|look|question|alright)\b)"
            rf"{_NAME_SAID_FIRST}(?P<ask>when|how often|how many times|how much) did"
            r" (?P<i>i|we) (?P<which>first |last |ever )?(?P<verb>play|hear|listen to)"
            r"(?=[?.!]*$| (?:ever|at all|in total|altogether|so far|this|last|yesterday"
            r"|today|since)\b)"
        ),
        r"\g<ask> did \g<i> \g<which>\g<verb> \g<name>",
    ),
)


def front_name(text: str, language: str) -> str:
    """Return `text` with a name said first put where its pronoun stands."""
    if language == "de":
        # "Eres von Café Tacvba, seit wann" (issue 45's twentieth turn).
        return front_name_de(text)
    return rewrite(_FRONT, text, re.IGNORECASE)
