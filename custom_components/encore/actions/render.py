"""How the actions render the question layer's answers as JSON.

Below every family of actions (and so the websocket commands, which answer
what the actions answer): minutes beside every `ms_played`, since when a
room is known, a play's kind and source by name.
"""

from collections.abc import Mapping
from typing import Any

from ..history.models import AttributionRule, Certainty, PlayKind, Source
from ..history.questions import Answered


def room_response(answered: Answered[Any]) -> dict[str, Any]:
    """Say since when plays name their room, when a room was asked."""
    if answered.question.where is None:
        return {}
    since = answered.rooms_since
    return {
        "rooms_known_since": None if since is None else since.isoformat(),
        "rooms_complete": not answered.rooms_unknown,
        # False: no area of that name, and no device of it ever played (a
        # misspelt room): the figures are of no place the home has.
        "where_known": answered.place_known,
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


def kept_private(play: dict[str, Any], hidden: set[str]) -> dict[str, Any]:
    """Return a play without the persons in `hidden` ("private": neither who nor why)."""
    shown = [person for person in play["persons"] if person not in hidden]
    if len(shown) == len(play["persons"]):
        return play
    return {**play, "persons": shown, "rule": "private"}


def named_play(play: dict[str, Any], owners: Mapping[str, list[str]]) -> dict[str, Any]:
    """Return a play with its kind, source and attribution named, not numbers.

    As the actions' fields and the export name them: "track", "spotify_player";
    whose it is: `persons` (empty: the household's; a Spotify account's play
    is its linked persons'), `certainty` ("certain", "likely", "household")
    and the `rule` that decided ("account", "started_by", "correction"...;
    "private" for a person who keeps theirs to themselves, `kept_private`).
    """
    persons = play["persons"]
    return {
        **play,
        "kind": PlayKind(play["kind"]).name.lower(),
        "source": Source(play["source"]).name.lower(),
        "persons": list(
            owners.get(play["account"], []) if persons is None else persons
        ),
        "certainty": Certainty(play["certainty"]).name.lower(),
        "rule": AttributionRule(play["rule"]).name.lower(),
    }
