"""Audiobooks and chapters, as a Development-Mode app reads them in 2026.

Only the batch look-ups (`GET /audiobooks?ids=`, `GET /chapters?ids=`) are
gone (api.py answers them 403); one audiobook, its chapters, one chapter and
the user's saved audiobooks still answer. Search finds audiobooks (api.py).
"""

from typing import TYPE_CHECKING, Final

from aiohttp import web

from .errors import json_response, not_found
from .paging import limit_offset, offset_page

if TYPE_CHECKING:
    from .server import FakeSpotify

SLASH: Final = "{_slash:/?}"


class SpotifyBooks:
    """Route handlers for audiobooks and chapters."""

    def __init__(self, fake: FakeSpotify) -> None:
        """Bind to the fake."""
        self.fake = fake

    def routes(self) -> list[web.RouteDef]:
        """Return the audiobook routes."""
        return [
            web.get("/v1/me/audiobooks" + SLASH, self.saved),
            web.get("/v1/audiobooks/{audiobook_id}" + SLASH, self.audiobook),
            web.get("/v1/audiobooks/{audiobook_id}/chapters" + SLASH, self.chapters),
            web.get("/v1/chapters/{chapter_id}" + SLASH, self.chapter),
        ]

    async def saved(self, request: web.Request) -> web.StreamResponse:
        """GET /me/audiobooks: the saved audiobooks, newest first."""
        user, _ = self.fake.authenticate(request, "user-library-read")
        limit, offset = limit_offset(request.query)
        saved = user.library.saved_audiobooks
        catalog = self.fake.catalog
        return json_response(
            offset_page(
                [
                    catalog.audiobook_simple(item.id)
                    for item in saved[offset : offset + limit]
                ],
                total=len(saved),
                offset=offset,
                limit=limit,
                url=f"{self.fake.api_base}/me/audiobooks",
            )
        )

    async def audiobook(self, request: web.Request) -> web.StreamResponse:
        """GET /audiobooks/{id}."""
        self.fake.authenticate(request)
        book_id = request.match_info["audiobook_id"]
        if book_id not in self.fake.catalog.audiobooks:
            raise not_found()
        return json_response(self.fake.catalog.audiobook_full(book_id))

    async def chapters(self, request: web.Request) -> web.StreamResponse:
        """GET /audiobooks/{id}/chapters, in order."""
        self.fake.authenticate(request)
        book = self.fake.catalog.audiobooks.get(request.match_info["audiobook_id"])
        if book is None:
            raise not_found()
        limit, offset = limit_offset(request.query)
        return json_response(
            offset_page(
                [
                    self.fake.catalog.chapter_simple(cid)
                    for cid in book.chapter_ids[offset : offset + limit]
                ],
                total=len(book.chapter_ids),
                offset=offset,
                limit=limit,
                url=f"{self.fake.api_base}/audiobooks/{book.id}/chapters",
            )
        )

    async def chapter(self, request: web.Request) -> web.StreamResponse:
        """GET /chapters/{id}: the chapter with its audiobook."""
        self.fake.authenticate(request)
        chapter_id = request.match_info["chapter_id"]
        if chapter_id not in self.fake.catalog.chapters:
            raise not_found()
        return json_response(self.fake.catalog.chapter_full(chapter_id))
