"""The protocol's judge side, on hand-made reply lines: every malformed reply is a
``MalformedReply`` with a message (the judge reports RE), never another exception; and the
harness, which cannot import ``judge.sandbox.protocol``, spells the same statuses and keys."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from judge import values
from judge.sandbox import harness, protocol
from judge.sandbox.protocol import MAX_DEPTH, MalformedReply, Status, parse_reply

TOKEN = "t" * 32


def line(**fields: object) -> bytes:
    return json.dumps({"token": TOKEN, **fields}).encode()


def refused(raw: bytes, *words: str) -> str:
    with pytest.raises(MalformedReply) as caught:
        parse_reply(raw, TOKEN)
    message = str(caught.value)
    assert all(word in message for word in words), message
    return message


def test_a_good_reply_becomes_a_typed_record() -> None:
    reply = parse_reply(line(status="ok", value=[1, {"__tuple__": [2]}], cpu_s=[0.5], maxrss_kb=10,
                             stdout="hi", stdout_chars=2), TOKEN)
    assert reply.status is Status.OK and reply.ok
    assert reply.value == [1, {"__tuple__": [2]}]
    assert reply.claimed_cpu_s == (0.5,) and reply.claimed_maxrss_kb == 10 and reply.stdout == "hi"


def test_a_reply_nested_200000_deep_is_refused_without_recursion_error() -> None:
    deep = b'{"token": "%s", "status": "ok", "value": %s}' % (TOKEN.encode(), b"[" * 200_000 + b"]" * 200_000)
    refused(deep, "nested more than")


@pytest.mark.parametrize("levels", [MAX_DEPTH, MAX_DEPTH + 5])
def test_nesting_is_bounded_below_the_interpreters_limit(levels: int) -> None:
    value: object = 0
    for _ in range(levels):
        value = [value]
    if levels < MAX_DEPTH:  # the reply object is one level itself
        assert parse_reply(line(status="ok", value=value), TOKEN).value is not None
    else:
        refused(line(status="ok", value=value), "nested more than")
    assert MAX_DEPTH * 4 < sys.getrecursionlimit()  # checkers recursing over a value stay far from it


@pytest.mark.parametrize("fields,words", [
    ({"status": "ok", "value": 1, "maxrss_kb": "a lot"}, ("'maxrss_kb'", "whole number")),
    ({"status": "ok", "value": 1, "maxrss_kb": True}, ("'maxrss_kb'",)),
    ({"status": "ok", "value": 1, "maxrss_kb": -1}, ("'maxrss_kb'",)),
    ({"status": "ok", "value": 1, "cpu_s": "none"}, ("'cpu_s'",)),
    ({"status": "ok", "value": 1, "cpu_s": [float("nan")]}, ("'cpu_s'",)),
    ({"status": "ok", "value": 1, "stdout": ["x"]}, ("'stdout'", "a string")),
    ({"status": "exception", "message": 3}, ("'message'",)),
    ({"status": "ok", "value": 1, "line": "7"}, ("'line'",)),
    ({"status": 1}, ("'status'",)),
    ({"status": "accepted"}, ("'status'", "'ok'")),
    ({"value": 3}, ("no 'status'",)),
    ({"status": "ok"}, ("no 'value'",)),
    ({"status": "ok", "value": 1, "verdict": "AC"}, ("unknown key",)),
])
def test_wrong_types_missing_and_unknown_keys_are_refused(fields: dict[str, object], words: tuple[str, ...]) -> None:
    refused(line(**fields), *words)


@pytest.mark.parametrize("raw,words", [
    (b"not json", ("not valid JSON",)),
    (b"[1, 2]", ("not an object",)),
    (b'"ok"', ("not an object",)),
    (b"\xff\xfe", ("not valid JSON",)),
    (b'{"token": "%s", "status": "ok", "value": %s}' % (TOKEN.encode(), b"9" * 5000), ("4,300 decimal digits",)),
    (json.dumps({"token": "0" * 32, "status": "ok", "value": 1}).encode(), ("forged",)),
    (json.dumps({"status": "ok", "value": 1}).encode(), ("forged",)),
])
def test_what_is_not_a_reply_is_refused(raw: bytes, words: tuple[str, ...]) -> None:
    refused(raw, *words)


def test_text_is_cut_to_a_head_and_a_tail() -> None:
    """A 63 MB message arrives as a few kB, with its start and its end."""
    message = "<start>" + "x" * (63 * 1024 * 1024) + "<end>"
    reply = parse_reply(line(status="exception", exc_type="E", message=message, traceback=message[-9000:]), TOKEN)
    for text in (reply.message,):
        assert text is not None and len(text) < protocol.TEXT_HEAD + protocol.TEXT_TAIL + 100
        assert text.startswith("<start>") and text.endswith("<end>") and "characters left out" in text


def test_lone_surrogates_become_replacement_characters() -> None:
    reply = parse_reply(line(status="ok", value=1, stdout="a\ud800b"), TOKEN)
    assert reply.stdout.encode("utf-8")  # printable anywhere


def test_a_load_reply_needs_no_value() -> None:
    assert parse_reply(line(status="ok", stdout=""), TOKEN, op="load").ok


def test_the_harness_spells_the_protocol_the_same_way() -> None:
    assert set(harness.STATUSES) == {status.value for status in Status}
    assert set(harness.REPLY_KEYS) == {"token", *protocol.REPLY_KEYS}
    assert harness.MAX_DEPTH == protocol.MAX_DEPTH
    assert harness.INT_TAG_BITS == protocol.INT_TAG_BITS == values.INT_TAG_BITS
    assert 3 * harness.VALUE_DEPTH + 2 < protocol.MAX_DEPTH  # a nested dict takes three levels per level
    assert 3 * harness.VALUE_DEPTH + 4 < protocol.MAX_DEPTH  # in a batch's reply: two levels more


def test_the_harness_replies_parse(tmp_path: Path) -> None:
    """Replies the harness really builds (run in this process, as fuzzing does) pass the parser."""
    solution = tmp_path / "s.py"
    solution.write_text("def add(a, b):\n    print('x')\n    if a < 0:\n        raise ValueError('no')\n"
                        "    return {'k': (a, [b])}\n")
    runner = harness.Harness(requests=None, replies=None)
    replies = [("load", runner.load({"op": "load", "path": str(solution), "names": ["add"], "mode": "call"}))]
    for args in ([1, 2], [-1, 2]):
        replies.append(("case", runner.run_case({"op": "case", "args": args})))
    statuses = []
    for op, reply in replies:
        raw = json.dumps(dict(reply, token=TOKEN, maxrss_kb=1)).encode()
        statuses.append(parse_reply(raw, TOKEN, op).status)
    assert statuses == [Status.OK, Status.OK, Status.EXCEPTION]


def test_a_bare_int_of_ten_million_digits_is_refused_before_it_is_read() -> None:
    """Reading decimal digits is quadratic (hours for ten million): Python's 4,300-digit limit refuses
    them first, and the judge says why (a forged reply; the harness sends wide ints in hexadecimal)."""
    raw = b'{"token": "%s", "status": "ok", "value": 1%s}' % (TOKEN.encode(), b"0" * 10_000_000)
    refused(raw, "more than 4,300 decimal digits")


def test_wide_ints_cross_in_hexadecimal_both_ways() -> None:
    """An answer or an argument over str()'s 4,300-digit limit: the judge tags it in a request, the
    harness reads it and tags its answer, and the judge reads that back to the same int."""
    wide = -(10**5000) - 7
    request = json.loads(protocol.request_line({"op": "case", "args": [wide, 2, [wide]]}))
    assert request["args"][0] == {"__int__": format(wide, "x")} and request["args"][1] == 2
    args = harness.decode(request["args"])
    assert args == [wide, 2, [wide]]
    sent = json.loads(json.dumps(harness.encode(args[0] ** 2)))
    assert "__int__" in sent and values.rebuild(sent) == wide ** 2
    assert harness.encode(2**8191) == 2**8191  # narrower ints stay plain JSON numbers
    assert values.rebuild(harness.encode(True)) is True


@pytest.mark.parametrize("text", ["0x1f", "1F", " 1f", "1_f", "", "-", 31, None])
def test_an_int_tag_must_hold_plain_hexadecimal_digits(text: object) -> None:
    with pytest.raises(values.Malformed):
        values.rebuild({"__int__": text})


def batch(results: object, **fields: object) -> bytes:
    return line(status="ok", results=results, maxrss_kb=1, **fields)


def entry(position: int, value: object = 1, status: str = "ok") -> dict[str, object]:
    return {"status": status, "value": value, "case": position, "cpu_s": [0.001]}


def test_a_batch_reply_holds_one_typed_reply_per_case_in_order() -> None:
    reply = parse_reply(batch([entry(0, 5), entry(1, "x"), {**entry(2), "status": "exception", "message": "m"}]),
                        TOKEN, "cases", 3)
    assert reply.ok and [r.value for r in reply.results] == [5, "x", 1]
    assert [r.case for r in reply.results] == [0, 1, 2] and reply.results[2].status is Status.EXCEPTION


@pytest.mark.parametrize("results,words", [
    ([entry(0), entry(1)], ("held 3 cases", "2 replies")),  # fewer
    ([entry(0), entry(1), entry(2), entry(3)], ("held 3 cases", "4 replies")),  # more
    ([entry(1), entry(0), entry(2)], ("out of order",)),
    ([entry(0), entry(0), entry(2)], ("out of order",)),
    ([entry(0), entry(1), {"status": "ok", "value": 3}], ("out of order",)),  # no position
    ([entry(0), entry(1), [2]], ("not a case's reply",)),
    ([entry(0), entry(1), {**entry(2), "token": TOKEN}], ("not a case's reply",)),
    ([entry(0), entry(1), {**entry(2), "results": []}], ("not a case's reply",)),
    ([entry(0), entry(1), {**entry(2), "cpu_s": "fast"}], ("'cpu_s'",)),
    ([entry(0), entry(1), {"status": "ok", "case": 2}], ("no 'value'",)),
    ({"0": entry(0)}, ("no list of replies",)),
])
def test_a_batch_reply_for_other_cases_than_the_request_held_is_refused(results: object, words: tuple[str, ...]) -> None:
    with pytest.raises(MalformedReply) as caught:
        parse_reply(batch(results), TOKEN, "cases", 3)
    assert all(word in str(caught.value) for word in words), str(caught.value)


def test_a_batch_reply_has_nothing_else_and_a_case_reply_no_results() -> None:
    with pytest.raises(MalformedReply, match="only 'status'"):
        parse_reply(batch([entry(0)], value=3), TOKEN, "cases", 1)
    with pytest.raises(MalformedReply, match="only 'status'"):
        parse_reply(line(status="exception", results=[entry(0)]), TOKEN, "cases", 1)
    with pytest.raises(MalformedReply, match="only a batch"):
        parse_reply(line(status="ok", value=1, results=[entry(0)]), TOKEN, "case")
    with pytest.raises(MalformedReply, match="forged"):
        parse_reply(json.dumps({"token": "x" * 32, "status": "ok", "results": [entry(0)]}).encode(), TOKEN, "cases", 1)


def test_the_harness_batch_replies_parse(tmp_path: Path) -> None:
    """A batch the harness really answers (its own loop, in this process) passes the parser."""
    solution = tmp_path / "s.py"
    solution.write_text("def add(a, b):\n    if a < 0:\n        raise ValueError('no')\n    return (a, [b])\n")
    sent: list[bytes] = []
    runner = harness.Harness(requests=[], replies=None)
    runner.send = lambda reply: sent.append(json.dumps(dict(reply, token=TOKEN)).encode())  # type: ignore[method-assign]
    runner.load({"op": "load", "path": str(solution), "names": ["add"], "mode": "call"})
    runner.requests = [json.dumps({"op": "cases", "cases": [{"op": "case", "args": args} for args in
                                                            ([1, 2], [-1, 2], [3, 4])]})]
    runner.serve()
    reply = parse_reply(sent[-1], TOKEN, "cases", 3)
    assert [r.status for r in reply.results] == [Status.OK, Status.EXCEPTION, Status.OK]
    assert reply.results[2].value == {"__tuple__": [3, [4]]}
