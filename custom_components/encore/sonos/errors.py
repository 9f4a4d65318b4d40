"""Failures of Sonos commands, each with a translated message that says what to do."""

from typing import Any, Final

import requests
from soco.exceptions import SoCoException, SoCoUPnPException

from homeassistant.exceptions import HomeAssistantError

from ..const import DOMAIN

# UPnP error codes a speaker answers with, and what each means to a user.
_UPNP_KEYS: Final[dict[str, str]] = {
    "402": "sonos_invalid_arguments",
    "701": "sonos_transition_unavailable",
    "711": "sonos_seek_out_of_range",
    "712": "sonos_play_mode_unsupported",
    "714": "sonos_cannot_play",
    "716": "sonos_not_found",
    "800": "sonos_not_coordinator",
}
UPNP_COMMAND_FAILED: Final = "800"
# What a blocking SoCo call can raise when a speaker misbehaves or is gone.
SOCO_ERRORS: Final = (SoCoException, requests.RequestException, OSError, TimeoutError)
# What reading an answer that is not what a speaker should send raises: SoCo's
# XML parsers raise SyntaxError (ElementTree's ParseError, lxml's
# XMLSyntaxError); missing or mistyped values raise the others.
PARSE_ERRORS: Final = (SyntaxError, KeyError, TypeError, ValueError)
# Everything a blocking job against a speaker can fail with.
COMMAND_ERRORS: Final = (*SOCO_ERRORS, *PARSE_ERRORS)


class SonosError(HomeAssistantError):
    """A Sonos command failed; the message is translated for the user."""

    def __init__(self, translation_key: str, placeholders: dict[str, str]) -> None:
        """Build the error from a key in translations/en.json `exceptions`."""
        super().__init__(
            translation_domain=DOMAIN,
            translation_key=translation_key,
            translation_placeholders=placeholders,
        )


class SonosUnreachableError(SonosError):
    """The speaker did not answer (refused, timed out, or gone)."""


def upnp_code(err: BaseException) -> str | None:
    """Return the UPnP error code of a SoCo error, if it carries one."""
    if isinstance(err, SoCoUPnPException):
        code: Any = err.error_code
        return str(code)
    return None


def translate(err: BaseException, speaker: str) -> SonosError:
    """Turn what SoCo, requests or asyncio raised into a translated error."""
    if isinstance(err, SonosError):
        return err
    if isinstance(err, (TimeoutError, requests.Timeout)):
        return SonosUnreachableError("sonos_timeout", {"speaker": speaker})
    if isinstance(err, (requests.ConnectionError, OSError)):
        return SonosUnreachableError("sonos_unreachable", {"speaker": speaker})
    if (code := upnp_code(err)) is not None:
        if (key := _UPNP_KEYS.get(code)) is not None:
            return SonosError(key, {"speaker": speaker, "code": code})
        if code.startswith("8"):
            # 800's relatives: a music service refused (account, region, limits).
            return SonosError("sonos_music_service", {"speaker": speaker, "code": code})
        description: Any = getattr(err, "error_description", "")
        return SonosError(
            "sonos_upnp_error",
            {"speaker": speaker, "code": code, "detail": str(description or "")},
        )
    if isinstance(err, PARSE_ERRORS) and not isinstance(err, requests.RequestException):
        return SonosError(
            "sonos_command_failed",
            {
                "speaker": speaker,
                "detail": f"unreadable answer ({type(err).__name__}: {err})",
            },
        )
    return SonosError("sonos_command_failed", {"speaker": speaker, "detail": str(err)})
