"""How real Korean reports phrase the events, pinned down in passages of our own.

Each case is a phenomenon found in the labelled real reports (bench/data/real), rewritten
in new words with made-up groups and products: the real texts are not ours to copy, the
way they are written is what the detectors must read. All dated 2024-07-15 (KST).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.engine import Engine
from tests.rulekit import WATCH as RULEKIT_WATCH
from tests.rulekit import doc, engine

WATCHED = {"kakao", "naver", "kt", "upstage", "lg-ai-research"}


def absences(eng: Engine, title: str, body: str = "") -> set[tuple[str, str | None]]:
    """Absences of the watched organisations (the unwatched ones a rule may also find aside)."""
    return {(e.entity, e.group) for e in eng.events(doc(title, body)) if e.type == "absent_from" and e.entity in WATCHED}


def leavers(eng: Engine, title: str, body: str = "") -> set[str]:
    """Who is out, whatever of."""
    return {entity for entity, _ in absences(eng, title, body)}


def launches(eng: Engine, title: str, body: str = "") -> set[tuple[object, ...]]:
    return {(e.entity, e.model, e.date, e.precision, e.hedged, e.status)
            for e in eng.events(doc(title, body)) if e.type == "launch_date"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A programme written out without quotes is read whole, from its first word.
        ("과기정통부는 미래반도체 설계 지원사업 1차 평가에서 네이버와 KT가 탈락했다고 밝혔다.",
         {("naver", "미래반도체 설계 지원사업"), ("kt", "미래반도체 설계 지원사업")}),
        # A list ending in 등 or a count carries its particle to every name.
        ("'한빛AI연합' 재공모에는 카카오와 KT 등 대기업이 불참하기로 했다.",
         {("kakao", "한빛AI연합"), ("kt", "한빛AI연합")}),
        ("'한빛AI연합' 최종 심사에서 네이버와 업스테이지 2곳이 고배를 마셨다.",
         {("naver", "한빛AI연합"), ("upstage", "한빛AI연합")}),
        # An adnominal trigger is said of the names after it.
        ("'한빛AI연합' 1차 평가에서 탈락한 네이버와 업스테이지는 재도전 여부를 검토 중이다.",
         {("naver", "한빛AI연합"), ("upstage", "한빛AI연합")}),
        # Causative: the evaluator is the subject, the eliminated are the object.
        ("정부는 '한빛AI연합' 평가에서 네이버와 KT 두 개 팀을 탈락시켰다.",
         {("naver", "한빛AI연합"), ("kt", "한빛AI연합")}),
        # "A에 이어 B도", "A는 물론 B도": the first is said of too.
        ("네이버에 이어 카카오도 '한빛AI연합' 재공모에 불참했다.", {("naver", "한빛AI연합"), ("kakao", "한빛AI연합")}),
        # X를 제치고: the one beaten is out of the selection.
        ("업스테이지가 KT를 제치고 '공공LLM사업' 우선협상대상자로 선정됐다.", {("kt", "공공LLM사업")}),
        # A licence refused, and a headline's leading name as its topic.
        ("금융당국은 카카오의 '모바일은행' 예비인가를 불허했다.", {("kakao", "모바일은행 예비인가")}),
        ("카카오, 이사회 반대에 한경협 복귀 불발", {("kakao", "한경협")}),
        # A list closed by "등 N대 …" carries its particle to every name ("5대 거래소가").
        ("카카오, 네이버, KT 등 3대 포털 사업자가 '한빛AI협회'를 탈퇴하기로 했다.",
         {("kakao", "한빛AI협회"), ("naver", "한빛AI협회"), ("kt", "한빛AI협회")}),
        # "X에 대해 불허": X is what was refused.
        ("금융위는 '모바일은행' 예비인가를 신청한 카카오·네이버 컨소시엄에 대해 모두 불허를 통보했다.",
         {("kakao", "모바일은행 예비인가"), ("naver", "모바일은행 예비인가")}),
        # Names separated by spaces alone, closed by 등, are one list.
        ("카카오 네이버 KT 등 3대 포털 대표들이 '한빛AI협회'에 탈퇴 의사를 밝혔다.",
         {("kakao", "한빛AI협회"), ("naver", "한빛AI협회"), ("kt", "한빛AI협회")}),
        # A list in brackets after a collective noun carries the noun's particle.
        ("국내 3대 포털(카카오·네이버·KT)이 일제히 '한빛AI협회'에 탈퇴 의사를 밝혔다.",
         {("kakao", "한빛AI협회"), ("naver", "한빛AI협회"), ("kt", "한빛AI협회")}),
        # "A의 참여 거부에 이어 B 역시 빠진": both are out.
        ("'한빛AI협약' 명단에서 카카오의 참여 거부에 이어 KT 역시 빠진 것으로 확인됐다.",
         {("kakao", "한빛AI협약"), ("kt", "한빛AI협약")}),
        # A joint venture is a group one can leave; RE100 is one one can stay out of.
        ("카카오가 트래블룰 공동 대응 합작법인 탈퇴를 선언했다.", {("kakao", "트래블룰 공동 대응 합작법인")}),
        ("네이버는 아직 RE100에 가입하지 않았다.", {("naver", "RE100")}),
        # The owner of a quoted group (EU의 '…') is not who refused it; a quoted name is a name.
        ("카카오, 네이버의 'AI 실천 규약' 서명 거부", {("kakao", "AI 실천 규약")}),
        ("유럽연합이 'AI 협정' 명단을 공개한 가운데 카카오 역시 빠진 것으로 확인됐다.", {("kakao", "AI 협정")}),
        # A name the trigger is attached to is the group, head word or not ('…'에 참석하지 않기로).
        ("카카오가 오는 9월 열리는 '한빛 2025'에 참석하지 않기로 했다.", {("kakao", "한빛 2025")}),
        ("카카오, '한빛 자금 조달 라운드' 참여 철회", {("kakao", "한빛 자금 조달 라운드")}),
        # "A를 비롯해 B, C 등 … 지역은 모두": every name of the list.
        ("카카오를 비롯해 네이버, KT 등 바이오 분야로 신청한 기업은 모두 '한빛 특화단지' 지정에서 빠졌다.",
         {("kakao", "한빛 특화단지"), ("naver", "한빛 특화단지"), ("kt", "한빛 특화단지")}),
        # Trade shows are known by name alone, with or without their year.
        ("아마존에 이어 카카오도 CES 불참을 선언했다.", {("kakao", "CES")}),
        ("카카오는 지스타 2025에 참가하지 않는다.", {("kakao", "지스타 2025")}),
        # More ways of not making it.
        ("KT가 '한빛AI연합' 컨소시엄에서 중도 하차했다.", {("kt", "한빛AI연합")}),
        ("네이버는 '한빛AI연합' 최종 심사에서 미끄러졌다.", {("naver", "한빛AI연합")}),
        ("카카오는 '한빛AI연합' 참여를 고사했다.", {("kakao", "한빛AI연합")}),
        ("업스테이지의 '공공LLM사업' 본선행이 좌절됐다.", {("upstage", "공공LLM사업")}),
        # The organiser in the possessive before a quoted programme is not who failed it, the group's 에 held or not.
        ("카카오·네이버가 KT의 '한빛 파크' 공모사업에 탈락한 건 아쉬운 일이다.",
         {("kakao", "한빛 파크 공모사업"), ("naver", "한빛 파크 공모사업")}),
        # A union left; the one replaced ('A 대신 B로 변경'); a preferred bidder's status revoked ('A에 대한 … 지위를 취소').
        ("카카오는 산별노조인 한빛 금속노조를 탈퇴했다.", {("kakao", "한빛 금속노조")}),
        ("위원회는 선정된 카카오 컨소시엄 대신 현 사업자인 네이버로 '한빛 복권사업' 우선협상대상자를 변경하기로 했다.",
         {("kakao", "한빛 복권사업")}),
        ("시는 카카오 컨소시엄에 대한 '한빛선 민자사업' 우선협상 대상자 지위를 취소했다.", {("kakao", "우선협상 대상자")}),
        # '두 회사 모두' just before the trigger: the two named earlier in the sentence, not only the nearer subject.
        ("KT는 그동안 카카오와 공동으로 참여해왔는데, 카카오가 사정이 바뀌었기 때문에 두 회사 모두 올해 "
         "'2030 한빛모터쇼'에 참여하지 않기로 했다.",
         {("kt", "2030 한빛모터쇼"), ("kakao", "2030 한빛모터쇼")}),
        # A headline's topic may carry a country's one-letter mark ('美앱티브, 모셔널 유증 불참').
        ("美카카오, 합작사 네이버 유상증자 불참", {("kakao", "합작사 네이버 유상증자")}),
        # A line between two cities is one name ('평택~오송선').
        ("카카오는 KTX 평택~오송선 고속열차 입찰에서 고배를 마셨다.", {("kakao", "KTX 평택~오송선 고속열차 입찰")}),
        # Two subjects of one verb, each with its own time ('A가, 작년 12월엔 B가 탈퇴하면서').
        ("작년 10월 카카오가, 작년 12월엔 네이버가 '한빛 노동자협의회'를 탈퇴하면서 위축됐다.",
         {("kakao", "한빛 노동자협의회"), ("naver", "한빛 노동자협의회")}),
        # The subject left the auction named after its target; a code and 그룹 may come between name and particle.
        ("카카오(035720)그룹이 30일 업계 2위인 KT 본입찰 불참을 선언했다.", {("kakao", "KT 본입찰")}),
        # A second name of the last one, in brackets, closes the list with it.
        ("네이버·카카오·업스테이지(Upstage)가 '한빛 본인확인기관' 심사에서 탈락했다.",
         {("naver", "한빛 본인확인기관 심사"), ("kakao", "한빛 본인확인기관 심사"), ("upstage", "한빛 본인확인기관 심사")}),
        # Withdrawing from a show: the entry cancelled, the show passed over, a list headed '…를 비롯한'.
        ("카카오가 '2030 한빛모터쇼' 개막을 앞두고 참가를 취소했다.", {("kakao", "2030 한빛모터쇼")}),
        ("네이버뿐 아니라 KT 등 다수 업체들도 '2030 한빛모터쇼' 패싱을 결정했다.",
         {("naver", "2030 한빛모터쇼"), ("kt", "2030 한빛모터쇼")}),
        # Stopping taking part, a show without one's booth, and a name after its description ('…기구인 X').
        ("카카오는 정부 직속 대화기구인 한빛노사위원회를 통한 대화 참여를 전면 중단하기로 했다.",
         {("kakao", "한빛노사위원회")}),
        ("네이버는 지난해와 달리 올해 '2030 한빛모터쇼'에서 부스를 운영하지 않았다.", {("naver", "2030 한빛모터쇼")}),
        ("카카오·KT, '2030 한빛모터쇼'에 부스 계획 없어", {("kakao", "2030 한빛모터쇼"), ("kt", "2030 한빛모터쇼")}),
        # A group's 그룹 after a name in the list ('폭스바겐그룹, BMW그룹, 포드 등') does not break it.
        ("카카오그룹, 네이버그룹, KT 등 업체들도 같은 이유로 '2030 한빛모터쇼' 패싱을 결정했다.",
         {("kakao", "2030 한빛모터쇼"), ("naver", "2030 한빛모터쇼"), ("kt", "2030 한빛모터쇼")}),
        ("'2030 한빛모터쇼'에는 카카오와 업스테이지를 비롯한 20여 개 기업이 참여 취소를 선언했다.",
         {("kakao", "2030 한빛모터쇼"), ("upstage", "2030 한빛모터쇼")}),
        # A stage or a bare reference means the group the article is about.
        ("'한빛AI연합' 정예팀 발표", set()),
    ],
)
def test_real_report_absence_forms(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), text) == expected


def test_a_stage_or_reference_means_the_articles_group(tmp_path: Path) -> None:
    found = absences(engine(tmp_path), "'한빛AI연합' 1차 평가 결과 발표",
                     "정부가 '한빛AI연합' 1차 평가 결과를 내놨다. 네이버와 KT는 1차 평가 문턱을 넘지 못했다.")
    assert found == {("naver", "한빛AI연합"), ("kt", "한빛AI연합")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # An evaluation stage glued to its particle (서면평가서) is a stage, not the group.
        ("'한빛AI연합' 서면평가 결과", "서면평가서 네이버와 KT가 줄줄이 낙방했다.",
         {("naver", "한빛AI연합"), ("kt", "한빛AI연합")}),
        ("'한빛AI연합' 3차 공모 마감", "적격성 심사에는 KT와 카카오가 접수하지 않아 포함되지 않은 것으로 알려졌다.",
         {("kt", "한빛AI연합"), ("kakao", "한빛AI연합")}),
        ("제5 인터넷전문은행 예비인가 발표", "인가심사에서 카카오가 고배를 마셨다.",
         {("kakao", "제5 인터넷전문은행 예비인가")}),
        # A topic-marked word (업계에선) ends a name; it never starts one.
        ("'한빛AI연합' 1차 평가 발표", "1차에서 탈락한 카카오는 업계에선 패자부활전으로 불리는 추가 공모에 불참하기로 했다.",
         {("kakao", "한빛AI연합")}),
        # Web page furniture glued to the head word is no name.
        ("'모바일은행' 예비인가 결과", "이미지 확대보기예비인가를 신청한 카카오는 예비인가를 받지 못했다.",
         {("kakao", "모바일은행 예비인가")}),
        # An adverb or a verb's connective form ends a name (달리, 남겨두고).
        ("'모바일은행' 예비인가 결과", "카카오는 네이버와 달리 모바일은행 예비인가 문턱을 넘지 못했다.",
         {("kakao", "모바일은행 예비인가")}),
        ("'한빛뱅크' 컨소시엄 구성", "신청 마감을 1주일 남겨두고 컨소시엄에서 KT가 빠졌다.",
         {("kt", "한빛뱅크 컨소시엄")}),
        # Units are part of a name (5G 28㎓ 주파수 경매).
        ("주파수 경매 첫날", "5G 28㎓ 주파수 경매 첫날 KT가 중도 포기했다.", {("kt", "5G 28㎓ 주파수 경매")}),
    ],
)
def test_the_group_is_a_name_read_whole_not_a_stage_or_what_surrounds_it(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_consortium_named_after_a_company_is_not_the_group_others_left(tmp_path: Path) -> None:
    found = absences(engine(tmp_path), "'한빛AI연합' 정예팀 선정",
                     "카카오와 KT 등이 탈락한 가운데 업스테이지 컨소시엄이 살아남았다.")
    assert found == {("kakao", "한빛AI연합"), ("kt", "한빛AI연합")}


@pytest.mark.parametrize(
    "text",
    [
        "정부는 단계마다 한 팀씩 탈락시키는 구조를 택했다.",  # a plan
        "카카오는 2017년 '한빛AI연합'을 탈퇴했었다.",  # pluperfect: history undone since
        "지난해 '모바일은행' 예비인가에서 고배를 마셨던 카카오가 올해는 인가를 받았다.",  # history, then success
        "카카오가 '한빛AI연합'에서 발을 빼는 모양새다.",  # an impression
        "핵심 기능이 빠진 카카오 새 앱이 비판을 받았다.",  # something else is missing
        "카카오가 '한빛AI연합'에 합류하지 않을 전망이다.",  # a forecast
        "제재가 내려지면 카카오는 '한빛AI연합' 입찰 자격을 잃게 된다.",  # a condition's consequence
        "업계에 따르면 카카오는 '한빛AI연합'에 남기로 했다.",  # 따르면 is no condition, and staying is no absence
        "카카오는 30일 열리는 '한빛 게임쇼' 공식 일정에도 아직 이름을 올리지 않았다.",  # not yet: it may still
        "철수 검토설이 나온 '한빛배터리'는 카카오와 네이버가 2021년 세운 합작사다.",  # a plan weighed, rumoured
        "카카오는 '한빛AI연합' 탈퇴를 검토 중이다.",  # under review
        "네이버(124곳)를 제치고 카카오가 '한빛 500대 기업'을 최다 보유한 그룹이 됐다.",  # a ranking's lead, no selection
    ],
)
def test_real_report_non_absences(tmp_path: Path, text: str) -> None:
    assert absences(engine(tmp_path), text) == set()


def test_sentences_run_together_without_a_space_are_still_two(tmp_path: Path) -> None:
    found = absences(engine(tmp_path), "'한빛AI연합' 명단 발표",
                     "네이버는 '한빛AI연합'에 합류했습니다.카카오는 '한빛AI연합'에 불참했습니다.")
    assert found == {("kakao", "한빛AI연합")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quoted product is the model, not what it is built on.
        ("카카오는 라마 기반의 '코코아'를 내년 2분기 출시할 계획이다.",
         ("kakao", "코코아", "2025-Q2", "quarter", True, "planned")),
        # A postponement takes the date the launch moved to, not the original plan, and the old plan's hedge
        # ('예정했던') is not the new date's.
        ("KT는 당초 9월로 예정했던 새 모델 출시를 내년 상반기로 미뤘다.",
         ("kt", None, "2025-H1", "half", False, "postponed")),
        # A verb's date comes before it: 26일 is the 출시, 10월 the 선보임.
        ("네이버는 오는 26일 미국에서 새 검색을 출시하고 10월 중 국내에서도 선보인다.",
         ("naver", None, "2024-07-26", "day", False, "planned")),
        # A noun's date comes after it.
        ("업스테이지 새 모델의 출시 시점은 오는 10월이다.", ("upstage", None, "2024-10", "month", False, "planned")),
        # A month range is its first month.
        ("KT는 10~11월께 새 서비스를 출시할 예정이다.", ("kt", None, "2024-10", "month", True, "planned")),
        # A plan that "was" is a postponement (still a plan, so hedged).
        ("카카오는 새 서비스를 올해 3월 출시할 예정이었다.", ("kakao", None, "2024-03", "month", True, "postponed")),
        # A dated 출시하며 in a past sentence is a release.
        ("카카오는 15일 새 챗봇을 출시하며 AI 경쟁에 뛰어들었다.",
         ("kakao", None, "2024-07-15", "day", False, "released")),
        # A version chain belongs to the model.
        ("LG AI연구원은 엑사원 4.5 시드를 9월 공개한다.", ("lg-ai-research", "엑사원 4.5 시드", "2024-09", "month", False, "planned")),
        # a plan kept is neither postponed nor hedged
        ("카카오가 12월 7일 출시 예정이었던 신작 '한빛 슈터'는 예정대로 출시된다.",
         ("kakao", "한빛 슈터", "2024-12-07", "day", False, "planned")),
        # A quoted event the product is shown at is the venue, not the product.
        ("KT는 14일 온라인으로 연 '한빛 AI 토크'에서 믿음2를 공개했다.",
         ("kt", "믿음2", "2024-07-14", "day", False, "released")),
        # A Latin word glued to Hangul is part of another word (GSM아레나), not a model.
        ("GSM아레나에 따르면 카카오는 오는 19일 새 기기 K90을 공개할 예정이다.",
         ("kakao", "K90", "2024-07-19", "day", True, "planned")),
        # A genre or an acronym of infrastructure is no product.
        ("카카오는 신작 MMORPG를 이르면 11월 출시한다.", ("kakao", None, "2024-11", "month", True, "planned")),
        # The product as the subject, its maker named before: "블레이드앤소울2가 … 출시한다".
        ("KT에 따르면 한빛톡2가 다음 달 26일 정식 출시한다.", ("kt", "한빛톡2", "2024-08-26", "day", False, "planned")),
        # 지난달 N일 is last month's day; 같은 해 is the year just named.
        ("카카오는 지난달 29일 새 앱 '한빛톡'을 출시했다.", ("kakao", "한빛톡", "2024-06-29", "day", False, "released")),
        ("KT는 2025년 1분기 출시 예정이던 '믿음3'를 같은 해 3분기로 연기했다.",
         ("kt", "믿음3", "2025-Q3", "quarter", False, "postponed")),
        # A date right after the name is no version of it (하이퍼클로바X 8월 → not "X 8").
        ("네이버는 하이퍼클로바X 8월 24일 공개를 확정했다.", ("naver", "하이퍼클로바X", "2024-08-24", "day", False, "planned")),
        ("LG AI연구원은 엑사원 4.5 9월 공개한다.", ("lg-ai-research", "엑사원 4.5", "2024-09", "month", False, "planned")),
        # A test phase, a show, a time of day or a count is no product's name.
        ("카카오는 CBT를 마친 뒤 다음 달 10일 새 게임을 출시한다.", ("kakao", None, "2024-08-10", "day", False, "planned")),
        ("KT는 15일 '한빛 론칭 쇼'를 열고 새 요금제를 공개했다.", ("kt", None, "2024-07-15", "day", False, "released")),
    ],
)
def test_real_report_launch_forms(tmp_path: Path, text: str, expected: tuple[object, ...]) -> None:
    assert expected in launches(engine(tmp_path), text)


@pytest.mark.parametrize(
    "text",
    [
        "KT는 15일 \"올해 안에 좋은 소식을 전하겠다\"며 새 모델 공개를 예고했다.",  # a quotation's date
        "카카오는 25일 재발 방지 대책을 공개할 예정이다.",  # measures, not a product
        "네이버는 9일 신작 티저 영상을 공개했다.",  # a teaser
        "15일 업계에 따르면 KT는 새 모델을 곧 공개한다.",  # 'according to' dates the report
        "2014년 국내 서비스를 시작으로 '한빛사막'을 키워 온 카카오는 이관까지 매끄럽게 해낼 것으로 보인다.",  # history
        "카카오는 지난 3일 열린 한빛의 칩셋 공개행사에서 8K 모니터인 '한빛 G9' 출시를 예고했다.",  # foretold, that day
    ],
)
def test_real_report_non_launches(tmp_path: Path, text: str) -> None:
    assert launches(engine(tmp_path), text) == set()


def test_a_sentence_that_names_no_one_is_about_the_articles_organisation(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "카카오 '코코아' 출시 연기",
                     "카카오가 새 AI 서비스 일정을 다시 잡았다. 업계는 기대가 크다. '코코아'는 내년 상반기 출시된다.")
    assert ("kakao", "코코아", "2025-H1", "half", False, "planned") in found or \
        ("kakao", "코코아", "2025-H1", "half", False, "postponed") in found


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "양사는": the two organisations of the sentence before.
        ("'한빛AI연합' 재공모", "네이버와 업스테이지도 지난해 '한빛AI연합'에 지원했다. 양사는 최종 심사에서 탈락했다.",
         {("naver", "한빛AI연합"), ("upstage", "한빛AI연합")}),
        # The team an organisation leads stands for it.
        ("'한빛AI연합' 1차 심사", "네이버와 KT가 주도한 정예팀 2곳이 탈락했다.", {("naver", "한빛AI연합"), ("kt", "한빛AI연합")}),
        # A consortium named after its leader is what was left, not who left.
        ("'가람항만' 공사", "네이버와 KT도 최근 카카오 컨소시엄에서 이탈하기로 결정했다.",
         {("naver", "카카오 컨소시엄"), ("kt", "카카오 컨소시엄")}),
        # A membership in the past tense modifies the group left.
        ("'모바일은행' 재도전", "KT는 그간 참여해 왔던 카카오 컨소시엄에서 발을 빼고 다른 곳에 합류했다.",
         {("kt", "카카오 컨소시엄")}),
        # Someone else's later success does not make the absence history.
        ("한경협 복귀", "이 중 KT는 복귀를 거부하기로 했으나, 나머지 기업들은 모두 복귀했다.", {("kt", "한경협")}),
        # Withdrawing an application, and beating someone (누르고).
        ("'모바일은행' 예비인가", "신청 서류를 준비하지 못한 KT는 자진철회 의사를 보였다.", {("kt", "모바일은행 예비인가")}),
        ("'공공LLM사업' 결과", "업스테이지가 네이버를 누르고 우선협상대상자로 선정됐다.", {("naver", "공공LLM사업")}),
        # (the role it became: what the beaten lost, not the winner's consortium the report names most)
        ("카카오 컨소시엄 우선협상", "3파전으로 치러진 이번 입찰에서 카카오 컨소시엄이 네이버 컨소시엄과 KT 컨소시엄을 누르고 "
         "우선협상대상자가 됐다. 카카오 컨소시엄에는 중소기업 5곳이 참여했다.",
         {("naver", "우선협상대상자"), ("kt", "우선협상대상자")}),
        # "탈락한 팀에게도": the adnominal trigger is said of a team, not of the earlier topic.
        ("'한빛AI연합' 재공모", "정부는 탈락한 팀에게도 기회를 주기로 했다. 네이버는 참여를 검토 중이다.", set()),
    ],
)
def test_real_report_absences_across_clauses_and_sentences(tmp_path: Path, title: str, body: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이날부터 서비스를 시작했다", ("2024-07-15", "day")),  # the report's day
        ("오늘(15일) 출시", ("2024-07-15", "day")),
        ("10~11월 전후로 공개", ("2024-10", "month")),  # a range is its first month
        ("내년 1월 6∼9일(현지시간) 열리는 전시회", ("2025-01-06", "day")),  # and a range of days its first day, not '9일'
        ("오는 20～22일 열리는", ("2024-07-20", "day")),
        ("지난 9월 실험적으로 선보인", ("2023-09", "month")),  # a month still to come this year, said as gone: last year's
        ("지난 28일 출시된", ("2024-06-28", "day")),  # a day still to come this month, said as gone: last month's
        ("14일(현지시간) 출시를 시작으로", ("2024-07-14", "day")),  # the day before, in another time zone
        ("지난해 말 출시돼 흥행에 성공한", ("2023-12", "year_end")),  # last year's end, not this year's
        ("지난 연말 선보인", ("2023-12", "year_end")),  # the year-end gone by
        ("재작년 말 출시된", ("2022-12", "year_end")),
        ("14일 출시를 시작으로", ("2024-08-14", "day")),  # a day gone by, in a report of what is to come: next month's
        ("지난해 공개된 모델", ("2023", "year")),
        ("당초 계획보다 늦었다", None),  # 당초 is not 초 (the start of a year)
        ("오늘날 AI 경쟁", None),
    ],
)
def test_korean_date_expressions_of_real_reports(text: str, expected: tuple[str, str] | None) -> None:
    from datetime import date

    from rules.kdates import find_dates

    found = find_dates(text, date(2024, 7, 15), past="지난해" in text)
    assert ((found[0].date, found[0].precision) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이달 초 출시를 알렸다", [("2024-07", "month")]),  # early this month, not the start of a year
        ("3월 초 공개한다", [("2025-03", "month")]),
        ("다음 달 초 선보인다", [("2024-08", "month")]),
        ("내년 초 출시", [("2025", "year")]),  # 초 after a year is that year's start
    ],
)
def test_the_start_of_a_month_is_that_month(text: str, expected: list[tuple[str, str]]) -> None:
    from datetime import date

    from rules.kdates import find_dates

    assert [(found.date, found.precision) for found in find_dates(text, date(2024, 7, 15))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카카오는 신작 '하늘섬'을 오는 9월 출격시킨다.", ("kakao", "하늘섬", "2024-09", "month", False, "planned")),
        ("KT는 새 AI 통역 앱을 연내 발매할 계획이다.", ("kt", None, "2024", "year", True, "planned")),
        ("네이버는 다음 달 새 쇼핑 앱을 오픈한다.", ("naver", None, "2024-08", "month", False, "planned")),
    ],
)
def test_more_ways_of_launching(tmp_path: Path, text: str, expected: tuple[object, ...]) -> None:
    assert expected in launches(engine(tmp_path), text)


def test_a_policy_goal_of_commercialisation_is_not_a_launch(tmp_path: Path) -> None:
    assert launches(engine(tmp_path), "정부는 2025년 도심항공교통 상용화를 목표로 KT와 실증을 진행한다.") == set()


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("'한빛AI연합' 재공모", "네이버, 카카오, KT 등 국내 빅테크 기업은 결국 최종 불참했다.",
         {("naver", "한빛AI연합"), ("kakao", "한빛AI연합"), ("kt", "한빛AI연합")}),
        ("'모바일은행' 예비인가", "네이버·업스테이지 등 2개 컨소시엄 모두 '모바일은행' 예비인가 문턱을 넘지 못했다.",
         {("naver", "모바일은행 예비인가"), ("upstage", "모바일은행 예비인가")}),
        ("'모바일은행' 예비인가", "이어 18일에는 KT 컨소시엄 역시 '모바일은행' 인가 신청을 철회한다는 입장을 내놨다.",
         {("kt", "모바일은행 예비인가")}),
        ("네이버·카카오 예비인가 신청 철회", "'모바일은행' 예비인가 접수가 마감됐다.",
         {("naver", "모바일은행 예비인가"), ("kakao", "모바일은행 예비인가")}),
    ],
)
def test_lists_in_real_reports_carry_their_particle(tmp_path: Path, title: str, body: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "model", "not_model"),
    [
        # A headline's closing quote after the trigger is its verdict, not the product.
        ("카카오 '하늘섬2', 9월 출시설 '솔솔'", "", "하늘섬2", "솔솔"),
        ("네이버, 하늘톡 9월 출시 일정 '삐끗'?", "", None, "삐끗"),
        # A quoted phrase that itself speaks of launching is a remark.
        ("KT '연내 공개 약속' 하늘칩 생산 미뤄", "KT는 하늘칩을 연내 공개하겠다고 했다.", None, "연내 공개 약속"),
        # A show with its year is where the product appears, not the product.
        ("", "카카오는 다음 달 'KGF 2024'에서 신작 하늘섬을 공개한다.", None, "KGF 2024"),
        # "AAA급" grades the game; the quoted title is the product.
        ("", "네이버는 AAA급 신작 '별바람'을 내년 3월 출시한다.", "별바람", "AAA"),
        # "X 서비스를 시작했다": the name stands before the trigger's noun, even ending in 이.
        ("", "KT는 이날부터 하늘링크 서비스를 시작했다.", "하늘링크", None),
        # A model token never swallows the particle after it.
        ("", "카카오는 신형 칩 K200이 연내 출시된다고 밝혔다.", "K200", "K200이"),
    ],
)
def test_the_launched_product_is_a_name_not_a_remark_or_a_show(tmp_path: Path, title: str, body: str,
                                                               model: str | None, not_model: str | None) -> None:
    found = {e.model for e in engine(tmp_path).events(doc(title, body)) if e.type == "launch_date"}
    assert found, "a launch should be found"
    if model is not None:
        assert model in found
    assert not_model not in found


def test_a_launch_that_happened_is_not_hedged_by_the_plan_of_its_sentence(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "KT는 지난달 출시한 AI 모델 '하늘'과 함께 여러 모델을 제공할 계획이다.")
    assert ("kt", "하늘", "2024-06", "month", False, "released") in found
    # months before, the same release is the background of the plan (test_an_older_release_told_on_the_way_to_the_point…)
    assert launches(engine(tmp_path), "KT는 지난해 10월 출시한 AI 모델 '하늘'과 함께 여러 모델을 제공할 계획이다.") == set()


def test_a_launch_moved_to_a_new_quarter_is_postponed(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "카카오 \"대작 '별바람', 2025년 1분기 출시로 조정\"")
    assert ("kakao", "별바람", "2025-Q1", "quarter", False, "postponed") in found


def test_the_developer_of_a_launched_game_is_not_who_launched_it(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "15일 카카오에 따르면 14일 자회사 KT에서 개발한 별빛 항해를 글로벌 정식 출시했다.")
    assert {(e[0], e[1]) for e in found} == {("kakao", "별빛 항해")}


def test_a_brand_opening_a_quoted_product_is_not_what_the_article_is_about(tmp_path: Path) -> None:
    body = "LG AI연구원은 'KT 하늘폰'을 처음 공개했다. 1분기 안에 따로 공개한 뒤 9월 출시가 관측된다."
    found = launches(engine(tmp_path), "베일 벗은 'KT 하늘폰'", body)
    assert {e[0] for e in found} == {"lg-ai-research"}


def test_an_adverb_never_opens_a_group_name(tmp_path: Path) -> None:
    found = absences(engine(tmp_path), "'모바일은행' 예비인가", "네이버와 KT는 각각 예비인가 신청을 철회했다.")
    assert found == {("naver", "모바일은행 예비인가"), ("kt", "모바일은행 예비인가")}


def test_a_release_told_in_the_lead_without_a_date_is_dated_by_the_report(tmp_path: Path) -> None:
    """News of a release is the day's news: 'KT는 … 믿음2를 출시했다' in a report's lead, with no
    date of its own, happened when the report says it did; a release recalled further down, or a
    headline's bare noun, is not dated that way."""
    eng = engine(tmp_path)
    lead = launches(eng, "KT, 새 모델 공개", "KT는 강력한 새 언어모델 믿음2를 출시했다. 성능이 크게 좋아졌다.")
    assert ("kt", "믿음2", "2024-07-15", "day", False, "released") in lead
    later = launches(eng, "통신업계 AI 경쟁", "통신 3사의 경쟁이 치열하다. 시장은 빠르게 커지고 있다. "
                     "업계는 변화를 주시한다. KT는 믿음2를 출시했다.")
    assert later == set()


# Watched names that end the way a list's names share their ending (증권, 대).
LISTED = """
entities:
  hanbit-sec: {names: [한빛증권]}
  saebyeol-sec: {names: [새별투자증권]}
  dalbit-sec: {names: [달빛증권]}
  hangang-univ: {names: [한강대학교, 한강대]}
  geumgang-univ: {names: [금강대학교, 금강대]}
  kakao: {names: [카카오]}
  naver: {names: [네이버]}
  kt: {names: [KT]}
rules:
  - {id: any-absent, title: 누군가 빠짐, when: {event: absent_from}}
"""
LISTED_IDS = {"hanbit-sec", "saebyeol-sec", "dalbit-sec", "hangang-univ", "geumgang-univ", "kakao", "naver", "kt"}


def listed_absences(tmp_path: Path, body: str) -> set[tuple[str, str | None]]:
    eng = engine(tmp_path, LISTED)
    return {(e.entity, e.group) for e in eng.events(doc("소식", body)) if e.type == "absent_from" and e.entity in LISTED_IDS}


def test_names_sharing_the_last_ones_ending_are_each_absent(tmp_path: Path) -> None:
    """'한빛·새별투자·달빛증권' writes 증권 once for three brokers; 미가입 is not having joined."""
    found = listed_absences(tmp_path, "'디지털자산 협의체'에 30곳이 들어갔지만 한빛·새별투자·달빛증권 등 3곳은 미가입 상태다.")
    assert found == {("hanbit-sec", "디지털자산 협의체"), ("saebyeol-sec", "디지털자산 협의체"),
                     ("dalbit-sec", "디지털자산 협의체")}


def test_names_listed_with_a_hangul_letter_for_a_middle_dot_are_two_names(tmp_path: Path) -> None:
    """Korean keyboards type ㆍ (a Hangul letter) for the middle dot: 카카오ㆍ네이버 is two names."""
    found = listed_absences(tmp_path, "카카오ㆍ네이버는 '한빛AI연합'에 불참했다.")
    assert found == {("kakao", "한빛AI연합"), ("naver", "한빛AI연합")}


def test_a_copula_list_names_those_the_trigger_describes(tmp_path: Path) -> None:
    """'선정되지 못한 대학은 A, B다': the adnominal trigger describes a head noun the list is equated with."""
    found = listed_absences(tmp_path, "올해 '지역혁신대학' 사업 본지정에서 선정되지 못한 대학은 한강대, 금강대다.")
    assert found == {("hangang-univ", "지역혁신대학 사업"), ("geumgang-univ", "지역혁신대학 사업")}
    counted = listed_absences(tmp_path, "'지역혁신대학' 사업에서 고배를 마신 곳은 한강대와 금강대 등 2곳이다.")
    assert counted == {("hangang-univ", "지역혁신대학 사업"), ("geumgang-univ", "지역혁신대학 사업")}


def test_who_runs_a_platform_others_stay_out_of_is_not_absent(tmp_path: Path) -> None:
    """'카카오가 운영하는 연합에 참여하지 않겠다': the runner is named in a relative clause."""
    assert listed_absences(tmp_path, "가맹점들은 카카오가 운영하는 '한빛페이 연합'에 참여하지 않겠다고 밝혔다.") == set()
    found = listed_absences(tmp_path, "카카오와 네이버가 운영하는 '한빛페이 연합'에 KT는 참여하지 않겠다고 밝혔다.")
    assert found == {("kt", "한빛페이 연합")}


@pytest.mark.parametrize(
    ("body", "model"),
    [
        # An edition or version after a model's name belongs to it.
        ("업스테이지는 15일 솔라 프로2를 공개했다.", "솔라 프로2"),
        ("KT는 다음 달 새 모델 GPT-5.2를 출시한다.", "GPT-5.2"),
        ("카카오는 8월 1일 새 휴대폰 Q70 씽큐를 출시한다.", "Q70 씽큐"),
        # A Hangul name glued to a model number is one name, with its 5G edition.
        ("카카오는 8월 1일 한빛S10 5G를 국내에 출시한다.", "한빛S10 5G"),
    ],
)
def test_a_models_edition_and_version_are_part_of_its_name(tmp_path: Path, body: str, model: str) -> None:
    assert {e[1] for e in launches(engine(tmp_path), "신제품 소식", body)} == {model}


def test_the_first_word_with_a_particle_closes_a_lists_tail(tmp_path: Path) -> None:
    """'A B C 등 3대 포털 대표들이 … 협회에 탈퇴': the list's particle is 대표들'이', not a later
    word's ('업계를')."""
    found = absences(engine(tmp_path), "포털 대표들 탈퇴",
                     "카카오 네이버 KT 등 3대 포털 대표들이 업계를 대표하는 '한빛AI협회'에 탈퇴 의사를 밝혔다.")
    assert found == {("kakao", "한빛AI협회"), ("naver", "한빛AI협회"), ("kt", "한빛AI협회")}


def test_the_earlier_clauses_subject_fails_not_the_organiser_named_in_its_possessive(tmp_path: Path) -> None:
    """'A와 B 등 2곳이 C의 '…' 공모에 신청했지만, 모두 탈락': C organises the call; A and B failed it."""
    found = absences(engine(tmp_path), "공모 결과",
                     "카카오와 KT 등 2곳이 네이버의 '한빛AI 실증사업' 공모에 신청했지만, 모두 탈락했다.")
    assert found == {("kakao", "한빛AI 실증사업"), ("kt", "한빛AI 실증사업")}


def test_a_consortium_named_after_its_members_carries_their_particle(tmp_path: Path) -> None:
    """'A·B 컨소시엄이 참가할 것으로 예상됐으나, 최종적으로 응하지 않았다': the consortium's members."""
    found = absences(engine(tmp_path), "입찰 결과",
                     "당초 '한빛 정보시스템 사업'에는 카카오·KT 컨소시엄이 참가할 것으로 예상됐으나, 최종적으로 입찰에 응하지 않았다.")
    assert found == {("kakao", "한빛 정보시스템 사업"), ("kt", "한빛 정보시스템 사업")}


def test_a_product_quoted_once_is_the_product_when_written_bare_later(tmp_path: Path) -> None:
    """Reports quote a product once ('별빛 정원') and then write it bare as the clause's subject."""
    body = "카카오가 신작 '별빛 정원'의 세부 내용을 소개했다. 별빛 정원은 오는 9월 10일 정식 출시될 예정이다."
    found = launches(engine(tmp_path), "카카오 신작 공개", body)
    assert {(e[0], e[1], e[2]) for e in found} == {("kakao", "별빛 정원", "2024-09-10")}


def test_a_persons_title_carries_the_organisation(tmp_path: Path) -> None:
    """'홍길동 카카오 대표가 … 언급한 신작 '별빛'이 9월 1일 출시된다': the CEO's company launches it."""
    body = "홍길동 카카오 대표가 직접 소개한 신작 '별빛'이 오는 9월 1일 정식 출시된다."
    assert {(e[0], e[1], e[2]) for e in launches(engine(tmp_path), "신작 소식", body)} == {("kakao", "별빛", "2024-09-01")}


def test_a_headlines_topic_may_follow_a_quoted_remark(tmp_path: Path) -> None:
    """'“…”…카카오, '별빛' 9월 1일 출시': the name before the comma is still the headline's topic."""
    found = launches(engine(tmp_path), "“끝까지 다듬었다”…카카오, '별빛' 9월 1일 출시")
    assert {(e[0], e[1], e[2]) for e in found} == {("kakao", "별빛", "2024-09-01")}


@pytest.mark.parametrize(
    ("body", "group"),
    [
        # A verb form before a written-out name ends something else: it never opens the name.
        ("카카오가 참여를 공식화했지만 한빛AI 협의체에는 끝내 이름을 올리지 못했다.", "한빛AI 협의체"),
        ("중복 투자가 없도록 한빛 반도체 협의체에 선정되지 못한 대학은 한강대, 금강대다.", "한빛 반도체 협의체"),
        # Page furniture is no part of a name.
        ("상단여백 HOME 한빛 게임 협의체에서 카카오가 탈락했다.", "한빛 게임 협의체"),
        # Indices and councils are groups one drops out of.
        ("한빛 밸류업 지수에 카카오와 KT가 빠졌다.", "한빛 밸류업 지수"),
        ("카카오가 한빛체인 거버넌스 카운슬을 탈퇴했다.", "한빛체인 거버넌스 카운슬"),
    ],
)
def test_a_group_name_is_read_from_its_first_name_word(tmp_path: Path, body: str, group: str) -> None:
    found = listed_absences(tmp_path, body)
    assert found and {g for _, g in found} == {group}


@pytest.mark.parametrize(
    "body",
    [
        # Named as examples of who runs the platform the others stay out of.
        "은행들은 \"카카오나 KT 같은 빅테크 업체가 운영하는 '한빛대출 플랫폼'에는 참여하지 않겠다\"고 밝혔다.",
        # The organisation that announced the index is not left out of it.
        "두 은행은 네이버가 발표한 '한빛 밸류업 지수'에 포함되지 않았다.",
        # Failed once, then succeeded: history, not news of an absence.
        "카카오는 지난 5월 '모바일은행' 예비인가 탈락 후 재심사를 준비해 재수에 성공했다.",
    ],
)
def test_who_runs_announces_or_later_passed_is_not_absent(tmp_path: Path, body: str) -> None:
    assert listed_absences(tmp_path, body) == set()


def test_they_who_run_the_platform_are_not_who_stays_out(tmp_path: Path) -> None:
    body = "카카오와 KT는 새 대출 중개 서비스를 내놓았다. 은행들은 사실상 이들이 주도하는 '한빛대출 플랫폼'에 참여하지 않겠다는 뜻을 밝혔다."
    assert listed_absences(tmp_path, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # The year a company was founded is not when its product launched.
        "2020년 창업한 KT는 가속기 '한빛칩'을 선보인 바 있다.",
        # A launch an analyst calls unlikely is not a launch date.
        "증권가는 \"KT가 '한빛폰'을 9월에 출시하는 것은 쉽지 않다\"고 내다봤다.",
    ],
)
def test_a_founding_year_or_an_unlikely_launch_is_no_launch_date(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "업계 소식", body) == set()


def test_an_anniversary_of_founding_still_dates_the_launch_that_day(tmp_path: Path) -> None:
    body = "KT는 14일 설립 1주년을 맞아 '한빛칩'을 공개했다."
    assert {(e[0], e[1], e[2]) for e in launches(engine(tmp_path), "KT 새 칩", body)} == {("kt", "한빛칩", "2024-07-14")}


def test_a_launch_a_day_ahead_is_dated_from_the_report(tmp_path: Path) -> None:
    """'신제품 공개를 하루 앞두고': the launch is the day after the report."""
    body = "카카오가 '별빛폰' 신제품 공개를 하루 앞두고 행사 준비에 한창이다."
    assert {(e[0], e[1], e[2]) for e in launches(engine(tmp_path), "카카오 신제품", body)} == {("kakao", "별빛폰", "2024-07-16")}


def test_a_venue_named_after_results_does_not_make_the_product_a_result(tmp_path: Path) -> None:
    """'1차 성과 발표회에서 공개한 모델': the 발표회 is where, the model is what."""
    body = "'별빛 100B'는 지난달 30일 업스테이지가 1차 성과 발표회에서 공개한 모델이다."
    found = launches(engine(tmp_path), "업스테이지 모델", body)
    assert {(e[0], e[1], e[2]) for e in found} == {("upstage", "별빛 100B", "2024-06-30")}


@pytest.mark.parametrize(
    ("body", "model"),
    [
        # A name quoted with its other spelling in brackets, written bare in one of them later.
        ("카카오가 신작 'Starfield Garden(별빛 정원)'을 소개했다. 별빛 정원은 오는 9월 10일 정식 출시된다.", "Starfield Garden(별빛 정원)"),
        # A subtitle stands for the whole title.
        ("카카오가 신작 '별빛 연대기: 여명'을 소개했다. 여명은 오는 9월 10일 정식 출시된다.", "별빛 연대기: 여명"),
        # An open edition and a size belong to a known model's name.
        ("업스테이지는 지난달 30일 솔라 오픈 100B를 공개했다.", "솔라 오픈 100B"),
    ],
)
def test_a_products_other_written_forms_name_it(tmp_path: Path, body: str, model: str) -> None:
    assert {e[1] for e in launches(engine(tmp_path), "신작 소식", body)} == {model}


@pytest.mark.parametrize(
    ("body", "model"),
    [
        # a long quoted name with its Latin spelling in brackets, in the launch's own sentence
        ("카카오는 11월 10일 차세대 콘솔 ‘별빛 박스 시리즈 X(Starbox Series X)’를 국내에 출시할 계획이다.", "별빛 박스 시리즈 X"),
        # the object named after its kind, with the date between it and the trigger
        ("카카오에 따르면 자사 온라인 스트리밍 플랫폼 별빛라이브를 내달 9일 정식 출시할 계획이다.", "별빛라이브"),
    ],
)
def test_the_launched_name_is_found_past_a_bracketed_spelling_and_a_date(tmp_path: Path, body: str, model: str) -> None:
    """'엑스박스 시리즈 X(Xbox Series X)' was refused as a remark (too many spaces) and '플랫폼 치지직을 내달 9일 정식
    출시' found no object because a date stood before the trigger: both launches came out with no product."""
    assert {e[1] for e in launches(engine(tmp_path), "출시 소식", body)} == {model}


def test_a_long_run_of_names_joined_by_particles_is_read_in_linear_work(tmp_path: Path) -> None:
    """Owners named as examples were found by a list-shaped pattern with nested repetition: 25
    words like '토스나 나나과' took 75 s. The window search that replaced it reads each
    character a bounded number of times; this sentence would not finish under the old one."""
    body = "카카오 " + "토스나 나나과 " * 200 + "같은 업체가 운영하는 '한빛대출 플랫폼'에는 참여하지 않겠다."
    assert ("kakao", "한빛대출 플랫폼") not in absences(engine(tmp_path), "플랫폼", body)


def test_a_review_of_several_indices_gives_a_removal_the_index_of_its_count(tmp_path: Path) -> None:
    """'코스피200은 7종목, 코스닥150은 16종목, KRX300은 33종목이 교체된다' and then 'A, B … 등 7개 종목은 제외됐다': the
    removal belongs to the index that changes that many, not to the index named last."""
    body = ("거래소는 코스피200, 코스닥150 및 KRX300 구성종목 정기변경을 확정했다. 이번 변경으로 코스피200은 2종목, "
            "코스닥150은 5종목, KRX300은 9종목이 교체된다. 네이버 (1,000원), 카카오 (2,000원) 등 2개 종목은 제외됐다.")
    assert absences(engine(tmp_path), "지수 정기변경", body) == {("naver", "코스피200"), ("kakao", "코스피200")}


def test_an_index_review_drops_names_listed_one_a_line(tmp_path: Path) -> None:
    """'… 지수에서 A,\\nB,\\nC를 편출한다': a line ending in a comma continues the list, and 편출 is
    taking a name out of an index."""
    body = "'한빛 스탠더드 지수' 정기 변경에서 지수 산출기관은\n카카오,\nKT,\n네이버를 편출한다고 밝혔다."
    found = absences(engine(tmp_path), "지수 변경", body)
    assert found == {("kakao", "한빛 스탠더드 지수"), ("kt", "한빛 스탠더드 지수"), ("naver", "한빛 스탠더드 지수")}


def test_teams_beaten_with_their_scores_in_brackets_are_each_out(tmp_path: Path) -> None:
    """'A(98.5점), B(96.7점) 컨소시엄을 제치고': the scores do not break the list, the teams named
    after their leaders are the beaten, and the verb's -고 never opens the group's name."""
    eng = engine(tmp_path)
    beaten = absences(eng, "공공LLM사업 사업자 선정", "업스테이지 컨소시엄은 네이버(91.2점), KT(88.4점) 컨소시엄을 "
                                               "제치고 공공LLM사업 우선협상대상자로 선정됐다.")
    # the programme's name and the role chosen in it are one name, as the labels write it
    assert beaten == {("naver", "공공LLM사업 우선협상대상자"), ("kt", "공공LLM사업 우선협상대상자")}
    assert absences(eng, "공공LLM사업 사업자 선정", "업스테이지는 카카오와 KT 컨소시엄을 제치고 차세대 공공LLM사업의 "
                                                "우선협상대상자로 뽑혔다.") == {("kakao", "차세대 공공LLM사업"),
                                                                             ("kt", "차세대 공공LLM사업")}


def test_a_headline_led_by_a_list_and_a_contest_for_an_order(tmp_path: Path) -> None:
    """'A·B, … 수주전 탈락': the list before the comma is the headline's topic, and a contest for
    an order (수주전) or for a company (인수전) is what the losers are out of."""
    eng = engine(tmp_path)
    assert absences(eng, "카카오·KT, 한빛국 통신망 수주전 탈락") == {("kakao", "한빛국 통신망 수주전"),
                                                                ("kt", "한빛국 통신망 수주전")}
    assert absences(eng, "네이버, 누리소프트 인수전 불참") == {("naver", "누리소프트 인수전")}


def test_a_country_before_a_foreign_name_does_not_break_the_list(tmp_path: Path) -> None:
    """'한화오션, 스페인 나반티아는 고배를 마셨다': the country qualifies the name after it, with or
    without a possessive ('현대차그룹과 독일의 벤츠·BMW, 일본의 토요타 등은 불참했다')."""
    eng = engine(tmp_path)
    found = absences(eng, "한빛국 통신망 사업 결과", "한빛국 통신망 사업 최종 후보였던 카카오, 일본 업스테이지는 고배를 마셨다.")
    assert found == {("kakao", "한빛국 통신망 사업"), ("upstage", "한빛국 통신망 사업")}
    found = absences(eng, "'2030 한빛모터쇼' 개막", "'2030 한빛모터쇼'가 열렸지만 네이버와 미국의 KT·업스테이지, "
                                                 "일본의 카카오 등 주요 기업들은 이번에 불참했다.")
    assert found == {(name, "2030 한빛모터쇼") for name in ("naver", "kt", "upstage", "kakao")}


def test_index_reviews_drop_names_in_every_voice_and_a_return_is_no_absence(tmp_path: Path) -> None:
    """Index reviews: '…는 편출하기로 했다', a headline in two halves joined by '…', an index named
    like a company dropped from it, and '편출된 후 재편입' (history undone)."""
    eng = engine(tmp_path)
    assert absences(eng, "한빛 200 정기변경", "'한빛 200 지수' 정기변경에서 누리제약이 새로 들어갔다. 반면 카카오, KT는 "
                                           "편출하기로 했다.") == {("kakao", "한빛 200 지수"), ("kt", "한빛 200 지수")}
    assert absences(eng, "카카오, '한빛 200 지수'서 '편출'…네이버, 편입 '불발'") == {("kakao", "한빛 200 지수"),
                                                                            ("naver", "한빛 200 지수")}
    assert absences(eng, "지수 변경", "카카오가 카카오200 지수에서 제외되고 그 자리에 누리제약이 들어간다.") == \
        {("kakao", "카카오200 지수")}
    assert absences(eng, "'한빛 200 지수' 정기변경", "KT는 작년 8월 편출된 후 재편입으로 관심을 모았다.") == set()


def test_a_name_inside_a_longer_name_is_the_longer_one(tmp_path: Path) -> None:
    """'누리', watched beside '누리DX', inside '누리DX': one name. Read as two, it broke the list
    of a one-name-a-line index review after that line."""
    from tests.rulekit import WATCH

    watch = WATCH.replace("entities:\n", "entities:\n  nuri:\n    names: [누리]\n  nuri-dx:\n    names: [누리DX]\n")
    eng = engine(tmp_path, watch)
    found = {(e.entity, e.group) for e in eng.events(doc("'한빛 200 지수' 정기변경",
             "한빛지수위원회는 '한빛 200 지수'에서\n카카오,\n누리DX,\nKT를 편출한다고 밝혔다.")) if e.type == "absent_from"}
    assert found == {("kakao", "한빛 200 지수"), ("nuri-dx", "한빛 200 지수"), ("kt", "한빛 200 지수")}


@pytest.mark.parametrize(
    ("title", "body", "group"),
    [
        # A word ending like a particle is still a name word ('와이파이' is not '와이파'+'이').
        ("공모 결과", "정부의 공공와이파이 5천개 추가구축 사업 공모에 카카오는 참여하지 않았다.", "공공와이파이 5천개 추가구축 사업"),
        # '국책 사업인 'X'': the quoted name after an appositive head is the group, quoted again later too.
        ("후보지 확정", "중기부는 국책 사업인 '한빛 랩허브' 부지로 누리시를 확정했다. 사업을 처음 제안한 카카오는 최종 관문을 "
                    "넘지 못했다. 한편 '한빛 랩허브'는 내년에 문을 연다.", "한빛 랩허브"),
        # 지원 inside a name after a name word: 'X 확보·운용 지원 사업의 … 공모에서'.
        ("공모 결과", "국가 연산자원 확보·운용 지원 사업의 운영사 선정 공모에서 카카오가 탈락했다.", "국가 연산자원 확보·운용 지원 사업"),
    ],
)
def test_a_group_name_holds_words_that_look_like_endings_or_generic_words(tmp_path: Path, title: str, body: str,
                                                                         group: str) -> None:
    assert absences(engine(tmp_path), title, body) == {("kakao", group)}


def test_a_brand_opening_the_product_is_its_maker_when_no_one_else_is_named(tmp_path: Path) -> None:
    """A photo caption '9월5일 출시되는 '카카오 루나2'': the brand is the only organisation."""
    assert launches(engine(tmp_path), "루나2 개봉박두", "9월5일 출시되는 ‘카카오 루나2’.") == \
        {("kakao", "카카오 루나2", "2024-09-05", "day", False, "planned")}


def test_announcing_the_launch_date_is_not_a_launch_that_day(tmp_path: Path) -> None:
    """'지난 2일 … 출시일을 포함한 정보를 공개했다': the 2nd is when the date was told."""
    assert launches(engine(tmp_path), "루나2 정보", "지난 2일 카카오는 온라인 쇼케이스 ‘카카오 데이’를 열고 출시일을 포함한 "
                                               "루나2 관련 정보를 공개했다.") == set()


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A broadcast's polite endings: 제외됩니다, 빠집니다.
        ("지수 변경", "오는 8일 네이버가 '한빛 30 지수'에 편입되는 대신, 카카오가 25년 만에 제외됩니다.",
         {("kakao", "한빛 30 지수")}),
        # X를 밀어내고 / 따돌리고: the one pushed out lost the place.
        ("지수 변경", "네이버가 카카오를 밀어내고 '한빛 30 지수'에 편입됩니다.", {("kakao", "한빛 30 지수")}),
        ("후보지 확정", "한빛 가속기 시설 후보지로 누리시가 KT를 따돌리고 최종 확정됐다.", {("kt", "한빛 가속기 시설 후보지")}),
        # Not handing in an application, skipping the show.
        ("부지 공모 마감", "한빛 가속기 부지 공모에 유치를 희망했던 카카오는 유치의향서를 제출하지 않았다.",
         {("kakao", "한빛 가속기 부지 공모")}),
        ("'한빛 전시회' 개막", "카카오는 올해 '한빛 전시회' 참가 자체를 건너뛴다.", {("kakao", "한빛 전시회")}),
        # A region's pilot programme (시범지역) is a selection.
        ("시범지역 발표", "한빛 RISE 시범지역 선정에 카카오와 KT가 탈락했다.", {("kakao", "한빛 RISE 시범지역"),
                                                                  ("kt", "한빛 RISE 시범지역")}),
        # Left, then back after years: history undone.
        ("공공사업 결과", "공공사업에서 철수했다 6년 만에 귀환한 카카오는 첫 입찰에서 사업을 따냈다.", set()),
    ],
)
def test_more_ways_of_being_out_and_one_of_coming_back(tmp_path: Path, title: str, body: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_stock_code_or_aside_in_brackets_keeps_the_particle_after_it(tmp_path: Path) -> None:
    """'카카오(035720)가 5월 출시하는 …': the subject's particle follows the bracketed code; and
    showing a product's design (디자인을 공개했다) is not its launch."""
    assert launches(engine(tmp_path), "루나폰 디자인 공개", "카카오(035720)가 9월 출시하는 전략 스마트폰 ‘루나폰’의 디자인을 "
                                                   "19일 공개했다.") == {("kakao", "루나폰", "2024-09", "month", False,
                                                                       "planned")}
    assert absences(engine(tmp_path), "'한빛AI연합' 출범", "카카오(대표 홍길동)는 '한빛AI연합'에 참여하지 않았다.") == \
        {("kakao", "한빛AI연합")}


@pytest.mark.parametrize(
    "body",
    [
        "카카오 회장이 30일 열린 '루나' 출시 10주년 행사에서 인사말을 했다.",  # an anniversary
        "'루나폰' 정식 출시 전인 10월 7일에는 카카오가 사전 체험 행사를 연다.",  # before the launch
        "카카오는 '루나페이' 출시를 앞두고 16일 시연회를 진행했다.",  # ahead of it
    ],
)
def test_a_date_beside_a_launch_word_that_is_of_something_else(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "루나 소식", body) == set()


def test_the_platform_a_game_comes_out_on_is_not_the_game_and_a_service_keeps_its_words(tmp_path: Path) -> None:
    """'게임은 오는 9월 26일 PS5로 출시되며': PS5 is where; '여행자보험 비교·추천 서비스를 시작했다':
    the service's name is its words before 서비스, middle dot and all."""
    eng = engine(tmp_path)
    game = launches(eng, "카카오 신작 '별빛 검' 출시일 확정", "카카오가 개발한 신작 '별빛 검'의 출시일이 정해졌다. "
                                                         "게임은 오는 9월 26일 PS5로 출시되며, 8월 7일부터 예약 구매가 가능하다.")
    assert {model for _, model, *_ in game} == {"별빛 검"}
    service = launches(eng, "카카오 비교 서비스 개시", "카카오는 18일부터 여행자보험 비교·추천 서비스를 시작했다.")
    assert {model for _, model, *_ in service} == {"여행자보험 비교·추천"}


@pytest.mark.parametrize(
    "body",
    [
        "KT와 손잡은 카카오를 제외하고는 중견 기업들이 '한빛 정보시스템 사업' 경쟁에 참여하지 않았다.",  # the exception took part
        "'한빛 인가'를 신청한 5곳 중 카카오를 제외한 4곳에서 위험이 발견됐다.",  # the exception is the clean one
        "카카오는 2년 동안 '한빛 인가'를 받지 못하고 있는 상태다.",  # pending, not refused
        "정부는 '한빛 특구' 1차 대상에 포함되지 않은 특구계획에 대해서도 카카오와 컨설팅을 진행한다.",  # said of a plan
    ],
)
def test_exceptions_pending_decisions_and_plans_left_out_are_no_absence(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "'한빛' 소식", body) == set()


# A studio beside the publisher, watched too: which of the two launches the game.

WATCH_WITH_STUDIO = RULEKIT_WATCH.replace(
    "entities:\n", "entities:\n  nuri-studio:\n    names: [누리스튜디오]\n").replace(
    "entity: [naver, kakao, lg-ai-research, kt, upstage]", "entity: [naver, kakao, lg-ai-research, kt, upstage, nuri-studio]")

def test_the_publisher_launches_a_game_its_studio_develops(tmp_path: Path) -> None:
    """'카카오가 서비스하고 누리스튜디오가 개발 중인 'X(이하 'Y')'이 6월 29일 출시된다': the publisher,
    and the name without its short form; a sentence naming only the studio is the publisher's too."""
    eng = engine(tmp_path, WATCH_WITH_STUDIO)
    found = launches(eng, "카카오 신작 출시일 확정", "카카오(대표 홍길동)가 서비스하고 누리스튜디오가 개발중인 신작 ‘별빛 전쟁: "
                                                "새벽(이하 ‘별빛’)’이 9월 29일 정식 출시된다.")
    assert found == {("kakao", "별빛 전쟁: 새벽", "2024-09-29", "day", False, "planned")}
    found = launches(eng, "카카오, 신작 '별빛' 공개", "카카오가 신작 ‘별빛’을 소개했다. 4분기 중 출시를 목표로 하는 ‘별빛’은 "
                                                  "누리스튜디오가 개발하고 있다.")
    assert {entity for entity, *_ in found} == {"kakao"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("카카오는 '한빛 클라우드 인증'을 받지 못했다.", {("kakao", "한빛 클라우드 인증")}),  # a certification not granted
        ("카카오는 '한빛AI연합' 참관을 철회했다.", {("kakao", "한빛AI연합")}),  # an observer seat given up
        ("카카오는 '한빛 펀딩 라운드'에 투자하지 않기로 했다.", {("kakao", "한빛 펀딩 라운드")}),  # not investing
    ],
)
def test_a_certification_an_observer_seat_and_an_investment_not_made(tmp_path: Path, body: str,
                                                                     expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "'한빛' 소식", body) == expected


def test_a_past_release_of_nothing_named_is_background(tmp_path: Path) -> None:
    """'지난해 7월 처음 공개된 AI 안전 서약': a pledge, told as background; no product, no launch."""
    assert launches(engine(tmp_path), "카카오도 AI 안전 서약 동참", "지난해 7월22일 처음 공개된 AI 안전 서약은 기업의 "
                                                        "자발적 선언이다. 카카오도 이날 동참했다.") == set()


def test_a_subject_joined_to_an_unwatched_name_and_a_headlines_last_word(tmp_path: Path) -> None:
    """'카카오와 누리대학교가 … 나섰지만 또 고배를 마셨다': the watched one of the pair failed;
    '…' parts a headline into two statements, so '정부, 공모…카카오·KT 제외' names who is out."""
    eng = engine(tmp_path)
    assert absences(eng, "공모 결과", "카카오와 누리대학교가 '한빛 연구소' 공모사업 재수에 나섰지만 또 고배를 "
                                    "마셨다.") == {("kakao", "한빛 연구소 공모사업")}
    assert absences(eng, "네이버, '한빛 실증사업' 공모…카카오·KT 제외") == {("kakao", "한빛 실증사업"),
                                                                     ("kt", "한빛 실증사업")}
    assert absences(eng, "네이버, '한빛 실증사업' 공모…지역 기업 제외") == set()  # never the announcer


def test_announcing_the_teams_selected_is_no_launch(tmp_path: Path) -> None:
    """'28일 카카오가 한빛 리그 우선 협상 대상 10개 팀을 공개했다': a list of teams, not a product."""
    assert launches(engine(tmp_path), "한빛 리그 협상 대상 발표", "28일 카카오가 공식 홈페이지를 통해 한빛 리그 우선 협상 "
                                                         "대상 10개 팀을 공개했다.") == set()


def test_a_launch_beside_a_demo_is_still_a_launch(tmp_path: Path) -> None:
    """'17일 실시간 시연과 함께 공개된다': the demo is beside the product, not what is shown."""
    assert launches(engine(tmp_path), "카카오 '루나 3' 공개 임박", "카카오의 '루나 3'는 7월 17일 실시간 시연과 함께 "
                                                          "공개된다.") == {("kakao", "루나 3", "2024-07-17", "day", False,
                                                                          "planned")}


def test_those_not_taking_part_listed_after_a_progressive_and_an_exchange_as_the_group(tmp_path: Path) -> None:
    """'(거래소) 거래에 참여하지 않고 있는 증권사는 A·B 등 2개사다': the list is who stays
    out, and the exchange they stay out of is the group."""
    found = absences(engine(tmp_path), "증권사 2곳 거래 미참여", "6일 업계에 따르면 국내 증권사 중 네이버 거래에 참여하지 "
                                                         "않고 있는 증권사는 카카오·KT 등 2개사다.")
    assert found == {("kakao", "네이버"), ("kt", "네이버")}


def test_a_release_more_than_a_year_before_the_report_is_history(tmp_path: Path) -> None:
    """'지난 2022년 11월 카카오가 내놓은 '루나'는 …': told as the past a story starts from, not news."""
    assert launches(engine(tmp_path), "생성형 AI 열풍", "지난 2022년 11월 카카오가 내놓은 ‘루나’는 파괴적 혁신으로 "
                                                   "불렸다.") == set()
    assert launches(engine(tmp_path), "카카오 '루나' 출시", "카카오가 지난달 ‘루나’를 출시했다.") == \
        {("kakao", "루나", "2024-06", "month", False, "released")}  # last month is news still


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카카오가 '루나'를 내년 초 공개할 전망이다.", ("kakao", "루나", "2025", "year", True, "planned")),  # 초: the year
        ("카카오는 '루나' 발매일을 올해 10월 11일에서 내년 1월 24일로 변경했다고 밝혔다.",
         ("kakao", "루나", "2025-01-24", "day", False, "postponed")),  # moved: the new date
    ],
)
def test_early_next_year_is_the_year_and_a_date_changed_from_one_to_another_is_postponed(
        tmp_path: Path, text: str, expected: tuple[object, ...]) -> None:
    assert launches(engine(tmp_path), "루나 소식", text) == {expected}


def test_a_list_of_quarters_shares_its_first_ones_year() -> None:
    from datetime import date

    from rules.kdates import find_dates

    found = find_dates("두 게임은 각각 내년 2분기·4분기 출시 예정이다.", date(2023, 5, 11))
    assert [(d.date, d.precision) for d in found] == [("2024-Q2", "quarter"), ("2024-Q4", "quarter")]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A list closed by a count of what it names ("등 3종목은", "두 종목은") carries its particle.
        ("코스피200 정기변경", "카카오, 네이버, KT 등 3종목은 이번에 지수에서 편출됐다.",
         {("kakao", "코스피200"), ("naver", "코스피200"), ("kt", "코스피200")}),
        # An index named after its maker: the maker's name before the locative is the index's, not who left.
        ("지수 정기변경", "업스테이지와 KT 두 종목은 네이버 지수에서 빠지게 됐다.",
         {("upstage", "네이버 지수"), ("kt", "네이버 지수")}),
        # A review told over sentences: the index named last is what the later list leaves.
        ("지수 정기변경", "코스닥150은 이번에 5개 종목이 바뀐다. 카카오, 업스테이지가 새로 들어왔다. 네이버와 KT는 빠졌다.",
         {("naver", "코스닥150"), ("kt", "코스닥150")}),
        # Regions before names, asides in brackets and pairs joined by a hyphen stay one list.
        ("대학 본지정 결과", "서울 카카오-네이버(통합), KT(단독), 경기 업스테이지(단독)는 '한빛대학' 본지정에서 고배를 마셨다.",
         {("kakao", "한빛대학 본지정"), ("naver", "한빛대학 본지정"), ("kt", "한빛대학 본지정"),
          ("upstage", "한빛대학 본지정")}),
        # A designation (본지정), a ranking (500대 기업) and a comparison service are groups.
        ("대학 본지정 결과", "카카오는 2025년 한빛대학 본지정에 최종 선정되지 못했다.", {("kakao", "한빛대학 본지정")}),
        ("순위", "지난해 480위였던 네이버는 올해 글로벌 500대 기업에서 탈락했다.", {("naver", "글로벌 500대 기업")}),
        ("보험 비교", "대형사인 카카오와 KT는 '한빛 보험 비교·추천 서비스'에서 빠졌다.",
         {("kakao", "한빛 보험 비교·추천 서비스"), ("kt", "한빛 보험 비교·추천 서비스")}),
        # Out and back in, or out before and in now: history, not news.
        ("순위", "카카오는 지난해 500대 기업에서 빠졌다가 올해 다시 진입했다.", set()),
        ("사업 선정", "지난 1단계 사업에서 탈락했던 카카오가 이번 2단계 사업에는 새로 이름을 올렸다.", set()),
    ],
)
def test_index_reviews_rankings_designations_and_lists_of_round_four(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_day_a_report_was_published_elsewhere_is_no_launch_date(tmp_path: Path) -> None:
    """'… 쏠리고 있다고 외신이 19일 보도했다': the day another outlet reported it, not a launch."""
    assert launches(engine(tmp_path), "카카오 차기 모델", "카카오가 '루나'를 선보인 지 1년이 지난 가운데, 업계의 시선은 "
                                                 "카카오가 공개할 차기 모델에 쏠리고 있다고 외신이 19일 보도했다.") == set()


def test_a_launch_time_adjusted_to_a_later_month_is_postponed_to_it(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "카카오 신작 연기", "카카오는 '별바람'의 출시일을 9월 1일로 확정했으나, 테스트 "
                                                   "피드백을 반영해 11월로 출시 시점을 조정한다고 밝혔다.")
    assert ("kakao", "별바람", "2024-11", "month", False, "postponed") in found


def test_the_owner_of_the_show_a_date_was_announced_at_is_not_the_maker(tmp_path: Path) -> None:
    """'소니의 … 행사를 통해 출시일을 확정': whose show it was; the report's company launches."""
    found = launches(engine(tmp_path), "카카오 신작 출시 연기", "'별바람'은 네이버의 게임 쇼케이스 행사를 통해 9월 1일로 "
                                                      "출시일을 확정지었으나 11월로 출시 시점을 조정했다.")
    assert found and {entity for entity, *_ in found} == {"kakao"}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "편출이 결정된 종목은 A, B, C다": the trigger describes the head noun; the list is its copula.
        ("코스피200 정기변경", "시가총액 하락 등의 사유로 편출이 결정된 종목은 카카오, 네이버, KT다.",
         {("kakao", "코스피200"), ("naver", "코스피200"), ("kt", "코스피200")}),
        # Qualified but not taken in.
        ("코스닥150 정기변경", "카카오와 업스테이지는 코스닥150 입성 요건은 채웠으나 위원회 심의 결과 이번 정기변경에서 "
                          "편입하지 않기로 결정했다.", {("kakao", "코스닥150"), ("upstage", "코스닥150")}),
        # "결국 C에 사업을 내줬다": the subject lost the contract to C; 모두 closes the list before it.
        ("'한빛 클라우드 사업' 결과", "카카오와 네이버 모두 이번 사업에 총력을 기울였지만 결국 KT에 사업을 내주게 됐다.",
         {("kakao", "한빛 클라우드 사업"), ("naver", "한빛 클라우드 사업")}),
        # A headline's topic may be a list closed by a count before its comma.
        ("카카오·네이버 등 3개 기업, 한빛 재정지원 탈락", "", {("kakao", "한빛 재정지원"), ("naver", "한빛 재정지원")}),
        # 제외됨으로써; the candidates of a takeover are the takeover the report names ('인수 후보' names no group).
        ("쌍용차 인수전", "법원 평가 결과 카카오 컨소시엄이 인수 후보에서 제외됨으로써 KT 컨소시엄이 사실상 우선협상대상자로 "
                     "선정됐다.", {("kakao", "쌍용차 인수전")}),
    ],
)
def test_copulas_contracts_lost_and_takeover_candidates(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Those named among the ones an adnominal trigger describes ("탈락한 N곳 중에는 A, B").
        ("한빛 재정지원 결과", "탈락한 52개 대학 중에는 카카오와 네이버, KT 등 수도권 대학이 11곳 포함됐다.",
         {("kakao", "한빛 재정지원"), ("naver", "한빛 재정지원"), ("kt", "한빛 재정지원")}),
        # Support not received is a selection missed.
        ("재정지원 결과", "카카오와 네이버 등 전국 52개 대학이 정부의 재정지원을 받지 못하게 됐다.",
         {("kakao", "재정지원"), ("naver", "재정지원")}),
        # A list's tail may hold commas and a possessive before the noun that carries its particle.
        ("한빛협의체 위상 흔들", "지난해 17개 기업이 참여했던 '한빛협의체'에서 카카오를 비롯해 네이버, KT 등 에너지, 소재, "
                            "화학 분야의 핵심 기업들이 대거 탈퇴하거나 참여를 중단했다.",
         {("kakao", "한빛협의체"), ("naver", "한빛협의체"), ("kt", "한빛협의체")}),
    ],
)
def test_those_among_the_eliminated_and_long_list_tails(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_deciding_committee_is_not_the_group_and_a_service_someone_launches_is_theirs(tmp_path: Path) -> None:
    """'한빛대학위원회는 … 발표했다': the body deciding is no group; '네이버가 출시할 예정인 X 서비스에서
    빠졌다': 네이버 owns the service, 카카오 is out of it, and the group's name starts after the verb."""
    eng = engine(tmp_path)
    assert absences(eng, "한빛대학 본지정 결과", "한빛대학위원회는 28일 본지정 결과를 발표했다. 카카오와 네이버는 최종 관문을 "
                                        "넘지 못했다.") == {("kakao", "한빛대학 본지정"), ("naver", "한빛대학 본지정")}
    assert absences(eng, "보험 비교 서비스", "카카오는 네이버가 다음 달 출시할 예정인 여행자보험 비교추천 서비스에서 빠졌다.") == \
        {("kakao", "여행자보험 비교추천 서비스")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A chip or a battery launches when its mass production starts.
        ("카카오 칩 양산", "카카오는 AI 칩 '한빛1'을 연내 양산할 계획이다.", {("kakao", "한빛1", "2024", "year", True, "planned")}),
        ("카카오 배터리", "카카오는 오는 8월 공장에서 '한빛 배터리' 양산을 시작한다.",
         {("kakao", "한빛 배터리", "2024-08", "month", False, "planned")}),
        # 양산 as a noun of capacity is no launch; a foreign outlet's day with (현지시간) dates the report.
        ("카카오 양산 체제", "카카오는 지난해 양산 체제를 갖춘 공장을 증설한다고 3일 밝혔다.", set()),
        ("카카오 신모델 임박", "카카오의 차세대 모델 '루나2' 출시가 임박했다고 외신이 16일(현지시간) 보도했다.", set()),
    ],
)
def test_mass_production_is_a_launch_and_a_report_day_abroad_is_not(
        tmp_path: Path, title: str, body: str, expected: set[tuple[object, ...]]) -> None:
    assert launches(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # An aside in brackets after the list's last name (a price, a score, a CEO) before 등 N곳은.
        ("코스피200 정기변경", "네이버(1,000원 ▲10 +1.0%), 카카오(2,000원 ▼20 -1.0%), KT(3,000원 0.00%) 등 3개 종목은 "
                          "코스피200에서 제외됐다.", {("naver", "코스피200"), ("kakao", "코스피200"), ("kt", "코스피200")}),
        ("한빛 사업 결과", "카카오(대표 홍길동), 네이버(대표 김철수) 등 2곳은 '한빛 사업' 최종 심사에서 고배를 마셨다.",
         {("kakao", "한빛 사업"), ("naver", "한빛 사업")}),
        # "A, B, C 등 3개 지역 중 C를 제외한": the list is what the exception is taken from, not who is out.
        ("'한빛특구' 지정 결과", "정부는 카카오(판교), 네이버(분당), KT(광화문) 등 3개 지역 중 KT를 제외한 2개 지역의 "
                           "'한빛특구' 최종안을 확정했다.", {("kt", "한빛특구")}),
    ],
)
def test_asides_before_a_lists_end_and_lists_an_exception_is_taken_from(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_product_name_never_takes_a_particle_and_a_year_and_a_venue_is_no_product(tmp_path: Path) -> None:
    """"차기 갤럭시를 2024년 8월 1일에 공개한다": no product '갤럭시를 2024'; '더 게임 어워즈 2024'에서
    출시일을 밝혔다: the awards show is where, '별바람' is what."""
    eng = engine(tmp_path)
    assert launches(eng, "카카오 공개 예고", "카카오는 지난 4일 \"차기 갤럭시를 2024년 8월 1일에 공개한다\"고 예고했다.") == \
        {("kakao", None, "2024-08-01", "day", False, "planned")}
    assert launches(eng, "카카오 갤럭시", "카카오는 갤럭시 Z폴드7을 오는 9월 출시한다.") == \
        {("kakao", "갤럭시 Z폴드7", "2024-09", "month", False, "planned")}
    assert launches(eng, "카카오 신작 출시일 공개", "카카오는 미국에서 열린 '더 게임 어워즈 2024'에서 내년 2월 11일 '별바람'을 "
                                               "정식 출시한다고 밝혔다.") == \
        {("kakao", "별바람", "2025-02-11", "day", False, "planned")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "제외되는 종목은 A(코드), B(코드) 등 17개다": a present adnominal, stock codes, a count before the copula.
        ("코스닥150 정기변경", "제외되는 종목은 카카오(035720), 네이버(035420), KT(030200) 등 17개다.",
         {("kakao", "코스닥150"), ("naver", "코스닥150"), ("kt", "코스닥150")}),
        # "A의 경우" is "as for A", not a condition.
        ("MSCI 정기변경", "업스테이지의 경우 지수에서 편출됐다.", {("upstage", "지수")}),
        # Failing to be added, listed or chosen; a designation cancelled; being replaced in an index.
        ("S&P500 정기변경", "카카오가 S&P500 지수 편입에 실패하며 주가가 7% 하락했다.", {("kakao", "S&P500 지수")}),
        ("한빛 관찰대상국", "카카오는 '한빛 관찰대상국' 등재에 실패했다.", {("kakao", "한빛 관찰대상국")}),
        ("코스닥 글로벌 기업 지정", "반면 '카카오'와 '네이버'는 코스닥 글로벌 기업 지정이 취소됐다.",
         {("kakao", "코스닥 글로벌 기업 지정"), ("naver", "코스닥 글로벌 기업 지정")}),
        ("S&P500 정기변경", "이들 기업은 23일부터 S&P500에서 카카오와 네이버, KT를 대체한다고 밝혔다.",
         {("kakao", "S&P500"), ("naver", "S&P500"), ("kt", "S&P500")}),
        # Bids not entered and projects given up; a show and a capital raise stayed out of.
        ("한빛 매각", "당초 입찰에 나설 것으로 알려졌던 카카오는 우발채무 리스크 등으로 '한빛 매각' 본입찰에 나서지 않았다.",
         {("kakao", "한빛 매각 본입찰")}),
        ("네덜란드 원전 수주전", "카카오가 네덜란드 정부가 추진 중인 신규 원전 프로젝트를 포기한다는 소식이 전해졌다.",
         {("kakao", "원전 프로젝트")}),
        ("쪼그라든 한빛모빌리티쇼, 카카오·네이버·KT 등 불참", "",
         {("kakao", "한빛모빌리티쇼"), ("naver", "한빛모빌리티쇼"), ("kt", "한빛모빌리티쇼")}),
        ("한빛 유상증자", "카카오는 다음 달 예정된 한빛의 유상증자에 참여하지 않겠다는 뜻을 밝혔다.", {("kakao", "한빛 유상증자")}),
    ],
)
def test_index_designation_bid_and_show_absences_of_round_six(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Who entered and who won, in different sentences: the rest lost, though no sentence says so.
        ("한빛시 1금고에 카카오 선정", "한빛시 1금고 공모에는 카카오, 네이버, KT 등 3곳이 제안서를 제출했다. 시는 심의위원회를 "
                                  "열어 카카오를 1금고로 선정했다.", {("naver", "한빛시 1금고"), ("kt", "한빛시 1금고")}),
        # Not before a winner is named, and not at a show, where taking part is all there is.
        ("한빛시 1금고 공모", "한빛시 1금고 공모에는 카카오, 네이버, KT 등 3곳이 제안서를 제출했다. 결과는 다음 달 발표된다.",
         set()),
        ("한빛모빌리티쇼 개막", "올해 한빛모빌리티쇼에는 카카오, 네이버, KT가 참가했다. 카카오가 최고 부스로 선정됐다.", set()),
        # Entrants and winner in one sentence: the winner is who follows the contest, and what was contested is
        # the selection named beside them or, unnamed there, in the sentence before; a race for a show is for its seat.
        ("한빛시, 공모 잇단 고배", "한빛시는 '2030 한빛정원박람회' 공모에 탈락했다. 박람회 공모에 카카오, 네이버, KT, 업스테이지가 "
                              "경합을 벌인 끝에 업스테이지가 개최지로 최종 선정됐다.",
         {("kakao", "2030 한빛정원박람회 개최지"), ("naver", "2030 한빛정원박람회 개최지"), ("kt", "2030 한빛정원박람회 개최지")}),
        # "X를 비롯해 A, B 등이 유치 경쟁을 벌여왔다" with X chosen earlier: X entered too, and A, B lost; a province
        # before a city ('충북 …') belongs to the name after it.
        ("한빛 데이터센터 후보지로 카카오 선정", "데이터센터 후보지로 카카오가 선정됐다. 앞서 유치를 위해 카카오를 비롯해, "
                                         "네이버와 충북 KT, 충남 업스테이지 등이 치열한 유치 경쟁을 벌여왔다.",
         {("naver", "한빛 데이터센터 후보지"), ("kt", "한빛 데이터센터 후보지"), ("upstage", "한빛 데이터센터 후보지")}),
        # One entrant named ("KB증권이 참가했다"), others named as the winners: it lost to them.
        ("한빛 주간 운용사 재선정", "이번 '한빛 주간 운용사' 입찰에는 카카오가 증권사 최초로 참가했다. 평가 결과 기존 운용사인 "
                               "네이버와 KT가 우선협상대상자로 선정됐다.", {("kakao", "한빛 주간 운용사 입찰")}),
        # A programme the winner was chosen for, with two that contested it to the end.
        ("문체부, '한빛 관광도시 육성사업'에 네이버 선정", "선정 과정에선 네이버와 카카오가 마지막까지 치열한 경합을 벌였다. "
                                                "네이버는 국제관광도시로 선정됐다.", {("kakao", "한빛 관광도시 육성사업")}),
        # "주관사 A가 본입찰을 진행한 결과 B와 C 2개 업체만 참여했다": the entrants follow the result.
        # (what the loser is out of is the role the winner took, of what was sold: it did take part in the bid)
        ("한빛 매각 본입찰 결과", "주관사 카카오가 본입찰을 진행한 결과 네이버와 KT 2개 업체만 참여했다. KT가 우선협상대상자로 "
                              "선정됐다.",
         {("naver", "한빛 매각 우선협상대상자")}),
    ],
)
def test_those_who_entered_a_selection_and_did_not_win_lost_it(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_dates_counted_back_from_a_launch_and_launch_dates_not_yet_fixed_are_no_launch(tmp_path: Path) -> None:
    """'출시 약 2주 전인 20일부터 사전판매': the pre-sale's dates; '부사장(CFO)은 … 신작 출시일이 확정되지
    않았다고': no product named CFO, no date fixed."""
    eng = engine(tmp_path)
    assert launches(eng, "카카오 한빛폰 출시", "카카오의 '한빛폰'은 2025년 3월 6일 출시된다. 출시 약 2주 전인 오는 20일부터 "
                                          "26일까지 7일간은 사전판매가 진행된다.") == \
        {("kakao", "한빛폰", "2025-03-06", "day", False, "planned")}
    assert launches(eng, "카카오 실적", "카카오의 김철수 부사장(CFO)은 12일 2024년 2분기 실적발표 컨퍼런스콜에서 신작 "
                                   "출시일이 확정되지 않았다고 밝혔다.") == set()


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A noun of kind before each name does not break the list.
        ("S&P500 정기변경", "이들 기업은 S&P500에서 항공사 카카오와 전자상거래 플랫폼 네이버, 통신사 KT를 대체한다.",
         {("kakao", "S&P500"), ("naver", "S&P500"), ("kt", "S&P500")}),
        # The entrants as a copula's list, then the winner: the other entrant lost.
        ("한빛 매각 우선협상자 선정", "지난달 '한빛 매각' 본입찰에 참여한 곳은 카카오와 네이버 2곳이다. 이사회는 카카오를 "
                                 "우선협상대상자로 선정했다.", {("naver", "한빛 매각 우선협상대상자")}),
        # A bracketed aside between the selection and its failure.
        ("한빛클러스터 공모", "카카오가 정부의 '한빛클러스터' 공모사업 유치(본지 5월 23일 보도)에 실패했다.",
         {("kakao", "한빛클러스터 공모사업")}),
    ],
)
def test_kinds_before_names_entrants_as_a_copula_and_asides_before_a_failure(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_a_launch_given_as_the_background_of_a_trend_is_no_launch(tmp_path: Path) -> None:
    """'…가 공개한 후 세계적으로 관심이 고조됐다': the past a story starts from; '출시한 후 가입자 100만명을
    넘겼다' still tells the launch."""
    eng = engine(tmp_path)
    assert launches(eng, "생성형 AI 열풍", "2023년 11월 카카오가 '루나'를 세상에 공개한 후 세계적으로 생성형 AI에 대한 "
                                     "관심이 고조됐다.") == set()
    assert launches(eng, "카카오 루나 출시", "카카오는 지난달 '루나'를 출시한 후 가입자 100만명을 넘겼다.") == \
        {("kakao", "루나", "2024-06", "month", False, "released")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Stock codes in square brackets, △ bullets, and "A와 B 같은 N들은" close a list like 등 does.
        ("코스닥 글로벌 기업 지정 취소", "기존 코스닥 글로벌 기업이었던 카카오[035720], 네이버[035420], KT[030200] 등 3개사는 "
                                   "지정이 취소됐다.", {("kakao", "코스닥 글로벌 기업 지정"), ("naver", "코스닥 글로벌 기업 지정"),
                                                      ("kt", "코스닥 글로벌 기업 지정")}),
        ("코스피200 정기변경", "△카카오와 △네이버 △KT는 코스피200에서 제외된다.",
         {("kakao", "코스피200"), ("naver", "코스피200"), ("kt", "코스피200")}),
        ("게임스컴 불참", "카카오와 네이버, KT 같은 대형 게임회사들은 게임스컴에 불참을 결정했다.",
         {("kakao", "게임스컴"), ("naver", "게임스컴"), ("kt", "게임스컴")}),
        # A licence not secured, one handed back, a holder changed from one to another.
        ("인천공항 면세점 입찰", "카카오는 이번 입찰에서 사업권을 확보하지 못했다.", {("kakao", "인천공항 면세점 입찰")}),
        ("한빛공항 면세점", "카카오와 네이버가 반납한 한빛공항 면세점 사업권의 신규 후보로 KT가 선정됐다.",
         {("kakao", "한빛공항 면세점 사업권"), ("naver", "한빛공항 면세점 사업권")}),
        ("한빛시 금고 변경", "한빛시 금고가 104년 만에 카카오에서 네이버로 변경됐습니다.", {("kakao", "한빛시 금고")}),
        ("한빛카드 우선협상대상자 변경", "한빛그룹이 한빛카드 매각 우선협상대상자를 카카오에서 KT 컨소시엄으로 변경했다.",
         {("kakao", "한빛카드 우선협상대상자")}),
        # Handing back spectrum, or changing a payment method, leaves no group.
        ("5G 주파수", "이동통신 3사가 반납한 주파수 할당 신청이 마감됐다. 카카오가 신청했다.", set()),
        ("한빛 서비스", "카카오는 결제 수단을 카드에서 간편결제로 바꿨다.", set()),
    ],
)
def test_bracketed_codes_bullets_licences_handed_back_and_holders_changed(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


def test_the_owner_of_a_product_compared_with_is_not_the_launcher(tmp_path: Path) -> None:
    """'카카오는 네이버의 '클로바'와 유사한 '루나'를 출시한다': 네이버 owns what it is compared with."""
    assert launches(engine(tmp_path), "카카오 챗봇 예고", "카카오는 지난 7일 네이버의 AI 챗봇인 '클로바'와 유사한 서비스 "
                                                 "'루나'를 다음 달 출시한다고 발표했다.") == \
        {("kakao", "루나", "2024-08", "month", False, "planned")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "…을 탈락시킨 것으로 나타났다": a reported clause, not a word the trigger describes; codes in brackets.
        ("한빛연금 거래 증권사 교체", "한빛연금이 올 3분기 국내주식 거래 증권사 명단에서 카카오(035720)와 네이버(035420)를 "
                             "모두 탈락시킨 것으로 나타났다.",
         {("kakao", "국내주식 거래 증권사 명단"), ("naver", "국내주식 거래 증권사 명단")}),
        # A group whose head word is none we know is what the clause says they are out of ("…풀에서").
        ("한빛연금 거래 증권사 교체", "한빛연금은 국내주식 거래 증권사 풀에서 올해 3분기 카카오와 네이버를 제외하고 KT를 "
                             "새롭게 넣었다.", {("kakao", "국내주식 거래 증권사 풀"), ("naver", "국내주식 거래 증권사 풀")}),
        # "등 빅3가" closes a list like "등 3곳이".
        ("한빛시 면세점 특허", "한빛시 면세점 특허 입찰에는 카카오, 네이버, KT 등 빅3가 일찌감치 불참을 선언했다.",
         {("kakao", "한빛시 면세점 특허 입찰"), ("naver", "한빛시 면세점 특허 입찰"), ("kt", "한빛시 면세점 특허 입찰")}),
        # A preferred bidder's standing handed back; a takeover given up.
        ("한빛손보 매각", "한빛지주는 자회사인 카카오가 한빛손보 매각과 관련한 우선협상대상자 지위를 반납하기로 했다고 밝혔다.",
         {("kakao", "우선협상대상자")}),
        ("한빛항공 M&A 무산", "카카오가 한빛항공 인수합병(M&A)를 포기했다.", {("kakao", "한빛항공 인수합병")}),
        # "A 외에도 B·C 등이 도전장을 던졌다", then A chosen: B and C lost.
        ("한빛법원 공탁금 보관은행 선정", "한빛법원 공탁금 보관은행 입찰에는 KT 외에도 카카오·네이버 등이 모두 도전장을 던졌다. "
                                "한빛법원은 KT를 공탁금 보관은행으로 다시 선정했다.",
         {("kakao", "한빛법원 공탁금 보관은행 입찰"), ("naver", "한빛법원 공탁금 보관은행 입찰")}),
        # "…컨소시엄을 제치고": the consortium beaten is a bidder, not a group left.
        ("한빛건설 매각", "카카오는 경쟁자인 네이버-KT 컨소시엄을 제치고 한빛건설 인수 우선협상대상자로 선정됐다.",
         {("naver", "한빛건설 인수 우선협상대상자"), ("kt", "한빛건설 인수 우선협상대상자")}),
        # "A와 B까지 경쟁에 합류했으나 A가 선정됐다": B lost what the sentence names as contested.
        ("한빛공항 면세점 입찰", "카카오와 네이버까지 경쟁에 합류했으나 기존 사업자인 카카오가 한빛공항 면세점 사업자로 최종 "
                         "선정됐다.", {("naver", "한빛공항 면세점 사업자")}),
        # A possessive before the programme left is whose programme it is.
        ("한빛대 소식", "카카오가 네이버의 한빛AI 지원사업 추가 심의에서 탈락했다.", {("kakao", "네이버 한빛AI 지원사업")}),
        # "선정되지 못 한 카카오는": spaced as reports often are, still said of what follows.
        ("한빛대 재정지원", "지난해 한빛AI 지원사업에서 유일하게 선정되지 못 한 카카오는 올해 추가 심의에서도 떨어졌다.",
         {("kakao", "한빛AI 지원사업")}),
    ],
)
def test_reported_clauses_unknown_heads_big_three_standing_handed_back_and_entrants_besides(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # The outlet that reports a rumour is not who launches; the product's maker is not named.
        ("한빛폰 출시 연기설", "폰월드 등 외신은 19일 팁스터를 인용해 당초 이달 출시가 예상됐던 한빛폰9가 다음 달로 조정될 수 "
                         "있다고 보도했다.", set()),
        # Reported in a later clause, or from an analyst's report: still not the outlet's or the analyst's launch.
        ("한빛폰 출시", "폰월드 등 외신은 팁스터를 인용해, 당초 이달 출시가 예상됐던 한빛폰9가 다음 달로 조정될 수 있다고 "
                      "보도했다.", set()),
        ("한빛폴드 공급", "IT매체 폰월드는 분석가 김한빛의 보고서를 인용해 내년 가을 출시가 예상되는 한빛폴드가 공급 부족을 겪을 "
                       "수 있다고 보도했다.", set()),
        # Where a service starts is not who starts it.
        ("배달 서비스 확대", "배달앱 '한빛배달'의 라이더 서비스가 지난주 부산에서 서비스를 개시한 데 이어 오늘(15일)은 대전에서 "
                        "서비스를 시작한다.", set()),
        # A public sale and a list of nominees are not products.
        ("한빛손보 매각", "예보는 2022년 4월 한빛손보가 부실금융기관으로 결정된 이후 4차례 공개 매각을 추진했다.", set()),
        ("한빛게임대상 후보", "한빛게임협회는 2024 한빛게임대상 본상 후보에 오른 작품을 공개했다.", set()),
        # A particle set apart by a stray space still marks the subject.
        ("KT 새 모델", "KT 가 '믿음3'를 이르면 다음 달 출시할 전망이다.", {("kt", "믿음3", "2024-08", "month", True, "planned")}),
    ],
)
def test_reporters_places_sales_and_nominee_lists_launch_nothing(
        tmp_path: Path, title: str, body: str, expected: set[tuple[object, ...]]) -> None:
    assert launches(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Adverbs and durations before a group's name are not part of it.
        ("한빛모터쇼 축소", "그간 꾸준히 한빛모터쇼에 참여했던 카카오와 네이버도 올해 불참을 선언했다.",
         {("kakao", "한빛모터쇼"), ("naver", "한빛모터쇼")}),
        ("한빛시, 내년부터 4년간 금고로 KT 선정", "한빛시 금고에 KT, 카카오, 네이버 등 3곳이 제안서를 접수했다. 심사 결과 "
                                     "네이버는 탈락했다.", {("kakao", "한빛시 금고"), ("naver", "한빛시 금고")}),
        # An index that is quoted as the source ("…에 따르면") is not what is left.
        ("한빛500 정기 변경", "한빛500 지수는 다음 달 구성 종목을 바꾼다. 한빛 다우 지수에 따르면, KT는 카카오를 대체하게 된다.",
         {("kakao", "한빛500 지수")}),
        # A show's organising committee told of an absence: the show is what they stay away from.
        ("한빛모터쇼", "카카오와 네이버는 최근 한빛모터쇼 조직위원회에 불참을 통보했다.",
         {("kakao", "한빛모터쇼"), ("naver", "한빛모터쇼")}),
        # A quoted name of unknown head, after the clause that describes it.
        ("합작 종료", "네이버가 카카오와 합작사 체제로 운영해 온 ‘한빛모빌’에서 완전히 손을 떼는 절차에 들어갔다.",
         {("naver", "한빛모빌")}),
        # A selection with no name but its own (1금고) is still what the entrants who lost are out of.
        ("금고 지정 결과", "1금고에는 카카오, 네이버, KT가 도전장을 냈다. 심의 결과 1금고 은행으로 KT가 지정됐다.",
         {("kakao", "1금고"), ("naver", "1금고")}),
        # How a contract is awarded (공개입찰) is no name, however often it is repeated.
        ("한빛페이 사업자 발표", "한빛시는 공개입찰을 거쳐 '한빛페이 운영 사업자'로 KT를 뽑았다. 이번 공개입찰에 참여한 "
         "카카오와 네이버는 고배를 마셨다.", {("kakao", "한빛페이 운영 사업자"), ("naver", "한빛페이 운영 사업자")}),
        # What they were until the news names what they are out of; how often it is decided does not.
        ("한빛거래소 정기 심사", "한빛거래소는 연 1회 지정 결과를 내놨다. 기존 한빛 혁신기업이었던 카카오와 KT 등 2개사는 "
         "지정이 취소됐다.", {("kakao", "한빛 혁신기업"), ("kt", "한빛 혁신기업")}),
        # Beaten by a rival's consortium: out of what the winner was chosen as, not out of the winner's team.
        ("한빛시티 결과 발표", "'한빛건설 컨소시엄'이 카카오 컨소시엄을 제치고 우선협상대상자로 선정됐다. 한빛건설 컨소시엄에는 "
         "중소 건설사 5곳이 참여했다.", {("kakao", "우선협상대상자")}),
    ],
)
def test_the_group_lost_is_the_selection_read_whole_without_adverbs_procedures_sources_or_rivals(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A stock code after the last name, before "등 2곳이": the list's particle still closes it.
        ("코스피200 정기변경", "코스피200에서 카카오(035720), 네이버(035420) 등 2곳이 제외된다.",
         {("kakao", "코스피200"), ("naver", "코스피200")}),
        # The names after "…며," are their own clause's list.
        ("코스피200 정기변경", "코스피200 신규 편입 종목은 KT(030200), 쿠팡(000010) 등 2개며, 카카오(035720), "
                          "네이버(035420) 등 2개 종목이 제외된다.", {("kakao", "코스피200"), ("naver", "코스피200")}),
        # Entrants beaten, told by their products after each maker's 의; what they lost is the prize the winner
        # took (the label of the report this comes from), not the awards event it was given at.
        ("한빛 올해의 차", "한빛 어워즈에서 KT의 K1은 최종 후보로 오른 카카오의 K2와 네이버의 N3를 제치고 올해의 차에 이름을 "
                      "올렸다.", {("kakao", "올해의 차"), ("naver", "올해의 차")}),
    ],
)
def test_lists_with_stock_codes_and_entrants_told_by_their_products(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


WATCH_WITH_A_COUNTRY = RULEKIT_WATCH.replace("entities:\n", "entities:\n  korea:\n    names: [한국]\n")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A possibility conceded and then denied; a reveal event held; a model inside a company's name.
        ("한빛게임쇼", "특히 카카오는 올해 하반기에 '한빛퀘스트'를 공개할 수 있으나 불참을 선언했다.", set()),
        ("한빛폰 이름 확정", "네이버는 오는 14일 밤 11시 한빛폰 공개행사를 온라인으로 진행한다.", set()),
        ("에이전트", "네이버는 캡제미니(Capgemini)와 함께 만든 에이전트를 9월 출시한다.",
         {("naver", None, "2024-09", "month", False, "planned")}),
        # The meeting where it was said, and the country where production starts, launch nothing.
        ("배터리 양산", '김한빛 카카오 사장은 한빛배터리협회 이사회에서 "한국에서 하반기에 양산을 시작할 것"이라고 밝혔다.',
         set()),
    ],
)
def test_conceded_possibilities_reveal_events_venues_and_countries_launch_nothing(
        tmp_path: Path, title: str, body: str, expected: set[tuple[object, ...]]) -> None:
    assert launches(engine(tmp_path, WATCH_WITH_A_COUNTRY), title, body) == expected


def test_a_country_whose_market_is_left_is_not_who_left(tmp_path: Path) -> None:
    eng = engine(tmp_path, WATCH_WITH_A_COUNTRY)
    assert [e for e in eng.events(doc("한빛TV 철수", "한빛TV가 한국 사업을 철수한다.")) if e.type == "absent_from"] == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A launch told in an adnominal clause names its product right after it ("출시한 X는"), kind words dropped.
        ("한빛워크", "카카오가 지난 5월 출시한 한빛워크는 임직원간 소통 기능에 특화된 업무 플랫폼이다.",
         {("kakao", "한빛워크", "2024-05", "month", False, "released")}),
        ("한빛 검색", "최근 네이버는 지난 5월 출시한 검색 서비스 AI 요약의 출시 국가를 100개국으로 늘린다고 밝혔다.",
         {("naver", "AI 요약", "2024-05", "month", False, "released")}),
    ],
)
def test_a_launch_told_in_an_adnominal_clause_names_the_product_after_it(
        tmp_path: Path, title: str, body: str, expected: set[tuple[object, ...]]) -> None:
    assert launches(engine(tmp_path), title, body) == expected


def test_two_quotations_joined_are_two_things_said_and_a_subject_does_not_cross_between_them(tmp_path: Path) -> None:
    body = ('한 업계 관계자는 "카카오도 네이버도 사정이 비슷하다는 얘기가 돌았다"면서 "지금은 누가 먼저 '
            "'한빛협회' 탈퇴 신청을 할지 서로 눈치를 본다\"고 말했다.")
    assert absences(engine(tmp_path), "한빛협회 흔들", body) == set()


def test_an_analyst_or_a_medium_telling_of_a_launch_is_not_who_launches(tmp_path: Path) -> None:
    """'애플 전문 분석가 궈밍치는 … 2026년 하반기 공개가 예상된다', 'IT매체 샘모바일은 … 아직 공개도 안 된
    갤럭시워치4를': the report introduces them as sources, and what they tell is hearsay, not their launch."""
    eng = engine(tmp_path)
    told = "스마트폰 전문 분석가 업스테이지의 보고서가 나왔다. 업스테이지는 보고서에서 \"접는 기기는 2026년 하반기 공개가 예상된다\"고 밝혔다."
    assert launches(eng, "접는 기기 전망", told) == set()
    assert launches(eng, "IT매체 카카오, 새 시계 포착", "20일 IT매체 카카오는 선수가 아직 공개도 안 된 '한빛워치4'를 "
                                                    "착용하고 있다고 전했다.") == set()
    own = launches(eng, "업스테이지 새 모델", "업스테이지는 새 모델 '솔라 3'를 2026년 하반기 공개할 예정이다.")
    assert {(entity, date) for entity, _, date, *_ in own} == {("upstage", "2026-H2")}


def test_a_sentence_without_a_subject_goes_on_about_who_was_just_out(tmp_path: Path) -> None:
    """'전주시가 공모에 잇따라 고배를 마셨다. … 공모에 탈락했다. … 공모도 탈락했다': Korean leaves the subject
    out once it is known; each later sentence that names its own programme says the same organisation
    lost it. A subject of a clause describing the programme ('340억원이 투입되는') is not the trigger's."""
    found = absences(engine(tmp_path), "카카오, 정부 공모 잇단 고배",
                     "카카오가 정부 주요 공모에 잇따라 고배를 마셨다. 카카오에 따르면 지난달 한빛청이 주관한 '2030 대한민국 "
                     "한빛박람회' 공모에 탈락했다. 국비 340억원이 투입되는 '한빛 데이터센터 건립 공모'도 탈락했다.")
    assert {group for _, group in found} >= {"2030 대한민국 한빛박람회", "한빛 데이터센터 건립 공모"}
    assert {entity for entity, _ in found} == {"kakao"}
    # Not once another organisation has become what the report speaks of.
    assert absences(engine(tmp_path), "공모 결과", "카카오가 '한빛 공모'에서 탈락했다. 네이버는 다른 사업을 준비 중이다. "
                                                 "'한빛 데이터센터 건립 공모'도 탈락했다.") == {("kakao", "한빛 공모")}


def test_a_name_changed_or_a_plant_closed_leaves_no_group(tmp_path: Path) -> None:
    """'기관명을 전경련에서 한경협으로 교체한 한경협은': a renaming, no one left; '중국의 휴대폰 생산 라인을 모두
    철수한 셈이다': a plant closed, not a group left, even where the article is about a joint venture."""
    eng = engine(tmp_path)
    assert absences(eng, "'한빛경제협회' 새 출발", "'한빛경제협회'는 지난해 기관명을 카카오에서 한빛경제협회로 교체했다.") == set()
    assert absences(eng, "'한빛 합작법인' 지분 정리", "'한빛 합작법인' 지분을 넘긴 카카오는 한빛국의 휴대폰 생산 라인을 모두 "
                                                   "철수한 셈이다.") == set()


def test_a_verb_leading_to_a_group_is_not_the_start_of_its_name(tmp_path: Path) -> None:
    """'전체회의를 열어 본인확인기관 지정 여부를 심사한 결과': '열어' leads to the name, it does not open it."""
    found = absences(engine(tmp_path), "카카오·네이버, 모두 탈락",
                     "한빛위원회는 전체회의를 열어 본인확인기관 지정 여부를 정했다. 위원회는 이날 회의를 열어 본인확인기관 "
                     "지정 안건을 다뤘다. 카카오와 네이버가 탈락했다.")
    assert found == {("kakao", "본인확인기관 지정"), ("naver", "본인확인기관 지정")}


@pytest.mark.parametrize(
    "body",
    [
        "카카오는 올해 7월 '한빛조이', 8월 '한빛스컴' 등에서도 현지 지사를 통해 전시 부스를 선보인 바 있다.",  # a stand, no product
        "네이버의 경우 올해 연말 수장으로 임명된 최고경영자(CEO)가 데뷔 무대를 갖는다.",  # a person's debut on stage
        "이 모델들은 외신에서 10월 출시가 예상되는 '한빛탭 S10'으로 추정된다.",  # the foreign press's guess
        "업계에서는 카카오가 내년 '한빛쇼'에서 차세대 TV를 공개할 가능성이 제기되지만, 현재로서는 미지수다.",  # the trade's
        "카카오는 2025년까지 한국 시장에 새로운 전기차 10종을 출시할 계획이다.",  # a line-up by a deadline
        "8위는 올해 1월 출시된 카카오 '한빛폰 A14'(1.4%)다.",  # a ranking's entry
    ],
)
def test_a_stand_a_debut_on_stage_or_a_foreign_guess_is_no_launch(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


def test_shown_at_an_event_the_day_it_was_told_and_a_product_as_the_subject(tmp_path: Path) -> None:
    """'…에서 '픽셀 폴드'를 공개했다고 10일 밝혔다': the day told is the day it was shown (a bare day told after
    is otherwise only when it was said); '네이버 기대 신작 '한빛 크로우'가 베일을 벗었다': the product is the
    subject and the organisation written bare before it is whose it is."""
    eng = engine(tmp_path)
    shown = launches(eng, "카카오, 접는 폰 공개", "카카오가 '한빛폴드'를 연례 개발자 회의에서 공개했다고 10일(현지시각) 밝혔다.")
    assert {(e, m, d, s) for e, m, d, _, _, s in shown} == {("kakao", "한빛폴드", "2024-07-10", "released")}
    lead = launches(eng, "네이버 신작 출시", "네이버 기대 신작 '한빛 크로우'가 베일을 벗었다.")
    assert {(e, m, s) for e, m, _, _, _, s in lead} == {("naver", "한빛 크로우", "released")}


def test_a_launch_that_names_no_product_is_of_the_product_the_report_keeps_quoting(tmp_path: Path) -> None:
    """'위메이드가 신작 '나이트 크로우'의 쇼케이스를 열었다. … 게임의 사전 예약은 오늘부터 시작되며 4월 중 출시될
    예정이다': the product is the one the report quotes again and again."""
    found = launches(engine(tmp_path), "카카오, '한빛 크로우' 쇼케이스",
                     "카카오가 신작 '한빛 크로우'의 쇼케이스를 열었다. '한빛 크로우'는 카카오의 첫 대작이다. "
                     "카카오는 게임의 사전 예약을 오늘부터 받으며 4월 중 출시할 예정이다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", "한빛 크로우")}


def test_a_latin_named_topic_is_the_product_of_its_clause(tmp_path: Path) -> None:
    """'JW는 현대차그룹의 전용 전기차 플랫폼인 E-GMP를 사용한 첫 전기차로, 올 연말께 출시가 예정돼 있다': the
    clause is about JW, not the platform it is built on."""
    found = launches(engine(tmp_path), "카카오 새 차", "HX는 카카오의 전용 플랫폼인 K-GMP를 사용한 첫 차로, 국내에는 올 연말께 "
                                                   "출시가 예정돼 있다.")
    assert {model for _, model, *_ in found} == {"HX"}


def test_a_title_with_its_abbreviation_in_brackets_still_carries_the_organisation(tmp_path: Path) -> None:
    """'팀 쿡 애플 최고경영자(CEO)가 … 공개를 예고했다': the bracketed abbreviation sits between title and particle."""
    found = launches(engine(tmp_path), "카카오 새 챗봇", "홍길동 카카오 최고경영자(CEO)가 16일 행사장에서 새 챗봇 '한빛봇'을 공개했다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", "한빛봇")}


def test_each_of_two_launches_on_its_own_date_in_the_order_named(tmp_path: Path) -> None:
    """'한국투자증권과 미래에셋증권은 각각 내년 5월, 6월에 서비스를 출시할 계획': one date each, in order."""
    found = launches(engine(tmp_path), "비대면 실명확인", "카카오와 네이버는 각각 내년 5월, 6월에 '한빛인증' 서비스를 출시할 계획이다.")
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2025-05"), ("naver", "2025-06")}


def test_not_out_until_a_date_is_a_postponement(tmp_path: Path) -> None:
    """'홈팟이 내년 3분기까지 출시되지 않을 것이라는 전망', '이달 출시 안될 듯…5~6월 공개 전망': later than planned."""
    eng = engine(tmp_path)
    late = launches(eng, "카카오 새 스피커", "카카오가 개발 중인 '한빛팟'이 내년 3분기까지 출시되지 않을 것이라는 전망이 나왔다.")
    assert {status for *_, status in late} == {"postponed"}


def test_an_older_release_told_on_the_way_to_the_point_is_history(tmp_path: Path) -> None:
    """'중국 정부의 규제에도 2024년 9월에는 '큐원 2.5'를 내놓으며 선두로 올라서는 듯했다': a release months before
    the report, in a clause that leads on to the sentence's point, is background, not the news."""
    eng = engine(tmp_path)
    assert launches(eng, "카카오의 행보", "카카오는 올해 3월 '한빛봇 2.5'를 내놓으며 선두로 올라서는 듯했다.") == set()
    recent = launches(eng, "카카오 새 모델", "카카오는 지난 10일 '한빛봇 3'를 내놓으며 선두 경쟁에 다시 뛰어들었다.")
    assert {(entity, status) for entity, *_, status in recent} == {("kakao", "released")}


def test_the_one_beaten_to_a_prize_is_named_by_its_product_and_the_winner_is_not(tmp_path: Path) -> None:
    """'현대차의 아이오닉5가 … 포드 머스탱 마하-E를 제치고 '2022 세계 올해의 차' 부문을 수상했다': the maker named bare
    before its product lost the quoted prize; the winner's owner, a possessive before the subject, lost nothing."""
    found = absences(engine(tmp_path), "올해의 차", "카카오의 새 차 한빛5가 13일 서울에서 열린 한빛 어워즈에서 네이버 누리-X를 "
                                                  "제치고 '올해의 한빛차' 부문을 수상했다.")
    assert found == {("naver", "올해의 한빛차")}
    # the prize written bare: "…를 제치고 세계 올해의 자동차에 이름을 올렸다"
    found = absences(engine(tmp_path), "올해의 차", "'2024 한빛 어워즈'에서 한빛5는 최종 후보로 오른 네이버의 누리-X를 제치고 "
                                                  "세계 올해의 한빛차에 이름을 올렸다.")
    assert found == {("naver", "세계 올해의 한빛차")}


@pytest.mark.parametrize("text", [
    "KT가 '한빛AI협회' 탈퇴가 예정돼 회원사들의 불편이 커질 전망이다.",
    "업계에 따르면 KT는 이른 시일 내 '한빛AI협회' 탈퇴 수순을 밟을 예정이다.",
    "'한빛AI협회' 탈퇴를 앞두고 KT는 회원사들에게 양해를 구했다.",
])
def test_an_exit_that_is_scheduled_is_a_plan_not_an_absence(tmp_path: Path, text: str) -> None:
    """'스타얼라이언스 탈퇴가 예정돼', '탈퇴 수순을 밟을 예정이다': it has not happened yet."""
    assert absences(engine(tmp_path), "협회 소식", text) == set()


def test_an_index_taking_out_a_list_of_names_each_with_what_it_is(tmp_path: Path) -> None:
    """'다우지수에서 엑손모빌, 제약사 화이자, 방산업체 레이시온 등 3개 기업을 빼고': every name of the list is out,
    whatever word says what kind of firm it is; and a headline's 'A, B 다우지수에서 빠진다' names both."""
    eng = engine(tmp_path)
    body = ("한빛지수를 운영하는 한빛지수사는 \"31일부터 한빛지수에서 카카오, 인터넷기업 네이버, 통신업체 KT 등 3개 기업을 빼고 "
            "다른 세 곳을 넣기로 했다\"고 밝혔다.")
    assert absences(eng, "지수 개편", body) == {("kakao", "한빛지수"), ("naver", "한빛지수"), ("kt", "한빛지수")}
    assert absences(eng, "카카오, 네이버 한빛지수에서 빠진다") == {("kakao", "한빛지수"), ("naver", "한빛지수")}


def test_a_country_is_the_market_a_product_launches_in_never_its_maker(tmp_path: Path) -> None:
    """'때문에 이번에도 한국은 10~11월 중 새로운 아이폰이 출시될 것으로 예상된다': 한국 is where, not who."""
    eng = engine(tmp_path, WATCH_WITH_A_COUNTRY)
    assert launches(eng, "새 폰 출시", "이번에도 한국은 10~11월 중 새 휴대폰 '한빛폰'이 출시될 것으로 예상된다.") == set()
    assert launches(eng, "새 OTT 출시", "오는 11월 1일 카카오가 '한빛TV'를 100여 개국에 출시하는 가운데 한국은 첫 출시국에서 "
                                     "빠졌다.") == {("kakao", "한빛TV", "2024-11-01", "day", False, "planned")}


def test_a_release_weeks_before_the_report_is_background_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    """'오픈AI는 지난해 12월 소라를 처음 선보였으며, 이후 챗GPT 앱에도 통합했다': told in the main clause, still history;
    a release of this month is the news."""
    eng = engine(tmp_path)
    assert launches(eng, "카카오 영상 AI", "카카오는 지난해 12월 '한빛무비'를 처음 선보였으며, 이후 앱에도 통합했다.") == set()
    assert launches(eng, "카카오 새 모델", "카카오는 올해 4월 '한빛봇 2'를 선보였다.") == set()
    recent = launches(eng, "카카오 새 모델", "카카오는 지난 10일 '한빛봇 3'를 선보였다.")
    assert {(entity, status) for entity, *_, status in recent} == {("kakao", "released")}


def test_a_market_left_out_of_a_products_first_launch_is_no_group(tmp_path: Path) -> None:
    """'한국은 통상적으로 애플의 1차 출시국에서 제외돼 왔다': a country missing from a launch's markets, not from a group."""
    eng = engine(tmp_path, WATCH_WITH_A_COUNTRY)
    assert {e.entity for e in eng.events(doc("새 폰", "한국은 이번에도 카카오 '한빛폰'의 1차 출시국에서 제외됐다."))
            if e.type == "absent_from"} == set()


def test_beaten_in_a_vote_told_in_the_past_tense_and_a_race_won_is_no_selection(tmp_path: Path) -> None:
    """'후보지 선정 투표에서 49표를 얻어 서울(11표)을 꺾었다': the one beaten in a selection is out of it, though
    the sentence ends there; '점유율에서 A를 꺾었다' names no selection, and nobody is out of anything."""
    eng = engine(tmp_path)
    found = absences(eng, "한빛AI센터 부지", "네이버는 '한빛AI센터' 부지 선정 투표에서 49표를 얻어 카카오(11표)를 꺾었다.")
    assert {entity for entity, _ in found} == {"kakao"}
    assert absences(eng, "검색 점유율", "네이버는 지난달 모바일 검색 점유율에서 카카오를 꺾었다.") == set()


@pytest.mark.parametrize("body", [
    "'한빛AI협회'는 16일 이사회를 열어 카카오 구단의 제명을 의결했다.",
    "'한빛AI협회'는 16일 이사회를 열어 카카오를 제명하기로 했다.",
    "카카오가 '한빛AI협회'에서 제명됐다.",
])
def test_an_expulsion_puts_the_expelled_out_of_the_body_that_expels(tmp_path: Path, body: str) -> None:
    """'한국프로농구 KBL은 … 고양 데이원 점퍼스 구단의 제명을 발표했다': the club is out of the league that spoke."""
    assert absences(engine(tmp_path), "협회 소식", body) == {("kakao", "한빛AI협회")}


def test_a_known_model_is_launched_by_its_maker_not_the_carriers_that_sell_it(tmp_path: Path) -> None:
    """'삼성전자와 SK텔레콤·KT·LG유플러스 등 이동통신 3사는 오는 9월 출시를 목표로 갤럭시A52S 판매 일정을 조율 중':
    the carriers sell the phone; its maker launches it."""
    found = launches(engine(tmp_path), "새 폰", "네이버와 KT는 오는 9월 출시를 목표로 '하이퍼클로바 폰' 판매 일정을 조율 중이다.")
    assert {entity for entity, *_ in found} == {"naver"}


@pytest.mark.parametrize("body", [
    "카카오의 '한빛퀘스트'는 올해 출시된 국내 게임 중에서도 뚜렷한 콘셉트로 차별화를 시도했다.",
    "카카오가 상반기에 출시한 '한빛퀘스트'는 긍정적인 성과를 이어가고 있다.",
])
def test_a_release_known_only_by_its_year_or_half_is_a_look_back(tmp_path: Path, body: str) -> None:
    """'올해 출시된 국내 게임 중에서도 뚜렷한 콘셉트로 차별화를 시도했고': said of a class of products, not the news of one."""
    assert launches(engine(tmp_path), "게임 결산", body) == set()


@pytest.mark.parametrize("body", [
    "한빛증권은 \"카카오 '한빛퀘스트'의 출시 시점은 내년 4분기로 보여진다\"며 목표주가를 내렸다.",
    "팁스터(유출자) 한빛은 지난 17일 트위터를 통해 \"카카오 한빛폰의 출시가 3월로 예정돼 있다\"고 밝혔다.",
])
def test_a_launch_told_in_an_analysts_or_leakers_quotation_is_hearsay(tmp_path: Path, body: str) -> None:
    """'키움증권은 "붉은사막 … 출시 타임라인은 내년 4분기로 보여진다"며', '팁스터(유출자) 트론은 … "LG 롤러블의 출시가
    3월로 예정돼 있으나 …"': someone else's guess, not the maker's launch."""
    assert launches(engine(tmp_path), "출시 전망", body) == set()


def test_a_makers_own_quotation_still_dates_its_launch(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "카카오 새 모델", "카카오는 \"'한빛봇 3'를 9월에 출시한다\"고 밝혔다.")
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2024-09")}


def test_a_bid_for_a_company_named_first_is_the_contest_whoever_stays_out(tmp_path: Path) -> None:
    """'신세계그룹이 30일 국내 배달업계 2위인 요기요 본입찰 불참을 선언했다': the target's name opens the contest's."""
    found = absences(engine(tmp_path), "'한빛협의회' 회원사들 매각 속도", "카카오가 30일 업계 2위인 네이버 본입찰 불참을 선언했다.")
    assert found == {("kakao", "네이버 본입찰")}


def test_a_line_up_told_as_a_copulas_list_gives_each_maker_its_product(tmp_path: Path) -> None:
    """'내년 출시되는 국산 전기차는 현대자동차 '아이오닉6', 기아 '니로', 쌍용자동차의 '코란도 이모션'까지 총 4종이다'."""
    found = launches(engine(tmp_path), "내년 AI 모델", "업계에 따르면 내년 출시되는 국산 AI 모델은 네이버 '한빛X', 카카오 '한빛K', "
                                                   "KT의 '한빛T'까지 총 3종이다.")
    assert {(entity, model, date) for entity, model, date, *_ in found} == {
        ("naver", "한빛X", "2025"), ("kakao", "한빛K", "2025"), ("kt", "한빛T", "2025")}


def test_a_studio_named_as_the_maker_launches_for_the_company_it_belongs_to(tmp_path: Path) -> None:
    """'크래프톤의 크리에이티브 스튜디오 언노운 월즈는 … 모바일 버전을 오는 7월 8일 출시한다': a division named as the
    maker is its company."""
    found = launches(engine(tmp_path, WATCH_WITH_STUDIO), "여름 신작",
                     "먼저 카카오의 개발 스튜디오 누리스튜디오는 '별빛 전쟁'의 모바일 버전을 오는 8월 8일 출시한다.")
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2024-08-08")}


@pytest.mark.parametrize("body", [
    "카카오가 새 휴대폰 '한빛폰'을 공개했다. 이에 따라 국내에서도 6월 중 출시될 가능성이 높아졌다.",
    "카카오가 새 휴대폰 '한빛폰'을 공개했다. 9월이나 10월 출시 가능성 높아…",
])
def test_a_guess_nobody_named_makes_is_no_launch(tmp_path: Path, body: str) -> None:
    """'이에따라 국내에서도 6월 중 출시될 가능성이 높아졌다': no organisation says so; the reporter guesses."""
    assert {date for _, _, date, *_ in launches(engine(tmp_path), "새 휴대폰", body)} <= {"2024-07-15"}


@pytest.mark.parametrize("body", [
    "카카오는 새 게임 목록을 알렸다. 스토어 메인 화면에는 최근 '2025년 출시 예정 기대작 한빛 게임'이란 제목의 웹 페이지가 "
    "개설됐다.",
    "카카오는 새 게임 목록을 알렸다. 세계 각국 게임사들의 총 19개 게임이 올해 출시될 기대작으로 지목됐다.",
])
def test_a_title_or_a_counted_class_of_products_is_no_launch(tmp_path: Path, body: str) -> None:
    """''2025년 출시 예정 기대작 PS5 게임'이란 제목의 웹 페이지', '총 19개 게임이 올해 출시될 기대작으로': a page's title
    and a class of products counted, not one maker's launch."""
    assert launches(engine(tmp_path), "기대작", body) == set()


def test_a_latin_name_told_as_an_event_held_is_the_show_stayed_away_from(tmp_path: Path) -> None:
    """'네덜란드 암스테르담에서 열리는 ISE에는 LG전자와 … 매년 참가해왔다. 하지만 올해는 … LG전자가 불참하고': the show
    is ISE, not the description the report gives it ('유럽 최대 상업용 디스플레이 전시회')."""
    body = ("오는 11일부터 네덜란드에서 열리는 HXE에는 카카오와 네이버 등 한국 업체들이 매년 참가해왔다. 유럽 최대 디스플레이 전시회다. "
            "하지만 올해는 카카오가 불참하기로 했다. 한편 HXE에 따르면 방문객은 줄었다.")
    assert absences(engine(tmp_path), "디스플레이 업계 소식", body) == {("kakao", "HXE")}


def test_a_show_only_described_in_the_sentence_is_the_one_the_report_names(tmp_path: Path) -> None:
    """'쉐보레는 글로벌 전략에 따라 국내 모터쇼에는 참가하지 않는다': the report's show is '서울 모빌리티쇼', even where
    the city it is named after is a watched organisation (so the show is no 'main group' of the report)."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-city:\n    names: [한빛]\n")
    body = ("2023 한빛 모빌리티쇼가 다음 달 개막한다. 네이버는 한빛 모빌리티쇼에서 새 차를 공개한다. "
            "카카오는 글로벌 전략에 따라 국내 모터쇼에는 참가하지 않는다.")
    assert absences(engine(tmp_path, watch), "모빌리티쇼 개막", body) == {("kakao", "한빛 모빌리티쇼")}


@pytest.mark.parametrize("bullet", ["▲", "△", "■", "◆"])
def test_every_name_of_a_bulleted_list_is_said_of(tmp_path: Path, bullet: str) -> None:
    """'반면 ▲A ▲B ▲C … 등은 빠진다': an index review's removals, each opened by a bullet mark."""
    body = f"한빛150지수 정기변경이 확정됐다. 반면 {bullet}카카오 {bullet}네이버 {bullet}업스테이지 등은 한빛150지수에서 빠진다."
    assert absences(engine(tmp_path), "지수 정기변경", body) == {
        ("kakao", "한빛150지수"), ("naver", "한빛150지수"), ("upstage", "한빛150지수")}


@pytest.mark.parametrize("lead", ["업계에 따르면", "한빛역 인근", "한빛시 일대"])
def test_a_source_or_a_place_before_a_group_is_not_part_of_its_name(tmp_path: Path, lead: str) -> None:
    """'재계에 따르면 아시아나 인수전에…', '용산역 인근 용산정비창 전면1구역 재개발 사업': who says so and where it is
    stand before the name, not in it."""
    body = f"{lead} 한빛1구역 재개발 사업에 카카오와 네이버가 응찰했다. 결국 네이버는 입찰에 참여하지 않았다."
    assert absences(engine(tmp_path), "재개발 소식", body) == {("naver", "한빛1구역 재개발 사업")}


@pytest.mark.parametrize("sentence", ["편출 종목은 ▲카카오 ▲네이버 등이다.", "탈락 기업은 카카오와 네이버다.",
                                      "제외 종목으로는 카카오, 네이버 등 2개 종목이다."])
def test_the_trigger_as_a_noun_heads_a_copula_list(tmp_path: Path, sentence: str) -> None:
    """'편출 종목은 ▲CJ CGV ▲SK디스커버리 … 등이다': the names the sentence equates with the removed."""
    body = f"한빛200지수 정기변경이 확정됐다. 한빛200지수에는 ▲KT ▲업스테이지가 새로 들어간다. {sentence}"
    assert absences(engine(tmp_path), "지수 정기변경", body) == {("kakao", "한빛200지수"), ("naver", "한빛200지수")}


def test_a_noun_trigger_without_a_list_after_it_is_no_absence(tmp_path: Path) -> None:
    """'탈락 기업은 재도전할 수 있다': what is said of those left out in general names nobody."""
    body = "카카오와 네이버가 '한빛AI연합' 공모에 응찰했다. 탈락 기업은 내년 공모에 다시 도전할 수 있다."
    assert absences(engine(tmp_path), "공모 소식", body) == set()


@pytest.mark.parametrize(("title", "body"), [
    ("카카오, 한빛1구역 재입찰 참여 못한다", "법원이 카카오의 가처분 신청을 기각했다."),
    ("재입찰 소식", "법원 결정에 따라 카카오는 '한빛1구역 재입찰'에 참여할 수 없게 됐다."),
])
def test_barred_from_a_bid_is_absent_from_it(tmp_path: Path, title: str, body: str) -> None:
    """'현대건설은 갈현1구역 시공사 선정 입찰에 참여할 수 없게 됐다', '…재입찰 참여 못한다': barred, not a plan."""
    assert leavers(engine(tmp_path), title, body) == {"kakao"}


def test_a_list_closed_by_some_companies_and_a_list_of_suppliers(tmp_path: Path) -> None:
    """'반면 기존 공급업체 목록에 있었던 … 라이썬텍(RISUNTEK) 등 일부 기업은 목록에서 제외됐다': '등 일부 기업은' carries
    the particle to every name, and a supplier list (목록) is what they are left out of."""
    body = "한빛전자가 올해 협력사 목록을 공개했다. 반면 카카오(KAKAO)와 네이버 등 일부 기업은 목록에서 제외됐다."
    assert leavers(engine(tmp_path), "협력사 목록 공개", body) == {"kakao", "naver"}


@pytest.mark.parametrize(("body", "model"), [
    ("카카오는 내년 상반기 H-GMP를 처음으로 적용한 한빛카5를 출시한다.", "한빛카5"),
    ("카카오는 GPT-4 기반 한빛봇을 다음 달 출시한다.", "한빛봇"),
    ("카카오는 GPT-4 기반의 '한빛봇'을 다음 달 출시한다.", "한빛봇"),
])
def test_the_model_is_the_product_not_what_it_is_built_on(tmp_path: Path, body: str, model: str) -> None:
    """'E-GMP를 처음으로 적용한 아이오닉5를 출시한다': the platform applied is not the product launched."""
    assert {found for _, found, *_ in launches(engine(tmp_path), "신차 소식", body)} == {model}


def test_a_remark_quoted_before_the_headline_hedges_only_itself(tmp_path: Path) -> None:
    """''연매출 3,000억 전망' 서머너즈 워 크로니클 연말 출시': the forecast is of sales; the launch is told as fact."""
    found = launches(engine(tmp_path), "'매출 300억 전망' 한빛 게임 연말 출시", "카카오는 한빛 게임을 준비 중이다.")
    assert {(date, hedged) for _, _, date, _, hedged, _ in found} == {("2024-12", False)}


@pytest.mark.parametrize(("body", "model"), [
    ("카카오는 올해 하반기 한빛 EV를 출시한다.", "한빛 EV"),  # a car's name and its power train, read whole
    ("카카오는 내년 소형 SUV 모델 중심으로 신차를 출시할 계획이다.", None),  # a class of car is no name
    ("카카오는 6월 18일 한빛칩 기반 노트북을 공개했다.", None),  # what the generic noun is built on
    ("카카오는 연내 출시로 안내되었던 정식 서비스를 내년 3월 선보인다.", None),  # a verb form is no name
])
def test_a_class_a_modifier_or_a_verb_form_is_no_model(tmp_path: Path, body: str, model: str | None) -> None:
    """'기아는 내년 소형 SUV 모델 중심으로 신차 출시 계획', '스냅드래곤 X 시리즈 기반 노트북', '연내 출시로 안내되었던 정식
    서비스': the model field names a product or nothing; '레이 EV' is the car."""
    found = {found for _, found, *_ in launches(engine(tmp_path), "신제품 소식", body)}
    assert found == {model} if model else found <= {None}  # a nameless launch may also be no launch at all


@pytest.mark.parametrize(("body", "expected"), [
    ("한빛포털은 카카오와 콘텐츠 제휴 계약을 해지하기로 결정했다.", {("kakao", "콘텐츠 제휴")}),
    ("한빛1구역 재개발조합은 네이버와의 시공계약 해지를 결정했다.", {("naver", "한빛1구역 재개발 시공계약")}),
    # a deal ended only if: no absence
    ("한빛포털은 카카오와 콘텐츠 제휴 계약을 해지할 경우 손해를 본다.", set()),
    # the union that parts with its builder is not the group the builder left: the project's role is
    ("한빛1구역 재건축 조합이 결국 시공사인 네이버와 결별했다.", {("naver", "한빛1구역 재건축 시공사")}),
])
def test_the_partner_a_deal_is_ended_with_is_out_of_it(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'네이버는 연합뉴스와 콘텐츠 제휴 계약을 해지하기로 결정했다', '흑석9구역 재개발조합이 롯데건설과의 시공계약 해지를
    결정했다': the partner is out of the deal."""
    assert absences(engine(tmp_path), "제휴 소식", body) == expected


@pytest.mark.parametrize("body", [
    "이날 행사에는 카카오 대표가 참석해 '한빛 게임' 세부 정보를 공개하고 향후 서비스 방향과 출시 일정 등을 발표했다.",
    "출시 초기에, 카카오의 '한빛 게임'은 5월 사용자 수가 약 79만 명으로 가장 많았다.",
    "카카오가 내놓은 새 폰은 실제 그 해 9월 공개된 '한빛폰' 디자인과 맞아떨어졌다.",
    "카카오는 12일 블로그 서비스 20주년을 맞아 이벤트 페이지 '기록의 날'을 공개했다.",
    "이르면 내년 1월 카카오가 웨어러블 신제품 '한빛 링'을 공개할 것이란 분석이 제기됐다.",
])
def test_what_only_sounds_like_a_launch_date_is_none(tmp_path: Path, body: str) -> None:
    """'출시 일정 등을 발표했다' on the day of an event, '출시 초기에 … 5월 사용자 수', '그 해 9월 공개된' (a year only the
    story knows), '이벤트 페이지를 공개했다', '…공개할 것이란 분석이 제기됐다' (someone else's analysis): no launch dated."""
    assert launches(engine(tmp_path), "게임 소식", body) == set()


def test_the_reports_own_hedge_is_still_a_launch(tmp_path: Path) -> None:
    """'…를 깜짝 공개할 것이란 관측이 나온다': the report's own guess is a hedged launch, unlike an analysis it passes on."""
    found = launches(engine(tmp_path), "신제품 소식", "카카오가 오는 20일 파리에서 새 태블릿 '한빛탭'을 공개할 것이란 관측이 나온다.")
    assert {(model, date, hedged) for _, model, date, _, hedged, _ in found} == {("한빛탭", "2024-07-20", True)}


def test_each_maker_named_inside_its_products_quote_launches_that_product(tmp_path: Path) -> None:
    """''BMW iX3'와 '메르세데스 벤츠 EQA' 등의 전기 신모델이 내년 출시를 앞두고 …, '폭스바겐 ID 3', '볼보 XC40 e' 등도 오는
    2022년 국내 출시를 목표로': a list of quoted products, each opening with its maker, is one launch each; and a launch
    dated right before '출시를 앞두고' is dated."""
    body = ("업계에 따르면 '카카오 K1'과 '네이버 N1' 등의 신모델이 내년 출시를 앞두고 인증 절차에 나섰으며, "
            "'KT 케이원', '업스테이지 U1' 등도 오는 2026년 국내 출시를 목표로 준비 중이다.")
    found = {(entity, model, date) for entity, model, date, *_ in launches(engine(tmp_path), "전기차 소식", body)}
    assert found == {("kakao", "카카오 K1", "2025"), ("naver", "네이버 N1", "2025"),
                     ("kt", "KT 케이원", "2026"), ("upstage", "업스테이지 U1", "2026")}


def test_a_schedule_after_a_launch_still_dates_something_else(tmp_path: Path) -> None:
    """'서비스 출시를 앞두고 16일 시연회를 열었다': the date after '앞두고' is the demonstration's."""
    assert launches(engine(tmp_path), "서비스 소식", "카카오는 새 서비스 출시를 앞두고 16일 시연회를 열었다.") == set()


def test_bidders_told_with_a_connective_lose_to_the_one_chosen(tmp_path: Path) -> None:
    """'한진중공업 인수전에는 동부건설 컨소시엄과 SM상선 컨소시엄, 케이스톤파트너스 컨소시엄 등이 최종 입찰에 참여하면서
    3파전 양상을 띄었다': entrants told with '참여하면서'; the one chosen as preferred bidder won, the others lost."""
    body = ("한빛중공업 주주협의회가 매각 우선협상대상자로 KT 컨소시엄을 선정했다. "
            "한편 한빛중공업 인수전에는 KT 컨소시엄과 카카오 컨소시엄, 네이버 컨소시엄 등이 최종 입찰에 참여하면서 3파전 양상을 띠었다.")
    assert leavers(engine(tmp_path), "한빛중공업 매각 소식", body) == {"kakao", "naver"}


@pytest.mark.parametrize("lead", ["산별노조 중 하나인", "다른 유력"])
def test_which_of_several_is_not_part_of_a_groups_name(tmp_path: Path, lead: str) -> None:
    """'산별노조 중 하나인 민주노총 …', '다른 유력 인수 후보': words that pick one of several stand before the name."""
    body = f"카카오는 {lead} 한빛노조를 탈퇴했다."
    assert absences(engine(tmp_path), "노조 소식", body) == {("kakao", "한빛노조")}


@pytest.mark.parametrize(("title", "body", "model"), [
    ("카카오, 내달 중순 K클래스 선보여", "", "K클래스"),  # a headline's bare product before the verb
    ("신차 소식", "카카오는 상반기 준대형 세단 K7의 3세대 모델을 선보인다.", "K7 3세대"),  # a generation of a named model
    ("폴더블 소식", "카카오는 내년 상반기 출시 예정인 2세대 갤럭시폴드를 출시한다.", "2세대 갤럭시폴드"),
])
def test_a_models_generation_and_a_headlines_bare_product_are_its_name(tmp_path: Path, title: str, body: str,
                                                                        model: str) -> None:
    """'벤츠, 내달 중순 E클래스 선보여', 'K7의 3세대 모델을 선보이는', '2세대 갤럭시폴드': the model field keeps what names it."""
    assert {found for _, found, *_ in launches(engine(tmp_path), title, body)} == {model}


@pytest.mark.parametrize("body", [
    "카카오 K9이 전기차 보조금 지급 대상에서 제외됐다.",
    "하지만 카카오 K9이 후보 요건을 충족하지 못하면서 최종후보에서 제외됐고 네이버 N1이 대신 최종후보에 올랐다.",
])
def test_a_makers_product_left_out_is_the_makers_absence(tmp_path: Path, body: str) -> None:
    """'테슬라 모델Y가 전기차 구매 보조금 지급 대상에서 제외됐다', '볼보 EX30이 … 최종후보에서 제외됐고': the maker written
    bare before its product is who is out; the one named as the replacement is not."""
    assert leavers(engine(tmp_path), "보조금 소식", body) == {"kakao"}


def test_an_adnominal_trigger_said_of_unnamed_stocks_is_not_the_analysts_absence(tmp_path: Path) -> None:
    """'신한투자증권은 편출된 10개 종목에서 약 6635억원의 자금이 빠져나갈 것으로 분석했다': 편출된 describes the ten stocks,
    and the broker is the one who analyses."""
    body = "한빛200지수 정기변경이 확정됐다. 카카오는 편출된 10개 종목에서 약 6천억원이 빠져나갈 것으로 분석했다."
    assert absences(engine(tmp_path), "지수 변경", body) == set()


def test_a_launch_plan_named_as_a_reason_is_no_launch(tmp_path: Path) -> None:
    """'지난 2월에 닌텐도는 자사 게임 개발 및 출시 계획과 맞지 않아 E3에 참여하지 않기로 결정했고': a plan named, no launch."""
    body = "지난 2월에 카카오는 자사 게임 개발 및 출시 계획과 맞지 않아 한빛쇼에 참여하지 않기로 결정했다."
    assert launches(engine(tmp_path), "게임쇼 소식", body) == set()


def test_a_release_told_the_day_it_is_said_is_released(tmp_path: Path) -> None:
    """''블록챗'을 정식 출시했다고 22일 밝혔다' in a report of the 22nd: released that day; the '일' of the date is no
    future tense."""
    found = launches(engine(tmp_path), "메신저 출시", "카카오가 무료 메신저 '한빛톡'을 정식 출시했다고 15일 밝혔다.")
    assert {(model, date, status) for _, model, date, _, _, status in found} == {("한빛톡", "2024-07-15", "released")}


@pytest.mark.parametrize(("title", "body"), [
    # pursued, not done
    ("노조 소식", "한빛노조는 탈퇴를 추진한 카카오 노조 임원들을 징계했다."),
    # an issue talked over
    ("정상회의", "카카오 대표가 내일 정상회의에서 '한빛연합' 탈퇴 문제를 놓고 의견을 나눌 예정이라고 한빛통신이 보도했다."),
    # a word glossed in brackets
    ("의회 소식", "앞서 29일 한빛의회는 카엑시트(Kaxit, 카카오의 한빛연합 탈퇴) 협정을 비준했다."),
    # spared from a penalty
    ("제재 소식", "다만 이번 제재에서 한빛 최대 은행인 카카오는 '한빛결제망' 명단에서 제외됐다."),
    # stagnation is no group
    ("개발 소식", "카카오 내부에서 '프로젝트 한빛'으로 불리는 개발이 지난 수개월 동안 정체에 빠졌다."),
])
def test_what_only_sounds_like_leaving(tmp_path: Path, title: str, body: str) -> None:
    """'탈퇴를 추진한 조합 임원들', '일대일로 프로젝트 탈퇴 문제를 놓고', '브렉시트(Brexit, 영국의 EU 탈퇴) 협정',
    '이번 제재에서 … 가스프롬방크는 제외됐다', '정체에 빠졌다': no organisation is out of anything."""
    assert absences(engine(tmp_path), title, body) == set()


def test_a_show_is_not_absent_from_itself(tmp_path: Path) -> None:
    """'2019년 이후 게임스컴 불참 이어져': the show named bare before 불참 is what is skipped, not who skips it."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-show:\n    names: [한빛쇼]\n")
    body = "카카오는 올해도 한빛쇼에 나가지 않는다. 2019년 이후 한빛쇼 불참 이어져."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("게임쇼 소식", body)) if e.type == "absent_from"}
    assert ("hanbit-show", "한빛쇼") not in found


@pytest.mark.parametrize("body", [
    "이달 들어 6일까지 출시된 카카오의 상품 2종을 더하면 최근 한 달여 새 총 11종이 출시됐다.",
    "8일 한빛협회에 따르면 올 초부터 지난달 6일까지 출시된 카카오 신규 카드는 65건으로 집계됐다.",
    "카카오의 올해 체크카드 출시량도 5건으로 작년 전체 4건보다 많다.",
    "카카오의 언어 모델 역사는 길다. 카카오는 꾸준히 모델을 내놨다. 그 뒤로도 이어졌다. "
    "지난 2020년에는 '한빛GPT'를 공개하고, 같은 해 10월에는 카카오가 '한빛요약'을 출시했다.",
    "한편 카카오는 2022년 한빛연합에서 탈퇴했으며, 15일 회사 측은 비용 절감, 새로운 모델 출시 등을 과제로 꼽았다.",
])
def test_counts_of_launches_a_years_context_and_a_dateline_date_no_launch(tmp_path: Path, body: str) -> None:
    """'최근 한 달여 새 총 11종이 출시됐다', '65건으로 집계됐다', '출시량도 5건', '같은 해 10월에는' (the year is the clause
    before's) and '15일 회사 측은' (when it was said): none dates one product's launch today."""
    found = {(model, date) for _, model, date, *_ in launches(engine(tmp_path), "카드 소식", body)}
    assert not any(date.startswith("2024") for _, date in found)


@pytest.mark.parametrize(("body", "groups"), [
    ("카카오가 결국 석유수출국기구(OPEC)를 탈퇴했다.", {"석유수출국기구", "OPEC"}),
    ("이로써 카카오는 두 번째로 WHO를 탈퇴하게 됐다.", {"WHO"}),
    ("카카오가 유럽연합(EU)을 공식 탈퇴했다.", {"유럽연합", "EU"}),
])
def test_an_international_body_by_its_usual_name_is_a_group(tmp_path: Path, body: str, groups: set[str]) -> None:
    """'앙골라가 결국 석유수출국기구(OPEC)를 탈퇴했다', '미국은 … WHO를 탈퇴하게 됐다', '영국이 유럽연합(EU)을 공식
    탈퇴했다': the bodies a country or a bank leaves are groups, named as the report names them (either name)."""
    found = absences(engine(tmp_path), "국제 소식", body)
    assert {entity for entity, _ in found} == {"kakao"} and {group for _, group in found} <= groups


def test_abstentions_counted_in_a_vote_are_no_absence(tmp_path: Path) -> None:
    """'유럽의회는 찬성 621표, 반대 49표, 기권 13표로 브렉시트 협정안을 통과시켰다': 기권 counts votes."""
    body = "카카오 이사회는 찬성 6표, 반대 2표, 기권 1표로 '한빛연합' 가입안을 통과시켰다."
    assert absences(engine(tmp_path), "이사회 소식", body) == set()


def test_a_launch_announced_on_the_day_is_released_and_an_lpg_edition_is_named(tmp_path: Path) -> None:
    """'토스는 2일 … 기자간담회를 열고 페이스페이 정식 출시를 발표했다' in a report of the 2nd: released that day; and
    'QM6 LPG 모델을 선보인다': the edition is part of the name."""
    found = launches(engine(tmp_path), "결제 소식", "카카오는 15일 서울에서 기자간담회를 열고 '한빛페이' 정식 출시를 발표했다.")
    assert {(model, date, status) for _, model, date, _, _, status in found} == {("한빛페이", "2024-07-15", "released")}
    found = launches(engine(tmp_path), "신차 소식", "카카오도 하반기에 QM6 LPG 모델을 선보인다.")
    assert {model for _, model, *_ in found} == {"QM6 LPG"}


@pytest.mark.parametrize(("body", "expected"), [
    # the subject of a reason told in reported speech is not who leaves
    ("네이버 대표는 지난해에도 카카오가 과도한 영향력을 행사하고 있다며 '한빛기구'에 탈퇴를 통보했다.", set()),
    # but a topic's own words before its decision are its own
    ("카카오는 지난 6월 \"이례적인 조건이라 준비한 것을 낼 수 없는 상황\"이라며 입찰에 참여하지 않기로 결정했다.",
     {"kakao"}),
    # who is named after '탈퇴한 것은' is the cause's subject
    ("한빛 대표가 '한빛연합'을 탈퇴한 것은 카카오가 규제를 강화하기로 한 것 때문이다.", set()),
    # '말' (the end of the year) opens no group name
    ("네이버는 2022년 말 한빛제조업협회에서 탈퇴한다고 밝혔다.", {("naver", "한빛제조업협회")}),
])
def test_whose_absence_across_reported_speech_and_explanations(tmp_path: Path, body: str, expected: set[object]) -> None:
    """'트럼프 대통령은 … 중국이 과도한 영향력을 행사하고 있다며 WHO에 탈퇴를 통보했습니다', '삼성물산은 … "…상황"이라며
    입찰에 참여하지 않기로 결정했습니다', '타바레스가 ACEA를 탈퇴한 것은 유럽연합이 … 때문이다', '2022년 말 유럽자동차
    제조업협회(ACEA)에서 탈퇴한다'."""
    found = absences(engine(tmp_path), "협회 소식", body)
    assert (found if all(isinstance(e, tuple) for e in expected) else {entity for entity, _ in found}) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an adnominal trigger, a counted head in topic position, and the names it equals
    ("이번 심사에서 탈락한 3개사는 네이버, 카카오, KT이다.",
     {"naver", "kakao", "kt"}),
    # the margin comes between the beaten and the verb
    ("업스테이지가 120표를 얻어 카카오(95표)를 25표 차이로 따돌리고 '한빛사업' 시공권을 따냈다.", {"kakao"}),
    # a headline drops the object's particle
    ("업스테이지, 카카오 따돌리고 '한빛사업' 첫 수주", {"kakao"}),
    # pushed down a ranking, and a contest lost to a rival
    ("카카오는 '한빛대학순위'에서 100위권 밖으로 밀려났다.", {"kakao"}),
    ("'한빛엑스포' 유치전에 뛰어든 카카오는 결국 중국의 자금력에 무릎을 꿇었다.", {"kakao"}),
    # who it lost to ("X의 …에", "X에") is not who lost: the topic is, across '…지만'
    ("'한빛엑스포' 유치에 도전장을 내민 카카오는 경쟁에 나섰지만 끝내 네이버의 자금력에 무릎을 꿇었다.", {"kakao"}),
])
def test_losers_of_a_contest_told_by_rank_margin_and_copula(tmp_path: Path, body: str, expected: set[str]) -> None:
    """A selection's losers listed after '탈락한 N개사는', one beaten by a margin of votes or points, a headline with the
    object's particle dropped, a fall out of a ranking's top band and a bid lost 'on its knees' are all absences."""
    assert leavers(engine(tmp_path), "선정 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # rivals told by their products after their makers' 의, and the winner's product "(으)로 결정됐다"
    ("한빛 수송기 2차 사업이 업스테이지의 'U-100'으로 결정됐다. 한빛 수송기 2차 사업을 두고는 업스테이지의 U-100과 "
     "미국 카카오의 K-7, 유럽 네이버의 N400이 3파전을 벌였다.",
     {("kakao", "한빛 수송기 2차 사업"), ("naver", "한빛 수송기 2차 사업")}),
    # "A의 X와 B의 Y 중 A의 X가 선정됐다": the rivals listed before 중
    ("한빛 헬기 2차 사업은 경쟁 입찰로 진행됐다. 경쟁에 참여했던 업스테이지의 U-60과 카카오의 K-159 와일드 중 "
     "업스테이지의 U-60이 사업 대상자로 선정됐다.", {("kakao", "한빛 헬기 2차 사업")}),
    # the winner told first in a selection, the other bidders after, counted as 다수 업체
    ("한빛 생수 운송 우선협상대상자로 업스테이지가 선정됐습니다. 큰 사업인 만큼 카카오, KT 등 다수 업체가 참여했습니다.",
     {("kakao", "한빛 생수 운송 우선협상대상자"), ("kt", "한빛 생수 운송 우선협상대상자")}),
    # rivals the winner competed with, after 와: one told by its owner's product, others listed with 을 비롯해
    ("'한빛구장 운영권' 입찰에서 업스테이지가 우선협상대상자로 선정됐다. 업스테이지는 이번 입찰에서 카카오의 편의점 "
     "별빛마트와 경쟁을 벌였다.", {("kakao", "한빛구장 운영권 우선협상대상자")}),
    ("'한빛구장 운영권' 입찰에서 업스테이지가 우선협상대상자로 선정됐다. 업스테이지는 네이버를 비롯해 KT, 카카오와 "
     "경쟁했다.", {("naver", "한빛구장 운영권 우선협상대상자"), ("kt", "한빛구장 운영권 우선협상대상자"),
                  ("kakao", "한빛구장 운영권 우선협상대상자")}),
    # a rival described by country and kind, and one who stayed out
    ("한빛 통제기 2차 사업에서 업스테이지가 제안한 기종이 선정됐다. 여러 차례 입찰 끝에 미국 KT가 참여하지 않은 채 "
     "업스테이지와 스웨덴 방위산업체 카카오가 경쟁 구도를 형성했다.",
     {("kakao", "한빛 통제기 2차 사업"), ("kt", "한빛 통제기 2차 사업")}),
])
def test_rivals_told_by_their_products_or_after_the_winner_lost(tmp_path: Path, body: str, expected: set[object]) -> None:
    """'A의 C-390과 미국 B의 C-130J, 유럽 C의 A400M이 3파전을 벌였다' with '사업이 A의 C-390으로 결정됐다'; 'A의 X와 B의 Y
    중 A의 X가 선정됐다'; the winner told first and then 'B, C 등 다수 업체가 참여했습니다'; 'L3해리스와 스웨덴 방위산업체
    사브가 경쟁 구도를 형성했다'. A round inside a programme's name ('대형수송기 2차 사업') is read with it."""
    assert absences(engine(tmp_path), "기종 결정", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a vote tally names who stood; the winner's sentence says what was won
    ("업스테이지가 카카오와 2차 투표까지 가는 접전 끝에 한빛지구 시공사로 선정됐다. "
     "1차 투표에서는 업스테이지 900표, 카카오 850표, 네이버 300표가 나왔다.",
     {("kakao", "한빛지구 시공사"), ("naver", "한빛지구 시공사")}),
    # the winner told as taking the order ("사실상 수주하며"), after both were said to have bid
    ("업스테이지가 '한빛 장비 사업'을 사실상 수주하며 라이벌 카카오에게 설욕했다. 업스테이지와 카카오 모두 해외업체와 "
     "손잡고 이번 입찰에 참여했다.", {("kakao", "한빛 장비 사업")}),
    # runners-up ranked below the one chosen
    ("'한빛대 주거래은행' 공개경쟁입찰에서 업스테이지가 우선협상대상자로 선정됐다. 카카오가 2순위, KT가 3순위에 오른 "
     "것으로 알려졌다.", {("kakao", "한빛대 주거래은행 공개경쟁입찰"), ("kt", "한빛대 주거래은행 공개경쟁입찰")}),
    # one more entrant told after the line-up, with 도
    ("'한빛철도 차량 구매사업' 개찰 결과 업스테이지와 카카오가 입찰에 참여해 경쟁했다. "
     "KT도 이 사업에 응찰했지만 도중에 입찰을 취소했다. 사업은 업스테이지가 수주했다.",
     {("kakao", "한빛철도 차량 구매사업"), ("kt", "한빛철도 차량 구매사업")}),
])
def test_who_stood_in_a_vote_or_bid_and_did_not_win_lost(tmp_path: Path, body: str, expected: set[object]) -> None:
    """'1차 투표에서 A 1167표, B 1060표, C 497표': everyone with votes stood, and those not chosen lost what the
    winner was chosen as ('…의 시공사로 선정됐다'); 'C도 처음에는 이 사업에 응찰했지만' adds one entrant to the line-up
    the report already told. The rival fought to the end ('A가 B와 … 접전 끝에') is no co-winner."""
    assert absences(engine(tmp_path), "수주 소식", body) == expected


def test_a_list_whose_names_carry_their_country_with_its_particle_is_one_list(tmp_path: Path) -> None:
    """'현대차그룹과 독일의 메르세데스-벤츠·BMW·아우디·폭스바겐, 일본의 토요타·렉서스·혼다 등 주요 브랜드들은 이번에
    불참했다': '일본의' says whose the next names are; the list runs on through it."""
    # the countries are watched too, as a rule set may watch a country's absence from an accord
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  usa:\n    names: [미국]\n  japan:\n    names: [일본]\n", 1)
    body = "KT와 미국의 네이버·카카오, 일본의 업스테이지 등 주요 업체들은 이번 '한빛모터쇼'에 불참했다."
    assert leavers(engine(tmp_path, watch), "모터쇼 개막", body) == {"kt", "naver", "kakao", "upstage"}


@pytest.mark.parametrize("body", [
    "카카오가 네이버가 인증하는 '한빛우수기업'에서 중도 탈락했다.",
    "카카오가 네이버 '한빛우수기업'에서 탈락했다.",
])
def test_who_grants_the_designation_is_not_who_lost_it(tmp_path: Path, body: str) -> None:
    """When the subject comes first, a name inside the group's phrase (the subject of '…가 인증하는', or a name bare
    before the quoted designation) is whose designation it is, not a second loser."""
    assert absences(engine(tmp_path), "인증 소식", body) == {("kakao", "한빛우수기업")}


def test_a_programmes_name_qualifies_the_role_chosen_in_it() -> None:
    """'시범사업 후보사업자' is one name: the programme qualifies the role, so the role alone is not the group."""
    from rules.groups import group_mentions

    assert [m.group.name for m in group_mentions("과기정통부는 전자서명 시범사업 후보사업자로 5곳을 선정했다.")] \
        == ["전자서명 시범사업 후보사업자"]


@pytest.mark.parametrize(("body", "expected"), [
    # an appositive describing the second name does not break the list of the beaten
    ("업스테이지는 총점 95점을 얻어 한빛 관계사인 네이버(총점 92점)와 한빛그룹의 전산(SI) 업체인 KT(총점 89점)를 제치고 "
     "'한빛시험사업' 우선협상대상자로 선정됐다.", {"naver", "kt"}),
    # the rival fought to the end, named with 와, lost
    ("업스테이지가 카카오와 결선까지 가는 박빙의 승부 끝에 '한빛3구역' 시공사로 선정됐다.", {"kakao"}),
])
def test_the_rivals_a_winner_beat_or_fought_are_out(tmp_path: Path, body: str, expected: set[str]) -> None:
    """Rivals listed with descriptions of their own ('…의 SI 업체인 B'), and the one a winner fought with ('A가 B와 …
    승부 끝에 … 선정') are out of what the winner was chosen as."""
    assert leavers(engine(tmp_path), "선정 소식", body) == expected


def test_a_launch_dated_in_the_next_sentence_keeps_the_product_a_partner_helped_launch(tmp_path: Path) -> None:
    """'KT&G가 … PMI와 협업을 통해 '릴 솔리드'를 러시아에 첫 출시한다. 양사는 17일(현지시간) 출시를 시작으로 …': the
    partner named before the product is no owner of it (only '…의' is), and '17일(현지시간)' in a report of the 18th
    is the day before."""
    from datetime import datetime

    body = ("KT가 한빛담배업계 선두기업인 네이버(NV)와 협업을 통해 궐련형 전자담배 '릴 한빛'을 한빛국에 첫 출시한다. "
            "양사는 17일(현지시간) 출시를 시작으로 글로벌 시장에 본격적으로 나서게 된다.")
    found = {(e.entity, e.model, e.date, e.status) for e in engine(tmp_path).events(doc("KT 소식", body, published=datetime(2020, 8, 18, 9)))
             if e.type == "launch_date"}
    assert found == {("kt", "릴 한빛", "2020-08-17", "released")}


@pytest.mark.parametrize("body", [
    "카카오, 2025년부터 신형 한빛폰 연 2회 출시할 수도",  # a possibility
    "특히 전날 KT가 “전 세계적으로 한빛폰 출시가 연기될 것 같다”는 우려를 내놓으면서 연기설에 힘이 실렸다.",  # a worry put out
    "카카오가 내년에 선보이는 한빛폰 4종은 모두 5G를 지원할 것이라고 한빛증권 분석가들은 예상했다.",  # an analyst's forecast
])
def test_a_launch_said_to_be_possible_worried_about_or_forecast_by_analysts_is_none(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "소식", body) == set()


def test_a_launch_another_company_tells_of_in_its_own_quotation_is_hearsay(tmp_path: Path) -> None:
    """'AMD는 … “LG전자와 델, 에이서, 에이수스도 내년 초 8K급 게이밍 모니터 출시를 준비하고 있다”고 전했다': whose
    launch it is, another company only says; the maker's own quotation is its plan."""
    eng = engine(tmp_path)
    assert launches(eng, "소식", "KT는 “네이버와 카카오도 내년 초 8K급 모니터 '한빛 8K' 출시를 준비하고 있다”고 전했다.") == set()
    assert {e[:3] for e in launches(eng, "소식", "네이버는 “내년 초 8K급 모니터 '한빛 8K'를 출시할 예정”이라고 밝혔다.")} \
        == {("naver", "한빛 8K", "2025")}


def test_a_reveal_whose_launch_the_headline_dates_later_is_the_dated_launch(tmp_path: Path) -> None:
    """'넷마블 신작 ‘킹스로드’ 공개···내년 상반기 출시' over '8일 넷마블은 … ‘킹스로드’를 공개했다': the game was shown, and
    launches next half; the headline's second half goes on with its first half's maker."""
    from datetime import datetime

    d = doc("카카오 신작 ‘한빛의 게임: 왕의길’ 공개···내년 상반기 출시", "8일 카카오는 서울 사옥에서 신작 ‘한빛의 게임: 왕의길’을 공개했다.",
            published=datetime(2024, 11, 8, 9))
    found = {(e.entity, e.model, e.date, e.status) for e in engine(tmp_path).events(d) if e.type == "launch_date"}
    assert found == {("kakao", "한빛의 게임: 왕의길", "2025-H1", "planned")}


def test_an_earlier_object_or_a_flagship_is_no_product_name(tmp_path: Path) -> None:
    """'샤오미는 오는 15일 저녁 해외 시장을 향한 플래그십 신제품을 내놓는다': '시장을' is the object of '향한', and
    '플래그십' says what kind; the launch names no product."""
    found = launches(engine(tmp_path), "신제품", "카카오는 오는 15일 저녁 해외 시장을 향한 플래그십 신제품을 내놓는다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", None)}


def test_makers_listed_with_their_products_respectively_launch_one_each(tmp_path: Path) -> None:
    """'미디어텍, 퀄컴, 삼성 등 … 각각 디멘시티 9400, 스냅드래곤 8 4세대, 엑시노스 2500 칩을 출시할 예정이다': in order.
    A product told only as what a part goes into ('출시될 픽셀9에 탑재되는 텐서 G4칩은') launches nothing here, and a
    possessive inside a clause about something else ('현대카드와 무신사의 기존 PLCC 계약이 끝나는') is no maker."""
    body = "구글 외에도 카카오, 네이버, KT 등 다른 경쟁사들도 올해 안에 각각 한빛 9400, 별빛 8 4세대, 달빛 2500 칩을 출시할 예정이다."
    assert {e[:2] for e in launches(engine(tmp_path), "칩 소식", body)} == \
        {("kakao", "한빛 9400"), ("naver", "별빛 8 4세대"), ("kt", "달빛 2500")}
    # a product told only as what a part goes into is the part's story, not a launch
    assert launches(engine(tmp_path), "칩 소식", "이 매체는 올해 출시될 한빛폰9에 탑재되는 별빛 G4칩은 카카오가 제조할 예정이라고 전했다.") == set()
    body = "업스테이지는 카카오와 네이버의 기존 제휴 계약이 끝나는 내년 4월 이후 ‘한빛 카드’를 선보일 계획이다."
    assert {e[:2] for e in launches(engine(tmp_path), "카드 소식", body)} == {("upstage", "한빛 카드")}


def test_those_cut_off_named_in_a_sentence_that_holds_an_anchor_of_its_own(tmp_path: Path) -> None:
    """'우리은행은 … 8곳 증권사에 대한 … 계좌개설 서비스를 중단한다. 대신증권, KB증권 … 등이 대상이다': '대신' in a name makes
    the naming sentence worth reading for an absence of its own; it still names those counted."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  daeshin:\n    names: [대신증권]\n", 1)
    body = "한빛은행은 이날 오후 6시부터 2곳 증권사에 대한 계좌개설 서비스를 중단한다. 대신증권, KB 등이 대상이다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("계좌 소식", body)) if e.type == "absent_from"}
    assert found == {("daeshin", "한빛은행 계좌개설 서비스")}


def test_we_in_a_companys_own_quotation_is_the_company(tmp_path: Path) -> None:
    """'KT도 "… LG유플러스만 입찰이 가능해 당사는 참여하지 않기로 결정했다"며': '당사' is the speaker; the rival named
    inside the quotation is not who stays out."""
    body = ("같은 날 KT도 “이번 '한빛 주파수 경매'는 네이버만 단독 입찰이 가능한 경매에 해당돼 당사는 참여하지 않기로 "
            "결정했다”며 입장을 밝혔다.")
    assert absences(engine(tmp_path), "한빛 주파수 경매", body) == {("kt", "한빛 주파수 경매")}


def test_who_grants_an_approval_or_is_clashed_with_is_not_who_is_out(tmp_path: Path) -> None:
    """'중국의 승인을 받지 못하면서 중도 해지가 예상됐었다': China grants, it is not out; '어도비가 EU와 영국의 반독점 규제 당국과
    갈등을 빚다가 … 인수를 포기한': the regulators' owners are whom Adobe clashed with."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  china:\n    names: [중국]\n  uk:\n    names: [영국]\n", 1)
    eng = engine(tmp_path, watch)

    def out(body: str) -> set[str]:
        return {e.entity for e in eng.events(doc("인수 소식", body)) if e.type == "absent_from"}

    assert out("이번 거래는 '한빛칩' 인수의 걸림돌이었던 중국의 승인을 받지 못하면서 중도 해지가 예상됐었다.") == set()
    assert out("카카오가 중국과 영국의 반독점 규제 당국과 갈등을 빚다가 '한빛디자인' 인수를 포기했다.") == {"kakao"}


def test_countries_a_company_beat_stand_for_their_industries_but_countries_beaten_by_a_country_lost(
        tmp_path: Path) -> None:
    """'현대로템이 세계적 철도강국인 프랑스와 중국을 제치고 … 수주했다': no country bid; their makers did. A country
    that beats countries ('한국이 … 제치고 개최지로') won a contest the beaten entered."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  france:\n    names: [프랑스]\n  china:\n    names: [중국]\n", 1)
    eng = engine(tmp_path, watch)

    def beaten(body: str) -> set[str]:
        return {e.entity for e in eng.events(doc("수주 소식", body)) if e.type == "absent_from"}

    assert beaten("KT가 세계적 철도강국인 프랑스와 중국을 제치고 한빛국으로부터 전동차 사업을 수주했다.") == set()
    assert beaten("한국이 프랑스와 중국을 제치고 '한빛 엑스포' 개최지로 선정됐다.") == {"france", "china"}
    # a service's coverage with exceptions, and a country saying where the company sought is, are no one's absence
    assert beaten("한빛게임은 중국, 프랑스 등 일부 지역을 제외한 글로벌 서비스는 KT를 통해 진행되고 있다.") == set()
    assert beaten("KT, 중국 군함업체 '한빛마린' 인수 포기") == {"kt"}


def test_what_the_winner_was_chosen_as_is_what_the_beaten_lost(tmp_path: Path) -> None:
    """'A가 B를 제치고 … X로 N회 연속 선정': X, read from the words before '로', is the group B is out of."""
    body = "업스테이지가 도전자 카카오를 제치고 30조원 규모의 기금을 굴리는 한빛투자풀 주간운용사로 3회 연속 선정됐다."
    assert absences(engine(tmp_path), "운용사 선정", body) == {("kakao", "한빛투자풀 주간운용사")}
    body = "업스테이지가 카카오와 결선까지 가는 승부 끝에 '한빛3구역' 시공사로 선정됐다."
    assert absences(engine(tmp_path), "시공사 선정", body) == {("kakao", "한빛3구역 시공사")}


@pytest.mark.parametrize("body", [
    "카카오가 내년 접이식 단말기 '한빛폴드'를 내놓을 것이라는 전망이 나왔다.",
    "카카오가 내년 '한빛폴드'를 내놓고, 단말기 시장 경쟁에 뛰어들 것이라 관측이 제기됐다.",
    "지금은 네이버와 KT 등만 접이식 단말기를 내놓고 있지만 내년에는 모든 제조사가 관련 제품을 내놓을 것으로 내다봤다.",
])
def test_a_forecast_the_report_passes_on_is_no_launch(tmp_path: Path, body: str) -> None:
    """A sentence that reports a forecast as published ('…할 것이라는 전망이 나왔다', '…할 것이라 관측이 제기됐다',
    '…할 것으로 내다봤다') tells what someone expects, not what the maker said; the report's own hedge ('출시할
    전망이다', and '…할 것이란 관측이 나온다' in the present) is another matter (a hedged launch)."""
    assert launches(engine(tmp_path), "단말기 소식", body) == set()
    own = launches(engine(tmp_path), "단말기 소식", "카카오는 내년 상반기 '한빛폴드'를 출시할 전망이다.")
    assert {(model, date, hedged) for _, model, date, _, hedged, _ in own} == {("한빛폴드", "2025-H1", True)}


@pytest.mark.parametrize("body", [
    "9월 국내 시장에 출시 예정인 전기차는 네이버 한빛 6, 카카오 EV6 GT, KT ID.4 등이다.",
    "업계에 따르면 9월 국내 출시가 예정된 소형 전기차는 네이버 한빛 6, 카카오 EV6 GT, KT ID.4 등 최소 3개 모델이다.",
])
def test_a_line_up_of_makers_and_bare_models_after_its_topic_is_one_launch_each(tmp_path: Path, body: str) -> None:
    """'…출시 예정인 전기차는 A 모델, B 모델, C 모델 등이다' and '출시가 예정된 소형 전기차는 … 등 최소 4개 모델이다': each
    maker with the model written bare after it (a name with a Latin letter or a digit) launches that model on the
    topic's date."""
    found = launches(engine(tmp_path), "신차 소식", body)
    assert {(entity, model, date) for entity, model, date, *_ in found} == {
        ("naver", "한빛 6", "2024-09"), ("kakao", "EV6 GT", "2024-09"), ("kt", "ID.4", "2024-09")}


def test_a_hangul_name_in_a_line_up_of_model_numbers_is_a_product_too(tmp_path: Path) -> None:
    """'…소형 전기차는 A 한빛 6, B 별똥별, C ID.4 등이다': once the line-up shows it lists products, a one-word
    Hangul name between a maker and the next comma is that maker's product as well."""
    body = "업계에 따르면 9월 국내 출시가 예정된 소형 전기차는 네이버 한빛 6, 카카오 별똥별, KT ID.4 등 최소 3개 모델이다."
    found = launches(engine(tmp_path), "신차 소식", body)
    assert {(entity, model) for entity, model, *_ in found} == {
        ("naver", "한빛 6"), ("kakao", "별똥별"), ("kt", "ID.4")}


def test_who_speaks_before_a_quoted_headline_is_not_who_launches(tmp_path: Path) -> None:
    """'금융위 “카카오페이 후불교통카드, 올해 4분기 중 출시”': the organisation before the quotation says it; the one
    inside the quotation launches."""
    found = launches(engine(tmp_path), "네이버 “카카오 별빛카드, 올해 4분기 중 출시”")
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2024-Q4")}


def test_a_launch_word_inside_a_quoted_event_name_launches_nothing(tmp_path: Path) -> None:
    """'구글은 … ‘픽셀 가을 론칭’ 행사를 통해 ‘픽셀6 시리즈’를 출시할 예정이다': 론칭 names the event; only 출시
    launches, by the subject."""
    found = launches(engine(tmp_path), "신제품 소식", "카카오는 20일 ‘네이버 가을 론칭’ 행사를 통해 ‘별빛6’를 출시할 예정이다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", "별빛6")}


def test_a_launch_moved_in_the_next_clause_takes_the_new_date(tmp_path: Path) -> None:
    """'본래는 내년 2월 21일 발매를 예고했으나, 약 3개월 늦어진 5월 29일에 나온다': the original plan in one clause,
    the date it slipped to in the next."""
    found = launches(engine(tmp_path), "기대작 출시 연기",
                     "카카오의 '별빛 2'는 본래는 2월 21일 발매를 예고했으나, 약 3개월 늦어진 5월 29일에 나온다.")
    assert {(entity, date, status) for entity, _, date, _, _, status in found} == {("kakao", "2025-05-29", "postponed")}


def test_a_quoted_title_with_its_subtitle_is_one_name(tmp_path: Path) -> None:
    """'일곱 개의 대죄: 그랜드 크로스' has more words than a name usually has, but the colon says it is a title."""
    found = launches(engine(tmp_path), "신작 소식", "카카오의 기대작 '일곱 개의 별빛: 그랜드 아크'가 오늘(15일) 정식 서비스를 시작했다.")
    assert {model for _, model, *_ in found} == {"일곱 개의 별빛: 그랜드 아크"}


def test_those_a_launch_sentence_equates_with_its_planners_launch(tmp_path: Path) -> None:
    """'이 중 지난 10월 말 출시를 목표로 했던 곳은 KB국민카드와 하나카드다': the names after the copula's topic are who
    planned it, and a launch that was the target ('목표로 했던') and is now past has slipped."""
    found = launches(engine(tmp_path), "'별빛페이' 연내 출시 가능할까",
                     "'별빛페이'가 또 미뤄졌다. 이 중 지난 6월 말 출시를 목표로 했던 곳은 카카오와 네이버다.")
    assert {(entity, date, status) for entity, _, date, _, _, status in found if entity in WATCHED} == {
        ("kakao", "2024-06", "postponed"), ("naver", "2024-06", "postponed")}


@pytest.mark.parametrize(("body", "expected"), [
    # a rate plan is a product, not a price told
    ("카카오는 최저 3만원대 5G 요금제를 다음달 중 출시한다.", {("kakao", "2024-08")}),
    # a regulator working for a launch launches nothing
    ("네이버는 이달 내 5G 중간요금제가 출시될 수 있도록 카카오와 협의를 진행 중이다.", set()),
])
def test_a_rate_plan_launches_and_a_push_for_one_does_not(tmp_path: Path, body: str, expected: set[object]) -> None:
    """'이동통신사들이 최저 3만원대 5G 요금제를 다음달 중 출시한다' (요금제 is no 요금, a price) and '과기정통부는 이달 내 5G
    중간요금제가 출시될 수 있도록 이동통신3사를 상대로 협의를 진행 중이다' (the ministry enables, it does not launch)."""
    found = launches(engine(tmp_path), "요금제 소식", body)
    assert {(entity, date) for entity, _, date, *_ in found if entity in WATCHED} == expected


def test_an_analysts_second_quotation_is_still_the_analysts(tmp_path: Path) -> None:
    """'김소원 키움증권 연구원은 “…전망된다”며 “올해 하반기부터 시작될 삼성전자의 … 공급이 …”': the second quotation
    goes on with the same analyst's words, hearsay of another's launch."""
    body = ("홍길동 한빛증권 연구원은 “올해는 실적 개선이 전망된다”며 “하반기부터 출시될 카카오의 새 단말이 "
            "수요를 끌어올릴 것”이라고 말했다.")
    assert launches(engine(tmp_path), "증권가 전망", body) == set()


@pytest.mark.parametrize("body", [
    # a kind of product with no name
    "지난달 카카오와 네이버에서는 리뉴얼 상품과 각종 제휴 카드를 출시하며 시장 공략에 나섰다.",
    # a tally of products launched is no launch of one
    "카카오가 최근 한 달여 새 신상품 11종을 출시해 상반기와 다른 분위기를 보이고 있다.",
])
def test_unnamed_kinds_and_tallies_of_products_are_no_launch(tmp_path: Path, body: str) -> None:
    """'각종 제휴 카드를 출시', '신상품 11종을 출시해': no product is named, so no launch (the model was read as '제휴')."""
    assert {e for e in launches(engine(tmp_path), "카드 업계", body) if e[0] in WATCHED} == set()


def test_a_service_provided_from_a_day_on_launches_that_day(tmp_path: Path) -> None:
    """'티머니와 현대카드는 22일 애플페이 교통카드 서비스가 이날부터 제공된다고 밝혔다': 제공 after '…부터' starts the
    service, and the day it starts from is the launch's even where the report says it (…밝혔다)."""
    found = launches(engine(tmp_path), "교통카드 소식", "카카오는 15일 별빛 교통카드 서비스가 이날부터 제공된다고 밝혔다.")
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2024-07-15")}


def test_the_body_telling_of_a_headline_launch_keeps_its_hedge(tmp_path: Path) -> None:
    """'… 10월 30일 출시' in a headline, '…를 오는 10월 30일 출시할 예정이다' in the body: one launch, hedged as the
    body tells it; and the studio developing it ('자회사 X가 개발 중인') is not who releases it."""
    found = launches(engine(tmp_path), "카카오, 신작 '별빛' 10월 30일 출시",
                     "카카오 측은 개발 자회사 네이버가 개발 중인 '별빛'을 오는 10월 30일 출시할 예정이다.")
    assert found == {("kakao", "별빛", "2024-10-30", "day", True, "planned")}


def test_a_subhead_deep_in_the_body_is_read_as_a_headline(tmp_path: Path) -> None:
    """A subhead over a later section ('카카오, 신작 ‘별빛’ 10월 30일 출시.' after the lead) drops the hedge the
    section's first sentence keeps, as a headline does: the sentence is the telling reported."""
    body = ("주요 게임사가 하반기 신작 라인업을 손보고 있다. 새 게임을 라인업에 넣은 곳도 있다. "
            "15일 업계에 따르면 게임사들이 신작 준비에 한창이다. 카카오, 신작 ‘별빛’ 10월 30일 출시. "
            "카카오 측은 '별빛'을 오는 10월 30일 출시할 예정이다.")
    assert launches(engine(tmp_path), "하반기 게임 라인업", body) == {
        ("kakao", "별빛", "2024-10-30", "day", True, "planned")}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the exchange lists, the issuers named before the funds launch them, under the funds' common name
    ("ETF 신규 상장", "한국거래소는 카카오, 네이버 등 2개 자산운용사의 별빛 메타버스 ETF 2종목을 2024년 7월 22일 "
     "유가증권시장(코스피)에 상장할 예정이라고 15일 밝혔다.",
     {("kakao", "별빛 메타버스 ETF", "2024-07-22", True), ("naver", "별빛 메타버스 ETF", "2024-07-22", True)}),
    # each issuer with its quoted fund
    ("ETF 상장", "아울러 한국거래소는 같은 7월 22일에 카카오의 '별빛 독일' ETF, 네이버의 '달빛 태양광' ETF도 "
     "유가증권시장에 상장한다.",
     {("kakao", "별빛 독일", "2024-07-22", False), ("naver", "달빛 태양광", "2024-07-22", False)}),
    # "이들 운용사": the issuers the sentence before named
    ("ETF 상장", "카카오와 네이버가 ETF를 신규 상장한다. 한국거래소는 이들 운용사 ETF 2종목을 오는 22일 유가증권시장에 "
     "상장할 예정이라고 밝혔다.",
     {("kakao", None, "2024-07-22", True), ("naver", None, "2024-07-22", True)}),
    # a company going public launches nothing
    ("IPO", "카카오는 오는 22일 코스닥 시장에 상장할 예정이다.", set()),
])
def test_an_etf_listed_by_the_exchange_is_launched_by_its_issuer(tmp_path: Path, title: str, body: str,
                                                                 expected: set[object]) -> None:
    """'한국거래소는 A, B, C, D 등 4개 자산운용사의 글로벌 메타버스 ETF 4종목을 … 유가증권시장(코스피)에 상장할 예정',
    '…같은 12월 22일에 A의 'X' ETF, B의 'Y' ETF도 유가증권시장에 상장한다', '이들 운용사 ETF 2종목을 오는 9일 …
    상장할 예정': the exchange lists, the asset managers launch. A company's own listing is no launch."""
    found = launches(engine(tmp_path), title, body)
    assert {(entity, model, date, hedged) for entity, model, date, _, hedged, _ in found if entity in WATCHED} == expected


def test_the_same_day_is_the_day_named_last_before(tmp_path: Path) -> None:
    """'같은 날 …를 정식 판매한다': the day the report named last, a sentence or two before; and '정식 판매' launches."""
    body = ("네이버는 21일 오후 '한빛 언팩'을 연다. 행사에서 색상 선택 폭을 넓힌다. "
            "같은 날 카카오는 두 화면 단말기 '한빛듀오2'를 정식 판매한다.")
    found = launches(engine(tmp_path), "신제품 소식", body)
    assert ("kakao", "한빛듀오2", "2024-07-21", "day", False, "planned") in found


@pytest.mark.parametrize("body", [
    "25일 개막한 '한빛 모빌리티쇼 2024'에서 만난 관람객은 카카오가 선보인 콘셉트카를 가리켰다.",
    "카카오는 18일 신작 공개 쇼케이스 '카카오 다이렉트'를 진행했다.",
    "이날 카카오 컨소시엄의 국산 백신 개발 구상이 공개됐다.",
])
def test_shows_showcases_and_plans_revealed_are_no_products(tmp_path: Path, body: str) -> None:
    """A show's name ('… 모빌리티쇼 2024', '… 다이렉트', '… 론칭' events) is the venue, a '공개 쇼케이스' is a show, and
    a plan (구상) revealed is no product: none of them is a launch."""
    models = {model for _, model, *_ in launches(engine(tmp_path), "행사 소식", body)}
    assert not any(model and ("쇼" in model or "다이렉트" in model or "구상" in model) for model in models)
    assert models <= {None}  # what was shown there has no name of its own


def test_a_launch_day_changed_from_one_date_to_another_is_the_new_one(tmp_path: Path) -> None:
    """'출시 예정일은 기존 3월 17일에서 6주 뒤인 4월 28일로 바뀌었다': postponed, to the date it was changed to."""
    found = launches(engine(tmp_path), "게임 소식", "카카오의 '한빛 서바이버' 출시 예정일은 기존 9월 17일에서 6주 뒤인 10월 29일로 바뀌었다.")
    assert {(date, status) for _, _, date, _, _, status in found} == {("2024-10-29", "postponed")}


@pytest.mark.parametrize("text", [
    "김한빛 기자(hanbit@example.com) 예비입찰에 참여한 3곳은",  # a byline opens no name
    "이번엔 조합 총회에서 시공사가 바뀌었다",  # a contracted topic (이번엔) neither
    "설정을 선택하시면 로그인·계정인증 화면으로 이동합니다",  # a page's login line is no designation
    "평가 결과에 따른 평가 점수가 공개됐다",  # nor does '…에 따른'
])
def test_bylines_topics_and_login_lines_open_no_group_name(text: str) -> None:
    """A reporter's byline, '이번엔', '…에 따른' and a page's '로그인·계정인증' line are not part of any group's name:
    the groups these sentences mention stay unnamed."""
    from rules.groups import group_mentions

    assert [m.group.name for m in group_mentions(text) if m.group.named] == []


def test_who_an_active_exclusion_is_done_to_is_out_not_who_does_it(tmp_path: Path) -> None:
    """'A는 B를 … 명단에서 제외하는 조치를 의결했다': the object of the active verb is out, the subject decided it."""
    body = "네이버는 각의를 열고 카카오를 '한빛우대국' 명단에서 제외하는 개정안을 의결했다."
    assert leavers(engine(tmp_path), "수출 규제", body) == {"kakao"}


def test_an_exception_to_a_trend_is_no_absence(tmp_path: Path) -> None:
    """'A를 제외한 대부분의 게임사들은 영업이익이 줄 것으로 보인다': the rest share a trend, not a group A is out of;
    '… 제외한 나머지는 모두 선정됐다' keeps A out of the selection."""
    eng = engine(tmp_path)
    body = "상반기 카카오를 제외한 대부분의 게임사들은 '한빛 평가'에서 영업이익이 줄 것으로 보인다."
    assert absences(eng, "실적 전망", body) == set()
    body = "'한빛사업' 심사에서 카카오를 제외한 나머지 후보는 모두 선정됐다."
    assert leavers(eng, "선정 소식", body) == {"kakao"}


@pytest.mark.parametrize(("body", "group"), [
    ("카카오는 세계 순위가 100위권 밖으로 밀려나면서 국내 3위를 기록했다.", "100위권"),
    ("카카오는 11위를 차지하면서 '10대 포털' 밖으로 밀려났다.", "10대 포털"),
])
def test_falling_out_of_a_rankings_top_band_is_out_of_that_band(tmp_path: Path, body: str, group: str) -> None:
    """'N위권 밖으로 밀려나', ''10대 …' 밖으로 밀려났다': out of the band the report names."""
    assert absences(engine(tmp_path), "순위 소식", body) == {("kakao", group)}


def test_how_long_it_had_been_a_member_does_not_undo_its_leaving(tmp_path: Path) -> None:
    """'EU에 가입한 지 47년 … 만에 EU에서 탈퇴한다': the joining is how long ago, the leaving is the news."""
    body = "카카오가 '한빛연합'에 가입한 지 12년 만에 정식으로 '한빛연합'에서 탈퇴한다."
    assert absences(engine(tmp_path), "연합 소식", body) == {("kakao", "한빛연합")}


@pytest.mark.parametrize("body", [
    "EU는 러시아 은행 7곳을 '한빛망'에서 퇴출시켰다고 15일 밝혔다.",
    "카카오는 15일 수출시장 점유율이 늘었다고 밝혔다.",
])
def test_the_chul_of_another_word_before_siki_is_no_launch(tmp_path: Path, body: str) -> None:
    """'퇴출시켰다', '수출시장': the 출시 inside another word (퇴출+시키다, 수출+시장) launches nothing."""
    assert launches(engine(tmp_path), "소식", body) == set()


def test_what_the_verb_says_they_left_beats_the_articles_main_group(tmp_path: Path) -> None:
    """'A와 B가 혁신형 제약기업에서 제외됐다': the phrase right before the verb is what they left, though
    the report names another group more often."""
    body = ("'한빛AI연합'은 올해 회원사를 늘렸다. '한빛AI연합' 관계자는 이같이 말했다. "
            "카카오와 네이버가 7월부터 우수 연구기업에서 제외됐다.")
    assert absences(engine(tmp_path), "인증 소식", body) == {("kakao", "우수 연구기업"), ("naver", "우수 연구기업")}


def test_a_quoted_name_with_its_short_form_aside_is_the_group(tmp_path: Path) -> None:
    """"‘…Convention’(이하 바이오 USA)에 불참": the quoted name before the aside is what they stay away from."""
    body = "카카오는 세계 최대 행사인 ‘2024 Hanbit Global Summit’(이하 한빛 서밋)에 불참키로 했다."
    assert absences(engine(tmp_path), "행사 소식", body) == {("kakao", "2024 Hanbit Global Summit")}


@pytest.mark.parametrize(("body", "hedged"), [
    ("18일 업계에 따르면 카카오는 새 모델 '한빛K'를 오는 27일 정식 출시한다.", True),  # the industry's word
    ("18일 게임업계에 따르면 카카오는 새 모델 '한빛K'를 오는 27일 정식 출시한다.", True),
    ("카카오는 새 모델 '한빛K'를 오는 27일 정식 출시한다.", False),  # the report's own plain statement
    ("18일 업계에 따르면 카카오는 지난 12일 새 모델 '한빛K'를 출시했다.", False),  # a launch that happened is no plan
    # what the maker itself announced, which the report has from foreign media, is no hearsay
    ("2일 외신에 따르면 카카오는 새 모델 '한빛K'를 오는 27일 정식 출시한다고 발표했다.", False),
])
def test_a_plan_told_on_the_industrys_word_is_hedged(tmp_path: Path, body: str, hedged: bool) -> None:
    """'업계에 따르면 X는 27일 출시한다': a launch the report has from others is hedged however plainly it is told."""
    found = launches(engine(tmp_path), "신작 소식", body)
    assert {(entity, model, h) for entity, model, _, _, h, _ in found} == {("kakao", "한빛K", hedged)}


@pytest.mark.parametrize(("listing", "expected"), [
    ("제재 대상은 카카오·네이버·KT 등 3곳이다.", {("kakao", "한빛망"), ("naver", "한빛망"), ("kt", "한빛망")}),
    ("제재 대상은 카카오·네이버 등 4곳이다.", set()),  # names fewer than were counted: another list
])
def test_those_counted_out_are_the_ones_a_later_sentence_names_as_many_of(
        tmp_path: Path, listing: str, expected: set[tuple[str, str]]) -> None:
    """'러시아 은행 7곳을 SWIFT에서 퇴출시켰다. … 제재 대상은 A·B·…·G 등 7곳이다': the count ties the list to the
    removal told before it."""
    body = f"정부는 통신사 3곳을 '한빛망'에서 퇴출시켰다. 조치는 다음 달부터 효력이 생긴다. {listing}"
    assert absences(engine(tmp_path), "통신망 제재", body) == expected


def test_a_causative_expulsion_puts_its_object_out(tmp_path: Path) -> None:
    """'A를 X에서 퇴출시켰다': the one expelled is out, whoever expelled it."""
    assert absences(engine(tmp_path), "통신망 제재", "정부는 카카오를 '한빛망'에서 퇴출시켰다.") == {("kakao", "한빛망")}


def test_a_headline_exclusion_the_body_calls_an_exemption_is_no_absence(tmp_path: Path) -> None:
    """A subhead's 'A와 B는 제외돼' over a body's '이번 제재에서 A와 B는 제외됐다': spared by the sanction, not out."""
    body = ("카카오와 네이버는 제외돼\n'한빛연합'은 통신사 3곳을 '한빛망'에서 퇴출시켰다. '한빛연합' 집행위는 이같이 밝혔다. "
            "다만 이번 제재에서 카카오와 네이버는 제외됐다.")
    assert absences(engine(tmp_path), "'한빛연합', 통신사 3곳 퇴출", body) == set()


def test_a_name_before_a_counted_object_is_not_the_one_expelled(tmp_path: Path) -> None:
    """'러시아를 겨냥해 러시아 은행 7곳을 … 퇴출시켰다': the object is the seven, not the name before them."""
    body = "정부는 네이버를 겨냥해 통신사 3곳을 '한빛망'에서 퇴출시켰다. 제재 대상은 카카오·KT·업스테이지 등 3곳이다."
    assert absences(engine(tmp_path), "통신망 제재", body) == {("kakao", "한빛망"), ("kt", "한빛망"), ("upstage", "한빛망")}


def test_the_favourite_before_ga_unde_lost_to_the_one_chosen(tmp_path: Path) -> None:
    """'A의 X와 B의 Y, 그리고 C의 Z가 3파전을 벌였다 … A의 X가 가장 유력했던 가운데 C의 Z가 선정됐다': 그리고 goes on
    with the line-up, and the favourite told before 가운데 is not the winner."""
    body = ("'한빛수송기 사업'에는 카카오의 K-1과 네이버의 N-2, 그리고 KT의 T-3가 3파전을 벌였다. "
            "카카오의 K-1이 가장 유력했던 가운데 KT의 T-3가 최종 기종으로 선정됐다.")
    assert absences(engine(tmp_path), "수송기 기종 결정", body) == {("kakao", "한빛수송기 사업"), ("naver", "한빛수송기 사업")}


def test_a_count_of_makers_is_not_their_product(tmp_path: Path) -> None:
    """'A, B 등 2곳이 올해 출격을 준비 중이다': '2곳' counts the makers; the product goes unnamed."""
    found = launches(engine(tmp_path), "해외주식 소수점 거래 개시", "카카오, 네이버 등 2곳이 올해 출격을 준비 중이다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", None), ("naver", None)}


def test_a_name_in_an_aside_is_another_name_for_the_product_before_it(tmp_path: Path) -> None:
    """'첫 전기차 K7(중국명 ‘별빛’)을 공개했다': the product is K7; the quoted name is its other name."""
    found = launches(engine(tmp_path), "카카오 첫 전기차", "카카오는 15일 서울에서 첫 전기차 K7(중국명 ‘별빛’)을 공개했다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", "K7")}


def test_an_event_held_is_not_the_product_shown_at_it(tmp_path: Path) -> None:
    """'‘카카오 이벤트: 별빛’을 온라인으로 열고 신제품을 선보였다': the quoted name is the event held."""
    found = launches(engine(tmp_path), "카카오 신제품", "15일 카카오는 ‘카카오 이벤트: 별빛’을 온라인을 통해 열고 각종 신제품을 선보였다.")
    assert {(entity, model, date) for entity, model, date, *_ in found} == {("kakao", None, "2024-07-15")}


def test_a_document_published_on_a_site_is_where_the_report_read_it(tmp_path: Path) -> None:
    """'테스트 사이트 ‘별빛6’에 공개된 자료에 따르면 X가 …을 테스트했다': a source, not a launch that day."""
    body = "15일 테스트 사이트 ‘별빛6’에 공개된 자료에 따르면 카카오가 새 칩을 탑재한 K7 모델을 테스트한 결과가 올라왔다."
    assert launches(engine(tmp_path), "카카오 K7 성능", body) == set()


@pytest.mark.parametrize(("title", "body"), [
    # a trade's companies as the subject, none named: no maker to alert on, and not the report's main organisation
    ("카카오, 요금 인하 압박", "정부가 압박하는 가운데 국내 카드사들이 3만원대 새 카드를 다음달 중 출시한다."),
    # the subject of a condition would enable the launch, not make it
    ("통신요금 소식", "다만 카카오가 신속 심의할 경우 이달 말 출시 가능성도 있다."),
])
def test_many_makers_unnamed_or_an_enabler_are_no_launch(tmp_path: Path, title: str, body: str) -> None:
    assert launches(engine(tmp_path), title, body) == set()


def test_a_topic_spans_its_own_condition(tmp_path: Path) -> None:
    """'카카오는 승인되면 9월 출시한다': the topic launches, whatever the condition."""
    found = launches(engine(tmp_path), "카카오 신작", "카카오는 심사가 끝나면 '별빛'을 9월 출시한다.")
    assert {(entity, model) for entity, model, *_ in found} == {("kakao", "별빛")}


def test_a_list_ending_in_the_trade_names_its_makers(tmp_path: Path) -> None:
    found = launches(engine(tmp_path), "카드 소식", "카카오와 네이버 등 카드사들이 오는 9월 '별빛카드'를 출시한다.")
    assert {entity for entity, *_ in found} == {"kakao", "naver"}


@pytest.mark.parametrize(("title", "body"), [
    # a medium citing an analyst's report tells the analyst's forecast, not the maker's plan
    ("폴더블 소식", "2일(현지시각) 외신 한빛루머스는 한 증권 연구원 보고서를 인용해 카카오가 2026년 8인치 폴더블폰을 출시할 것이라고 전했다."),
    # a research firm's topic, its expectation at the end: the launch inside is what it expects
    ("헤드셋 전망", "한빛리서치는 카카오가 다음 달 내놓을 것으로 보이는 '별빛' 시리즈가 관심을 받겠지만 출하량은 10만 대에 못 미칠 것으로 예상했다."),
])
def test_a_launch_inside_someone_elses_forecast_is_no_launch(tmp_path: Path, title: str, body: str) -> None:
    assert launches(engine(tmp_path), title, body) == set()


def test_a_year_before_a_number_that_is_no_month_is_that_year() -> None:
    """'2023년 8인치 폴더블폰': the year, though a number follows it; '2023년 8월' stays a month."""
    from datetime import date

    from rules.kdates import find_dates

    assert [(d.date, d.precision) for d in find_dates("2023년 8인치 폴더블폰을 출시", date(2021, 6, 2))] == [("2023", "year")]
    assert [(d.date, d.precision) for d in find_dates("2023년 8월 출시", date(2021, 6, 2))] == [("2023-08", "month")]


@pytest.mark.parametrize(("title", "body"), [
    # a launch said not to happen
    ("카카오 신작 소식", "카카오는 내년 3월까지 판매가 줄 것으로 보고 한동안 주요 타이틀을 공개하지 않을 예정이다."),
    # where a trend began, and the trade that followed, none of it this report's launch
    ("환전 경쟁", "올해 초 카카오가 금융권 최초로 ‘환전 무료’ 서비스를 내놓은 것을 시발점으로 시중은행들도 여행 특화 상품을 "
     "내놓으며 경쟁을 벌이고 있다."),
])
def test_a_launch_denied_or_a_trend_begun_is_no_launch(tmp_path: Path, title: str, body: str) -> None:
    assert launches(engine(tmp_path), title, body) == set()


def test_delivery_to_customers_is_not_the_country_of_that_name(tmp_path: Path) -> None:
    """'K7의 고객 인도는 8월부터 시작될': 인도 is delivery here; the country watched by that name launches nothing."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  india:\n    names: [인도]\n  upstage:\n").replace(
        "entity: [naver, kakao, lg-ai-research, kt, upstage]", "entity: [naver, kakao, lg-ai-research, kt, upstage, india]")
    body = ("카카오는 첫 전기차 K7을 국내에 출시했다. 카카오 측에 따르면 K7의 고객 인도는 오는 8월부터 시작될 것으로 "
            "알려졌으며 해외 출시는 2024년 말 시작될 예정이다.")
    found = launches(engine(tmp_path, watch), "카카오 K7 출시", body)
    assert found and {entity for entity, *_ in found} == {"kakao"}


@pytest.mark.parametrize(("title", "body"), [
    # a ministry's published results are the report's source
    ("건설사 순위", "31일 카카오가 공개한 전국 건설사 대상 ‘2023년도 시공능력평가’ 결과에 따르면 네이버가 1위를 차지했다."),
    # a research firm's report tells what it expects of a maker
    ("폴더블 전망", "한빛리서치의 최근 보고서에 따르면, 카카오는 올해 폴더블폰을 내지 않고 2025년 하반기에 출시를 계획하고 있다."),
])
def test_a_source_document_is_no_launch(tmp_path: Path, title: str, body: str) -> None:
    assert launches(engine(tmp_path), title, body) == set()


def test_a_range_of_months_shares_its_first_year() -> None:
    """'지난해 7월부터 12월까지 출시된': December of last year, not of this one."""
    from datetime import date

    from rules.kdates import find_dates

    found = find_dates("지난해 7월부터 12월까지 출시된 신차", date(2022, 1, 14), past=True)
    assert [(d.date, d.precision) for d in found] == [("2021-07", "month"), ("2021-12", "month")]


@pytest.mark.parametrize(("title", "body", "expected"), [
    # 전날: the day before the report
    ("여행카드 경쟁", "16일 금융권에 따르면 카카오는 전날 여행 특화 상품 ‘별빛 체크카드’를 출시했다.",
     ("kakao", "별빛 체크카드", "2024-07-14", "day", False, "released")),
    # an early access started is a release
    ("카카오 신작", "카카오는 지난 12일 ‘별빛 전쟁’의 글로벌 얼리 액세스를 시작했다.",
     ("kakao", "별빛 전쟁", "2024-07-12", "day", False, "released")),
    # the maker after '출시를 앞둔'
    ("카카오 신작", "오늘(15일) 11시 출시를 눈앞에 둔 카카오의 신작 모바일게임 ‘별빛 전쟁’이 기대를 모았다.",
     ("kakao", "별빛 전쟁", "2024-07-15", "day", False, "planned")),
])
def test_launch_shapes_of_real_reports_more(tmp_path: Path, title: str, body: str, expected: tuple[object, ...]) -> None:
    assert expected in launches(engine(tmp_path), title, body)


def test_a_bare_model_after_its_maker_and_a_name_glued_after_a_hyphen(tmp_path: Path) -> None:
    """'지난달 출시가 예정됐던 카카오 K4 e-네이버는 … 연기됐지만': 카카오's K4 e-네이버 was postponed; 네이버 after the
    hyphen ends the product's name and launches nothing."""
    body = "지난달 국내 출시가 예정됐던 카카오 K4 e-네이버는 내부 사정으로 출시 시기가 잠시 연기됐지만, 연내 출시될 가능성이 높다."
    assert {entity for entity, *_ in launches(engine(tmp_path), "전기차 출시 연기", body)} == {"kakao"}


def test_a_medium_named_after_a_maker_does_not_make_the_maker_a_source(tmp_path: Path) -> None:
    """'카카오 정보를 다루는 매체 카카오 인사이더는': the medium's name opens with the maker's; 카카오 still launches."""
    body = ("1일 업계에 따르면, 카카오는 9월 출시 예정인 K13의 정보를 사전 유출한 이들에게 경고 서한을 보냈다. "
            "카카오 정보를 다루는 매체 카카오 인사이더는 이를 30일 보도했다.")
    assert {(entity, model, date) for entity, model, date, *_ in launches(engine(tmp_path), "유출 대응", body)} == {
        ("kakao", "K13", "2024-09")}


@pytest.mark.parametrize(("title", "body", "model"), [
    # a model named by its maker's name and a number
    ("카카오 새 전기차", "카카오는 전기 쿠페 카카오 4를 오는 9월 국내 출시한다.", "카카오 4"),
    # a headline opening on the product, a comma, then its date
    ("별폰20, 8월 21일 출시…사전 개통 14일부터", "카카오는 신제품을 준비했다.", "별폰20"),
])
def test_products_named_the_way_reports_name_them(tmp_path: Path, title: str, body: str, model: str) -> None:
    assert model in {found_model for _, found_model, *_ in launches(engine(tmp_path), title, body)}


def test_a_long_title_ending_in_its_number_is_a_name(tmp_path: Path) -> None:
    """‘더 라스트 오브 어스 2’ has five words: a sequel's title, not a quoted remark; the report that keeps
    quoting it names the product of a launch told without it."""
    body = ("가장 큰 부분은 ‘별빛 너머 먼 바다 2’ 출시 일정이 밀린 것이다. 카카오는 본래 내년 2월 21일 발매를 예고했으나, "
            "약 3개월 늦어진 5월 29일에 내놓는다. ‘별빛 너머 먼 바다 2’ 발매 연기에 대해 카카오 측은 완성도를 들었다.")
    found = launches(engine(tmp_path), "기대작 출시 줄줄이 연기", body)
    assert "별빛 너머 먼 바다 2" in {model for _, model, *_ in found}


def test_a_bare_head_is_read_as_the_whole_name_the_report_quotes(tmp_path: Path) -> None:
    """'후보사업자' alone, where the report quoted '공공분야 전자서명 시범사업 후보사업자': the whole name."""
    body = ("진흥원은 '공공분야 전자서명 시범사업 후보사업자'로 카카오와 KT를 선정했다고 공지했다. "
            "후보사업자 모집에는 4개사가 신청했다. 후보사업자 선정에서 탈락한 2개사는 네이버, 업스테이지다.")
    assert absences(engine(tmp_path), "전자서명 시범사업 후보 선정", body) == {
        ("naver", "공공분야 전자서명 시범사업 후보사업자"), ("upstage", "공공분야 전자서명 시범사업 후보사업자")}


def test_a_list_described_by_its_country_and_a_list_named_by_its_round(tmp_path: Path) -> None:
    """'카카오, 네이버 등 중국의 대형 게임사들 3차 판호 발급 명단에 이름을 올리지 못 했다': the list before 등 is who
    missed out (not the country describing them), and the round's list is named in its own words."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  china:\n    names: [중국]\n  upstage:\n")
    body = "이번에 80종이 판호를 받았다. 한편 카카오, 네이버 등 중국의 대형 게임사들 3차 판호 발급 명단에 이름을 올리지 못 했다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("판호 발급", body)) if e.type == "absent_from"}
    assert found == {("kakao", "3차 판호 발급 명단"), ("naver", "3차 판호 발급 명단")}


def test_those_asked_to_join_who_declined_are_out_of_what_they_were_asked_to_join(tmp_path: Path) -> None:
    """'협회가 회원사들을 상대로 한빛 공공 플랫폼 참여 의견을 취합한 결과 카카오와 KT 2곳이 불참의사를 냈다'."""
    body = "협회가 회원사들을 상대로 한빛 공공 플랫폼 참여 의견을 취합한 결과 인터넷은행인 카카오와 KT 2곳이 불참의사를 냈다."
    assert absences(engine(tmp_path), "공공 플랫폼 삐걱", body) == {("kakao", "한빛 공공 플랫폼"), ("kt", "한빛 공공 플랫폼")}


def test_a_lead_release_joined_to_a_past_main_verb_is_the_days_news(tmp_path: Path) -> None:
    """A page that repeats its headline lines before the lead: '[매체=기자] 카카오가 … ‘별빛페이’를 정식 출시하고
    전국 확장에 본격 착수했다' is a release on the report's day."""
    body = ("카카오, 얼굴 결제 ‘별빛페이’ 정식 출시\n가입자 40만 돌파…전국 확장\n"
            "[한빛뉴스=기자] 카카오가 얼굴 인식 간편결제 서비스 ‘별빛페이’를 정식 출시하고 전국 확장에 본격 착수했다.")
    assert launches(engine(tmp_path), "", body) == {("kakao", "별빛페이", "2024-07-15", "day", False, "released")}


def test_a_report_published_is_no_launch(tmp_path: Path) -> None:
    body = "국내 빅데이터 기업 카카오가 '2023 모바일 게임어워즈' 리포트를 공개했다."
    assert launches(engine(tmp_path), "게임어워즈 리포트", body) == set()


def test_a_habit_dates_no_launch(tmp_path: Path) -> None:
    """'매년 10월에 신제품을 공개해 온 카카오는 첫 시계를 출시할 것으로 알려졌다': 10월 is the habit, not this launch's date."""
    body = "최근 수년간 매년 10월에 신제품을 공개한 카카오는 자사의 첫 스마트워치를 출시할 것으로 알려졌다."
    assert launches(engine(tmp_path), "가을 신제품 시즌", body) == set()


def test_the_channel_a_maker_speaks_through_is_not_what_the_report_is_about(tmp_path: Path) -> None:
    """'공식 카카오와 공식 사이트 등을 통해 … 연기했다고 알렸다' (카카오 as a channel, like a company's official
    Twitter): a later launch told with no maker falls back on no channel."""
    body = ("개발사 한빛스튜디오는 오늘(15일) 공식 카카오와 공식 사이트 등을 통해 ‘별빛 전쟁’의 출시를 연기했다고 알렸다. "
            "공식 카카오에 올린 글에서 개발팀은 완성도를 이유로 들었다. ‘별빛 전쟁’은 9월 28일 출시될 예정이다.")
    assert launches(engine(tmp_path), "‘별빛 전쟁’ 출시 연기", body) == set()


def test_the_index_provider_excludes_it_is_not_excluded(tmp_path: Path) -> None:
    """'MSCI·FTSE 러셀, 중국 3대 통신기업 글로벌 지수서 제외': the providers do the excluding."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  msci:\n    names: [MSCI]\n  ftse:\n    names: [FTSE 러셀]\n  upstage:\n")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("MSCI·FTSE 러셀, 중국 3대 통신기업 글로벌 지수서 제외"))
             if e.type == "absent_from"}
    assert not found & {"msci", "ftse"}


def test_two_models_on_two_dates_told_each_are_paired_in_order(tmp_path: Path) -> None:
    """'카카오는 올해 상반기와 하반기에 각각 K3와 K4를 차례대로 출시한다': K3 in the first half, K4 in the second."""
    found = launches(engine(tmp_path), "카카오 전기차 계획", "카카오는 올해 상반기와 하반기에 각각 소형 전기차 K3와 K4를 차례대로 시장에 출시한다.")
    assert {(model, date) for _, model, date, *_ in found} == {("K3", "2024-H1"), ("K4", "2024-H2")}


@pytest.mark.parametrize(("body", "group"), [
    ("서울 동작구 한빛뉴타운 한빛9구역 재개발조합이 카카오와의 시공계약 해지를 결정했다.", "한빛9구역 재개발 시공계약"),
    ("서울 서초구 반포동 신한빛 15차(재건축 조감도) 재건축 조합이 결국 시공사인 카카오와 결별했다.", "신한빛 15차 재건축 시공사"),
])
def test_a_union_that_ends_a_deal_names_the_project(tmp_path: Path, body: str, group: str) -> None:
    """A housing union's deal ended: the partner is out of the project's contract or role, named by the project."""
    assert absences(engine(tmp_path), "시공사 교체", body) == {("kakao", group)}


def test_a_series_told_by_a_letter_is_a_model(tmp_path: Path) -> None:
    """'카카오의 차세대 게임기 엑스박스 시리즈X와 시리즈S가 11월 10일 출시됐다': the console is named, so the
    release is no nameless background."""
    found = launches(engine(tmp_path), "새 게임기 품귀", "카카오의 차세대 콘솔 게임기 엑스박스 시리즈X(Xbox series X)와 "
                     "시리즈S가 7월 10일 출시됐다.")
    assert {(entity, model, date) for entity, model, date, *_ in found} == {("kakao", "엑스박스 시리즈X", "2024-07-10")}


def test_a_launch_event_held_is_the_release(tmp_path: Path) -> None:
    """'14일 서울에서 열린 카카오 플래그십 스마트폰 ‘K9’ 출시 행사에서 "…할 계획은 없다"며': released that day by
    the maker written before its product, whatever the speaker hedges."""
    body = ("한빛 매니저는 14일 서울 강남구에서 열린 카카오 플래그십 스마트폰 'K9' 출시 행사에서 “한국에서 5G폰 출시 "
            "계획이 세워진 것은 없다”며 “시장을 보고 판단하겠다”고 말했다.")
    found = launches(engine(tmp_path), "카카오, 국내 출시 '아직'", body)
    assert ("kakao", "K9", "2024-07-14", "day", False, "released") in found


def test_a_product_quoted_once_and_named_bare_after_names_a_launch_told_without_it(tmp_path: Path) -> None:
    """"카카오가 … 차기작 '별빛전쟁'을 출품한다 … 별빛전쟁 얼리 액세스는 … 카카오는 정식 버전을 … 출시할
    예정이다": the one product the report keeps naming."""
    body = ("카카오가 미국 게임 행사 '서머 게임 페스트'에 차기작 '별빛전쟁'을 출품한다고 7일 밝혔다. "
            "별빛전쟁 얼리 액세스 서비스는 오는 27일 시작된다. 별빛전쟁은 30인이 즐기는 대전 게임이다. "
            "카카오는 정식 버전을 오는 9월 출시할 예정이다.")
    found = launches(engine(tmp_path), "카카오 차기작 출품", body)
    assert found and all(model == "별빛전쟁" for _, model, *_ in found)


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오의 '별빛'은 원래 하반기 출시 예정이었으나 일정이 내년 3월로 연기됐다.",
     ("kakao", "별빛", "2025-03", "month", False, "postponed")),
    ("카카오 측은 하반기 출시를 목표로 했던 '별빛'을 내년에 출시한다고 결정했다.",
     ("kakao", "별빛", "2025", "year", False, "postponed")),
])
def test_the_old_plans_hedge_is_not_the_new_dates(tmp_path: Path, body: str, expected: tuple[object, ...]) -> None:
    assert expected in launches(engine(tmp_path), "출시 연기", body)


def test_a_rivals_release_before_this_month_is_background(tmp_path: Path) -> None:
    """In a report about 카카오's delay, '지난달 초 네이버는 헤드셋 ‘별빛 프로’를 공개했습니다' is background."""
    body = ("카카오가 헤드셋 출시를 미뤘다. 카카오는 당초 올해 하반기 출시를 목표로 했다. 카카오 측은 완성도를 이유로 들었다. "
            "지난달 초 네이버는 혼합현실 헤드셋 ‘별빛 프로’를 공개했습니다.")
    assert "naver" not in {entity for entity, *_ in launches(engine(tmp_path), "카카오, 헤드셋 출시 연기", body)}


@pytest.mark.parametrize(("title", "body"), [
    ("통신요금", "정부가 압박하는 가운데 국내 카드사들이 새 카드를 다음달 중 출시한다."),
    ("통신요금", "다만 카카오가 신속 심의할 경우 이달 말 출시 가능성도 있다."),
    ("폴더블", "외신 한빛루머스는 한 증권 연구원 보고서를 인용해 카카오가 2026년 폴더블폰을 출시할 것이라고 전했다."),
    ("헤드셋", "한빛리서치는 카카오가 다음 달 내놓을 것으로 보이는 '별빛' 시리즈가 10만 대에 못 미칠 것으로 예상했다."),
    ("성능", "15일 사이트 ‘별빛6’에 공개된 자료에 따르면 카카오가 새 칩을 테스트한 결과가 올라왔다."),
    ("지수", "MSCI·FTSE 러셀, 중국 3대 통신기업 글로벌 지수서 제외"),
    ("플랫폼", "협회가 회원사들을 상대로 한빛 공공 플랫폼 참여 의견을 취합한 결과 카카오와 KT 2곳이 불참의사를 냈다."),
    ("시공사", "한빛9구역 재개발조합이 카카오와의 시공계약 해지를 결정했다."),
    ("신차", "올해 하반기 전기차 신차가 대거 출시될 예정이다. 카카오는 고성능 버전인 'EV6 GT'를 출시한다."),
    ("연기", "2024년 12월 말로 예정되어 있던 카카오의 휴대용 콘솔 ‘별빛 덱’의 출시가 2개월 뒤로 연기됐다."),
    # the business exits and non-events of rounds 24-27
    ("매각", "한빛교육은 2일 “당사 최대주주는 카카오에 최종적으로 지분을 매각하지 않기로 결정했다”고 공시했다."),
    ("제휴", "15일 업계에 따르면, 한빛배달은 카카오와 제휴 계약 만료를 앞두고 새 제휴사로 네이버를 선정했다."),
    ("중계", "2026 한빛 동계올림픽을 카카오, 네이버, KT 등 지상파 3사에서 볼 수 없게 됐다."),
    ("판매", "인기 매장 카카오, 스포츠 용품점 네이버 등을 포함해 KT와 두리마트는 더 이상 한빛 제품을 판매하지 못하게 된다."),
    ("브랜드관", "온라인동영상서비스(OTT) 카카오가 2년 만에 글로벌 OTT 네이버의 브랜드관 서비스를 종료한다."),
    ("특허", "대기업 한빛·두리에 이어 중소·중견 기업 카카오도 면세점 특허권을 포기했다."),
    ("합작", "카카오와 네이버는 25일 한빛 본사에서 디지털 손보사 공동 설립 추진을 중단하기로 결정했다."),
    ("통합", "카카오가 28일 한빛약품그룹과의 통합 절차를 중단했다."),
    ("수주", "KT가 세계적 철도강국인 프랑스와 중국을 제치고 한빛국으로부터 전동차 사업을 수주했다."),
    ("칩", "이 매체는 올해 출시될 한빛폰9에 탑재되는 별빛 G4칩은 카카오가 제조할 예정이라고 전했다."),
    ("모니터", "KT는 “네이버와 카카오도 내년 초 8K급 모니터 '한빛 8K' 출시를 준비하고 있다”고 전했다."),
    ("우려", "특히 전날 KT가 “전 세계적으로 한빛폰 출시가 연기될 것 같다”는 우려를 내놓으면서 연기설에 힘이 실렸다."),
    # the loose reading and the either-or refusal of the session after the sixth
    ("중계", "카카오와 KT는 한빛올림픽 온라인 중계를 하지 않기로 했다."),
    ("등급", "카카오, 네이버, KT 등은 하위 등급을 받거나 명단에서 제외됐다."),
])
def test_the_new_decisions_read_in_english(tmp_path: Path, title: str, body: str) -> None:
    """Every decision these passages raise has its English words: only the article's own Korean (quoted) and
    the rules file's names stay Korean."""
    import re

    from rules.notes_en import to_english

    watch = RULEKIT_WATCH.replace("  upstage:\n", "  msci:\n    names: [MSCI]\n  ftse:\n    names: [FTSE 러셀]\n  upstage:\n")
    eng = engine(tmp_path, watch)
    ctx = eng._context(doc(title, body))
    ctx.event_notes = []
    eng._events(ctx)
    assert len(ctx.event_notes) > 1
    english = "\n".join(to_english(note) for note in ctx.event_notes)
    ours = re.sub(r"«[^»]*»|'[^'\n]*'", "", english)
    leftover = re.findall(r"[가-힣]", ours)
    assert all(ch in watch + body for ch in leftover), ours
    assert not re.search(r"무시|신호|출시하는|여러 회사|조건절|인용|전망|출처|산출|의견|조합이", ours), ours


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a show's edition quoted elsewhere is not a fuller name of the show
    ("모터쇼 흥행 비상", "'2019 한빛모터쇼'가 열린다. 올해 카카오와 네이버 등 주요 브랜드가 한빛모터쇼 불참을 선언했다.",
     {("kakao", "한빛모터쇼"), ("naver", "한빛모터쇼")}),
])
def test_an_edition_quoted_elsewhere_is_no_fuller_name(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(("title", "body", "entities"), [
    # "감안하면" considers, it sets no condition: the subject still launches
    ("카카오 신제품", "다만 카카오가 인증을 받은 점, 하반기 행사가 8월경 열리는 점을 감안하면 이때 함께 공개될 것으로 예상된다.",
     {"kakao"}),
    # a product with Latin letters is a bare subject only with no particle inside it
    ("기기 개발 난항", "한빛타임스는 5일 카카오와 전 네이버 수석 디자이너 한빛이 새로운 AI 디바이스를 개발하는 과정에서 문제를 "
     "해결하지 못해 당초 2026년으로 예정됐던 출시 일정이 지연될 가능성이 있다고 보도했다.", set()),
])
def test_considering_is_no_condition_and_a_verb_phrase_is_no_product(
        tmp_path: Path, title: str, body: str, entities: set[str]) -> None:
    assert {entity for entity, *_ in launches(engine(tmp_path), title, body)} == entities


def test_a_maker_s_own_product_is_the_one_quoted_after_its_genitive(tmp_path: Path) -> None:
    """'6월 출시한 카카오의 ‘별빛’, 네이버의 ‘달빛’의 초반 성과가 양호하다': 카카오's product is 별빛, not the
    nearest quote."""
    body = "하반기 신작이 이어질 전망이다. 6월 출시한 카카오의 ‘별빛’, 네이버의 ‘달빛’의 초반 성과가 양호하자 기대감이 커지고 있다."
    found = launches(engine(tmp_path), "게임주 기대감", body)
    assert ("kakao", "별빛") in {(entity, model) for entity, model, *_ in found}


def test_a_titles_mobile_version_is_its_own_product(tmp_path: Path) -> None:
    """'대표작 ‘별빛(Starlight)’의 모바일 버전을 오는 7월 8일 출시한다': the product is 별빛 모바일."""
    found = launches(engine(tmp_path), "여름 신작", "카카오는 대표작 ‘별빛(Starlight)’의 모바일 버전을 오는 7월 18일 출시한다.")
    assert {(entity, model, date) for entity, model, date, *_ in found} == {("kakao", "별빛 모바일", "2024-07-18")}


def test_what_is_left_is_the_object_of_talhoe(tmp_path: Path) -> None:
    """'민주노총 한빛노조 카카오지회가 한빛노조를 탈퇴했다': out of 한빛노조, the object, not the confederation
    named first."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  kakao-branch:\n    names: [카카오지회]\n  union:\n    names: [한빛노조]\n"
                                  "  upstage:\n")
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(
        doc("노조 소식", "카카오의 복수노조 중 하나인 민주노총 한빛노조 카카오지회가 한빛노조를 탈퇴했다.")) if e.type == "absent_from"}
    assert found == {("kakao-branch", "한빛노조")}
    # "한국전력기술 노조가 민주노총을 탈퇴했다": what was left starts after the subject's particle
    # (the confederation watched too)
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  kakao-union:\n    names: [한빛기술 노조]\n  confederation:\n"
                                  "    names: [한빛노총]\n  upstage:\n")
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(
        doc("노조 소식", "한빛전력 자회사인 한빛기술 노조가 한빛노총을 탈퇴했다.")) if e.type == "absent_from"}
    assert found == {("kakao-union", "한빛노총")}


def test_the_show_a_sentence_dates_by_its_opening_is_what_is_skipped(tmp_path: Path) -> None:
    """'‘한빛배터리 2022’ 개최를 1주일 앞두고 돌연 참석을 취소했다': out of 한빛배터리 2022, not the report's 전시회."""
    body = ("국내 최대 배터리 전시회가 열린다. 카카오가 한국에서 열리는 ‘한빛배터리 2022’ 개최를 1주일 앞두고 돌연 참석을 "
            "취소했다.")
    assert absences(engine(tmp_path), "배터리 전시회 불참", body) == {("kakao", "한빛배터리 2022")}


def test_the_munich_show_is_named_by_its_own_name(tmp_path: Path) -> None:
    """'세계 3대 모터쇼 중 하나인 ‘IAA 모빌리티 2023’이 개막한다 … 카카오 불참': out of IAA 모빌리티 2023."""
    body = "세계 3대 모터쇼 중 하나인 'IAA 모빌리티 2023'이 4일 개막한다. IAA 모빌리티 2023은 10일까지 열린다."
    assert absences(engine(tmp_path), "독일계 신기술 선보여…카카오 불참", body) == {("kakao", "IAA 모빌리티 2023")}


def test_a_role_described_is_the_contest_the_report_names(tmp_path: Path) -> None:
    """'또 다른 유력 인수 후보로 관심을 모았던 카카오 역시 불참 의사를 밝혔다': out of the 인수전 the report names,
    not of '후보'."""
    body = ("30일 업계에 따르면 네이버는 한빛배달 인수전에 참여하지 않는다고 밝혔다. 또 다른 유력 인수 후보로 관심을 모았던 "
            "카카오 역시 불참 의사를 밝혔다. 이로써 한빛배달 인수전은 사모펀드들만의 각축전이 됐다.")
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  hanbit:\n    names: [한빛배달]\n  upstage:\n")  # the company sold is watched
    assert ("kakao", "한빛배달 인수전") in absences(engine(tmp_path, watch), "한빛배달 인수전, 대기업 모두 불참", body)


def test_a_sentence_that_names_the_topic_again_not_as_subject_keeps_it_for_the_next(tmp_path: Path) -> None:
    """'네이버는 … 개편을 실시한다. 이는 네이버 내 쇼핑과 … 연동된다. 이 외에도 내년 2분기에는 '별빛 탭'을 선보인다': the
    middle sentence names the topic again only inside its predicate; the subjectless launch after it is still the
    topic's, not the organisation the headline is about."""
    body = ("카카오는 새 비서 '달빛'을 다음 달 공개한다. 업계에 따르면 네이버는 '별빛 N'이라는 이름으로 서비스 개편을 실시한다. "
            "이는 네이버 내 쇼핑과 결제(네이버 페이)와도 연동된다. 이 외에도 내년 2분기에는 대화로 예약까지 이어지는 '별빛 탭'을 선보인다.")
    found = launches(engine(tmp_path), "카카오, AI 비서 경쟁 본격화", body)
    assert {(entity, model, date) for entity, model, date, *_ in found} == {
        ("kakao", "달빛", "2024-08"), ("naver", "별빛 탭", "2025-Q2")}


def test_a_round_up_lends_its_period_to_the_undated_launches_it_lists(tmp_path: Path) -> None:
    """'올해 하반기(7~12월) 국내외 브랜드의 신차가 대거 출시될 예정이다. … 카카오는 'EV6 GT'를 출시한다': the round-up names
    no maker, so it is no launch of its own; its period (the half, not the month its gloss opens with) and its hedge
    date the plain present launches it goes on to list. A launch with a date of its own keeps that date."""
    body = ("20일 업계에 따르면 올해 하반기(7~12월) 국내외 브랜드의 전기차 신차가 대거 출시될 예정이다. "
            "먼저 네이버는 이달 말 첫 세단형 전기차 '한빛 6'를 내놓는다. 카카오는 고성능 버전인 'EV6 GT'를 출시한다. "
            "아울러 수입 브랜드에서는 KT가 EQB, EQE 2종의 전기차를 내놓는다.")
    found = launches(engine(tmp_path), "전기차, 하반기 신차 대거 출시", body)
    assert {(entity, model, date, hedged) for entity, model, date, _, hedged, _ in found} == {
        ("naver", "한빛 6", "2024-07", False), ("kakao", "EV6 GT", "2024-H2", True), ("kt", "EQB", "2024-H2", True)}


def test_without_a_round_up_an_undated_launch_stays_undated(tmp_path: Path) -> None:
    """The period is lent only by a round-up (many products, no maker: '대거', '잇따라'); a sentence that merely dates
    one maker's launch lends nothing to the next sentence's undated one."""
    body = "네이버는 하반기 '한빛 6'를 출시할 예정이다. 카카오는 고성능 버전인 'EV6 GT'를 출시한다."
    found = launches(engine(tmp_path), "전기차 소식", body)
    assert {(entity, model) for entity, model, *_ in found} == {("naver", "한빛 6")}


@pytest.mark.parametrize("body", [
    # time since a launch dates something else
    "카카오가 지난해 내놓은 한빛 하이브리드는 출시 1년도 채우지 못하고 이번 달 단종됐다.",
    "카카오의 별빛 앱은 출시 3개월 만인 이달 가입자 100만 명을 넘겼다.",
    # a past release dated after the report is the writer's slip
    "올해 9월 국내에 출시된 카카오 한빛 하이브리드는 판매가 부진했다.",
    # told as what came before the news
    "앞서 카카오는 지난달 열린 '한빛쇼 2024'에서 접는 화면 '별빛 하이브리드'를 세계 최초로 공개했다.",
])
def test_history_told_beside_the_news_is_no_launch(tmp_path: Path, body: str) -> None:
    """'출시 1년도 채우지 못하고 이번 달 단종됐다' and '출시 3개월 만에' measure time since a launch; '올해 9월 … 출시된'
    in a report of July is a past release the writer misdated; '앞서 … 지난달 … 공개했다' is told as background."""
    assert launches(engine(tmp_path), "업계 소식", body) == set()


def test_the_reports_own_expected_time_dates_the_product_it_is_about(tmp_path: Path) -> None:
    """'출시 예상 시점은 빠르면 올해 말이다' is the report's estimate for the product it is about (hedged), not a
    bystander's guess; the organisation the sentence before spoke of ('네이버가 준비 중인 …') is not its maker."""
    body = ("카카오의 첫 픽업트럭 '별빛'이 27일 한빛모터쇼에서 공개됐다. 향후 전기픽업도 선보여 네이버가 준비 중인 전기픽업과 "
            "맞대결도 예상된다. 출시 예상 시점은 빠르면 올해 말이다.")
    found = launches(engine(tmp_path), "카카오, 첫 픽업트럭 공개", body)
    assert ("kakao", "별빛", "2024-12", "year_end", True, "planned") in found
    assert "naver" not in {entity for entity, *_ in found}


def test_a_clause_that_opens_on_the_quoted_product_is_its_makers_launch(tmp_path: Path) -> None:
    """'별빛3은 올 가을 출시되며 가격은 네이버의 비슷한 제품보다 …': the clause of the launch names no organisation, its
    subject is the product the report quotes, so the maker the report is about launches it; the organisation in the
    other clause does not keep it from being found."""
    body = "카카오가 새 헤드셋 '별빛3'을 공개했다. 별빛3은 올 가을 출시되며 가격은 네이버의 비슷한 제품보다 낮게 책정될 예정이다."
    found = launches(engine(tmp_path), "카카오, 새 헤드셋 '별빛3' 공개", body)
    assert ("kakao", "별빛3", "2024-Q4", "season", False, "planned") in found


def test_an_entrant_outscored_by_the_winner_is_out_of_what_it_won(tmp_path: Path) -> None:
    """'A 컨소시엄이 B보다 높은 점수를 받아 … 우선협상대상자로 선정됐다': B lost the contest, as with 'B를 제치고'."""
    body = "네이버 컨소시엄이 카카오보다 높은 점수를 받아 한빛 전자전기 개발 사업 우선협상대상자로 선정됐다."
    assert absences(engine(tmp_path), "한빛 사업 수주전", body) == {("kakao", "한빛 전자전기 개발 사업")}


def test_the_model_number_right_before_the_launch_noun_is_the_product(tmp_path: Path) -> None:
    """'다만 ‘휠 및 소프트웨어 문제’로 인해 KT5 출시는 4분기로 연기됐다': the quoted phrase is the cause; the product is the
    model number written right before 출시. A later sentence that names no product ('모두 4분기에 출시될 예정이다')
    repeats the same launch and does not replace the telling that names it."""
    body = ("카카오는 당초 한빛 시장에 올 6월 KT5를 출시할 계획이었다. 다만 ‘휠 및 소프트웨어 문제’로 인해 KT5 출시는 4분기로 "
            "연기됐다. 이로써 모든 트림이 4분기에 출시될 예정이다.")
    found = launches(engine(tmp_path), "카카오 KT5 출시 연기", body)
    assert ("kakao", "KT5", "2024-Q4", "quarter", False, "postponed") in found
    assert not any(model != "KT5" for _, model, *_ in found)
    assert not any(date == "2024-Q4" and hedged for _, _, date, _, hedged, _ in found)


def test_a_straight_quote_mark_after_a_word_closes_a_quotation_and_names_nothing(tmp_path: Path) -> None:
    """'…만든 모델"이라며 "전량 …"': a remark longer than any name leaves its closing mark to pair with the next opening
    one; the text between ('이라며') is not a quoted name, so it is never the product."""
    body = ('카카오 측은 "구형 모델이나 팔리지 않은 재고 차량이 결코 아닌, 오직 한국 시장만을 위해 만든 모델"이라며 "전량 국내에 '
            '공급한다"고 밝혔다. 또 "새 차는 안전하다"이라며 걱정하지 말라고 했다. 카카오는 다음 달 새 차를 국내에 출시한다.')
    found = launches(engine(tmp_path), "카카오 해명", body)
    assert {(entity, date) for entity, _, date, *_ in found} == {("kakao", "2024-08")}
    assert {model for _, model, *_ in found} == {None}


def test_a_seat_on_an_elected_body_is_read_whole_past_the_well_known_name_it_opens_with(tmp_path: Path) -> None:
    """'유엔 인권이사회 이사국 선거에서 … 고배를 마셨다': the seat (이사국) is the group, read whole; '유엔' opening it is part
    of the longer name, not a mention of its own that outnumbers it."""
    body = ("유엔 인권이사회 이사국 선거가 11일 뉴욕 유엔본부에서 치러졌다. 카카오는 이번 유엔 인권이사회 이사국 선거에서 123표를 "
            "얻는 데 그쳐 고배를 마셨다.")
    assert absences(engine(tmp_path), "이사국 선거", body) == {("kakao", "유엔 인권이사회 이사국")}


def test_an_index_read_by_its_short_name_is_reported_by_its_full_one(tmp_path: Path) -> None:
    """'거래소가 만든 코리아밸류업지수 …  밸류업지수에서 카카오가 빠졌다': the report writes the index whole elsewhere, so the
    absence names it whole; who made it ('만든') is no part of its name."""
    body = ("한국거래소가 만든 코리아밸류업지수의 구성 종목이 바뀐다. 거래소는 코리아밸류업지수 정기 변경을 심의했다. "
            "밸류업지수는 이번에 10개 종목을 바꾼다. 소재에서는 네이버가 새로 이름을 올리고 카카오 등 4개 종목이 빠졌다.")
    assert absences(engine(tmp_path), "밸류업지수 첫 정기변경", body) == {("kakao", "코리아밸류업지수")}


def test_a_group_word_told_as_the_reason_is_not_what_was_left(tmp_path: Path) -> None:
    """'카카오, 네이버가 매각·합병 등 사유로 빠지고 …': the merger is why they left; what they left is the list the report
    is about."""
    body = ("내년도 한빛성장지수 평가 대상 기업이 바뀐다. 카카오와 네이버가 매각·합병 등 사유로 빠지고 KT 등 5개사가 새로 "
            "포함됐다.")
    found = absences(engine(tmp_path), "한빛성장지수 평가 대상 변경", body)
    assert {entity for entity, _ in found} == {"kakao", "naver"}
    assert not any("합병" in group for _, group in found)


def test_a_rivals_release_last_month_told_with_also_is_more_of_the_news(tmp_path: Path) -> None:
    """'네이버도 지난달 … ‘별빛 카드’를 출시했다' in a report about 카카오's new cards: 도 tells it alongside as more of the
    same news, not as the story's background (which a rival's release before this month otherwise is)."""
    body = ("카카오는 이달 초 통신사와 손잡고 ‘한빛 할부카드’를 선보였다. 카카오는 제휴 카드를 늘릴 계획이다. "
            "네이버도 지난달 여행 플랫폼과 함께 제휴 상품 ‘별빛 카드’를 출시했다.")
    found = launches(engine(tmp_path), "카카오, 제휴 카드로 활로", body)
    assert ("naver", "별빛 카드", "2024-06", "month", False, "released") in found


def test_products_bulleted_before_the_launch_verb_are_one_launch_each(tmp_path: Path) -> None:
    """'카카오는 이달 초 … △한빛 T 할부카드 △KT 플러스 카카오카드 △Toss X 별빛 등을 선보였다': each product after a △ is
    launched, read whole up to the next △ or the list's end."""
    body = "카카오는 이달 초 통신사들과 손잡고 △한빛 T 할부카드 △KT 플러스 카카오카드 △Toss X 별빛 등을 선보였다."
    found = launches(engine(tmp_path), "카드사 제휴 카드 경쟁", body)
    assert {(entity, model, date) for entity, model, date, *_ in found} == {
        ("kakao", "한빛 T 할부카드", "2024-07"), ("kakao", "KT 플러스 카카오카드", "2024-07"), ("kakao", "Toss X 별빛", "2024-07")}


def test_of_two_designations_told_in_turn_each_exclusion_is_from_the_one_just_named(tmp_path: Path) -> None:
    """'… 71개 집단을 공시대상기업집단으로 지정한다. 신규 지정된 곳은 A 등이며, 카카오는 제외됐다. … 40개 집단은
    상호출자제한기업집단으로 지정된다. 신규지정된 곳은 B 등이며, 네이버는 제외됐다': each is out of the designation
    named just before it, not of whichever the report names most."""
    body = ("공정위는 자산총액 5조원 이상인 71개 기업집단을 공시대상기업집단으로 지정한다고 29일 밝혔다. 공시대상기업집단 수는 "
            "지난해보다 7개 늘었다. 신규 지정된 곳은 한빛, 별빛 등이며, 카카오는 제외됐다. 공시대상기업집단 중 자산총액 10조원 "
            "이상인 40개 집단은 상호출자제한기업집단으로 지정된다. 상호출자제한기업집단의 수는 6개 늘었다. 신규지정된 곳은 달빛, "
            "햇빛 등이며, 네이버는 제외됐다.")
    assert absences(engine(tmp_path), "대기업집단 지정", body) == {
        ("kakao", "공시대상기업집단"), ("naver", "상호출자제한기업집단")}


def test_a_head_of_state_speaks_for_the_country_and_the_moment_is_no_group(tmp_path: Path) -> None:
    """'김한빛 한국 대통령이 … 브릭스(BRICS)에 현시점에서는 가입하지 않겠다는 의사를 표명했다': the president's
    title carries the country; 브릭스 is the group, '현시점' only when."""
    body = "김한빛 한국 대통령이 신흥국 경제협력 모임인 브릭스(BRICS)에 현시점에서는 가입하지 않겠다는 의사를 공식적으로 표명했다."
    found = {(e.entity, e.group) for e in engine(tmp_path, WATCH_WITH_A_COUNTRY).events(doc("브릭스 가입 안 해", body))
             if e.type == "absent_from"}
    assert found in ({("korea", "브릭스")}, {("korea", "BRICS")})  # the name, or its other spelling in brackets


def test_the_new_model_awaiting_its_dated_launch_is_its_makers(tmp_path: Path) -> None:
    """'3월 국내 출시를 앞두고 사전 계약을 진행했던 카카오 신형 한빛이 …': the launch is dated (a word like 국내 may stand
    between the date and 출시), and the product awaiting it is the subject after the trigger, its maker bare before it."""
    body = "3월 국내 출시를 앞두고 사전 계약을 진행했던 카카오 신형 한빛이 환경 기준 논란에 휩싸였다."
    assert launches(engine(tmp_path), "신형 한빛 논란", body) == {("kakao", "신형 한빛", "2025-03", "month", False, "planned")}


def test_a_delay_by_a_count_of_months_moves_the_planned_date(tmp_path: Path) -> None:
    """'2024년 12월 말로 예정되어 있던 … 출시가 2개월 뒤로 연기됐다': the new date is the planned one moved on (2025-02),
    told as fact (the old plan's 예정 hedges nothing)."""
    body = "2024년 12월 말로 예정되어 있던 카카오의 휴대용 콘솔 ‘별빛 덱’의 출시가 2개월 뒤로 연기됐다."
    assert launches(engine(tmp_path), "별빛 덱 출시 연기", body) == {
        ("kakao", "별빛 덱", "2025-02", "month", False, "postponed")}


@pytest.mark.parametrize("body", [
    # 미뤄 보아: "judging from", no delay
    "지난해 11월 별빛 덱이 전파인증을 통과한 거로 미뤄보아 카카오의 국내 출시 자체는 확정된 게 아닌가 하는 추측이 나온다.",
    # what may happen, by rumour
    "카카오가 2026년까지 접는 한빛폰을 출시할 수 있다는 소문이 돌고 있다.",
])
def test_judging_from_and_a_rumour_of_what_may_be_launch_nothing(tmp_path: Path, body: str) -> None:
    """'…로 미뤄보아' is 'judging from' (no delay, no date of a launch); '…을 출시할 수 있다는 소문이' is a rumour."""
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize("body", [
    "카카오는 9일 시작하는 한빛 오픈스페이스에서 ‘콘셉트 쓰리’를 처음 공개합니다.",
    "개발에 돌입한 지 5년 만으로, 카카오의 시제 1호기는 최종 조립을 마친 뒤 내년 상반기 일반에 공개될 예정이다.",
    "카카오는 이달 열리는 한빛쇼에서 콘셉트카 '별빛 원'을 처음 공개한다.",  # the kind before the quoted name
])
def test_a_concept_car_or_a_prototype_shown_is_no_launch(tmp_path: Path, body: str) -> None:
    """A concept car ('콘셉트 쓰리') or a prototype ('시제 1호기') is shown, never sold: its reveal is no launch."""
    assert launches(engine(tmp_path), "한빛 공개", body) == set()


def test_the_active_removal_from_an_index_puts_its_objects_out_not_the_country_whose_banks_they_are(tmp_path: Path) -> None:
    """'한빛지수 산출사는 카카오, 네이버를 한빛 지수에서 제외했다': the active verb after the place left puts its objects
    out, not its subject; '한국의 여러 은행을 SWIFT에서 배제하는': the banks, not named, are out, not the country."""
    removed = absences(engine(tmp_path), "한빛지수 변경", "한빛지수 산출사는 8일 카카오, 네이버를 한빛 글로벌 지수에서 제외했다고 밝혔다.")
    assert {entity for entity, _ in removed} == {"kakao", "naver"}
    banks = engine(tmp_path, WATCH_WITH_A_COUNTRY).events(doc("제재", "EU는 한국의 여러 은행을 SWIFT에서 배제하는 제재를 결정했다."))
    assert not [e for e in banks if e.type == "absent_from"]


def test_the_sentences_subject_in_an_earlier_clause_is_the_product_a_later_clause_launches(tmp_path: Path) -> None:
    """'지난달 국내 출시가 예정됐던 카카오 Q4 e-한빛은 내부 사정으로 출시 시기가 연기됐지만, 연내 출시될 가능성이 매우 높다':
    the launch clause names no product; the sentence's subject, in the clause before, is it."""
    body = "지난달 국내 출시가 예정됐던 카카오 Q4 e-한빛은 내부 사정으로 출시 시기가 잠시 연기됐지만, 연내 출시될 가능성이 매우 높다."
    assert {model for _, model, *_ in launches(engine(tmp_path), "신차 소식", body)} == {"Q4 e-한빛"}


def test_a_quoted_word_for_the_players_is_not_their_product(tmp_path: Path) -> None:
    """'‘빅테크’ 신제품 대전 … 다음날인 20일에는 카카오가 출격한다': the quoted word names who compete, not what is
    launched; with no product named the launch has none."""
    body = "이번 주 ‘빅테크’ 신제품 대전이 열린다. ‘빅테크’ 가운데 네이버가 먼저 나선다. 다음날인 20일에는 카카오가 출격한다."
    assert not any(model == "빅테크" for _, model, *_ in launches(engine(tmp_path), "‘빅테크’ 신제품 대전", body))


def test_a_one_off_description_named_just_before_is_not_the_group_left(tmp_path: Path) -> None:
    """'한빛모터쇼가 열렸다. … 세계 4대 모터쇼인 이번 행사에 … 카카오와 네이버는 이번에 불참했다': the description
    named once just before is not what they stayed away from; the show the report keeps naming is."""
    body = ("2024 한빛모터쇼가 14일 개막했다. 한빛모터쇼는 올해 규모가 줄었다. 세계 4대 모터쇼로 꼽히는 이번 행사에 "
            "주요 브랜드가 여럿 빠졌다. 카카오와 네이버는 이번에 불참했다.")
    assert absences(engine(tmp_path), "2024 한빛모터쇼 개막", body) == {("kakao", "한빛모터쇼"), ("naver", "한빛모터쇼")}


def test_an_index_is_not_renamed_by_the_country_it_is_from(tmp_path: Path) -> None:
    """'미국 다우지수에 …' elsewhere does not make '다우지수에서 빠진다' the '미국 다우지수': where it is from is no
    part of its name."""
    body = "미국 다우지수 구성 종목이 바뀐다. 카카오와 네이버가 다우지수에서 빠진다."
    assert absences(engine(tmp_path), "다우지수 변경", body) == {("kakao", "다우지수"), ("naver", "다우지수")}


def test_a_count_of_new_games_is_no_one_makers_launch(tmp_path: Path) -> None:
    """'내달부터 출시되는 신작 게임 수는 적지 않다' counts many makers' games: no launch of the report's organisation."""
    body = "29일 게임업계에 따르면 내달부터 출시되는 신작 게임 수는 적지 않다. 업계는 경쟁이 치열할 것으로 본다."
    assert launches(engine(tmp_path), "카카오 신작, 여름 대전 앞둬", body) == set()


def test_the_said_service_is_the_one_the_report_quoted_last(tmp_path: Path) -> None:
    """'… 카카오의 '소액 후불결제 서비스'가 혁신금융서비스로 지정됐다. … 카카오는 내년 3월 해당 서비스를 출시할 예정이다':
    '해당 서비스' is the service quoted before, though its name ends in a word that also heads groups."""
    body = ("금융위는 12일 혁신금융서비스 31건을 지정했다. 먼저 카카오의 '소액 후불결제 서비스'가 혁신금융서비스로 지정됐다. "
            "월 30만원 한도의 후불결제를 제공하는 서비스다. 카카오는 내년 3월 해당 서비스를 출시할 예정이다.")
    assert launches(engine(tmp_path), "혁신금융서비스 지정", body) == {
        ("kakao", "소액 후불결제 서비스", "2025-03", "month", True, "planned")}


@pytest.mark.parametrize("body", [
    "카카오는 한빛 사업 본선에 들지 못했다.",
    "한빛 사업 본선에 카카오는 들지 못했다.",
])
def test_not_getting_into_a_round_is_an_absence_but_not_liking_is_not(tmp_path: Path, body: str) -> None:
    """'…에 들지 못했다' (did not get into), one of the issue's forms of not making it, with the organisation before or
    after the place; '마음에 들지 않는다' is a liking, no absence."""
    assert leavers(engine(tmp_path), "한빛 사업 본선", body) == {"kakao"}
    assert absences(engine(tmp_path), "디자인 논란", "카카오는 새 디자인이 마음에 들지 않는다고 밝혔다.") == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a person's title carries the organisation: 연구원장, as 대표 does
    ("AI 소식", "김한빛 카카오 연구원장은 다음 달 새 모델 '별빛 2.0' 공개를 예고했다.",
     ("kakao", "별빛 2.0", "2024-08", "month", False, "planned")),
    # shown at an event held that day: released then
    ("AI 소식", "카카오는 3일 열린 행사에서 '별빛 X1'을 공개했다.", ("kakao", "별빛 X1", "2024-07-03", "day", False, "released")),
    # the old plan, with no new date: its month is this year's, not next year's (a plan still, so hedged), of the
    # product the sentence before delayed
    ("AI 소식", "카카오는 '별빛' 출시를 연기했다. 당초 3월 출시 예정이었다.", ("kakao", "별빛", "2024-03", "month", True, "postponed")),
    # a headline that asks, without a question mark, is hedged
    ("카카오, '별빛' 다음 달 출시하나", "", ("kakao", "별빛", "2024-08", "month", True, "planned")),
])
def test_the_issues_launch_forms(tmp_path: Path, title: str, body: str, expected: tuple[object, ...]) -> None:
    """The forms issue 10 names, written anew: a title carrying the organisation, '열린 행사에서 공개했다', the original
    date of a delay told alone, a headline that asks."""
    assert launches(engine(tmp_path), title, body) == {expected}


@pytest.mark.parametrize(("title", "expected"), [
    ("카카오, 한빛 사업서 탈락하나", set()),
    ("카카오, 한빛 사업서 탈락?", set()),
    ("카카오, 한빛협의회 불참할까", set()),
    ("카카오, 한빛 사업서 탈락", {("kakao", "한빛 사업")}),  # told, not asked
    ("카카오, 한빛협의회 불참…왜?", {("kakao", "한빛협의회")}),  # asks why, after telling it
])
def test_a_headline_that_asks_tells_no_absence(tmp_path: Path, title: str, expected: set[tuple[str, str]]) -> None:
    """A headline that asks whether ('…탈락하나', '…탈락?', '…불참할까') tells nothing yet; one that tells the absence
    and then asks why still tells it."""
    assert absences(engine(tmp_path), title) == expected


def test_a_licence_stage_is_read_with_the_business_it_licenses(tmp_path: Path) -> None:
    """'한빛 사업 예비인가에서 고배를 마셨다': the stage and the business are one name, though 사업 heads names too."""
    body = "카카오가 한빛 사업 예비인가에서 고배를 마셨다."
    assert absences(engine(tmp_path), "예비인가 결과", body) == {("kakao", "한빛 사업 예비인가")}


def test_a_list_named_right_after_its_group_is_that_groups(tmp_path: Path) -> None:
    """'카카오도 한빛 사업자 명단에 이름을 올리지 못했다': the list is the 사업자's, named right before it; not the
    programme the headline names."""
    body = "카카오도 한빛 사업자 명단에 이름을 올리지 못했다."
    assert absences(engine(tmp_path), "한빛 사업 발표", body) == {("kakao", "한빛 사업자")}


@pytest.mark.parametrize(("body", "hedged"), [
    ("카카오는 6~7월께 '별빛 5'를 선보인다.", True),  # about then: hedged, as LABELLING.md has ~께/쯤
    ("카카오는 9월쯤 '별빛 5'를 선보인다.", True),
    ("카카오는 9월 '별빛 5'를 선보인다.", False),
])
def test_a_date_given_as_about_then_is_hedged(tmp_path: Path, body: str, hedged: bool) -> None:
    """'6~7월께', '9월쯤': the date is approximate, so the launch is hedged (a plain '9월' is not)."""
    assert {h for *_, h, _ in launches(engine(tmp_path), "별빛 5", body)} == {hedged}


def test_a_release_last_year_in_the_lead_is_history_not_todays_news(tmp_path: Path) -> None:
    """'카카오는 지난해 '별빛 1'을 선보였다. 올해는 후속작 '별빛 2'를 9월 내놓는다': the first sentence, though it opens the
    report, tells last year's release (history), not one dated by the report; the successor's launch is the news."""
    body = "카카오는 지난해 '별빛 1'을 선보였다. 올해는 후속작 '별빛 2'를 9월 내놓는다."
    assert launches(engine(tmp_path), "카카오 새 AI", body) == {("kakao", "별빛 2", "2024-09", "month", False, "planned")}


@pytest.mark.parametrize("count", ["3종목", "3개 종목", "3곳", "3개사"])
def test_the_ones_out_are_equated_with_a_list_closed_by_any_counted_noun(tmp_path: Path, count: str) -> None:
    """'편출된 종목은 A, B, C 등 3종목이다': the count may glue any counter noun to the number (종목, 곳, 개사 …);
    the list still names who is out."""
    body = f"한빛지수 정기변경 결과가 나왔다. 편출된 종목은 카카오, 네이버, KT 등 {count}이다."
    assert absences(engine(tmp_path), "한빛지수 정기변경", body) == {
        ("kakao", "한빛지수"), ("naver", "한빛지수"), ("kt", "한빛지수")}


@pytest.mark.parametrize("body", [
    "한빛지수 정기변경에서 제외 종목은 카카오, 네이버, KT 등 3개 종목인데 단기 변동성에 유의해야 한다.",
    "한빛지수 정기변경에서 제외 종목은 카카오, 네이버, KT 등 3개 종목으로 집계됐다.",
])
def test_the_list_of_those_out_may_end_on_a_conjugated_copula_or_a_tally(tmp_path: Path, body: str) -> None:
    """'제외 종목은 A, B, C 등 3개 종목인데 …' and '… 3개 종목으로 집계됐다' equate the list with those out, as '…이다' does."""
    assert absences(engine(tmp_path), "한빛지수 정기변경", body) == {
        ("kakao", "한빛지수"), ("naver", "한빛지수"), ("kt", "한빛지수")}


def test_a_list_of_quoted_stocks_on_lines_of_their_own_belongs_to_the_topic_line_before_it(tmp_path: Path) -> None:
    """A stock page breaks '한빛지수 제외 종목은' and each name with its price aside onto lines of their own; the line that
    ends on a topic continues into them."""
    body = ("한빛지수 정기변경 결과가 확정됐다.\n한빛지수 제외 종목은\n카카오 (38,800원 ▲1,500 +5.49%),\n"
            "네이버 (197,800원 ▲2,100 +1.07%),\nKT (36,700원 ▼200 -0.54%)다.")
    assert absences(engine(tmp_path), "한빛지수 정기변경", body) == {
        ("kakao", "한빛지수"), ("naver", "한빛지수"), ("kt", "한빛지수")}


def test_two_lists_each_closed_by_a_class_noun_are_both_absent(tmp_path: Path) -> None:
    """'A·B 등 국내 업체와 C 등 일부 업체가 불참해': two lists joined by 와, each closed by 등 and a class noun (one
    naming a country); both are the subject."""
    body = "올해 '한빛 모터쇼'는 카카오·네이버 등 한국 업체와 KT 등 일부 업체가 불참해 규모가 줄었다."
    assert absences(engine(tmp_path), "한빛 모터쇼 개막", body) == {
        ("kakao", "한빛 모터쇼"), ("naver", "한빛 모터쇼"), ("kt", "한빛 모터쇼")}


def test_the_one_another_enters_in_place_of_is_out(tmp_path: Path) -> None:
    """'A가 B 대신 한빛지수에 편입된다': B is replaced, so out of the index; a plain '대신' with no entry is nothing."""
    assert absences(engine(tmp_path), "한빛지수 변경", "오는 24일부터 카카오가 네이버 대신 한빛지수에 편입된다.") == {
        ("naver", "한빛지수")}
    assert absences(engine(tmp_path), "발표", "카카오 대신 네이버가 행사에서 발표했다.") == set()


def test_a_mandate_handed_back_is_an_absence_from_the_role_by_its_fullest_name(tmp_path: Path) -> None:
    """'카카오가 운용사 자격을 반납했다': out of the role, named as the report names it in full ('한빛 2호 펀드' 운용사)."""
    body = "정부가 '한빛 2호 펀드' 운용사를 다시 뽑는다. 기존 운용사 카카오가 출자금을 모으지 못해 운용사 자격을 반납했다."
    assert absences(engine(tmp_path), "운용사 재공모", body) == {("kakao", "한빛 2호 펀드 운용사")}


def test_a_product_later_called_by_its_bracketed_short_form_is_still_its_owners(tmp_path: Path) -> None:
    """"카카오 '별빛게임기5'(SB5)가 …" then "SB5는 11월 12일에 출시한다": the short form in brackets after the quote
    names the same product, and its owner is the organisation the report introduced it with — though other
    organisations are named in between."""
    body = ("차세대 게임기 카카오 '별빛게임기5'(SB5)가 예약 판매 시작 수십 분 만에 매진됐다. 예약은 네이버 쇼핑 등 "
            "온라인 몰에서 받았다. 한 매장 관계자는 \"1분 만에 끝났다\"고 말했다. SB5는 11월 12일에 국내 출시한다.")
    found = launches(engine(tmp_path), "별빛게임기5 예약 매진", body)
    assert ("kakao", "SB5", "2024-11-12", "day", False, "planned") in found
    assert not any(entity == "naver" for entity, *_ in found)


def test_the_outlet_in_a_dateline_or_copyright_line_is_no_party_to_the_news(tmp_path: Path) -> None:
    """"(서울=네이버) 기자 =" and "<저작권자(c) 네이버>": where the outlet credits itself, it makes nothing."""
    body = ("(서울=네이버) 홍길동 기자 = 게임기 '별빛게임기5'(SB5)가 예약 판매를 시작했다. SB5는 11월 12일에 국내 "
            "출시한다.\n<저작권자(c) 네이버, 무단 전재-재배포 금지>")
    assert not any(entity == "naver" for entity, *_ in launches(engine(tmp_path), "별빛게임기5 예약", body))


def test_a_delay_told_as_once_done_is_history(tmp_path: Path) -> None:
    """'…의 출시를 연기한 바 있다': what the maker has done before, told beside the news, is no launch of today's."""
    body = "네이버가 '별빛 X'의 출시를 9월로 늦췄다. 이에 앞서 카카오도 당초 4월 말로 예정됐던 '별빛 폴드'의 출시를 연기한 바 있다."
    assert {entity for entity, *_ in launches(engine(tmp_path), "네이버, 별빛 X 출시 연기", body)} == {"naver"}


def test_the_month_a_launch_was_once_set_for_is_this_years_past_month(tmp_path: Path) -> None:
    """'당초 4월 말로 예정됐던 … 출시를 연기했다' in July: the plan was for this April, not next year's."""
    found = launches(engine(tmp_path), "별빛 폴드 출시 연기", "카카오는 당초 4월 말로 예정됐던 '별빛 폴드'의 출시를 연기했다.")
    assert {(entity, date, status) for entity, _, date, _, _, status in found} == {("kakao", "2024-04", "postponed")}


def test_supply_started_is_a_release_of_a_series_named_bare(tmp_path: Path) -> None:
    """'카카오가 이달 초부터 … 별빛칩 5000 시리즈 프로세서 공급에 들어갔다': sales or supply begun is a release, and a
    Hangul series name with a model number, unquoted, is the product."""
    body = "카카오가 이달 초부터 국내를 포함한 세계 시장에 데스크톱용 별빛칩 5000 시리즈 프로세서 공급에 들어갔다."
    assert launches(engine(tmp_path), "별빛칩 품귀", body) == {
        ("kakao", "별빛칩 5000 시리즈", "2024-07", "month", False, "released")}


def test_sales_that_started_when_a_crowd_came_are_a_release_of_one_product(tmp_path: Path) -> None:
    """'별빛칩 5000 시리즈는 7월 6일부터 판매가 시작되자 마니아들이 대거 몰려들었다': the crowd is 대거, not the products; '…되자'
    tells what happened."""
    body = "카카오의 새 프로세서가 인기다. 별빛칩 5000 시리즈는 7월 6일부터 판매가 시작되자 마니아들이 대거 몰려들었다."
    assert launches(engine(tmp_path), "별빛칩 품귀", body) == {
        ("kakao", "별빛칩 5000 시리즈", "2024-07-06", "day", False, "released")}


@pytest.mark.parametrize("body", ["카카오는 비전 2030을 7월 공개했다.", "카카오는 한빛 3000명 규모 행사를 7월 열었다."])
def test_a_year_or_a_count_after_a_word_is_no_series_number(tmp_path: Path, body: str) -> None:
    """'비전 2030', '3000명': a year and a count are not model numbers."""
    assert not any(model and model[-4:].isdigit() for _, model, *_ in launches(engine(tmp_path), "카카오 소식", body))


def test_countries_a_product_goes_on_sale_in_are_markets_and_the_sentence_goes_on_with_its_topic(tmp_path: Path) -> None:
    """'카카오는 이번 주 홍콩에 '별빛TV 2'를 출시한다. 이어 이달 중 미국 캐나다 베트남에 출시하고, 다음달에는 영국 등으로
    확대할 예정이다': the countries are where it goes on sale, the launches are the topic's, of the product it launched
    the sentence before, and the clause joined by 하고 takes the last clause's 예정."""
    body = ("카카오는 이번 주 홍콩에 '별빛TV 2'를 출시한다. 이어 이달 중 미국 캐나다 베트남에 출시하고, 다음달에는 "
            "영국 독일 등으로 출시 지역을 확대할 예정이다.")
    assert launches(engine(tmp_path), "별빛TV 2 해외 출시", body) == {
        ("kakao", "별빛TV 2", "2024-07", "month", True, "planned"),
        ("kakao", "별빛TV 2", "2024-08", "month", True, "planned")}


def test_an_interview_made_public_is_a_source_not_a_launch(tmp_path: Path) -> None:
    """'1월 10일 한빛 하드웨어가 공개한 인터뷰에 의하면 …': what a medium published is where the report read it."""
    body = "7월 10일 네이버가 공개한 인터뷰에 의하면 카카오 임원은 '별빛칩' 출시가 늦어질 수 있다고 말했다."
    assert not any(entity == "naver" for entity, *_ in launches(engine(tmp_path), "별빛칩 지연 우려", body))


def test_a_company_named_like_a_group_is_the_topic_that_left(tmp_path: Path) -> None:
    """'카카오가 들어가면서 한국 최대 약국 체인인 한빛얼라이언스는 한빛지수에서 빠지게 됐다': a watched company whose
    name ends like a group (…얼라이언스), as the topic, is who left — not the place describing it, nor the one that
    came in."""
    eng = engine(tmp_path, WATCH_WITH_A_COUNTRY.replace("entities:\n", "entities:\n  hanbit:\n    names: [한빛얼라이언스]\n"))
    body = "한빛지수 구성 종목이 바뀐다. 카카오가 들어가면서 한국 최대 약국 체인인 한빛얼라이언스는 6년 만에 한빛지수에서 빠지게 됐다."
    assert {(e.entity, e.group) for e in eng.events(doc("한빛지수 변경", body)) if e.type == "absent_from"} == {
        ("hanbit", "한빛지수")}


def test_pre_orders_opened_are_no_release(tmp_path: Path) -> None:
    """'지난 18일 낮 12시부터 별빛게임기 예약 판매를 시작했다': orders taken for a launch to come, not the launch."""
    body = "카카오는 지난 8일 낮 12시부터 '별빛게임기' 예약 판매를 시작했는데, 1시간도 안 돼 품절됐다."
    assert launches(engine(tmp_path), "별빛게임기 예약 매진", body) == set()


def test_an_organisations_short_name_in_brackets_is_not_its_product(tmp_path: Path) -> None:
    """'네이버(NVR)가 … AI 요금제를 출시한다': the Latin short name in brackets is the organisation's, not the model."""
    found = launches(engine(tmp_path), "요금제", "네이버(NVR)가 이달 15일 월 3만원대의 AI 요금제를 출시한다.")
    assert found and all(model != "NVR" for _, model, *_ in found)


def test_a_beaten_name_with_its_short_form_is_not_the_group(tmp_path: Path) -> None:
    """'A가 한빛 부츠 연합(HBA)을 제치고 한빛지수에 편입한다': the beaten company's name ends like a group and carries its
    short form; it is who lost, and the index is what it lost."""
    eng = engine(tmp_path, RULEKIT_WATCH.replace("entities:\n", "entities:\n  hba:\n    names: [한빛 부츠 연합(HBA), 한빛 부츠 연합]\n"))
    body = "카카오가 오는 22일 한빛 부츠 연합(HBA)을 제치고 한빛지수에 편입한다."
    assert {(e.entity, e.group) for e in eng.events(doc("한빛지수 변경", body)) if e.type == "absent_from"} == {
        ("hba", "한빛지수")}


def test_a_place_the_report_spoke_of_launches_nothing(tmp_path: Path) -> None:
    """'독일 뮌헨에서 열린다. 9일부터 14일까지 일반에 공개됩니다': a country named in the sentence before is where the
    show is, not who makes what is shown."""
    eng = engine(tmp_path, RULEKIT_WATCH.replace("entities:\n", "entities:\n  germany:\n    names: [독일]\n"))
    body = "올해 '한빛 모터쇼'는 독일 뮌헨에서 열린다. 9일부터 14일까지 일반 대중에게 공개됩니다."
    assert not any(e.entity == "germany" for e in eng.events(doc("한빛 모터쇼", body)) if e.type == "launch_date")


def test_a_product_as_the_subject_is_launched_by_the_one_the_report_said_prepares_it(tmp_path: Path) -> None:
    """'카카오가 준비 중인 '별빛크러쉬'도 등장했다. 6월 27일 출시를 앞둔 '별빛크러쉬'는 카카오의 변화를 상징한다': the
    product is the clause's topic, and its maker is the organisation the report introduced it with."""
    body = ("여러 신작이 공개된 가운데 카카오가 준비 중인 '별빛크러쉬'도 등장했다. 8월 27일 세계 100개국을 대상으로 얼리 액세스 출시를 앞둔 "
            "'별빛크러쉬'는 카카오의 변화를 상징하는 게임으로 꼽힌다.")
    assert launches(engine(tmp_path), "신작 쇼케이스", body) == {
        ("kakao", "별빛크러쉬", "2024-08-27", "day", False, "planned")}


def test_a_region_after_the_listed_countries_still_makes_them_markets(tmp_path: Path) -> None:
    """'영국 등 서유럽으로 실어 보내 10월부터 판매를 시작한다는 계획이다': the countries with the region they stand for
    are where it sells; the launch is the topic's."""
    eng = engine(tmp_path, RULEKIT_WATCH.replace("entities:\n", "entities:\n  uk:\n    names: [영국]\n"))
    body = "카카오는 '별빛카' 수출을 준비하고 있다. 생산된 차량을 영국 등 서유럽으로 실어 보내 10월부터 본격적인 판매를 시작한다는 계획이다."
    assert {(e.entity, e.model, e.date) for e in eng.events(doc("별빛카 수출", body)) if e.type == "launch_date"} == {
        ("kakao", "별빛카", "2024-10")}


def test_a_forecast_on_a_brokers_word_is_no_launch(tmp_path: Path) -> None:
    """'한빛투자증권에 따르면 신작은 … 3월 초 출시가 예상된다': an analyst's forecast of another's launch."""
    body = "카카오가 신작 '별빛'의 사전예약을 시작했다. 한빛투자증권에 따르면 신작은 사전예약 기간을 고려하면 9월 초 출시가 예상된다."
    assert launches(engine(tmp_path), "카카오 신작 사전예약", body) == set()


def test_a_result_made_public_that_day_is_no_release(tmp_path: Path) -> None:
    """'오늘 공개된 평가결과에 따라 가장 높은 점수를 받은 곳을 뽑았다': what was published is a result."""
    body = ("네이버는 물류 사업자 선정 결과를 22일 발표했다. 관계자는 \"오늘 공개된 평가결과에 따라 가장 높은 점수를 받은 "
            "업체를 뽑았다\"고 말했다.")
    assert launches(engine(tmp_path), "물류 사업자 선정", body) == set()


@pytest.mark.parametrize(("body", "group"), [
    ("한빛기후총회가 열렸다. 그러나 카카오와 네이버 등은 석탄 중단 서약에 참여하지 않았다.", "석탄 중단 서약"),
    ("한빛기후총회가 열렸다. 주요 업체인 카카오와 네이버가 합의에 참여하지 않기로 했다.", "합의"),
    ("한빛기후총회가 열렸다. 카카오와 네이버 등은 한빛총회 공동선언에 참여하지 않기로 했다.", "한빛총회 공동선언"),
    ("한빛기후총회가 열렸다. 협정이 타결됐지만 카카오와 네이버는 서명에 불참했다.", "서명"),
])
def test_a_pledge_declaration_or_agreement_is_the_group_not_the_conference(tmp_path: Path, body: str, group: str) -> None:
    """'…서약에 참여하지 않았다', '합의에 참여하지 않기로', '공동선언에 …', '서명에 불참': what they stay out of is the
    pledge, declaration or agreement the sentence names, not the conference (a council) the report is about."""
    assert absences(engine(tmp_path), "한빛기후총회 폐막", body) == {("kakao", group), ("naver", group)}


def test_names_after_a_rank_are_listed_with_those_before(tmp_path: Path) -> None:
    """'세계 1위 업체인 카카오는 물론 4위인 네이버, KT는 합의에 참여하지 않아': a rank said of the next name does not
    break the list."""
    body = "한빛기후총회가 열렸다. 세계 1위 업체인 카카오는 물론 4위인 네이버, KT는 합의에 참여하지 않아 의문이 나온다."
    assert absences(engine(tmp_path), "한빛기후총회 폐막", body) == {("kakao", "합의"), ("naver", "합의"), ("kt", "합의")}


def test_a_sponsor_that_lets_its_contract_end_is_out(tmp_path: Path) -> None:
    """'카카오와 네이버 등이 한빛위원회와 후원 계약을 연이어 종료했다': a sponsorship ended is an absence."""
    body = "한빛체전의 흥행이 부진하자 카카오와 네이버 등이 한빛위원회와 후원 계약을 연이어 종료했다."
    assert leavers(engine(tmp_path), "한빛체전 후원사 이탈", body) == {"kakao", "naver"}


def test_a_trigger_that_only_describes_unnamed_losers_names_no_one(tmp_path: Path) -> None:
    """'한빛리그는 카카오, 네이버, KT가 참가하는 데 탈락 팀의 반발도 만만치 않다': those named take part; the teams out are
    not named."""
    body = "한빛리그 참가 팀이 확정됐다. 한빛리그는 카카오, 네이버, KT가 참가하는 데 탈락 팀의 반발도 만만치 않다."
    assert absences(engine(tmp_path), "한빛리그 참가 팀 확정", body) == set()


def test_a_news_medium_that_reports_a_plan_makes_nothing(tmp_path: Path) -> None:
    """'카카오가 헤드셋을 이르면 올해 봄 공개할 계획이라고 한빛통신이 보도했다': a medium, known by its name's last word
    (통신, 신문, 타임스 …), tells of another's launch."""
    eng = engine(tmp_path, RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-wire:\n    names: [한빛통신]\n"))
    body = "카카오가 7년간 개발한 '별빛 헤드셋'을 이르면 올해 가을 공개할 계획이라고 한빛통신이 8일 보도했다."
    assert not any(e.entity == "hanbit-wire" for e in eng.events(doc("별빛 헤드셋", body)) if e.type == "launch_date")


def test_a_delay_told_as_a_forecast_takes_its_new_date(tmp_path: Path) -> None:
    """'연내 출시 계획이었던 '별빛X'의 론칭을 내년으로 미룰 전망이다': 미룰 is a delay too, to next year."""
    body = "카카오 역시 연내 출시 계획이었던 '별빛X'의 론칭을 내년으로 미룰 전망이다."
    assert launches(engine(tmp_path), "신작 연기", body) == {("kakao", "별빛X", "2025", "year", True, "postponed")}


def test_an_old_plan_in_a_clause_cut_at_its_contrast_hedges_nothing(tmp_path: Path) -> None:
    """'오는 19일 '별빛 5G'를 출시할 예정이었지만 … 출시를 연기했다': the old plan's 예정 is not the delay's hedge."""
    body = "카카오는 오는 19일 '별빛 5G'를 출시할 예정이었지만 안정성을 확보할 시간이 더 필요하다고 판단해 출시를 연기했다."
    assert {hedged for *_, hedged, _ in launches(engine(tmp_path), "별빛 5G 연기", body)} == {False}


def test_the_product_awaiting_its_launch_is_the_one_quoted_after_it(tmp_path: Path) -> None:
    """'지난해 '별빛 링'으로 주목받은 카카오는 오는 25일 출시를 앞둔 '별빛 코어6'의 영상을 선보였다': the product is the
    one the launch awaits, still to come, whatever else is quoted or shown."""
    body = "지난해 '별빛 링'으로 주목을 받았던 카카오는 오는 25일 출시를 앞둔 '별빛 코어6'의 실제 플레이 영상을 선보였다."
    assert launches(engine(tmp_path), "게임쇼", body) == {("kakao", "별빛 코어6", "2024-07-25", "day", False, "planned")}


def test_what_followed_a_launch_means_it_happened(tmp_path: Path) -> None:
    """''별빛 니케'가 오늘(15일) 중국 출시 후 인기 순위 1위를 기록했다': released."""
    body = "카카오가 개발한 '별빛 니케'가 오늘(15일) 중국 출시 후 인기 순위 1위를 기록했다."
    assert {status for *_, status in launches(engine(tmp_path), "별빛 니케 중국", body)} == {"released"}


def test_an_unwatched_half_of_a_pair_does_not_break_a_list(tmp_path: Path) -> None:
    """'카카오, 네이버, 한빛·KT 등 기업들은 … 참여하지 않기로 했다': the pair's first half is not watched; the list goes on."""
    body = "한빛기후총회가 열렸다. 카카오, 네이버, 한빛·KT 등 기업들은 공동선언에 참여하지 않기로 했다."
    assert leavers(engine(tmp_path), "한빛기후총회 폐막", body) == {"kakao", "naver", "kt"}


def test_a_relative_clause_in_a_lists_tail_leaves_the_list_the_subject(tmp_path: Path) -> None:
    """'카카오, 네이버, KT 등 한국 지사가 설립되지 않는 업체들이 협회 미가입 상태다': the relative clause (its own subject,
    a passive verb) describes the listed; the list is the subject, and the country owns nothing."""
    body = "한빛협회 회원 얘기다. 카카오, 네이버, KT 등 한국 지사가 설립되지 않는 업체들이 한빛협회 미가입 상태다."
    eng = engine(tmp_path, WATCH_WITH_A_COUNTRY)
    assert {(e.entity, e.group) for e in eng.events(doc("한빛협회", body)) if e.type == "absent_from"} == {
        ("kakao", "한빛협회"), ("naver", "한빛협회"), ("kt", "한빛협회")}


@pytest.mark.parametrize("body", [
    "카카오의 경우 불참 의사를 밝혔지만 매각가가 조정되자 다시 인수 의지를 밝힌 것으로 전해졌다.",
    "한빛리그 예선서 계속 탈락했던 카카오의 합류도 의외라는 평가다.",
])
def test_an_absence_undone_later_in_the_sentence_is_no_absence(tmp_path: Path, body: str) -> None:
    """'불참 의사를 밝혔지만 … 다시 인수 의지를 밝힌', '계속 탈락했던 카카오의 합류도': the absence is history, undone."""
    assert absences(engine(tmp_path), "한빛 인수전", "한빛 매각 본입찰이 열렸다. " + body) == set()


def test_an_acronym_attached_to_the_trigger_is_the_group(tmp_path: Path) -> None:
    """'카카오는 막판까지 고민하다 일단은 HBEP에 동참하지 않았다': the agreement, by its acronym."""
    body = "한빛 회의에서 협정이 타결됐다. 카카오는 막판까지 고민하다 일단은 HBEP에 동참하지 않았다."
    assert absences(engine(tmp_path), "HBEP 타결", body) == {("kakao", "HBEP")}


def test_a_thing_given_as_the_reason_is_not_the_group(tmp_path: Path) -> None:
    """'카카오만 카카오페이 등 다른 결제 서비스가 있어 빠졌다': why it stayed out, not what from."""
    body = "카드사 7곳이 '한빛터치'라는 이름으로 공동 결제 서비스를 시작했다. 카카오만 카카오페이 등 다른 결제 서비스가 있어 빠졌다."
    found = absences(engine(tmp_path), "한빛터치", body)
    assert {entity for entity, _ in found} == {"kakao"} and ("kakao", "결제 서비스") not in found


@pytest.mark.parametrize("body", [
    "카카오의 '별빛'은 2022년 11월 출시 이래로 이번 여름 업데이트를 포함해 매출 1위를 총 7번 탈환했다.",
    "앞서 카카오는 2035년부터 전기차만 출시하는 순수 전기차 기업으로 거듭나겠다고 했다.",
    "당시 카카오는 이 칩을 탑재한 노트북이 올 상반기 출시될 것이라고 예고했다.",
    "네이버에 이어 카카오도 오는 9월 '별빛칩' 탑재 제품 출시를 준비중인 정황이 포착됐다.",
])
def test_reference_points_policies_past_remarks_and_signs_launch_nothing(tmp_path: Path, body: str) -> None:
    """'출시 이래로' (since), '전기차만 출시하는' (a policy), '당시 …라고 예고했다' (said back then), '…정황이 포착됐다'
    (signs seen): none of them is a launch told as news."""
    assert launches(engine(tmp_path), "업계 소식", body) == set()


def test_a_year_naming_a_models_line_is_no_launch_date(tmp_path: Path) -> None:
    """'2024년 신규 모델 '별빛 L40'을 출시하는 등': the year names the line, the launch has no date of its own."""
    body = "카카오도 중고급 라인업의 2024년 신규 모델 '별빛 L40'을 출시하는 등 공세를 이어가고 있다."
    assert not any(date == "2024" for _, _, date, *_ in launches(engine(tmp_path), "로봇청소기 시장", body))


def test_an_edition_glued_to_a_model_number_is_part_of_the_name(tmp_path: Path) -> None:
    """'카카오는 오는 19일 LG V50씽큐 5G를 출시한다': the edition written right after the number belongs to it."""
    found = launches(engine(tmp_path), "별빛폰", "카카오는 오는 19일 LG V50씽큐 5G를 출시한다.")
    assert {model for _, model, *_ in found} == {"V50씽큐 5G"}


@pytest.mark.parametrize("body", [
    "세계 5대 업체 중 카카오를 포함해 네이버, KT는 서약에 불참했다.",
    "반면 카카오와 일본 게임단 네이버의 탈락은 충격으로 받아들여지고 있다.",
])
def test_lists_joined_by_including_or_through_a_kind_of_team(tmp_path: Path, body: str) -> None:
    """'A를 포함해 B, C는', 'A와 일본 게임단 B의 탈락은': the first name is listed with the rest."""
    found = leavers(engine(tmp_path), "한빛 소식", "한빛리그 파트너 팀이 발표됐다. " + body)
    assert {"kakao", "naver"} <= found


def test_those_ranked_below_the_first_lost_the_contest(tmp_path: Path) -> None:
    """'평가 결과 우선협상대상자는 △1순위 카카오 △2순위 네이버 △3순위 KT로 결정됐다': the first won, the others lost."""
    body = ("한빛공사는 '한빛 물류운영 사업자' 입찰 결과를 공개했다. 평가 결과 우선협상대상자는 △1순위 카카오 △2순위 네이버 "
            "△3순위 KT로 결정됐다.")
    assert leavers(engine(tmp_path), "한빛 물류 입찰", body) == {"naver", "kt"}


def test_excluded_from_those_to_be_chosen_is_an_absence_from_that_selection(tmp_path: Path) -> None:
    """'카카오 컨소시엄은 … 요건을 충족하지 못해 우선협상자 선정대상에서 제외됐다': out of the selection, even when the
    report is mostly about consortia."""
    body = ("한빛공사 공모에 네이버 컨소시엄과 카카오 컨소시엄이 응모했다. 하지만 카카오 컨소시엄은 요건을 충족하지 못해 "
            "우선협상자 선정대상에서 제외됐다.")
    assert ("kakao", "우선협상자 선정대상") in absences(engine(tmp_path), "한빛 개발사업", body)


def test_a_shortlist_then_a_winner_leaves_the_others_out(tmp_path: Path) -> None:
    """'매각 측은 '카카오', '네이버', '한빛운용-한빛투자 컨소시엄' 3곳을 숏리스트로 선정한 바 있다 … 한빛운용 컨소시엄을
    우선협상자로 선정했다': those shortlisted who did not win lost what the winner was chosen as."""
    body = ("매각 측은 '카카오', '네이버', '한빛운용-한빛투자 컨소시엄' 3곳을 숏리스트(적격예비후보)로 선정한 바 있다. "
            "매각 측은 \"종합적으로 고려해 한빛운용 컨소시엄을 우선협상자로 선정했다\"고 말했다.")
    assert absences(engine(tmp_path), "한빛스퀘어 매각", body) == {("kakao", "우선협상자"), ("naver", "우선협상자")}


def test_a_list_closed_by_a_count_after_of_carries_the_counts_particle(tmp_path: Path) -> None:
    """'이번 공모에는 이들 두 곳을 비롯해 카카오와 네이버, KT의 5곳이 신청했다': the names before '의 5곳이' applied, and
    lost to the two chosen first."""
    body = ("한빛도에 AI고가 더 세워지는 가운데 업스테이지와 LG AI연구원 두 곳이 설립 지역으로 선정됐다. 이번 AI고 예비지정 "
            "공모에는 이들 두 곳을 비롯해 카카오와 네이버, KT의 5곳이 신청했다.")
    assert leavers(engine(tmp_path), "한빛 AI고 결과", body) == {"kakao", "naver", "kt"}


@pytest.mark.parametrize("body", [
    # the candidates narrowed down, then the winner in the same sentence
    "한빛청에 따르면 AI센터 입지 후보가 카카오·네이버·KT 등 3곳으로 좁혀졌다가 최종 평가 결과 KT가 우선협상 대상자로 "
    "선정됐다.",
    # narrowed down 'including' two, the winner told as the one given the top score
    "한빛청은 KT를 우선협상 대상자로 선정했다고 밝혔다. 한빛청은 카카오, 네이버를 포함한 3곳으로 후보지를 압축해 평가한 "
    "결과 KT에 가장 높은 점수를 줬다.",
])
def test_the_candidates_narrowed_down_to_lost_to_the_one_chosen(tmp_path: Path, body: str) -> None:
    """'후보가 A·B·C 등 3곳으로 좁혀졌다가 … C가 우선협상 대상자로 선정됐다': the others lost what C was chosen as,
    not the candidacy they were narrowed down to."""
    found = absences(engine(tmp_path), "한빛 AI센터 입지", body)
    assert {entity for entity, _ in found} == {"kakao", "naver"}
    assert all(group and group.replace(" ", "").startswith("우선협상대상자") for _, group in found)


def test_a_place_glued_on_in_brackets_says_where_the_name_before_it_is(tmp_path: Path) -> None:
    """'함께 신청한 A병원(서울)과 B병원(강원)은 … 탈락했다': the hospitals are out, not the places in their brackets."""
    body = "한빛센터 공모에는 네 곳이 신청했다. 함께 공모 신청한 카카오(서울)과 네이버(강원)은 1차 관문인 대면 심사에서 탈락했다."
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  seoul:\n    names: [서울]\n  gangwon:\n    names: [강원]\n")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛센터 결선", body)) if e.type == "absent_from"}
    assert found == {"kakao", "naver"}


def test_failing_to_host_something_is_an_absence_from_hosting_it(tmp_path: Path) -> None:
    """'제주도가 오는 6월 출범하는 재외동포청 유치에 실패했다': no group head, but what it sought to host is what it lost."""
    body = "카카오가 오는 6월 출범하는 한빛데이터청 유치에 실패했다. 정부는 한빛데이터청을 세종에 두기로 했다."
    assert absences(engine(tmp_path), "한빛데이터청 세종으로", body) == {("kakao", "한빛데이터청 유치")}


def test_a_former_name_in_brackets_is_the_same_organisation(tmp_path: Path) -> None:
    """'포스코이앤씨(옛 포스코건설)가 … 컨소시엄에서 탈퇴했다': the former name is no second organisation leaving."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  old-name:\n    names: [한빛건설]\n")
    body = "카카오(옛 한빛건설)가 '한빛신공항 공사 컨소시엄'에서 전격 탈퇴했다."
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛신공항 공사", body)) if e.type == "absent_from"}
    assert found == {"kakao"}


def test_a_name_no_rule_watches_does_not_break_a_comma_list(tmp_path: Path) -> None:
    """'다올투자, 대신, 상상인, 유안타는 연내 서비스를 시작할 방침이다': '대신' is a broker no rule watches, and the
    names before it are still in the list."""
    body = "카카오, 한빛, 네이버, KT는 연내 '한빛 소수점 거래' 서비스를 시작할 방침이다."
    assert {entity for entity, *_ in launches(engine(tmp_path), "소수점 거래 확대", body)} == {"kakao", "naver", "kt"}


def test_a_name_with_do_is_the_topic_the_next_subjectless_launch_is_of(tmp_path: Path) -> None:
    """'폭스바겐도 내년 중 ID.4를 내놓는다. … 렉서스도 UX 300e가 출시된다. 또한, NX 신형이 상반기 내에 출시된다': the
    name marked by 도 is what the next sentence, naming no one, speaks of."""
    body = ("네이버는 올해 '한빛봇'을 출시했다. 카카오도 내년 중 '한빛톡'을 내놓는다. 또한, '한빛맵'이 내년 상반기 내에 "
            "국내에 출시된다.")
    found = {(entity, model, date) for entity, model, date, *_ in launches(engine(tmp_path), "내년 신작 총정리", body)}
    assert ("kakao", "한빛맵", "2025-H1") in found and not any(model == "한빛맵" and e != "kakao" for e, model, _ in found)


@pytest.mark.parametrize(("body", "model"), [
    ("카카오는 이르면 연내 5G 중저가 요금제를 출시하겠다고 밝혔다.", "5G 중저가 요금제"),
    ("1일 업계에 따르면 카카오는 이날 종신보험 개정 상품을 출시했다.", "종신보험 개정 상품"),
])
def test_a_plan_or_policy_told_by_what_it_is_keeps_its_kind(tmp_path: Path, body: str, model: str) -> None:
    """'5G 중저가 요금제를 출시', '종신보험 개정 상품을 출시': no name but a description, and the kind belongs to it
    ('5G 중저가' alone is no product)."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "요금제·보험 출시", body)} == {model}


def test_who_reports_on_others_launches_is_not_the_maker_of_a_launch_naming_no_one(tmp_path: Path) -> None:
    """'하나증권은 20일 보고서에서 … 기대작 ‘붉은사막’은 출시가 계속 늦춰졌고 …': the broker whose report the article
    tells made nothing; a launch naming no maker is not its."""
    body = ("카카오는 20일 보고서에서 게임사들의 신작 일정이 자주 바뀐다고 분석했다. 기대작 '한빛전기'는 출시가 2021년부터 계속 "
            "늦춰졌고, 최근에는 내년 1분기로 연기됐다.")
    assert not any(entity == "kakao" for entity, *_ in launches(engine(tmp_path), "게임주 신작 일정 리스크", body))


@pytest.mark.parametrize("body", [
    # a forecast the sentence undoes at once
    "약관 이미지가 유출되면서 11월 30일 '한빛페이'가 국내에서 서비스를 시작할 것으로 전망됐으나, 당사자인 카카오는 말을 아꼈다.",
    # the date withheld: '출시일' only as what nobody tells
    "카카오와 네이버는 이날 오전까지 '한빛페이'의 구체적인 출시일 및 제휴 여부에 대해서도 함구하고 있다.",
    # a date only rumoured
    "관련 업계에 따르면 그동안 카카오 '한빛페이' 서비스 시작일로 지목된 30일이 밝았지만 여전히 출시 여부는 알 수 없다.",
])
def test_a_forecast_undone_or_a_launch_date_withheld_is_no_launch(tmp_path: Path, body: str) -> None:
    """'…시작할 것으로 전망됐으나', '출시일 … 에 대해서도 함구하고 있다': the report says the date is not known."""
    assert launches(engine(tmp_path), "한빛페이 출시 임박?", body) == set()


def test_those_counted_out_beyond_the_ones_named_are_named_in_the_next_sentence(tmp_path: Path) -> None:
    """'종근당과 한국유나이티드제약 등 4개사가 재인증을 받지 못했다. … 4개사는 A와 B 외에 C, D로 나타났다': the two
    named later are out of the same thing."""
    body = ("카카오와 네이버 등 4개사가 '한빛 혁신기업' 재인증을 받지 못했다. 한빛부는 대상 28개사 중 4개사 제외를 골자로 "
            "한 개정안을 고시했다. 4개사는 카카오와 네이버 외에 KT, 업스테이지로 나타났다.")
    found = absences(engine(tmp_path), "4개사 재인증 탈락", body)
    assert {entity for entity, _ in found} == {"kakao", "naver", "kt", "upstage"}
    assert len({group for _, group in found}) == 1


@pytest.mark.parametrize(("body", "group"), [
    ("한빛연맹 주관으로 열리는 대항전 가운데 한빛 유로리그 16강에 오른 카카오 역시 출전권이 박탈됐다.", "한빛유로리그"),
    ("한빛리그 16강에 오른 카카오 역시 실격 처리된다.", "한빛리그"),
])
def test_a_place_taken_away_or_a_disqualification_is_an_absence(tmp_path: Path, body: str, group: str) -> None:
    """'출전권이 박탈됐다', '실격 처리된다': out of the competition, named whole from its own first word (not from
    '대항전 가운데')."""
    found = absences(engine(tmp_path), "한빛리그 제재", body)
    assert {entity for entity, _ in found} == {"kakao"}
    assert all(g and g.replace(" ", "").startswith(group) for _, g in found)


def test_applicants_listed_with_places_in_brackets_lost_to_the_one_chosen(tmp_path: Path) -> None:
    """'공모에는 A병원(서울) B병원(강원) C병원(인천) 등이 접수했다. … D병원을 최종 선정했다': a list joined only by spaces
    after its asides, entered by 접수; those not chosen lost."""
    body = ("'한빛센터' 공모에는 카카오(서울) 네이버(강원) KT(인천) 등이 접수했다. 한빛청은 업스테이지를 최종 선정했다.")
    assert leavers(engine(tmp_path), "한빛센터 선정", body) == {"kakao", "naver", "kt"}


def test_a_rival_told_with_its_country_and_kind_is_in_the_line_up(tmp_path: Path) -> None:
    """'L3해리스와 스웨덴 방위산업체 사브가 경쟁 구도를 형성했다 … L3해리스가 높은 점수를 받았다': the country and the
    kind describe 사브, who lost."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  sweden:\n    names: [스웨덴]\n")
    body = ("'한빛통제기 2차 사업'은 카카오와 스웨덴 방산업체 네이버가 경쟁 구도를 형성했다. 평가항목별 점수를 종합한 결과 "
            "카카오가 높은 점수를 받았다.")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛통제기 기종 결정", body)) if e.type == "absent_from"}
    assert found == {"naver"}


def test_the_two_weighed_lost_and_won_by_whose_offer_was_picked(tmp_path: Path) -> None:
    """'A와 B 두 기종을 놓고 평가한 결과 A의 제안기종을 … 기종으로 결정했다': both were weighed, B's offer lost."""
    body = "한빛청은 카카오와 네이버 두 기종을 놓고 평가한 결과 카카오의 제안기종을 한빛통제기 2차 사업 기종으로 결정했다."
    assert leavers(engine(tmp_path), "한빛통제기 기종 결정", body) == {"naver"}


def test_a_two_horse_race_then_the_city_siding_with_one(tmp_path: Path) -> None:
    """'A과 현대건설이 주관사를 맡았던 B의 2파전 양상이 이어져 왔으며, 서울시는 … A의 손을 들었다': B lost."""
    body = ("'한빛 복합공간 조성사업' 우선협상자 선정에서 한빛건설이 참여할 카카오와 한빛토건이 주관사를 맡았던 네이버의 2파전 "
            "양상이 이어져 왔으며, 서울시는 공익성에 중점을 뒀던 카카오의 손을 들었다.")
    assert leavers(engine(tmp_path), "한빛 복합공간 우협", body) == {"naver"}


def test_a_later_sentence_opening_with_the_count_must_say_who_they_are(tmp_path: Path) -> None:
    """'4개사가 재인증을 받지 못했다. 4개사는 KT, 업스테이지와 함께 재심사를 요청했다': the second sentence does not say
    who the four are, so KT and 업스테이지 are not out."""
    body = ("카카오와 네이버 등 4개사가 '한빛 혁신기업' 재인증을 받지 못했다. 4개사는 KT, 업스테이지와 함께 재심사를 "
            "요청했다.")
    assert leavers(engine(tmp_path), "재인증 탈락", body) == {"kakao", "naver"}


def test_a_dated_plan_announced_is_a_hedged_launch_of_the_named_product(tmp_path: Path) -> None:
    """'‘볼트 EUV’와 '전기자동차(EV)' 개선 모델을 하반기에 국내 출시할 계획을 내놨다': the plan has its date, so it is a
    hedged launch; a quoted kind ('전기자동차') is not the product."""
    body = "카카오는 '한빛 EUV'와 '전기자동차(EV)' 개선 모델을 내년 하반기에 국내 출시할 계획을 내놨다."
    assert launches(engine(tmp_path), "한빛 EUV 출시 계획", body) == {("kakao", "한빛 EUV", "2025-H2", "half", True, "planned")}


def test_failing_re_election_to_a_seat_of_a_body_named_after_a_watched_body(tmp_path: Path) -> None:
    """'한국이 유엔 인권이사회 이사국 선거에서 … 연임에 실패했다': out of the seat, by its full name, even when the body
    it belongs to ('유엔') is watched too."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  un:\n    names: [유엔]\n")
    body = "카카오가 유엔 인권이사회 이사국 선거에서 아시아 국가 중 다섯 번째 득표에 그치며 연임에 실패했다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("이사국 연임 실패", body)) if e.type == "absent_from"}
    assert found == {("kakao", "유엔 인권이사회 이사국")}


def test_deliveries_starting_are_the_launch_and_mass_production_before_them_is_not(tmp_path: Path) -> None:
    """'이 차의 이름을 공개한 뒤 …. 6월 말부터 양산에 들어가 7월18일부터 출고를 시작할 것으로 알려졌다': a name told is no
    launch, and the deliveries after mass production are."""
    body = ("카카오는 이르면 4일 이 차의 이름을 대외적으로 공개한다. 6월 말부터 양산에 들어가 7월18일부터 출고를 시작할 것으로 "
            "알려졌다.")
    found = launches(engine(tmp_path), "카카오 소형 SUV 곧 출시", body)
    assert {(entity, date, status) for entity, _, date, _, _, status in found} == {("kakao", "2024-07-18", "planned")}


@pytest.mark.parametrize(("body", "expected"), [
    ("한빛 인수전이 한창이다. 네이버는 카카오와 경쟁에서 뒤처지면서 업계 2위로 밀려났다.", set()),  # a rank lost
    ("카카오는 시가총액 10위권 밖으로 밀려났다.", {"kakao"}),
])
def test_dropping_to_a_lower_rank_is_no_absence_but_out_of_the_top_ten_is(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'업계 2위로 밀려났다' says where it stands now; '10위권 밖으로 밀려났다' says what it left."""
    assert leavers(engine(tmp_path), "순위 변동", body) == expected


@pytest.mark.parametrize("body", [
    "카카오가 네이버와 한빛마켓의 매각 협상을 중단했다.",
    "카카오가 사모펀드 네이버와 진행했던 ‘한빛마켓’ 매각 협상을 종료한다.",
    "카카오 측은 한빛마켓 매각을 협상 중이던 네이버 측에 협상 중단 의사를 전달했다.",
])
def test_a_seller_breaking_off_sale_talks_leaves_nothing(tmp_path: Path, body: str) -> None:
    """'SK스퀘어가 큐텐과 11번가의 매각 협상을 중단했다': the seller stops selling; neither it nor the company for sale
    is out of a group ('인수 협상을 중단' by a buyer still is)."""
    text = "'한빛마켓 매각' 우선협상대상자 선정 이후 가치 평가를 두고 이견이 컸다. " + body
    assert absences(engine(tmp_path), "한빛마켓 매각 무산", text) == set()


def test_an_asset_kept_out_of_a_sale_is_no_absence(tmp_path: Path) -> None:
    """'인터파크는 … 캐시카우인 아이마켓코리아가 매각 대상에서 제외되면서 매각에 난항': what is for sale shrank; nobody is
    out of a group."""
    body = ("'한빛몰 인수전'이 시작됐다. 앞서 카카오는 매물로 등장하자마자 화제가 됐지만 캐시카우인 한빛상사가 매각 대상에서 "
            "제외되면서 매각에 난항을 겪었다.")
    assert absences(engine(tmp_path), "한빛몰 인수전", body) == set()


@pytest.mark.parametrize("body", [
    "한편 봄 시즌 결승에서 네이버를 제치고 우승한 카카오는 다음달 '한빛 인비테이셔널'에 진출했다.",
    "앞서 18일 카카오는 승자전에서 네이버를 꺾고 '한빛리그'에 남게 됐다.",
])
def test_a_team_beaten_in_a_match_is_not_out_of_the_league(tmp_path: Path, body: str) -> None:
    """'그리핀을 제치고 우승한', '진에어를 꺾고 LCK에 남게 됐다': a match lost, not a selection; the loser is still in the
    league it played in."""
    assert "naver" not in leavers(engine(tmp_path), "한빛리그 승강전", "한빛리그 승강전이 열렸다. " + body)


def test_a_short_hangul_name_glued_to_its_number_and_letter_is_the_model(tmp_path: Path) -> None:
    """'미11T, 11T 프로(Pro) 모델': a Hangul name glued to a number and a Latin letter is a model, and an agency's
    acronym ('FCC 인증') is not."""
    body = "카카오는 FCC 인증을 마친 한11T를 올해 하반기 출시할 예정이다."
    assert {m for _, m, *_ in launches(engine(tmp_path), "한11T 출시", body)} == {"한11T"}


@pytest.mark.parametrize(("body", "expected"), [
    # an international community by its head word, left jointly
    ("군부가 장악한 카카오와 네이버가 한빛경제공동체(HEC)에서 공동탈퇴를 선언했다.", {("kakao", "한빛경제공동체"), ("naver", "한빛경제공동체")}),
    # a host stripped of its tournament
    ("한빛축구는 카카오의 2023 한빛컵 개최권을 박탈하기로 결정했다.", {("kakao", "한빛컵 개최권")}),
    ("한빛축구는 \"카카오를 한빛컵 개최국에서 제외한다\"고 밝혔다.", {("kakao", "한빛컵 개최국")}),
    # the possessive owns the quoted initiative even with an adverb before the trigger
    ("네이버가 4년 만에 카카오의 '한빛로드 이니셔티브'에서 공식 탈퇴했다.", {("naver", "한빛로드 이니셔티브")}),
])
def test_international_bodies_hosts_and_initiatives(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'서아프리카경제공동체(ECOWAS)에서 공동탈퇴', 'U-20 월드컵 개최권을 박탈', '개최국에서 제외', '중국의 '일대일로
    이니셔티브'에서 공식 탈퇴': the community, the hosting and the initiative are what was left."""
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize("body", [
    "카카오는 '한빛협의체' 탈퇴 여부까지 고려하고 있다고 신문이 보도했다.",
    "카카오 고위 관계자는 \"현재로서는 '한빛협의체'에서 탈퇴할 의사가 없다\"고 말했다.",
    "카카오와 네이버는 반대하며, 이로 인해 '한빛대회' 철수가 논의되고 있다.",
    "그는 카카오가 '한빛협의체'에서 빠져야 한다고 보느냐는 질문에 그렇다고 답했다.",
    "카카오가 '한빛협의체' 탈퇴 보도는 어불성설이라며 반박했다.",
])
def test_weighing_denying_debating_or_urging_an_exit_is_no_absence(tmp_path: Path, body: str) -> None:
    """'탈퇴 여부까지 고려', '탈퇴할 의사가 없다', '철수가 논의되고 있다', '빠져야 한다고': nobody has left."""
    assert absences(engine(tmp_path), "한빛협의체 탈퇴설", body) == set()


def test_a_declared_exit_said_of_the_names_after_it(tmp_path: Path) -> None:
    """'나이지리아가 최근 ECOWAS 탈퇴 의사를 밝힌 니제르와 말리, 부르키나파소에 대해 유감을 표명했다': those who declared
    the exit are the names after it, not the subject who regrets it."""
    body = "네이버가 최근 '한빛경제공동체' 탈퇴 의사를 밝힌 카카오와 KT, 업스테이지에 대해 유감을 표명했다."
    assert leavers(engine(tmp_path), "탈퇴 선언에 유감", body) == {"kakao", "kt", "upstage"}


@pytest.mark.parametrize(("body", "group"), [
    ("카카오가 올 7월 개막 예정인 도쿄올림픽에 참가하지 않겠다는 의사를 밝혔다.", "도쿄올림픽"),
    ("한빛연맹(HFF)이 \"카카오의 카타르 월드컵 아시아 2차 예선 불참이 확정됐다\"고 발표했다.", "카타르 월드컵 아시아 2차 예선"),
    ("한빛연맹은 카카오의 U-20 월드컵 개최권을 박탈했다.", "U-20 월드컵 개최권"),
])
def test_events_stayed_away_from_are_named_whole(tmp_path: Path, body: str, group: str) -> None:
    """'도쿄올림픽에 참가하지 않겠다', '아시아축구연맹(AFC)이 "…카타르 월드컵 아시아 2차 예선 불참이 확정됐다"고',
    'U-20 월드컵 개최권을 박탈': the event by its own name, with the tournament inside it; not the body announcing it,
    nor a host country read as a member the group is named after."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  qatar:\n    names: [카타르]\n")
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("한빛 소식", body)) if e.type == "absent_from"}
    assert found == {("kakao", group)}


def test_a_countrys_ministry_speaks_for_the_country(tmp_path: Path) -> None:
    """'이날 라트비아 외무부와 리투아니아 국방부는 각각 협약 탈퇴를 공식 선언했다': the countries left, not the
    ministry a rule watches by the same common name ('국방부')."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  mnd:\n    names: [국방부]\n")
    body = "이날 카카오 외무부와 네이버 국방부는 각각 '한빛협약' 탈퇴를 공식 선언했다."
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛협약 탈퇴", body)) if e.type == "absent_from"}
    assert found == {"kakao", "naver"}
    # "에스토니아 외무부와 국방부는": the second body is the same country's
    body = "KT 외무부와 국방부는 '한빛협약' 탈퇴를 공식 선언했다."
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛협약 탈퇴", body)) if e.type == "absent_from"}
    assert found == {"kt"}


@pytest.mark.parametrize(("body", "expected"), [
    # the quotation has a subject of its own: the speaker only tells of it
    ("3일 카카오는 \"한빛축구협회가 지난달 30일 연맹에 공문을 보내 '한빛컵 2차 예선' 불참 의사를 전달했다\"라고 밝혔다.", set()),
    # the speaker's own absence, told in its own words
    ("네이버는 \"이번 '한빛컵 2차 예선'에는 참가하지 않겠다\"고 밝혔다.", {"naver"}),
])
def test_a_speaker_outside_a_quotation_did_not_do_what_its_subject_did(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'대한축구협회는 "북한축구협회가 … 불참 의사를 전달했다"라고 밝혔다': the association reports someone else's absence."""
    assert leavers(engine(tmp_path), "예선 불참", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("한빛 정부는 2일 '한빛국가' 명단에서 카카오를 제외하는 시행령 개정안을 의결했다.", {"kakao"}),
    ("카카오를 제외한 업체들은 모두 '한빛국가' 명단을 반겼다.", set()),  # except 카카오, no act of excluding
])
def test_the_object_of_an_active_exclusion_is_out(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'명단에서 한국을 제외하는 개정안을 의결했다': the active verb's object is out; '카카오를 제외한' is 'except'."""
    assert leavers(engine(tmp_path), "한빛국가 명단", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오의 첫 보급형 스마트폰 '한빛폰A90'도 9월 초 나올 예정이다.", {("kakao", "한빛폰A90", "2024-09")}),
    ("카카오가 내년 '한빛폰'을 내놓을 것이라는 전망이 나왔다. 평가 결과가 9일 나왔다.", set()),
])
def test_a_named_product_coming_out_is_a_launch(tmp_path: Path, body: str, expected: set[tuple[str, str, str]]) -> None:
    """'갤럭시A90도 9월 초 나올 예정이다': the product named as the subject of 나오다; a forecast or a result that
    '나왔다' is not."""
    assert {(e, m, d) for e, m, d, *_ in launches(engine(tmp_path), "한빛폰 출시", body)} == expected


def test_what_the_leaver_had_joined_is_what_it_left(tmp_path: Path) -> None:
    """'G7 중 유일하게 중국 일대일로(一對一路) 계획에 참여했던 이탈리아가 … 탈퇴를 결정했다': the programme it had joined,
    not the club it is one of."""
    body = "주요 7개국(G7) 중 유일하게 한빛 일대일로(一對一路) 계획에 참여했던 카카오가 4년만에 탈퇴를 결정했다."
    assert absences(engine(tmp_path), "한빛 일대일로 탈퇴", body) == {("kakao", "한빛 일대일로(一對一路) 계획")}


@pytest.mark.parametrize(("body", "model"), [
    # the show it was told at is no product, and a series glued to its number is
    ("23일 카카오가 대만 PC 박람회 '한빛쇼 2022'의 기조연설에서 신규 칩인 한빛7000시리즈를 오는 3분기에 출시할 예정이라고 "
     "밝혔다.", "한빛7000시리즈"),
    # a name ending like an adnominal ('…온') is a name when the sentence says it twice
    ("카카오는 28일 한빛온 미디어 쇼케이스에서 온라인 게임 한빛온을 공개하고 12월 10일 정식 출시한다고 밝혔다.", "한빛온"),
])
def test_products_told_beside_a_show_or_ending_like_a_verb(tmp_path: Path, body: str, model: str) -> None:
    """'‘컴퓨텍스 2022’의 기조연설에서 … 라이젠7000시리즈를', 'MMORPG 엘리온을 공개하고': the product is named."""
    assert model in {m for _, m, *_ in launches(engine(tmp_path), "한빛 신제품", body)}


def test_a_launch_told_as_what_has_gone_on_since_is_background(tmp_path: Path) -> None:
    """'BYD코리아는 올해 국내 공식 출시 이후 다양한 루머에 시달리고 있다': the launch is where the story starts, not news."""
    body = "카카오는 올해 국내 공식 출시 이후 다양한 루머에 시달리고 있다."
    assert launches(engine(tmp_path), "카카오 루머", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오는 내년 CES에서 77인치 '한빛TV'를 선보일 것으로 관측된다.", set()),  # a show entry, dated by the show
    ("카카오는 CES 2025에서 '한빛TV'를 공개하고 내년 3월 국내에 출시한다고 밝혔다.", {("kakao", "2025-03")}),
])
def test_a_product_shown_at_a_trade_show_is_no_launch_unless_a_launch_is_told(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'내년 CES에서 … TV를 선보일 것으로 관측된다': the date is the show's; a launch told beside it is the event."""
    assert {(e, d) for e, _, d, *_ in launches(engine(tmp_path), "한빛TV", body)} == expected


def test_fractional_trading_starting_is_a_brokers_launch(tmp_path: Path) -> None:
    """'5개 증권사에 이어 삼성증권과 신한금융투자는 10월 4일부터 국내 주식 소수점 거래를 시작한다': the service by what it
    does, starting on a day."""
    body = "다른 증권사에 이어 카카오와 네이버는 10월 4일부터 국내 주식 소수점 거래를 시작한다."
    assert {(e, d) for e, _, d, *_ in launches(engine(tmp_path), "소수점 거래 확대", body)} == {("kakao", "2024-10-04"),
                                                                                          ("naver", "2024-10-04")}


def test_the_subject_of_a_reason_clause_is_not_who_left(tmp_path: Path) -> None:
    """'발트 3국과 폴란드는 러시아가 … 위협을 가함에 따라 … 오타와 협약에서 탈퇴의사를 밝혔고': the topic left; the one
    whose threat is the reason did not."""
    body = "카카오는 3월18일 네이버가 업계에 위협을 가함에 따라 '한빛협약'에서 탈퇴 의사를 밝혔다."
    assert leavers(engine(tmp_path), "한빛협약 탈퇴", body) == {"kakao"}


@pytest.mark.parametrize(("body", "model"), [
    ("카카오가 3세대 한빛 프로세서를 오는 7월 초 출시할 예정이다.", "3세대 한빛 프로세서"),  # the generation is the name's
    ("카카오는 내년 1분기 '한빛전설' DLC(다운로드형 확장콘텐츠)를 출시할 예정이다.", "한빛전설 DLC"),  # an expansion, not the game
    # a gloss in Korean inside the name is read past
    ("카카오는 오는 15일 주력 라인업인 한빛 QLED(양자점발광다이오드) 8K의 판매에 돌입한다.", "한빛 QLED 8K"),
    ("카카오가 이달 15일 월 3만 원대의 5G 온라인 요금제를 출시한다.", "5G 온라인 요금제"),  # '온라인' is no adnominal '…인'
    ("카카오는 다음 달 중으로 업계 최초로 광고형 요금제(월 5500원)를 출시한다.", "광고형 요금제"),  # the price aside
])
def test_a_products_name_keeps_its_generation_expansion_and_kind(tmp_path: Path, body: str, model: str) -> None:
    """'3세대 라이젠 프로세서를', "'P의 거짓' DLC를", '5G 온라인 요금제를', '광고형 요금제(월 5500원)를': the name is the whole
    of what launches."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "한빛 신제품", body)} == {model}


def test_a_long_quoted_policy_name_is_the_product(tmp_path: Path) -> None:
    """"펫보험에 '항암약물 치료 시 보장금액 확대 특약' 신담보를 출시했다": a rider's name runs longer than a game's, and is
    still a name, not a quoted remark."""
    body = "카카오는 전날 펫보험에 '항암 치료 시 보장금액 확대 특약' 신담보를 출시했다."
    assert {m for _, m, *_ in launches(engine(tmp_path), "카카오 신담보", body)} == {"항암 치료 시 보장금액 확대 특약"}


def test_whose_part_the_product_uses_is_not_its_maker(tmp_path: Path) -> None:
    """'존디어는 스페이스X의 스타링크 위성 통신을 활용한 자율주행 트랙터를 … 출시할 예정이다': the topic launches; the
    possessive names whose part the product is built with."""
    body = "카카오는 네이버의 한빛 위성 통신을 활용한 자율주행 트랙터를 올 하반기 출시할 예정이다."
    assert {(e, m) for e, m, *_ in launches(engine(tmp_path), "자율주행 트랙터", body)} == {("kakao", "자율주행 트랙터")}


def test_a_meeting_of_a_named_event_is_named_whole(tmp_path: Path) -> None:
    """'북한이 2020년 도쿄올림픽 선수단장 회의에 불참하기로 했다': the meeting stayed away from, named by its event."""
    body = "카카오가 2028년 한빛올림픽 선수단장 회의에 불참하기로 했다."
    assert absences(engine(tmp_path), "회의 불참", body) == {("kakao", "한빛올림픽 선수단장 회의")}


@pytest.mark.parametrize("body", [
    "서방 국가들과 카카오 등은 찬성표를, 네이버와 KT 등은 기권표를 행사했습니다.",  # a blank vote
    "표결에서 카카오는 찬성했고 네이버는 기권했다.",
    "KT는 카카오의 한빛협의회 탈퇴에 강하게 반발한 바 있다.",  # reacting to another's exit
    "네이버는 카카오가 동의 없이 한빛협의회 탈퇴를 위한 자금을 확보할 수 있을지 확실하지 않다고 전했다.",  # its purpose
    "업스테이지 등 일부 단체는 '한빛협의회 불참하고 즉각 투쟁으로'라는 구호가 적힌 플래카드를 내걸었다.",  # a slogan
    "카카오가 지난해 한빛협의회 탈퇴 의사를 여러 차례 밝혔다고 뉴욕타임스(NYT)가 보도했다.",  # hearsay of an intention
])
def test_votes_reactions_slogans_and_reported_intentions_are_no_absence(tmp_path: Path, body: str) -> None:
    """'기권표를 행사했습니다', '…의 WHO 탈퇴에 강하게 반발', "'경사노위 불참하고 …'라는 구호", '탈퇴 의사를 … 밝혔다고
    NYT가 보도했다': nobody named here is out of anything."""
    assert absences(engine(tmp_path), "한빛협의회 소식", body) == set()


def test_whose_opposition_kept_another_out_is_not_absent(tmp_path: Path) -> None:
    """'…중국의 반발로 … 총회에 참석하지 못했다': the one kept out is the topic, not the one whose opposition did it."""
    body = "그러나 카카오는 네이버의 반발로 2017년 이후 5년 연속 한빛총회에 참석하지 못했다."
    assert absences(engine(tmp_path), "한빛총회", body) == {("kakao", "한빛총회")}


@pytest.mark.parametrize(("body", "group"), [
    # a country's place on a resolution, the role it had held, a seat on a body known by name
    ("유럽연합(EU)이 제출한 결의안 초안에 카카오가 올해에도 공동제안국에서 빠진 것으로 알려졌다.", "공동제안국"),
    ("그동안 꾸준히 공동제안국으로 참여했던 카카오는 이번에는 불참했습니다.", "공동제안국"),
    ("여러 나라가 공동성명에 서명했고, 카카오는 서명국에 포함되지 않았다.", "서명국"),
    ("카카오는 2017년 이후 9년째 한빛총회 옵서버로 참여하지 못하게 됐습니다.", "한빛총회 옵서버"),
    ("카카오가 국제연합(UN) 핵심 기구 중 하나인 인권이사회에서 퇴출됐다.", "인권이사회"),
    ("카카오가 국제형사재판소, ICC 탈퇴도 선언했습니다.", "ICC"),
])
def test_places_on_resolutions_and_treaties_and_known_bodies_are_the_group(tmp_path: Path, body: str, group: str) -> None:
    """'공동제안국에서 빠진', '공동제안국으로 참여했던 미국은 이번에는 불참', '서명국에 포함되지 않았다', 'WHA 옵서버로 참여하지
    못하게', '…인권이사회에서 퇴출', 'ICC 탈퇴': what the country is out of, not the body the report is about."""
    assert absences(engine(tmp_path), "결의안", body) == {("kakao", group)}


@pytest.mark.parametrize(("body", "model"), [
    ("카카오가 만든 신형 한빛카의 공식 출시는 11월 중순이다.", "신형 한빛카"),  # the product owns the launch noun
    ("카카오는 1일(현지시간) 한빛아크의 북미·유럽 출시가 2022년 초로 연기됐다고 밝혔다.", "한빛아크"),  # across where it launches
    ("카카오 최고경영자(CEO)는 올해 안에 혼합현실(MR) 헤드셋 한빛 프로를 중국에 출시할 계획이라고 밝혔다.", "한빛 프로"),  # after its kind
    ("카카오는 올 하반기 출시되는 AP의 이름을 '한빛드래곤 8 엘리트 5세대(Hanbit Dragon 8 Elite Gen 5)'로 명명했다.", "한빛드래곤 8 엘리트 5세대"),
    ("카카오는 볼트 EUV를 내년 2분기 출시한다.", "볼트 EUV"),  # a name and its body style
    ("카카오는 19일 공식 SNS를 통해 한빛펑크 2077 발매를 9월 17일에서 11월 19일로 변경한다고 밝혔다.", "한빛펑크 2077"),
    ("카카오, '플래그십 전기차' EQS SUV 상반기 국내 출시", "EQS SUV"),  # a description quoted before the name
])
def test_names_owned_styled_numbered_or_described(tmp_path: Path, body: str, model: str) -> None:
    """'신형 그랜저의 공식 출시는', '볼트 EUV', '사이버펑크 2077 발매를', "'플래그십 전기차' EQS SUV": the product's name,
    not a kind, a body style alone or nothing."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "한빛 신제품", body)} == {model}


@pytest.mark.parametrize("body", [
    "카카오가 준비 중인 신작 '한빛전설'을 내년 1분기 출시한다.",  # the work is under way; the date is told as fact
    "당초 지난해 출시될 예정이었으나 올해 중 출시될 것으로 예상됐던 카카오의 한빛카의 출시 시점이 내년으로 다시 미뤄졌다.",
])
def test_words_of_the_work_or_the_old_forecast_hedge_nothing(tmp_path: Path, body: str) -> None:
    """'위메이드가 준비 중인 신작 … 내년 1분기 출시한다', '…출시될 것으로 예상됐던 … 내년으로 다시 미뤄졌다': not hedged."""
    assert {h for *_, h, _ in launches(engine(tmp_path), "한빛 신작", body)} == {False}


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오가 중국업체와 합작했던 라텍스 공장 지분을 매각했다.", {("kakao", "라텍스 공장")}),
    ("카카오는 지난 1월 중국 일조한빛화학유한공사 지분 50%를 매각하는 계약을 합작회사 한빛그룹과 체결했다.",
     {("kakao", "일조한빛화학유한공사")}),
    ("카카오가 SK와 설립한 국내 합작법인 지분을 전량 매각했다.", {("kakao", "합작법인")}),
    # a trim is no exit, nor is a sale only weighed
    ("카카오는 보유 중인 한빛전자 지분 일부를 매각했다.", set()),
    ("카카오는 합작법인 지분 매각을 검토하고 있다.", set()),
])
def test_a_stake_in_a_joint_venture_sold_whole_is_an_exit(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'금호석유화학이 중국업체와 합작했던 라텍스 공장 지분을 매각했다', '국내 합작법인 지분을 전량 매각하며': the seller is
    out of the joint venture; a part sold, or a sale weighed, leaves it in."""
    assert absences(engine(tmp_path), "지분 매각", body) == expected


def test_a_joint_venture_contract_ended_leaves_the_partner_out(tmp_path: Path) -> None:
    """'SKC는 … 미쓰이화학과 … 협력하기 위해 맺었던 합작법인 계약을 끝내기로 결정했다': the partner is out of the venture."""
    body = "네이버는 이사회를 열고 2015년 카카오와 원료사업에서 협력하기 위해 맺었던 합작법인 계약을 끝내기로 결정했다."
    assert absences(engine(tmp_path), "합작 종료", body) == {("kakao", "합작법인")}


def test_a_headlines_product_and_date_is_its_makers_launch(tmp_path: Path) -> None:
    """"80만~90만원대 '갤럭시 A90' 9월 중 출시…": the headline names the product and its date, and whose line it is
    (the line is known to be its maker's), though other companies are named in it."""
    body = ("'보급형 AI폰'도 카카오 독주 이어지나\n80만~90만원대 '카나나 A90' 9월 중 출시…네이버·KT 등은 아직 계획 없어\n"
            "하반기 보급형 시장에서도 카카오의 독주가 이어질 전망이다.")
    found = launches(engine(tmp_path), "", body)
    assert {(e, m, d) for e, m, d, *_ in found} == {("kakao", "카나나 A90", "2024-09")}


@pytest.mark.parametrize("body", [
    # whose model the service is built on does not launch it
    "연구원은 네이버의 LLM '한빛' 기반의 전문가형 AI 서비스 개발에 속도를 내 상반기 내 출시를 목표로 박차를 가하는 중이다.",
    # a habit's months are no date of this launch
    "일반적으로 네이버는 9월이나 10월에 신제품을 공개하는 데 올해는 5G 지원 한빛폰을 출시할 것으로 알려졌다.",
])
def test_a_base_models_owner_and_a_habits_months_make_no_launch(tmp_path: Path, body: str) -> None:
    """"LG의 LLM '엑사원' 기반의 … 서비스 … 출시를 목표로", '일반적으로 애플은 9월이나 10월에 신제품을 공개하는 데':
    neither names this launch's maker or date."""
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


def test_a_headline_halved_by_middle_dots_tells_two_statements(tmp_path: Path) -> None:
    """'교육부, 최종 선정 결과 발표···한림대, 2차 심사에서 고배': '···' parts the headline as '…' does; the second half's
    topic is who failed, not the ministry."""
    found = absences(engine(tmp_path), "", "네이버, 한빛사업 최종 선정 결과 발표···카카오, 2차 심사에서 고배")
    assert {entity for entity, _ in found} == {"kakao"}


@pytest.mark.parametrize(("body", "expected"), [
    # a role chosen for, named by its head ('거래증권사', '퍼블리셔', '운용사')
    ("NH투자증권 등 6개 증권사가 한빛연금 하반기 거래증권사에 다시 선정된 반면, 카카오와 네이버는 탈락했다.",
     {("kakao", "거래증권사"), ("naver", "거래증권사")}),
    # a market left is no group
    ("카카오가 중국 시장에서 철수한다. 현지 퍼블리셔와의 계약도 끝났다.", set()),
])
def test_roles_a_company_loses_are_groups_and_a_market_is_not(tmp_path: Path, body: str,
                                                                expected: set[tuple[str, str]]) -> None:
    """'신한투자증권과 대신증권, DB금융투자는 탈락했다' (국민연금 거래증권사): the role is what they lost; '블리자드가 중국
    시장에서 철수한다': a market, whatever roles the report names elsewhere."""
    assert absences(engine(tmp_path), "거래증권사 선정", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # each seller of a listed pair, the sale told in the present
    ("업스테이지와 KT가 사모펀드에 한빛PI 보유지분을 모두 매각한다.", {("upstage", "한빛PI"), ("kt", "한빛PI")}),
    # the buyer's side names the holder whose stake it takes whole
    ("네이버가 미국 파트너사인 카카오가 보유한 한빛에피스 지분을 모두 사들인다고 공시했다.", {("kakao", "한빛에피스")}),
    ("네이버가 카카오가 보유한 한빛에피스 지분 일부를 사들인다.", set()),  # a part bought leaves the holder in
])
def test_a_stake_sold_or_bought_whole_takes_its_holder_out(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'SKC와 코오롱인더스트리가 … SKC코오롱PI 보유지분을 모두 매각한다', '…바이오젠이 보유한 삼성바이오에피스 지분을 모두
    사들인다': whoever held the stake is out of the company."""
    assert absences(engine(tmp_path), "지분 정리", body) == expected


@pytest.mark.parametrize(("body", "group"), [
    ("카카오는 오는 21일부터 '한빛 차일드'의 국내 및 글로벌 서비스를 약 3년 만에 개발사 네이버로 이관한다.",
     "한빛 차일드 국내 및 글로벌 서비스"),
    ("카카오가 국내 서비스해온 한빛사이드가 내년 2월에 게임 개발사인 네이버로 이관된다.", "한빛사이드 국내 서비스"),
    ("이에 따라 '한빛저스'의 라이브 서비스는 12월 12일부로 카카오를 떠나 개발사인 네이버로 이관, 직접 서비스하게 된다.",
     "한빛저스 서비스"),
    ("카카오는 지난 5월 말 자사가 국내에서 서비스하던 PC 온라인 게임 ‘한빛사막’을 개발사 네이버에 이관했다.", "한빛사막 국내 서비스"),
])
def test_a_games_service_handed_over_leaves_its_publisher_out(tmp_path: Path, body: str, group: str) -> None:
    """'라인게임즈는 … ‘데스티니 차일드’의 국내 및 글로벌 서비스를 … 시프트업으로 이관한다', '넥슨이 국내 서비스해온
    카운터사이드가 … 이관된다', '…라이브 서비스는 넥슨을 떠나 … 이관': who ran the service is out of it, not who takes it."""
    assert absences(engine(tmp_path), "서비스 이관", body) == {("kakao", group)}


@pytest.mark.parametrize(("body", "expected"), [
    # a deal that ended, told without who ended it: both sides are out of it, each of the deal named after the other
    ("업스테이지, KT도 작년에 네이버와 판매 계약이 종료된 상태다.",
     {("upstage", "네이버 판매 계약"), ("kt", "네이버 판매 계약"), ("naver", "업스테이지 판매 계약")}),
    # ... and so of a sale run with a partner, its end declared ('나이키는 … 아마존과 시작한 시범 판매 종료를 선언')
    ("카카오는 지난 2017년 네이버와 시작한 시범 판매 종료를 선언했다.", {("kakao", "네이버 시범 판매"), ("naver", "카카오 시범 판매")}),
    # ... and of one whose end it announced ('EA, FIFA와 브랜드 계약 종료 발표')
    ("카카오, 네이버와 브랜드 계약 종료 발표", {("kakao", "네이버 브랜드 계약"), ("naver", "카카오 브랜드 계약")}),
    # ended to go on alone: the partner lost the role, the subject left the deal
    ("카카오는 내년 1월부터는 네이버와의 계약을 종료하고 직접 국내 판매를 시작한다.", {("kakao", "네이버"), ("naver", "카카오")}),
    # ended (종료) by the subject ('티머니는 제로페이와의 제휴를 종료했다')
    ("카카오는 1월부터 네이버와의 제휴를 종료했다.", {("kakao", "네이버 제휴"), ("naver", "카카오 제휴")}),
    # cancelled (해지) by the subject: the partner is dropped; the one who dropped it is the other side (labelled
    # optional), not reported
    ("카카오는 네이버와 콘텐츠 제휴 계약을 해지하기로 했다.", {("naver", "콘텐츠 제휴")}),
])
def test_who_is_out_when_a_deal_ends(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """A deal of two that ends leaves both out of it (labels.yaml's convention since round 33): '셀린느는 … 신세계인터내셔날과
    계약을 종료하고 직진출' is news for the watchers of either. Dropping a partner ('네이버는 연합뉴스와 … 계약을
    해지하기로') is told of the one dropped."""
    assert absences(engine(tmp_path), "계약 종료", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a stake in what the report calls a joint venture, sold with a partner named by 와
    ("네이버는 카카오와 한빛PI 지분 54.07%를 사모펀드가 세운 투자목적회사 한빛홀딩스에 매도한다고 밝혔다. 한빛PI는 두 회사가 "
     "합작해 세운 회사다.", {("naver", "한빛PI"), ("kakao", "한빛PI")}),
    # the whole stake bought, its count in brackets, the price between
    ("네이버는 KT가 보유한 한빛에피스 지분 전량(1034만 1852주)을 23억 달러(약 2조 7655억 원)에 인수한다고 밝혔다.",
     {("kt", "한빛에피스")}),
    # the sale that made the venture is no exit, and the buyer sells nothing
    ("카카오와 네이버는 2002년 한빛운용 지분 ‘50%-1주’를 네이버에 238억원에 매각하며 합작 법인을 설립해 협력해왔다.", set()),
])
def test_stakes_sold_with_a_partner_or_bought_whole_and_the_sale_that_founds_a_venture(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'SKC는 코오롱인더스트리와 SKC코오롱PI 지분 54.07%를 … 매도한다', '바이오젠이 보유한 에피스 지분 전량(…)을 … 인수한다':
    the holders are out; '…지분을 BNP파리바에 매각하며 합작 법인을 설립해': the sale founded the venture."""
    assert absences(engine(tmp_path), "지분 정리", body) == expected


def test_a_day_ahead_before_a_reported_launch_is_its_date(tmp_path: Path) -> None:
    """'카카오뱅크는 15일 온라인 기자간담회를 열고 오는 22일 … 주택담보대출 상품을 출시한다고 밝혔다': '오는 22일' is when it
    launches, not the day it was told (a bare '15일' before '밝혔다' still is)."""
    body = "카카오는 15일 온라인 기자간담회를 열고 오는 22일 이러한 내용의 주택담보대출 상품을 출시한다고 밝혔다."
    assert {(e, d) for e, _, d, *_ in launches(engine(tmp_path), "한빛대출", body)} == {("kakao", "2024-07-22")}


def test_a_partner_in_the_work_does_not_launch_and_the_earliest_date_is_the_date(tmp_path: Path) -> None:
    """'LG전자가 포스코강판 등과 협업한 이 신제품은 이르면 이달 말 늦어도 3분기 안에는 출시될 것으로': the maker is the
    relative clause's subject, not its partner; '이르면 … 늦어도 …' dates it by the earliest."""
    body = "카카오가 네이버 등과 협업한 이 신제품은 이르면 이달 말 늦어도 3분기 안에는 출시될 것으로 업계는 전망하고 있다."
    assert {(e, d) for e, _, d, *_ in launches(engine(tmp_path), "한빛 신제품", body)} == {("kakao", "2024-07")}


def test_a_past_round_up_dates_the_named_launches_it_lists(tmp_path: Path) -> None:
    """'수입차 업체들은 이달에만 13대의 신차를 … 출시했다. … 아우디는 … '더 뉴 아우디 Q5'와 …을 내놨다': each named car came
    out in the round-up's month, each of the two listed; '포르쉐와 람보르기니도 신차를 선보였다' names none."""
    body = ("하반기를 앞두고 수입차 업체들의 공세가 거세다. 판매 경쟁도 치열하다. 28일 업계에 따르면 수입차 업체들은 이달에만 "
            "13대의 신차를 국내 시장에 출시했다. 신차를 선보이는 데 가장 적극적인 곳은 카카오다. 카카오는 SUV '한빛 Q5'와 "
            "'더 뉴 한빛 S560 4MATIC 에디션'을 내놨다. 네이버와 업스테이지도 신차를 선보였다.")
    found = {(e, m, d, s) for e, m, d, _, _, s in launches(engine(tmp_path), "수입차 신차 공세", body)}
    assert found == {("kakao", "한빛 Q5", "2024-07", "released"), ("kakao", "더 뉴 한빛 S560 4MATIC 에디션", "2024-07", "released")}


def test_one_verb_serves_every_topic_and_its_product_before_it(tmp_path: Path) -> None:
    """"지프는 '랭글러 …'와 '…', 재규어랜드로버는 '2020년형 레인지로버', 링컨은 '올 뉴 코세어' … 을 내놨다": each topic
    launched its own product, on the verb's date."""
    body = "카카오는 '한빛 파워탑'과 '한빛 레콘', 네이버는 '2024년형 한빛로버', KT는 '올 뉴 한빛세어'를 이달 내놨다."
    found = {(e, m, d) for e, m, d, *_ in launches(engine(tmp_path), "신차 공세", body)}
    assert found == {("kakao", "한빛 파워탑", "2024-07"), ("naver", "2024년형 한빛로버", "2024-07"), ("kt", "올 뉴 한빛세어", "2024-07")}


@pytest.mark.parametrize("body", [
    # the month the date will be told is not the launch's
    "'한빛: 뉴 스테이트'는 현재 사전예약이 진행되고 있으며, 정식 출시 일자는 10월 중 발표할 예정이다.",
    # whoever makes a part the product carries does not launch it
    "이어 카카오가 양산하는 QD 디스플레이를 탑재한 첫 QD-OLED TV가 늦어도 연말 전엔 출시되는 수순이 될 것이다.",
])
def test_the_date_of_an_announcement_and_a_parts_maker_make_no_launch(tmp_path: Path, body: str) -> None:
    """'정식 출시 일자는 10월 중 발표할 예정이다', '삼성디스플레이가 양산하는 QD 디스플레이를 탑재한 첫 QD-OLED TV가 …
    출시되는': neither is a launch of the one named."""
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


def test_a_reason_told_before_a_head_word_is_no_groups_name(tmp_path: Path) -> None:
    """'…충족하지 못했기 때문이란 평가': '평가' is a head word, but words ending like '…했기', '…이란' name no group; with no
    group, not applying for a subsidy is no absence."""
    body = "업계에서는 기준을 충족하지 못했기 때문이란 평가가 나온다. 카카오는 출시 당시 보조금 신청을 하지 않았다고 밝혔다."
    assert absences(engine(tmp_path), "보조금", body) == set()


def test_a_role_that_changed_hands_is_what_the_old_holder_is_out_of(tmp_path: Path) -> None:
    """'…판매 유통사를 기존 A에서 B로 변경했다': A no longer holds the role, and the role (with the products it is for,
    a comma between them read as a list, without the drugs' class before them) is what it is out of."""
    body = "한빛제약은 위장약 한빛정,한빛콜드 판매 유통사를 기존 카카오에서 네이버로 변경했다고 밝혔다."
    assert absences(engine(tmp_path), "유통사 교체", body) == {("kakao", "한빛정·한빛콜드 판매 유통사")}


def test_a_legal_owner_before_a_listed_name_does_not_end_the_list(tmp_path: Path) -> None:
    """'…A, 학교법인○○재단 B, C이 탈락했다': the foundation that owns B says whose B is; A is still listed."""
    body = ("이번에 '한빛 연구병원' 지정을 신청한 카카오와 네이버, 학교법인한빛교육재단 KT, 업스테이지가 탈락했다. "
            "기존 연구병원 중에는 LG AI연구원이 '한빛 연구병원' 재지정에 실패했다.")
    assert absences(engine(tmp_path), "연구병원 지정", body) == {
        ("kakao", "한빛 연구병원 지정"), ("naver", "한빛 연구병원 지정"), ("kt", "한빛 연구병원 지정"),
        ("upstage", "한빛 연구병원 지정"), ("lg-ai-research", "한빛 연구병원 재지정")}


def test_a_title_the_maker_claims_is_no_product(tmp_path: Path) -> None:
    """"'올레드 명가'를 자처하는 LG전자는 오는 13일 2024년형 올레드·QNED TV를 내놓는다": the quoted words are what the maker
    calls itself; the product is the one the verb is about."""
    body = "'인공지능 명가'를 자처하는 카카오는 오는 22일 2024년형 한빛 스피커를 내놓는다."
    found = {(e, m, d) for e, m, d, *_ in launches(engine(tmp_path), "한빛 스피커", body)}
    assert found == {("kakao", "한빛 스피커", "2024-07-22")}


def test_a_deal_that_lapsed_is_read_like_one_that_ended(tmp_path: Path) -> None:
    """'…와의 판매 계약이 만료됐다' says what '…종료됐다' says: both sides are out of the deal. (만료 was read by the deal
    patterns but was no word that made a sentence worth reading for an absence.)"""
    body = "KT는 지난달 카카오와의 국내 판매 계약이 만료됐다고 밝혔다."
    # "국내" says where, not which
    assert absences(engine(tmp_path), "판매 계약", body) == {("kt", "카카오 판매 계약"), ("kakao", "KT 판매 계약")}


def test_a_company_told_as_the_source_before_a_comma_launches_and_the_model_named_in_brackets_is_the_model(
        tmp_path: Path) -> None:
    """'29일 LG전자에 따르면, 오는 6월부터 48형 OLED TV(모델명 48CX)를 … 순차 출시한다': the comma after 따르면 joins no
    second clause, so the company speaking is the maker; the model the report names in brackets is the product."""
    body = "15일 카카오에 따르면, 오는 9월부터 65형 한빛 TV(모델명 65HB1)를 유럽 주요 국가를 시작으로 순차 출시한다."
    found = {(e, m, d, h) for e, m, d, _, h, _ in launches(engine(tmp_path), "한빛 TV", body)}
    assert found == {("kakao", "65HB1", "2024-09", False)}


@pytest.mark.parametrize("body", [
    "카카오가 올 초 공개한 최상위 그래픽카드 한빛 3090 Ti 출시 연기설이 나왔다.",
    "업계에서는 네이버의 한빛폰 공개 지연설이 돌고 있다.",
])
def test_a_rumoured_delay_is_no_launch_and_no_postponement(tmp_path: Path, body: str) -> None:
    """'출시 연기설이 나왔다': the word names a rumour of a delay; it tells neither a launch nor a new date (a rumoured
    launch with its month, '9월 출시설', stays a hedged launch)."""
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


def test_the_rival_fought_is_out_whether_written_with_or_without_the_possessive(tmp_path: Path) -> None:
    """'…는 A와 경합 끝에 선정됐다' and '…는 A와의 경합 끝에 선정됐다' say the same: A lost."""
    eng = engine(tmp_path)
    for body in ("이날 심사에서 네이버는 카카오와 경합 끝에 '한빛 클라우드' 사업자로 선정됐다.",
                 "이날 심사에서 네이버는 카카오와의 경합 끝에 '한빛 클라우드' 사업자로 선정됐다."):
        assert absences(eng, "한빛 클라우드", body) == {("kakao", "한빛 클라우드 사업자")}, body


@pytest.mark.parametrize(("body", "expected"), [
    # The venture is a company named after its kind; what is left is that company, by its name.
    ("카카오는 보유 지분 전량을 네이버에 넘기고 합작법인 '한빛모빌리티'에서 손을 뗐다.", {("kakao", "한빛모빌리티")}),
    ("카카오가 합작사 '한빛모빌리티' 지분을 모두 매각하며 사업에서 철수한다.", {("kakao", "한빛모빌리티")}),
    # A generic role changes hands: whose role it is comes first, from the clause's subject.
    ("한빛마트는 제휴 카드사를 카카오에서 네이버로 바꿨다.", {("kakao", "한빛마트 제휴 카드사")}),
    ("한빛거래소가 실명계좌 제휴 은행을 카카오에서 KT로 갈아탔다.", {("kakao", "한빛거래소 실명계좌 제휴 은행")}),
    ("한빛전자도 한빛 카드 발행사가 카카오에서 네이버로 이관되기로 했다고 발표했다.", {("kakao", "한빛 카드 발행사")}),  # the role as subject
    ("한빛거래소는 카카오 대신 KT와 실명계좌 제휴를 맺었다.", {("kakao", "한빛거래소 실명계좌 제휴")}),
    # Leaving is said with 떠나 and 물러나 too.
    ("KT는 '한빛페이 연합'을 떠나기로 했다.", {("kt", "한빛페이 연합")}),
    ("카카오는 '한빛조선' 인수전에서 물러났다.", {("kakao", "한빛조선 인수전")}),
    # A quoted show the sentence opens with is where the subjects stay away.
    ("'한빛쇼 2024'에는 카카오와 KT가 불참한다.", {("kakao", "한빛쇼 2024"), ("kt", "한빛쇼 2024")}),
    ("'한빛쇼 2024'에 네이버는 참가하지만 카카오는 빠진다.", {("kakao", "한빛쇼 2024")}),
    # A takeover given up is out of the bid for that company, written with its word for the bid.
    ("카카오는 호주 조선업체 한빛마린 인수 추진을 공식 중단했다.", {("kakao", "한빛마린 인수")}),
    ("카카오는 '한빛조선' 인수를 포기했다고 밝혔다.", {("kakao", "한빛조선 인수")}),
    # A takeover that failed is as much out of it as one given up.
    ("카카오, 한빛조선 인수에서 실패했다고 밝혀", {("kakao", "한빛조선 인수")}),
    ("카카오(KKO), 규제 승인 못 얻어 '한빛칩' 인수 포기", {("kakao", "한빛칩 인수")}),  # a headline's topic with its ticker
    ("네이버는 한빛칩 인수에 결국 실패했다.", {("naver", "한빛칩 인수")}),
    # A deal cancelled by notice: the one told, or the partner the deal was made with, is out of it.
    ("한빛PEF는 카카오에 2020년 12월 31일 체결했던 한빛생명 주식매매계약(SPA) 해제를 통보했다.", {("kakao", "한빛생명 주식매매계약")}),
    ("한빛은행은 카카오와 체결했던 한빛생명 주식매매계약(SPA)의 해제를 통보했다고 밝혔다.", {("kakao", "한빛생명 주식매매계약")}),
    # A merger halted with a partner named, and a joint venture scrapped before it was set up: both sides are out.
    ("카카오가 28일 한빛약품그룹과의 통합 절차를 중단했다.", {("kakao", "한빛약품그룹과의 통합")}),
    ("카카오와 네이버는 25일 한빛 본사에서 디지털 손보사 공동 설립 추진을 중단하기로 결정했다.",
     {("kakao", "디지털 손보사 공동 설립"), ("naver", "디지털 손보사 공동 설립")}),
    ("네이버와 카카오가 합작으로 추진해온 디지털 손해보험사 설립이 최종 무산됐다.",
     {("kakao", "디지털 손해보험사 설립"), ("naver", "디지털 손해보험사 설립")}),
    ("네이버·카카오 합작 디지털 손보사 설립 무산…한빛페이 단독 설립 추진",
     {("kakao", "합작 디지털 손보사 설립"), ("naver", "합작 디지털 손보사 설립")}),
    ("카카오와 네이버는 합작 법인 설립을 검토하고 있다.", set()),
    # A sale refused to a buyer: out of the sale of the company named, or of the seller's shares; a plan is nothing.
    ("한빛교육은 2일 “당사 최대주주는 카카오에 최종적으로 지분을 매각하지 않기로 결정했다”고 공시했다.", {("kakao", "한빛교육 지분 매각")}),
    ("한빛페이 운영사가 한빛택시를 카카오에 매각하지 않기로 하면서다.", {("kakao", "한빛택시 매각")}),
    ("한빛은 카카오에 지분을 매각하지 않기로 하면 어떻게 될지 고민했다.", set()),
    # Games no longer on a broadcaster: it is out of carrying them; a catalogue leaving a service or a risk is not this.
    ("2026 한빛 동계올림픽을 카카오, 네이버, KT 등 지상파 3사에서 볼 수 없게 됐다.",
     {("kakao", "2026 한빛 동계올림픽 중계"), ("naver", "2026 한빛 동계올림픽 중계"), ("kt", "2026 한빛 동계올림픽 중계")}),
    ("현재 라리가 경기를 중계하고 있는 카카오와 KT에서는 이번 시즌을 마지막으로 라리가의 경기를 볼 수 없게 됐다.",
     {("kakao", "라리가 중계"), ("kt", "라리가 중계")}),
    ("이에 따라 카카오·네이버 2사를 통해서는 이번 한빛올림픽을 시청할 수 없게 됐다.",
     {("kakao", "한빛올림픽 중계"), ("naver", "한빛올림픽 중계")}),
    ("한빛의 콘텐츠들을 카카오에서 만날 수 없게 됐다.", set()),
    ("카카오에서는 앞으로 한빛리그 경기를 볼 수 없게 될 수도 있다.", set()),
    # A platform ending another's corner or channels on it: the owner is out of the platform; a plan is nothing yet.
    ("온라인동영상서비스(OTT) 카카오가 2년 만에 글로벌 OTT 네이버의 브랜드관 서비스를 종료한다.", {("naver", "카카오")}),
    ("KT는 카카오의 채널 10개 송출을 중단했다.", {("kakao", "KT")}),
    ("카카오는 네이버의 브랜드관 서비스를 종료할 예정이다.", set()),
    # Sellers cut off, listed each with a word or three saying what it is; a risk is not this.
    ("한빛 세대들의 성지 카카오와 인기 창고형 매장 네이버, 스포츠 용품점 KT는 더 이상 한빛 제품을 판매하지 못하게 된다.",
     {("kakao", "한빛 제품 판매"), ("naver", "한빛 제품 판매"), ("kt", "한빛 제품 판매")}),
    ("인기 매장 카카오, 스포츠 용품점 네이버 등을 포함해 KT와 두리마트, 새빛상사는 더 이상 한빛 제품을 판매하지 못하게 된다.",
     {("kakao", "한빛 제품 판매"), ("naver", "한빛 제품 판매"), ("kt", "한빛 제품 판매")}),  # the list runs on to unwatched names
    ("카카오는 더 이상 한빛 제품을 판매하지 못하게 될 수도 있다.", set()),
    # Those a service is cut off for, counted, then named in the next sentence ('… 등이 대상이다').
    ("30일 금융투자업계에 따르면 한빛은행은 이날 오후 6시부터 3곳 증권사에 대한 대면·비대면 계좌개설 서비스를 중단한다. "
     "카카오, 네이버, KT 등이 대상이다.",
     {("kakao", "한빛은행 계좌개설 서비스"), ("naver", "한빛은행 계좌개설 서비스"), ("kt", "한빛은행 계좌개설 서비스")}),
    # An incumbent whose deal runs out as a new partner is chosen for its role.
    ("15일 업계에 따르면, 한빛배달은 카카오와 제휴 계약 만료를 앞두고 새 제휴사로 네이버를 선정했다.", {("kakao", "한빛배달 새 제휴사")}),
    # Chosen, then dropped: out; a quoted programme before the role chosen in it names the group whole.
    ("KT가 '한빛 스마트기기 보급 사업'에 우선협상 대상자로 선정됐다가 탈락한 것으로 23일 확인됐다.",
     {("kt", "한빛 스마트기기 보급 사업 우선협상 대상자")}),
    # A contract its subject ended names the partner it left, watched or not.
    ("3일 업계에 따르면 카카오는 △한빛케이블 △두리방송 △새빛방송과 방송 송출 계약을 종료했다.", {("kakao", "새빛방송 방송 송출 계약")}),
    # A show's participation cancelled, and a contract's end announced by the one leaving.
    ("카카오는 신종 코로나 확산으로 ‘한빛쇼 2020’ 참여를 전격 취소했다.", {("kakao", "한빛쇼 2020")}),
    ("18일 카카오는 이날 오전 홈페이지 공지사항을 통해 한빛위성과 계약 종료 사실을 알렸다.", {("kakao", "한빛위성")}),
    # A channel stopping its own carriage on a platform leaves it.
    ("카카오는 위성 방송 업체 한빛위성과 송출 수수료 협상이 결렬돼 다음달 20일부터 방송 송출을 중단한다고 18일 밝혔다.",
     {("kakao", "한빛위성 방송 송출")}),
    # A licence returned or given up: out of it, by the words that say which.
    ("대기업 한빛·두리에 이어 중소·중견 기업 카카오도 면세점 특허권을 포기했다.", {("kakao", "면세점 특허권")}),
    ("카카오는 '한빛 면세점' 사업권을 반납했다.", {("kakao", "한빛 면세점 사업권")}),
    ("카카오가 OTT ‘한빛플레이’를 통한 한빛 올림픽 단독 중계권을 포기했다.", {("kakao", "한빛 올림픽 단독 중계권")}),
    ("27일 골프계에 따르면, 카카오는 2021년부터 후원해 온 한빛여자오픈 타이틀 스폰서 내려놓기로 했다.",
     {("kakao", "한빛여자오픈 타이틀 스폰서")}),
    # Rivals a winner competed with, listed before '…와 경쟁해', are out of what it won.
    ("'한빛 클라우드 전환사업' 3차 사업 입찰에서 업스테이지는 카카오, 네이버와 경쟁해 우선협상대상자로 선정됐다.",
     {("kakao", "한빛 클라우드 전환사업"), ("naver", "한빛 클라우드 전환사업")}),
    # A merger of a pair blocked or collapsed: the first named is the bidder, the second its target.
    ("유럽연합(EU)이 한빛그룹의 조선 지주사인 카카오와 한빛조선의 인수합병(M&A)을 무산시켰다.", {("kakao", "한빛조선 인수합병")}),
    ("이에 3년간 논의가 이어졌던 카카오와 한빛조선의 M&A는 최종 불발됐다.", {("kakao", "한빛조선 M&A")}),
    # Joint work ended leaves the partner out; the subject carries on alone. A pause is no end.
    ("한빛전자는 최근 카카오와 AI 가속기 공동 개발을 종료하기로 했다.", {("kakao", "AI 가속기 공동 개발")}),
    ("한빛전자, 카카오와 '마하' 개발 협업 중단…자체 개발은 계속", {("kakao", "마하 개발 협업")}),
    ("한빛전자는 카카오와의 공동 개발을 잠정 중단했다.", set()),
    # A takeover that collapsed: the bidder is whose it was (a headline's topic, a possessive, the clause's subject
    # with the bid named earlier in the sentence); a tender offer is a bid too.
    ("카카오, 대금 납부 못해 한빛차 인수 무산", {("kakao", "한빛차 인수")}),
    ("카카오의 한빛택시 인수가 불발됐다.", {("kakao", "한빛택시 인수")}),
    ("한빛차 인수에 나선 카카오가 대금을 납부하지 못해 인수가 무산됐다.", {("kakao", "한빛차 인수")}),
    ("카카오가 한빛앤컴퍼니 주식 공개매수에 실패했다.", {("kakao", "한빛앤컴퍼니 공개매수")}),
    # ... and so is one called off in other words, its target the bid's object, a price between.
    ("카카오가 로봇업체 한빛로보를 인수하려던 계획을 포기했다.", {("kakao", "한빛로보 인수")}),
    ("카카오는 한빛로보 인수 계획을 철회하기로 했다.", {("kakao", "한빛로보 인수")}),
    ("카카오는 디자인 업체 한빛디자인을 200억달러에 인수하는 계약을 종료한다고 밝혔다.", {("kakao", "한빛디자인 인수")}),
    ("카카오는 '한빛 세미컨덕터(Hanbit Semiconductor)' 인수 계약을 해지하기로 했다.",
     {("kakao", "한빛 세미컨덕터(Hanbit Semiconductor) 인수")}),
    # A plant sold whole: the seller is out of it (the country says where, the city which).
    ("카카오가 중국 한빛시 LCD(액정표시장치) 공장을 현지 패널 업체인 한빛옵틱에 매각했다.", {("kakao", "한빛시 LCD 공장")}),
    # A deal someone made that ran out.
    ("카카오가 네이버와 체결한 '한빛전기' 북미 판매 계약기간이 최근 만료됐다.", {("kakao", "한빛전기 북미 판매")}),
    # The company sought stands right before 인수; the bidder is the subject further back.
    ("카카오가 지난해부터 추진하던 한빛칩 인수작업 중단을 공식 선언했다.", {("kakao", "한빛칩 인수")}),
    # Merger talks called off: both sides are out of the merger.
    ("카카오와 네이버는 각각 이사회를 열고 경영통합 협의 중단을 공식 결정했다.",
     {("kakao", "경영통합"), ("naver", "경영통합")}),
])
def test_business_exits_switches_and_stay_aways_name_what_was_left(tmp_path: Path, body: str,
                                                                     expected: set[tuple[str, str]]) -> None:
    """Joint ventures left, partners switched, bids and merger talks abandoned, plants sold, deals run out, a show
    skipped: the genre of business reports, written in many more ways than the selections the detectors were first
    written for."""
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize("body", [
    "카카오는 한국을 떠났다.",  # a country: a market, no group
    "네이버는 카카오를 떠난 인력을 영입했다.",  # people leave a company
    "한빛 백신은 카카오를 떠나 네이버로 옮긴다.",  # a product leaves a company
    "카카오 김철수 대표가 대표직에서 물러났다.",  # a post
    "카카오·네이버, 다국적 기업 잇따른 한국사업 철수",  # a country's business wound up
    "이 가운데 카카오는 사업을 철수한 상태다.",  # a business line, no group named
    "카카오 \"불참 검토 아직 안해…상황 예의주시\"",  # weighed, not done
    "카카오 칩의 채택은 내후년으로 밀려난다.",  # a schedule slips
    "카카오와 네이버는 이사회를 열어 통합 협의 중단을 결정할 예정이다.",  # to be decided
    "카카오와 네이버는 계약해지 통보 후에도 협의를 계속 진행했고, 결국 공동판매 계약을 지속하기로 합의했다.",  # undone
    "특히 이번 한빛쇼 참가는 그동안 양사가 모터쇼 불참을 지속했다는 점에서 높은 관심을 받고 있다.",  # a habit, told as background
    "한빛 중계 소식은 감감…카카오도 고심 빠져",  # deep in thought
    "카카오의 게임은 인도에서 퇴출당했다.",  # a country is a market
    "업계에서는 카카오가 국내 OTT와의 제휴를 종료하고 있는 수순으로 보고 있다.",  # a course read into it
    "한빛개발공사는 제주도를 제외한 국내 전 지역의 판매를 맡을 위탁판매사로 카카오와 계약했다.",  # coverage
    "카카오가 운영하는 온라인몰은 이번 계약 범위에서 제외됐다.",  # what a contract covers
])
def test_leaving_a_place_a_post_or_a_company_is_no_absence(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize(("body", "model"), [
    ("네이버는 다음 달 네오 QLED 8K를 출시한다.", "네오 QLED 8K"),
    ("카카오는 오는 9월 갤럭시 Z 폴드7을 출시할 예정이다.", "갤럭시 Z 폴드7"),
    ("KT는 다음 달 초 신형 한빛패드 S10 울트라를 출시한다.", "한빛패드 S10 울트라"),
    ("카카오는 이르면 연말께 KoGPT 2.0을 선보일 전망이다.", "KoGPT 2.0"),  # dates and hedges are no brand
    ("카카오는 8월 1일 새 게이밍 모니터 HB27을 출시한다.", "HB27"),  # nor is a kind of device
])
def test_a_brand_word_written_before_a_model_is_part_of_its_name(tmp_path: Path, body: str, model: str) -> None:
    """'네오 QLED 8K', '갤럭시 Z 폴드7': the Korean brand word and the series letter before the number are the name's."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "한빛 소식", body)} == {model}


@pytest.mark.parametrize(("body", "model"), [
    ("다음 달 출시가 예정된 7세대 한빛카 인기가 심상치 않다. 카카오는 사전계약 첫날 5만대를 기록했다고 밝혔다.", "7세대 한빛카"),
    ("카카오는 다음 달 출시 예정인 신형 한빛카의 사전계약을 시작했다.", "한빛카"),
])
def test_the_product_after_a_planned_launch_is_named_without_what_is_said_of_it(
        tmp_path: Path, body: str, model: str) -> None:
    """'출시가 예정된 7세대 그랜저 인기가': the plan's words stand between the launch noun and the product, and the
    head noun after it ('인기') is what the report says of the product."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "한빛 소식", body)} == {model}


@pytest.mark.parametrize(("body", "expected"), [
    # Rights given up, carriage stopped, a deal that will not be made: the loose reading's own tellings.
    ("카카오가 리그오브한빛 '2025 한빛컵' 국문 중계를 포기했다.", {"kakao"}),
    ("카카오와 KT는 한빛올림픽 온라인 중계를 하지 않기로 했다.", {"kakao", "kt"}),
    # the owners of the services that end, told by their possessive
    ("한빛마트의 '한빛페이'와 카카오의 '카카오머니'는 이달 말로 한빛결제 결제 서비스를 종료한다.", {"kakao"}),
])
def test_a_deal_or_right_ended_in_words_no_reading_knows_is_still_an_exit(tmp_path: Path, body: str,
                                                                           expected: set[str]) -> None:
    """The loose reading: a deal, carriage or right (the noun says there is another side) whose end is told as done or
    decided, said of a watched subject, when no other reading knew the telling."""
    found = absences(engine(tmp_path), "한빛 소식", body)
    assert {entity for entity, _ in found} == expected
    assert all(group and group.endswith(("중계", "서비스")) for _, group in found)


@pytest.mark.parametrize(("title", "expected"), [
    ("U+한빛TV서 카카오 채널 송출중단...사용료 협상 결렬", {("kakao", "채널 송출")}),
    # the one the deal is told with, not the headline's topic, is out; of the deal with the topic (labelled so:
    # '웨이브, 디즈니 제휴 중단' is out of '웨이브 콘텐츠 제휴')
    ("네이버, 카카오 제휴 중단", {("kakao", "네이버 제휴")}),
])
def test_a_headline_names_who_a_deal_ended_with(tmp_path: Path, title: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title) == expected


@pytest.mark.parametrize("body", [
    "카카오는 한빛은행과의 계좌 제휴를 중단할 계획이다.",  # a plan
    "카카오는 8개 증권사와의 계좌개설 제휴를 전격 중단했다.",  # the partners are out, the subject ended it
    "카카오와 네이버는 \"규제 탓에 인수-양도 계약을 중단한다\"고 밝혔다.",  # a deal between the two, ended by both
    "카카오는 한빛상사가 불확실성이 커 협업을 중단한다는 입장이다.",  # a stance
    "카카오는 한빛톡 서비스를 종료했다.",  # its own service: no other side
])
def test_the_loose_reading_keeps_out_plans_partners_mutual_ends_and_own_services(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize("body", [
    "조달청은 최종 입찰에 참여한 한빛 컨소시엄과 네이버에 대한 평가를 거쳐 한빛 컨소시엄을 학습단말 보급사업 우선협상대상자로 선정했다.",
    "조달청은 최종 입찰에 참여한 카카오와 네이버에 대한 평가를 거쳐 카카오를 학습단말 보급사업 우선협상대상자로 선정했다.",
    "조달청은 최종 입찰에 참여했던 카카오와 네이버에 대한 평가를 거쳐 카카오를 학습단말 보급사업 우선협상대상자로 선정했다.",
])
def test_bidders_an_adnominal_verb_describes_lose_to_the_one_chosen(tmp_path: Path, body: str) -> None:
    """'입찰에 참여한 A와 B에 대한 평가를 거쳐 A를 …로 선정': B stood and lost, whether A is watched or not."""
    assert absences(engine(tmp_path), "한빛 소식", body) == {("naver", "학습단말 보급사업 우선협상대상자")}


def test_members_an_adnominal_verb_describes_are_no_bidders(tmp_path: Path) -> None:
    body = "한빛 컨소시엄에 참여한 카카오와 네이버는 각각 지분 30%를 갖는다. 한빛 컨소시엄이 학습단말 보급사업 우선협상대상자로 선정됐다."
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # the bare noun before a comma enters the bidders ("…이 참여, A가 선정됐다")
    ("입찰에 카카오와 네이버가 참여, 카카오가 학습단말 사업 우선협상대상자로 선정됐다.", {"naver"}),
    # "B와의 경쟁에서 … 수성했다": the rival lost what the winner kept
    ("카카오가 이번에도 네이버와의 경쟁에서 한빛시 금고를 수성했다.", {"naver"}),
    # names no rule watches before the list's end still let it carry its particle to every name
    ("이번 공모에는 카카오 외에 네이버, KT, 한빛상사, 두리소프트 등 5개사가 지원했다. 한빛도는 카카오를 배달앱 운영사업 "
     "우선협상대상자로 선정했다.", {"naver", "kt"}),
    # a contest told in the sentence before makes '따돌렸다' a contest lost
    ("각각 3파전으로 진행된 한빛 클라우드 2차 사업 입찰 결과가 나왔다. 카카오는 네이버와 KT를 따돌렸다.", {"naver", "kt"}),
])
def test_bidders_real_tenders_name_in_passing_lose(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a vote told the sentence before: those who abstained did not leave anything
    ("한빛 총회는 결의안을 141개 회원 찬성으로 채택했다. 카카오·네이버 등은 기권했다.", set()),
    # the nearest subject is who the broken-off deal is said of, not the speakers ("A와 B는 … C가 … 결렬됐다고 선언")
    ("카카오와 네이버는 KT가 결정을 내리지 않아 계약이 결렬됐다고 선언했다.", {"kt"}),
])
def test_abstentions_and_speakers_are_not_who_left(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


def test_a_partner_named_with_wa_before_a_headlines_deal_is_for_the_other_readings(tmp_path: Path) -> None:
    """'카카오, … 네이버와 협업 중단': the topic ended the work with the partner; the loose reading names no one."""
    assert "kakao" not in leavers(engine(tmp_path), "카카오, 한빛상사 내 네이버와 협업 중단")


@pytest.mark.parametrize(("body", "model"), [
    # the product is the subject of a launch told of itself, its maker the sentence before's
    ("카카오는 3분기 실적을 발표했다. 먼저, 한빛런이 내년 1분기 스팀에 글로벌 정식 출시될 예정이다.", "한빛런"),
    # the product named after the goal, as what is being readied
    ("카카오가 올해 여름 출시를 목표로 한빛M을 준비 중이다.", "한빛M"),
    # a common noun in that place names nothing
    ("카카오는 3분기 실적을 발표했다. 이 게임은 내년 1분기 출시될 예정이다.", None),
])
def test_a_hangul_name_launched_in_the_passive_or_readied_for_a_goal_is_the_product(tmp_path: Path, body: str,
                                                                                    model: str | None) -> None:
    assert {m for _, m, *_ in launches(engine(tmp_path), "한빛 소식", body)} == {model}


@pytest.mark.parametrize(("body", "expected"), [
    # a service given to another, named in the object, ended on a date
    ("KT는 네이버 실명계좌 발급과 원화 입출금 서비스를 오는 28일 종료한다.", {"kt"}),
    # a contract scheduled to end (될 예정: a date set, not a plan weighed)
    ("한편 카카오는 한빛제약 백신 6개 품목의 계약이 오는 12월 31일부로 종료될 예정이라고 밝혔다.", {"kakao"}),
    # what a platform hosted for another: the one hosted is out, not the platform
    ("네이버는 카카오 시리즈·영화 콘텐츠 및 브랜드관 서비스를 종료한다고 밝혔다.", {"kakao"}),
    # its own service, a motion on terms: no exit
    ("카카오는 한빛톡 서비스를 오는 28일 종료한다.", set()),
    ("한빛조합이 카카오에서 공사를 10일 이상 중단하면 계약을 해지한다는 안건을 총회에 상정하기로 했다.", set()),
])
def test_the_loose_reading_of_services_given_to_another_and_scheduled_ends(tmp_path: Path, body: str,
                                                                             expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # 에서 marks institutions as the subject of what they did not apply for, and a list carries it
    ("한빛 소식", "다만 카카오, 네이버 등에서 해당 서비스를 신청하지 않아 소비자의 선택 폭이 제한될 전망이다.", {"kakao", "naver"}),
    # a watched name with the group's word glued on is still the subject
    ("한빛 소식", "KT그룹이 28일 한빛제약그룹과의 통합 절차를 중단했다.", {"kt"}),
])
def test_subjects_marked_by_eseo_or_glued_to_group_are_who_left(tmp_path: Path, title: str, body: str,
                                                                 expected: set[str]) -> None:
    assert leavers(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize("body", [
    "카카오, 네이버, KT 등은 하위 등급을 받거나 명단에서 제외됐다.",  # one or the other, for each
    "한빛 집행위는 카카오와 네이버의 '한빛조약' 일괄 탈퇴를 권고했다.",  # urged, not done
    "한빛시와 카카오는 버스·도시철도 통합정기권 도입 등 서비스 개선 과제를 추진할 예정이다.",  # 정기권 holds no 기권
])
def test_either_or_urged_exits_and_words_that_hold_a_trigger_are_no_absence(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


def test_a_practice_of_ending_deals_is_no_exit(tmp_path: Path) -> None:
    body = "다만 카카오는 중간평가 결과 성과가 부진한 곳은 계약을 종료하고 신규 사업자로 교체하는 방식을 취하고 있다."
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize("body", [
    "미국의 주요 은행들이 기후변화 대응을 위한 '한빛 은행 연합'을 줄줄이 탈퇴했다.",
    "미국, 캐나다, 호주 은행들이 '한빛 은행 연합'에서 탈퇴한 반면, 아시아 은행들은 남기로 했다.",
])
def test_places_that_say_whose_banks_left_are_not_who_left(tmp_path: Path, body: str) -> None:
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  usa:\n    names: [미국]\n  upstage:\n")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛 소식", body)) if e.type == "absent_from"}
    assert "usa" not in found
    # the place itself leaving is still read
    alone = engine(tmp_path, watch).events(doc("한빛 소식", "미국이 '한빛 은행 연합'에서 탈퇴했다."))
    assert "usa" in {e.entity for e in alone if e.type == "absent_from"}


@pytest.mark.parametrize(("body", "expected"), [
    # a body that speaks for the organisation ("…협의회 비상대책위원회는") carries its particle
    ("카카오와 네이버 비상대책위원회는 '한빛협의체'에 참여하지 않겠다고 밝혔다.",
     {("kakao", "한빛협의체"), ("naver", "한빛협의체")}),
    # broadcast rights handed back
    ("지난 2016년 중계권을 확보한 카카오는 적자를 견디지 못해 스스로 한빛리그 중계권을 반납했다.", {("kakao", "한빛리그 중계권")}),
    # '…를 앞섰다' after a tender told the sentence before: the rivals outscored lost it
    ("KT는 21일 이동통신 3사가 맞붙은 한빛선 LTE-R 입찰에서 최종 사업자로 선정됐다. KT는 기술 점수에서 86.4점을 획득, 각각 "
     "83.1점과 82.4점을 받은 네이버와 카카오를 앞섰다.", {("naver", "한빛선 LTE-R 입찰"), ("kakao", "한빛선 LTE-R 입찰")}),
    ("카카오는 매출에서 네이버와 KT를 앞섰다.", set()),  # no contest: a race
    # those who applied for a licence, weighed, and the one chosen
    ("한빛관세청은 신규특허를 신청한 카카오와 네이버에 대한 평가를 통해 한빛공항 면세점 사업자로 카카오를 선정했다.",
     {("naver", "한빛공항 면세점 사업자")}),
    # those weighed, told with a copula: they lost what the winners were chosen as, not the stage
    ("한빛거래소는 카카오와 KT를 OCIO 우선협상대상자로 선정했다. 정성평가 대상자는 카카오, 네이버, KT, 업스테이지 4개 증권사였다.",
     {("naver", "OCIO 우선협상대상자"), ("upstage", "OCIO 우선협상대상자")}),
])
def test_contests_and_rights_as_round_29_told_them(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # '…를 제치면서': the one beaten, in a selection
    ("한빛공단 OCIO 선정에서 카카오가 네이버를 제치면서 관심이 쏠리고 있다.", {"naver"}),
    # a consortium named by its lead with its members in brackets entered as a whole
    ("공모에는 KT 컨소시엄(두리정보, 한빛상사)과 '카카오 컨소시엄'(세움, 누리)이 참여해 제안서를 평가받았다. "
     "한빛시는 KT 컨소시엄을 교통카드시스템 우선협상대상자로 선정했다.", {"kakao"}),
    # the owner of a quoted subject did not enter it
    ("지난해 출시된 카카오의 ‘한빛2M’은 강력한 수상 후보작으로 꼽혔지만 내부 사정으로 이번 '한빛 게임대상'에 출품하지 않았다.",
     {"kakao"}),
])
def test_rivals_beaten_consortia_by_their_lead_and_entries_not_made(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # votes told of each rival apart, and of a rival in an adnominal clause, beside the winner
    ("총회에는 조합원 908명 가운데 760명이 참석했고, 카카오는 410표를 얻어 시공사로 선정됐다. 경쟁을 벌인 네이버는 342표를 받았다.",
     {"naver"}),
    ("카카오는 1333표를 얻으며, 418표를 얻은 기호 1번 네이버와 큰 표 차이로 시공사로 선정됐다.", {"naver"}),
    # each rank given a role of its own: nobody lost
    ("한빛도는 금고지정심의위원회 결과에 따라 1순위 카카오를 제1금고로, 2순위 네이버를 제2금고로 지정 공고했다.", set()),
    # a selection cancelled, a member expelled by a body no rule watches
    ("한빛조합은 25일 전체회의를 열고 시공사 카카오 선정 취소 안건을 가결했다.", {"kakao"}),
    ("한빛평의회가 16일(현지시간) 카카오를 공식 제명했다.", {"kakao"}),
    # proposals, conditions, futures, weighings, matters about an exit, people withdrawn, another's act after a join
    ("카카오는 13일 한빛노조를 탈퇴하고 기업형 노조로 전환하자는 총회 소집 요구 건을 접수했다.", set()),
    ("총회를 거쳐 탈퇴가 확정되면 카카오는 한빛노조 가입 4년 만에 다시 기업형 노조가 된다.", set()),
    ("트럼프 대통령은 \"카카오가 조약을 따르지 않았고 그들이 따를 때까지 우리는 한빛조약에서 빠질 것\"이라고 말했다.", set()),
    ("대우노조, 한빛노조 탈퇴 본격 검토", set()),
    ("외무부는 카카오의 한빛조약 탈퇴와 관련한 내부 절차 개시를 선언하도록 권한을 위임받았다.", set()),
    ("한빛공원 조합, 카카오 등이 홍보 요원 전원을 철수하는 등 5가지 내용을 담은 합의서를 맺었다.", set()),
    ("한빛청 장관이 이날 한빛조약 탈퇴를 공식 선언한 데 이어 네이버도 \"조약의 효력이 중단됐다\"고 발표했다.", set()),
])
def test_round_30s_votes_ranks_expulsions_and_exits_not_yet_made(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


def test_a_selections_stage_is_not_what_its_losers_sought(tmp_path: Path) -> None:
    """'정성평가 대상자는 …': the stage they were weighed at is no group, even where the article names it most."""
    body = ("한빛거래소 OCIO 우선협상대상자에 카카오와 KT가 선정됐다. 정성평가 대상자는 카카오, 네이버, KT 3개 증권사였다. "
            "정성평가는 지난달 진행됐다. 정성평가 결과는 공개되지 않았다.")
    found = absences(engine(tmp_path), "한빛 소식", body)
    assert {entity for entity, _ in found} == {"naver"}
    assert all("정성평가" not in (group or "") for _, group in found)


@pytest.mark.parametrize(("body", "expected"), [
    # a name no rule watches listed after 와 keeps the list going
    ("카카오와 비자, 네이버를 비롯해 한빛페이 등 결제업체들이 한빛협회를 탈퇴하기로 했다.",
     {("kakao", "한빛협회"), ("naver", "한빛협회")}),
    # owners listed each with its brand ended a deal with another (no deal between them)
    ("카카오 '한빛머니', 네이버 '달빛캐시', KT '별빛결제'는 지난해 9월 누리페이 제휴를 종료했다.",
     {("kakao", "누리페이 제휴"), ("naver", "누리페이 제휴"), ("kt", "누리페이 제휴")}),
    # a role whose holder changed: a date before the old holder, the owner told with 의; the role after the new holder
    ("한빛마트의 독점 카드사가 24일부터 기존 카카오에서 네이버로 바뀐다.", {("kakao", "한빛마트의 독점 카드사")}),
    ("한빛거래소는 카카오에서 KT로 원화 입금 은행을 변경한다.", {("kakao", "원화 입금 은행")}),
    # the owner of the hurdle, named with 의, is not who failed it
    ("네이버가 투자한 보관 기업 카카오가 한빛원의 가상자산 사업자 심사 문턱을 넘지 못했다.", {"kakao"}),
])
def test_round_21s_lists_brands_roles_and_hurdles(tmp_path: Path, body: str, expected: set[object]) -> None:
    found = absences(engine(tmp_path), "한빛 소식", body)
    assert (found if all(isinstance(e, tuple) for e in expected) else {entity for entity, _ in found}) == expected


def test_members_gone_from_a_council_told_as_a_list_or_as_quitting(tmp_path: Path) -> None:
    """'A, B 등이 떠났다' after the council is told; '…를 그만뒀다'; and the members' owner is not who left."""
    body = ("한빛체인은 한빛협의회라는 독특한 의사결정 기구를 두고 있다. 과거 대기업들이 한빛협의회 구성원으로 참여했다. "
            "지난해부터 카카오(Kakao), 네이버 등이 떠났다. 지난주에는 KT가 한빛협의회를 그만뒀다.")
    assert leavers(engine(tmp_path), "한빛 소식", body) == {"kakao", "naver", "kt"}
    assert absences(engine(tmp_path), "한빛 소식", "업스테이지의 한빛협의회 구성원들이 잇따라 이탈하고 있다.") == set()
    assert absences(engine(tmp_path), "한빛 소식", "카카오는 회사를 그만뒀다.") == set()


@pytest.mark.parametrize("body", [
    # the line-up is those who passed a stage; the winner was told first, by a longer name no rule watches
    "한빛공단은 한빛기금 주간운용사로 별빛자산운용을 선정했다. 카카오, 별빛, 네이버, KT 등 4개 운용사가 1차 자격심사를 통과했던 바 있다.",
    # the stage passed, told in an adnominal clause
    "평가위원회는 1차 자격심사를 통과한 카카오·네이버·KT·별빛을 대상으로 2차 기술평가를 실시했다. 최고점을 받은 별빛자산운용이 "
    "한빛기금 주간운용사 우선협상대상자로 선정됐다.",
    # the rivals named before 간 'N파전'
    "한빛공단은 한빛기금 주간운용사 우선협상대상자로 업스테이지를 선정했다. 업스테이지, 카카오, 네이버, KT 등 대형 증권사 간 '4파전' "
    "속에서 최종 이름을 올렸다.",
])
def test_a_stage_passed_or_a_fight_among_rivals_lines_them_up_for_the_choice(tmp_path: Path, body: str) -> None:
    found = absences(engine(tmp_path), "한빛 소식", body)
    assert {entity for entity, _ in found} == {"kakao", "naver", "kt"}
    assert all("자격심사" not in (group or "") for _, group in found)


@pytest.mark.parametrize(("body", "expected"), [
    # a joint venture's stake sold, the venture named with a gloss, with 'about', or itself watched
    ("카카오는 합작 투자사인 네이버에 공동 운영하던 '한빛분리막'(HBS) 지분 50%를 매각했다고 밝혔다.", {("kakao", "한빛분리막")}),
    ("KT가 네이버와의 합작법인(JV) ‘한빛클라우드’에 대한 지분 전량을 네이버에 매각한 것이다.", {("kt", "한빛클라우드")}),
    ("KT가 네이버와 합작 설립한 택시 플랫폼 한빛택시(HT) 지분을 전량 매각한다.", {("kt", "한빛택시")}),
    # the buyer's side: the holder named right before its stake
    ("네이버가 KT와 합작 설립한 한빛택시(HT)의 KT 지분을 전량 인수한다고 발표했다.", {("kt", "한빛택시(HT)")}),
    # ('A의 B 지분' is also A's stake in B: read as the holder B only in a report of a joint venture)
    ("네이버는 한빛택시의 KT 지분을 전량 인수했다고 밝혔다.", set()),
    # a sale decided with no buyer yet is a plan
    ("카카오는 합작사인 한빛택시 지분 19.9%를 모두 매각하기로 했다고 밝혔다.", set()),
])
def test_joint_venture_stakes_sold_whole_or_bought_from_the_holder(tmp_path: Path, body: str,
                                                                   expected: set[tuple[str, str]]) -> None:
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-taxi:\n    names: [한빛택시]\n", 1)
    assert absences(engine(tmp_path, watch), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # three names or more listed as the subject of a contest's sentence are its line-up, whatever the verb
    ("한빛기금 운용사 선정 절차에서 운용사 3곳(카카오·네이버·KT)이 최종 후보로 남았다. "
     "한빛기금은 별빛자산운용을 운용사로 최종 선정했다.", {"kakao", "naver", "kt"}),
    # but not those who made the list, nor a list in the dative, nor a place before a name
    ("한빛기금 우선협상대상자에 카카오, 네이버, KT가 이름을 올렸다. 한빛기금은 별빛자산운용을 운용사로 최종 선정했다.", set()),
    ("조달청은 카카오, 네이버, KT에 입찰 담합으로 제재를 결정했다. 한빛기금은 별빛자산운용을 운용사로 최종 선정했다.", set()),
])
def test_a_list_of_three_in_a_contest_is_its_line_up(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # two names with the count of those who stood, then a choice among them
    ("한빛시 금고 제안서는 카카오와 네이버 2곳만 제출했다. 심의위원회 평가 결과 카카오가 한빛시 금고로 선정됐다.", {"naver"}),
    # the count before the bracketed names, told in two kinds
    ("정량평가를 통과한 업체는 4곳이었다. 운용사 2곳(카카오·네이버)과 증권사 2곳(KT·업스테이지)이었다. "
     "4곳을 대상으로 발표 심사를 진행해 한빛기금 우선협상대상자로 카카오와 KT를 선정했다.", {"naver", "upstage"}),
    # but not those counted as the chosen, nor partners who bid together
    ("한빛기금 우선협상대상자에 카카오와 네이버 등 2곳이 이름을 올렸다. 한빛기금은 두 곳과 협상을 시작한다.", set()),
    ("한빛시 사업 입찰에 카카오, 네이버, KT 등 3개사가 컨소시엄을 꾸려 참여했다. 카카오 컨소시엄이 우선협상대상자로 선정됐다.",
     set()),
    ("한빛시 사업 입찰에 카카오와 네이버 등 2곳이 각각 컨소시엄을 꾸려 참여했다. 카카오 컨소시엄이 우선협상대상자로 선정됐다.",
     {"naver"}),
    # a count after the names' particle counts something of theirs
    ("한빛시는 데이터센터 부지 공모 결과를 발표했다. 카카오와 네이버는 각각 3곳의 부지를 후보로 두고 있다. "
     "한빛시는 KT를 한빛시 데이터센터 사업자로 선정했다.", set()),
])
def test_names_listed_with_the_count_of_those_who_stood_are_the_line_up(tmp_path: Path, body: str,
                                                                        expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a show quoted with its short form in brackets is named by both
    ("카카오는 다음 달 열리는 '한빛 가전 박람회(HEF 2025)'에 참가하지 않기로 했다.",
     {("kakao", "한빛 가전 박람회(HEF 2025)")}),
    # an aside in words in the brackets is no part of the name
    ("카카오는 '한빛AI추진협의회(한빛협회 산하)'에 이름을 올리지 못했다.", {("kakao", "한빛AI추진협의회")}),
    # a stage or a year of a programme inside its name, after a name word, is read whole
    ("최근 진행된 차세대 한빛정보시스템 2단계 유지·관리 사업 입찰에 네이버와 KT가 참여해 KT가 우선협상대상자로 선정됐다.",
     {("naver", "차세대 한빛정보시스템 2단계 유지·관리 사업")}),
    ("한빛 클라우드 전환 2차연도 사업 입찰에서 카카오가 탈락했다.", {("kakao", "한빛 클라우드 전환 2차연도 사업")}),
    # whose it is, told with 의, names it too; an owner that is an organisation makes it no team named after one
    ("한빛체인의 운영 위원회(OC)에서 카카오와 KT가 잇따라 탈퇴했다.",
     {("kakao", "한빛체인 운영 위원회"), ("kt", "한빛체인 운영 위원회")}),
    # a generic or a time word before 의 is nobody's
    ("카카오는 올해의 한빛AI연합 재공모에 불참했다.", {("kakao", "한빛AI연합")}),
])
def test_group_names_read_whole_through_brackets_and_stages(tmp_path: Path, body: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what the winner kept or took is what the one it beat lost
    ("업스테이지가 카카오와 KT를 제치고 한빛역사 수성에 성공했다.", {("kakao", "한빛역사"), ("kt", "한빛역사")}),
    # '최대어' (the biggest deal) is no part of the name it praises
    ("업스테이지는 올해 최대어 한빛공항 광고사업권 입찰에서 KT를 제쳤다.", {("kt", "한빛공항 광고사업권")}),
])
def test_round_32s_won_objects_and_words_before_names(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


def test_a_line_up_still_standing_has_lost_nothing_yet(tmp_path: Path) -> None:
    """Though the one who pulled out chose something earlier ('낙점했다' is no win over the line-up)."""
    body = ("업스테이지는 앞서 LG AI연구원과 함께 보조경기장으로 한빛대 체육관을 낙점했다. 업스테이지는 한빛 e스포츠 경기장 "
            "공모에 참여하지 않기로 했다. 카카오, 네이버, KT 등이 한빛 e스포츠 경기장 공모에 참여하는 것으로 알려졌다.")
    assert leavers(engine(tmp_path), "업스테이지, e스포츠 경기장 공모 불참", body) == {"upstage"}


@pytest.mark.parametrize("body", [
    # an adnominal trigger describing unnamed companies: the body named in the next clause is not them
    "충전 로밍 협약에 참여하지 않은 업체는 23곳인데 카카오는 참여를 독려할 계획이다.",
    # money leaving is no organisation leaving
    "카카오가 견인 정책을 지속적으로 변경하고 견인 업체가 킥보드를 과도하게 견인해 매출의 10~20%가 견인료로 빠져나가는 등 "
    "수익성도 지속 악화했다. 한빛킥보드는 공유 킥보드 서비스를 접는다.",
    # an organisation's customers left out are not the organisation
    "한빛그룹이 금융 앱 '한빛페이'를 출시한 가운데 경쟁사 카카오의 '카카오폰' 사용자를 따돌리고 있다는 불만이 속출하고 "
    "있다. 한빛페이 전용 상품·서비스는 안드로이드에서만 열린다.",
])
def test_round_32s_absences_that_are_not_there(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == set()


def test_a_role_the_report_names_bare_is_named_by_its_owner_once_given(tmp_path: Path) -> None:
    """'주간운용사' alone is any fund's: the report names whose once ('한빛보험기금 주간운용사'), and that is the group."""
    body = ("한빛보험기금 주간운용사 공모는 지난달 시작됐다. 주간운용사 선정에는 카카오, 네이버, KT가 참여했다. 주간운용사 "
            "평가는 지난주 진행됐다. 업스테이지가 주간운용사로 최종 선정됐다. 주간운용사는 5년간 기금을 굴린다.")
    found = absences(engine(tmp_path), "업스테이지, 주간운용사 선정", body)
    assert found == {("kakao", "한빛보험기금 주간운용사"), ("naver", "한빛보험기금 주간운용사"), ("kt", "한빛보험기금 주간운용사")}


@pytest.mark.parametrize("body", [
    # a show entry planned, told in the past: a show entry is no launch date, planned then or now
    "카카오는 올해 MWC에서 상반기 전략 스마트폰 K1, K2 등을 공개할 계획이었다.",
    # a guess that a launch moved, whoever makes it, is no date the maker gave
    "카카오 K폴드 출시가 미뤄진다. 한빛리뷰는 “카카오 K폴드의 출시 일자가 11월로 연기된 것 같다. 부품 수급이 원인”이라고 했다.",
])
def test_plans_that_were_and_guesses_are_no_launch_dates(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "한빛 소식", body) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a two-way race told as the pair's 2파전, then the winner
    ("카카오, 한빛은행 상담 사업자로", "카카오와 네이버의 2파전으로 치러진 '한빛은행 AI 상담 플랫폼 구축 사업'에서 카카오가 최종 "
     "사업자로 선정됐다.", {"naver"}),
    # 각축 without 전
    ("한빛 메타버스 사업, KT 품으로", "네이버와 KT가 각축을 벌인 '한빛 메타버스 플랫폼 구축 사업'의 우선협상대상자로 KT가 "
     "선정됐다.", {"naver"}),
    # a headline: the three-way race, then the one chosen of them
    ("한빛 AI 허브 사업자, KT·네이버·카카오 3파전 끝에 KT 선정", "", {"naver", "kakao"}),
    # the rival described by the fight, after the winner was told
    ("업스테이지 컨소시엄, 공공 LLM 사업 따내", "업스테이지 컨소시엄이 '공공 LLM 구축 사업' 우선협상대상자로 최종 선정됐다. "
     "함께 경쟁을 벌인 KT 컨소시엄은 기술평가에서 밀렸다.", {"kt"}),
    # two consortia's head-to-head (맞대결), each named with its consortium
    ("'AI 교과서 플랫폼' 사업, 카카오 품에", "교육부가 추진한 'AI 교과서 플랫폼 구축 사업'은 카카오 컨소시엄과 KT 컨소시엄의 "
     "맞대결로 관심을 모았다. 평가 결과 카카오 컨소시엄이 더 높은 점수를 얻어 사업자로 선정됐다.", {"kt"}),
    # the one described by the fight is the winner itself: nobody lost that the report names
    ("KT, 한빛 AI 사업 따내", "치열한 경쟁을 벌인 KT 컨소시엄이 '한빛 AI 구축 사업' 우선협상대상자로 최종 선정됐다.", set()),
])
def test_rivals_told_by_the_fight_itself_lost_to_the_one_chosen(tmp_path: Path, title: str, body: str,
                                                                expected: set[str]) -> None:
    """A contest told by how the rivals fought (N파전, 각축, 맞대결, '경쟁을 벌인 B'), with no word of losing: whoever
    fought and was not chosen lost. Written for formats the real rounds had not shown, to be measured on a round
    pulled after (LABELLING.md, round 33)."""
    assert leavers(engine(tmp_path), title, body) == expected


def test_the_role_told_before_the_winner_is_what_the_rivals_lost(tmp_path: Path) -> None:
    """'…운영사로 B 컨소시엄을 선정했다': the role comes first and the winner between it and the verb; it is what the
    other entrant lost as much as in '…B 컨소시엄을 운영사로 선정했다'."""
    body = "카카오 컨소시엄과 네이버 컨소시엄이 입찰에 참여했다. 한빛시는 교통관제 운영사로 네이버 컨소시엄을 선정했다."
    # (by the owner the headline gives it: '한빛시 교통관제 운영사')
    assert absences(engine(tmp_path), "한빛시 교통관제 운영사 선정", body) == {("kakao", "한빛시 교통관제 운영사")}


def test_an_entrants_consortium_is_not_what_the_entrants_stood_for(tmp_path: Path) -> None:
    """The report names the winner's consortium most (a watched name of its own, 'LG 컨소시엄' in the real report), but
    what the two consortia stood for is the selection it names: the loser is out of that."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-consortium:\n    names: [한빛 컨소시엄]\n", 1)
    body = ("한빛교육청이 학생용 태블릿 보급사업 우선협상대상자를 선정했다. 교육청이 밝힌 우선협상대상자는 한빛정보가 이끄는 "
            "한빛 컨소시엄이다. 한빛 컨소시엄은 한빛정보와 별빛시스템이 절반씩 출자했다. 입찰에 참여한 2개 컨소시엄(한빛 "
            "컨소시엄과 KT 컨소시엄) 가운데 심사를 거쳐 한빛 컨소시엄이 선정됐다. 교육청은 다음 달 한빛 컨소시엄과 계약한다.")
    assert absences(engine(tmp_path, watch), "", body) == {("kt", "학생용 태블릿 보급사업 우선협상대상자")}


def test_consortia_glued_to_their_leads_name_entered_the_contest_the_winner_won(tmp_path: Path) -> None:
    """'NH투자증권컨소시엄, 한국투자증권컨소시엄 … 등 4곳이 경쟁을 펼쳤다': each consortium glued to its lead's name is
    that company's bid; and entrants told as consortia ('공모에는 A 컨소시엄과 B·C 컨소시엄 두 곳이 참여했었다') are rivals,
    not members joining one bid ('A 컨소시엄에는 B도 참여했다')."""
    glued = ("업스테이지컨소시엄이 한빛시 물류단지 조성 사업을 맡을 우선협상대상자에 선정됐다. 제안서는 업스테이지컨소시엄과 "
             "카카오컨소시엄, 네이버컨소시엄 세 곳이 제출했다.")
    assert {e for e, _ in absences(engine(tmp_path), "", glued)} == {"kakao", "naver"}
    told_first = ("한빛시는 '한빛역세권 복합개발' 민간사업자로 업스테이지 컨소시엄을 선정했다. 지난달 마감한 공모에는 "
                  "업스테이지 컨소시엄, 그리고 카카오·네이버 컨소시엄이 제안서를 냈다.")
    assert {e for e, _ in absences(engine(tmp_path), "", told_first)} == {"kakao", "naver"}
    members = "한빛시 복합개발 민관협력사업자로 업스테이지 컨소시엄이 선정됐다. 업스테이지 컨소시엄에는 카카오와 네이버도 참여했다."
    assert absences(engine(tmp_path), "", members) == set()


def test_a_deal_of_two_that_ends_leaves_both_out_of_it(tmp_path: Path) -> None:
    """'B는 A와 판매 계약을 종료하고 직진출했다': nobody dropped anybody, and each is out of the deal named after the other
    (the distributor that lost the brand is the news for its watchers, the brand that left for the brand's)."""
    body = "한빛패션은 올봄 카카오와의 판매 계약을 종료하고 직접 매장을 열기로 했다."
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-fashion:\n    names: [한빛패션]\n", 1)
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("한빛패션 소식", body)) if e.type == "absent_from"}
    assert found == {("kakao", "한빛패션 판매 계약"), ("hanbit-fashion", "카카오 판매 계약")}


def test_a_consortium_named_after_a_watched_company_takes_its_lead_out_with_it(tmp_path: Path) -> None:
    """'카카오 컨소시엄' is watched on its own, and so is 카카오: what the consortium lost, its lead's bid lost. Read with
    the consortium named after the winner, glued or spaced, as the winner's own bid (not a rival)."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  kakao-consortium:\n    names: [카카오 컨소시엄]\n"
                                                   "  kt-consortium:\n    names: [KT 컨소시엄]\n", 1)
    body = ("한빛도시공사가 '한빛호수 주변 개발사업'을 맡길 우선협상대상자로 KT(업스테이지·한빛건설) 컨소시엄을 선정했다. "
            "경쟁에는 KT컨소시엄, 카카오컨소시엄, 네이버컨소시엄이 뛰어들었다.")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("", body)) if e.type == "absent_from"}
    assert found == {"kakao-consortium", "kakao", "naver"}


def test_a_place_before_a_company_is_whose_it_is_not_who_ended_the_deal(tmp_path: Path) -> None:
    """'미국 캘러웨이 본사는 한국에서 직접 … 한성에프아이와의 계약을 종료했다': neither the country before the name nor the
    country the business is in left the deal."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  korea:\n    names: [한국]\n  usa:\n    names: [미국]\n", 1)
    body = "미국 한빛골프 본사가 한국에서 직접 옷을 팔겠다고 나서면서 카카오와의 라이선스 계약을 종료했다."
    found = {e.entity for e in engine(tmp_path, watch).events(doc("", body)) if e.type == "absent_from"}
    assert found == {"kakao"}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the runner-up named after the role, in a headline with no verb
    ("한빛역세권 개발 우선협상자에 '업스테이지 컨소시엄'", "한빛철도, 차순위협상자로 ‘카카오㈜ 컨소시엄’\n심사 끝에 "
     "업스테이지 컨소시엄이 '한빛역세권 개발사업' 우선협상자로 선정됐다.", {"kakao"}),
    # the runner-up told as having become it: no win, though the role holds 협상대상자
    ("한빛역세권 개발 우선협상자 선정", "한빛철도는 '한빛역세권 개발사업' 우선협상자로 업스테이지 컨소시엄을 선정했다. 카카오 "
     "컨소시엄은 차순위 협상대상자가 됐다.", {"kakao"}),
    # entrants told in the order the jury scored them, the winner told first
    ("한빛 영상단지 개발, 업스테이지 1위", "업스테이지 컨소시엄이 1위로 '한빛영상단지 복합개발' 우선협상대상자에 선정됐다. "
     "뒤를 이은 점수는 카카오 컨소시엄이 81.5, 네이버 컨소시엄이 77.2 순이었다.", {"kakao", "naver"}),
])
def test_runners_up_and_those_scored_below_the_winner_lost(tmp_path: Path, title: str, body: str,
                                                          expected: set[str]) -> None:
    """'차순위 협상대상자' is the second place of a tender, not a win; a list told '… 순이었다' with scores is the line-up
    in the order it was scored."""
    assert leavers(engine(tmp_path), title, body) == expected


def test_the_contract_ended_for_a_partner_told_with_에_대한_is_the_partners(tmp_path: Path) -> None:
    """'A코리아는 네이버와 카카오의 … 딜러로 운영해오던 B에 대한 계약 해지를 통보': 와 joins the two brands, it does not name
    a partner; the one the contract was ended for (B에 대한) is out."""
    body = "한빛코리아는 지난주 네이버와 KT 차량을 팔던 카카오에 대한 계약 해지를 통보했다."
    assert leavers(engine(tmp_path), "딜러 계약 해지", body) == {"kakao"}


@pytest.mark.parametrize(("body", "expected"), [
    # a contract not renewed, told of the one whose contract it was
    ("카카오는 '한빛 상표권' 입찰에 다시 도전했지만 재계약에 성공하지 못했다.", {"kakao"}),
    ("계약이 끝난 지 반년이 넘도록 카카오는 한빛그룹 측과 연장 계약을 체결치 않았다.", {"kakao"}),
    # parting (결별) leaves both sides out; told as a noun, and of the one an adnominal 결별한 describes
    ("3년간 한국 사업을 대행해 온 카카오와의 결별이다.", {"kakao"}),
    ("네이버와 결별한 카카오는 새 브랜드를 찾고 있다.", {"kakao", "naver"}),
    # the subject of a clause describing what failed is not what failed
    ("카카오와 네이버가 정리한 채널 모두 유료방송 3사와의 재계약에 실패했다.", set()),
])
def test_contracts_not_renewed_and_partings(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'재계약에 성공하지 못했다', '연장 계약을 체결치 않고', '…와의 결별이다', '…와 결별한 B': a deal that ends however it
    is told; and 'A가 매각한 채널 모두 … 실패': A sold the channels, it did not fail."""
    assert leavers(engine(tmp_path), "계약 소식", body) == expected


def test_names_taken_off_a_list_are_out_of_it(tmp_path: Path) -> None:
    """'국내 증권사 중에선 A, B 등이 이름을 내렸고': off the list the report names (not '이름을 올렸다', on it)."""
    body = "한빛연금이 새로 짠 '2025년 거래증권사' 명단에서 카카오와 네이버는 이름을 내렸고 KT는 새로 이름을 올렸다."
    assert leavers(engine(tmp_path), "거래증권사 발표", body) == {"kakao", "naver"}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a display technology names the set it is in: the launch is of the TV or monitor
    ("", "네이버는 오는 9월 QD-OLED TV를 출시할 계획이다.", ("naver", "QD-OLED TV", "2024-09", "month", True, "planned")),
    ("", "카카오는 3분기 중 미니LED 모니터를 선보인다.", ("kakao", "미니LED 모니터", "2024-Q3", "quarter", False, "planned")),
    # platforms listed are where a game comes out, not the game
    ("", "KT의 신작 게임 별빛전쟁2는 11월 21일 PS5, PC로 출시된다.", ("kt", "별빛전쟁2", "2024-11-21", "day", False, "planned")),
    ("", "KT는 별빛전쟁2를 11월 21일 PS5, PC 버전으로 출시한다.", ("kt", "별빛전쟁2", "2024-11-21", "day", False, "planned")),
    ("", "KT는 11월 21일 PS5, PC로 신작을 출시할 예정이다.", ("kt", None, "2024-11-21", "day", True, "planned")),
    # a title and its subtitle joined by a colon are one name
    ("", "카카오가 서비스하는 MMORPG 별빛:은하전쟁이 8월 1일 출시된다.",
     ("kakao", "별빛:은하전쟁", "2024-08-01", "day", False, "planned")),
    # out on the day of the report, whatever the tense (released includes that day); still ahead when told as 앞두고
    ("", "네이버가 15일부터 번역 앱 '한빛통역'을 정식 출시한다.", ("naver", "한빛통역", "2024-07-15", "day", False, "released")),
])
def test_launch_names_platforms_and_the_day_of_the_report(tmp_path: Path, title: str, body: str,
                                                         expected: tuple[object, ...]) -> None:
    """'QD-OLED TV' and '미니LED TV' are what launches, not 'OLED'; 'PS5, PC로 출시' says where a game comes out; '에곤:인페르나
    벨룸' is one name; a launch dated the day of the report is out that day (labels.yaml's convention for released)."""
    assert launches(engine(tmp_path), title, body) == {expected}


def test_a_round_up_of_next_years_cars_dates_the_launches_it_lists(tmp_path: Path) -> None:
    """'내년 … 10여대의 전기차 신차 출시를 앞두고 있다. 우선 A가 'X'를 선보인다. B도 'Y'를 선보인다': the lead's later year
    is the period of every launch listed after it, hedged when the industry tells it ('업계에 따르면')."""
    body = ("업계에 따르면 내년 국내 완성차 업체들은 10여대의 전기차 신차 출시를 앞두고 있다. 우선 카카오가 전용 플랫폼을 처음 "
            "적용한 '한빛EV'를 선보인다. 네이버도 소형 SUV를 기반으로 한 첫 전기차 '별빛카'를 선보인다.")
    assert launches(engine(tmp_path), "내년 전기차 신차", body) == {
        ("kakao", "한빛EV", "2025", "year", True, "planned"), ("naver", "별빛카", "2025", "year", True, "planned")}


def test_a_watched_venue_an_unveiling_is_held_at_is_not_who_unveils(tmp_path: Path) -> None:
    """'르노코리아는 13일 서울 광진구 워커힐호텔에서 … '필랑트'를 공개한다': a hotel some rule watches is where, not who."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-hotel:\n    names: [한빛호텔]\n").replace(
        "entity: [naver, kakao, lg-ai-research, kt, upstage]", "entity: [naver, kakao, lg-ai-research, kt, upstage, hanbit-hotel]")
    body = "카카오는 20일 서울 광진구 한빛호텔에서 신차 발표 행사를 열고 전기차 '별빛EV'를 공개한다고 15일 밝혔다."
    assert {e[0] for e in launches(engine(tmp_path, watch), "카카오 신차 공개", body)} == {"kakao"}


@pytest.mark.parametrize("body", [
    # what was offered until now, and is ending ('선보이던 X 운영을 중단한다')
    "카카오는 5년간 국내에 선보이던 수입 브랜드 '별빛' 운영을 이달 말 중단한다.",
    # a tender put out is no product ('공공사업을 내놓았다')
    "네이버가 차세대 통신망 운영사를 뽑는 대규모 공공사업을 15일 내놓았다.",
])
def test_what_used_to_be_offered_and_tenders_put_out_are_no_launch(tmp_path: Path, body: str) -> None:
    """'약 8년간 국내에 선보이던 끌로에 운영을 이달 말 중단한다' ends a business; '…를 선정하는 대규모 공공사업을
    내놓았다' puts out a tender: neither is a product launched on the sentence's date."""
    assert launches(engine(tmp_path), "소식", body) == set()


def test_who_won_an_earlier_round_can_lose_this_one(tmp_path: Path) -> None:
    """'지난해에는 A와 B가 … 위탁운용사로 선정됐지만': the sentence opens on an earlier year, so its winners are last
    year's; of those weighed this time, every one not chosen lost."""
    body = ("한빛연금은 네이버와 KT를 위탁운용사로 선정했다고 15일 밝혔다. 정성평가 대상자는 네이버, KT, 카카오, 업스테이지 "
            "4개사였다. 지난해에는 카카오와 네이버가 위탁운용사로 선정됐지만 성과 부진으로 1년 만에 교체됐다.")
    found = absences(engine(tmp_path), "한빛연금 위탁운용사에 네이버·KT", body)
    assert {entity for entity, _ in found} == {"kakao", "upstage"}


def test_the_finance_trades_word_hedges_a_plain_date(tmp_path: Path) -> None:
    """'3일 금융권에 따르면 토스뱅크는 이달 … 상품을 선보인다': 금융권 tells it as 업계 would; the date is hearsay."""
    body = "3일 금융권에 따르면 카카오는 이달 개인사업자 전용 대출 상품을 선보인다."
    assert launches(engine(tmp_path), "대출 상품", body) == {
        ("kakao", "개인사업자 전용 대출 상품", "2024-07", "month", True, "planned")}


def test_a_launch_decided_on_is_still_a_plan(tmp_path: Path) -> None:
    """'신한금융은 내년 여름 … 앱을 선보이기로 했다': 하기로 했다 tells a decision about the future, hedged as 계획 is
    (the real reports' labels; our own passage had it the other way and follows them now)."""
    body = "카카오는 은행과 카드 서비스를 한데 모은 '한빛앱'을 내년 여름 선보이기로 했다."
    assert launches(engine(tmp_path), "한빛앱", body) == {("kakao", "한빛앱", "2025-Q3", "season", True, "planned")}


@pytest.mark.parametrize("body", [
    "카카오의 '한빛연합' 탈퇴 시도가 끝내 무산됐다.",
    "조합원 다수가 찬성했지만 카카오의 '한빛연합' 탈퇴 시도가 결국 무산될 가능성이 커졌다.",
    "카카오가 '한빛연합' 탈퇴를 시도했지만 무산됐다.",
])
def test_an_attempt_to_leave_that_failed_leaves_nobody_out(tmp_path: Path, body: str) -> None:
    """'민노총 탈퇴 시도가 결국 무산될 가능성이 커졌다': the attempt failed (or is failing), so they stay in."""
    assert absences(engine(tmp_path), "탈퇴 시도", body) == set()


def test_a_companion_joined_by_와_함께_is_not_the_other_side_of_an_ended_deal(tmp_path: Path) -> None:
    """'선인자동차와 함께 국내에서 포드·링컨을 판매한 프리미어모터스의 계약이 해지됐다': 와 함께 says who sold alongside;
    it names no partner of the contract that ended, so the companion lost nothing."""
    body = "네이버와 함께 국내에서 한빛차를 판매한 카카오의 딜러 계약이 해지됐다."
    assert "naver" not in leavers(engine(tmp_path), "딜러 계약 해지", body)


@pytest.mark.parametrize(("body", "expected"), [
    # a distributor stopping another's brand is out of carrying it
    ("카카오는 오는 31일부터 '한빛맥주'의 국내 유통을 중단한다고 28일 밝혔다.", {("kakao", "한빛맥주의 국내 유통")}),
    ("카카오는 네이버의 국내 판매를 이달 말 종료한다.", {("kakao", "네이버의 국내 판매")}),
    # a pause is no exit, nor is a business of its own stopped with no brand named
    ("카카오는 한빛맥주의 국내 유통을 잠정 중단했다.", set()),
    ("카카오는 국내 사업을 중단한다.", set()),
])
def test_a_distributor_stopping_a_brand_is_out_of_carrying_it(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'골든블루는 오는 31일부터 칼스버그의 국내 유통을 중단한다', '신세계인터내셔날은 … 선보이던 끌로에 운영을 이달 말
    중단한다': the importer loses the brand's business (a deal of two that ends)."""
    assert absences(engine(tmp_path), "유통 중단", body) == expected


def test_those_weighed_as_the_selections_object_and_the_chosen_by_short_names(tmp_path: Path) -> None:
    """'…신청한 강릉시·원주시·평창군·양양군·고성군 등 5개 시·군을 대상으로 종합심의, 강릉·원주·양양 등 3곳을 선정했다':
    those '…을 대상으로' are the line-up, not the chosen; the chosen are named after it, by short names that open theirs."""
    body = ("한빛도는 29일 '관광거점도시' 공모를 신청한 카카오·네이버·KT·업스테이지 등 4개 기업을 대상으로 종합심의, "
            "카카오·KT 등 2곳을 선정했다.")
    assert absences(engine(tmp_path), "관광거점도시 후보", body) == {("naver", "관광거점도시 공모"), ("upstage", "관광거점도시 공모")}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("카카오, 네이버로부터 일방적 계약해지 당해", "", {("kakao", "네이버 계약")}),
    ("유통 계약", "카카오는 지난달 네이버 측으로부터 유통 계약 해지 통보를 받았다.", {("kakao", "네이버 유통 계약")}),
    # a case weighed, not a notice received
    ("유통 계약", "카카오는 네이버로부터 계약 해지 통보를 받을 경우 소송에 나설 방침이다.", set()),
])
def test_a_contract_ended_by_the_other_side_told_from_the_receivers_side(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    """'골든블루, 칼스버그로부터 일방적 계약해지 당해', '…측으로부터 계약 해지 통보를 받고': the receiver is out of the deal
    with who ended it."""
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # ranked below the one negotiated with: every member of those bids lost
    ("한빛시가 진행한 '한빛상품권 운영대행사 공모' 결과, 우선협상대상자로 카카오 컨소시엄을 선정했다. 협상적격자 1순위로 "
     "결정된 카카오 컨소시엄에 이어 2순위는 네이버-KT 컨소시엄, 3순위는 업스테이지 컨소시엄 순이다. 시는 협상을 거쳐 "
     "'운영대행 협약'을 맺을 예정이다.", {"naver", "kt", "upstage"}),
    # several chosen, ranked for the order they pick in: nobody lost
    ("한빛연금은 '한빛 수탁은행 공모'에서 우선협상대상자 3곳을 선정했다고 밝혔다. 협상대상자 1순위는 카카오, 2순위는 "
     "네이버, 3순위는 KT다. 공단은 협상을 거쳐 '수탁 협약'을 맺을 예정이다.", set()),
])
def test_bids_ranked_below_the_one_negotiated_with_lost(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'협상적격자 1순위로 결정된 A … 2순위는 B-C 컨소시엄, 3순위는 D-E 컨소시엄 순이다': B, C, D and E stood and lost;
    but '우선협상대상자 3곳을 선정 … 1순위는 A, 2순위는 B' ranks winners, and a treasury's second rank is a prize."""
    assert leavers(engine(tmp_path), "운영대행사 선정", body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a body described by what it is, without a head word of its own, and named again without its quotes
    ("투자자 모임 잇단 탈퇴", "카카오가 환경투자자 그룹인 '한빛행동50+'에서 탈퇴했다. 네이버와 KT도 이번주들어 "
     "환경투자자그룹에서 빠졌다.", {("kakao", "한빛행동50+"), ("naver", "한빛행동50+"), ("kt", "한빛행동50+")}),
    # a role a body chooses, named by the body that chooses it, after a size told of the body
    ("주거래은행 교체", "3조 원 이상인 한빛공제회의 주거래은행 선정에서 카카오가 고배를 마셨다.",
     {("kakao", "한빛공제회 주거래은행")}),
    # a person's job ending like a list ('애널리스트') is no list the article is about
    ("매각 우선협상", "한빛증권 매각 본입찰에 카카오, 네이버, KT가 참여했다. 한빛증권은 업스테이지를 우선협상대상자로 "
     "선정했다. 유명 애널리스트 출신 대표가 이끄는 업스테이지는 인수에 자신감을 보였다. 업스테이지는 유명 애널리스트 출신 "
     "대표가 세웠다.", {("kakao", "한빛증권 매각 본입찰"), ("naver", "한빛증권 매각 본입찰"), ("kt", "한빛증권 매각 본입찰")}),
    # '…는 게 업계 평가다': a bound noun and the industry's view, no evaluation anyone is out of
    ("올해 행사", "카카오와 네이버는 지난해와 달리 올해 인터배터리에 참여하지 않는 등 참여 기업의 위상이 낮아졌다는 게 업계 "
     "평가다.", {("kakao", "인터배터리"), ("naver", "인터배터리")}),
])
def test_a_groups_name_is_read_from_name_words_only(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    """Real reports put words before a head word that are no part of a name: a job ending like one ('유명 애널리스트'), a
    bound noun ('…는 게 업계 평가'), a rank ('세계 5대 자산운용사'), a size ('…원 이상인'), a body's name with 의 that
    ends like a meeting ('공제회의'). Read as names, they were what the alerts said the companies were out of."""
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize("text", [
    "유명 애널리스트 출신 대표가 이끄는 업스테이지는 인수에 자신감을 보였다.",
    "참여 기업의 위상이 낮아졌다는 게 업계 평가다.",
    "이제 세계 5대 자산운용사들 가운데 어떤 곳도 남지 않았다.",
    "자산 3조 원 이상인 한빛공제회의 회원은 80만명이다.",
])
def test_words_before_a_head_that_name_nothing(text: str) -> None:
    """A job, a bound noun, a rank, a size and a body's name with 의 are no group's name: read as one, the article's most
    mentioned 'group' was '유명 애널리스트', and an absence said so."""
    from rules.groups import group_mentions
    assert [m.group.name for m in group_mentions(text) if m.group.named] == []


def test_a_show_named_by_its_city_is_named_though_the_city_ends_like_a_particle(tmp_path: Path) -> None:
    """'상하이 모터쇼에 참석하지 않는다' in a report that names the association sending visitors more often: 상하이 ends
    like the particle 이, and read as one the show had no name, so the association became what the company skipped."""
    body = ("카카오는 다음 달 열리는 상하이 모터쇼에 참석하지 않는다. 카카오는 지난해에도 중국에서 열리는 모터쇼에 "
            "불참했다. 한빛자동차산업협회(KAIA)는 올해 상하이 모터쇼 참관단을 꾸렸다. 한빛자동차산업협회 회원사 12곳이 "
            "참관단에 들어갔다. 한빛자동차산업협회는 매년 참관단을 보낸다.")
    assert absences(engine(tmp_path), "상하이 모터쇼 불참", body) == {("kakao", "상하이 모터쇼")}


def test_the_previous_holder_of_a_role_names_no_group() -> None:
    """'직전 운용사인 네이버는': who held the role before, like '기존 운용사', is no name of the role."""
    from rules.groups import group_mentions
    assert [m.group.name for m in group_mentions("그동안 직전 운용사인 네이버는 KT와 경합을 벌여왔다.") if m.group.named] == []


@pytest.mark.parametrize("body", [
    # the subject fought the ones named with 와 to the end, and the verb after chose it
    "카카오는 네이버, KT와 경쟁한 끝에 '한빛사업' 우선협상대상자로 선정됐다.",
    "카카오 컨소시엄이 네이버 컨소시엄, KT 컨소시엄과의 경쟁에서 승리해 '한빛사업' 우선협상대상자로 선정됐다.",
    "카카오는 네이버·KT 컨소시엄과 맞붙어 '한빛사업'을 따냈다.",
    # the win told by other verbs: 낙찰, 뽑다, (A에게) 돌아가다
    "카카오, 네이버, KT가 '한빛사업' 입찰에 참여했고 카카오가 낙찰됐다.",
    "'한빛사업' 입찰은 카카오와 네이버, KT가 경합한 끝에 카카오에게 돌아갔다.",
    # the line-up told as a challenge, and the win after 'the while' of any adnominal
    "카카오·네이버·KT가 도전장을 낸 가운데 카카오가 '한빛사업' 사업자로 낙점됐다.",
    # the winner told first, as chosen for a project's role; the others entered after
    "카카오가 '한빛사업' 우선협상대상자로 뽑혔다. 이번 입찰에는 네이버와 KT도 참여했다.",
    "한빛시는 '한빛사업' 우선협상대상자로 카카오를 선정했다고 밝혔다. 이번 공모에는 네이버, KT 등 총 3개 컨소시엄이 "
    "제안서를 제출했다.",
    # the line-up in an adnominal clause: its subjects before it, or its list after it and the winner after 가운데
    "카카오, 네이버, KT가 참여한 '한빛사업' 입찰에서 카카오가 최고점을 받아 우선협상대상자로 선정됐다.",
    "한빛시는 제안서를 낸 카카오, 네이버, KT 가운데 카카오를 '한빛사업' 사업자로 뽑았다.",
    # the winner as a copula's complement, after a three-way race
    "'한빛사업' 수주전은 카카오와 네이버, KT의 3파전으로 펼쳐졌다. 최종 승자는 카카오였다.",
    # a headline's '…제쳐', its particle dropped
    "카카오, '한빛사업' 따내…네이버·KT 제쳐",
    # the shortlist the winner came from
    "'한빛사업' 심사에는 카카오와 네이버, KT가 최종 후보로 올랐다. 한빛시는 카카오를 최종 사업자로 선정했다.",
    # the role the winner became, told with 이/가 and 되다; and what it took, the topic of '가져갔다'
    "카카오 컨소시엄이 '한빛사업'의 우선협상대상자가 됐다. 입찰에는 네이버와 KT도 참여했다.",
    "'한빛사업'은 카카오가 가져갔다. 네이버와 KT도 입찰에 참여했다.",
    # the one winner told with 만, or as the one a licence was granted to (not the regulator that granted it), or as
    # whose victory it was
    "'한빛사업' 공모에는 카카오, 네이버, KT가 신청했다. 이 가운데 카카오만 선정됐고 나머지는 탈락했다.",
    "'한빛사업' 공모에 카카오와 네이버, KT가 신청했다. 한빛시는 카카오에만 사업권을 내줬다.",
    "'한빛사업'에는 카카오, 네이버, KT 등 3개 컨소시엄이 도전장을 냈다. 결과는 카카오 컨소시엄의 승리였다.",
    "'한빛사업' 공모에 카카오, 네이버, KT가 도전했다. 한빛시는 1곳만 사업권을 줬다. 카카오가 그 주인공이다.",
    # the contest's idioms: who smiled, a race told by a copula, a place that fell short, a right obtained
    "'한빛사업' 수주전에서 카카오가 웃었다. 카카오는 네이버, KT와 경쟁했다.",
    "'한빛사업' 수주전은 카카오와 네이버, KT의 3파전이었다. 카카오가 최종 승자가 됐다.",
    "'한빛사업' 입찰에서 네이버는 2위에 그쳤고 KT는 3위에 머물렀다. 사업은 카카오가 따냈다.",
    "카카오가 '한빛사업' 사업권을 획득했다. 이번 입찰에는 카카오를 포함해 네이버, KT 등 3곳이 참여했다.",
])
def test_a_contest_told_with_its_winner_only_in_the_common_ways(tmp_path: Path, body: str) -> None:
    """Half the test half's missed absences were contests told with the winner only: the losers are those the report
    lines up, and no word of losing is said of them. These are the common ways Korean reports tell such a contest,
    written to see which the detector read (it read half of 24); the ones it missed are pinned here."""
    assert absences(engine(tmp_path), "사업자 선정", body) == {("naver", "한빛사업"), ("kt", "한빛사업")}


def test_countries_beaten_in_a_headline_stand_for_their_industries(tmp_path: Path) -> None:
    """'…철도강국 프랑스,중국 제쳐': a headline's subject dropped, the countries beaten are no bidders."""
    assert absences(engine(tmp_path), "카카오, 한빛 전동차 수주…철도강국 프랑스,중국 제쳐") == set()


def test_a_role_describing_the_entrant_named_next_is_not_what_was_contested(tmp_path: Path) -> None:
    """'사모펀드(PEF) 운용사 KCGI를 우선협상대상자로 선정했다': the role right before a name describes who that is; what the
    others lost is what the winner was chosen as, and the runner-up's '차순위 협상 대상자' names nothing either."""
    body = ("한빛증권 최대주주는 사모펀드 운용사 카카오를 우선협상대상자로 선정했다고 밝혔다. 본입찰에는 카카오와 네이버, KT "
            "등 3곳이 참여했다. 사모펀드 운용사 네이버는 차순위 협상 대상자로 선정됐다. 사모펀드 운용사 KT는 가격을 가장 낮게 "
            "써냈다.")
    assert absences(engine(tmp_path), "한빛증권 매각", body) == {("naver", "우선협상대상자"), ("kt", "우선협상대상자")}
    from rules.groups import group_mentions
    assert [m.group.name for m in group_mentions("네이버는 차순위 협상 대상자로 선정됐다.") if m.group.named] == []


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("호텔 브랜드", "카카오 측 관계자는 \"9월부터 한빛호텔과 계약을 종료하기로 했다\"고 말했다.", {("kakao", "한빛호텔 계약")}),
    ("네이버, 실적 부진 카카오 총판 종료", "", {("kakao", "네이버 총판")}),
])
def test_a_deal_named_by_its_word_alone_is_named_by_the_other_side(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    """'…하얏트와 계약을 종료하기로 했다', '마세라티, 실적 부진 FMK 총판 종료': an alert that says the company is out of
    '계약' or '총판' says nothing; whose deal it was is the partner told with 와, or the one who ended it."""
    assert absences(engine(tmp_path), title, body) == expected


def test_a_part_for_a_product_planned_to_launch_launches_nothing(tmp_path: Path) -> None:
    """A chip 'to be fitted in the ○○ series and other products planned to launch in the second half': the plan
    is the phone's, told at some length, and the sentence is the chip's story, not its maker's launch."""
    body = "카카오의 3나노 공정을 적용한 '별빛 G5' 칩셋은 올해 하반기 출시될 예정인 한빛폰 10 시리즈 등 제품에 탑재됩니다."
    assert launches(engine(tmp_path), "칩 소식", body) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the committee's evaluation, the members' vote: where the winner was weighed, not what the beaten sought
    ("한빛시 금고 재선정", "카카오가 한빛시 금고지정심의위 평가에서 네이버를 제치고 한빛시 금고로 다시 선정됐다.",
     {("naver", "한빛시 금고")}),
    ("재건축 시공사 선정", "카카오가 5일 가람 현대아파트 재건축 시공사로 선정됐다. 카카오는 이날 열린 조합원 투표에서 "
     "과반을 얻어 경쟁사인 네이버를 제쳤다. 가람 현대아파트 재건축 사업에는 카카오와 네이버가 수주 경쟁을 벌였다.",
     {("naver", "가람 현대아파트 재건축 사업")}),
])
def test_an_evaluation_or_a_vote_is_no_group_sought(tmp_path: Path, title: str, body: str,
                                                    expected: set[tuple[str, str]]) -> None:
    """'심의위 평가', '사업계획서 평가', '조합원 투표', '소유주 전체회의' name the stage where a selection was made; an
    alert that says the loser is out of '조합원 투표' names nothing it sought."""
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an adverb ending like the particle 이 ('20년 가까이') is no side of the deal; the brand that ended it is
    ("한빛브랜드도 20년 가까이 손을 잡았던 카카오와 계약을 끝내고 올해 직접 진출한다.", {("kakao", "한빛브랜드")}),
    # the subject of a clause that only sets the scene ('…대호황이 도래하자') is no side either; '한빛골프 본사는' is
    ("하지만 골프 대호황이 도래하자 미국 한빛골프 본사는 카카오와의 계약을 종료했다.", {("kakao", "한빛골프")}),
])
def test_a_deal_ended_is_named_by_the_side_that_ended_it(tmp_path: Path, body: str,
                                                          expected: set[tuple[str, str]]) -> None:
    """A contract ended by its other side is named after that side; the reader took '가까' (of '가까이') and '대호황'
    (the subject of '…이 도래하자') for it."""
    assert absences(engine(tmp_path), "판권 계약 종료", body) == expected


def test_a_group_read_short_takes_the_owner_or_place_the_report_writes_before_it(tmp_path: Path) -> None:
    """'시내면세점 특허권 심사' where the loser is told, '서울 시내면세점 특허권 심사' once before: where the licence is
    tells one city's from another's, so the alert names it whole."""
    body = "관세청은 서울 시내면세점 특허권 심사 결과를 발표했다. 이번 시내면세점 특허권 심사에서 네이버가 탈락했다."
    assert absences(engine(tmp_path), "면세점 심사 결과", body) == {("naver", "서울 시내면세점 특허권 심사")}


def test_a_description_or_an_alliance_maker_is_no_part_of_a_group_name(tmp_path: Path) -> None:
    """Only an owner's or a place's name widens a group: '대형 유통업체 …' describes, and the company behind an alliance
    ('KT 리브라 협회') is not how the report names the alliance it keeps naming."""
    body = ("리브라 협회에서 카카오가 탈퇴했다. 대형 유통업체 네이버도 리브라 협회를 떠났다. KT 리브라 협회는 "
            "회원사가 줄었다.")
    assert absences(engine(tmp_path), "리브라 협회 탈퇴", body) == {("kakao", "리브라 협회"), ("naver", "리브라 협회")}


@pytest.mark.parametrize("body", [
    # the winning consortium's partners told after it, with the consortium as the topic or the place
    "한빛시는 '한빛사업' 우선협상대상자로 업스테이지 컨소시엄을 선정했다. 업스테이지 컨소시엄은 대표사인 업스테이지를 "
    "비롯해 네이버, KT 등 5개 법인이 참여했다. 이번 공모에는 업스테이지 컨소시엄과 카카오 컨소시엄이 참여했다.",
    "한빛시는 '한빛사업' 우선협상대상자로 업스테이지 컨소시엄을 선정했다. 컨소시엄에는 네이버와 KT가 시공사로 참여했다. "
    "이번 공모에는 업스테이지 컨소시엄과 카카오 컨소시엄이 참여했다.",
    # told in the clause that describes it, or by the part each plays in it
    "한빛시는 네이버와 KT 등이 구성원으로 자리한 업스테이지 컨소시엄을 '한빛사업' 우선협상대상자로 선정했다. 이번 공모에는 "
    "업스테이지 컨소시엄과 카카오 컨소시엄이 참여했다.",
    "'한빛사업' 공모에는 업스테이지와 카카오가 경쟁했으며, 한빛시는 업스테이지 컨소시엄을 최종 선택했다. 네이버와 KT가 "
    "자금 조달에 참여해 사업 안정성을 더했다.",
])
def test_the_winning_consortiums_partners_are_no_rivals(tmp_path: Path, body: str) -> None:
    """Round 35's first contact: fourteen false absences, nearly all the winning consortium's members, whose '참여했다'
    read as a line-up of rivals. Partners in one bid lost nothing to it; the other consortium did. ('최종 선택했다' names
    the winner as '선정했다' does.)"""
    assert absences(engine(tmp_path), "'한빛사업' 우선협상대상자 선정", body) == {("kakao", "한빛사업")}


def test_a_short_name_in_the_line_up_that_opens_the_winners_is_the_winners_bid(tmp_path: Path) -> None:
    """'롯데컨소시엄과 한화건설컨소시엄 …이 참여했다' when 롯데건설 컨소시엄 won: the line-up's short name is the winner's bid,
    not a loser of another organisation ('롯데' is an entity of its own)."""
    body = ("'한빛사업' 우선협상대상자로 카카오뱅크 컨소시엄이 선정됐다. 공모에는 카카오컨소시엄과 네이버컨소시엄이 참여했다.")
    assert absences(engine(tmp_path), "한빛사업 결과", body) == {("naver", "한빛사업")}


@pytest.mark.parametrize("body", [
    # the line-up as the scene of the win ('…이 뛰어든 가운데'), the win as a finding ('수주한 것으로 나타났다')
    "'한빛사업'에는 업스테이지와 카카오가 뛰어든 가운데 업스테이지가 간발의 차로 수주한 것으로 나타났다.",
    # those weighed, told as the object of the evaluation, the winners in a later sentence
    "한빛시는 '한빛사업' 공모에 응모한 업스테이지와 카카오를 대상으로 제안서 심의를 실시했다. 심의 결과 업스테이지가 1위를 "
    "차지했다.",
    # consortia joined across what each holds, and a business plan submitted as the entry
    "'한빛사업' 공모에는 네이버가 포함된 업스테이지 컨소시엄과 KT가 포함된 카카오 컨소시엄이 사업계획서를 제출했다. "
    "한빛시는 업스테이지 컨소시엄을 우선협상대상자로 선정했다.",
    # those who followed a winner no rule watches, in the scoring
    "'한빛사업' 평가에서 한빛건설컨소시엄이 1,011점을 받아 1위를 차지했다. 이어 카카오컨소시엄(915점)이 뒤를 이었다.",
])
def test_more_ways_a_contest_lines_up_its_entrants(tmp_path: Path, body: str) -> None:
    """Round 35's misses: the entrants told as the scene of the win, as the evaluation's object, as consortia each
    described by its members, or as those who followed the winner; the winner may be one no rule watches."""
    assert absences(engine(tmp_path), "'한빛사업' 결과", body) == {("kakao", "한빛사업")}


@pytest.mark.parametrize("stage", ["5개 항목 평가", "내부 심사", "종합 평가", "금고지정심의위 평가", "조합원 투표"])
def test_a_stage_of_a_selection_is_named_as_a_stage(stage: str) -> None:
    """Round 35: losers were named out of '항목 평가' (the items a treasury is scored on) and '내부 심사' (the jury's own
    review): where they were weighed, not what they sought."""
    from rules import lexicon as lx
    assert lx.STAGE_NAME.search(stage)


@pytest.mark.parametrize("body", [
    # a place where a game does well is no maker of its launch
    "대만과 일본이 좋은 성과를 보임에 따라, 오는 10일 출시하는 한국에서의 흥행에 관심이 쏠린다.",
])
def test_a_country_is_where_a_launch_happens_not_who_launches(tmp_path: Path, body: str) -> None:
    """A launch alert says who launches what when: a country the sentence names is where, not who."""
    assert launches(engine(tmp_path), "소식", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # the pool of candidates named by their kind after 등, in the clause before the win
    ("매각주관사는 카카오, 네이버 등 적격인수후보를 대상으로 '한빛사업' 본입찰을 진행했고, 카카오가 최종 인수자로 결정됐다.",
     {"naver"}),
    # the rivals listed with 등과
    ("'한빛사업' 우선협상대상자에 카카오가 선정됐다. 카카오는 네이버, KT 등과 경쟁한 끝에 최고가를 써냈다.", {"naver", "kt"}),
    # the others told with 도 after the winner, by the bid papers they handed in
    ("'한빛사업' 입찰에서 최고가를 써낸 카카오가 우선협상대상자로 선정됐다. 네이버와 KT 등도 입찰서를 냈지만 가격에서 밀렸다.",
     {"naver", "kt"}),
    # the rivals described by whom they fought, every one of the list after it
    ("'한빛사업' 우선협상대상자로 카카오가 선정됐다. 카카오와 경쟁한 네이버, KT 등은 차순위에 머물렀다.", {"naver", "kt"}),
    # a sale's winner told as the buyer: sold to it, negotiated with it, chosen (정했다) or granted the right to negotiate,
    # or acquiring
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. '한빛사업'은 카카오에 매각된다.", {"naver"}),
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. 매각 측은 카카오와 우선협상을 진행한다.", {"naver"}),
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. 매각 측은 카카오를 우선협상대상자로 정했다.", {"naver"}),
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. 매각 측은 카카오에 우선협상권을 부여했다.", {"naver"}),
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. 카카오가 '한빛사업'을 인수하게 됐다.", {"naver"}),
    ("'한빛사업' 본입찰에는 카카오와 네이버가 참여했다. '한빛사업'의 새 주인은 카카오로 결정됐다.", {"naver"}),
    # places that fell short, told as a list of ranks
    ("'한빛사업' 심사에서 카카오가 최고점을 얻었다. 네이버와 KT는 2, 3위에 그쳤다.", {"naver", "kt"}),
    # bidders described by where they come from and what they are, weighed before 결과 and the winner named after it
    ("매각 측은 카카오, 네이버, 미국계 사모펀드(PEF) 업스테이지 등 세 곳이 낸 '한빛사업' 인수제안서를 심사한 결과 카카오를 "
     "우선협상대상자로 선정했다.", {"naver", "upstage"}),
    # the winner's partners named before "와 컨소시엄을 맺고" are in its bid; "A를 제외한 2곳은 모두 사모펀드다" says what the
    # others are, not that A is out
    ("카카오는 네이버·KT 등 사모펀드 운용사와 컨소시엄을 맺고 '한빛사업' 입찰에 참여했다. 입찰에는 카카오를 비롯해 업스테이지, "
     "LG AI연구원 등 3곳이 지원했고 카카오가 우선협상대상자로 선정됐다. 카카오를 제외한 2곳은 모두 사모펀드다.",
     {"upstage", "lg-ai-research"}),
])
def test_a_sale_told_with_its_winner_and_the_other_bidders(tmp_path: Path, body: str, expected: set[str]) -> None:
    """Sales and takeovers told the way contests are: the candidates as a pool named by their kind, rivals with 등과,
    the other bidders with 도 after the winner. The losers are the named bidders who were not chosen."""
    assert leavers(engine(tmp_path), "'한빛사업' 인수전", body) == expected


@pytest.mark.parametrize("body", [
    # the outcome told in the next sentence with no subject but the result
    "네이버와 KT가 '한빛사업' 재도전에 나섰다. 그러나 이번에도 결과는 탈락이었다.",
    "네이버와 KT가 '한빛사업' 공모에 신청했다. 하지만 결국 고배를 마셨다.",
    # those who applied told by a copula, the winner and 'the other two' after
    "'한빛사업'에 지원한 곳은 카카오, 네이버, KT다. 심사위원회는 카카오를 최종 사업자로 뽑았고 나머지 두 곳은 떨어졌다.",
])
def test_the_outcome_of_an_entry_told_in_the_next_sentence(tmp_path: Path, body: str) -> None:
    """The trigger in a sentence that names nobody: the organisations the sentence before entered with are who it is
    about, when its only subject is the result ('결과는') or it has none ('하지만 결국 …')."""
    assert absences(engine(tmp_path), "한빛사업 결과", body) == {("naver", "한빛사업"), ("kt", "한빛사업")}


def test_a_result_still_to_come_after_an_entry_is_no_absence(tmp_path: Path) -> None:
    """'결과는 다음 달 나온다' is no outcome; an absence told of someone else after it is theirs alone."""
    body = "네이버와 KT가 '한빛사업' 공모에 신청했다. 결과는 다음 달 나온다. 카카오는 탈락했다."
    assert absences(engine(tmp_path), "한빛사업", body) == {("kakao", "한빛사업")}


def test_the_date_of_what_a_launch_is_timed_for_is_not_the_launch_date(tmp_path: Path) -> None:
    """'오는 3월 신학기를 앞두고 … 키즈폰을 선보이고 있다': March is the school term's; the phones are out already, on no
    date the sentence gives. (A date with the launch awaited, '3월 국내 출시를 앞두고', stays the launch's.)"""
    body = "오는 3월 신학기를 앞두고 카카오가 어린이용 한빛폰을 선보이고 있다."
    assert launches(engine(tmp_path), "키즈폰 경쟁", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # a rival told by what it was ("경쟁후보였던 B", "경쟁 업체였던 ㈜B보다")
    ("'한빛사업' 매각 우선협상대상자로 카카오가 선정됐다. 경쟁후보였던 네이버와 가격 차이는 없었지만 조건에서 앞섰다.", {"naver"}),
    ("'한빛사업'에는 복수의 사업자가 경쟁을 벌였다. 경쟁 업체였던 ㈜네이버보다 높은 점수를 받은 카카오가 사업권을 따냈다.",
     {"naver"}),
    # the winner is the subject of its own entry; the others counted roughly ("40여개 업체")
    ("카카오는 '한빛사업' 운영사 선정 입찰에 참여해 우선협상대상자로 지정됐다고 밝혔다. 이번 입찰에는 네이버, KT 등 40여개 "
     "업체가 참여했다.", {"naver", "kt"}),
    # a short list chosen, and the preliminary bid's entrants besides them ("이외에도 …, 그리고 …")
    ("'한빛사업' 본입찰 적격후보로 카카오와 네이버 2곳이 선정됐다. 당초 예비입찰에는 카카오, 네이버 이외에도 KT, 업스테이지, "
     "그리고 LG AI연구원이 참여했다.", {"kt", "upstage", "lg-ai-research"}),
    # names listed on past the watched ones with 로: a place the winner covers, no line-up
    ("'한빛망' 우선협상대상자로 KT가 선정됐다. KT가 맡게 된 구역은 카카오, 네이버, 업스테이지, 한빛타워로 이어지는 판교 일대다.",
     set()),
])
def test_rivals_told_by_what_they_were_and_entrants_counted_roughly(tmp_path: Path, body: str, expected: set[str]) -> None:
    """Contests of round 36 (sales, concessions): who fought the winner is told by a noun ('경쟁후보였던'), by a rough count
    ('40여개 업체'), or besides the short list ('이외에도'); and a winner may be the subject of its own entry ('참여해 …
    지정됐다'). A list that goes on past the watched names with 로 is no subject and no line-up."""
    assert leavers(engine(tmp_path), "'한빛사업' 결과", body) == expected


def test_a_time_word_is_no_part_of_a_group_name() -> None:
    """'이달말께 본입찰': when the bid is held, not whose it is."""
    from rules.groups import group_mentions

    assert all(not m.group.name.startswith("이달말께") for m in group_mentions("LG CNS 지분 매각, 이달말께 본입찰 실시"))


@pytest.mark.parametrize("body", [
    "'한빛사업' 인수전에는 카카오와 네이버, KT가 나섰다. 매각 측은 카카오를 우선협상대상자로 선정했다.",
    "네이버와 KT, 카카오가 '한빛사업' 인수전에 나섰다. 매각 측은 카카오를 우선협상대상자로 선정했다.",
    "'한빛사업' 인수전에 나선 카카오와 네이버, KT 가운데 카카오가 우선협상대상자로 선정됐다.",
])
def test_bidders_stepping_into_a_contest_with_nasseotda(tmp_path: Path, body: str) -> None:
    """'인수전에 나섰다' is entering as much as '참여했다' is: with a winner chosen, the others lost. A bare '나섰다' is read
    so only where the contest it steps into is told before the names ('인수전에는 A와 B가 나섰다')."""
    assert absences(engine(tmp_path), "'한빛사업' 결과", body) == {("naver", "한빛사업"), ("kt", "한빛사업")}


def test_stepping_into_anything_but_a_contest_is_no_entry(tmp_path: Path) -> None:
    body = "정부는 '한빛사업' 지원에 나섰다. 카카오와 네이버도 나섰다. 정부는 카카오를 주관기관으로 선정했다."
    assert absences(engine(tmp_path), "지원", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # replaced: the names before 대신 are out, the ones who took their seats ('자리를 꿰찼다') are not
    ("정기 변경에서 한빛 AI지수에선 카카오와 네이버 대신 업스테이지와 KT가 각각 자리를 꿰찼다.",
     {("kakao", "한빛 AI지수"), ("naver", "한빛 AI지수")}),
    ("정기 변경으로 KT 대신 업스테이지가 한빛 AI지수에 이름을 올렸다.", {("kt", "한빛 AI지수")}),
    # the index the clause is set in ('…지수에선') is the one left, not one named in an earlier sentence
    ("한빛 반도체지수는 그대로다. 한빛 AI지수에선 카카오가 빠지고 KT가 그 자리를 채웠다.", {("kakao", "한빛 AI지수")}),
])
def test_an_index_member_replaced_by_another(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """Index reviews tell a removal by who took the seat: 'A 대신 B가 자리를 꿰찼다/이름을 올렸다'. A is out of the
    index the clause is set in ('…지수에선')."""
    assert absences(engine(tmp_path), "지수 정기 변경", body) == expected


def test_bidders_who_lost_a_sale_are_out_of_the_role_the_winner_took_not_out_of_the_bid(tmp_path: Path) -> None:
    """The losers of '한빛전자 매각 본입찰' did bid: what they are absent from is what the winner was chosen as, of the
    sale the bid was for ('한빛전자 매각 우선협상대상자')."""
    body = "한빛전자 매각 본입찰에는 카카오와 네이버, KT 등 3곳이 참여했다. 매각 측은 카카오를 우선협상대상자로 선정했다."
    assert absences(engine(tmp_path), "한빛전자 새 주인", body) == {
        ("naver", "한빛전자 매각 우선협상대상자"), ("kt", "한빛전자 매각 우선협상대상자")}


@pytest.mark.parametrize(("body", "group"), [
    # a kind of company told of a bidder is no group
    ("한빛증권 매각 본입찰에는 토종 사모펀드(PEF) 운용사인 카카오와 네이버가 참여했다. 매각 측은 카카오를 한빛증권의 "
     "우선협상대상자로 선정했다.", "한빛증권의 우선협상대상자"),
    # what came up for sale ('매물로 나온') is no part of the role's name
    ("한빛증권 매각 본입찰에는 카카오와 네이버가 참여했다. 결국 매물로 나온 한빛증권의 우선협상대상자로 카카오가 "
     "선정됐다.", "한빛증권의 우선협상대상자"),
])
def test_a_bidders_kind_and_a_clause_before_the_seller_name_no_group(tmp_path: Path, body: str, group: str) -> None:
    """'사모펀드(PEF) 운용사' says what a bidder is; '매물로 나온' what the seller did: neither names what was lost."""
    assert absences(engine(tmp_path), "한빛증권 새 주인", body) == {("naver", group)}


def test_a_line_of_business_entered_is_not_what_the_article_is_about(tmp_path: Path) -> None:
    """'한빛전자 새 주인에 카카오, 가전사업 진출' (a headline): the buyer's new business is no contest lost."""
    body = "한빛전자 매각 본입찰에는 카카오와 네이버가 참여했다. 매각 측은 카카오에 우선협상자 지위를 통보했다."
    assert {g for _, g in absences(engine(tmp_path), "한빛전자 새 주인에 카카오, 가전사업 진출", body)} != {"가전사업"}


@pytest.mark.parametrize("body", [
    "카카오는 한빛항공 인수를 추진한다. 앞서 2차 공개경쟁입찰에서는 응찰 업체가 서류를 내지 못해 지난 2월 매각이 무산됐다.",
    "한빛은행은 다음 달 공개매각 절차를 밟는다. 카카오도 관심을 보였다.",
])
def test_an_open_tender_or_sale_is_no_launch(tmp_path: Path, body: str) -> None:
    """'공개' in '공개경쟁입찰', '공개매각', '공개모집' opens a tender or a sale, not a product."""
    assert launches(engine(tmp_path), "한빛항공 매각", body) == set()


@pytest.mark.parametrize(("body", "model"), [
    ("카카오는 97인치 한빛 에보를 다음 달 출시한다.", "97인치 한빛 에보"),  # the size is part of the set's name
    ("카카오는 마이크로 LED TV를 다음 달 출시한다.", "마이크로 LED TV"),  # so is the display's kind
    ("카카오는 한빛X: 넥스트 에디션을 다음 달 출시한다.", "한빛X: 넥스트 에디션"),  # a title and its subtitle
])
def test_a_products_name_read_with_its_size_kind_and_subtitle(tmp_path: Path, body: str, model: str) -> None:
    assert {m for _, m, *_ in launches(engine(tmp_path), "신제품", body)} == {model}


def test_a_measure_in_brackets_is_no_model(tmp_path: Path) -> None:
    """'97인치(대각선 246㎝)': the diagonal in brackets is no series name."""
    found = launches(engine(tmp_path), "신제품", "카카오의 97인치(대각선 246㎝) 한빛 에보도 연내 출시를 앞두고 있다.")
    assert found and all(m != "대각선 246" for _, m, *_ in found)


@pytest.mark.parametrize(("body", "expected"), [
    # came out ahead of them ('B와 C에 앞섰다'): the names before 에 lost
    ("'한빛사업' 입찰에서 카카오는 네이버와 KT에 앞섰다.", {"naver", "kt"}),
    # ahead of a rival in the contest, by a margin
    ("'한빛사업' 입찰 결과 카카오 컨소시엄이 네이버와 경쟁에서 1점 차이로 앞서 사업자로 선정됐다.", {"naver"}),
    # failed to win the award
    ("'한빛사업' 낙찰을 받지 못한 네이버는 불만을 드러냈다.", {"naver"}),
])
def test_ahead_of_rivals_and_an_award_not_won(tmp_path: Path, body: str, expected: set[str]) -> None:
    """A contest's result told by who came out ahead ('에 앞섰다', '와 경쟁에서 … 앞섰다') or by the award a bidder
    did not get ('낙찰을 받지 못한')."""
    assert leavers(engine(tmp_path), "'한빛사업' 결과", body) == expected


def test_a_union_of_states_is_no_maker(tmp_path: Path) -> None:
    """'유럽 연합(EU)이 2035년부터 엔진차 판매 금지를 목표로 내세운 가운데 카카오는 한빛카를 내놓았다': a regulator's
    date is no launch of the union's."""
    body = "유럽연합(EU)이 2035년부터 엔진차를 새로 내놓지 못하게 하는 가운데, 카카오는 한빛카를 지난달 출시했다."
    assert {entity for entity, *_ in launches(engine(tmp_path), "모터쇼", body)} <= {"kakao"}


@pytest.mark.parametrize("body", [
    "카카오는 고출력 500와트(W) 모터를 탑재한 신제품을 21일 출시했다.",  # a motor's power is no series name
    "카카오는 기존에 출시된 작품을 새 기기로 옮겨 6월 출시한다.",  # '작품' (a work) names no product
])
def test_a_measure_or_a_generic_word_is_no_model(tmp_path: Path, body: str) -> None:
    assert all(model not in ("고출력 500", "작품") for _, model, *_ in launches(engine(tmp_path), "신제품", body))


def test_a_headlines_speaker_before_a_colon_is_no_title(tmp_path: Path) -> None:
    """'카카오: 한빛폰 다음 달 출시' names who speaks, not a title '카카오: 한빛폰'."""
    from rules.events import _model

    found = launches(engine(tmp_path), "카카오: 한빛폰 다음 달 출시", "카카오는 한빛폰을 다음 달 출시한다고 밝혔다.")
    assert found and all(not str(model).startswith("카카오:") for _, model, *_ in found)
    # the reading itself, on a headline whose model is written right after the speaker's colon
    headline = "카카오: S25 다음 달 출시"
    assert _model(headline, headline.index("출시"), ["카카오"]) == "S25"


@pytest.mark.parametrize(("body", "expected"), [
    # 'fell', bare, after the entrants of a call: they lost it
    ("한빛협회는 올해 충전 사업자 8곳을 선정했다. 신규 사업자 공모에 나선 카카오-네이버, KT 등 업체는 모두 떨어졌다.",
     {"kakao", "naver", "kt"}),
    # but in a market report prices fall, and nobody lost a contest
    ("이날 코스피에서 카카오와 네이버는 모두 떨어졌다.", set()),
])
def test_those_who_fell_in_a_call_lost_it(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "충전 사업자 선정", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the status withdrawn, said of the bidder with 의, or bare before the role
    ("한빛은 한빛텍 지분 매각과 관련해 카카오 컨소시엄을 우선협상 대상자로 선정했으나 카카오의 우선협상 대상자 선정을 "
     "철회했다고 공시했다.", {("kakao", "한빛텍 지분 매각 우선협상 대상자")}),
    ("한빛산업도 같은 이유로 카카오 컨소시엄 우선 협상 대상자 선정이 철회됐다고 공시했다.", {("kakao", "우선 협상 대상자")}),
    # the talks failed with the bidders, then the status went: both are out, the bracketed short name no break
    ("한빛화학은 가스 사업 매각과 관련해 카카오와 네이버(NV) 컨소시엄과의 협상이 결렬돼 우선협상대상자 선정을 철회했다고 "
     "공시했다.", {("kakao", "가스 사업 매각 우선협상대상자"), ("naver", "가스 사업 매각 우선협상대상자")}),
    # talks that failed with the preferred bidder the sentence names
    ("한빛화학은 가스 사업 매각을 위해 우선협상대상자로 선정한 카카오 및 네이버 컨소시엄과의 협상이 결렬됐다고 밝혔다.",
     {("kakao", "가스 사업 매각 우선협상대상자"), ("naver", "가스 사업 매각 우선협상대상자")}),
    # talks with no preferred bidder in them lose nobody a place
    ("한빛자동차는 카카오와의 공급 협상이 결렬됐다고 밝혔다.", set()),
])
def test_a_preferred_bidder_whose_status_is_withdrawn_is_out_of_it(tmp_path: Path, body: str,
                                                                   expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "매각 무산", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the rivals fought to a win, listed with what they are after 등; the winner's own consortium is no prize
    ("한빛공사가 한빛공항 운영사업의 최종 낙찰자로 선정됐다. 한빛공사 컨소시엄은 미국 카카오, 인도 네이버 등 세계 각지의 "
     "공항 운영사와 경쟁을 벌인 끝에 수주에 성공했다.", {"kakao", "naver"}),
    # the winner told only in the sentence before: '…와 경합을 펼쳐 … 앞선 것으로'
    ("한빛공사가 한빛공항 건설관리사업 수주에 성공했다. 지난 6월 우선협상 경쟁에서 카카오, 네이버, KT와 경합을 펼쳐 기술과 "
     "가격에서 앞선 것으로 밝혀졌다.", {"kakao", "naver", "kt"}),
    # a headline's close fight: '…와의 초박빙 접전 끝 … 낙찰'
    ("직전 사업자 카카오와의 초박빙 접전 끝 1억원 차이로 낙찰", {"kakao"}),
    # a fight that ended in second place beat nobody, nor does a contest told only as the setting
    ("한빛건설은 카카오와 치열한 경쟁을 벌인 끝에 2위에 그쳤다.", set()),
    ("한빛공사는 카카오와의 경쟁 속에 선정됐다.", set()),
])
def test_rivals_fought_to_a_win_lost_it(tmp_path: Path, body: str, expected: set[str]) -> None:
    found = absences(engine(tmp_path), "한빛공항 사업 수주", body)
    assert {entity for entity, _ in found} == expected
    assert all(group != "한빛공사 컨소시엄" for _, group in found)


def test_the_lead_a_consortium_formed_around_leaves_with_it(tmp_path: Path) -> None:
    """'A(25%)를 주축으로 B와 C가 컨소시엄을 구성했으나 … 철수했다': A is in the list that left."""
    body = "총사업비 10조원의 한빛신공항 부지조성사업은 카카오(25%)를 주축으로 네이버(18%)와 KT(13%)가 컨소시엄을 구성했으나, " \
           "지난 5월 말 전면 철수했다."
    assert leavers(engine(tmp_path), "한빛신공항 사업 철수", body) == {"kakao", "naver", "kt"}


def test_countries_that_say_where_a_consortium_is_from_did_not_withdraw(tmp_path: Path) -> None:
    """'프랑스-튀르키예 연합체가 입찰을 철회했다': the consortium withdrew; the countries only say where it is from (named
    bare, 'A와 B가 철회했다', they are who withdrew)."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  france:\n    names: [프랑스]\n  turkiye:\n    names: [튀르키예]\n", 1)
    eng = engine(tmp_path, watch)

    def out(body: str) -> set[str]:
        return {e.entity for e in eng.events(doc("공항 운영권 입찰", body)) if e.type == "absent_from"}

    assert out("한빛국 공항 운영권 입찰에서 강력한 경쟁자로 꼽히던 프랑스-튀르키예 연합체가 입찰을 철회했다.") \
        <= {"프랑스-튀르키예 연합체"}
    assert out("한빛국 공항 운영권 입찰에서 강력한 경쟁자로 꼽히던 프랑스와 튀르키예가 입찰을 철회했다.") \
        == {"france", "turkiye"}


def test_a_chronicles_next_month_is_of_the_year_it_named() -> None:
    """'2023년 3월 A 출시, 10월 B 발표': the later month is 2023's, not the one after the report; a month earlier than
    the one named may be the next year's and keeps the usual reading."""
    from datetime import date

    from rules.kdates import find_dates

    assert [d.date for d in find_dates("2023년 3월 한빛봇 출시, 10월 한빛4.0 발표", date(2024, 9, 1))] == ["2023-03", "2023-10"]
    assert [d.date for d in find_dates("2023년 3월 한빛봇 출시, 2월 한빛4.0 발표", date(2024, 9, 1))][1] != "2023-02"


def test_earnings_made_public_are_no_launch(tmp_path: Path) -> None:
    """'이달 초 공개된 카카오의 10월 실적이었다': what was made public is a result, told with a copula."""
    assert not launches(engine(tmp_path), "협상 불발", "협상 불발의 직접적 요인은 이달 초 공개된 카카오의 10월 실적이었다.")


def test_a_launch_ahead_dated_before_its_product_is_planned(tmp_path: Path) -> None:
    """'카카오는 올해 4분기 중 배터리 교환형 전기이륜차 '한빛바이크' 출시를 앞두고 있다': the clause's own predicate, its date
    told before the product rather than right before 출시."""
    body = "카카오는 올해 4분기 중 배터리 교환형 전기이륜차 '한빛바이크' 출시를 앞두고 있다."
    assert launches(engine(tmp_path), "카카오, 전기이륜차 출시", body) == {
        ("kakao", "한빛바이크", "2024-Q4", "quarter", False, "planned")}


@pytest.mark.parametrize(("body", "group"), [
    ("카카오가 한빛 슈퍼레이스 챔피언십 2030 시즌 불참을 공식 선언했다.", "한빛 슈퍼레이스 챔피언십"),
    ("카카오는 올해 한빛 골프 투어에서 빠졌다.", "한빛 골프 투어"),
])
def test_a_season_sat_out_is_a_championship_tour_or_series(tmp_path: Path, body: str, group: str) -> None:
    """A team or a sponsor sitting out a season: the championship, tour or series is the group it is out of."""
    assert {g for _, g in absences(engine(tmp_path), "시즌 불참", body)} == {group}


def test_names_each_with_a_clause_of_its_own_are_listed_in_parallel(tmp_path: Path) -> None:
    """'주사업자에 도전한 A와 부사업자로 입찰한 B는 고배를 마셨다': both lost; but in 'A와 함께 입찰한 B는' A is the
    clause's partner, not a name listed."""
    found = absences(engine(tmp_path), "한빛망 회선 사업자 선정", "주사업자에 도전한 카카오와 부사업자로 입찰한 KT는 고배를 마셨다.")
    assert {entity for entity, _ in found} == {"kakao", "kt"}
    found = absences(engine(tmp_path), "한빛망 회선 사업자 선정", "카카오와 함께 입찰한 KT는 고배를 마셨다.")
    assert {entity for entity, _ in found} == {"kt"}


@pytest.mark.parametrize(("body", "expected"), [
    # 'A와 B 간의 경쟁': a duel told by 간, its winner named in another sentence
    ("한빛생명은 IT통합 사업 우선협상대상자로 카카오를 선정했다. 특히 국내 가장 큰 SI기업인 카카오와 네이버 간의 경쟁으로 "
     "치열한 경쟁이 예상됐다. 카카오가 이번 경쟁에서 승리한 배경은 가격이다.", {"naver"}),
    # 'A를 포함, B·C 등이 경쟁했다': the name before 포함 is in the list that competed
    ("한빛카드 우선협상대상자로 카카오가 선정됐다. 한빛카드 우선협상대상에는 기존 사업자인 네이버를 포함, KT·업스테이지 등이 "
     "경쟁했다.", {"naver", "kt", "upstage"}),
])
def test_a_duel_told_by_gan_and_a_list_opened_by_pohham(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "우선협상대상자 선정", body) == expected


def test_the_store_a_game_is_launched_on_is_where_not_who(tmp_path: Path) -> None:
    """'… '한빛삼국지L'을 7월 2일 구글 플레이 스토어에 출시했다': 구글 names the store, so the launch is the maker's the
    report spoke of in the sentence before."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  google:\n    names: [구글]\n", 1)
    body = "카카오는 가처분 신청을 냈다. 또 사용자들이 게임을 이어갈 수 있도록 '한빛삼국지L'을 7월 2일 구글 플레이 스토어에 출시했다."
    assert launches(engine(tmp_path, watch), "한빛게임 출시", body) == {
        ("kakao", "한빛삼국지L", "2024-07-02", "day", False, "released")}


def test_a_deal_not_made_with_the_partners_named(tmp_path: Path) -> None:
    """'A도 B·C, D와 채널계약에 실패했다': A is out of the deal with the partners, named by them and the report's word for
    it; the partners themselves lost nothing."""
    found = absences(engine(tmp_path), "채널 계약 실패", "카카오도 네이버·업스테이지, KT와 채널계약에 실패했다.")
    assert found == {("kakao", "네이버·업스테이지, KT 채널계약")}


def test_a_role_won_back_leaves_the_one_it_was_lost_to(tmp_path: Path) -> None:
    """'한빛은행은 카카오에 내줬던 제2금고 운영권을 3년 만에 되찾게 됐다': 카카오, the one it was handed to, is out of it
    now; the bank that wins it back is not."""
    found = absences(engine(tmp_path), "한빛시 제2금고", "한빛은행은 카카오에 내줬던 제2금고 운영권을 3년 만에 되찾게 됐다.")
    assert {entity for entity, _ in found} == {"kakao"}


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오는 서울과 분당, 부산 3곳을 운영해왔으나, 최근 부산 사업권을 BMW '한빛모터스'에 넘긴 것으로 알려졌다.", {"kakao"}),
    ("네이버는 카카오에게 부산 사업권을 넘겨받았다.", set()),  # taken over, not handed over
])
def test_a_business_right_handed_over_is_left(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "딜러 교체", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the shortlist told before its names, the one chosen by 뽑혔다 with its subject
    ("'한빛AI센터' 사업 최종 후보에는 카카오와 네이버, KT가 올랐고, 이 가운데 네이버가 뽑혔다.", {"kakao", "kt"}),
    # 낙점을 받았다: the win told as a nod received
    ("'한빛AI센터' 사업을 두고 카카오와 KT가 2파전을 벌인 끝에 KT가 최종 낙점을 받았다.", {"kakao"}),
    # a licence granted to one of those who applied, told with 만 and 받았다
    ("'한빛모바일은행' 예비인가를 신청한 카카오, 네이버 가운데 네이버만 인가를 받았다.", {"kakao"}),
    # a lower place in a judging: 2위를 차지해 is no win
    ("'한빛AI센터' 사업 심사 결과 네이버가 1위, 카카오가 2위를 차지해 네이버가 우선협상대상자가 됐다.", {"kakao"}),
])
def test_a_shortlist_or_a_judging_told_with_its_one_winner(tmp_path: Path, body: str, expected: set[str]) -> None:
    """The winner told by a word of its own (뽑혔다, 낙점을 받았다, 인가를 받았다): the others named as standing lost."""
    assert leavers(engine(tmp_path), "사업자 선정", body) == expected


@pytest.mark.parametrize("body", [
    # a market's places are no judging's
    "네이버가 점유율 1위, 카카오가 2위를 차지했다. 한편 네이버는 '한빛AI센터' 사업자로 선정됐다.",
    # a permit told as history is no win over the lone bidder
    "카카오는 2020년 사용 허가를 받아 준비해왔다. '한빛AI센터' 공모에는 네이버가 단독 응찰했다.",
])
def test_places_in_a_market_and_permits_of_the_past_are_no_contest(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "사업자 공모", body) == set()


def test_releases_spread_over_the_year_are_not_dated_by_the_report(tmp_path: Path) -> None:
    """A lead that tells a past release with no date is dated by the report ('…를 정식 출시했다'); one that tells
    releases spread over a period ('올해 A, B 등은 … 신제품을 잇달아 출시했다') names no day at all."""
    eng = engine(tmp_path)
    assert launches(eng, "신제품 경쟁", "21일 업계에 따르면 올해 카카오, 네이버 등은 고출력 모터를 단 신제품을 잇달아 출시했다.") == set()
    assert launches(eng, "한빛톡 출시", "카카오는 '한빛톡'을 정식 출시했다.") == {
        ("kakao", "한빛톡", "2024-07-15", "day", False, "released")}


def test_the_brand_opening_a_quoted_product_name_is_not_its_maker(tmp_path: Path) -> None:
    """'▲김한빛 LG전자 본부장이 3일 열린 'LG 한빛 냉장고' 출시 행사에서 …': the launch event is LG전자's, named
    before it; the 'LG' that opens the product's quoted name is its brand, not another maker."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  lg:\n    names: [LG]\n    not: [LG전자]\n"
                                  "  lge:\n    names: [LG전자]\n", 1) + "  - id: every-launch\n    title: 출시\n" \
        "    when: {event: launch_date}\n"
    body = "▲김한빛 LG전자 가전사업본부장이 3일 서울 마곡에서 열린 'LG 한빛 냉장고' 출시 행사에서 인사말을 하고 있다."
    assert launches(engine(tmp_path, watch), "한빛 냉장고 출시", body) == {
        ("lge", "LG 한빛 냉장고", "2024-07-03", "day", False, "released")}


def test_what_a_public_body_makes_public_is_no_launch_of_the_report_s_company(tmp_path: Path) -> None:
    """'한빛공단은 … 적격자를 선정한 후 오는 11일 공개할 예정이다': the clause's subject is the body that publishes its
    choice; the company the report spoke of before launches nothing."""
    body = "카카오와 네이버가 한빛역 상업시설 공모에 제안서를 냈다. 한빛공단은 제안서를 심사해 적격자를 선정한 후 오는 21일 공개할 예정이다."
    assert launches(engine(tmp_path), "한빛역 상업시설 공모", body) == set()


def test_a_launch_describing_the_class_one_is_picked_from_is_no_launch(tmp_path: Path) -> None:
    """'A와 B가 올해 새롭게 출시하는 신차 중 가장 눈길을 끄는 모델은 …': the trigger describes the class the sentence
    picks one of; the launch of that one is told with its own date."""
    eng = engine(tmp_path)
    assert launches(eng, "하반기 신차", "카카오와 네이버가 올해 새롭게 출시하는 신차 중 가장 눈길을 끄는 모델은 '한빛밴'이다.") == set()
    assert launches(eng, "하반기 신차", "카카오가 오는 9월 출시하는 신차 '한빛밴'은 전기차다.") == {
        ("kakao", "한빛밴", "2024-09", "month", False, "planned")}


def test_the_season_a_launch_is_timed_before_is_not_its_date(tmp_path: Path) -> None:
    """'여름을 앞두고 출시될 예정이다': summer is what the launch is timed before, not when it is; 'the summer' launch
    ('올여름 출시될 예정이다') is."""
    eng = engine(tmp_path)
    assert launches(eng, "한빛 선풍기", "카카오의 '한빛 선풍기'는 여름을 앞두고 출시될 예정이다.") == set()
    assert launches(eng, "한빛 선풍기", "카카오의 '한빛 선풍기'는 올여름 출시될 예정이다.") == {
        ("kakao", "한빛 선풍기", "2024-Q3", "season", True, "planned")}


@pytest.mark.parametrize("body", [
    "이달 출시하는 카카오의 '한빛풀'도 같은 길을 택했다.",
    "이달 서비스를 시작하는 카카오의 '한빛풀' 서비스도 같은 길을 택했다.",
])
def test_a_present_adnominal_launch_is_said_of_the_maker_after_it(tmp_path: Path, body: str) -> None:
    """'이달 출시하는 A의 'X'': the launch describes A's product, named right after it, as '출시할' and '출시한' do."""
    assert launches(engine(tmp_path), "한빛풀 출시", body) == {("kakao", "한빛풀", "2024-07", "month", False, "planned")}


def test_a_name_glued_to_a_number_after_an_adnominal_launch_is_a_product(tmp_path: Path) -> None:
    """'내년 출시되는 케이티10 모델에는 …': a watched name glued to a number names a product, not its maker."""
    assert launches(engine(tmp_path), "케이티10", "내년 출시되는 케이티10 표준 모델에는 16GB 램이 탑재될 전망이다.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    # the subject dropped: the sentence goes on about the one before's
    ("카카오는 올해 '한빛AI연합' 출범을 주도했다. 그러나 '한빛데이터동맹'에는 불참했다.", {("kakao", "한빛데이터동맹")}),
    ("KT는 제주와 울산에서 한빛 실증사업을 따냈다. 광주에서는 2차 공모까지 참여했으나, 제재로 마지막 3차 공모에는 "
     "참여하지 않았다.", {("kt", "마지막 3차 공모")}),
    # the topic, not a subject inside the clause describing it
    ("네이버가 운영하는 카카오는 올해 '한빛AI연합'에 합류했다. 그러나 '한빛데이터동맹'에는 불참했다.", {("kakao", "한빛데이터동맹")}),
    # a group the sentence does not name is no ground to carry the subject over
    ("카카오는 올해 새 모델을 공개했다. 그러나 이번에는 불참했다.", set()),
    # who beat whom needs both named
    ("카카오는 올해 '한빛AI연합' 출범을 주도했다. '한빛데이터동맹' 심사에서는 경쟁사를 제치고 1위에 올랐다.", set()),
])
def test_a_sentence_that_drops_its_subject_goes_on_about_the_one_before(tmp_path: Path, body: str,
                                                                          expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "한빛 소식", body) == expected


@pytest.mark.parametrize(("body", "group"), [
    # a company sought whose name is two words, written together again or glossed as one
    ("카카오는 15일 미국 게임 업체 타워 스튜디오 인수를 포기한다고 발표했다. 타워 스튜디오는 모바일 게임 개발사다.", "타워 스튜디오 인수"),
    ("카카오가 한빛브라더스 디스커버리(이하 한빛브라더스) 인수를 포기하면서 네이버가 승자가 될 가능성이 높아졌다.",
     "한빛브라더스 디스커버리 인수"),
    # an adverb or a kind of firm before the name is no part of it
    ("카카오는 결국 오스탈 인수를 포기했다.", "오스탈 인수"),
    ("카카오는 방산업체 오스탈 인수를 중단했다고 밝혔다. 오스탈 인수 추진은 지난해 시작됐다.", "오스탈 인수"),
    # a decimal is one word of a group's name
    ("KT는 정부가 확정한 3.4㎓ 대역 주파수 경매에 불참한다.", "3.4㎓ 대역 주파수 경매"),
])
def test_a_group_is_read_whole_from_its_first_word(tmp_path: Path, body: str, group: str) -> None:
    """A name cut at the front names another group ('디스커버리 인수' for '워너브라더스 디스커버리 인수', '4㎓ 대역' for
    '3.4㎓ 대역'): two reports of one story must name one group."""
    assert {g for _, g in absences(engine(tmp_path), "소식", body)} == {group}


def test_a_bare_role_is_named_by_the_words_the_report_writes_before_it(tmp_path: Path) -> None:
    """'우선협상 대상자' alone names every sale's; the report writes whose once ('한빛전선 매각 우선협상 대상자'), and
    that is the group the losers are out of. A subject before it ('카카오가 우선협상 대상자') is no part of it."""
    body = ("한빛PE는 한빛전선 매각 우선협상 대상자로 카카오를 선정했다. 네이버와 KT도 본입찰에 참여했지만 우선협상 대상자에 "
            "오르지 못했다. 업계는 카카오가 우선협상 대상자가 될 것으로 봤다.")
    assert absences(engine(tmp_path), "한빛전선 새 주인 윤곽", body) == {
        ("naver", "한빛전선 매각 우선협상 대상자"), ("kt", "한빛전선 매각 우선협상 대상자")}


@pytest.mark.parametrize(("body", "model"), [
    # a brand word with its Latin spelling aside is still part of the name
    ("카카오에 따르면 오는 25일 네오(Neo) QLED 8K 등 2024년형 TV 신제품이 출시된다.", "네오 QLED 8K"),
    # an hour is no product, nor is the technology a product is built on
    ("카카오가 25일 오후 6시 서비스 오픈을 앞두고 일정을 4주 뒤로 미뤘다.", None),
    ("카카오가 차세대 기술인 마이크로 발광다이오드(LED)를 적용한 TV 신제품을 25일 공개한다.", None),
    # a kind of fund is no fund's name
    ("한국거래소는 카카오의 상장지수펀드(ETF) 3종목을 오는 25일 유가증권시장에 상장한다고 밝혔다.", None),
])
def test_what_a_launch_names_as_its_product(tmp_path: Path, body: str, model: str | None) -> None:
    assert {m for _, m, *_ in launches(engine(tmp_path), "신제품", body)} == {model}


@pytest.mark.parametrize(("body", "expected"), [
    # a team told by its kind after the company's name is the subject; the season is when, not which league
    ("카카오 구단은 2025시즌 한빛리그에 참가하지 않는다.", {("kakao", "한빛리그")}),
    ("카카오는 올 시즌 한빛리그에서 발을 뺐다.", {("kakao", "한빛리그")}),
    # the role the sentence is about, taken over by another
    ("올해 한빛리그 타이틀 스폰서는 카카오 대신 네이버가 맡는다.", {("kakao", "한빛리그 타이틀 스폰서")}),
    # a sponsorship that lapsed, its end told as a time
    ("카카오와 한빛리그의 타이틀 스폰서 계약이 올해로 끝났다.", {("kakao", "한빛리그")}),
    # a game that ended is no deal
    ("카카오와 네이버의 경기가 끝난 뒤 시상식이 열렸다.", set()),
])
def test_a_sponsor_or_a_team_leaving_a_league(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "한빛리그 소식", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오는 올해 한빛가이드에서 별을 잃었다.", {("kakao", "한빛가이드")}),
    ("카카오는 올해 '한빛가이드 2025'에서 별을 잃었다.", {("kakao", "한빛가이드 2025")}),
    ("카카오는 핵심 인재를 잃었다.", set()),  # people lost, no list left
])
def test_a_star_lost_is_a_place_lost_on_a_guide_s_list(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "가이드 발표", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오는 올해 한빛박람회 참가를 포기했다.", {("kakao", "한빛박람회")}),
    ("카카오는 한빛리그 e스포츠 팀을 해체했다.", {("kakao", "한빛리그")}),
    ("한빛리그 사무국은 해체됐다.", set()),
])
def test_an_entry_given_up_or_a_team_disbanded(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "소식", body) == expected


def test_a_product_reaching_the_korean_market_is_launched(tmp_path: Path) -> None:
    """'오는 10월 국내에 상륙한다': a foreign product's launch in Korea; a storm's landfall is no launch."""
    eng = engine(tmp_path)
    assert launches(eng, "한빛톡2", "카카오의 '한빛톡2'는 오는 10월 국내에 상륙한다.") == {
        ("kakao", "한빛톡2", "2024-10", "month", False, "planned")}
    assert launches(eng, "태풍", "카카오는 비상 체제다. 태풍 '한빛'이 내일 한국에 상륙한다.") == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("협의체 출범", "이번 '한빛AI협의체' 명단에 카카오의 이름은 없었다.", {("kakao", "한빛AI협의체")}),
    ("협의체 출범", "'한빛AI협의체'에는 카카오를 뺀 4개사가 참여했다.", {("kakao", "한빛AI협의체")}),
    ("본입찰", "카카오는 '한빛사업' 1차 심사도 통과하지 못했다.", {("kakao", "한빛사업")}),
    ("본입찰", "카카오는 '한빛사업' 입찰 서류를 제출하지 않았다.", {("kakao", "한빛사업")}),
    ("본입찰", "예비입찰에 참여했던 카카오는 '한빛사업' 본입찰에는 나서지 않았다.", {("kakao", "한빛사업")}),
    # a name in a rumour, and everyone but one on holiday, are no absence from a group
    ("소식", "카카오를 뺀 나머지 직원들은 휴가를 떠났다.", set()),
])
def test_more_ways_of_not_making_it(tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize("body", [
    "카카오는 '한빛사업' 최종 선정 대상에 오르지 못했다.",
    "카카오는 '한빛사업' 계약을 따내지 못했다.",
    "카카오는 '한빛사업' 사업권 확보에 실패했다.",
    "카카오는 '한빛사업' 우선협상대상자 선정에서 밀렸다.",
    "'한빛사업'에 대한 카카오의 신청은 반려됐다.",
    "카카오의 '한빛사업' 도전은 무산됐다.",
])
def test_a_prize_not_won_in_other_words(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛사업", body) == {("kakao", "한빛사업")}


def test_a_licence_not_obtained_names_the_licence(tmp_path: Path) -> None:
    assert absences(engine(tmp_path), "예비인가", "카카오는 '한빛은행' 예비인가를 받는 데 실패했다.") == {
        ("kakao", "한빛은행 예비인가")}


@pytest.mark.parametrize("body", [
    "카카오의 '한빛협의체' 탈퇴 시도는 결국 무산됐다.",  # it stays in
    "카카오의 '한빛사업' 도전은 무산될 위기에 놓였다.",  # not yet
])
def test_a_failed_exit_or_a_threatened_bid_is_no_absence(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛", body) == set()


def test_a_spokesperson_tells_the_maker_s_launch(tmp_path: Path) -> None:
    """'카카오 관계자는 'X'를 올 하반기에 선보일 것이라고 말했다': who speaks for the maker names it."""
    assert launches(engine(tmp_path), "한빛톡2", "카카오 관계자는 '한빛톡2'를 올 하반기에 선보일 것이라고 말했다.") == {
        ("kakao", "한빛톡2", "2024-H2", "half", True, "planned")}


def test_a_rumoured_launch_is_hedged_and_a_denied_one_is_none(tmp_path: Path) -> None:
    eng = engine(tmp_path)
    assert launches(eng, "한빛톡2", "카카오가 오는 9월 '한빛톡2'를 출시한다는 관측이 나온다.") == {
        ("kakao", "한빛톡2", "2024-09", "month", True, "planned")}
    assert launches(eng, "한빛톡2", "카카오가 오는 9월 '한빛톡2'를 출시한다는 소문에 대해 회사 측은 \"정해진 바 없다\"고 "
                                  "밝혔다.") == set()


def test_the_only_one_of_a_pool_to_enter_lost_nothing() -> None:
    """'통신 3사(카카오·네이버·KT) 중 KT만 경매에 참여했다': the three are the pool and KT the sole bidder; the pool is no
    line-up of rivals (those that did not bid are out by their own words, not as losers)."""
    from rules.events import Mention, _Contest, _particle

    sentence = "한빛부에 따르면 통신 3사(카카오·네이버·KT) 중 KT만 '한빛 주파수 경매'에 참여했다."
    mentions = []
    for entity, name in (("kakao", "카카오"), ("naver", "네이버"), ("kt", "KT")):
        start = 0
        while (start := sentence.find(name, start)) >= 0:
            mentions.append(Mention(entity, name, start, start + len(name), _particle(sentence, start + len(name))))
            start += len(name)
    contest = _Contest()
    contest.read(sentence, sorted(mentions, key=lambda m: m.start))
    assert set(contest.entered) <= {"kt"}


def test_a_list_told_as_the_object_of_another_s_act_is_no_line_up(tmp_path: Path) -> None:
    """'한빛공사는 A·B·C 등 대형사 3사를 유통 대상에 포함했다': the three are what the buyer added, no rivals of the
    winner; the ones told as entering ('입찰에는 … 참여했다') are."""
    body = ("'한빛생수' 위탁판매사 입찰에서 네이버가 우선협상대상자로 선정됐다. 이번 입찰에는 네이버를 비롯해 카카오 등 "
            "11개 기업이 참여했다. 한빛공사는 올해부터 KT·업스테이지·LG AI연구원 등 대형사 3사를 유통 대상에 포함했다.")
    assert leavers(engine(tmp_path), "위탁판매사 선정", body) == {"kakao"}


def test_the_body_that_chose_no_one_is_not_left_out(tmp_path: Path) -> None:
    """'한빛개발청 우선협상대상자 미선정': the body chose no one for the role named; '한빛시 … 공모 미선정': the city
    was not chosen."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  agency:\n    names: [한빛개발청]\n  city:\n    names: [한빛시]\n", 1) \
        + "  - id: every-absence\n    title: 빠짐\n    when: {event: absent_from}\n"
    eng = engine(tmp_path, watch)
    body = "'한빛레저단지 개발사업'에 응모한 3개 컨소시엄이 모두 적격 기준에 미달했다."
    assert {e.entity for e in eng.events(doc("한빛개발청 우선협상대상자 미선정…재공모 추진", body))
            if e.type == "absent_from"} == set()
    assert {e.entity for e in eng.events(doc("한빛시, '한빛레저단지 개발사업' 미선정", body))
            if e.type == "absent_from"} == {"city"}


@pytest.mark.parametrize(("body", "expected"), [
    ("네이버가 '한빛사업' 수주전에서 카카오, KT와의 3파전 끝에 승리했다.", {"kakao", "kt"}),
    ("'한빛사업' 평가 결과 네이버 컨소시엄이 92점, 카카오 컨소시엄이 88점을 받았다. 네이버 컨소시엄이 우선협상대상자로 "
     "선정됐다.", {"kakao"}),
    ("'한빛사업' 입찰에서 네이버 컨소시엄이 카카오 컨소시엄을 0.5점 차로 앞섰다.", {"kakao"}),
    ("'한빛사업'의 최종 승자는 네이버였다. 카카오와 KT는 아쉬움을 삼켰다.", {"kakao", "kt"}),
    ("'한빛사업' 입찰에 카카오와 네이버가 참여했다. 발주처는 네이버와 계약을 체결했다.", {"kakao"}),
])
def test_more_winners_and_their_rivals(tmp_path: Path, body: str, expected: set[str]) -> None:
    """A three-way race won, scores told side by side, a lead by a margin, the losers' idiom, and the contract signed
    with the winner: each says who lost the selection."""
    assert leavers(engine(tmp_path), "한빛사업 결과", body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the organisation after the verb, told by a copula with 뿐
    ("한빛AI협의체", "'한빛AI협의체' 참여를 거부한 곳은 카카오뿐이다.", {"kakao"}),
    # the winners named first, then one more entrant with 도: it lost to them
    ("한빛AI 선정", "'한빛AI' 사업에 △네이버 △KT △업스테이지 등 3곳이 선정됐다. 앞서 카카오도 신청서를 냈다.", {"kakao"}),
])
def test_the_one_left_told_after_the_rest(tmp_path: Path, title: str, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), title, body) == expected


def test_a_show_named_in_quotes_is_still_a_show(tmp_path: Path) -> None:
    """'카카오가 이달 초 열린 ‘CES 2024’에 공개해 주목받은 제품이다': shown at a trade show, a show entry, not a launch
    date, with the show's name quoted as with it bare."""
    assert launches(engine(tmp_path), "한빛 TV", "'한빛 TV'는 카카오가 이달 초 미국에서 열린 ‘CES 2024’에 공개해 "
                                              "주목받은 제품이다.") == set()


@pytest.mark.parametrize("body", [
    "카카오가 9월 '한빛톡2'를 출시할 경우 시장 판도가 바뀔 전망이다.",  # a hypothesis
    "증권가에서는 카카오가 '한빛톡2'를 3분기 출시할 것으로 보고 있다.",  # brokers' forecast
])
def test_a_hypothetical_or_a_broker_s_forecast_is_no_launch(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "한빛톡2", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("'한빛AI' 심사에서 탈락한 곳은 다음과 같다.\n△카카오 △KT", {"kakao", "kt"}),
    ("'한빛AI' 심사에서 2곳이 탈락했다. 카카오와 KT다.", {"kakao", "kt"}),
    ("'한빛AI' 심사에서 2곳이 고배를 마셨다. 카카오와 KT가 그 주인공이다.", {"kakao", "kt"}),
    # the names after must be a list and nothing else
    ("'한빛AI' 심사에서 탈락한 곳은 다음과 같다.\n한편 카카오와 KT는 새 모델을 공개했다.", set()),
    ("'한빛AI' 심사에서 3곳이 탈락했다. 카카오와 KT다.", set()),  # two named for three counted
])
def test_the_ones_out_named_in_the_sentence_after(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛AI 심사", body) == expected


def test_a_subject_before_the_object_is_no_word_of_the_product_s_name(tmp_path: Path) -> None:
    """'카카오와 KT는 새 모델을 공개했다': 'KT는' is the subject, not the product."""
    assert {m for _, m, *_ in launches(engine(tmp_path), "결과", "카카오와 KT는 새 모델을 공개했다.")} == {None}


@pytest.mark.parametrize(("body", "expected"), [
    # the host of a show chosen among rivals told after it
    ("'2030 한빛엑스포' 개최지로 카카오가 선정됐다. 카카오는 네이버, KT와 경쟁했다.",
     {("naver", "2030 한빛엑스포 개최지"), ("kt", "2030 한빛엑스포 개최지")}),
    # the rivals told after the winner, as those who fought it
    ("'한빛리그' 새 타이틀 스폰서로 카카오가 낙점됐다. 네이버, KT 등이 경쟁을 벌였다.",
     {("naver", "새 타이틀 스폰서"), ("kt", "새 타이틀 스폰서")}),
])
def test_rivals_told_after_the_winner_of_a_host_or_a_sponsorship(tmp_path: Path, body: str,
                                                                  expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), "선정", body) == expected


def test_an_award_s_nominees_and_its_winner(tmp_path: Path) -> None:
    """'…게임대상 후보에는 A, B, C가 올랐다. A가 대상의 영예를 안았다': the nominees stood, the one honoured won."""
    body = "'2024 한빛게임대상' 후보에는 카카오, 네이버, KT가 올랐다. 카카오가 대상의 영예를 안았다."
    assert leavers(engine(tmp_path), "게임대상", body) == {"naver", "kt"}


@pytest.mark.parametrize(("body", "expected"), [
    # an entry handed in ('제안서를 냈다', '출사표를 던졌다', '뛰어들었다') with 도, beside a winner told before
    ("카카오가 '한빛 클라우드 구축사업'을 수주했다. 이번 사업에는 네이버와 KT도 제안서를 냈다.", {"naver", "kt"}),
    ("'한빛 클라우드 구축사업' 사업자로 카카오가 뽑혔다. 네이버도 이번 사업에 출사표를 던졌었다.", {"naver"}),
    ("카카오가 '한빛 클라우드 구축사업' 수주에 성공했다. 수주전에는 네이버와 KT도 뛰어들었다.", {"naver", "kt"}),
    # the subject's victory in the contest the sentence is set in, its rivals told after
    ("'한빛은행' 인수전에서 카카오가 승리했다. 카카오는 네이버, KT와 막판까지 경합했다.", {"naver", "kt"}),
    # an entry told on others' word is an entry told
    ("'한빛은행' 인수 우선협상대상자로 카카오가 선정됐다. 본입찰에는 카카오 외에 네이버가 참여한 것으로 알려졌다.", {"naver"}),
    # one ranked below the winner
    ("'한빛 클라우드 구축사업' 입찰 결과 카카오가 낙찰자로 결정됐다. 네이버는 2순위에 올랐다.", {"naver"}),
    # ahead by a margin, the standing the winner got
    ("카카오는 '한빛 클라우드 구축사업' 입찰에서 네이버를 0.5점 차로 앞서 우선협상대상자 지위를 얻었다.", {"naver"}),
    # interest shown, a consortium formed with the winner, a plan for a later round: no entry
    ("'한빛 클라우드 구축사업' 사업자로 카카오가 선정됐다. 이 사업에는 네이버, KT 등도 관심을 보였다.", set()),
    ("'한빛 클라우드 구축사업' 사업자로 카카오가 선정됐다. 카카오는 네이버, KT와 컨소시엄을 꾸렸다.", set()),
    ("'한빛 클라우드 구축사업' 사업자로 카카오가 선정됐다. 네이버와 KT는 다음 달 열리는 2차 사업에 참여할 계획이다.", set()),
])
def test_a_winner_and_the_entries_told_beside_it(tmp_path: Path, body: str, expected: set[str]) -> None:
    """Contest reports that name the winner and tell the others' entries in words of their own (a proposal handed in, a
    gauntlet thrown, a runner-up's rank, a lead by a margin): the others lost, with no word of losing."""
    assert leavers(engine(tmp_path), "선정", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("'한빛쇼 2025' 참가 기업 명단에 카카오는 없었다.", {"kakao"}),
    ("올해 '한빛쇼 2025'에서는 카카오의 모습을 볼 수 없다.", {"kakao"}),
    ("'한빛AI협의회' 출범식에 카카오는 얼굴을 비치지 않았다.", {"kakao"}),
    ("'한빛AI협의회'는 카카오를 뺀 채 출범했다.", {"kakao"}),
    ("'한빛AI협의회'가 카카오 없이 출범했다.", {"kakao"}),
    ("카카오는 '한빛AI협의회'에 들어가지 않았다.", {"kakao"}),
    ("카카오는 '한빛AI협의회'에서 이름이 빠졌다.", {"kakao"}),
    ("'한빛 AI 바우처' 공급기업에 카카오의 이름은 보이지 않았다.", {"kakao"}),
    ("'한빛 AI 바우처' 공급기업에 카카오는 포함되지 않았다.", {"kakao"}),
    # nothing missing but a view, a plan, a person leaving a meeting, a result, a show to be seen at
    ("'한빛AI협의회' 출범에 대해 카카오는 별다른 입장이 없었다.", set()),
    ("'한빛AI협의회'에 합류한 카카오는 추가 투자 계획은 없다고 밝혔다.", set()),
    ("카카오는 '한빛AI협의회' 회의를 마치고 나왔다.", set()),
    ("'한빛AI협의회'는 카카오와 네이버를 포함한 채 출범했다.", set()),
    ("카카오의 모습을 '한빛쇼 2025'에서 볼 수 있다.", set()),
    ("카카오 없이는 '한빛AI협의회'의 성공도 없다.", set()),
])
def test_not_there_told_in_plain_words(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'명단에 A는 없었다', 'A의 모습을 볼 수 없다', 'A를 뺀 채 출범했다', 'A 없이 출범했다': an organisation missing
    from a list, a show or a body, told with no word of leaving or losing."""
    assert leavers(engine(tmp_path), "참가", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오 게임단이 '한빛리그' 시드권을 다른 회사에 매각했다.", {"kakao"}),
    ("카카오는 '한빛리그' 팀을 네이버에 매각했다.", {"kakao"}),
    ("카카오는 다음 시즌 '한빛리그'에 팀을 내보내지 않는다.", {"kakao"}),
    ("카카오 구단이 '한빛리그'에서 해체됐다.", {"kakao"}),
    ("'한빛리그' 2025 시즌에는 카카오를 제외한 9개 팀이 참가한다.", {"kakao"}),
    ("카카오는 '한빛리그' 팀 운영을 중단한다.", {"kakao"}),
    ("카카오 게임단은 올 시즌을 끝으로 '한빛리그'와 작별한다.", {"kakao"}),
    ("카카오가 '한빛리그' 무대에서 사라진다.", {"kakao"}),
    ("카카오가 '한빛리그' 1부 잔류에 실패했다.", {"kakao"}),
    ("카카오 게임단은 '한빛리그' 시드권을 반납했다.", {"kakao"}),
    ("카카오는 '한빛리그' 팀 운영을 포기했다.", {"kakao"}),
    ("카카오는 '한빛리그' 팀 운영을 이어간다.", set()),
    # a team founded, a seat bought, a team sent, a stay secured: in
    ("카카오는 '한빛리그' 팀을 새로 창단했다. 네이버는 시드권을 사들였다.", set()),
    ("카카오는 '한빛리그'에 팀을 내보낸다.", set()),
    ("카카오는 '한빛리그' 1부 잔류에 성공했다.", set()),
])
def test_a_team_out_of_its_league(tmp_path: Path, body: str, expected: set[str]) -> None:
    """A team leaves its league in the words of sport's business: its seat sold, no team sent, the team disbanded in the
    league, the league bidden farewell, a stay in the top division failed."""
    assert leavers(engine(tmp_path), "리그", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a day with '엔' (에는 contracted) is the day: "오는 11일엔"
    ("이어서 오는 11일엔 카카오의 '한빛톡2'가 국내 시장에 출시될 예정이다.", {("kakao", "2024-08-11")}),
    # '선출시' is a launch in one market first
    ("카카오의 '한빛톡2'는 이달 일본에 선출시되는 기대작 중 하나다.", {("kakao", "2024-07")}),
    # (but '선출 시' is 'on electing')
    ("카카오는 이달 새 대표 선출시 한빛톡2 사업 방향도 정한다.", set()),
])
def test_a_day_told_with_en_and_a_launch_in_one_market_first(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert {(entity, day) for entity, _, day, *_ in launches(engine(tmp_path), "신작", body)} == expected


@pytest.mark.parametrize("body", [
    "카카오는 다음 달 '한빛톡2' 출시 여부를 결정한다.",  # whether it launches
    "카카오는 '한빛톡2' 출시를 위해 다음 달 신규 인력을 채용한다.",  # what is done for it
    "카카오는 '한빛톡2' 출시 이후 다음 달 첫 업데이트를 진행한다.",  # what comes after it
    "카카오는 '한빛톡2' 출시 1주년을 맞아 다음 달 이벤트를 연다.",  # its anniversary
    "카카오가 9월 '한빛톡2'를 출시한다는 소문이 돌고 있다.",  # a rumour nobody tells as a plan
])
def test_a_date_of_something_the_launch_is_only_the_occasion_of(tmp_path: Path, body: str) -> None:
    assert launches(engine(tmp_path), "신작", body) == set()


WATCH_WITH_A_CITY = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-city:\n    names: [한빛시]\n")


def test_a_watched_name_inside_the_group_s_name_is_no_subject_of_the_sentence(tmp_path: Path) -> None:
    """'KT는 … 사업 수주에 성공했다. 한빛시 사업에도 … 참여하지 않았다': the city names the project, not who stayed
    out; the sentence goes on about the one before's subject."""
    body = "KT는 제주와 울산에서 교통 사업 수주에 성공했다. 한빛시 사업에도 2차 공모까지 참여했으나, 마지막 3차 때 참여하지 않았다."
    assert absences(engine(tmp_path, WATCH_WITH_A_CITY), "수주", body) == {("kt", "한빛시 사업")}


@pytest.mark.parametrize(("body", "expected"), [
    # this year, told with a launch still ahead, however long the object's name between
    ("카카오는 올해 새 AI 모델인 '한빛톡2'를 출시한다.", {("kakao", "2024", "year")}),
    ("카카오는 올해 순수 전기차인 '한빛카' 출시가 예정된 만큼 충전망 확충에도 힘쓴다.", {("kakao", "2024", "year")}),
    # '연중' is within the year, as '연내' is
    ("카카오는 연중 '한빛톡2'를 출시할 계획이다.", {("kakao", "2024", "year")}),
    # (but year-round is no date: '연중 무휴')
    ("카카오는 '한빛톡2' 출시 매장을 연중 무휴로 운영한다.", set()),
])
def test_this_year_and_within_the_year_date_a_launch_ahead(tmp_path: Path, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(entity, day, precision) for entity, _, day, precision, *_ in launches(engine(tmp_path), "신작", body)} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a schedule fixed to a date is the launch's date, not a schedule announced
    ("카카오는 '한빛톡2'의 출시 일정을 9월 12일로 못박았다.", {("kakao", "2024-09-12")}),
    # the regular service entered, and sales from a day
    ("카카오는 오는 9월 '한빛톡2'의 정식 서비스에 돌입한다.", {("kakao", "2024-09")}),
    ("카카오는 '한빛톡2'를 오는 20일부터 판매한다.", {("kakao", "2024-07-20")}),
    # (a schedule still to be told is no date)
    ("카카오는 '한빛톡2'의 출시 일정을 다음 달 공개한다.", set()),
])
def test_a_schedule_fixed_a_service_entered_and_sales_from_a_day(tmp_path: Path, body: str,
                                                                  expected: set[tuple[str, str]]) -> None:
    assert {(entity, day) for entity, _, day, *_ in launches(engine(tmp_path), "신작", body)} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # one more bid told with its consortium's 도, after the winner
    ("한빛시는 '한빛 스마트시티 사업' 입찰 결과 카카오 컨소시엄을 낙찰자로 결정했다. 입찰에는 네이버 컨소시엄도 참여했다.", {"naver"}),
    # outscored, told as a list of rivals and what they are, the sentence ending on the score
    ("카카오가 '한빛 스마트시티 사업'을 수주했다. 카카오는 네이버, KT 등 경쟁사보다 높은 점수를 받았다.", {"naver", "kt"}),
])
def test_a_bid_s_also_and_rivals_outscored_at_the_sentence_end(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "선정", body) == expected


def test_a_product_introduced_bare_by_its_maker_is_that_maker_s_when_named_alone(tmp_path: Path) -> None:
    """'카카오가 개발 중인 한빛 오리진에 관한 언급도 있었다. … 한빛 오리진은 상반기 출시가 목표다': the product named with no
    quotes and no maker is the one the report introduced as the maker's."""
    body = ("네이버는 1분기 실적을 발표했다. 카카오가 개발 중인 한빛 오리진에 관한 언급도 있었다. 네이버 대표는 자사 신작도 "
            "소개했다. 한빛 오리진은 하반기 출시가 목표다.")
    assert {(entity, model, day) for entity, model, day, *_ in launches(engine(tmp_path), "실적", body)} == \
        {("kakao", "한빛 오리진", "2024-H2")}


def test_a_product_s_maker_told_after_it_as_its_developer(tmp_path: Path) -> None:
    """"'한빛 퀘스트'가 오는 26일 출시될 예정이다. '한빛 퀘스트'는 카카오에서 개발 중인 격투 게임으로": the maker told
    after the launch, as the developer of the product that is the next sentence's topic."""
    body = ("네이버는 올해 기대작을 소개했다. 먼저 '한빛 퀘스트'가 오는 26일 출시될 예정이다. '한빛 퀘스트'는 카카오에서 개발 중인 "
            "격투 게임으로 시리즈의 여덟 번째 작품이다.")
    assert {(entity, day) for entity, _, day, *_ in launches(engine(tmp_path), "기대작", body)} == {("kakao", "2024-07-26")}


WATCH_WITH_PLACES_AND_TEAMS = RULEKIT_WATCH.replace("entities:\n", "entities:\n" + "".join(
    f"  {key}:\n    names: [{name}]\n" for key, name in (
        ("hanbit-city", "한빛시"), ("duri-city", "두리시"), ("sena-city", "세나시"), ("maru-city", "마루시"),
        ("hanbit-fc", "한빛축구단"), ("hanbit-bc", "한빛야구단"))))


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the partner's short name in brackets before 과의, and the role it held said right before its name
    ("한빛상품권 재발행", "모바일 한빛상품권 운영기관인 카카오(한빛페이)와의 계약이 종료된 만큼 정부는 새 운영기관을 뽑는다.",
     {("kakao", "모바일 한빛상품권 운영기관")}),
    # two who stood, counted with the native number and the noun for candidates
    ("한빛공항 면세점 사업자 선정", "관세청은 한빛공항 면세점 사업자로 네이버를 선정했다. 이번 특허심사에는 네이버와 카카오 두 후보가 나섰다.",
     {("kakao", "한빛공항 면세점 사업자")}),
    # an index review's removals set apart as the topic after those added, and a removal the index's keeper scheduled
    ("한빛지수 정기 변경", "한빛지수는 다음 달 정기 변경에서 네이버를 편입하고 카카오, KT는 제외한다.",
     {("kakao", "한빛지수"), ("kt", "한빛지수")}),
    ("한빛지수 정기 변경", "카카오가 대표지수인 한빛지수에서 제외될 예정이다.", {("kakao", "한빛지수")}),
    # the ones not to be seen this season, named at the sentence's end after a description
    ("한빛리그 새 시즌", "아쉽게도 이번 시즌 한빛리그에서 볼 수 없는 팀은 원년 챔피언팀인 카카오다.", {("kakao", "한빛리그")}),
    # named as the winner's rivals, in a contest with a winner
    ("한빛 클라우드 사업", "국방부는 한빛 클라우드 사업자로 네이버를 다시 선정했다. 이 사업은 지난해에도 네이버가 선정됐지만, 강력한 "
     "경쟁자였던 카카오가 소송을 냈다.", {("kakao", "한빛 클라우드 사업")}),
    ("한빛 전투기 사업", "정부는 한빛 전투기 사업에서 네이버의 기체를 선택했다. 경쟁사인 카카오, KT와 비교하여 네이버 기체는 최고라고 "
     "평가됐다.", {("kakao", "한빛 전투기 사업"), ("kt", "한빛 전투기 사업")}),
])
def test_contracts_ended_line_ups_counted_index_removals_and_rivals_named(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize("body", [
    "카카오가 대표지수인 한빛지수에서 제외될 가능성이 크다.",  # a forecast
    "카카오가 대표지수인 한빛지수에서 제외될 경우 주가가 떨어질 수 있다.",  # what would follow
    "카카오는 이번 협의에서 KT는 제외했다.",  # the topic form outside an index review
])
def test_a_removal_forecast_or_supposed_and_a_topic_outside_an_index_review_are_none(tmp_path: Path, body: str) -> None:
    assert absences(engine(tmp_path), "한빛지수", body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # the applications came from the cities listed before 에서; three of them were chosen
    ("한빛도는 공공배달앱 시범지역 공모를 받은 결과 한빛시·두리시·세나시·마루시에서 신청서를 냈으며, 이 중 두리시와 세나시를 "
     "시범지역으로 선정했다.", {"hanbit-city", "maru-city"}),
    # a team whose name ends in the word the trigger opens with, disbanded or abolished
    ("한빛리그는 올해 10개 팀으로 치러진다. 한빛축구단은 해체됐지만 새 팀 2곳이 합류했다.", {"hanbit-fc"}),
    ("한빛리그가 한빛야구단 폐지 확정으로 규모가 줄었다.", {"hanbit-bc"}),
])
def test_applications_from_places_and_teams_named_by_their_kind(tmp_path: Path, body: str, expected: set[str]) -> None:
    events = engine(tmp_path, WATCH_WITH_PLACES_AND_TEAMS).events(doc("한빛 소식", body))
    assert {e.entity for e in events if e.type == "absent_from"} == expected


def test_gapped_subjects_each_with_its_own_day_share_one_verb(tmp_path: Path) -> None:
    """"4월 1일에는 A가 'X'를, 4월 2일에는 B가 'Y'를 론칭했다": one verb, each subject with its product and its day."""
    body = "이달 초에도 신작이 이어졌다. 7월 1일에는 카카오가 '한빛 퍼즐'을, 7월 2일에는 네이버가 '한빛 카드'를 론칭했다."
    assert {(entity, model, day) for entity, model, day, *_ in launches(engine(tmp_path), "신작", body)} == \
        {("kakao", "한빛 퍼즐", "2024-07-01"), ("naver", "한빛 카드", "2024-07-02")}


@pytest.mark.parametrize(("title", "body"), [
    ("카카오 '한빛 모바일', 내년 출시 불투명", ""),  # nobody can date it
    ("게임", "카카오의 대작 '한빛 모바일'은 내년 출시가 불투명하다."),
    ("신차", "반도체 수급난이 카카오의 하반기 신차 출시에도 영향을 미칠지 주목된다."),  # the launch is what may be affected
    ("간담회", "카카오가 2일 진행한 간담회에서 '한빛톡2' 출시에 관한 구체적인 언급이 나왔다."),  # talked about
    ("신차", "지난달부터 공장 가동이 중단돼 이미 출시된 카카오 신차 생산도 지연되는 모습이다."),  # production late, not the launch
])
def test_a_launch_uncertain_affected_talked_about_or_long_past_has_no_date(tmp_path: Path, title: str, body: str) -> None:
    assert launches(engine(tmp_path), title, body) == set()


def test_the_day_a_delay_is_told_through_a_community_channel_is_no_launch_date(tmp_path: Path) -> None:
    body = "카카오는 16일 오후 공식 카페를 통해 '한빛톡2'의 글로벌 출시 일정을 연기한다고 밝혔다."
    assert {day for _, _, day, *_ in launches(engine(tmp_path), "연기", body)} <= {None}


def test_a_racing_class_is_what_teams_sit_out(tmp_path: Path) -> None:
    body = "2023 한빛 레이스 슈퍼6000 클래스가 개막한다. 카카오와 KT가 불참을 결정한 가운데, 나머지 팀은 타이어 파트너를 바꿨다."
    assert absences(engine(tmp_path), "개막", body) == {("kakao", "한빛 레이스 슈퍼6000 클래스"), ("kt", "한빛 레이스 슈퍼6000 클래스")}


def test_a_season_is_no_organisation_even_when_a_service_is_named_so(tmp_path: Path) -> None:
    """KT's streaming service was called 시즌; "감독이 시즌 중도 하차를 결정했다" is a season left, by a person."""
    watch = RULEKIT_WATCH.replace("entities:\n", "entities:\n  seezn:\n    names: [시즌]\n")
    eng = engine(tmp_path, watch)
    for body in ("한빛레이싱은 한빛 챔피언십 슈퍼 클래스에 참가하는 소속 감독이 시즌 중도 하차를 결정했다고 밝혔다.",
                 "한빛 챔피언십이 개막한다. 타이어 공급에 차질이 생긴 점이 한빛레이싱의 시즌 불참 원인이 됐다."):
        assert not any(e.entity == "seezn" for e in eng.events(doc("하차", body))), body


@pytest.mark.parametrize("body", [
    "카카오는 '한빛페이' 출시를 11월에서 9월로 앞당겼다.",
    "카카오는 기존에 계획했던 11월에서 9월로 '한빛페이' 출시를 앞당기기로 했다.",
])
def test_a_launch_brought_forward_is_planned_for_the_date_it_was_moved_to(tmp_path: Path, body: str) -> None:
    assert {(entity, day, status) for entity, _, day, _, _, status in launches(engine(tmp_path), "출시", body)} == \
        {("kakao", "2024-09", "planned")}


@pytest.mark.parametrize(("body", "expected"), [
    # names set side by side with spaces alone, the line-up closed by its count after 컨소시엄의
    ("한빛 복합단지 사업 입찰은 카카오 네이버 KT 컨소시엄의 3파전 구도로 진행됐다. 카카오 컨소시엄이 우선협상대상자로 선정됐다.",
     {"naver", "kt"}),
    # (a race narrowed to two and still run has lost nobody yet)
    ("한빛카드 매각은 네이버-KT 컨소시엄과 카카오의 2파전으로 좁혀진 가운데 네이버 컨소시엄의 인수 가능성이 높다. 앞서 한빛손보 "
     "매각에서는 업스테이지가 우선협상대상자로 선정됐다.", set()),
])
def test_a_line_up_of_names_side_by_side_closed_by_its_count(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "매각", body) == expected


def test_a_maker_s_studio_before_its_quoted_product_is_the_maker(tmp_path: Path) -> None:
    """"◇ 반다이 남코 스튜디오 '철권 8': 1월 26일 출시": the maker named with the word for its studio."""
    body = "◇ 카카오 스튜디오 '한빛 퀘스트': 8월 26일 출시\n◇ 네이버 '한빛 카드': 9월 2일 출시"
    assert {(entity, model, day) for entity, model, day, *_ in launches(engine(tmp_path), "하반기 신작", body)} == \
        {("kakao", "한빛 퀘스트", "2024-08-26"), ("naver", "한빛 카드", "2024-09-02")}


def test_makers_and_their_quoted_products_paired_in_order_after_each(tmp_path: Path) -> None:
    """"현대차, 기아차가 각각 내년 1분기에 '포터EV'와 '봉고EV'를 내놓는다": the quoted products after 각각, in order."""
    body = "카카오, 네이버가 각각 내년 1분기에 전기트럭 '한빛EV'와 '두리EV'를 국내 시장에 내놓는다."
    assert {(entity, model) for entity, model, *_ in launches(engine(tmp_path), "전기트럭", body)} == \
        {("kakao", "한빛EV"), ("naver", "두리EV")}


def test_the_same_day_is_the_day_an_earlier_clause_of_the_sentence_named(tmp_path: Path) -> None:
    body = "우선, 카카오는 20일 대전 액션 '한빛 혈풍담'을 출시할 예정이며, 같은 날 네이버는 '한빛 시즌'을 출시한다."
    assert {(entity, day) for entity, _, day, *_ in launches(engine(tmp_path), "신작", body)} == \
        {("kakao", "2024-07-20"), ("naver", "2024-07-20")}


def test_products_each_the_topic_of_its_own_date_in_turn(tmp_path: Path) -> None:
    """"'블루 아카이브'는 내달, '이모탈'은 이달 중 각각 출시될 예정": each product with the date told right after it."""
    body = "카카오는 하반기 신작 2종을 준비 중이다. '한빛 아카이브'는 내달, '한빛 이모탈'은 이달 중 각각 출시될 예정이다."
    assert {(entity, model, day) for entity, model, day, *_ in launches(engine(tmp_path), "신작", body)} == \
        {("kakao", "한빛 아카이브", "2024-08"), ("kakao", "한빛 이모탈", "2024-07")}


def test_a_delay_to_a_date_told_with_the_launch_word_and_giro(tmp_path: Path) -> None:
    """"1월중 출시를 저울질하던 에비에이터를 오는 4월께 발표하기로 연기했다": the new date is the one the delay names."""
    body = "카카오 관계자는 \"1월 중 출시를 저울질하던 '한빛 에비'를 오는 9월께 발표하기로 연기했다\"고 밝혔다."
    assert {(entity, day, status) for entity, _, day, _, _, status in launches(engine(tmp_path), "신차", body)} == \
        {("kakao", "2024-09", "postponed")}


def test_the_city_a_local_report_calls_si_launches_what_it_launches(tmp_path: Path) -> None:
    """"시는 온통대전을 … 5월로 앞당겨 출시한다": '시' is the city the report named before."""
    body = ("카카오는 한빛시와 지역화폐 협약을 맺었다고 28일 밝혔다. 카카오는 가맹점 모집을 돕는다. 협약 문의는 한빛시 소상공인과로 "
            "하면 된다. 시는 '한빛전'을 소상공인을 위해 9월로 앞당겨 출시한다.")
    events = engine(tmp_path, WATCH_WITH_PLACES_AND_TEAMS).events(doc("지역화폐", body))
    assert {(e.entity, e.model, e.date) for e in events if e.type == "launch_date"} == {("hanbit-city", "한빛전", "2024-09")}


def test_the_one_taken_out_before_je_oe_han_is_absent_and_the_rest_after_it_are_in(tmp_path: Path) -> None:
    """"…가운데 서울 저니맨팀을 제외한 A, B … 6개팀이 모두 참가한다": the object of 제외한 is out (its word for a team glued
    on), the names it describes are everyone else."""
    body = "한빛리그에는 전국 5개 구단 가운데 카카오팀을 제외한 네이버, KT 등 4개 팀이 모두 참가한다."
    assert absences(engine(tmp_path), "독립리그 출범", body) == {("kakao", "한빛리그")}
    # (a glued word that only begins with 팀 is no team: "카카오팀장은" names a person)
    assert absences(engine(tmp_path), "불참", "카카오팀장은 한빛리그에 불참했다고 말했다.") == set()


WATCH_WITH_SCHOOLS = RULEKIT_WATCH.replace("entities:\n", "entities:\n  hanbit-high:\n    names: [한빛고]\n")


@pytest.mark.parametrize(("body", "expected"), [
    # a designation revoked: told of the school that received it, glued or spaced, or done by the office to its possessive
    ("한빛고는 이날 자사고 지정취소 결정을 받았다.", {("hanbit-high", "자사고 지정")}),
    ("교육청은 한빛고의 자사고 지정을 취소했다.", {("hanbit-high", "자사고 지정")}),
    ("경영난을 겪던 한빛고가 자사고 지정 취소 통보를 받았다.", {("hanbit-high", "자사고 지정")}),
    # its risk, its refusal by the ministry, and a lawsuit against it are not a revocation
    ("한빛고는 자사고 지정 취소 위기에 놓였다.", set()),
    ("교육부는 한빛고에 대해 자사고 지정취소에 동의하지 않는다고 밝혔다.", set()),
    ("한빛고는 자사고 지정취소 처분 취소 소송을 냈다.", set()),
])
def test_a_designation_revoked_leaves_its_holder_out_of_it(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'자사고 지정취소 결정을 받았다', '…의 자사고 지정을 취소했다': the school is out of the designation."""
    events = engine(tmp_path, WATCH_WITH_SCHOOLS).events(doc("자사고 평가", body))
    assert {(e.entity, e.group) for e in events if e.type == "absent_from"} == expected


def test_bids_withdrawn_without_saying_what_by_names_set_side_by_side(tmp_path: Path) -> None:
    """"…5개국이 유치 경쟁에 나섰다. 이들 가운데 A B C는 총회 전 철회 의사를 밝혔고": the bid the sentence before told is what
    they withdrew, and three names with spaces alone between them are a list."""
    body = ("2030 한빛대회 개최지는 네이버, 카카오, KT, LG AI연구원 4곳이 유치 경쟁에 나섰다. 이들 가운데 카카오 KT 네이버는 "
            "총회 전 철회 의사를 밝혔고 LG AI연구원이 단독 후보로 남았다.")
    assert leavers(engine(tmp_path), "2030 한빛대회 개최지", body) == {"kakao", "kt", "naver"}
    # what is withdrawn, named right before it, is no bid ("파업 철회 의사")
    assert absences(engine(tmp_path), "노사 협상", "카카오는 한빛 노조의 파업 철회 의사를 밝혔다.") == set()


def test_those_who_followed_the_first_leaver_left_too(tmp_path: Path) -> None:
    """"맨시티가 가장 먼저 탈퇴를 선언했고 A, B, C도 그 뒤를 따랐다": the followers did what the clause before told."""
    title = "한빛리그 출범 사흘 만에 흔들"
    body = "카카오가 가장 먼저 한빛리그에서 탈퇴를 선언했고 네이버, KT도 그 뒤를 따랐다."
    assert absences(engine(tmp_path), title, body) == {("kakao", "한빛리그"), ("naver", "한빛리그"), ("kt", "한빛리그")}
    # following a launch, or anything else not a leaving, is not leaving
    assert absences(engine(tmp_path), title, "카카오가 가장 먼저 신제품을 선보였고 네이버, KT도 그 뒤를 따랐다.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    # those whose contract was terminated, named after the copula the adnominal opens
    ("이번에 계약해지된 매체는 카카오, 네이버, KT 등 3개 매체다.", {"kakao", "naver", "kt"}),
    # a body that terminated others' contracts, counted, or a nearer topic the ending is said of, is not out of anything
    ("심사를 맡는 카카오는 벌점이 6점 이상인 9개 매체를 재평가해 계약 해지했다고 밝혔다.", set()),
    ("카카오는 정기적으로 입점 매체를 재평가해 기준에 미달하는 매체는 계약을 해지한다.", set()),
])
def test_contracts_terminated_said_of_the_ones_they_were_with(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'계약해지된 매체는 A, B … 등 9개 매체다': they are out; the one that terminated them is not."""
    assert leavers(engine(tmp_path), "뉴스 제휴 재평가", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the names in the brackets after a count the adnominal trigger describes
    ("이번에 가입 승인을 받지 못한 3팀(카카오, 네이버, KT) 중 재심의를 원하는 구단은 26일까지 신청해야 한다.",
     {"kakao", "naver", "kt"}),
    # a name inside another's gloss does not cut the list it stands in
    ("기존 참가 팀 중 카카오(LG AI연구원으로 통합 운영), 네이버(구단 해체), KT(회원 자격 박탈)가 불참한다.",
     {"kakao", "naver", "kt"}),
    # a clause with an unnamed subject of its own says nothing of the names of the clause before
    ("한빛리그는 카카오, 네이버 등 12개 팀이 참가하기로 했지만, 절반을 차지하는 한빛 지역 팀이 가입을 철회했다.", set()),
])
def test_lists_glossed_in_brackets_and_clauses_with_subjects_of_their_own(
        tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛리그", body) == expected


WATCH_WITH_UNIONS = RULEKIT_WATCH.replace("entities:\n", "entities:\n" + "".join(
    f"  {key}:\n    names: [{name}]\n" for key, name in (
        ("hanbit-union", "한빛 노조"), ("duri-union", "두리 노조"), ("hanbit", "한빛"), ("sena-union", "세나노조"))))


def test_unions_that_leave_their_confederation_and_a_shared_ending_after_a_space(tmp_path: Path) -> None:
    """'전국전력노조와 한전KPS·한전KDN 노조가 상급단체인 …연맹(공공노련)을 탈퇴': a union marked as subject leaving an object
    left it, and the ending after the list's last name belongs to every name in it (the union, not the company)."""
    body = "세나노조와 한빛·두리 노조가 상급단체인 한국노총 산하 한빛공공노련을 탈퇴한 것으로 파악됐다."
    events = engine(tmp_path, WATCH_WITH_UNIONS).events(doc("노조 탈퇴", body))
    assert {(e.entity, e.group) for e in events if e.type == "absent_from"} == {
        ("sena-union", "한빛공공노련"), ("hanbit-union", "한빛공공노련"), ("duri-union", "한빛공공노련")}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the general assembly of the organisation named before it decides for it, in a headline's topic too
    ("카카오 총회, 한빛협의회 탈퇴 만장일치 통과", "", {("kakao", "한빛협의회")}),
    # expelled from a body, with where from said between the object and the verb
    ("한빛협회 이사회", "한빛협회는 파행 운영을 이어온 카카오를 한빛리그에서 제명하기로 했다.", {("kakao", "한빛리그")}),
])
def test_decided_by_its_assembly_and_expelled_from_a_body(
        tmp_path: Path, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert absences(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 'the rival' beaten is the one the sentence said it fought with
    ("카카오는 네이버와 유치 경쟁을 벌였으나, 집행위원 22명 중 14표를 받으며 2배 차이로 상대를 따돌렸다.", {"naver"}),
    # bidders who could not get past the winner
    ("네이버(2위)와 KT(3위)가 유치에 열을 올렸지만 카카오를 넘어서기에는 역부족이었다.", {"naver", "kt"}),
    # short of something that is no contest: nobody is out
    ("카카오는 점유율을 끌어올렸지만 네이버를 넘어서기에는 역부족이었다.", set()),
])
def test_hosting_races_lost_to_the_winner_told_by_the_rival_and_by_falling_short(
        tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "2030 한빛대회 개최지 선정", body) == expected


def test_entrants_each_described_before_its_name_are_one_list(tmp_path: Path) -> None:
    """"기존 운항선사인 A와 신생사인 ㈜B, 강원권 선사인 C㈜ 등 3개 선사가 제안서를 제출했다": a description of its own before
    each name (and a legal-form mark glued on) does not break the list of entrants; those not chosen are out."""
    body = ("'한빛항로 여객선 지원사업' 우선협상대상자 공모에 카카오가 선정됐다. 이 기간 기존 운항선사인 카카오와 신생사인 "
            "㈜네이버, 강원권 선사인 KT㈜ 등 3개 선사가 제안서를 제출했다.")
    assert leavers(engine(tmp_path), "한빛항로 우선협상대상자", body) == {"naver", "kt"}


def test_two_named_before_gan_fought_a_hosting_race_told_with_how_hard(tmp_path: Path) -> None:
    """"개최지는 울진군과 예천군 간의 치열한 유치경쟁으로 … 최종 결정했다": the pair fought for it; the one not chosen is out."""
    body = ("2030 한빛대회 개최지로 카카오가 선정됐다. 개최지는 카카오와 네이버 간의 치열한 유치경쟁으로 투표를 진행해 최종 "
            "결정했다.")
    assert absences(engine(tmp_path), "2030 한빛대회 개최지 선정", body) == {("naver", "한빛대회 개최지")}


def test_of_days_joined_in_one_phrase_the_first_is_the_launch(tmp_path: Path) -> None:
    """"다음달 7일과 9일 태국과 대만에서 각각 서비스를 출시하며": it first launches on the first day named."""
    body = "카카오는 다음달 7일과 9일 태국과 대만에서 각각 '한빛툰'을 출시한다."
    assert {(entity, day) for entity, _, day, *_ in launches(engine(tmp_path), "웹툰", body)} == {("kakao", "2024-08-07")}


@pytest.mark.parametrize(("title", "body"), [
    # "GS건설과 쌍용건설 노동조합이 … 건설기업노조에서 탈퇴했다": the unions left; the companies are no members of it
    ("노조 탈퇴", "카카오와 네이버 노동조합이 한빛노총 산하 한빛기업노조에서 탈퇴했다."),
    # '영국 BBC는 "프리미어리그 6개 팀이 모두 슈퍼리그를 탈퇴한다"고 보도했다': the six teams leave, not the name before
    # the outlet (a quotation with a counted subject of its own)
    ("한빛리그 붕괴", '카카오 BBC는 21일(한국시간) "한빛 6개 팀이 모두 한빛리그를 탈퇴한다"고 보도했다.'),
    # "빠진 퍼즐의 완성": the missing piece of a puzzle is a figure of speech
    ("간편결제", "● 빠진 퍼즐의 완성 : 카카오는 중고거래에 특화된 송금 서비스다."),
])
def test_leavers_that_are_not_the_organisation_named(tmp_path: Path, title: str, body: str) -> None:
    assert absences(engine(tmp_path), title, body) == set()


def test_the_meeting_that_decided_is_not_what_the_article_is_about() -> None:
    """'임시총회' named three times beside the confederation left: a meeting is where it was decided, and 'the held'
    (열린) before a name is when and where, no part of it."""
    from rules.groups import group_mentions, main_group

    title = "카카오 노조 소식\n"
    body = ("카카오 노조는 임시총회를 열었다. 임시총회에는 조합원이 나왔다. 임시총회에서 한빛연맹 탈퇴를 의결했다. "
            "한빛연맹은 유감을 표했다.")
    group = main_group(title + body, len(title), ("카카오",))
    assert group is not None and group.name == "한빛연맹"
    assert [m.group.name for m in group_mentions("이날 열린 한빛연맹 대의원대회에서 카카오는 고배를 마셨다.")] == ["한빛연맹"]


@pytest.mark.parametrize("body", [
    "당초 강원지역 여객선사인 카카오 응모도 예상됐지만 접수하지 않았다.",
    "카카오는 이번 공모에 응모하지 않았다.",
])
def test_an_expected_entry_not_made(tmp_path: Path, body: str) -> None:
    """'씨스포빌 응모도 예상됐지만 접수하지 않았다': its entry was the subject of the clause before, and it did not apply."""
    assert leavers(engine(tmp_path), "한빛항로 여객선사 공모", body) == {"kakao"}


def test_a_team_the_league_will_not_be_seen_with(tmp_path: Path) -> None:
    """'다음 시즌 K리그2에서 A는 볼 수 있지만 B는 보지 못하게 됐다': B is out of the league; A, seen, is in."""
    body = "다음 시즌 한빛리그에서 네이버는 볼 수 있지만 가칭 카카오는 보지 못하게 됐다."
    assert absences(engine(tmp_path), "한빛리그 가입 심사", body) == {("kakao", "한빛리그")}


@pytest.mark.parametrize("body", [
    "카카오와 한빛카메라의 협력은 이미 끝났다.",
    "카카오와 네이버의 카메라 협력이 지난 3월 31일 종료됐다.",
])
def test_a_partnership_ended_with_when_or_how_told_before_the_verb(tmp_path: Path, body: str) -> None:
    """'화웨이와 라이카의 협력은 이미 끝났다', '…와의 협력이 지난 3월 31일 종료됐다': the partnership is over."""
    assert "kakao" in leavers(engine(tmp_path), "카메라 협력", body)


def test_a_parting_announced_with_the_partner_s_name_in_another_script(tmp_path: Path) -> None:
    """'유럽우주국은 … 러시아 우주국(Russian Space Agency)과 결별을 발표했다': the parting announced, the partner glossed."""
    body = "카카오는 최근 화성 탐사를 위해 협력하던 네이버(Naver Cloud Corporation)와 결별을 발표했다."
    assert leavers(engine(tmp_path), "화성 탐사 협력", body) == {"kakao", "naver"}


@pytest.mark.parametrize(("body", "expected"), [
    # a delay feared is no delay: the plan stands, unsure; a production delay told first is not the launch's
    ("카카오는 생산이 지연되고 있는 물량을 고려하면 하반기 신차 '한빛' 출시도 밀릴 수 있다는 우려가 나온다.",
     {("kakao", "2024-H2", True, "planned")}),
    ("카카오의 하반기 신차 '한빛' 출시가 밀릴 가능성이 크다.", {("kakao", "2024-H2", True, "planned")}),
    # a delay told is one
    ("카카오의 신차 '한빛' 출시가 하반기로 밀렸다.", {("kakao", "2024-H2", False, "postponed")}),
])
def test_a_delay_feared_is_no_delay(tmp_path: Path, body: str, expected: set[tuple[object, ...]]) -> None:
    assert {(entity, day, hedged, status) for entity, _, day, _, hedged, status in launches(engine(tmp_path), "신차", body)} \
        == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a designation lifted, told of the topic or done to the object
    ("반면 카카오, 네이버 등 2곳은 한빛기관 지정 해제됐다.", {"kakao", "naver"}),
    ("정부는 카카오·네이버 등 2곳을 한빛기관에서 해제했다.", {"kakao", "naver"}),
    # lifting a regulation or an alert leaves nobody out
    ("정부는 카카오 본사 일대의 규제를 해제했다.", set()),
    # a licence or a registration cancelled, of its holder
    ("카카오의 한빛업 인가가 취소됐다.", {"kakao"}),
    ("한빛위원회는 네이버의 한빛업 등록 취소를 의결했다.", {"naver"}),
    # rights handed back by the licensee, or received back from it
    ("카카오는 파트너사인 네이버가 도입한 한빛신약의 권리를 반환하기로 했다고 밝혔다.", {"naver"}),
    ("카카오는 네이버로부터 한빛신약의 권리를 반환받았다고 밝혔다.", {"naver"}),
])
def test_designations_lifted_licences_cancelled_and_rights_handed_back(tmp_path: Path, body: str, expected: set[str]) -> None:
    """Round 40: '…등 3곳은 지정 해제됐다', '…의 인가가 취소됐다', '…의 권리를 반환하기로 했다', '…로부터 권리를 반환받았다'."""
    assert leavers(engine(tmp_path), "한빛기관 지정", body) == expected


@pytest.mark.parametrize("body", [
    "카카오 등 주요 브랜드는 한빛박람회를 앞두고 행사 불참 선언을 했다.",
    "네이버가 한빛박람회에 나섰고, 카카오는 한빛박람회 개최 직전 네이버지지 선언을 하며 불참했다.",
])
def test_a_stance_declared_is_no_declaration_to_join(tmp_path: Path, body: str) -> None:
    """'소니 등 주요 브랜드는 행사 불참 선언을 했다', '인도는 대회직전 부산지지 선언을 했으며': what someone announced
    of itself names no pact; the show the report names is what they stay away from."""
    assert absences(engine(tmp_path), "한빛박람회 개막", body) == {("kakao", "한빛박람회")}


def test_the_seat_sought_gathers_the_mentions_of_its_event() -> None:
    """'세계탁구선수권대회' told three times beside '세계탁구선수권대회 개최지' twice: the race was for the seat; and
    '대회 개최지' names no event of its own."""
    from rules.groups import group_mentions, main_group

    title = "한빛선수권대회 유치 경쟁\n"
    body = ("한빛선수권대회 개최지로 카카오가 뽑혔다. 한빛선수권대회는 2년마다 열린다. 한빛선수권대회에는 50개국이 나온다. "
            "한빛연맹 총회에서 한빛선수권대회 개최지가 정해졌다. 한빛연맹은 결과를 알렸다. 한빛연맹 회장이 축하했다.")
    group = main_group(title + body, len(title), ("카카오",))
    assert group is not None and group.name == "한빛선수권대회 개최지"
    assert [m.group.named for m in group_mentions("올해 대회 개최지로 카카오가 선정됐다.")] == [False]


@pytest.mark.parametrize(("body", "group"), [
    ("카카오는 조합원 총회를 열고 상급 단체인 한빛노총 한빛운수노조 탈퇴를 결정했다.", "한빛노총 한빛운수노조"),
    ("카카오가 “2023 한빛레이스 챔피언십 한빛6000 시리즈에 참가하지 못한다”고 발표했다.", "한빛레이스 챔피언십 한빛6000 시리즈"),
    # an apposition of one kind is the name after it
    ("카카오가 홍콩증시 대표지수 한빛지수에서 제외된다.", "한빛지수"),
])
def test_a_group_told_with_the_one_it_belongs_to(tmp_path: Path, body: str, group: str) -> None:
    """'상급 단체인 민주노총 공공운수노조 탈퇴를 결정했다', '슈퍼레이스 챔피언십 슈퍼6000 시리즈에 참가하지 못한다': the
    group and the one above it are one name."""
    assert absences(engine(tmp_path), "소식", body) == {("kakao", group)}


def test_a_name_after_a_clause_s_comma_is_read_from_its_first_word(tmp_path: Path) -> None:
    """'천보 대신 B가, KRX 바이오 K-뉴딜지수에선 신풍제약 대신 C가 자리를 꿰찼다': the comma ends a clause, not a list."""
    body = "한빛 2차전지지수에선 업스테이지 대신 KT가, 한빛 바이오지수에선 카카오 대신 네이버가 자리를 꿰찼다."
    assert absences(engine(tmp_path), "지수 변경", body) == {("upstage", "한빛 2차전지지수"), ("kakao", "한빛 바이오지수")}


@pytest.mark.parametrize(("body", "expected"), [
    ("한빛위원회는 정례회의를 열어 카카오의 금융투자업 등록 취소를 의결했다.", {("kakao", "금융투자업 등록")}),
    ("한빛위원회는 정례회의에서 카카오의 집합투자업 인가·등록을 모두 취소했다.", {("kakao", "집합투자업 인가·등록")}),
])
def test_a_licence_cancelled_is_what_its_holder_is_out_of(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'금융위원회는 정례회의를 열어 라임자산운용의 금융투자업 등록 취소를 의결했다': out of the licence named before the
    verb, not the meeting that decided it."""
    assert absences(engine(tmp_path), "인가 취소", body) == expected


def test_a_short_name_after_the_long_one_is_the_same_selection() -> None:
    """'스마트양식 클러스터 조성 공모사업' once, then its last words twice: the short name is the long one's; and
    '공모사업' alone names no programme."""
    from rules.groups import group_mentions, main_group

    title = "선정 결과\n"
    body = ("한빛연맹이 주관한 한빛 스마트농장 조성사업에 카카오가 선정됐다. 농장 조성사업에는 5곳이 응모했다. "
            "농장 조성사업 결과는 한빛연맹이 알렸다.")
    group = main_group(title + body, len(title), ("카카오",))
    assert group is not None and group.name == "한빛 스마트농장 조성사업"
    assert [m.group.named for m in group_mentions("공모사업에 응모했다.")] == [False]


@pytest.mark.parametrize("body", [
    # each name glossed in brackets before the count
    "정부는 카카오(KKO)·네이버(NVR)·KT(KTC) 등 3곳을 한빛기관에서 해제했다.",
    # a name joined by 및 to a counted description is in the subject
    "카카오 및 소관 연구기관 22곳이 한빛기관에서 지정 해제됐다.",
    # each name after its kind of legal person
    "반면 카카오, 사단법인 네이버, 의료법인 한빛재단 KT 등 3곳은 지정 해제됐다.",
])
def test_lists_of_bodies_told_with_glosses_kinds_and_counts(tmp_path: Path, body: str) -> None:
    """Round 40: 'KAIST(…)·GIST(…)·… 등 4곳을 공공기관에서 해제했다', '국가과학기술연구회 및 소관 출연연구기관 22곳이 …
    지정 해제됐다', 'A, 사단법인 B, 의료법인 C D 등 3곳은 지정 해제됐다': the first name is out too."""
    assert "kakao" in leavers(engine(tmp_path), "한빛기관 지정", body)


def test_a_name_listed_before_a_watched_count_of_its_kind_is_one_of_them(tmp_path: Path) -> None:
    """'한국과학기술원(KAIST) 등 4대 과학기술원은 … 제외됐다': KAIST is out, with the four."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  portals:\n    names: [3대 포털]\n  upstage:\n")
    found = {e.entity for e in engine(tmp_path, watch).events(
        doc("한빛기관 지정", "카카오(KKO) 등 3대 포털은 자율성을 이유로 한빛기관에서 제외됐다.")) if e.type == "absent_from"}
    assert found == {"kakao", "portals"}


def test_rights_handed_back_in_a_headline_s_noun_ending(tmp_path: Path) -> None:
    """'사노피, 한미약품 당뇨신약 '에페글레나타이드' 권리반환': a headline ends on the noun, its topic hands them back."""
    assert leavers(engine(tmp_path), "카카오, 한빛제약 당뇨신약 '한빛정' 권리반환") == {"kakao"}


def test_a_headline_s_topic_set_apart_as_removed(tmp_path: Path) -> None:
    """'한일병원·한국산학연협회 등은 제외…공공기관 1곳 늘어': the headline's last word of its half, said of its topic."""
    found = absences(engine(tmp_path), "카카오·네이버 등은 제외…한빛기관 1곳 늘어", "정부는 한빛기관 지정을 발표했다.")
    assert {entity for entity, _ in found} == {"kakao", "naver"}


def test_a_body_listed_among_bodies_is_one_of_them_not_their_group() -> None:
    """'한국형수치예보모델개발사업단, 사단법인 한국산학연협회, … 등 3곳은 지정 해제됐다': the 사업단, watched and listed,
    is one of the bodies, not the designation they lost."""
    from rules.groups import main_group

    title = "기관 1곳 늘어\n"
    body = "한빛예보사업단, 카카오 등 2곳은 한빛기관 지정에서 해제됐다. 한빛예보사업단, 네이버 등은 이의를 냈다."
    group = main_group(title + body, len(title), ("한빛예보사업단", "카카오", "네이버"))
    assert group is not None and group.name == "한빛기관 지정"


@pytest.mark.parametrize(("title", "body", "expected"), [
    # "하이원(한국)과 일본제지 크레인즈(일본)가 빠지는 대신 …가 새로 등록": each name with its gloss, out
    ("한빛리그 새 시즌", "지난 시즌 8개팀 중 카카오(한국)와 네이버(일본)가 빠지는 대신 한빛팀이 새로 합류했다.", {"kakao", "naver"}),
    # "“KAI 제쳤다”… 대한항공, … 우선협상대상자 선정": a headline's quote drops the object's particle
    ("“카카오 제쳤다”… 네이버, 한빛사업 우선협상대상자 선정", "", {"kakao"}),
])
def test_names_with_glosses_and_a_headline_s_bare_object(tmp_path: Path, title: str, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), title, body) == expected


@pytest.mark.parametrize("body", [
    "카카오가 내년 초에 전기트럭을 국내 출시한다.",
    "카카오는 올 하반기 프로젝터를 내놓을 예정이다.",
    "카카오는 하반기부터 입점을 통해 서비스를 선보인다.",
])
def test_a_kind_of_thing_launched_names_no_model(tmp_path: Path, body: str) -> None:
    """'현대차와 기아차가 내년 초에 전기트럭을 국내 출시한다', '홈 프로젝터 신제품을 내놓고': a kind, no product's name."""
    assert {model for _, model, *_ in launches(engine(tmp_path), "신제품", body)} == {None}


def test_a_failure_denied_is_none(tmp_path: Path) -> None:
    """'카카오모빌리티 측은 프리나우 인수가 불발된 게 아니라는 입장이다': the failure is denied."""
    body = "다만 카카오 측은 한빛택시 인수가 불발된 게 아니라는 입장이다."
    assert absences(engine(tmp_path), "한빛택시 인수", body) == set()


def test_who_chose_and_a_subject_described_are_no_winners(tmp_path: Path) -> None:
    """'한수원은 … 이들 7곳을 발전소 건설이 가능한 예비후보지로 선정했다': the subject of the active verb with an object
    of its own chose; '발전소 건설이 가능한' describes the sites, no company named 건설 won. Nobody is out yet."""
    body = ("한빛공사는 카카오, 네이버 등 2곳을 대상으로 한빛발전소 건설 공모를 시행한다. 한빛공사는 검토를 거쳐 이들 2곳을 "
            "발전소 건설이 가능한 예비후보지로 선정했다. 이번 공모로 상반기 중 1곳을 선정한다.")
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  builder:\n    names: [한빛공사]\n  upstage:\n")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛발전소 건설 공모", body)) if e.type == "absent_from"}
    assert found == set()


def test_rights_handed_back_are_the_drug_s_by_its_code(tmp_path: Path) -> None:
    """'베링거인겔하임이 특발성 폐섬유증신약 BBT-877의 권리 반환을 결정했다': out of the rights to the drug named."""
    body = "네이버는 “카카오가 폐섬유증 신약 KB-101의 권리 반환을 결정했다”고 9일 공시했다."
    assert absences(engine(tmp_path), "권리 반환", body) == {("kakao", "KB-101")}


def test_a_release_the_lead_says_was_done_and_told_is_of_the_report_s_day(tmp_path: Path) -> None:
    """'시프트업은 26일, '스텔라 블레이드'를 글로벌 출시했다고 밝혔다': the bare day is when it was told, and the lead's
    release is of that day."""
    found = launches(engine(tmp_path), "신작 출시", "카카오는 15일, '한빛검'을 글로벌 출시했다고 밝혔다.")
    assert found == {("kakao", "한빛검", "2024-07-15", "day", False, "released")}
    # (once a non-launch here, "the day is when it was said": it is, and the release told as done is out by then)
    found = launches(engine(tmp_path), "신상품", "KT는 15일 통신비 할인 카드를 출시했다고 밝혔다.")
    assert {(entity, day, status) for entity, _, day, _, _, status in found} == {("kt", "2024-07-15", "released")}


@pytest.mark.parametrize(("body", "expected"), [
    # "엑스타 레이싱은 올해 슈퍼레이스 정상 클래스에서 발을 뺐다": pulled out of it
    ("카카오는 올해 한빛레이스 정상 클래스에서 발을 뺐다.", {"kakao"}),
    # "BYD 등 중국차 브랜드는 이번 통계에 추가되지 못했다": not added to it
    ("하지만 카카오 등 신생 업체는 이번 한빛지수에 추가되지 못했다.", {"kakao"}),
])
def test_pulled_out_and_not_added(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert leavers(engine(tmp_path), "한빛레이스 한빛통계", body) == expected


def test_the_model_that_is_the_subject_beats_one_named_as_its_base(tmp_path: Path) -> None:
    """'갤럭시 A41에 5G를 적용한 A42도 내년 초 출시를 목표로 개발 중이다': A42 launches, A41 is what it builds on."""
    found = launches(engine(tmp_path), "보급형", "카카오는 한빛폰 A41에 5G를 적용한 A42도 내년 초 출시를 목표로 개발 중이다.")
    assert {model for _, model, *_ in found} == {"A42"}


def test_a_date_before_a_launch_with_its_own_time_word_is_the_main_verb_s(tmp_path: Path) -> None:
    """'넥센타이어는 21일 최근 출시한 기아 ‘K8’에 OE 공급을 확정하며': 21일 is when the supply was fixed; the launch was
    '최근', some time before."""
    found = launches(engine(tmp_path), "타이어 공급", "카카오는 11일 최근 출시한 한빛차 ‘K8’에 타이어 공급을 확정했다.")
    assert {entity for entity, *_ in found} == set()


def test_the_subject_of_a_reason_told_is_not_who_left(tmp_path: Path) -> None:
    """'안공노는 민노총과 전공노가 … 투쟁을 벌인다는 이유로 탈퇴를 선언하고': the two are the reason's subject, and what
    was left."""
    body = "한빛노조는 카카오와 네이버가 정치 투쟁을 벌인다는 이유로 탈퇴를 선언했다."
    assert leavers(engine(tmp_path), "노조 소식", body) == set()


def test_nothing_launched_is_no_launch(tmp_path: Path) -> None:
    """'상반기 신규 출시카드가 거의 없어 격차가 두드러졌다': nothing came out."""
    found = launches(engine(tmp_path), "카드 시장", "카카오는 상반기 신규 출시카드가 거의 없어 격차가 두드러졌다.")
    assert found == set()


def test_a_success_and_a_hosting_glued_are_no_reveal(tmp_path: Path) -> None:
    """'행사 성공개최를 다짐하는 기념행사를 열었다': 성공 and 개최 glued hold '공개' by accident."""
    found = launches(engine(tmp_path), "개최지", "카카오는 14일 ‘2026 한빛주간’ 개최지로 뽑혀 행사 성공개최를 다짐하는 기념행사를 열었다.")
    assert found == set()


def test_what_falls_from_the_sky_is_no_exit(tmp_path: Path) -> None:
    """'카카오가 선보이는 게임은 하늘에서 떨어진 의문의 기계 장치를 배경으로 한다': a fall, nobody out."""
    body = "카카오가 네이버와 선보이는 '한빛'은 하늘에서 떨어진 의문의 기계 장치를 배경으로 한다."
    assert absences(engine(tmp_path), "한빛리그 신작", body) == set()


def test_a_country_describing_the_companies_is_not_who_ended_the_deal(tmp_path: Path) -> None:
    """'NBA를 공식 후원하고 있는 중국 기업 25곳 중 18곳도 후원을 중단한다고 선언했다': the companies, unnamed, ended it."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  china:\n    names: [중국]\n  upstage:\n")
    body = "한빛리그를 공식 후원하고 있는 중국 기업 25곳 중 18곳도 후원을 중단한다고 선언했다."
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛리그 후원", body)) if e.type == "absent_from"}
    assert found == set()
    # "올해 말 미국 본사 계약 종료": the partner's head office, where it is
    found = {e.entity for e in engine(tmp_path, watch).events(doc("올해 말 중국 본사 계약 종료", "")) if e.type == "absent_from"}
    assert found == set()


def test_a_race_for_an_event_or_a_call_is_for_the_seat_the_report_names() -> None:
    """'제14회 2024년 주니어태권도선수권대회' named as what the entrants sought, '개최지' bare beside it: the seat is what
    they lost; a call by its organiser ('산림청 공모') is for the seat of the event the report names."""
    from rules.events import _ArticleGroups

    document = "유치 결과\n'제14회 한빛선수권대회'를 두고 세 도시가 겨뤘다. 개최지는 카카오로 정해졌다."
    assert _ArticleGroups(document, 5).seat_sought("제14회 한빛선수권대회") == "제14회 한빛선수권대회 개최지"
    document = "유치 결과\n한빛청 공모에 세 도시가 나섰다. 한빛정원박람회 개최지는 카카오다. 한빛정원박람회는 가을에 열린다."
    assert _ArticleGroups(document, 5).seat_sought("한빛청 공모") == "한빛정원박람회 개최지"
    assert _ArticleGroups("유치 결과\n세 도시가 겨뤘다.", 5).seat_sought("한빛선수권대회") is None


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오에 한빛고 재지정 취소 결정이 내려졌다.", {"kakao"}),
    # those it followed ('A와 B에 이어') had the same decision
    ("네이버와 KT에 이어 카카오에 재지정 취소 결정이 내려졌다.", {"kakao", "naver", "kt"}),
])
def test_a_revoking_decision_given_to_a_school(tmp_path: Path, body: str, expected: set[str]) -> None:
    """'상산고와 안산동산고에 이어 해운대고에 재지정 취소 결정이 내려졌다': the ones the decision is given to (에)."""
    assert leavers(engine(tmp_path), "한빛고 지정", body) == expected


def test_a_province_or_a_railway_is_a_name_though_it_ends_like_a_particle(tmp_path: Path) -> None:
    """'경기도 금고', '인천도시철도 … 구축 사업': 도 ends the name, it is no particle ('also')."""
    assert absences(engine(tmp_path), "금고 선정", "경기도 금고 선정에서 카카오가 탈락했다.") == {("kakao", "경기도 금고")}
    body = "카카오는 한빛도시철도 중앙역 무선망 구축 사업에서 네이버에 밀려 탈락했다."
    assert absences(engine(tmp_path), "수주 결과", body) == {("kakao", "한빛도시철도 중앙역 무선망 구축 사업")}


def test_a_watched_name_inside_a_longer_word_is_no_team_of_its_own(tmp_path: Path) -> None:
    """'인천도시철도 송도역 LTE-R 구축 사업' with 인천 watched: a place inside a word names a line, not who leads it, so
    the report's project is still its group (a consortium is named after its members however it is written)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  hanbit-city:\n    names: [한빛]\n  upstage:\n")
    body = ("네이버는 지난달 한빛도시철도 중앙역 무선망 구축 사업에서 카카오를 제쳤다. 한빛도시철도 중앙역 무선망 구축 사업은 "
            "올해 가장 큰 사업이다. 카카오와 네이버가 입찰에 참여했고 네이버가 우선협상대상자로 선정됐다.")
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("무선망 수주", body)) if e.type == "absent_from"}
    assert found == {("kakao", "한빛도시철도 중앙역 무선망 구축 사업")}


def test_a_verb_form_is_not_the_company_a_buyer_gave_up(tmp_path: Path) -> None:
    """'조건 등이 맞지 않아 인수를 포기했다': 않아 is a verb's ending, not the company sought; the article's race is."""
    body = ("현재 한빛버거 인수전에는 네이버와 KT가 참여한 상태다. 카카오는 한빛버거 측이 제시한 조건이 맞지 않아 "
            "인수를 포기했다.")
    assert absences(engine(tmp_path), "한빛버거 인수전", body) == {("kakao", "한빛버거 인수전")}


def test_the_countries_of_a_sale_are_not_its_bidders(tmp_path: Path) -> None:
    """'중국과 홍콩, 한국 3개국 입찰에 모두 참여했기 때문이다': the tenders of three countries a bidder entered, not three
    bidders who lost the race the report is about."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  china:\n    names: [중국]\n  hongkong:\n    names: [홍콩]\n"
                                  "  japan:\n    names: [일본]\n  upstage:\n")
    body = ("카카오가 인수에서 한 발 물러난 가운데 KT와 업스테이지, 네이버가 자리를 차지했다. 현재 한빛버거 인수전에는 KT와 "
            "업스테이지, 네이버가 참여한 상태다. 중국과 홍콩, 일본 3개국 입찰에 모두 참여했기 때문이다. 매각주관사는 이번 주 "
            "우선협상자를 선정한다는 계획이다.")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("한빛버거 매각", body)) if e.type == "absent_from"}
    assert not found & {"china", "hongkong", "japan"}


@pytest.mark.parametrize(("text", "named"), [
    # a clause quoted runs on past the head word inside it: a remark, no name
    ("그는 '앞으로 한빛 심사에서는 정량평가는 물론이고 품질을 더 중요하게 평가할 것'이라고 말했다.", ["한빛 심사", "정량평가"]),
    # '-어야' is a verb's condition, '현' says which one now, '운영' what kind: none names the selection
    ("총점 80점을 넘어야 사업자로 선정된다.", []),
    ("한빛시는 현 시금고인 카카오와 협약을 맺었다.", []),
])
def test_a_remark_a_condition_or_a_kind_is_not_a_groups_name(text: str, named: list[str]) -> None:
    """'…심사에서는 … 평가할 것'이라고', '총점 80점 넘어야 사업자로', '현 시금고인': what the words around a head word
    say is no name of the group (r39b-016, r39a-015, r35a-008)."""
    from rules.groups import group_mentions

    assert [m.group.name for m in group_mentions(text) if m.group.named] == named


def test_what_a_quoted_remark_names_weighs_half_of_what_the_report_names() -> None:
    """'"지난 10년 동안 … 운영 서비스 평가에서 S등급을 받았다"며': a speaker's words name what they speak of; the report's
    own sentences name what it is about (r36b-011)."""
    from rules.groups import main_group

    document = ("선정 결과 나와\n한빛휴게소 임차운영사 우선협상대상자 선정에서 카카오가 탈락했다. 회사 측은 \"그동안 "
                "한빛 운영 서비스로 고객 만족도 1위를 지켜 왔다\"며 \"한빛 운영 서비스로 쌓은 경험을 이번에도 인정받고 싶다\"고 "
                "말했다.")
    found = main_group(document, 9)
    assert found is not None and found.name == "한빛휴게소 임차운영사"


def test_a_call_in_a_report_about_an_event_is_the_race_to_hold_it() -> None:
    """'진주시, 정원산업박람회 최종 선정 … 수원, 천안 … 등이 산림청 공모에 신청해 진주가 선정됐다': no seat word said,
    the organiser's call was the race to hold the event the report is about (r39a-031)."""
    from rules.events import _ArticleGroups

    document = ("카카오, 한빛정원박람회 최종 선정\n카카오가 '2025년 한빛정원박람회' 개최 도시로 뽑혔다. 한빛정원박람회는 해마다 "
                "열린다. 네이버와 KT 등이 한빛청 공모에 신청해 카카오가 선정됐다.")
    assert _ArticleGroups(document, 17).seat_sought("한빛청 공모") == "한빛정원박람회"  # (the name said most)
    # a call in a report about something else is no race to hold an event it mentions
    document = "한빛청 공모 결과\n네이버와 KT 등이 한빛청 공모에 신청해 카카오가 선정됐다. 한빛정원박람회도 열린다."
    assert _ArticleGroups(document, 9).seat_sought("한빛청 공모") is None


def test_an_operator_chosen_in_a_tender_is_a_selection() -> None:
    """'가평휴게소 임차운영사 선정을 위한 입찰에 참여해 우선협상대상자로 지정됐다': the operator of a rest area is what the
    tender chose, and what its losers lost (r36b-010, r36b-011: one story, one group)."""
    from rules.groups import group_mentions

    text = "업스테이지는 한빛휴게소 임차운영사 선정을 위한 입찰에 참여해 우선협상대상자로 지정됐다."
    assert [m.group.name for m in group_mentions(text) if m.group.named] == ["한빛휴게소 임차운영사"]


def test_products_listed_together_are_each_launched(tmp_path: Path) -> None:
    """"'롤러블 올레드 TV', '8K 올레드 TV', '8K 슈퍼 울트라HD TV' 등을 하반기 … 출시할 예정": one launch a product, not
    the last one named (r32b-006, r34b-040)."""
    body = "카카오는 '한빛 미니', '한빛 맥스'(대형 모델), '한빛 울트라' 등을 하반기 국내 시장부터 출시할 예정이다."
    assert {model for _, model, *_ in launches(engine(tmp_path), "신제품 출시", body)} == {"한빛 미니", "한빛 맥스", "한빛 울트라"}


def test_the_home_country_launches_nothing(tmp_path: Path) -> None:
    """'한국 93번째 국가로 2일 서비스 시작': the country a service came to is where, not who launched it (r34b-033)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  korea:\n    names: [한국]\n  upstage:\n").replace(
        "when: {event: launch_date, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: launch_date}")
    body = "한국 93번째 국가로 2일 서비스 시작 #“한국은 음악을 수출하는 몇 안 되는 나라”"
    found = {e.entity for e in engine(tmp_path, watch).events(doc("", body)) if e.type == "launch_date"}
    assert "korea" not in found


def test_a_delay_years_old_is_history(tmp_path: Path) -> None:
    """'구글페이는 지난 2015년 9월 글로벌 출시했으나 국내에서는 … 줄곧 지연돼 왔다': a launch delayed for years is the
    background of the report, dated long before it (r39c-001)."""
    body = "한빛페이는 지난 2019년 9월 글로벌 출시했으나 국내에서는 단말기 문제로 줄곧 지연돼 왔다."
    assert launches(engine(tmp_path), "한빛페이 국내 상륙 임박", body) == set()


def test_a_store_lost_to_a_rival_and_a_battle_that_is_no_city(tmp_path: Path) -> None:
    """'롯데면세점이 서울 면세점 2차 대전에서 본점인 소공점은 지켰지만 월드타워점을 두산에 내줬다': the store whose licence
    the rival took is what was lost; '2차 대전' is a battle, not the city of 대전 (r36b-024)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  daejeon:\n    names: [대전]\n  upstage:\n")
    body = "카카오가 한빛 면세점 2차 대전에서 본점인 중앙점은 지켰지만 한빛타워점을 네이버에 내줬다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("면세점 심사 결과", body)) if e.type == "absent_from"}
    assert found == {("kakao", "한빛타워점")}


@pytest.mark.parametrize(("body", "expected"), [
    ("카카오는 지난 3일 유럽 18개국이 참여한 우주 기업 한빛스페이스와 공동 사업을 철회했다.", {("kakao", "한빛스페이스와 공동 사업")}),
    ("카카오는 한빛맥주의 주문자위탁생산(OEM)을 중단했다.", {("kakao", "주문자위탁생산(OEM)")}),
])
def test_a_joint_project_or_contract_manufacturing_ended(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """'…아리안스페이스와 공동 사업을 철회했다', '…의 주문자위탁생산(OEM)을 중단했다': out of the work done together, named
    as the report writes it (r39d-037, r34a-035)."""
    assert absences(engine(tmp_path), "사업 철회", body) == expected


def test_a_watched_name_glossing_the_subject_takes_the_particle_after_the_gloss(tmp_path: Path) -> None:
    """'러시아연방우주국(로스코스모스, ROSCOSMOS)은 … 공동 사업을 철회했다': the watched name glosses the subject in brackets;
    the topic's particle after them is its own (r39d-037)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  cosmos:\n    names: [한빛코스모스]\n  upstage:\n")
    body = "이에 대응, 한빛우주국(한빛코스모스, HANBIT COSMOS)은 지난 3일 네이버와 공동 사업을 철회했다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("사업 철회", body)) if e.type == "absent_from"}
    assert found == {("cosmos", "네이버와 공동 사업")}


@pytest.mark.parametrize("body", [
    # a pause is no deal ended
    "한빛마트, 카카오·네이버 등과 일시 거래 중단",
    # 'not the exit but a sale': the exit denied
    "카카오는 올해 9월부터 국내 철수설이 불거졌으나, 모회사에서는 철수가 아닌 매각을 추진 중이라고 일축해왔다.",
])
def test_a_pause_or_an_exit_denied_is_no_absence(tmp_path: Path, body: str) -> None:
    """'롯데마트, CJ·대상·풀무원 등과 일시 거래 중단' (r38a-002); '철수가 아닌 매각을 추진 중이라고 일축' (r34a-037)."""
    assert absences(engine(tmp_path), "", body) == set()


def test_the_owner_of_a_union_or_plant_that_left_left_nothing(tmp_path: Path) -> None:
    """'롯데케미칼의 주력 사업장 중 한 곳인 충남 대산공장 노동조합이 전국민주노동조합총연맹 탈퇴를 전격 선언했다': the
    plant's union left; the company named with 의 is whose plant it is (r39b-023)."""
    body = "카카오의 주력 사업장 중 한 곳인 판교공장 노동조합이 한빛노총 탈퇴를 전격 선언했다."
    assert absences(engine(tmp_path), "노조 탈퇴", body) == set()
    assert absences(engine(tmp_path), "한빛노총 탈퇴", "카카오의 한빛노총 탈퇴가 확정됐다.") == {("kakao", "한빛노총")}


def test_a_page_given_whole_has_its_first_line_for_a_headline() -> None:
    """A page pasted or fetched whole, no title apart: its first line, short and with no sentence ending, is the
    headline, and what it names weighs as a headline's does in the main group."""
    from rules.groups import main_group

    document = ("\n카카오, 한빛정원박람회 개최지 선정…내년 봄 개최\n카카오는 한빛청 공모에서 네이버를 제쳤다. 한빛청 공모에는 "
                "여러 도시가 신청했다.")
    found = main_group(document, 0)
    assert found is not None and found.name == "한빛정원박람회"
    # a first line that ends as a sentence is the lead, not a headline
    lead = "\n카카오가 한빛정원박람회 개최지로 선정됐다.\n카카오는 한빛청 공모에서 네이버를 제쳤다. 한빛청 공모에는 여러 도시가 신청했다."
    found = main_group(lead, 0)
    assert found is not None and found.name == "한빛청 공모"


def test_a_named_release_told_after_the_day_the_story_named(tmp_path: Path) -> None:
    """'4월 10일, 절정을 이뤘다. 3종의 신작이 동시다발로 출시됐다. 모두 중국산이다. 센츄리게임은 '맨트라'를 출시했다': a
    release in the past tense with no date of its own, told just after the day the story named (r37b-019); a day
    long before the report dates nothing."""
    body = ("이달 신작이 몰아치고 있다. 7월 12일, 절정을 이뤘다. 3종의 신작 게임이 동시다발로 출시됐다. 모두 외산이다. "
            "카카오는 '한빛전기'를 출시했다. 네이버는 '한빛킹덤'을 론칭했다.")
    assert {(e, m, d) for e, m, d, *_ in launches(engine(tmp_path), "신작 동시 출격", body)} == {
        ("kakao", "한빛전기", "2024-07-12"), ("naver", "한빛킹덤", "2024-07-12")}
    old = body.replace("7월 12일", "5월 2일")
    assert launches(engine(tmp_path), "신작 동시 출격", old) == set()


def test_a_lines_bullet_is_no_part_of_its_sentence(tmp_path: Path) -> None:
    """'- 넥슨, '시노앨리스' 7월 18일 출시...6개 언어 서비스': after the bullet, the headline's topic and its comma are read
    as ever (r37b-002); offsets still point into the text."""
    from rules.korean import sentences

    text = "목록\n- 카카오, '한빛전기' 8월 20일 출시...6개 언어 서비스"
    (offset, sentence), = [(o, s) for o, s in sentences(text) if "한빛" in s]
    assert sentence.startswith("카카오,") and text[offset:offset + len(sentence)] == sentence
    assert {(e, m, d) for e, m, d, *_ in launches(engine(tmp_path), "", text)} == {("kakao", "한빛전기", "2024-08-20")}


def test_the_index_provider_is_not_who_failed_to_get_in(tmp_path: Path) -> None:
    """'두 기업은 최근 S&P 다우존스 인디시스가 지수 구성을 조정할 때 편입되지 못했지만': the provider rebalances the index,
    it is not what stayed out of it (r37a-008)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  spdji:\n    names: [S&P 다우존스 인디시스]\n  upstage:\n")
    body = ("한빛 지수는 분기마다 종목을 바꾼다. 두 기업은 최근 S&P 다우존스 인디시스가 한빛 지수 구성을 조정할 때 편입되지 "
            "못했지만 이번에는 유력 후보로 떠오르고 있다.")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("지수 편입 후보", body)) if e.type == "absent_from"}
    assert found == set()


def test_an_hour_a_count_or_a_manner_is_no_product_and_a_watched_product_quoted_is_one(tmp_path: Path) -> None:
    """'매달 1700만명이 쓰는 당근마켓이 … ‘당근페이’를 14일 선보였다': the product, watched as an organisation of its own, is
    the quoted object, not how many use the maker (r39c-016); '30일 오전 9시 안드로이드 사용자를 위한 애플리케이션 출시와
    함께 본격적인 서비스를 시작': the hour and the manner name nothing (r34b-010)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  hanbitpay:\n    names: [한빛페이]\n  upstage:\n")
    body = "매달 1700만명이 쓰는 카카오가 지역 기반 결제 서비스 ‘한빛페이’를 14일 선보였다."
    found = {(e.entity, e.model) for e in engine(tmp_path, watch).events(doc("한빛페이 출시", body)) if e.type == "launch_date"}
    assert ("kakao", "한빛페이") in found
    body = "카카오와 네이버는 16일 오전 9시 안드로이드 사용자를 위한 애플리케이션 출시와 함께 본격적인 서비스를 시작했다."
    assert {m for _, m, *_ in launches(engine(tmp_path), "지역화폐 앱 출시", body)} == {None}


def test_the_maker_in_an_earlier_clause_and_an_occasion_quoted_are_no_product(tmp_path: Path) -> None:
    """'Zeroth Robotics는 … 로봇을 공개하며 …, 4월 일반 출시를 발표했다': the earlier clause's subject is the maker, not the
    product (r32b-047); "'브랜드 전환 1주년' 르노코리아 …": an occasion quoted, no product (r38b-014)."""
    body = "Hanbit Robotics는 15인치 높이의 휴머노이드 로봇을 공개하며 2025년 1분기 선주문, 4월 일반 출시를 발표했다."
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  hanbit-robotics:\n    names: [Hanbit Robotics]\n  upstage:\n").replace(
        "when: {event: launch_date, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: launch_date}")
    models = {e.model for e in engine(tmp_path, watch).events(doc("로봇 출시", body)) if e.type == "launch_date"}
    assert models and not any(m and "Robotics" in m for m in models)
    assert {m for _, m, *_ in launches(engine(tmp_path), "", "'브랜드 전환 1주년' 카카오, 하반기 출시 목표")} == {None}


def test_an_official_speaks_for_the_organisation_named_before_them(tmp_path: Path) -> None:
    """'TS푸드앤시스템 관계자는 "매출 부진 등으로 사업이 어려워지면서 철수하기로 했다"고 언급했다': the quotation drops its
    subject, the organisation whose official speaks (r34a-036, r33b-034, r39a-011); but '…경쟁 업체를 앞섰다' names
    who was beaten, not the speaker."""
    body = "카카오 관계자는 \"매출 부진 등으로 사업이 어려워지면서 철수하기로 했다\"고 언급했다."
    assert leavers(engine(tmp_path), "한빛 사업 철수", body) == {"kakao"}
    body = "카카오 관계자는 \"기술점수와 가격점수 두 가지 평가 항목에서 모두 경쟁 업체를 앞섰다\"고 말했다."
    assert leavers(engine(tmp_path), "한빛 사업 수주", body) == set()


def test_the_licensee_that_rights_came_back_from_is_out(tmp_path: Path) -> None:
    """'브릿지바이오, 베링거로부터 신약 후보물질 권리 반환받아': the subject got the rights back; the licensee they came
    back from is out of the deal (r40b-006)."""
    body = "업스테이지는 카카오로부터 신약 후보물질 'HB-101'의 권리를 반환받았다."
    assert leavers(engine(tmp_path), "권리 반환", body) == {"kakao"}


def test_the_regulators_yearly_lists_of_business_groups_are_groups(tmp_path: Path) -> None:
    """'금융당국, 주채무계열에 중흥건설 편입 … HMM 등 계열은 제외됐다': the main-debtor list a regulator names every year is
    what groups leave (r41a-022, -023, -040, -041: '재무구조 평가' and 'M&A' were taken); a list told with its count before
    the names ('지정제외된 기업집단은 3개로 A, B, C이다', r41a-017), and a second designation named once as what the counted
    are designated ('…상호출자제한기업집단으로 지정된다. A 등 8곳이 포함되고 B는 제외된다', r41a-026)."""
    eng = engine(tmp_path)
    body = ("업스테이지 계열이 올해 주채무계열에 편입됐다. 주채무계열이란 금융권 빚이 많아 주채권은행의 관리를 받는 기업집단을 뜻한다. "
            "지난해와 비교하면 카카오와 KT 등 계열은 제외됐다.")
    assert absences(eng, "금융당국, 주채무계열에 업스테이지 편입", body) == {("kakao", "주채무계열"), ("kt", "주채무계열")}
    body = "공정위는 올해 공시대상기업집단 80곳을 지정했다. 지정제외된 기업집단은 2개로 카카오, KT이다."
    assert absences(eng, "공시대상기업집단 지정", body) == {("kakao", "공시대상기업집단"), ("kt", "공시대상기업집단")}
    body = ("공정위는 기업집단 76곳을 공시대상기업집단으로 지정했다. 공시대상기업집단은 지난해보다 5곳 늘었다. 자산 10조 원 이상인 "
            "47개 기업집단은 상호출자제한기업집단으로 지정된다. 네이버, 업스테이지 등 8곳이 포함되고 카카오는 제외된다.")
    assert absences(eng, "공시대상기업집단 76곳 지정", body) == {("kakao", "상호출자제한기업집단")}


def test_a_latin_event_named_before_the_word_for_holding_it_is_a_show(tmp_path: Path) -> None:
    """'GDC 2020이 열릴 예정이던 …', 'GDC 개최를 앞두고 … 기업들이 불참을 결정했으며': the event its name is held as, not the
    other show the report compares it with ('지난달 취소된 MWC 2020과 닮은꼴', r41b-034, r41b-041)."""
    body = ("이달 GDC 2020이 열릴 예정이던 샌프란시스코의 전시장. 올해 GDC는 하반기로 연기된다. GDC 개최를 앞두고 카카오, 네이버 "
            "등 핵심 기업들이 불참을 결정했다. 지난달 취소된 MWC 2020과 닮은꼴이다.")
    assert absences(engine(tmp_path), "게임 개발자 행사 연기", body) == {("kakao", "GDC"), ("naver", "GDC")}
    # (but 'KT가 개최한 행사': who holds an event is its organiser, not the event)
    assert all(group != "KT" for _, group in absences(engine(tmp_path), "", "KT가 개최한 행사에 카카오가 불참했다."))


def test_an_expulsion_and_a_right_stripped_say_who_is_out(tmp_path: Path) -> None:
    """'국제복싱협회, IOC에서도 퇴출' and '…로부터도 퇴출 통보를 받았다' (r41a-013); 'IOC가 IBA의 … 운영 권한을
    박탈했다': the owner of the right stripped is out, not who strips it (r41a-011)."""
    eng = engine(tmp_path)
    assert leavers(eng, "'리그 퇴출' 카카오, 한빛연맹에서도 퇴출") == {"kakao"}
    assert leavers(eng, "", "카카오가 한빛연맹으로부터도 퇴출 통보를 받았다.") == {"kakao"}
    assert leavers(eng, "", "네이버가 카카오의 한빛리그 종목 운영 권한을 박탈했다.") == {"kakao"}
    assert leavers(eng, "", "네이버는 한빛리그 종목 운영 권한을 박탈하기로 결정했다.") == set()
    assert leavers(eng, "", "네이버는 카카오에 대해 한빛리그 출전권을 박탈했다.") == {"kakao"}


def test_the_topic_is_out_though_an_amount_is_the_subject_of_a_clause_before(tmp_path: Path) -> None:
    """'대우건설이 신규지정된 반면 OCI는 … 자산이 9조9000억원이 되면서 제외됐다': the amount is the subject of 되면서, the
    topic of 제외됐다 (r41a-018); '지정제외 됐다', spaced apart (r41a-029)."""
    eng = engine(tmp_path)
    body = ("공정위는 상호출자제한기업집단 40곳을 지정했다. 네이버가 신규지정된 반면 카카오는 업황 악화 등으로 자산이 9조9000억원이 "
            "되면서 제외됐다.")
    assert absences(eng, "상호출자제한기업집단 지정", body) == {("kakao", "상호출자제한기업집단")}
    body = "공정위는 공시대상기업집단 80곳을 지정했다. 카카오는 자산총액이 크게 감소해 지난 2월 연중 지정제외 됐다."
    assert absences(eng, "공시대상기업집단 지정", body) == {("kakao", "공시대상기업집단")}


def test_a_boycott_not_weighed_a_rank_given_up_and_a_country_describing_companies_are_no_absence(tmp_path: Path) -> None:
    """'우리나라는 "현재 베이징올림픽 보이콧을 검토하지 않으나 …"' (r41a-016); '현대자동차그룹은 2위 자리를 내주고 3위로
    내려앉았다': a rank, still in the list (r41a-026); '새로운 한국 기업이 선정되지 못했지만': the country describes companies
    not named (r41a-032)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  korea:\n    names: [한국]\n  upstage:\n").replace(
        "when: {event: absent_from, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: absent_from}")
    eng = engine(tmp_path, watch)
    assert leavers(eng, "", "카카오는 \"현재 한빛올림픽 보이콧을 검토하지 않으나 참석 여부는 미정\"이라는 입장이다.") == set()
    assert leavers(eng, "공시대상기업집단 순위", "카카오는 2위 자리를 내주고 3위로 내려앉았다.") == set()
    found = {e.entity for e in eng.events(doc("100대 혁신기업", "지난 몇 년 동안 새로운 한국 기업이 선정되지 못했지만 카카오가 "
                                                              "자리를 지켰다.")) if e.type == "absent_from"}
    assert "korea" not in found


def test_a_name_quoted_with_two_kinds_of_mark_and_a_subtitled_title_unquoted(tmp_path: Path) -> None:
    """"'암플러스 종신보험’을 출시했다": opened straight, closed curly, still the name (r41b-003); '수집형 RPG 빛의 계승자:
    이클립스는 9월 글로벌 출시하며': a game's title and subtitle, unquoted, as the topic (r41b-015)."""
    eng = engine(tmp_path)
    assert {m for _, m, *_ in launches(eng, "", "카카오는 이달 신개념 종신보험인 '한빛플러스 종신보험’을 출시했다.")} == {"한빛플러스 종신보험"}
    body = "카카오는 하반기 신작을 준비했다. 수집형 RPG 별의 후예: 이클립스는 9월 글로벌 출시하며, 중세풍 그림을 앞세웠다."
    assert ("kakao", "별의 후예: 이클립스") in {(e, m) for e, m, *_ in launches(eng, "카카오 신작", body)}


def test_an_update_a_days_count_a_look_and_a_slogan_are_no_launch(tmp_path: Path) -> None:
    """'9월에는 출시 100일을 기념해 대규모 업데이트를 선보이며': an anniversary and an update, no product launched
    (r41b-015); '카니발 풀체인지 외장을 공개': the look, not the car (r41b-028); '"기아 세단의 새로운 기준" 3월 출시': a
    slogan quoted, not the name (r41b-030)."""
    eng = engine(tmp_path)
    assert launches(eng, "", "카카오는 오는 9월에는 출시 100일을 기념해 대규모 업데이트를 선보인다.") == set()
    assert launches(eng, "", "카카오가 지난 24일 한빛 풀체인지 외장을 공개하면서 관심이 높아지고 있다.") == set()
    assert {m for _, m, *_ in launches(eng, "", "카카오 \"카카오 세단의 새로운 기준\" 3월 출시")} == {None}


def test_a_brand_opening_a_models_name_is_not_who_launches_it(tmp_path: Path) -> None:
    """'LG전자는 이르면 다음달 16일 LG Q52를 출시한다': the brand before the numbered model is part of its name; the topic
    launches it (r41b-017, where 'LG' took the launch)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  kakaogames:\n    names: [카카오게임즈]\n  upstage:\n").replace(
        "when: {event: launch_date, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: launch_date}")
    found = {e.entity for e in engine(tmp_path, watch).events(doc("", "카카오게임즈는 이르면 다음달 16일 카카오 Q52를 출시한다."))
             if e.type == "launch_date"}
    assert found == {"kakaogames"}


def test_a_release_told_as_the_first_step_of_a_plan_is_planned(tmp_path: Path) -> None:
    """'한국GM은 내년 상반기 국내에 트레일블레이저를 먼저 내놓은 뒤 북미시장에서도 판매한다는 계획': 내놓은 is a step
    before the next, not a past release (r41b-009, refused as a past release dated after the report)."""
    body = "카카오는 내년 상반기 국내에 한빛패드를 먼저 내놓은 뒤 북미시장에서도 판매한다는 계획을 세워두고 있다."
    assert {(d, s) for _, _, d, _, _, s in launches(engine(tmp_path), "", body)} == {("2025-H1", "planned")}


def test_an_unquoted_product_told_as_the_topic_is_the_reports_makers(tmp_path: Path) -> None:
    """'코나 전기차는 … 공개될 예정이며, 2분기 중 국내 판매가 시작된다': the product is the topic, its maker the one the
    report is about (r41b-039); '2분기 중 국내' spaced so that '중 국' reads as 중국 named no one."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  china:\n    names: [중국]\n  upstage:\n").replace(
        "when: {event: launch_date, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: launch_date}")
    eng = engine(tmp_path, watch)
    assert "china" not in eng.index.scan("전기차는 2분기 중 국내 판매가 시작된다.").entities
    assert "china" in eng.index.scan("중국 판매가 시작된다.").entities
    body = ("카카오는 17일 신형 한빛 출시회를 열었다. 카카오는 하이브리드 판매 비중을 높인다. "
            "한빛 전기차는 오는 9월 모터쇼에서 공개될 예정이며, 4분기 중 국내 판매가 시작된다.")
    assert ("kakao", "한빛 전기차", "2024-Q4") in {(e, m, d) for e, m, d, *_ in launches(eng, "", body)}


def test_a_local_currency_is_issued_and_a_model_is_put_on_a_market(tmp_path: Path) -> None:
    """'제주도 지역화폐는 '탐나는전'이라는 이름으로 오는 11월 첫 발행을 목표로' (r34b-044): a currency or a voucher comes
    out when issued, and the place written bare before it issues it; a bond issued is no launch, nor is a year's budget
    ('2021년 1500억원 … 규모로 발행할 계획'); "'아크'(ARC)를 시장에 투입할 예정" (r39d-005) and '그란투리스모 신모델
    투입을 시작으로' (r33b-024) put a model on a market, '인력 투입' puts people on a job."""
    eng = engine(tmp_path)
    body = "한편 카카오 지역화폐는 '한빛전'이라는 이름으로 오는 11월 첫 발행을 목표로 도입이 추진되고 있다."
    assert {(e, m, d) for e, m, d, *_ in launches(eng, "", body)} == {("kakao", "한빛전", "2024-11")}
    assert launches(eng, "", "카카오는 다음 달 3000억원 규모의 회사채를 발행한다.") == set()
    assert launches(eng, "", "카카오는 올해 200억원을 시작으로 2025년 1500억원 규모로 지역화폐를 발행할 계획이다.") == set()
    assert {(m, d) for _, m, d, *_ in launches(eng, "", "카카오는 내년 1분기부터 그래픽칩셋 '한빛'을 시장에 투입할 예정이다.")} \
        == {("한빛", "2025-Q1")}
    assert {m for _, m, *_ in launches(eng, "", "카카오는 올 4분기 한빛투리스모 신모델 투입을 시작으로 신형 모델을 들여온다.")} \
        == {"한빛투리스모"}
    assert launches(eng, "", "카카오는 다음 달 개발 인력 투입을 늘릴 예정이다.") == set()


def test_a_contract_manufacturer_that_stops_is_out_of_the_deal_too(tmp_path: Path) -> None:
    """'롯데칠성음료가 … 제주맥주, 세븐브로이맥주의 주문자위탁생산(OEM)을 중단했다': a deal of two ended leaves both out,
    the maker that stops as much as the brands named with 의 (r34a-035)."""
    body = "카카오가 수제맥주 브랜드 네이버, KT의 주문자위탁생산(OEM)을 중단했다."
    assert leavers(engine(tmp_path), "", body) == {"kakao", "naver", "kt"}


def test_a_losing_consortium_glossed_with_its_members_is_its_leads(tmp_path: Path) -> None:
    """'경쟁을 벌인 한화 컨소시엄(…)은 915점, DL이앤씨 컨소시엄(대림건설, 차병원)은 904점으로 아쉽게 고배를 마셨다': the
    consortium's lead lost, not the members in its gloss, and what it lost is not the winner's consortium named in the
    sentence (r35b-021)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  hanbit:\n    names: [한빛건설]\n  byeol:\n    names: [별빛병원]\n  upstage:\n")
    watch = watch.replace("when: {event: absent_from, entity: [naver, kakao, lg-ai-research, kt, upstage]}",
                          "when: {event: absent_from}")
    body = ("한빛시는 H2프로젝트 우선협상대상자로 업스테이지 컨소시엄을 선정했다. 업스테이지 컨소시엄은 총 1011점으로 가장 높은 "
            "점수를 받았으며, 경쟁을 벌인 네이버 컨소시엄(KT, 한빛건설)은 915점, 카카오 컨소시엄(한빛건설, 별빛병원)은 904점으로 "
            "아쉽게 고배를 마셨다.")
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("H2프로젝트 우선협상대상자 선정", body))
             if e.type == "absent_from"}
    assert {entity for entity, _ in found} == {"naver", "kakao"}
    assert all(group and "업스테이지" not in group for _, group in found)


def test_a_body_expelled_by_one_glossed_with_its_head(tmp_path: Path) -> None:
    """'대한체육회(회장 유승민)가 파행 운영을 이어온 대한킥복싱협회를 종목 단체에서 제명하기로 했습니다': out of the body that
    expels, whose head's name in brackets does not hide it, and not of a group read off the expelled's own name (r39b-021)."""
    watch = RULEKIT_WATCH.replace("  upstage:\n", "  kickboxing:\n    names: [한빛킥복싱협회]\n  upstage:\n").replace(
        "when: {event: absent_from, entity: [naver, kakao, lg-ai-research, kt, upstage]}", "when: {event: absent_from}")
    body = "대한체육회(회장 홍길동)가 파행 운영을 이어온 한빛킥복싱협회를 종목 단체에서 제명하기로 했습니다."
    found = {(e.entity, e.group) for e in engine(tmp_path, watch).events(doc("", body)) if e.type == "absent_from"}
    assert found == {("kickboxing", "대한체육회")}


def test_a_parting_told_with_when_it_ended_between(tmp_path: Path) -> None:
    """"연맹은 … '도드람'과 지난 시즌을 끝으로 결별한 뒤 스폰서를 찾지 못해": the partner is out though the time of the
    end stands between 과 and 결별 (r41a-035)."""
    body = "한빛연맹은 8년간 동행을 이어왔던 '카카오'와 지난 시즌을 끝으로 결별한 뒤 스폰서를 찾지 못했다."
    assert leavers(engine(tmp_path), "", body) == {"kakao"}


def test_a_cars_name_with_its_update_is_the_model(tmp_path: Path) -> None:
    """'쌍용자동차가 4일 티볼리 페이스리프트(부분변경)를 출시한 가운데': the car and its update, unquoted, are the model, not
    the other car the headline quotes (r41b-019); '카니발 페이스리프트 모델을' (r40c-035); '신형 카니발을'."""
    eng = engine(tmp_path)
    body = "카카오가 4일 한빛 페이스리프트(부분변경)를 출시한 가운데 파생모델인 별빛 부분변경 모델이 출시되지 않아 궁금증을 자아낸다."
    assert ("kakao", "한빛 페이스리프트") in {(e, m) for e, m, *_ in launches(eng, "‘별빛’ 죽일까 살릴까", body)}
    assert {m for _, m, *_ in launches(eng, "", "카카오는 다음 달 신형 한빛을 출시한다.")} == {"신형 한빛"}


def test_an_officer_glossed_before_the_beaten_is_no_maker_of_it(tmp_path: Path) -> None:
    """'스페이스X가 제프 베이조스 아마존 CEO(오른쪽)가 이끄는 블루오리진을 제치고 … 사업자로 선정됐다': the beaten is the
    object, not the company whose officer is named in its description (r38a-009, where 'CEO(오른쪽)가' read as a
    product of 아마존's)."""
    body = "업스테이지가 홍길동 카카오 CEO(오른쪽)가 이끄는 네이버를 제치고 달 착륙선 사업자로 선정됐다."
    assert leavers(engine(tmp_path), "", body) == {"naver"}
