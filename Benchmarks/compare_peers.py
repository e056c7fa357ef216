#!/usr/bin/env python3
"""Run Recall's benchmarks and its peers on the same work in one run, and print the ratios.

    python3 Benchmarks/compare_peers.py            (from the repository root; installs the peers with pip)

- FSRS: Recall's "FSRS next state, one review" against py-fsrs 6.3.2's Scheduler.review_card on
  the same 10,000 review cards (same stabilities, difficulties, elapsed days and ratings, fuzz off).
- Dates: Recall's "Build a deck from 10 MB of prose" (sentences, dates, facts and every question)
  against dateparser's search_dates on the same prose. dateparser reads about 50 KB/s, so it runs
  on the first 200 KB and its throughput is what is compared.
"""
import os
import re
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def ensure(package, module):
    try:
        __import__(module)
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=True)


def recall_benchmarks():
    """p50 figures of Recall's benchmarks, from package-benchmark's markdown output."""
    output = subprocess.run(
        ["swift", "package", "--disable-sandbox", "benchmark", "--filter", "FSRS next state.*|Build a deck.*",
         "--format", "markdown", "--no-progress"],
        cwd=HERE, check=True, capture_output=True, text=True).stdout
    figures = {}
    for section in output.split("### ")[1:]:
        name = section.splitlines()[0].strip()
        for line in section.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) > 4 and cells[0].startswith(("Throughput", "Time (wall clock)")):
                figures[(name, cells[0])] = float(cells[3])
    fsrs = figures[("FSRS next state, one review (×10,000)", "Throughput (# / s) (#)")] * 10_000
    build_ms = figures[("Build a deck from 10 MB of prose", "Time (wall clock) (ms) *")]
    return fsrs, 10.0 / (build_ms / 1000.0)


def py_fsrs_reviews_per_second():
    from fsrs import Card, Rating, Scheduler, State
    scheduler = Scheduler(enable_fuzzing=False)
    now = datetime(2026, 5, 29, tzinfo=timezone.utc)
    cards = []
    for index in range(10_000):
        due = now - timedelta(days=index % 5)
        cards.append(Card(state=State.Review, step=None, stability=2 + index % 97, difficulty=1 + index % 9,
                          due=due, last_review=due - timedelta(days=2 + index % 30)))
    ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for index, card in enumerate(cards):
            scheduler.review_card(card, ratings[index & 3], now)
        best = max(best, len(cards) / (time.perf_counter() - start))
    return best


def dateparser_bytes_per_second(limit=200_000):
    from dateparser.search import search_dates
    sample = open(os.path.join(ROOT, "Decks", "turkey-russia.txt"), encoding="utf-8").read()
    varied = open(os.path.join(ROOT, "Tests", "RecallTests", "Fixtures", "varied-history.txt"), encoding="utf-8").read()
    unit = sample + "\n\n" + varied + "\n\n"
    prose = (unit * (limit // len(unit) + 1))[:limit]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", prose) if s.strip()]
    start = time.perf_counter()
    for sentence in sentences:
        search_dates(sentence, languages=["en"])
    return len(prose.encode("utf-8")) / (time.perf_counter() - start)


def main():
    ensure("fsrs==6.3.2", "fsrs")
    ensure("dateparser", "dateparser")
    recall_fsrs, recall_mb = recall_benchmarks()
    peer_fsrs = py_fsrs_reviews_per_second()
    peer_mb = dateparser_bytes_per_second() / 1e6
    print("| work | Recall | peer | ratio |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| FSRS-6 next state, one review | {recall_fsrs / 1e6:.1f} M/s | py-fsrs 6.3.2: {peer_fsrs / 1e3:.0f} k/s | {recall_fsrs / peer_fsrs:.0f}× |")
    print(f"| dates in prose (Recall: whole deck build) | {recall_mb:.1f} MB/s | dateparser search_dates: {peer_mb * 1000:.0f} KB/s | {recall_mb / peer_mb:.0f}× |")


if __name__ == "__main__":
    main()
