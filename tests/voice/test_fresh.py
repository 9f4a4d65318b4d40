"""The fresh corpus through Home Assistant's real default agent (issue 45).

Written by five writers who saw only `fresh_corpus/BRIEF.md`, never Encore's
sentences or parser: the figure that measures how Encore understands people
it was not built from. `scripts/bench voice` prints it per writer, per
language and per family; `pytest tests/voice/test_fresh.py -rP` prints it
here. Gated: the files are well formed (known families and periods, figures
the known plays can answer, enough questions), no home-control or media
sentence reaches Encore, and no answer states a wrong fact.
"""

from collections import Counter
from collections.abc import Iterator

import pytest

from homeassistant.core import HomeAssistant

from .fresh_corpus import Writer, moment, said, writers
from .test_heldout import add_kitchen, summary
from .test_voice import ask, history  # noqa: F401
from .test_voice_corpus import SLOTS, Case, Tally, Words, expected, run_case

# The families without a period (the writers leave it out).
NO_PERIOD = frozenset(
    {"first_play", "last_play", "last_song", "streak", "on_repeat", "first_today"}
)


# Right answers when issue 45's thirteenth turn ended, as floors (98.5 % EN,
# 98.3 % DE; 96.4 % and 93.0 % after the twelfth; 95.9 % and 92.3 % after the eleventh; 93.8 % and 90.6 % after the tenth; 93.3 % and 89.9 % after the ninth; 91.2 % and 87.4 % after the eighth; 91.0 % and 86.4 % after the seventh; 84.3 % DE after the sixth; 91.0 % and 83.9 % after the fifth,
# 90.4 % and 83.6 % after the
# fourth, 89.0 % and 83.2 % after the third, 82.0 % and 76.6 % after the
# second, 80.1 % and 73.1 % before it).
FLOOR = {"en": 0.98, "de": 0.98}
# Wrong facts (an answer stated where it should have asked): none since the
# third turn (8 EN and 2 DE after the second, 33 and 20 before it).
WRONG_FACTS_AT_MOST = {"en": 0, "de": 0}
# None captured since issue 45's third turn: the net no longer anchors on a
# present tense ("hör ich gerade") or on "I've" without a past verb ("I've
# totally lost track"). The gate keeps any new one out.
KNOWN_CAPTURED: frozenset[str] = frozenset()


def fresh_cases(writer: Writer) -> Iterator[Case]:
    """A writer's questions as cases of the corpus's scoring."""
    for row in writer.fresh:
        period = None if row.family in NO_PERIOD | {"playing_at"} else row.period
        yield Case(
            row.text,
            row.family,
            said(period or "all_time") if row.family not in NO_PERIOD else None,
            row.name,
            moment(row),
            row.content,
        )


# Encore's own media commands ("like this song", "add this to my playlist",
# "play my most played songs") are Encore's by design: a writer's media
# command that reaches one is not a history question taken wrongly.
HISTORY_INTENTS = frozenset(
    {intent_type for intent_type, _ in SLOTS.values()} | {"EncoreWideNet"}
)


async def fresh_captured(hass: HomeAssistant, writer: Writer) -> list[str]:
    """A writer's negatives that reached one of Encore's history intents."""
    captured = []
    for text in writer.negatives:
        heard = await ask(hass, text, writer.language)
        if heard.intent in HISTORY_INTENTS:
            captured.append(f"{text!r} -> {heard.intent}")
    return captured


def test_the_fresh_corpus_is_well_formed() -> None:
    """Known families and periods, moments where asked, figures the plays hold."""
    found = writers()
    problems = []
    for writer in found:
        for row in writer.fresh:
            if row.family not in SLOTS:
                problems.append(f"{writer.key}: unknown family {row.family!r}")
                continue
            try:
                said(row.period)
            except KeyError:
                problems.append(f"{writer.key}: unknown period {row.period!r}")
                continue
            if row.family == "playing_at":
                if moment(row) is None:
                    problems.append(f"{writer.key}: no moment: {row.text!r}")
                continue
        texts = [row.text for row in writer.fresh]
        duplicates = [text for text, n in Counter(texts).items() if n > 1]
        if duplicates:
            problems.append(f"{writer.key}: twice: {duplicates}")
    assert not problems, "\n".join(problems)
    for writer in found:
        words = Words(writer.language)
        for case in fresh_cases(writer):
            if case.family == "playing_at":
                continue
            try:
                expected(case.family, words, case.said, case.name, content=case.content)
            except AssertionError as err:
                problems.append(f"test data: {case.text!r}: {err}")
    # Ties and empty periods are the data's, not the writer's: reported by
    # the scoring as "test data", never counted right.
    print("\n".join(problems))  # noqa: T201 - the report


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("language", ["en", "de"])
async def test_fresh(hass: HomeAssistant, language: str) -> None:
    """Report how many fresh questions are answered right; gate the negatives."""
    add_kitchen(hass)
    found = writers(language)
    if not found:
        pytest.skip("no writer's file yet")
    captured_all: list[str] = []
    total = Tally()
    for writer in found:
        tally = Tally()
        for case in fresh_cases(writer):
            await run_case(hass, case, language, tally)
            await run_case(hass, case, language, total)
        captured = await fresh_captured(hass, writer)
        captured_all += captured
        print(  # noqa: T201 - the report
            summary(
                language,
                tally,
                captured,
                part=writer.key,
                negatives_asked=len(writer.negatives),
            )
        )
    asked = sum(total.asked.values())
    right = sum(total.correct.values())
    print(  # noqa: T201 - the report
        f"fresh [{language}]: {right} of {asked} right,"
        f" {sum(total.stated_wrong.values())} wrong facts,"
        f" {len(captured_all)} negatives captured"
    )
    # What issue 45 reached, as floors: a change that understands fewer
    # fails here (the goal, 97 %, is the bench's to report).
    assert right / asked >= FLOOR[language], f"{right} of {asked} right"
    wrong = sum(total.stated_wrong.values())
    assert wrong <= WRONG_FACTS_AT_MOST[language], f"{wrong} wrong facts"
    unexpected = [line for line in captured_all if line not in KNOWN_CAPTURED]
    assert not unexpected, f"home control reached Encore: {unexpected}"
