"""Encore's media source: songs picked from the listening history, to play again.

Every player's media browser shows *Encore*: for each person (and the whole
household) their top songs this month, this year and of all time, what they
have on repeat, their forgotten favourites and this month's discoveries
(`history.questions.folders` says what each means), and the recap of each year
and month they have plays in (`media_recaps`). Nothing needs a write
permission on Spotify: a folder plays as Spotify's list of `uris` on an
Encore Spotify player and as a queue of share links on an Encore Sonos
player (both ask `media_lists`, which this module feeds). Other players
cannot stream a Spotify song from a URL, so resolving one says where it
plays instead of failing silently.

Identifiers:

- `""`: the root; with one Spotify account or none, the household's folders;
  with several, a folder for everyone and one per account;
- `<whose>`: a person's folders (`everyone`, or an account key, quoted);
- `<whose>/<recipe>`: a folder of songs (`Recipe`), playable as a whole;
- `<whose>/recaps`: the years with plays, newest first;
- `<whose>/recaps/<YYYY>`: the year's recap, then its months' with plays;
- `<whose>/recap/<YYYY>`, `<whose>/recap/<YYYY>-<MM>`: a year's or a
  month's recap, its top songs in its order, playable as a whole;
- `track/<spotify uri>`: one song.

An identifier of none of these forms (an unknown person or folder, a month
of letters, year 0, a month not begun yet) is unknown; a folder with no
Spotify song browses as not playable and says so when played.
"""

from collections.abc import Sequence
from urllib.parse import quote, unquote

from homeassistant.components.media_player import MediaClass, MediaType
from homeassistant.components.media_source import (
    BrowseMediaSource,
    MediaSource,
    MediaSourceItem,
    PlayMedia,
    Unresolvable,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from ..const import DOMAIN
from ..history.questions import (
    FOLDER_LIMIT,
    Recipe,
    Scope,
    SearchHit,
    TopEntry,
    async_folder,
    async_plays_of,
)
from ..history.whose import spotify_entries
from .lists import MEDIA_SOURCE_PREFIX, Found
from .recaps import (
    RECAP,
    RECAPS,
    RecapOf,
    async_months,
    async_songs,
    parse_recap,
    parse_year,
)

EVERYONE = "everyone"
TRACK = "track"
_SPOTIFY_TRACK = "spotify:track:"


class HistoryMediaSource(MediaSource):
    """Folders of songs from the listening history."""

    name = "Encore"

    def __init__(self, hass: HomeAssistant) -> None:
        """Keep Home Assistant for reading the history."""
        super().__init__(DOMAIN)
        self.hass = hass

    async def async_resolve_media(self, item: MediaSourceItem) -> PlayMedia:
        """Say where the history's songs play: they are no stream with a URL."""
        raise Unresolvable(
            translation_domain=DOMAIN,
            translation_key="history_media_players_only",
        )

    async def async_browse_media(self, item: MediaSourceItem) -> BrowseMediaSource:
        """Browse the root, a person, or a folder of songs."""
        titles = await self._async_titles()
        people = self._people()
        parts = item.identifier.split("/") if item.identifier else []
        if not parts:
            if len(people) <= 1:
                return self._person(EVERYONE, self.name, titles, root=True)
            return self._root(people, titles)
        whose = unquote(parts[0])
        if whose != EVERYONE and whose not in people:
            raise _unknown(item.identifier)
        name = titles["everyone"] if whose == EVERYONE else people[whose]
        if len(parts) == 1:
            return self._person(whose, name, titles)
        if parts[1] in (RECAPS, RECAP):
            return await self._async_browse_recaps(parts, whose, name, titles)
        try:
            recipe = Recipe(parts[1])
        except ValueError as err:
            raise _unknown(item.identifier) from err
        if len(parts) > 2:
            raise _unknown(item.identifier)
        entries = await self._async_entries(whose, recipe)
        return _folder(
            f"{_quoted(whose)}/{recipe}",
            _titled(titles[recipe], whose, name),
            entries,
        )

    async def _async_browse_recaps(
        self, parts: list[str], whose: str, name: str, titles: dict[str, str]
    ) -> BrowseMediaSource:
        """Browse the years with plays, a year, or a recap (`media_recaps`)."""
        identifier = "/".join(parts)
        now = dt_util.now()
        scope = _scope(whose)
        if parts[1] == RECAPS and len(parts) == 2:
            months = await async_months(self.hass, scope)
            years = sorted({month.year for month in months}, reverse=True)
            return _directory(
                identifier,
                _titled(titles[RECAPS], whose, name),
                [_directory(f"{identifier}/{year}", str(year)) for year in years],
            )
        found: int | RecapOf | None = None
        if len(parts) == 3:
            found = (parse_year if parts[1] == RECAPS else parse_recap)(parts[2], now)
        if found is None:
            raise _unknown(identifier)
        recaps = f"{_quoted(whose)}/{RECAP}"
        if isinstance(found, int):
            year = RecapOf(found)
            recaps_of_year = [year, *await async_months(self.hass, scope, found)]
            return _directory(
                identifier,
                _titled(str(found), whose, name),
                [
                    _playlist(f"{recaps}/{recap.key}", recap.title(titles))
                    for recap in recaps_of_year
                ],
                children_class=MediaClass.PLAYLIST,
            )
        entries = await async_songs(self.hass, scope, found, now, limit=FOLDER_LIMIT)
        return _folder(identifier, _titled(found.title(titles), whose, name), entries)

    async def async_uris(self, media_id: str) -> list[str]:
        """Return the Spotify URIs of an Encore media-source id, in play order."""
        identifier = media_id.removeprefix(MEDIA_SOURCE_PREFIX).lstrip("/")
        if identifier.startswith(f"{TRACK}/"):
            uri = identifier.removeprefix(f"{TRACK}/")
            if not uri.startswith(_SPOTIFY_TRACK):
                raise _unknown(identifier)
            return [uri]
        parts = identifier.split("/")
        whose = unquote(parts[0])
        if len(parts) > 1 and parts[1] == RECAP:
            # A recap: its top songs, as its folder lists them.
            now = dt_util.now()
            recap = parse_recap(parts[2], now) if len(parts) == 3 else None
            if recap is None or (whose != EVERYONE and whose not in self._people()):
                raise _unknown(identifier)
            entries = await async_songs(
                self.hass, _scope(whose), recap, now, limit=FOLDER_LIMIT
            )
        else:
            if len(parts) != 2 or parts[1] == RECAPS:
                raise Unresolvable(
                    translation_domain=DOMAIN,
                    translation_key="history_media_folder_needed",
                )
            try:
                recipe = Recipe(parts[1])
            except ValueError as err:
                raise _unknown(identifier) from err
            if whose != EVERYONE and whose not in self._people():
                raise _unknown(identifier)
            entries = await self._async_entries(whose, recipe)
        uris = [entry.uri for entry in entries]
        playable = [uri for uri in uris if uri and uri.startswith(_SPOTIFY_TRACK)]
        if not playable:
            raise Unresolvable(
                translation_domain=DOMAIN,
                translation_key="history_media_empty",
            )
        return playable

    async def async_plays_of(
        self, account: str | None, found: Sequence[Found]
    ) -> dict[str, int]:
        """Return how often an account (None: everyone) played each search result."""
        hits = [SearchHit(f.uri, f.name, f.artist, f.artist_uri) for f in found]
        return await async_plays_of(self.hass, account, hits)

    def _people(self) -> dict[str, str]:
        """Account key -> title of each Spotify account."""
        return {
            str(entry.unique_id): entry.title for entry in spotify_entries(self.hass)
        }

    async def _async_titles(self) -> dict[str, str]:
        language = self.hass.config.language
        prefix = f"component.{DOMAIN}.selector.history_media.options."
        found = await async_get_translations(self.hass, language, "selector", [DOMAIN])
        if language != "en":
            english = await async_get_translations(
                self.hass, "en", "selector", [DOMAIN]
            )
            found = {**english, **found}
        return {
            key.removeprefix(prefix): value
            for key, value in found.items()
            if key.startswith(prefix)
        }

    async def _async_entries(self, whose: str, recipe: Recipe) -> list[TopEntry]:
        return await async_folder(self.hass, recipe, _scope(whose), now=dt_util.now())

    def _root(
        self, people: dict[str, str], titles: dict[str, str]
    ) -> BrowseMediaSource:
        children = [
            _directory(EVERYONE, titles["everyone"]),
            *(_directory(_quoted(key), title) for key, title in people.items()),
        ]
        return _directory(None, self.name, children)

    def _person(
        self, whose: str, name: str, titles: dict[str, str], *, root: bool = False
    ) -> BrowseMediaSource:
        quoted = _quoted(whose)
        return _directory(
            None if root else quoted,
            name,
            [
                *(_playlist(f"{quoted}/{recipe}", titles[recipe]) for recipe in Recipe),
                _directory(f"{quoted}/{RECAPS}", titles[RECAPS]),
            ],
            # Folders of songs and the recaps' directory.
            children_class=MediaClass.DIRECTORY,
        )


def _scope(whose: str) -> Scope:
    return Scope(accounts=None if whose == EVERYONE else (whose,))


def _quoted(whose: str) -> str:
    return quote(whose, safe="")


def _titled(title: str, whose: str, name: str) -> str:
    """Return a folder's own title: with its person's name, but the household's."""
    return title if whose == EVERYONE else f"{title} ({name})"


def _playlist(identifier: str, title: str) -> BrowseMediaSource:
    """Return a folder of songs as its person's folder lists it: to play, to open."""
    return BrowseMediaSource(
        domain=DOMAIN,
        identifier=identifier,
        media_class=MediaClass.PLAYLIST,
        media_content_type=MediaType.PLAYLIST,
        title=title,
        can_play=True,
        can_expand=True,
    )


def _folder(identifier: str, title: str, entries: list[TopEntry]) -> BrowseMediaSource:
    """Return a folder of songs, opened: playable if it has a Spotify song."""
    children = [
        BrowseMediaSource(
            domain=DOMAIN,
            identifier=f"{TRACK}/{entry.uri}",
            media_class=MediaClass.TRACK,
            media_content_type=MediaType.TRACK,
            title=f"{entry.name} · {entry.artist}" if entry.artist else entry.name,
            can_play=True,
            can_expand=False,
            thumbnail=entry.image,
        )
        for entry in entries
        if entry.uri and entry.uri.startswith(_SPOTIFY_TRACK)
    ]
    return BrowseMediaSource(
        domain=DOMAIN,
        identifier=identifier,
        media_class=MediaClass.PLAYLIST,
        media_content_type=MediaType.PLAYLIST,
        title=title,
        can_play=bool(children),
        can_expand=True,
        children=children,
        children_media_class=MediaClass.TRACK,
    )


def _directory(
    identifier: str | None,
    title: str,
    children: list[BrowseMediaSource] | None = None,
    *,
    children_class: MediaClass = MediaClass.DIRECTORY,
) -> BrowseMediaSource:
    """Return a folder of folders, with its `children` when it is opened."""
    return BrowseMediaSource(
        domain=DOMAIN,
        identifier=identifier,
        media_class=MediaClass.DIRECTORY,
        media_content_type=MediaType.MUSIC,
        title=title,
        can_play=False,
        can_expand=True,
        children=children,
        children_media_class=None if children is None else children_class,
    )


def _unknown(identifier: str) -> Unresolvable:
    return Unresolvable(
        translation_domain=DOMAIN,
        translation_key="history_media_unknown",
        translation_placeholders={"identifier": identifier},
    )
