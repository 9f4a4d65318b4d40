"""Typed views of the Spotify payloads Encore reads."""

from dataclasses import dataclass
from typing import Any, Self


def best_image(images: list[dict[str, Any]] | None) -> str | None:
    """Return the URL of the largest image, if any."""
    if not images:
        return None
    largest = max(images, key=lambda image: image.get("width") or 0)
    url: str | None = largest.get("url")
    return url


@dataclass(frozen=True, slots=True)
class SpotifyProfile:
    """The signed-in user, from `GET /me`."""

    user_id: str
    display_name: str
    uri: str
    image_url: str | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Self:
        """Build from the `/me` body; the display name may be null."""
        user_id: str = data["id"]
        return cls(
            user_id=user_id,
            display_name=data.get("display_name") or user_id,
            uri=data.get("uri") or f"spotify:user:{user_id}",
            image_url=best_image(data.get("images")),
        )


@dataclass(frozen=True, slots=True)
class SpotifyDevice:
    """A Spotify Connect device, from `GET /me/player/devices`."""

    device_id: str | None
    name: str
    type: str
    is_active: bool
    is_restricted: bool
    is_private_session: bool
    volume_percent: int | None
    supports_volume: bool

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Self:
        """Build from one entry of the devices list (the id may be null)."""
        return cls(
            device_id=data.get("id"),
            name=data.get("name") or "",
            type=data.get("type") or "Unknown",
            is_active=bool(data.get("is_active")),
            is_restricted=bool(data.get("is_restricted")),
            is_private_session=bool(data.get("is_private_session")),
            volume_percent=data.get("volume_percent"),
            supports_volume=bool(data.get("supports_volume", True)),
        )
