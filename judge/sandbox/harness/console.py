"""The solution's ``sys.stdout`` in the call kinds (a function, a class, a stream): what it
prints goes straight through to fd 1, which the judge drains and caps, and the first
``STDOUT_HEAD`` characters of each case are kept to show beside a failing case."""

import io
import os

STDOUT_HEAD = 4096


class CaseStdout(io.TextIOBase):
    """sys.stdout for user code: writes through to fd 1 (the judge caps it) and keeps a head per case."""

    def __init__(self):
        self.head = []
        self.head_len = 0
        self.chars = 0

    def reset(self):
        self.head, self.head_len, self.chars = [], 0, 0

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.chars += len(text)
        if self.head_len < STDOUT_HEAD:
            piece = text[: STDOUT_HEAD - self.head_len]
            self.head.append(piece)
            self.head_len += len(piece)
        data = text.encode("utf-8", "replace")
        while data:
            written = os.write(1, data)
            data = data[written:]
        return len(text)

    def text(self):
        return "".join(self.head)
