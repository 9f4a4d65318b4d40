"""Indian English's tenses for the history (issue 45's sixty-fifth turn).

A Bangalore engineer (blind writer 433) put the present continuous where
British and American English put the perfect ("since when I am listening to
Wet Leg": since when have I been) and said the name first, with "any time"
for ever ("Sexy Boy by Air I have listened any time": have I ever). Both
were left unread. Each rule needs its question's frame whole: "since when"
opening it, or a name said first with "I have" and "any time" closing it.
"""

from typing import Final

from .rules import Rule, rewrite

_ING = r"(listening to|playing|hearing|streaming)"

INDIAN_TENSES_EN: Final[tuple[Rule, ...]] = (
    (rf"^since when (i|we) (?:am|are|'m) {_ING}\b", r"since when have \1 been \2"),
    (
        (
            r"^(?!(?:how|what|which|who|when|did|do|have|has|i|we)\b)(.+?) (i|we) (?:have|had)"
            r" (?:listened|played|heard|streamed)(?: to)? (?:any ?time|ever|at any time|any time before)$"
        ),
        r"have \2 ever listened to \1",
    ),
)


def undo_indian_tenses_en(words: str) -> str:
    """Return normalized English words with Indian English's tenses as the perfect."""
    return rewrite(INDIAN_TENSES_EN, words)
