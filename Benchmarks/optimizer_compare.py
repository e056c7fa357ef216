#!/usr/bin/env python3
"""Recall's FSRS-6 optimizer against fsrs-rs (Anki's), side by side on the same simulated logs.

Usage: pip install fsrs-rs-python; python3 Benchmarks/optimizer_compare.py [--sizes 500 5000 50000]
Needs ../shared/fsrs/optimizer_reference.py beside the checkout (its simulator makes the logs).

For each size: simulates review histories from known weights (the reference's simulator, seeded),
keeps a fifth of the cards aside, writes the rest as a CSV review log, fits it with
`recall optimize --log FILE --json` (release build) and with fsrs-rs-python's compute_parameters,
and scores both fits on the held-out cards with fsrs-rs's own evaluate(): log loss and RMSE (bins).
Times are wall-clock seconds for the fit alone (Recall's includes starting the process and reading
the CSV). Targets: Recall's held-out log loss within 0.5 % of fsrs-rs's, and fitting time within 2x.
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(root), "shared", "fsrs"))
import optimizer_reference as reference  # noqa: E402
from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS  # noqa: E402


def write_log(cards, path):
    """Review times from (rating, whole days since the previous review): a same-day review a
    minute after the one before, a later one exactly that many days after it."""
    start = datetime(2025, 1, 1, 9, tzinfo=timezone.utc)
    with open(path, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["card_id", "review_time", "rating"])
        for index, history in enumerate(cards):
            moment = start
            for number, (rating, days) in enumerate(history):
                if number > 0:
                    moment += timedelta(days=days) if days > 0 else timedelta(minutes=1)
                out.writerow([f"card{index}", moment.strftime("%Y-%m-%dT%H:%M:%SZ"), rating])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 50000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "recall"], cwd=root, check=True,
                   capture_output=True)
    recall = os.path.join(root, ".build", "release", "recall")
    folder = tempfile.mkdtemp()
    rows = []
    for size in args.sizes:
        rng = random.Random(args.seed + size)
        cards = reference.simulate(rng, size, 20)
        held_out = cards[: size // 5]
        training = cards[size // 5:]
        test_items = reference.to_items(held_out)
        log = os.path.join(folder, f"train-{size}.csv")
        write_log(training, log)

        began = time.perf_counter()
        result = subprocess.run([recall, "optimize", "--log", log, "--json"], check=True, capture_output=True,
                                text=True)
        recall_seconds = time.perf_counter() - began
        recall_weights = json.loads(result.stdout)["parameters"]

        items = reference.to_items(training)
        began = time.perf_counter()
        rs_weights = FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items)
        rs_seconds = time.perf_counter() - began

        recall_eval = FSRS(recall_weights).evaluate(test_items)
        rs_eval = FSRS(rs_weights).evaluate(test_items)
        default_eval = FSRS(list(DEFAULT_PARAMETERS)).evaluate(test_items)
        rows.append((size, len(test_items), default_eval, recall_eval, rs_eval, recall_seconds, rs_seconds))

    print("| cards | held-out reviews | defaults: log loss | Recall: log loss / RMSE (bins) | fsrs-rs: log loss / RMSE (bins) | Recall vs fsrs-rs | fit time: Recall / fsrs-rs |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    ok = True
    for size, count, default, mine, theirs, mine_s, theirs_s in rows:
        gap = (mine.log_loss - theirs.log_loss) / theirs.log_loss * 100
        ok &= gap <= 0.5 and mine_s <= 2 * theirs_s
        print(f"| {size:,} | {count:,} | {default.log_loss:.4f} | {mine.log_loss:.4f} / {mine.rmse_bins:.4f} "
              f"| {theirs.log_loss:.4f} / {theirs.rmse_bins:.4f} | {gap:+.2f} % | {mine_s:.2f} s / {theirs_s:.2f} s |")
    print("targets met" if ok else "targets NOT met (log loss within 0.5 %, time within 2x)")


if __name__ == "__main__":
    main()
