"""Words a net sentence cannot match without: hassil skips it for other texts.

Home Assistant's default agent tries every custom sentence on every command
the household says. Encore's wide net is hundreds of wildcard sentences, and
a wildcard sentence costs hassil far more than a plain one: without help,
"turn on the kitchen light" paid for all of them (`scripts/bench voice`,
recognition cost). hassil already skips a sentence whose literal text is
missing from the command, but by substring, and the net's short words ("i",
"on", "was") are in nearly every command.

A data block may name `required_keywords`: hassil skips the whole block when
the command has none of them as a word, before matching anything. The
installed file therefore splits the net's block into runs of consecutive
sentences that share one such set of words, each run a block of its own,
and names the set. The runs keep the order hassil tries the sentences in,
so it ranks the same matches the same way.

The set is proven from the sentence itself, never chosen by hand: a word
is only used when every match of the sentence must contain it as a word of
its own (`Anchors`). Of the sets a sentence has, the one whose words Home
Assistant's own sentences use least is taken: those are in the commands.
hassil compares the words as the command spells them, case and all, after
leaving its skip words out, so each word is named in the three ways speech
and typing write it ("played", "Played", "PLAYED") and no word of a skip
phrase ("can you", "ich möchte") is ever used.

Only the net is guarded. Its handler reads the whole utterance again
(`voice.net`), so which of its sentences matched changes nothing; the one
thing a guard cannot see, two words the command joins with a hyphen
("Repeat-Rate", which hassil also matches as "repeat rate"), can at worst
leave such a question to the net's other sentences. The family sentences
are few and cheap, and keep every match they had
(tests/voice/test_guards.py compares both files over the corpora).
"""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
import re
from typing import Any, NamedTuple

from hassil.expression import (
    Alternative,
    Expression,
    ListReference,
    RuleReference,
    Sentence,
    Sequence,
    TextChunk,
)
from hassil.parse_expression import parse_sentence
from home_assistant_intents import get_intents

from homeassistant.util.yaml import dump, parse_yaml

from .net import INTENT_WIDE_NET

type Anchor = frozenset[str]
"""Words one of which every match contains."""

_WORD = re.compile(r"'?[^\W\d_](?:[\w'-]*[\w'])?")
"""A word the guard can rely on: a letter first (after an elided "'ear"),
then letters, digits, apostrophes or hyphens inside ("i've", "music-wise"),
all of which hassil keeps in a word; no number ("30" may be said "thirty")."""

_TEMPLATE_WORD = re.compile(r"[^\W\d_][\w'-]*")


@lru_cache(maxsize=16)
def guard_file(text: str) -> str:
    """Return a sentence file with its blocks guarded, as the agent reads it.

    Unchanged when Home Assistant has no sentences of its language: without
    their skip words no guard is safe. Cached: the same
    shipped text is guarded once a run.
    """
    data = parse_yaml(text)
    if not isinstance(data, dict) or not data.get("intents"):
        return text
    own = get_intents(str(data.get("language", "")))
    if own is None:
        return text
    guarded = {
        **data,
        "intents": guard_intents(
            data["intents"],
            data.get("expansion_rules") or {},
            [*own.get("skip_words", []), *data.get("skip_words", [])],
            _strings(own),
            wildcards={
                name
                for lists in (own.get("lists") or {}, data.get("lists") or {})
                for name, values in lists.items()
                if isinstance(values, dict) and values.get("wildcard")
            },
        ),
    }
    guarded_text: str = dump(guarded)
    return guarded_text


def _strings(value: Any) -> Iterator[str]:
    """Every text in Home Assistant's sentence data: templates, rules, values."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def guard_intents(
    intents: Mapping[str, Any],
    expansion_rules: Mapping[str, str],
    skip_words: Iterable[str],
    commands: Iterable[str],
    *,
    wildcards: set[str],
    guarded: Iterable[str] = (INTENT_WIDE_NET,),
) -> dict[str, Any]:
    """Return the `intents` of a sentence file with the `guarded` ones guarded.

    `skip_words` are every phrase hassil leaves out of a command before it
    looks for the keywords; `commands` are Home Assistant's own sentences
    (templates) of the language, whose words are in the commands to skip;
    `wildcards` the names of the lists that are free text.
    """
    anchors = Anchors(
        rules={name: parse_sentence(body) for name, body in expansion_rules.items()},
        unsafe=frozenset(w.lower() for phrase in skip_words for w in phrase.split()),
        common=Counter(
            w.lower() for text in commands for w in _TEMPLATE_WORD.findall(text)
        ),
    )
    return {
        name: {
            **value,
            "data": [
                run
                for block in value.get("data", [])
                for run in _guard_block(block, anchors, wildcards)
            ],
        }
        if name in guarded
        else value
        for name, value in intents.items()
    }


def _guard_block(
    block: Mapping[str, Any], anchors: Anchors, wildcards: set[str]
) -> Iterator[dict[str, Any]]:
    """Split the block into runs of sentences that share an anchor, each guarded.

    hassil tries a block's sentences with the most literal parts first when
    they have wildcards ("play {album} by {artist} in {room}" before "play
    {album} by {artist}"), keeping the written order otherwise, and takes the
    first of equally good matches. The runs are cut from the block in that
    order, so it stays the order hassil tries them in.
    """
    if "required_keywords" in block or block.get("expansion_rules"):
        # Guarded by hand, or rules of its own the anchors cannot see.
        yield dict(block)
        return
    run: list[str] = []
    run_anchor: Anchor | None = None
    for text in sorted(
        block.get("sentences", []), key=lambda text: _tried(text, wildcards)
    ):
        anchor = anchors.of(text)
        if run and anchor != run_anchor:
            yield _block(block, run, run_anchor)
            run = []
        run.append(text)
        run_anchor = anchor
    if run:
        yield _block(block, run, run_anchor)


def _tried(template: str, wildcards: set[str]) -> int:
    """Where hassil tries a sentence in its block (`IntentData.sentences`)."""
    try:
        sentence = parse_sentence(template)
    except Exception:  # noqa: BLE001 - hassil reports it when it loads the file
        return 0
    if wildcards.isdisjoint(sentence.list_names()):
        return 0
    return -sentence.text_chunk_count()


def _block(
    block: Mapping[str, Any], sentences: list[str], anchor: Anchor | None
) -> dict[str, Any]:
    guarded = {**block, "sentences": sentences}
    if anchor:
        guarded["required_keywords"] = sorted(
            {spelling for word in anchor for spelling in _spellings(word)}
        )
    return guarded


def _spellings(word: str) -> tuple[str, str, str]:
    """Spell the word as a command writes it: lower case, capitalised, shouted."""
    return (word, word[:1].upper() + word[1:], word.upper())


class Edges(NamedTuple):
    """What surrounds an expression in its sentence."""

    wildcard_before: bool
    """A wildcard may end right before it, inside a word."""
    space_before: bool
    """A space or the sentence's start is right before it."""
    space_after: bool
    """A space or the sentence's end is right after it."""


_WHOLE = Edges(wildcard_before=False, space_before=True, space_after=True)


@dataclass(slots=True)
class Anchors:
    """Finds the anchors of one language's sentences."""

    rules: Mapping[str, Sentence]
    """The file's expansion rules, parsed."""
    unsafe: frozenset[str]
    """Words of hassil's skip phrases: gone before the keywords are looked for."""
    common: Counter[str]
    """Words of Home Assistant's own sentences, how often each is in them:
    the more often, the more commands say it."""
    _of_rule: dict[tuple[str, Edges], list[Anchor]] = field(default_factory=dict)
    _rule_ends_open: dict[str, bool] = field(default_factory=dict)
    _rule_may_be_empty: dict[str, bool] = field(default_factory=dict)

    def of(self, template: str) -> Anchor | None:
        """Return the most telling set of words every match of a sentence contains."""
        try:
            sentence = parse_sentence(template)
        except Exception:  # noqa: BLE001 - hassil reports it when it loads the file
            return None
        found = self._anchors(sentence.expression, _WHOLE)
        return self._best(found) if found else None

    def _best(self, anchors: list[Anchor]) -> Anchor:
        """Pick the anchor that lets the fewest commands through.

        Words Home Assistant's own sentences rarely use, then few short ones
        ("on", "the"), then few words at all.
        """
        return min(
            anchors,
            key=lambda anchor: (
                sum(self.common[word] for word in anchor),
                sum(len(word) <= 3 for word in anchor),
                len(anchor),
            ),
        )

    def _anchors(self, expression: Expression, edges: Edges) -> list[Anchor]:
        """Return sets of words every match of the expression contains, one each.

        A word at the expression's edge is only a word of its own when a
        space is on that side ("mein[e]" may be "meine") and no wildcard may
        end right before it (`_wildcard_before`).
        """
        if isinstance(expression, TextChunk):
            return self._chunk_anchors(expression.text, edges)
        if isinstance(expression, RuleReference):
            return self._rule_anchors(expression.rule_name, edges)
        if isinstance(expression, Alternative):
            if expression.is_optional:
                return []
            branches = [self._anchors(item, edges) for item in expression.items]
            if not branches or not all(branches):
                return []
            return [frozenset().union(*(self._best(branch) for branch in branches))]
        if isinstance(expression, Sequence):
            return self._sequence_anchors(expression.items, edges)
        # A list is free text; a permutation's parts come in any order, each
        # next to any other.
        return []

    def _rule_anchors(self, name: str, edges: Edges) -> list[Anchor]:
        key = (name, edges)
        if key not in self._of_rule:
            rule = self.rules.get(name)
            # Unknown (Home Assistant's own), or itself while being read.
            self._of_rule[key] = []
            if rule is not None:
                self._of_rule[key] = self._anchors(rule.expression, edges)
        return self._of_rule[key]

    def _sequence_anchors(self, items: list[Expression], edges: Edges) -> list[Anchor]:
        found: list[Anchor] = []
        last = len(items) - 1
        for index, item in enumerate(items):
            inner = Edges(
                wildcard_before=self._wildcard_before(
                    items[:index], edges.wildcard_before
                ),
                space_before=(
                    edges.space_before
                    if index == 0
                    else _ends_in_space(items[index - 1])
                ),
                space_after=(
                    edges.space_after
                    if index == last
                    else _starts_in_space(items[index + 1])
                ),
            )
            found.extend(self._anchors(item, inner))
        return found

    def _chunk_anchors(self, text: str, edges: Edges) -> list[Anchor]:
        found = []
        words = text.split(" ")
        said = [index for index, word in enumerate(words) if word]
        for index in said:
            word = words[index]
            if index == said[0] and (
                edges.wildcard_before or not (index > 0 or edges.space_before)
            ):
                continue
            if index == said[-1] and not (index < len(words) - 1 or edges.space_after):
                continue
            if _WORD.fullmatch(word) and word.lower() not in self.unsafe:
                found.append(frozenset([word.lower()]))
        return found

    def _wildcard_before(self, items: list[Expression], outside: bool) -> bool:
        """Whether a wildcard may end right after these items, inside a word.

        A wildcard not followed by a space in its template ("[{encore_a}]",
        a rule that is only "{encore_when}") may end inside a word: hassil
        then finds the next literal word anywhere, "gehört" in "zugehört".
        Spaces and parts that may be left out are looked through; `outside`
        is the answer for what comes before the items.
        """
        for item in reversed(items):
            if self._may_end_open(item):
                return True
            if not self._may_be_empty(item):
                return False
        return outside

    def _may_end_open(self, expression: Expression) -> bool:
        """Whether the expression may end with a wildcard inside a word."""
        if isinstance(expression, ListReference):
            return not expression.is_end_of_word
        if isinstance(expression, TextChunk):
            return False
        if isinstance(expression, RuleReference):
            return self._rule_fact(
                expression.rule_name, self._rule_ends_open, self._may_end_open
            )
        if isinstance(expression, Alternative):
            return any(self._may_end_open(item) for item in expression.items)
        if isinstance(expression, Sequence):
            return self._wildcard_before(expression.items, outside=False)
        # A permutation: any part may come last.
        return True

    def _may_be_empty(self, expression: Expression) -> bool:
        """Whether the expression may match no text at all."""
        if isinstance(expression, TextChunk):
            return not expression.text.strip()
        if isinstance(expression, ListReference):
            return False
        if isinstance(expression, RuleReference):
            return self._rule_fact(
                expression.rule_name, self._rule_may_be_empty, self._may_be_empty
            )
        if isinstance(expression, Alternative):
            return expression.is_optional or any(
                self._may_be_empty(item) for item in expression.items
            )
        if isinstance(expression, Sequence):
            return all(self._may_be_empty(item) for item in expression.items)
        return True

    def _rule_fact(
        self,
        name: str,
        known: dict[str, bool],
        fact: Callable[[Expression], bool],
    ) -> bool:
        if name not in known:
            rule = self.rules.get(name)
            # Unknown, or itself while being read: assume the worst.
            known[name] = True
            if rule is not None:
                known[name] = fact(rule.expression)
        return known[name]


def _starts_in_space(item: Expression) -> bool:
    return isinstance(item, TextChunk) and item.text[:1].isspace()


def _ends_in_space(item: Expression) -> bool:
    return isinstance(item, TextChunk) and item.text[-1:].isspace()
