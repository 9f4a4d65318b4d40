"""scripts/pins: core's pins against Encore's requirement files, and what it says to update."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import homeassistant
from homeassistant import const

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


pins = load_script("pins")
INSTALLED = Path(homeassistant.__file__).parent


def _core(
    tmp_path: Path, manifests: dict[str, list[str]], constraints: str = ""
) -> Path:
    """A homeassistant package as the script reads it: manifests and constraints."""
    core = tmp_path / "homeassistant"
    for domain, requirements in manifests.items():
        folder = core / "components" / domain
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text(
            json.dumps({"domain": domain, "requirements": requirements})
        )
    (core / "package_constraints.txt").write_text(constraints)
    return core


@pytest.fixture
def encore(tmp_path: Path) -> dict[str, Path]:
    """Encore's files as they stand with Home Assistant 2026.10."""
    folder = tmp_path / "encore"
    folder.mkdir()
    files = {
        "requirements": folder / "requirements.txt",
        "test": folder / "requirements_test.txt",
        "manifest": folder / "manifest.json",
    }
    files["requirements"].write_text("# run time\nsoco==0.32.4\nspotipy==2.26.0\n")
    files["test"].write_text(
        "-r requirements.txt\n"
        "hassil==3.12.1\n"
        "home-assistant-intents==2026.10.6  # conversation\n"
        "sonos-websocket==0.2.0\n"
        "mcp==1.28.1\n"
    )
    files["manifest"].write_text(
        json.dumps({"requirements": ["spotipy==2.26.0", "soco>=0.31.2,<0.33"]})
    )
    return files


def _advice(
    core: Path, encore: dict[str, Path], legs: list[str]
) -> list[tuple[bool, str]]:
    advice = pins.compare(
        pins.core_pins(core),
        [encore["requirements"], encore["test"]],
        manifest=encore["manifest"],
        soco_legs=legs,
    )
    return [(line.update, line.text) for line in advice]


def test_agreeing_pins_need_nothing(tmp_path: Path, encore: dict[str, Path]) -> None:
    """Core 2026.10's pins: each watched package is reported, none to update."""
    core = _core(
        tmp_path,
        {
            "sonos": ["defusedxml==0.7.1", "soco==0.31.2", "sonos-websocket==0.2.0"],
            "conversation": ["hassil==3.12.1", "home-assistant-intents==2026.10.6"],
            "mcp_server": ["mcp==1.28.1", "aiohttp_sse==2.2.0"],
        },
        "hassil==3.12.1\nhome-assistant-intents==2026.10.6\n",
    )
    advice = _advice(core, encore, ["0.31.2", "0.32.1", "0.32.4"])
    assert not any(update for update, _ in advice), advice
    reported = {text.split(":")[0].split("==")[0] for _, text in advice}
    assert reported == set(pins.WATCHED)


def test_moved_pins_are_named_with_their_file(
    tmp_path: Path, encore: dict[str, Path]
) -> None:
    """A newer core: each moved pin says which file to change, from what to what."""
    core = _core(
        tmp_path,
        {
            "sonos": ["soco==0.32.1", "sonos-websocket==0.3.0"],
            "conversation": ["hassil==3.13.0", "home-assistant-intents==2026.12.1"],
            "mcp_server": ["mcp==2.3.0"],
        },
        "home-assistant-intents==2026.12.1\n",
    )
    advice = _advice(core, encore, ["0.31.2", "0.32.4"])
    updates = sorted(text for update, text in advice if update)
    assert updates == [
        (
            "hassil: update requirements_test.txt from 3.12.1 to 3.13.0"
            " (core pins it in components/conversation/manifest.json)"
        ),
        (
            "home-assistant-intents: update requirements_test.txt from 2026.10.6 to 2026.12.1"
            " (core pins it in components/conversation/manifest.json, package_constraints.txt)"
        ),
        (
            "mcp: update requirements_test.txt from 1.28.1 to 2.3.0"
            " (core pins it in components/mcp_server/manifest.json)"
        ),
        "soco: core pins 0.32.1; add it to the SoCo legs in scripts/setup and scripts/test",
        (
            "sonos-websocket: update requirements_test.txt from 0.2.0 to 0.3.0"
            " (core pins it in components/sonos/manifest.json)"
        ),
    ]


def test_a_soco_outside_the_range_asks_to_widen_it(
    tmp_path: Path, encore: dict[str, Path]
) -> None:
    """requirements.txt's SoCo is Encore's newest, never core's; the range must hold core's."""
    core = _core(tmp_path, {"sonos": ["soco==0.33.0"]})
    advice = _advice(core, encore, ["0.31.2", "0.32.1"])
    assert (
        True,
        "soco: core pins 0.33.0, outside manifest.json's >=0.31.2,<0.33: widen it",
    ) in advice
    assert not any("update requirements.txt" in text for _, text in advice)


def test_the_installed_release_agrees_with_encores_files() -> None:
    """The venv's Home Assistant pins what requirements*.txt pin (the script says nothing to do)."""
    advice = pins.compare(
        pins.core_pins(INSTALLED),
        [
            ROOT / name
            for name in (
                "requirements.txt",
                "requirements_test.txt",
                "requirements_dev.txt",
            )
        ],
        manifest=ROOT / "custom_components/encore/manifest.json",
        soco_legs=pins.soco_legs(ROOT / "scripts/test"),
    )
    assert [line.text for line in advice if line.update] == []
    assert pins.core_version(INSTALLED) == const.__version__


def test_the_soco_legs_are_read_from_scripts_test() -> None:
    """scripts/test's loop names the older SoCo releases the Sonos tests run on."""
    assert pins.soco_legs(ROOT / "scripts/test") == ["0.31.2", "0.32.1"]


def test_the_newest_release_leg_installs_every_requirement() -> None:
    """requirements_ha_next.txt holds every package the manifest requires.

    The second end-to-end leg starts `hass --skip-pip`: a requirement added to
    the manifest but not there fails the demo's setup on the newest release
    only (sonos-websocket did).
    """
    manifest = json.loads(
        (ROOT / "custom_components/encore/manifest.json").read_text(encoding="utf-8")
    )
    wanted = {
        requirement.split("=")[0].split(">")[0].split("<")[0].strip().lower()
        for requirement in manifest["requirements"]
    }
    listed = {
        line.split("==")[0].strip().lower()
        for line in (ROOT / "requirements_ha_next.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert wanted <= listed, sorted(wanted - listed)
