"""Blind round twenty-five's German (issue 45's eighty-sixth turn, blind writers 576, 578).

A Polish builder's A2 German (576, `polish_builder_de`: "meiste Podcast
letzte dreißig Tage welche") and a Palatine vintner's (578,
`palatine_vintner_de`: "sin'n", "Sticker", "dieselwe", "uffgstanne"), run
first of `said_as_written_de`'s newest rounds. Each reader rewrites only
under its own speaker's marks.
"""

from .palatine_vintner_de import said_as_palatine_vintner
from .polish_builder_de import said_as_polish_builder


def said_in_round_twenty_five_de(text: str) -> str:
    """Return `text` with round twenty-five's builder's and vintner's German said plainly."""
    return said_as_palatine_vintner(said_as_polish_builder(text))
