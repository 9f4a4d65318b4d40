"""Blind round twenty-five's English speakers, read in one place (issue 45's eighty-sixth turn).

Two writers, each read by a reader of their own that only rewrites a
sentence holding that speaker's marks: a Syrian refugee's A2 English
through speech to text, the time first and the verb bare (572), and a
Highland crofter's question asked after what it is about (573). They run
before the older rounds' readers, so that none of those takes "last summer
i play X" or "..., how many would that be" for a name.
"""

from .highland_crofter_en import said_by_a_highland_crofter
from .syrian_a2_en import said_as_syrian_a2


def said_in_round_twenty_five_en(text: str) -> str:
    """Return `text` with round twenty-five's English speakers' words said in standard ones."""
    return said_by_a_highland_crofter(said_as_syrian_a2(text))
