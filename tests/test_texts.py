"""User-facing words: Korean and English both, and no particle glued to a value whose last
sound is unknown (`kakao-llm`를 reads wrong; `kakao-llm` 규칙을 reads right)."""

from __future__ import annotations

import re

from bot.texts import _TEXTS

HANGUL = re.compile(r"[가-힣]")


def test_every_text_has_korean_and_english_without_korean_left_in_the_english() -> None:
    for key, (korean, english) in _TEXTS.items():
        assert korean.strip() and english.strip(), key
        assert not HANGUL.search(english.replace("한국어", "")), (key, english)  # the language's own name aside


def test_no_particle_follows_a_value_directly() -> None:
    # 을(를), 이(가): the form for a sound not known in advance is fine
    glued = re.compile(r"\{\w+\}[`\"']?(?:[을를이가은는과와의로](?!\()|으로)")
    offenders = [key for key, (korean, _) in _TEXTS.items() if glued.search(korean)]
    assert offenders == []
