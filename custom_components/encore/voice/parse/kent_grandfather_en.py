"""A Kent grandfather's formal English (issue 45's seventy-sixth turn, blind writer 518).

Blind round fifteen's grandfather of seventy-nine, a little hard of hearing
and unsure what the gadget is called, asks in full old-fashioned sentences:

- he addresses the speaker after the question (", young lady", ", young
  man", ", my dear"): "How many songs have I played so far today, young
  lady?" took "young lady" for a name and asked back;
- he opens with "I say," and asks for the usual time as "is there a
  particular day and hour when I am most often listening": the top songs
  were asked for, with a time "a particular day and hour when";
- he names a kind first, then the name, then asks about "it" or "they"
  ("That news programme, The Daily, how many times has it played this
  week?", "That band called Air. When did they first turn up on this box
  of tricks?"): Encore asked which artist or song was meant;
- he makes his word plain ("Which gramophone record, the album I mean, have
  I played most of all?": "gramophone" was taken to narrow the ranking),
  calls the speaker "this box of tricks" or "this contraption", and says a
  weekend again as its days ("last weekend, the two days": read as the last
  play of a name "weekend").

Only a sentence with one of his marks is read (`_MARK`); "Next track,
please, young lady." stays a command (the net never hears it).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The kinds a name is introduced by ("that band called Air").
_KIND: Final = (
    r"(?:programme|program|podcast|show|band|group|song|tune|record|album|singer"
    r"|chaps|chap|fellows|fellow|lads|outfit|number|piece)"
)
# Words said after a kind that are no name: a second description ("the
# one with the robots", "the Air one"), an apology ("pardon my French").
_NO_NAME: Final = (
    r"(?:the (?:[\w-]+ )?one|one|a|an|pardon|excuse|mind|you know|i mean|i think|like"
    r"|innit|love|dear|please)"
)
# Words a question begins with: no name introduced by a kind.
_ASKS: Final = r"(?:when|what|how|did|have|has|had|which|who|whose|is|was|were|do|does)"

_MARK: Final = re.compile(
    r",\s*(?:young (?:lady|man|fellow|sir)|my (?:dear|good (?:lady|man|fellow)))\W*$"
    r"|^i say\b|\bbox of tricks\b|\bcontraption\b|\bgramophone\b"
    r"|,\s*the \w+ i mean,"
    r"|\bweekend,?\s+(?:the|both) (?:two|2) days\b"
    r"|\bis there (?:a|any) (?:particular|certain|special|usual) (?:day|time|hour)"
    rf"|^(?:that|this|the) (?:(?-i:[a-z-]+) ){{0,2}}?{_KIND}(?: called| named|,)",
    re.IGNORECASE,
)

_KENT_GRANDFATHER_EN: Final[tuple[Rule, ...]] = (
    # "..., young lady?": the speaker addressed, nothing asked.
    (
        r",\s*(?:young (?:lady|man|fellow|sir)|my (?:dear|good (?:lady|man|fellow)))\s*([?.!]*)\s*$",
        r"\1",
    ),
    # "I say, ...": calling for attention.
    (r"^i say,?\s+", ""),
    # "Which gramophone record, the album I mean, have I ...": the word
    # made plain between commas stands for the one said first.
    (
        (
            r"\b(which|what) (?:[\w-]+ ){0,3}?(?:record|disc|platter|programme|program|thing|one)s?,"
            r"\s*the (album|podcast|song|tune|band|artist|singer|lp) i mean,\s*"
        ),
        r"\1 \2 ",
    ),
    # "That news programme, The Daily, how many times has it played",
    # "That band called Air. When did they first turn up": the name
    # introduced by its kind, then asked about as "it" or "they".
    (
        (
            rf"^(?:that|this|the) (?:(?-i:[a-z-]+) ){{0,2}}?{_KIND}(?: called| named|,)\s+"
            rf"(?!{_ASKS}\b|{_NO_NAME}\b)(?P<name>[^,.?!;:]{{2,40}}?)[,.:;]\s+"
            r"(?P<ask>[^,.?!]*?)\b(?:it|they|them|that one|him|her)\b(?P<rest>.*)$"
        ),
        r"\g<ask>\g<name>\g<rest>",
    ),
    # "... on this box of tricks", "on this contraption": the speaker.
    (
        r"\s+(?:on|in|from|through) (?:this|that|the) (?:\w+ )?(?:box of tricks|contraption|gadget)\b",
        "",
    ),
    # "Last weekend, the two days": the weekend said again.
    (r"\b(last|this|the) weekend,?\s+(?:the|both) (?:two|2) days\b", r"\1 weekend"),
    # "Is there a particular day and hour when I am most often listening":
    # which day and hour, the usual time.
    (
        (
            r"^is there (?:a|any) (?:particular |certain |special |usual )?(day|time|hour)"
            r"((?: of the week| of (?:the )?day)?(?: and (?:an? )?(?:hour|day|time)(?: of (?:the )?day)?)?)"
            r" when (i|we) (am|are|'m|'re)\b"
        ),
        r"what \1\2 \4 \3",
    ),
    (
        (
            r"^is there (?:a|any) (?:particular |certain |special |usual )?(day|time|hour)"
            r"((?: of the week| of (?:the )?day)?(?: and (?:an? )?(?:hour|day|time)(?: of (?:the )?day)?)?)"
            r" when (i|we) (?=usually|mostly|generally|normally|tend to|most often|listen|play)"
        ),
        r"what \1\2 do \3 ",
    ),
)


def said_by_a_kent_grandfather(text: str) -> str:
    """Return a Kent grandfather's question in the English later readers know."""
    return rewrite_marked(_MARK, _KENT_GRANDFATHER_EN, text)
