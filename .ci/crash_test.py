#!/usr/bin/env python3
"""Kill `recall study` with SIGKILL at random moments and check that no acknowledged answer is lost.

Usage: python3 .ci/crash_test.py RECALL_BINARY [RUNS]

Each run feeds answers to a piped session; an answer is acknowledged when its verdict line
(✓, ✗, ~ or →) has been printed, which Recall does only after the journal is synced. After the kill
the snapshot and the journal must parse, and the reviews they hold must include every
acknowledged answer and nothing that was never sent.
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

VERDICTS = ("✓", "✗", "~", "→")


def load_reviews(progress_dir):
    """Replays snapshot and journal as Recall does; raises on anything that does not parse."""
    snapshot = os.path.join(progress_dir, "turkey-russia.progress.json")
    journal = os.path.join(progress_dir, "turkey-russia.journal")
    sequence, reviews = 0, []
    if os.path.exists(snapshot):
        with open(snapshot, encoding="utf-8") as handle:
            data = json.load(handle)
        sequence, reviews = data.get("journalSequence", 0), data["reviews"]
    if os.path.exists(journal):
        with open(journal, encoding="utf-8") as handle:
            text = handle.read()
        if text and not text.endswith("\n"):
            raise ValueError("the journal ends in a torn line")
        for number, line in enumerate(text.splitlines(), 1):
            change = json.loads(line)
            if change["seq"] <= sequence:
                continue
            if change["seq"] != sequence + 1:
                raise ValueError(f"journal line {number}: change {change['seq']} after {sequence}")
            if change.get("reviewCount") is not None:
                del reviews[change["reviewCount"]:]
            if change.get("review"):
                reviews.append(change["review"])
            sequence = change["seq"]
    return reviews


def one_run(binary, home, rng):
    process = subprocess.Popen([binary, "study", "--home", home], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    acknowledged, sent = [0], [0]

    def read():
        for raw in process.stdout:
            if raw.decode("utf-8", "replace").startswith(VERDICTS):
                acknowledged[0] += 1

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.time() + rng.uniform(0.05, 1.5)
    try:
        while time.time() < deadline and process.poll() is None:
            process.stdin.write(b"1952\n\n")
            process.stdin.flush()
            sent[0] += 1
            time.sleep(rng.uniform(0.0, 0.05))
    except BrokenPipeError:
        pass
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join(timeout=5)
    return acknowledged[0], sent[0]


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    home = tempfile.mkdtemp(prefix="recall-crash-")
    shutil.copytree(os.path.join(repo, "Decks"), os.path.join(home, "Decks"))
    subprocess.run([binary, "config", "turkey-russia", "newCardsPerDay", "9999", "--home", home], check=True,
                   capture_output=True)
    rng = random.Random(20261125)
    progress_dir = os.path.join(home, "Progress")
    total_acknowledged = 0
    for run in range(1, runs + 1):
        before = len(load_reviews(progress_dir)) if os.path.isdir(progress_dir) else 0
        acknowledged, sent = one_run(binary, home, rng)
        try:
            after = len(load_reviews(progress_dir)) if os.path.isdir(progress_dir) else 0
        except (OSError, ValueError) as error:
            print(f"crash test: FAILED on run {run}: the progress files do not parse: {error}")
            sys.exit(1)
        if after < before + acknowledged:
            print(f"crash test: FAILED on run {run}: {acknowledged} answers acknowledged but only {after - before} saved")
            sys.exit(1)
        if after > before + sent:
            print(f"crash test: FAILED on run {run}: {after - before} reviews saved but only {sent} answers sent")
            sys.exit(1)
        total_acknowledged += acknowledged
    subprocess.run([sys.executable, os.path.join(repo, ".ci", "check_progress_schema.py"), progress_dir, "turkey-russia"],
                   check=True)
    shutil.rmtree(home)
    print(f"crash test: {runs} runs killed with SIGKILL, {total_acknowledged} acknowledged answers, none lost")


if __name__ == "__main__":
    main()
