"""The detectors' decision notes in English, for `/sokbo test` and `sokbo rules test` read in English.

The notes are written in Korean where they are made (rules/events.py, rules/engine.py), next to
the code that decides, and they quote the article («sentence», 'trigger', names): only our own
fragments are translated here, never what is quoted. A fragment missing here stays Korean, and
tests/test_commands.py (every verb for an English reader) says so.
"""

from __future__ import annotations

import re

# Longest first where one fragment holds another ("본문에 없음" before "없음").
FRAGMENTS: tuple[tuple[str, str], ...] = (
    ("지난 출시 (이름 없음·1년 넘음·지난달 이전 다른 회사의 출시·'…한 바 있다': 배경)",
     "a past release (of nothing named, over a year old, another maker's before this month, or told as once done: "
     "background)"),
    ("보도·발언·다른 일의 날짜", "the date of the report, a remark or something else"),
    ("날짜 없는 문장 → 앞서 신차 묶음을 말한 기간", "no date in the sentence → the period the round-up before it gave"),
    ("신차 묶음의 기간:", "a round-up's period:"),
    ("묶음 기사의 기간", "the round-up's period"),
    ("내놓은 자격의 자리 ('운용사 자격 반납')", "the role whose mandate was handed back ('운용사 자격 반납')"),
    ("예약 판매 (출시 전 주문 받기)", "pre-orders (orders taken before the launch)"),
    ("증권사·연구기관에 따르면 예상 (출시하는 쪽의 발표가 아님)",
     "a forecast on a broker's or research house's word (not the maker's announcement)"),
    ("문장 앞쪽의 협정·선언 이름", "the agreement or declaration named earlier in the sentence"),
    ("신호에 붙은 협정·선언·서약", "the agreement, declaration or pledge right before the signal"),
    ("이름 없는 탈락자들 ('탈락 팀의 반발')", "losers not named ('탈락 팀의 반발')"),
    ("시장에서 물러남 (그룹이 아님)", "a market left (no group)"),
    ("표결의 기권 (찬성·반대와 함께: 빠진 것이 아님)", "an abstention in a vote (beside yes and no votes: nobody left)"),
    ("남의 탈퇴·불참에 대한 반응이나 그 목적 ('…탈퇴에 반발', '…탈퇴를 위한')",
     "a reaction to another's exit, or what it is for ('…탈퇴에 반발', '…탈퇴를 위한')"),
    ("따옴표 안의 구호·요구 ('…불참하라'는 구호)", "a slogan or demand in quotes ('…불참하라'는 구호)"),
    ("언론이 전한 탈퇴 의사 (전언)", "an intention to leave as the press reported it (hearsay)"),
    ("나라가 맡는 자리 (공동제안국·서명국·옵서버)", "a country's place (co-sponsor, signatory, observer)"),
    ("신호에 붙은 약칭 ('RCEP에 동참하지 않았다')", "the acronym right before the signal ('RCEP에 동참하지 않았다')"),
    ("한 종류만 내놓는다는 방침 ('전기차만 출시하는')", "a policy of launching one kind only ('전기차만 출시하는')"),
    ("그때 한 말 ('당시 …라고 예고했다')", "what was said back then ('당시 …라고 예고했다')"),
    ("정황·소문 ('…을 준비 중인 정황이 포착됐다')", "signs or rumour ('…을 준비 중인 정황이 포착됐다')"),
    ("지난 출시인데 날짜(", "a past release dated ("),
    (")가 보도일 뒤", ") after the report"),
    ("제품 하나가 아닌 여러 제품의 묶음", "many products, not one"),
    ("(뒤 문장의 날짜 없는 출시에 씀)", "(dates the undated launches after it)"),
    ("참여 의견·여부를 물은 곳", "what those asked were asked to join"),
    ("탈퇴의 목적어", "what 탈퇴 (leaving) takes as its object"),
    ("기사에 이름이 나온 같은 종류 ", "the name the report gives this kind "),
    ("문장이 든 행사 이름 (개최·행사)", "the show the sentence names (its opening, the event)"),
    ("(계약 상대)", "(the other party to the deal)"),
    ("(지분을 판 쪽)", "(the seller of the stake)"),
    ("지분을 모두 판 합작 회사", "the joint venture whose stake was sold whole"),
    ("(진 경쟁 상대)", "(the rival beaten)"),
    ("주어 없는 문장: 앞 문장에서 빠진 조직", "a sentence with no subject: the organisation left out in the one before"),
    (" → 기사가 따옴표로 쓴 온이름 ", " → the whole name the report quotes "),
    (" → 기사가 쓴 지수의 온이름 ", " → the index's full name the report writes "),
    ("조합이 끝낸 사업의 계약·역할", "the contract or role in the project the union ended"),
    (": 지수를 산출하는 쪽 (빼는 쪽이지 빠진 쪽이 아님)", ": the index provider (it excludes, it is not excluded)"),
    ("출처로 든 자료 (…에 공개된 자료에 따르면)", "a source document (according to data published on …)"),
    ("남의 보고서·보도를 인용 (출시하는 조직이 밝힌 것이 아님)", "citing someone else's report (not the maker's word)"),
    ("남의 전망 (앞의 주제어가 ", "someone else's forecast (the topic before it expects the launch of "),
    ("의 출시를 예상함)", ")"),
    (": 조건절의 주어 (…할 경우 출시): 출시하는 쪽이 아님", ": the subject of a condition (a launch if …): not the maker"),
    ("출시하는 쪽이 여러 회사 (", "many companies launch ("),
    ("날짜 없는 리드 문장의 과거 출시 → 보도일", "a release told in the lead without a date → the report's date"),
    ("(부정·가정·전망·과거완료)", "(negation, hypothesis, forecast or past perfect)"),
    ("조직이 아닌 것에서 빠짐 (위기·논란 등)", "fell into something that is no group (a crisis, a dispute …)"),
    ("조건 뒤의 가정 (…하면, …할 경우)", "a hypothesis after a condition (…하면, …할 경우)"),
    ("지난 일이고 뒤에 통과·선정됨", "past, and passed or selected since"),
    ("예외 (나머지가 하지 않거나 문제가 있음: 빠진 쪽이 아님)",
     "an exception (the rest did not, or had a problem: not the one left out)"),
    ("아직 결정 전 (받지 못하고 있는 상태)", "no decision yet (still waiting)"),
    ("주어가 조직이 아님 (예: 기능이 빠진)", "the subject is no organisation (e.g. a feature left out)"),
    ("꾸미는 말이 조직 이름이 아님 (탈락한 팀·컨소시엄)", "it describes no organisation's name (a team, a consortium)"),
    ("주어·목적어 자리에 감시 조직 없음", "no watched organisation as subject or object"),
    ("참여·통과함", "took part or passed"),
    ("빠진 곳(협의체·사업·선정)이 없음", "no group (council, programme, selection) it is out of"),
    ("다른 낱말의 일부 (비공개·정보공개 등)", "part of another word (비공개, 정보공개 …)"),
    ("공개 대상이 제품이 아님 (결과·계획·영상 등)", "what is shown is no product (results, a plan, a video …)"),
    ("출시일을 알림 (출시일을 포함한·공개: 그날 출시가 아님)", "a launch date announced, not a launch that day"),
    ("행사·예고·일정 발표", "an event, a teaser or a schedule announced"),
    ("이 절에 출시 날짜 없음", "no launch date in this clause"),
    ("배경으로 든 지난 출시 (…출시된 후 관심이 고조됐다)", "a past launch given as background (interest grew after it)"),
    ("출시하는 조직을 찾지 못함", "no organisation found that launches it"),
    ("신호에 붙은 조직 (거래소·플랫폼)", "the organisation the trigger is attached to (an exchange, a platform)"),
    ("신호에 붙은 인용 이름", "the quoted name the trigger is attached to"),
    ("신호에 붙은 이름", "the name the trigger is attached to"),
    ("이 속한 이름", " belongs to that name"),
    ("문장 안 이름", "a name in the sentence"),
    ("기사의 주된 그룹", "the article's main group"),
    ("바로 앞 문장들의 그룹", "the group named in the sentences just before"),
    ("묻는 제목 (…탈락하나, …빠지나?)", "a headline that asks (…탈락하나, …빠지나?)"),
    ("콘셉트카·시제기 공개 (팔 제품의 출시가 아님)", "a concept car or prototype shown (no product launched for sale)"),
    ("예정일에서 ", "from the planned date, "),
    ("개월 뒤로", " months later"),
    ("앞 문장의 지수", "the index named in an earlier sentence"),
    ("경쟁에 참여했으나 선정되지 않음", "entered the contest and was not chosen"),
    ("유치하려던 곳 ('…유치에 실패')", "what it sought to host ('…유치에 실패')"),
    ("빗나간 전망 ('…시작할 것으로 전망됐으나')", "a forecast the report then undoes ('…시작할 것으로 전망됐으나')"),
    ("출시일을 밝히지 않음 ('출시일에 대해 함구하고 있다')", "the launch date not told ('출시일에 대해 함구하고 있다')"),
    ("소문으로 지목된 날짜 ('서비스 시작일로 지목된 30일')", "a date only rumoured ('서비스 시작일로 지목된 30일')"),
    ("양산 뒤에 출시·출고가 따로 있음", "mass production, with the launch or deliveries told after it"),
    ("나오다: 제품 이름이 주어가 아님", "'comes out' said of no named product"),
    ("예전 소속 ('…에 참여했던')", "what it had joined ('…에 참여했던')"),
    ("전시회에서 선보임 (출시 날짜가 아님)", "shown at a trade show (no launch date)"),
    ("이름 없는 그룹", "an unnamed group"),
    ("이 가리킴", " refers to it"),
    ("신호가 꾸미는 말", "described by the trigger"),
    ("바로 앞", "right before"),
    ("바뀐 쪽", "the one changed from"),
    ("보조사", "particle"),
    ("주제어", "topic"),
    ("목적어", "object"),
    ("소유격", "possessive"),
    ("주어", "subject"),
    ("연기 뒤 새 날짜", "the new date after a postponement"),
    ("명사 뒤 날짜", "a date after the noun"),
    ("동사 앞 날짜", "a date before the verb"),
    ("유보 표현 있음", "hedged"),
    ("확정 표현", "firm"),
    ("(이름 없음)", "(no name)"),
    ("사람 이름", "a person's name"),
    ("불참 신호", "absence trigger"),
    ("출시 신호", "launch trigger"),
    ("본문에 없음", "not in the text"),
    # short words only where they stand as labels, so that a name outside quotes is left alone
    (" 무시:", " ignored:"),
    (" 제외:", " refused:"),
    ("· 모델 ", "· model "),
    ("· 날짜 ", "· date "),
    ("· 그룹 ", "· group "),
    ("문장: ", "sentence: "),
    ("  출시 ", "  launch "),
    ("  날짜 ", "  date "),
    ("뒤에 ", "followed by "),
    ("은(는) ", " "),
    (": 없음", ": none"),
)
_QUOTED = re.compile(r"(«[^»]*»|'[^'\n]*')")


def to_english(line: str) -> str:
    """`line` with our Korean fragments in English; quoted article text («…», '…') untouched."""
    pieces = _QUOTED.split(line)
    for index in range(0, len(pieces), 2):  # the even pieces are outside quotes
        piece = pieces[index]
        for korean, english in FRAGMENTS:
            piece = piece.replace(korean, english)
        pieces[index] = piece
    return "".join(pieces)
