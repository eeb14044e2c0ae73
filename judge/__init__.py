"""judge: a LeetCode-style judge for Python solutions.

The library under the CLI::

    from pathlib import Path
    from judge.problems.catalog import Catalog, problems_root
    from judge.judging.runner import RunOptions, judge_file

    problem = Catalog(problems_root()).resolve("76")
    result = judge_file(problem, Path("solutions/minimum-window-substring.py"), RunOptions(fuzz=False))
    print(result.verdict.title)
"""

__version__ = "0.1.0"
