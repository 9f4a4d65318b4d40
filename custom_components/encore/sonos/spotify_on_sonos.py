"""Spotify on Sonos: share links into the queue, and search through an account.

The Spotify account is one connected in Encore; it searches and browses the
catalog for Sonos players.

Sonos plays Spotify through the account linked in the Sonos app, so this works
whether or not Spotify Connect can see the speaker. An artist has no share
link: Encore queues the artist's newest albums instead, which needs a
connected Spotify account to list them.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.media_player import (
    BrowseMedia,
    MediaPlayerEnqueue,
    SearchMedia,
    SearchMediaQuery,
)
from homeassistant.exceptions import ServiceValidationError

from ..const import CONF_SPOTIFY_ACCOUNT, DOMAIN
from ..media.lists import async_plays_of
from ..spotify.account import SpotifyAccount
from ..spotify.browse import async_browse
from ..spotify.objects import Album
from ..spotify.search import async_search
from ..spotify.uri import SpotifyRef, parse_spotify_reference
from . import commands, queueing
from .errors import SonosError

if TYPE_CHECKING:
    # Names only: the household and its speakers import the snapshot, which
    # resumes Spotify through this module (no import circle at run time).
    from .household import SonosHousehold
    from .speaker import SonosSpeaker

# How many of an artist's albums and singles "play <artist>" queues.
ARTIST_ALBUMS: Final = 5


def spotify_account(household: SonosHousehold) -> SpotifyAccount | None:
    """Return the Spotify account a Sonos household uses for the catalog.

    The one chosen in the household's options when it is loaded, otherwise the
    first loaded Spotify account.
    """
    accounts = household.spotify_accounts()
    chosen = household.entry.options.get(CONF_SPOTIFY_ACCOUNT, "")
    if (account := accounts.get(chosen)) is not None:
        return account
    return next(iter(accounts.values()), None)


def _require_account(speaker: SonosSpeaker, key: str) -> SpotifyAccount:
    account = spotify_account(speaker.household)
    if account is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=key,
            translation_placeholders={"speaker": speaker.name},
        )
    return account


async def _async_links(speaker: SonosSpeaker, ref: SpotifyRef) -> list[str]:
    if ref.kind != "artist":
        return [ref.uri]
    account = _require_account(speaker, "sonos_artist_needs_account")
    albums = await account.client.async_get_items(
        "/artists/{id}/albums",
        f"artists/{ref.id}/albums",
        Album,
        max_items=ARTIST_ALBUMS,
        limit=ARTIST_ALBUMS,
        include_groups="album,single",
    )
    links = [album.uri for album in albums if album.uri]
    if not links:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sonos_artist_without_albums",
            translation_placeholders={"media_id": ref.uri},
        )
    return links


async def async_play_spotify(
    speaker: SonosSpeaker, ref: SpotifyRef, enqueue: MediaPlayerEnqueue | None
) -> None:
    """Queue a Spotify item on the speaker's coordinator, and play as asked."""
    await async_play_share_links(speaker, await _async_links(speaker, ref), enqueue)


async def async_play_share_links(
    speaker: SonosSpeaker, links: list[str], enqueue: MediaPlayerEnqueue | None
) -> None:
    """Queue Spotify items by their share links, in order, and play as asked."""
    coordinator = speaker.coordinator
    adders = [
        partial(commands.add_share_link, coordinator.soco, link) for link in links
    ]
    try:
        await coordinator.async_command(
            queueing.enqueue,
            coordinator.uid,
            adders,
            enqueue,
            coordinator.queue_position,
        )
    except SonosError as err:
        code = (err.translation_placeholders or {}).get("code", "")
        if not code.startswith("8"):
            raise
        # 800 and its relatives mean "not the coordinator" or "no account for
        # this music service": which one shows in fresh groups.
        household = coordinator.household
        await household.async_refresh_topology(coordinator)
        if household.coordinator_of(coordinator) is coordinator:
            raise SonosError(
                "sonos_spotify_not_linked", {"speaker": coordinator.name, "code": code}
            ) from err
        raise


def playable_on_sonos(content_id: str) -> bool:
    """Return whether a share link can queue this Spotify item."""
    return parse_spotify_reference(content_id) is not None


async def async_search_spotify(
    speaker: SonosSpeaker, query: SearchMediaQuery
) -> SearchMedia:
    """Search Spotify's catalog through the household's Spotify account."""
    account = _require_account(speaker, "sonos_search_needs_account")
    # A speaker is the household's: what everyone played most comes first.
    results = await async_search(
        account.client,
        query.search_query,
        query.media_filter_classes,
        played=partial(async_plays_of, speaker.hass, None),
    )
    return SearchMedia(
        result=[item for item in results if playable_on_sonos(item.media_content_id)]
    )


async def async_browse_spotify(
    speaker: SonosSpeaker, content_id: str | None
) -> BrowseMedia | None:
    """Browse the account's library; None when no Spotify account is connected."""
    account = spotify_account(speaker.household)
    if account is None:
        return None
    profile = account.profile
    node = await async_browse(
        account.client,
        f"Spotify ({profile.display_name})",
        content_id,
        liked_songs_uri=f"spotify:user:{profile.user_id}:collection",
        user_id=profile.user_id,
    )
    _mark_playable(node)
    return node


def _mark_playable(node: BrowseMedia) -> None:
    """Liked Songs has no share link: browsable on Sonos, not playable."""
    nodes: list[Any] = [node, *(node.children or ())]
    for each in nodes:
        if each.can_play and not playable_on_sonos(each.media_content_id):
            each.can_play = False
