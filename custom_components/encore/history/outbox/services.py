"""Last.fm and ListenBrainz as the outbox sends to them: deliver, and look back.

Each service turns queued plays into its own calls (`scrobbling/`'s typed
clients) and says what became of them: sent, refused for good (with the
service's code), or to try later. `held` asks the service which of a batch
it already has: after a crash between a call and its answer being stored,
only those it lacks go again.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from ...scrobbling.lastfm import RETRYABLE, SCROBBLE_BATCH, LastfmClient, LastfmError
from ...scrobbling.listenbrainz import PAGE_COUNT, ListenBrainzClient, ListenBrainzError
from ...scrobbling.models import Scrobble
from ..store.outbox import QueuedScrobble

DAILY_LIMIT_CODE: Final = 5
"""Last.fm's "daily scrobble limit exceeded": the same scrobble goes tomorrow."""
_INVALID_SIGNATURE: Final = 13


class RevokedError(Exception):
    """The session or token is no longer good: the user must sign in again."""


class LaterError(Exception):
    """The service cannot take it now (rate limit, outage): nothing is lost."""


@dataclass(slots=True)
class Delivery:
    """What a service did with a batch, by outbox row id."""

    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, int]] = field(default_factory=list)
    """(row id, the service's code) of scrobbles it refused for good."""
    later: list[int] = field(default_factory=list)
    """Refused for now (Last.fm's daily limit): sent again later."""


class ScrobbleService(Protocol):
    """One account at Last.fm or ListenBrainz, as the outbox sends to it."""

    batch: int
    can_retract: bool
    """Whether a scrobble sent can be taken back (ListenBrainz; not Last.fm)."""

    async def deliver(self, queued: Sequence[QueuedScrobble]) -> Delivery:
        """Send a batch; raise `RevokedError` or `LaterError` for the whole."""

    async def held(self, queued: Sequence[QueuedScrobble]) -> set[int]:
        """Return the row ids of the batch the service already holds."""

    async def retract(self, queued: QueuedScrobble) -> None:
        """Take back a scrobble sent (only where `can_retract`)."""

    async def now_playing(self, scrobble: Scrobble) -> None:
        """Say what plays now, once; raise the service's error as it comes."""

    def busy_for(self) -> float:
        """Return how long a call would wait for its turn (a rate limit's hold)."""


def scrobble_of(queued: QueuedScrobble) -> Scrobble:
    """Return the scrobble of a queued play, stamped with its start."""
    uri = queued.uri if queued.uri and queued.uri.startswith("spotify:track:") else None
    return Scrobble(
        artist=queued.artist,
        title=queued.title,
        listened_at=queued.started_at,
        album=queued.album,
        duration_ms=queued.length_ms,
        spotify_uri=uri,
    )


def _key(stamp: int, title: str) -> tuple[int, str]:
    # Both services may correct a title's spelling: case is not a difference.
    return stamp, title.casefold()


def _matching(
    queued: Sequence[QueuedScrobble], found: set[tuple[int, str]]
) -> set[int]:
    return {q.row_id for q in queued if _key(q.started_at, q.title) in found}


class LastfmService:
    """A Last.fm session (`track.scrobble`, 50 a batch)."""

    batch = SCROBBLE_BATCH
    can_retract = False
    """Last.fm's API has no call that removes a scrobble (only its web site)."""

    def __init__(self, client: LastfmClient, user: str, session_key: str) -> None:
        """Send as `user`, with the session key of the web flow."""
        self._client = client
        self._user = user
        self._session_key = session_key

    async def deliver(self, queued: Sequence[QueuedScrobble]) -> Delivery:
        """Scrobble a batch; sort out what Last.fm ignored, by its code."""
        try:
            result = await self._client.scrobble(
                self._session_key, [scrobble_of(q) for q in queued]
            )
        except LastfmError as err:
            raise _lastfm_error(err) from err
        ignored = dict(result.ignored)
        delivery = Delivery()
        for index, item in enumerate(queued):
            code = ignored.get(index)
            if code is None:
                delivery.sent.append(item.row_id)
            elif code == DAILY_LIMIT_CODE:
                delivery.later.append(item.row_id)
            else:
                delivery.failed.append((item.row_id, code))
        return delivery

    async def held(self, queued: Sequence[QueuedScrobble]) -> set[int]:
        """Read the user's scrobbles between the batch's first and last stamps."""
        if not queued:
            return set()
        since = min(q.started_at for q in queued)
        until = max(q.started_at for q in queued) + 1
        found: set[tuple[int, str]] = set()
        page = 1
        try:
            while True:
                answer = await self._client.recent_tracks(
                    self._user, page=page, since=since, until=until
                )
                found.update(_key(s.listened_at, s.title) for s in answer.scrobbles)
                if page >= answer.total_pages:
                    break
                page += 1
        except LastfmError as err:
            raise _lastfm_error(err) from err
        return _matching(queued, found)

    async def retract(self, queued: QueuedScrobble) -> None:
        """Last.fm cannot take a scrobble back: the caller says so."""
        raise NotImplementedError

    async def now_playing(self, scrobble: Scrobble) -> None:
        """`track.updateNowPlaying`, tried once."""
        await self._client.update_now_playing(self._session_key, scrobble)

    def busy_for(self) -> float:
        """Return how long the client's next call would wait."""
        return self._client.pacer.delay()


def _lastfm_error(err: LastfmError) -> Exception:
    if err.is_auth or err.code == _INVALID_SIGNATURE:
        return RevokedError(err.code)
    # Anything else, retryable or not, is tried again later: nothing is lost.
    return LaterError(err.code if err.code in RETRYABLE else f"code {err.code}")


class ListenBrainzService:
    """A ListenBrainz token (`submit-listens` of type `import`, 1,000 a call)."""

    batch = PAGE_COUNT
    can_retract = True

    def __init__(self, client: ListenBrainzClient, user: str) -> None:
        """Send as `user` (the client holds their token)."""
        self._client = client
        self._user = user

    async def deliver(self, queued: Sequence[QueuedScrobble]) -> Delivery:
        """Submit a batch; one listen ListenBrainz refuses is tried alone."""
        delivery = Delivery()
        try:
            await self._client.submit("import", [scrobble_of(q) for q in queued])
        except ListenBrainzError as err:
            if err.status != 400:
                raise _listenbrainz_error(err) from err
            # One bad listen refuses the whole payload: find it, send the rest.
            for item in queued:
                try:
                    await self._client.submit("import", [scrobble_of(item)])
                except ListenBrainzError as single:
                    if single.status != 400:
                        raise _listenbrainz_error(single) from single
                    delivery.failed.append((item.row_id, 400))
                else:
                    delivery.sent.append(item.row_id)
            return delivery
        delivery.sent.extend(q.row_id for q in queued)
        return delivery

    async def held(self, queued: Sequence[QueuedScrobble]) -> set[int]:
        """Read the user's listens back from the batch's last stamp to its first."""
        if not queued:
            return set()
        oldest = min(q.started_at for q in queued)
        max_ts: int | None = max(q.started_at for q in queued) + 1
        found: set[tuple[int, str]] = set()
        try:
            while max_ts is not None:
                page = await self._client.listens(self._user, max_ts=max_ts)
                found.update(_key(s.listened_at, s.title) for s in page.scrobbles)
                if (
                    page.oldest is None
                    or page.oldest <= oldest
                    or (len(page.scrobbles) + page.unreadable < PAGE_COUNT)
                ):
                    break
                max_ts = page.oldest + 1 if page.oldest + 1 < max_ts else None
        except ListenBrainzError as err:
            raise _listenbrainz_error(err) from err
        return _matching(queued, found)

    async def retract(self, queued: QueuedScrobble) -> None:
        """Delete the listen: found by its time and title, deleted by its msid.

        A listen the user no longer holds (deleted on the site) is done.
        """
        try:
            msid = await self._client.recording_msid(
                self._user, queued.started_at, queued.title
            )
            if msid is not None:
                await self._client.delete_listen(queued.started_at, msid)
        except ListenBrainzError as err:
            raise _listenbrainz_error(err) from err

    async def now_playing(self, scrobble: Scrobble) -> None:
        """`submit-listens` of type `playing_now`, tried once."""
        await self._client.submit("playing_now", [scrobble])

    def busy_for(self) -> float:
        """Return how long the client's next call would wait."""
        return self._client.pacer.delay()


def _listenbrainz_error(err: ListenBrainzError) -> Exception:
    if err.is_auth:
        return RevokedError(err.status)
    return LaterError(err.status)
