"""A Spotify account known to the fake: profile, library, devices and player."""

from dataclasses import dataclass, field
from typing import Any

from .catalog import OPEN_SPOTIFY, Catalog, Image, hex_digest, make_images
from .library import Library
from .player import Player


@dataclass(eq=False)
class FakeUser:
    """One Spotify user.

    `product` is "premium" or "free"; `allow_listed` False makes every Web API
    call answer 403 like a Development-Mode app for a user not added in the
    dashboard (sign-in still works, as on Spotify).
    """

    id: str
    display_name: str | None
    product: str
    allow_listed: bool
    catalog: Catalog = field(repr=False)
    images: list[Image] = field(default_factory=list)
    library: Library = field(init=False, repr=False)
    player: Player = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Create the library and the player."""
        if not self.images:
            self.images = make_images("user", self.id)
        self.library = Library(self.id)
        self.player = Player(
            self.id,
            self.catalog,
            lambda: self.library.saved_track_ids,
            self._record_play,
        )

    def _record_play(
        self, uri: str, played_at_ms: int, context: dict[str, Any] | None
    ) -> None:
        self.library.add_play(uri, played_at_ms, context)

    @property
    def is_premium(self) -> bool:
        """Return whether player commands are allowed."""
        return self.product == "premium"

    @property
    def uri(self) -> str:
        """Return `spotify:user:<id>`."""
        return f"spotify:user:{self.id}"

    def profile_json(self) -> dict[str, Any]:
        """Return GET /me as a Development-Mode app sees it.

        Since February 2026 `country`, `email`, `explicit_content`, `followers`
        and `product` are gone for Development-Mode apps (changelog
        "february-2026"); `account_id` was added in May 2026 (changelog
        "may-2026"; its format is not documented, a 32-hex string here).
        """
        return {
            "account_id": hex_digest("account", self.id, length=32),
            "display_name": self.display_name,
            "external_urls": {"spotify": f"{OPEN_SPOTIFY}/user/{self.id}"},
            "href": f"{self.catalog.api_base}/users/{self.id}",
            "id": self.id,
            "images": self.catalog.images_json(self.images),
            "type": "user",
            "uri": self.uri,
        }
