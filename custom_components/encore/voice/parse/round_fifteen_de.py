"""German of blind round fifteen's writers 515 to 518, grouped (issue 45's seventy-sixth turn).

One reader for `said_as_written_de`, read first of it: a terse Hamburg
docker ("Oktober. Kurz zusammenfassen.", 515, `hamburg_terse_de`), a
chatty Swabian from Stuttgart ("Stückle", "laufe g'habt", 516,
`stuttgart_de`), a Dortmund teenager ("safe tausende", "angemacht", 517,
`dortmund_teen_de`) and a Münsterland grandmother ("die Mexikaner da",
"war da X bei", 518, `muensterland_de`). Each changes only words its own
speaker says.
"""

from .dortmund_teen_de import said_as_dortmund_teen
from .hamburg_terse_de import said_as_hamburg_terse
from .muensterland_de import said_in_muensterland
from .stuttgart_de import said_in_stuttgart


def said_in_round_fifteen_de(text: str) -> str:
    """Return `text` with these speakers' German said in standard words."""
    text = said_in_stuttgart(said_as_hamburg_terse(text))
    return said_in_muensterland(said_as_dortmund_teen(text))
