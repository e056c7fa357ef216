#!/usr/bin/env python3
"""Study one workspace on two machines, and check that their progress merges.

Usage: python3 .ci/two_machines.py RECALL_BINARY

- git: a workspace in a (bare) repository, cloned twice; each clone runs `recall git-setup` and
  piped study sessions as its own machine (RECALL_MACHINE_ID); the second pulls the first with the
  merge driver. The pull must merge without a conflict, and the merged snapshot must hold every
  review of both machines once, pass the progress schema, and open in `recall study`.
- synced folder: a workspace copied to a second machine, both study, and the second's snapshot is
  left beside the first's as a Syncthing conflict copy; the next `recall study` must merge it, say
  so, and move the copy to Progress/merged/.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DECK = "turkey-russia"
GIT = ["git", "-c", "user.name=Recall CI", "-c", "user.email=ci@recall.invalid", "-c", "init.defaultBranch=main"]


def run(command, cwd, stdin="", env=None, check=True):
    result = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        sys.exit(f"{' '.join(command)} in {cwd} failed ({result.returncode}): {result.stdout}{result.stderr}")
    return result


def study(recall, folder, machine, keys):
    env = dict(os.environ, RECALL_MACHINE_ID=machine)
    env.pop("RECALL_HOME", None)
    return run([recall, "study"], folder, stdin=keys, env=env).stdout


def reviews(folder):
    with open(os.path.join(folder, "Progress", f"{DECK}.progress.json"), encoding="utf-8") as file:
        snapshot = json.load(file)
    fields = snapshot["reviewFields"]
    rows = [dict(zip(fields, row)) for row in snapshot["reviews"]]
    return {row["id"]: row for row in rows}


def schema(folder):
    run([sys.executable, os.path.join(HERE, "check_progress_schema.py"), os.path.join(folder, "Progress"), DECK], folder)


def new_workspace(parent, name):
    folder = os.path.join(parent, name)
    os.makedirs(os.path.join(folder, "Decks"))
    shutil.copy(os.path.join(REPO, "Decks", f"{DECK}.txt"), os.path.join(folder, "Decks"))
    return folder


def check_git(recall, parent):
    origin = os.path.join(parent, "origin.git")
    run(GIT + ["init", "-q", "--bare", origin], parent)
    start = new_workspace(parent, "start")
    run(GIT + ["init", "-q"], start)
    run([recall, "git-setup"], start)
    study(recall, start, "00000000000a", "1952\n\n1877\n\n:quit\n")
    run(GIT + ["add", "-A"], start)
    run(GIT + ["commit", "-qm", "first session"], start)
    run(GIT + ["push", "-q", origin, "HEAD:main"], start)
    machines = {}
    for name, machine in (("laptop", "0000000000a1"), ("desktop", "0000000000b2")):
        clone = os.path.join(parent, name)
        run(GIT + ["clone", "-q", origin, clone], parent)
        run([recall, "git-setup"], clone)
        machines[name] = (clone, machine)
    laptop, desktop = machines["laptop"][0], machines["desktop"][0]
    # Each studies the same first cards and different later ones (the desktop buries one).
    study(recall, laptop, machines["laptop"][1], "1952\n\nx\n1\n1939\n\ny\n\n:quit\n")
    study(recall, desktop, machines["desktop"][1], ":bury\nx\n\n1952\n3\nz\n\n:quit\n")
    before = {name: reviews(folder) for name, (folder, _) in machines.items()}
    for name, (folder, _) in machines.items():
        run(GIT + ["add", "-A"], folder)
        run(GIT + ["commit", "-qm", f"studied on the {name}"], folder)
    run(GIT + ["push", "-q", "origin", "HEAD:main"], laptop)
    pull = run(GIT + ["pull", "--no-rebase", "--no-edit", "-q", "origin", "main"], desktop, check=False)
    if pull.returncode != 0:
        sys.exit(f"git pull did not merge the progress: {pull.stdout}{pull.stderr}")
    status = run(GIT + ["status", "--porcelain"], desktop).stdout
    if status.strip():
        sys.exit(f"the merge left changes or conflicts: {status}")
    merged = reviews(desktop)
    expected = set(before["laptop"]) | set(before["desktop"])
    if set(merged) != expected:
        sys.exit(f"merged reviews {len(merged)} != the union {len(expected)} of both machines")
    machines_seen = {row["machine"] for row in merged.values()}
    if not {"0000000000a1", "0000000000b2"} <= machines_seen:
        sys.exit(f"reviews of both machines expected, found {machines_seen}")
    schema(desktop)
    again = study(recall, desktop, machines["desktop"][1], ":quit\n")
    if DECK not in again:
        sys.exit(f"recall study does not open the merged progress: {again}")
    shared = len(set(before["laptop"]) & set(before["desktop"]))
    print(f"git: laptop {len(before['laptop'])} reviews, desktop {len(before['desktop'])}, {shared} shared; "
          f"git pull merged them into {len(merged)}, each once")


def check_synced_folder(recall, parent):
    first = new_workspace(parent, "synced")
    study(recall, first, "0000000000c3", "1952\n\n:quit\n")
    second = os.path.join(parent, "synced-phone")
    shutil.copytree(first, second)
    study(recall, first, "0000000000c3", "1877\n\n1939\n\n:quit\n")
    study(recall, second, "0000000000d4", ":bury\nx\n\n:quit\n")
    expected = set(reviews(first)) | set(reviews(second))
    copy = f"{DECK}.progress.sync-conflict-20261130-101500-ABCDEF7.json"
    shutil.copy(os.path.join(second, "Progress", f"{DECK}.progress.json"), os.path.join(first, "Progress", copy))
    output = study(recall, first, "0000000000c3", ":quit\n")
    if f"Merged {copy}" not in output or "moved it to Progress/merged/" not in output:
        sys.exit(f"no message about the conflict copy: {output}")
    if os.path.exists(os.path.join(first, "Progress", copy)):
        sys.exit("the conflict copy was not moved")
    if not os.path.exists(os.path.join(first, "Progress", "merged", copy)):
        sys.exit("the conflict copy is not in Progress/merged/")
    merged = reviews(first)
    if set(merged) != expected:
        sys.exit(f"after the conflict copy, {len(merged)} reviews; the union is {len(expected)}")
    schema(first)
    print(f"synced folder: the conflict copy was merged ({len(merged)} reviews, each once) and moved to Progress/merged/")


def main():
    recall = os.path.abspath(sys.argv[1])
    parent = tempfile.mkdtemp(prefix="recall-two-machines-")
    try:
        check_git(recall, parent)
        check_synced_folder(recall, parent)
    finally:
        shutil.rmtree(parent, ignore_errors=True)


if __name__ == "__main__":
    main()
