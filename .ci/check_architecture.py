#!/usr/bin/env python3
"""Checks the layers ARCHITECTURE.md describes, so that the compiler's target graph stays the map.

1. The targets depend on each other without a cycle, and each only on the layers below it
   (the table below, the same as ARCHITECTURE.md's).
2. No Swift file imports a Recall module its target does not list as a dependency (SwiftPM can
   let such an import through when the module happens to be built first).
3. `Sources/recall` declares nothing but commands and option groups: every rule lives in a library.

Usage: python3 .ci/check_architecture.py   (from the repository root; exits 1 naming each fault)
"""
import json
import os
import re
import subprocess
import sys

# What each target may use. A target below another in this list never uses it.
ALLOWED = {
    "RecallModel": set(),
    "RecallStorage": {"RecallModel"},
    "RecallInterop": {"RecallModel", "RecallStorage"},
    "RecallApp": {"RecallModel", "RecallStorage", "RecallInterop"},
    "RecallConsole": {"RecallModel", "RecallStorage", "RecallApp"},
    "RecallTestSupport": {"RecallModel", "RecallStorage", "RecallConsole"},
    "recall": {"RecallModel", "RecallStorage", "RecallInterop", "RecallApp", "RecallConsole"},
}
COMMAND_CONFORMANCES = ("ParsableCommand", "AsyncParsableCommand", "ParsableArguments")


def targets():
    described = subprocess.run(
        ["swift", "package", "describe", "--type", "json"], capture_output=True, text=True, check=True
    ).stdout
    return {t["name"]: t for t in json.loads(described)["targets"]}


def cycle(graph):
    """A cycle in `graph` as a list of names, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for next_node in graph.get(node, ()):
            if state.get(next_node) == "open":
                return path[path.index(next_node):] + [next_node] if next_node in path else [node, next_node]
            if next_node not in state:
                found = visit(next_node, path + [next_node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in graph:
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


def main():
    faults = []
    described = targets()
    recall_targets = {name for name in described if name.startswith("Recall") or name == "recall"}
    graph = {
        name: [d for d in (t.get("target_dependencies") or []) if d in recall_targets]
        for name, t in described.items()
    }
    found = cycle(graph)
    if found:
        faults.append("the targets depend on each other in a cycle: " + " -> ".join(found))
    for name, target in described.items():
        if target.get("type") == "test":
            continue
        if name not in ALLOWED and name in recall_targets:
            faults.append(f"{name}: a target that is not in the layer table (.ci/check_architecture.py, ARCHITECTURE.md)")
            continue
        for dependency in graph.get(name, []):
            if dependency not in ALLOWED.get(name, set()):
                faults.append(f"{name} depends on {dependency}, which its layer may not use")
        declared = set(graph.get(name, []))
        for folder, _, files in os.walk(target["path"]):
            for file in files:
                if not file.endswith(".swift"):
                    continue
                path = os.path.join(folder, file)
                for module in re.findall(r"^\s*(?:@testable\s+)?import\s+(Recall\w+)", open(path).read(), re.M):
                    if module != name and module not in declared:
                        faults.append(f"{path}: imports {module}, which {name} does not list as a dependency")
    faults += command_target_faults(described["recall"]["path"])
    for fault in faults:
        print(fault)
    if faults:
        sys.exit(1)
    print("architecture: no cycle; every target uses only the layers below it; Sources/recall holds only commands")


def command_target_faults(root):
    """Top-level declarations of the executable target that are not commands or option groups."""
    faults = []
    declaration = re.compile(r"^(?:@\w+\s+)?(?:(?:public|package|internal|private|fileprivate|final)\s+)*"
                             r"(struct|enum|class|actor|protocol|typealias|func|let|var)\s+(\w+)([^{\n]*)")
    for folder, _, files in os.walk(root):
        for file in files:
            if not file.endswith(".swift"):
                continue
            path = os.path.join(folder, file)
            for number, line in enumerate(open(path), 1):
                match = declaration.match(line)
                if not match:
                    continue
                kind, name, rest = match.groups()
                if kind in ("struct", "enum", "class") and any(c in rest for c in COMMAND_CONFORMANCES):
                    continue
                faults.append(f"{path}:{number}: {kind} {name} is not a command or option group; it belongs in a library")
    return faults


if __name__ == "__main__":
    main()
