"""No import circles in Encore, and no import inside a function to dodge one (issue 44.3).

A circle held together by a function-local import runs, but a reader cannot
tell which module comes first, and the next import at the top breaks it.
Read from the source with `ast`: the runtime imports of every module (those
only for type checking left out, since they never run), the strongly
connected components of that graph, and every import of Encore's inside a
function body.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

from .test_layers import PACKAGE, ROOT, _module_name, encore_imports


def _type_checking_lines(tree: ast.AST) -> set[int]:
    """Lines of the imports under `if TYPE_CHECKING:` (they never run)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(
                    sub.lineno
                    for sub in ast.walk(inner)
                    if isinstance(sub, ast.Import | ast.ImportFrom)
                )
    return lines


def _function_local_lines(tree: ast.AST) -> set[int]:
    """Lines of the imports inside a function's body."""
    return {
        sub.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Import | ast.ImportFrom)
    }


def graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules it imports when it runs (relative to the package)."""
    edges: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        skipped = _type_checking_lines(tree)
        importer = _module_name(path, package)
        edges.setdefault(importer, set()).update(
            imported
            for line, imported in encore_imports(path, package)
            if imported and imported != importer and line not in skipped
        )
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def function_local_imports(package: Path = PACKAGE) -> Iterator[str]:
    """Every import of Encore's inside a function, as `file:line`."""
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        local = _function_local_lines(tree)
        for line, imported in encore_imports(path, package):
            if line in local and imported:
                yield f"{path.relative_to(package)}:{line}: {imported}"


def test_no_import_circles() -> None:
    """Every module's imports run one way: none comes back to it."""
    assert circles(graph()) == []


def test_no_import_inside_a_function() -> None:
    """An import of Encore's sits at the top of its module, where a reader looks."""
    assert list(function_local_imports()) == []


def test_a_circle_is_found(tmp_path: Path) -> None:
    """A copy of the package with one import back up a chain fails, naming it."""
    copy = tmp_path / "encore"
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text())
    const = copy / "const.py"
    const.write_text(const.read_text() + f"\nfrom {ROOT}.media.lists import HELD\n")
    assert ["const", "media.lists"] in circles(graph(copy))
