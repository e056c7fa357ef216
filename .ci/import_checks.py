#!/usr/bin/env python3
"""Imports, checked end to end with the built binary.

Usage: python3 .ci/import_checks.py RECALL HOME SHARED
HOME is a workspace holding the sample deck, its progress, and deck.apkg, deck.csv, deck.tsv and
progress.apkg exported from it (as the export step of .ci/run leaves them).

- Round trips: each export imported again keeps every card's id, question and answer (cloze and
  multiple-choice cards as they were; reverse and timeline cards as front-and-back cards).
- progress.apkg imported with --with-progress brings back every studied card and every review.
- Packages made by Anki itself (make_anki_export_fixture.py): the legacy one imports with its
  schedules; the modern one (collection.anki21b, zstd) imports to the same cards and reviews.
- A package made with genanki holding a custom note type and a picture imports with warnings
  naming both, and a CSV with a ragged row imports with a warning naming the line.
"""
import json
import os
import subprocess
import sys
import tempfile

recall, home, shared = sys.argv[1], sys.argv[2], sys.argv[3]


def run(*args, ok=True):
    result = subprocess.run([recall, *args, "--home", home], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if ok and result.returncode != 0:
        sys.exit(f"import checks: {' '.join(args)} failed: {result.stderr.strip()}")
    if not ok and result.returncode == 0:
        sys.exit(f"import checks: {' '.join(args)} should have failed")
    return result


def deck(name):
    with open(os.path.join(home, "Decks", f"{name}.deck.json"), encoding="utf-8") as handle:
        return json.load(handle)


def progress(name):
    with open(os.path.join(home, "Progress", f"{name}.progress.json"), encoding="utf-8") as handle:
        return json.load(handle)


original = deck("turkey-russia")
for source in ("deck.apkg", "deck.csv", "deck.tsv"):
    name = "rt-" + source.replace(".", "-")
    run("import", os.path.join(home, source), "--name", name)
    imported = {card["id"]: card for card in deck(name)["cards"]}
    assert len(imported) == len(original["cards"]), (source, len(imported))
    for card in original["cards"]:
        copy = imported[card["id"]]
        if card["kind"] in ("cloze", "choice"):
            for field in ("kind", "text", "answer", "value", "options", "answerIndex", "context"):
                assert copy.get(field) == card.get(field), (source, field, card, copy)
        else:
            assert copy["kind"] == "basic", (source, copy)
            if card["kind"] == "reverse":
                assert copy["back"] == card["answer"], (source, copy)
    print(f"import {source}: {len(imported)} cards, every id, question and answer kept")

run("import", os.path.join(home, "progress.apkg"), "--name", "rt-progress", "--with-progress")
studied = {id for id, s in progress("turkey-russia")["schedules"].items() if s.get("reps", 0) > 0}
back = progress("rt-progress")
assert set(back["schedules"]) == studied, (len(back["schedules"]), len(studied))
assert len(back["reviews"]) == len(progress("turkey-russia")["reviews"])
print(f"import progress.apkg --with-progress: {len(studied)} schedules and {len(back['reviews'])} reviews back")

fixtures = tempfile.mkdtemp()
subprocess.run([sys.executable, os.path.join(shared, "anki", "tests", "make_anki_export_fixture.py"), fixtures],
               check=True, capture_output=True)
check = json.loads(subprocess.run([sys.executable, os.path.join(shared, "anki", "apkg_check.py"),
                                   os.path.join(fixtures, "anki_legacy.apkg"), "--compact"],
                                  check=True, capture_output=True, text=True).stdout)
result = run("import", os.path.join(fixtures, "anki_legacy.apkg"), "--name", "from-anki", "--with-progress")
cards = deck("from-anki")["cards"]
assert len(cards) == check["card_count"], (len(cards), check["card_count"])
scheduling = check["scheduling"]
assert len(progress("from-anki")["reviews"]) == scheduling["revlog_entries"], scheduling
assert len(progress("from-anki")["schedules"]) == sum(n for t, n in scheduling["by_type"].items() if t != "new"), scheduling
print(f"import of Anki's own legacy package: {len(cards)} cards, {scheduling['revlog_entries']} reviews, as Anki sees it")
run("import", os.path.join(fixtures, "anki_modern.apkg"), "--name", "modern", "--with-progress")
assert [c["id"] for c in deck("modern")["cards"]] == [c["id"] for c in cards]
assert progress("modern")["reviews"] == progress("from-anki")["reviews"]
print(f"import of Anki's own modern package (collection.anki21b): the same {len(cards)} cards and reviews")

import genanki  # noqa: E402

vocabulary = genanki.Model(1_800_000_001, "Vocabulary", fields=[{"name": "Word"}, {"name": "Meaning"}, {"name": "Example"}],
                           templates=[{"name": "Card 1", "qfmt": "{{Word}}", "afmt": "{{Meaning}}<br>{{Example}}"}])
package_deck = genanki.Deck(1_800_000_002, "Mixed")
package_deck.add_note(genanki.Note(model=genanki.BASIC_AND_REVERSED_CARD_MODEL, fields=["dog", "Hund"]))
package_deck.add_note(genanki.Note(model=genanki.CLOZE_MODEL, fields=["Ankara became the capital in {{c1::1923}}", ""]))
package_deck.add_note(genanki.Note(model=vocabulary, fields=["Haus", "house", "<img src=\"haus.png\">"]))
picture = os.path.join(fixtures, "haus.png")
with open(picture, "wb") as handle:
    handle.write(b"\x89PNG\r\n\x1a\n")
package = genanki.Package(package_deck)
package.media_files = [picture]
package.write_to_file(os.path.join(fixtures, "mixed.apkg"))
result = run("import", os.path.join(fixtures, "mixed.apkg"), "--name", "mixed")
kinds = sorted(card["kind"] for card in deck("mixed")["cards"])
assert kinds == ["basic", "basic", "basic", "cloze"], kinds
assert "note type 'Vocabulary' (1 note) was imported by rendering its templates' front and back" in result.stderr, result.stderr
assert "media skipped: 1 file in the package" in result.stderr, result.stderr
print("import of a genanki package: reversed, cloze and custom notes; warnings name the type and the media")

ragged = os.path.join(fixtures, "ragged.csv")
with open(ragged, "w", encoding="utf-8") as handle:
    handle.write("front,back\nsecond,row,has three\n")
result = run("import", ragged, "--name", "ragged")
assert "ragged.csv: line 2 had more fields than the first row's 2; the extra ones were left out" in result.stderr, result.stderr
assert [c["back"] for c in deck("ragged")["cards"]] == ["back", "row"]
print("import of a ragged CSV: imported as Anki does, with a warning naming the line")
