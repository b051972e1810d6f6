"""The packaging says what the code needs: every imported third-party package is declared, and
.ci/constraints-min.txt pins exactly the floors that pyproject.toml declares."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
REQUIREMENT = re.compile(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(.*)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(requirements: list[str]) -> dict[str, str]:
    """Distribution name -> its version specifier."""
    return {canonical(m[1]): m[2] for r in requirements if (m := REQUIREMENT.match(r))}


def imported_modules() -> set[str]:
    names = set()
    for package in ("analyzer", "app"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"analyzer", "app", "__future__"}


def test_every_imported_package_is_declared():
    runtime = declared(PROJECT["dependencies"])
    optional = declared(PROJECT["optional-dependencies"]["scale"])  # dask, imported lazily
    owners = packages_distributions()
    missing = []
    for module in sorted(imported_modules()):
        dists = {canonical(d) for d in owners.get(module, [module])}
        if not dists & (set(runtime) | set(optional)):
            missing.append(f"{module} (from {', '.join(sorted(dists))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_the_minimum_constraints_pin_every_floor():
    floors = {}
    for name, spec in declared(PROJECT["dependencies"]).items():
        m = re.search(r">=\s*([0-9][0-9A-Za-z.]*)", spec)
        assert m, f"{name} has no floor in pyproject.toml"
        floors[name] = m[1]
    pins = {}
    for line in (ROOT / ".ci" / "constraints-min.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonical(name)] = version.strip()

    def padded(version: str) -> tuple[int, ...]:
        parts = [int(p) for p in version.split(".")]
        return tuple(parts + [0] * (4 - len(parts)))

    assert set(pins) == set(floors)
    assert {n: padded(v) for n, v in pins.items()} == {n: padded(v) for n, v in floors.items()}
