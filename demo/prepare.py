"""Build a fresh demo configuration folder: `python -m demo.prepare <folder>`.

The folder gets a lean configuration.yaml, onboarding marked done (the demo
user itself is created by `encore_demo` at start), a dashboard, links to
Encore and the demo integration, and a generated Spotify export shifted so
that it ends yesterday: "this week" and "this month" have plays to answer about.
Also a doorbell chime in a media folder of the demo's own (an announcement to try) and
two Assist pipelines, English (preferred) and German.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
import io
import math
from pathlib import Path
import shutil
import struct
import sys
from typing import Any
import wave
import zipfile
from zoneinfo import ZoneInfo

import orjson

from homeassistant.components.assist_pipeline.models import Pipeline
from homeassistant.components.assist_pipeline.pipeline import (
    STORAGE_KEY as PIPELINES_KEY,
    STORAGE_VERSION as PIPELINES_VERSION,
    STORAGE_VERSION_MINOR as PIPELINES_MINOR_VERSION,
)
from homeassistant.components.http.config import (
    HTTP_STORAGE_SCHEMA,
    KEY_PENDING,
    KEY_STABLE,
    KEY_YAML_MIGRATION_DONE,
    STORAGE_MINOR_VERSION as HTTP_MINOR_VERSION,
    STORAGE_VERSION as HTTP_VERSION,
)
from homeassistant.util.package import is_docker_env

from benchmarks.synthetic_export import ExportSpec, build_export

from .dashboard import DASHBOARD

ROOT = Path(__file__).resolve().parent.parent
# Small enough to import in about a second, large enough for rankings and a heatmap.
SPEC = ExportSpec(rows=20_000, artists=400, tracks=4_000, shows=12, rows_per_file=5_000)
EXPORT_NAME = "my_spotify_data.zip"

CONFIGURATION = """\
# The Encore demo (scripts/develop --demo). Rebuilt at every start: edits are lost.
homeassistant:
  name: Encore demo
  time_zone: Europe/Berlin
  country: DE
  currency: EUR
  unit_system: metric
  latitude: 52.52
  longitude: 13.40
  elevation: 34
  # Where the speakers fetch announcements and art from: the demo listens
  # on 127.0.0.1 only, not on the machine's LAN address Home Assistant
  # would guess (issue 43.18).
  internal_url: "http://127.0.0.1:{port}"
  allowlist_external_dirs:
    - "{export_dir}"
  # Home Assistant's own media folder, as it would be without this setting,
  # and the demo's, with the doorbell chime to announce
  # (media-source://media_source/demo/doorbell.wav).
  media_dirs:
    local: "{local_media_dir}"
    demo: "{media_dir}"

frontend:
assist_pipeline:
config:
person:
history:
logbook:
media_source:
conversation:
system_health:
application_credentials:
encore_demo:

logger:
  default: warning
  logs:
    custom_components.encore: info
    custom_components.encore_demo: info
"""


CHIME_NAME = "doorbell.wav"
CHIME_RATE = 22_050
# Two falling notes (E5, C5), each fading out: a doorbell.
CHIME_NOTES = ((659.25, 0.0), (523.25, 0.45))
CHIME_SECONDS = 1.4
PIPELINE_ENGLISH = "encore-demo-english"
PIPELINE_GERMAN = "encore-demo-deutsch"


def _storage(key: str, version: int, data: Any, minor_version: int = 1) -> bytes:
    return orjson.dumps(
        {"version": version, "minor_version": minor_version, "key": key, "data": data},
        option=orjson.OPT_INDENT_2,
    )


DEMO_ZONE = ZoneInfo("Europe/Berlin")  # configuration.yaml's time_zone
BUSY_DAY = 20
"""Plays that make a day worth showing as "yesterday"."""


def shifted_export(target: Path, now: datetime) -> int:
    """Write the generated export to `target`, moved to end yesterday; return its rows.

    Whole days keep each play's hour. The export's last busy day (the
    generated history thins out at its very end) becomes yesterday in the
    demo's time zone, so "yesterday" and "today so far" have plays to show
    (issue 33.16); the few rows that would lie in the future are left out.
    """
    info = build_export(SPEC)
    with zipfile.ZipFile(info.path) as source:
        members = [
            (member, orjson.loads(source.read(member)))
            if member.filename.endswith(".json")
            else (member, source.read(member))
            for member in source.infolist()
        ]
    days: Counter[date] = Counter(
        datetime.fromisoformat(record["ts"]).astimezone(DEMO_ZONE).date()
        for member, records in members
        if member.filename.endswith(".json")
        for record in records
    )
    last_busy = max(day for day, count in days.items() if count >= BUSY_DAY)
    yesterday = now.astimezone(DEMO_ZONE).date() - timedelta(days=1)
    shift = timedelta(days=(yesterday - last_busy).days)
    rows = 0
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as sink:
        for member, content in members:
            if not member.filename.endswith(".json"):
                sink.writestr(member, content)
                continue
            kept = []
            for record in content:
                stamp = datetime.fromisoformat(record["ts"]) + shift
                if stamp > now:
                    continue
                record["ts"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
                kept.append(record)
            rows += len(kept)
            sink.writestr(member.filename, orjson.dumps(kept))
    target.write_bytes(out.getvalue())
    return rows


def chime() -> bytes:
    """Return a short doorbell chime as a 16-bit mono WAV."""
    samples = []
    for index in range(int(CHIME_RATE * CHIME_SECONDS)):
        moment = index / CHIME_RATE
        value = sum(
            math.sin(2 * math.pi * pitch * (moment - start))
            * math.exp(-4 * (moment - start))
            for pitch, start in CHIME_NOTES
            if moment >= start
        )
        samples.append(round(value * 0.4 * 32_767))
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(CHIME_RATE)
        sound.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return out.getvalue()


def pipelines() -> dict[str, Any]:
    """Assist in English (the preferred one) and in German, both with Home Assistant's agent.

    German questions need a pipeline whose conversation language is German:
    the Assist dialog offers both (issue 43.18).
    """
    items = [
        Pipeline(
            conversation_engine="conversation.home_assistant",
            conversation_language=language,
            language=language,
            name=name,
            stt_engine=None,
            stt_language=None,
            tts_engine=None,
            tts_language=None,
            tts_voice=None,
            wake_word_entity=None,
            wake_word_id=None,
            id=pipeline_id,
        ).to_json()
        for pipeline_id, language, name in (
            (PIPELINE_ENGLISH, "en", "Encore demo"),
            (PIPELINE_GERMAN, "de", "Encore-Demo (Deutsch)"),
        )
    ]
    return {"items": items, "preferred_item": PIPELINE_ENGLISH}


def prepare(folder: Path, *, port: int = 8123, now: datetime | None = None) -> None:
    """Create `folder` from scratch as the demo's configuration."""
    if folder.exists():
        shutil.rmtree(folder)
    export_dir = folder / "demo-export"
    media_dir = folder / "demo-media"
    storage = folder / ".storage"
    components = folder / "custom_components"
    for path in (export_dir, media_dir, storage, components):
        path.mkdir(parents=True)
    (folder / "configuration.yaml").write_text(
        CONFIGURATION.format(
            export_dir=export_dir.resolve(),
            media_dir=media_dir.resolve(),
            local_media_dir=(
                "/media" if is_docker_env() else (folder / "media").resolve()
            ),
            port=port,
        )
    )
    (media_dir / CHIME_NAME).write_bytes(chime())
    # Home Assistant keeps its HTTP settings in storage. Loopback only: the
    # demo user's password is in the README.
    http = HTTP_STORAGE_SCHEMA({"server_host": ["127.0.0.1"], "server_port": port})
    (storage / "http").write_bytes(
        _storage(
            "http",
            HTTP_VERSION,
            {KEY_STABLE: http, KEY_PENDING: None, KEY_YAML_MIGRATION_DONE: True},
            minor_version=HTTP_MINOR_VERSION,
        )
    )
    (components / "encore").symlink_to(ROOT / "custom_components" / "encore")
    (components / "encore_demo").symlink_to(ROOT / "demo" / "encore_demo")
    (storage / "onboarding").write_bytes(
        _storage(
            "onboarding",
            4,
            {"done": ["user", "core_config", "analytics", "integration"]},
        )
    )
    (storage / "lovelace").write_bytes(_storage("lovelace", 1, {"config": DASHBOARD}))
    (storage / PIPELINES_KEY).write_bytes(
        _storage(
            PIPELINES_KEY,
            PIPELINES_VERSION,
            pipelines(),
            minor_version=PIPELINES_MINOR_VERSION,
        )
    )
    shifted_export(export_dir / EXPORT_NAME, now or datetime.now(UTC))


def main(argv: list[str]) -> None:
    """Prepare the folder named on the command line (default: config-demo)."""
    folder = Path(argv[0]) if argv else ROOT / "config-demo"
    prepare(folder)
    print(f"Demo configuration ready in {folder}")  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
