#!/usr/bin/env python3
"""The printable quiz, printed as a browser prints it.

Usage: python3 .ci/quiz_pdf_check.py RECALL HOME
Exports two versions (seeds 1 and 2) of a 15-question HTML quiz of the sample deck, prints each
to PDF with headless Chromium, and checks with poppler's pdftotext, page by page: the first page
has the title and the name line; every question number appears, in order, before the answer key;
the answer key starts a page of its own, holds no question, and lists 15 answers; the two versions
ask their questions in different orders.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

recall, home = sys.argv[1], sys.argv[2]
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    sys.exit("quiz pdf check: chromium is not installed")
folder = tempfile.mkdtemp()


def pages(seed):
    html = os.path.join(folder, f"quiz-{seed}.html")
    pdf = os.path.join(folder, f"quiz-{seed}.pdf")
    subprocess.run([recall, "export", "turkey-russia", "--format", "html", "--count", "15", "--seed", str(seed),
                    "--home", home, "--out", html], check=True, capture_output=True)
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}", "file://" + html],
                   check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), pdf, "-"], check=True,
                           capture_output=True, text=True).stdout for n in range(1, count + 1)]


def check(seed):
    texts = pages(seed)
    assert len(texts) >= 2, f"seed {seed}: {len(texts)} page(s)"
    assert "turkey-russia: quiz (version %d)" % seed in texts[0] and "Name:" in texts[0], texts[0][:300]
    key = next(i for i, text in enumerate(texts) if "Answer key" in text)
    assert key > 0, "the answer key shares the first page"
    assert texts[key].lstrip().startswith("Answer key"), f"the key does not start page {key + 1}"
    questions = "\n".join(texts[:key])
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\.\s", questions, re.M)]
    assert numbers == list(range(1, 16)), numbers
    assert not any("Answer:" in text or "Name:" in text for text in texts[key:]), "a question after the key"
    answers = re.findall(r"^\s*(\d+)\.\s", "\n".join(texts[key:]), re.M)
    assert [int(n) for n in answers] == list(range(1, 16)), answers
    first = re.search(r"^\s*1\.\s+(.+)$", questions, re.M).group(1).strip()
    print(f"quiz version {seed}: {len(texts)} pages, 15 questions on pages 1-{key}, answer key on page {key + 1}")
    return first, questions


first_a, text_a = check(1)
first_b, text_b = check(2)
assert text_a != text_b, "versions A and B print the same questions in the same order"
print("quiz versions 1 and 2 differ")
