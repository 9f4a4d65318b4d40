"""A terse Saarland steelworker's German (issue 45's eighty-second turn, blind round twenty-one).

Blind writer 548, a steelworker in his early fifties, says "isch" for
"ich", "welsch-" for "welch-" and asks in few words, his own way:

- "was heer isch eischentlisch fier Zeich" (what stuff do I listen to at
  all: the taste; it had been read as what played);
- "heer isch immer es Gleiche" (do I always hear the same: the repeat
  rate; no reader knew "es Gleiche");
- "welsche Band fliegt bei mir am ehschde raus" (which band gets thrown
  out soonest: the artist he skips most);
- "welsches Lied mach isch in letschder Zeit ständisch an" (the song he
  keeps putting on: on repeat; "in letschder Zeit" is that question's
  own time, never a period);
- "nommidaachs oder owends, wann lauft mehr Musik" (the parts of the day
  compared; "nommidaachs" had been left out and the question read as the
  usual hour).

Read first of `said_as_written_de`, on the words as said, only where his
marks are heard (`_MARK`: "isch" after a verb, a "welsch-", his words
"eischentlisch", "ehschde", "ständisch", "nommidaachs", "Zeich"), so a
standard question or a command ("mach isch es Radio an") keeps its words:
each rule also holds to its own whole question.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:heer|hör|mach|drück|hann|fliegt|fliescht) isch\b|\bwelsch\w*\b"
    r"|\b(?:eischentlisch|ehschde|ehschte|ständisch|nommidaachs|nommidaags|zeich|zeisch)\b",
    re.IGNORECASE,
)

# What he asks after: a kind of the history, said his way or the standard's.
_KIND: Final = r"(?:lied|liedsche|song|stick|stück|album|platt|platte|podcast)"
_ARTIST: Final = r"(?:band|künschtler|künstler|kinschtler|sänger|sängerin|gruppe|grupp)"
# "In letschder Zeit", "zurzeit", "grad": the on-repeat question's own time.
_LATELY: Final = (
    r"(?:(?:in |de )?(?:letschder|letschter|letzter) zeit |zurzeit |zur zeit |grad |gerade "
    r"|im moment |momentan |die daache |die tage )?"
)
# "Ständisch", "dauernd", "immer widder": again and again.
_AGAIN: Final = (
    r"(?:ständisch|ständig|dauernd|andauernd|immer widder|immer wieder|immerzu)"
)

# "Am ehschde", "am schnellschde", "immer": soonest thrown out, skipped most.
_SOONEST: Final = (
    r"(?:am ehschde|am ehschte|am ehesten|am schnellschde|am schnellsten|am meischde"
    r"|am meisten|am efteschde|am öftesten|immer)"
)
# "Eischentlisch", "iwwerhaupt": at all, said before or after "fier Zeich".
_AT_ALL: Final = r"(?:eischentlisch|eigentlich|iwwerhaupt|so)"
_STUFF: Final = r"(?:fier|für|fer) (?:zeich|zeisch|zeug)"

_RULES: Final[tuple[Rule, ...]] = (
    # "Was heer isch eischentlisch fier Zeich": what stuff he listens to at
    # all is his taste ("Zeich" is Zeug), never what played.
    (
        rf"^(?:was|wat) (?:heer|hör|höre) isch (?:{_AT_ALL} )*{_STUFF}\W*$",
        "was für zeug höre ich eigentlich",
    ),
    (
        rf"^(?:was|wat) {_STUFF} (?:heer|hör|höre) isch(?: {_AT_ALL})*\W*$",
        "was für zeug höre ich eigentlich",
    ),
    # "Heer isch immer es Gleiche": the same songs again, the repeat rate.
    (
        (
            r"^(?:heer|hör|höre|mach) isch (?:immer|ständisch|ständig|dauernd|immer widder)"
            r" (?:nur )?(?:es|'s|des|das) (?:gleiche|selwe|selbe)\W*$"
        ),
        "höre ich immer das gleiche",
    ),
    (
        r"^(?:heer|hör|höre) isch (?:immer|ständisch|ständig|dauernd) (?:nur )?(?:dasselwe|desselwe|dasselbe)\W*$",
        "höre ich immer das gleiche",
    ),
    # "Welsche Band fliegt bei mir am ehschde raus": the artist he skips
    # most ("rausfliegen" is being skipped); a song said so is the song.
    (
        rf"^(?:welsche[snrm]?|welche[snrm]?) {_ARTIST} (?:fliegt|fliescht) bei (?:mir|mer|uns) {_SOONEST} raus\W*$",
        "welche band überspringe ich am meisten",
    ),
    (
        rf"^wer (?:fliegt|fliescht) bei (?:mir|mer|uns) {_SOONEST} raus\W*$",
        "wen überspringe ich am meisten",
    ),
    (
        rf"^(?:welsche[snrm]?|welche[snrm]?) {_KIND} (?:fliegt|fliescht) bei (?:mir|mer|uns) {_SOONEST} raus\W*$",
        "welches lied überspringe ich am meisten",
    ),
    # "Welsches Lied mach isch in letschder Zeit ständisch an": the song he
    # keeps putting on is the one on repeat.
    (
        rf"^(?:welsche[snrm]?|welche[snrm]?) ({_KIND}) (?:mach|mache) isch {_LATELY}{_AGAIN} an\W*$",
        r"welches \1 höre ich in dauerschleife",
    ),
    # "Nommidaachs": the afternoons, beside the other parts of the day.
    (r"\bnommidaa(?:ch|g)s\b", "nachmittags"),
)


def said_as_saar_steelworker(text: str) -> str:
    """Return `text` with the Saarland steelworker's turns said in standard ones."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
