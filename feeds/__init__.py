"""feeds: fetch Korean news feeds, normalise entries into Articles, keep them in the store.

This room knows nothing about rules or chat. Consumers subscribe to new articles through
the poller's hooks (see `feeds.poller.Poller.on_new_articles`).
"""
