"""Encore's SoCo requirement agrees with core `sonos`'s pin; both versions work.

`scripts/test` runs the Sonos tests twice: with the venv's SoCo (0.32) and with
SoCo 0.31.2 (core's pin) first on the path, `ENCORE_EXPECT_SOCO` naming it.
"""

from importlib import metadata
import json
import os
from pathlib import Path

from packaging.specifiers import SpecifierSet
import pytest
import soco

from homeassistant import requirements
import homeassistant.components as core_components
from homeassistant.core import HomeAssistant
from homeassistant.util import package

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos import endpoint
from custom_components.encore.sonos.endpoint import (
    SUPPORTED_SOCO,
    TAKES_PORT,
    base_url,
    port_of,
    soco_at,
    soco_supported,
    soco_version,
)
from custom_components.encore.sonos.errors import SonosError

ROOT = Path(__file__).parents[2]
# Read, not imported: core sonos imports packages the tests need not have.
CORE_MANIFEST = Path(core_components.__file__).parent / "sonos/manifest.json"


def _requirement(manifest: Path, name: str) -> str:
    found = json.loads(manifest.read_text())["requirements"]
    return next(r for r in found if r.split("=")[0].split(">")[0].split("<")[0] == name)


def test_the_soco_under_test() -> None:
    """The second leg really runs the older SoCo (the first the venv's)."""
    # The first leg runs the SoCo the venv installed from requirements.txt.
    expected = os.environ.get("ENCORE_EXPECT_SOCO") or metadata.version("soco")
    assert soco.__version__ == expected
    assert soco_version() == expected


def test_encore_accepts_cores_pin() -> None:
    """manifest.json's range is Encore's own, and holds core's pinned SoCo."""
    ours = _requirement(ROOT / "custom_components/encore/manifest.json", "soco")
    assert SpecifierSet(ours.removeprefix("soco")) == SUPPORTED_SOCO
    core = _requirement(CORE_MANIFEST, "soco")
    pinned = core.partition("==")[2]
    assert soco_supported(pinned)
    assert soco_supported("0.32.0")
    assert not soco_supported("0.30.9")
    assert not soco_supported("0.33.0")
    assert not soco_supported(None)
    assert not soco_supported("not a version")


async def test_home_assistant_installs_nothing(
    hass: HomeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HA's load-time check finds Encore's and core's SoCo requirement met.

    Tests normally skip pip; here the check runs as at a real start, and any
    attempt to install a package fails the test.
    """

    def no_install(requirement: str, **_: object) -> bool:
        raise AssertionError(f"Home Assistant tried to install {requirement}")

    monkeypatch.setattr(package, "install_package", no_install)
    hass.config.skip_pip = False
    installed = soco_version()
    for domain in (DOMAIN, "sonos"):
        manifest = (
            ROOT / "custom_components/encore/manifest.json"
            if domain == DOMAIN
            else CORE_MANIFEST
        )
        wanted = _requirement(manifest, "soco")
        if domain == "sonos" and wanted != f"soco=={installed}":
            # Core's exact pin is only met in the leg that runs it.
            continue
        assert package.is_installed(wanted), wanted
    integration = await requirements.async_get_integration_with_requirements(
        hass, DOMAIN
    )
    assert integration.domain == DOMAIN


def test_reaching_a_speaker_on_each_version() -> None:
    """Port 1400 needs no port support; another port needs SoCo 0.32."""
    speaker = soco_at("127.0.0.9")
    assert (port_of(speaker), base_url(speaker)) == (1400, "http://127.0.0.9:1400")
    if TAKES_PORT:
        other = soco_at("127.0.0.9", 1401)
        assert base_url(other) == "http://127.0.0.9:1401"
        return
    with pytest.raises(SonosError) as raised:
        soco_at("127.0.0.9", 1401)
    assert raised.value.translation_key == "sonos_port_unsupported"


async def test_an_unknown_soco_stops_sonos_with_a_repair(
    hass: HomeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SoCo outside the range (another integration's) is named in a repair."""
    from homeassistant.exceptions import ConfigEntryError
    from homeassistant.helpers import issue_registry as ir

    monkeypatch.setattr(endpoint, "soco_version", lambda: "0.29.1")
    with pytest.raises(ConfigEntryError):
        endpoint.async_check_soco(hass)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, endpoint.SOCO_ISSUE)
    assert issue is not None
    assert issue.translation_placeholders == {
        "installed": "0.29.1",
        "supported": str(SUPPORTED_SOCO),
    }
    monkeypatch.undo()
    endpoint.async_check_soco(hass)
    assert ir.async_get(hass).async_get_issue(DOMAIN, endpoint.SOCO_ISSUE) is None
