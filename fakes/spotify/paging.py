"""Paging objects and query-parameter checks shared by the list endpoints.

Spotify's `next`/`previous` are absolute URLs; the fake builds them on its own
host so a client can follow them exactly as it follows the real ones.
"""

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from .errors import bad_request


def build_url(base: str, params: Mapping[str, Any]) -> str:
    """Return `base?k=v&...` with values quoted the way Spotify quotes them."""
    present = {key: value for key, value in params.items() if value is not None}
    if not present:
        return base
    return f"{base}?{urlencode(present, quote_via=quote, safe=',:')}"


def offset_page(
    items: Sequence[Any],
    *,
    total: int,
    offset: int,
    limit: int,
    url: str,
    params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return an offset paging object for one page of `items`."""
    extra = dict(params or {})

    def link(at: int) -> str:
        return build_url(url, {"offset": at, "limit": limit, **extra})

    return {
        "href": link(offset),
        "items": list(items),
        "limit": limit,
        "next": link(offset + limit) if offset + limit < total else None,
        "offset": offset,
        "previous": link(max(offset - limit, 0)) if offset > 0 else None,
        "total": total,
    }


def slice_page[T](
    items: Sequence[T], offset: int, limit: int
) -> tuple[Sequence[T], int]:
    """Return the page of `items` at offset/limit and the total."""
    return items[offset : offset + limit], len(items)


def int_param(
    query: Mapping[str, str],
    name: str,
    *,
    default: int,
    minimum: int,
    maximum: int,
    message: str | None = None,
) -> int:
    """Parse an integer parameter; outside its range Spotify answers 400."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(message or f"Invalid {name}") from None
    if not minimum <= value <= maximum:
        raise bad_request(message or f"Invalid {name}")
    return value


def limit_offset(
    query: Mapping[str, str],
    *,
    default_limit: int = 20,
    max_limit: int = 50,
    max_offset: int = 100_000,
) -> tuple[int, int]:
    """Parse `limit` (1..max) and `offset` (0..max) the way Spotify checks them."""
    limit = int_param(
        query, "limit", default=default_limit, minimum=1, maximum=max_limit
    )
    offset = int_param(query, "offset", default=0, minimum=0, maximum=max_offset)
    return limit, offset
