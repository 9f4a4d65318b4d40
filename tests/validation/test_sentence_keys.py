"""No sentence file names a rule, a list or an intent twice.

YAML keeps the last of two equal keys without a word: a second
`net_vi_kind` written by a later turn had silently replaced the first, and
the sentences of the first lost "Titel", "Folgen" and "Sachen" (issue 45's
sixty-seventh turn).
"""

from pathlib import Path

import yaml

SENTENCES = (
    Path(__file__).parents[2] / "custom_components" / "encore" / "voice" / "sentences"
)


class _KeysOnce(yaml.SafeLoader):
    """A loader that records every key a mapping holds twice."""

    twice: list[str]


def _mapping(loader: _KeysOnce, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(key) for key, _value in node.value]
    loader.twice += sorted({str(key) for key in keys if keys.count(key) > 1})
    return yaml.SafeLoader.construct_mapping(loader, node)


_KeysOnce.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_no_key_is_written_twice() -> None:
    """Every sentence file's keys are unique, at every level."""
    files = sorted(SENTENCES.rglob("*.yaml"))
    assert len(files) >= 8
    twice = []
    for path in files:
        loader = _KeysOnce(path.read_text("utf-8"))
        loader.twice = []
        try:
            loader.get_single_data()
        finally:
            loader.dispose()
        twice += [f"{path.relative_to(SENTENCES)}: {key}" for key in loader.twice]
    assert not twice, twice
