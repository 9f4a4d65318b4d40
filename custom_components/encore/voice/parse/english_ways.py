"""The ways English speakers ask, undone in one order before a question is read.

Each module holds one way of speaking, written down from an outside writer's
phrasings (issue 45): a checked guess and its tag, a Singaporean's particles,
a joker's dares and asides, a Japanese speaker's word order, a concert-goer's
words, a terse typist's and a record collector's. `speech.prepare` applies
them all; their order is the point of this module.
"""

from collections.abc import Callable
from functools import partial

from .banter_en import undo_banter
from .child_en import undo_child_en
from .dj_en import undo_dj
from .doubted_en import undo_doubted_en
from .formal_en import FORMAL_EN
from .gamer_en import undo_gamer_en
from .habitual_en import undo_habitual_en
from .hurried import undo_teen_en
from .indian_en import undo_indian
from .indian_tenses_en import undo_indian_tenses_en
from .irish_en import undo_irish
from .jargon_en import undo_jargon
from .keywords_en import undo_keywords
from .learner import FALSE_FRIENDS_EN
from .learner_ja import undo_learner_ja
from .meal_clock_en import undo_meal_clock_en
from .rules import rewrite
from .singlish_en import undo_singlish
from .tags_en import undo_tags
from .terse_en import undo_terse

# A tag first ("..., huh?" is no particle), India's order (its "last night
# at 8" the Singaporean's rules make evening), then the particles, which close a
# clause, before the rest; the terse typist's and
# the collector's tables read the plain order the others leave, so last.
_WAYS: tuple[Callable[[str], str], ...] = (
    # A German speaker's false friends ("before yesterday" is vorgestern)
    # before any rule reads their words as English means them.
    partial(rewrite, FALSE_FRIENDS_EN),
    # A gamer's comparison said last ("like steam hours but for music") before
    # any rule reads its "hours" or "wrapped" (issue 45's twenty-first turn).
    undo_gamer_en,
    # A teenager's "been caning X this week or nah" before any slang rule
    # makes it the week's most played (issue 45's nineteenth turn).
    undo_teen_en,
    # A DJ's "spun any Queen" before the terse typist's rules read "spun".
    undo_dj,
    # A child's words ("not the same songs", "press next on") before any
    # rule reads "same" or "next" (issue 45's sixty-fifth turn).
    undo_child_en,
    # "Did I hear X this week, or was that last week": before a reader takes
    # the second period's "last" for a last play.
    undo_doubted_en,
    undo_habitual_en,
    undo_meal_clock_en,
    undo_irish,
    undo_tags,
    undo_indian,
    undo_indian_tenses_en,
    undo_singlish,
    undo_banter,
    undo_learner_ja,
    partial(rewrite, FORMAL_EN),
    # A search box's keywords before the terse rules, which read their output.
    undo_keywords,
    undo_terse,
    undo_jargon,
)


def undo_english_ways(words: str) -> str:
    """Return normalized English words with every way of asking undone, in order."""
    for undo in _WAYS:
        words = undo(words)
    return words
