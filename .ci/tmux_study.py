#!/usr/bin/env python3
"""Drive `recall study` in tmux as a person would: answer three cards, quit, check screen and file.

Usage: python3 .ci/tmux_study.py RECALL_BINARY
Exits non-zero with a message when the screen or the saved progress is not what a student would expect.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SESSION = "recall-ci"


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION)


def wait_for(pattern, timeout=30, count=1):
    deadline = time.time() + timeout
    while time.time() < deadline:
        text = screen()
        if len(re.findall(pattern, text, re.M)) >= count:
            return text
        time.sleep(0.1)
    fail(f"timed out waiting for {pattern!r} (x{count}); the screen shows:\n{screen()}")


def fail(message):
    print(f"tmux study check: FAILED: {message}")
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    sys.exit(1)


def main():
    binary = os.path.abspath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    home = tempfile.mkdtemp(prefix="recall-tmux-")
    shutil.copytree(os.path.join(repo, "Decks"), os.path.join(home, "Decks"))
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    tmux("new-session", "-d", "-s", SESSION, "-x", "100", "-y", "50", "-c", home)
    tmux("set-option", "-t", SESSION, "remain-on-exit", "on")
    tmux("respawn-pane", "-k", "-t", SESSION, "-c", home, f"env TERM=xterm-256color NO_COLOR=1 {binary} study; echo recall-exit-status=$?")

    for number in range(1, 4):
        wait_for(r"^\[(cloze|choice|reverse|timeline) · ", count=number)
        wait_for(r"^> ", count=2 * number - 1)
        tmux("send-keys", "-t", SESSION, "1952", "Enter")
        wait_for(r"Enter = (again|hard|good|easy)", count=number)
        wait_for(r"^> ", count=2 * number)
        tmux("send-keys", "-t", SESSION, "Enter")
    wait_for(r"^\[(cloze|choice|reverse|timeline) · ", count=4)
    tmux("send-keys", "-t", SESSION, ":quit", "Enter")
    text = wait_for(r"^Studied 3 cards")
    wait_for(r"^recall-exit-status=\d+")
    status = re.search(r"^recall-exit-status=(\d+)", screen(), re.M).group(1)
    tmux("kill-session", "-t", SESSION)

    questions = re.findall(r"^\[(cloze|choice|reverse|timeline) · (\d+)/\d+\]", text, re.M)
    if len(questions) != 4 or [int(n) for _, n in questions] != [1, 2, 3, 4]:
        fail(f"expected three answered questions and a fourth shown, saw {questions}")
    if status != "0":
        fail(f"recall exited with status {status}")
    path = os.path.join(home, "Progress", "turkey-russia.progress.json")
    try:
        with open(path, encoding="utf-8") as handle:
            progress = json.load(handle)
    except (OSError, ValueError) as error:
        fail(f"{path}: {error}")
    reviews = [dict(zip(progress.get("reviewFields", []), row)) for row in progress.get("reviews", [])]
    if len(reviews) != 3:
        fail(f"{path} holds {len(reviews)} reviews, expected exactly 3")
    if [r.get("answer") for r in reviews] != ["1952"] * 3:
        fail(f"answers saved as {[r.get('answer') for r in reviews]}")
    if len(progress.get("schedules", {})) != 3:
        fail(f"expected 3 scheduled cards, found {len(progress.get('schedules', {}))}")
    shutil.rmtree(home)
    print("tmux study check: 3 questions shown and answered, 3 reviews saved, exit status 0")


if __name__ == "__main__":
    main()
