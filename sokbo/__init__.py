"""Shared kernel of sokbo: small, dependency-light helpers every room may import.

`feeds/`, `rules/` and `bot/` all stand on this package; it imports none of them, so the
one-way doors between the rooms stay one-way.
"""
