"""The past's habit said with "always" (issue 45's sixty-fifth turn).

A Welsh farmer's wife (blind writer 432) asked "which record was I always
putting on this summer": the one put on most, as "what was I always playing
last month" and "who was I always listening to in October" ask the most
played, never what played (read so, "what was I always playing" was
answered with the period's plays). Only "always" with the past's "-ing"
after the asker, and a question word opening it: "was I always this tired"
holds no verb of listening, and "what was always on" stays as it was.
"""

from typing import Final

from .rules import Rule, rewrite

_KIND = r"(record|album|song|track|tune|artist|band|singer|podcast|show)s?"
_DOING = r"(?:putting on|playing|listening to|spinning|having on|sticking on|hearing)"

HABITUAL_EN: Final[tuple[Rule, ...]] = (
    (
        rf"^(which|what) {_KIND} (?:was|were) (i|we) (?:always|forever|constantly) {_DOING}\b",
        r"\1 \2 did \3 play the most",
    ),
    (
        rf"^who (?:was|were) (i|we) (?:always|forever|constantly) {_DOING}\b",
        r"who did \1 listen to the most",
    ),
    (
        rf"^what (?:was|were) (i|we) (?:always|forever|constantly) {_DOING}\b",
        r"what did \1 play the most",
    ),
)


def undo_habitual_en(words: str) -> str:
    """Return normalized English words with the past's "always -ing" as the most."""
    return rewrite(HABITUAL_EN, words)
