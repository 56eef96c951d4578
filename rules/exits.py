"""How a business leaves what it was in, read off a sentence: the exits of `absent_from` told in business words.

Reports of selections say who was left out with a handful of verbs (탈락, 고배, 빠졌다); reports of business say it in
words of their own for every kind of deal — a contract ended or not renewed, a partner switched, a takeover called off, a
stake or a plant sold, a licence returned, games no longer carried, sellers cut off. Each reading here is one such kind:
an exit reader takes (sentence, mentions, article, recent index) and yields (trigger word, who is out, their role,
(group, why)); an exit object reads what a trigger itself names as left. rules/events.py asks them in order, the first
reading of an organisation's exit being the one reported, and keeps the sentence, actor and group machinery they use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rules import lexicon as lx
from rules.events import (
    _BRAND_BETWEEN,
    _COUNTRY_OR_REGION,
    _FOUGHT_WITH,
    _RELATIVE_CLAUSE_SUBJECT,
    _ROLE_OWNER_SUBJECT,
    _TAKEOVER,
    _WON,
    Mention,
    _actor,
    _ArticleGroups,
    _chosen_as,
    _conditional,
    _coordinated,
    _group_for,
    _group_words_before,
    _in_aside,
    _role,
)
from rules.groups import name_word
from rules.korean import squeeze_term

# The role a mandate is of, right before 자격 ("운용사 자격을 반납"), and the name a report gives the fund or
# programme it is for ("'K-바이오·백신 3호 펀드' 운용사"); 신규/기존 describe the role, they are no part of it.
_MANDATE_ROLE = re.compile(r"([가-힣A-Za-z]{2,10})\s*$")


_HANDED_BACK = re.compile(r"자격(?:을|를)?\s*반납")  # not a status revoked ('우선협상 대상자 지위를 취소'): read as before


_ROLE_OWNER = r"['‘\"“]?((?:[^\s'‘’\"“”,.]*[^\s'‘’\"“”,.의을를은는에로]\s+){0,3}?[^\s'‘’\"“”,.]*(?:펀드|기금|사업|조합|프로그램))['’\"”]?\s+(?:(?:신규|기존|새)\s+)?"


def _fullest_role(document: str, role: str) -> str:
    owners = [m.group(1) for m in re.finditer(_ROLE_OWNER + re.escape(role) + r"(?:을|를|은|는|이|가|의|에|로|으로|와|과|도)?(?![가-힣])", document)]
    return f"{max(owners, key=len)} {role}" if owners else role


# What a business exit's trigger itself names as left, read off the words at the trigger: a role handed back, a licence,
# a merger, a venture never set up, a company sought, a venture left. Each reader gets (sentence, trigger, actors,
# mentions, article) and returns (group, why) or None; the first that reads one wins, before the groups named nearby.
_ExitObject = tuple[str, str] | None


def _role_handed_back(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                      article: _ArticleGroups) -> _ExitObject:
    role = _MANDATE_ROLE.search(sentence, 0, trigger) if _HANDED_BACK.match(sentence, trigger) else None
    if role is not None:  # "운용사 자격을 반납했다": the role handed back, by the fullest name the report gives it
        return _fullest_role(article.document, role.group(1)), "내놓은 자격의 자리 ('운용사 자격 반납')"
    return None


def _naming_words(text: str, mentions: list[Mention]) -> list[str]:
    """The words right before a licence or right that say which ("…올림픽 단독 중계권", "금융투자업 등록"): up to three
    name words, none of them an organisation of the sentence, a time or a verb's end ("후원해 온 …")."""
    which = _group_words_before(text, 3, [squeeze_term(m.name) for m in mentions])
    while which and (re.fullmatch(r"[\d]+(?:일|월|년)|지난해|올해|이날|최근|온|왔던|해온|하던|해왔던", which[0])
                     or which[0] in lx.NOT_NAME_WORDS):
        which.pop(0)
    return which


def _licence_returned(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                      article: _ArticleGroups) -> _ExitObject:
    licence = _LICENCE_RETURNED.match(sentence, trigger)
    if licence:  # "탑시티 면세점은 … 면세점 특허를 반납": out of the licence, by the words that say which
        kind = _RIGHT_KIND_BEFORE.search(sentence, 0, trigger)  # "…올림픽 단독 중계권": what kind of right, then whose
        which = _naming_words(sentence[:kind.start() if kind else trigger], mentions)
        if which:
            right = f"{kind.group(1)} {licence.group(1)}" if kind else licence.group(1)
            return f"{' '.join(which)} {right}", "반납·포기한 특허·사업권"
    return None


_RIGHTS = r"(?:권리|판권)(?:를|을)?\s*(?:모두\s*)?"  # the rights, as the trigger's object
_RIGHTS_RETURNED = re.compile(_RIGHTS + "반환")
_RIGHTS_OWNER = re.compile(r"((?:[^\s,'‘’\"“”]+\s){0,1}[^\s,'‘’\"“”]+?)의\s*$")
_RIGHTS_BEFORE = re.compile(_RIGHTS + "$")
_QUOTED_RIGHTS_OWNER = re.compile(r"['‘\"“]([^'’\"”\n]{2,30})['’\"”]\s*(?:의|에\s*대한)\s*$")
_NO_DRUG_NAME = frozenset({"약물", "신약", "물질", "후보물질", "신약후보물질", "치료제", "해당", "이", "그", "제품", "기술"})


def _rights_returned(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                     article: _ArticleGroups) -> _ExitObject:
    before = _RIGHTS_BEFORE.search(sentence, 0, trigger)  # "…의 권리를 반환받았다": the trigger is 반환, the rights before it
    at = before.start() if before else trigger if _RIGHTS_RETURNED.match(sentence, trigger) else -1
    quoted = _QUOTED_RIGHTS_OWNER.search(sentence, 0, at) if at >= 0 else None
    if quoted is not None:
        return quoted.group(1).strip(), "권리를 돌려준 제품"  # "'HB-101'에 대한 권리", "'BBT-877'의 권리"
    owner = _RIGHTS_OWNER.search(sentence, 0, at) if at >= 0 else None
    if owner is None:
        return None
    # "특발성 폐섬유증신약 BBT-877의 권리 반환": the drug whose rights they are, by its code when it has one
    words = [re.sub(r"\([^()]*\)$", "", w) for w in owner.group(1).split()]
    if re.search(r"[A-Za-z]", words[-1]) and re.search(r"\d", words[-1]):
        return words[-1], "권리를 돌려준 제품"
    taken = {squeeze_term(m.name) for m in mentions}
    words = [w for w in words if name_word(w) and w not in _NO_DRUG_NAME and squeeze_term(w) not in taken]
    return (" ".join(words), "권리를 돌려준 제품") if words and len(words) == len(owner.group(1).split()) else None


_KIND_AFTER_PLACE = re.compile(r"\s+(?:기업|업체|회사|브랜드|은행|구단|팀|본사|법인|지사)")
_LICENCE_CANCELLED = re.compile(r"((?:인가|등록|면허|허가)(?:[·ㆍ](?:인가|등록|면허|허가))?)(?:이|가|을|를)?\s*(?:모두\s*)?취소")


def _licence_cancelled(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                       article: _ArticleGroups) -> _ExitObject:
    cancelled = _LICENCE_CANCELLED.match(sentence, trigger)
    if cancelled:  # "라임자산운용의 금융투자업 등록 취소를 의결": out of the licence, by the words that say which
        which = _naming_words(sentence[:trigger], mentions)
        if which:
            return f"{' '.join(which)} {cancelled.group(1)}", "취소된 인가·등록"
    return None


def _merger_halted(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                   article: _ArticleGroups) -> _ExitObject:
    merger = _MERGER_TALKS.match(sentence, trigger)
    if merger:  # "혼다와 닛산은 경영통합 협의 중단을 결정했다": both are out of the merger they talked of
        partner = re.search(r"(?:^|\s)([^\s,]{2,30}?(?:과|와)의)\s*$", sentence[:trigger])
        if partner:  # "OCI그룹이 한미약품그룹과의 통합 절차를 중단했다": the merger with whom
            return f"{partner.group(1)} {merger.group(1)}", "중단된 합병·통합 (상대와의)"
        return merger.group(1), "중단된 합병·통합 협의"
    return None


def _venture_scrapped(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                      article: _ArticleGroups) -> _ExitObject:
    spread = _VENTURE_SCRAPPED_SPREAD.match(sentence, trigger)
    if spread and spread.group("what").strip():  # "합작으로 추진해온 디지털 손해보험사 설립이 무산": what was to be set up
        bare = "" if spread.group(0).startswith("합작으로") else "합작 "  # "합작 디지털 손보사 설립 무산": the headline's name
        return f"{bare}{spread.group('what').strip()} 설립", "설립이 무산된 합작 회사"
    venture = _VENTURE_SCRAPPED.match(sentence, trigger)
    if venture:  # "삼성화재와 카카오는 디지털 손보사 공동 설립 추진을 중단": the venture never set up, by its kind
        venture_words = _group_words_before(sentence[:trigger], 3, [squeeze_term(m.name) for m in mentions])
        head = " ".join(venture.group(0).split())
        if venture_words:
            return f"{' '.join(venture_words)} {head}", "설립이 무산된 합작 회사"
    return None


def _company_sought(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                    article: _ArticleGroups) -> _ExitObject:
    bid = _TAKEOVER.match(sentence, trigger)
    targets = [_TAKEOVER_TARGET.search(sentence, 0, trigger)] if bid else []
    if bid and re.match(r"인수(?:가|는|도)\s", sentence[trigger:]):
        # "…인수에 나선 A가 … 인수가 무산됐다": the trigger's 인수 stands bare; the bid was named earlier in the sentence
        targets.extend(reversed(list(_TAKEOVER_NAMED.finditer(sentence, 0, trigger))))
    for target in targets:
        if target and not any(squeeze_term(_name_in(target)) in squeeze_term(a.name) for a in actors) \
                and not _KIND_OF_FIRM.search(_name_in(target)) \
                and (target.group("q") or name_word(target.group("b")) and not _NOT_A_TARGET_WORD.search(target.group("b"))):
            # "오스탈(Austal) 인수를 포기했다", "'한빛조선' 인수 추진을 중단": the company sought, with the word for the bid
            return f"{_two_word_name(sentence, target, article.document)} {bid.group(0) if bid else '인수'}", \
                "인수하려던 회사 ('…인수를 포기·중단')"
    return None


# A word before a bare company name that is no part of it: a time, an adverb, a place, a kind of firm.
_NOT_NAME_BEFORE = re.compile(rf"(?:{lx.PLACE}|최근|결국|끝내|사실상|전격|이번|당초|앞서|현재|지난해|올해|작년|내년|다시|또|"
                              r"[가-힣]*(?:업체|기업|회사|그룹|제조사|개발사|운용사|통신사|스타트업)|"
                              r"[가-힣]+(?:의|을|를|은|는|이|가|와|과|도|에|로|서|고|며|한|된|던|인|적))$")
_ALIAS_AFTER = re.compile(r"\s?\(\s*이하")


def _two_word_name(sentence: str, target: re.Match[str], document: str) -> str:
    """A company sought whose name is two words ('워너브라더스 디스커버리(이하 워너브라더스) 인수', '업체 타워 세미컨덕터
    인수'): the bare word before the name is part of it where the report writes the two together again or glosses them
    as one ('(이하 …)'), and the word is no time, adverb, place or kind of firm."""
    name = _name_in(target)
    if target.group("q"):
        return name
    before = re.search(r"(?:^|(?<=\s))([가-힣A-Za-z0-9&·\-]{2,})\s+$", sentence[:target.start("b")])
    if before is None or _NOT_NAME_BEFORE.fullmatch(before.group(1)):  # (its places are lx.PLACE, _COUNTRY_OR_REGION's)
        return name
    whole = f"{before.group(1)} {name}"
    if document.count(whole) >= 2 or _ALIAS_AFTER.match(sentence, target.end("b")):
        return whole
    return name


def _venture_left(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                  article: _ArticleGroups) -> _ExitObject:
    venture = _VENTURE_LEFT.search(sentence, 0, trigger)
    if venture and not any(a.start <= venture.start("q" if venture.group("q") else "b") < a.end for a in actors):
        # "합작법인 '한빛모빌리티'에서 손을 뗐다": the venture is a company, and what is left is that company
        return _name_in(venture), "떠난 합작 회사 ('합작법인 …에서')"
    return None


# "본점인 소공점은 지켰지만 월드타워점을 두산에 내줬다": the store whose licence a rival took
_STORE_LOST = re.compile(r"([가-힣A-Za-z0-9]{1,12}(?:점|면세점))(?:을|를)\s+[^\s,.]+(?:에|에게)\s+내(?:주|준|줬)")


def _store_lost(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                article: _ArticleGroups) -> _ExitObject:
    lost = _STORE_LOST.search(sentence, max(0, trigger - 14))
    if lost is None or not lost.start(1) <= trigger < lost.end() or not name_word(lost.group(1)):
        return None
    return lost.group(1), "경쟁사에 내준 매장 (…점을 …에 내줬다)"


# "아리안스페이스와 공동 사업을 철회했다": the joint project with whom; "제주맥주, 세븐브로이맥주의 주문자위탁생산(OEM)을
# 중단했다": the contract manufacturing, as the report writes it
_JOINT_WORK_ENDED = re.compile(r"(?:(?P<partner>[^\s,.]{2,20}(?:과|와))\s+)?(?P<work>(?:공동|합작)\s?(?:사업|프로젝트|개발|연구)|"
                               r"(?:주문자)?위탁\s?생산(?:\s*\(OEM\))?)(?:을|를)?\s*(?:공식(?:적으로)?\s*|전격\s*|최종\s*)?"
                               r"(?:철회|중단|종료)")


def _joint_work_at(sentence: str, trigger: int) -> re.Match[str] | None:
    return next((m for m in _JOINT_WORK_ENDED.finditer(sentence, max(0, trigger - 40)) if m.start() <= trigger < m.end()), None)


def joint_work_ended_at(sentence: str, trigger: int) -> bool:
    """Whether the trigger ends a work two did together ("…의 주문자위탁생산(OEM)을 중단했다"): a deal of two, which
    leaves both out of it (labels.yaml's convention), the one who ends it as much as the one named with 의."""
    return _joint_work_at(sentence, trigger) is not None


def _joint_work_ended(sentence: str, trigger: int, actors: list[Mention], mentions: list[Mention],
                      article: _ArticleGroups) -> _ExitObject:
    ended = _joint_work_at(sentence, trigger)
    if ended is None:
        return None
    partner = ended.group("partner")
    work = " ".join(ended.group("work").split())
    return (f"{partner} {work}" if partner else work), "끝낸 공동 사업·위탁 생산"


EXIT_OBJECTS: tuple[Callable[[str, int, list[Mention], list[Mention], _ArticleGroups], _ExitObject], ...] = (
    _role_handed_back, _licence_returned, _licence_cancelled, _rights_returned, _merger_halted, _venture_scrapped,
    _company_sought, _venture_left, _store_lost, _joint_work_ended)


_RIGHT_KIND_BEFORE = re.compile(r"(?<=\s)(단독|독점|공식|온라인|국문|국내|시내)\s+$")


_LICENCE_RETURNED = re.compile(r"(특허권|특허|사업권|면허|운영권|판권|중계권|독점권|명명권|타이틀\s?스폰서|스폰서십|스폰서|후원사)"
                               r"(?:을|를)?\s*(?:자진\s*)?(?:반납|포기|내려\s?놓)")  # "…타이틀 스폰서 내려놓기로", "단독 중계권을 포기"


_MERGER_TALKS = re.compile(r"(합병|경영\s?통합|통합)\s*(?:협의|협상|논의|절차|작업)")


_VENTURE_SCRAPPED = re.compile(r"공동\s?설립|합작(?:법인|사)?\s?설립|합작(?!으로)")


_VENTURE_SCRAPPED_SPREAD = re.compile(r"합작(?:으로)?\s+(?:[가-힣]+(?:해온|하던|해\s?온|했던|한)\s+)?(?P<what>(?:[^\s,.]+\s+){0,3}?)설립")


# A company's name quoted or written bare, read by `_name_in` ("'한빛조선' 인수", "오스탈(Austal) 인수", "합작법인 X에서").
_QUOTED_OR_BARE = r"(?:['‘\"“](?P<q>[^'‘’\"“”\n]{1,40})['’\"”]|(?P<b>[가-힣A-Za-z0-9&·\-]{2,}?))"


# The company sought right before the bid: "피그마 인수", "'X(영문명)' 인수", or the bid's object with its price
# between ("아이로봇을 인수하려던", "피그마를 200억달러에 인수하는 계약").
_TAKEOVER_TARGET = re.compile(rf"(?<![가-힣A-Za-z0-9&·\-]){_QUOTED_OR_BARE}(?:\s?\([^()\n]{{1,30}}\))?\s*"
                              r"(?:의\s*|(?:을|를)\s+(?:[\d.,]+\s*(?:조|억|만)?\s*(?:달러|원|유로|엔|파운드)(?:에|에\s*전격)\s+)?|"
                              r"(?:주식|지분)\s+)?$")  # "한빛앤컴퍼니 주식 공개매수": whose shares


# A bare word before the bid that is no company: a person ('투자자'), a verb's adnominal ('진행해온', '추진하던').
_NOT_A_TARGET_WORD = re.compile(r"자$|(?:[해하]온|던|[한된]|는|해|못해)$")


# A bid named earlier in the sentence, for "…인수에 나선 A가 … 인수가 무산됐다" where the trigger's 인수 stands bare.
_TAKEOVER_NAMED = re.compile(rf"(?<![가-힣A-Za-z0-9&·\-]){_QUOTED_OR_BARE}(?:\s?\([^()\n]{{1,30}}\))?\s*인수(?=에|를|을|\s)")


_KIND_OF_FIRM = re.compile(r"(?:업체|기업|회사|그룹|사업|지분|주식|계획)$|[은는이가을를에와과도로]$")


_VENTURE_LEFT = re.compile(rf"합작(?:법인|사|회사)(?:\s*\(JV\))?(?:인)?\s*{_QUOTED_OR_BARE}"
                           r"\s*(?:에서|서)\s*(?:(?:완전히|사실상|결국|모두|전격)\s*)?$")


def _name_in(match: re.Match[str]) -> str:
    """The name a `_QUOTED_OR_BARE` match read, without its quotes."""
    return (match.group("q") or match.group("b")).strip()


# A game's service handed over to another company ("…의 국내 서비스를 개발사 시프트업으로 이관한다", "넥슨이 서비스해온
# 카운터사이드가 … 스튜디오비사이드로 이관된다", "…의 라이브 서비스는 넥슨을 떠나 나딕게임즈로 이관"): who ran it is out.
_HANDED_OVER = re.compile(r"(?:으로|로|에게|에)\s*(?:(?:직접\s*)?(?:서비스\s*)?)?이관(?:한다|했다|하기로|키로|된다|됐다|되며|돼|해|하고|,|\s)")


_SERVICE_OF = re.compile(r"(?:['‘\"“](?P<q>[^'’\"”\n]{2,30})['’\"”]|(?P<b>[가-힣A-Za-z0-9]{2,15}))(?:의)?\s*"
                         r"(?P<scope>(?:국내|글로벌|해외|한국|국내\s*및\s*글로벌|[가-힣]{1,3}·[가-힣]{1,3})\s*)?(?:라이브\s*)?서비스(?:를|는|가)")


_RAN_IT = re.compile(r"(?:이|가|은|는)\s+(?:[^\s,.]+\s+){0,5}?(?P<scope>국내|글로벌|해외|한국)?(?:에서)?\s*서비스(?:해온|하던|해\s*온|해왔던|했던)\s+"
                     r"(?:[가-힣A-Za-z]+\s+){0,3}?['‘\"“]?(?P<game>[^\s'’\"”]{2,20}?)['’\"”]?(?:이|가|은|는|을|를)\s")


_LEFT_BEHIND = re.compile(r"(?:을|를)\s*떠나")


def _handed_over(sentence: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """Who handed a game's service over, and the service ('카운터사이드 국내 서비스')."""
    found: list[tuple[Mention, str]] = []
    for handed in _HANDED_OVER.finditer(sentence):
        receiver = next((m for m in mentions if 0 <= handed.start() - m.end <= 1), None)
        before = [m for m in mentions if m.end <= handed.start() and m is not receiver]
        ran = [(m, r) for m in before if (r := _RAN_IT.match(sentence, m.end))]
        if ran:  # "넥슨이 국내 서비스해온 카운터사이드가": who ran it, and what
            giver, match = ran[-1]
            found.append((giver, " ".join(w for w in (match.group("game"), match.group("scope"), "서비스") if w)))
            continue
        service = None
        for candidate in _SERVICE_OF.finditer(sentence, 0, handed.start()):
            service = candidate
        if service is None:
            continue
        game = service.group("q") or service.group("b")
        name = " ".join(w for w in (game, (service.group("scope") or "").strip(), "서비스") if w)
        left = [m for m in before if _LEFT_BEHIND.match(sentence, m.end)]
        subject = [m for m in before if m.end <= service.start() and _role(sentence, m) in ("이", "가", "은", "는")]
        givers = left or subject
        if givers and game not in givers[-1].name:
            found.append((givers[-1], name))  # "라인게임즈는 … ‘데스티니 차일드’의 국내 및 글로벌 서비스를 … 이관한다"
    return found


# A stake sold: the words before it name what it is a stake in; "전량", "모두" or a joint venture in the sentence make
# it an exit rather than a trim.
_STAKE_SOLD = re.compile(r"\s*(?:의\s*)?(?:보유\s*)?지분(?:\s*\d+(?:\.\d+)?\s*%)?(?:\([^()\n]{1,20}\))?\s*(?:을|를)?\s*"
                         r"(?P<all>(?:전량|모두|전부)\s*)?(?:[^\s,.]+\s+){0,6}?(?:매각|처분|매도)(?:했|한다|합니다|하기로|키로|하며|하고|"
                         r"하는\s*계약|한\s*것(?:이다|으로)|(?:\s*절차)?(?:을|를)?\s*(?:완료|마무리|결정|의결))")


# The buyer's side: "X가 (각각 50%씩) 보유한 Z 지분을 모두 사들인다" — the holder X is out of Z.
_STAKE_BOUGHT = re.compile(r"(?:이|가)\s+(?:각각\s+)?(?:[\d.]+\s*%씩?\s+)?보유(?:한|하고\s*있는|하던|해\s*온|\s*중인)\s+"
                           r"(?P<what>(?:[^\s,.]+\s+){0,3}?[^\s,.]+?)\s*(?:보유\s*)?(?:지분|주식)(?:\s*[\d.]+\s*%)?"
                           r"(?:\s*(?:전량|전부))?(?:\([^()\n]{1,20}\))?\s*(?:을|를)\s*(?:모두|전량|전부)?\s*(?:[^\s,]+\s+){0,6}?"
                           r"(?:인수|매입|사들|취득)")


_FOUNDED_AFTER = re.compile(r"[^.]{0,40}?(?:설립|출범|세웠|세운)")


_JOINT = re.compile(r"합작")  # the report calls it a joint venture somewhere
_GLOSS = re.compile(r"\s*\([^()\n]{1,20}\)")  # a name's gloss in brackets ("우티(UT)")


# A plant or a local company sold whole ("… LCD 공장을 CSOT에 매각했다"); a business line is too loose to be a group.
_PLANT_SOLD = re.compile(r"\s*(?P<head>공장|생산\s?공장|생산\s?라인|생산\s?법인|현지\s?법인|법인)(?:을|를)\s*(?:[^\s,.]+\s+){0,8}?"
                         r"(?:매각|처분)(?:했|한다|합니다|하기로|키로|하며|하고|(?:을|를)?\s*(?:완료|마무리|결정|의결))")


# A deal someone made that ran out: "A가 B와 체결한 X 계약(기간)이 최근 만료됐다".
_LAPSED_HELD = re.compile(r"(?:이|가)\s+(?:[^\s,.]+?(?:와|과)\s+)?(?:체결한|맺은|맺었던|체결했던)\s+"
                          r"(?P<deal>(?:[^\s,.]+\s+){0,5}?[^\s,.]*?)\s*계약(?:\s*기간)?(?:이|은|도)\s+(?:[^\s,.]+\s+){0,2}?"
                          r"(?:만료|종료)(?:됐|되었|된다|되면서|돼|되며|된\s*것으로)")


_STAKE_SHARE_WORDS = frozenset({"잔여", "나머지", "남은", "보유", "일부", "전체", "소수", "잔존", "추가"})


_QUOTE_MARKS = re.compile(r"['‘’\"“”]")


_VENTURE_KIND = re.compile(r"(?:국내\s*)?(?:합작(?:법인|사|회사)|자회사|손자회사|계열사|법인)(?:인)?")


def _buyers(sold: re.Match[str], mentions: list[Mention]) -> set[str]:
    """Who a sale names as buying, inside its span ("… 지분을 B에 매각", "공장을 현지 업체인 B에 매각")."""
    return {m.entity for m in mentions if sold.start() <= m.start < sold.end() and m.particle in ("에", "에게")}


def _joined_to_buyer(sentence: str, seller: Mention) -> bool:
    """"A는 B에 지분을 매각": A sells; but "B가 A의 지분을 …": the name before 의 is whose stake, said of the buyer."""
    return sentence[seller.end:seller.end + 1] == "의" and re.search(r"(?:이|가|은|는)\s", sentence[:seller.start]) is not None


# How a business leaves what it was in, each read by its own words: (trigger word, who is out, their role,
# (group, why)) — the group None when the words name nothing to be out of. Order is precedence: the first
# reading of an organisation's exit is the one reported.
_ExitRead = tuple[str, Mention, str, tuple[str, str] | None]


def _role_changed_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A role or a selection that changed hands ('…를 기존 A에서 B로 변경'): the one it left is out of it."""
    for changed in _CHANGED_FROM.finditer(sentence):
        # "우선협상대상자가 기존의 'A'에서 B로 변경됐다", "서울시 금고가 우리은행에서 신한은행으로": A is out
        before = [m for m in mentions if m.end <= changed.start() and
                  re.fullmatch(r"['’\"”)]?\s*", sentence[m.end:changed.start()])]
        if not before or _conditional(sentence[:changed.start()]):
            continue
        if _RENAMED.search(sentence, 0, before[-1].start):
            continue  # "기관명을 전경련에서 한경협으로 교체한": a name changed, no one left anything
        actor = before[-1]
        held = _ROLE_CHANGED.search(sentence, 0, actor.start)
        role_words: list[str] = []
        if held:
            listed = re.sub(r"(?<=[가-힣]),(?=[가-힣])", "·", held.group(1))  # "아프로벨,코아프로벨"
            role_words = _group_words_before(listed, 4, [squeeze_term(m.name) for m in mentions])
        if not role_words and changed.group("role_after"):
            role_words = _group_words_before(changed.group("role_after"), 4, [squeeze_term(m.name) for m in mentions])
            held = None
        while len(role_words) > 2 and re.search(r"(?:치료제|약|백신)$", role_words[0]):
            role_words.pop(0)  # "고혈압치료제 아프로벨 판매 유통사": the drug's class describes it, the name follows
        owner = _ROLE_OWNER_SUBJECT.search(sentence, 0, sentence.rfind(role_words[0], 0, held.end(1))) if held and role_words and \
            all(_BARE_ROLE_WORD.fullmatch(w) for w in role_words[:-1]) else None
        whose = _ROLE_POSSESSOR.search(sentence, 0, sentence.rfind(role_words[0], 0, held.end(1))) if held and role_words else None
        if whose and whose.group(1) not in role_words:
            # "코스트코의 독점 카드사가 … 기존 A에서 B로 바뀐다": the role is named with whose it is
            role_words.insert(0, f"{whose.group(1)}의")
        elif owner and owner.group(1) not in role_words:
            # "코스트코는 제휴 카드사를 A에서 B로": a bare role is nobody's without whose it is
            role_words.insert(0, owner.group(1))
        # "고혈압치료제 아프로벨 판매 유통사를 기존 부광약품에서 한독으로 변경": the role changed hands
        yield (changed.group(0).strip()[:20], actor, "바뀐 쪽",
               (" ".join(role_words), "주인이 바뀐 역할 ('…를 기존 A에서 B로')") if role_words else
               _group_for(sentence, changed.start(), [actor], mentions, article, recent_index))


def _fought_with_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """The rival a winner fought to the end: '…와 결선까지 가는 승부 끝에 선정'."""
    for mention in mentions:
        # "현대건설이 대림산업과 결선까지 가는 박빙의 승부 끝에 … 시공사로 선정됐다": the rival it fought lost
        fought = _FOUGHT_WITH.match(sentence, mention.end) if mention.particle in ("와", "과", "와의", "과의") else None
        won = _WON.search(sentence, fought.end()) if fought else None
        if fought is None or won is None or _conditional(sentence[:mention.start]) or not any(
                m.end <= mention.start and m.particle in ("이", "가", "은", "는") for m in mentions):
            continue
        chosen_as = _chosen_as(sentence, won.start())
        group = (chosen_as, "이긴 쪽이 뽑힌 자리 ('…로 선정')") if chosen_as else \
            _group_for(sentence, won.start(), [mention], mentions, article, recent_index)
        for rival in _coordinated(sentence, mentions, mention):  # "대신정보통신, 쌍용정보통신과 경쟁해": each of the list
            if rival.particle in ("이", "가", "은", "는"):
                continue
            yield ("…와 경쟁 끝에 선정", rival, "진 경쟁 상대", group)


# The role a partner held, said right before its name ("모바일 온누리상품권 운영기관인 한결원과의 계약").
_ROLE_HELD_BEFORE = re.compile(r"((?:[가-힣A-Za-z0-9]+\s){0,2}[가-힣A-Za-z0-9]*(?:운영\s*기관|사업자|운영사|운영자|대행사|스폰서|"
                               r"후원사|공급사|수탁자|수탁기관|시공사|위탁사|판매사|수입사|유통사|총판))(?:인|이던|이었던)\s+$")
_BARE_PARTNER = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{2,20})['’\"”)]?\s*$")


def _ended_with_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A partnership or a contract ended: '…와 결별', '…와의 계약을 해지', '계약이 종료된 상태'."""
    for ended in [*_ENDED_WITH.finditer(sentence), *_ENDED_NOTICE.finditer(sentence)]:
        # "네이버는 연합뉴스와 콘텐츠 제휴 계약을 해지하기로", "조합이 시공사인 대우건설과 결별했다": the partner is out
        partner = [m for m in mentions if m.end <= ended.start() and not _in_aside(sentence, m.start) and
                   # ("한국간편결제진흥원(한결원)과의 계약": the partner's short name in brackets between)
                   re.fullmatch(r"['’\"”)]?(?:\s*\([^()]{1,30}\))?\s*(?:컨소시엄|측)?", sentence[m.end:ended.start()])]
        talks = re.search(r"(?:협업|협력|개발)$", (ended.group("deal") or "").strip()) is not None
        # ("현대홈쇼핑은 … 방송 송출을 중단한다": a channel stopping its own carriage, a seller its sales, leaves)
        carried = re.search(r"(?:판매|유통|공급|송출|거래)$", (ended.group("deal") or "").strip()) is not None
        told = sentence[ended.start():ended.end() + 8]  # ("…종료를 선언했다": the verb after the particle)
        # ("조합이 시공사인 대우건설과 결별했다": a union dropping its builder is no parting of equals)
        parting = "결별" in ended.group(0) and not (partner and (_UNION_SUBJECT.search(sentence, 0, partner[-1].start)
                                                               or _ROLE_BEFORE.search(sentence, 0, partner[-1].start)))
        neutral = not talks and (parting or _LAPSED.search(ended.group(0)) or _ENDED_NEUTRAL.search(told)
                                 or _GOES_DIRECT.match(sentence, ended.end()) or carried and "중단" in ended.group(0))
        bare = _BARE_PARTNER.search(sentence, 0, ended.start()) if not partner and neutral else None
        if bare and bare.group(1) not in lx.NOT_NAME_WORDS:
            # "CJ온스타일은 △딜라이브 △아름방송 △CCS충북방송과 방송 송출 계약을 종료했다": whoever left names the partner,
            # watched or not
            partner = [Mention("", bare.group(1), bare.start(1), bare.end(1), "")]
        if not partner or _conditional(sentence[:ended.start()]) or \
                lx.ABSENT_NEGATED_AFTER.match(sentence[ended.end():]):
            continue
        if neutral:
            # "질샌더도 신세계인터내셔날과 판매 계약이 종료된 상태다", "…과의 계약을 종료하고 직접 국내 판매를 시작한다":
            # nobody dropped anybody, and a deal of two that ends leaves both out of it: each is out of the deal named
            # after the other (labels.yaml's convention since round 33: the one the report is about is the event, the
            # other optional)
            parted = [m for m in mentions if m.start >= ended.end() and not sentence[ended.end():m.start].strip()][:1] \
                if ended.groupdict().get("parted") else []  # "캘러웨이와 결별한 한성FI가": the one it describes parted
            leavers = parted or [a for a in _actor(sentence, mentions, partner[-1].start, absence=True)
                                 if a.end <= partner[-1].start and a.entity != partner[-1].entity
                                 and not _left_nothing(sentence, a, partner[-1].start)]
            deal_name = re.sub(r"(?<=\S)\s*계약$", "", (ended.group("deal") or "").strip())
            # "FIFA와 브랜드 계약 종료": the deal keeps its word for a contract ('FIFA 브랜드 계약')
            contract = " 계약" if (ended.group("deal") or "").strip().endswith("계약") else ""
            deal_name = " ".join(_group_words_before(deal_name, 2, [])) + contract if deal_name != "계약" else ""
            for leaver in leavers:
                yield (ended.group(0).strip()[-12:], leaver, "계약이 끝난 쪽",
                       (f"{partner[-1].name} {deal_name}".strip(), "계약이 끝난 상대"))
            if partner[-1].entity:  # (a partner no rule watches, read by its shape, has no event of its own)
                # the other side by its name, watched or not ("미국 한빛골프 본사는 … 카카오와의 계약을 종료했다")
                other = leavers[0].name if leavers else _subject_named(sentence, partner[-1].start)
                if other is not None:
                    yield (ended.group(0).strip()[-12:], partner[-1], "계약이 끝난 상대",
                           (f"{other} {deal_name}".strip(), "계약이 끝난 쪽"))
                elif not leavers and (role := _ROLE_HELD_BEFORE.search(sentence, 0, partner[-1].start)) is not None:
                    # "운영기관인 한결원과의 계약이 종료된 만큼 … 새로운 운영기관을 선정한다": the role it held is what it is out of
                    yield (ended.group(0).strip()[-12:], partner[-1], "계약이 끝난 상대",
                           (role.group(1).strip(), "계약으로 맡았던 자리 ('…인 상대')"))
                elif not leavers:
                    # "그동안 한국 사업을 맡았던 FMK와의 결별이다": the other side is the report's topic, told before; what
                    # the partner is out of is what the sentence names
                    yield (ended.group(0).strip()[-12:], partner[-1], "계약이 끝난 상대",
                           _group_for(sentence, ended.start(), partner[-1:], mentions, article, recent_index))
            continue
        deal = re.sub(r"(?<=\S)\s+계약$", "", _QUOTE_MARKS.sub("", ended.group("deal") or ""))
        # "맺었던 합작법인": the verb before is no name; "AI 가속기 공동 개발": joint work names what it was on
        deal = " ".join(_group_words_before(deal, 4 if talks else 3, [])) or deal
        ended_group: tuple[str, str] | None
        union = _UNION_SUBJECT.search(sentence, 0, partner[-1].start)
        held = _ROLE_BEFORE.search(sentence, 0, partner[-1].start)
        if union and (deal or held):
            # "흑석9구역 재개발조합이 롯데건설과의 시공계약 해지를", "신반포 15차 재건축 조합이 시공사인 대우건설과
            # 결별": the project the union runs, and the deal or role the partner held in it
            place = union.group(1).split()
            if len(place) == 2 and not place[1][0].isdigit():
                place = place[1:]  # "흑석뉴타운 흑석9구역": the district names itself; "신반포 15차" needs its first word
            project = " ".join(place + ([union.group(2)] if union.group(2) else []))
            ended_group = (f"{project} {deal if deal and deal != '계약' else held.group(1) if held else deal}",
                           "조합이 끝낸 사업의 계약·역할")
        elif deal and deal != "계약":  # the deal itself is what they are out of ("콘텐츠 제휴", "시공계약")
            ended_group = (deal, "끝난 계약·제휴")
        elif (other := _subject_named(sentence, partner[-1].start)) is not None:
            # "한빛코리아는 … 딜러로 운영해오던 B에 대한 계약 해지를 통보": a bare contract is the one with who ended it
            ended_group = (f"{other} 계약", "계약을 끝낸 쪽과의 계약")
        else:
            ended_group = _group_for(sentence, ended.start(), partner[-1:], mentions, article, recent_index)
            if ended_group is not None and \
                    re.search(rf"{re.escape(ended_group[0])}(?:이|가|은|는)\s", sentence[:partner[-1].start]):
                ended_group = None  # "조합이 시공사인 대우건설과 결별했다": the one ending it is no group they left
        yield (ended.group(0).strip()[-12:], partner[-1], "계약 상대", ended_group)


def _replaced_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """The one replaced: '선정된 A 대신 B로 변경', 'A 대신 B와 제휴'."""
    for mention in mentions:
        instead = _INSTEAD.match(sentence, mention.end)
        if instead and not _conditional(sentence[:mention.start]):
            # "선정된 행복복권 컨소시엄 대신 '동행복권'으로 우선협상대상자를 변경하기로": the one replaced is out
            yield ("대신 …로 변경", mention, "바뀐 쪽",
                   _group_for(sentence, instead.end(), [mention], mentions, article, recent_index))
            continue
        taken_over = _INSTEAD_TAKES_IT.match(sentence, mention.end) if mention.particle == "" else None
        role = _ROLE_TOPIC.search(sentence, 0, mention.start) if taken_over else None
        if taken_over and role and not _conditional(sentence[:mention.start]):
            # "올해 한빛리그 타이틀 스폰서는 A 대신 B가 맡는다": A is out of the role the sentence is about
            yield ("대신 …가 맡음", mention, "바뀐 쪽", (role.group("role"), "다른 곳이 맡게 된 자리"))
            continue
        instead = _INSTEAD_PARTNER.match(sentence, mention.end)
        if instead and mention.particle == "" and not _conditional(sentence[:mention.start]):
            # "빗썸은 NH농협은행 대신 KB국민은행과 실명계좌 제휴를 맺었다": the partner replaced is out of the deal
            deal = re.sub(r"\s*계약$", "", instead.group("deal")).strip()
            owner = _ROLE_OWNER_SUBJECT.search(sentence, 0, mention.start)
            yield ("대신 …와 제휴", mention, "바뀐 상대",
                   (f"{owner.group(1)} {deal}" if owner else deal, "상대가 바뀐 계약·제휴") if deal else None)


def _stake_sold_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A stake sold whole, or a joint venture's stake sold: the seller is out of the company."""
    for sold in _STAKE_SOLD.finditer(sentence):
        # "금호석유화학이 중국업체와 합작했던 라텍스 공장 지분을 매각했다", "플러그파워가 SK와 설립한 국내 합작법인 지분을
        # 전량 매각하며": all of a stake sold, or a stake in what the report calls a joint venture — the seller is out
        if not (sold.group("all") or _JOINT.search(article.document)) or _conditional(sentence[:sold.start()]) \
                or lx.ABSENT_NEGATED_AFTER.match(sentence[sold.end():]) or _FOUNDED_AFTER.match(sentence, sold.end()):
            continue  # "…지분을 BNP파리바에 매각하며 합작 법인을 설립해": the sale that made the venture
        if re.search(r"하기로|키로", sold.group(0)) and not _buyers(sold, mentions) \
                and not any(m.particle in ("에", "에게") and m.end <= sold.start() for m in mentions):
            continue  # "르노삼성 지분 19.9%를 모두 매각하기로 했다": a sale decided with no buyer yet is a plan
        # "합작사 '한빛모빌리티' 지분": a quoted name is read without its quotes, and a company named right before
        # 지분 is what the stake is in, never who sells it
        in_stake = [m for m in mentions if m.end <= sold.start() and re.fullmatch(r"(?:\s*\([^()\n]{1,20}\))?['’\"”)]?\s*(?:에\s*대한\s*)?",
                                                        sentence[m.end:sold.start()])]
        # ("'LG도레이헝가리배터리분리막'(LTHS) 지분", "클라우드그램에 대한 지분": the gloss and 'about' say no more)
        named_before = re.sub(r"\s*(?:에\s*대한|에\s*대해)\s*$", "", _GLOSS.sub("", _QUOTE_MARKS.sub("", sentence[:sold.start()])))
        stake_in = _group_words_before(named_before, 4,
                                       [squeeze_term(m.name) for m in mentions if m not in in_stake])
        while stake_in and re.fullmatch(lx.PLACE, stake_in[0]):
            stake_in.pop(0)  # "중국 일조금호금마화학유한공사 지분": the place says where it is, not which
        while stake_in and stake_in[0] in _STAKE_SHARE_WORDS:
            stake_in.pop(0)  # "잔여 지분을 전부 매각": which part of the stake, not what it is in
        if len(stake_in) >= 2 and _VENTURE_KIND.fullmatch(stake_in[0]):
            stake_in.pop(0)  # "합작법인 클라우드그램 지분": the kind says what it is, the name which
        if in_stake:
            stake_in = [in_stake[-1].name]  # "택시 플랫폼 한빛택시(HT) 지분": the company it is in, by its name
        # (the company the stake is in, named right before 지분, is never who sells: "… 설립한 우티 지분을 전량 매각한다")
        sellers = [a for a in _actor(sentence, [m for m in mentions if m not in in_stake], sold.start(), absence=True)
                   if a.end <= sold.start()]
        partners = [m for m in mentions if sellers and stake_in and sellers[-1].end <= m.start and m.particle in ("와", "과")
                    and re.fullmatch(r"(?:와|과)\s*(?:함께\s+)?" + re.escape(" ".join(stake_in)), sentence[m.end:sold.start()])]
        if stake_in and sellers and not _joined_to_buyer(sentence, sellers[-1]):
            # "SKC와 코오롱인더스트리가 … 보유지분을 모두 매각한다", "SKC는 코오롱인더스트리와 SKC코오롱PI 지분을 매도": each
            buyers = _buyers(sold, mentions)
            for seller in [m for m in sellers + partners if m.entity not in buyers]:
                yield ("지분 매각", seller, "지분을 판 쪽", (" ".join(stake_in), "지분을 모두 판 합작 회사"))


def _lapsed_deal_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A deal whose term ran out: 'A가 B와 체결한 X 계약기간이 만료됐다'."""
    for lapsed in _LAPSED_HELD.finditer(sentence):
        # "카카오게임즈가 펄어비스와 체결한 검은사막 북미·유럽 퍼블리싱 계약기간이 만료됐다": whose deal ran out is out of it
        holder = next((m for m in mentions if m.end == lapsed.start()), None)
        deal = _QUOTE_MARKS.sub("", lapsed.group("deal")).strip()
        if holder is None or not deal or _conditional(sentence[:lapsed.start()]):
            continue
        yield ("계약 만료", holder, "계약이 끝난 쪽", (deal, "기간이 끝난 계약"))


def _plant_sold_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A plant or a local company sold: the seller is out of it."""
    for sold in _PLANT_SOLD.finditer(sentence):
        # "삼성디스플레이가 중국 쑤저우 LCD(액정표시장치) 공장을 CSOT에 매각했다": the seller is out of the plant it sold
        if _conditional(sentence[:sold.start()]) or lx.ABSENT_NEGATED_AFTER.match(sentence[sold.end():]):
            continue
        plant_text = re.sub(r"\s?\([^()\n]{1,30}\)", "", _QUOTE_MARKS.sub("", sentence[:sold.start()]))  # "LCD(액정표시장치)"
        plant = _group_words_before(plant_text, 3, [squeeze_term(m.name) for m in mentions]) + [sold.group("head")]
        while len(plant) > 1 and re.fullmatch(lx.PLACE, plant[0]):
            plant.pop(0)  # "중국 쑤저우 LCD 공장": the country says where, the city which
        sellers = [a for a in _actor(sentence, mentions, sold.start(), absence=True) if a.end <= sold.start()]
        buyers = _buyers(sold, mentions)
        if len(plant) >= 2 and sellers:
            for seller in [m for m in sellers if m.entity not in buyers]:
                yield ("공장 매각", seller, "공장을 판 쪽", (" ".join(plant), "판 공장·법인"))


def _handed_over_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A game's service handed over: who ran it is out of it."""
    for giver, held_service in _handed_over(sentence, mentions):
        yield ("서비스 이관", giver, "서비스를 넘긴 쪽", (held_service, "넘긴 게임·서비스"))


# The holder named right before its stake, the company before it ("우티(UT)의 티맵 지분을 전량 인수"), or the holder
# before 보유 and the company after ("티맵 보유 ‘우티’ 지분 전량 인수"): the holder is out of the company.
_HOLDER_STAKE_BOUGHT = re.compile(r"\s*(?:(?P<held>보유)\s+['‘\"“]?(?P<what>[^\s,.'’\"”]{1,20})['’\"”]?\s*)?(?:보유\s*)?지분(?:\s*[\d.]+\s*%)?"
                                  r"(?:을|를)?\s*(?:전량|전부|모두)\s*(?:[^\s,.]+\s+){0,3}?(?:인수|매입|사들|취득)")
_STAKE_OF = re.compile(r"['‘\"“]?(?P<what>[^\s,.'’\"”]{1,20})['’\"”]?(?:\s*\([^()\n]{1,20}\))?의\s+$")


def _stake_bought_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """'X가 보유한 Z 지분을 모두 사들인다': the holder X is out of Z."""
    for named in mentions:
        told = _HOLDER_STAKE_BOUGHT.match(sentence, named.end) if not named.particle else None
        if told is None or _conditional(sentence[:named.start]) or lx.ABSENT_NEGATED_AFTER.match(sentence[told.end():]):
            continue
        # ("A의 B 지분" may be A's stake in B as well: read that way only of a joint venture the report tells)
        of = _STAKE_OF.search(sentence, 0, named.start) if _JOINT.search(article.document) else None
        what = told.group("what") or (of.group("what") if of else None)
        if what:
            yield ("보유 지분 전량 인수", named, "지분을 넘긴 쪽", (what, "보유 지분을 모두 넘긴 회사"))
    for bought in _STAKE_BOUGHT.finditer(sentence):
        # "삼성바이오로직스가 … 바이오젠이 보유한 삼성바이오에피스 지분을 모두 사들인다": the holder is out of the company
        holder = next((m for m in mentions if m.end == bought.start()), None)
        what = _group_words_before(bought.group("what"), 4, [squeeze_term(m.name) for m in mentions])
        whole = re.search(r"전량|전부|모두", bought.group(0)[bought.end("what") - bought.start():])
        if holder is None or not what or not whole or _conditional(sentence[:bought.start()]) \
                or lx.ABSENT_NEGATED_AFTER.match(sentence[bought.end():]):
            continue
        for seller in _coordinated(sentence, mentions, holder):
            yield ("보유 지분 전량 인수", seller, "지분을 넘긴 쪽", (" ".join(what), "보유 지분을 모두 넘긴 회사"))


# A sale refused to a buyer: "메가스터디교육은 … MBK파트너스에 최종적으로 지분을 매각하지 않기로 결정했다", "타다를 더스윙에
# 매각하지 않기로": the buyer is out of the sale — of the named company, or of the seller's own shares.
_NOT_SOLD_TO = re.compile(r"(?:에|에게)\s+(?:(?:최종적으로|최종|결국|끝내)\s+)?(?:(?P<what>[^\s,.]+?)(?:을|를)\s+)?"
                          r"(?:(?:최종적으로|최종|결국|끝내)\s+)?매각하지\s*않기로")


_SELLER_TOPIC = re.compile(r"(?:^|\s)['‘\"“]?(?P<name>[가-힣A-Za-z0-9&]{2,20})['’\"”]?(?:\([^()\n]{1,20}\))?(?:은|는)\s")


def _not_sold_to_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A seller that decided not to sell to a buyer: the buyer is out of the sale."""
    for refused in _NOT_SOLD_TO.finditer(sentence):
        buyer = next((m for m in mentions if m.end == refused.start()), None)
        if buyer is None or _conditional(sentence[:refused.start()]) or lx.ABSENT_NEGATED_AFTER.match(sentence[refused.end():]):
            continue
        before = re.search(r"(?:^|\s)(?P<what>[^\s,.]+?)(?:을|를)\s+$", sentence[:buyer.start])  # "타다를 더스윙에 매각하지"
        what = (refused.group("what") or (before.group("what") if before else "")).strip("'‘’\"“”")
        if what and what not in ("지분", "주식", "경영권", "보유지분"):
            yield ("매각하지 않기로", buyer, "팔지 않기로 한 상대", (f"{what} 매각", "팔지 않기로 한 회사"))
            continue
        seller = _SELLER_TOPIC.search(sentence, 0, buyer.start)
        if seller and seller.group("name") not in lx.NOT_NAME_WORDS and seller.group("name") not in ("당사", "회사", "최대주주"):
            yield ("매각하지 않기로", buyer, "팔지 않기로 한 상대", (f"{seller.group('name')} 지분 매각", "팔지 않기로 한 회사의 지분"))


# An incumbent replaced as its deal runs out: "배달의민족은 현대카드와 제휴 계약 만료를 앞두고 새 제휴사로 신한카드를 선정했다".
_NEW_PARTNER = re.compile(r"(?:과|와)(?:의)?\s+(?:[^\s,.]+\s+){0,2}?계약\s*(?:만료|종료)(?:를|을)?\s*앞두고\s+(?:[^\s,.]+\s+){0,3}?"
                          r"새(?:로운)?\s*(?P<role>[가-힣A-Za-z]{2,10}?)(?:으로|로)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+(?:을|를)\s*"
                          r"(?:최종\s*)?(?:선정|낙점|택했|택하|확정)")


def _new_partner_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """The partner whose deal runs out when a new one is chosen for its role: out of that role."""
    for chosen in _NEW_PARTNER.finditer(sentence):
        old = next((m for m in mentions if m.end == chosen.start()), None)
        if old is None or _conditional(sentence[:chosen.start()]) or lx.ABSENT_NEGATED_AFTER.match(sentence[chosen.end():]):
            continue
        owner = _ROLE_OWNER_SUBJECT.search(sentence, 0, old.start)
        role = f"새 {chosen.group('role')}"
        yield ("새 파트너 선정", old, "계약이 끝나는 기존 상대",
               (f"{owner.group(1)} {role}" if owner else role, "새 상대를 뽑은 자리"))


# Games no longer on a broadcaster: "동계올림픽을 KBS, MBC, SBS 등 지상파 3사에서 볼 수 없게 됐다", "SPOTV에서는 이번 시즌을
# 마지막으로 라리가의 경기를 볼 수 없게 됐다" — the broadcaster is out of carrying them.
_CANNOT_WATCH = re.compile(r"(?:볼|시청할|시청하지\s*못하게|볼\s*수\s*없|만날)\s*(?:수\s*)?없게\s*(?:됐|되었|된다|될)")


_ON_PLATFORM = re.compile(r"(?:\s*[A-Z]{2,5})?\s*(?:등\s*)?(?:[가-힣A-Za-z0-9]{0,6}\s*\d?\s*[가-힣]{0,3}\s*)?"
                          r"(?:에서|(?:을|를)\s*통해서?)(?:는|도)?\s")  # "…3사를 통해서는"


_GAMES = re.compile(r"올림픽|월드컵|아시안게임|리그|경기|시즌|대회|챔피언스|라리가|분데스리가|세리에|KBO|MLB|NBA|EPL|F1|포뮬러")


_GAMES_OBJECT = re.compile(r"(?P<what>[^\s,.]+?)(?:의\s*경기|\s경기)?(?:을|를)\s*$")


def _games_object(text: str) -> str:
    """The object the text ends on ('라리가의 경기를', '2026 … 동계올림픽을'), read back over bare words."""
    found = _GAMES_OBJECT.search(text.rstrip() + " ")
    if found is None:
        return ""
    words = [found.group("what")]
    for word in reversed(text[:found.start()].split()):
        if len(words) == 4 or re.search(r"(?:을|를|으로|로|에서|은|는|이|가|에|의|고|며)$", word) or word in lx.NOT_NAME_WORDS \
                or re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?|\d{1,2}일", word):  # a page's date line before the lead
            break
        words.insert(0, word)
    return _QUOTE_MARKS.sub("", " ".join(words)).strip()


def _off_air_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """A broadcaster the games can no longer be watched on: out of carrying them."""
    for cannot in _CANNOT_WATCH.finditer(sentence):
        platform = next((m for m in reversed(mentions) if m.end <= cannot.start() and _ON_PLATFORM.match(sentence, m.end)), None)
        if platform is None or _conditional(sentence[:platform.start]) or \
                re.match(r"\s*(?:수도|수|것|가능성|전망|우려|위기)", sentence[cannot.end():]):
            continue  # ("볼 수 없게 될 수도 있다": a risk)
        on = _ON_PLATFORM.match(sentence, platform.end)
        broadcasters = _coordinated(sentence, mentions, platform)
        what = _games_object(sentence[on.end() if on else platform.end:cannot.start()]) or \
            _games_object(sentence[:broadcasters[0].start])
        if not _GAMES.search(what):
            continue  # "파라마운트의 콘텐츠들을 티빙에서 만날 수 없게": a catalogue leaving a service, not games carried
        for broadcaster in broadcasters:
            yield ("볼 수 없게 됐다", broadcaster, "중계하지 않게 된 곳", (f"{what} 중계", "더는 볼 수 없게 된 경기"))


# Sellers cut off: "어반아웃피터스, DSW … 빅파이는 더 이상 나이키 제품을 판매하지 못하게 된다".
_NO_LONGER_SELLS = re.compile(r"더\s*이상\s+(?P<what>[^\s,.]+(?:\s+[^\s,.]+){0,2}?)(?:을|를)\s*(?P<act>판매|공급|유통|취급|중계)"
                              r"(?:하지\s*못하게|할\s*수\s*없게)\s*(?:된다|됐다|되었다|되며|되면서)")


_DESCRIBED_LIST_GAP = re.compile(r"(?:(?:와|과)\s+|\s*[,·]\s*|\s*등(?:을|를)\s*포함해\s+)(?:[가-힣A-Za-z]+(?<![은는이가을를에의도])\s+){0,3}")


_LIST_RUNS_ON_TO_TOPIC = re.compile(r"(?:(?:와|과)\s+|\s*[,·]\s*)(?:[가-힣A-Za-z0-9&]{2,20}\s*[,·]\s*)*[가-힣A-Za-z0-9&]{2,20}(?:은|는|이|가)\s+")


def _cut_off_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """Those who may no longer sell, supply or carry what they did: out of doing it."""
    for cut in _NO_LONGER_SELLS.finditer(sentence):
        if _conditional(sentence[:cut.start()]):
            continue
        what = _QUOTE_MARKS.sub("", cut.group("what")).strip()
        sellers = _actor(sentence, mentions, cut.start(), absence=True)
        if not sellers:  # "…슈쇼와 던햄스스포츠, 빅파이는": the list runs on to a topic no rule watches
            sellers = [m for m in mentions if m.end <= cut.start() and _LIST_RUNS_ON_TO_TOPIC.fullmatch(sentence, m.end, cut.start())][-1:]
        for mention in reversed([m for m in mentions if sellers and m.end <= sellers[0].start]):
            # "카카오와 인기 창고형 매장 네이버, 스포츠 용품점 KT는": each named with a word or three saying what it is
            if not _DESCRIBED_LIST_GAP.fullmatch(sentence[mention.end:sellers[0].start]):
                break
            sellers.insert(0, mention)
        for seller in sellers:
            yield ("더 이상 …하지 못하게", seller, "더는 못 하게 된 쪽", (f"{what} {cut.group('act')}", "더는 못 하게 된 거래"))


# A platform ending another's corner or channels on it: "티빙이 … 파라마운트+의 브랜드관 서비스를 종료한다", "KT는 CJ ENM의
# 채널 10개 송출을 중단했다" — the owner of what was carried is out of the platform.
_CARRIED_ENDED = re.compile(r"(?:의|\s)\s*(?:[^\s,.]+\s+){0,1}?(?:브랜드관|전용관|채널|콘텐츠)(?:\s*\d+\s*개)?\s*(?:서비스|송출|제공|공급)?(?:을|를)\s*"
                            r"(?:[^\s,.]+\s+){0,2}?(?:종료|중단)(?:한다|했다|하기로|키로|하고|하며)")


def _carried_ended_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """Whose corner or channels a platform stopped carrying: out of that platform."""
    for owner in mentions:
        ended = _CARRIED_ENDED.match(sentence, owner.end)
        if ended is None or _conditional(sentence[:owner.start]) or lx.ABSENT_NEGATED_AFTER.match(sentence[ended.end():]):
            continue
        platform = [m for m in mentions if m.end <= owner.start and _role(sentence, m) in ("이", "가", "은", "는")]
        if platform and platform[-1].entity != owner.entity:
            yield ("브랜드관·채널 종료", owner, "빠진 콘텐츠·채널의 주인", (platform[-1].name, "더는 싣지 않는 플랫폼"))


# A distributor or licensee stopping what it did for a brand: "골든블루는 오는 31일부터 칼스버그의 국내 유통을 중단한다",
# "신세계인터내셔날은 … 국내에 선보이던 끌로에 운영을 이달 말 중단한다" — out of the brand's business it carried (a deal of
# two that ends: the brand's side is the other party, labels.yaml's convention). Not a pause ('잠정', '일시') nor a plan.
_STOPPED_CARRYING = re.compile(
    r"['‘\"“]?(?P<brand>[가-힣A-Za-z0-9·&]{2,20}?)['’\"”]?(?P<of>의)?\s+(?P<deal>(?:국내\s*|한국\s*)?(?:수입\s*·?\s*유통|수입|유통|판매|운영|사업|공급))"
    r"(?:을|를)\s*(?:(?:오는|이달|다음\s*달|내달|올해|연말|말|\d{1,2}\s*일|\d{1,2}\s*월|부터|까지|끝으로|말로)\s*)*"
    r"(?<!잠정\s)(?<!일시\s)(?:중단|종료|끝내)(?:한다|했다|했으며|하기로|키로|한다고|했다고|하고|하며|할\s*예정)")


def _stopped_carrying_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups,
                            recent_index: str) -> Iterator[_ExitRead]:
    """A company stopping the import, distribution or running of another's brand: out of carrying it."""
    for stop in _STOPPED_CARRYING.finditer(sentence):
        brand = stop.group("brand")
        if brand in lx.NOT_NAME_WORDS or _conditional(sentence[:stop.start()]) or not (
                stop.group("of") or any(m.start == stop.start("brand") for m in mentions)):
            continue  # a brand is named, with 의 or as a watched name ("끌로에 운영을"); not "국내 사업을 중단"
        carriers = [a for a in _actor(sentence, mentions, stop.start("brand"), absence=True)
                    if a.end <= stop.start("brand") and squeeze_term(a.name) != squeeze_term(brand)]
        for carrier in carriers:
            yield (stop.group(0).strip()[-10:], carrier, "들여와 팔던 쪽",
                   (f"{brand}{stop.group('of') or ''} {stop.group('deal')}", "브랜드의 수입·유통·운영"))


# The one told its contract is ended by the other side: "골든블루, 칼스버그로부터 일방적 계약해지 당해", "A는 B 측으로부터
# 유통 계약 해지 통보를 받았다" — the receiver is out of the deal with who ended it.
_TERMINATED_BY = re.compile(
    r"['‘\"“]?(?P<by>[가-힣A-Za-z0-9&·]{2,20}?)['’\"”]?\s*(?:측)?\s*(?:으로부터|로부터|에게서)\s+(?:[^\s,.]+\s+){0,4}?"
    r"(?P<deal>(?:[가-힣·]{2,8}\s?)?)(?:계약|제휴|협약|파트너십)\s*(?:의\s*)?(?:해지|해제|종료|파기)\s*"
    r"(?:통보(?:를|서를)?\s*받(?:았|고|은|아)|통지(?:를)?\s*받(?:았|고|은|아)|(?:를|을)?\s*당(?:했|해(?!야)|한))")  # (not "받을 경우")


def _terminated_by_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups,
                         recent_index: str) -> Iterator[_ExitRead]:
    """A company whose contract the other side ended, told from its side: out of the deal with that side."""
    for ended in _TERMINATED_BY.finditer(sentence):
        if _conditional(sentence[:ended.start()]) or lx.ABSENT_NEGATED_AFTER.match(sentence[ended.end():]):
            continue
        by = ended.group("by")
        receivers = [a for a in _actor(sentence, mentions, ended.start("by"), absence=True)
                     if a.end <= ended.start("by") and squeeze_term(a.name) != squeeze_term(by)]
        if not receivers:  # a headline's topic: "골든블루, 칼스버그로부터 … 당해"
            receivers = [m for m in mentions if m.start <= 2 and re.match(r"\s*,", sentence[m.end:])][:1]
        deal = re.sub(r"^(?:일방적|일방|돌연|전격)$", "", ended.group("deal").strip())  # how it was ended, not what
        for receiver in receivers:
            yield (ended.group(0).strip()[-10:], receiver, "계약을 끝내게 된 쪽",
                   (f"{by} {deal + ' ' if deal else ''}계약", "상대가 끝낸 계약"))


EXIT_READERS: tuple[Callable[[str, list[Mention], _ArticleGroups, str], Iterator[_ExitRead]], ...] = (
    _role_changed_exits, _fought_with_exits, _ended_with_exits, _replaced_exits, _stake_sold_exits,
    _lapsed_deal_exits, _plant_sold_exits, _handed_over_exits, _stake_bought_exits, _not_sold_to_exits, _new_partner_exits,
    _off_air_exits, _cut_off_exits, _carried_ended_exits, _stopped_carrying_exits,
    _terminated_by_exits)


_INSTEAD = re.compile(r"(?:\s*컨소시엄)?\s*대신\s+(?:[^\s,.]+\s+){0,5}?[^\s,.]*(?:으로|로)\s+(?:[^\s,.]+\s+){0,3}?"
                      r"[^\s,.]*?(?:변경|교체|바꾸|바꿨|바꾼|재선정)")


# "A 대신 B와 (새로) X 제휴를 맺었다", "A 대신 B와 손잡고": the partner replaced.
_INSTEAD_PARTNER = re.compile(r"\s*대신\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+(?:와|과)\s+(?:새로\s+|새롭게\s+|신규\s+)?"
                              r"(?P<deal>(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:계약|제휴|협약|파트너십))(?:을|를)\s*(?:새로\s+)?(?:맺|체결|했|진행)")


# "X는 A 대신 B가 맡는다": the role X, told as the sentence's topic, is B's now.
_INSTEAD_TAKES_IT = re.compile(r"\s*대신\s+[^\s,.]+(?:이|가)\s+(?:새로\s+|새롭게\s+|신규로\s+)?(?:맡|담당하|차지하)"
                               r"(?:는다|았다|게\s*됐|게\s*된다|기로|아|고)")
_ROLE_TOPIC = re.compile(r"^\s*(?:(?:올해|올|이번|내년|새|새로운|\d{4}년|\d{4}\s*시즌)\s+)?"
                         r"(?P<role>(?:[^\s,.]+\s+){0,3}?[^\s,.]+?)(?:은|는)\s+$")


# "기관명을 A에서 B로 교체": the name changed, no one left anything.
_RENAMED = re.compile(r"(?:기관명|이름|명칭|사명|상호|브랜드명|간판|제호)(?:을|를)\s*$")


# A partner a deal was ended with: "A와 (…) 계약을 해지했다", "A와의 시공계약 해지를 결정", "A와 결별했다".
# ("선인자동차와 함께 … 판매한 프리미어모터스의 계약이 해지됐다": 와 함께 joins a companion, not the other side of the deal)
_ENDED_WHEN = r"(?:(?:이미|결국|사실상|공식적으로|지난\s*\d{1,2}월\s*\d{1,2}일(?:부로|자로)?)\s+)?"
_ENDED_WITH = re.compile(r"(?:과|와)(?:의)?\s+(?!함께\s|같이\s|더불어\s)(?:(?![^\s,.]*에\s+대(?:한|해)\s)[^\s,.]+\s+){0,5}?(?P<deal>(?:(?![^\s,.]*에\s+대(?:한|해)\s)['‘\"“]?[가-힣A-Za-z0-9]+['’\"”]?\s+){0,2}?[가-힣]*"
                         r"(?:계약|제휴|협약|파트너십|협업|협력|공동\s?개발|판매|유통|공급|송출|거래))(?:\s?\([^()\n]{1,20}\))?(?:의)?"
                         # ("화웨이와 라이카의 협력은 이미 끝났다", "라이카와의 협력이 지난 3월 31일 종료됐다": when or how it ended between)
                         rf"(?:을|를|이|가|은|는)?\s*{_ENDED_WHEN}(?:(?:해지|해제|파기|종료|종결|만료)(?:했|하기로|키로|한다|됐|된|돼|하고|를|을|\s*(?:결정|통보|안건|의결|발표|선언|사실))|"
                         # "…와의 스폰서 계약이 올해로 끝났다": a lapse, its end told as a time
                         rf"(?<=[이가은는])\s*{_ENDED_WHEN}(?:(?:올해|이달|연말|이번\s*시즌|올\s*시즌|\d{{4}}년|\d{{1,2}}월)(?:\s*말)?(?:로|에|을\s*끝으로)\s+)?끝(?:났|난|나면서|나며|나게)|"
                         r"(?<!잠정\s)(?<!일시\s)(?<!잠정적으로\s)중단(?:했|하기로|키로|한다|하고|하지만|됐|된|돼|(?=\s*(?:…|\.\.\.|$)))|"
                         r"끝내(?:기로|고|며|었|ㄴ))|"
                         # ("'도드람'과 지난 시즌을 끝으로 결별한 뒤": when it ended, between)
                         r"(?:과|와)(?:의)?\s+(?:(?:지난\s*|올\s*|이번\s*)?[^\s,.]{1,12}(?:을|를)\s*끝으로\s+)?"
                         r"결별(?:했|하기로|키로|한다|이다|을\s*(?:선언|택했|결정|발표|공식화)|(?P<parted>한|했던)(?=\s))")


# The one told a deal is cancelled: "KCV PEF는 JC파트너스에 … 체결했던 KDB생명 주식매매계약(SPA) 해제를 통보했다".
_ENDED_NOTICE = re.compile(r"(?:에|에게)\s+(?:[^\s,.]+\s+){0,6}?(?P<deal>(?:(?!대한\s|대해\s)[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣]*계약)"
                           r"(?:\s?\([^()\n]{1,20}\))?(?:의)?\s*(?:해지|해제|파기)(?:를|을)?\s*(?:통보|통지)")


# "…와의 제휴를 종료했다": ending is not cancelling (해지, 파기) — the one that ends it leaves the partner's line-up;
# but joint work ended ('…와 AI 가속기 공동 개발을 종료') leaves the partner out, the subject carrying on alone (sale
# talks a seller ends leave nobody out: see the takeover readings)
_ENDED_NEUTRAL = re.compile(r"(?:을|를)\s*(?:종료|종결)(?:했|하기로|키로|한다|하고)|(?:종료|종결)(?:을|를)?\s*(?:발표|선언)|종료\s*사실")


_LAPSED = re.compile(r"(?:이|가)\s*(?:종료|만료)(?:됐|된|돼)|(?:이|가)\s*(?:[^\s,.]+\s+)?끝(?:났|난|나)")  # a deal that ended, told without who ended it


# A subject named by its word, watched or not: "한빛골프 본사는", "'캘러웨이'는".
# ("미국 캘러웨이 본사는": the name before 본사 whole, though it ends like the particle 이)
_SUBJECT_NAMED = re.compile(r"(?:^|\s)['‘\"“]?(?:([가-힣A-Za-z0-9&]{2,20})['’\"”]?\s+(?:본사|측)|([가-힣A-Za-z0-9&]{2,20}?)['’\"”]?)"
                            r"(?:은|는|이|가|도)\s")
# Adverbs that end like a subject's 이 ("20년 가까이 손을 잡았던"), and a subject whose clause is only the
# circumstance of the sentence ("골프 대호황이 도래하자 미국 캘러웨이 본사는 …"): neither is a side of the deal.
_ADVERBS_IN_I = frozenset({"가까", "같", "깊", "높", "많", "널리", "멀리", "일찍", "굳", "똑같", "길", "오랫동안"})
_CIRCUMSTANCE_AFTER = re.compile(r"[^\s,.]+(?:하자|되자|오자|지자|면서|으면|하면|되면)\s")


def _subject_named(sentence: str, end: int) -> str | None:
    """The first subject before `end` named by a word that could be an organisation's (watched or not): the other side
    of a deal the sentence ends, to name the deal by."""
    named = ((t.group(1) or t.group(2), t) for t in _SUBJECT_NAMED.finditer(sentence, 0, end))
    return next((name for name, t in named
                 if name not in lx.NOT_NAME_WORDS and not _COUNTRY_OR_REGION.fullmatch(name)
                 and not (t.group(0).rstrip().endswith("이") and name in _ADVERBS_IN_I)
                 and not _CIRCUMSTANCE_AFTER.match(sentence, t.end())), None)


def _left_nothing(sentence: str, actor: Mention, partner_start: int) -> bool:
    """A mention before a deal's partner that is no side of the deal: a place saying whose or where ("미국 캘러웨이
    본사는", "프랑스 르노그룹과", "한국에서 직접", "'하얏트 리젠시 제주'가"; but "미국은 … 협정을 종료했다"), or the
    subject of a clause describing the side that ended it ("CJ ENM이 오피.지지에 매각한 'OGN'은 …와 계약을 종료했다")."""
    place = _COUNTRY_OR_REGION.fullmatch(actor.name) is not None or actor.name == "한국"
    if place and (actor.particle not in ("이", "가", "은", "는", "도") or sentence[actor.end:actor.end + 1] in "'’\"”"):
        return True
    return _RELATIVE_CLAUSE_SUBJECT.match(sentence, actor.end, partner_start) is not None
_GOES_DIRECT = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}?(?:직접|직진출|자체적으로|독자적으로)")  # "…종료하고 직접 국내 판매를"


# A housing union that ends a deal, named by its project ("흑석9구역 재개발조합이", "신반포 15차(…) 재건축 조합이").
_UNION_SUBJECT = re.compile(r"((?:[가-힣A-Za-z0-9]+\s)?[가-힣A-Za-z0-9]*\d[가-힣A-Za-z0-9]*)(?:\([^()\n]{0,20}\))?\s?"
                            r"(재개발|재건축)?\s?(?:사업\s?)?조합(?:이|은|는|측은|측이)\s")


_ROLE_BEFORE = re.compile(r"(시공사|운영사|사업자|위탁운영사|주관사|협력사)(?:인|였던|이었던)\s+$")


# The role whose holder changed, as the object before the old holder ("판매 유통사를 기존 A에서 B로").
_ROLE_CHANGED = re.compile(r"((?:[^\s.]+\s+){0,4}?[^\s.]*?(?:유통사|판매사|판매처|공급사|운영사|사업자|시공사|주관사|협력사|파트너사|퍼블리셔|대행사|"
                           r"카드사|제휴사|은행|운용사|수탁사|위탁사|총판|대리점|파트너|협력업체|공급업체|금고|결제사|밴사|PG사|발행사|수입사|배급사|"
                           r"위탁생산\s?업체|생산\s?파트너|제조사|중계사))"
                           # ("독점 카드사가 24일부터 기존 A에서 B로 바뀐다": a date may stand before the old holder)
                           r"(?:를|을|가|이)\s+(?:(?:오는|지난|올해|내년|다음\s*달|이달)\s+)?(?:[^\s,.]*\d[^\s,.]*\s+){0,2}"
                           r"(?:기존(?:의)?\s+)?['‘\"“]?$")  # "애플 카드 발행사가 골드만삭스에서 JP모건체이스로 이관"


_ROLE_POSSESSOR = re.compile(r"(?<![가-힣A-Za-z0-9&·\-])([가-힣A-Za-z0-9&·\-]{2,20})의\s+$")
# Words that only describe a role ("제휴 카드사", "실명계좌 제휴 은행"); whose role it is is the clause's subject (events.py).
_BARE_ROLE_WORD = re.compile(r"제휴|독점|주거래|실명계좌|실명\s?확인\s?계좌|공식|국내|결제|전용|판매|유통|단독|신규|메인|주력|우선|위탁")


# "A에서 B(으)로 변경·교체됐다": who held it before the change.
# ("빗썸은 A에서 B로 원화 입출금 은행을 변경한다": the role may be named after the new holder)
_CHANGED_FROM = re.compile(r"(?:에서|서)\s+(?:[^\s,.]+\s+){0,4}?[^\s,.]*?(?:으로|로)\s*(?:(?:오는|지난)\s+[^\s,.]+\s+)?"
                           r"(?:(?P<role_after>(?:[^\s,.]+\s+){0,3}?[^\s,.]*?(?:은행|카드사|운영사|사업자|제휴사|파트너|공급사|판매사|운용사|금고))"
                           r"(?:을|를)\s*)?"
                           r"(?:변경|교체|바뀌|바뀐|바꿨|바꾼|바꾸|이관|갈아타|갈아탔|갈아탄)")  # "퍼블리셔가 A에서 B로 오는 5월 이관된다"


# --- the loose reading ---------------------------------------------------------------------------------------------
# Each reading above knows one way of telling an exit, and a new report's first telling is usually none of them
# (measured: rounds 26 and 27 gained one event between them from the readings of every round before). The loose
# reading is asked only when no other reading found an exit in the sentence: a deal, a partnership, carriage or rights
# (the noun says there is another side) whose ending the sentence states as done or decided, said of a watched
# subject. It trades a little precision for the many phrasings no one reading covers; its notes say it was the loose one.
_DEAL_NOUN = (r"(?:제휴|계약|협약|파트너십|스폰서십|스폰서|후원|중계권|중계|총판|임포터|판매\s?대행|입점|가맹|협업|공동\s?개발|"
              r"라이선스|송출|결제\s?서비스|거래|납품)")
# Nouns of a service one side gives another: an exit only when the other side is named in the object ("코인원 실명계좌
# 발급과 원화 입출금 서비스를 종료한다").
_SERVICE_NOUN = r"(?:서비스|발급|퍼블리싱|배급|유통|공급)"
_LOOSE_ENDING = re.compile(
    # (words of at most 40 characters: a run of text with no space cannot make every position a new try over all of it)
    rf"(?P<obj>(?:['‘\"“][^'’\"”\n]{{1,40}}['’\"”]\s*|[^\s,.]{{1,40}}\s+){{0,6}}?[^\s,.]{{0,40}}?(?:{_DEAL_NOUN}|(?P<soft>{_SERVICE_NOUN})))['’\"”]?"
    r"(?:\s?\([^()\n]{1,20}\))?(?:을|를|이|가|도|은|는)?\s*"
    # a date between ("… 서비스 2021년 2월 종료", "… 계약이 오는 12월 31일부로 종료될 예정")
    r"(?:(?:오는|지난|내년|올해|다음\s*달|이달)\s+)?(?:[^\s,.]*\d[^\s,.]*\s+){0,3}(?:(?:을|를)\s*끝으로\s+)?"
    r"(?:(?:모두|결국|끝내|전격|최종|공식|사실상|일방적으로|완전히)\s*)?"
    r"(?P<verb>(?:종료|중단|중지|포기|철회|해지|해제|무산|결렬|파기)(?:했|하였|하기로|키로|한다|합니다|했습니다|하고|하며|됐|되었|된다|"
    r"됩니다|돼|되면서|하면서|시켰|될\s*예정|(?=\s*(?:$|…|\.\.\.|[.,\]\"'”’])))|끝냈|끝내기로|접었|접는다|접기로|"
    r"(?:을|를)?\s*(?:하지|안\s*하기로)\s*않기로|하지\s*않기로|안\s*하기로|이뤄지지\s*않|이루어지지\s*않|성사되지\s*(?:않|못))")
# A plan, a possibility or a denial after the verb: nothing has ended yet ("중단할 계획", "종료 가능성", "사실무근").
_LOOSE_NOT_YET = re.compile(r"[가-힣]{0,3}\s*(?:계획|방침|검토|전망|가능성|수\s*있|수도|여부|설|의사|위기|우려|부인|사실무근|사실이\s*아니|입장|"
                            r"안건|조건|조항|방안)|"  # "…하면 계약을 해지한다는 안건을 상정": a motion, a term
                            # "부진한 곳은 계약을 종료하고 신규 사업자로 교체하는 방식을 취하고 있다": a practice
                            r"[^.]{0,40}?(?:하는|되는)\s*(?:방식|구조|관행)|"
                            r"[^.]{0,30}?(?:재개|재계약|연장|복귀|다시\s*(?:맺|체결|시작))")
# A word its particle or a clause's connective closes ("…결정을 내리지 않아 | 계약이 결렬됐다").
_CLOSED_WORD = re.compile(r"(?:은|는|이|가|도|와|과|에서|에게|에|않아|못해|해서|하고|하며|하면서|했고|했으며|되어|되고|되며|지만|는데|면서)['’\"”]?$")
_PAY_BRAND = re.compile(r"[가-힣A-Za-z0-9]+페이")  # "제로페이 제휴를": a payment brand's 이 closes nothing
_LOOSE_TOPIC = re.compile(r"\s*,")  # a headline's topic: "CJ온스타일, 일부 케이블TV 송출 중단"
_LOOSE_TOPIC_BEFORE = re.compile(r"(?:^|…|\.\.\.|\]|\s[-–—])\s*$")  # "…현실화…CJ온스타일, …": a headline's second half
_LOOSE_OWNED_SUBJECT = re.compile(r"의\s*(?:['‘\"“][^'’\"”\n]{1,20}['’\"”]|[^\s,.]{2,12})(?:와|과|은|는|이|가)\s")
# What a platform hosts for another ("티빙은 파라마운트+ 시리즈·영화 콘텐츠 및 브랜드관 서비스를 종료한다"): the one it hosted is
# out, not the platform that ends it.
_HOSTED = re.compile(r"브랜드관|전용관|채널|콘텐츠")
_LOOSE_WITH = re.compile(r"(?:와|과)(?:의)?\s")  # "8개 증권사와의 … 제휴를 중단": the partner is out, not the subject
# "삼성카드와 르노삼성이 맺은 브랜드 사용 계약은 … 종료됐다": the subject made the deal with the other; neither left the other
_LOOSE_MADE_DEAL = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}?(?:맺은|맺었던|체결한|체결했던|맺어\s*온|맺어온)\s")
# A deal between two, ended by both ("엔비디아와 소프트뱅크 그룹은 … 인수-양도 계약을 중단한다"): nobody is out of anything;
# a right each gave up alone ("카카오와 KT는 중계를 하지 않기로 했다") is another matter
_MUTUAL_DEAL = re.compile(r"(?:계약|거래|제휴|협약|협업|파트너십)$")


# A deal named by its kind alone ('계약', '총판', '판권 계약'): whose deal it was must be said beside it.
_BARE_DEAL = re.compile(r"(?:판권\s*|유통\s*|공급\s*|운영\s*|독점\s*|업무\s*)?(?:계약|거래|제휴|총판|협약|파트너십|협업)")
_PARTNER_BEFORE = re.compile(r"['‘\"“]?([가-힣A-Za-z0-9&·]{2,20})['’\"”]?\s*(?:측)?(?:와|과)(?:의)?\s+(?:맺은\s+|맺어\s*온\s+)?$")


_TOPIC_WORD = re.compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s")
_TIME_TOPICS = frozenset({"올해", "지난해", "작년", "내년", "이번", "이번에", "앞으로", "현재", "당시", "그동안", "이후", "이날", "최근"})
_COUNTED_OBJECT = re.compile(r"\d+\s*(?:개|곳)\s*[가-힣]{0,6}(?:을|를)\s")


_FOR_A_WHILE = re.compile(r"(?:^|\s)(?:일시|잠정|당분간|한시)(?:적으로|적)?\s")


def loose_exits(sentence: str, mentions: list[Mention], article: _ArticleGroups, recent_index: str) -> Iterator[_ExitRead]:
    """The loose reading: a watched subject (or the owner of the subject, or a headline's topic) whose deal ended."""
    for ending in _LOOSE_ENDING.finditer(sentence):
        # the object begins after the last word a particle closes ("카카오와 KT는 | 한빛올림픽 온라인 중계를")
        words = list(re.finditer(r"\S+", ending.group("obj")))
        closed = [w for w in words[:-1] if _CLOSED_WORD.search(w.group(0)) and not _PAY_BRAND.fullmatch(w.group(0))]
        cut = closed[-1].end() if closed else 0
        start = ending.start("obj") + cut + (len(ending.group("obj")[cut:]) - len(ending.group("obj")[cut:].lstrip()))
        obj = sentence[start:ending.end("obj")]
        if _FOR_A_WHILE.search(obj):
            continue  # "롯데마트, CJ·대상·풀무원 등과 일시 거래 중단": a pause, no deal ended
        if _conditional(sentence[:start]) or _LOOSE_NOT_YET.match(sentence, ending.end()) or \
                lx.ABSENT_NEGATED_AFTER.match(sentence[ending.end():]) and not ending.group("verb").endswith(("않", "못", "않기로", "하기로")):
            continue
        clause_start = sentence.rfind(",", 0, start) + 1 if "," in sentence[:start] else 0
        inside = [m for m in mentions if start <= m.start and m.end <= ending.start("verb")]
        # the whole object before the cut: "코인원 실명계좌 발급과 원화 입출금 서비스" names the other side first
        inside_all = [m for m in mentions if ending.start("obj") <= m.start and m.end <= ending.start("verb")]
        subjects = [m for m in mentions if m.end <= start and m.start >= clause_start and
                    (_role(sentence, m) in ("이", "가", "은", "는", "도") or
                     # "쓱닷컴의 'SSG페이'와 지마켓의 '스마일 페이'는": the owners of the services that end
                     _LOOSE_OWNED_SUBJECT.match(sentence, m.end))]
        if subjects and not _LOOSE_OWNED_SUBJECT.match(sentence, subjects[-1].end):
            # the nearest subject and those listed with it: "A와 B는 … C가 … 내리지 않아 계약이 결렬됐다" is C's
            subjects = _coordinated(sentence, mentions, subjects[-1])
        if subjects and _COUNTED_OBJECT.search(sentence, subjects[-1].end, ending.start("verb")):
            continue  # "위원회는 … 9개 매체를 재평가해 계약 해지했다": the subject ended others' deals, counted, not its own
        if subjects and any(w.group(1) not in _TIME_TOPICS for w in _TOPIC_WORD.finditer(sentence, subjects[-1].end + 2, start)):
            continue  # "위원회는 … 기준에 미달하는 언론사는 계약을 해지한다": the deal is said of the nearer topic, unnamed
        said_of = bool(subjects)  # a subject the sentence gives the ending, not a headline's topic
        if not subjects:
            subjects = [m for m in mentions if m.end <= start and _LOOSE_TOPIC.match(sentence, m.end)
                        and _LOOSE_TOPIC_BEFORE.search(sentence, 0, m.start)]
        named = [] if said_of and not _HOSTED.search(ending.group("obj")) else \
            [m for m in inside_all if not m.particle and m.entity not in {s.entity for s in subjects}]
        enders = subjects  # who ended the deal, for a deal named by its word alone
        if named:
            # "U+모바일 TV서 CJ ENM 채널 송출중단", "웨이브, 디즈니 제휴 중단": the one the deal is told with is out
            subjects = named[:1]
        elif _LOOSE_WITH.search(obj) or any(m.particle in ("와", "과", "와의", "과의") and m.start > max(
                [s.end for s in subjects], default=-1) for m in inside_all):
            continue  # a partner named with 와 is the other readings' to place; the subject ended the deal, kept its place
        subjects = [m for m in subjects if not (m.end <= start and _LOOSE_MADE_DEAL.match(sentence, m.end + len(m.particle)))
                    # "중국 기업 25곳 중 18곳도 후원을 중단": where the companies are from, not who ended it
                    and not (re.fullmatch(lx.COUNTRY, m.name) and _KIND_AFTER_PLACE.match(sentence, m.end))]
        if not named and subjects and len({m.entity for m in _coordinated(sentence, mentions, subjects[-1])}) > 1 and \
                _MUTUAL_DEAL.search(obj.strip("'’\"” ")) and not _BRAND_BETWEEN.match(sentence, subjects[-1].end):
            # (but "신세계 'SSG페이', 롯데 'L페이'는 … 제휴를 종료": owners listed with their brands each ended a deal with another)
            continue
        if ending.group("soft") and not any(m.entity not in {s.entity for s in subjects} for m in inside_all):
            continue  # a service of its own ("카카오는 한빛톡 서비스를 종료했다"): no other side named
        partners = {m.entity for m in inside} - {s.entity for s in subjects}
        named_words = _group_words_before(_QUOTE_MARKS.sub("", obj), 4, [squeeze_term(m.name) for m in subjects])
        if named_words and _BARE_DEAL.fullmatch(" ".join(named_words)):
            # "…하얏트와 계약을 종료하기로", "마세라티, 실적 부진 FMK 총판 종료": a deal named by its word alone is the deal
            # with the partner told with 와, else with the one who ended it
            # (the partner right before the deal's word: "…지프와 한솥밥… 한불모터스 계약" is not 지프's deal)
            partner = _PARTNER_BEFORE.search(sentence, 0, start) if _BARE_DEAL.match(obj.strip("'‘’\"“” ")) else None
            other = partner.group(1) if partner else enders[0].name if named and enders and enders[0] not in named else None
            if other is not None and squeeze_term(other) not in {squeeze_term(m.name) for m in subjects}:
                named_words = [other, *named_words]
        group = (" ".join(named_words), "느슨한 읽기: 끝난 계약·제휴·중계") if named_words else None
        seen: set[str] = set()
        for subject in subjects:
            for actor in _coordinated(sentence, mentions, subject) if not named else [subject]:
                if actor.entity in seen or actor.entity in partners and actor is not subject:
                    continue
                seen.add(actor.entity)
                yield (ending.group("verb").strip()[:12], actor, "느슨한 읽기의 주어", group)
