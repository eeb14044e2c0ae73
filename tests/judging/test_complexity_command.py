"""`judge run --complexity` reports exponents and the points they were fitted on.

Whether the estimate tells linear from quadratic run after run is measured by
benchmarks/complexity_reliability.py, not asserted here: it is a timing.
"""

from __future__ import annotations

from fixture_paths import TESTS

GROWTH = TESTS / "fixtures" / "problems_growth"


QUADRATIC = """
def count_distinct(nums):
    return sum(1 for i, x in enumerate(nums) if all(x != y for y in nums[:i]))
"""


def test_complexity_block_in_json_and_its_plot(cli, write_solution):
    path = write_solution(QUADRATIC)
    result = cli("run", "count-distinct", "--solution", str(path), "--no-fuzz", "--no-record",
                 "--complexity", "--max-n", "4096", "--format", "json", problems=GROWTH)
    import json

    from judge.report.data import complexity_from_dict
    from judge.report.plot import render_complexity

    data = json.loads(result.stdout)
    assert result.exit_code == 0
    block = data["complexity"]
    assert isinstance(block["exponent"], float)
    # len(set(...)) on 4,096 numbers takes microseconds: its points are read again until they
    # carry signal, so growth still answers, with an uncertainty.
    assert isinstance(block["reference_exponent"], float) and block["reference_uncertainty"] > 0
    assert block["uncertainty"] >= 0.02
    sizes = [p["n"] for p in block["points"]]
    assert sizes == sorted(sizes) and sizes[0] == 16 and len(sizes) >= 4
    assert max(p["n"] for p in block["reference_points"]) <= 4096
    assert all(p["seconds"] >= 0 for p in block["points"])
    plot = render_complexity(complexity_from_dict(block))
    assert plot.startswith(f"growth: your solution ≈ n^{block['exponent']:.2f} ± {block['uncertainty']:.2f}, "
                           f"the reference ≈ n^{block['reference_exponent']:.2f}")
    assert "?" not in plot
    assert "* your solution   o reference" in plot and plot.count("*") >= len(sizes) - 1


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
