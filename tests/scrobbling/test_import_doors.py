"""The API imports of Last.fm and ListenBrainz start only from an account's options flow.

They take an API key or a user name and call a service for minutes: an
administrator's step in the options (`flows/scrobble_import.py`), never an action,
a websocket command, Assist or an LLM tool. Read from the source with
`ast`, like the layer rules, so a new door that reaches them fails here.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "custom_components" / "encore"
STARTERS = {
    "async_run_lastfm_import",
    "async_run_listenbrainz_import",
    "async_import_lastfm",
    "async_import_listenbrainz",
}
# The job runner that wraps them (their module defines them: no use), and
# the one door that starts them.
ALLOWED = {
    "history/imports/jobs.py",
    "flows/scrobble_import.py",
}


def _names(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Name | ast.Attribute):
            found.add(node.id if isinstance(node, ast.Name) else node.attr)
    return found


def test_only_the_options_flow_starts_an_api_import() -> None:
    """No module but the options flow's steps names the API imports."""
    users = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if STARTERS & _names(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert users == ALLOWED


def test_the_options_flow_is_an_accounts_options_flow() -> None:
    """The steps are the options of an account (an administrator's), not a config step."""
    from custom_components.encore.config_flow import EncoreConfigFlow, EncoreOptionsFlow

    assert hasattr(EncoreOptionsFlow, "async_step_import_lastfm")
    assert hasattr(EncoreOptionsFlow, "async_step_import_listenbrainz")
    assert not hasattr(EncoreConfigFlow, "async_step_import_lastfm")
