"""Every ```python snippet of docs/python.md runs, in order, in one namespace."""

import os
import re

from conftest import FIXTURES, ROOT


def test_walkthrough_snippets_run(tmp_path, monkeypatch):
    text = (ROOT / "docs" / "python.md").read_text()
    snippets = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(snippets) >= 5
    for name in ("penguins.csv", "flights_3000.csv"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    namespace = {}
    for code in snippets:
        exec(compile(code, "docs/python.md", "exec"), namespace)
    assert os.path.exists(tmp_path / "mass.png")
