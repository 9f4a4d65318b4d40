"""Sonos favorites: household wide, shown as sources and in the media browser."""

from dataclasses import dataclass
from typing import Any, Final

from soco.exceptions import SoCoException

from .media import image_url

CONTAINER_URI_PREFIX: Final = "x-rincon-cpcontainer:"


@dataclass(frozen=True, slots=True)
class Favorite:
    """One favorite and how to play it."""

    item_id: str
    title: str
    uri: str
    metadata: str
    image_url: str | None
    # Albums and playlists play through the queue; stations and tracks directly.
    reference: Any
    is_container: bool


def favorites_from(items: list[Any], base_url: str) -> list[Favorite]:
    """Turn browsed `FV:2` children into favorites; unplayable ones are skipped."""
    favorites = []
    for item in items:
        resources = getattr(item, "resources", None) or ()
        if not resources:
            continue
        uri: str = resources[0].uri or ""
        try:
            reference = item.reference
        except SoCoException, AttributeError:
            continue
        item_class = str(getattr(reference, "item_class", ""))
        favorites.append(
            Favorite(
                item_id=str(item.item_id),
                title=str(item.title),
                uri=uri,
                metadata=str(getattr(item, "resource_meta_data", "") or ""),
                image_url=image_url(base_url, getattr(item, "album_art_uri", None)),
                reference=reference,
                is_container=uri.startswith(CONTAINER_URI_PREFIX)
                or item_class.startswith("object.container"),
            )
        )
    return favorites
