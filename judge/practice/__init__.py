"""Timed practice: the loop, its display, interview sets, the file watcher, the attempt history and its stats."""
