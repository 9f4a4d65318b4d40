"""Emulated Sonos speakers for tests that run real SoCo over HTTP.

Each :class:`EmulatedSpeaker` is an aiohttp server on 127.0.0.1 with its own
port that answers SoCo's SOAP calls, GENA subscriptions and device description
like a ZonePlayer; an :class:`EmulatedHousehold` groups them under one
ZoneGroupState with household-wide favorites, Sonos playlists and a Spotify link.

Typical use (or the ``sonos_household`` fixture from ``fixtures``)::

    household = EmulatedHousehold()
    living = household.add_speaker("Living Room")
    await household.start()
    soco = await async_soco_for(living)      # SoCo("127.0.0.1", living.port)
    await run_soco(soco.play_uri, "x-rincon-mp3radio://...", title="Radio")
    living.advance(30)                       # playback moves 30 s on
    await household.stop()

UPnP errors the emulator answers with (HTTP 500, SOAP ``UPnPError``):

- 401 unknown action; 402 missing/invalid arguments or out-of-range values
  (volume > 100, bad queue ranges, EQ types the model lacks or EQ values out
  of their range, an alarm with an invalid recurrence or time, TV autoplay on
  a speaker without HDMI);
- 701 transition not available (play with nothing selected, pause while
  stopped, next/previous/seek on radio, line-in or TV) and, in ContentDirectory,
  no such object (unknown ``ObjectID``, missing Sonos playlist);
- 710 seek unit other than ``REL_TIME``/``TRACK_NR``; 711 seek target out of
  range or ``Next`` past the end of a non-repeating queue; 712 unknown play mode;
- 714 URI that cannot be played that way (radio or ``x-rincon*`` URIs added to
  the queue, line-in of a speaker without one, TV on a speaker without HDMI);
- 716 unknown Sonos playlist URI enqueued;
- 802 no such alarm (UpdateAlarm/DestroyAlarm with an unknown ``ID``);
- 800 command failed: playback/queue/group-volume commands sent to a group
  member, and Spotify items when no (or another) Spotify account is linked
  (Home Assistant maps 800 to "music service not available").
"""

from .didl import parse_didl, track_didl
from .events import NotifyRecord, Subscription
from .household import EmulatedHousehold, Group
from .models import (
    MODELS,
    SONOS_AMP,
    SONOS_ARC,
    SONOS_ARC_ULTRA,
    SONOS_FIVE,
    SONOS_ONE,
    SONOS_PLAY5,
    SONOS_ROAM,
    STATE_PAUSED,
    STATE_PLAYING,
    STATE_STOPPED,
    STATE_TRANSITIONING,
    EmulatorClock,
    Favorite,
    QueueItem,
    SonosPlaylist,
    SpeakerModel,
    TrackMetadata,
)
from .playback import Playback, Source
from .soap import UPnPError
from .soco_support import (
    SOCO_TAKES_PORT,
    EventCollector,
    async_soco_for,
    async_stop_soco_events,
    configure_soco_events,
    disable_soco_cache,
    reset_soco,
    run_soco,
    soco_for,
    soco_get,
)
from .speaker import EmulatedSpeaker, ReceivedAction
from .spotify import (
    CatalogContainer,
    CatalogTrack,
    SpotifyCatalog,
    container_uri,
    derive_spotify_id,
    sonos_track_uri,
    spotify_uri_from_sonos_uri,
)

__all__ = [
    "MODELS",
    "SOCO_TAKES_PORT",
    "SONOS_AMP",
    "SONOS_ARC",
    "SONOS_ARC_ULTRA",
    "SONOS_FIVE",
    "SONOS_ONE",
    "SONOS_PLAY5",
    "SONOS_ROAM",
    "STATE_PAUSED",
    "STATE_PLAYING",
    "STATE_STOPPED",
    "STATE_TRANSITIONING",
    "CatalogContainer",
    "CatalogTrack",
    "EmulatedHousehold",
    "EmulatedSpeaker",
    "EmulatorClock",
    "EventCollector",
    "Favorite",
    "Group",
    "NotifyRecord",
    "Playback",
    "QueueItem",
    "ReceivedAction",
    "SonosPlaylist",
    "Source",
    "SpeakerModel",
    "SpotifyCatalog",
    "Subscription",
    "TrackMetadata",
    "UPnPError",
    "async_soco_for",
    "async_stop_soco_events",
    "configure_soco_events",
    "container_uri",
    "derive_spotify_id",
    "disable_soco_cache",
    "parse_didl",
    "reset_soco",
    "run_soco",
    "soco_for",
    "soco_get",
    "sonos_track_uri",
    "spotify_uri_from_sonos_uri",
    "track_didl",
]
