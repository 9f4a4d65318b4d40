"""How the actions render the question layer's answers as JSON.

Below every family of actions (and so the websocket commands, which answer
what the actions answer): minutes beside every `ms_played`, since when a
room is known, a play's kind and source by name.
"""

from typing import Any

from ..history.models import PlayKind, Source
from ..history.questions import Answered


def room_response(answered: Answered[Any]) -> dict[str, Any]:
    """Say since when plays name their room, when a room was asked."""
    if answered.question.where is None:
        return {}
    since = answered.rooms_since
    return {
        "rooms_known_since": None if since is None else since.isoformat(),
        "rooms_complete": not answered.rooms_unknown,
    }


def minutes(ms: int) -> float:
    """Milliseconds as minutes, to a tenth."""
    return round(ms / 60_000, 1)


def with_minutes(value: Any) -> Any:
    """Add `minutes` beside every `ms_played` of a JSON-friendly answer."""
    if isinstance(value, dict):
        result = {key: with_minutes(item) for key, item in value.items()}
        if isinstance(value.get("ms_played"), int):
            result["minutes"] = minutes(value["ms_played"])
        return result
    if isinstance(value, list):
        return [with_minutes(item) for item in value]
    return value


def named_play(play: dict[str, Any]) -> dict[str, Any]:
    """Return a play with its kind and source named, not the store's numbers.

    As the actions' fields and the export name them: "track", "spotify_player".
    """
    return {
        **play,
        "kind": PlayKind(play["kind"]).name.lower(),
        "source": Source(play["source"]).name.lower(),
    }
