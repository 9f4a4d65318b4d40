"""The habits of a public project: a licence HACS accepts, CI and validation workflows, pre-commit.

HACS's default repository list requires a licence; the workflows must run the same commands as
`.ci/run` (the README's) and the real hassfest and HACS checks; pre-commit must run what
`scripts/lint` runs.
"""

from pathlib import Path
import tomllib

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_licence_matches_pyproject() -> None:
    """LICENSE is the Apache 2.0 text pyproject.toml declares, with Encore's copyright line."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "license"
    ]
    text = (ROOT / "LICENSE").read_text()
    assert declared == "Apache-2.0"
    assert (
        "Apache License\n                           Version 2.0, January 2004" in text
    )
    assert "END OF TERMS AND CONDITIONS" in text
    assert "Copyright 2026 The Encore authors" in text


def _steps(workflow: str) -> list[dict[str, str]]:
    document = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text())
    return [step for job in document["jobs"].values() for step in job["steps"]]


def test_ci_workflow_runs_the_readme_commands() -> None:
    """GitHub runs scripts/setup, lint and test in that order, as .ci/run does."""
    runs = [step["run"] for step in _steps("ci.yml") if "run" in step]
    ci_run = [
        line
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.startswith("scripts/")
    ]
    assert runs == ci_run == ["scripts/setup", "scripts/lint", "scripts/test"]


def test_validate_workflow_runs_hassfest_and_hacs() -> None:
    """The real hassfest and HACS actions check the repository."""
    uses = {
        step["uses"].split("@")[0]: step
        for step in _steps("validate.yml")
        if "uses" in step
    }
    assert "home-assistant/actions/hassfest" in uses
    assert uses["hacs/action"]["with"]["category"] == "integration"


def test_pre_commit_runs_what_lint_runs() -> None:
    """Every tool scripts/lint runs is a pre-commit hook, codespell included."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())["repos"][0][
        "hooks"
    ]
    entries = " ".join(hook["entry"] for hook in hooks)
    lint = (ROOT / "scripts" / "lint").read_text()
    for tool in ("ruff format", "ruff check", "mypy --strict", "codespell"):
        assert tool in lint
        assert tool in entries


def test_no_merge_conflict_is_committed() -> None:
    """No text file of the project keeps a merge's conflict markers (one README once did)."""
    suffixes = {".py", ".md", ".json", ".yaml", ".yml", ".ts", ".toml"}
    folders = ("custom_components", "tests", "frontend/src", "frontend/test", "demo")
    files = [*ROOT.glob("*.md")]
    for folder in (*folders, "benchmarks", "fakes", "scripts", "docs"):
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in suffixes]
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line == "=======":
                found.append(f"{path.relative_to(ROOT)}:{number}: {line}")
    assert not found, "\n".join(found)
