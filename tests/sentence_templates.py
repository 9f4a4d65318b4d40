"""Parse each Assist sentence template once per test process, as Home Assistant does.

A running Home Assistant loads a language's intents once and keeps them until a
reload. Every test here starts a new `hass`, so the default agent loads them
again, and hassil parses every template of that language (core's and Encore's
installed custom sentences, some 2,000) anew: about half of a voice test's time.

The parse is a pure function of the template's text, so its tree is kept and
handed out again. Each caller gets its own `Sentence` (a shallow copy) because
hassil caches the template's required words on that object for the expansion
rules it is first used with, and those differ between languages and loads.
Matching, the intents, Encore's sentences and the answers are untouched.
"""

from dataclasses import replace
from functools import cache

from hassil import intents as hassil_intents
from hassil.expression import Sentence
from hassil.parse_expression import ParseMetadata, parse_sentence


@cache
def _parsed(text: str, keep_text: bool) -> Sentence:
    return parse_sentence(text, keep_text=keep_text)


def _parse_sentence_once(
    text: str, keep_text: bool = False, metadata: ParseMetadata | None = None
) -> Sentence:
    if metadata is not None:  # errors name the file and line: parse it afresh
        return parse_sentence(text, keep_text, metadata)
    return replace(_parsed(text, keep_text), required_clauses=None)


def parse_templates_once() -> None:
    """Route hassil's template parse (as `hassil.intents` calls it) through the cache."""
    setattr(hassil_intents, "parse_sentence", _parse_sentence_once)  # noqa: B010
