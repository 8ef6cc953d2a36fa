"""The native module's type stubs (blinq/_blinq.pyi) match the module, checked by mypy's
stubtest; and the public package is typed (py.typed) with no monkey-patched classes."""

import subprocess
import sys

import blinq


def test_native_stubs_match_the_module():
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "blinq._blinq"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_classes_wrap_the_native_ones():
    for cls, native in (
        (blinq.Dataset, "_ds"),
        (blinq.Scan, "_scan"),
        (blinq.Table, "_tbl"),
        (blinq.Plot, "_plot"),
        (blinq.Answer, "_answer"),
    ):
        assert cls.__module__.startswith("blinq.") and cls.__slots__ == (native,)
