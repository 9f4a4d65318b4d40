"""Two names set against each other: "was it Queen or them French lads I had on most" (held-out writer 573).

A Highland crofter asked which of two he had played more: "was it Queen or
them French lads I had on most last year, which was it". Encore has no
question that weighs two names alone; it ranks. "I had on most" with no
kind ranked songs (a wrong fact: his two were bands), and "did I play Queen
or Daft Punk more" asked only whether Queen was played. Two names said
against each other with "more" or "most" are people far more often than
songs, so the question is the ranking of artists for the time said: the
answer names who he had on most. It does not yet say where the other name
stands when neither is near the top; that would take a question of two
names' counts, which the question layer does not have.

Never a choice between kinds of listening or parts of the week ("did I
play songs or podcasts more", "mornings or evenings"): those are read by
`asked` as comparisons of their own.
"""

import re
from typing import Final

# Words that make "X or Y" a comparison Encore reads otherwise: kinds of
# listening, parts of the day or week, and words of a time.
_NOT_A_NAME: Final = (
    r"(?:(?:the |my |our )?(?:music|songs?|tracks?|tunes?|podcasts?|episodes?|albums?|artists?"
    r"|bands?|singers?|shows?|mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?"
    r"|week|month|year|summer|winter|today|yesterday|this \w+|last \w+|more|less|not|no|what"
    r"|in|at|on|by|during|before|after|around)\b)"
)
_NAME: Final = rf"(?!{_NOT_A_NAME})[^,?.!]{{2,40}}?"
_HAD: Final = (
    r"(?:had on|have had on|have on|put on|played|play|listened to|listen to|heard|hear"
    r"|been playing|been listening to)"
)
_WHEN: Final = (
    r"(?P<when>(?: (?:in |over |during )?(?:this|last|the last|the past) [\w ]{2,20}?"
    r"| yesterday| today| lately| recently| ever| since [\w ]{2,20}?))?"
)
_EITHER: Final = (
    # "Was it Queen or them French lads I had on most last year".
    re.compile(
        rf"^(?:so |och |and |but )?(?:was|is) it (?P<one>{_NAME}) or (?P<other>{_NAME})"
        rf" (?:that |who |which )?(?:i|we) {_HAD} (?:the )?most{_WHEN}(?:,.*)?\W*$",
        re.IGNORECASE,
    ),
    # "Did I play Queen or Daft Punk more last year".
    re.compile(
        rf"^(?:so |and |but )?(?:did|do|have) (?:i|we) {_HAD} (?P<one>{_NAME}) or (?P<other>{_NAME})"
        rf" (?:the )?(?:more|most)(?: often)?{_WHEN}(?:,.*)?\W*$",
        re.IGNORECASE,
    ),
    # "Did I play more Queen or Daft Punk".
    re.compile(
        rf"^(?:so |and |but )?(?:did|do|have) (?:i|we) {_HAD} more (?:of )?(?P<one>{_NAME}) or (?P<other>{_NAME})"
        rf"{_WHEN}(?:,.*)?\W*$",
        re.IGNORECASE,
    ),
    # "Who did I play more last year, Queen or Daft Punk".
    re.compile(
        rf"^(?:so |and |but )?who (?:did|do|have) (?:i|we) {_HAD} (?:the )?(?:more|most){_WHEN},?"
        rf" (?P<one>{_NAME}) or (?P<other>{_NAME})\W*$",
        re.IGNORECASE,
    ),
)


def said_of_either_name(text: str) -> str:
    """Return "was it X or Y I had on most last year" as "who did I listen to the most last year"."""
    for pattern in _EITHER:
        if (found := pattern.match(text)) is not None:
            return f"who did I listen to the most{found['when'] or ''}"
    return text
