"""Kattis problem packages (legacy and 2023-07), read as they are published.

``load_package`` reads a folder with a ``problem.yaml``; the modules behind it:
``metadata`` (problem.yaml), ``testdata`` (data/ groups and their rules), ``statement``
(LaTeX/Markdown to text), ``programs`` (finding and building the output validator),
``package`` (the whole package and its known submissions).
"""

from __future__ import annotations

from judge.problems.kattis.package import Package, Submission, is_package, load_package
from judge.problems.kattis.testdata import Rules, TestCase, TestGroup

__all__ = ["Package", "Rules", "Submission", "TestCase", "TestGroup", "is_package", "load_package"]
