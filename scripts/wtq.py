#!/usr/bin/env python3
"""The offline agent on WikiTableQuestions (Pasupat & Liang 2015): a public yardstick.

    python scripts/wtq.py WTQ_DIR [--split pristine-unseen-tables] [--limit N] [--misses F]

WTQ_DIR is a checkout of https://github.com/ppasupat/WikiTableQuestions (its `data/` and
`csv/` folders, and `tagged/data/` when at hand; nothing is downloaded here). Needs the `blinq` Python package built from
this repository (`maturin develop` in blinq-py, or the wheel). The default split,
`pristine-unseen-tables`, is the paper's test set: run it to report, never read its
questions to write rules (use `random-split-1-dev` for that).

Each question is asked of its table with the offline planner (no language model). The
prediction is read off the answer table by one fixed rule: for a question beginning with
"how" (how many, how much, how long…) the last column (the measure), otherwise the first
column (the label that a which/who/what question names); every row's value in that column,
in order, without repeats. It is compared with the target values the way the task's
official evaluator does: strings after the same normalisation (case, quotes, dashes,
footnote marks, a trailing period or parenthesised note), numbers by value, dates by
year, month and day (a predicted `1985-06-10` against a target "June 10, 1985", whose
canonical value is read from the split's CoreNLP-tagged file, `targetCanon`, or, for a split
whose tagged file the checkout lacks, from the target written as a whole date), a target
whose canonical value is a number by that number (a predicted 26 against "26 years",
canonical 26.0), and the predicted and target lists as sets. A refusal, an error or a chart counts as wrong.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any, Dict, List, Optional

import blinq


def normalize(text: str) -> str:
    """The official evaluator's string normalisation."""
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn"
    )
    text = re.sub(r"[‘’´`]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    while True:
        old = text
        text = re.sub(r"((?<!^)\[[^\]]*\]|\[\d+\]|[•♦†‡*#+])*$", "", text.strip())
        text = re.sub(r"(?<!^)( \([^)]*\))*$", "", text.strip())
        text = re.sub(r'^"([^"]*)"$', r"\1", text.strip())
        if text == old:
            break
    if text and text[-1] == ".":
        text = text[:-1]
    return re.sub(r"\s+", " ", text).lower().strip()


def number(text: str) -> Optional[float]:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


MONTH_NAMES = "january february march april may june july august september october november december".split()


def month(word: str) -> Optional[int]:
    word = word.lower().rstrip(".")
    for k, name in enumerate(MONTH_NAMES, 1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return k
    return None


def written_date(text: str) -> Optional[str]:
    """A target written as a whole date ("June 10, 1985", "10 June 1985") as the ISO date
    CoreNLP makes of it (the official evaluator's `targetCanon`), for a split whose tagged
    file is not at hand."""
    words = text.replace(",", " ").split()
    if len(words) != 3:
        return None
    for m, d, y in ((words[0], words[1], words[2]), (words[1], words[0], words[2])):
        k = month(m)
        if k and d.isdigit() and 1 <= int(d) <= 31 and y.isdigit() and len(y) == 4:
            return f"{int(y):04d}-{k:02d}-{int(d):02d}"
    return None


def ymd(text: str) -> Optional[tuple]:
    """The official evaluator's `DateValue.parse` of a whole date (`1985-06-10`)."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    y, m, d = (int(p) for p in parts)
    return (y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None


def same(predicted: str, target: str, canon: Optional[str] = None) -> bool:
    p, t = normalize(predicted), normalize(target)
    if p == t:
        return True
    pn, tn = number(p), number(t)
    if pn is not None and tn is not None and abs(pn - tn) < 1e-6:
        return True
    # A target whose canonical value is a number matches that number, as the official
    # evaluator reads "26 years" (canonical 26.0) as the number 26.
    if canon is not None and pn is not None and number(canon) is not None:
        return abs(pn - number(canon)) < 1e-6
    # A date matches by its year, month and day, as the official evaluator compares a
    # predicted `1985-06-10` with the target's canonical value.
    date = ymd(canon) if canon else None
    return date is not None and ymd(predicted) == date


def correct(predicted: List[str], targets: List[str], canons: List[Optional[str]]) -> bool:
    if len(predicted) != len(targets):
        return False
    return all(any(same(p, t, c) for p in predicted) for t, c in zip(targets, canons))


def tagged_canons(wtq_dir: Path, split: str) -> Dict[str, List[str]]:
    """The targets' canonical values (`targetCanon`) of the split's CoreNLP-tagged file, by
    question id, when the checkout has it (`tagged/data/pristine-unseen-tables.tagged`)."""
    path = wtq_dir / "tagged" / "data" / f"{split}.tagged"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    column = rows[0].index("targetCanon")
    return {
        row[0]: [c.replace("\\n", "\n").replace("\\p", "|") for c in row[column].split("|")]
        for row in rows[1:]
    }


def prediction(question: str, answer: "blinq.Answer") -> Optional[List[str]]:
    table = answer.table
    if answer.is_plotting or table is None or len(table) == 0:
        return None
    rows = table.rows()
    column = len(rows[0]) - 1 if question.lower().startswith("how") else 0
    values: List[str] = []
    for row in rows:
        value = row[column]
        if value is None:
            continue
        text = as_text(value)
        if text not in values:
            values.append(text)
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wtq_dir", type=Path)
    parser.add_argument("--split", default="pristine-unseen-tables")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=Path, default=None, help="write misses here (TSV)")
    args = parser.parse_args()

    examples = args.wtq_dir / "data" / f"{args.split}.tsv"
    with examples.open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    if args.limit:
        rows = rows[: args.limit]

    canons_by_id = tagged_canons(args.wtq_dir, args.split)
    datasets: Dict[str, Any] = {}
    right = refused = failed = 0
    misses = []
    began = time.time()
    for qid, question, context, target in rows:
        targets = [t.replace("\\n", "\n").replace("\\p", "|") for t in target.split("|")]
        canons = canons_by_id.get(qid) or [written_date(t) for t in targets]
        if len(canons) != len(targets):
            canons = [None] * len(targets)
        if context not in datasets:
            try:
                datasets[context] = blinq.read_csv(args.wtq_dir / context)
            except blinq.BlinqError as e:
                datasets[context] = e
        data = datasets[context]
        predicted: Optional[List[str]] = None
        if isinstance(data, blinq.BlinqError):
            failed += 1
        else:
            try:
                answer = data.ask(question)
                assert answer.mode == "offline", "set no language model for this run"
                predicted = prediction(question, answer)
                if predicted is None:
                    refused += 1
            except blinq.BlinqError:
                refused += 1
        if predicted is not None and correct(predicted, targets, canons):
            right += 1
        else:
            misses.append((qid, question, context, target, "|".join(predicted or [])))
    total = len(rows)
    print(
        f"{args.split}: {right}/{total} right ({100 * right / total:.1f}%), "
        f"{refused} refused or charted, {failed} tables not loaded, "
        f"{time.time() - began:.0f} s"
    )
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as f:
            for miss in misses:
                f.write("\t".join(miss) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
