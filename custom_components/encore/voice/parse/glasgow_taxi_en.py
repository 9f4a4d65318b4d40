"""A Glaswegian taxi driver's Scots (issue 45's seventy-fourth turn, blind writer 501).

Speech-to-text writes Glasgow's words as they sound: "hae", "hiv", "huv"
for have and "hud" for had ("whit band hae ah been playin", "whit hud ah on
this mornin"), "oan" for on, "ony" for any ("ony daft punk the day?"),
"hauf eight" for half past eight, "naw wait" taking a time back, "can ah
no" for can't I, "ma go tae band" for the go-to one, "stuck on" for
played. Between fares he opens with "aye hen, quick wan afore ma next
fare" and calls anyone "hen". No reader knew these: the net caught nothing,
"hauf eight" was dropped and the whole morning answered (a wrong fact),
"stuck" and the opener were searched as names.

Run on the words as said, before `glasgow_en` reads Scots' older words; only
a sentence with one of his Scots words is read (`_MARK`), so "have" and
"half" of anyone else's English are left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:ah|ma|hae|hiv|huv|hud|oan|ony|hauf|naw|hen|wan|afore|whit|wis|tae"
    r"|the day|the night|yesterdy|everythin|pure)\b",
    re.IGNORECASE,
)

_NUMBER: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)

_GLASGOW_TAXI_EN: Final[tuple[Rule, ...]] = (
    # Said to the passenger or the speaker before the question: "aye hen,
    # quick wan afore ma next fare", "right hen", "..., hen". Nothing asked.
    (
        r"^(?:(?:aye|right|och|so|okay|naw)[,.]?\s+)*(?:hen|pal|big man|mate)\b[,.]?\s*",
        "",
    ),
    (
        (
            r"^(?:(?:aye|right|och|so|okay)[,.]?\s+)*quick (?:wan|one|question)"
            r"(?:\s+(?:afore|before) (?:ma|my|the) next (?:fare|job|hire|pick ?up))?[,.:]?\s*"
        ),
        "",
    ),
    (
        r"[,.]?\s+(?:afore|before) (?:ma|my|the) next (?:fare|job|hire|pick ?up)(?=\W*$)",
        "",
    ),
    (r"[,\s]+(?:hen|pal|big man)(?=\W*$)", ""),
    # "Whit hud ah on this mornin": what did I have on; "hae", "hiv",
    # "huv" are have, "hud" had, "oan" on.
    (r"\b(what|whit) (?:hud|had) (ah|i|we) (?:oan|on)\b", r"\1 did \2 play"),
    (r"\b(?:hae|hiv|huv)\b", "have"),
    (r"\bhud\b", "had"),
    (r"\boan\b", "on"),
    # "When did ah last hae X on": when did I last have X on (above, "hae"
    # is already "have").
    # "How many tunes hiv ah stuck on": played; "stick on", "pit on" too.
    (
        r"\b(have|has|had) (ah|i|we) (?:stuck|stickit|pit|putten|pitten|bunged|whacked) on\b",
        r"\1 \2 played",
    ),
    (
        r"\b(did|do|dae) (ah|i|we) (?:stick|pit|bung|whack) on\b",
        r"\1 \2 put on",
    ),
    # "Whit tune can ah no stop playin": can't I stop.
    (r"\bcan (ah|i|we) no\b", r"can't \1"),
    # "Ma go tae band": my go-to one, the top.
    (r"\b(ma|my|oor|our) go[- ]tae\b", r"\1 go-to"),
    # "Ony daft punk the day?": did I have any on today. Only "ony" said
    # first with a time said last.
    (
        r"^ony (?P<name>.+?) (?P<when>the day|the night|yesterdy|yesterday|last night|this week|this month)\W*$",
        r"did I play any \g<name> \g<when>",
    ),
    (r"\bony\b", "any"),
    # "At hauf eight": half past seven is never meant, "half eight" is 8:30.
    (rf"\bhauf (?=(?:past )?{_NUMBER}\b)", "half "),
    (r"\bhauf\b", "half"),
    # "On tuesday naw wait the third o november": a time taken back.
    (r"[,\s]+naw(?:,)?\s+(?=(?:wait|sorry|hang on|i mean)\b)", ", no "),
    (r"[,\s]+naw,?\s+(?=(?:the|on|in|last|this|yesterd\w*)\b)", ", no, "),
    # "The third o november": Scots "o" is "of" before a month.
    (
        (
            r"\b(\w+) o (?=(?:january|february|march|april|may|june|july|august"
            r"|september|october|november|december)\b)"
        ),
        r"\1 of ",
    ),
    # "Am ah pure skippin everythin": "pure" only says how much.
    (r"\bpure (?=\w+in'?\b|\w+ing\b|obsessed|mad|hooked|addicted)", ""),
    # "Skippin everythin": skipping a lot, no name "everything".
    (r"\bskippin[g']? (?:everythin|everything)\b", "skipping a lot"),
    (r"\b(every|any|no|some)thin\b(?!')", r"\1thing"),
    (r"\bafore\b", "before"),
    (r"\byesterdy\b", "yesterday"),
    # "Whit did ah play the night": tonight, this evening (never a room).
    (
        (
            r"\b(play|played|playin|playing|listen to|listened to|listenin tae|heard|hear|had on"
            r"|skip|skipped) the night(?! (?:before|after|shift|shifts|bus|out)\b)"
        ),
        r"\1 tonight",
    ),
)


def said_in_a_glasgow_taxi(text: str) -> str:
    """Return a Glaswegian taxi driver's Scots said in the English later readers know."""
    return rewrite_marked(_MARK, _GLASGOW_TAXI_EN, text)
