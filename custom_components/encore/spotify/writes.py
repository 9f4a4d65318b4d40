"""Changing a Spotify account: its playlists and its library, only when its owner lets Encore.

Writes need three scopes nobody grants by default (`const.SPOTIFY_WRITE_SCOPES`).
The account option "Let Encore change my Spotify library and playlists" asks
for them by signing in again; turning it off stops every write here and keeps
everything else (the token, the kept playlists, the history).

A playlist is written in chunks of at most 100: the first replaces whatever
the playlist held (`PUT`, which may be sent again safely), the others append
(`POST`). `PlaylistWrite` remembers how far it got, so a 429 halfway
through resumes at the first chunk Spotify did not take, and a chunk whose
fate is unknown (a timeout) is redone from the start by replacing: never an
item twice.
"""

from dataclasses import dataclass, field
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_TOKEN
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import issue_registry as ir

from ..const import CONF_ALLOW_WRITES, DOMAIN, SPOTIFY_WRITE_SCOPES
from .client import PLAYLIST_WRITE_LIMIT, SpotifyClient
from .errors import (
    ForbiddenReason,
    SpotifyForbiddenError,
    SpotifyNotFoundError,
    SpotifyRateLimitedError,
    SpotifyTransientError,
)

# The repair that offers signing in again with the write scopes.
WRITE_ISSUE: Final = "writes_need_sign_in"


def granted_scopes(entry: ConfigEntry) -> set[str]:
    """Return the scopes the entry's token carries."""
    token = entry.data.get(CONF_TOKEN) or {}
    return set(str(token.get("scope", "")).split())


def writes_allowed(entry: ConfigEntry) -> bool:
    """Whether the account's owner lets Encore change their library and playlists."""
    return bool(entry.options.get(CONF_ALLOW_WRITES, False))


def writes_granted(entry: ConfigEntry) -> bool:
    """Whether the token carries every write scope."""
    return granted_scopes(entry).issuperset(SPOTIFY_WRITE_SCOPES)


def missing_write_scopes(entry: ConfigEntry) -> list[str]:
    """Return the write scopes the token lacks, in the README's order."""
    granted = granted_scopes(entry)
    return [scope for scope in SPOTIFY_WRITE_SCOPES if scope not in granted]


@callback
def async_require_writes(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Raise a translated error unless Encore may change this account now.

    Off: say where to turn it on. On but not granted yet (the sign-in was
    cancelled, or an older token): the repair offers the sign-in.
    """
    if not writes_allowed(entry):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="writes_off",
            translation_placeholders={"account": entry.title},
        )
    if not writes_granted(entry):
        missing = ", ".join(missing_write_scopes(entry))
        async_offer_sign_in(hass, entry, missing)
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="write_permission_missing",
            translation_placeholders={"account": entry.title, "permission": missing},
        )


@callback
def async_offer_sign_in(hass: HomeAssistant, entry: ConfigEntry, missing: str) -> None:
    """Raise the repair whose fix signs in again with the write scopes."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"{WRITE_ISSUE}_{entry.entry_id}",
        is_fixable=True,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=WRITE_ISSUE,
        translation_placeholders={"account": entry.title, "permission": missing},
        data={"entry_id": entry.entry_id},
    )


@callback
def async_clear_sign_in_issue(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Remove the sign-in repair: the token has the write scopes, or writes are off."""
    ir.async_delete_issue(hass, DOMAIN, f"{WRITE_ISSUE}_{entry.entry_id}")


def write_error(
    hass: HomeAssistant,
    entry: ConfigEntry,
    err: Exception,
    *,
    playlist: str = "",
    needed: str = "",
) -> Exception:
    """Turn a refused write into what the user can act on.

    A missing scope (the token is older than the option, or was granted
    without it) offers the sign-in; a playlist the user neither owns nor
    collaborates on is named. Anything else stays as it is. `needed`
    names the scope the write needs, when the token claims it but Spotify
    says otherwise.
    """
    if isinstance(err, SpotifyForbiddenError):
        if err.reason is ForbiddenReason.MISSING_SCOPE:
            missing = (
                ", ".join(missing_write_scopes(entry))
                or needed
                or ", ".join(SPOTIFY_WRITE_SCOPES)
            )
            async_offer_sign_in(hass, entry, missing)
            return HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="write_permission_missing",
                translation_placeholders={
                    "account": entry.title,
                    "permission": missing,
                },
            )
        if playlist and err.reason is ForbiddenReason.OTHER:
            return HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="playlist_not_yours",
                translation_placeholders={
                    "account": entry.title,
                    "playlist": playlist,
                },
            )
    return err


@dataclass(slots=True)
class PlaylistWrite:
    """Putting an ordered list of URIs into a playlist, chunk by chunk.

    `done` counts the chunks Spotify took. It is what a resumed write starts
    from; it is stored with the kept playlist so a restart resumes too.
    """

    playlist_id: str
    uris: list[str]
    done: int = 0
    snapshot_id: str = ""
    chunks: list[list[str]] = field(init=False)

    def __post_init__(self) -> None:
        """Remove duplicates (the first place wins) and cut into chunks."""
        self.uris = list(dict.fromkeys(self.uris))
        self.chunks = [
            self.uris[start : start + PLAYLIST_WRITE_LIMIT]
            for start in range(0, len(self.uris), PLAYLIST_WRITE_LIMIT)
        ] or [[]]

    @property
    def complete(self) -> bool:
        """Whether every chunk is in the playlist."""
        return self.done >= len(self.chunks)

    @property
    def written(self) -> int:
        """How many items are in the playlist so far."""
        return sum(len(chunk) for chunk in self.chunks[: self.done])

    async def async_run(self, client: SpotifyClient) -> None:
        """Write the chunks not written yet; raise when Spotify stops it.

        A 429 leaves `done` at the chunk to send next (Spotify took none of
        it). A timeout or a 5xx on an append leaves the chunk's fate unknown:
        `done` goes back to 0, and the next run starts with the replace,
        which gives the same playlist whatever happened.
        """
        while not self.complete:
            chunk = self.chunks[self.done]
            try:
                if self.done == 0:
                    self.snapshot_id = await client.async_replace_playlist_items(
                        self.playlist_id, chunk
                    )
                else:
                    self.snapshot_id = await client.async_add_playlist_items(
                        self.playlist_id, chunk
                    )
            except SpotifyRateLimitedError:
                raise
            except SpotifyTransientError:
                self.done = 0
                raise
            self.done += 1

    def as_dict(self) -> dict[str, Any]:
        """Return what a store keeps to resume it (Encore's JSON, not Spotify's)."""
        return {"playlist_id": self.playlist_id, "uris": self.uris, "done": self.done}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlaylistWrite:
        """Rebuild a stored write."""
        return cls(
            playlist_id=str(data["playlist_id"]),
            uris=[str(uri) for uri in data.get("uris") or ()],
            done=int(data.get("done") or 0),
        )


async def async_still_has(client: SpotifyClient, playlist_uri: str) -> bool:
    """Whether the user still has a playlist (deleting one in Spotify unfollows it).

    Spotify keeps a deleted playlist answering for its id; only the user's
    library (`contains`) says it is gone.
    """
    try:
        return (await client.async_library_contains([playlist_uri]))[0]
    except SpotifyNotFoundError:
        return False
