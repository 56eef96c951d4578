"""Built-in event detectors: who is absent from which group, what launches when.

Rule-based on purpose: the default install must stay small (a morphological analyser
costs ~520 MB and seconds to load) and every decision must be explainable in a chat
reply. The detectors work clause by clause: find a trigger, attach it to the
organisation in subject, topic or possessive position before it, then look for the
group or the date and model in the same clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import ahocorasick

from rules import lexicon as lx
from rules.groups import (
    HOST_SEAT,
    NAMED_AFTER_ITS_MAKER,
    Group,
    GroupMention,
    bare_group_word,
    canonical,
    group_mentions,
    group_of_token,
    main_group,
    name_word,
)
from rules.kdates import DateMention, find_dates
from rules.korean import (
    ELLIPSIS,
    QUOTES_JOINED,
    clauses,
    is_hangul,
    is_particle_run,
    name_boundary_ok,
    sentences,
    squeeze_term,
)
from rules.records import Event

ROLE_NAMES = {"은": "주제어", "는": "주제어", "이": "주어", "가": "주어", "을": "목적어", "를": "목적어", "의": "소유격",
              "도": "보조사 '도'", "까지": "보조사 '까지'", "만": "보조사 '만'", "측은": "주제어", "측이": "주어"}
SUBJECT_PARTICLES = ("이", "가", "은", "는", "도", "측은", "측이", "측도", "만", "마저", "까지", "이나", "나", "에서", "에서는", "께서")
OBJECT_PARTICLES = ("을", "를")
POSSESSIVE = ("의",)


@dataclass(frozen=True)
class Mention:
    """An organisation mention: entity id (or the name itself), surface form, span, particle."""

    entity: str
    name: str
    start: int
    end: int
    particle: str


# Hostile text costs no more than a report does. The readings' patterns are written for words a few characters long; a
# run of thousands of characters with no space makes each try at each position scan the whole run (measured: 2.6 s for
# one of 5,000 characters, 40 s for 20,000). No Korean word is that long, so a run is broken by a space every
# `_RUN_STEP` characters (outside the watched names, so every offset stays), and a "sentence" longer than any a report
# writes (the longest in 900 real reports is under 300 characters, 510 in the shared corpus) is not read.
MAX_SENTENCE = 2_000
_RUN_STEP = 40
_LONG_RUN = re.compile(rf"\S{{{_RUN_STEP + 20},}}")


def _break_long_runs(document: str, spans: list[tuple[int, int]]) -> str:
    if not _LONG_RUN.search(document):
        return document
    kept = {at for start, end in spans for at in range(start, end)}
    chars = list(document)
    for run in _LONG_RUN.finditer(document):
        at = run.start() + _RUN_STEP
        while at < run.end() - 1:
            # (a letter outside the names: never the run's punctuation, a period that ends a sentence among them)
            while at < run.end() - 1 and (at in kept or not chars[at].isalnum()):
                at += 1
            if at < run.end() - 1:
                chars[at] = " "
            at += _RUN_STEP
    return "".join(chars)


_STUDIO_AFTER = re.compile(r" ?스튜디오(?:스)?(?=[\s'‘\"“]|$)")


def detect_events(
    title: str,
    text: str,
    published: date,
    mentions: Iterable[tuple[str, int, int]],
    *,
    find_unwatched: bool = False,
    notes: list[str] | None = None,
) -> list[Event]:
    """Events in an article. `mentions` are (entity id, start, end) in `title + "\\n" + text`.

    With `find_unwatched`, organisations that are not watched entities (found by shape and
    a small lexicon) are reported too, under their own name. With `notes`, every decision
    is written there in Korean (which sentence, trigger, subject, group, date and why), for
    `/sokbo test` and `sokbo rules test`.
    """
    document = f"{title}\n{text}" if text else title
    # One automaton pass finds where a trigger may be; sentences without one are skipped, and an article with none,
    # nor a winner told (whose rivals a contest may leave unsaid), has no event: most candidate articles.
    absent_at, launch_at, tells_winner = _scan_anchors(document)
    if not absent_at and not launch_at and "순위" not in document and not (tells_winner and _WON.search(document)) \
            and not _WINNER_IS.search(document):
        return []
    mentions = list(mentions)
    document = _break_long_runs(document, [(s, e) for _, s, e in mentions])
    watched = _outermost(sorted((Mention(entity, document[s:e], s, e, _particle(document, e)) for entity, s, e in mentions),
                                key=lambda m: (m.start, -m.end)), document)
    watched = [m for m in watched if not _common_noun_reading(document, m) and not _credit(document, m)]
    # "반다이 남코 스튜디오 '철권 8'": the maker's studio is the maker, its name read with the word for it
    watched = [replace(m, name=document[m.start:studio.end()], end=studio.end(), particle=_particle(document, studio.end()))
               if (studio := _STUDIO_AFTER.match(document, m.end)) is not None and not m.particle else m for m in watched]

    starts = [m.start for m in watched]
    article = _ArticleGroups(document, len(title), tuple({squeeze_term(m.name) for m in watched}))
    main_org = _main_org([m for m in watched if not _names_a_product(document, m) and not _channel(document, m)], len(title))
    # Who the report quotes about others' launches: an analyst, a medium, a leaker, a consultancy.
    # "매체 애플 인사이더는": the watched name opening a longer one is not the medium
    sources = frozenset(m.entity for m in watched if _SOURCE_KIND_BEFORE.search(document, max(0, m.start - 30), m.start)
                        and (m.particle or not re.match(r"\s[가-힣A-Za-z]", document[m.end:m.end + 2]))
                        or _MEDIUM_NAME.search(m.name)  # "…공개할 계획이라고 블룸버그통신이 보도했다": a medium
                        or _REPORT_AFTER.match(document, m.end))  # "하나증권은 20일 보고서에서": a broker's report
    first_trigger = lx.LAUNCH_TRIGGERS.search(title)
    headline_product = _model(title, first_trigger.start(), [m.name for m in watched]) if first_trigger else None
    if headline_product is None:  # "갤럭시S24 언팩 장소는…": a headline names its product without a trigger
        named = next((m for m in lx.PRODUCT_FAMILY.finditer(title) if not lx.NOT_PRODUCT_NAME.search(m.group(0))), None)
        headline_product = named.group(0).strip() if named else None
    quoted_names: list[tuple[tuple[str, str], ...]] = []

    def article_names() -> tuple[tuple[str, str], ...]:  # read only when a sentence holds a launch trigger
        if not quoted_names:
            quoted_names.append(_article_names(document, [m.name for m in watched]))
        return quoted_names[0]

    named_owners: list[dict[str, Mention]] = []

    def owners_of_names() -> dict[str, Mention]:  # read only when a launch has no maker in its sentence
        if not named_owners:
            named_owners.append(_owners_of_names(document, article_names(), watched))
        return named_owners[0]

    events: dict[str, Event] = {}
    topic: Mention | None = None  # the last sentence's subject, for "…는 9월 공개한다" that names no one
    previous_orgs: tuple[Mention, ...] = ()  # the organisations of the last sentence naming any, for "양사는"
    recent_index = ""  # the index named last, for a review told over sentences ("코스닥150은 … 바뀐다. A, B가 빠졌다")
    index_counts: dict[str, str] = {}  # how many members each index changes, as the review counts them
    from_title: set[str] = set()  # events found first in the headline
    contest = _Contest()  # who took part and who won, for the losers a report leaves unsaid
    # (losers need a winner, told with a word of _WON_WORDS or an absence anchor: a report with neither, most that only
    # hold a launch word, has no contest to read; bench/match_throughput.py measured the skip)
    contest_possible = bool(absent_at) or tells_winner
    exempted: set[str] = set()  # who the body says a sanction or rule spared ("이번 제재에서 A와 B는 제외됐다")
    counted_out = _CountedOut()  # "은행 7곳을 퇴출시켰다", for the sentence that names the seven
    before = ""  # the sentence before this one
    carried: tuple[tuple[str, str], ...] = ()  # who the last sentences said was out, for "…공모도 고배를 마셨다"
    last_read: tuple[str, list[Mention]] = ("", [])  # the last sentence and its names, for "그러나 결과는 탈락이었다"
    last_subject: Mention | None = None  # the subject of the sentence just before, for one that drops it
    frame: tuple[DateMention, bool] | None = None  # a round-up's period for the launches it lists after
    body_index = -1  # sentences of the body so far: the lead is its first ones
    # A sentence with no watched name and no trigger changes nothing read below unless it tells a winner or an index:
    # where the report holds no word of either, such sentences are passed over (most of a long report).
    passable = not tells_winner and "지수" not in document \
        and not lx.KNOWN_INDICES.search(document)
    for offset, sentence in sentences(document):
        if len(sentence) > MAX_SENTENCE:
            if notes is not None:
                notes.append(f"문장이 너무 김 ({len(sentence):,}자): 읽지 않음")
            before, last_subject = "", None
            continue  # no report writes one: a page's boilerplate run together, or text sent to wear the reader down
        end = offset + len(sentence)
        ends_as_sentence: bool | None = None  # read when needed: past the lead, only for sentences with a trigger
        if offset >= len(title) and body_index < LEAD_SENTENCES:
            ends_as_sentence = _SENTENCE_END.search(sentence) is not None
            if body_index < 0 or ends_as_sentence:
                body_index += 1  # headline lines a page repeats before the lead do not use up its first sentences
        # Mentions in this sentence, found by bisection: linear in the article, not sentences x mentions.
        first, last = bisect_left(starts, offset), bisect_left(starts, end)
        has_absent = bisect_left(absent_at, end) > bisect_left(absent_at, offset)
        has_launch = bisect_left(launch_at, end) > bisect_left(launch_at, offset)
        if passable and first == last and not has_absent and not has_launch:
            before, last_subject = sentence, None
            continue
        sentence_mentions = [m for m in watched[first:last] if m.end <= end]
        local = [Mention(m.entity, m.name, m.start - offset, m.end - offset, m.particle) for m in sentence_mentions]
        if has_absent or has_launch:
            if find_unwatched:
                local = _merge(local, _unwatched_orgs(sentence, local))
            if notes is not None:
                notes.append(f"문장: «{_evidence(sentence)[:160]}»")  # kept only when a decision follows
            found = _launches(sentence, local, published, topic, main_org,
                              headline_product if not local or local[0].entity == (main_org.entity if main_org else None)
                              else None, notes, tuple(watched), lead=body_index < LEAD_SENTENCES,
                              known=article_names, sources=sources, previous_orgs=previous_orgs,
                              previous=document[max(0, offset - 600):offset], frame=frame,
                              owner_of=owners_of_names) if has_launch else []
            if has_launch and not local and not found and _ROUND_UP.search(sentence) and offset >= len(title):
                # (a year only when it is a later one: "내년 … 10여대의 신차 출시를 앞두고")
                periods = [d for d in find_dates(sentence, published) if (d.precision in _FRAME_PRECISIONS
                           or d.precision == "year" and d.date > published.isoformat()[:4])
                           and d.date >= published.isoformat()[:len(d.date)]
                           and not _GLOSSED_PERIOD_BEFORE.search(sentence, 0, d.start)]
                if len(periods) == 1:
                    # ("업계에 따르면 … 신차 출시를 앞두고 있다": the industry's word hedges every launch it frames)
                    frame = (periods[0], bool(lx.HEDGES.search(sentence) or lx.HEARSAY.search(sentence)))
                    if notes is not None:
                        notes.append(f"  신차 묶음의 기간: {periods[0].date} (뒤 문장의 날짜 없는 출시에 씀)")
            if has_absent:
                # "A, B … 등 7개 종목은 제외됐다" after "코스피200은 7종목, 코스닥150은 16종목이 교체된다": the index of that count
                count = _ITEMS_COUNTED.search(sentence)
                index_here = index_counts.get(count.group(1), recent_index) if count else recent_index
                if notes is not None and index_here != recent_index:
                    notes.append(f"  지수: '{count.group(0).strip() if count else ''}' → 그만큼 바뀐다고 한 '{index_here}'")
                article.cursor = offset
                absent = _absences(sentence, local, article, notes, previous_orgs, index_here, carried,
                                   spared=exempted if offset >= len(title) else None, entered_before=last_read,
                                   topic_before=last_subject)
                if not absent and local and counted_out.sentences_left:
                    # the naming sentence may hold an anchor of its own ("대신증권, KB증권 … 등이 대상이다")
                    absent = counted_out.named(sentence, local, notes)
                counted_out.read(sentence, local, article, absent)
                carried = tuple(dict.fromkeys((e.entity, e.entity_name) for e in absent)) or carried
                found = absent + found
            # a headline, or a subhead anywhere that has no sentence ending ("…‘아크 레이더스’ 10월 30일 출시.")
            if ends_as_sentence is None:
                ends_as_sentence = _SENTENCE_END.search(sentence) is not None
            headline = offset < len(title) or not ends_as_sentence
            for event in found:
                if event.key() in from_title and not headline:
                    # a headline drops the hedges its body keeps ("… 10월 30일 출시" over "…를 오는 10월 30일
                    # 출시할 예정이다"): the body's telling of the same launch is the one reported
                    from_title.discard(event.key())
                    events[event.key()] = event
                    continue
                if headline and event.key() not in events:
                    from_title.add(event.key())
                events.setdefault(event.key(), event)
        elif local and counted_out.sentences_left:
            for event in counted_out.named(sentence, local, notes):
                events.setdefault(event.key(), event)
        if contest_possible and (local or (contest.entered or _NAMED_WINNER.search(sentence)) and _WON.search(sentence)):
            # (a winner no rule watches, told after the line-up: "…한빛운용 컨소시엄을 우선협상자로 선정했다", or
            # before it, to be matched to its short name there)
            contest.read(sentence, local, before)
        before = sentence
        last_read = (sentence, local)
        subjects = [m for m in local if m.particle in ("은", "는", "이", "가")]
        # (the topic told with 은/는 first: "하나투어가 운영하는 SM면세점은" is about SM면세점; a 이/가 subject only outside
        # a clause that describes another)
        last_subject = next((m for m in subjects if m.particle in ("은", "는")), None) or next(
            (m for m in subjects if not _ADNOMINAL_VERB.match(sentence, m.end + len(m.particle) + 1)), None) \
            if offset >= len(title) else None
        if subjects:
            topic = subjects[0]
        elif also := [m for m in local if m.particle == "도"]:
            # "폭스바겐도 내년 중 ID.4를 내놓는다. … 8세대 골프도 내년 출시를 준비 중이다": 도 makes it the topic too,
            # and "BMW와 MINI도 …" the first of the pair
            topic = _coordinated(sentence, local, also[0])[0]
        elif local and not (topic is not None and any(m.entity == topic.entity for m in local)):
            topic = None  # "이는 네이버 내 커머스와 …" names its topic again, not as the subject: it stays the topic
        if any(m.entity not in {entity for entity, _ in carried} for m in subjects):
            carried = ()  # another organisation is now what the report speaks of
        if "지수" in sentence or lx.KNOWN_INDICES.search(sentence):
            named_indices = [g for g in group_mentions(sentence) if g.group.named and g.group.family == "index"
                             and not lx.SOURCE_AFTER.match(sentence, g.end)]  # "S&P 다우존스 지수에 따르면": who tells
            recent_index = named_indices[-1].group.name if named_indices else recent_index
            for index_mention in named_indices:
                counted = _INDEX_COUNT.match(sentence, index_mention.end)
                if counted:
                    index_counts.setdefault(counted.group(1), index_mention.group.name)  # "코스피200은 7종목, …"
        if local:
            distinct: dict[str, Mention] = {}
            for mention in local:
                distinct.setdefault(mention.entity, mention)
            previous_orgs = tuple(distinct.values())
    for key in from_title:
        # "A와 B는 제외돼" over a body that says "이번 제재에서 A와 B는 제외됐다": spared, not left out
        if key.startswith("absent_from:") and events[key].entity in exempted and "제외" in events[key].evidence:
            if notes is not None:
                notes.append(f"  불참 '{events[key].entity_name}' 제외: 본문은 제재·규제에서 면제됐다고 함")
            del events[key]
    for event in contest.losers(events.values(), article, notes):
        events.setdefault(event.key(), event)
    for event in _leads_of_consortia(document, mentions, list(events.values()), notes):
        events.setdefault(event.key(), event)
    for key, event in events.items():
        if event.type == "absent_from" and event.group and (whole := article.widened(event.group, event.entity_name)) != event.group:
            if notes is not None:
                notes.append(f"  그룹 '{event.group}' → '{whole}' (기사가 앞에 주인·장소를 붙여 쓴 이름)")
            events[key] = replace(event, group=whole)
    title_postponed = bool(first_trigger and lx.POSTPONED.search(title))
    found_events = _models_carried(list(events.values()))
    # A release before the report of nothing named ("지난해 7월 공개된 AI 안전 서약"; a pledge, a plan)
    # is background, not a launch: the labelled reports hold none.
    year_ago = (published - timedelta(days=365)).isoformat()
    background = [e for e in found_events if e.type == "launch_date" and e.date is not None
                  # ("2014년 국내 서비스를 시작으로 …": a start years before the report is history, whatever its tense)
                  # ("구글페이는 지난 2015년 9월 글로벌 출시했으나 국내에서는 … 지연돼 왔다": a release years old, told before
                  # the delay since, is history too)
                  and (e.status == "released" or e.status == "planned" and e.date[:4] < year_ago[:4]
                       or e.status == "postponed" and e.date[:4] < year_ago[:4] and _RELEASED_BUT.search(e.evidence) is not None)
                  and (e.model is None and e.date < published.isoformat()[: len(e.date)]
                       or e.date < year_ago[: len(e.date)]
                       # "앞서 삼성디스플레이는 지난달 열린 CES에서 …를 공개했다" in a report about another maker: a
                       # rival's earlier release is the story's background, not its news
                       or main_org is not None and e.entity != main_org.entity and e.date < published.isoformat()[:7]
                       # ("우리카드도 지난달 … 출시했다": a rival's release told alongside, 도, as more of the same news)
                       and not e.evidence.startswith(f"{e.entity_name}도 ")
                       # "앞서 삼성디스플레이는 지난달 열린 'CES 2023'에서 …를 공개했다": told as what came before
                       or _EARLIER_OPENING.match(e.evidence) is not None and e.date < published.isoformat()[:7])
                  # "…출시를 연기한 바 있다": what was once done, told as experience, whatever became of it
                  or e.type == "launch_date" and _DONE_BEFORE.search(e.evidence) is not None]
    if notes is not None:
        notes += [f"  출시 '{e.evidence[:40]}…' 제외: 지난 출시 (이름 없음·1년 넘음·지난달 이전 다른 회사의 출시·'…한 바 있다': 배경)"
                  for e in background]
    found_events = [e for e in found_events if e not in background]
    if any(e.type == "launch_date" and not e.model for e in found_events):
        # "게임의 사전 예약은 … 4월 중 출시될 예정이다": the product the report keeps quoting
        top = _most_quoted(document, [m.name for m in watched])
        if top is not None:
            found_events = [replace(e, model=top) if e.type == "launch_date" and not e.model else e for e in found_events]
    # A place is no maker: "대만, 홍콩이 좋은 성과를 보여 오는 10일 출시하는 한국에서" tells where a game launches
    # (nor is a union of states or a government: "유럽 연합(EU)이 2035년부터 엔진차 판매 금지를 목표로")
    # (nor the home country, which the place words leave out for the names it opens: "한국 93번째 국가로 서비스 시작")
    unmade = [e for e in found_events if e.type == "launch_date" and (_COUNTRY_OR_REGION.fullmatch(e.entity_name)
                                                                     or _UNION_OR_STATE.fullmatch(e.entity_name)
                                                                     or e.entity_name in ("한국", "대한민국"))]
    if notes is not None:
        notes += [f"  출시 '{e.evidence[:40]}…' 제외: 나라·지역은 만든 곳이 아님" for e in unmade]
    found_events = [e for e in found_events if e not in unmade]
    found_events = _reveals_before_launch(found_events)
    return _postponements_carried(found_events, main_org.entity if title_postponed and main_org else None)


def _leads_of_consortia(document: str, mentions: list[tuple[str, int, int]], found: list[Event],
                        notes: list[str] | None) -> list[Event]:
    """A watched consortium named after a watched company ('한국투자증권 컨소시엄', written '한국투자증권컨소시엄'): what
    the consortium is out of, its lead's bid is out of too. Its watchers want it however the report writes the bid."""
    out_entities = {e.entity for e in found if e.type == "absent_from"}
    leads: list[Event] = []
    for event in (e for e in found if e.type == "absent_from"):
        spans = [(s, e) for entity, s, e in mentions if entity == event.entity and document[s:e].rstrip().endswith("컨소시엄")]
        for start, end in spans:
            lead = next((entity for entity, s, e in mentions if s == start and e < end and entity != event.entity
                         and re.fullmatch(r"\s*(?:\([^()]{0,20}\))?\s*컨소시엄", document[e:end])), None)
            if lead is not None and lead not in out_entities:
                name = document[start:end]
                name = re.sub(r"\s*(?:\([^()]{0,20}\))?\s*컨소시엄$", "", name)
                if notes is not None:
                    notes.append(f"  컨소시엄 '{document[start:end]}'이 빠짐 → 이끈 회사 {name}도 같은 그룹에서 빠짐")
                leads.append(replace(event, entity=lead, entity_name=name))
                out_entities.add(lead)
                break
    return leads


# A plan told in the past, ending the sentence ("…를 공개할 계획이었다."): at a show, an entry planned then.
_PLAN_THAT_WAS = re.compile(r"[가-힣]{0,3}(?:할|될|하는)\s*(?:계획|예정)이었다?\s*[.”\"']?\s*$")


def _reveals_before_launch(events: list[Event]) -> list[Event]:
    """A product shown ('…를 공개했다') whose launch the same report dates later ('내년 상반기 출시') was revealed, not
    released: the dated launch is the news ("넷마블 신작 ‘킹스로드’ 공개···내년 상반기 출시")."""
    later = {(e.entity, e.model): e.date for e in events if e.type == "launch_date" and e.model and e.status == "planned"}
    return [e for e in events if not (
        e.type == "launch_date" and e.status == "released" and e.model and (e.entity, e.model) in later
        and (later[(e.entity, e.model)] or "") > (e.date or "") and re.search(r"공개|선보|선봬|베일", e.evidence)
        and not re.search(r"출시|발매|판매|서비스", e.evidence))]


# ("애플의 '아이폰' 사용자를 따돌리고": its customers are left out, not the company)
_MEMBERS_OF = re.compile(r"\s*(?:여러|일부|주요|대형|모든|몇몇|\d+\s*개|\d+\s*곳)?\s*(?:['‘\"“]?[가-힣A-Za-z0-9]+['’\"”]?\s+)?"
                         r"(?:은행|기업|업체|회사|종목|계열사|자회사|선수|팀|구단|사용자|이용자|고객|소비자|가입자)(?:들)?\s*"
                         r"(?:\d+\s*(?:곳|개|개사))?(?:을|를)\s")
_REASON_AFTER = re.compile(r"\s*(?:등\s*)?(?:의\s*)?(?:사유로|사유로는|이유로|때문에|(?:으로|로)\s*인해)|"
                           r"\s*(?:이|가)\s*(?:있어|있어서|없어|없어서)\s")  # "다른 결제 서비스가 있어 빠졌다": why, not what
_EARLIER_OPENING = re.compile(r"\s*(?:앞서|이에\s*앞서|지난번에)\s*,?\s")
_DONE_BEFORE = re.compile(r"(?:[한인된운친낸준]|했던)\s*바\s*(?:가\s*)?있(?:다|었다|으며|고|는데)")
_RELEASED_BUT = re.compile(r"(?:출시|선보|공개)(?:했|됐|였)(?:으나|지만)")  # "…출시했으나 국내에서는 지연돼 왔다"
_COUNTRY_OR_REGION = re.compile(lx.PLACE)  # a place that may stand before a name to say whose it is
_UNION_OR_STATE = re.compile(r"유럽\s?연합|유럽연합|EU|유엔|UN|(?:[가-힣]{1,6}\s?)?정부|(?:[가-힣]{1,6}\s?)?당국")
_SENTENCE_END = re.compile(r"(?:다|요|죠)[.!?\"'”’)]*\s*$")
_INDEX_COUNT = re.compile(r"\s*(?:은|는|에서는|에선)?\s*(?:총\s*)?(\d+)\s*(?:개\s*)?종목")
_ITEMS_COUNTED = re.compile(r"(\d+)\s*(?:개\s*)?종목(?:은|이|도|을|를)?\s")


# A contest told as who entered and who won ("주금고에는 A·B·C가 참여했다 … 주금고에 A 선정"): those who
# entered and did not win lost, though no sentence says so.
# The contest itself, as the noun a bidder steps into ("인수전에 나섰다", "입찰에 나선 A와 B").
_CONTEST_NOUN = r"(?:재도전|도전|유치전|인수전|수주전|본입찰|예비입찰|경쟁입찰|입찰|공모|경쟁|인수|유치|수주)"
# ("최종 후보에는 A, B, C가 올랐다": the shortlist the one chosen later came from)
_CONTEST_BEFORE_NAMES = re.compile(rf"(?:{_CONTEST_NOUN}|(?:최종\s*)?후보)(?:에는|에도|엔)\s")
_ENTERED = re.compile(r"(?:참여|참가|신청|응찰|입찰|도전|경쟁|경합|지원|접수)(?:했|하였|한다|해|하며|하면서|하고|해왔|했으며|했고|했습니다|했지만|했으나|했는데)|"
                      # "본입찰에는 A 외에 B가 참여한 것으로 알려졌다": an entry told on others' word is an entry told
                      r"(?:참여|참가|응찰|입찰|도전|경쟁|경합)한\s*것으로|"
                      r"(?:사업\s*)?(?:신청서|계획서|확약서|입찰서|응찰서)를\s*(?:접수|냈|제출)|(?P<weighed>(?:을|를)\s*놓고\s*(?:평가|심사|저울질|검토|비교))|"
                      r"제안서를\s*(?:접수|제출|냈)|출사표를\s*(?:던졌|냈)|뛰어들었|뛰어든(?=\s*가운데)|(?:경쟁|경합)을\s*(?:벌였|벌인|벌이|벌여)|"
                      r"도전장을\s*(?:던졌|냈|내밀었|던진|낸|내민)|출사표를\s*(?:던진|낸)|의향서(?:\(LOI\))?를\s*(?:제출|냈)|겨뤘|맞붙었|맞붙어|"
                      # "A는 B, C와 경쟁한 끝에 선정됐다", "A 컨소시엄이 B 컨소시엄과의 경쟁에서 승리해": the subject fought
                      # the ones named with 와 to the end
                      r"(?:경쟁|경합|접전|대결)(?:한|을\s*벌인|을\s*펼친)?\s*끝에|(?:경쟁|경합|접전|대결)에서\s*"
                      r"(?:[\d.]+\s*(?:점|표)\s*차(?:이)?로\s*|근소하게\s*|간발의\s*차(?:이)?로\s*)?(?:승리|이겨|이긴|이기|앞섰|앞서\s)|"
                      # "심사에는 A와 B, C가 최종 후보로 올랐다": the shortlist the one chosen later came from
                      r"최종\s*후보(?:로|에)\s*(?:올랐|올라|이름을\s*올렸)|"
                      r"(?:\d|양|삼|사)\s*파전(?:을|이)?\s*(?:벌였|벌인|벌여|펼쳤|펼친|펼쳐|치렀|벌어졌)|"
                      # "A와 B가 각축을 벌인 …", "A·B·C 3파전 끝에 A 선정" (a headline), "A와 B의 맞대결로 관심을 모았다"
                      r"각축(?:전)?을\s*(?:벌였|벌인|벌여|펼쳤|펼친|펼쳐)|(?:\d|양|삼|사)\s*파전\s*끝에|"
                      r"맞대결(?:을|이)?\s*(?:벌였|벌인|벌여|펼쳤|펼친|펼쳐)|"
                      # "A과 B의 2파전 양상이 이어져 왔으며", "A와 B의 2파전으로 치러진 …", "A와 B의 맞대결로": the two named
                      # before it fought it out
                      r"(?P<duel>의\s*(?:(?:\d|양|삼|사)\s*파전|맞대결)\s*(?:(?:양상|구도)?(?:이|을|으로|로)?\s*"
                      r"(?:이어|전개|펼쳐|벌어|진행|치러|관심|주목)|(?:양상|구도)?(?:이었|였))"  # ("…의 2파전이었다")
                      # "A와 B 간의 경쟁으로 치열한 경쟁이 예상됐다": the two named before 간 fought it out
                      # ("울진군과 예천군간의 치열한 유치경쟁으로": glued, what was fought for and how hard before it)
                      r"|(?<=[가-힣A-Za-z0-9)])\s*간(?:의)?\s*(?:치열한\s+|뜨거운\s+)?(?:유치\s*)?(?:경쟁|대결|맞대결|접전|승부|2파전|양자\s*대결))|"
                      r"경쟁\s*구도를\s*(?:형성|이뤘|이룬|만들)|"
                      # "A와 B 등이 인수전에 나섰다": the contest's own noun before 나서다
                      rf"{_CONTEST_NOUN}에\s*(?:다시\s*|함께\s*|나란히\s*|잇따라\s*)?(?:나섰|나서며|나서면서|나섰으나|나섰지만)|"
                      # "인수전에는 A와 B가 나섰다": with the names between, only where the contest is told before them
                      r"(?P<stepped>(?<=\s)(?:나섰|올랐)(?=다|고|으며|지만|으나|는데))|"
                      r"(?:경쟁|입찰|본입찰|인수전|수주전)에\s*(?:합류|참전)(?:했|한|해|하며|하고)|"
                      # "입찰에 A와 B가 참여, A가 선정됐다": the bare noun before a comma; "제안서는 A와 B 2곳만 제출했다"
                      r"(?:참여|참가|응찰|입찰|지원)(?=\s*,\s)|(?<=제안서는\s)(?:[^\s,.]+\s+){1,6}?[^\s,.]*제출했|"
                      # "A, B 등 4개 자산운용사가 1차 자격심사를 통과했다": a stage passed, a line-up for the final choice
                      r"(?:심사|평가)(?:\([^()]{0,10}\))?(?:를|을)?\s*(?:모두\s*)?통과(?:했|하였|해|하며|하고)|"
                      # "A, B, C 등 대형 증권사 간 '4파전' 속에서": the names before 간 fought it out
                      r"(?P<among>(?<=\s)(?:간|사이)(?:의)?\s*['‘]?(?:\d|양|삼|사)\s*파전)")
# A word of entering a contest (not of choosing: _CONTEST_WORDS), for the listed line-up.
_ENTRY_WORD = re.compile(r"참여|참가|지원|신청|응찰|응모|입찰|도전|경쟁|경합|후보|대상|파전|각축|통과|제안서")
# Any word of a contest, for a loss told by a verb that is no loss elsewhere ("모두 떨어졌다": prices fall too).
_CONTEST_OR_ENTRY_WORD = re.compile(rf"{_CONTEST_NOUN}|{_ENTRY_WORD.pattern}|심사|평가|선정|인가|허가")
# A list that made the cut: "우선협상대상자에 A, B, C가 이름을 올렸다".
_MADE_THE_LIST = re.compile(r"(?:\s*\([^()]{0,20}\))?\s*(?:등\s*)?(?:\d+\s*(?:곳|개사|개\s*업체|개\s*컨소시엄))?(?:이|가|은|는|도)?\s*"
                            # (not across a contest told between: "A·B·C 3파전 끝에 A 선정" chose one of them)
                            r"(?:(?!(?:\d|양|삼|사)\s*파전|끝에|결과)[^\s,.]+\s+){0,3}?(?:이름을\s*올|올랐|포함(?:됐|되었|돼)|들었|뽑혔|낙점|합격|선정)")
# The count a report gives of those who stood, after their list ("A, B, C 등 7개사가", "A와 B 2곳만", "… 등 대형 증권사
# 간 '4파전'") or before it in brackets ("운용사 3곳(A·B·C)").
# ("경복궁면세점과 시티플러스 두 후보가 나섰다": the native count with the noun for who stood)
_STOOD_COUNT = r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*여?\s*(?:곳|개사|개\s*(?:업체|기업|회사|컨소시엄|[가-힣]{1,4}사)|파전|개\s*팀|" \
               r"(?:개\s*)?후보|(?<![\d\s])\s*(?:업체|기업|회사|컨소시엄))"
# The count after a line-up, the consortium's word and 의 allowed between ("A B C 컨소시엄의 3파전").
_COUNT_OF_LINE_UP = rf"(?:\s*컨소시엄)?(?:의|간의?)?\s*{_STOOD_COUNT}"
# (words between only after 등: "A와 B는 각각 3곳의 …" counts something else)
_COUNT_AFTER_LIST = re.compile(rf"\s*(?:\([^()]{{0,30}}\))?\s*(?:등\s*(?:[가-힣A-Za-z]{{1,8}}\s+){{0,2}}?(?:간\s*)?['‘]?|(?:의|간의?)\s*)?"
                               rf"{_STOOD_COUNT}")  # ("A, B, C 컨소시엄의 3파전": the count of the line-up's)
_COUNT_BEFORE_LIST = re.compile(rf"{_STOOD_COUNT}\s*\(\s*$")
# Applications sent from the places listed before '에서' ("…에서 신청서를 냈다", "…에서 응모했다").
_APPLIED_FROM = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}?(?:신청서|제안서|사업계획서|응모|신청|지원서|유치\s*신청)(?:를|을)?\s*"
                           r"(?:냈|제출|접수|했|하였|해)")
_SCHEDULED_OUT = re.compile(r"될\s*예정(?:이다|이며|이고|이어서|이라고|이라는|이었다)?(?=[\s.,]|$)")
# A name introduced as a rival ("경쟁자였던 A", "경쟁사인 A, B"): in a contest with a winner, one who lost.
_RIVAL_NOUN = re.compile(r"(?:경쟁자|경쟁사|경쟁\s*업체|경쟁\s*후보|라이벌)(?:였던|이었던|이던|인|로\s*꼽히던|로\s*꼽힌)\s+")
_BRACKET_CLOSES = re.compile(r"\s*\)")
# Names that bid together: "…가 컨소시엄을 꾸려 참여했다" (not "각각 컨소시엄을 꾸려": rivals, each with its own).
_TEAMED_UP = re.compile(r"(?:(?!각각|각자|저마다|모두|따로|별도)[^,.]){0,25}?(?:컨소시엄|연합체|공동\s*수급체)(?:을|를)\s*"
                        r"(?:꾸려|꾸리|구성|이뤄|이루어|결성)")
_LIST_GOES_ON = re.compile(r"(?:\s*(?:,|·|및)\s*[^\s,·.]+)+")  # names no rule watches listed on after the last watched
_ROLE_WORD = re.compile(r"[가-힣A-Za-z0-9)'’\"”](?:이|가|은|는|을|를)\s")  # a word told as a clause's subject or object
_CONTEST_BOUNDARY = re.compile(r"(?:결과|끝에)\s")
_AMONG_TAIL = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:등\s+)?(?:[^\s,.]+\s+){0,2}")  # "… 등 대형 증권사 간 '4파전'"
_BESIDES = re.compile(r"\s*(?:(?:이)?외에도|(?:이)?외에|뿐\s*아니라|뿐만\s*아니라|와\s*함께|과\s*함께|(?:을|를)\s*비롯(?:해|하여)\s*,?)\s")
# "본입찰에 참여한 곳은 A와 B 2곳이다": the entrants as a copula's list.
_ENTERED_ADNOMINAL = re.compile(r"(?:참여|참가|신청|응찰|응모|입찰|도전|통과|지원)(?:한|했던)\s|"  # ("심사를 통과한 A·B를 대상으로")
                                rf"{_CONTEST_NOUN}에\s*(?:함께\s*|나란히\s*)?(?:나선|나섰던)\s|"  # ("인수전에 나선 A, B 등은")
                                r"(?:제안서|신청서|도전장|출사표|의향서)를\s*(?:낸|냈던|제출한|제출했던|던진)\s|"
                                r"(?P<fought>(?:(?:경쟁|경합|각축)(?:을|를)?\s*벌(?:인|였던)|맞붙(?:은|었던)|겨룬|겨뤘던|"
                                r"(?<=[와과]\s)(?:경쟁|경합)(?:한|했던)|"  # "A와 경쟁한 B, C 등은": the rivals of A
                                # "경쟁후보였던 B와 가격 차이가 없었지만", "경쟁 업체였던 B보다 높은 점수를 받은 A"
                                r"경쟁\s*(?:후보|업체|상대)(?:였던|이었던))\s)")
_CONSORTIUM_WITH = re.compile(r"\s*컨소시엄(?:와|과)(?:의)?\s")  # "B 컨소시엄과의 경쟁에서": a rival's bid
# The winner as a copula's complement: "최종 승자는 A였다", "사업권의 주인공은 A 컨소시엄이었다".
_WINNER_IS = re.compile(r"(?:승자|승리자|주인공|낙찰자|새\s*주인)(?:는|은)\s*(?:결국\s*)?['‘\"“]?(?:$|(?=[가-힣A-Za-z]))")
# "1곳만 예비인가를 받았다. A가 그 주인공이다": the winner told by a copula after it
_IS_THE_WINNER = re.compile(r"\s*(?:컨소시엄)?(?:이|가)\s+(?:바로\s+)?(?:그\s+)?(?:주인공|승자)(?:이다|였다|이었다|이\s*됐다)")
_IS_AFTER = re.compile(r"['’\"”]?\s*(?:\([^()\n]{0,20}\)\s*)?(?:컨소시엄)?(?:(?:였|이었)(?:다|고|으며)|(?:이)?다(?=\s*(?:$|[.,])))")
# Between the subjects of an adnominal clause of entering and its verb: a count, or what was entered ("A, B, C 등 3곳이
# '한빛사업' 입찰에 참여한 …").
_ENTRANTS_BEFORE = re.compile(r"\s*(?:(?:[^\s,.]+\s+){0,4}?[^\s,.]*(?:에|에는)\s+)?")
# What such a clause describes, the contest the sentence is set in: "… 참여한 '한빛사업' 입찰에서", "… 참여한 공모에는".
_CONTEST_AFTER = re.compile(r"(?:['‘\"“][^'’\"”]{1,40}['’\"”]\s*)?(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:입찰|공모|경쟁|심사|평가|선정|"
                            r"수주전|인수전|사업|본입찰|재입찰)(?:에서|에는)\s")
_OWNER_OF_RIVAL = re.compile(r"의\s+(?:[^\s,]+\s+){0,2}[^\s,]+?(?:와|과)\s")  # "BGF리테일의 편의점 CU와"


def _maker_then_product(then: str, longest: int = 20) -> re.Pattern[str]:
    """A product told after its maker's 의, one word (quoted or not), then `then`: rivals named by
    what they offer ("A의 C-390과 미국 B의 C-130J, C의 A400M이") read one way wherever they are listed."""
    return re.compile(rf"의\s+['‘\"“]?[^\s,'’\"”]{{1,{longest}}}['’\"”]?\s*(?:{then})")


_PRODUCT_IS_SUBJECT = _maker_then_product(r"(?:이|가|은|는)\s")
_PRODUCT_CHOSEN = _maker_then_product(r"(?:으로|로)\s*(?:최종\s*)?", longest=25)
_PRODUCT_PICKED = _maker_then_product(r"(?:을|를)\s")  # "A의 제안기종을 … 기종으로 결정했다": A's offer was picked


def _owners_listed(sentence: str, mentions: list[Mention], last: Mention) -> list[Mention]:
    group = [last]
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        gap = sentence[mention.end : group[0].start]
        if not mention.particle and _COUNTRY_OR_REGION.fullmatch(mention.name) and not gap.strip():
            continue  # "미국 록히드마틴의": the place says whose the next name is
        if mention.particle == "의" and _PRODUCT_BETWEEN.fullmatch(re.sub(rf"(?:{lx.PLACE}|유럽)(?:의)?\s+$", "", gap)):
            group.insert(0, mention)
        else:
            break
    return group


# (after any adnominal that ends in ㄴ: "참여한 가운데", "도전장을 낸 가운데")
_ENDS_IN_N = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 4)  # every syllable with the final ㄴ
_WHILE = re.compile(rf"(?<=[{_ENDS_IN_N}])\s*가운데\s")
_AMONG_RIVALS = re.compile(r"\s(?:중|가운데)(?:에서)?\s")
# Where taking part is all there is: a prize given at a show makes no loser of the other exhibitors.
_TAKING_PART = frozenset({"show", "council", "alliance", "consortium", "pact", "index", "platform"})
_RUNNER_UP = re.compile(r"(?:이|가|은|는)?\s*[2-9]\s*순위")
# "B는 2위에 그쳤다": a place told with a word of falling short, a rival beaten whoever the report says won
# "이어 B 컨소시엄(915점)과 C 컨소시엄(904점)이 뒤를 이었다": those who followed the winner in the scoring stood and lost
_FOLLOWED = re.compile(r"뒤를\s*(?:이었|이어|따랐)")
_JUDGED = re.compile(r"(?:심사|평가|투표|표결)\s*(?:결과|에서)")
_FELL_SHORT = re.compile(r"(?:\s*컨소시엄)?(?:이|가|은|는)?\s*[2-9](?:\s*[,·~]\s*[2-9])*\s*위(?:에|로)\s*(?:그쳤|그친|머물렀|머문|밀렸|밀린|만족해야)"
                         # "심사 결과 A가 1위, B가 2위를 차지해 A가 …로 선정됐다": a lower place in the scoring (only where the
                         # sentence tells a judging: "점유율 2위를 차지했다" is a market's)
                         r"|(?P<placed>(?:\s*컨소시엄)?(?:이|가|은|는)\s*[2-9]\s*위(?:를|을)\s*(?:차지|기록)(?:했|해|하며|하는\s*데))")
# A winner named in a clause before 선정 but not watched: a name ending in a firm's kind or a consortium, as object or subject.
# The subject of an active verb of choosing with an object of its own ("한수원은 … 이들 7곳을 … 선정했다"): who chose,
# not who was chosen (an object beaten, "B를 제치고", is no such object).
_CHOSE = re.compile(r"(?:선정|낙점|지정|선택|택)했")  # (not "수주했", "따냈": the subject won those)
_CHOOSER = re.compile(r"(?:은|는|이|가)\s(?:(?!제치|누르|꺾|따돌)[^.?!\n])*?\S(?:을|를)\s(?!(?:제치|누르|꺾|따돌|밀어|물리))[^.?!\n]*")
# (not the subject of a clause that describes what follows: "발전소 건설이 가능한 예비후보지로")
_NAMED_WINNER = re.compile(r"(?P<name>[가-힣A-Za-z0-9\-·]{2,}\s*(?:컨소시엄|자산운용사?|운용사?|건설|증권사?|은행|병원|대학교|대학|시|군|도))(?:을|를|이|가)\s"
                           r"(?![가-힣]+(?:한|된|는|인|할|될)\s)")
_RANK_BEFORE = re.compile(r"(?<!\d)([1-9])\s*순위\s*(?:㈜|\(주\))?\s*$")  # "△2순위 ㈜한진": a rank told before the name
_VOTES = re.compile(r"(?:\s*\([^()\n]{0,20}\))?\s*(?:은|는|이|가)?\s*\d[\d,]*\s*표")  # "A 1167표", "롯데건설은 342표를 받았다"
# "418표를 얻은 기호 1번 두산건설과": the count told before the name, in an adnominal clause
_GIVEN_ROLE = re.compile(r"(?:을|를)\s*[^\s,]+(?:으로|로)[\s,]")
_VOTES_BEFORE = re.compile(r"\d[\d,]*\s*표를\s*(?:얻은|받은|획득한)\s+(?:기호\s*\d+\s*번\s+)?$")
# The roles a contest's winner becomes ("우선협상대상자가 됐다", "새 주인이 됐다"), each a lookbehind of its own width.
_BECAME_ROLES = ("대상자가", "협상자가", "사업자가", "운용사가", "주관사가", "시공사가", "운영사가", "운영자가", "수탁자가",
                 "수탁사가", "낙찰자가", "공급사가", "공급자가", "주인이", "주인공이", "승자가")
_BECAME_ROLE = "(?:" + "|".join(f"(?<={role})" for role in _BECAME_ROLES) + ")"
_WON = re.compile(r"(?:선정|낙점|지정|확정)(?:됐|되었|했|돼|된다|되면서|되며|됨|(?=\s*(?:$|…|\.\.\.|,)))|(?<![2-9]위)(?:을|를)\s*(?:따냈|차지했|거머쥐었|품었|획득했|(?:최종\s*)?(?:선택했|택했))|(?<=로\s)(?:최종\s*)?정했|"
                  r"우선협상(?:대상)?자로\s*(?:선정|낙점|결정|지정)|(?:수주|유치|수성)(?:했|하며|하면서|에\s*성공|한\s*것으로)|"
                  r"낙찰(?:됐|되었|돼|받았|받아|을\s*받)|낙점(?:을\s*)?받(?:았|아)|"  # "A, B, C가 입찰에 참여했고 A가 낙찰됐다", "A가 최종 낙점을 받았다"
                  # "A를 사업자로 뽑았다", "A가 우선협상대상자로 뽑혔다"; "사업권은 A가 가져갔다"; "입찰은 … A에게 돌아갔다"
                  r"(?<=로\s)(?:최종\s+)?뽑(?:았|혔|혀|아|힌)|(?<=[이가]\s)(?:최종\s*)?뽑혔|(?P<took>(?<=[이가]\s))(?:가져갔|따냈|거머쥐었|품었)|(?P<went>(?<=에게\s)|(?<=에\s))돌아갔|"
                  r"(?<=[^기]로)\s*(?:최종\s*)?결정(?:됐|되었|돼|되면서|되며|했)|"  # "2차 사업이 A의 'X'로 결정됐다" (not "…하기로 결정")
                  # "대상은 A의 'X'가 수상했다", "A가 대상의 영예를 안았다": an award's winner
                  r"(?<=[이가]\s)(?:수상했|(?:[^\s,.]+\s+)?영예를\s*안았)|"
                  # the top score is the win: "A가 최고점(1등)을 받았다", "평가한 결과 A에 가장 높은 점수를 줬다"
                  r"(?:(?:가장\s*)?높은\s*점수|최고\s*점수|최고점)(?:\([^()]{0,10}\))?\s*(?:을|를)\s*(?:받았|받아|얻었|(?P<gave>줬|주었|부여했))|"
                  r"(?P<hand>(?<=의)\s*손을\s*들(?:었|어\s*줬|어\s*주었))|"  # "서울시는 … 한화 컨소시엄의 손을 들었다": it won
                  # "'한빛사업' 수주전에서 A가 웃었다": the contest's idiom for its winner
                  r"(?<=[이가]\s)(?:최종\s*|결국\s*|끝내\s*)?웃었|"
                  # "'한빛은행' 인수전에서 A가 승리했다": the subject won the contest the sentence is set in
                  r"(?<=[이가]\s)(?:최종\s*|결국\s*|끝내\s*)?승리(?:했|하며|하면서|를\s*거뒀)|"
                  # "A는 … 우선협상대상자 지위를 얻었다": the standing the winner gets
                  r"(?:협상\s*(?:대상\s*)?자|사업자|운영자|운영사)\s*지위(?:를|을)\s*(?:얻었|얻어|획득했|확보했|따냈)|"
                  # "결과는 A 컨소시엄의 승리였다", "A의 승리로 끝났다": whose victory it was
                  r"(?P<victory>(?<=의)\s*(?:승리|완승|낙승|판정승)(?:였|이었|로\s*(?:끝났|돌아갔|마무리)))|"
                  # "금융위는 A에만 예비인가를 내줬다": the one a licence or right was granted to won it
                  r"(?:인가|허가|면허|사업권|운영권|자격|지위|우선\s*협상권|협상권)(?:을|를)\s*(?P<granted>내줬|내주었|내줘|부여했|줬|주었)|"
                  # "신청한 A, B 가운데 A만 예비인가를 받았다": the one granted it, told as the subject
                  # (not a permit told as history: "2020년 공유수면 사용 허가를 받아 …")
                  r"(?:인가|면허)(?:을|를)\s*(?:최종\s*)?(?:받았|받게\s*됐|획득했|따냈)|"
                  # a sale's winner: "한빛전자는 A에 매각된다", "A와 우선협상을 진행한다", "A가 한빛전자를 인수하게 됐다"
                  r"(?P<sold>(?<=에\s)|(?<=에게\s))(?:최종\s*)?(?:매각(?:된다|됐|되었|돼|되기로)|팔렸|넘어갔)|"
                  r"(?P<talks>(?<=[와과]\s))(?:단독\s*)?(?:우선\s*협상(?:을|에)\s*(?:진행|돌입|착수|들어)|"
                  r"(?:최종\s*|본\s*)?계약(?:을|를)?\s*(?:체결했|맺었))|"  # "발주처는 A와 계약을 체결했다": the one signed won
                  r"(?<=[을를]\s)(?:최종\s*)?인수(?:하게\s*됐|하게\s*되었|하기로\s*(?:했|결정했))|"
                  # "A 컨소시엄이 … 사업의 우선협상대상자가 됐다": the role the winner became, told with 이/가
                  rf"(?P<became>{_BECAME_ROLE}\s*(?:최종\s*)?(?:됐|되었|돼|된다|되면서|되며))")
# A word every `_WON` match holds, each within one word of the text (no space inside): a report with none of them tells
# no winner in any sentence. Found in the same automaton pass as the trigger anchors.
_WON_WORDS = _BECAME_ROLES + (
    "선정", "낙점", "지정", "확정", "따냈", "차지했", "거머쥐었", "품었", "우선협상", "수주", "유치", "수성", "결정", "낙찰", "뽑",
    "가져갔", "돌아갔", "승자", "승리자", "주인공", "낙찰자", "점수", "최고점", "손을", "획득했", "웃었", "택했", "정했", "승리였",
    "승리이었", "승리로", "승리했", "승리하", "승리를", "지위를", "완승", "낙승", "판정승", "내줬", "내주었", "내줘", "부여했", "줬", "주었", "매각되", "매각된", "매각됐", "매각돼", "팔렸",
    "넘어갔", "협상을", "협상에", "인수하게", "인수하기로", "인가를", "면허를", "체결했", "맺었", "수상했", "영예를")


# A subject inside an adnominal clause that describes the sentence's own subject: "A가 매각한 채널 모두 …", "A가 인수한
# B는 …" (what follows is said of 채널, of B).
_RELATIVE_CLAUSE_SUBJECT = re.compile(r"(?:\s*\([^()\n]{0,20}\))?\s*(?:이|가)\s+(?:[^\s,]+(?<![이가은는])\s+){0,3}?[^\s,]+(?:한|된|던)\s+"
                                      r"['‘\"“]?[^\s,.'’\"”]+?(?:\([^()\n]{0,20}\))?['’\"”]?(?:\s*모두|\s*역시|은|는|이|가|도)\s")
_RENEWAL = re.compile(r"재계약|연장")
_CONTRACT_WITH = re.compile(r"['‘\"“]?([가-힣A-Za-z0-9&]{2,20})['’\"”]?\s*(?:측)?(?:과|와)(?:의)?\s+(?:[^\s,.]+\s+){0,2}?$")
_CONTRACT_COMPOUND = re.compile(r"['‘\"“]?([가-힣A-Za-z0-9]{0,12}?(?:상표|판권|라이선스|유통|판매|공급|사용|후원|스폰서)\s?"
                                r"(?:사용)?\s?계약)")


def _contract_not_renewed(sentence: str, trigger: int) -> tuple[str, str] | None:
    """The contract a renewal refused is about: '…측과 연장 계약' named after the other side, else a contract the
    sentence names by its kind ('상표계약')."""
    with_side = _CONTRACT_WITH.search(sentence, 0, max(trigger, 0))
    if with_side and with_side.group(1) not in lx.NOT_NAME_WORDS:
        return f"{with_side.group(1)} 계약", "재계약하지 않은 계약의 상대"
    kind = _CONTRACT_COMPOUND.search(sentence)
    return (kind.group(1), "재계약하지 않은 계약") if kind else None


# A loss told after the actor took part ("입찰에 참여했으나 재계약에 성공하지 못했다"): the taking part is conceded.
_LOST_WORD = re.compile(r"재계약|탈락|고배|실패|성공하지|낙방|쓴맛|쓴잔")
_ENTERED_BUT = re.compile(r"(?:참여|참가|응찰|입찰|도전|지원|신청)(?:했|하였)(?:으나|지만|는데)\s")
# The runner-up of a tender: '차순위 협상대상자', '차순위협상자'; said of the name right before it ("B 컨소시엄은 차순위
# 협상대상자가 됐다") or right after it ("차순위협상자로 'B 컨소시엄'").
_RUNNER_UP_ROLE = re.compile(r"차순위\s*(?:우선\s*)?협상\s*(?:대상\s*)?자")
_RUNNER_UP_AFTER = re.compile(r"(?:\s*㈜)?['’\"”]?(?:\s*컨소시엄)?['’\"”]?\s*(?:은|는|이|가|도|을|를)?\s*(?:최종\s*)?$")
# A rank below the first told before the bid it names ("2순위는 B 컨소시엄"), in a report of a negotiation ranking;
# where the next rank or the clause begins, that bid's names end.
_LOWER_RANK = re.compile(r"(?<![\d제])[2-9]\s*순위(?:는|가|로|에는)?\s")
_RANK_OR_STOP = re.compile(r"[1-9]\s*순위|[,.]|\s순(?:이|으로)")
_NEGOTIATED = re.compile(r"협상\s*(?:적격자|대상자|대상)|우선협상")
# Several chosen, ranked for the order they pick in ("우선협상대상자 3곳을 선정했다 … 1순위는 A, 2순위는 B"): no loser.
_SEVERAL_CHOSEN = re.compile(r"(?:[2-9]|두|세|네)\s*(?:곳|개사|개\s*(?:은행|기관|컨소시엄|업체))(?:을|를)?\s*(?:\S+\s+){0,2}?선정|이름을\s*올렸")
# A list told in the order the jury scored it: "A 컨소시엄이 892.99, B 컨소시엄이 879.75 … 순이었다".
_SCORE_AFTER = re.compile(r"(?:\s*컨소시엄)?(?:이|가|은|는)\s*(?:총\s*|종합\s*|합산\s*)?\d+(?:\.\d+)?\s*점(?:을|를|으로|,|\s)")
_SCORED_ORDER = re.compile(r"\d[\d,.]*\s*(?:점)?\s*(?:순이었다|순이다|순으로\s)")


# "러시아 은행 7곳을 SWIFT에서 퇴출시켰다. … 제재 대상은 A·B·C … 등 7곳이다": those left out counted but not
# named, and a later sentence that names as many.
# What a number counts, any counter noun: 7곳, 4개사, 52개 대학, 7종목, 3개교 (a closed list missed '7종목이다');
# not a time, a sum or a share.
_COUNTER = r"(?:개\s*)?(?!(?:년|월|일|시|분|억|조|만|원|명|차|배)(?![가-힣]))[가-힣]{1,4}?"
_COUNTED_OUT = re.compile(rf"(\d+)\s*(?:{_COUNTER}|개)\s*(?:을|를|이|가|은|는|도)\s")
_COUNT_OPENS = re.compile(rf"\s*(?:이들\s*)?(\d+)\s*(?:{_COUNTER}|개)\s*(?:은|는)\s")
_NAMES_ARE_END = re.compile(r"[^\s가-힣]*(?:\([^()]{0,30}\))?\s*(?:등\s*)?"
                            r"(?:(?:으로|로)\s*(?:나타났|집계됐|확인됐|파악됐|드러났)다|(?:이다|였다|이었다|다)(?=[\s.]|$))")
# Whose role or service it is: the clause's subject, a few words before ("코스트코는 제휴 카드사를 …").
_ROLE_OWNER_SUBJECT = re.compile(r"(?<![가-힣A-Za-z0-9&·\-])([가-힣A-Za-z0-9&·\-]{2,}?)(?:\([^()\n]{1,20}\))?(?:은|는|이|가)\s+"
                                 r"(?:[^\s.]+\s+){0,3}?$")  # ("대한체육회(회장 …)가": its head in an aside)
# Those a service is cut off for, counted: "8곳 증권사에 대한 대면·비대면 계좌개설 서비스를 중단한다".
_COUNTED_CUT_OFF = re.compile(rf"(\d+)\s*(?:{_COUNTER}|개)\s*[가-힣]{{0,5}}?(?:에|에게)\s*대(?:한|해)\s+"
                              r"(?P<what>(?:[^\s,.]+\s+){0,3}?[^\s,.]*?(?:서비스|거래|계약|제휴|공급|판매))(?:을|를)\s*"
                              r"(?:[^\s,.]+\s+)?(?:중단|종료|해지|끊)")
# "… 등이 대상이다": the names listed are those counted.
_NAMED_AS_TARGETS = re.compile(r"(?:\s*[,·]\s*[가-힣A-Za-z0-9&]+)*[^\s가-힣]*(?:\([^()]{0,30}\))?\s*(?:등(?:이|은)?\s*)?"
                               r"(?:대상|해당)(?:이다|이며|이고|된다|됐다)")  # (the list may run on with names no rule watches)
_FOUGHT_VERB = re.compile(r"(?:경쟁|경합|각축)(?:을|를)?\s*(?:벌였|벌인|펼쳤|펼친|했)|맞붙었|겨뤘|\d\s*파전|"
                          r"후보(?:에는|에|로|군에는|군에)\s")  # ("대상은 A가 수상했다. 후보에는 B, C가 올랐다": nominees with A)
_HOSTED_ROLE = re.compile(r"개최지|개최\s*도시|주최지|개최국|후원사|스폰서|공식\s*파트너")
_SUBJECT_PARTICLE_END = re.compile(r"(.+?)(?:은|는|이|가|와|과|도)")
_AS_FOLLOWS = re.compile(r"(?:다음|아래)과\s*같(?:다|습니다)")
_THE_ONES_ARE = re.compile(r"\s*(?:이|가)\s*(?:바로\s*)?(?:그\s*|이\s*)?(?:주인공|당사자|해당\s*기업|해당\s*업체)(?:이다|이었다|였다|들이다)")
_COUNT_AT_END = re.compile(rf"(?:등\s*)?(\d+)\s*(?:{_COUNTER}|개)\s*(?:이)?(?:다|었다|였다)(?=[\s.,]|$)")


@dataclass
class _CountedOut:
    """Who a report counts as left out before it names them, and the sentences it has to name them in."""

    count: str = ""
    group: str = ""
    evidence: str = ""
    sentences_left: int = 0

    def read(self, sentence: str, mentions: list[Mention], article: _ArticleGroups, found: list[Event]) -> None:
        """A sentence that counts more left out than it names ("은행 7곳을 퇴출시켰다", "A와 B 등 4개사가 재인증을
        받지 못했다"): the rest may be named in a sentence after it."""
        cut_off = _COUNTED_CUT_OFF.search(sentence)
        if cut_off and not _conditional(sentence[:cut_off.start()]) and not lx.ABSENT_NEGATED_AFTER.match(sentence[cut_off.end():]):
            # "우리은행은 … 8곳 증권사에 대한 … 계좌개설 서비스를 중단한다. A, B, … 등이 대상이다": the ones cut off, named next
            owner = _ROLE_OWNER_SUBJECT.search(sentence, 0, cut_off.start())
            what = " ".join(cut_off.group("what").split()[-2:])
            self.count, self.evidence, self.sentences_left = cut_off.group(1), sentence, 2
            self.group = f"{owner.group(1)} {what}" if owner else what
            return
        if not found and _AS_FOLLOWS.search(sentence):
            # "탈락한 곳은 다음과 같다. △A △B": the ones out listed after it, however many
            trigger = lx.ABSENT_TRIGGERS.search(sentence)
            if trigger and _AS_FOLLOWS.search(sentence, trigger.end()) \
                    and (listed_group := _group_for(sentence, trigger.start(), [], mentions, article)) is not None:
                self.count, self.group, self.evidence, self.sentences_left = "", listed_group[0], sentence, 1
            return
        if _COUNTED_OUT.search(sentence) is None:
            return  # most sentences count no one: skip the trigger and the group (which may walk the article)
        trigger = lx.ABSENT_TRIGGERS.search(sentence)
        counted = _COUNTED_OUT.search(sentence, 0, trigger.start()) if trigger else None
        if counted is None or trigger is None or len({e.entity for e in found}) >= int(counted.group(1)):
            return
        group = (found[0].group, "") if found else _group_for(sentence, trigger.start(), [], mentions, article)
        if group is not None and group[0]:
            self.count, self.group, self.evidence, self.sentences_left = counted.group(1), group[0], sentence, 4

    def named(self, sentence: str, mentions: list[Mention], notes: list[str] | None) -> list[Event]:
        """The events of a sentence that lists as many as were counted ("제재 대상은 … 등 7곳이다")."""
        if self.sentences_left <= 0:
            return []
        self.sentences_left -= 1
        if not self.count:  # "…다음과 같다." then "△A △B": a bulleted list of names and nothing else
            listed = mentions if mentions and _BULLETED_NAMES.fullmatch(sentence) else []
            if not listed:
                self.sentences_left = 0
                return []
            return self._events(sentence, listed, notes)
        listed = _copula_list(sentence, mentions, 0) if mentions else []
        at_end = _COUNT_AT_END.search(sentence, listed[-1].end) if listed else None
        if (at_end is None or at_end.group(1) != self.count) and mentions and \
                _NAMED_AS_TARGETS.match(sentence, mentions[-1].end) and len(mentions) <= int(self.count):
            listed, at_end = list(mentions), None  # "대신증권, KB증권, … 등이 대상이다": the names the count is
        elif (at_end is None or at_end.group(1) != self.count) and mentions \
                and len(run := _coordinated(sentence, mentions, mentions[-1])) == len(mentions) == int(self.count) \
                and (_NAMES_ARE_END.match(sentence, mentions[-1].end) or _THE_ONES_ARE.match(sentence, mentions[-1].end)):
            listed, at_end = run, None  # "2곳이 탈락했다. 카카오와 KT다", "… KT가 그 주인공이다": the names, no count
        elif at_end is None or at_end.group(1) != self.count:
            # "4개사는 A와 B 외에 C, D로 나타났다": the count first, then every name it is
            opening = _COUNT_OPENS.match(sentence)
            listed = [m for m in mentions if opening and m.start >= opening.end()] \
                if opening and opening.group(1) == self.count else []
            if not listed or not _NAMES_ARE_END.match(sentence, listed[-1].end):
                return []  # the names must be what the count is: "… C, D로 나타났다", "… C와 D다"
        return self._events(sentence, listed, notes)

    def _events(self, sentence: str, listed: list[Mention], notes: list[str] | None) -> list[Event]:
        self.sentences_left = 0
        if notes is not None:
            counted = f"앞 문장이 센 {self.count}곳" if self.count else "앞 문장이 다음과 같다고 한 곳"
            notes.append(f"문장: «{_evidence(sentence)[:160]}»")
            notes.append(f"  불참: {counted} → {', '.join(m.name for m in listed)} · 그룹 '{self.group}'")
        evidence = _evidence(f"{self.evidence} {sentence}")
        return [Event("absent_from", m.entity, m.name, evidence, group=self.group) for m in listed]


# A line-up told as standing now or to come: "참여하는 것으로 알려졌다", "도전할 예정이다", "응모한다".
_NARROWED_PENDING = re.compile(rf"{_COUNT_OF_LINE_UP}\s*(?:으로|로)\s*(?:압축된|압축되는|좁혀진|좁혀지는|좁혀지며|좁혀져)\s*"
                               r"(?:가운데|상황|상태|채)")
_STILL_STANDING = re.compile(r"(?:참여|참가|응모|지원|도전|입찰)(?:하는|할|한다|하고\s*있|중)|(?:나서는|나설|나선다)")


@dataclass
class _Contest:
    entered: dict[str, Mention] = field(default_factory=dict)
    won: set[str] = field(default_factory=set)
    evidence: str = ""
    group: str | None = None  # what the entrants competed for, where the report names it beside them
    won_after: bool = False  # someone won after the line-up was told ("A와 B가 합류했으나 C가 선정됐다")
    lone: dict[str, Mention] = field(default_factory=dict)  # a single entrant named ("KB증권이 참가했다")
    chosen: str | None = None  # what the winner was chosen as ("한남3구역의 시공사로 선정됐다")
    unwatched_winners: set[str] = field(default_factory=set)  # winners no rule watches, by name
    pending: bool = False  # the line-up told as still standing ("A, B, C 등이 공모에 참여하는 것으로 알려졌다")
    rivals: dict[str, Mention] = field(default_factory=dict)  # told as having fought it out ("경쟁을 벌인 B는")
    winners: dict[str, Mention] = field(default_factory=dict)  # the winners as named: for the rivals' line-up and their
    # consortia named apart
    members: set[str] = field(default_factory=set)  # named as partners inside one bid: no rival of anyone in it

    def _enter(self, sentence: str, listed: list[Mention], before: str = "", strong: bool = False,
               names_prize: bool = True) -> None:
        # (a partner is no entrant of its own; the lead it partners, named as the winner, is)
        listed = [m for m in listed if m.entity not in self.members or m.entity in self.won]
        if len(listed) == 1 and strong and not self.entered:
            # "이번 입찰에는 KB증권이 참가했다": one entrant, a line-up only if others are named as winners
            # ("네이버 컨소시엄도 참여했다": the 도 of its bid is its own)
            also = _BID_ALSO.match(sentence, listed[0].end)
            self.lone.setdefault(listed[0].entity, replace(listed[0], particle="도") if also else listed[0])
            self.evidence = self.evidence or _evidence(sentence)
            self._name_group(sentence, listed, before)
        # a contest has rivals: one name entering is no line-up, nor partners in one bid ("A, B, C 등 3개사가 컨소시엄을
        # 꾸려 참여했다")
        if len(listed) >= 2 and re.match(r"\s*\d+\s*개국\s+(?:입찰|매각|공모|시장|법인)", sentence[listed[-1].end:]):
            return  # "중국과 홍콩, 한국 3개국 입찰에 모두 참여했기 때문": the countries' tenders a bidder entered, no
            # bidders (but "A, B 등 3개국이 유치에 나섰다": countries that bid)
        if len(listed) >= 2 and _NARROWED_PENDING.match(sentence, listed[-1].end):
            return  # "…는 A-B 컨소시엄과 C의 2파전으로 좁혀진 가운데 …": a race still run, nobody lost it yet
        if len(listed) >= 2 and not _TEAMED_UP.match(sentence, listed[-1].end):
            if not self.entered:
                self.pending = bool(_STILL_STANDING.search(sentence, listed[-1].end, listed[-1].end + 60))
            for mention in listed:
                self.entered.setdefault(mention.entity, mention)
            self.evidence = self.evidence or _evidence(sentence)
            if names_prize:
                self._name_group(sentence, listed, before)

    def _enter_listed(self, sentence: str, runs: list[list[Mention]], mentions: list[Mention], before: str) -> None:
        """The listed line-up: three names or more listed as a subject in a sentence of a contest ("운용사 3곳(A·B·C)이
        …였다", "A, B, C 등 7개사가 공모에 …"), whatever verb the report tells it with. First contact with rounds no
        reading was written from showed this is how most line-ups that no stricter reading places are told (measured on
        rounds 21 and 28-30 with the code of d2aae52: absent_from R 0.481 -> 0.548, no false absence more)."""
        listed = max(runs, key=len)  # (the first of the longest)
        # ("스페인 카프": the country says whose the next name is)
        listed = [m for m in listed if not (_COUNTRY_OR_REGION.fullmatch(m.name) and any(
            other.start > m.end and not sentence[m.end:other.start].strip() for other in mentions))]
        goes_on = _LIST_GOES_ON.match(sentence, listed[-1].end) if listed and not listed[-1].particle else None
        if goes_on and re.search(r"(?:로|으로|에|에서|을|를|의)$", goes_on.group(0)):
            return  # "C구간은 부산, 인천, 울산, 충북, 경남으로": the list goes on past the names watched, not as a subject
        if listed and re.match(r"['’\"”]?\)?\s*(?:중|가운데)\s", sentence[listed[-1].end:]) and any(
                _ONLY.match(sentence, m.end) for m in mentions if m.start > listed[-1].end):
            return  # "이동통신 3사(A·B·C) 중 C만 경매에 참여했다": the pool, of which only C entered
        if len(listed) >= 3 and listed[-1].particle == "에서" and _APPLIED_FROM.match(sentence, listed[-1].end + 2):
            # "화성·오산·파주·시흥·포천에서 신청서를 냈으며": the cities the applications came from stood
            self._enter(sentence, listed, before, names_prize=False)
            return
        if len(listed) >= 3 and listed[-1].particle in ("이", "가", "은", "는", "도", "") \
                and (listed[-1].particle or _list_particle(sentence, listed[-1].end) in (None, "이", "가", "은", "는", "도")) \
                and not _MADE_THE_LIST.match(sentence, listed[-1].end):
            # (not "…에 A, B, C가 이름을 올렸다": the chosen; nor "A, B, C에 제재를": a dative list)
            self._enter(sentence, listed, before, names_prize=False)

    def _enter_counted(self, sentence: str, runs: list[list[Mention]], before: str) -> None:
        """The counted line-up: names listed with the count the report gives of those who stood ("A, B, C 등 7개사가
        지원했다", "A와 B 2곳만 제출했다", "운용사 3곳(A·B·C)"), two names or more, whatever verb tells it. A count is
        how reports of public contests tell their line-ups. Seen in round 21's misses and counted on rounds 28-30 with
        the code of d2aae52, which never saw them (LABELLING.md): more true absences there, no false one more; rounds
        23-27 unchanged."""
        for listed in runs:
            mention = listed[-1]
            if len(listed) < 2 or _MADE_THE_LIST.match(sentence, mention.end):
                continue  # (not "…에 A, B 등 2곳이 이름을 올렸다": the chosen)
            bracketed = _COUNT_BEFORE_LIST.search(sentence, max(0, listed[0].start - 20), listed[0].start) \
                and _BRACKET_CLOSES.match(sentence, mention.end)
            if bracketed or _COUNT_AFTER_LIST.match(sentence, mention.end):
                self._enter(sentence, listed, before, names_prize=False)

    def _name_group(self, sentence: str, listed: list[Mention], before: str) -> None:
        if self.group is None and any(m.group.family == "selection" for m in group_mentions(sentence)):
            # a selection is said beside the entrants ("박람회 공모에 A, B가 경합"): its name here or just before
            self.group = _contested(sentence, listed) or _contested(before, listed)

    def read(self, sentence: str, mentions: list[Mention], before: str = "") -> None:
        """`before`: the sentence before, where the report may have named what is contested
        ("…'정원산업박람회' 공모에 탈락했다. 공모에 A, B, C가 경합을 벌인 끝에 C가 선정됐다")."""
        # "롯데건설 컨소시엄은 … 금호산업, 하이투자증권 등 10개 법인이 참여했다": who is in one bid, no line-up of rivals (but
        # they won with it: "A와 B 등이 구성원으로 자리한 IBK 컨소시엄을 선정했다")
        self.members |= {m.entity for m in _consortium_members(sentence, mentions)}
        described_end = 0  # where a described line-up ends: the winner is named after it
        for adnominal in _ENTERED_ADNOMINAL.finditer(sentence):
            # "참여한 곳은 A와 B다", and "최종 입찰에 참여한 (2개 컨소시엄(…)) A와 B에 대한 평가를 거쳐": the list it describes
            copula = _copula_list(sentence, mentions, adnominal.end())
            described = [] if copula else _described_list(sentence, mentions, adnominal.end(), adnominal.start())
            self._enter(sentence, copula or described, before, strong=bool(described),
                        names_prize=not adnominal.group(0).startswith("통과"))  # a stage passed is not the prize
            described_end = max([described_end] + [m.end for m in described])
            subjects = [m for m in mentions if m.end <= adnominal.start() and m.particle in ("이", "가")
                        and _ENTRANTS_BEFORE.fullmatch(sentence, m.end + len(m.particle), adnominal.start())]
            if not copula and not described and subjects and _CONTEST_AFTER.match(sentence, adnominal.end()):
                # "A, B, C가 참여한 '한빛사업' 입찰에서 A가 최고점을 받아 선정됐다": the clause's subjects entered what
                # the sentence is set in, and the winner is named after it
                self._enter(sentence, _coordinated(sentence, mentions, subjects[-1]), before, strong=True)
                described_end = max(described_end, adnominal.end())
            if adnominal.group("fought") and not copula and not described:
                # "함께 경쟁을 벌인 B 컨소시엄은 …": the verb itself says they were rivals, whoever the report says won
                after = [m for m in mentions if m.start >= adnominal.end()]
                if after and _COUNTED_KIND_OPENING.fullmatch(sentence, adnominal.end(), after[0].start):
                    # (the list that opens with the first name after it: "A와 경쟁한 B, C 등은")
                    run = next((_coordinated(sentence, mentions, last) for last in reversed(after)
                                if _coordinated(sentence, mentions, last)[0] is after[0]), after[:1])
                    self.rivals.update({m.entity: m for m in run})
                    self.evidence = self.evidence or _evidence(sentence)
        for candidates in _CANDIDATES_ARE.finditer(sentence):
            # "정성평가 대상자는 A, B, C … 6개 증권사였다": those weighed, told with a copula
            # (the stage they were weighed at, '정성평가', is not what they lost: that is what the winner was chosen as)
            self._enter(sentence, _copula_list(sentence, mentions, candidates.start()), before, names_prize=False)
        shortlist = _SHORTLISTED.search(sentence)
        named = [m for m in mentions if shortlist and m.end <= shortlist.start()]
        if named:  # "A, B, C 3곳을 숏리스트(적격예비후보)로 선정한 바 있다": all three stood for the final choice
            # what they were shortlisted as is not what they lost: that is what the winner is chosen as
            self._enter(sentence, _coordinated(sentence, mentions, named[-1]), before, names_prize=False)
        # "1차 투표에서 A 1167표, B 1060표, C 497표를 얻었다": whoever got votes stood; "광주은행이 2순위, 국민은행이
        # 3순위에 올랐다": ranked below the one chosen, they stood and lost
        placed = [m for m in mentions if _RUNNER_UP.match(sentence, m.end)]
        below = [m for m in placed if m.entity not in self.won]
        if len(below) == 1 and "금고" not in sentence:  # (a treasury's second rank is a prize of its own)
            # "A가 낙찰자로 결정됐다. B는 2순위에 올랐다": one ranked below the winner stood and lost
            # (two or more so ranked are a line-up of their own, entered below)
            self.rivals.setdefault(below[0].entity, below[0])
        # (one name with its votes stood too: "경쟁을 벌인 롯데건설은 342표를 받았다")
        self._enter(sentence, [m for m in mentions if _VOTES.match(sentence, m.end)
                               or _VOTES_BEFORE.search(sentence, max(0, m.start - 30), m.start)], before, strong=True)
        self._enter(sentence, placed, before)
        entered = _entry(sentence)
        fought_to_the_end: list[Mention] = []
        if entered and not re.match(r"\s*(?:지\s*않|지\s*못|할\s*(?:예정|계획|것))", sentence[entered.end():]):
            # "주관사 A와 B가 본입찰을 진행한 결과 C와 D 2개 업체만 참여했다": those who entered follow the result
            floor = max((b.end() for b in _CONTEST_BOUNDARY.finditer(sentence, 0, entered.start())), default=0)
            # "A와 B 두 기종을 놓고 평가한 결과": those weighed are the object
            roles = ("이", "가", "은", "는", "도", "까지", "마저") + (("을", "를") if entered.group("weighed") else ()) \
                + (("의", "") if entered.group("duel") else ())
            listed = [m for m in mentions if floor <= m.start and m.end <= entered.start()
                      and (_role(sentence, m) in roles or _ONLY.match(sentence, m.end))]
            if entered.group("among"):  # (the list's last name, whatever role the list's first seems to have)
                last = [m for m in mentions if floor <= m.start and m.end <= entered.start()]
                if last and _AMONG_TAIL.fullmatch(sentence, last[-1].end, entered.start()):
                    listed = last[-1:]
            if listed and re.match(r"(?:경쟁|경합|겨뤘|맞붙|접전|대결)", entered.group(0)):
                # "A는 B를 비롯해 C, D와 경쟁했다", "A는 이번 입찰에서 B의 편의점 X와 경쟁을 벌였다": the rivals too
                rivals = [m for m in mentions if listed[-1].end <= m.start and m.end <= entered.start()
                          and (m.particle in ("와", "과", "와의", "과의") or _CONSORTIUM_WITH.match(sentence, m.end)
                               or _ETC_WITH.match(sentence, m.end)  # "A는 B, C 등과 경쟁한 끝에"
                               or m.particle == "의" and _OWNER_OF_RIVAL.match(sentence, m.end))]
                if rivals and re.search(r"끝에|승리|이겨|이긴|이기|맞붙어|앞서|앞섰", entered.group(0)):
                    # "A는 B, C와 경쟁한 끝에 선정됐다": the one who fought them to the end is who the verb after chose
                    fought_to_the_end = [m for m in listed if m.end <= rivals[0].start]
                if rivals:
                    listed = listed + _coordinated(sentence, mentions, rivals[-1])
                    self._enter(sentence, list({m.entity: m for m in listed}.values()), before)
                    listed = []
            by_product = [m for m in mentions if floor <= m.start and m.end <= entered.start()
                          and m.particle == "의" and _PRODUCT_IS_SUBJECT.match(sentence, m.end)]
            if by_product and not listed:
                # "A의 C-390과 미국 B의 C-130J, C의 A400M이 3파전을 벌였다": entrants told by their products
                self._enter(sentence, _owners_listed(sentence, mentions, by_product[-1]), before)
            if listed:
                # "입찰에는 A 외에도 B·C 등이 도전장을 던졌다": A entered as well
                besides = [m for m in mentions if m.end <= listed[-1].start and _BESIDES.match(sentence, m.end)]
                # (a bid handed in or a gauntlet thrown is an entry as plain as '참여했다': "네이버도 출사표를 던졌다")
                strong = bool(re.match(r"(?:참여|참가|응찰|입찰|도전|신청|(?:사업\s*)?(?:신청서|계획서|입찰서|응찰서|제안서|의향서)|출사표|뛰어들|"
                                       r"(?:경쟁|입찰|본입찰|인수전|수주전)에\s*(?:합류|참전))", entered.group(0)))
                joined = besides + _coordinated(sentence, mentions, listed[-1])
                joined = _consortium_heads(sentence, mentions, joined) + joined
                # "공모에는 (A가 포함된) B 컨소시엄과 (C가 포함된) D 컨소시엄이 참여했다": consortia joined across what each holds
                joined = [m for m in mentions if m.end <= joined[0].start and _CONSORTIUM_AND.match(sentence, m.end)
                          and m.entity not in self.members][:1] + joined
                partner = [m for m in mentions if m.end <= listed[-1].start and m.particle in ("와", "과")]
                if entered.group("duel") and len(joined) == 1 and partner:
                    # "한화컨소시엄과 현대건설이 주관사를 맡았던 무역협회 컨소시엄의 2파전": the one joined by 과 across
                    # the clause that describes the other
                    joined = [partner[-1], listed[-1]]
                if len(joined) == 1 and strong and self.entered and joined[0].particle == "도":
                    # "현대로템도 이 사업에 응찰했지만 …": one more entrant of the line-up already told
                    self.entered.setdefault(joined[0].entity, joined[0])
                else:
                    self._enter(sentence, joined, before, strong=strong, names_prize="통과" not in entered.group(0))
                    if strong and self.won and _role(sentence, joined[-1]) == "도" and len(joined) >= 2:
                        # "A가 선정됐다. B와 C 등도 입찰서를 냈지만 …": also, besides the winner told before
                        self.won_after = True
        pool = _POOL.search(sentence)
        if pool is not None and _WON.search(sentence, 0, pool.end()):
            pool = None  # (a pool told in the win's own clause is read with the win, below)
        pooled = [m for m in mentions if pool and m.end <= pool.start()]
        if pool is not None and len(pooled) >= 2 and _ENTRY_WORD.search(sentence, 0, pool.end()):
            # "공개경쟁에 응모한 A와 B, C를 대상으로 제안서 심의를 실시했다": those weighed, the winners told after
            self._enter(sentence, _coordinated(sentence, mentions, pooled[-1]), before)
        entry_word = len(mentions) >= 2 and _ENTRY_WORD.search(sentence) is not None
        # (the contest's word may come in the sentence before: "통과 업체는 6곳이었다. 운용사 3곳(A·B·C)과 …")
        if entry_word or len(mentions) >= 2 and _ENTRY_WORD.search(before):
            runs = [_coordinated(sentence, mentions, mention) for mention in mentions]  # the list each name ends
            if entry_word and len(mentions) >= 3 and not _WON.search(sentence):
                self._enter_listed(sentence, runs, mentions, before)
            self._enter_counted(sentence, runs, before)
        # ("지난해에는 A와 B가 … 위탁운용사로 선정됐지만": who won an earlier round is no winner of this one)
        for won in () if _EARLIER_ROUND.match(sentence) else _WON.finditer(sentence):
            if re.match(r"\s*(?:지\s*않|지\s*못)", sentence[won.end():]) or _conditional(sentence[:won.start()]):
                continue
            clause_start, _ = _clause_of(sentence, won.start())
            for line_up in (entered, shortlist):
                # (not "A는 입찰에 참여해 우선협상대상자로 지정됐다": no one named after the entry, its subject won)
                if line_up and line_up.end() <= won.start() and (_ROLE_WORD.search(sentence, line_up.end(), won.start())
                                                                 or any(line_up.end() <= m.start < won.start() for m in mentions)):
                    # "A, B, C가 경합을 벌인 끝에 C가 선정됐다", "A·B·C 등 3곳으로 좁혀졌다가 … C가 선정됐다": C won
                    clause_start = max(clause_start, line_up.end())
            if described_end <= won.start():
                clause_start = max(clause_start, described_end)
            pool = _POOL.search(sentence, clause_start, won.start())
            pooled = [m for m in mentions if clause_start <= m.start and m.end <= pool.start()] if pool else []
            if pool is not None and len(pooled) >= 2:
                # "신청한 A·B·C·D·E 등 5개 시·군을 대상으로 종합심의, A·B·D 등 3곳을 선정했다": those weighed are the
                # line-up, the winners are named after it
                weighed = _coordinated(sentence, mentions, pooled[-1])
                self._enter(sentence, weighed, before)
                clause_start = pool.end()
                # ("…, 강릉·원주·양양 등 3곳을 선정했다": the chosen by their short names, each opening an entrant's)
                short = [w for w in re.split(r"[·,\s]+|등", sentence[pool.end():won.start()]) if len(w) >= 2]
                chosen = {m.entity for m in weighed if any(squeeze_term(m.name).startswith(w) for w in short)}
                if chosen and len(chosen) < len(weighed):
                    self.won |= chosen
                    self.winners.update({m.entity: m for m in weighed if m.entity in chosen})
                    self.won_after = True
            # "A의 X가 가장 유력했던 가운데 B의 Y가 선정됐다": the favourite before 가운데 is not the winner
            clause_start = max([clause_start] + [m.end() for m in _WHILE.finditer(sentence, clause_start, won.start())])
            weighed_until = [b.end() for b in _CONTEST_BOUNDARY.finditer(sentence, clause_start, won.start())]
            if weighed_until and any(weighed_until[-1] <= m.start < won.start() and m.particle in ("을", "를", "이", "가")
                                     for m in mentions):
                # "A, B, C 등 세 곳이 제출한 제안서를 심사한 결과 A를 … 선정했다": who was weighed before 결과, the winner after
                clause_start = weighed_until[-1]
            among = list(_AMONG_RIVALS.finditer(sentence, clause_start, won.start()))
            among_start = clause_start
            if among and any(among[-1].end() <= m.start < won.start() and m.particle in ("을", "를", "이", "가")
                             and not lx.ABSENT_TRIGGERS.search(sentence, m.end, won.start()) for m in mentions):
                # "제안서를 낸 A, B, C 가운데 A를 … 뽑았다": the winner is the one named after 가운데, the rest stood
                clause_start = among[-1].end()
            # who won, by the particle the verb gives it: "A에 … 줬다", "A의 손을 들었다", "A와 우선협상을", "A로 결정됐다"
            receiver: tuple[str, ...] = ()
            if won.group("gave") or won.group("granted") or won.group("went") is not None or won.group("sold") is not None:
                receiver = ("에", "에게", "에만", "에게만")
            elif won.group("hand") or won.group("victory"):
                receiver = ("의",)
            elif won.group("talks") is not None:
                receiver = ("와", "과")
            elif "결정" in won.group(0):
                receiver = ("로", "으로")
            # (who grants a licence is no winner of it: "금융위는 A에만 예비인가를 내줬다")
            roles = receiver if won.group("granted") else ("이", "가", "은", "는", "을", "를", "도", "와", "과", "", "만", "만이",
                                                           *receiver)
            winners = {m.entity for m in mentions if clause_start <= m.start < won.start()
                       and (_role(sentence, m) in roles
                            or _PRODUCT_CHOSEN.fullmatch(sentence, m.end, won.start())  # "A의 'X'로 결정": A won
                            or m.particle == "의" and _PRODUCT_IS_SUBJECT.match(sentence, m.end)  # "A의 X가 선정"
                            or m.particle == "의" and won.group(0).endswith("했") and _PRODUCT_PICKED.match(sentence, m.end))
                       and not (m.particle in ("와", "과") and _FOUGHT_WITH.match(sentence, m.end))  # "A가 B와 … 승부 끝에": B lost
                       and not (_CHOSE.search(won.group(0)) and _CHOOSER.fullmatch(sentence, m.end, won.start()))}
            # ("한수원은 … 이들 7곳을 예비후보지로 선정했다": the subject of the active verb with an object of its own chose)
            if fought_to_the_end and entered is not None and entered.end() <= won.start() and not any(
                    entered.end() <= m.start < won.start() and m.particle in ("이", "가", "은", "는") for m in mentions):
                # (no subject of its own after the fight: a name inside what was won is no winner, "'한빛 클라우드' 사업자로")
                winners = {m.entity for m in fought_to_the_end}
            self.won |= winners
            self.winners.update({m.entity: m for m in mentions if m.entity in winners})
            among = list(_AMONG_RIVALS.finditer(sentence, among_start, won.start()))
            if winners and among:
                # "경쟁에 참여했던 A의 X와 B의 Y 중 A의 X가 선정됐다": the rivals listed before 중 all stood
                rivals = [m for m in mentions if m.end <= among[-1].start()
                          and not _COUNTRY_OR_REGION.fullmatch(m.name)]
                if len({m.entity for m in rivals} - winners) >= 1 and len({m.entity for m in rivals}) >= 2:
                    self._enter(sentence, rivals, before)
                    self.won_after = True
            if winners and self.chosen is None:
                self.chosen = _chosen_by(sentence, won)
            if winners and (self.entered or self.lone) and (entered is None or entered.end() <= won.start()):
                self.won_after = True
            unwatched = _NAMED_WINNER.search(sentence, clause_start, won.start()) if not winners else None
            if unwatched:
                # ("삼성자산운용사가 … 선정됐다" before "미래에셋, 삼성, KB, 한화 등 4개 자산운용사가 … 통과했던"):
                # kept for the line-up told later, whose short name of it is the winner's
                self.unwatched_winners.add(squeeze_term(unwatched.group("name")))
            if not winners and (self.entered or self.lone) and unwatched:
                # the one chosen is named but watched by no rule ("한빛운용 컨소시엄을 우선협상자로 선정했다"): every
                # entrant the report lined up lost to it
                self.won_after = True
                if self.chosen is None:
                    self.chosen = _chosen_by(sentence, won)
        for mention in mentions:
            if _WINNER_IS.search(sentence, max(0, mention.start - 24), mention.start) and _IS_AFTER.match(sentence, mention.end) \
                    or _IS_THE_WINNER.match(sentence, mention.end):
                # "'한빛사업' 수주전은 A와 B, C의 3파전으로 펼쳐졌다. 최종 승자는 A였다": the winner told by a copula
                self.won.add(mention.entity)
                self.winners.setdefault(mention.entity, mention)
                self.won_after = self.won_after or bool(self.entered)
        # "B 컨소시엄은 차순위 협상대상자가 됐다", "차순위협상자로 'B 컨소시엄'": the runner-up stood and lost; "A가 892.99,
        # B가 879.75 … 순이었다": those told in the order they were scored stood; with a winner anywhere, the others lost
        followed = _FOLLOWED.search(sentence)
        if followed and (self.winners or self.unwatched_winners):
            clause_start, _ = _clause_of(sentence, followed.start())
            for mention in mentions:
                if clause_start <= mention.start < followed.start() and mention.entity not in self.won:
                    self.rivals.setdefault(mention.entity, mention)
                    self.evidence = self.evidence or _evidence(sentence)
        judged = _JUDGED.search(sentence) is not None
        for mention in mentions:
            if (fell := _FELL_SHORT.match(sentence, mention.end)) and (judged or not fell.group("placed")):
                # ("B와 C는 2, 3위에 그쳤다": each of the list; "B가 2위를 차지해 A가 …가 됐다": B is no winner of it)
                for rival in _coordinated(sentence, mentions, mention):
                    self.rivals.setdefault(rival.entity, rival)
                    self.won.discard(rival.entity)
                    self.winners.pop(rival.entity, None)
                self.evidence = self.evidence or _evidence(sentence)
        for noun in _RIVAL_NOUN.finditer(sentence):
            # "강력한 경쟁자였던 아마존웹서비스가", "경쟁사인 보잉, 다쏘 항공, 사브와 비교하여": named as the winner's rivals
            for mention in _following(sentence, mentions, noun.end()):
                if mention.entity not in self.won:
                    self.rivals.setdefault(mention.entity, mention)
                    self.evidence = self.evidence or _evidence(sentence)
        runner_up = _RUNNER_UP_ROLE.search(sentence)
        if runner_up:
            runners_up = [m for m in mentions if _RUNNER_UP_AFTER.match(sentence, m.end, runner_up.start())
                          or m.start >= runner_up.end() and not sentence[runner_up.end():m.start].strip(" (으)로에는은이가'‘’\"“”")]
            for mention in runners_up[:1]:
                self.rivals.setdefault(mention.entity, mention)
                self.won.discard(mention.entity)  # ("차순위협상대상자로 선정됐다": chosen as second is not the win)
                self.winners.pop(mention.entity, None)
                self.evidence = self.evidence or _evidence(sentence)
        if _LOWER_RANK.search(sentence) and _NEGOTIATED.search(before + sentence) and "금고" not in sentence \
                and not _SEVERAL_CHOSEN.search(before + sentence):
            # "협상적격자 1순위로 결정된 A 컨소시엄 … 2순위는 B-C 컨소시엄, 3순위는 D-E 컨소시엄 순이다": ranked below the one
            # negotiated with, every member of those bids lost (not a treasury's second rank, a prize of its own)
            for rank in _LOWER_RANK.finditer(sentence):
                end = next((m.start() for m in _RANK_OR_STOP.finditer(sentence, rank.end())), len(sentence))
                for mention in mentions:
                    if rank.end() <= mention.start and mention.end <= end and mention.entity not in self.won:
                        self.rivals.setdefault(mention.entity, mention)
                        self.evidence = self.evidence or _evidence(sentence)
        scored = [m for m in mentions if _SCORE_AFTER.match(sentence, m.end)]
        if len({m.entity for m in scored}) >= 2:
            # "평가 결과 A 컨소시엄이 92점, B 컨소시엄이 88점을 받았다": each scored stood; the winner told anywhere
            for mention in scored:
                self.rivals.setdefault(mention.entity, mention)
            self.evidence = self.evidence or _evidence(sentence)
        if _SCORED_ORDER.search(sentence) and len(mentions) >= 2:
            for mention in mentions:
                if mention.entity not in self.won:
                    self.rivals.setdefault(mention.entity, mention)
            self.evidence = self.evidence or _evidence(sentence)
        # ("1순위 A를 제1금고로, 2순위 B를 제2금고로 지정": each rank given a role of its own is no loser)
        ranked = [(int(r.group(1)), m) for m in mentions if (r := _RANK_BEFORE.search(sentence, max(0, m.start - 12), m.start))
                  and not _GIVEN_ROLE.match(sentence, m.end)]
        if len(ranked) >= 2 and any(rank == 1 for rank, _ in ranked):
            # "우선협상대상자는 △1순위 A △2순위 B △3순위 C로 결정됐다": the first ranked won, the others stood and lost
            self._enter(sentence, [m for _, m in ranked], before)
            self.won = (self.won - {m.entity for _, m in ranked}) | {m.entity for rank, m in ranked if rank == 1}
            self.won_after = True

    def losers(self, found: Iterable[Event], article: _ArticleGroups, notes: list[str] | None) -> list[Event]:
        if self.rivals.keys() - self.won and (self.winners or self.unwatched_winners):
            # "A 컨소시엄이 우선협상대상자로 선정됐다. 함께 경쟁을 벌인 B 컨소시엄은 …": B and A stood, in either order
            for entity, mention in {**self.rivals, **self.winners}.items():
                self.entered.setdefault(entity, mention)
            self.won_after = True
        if not self.entered and self.lone and self.won_after and not self.won & self.lone.keys():
            self.entered = dict(self.lone)  # "이번 입찰에는 KB증권이 참가했다 … A와 B가 선정됐다": it lost to them
        elif not self.entered and self.lone and self.winners and not self.won & self.lone.keys() \
                and all(m.particle == "도" for m in self.lone.values()):
            # "A, B, C 등 3곳이 선정됐다. 앞서 D도 신청서를 냈다": D entered too, beside the winners named
            self.entered, self.won_after = {**self.winners, **self.lone}, True
        elif not self.entered and len(self.lone) >= 2 and self.won & self.lone.keys():
            # "대우건설은 410표를 얻어 시공사로 선정됐다. 경쟁을 벌인 롯데건설은 342표를 받았다": each told alone
            self.entered = dict(self.lone)
        if self.winners and self.entered and not self.won & self.entered.keys() and _FOUGHT_VERB.search(self.evidence):
            # "새 타이틀 스폰서로 A가 낙점됐다. B, C 등이 경쟁을 벌였다": those told as fighting fought the winner named before
            self.entered = {**self.winners, **self.entered}
        if len(self.entered) < 2 and not self.lone and not (self.rivals and self.unwatched_winners):
            return []  # (one rival of a winner no rule watches is a line-up of two)
        # "NH투자증권(…) 컨소시엄을 선정했다 … NH투자증권컨소시엄, 한국투자증권컨소시엄 등 4곳이 경쟁을 펼쳤다": the entrant named
        # after a winner, with or without 컨소시엄, is the winner's bid
        won_cores = {_bid_core(self.winners[e].name) for e in self.won if e in self.winners}
        # ("롯데컨소시엄" in the line-up when 롯데건설 컨소시엄 won: the short name that opens the winner's is its bid)
        self.won |= {e for e, m in self.entered.items() if (core := _bid_core(m.name)) in won_cores
                     or len(core) >= 2 and any(w.startswith(core) for w in won_cores)}
        main = article.main  # read only now: finding it walks the whole article
        if not self.won & self.entered.keys():
            # "삼성자산운용사가 선정됐다 … 미래에셋, 삼성, KB, 한화 등 4개 자산운용사가": the entrant whose name opens the
            # winner's is the winner
            self.won |= {entity for entity, m in self.entered.items()
                         if any(name.startswith(squeeze_term(m.name)) for name in self.unwatched_winners)}
        if not (self.won & self.entered.keys() or self.won_after):
            # "A가 우선협상대상자로 선정됐다 … B, C 등 다수 업체가 참여했다": the winner told first, in a selection
            # the whole article is about; not a consortium's members joining ("컨소시엄에는 B도 참여했다")
            # ("광주, 부산, 대전 등이 공모에 참여하는 것으로 알려졌다": a line-up still standing has lost nothing yet)
            # (or a project the winner was chosen for, as its contractor: "'한빛사업' 우선협상대상자로 A를 선정")
            if not ((self.won or self.unwatched_winners) and main is not None
                    and (main.family == "selection" or main.family == "project" and self.chosen is not None)
                    and not _JOINS_CONSORTIUM.search(self.evidence) and not self.pending):
                return []
        bid = self.group if self.group is not None else main.name if main is not None and main.family == "selection" \
            else None
        if bid is not None and self.chosen is not None and self.won & self.entered.keys() and _BID_PROCESS.search(bid):
            # "YTN 지분 매각 입찰에 A, B, C가 참여 … A를 최종 낙찰자로 선정": what the winner became, of what was sold
            # ("CJ헬스케어 매각 입찰" and "우선협상대상자": the role, of the sale the bid was for)
            # (a role the report writes out somewhere, '학생용 단말기 보급사업 우선협상대상자', by that name)
            sold, role = _BID_PROCESS.sub("", bid).strip(), self.chosen.strip()
            fuller = article.quoted_whole(role) or article.named_whole(role)
            group = fuller if fuller != role or not sold or " " in role else f"{sold} {role}"
            why = "이긴 쪽이 뽑힌 자리 ('…로 선정'), 입찰한 것의 이름과 함께"
        elif self.group is not None and (seat := article.seat_sought(self.group)) is not None:
            # "'제14회 주니어태권도선수권대회' 유치에 A, B, C가 나섰다 … 개최지로 A가 선정": the seat, not the event
            group, why = seat, "경쟁 대상으로 이름 붙은 그룹의 개최지"
        elif self.group is not None:
            group, why = article.owned_whole(self.group), "경쟁 대상으로 이름 붙은 그룹"
        elif main is not None and not main.named and squeeze_term(main.name).endswith("대상자") and self.chosen is not None \
                and self.won & self.entered.keys():
            # the report names no selection but by a bare role ('협상 대상자'): what the winner was chosen as says which
            group, why = article.quoted_whole(self.chosen) or article.named_whole(self.chosen), "이긴 쪽이 뽑힌 자리 ('…로 선정')"
        elif main is not None and (main.family == "selection" or main.family == "project" and (
                self.won & self.entered.keys() or self.chosen is not None
                or (self.winners or self.unwatched_winners) and self.won_after)):
            # (a project whose contractor the winner was chosen as: "'한빛사업' 우선협상대상자로 A가 뽑혔다. 입찰에는 B와 C도
            # 참여했다")
            group, why = main.name, "기사의 주된 그룹"
        elif self.chosen is not None and (
                self.won & self.entered.keys() and (main is None or main.family not in _TAKING_PART)
                # a report about bidders' consortia: the article's group is one of them, the role is what they sought
                or self.won_after and (main is None or main.family == "consortium")):
            # (a bare role, '우선협상대상자', by the fuller name the report gives it once)
            group, why = article.quoted_whole(self.chosen) or article.named_whole(self.chosen), "이긴 쪽이 뽑힌 자리 ('…로 선정')"
        elif self.won & self.entered.keys() and self.chosen is not None and main is not None and main.named \
                and main.family in _TAKING_PART and not article.named_of("selection") and not article.named_of("project") \
                and _HOSTED_ROLE.search(self.chosen):
            # "'2030 한빛엑스포' 개최지로 A가 선정됐다. A는 B, C와 경쟁했다": the show's host is what they fought for
            group, why = f"{main.name} {self.chosen.strip()}", "이긴 쪽이 뽑힌 자리 (행사의 개최지·후원사)"
        elif self.won & self.entered.keys() and (main is None or main.family in _TAKING_PART) \
                and (contested := article.named_of("selection") or article.named_of("project")) is not None:
            # "…보급사업 우선협상대상자를 선정했다 … LG 컨소시엄이 선정됐다": the consortium the report names most is an
            # entrant's, the pact one the winner is to sign; what a line-up with a winner stood for is the selection or
            # project the report names
            group, why = article.owned_whole(contested), "기사가 이름 붙인 선정·사업 (주된 그룹은 참가·협약의 이름)"
        else:
            if notes is not None:
                entrants = ", ".join(m.name for m in (self.entered or self.lone).values())
                notes.append(f"  경쟁 무시: 참가 {entrants}, 무엇을 두고 겨뤘는지 모름")
            return []  # only a selection has losers; at a show or in a council, taking part is all there is
        said = {e.entity for e in found if e.type == "absent_from"}
        out = []
        for entity, mention in self.entered.items():
            if entity in self.won or entity in said or _bid_core(mention.name) in won_cores or entity in self.members:
                # "LG CNS 컨소시엄을 비롯해 … 참여했다" when LG CNS won: its own consortium; and "한화건설은 … 컨소시엄을
                # 꾸려 공모에 참여했다" when 한화건설 컨소시엄 won: the company that leads the winning bid
                continue
            if notes is not None:
                notes.append(f"  경쟁에 참여했으나 선정되지 않음 → {mention.name} · 그룹 '{group}' ({why})")
            out.append(Event("absent_from", entity, mention.name, self.evidence, group=group))
        return out


# A sentence that opens on an earlier time tells an earlier round ("지난해에는 …", "지난 2018년에는 …", "2019년에도 …").
# (a bare year only with 에는/에도, which set it against another time: "2024년에 A가 선정됐다" may be this round)
_EARLIER_ROUND = re.compile(r"\s*(?:(?:지난해|작년|지난\s*\d{4}년)(?:\s*\d{1,2}월)?(?:에는|에도|엔|에)?|\d{4}년(?:\s*\d{1,2}월)?(?:에는|에도))\s")


def _entry(sentence: str) -> re.Match[str] | None:
    """The first word of entering a contest; a bare '나섰다' only after the contest it steps into ("인수전에는 A와 B가
    나섰다"), not "정부가 지원에 나섰다"."""
    entered = _ENTERED.search(sentence)
    if entered and entered.group("stepped") and not _CONTEST_BEFORE_NAMES.search(sentence, 0, entered.start()):
        return None
    return entered


_BID_ALSO = re.compile(r"\s*(?:컨소시엄|측)도\s")
_BID_PROCESS = re.compile(r"(?:의\s*)?(?:경쟁\s*입찰|본입찰|예비입찰|입찰|인수전)$")


def _bid_core(name: str) -> str:
    """A bid's name without its 컨소시엄: 'NH투자증권컨소시엄' is NH투자증권's bid."""
    return re.sub(r"컨소시엄$", "", squeeze_term(name))


# Those a selection weighed, told as its object: "…5개 시·군을 대상으로 종합심의", "신청 기업 7곳을 대상으로 평가해".
# ("A, B 등 적격인수후보를 대상으로 본입찰을 진행했고": the kind of candidate named after 등)
_POOL = re.compile(r"(?:등\s*(?:[가-힣]{0,8}(?:후보|업체|기업|사업자|은행|증권사)\s*)?)?(?:\d+\s*(?:개|곳)[^\s을를]{0,4}\s*)?"
                   r"(?:을|를)\s*대상으로\s")


# A sentence telling who is in one bid: a consortium as its topic or place, its members after ("롯데건설 컨소시엄은 대표사인
# 롯데건설을 비롯해 A, B 등 10개 법인이 참여했다", "컨소시엄에는 A와 B가 시공사로 참여했다", "이는 △A △B로 구성됐다"); or the
# members in the clause that describes it ("A·B·C 등이 참여한 컨소시엄을", "A와 B 등이 구성원으로 자리한 IBK 컨소시엄").
# Not consortia counted as the line-up ("A 컨소시엄과 B 컨소시엄 등 3개 컨소시엄이 공모에 참여했다").
_MEMBERS_AFTER = re.compile(r"(?<![\d개곳])\s?컨소시엄['’\"”]?(?:\([^()]{0,40}\))?\s*(?:은|는|에는|에도|에|엔)\s|(?:^|\s)이는\s")
_MEMBERS_BEFORE = re.compile(r"(?:이|가)\s+(?:[^\s,.]+\s+)?(?:참여한|참여하는|포함된|구성원으로\s*(?:자리한|참여한)|함께\s*구성한)\s+"
                             r"(?:[^\s,.]+\s+){0,2}?[^\s,.]*컨소시엄")
_ETC_WITH = re.compile(r"\s*등(?:과|와)(?:의)?\s")
_CONSORTIUM_AND = re.compile(r"\s?컨소시엄(?:과|와)\s")
_ROLE_IN_BID = re.compile(r"(?:자금\s*조달|재무적\s*투자자|전략적\s*투자자|투자자|시공사|시공|설계|운영사|건설사|병원시설\s*참여사)"
                          r"(?:로|으로|에)\s*(?:도\s*)?(?:참여|참가|합류)")
# Partners a bidder teams up with, named before "와 컨소시엄을 맺고/구성해" (with what they are: "등 사모펀드 운용사와").
_PARTNERED_WITH = re.compile(r"(?:와|과)\s*(?:함께\s*|손잡고\s*)?컨소시엄(?:을|를)\s*(?:맺|구성|꾸려|꾸리|꾸렸|이뤄|이루|결성)")
_PARTNER_TAIL = re.compile(r"['’\"”]?(?:\s*등\s*[^\s,.·]+(?:\s*[^\s,.·]+){0,3}?)?\s*")
_MEMBERSHIP_VERB = re.compile(r"참여(?:했|하고|해|하며|한다|했으며|했고|한\s*것으로|한\s*곳(?:이다|이며|이고))|구성(?:됐|되어|돼|된다)|이뤄졌|이루어졌|꾸렸")


def _consortium_members(sentence: str, mentions: list[Mention]) -> list[Mention]:
    role = _ROLE_IN_BID.search(sentence)
    before_role = [m for m in mentions if role and m.end <= role.start()]
    if before_role:  # "미래에셋증권과 하나은행이 자금 조달에 참여해": a part in the winning bid, no rival of it
        # (the list right before it: not the lead it follows, "A를 비롯해 B와 C가 시공사로 참여")
        return _coordinated(sentence, mentions, before_role[-1])
    after = _MEMBERS_AFTER.search(sentence)
    if after and _MEMBERSHIP_VERB.search(sentence, after.end()):
        # (not the one the consortium is named after: "A 컨소시엄은 대표사인 A를 비롯해 …")
        named_after = {m.entity for m in mentions if m.end <= after.start() + 1}
        return [m for m in mentions if m.start >= after.end() and m.entity not in named_after]
    partnered = _PARTNERED_WITH.search(sentence)
    partners = [m for m in mentions if partnered and m.end <= partnered.start() + 1
                and _PARTNER_TAIL.fullmatch(sentence, m.end, partnered.start())]
    if partners:  # "한국콜마는 A·B·C 등 사모펀드 운용사와 컨소시엄을 맺고 입찰에 참여했다": its partners, no rivals of it
        return _coordinated(sentence, mentions, partners[-1])
    before = _MEMBERS_BEFORE.search(sentence)
    listed = [m for m in mentions if before and m.end <= before.start() + 1]
    # (the list right before it: not who chose the consortium, "LH는 … A가 포함된 컨소시엄을 선정했다")
    return _coordinated(sentence, mentions, listed[-1]) if listed else []


# Members joining a bid ("컨소시엄에는 B도 참여했다"), not consortia entering a contest ("공모에는 A 컨소시엄과 B 컨소시엄이
# 참여했다"): the first names no rival of the winner.
_JOINS_CONSORTIUM = re.compile(r"컨소시엄(?:['’\"”])?(?:에는|에도|에|엔)\s|컨소시엄(?:을|를)\s*(?:꾸려|꾸리|구성|이뤄|결성)")


# Those a seller or jury shortlisted: "A, B, C 3곳을 숏리스트(적격예비후보)로 선정", "본입찰 적격자로 A와 B를 추렸다".
_SHORTLISTED = re.compile(r"['’\"”]?\s*(?:등\s*)?(?:\d+\s*(?:곳|개사|개\s*컨소시엄|개\s*업체))?\s*(?:을|를)\s*"
                          r"(?:숏리스트|쇼트리스트|적격\s*예비\s*후보|본입찰\s*적격자|최종\s*후보)(?:\s*\([^()]{0,20}\))?"
                          r"\s*(?:로|으로)\s*(?:선정|낙점|추려|추렸|압축)"
                          # "입지 후보가 A·B·C 등 3곳으로 좁혀졌다가": the candidates narrowed down to are the line-up
                          # ("A, B를 포함한 3곳으로 후보지를 압축해 평가한 결과")
                          r"|\s*(?:등\s*|(?:을|를)\s*포함한\s*)?\d+\s*(?:곳|개\s*(?:시|군|도시|지역|지자체|병원|대학|컨소시엄|업체))"
                          r"\s*(?:으로|로)\s*(?:후보지?를\s*)?(?:좁혀졌|좁혀진|좁혀져|좁혔|압축됐|압축되었|압축된|압축돼|압축해|압축했)")


def _chosen_by(sentence: str, won: re.Match[str]) -> str | None:
    """What the winner of a `_WON` match was chosen as; "…을 우선협상자로 선정했다" holds the role inside the match,
    before its 선정."""
    if won.group("took") is not None or won.group("went") is not None:
        # "'한빛사업'은 A가 가져갔다", "사업권은 … A에게 돌아갔다": what was taken is the topic the clause opens with
        topic = _TAKEN_TOPIC.search(sentence, 0, won.start())
        return _role_of(topic.group(1)) if topic else None
    if won.group("became"):
        return _role_of(sentence[:won.start()].rstrip()[:-1])  # the role, its 이/가 dropped
    verb = re.search(r"(?:선정|낙점|결정|지정)", won.group(0)) if won.group(0).startswith("우선협상") else None
    at = won.start() + verb.start() if verb else won.start()
    chosen = _chosen_as(sentence, at)
    fronted = _ROLE_BEFORE_WINNER.search(sentence, 0, at) if chosen is None else None
    # "우선협상대상자로 A 컨소시엄(이하 B)이 선정됐다": the role told first, the winner between it and the verb
    return _chosen_as(sentence, fronted.end(1)) if fronted else chosen


_TAKEN_TOPIC = re.compile(r"^\s*((?:[^\s,.]+\s+){0,5}?[^\s,.]+?)(?<![가-힣]의)(?:은|는)\s")
# (not a role inside the clause that describes the winner: "…로 A와 B 등이 구성원으로 자리한 C 컨소시엄을 선정")
# (the role nearest the winner: "매물로 나온 한빛증권의 우선협상대상자로 A가" is chosen as 우선협상대상자, no word with 로
# between)
_ROLE_BEFORE_WINNER = re.compile(r"로(\s+)(?![^\s,.]*(?:한|된|던|인|온)\s)(?:[^\s,.]+(?<!로)\s+){0,4}?[^\s,.]+(?:이|가|을|를)\s+"
                                 r"(?:최종(?:적으로)?\s+)?$")


def _contested(sentence: str, entrants: list[Mention]) -> str | None:
    """A named selection, project or show in the sentence (what entrants compete for, or to host),
    not a body one belongs to nor one named after an entrant (its consortium)."""
    names = [squeeze_term(m.name) for m in entrants]
    for mention in group_mentions(sentence) if sentence else ():
        group = mention.group
        if sentence[mention.end:mention.end + 1] == " " and sentence[mention.end - 1:mention.end] == group.name[-1:] \
                and names and squeeze_term(sentence[mention.end + 1:mention.end + 40]).startswith(tuple(names)):
            continue  # "사모펀드 운용사 A는": a role describing the entrant named next
        if re.search(r"\s등\s*$", sentence[max(0, mention.start - 4):mention.start]):
            continue  # "A·B·C 등 사모펀드 운용사와": what the names listed before it are
        if group.named and group.family not in ("council", "alliance", "consortium", "pact", "index", "platform") \
                and not any(squeeze_term(group.name).startswith(n) for n in names) and not lx.STAGE_NAME.search(group.name):
            return group.name
    return None


def _most_quoted(document: str, org_names: list[str]) -> str | None:
    """The name a report quotes and then names most (quoted once, "'배틀크러쉬'를 출품", then bare, "배틀크러쉬는 …"),
    if it names it at least twice and more than any other quoted name."""
    orgs = {squeeze_term(name) for name in org_names}
    counts: dict[str, int] = {}
    for _, _, name in _quotes(document):
        name = _SHORT_FORM.sub("", name).strip()
        if _quoted_name_ok(name, orgs) and not lx.NOT_PRODUCT_NAME.search(name):
            counts[name] = counts.get(name, 0) + 1
    for name in counts:
        if len(name) >= 3 or re.search(r"[A-Za-z0-9]", name):  # "<기자>", "<앵커>": a transcript's roles, quoted
            counts[name] = max(counts[name], document.count(name))  # short, are words, not names named bare
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def _models_carried(events: list[Event]) -> list[Event]:
    """A launch whose sentence names no product is the product the article named for the
    same organisation ("'TL'의 출시를 … 연기했다. 올해 12월 국내에 먼저 선보인다")."""
    named: dict[str, str] = {}
    # The product of the news (a plan or a delay) before one mentioned as history.
    for event in sorted(events, key=lambda e: e.status == "released"):
        if event.type == "launch_date" and event.model and event.entity not in named:
            named[event.entity] = event.model
    told = {e.key() for e in events}
    carried: list[Event] = []
    for event in events:
        if event.type == "launch_date" and not event.model and event.entity in named:
            event = replace(event, model=named[event.entity])
            if event.key() in told:
                # it repeats a launch told with its product ("EV5 출시는 4분기로 연기됐다. … 모두 4분기에 출시될
                # 예정이다"): the telling that names its product stands
                continue
        carried.append(event)
    return carried


_ANCHORS: ahocorasick.Automaton | None = None


def _anchor_positions(document: str) -> tuple[list[int], list[int]]:
    """Sorted positions where an absence or a launch trigger may lie."""
    absent, launch, _ = _scan_anchors(document)
    return absent, launch


def _scan_anchors(document: str) -> tuple[list[int], list[int], bool]:
    """The trigger anchors' positions and whether any word a win is told with occurs (`_WON_WORDS`): one automaton
    pass, so that the gate on winners costs nothing beside the triggers'."""
    global _ANCHORS
    if _ANCHORS is None:
        automaton = ahocorasick.Automaton()
        for kind, anchors in (("a", lx.ABSENT_ANCHORS), ("l", lx.LAUNCH_ANCHORS)):
            for anchor in anchors:
                automaton.add_word(anchor, (len(anchor), kind))
        for word in _WON_WORDS:
            # (a word that is also a trigger's anchor stays the anchor: a sentence holding one is read anyway)
            if automaton.get(word, None) is None:
                automaton.add_word(word, (len(word), "w"))
        automaton.make_automaton()
        _ANCHORS = automaton
    lowered = document.lower()
    text = lowered if len(lowered) == len(document) else document
    absent: list[int] = []
    launch: list[int] = []
    won = False
    for end, (length, kind) in _ANCHORS.iter(text):
        if kind == "w":
            won = True
        else:
            (absent if kind == "a" else launch).append(end - length + 1)
    return absent, launch, won


def _postponements_carried(events: list[Event], headline_entity: str | None = None) -> list[Event]:
    """A report that says a launch was postponed (in a sentence, or in its headline: "카카오
    '코코아' 출시 연기") frames its other dates for the same product as the postponed
    schedule (당초 연내 → 내년 1분기에 출시한다는 계획)."""
    postponed = {(e.entity, e.model) for e in events if e.type == "launch_date" and e.status == "postponed"}
    if headline_entity is not None:
        postponed.add((headline_entity, None))
    if not postponed:
        return events
    return [replace(e, status="postponed") if e.type == "launch_date" and e.status == "planned" and (
        (e.entity, e.model) in postponed or (e.entity, None) in postponed) else e for e in events]


# --- shared -------------------------------------------------------------------------------

# Names that are also common words: "폴스타 4의 고객 인도는 8월부터 시작될": delivery, not India; and names
# glued after a hyphen, which end another name.
_COMMON_NOUN_READINGS = {
    "인도": (re.compile(r"(?:고객|차량|물량|출고|제품|본격|순차|조기|첫)\s*$"),
             re.compile(r"(?:하|되|될|된|한|할|했|받|돼|됐)|(?:는|가|를|도)?\s*(?:[^\s]+\s+){0,3}?(?:시작|개시|완료)")),
    # KT's streaming service and a sports season: "시즌 중도 하차를 결정했다", "이번 시즌 볼 수 없는 팀"
    "시즌": (re.compile(r"(?:이번|올|올해|지난|다음|새|정규|포스트|프리|\d{2,4}|한|매|두|세)\s*$"),
             re.compile(r"\s*(?:중(?!단)|동안|중도|개막|종료|초|말|내내|마지막|첫|\d|(?:을|를)\s*마|(?:이|가)\s*끝|권|아웃|오프|"
                        r"불참|참가|출전|일정|성적|전체|목표)")),
    # a battle or a contest, not the city: "서울 면세점 2차 대전에서", "세계 대전", "면세점 대전"
    "대전": (re.compile(r"(?:\d\s*차|세계|면세점|유통|가격|할인|쇼핑|배달|통신|게임|OTT|AI|인공지능)\s*$"),
             re.compile(r"(?!)")),
}


_NAME_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣])[A-Za-z0-9]{1,2}-$")


def _ends_hyphenated_name(text: str, start: int) -> bool:
    """"아우디 Q4 e-트론은": a word glued after a short Latin prefix ends a product's name; it is not the
    tipster 트론 (but "네이버-KT" stays two names)."""
    return _NAME_PREFIX_BEFORE.search(text, max(0, start - 4), start) is not None


def _common_noun_reading(document: str, mention: Mention) -> bool:
    if _ends_hyphenated_name(document, mention.start):
        return True
    readings = _COMMON_NOUN_READINGS.get(mention.name)
    return readings is not None and bool(readings[0].search(document, max(0, mention.start - 10), mention.start)
                                         or readings[1].match(document, mention.end))


# The outlet that filed the report, in its dateline or copyright line: "(서울=연합뉴스) 기자 =", "<저작권자(c) 연합뉴스 …>".
_CREDIT_BEFORE = re.compile(r"(?:\(\s*[가-힣]{1,6}\s*=\s*|\[\s*[가-힣]{1,6}\s*=\s*|저작권자\s*(?:\(c\)|ⓒ|©)?\s*|(?:ⓒ|©|Copyright)\s*)$")


def _credit(document: str, mention: Mention) -> bool:
    """The report's own outlet, named where it credits itself: never a party to the news."""
    return _CREDIT_BEFORE.search(document, max(0, mention.start - 20), mention.start) is not None


_CHANNEL_AFTER = re.compile(r"\s*(?:에|에서)\s*(?:올린|올라온|게시한|게재한)")


def _channel(document: str, mention: Mention) -> bool:
    """"공식 트위터와 … 등을 통해 알렸다", "트위터에 올린 글": the medium a maker spoke through, no party to the
    news (but "카카오게임즈를 통해 출시" names the publisher, so 통해 alone says nothing)."""
    return bool(re.search(r"공식\s*$", document[max(0, mention.start - 4):mention.start])
                or _CHANNEL_AFTER.match(document, mention.end))


def _main_org(mentions: list[Mention], title_end: int) -> Mention | None:
    """The watched organisation the article is about: most mentioned, the headline twice."""
    score: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        score[mention.entity] = score.get(mention.entity, 0) + (2 if mention.start < title_end else 1)
        first.setdefault(mention.entity, mention)
    if not score:
        return None
    ranked = sorted(score, key=lambda e: -score[e])
    if len(ranked) > 1 and score[ranked[0]] == score[ranked[1]]:
        return None  # two organisations as prominent: no guessing
    return first[ranked[0]]


def _names_a_product(document: str, mention: Mention) -> bool:
    """"'LG 롤러블'": an organisation opening a quoted name is the product's brand, not a
    sign of who the article is about (LG전자 makes it)."""
    return mention.start > 0 and document[mention.start - 1] in "'‘\"“" and \
        re.match(r"\s?[가-힣A-Za-z0-9]+[^'’\"”\n]{0,20}['’\"”]", document[mention.end:]) is not None


_ASIDE = re.compile(r"\s?(?:\([^()\n]{1,30}\)|\[[^\[\]\n]{1,20}\])(?=[가-힣])")  # (066570), [278280]


def _outermost(mentions: list[Mention], document: str) -> list[Mention]:
    """Names inside a longer name are that name ('포스코' in '포스코DX', '삼성' in '삼성E&A'):
    a nested mention split lists and lent its entity to the longer name's company. A second
    name of the same organisation in brackets ('토스(비바리퍼블리카)가') is an aside of the first:
    read as a name of its own, it broke the list it closes ('네이버·카카오·토스(…)가'); so did a
    province before its city ('이천과 충북 청주, 충남 천안, 경북 구미 등이')."""
    out: list[Mention] = []
    reach = -1
    for mention in mentions:  # by start, longest first
        if mention.end <= reach:
            continue
        if out and document[mention.end:mention.end + 1] == ")" and (
                out[-1].entity == mention.entity and document[out[-1].end:mention.start].strip() == "("
                # "포스코이앤씨(옛 포스코건설)가": its former name is the same organisation
                or re.fullmatch(r"\(\s*(?:옛|구|舊|前)\s*", document[out[-1].end:mention.start])
                # "중앙보훈병원(서울)과 강원대병원(강원)은": a place glued on in brackets says where the first is
                or document[out[-1].end:mention.start] == "(" and _PROVINCE.fullmatch(mention.name)):
            continue
        if out and _PROVINCE.fullmatch(out[-1].name) and document[out[-1].end:mention.start] == " ":
            out.pop()  # "충남 천안": the province says where the city is, it is not a second name in the list
        if out and _GOVERNMENT_BODY.fullmatch(mention.name) and (
                document[out[-1].end:mention.start] == " "
                # "에스토니아 외무부와 국방부는": the second body is the same country's
                or re.fullmatch(rf"\s+{_GOVERNMENT_BODY.pattern}(?:와|과)\s+", document[out[-1].end:mention.start])):
            # "리투아니아 국방부는": a country's ministry speaks for the country, not for the body watched by that name
            country = out.pop()
            out.append(Mention(country.entity, document[country.start:mention.end], country.start, mention.end, mention.particle))
            reach = max(reach, mention.end)
            continue
        out.append(mention)
        reach = max(reach, mention.end)
    return out


_GOVERNMENT_BODY = re.compile(r"(?:국방부|외교부|외무부|재무부|국무부|상무부|정부|당국|의회|대통령실)")
_PROVINCE = re.compile(rf"{lx.REGION}(?:도|특별자치도)?")


_SPACED_PARTICLE = re.compile(r" (?:가|는|은|를|을)(?=\s)")


_GLOSS_CLOSES = re.compile(r"(?:\s*,\s*[A-Za-z][A-Za-z0-9 .&\-]{0,25})?\)")  # the gloss's own end ", ROSCOSMOS)"
_GLOSS_OPENS = re.compile(r"[가-힣A-Za-z0-9]\([^()\n]{1,30}$")  # the bracket glued to the name it glosses


def _particle(text: str, end: int) -> str:
    run = ""
    index = end
    aside = _ASIDE.match(text, end)
    if aside is not None:
        index = aside.end()  # "LG전자(066570)가", "카카오(대표 정신아)는": the particle after the aside
        if text.startswith("그룹", index):
            index += 2  # "신세계(004170)그룹이": the group's word after the code
    elif text.startswith("그룹", index) and not text.startswith("그룹", end - 2):
        index += 2  # "OCI그룹이": a watched name with the group's word glued on
    elif (gloss := _GLOSS_CLOSES.match(text, end)) is not None and _GLOSS_OPENS.search(text, max(0, end - 40), end):
        # "러시아연방우주국(로스코스모스, ROSCOSMOS)은": the name glossed in brackets is the subject, its particle after them
        index = gloss.end()
    if index < len(text) and text[index] in "'’\"”′″」』":
        index += 1  # '플라나'는: the particle follows the closing quote
    elif index == end and _SPACED_PARTICLE.match(text, index):
        index += 1  # "SK하이닉스 가 …": a particle set apart by a stray space
    while index < len(text) and is_hangul(text[index]):
        run += text[index]
        index += 1
    return run if is_particle_run(run) else ""


def _merge(watched: list[Mention], extra: list[Mention]) -> list[Mention]:
    out = list(watched)
    for mention in extra:
        if not any(m.start < mention.end and mention.start < m.end for m in watched):
            out.append(mention)
    return sorted(out, key=lambda m: m.start)


def _unwatched_orgs(sentence: str, watched: list[Mention]) -> list[Mention]:
    found: list[Mention] = []
    for match in re.finditer(r"[가-힣A-Za-z0-9&.]+", sentence):
        if _ends_hyphenated_name(sentence, match.start()):
            continue
        word = match.group(0).rstrip(".")
        base, particle = _split_particle(word)
        if not base or base in lx.GENERIC_SUBJECTS:
            continue
        generic_ai = base.startswith(lx.GENERIC_AI_PREFIXES)
        if base in lx.KNOWN_ORGS or (len(base) > 2 and base.endswith(lx.ORG_SUFFIXES) and not generic_ai):
            start = match.start()
            found.append(Mention(base, base, start, start + len(base), particle))
    return found


def _split_particle(word: str) -> tuple[str, str]:
    for size in range(min(4, len(word) - 1), 0, -1):
        tail = word[-size:]
        if all(is_hangul(ch) for ch in tail) and is_particle_run(tail):
            head = word[:-size]
            if head in lx.KNOWN_ORGS or head.endswith(lx.ORG_SUFFIXES):
                return head, tail
    return word, ""


def _clause_of(sentence: str, position: int) -> tuple[int, int]:
    for start, clause in clauses(sentence):
        if start <= position < start + len(clause):
            return start, start + len(clause)
    return 0, len(sentence)


# A count of what a list names: 2곳, 5종목, 52개 대학, 3개교, 두 은행.
_COUNT = (r"(?:빅|톱)\s?\d+|(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*여?\s*(?:개\s*)?(?:곳|개사|팀|사|종목|교|기업|컨소시엄|정예팀|대학|학교|기종|"
          r"업체|은행|기관|단체|지자체|도시|지역|회사|그룹|증권사|카드사|보험사|게임사|통신사|기업들|대학들)|\d+\s*개|"
          r"(?:일부|몇몇|여러|다수의?)\s*(?:기업|업체|곳|회사|종목)(?:들)?")  # "라이썬텍 등 일부 기업은 목록에서 제외됐다"
_ONLY = re.compile(rf"\s*(?:등\s*)?(?:{_COUNT})?\s*만\s")  # "C와 D 2개 업체만 참여했다": the only entrants
_COUNTED_AFTER_OF = re.compile(rf"의\s*(?:{_COUNT})(은|는|이|가|도|을|를)(?=\s)")  # "김포와 용인의 8곳이": the count's role
# The end of a list of names carries the list's particle: "카카오와 KT 등이", "KT 등은 모두",
# "네이버·NC AI 2곳이", "KT 등 국내 빅테크 기업은", "A·B 등 4개 컨소시엄 모두", "유뱅크 역시".
# "A와 B 같은 대형 게임회사들은", "A와 B를 비롯한 20여 개 기업이"
_LIST_MARK = rf"(?:등|모두|각각|같은|(?:을|를)\s*비롯한(?=\s)|{_COUNT})"
_LIST_HEAD = re.compile(rf"^(?:\s*(?:컨소시엄|측|진영))?\s*{_LIST_MARK}")
_LIST_WORD = re.compile(rf"\s*({_COUNT}|\d+\s*대|모두|각각|[가-힣A-Za-z]+)")
_LIST_PARTICLE = re.compile(r"(에서는|에서도|에서|은|는|이|가|도|을|를|의)(?=\s|$)")  # "A, B 등에서 해당 서비스를": 에서 too
_WORD_PARTICLE = re.compile(r"[가-힣A-Za-z]+?(은|는|이|가|도|을|를|의)")


def _list_end(rest: str) -> tuple[str, int, str] | None:
    """The particle closing a list's tail ("등 5대 거래소 대표들이"), where it ends, and the
    tail's last word: read word by word, so the first word with a particle closes the list
    (a pattern with a lazy count of words preferred a later word's particle)."""
    head = _LIST_HEAD.match(rest)
    if head is None:
        return None
    position = head.end()
    for _ in range(8):
        particle = _LIST_PARTICLE.match(rest, position)
        if particle:
            return particle.group(1), particle.end(), rest[:particle.end()].split()[-1]
        word = _LIST_WORD.match(rest, position)
        if word is None or word.group(1) in ("중", "가운데", "중에서", "중에는", "중엔"):
            return None  # "A, B 등 7개 지역 중 C를 제외한": the list is what C is taken from
        glued = _WORD_PARTICLE.fullmatch(word.group(1))
        after = rest[word.end():]
        relative = _RELATIVE_THEN_HEAD.match(rest, word.end()) if glued and glued.group(1) in ("이", "가") else None
        if relative:  # "A, B 등 한국 지사가 설립되지 않는 브랜드들이": the relative clause's subject is not the list's
            return relative.group(2), relative.end(), relative.group(1) + relative.group(2)
        if glued and glued.group(1) == "의" and re.match(r"\s+(?:[가-힣]+\s+)?[가-힣]+들?(?:이|은|는|도)\s", after):
            position = word.end()  # "등 에너지, 화학 분야의 핵심 기업들이": a possessive inside the tail
            continue
        if glued and re.match(r"\s|$", after):
            return glued.group(1), word.end(), word.group(1)
        position = word.end() + (1 if after.startswith(",") else 0)  # "등 에너지, 소재, 정유 분야의 …"
    return None


# A relative clause inside a list's tail, then the head noun that carries the list's particle.
_RELATIVE_THEN_HEAD = re.compile(r"\s+(?:[^\s,]+\s+){0,2}?[^\s,]*(?:않는|없는|있는|하는|되는|된|한|던)\s+([가-힣]+?들?)(은|는|이|가|도)(?=\s)")
_LIST_ASIDE = re.compile(r"^\s*(?:\([^()\n]{0,30}\)|\[[^\[\]\n]{0,20}\])")
_LIST_END_BARE = re.compile(rf"^(?:\s*(?:컨소시엄|측|진영))?\s*(?:(?:(?:등|{_COUNT})\s*)*(?:모두|각각)|역시|또한)(?=\s)")


_UNWATCHED_TAIL = re.compile(r"(?:\s*[,·]\s*[가-힣A-Za-z0-9&]{2,15}(?:\s?\([^()\n]{0,20}\))?){1,6}(?=\s*등)")


def _list_particle(sentence: str, end: int) -> str | None:
    """The particle the list ending at `end` carries, '도' for one ending in 모두/역시, else None."""
    rest = sentence[end:]
    aside = _LIST_ASIDE.match(rest)
    if aside and _LIST_HEAD.match(rest[aside.end():]):
        rest = rest[aside.end():]  # "A(대표 홍길동) 등 3곳은", "B(96.7점) 등이": an aside before the list's end
    unwatched = _UNWATCHED_TAIL.match(rest)
    if unwatched and _LIST_HEAD.match(rest[unwatched.end():]):
        rest = rest[unwatched.end():]  # "A, B, 질경이, 스폰지 등 7개사가": names no rule watches before the list's end
    found = _list_end(rest)
    bare = _LIST_END_BARE.match(rest)
    if bare and found and found[1] > bare.end() + 1:
        return "도"  # "A와 B 모두 이번 사업에 총력을": 모두 closes the list, a later word's particle is not its
    if found:
        particle, _, last = found
        as_group = group_of_token(last)
        if last not in lx.NOUNS_ENDING_LIKE_SUBJECTS and (as_group is None or as_group[0].name != last):
            return particle  # not "모두 예비인가": a noun that ends like a particle
    return "도" if _LIST_END_BARE.match(rest) else None


# Between two organisations said of together: 와, 및, commas, and "A에 이어 B도", "A는 물론 B도"
# (also "A 컨소시엄과 B 컨소시엄의").
# What a list may say of a name before it ("항공사 A와 전자상거래 플랫폼 B, 임상진단업체 C를"): a noun of kind.
# "제약사 화이자, 방산업체 레이시온", "방산회사인 레이시온": what a listed name is, a word ending in a kind of firm.
_DESCRIBED = (r"(?:업체|기업|회사|플랫폼|항공사|제조사|통신사|은행|증권사|카드사|보험사|게임사|게임단|구단|자회사|계열사|운용사|제약사|방산업체|"
              r"전자상거래|스타트업|유통사|건설사|조선사|완성차|사모펀드|투자사)(?:\s?\((?:PEF|PE|SI|FI)\))?")
# "A와 스타트업 B", and an appositive of a few words ending in 인 ("A와 SK그룹의 시스템통합(SI) 업체인 B를")
# (not a relation: "페이스북·인스타그램 모회사인 메타" says whose parent the next name is)
_KIND = r"(?:업체|기업|(?<![모자])회사|플랫폼|항공사|제조사|통신사|은행|증권사|보험사|게임사|제약사|스타트업|유통사|건설사|조선사)"
# ("…는 물론 4위인 스텔란티스": a rank said of the next name)
_DESCRIPTOR = rf"(?:[가-힣A-Za-z]{{0,6}}{_DESCRIBED}(?:인)?\s+|(?:[^\s,]+\s+){{1,3}}?[^\s,]*{_KIND}인\s+|" \
    rf"(?:[가-힣]{{1,4}}\s+)?\d+위(?:\s*[가-힣]{{1,4}})?인\s+)"
# The gap after an owner named inside such a description ("SK그룹의 시스템통합(SI) 업체인 "): no name listed.
_OWNER_IN_DESCRIPTION = re.compile(rf"의\s+(?:[^\s,]+\s+){{0,2}}?[^\s,]*{_KIND}인\s+")
# The marks a list's items open with: △ and ▲ above all ("반면 ▲A ▲B ▲C 등은 빠진다").
_BULLETS = "△▲▷▶■□◆◇●○"
_BULLETED_NAMES = re.compile(rf"(?:\s*[{_BULLETS}]\s*[^{_BULLETS}]{{1,40}})+")  # "△A △B": a line of bulleted names
# (and "닛산, 현대·기아차": the first half of a pair, not watched, may stand between two listed names)
# Where a bidder comes from, told before what it is ("홍콩계 사모펀드(PEF) 액티스", "글로벌 사모펀드인 베인캐피털").
_ORIGIN = rf"(?:{lx.PLACE}계?(?:의)?|국내|해외|글로벌|토종|외국계|외국)\s+"
_COORDINATION = re.compile(r"\s*\([^()]{1,30}\)\s+|"  # "중앙보훈병원(서울) 강원대병원(강원) 등이": a space after an aside
                           r"['’\"”]?\s*(?:\([^)]{0,30}\)|\[[^\]]{0,20}\])?\s*(?:(?:컨소시엄|정예팀|팀|그룹|외무부|외교부|국방부|정부)\s*)?(?:,\s*그리고|와|과|및|,|·|-|[" + _BULLETS + r"]|랑|이랑|나|이나|에\s*이어(?:서)?|이어|은\s*물론|는\s*물론|"
                           r"뿐\s*아니라|에\s*앞서|도|(?:을|를)\s*(?:비롯|포함)(?:해|하여|한|(?=\s*,))|(?:을|를)\s*(?:주축|중심)(?:으로|에)\s*(?:두고\s*)?|"
                           r"등\s+(?:[가-힣]+\s+)?[가-힣]+(?:와|과)(?=\s))\s*,?\s*(?:[" + _BULLETS + r"]\s*)?"
                           rf"(?:{lx.COUNTRY_BEFORE_NAME}|(?:{_ORIGIN})?{_DESCRIPTOR}{{1,2}})?"
                           r"(?:[가-힣]{1,4}[·ㆍ]\s*)?"
                           # "다올투자, 대신, 상상인, 유안타는": a name no rule watches, listed between by commas
                           # ("마스터카드와 비자, 이베이를 비롯해": after 와 too)
                           r"(?:(?<=[,와과])\s*[가-힣A-Za-z]{2,6}\s*,\s*)?"
                           r"['‘\"“]?")  # "'카카오'와 '네이버'는": quoted names too


# What may open a headline before its topic: nothing, or a quoted remark ("“…”…엔씨, ‘리니지W’ 출시").
_HEADLINE_OPENING = re.compile(r"\s{0,2}(?:[美中日英獨佛韓露印]\s?)?|"  # "美앱티브, 모셔널 유증 불참": a country's one-letter mark
                               r"\s*[“\"‘'\[][^”\"’'\]]{1,60}[”\"’'\]]\s*(?:…|\.\.\.)?\s*")
_HEADLINE_LIST = re.compile(r"\s{0,2}(?:[^\s·ㆍ/,]{1,20}\s?[·ㆍ/]\s?){1,5}")  # "A·B, 수주전 탈락": the topic is a list
# A person's title after the organisation, with the particle the person takes.
_TITLE_AFTER = re.compile(r"\s*(?:대표이사|대표|사장|부사장|회장|부회장|의장|연구원장|연구소장|원장|최고경영자|CEO|총괄|센터장|본부장|단장|"
                          r"대통령|총리|시장|도지사|군수|구청장|총장)"
                          r"(?:\s*\([A-Za-z]{2,5}\))?(?:\s+[가-힣]{2,4})?(이|가|은|는|도)\s")  # "최고경영자(CEO) 리옌훙은"


# What a verb is done to, told of a name with 에 대해/대한 ("A 컨소시엄에 대한 지위를 취소").
_SAID_OF = re.compile(r"\s*(?:컨소시엄|측)?\s*에\s*대(?:한|해)\s")


# A body that decides for the organisation named before it ("기독교대한성결교회 총회, 한기총 탈퇴 만장일치 통과").
_ITS_BODY = r"(?:총회|이사회|임원회|대의원회)"


def _role(sentence: str, mention: Mention) -> str:
    """The particle that marks the mention's role; for the last of a list ("A, B, C 등
    대기업은", "A와 B 모두"), the particle at the end of the list."""
    if re.match(r"의\s*경우(?:에는|엔)?\s", sentence[mention.end:]):
        return "은"  # "케이엠더블유의 경우 지수에서 편출됐다": what is said of it
    if mention.particle == "에" and _SAID_OF.match(sentence, mention.end):
        return "를"  # "A 컨소시엄에 대한 지위를 취소": what the verb is done to
    if mention.particle in ("을", "를") and re.match(r"(?:을|를)\s*비롯한\s", sentence[mention.end:]):
        return _list_particle(sentence, mention.end) or mention.particle  # "B를 비롯한 20여 개 기업이": in the subject
    if mention.particle == "의":
        counted = _COUNTED_AFTER_OF.match(sentence, mention.end)
        if counted:
            return counted.group(1)  # "고양과 광명, 김포와 용인의 8곳이 신청했다": the count carries the list's role
    if mention.particle:
        return mention.particle
    joined = _AND_COUNTED.match(sentence, mention.end)
    if joined:
        return joined.group(1)  # "국가과학기술연구회 및 소관 출연연구기관 22곳이": in the subject, with those counted
    if _SAID_OF.match(sentence, mention.end):
        return "를"  # "A·B 컨소시엄에 대해 불허를 통보했다": what the verb is done to
    consortium = re.match(rf"(?:\([^)]{{0,20}}\))?\s*(?:컨소시엄|측|진영|비상대책위원회|비대위|집행부|지도부|{_ITS_BODY}|"
                          r"(?:프로)?(?:야구|축구|농구|배구|골프|e스포츠|이스포츠)?(?:구단|게임단|선수단|팀))"  # "카카오 구단은"
                          r"(?:(?:['’\"”]\s*\([^()\n]{0,60}\))?(이|가|은|는|도|을|를|과|와|의)\s|"  # "'티머니 컨소시엄'(A, B, C)이"
                          r"\([^()\n]{0,60}\)(이|가|은|는|도)\s)",  # "DL이앤씨 컨소시엄(대림건설, 차병원)은": the members glossed
                          sentence[mention.end:])  # ("대한전공의협의회 비상대책위원회가": the body speaks for it)
    if consortium:
        return consortium.group(1) or consortium.group(2)  # "LG CNS·대보정보통신 컨소시엄이 … 응하지 않았다", "KT(96.7점) 컨소시엄을 제치고"
    glossed = re.match(r"\s?\([^()\n]{1,30}\)(이|가|은|는|도|을|를|과|와)\s", sentence[mention.end:])
    if glossed:
        return glossed.group(1)  # "일본제지 크레인즈(일본)가 빠지는 대신": the particle after the name's gloss
    bracket = re.match(r"\)\s*(이|가|은|는|도)\s", sentence[mention.end :])
    if bracket:
        return bracket.group(1)  # "3대 포털(카카오·네이버·KT)이": the list in brackets is the subject
    if re.match(r"\s*[\"“'‘]", sentence[mention.end :]) and mention.start < 40 or \
            (_HEADLINE_OPENING.fullmatch(sentence[:mention.start]) or _HEADLINE_LIST.fullmatch(sentence[:mention.start])
             or re.search(rf"{ELLIPSIS}\s*$", sentence[:mention.start])) \
            and re.match(rf"(?:\([A-Z0-9.:\- ]{{1,20}}\))?\s*(?:{_ITS_BODY}\s*)?(?:등\s*)?(?:{_COUNT})?\s*,", sentence[mention.end :]):
        # a headline's topic: 엔씨소프트 "TL 출시, …", "쿠팡, '물류로봇협의체'서 빠져", with its ticker "인텔(INTC), …"
        return "은"
    title = _TITLE_AFTER.match(sentence, mention.end)
    if title:
        return title.group(1)  # "김택진 엔씨소프트 대표가 …": a person's title carries the organisation
    return _list_particle(sentence, mention.end) or ""


_AND_COUNTED = re.compile(r"\s+및\s+(?:[^\s,.]+\s+){0,3}?\d+\s*(?:곳|개사|개\s*(?:기관|기업|업체|사))(이|가|은|는|도|을|를)\s")


# "…의 기존 PLCC 계약이 끝나는": the possessive owns the subject of a clause that describes something after it.
_OWNS_RELATIVE_SUBJECT = re.compile(r"(?:\s?\([^()\n]{1,20}\))?의\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+(?:이|가)\s+(?:[^\s,.]+\s+){0,2}?"
                                    r"[^\s,.]+(?:는|던|된|한)\s")


# A possessive that owns an approval (the grantor) or the other side of a comitative ("…의 반독점 규제 당국과").
_GRANTOR_OWNED = re.compile(r"의\s*(?:[^\s,.]+\s+){0,1}?(?:승인|허가|인가|동의|심사|허락)")
_COMITATIVE_OWNED = re.compile(r"의\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+(?:과|와)\s+(?:[^\s,.]+\s+){0,2}?(?:갈등|마찰|분쟁|협상|대립|소송)")


# A place an event is held at, named like an organisation: a hotel, a hall, a convention centre, a stadium.
_VENUE_NAME = re.compile(r"(?:호텔|컨벤션(?:센터)?|전시장|아트홀|홀|아레나|스타디움|경기장|코엑스|벡스코|킨텍스|엑스코|세텍|DDP|광장)$")


# An unnamed subject right before the trigger, a word or none between ("프리미어리그 팀이 가입을 철회").
_OWN_UNNAMED_SUBJECT = re.compile(r"(?<![가-힣])(?:팀|구단|기업|업체|회사|곳|국가|나라|단체|은행|대학)들?(?:이|가)\s+(?:[^\s,]+\s+)?$")


# A brand written bare before a numbered model ("LG Q52를", "LG 그램17이"): the product's name, not who acts.
_BRAND_OPENS_MODEL = re.compile(r"\s?[A-Za-z가-힣]{0,6}\s?[A-Za-z]*\d+[A-Za-z0-9+]*(?:을|를|이|가|은|는|도|의)?\s")


_THEN_AFTER = re.compile(r"[가-힣]{0,2}\s*(?:뒤|후|다음)(?:에|에는)?\s")  # "…을 내놓은 뒤 …": one step, then the next


# Between a name and one inside the gloss after it: "(" alone ("크레인즈(일본)"), or a consortium's members listed so far
# ("B 컨소시엄(C, D)은": D is a member, the consortium the topic).
_GLOSS_OPENED = re.compile(r"\s?\(|\s?컨소시엄\([^()\n]{0,40}?[,·]\s?")


def _actor(sentence: str, mentions: list[Mention], trigger: int, *, object_ok: bool = False,
           object_only: bool = False, absence: bool = False) -> list[Mention]:
    """The organisation(s) a trigger at `trigger` is said of.

    The nearest mention before it in the clause in subject/topic/possessive position (or
    object, for 제외한), with the mentions coordinated to it (카카오와 KT가); failing that,
    the subject of an earlier clause; failing that, a mention after the trigger.
    """
    clause_start, clause_end = _clause_of(sentence, trigger)
    subjects = tuple(p for p in SUBJECT_PARTICLES if not p.startswith("에서")) if absence else SUBJECT_PARTICLES
    allowed = (OBJECT_PARTICLES + POSSESSIVE if object_only else
               subjects + POSSESSIVE + (OBJECT_PARTICLES if object_ok else ()))
    before = [m for m in mentions if clause_start <= m.start and m.end <= trigger]
    if absence and not object_only and any(not _group_like(m.name) for m in before):
        # 전경련, 한경협: what was left, not who left; but "A 컨소시엄을 제치고": a bidder beaten, and a company whose
        # name ends like a group ("월그린스부츠얼라이언스는 다우지수에서 빠지게 됐다") is the topic that left
        # ("A 노조가 상급단체인 B를 탈퇴": a union marked as subject that leaves an object named after it left it)
        before = [m for m in before if not _group_like(m.name) or m.particle in ("은", "는") and not m.entity == m.name
                  or m.particle in ("이", "가") and m.entity != m.name and _OBJECT_BETWEEN.search(sentence, m.end, trigger)]
    if absence and before and before[0].start <= 2 and re.match(r"\s*,", sentence[before[0].end:]):
        # "메타, EU의 'AI 실천 규약' 서명 거부": a headline's topic is who refused, the possessive
        # before the quoted name its owner (without a topic, "카카오의 '…' 예비인가" is the actor's)
        before = [m for m in before if m is before[0] or not re.match(r"의\s*['‘\"“]", sentence[m.end:])]
    watched = [m for m in before if m.entity != m.name]
    if watched and any(_role(sentence, m) in allowed for m in watched):
        before = watched  # a watched entity in actor position beats a guessed organisation
    chosen: Mention | None = None
    for mention in reversed(before):
        if _in_aside(sentence, mention.start) and any(_GLOSS_OPENED.fullmatch(sentence, o.end, mention.start) for o in before):
            continue  # "크레인즈(일본)가", "B 컨소시엄(C, D)은": the gloss of the name before it, no actor of its own
        role = _role(sentence, mention)
        between = sentence[mention.end + len(mention.particle) : trigger]
        if not absence and re.match(r"에서\s*(?:개발|제작|만든|만드는)", sentence[mention.end:]):
            continue  # "넥슨게임즈에서 개발한 퍼스트 디센던트를 출시했다": the developer, not who launched
        if mention.particle.startswith("에서") and _VENUE_NAME.search(mention.name):
            continue  # "르노코리아는 13일 워커힐호텔에서 … '필랑트'를 공개한다": where, not who
        if not absence and _developer(sentence, mention) and any(not _developer(sentence, o) for o in before):
            continue  # "카카오게임즈가 서비스하고 라이온하트가 개발 중인 '오딘'": the publisher launches it
        # (an owner's verb that is the trigger's own word is no clause before it: "A가 지정 취소 통보를 받았다")
        if absence and ((owner := _OWNER_CLAUSE.match(sentence, mention.end)) and owner.end() <= trigger
                        or _example_of_owner(sentence, mention.end)):
            continue  # "카카오가 운영하는 플랫폼에 참여하지 않겠다": who runs what others stay out of
        if absence and role in ("이", "가") and _REASON_CLAUSE.search(between) \
                and any(o.start < mention.start and _role(sentence, o) in ("은", "는") for o in before):
            continue  # "발트 3국과 폴란드는 … 러시아가 위협을 가함에 따라 … 탈퇴": the reason's subject, not the topic's act
        if absence and role in ("이", "가") and _REASON_TOLD.search(between):
            continue  # "안공노는 민노총과 전공노가 … 투쟁을 벌인다는 이유로 탈퇴를 선언": the subject of the reason told
        if absence and not object_only and (_RELATIVE_SUBJECT.match(sentence, mention.end) or
                                            not mention.particle and _BARE_OWNER.match(sentence, mention.end)) \
                and any(o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는") for o in before):
            # "A가 보건복지부가 인증하는 …에서 탈락", "A가 보건복지부 '혁신형 제약기업'에서 탈락": the subject
            # came first; the name after it grants or owns what A is out of
            continue
        if absence and role in POSSESSIVE and (_GRANTOR_OWNED.match(sentence, mention.end) and not object_only
                                               or _COMITATIVE_OWNED.match(sentence, mention.end)
                                               and any(o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는")
                                                       for o in before)):
            continue  # "중국의 승인을 받지 못하면서": who grants; "어도비가 EU와 영국의 … 당국과 갈등을 빚다가": whom it clashed with
        if absence and role in POSSESSIVE and _REASON_OWNED.match(sentence, mention.end):
            continue  # "중국의 반발로 … 총회에 참석하지 못했다": whose opposition kept the other out
        if absence and not object_only and role in POSSESSIVE and _owns_group_after(sentence, mention, trigger):
            continue  # "A가 교육부의 일반재정지원사업에서 탈락": whose programme it is, not who failed it
        if absence and role in POSSESSIVE and _MEMBERS_OWNED.match(sentence, mention.end):
            continue  # "클레이튼의 거버넌스 카운슬(GC) 구성원들이 … 이탈하고 있다": the members leave, not whose they are
        if absence and not object_only and role in POSSESSIVE and _HURDLE.match(sentence, trigger) \
                and sentence[mention.end + len(mention.particle):trigger].strip() \
                and any(o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는") for o in before):
            continue  # "A가 FIU의 가상자산 사업자 심사 문턱을 넘지 못했다": whose hurdle it is, the subject failed it
        if absence and re.search(r"(?:부|처|청|위원회)$", mention.name) and re.match(r"\s*['‘\"“]", sentence[mention.end:]) \
                and _owns_group_after(sentence, Mention(mention.entity, mention.name, mention.start, mention.end, ""), trigger):
            continue  # "환경부 '노후상수도 정비사업' 공모도 고배를 마셨다": a ministry's programme, bare before its name
        if not absence and role in POSSESSIVE and _PART_USED.match(sentence, mention.end) \
                and any(o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는") for o in before):
            continue  # "존디어는 스페이스X의 위성 통신을 활용한 트랙터를 출시": whose part it uses, the topic launches
        if not absence and role in POSSESSIVE and _BASE_OWNED.match(sentence, mention.end):
            continue  # "연구원은 LG의 LLM ‘엑사원’ 기반의 AI 서비스 … 출시를 목표로": whose base, not who launches
        if not absence and role in POSSESSIVE and _OWNS_RELATIVE_SUBJECT.match(sentence, mention.end) \
                and any(o.start < mention.start and _role(sentence, o) in ("은", "는") for o in before):
            continue  # "삼성카드는 현대카드와 무신사의 기존 PLCC 계약이 끝나는 내년 4월 이후 …를 선보일": a clause inside
        if not absence and _COMPONENT_MAKER.match(sentence, mention.end):
            continue  # "삼성디스플레이가 양산하는 QD 디스플레이를 탑재한 첫 QD-OLED TV가": who makes a part of it
        if not absence and _WORKED_WITH.match(sentence, mention.end):
            continue  # "LG전자가 포스코강판 등과 협업한 이 신제품은": a partner in the work, not who launches
        if not absence and _COMPARED_WITH.match(sentence, mention.end):
            continue  # "바이두는 오픈AI의 챗GPT와 유사한 '어니봇'을 출시한다": whose product it is compared with
        if not absence and _SHOW_OWNER.match(sentence, mention.end):
            continue  # "소니의 스테이트 오브 플레이 행사를 통해 출시일을 확정": whose show it was, not who launches
        if not absence and not role and _BRAND_OPENS_MODEL.match(sentence, mention.end) and any(
                o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는") for o in before):
            continue  # "LG전자는 이르면 다음달 16일 LG Q52를 출시한다": the brand opens the product's name
        if not absence and _reports(sentence, mention):
            continue  # "폰아레나 등 외신은 … 팁스터를 인용해 … 조정될 수 있다고 보도했다": who reports it
        if not absence and role.startswith("에서") and re.fullmatch(rf"(?:{lx.PLACE}|한국|국내)(?:시|도)?", mention.name):
            continue  # "부산에서 서비스를 개시", "한국에서 양산을 시작": where it launches, not who
        if not absence and _PLACE_NAME.fullmatch(mention.name):
            continue  # "한국은 10~11월 중 새 아이폰이 출시될 것으로": a country is a market, never the maker
        if not absence and _VENUE_AFTER.match(sentence, mention.end):
            continue  # "사장은 배터리산업협회 이사회에서 '양산을 시작할 것'": where it was said, not who launches
        if absence and re.fullmatch(rf"(?:{lx.PLACE}|한국)", mention.name) and _MARKET_AFTER.match(sentence, mention.end):
            continue  # "한국 사업을 철수": a market left, not who left it
        if object_only and role in POSSESSIVE and _SUBJECT_WORD.search(between):
            continue  # "현대차의 아이오닉5가 … B를 제치고": the winner's owner, not the beaten
        if object_only and not role and _MAKER_BEFORE_OBJECT.fullmatch(between):
            chosen = mention  # "포드 머스탱 마하-E를 제치고": the maker named bare before its product
            break
        if not absence and re.match(r"에\s*따르면", sentence[mention.end:]):
            chosen = mention  # "넥슨에 따르면 … 출시했다": the company speaking of its own launch
            break
        if role in allowed or (not role and not between.strip()):
            chosen = mention
            break
        if not role and _group_like(mention.name):
            continue  # "전경련 복귀 불발", "독파모 탈락": the group, not who left it
        if absence and not role and re.fullmatch(rf"(?:{lx.PLACE}|{lx.COUNTRY}|한국|대한민국|우리나라)", mention.name) \
                and re.match(rf"\s*{_UNNAMED_KIND}들?(?:이|가|은|는|도)\s", between):
            continue  # "새로운 한국 기업이 선정되지 못했지만": a country describing companies not named
        if absence and not role and re.match(r"\s*(?:컨소시엄|정예팀|진영)(?:에서|에)", sentence[mention.end:]):
            continue  # "대우건설 컨소시엄에서 이탈": the consortium left, named after its leader
        if not role and absence and re.match(r"^\s*[가-힣A-Za-z0-9]+(?:에서|에)\s+$", between) \
                and not _named_by_itself(between):
            continue  # "MSCI 지수에서 빠지게": the name is the index's, the locative word is what was left
        if not role and (re.match(r"^\s*(?:[가-힣A-Za-z0-9]+\s+){0,1}(?:[가-힣A-Za-z0-9]+의\s+)?$", between) or
                         re.match(r"^\s*등\s+(?:\S+\s+){0,1}$", between)):  # "네이버·카카오·KT 등 최종 불참"
            if absence and not object_only and any(o.start < mention.start and _role(sentence, o) in ("이", "가", "은", "는")
                               and not re.fullmatch(r"\s*,\s*", sentence[o.end:mention.start])  # "A, B 지수에서 빠진다"
                               for o in before):
                continue  # "신세계그룹이 … 요기요 본입찰 불참을 선언": the bare name is whose auction, the subject left
            chosen = mention  # "명단에 카카오 빠져", "카카오 불참"
            break
    if chosen is None and object_only:
        return []
    if chosen is None and absence and _OWN_UNNAMED_SUBJECT.search(sentence, clause_start, trigger):
        return []  # "…했지만, 절반을 차지하는 프리미어리그 팀이 가입을 철회": the clause has a subject of its own, unnamed
    if chosen is None:
        # A headline's halves are two statements ("A, 공모…B 제외"): never reach across the '…'.
        floor = max((m.start() for m in re.finditer(f"{ELLIPSIS}|{QUOTES_JOINED}", sentence)
                     if m.start() < clause_start), default=-1)
        earlier = [m for m in mentions if floor < m.start and m.end <= clause_start and (_role(sentence, m) in SUBJECT_PARTICLES + POSSESSIVE or
                                                                      sentence[m.end:m.end + 2].lstrip().startswith(",")
                                                                      or _JOINED_TO_SUBJECT.match(sentence, m.end))]
        if not absence:
            earlier = [m for m in earlier if not _SHOW_OWNER.match(sentence, m.end) and not _reports(sentence, m)]
        if absence:
            # "A와 B 등 3개 대학이 교육부의 '…' 공모에 신청했지만, 모두 탈락": the subject of the
            # earlier clause is who failed; a possessive there names the organiser of the group,
            # and one right before a group's name is never who failed it.
            # (but "엔씨소프트의 ‘리니지2M’은 … 출품하지 않았다": the quoted name is the subject, its owner did it)
            earlier = [m for m in earlier if not (_role(sentence, m) in POSSESSIVE and _OWNS_GROUP.match(sentence, m.end)
                                                  and not _OWNS_QUOTED_SUBJECT.match(sentence, m.end))]
            not_possessive = [m for m in earlier if _role(sentence, m) not in POSSESSIVE]
            earlier = not_possessive or earlier
        if earlier:
            chosen = earlier[-1]
    if chosen is None:
        # (not across a clause's join: "…탈퇴를 공식 선언한 데 이어 러시아도 …라고 발표했다" is another subject's act)
        after = [m for m in mentions if trigger <= m.start < clause_end and m.particle in ("이", "가", "은", "는", "도")
                 and not _NEW_CLAUSE_BETWEEN.search(sentence, trigger, m.start)]
        return after[:1]
    group = [chosen]
    closed = re.match(r"\s*등\s", sentence[chosen.end:]) is not None  # "업비트 빗썸 코인원 등": spaces alone list them
    spaced = _spaced_run(sentence, mentions, chosen)  # "스웨덴 포르투갈 인도는": so do three names in a row
    # "볼보의 EX30과 BYD의 SEAL을 제치고": entrants told by their products, each after its maker's 의
    owners = object_only and re.match(r"의\s", sentence[chosen.end:]) is not None
    for mention in reversed([m for m in mentions if m.end <= chosen.start]):
        if _in_aside(sentence, mention.start) and not _in_aside(sentence, chosen.start):
            continue  # "A(B로 통합 운영), C가 불참한다": a name inside another's gloss is no name listed
        gap = _LEGAL_OWNER.sub(" ", sentence[mention.end : group[0].start])  # "…, 학교법인○○재단 ○○대병원"
        if (not mention.particle and not gap.strip() or mention.particle == "의" and gap.strip() == "의") \
                and _COUNTRY_OR_REGION.fullmatch(mention.name) and mention not in spaced:
            continue  # "한화오션, 스페인 나반티아는", "…폭스바겐, 일본의 토요타": the place says whose the next name is
        opening = re.search(r"등\s+$", sentence[: mention.start]) if _COUNTRY_OR_REGION.fullmatch(mention.name) else None
        if opening and _COORDINATION.fullmatch(sentence, opening.start(), group[0].start):
            continue  # "A·B 등 일본 브랜드와 C·D 등 …": the place is the first list's class noun, not a name listed
        if object_only and not chosen.particle and mention.start <= 2 and gap.strip() == "," and \
                not sentence[chosen.end:trigger].strip():
            break  # "A, B 따돌리고 첫 수주": a headline's topic, then the one it beat with the particle dropped
        if mention.particle in ("와", "과", "랑", "이랑", "이나", "나") and not gap[len(mention.particle):].strip() or \
                _COORDINATION.fullmatch(gap) or (closed and gap and not gap.strip() and not mention.particle) or mention in spaced or \
                owners and _PRODUCT_BETWEEN.fullmatch(gap) or \
                absence and mention.particle in ("이", "가") and _SUBJECTS_GAPPED.fullmatch(gap) or \
                _PARALLEL_CLAUSE.fullmatch(gap) and _clause_ends_at(sentence, mention.start) or \
                _member_of_count(gap, group[0]):
            # ("주사업자에 도전한 A와 부사업자로 입찰한 B는": each name with a clause of its own, in parallel)
            group.insert(0, mention)
        elif mention.particle == "의" and _OWNER_IN_DESCRIPTION.fullmatch(gap):
            continue  # "A와 SK그룹의 시스템통합(SI) 업체인 B": the owner inside B's description, not a name listed
        else:
            break
    return group


# Members named after their owner's 의 as the subject: they act, the owner does not.
_MEMBERS_OWNED = re.compile(r"의\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*?(?:구성원|회원사|회원국|회원|멤버|참여사|참여\s?기업|파트너사|가맹점|제휴사)들?"
                            r"(?:이|가|은|는|도|마저|조차)\s")
# A hurdle the trigger says was not passed, named with its owner before it ("FIU의 … 심사 문턱을 넘지 못").
_HURDLE = re.compile(r"(?:문턱|관문|심사|평가|승인|허가|인가|인증|벽)(?:을|를)?\s*(?:넘지|통과하지|받지|얻지)")


def _named_by_itself(word: str) -> bool:
    """'다우지수에서' names its group whole, so "화이자 다우지수에서 빠진다" lists 화이자 as who left;
    '지수에서' does not, so in "MSCI 지수에서 빠지게" MSCI is part of the index's name."""
    found = group_of_token(squeeze_term(word))
    return found is not None and found[0].named


# "포드 머스탱 마하-E를 제치고": a product of at most three words, the object, after its maker's bare name.
_MAKER_BEFORE_OBJECT = re.compile(r"\s+(?:[^\s,]+\s+){0,2}[^\s,]+(?:을|를)")
# "A 노조가, 작년 12월엔 B 노조가 탈퇴하면서": two subjects of one verb, each with its own time.
_SUBJECTS_GAPPED = re.compile(r"[이가]\s*,\s*(?:[^\s,]+\s+){0,3}")
_VENUE_AFTER = re.compile(r"\s*(?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z0-9]*(?:이사회|총회|행사|포럼|간담회|세미나|컨퍼런스|콘퍼런스|"
                          r"설명회|회의)(?:에서|에)\s")
_MARKET_AFTER = re.compile(r"\s*(?:사업|시장|법인|지사|서비스|공장)")
_COMPARED_WITH = re.compile(r"의\s+(?:[^\s,]+\s+){0,3}?[^\s,]*(?:와|과)\s+(?:유사한|비슷한|같은|경쟁하는|맞설|맞서는)")
_REASON_OWNED = re.compile(r"의\s+(?:[가-힣]+\s+)?(?:반발|반대|압력|압박|요구|거부|방해|견제|제재|보이콧)"
                           r"(?:으로|로|에\s*따라|에\s*밀려|때문에|탓에)\s")
# What a product is built with: a part carried, a technology used ("…를 탑재한", "…을 활용한")
_USES = r"(?:활용|탑재|적용|사용|채택|접목|결합)"
_COMPONENT_MAKER = re.compile(rf"(?:이|가)\s+(?:[^\s,]+\s+)?(?:양산|생산|공급|개발|제조)(?:하는|한)\s+(?:[^\s,]+\s+){{0,3}}?[^\s,]+(?:을|를)\s*"
                              rf"{_USES}(?:한|된)\s")
_WORKED_WITH = re.compile(r"\s*(?:등)?(?:과|와)\s*(?:함께\s*)?(?:협업|협력|공동\s*개발|손잡|제휴)(?:한|해|하여|해서|하고)\s")
_PART_USED = re.compile(rf"의\s+(?:[^\s,]+\s+){{0,4}}?[^\s,]+(?:을|를)\s*{_USES}(?:한|된|해|하여)\s")
_BASE_OWNED = re.compile(r"의\s+(?:[^\s,]+\s+){0,3}?[^\s,]+?\s*(?:기반|바탕)(?:의|으로|인|을\s*둔)\s")  # "LG의 LLM ‘엑사원’ 기반의"
_SHOW_OWNER = re.compile(r"의\s+(?:[가-힣A-Za-z0-9]+\s+){0,3}(?:행사|쇼케이스|방송|발표회|컨퍼런스|콘퍼런스)")
# The store a product is launched on, named by its owner ("구글 플레이 스토어에 출시했다", "애플 앱스토어와 구글플레이에서"):
# where, not who.
_STORE_OF = re.compile(r"\s*(?:플레이\s*스토어|플레이|앱\s*스토어|스토어|마켓|스팀)(?:\s*(?:와|과|및|,|·)\s*[^\s,.]+){0,2}\s*(?:에서|에)\s")
_SHORT_FORM = re.compile(r"\s*\((?:이하|약칭)[^)]*\)?\s*$")


def _developer(sentence: str, mention: Mention) -> bool:
    """'라이온하트 스튜디오가 개발하고 있다': said to develop the product (a publisher releases it)."""
    return re.match(r"(?:이|가|에서)\s*(?:개발|제작)\s*(?:하고|하는|한|중|해|했)", sentence[mention.end:]) is not None


# "충북도와 충북대학교가 …": joined to a subject the index does not know (an unwatched name).
_JOINED_TO_SUBJECT = re.compile(r"(?:와|과)\s+[가-힣A-Za-z0-9]+(?:이|가|은|는)\s|"
                                # "씨스포빌 응모도 예상됐지만 접수하지 않았다": its entry, the subject of the clause before
                                r"\s(?:응모|신청|참여|참가|입찰|응찰)(?:도|가|는|이)\s")


# An organisation as the subject of a relative clause that names what it runs or leads.
_OWNER_VERBS = r"(?:운영|주도|주관|주최|관리|소유|설립|구성|결성|출범시|개설|만든|만드는|이끄는|이끈|발표|선정|지정|평가|공모|모집)"
_OWNER_CLAUSE = re.compile(rf"(?:이|가)\s*(?:{_OWNER_VERBS}[가-힣]*|(?:[가-힣0-9]+\s+){{0,2}}(?:출시|공개|도입)(?:할\s*예정인|한|하는|할))\s")
_OWNS_GROUP = re.compile(r"의\s*['‘\"“]")  # "교육부의 '반도체 공동연구소' 공모사업"
# The subject of a relative clause inside the group's phrase ("보건복지부가 인증하는 혁신형 제약기업"), and a
# name written bare before a quoted group's name and its locative ("보건복지부 '혁신형 제약기업'에서").
_RELATIVE_SUBJECT = re.compile(r"(?:이|가)\s+[가-힣]{1,8}(?:하는|한|되는|된|할|하던|했던)\s")
_BARE_OWNER = re.compile(r"\s*['‘\"“][^'’\"”\n]{2,40}['’\"”]\s*(?:에서|에|서)\s")


_QUOTED_SUBJECT = re.compile(r"[가-힣A-Za-z]{2,}(?:이|가)\s|(?<=\s)(?:팀|곳|사|국)(?:이|가)\s")  # ('"…6개 팀이 … 탈퇴한다"')
def _trailing_name_words(text: str, limit: int, taken: list[str], *, brackets: bool = False) -> list[str]:
    """The last words of `text` that can be a name's words, up to `limit`, none of them an organisation of the
    sentence nor an adverb ("유일하게"); with `brackets`, a word holding a bracketed gloss ('일대일로(一對一路)') too."""
    words: list[str] = []
    for word in reversed(text.split()):
        # ("제로페이 제휴": a payment brand's 이 is no particle)
        if len(words) == limit or not (name_word(word) or brackets and re.search(r"[()]", word)
                                       or re.fullmatch(r"[가-힣A-Za-z0-9]+페이", word)) \
                or squeeze_term(word) in taken or re.fullmatch(r"[가-힣]+(?:하게|히)", word):
            break
        words.insert(0, word)
    return words


def _group_words_before(text: str, limit: int, taken: list[str], *, brackets: bool = False) -> list[str]:
    """The name words ending `text`, its last word a group's head word or not ("공동제안국", "국내 합작법인")."""
    words = text.split()
    head_last = bool(words) and group_of_token(squeeze_term(words[-1])) is not None
    if not head_last:
        return _trailing_name_words(text, limit, taken, brackets=brackets)
    return _trailing_name_words(" ".join(words[:-1]), limit - 1, taken, brackets=brackets) + words[-1:]


_SPEAKS = re.compile(r"(?:\([^()]{1,20}\))?(?:이|가|은|는)\s")
_REASON_TOLD = re.compile(r"[가-힣]{1,6}(?:다|라)는\s*(?:이유|명분|까닭)(?:로|으로|에서|를\s*들어|을\s*들어)\s")
_REASON_CLAUSE = re.compile(r"(?:함|음|됨|짐|하면서|하자)에?\s*따라\s|(?:하|되)자\s|때문에\s")
_ADVERBS_ONLY = re.compile(r"공식적으로|공식|정식으로|전격|최종적으로|최종|결국|끝내|사실상|완전히")  # "…에서 공식 탈퇴했다"


def _owns_group_after(sentence: str, mention: Mention, trigger: int) -> bool:
    """A possessive whose noun is a group's name that the trigger is out of (교육부의 일반재정지원사업 …에서
    탈락) owns it; one whose group is the subject of a failed try (업스테이지의 '…' 본선행이 좌절) is the try's."""
    start = mention.end + len(mention.particle)
    return any(start < g.start <= start + 2 and g.end <= trigger and
               (re.match(r"[^,]*?(?:에서|에도|에는|에)\s|도\s", sentence[g.end:trigger]) or  # the group's span may hold its 에
                re.search(r"(?:에서|에도|에는|에|도)$", sentence[g.start:g.end])
                and not _ADVERBS_ONLY.sub("", sentence[g.end:trigger]).strip())
               for g in group_mentions(sentence[:trigger]))
# "카카오나 토스 같은 업체가 운영하는 플랫폼": named as examples of who runs it. Found in a short
# window after the name, with no nested repetition (a list-shaped pattern backtracked for seconds).
# (a passive "지사가 설립되지 않는 브랜드" describes the listed, it owns nothing)
_LIKE_OWNER = re.compile(rf"(?:같은|등)\s+[^,.은는]{{0,24}}?(?:이|가)\s*{_OWNER_VERBS}(?![되돼됐])[가-힣]*\s")


def _example_of_owner(sentence: str, end: int) -> bool:
    window = sentence[end:end + 60]
    like = _LIKE_OWNER.search(window)
    if like is None:
        return False
    between = window[:like.start()]  # names and list marks only: no clause ends in between
    return not re.search(r"[은는을를]\s|다[\s.]|[.!?]", between)


def _group_like(name: str) -> bool:
    return bool(lx.KNOWN_GROUPS.fullmatch(name)) or group_of_token(name.replace(" ", "")) is not None


def _evidence(sentence: str) -> str:
    return sentence if len(sentence) <= 400 else sentence[:397] + "…"


# --- absent_from ---------------------------------------------------------------------

# The word an owner's name ends in: a fund, a public body, a city ('산재보험기금', '서민금융진흥원', '부산시 차기').
# A word that names whose or where a selection is: a public body or fund ('서민금융진흥원', '부산시', '산재보험기금'), a
# region or country ('서울', '모로코'); not a description ('방산업체', '스타트업') or an adverb.
_OWNER_NAME = re.compile(rf"[가-힣A-Za-z0-9]{{1,12}}(?:기금|공단|공사|진흥원|거래소|공제회|재단|연금|시|도|군|구|청|교육청|센터)|"
                         rf"{lx.PLACE}(?:시|도)?")
_OWNER_WORD = re.compile(r"(?:기금|공단|공사|진흥원|거래소|공제회|재단|연금|시|도|군|구|청|교육청|은행|센터)(?:의)?\s+(?:차기\s+|신규\s+)?$")
_QUOTED_PHRASE = re.compile(r"['‘\"“]([^'’\"”\n]{2,70})['’\"”]")


_DESIGNATED_AS = re.compile(r"\s*(?:으로|로)\s*(?:신규\s*|새로\s*)?(?:지정|선정|편입)")


@dataclass
class _ArticleGroups:
    """The article's main group, found only when some sentence holds an absence trigger."""

    document: str
    title_end: int
    orgs: tuple[str, ...] = ()
    _main: Group | None = None
    _done: bool = False

    _named: dict[str, str] | None = None
    _mentions: list[GroupMention] | None = None
    _quoted: list[str] | None = None  # the phrases the report quotes, read once
    cursor: int = 0  # where the sentence being read starts

    @property
    def mentions(self) -> list[GroupMention]:
        """The document's group mentions, walked once for both questions below."""
        if self._mentions is None:
            self._mentions = group_mentions(self.document)
        return self._mentions

    @property
    def main(self) -> Group | None:
        if not self._done:
            self._main, self._done = main_group(self.document, self.title_end, self.orgs, self.mentions), True
            if self._main is not None and self._main.family == "selection":
                self._main = replace(self._main, name=self.owned_whole(self._main.name))
        return self._main

    def owned_whole(self, name: str) -> str:
        """The role the article keeps naming bare ('주간운용사'), by the fuller name it gives it once with its owner
        ('산재보험기금 주간운용사'): whose role it is tells one fund's or one city's selection from another's."""
        fuller = [m.group.name for m in self.mentions if m.group.named and m.group.name.endswith(name)
                  and len(m.group.name) > len(name) + 1 and _OWNER_WORD.search(m.group.name[: -len(name)])]
        if fuller:
            return max(fuller, key=lambda n: (fuller.count(n), -fuller.index(n)))
        # ('우선협상 대상자' → '매각 우선협상 대상자': a bare role by the words the report writes before it)
        return self.written_out(name) if _BARE_ROLE.fullmatch(squeeze_term(name)) else name

    def named_whole(self, name: str) -> str:
        """A bare role ('우선협상대상자') by the name the report writes it out with ('학생용 스마트단말기 보급사업
        우선협상대상자'); a role with words of its own, by its owner's fuller name (`owned_whole`)."""
        bare = group_of_token(name.replace(" ", ""))
        if bare is None or bare[0].named:
            return self.owned_whole(name)
        fuller = [m.group.name for m in self.mentions if m.group.named and m.group.name.endswith(name)
                  and len(m.group.name) > len(name) + 1]
        return max(fuller, key=lambda n: (fuller.count(n), -fuller.index(n))) if fuller else self.written_out(name)

    def written_out(self, role: str) -> str:
        """A bare role ('우선협상 대상자') by the words the report writes before it most often ('매각 우선협상 대상자',
        '임차운영사 우선협상대상자'): up to three name words, the nearest one with 의 or without ('사업의 우선협상
        대상자'). Not across a quote, a bracket, a comma or a word that is no name ('NH투자증권이 우선협상대상자')."""
        squeezed = role.replace(" ", "")
        if len(squeezed) < 3:
            return role

        def fits(word: str, nearest: bool) -> bool:
            bare = word[:-1] if nearest and word.endswith("의") and len(word) > 2 else word
            return name_word(bare) and squeeze_term(bare) not in self.orgs

        told = [tuple(words) for words in self._words_before(squeezed, 60, 3, fits) if words]
        if not told:
            return role
        best = max(told, key=lambda words: (told.count(words), len(words)))
        return " ".join((*best, role))

    def widened(self, name: str, own: str) -> str:
        """A group read short ('도시개발사업 우선협상대상자', '위탁운용사', '시내면세점 특허권') by the fuller name the report
        writes at least once ('광명동굴 주변 도시개발사업 우선협상대상자', '서민금융진흥원 위탁운용사', '서울 시내면세점 특허권'):
        up to three name words written right before it, whose owner or place tells one selection from another. Not
        the absent organisation's own name, nor across a quote, bracket or comma."""
        squeezed = name.replace(" ", "")
        if len(squeezed) < 2 or squeezed in self.orgs:
            return name  # (a deal named by the other side, '캘러웨이', is named by the company, not where it is from)
        # (an organisation's name owns a role it picks — '애플 카드 발행사' — but names an alliance of its own making,
        # '페이스북 리브라 협회', no better than the report's short name)
        head = group_of_token(squeezed)
        selection = head is not None and head[0].family == "selection"
        if head is not None and head[0].family not in ("selection", "project") \
                or head is None and (re.search(r"(?:공사|회사|그룹|법인|기업|은행|증권|운용|[A-Za-z])$", squeezed)
                                     or " " not in name.strip()):  # (one word with no head: a company's name)
            # "미국 다우지수", "중국 일조화학유한공사": where an index or a company is from is no part of its name; a
            # selection's or a project's is ('서울 시내면세점 특허권', '성남 은행주공 재건축 사업')
            return name

        def fits(word: str, nearest: bool) -> bool:
            return bool(word) and name_word(word) and squeeze_term(word) not in squeeze_term(own) \
                and bool(_OWNER_NAME.fullmatch(word) or selection and squeeze_term(word) in self.orgs)

        best: list[str] = []
        for words in self._words_before(squeezed, 40, 2, fits):
            if len(words) > len(best):
                best = words
        return " ".join(best + [name]) if best else name

    def _words_before(self, squeezed: str, reach: int, most: int, fits: Callable[[str, bool], bool]) -> Iterator[list[str]]:
        """At every place the report writes a name (spaced or not), the words right before it within `reach` characters
        of its line that `fits` takes (told whether the word is the nearest), up to `most`, read back from the name:
        where a short name says whose it is, or what it is of."""
        spaced = re.compile(r"(?<![가-힣A-Za-z0-9])" + r"\s?".join(map(re.escape, squeezed)))
        for occurrence in spaced.finditer(self.document):
            line_start = self.document.rfind("\n", 0, occurrence.start()) + 1
            before = self.document[max(line_start, occurrence.start() - reach):occurrence.start()]
            if not before.endswith(" "):
                continue
            words: list[str] = []
            for word in reversed(before.split(" ")[:-1]):
                if len(words) == most or not fits(word, not words):
                    break
                words.insert(0, word)
            yield words

    def quoted_whole(self, head: str) -> str | None:
        """The longest name the report quotes that ends in a bare head ("후보사업자" → "'공공분야 전자서명 확대
        도입을 위한 시범사업 후보사업자'"): the whole of what a sentence names by its last word."""
        if len(head) < 2:
            return None
        if self._quoted is None:
            self._quoted = [m.group(1).strip() for m in _QUOTED_PHRASE.finditer(self.document)]
        wholes = [q for q in self._quoted if q.endswith(head) and q[: -len(head)].endswith(" ") and len(q) > len(head) + 2
                  and not re.fullmatch(r"\s*(?:20\d\d년?|제?\d+회|제?\d+기)\s*", q[: -len(head)])]  # '2019 도쿄모터쇼'
        # is an edition of the show named, not a fuller name
        return max(wholes, key=len) if wholes else None

    def told_before(self, pattern: re.Pattern[str], within: int) -> bool:
        """Whether the text just before the sentence read now (`cursor`) says it: a contest or a vote told the
        sentence before is what '따돌렸다' and '기권했다' belong to."""
        return pattern.search(self.document, max(0, self.cursor - within), self.cursor) is not None

    def seat_sought(self, name: str) -> str | None:
        """The host's seat the report names for the event or the call `name` ('… 개최지'), when the race was for it:
        the seat of that event, or, for a call ('산림청 공모'), the one seat the report names."""
        key = canonical(name)
        if HOST_SEAT.search(key):
            return None
        seats = [m.group.name for m in self.mentions if HOST_SEAT.search(canonical(m.group.name))]
        named = [s for s in seats if key in canonical(s)]
        if named:
            return max(named, key=named.count)
        seat = HOST_SEAT.search(canonical(seats[0])) if seats else None
        events = [m.group.name for m in self.mentions if m.group.named and _HELD_EVENT_HEAD.search(canonical(m.group.name))]
        if seat is None:
            main = self.main
            if key.endswith("공모") and events and main is not None and _HELD_EVENT_HEAD.search(canonical(main.name)):
                # "진주시, 정원산업박람회 최종 선정 … 수원, 천안 … 등이 산림청 공모에 신청해 진주가 선정됐다": a call in
                # a report about an event, no seat word said: the race was to hold the event
                return max(events, key=lambda e: (events.count(e), len(e)))
            return None
        if _HELD_EVENT_HEAD.search(key):
            return f"{name} {seat.group(0)}"  # "'…선수권대회' … 개최지로 A가 선정"
        if key.endswith("공모") and events:  # "산림청 공모에 … 개최지로 A가 선정": the event the report names most
            return f"{max(events, key=lambda e: (events.count(e), len(e)))} {seat.group(0)}"
        return None

    def named_before(self, family: str, within: int = 400) -> str | None:
        """The group of `family` named last in the sentences just before the one read now (`cursor`)."""
        names = [m for m in self.mentions if m.group.named and m.group.family == family
                 and self.cursor - within <= m.start and m.end <= self.cursor]
        if not names:
            return None
        # a group of its own the report keeps naming, not a one-off description ("세계 4대 모터쇼인 …")
        named_again = sum(m.group.name == names[-1].group.name for m in self.mentions) >= 2
        # ("47개 기업집단은 … 상호출자제한기업집단으로 지정된다. A 등 8곳이 포함되고 B는 제외된다": named once, as
        # what the ones counted are designated)
        designated = _DESIGNATED_AS.match(self.document, names[-1].end) is not None
        return names[-1].group.name if named_again or designated else None

    def fuller_index(self, name: str) -> str | None:
        """The index's full name the report also writes ("코리아밸류업지수" for "밸류업지수"): one that ends in
        the name read, with more before it."""
        squeezed = squeeze_term(name)
        fuller = [m.group.name for m in self.mentions if m.group.family == "index" and m.group.named
                  and len(squeeze_term(m.group.name)) > len(squeezed) + 1
                  and squeeze_term(m.group.name).endswith(squeezed)
                  # "미국 다우지수": where it is from is no part of its name
                  and not re.fullmatch(lx.PLACE, squeeze_term(m.group.name)[: -len(squeezed)])]
        return max(set(fuller), key=fuller.count) if fuller else None

    def named_of(self, family: str) -> str | None:
        """The name of a kind the report gives most often ("서울 모빌리티쇼" for a show), for a sentence that
        only describes it ("국내 모터쇼에는 참가하지 않는다")."""
        if self._named is None:
            counts: dict[tuple[str, str], int] = {}
            for mention in self.mentions:
                if mention.group.named:
                    key = (mention.group.family, mention.group.name)
                    counts[key] = counts.get(key, 0) + 1
            self._named = {}
            for (kind, name), _ in sorted(counts.items(), key=lambda kv: -kv[1]):
                if kind == "selection" and lx.STAGE_NAME.search(name):
                    continue  # '정량평가', '1차 심사': a stage of the selection, not what was sought
                self._named.setdefault(kind, name)
        return self._named.get(family)


def _group_for(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
               article: _ArticleGroups, recent_index: str = "") -> tuple[str, str] | None:
    """The group the absence is from.

    The group the trigger is attached to (예비허가를 받지 못했다, 평가에서 탈락), else a named
    group in the sentence nearest the trigger; a consortium named after an organisation
    counts only as what was left (토스뱅크 컨소시엄에서 빠졌다), never as the selection
    lost. Generic mentions and sentences without a group mean the article's main group.
    """
    for reading in exits.EXIT_OBJECTS:  # what the trigger itself names as left, before the groups named nearby
        exit_object = reading(sentence, trigger, actors, mentions, article)
        if exit_object is not None:
            return exit_object
    found = group_mentions(sentence)
    # (a name with its short form in brackets, '월그린 부츠 연합(WBA)', is its own name without the bracket too)
    own = [squeeze_term(re.sub(r"\s*\([^()]*\)$", "", a.name)) for a in actors]
    # "카카오의 월드컵 예선 불참": whose absence it is, not whose group
    found = [GroupMention(m.start, m.end, replace(m.group, name=m.group.unowned, owner="")) if m.group.owner
             and squeeze_term(m.group.owner) in own else m for m in found]
    # a country opening a name ('대한민국 정원산업박람회') does not make it a team named after it
    # nor does a body that is itself a group ('유엔 인권이사회 이사국' is no team named after 유엔)
    orgs = [squeeze_term(m.name) for m in mentions if not _PLACE_NAME.fullmatch(m.name) and not lx.KNOWN_GROUPS.fullmatch(m.name)]

    def usable(m: GroupMention) -> bool:
        if lx.SOURCE_AFTER.match(sentence, m.end):
            return False  # "S&P 다우존스 지수에 따르면": who says so, not what is left
        if _REASON_AFTER.match(sentence, m.end):
            return False  # "매각·합병 등 사유로 빠지고": why they left, not what
        if lx.STAGE_NAME.search(m.group.name):
            return False  # "심의위 평가에서 B를 제치고", "조합원 투표에서": where they were weighed, not what was sought
        squeezed = squeeze_term(m.group.unowned)
        if any(name in squeezed for name in own) and m.group.family not in NAMED_AFTER_ITS_MAKER:
            return False  # its own consortium is what it left; "다우가 다우지수에서": an index named alike
        if any(name in squeezed for name in orgs):
            # "토스뱅크 컨소시엄에서 빠졌다": left the team named after it; "요기요 본입찰 불참": a bid for a company
            # named first is the contest, whoever bids
            return bool(re.match(r"\s*(?:에서|에|서)", sentence[m.end:])) or squeezed.endswith(("입찰", "인수전", "인수합병")) \
                and any(squeezed.startswith(name) for name in orgs)
        return True

    candidates = [m for m in found if usable(m)]
    attached = [m for m in candidates if m.start < trigger and (m.end >= trigger or re.fullmatch(
        r"\s*(?:을|를|에서|에서는|에|의|서)?\s*", sentence[m.end:trigger]))]
    if attached and _ORGANISER.fullmatch(attached[-1].group.name):
        # "서울모터쇼 조직위원회에 불참을 통보": the show is what they stay away from, not its organisers
        show = [m for m in candidates if m.end <= attached[-1].start and m.group.named
                and not sentence[m.end:attached[-1].start].strip()]
        if show:
            return show[-1].group.name, f"'{attached[-1].group.name}'이 여는 행사"
    if attached and attached[-1].group.named:
        # (not one of the same kind, an apposition: "홍콩증시 대표지수 항셍지수" is 항셍지수)
        above = [m for m in found if m.end <= attached[-1].start and m.group.named
                 and not sentence[m.end:attached[-1].start].strip() and m.group.name[-2:] != attached[-1].group.name[-2:]]
        if above:  # "상급 단체인 민주노총 공공운수노조 탈퇴": the union told with the confederation it belongs to;
            # "슈퍼레이스 챔피언십 슈퍼6000 시리즈에 참가하지 못한다": the class with its championship
            return f"{above[-1].group.name} {attached[-1].group.name}", "위 그룹과 함께 붙은 이름"
        return attached[-1].group.name, "신호에 붙은 이름"
    if attached:  # "X 지원 사업의 운용 업체 선정 공모에서 탈락": the unnamed 공모 is the named X's
        owner = [m for m in candidates if m.group.named and m.end <= attached[-1].start and (
                 _OWNED_STAGE.fullmatch(sentence, m.end, attached[-1].start)
                 # "한빛 사업자 명단에 이름을 올리지 못했다": the list of the group named right before it
                 or attached[-1].group.name in lx.REFERENCE_HEADS and not sentence[m.end:attached[-1].start].strip())]
        if owner:
            return owner[-1].group.name, f"'{attached[-1].group.name}'이 속한 이름"
    signing = _SIGNING_BEFORE.search(sentence, max(0, trigger - 8), trigger) if not attached else None
    if signing:  # "협정이 타결됐지만 인도는 서명에 불참했다": the signing of the pact the sentence names, else the signing
        pacts = [m for m in candidates if m.group.named and m.group.family == "pact" and m.end <= signing.start()]
        return (pacts[-1].group.name, "문장 앞쪽의 협정·선언 이름") if pacts else ("서명", "신호에 붙은 협정·선언·서약")
    acronym = _ACRONYM_BEFORE.search(sentence, 0, trigger) if not attached else None
    if acronym and acronym.group(1).casefold() not in {o.casefold() for o in orgs + own}:
        return acronym.group(1), "신호에 붙은 약칭 ('RCEP에 동참하지 않았다')"  # an agreement or body by its acronym
    if attached and attached[-1].group.family == "pact":
        # "중국과 미국 등은 서약에 참여하지 않았다", "인도는 서명에 불참했다": the pledge, declaration or agreement, by
        # the name the sentence gives it before, else by the word the report uses; not the conference it came out of
        pacts = [m for m in candidates if m.group.named and m.group.family == "pact" and m.end <= attached[-1].start]
        return (pacts[-1].group.name, "문장 앞쪽의 협정·선언 이름") if pacts else \
            (attached[-1].group.name, "신호에 붙은 협정·선언·서약")
    # (not after 대신: "A 대신 B가 지수에 이름을 올렸다" names who replaced A next, no prize)
    replaced = re.match(r"\s*대신", sentence[trigger:]) is not None
    prize = None if replaced else _WON_PRIZE.match(sentence, trigger) or _WON_PRIZE_BARE.match(sentence, trigger)
    if prize and not attached:  # the quoted prize the winner took beats any name elsewhere in the sentence
        return prize.group(1).strip(), "이긴 쪽이 받은 상 ('…을 제치고 \'…\' 부문을 수상')"
    won_object = _WON_OBJECT.match(sentence, trigger) if not attached and not prize and not replaced else None
    if won_object and not any(name in squeeze_term(won_object.group(1)) for name in own + orgs):
        return won_object.group(1).strip(), "이긴 쪽이 지키거나 따낸 것 ('…을 제치고 …수성에 성공')"
    quit_at = re.match(r"(?:을|를)?\s*(?=탈퇴|떠)", sentence[trigger:])  # the trigger may hold the object's particle
    left = _LEFT_OBJECT.search(sentence, 0, trigger + quit_at.end()) if quit_at and not attached else None
    if left is not None:
        words = left.group(1).split()[-1:]
        for word in reversed(left.group(1).split()[:-1]):  # the bare words before it, up to one with a particle
            # ("한국전력기술 노조가 민주노총을": the subject's head with its particle)
            if not (name_word(word) or bare_group_word(word)):
                break
            words.insert(0, word)
        if words and not any(squeeze_term(" ".join(words)) == name for name in own):
            # "민주노총 금속노조 포스코지회가 금속노조를 탈퇴했다": the object of 탈퇴 is what they left
            return " ".join(words), "탈퇴의 목적어"
    sought = re.match(r"유치(?:에|에도|가|는|이)?\s*(?:실패|무산|좌절|불발)", sentence[trigger:]) if not attached else None
    if sought:
        hosted = _trailing_name_words(sentence[:trigger], 3, own + orgs)  # the bare name words right before 유치
        if hosted:  # "제주도가 오는 6월 출범하는 재외동포청 유치에 실패했다": what it sought to host is what it lost
            return " ".join(hosted) + " 유치", "유치하려던 곳 ('…유치에 실패')"
    joined_before = _JOINED_BEFORE.search(sentence, 0, min((a.start for a in actors), default=trigger)) if not attached else None
    if joined_before:
        kept = _group_words_before(joined_before.group(1), 5, own + orgs, brackets=True)  # the name words before 에
        if len(kept) >= 2 or kept and group_of_token(squeeze_term(kept[-1])):
            # "G7 중 유일하게 중국 일대일로(一對一路) 계획에 참여했던 이탈리아가 … 탈퇴를 결정했다": what it had joined;
            # "꾸준히 공동제안국으로 참여했던 미국은 이번에는 불참했다": the role it had joined as
            return " ".join(kept), "예전 소속 ('…에 참여했던')"
    named = [m for m in candidates if m.group.named]
    # the body that announces it is no group left ("아시아축구연맹(AFC)이 "북한의 … 2차 예선 불참이 확정됐다"고")
    named = [m for m in named if not _SPEAKS.match(sentence, m.end)] or named
    if re.match(lx.BEATEN, sentence[trigger:]) or re.match(lx.BEATEN_PAST, sentence[trigger:]) or _LOST_CONTEST.match(sentence, trigger):
        # "IBK 컨소시엄은 … 최고점을 받았으며, 경쟁을 벌인 … DL이앤씨 컨소시엄은 … 고배를 마셨다": a rival's bid is who won,
        # not what the others lost
        named = [m for m in named if m.group.family != "consortium"]
    if named and not attached:
        nearest = min(named, key=lambda m: (0 if m.start < trigger else 1, abs(m.start - trigger)))
        return nearest.group.name, "문장 안 이름"
    joined = [] if _LOST_TO.match(sentence, trigger) else \
        [m for m in mentions if m not in actors and _JOINS_ORG.fullmatch(sentence, m.end, trigger)]
    if joined and not attached and not named:  # "넥스트레이드 거래에 참여하지 않고": an exchange, a platform
        return joined[-1].name, "신호에 붙은 조직 (거래소·플랫폼)"
    quoted = _QUOTED_BEFORE.search(sentence[:trigger])
    if quoted and not attached and not any(name in squeeze_term(quoted.group(2)) for name in own + orgs):
        return quoted.group(2).strip(), "신호에 붙은 인용 이름"  # "'IFA 2020'에 참석하지 않기로": a name, head or not
    first_actor = min((a.start for a in actors), default=trigger)
    set_in = _QUOTED_LOCATIVE.search(sentence, 0, first_actor) if not attached else None
    if set_in and not any(name in squeeze_term(set_in.group(1)) for name in own + orgs):
        # "'한빛쇼 2024'에는 카카오와 KT가 불참한다": the quoted name the sentence opens with is where they are absent
        return set_in.group(1).strip(), "문장 앞 인용 이름 ('…'에는)"
    held_show = _QUOTED_SHOW_BEFORE.search(sentence, 0, trigger) \
        if re.match(r"(?:참석|참가|불참)", sentence[trigger:]) and not attached else None
    if held_show and not any(name in squeeze_term(held_show.group(1)) for name in own + orgs):
        # "‘인터배터리 2022’ 개최를 1주일 앞두고 돌연 참석을 취소했다": the show the sentence dates by its opening
        return held_show.group(1).strip(), "문장이 든 행사 이름 (개최·행사)"
    beaten_won = _WON.search(sentence, trigger) if re.match(lx.BEATEN, sentence[trigger:]) else None
    chosen_as = _chosen_by(sentence, beaten_won) if beaten_won and not attached else None
    if chosen_as and " " in chosen_as:
        # "A가 B를 제치고 … 연기금투자풀 주간운용사로 6회 연속 선정됐다": what A was chosen as is what B lost
        return chosen_as, "이긴 쪽이 뽑힌 자리 ('…을 제치고 …로 선정')"
    if recent_index and (not attached or attached[-1].group.family == "index"):
        return recent_index, "앞 문장의 지수"  # a review told over sentences: the index named last is what is left
    main = article.main
    won_as = _WON_AS.match(sentence, trigger)
    if won_as and (main is None or main.family == "consortium"):
        # "A가 B 컨소시엄을 제치고 우선협상대상자로 선정됐다": what B lost is what A was chosen as, when the
        # article names nothing else (a rival's consortium is no group B is out of)
        return won_as.group(1), "이긴 쪽이 뽑힌 자리 ('…을 제치고 …로 선정')"
    former = _FORMER_MEMBERSHIP.search(sentence, 0, min((a.start for a in actors), default=trigger))
    if former and len(former.group(1).split()) >= 2 and not _ORGANISER.search(former.group(1)) and \
            (main is None or not canonical(main.name).startswith(canonical(former.group(1)))):
        return former.group(1), "예전 소속 ('기존 …이었던')"  # "기존 코스닥 글로벌 기업이었던 A, B 등 9개사는 지정 취소"
    located = None if found else _locative_group(sentence, trigger, mentions, adjacent=True)
    if located:  # "영진약품과 파마리서치가 혁신형 제약기업에서 제외됐다": what the verb itself says they left
        return located, "신호 바로 앞 '…에서'"
    if attached and _COUNTRY_ROLE.search(attached[-1].group.name):
        return attached[-1].group.name, "나라가 맡는 자리 (공동제안국·서명국·옵서버)"  # "한국이 공동제안국에서 빠진"
    if main is not None:
        nearer = article.named_before(main.family) if not attached else None
        if nearer is not None and nearer != main.name:
            # "… 40개 집단은 상호출자제한기업집단으로 지정된다. … 신규지정된 곳은 A 등이며, B는 제외됐다": of two
            # designations the report tells in turn, the one named just before is what B is out of
            return nearer, "바로 앞 문장들의 그룹"
        return main.name, "기사의 주된 그룹" + (f" ('{attached[-1].group.name}'이 가리킴)" if attached else "")
    shown = article.named_of("show") if any(not m.group.named and m.group.family == "show" for m in found) else None
    if shown is not None:
        return shown, "기사에 이름이 나온 행사 (문장은 '국내 모터쇼'처럼 묘사만)"
    located = None if attached else _locative_group(sentence, trigger, mentions)
    if located:
        return located, "신호 앞 '…에서' (이름 모르는 그룹)"
    canvassed = _CANVASSED.search(sentence, 0, trigger)
    words = canvassed.group(1).split() if canvassed else []
    while words and not all(name_word(w) for w in words):
        words = words[1:]  # "회원사들을 상대로 대환대출 공공 플랫폼": the name words next to 참여 only
    if len(words) >= 2 and not any(squeeze_term(w) in own + orgs for w in words):
        # "(협회가) 대환대출 공공 플랫폼 참여 의견을 취합한 결과 A와 B가 불참의사를 냈다": what they were asked
        # to join, not who asked
        return " ".join(words), "참여 의견·여부를 물은 곳"
    if found and not found[0].group.named:
        # "또 다른 유력 인수 후보로 관심을 모았던 롯데그룹 역시 불참 의사를 밝혔다": the kind the sentence only
        # describes, by the name the report gives it most ("요기요 인수전")
        kind = article.named_of(found[0].group.family)
        if kind is not None:
            return kind, f"기사에 이름이 나온 같은 종류 ('{found[0].group.name}')"
    return (found[0].group.name, "이름 없는 그룹") if found else None


_POST_LEFT = re.compile(r"(?:직|자리|일선|경영|현직|보직|선두|\d+\s*위|정상|권좌|무대|시장)(?:에서|서)\s*$")
_NOT_A_GROUP_LEFT = re.compile(rf"(?:{lx.PLACE}|한국|국내|해외|시장|자리|곁|품|현장|무대|회사|직장|고향|본사|사무실|팀|업계)['’\"”]?(?:을|를)\s*$")
_QUOTED_LOCATIVE = re.compile(r"['‘\"“]([^'‘’\"“”\n]{2,40})['’\"”]\s*(?:에는|에서는|에선|엔|에도|에서도|에|에서)\s+(?:[^\s,.]+\s+){0,2}$")
_TAKEOVER = re.compile(r"인수(?:합병)?(?!전)|공개매수|M&A")


# "X 참여 의견을 취합한 결과", "X 참여 여부를 조사": what those asked were asked to join.
_CANVASSED = re.compile(r"((?:[가-힣A-Za-z0-9·\-]+\s){1,3}[가-힣A-Za-z0-9·\-]+)\s+(?:참여|참가|가입|동참)\s*"
                        r"(?:의견|의사|여부|희망|신청)(?:을|를)?\s")


_INDEX_PROVIDER = re.compile(r"MSCI|FTSE(?:\s*러셀)?|S&P(?:\s*다우존스)?(?:\s*(?:인디시스|인덱스|지수위원회))?|다우존스|스톡스|STOXX|"
                             r"한국거래소|거래소|KRX")
_QUOTED_SHOW_BEFORE = re.compile(r"['‘\"“]([^'’\"”\n]{2,40})['’\"”]\s*(?:개최|행사|전시회|박람회|개막)")
_LEFT_OBJECT = re.compile(r"((?:[가-힣A-Za-z0-9·&\-]+\s){0,2}[가-힣A-Za-z0-9·&\-]+?)(?:을|를)\s*$")
_PLACE_NAME = re.compile(rf"(?:{lx.COUNTRY}|대한민국|한국)")
_WON_AS = re.compile(lx.BEATEN + r"\s+(?:최종\s+)?"
                     r"([가-힣A-Za-z0-9]{2,}(?:\s[가-힣A-Za-z0-9]+){0,2}?)(?:(?:으로|로)\s*(?:최종\s*)?(?:선정|낙점|지정|결정|확정|뽑)|"
                     rf"(?:이|가){_BECAME_ROLE}\s*(?:됐|되었|돼))")  # "…을 누르고 우선협상대상자가 됐다"
# "B를 제치고 '2022 세계 올해의 차' 부문을 수상했다": what B lost is the prize the winner took.
_WON_PRIZE = re.compile(lx.BEATEN + r"\s+['‘\"“]([^'’\"”]{2,40})['’\"”]\s*(?:부문|상)?\s*(?:을|를|에|으로|로)?\s*"
                        r"(?:최종\s*)?(?:수상|차지|거머쥐|받았|선정|뽑)")
# "…를 제치고 세계 올해의 자동차에 이름을 올렸다", "…를 제치고 대상을 차지했다": the prize written bare.
_WON_PRIZE_BARE = re.compile(lx.BEATEN + r"\s+((?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣A-Za-z0-9]+?)\s*(?:부문)?"
                             r"(?:에\s*이름을\s*올렸|(?:을|를)\s*(?:수상|차지|거머쥐))")
# "A가 B를 제치고 영등포역사 수성에 성공했다", "… 광고사업권 수주에 성공": what the winner kept or took is what B lost.
_WON_OBJECT = re.compile(lx.BEATEN + r"\s+((?:[가-힣A-Za-z0-9·]+\s){0,3}[가-힣A-Za-z0-9·]+?)\s*(?:수성|수주|유치|획득|확보)(?:에|을|를)?\s*"
                         r"(?:성공|따냈|해냈|했)")
# What the organisations were until the news: "기존 코스닥 글로벌 기업이었던 A, B는", "종전 회원사였던 C".
_FORMER_MEMBERSHIP = re.compile(r"(?:기존|종전|원래|그간)\s+((?:[가-힣A-Za-z0-9&·\-]+\s){0,3}[가-힣A-Za-z0-9&·\-]+?)"
                                r"(?:이었던|였던|이던)\s")
_COUNTRY_ROLE = re.compile(r"(?:제안국|서명국|당사국|옵서버)$")  # a place on a resolution or treaty: its own name
_JOINED_BEFORE = re.compile(r"((?:[^\s,]+\s){0,5}[^\s,]+?)(?:에|으로|로)\s*(?:참여|가입|참가|동참)(?:했던|해\s*온|해왔던|하던|해\s*왔던)\s+$")
_ORGANISER = re.compile(r"(?:조직위원회|조직위|사무국|주최\s*측|운영위원회)")


# "국내주식 거래 증권사 풀에서 … 제외하고", "조선대 주거래은행 선정에서 탈락": what the clause says they are out
# of, whatever its head word; the words a locative also follows (업계에 따르면, 시장에서) are no group.
_LOCATIVE = re.compile(r"((?:[가-힣A-Za-z0-9·&'‘’\-]{1,40}\s){0,3}[가-힣A-Za-z0-9·&'‘’\-]{1,40}?)(?:에서는|에서도|에서|에는|에도)(?=\s)")
_NOT_LOCATIVE_GROUP = re.compile(
    r"(?:업계|시장|국내|해외|현장|이날|관련|결과|가운데|과정|상황|경우|때문|측면|내부|외부|지역|시|도|군|구|곳|중|사이|"
    r"행사|자리|회의|회견|발표|보고서|공시|인터뷰|조사|분석|통계|자료|기준|사업장|공장|본사|매장|지점|온라인|오프라인|"
    r"올해|지난해|작년|내년|이번|당시|최근|현재|시점|시기|당분간|분기|반기|월|일|년|초|말|\d|"
    r"계획|방침|구상|전략|정책|논의|협상|검토|투자|경쟁|전쟁)$")


def _locative_group(sentence: str, trigger: int, mentions: list[Mention], *, adjacent: bool = False) -> str | None:
    """The phrase before '에서' in the trigger's clause; with `adjacent`, only one the trigger follows at once."""
    clause_start, _ = _clause_of(sentence, trigger)
    found = None
    for match in _LOCATIVE.finditer(sentence, clause_start, trigger):
        found = match
    if found is None or adjacent and (sentence[found.end():trigger].strip() or not found.group(0).endswith(("에서", "에서도"))):
        return None
    words = found.group(1).split()
    names = [m for m in mentions if found.start() <= m.start < found.end()]
    if names:  # the phrase starts after the last organisation in it ("국민연금은 … 풀에서")
        last = max(m.end for m in names)
        words = sentence[last:found.end(1)].split()[1:] if last < found.end(1) else []
    for i in range(len(words) - 1, -1, -1):  # only the nouns next to the particle: "…커지자 유료화 계획에서"
        if re.search(r"(?:자|고|며|면|서|나|지만|는데|다|니|게|도록|따라|위해|통해|대해|의해|관해|적으로|[한된던진할될은는을를이가의와과에])$", words[i]) \
                and i < len(words) - 1:  # "글로벌 전략에 따라 국내 모터쇼에는": after '따라'
            words = words[i + 1:]
            break
    while words and (re.fullmatch(r"\d.*|올해|지난해|작년|내년|이번|올|지난|오는|당시|최근|현재|[가-힣]+(?:은|는|이|가|을|를)", words[0])):
        words = words[1:]
    quoted = [i for i, word in enumerate(words) if word[:1] in "'‘\"“"]
    if quoted:  # "합작사 체제로 운영해 온 ‘둥펑기아’에서": the quoted name, not the clause before it
        words = words[quoted[-1]:]
    phrase = " ".join(words).strip("'‘’\"“”")
    if len(phrase) < 3 or _NOT_LOCATIVE_GROUP.search(phrase) or lx.REGION and re.fullmatch(lx.REGION, phrase) \
            or lx.STAGE_NAME.search(phrase):
        return None
    return phrase


# A news outlet or analyst in topic position whose sentence reports what others will launch.
_REPORTER = re.compile(r"(?:\s*등\s*(?:외신|외신들|외국\s*매체|매체|언론|IT\s*매체))?\s*(?:은|는|이|가)\s")
_REPORTED = re.compile(r"인용(?:해|하여|하며|한)|보도(?:했|한|하며|에\s*따르면)")
# "궈밍치의 보고서를 인용해": whose report is quoted.
_QUOTED_SOURCE = re.compile(r"의\s*(?:\S+\s+){0,2}?(?:보고서|보고|분석|전망|발언|말|트윗|게시물|리포트|자료)(?:을|를)\s*인용")


def _reports(sentence: str, mention: Mention) -> bool:
    """The mention is a news outlet, analyst or tipster whose sentence reports another's launch."""
    return bool(_REPORTER.match(sentence, mention.end) and _REPORTED.search(sentence, mention.end)
                or _QUOTED_SOURCE.match(sentence, mention.end))


_CHOSEN_AS = re.compile(r"((?:[^\s,.]+\s+){0,3}[^\s,.]+?)(?:으로|로)\s+(?:\d+\s*(?:회|년)\s*(?:연속|째)\s*|최종\s*|새로\s*)?$")


def _role_of(phrase: str) -> str | None:
    """The role a phrase ends in, read as `_chosen_as` reads one told with '(으)로' ("사업은 A가 가져갔다": '사업은')."""
    return _chosen_as(phrase + "로 ", len(phrase) + 2)


def _chosen_as(sentence: str, won: int) -> str | None:
    """What the winner was chosen as, written just before '(으)로 선정' ("한남3구역의 시공사로 선정됐다"): its
    name words only, from after the last word that ends a clause or takes a particle other than 의."""
    match = _CHOSEN_AS.search(re.sub(r"\s?\([^()\n]{0,40}\)", "", sentence[:won]))  # asides are no part of it
    if match is None:
        return None
    words = [w.strip("'‘’\"“”") for w in match.group(1).split()]
    # (the role itself may be a head word: "한빛사업 우선협상대상자로 선정")
    # ("…종합병원 개발 사업의 우선협상 대상자로": a project's role, told with 의)
    while words and not (all(name_word(w) or w.endswith("의") and (name_word(w[:-1]) or group_of_token(w[:-1]) is not None)
                             for w in words[:-1])
                         and (name_word(words[-1]) or group_of_token(words[-1]) is not None)):
        words = words[1:]
    if not words or re.search(r"\d", words[-1]) or words[-1] in lx.NOT_NAME_WORDS:
        return None  # "1위로", "최종 후보로": a rank or a stage, not a role
    name = " ".join(words)
    return name if len(name) >= 2 else None


# "A가 B와 결선까지 가는 박빙의 승부 끝에 … 선정됐다": B, the rival fought to the end, lost.
_FOUGHT_WITH = re.compile(r"(?:와|과)(?:의)?\s+(?:(?:[^\s,.]+\s+){0,5}?(?:경쟁|승부|접전|경합|맞대결|각축전?|대결)(?:을\s*(?:벌인|펼친))?\s*끝에|"
                          r"(?<=의\s)(?:경쟁|승부|경합|맞대결|대결)에서|"  # "우리은행과의 경쟁에서 … 금고를 수성했다"
                          r"(?:큰|근소한|압도적인|큰\s*폭의)?\s*(?:표\s*)?차이로|"  # "418표를 얻은 두산건설과 큰 표 차이로 선정됐다"
                          r"(?:경쟁|경합|맞대결|대결)(?:해|하여|을\s*벌여|을\s*펼쳐)|맞붙어|겨뤄)\s")  # "…과 경쟁해 … 선정됐다"
# "KT에 사업을 내줬다": the organisation before it is who won, not a platform left.
_LOST_TO = re.compile(r"(?:사업|사업권|자리|일감|물량|계약)(?:을|를)\s*내(?:주|준|줬)")
_OWNED_STAGE = re.compile(r"\s*의\s+(?:[가-힣A-Za-z0-9·]+\s+){0,4}")
_JOINS_ORG = re.compile(r"\s*(?:거래|플랫폼|서비스|시스템|망)?\s*에\s*(?:도\s*)?")
# A quoted name right before the trigger, with at most a particle between ('…'에 불참, '…' 참여 철회).
# "'IFA 2020'에", "‘2024 BIO International Convention’(이하 바이오 USA)에": a quoted name, its short form aside.
_QUOTED_BEFORE = re.compile(r"(['‘\"“])([^'‘’\"“”\n]{2,40})['’\"”]\s*(?:\([^()\n]{1,30}\)\s*)?(?:에서|에|을|를|의)?\s*$")


_VOTE = re.compile(r"찬성|반대표|표결|투표")


# (or a country: "인도에서 퇴출당한 '배그 모바일'", "중국에서 철수한다" — a market too)
_MARKET_BEFORE = re.compile(rf"(?:시장|(?<![가-힣]){lx.PLACE})(?:에서|서)(?:는|도)?\s*(?:(?:전격|완전히|사실상|결국|모두|전면)\s*)?$")
# A trigger noun that is what someone else reacts to or works for: "대통령의 WHO 탈퇴에 강하게 반발", "탈퇴를 위한 자금"
_REACTED_TO = re.compile(r"(?:에|을|를)\s*(?:[가-힣]+(?:게|히)\s+)?(?:반발|반대|비판|우려|규탄|비난|항의|유감)|(?:을|를)\s*위한\s")
_SLOGAN_AFTER = re.compile(r"\s*(?:이)?라(?:는|고\s+(?:적힌|쓰인|외친))\s*(?:[가-힣]+\s+)?(?:구호|문구|슬로건|주장|요구|피켓|플래카드|현수막|팻말)")
_INTENT_AFTER = re.compile(r"\s*(?:의사|의향|뜻|방침|입장)(?:을|를)")
_MEDIA_REPORTED = re.compile(r"다고\s+(?:[^\s]+\s+){0,3}?(?:보도|전했|전한)")


def _slogan(sentence: str, position: int) -> bool:
    """The trigger stands in a quotation the sentence calls a slogan or a demand."""
    return any(m.start() < position < m.end() and _SLOGAN_AFTER.match(sentence, m.end())
               for m in _QUOTED_PHRASE.finditer(sentence))


def _absences(sentence: str, mentions: list[Mention], article: _ArticleGroups,
              notes: list[str] | None = None, previous: tuple[Mention, ...] = (), recent_index: str = "",
              carried: tuple[tuple[str, str], ...] = (), spared: set[str] | None = None,
              entered_before: tuple[str, list[Mention]] = ("", []), topic_before: Mention | None = None) -> list[Event]:
    """`carried`: who the report last said was out; a sentence that names no subject and a group of
    its own goes on about them ("전주시가 공모에 잇따라 고배를 마셨다. … '지식산업센터 공모'도 탈락했다").
    `spared` gets the organisations an exclusion here exempts from a sanction, so that a headline
    that told the same exclusion bare ("A와 B는 제외돼") is dropped on the same decision.
    `entered_before`: the sentence before and its names, read for who entered only when a trigger here names nobody
    and has no subject but the result ("…재도전에 나섰다. 그러나 결과는 탈락이었다").
    `topic_before`: the subject of the sentence just before, which a sentence with no subject of its own goes on about
    ("KT는 제주 사업을 따냈다. 광주 사업에는 참여하지 않았다")."""
    events: list[Event] = []

    def refuse(word: str, why: str) -> None:
        if notes is not None:
            notes.append(f"  불참 신호 '{word}' 무시: {why}")

    def accept(word: str, actor: Mention, role: str, found_group: tuple[str, str] | None) -> None:
        if found_group is None and _RENEWAL.search(word):
            # "한빛그룹 측과 연장 계약을 체결치 않고", "'곰표' 재계약에 성공하지 못했다": the contract not renewed is the group,
            # named by the other side or by its own compound ('상표계약')
            found_group = _contract_not_renewed(sentence, sentence.find(word))
        if found_group is None:
            refuse(word, f"{actor.name}: 빠진 곳(협의체·사업·선정)이 없음")
            return  # out of a plan or a market, not out of a group: not this event
        group, why = found_group
        whole = article.quoted_whole(group) if " " not in group.strip() else None
        if whole is not None:
            group, why = whole, why + f" → 기사가 따옴표로 쓴 온이름 '{whole}'"
        fuller = article.fuller_index(group) if group.endswith("지수") else None  # the article's groups read only then
        if fuller is not None:
            group, why = fuller, why + f" → 기사가 쓴 지수의 온이름 '{fuller}'"
        if notes is not None:
            notes.append(f"  불참 신호 '{word}' → {actor.name} ({role}) · 그룹 '{group}' ({why})")
        events.append(Event("absent_from", actor.entity, actor.name, _evidence(sentence), group=group))

    for reader in exits.EXIT_READERS:
        for word, actor, role, exit_group in reader(sentence, mentions, article, recent_index):
            accept(word, actor, role, exit_group)
    for match in lx.ABSENT_TRIGGERS.finditer(sentence):
        start, word = match.start(), match.group(0)
        clause_start = _clause_of(sentence, start)[0]
        if _ASKED_AFTER.fullmatch(sentence, match.end()):
            refuse(word, "묻는 제목 (…탈락하나, …빠지나?)")
            continue  # "카카오, 한빛 사업서 탈락하나": a headline that asks tells nothing yet
        if _removed_as_topic(sentence, start, word) and "편입" not in sentence[:start] \
                and not re.match(rf"\s*(?:{ELLIPSIS}|$)", sentence[match.end():]):
            continue  # (the topic form is an index review's only, "A를 편입하고 B는 제외한다", or a headline's last word:
            # "한일병원·한국산학연협회 등은 제외…공공기관 1곳 늘어")
        negated = lx.ABSENT_NEGATED_AFTER.match(sentence[match.end() :])
        if negated and not (word == "제외" and _SCHEDULED_OUT.match(sentence, match.end())):
            # (but "항셍지수에서 제외될 예정이다": a removal the index's keeper has scheduled, not a forecast)
            refuse(word, f"뒤에 '{(word + negated.group(0)).strip()}' (부정·가정·전망·과거완료)")
            continue
        if lx.ABSENT_FALSE_BEFORE.search(sentence[:start]):
            refuse(word, "조직이 아닌 것에서 빠짐 (위기·논란 등)")
            continue
        if _conditional(sentence[:start]):
            refuse(word, "조건 뒤의 가정 (…하면, …할 경우)")
            continue
        if word.endswith(("질", "할")) and re.match(r"\s*것", sentence[match.end():]):
            refuse(word, "앞으로의 일 (…빠질 것)")
            continue  # '"…우리는 빠질 것"이라고 말하며': what one will do, not what happened
        if _EITHER_BEFORE.search(sentence, clause_start, start):
            refuse(word, "둘 중 하나 (…하거나 …: 누가 빠졌는지 말하지 않음)")
            continue  # "A, B, C 등은 하위 등급을 받거나 명단에서 제외됐다": each one, one or the other
        if _EXEMPTED.search(sentence, clause_start, start) and "제외" in word:
            refuse(word, "제재·규제에서 제외 (빠진 것이 아니라 면제됨)")
            if spared is not None:
                spared.update(m.entity for m in mentions if clause_start <= m.start < start)
            continue  # "이번 제재에서 스베르방크와 가스프롬방크는 제외됐다": spared, not out
        if _in_aside(sentence, start):
            refuse(word, "괄호 안 풀이 (브렉시트(영국의 EU 탈퇴))")
            continue
        if _LAUNCH_MARKETS.search(sentence, clause_start, start):
            refuse(word, "제품의 출시국 명단 (그룹이 아님)")
            continue  # "한국은 애플의 1차 출시국에서 제외돼 왔다": a market left out of a launch, no group
        if word.startswith("물러") and _POST_LEFT.search(sentence, 0, start):
            refuse(word, "자리·직책에서 물러남 (사람의 퇴임·순위)")
            continue  # "대표직에서 물러났다", "1위 자리에서 물러났다": a post or a rank, no group
        if word.startswith(("떠", "그만")) and (_NOT_A_GROUP_LEFT.search(sentence, 0, start) or any(
                m.particle in ("을", "를") and re.fullmatch(r"['’\"”]?\s*(?:을|를)\s*", sentence[m.end:start])
                and m.entity != m.name for m in mentions)):
            refuse(word, "나라·자리·회사를 떠남 (그룹이 아님)")
            continue  # "한국을 떠나는 외국계 은행", "자리를 떠났다", "백신이 GC녹십자를 떠나": a place, a post, a company
        if word.startswith("협상") and not _PREFERRED_BIDDER.search(sentence, 0, start):
            refuse(word, "우선협상대상자가 아닌 상대와의 협상 결렬")
            continue  # "노조와의 임금 협상이 결렬됐다": talks failed, nobody held a place to lose
        if word == "떨어졌" and not _CONTEST_OR_ENTRY_WORD.search(sentence, 0, start):
            refuse(word, "경쟁 없는 '떨어졌다' (주가·순위·수치가 내림)")
            continue  # "A와 B는 모두 떨어졌다" in a market report: prices fell, nobody lost a contest
        if word == "철수" and lx.PERSON_NAME_BEFORE.search(sentence[:start]):
            refuse(word, "사람 이름")
            continue
        if _MARKET_BEFORE.search(sentence, clause_start, start):
            refuse(word, "시장에서 물러남 (그룹이 아님)")
            continue  # "블리자드가 중국 시장에서 철수한다": a market left, no group
        if word == "철수" and (_FACILITY_BEFORE.search(sentence[:start]) or _BUSINESS_WOUND_UP.search(sentence[:start])):
            refuse(word, "공장·생산라인·매장·사업을 접음 (그룹이 아님)")
            continue  # "중국의 휴대폰 생산 라인을 모두 철수한 셈이다": a plant closed, no group left
        if lx.HISTORY_AFTER.match(sentence[match.end():]) and _success_of_same(sentence[match.end():]):
            refuse(word, "지난 일이고 뒤에 통과·선정됨")
            continue  # "한 차례 고배를 마셨지만 … 예비인가를 받았다": history, then success
        if re.search(r"제외(?:한|하고)", word) and re.match(r"\s*(?:대부분|나머지|모든|다른|여타|글로벌|전\s?세계|해외|전국|국내\s*전"
                                                          r"|\d+\s*(?:곳|개사|개\s*업체|개\s*컨소시엄)(?:은|는)\s)",
                                                          sentence[match.end():]) \
                and not lx.MEMBER_VERBS.search(sentence, match.end()):
            refuse(word, "예외 (나머지가 한 일이 가입·참여·선정이 아님)")
            continue  # "넥슨을 제외한 대부분의 게임사들은 영업이익이 줄 것으로": an exception to a trend, no group
        if re.search(r"제외(?:한|하고)", word) and _NEGATIVE_REST.search(sentence, match.end()):
            refuse(word, "예외 (나머지가 하지 않거나 문제가 있음: 빠진 쪽이 아님)")
            continue  # "A를 제외하고는 … 참여하지 않았다", "A를 제외한 4곳에서 위험이 발견됐다"
        if re.search(r"아직(?:은|까지)?\s+(?:[^\s,]+\s+){0,4}$", sentence[clause_start:start]) \
                and re.search(r"(?:않|못|없)", word + sentence[match.end():match.end() + 6]) \
                and not re.match(r"(?:가입|합류|참여|동참|서명|투자)", word):
            refuse(word, "아직 … 않음 (명단·선정이 정해지지 않은 상태)")
            continue  # "공식 일정에도 아직 이름을 올리지 않았다": not yet, and may still; "아직 가입하지 않았다" is a state
        if word.startswith("넘어서기") and not _BID_BEFORE.search(sentence, 0, start):
            refuse(word, "이겼다는 말뿐, 선정·투표·입찰이 아님")
            continue  # "점유율을 끌어올렸지만 A를 넘어서기에는 역부족": no bid the sentence told fell short
        if re.match(lx.BEATEN_PAST, word) and not _CONTEST_WORDS.search(sentence) and \
                not article.told_before(_CONTEST_WORDS, 200):
            # (a contest told just before: "… 3파전으로 진행된 2차 사업에서 …. 세림은 A와 B를 따돌렸다")
            refuse(word, "이겼다는 말뿐, 선정·투표·입찰이 아님")
            continue  # "점유율에서 애플을 꺾었다", "결승에서 A를 눌렀다": a race, not a selection lost
        if re.match(lx.BEATEN, word) and _RANKING_AFTER.match(sentence, match.end()):
            refuse(word, "순위에서 앞섬 (선정·수상이 아님)")
            continue  # "미국을 제치고 중국이 500대 기업을 최다 보유한 국가로": a ranking, no group left
        if re.match(lx.BEATEN, word) and _COUNTRIES_BEATEN_BY_FIRM.search(sentence, 0, start) \
                or re.match(r"\s+(?:제치|제쳐|누르고|꺾고|따돌|밀어내고|물리치고)", word) \
                and _COUNTRIES_BEATEN_BARE.search(sentence, 0, start):
            refuse(word, "회사가 나라들을 제침 (나라는 입찰자가 아님)")
            continue  # "현대로템이 철도강국인 프랑스와 중국을 제치고 … 수주했다": the countries stand for their industries
        if word.startswith("기권") and (_VOTE.search(sentence) or article.told_before(_VOTE, 300)):
            # ("… 결의안을 141개국 찬성으로 채택했다. 중국·인도 등은 기권했다": the vote told the sentence before)
            refuse(word, "표결의 기권 (찬성·반대와 함께: 빠진 것이 아님)")
            continue  # "A 등은 찬성표를, B 등은 기권했다": a vote cast blank, not a withdrawal
        if re.search(r"뒤를|뒤따랐", word) and not any(m.end() <= start for m in lx.ABSENT_TRIGGERS.finditer(sentence, 0, start)):
            refuse(word, "앞 절에 따라 한 빠짐이 없음")
            continue  # "B도 그 뒤를 따랐다" follows a leaver only when the clause before told one
        if _REACTED_TO.match(sentence, match.end()):
            refuse(word, "남의 탈퇴·불참에 대한 반응이나 그 목적 ('…탈퇴에 반발', '…탈퇴를 위한')")
            continue  # "민주당은 대통령의 WHO 탈퇴에 반발했다": the subject reacts to another's exit
        if _slogan(sentence, start):
            refuse(word, "따옴표 안의 구호·요구 ('…불참하라'는 구호)")
            continue  # "'협의체 불참하고 투쟁으로'라는 구호가 적힌 플래카드": a slogan, nobody's act
        if _INTENT_AFTER.match(sentence, match.end()) and _MEDIA_REPORTED.search(sentence, match.end()):
            refuse(word, "언론이 전한 탈퇴 의사 (전언)")
            continue  # "대통령이 NATO 탈퇴 의사를 여러 차례 밝혔다고 NYT가 보도했다": hearsay of an intention
        if _UNNAMED_LOSERS.match(sentence, match.end()):
            refuse(word, "이름 없는 탈락자들 ('탈락 팀의 반발')")
            continue  # "A, B, C가 참가하는 데 탈락 팀의 반발도 만만치 않다": the ones out are not named here
        if word.startswith("받지") or "받지" in word:
            if re.match(r"\s*하고\s*있", sentence[match.end():]):
                refuse(word, "아직 결정 전 (받지 못하고 있는 상태)")
                continue  # "2년 동안 인가를 받지 못하고 있는 상태": pending, not refused
        actors = _led_team(sentence, mentions, start) or _maker_of_subject(sentence, mentions, start)
        if not actors and carried and _subjectless(sentence[clause_start:start]) \
                and not _decision_receivers(sentence, mentions, match) and not any(
                m.start < start and _role(sentence, m) in ("이", "가", "은", "는", "도", "을", "를") for m in mentions):
            own_group = _group_for(sentence, start, [], mentions, article, recent_index)
            if own_group is not None and not own_group[1].startswith("기사의 주된 그룹"):
                for entity, name in carried:
                    accept(word, Mention(entity, name, -1, -1, ""), "주어 없는 문장: 앞 문장에서 빠진 조직", own_group)
                continue
        entrants = _entrants(*entered_before) if not actors and not mentions and _RESULT_SUBJECT.search(
            sentence[clause_start:start]) and all(w.group(0) in ("결과는", "결과도")
                                                  for w in _SUBJECT_WORD.finditer(sentence, clause_start, start)) else []
        if entrants:
            # "A와 B가 '한빛사업' 재도전에 나섰다. 그러나 이번에도 결과는 탈락이었다": the result of their entry
            entered_group = _group_for(sentence, start, [], mentions, article, recent_index)
            if entered_group is not None:
                for entrant in entrants:
                    accept(word, entrant, "주어 없는 문장: 앞 문장에서 도전한 조직", entered_group)
                continue
        if not actors:
            if _other_subject(sentence, mentions, start):
                refuse(word, "주어가 조직이 아님 (예: 기능이 빠진)")
                continue  # "핵심 기능이 빠진": something else is missing, not an organisation
            candidates = _outside_groups(sentence, mentions)
            if _TAKEOVER.match(sentence, start):
                # "엔비디아가 … ARM 인수작업 중단을 선언했다": the company sought, right before 인수, is no bidder
                candidates = [m for m in candidates if not re.fullmatch(r"['’\"”)]?\s*(?:의\s*)?", sentence[m.end:start])
                              # "한화오션, 호주 군함업체 인수 포기": the country says where the company sought is
                              and not (_COUNTRY_OR_REGION.fullmatch(m.name)
                                       and re.fullmatch(r"(?:의)?\s+[가-힣A-Za-z0-9]{1,12}\s*", sentence[m.end:start]))]
            # "EU가 한국조선해양과 대우조선해양의 인수합병을 무산시켰다": of the pair, the first named is the bidder
            bidder = next((m for m in candidates if m.particle in ("와", "과")
                           and re.fullmatch(r"(?:와|과)\s+[^\s,]{2,20}?의\s*", sentence[m.end:start])), None)
            found = [bidder] if bidder and _TAKEOVER.match(sentence, start) else _absent_actors(sentence, candidates, match, previous)
            if found is None:
                refuse(word, "꾸미는 말이 조직 이름이 아님 (탈락한 팀·컨소시엄)")
                continue
            actors = found
            if actors and exits.joint_work_ended_at(sentence, start):
                # "롯데칠성음료가 … 제주맥주, 세븐브로이맥주의 주문자위탁생산(OEM)을 중단했다": the maker that stops is out too
                actors = [m for m in candidates if m.end <= start and m.particle in ("이", "가", "은", "는")
                          and m not in actors][-1:] + actors
        if not actors and _ACTION_NOT_TAKEN.match(word):
            # "삼성카드, 현대카드 등에서 해당 서비스를 신청하지 않아": 에서 marks an institution as the subject of what it did not do
            by = [m for m in mentions if clause_start <= m.start and m.end <= start
                  and _role(sentence, m) in ("에서", "에서는", "에서도") and _OBJECT_BETWEEN.search(sentence, m.end, start)]
            actors = _coordinated(sentence, mentions, by[-1]) if by else []
        quoted_from = _open_quotation(sentence, start) if actors else -1
        if quoted_from >= 0 and _SELF_REFERENCE.search(sentence, quoted_from + 1, start):
            # 'KT도 "… LG유플러스만 입찰이 가능해 당사는 참여하지 않기로 결정했다"며': "we" is whoever speaks
            speakers = [m for m in mentions if m.end <= quoted_from and _role(sentence, m) in ("이", "가", "은", "는", "도")]
            if speakers:
                actors, quoted_from = speakers[-1:], -1
        if quoted_from >= 0 and _QUOTED_SUBJECT.search(sentence, quoted_from + 1, start):
            # '대한축구협회는 "북한축구협회가 … 불참 의사를 전달했다"라고 밝혔다': who speaks outside the quotation did
            # not do what the quotation's own subject did (but '카카오는 "참여하지 않겠다"고': the speaker did)
            actors = [a for a in actors if a.start > quoted_from]
        # (a name inside the group's own name is no subject: "광주 사업에도 … 참여하지 않았다" with 광주 watched)
        if not actors and topic_before is not None and not any(_role(sentence, m) for m in mentions) \
                and _subjectless(sentence[clause_start:start]) \
                and not re.match(lx.BEATEN, sentence[start:]) and not re.match(lx.BEATEN_PAST, sentence[start:]) \
                and not re.search(r"도\s*(?:(?:또|다시|역시|결국|끝내)\s*)?$", sentence[clause_start:start]):
            # "KT는 제주와 울산 사업을 따냈다. 광주 사업에는 … 참여하지 않았다": Korean drops the subject it goes on
            # about; only where the sentence names the group itself (not "누르고": who beat whom needs both named; nor
            # "'…공모'도 탈락했다", which adds to an earlier loss, not to what the last sentence's subject did)
            own_group = _group_for(sentence, start, [], mentions, article, recent_index)
            if own_group is not None and own_group[1] in _GROUP_OF_THE_SENTENCE:
                accept(word, Mention(topic_before.entity, topic_before.name, -1, -1, ""), "주어 없는 문장: 앞 문장의 주어",
                       own_group)
                continue
        if not actors and word.startswith("반환받"):
            # "브릿지바이오, 베링거로부터 … 권리 반환받아", "한미약품이 … 일라이 릴리에게 기술 수출한 … 권리를 반환받았다": the
            # subject got the rights back; the licensee they came back from is out
            actors = [m for m in mentions if m.end <= start and _RIGHTS_CAME_BACK_FROM.match(sentence, m.end)][-1:]
        if not actors and not re.match(r"(?:을|를)\s", word) and not re.match(lx.BEATEN, sentence[start:]) \
                and not re.match(lx.BEATEN_PAST, sentence[start:]) \
                and (spokesman := _SPOKESMAN_QUOTES.search(sentence, 0, start)) is not None \
                and _open_quotation(sentence, start) >= spokesman.end() - 2:
            # 'TS푸드앤시스템 관계자는 "매출 부진 등으로 … 철수하기로 했다"고 언급했다': the quotation drops its subject, the
            # organisation whose official speaks (not of one beaten: '…경쟁 업체를 앞섰다', the object lost)
            actors = [m for m in mentions if m.end == spokesman.end(1)][:1]
        if not actors:
            refuse(word, "주어·목적어 자리에 감시 조직 없음")
        band = _BAND_LEFT.search(sentence, max(0, start - 30), match.end()) if actors else None
        found_group = ((band.group(1).strip("'‘’\"“”"), "밀려난 순위권") if band else
                       _bidder_role(sentence, start) if actors and _BIDDER_DROPPED.match(word) else
                       _group_for(sentence, start, actors, mentions, article, recent_index) if actors else None)
        deal = _DEAL_FAILED.match(word) if actors else None
        partners = [m for m in mentions if m.end <= start and re.fullmatch(r"\s*(?:와|과)\s*", sentence[m.end:start])] \
            if deal else []
        if deal and partners:
            # "'더키즈'도 A·B, C와 채널계약에 실패했다": out of the deal with the partners named, by the report's word for it
            subjects_end = max([a.end for a in actors if a.particle in ("이", "가", "은", "는", "도")], default=0)
            listed = [m for m in _coordinated(sentence, mentions, partners[-1]) if m.start >= subjects_end]
            found_group = (f"{sentence[listed[0].start:partners[-1].end]} {deal.group(1)}", "계약하지 못한 상대와의 계약")
            actors = [a for a in actors if a not in listed]
        if actors and found_group is not None and _FOUGHT_WORD.match(word) \
                and 0 <= sentence.find(found_group[0]) < min(a.start for a in actors):
            # "한빛공사 컨소시엄은 A, B와 경쟁을 벌인 끝에 수주에 성공했다": the winner's consortium is no prize
            main = article.main
            found_group = (main.name, "기사의 주된 그룹 (이긴 쪽의 컨소시엄이 아님)") if main is not None else None
        if actors and "제명" in word:  # "KBL은 … 데이원 구단의 제명을 발표", "…가 러시아를 공식 제명했다": out of the expeller
            expellers = [m for m in mentions if m.start < start and m not in actors and _role(sentence, m) in ("이", "가", "은", "는")]
            found_group = (expellers[0].name, "제명한 단체") if expellers else found_group
            guessed = found_group is None or found_group[1].startswith("이름 없는") or any(
                squeeze_term(a.name) in squeeze_term(found_group[0]) for a in actors)  # (the expelled read as a group)
            bare = _ROLE_OWNER_SUBJECT.search(sentence, 0, actors[0].start) if not expellers and guessed else None
            if bare and bare.group(1) not in lx.NOT_NAME_WORDS:
                found_group = (bare.group(1), "제명한 단체")  # "유럽평의회가 … 러시아를 공식 제명했다": a body no rule watches
        # "미국의 주요 은행들이 … 연합체를 탈퇴한", "미국, 캐나다, 호주 은행들이": the places say whose banks, the banks left
        actors = [a for a in actors if not (a.end <= start and _COUNTRY_OR_REGION.fullmatch(a.name)
                                            and _PLURAL_HEAD_AFTER.match(sentence, a.end, start))]
        # "프랑스-튀르키예 연합체가 입찰을 철회해": the countries say where the consortium is from, it withdrew
        actors = [a for a in actors if not (_COUNTRY_OR_REGION.fullmatch(a.name) and _ORIGIN_OF_BIDDER.match(sentence, a.end))]
        # "중국이 과도한 영향력을 행사하고 있다며 WHO에 탈퇴를 통보했다": the subject of a reason told in reported speech
        actors = [a for a in actors if not (a.end <= start and _role(sentence, a) in ("이", "가")
                                            and _QUOTATIVE.search(sentence, a.end, start))]
        if _EXPLAINED.match(sentence, match.end()):  # "ACEA를 탈퇴한 것은 유럽연합이 …": the cause's subject comes after
            actors = [a for a in actors if a.end <= start]
        if found_group is not None:  # "게임스컴 불참 이어져": the group is no one absent from itself
            actors = [a for a in actors if squeeze_term(a.name) != squeeze_term(found_group[0])]
        if found_group is not None and ("지수" in found_group[0] or lx.KNOWN_INDICES.search(found_group[0])) \
                and re.match(r"(?:제외|배제|편출|편입)", word):
            # "MSCI·FTSE 러셀, 중국 3대 통신기업 글로벌 지수서 제외": the index providers exclude, they are not out
            providers = [a for a in actors if _INDEX_PROVIDER.fullmatch(a.name)]
            for provider in providers:
                refuse(word, f"{provider.name}: 지수를 산출하는 쪽 (빼는 쪽이지 빠진 쪽이 아님)")
            actors = [a for a in actors if a not in providers]
        if _NOT_CHOSEN.fullmatch(word):
            # "새만금개발청 우선협상대상자 미선정": the body that chose no one is the chooser, not the one left out
            choosers = [a for a in actors if _CHOOSER_NAME.search(a.name) and _ROLE_CHOSEN.search(sentence, a.end, start)]
            for chooser in choosers:
                refuse(word, f"{chooser.name}: 고르는 쪽 (아무도 뽑지 않은 기관)")
            actors = [a for a in actors if a not in choosers]
        for actor in actors:
            # "입찰에 참여했으나 재계약에 성공하지 못했다": it took part, and it lost (not "참여했지만 응찰하지 않았다")
            entered_then_lost = _LOST_WORD.search(word) is not None and _ENTERED_BUT.search(sentence, actor.end, start)
            if _joined(sentence, actor, start) and not entered_then_lost or _later_success(sentence, actor, match.end()):
                refuse(word, f"{actor.name}은(는) 참여·통과함")
                continue
            role = ROLE_NAMES.get(_role(sentence, actor), "") or ("신호가 꾸미는 말" if actor.start > start else "바로 앞")
            accept(word, actor, role, found_group)
    if not events:  # no reading knew this telling: the loose one may
        for word, actor, role, exit_group in exits.loose_exits(sentence, mentions, article, recent_index):
            accept(word, actor, role, exit_group)
    return events


_NEW_CLAUSE_BETWEEN = re.compile(r"(?:데|것에|뒤|후)\s*이어|가운데|반면|한편")
_EITHER_BEFORE = re.compile(r"[가-힣]거나\s+(?:[^\s,]+\s+){0,3}$")
_ORIGIN_OF_BIDDER = re.compile(r"(?:\s*[-·]\s*[가-힣]{2,6})*\s*(?:연합체|컨소시엄|합작사|합작법인|기업|업체|회사)")
_PLURAL_HEAD_AFTER = re.compile(r"(?:의)?(?:\s*[,·]\s*[가-힣]{1,6})*\s+(?:[가-힣]+\s+){0,2}?[가-힣]{1,8}들(?:이|은|는|도)\s")
_ACTION_NOT_TAKEN = re.compile(r"(?:신청|참여|참가|가입|서명|응찰|입찰|제출)(?:하지|도\s*하지)\s*(?:않|못)")
_OBJECT_BETWEEN = re.compile(r"(?:을|를)\s")


# A ranking's top band fallen out of: "100위권 밖으로 밀려나면서", "'10대 건설사' 밖으로 밀려났다".
# A company speaking of itself inside its own quotation.
_SELF_REFERENCE = re.compile(r"(?:^|\s)(?:당사|우리\s?회사|저희|우리)(?:는|가|도|로서는)\s")
_BAND_LEFT = re.compile(r"((?:['‘\"“][^'’\"”\n]{2,20}['’\"”])|\d+\s*위권|\d+\s*대\s*[가-힣]+)\s*밖(?:으로|으로는|으로도)?\s*(?:밀려|떨어)")


# A word marked as subject, and the adnominal verb that would make it the subject of a clause inside.
_SUBJECT_WORD = re.compile(r"[가-힣A-Za-z0-9)’'\"”]*[가-힣A-Za-z0-9)’'\"”](?<![되하있없않])(?<!에)(?<!에서)(?<!으로)(?:은|는|이|가)(?=\s)")  # not "투입되는"
_ADNOMINAL_VERB = re.compile(r"[가-힣]+(?:는|된|한|할|던|인)\s")


def _entrants(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Who the sentence says entered a contest, as its subjects, when it names no winner ("A와 B가 재도전에 나섰다")."""
    subjects = [m for m in mentions if _role(sentence, m) in ("이", "가", "은", "는", "도")]
    if not subjects or _WON.search(sentence) or not (_entry(sentence) or _STEPPED_IN.search(sentence)):
        return []
    return _coordinated(sentence, mentions, subjects[-1])


# A contest's entry told without the usual verbs: "재도전에 나섰다", "유치전에 뛰어들었다"
_STEPPED_IN = re.compile(r"(?:도전|재도전|유치|유치전|인수|인수전|수주|수주전|입찰|경쟁|공모)에\s*(?:다시\s*)?나섰")
# The sentence's own subject is the entry's outcome, or it has none: "결과는 탈락이었다", "결국 고배를 마셨다"
_RESULT_SUBJECT = re.compile(r"(?:^|\s)(?:결과는|결과도|결국|끝내|하지만|그러나|그러나\s*결과는)\s")


def _subjectless(before: str) -> bool:
    """No subject of the trigger's own before it ('…340억원이 투입되는 공모도 탈락했다' has none: the
    subject there is of the clause that describes the programme)."""
    return not any(not _ADNOMINAL_VERB.search(before, word.end()) for word in _SUBJECT_WORD.finditer(before))


_CONTEST_WORDS = re.compile(r"선정|투표|표결|심사|평가|입찰|수주|유치|공모|후보|낙점|우선협상")
_LAUNCH_MARKETS = re.compile(r"출시\s*(?:국|국가|대상\s*국)(?:에서|에|명단|목록|리스트)")
# After "…를 제치고": a ranking's lead, not a selection's win ("1위에 올랐다", "최다 보유한 국가로").
# "현대로템이 세계적 철도강국인 프랑스와 중국을 제치고": a company's subject, then only countries before the trigger
# (a country or a city beating countries, "한국이 사우디와 이탈리아를 제치고 개최지로", is a real contest).
_COUNTRIES_BEATEN_BY_FIRM = re.compile(
    rf"(?<![가-힣A-Za-z])(?!{lx.PLACE}|한국|대한민국|우리나라)[가-힣A-Za-z0-9&]{{2,}}(?<![시도군])(?:이|가|은|는)\s+(?:[^\s,]+\s+){{0,3}}?"
    rf"{lx.PLACE}(?:(?:와|과|,|·)\s*{lx.PLACE}){{0,4}}(?:을|를)?\s*$")  # (the trigger may begin at 을)
# "…철도강국 프랑스,중국 제쳐" (a headline, its subject dropped): only countries beaten stand for their industries too.
_COUNTRIES_BEATEN_BARE = re.compile(rf"(?<![가-힣A-Za-z]){lx.COUNTRY}(?:(?:와|과|,|·)\s*{lx.COUNTRY}){{0,4}}\s*$")
_RANKING_AFTER = re.compile(r"[^.]{0,60}?(?:1위|선두|최다|최대|가장\s+많|정상에|수위|"
                            # a match won: "그리핀을 제치고 우승한", "진에어를 꺾고 LCK에 남게 됐다"
                            r"우승|잔류|남게|결승|승리|승자)(?![^.]{0,30}(?:선정|수상|낙점|우선협상|뽑))")


# "생산 라인을 모두 철수": a facility withdrawn, no group left.
_FACILITY_BEFORE = re.compile(r"(?:라인|공장|생산기지|생산시설|설비|매장|지점|점포|사무소|사업장|인력|요원|직원|인원|병력|주재원)(?:을|를|에서)?\s*"
                              r"(?:모두|전부|전원|완전히|잇따라)?(?:을|를)?\s*$")  # ("홍보 요원 전원을 철수": people withdrawn)
# "다국적 제약사 잇따른 한국사업 철수", "우리은행은 사업을 철수한 상태다": a business line or a country's business
# wound up, with no group named; "'한빛 클라우드' 사업에서 철수" names one and is not this.
_BUSINESS_WOUND_UP = re.compile(rf"(?<![가-힣A-Za-z0-9'’\"”])(?:{lx.PLACE}|한국|국내|해외|현지)?\s?사업(?:을|를|에서)?\s*"
                                r"(?:모두|전부|완전히|잇따라|사실상|결국)?\s*$")


def _outside_groups(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Guessed organisations that are the first word of a group's name (모바일은행 예비인가,
    대우건설 컨소시엄) name the group, not who is absent from it; watched ones stay."""
    if all(m.entity != m.name for m in mentions):
        return mentions  # only watched names: nothing to drop, and no need to read the groups
    groups = [(g.start, g.end) for g in group_mentions(sentence) if g.group.named]
    return [m for m in mentions if m.entity != m.name or
            not any(start <= m.start and m.end < end for start, end in groups)]


# What the rest of a sentence says of everyone but the exception: "A를 제외하고는 … 참여하지 않았다".
_NEGATIVE_REST = re.compile(r"지\s*(?:않|못)|없었|없다|발견|중단|탈락|제재|리스크|문제|위반|부적격")


_MAKER_ANNOUNCED = re.compile(r"(?:다|라)고\s+(?:공식\s+)?(?:발표|공지|공식\s*발표)(?:했|하며|하면서)")


def _conditional(before: str) -> bool:
    """A condition clause precedes (…내려지면, 이 경우); 따르면, 반면, 측면 are not conditions."""
    return any(not m.group(0).rstrip(", ").endswith(lx.NOT_CONDITION) for m in lx.CONDITION_BEFORE.finditer(before))


def _led_team(sentence: str, mentions: list[Mention], trigger: int) -> list[Mention]:
    led = lx.LED_TEAM.search(sentence[:trigger])
    if led is None:
        return []
    leaders = [m for m in mentions if m.end <= led.start() + 1 and m.end + len(m.particle) >= led.start()]
    return _coordinated(sentence, mentions, leaders[-1]) if leaders else []


# "편출 종목은", "탈락 기업은": the trigger as a noun before the head word of a copula list.
_NOUN_HEAD = re.compile(r"\s*(?:종목|기업|업체|대학|팀|후보|은행|회사|곳)(?:들)?(?:은|는|으로는|로는)\s")


# "볼보 EX30이", "테슬라 모델Y가": a maker's product as the subject, the maker written bare before it.
_PRODUCT_AS_SUBJECT = re.compile(r"\s+(?:[가-힣]{0,4}[A-Za-z0-9][A-Za-z0-9.\-]*|[A-Za-z0-9.\-]*[가-힣]{1,4}[A-Za-z0-9.\-]*\d[A-Za-z0-9]*)"
                                 r"(?:\([^()\n]{0,20}\))?(?:이|가|은|는|도)\s")


_OFFICER_AFTER = re.compile(r"\s*(?:CEO|CFO|CTO|COO|CSO|회장|부회장|대표|사장|의장|창업자)(?![A-Za-z])")


def _maker_of_subject(sentence: str, mentions: list[Mention], trigger: int) -> list[Mention]:
    """"볼보 EX30이 … 최종후보에서 제외됐고", "테슬라 모델Y가 보조금 지급 대상에서 제외됐다": what is left out is the
    maker's, and so is the absence (the product is no organisation of its own)."""
    for mention in reversed([m for m in mentions if m.end <= trigger]):
        if mention.particle or _role(sentence, mention):
            continue
        product = _PRODUCT_AS_SUBJECT.match(sentence, mention.end)
        if product and _OFFICER_AFTER.match(sentence, mention.end):
            continue  # "제프 베이조스 아마존 CEO(오른쪽)가 이끄는 블루오리진을 제치고": its officer, no product of its
        if product and not any(m.start < product.end() and mention.end < m.end for m in mentions if m is not mention):
            return [mention]
    return []


# "탈퇴한 것은", "불참한 이유는": the absence is the topic of an explanation; who is named after is the cause's.
_EXPLAINED = re.compile(r"[가-힣]{0,3}\s*(?:것은|것이|데는|데에는|이유는|배경에는)\s")
# "…하고 있다며", "…라고": a reported clause ends between its subject and what follows.
_QUOTATIVE = re.compile(r"[가-힣](?:다|라)(?:며|면서|고)\s")
# "이번 제재에서 … 제외됐다", "규제 대상에서 제외": spared from a penalty, which is no group left.
_EXEMPTED = re.compile(r"(?:제재|처벌|규제|징계|과세|부과|금지)\s*(?:대상)?\s*(?:에서|서)(?:는|도)?\s")


def _in_aside(sentence: str, position: int) -> bool:
    """A trigger inside a bracketed gloss ("브렉시트(Brexit, 영국의 EU 탈퇴) 협정을 비준했다") glosses a word."""
    opened = sentence.rfind("(", 0, position)
    return opened >= 0 and sentence.find(")", opened) > position and sentence.rfind(")", 0, position) < opened


# The kind of organisation an adnominal trigger may describe instead of naming it ("탈락한 3개 팀", "참여하지 않은 업체는").
_UNNAMED_KIND = r"(?:\d+\s*(?:개|곳)\s*)?(?:팀|컨소시엄|기업|업체|곳|회사|사업자|후보|종목)"
_DEAL_FAILED = re.compile(r"((?:[가-힣]{0,4}\s?)?계약)(?:\s*체결)?(?:에|에도)\s*실패")  # (lexicon: "…와 채널계약에 실패")
_FOUGHT_WORD = re.compile(r"(?:와|과)(?:의)?\s+(?:[가-힣]+\s+)?(?:경쟁|경합|접전|각축|맞대결|(?:\d|양|삼|사)\s*파전)")  # (lexicon's FOUGHT_TO_A_WIN)
_ETC_KIND = re.compile(r"['’\"”)]?(?:\s*등\s*(?:[^\s,.]+\s+){0,3}?[^\s,.]+?)?")


# A preferred bidder's selection withdrawn (lexicon: "…대상자 선정을 철회했다"), and where the report says whose it was.
_BIDDER_DROPPED = re.compile(r"(?:대상자|협상자)\s*(?:선정|지위|자격)|협상(?:이|은)?\s*(?:(?:최종|결국|끝내)\s*)?결렬")
_PREFERRED_BIDDER = re.compile(r"우선\s*협상\s*(?:대상자|자)")
_PREFERRED_BEFORE = re.compile(r"\s*(?:컨소시엄\s*)?(?:의\s*)?우선\s*협상\s*$")
_TALKS_FAILED_WITH = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:컨소시엄)?(?:과|와)(?:의)?\s+(?:[^\s,.]+\s+){0,3}?협상(?:이|은|도)?\s*(?:최종\s*|결국\s*)?결렬")
_CHOSEN_BEFORE = re.compile(r"\s*(?:컨소시엄)?(?:을|를)\s*우선\s*협상\s*(?:대상자|자)(?:로|으로)\s*(?:선정|지정)")


def _bidder_dropped(sentence: str, mentions: list[Mention], start: int) -> list[Mention]:
    """Whose preferred-bidder status is withdrawn: the one it is said of ("프리마베라의 우선협상 대상자 선정을 철회",
    "A 컨소시엄 우선협상 대상자 선정이 철회됐다"), else the one the talks failed with ("A와 B 컨소시엄과의 협상이 결렬돼
    우선협상대상자 선정을 철회했다", "A 컨소시엄에 대한 … 지위를 취소"), else the one the sentence chose first ("A를 우선협상 대상자로 선정했으나 … 철회")."""
    before = [m for m in mentions if m.end <= start]
    for reading in (_PREFERRED_BEFORE, _SAID_OF, _TALKS_FAILED_WITH, _CHOSEN_BEFORE):
        told = [m for m in before if (reading.fullmatch(sentence, m.end, start) if reading is _PREFERRED_BEFORE
                                      else reading.match(sentence, m.end))]
        if told:
            return _coordinated(sentence, mentions, told[-1])
    return []


_SALE_BEFORE = re.compile(r"((?:[^\s,.]+\s+){0,3}?[^\s,.]+\s*매각)\s*(?:과\s*관련해|과\s*관련한|을\s*위한|을\s*위해|의|에\s*대한)\s")


def _bidder_role(sentence: str, start: int) -> tuple[str, str] | None:
    """What a withdrawn preferred bidder is out of: the role as the report writes it, of the sale the sentence names
    ("특수가스 사업 매각과 관련해 … 우선협상대상자 선정을 철회" is out of '특수가스 사업 매각 우선협상대상자')."""
    roles = [r for r in _PREFERRED_BIDDER.finditer(sentence) if r.start() < start + 4]
    if not roles:
        return None
    role = roles[-1]
    sale = _SALE_BEFORE.search(sentence, 0, role.start())
    words = sale.group(1).split() if sale else []
    # (not the seller's topic or the clause that describes it: "한빛은 보유 중인 한빛텍의 지분 매각")
    cut = [i for i, word in enumerate(words[:-1]) if re.search(r"(?:은|는|이|가|인|한|된|던)$", word)]
    words = words[cut[-1] + 1:] if cut else words
    told = " ".join(words + [role.group(0)])
    return told, "철회된 우선협상 자리" + (", 매각과 함께" if words else "")


# An amount as the subject right before the trigger, with at most one word between ('견인료로').
# ("자산이 9조9000억원이 되면서 제외됐다": the amount is the subject of a clause of its own, ended by 면서, 며, 서 or 고)
_AMOUNT_SUBJECT = re.compile(r"\d\s*(?:%|퍼센트|원|억원|조원|만원|달러|억\s*달러)(?:가|이)\s+(?:[가-힣]*[^서며고\s]\s+)?$")


def _removed_as_topic(sentence: str, start: int, word: str) -> bool:
    """"A를 편입하고 B, C는 제외한다": the removed set apart as a topic, right before the active verb."""
    return word == "제외" and sentence[start - 2:start] in ("은 ", "는 ")


_BID_BEFORE = re.compile(r"유치|입찰|응찰|도전장|경쟁|경합|공모|신청|후보")
_RIVAL_WORD_BEFORE = re.compile(r"(?<![가-힣])(?:상대|경쟁자|경쟁국|경쟁\s?도시|라이벌)\s*$")
_RIVAL_FOUGHT = re.compile(r"(?:와|과)\s+(?:[^\s,.]+\s+){0,2}?(?:경쟁|경합|대결|각축|맞대결)")


_DELAY_FEARED = re.compile(r"[가-힣]{0,3}\s*(?:수\s*(?:도\s*)?있|가능성|우려|것으로\s*(?:보이|보인|예상|관측|전망))")


# A count of what an adnominal trigger describes, its members named in brackets ("받지 못한 3팀(A, B, C)").
_COUNT_GLOSS = re.compile(r"\d+\s*(?:개\s*)?[가-힣]{1,4}\s*\(")


_RIGHTS_CAME_BACK_FROM = re.compile(r"(?:로부터|으로부터|에게서|측으로부터|(?:에|에게)\s*(?:기술\s*이전|기술\s*수출|라이선스\s*아웃)"
                                    r"(?:\s*\([^()]{0,20}\))?\s*(?:한|했던))")
# "<organisation> 관계자는 “": an official speaks for the organisation named before the word for them
_SPOKESMAN_QUOTES = re.compile(r"([^\s,.“\"]+)\s+(?:관계자|측|대변인|고위\s*관계자)(?:은|는|이|가)\s+[“\"]")


def _absent_actors(sentence: str, mentions: list[Mention], match: re.Match[str],
                   previous: tuple[Mention, ...]) -> list[Mention] | None:
    """Who a trigger is said of; None when it is said of a team or company not named."""
    start, word = match.start(), match.group(0)
    causative = bool(re.match(r"(?:시키|시켰|시킨|시켜)", sentence[match.end():])) or (  # X를 탈락시켰다
        # "일본은 한국을 '백색국가' 명단에서 제외하는 조치": the active verb's object is who is out
        # ("교육청은 A의 자사고 지정을 취소했다": so is the one whose designation it revoked)
        (word.endswith(("제외", "배제", "삭제")) or "지정" in word and word.endswith("취소")
         ) and bool(re.match(r"(?:하|했|한|합|해|할)", sentence[match.end():])) or (
        # ("정부는 A·B 등 4곳을 공공기관에서 해제했다": the object named, who is out)
        re.match(r"해제(?:했|하기로|키로)", word) is not None and re.search(r"(?:을|를)\s", sentence[max(0, start - 40):start]) is not None) or (
        # "IOC가 IBA의 … 운영 권한을 박탈했다", "연맹은 A팀에 대해 출전권을 박탈했다": who strips a right keeps its own; who
        # loses it is the right's owner, or the one it is said of
        word.endswith("박탈") and not re.match(r"\s*(?:당|됐|되|돼)", sentence[match.end():])))
    # ("A의 인가가 취소됐다": a licence's holder, told with 의, is who lost it)
    object_form = word.startswith(("을", "를", "제명을", "제명를", " ", "보다")) or word == "불허" or causative or \
        re.match(r"(?:인가|등록|면허|허가)", word) is not None and "취소" in word or (  # "A 구단의 제명을 발표"
        # "GS건설 컨소시엄에 대한 우선협상 대상자 지위를 취소": what is revoked is said of the one it was for
        re.search(r"취소|박탈", word) is not None and any(
            _SAID_OF.match(sentence, m.end) for m in mentions if m.end <= start))
    given = _decision_receivers(sentence, mentions, match)
    if given:
        return given
    if _removed_as_topic(sentence, start, word):
        # "A를 편입하고 B, C는 제외한다": the topic list right before the verb is what is removed
        last = next((m for m in reversed(mentions) if m.end < start and re.fullmatch(r"['’\"”)\s]*(?:등)?", sentence[m.end:start - 2])
                     or _ASIDE.fullmatch(sentence, m.end, start - 2)), None)
        return _coordinated(sentence, mentions, last) if last is not None else []
    if (inside := next((m for m in mentions if m.start < start < m.end), None)) is not None \
            and re.match(r"(?:팀|게임단|구단|선수단)", word):
        return [inside]  # "인천남동구민축구단은 해체됐지만": the team's own name ends in the word the trigger opens with
    anchor = start + (1 if word.startswith(("을", "를", " ")) else 0)  # " 따돌리고": a headline's object, bare
    if _AMOUNT_SUBJECT.search(sentence, max(0, start - 40), start):
        return []  # "매출의 10~20%가 견인료로 빠져나가는": money leaves, no organisation
    if word == "내줬던":  # "A는 B에 내줬던 X를 되찾았다": B, named right before its 에, is who loses X now
        return [m for m in mentions if m.end <= start and re.fullmatch(r"\s*에\s*", sentence[m.end:start])][-1:]
    if _FOUGHT_WORD.match(word):
        # "A는 B, C 등 세계 각지의 운영사와 경쟁을 벌인 끝에 수주에 성공했다": the list before 와 (and what it is, after 등)
        last = next((m for m in reversed(mentions) if m.end <= start and _ETC_KIND.fullmatch(sentence, m.end, start)), None)
        return _coordinated(sentence, mentions, last) if last is not None else []
    if word.startswith("보다") or word.strip().startswith("대신") or re.match(r"에\s*앞섰", word):
        # ("A는 B와 C에 앞섰다": the names right before 에 are the ones A came out ahead of)
        # "A가 B-C보다 높은 점수를 받아": the names right before 보다 are outscored; "B와 C 대신 A가 자리를 꿰찼다": replaced
        # ("B, C 등 경쟁사보다": the list and what they are, before 보다)
        last = next((m for m in mentions if m.end == start), None) or (next(
            (m for m in reversed(mentions) if m.end < start and _ETC_KIND.fullmatch(sentence, m.end, start)
             and "등" in sentence[m.end:start]), None) if word.startswith("보다") else None)
        return _coordinated(sentence, mentions, last) if last is not None else []
    if _BIDDER_DROPPED.match(word):
        return _bidder_dropped(sentence, mentions, start)
    if "반환" in word and "받" not in word:
        # "한미약품은 파트너사인 얀센이 자사에서 도입한 …의 권리를 반환하기로 했다": who licensed it in hands it back
        licensee = [m for m in mentions if m.end <= start and m.particle in ("이", "가")
                    and re.match(r"\s*(?:[^\s,.]+\s+){0,2}?(?:도입|수입|이전\s*받)(?:한|했던)\s", sentence[m.end + len(m.particle):])]
        if licensee:
            return licensee[-1:]
    if re.search(r"반환(?:을\s*통보)?\s*받", word):
        # "브릿지바이오는 베링거인겔하임으로부터 … 권리를 반환받았다": the one it came back from is out of the licence
        giver = [m for m in mentions if m.end <= start and m.particle in ("로부터", "으로부터", "에게서", "에서")]
        return _coordinated(sentence, mentions, giver[-1]) if giver else []
    if object_form and _RIVAL_WORD_BEFORE.search(sentence, 0, start):
        # "A는 B와 경쟁을 벌였으나 … 2배 차이로 상대를 따돌렸다": the rival is the one the sentence fought with
        fought = [m for m in mentions if m.end <= start and _RIVAL_FOUGHT.match(sentence, m.end)]
        return _coordinated(sentence, mentions, fought[-1]) if fought else []
    actors = _actor(sentence, mentions, anchor, object_ok=object_form, object_only=object_form, absence=True)
    if actors and not object_form and _RELATIVE_CLAUSE_SUBJECT.match(sentence, max(a.end for a in actors), start) \
            and not lx.LED_TEAM.match(sentence, max(a.end for a in actors)):
        # "CJ ENM과 B가 매각한 채널 모두 … 재계약에 실패": they are the subject of a clause describing what failed
        return None
    if object_form and actors and all(a.particle == "의" and _MEMBERS_OF.match(sentence, a.end + 1) for a in actors):
        return None  # "러시아의 여러 은행을 SWIFT에서 배제하는": the banks, not named, are out; not the country
    counted = _COUNTED_OUT.search(sentence, max((a.end for a in actors), default=start), start) if object_form else None
    # ("KAIST(한국과학기술원)·…·UNIST(울산과학기술원) 등 4곳을": the last name's gloss before the count)
    if counted and actors and not re.fullmatch(r"(?:\s?\([^()\n]{1,30}\))?[\s,·]*(?:등|모두)?\s*",
                                               sentence[max(a.end for a in actors):counted.start()]):
        # "러시아를 겨냥해 러시아 은행 7곳을 SWIFT에서 퇴출시켰다": the object is the seven, named later if at all
        return None
    if word.startswith(("무릎", "밀려")) and actors and all(_LOST_TO_HIM.fullmatch(sentence, a.end, start) for a in actors):
        # "한국은 … 경쟁에 나섰지만 끝내 카타르의 오일머니에 무릎을 꿇었다": who it lost to; the topic lost
        topics = [m for m in mentions if m.end <= actors[0].start and m.particle in ("은", "는")]
        actors = topics[-1:]
    rest_at = match.end() + (1 if word.endswith(("못", "않")) and sentence[match.end():match.end() + 1] == " " else 0)
    head = _NOUN_HEAD.match(sentence, rest_at)
    if head is not None:  # "편출 종목은 ▲A ▲B 등이다": the names the sentence equates with them
        listed = _following(sentence, mentions, head.end())
        if listed and _COPULA_END.match(sentence, listed[-1].end):
            return listed
        # ("볼 수 없는 팀은 원년 챔피언팀인 A다": the name the sentence ends on, described before it)
        return _copula_list(sentence, mentions, rest_at + len(sentence[rest_at:]) - len(sentence[rest_at:].lstrip()))
    adnominal = lx.ADNOMINAL_AFTER.match(sentence[rest_at:])  # "선정되지 못 한 전남도립대는": spaced as often
    if adnominal is None and re.search(r"(?:된|한|진|난|킨|없는)$", word):
        adnominal = re.match(r"\s", sentence[rest_at:])  # "편출된 10개 종목에서": the trigger holds its own ending
    if adnominal is None and word.endswith("않"):
        adnominal = re.match(r"은\s", sentence[rest_at:])  # "협약에 참여하지 않은 업체는"
    if adnominal and re.match(r"것(?:으로|이|을|은|도|만)", sentence[rest_at + adnominal.end():]):
        adnominal = None  # "A를 탈락시킨 것으로 나타났다": a reported clause, not a word it describes
    if adnominal and re.match(_UNNAMED_KIND + r"들?(?:은|는|이|가|도)\s", sentence[rest_at + adnominal.end():]):
        # "협약에 참여하지 않은 업체는 23곳인데 환경부는 …": said of unnamed companies, unless the report names them
        # ("탈락한 업체는 A와 B다"); a name in a later clause is no one the trigger describes
        return _copula_list(sentence, mentions, rest_at + adnominal.end()) or None
    if adnominal and word.startswith(("을", "를")):
        # "서울 한빛팀을 제외한 A, B 등 6개 팀이 모두 참가한다": the object is who is out; what follows is the rest
        return actors
    glossed = _COUNT_GLOSS.match(sentence, rest_at + adnominal.end()) if adnominal else None
    if glossed:  # "승인을 받지 못한 3팀(A, B, C) 중": the names in the count's brackets
        closes = sentence.find(")", glossed.end())
        bracketed = [m for m in mentions if glossed.end() <= m.start and m.end <= closes]
        if closes > 0 and bracketed:
            return bracketed
    if adnominal:  # "…에서 탈락한 네이버클라우드와 NC AI는": said of what follows
        following = _following(sentence, mentions, rest_at + adnominal.end())
        if following:
            return following
        listed = _copula_list(sentence, mentions, rest_at + adnominal.end())
        if listed:
            return listed
        among = _AMONG.match(sentence, rest_at + adnominal.end())
        if among:  # "탈락한 52개 대학 중에는 A와 B 등이 포함됐다": those named among them
            named = _following(sentence, mentions, among.end())
            if named:
                return named
        if re.match(_UNNAMED_KIND, sentence[rest_at + adnominal.end():]):
            return None
        thing = _NOUN_WITH_PARTICLE.match(sentence, rest_at + adnominal.end())
        if thing is not None and not any(m.start == thing.start() for m in mentions) and \
                thing.group(1) not in lx.NOT_NAME_WORDS:
            return []  # "협의 대상에 포함되지 않은 특구계획에 대해": said of a plan, not an organisation
    anaphora = lx.ANAPHORA.search(sentence[:start])
    if anaphora and re.match(rf"\s*{_OWNER_VERBS}", sentence[anaphora.end():]):
        anaphora = None  # "이들이 주도하는 플랫폼에 참여하지 않겠다": they run it
    if anaphora and actors and anaphora.start() > max(a.end for a in actors):
        actors = []  # "…LG전자가 철수했기 때문에 두 회사 모두 참여하지 않기로": the pronoun is nearer than the name
    if not actors and anaphora:
        # "A는 B와 함께 …했는데, … 두 회사 모두 불참하기로 했다": the two named earlier in the sentence
        earlier = [m for m in mentions if m.end <= anaphora.start()]
        if re.search(r"양|두", anaphora.group(0)):
            here: dict[str, Mention] = {}
            for m in earlier:
                here.pop(m.entity, None)
                here[m.entity] = m  # the last two organisations named, in order
            if len(here) >= 2:
                return list(here.values())[-2:]
        else:  # "롯데와 신세계 등이 거론됐지만, 이들은 모두 …": the list that was the subject
            subjects = [m for m in earlier if _role(sentence, m) in ("이", "가", "은", "는")]
            if subjects:
                listed = _coordinated(sentence, mentions, subjects[-1])
                if len(listed) >= 2:
                    return listed
    if not actors and previous and anaphora:
        # "양사는 … 탈락했다": the two named just before; "이들은": all of them
        return list(previous[-2:]) if re.search(r"양|두", anaphora.group(0)) else list(previous)
    if actors and all(a.particle == "의" and _COUNTRY_OR_REGION.fullmatch(a.name) for a in actors):
        # "텐센트, 넷이즈 등 중국의 대형 게임사들 … 명단에 이름을 올리지 못 했다": the place describes the list
        listed = [m for m in mentions if m.end <= actors[0].start and not _COUNTRY_OR_REGION.fullmatch(m.name)]
        if listed and re.fullmatch(r"\s*등\s*", sentence[listed[-1].end:actors[0].start]):
            return _coordinated(sentence, mentions, listed[-1])
    # "롯데케미칼의 주력 사업장 중 한 곳인 충남 대산공장 노동조합이 민주노총 탈퇴를 선언했다": the owner's union or plant,
    # a body of its own, is the subject; the owner left nothing
    return [a for a in actors if not (a.particle == "의" and a.end <= start and _OWNED_BODY_SUBJECT.search(sentence, a.end, start))]


_OWNED_BODY_SUBJECT = re.compile(r"(?:노동조합|노조|지부|지회|분회|공장|사업장)(?:이|가|은|는)\s")
_LOST_TO_HIM = re.compile(r"(?:의\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+?)?(?:에|에게)\s*")
# "탈락한 52개 대학 중에는 A, B": among those the trigger describes.
_AMONG = re.compile(r"(?:[가-힣0-9]+\s+){0,2}?[가-힣0-9]+\s*(?:가운데|중)(?:에는|엔|에선|에서는|에서도)?\s+")
# "선정되지 못한 대학은 A, B, C다": a head noun in topic position, then the list and a copula.
_DESCRIBED_BEFORE = re.compile(r"(?:[^\s,.]+\s+){1,5}?['‘\"“]?")  # (a few words of description, no clause break)
_COPULA_HEAD = re.compile(r"(?:[가-힣]+\s+)?(?:\d+\s*)?[가-힣]{1,6}(?:들)?(?:은|는)\s+"  # "탈락한 4개사는"
                          rf"(?:\d+\s*(?:{_COUNTER}|개)\s*(?:으로|로)\s+)?")  # ("제외된 기업집단은 3개로 A, B, C이다")
_COPULA_END = re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?(?:등\s*)?(?:\d+\s*(?:{_COUNTER}|개)\s*)?(?:뿐)?(?:이)?(?:다|었다|였다|며|고|ㄴ데|인데)(?=[\s.,]|$)|\s*(?:등\s*)?(?:\d+\s*(?:{_COUNTER}|개)\s*)?(?:으로|로)\s+(?:집계|확정|파악)")
# ('… 등 7개 종목인데', '… 등 4개 종목으로 집계됐다': the copula conjugated, or the list told as a tally)


# What may stand between an adnominal verb and the names it describes: a count and its kind, opening a gloss
# ("참여한 2개 컨소시엄(LG 컨소시엄과 네이버 컨소시엄)").
# Names no rule watches may open the list ("참여한 LG 컨소시엄과 네이버 컨소시엄에 대한 평가").
_COUNTED_KIND_OPENING = re.compile(r"\s*(?:\d+\s*(?:개|곳)\s*[가-힣]{0,5}\s*\(\s*)?"
                                   r"((?:[가-힣A-Za-z0-9&]+\s?){1,2}?(?:과|와|\s*[,·])\s*)*(?:㈜|\(주\))?")
_OWNS_QUOTED_SUBJECT = re.compile(r"의\s*['‘\"“][^'’\"”\n]{1,40}['’\"”]\s*(?:은|는|이|가|도)\s")
_CONSORTIUM_OPENS = re.compile(r"\s*컨소시엄['’\"”]?\s*\(")


def _consortium_heads(sentence: str, mentions: list[Mention], members: list[Mention]) -> list[Mention]:
    """The consortium whose members a list in brackets names: "'티머니 컨소시엄'(에이텍모빌리티, 대선주조)이 참여해" —
    the consortium entered, its members with it."""
    if not members:
        return []
    for head in mentions:
        opens = _CONSORTIUM_OPENS.match(sentence, head.end)
        closes = sentence.find(")", opens.end()) if opens else -1
        if opens and opens.end() <= members[0].start and members[-1].end <= closes and head not in members:
            return [head]
    return []


_CANDIDATES_ARE = re.compile(r"(?<![가-힣])(?:대상자|후보|후보자|참여사|입찰자|응찰자|참가자|신청자)(?:는|은)\s")
# The contest the adnominal verb is about: only then are the names rivals ("컨소시엄에 참여한 A와 B" are members).
_CONTEST_BEFORE = re.compile(r"(?:입찰|본입찰|예비입찰|공모|경쟁|심사|평가|제안|선정\s?절차)(?:에|에서)\s*$|"
                             r"(?:특허|사업권|면허|운영권|인가|허가)(?:을|를)\s*$|"  # "신규특허를 신청한 A와 B에 대한 평가"
                             r"(?:심사|평가)(?:\([^()]{0,10}\))?(?:를|을)\s*$")  # "1차 자격심사를 통과한 A·B·C를 대상으로"


def _described_list(sentence: str, mentions: list[Mention], position: int, verb_at: int) -> list[Mention]:
    """The names right after an adnominal verb of a contest that it describes, coordinated (the watched ones;
    one is enough when names no rule watches are listed with it)."""
    after = [m for m in mentions if m.start >= position]
    opening = _COUNTED_KIND_OPENING.fullmatch(sentence, position, after[0].start) if after else None
    if opening is None or not _CONTEST_BEFORE.search(sentence, 0, verb_at):
        return []
    listed = [after[0]]
    for mention in after[1:]:
        run = _coordinated(sentence, mentions, mention)
        if run[0] is not after[0]:
            break
        listed = run
    return listed if len({m.entity for m in listed}) >= 2 or opening.group(1) else []


def _copula_list(sentence: str, mentions: list[Mention], position: int) -> list[Mention]:
    """The names a sentence equates with those the adnominal trigger describes."""
    head = _COPULA_HEAD.match(sentence, position)
    if head is None:
        return []
    listed = _following(sentence, mentions, head.end())
    if listed and _COPULA_END.match(sentence, listed[-1].end):
        return listed
    # "볼 수 없는 팀은 한빛리그 원년 챔피언팀인 'A'다": the name the sentence ends on, a description before it
    last = next((m for m in mentions if m.start >= head.end() and _COPULA_END.match(sentence, _past_quote(sentence, m.end))
                 and _DESCRIBED_BEFORE.fullmatch(sentence, head.end(), m.start)), None)
    return [last] if last is not None and not listed else []


_COUNTED_SUBJECT = re.compile(r"(?:\d+|두|세|네)\s*(?:곳|개사|개\s*팀|개\s*구단|팀|구단|개\s*기업|기업)(?:이|가|은|는)\s")


def _success_of_same(rest: str) -> bool:
    """A success after a concession, said of the same subject (no new topic in between:
    "복귀를 거부하기로 했으나, 나머지 기업들은 모두 복귀했다" is someone else's)."""
    success = lx.LATER_SUCCESS.search(rest)
    if success is None:
        return False
    before = rest[: success.start()]
    after_comma = before.split(",", 1)[-1] if "," in before else ""
    # ("해체됐지만 새 팀 2곳이 합류했다": a counted subject of its own is someone else, comma or not)
    return not re.search(r"[가-힣]+(?:들은|들이|은|는)\s", after_comma) and not _COUNTED_SUBJECT.search(before)


def _other_subject(sentence: str, mentions: list[Mention], trigger: int) -> bool:
    before = sentence[:trigger]
    adverbs = lx.ADVERBS_BEFORE_TRIGGER.search(before)
    if adverbs:
        before = before[: adverbs.start()] + " "
    match = re.search(r"([가-힣A-Za-z0-9]+)(?:이|가)\s*$", before)
    if match is None or len(match.group(1)) < 2 or match.group(0).strip() in lx.NOUNS_ENDING_LIKE_SUBJECTS \
            or match.group(1).endswith("다") or match.group(1) in ("이름", "모습"):
        # 평가, 추가, 전문가: nouns, not a subject particle; 도전했다가: a connective; "카카오는 명단에서 이름이 빠졌다":
        # the topic's name is the topic
        return False
    for mention in mentions:  # "카카오와 KT 등이", "NC AI 2곳이": the list's own particle
        if mention.end <= match.start(1):
            aside = _LIST_ASIDE.match(sentence[mention.end:])  # "네이버(035420) 등 2곳이": a code before the list's end
            at = mention.end + (aside.end() if aside else 0)
            end = _list_end(sentence[at:])
            if end and at + end[1] >= match.end() - 1:
                return False
    if group_of_token(match.group(0).strip()) is not None:
        return False  # "예비인가 신청 철회": 인가 is a noun ending in 가, and a group at that
    return not any(m.start <= match.start(1) < m.end + 1 for m in mentions) and match.group(1) not in lx.GENERIC_SUBJECTS


def _coordinated(sentence: str, mentions: list[Mention], last: Mention) -> list[Mention]:
    group = [last]
    front = last.start  # where the list reaches back to: a country told before a name is part of it
    spaced = _spaced_run(sentence, mentions, last)
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        if _in_aside(sentence, mention.start) and not _in_aside(sentence, last.start):
            continue  # (a name inside another's gloss)
        gap = sentence[mention.end : front]
        if _COUNTRY_OR_REGION.fullmatch(mention.name) and not mention.particle and _COUNTRY_THEN_KIND.fullmatch(gap) \
                and mention not in spaced:
            front = mention.start  # "L3해리스와 스웨덴 방위산업체 사브가": where 사브 is from, not a name listed
            continue
        gap = _LEGAL_OWNER.sub(" ", gap)  # "…병원, 학교법인건양교육재단 건양대학교병원": the owner names no one else
        if _COORDINATION.fullmatch(gap) or mention.particle in ("와", "과") and not gap[len(mention.particle):].strip() \
                or not gap.strip() and gap and not mention.particle and (_SPACED_LIST_END.match(sentence, last.end)
                                                                         or mention in spaced) \
                or _BRAND_BETWEEN.fullmatch(gap) and _BRAND_BETWEEN.match(sentence, last.end) \
                or _PARALLEL_CLAUSE.fullmatch(gap) and _clause_ends_at(sentence, mention.start) \
                or _member_of_count(gap, last):
            # ("주사업자에 도전한 A와 부사업자로 입찰한 B는": each name with a clause of its own, in parallel)
            # ("신세계 'SSG페이', 지마켓 '스마일페이', 롯데 'L페이'는": each owner listed with its brand)
            group.insert(0, mention)
            front = mention.start
        else:
            break
    return group


def _spaced_run(sentence: str, mentions: list[Mention], last: Mention) -> list[Mention]:
    """Names set side by side with one space alone before `last` ("스웨덴 포르투갈 인도는"), when there are at least two
    of them: three names in a row are a list, where two may be one described by the other ("한국 카카오")."""
    run: list[Mention] = []
    front = last.start
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        if mention.particle or sentence[mention.end:front] != " ":
            break
        run.append(mention)
        front = mention.start
    return run if len(run) >= 2 else []


# "롯데건설 한화건설 GS리테일 컨소시엄의 3파전": names set side by side with spaces alone, the list closed by its count
_SPACED_LIST_END = re.compile(_COUNT_OF_LINE_UP)
# ("기존 운항선사인 A와 신생사인 B, 강원권 선사인 C 등": each with a description of its own, in parallel)
_PARALLEL_CLAUSE = re.compile(r"(?:와|과|\s*,)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+(?:한|던|사인)\s+(?:㈜)?")


def _clause_ends_at(sentence: str, position: int) -> bool:
    """Whether the word before `position` closes an adnominal clause ('…에 도전한 A'): read off the last word alone, so a
    long run of text without spaces costs one pass, not one per position."""
    before = sentence[max(0, position - 40):position].removesuffix("㈜")  # "신생사인 ㈜울릉독도해운"
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and words[-1].endswith(("한", "던", "사인")) and not any(c in words[-1] for c in ",.")
_BRAND_BETWEEN = re.compile(r"\s*['‘\"“][^'’\"”\n]{1,20}['’\"”]\s*(?:,|와|과|및)?\s*")


_COUNTED_COLLECTIVE = re.compile(r"\d+\s*(?:대|개)\s*[가-힣]")  # "4대 과학기술원": a watched name that counts its members
_ETC_BEFORE_COLLECTIVE = re.compile(r"(?:\s?\([^()\n]{1,30}\))?\s*등\s+")


def _member_of_count(gap: str, collective: Mention) -> bool:
    """'한국과학기술원(KAIST) 등 4대 과학기술원은': a name listed before a watched name that counts its members is one of
    them, said of with them."""
    return bool(_COUNTED_COLLECTIVE.match(collective.name)) and _ETC_BEFORE_COLLECTIVE.fullmatch(gap) is not None


_LEGAL_OWNER = re.compile(r"\s(?:학교|재단|의료|사단|사회복지)법인(?:\s?[가-힣]+)?\s$")  # ("…, 사단법인 B": its kind alone)
_COUNTRY_THEN_KIND = re.compile(rf"(?:의)?\s+(?:[가-힣A-Za-z]{{0,6}}{_DESCRIBED}(?:인)?\s+)?")
_PRODUCT_BETWEEN = _maker_then_product(r"(?:와|과|,|·|및)\s*(?:그리고\s+)?")
_NOUN_WITH_PARTICLE = re.compile(r"([가-힣]{2,}?)(?:에|에서|을|를|이|가|은|는|과|와|도|으로|로)(?=\s)")


def _following(sentence: str, mentions: list[Mention], position: int, *, loose: bool = False) -> list[Mention]:
    """The organisation(s) right after an adnominal trigger, with those coordinated to it."""
    # (not a name glued to a number or a Latin word: "출시되는 픽셀10" names a product, not the company 픽셀)
    after = [m for m in mentions if m.start >= position and not re.match(r"[0-9A-Za-z]", sentence[m.end:m.end + 1])]
    if not after or sentence[position : after[0].start].strip(" ·,'\"‘’“”" + _BULLETS) and not (
            loose and re.fullmatch(r"\s*(?:[가-힣]+\s+){0,1}", sentence[position : after[0].start])):
        return []
    group = [after[0]]
    for mention in after[1:]:
        gap = sentence[group[-1].end : mention.start]
        if _COORDINATION.fullmatch(gap) or not gap.strip():
            group.append(mention)
        else:
            break
    return group


def _joined(sentence: str, actor: Mention, trigger: int) -> bool:
    """The actor's own predicate before the trigger says it joined (참여한 네이버와 달리…);
    a membership in the past tense modifies what was left ("참여해 왔던 키움뱅크 컨소시엄에서
    발을 빼고"), so it does not count."""
    between = sentence[actor.end : trigger]
    if re.search(r"않|못|안\s", between):
        return False
    for match in lx.MEMBER_VERBS.finditer(between):
        if re.match(r"\S*?(?:해\s*왔던|해\s*온|했던|하던)\s", between[match.start():]):
            continue
        if re.match(r"\S*?\s*지\s+(?:\d+|[가-힣]{1,2})\s*(?:년|개월|달|주|일)", between[match.end():]):
            continue  # "EU에 가입한 지 47년 만에 … 탈퇴한다": how long it had been in, the leaving is the news
        if re.match(r"[^\s]*?(?:었|았|였|됐|했)다가\s", between[match.start():]):
            continue  # "우선협상 대상자로 선정됐다가 탈락한": in, then out
        if re.match(r"\S*?(?:한|하는|된|되는)\s", between[match.start():]) \
                and re.search(r"[가-힣A-Za-z0-9]+(?:이|가)\s+(?:[^\s]+\s+)?$", between[: match.start()]):
            continue  # "유럽 18개국이 참여한 우주 기업 …와 공동 사업을 철회": a clause of its own subject describes another
        return True
    return False


def _later_success(sentence: str, actor: Mention, trigger_end: int) -> bool:
    """"…에서 탈락했던 토스뱅크가 두 번째 도전에서 예비인가를 통과했다": the absence is history."""
    if actor.start < trigger_end:
        return False
    return bool(lx.LATER_SUCCESS.search(sentence[actor.end:]))


# --- launch_date ---------------------------------------------------------------------

_DATE_AS_OBJECT = re.compile(r"(?:일|\s*일정|\s*시기|\s*날짜)(?:을|를)\s*(?:포함한|포함해|담은|담아|비롯한|공개|발표|공지|알렸|알린)")


_HEADLINE_HALF = re.compile(rf"{ELLIPSIS}")


# "시는 …", "도는 …": a report's word for the city or province it is about, named before.
_LOCAL_GOVERNMENT_ANAPHOR = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}?(시|도|군|구)(?:는|가|도)\s")
_LOCAL_BODY_NAME = {"시": re.compile(r"(?:시|시청)$"), "도": re.compile(r"(?:도|도청)$"), "군": re.compile(r"(?:군|군청)$"),
                    "구": re.compile(r"(?:구|구청)$")}


def _launches(sentence: str, mentions: list[Mention], published: date, topic: Mention | None = None,
              main_org: Mention | None = None, headline_product: str | None = None,
              notes: list[str] | None = None, article_orgs: tuple[Mention, ...] = (), *,
              lead: bool = False, known: Callable[[], tuple[tuple[str, str], ...]] = tuple,
              sources: frozenset[str] = frozenset(), previous: str = "",
              previous_orgs: tuple[Mention, ...] = (), frame: tuple[DateMention, bool] | None = None,
              owner_of: Callable[[], dict[str, Mention]] = dict) -> list[Event]:
    """`lead`: the sentence opens the report's body, where a release told in the past tense with
    no date of its own is the day's news, dated by the report. `sources`: organisations the
    report introduces as analysts, media or leakers, who tell of launches but make none.
    `previous`: the text before the sentence, whose last day '같은 날' means. `frame`: the period
    (and whether it was hedged) a round-up set for the launches it goes on to list, if any. `owner_of`: the
    organisation each quoted name is introduced with ("소니 '플레이스테이션5'(PS5)"), read when needed; so is `known`,
    the names the report quotes: reading them walks the whole report, and most launch words are refused before a
    name is needed."""
    events: list[Event] = []

    def refuse(word: str, why: str) -> None:
        if notes is not None:
            notes.append(f"  출시 신호 '{word}' 무시: {why}")

    markets = _markets(sentence, mentions)
    if markets:  # "이달 중 미국 캐나다 베트남에 출시하고": where it goes on sale, never who makes it
        mentions = [m for m in mentions if m not in markets]
    for match in lx.LAUNCH_TRIGGERS.finditer(sentence):
        start, word = match.start(), match.group(0)
        if lx.LAUNCH_FALSE_BEFORE.search(sentence[:start]) or sentence.startswith("공개최", start):
            refuse(word, "다른 낱말의 일부 (비공개·정보공개 등)")
            continue  # ("행사 성공개최를 다짐": 성공 + 개최, glued)
        # (first of the refusals that need the clause: the one most launch words meet, "…일정은 공개하지 않았다", so
        # the other twenty-odd checks are skipped for them; bench/match_throughput.py measured it)
        clause_start, clause_end = _clause_of(sentence, start)
        clause = sentence[clause_start:clause_end]
        before = sentence[clause_start:start]
        not_product = lx.NON_PRODUCT_OBJECT.search(before)
        if not_product and not _VENUE_AFTER_NOUN.match(before, not_product.start()) \
                and not _MEANS_AFTER_NOUN.match(before, not_product.start()):
            refuse(word, "공개 대상이 제품이 아님 (결과·계획·영상 등)")
            continue
        if _NONE_LAUNCHED.match(sentence, match.end()):
            refuse(word, "내놓은 것이 없음 (…이 거의 없다는 말)")
            continue  # "상반기 신규 출시카드가 거의 없어 격차가 두드러졌다": nothing came out
        if _ONLY_CLASS_BEFORE.search(sentence, max(0, start - 12), start):
            refuse(word, "한 종류만 내놓는다는 방침 ('전기차만 출시하는')")
            continue  # "2035년부터 전기차만 출시하는 순수 전기차 기업으로": a policy, not a product's launch
        if _THEN_TOLD.match(sentence) and _PAST_END.search(sentence):
            refuse(word, "그때 한 말 ('당시 …라고 예고했다')")
            continue  # "당시 인텔은 … 올 상반기 출시될 것이라고 예고했다": what was said back then
        if word.startswith("양산") and lx.LAUNCH_TRIGGERS.search(sentence, match.end()):
            refuse(word, "양산 뒤에 출시·출고가 따로 있음")
            continue  # "6월 말부터 양산에 들어가 7월18일부터 출고를 시작할": the later one is the launch
        if _SIGNS_SEEN.search(sentence, match.end()):
            refuse(word, "정황·소문 ('…을 준비 중인 정황이 포착됐다')")
            continue
        date_unknown = next((why for told, why in _DATE_NOT_KNOWN_AFTER if told.match(sentence, match.end())), None)
        if date_unknown is not None:
            refuse(word, date_unknown)
            continue
        if word == "발행" and not lx.ISSUED_CURRENCY.search(sentence):
            refuse(word, "발행한 것이 화폐·상품권이 아님 (채권·주식·보고서 등)")
            continue  # "회사채를 발행한다": a bond, no product launched
        if word.startswith("판매") and _PRE_ORDER_BEFORE.search(sentence, max(0, start - 8), start):
            refuse(word, "예약 판매 (출시 전 주문 받기)")
            continue  # "지난 18일 PS5 예약 판매를 시작했는데": orders taken for a launch to come
        titled = _TITLE_QUOTE.search(sentence, start)
        if titled and not re.search(r"['’\"”]", sentence[start:titled.start()]) and re.search(r"['‘\"“]", sentence[:start]):
            refuse(word, "제목·문구 안의 낱말 ('…출시 예정 기대작'이란 제목의 페이지)")
            continue
        if _ENABLED.match(sentence, match.end()):
            refuse(word, "출시되도록 하는 일 (…출시될 수 있도록 협의: 출시하는 쪽이 아님)")
            continue  # "과기정통부는 이달 내 5G 중간요금제가 출시될 수 있도록 이통3사와 협의 중": a regulator's push
        venue = _INSIDE_VENUE_NAME.match(sentence, match.end())
        if venue and re.search(r"['‘\"“][^'’\"”]*$", sentence[:start]):
            refuse(word, "행사 이름 안의 낱말 ('픽셀 가을 론칭' 행사)")
            continue
        if _USED_TO.match(sentence, match.end()) or word.endswith("던"):
            refuse(word, "하던 일 (…선보이던 X 운영을 중단: 지난 일)")
            continue  # "약 8년간 국내에 선보이던 끌로에 운영을 이달 말 중단한다": what was offered, now ending
        if word.startswith(("내놓", "내놨")) and _VIEW_PUT_OUT.search(sentence, 0, start):
            refuse(word, "내놓은 것이 제품이 아님 (우려·전망·대책 등)")
            continue  # "“…연기될 것 같다”는 우려를 내놓으면서", "대책을 내놓았다"
        if _ANALYSTS_EXPECT.search(sentence, match.end()):
            refuse(word, "분석가의 예상 (출시하는 쪽의 발표가 아님)")
            continue  # "내년에 선보이는 4종의 아이폰 신제품은 … 지원할 것이라고 JP모건 분석가들은 예상했다"
        if _MIGHT_AFTER.match(sentence, match.end()):
            refuse(word, "그럴 수도 있다는 말 (…출시할 수도, …연기될 것 같다는 우려)")
            continue  # "애플, 2021년부터 신형 아이폰 연 2회 출시할 수도", "“5G 폰 출시가 연기될 것 같다”는 우려를 내놓으면서"
        if _HOST_PRODUCT_AFTER.match(sentence, match.end()):
            refuse(word, "부품이 들어갈 제품의 출시 (…출시될 X에 탑재: 부품 이야기)")
            continue  # "올해 출시될 픽셀9에 탑재되는 텐서 G4칩은 삼성전자가 제조할 예정": the chip's story, not the phone's launch
        if _quoted_from_a_source(sentence, start):
            refuse(word, "분석가·팁스터·증권사의 말을 인용 (출시하는 쪽의 발표가 아님)")
            continue
        if _BROKER_SAYS.search(sentence, 0, start) and lx.HEDGES.search(sentence, match.end()):
            refuse(word, "증권사·연구기관에 따르면 예상 (출시하는 쪽의 발표가 아님)")
            continue  # "신한금융투자에 따르면 신작은 … 3월 초 출시가 예상된다": an analyst's forecast
        if _IF_LAUNCHED.match(sentence, match.end()):
            refuse(word, "가정 (…출시할 경우, …출시하면)")
            continue  # "카카오가 9월 X를 출시할 경우 시장 판도가 바뀔 전망이다": what would follow, not a plan told
        if _ANALYSTS_OPENING.match(sentence) and _THEY_EXPECT.search(sentence, match.end()):
            refuse(word, "증권가·전문가의 예상 (출시하는 쪽의 발표가 아님)")
            continue  # "증권가에서는 카카오가 X를 3분기 출시할 것으로 보고 있다": an outsider's forecast
        if _RUMOUR_AFTER.match(sentence, match.end()) and _DENIED.search(sentence, match.end()):
            refuse(word, "부인한 소문 ('…출시한다는 소문에 … 정해진 바 없다')")
            continue  # "오는 9월 X를 출시한다는 소문에 대해 회사 측은 '정해진 바 없다'고 밝혔다": denied, no plan
        if (other := _ANOTHER_THING_S_TIME.match(sentence, match.end())) is not None and not (
                other.group("sequel") and find_dates(sentence[max(0, start - 25):start], published)):
            # (but "오늘(15일) 중국 출시 후 1위를 기록했다": a date just before it is the launch's own)
            refuse(word, f"출시가 아닌 다른 일의 때 ('…{word}{other.group(0).rstrip()}')")
            continue  # "출시 여부를 다음 달 결정한다", "출시를 위해 다음 달 인력을 뽑는다", "출시 이후 첫 업데이트": not the launch's
        if re.search(r"이미\s*$", sentence[:start]) and re.match(r"(?:된|한)\s", sentence[match.end():]) \
                and lx.POSTPONED.search(sentence, match.end()):
            refuse(word, "이미 출시된 것의 다른 일이 늦어짐 ('이미 출시된 신차 생산도 지연')")
            continue  # "이미 출시된 신차 생산도 지연되는 모습이다": production is late, the launch is long past
        if _RUMOUR_ONLY.match(sentence, match.end()):
            refuse(word, "소문 ('…출시한다는 소문')")
            continue  # "카카오가 9월 X를 출시한다는 소문이 돌고 있다": nobody says so
        if _ONE_OF_THE_CLASS.match(sentence, match.end()):
            refuse(word, "여럿 가운데 하나를 말하는 묶음 ('…출시하는 신차 중')")
            continue  # "A와 B가 올해 새롭게 출시하는 신차 중 가장 눈길을 끄는 모델은": the class, the launch is told later
        if _RESULT_PUBLISHED.match(sentence, match.end()):
            refuse(word, "공개 대상이 제품이 아님 (결과·계획·영상 등)")
            continue  # "오늘 공개된 평가결과에 따라": what was made public is a result
        if word.startswith(("공개", "선보", "선봬")) and _AT_SHOW_BEFORE.search(clause, 0, start - clause_start) \
                and not re.search(r"출시|판매|발매", clause) \
                and (not _PAST_END.search(clause) or _PLAN_THAT_WAS.match(sentence, match.end())):
            refuse(word, "전시회에서 선보임 (출시 날짜가 아님)")
            continue  # "삼성전자는 내년 CES에서 77인치 QD-OLED TV를 선보일 것으로": a show entry, dated by the show; and
            # "올해 MWC에서 … V60 씽큐를 공개할 계획이었다", the entry planned then
        if _DATE_AS_OBJECT.match(sentence, match.end()):
            refuse(word, "출시일을 알림 (출시일을 포함한·공개: 그날 출시가 아님)")
            continue  # "출시일을 포함한 정보를 공개했다": what was told, not a launch on the sentence's date
        if _SOURCE_DOCUMENT_AFTER.match(sentence, match.end()):
            refuse(word, "출처로 든 자료 (…에 공개된 자료에 따르면)")
            continue  # "테스트 사이트에 공개된 자료에 따르면 X가 …": where the report read it, not a launch
        dated_ahead = re.match(r"(?:을|를)\s*앞두고\s", sentence[match.end():]) and (
            _DATE_RIGHT_BEFORE.search(sentence, clause_start, start)  # "내년 출시를 앞두고": the launch is dated
            # "올해 4분기 중 … 'e-바이크' 출시를 앞두고 있다": the clause's own predicate, its date before the product
            or re.match(r"(?:을|를)\s*앞두고\s*있(?:다|으며|어|고)", sentence[match.end():])
            and _DATE_IN_CLAUSE.search(sentence, clause_start, start))
        held_launch = _LAUNCH_EVENT_HELD.search(sentence, clause_start, start) and \
            re.match(r"\s*(?:기념\s*)?행사", sentence[match.end():])  # "열린 … '미9' 출시 행사에서": released there
        # "하반기에 국내 출시할 계획을 내놨다": a plan with its date is a hedged launch, not a plan announced
        dated_plan = re.match(r"(?:할|하는)\s*계획(?:을|이)\s", sentence[match.end():]) and \
            _DATE_AT_BEFORE.search(sentence, clause_start, start)
        # "출시 일정을 9월 12일로 확정했다": a schedule fixed to a date is the launch's date, not a schedule announced
        fixed = _SCHEDULE_FIXED.match(sentence, match.end())
        if lx.NOT_A_LAUNCH_AFTER.match(sentence[match.end():]) and not lx.POSTPONED.search(clause) and not dated_ahead \
                and not held_launch and not dated_plan and not fixed:
            refuse(word, "행사·예고·일정 발표")
            continue  # a showcase, a teaser, a schedule announced; but "공개 일정을 9월로 늦췄다" moves the launch
        if _BACKGROUND_AFTER.match(sentence, match.end()):
            refuse(word, "배경으로 든 지난 출시 (…출시된 후 관심이 고조됐다)")
            continue  # "2022년 11월 챗GPT가 공개된 후 관심이 고조됐다": the past a story starts from
        adnominal_past = _ADNOMINAL_PAST.match(sentence, match.end()) is not None  # "15일 공개된 엑사원 4.0은"
        past = bool(lx.RELEASED.search(clause)) and not lx.FUTURE.search(sentence[match.end():clause_end]) or \
            bool(re.match(r"[가-힣]{0,2}(?:하며|하면서|해|하고)\s", sentence[match.end():])) and \
            bool(_PAST_END.search(sentence)) or adnominal_past or bool(held_launch) or \
            bool(_AFTER_LAUNCH.match(sentence, match.end())) and bool(_PAST_END.search(sentence))
        if _AHEAD_OF.match(sentence, match.end()):
            past = False  # "오는 25일 출시를 앞둔 '아머드 코어6'의 영상을 선보였다": still to come, whatever was shown
        if past and _THEN_AFTER.match(sentence, match.end()) and (
                lx.FUTURE.search(sentence, match.end()) or lx.HEDGES.search(sentence, match.end())):
            past = False  # "내년 상반기 국내에 먼저 내놓은 뒤 북미에서도 판매한다는 계획": a step of a plan, told in order
        # "당초 3월 출시 예정이었다": the old plan's month is this year's, however long ago (not next year's)
        all_dates = find_dates(clause, published, past=past or bool(lx.WAS_PLANNED.search(clause)))
        quotations = [(m.start(), m.end()) for m in _QUOTATION.finditer(clause)]
        dates = [d for d in all_dates
                 if not lx.REPORTING_AFTER.match(clause[d.end:]) and not lx.NOT_LAUNCH_DATE_AFTER.match(clause[d.end:])
                 and not _across_quotation(d.start, start - clause_start, quotations)
                 and not lx.LOCAL_TIME_BEFORE.search(clause[: d.start])
                 and not _GLOSSED_PERIOD_BEFORE.search(clause, 0, d.start)  # "하반기(7~12월)": the half, explained
                 and not _YEAR_OF_CONTEXT.search(clause, 0, d.start)
                 and not _HABITUAL_BEFORE.search(clause, max(0, d.start - 24), d.start)
                 and not (d.precision == "year" and _MODEL_YEAR_AFTER.match(clause, d.end))
                 and not (_CONTEXT_YEAR_WORD.match(clause, d.start) and not re.search(r"20\d\d\s*년", clause[: d.start]))]
        if notes is not None:
            for refused in (d for d in all_dates if d not in dates):
                notes.append(f"  날짜 '{clause[refused.start:refused.end]}' 제외: 보도·발언·다른 일의 날짜")
        if lx.REPORTED_AFTER.match(sentence[match.end():]):
            # "BC카드는 31일 … 출시했다고 밝혔다": a bare day (no month) is when it was said.
            # But "이날부터 제공된다고 밝혔다": a day things start from is the launch's, however it is written.
            # "오는 22일 … 출시한다고 밝혔다": a day ahead is the launch's, not the day it was told
            dates = [d for d in dates if clause.startswith("부터", d.end) or clause[d.start:d.end].lstrip().startswith("오는")
                     or not (d.precision == "day" and not re.search(r"월|\d{4}", clause[d.start:d.end])
                             or lx.TODAY_WORD.fullmatch(clause[d.start:d.end].strip()))]
        dates = [d for d in dates if not _frames_the_sentence(clause, d, start - clause_start, past)]
        # "넥센타이어는 21일 최근 출시한 기아 ‘K8’에 OE 공급을 확정": a time word of its own between the date and the
        # launch tells the launch's time; the date is the main verb's
        dates = [d for d in dates if d.end > start - clause_start or not _OWN_TIME_BETWEEN.search(clause, d.end, start - clause_start)]
        if not dates and _RELEASED_THEN_SAID.match(sentence, match.end()):
            # "I/O에서 '픽셀 폴드'를 공개했다고 10일(현지시각) 밝혔다": shown at the event the day it was told
            said = [d for d in find_dates(clause, published, past=True)
                    if d.precision == "day" and lx.REPORTING_AFTER.match(clause[d.end:])]  # told after: a past day
            if said:
                dates = said[-1:]
                if notes is not None:
                    notes.append(f"  출시 신호 '{word}': 발표일에 공개·출시함 → {said[-1].date}")
        ahead = _DAYS_AHEAD.match(sentence, match.end())
        if not dates and ahead:  # "공개를 하루 앞두고": the day after the report
            days = _DAY_COUNTS.get(ahead.group(1)) or int(re.sub(r"\D", "", ahead.group(1)) or 0)
            dates = [DateMention(len(clause), len(clause), (published + timedelta(days=days)).isoformat(), "day", False)]
        same_day = _SAME_DAY.search(clause, 0, start - clause_start)
        if not dates and same_day and (previous or clause_start):
            # "같은 날 마이크로소프트는 '서피스듀오2'를 정식 판매한다": the day named last before it, in this sentence's
            # earlier clauses first ("A는 14일 'X'를 출시할 예정이며, 같은 날 B는 'Y'를 출시한다")
            named_days = [d for d in find_dates(previous + " " + sentence[:clause_start], published, past=past)
                          if d.precision == "day"]
            if named_days:
                last = named_days[-1]
                dates = [DateMention(same_day.start(), same_day.end(), last.date, "day", last.explicit_year)]
                if notes is not None:
                    notes.append(f"  출시 신호 '{word}': '같은 날' = 앞 문장의 날짜 {last.date}")
        if not dates and not lead and past and not adnominal_past and _PLAIN_PAST_END.search(sentence) \
                and _QUOTED_NAME.search(clause, 0, start - clause_start) and _LEAD_RELEASE.search(sentence[match.end():]):
            # "4월 10일, 절정을 이뤘다. 3종의 신작이 동시다발로 출시됐다. … 센츄리게임은 '맨트라'를 출시했다": a named
            # release told in the past with no date of its own, after a day the story has just named
            told_days = [d for d in find_dates(previous[-300:], published, past=True) if d.precision == "day"
                         and d.date <= published.isoformat() and published - date.fromisoformat(d.date) <= timedelta(days=7)]
            if told_days:
                dates = [DateMention(len(clause), len(clause), told_days[-1].date, "day", told_days[-1].explicit_year)]
                if notes is not None:
                    notes.append(f"  출시 신호 '{word}': 날짜 없는 과거 출시 → 앞 문장들이 말한 날 {told_days[-1].date}")
        if not dates and lead and not adnominal_past and _LEAD_RELEASE.search(sentence[match.end():]) \
                and not _OVER_A_PERIOD.search(sentence, 0, match.start()):
            dates = [DateMention(len(clause), len(clause), published.isoformat(), "day", False)]
            if notes is not None:
                notes.append(f"  출시 신호 '{word}': 날짜 없는 리드 문장의 과거 출시 → 보도일 {published.isoformat()}")
        framed = False
        frame_now = frame is not None and frame[0].date <= published.isoformat()[: len(frame[0].date)]
        framed_past = past and frame_now and _PLAIN_PAST_END.search(sentence) is not None
        if not dates and frame is not None and mentions and (
                not past and _PLAIN_FUTURE_END.search(sentence) or framed_past):  # "이달에만 13대의 신차를 … 아우디는 …을 내놨다"
            # "올해 하반기 전기차 신차가 대거 출시될 예정이다. … 기아는 'EV6 GT'를 출시한다": the round-up's period
            dates, framed = [replace(frame[0], start=len(clause), end=len(clause))], True
            if notes is not None:
                notes.append(f"  출시 신호 '{word}': 날짜 없는 문장 → 앞서 신차 묶음을 말한 기간 {frame[0].date}")
        if not dates:
            refuse(word, "이 절에 출시 날짜 없음")
            continue
        trigger_in_clause = start - clause_start
        # "출시일정을 기존 7월에서 5월로 앞당기기로 했다": moved earlier, the date it was moved to, still a plan
        forward = _BROUGHT_FORWARD.search(clause) is not None
        delays = list(lx.POSTPONED.finditer(clause))  # the delay told nearest the launch word is the launch's
        delay = min(delays, key=lambda d: abs(d.start() - (start - clause_start))) if delays else None
        # "하반기 신차 출시와 생산 일정 또한 밀릴 수 있다는 우려": a delay feared is no delay; the plan stands, unsure
        feared = delay is not None and _DELAY_FEARED.match(clause, delay.end()) is not None
        postponed = delay is not None and not forward and not feared
        nominal = bool(lx.NOMINAL_TRIGGER_AFTER.match(sentence[match.end():]))
        chosen = _launch_date(clause, dates, trigger_in_clause, postponed or forward, nominal)
        if _FORETOLD.match(sentence, match.end()) and chosen.date <= published.isoformat()[:len(chosen.date)]:
            refuse(word, "출시 예고 (예고한 날은 출시일이 아님)")
            continue  # "지난 3일 열린 … 공개행사에서 … 'G9' 출시를 예고했다": the day it was foretold
        delayed = _DELAYED_TO.search(sentence, clause_end) if _ORIGINAL_PLAN.search(clause) else None
        if delayed is not None:
            # "본래는 내년 2월 21일 발매를 예고했으나, 약 3개월 늦어진 5월 29일에 나온다": the next clause moves it
            later = find_dates(sentence[delayed.end():], published)
            if later:
                moved = later[0]
                chosen = replace(moved, start=moved.start + delayed.end() - clause_start,
                                 end=moved.end + delayed.end() - clause_start)
                postponed = True
        shift = _MONTHS_LATER.match(sentence, match.end()) if postponed and delayed is None else None
        if shift is not None and chosen.precision in ("month", "day", "year_end") and len(dates) == 1 \
                and chosen.start < start - clause_start and _WAS_DUE.search(clause, chosen.end, start - clause_start):
            # "2021년 12월 말로 예정되어 있던 … 출시가 2개월 뒤로 연기됐다": the new date is the old one moved on
            months = _KOREAN_COUNT.get(shift.group(1)) or int(shift.group(1))
            year, month = divmod(int(chosen.date[:4]) * 12 + int(chosen.date[5:7]) - 1 + months, 12)
            chosen = replace(chosen, date=f"{year:04d}-{month + 1:02d}", precision="month")
            if notes is not None:
                notes.append(f"  출시 신호 '{word}': 예정일에서 {months}개월 뒤로 → {chosen.date}")
        if _PRODUCTS_COUNTED.search(clause):
            refuse(word, "제품 수를 셈 (… 총 11종이 출시됐다, 65건으로 집계)")
            continue  # "최근 한 달여 새 총 11종이 출시됐다", "본상 후보 중 3종이 넷마블이 올해 선보인": a tally
        if _FLEET_PLAN.search(clause, 0, max(0, start - clause_start)):
            refuse(word, "기한까지 여러 종을 내놓는 계획 (제품 하나의 출시가 아님)")
            continue  # "2025년까지 한국 시장에 새로운 전기차 10종을 출시할 것": a line-up plan
        if _RANKED.search(clause, 0, max(0, start - clause_start)):
            refuse(word, "순위에 든 제품의 지난 출시 (순위 설명)")
            continue  # "8위는 지난해 1월 출시된 갤럭시 A14 5G": a ranking's entry, not the news
        if _RUMOURED.search(clause):
            refuse(word, "연기설 ('출시 연기설이 나왔다')")
            continue  # "지포스 RTX 3090 Ti 출시 연기설이 나왔다": a rumoured delay, not a launch or a postponement
        if _OTHERS_GUESS.match(sentence, match.end()) or _FORECAST_REPORTED.search(sentence, match.end()) \
                and not re.match(r"[가-힣]{0,2}지\s*않", sentence[match.end():]):  # "출시되지 않을 것": a delay told
            refuse(word, "남의 분석·관측 ('…할 것이란 분석이 제기됐다')")
            continue  # "이르면 내년 1월 삼성전자가 '갤럭시 링'을 공개할 것이란 분석이 제기됐다": not the maker's word
        if _CITING.search(sentence, 0, start) or _REPORT_SAYS.search(sentence, 0, start):
            refuse(word, "남의 보고서·보도를 인용 (출시하는 조직이 밝힌 것이 아님)")
            continue  # "맥루머스는 밍치궈 연구원 보고서를 인용해 애플이 2023년 … 출시할 것이라고 전했다"
        if _FOREIGN_MEDIA_GUESS.search(clause, 0, max(0, start - clause_start)) and _GUESS_WORDS.search(clause):
            refuse(word, "외신·업계의 예상 (출시하는 조직이 밝힌 것이 아님)")
            continue  # "외신에서 10월 출시가 예상되는 갤럭시 탭S10": a guess of the foreign press
        actors = _actor(sentence, mentions, start)
        if len(actors) == 1 and actors[0].particle in ("이", "가") and actors[0].start < start \
                and _FORECAST_END.search(sentence) and _OPENING_TOPIC.match(sentence, 0, actors[0].start):
            refuse(word, f"남의 전망 (앞의 주제어가 {actors[0].name}의 출시를 예상함)")
            continue  # "트렌드포스는 애플이 다음 달 내놓을 것으로 보이는 … 10만 대에 미치지 못할 것으로 예상했다"
        speaking = _SPEAKER_QUOTE.match(sentence, actors[0].end) if len(actors) == 1 else None
        if speaking and start > speaking.end() and not re.search(r"[”\"’']", sentence[speaking.end():start]):
            # 금융위 “카카오페이 후불교통카드, 올해 4분기 중 출시”: who speaks, not who launches; the one quoted does
            inside = [m for m in mentions if speaking.end() <= m.start < start]
            if inside:
                actors = inside[:1]
        # "유가증권시장(코스피)에 상장할": listed on a market, which only an ETF's listing makes a launch
        listed_fund = "상장" in word and re.search(r"(?:시장|\))에\s*$", sentence[max(0, start - 4):start]) is not None
        if listed_fund and not _FUND.search(clause):
            refuse(word, "기업의 상장 (ETF·ETN이 아님)")
            continue  # "코스닥 시장에 상장한다": a company going public launches nothing
        issued: dict[str, str] = {}  # an ETF's issuer -> the fund it lists, when an exchange lists them
        if listed_fund:
            # "한국거래소는 A, B 등 4개 자산운용사의 … ETF 4종목을 … 상장할 예정", "…는 같은 날 A의 'X' ETF, B의 'Y'
            # ETF도 … 상장한다": the exchange lists, the asset managers launch; "이들 운용사" are the last ones named
            owners = [m for m in mentions if m.start < start and m.particle == "의" and not _EXCHANGE.search(m.name)]
            issuers = _merge([a for a in actors if not _EXCHANGE.search(a.name)], owners) or \
                [m for m in mentions if m.start < start and not _EXCHANGE.search(m.name)]
            if not issuers and _THESE_ISSUERS.search(sentence, clause_start, start):
                issuers = [m for m in previous_orgs if not _EXCHANGE.search(m.name)]
            # "…의 글로벌 메타버스 ETF 4종목을": the funds' common name, for issuers whose fund is not quoted
            common = [m.group(1) for m in _FUND_NAME.finditer(sentence, 0, start)
                      if not _THESE_ISSUERS.search(m.group(1)) and "운용사" not in m.group(1)]
            for issuer in issuers:
                product = _PRODUCT_AFTER_MAKER.match(sentence, issuer.end) if issuer in mentions else None
                issued.setdefault(issuer.entity, product.group(1).strip() if product else (common[-1] if common else ""))
            actors = _first_per_entity(issuers) or actors
        if actors and all(a.entity in sources for a in actors):
            # "IT매체 샘모바일은 … 공개도 안 된 갤럭시워치4를", "분석가 궈밍치는 … 공개가 예상된다": hearsay of
            # an outsider, not a launch the maker announced
            refuse(word, f"말한 이({actors[0].name})는 분석가·매체: 출시하는 조직이 아님")
            continue
        adnominal = lx.ADNOMINAL_LAUNCH_AFTER.match(sentence[match.end():])
        if not actors and adnominal is not None:  # "상반기 공개될 예정인 삼성전자 '갤럭시S25'"
            actors = _following(sentence, mentions, match.end() + adnominal.end(), loose=True)
        line_up: dict[str, str] = {}  # maker -> its product, in a line-up told as a copula's list
        awaiting: str | None = None  # the product named as the subject after "…출시를 앞두고"
        quoted = _quoted_makers(sentence, mentions, clause_start, start)
        if quoted:  # "'BMW iX3'와 '벤츠 EQA' 등의 신모델이 내년 출시": each maker named inside its product's quote
            line_up = {m.entity: product for m, product in quoted}
            actors = [m for m, _ in quoted]
        if not actors:
            line_up = _line_up(sentence, mentions, match.end())
            actors = [m for m in mentions if m.entity in line_up and m.start > match.end()]
            actors = _first_per_entity(actors)
        # "퀘스트3은 올 가을 출시되며 오는 9월 열리는 메타의 … 컨퍼런스에서 …": an organisation in another clause only
        on_product = not actors and any(not clause_start <= m.start < clause_end for m in mentions) \
            and _opens_on_product(clause, known())  # read once, not once per organisation
        if not actors and all(_SHOW_OWNER.match(sentence, m.end) or _STORE_OF.match(sentence, m.end)
                              or not clause_start <= m.start < clause_end and on_product for m in mentions):
            # No organisation in the sentence ("TL은 연내 출시될 예정이었다"), or only the owner of
            # a show it was announced at: the maker of a
            # model it names, if the article names the maker; else the previous sentence's
            # subject; else the organisation the article is about.
            expected_time = _EXPECTED_TIME.match(sentence, match.end()) is not None
            # "출시 예상 시점은 …": the date of the product the report is about, whoever the last sentence spoke of
            fallback = _maker(clause, article_orgs) or _owner_named_with(clause, known(), owner_of) or \
                (main_org or topic if expected_time else topic or main_org)
            body = _PUBLIC_BODY_SUBJECT.match(sentence, clause_start, start)
            if fallback is not None and body is not None and not any(clause_start <= m.start < start for m in mentions):
                refuse(word, f"절의 주어가 감시하지 않는 기관 ('{body.group(1)}')")
                continue  # "철도공단은 … 적격자를 선정한 후 오는 11일 공개할 예정이다": the body publishes, no maker launches
            if fallback is not None and not mentions and _GUESS_WORDS.search(clause, start - clause_start) \
                    and not expected_time:
                refuse(word, "누구의 말도 아닌 추측 ('출시될 가능성이 높아졌다')")
                continue  # "국내에서도 6월 중 출시될 가능성이 높아졌다": nobody named says so
            # (an adverb far after the trigger is another verb's: "판매가 시작되자 … 마니아들이 대거 몰려들었다" is a crowd)
            if fallback is not None and (_COUNTED_CLASS.search(clause) or any(
                    r.start() < match.end() - clause_start + 8 or not r.group(0).startswith(_ROUND_UP_ADVERBS)
                    for r in _ROUND_UP.finditer(clause))):
                refuse(word, "제품 하나가 아닌 여러 제품의 묶음 ('총 19개 게임이', '신차 60종')")
                continue  # "세계 각국 게임사들의 총 19개 게임이 올해 출시될 기대작으로 지목됐다": a class, no maker
            if fallback is not None and fallback.entity in sources:
                fallback = None  # "하나증권은 보고서에서 … ‘붉은사막’은 출시가 늦춰졌고": who reports makes nothing
            if fallback is not None and _COUNTRY_OR_REGION.fullmatch(fallback.name):
                fallback = None  # "독일 뮌헨에서 열린다. 9일부터 14일까지 공개됩니다": a place the report spoke of makes nothing
            actors = [fallback] if fallback is not None else []
        elif not actors and all(_names_a_product(sentence, m) for m in mentions):
            # "6월 5일 출시되는 '닌텐도 스위치2'": the only organisation is the brand opening the
            # product's name; the maker the article names, else that brand
            fallback = _maker(clause, article_orgs) or topic or main_org or mentions[0]
            actors = [fallback]
        if not actors:
            # "위메이드 기대 신작 MMORPG '나이트 크로우'가 베일을 벗었다": the product is the subject, and the
            # organisation written bare before it is whose it is
            subject = _PRODUCT_SUBJECT.search(sentence, 0, start)
            owners = [m for m in mentions if subject and m.end <= subject.start() and not m.particle
                      and not _role(sentence, m) and m.entity not in sources]
            actors = owners[-1:]
            if not actors and dated_ahead:
                # "3월 국내 출시를 앞두고 사전 계약을 진행했던 기아 신형 쏘렌토가": the product awaiting its launch is the
                # subject after the trigger, its maker written bare before it
                after = [(m, named) for m in mentions if m.start > match.end() and not m.particle and m.entity not in sources
                         and (named := _NEW_PRODUCT_SUBJECT.match(sentence, m.end))]
                if after:
                    actors, awaiting = [after[0][0]], after[0][1].group(1)
        if not actors:
            # "지난 10월 말 출시를 목표로 했던 곳은 KB국민카드와 하나카드다": the names the sentence equates them with
            described = _DESCRIBED_BY_LAUNCH.match(sentence, match.end())
            actors = _copula_list(sentence, mentions, described.end()) if described else []
        if not actors and held_launch:
            # "열린 샤오미 플래그십 스마트폰 '미9' 출시 행사": the maker written bare before its product
            # (not the brand opening the quoted name: "… 열린 'LG 시그니처 에어컨' 출시 행사" is LG전자's, named before)
            spans = [(opens, closes) for opens, closes, _ in _quotes(sentence[clause_start:start], clause_start)]
            owners = [m for m in mentions if clause_start <= m.start and m.end <= start and not m.particle
                      and m.entity not in sources and not any(opens < m.start and m.end < closes for opens, closes in spans)]
            actors = owners[-1:]
        if not actors and _product_as_subject(clause, known()):
            # "6월 27일 출시를 앞둔 '배틀크러쉬'는 엔씨의 변화를 상징하는 IP로 꼽힌다": the clause is about the product,
            # whose owner the report named when it introduced it ("엔씨가 준비 중인 '배틀크러쉬'")
            owner = _owner_named_with(clause, known(), owner_of) or _maker(clause, article_orgs)  # or whose line it is
            actors = [owner] if owner is not None and owner.entity not in sources else []
        halves = _HEADLINE_HALF.search(sentence, 0, start) if not actors else None
        if halves is not None:
            # "넷마블 신작 ‘킹스로드’ 공개···내년 상반기 출시": a headline's second half goes on with its first half's
            # maker and product
            first_half = sentence[:halves.start()]
            owners = [m for m in mentions if m.end <= len(first_half) and not m.particle and m.entity not in sources]
            actors = owners[:1] if any(True for _ in _quotes(first_half)) else []  # (its product quoted there)
        if not actors:
            # "카카오 관계자는 '한빛톡2'를 올 하반기에 선보일 것이라고 말했다": who speaks for the maker tells its launch
            actors = [m for m in mentions if m.start < start and _SPOKESPERSON_AFTER.match(sentence, m.end)
                      and m.entity not in sources][:1]
        if not actors and (local := _LOCAL_GOVERNMENT_ANAPHOR.match(sentence, clause_start)) is not None:
            # "시는 온통대전을 … 5월로 앞당겨 출시한다": '시' is the city the report is about, named before
            kind = local.group(1)
            actors = [m for m in (*reversed(previous_orgs), *((main_org,) if main_org is not None else ()))
                      if _LOCAL_BODY_NAME[kind].search(m.name)][:1]
        if not actors:
            refuse(word, "출시하는 조직을 찾지 못함")
            continue
        if all(sentence[a.start:a.end] == a.name and a.start < start and a.particle in ("이", "가")
               and _IF_BETWEEN.search(sentence, a.end, start) for a in actors):  # a topic (은/는) spans the condition
            refuse(word, f"{actors[0].name}: 조건절의 주어 (…할 경우 출시): 출시하는 쪽이 아님")
            continue  # "과기정통부가 신속 심의할 경우 이달 말 출시 가능성도 있다": who would enable it, not the maker
        collective = next(reversed(list(_COLLECTIVE_SUBJECT.finditer(sentence, clause_start, start))), None)
        if collective and not any(collective.end() <= a.start < start and sentence[a.start:a.end] == a.name
                                  for a in actors):
            refuse(word, f"출시하는 쪽이 여러 회사 ('{collective.group(0).strip()}')")
            continue  # "국내 이동통신사들이 3만원대 요금제를 다음달 출시한다": many makers, none named as the one
        if actors and all(_developer(sentence, a) for a in actors):
            # "넥슨 측은 개발 자회사 엠바크 스튜디오가 개발 중인 '아크 레이더스'를 … 출시": the topic releases it
            topics = [m for m in mentions if m.end <= actors[0].start and _role(sentence, m) in ("은", "는")]
            actors = topics[-1:] or actors
        named_here = all(sentence[a.start:a.end] == a.name for a in actors)  # not a fallback from elsewhere
        if main_org is not None and named_here and \
                all(_developer(sentence, a) and a.entity != main_org.entity for a in actors):
            actors = [main_org]  # "'오딘'은 라이온하트 스튜디오가 개발하고 있다": the report's publisher releases it
        awaited = _AWAITING_QUOTED.match(sentence, match.end())
        model = awaited.group(1).strip() if awaited else \
            _model(clause, start - clause_start, [m.name for m in mentions], known()) or awaiting
        if model is None and not mentions and (kind_topic := _KIND_TOPIC.match(sentence, clause_start) or _KIND_TOPIC.match(sentence)):
            model = kind_topic.group(0).strip()[:-1]  # "코나 전기차는 … 2분기 중 국내 판매가 시작된다": the topic, unquoted
        if model is None and clause_start > 0:
            # "… 아우디 Q4 e-트론은 … 연기됐지만, 연내 출시될 가능성이 매우 높다": the sentence's subject, in an
            # earlier clause, is the product the later clause launches
            subject = _PRODUCT_SUBJECT.search(sentence, 0, clause_start)
            if subject and any(m.start < subject.end() and subject.start() < m.end for m in mentions):
                subject = None  # "Zeroth Robotics는 … 공개하며 … 4월 일반 출시를 발표했다": the maker, not its product
            model = re.sub(r"['‘’\"“”]|(?:가|이|은|는)\s$", "", subject.group(0)).strip() if subject else None
        anaphor = _ANAPHORIC_PRODUCT.search(clause, 0, start - clause_start) if model is None else None
        if anaphor is not None:
            # "토스는 내년 3월 해당 서비스를 출시할 예정이다": the product the report quoted last before this sentence,
            # a name that ends in the word referred by ('소액 후불결제 서비스') or any product name
            orgs_here = {squeeze_term(m.name) for m in article_orgs}
            earlier = [name for _, _, name in _quotes(previous) if not lx.NOT_PRODUCT_NAME.search(name) and (
                _quoted_name_ok(name, orgs_here) or name.replace(" ", "").endswith(anaphor.group(1))
                and len(name) <= 30 and not name.endswith(("다", "요", ".")))]
            model = earlier[-1] if earlier else None
        if model is None and actors and not any(a.start >= 0 and sentence[a.start:a.end] == a.name for a in actors[:1]):
            # "LG전자는 이번 주 홍콩에 LG스탠바이미2를 출시한다. 이어 이달 중 미국에 출시하고": the subjectless
            # sentence goes on with the product its organisation launched in the sentence before
            model = _launched_before(previous, actors[0], known(), {m.name for m in article_orgs})
        model = model or headline_product
        if framed and past and not model:
            refuse(word, "묶음 기사 속 이름 없는 신차 ('…도 신차를 선보였다')")
            continue
        if word in _COMES_OUT and not (model and re.search(re.escape(model) + _PRODUCT_COMES_OUT, clause[:start - clause_start])):
            refuse(word, "나오다: 제품 이름이 주어가 아님")
            continue  # "결과가 나왔다", "전망이 나온다": only a named product coming out is a launch
        if model and _CONCEPT_OR_PROTOTYPE.search(model) or _CONCEPT_OR_PROTOTYPE_BEFORE.search(clause, 0, start - clause_start):
            refuse(word, "콘셉트카·시제기 공개 (팔 제품의 출시가 아님)")
            continue  # "‘콘셉트 쓰리’를 처음 공개합니다", "시제 1호기는 … 내년 상반기 일반에 공개될 예정이다"
        actors = _makers_first(_parents(sentence, actors, mentions), model, article_orgs)
        speaker = _quoting_org(sentence, start, mentions)
        if speaker is not None and actors and all(a.entity != speaker.entity for a in actors):
            refuse(word, f"{speaker.name}이(가) 전한 남의 출시 (따옴표 속: 출시하는 쪽의 발표가 아님)")
            continue  # 'AMD는 … “LG전자와 델, 에이서도 내년 초 8K 모니터 출시를 준비하고 있다”고 전했다'
        # "'연매출 3,000억 전망' 서머너즈 워 크로니클 연말 출시": a remark quoted before the news hedges only itself
        remark = _LEADING_REMARK.match(clause)
        unquoted = clause[remark.end():] if remark and clause_start + remark.end() <= start else clause
        if postponed or lx.WAS_PLANNED.search(unquoted):
            # "당초 4월 말 출시될 예정이었지만 … 밀렸다", "하반기 출시를 목표로 했던 '신더시티'를 내년에 출시한다고
            # 결정": the old plan's hedge is not the new date's
            unquoted = _OLD_PLAN.sub(" ", unquoted)
        unquoted = _BEING_MADE.sub(" ", unquoted)  # "준비 중인 신작 '…'을 내년 1분기 출시한다": the work, not the date
        unquoted = _AS_PLANNED.sub(" ", unquoted)  # "예정대로 18일부터 진행된다": the plan kept, told as fact
        hedged = bool(lx.HEDGES.search(unquoted)) or sentence.rstrip("'\"”’ ").endswith("?") \
            or _ASKS.search(sentence) is not None \
            or (framed and frame is not None and frame[1])  # a headline that asks; a round-up's planned period
        if not hedged and not past and _SHARES_ENDING.search(sentence, start, clause_end + 2):
            # "이달 중 미국에 출시하고, 다음달에는 … 확대할 예정이다": a clause joined by 하고 takes the last one's 예정
            final_at, final_clause = clauses(sentence)[-1]
            hedged = final_at > start and lx.HEDGES.search(final_clause) is not None
        before_publication = chosen.date < published.isoformat()[: len(chosen.date)]
        if not hedged and not past and not before_publication and lx.HEARSAY.search(sentence, 0, start) \
                and not _MAKER_ANNOUNCED.search(sentence, match.end()):
            # "업계에 따르면 X는 다음 달 출시한다": the plan is the industry's word; but "외신에 따르면 X는 출시일을 내년으로
            # 미룬다고 발표했다" tells what the maker itself announced
            hedged = True
        if adnominal_past and before_publication:
            hedged = False  # "지난해 10월 출시한 '믿음'뿐 아니라 … 제공할 계획": the plan is the sentence's, the launch happened
        hedged = hedged or feared  # (a delay feared leaves the date unsure)
        if (postponed or lx.WAS_PLANNED.search(clause) and not forward) and not _AS_PLANNED.search(clause, start - clause_start):
            status = "postponed"  # (but "예정이었던 … 는 예정대로 출시된다": the plan kept)
        elif past or (before_publication and not hedged) or (
                # "갤럭시 S23을 17일부터 공식 출시한다" on the 17th: out on the day of the report (labels.yaml's
                # convention: released includes that day), whatever the tense
                chosen.precision == "day" and chosen.date == published.isoformat() and not hedged
                and not _AHEAD_OF.match(sentence, match.end())) or (
                _ANNOUNCED.match(sentence, match.end()) and chosen.date <= published.isoformat()[: len(chosen.date)]):
            # "토스는 2일 … 기자간담회를 열고 페이스페이 정식 출시를 발표했다": launched the day it was announced
            status = "released"
        else:
            status = "planned"
        if held_launch and chosen.date <= published.isoformat()[: len(chosen.date)]:
            hedged, status = False, "released"  # the launch event was held: whatever is said at it hedges nothing
        if status == "released" and past and chosen.date[:7] > published.isoformat()[: min(7, len(chosen.date))]:
            # "올해 4월 국내에 출시된 …" in a report of 3 January: a past release dated after the report is the
            # writer's slip (last year's April); no date can be trusted from it. A day later in the same month
            # is left alone: the page's time may lag the story's
            refuse(word, f"지난 출시인데 날짜({chosen.date})가 보도일 뒤")
            continue
        if status == "released" and chosen.precision not in ("day", "month"):
            # "올해 출시된 국내 게임 중에서도", "상반기 출시한 신작들": a release known only by its year or half is
            # said of a class of products looking back, never the news of one (no labelled report has one)
            refuse(word, f"지난 출시({chosen.date}): 해·반기·분기로만 말한 배경")
            continue
        if status == "released" and _period_end(chosen.date) < published - timedelta(days=45):
            # "지난해 4월 공개된 큐원은 …", "오픈AI는 지난해 12월 소라를 처음 선보였으며": a release weeks before
            # the report is background to its news, in a clause or a sentence of its own
            refuse(word, f"지난 출시({chosen.date}): 기사보다 45일 넘게 앞선 배경")
            continue
        if notes is not None:
            how = "연기 뒤 새 날짜" if postponed else "묶음 기사의 기간" if framed else ("명사 뒤 날짜" if nominal else "동사 앞 날짜")
            notes.append(f"  출시 신호 '{word}' → {', '.join(a.name for a in actors)} · 모델 {model or '(이름 없음)'} · "
                         f"날짜 '{sentence[clause_start + chosen.start:clause_start + chosen.end]}' = {chosen.date} ({how}) · "
                         f"{'유보 표현 있음' if hedged else '확정 표현'} · {status}")
        # "A와 B는 각각 내년 5월, 6월에 출시할 계획": one date each, in the order named
        each = len(actors) > 1 and len(dates) == len(actors) and re.search(r"각각", clause[: trigger_in_clause]) \
            and all(dates[i].start < dates[i + 1].start for i in range(len(dates) - 1))
        line_up = {**{entity: fund for entity, fund in issued.items() if fund}, **line_up}
        if len(actors) > 1 and not each:
            # "미디어텍, 퀄컴, 삼성 등은 … 각각 디멘시티 9400, 스냅드래곤 8 4세대, 엑시노스 2500 칩을 출시할 예정": in order
            respective = _RESPECTIVE_PRODUCTS.search(clause, 0, trigger_in_clause)
            products = [p.strip() for p in re.split(r",\s*", respective.group(1))] if respective else []
            each_word = re.search(r"각각", clause[:trigger_in_clause]) if not products else None
            if each_word is not None:
                # "그라비티와 플레로게임즈가 각각 'A'와 'B' 서비스를 시작했다": the quoted products after 각각, in order
                products = [next(g for g in q.groups() if g).strip()
                            for q in _QUOTED_NAME.finditer(clause, each_word.end(), trigger_in_clause)]
            if len(products) == len(actors) and all(products):
                for actor, respective_model in zip(actors, products, strict=True):
                    line_up.setdefault(actor.entity, respective_model)
        for actor in actors:
            # "카카오게임즈의 ‘우마무스메’, 넷마블의 ‘머지쿵야아일랜드’": each maker's own product, quoted after its 의
            own_product = _PRODUCT_AFTER_MAKER.match(sentence, actor.end) \
                if actor.particle == "의" and sentence[actor.start:actor.end] == actor.name else None
            if own_product:
                line_up.setdefault(actor.entity, own_product.group(1).strip())
        bulleted = _BULLETED_PRODUCT.findall(clause, 0, start - clause_start) if len(actors) == 1 else []
        if len(bulleted) >= 2:
            # "롯데카드는 … △TELLO T 라이트 할부카드 △KT DC PLUS 롯데카드 △Toss Mobile X LOCA 등을 선보였다": one each
            for each_model in bulleted:
                events.append(Event("launch_date", actors[0].entity, actors[0].name, _evidence(sentence),
                                    model=each_model.strip(), date=chosen.date, precision=chosen.precision,
                                    hedged=hedged, status=status))
            continue
        together = _listed_models(clause[: start - clause_start], model) if len(actors) == 1 and not each else []
        if len(together) >= 2:
            # "LG전자는 '롤러블 올레드 TV', '8K 올레드 TV', '8K 슈퍼 울트라HD TV' 등을 하반기 출시할 예정": one each
            for each_model in together:
                events.append(Event("launch_date", actors[0].entity, actors[0].name, _evidence(sentence),
                                    model=each_model, date=chosen.date, precision=chosen.precision,
                                    hedged=hedged, status=status))
            continue
        paired = _paired_models(clause, dates) if len(actors) == 1 and not each else []
        if paired:
            # "기아는 올해 상반기와 하반기에 각각 EV3와 EV4를 차례대로 출시한다": one date each model, in order
            for own, each_model in paired:
                events.append(Event("launch_date", actors[0].entity, actors[0].name, _evidence(sentence),
                                    model=each_model, date=own.date, precision=own.precision, hedged=hedged,
                                    status=status))
            continue
        gapped = _gapped_makers(sentence, mentions, actors[0], clause_start, published) if len(actors) == 1 else []
        for maker, listed, own_date in gapped:
            # "지프는 'A'와 'B', 재규어랜드로버는 'C', 링컨은 'D', BMW는 'E'를 내놨다": one verb for every topic and its product
            told = own_date or chosen
            events.append(Event("launch_date", maker.entity, maker.name, _evidence(sentence), model=listed,
                                date=told.date, precision=told.precision, hedged=hedged, status=status))
        if gapped and model in {listed for _, listed, _ in gapped}:
            model = None  # the last topic's own product is not one of the others'
        for index, actor in enumerate(actors):
            own = dates[index] if each else chosen
            events.append(Event("launch_date", actor.entity, actor.name, _evidence(sentence),
                                model=line_up.get(actor.entity, model),
                                date=own.date, precision=own.precision, hedged=hedged, status=status))
    return events


# "'롤러블 올레드 TV', '8K 올레드 TV', '8K 슈퍼 울트라HD TV' 등을", "'자동차TOP3플러스'와 '조선TOP3플러스' ETF": quoted
# names listed, each with its gloss
_QUOTED_ITEM = r"['‘\"“][^'’\"”\n]{1,40}['’\"”](?:\s*\([^()\n]{1,30}\))?"
_QUOTED_LIST = re.compile(rf"(?:{_QUOTED_ITEM}\s*(?:,|·|ㆍ|와|과|및|그리고)\s*)+{_QUOTED_ITEM}")


def _listed_models(before: str, model: str | None) -> list[str]:
    """The products listed with the one found, before the launch word: each is launched (the model read must be one
    of them, so the list is what the sentence launches)."""
    if not model:
        return []
    for listing in reversed(list(_QUOTED_LIST.finditer(before))):
        names = [re.sub(r"\s*\([^()]*\)$", "", item).strip("'‘’\"“” ")
                 for item in re.findall(_QUOTED_ITEM, listing.group(0))]
        if model.strip("'‘’\"“” ") in names:
            # (a kind listed beside the product, "'한빛 EUV'와 '전기자동차(EV)' 개선 모델", is none)
            return list(dict.fromkeys(name for name in names if _quoted_name_ok(name, set())))
    return []


# "각각 디멘시티 9400, 스냅드래곤 8 4세대, 엑시노스 2500 칩을": the products named in the makers' order, a kind after the last.
_RESPECTIVE_PRODUCTS = re.compile(r"각각\s+((?:[^,.을를]{2,30},\s*)+[^,.을를]{2,30}?)(?:\s*(?:칩|칩셋|모델|제품|스마트폰|폰|차량|신차|게임))?(?:을|를)\s")


def _gapped_makers(sentence: str, mentions: list[Mention], actor: Mention, clause_start: int,
                   published: date) -> list[tuple[Mention, str, DateMention | None]]:
    """Topics (or subjects) before the actor, each with its quoted product and a comma after: one verb serves them all;
    each with the date its own conjunct gives, if any ("4월 1일에는 A가 'X'을, 4월 2일에는 B가 'Y'를 론칭했다")."""
    found: list[tuple[Mention, str, DateMention | None]] = []
    opened = clause_start
    for mention in mentions:
        if not (clause_start <= mention.start and mention.end < actor.start and mention.particle in ("은", "는", "이", "가")
                and mention.entity != actor.entity):
            continue
        comma = sentence.find(",", mention.end, actor.start)
        product = _QUOTED_PRODUCT.search(sentence, mention.end, comma) if comma >= 0 else None
        if product is not None and not any(m.start < comma for m in mentions if mention.end <= m.start < product.start()):
            own = [d for d in find_dates(sentence[opened:mention.start], published)] if mention.particle in ("이", "가") else []
            found.append((mention, product.group(1).strip(), own[-1] if own else None))
            opened = comma + 1
    # (a subject's conjunct is gapped only with a date of its own: "A가 'X'를, B가 'Y'를" is rarely one verb's)
    return [(m, p, d) for m, p, d in found if m.particle in ("은", "는") or d is not None]


_MODEL_PAIR = re.compile(r"(?<![가-힣A-Za-z0-9])([A-Za-z0-9][A-Za-z0-9\-.]*|[가-힣]*[A-Za-z0-9][가-힣A-Za-z0-9\-.]*)"
                         r"\s*(?:와|과|,|및)\s*([A-Za-z0-9][A-Za-z0-9\-.]*|[가-힣]*[A-Za-z0-9][가-힣A-Za-z0-9\-.]*)(?:을|를)\s")


# "오늘(22일) 중국 출시 후 인기 1위를 기록했다": what happened after the launch, so the launch happened.
_AFTER_LAUNCH = re.compile(r"\s*(?:된|한)?\s*(?:후|뒤|이후|직후)\s")
# The product a launch awaits, quoted right after it ("출시를 앞둔 '아머드 코어6'의").
_AWAITING_QUOTED = re.compile(r"(?:을|를)\s*앞둔\s*['‘\"“]([^'’\"”\n]{2,40})['’\"”]")
# A year that names a model's line, not when it comes ("2025년 신규 모델 'L40S'를 출시하는 등", "2026년형").
_MODEL_YEAR_AFTER = re.compile(r"\s*(?:형|식)|\s+(?:신규\s*)?(?:모델|신모델|라인업|신제품)")
_ONLY_CLASS_BEFORE = re.compile(r"[가-힣]{2,}만\s*$")
_THEN_TOLD = re.compile(r"\s*(?:당시|그때|그\s*당시)(?:에는|엔|에)?\s")
_PAST_END = re.compile(r"(?:었|았|였|했|됐)다[.\"'”’]*\s*$")
_AT_SHOW_BEFORE = re.compile(rf"(?:{lx.TRADE_SHOWS}|모터쇼|모빌리티쇼|오토쇼)(?:\s*20\d\d)?['’\"”]?\s*(?:현장)?(?:에서|에)\s")  # ("‘CES 2019’에")
_UNDISCLOSED_DATE = re.compile(r"\s*(?:일|일자|날짜|일정|시기|시점|여부)(?:은|는|을|를|이|가|도|및|과|와)?\s*(?:[^\s.]+\s+){0,4}?"
                               r"(?:[^\s.]*에\s*대해(?:서도|서는|서)?\s*)?"
                               r"(?:함구|침묵|밝히지\s*않|공개하지\s*않|정해지지\s*않|알려지지\s*않|미정)")
_RUMOURED_DATE = re.compile(r"\s*(?:일|일자|날짜|시점|시기)\s*(?:으로|로)\s*(?:지목|거론|점쳐|예상|관측|추정|유력시)(?:된|되던|됐던|돼\s*온)")
_FORECAST_UNDONE = re.compile(r"\S{0,4}\s*(?:것|걸)으로\s*(?:전망|예상|관측|예측|점쳐|알려)(?:됐|되었|졌)(?:으나|지만|는데)")
# Right after the trigger, the report says the date is not known, each with the note it writes.
_DATE_TO_BE_TOLD = re.compile(r"\s*(?:일자|일|날짜|일정|시기|시점)(?:은|는)\s*(?:[^\s.]+\s+){0,3}?(?:발표|공개|공지|확정)(?:할|될|하|된|한다)")
# "내년 출시 불투명", "출시 시기는 미정": a launch nobody can date is no plan told
_UNDATED_AFTER = re.compile(r"\s*(?:일정|시기|일|날짜)?(?:이|가|은|는|도)?\s*(?:여전히\s*|아직\s*)?(?:불투명|불확실|미정|미지수|안갯속|오리무중)")
_DATE_NOT_KNOWN_AFTER = (
    # "현대카드와 애플은 이날 오전까지 구체적인 출시일 및 제휴 여부에 대해서도 함구하고 있다"
    (_UNDISCLOSED_DATE, "출시일을 밝히지 않음 ('출시일에 대해 함구하고 있다')"),
    # "그동안 애플페이 서비스 시작일로 지목된 30일이 밝았지만 …"
    (_RUMOURED_DATE, "소문으로 지목된 날짜 ('서비스 시작일로 지목된 30일')"),
    # "11월 30일 애플페이가 서비스를 시작할 것으로 전망됐으나, 두 회사는 함구하고 있다"
    (_FORECAST_UNDONE, "빗나간 전망 ('…시작할 것으로 전망됐으나')"),
    # "정식 출시 일자는 10월 중 발표할 예정이다": the month the date will be told, not the launch's
    (_DATE_TO_BE_TOLD, "출시일을 발표할 때 ('출시 일자는 10월 중 발표할 예정')"),
    # "대작 '한빛 모바일', 내년 출시 불투명": nobody says when
    (_UNDATED_AFTER, "불투명한 출시 ('…출시 불투명', '…출시 시기는 미정')"),
)
_SIGNS_SEEN = re.compile(r"(?:인|한|는)\s*정황(?:이|은|도)?\s*(?:포착|드러|확인|나타)")
_PRE_ORDER_BEFORE = re.compile(r"(?:예약|선주문|사전\s*주문)\s*$")
_SHARES_ENDING = re.compile(r"(?:하|되)고\s*,")
_MARKET_END = re.compile(r"\s*(?:등(?:지)?\s*(?:[가-힣]{1,5}?)?)?(?:에서|에|으로|로)(?:서|도|는|만)?\s")  # "영국 등 서유럽으로"


def _markets(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Places named as where a product goes ("홍콩과 튀르키예에", "미국 캐나다 베트남 싱가포르에"): a run of places
    (some perhaps not watched) that ends in 에/에서/(으)로."""
    markets: list[Mention] = []
    run: list[Mention] = []
    for mention in mentions:
        if not _COUNTRY_OR_REGION.fullmatch(mention.name):
            run = []
            continue
        if run and not all(not word or word in ("와", "과", "및") or _COUNTRY_OR_REGION.fullmatch(word)
                           for word in re.split(r"[\s,·]+", sentence[run[-1].end:mention.start])):
            run = []
        run.append(mention)
        if _MARKET_END.match(sentence, mention.end):
            markets += run
            run = []
    return markets


_PARTNER_AFTER = r"(?:\s?\([^()\n]{1,20}\)|\))?(?:과|와)\s+(?:협업|협력|손잡|제휴|함께|공동)"


def _launched_before(previous: str, actor: Mention, known: tuple[tuple[str, str], ...], orgs: set[str]) -> str | None:
    """The product `actor` launches in the sentence before, if that sentence names one of its own (no other
    organisation between them but a partner: "카카오는 오픈AI의 '챗GPT'를 …" is another's product)."""
    last = sentences(previous[-400:])[-1:] if previous else []
    if not last or actor.name not in last[0][1]:
        return None
    sentence = last[0][1]
    at = sentence.index(actor.name) + len(actor.name)
    trigger = lx.LAUNCH_TRIGGERS.search(sentence, at)
    if trigger is None:
        return None
    between = sentence[at:trigger.start()]
    if any(name != actor.name and name in between and not re.search(re.escape(name) + _PARTNER_AFTER, between)
           and not _COUNTRY_OR_REGION.fullmatch(name) for name in orgs):  # ("러시아에 첫 출시": a market)
        return None  # (a partner between, "필립모리스 인터내셔널(PMI)과 협업을 통해 '릴 솔리드'를", is no owner)
    return _model(sentence, trigger.start(), [actor.name], known)


def _opens_on_product(clause: str, known: tuple[tuple[str, str], ...]) -> bool:
    """The clause opens on a product the report quotes, as its subject ("퀘스트3은 올 가을 출시되며")."""
    opening = clause.lstrip()
    return any(opening.startswith(alias) and _SUBJECT_PARTICLE.match(opening, len(alias)) for alias, _ in known)


_SUBJECT_PARTICLE = re.compile(r"['’\"”]?(?:은|는|이|가)\s")


def _product_as_subject(clause: str, known: tuple[tuple[str, str], ...]) -> bool:
    """A product the report quotes is the clause's subject or topic, wherever it stands ("…출시를 앞둔 '배틀크러쉬'는")."""
    for alias, _ in known:
        at = _word_find(clause, alias)
        if at >= 0 and (_SUBJECT_PARTICLE.match(clause, at + len(alias)) or _PRODUCT_THEN_DATE.match(clause, at + len(alias))):
            return True  # "'갤럭시 A90' 9월 중 출시": a headline's product, its date right after it
    return False


# "출시가 2개월 뒤로 연기됐다", "석 달 늦춰졌다": a delay by a count of months from the planned date.
_MONTHS_LATER = re.compile(r"\s*(?:[가-힣]+\s+){0,2}?(\d{1,2}|한|두|석|세|넉|네)\s*(?:개월|달)\s*(?:뒤로|늦춰|늦어|미뤄|연기|후로)")
_WAS_DUE = re.compile(r"예정(?:되어|돼)\s*있던|예정됐던|예정이던|예정이었던|계획됐던")  # "12월 말로 예정되어 있던 … 출시"
_KOREAN_COUNT = {"한": 1, "두": 2, "석": 3, "세": 3, "넉": 4, "네": 4}
# A concept car or a prototype is shown, never sold: its reveal is no launch.
_CONCEPT_OR_PROTOTYPE = re.compile(r"콘셉트|컨셉트|컨셉|[Cc]oncept|시제\s*\d*\s*호기|시제기|프로토타입")
_CONCEPT_OR_PROTOTYPE_BEFORE = re.compile(r"(?:콘셉트카|컨셉트카|컨셉카|시제\s*\d*\s*호기|시제기|프로토타입)"
                                          r"(?:\s*['‘\"“][^'’\"”]{1,20}['’\"”])?(?:은|는|이|가|을|를|도)\s")  # "콘셉트카 '별빛 원'을"
# Products listed with △ before the trigger, each up to the next △ or the list's end ("… 등을", "을").
_BULLETED_PRODUCT = re.compile(r"△\s*([^△\n]{2,40}?)\s*(?=△|\s등(?:을|를|이|가|의|도)?\s|(?:을|를|이|가)\s|,|$)")


_QUOTED_TOPIC = re.compile(r"['‘\"“]([^'’\"”\n]{2,40})['’\"”](?:은|는)\s")


def _paired_models(clause: str, dates: list[DateMention]) -> list[tuple[DateMention, str]]:
    """Two dates and two models told 'each' or 'in turn' ("상반기와 하반기에 각각 … EV3와 EV4를 차례대로"): paired
    in the order named; nothing when the sentence does not pair them."""
    if len(dates) != 2 or not re.search(r"각각|차례대로|순차적으로", clause):
        return []
    # "'블루 아카이브'는 내달, '이모탈'은 이달 중 각각 출시될 예정": each product the topic of its own date, in turn
    topics = [(q, d) for q in _QUOTED_TOPIC.finditer(clause) for d in dates
              if d.start >= q.end() and re.fullmatch(r"\s*", clause[q.end():d.start])]
    if len(topics) == 2 and topics[0][1] is not topics[1][1]:
        return [(d, q.group(1).strip()) for q, d in topics]
    models = _MODEL_PAIR.search(clause)
    if models is None or models.start() < dates[-1].end:
        return []
    return [(dates[0], models.group(1)), (dates[1], models.group(2))]


# "내년 출시되는 국산 전기차는 현대자동차 '아이오닉6', 기아 '니로', 쌍용자동차의 '코란도 이모션'까지 총 4종이다".
_LINE_UP_TOPIC = re.compile(r"(?:[가-힣]{0,3}\s?(?:되는|될|하는|할|예정인)|(?:가|이)\s*(?:예정된|계획된))\s+(?:[가-힣A-Za-z0-9]+\s+){0,3}?[가-힣A-Za-z0-9]+(?:은|는)\s")
_PRODUCT_AFTER_MAKER = re.compile(r"(?:의)?\s*['‘\"“]([^'’\"”\n]{1,30})['’\"”]")


_QUOTED_PRODUCT = re.compile(r"['‘\"“]([^'’\"”\n]{2,40})['’\"”]")
# A date right before a launch word, and the market words that may stand between ("3월 국내 출시를 앞두고").
_DATE_WORD = r"(?:\d{1,2}\s*월|분기|반기|\d{4}\s*년|내년|올해|연내|연말)\s*(?:중|께|쯤|말|초)?"
_WHERE_LAUNCHED = r"(?:\s*(?:국내|해외|정식|공식|글로벌|북미|유럽|미국|중국|일본))?"
_PRODUCT_THEN_DATE = re.compile(rf"['’\"”]?\s*(?:{_DATE_WORD}|\d{{1,2}}\s*일)")
_DATE_IN_CLAUSE = re.compile(_DATE_WORD)
_DATE_AT_BEFORE = re.compile(rf"{_DATE_WORD}(?:에|에는)?{_WHERE_LAUNCHED}(?:에서)?\s*$")  # "하반기에 국내 출시할"
_DATE_RIGHT_BEFORE = re.compile(rf"(?:{_DATE_WORD}|\d{{1,2}}\s*일\s*(?:중|께|쯤|말|초)?){_WHERE_LAUNCHED}\s*$")


def _quoted_makers(sentence: str, mentions: list[Mention], clause_start: int, trigger: int) -> list[tuple[Mention, str]]:
    """Quoted products before the trigger in its clause, each opening with its maker's name ("'BMW iX3'와
    '메르세데스 벤츠 EQA' 등의 전기 신모델이"): the makers and their products, when at least two makers are listed."""
    found: dict[str, tuple[Mention, str]] = {}
    for quote in _QUOTED_PRODUCT.finditer(sentence, clause_start, trigger):
        inner_start = quote.start(1)
        maker = next((m for m in mentions if m.start == inner_start and m.end < quote.end(1)), None)
        if maker is not None and sentence[maker.end:quote.end(1)].strip():
            found.setdefault(maker.entity, (maker, quote.group(1).strip()))
    return list(found.values()) if len(found) >= 2 else []


# A model written bare after its maker in a line-up, up to the list's next mark ("현대차 아이오닉 6, 기아 EV6 GT 등이다"):
# a name with a Latin letter or a digit, not a description.
_MODEL_AFTER_MAKER = re.compile(r"\s+((?=[가-힣A-Za-z0-9.\-+ ]{0,20}[A-Za-z0-9])[가-힣A-Za-z0-9.\-+ ]{1,20}?)"
                                r"\s*(?=,|·|\s등|\s및|\s?(?:이다|다)[.\s]|\s?(?:이다|다)$)")
# A one-word Hangul name between a maker and the list's next comma, taken only in a line-up whose other
# products already carry Latin letters or digits.
_WORD_AFTER_MAKER = re.compile(r"\s+([가-힣]{2,8})(?=,|·|\s등\s)")


def _line_up(sentence: str, mentions: list[Mention], after: int) -> dict[str, str]:
    """The makers and products a line-up lists after its topic ("…출시되는 신차는 A 'X', B 'Y'…", "출시 예정인
    전기차는 A X 6, B Y GT 등이다"), when at least two makers each name a product; else nothing."""
    topic = _LINE_UP_TOPIC.match(sentence, after)
    if topic is None:
        return {}
    listed: dict[str, str] = {}
    for mention in mentions:
        product = (_PRODUCT_AFTER_MAKER.match(sentence, mention.end) or _MODEL_AFTER_MAKER.match(sentence, mention.end)) \
            if mention.start >= topic.end() else None
        if product is not None:
            listed.setdefault(mention.entity, product.group(1).strip())
    if len(listed) < 2:
        return {}
    for mention in mentions:  # "…, 볼보 EX30, 지프 어벤저, …": a Hangul name is a product once the list shows its kind
        word = _WORD_AFTER_MAKER.match(sentence, mention.end) if mention.start >= topic.end() else None
        if word is not None and mention.entity not in listed and not any(m.start == word.start(1) for m in mentions) \
                and word.group(1) not in lx.GENERIC_PRODUCT_WORDS and word.group(1) not in lx.NOT_NAME_WORDS:
            listed[mention.entity] = word.group(1)
    return listed


LEAD_SENTENCES = 3  # a subhead or a byline line may come before the lead


def _period_end(value: str) -> date:
    """The last day a date of any precision may mean ('2024' is 2024-12-31, '2024-Q2' 2024-06-30)."""
    year = int(value[:4])
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) == 4:
        return date(year, 12, 31)
    part = value[5:]
    month = {"Q": 3, "H": 6}[part[0]] * int(part[1:]) if part[0] in "QH" else int(part)
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


# "정식 출시를 발표했다": a launch announced (released if the day has come).
_ANNOUNCED = re.compile(r"(?:을|를)\s*(?:공식\s*)?(?:발표|선언|알렸|공식화)(?:했|하였|한)")
_LEADING_REMARK = re.compile(r"\s*['‘\"“][^'’\"”\n]{1,60}['’\"”]\s*(?:…|\.\.\.)?(?=\s)")
# A headline that asks without a question mark ("카카오, '별빛' 다음 달 출시하나", "…공개할까").
_ASKS = re.compile(r"(?:하나|할까|될까|되나|일까|나설까)\s*[.…]*\s*$")
# What follows a trigger in a headline that asks: "탈락하나", "빠지나?", "불참할까", "탈락?".
_ASKED_AFTER = re.compile(r"[가-힣]{0,3}?(?:(?:하나|할까|될까|되나|나|까)\s*[?？]?|\s*[?？])\s*['\"”’]*\s*")
# "해당 서비스를", "이 게임은": a product named before, referred to.
_ANAPHORIC_PRODUCT = re.compile(r"(?<![가-힣])(?:해당|이|이번|동)\s*(서비스|제품|상품|게임|카드|앱|요금제|차량|모델|기기)(?:을|를|이|가|은|는|도)\s")
# A product written after its maker as a sentence's subject, a new model's words first ("기아 신형 쏘렌토가").
_NEW_PRODUCT_SUBJECT = re.compile(r"\s+((?:신형|신규|차세대|\d세대)\s+[가-힣A-Za-z0-9]+(?:\s+[A-Za-z0-9][A-Za-z0-9\-]*)?)(?:가|이|은|는)\s")
_PRODUCT_SUBJECT = re.compile(r"['‘\"“][^'’\"”\n]{1,30}['’\"”](?:가|이|은|는)\s|"
                              # "아우디 Q4 e-트론은": a model written bare, with Latin letters or digits
                              r"(?<=\s)[A-Za-z0-9][A-Za-z0-9\-]{0,10}(?:\s[A-Za-z0-9][A-Za-z0-9가-힣\-]{0,12}){0,2}?(?:가|이|은|는)\s|"
                              # "제주도 지역화폐는 '탐나는전'이라는 이름으로 …": a place's currency or voucher, by its kind
                              r"(?<=\s)(?:지역화폐|지역사랑상품권|상품권|모바일\s?상품권)(?:가|이|은|는)\s")
_NONE_LAUNCHED = re.compile(r"[가-힣]{0,4}(?:이|가|은|는)\s*(?:거의\s*|전혀\s*|하나도\s*|아직\s*)?없")
_HELD_EVENT_HEAD = re.compile(r"(?:대회|박람회|선수권|체전|엑스포|올림픽|게임|총회|회의|축제|주간)$")


def _decision_receivers(sentence: str, mentions: list[Mention], match: re.Match[str]) -> list[Mention]:
    """"상산고와 안산동산고에 이어 해운대고에 재지정 취소 결정이 내려졌다": the one a revoking decision is given to (에), with
    those it followed."""
    if not (re.search(r"취소|박탈|해제", match.group(0)) and _DECISION_GIVEN.match(sentence, match.end())):
        return []
    given = [m for m in mentions if m.end <= match.start() and m.particle in ("에", "에게", "에는", "에게는", "에도")
             and not re.search(r"[,.]", sentence[m.end:match.start()])]
    return _coordinated(sentence, mentions, given[-1]) if given else []


_DECISION_GIVEN = re.compile(r"\s*(?:결정|처분|통보|조치)(?:이|을|를)?\s*(?:내려|내렸|받|했)")
_OWN_TIME_BETWEEN = re.compile(r"(?<![가-힣])(?:최근|앞서|이미|당시|그간|그동안|지난달|지난해|작년)(?![가-힣])")
_RELEASED_THEN_SAID = re.compile(r"[가-힣]{0,2}(?:했|됐)다고\s+\d{1,2}일")
_FLEET_PLAN = re.compile(r"까지\s+(?:[^\s,]+\s+){0,5}?\d+\s*(?:종|개\s*모델|개\s*차종|대\s*모델)(?:을|를|의)?\s*(?:[^\s,]+\s+){0,2}$")
_RANKED = re.compile(r"\d+\s*위(?:는|에는|엔|로는)\s+(?:[^\s,]+\s+){0,3}$")
# "그 해 9월 공개된", "이듬해 3월": a year only the story's context tells, not the report's; "같은 해 10월에는"
# (read into the date) is the year named before it, which must then be in the clause.
_CONTEXT_YEAR = r"(?:그\s*해|같은\s*해|이듬해|그\s*다음\s*해)"
_YEAR_OF_CONTEXT = re.compile(rf"{_CONTEXT_YEAR}\s*$")
_CONTEXT_YEAR_WORD = re.compile(_CONTEXT_YEAR)
# A trigger in the past adnominal form: "15일 공개된 엑사원 4.0은", "서비스를 내놓은 것을 시발점으로" (내놓+은).
# The product as the subject of 나오다, with at most a date and a hedge before the verb ("갤럭시A90도 9월 초 나올 예정").
_COMES_OUT = frozenset({"나온다", "나올", "나왔다", "나오며", "나와"})
_PRODUCT_COMES_OUT = r"['’\"”)]?\s*(?:이|가|도|은|는)\s+(?:[^\s,]+\s+){0,4}$"
_ADNOMINAL_PAST = re.compile(r"[가-힣]{0,2}(?:된|한|했던|됐던|되었던)\s|(?<=내놓)은\s")
# "…가 출시될 수 있도록 협의": a launch someone works to bring about, not theirs.
_ENABLED = re.compile(r"[가-힣]{0,2}?(?:될|할)\s*수\s*있도록|(?:되|하)도록\s")
# "‘픽셀 가을 론칭’ 행사": a launch word inside a quoted event's name.
_INSIDE_VENUE_NAME = re.compile(r"[^'’\"”\n]{0,20}['’\"”]\s*(?:행사|이벤트|쇼케이스|간담회|발표회|컨퍼런스|콘퍼런스)")
# "본래는 2월 21일 발매를 예고했으나, 약 3개월 늦어진 5월 29일에 나온다": the plan, then the date it slipped to.
_ORIGINAL_PLAN = re.compile(r"(?:본래|원래|당초|애초)(?:에는|엔|는|에)?\s[^.]{0,80}?(?:예고|예정|계획|목표)(?:했|이었|였)(?:으나|지만|는데)")
_DELAYED_TO = re.compile(r"(?:늦어진|미뤄진|연기된|밀린|늦춰진)\s*")
# "출시를 목표로 했던 곳은 A와 B다": the launch describes a head the sentence then equates with names.
_DESCRIBED_BY_LAUNCH = re.compile(r"[^.,]{0,20}?(?:했던|하던|하는|한|할|될|된|던)\s")
# An ETF listed by an exchange: the fund ("ETF", "ETN", "상장지수펀드"), the exchange, and "이들 운용사".
_FUND = re.compile(r"ETF|ETN|상장지수")
_EXCHANGE = re.compile(r"거래소")
_FUND_NAME = re.compile(r"((?:[가-힣A-Za-z0-9]*[가-힣A-Za-z0-9](?<![의을를은는이가])\s){1,3}(?:ETF|ETN))(?=\s*(?:\d+\s*종목)?\s*(?:을|를|이|가|도)?\s)")
_THESE_ISSUERS = re.compile(r"(?:이들|두|양)\s*(?:자산)?운용사")
_SPEAKER_QUOTE = re.compile(r"\s*[“\"]")  # "금융위 “…”": an organisation before a quotation is its speaker
# "하반기(7~12월)": a month range in brackets after a half or quarter explains it, it is no date of its own.
_GLOSSED_PERIOD_BEFORE = re.compile(r"(?:반기|분기)\s*\(\s*$")
# A sentence that ends in a plain present-future predicate ("내놓는다", "출시한다", "선보인다"), no past, no plan words.
_PLAIN_FUTURE_END = re.compile(r"(?:한다|는다|인다|된다)[.\"'”’]*\s*$")
_PLAIN_PAST_END = re.compile(r"(?:었|았|였|했|됐|놨|냈|봤)다[.\"'”’]*\s*$")
# A round-up's lead: many products, no maker, one period ("올해 하반기 … 전기차 신차가 대거 출시될 예정이다").
# The adverbs of a round-up ("신작이 대거 출시된다"), which may also belong to another verb later in a clause.
_ROUND_UP_ADVERBS = ("대거", "잇따라", "잇달아", "줄줄이", "연이어")
_ROUND_UP = re.compile("|".join(_ROUND_UP_ADVERBS) + r"|쏟아|봇물|(?:신작|신제품|신차)(?:\s*게임)?\s*수(?:는|가|도)\s|"  # "… 신작 게임 수는"
                       # "이달에만 13대의 신차를 … 출시했다", "10여대의 전기차 신차 출시를 앞두고"
                       r"\d+\s*여?\s*(?:대|종|개)의?\s*(?:[가-힣]{2,4}\s)?(?:신차|신작|신제품)(?:\s*출시)?(?:을|를)\s")
_FRAME_PRECISIONS = frozenset({"month", "quarter", "half", "season", "year_end"})
# "같은 날 …": the day the report named last.
_SAME_DAY = re.compile(r"(?<![가-힣])(?:같은|동일한)\s*날(?![가-힣])")
# "총 11종이 출시됐다", "신규 신용카드는 65건으로 집계됐다": launches counted, no one product.
_PRODUCTS_COUNTED = re.compile(r"(?:총|모두|중)\s*\d+\s*(?:종|건)(?:이|가|은|는|의)?\s|(?:신상품|신제품|상품|제품|신작)\s*\d+\s*종(?:을|를)\s|\d+\s*(?:종|건)(?:으로|로)\s*(?:집계|늘|증가|감소|줄)")
# "출시 연기설이 나왔다": a rumoured delay, said of the whole clause, tells neither a launch nor a new date (a rumoured
# launch, "9월 출시설 '솔솔'", is a hedged one).
_RUMOURED = re.compile(r"(?:연기|지연)설(?:이|을|은|도|에|과|로|만)?(?:\s|$|[,.…'’\"”])")
# "…을 공개할 것이란 분석이 제기됐다": someone's analysis the report passes on ("…할 것이란 관측이 나온다" is the
# report's own hedge, and an event).
_OTHERS_GUESS = re.compile(r"[가-힣]{0,2}(?:할|될|한다는|된다는)\s*(?:것|거)?(?:이란|이라는|라는|으로)?\s*"
                           r"(?:분석|보도|루머|소문)(?:이|도|은|들이)?\s*"
                           r"(?:제기|나오|나왔|나온|나와|우세|지배적|많|잇따|전해)|"
                           # "…을 출시할 것이라는 전망이 나왔다": a forecast published somewhere (told in the past), not the
                           # report's own hedge ("출시할 전망이다", "…공개할 것이란 관측이 나온다")
                           r"[가-힣]{0,2}?(?:할|될|을|일)\s*(?:것|거)(?:이란|이라는|라는)\s*(?:전망|관측)(?:이|도)?\s*(?:제기됐|제기되었|나왔)|"
                           # "애플이 2026년까지 폴더블 아이폰을 출시할 수 있다는 소문이": what may happen, by rumour
                           r"[가-힣]{0,2}?(?:할|될)\s*수\s*(?:도\s*)?있다는\s*(?:소문|루머|보도|분석|관측|전망|예측)")
# A sentence that ends by reporting a forecast ("A가 내년 B를 내놓고, … 뛰어들 것이라 관측이 제기됐다"): whatever it
# says of launches is someone's guess.
_FORECAST_REPORTED = re.compile(r"[가-힣]\s+(?:것|거)(?:이란|이라는|라는|이라|라)\s*(?:전망|관측|분석|예측)(?:이|도)?\s*"
                                r"(?:제기됐|제기되었|나왔)[가-힣]{0,2}\s*[.!]?\s*$|"
                                # "… 2023년에는 모든 제조사가 관련 제품을 내놓을 것으로 내다봤다": someone's forecast
                                r"[가-힣]\s+(?:것|거)으로\s*(?:내다봤|내다보|전망했|관측했|예측했|점쳤)[가-힣]{0,4}\s*[.!]?\s*$")
# Others guessing at a launch: "외신에서 10월 출시가 예상되는", "업계에서는 … 공개할 가능성이 제기되지만".
_FOREIGN_MEDIA_GUESS = re.compile(r"(?:외신|업계|일각|시장|증권가)(?:에서는|에선|에서|은|들은|들이|이)\s")
# "'2025년 출시 예정 기대작 PS5 게임'이란 제목의 웹 페이지": the trigger is in a title, not a statement.
_TITLE_QUOTE = re.compile(r"['’\"”]\s*(?:이란|란|이라는|라는)\s*(?:제목|이름|타이틀|문구|주제|슬로건|캠페인|표어)")
# "총 19개 게임이", "신차 60종": a class of products counted, not one product.
_CLASS_NOUN = r"(?:게임|제품|신작|모델|차종|신차|앱|서비스|기대작|작품)"
_COUNTED_CLASS = re.compile(rf"\d+\s*(?:개|종|편|가지)\s*(?:의\s+)?(?:[가-힣]+\s+)?{_CLASS_NOUN}|{_CLASS_NOUN}\s*\d+\s*(?:개|종|편|가지)")
# A sentence that opens on someone's topic and ends on what they expect: the launch inside is their forecast.
_FORECAST_END = re.compile(r"(?:예상|전망|관측|예측|추정|내다보|내다봤|분석|점쳤)(?:했|하였)?다[.\s]*$")
_OPENING_TOPIC = re.compile(r"\s*(?:\d+일\s+)?[^\s,]{2,}(?:은|는)\s")
_REPORT_SAYS = re.compile(r"(?:보고서|리포트|조사|분석|전망)(?:에|에서)\s*(?:따르면|의하면)")  # a research firm's word
_CITING = re.compile(r"(?:보고서|리포트|보도|분석|전망|발언|주장|트윗|게시물|글)(?:를|을)\s*인용(?:해|하여|한|했다며)\s")
# "출시 예상 시점은 빠르면 올해 말이다": the report's own estimate of the product's date, hedged, not a bystander's guess.
_EXPECTED_TIME = re.compile(r"\s*(?:예상|예정|목표)\s*(?:시점|시기|일|날짜)(?:은|는)\s")
_GUESS_WORDS = re.compile(r"가능성|관측|예상|전망|점쳐|추정|유력|미지수")
# Who speaks before a quotation: "키움증권은 "…출시 타임라인은 내년 4분기로 보여진다"며", "팁스터(유출자) 트론(Tron)은
# 지난 17일 트위터를 통해 "…"".
_SOURCE_WORDS = r"분석가|애널리스트|팁스터|유출자|매체|외신"  # who tells of others' launches, in both patterns below
_SOURCE_SPEAKER = re.compile(rf"(?:{_SOURCE_WORDS}|증권|리서치|연구원|컨설팅)[^\s\"“]*\s+"
                             r"(?:[^\s\"“]+\s+){0,6}$")


def _open_quotation(sentence: str, position: int) -> int:
    """Where the quotation `position` lies in opens, or -1 when it lies in none."""
    opened = max(sentence.rfind("\"", 0, position), sentence.rfind("“", 0, position))
    if opened < 0 or sentence.count("\"", 0, opened) % 2 or re.search(r"[\"”]", sentence[opened + 1:position]):
        return -1
    return opened


_VIEW_PUT_OUT = re.compile(r"(?:우려|전망|입장|의견|대책|방안|해법|성명|보고서|자료|결과|분석|목소리|비판|지적|계획|청사진|로드맵|가이드라인|대안|"
                           r"사업|공고|공모|입찰|정책|제도|법안|개정안)"  # "대규모 공공사업을 내놓았다": a tender put out
                           r"(?:을|를)\s*(?:(?:\d{1,2}\s*일|이날|최근)\s*)?$")  # (a day between: "…공공사업을 15일 내놓았다")
_AS_PLANNED = re.compile(r"예정대로|계획대로|일정대로")
_USED_TO = re.compile(r"(?:하|해|되|돼|이)?던\s")
_FORETOLD = re.compile(r"(?:을|를)\s*(?:공식\s*)?예고")
# A launch said only to be possible, or worried about in someone's quotation.
_MIGHT_AFTER = re.compile(r"(?:[가-힣]{0,4}\s*){0,2}?(?:(?:할|될|하게\s*될|되게\s*될)\s*수도(?:\s*있)?|(?:할|될)\s*것\s*같다[\"”'’]?\s*(?:는|라는|고\s*한)?\s*"
                          r"(?:우려|관측|추측|전망|예상)|"
                          # "“메이트X의 출시 일자가 11월로 연기된 것 같다”": a guess, whoever makes it
                          r"[^.”\"]{0,30}?(?:된|될|한|할|하는|되는)\s*것\s*같(?:다|습니다|아))")
# An analyst's forecast told after the fact it forecasts: "…지원할 것이라고 JP모건 분석가들은 예상했다".
_ANALYSTS_EXPECT = re.compile(r"(?:라고|고)\s+(?:[^\s,.]+\s+){0,3}?(?:분석가|애널리스트|연구원|증권가|전문가)[^\s]*\s+(?:[^\s,.]+\s+){0,2}?"
                              r"(?:예상|전망|관측|내다봤|분석)")
# A launch that only describes the product a part goes into: "출시될 픽셀9에 탑재되는", "출시할 전기차에 탑재할 카메라 모듈".
# ("출시될 예정인 픽셀 10 시리즈 등 제품에 탑재": the plan's adnominal, and the host named at some length)
_HOST_PRODUCT_AFTER = re.compile(r"[가-힣]{0,3}(?:될|할|하는|되는|된|한)(?:\s+(?:예정|계획)인)?\s+(?:[^\s,.]+\s+){0,5}?[^\s,.]+?(?:에|에도)\s+"
                                 r"(?:탑재|적용|장착|들어갈|들어가는|쓰일|쓰이는|사용될|사용되는|공급)")


def _quoting_org(sentence: str, trigger: int, mentions: list[Mention]) -> Mention | None:
    """The organisation whose words the quotation holding the trigger are ('AMD는 … “…출시를 준비하고 있다”고 전했다')."""
    opened = _open_quotation(sentence, trigger)
    if opened < 0 or not _QUOTE_THEN_SAID.search(sentence, trigger):
        return None
    speakers = [m for m in mentions if m.end <= opened and _role(sentence, m) in ("이", "가", "은", "는")]
    return speakers[-1] if speakers else None


# The quotation closes on a verb of saying: '…”고 전했다', '…"라고 밝혔다'.
_QUOTE_THEN_SAID = re.compile(r"[\"”]\s*(?:이?라|이?라고|고|며|면서)\s*(?:[^\s.]+\s+){0,3}?(?:전했|밝혔|말했|설명했|언급했|덧붙였|강조했|예상했|내다봤)")


def _quoted_from_a_source(sentence: str, trigger: int) -> bool:
    """The trigger lies in a quotation an analyst, a leaker or a broker speaks: hearsay of another's launch."""
    opened = _open_quotation(sentence, trigger)
    if opened < 0:
        return False
    # "연구원은 “…”며 “…출시될 …”": a second quotation the same speaker goes on with
    chained = _QUOTE_GOES_ON.search(sentence, 0, opened)
    while chained is not None:
        earlier = max(sentence.rfind("\"", 0, chained.start()), sentence.rfind("“", 0, chained.start()))
        if earlier < 0:
            break
        opened = earlier
        chained = _QUOTE_GOES_ON.search(sentence, 0, opened)
    return bool(_SOURCE_SPEAKER.search(sentence, max(0, opened - 80), opened))


# A trigger that only describes a kind of loser, unnamed: "탈락 팀의 반발", "탈락 기업들은".
# ("탈락 기업은 A와 B다" is a copula list that names them: 은/는 left out)
_UNNAMED_LOSERS = re.compile(r"\s*(?:팀|기업|업체|곳|국가|은행|후보|대학|구단|게임단|선수)(?:들)?(?:의|이|가|을|를|도|에)\s")
# A news medium by its name's last word (블룸버그통신, 니혼게이자이신문, 파이낸셜타임스, 월스트리트저널).
_MEDIUM_NAME = re.compile(r"(?:통신|신문|일보|방송|타임스|타임즈|저널|매거진|통신사)$")
_REPORT_AFTER = re.compile(r"(?:은|는|이|가)\s*(?:\d{1,2}일\s*)?(?:(?:낸|발간한|펴낸|발표한)\s*)?(?:보고서|리포트)(?:에서|를\s*통해|를\s*내)")
# An acronym right before the trigger, with the particle of what one joins or leaves ("일단은 RCEP에 동참하지").
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]{1,7})\s*(?:에서|에|을|를)\s*(?:(?:아직|끝내|결국|일단은?|끝까지)\s+)?$")
_SIGNING_BEFORE = re.compile(r"(?<![가-힣])서명(?:에|을|를)\s*$")
# A forecast told on a broker's or research house's word ("신한금융투자에 따르면", "하나증권 리포트에 따르면").
_BROKER_SAYS = re.compile(r"(?:증권|금융투자|투자증권|리서치|경제연구소|연구원)(?:\s*(?:리포트|보고서|분석))?(?:에|의)?\s*(?:따르면|의하면)\s")
# What an adnominal 공개/발표 describes, when it is no product: "공개된 평가결과에 따라", "발표한 자료에 따르면".
_RESULT_PUBLISHED = re.compile(r"[가-힣]{0,2}(?:된|한)\s+(?:[가-힣0-9]{1,6}\s*){0,2}?(?:결과|자료|보고서|명단|내용|성적|순위|점수|"
                               r"계획|일정|영상|사진|이미지|통계|수치|실적)(?:에|을|를|이|가|은|는|의|이었다|였다|이다)?(?=\s|$|\.)")
_QUOTE_GOES_ON = re.compile(r"[\"”]\s*(?:며|면서|라며|이라며|고|라고|이라고)\s*$")


# What introduces a source rather than a maker: "애플 전문 분석가 궈밍치", "IT매체 샘모바일", "팁스터(유출자)
# 트론", "게임 전문지 '더 게이머'", "IT컨설팅 기업인 캡제미니".
_SOURCE_KIND_BEFORE = re.compile(rf"(?:{_SOURCE_WORDS}|유출자\)|전문지|시장조사(?:기관|업체)|조사기관|"
                                 r"컨설팅\s*(?:기업|업체|회사)(?:인)?)\s*['‘\"“]?\s*$")
# A launch in a temporal clause whose main clause speaks of something else ("…가 공개한 후 세계적으로 관심이
# 고조됐다", "…가 출시된 뒤 위기감이 커졌다", "출시 이래로 …"): the background a story starts from, or counts from.
_BACKGROUND_AFTER = re.compile(r"[가-힣]{0,2}(?:한|된)\s*(?:후|뒤|이후)(?:로)?\s+(?:[^\s,]+\s+){0,4}?"
                               r"(?:관심|위기감|경쟁|열풍|우려|기대감|긴장감|분위기)(?:이|가|은|는|도)\s|"
                               # "토스뱅크가 … 서비스를 내놓은 것을 시발점으로 시중은행들도": where a trend began
                               r"[가-힣]{0,2}(?:한|된|은)\s*(?:것|게)(?:을|이)?\s*(?:시발점|시작|계기|신호탄|기점)으로\s|"
                               # "'니케'는 2022년 11월 출시 이래로 … 1위를 7번 탈환", "출시 후 1년 반이 지난": what
                               # has happened since
                               # "올해 국내 공식 출시 이후 다양한 루머에 시달리고 있다": what has gone on since
                               r"\s*(?:된|한)?\s*(?:이후|후|뒤)\s+[^.,]{0,40}?(?:고|어|아)\s*있다|"
                               r"\s*(?:된|한)?\s*(?:이래|이래로|이후로|이후\s*(?:지금까지|현재까지)|"
                               r"후\s*(?:\d+(?:\.\d+)?|한|두|세|네)\s*(?:년|개월|달)\s*(?:반)?(?:이|가|만에|동안)\s)")
# "14일 서울에서 열린 샤오미 플래그십 스마트폰 '미9' 출시 행사": the launch event held that day is the release.
_LAUNCH_EVENT_HELD = re.compile(r"(?:열린|개최된|진행된)\s+(?:[^\s]+\s+){0,4}['‘\"“][^'’\"”\n]{1,30}['’\"”]\s*$")
# The old plan a delay is told against, up to its contrast: "당초 4월 말 출시될 예정이었지만", "원래 하반기 출시
# 예정이었으나", "하반기 출시를 목표로 했던".
# The old plan's words, struck before the hedge is read: the plan's forms (lx.WAS_PLANNED, also "…할 것으로 예상됐던")
# and "예정되어 있던" (a clause cut at its 지만 ends there).
_OLD_PLAN = re.compile(rf"[^,]{{0,40}}?(?:{lx.WAS_PLANNED.pattern}|예정(?:되어|돼)\s*있던)(?:지만|으나|는데|던)?(?:\s|$)")
_BEING_MADE = re.compile(r"(?:준비|개발|제작)\s*중인\s")  # an adnominal on the product: it is being made
# "매년 10월에 신제품을 공개한 구글은", "통상 9월에": a habit, never one launch's date.
_HABITUAL_BEFORE = re.compile(r"(?:매년|해마다|매해|통상|보통|일반적으로|대개|예년처럼|예년과\s*같이)\s*(?:[가-힣0-9]+\s+){0,2}$")
# The trigger's own verb in the past, ending the sentence: "…를 출시했다", "…가 공개됐다".
# The trigger describing a class the sentence picks one of: "올해 출시하는 신차 중 가장 눈길을 끄는 모델은".
_ONE_OF_THE_CLASS = re.compile(r"[가-힣]{0,3}(?:하는|할|한|된|될|되는)\s+(?:[가-힣]+\s+)?(?:신차|신작|신제품|제품|모델|차량|게임|차종|"
                               r"스마트폰|기기|서비스)(?:들)?\s*(?:중|가운데)(?:에서|에서도|에는)?\s")
# Why a group was taken, when the sentence itself names it (not the article's, nor an earlier sentence's).
_LOST_CONTEST = re.compile(r"고배|쓴잔|탈락|낙방|물\s?먹|밀려|밀렸|밀린")
_GROUP_OF_THE_SENTENCE = ("신호에 붙은 이름", "문장 안 이름")
# A role with no owner or project in its name: whose it is, the report writes before it somewhere.
_BARE_ROLE = re.compile(r"(?:우선\s?)?협상(?:\s?대상)?자|적격\s?후보자?")
_IF_LAUNCHED = re.compile(r"[가-힣]{0,2}(?:할|될|한|된)\s*경우|[가-힣]{0,2}(?:하면|되면|한다면|된다면)\s")
_ANALYSTS_OPENING = re.compile(r"\s*(?:[^\s,]+\s+){0,2}?(?:증권가|증권업계|애널리스트들?|전문가들?|시장\s*전문가들?|투자업계)(?:에서는|에선|은|는|들은)\s")
_THEY_EXPECT = re.compile(r"(?:것으로|것이라고|할\s*것이라고)\s*(?:보고\s*있|본다|봤|전망|예상|관측|내다보)")
_SCHEDULE_FIXED = re.compile(r"\s*(?:일정|시점|시기|날짜|일자|날)(?:을|를|이|가|은|는)\s*[^.,]{1,25}?(?:으로|로)\s*(?:최종\s*)?"
                             r"(?:확정|정했|정해|잡았|잡혔|못\s*박|결정)")
# What the launch is only the occasion of: whether it happens, what is done for it, what comes after or before it, its
# anniversary ("출시 여부를 결정", "출시를 위해 인력을 채용", "출시 이후 첫 업데이트", "출시 1주년").
_ANOTHER_THING_S_TIME = re.compile(r"\s*(?:(?:여부|(?P<sequel>이후|직후|후|뒤|전)|기념|\d+\s*주년|\d+\s*(?:일|주|개월)(?=\s*(?:을|를)\s*(?:기념|맞)))"
                                   r"(?:를|을|가|는|도|에|에는|의|로)?|"  # ("출시 100일을 기념해 대규모 업데이트": a day counted from it)
                                   r"(?:을|를)?\s*위(?:해|하여|한)|에\s*앞서|"
                                   # "하반기 신차 출시에도 영향을 미칠지", "출시에 관한 구체적인 언급": the launch is what is affected
                                   # or talked about, the date another thing's
                                   r"에(?:도)?\s*(?:영향|차질)|에\s*(?:관한|대한)\s*(?:구체적인\s*)?(?:언급|질문|답변|입장))(?=\s|$|[,.을를이가])")
# A launch told only as a rumour ("…출시한다는 소문이 돌고 있다"), unlike a forecast, which is a hedged launch.
_RUMOUR_ONLY = re.compile(r"[가-힣]{0,4}(?:다는|할\s*것이라는)\s*(?:소문|루머|설)(?:이|가|은|도|을|만)?(?=\s|$)")
_RUMOUR_AFTER = re.compile(r"[가-힣]{0,4}(?:다는|는|할\s*것이라는)\s*(?:소문|설|루머|관측|보도|얘기|이야기|전망)")
_DENIED = re.compile(r"(?:정해진|확정된|결정된)\s*(?:바|것|게)\s*(?:가|는|이)?\s*없|사실이\s*아니|사실무근|부인(?:했|하며|하면서|한)|근거\s*(?:가\s*)?없")
_SPOKESPERSON_AFTER = re.compile(r"\s*(?:측\s*)?(?:관계자|대변인|홍보\s*담당자)(?:는|가|은|이)\s")
# A selection not made, and the public bodies that make them ("새만금개발청 우선협상대상자 미선정").
_NOT_CHOSEN = re.compile(r"미선정")
_ROLE_CHOSEN = re.compile(r"우선\s*협상\s*(?:대상)?자|사업자|운영자|운영사|시공사|적격자|수탁자")  # (not "전주시 미선정": not chosen)
_CHOOSER_NAME = re.compile(r"(?:청|부|처|위원회|공사|공단|진흥원|시|도|군|구)$")
# A clause that opens on a public body as its subject ("철도공단은", "금융위원회가"): what it makes public is its own.
_PUBLIC_BODY_SUBJECT = re.compile(r"\s*(?:[^\s,]+\s+){0,2}?([가-힣A-Za-z]{1,12}(?:공단|공사|진흥원|위원회|재단|협회|연맹|정부|당국)|"
                                  r"[가-힣]{2,8}부|[가-힣]{1,8}청)(?:은|는|이|가)\s")
# "올해 A, B 등은 … 신제품을 잇달아 출시했다": releases spread over a period, none of them the report's day
_OVER_A_PERIOD = re.compile(r"올해|올\s*들어|그동안|그간|잇달아|잇따라|연이어|앞다퉈|속속|줄줄이")
_LEAD_RELEASE = re.compile(r"^[가-힣]{0,3}\s*(?:했|됐|되었|하였|었|았|였)(?:다|습니다)[.\"'”’]*\s*$|"  # "출시 했다" too
                           # "…를 정식 출시하고 전국 확장에 본격 착수했다": joined to a past main verb
                           r"^[가-힣]{0,2}\s*(?:하고|했고|하며|했으며|하면서)\s[^.]{0,80}?(?:했|됐|되었|하였|었|았|였)(?:다|습니다)"
                           r"[.\"'”’]*\s*$|"
                           # "시프트업은 26일, '스텔라 블레이드'를 글로벌 출시했다고 밝혔다": done, and said so
                           r"^[가-힣]{0,3}\s*(?:했|됐|되었|하였)다고\s+(?:밝혔|전했|발표했|알렸)(?:다|습니다)[.\"'”’]*\s*$")


# A noun of results or plans that names a venue ("성과 발표회에서 공개"), not what was shown.
# "행사를 통해 ‘X’를 출시": the event is the means, the quoted name after it the object.
_MEANS_AFTER_NOUN = re.compile(r"[가-힣]+(?:을|를)\s*통해\s+['‘\"“]")
_VENUE_AFTER_NOUN = re.compile(r"(?:[가-힣]+\s+)?[가-힣A-Za-z0-9]*(?:회|식|장|쇼|행사|콘퍼런스|컨퍼런스)에서\s")  # "열린 행사에서"
# "출시를 하루 앞두고", "공개를 사흘 앞둔": counted from the report's day.
_DAY_COUNTS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "일주일": 7}
_DAYS_AHEAD = re.compile(r"[가-힣]{0,2}(?:을|를)\s*(하루|이틀|사흘|나흘|닷새|엿새|이레|일주일|\d{1,2}\s*일)\s*앞(?:두고|둔|둬)")


def _across_quotation(date_at: int, trigger_at: int, quotations: list[tuple[int, int]]) -> bool:
    """A date and a trigger on different sides of a quotation mark are not one statement."""
    def inside(at: int) -> tuple[int, int] | None:
        return next((q for q in quotations if q[0] <= at < q[1]), None)
    return inside(date_at) != inside(trigger_at)


# "크래프톤의 크리에이티브 스튜디오 언노운 월즈는": the studio, subsidiary or division of the organisation before.
_UNIT_OF = re.compile(r"의\s+(?:[가-힣A-Za-z]+\s+){0,2}?(?:스튜디오|자회사|계열사|손자회사|개발사|사업부|사업본부|법인)\s+$")


def _parents(sentence: str, actors: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """A unit named as the maker launches for the organisation it belongs to ("a division named as the
    maker is its company"): the watched name right before '…의 스튜디오'."""
    out = []
    for actor in actors:
        parent = next((m for m in mentions if m.end <= actor.start and _UNIT_OF.fullmatch(sentence, m.end, actor.start)), None)
        out.append(parent if parent is not None else actor)
    return _first_per_entity(out)


def _first_per_entity(mentions: list[Mention]) -> list[Mention]:
    """Each organisation once, at its first mention, in order."""
    return list({m.entity: m for m in reversed(mentions)}.values())[::-1]


def _makers_first(actors: list[Mention], model: str | None, article_orgs: tuple[Mention, ...]) -> list[Mention]:
    """A known model is launched by its maker: "삼성전자와 이동통신 3사는 … 갤럭시A52S 판매 일정을 조율", "갤럭시 폴드에
    대해 이동통신 3사가 망연동 테스트": the carriers sell it; the maker, if the article names it, launches it."""
    folded = (model or "").casefold()
    makers = {name for key, names in lx.MODEL_MAKERS.items() if key in folded for name in names}
    if not makers or all(a.name.casefold() in makers for a in actors):
        return actors
    own = [a for a in actors if a.name.casefold() in makers]
    if own:
        return own
    maker = next((m for m in article_orgs if m.name.casefold() in makers), None)
    return [maker] if maker is not None else actors


def _owners_of_names(document: str, known: tuple[tuple[str, str], ...], watched: list[Mention]) -> dict[str, Mention]:
    """The organisation each quoted name is introduced with, written bare or with 의 right before its quote
    ("소니 '플레이스테이션5'(PS5)가", "카카오의 '별빛'"): whose product it is, wherever else it appears alone."""
    owners: dict[str, Mention] = {}
    written_forms = {written for written, _ in known}
    for mention in watched:
        quote = _OWNER_QUOTE.match(document, mention.end)
        if quote is None:
            # "'철권8'은 반다이 남코에서 개발 중인 대전 격투 게임으로": the maker told after the product, as its topic's developer
            topic = _NAME_TOPIC_BEFORE.search(document, max(0, mention.start - 50), mention.start) \
                if _DEVELOPED_BY_AFTER.match(document, mention.end) else None
            if topic is not None and topic.group(1) in written_forms:
                owners.setdefault(topic.group(1), mention)
            continue
        for written, name in known:
            if document.startswith(name, quote.end()) and written not in owners:
                owners[written] = mention
    return owners


_OWNER_QUOTE = re.compile(r"(?:의)?\s?['‘\"“]|(?:\([^()]{1,20}\))?(?:이|가)\s+(?:[가-힣]+\s+){0,2}?"
                          r"(?:준비|개발|서비스|퍼블리싱|배급|제작)\s*(?:중인|하는|한|해\s*온|해온)\s+['‘\"“]?")
_NAME_TOPIC_BEFORE = re.compile(r"['‘\"“]?([^'‘’\"“”\s][^'‘’\"“”\n]{0,38}?)['’\"”]?(?:은|는)\s+$")
_DEVELOPED_BY_AFTER = re.compile(r"(?:에서|가|이)\s+(?:[가-힣]+\s+){0,1}?(?:개발|서비스|퍼블리싱|제작)\s*(?:중인|하는|한|했던|해\s*온)\s")
# A product introduced unquoted by whose it is ("라인게임즈가 개발 중인 이카루스 이터널에 관한 언급"): named bare later ("이카루스
# 이터널은 상반기 출시가 목표다"), it is still that maker's.
_INTRODUCED_BARE = re.compile(r"(?:이|가)\s+(?:[가-힣]+\s+){0,2}?(?:준비|개발|서비스|퍼블리싱|배급|제작)\s*(?:중인|하는|해\s*온|해온)\s+"
                              r"([가-힣A-Za-z0-9]{2,}(?:\s[가-힣A-Za-z0-9]{2,}){0,2}?)(?:은|는|이|가|을|를|에|의|와|과)\s")
# ("엔씨소프트(이하 엔씨)가 준비 중인 '배틀크러쉬'": its maker, told as the one preparing it)


def _owner_named_with(clause: str, known: tuple[tuple[str, str], ...], owners: Callable[[], dict[str, Mention]]) -> Mention | None:
    """The owner of the first quoted name the clause writes, as the report introduced it."""
    present = [written for written, _ in known if _word_find(clause, written) >= 0]
    if not present:
        return None
    table = owners()
    return next((table[written] for written in present if written in table), None)


def _maker(clause: str, article_orgs: tuple[Mention, ...]) -> Mention | None:
    folded = clause.casefold()
    for model, makers in lx.MODEL_MAKERS.items():
        if model in folded:
            for mention in article_orgs:
                if mention.name.casefold() in makers:
                    return mention
    return None


def _frames_the_sentence(clause: str, date_: DateMention, trigger: int, past: bool) -> bool:
    """A bare 올해/지난해 is the sentence's time frame, not the launch's date, unless it stands right before the trigger
    (`trigger`: its offset in `clause`), or it is a past year told with a past release ("카카오는 지난해 '별빛 1'을
    선보였다", however far before), or this year told with a launch still ahead ("카카오는 올해 새 모델인 '한빛톡2'를
    출시한다": as far before the trigger as the object's name runs, with no comma between; not "올해는", set against a
    habit)."""
    word = clause[date_.start:date_.end].strip()
    if not lx.BARE_YEAR_WORD.fullmatch(word) or 0 <= trigger - date_.end <= 8:
        return False
    if past and word in ("지난해", "작년"):
        return False
    return not (not past and word in ("올해", "금년") and not clause.startswith("는", date_.end)
                and trigger - date_.end <= 40 and "," not in clause[date_.end:trigger])


_BROUGHT_FORWARD = re.compile(r"앞당기|앞당겨|앞당긴|앞당겼|앞당길")


def _launch_date(clause: str, dates: list[DateMention], trigger: int, postponed: bool,
                 nominal: bool = False) -> DateMention:
    """The date of the launch: a verb's time comes before it (26일 출시하고 5월 중 선보일:
    26일 for 출시), a noun's after it (출시 시점은 내년 상반기); for a postponement the new
    date, the one the launch was moved *to* (하반기로 연기), not the original plan."""
    if postponed:
        # ("…를 오는 4월께 발표하기로 연기했다": the date of the launch word the delay names, 기로 before the delay)
        moved_to = [d for d in dates if re.match(r"\s*(?:초|말|중순|초순|하순|중)?\s*(?:께|경|쯤)?\s*(?:(?:으로|로)(?!\s*예정)|"
                                                 r"(?:출시|발매|공개|발표|판매)(?:하)?기로\s*(?:연기|미루|미뤘|늦췄|늦추))",
                                                 clause[d.end:])]
        if moved_to:
            return moved_to[-1]
        # Nothing new given: every date is of the original plan; the one said of this trigger
        # comes before it ("오는 26일로 예정됐던 갤럭시 폴드의 미국 출시는").
        before = [d for d in dates if d.end <= trigger]
        return before[-1] if before else min(dates, key=lambda d: abs(d.start - trigger))
    before = [d for d in dates if d.end <= trigger]
    after = [d for d in dates if d.start >= trigger]
    latest = [d for d in before if re.search(r"늦어도\s*$", clause[max(0, d.start - 8):d.start])]
    if latest and len(before) > 1:
        before = [d for d in before if d not in latest]  # "이르면 이달 말 늦어도 3분기 안에는": the earliest is the date
    preferred = (after or before) if nominal else (before or after)
    if not preferred:
        preferred = dates
    chosen = min(preferred, key=lambda d: (abs(d.start - trigger), d.start))
    # "다음달 7일과 9일 태국과 대만에서 각각 출시하며": of dates joined in one phrase, the first is when it first launches
    joined = [d for d in dates if d.end <= chosen.start and re.fullmatch(r"\s*(?:과|와|,|및)\s*", clause[d.end:chosen.start])]
    return joined[0] if joined and joined[0].precision == chosen.precision else chosen


_QUOTATION = re.compile(r"\"[^\"]{8,}\"|“[^”]{8,}”")  # speech, not a name
# A straight quote mark right after a word closes a quotation ('…위한 모델"이라며 "전량…'): it opens none.
_QUOTED_NAME = re.compile(r"(?<![가-힣A-Za-z0-9])'([^'\n]{1,40}(?:\([^()'\n]{1,30}\))?)'|‘([^’\n]{1,40}(?:\([^()’\n]{1,30}\))?)’|"
                          r"(?<![가-힣A-Za-z0-9])\"([^\"\n]{1,40})\"|"  # ('스냅드래곤 8 엘리트 5세대(Snapdragon 8 Elite Gen 5)': a spelling after)
                          r"“([^”\n]{1,40})”|<([^>\n]{1,40})>|「([^」\n]{1,40})」|"
                          # a name opened with one kind of quote mark and closed with the other ("'암플러스 종신보험’을")
                          r"(?<![가-힣A-Za-z0-9])'([^'‘’\n]{1,40})’|‘([^‘’'\n]{1,40})'")


def _quotes(text: str, base: int = 0) -> Iterator[tuple[int, int, str]]:
    """Quoted spans with their inner quotes: a remark quoted whole (\"대작 '별바람', 1분기 출시로
    조정\") still names its product in single quotes."""
    for match in _QUOTED_NAME.finditer(text):
        group = next(i for i, g in enumerate(match.groups(), 1) if g is not None)
        yield base + match.start(), base + match.end(), match.group(group).strip()
        yield from _quotes(match.group(group), base + match.start(group))


def _quoted_name_ok(name: str, orgs: set[str]) -> bool:
    """A quoted text that can be a product's name: short, not a remark, an organisation or a group."""
    squeezed = squeeze_term(name)
    # "'일곱 개의 대죄: 그랜드 크로스'": a title with its subtitle may run to more words than a name usually has
    long_title = ":" in name or re.search(r"\s(?:\d{1,2}|[IVX]{1,4})$", name) \
        or re.search(r"(?:특약|보험|요금제|적금|예금|대출|펀드|카드)$", name) \
        or re.search(r"[A-Z]+\d|\d+[A-Z]", name)  # '항암약물 치료 시 … 특약': a policy; '더 뉴 … S560 4MATIC 에디션': a trim
    if len(name) > (35 if long_title else 25) or name.count(" ") > (5 if long_title else 3) \
            or name.endswith(("다", "요", ".")) or re.search(r"\d+\s*주년", name):
        return False  # a quoted remark, not a name ('브랜드 전환 1주년': an occasion)
    return bool(name) and squeezed not in orgs and not lx.NOT_PRODUCT_NAME.search(name) \
        and group_of_token(squeezed) is None and not lx.REMARK_WORDS.search(name) \
        and re.sub(r"\([^()]*\)$", "", name).strip() not in lx.GENERIC_PRODUCT_WORDS  # "'전기자동차(EV)' 개선 모델": a kind


def _described_kind(name: str) -> bool:
    """Hangul words ending in a kind of product ('플래그십 전기차', '보급형 스마트폰'): a description, no name."""
    words = name.split()
    return len(words) >= 2 and all(re.fullmatch(r"[가-힣]+", w) for w in words) and words[-1] in lx.GENERIC_PRODUCT_WORDS


_SHORT_FORM_AFTER = re.compile(r"\(([A-Za-z][A-Za-z0-9]{1,9})\)")


def _article_names(document: str, org_names: list[str]) -> tuple[tuple[str, str], ...]:
    """Names the report quotes somewhere ('인조이'), as (written form, name) longest first: written
    bare later ("인조이는 3월 28일 출시될 예정이다", "카잔은 …" for '퍼스트 버서커: 카잔'), they are
    still the product."""
    orgs = {squeeze_term(name) for name in org_names}
    quoted = list(_quotes(document))
    names = {name for _, end, name in quoted if len(name) >= 2 and _quoted_name_ok(name, orgs)
             and name not in lx.GENERIC_PRODUCT_WORDS and name not in lx.NOT_NAME_WORDS
             and not _described_kind(name)  # '플래그십 전기차': a kind described, not a name
             and not _TITLE_CLAIMED.match(document, end)  # "'올레드 명가'를 자처하는": a title claimed
             # a Hangul word quoted at a sentence's end is a verdict ("출시 일정 '삐걱'?"), not a name
             and not (not re.search(r"[A-Za-z0-9]", name) and re.match(r"[ \t]*(?:$|\n|[…?!.,])", document[end:]))}
    names |= {bare.group(1) for bare in _INTRODUCED_BARE.finditer(document)
              if _quoted_name_ok(bare.group(1), orgs) and bare.group(1) not in lx.GENERIC_PRODUCT_WORDS
              and bare.group(1) not in lx.NOT_NAME_WORDS and not _described_kind(bare.group(1))}
    aliases: dict[str, str] = {}
    for _, end, name in quoted:  # "'플레이스테이션5'(PS5)": the short form in brackets after the quote
        short = _SHORT_FORM_AFTER.match(document, end)
        if short and name in names and short.group(1) not in lx.NOT_MODELS:
            aliases.setdefault(short.group(1), name)
    for name in names:
        aliases.setdefault(name, name)
        bracketed = re.fullmatch(r"(.+?)\s*\((.+)\)", name)  # 'inZOI(인조이)': either spelling alone
        if bracketed:
            for part in bracketed.groups():
                if len(part.strip()) >= 2:  # "'…(며)'": a syllable in brackets is no spelling of the name
                    aliases.setdefault(part.strip(), name)
        subtitle = re.fullmatch(r".+?[:：]\s*([가-힣A-Za-z0-9]{2,})", name)  # '퍼스트 버서커: 카잔' → 카잔
        if subtitle and subtitle.group(1) not in lx.GENERIC_PRODUCT_WORDS:
            aliases.setdefault(subtitle.group(1), name)
    return tuple(sorted(aliases.items(), key=lambda a: len(a[0]), reverse=True))


# A condition between a subject and the launch ("…가 신속 심의할 경우", "…가 승인하면"); "…한 점을 감안하면",
# "고려하면" consider, they set no condition.
_IF_BETWEEN = re.compile(r"(?:[할될한]|하게\s*될)\s*경우(?:에는|엔|에)?\s|[가-힣](?<!감안)(?<!고려)(?<!비교)(?<!생각)(?<!종합)(?:하|되)면\s")
# "이동통신사들이", "카드사들이 잇따라 신상품을 내놓고": a trade's companies as the subject, none named; a list
# that ends in them ("A와 B 등 카드사들이") names its makers before.
_COLLECTIVE_SUBJECT = re.compile(r"(?<!등\s)(?<![가-힣])(?:(?:국내|해외|주요|전업|대형|중소|글로벌)\s*)?[가-힣]{0,3}?"
                                 r"(?:통신사|이통사|카드사|게임사|증권사|은행|제조사|완성차\s*업체|업체|기업|회사)"
                                 r"들(?:이|은|는|도)\s")
_SOURCE_DOCUMENT_AFTER = re.compile(r"(?:된|한|했던)\s*(?:[^.,]{0,60}?\s)?(?:자료|보고서|문서|데이터|통계|결과|정보|내용|문건|공시|인터뷰|기사|영상)"
                                    r"(?:에|에서|를|을)?\s*(?:따르면|의하면|보면|인용)")
_MODEL_NAMED = re.compile(r"\((?:모델명|제품명)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9\-+]*(?:\s[A-Za-z0-9\-+]+){0,2})\)")
_TITLE_CLAIMED = re.compile(r"['’\"”]?\s*(?:을|를)\s*(?:자처|자임|표방)(?:하는|한|해\s|하며|하고)|['’\"”]?\s*(?:로|으로)\s*불리는\s")
_EVENT_OR_SITE_AFTER = re.compile(r"\s*(?:(?:을|를)\s*(?:[^\s,]+\s+){0,2}?(?:열고|열어|열었|열린|개최)|"
                                  r"에\s*(?:공개|게재|등록|올라온|올라왔|올린)된?\s|"
                                  # "‘컴퓨텍스 2022’의 기조연설에서": the show it was told at
                                  r"의\s*(?:기조\s*연설|기조강연|개막\s*행사|무대|현장|부스)(?:에서|에)\s)")
_NUMBER_AFTER_NAME = re.compile(r"(?<=[가-힣A-Za-z])\s(\d{1,2})(?=(?:을|를|이|가|은|는|의|와|과|도)?[\s,.])")


def _numbered_brand(clause: str, org_names: list[str]) -> str | None:
    """A model named by its maker's name and a number ("폴스타 4를", "폴스타 2의"), never the maker itself.
    One precompiled scan for the numbers; the names are compared as text (a pattern per name would be
    compiled anew for every sentence)."""
    if not org_names:
        return None
    names = sorted(set(org_names), key=len, reverse=True)  # the longest name that ends before the number
    for number in _NUMBER_AFTER_NAME.finditer(clause):
        for name in names:
            at = number.start() - len(name)
            if at >= 0 and clause.startswith(name, at) and (at == 0 or not clause[at - 1].isalnum()):
                return f"{name} {number.group(1)}"
    return None


_NAME_BEFORE_ASIDE = re.compile(r"([A-Za-z0-9가-힣][A-Za-z0-9가-힣.\-]*)\([^()]{0,12}$")


def _model(clause: str, trigger: int, org_names: list[str], known: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The product launched: a quoted name nearest the trigger (the product itself, not an
    event or a group), else a known model with its version, else a name the report quoted
    elsewhere (`known`), else a Latin model-like token — with the brand words written before it."""
    clause, trigger = _without_glosses(clause, trigger)
    model = _model_core(clause, trigger, org_names, known)
    if model and (_CLOCK_TIME.match(model) or _hour_or_count(model)):
        # "5일 오후 6시 서비스 오픈": the hour; "매달 1700만명이 쓰는 …": how many use it — whichever reading took it
        model = None
    if model is None:
        # "당근마켓이 … ‘당근페이’를 14일 선보였다": a product watched as an organisation of its own, quoted as the object
        owned = _QUOTED_OBJECT_BEFORE.search(clause, 0, trigger)
        model = owned.group(1) if owned and squeeze_term(owned.group(1)) in {squeeze_term(n) for n in org_names} \
            and not lx.NOT_PRODUCT_NAME.search(owned.group(1)) else None
        if model is not None:
            return model
    named = _with_brand_words(clause, trigger, model, {squeeze_term(name) for name in org_names}) if model else model
    # ("본격적인 서비스를 시작": a manner, no name)
    return None if named and (_hour_or_count(named) or re.fullmatch(r"[가-힣]+적(?:인)?", named)) else named


def _hour_or_count(name: str) -> bool:
    """'오전 9시 안드로이드', '매달 1700만명': an hour or a count read as a name, before and after the brand words."""
    return bool(_CLOCK_TIME_OPENS.match(name) or _A_COUNT.search(name))


# A gloss glued to a word of a product's name, explained in Korean ("QLED(양자점발광다이오드)", "올레드(OLED·유기발광
# 다이오드)"); a spelling or an acronym ("리릭(LYRIQ)", "(MMORPG)") and a code ("신제품(27GP950)") stay.
_GLOSS = re.compile(r"(?<=[가-힣A-Za-z0-9])\((?=[^()\n]*[가-힣])(?![^()\n]*\d)[^()\n]{1,30}\)")


def _without_glosses(clause: str, trigger: int) -> tuple[str, int]:
    """The clause without the glosses before the trigger, and the trigger's place in it."""
    head = _GLOSS.sub("", clause[:trigger])
    return head + clause[trigger:], len(head)


# Kinds of device or title written before a name ("게이밍 모니터 X", "기대작 X"), which say what it is, not which.
_DEVICE_KINDS = frozenset("""기대작 화제작 대작 야심작 신작 모니터 게이밍 냉장고 에어컨 세탁기 건조기 청소기 식기세척기 이어폰 헤드폰 스피커 워치 스마트워치 프로젝터
    콘솔 게임기 휴대폰 핸드폰 텔레비전 노트북 태블릿 스마트폰 폴더블폰 폴더블 전기차 신차 세단 쿠페 픽업 트럭 밴 헤드셋 칩셋 프로세서""".split())


# A product told as a clause's topic by its name and its kind, unquoted ("코나 전기차는", "코나 하이브리드는").
_KIND_TOPIC = re.compile(rf"\s*(?:[가-힣A-Za-z0-9]+\s){{0,2}}(?:{'|'.join(sorted(_DEVICE_KINDS, key=len, reverse=True))}|하이브리드|"
                         r"모델)(?:은|는)\s")


_TIME_WORD = re.compile(r"연말|연초|연중|이르면|빠르면|늦어도|무렵|[께쯤경순]$|^(?:오는|지난|이번|내년|올해|금년|작년|당초|예정)|"
                        r"(?:친|든|은|는|해|여|고|며|서|용|형|급|식|적)$")  # "마친", "만든", "인해", "데스크톱용": no brand


_TITLE_BEFORE_SUBTITLE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{2,12}:\s)$")
# Words of a display's size and kind that are part of a set's name ("97인치 올레드 에보", "마이크로 LED TV").
_DISPLAY_SIZE_WORDS = frozenset({"마이크로", "미니", "나노"})
_INCHES = re.compile(r"\d{2,3}(?:인치|형)")
_CLOCK_TIME_OPENS = re.compile(r"(?:오전|오후|새벽|밤|낮)\s*\d{1,2}\s*시(?:\s|$)")
_A_COUNT = re.compile(r"\d[\d,.]*\s*(?:만|천|백|억)?\s*(?:명|건|곳)(?:$|\s|이|가)")
_QUOTED_OBJECT_BEFORE = re.compile(r"['‘\"“]([^'’\"”\n]{2,20})['’\"”]\s*(?:을|를)\s+(?:[^\s]+\s+){0,3}$")
_CLOCK_TIME = re.compile(r"(?:오전|오후|새벽|밤|낮)?\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?$")
_LATIN_SPELLING = re.compile(r"(?<=[가-힣])\([A-Za-z]{2,15}\)$")


def _with_brand_words(clause: str, trigger: int, model: str, orgs: set[str]) -> str:
    """A Korean brand word or a series letter written bare before the name found is part of it: "네오 QLED 8K",
    "갤럭시 Z 폴드7", "한빛패드 S10 울트라" (not a kind, a modifier, a date or the maker)."""
    at = clause.rfind(model, 0, trigger) if model in clause[:trigger] else clause.find(model)
    if at <= 0 or clause[at - 1] not in " ":
        return model  # quoted, glued or not written as found
    titled = _TITLE_BEFORE_SUBTITLE.search(clause, 0, at)
    if titled and squeeze_term(titled.group(1)[:-2]) not in orgs:
        # "라그나로크X: 넥스트 제네레이션": a title and its subtitle are one name (not "삼성전자: 갤럭시 S25 출시", a
        # headline's speaker)
        return titled.group(1) + model
    words: list[str] = []
    for word in reversed(clause[:at].split()):
        word = _LATIN_SPELLING.sub("", word)  # "네오(Neo) QLED 8K": the brand word, its spelling aside
        if len(words) == 2 or not (re.fullmatch(r"[A-Z]", word) or word in _DISPLAY_SIZE_WORDS or _INCHES.fullmatch(word)
                                   or re.fullmatch(r"[가-힣]{2,6}", word) and _name_word(word, orgs)
                                   and word not in _DEVICE_KINDS and not _TIME_WORD.search(word)):
            break
        words.insert(0, word)
    if len(words) == 1 and re.fullmatch(r"[A-Z]", words[0]):
        words = []  # a letter alone before it is no brand ("Z 폴드7" without 갤럭시 stays as found)
    return " ".join(words + [model]) if words else model


# A model's name, then the words for its new version, right before the trigger ("그란투리스모 신모델 투입").
_NAME_THEN_NEW_MODEL = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9\-]{1,12})\s(?:신모델|신형\s?모델|새\s?모델)\s*"
                                  r"(?:을|를|의|이|가)?\s*$")


# A car's name and the word for its update right before the trigger ("티볼리 페이스리프트를", "카니발 풀체인지 모델을"),
# or 신형 before the name ("신형 카니발을").
_NAME_THEN_UPDATE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<whole>(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9\-]{1,12})\s(?:페이스리프트|풀체인지|"
                               r"부분\s?변경|완전\s?변경))(?:\s*모델)?\s*(?:을|를|의|이|가)?\s*$")
_NEW_NAME_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<whole>신형\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9\-]{1,12}?))\s*(?:을|를|의|이|가)?\s*$")


# A title written with its subtitle after a colon, as games are ("제노니아: 크로노브레이크", "빛의 계승자: 이클립스"), told
# as the clause's topic, subject or object: at most two words before the colon, whose first is no digit (not "9:30").
_SUBTITLED_NAME = re.compile(r"(?<![가-힣A-Za-z0-9:])((?:[가-힣A-Za-z][가-힣A-Za-z0-9]*(?<![은는이가을를도에와과])\s)?[가-힣A-Za-z][가-힣A-Za-z0-9]*:\s?"
                             r"[가-힣A-Za-z0-9]+?(?:\s[가-힣A-Za-z0-9]+?)?)(?:\([^()]{1,30}\))?(?:은|는|이|가|을|를|와|과)\s")


def _model_core(clause: str, trigger: int, org_names: list[str], known: tuple[tuple[str, str], ...] = ()) -> str | None:
    orgs = {squeeze_term(name) for name in org_names}
    right_before = _MODEL_RIGHT_BEFORE.search(clause, 0, trigger)
    if right_before and right_before.group(1).upper() not in lx.NOT_MODELS and right_before.group(1).casefold() not in orgs \
            and not lx.NOT_PRODUCT_NAME.search(right_before.group(1)):
        return right_before.group(1)  # "‘휠 및 소프트웨어 문제’로 인해 EV5 출시는 4분기로 연기": the name the launch is of
    quoted = []
    for start, end, name in _quotes(clause):
        # "‘엑스박스 시리즈 X(Xbox Series X)’": the name, its other spelling in brackets aside
        name = re.sub(r"(?<=\S)\s*\([^()]{1,30}\)$", "", name) or name
        if not _quoted_name_ok(name, orgs):
            continue
        if _predicate_quote(clause, start, end, trigger, name):
            continue
        if _described_kind(name) and re.match(r"\s+[A-Za-z0-9]", clause[end:]):
            continue  # "'플래그십 전기차' EQS SUV": a description quoted before the name
        if start < trigger and re.match(r"\s*(?:에서|에서는|를\s*통해|을\s*통해)\s", clause[end:]):
            continue  # "'LG AI 토크 콘서트'에서 엑사원을 공개": the venue, not the product
        if _TITLE_CLAIMED.match(clause, end):
            continue  # "'올레드 명가'를 자처하는 LG전자는": a title the maker claims, not a product
        if start < trigger and _EVENT_OR_SITE_AFTER.match(clause, end):
            continue  # "‘애플 이벤트: 봉인해제’를 온라인으로 열고", "‘긱벤치6’에 공개된 자료": an event held, a site
        aliased = _NAME_BEFORE_ASIDE.search(clause, 0, start)
        if aliased and clause[end:end + 1] == ")":
            # "SU7(중국명 ‘수치’)": another name in an aside; the name before it is the product
            if _quoted_name_ok(aliased.group(1), orgs):
                quoted.append((aliased.start(1), aliased.group(1)))
            continue
        # "'P의 거짓' DLC": an expansion or a remake is a product of its own, named by the game it extends
        series = re.match(r"\s*(시리즈|플러스|프로|울트라|DLC|확장팩|리마스터|리메이크)(?:(?=[을를이가은는도와과의](?:\s|$))|(?![A-Za-z가-힣]))",
                          clause[end:]) or \
            re.match(r"\s*의\s*(모바일|PC|콘솔)\s*(?:버전|판)", clause[end:])  # "‘서브노티카’의 모바일 버전"
        name = _SHORT_FORM.sub("", name)  # "‘오딘: 발할라 라이징(이하 ‘오딘’)’": the name, not its short form
        quoted.append((start, name + (f" {series.group(1)}" if series else "")))
    if quoted:
        return min(quoted, key=lambda q: (0 if q[0] < trigger else 1, abs(q[0] - trigger)))[1]
    renewed = _NAME_THEN_NEW_MODEL.search(clause, 0, trigger)
    if renewed and renewed.group(1) not in lx.NOT_NAME_WORDS | lx.GENERIC_PRODUCT_WORDS and squeeze_term(renewed.group(1)) not in orgs \
            and not _TIME_WORD.search(renewed.group(1)):
        return renewed.group(1)  # "올 2분기 그란투리스모 신모델 투입을 시작으로": the name the new model is of
    updated = _NAME_THEN_UPDATE.search(clause, 0, trigger) or _NEW_NAME_BEFORE.search(clause, 0, trigger)
    if updated and updated.group("name") not in lx.NOT_NAME_WORDS | lx.GENERIC_PRODUCT_WORDS | _DEVICE_KINDS \
            and squeeze_term(updated.group("name")) not in orgs and not _TIME_WORD.search(updated.group("name")):
        # "티볼리 페이스리프트(부분변경)를 출시한", "카니발 풀체인지 모델을", "신형 카니발을": a car's name and its update
        return " ".join(updated.group("whole").split())
    named = _MODEL_NAMED.search(clause, 0, trigger)
    if named:
        return named.group(1).strip()  # "OLED TV(모델명 48CX)를 … 출시한다": a quoted name first, else the model named
    numbered = _numbered_brand(clause, org_names)
    if numbered:
        return numbered  # "폴스타는 … 쿠페 폴스타 4를 오는 6월 국내 출시한다": the maker's name and a number
    topic = _LATIN_TOPIC.match(clause)
    if topic and topic.group(1).upper() not in lx.NOT_MODELS and topic.group(1).casefold() not in orgs:
        return topic.group(1)  # "JW는 … E-GMP를 사용한 첫 전기차로, … 출시가 예정돼 있다": the clause is about it
    subject = [m for m in _MODEL_SUBJECT.finditer(clause, 0, trigger)
               if m.group(1).upper() not in lx.NOT_MODELS and m.group(1).casefold() not in orgs]
    if subject:
        return subject[-1].group(1)  # "갤럭시 A41에 5G를 적용한 A42도 내년 초 출시를 목표로": the subject launches
    folded = clause.casefold()
    best: tuple[int, str] | None = None
    for name in lx.KNOWN_MODELS:
        index = _word_find(folded, name.casefold())
        if index < 0 or (best is not None and len(name) <= len(best[1])) or _BUILT_ON.match(clause, index + len(name)):
            continue
        best = (index, clause[index : index + len(name)])
    if best is not None:
        index, surface = best
        version = lx.MODEL_VERSION.match(clause, index + len(surface))
        return f"{surface}{version.group(0).rstrip()}" if version else surface
    for family in lx.PRODUCT_FAMILY.finditer(clause):
        if not lx.NOT_PRODUCT_NAME.search(family.group(0)):  # "갤럭시 언팩 2026" is the show
            generation = _GENERATION_BEFORE.search(clause, 0, family.start())
            return f"{generation.group(1)} {family.group(0).strip()}" if generation else family.group(0).strip()
    kind_named = _KIND_THEN_NAME.search(clause, 0, trigger)
    if kind_named and not any(w in lx.GENERIC_PRODUCT_WORDS | lx.NOT_NAME_WORDS or w in _DEVICE_KINDS
                              for w in kind_named.group("name").split()) and squeeze_term(kind_named.group("name")) not in orgs:
        return kind_named.group("name")  # "혼합현실(MR) 헤드셋 비전 프로를 중국에 출시할 계획": the name after its kind
    bare = [(at, name) for alias, name in known if (at := clause.find(alias)) >= 0
            and name_boundary_ok(clause, at, at + len(alias))
            and not (at < trigger and _EVENT_OR_SITE_AFTER.match(clause, _past_quote(clause, at + len(alias))))]
    if bare:
        return min(bare, key=lambda b: (0 if b[0] < trigger else 1, abs(b[0] - trigger)))[1]
    short = re.search(r"(?<![A-Za-z0-9])([A-Z]{2})\s*(?:의\s*)?$", clause[:trigger])
    if short and short.group(1) not in lx.NOT_MODELS and short.group(1).casefold() not in orgs:
        return short.group(1)  # "TL 출시", "TL의 출시"
    for match in lx.MODEL_PATTERN.finditer(clause):
        token = match.group(0).strip()
        named = re.search(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6})\s*$", clause[:match.start()]) \
            if token.upper() in ("EV", "EUV", "PHEV", "HEV") else None
        if named and named.group(1) not in lx.NAME_MODIFIERS | lx.GENERIC_PRODUCT_WORDS | lx.NOT_NAME_WORDS \
                and not re.search(r"[은는을를의에로]$|하반기|상반기", named.group(1)):
            return f"{named.group(1)} {token}"  # "레이 EV", "볼트 EUV": a car's name and its power train
        if token.upper() in lx.NOT_MODELS or token.casefold() in orgs or len(token) < 3 or lx.NOT_PRODUCT_NAME.search(token):
            continue
        if clause[match.start() - 1:match.start()] == "(" and any(clause[:match.start() - 1].casefold().endswith(o) for o in orgs):
            continue  # "SK텔레콤(SKT)이": the organisation's own short name, not a product
        glued = re.match(r"[가-힣]+", clause[match.end():])
        if glued and not is_particle_run(glued.group(0)) and not lx.MODEL_VERSION.match(clause, match.end()):
            continue  # "GSM아레나": the start of another word (but "V50씽큐 5G": an edition glued to the number)
        if clause[match.end():match.end() + 1] == "급":
            continue  # "AAA급 게임": a grade, not a name
        if _BUILT_ON.match(clause, match.end()):
            continue  # "E-GMP를 처음으로 적용한 아이오닉5를 출시": what the product is built on
        if re.match(r"(?:으로|로|용으로)\s", clause[match.end():]) and match.end() <= trigger:
            continue  # "4월 26일 PS5로 출시": the platform it comes out on, not the product
        if _PLATFORM.fullmatch(token) and (_PLATFORM_AFTER.match(clause, match.end()) or _PLATFORM_BEFORE.search(clause, 0, match.start())):
            continue  # "PS4, PC 출시 예정", "PC(스팀), PS5, Xbox로 출시": platforms listed are where a game comes out
        version = lx.MODEL_VERSION.match(clause, match.end())
        if version and not token.endswith(version.group(0).strip()):
            token += version.group(0).rstrip()  # "V50 씽큐": the edition belongs to the name
        prefix = re.search(r"(?<![가-힣])[가-힣]{2,6}$", clause[:match.start()])
        if prefix and _name_word(prefix.group(0), orgs):
            token = prefix.group(0) + token  # "한빛S10": a Hangul name glued to its model number
        display = _DISPLAY_KIND.match(clause, match.end())
        after = re.match(r"[가-힣]+", clause[display.end():]) if display else None
        if display and _DISPLAY_TECH.search(token) and (after is None or is_particle_run(after.group(0))):
            token += display.group(0).rstrip()  # "미니LED TV", "QNED TV": a display technology names the set it is in
        return token
    for series in _SERIES_NUMBER.finditer(clause):
        word = series.group(1)
        if clause.rfind("(", 0, series.start()) > clause.rfind(")", 0, series.start()):
            continue  # "97인치(대각선 246㎝)": a measure in brackets, no series
        if word not in lx.NOT_NAME_WORDS | lx.GENERIC_PRODUCT_WORDS | lx.NAME_MODIFIERS and word.casefold() not in orgs \
                and not is_particle_run(word[-1]):
            return series.group(0).strip()  # "라이젠 5000 시리즈", "라데온 RX 6000": a series name and its number
    owner = _POSSESSED_LAUNCH.search(clause, 0, trigger)
    owned = _trailing_name_words(owner.group(1), 2, list(orgs)) if owner else []
    if owned and _name_word(owned[-1], orgs) and not lx.NOT_PRODUCT_NAME.search(" ".join(owned)) \
            and not any(owned[-1][:i] in lx.GENERIC_PRODUCT_WORDS and owned[-1][i:] in lx.GENERIC_PRODUCT_WORDS
                        for i in range(1, len(owned[-1]))):  # "초거대AI의 공개일": two kinds glued, no name
        return " ".join(owned)  # "신형 그랜저의 공식 출시는 11월 중순": whose launch it is
    object_named = _object_name(clause, trigger, orgs)
    if object_named:  # "3세대 라이젠 프로세서를": the generation before the name is the name's
        generation = _GENERATION_BEFORE.search(clause, 0, max(clause.rfind(object_named, 0, trigger), 0))
        return f"{generation.group(1)} {object_named}" if generation else object_named
    named_last = _subject_name(clause, trigger, orgs) or _adnominal_name(clause, trigger, orgs) \
        or _passive_subject_name(clause, trigger, orgs) or _goal_object_name(clause, trigger, orgs)
    if named_last:
        return named_last
    subtitled = [m for m in _SUBTITLED_NAME.finditer(clause, 0, trigger) if not lx.NOT_PRODUCT_NAME.search(m.group(1))
                 and squeeze_term(m.group(1).split(":")[0]) not in orgs]
    # "수집형 RPG 빛의 계승자: 이클립스는 9월 글로벌 출시하며": a title and its subtitle, unquoted
    return subtitled[-1].group(1) if subtitled else None


# Where a game comes out, not what comes out ("PS4, PC 출시 예정", "PC(스팀), PS5, Xbox 시리즈 X/S로 출시된다"): a platform
# listed beside another platform. (One alone stays a product: Sony launches the PS5.)
_PLATFORM_WORD = r"(?:PS\s?[1-5]|PC|Xbox|XBOX|엑스박스|스위치|닌텐도\s?스위치|iOS|IOS|안드로이드|스팀|콘솔|모바일|플레이스테이션\s?[1-5]?)"
_PLATFORM = re.compile(_PLATFORM_WORD)
_PLATFORM_AFTER = re.compile(r"(?:\s?\([^()]{1,10}\))?\s?[,·/]\s?" + _PLATFORM_WORD)
_PLATFORM_BEFORE = re.compile(_PLATFORM_WORD + r"(?:\s?\([^()]{1,10}\))?\s?[,·/]\s?$")
_PLATFORMS_TOLD = re.compile(_PLATFORM_WORD + r"(?:\s?[,·/와과]\s?" + _PLATFORM_WORD + r")*\s?(?:버전|판|용)?\s?(?:으로|로)\s+")
# A display technology names a television or monitor, not a product on its own: "QD-OLED TV", "미니LED TV 신제품".
_DISPLAY_TECH = re.compile(r"(?:LED|OLED|QLED|QNED|LCD|올레드)$")
_DISPLAY_KIND = re.compile(r"\s?(?:TV|모니터)(?![A-Za-z0-9])")


# "오늘(15일) 11시 출시를 눈앞에 둔": the launch of the day still ahead when the report was written.
_AHEAD_OF = re.compile(r"(?:을|를)?\s*(?:눈?앞에\s*(?:둔|두고|둬|뒀)|앞두|앞둔|앞둬)")


# A launch told of the product itself ("…이 내년 1분기 정식 출시될 예정이다", "…은 상반기 출시가 목표다", "…도 연중 출시를
# 준비 중이다"): its subject is the product, a Hangul name of three syllables or more (two are mostly common nouns).
_PASSIVE_LAUNCH = re.compile(r"(?:출시|발매|공개|론칭|런칭)(?:될|된다|됐|되며|되면서|돼|되고|가\s*목표|를\s*(?:준비|앞두고|목표로))")
_HANGUL_SUBJECT = re.compile(r"(?<![가-힣A-Za-z0-9'‘’\"“”:])['‘\"“]?((?:[가-힣A-Za-z0-9]{1,10}\s?:\s?)?[가-힣]{3,10}(?:\s?[가-힣]{2,6})?)['’\"”]?"
                             r"(?:이|가|은|는|도)\s")  # ("에곤:인페르나 벨룸이": a title and its subtitle are one name)


def _passive_subject_name(clause: str, trigger: int, orgs: set[str]) -> str | None:
    if not _PASSIVE_LAUNCH.match(clause, trigger):
        return None
    found = [m.group(1) for m in _HANGUL_SUBJECT.finditer(clause, 0, trigger)
             if all(_name_word(w, orgs) and w not in _DEVICE_KINDS for w in m.group(1).split())
             and not m.group(1).endswith(("들", "측", "업계", "관계자")) and not m.group(1).endswith(lx.ORG_SUFFIXES)
             and not lx.NOT_PRODUCT_NAME.search(m.group(1))]
    return found[-1] if found else None


# "올해 여름 출시를 목표로 미르M을 준비 중이다": the product named after the goal, as what is being readied.
_GOAL_OBJECT = re.compile(r"(?:출시|발매|론칭|런칭)(?:를|을)\s*목표로\s+(?:[^\s,.]+\s+){0,2}?['‘\"“]?([가-힣A-Za-z0-9:·\-]{2,20}?)['’\"”]?"
                          r"(?:을|를)\s*(?:준비|개발|선보)")


def _goal_object_name(clause: str, trigger: int, orgs: set[str]) -> str | None:
    goal = _GOAL_OBJECT.match(clause, trigger)
    if goal is None or goal.group(1).casefold() in orgs or goal.group(1) in lx.GENERIC_PRODUCT_WORDS | lx.NOT_NAME_WORDS:
        return None
    return goal.group(1)


# A product series written bare, a Hangul name then a model number of three or four digits (not a year of the news, a
# sum or a count): "라이젠 5000 시리즈", "라데온 RX 6000 시리즈", "사이버펑크 2077".
_SERIES_NUMBER = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,5})\s?(?:[A-Z]{1,3}\s?)?(?!19[5-9]\d|20[0-4]\d)\d{3,4}[A-Z]{0,2}"
                            # (not a measure: "고출력 500와트(W) 모터")
                            r"(?![\d.,]|\s?(?:년|월|일|원|억|만|명|개|대|종|곳|%|호|번|회|와트|킬로와트|마력|밀리|미터|킬로|인치|형|㎞|㎝|㎜"
                            r"|km|cm|mm|kW|W\b|mAh|GB|TB|nm|cc))(?:\s?시리즈)?")


# "신형 그랜저의 공식 출시는", "한빛카의 국내 출시 시점이", "로스트아크의 북미·유럽 출시가": the product owns the launch noun.
_POSSESSED_LAUNCH = re.compile(r"(?<![가-힣A-Za-z0-9.\-])((?:[가-힣A-Za-z0-9.\-]+\s+)?[가-힣A-Za-z0-9.\-]+?)의\s+"
                               r"(?:(?:공식|정식|국내|해외|글로벌|본격|첫|실제|북미|유럽|일본|중국|미국|[가-힣]{2,3}·[가-힣]{2,3})\s+)?"
                               r"(?:서비스\s+)?$")  # ("로스트아크의 북미·유럽 출시가": where it launches)
# "혼합현실(MR) 헤드셋 비전 프로를 중국에 출시": the name after its kind, before the object particle.
_KIND_THEN_NAME = re.compile(r"(?:헤드셋|스마트폰|폴더블폰|태블릿|노트북|스마트워치|이어폰|모니터|전기차|세단|칩셋|프로세서)\s+"
                             r"(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9.\-]*(?:\s[가-힣A-Za-z0-9.\-]+){0,2}?)(?:을|를)\s+(?:[^\s,.]+\s+){0,3}$")
# A model number written right before the launch noun ("EV5 출시는", "갤럭시S24의 출시"): Latin letters or digits last.
_MODEL_RIGHT_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9.\-])([가-힣]*[A-Za-z][A-Za-z0-9.\-]*[0-9][A-Za-z0-9]*|[가-힣]*[A-Z][A-Z0-9]*[0-9][A-Z0-9]*)"
                                 r"\s*(?:의\s*)?$")
_BUILT_ON = re.compile(r"\)?(?:을|를)\s*(?:[가-힣]+\s+){0,2}?(?:적용|탑재|채택|사용|활용)(?:한|된|해|하여)\s|\)?\s*기반(?:의|으로|인)?\s")
_MODEL_SUBJECT = re.compile(r"(?<![가-힣A-Za-z0-9.\-])([A-Za-z][A-Za-z0-9\-]{0,12}[0-9][A-Za-z0-9]*)(?:도|은|는|이|가)\s")
_LATIN_TOPIC = re.compile(r"\s*([A-Za-z][A-Za-z0-9][A-Za-z0-9\-.]{0,14})(?:은|는|이|가)\s")


def _past_quote(text: str, at: int) -> int:
    """`at`, moved past a closing quote mark that ends the name there."""
    return at + 1 if text[at:at + 1] in ("'", "’", '"', "”") else at


def _word_find(text: str, name: str) -> int:
    """Where `name` first stands as a word of its own: 'Gemini' is not a model in 'Capgemini'."""
    index = text.find(name)
    while index > 0 and name[:1].isascii() and name[:1].isalnum() and (text[index - 1].isascii() and text[index - 1].isalnum()):
        index = text.find(name, index + 1)
    return index


def _subject_name(clause: str, trigger: int, orgs: set[str]) -> str | None:
    """The product as the clause's subject, its maker named elsewhere ("블레이드앤소울2가 다음
    달 26일 정식 출시한다", a headline's "갤노트20, 8월 21일 출시"): only a word that carries digits or Latin
    letters beside Hangul, which a common noun (게임은, 서비스가) never does."""
    found = [m for m in re.finditer(r"(?<![가-힣A-Za-z0-9.:·\-])([가-힣A-Za-z0-9.:·\-]*(?:[가-힣][0-9A-Za-z]|[0-9A-Za-z][가-힣])"
                                    r"[가-힣A-Za-z0-9.:·\-]*?)(?:이|가|은|는)\s", clause[:trigger])
             if m.group(1).casefold() not in orgs and not re.search(r"\d+\s*[년월일]|분기|반기|·", m.group(1))
             and not m.group(1).endswith(lx.ORG_SUFFIXES)  # "롯데·비씨·NH농협카드는": companies, not a product
             and not lx.NOT_PRODUCT_NAME.search(m.group(1))]  # "A, B 등 5곳이 올해 출격": a count of makers
    if found:
        return found[-1].group(1)
    headed = _HEADLINE_PRODUCT.match(clause, 0, trigger)  # "갤노트20, 8월 21일 출시": a headline opening on it
    return headed.group(1) if headed and headed.group(1).casefold() not in orgs else None


_HEADLINE_PRODUCT = re.compile(r"\s*([가-힣A-Za-z0-9.:\-]*(?:[가-힣][0-9A-Za-z]|[0-9A-Za-z][가-힣])[가-힣A-Za-z0-9.:\-]*),\s")


def _predicate_quote(clause: str, start: int, end: int, trigger: int, name: str) -> bool:
    """A headline's closing quote after the trigger is its verdict, not a name: "출시설 '솔솔'",
    "출시 일정 '삐걱'?" — Hangul only, where a product name would carry Latin letters or digits."""
    if start < trigger or re.search(r"[A-Za-z0-9]", name):
        return False
    return re.match(r"\s*(?:$|[…?!.,]|\.\.\.)", clause[end:]) is not None


# "2세대 갤럭시폴드": the generation is part of the product's name.
_GENERATION_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])(\d+\s*세대)\s*$")
# "K7의 3세대 모델을 선보이는": a generation of a named model is that model's.
_GENERATION_OF = re.compile(r"([가-힣A-Za-z0-9][가-힣A-Za-z0-9.\-]*)의\s+(\d+\s*세대)\s*(?:모델|제품|차량)?(?:을|를)\s*(?:[가-힣]+\s+){0,2}$")
# "벤츠, 내달 중순 E클래스 선보여": a headline's bare product just before the verb, Latin letters in it.
_BARE_BEFORE_TRIGGER = re.compile(r"(?<![가-힣A-Za-z0-9])([A-Za-z][A-Za-z0-9]*[가-힣]{1,4}|[가-힣]{1,4}[A-Za-z0-9]*\d[A-Za-z0-9]*)\s+$")


def _object_name(clause: str, trigger: int, orgs: set[str]) -> str | None:
    """The product as the trigger's object: "민달리를 공개했다", "오픈페이 서비스를 시작했다"."""
    before = clause[:trigger]
    generation = _GENERATION_OF.search(before)
    if generation and generation.group(1).casefold() not in orgs:
        return f"{generation.group(1)} {generation.group(2)}"
    bare = _BARE_BEFORE_TRIGGER.search(before)
    tail = re.search(r"[가-힣]+$", bare.group(1)) if bare else None
    if bare and bare.group(1).upper() not in lx.NOT_MODELS and not re.search(r"\d+\s*[년월일]|분기|반기", bare.group(1)) \
            and not (tail and is_particle_run(tail.group(0))):  # "PS5로 출시": the platform, with its particle
        return bare.group(1)
    if clause.startswith("서비스", trigger):  # "오픈페이 서비스를 시작": the name precedes the trigger's noun
        before = before.rstrip() + "를"
    before = _PRICE_ASIDE.sub("", before)  # "광고형 요금제(월 5500원)를": the aside before the particle
    before = _PLATFORMS_TOLD.sub("", before)  # "별빛전쟁2를 11월 PS5, PC 버전으로 출시": where, between the name and the launch
    # "치지직을 내달 9일 정식 출시": a date may stand between the object and the trigger
    # (a word between that is an object of its own, "해외 시장을 향한 … 신제품을", ends the search there)
    match = re.search(r"([가-힣A-Za-z0-9.:·\-]+)(?:\s+([가-힣A-Za-z0-9·]+))?(?:\s+([가-힣A-Za-z0-9·]+))?(?:을|를)"
                      r"\s*(?:[가-힣]+(?<![을를])\s+|(?:\d{1,4}\s*[년월일]|내달|다음\s*달|이달)\s+){0,3}$", before)
    if match is None:
        return None
    words = [w for w in match.groups() if w]
    # "카카오와 KT는 새 모델을": a subject before the object (a Latin word or a watched name with its particle) is no
    # word of the product's name
    subject_at = [i for i, w in enumerate(words[:-1]) if (topic := _SUBJECT_PARTICLE_END.fullmatch(w))
                  and (topic.group(1).isascii() or topic.group(1).casefold() in orgs)]
    if subject_at:
        words = words[subject_at[-1] + 1:]
    kind = words[-1] if len(words) >= 2 and words[-1] in _DESCRIBED_KINDS else None
    described = words[-2] if kind else None  # the word right before the kind: "중저가 요금제", not "해당 요금제"
    while len(words) > 2 and (words[-1] in lx.GENERIC_PRODUCT_WORDS or words[-1].casefold() in orgs):
        words.pop()  # "여행자보험 비교·추천 서비스를": the name's words before the generic noun
    words = words[-2:]
    while words and (words[-1] in lx.GENERIC_PRODUCT_WORDS or words[-1].casefold() in orgs):
        words.pop()
    if kind and words and words[-1] == described and described not in lx.GENERIC_PRODUCT_WORDS \
            and described.casefold() not in orgs and not re.search(r"\d+\s*[년월일]|분기|반기|(?:의|을|를|에|한|된|(?<!라)인|는)$", described) \
            and all(re.fullmatch(r"[가-힣0-9A-Z]{2,}", w) for w in words):
        # "5G 중저가 요금제를", "종신보험 개정 상품을": a plan or policy named by what it is, the kind is the name's
        words = [*words[-2:], kind] if len(words) >= 2 and _name_word(words[-2], orgs) else [words[-1], kind]
        return " ".join(words)
    if words and re.search(r"(?:으로|로|에서|에|은|는|을|를|의|도|와|과|처럼|부터|까지)$", words[-1]) and \
            not re.search(r"[A-Za-z0-9]", words[-1]) or words and re.fullmatch(_PLATFORM_WORD + r"(?:으로|로)", words[-1]):
        return None  # "처음으로": an adverb, not a name; "PS5, PC로 신작을": where it comes out
    if not words or words[-1] in lx.GENERIC_PRODUCT_WORDS or words[-1].casefold() in orgs or len(words[-1]) < 2 \
            or words[-1].upper() in lx.NOT_MODELS or lx.NOT_PRODUCT_NAME.search(words[-1]) \
            or re.fullmatch(r"[가-힣]+(?:든|한|된|는|던|운|온)", words[-1]) and clause.count(words[-1]) < 2 \
            or lx.NOT_NAME_WORDS.__contains__(words[-1]) or re.search(r"\d+\s*[년월일]|분기|반기", words[-1]):
        return None
    if words[-1] in lx.NAME_MODIFIERS or re.search(r"(?:었던|았던|였던|되었던|됐던|했던)$", words[-1]):
        return None  # "… 시리즈 기반 노트북을 공개": the generic noun's modifier is no name
    if len(words) == 2 and _name_word(words[0], orgs) and words[0] not in lx.GENERIC_PRODUCT_WORDS:
        return f"{words[0]} {words[1]}"  # "퍼스트 디센던트를 출시": a name of two words
    return words[-1]


_PRICE_ASIDE = re.compile(r"\s?\([^()\n]{1,20}\)(?=(?:을|를)\s)")
# Kinds of product told by what they are more often than by a name ("5G 중저가 요금제", "종신보험 개정 상품").
_DESCRIBED_KINDS = frozenset({"요금제", "상품", "보험", "특약"})


# "지난해 9월 출시한 카카오워크는", "지난 5월 출시한 검색 서비스 AI 오버뷰의": what the launch describes.
# ("출시가 예정된 7세대 한빛카 인기가", "출시 예정인 신형 한빛카의": the plan's words between)
_ADNOMINAL_PRODUCT = re.compile(r"(?:[가-힣]{0,4}?(?:한|된|했던|됐던|인)|(?:이|가)?\s*(?:예정|계획)(?:된|인|됐던|이던)|(?:을|를)\s*앞둔)"
                                r"\s+((?:[가-힣A-Za-z0-9.\-]+\s+){0,3}?[가-힣A-Za-z0-9.\-]+?)"
                                r"(?:은|는|이|가|의|을|를|도)(?=[\s,])")


_ATTRIBUTE_NOUNS = frozenset("인기 가격 사양 디자인 성능 사전계약 사전예약 판매 판매량 출시일 정보 이미지 티저 모습 실물 반응 관심".split())


def _adnominal_name(clause: str, trigger: int, orgs: set[str]) -> str | None:
    """The product after an adnominal launch word, its kind words in front dropped."""
    if not clause.startswith(("출시", "론칭", "런칭", "발매", "시판"), trigger):
        return None  # "처음 공개된 AI 안전 서약은": 공개 discloses documents and plans too
    match = _ADNOMINAL_PRODUCT.match(clause, trigger + 2)
    if match is None:
        return None
    words = match.group(1).split()
    if any(w.casefold() in orgs or w in ("업체", "기업", "회사", "스타트업") for w in words):
        return None  # "출시한 중국 AI 업체 위안유의 챗위안은": a company described, its product later
    while len(words) > 1 and words[-1] in _ATTRIBUTE_NOUNS:
        words.pop()  # "7세대 한빛카 인기가": what is said of the product, not its name
    while len(words) > 1 and words[0] in lx.GENERIC_PRODUCT_WORDS and re.fullmatch(r"[가-힣]+", words[0]):
        words.pop(0)  # "검색 서비스 AI 요약": the kind goes, the name ('AI 요약') stays
    name = " ".join(words)
    if not words or not _name_word(words[-1], orgs) or name in lx.GENERIC_PRODUCT_WORDS or lx.NOT_PRODUCT_NAME.search(name):
        return None
    return name


def _name_word(word: str, orgs: set[str]) -> bool:
    """A word that can open a product's name: not a modifier (국내, 신규), a date, an
    organisation, nor a word ending in a particle or an adnominal ending (개발한, 처음으로)."""
    return len(word) >= 2 and word not in lx.GENERIC_PRODUCT_WORDS and word not in lx.NAME_MODIFIERS \
        and word not in lx.NOT_NAME_WORDS and word.casefold() not in orgs \
        and not re.search(r"\d+\s*[년월일]|분기|반기", word) \
        and not re.search(r"(?:으로|로|에서|에|은|는|이|가|을|를|의|도|와|과|부터|까지|한|된|인|던|할|될|운|온)$", word)


# The business exits read with this module's sentence, actor and group machinery, so they import it; imported last, when
# every name they take from here is defined (rules/exits.py).
from rules import exits  # noqa: E402
