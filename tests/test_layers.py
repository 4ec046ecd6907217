"""The code's layers point one way, as the README's table of modules states them: a module
imports only modules of its own layer or of a layer listed before it.  The table lists every
module; no module of pakru_data imports, directly or through others, a module that imports it
back; and the data package never imports the adapter."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pakru_data"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str] | None = None) -> set[str]:
    """The pakru_data modules a file imports, at the top or inside a function.  With
    ``modules`` (every module there is), ``from pakru_data import kinds`` counts as importing
    the module ``pakru_data.kinds`` only, not the package it is in."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from pakru_data.sphinxext import domain` imports the module pakru_data.sphinxext.domain
            submodules = {f"{node.module}.{alias.name}" for alias in node.names}
            if modules is None:
                found |= submodules | {node.module}
            else:
                found |= (submodules & modules) or {node.module}
                found |= {node.module} if submodules - modules else set()
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


def readme_layers() -> list[tuple[str, list[str]]]:
    """The README's table of modules: each row's layer and module paths (relative to
    pakru_data/; a path ending in "/" stands for every module in that folder), in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in {"layer", "---"}:
            rows.append((cells[0], re.findall(r"`([\w/]+(?:\.py|/))`", cells[1])))
    return rows


def layer_of_each_module() -> dict[str, tuple[int, str]]:
    """Each module's layer, as (its position in the table, its name)."""
    order = list(dict.fromkeys(layer for layer, _ in readme_layers()))
    layers: dict[str, tuple[int, str]] = {}
    paths = {path.relative_to(PACKAGE).as_posix(): module_name(path) for path in PACKAGE.rglob("*.py")}
    for layer, listed in readme_layers():
        for entry in listed:
            covered = [p for p in paths if p == entry or (entry.endswith("/") and p.startswith(entry))]
            assert covered, f"README lists {entry}, which is not a module of pakru_data"
            for path in covered:
                assert paths[path] not in layers, f"README lists {path} twice"
                layers[paths[path]] = (order.index(layer), layer)
    return layers


def test_the_readme_lists_every_module_once():
    listed = layer_of_each_module()
    modules = {module_name(path) for path in PACKAGE.rglob("*.py")}
    assert sorted(modules - set(listed)) == []


def test_every_import_points_to_the_same_layer_or_one_listed_before_it():
    layers = layer_of_each_module()
    modules = {module_name(path) for path in PACKAGE.rglob("*.py")}
    upward = []
    for path in PACKAGE.rglob("*.py"):
        module = module_name(path)
        for imported in sorted(imports_of(path, modules) & modules - {module}):
            if layers[imported][0] > layers[module][0]:
                upward.append(f"{module} ({layers[module][1]}) imports {imported} ({layers[imported][1]})")
    assert upward == []


def test_the_layer_check_sees_an_import_that_points_up(tmp_path):
    module = tmp_path / "kinds.py"
    module.write_text("from pakru_data import loading\nfrom pakru_data.model import Event\n", encoding="utf-8")
    modules = {"pakru_data.loading", "pakru_data.model", "pakru_data.kinds"}
    assert imports_of(module, modules) == {"pakru_data.loading", "pakru_data.model"}
    layers = layer_of_each_module()
    assert layers["pakru_data.loading"][0] > layers["pakru_data.kinds"][0]
