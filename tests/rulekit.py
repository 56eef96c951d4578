"""Rules and texts for tests, written for this project (not copied from any outlet)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rules.engine import Document, Engine
from rules.loader import load_rules
from sokbo.timeutil import KST

WATCH = """
entities:
  kakao:
    names: [카카오, Kakao, 카카오브레인]
    not: [카카오뱅크, 카카오페이, 카카오게임즈]
  naver:
    names: [네이버, NAVER, 네이버클라우드]
  lg-ai-research:
    names: [LG AI연구원, LG경영개발원 AI연구원]
  kt:
    names: [KT, 케이티]
  upstage:
    names: [업스테이지, Upstage]
rules:
  - id: kakao-absent
    title: 카카오가 협의체·컨소시엄에서 빠짐
    when: {event: absent_from, entity: kakao}
    severity: high
  - id: any-absent
    title: 누군가 빠짐
    when: {event: absent_from}
  - id: model-launches
    title: AI 모델 출시·공개 일정
    when: {event: launch_date, entity: [naver, kakao, lg-ai-research, kt, upstage]}
  - id: kakao-llm
    title: 카카오 LLM 소식
    when:
      all:
        - entity: kakao
        - any:
            - keyword: [초거대AI, LLM, 거대언어모델]
            - regex: 'KoGPT\\s*\\d'
      none:
        - keyword: 카카오뱅크
    cooldown: 6h
  - id: naver-title
    title: 네이버가 제목에
    when: {entity: naver, field: title}
"""

# A story in the seed's shape, in our own words: a consortium launches, 카카오 is missing,
# two members co-chair, one model has a fixed date and another a hedged one.
STORY_TITLE = "카카오, 새 AI 연합체 '한빛AI얼라이언스'서 빠져"
STORY_BODY = """국내 AI 기업 80여 곳이 모인 '한빛AI얼라이언스'가 이달 출범했다.
얼라이언스 회원 명단에 카카오가 빠진 사실이 확인됐다.
네이버클라우드와 LG AI연구원이 공동 의장사로 이름을 올렸다.
업계는 카카오의 이번 불참을 두고 여러 해석을 내놓고 있다.
네이버는 새 모델의 공개일을 9월 12일로 확정했지만, 카카오의 KoGPT 후속 모델 출시는 이르면 내년 상반기가 될 전망이다."""
STORY_PUBLISHED = datetime(2024, 7, 15, 10, 0, tzinfo=KST)


def write_rules(tmp_path: Path, text: str = WATCH, name: str = "watch.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def engine(tmp_path: Path, text: str = WATCH) -> Engine:
    return Engine(load_rules([write_rules(tmp_path, text)]))


def doc(title: str, body: str = "", published: datetime | None = None, feed: str | None = None) -> Document:
    return Document("doc", title, body, None, feed, published or STORY_PUBLISHED)
