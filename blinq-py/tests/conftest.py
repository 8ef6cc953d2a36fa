import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "blinq-core" / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def penguins_path() -> pathlib.Path:
    return FIXTURES / "penguins.csv"


@pytest.fixture(scope="session")
def flights_path() -> pathlib.Path:
    return FIXTURES / "flights_3000.csv"


@pytest.fixture(scope="session")
def penguins(penguins_path):
    import blinq

    return blinq.read_csv(penguins_path)
