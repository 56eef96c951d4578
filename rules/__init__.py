"""rules: decide which articles matter (watched entities, keywords, event patterns).

Imports nothing from `bot/`; reads Articles produced by `feeds/`.
"""

from pathlib import Path

EXAMPLE_RULES = Path(__file__).with_name("examples") / "watch.yaml"
