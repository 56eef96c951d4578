"""Story merging, pure: when two outlets' reports are one story in a channel.

Fan-out (bot.alerting.fanout) asks this before making a second alert: the same events seen
recently, or, for alerts without events, headlines close in wording that name the same watched
names and state no different figures.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import timedelta

from feeds.searchkeys import bigrams, search_key

STORY_WINDOW = timedelta(hours=12)
TITLE_SIMILARITY = 0.5  # bigram Jaccard of folded titles at which two reports may be one story
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def title_similarity(a: str, b: str) -> float:
    ga, gb = bigrams(search_key(a)), bigrams(search_key(b))
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / len(ga | gb)


def figures(title: str) -> set[str]:
    """Amounts, percentages and counts of two digits or more (884억원 → 884, 3,018 → 3018);
    single digits (1분기, 2세대) say too little to tell stories apart."""
    found = {m.group(0).replace(",", "") for m in FIGURE.finditer(title)}
    return {f for f in found if sum(c.isdigit() for c in f) >= 2}


def same_story_titles(a: str, b: str, names: Collection[str]) -> bool:
    """Two outlets' headlines tell one story: close in wording, both naming what the alert
    is about, and not stating different figures ("카카오 영업이익 884억" is not "네이버
    영업이익 3,018억", however alike the wording). A wrong merge hides an alert while a missed
    one only adds a message, so every doubt splits."""
    if title_similarity(a, b) < TITLE_SIMILARITY:
        return False
    ka, kb = search_key(a), search_key(b)
    folded = {search_key(n) for n in names} - {""}
    if folded and not any(n in ka and n in kb for n in folded):
        return False
    fa, fb = figures(a), figures(b)
    return not (fa - fb and fb - fa)
