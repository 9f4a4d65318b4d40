"""Issue 45's eighty-seventh turn (blind round twenty-six): a Jamaican grandmother's asks and recaps.

Held-out writer 579, a Jamaican grandmother in Birmingham in her seventies,
asked whether she played something as what the gadget heard her do ("yuh
hear mi play Don't Stop Me Now yesterday": no question word, nothing was
asked) and how a time went for her ("how October go fi mi, all di
listening", "so how mi week go, music wise": the net heard the second, but
no reader knew "go" as a recap).

Read now by `parse/birmingham_grandma_en.py`, run first of
`said_as_written_en`, only where her "mi", "yuh" or "fi" are said. The rows
after her own are the same shapes said another way. Her "yuh hear mi
play X" and "how October go fi mi" still reach no sentence of the net
(read by the parser, not yet heard by Home Assistant).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "yuh hear mi play Don't Stop Me Now yesterday",
        "did i play don't stop me now yesterday",
    ),
    (
        "en",
        "how October go fi mi, all di listening",
        "how was my listening in october",
    ),
    ("en", "so how mi week go, music wise", "how was my week in music"),
    # The same said another way.
    ("en", "yuh see mi put on any Queen dis week?", "did i play any queen dis week?"),
    ("en", "yuh know if mi play Justice today", "did i play justice today"),
    ("en", "how mi month go, music wise", "how was my month in music"),
    ("en", "how di year go fi mi", "how was my year in music"),
    ("en", "so how August go fi mi", "how was my listening in august"),
)

ANSWERED: tuple[Answered, ...] = (
    # Her own, which the net heard but no reader understood.
    ("so how mi week go, music wise", "how was my week in music", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("yuh hear mi? play Queen inna di kitchen", "en"),
    ("play Don't Stop Me Now fi mi", "en"),
)
