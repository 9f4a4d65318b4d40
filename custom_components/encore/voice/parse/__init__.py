"""Encore's own reading of a listening question, the whole utterance at once.

Assist's sentences catch a question; this module understands it. Listing
sentences cannot keep up with how people speak ("uh who've i been playing most
this past fortnight", "wie viele Titel habe ich gestern weggeklickt"), so the
net of `sentences/<language>.yaml` (intent `EncoreWideNet`) catches broadly
and the words are read here: what is asked, the period, the name asked about,
the person, the room, the content and how many to name.

Speech-to-text habits are undone first: contractions, fillers ("uh",
"ähm"), lead-ins ("can you tell me", "weißt du"), numbers as words in years
("twenty twenty five"). A period is the longest run of words `when`
reads; a room is "in the kitchen" / "in der Küche"; a name is what follows
the verb (English) or stands between the subject and the participle
(German). What is asked is told by words people use for it, in both
languages alike.

Pure: no Home Assistant, no database. `Reading.asked` is None when the words
are about listening but say no question Encore answers; `unread` holds words
that look like a time and are none: the answer then says what was understood
and asks, never guesses.

The package, by concern: `reading` (what a reading says: `Asked`,
`Reading`), `clauses` (asides before the question, chat after it),
`speech` (speech habits undone), `dialect_de` (Berlin, Bavarian and
Denglisch German, and a hedge after the question; the Rhineland's and
Swabia's in `dialect_de_rhine` and `dialect_de_south`), `learner` (English said another way:
context first, terse, a learner's grammar), `corrections` (a time or a name taken
back), `restarts` (a question begun again), `periods` (the period and
words that look like one), `places` (the room and the person), `asked`
(what is asked, the content and how many), `leaving_out` ("without
podcasts", "but not Queen"), `names` (the name asked
about), `recaps` (a recap of any period), `question` (the whole reading).
"""

from .asked import content_said
from .interruptions import drop_interruptions
from .leaving_out import keep_content, name_left_out
from .periods import find_period
from .question import read_clauses, read_question
from .reading import NAMED, Asked, Reading
from .speech import prepare

__all__ = [
    "NAMED",
    "Asked",
    "Reading",
    "content_said",
    "drop_interruptions",
    "find_period",
    "keep_content",
    "name_left_out",
    "prepare",
    "read_clauses",
    "read_question",
]
