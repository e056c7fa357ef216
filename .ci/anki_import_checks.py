#!/usr/bin/env python3
"""Anki -> Recall: what a collection made by Anki's own library keeps when Recall imports it.

Usage: python3 .ci/anki_import_checks.py RECALL SHARED
Builds the collection of .ci/make_anki_collection.py (Basic, reversed, optional reversed, cloze
with hints, nesting and shared numbers, type-in, a custom note type, tags, subdecks, suspended,
buried, a filtered deck, FSRS memory states, a preset for the parent deck and one for the subdeck), exports it as a legacy package, a modern package
(collection.anki21b) and a .colpkg backup, imports each with --with-progress into a fresh
workspace, and checks every item against what Anki itself reports (expected.json), and that the
summary names the preset taken and the one not taken. Each package is imported again with
--subdecks: one deck per Anki deck, each with its cards, its own preset and its cards' progress,
the notes its cards came from, and together the same cards and progress as the one deck. Then text
files that Anki's own importer accepts (no #separator line, a semicolon or a pipe, ragged rows)
import with as many notes as Anki makes, and a warning naming each ragged line.
"""
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

recall, shared = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
home = os.path.join(work, "home")
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "make_anki_collection.py"), work], check=True, capture_output=True)
expected = json.load(open(os.path.join(work, "expected.json")))
notes = {note["guid"]: note for note in expected["notes"]}
anki_cards = {}
for card in expected["cards"]:
    anki_cards.setdefault(card["guid"], []).append(card)


def load(kind, name):
    with open(os.path.join(home, kind, name), encoding="utf-8") as handle:
        return json.load(handle)


decks = {}
for source in ("legacy.apkg", "modern.apkg", "backup.colpkg"):
    name = source.replace(".", "-")
    result = subprocess.run([recall, "import", os.path.join(work, source), "--name", name, "--with-progress",
                             "--home", home], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        sys.exit(f"anki import checks: {source} refused: {result.stderr.strip()}")
    # The summary says which preset the one deck took, and which it did not.
    assert "deck options from Anki preset 'Default' (deck 'History', 12 of 22 cards)" in result.stdout, result.stdout
    assert "not taken: 'Wars' (deck 'History::Wars', 10 cards)" in result.stdout, result.stdout
    deck = load("Decks", f"{name}.deck.json")
    progress = load("Progress", f"{name}.progress.json")
    cards = deck["cards"]
    by_guid = {}
    for card in cards:
        by_guid.setdefault(card.get("ankiGuid"), []).append(card)

    # One Recall card per Anki card, each with its note's GUID, tags and home deck.
    assert len(cards) == len(expected["cards"]), (source, len(cards), len(expected["cards"]))
    assert set(by_guid) == set(notes), (source, set(by_guid) ^ set(notes))
    for guid, made in by_guid.items():
        assert len(made) == len(anki_cards[guid]), (source, notes[guid], made)
        for card in made:
            assert sorted(card.get("tags", [])) == sorted(notes[guid]["tags"]), (source, card, notes[guid])
            assert card["ankiDeck"] in {c["deck"] for c in anki_cards[guid]}, (source, card)
    assert {c["ankiDeck"] for c in cards} == {"History", "History::Wars"}, source

    def cards_of(field, value):
        guid = next(g for g, n in notes.items() if n["fields"].get(field) == value)
        return by_guid[guid]

    # HTML: entities decoded, style and script dropped.
    capital = cards_of("Front", "Capital of France")[0]
    assert capital["back"] == "Paris — on the Seine", (source, capital)
    text = json.dumps(cards, ensure_ascii=False)
    for leak in ("<style", "color:red", "alert(", "&mdash;", "&eacute;"):
        assert leak not in text, (source, leak)
    # Optional reversed: a reverse card only where Anki made one.
    assert sorted(c["front"] for c in cards_of("Front", "Katze")) == ["Katze", "cat"], source
    assert [c["back"] for c in cards_of("Front", "Haus")] == ["house"], source
    # Type in the answer: checked exactly.
    typed = cards_of("Front", "Year of the Battle of Hastings")
    assert typed == [dict(typed[0], typeAnswer=True, back="1066")], (source, typed)
    # Clozes: the hint, nesting and shared numbers as Anki renders them.
    treaty = cards_of("Back Extra", "Caf&eacute;")
    assert any(c.get("hint") == "treaty" and c["back"] == "Treaty of Versailles" for c in treaty), (source, treaty)
    napoleon = sorted((c["front"], c["back"]) for c in cards_of("Text", "{{c1::Napoleon {{c2::Bonaparte}}}} lost at {{c3::Waterloo}}."))
    assert napoleon == sorted([("Napoleon ____ lost at Waterloo.", "Bonaparte"), ("Napoleon Bonaparte lost at ____.", "Waterloo"),
                        ("____ lost at Waterloo.", "Napoleon Bonaparte")]), (source, napoleon)
    berlin = sorted((c["front"], c["back"]) for c in cards_of("Text", "{{c1,2::Berlin}} is in {{c1::Germany}}."))
    assert berlin == sorted([("____ is in Germany.", "Berlin"), ("____ is in ____.", "Berlin … Germany")]), (source, berlin)
    # A custom note type, rendered from its template (a section, text:, FrontSide).
    wall = cards_of("Event", "the fall of the Berlin Wall")
    assert [(c["front"], c["back"]) for c in wall] == [("When did the fall of the Berlin Wall happen?\n(in Berlin)", "1989")], wall
    moon = cards_of("Event", "the Moon landing")
    assert [(c["front"], c["back"]) for c in moon] == [("When did the Moon landing happen?", "1969")], moon

    # States: suspended and buried (new cards too), and a filtered deck's cards at their home due day.
    schedules = progress["schedules"]
    crt = expected["created"]
    for guid, made in by_guid.items():
        for anki, card in zip(sorted(anki_cards[guid], key=lambda c: c["ord"]), made):
            schedule = schedules.get(card["id"], {})
            if anki["queue"] == -1:
                assert schedule.get("suspended") is True, (source, card, schedule)
            if anki["queue"] in (-2, -3):
                assert "buriedUntil" in schedule, (source, card, schedule)
            if anki["type"] == 2:
                due_day = anki["odue"] if anki["odid"] else anki["due"]
                due = datetime.fromisoformat(schedule["due"].replace("Z", "+00:00"))
                assert due == datetime.fromtimestamp(crt + due_day * 86400, timezone.utc), (source, anki, schedule)
                assert due.year > 2000, (source, schedule)
    # The deck's settings are its Anki preset's.
    settings = deck.get("settings", {})
    wanted = {"desiredRetention": 0.85, "learningSteps": [120, 900], "relearningSteps": [300], "newCardsPerDay": 33,
              "reviewsPerDay": 150, "maximumInterval": 3650}
    assert {k: settings.get(k) for k in wanted} == wanted, (source, settings)
    memory = sum(1 for c in expected["cards"] if c["memory"])
    assert sum(1 for s in schedules.values() if "stability" in json.dumps(s)) >= memory, source
    decks[source] = [{k: v for k, v in c.items()} for c in cards]
    print(f"{source}: {len(cards)} cards, GUIDs, tags, decks, hints, clozes, templates, type-in, states kept")

    # --subdecks: one deck per Anki deck, each with its own preset, cards, progress and notes.
    prefix = name + "-split"
    result = subprocess.run([recall, "import", os.path.join(work, source), "--name", prefix, "--subdecks",
                             "--with-progress", "--home", home], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (source, result.stderr)
    split_names = {"History": f"{prefix}.History", "History::Wars": f"{prefix}.History.Wars"}
    split_cards, split_schedules, split_reviews = [], {}, 0
    for anki_deck, recall_deck in split_names.items():
        part = load("Decks", f"{recall_deck}.deck.json")
        part_progress = load("Progress", f"{recall_deck}.progress.json")
        assert part["cards"] and {c["ankiDeck"] for c in part["cards"]} == {anki_deck}, (source, recall_deck)
        assert set(part["anki"]["notes"]) == {c["ankiGuid"] for c in part["cards"]}, (source, recall_deck)
        assert set(part_progress["schedules"]) <= {c["id"] for c in part["cards"]}, (source, recall_deck)
        split_cards += part["cards"]
        split_schedules.update(part_progress["schedules"])
        split_reviews += len(part_progress["reviews"])
        assert f"Imported '{recall_deck}'" in result.stdout, (source, result.stdout)
    wars = load("Decks", f"{prefix}.History.Wars.deck.json")["settings"]
    wanted_wars = {"desiredRetention": 0.92, "learningSteps": [60, 1800], "newCardsPerDay": 7, "reviewsPerDay": 90}
    assert {k: wars.get(k) for k in wanted_wars} == wanted_wars, (source, wars)
    history = load("Decks", f"{prefix}.History.deck.json")["settings"]
    assert {k: history.get(k) for k in wanted} == wanted, (source, history)
    assert "deck options from Anki preset 'Wars'" in result.stdout, result.stdout
    assert sorted(split_cards, key=lambda c: c["id"]) == sorted(cards, key=lambda c: c["id"]), source
    assert split_schedules == schedules and split_reviews == len(progress["reviews"]), source
    print(f"{source} --subdecks: {', '.join(split_names.values())}, each with its own preset, cards, notes and progress")

assert decks["legacy.apkg"] == decks["modern.apkg"] == decks["backup.colpkg"], "the three formats differ"
print("anki import checks: legacy, modern and backup packages import to the same cards")

texts = {
    "semicolons.csv": "Hund;dog\nKatze;cat, a pet\nHaus\nBaum;tree;extra\n",
    "pipes.txt": "Hund|dog\nKatze|cat\n",
}
for name, text in texts.items():
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    check = json.loads(subprocess.run([sys.executable, os.path.join(shared, "anki", "csv_check.py"), path, "--compact"],
                                      check=True, capture_output=True, text=True).stdout)
    result = subprocess.run([recall, "import", path, "--name", name.replace(".", "-"), "--home", home],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (name, result.stderr)
    cards = load("Decks", f"{name.replace('.', '-')}.deck.json")["cards"]
    # Anki makes a note of a row with an empty back; Recall has no card without an answer.
    full = [line for line in text.splitlines() if len(line.replace("|", ";").split(";")) >= 2]
    assert check["note_count"] == len(text.splitlines()), (name, check["note_count"])
    assert len(cards) == len(full), (name, len(cards), full)
    ragged = [i + 1 for i, line in enumerate(text.splitlines()) if len(line.replace("|", ";").split(";")) != 2]
    for line in ragged:
        assert f"line {line}" in result.stderr or f" {line}" in result.stderr, (name, line, result.stderr)
    print(f"{name}: Anki imports {check['note_count']} notes; Recall {len(cards)} cards, ragged lines {ragged} named")
