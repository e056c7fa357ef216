#!/usr/bin/env python3
"""Walk a study session through answers, :skip, :bury and :undo, piped and in tmux, and check
what a student sees.

Usage: python3 .ci/sibling_session.py RECALL_BINARY

- two different cards of one fact are never shown on the same day;
- the position counter (3/21) moves forward by one and never passes its total;
- the summary's right answers equal the answers graded Good or Easy (suggested and accepted,
  or chosen), less those taken back with :undo;
- the last message never says both that nothing more is due and that a card is due now.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

SESSION = "recall-siblings"
HEADER = re.compile(r"^\[(cloze|choice|reverse|timeline|order|duration|period|landmark|who|contrast) · (\d+)/(\d+)\]$")


def normal(text):
    return " ".join(text.split())


def workspace(repo):
    home = tempfile.mkdtemp(prefix="recall-siblings-")
    os.makedirs(os.path.join(home, "Decks"))
    shutil.copy(os.path.join(repo, "Decks", "turkey-russia.txt"), os.path.join(home, "Decks"))
    return home


def script(seed, length=160):
    """Keystrokes for a session: answers right and wrong, grades, and the three commands."""
    generator = random.Random(seed)
    steps = ["1952", "1900", "a", "b", "CABD", "", "3", "4", "1", ":skip", ":bury", ":undo", ":hint"]
    weights = [3, 4, 2, 2, 1, 6, 2, 2, 1, 3, 2, 2, 1]
    return [generator.choices(steps, weights)[0] for _ in range(length)] + [":quit"]


def identify(cards, kind, block):
    """The card whose question `block` (the lines after the header) shows."""
    text = normal(block)
    found = []
    for card in cards:
        if card["kind"] != kind:
            continue
        if kind in ("cloze", "choice") and normal(card["text"]) in text:
            found.append(card)
        elif kind == "reverse" and f"({card['cue']})" in text and card["date"] in text:
            found.append(card)
        elif kind == "timeline" and all(normal(item["label"])[:40] in text for item in card["items"]):
            found.append(card)
        elif kind in ("order", "landmark") and all(
                normal(item["label"])[:40] in text for item in card["statements"]):
            found.append(card)
        elif kind in ("duration", "period", "who") and normal(card["text"]) in text:
            found.append(card)
    if len(found) != 1:
        raise AssertionError(f"{len(found)} cards match the {kind} question {text[:120]!r}")
    return found[0]


def check(output, cards, mode):
    lines = output.splitlines()
    shown = {}
    positions = []
    grades = []
    for index, line in enumerate(lines):
        line = line.rstrip()
        header = HEADER.match(line)
        if header:
            kind, position, total = header.group(1), int(header.group(2)), int(header.group(3))
            positions.append((position, total))
            block = []
            for following in lines[index + 1:]:
                if following.startswith(">") or HEADER.match(following.rstrip()) or not following.strip():
                    break
                block.append(following)
            if kind == "contrast":
                continue  # the student's own card, from a mistake: in the progress, not the deck, and no fact's sibling
            card = identify(cards, kind, "\n".join(block))
            earlier = shown.setdefault(card["fact"], card["id"])
            if earlier != card["id"]:
                raise AssertionError(f"{mode}: fact {card['fact']} showed {earlier} and then {card['id']}")
        if match := re.search(r"Enter = (again|hard|good|easy)$", line):
            grades.append(match.group(1))
        elif match := re.match(r"^(?:> )?Graded (again|hard|good|easy)\.$", line):
            grades[-1] = match.group(1)
        elif "Took back the last answer" in line:
            grades.pop()
    for number, (position, total) in enumerate(positions, start=1):
        if position != number or position > total:
            raise AssertionError(f"{mode}: position {position}/{total} where {number} was expected")
    summary = re.search(r"Studied (\d+) cards? in .* · (\d+) of (\d+) right", output)
    if not summary:
        raise AssertionError(f"{mode}: no summary with a right count")
    studied, right = int(summary.group(1)), int(summary.group(2))
    expected_right = sum(1 for grade in grades if grade in ("good", "easy"))
    if (studied, right) != (len(grades), expected_right):
        raise AssertionError(
            f"{mode}: summary says {right} right of {studied}; the screen shows {expected_right} of {len(grades)}")
    if "Nothing more is due" in output and "next card due now" in output:
        raise AssertionError(f"{mode}: says both that nothing is due and that a card is due now")
    commands = sum(output.count(word) for word in ("Skipped;", "Buried until tomorrow", "Took back"))
    return len(positions), len(grades), commands


def deck_cards(home):
    with open(os.path.join(home, "Decks", "turkey-russia.deck.json"), encoding="utf-8") as handle:
        return json.load(handle)["cards"]


def piped(binary, repo, seed):
    home = workspace(repo)
    keystrokes = "\n".join(script(seed)) + "\n"
    result = subprocess.run(
        [binary, "study", "--home", home], input=keystrokes.encode(), capture_output=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"piped session {seed} exited {result.returncode}: {result.stderr.decode()}")
    counts = check(result.stdout.decode(), deck_cards(home), f"piped session {seed}")
    shutil.rmtree(home)
    return counts


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION)


def in_tmux(binary, repo, seed):
    home = workspace(repo)
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "50", "-c", home)
    tmux("set-option", "-t", SESSION, "remain-on-exit", "on")
    tmux("set-option", "-t", SESSION, "history-limit", "100000")
    tmux("respawn-pane", "-k", "-t", SESSION, "-c", home,
         f"env TERM=xterm NO_COLOR=1 {binary} study; echo recall-exit-status=$?")
    prompts = 0
    for keystroke in script(seed, length=60):
        deadline = time.time() + 20
        while len(re.findall(r"^> ", screen(), re.M)) <= prompts:
            if time.time() > deadline:
                raise AssertionError(f"tmux session {seed}: no prompt after {prompts} lines\n{screen()}")
            time.sleep(0.03)
        prompts += 1
        tmux("send-keys", "-t", SESSION, "-l", keystroke)
        tmux("send-keys", "-t", SESSION, "Enter")
        if keystroke == ":quit":
            break
    deadline = time.time() + 20
    while not re.search(r"^recall-exit-status=\d+", screen(), re.M):
        if time.time() > deadline:
            raise AssertionError(f"tmux session {seed}: did not end\n{screen()}")
        time.sleep(0.05)
    output = screen()
    tmux("kill-session", "-t", SESSION)
    counts = check(output, deck_cards(home), f"tmux session {seed}")
    shutil.rmtree(home)
    return counts


def main():
    binary = os.path.abspath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    totals = [0, 0, 0]
    try:
        for seed in range(1, 9):
            for index, value in enumerate(piped(binary, repo, seed)):
                totals[index] += value
        tmux_counts = in_tmux(binary, repo, 3)
    except AssertionError as error:
        print(f"sibling session checks: FAILED: {error}")
        sys.exit(1)
    print(f"sibling session checks: 8 piped sessions ({totals[0]} cards shown, {totals[1]} answers, "
          f"{totals[2]} skips, buries and undos) and one in tmux ({tmux_counts[0]} cards shown): "
          "no sibling shown, counter and right count honest")


if __name__ == "__main__":
    main()
