"""Paths to the test fixtures, importable from any test folder (pytest's pythonpath has tests/)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURE_PROBLEMS = TESTS / "fixtures" / "problems"
REAL_PROBLEMS = ROOT / "problems"
STRENGTH_PROBLEMS = TESTS / "fixtures" / "problems_strength"
