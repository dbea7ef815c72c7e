"""Print the package's internal import cycles, including imports hidden inside
functions, and the modules over 400 lines.

    .venv/bin/python -m tests.import_graph

Issue 14 asks for none of either; this shows how far the package is from it.
Reads the source with ``ast``; imports nothing of the package.
"""

import ast
import sys
from pathlib import Path

PACKAGE = "wagtail_ledelsesugen"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
SKIPPED = {"migrations"}
MAX_LINES = 400


def module_name(path):
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules():
    """``{module name: path}`` of the package's Python modules."""
    return {
        module_name(path): path
        for path in ROOT.rglob("*.py")
        if not SKIPPED & set(path.relative_to(ROOT).parts)
    }


def resolve(module, node):
    """The absolute names an ``import`` or ``from ... import`` node refers to."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    package = module.split(".")
    if not module_name_is_package(module):
        package = package[:-1]
    base = package[: len(package) - node.level + 1] if node.level else []
    prefix = ".".join([*base, *(node.module or "").split(".")]).strip(".")
    return [prefix, *(f"{prefix}.{alias.name}" for alias in node.names)]


def module_name_is_package(module):
    return (ROOT.parent / module.replace(".", "/") / "__init__.py").exists()


def imports_of(module, path, known):
    """``{(imported module, hidden in a function)}`` within the package."""
    found = set()
    tree = ast.parse(path.read_text())
    for function in ast.walk(tree):
        hidden = isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        nodes = ast.walk(function) if hidden else ast.iter_child_nodes(function)
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                for name in resolve(module, node):
                    if name in known and name != module:
                        found.add((name, hidden))
    return found


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in graph:
        if node not in index:
            visit(node)
    return groups


def main():
    modules = source_modules()
    graph, hidden = {}, 0
    for module, path in modules.items():
        edges = imports_of(module, path, modules)
        graph[module] = {target for target, _hidden in edges}
        hidden += sum(is_hidden for _target, is_hidden in edges)
    groups = cycles(graph)
    print(f"{len(modules)} modules, {hidden} imports inside functions")
    print(f"{len(groups)} import cycles:")
    for group in groups:
        print("  " + " <-> ".join(name.removeprefix(PACKAGE + ".") for name in group))
    long_modules = sorted(
        (len(path.read_text().splitlines()), module)
        for module, path in modules.items()
        if len(path.read_text().splitlines()) > MAX_LINES
    )
    print(f"{len(long_modules)} modules over {MAX_LINES} lines:")
    for lines, module in reversed(long_modules):
        print(f"  {lines:5} {module}")


if __name__ == "__main__":
    main()
