"""A fake ListenBrainz (API `/1/`) over real HTTP, and its export ZIP.

    fake = FakeListenBrainz()
    await fake.start()
    token = fake.add_user("ada", listens)
    ... ListenBrainzClient(session, token=token, root=fake.root) ...
    await fake.stop()

See `server.py` for what it answers, and how.
"""

from .server import FakeListenBrainz, export_zip, listen

__all__ = ["FakeListenBrainz", "export_zip", "listen"]
