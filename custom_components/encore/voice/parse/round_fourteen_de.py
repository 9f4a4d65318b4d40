"""German of blind round fourteen's writers 510, 512 and 513, grouped (issue 45's seventy-fifth turn).

One reader for `said_as_written_de`, read first of it: a Dutch B1
learner ("gistern", "nummers", "het", 510, `dutch_b1_de`), a child of nine
("gelauft", "das Lied wo so geht", 512, `child_nine_de`) and an Italian
pensioner's Gastarbeiter German ("Wocke", "Musica", "am Wochenende
letzte", 513, `gastarbeiter_it_de`). Each changes only words its own
speaker says.
"""

from .child_nine_de import said_as_child_nine
from .dutch_b1_de import said_as_dutch_b1
from .gastarbeiter_it_de import said_as_gastarbeiter_it


def said_in_round_fourteen_de(text: str) -> str:
    """Return `text` with these speakers' German said in standard words."""
    return said_as_gastarbeiter_it(said_as_child_nine(said_as_dutch_b1(text)))
