"""The check each turn's test files share: a phrasing is read as its plain question.

A turn's readers are tested by pairs: what a writer said and the plain
question it means. Both go through the parser at one fixed moment and must
agree on every field a family handler uses; the answer through Home
Assistant is checked apart (`test_voice.assert_encores_as_plain`).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from custom_components.encore.voice.parse.question import read_question

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)


def assert_read_as_plain(said: str, plain: str, language: str) -> None:
    """Assert `said` is read as `plain` is: what is asked, of what, when, whose."""
    reading = read_question(said, language, NOW, TZ)
    expected = read_question(plain, language, NOW, TZ)
    assert reading.asked is not None, said
    assert (
        reading.asked,
        reading.kind,
        reading.recap,
        reading.content,
        reading.person,
    ) == (
        expected.asked,
        expected.kind,
        expected.recap,
        expected.content,
        expected.person,
    )
    assert (reading.when or "").lower() == (expected.when or "").lower()
    assert (reading.name or "").lower() == (expected.name or "").lower()
