"""Getting alerts out exactly once: the outbox (rows, leases, state changes, stats, purging)
and the deliverer that claims channels, renders through a platform's transport, retries
what failed for a reason that passes, and after a crash looks before it posts again.
"""
