"""Audio clips: a sound played over the music, which ducks and then goes on.

S2 speakers take clips on their Control API websocket (`wss://<ip>:1443`);
Encore talks to it through `sonos-websocket`, the library core `sonos` uses,
at the version core pins, so the two never fight over it. The websocket's
port comes from ZoneGroupState (`SSLPort`, 1443 on real speakers), so
speakers that answer on other ports (emulators) work too.

A speaker that cannot play clips (S1, a Play:5 of the first generation)
answers that it is not capable: `ClipUnsupported` tells the caller to play
the sound the old way (snapshot, play, restore). Any other refusal is an
error that names what the speaker said.
"""

from typing import Any, Final

from sonos_websocket import CLIP_ID_KEY, SonosWebsocket
from sonos_websocket.exception import SonosWebsocketError, SonosWSConnectionError

from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .errors import SonosError
from .topology import DEFAULT_SSL_PORT

# What a speaker without the audio-clip API answers (the Control API's
# globalError codes for a command or capability it does not have).
UNSUPPORTED: Final = frozenset(
    {"ERROR_NOT_CAPABLE", "ERROR_UNSUPPORTED_NAMESPACE", "ERROR_UNSUPPORTED_COMMAND"}
)
# Seconds the websocket may take to connect or answer.
CLIP_TIMEOUT: Final = 5
WEBSOCKET_PATH: Final = "/websocket/api"


class ClipUnsupported(Exception):  # noqa: N818 - a signal, not a failure
    """The speaker cannot play audio clips (or has no websocket)."""


class AudioClips:
    """The audio-clip websocket of one speaker, opened when first needed."""

    def __init__(self, hass: Any, host: str, uid: str, speaker_name: str) -> None:
        """Prepare for the speaker at `host` whose player id is `uid`."""
        self.hass = hass
        self.host = host
        self.uid = uid
        self.speaker_name = speaker_name
        self.port = DEFAULT_SSL_PORT
        # False once the speaker said it cannot play clips.
        self.supported: bool | None = None
        self._websocket: SonosWebsocket | None = None

    def _client(self) -> SonosWebsocket:
        if self._websocket is None:
            websocket = SonosWebsocket(
                self.host,
                player_id=self.uid,
                session=async_get_clientsession(self.hass),
                timeout=CLIP_TIMEOUT,
            )
            if self.port != DEFAULT_SSL_PORT:
                # The library assumes 1443; the speaker said where it listens.
                websocket.uri = f"wss://{self.host}:{self.port}{WEBSOCKET_PATH}"
            self._websocket = websocket
        return self._websocket

    def moved(self, host: str, port: int) -> None:
        """Talk to the speaker at its new address from now on."""
        if (host, port) != (self.host, self.port):
            self.host, self.port = host, port
            websocket, self._websocket = self._websocket, None
            if websocket is not None:
                self.hass.async_create_background_task(
                    websocket.close(), "close a Sonos websocket"
                )

    async def async_play(self, url: str, volume: int | None) -> str:
        """Load a clip; return its id. Raise `ClipUnsupported` or `SonosError`."""
        if self.supported is False:
            raise ClipUnsupported
        try:
            response, data = await self._client().play_clip(url, volume=volume)
        except SonosWSConnectionError as err:
            # No websocket there (S1) or none reachable: the old way may work.
            raise ClipUnsupported from err
        except SonosWebsocketError as err:
            raise SonosError(
                "sonos_clip_failed", {"speaker": self.speaker_name, "detail": str(err)}
            ) from err
        if response.get("success"):
            self.supported = True
            return str((data or {}).get(CLIP_ID_KEY) or "")
        code = str((data or {}).get("errorCode") or response.get("type") or "")
        if code in UNSUPPORTED:
            self.supported = False
            raise ClipUnsupported
        raise SonosError(
            "sonos_clip_refused",
            {
                "speaker": self.speaker_name,
                "code": code or "?",
                "reason": str((data or {}).get("reason") or ""),
            },
        )

    async def async_cancel(self, clip_id: str) -> bool:
        """Cancel a clip; return whether the speaker still had it."""
        try:
            response, _ = await self._client().cancel_clip(clip_id)
        except SonosWebsocketError as err:
            raise SonosError(
                "sonos_clip_failed", {"speaker": self.speaker_name, "detail": str(err)}
            ) from err
        return bool(response.get("success"))

    async def async_close(self) -> None:
        """Close the websocket (the shared HTTP session stays)."""
        websocket, self._websocket = self._websocket, None
        if websocket is not None:
            await websocket.close()
