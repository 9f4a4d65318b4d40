"""German of blind round twelve's writers 494 to 496, 498 and 500, grouped (issue 45's seventy-third turn).

Two readers for `said_as_written_de`, so that this round's readers join
that module without touching the lines of others. Read first of all: a
Ruhr pensioner's "spring ich weiter" and "meim" (494), a Neukölln Späti
owner's "uff ... hängenjeblieben" and "dran bei uns" (495) and a Mainz
Fastnachter's "Liedscher", "vun alle Zeite", "emol de X" (496). Read
after the staff sergeant's headings: a Zurich banker's Swiss Standard
German ("seit anfangs Oktober", "Letztmals X gehört - wann war das?",
"Rapport", 498) and a Hanover teacher's exact periphrases ("am Vormittag
des heutigen Tages", 500). Each changes only words its own speaker says.
"""

from .mainz_fastnacht_de import said_in_mainz
from .neukoelln_spaeti_de import said_in_a_spaeti
from .precise_teacher_de import said_as_precise_teacher
from .ruhr_pensioner_de import said_in_the_ruhr
from .zurich_banker_de import said_as_zurich_banker


def said_in_round_twelve_de(text: str) -> str:
    """Return `text` with this round's dialect words said in standard ones."""
    return said_in_mainz(said_in_a_spaeti(said_in_the_ruhr(text)))


def said_formally_in_round_twelve_de(text: str) -> str:
    """Return `text` with this round's formal periphrases said plainly."""
    return said_as_precise_teacher(said_as_zurich_banker(text))
