"""Headless Chromium driven over the DevTools protocol, with aiohttp (no browser driver package).

Only what the end-to-end tests need: open a page with the user's tokens in
place, wait for elements inside the frontend's shadow DOM, collect console
errors and uncaught exceptions, and take screenshots.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
import itertools
import json
from pathlib import Path
import re
import shutil
from typing import Any

import aiohttp

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
# Without the background-networking flags, Chromium keeps trying Google's hosts,
# which this closed network refuses.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
)

# Finds elements through every open shadow root: the frontend is built of them.
DEEP_QUERY = """
(selector) => {
  const found = [];
  const visit = (root) => {
    root.querySelectorAll(selector).forEach((element) => found.push(element));
    root.querySelectorAll('*').forEach((element) => {
      if (element.shadowRoot) visit(element.shadowRoot);
    });
  };
  visit(document);
  return found;
}
"""


def chromium_path() -> str | None:
    """Return the Chromium executable, or None when none is installed."""
    for name in CHROMIUM_CANDIDATES:
        if found := shutil.which(name):
            return found
    return None


# What DevTools answers to an evaluation while the tab changes documents.
_NAVIGATING = re.compile(
    r"context was destroyed|Cannot find context|Inspected target navigated"
    r"|Cannot find default execution context"
    # The new document has no root element yet.
    r"|Cannot read properties of null"
)


def _texts_of(selector: str) -> str:
    """The script that reads the text of every element matching `selector`."""
    return (
        f"({DEEP_QUERY})({json.dumps(selector)})"
        ".map((element) => (element.shadowRoot || element).textContent || '')"
    )


class Page:
    """One tab: commands, and the console errors it logged."""

    def __init__(self, connection: aiohttp.ClientWebSocketResponse) -> None:
        """Drive the tab behind `connection`."""
        self.connection = connection
        self.errors: list[str] = []
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for message in self.connection:
            if message.type is not aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(message.data)
            if (future := self._pending.pop(data.get("id", -1), None)) is not None:
                if "error" in data:
                    future.set_exception(RuntimeError(data["error"]))
                else:
                    future.set_result(data.get("result", {}))
                continue
            self._note(data.get("method"), data.get("params", {}))

    def _note(self, method: str | None, params: dict[str, Any]) -> None:
        if method == "Runtime.consoleAPICalled" and params["type"] == "error":
            self.errors.append(
                " ".join(
                    str(arg.get("value", arg.get("description", "")))
                    for arg in params["args"]
                )
            )
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(
                details.get("exception", {}).get("description", details["text"])
            )
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            self.errors.append(f"{entry['text']} {entry.get('url', '')}".strip())

    async def send(self, method: str, **params: Any) -> Any:
        """Send a DevTools command; return its result."""
        message_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[message_id] = future
        await self.connection.send_json(
            {"id": message_id, "method": method, "params": params}
        )
        return await asyncio.wait_for(future, 30)

    async def evaluate(self, expression: str) -> Any:
        """Evaluate JavaScript in the page (promises awaited); return its value."""
        result = await self.send(
            "Runtime.evaluate",
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    async def deep_texts(self, selector: str) -> list[str]:
        """Return the text of every element matching `selector`, shadow roots included."""
        texts: list[str] = await self.evaluate(_texts_of(selector))
        return texts

    async def wait_for(
        self, selector: str, count: int = 1, timeout: float = 30
    ) -> list[str]:
        """Wait until `count` elements match `selector` (shadow roots included)."""
        script = _texts_of(selector)
        async with asyncio.timeout(timeout):
            while len(found := await self._between_pages(script) or []) < count:
                await asyncio.sleep(0.2)
        return list(found)

    async def wait_for_text(self, needle: str, timeout: float = 30) -> None:
        """Wait until `needle` shows anywhere on the page, shadow roots included."""
        script = (
            f"({DEEP_QUERY})('*').concat([document.documentElement])"
            ".map((element) => element.shadowRoot ? element.shadowRoot.textContent : '')"
            ".join(' ') + document.documentElement.textContent"
        )
        async with asyncio.timeout(timeout):
            while needle not in (await self._between_pages(script) or ""):
                await asyncio.sleep(0.2)

    async def click(self, selector: str, text: str, timeout: float = 30) -> None:
        """Click the first element matching `selector` whose text is `text`."""
        script = (
            f"(() => {{ const hit = ({DEEP_QUERY})({json.dumps(selector)})"
            f".find((element) => element.textContent.trim() === {json.dumps(text)});"
            " if (hit) hit.click(); return Boolean(hit); })()"
        )
        async with asyncio.timeout(timeout):
            while not await self._between_pages(script):
                await asyncio.sleep(0.2)

    async def _between_pages(self, script: str) -> Any:
        """Evaluate `script`; None while the tab is between two documents.

        A wait that follows a click which navigates (a login form, a consent
        page) may ask while the old document is gone and the new one not yet
        there: DevTools answers that the execution context was destroyed. On
        a loaded machine that moment is long enough to be hit; the wait goes on.
        """
        try:
            return await self.evaluate(script)
        except RuntimeError as err:
            if not _NAVIGATING.search(str(err)):
                raise
            return None

    async def goto(self, url: str) -> None:
        """Navigate and wait for the document to load."""
        await self.send("Page.navigate", url=url)
        async with asyncio.timeout(30):
            while await self.evaluate("document.readyState") != "complete":
                await asyncio.sleep(0.1)

    async def screenshot(self, path: Path) -> None:
        """Save a PNG of the viewport."""
        shot = await self.send("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    async def close(self) -> None:
        """Stop reading and close the connection."""
        self._reader.cancel()
        with suppress(asyncio.CancelledError):
            await self._reader
        await self.connection.close()


@asynccontextmanager
async def chromium(
    executable: str, profile: Path, session: aiohttp.ClientSession
) -> AsyncIterator[Page]:
    """Start headless Chromium with an empty profile; yield a page with events on."""
    process = await asyncio.create_subprocess_exec(
        executable,
        *FLAGS,
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
        "about:blank",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        async with asyncio.timeout(30):
            while not port_file.exists() or not port_file.read_text().strip():
                await asyncio.sleep(0.1)
        port = port_file.read_text().split()[0]
        async with session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json()
        url = next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"]
        connection = await session.ws_connect(url, max_msg_size=0)
        page = Page(connection)
        try:
            for domain in ("Page", "Runtime", "Log"):
                await page.send(f"{domain}.enable")
            await page.send(
                "Emulation.setDeviceMetricsOverride",
                width=1280,
                height=1000,
                deviceScaleFactor=1,
                mobile=False,
            )
            yield page
        finally:
            await page.close()
    finally:
        process.terminate()
        try:
            async with asyncio.timeout(10):
                await process.wait()
        except TimeoutError:
            process.kill()
            await process.wait()
