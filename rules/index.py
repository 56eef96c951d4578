"""One multi-pattern automaton over every entity name and keyword of every rule.

Scanning an article once finds all terms; only rules whose terms occurred are evaluated.
Terms are folded and squeezed (no whitespace), occurrences are checked against word
boundaries and particles in the original text, and `not` names veto the entity they
belong to where they overlap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from rules.korean import (
    fold,
    is_hangul,
    is_latin_or_digit,
    is_particle_run,
    name_boundary_ok,
    squeeze,
    squeeze_term,
)
from rules.lexicon import LIST_SHARED_SUFFIXES
from rules.model import EntityDef

NAME, NOT, KEYWORD = "name", "not", "keyword"


@dataclass
class Scan:
    """Terms found in one text: entity mentions (original offsets) and keywords."""

    text: str
    entities: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    keywords: set[str] = field(default_factory=set)

    def entity_names(self, entity_id: str) -> list[str]:
        return [self.text[s:e] for s, e in self.entities.get(entity_id, ())]


class TermIndex:
    def __init__(self, entities: dict[str, EntityDef], keywords: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        payloads: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entity_id, entity in entities.items():
            for name in entity.names:
                payloads[squeeze_term(name)].append((NAME, entity_id))
            for name in entity.not_:
                payloads[squeeze_term(name)].append((NOT, entity_id))
        # Where each keyword may be spaced: only where its author put a space ("초거대 AI"
        # finds "초거대AI" too, "도쿠사" never finds "도쿠 사업").
        self._keyword_gaps: dict[str, set[frozenset[int]]] = defaultdict(set)
        for keyword in keywords:
            key = keyword_key(keyword)
            payloads[squeeze_term(keyword)].append((KEYWORD, key))
            self._keyword_gaps[key].add(space_positions(keyword))
        # Names that end in an ending a list may share, by squeezed name: only those are looked for
        # in "A·B·C증권" lists, and only when some watched name has such an ending.
        self._suffixed: dict[str, list[str]] = defaultdict(list)
        for term, payload in payloads.items():
            if term.endswith(LIST_SHARED_SUFFIXES):
                self._suffixed[term].extend(key for kind, key in payload if kind == NAME)
        self._suffixes = tuple(sorted({s for s in LIST_SHARED_SUFFIXES for t in self._suffixed if t.endswith(s)},
                                      key=len, reverse=True))
        for term, payload in payloads.items():
            if term:
                self._automaton.add_word(term, (len(term), tuple(payload)))
        self.empty = not payloads
        if not self.empty:
            self._automaton.make_automaton()

    def scan(self, text: str) -> Scan:
        result = Scan(text)
        if self.empty or not text:
            return result
        squeezed = squeeze(text)
        names: dict[str, list[tuple[int, int]]] = defaultdict(list)
        vetoes: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for end_index, (length, payload) in self._automaton.iter(squeezed.text):
            start, end = squeezed.span(end_index - length + 1, end_index + 1)
            for kind, key in payload:
                if kind == NOT:
                    vetoes[key].append((start, end))
                elif kind == NAME:
                    if name_boundary_ok(text, start, end) and not _split_syllable(text[start:end]):
                        names[key].append((start, end))
                elif key not in result.keywords and _keyword_boundary_ok(text, start, end) and \
                        self._spacing_ok(key, text[start:end]):
                    result.keywords.add(key)
        if self._suffixes and "·" in text:
            shared = list(self._shared_suffix_names(text))
            taken = {span for _, span in shared}
            if taken:  # "한전KPS·한전KDN 노조": the list's ending names 한전KPS 노조, not the company 한전KPS
                names = defaultdict(list, {key: [span for span in spans if span not in taken] for key, spans in names.items()})
            for entity_id, span in shared:
                names[entity_id].append(span)
        for entity_id, spans in names.items():
            kept = _outside(sorted(set(spans)), sorted(vetoes.get(entity_id, [])))
            # A shorter alias inside a longer one (카카오 in 카카오브레인) is one mention.
            kept = _outermost_spans(kept)
            if kept:
                result.entities[entity_id] = kept
        return result


    def _shared_suffix_names(self, text: str) -> Iterable[tuple[str, tuple[int, int]]]:
        """Watched names written without the ending the list's last name carries: in
        "한빛·새별투자·달빛증권은", 한빛 and 새별투자 are 한빛증권 and 새별투자증권 (spans of the short form)."""
        index = text.find("·")
        while index >= 0:
            start = index
            while start > 0 and _list_word_char(text[start - 1]):
                start -= 1
            end = index + 1
            while end < len(text) and (_list_word_char(text[end]) or text[end] == "·" and end + 1 < len(text)
                                       and _list_word_char(text[end + 1])):
                end += 1
            items, position = [], start
            for item in text[start:end].split("·"):
                items.append((position, item))
                position += len(item) + 1
            last = items[-1][1]
            spaced = re.match(r" ([가-힣]+)", text[end:end + 12])
            if spaced and any(spaced.group(1).startswith(s) and is_particle_run(spaced.group(1)[len(s):]) for s in self._suffixes):
                last += spaced.group(1)  # "한전KPS·한전KDN 노조가": the ending shared after a space
            suffixes = [s for s in self._suffixes if _ends_with(last, s)]
            for item_start, item in items[:-1] if suffixes else ():
                found = {entity_id for s in suffixes if item and not item.endswith(s)
                         for entity_id in self._suffixed.get(squeeze_term(item + s), ())}
                for entity_id in found:
                    yield entity_id, (item_start, item_start + len(item))
            index = text.find("·", max(end, index + 1))

    def _spacing_ok(self, key: str, surface: str) -> bool:
        if not any(ch.isspace() for ch in surface):
            return True
        found = space_positions(surface)
        return any(found <= allowed for allowed in self._keyword_gaps[key])


def _split_syllable(surface: str) -> bool:
    """A name spaced apart so that one Hangul syllable stands alone ("2분기 중 국내" is no 중국, "미 국방부" no 미국):
    spacing variants of names are pieces of words ("네이버 클라우드"), not a syllable of one word and the next word's
    first."""
    if not any(ch.isspace() for ch in surface):
        return False
    return any(len(piece) == 1 and is_hangul(piece) for piece in surface.split())


def _ends_with(word: str, suffix: str) -> bool:
    """`word` ends in `suffix`, maybe followed by particles ("달빛증권은" ends in 증권)."""
    at = word.rfind(suffix)
    rest = word[at + len(suffix):]
    return at > 0 and all(is_hangul(ch) for ch in rest) and is_particle_run(rest)


def _list_word_char(ch: str) -> bool:
    return is_hangul(ch) or is_latin_or_digit(ch) or ch == "&"


def space_positions(text: str) -> frozenset[int]:
    """Indexes into the squeezed form of `text` before which `text` has whitespace."""
    positions: set[int] = set()
    index = 0
    for ch in text:
        if ch.isspace():
            if index:
                positions.add(index)
            continue
        index += sum(1 for piece in fold(ch) if not piece.isspace())
    return frozenset(positions)


@lru_cache(maxsize=65536)
def keyword_key(keyword: str) -> str:
    return squeeze_term(keyword)


def _keyword_boundary_ok(text: str, start: int, end: int) -> bool:
    """Keywords may sit inside Korean compounds (초거대AI추진협의회 has 초거대AI), but not
    inside a longer Latin word or number: LLM is not in "LLMOps", 단어4 not in "단어42"."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if is_latin_or_digit(text[start]) and is_latin_or_digit(before):
        return False
    last = text[end - 1]
    if last.isascii() and last.isalpha() and after.isascii() and after.isalpha():
        return False
    return not (last.isdigit() and after.isdigit())


def _outside(spans: list[tuple[int, int]], covers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (sorted) inside none of `covers` (sorted): one sweep, so an article naming an entity thousands of
    times next to its `not` name thousands of times costs their sum, not their product."""
    kept: list[tuple[int, int]] = []
    reach, index = -1, 0
    for span in spans:
        while index < len(covers) and covers[index][0] <= span[0]:
            reach = max(reach, covers[index][1])
            index += 1
        if span[1] > reach:
            kept.append(span)
    return kept


def _outermost_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (sorted, distinct) inside no other one, in one sweep: ordered by start and then the longest first, a
    span is inside another exactly when an earlier one reaches as far."""
    kept: list[tuple[int, int]] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[1] <= reach:
            continue
        kept.append(span)
        reach = span[1]
    return kept
