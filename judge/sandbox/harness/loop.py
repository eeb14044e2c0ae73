"""The :class:`Harness`: the request loop that answers the judge line by line, and ``main``,
which the child runs (``__main__.py``).

``STATUSES``, ``REPLY_KEYS`` and ``codec.MAX_DEPTH`` spell the names of the judge's
``judge/sandbox/protocol.py``, which the harness cannot import (it imports nothing from the
judge); tests/sandbox/test_protocol.py keeps them in step.
"""

import io
import json
import os
import resource
import sys
import threading
import traceback

from .calls import Calls
from .console import CaseStdout
from .loading import Loading
from .streams import Streams

RECURSION_LIMIT = 300_000
THREAD_STACK_BYTES = 16 * 1024 * 1024
STATUSES = ("ok", "exception", "memory", "exit", "compile", "too_large", "draws")
REPLY_KEYS = ("token", "status", "message", "exc_type", "traceback", "line", "during", "step", "stdout",
              "stdout_chars", "value", "arg_after", "unused", "cpu_s", "maxrss_kb", "case", "results")
# ``cpu_s`` is the calling thread's CPU time around each call (time.thread_time: with
# RLIMIT_CPU set, the process-wide clock only advances in scheduler ticks), a claim for
# estimates and diagnostics. The judge's own reading of the whole child decides verdicts.


class Harness(Loading, Calls, Streams):
    """Holds the loaded solution and answers the judge's requests (loading, running cases and
    streams are its parts in ``loading``, ``calls`` and ``streams``)."""

    def __init__(self, requests, replies):
        self.requests = requests
        self.replies = replies
        self.token = None
        self.path = None
        self.entry = None
        self.mode = "call"
        self.stream_first = None  # a stream case's first block, until its first draw
        self.stream_block = None  # the iterator over the block draws are taken from
        self.stream_running = False
        self.stdout = CaseStdout()
        self.reserve = bytearray(4 * 1024 * 1024)  # freed on MemoryError so a reply can still be built

    def send(self, reply):
        """Write ``reply`` on the reply pipe as one JSON line, with the run's token."""
        reply["token"] = self.token
        reply["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # a claim, like cpu_s
        data = (json.dumps(reply, separators=(",", ":")) + "\n").encode("utf-8", "surrogatepass")
        view = memoryview(data)
        while view:
            written = os.write(self.replies, view)
            view = view[written:]

    def serve(self):
        """Answer requests until the judge closes the request pipe."""
        for line in self.requests:
            request = json.loads(line)
            if request["op"] == "load":
                self.token = request["token"]
                self.send(self.load(request))
            elif request["op"] == "case":
                self.send(self.run_case(request))
            elif request["op"] == "cases":  # a batch: each case's own reply, in order, on one line
                self.send({"status": "ok", "results": [dict(self.run_case(case), case=position)
                                                       for position, case in enumerate(request["cases"])]})
            else:
                raise ValueError("unknown request " + repr(request["op"]))


def main():
    """The child's whole life: the pipes' fd numbers from argv, the limits on recursion and
    thread stacks, then requests until the judge is done; exit 70 if the harness itself fails."""
    request_fd, reply_fd = int(sys.argv[1]), int(sys.argv[2])
    requests = os.fdopen(request_fd, "rb", buffering=1 << 16)
    harness = Harness(requests, reply_fd)
    sys.stdout = harness.stdout
    sys.stdin = io.StringIO("")
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK_BYTES)
    try:
        harness.serve()
    except BaseException:  # a fault of the harness itself (or a signal handler the solution set)
        os.write(2, ("judge harness failure:\n" + traceback.format_exc()).encode("utf-8", "replace"))
        os._exit(70)
    os._exit(0)
