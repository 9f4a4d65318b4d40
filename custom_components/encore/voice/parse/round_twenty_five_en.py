"""Blind round twenty-five's English speakers, read in one place (issue 45's eighty-sixth turn).

Three writers, each read by a reader of their own that only rewrites a
sentence holding that speaker's marks: a Bangalore engineer's remarks,
guesses beside a time and names said first (578: "..., sunday probably",
"from the 1st I mean", "kab", "what all songs played"), read first; a
retired Welsh valleys miner's guesses and tags after his question (577:
"..., Sunday, is it?", "butt", "by there"); a Lagos developer's Pidgin
(575: "e reach how many times wey I play X", "X, I hear them at all this
week abi?"). They run before the older rounds' readers, so that none of
those takes a guess for the period or "e reach" for a name.
"""

from .bangalore_engineer_en import said_by_a_bangalore_engineer
from .lagos_developer_en import said_by_a_lagos_developer
from .valleys_miner_en import said_by_a_valleys_miner


def said_in_round_twenty_five_en(text: str) -> str:
    """Return `text` with round twenty-five's English speakers' words said in standard ones."""
    text = said_by_a_bangalore_engineer(text)
    return said_by_a_lagos_developer(said_by_a_valleys_miner(text))
