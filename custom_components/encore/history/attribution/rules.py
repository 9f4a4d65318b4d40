"""The rules that decide whose a play is: a situation in, an attribution out.

Pure: no Home Assistant, no database. `situation.py` reads the home into a
`Situation` when a speaker's or player's play is recorded; `decide` applies
the rules from the most certain down, the first that knows wins:

1. A Spotify account's play is its linked persons' (certain).
2. Who started it: the persons of the Home Assistant user in the context of
   the call that started the player, or, for a voice satellite's request
   (no user), the owner of the satellite's device or area (certain).
3. The owner of the speaker, else of its area (certain: the home said so).
4. Presence: the persons in the speaker's area while it played, where the
   home places persons in rooms, else the persons at home. One present:
   likely theirs; several: shared by them, likely. Presence sensors of the
   area that all say "nobody" make it the household's.
5. Nobody Encore may name (only guests, nobody home): the household's.

A person who opted out is never named. Guests are never named by presence;
children are, but not beside adults: by default a play heard by adults and
children together is the children's, so it stays out of the adults' answers
(`RuleSettings.children_with_adults` shares it instead).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ..models import Attribution, AttributionRule, Certainty


class Role(StrEnum):
    """What a person is to the household's answers."""

    ADULT = "adult"
    CHILD = "child"
    """Named by presence alone only without adults (by default)."""
    GUEST = "guest"
    """Never named by presence: plays while only guests are home are the household's."""


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """Which rules apply, and what the home told Encore about its persons."""

    started_by: bool = True
    owners: bool = True
    presence: bool = True
    rooms: bool = True
    """Place persons in rooms (trackers, presence sensors) before the home."""
    children_with_adults: bool = False
    speaker_owners: Mapping[str, str] = field(default_factory=dict)
    """Media player entity id -> person entity id."""
    area_owners: Mapping[str, str] = field(default_factory=dict)
    """Area id -> person entity id."""
    roles: Mapping[str, Role] = field(default_factory=dict)
    """Person entity id -> role; not named: an adult."""
    opted_out: frozenset[str] = frozenset()
    """Persons who stay out of attribution altogether."""

    def role(self, person: str) -> Role:
        """Return a person's role (an adult unless told)."""
        return self.roles.get(person, Role.ADULT)


@dataclass(frozen=True, slots=True)
class Situation:
    """What Encore knew of the home when a play was recorded."""

    account_persons: tuple[str, ...] | None = None
    """A Spotify account's play: its linked persons. None: a speaker's or player's."""
    speaker: str | None = None
    """The player's media_player entity id."""
    areas: tuple[str, ...] = ()
    """The areas it played in (a group of speakers plays in several)."""
    started_by: tuple[str, ...] = ()
    """The persons of the user who started it (empty: nobody known)."""
    home: tuple[str, ...] = ()
    """The persons at home."""
    in_areas: tuple[str, ...] | None = None
    """The persons placed in its areas; None: the home cannot place anyone there."""
    occupied: bool | None = None
    """The area's presence sensors: someone there, nobody, or None (no sensor)."""


HOUSEHOLD = Attribution((), Certainty.HOUSEHOLD, AttributionRule.NOBODY)


def _named(persons: Sequence[str], settings: RuleSettings) -> tuple[str, ...]:
    return tuple(sorted({p for p in persons if p not in settings.opted_out}))


def _present(persons: Sequence[str], settings: RuleSettings) -> tuple[str, ...]:
    """Return the persons presence may name: no opt-outs, no guests, children apart."""
    named = [p for p in _named(persons, settings) if settings.role(p) is not Role.GUEST]
    children = [p for p in named if settings.role(p) is Role.CHILD]
    if children and len(children) < len(named) and not settings.children_with_adults:
        return tuple(children)
    return tuple(named)


def decide(situation: Situation, settings: RuleSettings) -> Attribution:
    """Return whose a play is (see the module's docstring for the rules)."""
    if situation.account_persons is not None:
        return Attribution(
            _named(situation.account_persons, settings),
            Certainty.CERTAIN,
            AttributionRule.ACCOUNT,
        )
    if settings.started_by and (starters := _named(situation.started_by, settings)):
        return Attribution(starters, Certainty.CERTAIN, AttributionRule.STARTED_BY)
    if settings.owners and (owner := _owner(situation, settings)):
        return Attribution((owner,), Certainty.CERTAIN, AttributionRule.OWNER)
    if not settings.presence:
        return HOUSEHOLD
    if settings.rooms:
        if situation.occupied is False:
            return HOUSEHOLD  # the room's sensors saw nobody: music for the house
        if situation.in_areas and (present := _present(situation.in_areas, settings)):
            return Attribution(present, Certainty.LIKELY, AttributionRule.ROOM)
    if present := _present(situation.home, settings):
        return Attribution(present, Certainty.LIKELY, AttributionRule.HOME)
    return HOUSEHOLD


def _owner(situation: Situation, settings: RuleSettings) -> str | None:
    candidates = []
    if situation.speaker is not None:
        candidates.append(settings.speaker_owners.get(situation.speaker))
    candidates.extend(settings.area_owners.get(area) for area in situation.areas)
    for owner in candidates:
        if owner is not None and owner not in settings.opted_out:
            return owner
    return None
