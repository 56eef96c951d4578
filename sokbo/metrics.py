"""The process's counters, in one Prometheus registry every room may count into.

Counting is the rooms' business (feeds counts polls, rules reloads, delivery alerts); exposing
them is the app's (bot/health.py). A registry of our own, not prometheus_client's global one,
so tests can read exact values and nothing a library registers leaks into sokbo's page.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry()

POLLS = Counter("sokbo_polls", "Feed polls by result (ok, not_modified, failed).", ["result"], registry=REGISTRY)
ARTICLES = Counter("sokbo_articles_stored", "New articles stored.", registry=REGISTRY)
MATCHES = Counter("sokbo_matches", "Rule matches recorded, by rule.", ["rule"], registry=REGISTRY)
RULES_RELOAD_ERRORS = Counter("sokbo_rules_reload_errors", "Rule reloads refused (the last good rules kept).",
                              registry=REGISTRY)
ALERTS = Counter("sokbo_alerts", "Outbox items by outcome (sent, retried, failed).", ["result"], registry=REGISTRY)
DELIVERY_LATENCY = Histogram("sokbo_delivery_latency_seconds", "From an alert's creation to its post.",
                             buckets=(0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600), registry=REGISTRY)
OUTBOX_DEPTH = Gauge("sokbo_outbox_waiting", "Alerts waiting to be posted (pending, sending, held).",
                     registry=REGISTRY)
OUTBOX_OLDEST = Gauge("sokbo_outbox_oldest_waiting_seconds", "Age of the oldest alert waiting.", registry=REGISTRY)
FEED_LAG = Gauge("sokbo_feed_lag_seconds", "Time since the most recent successful poll of any feed.",
                 registry=REGISTRY)
