"""English ways read on the words as said, grouped (issue 45's seventy-first turn).

Two rounds of blind writers' English, one row of `plainly.WAYS` (grouped to
keep that module under 800 lines), in the order they run: the sixty-ninth
turn's slurred s ("lasht night", "thish shong", 471), said plainly before any
reader looks for "last", "song" or "yesterday"; then the seventy-first
turn's parent at the stove (482: "... Ben stop singing it", "wensday", "how
many ours"), Singlish's tails (483: ", cannot remember lor", "got how
many"), and the Welsh valleys' "mun" and a child's "the X song" (484, 485),
before any reader takes an aside for a name or a comma clips the question.
First of all, the seventy-fourth turn's Bajan (489: "wuh", "muh", "fuh",
"Saturday gone", "..., which one").
Each reader changes only words its own speaker says.
"""

from .bajan_en import said_in_bajan
from .cooking_parent_en import said_while_cooking
from .singlish_tails_en import said_in_singlish_again
from .slurred_en import said_slurred
from .valleys_and_child_en import said_in_the_valleys_or_by_a_child


def said_as_written_en(text: str) -> str:
    """Return `text` with these speakers' English words said in standard ones."""
    text = said_in_singlish_again(said_while_cooking(said_slurred(said_in_bajan(text))))
    return said_in_the_valleys_or_by_a_child(text)
