"""Load each Assist sentence template once per test process, as Home Assistant does.

A running Home Assistant loads a language's intents once and keeps them until a
reload. Every test here starts a new `hass`, so the default agent loads them
again: it reads Encore's installed custom sentences (YAML), hassil parses every
template of the language (core's and Encore's, some 2,000) and works out, for
each, the words an utterance must hold to match it. That was most of a voice
test's time.

All three are pure functions of text, so this keeps their results:

- the parse of a template's text. Each caller gets its own `Sentence` (a shallow
  copy) because hassil keeps derived state on that object;
- a template's required words, keyed by its (kept) parse and the parses of the
  expansion rules it is asked with, which differ between languages and intents;
- a custom sentences file's YAML, keyed by its text (a fresh copy each time:
  the agent merges it into its own dicts).

Matching, the intents, Encore's sentences and the answers are untouched.
"""

from dataclasses import replace
from functools import cache
import pickle
from typing import IO, Any

from hassil import expression as hassil_expression, intents as hassil_intents
from hassil.expression import Sentence
from hassil.parse_expression import ParseMetadata, parse_sentence
import yaml

from homeassistant.components.conversation import default_agent


@cache
def _parsed(text: str, keep_text: bool) -> Sentence:
    return parse_sentence(text, keep_text=keep_text)


def _parse_sentence_once(
    text: str, keep_text: bool = False, metadata: ParseMetadata | None = None
) -> Sentence:
    if metadata is not None:  # errors name the file and line: parse it afresh
        return parse_sentence(text, keep_text, metadata)
    return replace(_parsed(text, keep_text), required_clauses=None)


# (id of a template's parse, ids of the rules' parses) -> the parses kept alive,
# so no id in a key is reused while its entry lives, and the required words.
_CLAUSES: dict[tuple[int, frozenset[tuple[str, int]]], tuple[Any, ...]] = {}
# hassil merges the rules into a new dict per intent and recognition, then asks
# every template of that intent with it: its fingerprint is taken once.
_LAST_RULES: list[Any] = [None, frozenset(), ()]
_required_clauses = hassil_expression._required_clauses


def _rules_fingerprint(rules: dict[str, Sentence]) -> frozenset[tuple[str, int]]:
    if rules is not _LAST_RULES[0]:
        _LAST_RULES[:] = [
            rules,
            frozenset((name, id(rule.expression)) for name, rule in rules.items()),
            tuple(rule.expression for rule in rules.values()),
        ]
    fingerprint: frozenset[tuple[str, int]] = _LAST_RULES[1]
    return fingerprint


def _required_clauses_once(
    self: Sentence, expansion_rules: dict[str, Sentence]
) -> frozenset[frozenset[str]]:
    if self.required_clauses is None:
        key = (id(self.expression), _rules_fingerprint(expansion_rules))
        kept = _CLAUSES.get(key)
        if kept is None or kept[0] is not self.expression:
            clauses = frozenset(_required_clauses(self.expression, expansion_rules))
            kept = (self.expression, _LAST_RULES[2], clauses)
            _CLAUSES[key] = kept
        self.required_clauses = kept[2]
    return self.required_clauses


@cache
def _yaml_pickled(text: str) -> bytes:
    return pickle.dumps(yaml.load(text, Loader=yaml.CSafeLoader))


class _CustomSentencesYaml:
    """`yaml` as the default agent uses it: `safe_load` of a custom sentences file."""

    @staticmethod
    def safe_load(stream: IO[str]) -> Any:
        return pickle.loads(_yaml_pickled(stream.read()))  # noqa: S301


def parse_templates_once() -> None:
    """Route hassil's and the default agent's pure steps through the caches."""
    setattr(hassil_intents, "parse_sentence", _parse_sentence_once)  # noqa: B010
    setattr(Sentence, "get_required_clauses", _required_clauses_once)  # noqa: B010
    setattr(default_agent, "yaml", _CustomSentencesYaml)  # noqa: B010
