"""DIDL-Lite builders and a lenient parser, shaped like a Sonos speaker's output."""

from __future__ import annotations

from dataclasses import dataclass
import re
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from .models import (
    CLASS_FAVORITE,
    CLASS_LINE_IN,
    CLASS_PLAYLIST,
    Favorite,
    SonosPlaylist,
    TrackMetadata,
    format_duration,
    parse_duration,
)
from .soap import element_children, parse_xml

NS_DIDL = "urn:schemas-upnp-org:metadata-1-0/DIDL-Lite/"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_UPNP = "urn:schemas-upnp-org:metadata-1-0/upnp/"
NS_R = "urn:schemas-rinconnetworks-com:metadata-1-0/"
DESC_NS = "urn:schemas-rinconnetworks-com:metadata-1-0/"

DIDL_OPEN = (
    f'<DIDL-Lite xmlns:dc="{NS_DC}" xmlns:upnp="{NS_UPNP}" '
    f'xmlns:r="{NS_R}" xmlns="{NS_DIDL}">'
)
DIDL_CLOSE = "</DIDL-Lite>"


def didl_lite(*elements: str) -> str:
    """Wrap ``<item>``/``<container>`` strings in a DIDL-Lite document."""
    return DIDL_OPEN + "".join(elements) + DIDL_CLOSE


def _text(tag: str, value: str | None) -> str:
    if value is None:
        return ""
    return f"<{tag}>{escape(value)}</{tag}>"


def didl_element(
    item_id: str,
    parent_id: str,
    metadata: TrackMetadata,
    uri: str | None = None,
    *,
    tag: str = "item",
    restricted: bool = True,
    extra: str = "",
    child_count: int | None = None,
) -> str:
    """Build one ``<item>`` (or ``<container>``) element as a speaker does."""
    attrs = f"id={quoteattr(item_id)} parentID={quoteattr(parent_id)}"
    attrs += f' restricted="{"true" if restricted else "false"}"'
    if child_count is not None:
        attrs += f' childCount="{child_count}"'
    parts = [f"<{tag} {attrs}>"]
    if uri is not None:
        res_attrs = f"protocolInfo={quoteattr(metadata.protocol_info)}"
        if metadata.duration:
            res_attrs += f' duration="{format_duration(metadata.duration)}"'
        parts.append(f"<res {res_attrs}>{escape(uri)}</res>")
    parts.append(_text("r:streamContent", metadata.stream_content))
    parts.append(_text("r:radioShowMd", metadata.radio_show))
    parts.append(_text("upnp:albumArtURI", metadata.album_art_uri))
    parts.append(_text("dc:title", metadata.title))
    parts.append(_text("upnp:class", metadata.item_class))
    parts.append(_text("dc:creator", metadata.artist))
    parts.append(_text("upnp:album", metadata.album))
    parts.append(extra)
    if metadata.desc is not None:
        parts.append(
            f'<desc id="cdudn" nameSpace="{DESC_NS}">{escape(metadata.desc)}</desc>'
        )
    parts.append(f"</{tag}>")
    return "".join(parts)


def track_didl(metadata: TrackMetadata, uri: str | None = None) -> str:
    """Return a DIDL-Lite document for a single item (current track metadata)."""
    return didl_lite(didl_element(metadata.item_id, metadata.parent_id, metadata, uri))


def queue_item_element(index: int, uri: str, metadata: TrackMetadata) -> str:
    """Return the ``<item>`` for queue position ``index`` (1-based)."""
    return didl_element(f"Q:0/{index}", "Q:0", metadata, uri)


def queue_container(length: int) -> str:
    """Return the DIDL-Lite answer to a ``BrowseMetadata`` of ``Q:0``."""
    meta = TrackMetadata(title="Queue", item_class=CLASS_PLAYLIST)
    return didl_lite(
        didl_element("Q:0", "Q:", meta, tag="container", child_count=length)
    )


def playlist_container_element(playlist: SonosPlaylist) -> str:
    """Return the ``<container>`` describing one Sonos playlist under ``SQ:``."""
    meta = TrackMetadata(
        title=playlist.title,
        item_class=CLASS_PLAYLIST,
        protocol_info="file:*:audio/mpegurl:*",
    )
    return didl_element(
        playlist.item_id, "SQ:", meta, playlist.uri, tag="container", restricted=True
    )


def playlist_metadata_didl(playlist: SonosPlaylist) -> str:
    """Return DIDL-Lite metadata for a Sonos playlist (as enqueued metadata)."""
    meta = TrackMetadata(
        title=playlist.title,
        item_class=CLASS_PLAYLIST,
        protocol_info="file:*:audio/mpegurl:*",
        desc="RINCON_AssociatedZPUDN",
    )
    return didl_lite(didl_element(playlist.item_id, "SQ:", meta, tag="item"))


def favorite_element(favorite: Favorite, ordinal: int) -> str:
    """Return the ``<item>`` for a favorite under ``FV:2``."""
    meta = TrackMetadata(
        title=favorite.title,
        item_class=CLASS_FAVORITE,
        album_art_uri=favorite.album_art_uri,
        protocol_info=favorite.protocol_info,
    )
    extra = (
        _text("r:ordinal", str(ordinal))
        + _text("r:type", favorite.favorite_type)
        + _text("r:description", favorite.description)
        + _text("r:resMD", favorite.resource_metadata)
    )
    return didl_element(
        f"FV:2/{favorite.favorite_id}",
        "FV:2",
        meta,
        favorite.uri,
        restricted=False,
        extra=extra,
    )


def line_in_metadata(room_name: str) -> TrackMetadata:
    """Return the metadata a speaker shows while playing a line-in source."""
    return TrackMetadata(
        title=room_name,
        item_class=CLASS_LINE_IN,
        protocol_info="x-rincon-stream:*:*:*",
    )


@dataclass(slots=True)
class ParsedDidl:
    """The first object of a DIDL-Lite document, as far as the emulator cares."""

    item_id: str
    parent_id: str
    tag: str
    metadata: TrackMetadata
    uri: str | None
    raw: str


_DIDL_SPLIT = re.compile(r"(?=<DIDL-Lite[\s>])")


def split_didl_documents(text: str) -> list[str]:
    """Split space-joined DIDL-Lite documents (AddMultipleURIsToQueue)."""
    return [part.strip() for part in _DIDL_SPLIT.split(text) if part.strip()]


def _find(elt: etree._Element, ns: str, tag: str) -> str | None:
    text: str | None = elt.findtext(f"{{{ns}}}{tag}")
    return text


def parse_didl(text: str) -> ParsedDidl | None:
    """Parse the first item/container of a DIDL-Lite string; ``None`` if unusable."""
    if not text or "<DIDL-Lite" not in text:
        return None
    try:
        root = parse_xml(text.encode("utf-8"))
    except ValueError:
        return None
    for elt in element_children(root):
        tag = str(elt.tag).rsplit("}", 1)[-1]
        if tag not in ("item", "container"):
            continue
        res = elt.find(f"{{{NS_DIDL}}}res")
        duration = None
        protocol_info = "http-get:*:audio/mpeg:*"
        uri = None
        if res is not None:
            uri = (res.text or "").strip() or None
            protocol_info = res.get("protocolInfo", protocol_info)
            if res.get("duration"):
                duration = parse_duration(res.get("duration", ""))
        metadata = TrackMetadata(
            title=_find(elt, NS_DC, "title") or "",
            item_class=_find(elt, NS_UPNP, "class") or "object",
            artist=_find(elt, NS_DC, "creator") or _find(elt, NS_UPNP, "artist"),
            album=_find(elt, NS_UPNP, "album"),
            album_art_uri=_find(elt, NS_UPNP, "albumArtURI"),
            duration=duration,
            protocol_info=protocol_info,
            desc=_find(elt, NS_DIDL, "desc"),
            stream_content=_find(elt, NS_R, "streamContent"),
            radio_show=_find(elt, NS_R, "radioShowMd"),
            item_id=elt.get("id", "-1"),
            parent_id=elt.get("parentID", "-1"),
        )
        return ParsedDidl(
            item_id=metadata.item_id,
            parent_id=metadata.parent_id,
            tag=tag,
            metadata=metadata,
            uri=uri,
            raw=text,
        )
    return None
