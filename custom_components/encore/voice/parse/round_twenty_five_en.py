"""Blind round twenty-five's English speakers, read in one place (issue 45's eighty-sixth turn).

Four writers, each read by a reader of their own that only rewrites a
sentence holding that speaker's marks: a Filipino nurse's Taglish in Leeds
(574: "ilang tunes na ba yung na play ko", "kailan last ko pinatugtog si
X"); a Bangalore engineer's remarks, guesses beside a time and names said
first (578: "..., sunday probably", "from the 1st I mean", "kab", "what all
songs played"); a retired Welsh valleys miner's guesses and tags after his
question (577: "..., Sunday, is it?", "butt", "by there"); a Lagos
developer's Pidgin (575: "e reach how many times wey I play X", "X, I hear
them at all this week abi?"). They run before the older rounds' readers,
so that none of those takes a guess for the period or "e reach" for a name.

Last turn's two held-out writers' own habits run first (their wrong facts
were read for everyone in `c8f06a42`): a Syrian's A2 English (572,
`syrian_a2_en`: "in last week which band i am listen too much", "last
month how much i press next") and a Highland crofter's (573,
`highland_crofter_en`: "..., how many would that be", "that one by Air
with the daft name, Sexy Boy").
"""

from .bangalore_engineer_en import said_by_a_bangalore_engineer
from .highland_crofter_en import said_by_a_highland_crofter
from .lagos_developer_en import said_by_a_lagos_developer
from .leeds_nurse_taglish_en import said_by_a_leeds_nurse
from .syrian_a2_en import said_as_syrian_a2
from .valleys_miner_en import said_by_a_valleys_miner


def said_in_round_twenty_five_en(text: str) -> str:
    """Return `text` with round twenty-five's English speakers' words said in standard ones."""
    text = said_by_a_highland_crofter(said_as_syrian_a2(text))
    # A Filipino nurse's Taglish (574) before any reader takes her "ba",
    # "na" or "kasi ..." for a name or "nung August" for one day.
    text = said_by_a_bangalore_engineer(said_by_a_leeds_nurse(text))
    return said_by_a_lagos_developer(said_by_a_valleys_miner(text))
