"""A notebook's first cells, run against the installed wheel (not the source tree).

Expected values are facts of palmerpenguins (344 rows: 152 Adelie, 124 Gentoo, 68 Chinstrap;
Biscoe's penguins are the heaviest on average), not Blinq's output.
"""

import os
import struct
import sys

import blinq
import polars as pl

here = os.getcwd()
assert os.path.dirname(blinq.__file__).startswith(sys.prefix), f"blinq imported from {blinq.__file__}, not the venv"

penguins = blinq.read_csv("penguins.csv")
assert penguins.shape == (344, 8), penguins.shape

counts = penguins.sql("select species, count(*) as n from data group by species order by n desc").to_polars()
assert isinstance(counts, pl.DataFrame)
assert counts.rows() == [("Adelie", 152), ("Gentoo", 124), ("Chinstrap", 68)], counts.rows()

try:
    penguins.sql("select * from read_csv('/etc/passwd')")
    raise AssertionError("the sandbox let a table function through")
except blinq.SandboxError:
    pass

chart = penguins.plot(kind="bar", x="species", y="body_mass_g", aggregate="mean", width=640, height=400)
chart.save("mass.png")
with open("mass.png", "rb") as f:
    head = f.read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", head[:8]
assert struct.unpack(">II", head[16:24]) == (640, 400), struct.unpack(">II", head[16:24])

answer = penguins.ask("which island has the heaviest penguins?")
assert "Biscoe" in answer.response, answer.response
print("notebook ok:", answer.response)
