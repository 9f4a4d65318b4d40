"""What Home Assistant core pins, against what Encore's requirement files pin.

Encore uses the libraries core integrations use, at core's pins (SoCo and
sonos-websocket from sonos, hassil and home-assistant-intents from
conversation, mcp from mcp_server, and the rest its tests and the demo load).
This reads the pins from an installed `homeassistant` package (its component
manifests and package_constraints.txt) and says, line by line, what to change
in which of Encore's files. SoCo is the exception: requirements.txt holds the
newest SoCo Encore supports, so for SoCo it checks that core's pin is inside
manifest.json's range and that scripts/test runs the Sonos tests on it.

    scripts/pins            .venv's Home Assistant against requirements*.txt, and
                            .venv-ha-next's against requirements_ha_next.txt
    scripts/pins --pypi     also the newest release of each on PyPI (pip index)

Exit status 1 when something should be updated, 0 when all agree.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
import json
from pathlib import Path
import re
import subprocess
import sys

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
# The packages the issue names; always reported, even when they agree.
WATCHED = ("soco", "sonos-websocket", "hassil", "home-assistant-intents", "mcp")
# SoCo's pin in requirements.txt is Encore's newest, not core's.
RANGED = "soco"
_PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Pin:
    """One `name==version` and where it was read."""

    name: str
    version: str
    source: str


def pins_in_lines(lines: Iterable[str], source: str) -> Iterator[Pin]:
    """Each `name==version` of requirement lines (comments, ranges and options skipped)."""
    for line in lines:
        if match := _PIN.match(line.partition("#")[0]):
            yield Pin(canonicalize_name(match.group(1)), match.group(2), source)


def core_pins(homeassistant: Path) -> dict[str, list[Pin]]:
    """Every exact pin core makes: package_constraints.txt, then each component's manifest."""
    found: dict[str, list[Pin]] = {}
    constraints = homeassistant / "package_constraints.txt"
    if constraints.is_file():
        for pin in pins_in_lines(
            constraints.read_text().splitlines(), "package_constraints.txt"
        ):
            found.setdefault(pin.name, []).append(pin)
    for manifest in sorted((homeassistant / "components").glob("*/manifest.json")):
        requirements = json.loads(manifest.read_text()).get("requirements") or []
        source = f"components/{manifest.parent.name}/manifest.json"
        for pin in pins_in_lines(requirements, source):
            found.setdefault(pin.name, []).append(pin)
    return found


def core_version(homeassistant: Path) -> str:
    """Return the release an installed homeassistant package is (read from const.py)."""
    text = (homeassistant / "const.py").read_text()
    parts = {
        name: re.search(rf"^{name}(?::\s*Final)?\s*=\s*(.+)$", text, re.MULTILINE)
        for name in ("MAJOR_VERSION", "MINOR_VERSION", "PATCH_VERSION")
    }
    major, minor, patch = (
        match.group(1).strip().strip('"') if match else "?" for match in parts.values()
    )
    return f"{major}.{minor}.{patch}"


@dataclass(frozen=True)
class Advice:
    """One line of the report; `update` says whether something must change."""

    text: str
    update: bool


def compare(
    core: dict[str, list[Pin]],
    files: Iterable[Path],
    *,
    manifest: Path | None = None,
    soco_legs: Iterable[str] = (),
) -> list[Advice]:
    """Compare what each of Encore's files pins with what core pins."""
    advice: list[Advice] = []
    seen: set[str] = set()
    for path in files:
        for pin in pins_in_lines(path.read_text().splitlines(), path.name):
            wanted = {c.version for c in core.get(pin.name, ())}
            seen.add(pin.name)
            if pin.name == RANGED:
                continue
            where = ", ".join(sorted({c.source for c in core.get(pin.name, ())}))
            if not wanted:
                if pin.name in WATCHED:
                    advice.append(
                        Advice(
                            f"{pin.name}: core pins none; {path.name} has {pin.version}",
                            False,
                        )
                    )
                continue
            if pin.version in wanted:
                if pin.name in WATCHED:
                    advice.append(
                        Advice(
                            f"{pin.name}=={pin.version}: as core pins ({where})", False
                        )
                    )
                continue
            target = " or ".join(sorted(wanted))
            advice.append(
                Advice(
                    f"{pin.name}: update {path.name} from {pin.version} to {target} (core pins it in {where})",
                    True,
                )
            )
    if RANGED in core:
        advice += _soco(core[RANGED], manifest, set(soco_legs))
    advice += [
        Advice(
            f"{name}: core pins {core[name][0].version}; Encore's files do not name it",
            False,
        )
        for name in WATCHED
        if name not in seen and name != RANGED and name in core
    ]
    return advice


def _soco(pins: list[Pin], manifest: Path | None, legs: set[str]) -> list[Advice]:
    advice: list[Advice] = []
    for version in sorted({pin.version for pin in pins}):
        if manifest is not None:
            requirement = next(
                (
                    r
                    for r in json.loads(manifest.read_text()).get("requirements", [])
                    if canonicalize_name(re.split(r"[<>=!~ ]", r, maxsplit=1)[0])
                    == RANGED
                ),
                None,
            )
            spec = (requirement or "soco").removeprefix("soco").strip()
            try:
                accepted = SpecifierSet(spec).contains(version)
            except InvalidSpecifier:
                accepted = False
            if not accepted:
                advice.append(
                    Advice(
                        f"soco: core pins {version}, outside manifest.json's {spec or 'requirement'}: widen it",
                        True,
                    )
                )
                continue
        if legs and version not in legs:
            advice.append(
                Advice(
                    f"soco: core pins {version}; add it to the SoCo legs in scripts/setup and scripts/test",
                    True,
                )
            )
        else:
            advice.append(
                Advice(
                    f"soco: core pins {version}; manifest.json accepts it and the tests run it",
                    False,
                )
            )
    return advice


def soco_legs(script: Path) -> list[str]:
    """Return the SoCo versions scripts/test runs the Sonos tests on (its `for leg in`)."""
    match = re.search(r"^for leg in ([^;]+);", script.read_text(), re.MULTILINE)
    return [leg.rpartition(":")[2] for leg in match.group(1).split()] if match else []


def newest_on_pypi(name: str) -> str | None:
    """Return the newest release pip's index knows, or None when it cannot be asked."""
    try:
        answer = subprocess.run(
            [sys.executable, "-m", "pip", "index", "versions", name],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError, subprocess.TimeoutExpired:
        return None
    match = re.search(
        rf"^{re.escape(name)} \(([^)]+)\)", answer.stdout, re.MULTILINE | re.IGNORECASE
    )
    return match.group(1) if match else None


def site_packages_homeassistant(venv: Path) -> Path | None:
    """Return the homeassistant package inside a venv, if it has one."""
    return next(
        iter(sorted(venv.glob("lib/python3*/site-packages/homeassistant"))), None
    )


def report(homeassistant: Path, files: list[Path], title: str) -> list[Advice]:
    """Print one installation's comparison; return its advice."""
    core = core_pins(homeassistant)
    print(f"Home Assistant {core_version(homeassistant)} ({title}):")
    advice = compare(
        core,
        files,
        manifest=ROOT / "custom_components/encore/manifest.json",
        soco_legs=[*soco_legs(ROOT / "scripts/test"), *_venv_soco(files)],
    )
    for line in advice:
        print(f"  {'UPDATE' if line.update else 'ok    '} {line.text}")
    return advice


def _venv_soco(files: list[Path]) -> list[str]:
    # The venv's own SoCo (requirements.txt's or the file's) is a leg too.
    return [
        pin.version
        for path in files
        for pin in pins_in_lines(path.read_text().splitlines(), path.name)
        if pin.name == RANGED
    ]


def main(argv: list[str] | None = None) -> int:
    """Compare .venv's and .venv-ha-next's core pins with Encore's files."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pypi", action="store_true", help="also show the newest release on PyPI"
    )
    args = parser.parse_args(argv)
    updates = False
    checks = (
        (
            ".venv",
            ["requirements.txt", "requirements_test.txt", "requirements_dev.txt"],
            "the oldest supported: .venv",
        ),
        (".venv-ha-next", ["requirements_ha_next.txt"], "the newest: .venv-ha-next"),
    )
    for venv, names, title in checks:
        homeassistant = site_packages_homeassistant(ROOT / venv)
        if homeassistant is None:
            print(f"{venv} has no Home Assistant: run scripts/setup")
            updates = True
            continue
        advice = report(homeassistant, [ROOT / name for name in names], title)
        updates |= any(line.update for line in advice)
    if args.pypi:
        print("Newest on PyPI:")
        for name in ("homeassistant", *WATCHED):
            print(
                f"  {name}: {newest_on_pypi(name) or 'unknown (pip index did not answer)'}"
            )
    return 1 if updates else 0


if __name__ == "__main__":
    sys.exit(main())
