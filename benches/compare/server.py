"""Helpers of benches/compare/server.sh: the baseline server and the answer checks.

    python server.py baseline PORT SECRET        the Python prototype's stack, served by uvicorn
    python server.py token SECRET SUB            an HS256 bearer token for the baseline
    python server.py sqlite CSV DB TABLE         a SQLite copy of a CSV, for Datasette
    python server.py blank-na CSV OUT            the CSV with `NA` fields empty, for ROAPI
    python server.py check ANSWER...             compare answers of different servers

The baseline is the stack Blinq's Python prototype was built on (its README:
`uvicorn app.main:app`): FastAPI, pandas, DuckDB and PyJWT in one uvicorn worker. An upload is
read with pandas and kept in memory; a query checks the bearer token (HS256) and the owner,
runs the SQL with DuckDB over the pandas frame registered as `data`, and answers JSON in the
shape Blinq answers (`columns`, `rows`). It is written here as the prototype would have
written it, with nothing tuned; its start-up is not timed.
"""

import json
import math
import sqlite3
import sys
import time
import uuid


def baseline(port, secret):
    import io

    import duckdb
    import jwt
    import pandas as pd
    import uvicorn
    from fastapi import Depends, FastAPI, File, Header, HTTPException, UploadFile
    from fastapi.responses import Response

    app = FastAPI()
    frames = {}  # id -> (owner, DataFrame)
    con = duckdb.connect()

    def owner(authorization: str = Header(default="")):
        if not authorization.startswith("Bearer "):
            raise HTTPException(401, "missing bearer token")
        try:
            return jwt.decode(authorization[7:], secret, algorithms=["HS256"])["sub"]
        except jwt.PyJWTError as e:
            raise HTTPException(401, str(e))

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/api/data/upload")
    async def upload(file: UploadFile = File(...), sub: str = Depends(owner)):
        frame = pd.read_csv(io.BytesIO(await file.read()))
        id_ = str(uuid.uuid4())
        frames[id_] = (sub, frame)
        return {"id": id_, "rows": len(frame)}

    @app.get("/api/data/query")
    def query(dataset: str, sql: str, sub: str = Depends(owner)):
        found = frames.get(dataset)
        if found is None or found[0] != sub:
            raise HTTPException(404, "no such dataset")
        cur = con.cursor()
        cur.register("data", found[1])
        started = time.perf_counter()
        out = cur.execute(sql).fetchdf()
        body = {
            "columns": list(out.columns),
            "rows": json.loads(out.to_json(orient="values")),
            "row_count": len(out),
            "elapsed_ms": (time.perf_counter() - started) * 1e3,
        }
        return Response(json.dumps(body), media_type="application/json")

    uvicorn.run(app, host="127.0.0.1", port=int(port), workers=1, log_level="warning", access_log=False)


def token(secret, sub):
    import jwt

    print(jwt.encode({"sub": sub, "exp": int(time.time()) + 3600}, secret, algorithm="HS256"))


def to_sqlite(csv_path, db_path, table):
    import pandas as pd

    frame = pd.read_csv(csv_path)
    with sqlite3.connect(db_path) as con:
        frame.to_sql(table, con, index=False)


def blank_na(csv_path, out_path):
    """ROAPI (DataFusion's CSV reader) has no null strings: penguins' `NA` would make its
    numeric columns text. The same rows with those fields empty read as nulls."""
    import csv

    with open(csv_path, newline="") as f, open(out_path, "w", newline="") as out:
        w = csv.writer(out)
        for row in csv.reader(f):
            w.writerow(["" if v == "NA" else v for v in row])


def rows_of(answer):
    """The rows of one server's JSON answer, whatever its shape, as lists of values."""
    if isinstance(answer, dict) and "rows" in answer:  # Blinq, the baseline, Datasette's default
        rows = answer["rows"]
        columns = answer.get("columns")
        return [list(r.values()) if isinstance(r, dict) else list(r) for r in rows], columns
    if isinstance(answer, list):  # ROAPI, Datasette's _shape=array: one object per row
        return [list(r.values()) for r in answer], list(answer[0].keys()) if answer else []
    raise ValueError(f"an answer of unexpected shape: {str(answer)[:200]}")


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def check(paths):
    """Exit 1 unless every answer has the same rows (in order) as the first one."""
    first = None
    status = 0
    for path in paths:
        with open(path) as f:
            rows, _ = rows_of(json.load(f))
        if first is None:
            first = (path, rows)
            continue
        ok = len(rows) == len(first[1]) and all(
            len(r) == len(s) and all(same(x, y) for x, y in zip(r, s)) for r, s in zip(rows, first[1])
        )
        print(f"{'OK' if ok else 'MISMATCH'}\t{path}\t{len(rows)} rows (against {first[0]})")
        if not ok:
            print(f"   {rows[:3]} ... against {first[1][:3]} ...")
            status = 1
    return status


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "baseline":
        baseline(*args)
    elif cmd == "token":
        token(*args)
    elif cmd == "sqlite":
        to_sqlite(*args)
    elif cmd == "blank-na":
        blank_na(*args)
    elif cmd == "check":
        sys.exit(check(args))
    else:
        sys.exit(f"server.py: unknown command {cmd}")


if __name__ == "__main__":
    main()
