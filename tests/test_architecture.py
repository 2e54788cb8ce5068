"""The import graph of `tracker` and `flows`: no cycles, and lower layers never import higher ones.

Every import statement counts, also those inside functions (a lazy import hides a cycle, it does not remove it);
only `if TYPE_CHECKING:` blocks are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROOTS = {"tracker": REPO / "src" / "tracker", "flows": REPO / "flows"}

# Lower number = lower layer. A module may import its own layer's modules (without cycles) and lower ones.
LAYERS = [
    ("tracker.config", 0),
    ("tracker.progress", 0),
    ("tracker.warehouse", 1),
    ("tracker.catalog", 2),
    ("tracker.sources", 3),
    ("tracker.sentiment", 3),
    ("tracker.analysis", 4),
    ("tracker.pipeline", 5),
    ("flows", 6),
    ("tracker.demo", 7),
    ("tracker.cli", 8),
]
PEERS_APART = {("tracker.sources", "tracker.sentiment"), ("tracker.sentiment", "tracker.sources")}


def module_files() -> dict[str, Path]:
    found = {}
    for top, folder in ROOTS.items():
        for path in folder.rglob("*.py"):
            parts = [top, *path.relative_to(folder).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_names(path: Path, module: str, is_package: bool) -> set[str]:
    """Dotted names this file imports (for `from a import b`, both `a` and `a.b`), relative imports resolved."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return names


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        targets = set()
        for name in imported_names(path, module, path.name == "__init__.py"):
            if name in files and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
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

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def layer_of(module: str) -> tuple[str, int] | None:
    matches = [(prefix, rank) for prefix, rank in LAYERS if module == prefix or module.startswith(prefix + ".")]
    return max(matches, key=lambda m: len(m[0])) if matches else None


def test_the_graph_sees_every_module_and_its_imports() -> None:
    graph = import_graph()
    assert {"tracker.cli.main", "tracker.pipeline", "tracker.sources.reddit", "flows.pipeline"} <= set(graph)
    assert "tracker.sources.reddit" in graph["tracker.pipeline"]
    assert "tracker.warehouse.database" in graph["tracker.sources.reddit"]


def test_cycle_finder_reports_a_cycle_hidden_in_a_function() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_tracker_and_flows() -> None:
    assert cycles(import_graph()) == []


def test_every_module_belongs_to_a_layer() -> None:
    unplaced = sorted(m for m in import_graph() if m != "tracker" and layer_of(m) is None)
    assert unplaced == []


def test_lower_layers_never_import_higher_ones() -> None:
    upward = []
    for module, targets in import_graph().items():
        here = layer_of(module)
        if here is None:
            continue
        for target in targets:
            there = layer_of(target)
            if there is None:
                continue
            if there[1] > here[1] or (here[0], there[0]) in PEERS_APART:
                upward.append(f"{module} -> {target}")
    assert sorted(upward) == []
