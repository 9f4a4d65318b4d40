"""Whose each play of a speaker or player is: rules, settings, the home's situation."""

from homeassistant.core import HomeAssistant, callback

from ..epoch import from_ms
from ..models import Attribution, PlayRecord
from ..store.attribution import is_pseudo_account
from .rules import decide
from .settings import rule_settings
from .situation import situation_of


@callback
def async_attribute(
    hass: HomeAssistant, record: PlayRecord, players: list[str]
) -> Attribution | None:
    """Decide whose a play recorded on `players` is; None for a Spotify account's.

    (A Spotify account's plays are its persons' without a row: the store
    knows them by their account.)
    """
    if not is_pseudo_account(record.account):
        return None
    started = record.started_at or record.ended_at - record.ms_played
    return decide(situation_of(hass, players, from_ms(started)), rule_settings(hass))
