"""Judging: cases -> sandboxed child -> checker -> a result (runner, reference clock, fuzzing, growth, streams)."""
