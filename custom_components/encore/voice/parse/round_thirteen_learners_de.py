"""German of blind round thirteen's writers 502, 505 and 507, grouped (issue 45's seventy-fourth turn).

One reader for `said_as_written_de`, read first of it, so that this round's
readers join that module without touching the lines of others: a
Russian-German late resettler's order and "normal" (502,
`russian_german_de`), an American expat's English words ("different
Lieder", "meine Taste in Musik", 505, `american_expat_de`) and a poor
recogniser's homophones and split words ("wahr", "seid wie", "tages zeit",
507, `misrecognised_de`). Each changes only words its own speaker says.
"""

from .american_expat_de import said_as_american_expat
from .misrecognised_de import said_as_misrecognised
from .russian_german_de import said_as_russian_german


def said_by_round_thirteen_learners_de(text: str) -> str:
    """Return `text` with these speakers' German said in standard words."""
    return said_as_russian_german(said_as_american_expat(said_as_misrecognised(text)))
