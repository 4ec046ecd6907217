"""The code's layers point one way: records and model → loading and validation →
formatting → the Sphinx adapter.  No module of pakru_data imports, directly or through
others, a module that imports it back, and the data package never imports the adapter."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pakru_data"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The pakru_data modules a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from pakru_data.sphinxext import domain` imports the module pakru_data.sphinxext.domain
            found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, each once, as the modules along it (a depth-first search)."""
    found: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = path[path.index(module) :]
            if sorted(cycle) not in [sorted(c) for c in found]:
                found.append(cycle)
            return
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return found


def test_no_module_of_pakru_data_is_part_of_an_import_cycle():
    # A package imports its own submodules (pakru_data/__init__ re-exports load): that is
    # the package's public face, not a cycle between layers, so packages are left out.
    graph = import_graph()
    packages = {"pakru_data", "pakru_data.sphinxext"}
    graph = {m: deps - packages for m, deps in graph.items() if m not in packages}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_data_package_never_imports_the_sphinx_adapter():
    graph = import_graph()
    data_modules = [m for m in graph if not m.startswith("pakru_data.sphinxext")]
    assert {m: sorted(d for d in graph[m] if d.startswith("pakru_data.sphinxext")) for m in data_modules} == {
        m: [] for m in data_modules
    }
