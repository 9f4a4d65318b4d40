"""A Home Assistant client over its public HTTP and websocket APIs, as the frontend talks to it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
import itertools
from typing import Any

import aiohttp


class HomeAssistantClient:
    """Logs in like the frontend (login flow, then a token) and calls REST and websocket."""

    def __init__(self, base_url: str, session: aiohttp.ClientSession) -> None:
        """Talk to the Home Assistant at `base_url` through `session`."""
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.client_id = f"{self.base_url}/"
        self.tokens: dict[str, Any] = {}

    @property
    def headers(self) -> dict[str, str]:
        """The bearer header of the logged-in user, and the frontend's own address.

        The frontend sends `HA-Frontend-Base` with its requests; an OAuth config
        flow builds its redirect address from it.
        """
        return {
            "Authorization": f"Bearer {self.tokens['access_token']}",
            "HA-Frontend-Base": self.base_url,
        }

    async def login(self, username: str, password: str) -> dict[str, Any]:
        """Run the login flow of the `homeassistant` auth provider; keep the tokens."""
        async with self.session.post(
            f"{self.base_url}/auth/login_flow",
            json={
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": f"{self.client_id}?auth_callback=1",
            },
        ) as response:
            response.raise_for_status()
            flow = await response.json()
        async with self.session.post(
            f"{self.base_url}/auth/login_flow/{flow['flow_id']}",
            json={
                "client_id": self.client_id,
                "username": username,
                "password": password,
            },
        ) as response:
            response.raise_for_status()
            result = await response.json()
        if result.get("type") != "create_entry":
            raise PermissionError(f"login refused: {result}")
        async with self.session.post(
            f"{self.base_url}/auth/token",
            data={
                "grant_type": "authorization_code",
                "code": result["result"],
                "client_id": self.client_id,
            },
        ) as response:
            response.raise_for_status()
            self.tokens = await response.json()
        return self.tokens

    async def get(self, path: str) -> Any:
        """GET a REST path; return its JSON."""
        async with self.session.get(
            f"{self.base_url}{path}", headers=self.headers
        ) as response:
            response.raise_for_status()
            return await response.json()

    async def post(self, path: str, data: dict[str, Any] | None = None) -> Any:
        """POST JSON to a REST path; return its JSON (raises on an HTTP error)."""
        async with self.session.post(
            f"{self.base_url}{path}", headers=self.headers, json=data or {}
        ) as response:
            body = await response.json(content_type=None)
            if response.status >= 400:
                raise HomeAssistantHTTPError(response.status, body)
            return body

    async def state(self, entity_id: str) -> dict[str, Any]:
        """Return an entity's state object."""
        state: dict[str, Any] = await self.get(f"/api/states/{entity_id}")
        return state

    async def action(
        self, domain: str, service: str, data: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Call an action with `return_response`; return its response."""
        answer = await self.post(
            f"/api/services/{domain}/{service}?return_response", data
        )
        response: dict[str, Any] = answer["service_response"]
        return response

    async def ask(self, text: str, language: str = "en") -> str:
        """Ask Assist; return the spoken answer."""
        answer = await self.post(
            "/api/conversation/process", {"text": text, "language": language}
        )
        speech: str = answer["response"]["speech"]["plain"]["speech"]
        return speech

    @asynccontextmanager
    async def websocket(self) -> AsyncIterator[WebSocket]:
        """Open the websocket API, authenticated."""
        async with self.session.ws_connect(
            f"{self.base_url}/api/websocket"
        ) as connection:
            hello = await connection.receive_json()
            assert hello["type"] == "auth_required"
            await connection.send_json(
                {"type": "auth", "access_token": self.tokens["access_token"]}
            )
            answer = await connection.receive_json()
            if answer["type"] != "auth_ok":
                raise PermissionError(answer)
            yield WebSocket(connection)


class HomeAssistantHTTPError(Exception):
    """Home Assistant answered an HTTP error."""

    def __init__(self, status: int, body: Any) -> None:
        """Keep the status and the body Home Assistant sent."""
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


class WebSocket:
    """Commands over Home Assistant's websocket API."""

    def __init__(self, connection: aiohttp.ClientWebSocketResponse) -> None:
        """Wrap an authenticated connection."""
        self.connection = connection
        self._ids = itertools.count(1)

    async def command(self, message: dict[str, Any]) -> Any:
        """Send a command; return its result (events of other commands are skipped)."""
        message_id = next(self._ids)
        await self.connection.send_json({**message, "id": message_id})
        while True:
            answer = await self.connection.receive_json()
            if answer.get("id") != message_id or answer["type"] != "result":
                continue
            if not answer["success"]:
                raise RuntimeError(answer["error"])
            return answer["result"]

    async def ping(self) -> None:
        """Send a `ping`; return on its `pong`.

        Home Assistant answers a ping with a message of type "pong", never a
        "result": `command` would wait for one forever.
        """
        message_id = next(self._ids)
        await self.connection.send_json({"type": "ping", "id": message_id})
        while True:
            answer = await self.connection.receive_json()
            if answer.get("id") == message_id and answer["type"] == "pong":
                return
