"""Blind round twenty-four's English speakers, read in one place (issue 45's eighty-fifth turn).

Five writers, each read by a reader of their own that only rewrites a
sentence holding that speaker's marks: a Russian B1 learner's word order
(569) and a Belfast electrician's "wee" and dropped g (568), a Minnesotan
retiree's remarks around her question (570), a Port of Spain taxi driver's
"ah" for I with no auxiliary (571), a Montrealer's French openers and her
name said first (567). They run before the older rounds' readers, so that
none of those takes "wee" to narrow, "the week" for this week, "ah" for a
sound or "the Daft Punk, ..." for a name.
"""

from .belfast_sparky_en import said_by_a_belfast_sparky
from .minnesota_retiree_en import said_by_a_minnesota_retiree
from .montreal_b1_en import said_by_a_montreal_b1
from .russian_b1_en import said_as_russian_b1
from .trini_taxi_en import said_by_a_trini_taxi_driver


def said_in_round_twenty_four_en(text: str) -> str:
    """Return `text` with round twenty-four's English speakers' words said in standard ones."""
    text = said_by_a_belfast_sparky(said_as_russian_b1(text))
    text = said_by_a_minnesota_retiree(text)
    return said_by_a_montreal_b1(said_by_a_trini_taxi_driver(text))
