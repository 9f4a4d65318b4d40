"""The recaps in Encore's media source: each year's and month's top songs.

The history of tests/test_services.py (Ada and Bob, each a Spotify account,
on 4 March 2026 in Berlin) and a few more plays. Each recap folder holds what
`encore.recap` answers for the same period and the same people (its
`song_uris`), and the household's recaps leave out whoever stays out of
household figures, as the recap does.
"""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
from sqlalchemy import Connection

from homeassistant.components import media_source
from homeassistant.components.media_player import MediaClass
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_RECAP_HOUSEHOLD
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.media.lists import async_uris_of

from .test_services import (
    ADA,
    BOB,
    Play,
    call,
    history,  # noqa: F401 - the fixture
    people,  # noqa: F401 - the fixture
)

ROOT = "media-source://encore"
EXTRA = [
    # Ada in November 2025: c2 twice, c1 once.
    Play("2025-11-15T20:00:00", 200_000, "Cesaria", "c1"),
    Play("2025-11-16T20:00:00", 200_000, "Cesaria", "c2"),
    Play("2025-11-16T21:00:00", 200_000, "Cesaria", "c2"),
    # Bob alone in January 2026.
    Play("2026-01-10T12:00:00", 200_000, "Dina", "d2", BOB),
]


def uri(title: str) -> str:
    """A song's URI as `Play.record` stores it."""
    return f"spotify:track:{title:0>22}"


@pytest.fixture(autouse=True)
async def plays(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """media_source as default_config loads it, and the extra plays."""
    assert await async_setup_component(hass, "media_source", {})

    def write(conn: Connection, state: WriterState) -> None:
        for play in EXTRA:  # one account per batch
            state.insert_records(conn, [play.record()])

    await async_get_manager(hass).async_write(write)


async def browse(hass: HomeAssistant, identifier: str) -> Any:
    """Open a folder of Encore's media source."""
    return await media_source.async_browse_media(hass, f"{ROOT}/{identifier}")


def songs(folder: Any) -> list[str]:
    """The Spotify URIs of an opened folder's songs, in order."""
    assert all(child.media_class == MediaClass.TRACK for child in folder.children)
    return [
        child.media_content_id.removeprefix(f"{ROOT}/track/")
        for child in folder.children
    ]


async def test_from_the_root_to_a_month(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """Root, Ada, Recaps, 2026, March: the songs of Ada's recap of March."""
    root = await media_source.async_browse_media(hass, ROOT)
    assert [child.title for child in root.children] == ["Everyone", "Ada", "Bob"]
    ada = await media_source.async_browse_media(hass, root.children[1].media_content_id)
    recaps = ada.children[-1]
    assert (recaps.title, recaps.media_class) == ("Recaps", MediaClass.DIRECTORY)
    assert not recaps.can_play
    years = await media_source.async_browse_media(hass, recaps.media_content_id)
    assert years.title == "Recaps (Ada)"
    assert [child.title for child in years.children] == ["2026", "2025"]
    year = await media_source.async_browse_media(
        hass, years.children[0].media_content_id
    )
    assert [child.title for child in year.children] == [
        "Recap 2026",
        "Recap March 2026",
        "Recap February 2026",
    ]
    assert [child.media_content_id for child in year.children] == [
        f"{ROOT}/{ADA}/recap/2026",
        f"{ROOT}/{ADA}/recap/2026-03",
        f"{ROOT}/{ADA}/recap/2026-02",
    ]
    assert all(
        child.can_play and child.media_class == MediaClass.PLAYLIST
        for child in year.children
    )
    march = await media_source.async_browse_media(
        hass, year.children[1].media_content_id
    )
    assert march.title == "Recap March 2026 (Ada)"
    assert march.can_play
    recap = await call(
        hass, "recap", {"month": "2026-03", "config_entry_id": history["ada"].entry_id}
    )
    # b1 twice (the 20-second play is no play), a2 twice but shorter, a1 once.
    assert (
        songs(march)
        == recap["music"]["song_uris"]
        == [uri(t) for t in ("b1", "a2", "a1")]
    )
    assert march.children[0].title == "b1 · Björk"
    for period, field in (("2026", {"year": 2026}), ("2025-11", {"month": "2025-11"})):
        answer = await call(
            hass, "recap", {**field, "config_entry_id": history["ada"].entry_id}
        )
        assert (
            songs(await browse(hass, f"{ADA}/recap/{period}"))
            == answer["music"]["song_uris"]
        )
    november = await browse(hass, f"{ADA}/recap/2025-11")
    assert songs(november) == [uri("c2"), uri("c1")]
    # 2025 has only November; the year's recap is first.
    assert [c.title for c in (await browse(hass, f"{ADA}/recaps/2025")).children] == [
        "Recap 2025",
        "Recap November 2025",
    ]


async def test_the_household_leaves_out_who_stays_out(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Bob stays out of household figures: out of everyone's recaps, in his own."""
    listed = await browse(hass, "everyone/recaps/2026")
    assert [child.title for child in listed.children] == [
        "Recap 2026",
        "Recap March 2026",
        "Recap February 2026",
        "Recap January 2026",
    ]
    assert uri("d1") in songs(await browse(hass, "everyone/recap/2026-03"))
    hass.config_entries.async_update_entry(
        history["bob"], options={**history["bob"].options, CONF_RECAP_HOUSEHOLD: False}
    )
    # January was Bob's alone: no household recap lists it any more.
    listed = await browse(hass, "everyone/recaps/2026")
    assert [child.title for child in listed.children] == [
        "Recap 2026",
        "Recap March 2026",
        "Recap February 2026",
    ]
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/recap_periods", "everyone": True})
    reply = await client.receive_json()
    assert reply["result"]["months"] == ["2026-03", "2026-02", "2025-11"]
    for period, field in (
        ("2026-03", {"month": "2026-03"}),
        ("2026", {"year": 2026}),
    ):
        answer = await call(hass, "recap", {**field, "everyone": True})
        folder = songs(await browse(hass, f"everyone/recap/{period}"))
        assert folder == answer["music"]["song_uris"]
        assert uri("d1") not in folder
        assert await async_uris_of(hass, f"{ROOT}/everyone/recap/{period}") == folder
    # Bob's own recaps are his, January too.
    bob = await browse(hass, f"{BOB}/recaps/2026")
    assert "Recap January 2026" in [child.title for child in bob.children]
    assert songs(await browse(hass, f"{BOB}/recap/2026-01")) == [uri("d2")]
    # The household's January has nothing of anyone else's: nothing to play.
    january = await browse(hass, "everyone/recap/2026-01")
    assert january.children == []
    assert not january.can_play
    # Asked to play, it is the user's slip: refused, translated (issue 43.12).
    with pytest.raises(ServiceValidationError) as caught:
        await async_uris_of(hass, f"{ROOT}/everyone/recap/2026-01")
    assert caught.value.translation_key == "history_media_empty"


@pytest.mark.parametrize(
    "wrong",
    [
        f"{ADA}/recap/2026-0a",  # a month with letters
        f"{ADA}/recap/0000",  # year 0
        f"{ADA}/recap/1969",  # before the actions' first year
        f"{ADA}/recap/2026-04",  # a month not begun yet (it is 4 March)
        f"{ADA}/recap/2027",
        f"{ADA}/recap/2026-13",
        f"{ADA}/recap/2026-3",
        f"{ADA}/recap/2026/03",
        f"{ADA}/recap",
        f"{ADA}/recaps/2027",
        f"{ADA}/recaps/20x6",
        f"{ADA}/recaps/2026/more",
        "nobody/recap/2026",
    ],
)
async def test_unknown_recaps_say_so(hass: HomeAssistant, wrong: str) -> None:
    """Browsed or played, an id of no recap is unknown, translated."""
    with pytest.raises(media_source.Unresolvable, match="has no folder") as caught:
        await browse(hass, wrong)
    assert caught.value.translation_key == "history_media_unknown"
    if "/recap/" in wrong or wrong.endswith("/recap"):
        # Played, the id is the user's slip: refused, not an error (issue 43.12).
        with pytest.raises(ServiceValidationError) as refused:
            await async_uris_of(hass, f"{ROOT}/{wrong}")
        assert refused.value.translation_key == "history_media_unknown"


async def test_an_empty_year_and_the_directories_do_not_play(
    hass: HomeAssistant,
) -> None:
    """A year without plays browses as nothing to play; a directory is no folder."""
    empty = await browse(hass, f"{ADA}/recap/2001")
    assert empty.title == "Recap 2001 (Ada)"
    assert (empty.children, empty.can_play) == ([], False)
    with pytest.raises(ServiceValidationError) as caught:
        await async_uris_of(hass, f"{ROOT}/{ADA}/recap/2001")
    assert caught.value.translation_key == "history_media_empty"
    for directory in (f"{ADA}/recaps", f"{ADA}/recaps/2026"):
        with pytest.raises(ServiceValidationError) as caught:
            await async_uris_of(hass, f"{ROOT}/{directory}")
        assert caught.value.translation_key == "history_media_folder_needed"


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", ["Rückblick 2026", "Rückblick März 2026", "Rückblick Februar 2026"]),
        ("nl", ["Terugblik 2026", "Terugblik maart 2026", "Terugblik februari 2026"]),
        (
            "fr",
            [
                "Rétrospective 2026",
                "Rétrospective mars 2026",
                "Rétrospective février 2026",
            ],
        ),
        ("es", ["Resumen 2026", "Resumen marzo 2026", "Resumen febrero 2026"]),
    ],
)
async def test_titles_in_the_language(
    hass: HomeAssistant, language: str, titles: list[str]
) -> None:
    """Recaps are named in Home Assistant's language, months too."""
    hass.config.language = language
    year = await browse(hass, f"{ADA}/recaps/2026")
    assert [child.title for child in year.children] == titles
    assert (await browse(hass, f"{ADA}/recaps")).title.startswith(
        {"de": "Rückblicke", "nl": "Terugblikken", "fr": "Rétro", "es": "Resúmenes"}[
            language
        ]
    )
