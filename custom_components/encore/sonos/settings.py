"""A speaker's sound and device settings: which it has, reading and writing them.

Each setting has core `sonos`'s key (its entity's translation key and unique
id suffix) and is an integer on the speaker (switches are 0 or 1). Which a
speaker has is read once, when Encore first meets it, the way SoCo decides:
the soundbar settings on soundbars (SoCo's list of model names) that answer
for them, the subwoofer's where a Sub is bonded (the channel map in
ZoneGroupState) or on an Amp, TV autoplay where the speaker answers for its
TV input. RenderingControl events push the sound settings and AVTransport
events crossfade; the speaker sends no event for the status light, the touch
controls or TV autoplay, so the household reads those now and then.

Like `commands`, raw service actions, each with the job's timeout.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from soco import SoCo
from soco.core import SOUNDBARS
from soco.exceptions import SoCoUPnPException

from .commands import SpeakerFacts, _timeout
from .xmldoc import parse_xml

# SoCo 0.32's ULTRA_SOUNDBARS (0.31 knows the Arc Ultra only).
ULTRA_SOUNDBARS: Final = ("arc ultra", "beam ultra")
_INSTANCE: Final = ("InstanceID", 0)
_MASTER: Final = ("Channel", "Master")
_TV: Final = ("Source", "TV")


class Kind(StrEnum):
    """How a setting is shown: a number, a switch or a select."""

    NUMBER = "number"
    SWITCH = "switch"
    SELECT = "select"


class Reach(StrEnum):
    """How the speaker is asked for a setting (and told a new value)."""

    EQ = "eq"  # RenderingControl GetEQ/SetEQ with an EQType
    BASS = "bass"
    TREBLE = "treble"
    LOUDNESS = "loudness"
    BALANCE = "balance"  # the LF and RF channel volumes
    CROSSFADE = "crossfade"  # AVTransport, of the group's coordinator
    STATUS_LIGHT = "status_light"
    BUTTONS = "buttons"
    TV_AUTOPLAY = "tv_autoplay"
    AUTOPLAY_UNGROUP = "autoplay_ungroup"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: core's key, how it is reached, its range, its event variable."""

    key: str
    kind: Kind
    reach: Reach
    low: int = 0
    high: int = 1
    eq_type: str = ""
    # SoCo's name of the RenderingControl event variable carrying it.
    event: str | None = None

    @property
    def polled(self) -> bool:
        """Return whether no event tells of changes: it is read now and then."""
        return self.reach in _POLLED


_POLLED: Final = frozenset(
    {Reach.STATUS_LIGHT, Reach.BUTTONS, Reach.TV_AUTOPLAY, Reach.AUTOPLAY_UNGROUP}
)


def _eq(key: str, kind: Kind, eq_type: str, low: int = 0, high: int = 1) -> Setting:
    event = "".join(
        f"_{c.lower()}" if c.isupper() else c for c in eq_type
    ).removeprefix("_")
    return Setting(key, kind, Reach.EQ, low, high, eq_type, event)


BASS: Final = Setting("bass", Kind.NUMBER, Reach.BASS, -10, 10, event="bass")
TREBLE: Final = Setting("treble", Kind.NUMBER, Reach.TREBLE, -10, 10, event="treble")
BALANCE: Final = Setting("balance", Kind.NUMBER, Reach.BALANCE, -100, 100)
LOUDNESS: Final = Setting("loudness", Kind.SWITCH, Reach.LOUDNESS)
CROSSFADE: Final = Setting("cross_fade", Kind.SWITCH, Reach.CROSSFADE)
STATUS_LIGHT: Final = Setting("status_light", Kind.SWITCH, Reach.STATUS_LIGHT)
TOUCH_CONTROLS: Final = Setting("buttons_enabled", Kind.SWITCH, Reach.BUTTONS)
TV_AUTOPLAY: Final = Setting("tv_autoplay", Kind.SWITCH, Reach.TV_AUTOPLAY)
UNGROUP_ON_AUTOPLAY: Final = Setting(
    "ungroup_on_autoplay", Kind.SWITCH, Reach.AUTOPLAY_UNGROUP
)
AUDIO_DELAY: Final = _eq("audio_delay", Kind.NUMBER, "AudioDelay", 0, 5)
SURROUND_LEVEL: Final = _eq("surround_level", Kind.NUMBER, "SurroundLevel", -15, 15)
MUSIC_SURROUND_LEVEL: Final = _eq(
    "music_surround_level", Kind.NUMBER, "MusicSurroundLevel", -15, 15
)
SUB_GAIN: Final = _eq("sub_gain", Kind.NUMBER, "SubGain", -15, 15)
SUB_CROSSOVER: Final = _eq("sub_crossover", Kind.NUMBER, "SubCrossover", 50, 110)
NIGHT_SOUND: Final = _eq("night_mode", Kind.SWITCH, "NightMode")
# Speech enhancement: on/off on most soundbars; on the Ultras a switch of its
# own and DialogLevel as a level of five (core's select).
SPEECH_ENHANCEMENT: Final = _eq("dialog_level", Kind.SWITCH, "DialogLevel")
SPEECH_ENHANCEMENT_ULTRA: Final = _eq(
    "dialog_level", Kind.SWITCH, "SpeechEnhanceEnabled"
)
SPEECH_LEVEL: Final = _eq("speech_dialog_level", Kind.SELECT, "DialogLevel", 0, 4)
SUB_ENABLED: Final = Setting(
    "sub_enabled", Kind.SWITCH, Reach.EQ, eq_type="SubEnable", event="sub_enabled"
)
SURROUND_ENABLED: Final = Setting(
    "surround_enabled",
    Kind.SWITCH,
    Reach.EQ,
    eq_type="SurroundEnable",
    event="surround_enabled",
)
SURROUND_FULL_VOLUME: Final = _eq("surround_mode", Kind.SWITCH, "SurroundMode")

# The options of the speech enhancement level, in the speaker's order (0-4).
SPEECH_LEVELS: Final = ("off", "low", "medium", "high", "max")

EVERY_SPEAKER: Final = (BASS, TREBLE, BALANCE, LOUDNESS, CROSSFADE)
DEVICE: Final = (STATUS_LIGHT, TOUCH_CONTROLS)
SOUNDBAR: Final = (
    AUDIO_DELAY,
    SURROUND_LEVEL,
    MUSIC_SURROUND_LEVEL,
    NIGHT_SOUND,
    SURROUND_ENABLED,
    SURROUND_FULL_VOLUME,
)
SUBWOOFER: Final = (SUB_GAIN, SUB_ENABLED)
TV: Final = (TV_AUTOPLAY, UNGROUP_ON_AUTOPLAY)


def _model(facts: SpeakerFacts) -> str:
    return facts.model.lower()


def is_soundbar(facts: SpeakerFacts) -> bool:
    """Return whether SoCo counts the model a soundbar (night sound and the like)."""
    return _model(facts).endswith(SOUNDBARS)


def is_amp(facts: SpeakerFacts) -> bool:
    """Return whether the speaker is an Amp (a subwoofer output of its own)."""
    return _model(facts).endswith("sonos amp")


def is_ultra(facts: SpeakerFacts) -> bool:
    """Return whether the soundbar is an Ultra (speech enhancement in levels)."""
    return _model(facts).endswith(ULTRA_SOUNDBARS)


def candidates(facts: SpeakerFacts, has_sub: bool) -> list[Setting]:
    """Return the settings the speaker's model can have."""
    found = [*EVERY_SPEAKER, *DEVICE]
    if is_soundbar(facts):
        found += SOUNDBAR
        if is_ultra(facts):
            found += (SPEECH_ENHANCEMENT_ULTRA, SPEECH_LEVEL)
        else:
            found.append(SPEECH_ENHANCEMENT)
    if has_sub or is_amp(facts):
        found += SUBWOOFER
    if is_amp(facts):
        found.append(SUB_CROSSOVER)
    if facts.has_tv:
        found += TV
    return found


# Reading and writing (blocking; in the executor) -----------------------------------


def _flag(value: Any) -> int:
    return 1 if str(value) in ("1", "true", "True", "On") else 0


def balance_from(left: int, right: int) -> int:
    """Return -100 (left only) .. 100 (right only) from the channel volumes."""
    loudest = max(left, right)
    return 0 if loudest == 0 else (right - left) * 100 // loudest


def channels_of(balance: int) -> tuple[int, int]:
    """Return the LF and RF volumes of a balance (0: both at 100)."""
    return min(100, 100 - balance), min(100, 100 + balance)


def read(soco: SoCo, setting: Setting) -> int:
    """Read one setting's value from the speaker."""
    rendering = soco.renderingControl
    match setting.reach:
        case Reach.EQ:
            answer = rendering.GetEQ(
                [_INSTANCE, ("EQType", setting.eq_type)], **_timeout()
            )
            return int(answer["CurrentValue"])
        case Reach.BASS:
            return int(
                rendering.GetBass([_INSTANCE, _MASTER], **_timeout())["CurrentBass"]
            )
        case Reach.TREBLE:
            return int(
                rendering.GetTreble([_INSTANCE, _MASTER], **_timeout())["CurrentTreble"]
            )
        case Reach.LOUDNESS:
            answer = rendering.GetLoudness([_INSTANCE, _MASTER], **_timeout())
            return _flag(answer["CurrentLoudness"])
        case Reach.BALANCE:
            left, right = (
                int(
                    rendering.GetVolume(
                        [_INSTANCE, ("Channel", channel)], **_timeout()
                    )["CurrentVolume"]
                )
                for channel in ("LF", "RF")
            )
            return balance_from(left, right)
        case Reach.CROSSFADE:
            answer = soco.avTransport.GetCrossfadeMode([_INSTANCE], **_timeout())
            return _flag(answer["CrossfadeMode"])
        case Reach.STATUS_LIGHT:
            answer = soco.deviceProperties.GetLEDState([], **_timeout())
            return _flag(answer["CurrentLEDState"])
        case Reach.BUTTONS:
            answer = soco.deviceProperties.GetButtonLockState([], **_timeout())
            # Locked buttons are touch controls turned off.
            return 1 - _flag(answer["CurrentButtonLockState"])
        case Reach.TV_AUTOPLAY:
            answer = soco.deviceProperties.GetAutoplayRoomUUID([_TV], **_timeout())
            return 1 if answer.get("RoomUUID") else 0
        case Reach.AUTOPLAY_UNGROUP:
            answer = soco.deviceProperties.GetAutoplayLinkedZones([_TV], **_timeout())
            # Without linked zones, the speaker leaves its group for the TV.
            return 1 - _flag(answer["IncludeLinkedZones"])


def write(soco: SoCo, uid: str, setting: Setting, value: int) -> None:
    """Tell the speaker a setting's new value."""
    rendering = soco.renderingControl
    match setting.reach:
        case Reach.EQ:
            rendering.SetEQ(
                [_INSTANCE, ("EQType", setting.eq_type), ("DesiredValue", value)],
                **_timeout(),
            )
        case Reach.BASS:
            rendering.SetBass([_INSTANCE, ("DesiredBass", value)], **_timeout())
        case Reach.TREBLE:
            rendering.SetTreble([_INSTANCE, ("DesiredTreble", value)], **_timeout())
        case Reach.LOUDNESS:
            rendering.SetLoudness(
                [_INSTANCE, _MASTER, ("DesiredLoudness", str(value))], **_timeout()
            )
        case Reach.BALANCE:
            for channel, volume in zip(("LF", "RF"), channels_of(value), strict=True):
                rendering.SetVolume(
                    [_INSTANCE, ("Channel", channel), ("DesiredVolume", volume)],
                    **_timeout(),
                )
        case Reach.CROSSFADE:
            soco.avTransport.SetCrossfadeMode(
                [_INSTANCE, ("CrossfadeMode", str(value))], **_timeout()
            )
        case Reach.STATUS_LIGHT:
            soco.deviceProperties.SetLEDState(
                [("DesiredLEDState", "On" if value else "Off")], **_timeout()
            )
        case Reach.BUTTONS:
            soco.deviceProperties.SetButtonLockState(
                [("DesiredButtonLockState", "Off" if value else "On")], **_timeout()
            )
        case Reach.TV_AUTOPLAY:
            soco.deviceProperties.SetAutoplayRoomUUID(
                [("RoomUUID", uid if value else ""), _TV], **_timeout()
            )
        case Reach.AUTOPLAY_UNGROUP:
            soco.deviceProperties.SetAutoplayLinkedZones(
                [("IncludeLinkedZones", "0" if value else "1"), _TV], **_timeout()
            )


def read_available(soco: SoCo, settings: list[Setting]) -> dict[str, int]:
    """Read each setting; one the speaker refuses it does not have."""
    values: dict[str, int] = {}
    for setting in settings:
        try:
            values[setting.key] = read(soco, setting)
        except SoCoUPnPException:
            continue
    return values


def read_values(soco: SoCo, settings: list[Setting]) -> dict[str, int]:
    """Read the current value of each setting (a refusal fails the job)."""
    return {setting.key: read(soco, setting) for setting in settings}


# Events -------------------------------------------------------------------------------

_EVENT_SETTINGS: Final = {
    setting.event: setting
    for setting in (
        BASS,
        TREBLE,
        AUDIO_DELAY,
        SURROUND_LEVEL,
        MUSIC_SURROUND_LEVEL,
        SUB_GAIN,
        SUB_CROSSOVER,
        NIGHT_SOUND,
        SUB_ENABLED,
        SURROUND_ENABLED,
        SURROUND_FULL_VOLUME,
        SPEECH_ENHANCEMENT_ULTRA,
    )
    if setting.event
}


def from_rendering_event(variables: Mapping[str, Any], ultra: bool) -> dict[str, int]:
    """Return the settings a RenderingControl event carries, by key."""
    values: dict[str, int] = {}
    for name, setting in _EVENT_SETTINGS.items():
        if (value := variables.get(name)) is not None and _is_int(value):
            values[setting.key] = int(value)
    if (level := variables.get("dialog_level")) is not None and _is_int(level):
        # An Ultra's level; elsewhere speech enhancement on or off.
        values[SPEECH_LEVEL.key if ultra else SPEECH_ENHANCEMENT.key] = int(level)
    if (
        isinstance(loudness := variables.get("loudness"), dict)
        and (master := loudness.get("Master")) is not None
    ):
        values[LOUDNESS.key] = _flag(master)
    return values


def channels_from_event(
    variables: Mapping[str, Any], known: tuple[int, int]
) -> tuple[int, int] | None:
    """Return the LF and RF volumes after an event (None: it tells none).

    An event carries the channels that changed; the other keeps its volume.
    """
    volume = variables.get("volume")
    if not isinstance(volume, dict):
        return None
    left, right = str(volume.get("LF")), str(volume.get("RF"))
    if not _is_int(left) and not _is_int(right):
        return None
    return (
        int(left) if _is_int(left) else known[0],
        int(right) if _is_int(right) else known[1],
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, (str, int)) and str(value).lstrip("-").isdigit()


# ZoneGroupState facts ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """What ZoneGroupState says of one speaker beyond the topology."""

    has_sub: bool = False
    # None: no voice service is set up, so the microphone is not reported.
    mic_enabled: bool | None = None


def member_facts(payload: str, uid: str) -> MemberFacts:
    """Read a speaker's channel map and microphone from ZoneGroupState."""
    root = parse_xml(payload.encode())
    for element in root.iter("ZoneGroupMember"):
        if element.get("UUID") != uid:
            continue
        channels = element.get("HTSatChanMapSet") or element.get("ChannelMapSet") or ""
        mic: bool | None = None
        if (element.get("VoiceConfigState") or "0") != "0":
            mic = element.get("MicEnabled") == "1"
        return MemberFacts(has_sub=":SW" in channels, mic_enabled=mic)
    return MemberFacts()
