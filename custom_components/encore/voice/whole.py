"""The whole utterance of a sentence, read by Encore's parser at most once.

A listed sentence's handler may need the parser's reading of everything that
was said at several points: to check that the slots left no period out
(`utterance.broader_said`), that the whole asks the sentence's question
(`net.async_another_family`), or to answer the reading when the slots were
not understood (`net.async_reread`). Each asks this object, which reads the
words on the first request and keeps the reading (issue 45: each part of a
question is parsed once).
"""

from datetime import datetime

from homeassistant.helpers import intent
from homeassistant.util import dt as dt_util

from .answers import pick_language
from .parse import Reading, read_clauses, read_question


class WholeUtterance:
    """The words an intent was matched from and their one reading."""

    __slots__ = ("_clauses", "_now", "_reading", "language", "text")

    def __init__(
        self,
        intent_obj: intent.Intent,
        text: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """Keep the words; nothing is read until `reading` is asked for."""
        self.text = (intent_obj.text_input or "") if text is None else text
        self.language = pick_language(
            intent_obj.language, intent_obj.hass.config.language
        )
        self._now = now
        self._reading: Reading | None = None
        self._clauses: tuple[Reading | None] | None = None

    @property
    def reading(self) -> Reading:
        """The parser's reading of the words, now, in Home Assistant's zone."""
        if self._reading is None:
            self._reading = read_question(
                self.text,
                self.language,
                self._now or dt_util.now(),
                dt_util.get_default_time_zone(),
            )
        return self._reading

    @property
    def by_clauses(self) -> Reading | None:
        """What the clauses understood alone agree on (a story around them), or None."""
        if self._clauses is None:
            self._clauses = (
                read_clauses(
                    self.text,
                    self.language,
                    self._now or dt_util.now(),
                    dt_util.get_default_time_zone(),
                ),
            )
        return self._clauses[0]
