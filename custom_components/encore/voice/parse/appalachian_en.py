"""Appalachian English (issue 45's seventy-second turn, blind writer 490).

A retired West Virginia miner drops the g ("a-playin' this mornin'"),
says "that'n" (that one) for a song he named first ("Don't Stop Me Now,
did I hear that'n on Saturday"), "whatcha got for" (what is), "who'd I
find new" for the new artists, and closes with a remark ("..., anybody I
never heard before"; "..., I been all over the holler and plumb
forgot"), which had been read as a name. He puts a filler between a day
and its clock time ("last Friday right at noon", "yesterday like eight
o'clock"), as many speakers do: the day was lost and the time alone
read, so that filler goes (a day kept is never a broader period).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_DAY: Final = (
    r"(?:yesterday|today|tonight|this (?:morning|afternoon|evening)"
    r"|(?:last |this past |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)

_APPALACHIAN_EN: Final[tuple[Rule, ...]] = (
    # The dropped g of the verbs and times he says, with or without "a-".
    (
        r"\b(?:a-)?(morn|even|play|listen|hear|spinn|runn|skipp|find)in'(?!\w)",
        r"\1ing",
    ),
    # "Last Friday right at noon", "yesterday like eight o'clock".
    # Only before a clock: "yesterday, like the very first song", "Saturday
    # just gone" keep their words; nor a guess ending the question
    # ("how many songs did I play today, like ten").
    (
        (
            rf"\b({_DAY})(?!,? like (?:(?:around|about) )?[\w-]+\s*[?.!]*$),? (?:like|right|just|round about|right around) (?:at )?"
            r"(?=(?:(?:around|about) )?(?:\d|noon|midday|midnight|half|quarter|one|two|three|four|five|six|seven"
            r"|eight|nine|ten|eleven|twelve|twenty)\b)"
        ),
        r"\1 at ",
    ),
    (r"^whatcha got (?:for|on) ", "what is "),
    (r"^you might could (?=tell|show|give)", "could you "),
    # "Don't Stop Me Now, did I hear that'n on Saturday": the name itself.
    (
        r"^(?P<name>[^,]+),\s*(?P<ask>did (?:i|we) (?:hear|play|listen to|have)) (?:that'n|this'n|that one)\b",
        r"\g<ask> \g<name>",
    ),
    (r"\b(th(?:at|is))'n\b", r"\1 one"),
    # "Who'd I find new last summer": which new artists.
    (
        r"^who(?:'d| did) (i|we) (?:find|discover|come across|pick up) new\b",
        r"which new artists did \1 find",
    ),
    # A remark closing the question asks nothing more.
    (
        r",\s*(?:anybody|anyone|somebody|someone|anything) (?:i|we)(?:'d)? (?:never|ain't never|hadn't) heard(?: of)?(?: before)?\W*$",
        "",
    ),
    (
        r",\s*(?:i|i've|i'd) (?:been|was|plumb|clean|done) [\w' ]*?(?:forgot|forgotten|lost track)\W*$",
        "",
    ),
)


def said_in_appalachia(text: str) -> str:
    """Return an Appalachian speaker's question said plainly."""
    return rewrite(_APPALACHIAN_EN, text, re.IGNORECASE)
