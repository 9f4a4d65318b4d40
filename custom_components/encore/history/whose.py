"""Whose history a question or an action means.

"I" is the Spotify account linked (in its options) to a person of the Home
Assistant user who asks; without such a link it is the only Spotify account
(unless that one is linked to other people: then it is not the asker's),
and with several and no link it is everybody's history. An explicit account
(config entry) always wins. "I" also holds the plays attributed to the
asker's person (`store.attribution`: speakers and players, corrections), as
sure as the history's option says; a person without an account of their own
in a home whose accounts are all someone else's has those alone. Sonos households and other media players are
sources, not people: they never count as "the only account".

When the choice is not obvious (several linked accounts, or everybody's
history because nobody could be told apart), `said` holds a short phrase in
the asker's language, e.g. "for Ada", for the answer to mention. Everybody's
history is only worth saying when it holds more than one person's
listening: a home with one Spotify account or none (its speakers and players
alone) has no one else's plays to tell apart.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from homeassistant.config_entries import SOURCE_IGNORE, ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.translation import async_get_translations

from ..const import (
    CONF_ATTRIBUTION_MY,
    CONF_ATTRIBUTION_PERSONS,
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_OPT_OUT,
    CONF_PERSONS,
    CONF_PRIVATE,
    DOMAIN,
    EntryKind,
)
from .models import Certainty, Source
from .queries import Scope

PERSON_DOMAIN = "person"
ATTR_USER_ID = "user_id"
MY_CERTAIN = "certain"
MY_LIKELY = "likely"


class WhoseReason(StrEnum):
    """Why these accounts were chosen."""

    ENTRY = "entry"
    """The caller named the account."""
    USER = "user"
    """Linked to a person of the user who asked."""
    ONLY = "only"
    """The only Spotify account."""
    ALL = "all"
    """Nobody could be told apart: every account's plays."""


@dataclass(frozen=True, slots=True)
class ResolvedScope:
    """The history a request is about and how to say so."""

    scope: Scope
    accounts: list[str]
    """Titles of the accounts used (every account's for `WhoseReason.ALL`)."""
    said: str | None
    """E.g. "for Ada" when the choice is not obvious; None when it is."""
    reason: WhoseReason
    said_if_several: str | None = None
    """For everybody's history with fewer than two Spotify accounts set up:
    the phrase to say if the history holds more than one's plays anyway
    (`queries.listeners` > 1), which only a read can tell."""


def entry_kind(entry: ConfigEntry) -> EntryKind:
    """Return what an Encore entry connects (old entries are Spotify accounts)."""
    return EntryKind(entry.data.get(CONF_KIND, EntryKind.SPOTIFY))


@callback
def encore_entries(hass: HomeAssistant) -> list[ConfigEntry]:
    """Encore's entries, loaded or not, without ignored discoveries."""
    return [
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.source != SOURCE_IGNORE
    ]


@callback
def spotify_entries(hass: HomeAssistant) -> list[ConfigEntry]:
    """Every Spotify account entry, loaded or not: their plays are history."""
    return sorted(
        (
            entry
            for entry in encore_entries(hass)
            if entry_kind(entry) is EntryKind.SPOTIFY and entry.unique_id
        ),
        key=lambda entry: entry.title.casefold(),
    )


@callback
def history_entry(hass: HomeAssistant) -> ConfigEntry | None:
    """Return the listening history's entry (one per Home Assistant), if any."""
    return next(
        (e for e in encore_entries(hass) if entry_kind(e) is EntryKind.HISTORY), None
    )


@callback
def my_certainty(hass: HomeAssistant) -> Certainty:
    """Return the least certain attribution "my" answers count (likely, by default)."""
    entry = history_entry(hass)
    chosen = entry.options.get(CONF_ATTRIBUTION_MY) if entry is not None else None
    return Certainty.CERTAIN if chosen == MY_CERTAIN else Certainty.LIKELY


@callback
def attributed_person(hass: HomeAssistant, user_id: str | None) -> str | None:
    """Return the one person of a user whose attributed plays are theirs, if any.

    None without a user, with several persons (they cannot be told apart)
    or when that person stays out of attribution (their answers are their
    accounts' alone).
    """
    if user_id is None or len(persons := persons_of_user(hass, user_id)) != 1:
        return None
    (person,) = persons
    entry = history_entry(hass)
    chosen = (entry.options.get(CONF_ATTRIBUTION_PERSONS) if entry else None) or {}
    settings = chosen.get(person) if isinstance(chosen, Mapping) else None
    if isinstance(settings, Mapping) and settings.get(CONF_OPT_OUT):
        return None
    return person


@callback
def private_persons(hass: HomeAssistant) -> set[str]:
    """Return the persons who keep whose plays are theirs to themselves.

    Another user who is no administrator is not told a play was theirs
    (the household's figures still count it).
    """
    entry = history_entry(hass)
    chosen = (entry.options.get(CONF_ATTRIBUTION_PERSONS) if entry else None) or {}
    if not isinstance(chosen, Mapping):
        return set()
    return {
        str(person)
        for person, settings in chosen.items()
        if isinstance(settings, Mapping) and settings.get(CONF_PRIVATE)
    }


@callback
def account_of_entry(hass: HomeAssistant, entry_id: str) -> tuple[str, str]:
    """Return the history account key and title of a Spotify or Sonos entry.

    Raises ServiceValidationError (translated) for anything else.
    """
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_entry",
            translation_placeholders={"entry_id": entry_id},
        )
    kind = entry_kind(entry)
    if kind is EntryKind.SPOTIFY and entry.unique_id:
        return entry.unique_id, entry.title
    if kind is EntryKind.SONOS:
        return f"sonos:{entry.data[CONF_HOUSEHOLD_ID]}", entry.title
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="not_an_account",
        translation_placeholders={"entry": entry.title},
    )


@callback
def account_titles(hass: HomeAssistant) -> dict[str, str]:
    """Return the title of each history account Encore has an entry for."""
    titles: dict[str, str] = {}
    for entry in encore_entries(hass):
        kind = entry_kind(entry)
        if kind is EntryKind.SPOTIFY and entry.unique_id:
            titles[entry.unique_id] = entry.title
        elif kind is EntryKind.SONOS and CONF_HOUSEHOLD_ID in entry.data:
            titles[f"sonos:{entry.data[CONF_HOUSEHOLD_ID]}"] = entry.title
    return titles


@callback
def persons_of_user(hass: HomeAssistant, user_id: str) -> set[str]:
    """Return the person entities whose Home Assistant user is `user_id`."""
    return {
        state.entity_id
        for state in hass.states.async_all(PERSON_DOMAIN)
        if state.attributes.get(ATTR_USER_ID) == user_id
    }


@callback
def linked_entries(hass: HomeAssistant, user_id: str) -> list[ConfigEntry]:
    """Return the Spotify accounts linked to a person of the user."""
    persons = persons_of_user(hass, user_id)
    if not persons:
        return []
    return [
        entry
        for entry in spotify_entries(hass)
        if persons.intersection(_linked_persons(entry.options))
    ]


def _linked_persons(options: Mapping[str, Any]) -> list[str]:
    linked = options.get(CONF_PERSONS) or []
    return [str(person) for person in linked] if isinstance(linked, list) else []


@callback
def account_persons(hass: HomeAssistant) -> dict[str, list[str]]:
    """Return each Spotify account's linked persons: whose its plays are."""
    return {
        str(entry.unique_id): _linked_persons(entry.options)
        for entry in spotify_entries(hass)
    }


@callback
def _all_titles(hass: HomeAssistant) -> list[str]:
    """Titles of every Spotify account and Sonos household, for "everybody"."""
    return [
        entry.title
        for entry in sorted(
            encore_entries(hass),
            key=lambda entry: (entry_kind(entry) is not EntryKind.SPOTIFY, entry.title),
        )
        if entry_kind(entry) in (EntryKind.SPOTIFY, EntryKind.SONOS)
    ]


async def async_phrase(
    hass: HomeAssistant, key: str, accounts: list[str], language: str | None
) -> str:
    """Return the phrase `key` of the translations, in `language`."""
    language = language or hass.config.language
    translations = await async_get_translations(hass, language, "exceptions", [DOMAIN])
    names = ", ".join(accounts)
    template = translations.get(f"component.{DOMAIN}.exceptions.{key}.message")
    if template is None:  # a language without the text: English, then the key
        english = await async_get_translations(hass, "en", "exceptions", [DOMAIN])
        template = english.get(f"component.{DOMAIN}.exceptions.{key}.message", key)
    try:
        return template.format(accounts=names)
    except KeyError, IndexError:
        return template


async def async_resolve_scope(
    hass: HomeAssistant,
    *,
    user_id: str | None,
    config_entry_id: str | None = None,
    source: Source | None = None,
    language: str | None = None,
    everyone: bool = False,
) -> ResolvedScope:
    """Return whose history a request means (see the module's docstring).

    `user_id` asks (the context's user), `config_entry_id` is an account the
    caller named, `source` one collector or importer, `everyone` the whole
    household's history. Raises ServiceValidationError for no Encore account.
    """
    if config_entry_id:
        key, title = account_of_entry(hass, config_entry_id)
        return ResolvedScope(
            Scope(accounts=(key,), source=source), [title], None, WhoseReason.ENTRY
        )
    # Everyone: neither the user's accounts nor the only one, all of them.
    accounts = [] if everyone else spotify_entries(hass)
    if (
        not everyone
        and user_id is not None
        and (linked := linked_entries(hass, user_id))
    ):
        titles = [entry.title for entry in linked]
        # One linked account is what "I" means; with several, say which.
        said = (
            None
            if len(linked) == 1
            else await async_phrase(hass, "whose_for", titles, language)
        )
        return ResolvedScope(
            Scope(
                accounts=tuple(str(entry.unique_id) for entry in linked),
                source=source,
                person=attributed_person(hass, user_id),
                most=my_certainty(hass),
            ),
            titles,
            said,
            WhoseReason.USER,
        )
    # The only account is someone else's when it is linked to people and the
    # user asking is none of them: their "me" is not that account.
    someone_elses = (
        len(accounts) == 1
        and user_id is not None
        and bool(_linked_persons(accounts[0].options))
    )
    # Every account someone else's, and the asker a person: their "me" is
    # what was attributed to them (plays on speakers and players, issue 46).
    if (
        not everyone
        and accounts
        and all(_linked_persons(entry.options) for entry in accounts)
        and (person := attributed_person(hass, user_id)) is not None
    ):
        return ResolvedScope(
            Scope(accounts=(), source=source, person=person, most=my_certainty(hass)),
            [],
            None,
            WhoseReason.USER,
        )
    if len(accounts) == 1 and not someone_elses:
        only = accounts[0]
        return ResolvedScope(
            Scope(
                accounts=(str(only.unique_id),),
                source=source,
                person=attributed_person(hass, user_id),
                most=my_certainty(hass),
            ),
            [only.title],
            None,
            WhoseReason.ONLY,
        )
    return await _async_everyones(hass, source, language, someone_elses=someone_elses)


async def _async_everyones(
    hass: HomeAssistant,
    source: Source | None,
    language: str | None,
    *,
    someone_elses: bool,
) -> ResolvedScope:
    """Return everyone's history, with the phrase that says so when it must."""
    titles = _all_titles(hass)
    phrase = await async_phrase(
        hass,
        "whose_for_all" if titles else "whose_for_everything",
        titles,
        language,
    )
    # Two Spotify accounts set up: several people's plays. Fewer: only the
    # history can tell (the plays of accounts since removed), and a caller
    # that reads it asks `queries.listeners` in the same read.
    several = len(spotify_entries(hass)) > 1
    return ResolvedScope(
        Scope(accounts=None, source=source),
        titles,
        # Someone else's only account: say the answer is not the asker's own.
        phrase if several or someone_elses else None,
        WhoseReason.ALL,
        None if several else phrase,
    )
