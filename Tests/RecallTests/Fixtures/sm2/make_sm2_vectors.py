#!/usr/bin/env python3
"""Generate SM-2 reference vectors with the `anki-sm-2` package (pip install anki-sm-2==0.2.0).

Usage: python3 make_sm2_vectors.py [-o sm2-vectors.json] [--seed 20261125]

Every case is a scheduler configuration, a new card and a seeded sequence of reviews; each review
records the card after it as anki-sm-2 computes it. Fuzz is switched off (anki-sm-2 always fuzzes
review intervals with the unseeded global random), so the output is the same on every run.
Recall's SM2VectorTests replays the reviews and compares state, step, ease, interval and due.
"""
import argparse
import json
import random
from datetime import datetime, timedelta, timezone

import anki_sm_2
from anki_sm_2 import Card, Rating, Scheduler

anki_sm_2.Scheduler._get_fuzzed_interval = lambda self, interval: interval

START = datetime(2026, 1, 5, 9, 0, 0, tzinfo=timezone.utc)

CONFIGS = [
    ("default", {}),
    ("long-steps", {"learning_steps": [timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1)],
                    "relearning_steps": [timedelta(minutes=10), timedelta(hours=1)]}),
    ("one-step", {"learning_steps": [timedelta(minutes=10)], "relearning_steps": [timedelta(minutes=10)]}),
    ("no-relearning", {"relearning_steps": []}),
    ("tuned", {"graduating_interval": 2, "easy_interval": 5, "minimum_interval": 2, "maximum_interval": 400,
               "starting_ease": 2.3, "easy_bonus": 1.5, "interval_modifier": 0.9, "hard_interval": 1.1,
               "new_interval": 0.2}),
]


def iso(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def card_dict(card):
    return {"state": int(card.state), "step": card.step, "ease": card.ease, "due": iso(card.due),
            "current_interval": card.current_interval}


def next_time(rng, card, now):
    """Reviews on time, late, early or the same day, so that every branch of SM-2 is taken."""
    roll = rng.random()
    due = card.due
    if roll < 0.45:
        moment = due + timedelta(minutes=rng.randint(0, 90))
    elif roll < 0.75:
        moment = due + timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
    elif roll < 0.9 and due - now > timedelta(days=2):
        moment = now + (due - now) * rng.uniform(0.3, 0.9)
    else:
        moment = now + timedelta(minutes=rng.randint(1, 300))
    return max(moment.replace(microsecond=0), now)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-o", "--out", default="sm2-vectors.json")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = []
    for name, config in CONFIGS:
        for index in range(30):
            scheduler = Scheduler(**config)
            card = Card(card_id=1, due=START)
            now = START
            reviews = []
            for _ in range(rng.randint(1, 25)):
                rating = rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 1])[0]
                card, _ = scheduler.review_card(card, Rating(rating), now)
                reviews.append({"rating": rating, "review_datetime": iso(now), "card_after": card_dict(card)})
                now = next_time(rng, card, now)
            cases.append({"id": f"{name}-{index:02d}", "scheduler": scheduler.to_dict(), "reviews": reviews})
    document = {"format": "sm2-vectors/1",
                "generator": {"tool": "make_sm2_vectors.py", "anki_sm_2_version": "0.2.0", "seed": args.seed},
                "start": iso(START), "cases": cases}
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=None, separators=(",", ":"))
        handle.write("\n")
    print(f"{len(cases)} cases, {sum(len(c['reviews']) for c in cases)} reviews -> {args.out}")


if __name__ == "__main__":
    main()
