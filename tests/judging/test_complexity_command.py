"""`judge run --complexity` reports exponents and the points they were fitted on.

Whether the estimate tells linear from quadratic run after run is measured by
benchmarks/complexity_reliability.py, not asserted here: it is a timing.
"""

from __future__ import annotations

from fixture_paths import TESTS

GROWTH = TESTS / "fixtures" / "problems_growth"


def test_complexity_block_in_json(cli, write_solution):
    path = write_solution("def count_distinct(nums):\n    return len(set(nums))\n")
    result = cli("run", "count-distinct", "--solution", str(path), "--no-fuzz", "--no-record",
                 "--complexity", "--format", "json", problems=GROWTH)
    import json

    data = json.loads(result.stdout)
    assert result.exit_code == 0
    block = data["complexity"]
    assert isinstance(block["exponent"], float) and isinstance(block["reference_exponent"], float)
    sizes = [p["n"] for p in block["points"]]
    assert sizes == sorted(sizes) and sizes[0] == 64 and len(sizes) >= 4
    assert all(p["seconds"] >= 0 for p in block["points"])


def test_complexity_plot_in_text(cli, write_solution):
    path = write_solution("def count_distinct(nums):\n    return len(set(nums))\n")
    result = cli("run", "count-distinct", "--solution", str(path), "--no-fuzz", "--no-record", "--complexity",
                 problems=GROWTH)
    assert "growth: your solution ≈ n^" in result.stdout
    assert "* your solution   o reference" in result.stdout


def test_complexity_needs_a_worst_case_family(cli, write_solution, tmp_path):
    import shutil

    problems = tmp_path / "problems"
    shutil.copytree(GROWTH / "count-distinct", problems / "count-distinct")
    strategies = problems / "count-distinct" / "strategies.py"
    strategies.write_text(strategies.read_text().split("def worst_case")[0])
    path = write_solution("def count_distinct(nums):\n    return len(set(nums))\n")
    result = cli("run", "count-distinct", "--solution", str(path), "--no-record", "--complexity", problems=problems)
    assert result.exit_code == 2
    assert "define worst_case(n)" in result.output and "Accepted" not in result.output
