"""What speakers send, parsed: ZoneGroupState, metadata, addresses, errors."""

import pytest
import requests
from soco.exceptions import SoCoException, SoCoUPnPException

from custom_components.encore.sonos.discovery import Address, parse_address
from custom_components.encore.sonos.errors import translate
from custom_components.encore.sonos.favorites import favorites_from
from custom_components.encore.sonos.media import (
    SourceKind,
    didl,
    image_url,
    now_playing,
    parse_time,
    spotify_uri_of,
)
from custom_components.encore.sonos.topology import parse_zone_group_state
from fakes.sonos.didl import track_didl
from fakes.sonos.models import TrackMetadata

LIVING = "RINCON_000E58000001401400"
SUB = "RINCON_000E58000002401400"
KITCHEN = "RINCON_000E58000003401400"


def member(uid: str, name: str, **extra: str) -> str:
    """A ZoneGroupMember element."""
    attributes = {
        "UUID": uid,
        "Location": "http://192.168.1.20:1400/xml/device_description.xml",
        "ZoneName": name,
        "BootSeq": "7",
        **extra,
    }
    return (
        "<ZoneGroupMember "
        + " ".join(f'{key}="{value}"' for key, value in attributes.items())
        + "/>"
    )


def test_zone_group_state_shapes() -> None:
    """Invisible devices are not speakers; old firmware has no ZoneGroups."""
    payload = (
        "<ZoneGroupState><ZoneGroups>"
        f'<ZoneGroup Coordinator="{KITCHEN}" ID="x:1">'
        + member(LIVING, "Living Room", BootSeq="oops")
        + member(KITCHEN, "Kitchen")
        + member(SUB, "Living Room", Invisible="1")
        + "</ZoneGroup>"
        '<ZoneGroup Coordinator="RINCON_BRIDGE" ID="x:2">'
        + member("RINCON_BRIDGE", "BRIDGE", Invisible="1")
        + "</ZoneGroup>"
        '<ZoneGroup Coordinator="RINCON_NOWHERE" ID="x:3">'
        + member("RINCON_NOWHERE", "Nowhere", Location="not a url")
        + "</ZoneGroup>"
        "</ZoneGroups><VanishedDevices>"
        f'<Device UUID="{LIVING}" Reason="powered off"/>'
        '<Device UUID="RINCON_GONE" Reason="powered off"/>'
        "</VanishedDevices></ZoneGroupState>"
    )
    topology = parse_zone_group_state(payload)
    assert topology.groups == ((KITCHEN, LIVING),)
    assert set(topology.members) == {LIVING, KITCHEN}
    assert topology.members[LIVING].boot_seq == 0
    assert topology.members[KITCHEN].boot_seq == 7
    assert (topology.members[KITCHEN].host, topology.members[KITCHEN].port) == (
        "192.168.1.20",
        1400,
    )
    assert topology.vanished == frozenset({"RINCON_GONE"})
    assert topology.coordinator_of(LIVING) == KITCHEN
    assert topology.group_of("RINCON_UNKNOWN") == ("RINCON_UNKNOWN",)

    old = (
        f'<ZoneGroups><ZoneGroup Coordinator="{LIVING}" ID="y:1">'
        + member(LIVING, "Living Room")
        + "</ZoneGroup></ZoneGroups>"
    )
    assert parse_zone_group_state(old).groups == ((LIVING,),)


def test_metadata_helpers() -> None:
    """Times, album art, Spotify ids and DIDL text."""
    assert parse_time("0:03:05") == 185
    assert parse_time("1:00:00.500") == 3600
    for value in (None, "", "NOT_IMPLEMENTED", "3:05", "a:b:c"):
        assert parse_time(value) is None
    base = "http://192.168.1.20:1400"
    assert image_url(base, None) is None
    assert image_url(base, "https://i.scdn.co/image/x") == "https://i.scdn.co/image/x"
    assert image_url(base, "getaa?u=1") == f"{base}/getaa?u=1"
    assert (
        spotify_uri_of("x-sonos-spotify:spotify%3aepisode%3a0Ab1?sid=9")
        == "spotify:episode:0Ab1"
    )
    assert spotify_uri_of("http://example.com/a.mp3") is None

    text = track_didl(
        TrackMetadata(title="Sinnerman", artist="Nina Simone", album="Pastel"),
        "http://127.0.0.1/sinnerman.mp3",
    )
    item = didl(text)
    assert item is not None
    assert item.title == "Sinnerman"
    assert didl(item) is item
    assert didl("NOT_IMPLEMENTED") is None
    assert (
        didl("<DIDL-Lite><item><dc:title>no class</dc:title></item></DIDL-Lite>")
        is None
    )
    assert didl(object()) is None

    playing = now_playing(
        base_url=base,
        track_uri="http://127.0.0.1/sinnerman.mp3",
        duration="0:10:22",
        track=item,
        enqueued_meta=item,
    )
    assert (playing.source, playing.title, playing.duration) == (
        SourceKind.WEB,
        "Sinnerman",
        622,
    )
    # The playlist is not named after the track itself.
    assert playing.playlist is None
    radio = now_playing(
        base_url=base,
        track_uri="x-rincon-mp3radio://127.0.0.1/jazz",
        duration="0:00:00",
        track=didl(
            track_didl(TrackMetadata(title="Jazz FM", stream_content="Live now"))
        ),
    )
    assert (radio.source, radio.title, radio.artist, radio.channel) == (
        SourceKind.RADIO,
        "Live now",
        None,
        "Jazz FM",
    )
    nothing = now_playing(base_url=base, track_uri="", duration=None, track=None)
    assert nothing.source is SourceKind.NONE


def test_favorites_without_a_reference_are_skipped() -> None:
    """A favorite without resource or metadata cannot be played: left out."""

    class Bare:
        resources: tuple[object, ...] = ()

    class Broken:
        class Resource:
            uri = "x-sonosapi-stream:s1"

        resources = (Resource(),)

        @property
        def reference(self) -> object:
            raise SoCoException("no resMD")

    assert favorites_from([Bare(), Broken()]) == []


def test_addresses_typed_by_a_user() -> None:
    """An IPv4 address, optionally with a port; nothing else."""
    assert parse_address(" 192.168.1.20 ") == Address("192.168.1.20", 1400)
    assert parse_address("192.168.1.20:1401") == Address("192.168.1.20", 1401)
    assert str(Address("192.168.1.20", 1401)) == "192.168.1.20:1401"
    for text in ("", "sonos.local", "192.168.1.20:", "192.168.1.20:0", "::1"):
        assert parse_address(text) is None


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (requests.Timeout("slow"), "sonos_timeout"),
        (TimeoutError(), "sonos_timeout"),
        (requests.ConnectionError("refused"), "sonos_unreachable"),
        (OSError("no route"), "sonos_unreachable"),
        (SoCoUPnPException("x", "800", "<xml/>"), "sonos_not_coordinator"),
        (SoCoUPnPException("x", "804", "<xml/>"), "sonos_music_service"),
        (SoCoUPnPException("x", "501", "<xml/>", "Action failed"), "sonos_upnp_error"),
        (SoCoException("odd"), "sonos_command_failed"),
    ],
)
def test_errors_are_translated(error: Exception, key: str) -> None:
    """Each failure becomes a translated error that names the speaker."""
    translated = translate(error, "Kitchen")
    assert translated.translation_key == key
    assert translated.translation_placeholders is not None
    assert translated.translation_placeholders["speaker"] == "Kitchen"
    assert translate(translated, "Other") is translated
