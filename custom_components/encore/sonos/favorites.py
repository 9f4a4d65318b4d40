"""Sonos favorites: household wide, shown as sources and in the media browser."""

from dataclasses import dataclass
from typing import Any, Final

from soco.exceptions import SoCoException

CONTAINER_URI_PREFIX: Final = "x-rincon-cpcontainer:"


@dataclass(frozen=True, slots=True)
class Favorite:
    """One favorite and how to play it."""

    item_id: str
    title: str
    uri: str
    metadata: str
    # Album art as the speaker gave it: a path it serves, or a URL elsewhere.
    art: str | None
    # Albums and playlists play through the queue; stations and tracks directly.
    reference: Any
    is_container: bool


def favorites_from(items: list[Any]) -> list[Favorite]:
    """Turn browsed `FV:2` children into favorites; unplayable ones are skipped."""
    favorites = []
    for item in items:
        resources = getattr(item, "resources", None) or ()
        if not resources:
            continue
        uri: str = resources[0].uri or ""
        try:
            reference = item.reference
        except SoCoException, AttributeError, ValueError, SyntaxError:
            continue
        item_class = str(getattr(reference, "item_class", ""))
        favorites.append(
            Favorite(
                item_id=str(item.item_id),
                title=str(item.title),
                uri=uri,
                metadata=str(getattr(item, "resource_meta_data", "") or ""),
                art=getattr(item, "album_art_uri", None) or None,
                reference=reference,
                is_container=uri.startswith(CONTAINER_URI_PREFIX)
                or item_class.startswith("object.container"),
            )
        )
    return favorites
