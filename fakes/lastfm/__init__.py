"""A fake Last.fm (API 2.0) over real HTTP: reading histories, auth and scrobbling.

    fake = FakeLastfm()
    await fake.start()
    key, secret = fake.add_api_account()
    fake.add_user("ada", scrobbles)
    ... LastfmClient(session, key, secret=secret, url=fake.api_url) ...
    await fake.stop()

See `server.py` for what it answers, and how (the public API documentation
at https://www.last.fm/api, and what its users report).
"""

from .server import FakeLastfm, FakeScrobble

__all__ = ["FakeLastfm", "FakeScrobble"]
