"""Blind round twenty-five's English speakers, read in one place (issue 45's eighty-sixth turn).

Two writers, each read by a reader of their own that only rewrites a
sentence holding that speaker's marks: a retired Welsh valleys miner's
guesses and tags after his question (577: "..., Sunday, is it?", "butt",
"by there") and a Lagos developer's Pidgin (575: "e reach how many times
wey I play X", "X, I hear them at all this week abi?"). They run before
the older rounds' readers, so that none of those takes his guess for the
period or "e reach" for a name.
"""

from .lagos_developer_en import said_by_a_lagos_developer
from .valleys_miner_en import said_by_a_valleys_miner


def said_in_round_twenty_five_en(text: str) -> str:
    """Return `text` with round twenty-five's English speakers' words said in standard ones."""
    return said_by_a_lagos_developer(said_by_a_valleys_miner(text))
