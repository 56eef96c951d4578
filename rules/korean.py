"""Korean-aware text helpers: folding, particles after names, sentences and clauses.

Names are matched on folded text (NFKC folds full-width forms, casefold handles Latin)
with all whitespace squeezed out, so "LG AI연구원" also finds "LG AI 연구원" and
"LGAI연구원". A match counts only at word boundaries, and a Hangul run right after a
name must be made of particles (카카오가, 카카오측은, 카카오와의): "카카오뱅크" is another
company and "카카오톡" a product, not 카카오 itself.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

# Postpositions and the suffixes news copy glues to organisation names.
PARTICLES = frozenset(
    """
    이 가 은 는 을 를 의 에 에서 에게 께 한테 로 으로 와 과 랑 이랑 하고 도 만 까지 마저 조차 부터
    보다 처럼 같이 만큼 밖에 이나 나 이든 든 이며 며 이고 고 에게서 로부터 으로부터 서 께서 이야 야
    측 쪽 등 들 뿐 이라 라 이란 란 으로서 로서 으로써 로써 에는 에도 에서도 에서는 와의 과의 와도 과도
    측은 측이 측의 측도 측에 측에서 측과 측와 내 외 계열 그룹 본사 사 이었 였 였다 이었다 이다 다
    인 이라는 라는 처럼 마냥
    """.split()
)
_MAX_PARTICLE = max(len(p) for p in PARTICLES)

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


# Middle dots news copy writes between listed names: the archaic Hangul letter araea (ㆍ, typed
# for a middle dot on Korean keyboards), the katakana and half-width ones. All become "·", one
# character for one, so offsets found in the unified text are offsets in the original.
_INTERPUNCTS = str.maketrans({"\u318d": "·", "\u30fb": "·", "\uff65": "·", "\u2027": "·", "\u2219": "·"})
_INTERPUNCT_CHARS = ("\u318d", "\u30fb", "\uff65", "\u2027", "\u2219")


def unify_interpuncts(text: str) -> str:
    """"카카오ㆍ네이버" lists two names; read as Hangul, ㆍ glued them into one word."""
    if any(ch in text for ch in _INTERPUNCT_CHARS):
        return text.translate(_INTERPUNCTS)
    return text


def is_hangul(ch: str) -> bool:
    return bool(ch) and ("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e")


def is_latin_or_digit(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def fold(text: str) -> str:
    """NFKC (full-width → ASCII, compatibility jamo) and casefold; length may change."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass
class Squeezed:
    """Folded text without whitespace, with a map back to offsets in the original.

    On the fast path the map is computed only for the few indexes a hit needs: the
    original index o of squeezed index i solves o = i + (whitespace before o), found by a
    short fixed-point iteration of str.count over `spaced` (the folded text with every
    whitespace character turned into " "), all at C speed. Hits arrive in text order, so
    counting resumes from the previous answer: a scan costs one pass over the text, not
    one per hit.
    """

    text: str
    original: str
    spaced: str | None = None
    offsets: tuple[int, ...] | None = None  # per character, only when folding changed lengths
    # Answers so far, in increasing order: squeezed index and its original offset.
    _known: list[int] = field(default_factory=lambda: [0])
    _known_at: list[int] = field(default_factory=lambda: [0])

    def _orig(self, index: int) -> int:
        if self.offsets is not None:
            return self.offsets[index]
        assert self.spaced is not None
        nearest = bisect_right(self._known, index) - 1  # a hit's start may lie behind the last answer
        base = self._known_at[nearest]
        spaces = base - self._known[nearest]
        position = index + spaces
        while True:
            following = index + spaces + self.spaced.count(" ", base, position + 1)
            if following == position:
                break
            position = following
        if index > self._known[-1]:
            self._known.append(index)
            self._known_at.append(position)
        return position

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of squeezed [start, end)."""
        return self._orig(start), self._orig(end - 1) + 1


# Every character str.isspace() accepts except " " (all below U+3001).
_OTHER_WHITESPACE = tuple(chr(cp) for cp in range(0x3001) if chr(cp).isspace() and cp != 0x20)


def squeeze(text: str) -> Squeezed:
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()
        if len(folded) == len(text):
            # Fast path (almost all news text): fold and drop whitespace at C speed.
            spaced = folded
            for ch in _OTHER_WHITESPACE:  # str.replace is memchr-fast; a regex sub costs 10x
                if ch in spaced:
                    spaced = spaced.replace(ch, " ")
            return Squeezed(spaced.replace(" ", ""), text, spaced)
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch.isspace():
            continue
        folded_ch = unicodedata.normalize("NFKC", ch).casefold()
        for piece in folded_ch:
            if not piece.isspace():
                chars.append(piece)
                offsets.append(index)
    return Squeezed("".join(chars), text, None, tuple(offsets))


def squeeze_term(term: str) -> str:
    return "".join(fold(term).split())


@lru_cache(maxsize=4096)
def is_particle_run(run: str) -> bool:
    """Whether a Hangul run can be split entirely into particles ("에서는" = 에서+는)."""
    if not run:
        return True
    for size in range(min(_MAX_PARTICLE, len(run)), 0, -1):
        if run[:size] in PARTICLES and is_particle_run(run[size:]):
            return True
    return False


def hangul_run(text: str, start: int) -> str:
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return text[start:end]


def name_boundary_ok(original: str, start: int, end: int, *, particles: bool = True) -> bool:
    """A name occurrence at original[start:end] stands as a word of its own.

    Left: not glued to a preceding letter of the same script ("신카카오", "BLG").
    Right: Latin names may not continue with Latin letters or digits; a Hangul run after
    the name must consist of particles when `particles` (names), and is free otherwise.
    """
    before = original[start - 1] if start > 0 else ""
    first, last = original[start], original[end - 1]
    if is_hangul(first) and is_hangul(before):
        return False
    if is_latin_or_digit(first) and is_latin_or_digit(before):
        return False
    after = original[end] if end < len(original) else ""
    if is_latin_or_digit(last) and is_latin_or_digit(after):
        return False
    if particles and is_hangul(after):
        run = hangul_run(original, end)
        # "NH투자증권컨소시엄이": a consortium named after the company, glued to its name, is the company's bid;
        # "서울 저니맨팀을": a club with the word for its team glued on is the club
        head = next((h for h in _GLUED_HEADS if run.startswith(h)), "")
        return is_particle_run(run[len(head):])
    return True


_GLUED_HEADS = ("컨소시엄", "팀")


# A sentence ends at . ! ? (and closing quotes) before whitespace, at a line break, and —
# broadcast copy runs sentences together ("밝혔습니다.이런 입장은") — at 다. or 요. right
# before the next word. One left-to-right pass with no lookbehind: this runs on every article.
# A line that ends in a comma or a middle dot continues a list ("삼성E&A,\n엘앤에프, GS,\n…"), and so does one
# that ends on a topic, its predicate still to come ("지수 제외 종목은\n대우조선해양 (…),\n신세계 (…)다.").
_SENTENCE_END = re.compile(r"[.!?。][\"'”’)\]]*(\s+)|(?<![,·은는])\n+|[다요]\.(?=[가-힣A-Z“‘\[])")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs, stripped, empty ones dropped."""
    out: list[tuple[int, str]] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(1) is not None:
            cut, resume = match.start(1), match.end()
        elif match.group(0)[0] == "\n":
            cut, resume = match.start(), match.end()
        else:
            cut = resume = match.end()
        _piece(text, pos, cut, out)
        pos = resume
    _piece(text, pos, len(text), out)
    return out


# A line's bullet is no part of its sentence ("- 넥슨, '시노앨리스' 7월 18일 출시", "■ 인텔·AMD, 신제품 출시 예정"): the
# sentence starts after it, where a headline's topic and its comma are read (not △, which lists names)
_BULLET_MARKS = frozenset("-•▶▷■□◆◇●○※")
_BULLET = re.compile(rf"(?:[{re.escape(''.join(sorted(_BULLET_MARKS)))}]\s+)+")


def _piece(text: str, start: int, end: int, out: list[tuple[int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    at = start + len(chunk) - len(chunk.lstrip())
    bullet = _BULLET.match(stripped) if stripped[0] in _BULLET_MARKS else None  # (most sentences: no regex)
    if bullet is not None and bullet.end() < len(stripped):
        at, stripped = at + bullet.end(), stripped[bullet.end():]
    out.append((at, stripped))


# A comma ends a clause after a connective ending or a sentence adverb (…했고, / 반면, /
# …가운데,), not inside a list of names ("호주와 대만, 중동 등", "LG AI연구원, SK텔레콤").
_CONNECTIVE = ("고", "며", "면서", "지만", "는데", "은데", "데", "니", "니까", "아서", "어서", "여서", "해서", "면", "으면",
               "으나", "게", "도록", "듯", "자", "요", "해", "돼", "가운데", "반면", "한편", "특히", "결국", "다만", "이에",
               "앞서", "그러나", "하지만", "따라서", "이후", "위해", "통해", "대해", "관련해", "따라", "달리", "함께", "비해",
               "뒤", "후", "결과", "만큼", "데다", "채", "대신", "동시에", "가령", "또")
ELLIPSIS = r"(?:…|\.\.\.|···|ㆍㆍㆍ|‥)"  # parts a headline into two statements ("A···B, 고배")
# Two quotations joined ('"…안다"면서 "지금은…"') are two things said: nothing reaches across.
QUOTES_JOINED = r"(?<=[\"”’'])\s*(?:이?라며|면서|며|라고|고)\s+(?=[\"“‘'])"
_COMMA = re.compile(r"\s*[,，]\s*")
_JOINED = re.compile(r"(?<=[가-힣])(?:과|와) 달리\s+|(?<=[가-힣])(?:지만|는데|으며|며|면서|고서)\s+|"
                     rf"{QUOTES_JOINED}|"
                     rf"\s*{ELLIPSIS}\s*(?=[가-힣A-Za-z])")  # a headline's two halves: "A, 편출…B, 편입 불발"


def clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, clause) pairs split at clause-joining endings (…며, …지만) and at commas after
    one (…했고, / 반면, ), not at the commas of a list."""
    # "LG전자에 따르면, …": who says it opens the clause it says, it joins no second clause
    breaks = [m for m in _COMMA.finditer(sentence) if sentence.endswith(_CONNECTIVE, 0, m.start())
              and not sentence.endswith(("따르면", "의하면"), 0, m.start())]
    breaks += list(_JOINED.finditer(sentence))
    if not breaks:
        stripped = sentence.strip()
        return [(sentence.index(stripped[0]), stripped)] if stripped else []
    out: list[tuple[int, str]] = []
    pos = 0
    for match in [*sorted(breaks, key=lambda m: m.start()), None]:
        chunk = sentence[pos : match.start() if match else len(sentence)]
        if chunk.strip():
            out.append((pos + len(chunk) - len(chunk.lstrip()), chunk.strip()))
        if match:
            pos = match.end()
    return out
