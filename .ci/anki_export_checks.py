#!/usr/bin/env python3
"""Recall -> Anki, judged by Anki's own library (anki 26.9.3).

Usage: python3 .ci/anki_export_checks.py RECALL SHARED

For each of three time zones, a student studies the sample deck for 40 days at varied hours (late
evenings, early mornings before the 4 a.m. rollover, across the autumn's daylight-saving change),
through `recall simulate` one day at a time under faketime; some cards are suspended. Today, ten
minutes before 02:00 and before 20:00 local time, the student studies a few cards in `recall study`
(most answers Again, so some cards are in learning and relearning steps) and exports the deck with
progress on the hour; each package is imported into a fresh Anki collection in the same time zone. Checked against Recall's own files: one Anki card per Recall card,
every review in the revlog of its own card, suspension, card types, due days relative to Anki's
today, learning steps left, intervals, the revlog's intervals and factors, the deck's preset, and
how far Anki's FSRS, recomputing memory from the exported log, lands from the exported stability.

Then a round trip: a collection made with Anki's library (Basic, reversed, type-in, cloze notes with
one and with two deletions, some studied) is exported, imported into Recall with progress, four
cards are edited in the deck file (a Basic back, a reversed card's back, a type-in answer, one
deletion of a two-deletion cloze), exported again and imported back into the same collection: Anki
must report the notes updated (none new, none kept as they were because of a changed note type),
the edited fields changed and no other, no note, card or review added or lost, every card's deck
and schedule as it was, and every note still of its own note type. The same package imported into a fresh collection has as many notes
and cards as the original.
"""
from __future__ import annotations

import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

ZONES = ("America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo")
EXPORT_HOURS = (2, 20)
# Session hours, cycled: evenings, mornings, and times before the 4 a.m. rollover.
HOURS = (7, 23, 6, 12, 22, 1, 9, 18, 3, 20, 8, 0)
DAYS = 40
# A fixed day in the past, so that CI judges the same forty days on every run. The judge runs Anki on
# the real clock: with today's date, the 20:00 sessions west of UTC lay up to a day in Anki's future
# (on 2026-12-01 at 00:16 UTC, Los Angeles' 20:00 was 28 hours ahead), and Anki then read those
# reviews in another order and recomputed their memory from a day before them. RECALL_EXPORT_DAY=
# YYYY-MM-DD picks another day; it must be at least a day before the real one.
EXPORT_DAY = datetime.date.fromisoformat(os.environ.get("RECALL_EXPORT_DAY", "2026-11-30"))
FIRST_DAY = EXPORT_DAY - datetime.timedelta(days=DAYS + 1)
DECK = "turkey-russia"
# Answers to `recall study`: a letter, then a grade (mostly Again) over the suggested one.
STUDY_INPUT = "a\n1\na\n1\na\n3\na\n1\na\n1\na\n4\n:quit\n"


def fake(recall: str, zone: str, when: datetime.datetime, *args: str, input: str = "") -> str:
    env = dict(os.environ, TZ=zone)
    stamp = when.strftime("%Y-%m-%d %H:%M:%S")
    result = subprocess.run(["faketime", stamp, recall, *args], env=env, capture_output=True, text=True,
                            input=input)
    if result.returncode != 0:
        sys.exit(f"anki export checks: recall {' '.join(args)} at {stamp} {zone} failed: {result.stderr.strip()}")
    return result.stdout


def load(home: str, kind: str) -> dict:
    folder, suffix = ("Decks", "deck") if kind == "deck" else ("Progress", "progress")
    with open(os.path.join(home, folder, f"{DECK}.{suffix}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def study(recall: str, zone: str, home: str) -> None:
    """Forty days of study, one session a day at the hours above (`simulate --days 1` studies the
    day before the clock's, at the clock's hour), two new cards a day, so that some stay new."""
    fake(recall, zone, datetime.datetime.combine(FIRST_DAY, datetime.time(12, 0)),
         "config", DECK, "newCardsPerDay", "2", "--home", home)
    for day in range(DAYS):
        date = FIRST_DAY + datetime.timedelta(days=day + 1)
        hour = HOURS[day % len(HOURS)]
        when = datetime.datetime.combine(date, datetime.time(hour, 10 + day % 40))
        fake(recall, zone, when, "simulate", DECK, "--days", "1", "--seed", str(day + 1), "--home", home)
    progress = load(home, "progress")
    deck = load(home, "deck")
    studied = [c["id"] for c in deck["cards"] if progress["schedules"].get(c["id"], {}).get("reps", 0) > 0]
    new = [c["id"] for c in deck["cards"] if c["id"] not in progress["schedules"]]
    suspend = studied[:3] + new[:2]
    fake(recall, zone, datetime.datetime.combine(EXPORT_DAY, datetime.time(1, 0)),
         "suspend", DECK, *suspend, "--home", home)


def judge(package: str, home: str, zone: str) -> dict:
    """Imports `package` into a fresh collection (this process runs in `zone`) and compares."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki import import_export_pb2

    deck = load(home, "deck")
    progress = load(home, "progress")
    settings = deck.get("settings", {})
    rollover = settings.get("dayStartHour", 4)
    fields = progress["reviewFields"]
    reviews = [dict(zip(fields, row)) for row in progress["reviews"]]
    tz = ZoneInfo(zone)

    def study_day(seconds: float) -> int:
        local = datetime.datetime.fromtimestamp(seconds, tz)
        day = local.date().toordinal()
        return day - 1 if local.hour < rollover else day

    def epoch(text: str) -> float:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()

    folder = tempfile.mkdtemp(prefix="recall-anki-judge-")
    col = Collection(os.path.join(folder, "collection.anki2"))
    problems: list[str] = []
    kinds: dict[str, int] = {}

    def problem(kind: str, text: str) -> None:
        problems.append(text)
        kinds[kind] = kinds.get(kind, 0) + 1
    try:
        options = ImportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=True, merge_notetypes=False,
            update_notes=import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            update_notetypes=import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options))
        today = col.sched.today
        now_day = study_day(datetime.datetime.now().timestamp())
        cards = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            note_cards = note.cards()
            if len(note_cards) != 1:
                problem("cards per note", f"note {note.guid} has {len(note_cards)} cards")
            cards[note.guid.removeprefix("recall-")] = note_cards[0]
        if col.card_count() != len(deck["cards"]) or set(cards) != {c["id"] for c in deck["cards"]}:
            problem("card count", f"{col.card_count()} Anki cards for {len(deck['cards'])} Recall cards")
        by_card: dict[str, list[dict]] = {}
        for review in reviews:
            by_card.setdefault(review["card"], []).append(review)
        checked = {"review": 0, "learning": 0, "relearning": 0, "new": 0, "suspended": 0, "overdue": 0}
        exported_vs_anki, recall_vs_anki = [], []
        for card_id, card in cards.items():
            schedule = progress["schedules"].get(card_id)
            log = col.db.all("select ease, ivl, lastIvl, factor, type from revlog where cid = ? order by id", card.id)
            own = by_card.get(card_id, [])
            if len(log) != len(own):
                problem("reviews per card", f"{card_id}: {len(log)} revlog entries for {len(own)} reviews")
                continue
            suspended = bool(schedule and schedule.get("suspended"))
            if (card.queue == -1) != suspended:
                problem("suspension", f"{card_id}: queue {card.queue}, suspended in Recall: {suspended}")
            checked["suspended"] += suspended
            if not schedule or schedule.get("reps", 0) == 0:
                checked["new"] += 1
                if card.type != 0:
                    problem("card type", f"{card_id}: new in Recall, type {card.type} in Anki")
                continue
            phase = schedule["phase"]
            checked[phase] += 1
            expected_type = {"learning": 1, "review": 2, "relearning": 3}[phase]
            if card.type != expected_type:
                problem("card type", f"{card_id}: {phase} in Recall, type {card.type} in Anki")
            due = epoch(schedule["due"])
            if phase == "review" or card.queue == 3:
                if card.due - today != study_day(due) - now_day:
                    problem("due day", f"{card_id}: due in {card.due - today} days in Anki, "
                                    f"{study_day(due) - now_day} in Recall ({schedule['due']})")
                checked["overdue"] += study_day(due) < now_day
            elif card.due != int(due):
                problem("learning due", f"{card_id}: learning due {card.due}, Recall {int(due)}")
            if phase == "review" and card.ivl != study_day(due) - study_day(epoch(schedule["lastReview"])):
                problem("interval", f"{card_id}: ivl {card.ivl}")
            if phase != "review":
                steps = settings.get("learningSteps" if phase == "learning" else "relearningSteps",
                                     [60, 600] if phase == "learning" else [600])
                if card.left != max(1, len(steps) - schedule.get("step", 0)):
                    problem("steps left", f"{card_id}: left {card.left} with step {schedule.get('step')} of {len(steps)}")
            for (ease, ivl, last_ivl, factor, kind), review in zip(log, own):
                if ease != review["rating"]:
                    problem("revlog rating", f"{card_id}: revlog ease {ease}, rating {review['rating']}")
                if review["afterPhase"] == "review" and ivl != study_day(review["afterDue"]) - study_day(review["time"]):
                    problem("revlog ivl", f"{card_id}: revlog ivl {ivl} at {review['time']}")
                if review["beforePhase"] == "review":
                    previous = own[own.index(review) - 1]
                    scheduled = study_day(review["beforeDue"]) - study_day(previous["time"])
                    if last_ivl != scheduled:
                        problem("revlog lastIvl", f"{card_id}: revlog lastIvl {last_ivl}, scheduled {scheduled} days")
                if settings.get("scheduler", "fsrs") == "fsrs":
                    shifted = round(((review["afterDifficulty"] - 1) / 9 + 0.1) * 1000)
                    if abs(factor - shifted) > 1:
                        problem("revlog factor", f"{card_id}: revlog factor {factor}, difficulty gives {shifted}")
            if card.memory_state is not None:
                recomputed = col.compute_memory_state(card.id).stability
                exported = card.memory_state.stability
                internal = schedule["memory"]["stability"]
                exported_vs_anki.append(abs(exported - recomputed) / recomputed)
                if exported_vs_anki[-1] > 0.001:
                    problem("memory", f"{card_id}: stability {exported:.4f} exported, Anki recomputes {recomputed:.4f}")
                recall_vs_anki.append(abs(internal - recomputed) / recomputed)
        config = col.decks.config_dict_for_deck_id(col.decks.id_for_name(f"Recall::{DECK}"))
        if abs(config.get("desiredRetention", 0) - settings.get("desiredRetention", 0.9)) > 1e-6:
            problem("preset", f"preset retention {config.get('desiredRetention')}")
        if config["new"]["delays"] != [s / 60 for s in settings.get("learningSteps", [60, 600])]:
            problem("preset", f"preset learning steps {config['new']['delays']}")
        return {
            "problems": problems[:5], "problem_count": len(problems), "problem_kinds": kinds, "checked": checked,
            "reviews": len(reviews), "cards": len(cards),
            "stability_exported_vs_anki": spread(exported_vs_anki),
            "stability_recall_vs_anki": spread(recall_vs_anki),
        }
    finally:
        col.close()
        shutil.rmtree(folder, ignore_errors=True)


def spread(values: list[float]) -> dict:
    if not values:
        return {"cards": 0}
    return {"cards": len(values), "median_pct": round(100 * statistics.median(values), 3),
            "max_pct": round(100 * max(values), 3)}


def import_package(col, package: str):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki import import_export_pb2
    options = ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, merge_notetypes=False,
        update_notes=import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options)).log


# The edits made in Recall's deck file, as the note's (first field, field index) -> the field Anki
# should then hold: a Basic back, a reversed note's second card (its back is the Front field), a
# type-in answer (its typed field; Anki's <b> goes, the text is Recall's), one deletion of two.
EDITS = {
    ("Treaty of Kars", 1): "October 1921",
    ("Truman Doctrine", 0): "The Truman Doctrine",
    ("Capital of Turkey since 1923", 1): "Ankara (Angora)",
    ("The {{c1::Treaty of Moscow}} was signed in {{c2::1921}}.", 0):
        "The {{c1::Treaty of Moscow}} was signed in {{c2::March 1921}}.",
}


def edit_cards(deck_file: str) -> int:
    """Edits four cards' text in Recall's deck file, as a student would; returns how many it found."""
    with open(deck_file, encoding="utf-8") as handle:
        deck = json.load(handle)
    edited = 0
    for card in deck["cards"]:
        side = ("front", "back") if card["kind"] == "basic" else ("text", "answer")
        front, back = card.get(side[0]), card.get(side[1])
        new = {("Treaty of Kars", "1921"): "October 1921", ("March 1947", "Truman Doctrine"): "The Truman Doctrine",
               ("Capital of Turkey since 1923", "Ankara"): "Ankara (Angora)",
               ("The Treaty of Moscow was signed in ____.", "1921"): "March 1921"}.get((front, back))
        if new is not None:
            card[side[1]] = new
            edited += 1
    with open(deck_file, "w", encoding="utf-8") as handle:
        json.dump(deck, handle)
    return edited


def round_trip(recall: str, legacy: bool) -> None:
    """Anki -> Recall -> Anki: the notes come back as themselves, not as copies; `legacy` says which
    of Anki's package formats the collection goes to Recall in."""
    from anki.collection import Collection, ExportAnkiPackageOptions

    folder = tempfile.mkdtemp(prefix="recall-anki-round-trip-")
    col = Collection(os.path.join(folder, "original.anki2"))
    col.set_config("fsrs", True)
    deck_id = col.decks.id("History")
    basic, reversed_type, typed, cloze = (col.models.by_name(name) for name in (
        "Basic", "Basic (and reversed card)", "Basic (type in the answer)", "Cloze"))
    for front, back in (("Treaty of Kars", "1921"), ("Montreux Convention", "1936"), ("NATO entry", "1952")):
        note = col.new_note(basic)
        note["Front"], note["Back"] = front, back
        col.add_note(note, deck_id)
    note = col.new_note(reversed_type)
    note["Front"], note["Back"] = "Truman Doctrine", "March 1947"
    col.add_note(note, deck_id)
    note = col.new_note(typed)
    note["Front"], note["Back"] = "Capital of Turkey since 1923", "<b>Ankara</b>"
    col.add_note(note, deck_id)
    for text in ("Turkey joined NATO in {{c1::1952}}.",
                 "The {{c1::Treaty of Moscow}} was signed in {{c2::1921}}."):
        note = col.new_note(cloze)
        note["Text"] = text
        col.add_note(note, deck_id)
    col.decks.select(deck_id)
    for ease in (3, 4, 1, 3):
        card = col.sched.getCard()
        if card is None:
            break
        col.sched.answerCard(card, ease)
    notes, cards = col.note_count(), col.card_count()
    before = {nid: (col.get_note(nid).mid, list(col.get_note(nid).fields)) for nid in col.find_notes("")}
    revlog = sorted(col.db.list("select id from revlog"))
    schedules = col.db.all("select id, nid, ord, did, type, queue, due, ivl, factor, reps, lapses, data from cards order by id")
    original = os.path.join(folder, "original.apkg")
    col.export_anki_package(out_path=original, limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
    home = os.path.join(folder, "home")
    os.makedirs(os.path.join(home, "Decks"))
    deck_file = os.path.join(home, "Decks", "from-anki.deck.json")
    for args in (["import", original, "--name", "from-anki", "--with-progress"],
                 ["edit"],
                 ["export", "from-anki", "--format", "apkg", "--with-progress", "--out",
                  os.path.join(folder, "back.apkg")]):
        if args == ["edit"]:
            edited = edit_cards(deck_file)
            continue
        result = subprocess.run([recall, *args, "--home", home], capture_output=True, text=True)
        if result.returncode != 0 or "warning" in result.stderr:
            sys.exit(f"anki round trip: recall {args[0]} failed or warned: {result.stderr.strip()}")
    with open(deck_file, encoding="utf-8") as handle:
        recall_cards = len(json.load(handle)["cards"])
    log = import_package(col, os.path.join(folder, "back.apkg"))
    added = col.note_count() - notes, col.card_count() - cards
    after = {nid: (col.get_note(nid).mid, list(col.get_note(nid).fields)) for nid in col.find_notes("")}
    expected = {nid: (mid, [EDITS.get((fields[0], index), field) for index, field in enumerate(fields)])
                for nid, (mid, fields) in before.items()}
    updated = {entry.id.nid for entry in log.updated}
    changed = {nid for nid in before if before[nid] != after.get(nid)}
    fresh = Collection(os.path.join(folder, "fresh.anki2"))
    import_package(fresh, os.path.join(folder, "back.apkg"))
    print(f"Anki ({'legacy' if legacy else 'modern'} package) -> Recall -> Anki: {notes} notes and {cards} cards, {recall_cards} Recall cards, {edited} edited "
          f"in Recall; back into the original collection: {len(log.new)} new, {len(log.updated)} updated "
          f"({len(changed)} with the edits), {len(log.duplicate)} unchanged, {len(log.conflicting)} kept as they "
          f"were (note type changed), {added[0]} notes and {added[1]} cards added, review history "
          f"{len(revlog)} -> {col.db.scalar('select count() from revlog')}; "
          f"into a fresh collection: {fresh.note_count()} notes, {fresh.card_count()} cards")
    problems = []
    if added != (0, 0) or len(log.new):
        problems.append("the original collection gained notes or cards")
    if edited != len(EDITS):
        problems.append(f"{edited} of the {len(EDITS)} cards to edit found in Recall's deck")
    if log.conflicting:
        problems.append(f"{len(log.conflicting)} notes kept as they were (note type changed)")
    if after != expected:
        wrong = [(before[nid][1], after.get(nid), expected[nid]) for nid in expected if after.get(nid) != expected[nid]]
        problems.append(f"notes not as edited in Recall (before, after, expected): {wrong}")
    if not changed <= updated or len(changed) != len(EDITS):
        problems.append(f"{len(changed)} notes changed, Anki reports {len(updated)} updated")
    if sorted(col.db.list("select id from revlog")) != revlog:
        problems.append("the original collection's review history changed")
    if col.db.all("select id, nid, ord, did, type, queue, due, ivl, factor, reps, lapses, data from cards order by id") != schedules:
        problems.append("the original collection's cards (decks, schedules) changed")
    if recall_cards != cards:
        problems.append(f"{recall_cards} Recall cards for {cards} Anki cards")
    if (fresh.note_count(), fresh.card_count()) != (notes, cards):
        problems.append("a fresh collection does not get the original's notes and cards")
    col.close()
    fresh.close()
    shutil.rmtree(folder, ignore_errors=True)
    if problems:
        sys.exit("anki round trip: " + "; ".join(problems))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--round-trip":
        for legacy in (True, False):
            round_trip(os.path.abspath(sys.argv[2]), legacy)
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--judge":
        print(json.dumps(judge(sys.argv[2], sys.argv[3], sys.argv[4])))
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    recall, shared = os.path.abspath(sys.argv[1]), sys.argv[2]
    if shutil.which("faketime") is None:
        sys.exit("anki export checks: faketime is not installed (apt-get install faketime)")
    for legacy in (True, False):
        round_trip(recall, legacy)
    failed = False
    for zone in ZONES:
        home = tempfile.mkdtemp(prefix="recall-anki-export-")
        shutil.copytree("Decks", os.path.join(home, "Decks"))
        study(recall, zone, home)
        for hour in EXPORT_HOURS:
            package = os.path.join(home, f"export-{hour:02d}.apkg")
            when = datetime.datetime.combine(EXPORT_DAY, datetime.time(hour, 0))
            fake(recall, zone, when - datetime.timedelta(minutes=10), "study", DECK, "--home", home,
                 input=STUDY_INPUT)
            fake(recall, zone, when, "export", DECK, "--format", "apkg", "--with-progress", "--home", home,
                 "--out", package)
            run = subprocess.run([sys.executable, __file__, "--judge", package, home, zone],
                                 env=dict(os.environ, TZ=zone), capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"anki export checks: judging {zone} {hour:02d}:00 failed: {run.stderr.strip()}")
            result = json.loads(run.stdout)
            s_exp, s_rec = result["stability_exported_vs_anki"], result["stability_recall_vs_anki"]
            print(f"{zone} exported at {hour:02d}:00: {result['cards']} cards, {result['reviews']} reviews, "
                  f"{result['checked']}; stability exported vs Anki's recomputation: median "
                  f"{s_exp.get('median_pct')}%, max {s_exp.get('max_pct')}% "
                  f"(Recall's own vs Anki's: median {s_rec.get('median_pct')}%, max {s_rec.get('max_pct')}%)")
            if result["problem_count"]:
                failed = True
                print(f"  {result['problem_count']} problems {result['problem_kinds']}, first ones:\n    "
                      + "\n    ".join(result["problems"]))
        shutil.rmtree(home, ignore_errors=True)
    if failed:
        sys.exit("anki export checks: Anki does not see the exported decks as Recall does")
    print("anki export checks: every time zone and hour lands on Recall's days")


if __name__ == "__main__":
    main()
