"""English as a grandparent asks it (issue 45's seventeenth turn, writer 46).

A grandparent addresses the device before asking ("Good evening, Computer.",
"Alexa — no, what is it called — Computer.", "..., dear?"), corrects a
word mid-sentence ("the record I've played most — the song, I mean, not the
whole album"), says "talking programme" or "long-player" for a podcast or an
album, "is that the word", "if you'd be so kind", and adds a statement after
the question ("It's gone right out of my head.", "I rather liked it.",
"That's yesterday, isn't it.", "Monday morning, I suppose it would have
been."). The text is read here with its punctuation, before it is
normalized: an address is dropped only where commas or a full stop set it
apart, and a guess or remark after the question only when the question
kept a time of its own, so no period is lost and a name after a verb stays.
"""

import re

from .grandparent_en import said_as_grandparent_en
from .rules import Rule, compiled, rewrite

_KIND = r"(?:song|track|tune|record|album|lp|singer|band|group|artist|podcast|programme|program)"
_ADDRESS = (
    r"(?:good (?:morning|afternoon|evening)|hello|hullo|now then|alexa|computer|dear"
    r"|no|sorry|what(?:'s| is) it called)"
)

ELDERLY_EN: tuple[Rule, ...] = (
    # "Alexa — no, what is it called — Computer. Who ...": each address set apart.
    (rf"^(?:\s*{_ADDRESS}\s*[,.!—\u2013]+)+\s*", ""),
    # "..., Computer?" / "..., dear?": an address set apart at a clause's end.
    (r",\s*(?:computer|dear)\s*(?=[?.!,]|$)", ""),
    # Wrappers a grandparent puts in: "is that the word", "if you'd be so kind".
    (
        r",?\s*\b(?:is that the word|if you'd be so kind|if you would be so kind)\b\s*,?",
        " ",
    ),
    # "the record I've played most — the song, I mean, not the whole album".
    (
        (
            rf"\b{_KIND}\b(?P<between>[^—\u2013?.]*?)\s*[—\u2013,]\s*the (?P<kind>song|track|tune|album|record|singer|band|artist|podcast),? i mean"
            r"(?:,? not the (?:whole )?\w+)?"
        ),
        r"\g<kind>\g<between>",
    ),
    (r"\btalking (?:programme|program|show)s\b", "podcasts"),
    (r"\btalking (?:programme|program|show)\b", "podcast"),
    (r"\blong[- ]players\b", "albums"),
    (r"\blong[- ]player\b", "album"),
    # Dictated hesitantly, the kind and the time first and the count after
    # (issue 45's nineteenth turn): "songs in the last week how many did I
    # play" is how many songs did I play in the last week.
    (
        (
            r"^(songs|tracks|tunes|artists|singers|bands|albums|podcasts|episodes)"
            r" ((?:in|from|over|during|since|this|last|today|yesterday)\b[^?,]*?),?"
            r" how many (?:did|have) i (play|played|hear|heard|listen to|listened to|skip|skipped)"
            r"(?=\s*[?.!]*\s*$)"
        ),
        r"how many \1 did i \3 \2",
    ),
    # The spaces a dropped word left.
    (r"\s+(?=[?.!,])", ""),
    (r"\s{2,}", " "),
)
"""The rewrites, read with the text's punctuation (case is ignored)."""

_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|week|weekend|month|year|since|ago|lately|recently|morning|afternoon|evening|night"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|\d{4}|twenty \w+|o'clock|past \w+|nineteenth|eighteenth)\b",
    re.IGNORECASE,
)

# A statement after the question: about the asker, a remark, or a guess at the time.
_REMARK = re.compile(
    r"^(?:i'm|i am|i've|i rather|i quite|i really|i do|i did|i can never|i can't|i'd like|i would like|i suppose|i expect|i think|i believe"
    r"|it's|it is|it was|that's|that is|that was|my (?:husband|wife|granddaughter|grandson|daughter|son|late)"
    r"|god rest|he|she|they)\b",
    re.IGNORECASE,
)
_GUESS = re.compile(
    r"^[\w' ]{1,40},?\s*(?:i suppose|i expect|i think|i believe|i imagine)? ?(?:it would have been|it would be"
    r"|that would be|that'd be|wasn't it|isn't it|it was)\s*$",
    re.IGNORECASE,
)
# "the day before yesterday — Wednesday, that would be?": the guess set apart by a dash.
_DASHED_GUESS = re.compile(
    r"\s*[—\u2013]\s*[\w' ]{1,30},\s*(?:that would be|that'd be|i think|i believe|isn't it|wasn't it)\s*(?=[?.!]|$)",
    re.IGNORECASE,
)


def undo_elderly_en(text: str) -> str:
    """Return `text` with a grandparent's addresses, asides and words undone."""
    # Tags, hedges and old words first (issue 45's nineteenth turn).
    text = rewrite(ELDERLY_EN, said_as_grandparent_en(text), re.IGNORECASE)
    kept = _DASHED_GUESS.sub("", text)
    if _TIME.search(kept):
        text = kept
    sentences = [
        part for part in compiled(r"(?<=[?.!])\s+").split(text.strip()) if part
    ]
    while len(sentences) > 1:
        last = sentences[-1].rstrip("?.! ")
        if not (_REMARK.match(last) or _GUESS.match(last)):
            break
        rest = " ".join(sentences[:-1])
        if _TIME.search(last) and not _TIME.search(rest):
            break
        sentences.pop()
    return " ".join(sentences)
