"""An elderly, long-winded Tyrolean woman (issue 45's seventy-eighth turn, blind writer 530).

She names a podcast by what it is ("diese Daily-Sendung"), adds who showed
her the music after her question ("..., der Enkel hat ihn mir gezeigt"),
names the performer after the song ("das Lied Eres gehört, von diesem Café
Tacvba") and asks of herself as a kind of listener ("bin ich eher eine,
die am Vormittag zuhört, oder am Nachmittag"). Read on the words as said,
first of `said_as_written_de`; each rule's own words are its mark, so no
other speaker's question is touched. Her "am vorigen Freitag", answered
with today (a wrong fact), is read in `when.days` for everyone.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\w-sendung\b|\bhat (?:ihn|sie|es) mir gezeigt\b|\bgehört,\s*von diese[mnr]\b"
    r"|^bin ich (?:eher |mehr )?(?:eine|einer|jemand),",
    re.IGNORECASE,
)

_TYROL_GRANDMOTHER: Final[tuple[Rule, ...]] = (
    # "Diese Daily-Sendung": the podcast by its name and what it is.
    (r"\b(?:diese|die|dieser|der) (\w+)-sendung\b", r"den Podcast The \1"),
    # "..., der Enkel hat ihn mir gezeigt": who showed it to her, not asked.
    (
        (
            r",\s*(?:der|die|mein|meine|mei) (?:enkel|enkelin|enkerl|tochter|sohn|bua|"
            r"schwiegertochter|schwiegersohn|nachbar|nachbarin)\w* hat (?:ihn|sie|es) mir gezeigt\b[^?]*"
        ),
        "",
    ),
    # "Das Lied X gehört, von diesem Y": the performer said after the verb.
    (
        r"\b(das (?:lied|stück|stückerl|liedl) .+?) gehört,\s*von diese[mnr] (.+?)(?=\W*$)",
        r"\1 von \2 gehört",
    ),
    # "Bin ich eher eine, die am Vormittag zuhört, oder am Nachmittag":
    # which part of the day she listens in more.
    (
        (
            r"^bin ich (eher |mehr )?(?:eine|einer|jemand),? (?:die|der) (eher |mehr )?(.+?) "
            r"(?:zuhört|lost),? oder (.+)$"
        ),
        r"höre ich \1\2\3 oder \4",
    ),
)


def said_as_tyrol_grandmother(text: str) -> str:
    """Return `text` with a long-winded Tyrolean's words said plainly."""
    return rewrite_marked(_MARK, _TYROL_GRANDMOTHER, text, squeeze=True)
