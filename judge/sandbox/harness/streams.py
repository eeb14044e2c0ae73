"""Stream problems: the source (``rand6``) a solution draws from, fed by the judge a block at
a time mid-case (a ``draws`` reply, answered by ``{"op": "draws"}`` on the request pipe; the
judge derives and counts the draws, see ``judge.judging.draws``), and the case that calls the
solution ``calls`` times and sends its outputs back."""

import collections
import functools
import itertools
import json
import operator
import time

from .codec import OutputTooLarge, decode_draws, encode_outputs


class OutsideCase:
    """The stream source's block between cases: taking a draw from it raises, and once a
    case runs it gives way (``StopIteration``) to the case's own blocks."""

    def __init__(self, harness, name):
        self.harness = harness
        self.name = name

    def __iter__(self):
        return self

    def __next__(self):
        if self.harness.stream_running:
            raise StopIteration
        raise RuntimeError(self.name + "() may only be called while the judge calls your solution")


class Streams:
    """A stream's source and cases, a part of :class:`Harness`."""

    def install_source(self, namespace, name, sides):
        """Put the stream's source (``rand6``) in the solution's namespace.

        Its draws come from the judge, a block at a time on request (a ``draws``
        reply, answered on the request pipe); the judge counts what it served. The
        source is ``next`` over a chain of the blocks' byte iterators, all C code
        between blocks: a draw costs a third of what a Python function returning
        ``pool.pop()`` did, which is most of the judge's time on a rand10 run.
        """
        harness = self
        outside = OutsideCase(self, name)

        def blocks():
            while True:
                if not harness.stream_running:
                    block = outside
                elif harness.stream_first is not None:
                    block, harness.stream_first = iter(harness.stream_first), None
                else:
                    block = iter(harness.fetch_draws())
                harness.stream_block = block
                yield block

        source = functools.partial(next, itertools.chain.from_iterable(blocks()))
        source.__name__ = name
        namespace[name] = source
        self.sides = sides

    def fetch_draws(self):
        """Ask the judge for the next block of draws."""
        self.send({"status": "draws"})
        answer = json.loads(self.requests.readline())
        if answer.get("op") != "draws":
            raise ValueError("expected draws from the judge, got " + repr(answer.get("op")))
        return decode_draws(answer["draws"])

    def end_stream(self):
        """Close the case's source; the draws of its last block left unused (a claim to the judge).
        The rest of that block is dropped: each case's draws start afresh from the judge."""
        self.stream_running = False
        if self.stream_first is not None:  # no draw taken at all
            unused, self.stream_first = len(self.stream_first), None
            return unused
        block = self.stream_block
        unused = operator.length_hint(block, 0) if block is not None else 0
        if block is not None:
            collections.deque(block, maxlen=0)
        return unused

    def run_stream(self, request):
        self.stream_first = decode_draws(request.get("draws", ""))  # each case's draws start afresh from the judge
        self.stream_running = True
        outputs = []
        fn = self.callable_entry()
        calls = int(request["calls"])

        def many():
            append = outputs.append
            for _ in range(calls):
                append(fn())

        start = time.thread_time()
        outcome = self.guarded(many)
        elapsed = time.thread_time() - start
        unused = self.end_stream()
        if outcome is not None:
            outcome.update(cpu_s=[elapsed], stdout=self.stdout.text(), stdout_chars=self.stdout.chars)
            return outcome
        try:
            value = encode_outputs(outputs)
        except OutputTooLarge as exc:
            return {"status": "too_large", "message": str(exc), "cpu_s": [elapsed]}
        except Exception as exc:  # the value's own code (a set's __iter__) raised
            return dict(self.unsendable(exc), cpu_s=[elapsed])
        return {"status": "ok", "value": value, "cpu_s": [elapsed], "unused": unused,
                "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}
