#!/usr/bin/env python3
"""Validate a progress snapshot and journal lines against Progress/progress.schema.json.

Usage: python3 .ci/check_progress_schema.py PROGRESS_FOLDER DECK
Checks Progress/DECK.progress.json (when present) and every line of Progress/DECK.journal (when present).
"""
import json
import os
import sys

import jsonschema

schema_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Progress", "progress.schema.json")
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
folder, deck = sys.argv[1], sys.argv[2]
snapshot_path = os.path.join(folder, f"{deck}.progress.json")
journal_path = os.path.join(folder, f"{deck}.journal")
reviews = 0
if os.path.exists(snapshot_path):
    snapshot = json.load(open(snapshot_path, encoding="utf-8"))
    jsonschema.validate(snapshot, schema)
    reviews = len(snapshot["reviews"])
change_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/change"}
lines = 0
if os.path.exists(journal_path):
    for line in open(journal_path, encoding="utf-8"):
        if line.strip():
            jsonschema.validate(json.loads(line), change_schema)
            lines += 1
if not os.path.exists(snapshot_path) and lines == 0:
    sys.exit(f"progress schema: nothing to check in {folder}")
print(f"progress schema: snapshot with {reviews} reviews and {lines} journal lines valid")
