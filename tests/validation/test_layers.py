"""The layers of Encore and the one direction their imports may run.

platforms (the top-level modules, `actions/`, `media/`) → wiring (what a
loaded entry runs) → voice → history collectors → sonos → spotify; history
core (manager, imports, queries) → store. The front doors (every top-level
module, the actions and websocket commands, the media source, the sensors and
notifications of `wiring/`, Assist, the LLM tools) reach the queries only
through the question layer, `history.questions`, by the coroutine of an
answer family (never `async_ask` or the families themselves), and import no
SQLAlchemy.
Sources never import the
history: they announce things, and recording is wired from outside them. The
rules are read from the source with `ast`, so a new import that breaks one fails
here, type-checking-only imports included.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "custom_components" / "encore"
ROOT = "custom_components.encore"

# Modules every layer may use: they import nothing of Encore's but each other
# (`media.lists` is how the history's media source reaches the players).
LEAVES = ("const", "media.lists")

# Layer (a module prefix, the longest wins) → the prefixes its modules may import.
ALLOWED: dict[str, tuple[str, ...]] = {
    "spotify": ("spotify",),
    "sonos": ("sonos", "spotify"),
    # Last.fm and ListenBrainz: a source like Spotify, importing nothing of Encore's.
    "scrobbling": ("scrobbling",),
    "history.store": ("history.store", "history.models", "history.epoch"),
    "history.queries": (
        "history.queries",
        "history.store",
        "history.models",
        "history.periods",
        "history.epoch",
    ),
    "history.imports": (
        "history.imports",
        "history.store",
        "history.models",
        "history.manager",
        "history.epoch",
        # The scrobbling services' histories come in through their typed clients.
        "scrobbling",
    ),
    # Scrobbling out: the outbox's rows go out through the typed clients.
    "history.outbox": (
        "history.outbox",
        "history.store",
        "history.models",
        "scrobbling",
    ),
    "history.collectors": ("history", "sonos", "spotify"),
    # The rest of the history core: anything of the history but its collectors.
    "history": ("history",),
    "voice": ("voice", "history", "sonos", "spotify"),
    # What joins the sources, the history and Assist to the platforms: never
    # a platform or a front door (they import it).
    "wiring": ("wiring", "voice", "history", "sonos", "spotify", "scrobbling"),
}
FORBIDDEN_IN_CORE = "history.collectors"
# The front doors (issues 35 and 44): every module at the top (the platforms,
# the actions' and websocket commands' registration), the actions, the media
# source, what a loaded entry runs (the sensors' figures, the recap's
# notifications), Assist and the LLM tools ask the history through its
# question layer (`history.questions`: the `Question` value, its fields, its
# answers), never the queries or the store themselves, and hold no
# database connection (`sqlalchemy`). The manager (reads' turns, open or
# shut), `whose` (whose history), `periods` and the admin jobs (imports,
# export, purge) are theirs to use as well.
FRONT_DOORS = ("actions", "flows", "media", "wiring", "voice")
# How the question layer reads (issue 44.2): `async_ask`, the families it
# runs with a connection, the read-sharing keys and the favourites' family
# are the layer's own. A door calls the coroutine of its family instead.
LAYERS_OWN = (
    "history.questions.asking",
    "history.questions.families",
    "history.questions.favourites",
    "history.questions.sharing",
)
NOT_FOR_FRONT_DOORS = ("history.store", "history.queries", *LAYERS_OWN)
NOT_IN_FRONT_DOORS = ("sqlalchemy",)
# Names of the layer's own that a door may not import from it, wherever from.
NAMES_NOT_FOR_FRONT_DOORS = ("async_ask", "reading_for")


def layer_of(module: str) -> str | None:
    """Return the layer a module (relative to the package) belongs to."""
    for layer in sorted(ALLOWED, key=len, reverse=True):
        if module == layer or module.startswith(f"{layer}."):
            return layer
    return None


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def encore_imports(path: Path, package_dir: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, imported module relative to the package) for one file."""
    module = _module_name(path, package_dir)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base = (
                    parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                )
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and node.module.startswith(ROOT):
                target = node.module.removeprefix(ROOT).lstrip(".")
            else:
                continue
            for alias in node.names:
                # `from . import x` names a module when x is one.
                sub = f"{target}.{alias.name}" if target else alias.name
                yield node.lineno, sub if _is_module(sub) else target
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(f"{ROOT}."):
                    yield node.lineno, alias.name.removeprefix(f"{ROOT}.")


def _is_module(module: str) -> bool:
    path = PACKAGE.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def is_front_door(module: str) -> bool:
    """Whether a module (relative to the package) is a front door.

    Every module at the top is one (the package's own `__init__` too), and
    every module of the door packages.
    """
    return "." not in module or any(
        module == door or module.startswith(f"{door}.") for door in FRONT_DOORS
    )


def _allowed(importer: str, imported: str) -> bool:
    if any(imported == leaf or imported.startswith(f"{leaf}.") for leaf in LEAVES):
        return True
    if importer in LEAVES:
        return False
    if is_front_door(importer) and any(
        imported == inner or imported.startswith(f"{inner}.")
        for inner in NOT_FOR_FRONT_DOORS
    ):
        return False
    layer = layer_of(importer)
    if layer is None:
        return True  # the platforms and the integration's own modules: the top
    if layer == "history" and (
        imported == FORBIDDEN_IN_CORE or imported.startswith(f"{FORBIDDEN_IN_CORE}.")
    ):
        return False
    return any(
        imported == prefix or imported.startswith(f"{prefix}.")
        for prefix in ALLOWED[layer]
    )


def violations(package: Path = PACKAGE) -> list[str]:
    """Return every import that runs against the layers, as `file:line: a -> b`."""
    found = []
    for path in sorted(package.rglob("*.py")):
        importer = _module_name(path, package)
        for line, imported in encore_imports(path, package):
            if imported and not _allowed(importer, imported):
                found.append(
                    f"{path.relative_to(package)}:{line}: {importer} -> {imported}"
                )
    return found


def test_imports_run_one_way() -> None:
    """No module imports a layer above its own."""
    assert violations() == []


def door_connections(package: Path = PACKAGE) -> list[str]:
    """Return every import of a database library in a front door, as `file:line: module`."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if not is_front_door(_module_name(path, package)):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found += [
                f"{path.relative_to(package)}:{node.lineno}: {name}"
                for name in names
                if name.split(".")[0] in NOT_IN_FRONT_DOORS
            ]
    return found


def test_no_door_holds_a_connection() -> None:
    """No front door imports SQLAlchemy: the question layer reads for them."""
    assert door_connections() == []


def door_asks_by_hand(package: Path = PACKAGE) -> list[str]:
    """Return every import of the layer's own asking in a front door, as `file:line: name`."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if not is_front_door(_module_name(path, package)):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.ImportFrom) or not (
                node.module and "history" in node.module.split(".")
            ):
                continue
            found += [
                f"{path.relative_to(package)}:{node.lineno}: {alias.name}"
                for alias in node.names
                if alias.name in NAMES_NOT_FOR_FRONT_DOORS
            ]
    return found


def test_no_door_asks_by_hand() -> None:
    """No front door runs a family itself: it calls the family's coroutine."""
    assert door_asks_by_hand() == []


def test_a_door_asking_by_hand_is_found(tmp_path: Path) -> None:
    """A door importing `async_ask` (or the layer's `reading_for`) is caught."""
    copy = tmp_path / "encore"
    (copy / "voice").mkdir(parents=True)
    (copy / "voice" / "ask.py").write_text(
        "from ..history.questions import Question, async_ask  # noqa\n"
    )
    (copy / "actions").mkdir()
    (copy / "actions" / "commands.py").write_text(
        "from ..history.questions.asking import reading_for  # noqa\n"
    )
    (copy / "history" / "questions").mkdir(parents=True)
    (copy / "history" / "questions" / "answers.py").write_text(
        "from .asking import async_ask  # noqa\n"
    )
    assert door_asks_by_hand(copy) == [
        "actions/commands.py:1: reading_for",
        "voice/ask.py:1: async_ask",
    ]


def test_a_door_holding_a_connection_is_found(tmp_path: Path) -> None:
    """A door that imports SQLAlchemy is caught, with its line."""
    copy = tmp_path / "encore"
    copy.mkdir()
    (copy / "sensor.py").write_text("from sqlalchemy import Connection  # noqa\n")
    (copy / "wiring").mkdir()
    (copy / "wiring" / "panel.py").write_text("import sqlalchemy.exc  # noqa\n")
    (copy / "history").mkdir()
    (copy / "history" / "manager.py").write_text("from sqlalchemy import select\n")
    assert door_connections(copy) == [
        "sensor.py:1: sqlalchemy",
        "wiring/panel.py:1: sqlalchemy.exc",
    ]


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("spotify.account", "history.manager"),
        ("spotify.account", "issues"),
        ("sonos.household", "history.collectors.sonos"),
        ("sonos.player", "voice.ask"),
        ("history.manager", "voice.sentences"),
        ("history.manager", "history.collectors.sonos"),
        ("history.store.writes", "history.queries"),
        ("history.store.schema", "history.manager"),
        ("history.queries.common", "history.imports.importer"),
        ("history.imports.importer", "history.queries"),
        ("voice.ask", "intent"),
        ("const", "history.manager"),
        ("voice.ask", "history.queries"),
        ("voice.intents", "history.store.reads"),
        ("voice.llm_api", "history.queries.common"),
        ("actions.history", "history.store.reads"),
        ("actions.admin", "history.queries"),
        ("actions.websocket", "history.queries"),
        ("media.source", "history.queries.recipes"),
        ("media_source", "history.store"),
        ("sensor", "history.queries"),
        ("config_flow", "history.store.engine"),
        ("wiring.history_entities", "history.queries"),
        ("wiring.recap_notifications", "history.queries.recap"),
        ("voice.recap", "history.store.reads"),
        ("voice.ask", "history.questions.families"),
        ("voice.intents", "history.questions.asking"),
        ("voice.habits", "history.questions.sharing"),
        ("voice.play_favourites", "history.questions.favourites"),
        ("actions.history", "history.questions.families"),
        ("wiring.history_entities", "history.questions.asking"),
        ("wiring.runtime", "sensor"),
        ("wiring.history_entry", "actions.history"),
        ("history.manager", "wiring.runtime"),
        ("voice.ask", "wiring.history_entities"),
        ("spotify.account", "wiring.artwork"),
        ("sonos.household", "wiring.runtime"),
    ],
)
def test_a_broken_rule_is_found(importer: str, imported: str) -> None:
    """Each rule catches the import it forbids."""
    assert not _allowed(importer, imported)


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("spotify.account", "const"),
        ("sonos.spotify_on_sonos", "spotify.account"),
        ("history.collectors.sonos", "sonos.household"),
        ("history.queries", "history.store.schema"),
        ("history.imports.importer", "history.manager"),
        ("voice.ask", "history.questions"),
        ("actions.history", "history.questions.fields"),
        ("actions.websocket", "history.questions"),
        ("media.source", "history.questions"),
        ("spotify.search", "media.lists"),
        ("history.questions.asking", "history.store.reads"),
        ("history.questions.answers", "history.questions.families"),
        ("history.questions.habits", "history.questions.asking"),
        ("voice.habits", "history.questions.habits"),
        ("voice.llm_api", "history.questions.places"),
        ("sensor", "history.collectors.spotify_account"),
        ("sensor", "wiring.runtime"),
        ("wiring.runtime", "history.collectors.sonos"),
        ("wiring.history_entry", "voice.sentences"),
        ("wiring.recap_notifications", "wiring.panel"),
        ("wiring.runtime", "const"),
    ],
)
def test_what_the_layers_allow(importer: str, imported: str) -> None:
    """Imports down the layers pass."""
    assert _allowed(importer, imported)


def test_a_deliberate_violation_fails(tmp_path: Path) -> None:
    """A copy of the package with one import up a layer is caught, with its line."""
    copy = tmp_path / "encore"
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text())
    (copy / "spotify" / "client.py").write_text(
        (copy / "spotify" / "client.py").read_text()
        + "\nfrom ..history.manager import async_get_manager  # noqa\n"
    )
    found = [line for line in violations(copy) if "spotify/client.py" in line]
    assert len(found) == 1
    assert found[0].endswith("spotify.client -> history.manager")
