"""German of blind round sixteen's writers, grouped (issue 45's seventy-seventh turn).

One reader for `said_as_written_de`, read first of it: a terse Berlin cab
driver ("Meistjeskipptes Lied?", "Womit ging's ... los?", 523,
`berlin_cab_de`), a Turkish speaker from Duisburg through speech to text
("welche Lied ich hab viel gehört", "Lieblingslied von Ada", 526,
`duisburg_turkish_stt_de`) and a Polish speaker at B1 ("war Air bei mir
... oder nicht", 527, `polish_b1_de`). Each changes only words its own
speaker says.
"""

from .berlin_cab_de import said_in_a_berlin_cab
from .duisburg_turkish_stt_de import said_in_duisburg_turkish_stt
from .polish_b1_de import said_by_a_polish_b1_speaker


def said_in_round_sixteen_de(text: str) -> str:
    """Return `text` with these speakers' German said in standard words."""
    text = said_in_duisburg_turkish_stt(said_in_a_berlin_cab(text))
    return said_by_a_polish_b1_speaker(text)
