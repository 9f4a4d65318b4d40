"""German of blind round twelve's writers 494, 495 and 496, grouped (issue 45's seventy-third turn).

One reader for `said_as_written_de`, so that this round's readers join
that module without touching the lines of others: a Ruhr pensioner's
"spring ich weiter" and "meim" (494), a Neukölln Späti owner's "uff ...
hängenjeblieben" and "dran bei uns" (495) and a Mainz Fastnachter's
"Liedscher", "vun alle Zeite", "emol de X" (496). Each changes only words
its own speaker says.
"""

from .mainz_fastnacht_de import said_in_mainz
from .neukoelln_spaeti_de import said_in_a_spaeti
from .ruhr_pensioner_de import said_in_the_ruhr


def said_in_round_twelve_de(text: str) -> str:
    """Return `text` with these speakers' German words said in standard ones."""
    return said_in_mainz(said_in_a_spaeti(said_in_the_ruhr(text)))
