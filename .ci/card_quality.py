#!/usr/bin/env python3
"""Build decks from the sample and every WikiWars text, and hold their cards to a floor.

Usage: python3 .ci/card_quality.py RECALL_BINARY SHARED_FOLDER MAX_FLAGGED_PERCENT MAX_TESTWISE_PERCENT

- ../shared/questions/lint_deck.py flags at most MAX_FLAGGED_PERCENT of all cards;
- ../shared/questions/testwise.py's best strategy wins at most MAX_TESTWISE_PERCENT of the choice cards.
Prints the share per deck.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile


def main():
    binary, shared, max_flagged, max_testwise = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [os.path.join(repo, "Decks", "turkey-russia.txt")]
    texts += sorted(glob.glob(os.path.join(shared, "dates", "wikiwars", "texts", "*.txt")))
    if len(texts) < 2:
        print("card quality: skipped (no WikiWars texts in ../shared)")
        return
    home = tempfile.mkdtemp(prefix="recall-quality-")
    decks = []
    for text in texts:
        name = os.path.basename(text)[:-4]
        subprocess.run([binary, "build", text, "--name", name, "--home", home], check=True, capture_output=True)
        decks.append(os.path.join(home, "Decks", f"{name}.deck.json"))
    lint = os.path.join(shared, "questions", "lint_deck.py")
    for deck in decks:
        last = subprocess.run(["python3", lint, deck], capture_output=True, text=True, check=True).stdout.strip()
        print(f"  {os.path.basename(deck)[:-10]:28} {last.splitlines()[-1]}")
    summary = subprocess.run(["python3", lint, *decks], capture_output=True, text=True, check=True).stdout
    flagged = float(re.search(r"flagged=\d+ \(([\d.]+)%\)", summary).group(1))
    testwise = subprocess.run(
        ["python3", os.path.join(shared, "questions", "testwise.py"), *decks], capture_output=True, text=True,
        check=True).stdout.strip()
    best = float(re.search(r"best (\d+)%", testwise).group(1))
    print(f"card quality: {flagged}% of cards flagged (floor {max_flagged}%); {testwise}")
    shutil.rmtree(home)
    if flagged > max_flagged or best > max_testwise:
        sys.exit(f"card quality below the floor: {flagged}% flagged, test-wise best {best}%")


if __name__ == "__main__":
    main()
