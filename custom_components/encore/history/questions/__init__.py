"""The question layer: every front door asks the history through it.

`question.py` is the value (`Question`); the answer families and the fields
every door declares once come in beside it. See README.md.
"""

from .question import RANKED_CONTENT, Content, Counted, Name, Question, Where, Whose

__all__ = [
    "RANKED_CONTENT",
    "Content",
    "Counted",
    "Name",
    "Question",
    "Where",
    "Whose",
]
