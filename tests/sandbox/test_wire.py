"""The wire's two shortcuts (``judge.sandbox.wire``): a case's arguments encoded once, and a reply's
nesting bounded at C speed. Each must give exactly what the slow way gives: the same request bytes,
and the same verdict on a reply's depth, however the reply hides its brackets in strings."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from judge.sandbox import protocol, wire
from judge.sandbox.protocol import MAX_DEPTH, MalformedReply, parse_reply

TOKEN = "ab" * 16


def nested(levels: int) -> Any:
    value: Any = 0
    for _ in range(levels):
        value = [value]
    return value


def reply(value: Any, **dumps: Any) -> bytes:
    return json.dumps({"token": TOKEN, "status": "ok", "value": value}, **dumps).encode()


@pytest.fixture
def no_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The exact walk is not to be needed: the shortcut must decide."""
    def walk(document: Any) -> int:
        raise AssertionError("the exact depth walk ran")
    monkeypatch.setattr(protocol, "depth", walk)


# -- requests ---------------------------------------------------------------------------------


def whole(request: dict[str, object]) -> bytes:
    """The request encoded at once, as before the cache."""
    try:
        text = json.dumps(request, separators=(",", ":"))
    except ValueError:
        text = json.dumps(protocol._tag_wide(request), separators=(",", ":"))
    return (text + "\n").encode()


def test_a_request_is_byte_for_byte_the_whole_encoding_cached_or_not() -> None:
    wire.forget()
    big = [list('ab["\\é\u2028' * 3000), 7, {"k": [1.5, None, True]}]
    wide = [2**40000, [-(2**9000)]]
    requests: list[dict[str, object]] = [
        {"op": "case", "args": big, "inplace": 0},
        {"op": "case", "args": wide, "calls": 3, "draws": "AAEC"},
        {"op": "cases", "cases": [{"op": "case", "args": big}, {"op": "case", "args": [1, "x"]}]},
        {"op": "load", "path": "/s.py", "names": ["f"], "mode": "call", "requires": []},
    ]
    for request in requests:
        for token in ("ab" * 16, "cd" * 16):  # twice each: the second from the cache
            sent = dict(request, token=token)
            assert protocol.request_line(sent) == whole(sent)
    assert wire.kept_chars() > 0


def test_the_token_is_encoded_afresh_for_every_request() -> None:
    args = [list(range(5000))]
    first = json.loads(protocol.request_line({"op": "case", "args": args, "token": "11" * 16}))
    second = json.loads(protocol.request_line({"op": "case", "args": args, "token": "22" * 16}))
    assert first["token"] == "11" * 16 and second["token"] == "22" * 16 and first["args"] == second["args"]


def test_the_cache_follows_the_list_not_its_contents_and_keeps_only_large_ones() -> None:
    wire.forget()
    small = [1, 2, 3]
    protocol.request_line({"op": "case", "args": small})
    assert wire.kept_chars() == 0
    first, other = [list(range(1000))], [list(range(1000, 2000))]
    protocol.request_line({"op": "case", "args": first})
    kept = wire.kept_chars()
    assert kept > 0
    assert json.loads(protocol.request_line({"op": "case", "args": other}))["args"] == other
    assert wire.kept_chars() > kept


def test_the_cache_starts_again_rather_than_grow_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    wire.forget()
    monkeypatch.setattr(wire, "MAX_CHARS", 10_000)
    for start in range(0, 20_000, 1000):
        protocol.request_line({"op": "case", "args": [list(range(start, start + 1000))]})
        assert wire.kept_chars() <= 10_000


# -- replies ----------------------------------------------------------------------------------


def test_a_flat_list_of_bracket_strings_passes_without_the_walk(no_walk: None) -> None:
    value = ["["] * 100_000 + ["{"] * 1000 + ["]"] * 10
    assert parse_reply(reply(value), TOKEN).value == value


def test_a_deep_reply_hidden_among_bracket_strings_is_refused() -> None:
    value = ["["] * 50_000 + ["]", "}"] * 100 + [nested(MAX_DEPTH)] + ["["] * 1000
    with pytest.raises(MalformedReply, match="nested more than"):
        parse_reply(reply(value), TOKEN)


@pytest.mark.parametrize("ensure_ascii", [True, False])
@pytest.mark.parametrize("before", ["\\", '"', '\\"', "\\\\\\", '[\\"]'])
def test_escaped_quotes_and_backslashes_do_not_hide_brackets(before: str, ensure_ascii: bool) -> None:
    """A string ending in a backslash (``"\\\\"``) does not swallow the brackets after it, and an
    escaped quote (``"\\""``) does not end its string early."""
    deep = [before, nested(MAX_DEPTH), "x"]
    with pytest.raises(MalformedReply, match="nested more than"):
        parse_reply(reply(deep, ensure_ascii=ensure_ascii), TOKEN)


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_brackets_after_escapes_inside_strings_are_not_counted(no_walk: None, ensure_ascii: bool) -> None:
    tricky = ["\\", '"', '\\"', '"[', "\\\\[", '\\"]]', "é[\u2028"]
    shallow = tricky * 100 + ['"' + "[" * 500, "\\" + "[" * 500, '\\"' + "{" * 500] + [nested(MAX_DEPTH - 2)]
    assert parse_reply(reply(shallow, ensure_ascii=ensure_ascii), TOKEN).value == shallow


def test_many_shallow_lists_pass_without_the_walk(no_walk: None) -> None:
    value = [[i, "]", ["["]] for i in range(20_000)]
    assert parse_reply(reply(value), TOKEN).value == value


def test_a_reply_in_utf16_is_still_bounded() -> None:
    """``json`` reads UTF-16 too, whose code units can hold a quote's byte: the exact walk decides."""
    # U+2200 is the bytes 00 22 in UTF-16-LE: a quote's byte that opens no string
    deep = json.dumps({"token": TOKEN, "status": "ok", "value": ["\u2200", nested(MAX_DEPTH), "x"]},
                      ensure_ascii=False)
    with pytest.raises(MalformedReply, match="nested more than"):
        parse_reply(deep.encode("utf-16-le"), TOKEN)
    shallow = ["\u225b\u5b22["] * 300
    assert parse_reply(reply(shallow).decode().encode("utf-16-le"), TOKEN).value == shallow


def test_the_shortcut_agrees_with_the_exact_walk_on_random_documents() -> None:
    rng = random.Random(20261202)
    scalars = ['"', "[", "]", "{", "}", "\\", '\\"', '"[', "\\\\[", "é[", "\u2028", 1, None, 2.5]

    def document(levels: int) -> Any:
        pick = rng.random()
        if levels and pick < 0.4:
            return [document(levels - 1) for _ in range(rng.randint(0, 3))]
        if levels and pick < 0.6:
            return {str(rng.choice(scalars)): document(levels - 1) for _ in range(rng.randint(0, 3))}
        return rng.choice(scalars)

    for _ in range(2000):
        doc = document(rng.randint(0, 12))
        line = json.dumps(doc, ensure_ascii=rng.random() < 0.5).encode()
        for bound in (2, 4, 7):
            assert wire.deeper_than(line, bound, doc, protocol.depth) == (protocol.depth(doc) > bound), line


def test_a_bushy_reply_within_the_bound_falls_back_to_the_walk_only_past_the_budget() -> None:
    """Many chains each nearly ``bound`` deep: peeling them would cost a pass per level over them all."""
    doc = [nested(40) for _ in range(200)]
    line = json.dumps(doc).encode()
    walked: list[int] = []

    def walk(document: Any) -> int:
        walked.append(1)
        return protocol.depth(document)

    assert wire.deeper_than(line, 60, doc, walk) is False
    assert walked  # peeling 40 levels of 8,000 pairs is over the budget: the walk answered
