"""What a chatty speaker says around an English question (issue 45's thirty-third turn).

Blind writers 173 to 179 (a London teenager, a Georgia grandmother, a
Bangalore talker, a Toronto parent, a Wellington DJ) wrapped their questions
in words that ask nothing: a lead-in before a dash ("Be honest, I won't be
offended - how much Queen have I had on this year"), the question said again
("what was the most recent track I played, the very latest one"), a remark
after it ("..., forgot the name innit", "..., bare or nah") and a sentence
after its question mark ("... Cafe Tacuba? My Spanish class is starting again
on Monday, so just checking", "... in August? August was a funny month").
Read with the question they became a name ("I found nothing called Cafe
Tacuba, My Spanish class ...") or a time ("not which time 'month' means").

Each rule is bound to the words it drops: a lead-in only of a known
opener, a sentence after the mark only where the question before it is a
first or last play (which takes no time) or where the sentence says what the
speaker wants or how a month went; a sentence that takes the question back
("I mean", "no", "sorry", "actually") is never dropped.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A sentence that changes the question: never dropped.
_TAKES_BACK = (
    r"(?!(?:i mean|i meant|no\b|nope|sorry|actually|or\b|wait|it was|was it|maybe))"
)

CHAT_AROUND_EN: tuple[Rule, ...] = (
    # -- a lead-in before a dash -------------------------------------------------
    (
        (
            r"^(?:be honest|honestly|okay,? small thing|small thing|quick one|ah,? [^-?]{0,60}"
            r"|arre|arrey|well|so|right|okay|ok|now|listen)[^-?]{0,60}? - "
            r"(?=(?:how|what|which|who|when|did|do|have|has|is|was|last|first)\b)"
        ),
        "",
    ),
    (r"^(?:arre|arrey|acha|achha|yaar),?\s+", ""),
    # "Yeah how many songs ...", "yo who's been top ...": a filler first.
    (
        r"^(?:yeah|yea|yep|yo|ya),?\s+(?=(?:how|what|which|who|who's|when|did|do|have|has)\b)",
        "",
    ),
    # -- the question said again ---------------------------------------------------
    (
        r"[,;]\s+the very (?:latest|last|recent|most recent|first) one(?=\W*(?:\?|$))",
        "",
    ),
    (r"\?\s+the very (?:latest|last|first) one\W*$", ""),
    # -- a remark after it ----------------------------------------------------------
    (r"[,;]\s+(?:i )?forgot the name(?: innit| though| of it)?\W*$", ""),
    (r"[,;]?\s+bare (?:or nah|i reckon|innit)\W*$", ""),
    (r"\bdo i skip bare\b", "do i skip a lot"),
    # London's "man" for "I": "how many tunes man played", "when was the
    # last time man bumped sexy boy", "how much queen man's had on".
    (
        r"\b(tunes|songs|tracks|time|what|when) man (played|bumped|heard|had on|put on)\b",
        r"\1 i \2",
    ),
    # "..., you sure that's right, like you sure sure", "..., you sure? double
    # sure?": a doubt about the answer, no question.
    (r"[,;?]\s+(?:are )?you sure\b.*$", ""),
    (r"\?\s+(?:double sure|you sure|sure sure)\W*$", "?"),
    # "..., or did I dream that one": the doubt.
    (r"\s+or did i dream (?:that|it)(?: one)?\W*$", ""),
    # -- a sentence after its question mark ------------------------------------------
    # After a first or last play's question, which says no time of its own.
    (
        rf"^(when did (?:i|we) (?:first|last) (?:listen to|play|hear|put on) [^?]+)\?\s+{_TAKES_BACK}[^?]*$",
        r"\1",
    ),
    # What the speaker wants it for, or how the time went.
    (r"\?\s+i (?:want|wanted|need|'d like|would like) to [^?]*$", "?"),
    (
        (
            r"\?\s+(?:\w+ )?(?:was|has been) (?:a|an|such a) (?:funny|good|bad|busy|long|strange"
            r"|weird|great|quiet|rough|crazy) (?:month|week|year|day|summer)\W*$"
        ),
        "?",
    ),
    (r"\?\s+different ones only[^?]*\?", "?"),
    # A period said first as a year, its "that year" after: "back in twenty
    # twenty-five, what was the first song I ever played that year".
    (r"^back in ([^,]+), (.+?) (?:that|the) year\b", r"\2 in \1"),
    # A DJ's words (writer 179): "what did i kick the day off with", "my
    # opener today", "my last cut", "when'd i last whack it on", "come up
    # in my scrobbles", "the same cuts", "my october on the decks", "top of
    # my rotation".
    (r"\b(?:kick|start)(?:ed)? (?:the|my) day off with\b", "start the day with"),
    # A period kicked off the same way (writer 562): "what did I start last
    # week off with, the very first tune" (a name "off" had been looked for;
    # "kick last week off with" was read already, and is left as it was).
    (
        (
            r"\b(start)(?:ed)? ((?:last|this|the) (?:week|weekend|month|year)|(?:last )?(?:monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday)) off with\b"
        ),
        r"start \2 with",
    ),
    (r"\bmy opener (today|this morning)\b", r"my first song \1"),
    (r"\bmy last (?:cut|spin)\b", "the last song i played"),
    (r"\bwhen'd\b", "when did"),
    (r"\bwhack(?:ed)? (it|them) on\b", r"play \1"),
    (r"\bhas (.+?) come up in my (?:scrobbles|history|stats)\b", r"did i play \1"),
    (r"\bthe same cuts\b", "the same songs"),
    (r"\brun (the same songs) back\b", r"play \1 again"),
    (r"\b(my \w+) on the decks\b", r"\1"),
    (r"\bwho's been top of my rotation\b", "who was my top artist"),
    # A passive "get put on" is played: "how often did The Daily get put on".
    (r"\b(?:get|got) put on\b", "get played"),
)


def chat_around_en(text: str, language: str) -> str:
    """Return an English question without the words said around it."""
    if language != "en":
        return text
    return rewrite(CHAT_AROUND_EN, text, re.IGNORECASE).strip()


# London's "man" for I (issue 45's thirty-eighth turn, a double-checker):
# "is it right that man listened to Air", "has man done", "man's been on the
# podcasts". Read before a claim is checked, so the claim is the asker's.
_MAN_FOR_I: Final[tuple[Rule, ...]] = (
    (r"\bhas man\b", "have i"),
    (r"\bdid man\b", "did i"),
    (r"\bman's (had|been)\b", r"i've \1"),
    (r"\b(that )?man (listened|played|heard|skipped|had)\b", r"\1i \2"),
)


def man_for_i(text: str) -> str:
    """Return London's "man" for I as "i"."""
    return rewrite(_MAN_FOR_I, text, re.IGNORECASE)
