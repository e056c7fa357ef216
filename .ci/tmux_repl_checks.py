#!/usr/bin/env python3
"""Check the study REPL in a real terminal (tmux), as a student uses it.

Usage: python3 .ci/tmux_repl_checks.py RECALL_BINARY

- Tab completes ':he' to ':help';
- Up-arrow brings back earlier ':' commands but never an answer given to an earlier card;
- a wrong answer taken back with ':undo' leaves no trace in the progress files;
- Ctrl-D saves and prints the summary;
- the same keystrokes piped into 'recall study' save the same reviews.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SESSION = "recall-repl"


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION)


def fail(message):
    print(f"tmux REPL checks: FAILED: {message}\n--- screen ---\n{screen()}")
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    sys.exit(1)


def wait_for(pattern, count=1, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if len(re.findall(pattern, screen(), re.M)) >= count:
            return
        time.sleep(0.05)
    fail(f"timed out waiting for {pattern!r} x{count}")


def current_line():
    lines = [line for line in screen().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def expect_line(expected, what):
    deadline = time.time() + 5
    while time.time() < deadline:
        if current_line().rstrip() == expected:
            return
        time.sleep(0.05)
    fail(f"{what}: expected the input line {expected!r}, saw {current_line()!r}")


def keys(*sequence):
    tmux("send-keys", "-t", SESSION, *sequence)


def reviews(home):
    progress = os.path.join(home, "Progress")
    with open(os.path.join(progress, "turkey-russia.progress.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    rows = [dict(zip(data["reviewFields"], row)) for row in data["reviews"]]
    return [(r["card"], r["rating"], r["answer"]) for r in rows]


def workspace(repo):
    home = tempfile.mkdtemp(prefix="recall-repl-")
    shutil.copytree(os.path.join(repo, "Decks"), os.path.join(home, "Decks"))
    return home


def main():
    binary = os.path.abspath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    home = workspace(repo)
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "60", "-c", home)
    tmux("set-option", "-t", SESSION, "remain-on-exit", "on")
    tmux("respawn-pane", "-k", "-t", SESSION, "-c", home, f"env TERM=xterm NO_COLOR=1 {binary} study; echo recall-exit-status=$?")

    wait_for(r"^\[cloze · 1/")
    keys(":he", "Tab")
    expect_line("> :help", "Tab completion")
    keys("Enter")
    wait_for(r"Commands:")
    keys(":stats", "Enter")
    wait_for(r"^Today: 0 of 0 right")
    keys("1066", "Enter")
    wait_for(r"^✗ 1952")
    keys(":undo", "Enter")
    wait_for(r"^Took back the last answer")
    # The card comes back as the next showing: the counter moves forward, never back.
    wait_for(r"^\[cloze · 2/")
    keys("Up")
    expect_line("> :undo", "Up-arrow after the card came back")
    keys("Up")
    expect_line("> :stats", "second Up-arrow (the wrong answer 1066 must not come back)")
    keys("C-u")
    keys("1952", "Enter")
    wait_for(r"^✓ 1952")
    keys("4", "Enter")
    wait_for(r"^Graded easy\.")
    wait_for(r"^\[cloze · 3/")
    seen = []
    for _ in range(5):
        keys("Up")
        time.sleep(0.15)
        seen.append(current_line().rstrip())
    if any(line in ("> 1952", "> 1066") for line in seen):
        fail(f"Up-arrow brought back an answer to an earlier card: {seen}")
    if "> :help" not in seen:
        fail(f"Up-arrow did not reach the earlier commands: {seen}")
    keys("C-u")
    keys("1877-78", "Enter")
    wait_for(r"^✓ 1877–78")
    keys("3", "Enter")
    wait_for(r"^\[cloze · 4/")
    keys("C-d")
    wait_for(r"^Studied 2 cards")
    wait_for(r"^recall-exit-status=\d+")
    status = re.search(r"^recall-exit-status=(\d+)", screen(), re.M).group(1)
    if status != "0":
        fail(f"exit status {status} after Ctrl-D")
    tmux("kill-session", "-t", SESSION)

    interactive = reviews(home)
    if [(rating, answer) for _, rating, answer in interactive] != [(4, "1952"), (3, "1877-78")]:
        fail(f"saved reviews {interactive}")
    for name in os.listdir(os.path.join(home, "Progress")):
        with open(os.path.join(home, "Progress", name), encoding="utf-8", errors="replace") as handle:
            if "1066" in handle.read():
                fail(f"the undone answer 1066 is still in Progress/{name}")

    piped_home = workspace(repo)
    keystrokes = ":help\n:stats\n1066\n:undo\n1952\n4\n1877-78\n3\n"
    result = subprocess.run([binary, "study", "--home", piped_home], input=keystrokes.encode(), capture_output=True)
    if result.returncode != 0:
        fail(f"the piped session exited with {result.returncode}: {result.stderr.decode()}")
    if "\x1b" in result.stdout.decode():
        fail("the piped session wrote escape codes")
    piped = reviews(piped_home)
    if piped != interactive:
        fail(f"the piped session saved {piped}, the interactive one {interactive}")
    shutil.rmtree(home)
    shutil.rmtree(piped_home)
    print("tmux REPL checks: Tab, Up-arrow history, :undo, Ctrl-D and piped input all behave")


if __name__ == "__main__":
    main()
