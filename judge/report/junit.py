"""JUnit XML for a graded class, as GitHub, GitLab and Jenkins display test results.

Built with ``xml.etree`` the way pytest's ``junitxml`` plugin does, and shaped to
validate against the Ant JUnit schema in common use (windyroad's JUnit.xsd; the
test keeps a restatement of its rules in tests/grade/junit.xsd):

    <testsuites>
      <testsuite name=SUBMITTER package=SUBMITTER id=0 tests failures errors skipped time timestamp hostname>
        <properties><property name="seed" value="0"/> ...</properties>
        <testcase classname=SUBMITTER name=PROBLEM time=SECONDS>     one per judged file
          <failure type="WA" message="...">input, expected, actual</failure>   WA TLE MLE OLE
          <error type="RE" message="...">traceback</error>                      RE CE IE
        </testcase>
        <testcase classname=SUBMITTER name="unmatched: notes.py"><skipped message="why"/></testcase>
        <system-out/><system-err/>
      </testsuite>
    </testsuites>

A test's time is the solution's own CPU time over the cases (what ``judge run``
reports), not the judge's overhead. Text the solution printed may hold characters
XML 1.0 cannot carry; they are written as \\xNN escapes, as pytest does.
"""

from __future__ import annotations

import datetime
import json
import re
import socket
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

from judge.grading.gradebook import Gradebook, Graded
from judge.report.text import input_lines
from judge.values import show
from judge.verdict import Verdict

FAILURES = {Verdict.WA, Verdict.TLE, Verdict.MLE, Verdict.OLE}  # the solution ran and broke a rule
TEXT_LIMIT = 8_000
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(book: Gradebook, timestamp: datetime.datetime | None = None) -> str:
    """The whole JUnit document as text (UTF-8 declared)."""
    when = (timestamp or datetime.datetime.now(datetime.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S")
    host = socket.gethostname() or "localhost"
    root = ET.Element("testsuites")
    book = book.sorted()
    for index, submitter in enumerate(book.submitters()):
        results = [r for r in book.results if r.submitter == submitter]
        unmatched = [u for u in book.unmatched if u.submitter == submitter]
        suite = ET.SubElement(root, "testsuite", {
            "name": _safe(submitter), "package": _safe(submitter), "id": str(index),
            "tests": str(len(results) + len(unmatched)),
            "failures": str(sum(r.verdict in FAILURES for r in results)),
            "errors": str(sum(not r.accepted and r.verdict not in FAILURES for r in results)),
            "skipped": str(len(unmatched)),
            "time": _seconds(sum(r.time_ms for r in results)),
            "timestamp": when, "hostname": _safe(host),
        })
        properties = ET.SubElement(suite, "properties")
        for name, value in sorted(book.options.items()):
            shown = value if isinstance(value, str) else json.dumps(value)
            ET.SubElement(properties, "property", {"name": name, "value": _safe(shown)})
        repeated = Counter(r.problem for r in results)
        for result in results:
            name = result.problem if repeated[result.problem] == 1 else f"{result.problem} ({result.file})"
            case = ET.SubElement(suite, "testcase", {"classname": _safe(submitter), "name": _safe(name),
                                                     "time": _seconds(result.time_ms)})
            if not result.accepted:
                tag = "failure" if result.verdict in FAILURES else "error"
                problem = ET.SubElement(case, tag, {"type": result.verdict.value, "message": _safe(_message(result))})
                problem.text = _safe(failure_text(result)[:TEXT_LIMIT])
        for item in unmatched:
            case = ET.SubElement(suite, "testcase", {"classname": _safe(submitter),
                                                     "name": _safe(f"unmatched: {item.file}"), "time": "0"})
            ET.SubElement(case, "skipped", {"message": _safe(f"not graded: {item.reason}")})
        ET.SubElement(suite, "system-out")
        ET.SubElement(suite, "system-err")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def failure_text(result: Graded) -> str:
    """What a student needs to see a failure: the case, input, expected, actual, message, traceback."""
    lines = [f"{result.verdict.title} ({result.verdict.value}) on {result.file}, "
             f"{result.passed}/{result.total} cases passed"]
    failing: dict[str, Any] = result.failing_case or {}
    if failing.get("name"):
        lines.append(f"case: {failing['name']}")
    lines += input_lines(failing.get("input") or {}, 1000)
    if result.verdict is Verdict.WA and failing.get("expected") is not None:
        lines.append(f"expected: {show(failing['expected'], 1000)}")
        lines.append(f"actual:   {show(failing.get('actual'), 1000)}")
    if result.message:
        lines.append(result.message)
    elif failing.get("message"):
        lines.append(str(failing["message"]))
    if failing.get("hint"):
        lines.append(f"hint: {failing['hint']}")
    minimal = result.minimal_case
    if minimal:
        lines.append("smallest failing input found: " + ", ".join(
            f"{k} = {show(v, 200)}" for k, v in (minimal.get("input") or {}).items()))
    if failing.get("traceback"):
        lines += ["", str(failing["traceback"]).rstrip()]
    if failing.get("stdout"):
        lines += ["", "stdout:", str(failing["stdout"]).rstrip()[:2000]]
    return "\n".join(lines)


def _message(result: Graded) -> str:
    first = result.message.splitlines()[0] if result.message else ""
    return f"{result.verdict.title}: {first}"[:500] if first else result.verdict.title


def _seconds(ms: float) -> str:
    return f"{ms / 1000:.3f}"


def _safe(text: str) -> str:
    """Text XML 1.0 can carry: control characters and lone surrogates become \\xNN / \\uNNNN."""
    return _ILLEGAL_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                            else f"\\u{ord(m.group()):04x}", text)
