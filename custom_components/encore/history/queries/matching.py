"""Finding an artist, track, album or show by what someone said or typed."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
import re
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select

from ..models import PlayKind
from ..store.names import normalize_name
from ..store.schema import (
    ALL_ACCOUNTS,
    artist_totals,
    artists,
    item_totals,
    items,
    plays,
)
from .common import Filter, resolve_scope, tail_range
from .inside_words import (
    INSIDE_BASE,
    INSIDE_SCALE,
    INSIDE_SKIP,
    artist_of_another,
    inner_spans,
)
from .model import Match, Scope, TopKind
from .name_scores import (
    EXACT_SCORE,
    FUZZY_MARGIN,
    PREFIX_SCORE,
    SOUND_SCORE,
    WORDS_SCORE,
    NameScorer,
    sounded_starts,
)

# -- finding names -----------------------------------------------------------------

_GERMAN_ARTICLES = frozenset({"die", "der", "das", "den", "dem", "des"})
"""A German article said before a name, where English's "the" is normalised away."""
POOL_LIMIT = 5_000
"""Rows read per candidate query; a prefix of two letters can match many."""
CHUNK = 900


@dataclass(frozen=True, slots=True)
class Resolved:
    """A match and the rows it stands for.

    `ids` are artist ids for artists and shows (every artist whose name
    normalises the same), item ids for tracks and albums (every item of that
    title, or album, by an artist of that name).
    """

    match: Match
    ids: tuple[int, ...]


@dataclass(slots=True)
class _Group:
    norm: str
    artist_norm: str | None
    score: float
    ids: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    artist_ids: dict[int, int | None] = field(default_factory=dict)
    streams: int = 0
    member_streams: dict[int, int] = field(default_factory=dict)

    def count(self, streams: dict[int, int]) -> None:
        """Take the streams of the members from `streams`."""
        self.member_streams = {ref: streams.get(ref, 0) for ref in self.ids}
        self.streams = sum(self.member_streams.values())


def _unique(groups: list[_Group]) -> list[_Group]:
    """Return the groups the best match stands for; none when two fit as well.

    An exact name may be several groups (a title by several artists: the
    most played is taken). A clipped, misheard or partial name is taken
    only when exactly one known name fits: two names starting with "bo",
    two names holding "punk", two names about as close to "jusstice" are
    a question back ("I found nothing called"), never a guess.
    """
    top = max(group.score for group in groups)
    if top >= EXACT_SCORE:
        return [group for group in groups if group.score >= EXACT_SCORE]
    if SOUND_SCORE < top < WORDS_SCORE:
        near = [group for group in groups if group.score >= top - FUZZY_MARGIN]
    else:
        near = [group for group in groups if group.score == top]
    return near if len({group.norm for group in near}) == 1 else []


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def _prefix_end(query: str) -> str:
    """Return the least string after every string that starts with `query`."""
    return query + "\U0010ffff"


def _streams(
    conn: Connection,
    column: str,
    ids: Sequence[int],
    kinds: Sequence[int],
    *,
    tail: tuple[int, int] | None,
    scope: Filter | None,
) -> dict[int, int]:
    """All streams of these artists (`column` artist_id) or items (item_id).

    Of the scope's accounts (every account without one), from every source:
    what was played at all there, and the tie-break between equal names.
    """
    found: dict[int, int] = {}
    if not ids:
        return found
    table = artist_totals if column == "artist_id" else item_totals
    total_key = table.c[column]
    play_key = plays.c[column]
    # Everyone's own rows (by their primary key), or the accounts'.
    accounts = (
        [table.c.account_id == ALL_ACCOUNTS]
        if scope is None
        else scope.totals(table.c.account_id)
    )
    tail_accounts = (
        [] if scope is None or scope.everyone else scope.on(plays.c.account_id)
    )
    for chunk in _chunks(ids):
        rows = list(
            conn.execute(
                select(total_key, func.sum(table.c.streams))
                .where(
                    *accounts,
                    total_key.in_(chunk),
                    table.c.kind.in_(kinds),
                )
                .group_by(total_key)
            ).tuples()
        )
        if tail is not None:
            rows += conn.execute(
                select(play_key, func.count())
                .where(
                    plays.c.id >= tail[0],
                    plays.c.id <= tail[1],
                    *tail_accounts,
                    play_key.in_(chunk),
                    plays.c.kind.in_(kinds),
                )
                .group_by(play_key)
            ).tuples()
        for key, streams in rows:
            found[int(key)] = found.get(int(key), 0) + int(streams or 0)
    return found


def _tiers(
    conn: Connection,
    query: str,
    norm_column: Any,
    base: Select[Any],
    *,
    beat: float = 0.0,
) -> Iterator[list[Any]]:
    """Rows whose name is `query`; starting with it; holding its words; a pool.

    Names holding the longest word said, for a name said by its words
    (`words_fit`). The pool, for fuzzy matching: names starting with the
    same two characters or with the same first word (a misheard later
    word), or with the start it is written by ear for ("fantom" is
    Phantom, "schustiss" Justice, "mun" Moon: `sounded_starts`), each an
    indexed range, capped. `beat`: a score another reading has already; the tiers
    past the exact one score a prefix at best, and when that cannot beat
    it they are not read (the words' tier reads the whole table).
    """
    yield list(conn.execute(base.where(norm_column == query).limit(POOL_LIMIT)))
    if beat >= PREFIX_SCORE:
        return
    if len(query) >= 2:
        yield list(
            conn.execute(
                base.where(norm_column > query, norm_column < _prefix_end(query)).limit(
                    POOL_LIMIT
                )
            )
        )
    longest = max(query.split(), key=len, default="")
    if len(longest) >= 3 and longest not in INSIDE_SKIP:
        yield list(
            conn.execute(
                base.where(norm_column.contains(longest, autoescape=True)).limit(
                    POOL_LIMIT
                )
            )
        )
    pool: list[Any] = []
    for start in _pool_starts(query):
        pool += conn.execute(
            base.where(norm_column >= start, norm_column < _prefix_end(start)).limit(
                POOL_LIMIT
            )
        )
    yield pool


def _pool_starts(query: str) -> list[str]:
    """Return the starts the fuzzy pool reads: two letters, the first word, by ear."""
    starts = (query[:2], query.split(" ", maxsplit=1)[0], *sounded_starts(query))
    return list(dict.fromkeys(starts))


def _by_ear_rows(
    conn: Connection, query: str, norm_column: Any, base: Select[Any]
) -> list[Any]:
    """Rows named `query` or starting as it does, by its letters or by ear.

    One statement for an album's name, which has no index: the exact name
    (first) and the fuzzy pool of `_tiers` ("mun safari" reads the albums
    from "mu", "mun" and "moo"), in one read of the items where the exact
    name alone was read before.
    """
    ranges = [
        and_(norm_column >= start, norm_column < _prefix_end(start))
        for start in _pool_starts(query)
        if len(start) >= 2
    ]
    return list(
        conn.execute(
            base.where(or_(norm_column == query, *ranges))
            .order_by((norm_column == query).desc())
            .limit(POOL_LIMIT)
        )
    )


def _artist_names(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(name, normalised name) of artists by id."""
    names: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(ids):
        for artist_id, name, norm in conn.execute(
            select(artists.c.id, artists.c.name, artists.c.name_norm).where(
                artists.c.id.in_(chunk)
            )
        ):
            names[int(artist_id)] = (name, norm or normalize_name(name))
    return names


def _best(groups: Sequence[_Group]) -> _Group | None:
    """Pick the best scored group; ties go to the most streamed, then the shortest."""
    if not groups:
        return None
    return min(
        groups,
        key=lambda group: (-group.score, -group.streams, len(group.norm), group.norm),
    )


def _artist_groups(
    conn: Connection,
    query: str,
    kind: PlayKind,
    *,
    tail: tuple[int, int] | None,
    scope: Filter | None,
    beat: float = 0.0,
) -> list[_Group]:
    """Artists (or shows) by name, grouped by normalised name, scored.

    The first tier (exact, prefix, words, fuzzy) with a played artist wins; when
    none has one, every artist is tried fuzzily: artists are few (tens of
    thousands), and a misheard first letter should not hide one.
    """
    base = select(artists.c.id, artists.c.name, artists.c.name_norm)

    def tiers() -> Iterator[Sequence[Any]]:
        yield from _tiers(conn, query, artists.c.name_norm, base, beat=beat)
        if beat < PREFIX_SCORE:
            # Tens of thousands of rows: fetched at once, not one by one.
            yield conn.execute(base).all()

    score_of = NameScorer(query)
    for rows in tiers():
        groups: dict[str, _Group] = {}
        for row in rows:
            norm = row.name_norm or normalize_name(row.name)
            score = score_of(norm)
            if not score:
                continue
            group = groups.setdefault(norm, _Group(norm, None, score))
            group.ids.append(int(row.id))
            group.names[int(row.id)] = row.name
        if not groups:
            continue
        streams = _streams(
            conn,
            "artist_id",
            [i for g in groups.values() for i in g.ids],
            (kind,),
            tail=tail,
            scope=scope,
        )
        for group in groups.values():
            group.count(streams)
        played = [group for group in groups.values() if group.streams > 0]
        if played:
            # Two names fitting as well end the search: no worse tier guesses.
            return _unique(played)
    return []


def _item_groups(
    conn: Connection,
    query: str,
    kind: TopKind,
    artist_groups: Sequence[_Group] | None,
    *,
    tail: tuple[int, int] | None,
    scope: Filter | None,
    beat: float = 0.0,
    by_ear: bool = False,
) -> list[_Group]:
    """Tracks or albums by name (by one of `artist_groups`), grouped, scored.

    The first tier (exact, prefix, words, fuzzy) with a played item wins. With
    artists, their items are few: all of them are scored. `by_ear`: the
    exact name and the pool of names starting alike, read at once
    (`_by_ear_rows`), for a column with no index of its own.
    """
    norm_column = items.c.title_norm if kind is TopKind.TRACK else items.c.album_norm
    name_column = items.c.title if kind is TopKind.TRACK else items.c.album
    base = select(
        items.c.id,
        name_column.label("name"),
        norm_column.label("norm"),
        items.c.artist_id,
    ).where(items.c.kind == int(PlayKind.TRACK), norm_column.is_not(None))
    artist_scores: dict[int, float] = {}
    if artist_groups is not None:
        for group in artist_groups:
            for artist_id in group.ids:
                artist_scores[artist_id] = group.score
        rows: list[Any] = []
        for chunk in _chunks(list(artist_scores)):
            rows += conn.execute(base.where(items.c.artist_id.in_(chunk)))
        tiers: Iterator[list[Any]] = iter([rows])
    elif by_ear:
        tiers = iter([_by_ear_rows(conn, query, norm_column, base)])
    else:
        tiers = _tiers(conn, query, norm_column, base, beat=beat)
    score_of = NameScorer(query)
    for tier in tiers:
        names = _artist_names(conn, [row.artist_id for row in tier if row.artist_id])
        groups: dict[tuple[str, str | None], _Group] = {}
        for row in tier:
            score = score_of(row.norm)
            if not score:
                continue
            if artist_groups is not None:
                score *= artist_scores[row.artist_id]
            artist_norm = names[row.artist_id][1] if row.artist_id in names else None
            group = groups.setdefault(
                (row.norm, artist_norm), _Group(row.norm, artist_norm, score)
            )
            group.ids.append(int(row.id))
            group.names[int(row.id)] = row.name
            group.artist_ids[int(row.id)] = row.artist_id
        if not groups:
            continue
        streams = _streams(
            conn,
            "item_id",
            [i for g in groups.values() for i in g.ids],
            (int(PlayKind.TRACK),),
            tail=tail,
            scope=scope,
        )
        for group in groups.values():
            group.count(streams)
        played = [group for group in groups.values() if group.streams > 0]
        if played:
            # An artist said narrows the songs: the best of theirs is meant.
            return played if artist_groups is not None else _unique(played)
    return []


def _display(group: _Group) -> tuple[str, int | None]:
    """Return the name and artist id of the group's most streamed member."""
    top = max(group.ids, key=lambda ref: (group.member_streams.get(ref, 0), -ref))
    return group.names[top], group.artist_ids.get(top)


def resolve_name(
    conn: Connection,
    name: str,
    kind: TopKind,
    *,
    artist: str | None = None,
    scope: Filter | None = None,
    beat: float = 0.0,
) -> Resolved | None:
    """Find what `name` most likely means, and every row it stands for.

    Among what the scope's accounts played (every account's without one).
    A track no song goes by is an album of that exact name (its songs).
    When nothing goes by the whole of it, the longest name inside it
    (`_inside`): words caught with a name ("sexy boy when was that").
    """
    query = normalize_name(name)
    if not query or (scope is not None and scope.nothing):
        return None
    found = _resolve(conn, query, kind, artist=artist, scope=scope, beat=beat)
    if (
        found is None
        and (article := query.split(" ", 1))[0] in _GERMAN_ARTICLES
        and len(article) == 2
    ):
        # "die Daly", "den Daili": a German article before a name it is no
        # part of ("the" is dropped by `normalize_name` already). The name
        # with it ("Die Ärzte") was looked for first, with every tier.
        found = _resolve(conn, article[1], kind, artist=artist, scope=scope, beat=beat)
    if found is None and _SPELLED.fullmatch(query):
        # "dance" for "D.A.N.C.E.", "rem" for "R.E.M.": a title of letters
        # with dots is stored letter by letter ("d a n c e"), and a
        # recogniser writes it as a word (issue 45's seventy-first turn,
        # blind writer 480: "has d.a.n.c.e. been on" found nothing). Only
        # when nothing goes by the word itself, and only the letters' exact
        # name: a name said by ear is no title spelled out.
        found = _spelled(conn, query, kind, artist=artist, scope=scope)
    if found is None and artist is None and beat < INSIDE_BASE + INSIDE_SCALE:
        return _inside(conn, query, kind, scope=scope)
    return found


_SPELLED = re.compile(r"[a-z]{3,8}")
"""A word that may be a title spelled by its letters ("dance", "rem")."""


def _spelled(
    conn: Connection,
    query: str,
    kind: TopKind,
    *,
    artist: str | None,
    scope: Filter | None,
) -> Resolved | None:
    """Find the title `query` spells letter by letter, by its exact name only."""
    letters = " ".join(query)
    found = _resolve(conn, letters, kind, artist=artist, scope=scope, beat=EXACT_SCORE)
    if found is None or normalize_name(found.match.name) != letters:
        return None
    return found


def _resolve(
    conn: Connection,
    query: str,
    kind: TopKind,
    *,
    artist: str | None,
    scope: Filter | None,
    beat: float = 0.0,
) -> Resolved | None:
    """Find what the normalised `query` most likely means (no words inside it).

    `beat`: a song or album that cannot score above it is not looked for
    past its exact name (`_tiers`).
    """
    tail = tail_range(conn)
    if kind in (TopKind.ARTIST, TopKind.SHOW):
        play_kind = PlayKind.TRACK if kind is TopKind.ARTIST else PlayKind.EPISODE
        best = _best(
            _artist_groups(conn, query, play_kind, tail=tail, scope=scope, beat=beat)
        )
        if best is None:
            return None
        display, _ = _display(best)
        return Resolved(
            Match(kind, display, None, round(best.score, 3)), tuple(sorted(best.ids))
        )
    artist_groups = None
    if artist is not None and (artist_query := normalize_name(artist)):
        candidates = _artist_groups(
            conn, artist_query, PlayKind.TRACK, tail=tail, scope=scope
        )
        if not candidates:
            return None
        # The best tier of artist names only: an exact artist beats a
        # better title by a similarly named one.
        top_score = max(group.score for group in candidates)
        artist_groups = [group for group in candidates if group.score == top_score]
    best = _best(
        _item_groups(
            conn, query, kind, artist_groups, tail=tail, scope=scope, beat=beat
        )
    )
    if best is None and kind is TopKind.TRACK:
        # "Anything off Homework", "die Platte Cross": no song goes by the
        # name, an album does, word for word; its songs are what it means.
        # An album's name said by ear or with a slip ("the Moon Safaris
        # album", "mun safari") is taken from the names starting alike,
        # read with the exact one, when one album alone fits (`_unique`);
        # an exact name wins, and a fuzzy one needs the song tiers' beat.
        albums = _item_groups(
            conn,
            query,
            TopKind.ALBUM,
            artist_groups,
            tail=tail,
            scope=scope,
            beat=EXACT_SCORE,
            by_ear=artist_groups is None and beat < PREFIX_SCORE,
        )
        exact = [group for group in albums if group.norm == query]
        best = _best(exact or [group for group in albums if group.score > beat])
        kind = TopKind.ALBUM
    if best is None:
        return None
    display, artist_id = _display(best)
    artist_name = None
    if artist_id is not None:
        artist_name = _artist_names(conn, [artist_id])[artist_id][0]
    return Resolved(
        Match(kind, display, artist_name, round(best.score, 3)), tuple(sorted(best.ids))
    )


# -- a name inside the words caught with it ------------------------------------------


def _known(conn: Connection, spans: Sequence[str], kind: TopKind) -> set[str]:
    """Return the spans some artist, show, track or album is called (normalised)."""
    if kind in (TopKind.ARTIST, TopKind.SHOW):
        column: Any = artists.c.name_norm
        base = select(column)
    else:
        column = items.c.title_norm if kind is TopKind.TRACK else items.c.album_norm
        base = select(column).where(items.c.kind == int(PlayKind.TRACK))
    known: set[str] = set()
    for start in range(0, len(spans), CHUNK):
        chunk = list(spans[start : start + CHUNK])
        known.update(
            str(norm)
            for (norm,) in conn.execute(base.where(column.in_(chunk)).distinct())
        )
    if kind is TopKind.TRACK:
        # A song asked for may be an album's name (`_resolve` finds it).
        known |= _known(conn, spans, TopKind.ALBUM)
    return known


def _inside(
    conn: Connection, query: str, kind: TopKind, *, scope: Filter | None
) -> Resolved | None:
    """Return the longest name played inside the words `query`, word for word.

    "how often did i have the daily on since may" holds "The Daily";
    "that around the world song the daft punk one" holds "Around the
    World" and "Daft Punk". Exact names only (a fuzzy one inside other
    words is a guess), and only those the scope played.
    """
    spans = inner_spans(query)
    if not spans:
        return None
    if kind is TopKind.TRACK and (
        song := _song_beside_artist(conn, query, spans, scope=scope)
    ):
        return song
    known = _known(conn, spans, kind)
    for span in spans:
        if span not in known or artist_of_another(query, span):
            continue
        found = _resolve(conn, span, kind, artist=None, scope=scope)
        if found is None or found.match.score < EXACT_SCORE:
            continue
        share = len(span.split()) / len(query.split())
        score = round(INSIDE_BASE + INSIDE_SCALE * share, 3)
        match = found.match
        return Resolved(Match(match.kind, match.name, match.artist, score), found.ids)
    return None


_SONG_WORD_MIN = 4
"""One word beside an artist begins a song only when it is this long."""


def _song_beside_artist(
    conn: Connection, query: str, spans: Sequence[str], *, scope: Filter | None
) -> Resolved | None:
    """Return the song of an artist said inside `query` that its other words begin.

    "the daft punk one more" (speech left out "time song") is One More
    Time by Daft Punk, never all of Daft Punk's plays: the words beside the
    artist are the song's, by prefix or word by word (`words_fit`), and one
    song of that artist's only.
    """
    artists_said = _known(conn, spans, TopKind.ARTIST)
    for span in spans:
        if span not in artists_said:
            continue
        words, said = query.split(), span.split()
        at = next(
            start
            for start in range(len(words) - len(said) + 1)
            if words[start : start + len(said)] == said
        )
        rest = [
            word
            for word in words[:at] + words[at + len(said) :]
            if word not in INSIDE_SKIP or word == "one"
        ]
        # "One" is a title's first word as often as speech's ("the Justice one").
        while rest and rest[-1] == "one":
            rest.pop()
        # The words said may go on past the song's ("one more loads") or
        # begin before it ("how many times sounded the dance of Justice"):
        # the longest run that begins one, the earliest first.
        found = None
        for run in _runs(rest):
            if len(run) > 1 or len(run[0]) >= _SONG_WORD_MIN:
                found = _resolve(
                    conn, " ".join(run), TopKind.TRACK, artist=span, scope=scope
                )
                if found is not None and found.match.score >= WORDS_SCORE:
                    break
                found = None
        if found is None:
            continue
        share = (len(said) + len(rest)) / len(words)
        score = round(INSIDE_BASE + INSIDE_SCALE * share, 3)
        match = found.match
        return Resolved(Match(match.kind, match.name, match.artist, score), found.ids)
    return None


def _runs(words: Sequence[str]) -> list[Sequence[str]]:
    """Return the runs of `words`, the longest first, the earliest first."""
    return [
        words[start : start + size]
        for size in range(len(words), 0, -1)
        for start in range(len(words) - size + 1)
    ]


def find(
    conn: Connection,
    name: str,
    kind: TopKind,
    *,
    artist: str | None = None,
    scope: Scope | None = None,
    beat: float = 0.0,
) -> Match | None:
    """Find the artist, track, album or show `name` most likely means.

    Case, accents, punctuation and a leading "The" do not count
    (`normalize_name`): "BEYONCE" finds "Beyoncé". An exact name wins over
    one that starts with what was said, which wins over one said by its
    words ("bo rhap", "floyd": `words_fit`), which wins over a fuzzy one
    (difflib ratio of at least 0.8, or 0.65 for a name that sounds the
    same, over names sharing their first two letters or first word, or over
    all artists). Past an exact name, a match is taken only when one known
    name fits (`_unique`): two that fit as well find nothing. Only what the
    scope's accounts played is found (every account's without a scope);
    equally named songs go to the most played there. `artist` narrows tracks and
    albums to an artist of that name (found the same way; the score is the
    product of both). Tracks and albums are grouped by name and artist's
    name: one match stands for every version of a song by that artist.
    `beat`: the score another reading of the name has (an artist's, when a
    song is looked for too): what cannot score above it is not read for.
    """
    found = None if scope is None else resolve_scope(conn, scope)
    resolved = resolve_name(conn, name, kind, artist=artist, scope=found, beat=beat)
    return None if resolved is None else resolved.match
