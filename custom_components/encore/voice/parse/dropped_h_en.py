"""English with its h dropped, Birmingham's and the West Country's (issue 45's fifty-fourth turn).

Blind writer 334 (Birmingham) asked "'ave I found anyone new this month",
"ow many different bands have I 'ad on since March", "ere bab, who've I
had on the most" and "what track 'ave I bin caning lately bab"; writer 332
(a farmer) asked "who 'ave I been proper stuck on lately, which singer
like", read as what played lately: a wrong fact. The apostrophe that marks
the dropped h hid the word from every reader after this one, and "bab"
(a Brummie's "love") was read as a name. Each rule is the shape of the
dropped h, or a word of address said around the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The words a Londoner or a Brummie says without their h, the apostrophe
# marking it: "'ow many", "'ear", "'ooked on", "'eavy rotation". Only these:
# "'em", "'til", "'cause", "'bout" lost other letters.
_H_WORDS: Final = re.compile(
    r"(?<![\w'])'(ow|ave|ad|as|aven't|adn't|asn't|ear|eard|earin'?|earing|ere|"
    r"ooked|eavy|ouse|ousehold|alf|our|ours|ome|it|its|ard|ardly|ey|im|er|is|"
    r"appen|appened|oliday|olidays|eadphones|umming)(?![\w'])",  # codespell:ignore appen,appened
    re.IGNORECASE,
)

_DROPPED_H_EN: tuple[Rule, ...] = (
    # "Ow many", "ow long", "ow much": how, said where a question opens.
    (r"(^|,\s*)ow (?=(?:many|much|long|often|was|did|is|about)\b)", r"\1how "),
    # "Ere bab, ...", "..., bab": a word of address, nothing asked.
    (r"^'?ere,?\s+(?:bab,?\s+)?", ""),
    (r"^bab,?\s+", ""),
    (r",?\s+bab\b[?.!]*\s*$", ""),
    # Blind writer 338's clipped words: "play em" (them), "how many
    # times'd I" (did I), "somethin'", and a band named by its lot ("that
    # Air bunch", "Cafe Tacuba, the Mexican fellas, ..."): read as names.
    (
        r"\b(play|played|put|had|have|hear|heard) em (?=on|since|in|this|last)\b",
        r"\1 them ",
    ),
    (r"\btimes'd (i|we) (?=play|hear|listen)\b", r"times did \1 "),
    (r"\bsomethin'?(?!\w)", "something"),
    (
        r"^that ([\w' .&-]+?) (?:bunch|fellas),\s*(?=(?:how|did|when|what|have)\b)",
        r"\1, ",
    ),
    (
        r"^((?:that )?[\w' .&-]{2,40}),\s*the [\w-]+ (?:fellas|fellers),\s*",
        r"\1, ",
    ),
    # "Been proper stuck on", "been really stuck on": "been stuck on", read
    # as hooked on ("really stuck on" was read as put on). Scots' "fair"
    # too (issue 45's sixty-fourth turn, blind writer 419, a Highland
    # crofter: "which singer have I been fair stuck on lately").
    (r"\bbeen (?:proper|really|well|dead|fair) (?=stuck on\b)", "been "),
)


def said_with_h_dropped(text: str) -> str:
    """Return a question said with its h dropped, its h said, commas kept."""
    return rewrite(_DROPPED_H_EN, text, re.IGNORECASE)


def said_with_h(text: str) -> str:
    """Return "'ow many", "'ear", "the 'ole 'ousehold" with their h said.

    Read before every other English reader: each knows "how", none "'ow".
    """
    text = re.sub(r"(?<![\w'])'ole(?![\w'])", "whole", text, flags=re.IGNORECASE)
    return _H_WORDS.sub(lambda found: "h" + found[1], text)
