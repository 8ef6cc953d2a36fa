#!/usr/bin/env python3
"""Check the book in docs/: every page is in SUMMARY.md, and every code block is either run
by a test or marked as not run, with the reason.

A block is run when
  - its page and language are in RUNNERS: that test reads the page and runs every block of
    that language, in order (the check confirms the test names the page and the language);
  - or the line above it is `<!-- run by: PATH -->` and the file at PATH names the page.
A block is not run when the line above it is `<!-- not run: REASON -->`, or it is a ```text
block (a diagram or output, nothing to run). Anything else fails the check.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# (page, language) -> the test that runs every such block of the page, and what that test's
# source must contain to be doing so.
RUNNERS = {
    ("python.md", "python"): ("blinq-py/tests/test_docs.py", "```python"),
    ("node.md", "js"): ("blinq-node/__test__/docs.test.mjs", "```js"),
    # rustdoc runs each ```rust block of a page a doc comment includes.
    ("rust.md", "rust"): ("blinq-core/src/lib.rs", 'include_str!("../../docs/rust.md")'),
}

FENCE = re.compile(r"^```(\S*)\s*$")
RUN_BY = re.compile(r"^<!-- run by: (\S+) -->$")
NOT_RUN = re.compile(r"^<!-- not run: (.{10,}) -->$")


def blocks(text):
    """(line number, language, the line above) of each fenced block."""
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines):
        m = FENCE.match(line)
        if not m:
            continue
        if not inside:
            yield i + 1, m.group(1).split(",")[0], lines[i - 1] if i else ""
        inside = not inside
    if inside:
        raise ValueError("a code block is never closed")


def names(runner, page, needle=None):
    path = ROOT / runner
    if not path.is_file():
        return f"{runner} does not exist"
    source = path.read_text()
    if page not in source:
        return f"{runner} does not read {page}"
    if needle and needle not in source:
        return f"{runner} does not contain {needle}"
    return None


def main():
    problems = []
    summary = (DOCS / "SUMMARY.md").read_text()
    listed = set(re.findall(r"\]\(([^)]+\.md)\)", summary))
    for page in sorted(p.name for p in DOCS.glob("*.md")):
        if page != "SUMMARY.md" and page not in listed:
            problems.append(f"docs/{page} is not in docs/SUMMARY.md")
    for page in sorted(listed):
        if not (DOCS / page).is_file():
            problems.append(f"docs/SUMMARY.md lists {page}, which does not exist")

    counts = {"run": 0, "not run": 0, "text": 0}
    for path in sorted(DOCS.glob("*.md")):
        try:
            found = list(blocks(path.read_text()))
        except ValueError as e:
            problems.append(f"docs/{path.name}: {e}")
            continue
        for line, language, above in found:
            where = f"docs/{path.name}:{line}"
            runner = RUNNERS.get((path.name, language))
            if runner:
                problem = names(runner[0], path.name, runner[1])
                counts["run"] += 1
            elif m := RUN_BY.match(above):
                problem = names(m.group(1), path.name)
                counts["run"] += 1
            elif NOT_RUN.match(above):
                problem = None
                counts["not run"] += 1
            elif language == "text":
                problem = None
                counts["text"] += 1
            else:
                problem = "neither run by a test nor marked `<!-- not run: REASON -->` on the line above"
            if problem:
                problems.append(f"{where} (```{language}): {problem}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"docs: {counts['run']} blocks run by tests, {counts['not run']} marked not run, {counts['text']} text")


if __name__ == "__main__":
    main()
