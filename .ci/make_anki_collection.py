#!/usr/bin/env python3
"""Builds, with Anki's own library (anki 26.9.3), a collection that holds every kind of structure
Recall's importer keeps, and exports it three ways.

Usage: python3 .ci/make_anki_collection.py OUTDIR
Writes OUTDIR/legacy.apkg (collection.anki2, "Support older Anki versions"), OUTDIR/modern.apkg
(collection.anki21b, Anki's default) and OUTDIR/backup.colpkg (a whole-collection backup), all with
scheduling, and OUTDIR/expected.json: each note's GUID, note type and fields, and each card's
state as Anki reports it, for .ci/anki_import_checks.py to compare with what Recall imported.
"""
import json
import os
import sys
import tempfile
import time

from anki.collection import Collection, ExportAnkiPackageOptions
from anki.consts import QUEUE_TYPE_SIBLING_BURIED, QUEUE_TYPE_SUSPENDED

outdir = sys.argv[1]
os.makedirs(outdir, exist_ok=True)
col = Collection(os.path.join(tempfile.mkdtemp(), "collection.anki2"))
col.set_config("fsrs", True)

parent = col.decks.id("History")
child = col.decks.id("History::Wars")
# The decks' options preset, which Recall takes as the deck's settings.
preset = col.decks.config_dict_for_deck_id(parent)
preset["new"]["delays"] = [2.0, 15.0]
preset["new"]["perDay"] = 33
preset["lapse"]["delays"] = [5.0]
preset["rev"]["perDay"] = 150
preset["rev"]["maxIvl"] = 3650
preset["desiredRetention"] = 0.85
col.decks.update_config(preset)
# The subdeck's own preset, which `recall import --subdecks` gives the subdeck's Recall deck.
wars_preset = col.decks.get_config(col.decks.add_config_returning_id("Wars"))
wars_preset["new"]["delays"] = [1.0, 30.0]
wars_preset["new"]["perDay"] = 7
wars_preset["rev"]["perDay"] = 90
wars_preset["desiredRetention"] = 0.92
col.decks.update_config(wars_preset)
wars_deck = col.decks.get(child)
wars_deck["conf"] = wars_preset["id"]
col.decks.save(wars_deck)
models = col.models


def add(type_name, fields, deck, tags=()):
    note = col.new_note(models.by_name(type_name))
    for key, value in fields.items():
        note[key] = value
    note.tags = list(tags)
    col.add_note(note, deck)
    return note


# A custom note type: three fields, a template with a conditional, a text: filter and FrontSide.
custom = models.new("Date Fact")
for name in ("Event", "Year", "Place"):
    models.add_field(custom, models.new_field(name))
template = models.new_template("Card 1")
template["qfmt"] = "When did {{Event}} happen?{{#Place}}<br>(in {{text:Place}}){{/Place}}"
template["afmt"] = "{{FrontSide}}<hr id=answer>{{Year}}"
models.add_template(custom, template)
custom["css"] = ".card { color: black; }"
models.add(custom)

add("Basic", {"Front": "Capital of France", "Back": "Paris &mdash; on the Seine <style>.x{color:red}</style><script>alert(1)</script>"}, parent, ["geo", "europe::france"])
add("Basic (and reversed card)", {"Front": "Hund", "Back": "dog"}, parent, ["german"])
add("Basic (optional reversed card)", {"Front": "Katze", "Back": "cat", "Add Reverse": "y"}, parent)
add("Basic (optional reversed card)", {"Front": "Haus", "Back": "house", "Add Reverse": ""}, parent)
add("Basic (type in the answer)", {"Front": "Year of the Battle of Hastings", "Back": "1066"}, child, ["wars"])
add("Cloze", {"Text": "The {{c1::Treaty of Versailles::treaty}} was signed in {{c2::1919}}.", "Back Extra": "Caf&eacute;"}, child)
add("Cloze", {"Text": "{{c1::Napoleon {{c2::Bonaparte}}}} lost at {{c3::Waterloo}}."}, child)
add("Cloze", {"Text": "{{c1,2::Berlin}} is in {{c1::Germany}}."}, child)
add("Date Fact", {"Event": "the fall of the Berlin Wall", "Year": "1989", "Place": "Berlin"}, child, ["custom"])
add("Date Fact", {"Event": "the Moon landing", "Year": "1969", "Place": ""}, child, ["custom"])
for i in range(6):
    add("Basic", {"Front": f"Study card {i}", "Back": f"answer {i}"}, parent, ["studied"])

# Study: answer the six study cards (some Easy to reach review), then suspend and bury others.
col.decks.select(parent)
studied = col.find_cards('"Front:Study card*"')
for cid in studied:
    card = col.get_card(cid)
    card.start_timer()
    col.sched.answerCard(card, 4)
col.sched.suspend_cards(col.find_cards('"Front:Capital of France"'))
col.sched.bury_cards(col.find_cards('"Front:Hund"'), manual=True)
col.sched.suspend_cards(col.find_cards('"Front:Haus"'))

# A filtered deck holding two of the studied review cards: they keep odue/odid.
filtered = col.decks.new_filtered("Cram")
deck = col.decks.get(filtered)
deck["terms"] = [['"Front:Study card 0" OR "Front:Study card 1"', 10, 0]]
deck["resched"] = True
col.decks.save(deck)
col.sched.rebuild_filtered_deck(filtered)

expected = {"notes": [], "cards": []}
for nid in col.find_notes(""):
    note = col.get_note(nid)
    expected["notes"].append({"guid": note.guid, "type": note.note_type()["name"], "tags": note.tags,
                              "fields": dict(note.items())})
for cid in col.find_cards(""):
    card = col.get_card(cid)
    note = card.note()
    expected["cards"].append({"guid": note.guid, "ord": card.ord, "queue": card.queue, "type": card.type,
                              "due": card.due, "odue": card.odue, "odid": card.odid, "ivl": card.ivl,
                              "deck": col.decks.name(card.odid or card.did),
                              "question": card.question(), "answer": card.answer(),
                              "memory": bool(card.memory_state)})
expected["created"] = col.crt
with open(os.path.join(outdir, "expected.json"), "w") as handle:
    json.dump(expected, handle, indent=1)

for name, legacy in (("legacy.apkg", True), ("modern.apkg", False)):
    col.export_anki_package(out_path=os.path.join(outdir, name),
                            options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True,
                                                             with_media=True, legacy=legacy), limit=None)
col.export_collection_package(os.path.join(outdir, "backup.colpkg"), include_media=True, legacy=False)
col.close()
print(f"wrote {outdir}: {len(expected['notes'])} notes, {len(expected['cards'])} cards")
