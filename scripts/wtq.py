#!/usr/bin/env python3
"""The offline agent on WikiTableQuestions (Pasupat & Liang 2015): a public yardstick.

    python scripts/wtq.py WTQ_DIR [--split pristine-unseen-tables] [--limit N] [--misses F]

WTQ_DIR is a checkout of https://github.com/ppasupat/WikiTableQuestions (its `data/` and
`csv/` folders; nothing is downloaded here). Needs the `blinq` Python package built from
this repository (`maturin develop` in blinq-py, or the wheel). The default split,
`pristine-unseen-tables`, is the paper's test set: run it to report, never read its
questions to write rules (use `random-split-1-dev` for that).

Each question is asked of its table with the offline planner (no language model). The
prediction is read off the answer table by one fixed rule: for a question beginning with
"how" (how many, how much, how long…) the last column (the measure), otherwise the first
column (the label that a which/who/what question names); every row's value in that column,
in order, without repeats. It is compared with the target values the way the task's
official evaluator does: strings after the same normalisation (case, quotes, dashes,
footnote marks, a trailing period or parenthesised note), numbers by value, and the
predicted and target lists as sets. A refusal, an error or a chart counts as wrong.
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


def same(predicted: str, target: str) -> bool:
    p, t = normalize(predicted), normalize(target)
    if p == t:
        return True
    pn, tn = number(p), number(t)
    return pn is not None and tn is not None and abs(pn - tn) < 1e-6


def correct(predicted: List[str], targets: List[str]) -> bool:
    if len(predicted) != len(targets):
        return False
    return all(any(same(p, t) for p in predicted) for t in targets)


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

    datasets: Dict[str, Any] = {}
    right = refused = failed = 0
    misses = []
    began = time.time()
    for qid, question, context, target in rows:
        targets = [t.replace("\\n", "\n").replace("\\p", "|") for t in target.split("|")]
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
        if predicted is not None and correct(predicted, targets):
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
