"""The repository's Python scripts (`scripts/*.py`), loaded as modules for their tests.

The scripts are no package (they run as `scripts/<name>`), so a test loads
one from its path, once, under a name of its own.
"""

import importlib.util
from pathlib import Path
import sys
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """Return `scripts/<name>.py` loaded as the module `encore_<name>`."""
    spec = importlib.util.spec_from_file_location(
        f"encore_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
