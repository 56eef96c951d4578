"""Word lists the event detectors use, kept apart so they can be reviewed and extended.

Built from how Korean tech reporting phrases these events (see bench/data for the
labelled passages that measure them).
"""

from __future__ import annotations

import re

# --- entity names ----------------------------------------------------------------------
# Names a user may give an entity that articles mostly use as ordinary words: '우리' (우리은행's short
# name) is the pronoun in nearly every report, '한국' a country. Such a name still loads (a user may
# mean it), but `sokbo rules check` says why alerts will be noisy. Kept short: only words that are
# also organisations' short names or that a careless alias list picks up.
COMMON_WORD_NAMES = frozenset("""이 그 우리 저희 이들 그들 당사 자사 양사 한국 국내 해외 미국 중국 일본 서울 정부 국가 나라 회사 기업 은행
증권 카드 보험 전자 통신 그룹 업계 시장 협회 정보 기술 미래 대한 중앙 국민 현대 이번 오늘 올해""".split())


# --- absent_from -----------------------------------------------------------------------
# "A가 B를 제치고": B is beaten (a trigger), and what A was then chosen as is what B lost.
# The margin may come between ("포스코이앤씨(231표)를 83표 차이로 따돌리고"); a headline drops the particle
# ("현대로템 따돌리고 … 첫 진출").
_MARGIN = r"(?:[\d.,]+\s*(?:표|점|포인트|%p|%)\s*|간발의\s*|근소한\s*|큰\s*)차(?:이)?로\s*"
# "A가 B보다 높은 점수를 받아": B is outscored, beaten as well; "A가 B 대신 지수에 편입된다": B is replaced.
BEATEN = rf"(?:(?:(?:을|를)\s*(?:{_MARGIN})?|(?<=[가-힣A-Za-z0-9\)])\s+)(?:제치고|제치며|제치면서|누르고|꺾고|따돌리고|밀어내고|물리치고|제쳐|따돌려)|" \
    r"(?<=[가-힣A-Za-z0-9\)])\s+대신(?:해|하여)?(?=\s[^.?!\n]{0,40}?(?:편입|선정|낙점|합류|입성)" \
    r"|\s[^.?!\n]{0,90}?(?:자리를\s*(?:꿰|채웠|채운|차지)|이름을\s*(?:올렸|올린|올리게)))|" \
    r"보다\s*(?:[\d.]+\s*점\s*)?(?:더\s*)?높은\s*(?:점수|평가)(?:를|을)\s*(?:받|얻)(?:아|으며|으면서|고)(?=\s))"
# "A는 B, C 등 운영사와 경쟁을 벌인 끝에 수주에 성공했다", "B와의 경쟁에서 승리했다": the rivals fought to a win.
FOUGHT_TO_A_WIN = r"(?:와|과)(?:의)?\s+(?:(?:치열한|치열하게|막판까지|초박빙|박빙의|접전\s*끝)\s+)?(?:경쟁|경합|접전|각축|맞대결|(?:\d|양|삼|사)\s*파전)(?:을|를)?\s*" \
    r"(?:(?:(?:벌인|펼친|벌여|펼쳐|벌였고|펼쳤고|한|해)\s*(?:끝에|끝)?|끝에|끝)" \
    r"(?=\s[^.?!\n]{0,60}?(?:수주|선정|낙찰|낙점|승리|따냈|따내|확보했|앞섰|앞선|이겼|이긴|성공))" \
    r"|에서\s+(?:최종\s+)?(?:승리|이겼|이긴|이겨|앞섰|앞서))"
# "투표에서 49표를 얻어 서울(11표)을 꺾었다": the past tense ends the sentence; a selection must be in it.
BEATEN_PAST = rf"(?:을|를)\s*(?:{_MARGIN})?(?:제쳤|눌렀|꺾었|꺾어|따돌렸|밀어냈|물리쳤|앞섰)|(?<=[가-힣A-Za-z0-9])에\s*앞섰(?=다|고|으며|지만)"  # ("B와 C를 앞섰다": only in a contest, events.py)
# A stage of a selection ('정성평가', '1차 심사', 'PT 평가'): where entrants were weighed, not what they sought.
# (and the committee or the document weighed: '금고지정심의위 평가', '사업계획서 평가'; the members' vote or meeting
# where a builder was chosen or dropped: '조합원 투표', '소유주 전체회의')
STAGE_NAME = re.compile(r"(?:정성|정량|서류|기술|가격|현장|프레젠테이션|PT|\d차|자격|심의위|심의위원회|평가위원회|사업계획서|"
                        r"제안서|계획서|항목|내부|종합)\s*(?:평가|심사)$|(?:조합원|주민|소유주|대의원|주주)\s*(?:총회|투표|전체회의|찬반\s*투표)$")
ABSENT_TRIGGERS = re.compile(
    FOUGHT_TO_A_WIN + r"|불참|빠(?:졌|져|진|집|지며|지면서|지게|지고|질|지기로)|제외(?:됐|되|돼|된|됩|됨|당|시켰|시킨)|명단에(?:서)?\s*(?:는\s*)?없|"
    # the active verb, its object out ("명단에서 한국을 제외하는 개정안을 의결"); not "A를 제외하고/제외한" (except A)
    r"(?<=을\s|를\s)제외(?=하는\s|했다|했고|했으며|하기로|키로|한다고|한다[.\s])|"
    r"이름을\s*(?:올리지|올리진)\s*(?:못|않)|(?:명단에서\s*)?이름을\s*(?:내렸|내린|내려\s)|"  # "… 등이 이름을 내렸고": off the list
    r"포함되지\s*(?:않|못)|포함\s*(?:안\s*돼|되지\s*않)|"
    r"(?:참여|합류|가입|참가|동참|참석|복귀|응찰|신청|지원|서명|재도전|도전|투자|출품)(?:하|(?:을|를|에)\s*하)?지\s*(?:않|못)|"
    r"(?:참여|합류|가입|참가|투자)\s*않기로|"
    r"(?:참여|참가|응찰|입찰|출전|합류)\s*못(?:한다|했|하게|하는|해)|"  # a headline's "재입찰 참여 못한다"
    r"(?:참여|참가|응찰|입찰|출전|합류)할\s*수\s*없게\s*(?:됐|되었|된|돼)|"  # "입찰에 참여할 수 없게 됐다": barred
    r"(?:참여|합류|가입|참가|복귀)(?:가|이)?\s*불발|(?:참여|합류|참가|동참|복귀)\s*(?:안\s*[했한하]|않)|"
    r"(?:참여|합류)\s*불발|탈락|고배|낙방|낙마|쓴맛|발(?:을)?\s*(?:빼|뺐|뺀)|철수|탈퇴|손(?:을)?\s*(?:뗐|떼|뗀)|"
    r"배제(?:됐|되|돼|된|됩)|"
    r"(?:별|스타)(?:을|를)?\s*(?:잃었|잃은|잃어|잃게|놓쳤|놓친)|"  # "…은 올해 한빛가이드에서 별을 잃었다": off a guide's list
    r"(?:아쉬움|눈물|분루)(?:을|를)\s*(?:삼켰|삼킨|삼켜)|"  # "B와 C는 아쉬움을 삼켰다": the losers' idiom
    r"(?:팀|게임단|구단|선수단)(?:을|를|이|가|은|는)?\s*(?:전격\s*|결국\s*)?해체(?:했|됐|되었|한|된|하기로|키로|된다|한다)|"  # "한빛리그 팀을 해체했다"
    # "3개사를 글로벌 지수에서 제외했다", "… 지수에 배제한다고": the active verb after the place left, its object out
    r"(?:(?<=에서 )|(?<=에서)|(?<=서 )|(?<=에 ))(?:제외|배제|삭제)(?=하|했|한|할|합)|이탈(?:했|한|하)|명단(?:에서)?\s*제외|(?:을|를)\s*제외(?:한|하고)|"
    r"(?:허가|인가|승인|선정|낙점|낙찰|사업권|면허|인증|지원)['’\"”]?(?:을|를)?\s*받지\s*못|불허|미선정|선정되지\s*(?:않|못)|"
    r"문턱(?:을|를)?\s*넘지\s*못|관문(?:을|를)?\s*넘지\s*못|진출(?:하지\s*못|에\s*실패|이\s*무산|\s*실패)|(?<!위로\s)(?<!위로)밀려(?:났|난|나며|나면서|나게|나고)|(?:순위|위권?)\s*밖(?:으로|로)\s*밀려|무릎(?:을)?\s*꿇(?:었|어|은|고|게)|"
    r"(?:인수|인수합병|합병|M&A|공개매수)(?:\([^()\n]{1,20}\))?(?:에서|에|도|가|는)?\s*(?:(?:끝내|결국|최종|사실상)\s*)?실패(?:했|한|하며|하면서|하고|해|로|\s*$)|"  # "틱톡 인수에서 실패했다"
    r"(?:인수|인수합병|M&A|공개매수)(?:\([^()\n]{1,20}\))?(?:가|이|는|은|도|을|를)?\s*(?:(?:끝내|결국|최종|최종적으로|사실상|또)\s*)?['‘`]?(?:무산|불발|좌절)|"  # "더스윙의 타다 인수가 불발됐다"
    # a takeover called off in other words: "아이로봇을 인수하려던 계획을 포기", "인수 계획을 철회", "인수하는 계약을 종료"
    r"인수(?:하려던|하려고\s*했던|하려는|하겠다는)\s*(?:계획|방침|시도|작업|구상)(?:을|를)?\s*(?:(?:결국|최종|공식|전격|끝내)\s*)?(?:포기|철회|중단|백지화)|"
    r"(?:인수|인수합병|합병)\s*(?:계획|추진|제안)(?:을|를)?\s*(?:(?:결국|최종|공식|전격|끝내)\s*)?(?:철회|백지화)|"
    r"인수(?:하는|하기로\s*한|합병)?\s*계약(?:을|를)\s*(?:(?:결국|최종|공식|전격|끝내|상호\s*합의로)\s*)?(?:종료|해지|파기)|"
    r"(?<![가-힣])기권(?!\s*\d+\s*(?:명|석)|\s*\d*\s*표)|(?:재도전|도전|참여|참가|출전|응찰|입찰|신청|인수|인수합병|합병|M&A|프로젝트|수주)(?:\([^()\n]{1,20}\))?(?:을|를)?\s*포기|중도\s*포기|응하지\s*않|거부(?:했|한|하기로|의사)|(?:참여|서명|가입)\s*거부|" + BEATEN + r"|" + BEATEN_PAST + r"|"
    r"자진\s*철회|신청(?:을|를)?\s*철회|(?:참여|참관|참석|참가|합류|가입|출전|출품)(?:를|을|\s*의사를?)?\s*(?:(?:전격|최종|결국)\s*)?(?:철회|취소)|(?:에서|서)\s*(?:중도\s*)?(?:떨어졌|떨어진|미끄러|하차)|"
    # "공모에 나선 A, B 등 업체는 모두 떨어졌다": fell, bare, after its subject (events.py keeps it only in a contest)
    r"(?:(?<=[은는도]\s)|(?<=모두\s))떨어졌(?=다|고|으며|지만|는데|음)|"
    r"(?:합병|경영\s?통합|통합)\s*(?:협의|협상|논의|절차|작업)(?:를|을|는|은|이|가)?\s*(?:공식(?:적으로)?\s*|최종\s*|전격\s*)?(?:중단|철회|종료|결렬)|"  # merger talks ended
    # a joint venture scrapped before it was set up: "디지털 손보사 공동 설립 추진을 중단", "합작으로 추진해온 … 설립이 최종 무산"
    r"(?:공동\s?설립|합작(?:법인|사)?\s?설립|합작)(?:\s?추진)?(?:을|를|이|가|은|는)?\s*(?:공식(?:적으로)?\s*|최종\s*|결국\s*|전격\s*)?(?:중단|무산|철회|백지화)|"
    r"합작(?:으로)?\s+(?:[^\s,.]+\s+){0,5}?설립(?:이|은|도|을|를)?\s*(?:최종\s*|결국\s*|공식\s*)?(?:무산|중단|철회|백지화)|"
    r"(?<=에서\s)물러(?:났|나기로|난다|나며|나면서|나고|섰|서기로|선다)|"  # "인수전에서 물러났다", "회원사에서 물러났다"
    r"(?<=[을를]\s)(?:떠났|떠나기로|떠난다|떠나며|떠나면서|떠나고|떠나게\s*(?:됐|된))|"  # "'한빛페이 연합'을 떠났다": an object left
    r"(?<=[을를]\s)(?:그만뒀|그만둔다|그만두(?:었|기로|며|면서|고|게\s*(?:됐|된)))|"  # "클레이튼 GC를 그만뒀다": quit
    # "A(…), B, C 등이 떠났다": a list of members gone, the group told before (events.py finds it in the article)
    r"(?<=등이\s)(?:떠났|떠나갔)|(?<=등도\s)(?:떠났|떠나갔)|"
    r"중도\s*하차|물(?:을)?\s*먹|쓴잔|낙선|미포함|퇴출(?:됐|되|돼|된|됩|당|(?=시[켜켰킨키]))|고사(?:했|한|하기로|의사)|거절(?:했|한|하기로)|보이콧|"
    r"(?:선정|인가|허가|합류|참여|진출|본선행|편입|등재|유치|입성|진입|연임)(?:이|은|는|가)?\s*['‘]?(?:좌절|무산|불발)|(?:자격|지위|출전권|참가권|개최권)(?:을|를|이)?\s*(?:박탈|잃|상실)|실격\s*(?:처리)?(?:됐|되었|된다|돼|당했|당한다|처리했)|"
    r"(?:선정|편입|등재|유치|입성|진입|수주|진출|연임|재지정|지정|재인증|인증)(?:\([^()\n]{0,40}\))?(?:에|에도)\s*(?:실패|실패했)|"  # "편입에 실패하며"
    # "'더키즈'도 KT·SK브로드밴드, KT스카이라이프와 채널계약에 실패했다": no deal with the partners named
    r"(?<=와\s)(?:[가-힣]{0,4}\s?)?계약(?:\s*체결)?(?:에|에도)\s*실패(?:했|한|하며|하면서|해)|"
    r"(?:지정|인가|허가|선정|자격|지위)(?:이|을|를)?\s*취소(?:됐|되|돼|된|했|하|당)|"  # "지정이 취소됐다"
    # a preferred bidder's selection withdrawn: "A의 우선협상대상자 선정을 철회했다", "… 선정이 철회됐다"
    r"(?:대상자|협상자)\s*(?:선정|지위|자격)(?:이|을|를)?\s*(?:(?:공식|최종|전격|결국)\s*)?(?:철회|취소)(?:됐|되|돼|된|했|하|당)|"
    # "우선협상대상자로 선정한 A 컨소시엄과의 협상이 결렬됐다" (events.py keeps it only of a preferred bidder)
    r"(?<=의\s)협상(?:이|은)?\s*(?:(?:최종|결국|끝내)\s*)?결렬(?:됐|되었|돼|된|했)|"
    r"(?:을|를)\s*대체(?:한다|했|하게|하기로|할)|"  # "A가 B를 대체한다": B leaves the index
    r"(?:을|를)\s*(?:[가-힣]+(?:에서|서)\s+)?(?:빼고|뺀다|뺐다|빼기로|빼는)|"  # "지수에서 A, B 등 3개 기업을 빼고": taken out
    r"제명(?:됐|되었|돼|된|당|\s*처리|\s*조치)|선정\s*(?:을|이)?\s*취소(?:했|됐|하기로|키로|\s*안건|\s*결정)|제명(?:을|를)\s*(?:발표|결정|의결|확정)|(?:을|를)\s*(?:(?:공식|전격|최종|결국|만장일치로)\s*)?제명(?:했|하기로|키로|한다|하고)|"  # a league expels
    r"(?:입찰|본입찰|예비입찰|재입찰|인수전|수주전|경쟁|공모)에(?:는|도)?\s*(?:나서지|뛰어들지)\s*(?:않|못)|"
    # "본선에 들지 못했다", "10위 안에 들지 못했다": not in; but "마음에 들지 않는다" is a liking
    r"(?<!마음)(?<!눈)(?<!입맛)(?<!성)(?<!구미)에\s+(?:[가-힣A-Za-z0-9]+(?:은|는|이|가|도)\s+)?들지\s*(?:못|않)|"
    r"(?:신청서|의향서|제안서|입찰서|응찰서|지원서|서류)(?:를|을|도)?\s*(?:제출하지|내지)\s*(?:않|못)|"
    # "명단에 카카오의 이름은 없었다": the name missing from the list
    r"(?<=의\s)이름(?:은|이|도)\s*(?:끝내\s*|결국\s*)?(?:찾아볼\s*수\s*)?없(?:었|다|어|는)|"
    # "A를 뺀 4개사가 참여했다": all but A
    r"(?:을|를)\s*뺀\s+(?=(?:\d+|나머지|모든|[두세네]|다섯)\s*(?:개사|곳|개|사|개\s*기업|업체|기업))|"
    # "1차 심사도 통과하지 못했다": a stage not passed, as 문턱을 넘지 못했다
    r"(?:심사|평가|예선|본선|서류\s*심사|적격\s*심사)(?:을|를|도|에서)?\s*통과하지\s*(?:못|않)|"
    r"(?:참가|참여|참석|출전)(?:\s*자체)?(?:를|을)\s*건너(?:뛰|뛴|뛸|뛰었|뛰기로)|"
    r"(?:참가|참여|참석|출전|출품)(?:를|을)?\s*취소(?:했|한|하기로|키로|(?:를|을)?\s*(?:선언|결정|통보))|"  # "전시회 참가를 취소했다"
    r"패싱(?:을|를)?\s*(?:결정|선택|선언|했|한다|하기로)|"
    # a contract not renewed, whoever declined: "재계약에 성공하지 못했다", "재계약 의사가 없음을 통보받았다", "연장 계약을
    # 체결치 않고 있다", "계약 연장 안 해" (the one whose contract it was is out of it)
    r"재계약(?:을|를|에|이|은|는)?\s*(?:하지\s*않|안\s*하|맺지\s*않|체결(?:하지|치)\s*않|불발|무산|실패|(?:에\s*)?성공하지\s*못|"
    r"의사(?:가|를)?\s*없)|(?:계약\s*연장|연장\s*계약)(?:을|를|이|은)?\s*(?:하지\s*않|안\s*(?:하|해|한)|체결(?:하지|치)\s*않|맺지\s*않|"
    r"거부|거절|불발|무산)|"
    # a sponsor or partner that lets its contract run out ("후원 계약을 연장하지 않기로", "후원 계약을 연이어 종료했다")
    r"(?:후원|스폰서|스폰서십|파트너십)\s*계약(?:을|를)?\s*(?:(?:연이어|잇따라|모두)\s*)?(?:연장하지\s*않|종료(?:했|하기로|한다|해)|해지(?:했|하기로)|끝내)|"  # "파리모터쇼 패싱을 결정했다": skipped the show
    r"(?:참여|참가|활동)(?:를|을)?\s*(?:전면\s*|잠정\s*)?중단(?:하기로|했|한다|키로|(?:을|를)?\s*(?:선언|결정))|"  # "대화 참여를 전면 중단하기로"
    r"부스(?:를|을)?\s*(?:운영|마련|꾸리|차리|내|열)(?:하)?지\s*(?:않|못)|부스\s*계획(?:이|은)?\s*없|"  # a show without its booth
    r"(?<=\s)제외(?=\s*(?:$|…|\.\.\.))|"  # a headline's last word: "…공모…이통3사·자회사 제외"
    r"부적격|부적합|미(?:가입|참여|참가|합류|신청|서명)(?!자|국)|편출(?:됐|되|돼|된|됩|당|하기로|키로|한다|했다|['’])|(?:을|를)\s*편출|"
    r"편출(?:이|가)\s*(?:결정|확정)|편입(?:하|되)지\s*(?:않|못)|"  # "편출이 결정된 종목은 …", "편입하지 않기로"
    r"(?:편출|탈락|제외)(?=\s*(?:종목|기업|업체|대학|팀|후보|은행|회사|곳)(?:들)?(?:은|는|으로는|로는)\s)|"  # "편출 종목은 ▲A ▲B 등이다"
    r"(?:사업|사업권|자리|일감|물량|계약)(?:을|를)\s*(?:내주|내준|내줬)|"  # "결국 C에 사업을 내주게 됐다": lost to C
    # "최근 부산 사업권을 BMW '동성모터스'에 넘긴 것으로": handed over, not taken over ('넘겨받았다')
    r"(?:사업권|운영권|판권)(?:을|를)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*(?:에|에게)\s*(?:넘겼|넘긴|넘겨)(?!\s*받|받)|"
    # "전북은행은 KB국민은행에 내줬던 제2금고 운영권을 되찾게 됐다": the one it was lost to loses it back
    r"(?<=에\s)내줬던(?=\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+(?:을|를)\s+(?:[^\s,.]+\s+){0,3}?되찾)|"
    r"(?:사업권|자격|지위|출전권|티켓|계약|일감|물량)(?:을|를)?\s*(?:확보|따내|얻)(?:하)?지\s*못|"  # "사업권을 확보하지 못했다"
    # "사업권 확보에 실패했다", "예비인가를 받는 데 실패했다": the prize not won
    r"(?:사업권|운영권|자격|지위|계약|예비인가|본인가|인가|면허|허가)\s*(?:확보|획득|취득|(?:을|를)\s*(?:받는|얻는|따내는)\s*데)"
    r"(?:에|에도)?\s*(?:끝내\s*|결국\s*|최종\s*)?실패|"
    # "우선협상대상자 선정에서 밀렸다": outdone in the choice
    r"(?:선정|평가|심사|경쟁|입찰|투표)에서\s*(?:[가-힣]+(?:에|에게)\s*)?밀렸|"
    # "카카오의 신청은 반려됐다": the application turned down
    r"(?:신청|제안|신청서|제안서|입찰|응찰)(?:은|이|도)?\s*(?:최종\s*|결국\s*)?반려(?:됐|되었|돼|된|당했)|"
    # "카카오의 '한빛사업' 도전은 무산됐다": a bid that came to nothing (not "탈퇴 시도가 무산", which keeps one in)
    r"(?:도전|재도전|입성)(?:은|이|도)\s*(?:결국\s*|끝내\s*|또\s*)?(?:무산|좌절|불발|실패)|"
    # "최종 선정 대상에 오르지 못했다": not on the list
    r"(?:대상|명단|후보|후보군|목록)에\s*(?:이름을\s*)?오르지\s*못|"
    # "SM엔터 인수 중단", "인수 절차를 중단"; not a seller's "매각 협상을 중단", nor its notice to the buyer
    r"(?:인수|(?<!매각\s)(?<!매각)협상|입찰)(?:\s*(?:절차|추진|시도|작업))?(?:를|을)?\s*(?:공식(?:적으로)?\s*|전격\s*|최종\s*)?(?:중단|철회)(?!\s*의사를?\s*(?:전달|통보))|"
    r"(?:사업권|면허|특허권|특허|지위|자격|운영권|판권|중계권|독점권|명명권)(?:을|를)?\s*(?:자진\s*)?반납|(?:특허권|사업권|면허|운영권|중계권|독점권|판권|명명권|스폰서|스폰서십|후원사)(?:을|를)?\s*(?:자진\s*)?(?:포기|내려\s?놓)|반납(?:한|했던)\s+(?:[가-힣A-Za-z0-9]+\s+){0,4}(?:사업권|면허|특허)"  # "…가 반납한 면세점 사업권"
)
# Literal pieces one of which every ABSENT_TRIGGERS / LAUNCH_TRIGGERS match contains: one
# automaton pass finds the sentences worth the full patterns (tests/test_events.py checks
# the pieces cover the patterns).
ABSENT_ANCHORS = ("누르고", "실격", "연임", "개최권", "출전권", "참가권", "꺾고", "철회", "떨어", "미끄러", "하차", "물", "쓴잔", "낙선", "미포함", "퇴출", "고사", "거절",
                  "보이콧", "좌절", "무산", "자격", "불참", "빠", "제외", "삭제", "명단", "이름", "포함", "참여", "합류", "가입", "참가", "동참", "참석", "복귀", "응찰",
                  "신청", "지원", "서명", "도전", "불발", "탈락", "고배", "낙방", "낙마", "쓴맛", "빼", "뺐", "뺀", "철수",
                  "탈퇴", "뗐", "떼", "뗀", "배제", "이탈", "받지", "불허", "미선정", "선정되지", "문턱", "관문", "진출",
                  "밀려", "무릎", "기권", "포기", "응하지", "거부", "제명", "제치고", "제치며", "제치면서", "제쳐", "따돌려", "출품하지", "앞섰", "따돌리고", "밀어내고", "물리치고", "높은", "제쳤", "눌렀", "꺾었", "꺾어", "따돌렸", "밀어냈", "물리쳤", "제출하지", "내지",
                  "건너", "않기로", "연장하지", "재계약", "계약 연장", "계약연장", "연장 계약", "연장계약", "종료", "해지", "끝내", "부적격", "부적합", "미가입", "미참여", "미참가",
                  "미합류", "미신청", "미서명", "편출", "편입", "내주", "내준", "내줬", "넘겼", "넘긴", "넘겨", "실패", "취소", "대체", "나서지", "뛰어들지", "들지", "확보하지", "확보지", "따내지", "얻지", "중단", "반납",
                  "패싱", "중단", "부스", "변경", "교체", "바뀌", "바뀐", "바꿨", "바꾼", "바꾸", "갈아타", "갈아탔", "갈아탄", "대신",  # "A에서 B로 변경" (rules/exits.py)
                  "해지", "해제", "파기", "종료", "종결", "만료", "결별", "백지화", "내려놓", "내려 놓", "떠나", "떠났", "떠난", "그만두", "그만뒀", "물러", "결렬",  # "A와 … 계약을 해지했다" (rules/exits.py)
                  "끝났", "끝난", "끝나면서", "끝나며", "끝나게", "통과하지", "밀렸", "반려", "오르지", "삼켰", "삼킨", "삼켜", "잃었", "잃은", "잃어", "잃게", "놓쳤", "놓친", "해체",  # "…와의 스폰서 계약이 올해로 끝났다" (rules/exits.py)
                  "없게", "하지 못하게 된", "하지 못하게 됐",  # "…에서 볼 수 없게 됐다", "더 이상 …를 판매하지 못하게 된다" (rules/exits.py)
                  "끝에", "경쟁해", "경쟁하여", "경합해", "대결해", "맞붙어", "겨뤄",  # "A가 B와 … 승부 끝에/경쟁해 선정됐다" (rules/exits.py)
                  "경쟁에서", "대결에서", "경합에서", "차이로",  # "A가 B와의 경쟁에서 … 금고를 수성했다" (rules/exits.py)
                  "중지", "접었", "접기로", "접는다", "이뤄지지", "이루어지지", "성사되지",  # the loose reading's endings (rules/exits.py)
                  "매각", "처분", "매도", "보유한", "보유하", "이관", "전량")  # "지분을 전량 매각했다", "X가 보유한 지분을 모두 인수" (rules/exits.py)
LAUNCH_ANCHORS = ("상륙", "양산", "출고", "거래를", "거래 ", "나온다", "나올", "나왔다", "나오며", "나와", "소스로", "제공", "출격", "발매", "시판", "오픈", "판매", "공급에", "상장", "출시", "공개", "선보", "선봬", "론칭", "런칭", "베일", "데뷔", "내놓", "내놨", "릴리스", "서비스", "출범", "액세스", "엑세스",
                  "release", "launch", "unveil")
# Not an absence: a negated trigger, a risk or rumour, or 빠지다 meaning "fall into".
ABSENT_NEGATED_AFTER = re.compile(
    r"^[가-힣]{0,3}\s*(?:지\s*않|지는\s*않|지도\s*않|하지\s*않|하지는\s*않|위기|우려|설(?:\b|이|을|은|에|도|과)|가능성|"
    r"보도(?:는|가|를|에|도|와|과)\s|"  # "석유수출국기구 탈퇴 보도는 어불성설": a report, denied
    r"(?:을|를)?\s*(?:검토|고려|저울질)(?:\s*중|설|하고\s*있|하는|한다|할|에|를|을|\s+아직|\s*안\s*해|\s*않|\s*(?:\.\.\.|…)|\s*$)|"  # "철수 검토설", "탈퇴를 검토 중": a plan weighed
    r"(?:을|를)\s*추진(?:한|하는|하던|했던|해\s*온|하며|하고)|"  # "탈퇴를 추진한 조합 임원들": pursued, not done
    # "민노총 탈퇴 시도가 결국 무산될 가능성이 커졌다": the attempt to leave failed, so it stays
    r"(?:를|을)?\s*(?:시도|추진|움직임)(?:이|가|은|는|도)?\s*(?:(?:결국|끝내|사실상|최종|또)\s*)?(?:무산|좌절|불발|실패|막혔|막혀|막힌|무위)|"
    r"(?:를|을)?\s*(?:시도|추진)(?:했|하였)(?:지만|으나|는데)\s*(?:\S+\s+){0,3}?\S*(?:무산|좌절|불발|실패|막혔)|"  # "…시도했지만 무산됐다"
    r"(?:하는|할)?\s*(?:문제|여부|방안|논의|카드|협정|협약|조약)(?:를|을|가|이|는|은|에|도|와|과|까지|\s)|"  # "탈퇴 문제를 논의", "EU 탈퇴협정": an issue, not the act
    # "탈퇴할 의사가 없다", "철수가 논의되고 있다", "G20에서 빠져야 한다고": no intention, a debate, an ought
    r"(?:할|하는)?\s*(?:의사|생각|계획)(?:가|이|는|은)?\s*없|(?:가|이)?\s*논의(?:되|하고|\s*중)|야\s*(?:한다|할|된다|하는|했다|해)|"
    r"할\s*수도|이유가\s*없|리(?:가)?\s*없|일은\s*없|했다는\s*보도|할\s*경우|될\s*경우|하면(?!서)|되면(?!서)|"
    r"(?:을|를)?\s*(?:권고|권유|촉구|요구|요청)(?:했|한|하|해)|"  # "일괄 탈퇴를 권고했다": urged, not done
    r"(?:을|를)?\s*(?:본격|적극|신중히|공식)\s*(?:검토|고려)|"  # "금속노조 탈퇴 본격 검토"
    r"\s*(?:방침|계획|구상)(?:을|를|이)?\s*(?:예고|발표|시사|내비|공식화)|"  # "조약 탈퇴 방침을 예고했다": a course announced
    r"하는\s*(?:내부\s*)?(?:절차|수순)(?:를|을)?\s*(?:개시|시작|밟|착수)|"  # "탈퇴하는 내부 절차를 개시했다": begun, not done
    r"하겠다는\s*(?:입장|방침|계획)|"  # "6개월 뒤 탈퇴하겠다는 입장을 통보": an exit to come
    r"(?:와|과)\s*관련(?:한|된|해|하여)|하자는\s|하고\s+[^.]{0,30}?하자는\s|"
    r"(?:이|가)?\s*(?:확정|결정|성사|현실화|승인)(?:되면|될\s*경우|된다면)|"  # "탈퇴가 확정되면 …": if it happens  # "탈퇴와 관련한 절차", "탈퇴하고 …하자는 요구"
    r"(?:시키|하|되)?는\s*(?:것이었|방식|구조|구상|모양새|분위기|셈)|(?:시킨|한|된)다는\s*(?:구상|계획|방침|방식)|"
    r"(?:시킬|할|될|일)\s*(?:예정|계획|방침|전망|가능성|수|것)|"
    r"(?:을|를)\s*(?:결정|선언|발표|공식화|의결)할\s*(?:예정|계획|방침|전망|것)|"  # "협의 중단을 결정할 예정": decided later
    r"(?:이|가|을|를)?\s*(?:예정(?:돼|되어|된|이다|이며|이어서)|앞두|앞둔|수순을)|(?:하고\s*)?있는\s*(?:수순|단계|과정)|"
    r"(?:을|를)\s*(?:지속|반복)(?:했|해\s*왔|해\s*온|하던|해오던)(?:다는|던)?\s*(?:점|만큼|가운데|상황|탓)|"  # "불참을 지속했다는 점에서": a habit told as background  # "탈퇴가 예정돼", "탈퇴를 앞두고": a plan
    r"(?:할|될|하는|되는|한|된)?\s*(?:전망|모양새|조짐|관측|듯|것으로\s*(?:보인|예상|전망|관측))|[했됐였]었|(?:\s*(?:통보|결정|발표))?\s*(?:이후|후|뒤)에도)"
)
ABSENT_FALSE_BEFORE = re.compile(
    r"(?:고민|고심|시름|걱정)\s*$|"  # "아프리카TV도 고심 빠져": deep in thought, told bare in a headline
    r"(?:혼돈|혼선|궁지|난국|진통|위기|혼란|딜레마|고민|늪|침체|적자|충격|논란|우려|미궁|공황|난관|곤경|수렁|함정|슬럼프|사랑|매력|중독|유혹|생각|잠|"
    r"정체|교착|난항|부진|불황|공백)(?:에|에도|으로)\s*$|"
    r"(?:\d+년|내년|내후년|후년|올해|하반기|상반기|\d\s*분기|\d+월|연말|내달|다음\s*달)(?:으로|로)(?:는|도)?\s*$|"  # "내후년으로 밀려난다": a schedule slips
    r"(?:매각|인수|계약|적용)\s*(?:대상|범위)(?:에서|서)\s*$"  # "아이마켓코리아가 매각 대상에서 제외되면서": an asset kept
)
# A condition before the trigger makes it a hypothesis ("제재가 내려지면, … 자격을 잃게 되고").
CONDITION_BEFORE = re.compile(r"(?:[가-힣]+면|(?<!의 )(?<!의)경우(?:에는|엔|에)?)\s*,?\s")  # "A의 경우" is "as for A"
NOT_CONDITION = ("따르면", "의하면", "보면", "면면", "전면", "측면", "반면", "화면", "표면", "국면", "대면", "비대면",
                 "정면", "수면", "내면", "외면", "서면", "방면", "당면", "일면", "양면", "장면", "도면", "한면", "면서")
# "탈락한 네이버클라우드": the trigger modifies the organisation after it.
ADNOMINAL_AFTER = re.compile(r"^(?:[가-힣]{0,3}(?:한|된|했던|됐던|던|진|난|뺀|뗀|킨)|(?:되|하)?는(?=\s+[가-힣]+(?:은|는)\s)|(?:을|를)?\s*(?:마신|맛본|본|먹은)|"
                             # "ECOWAS 탈퇴 의사를 밝힌 니제르와 말리", "탈퇴를 선언한 A": what was declared, said of who
                             r"\s*(?:의사|방침|입장)?(?:를|을)\s*(?:밝힌|표명한|선언한|공식화한|통보한|결정한)|"
                             r"[가-힣]{0,2}고\s*있는)\s")  # 고배를 마신 곳; 참여하지 않고 있는 증권사는
# After an absence told as history, the same organisation succeeding (…탈락했던 토스뱅크가 … 통과했다).
LATER_SUCCESS = re.compile(r"(?:통과|선정|승인|진출|합류|복귀|획득|편입|귀환|재진출|진입)(?:했|됐|되|하|돼|한|에\s*성공)|(?:을|를)\s*받았|재편입|"
                           r"이름을\s*올렸|의\s+(?:합류|선정|진출|편입|복귀|입성)(?:도|가|는|이|은|을|를)?\s|"
                           r"재도전(?:에|을)\s*(?:나서|나섰|나선)|다시\s*도전|다시\s+(?:[가-힣]+\s+){0,1}(?:인수|참여|참가|입찰|합류)\s*(?:의지|의사|의향)(?:를|을)?\s*(?:밝|내비|드러)|재수(?:에|를)?\s*성공")
# A trigger told as past or concession before the news (고배를 마시긴 했지만, 고배를 마셨던).
HISTORY_AFTER = re.compile(r"^[가-힣\s]{0,8}?(?:지만|으나|었던|았던|였던|셨던|던|다가)[\s,]|^\s*(?:이후|후|뒤)\s|"
                           r"^[가-힣]{0,3}\s+\d+\s*(?:년|개월)\s*만에\s")  # "철수했다 6년 만에 귀환한"  # 탈락 후 재수에 성공
PERSON_NAME_BEFORE = re.compile(r"안\s*$")  # 안철수 is a politician, not a withdrawal
# "양사는", "두 회사는", "이들은": the organisations of the sentence before.
ANAPHORA = re.compile(r"(?:양사|두\s*회사|두\s*기업|두\s*곳|이들\s*기업|이들|양측)(?:는|은|가|이|도|\s*모두)\s")
# The team an organisation leads stands for it ("네이버클라우드와 NC AI가 주도한 정예팀 2곳이 탈락").
LED_TEAM = re.compile(r"(?:가|이)\s*(?:주도한|이끄는|이끈|주관한|주관하는|꾸린|중심의)\s*(?:[가-힣]+\s*){0,2}?"
                      r"(?:컨소시엄|정예팀|팀)(?:들)?\s*(?:\d+\s*곳|두\s*곳|세\s*곳)?(?:이|가|은|는|도)\s*$")
# Membership phrases: an entity attached to these joined, attended or was selected.
MEMBER_VERBS = re.compile(r"(?:참여|합류|가입|참가|동참|참석)(?:했|한|하며|하고|해|중)|이름을\s*올|선정(?:됐|된)|"
                          r"포함(?:됐|된)|회장사|의장사|간사")

GROUP_HEADS = ("파운데이션 모델", "파운데이션모델", "추진협의회", "협의회", "협의체", "컨소시엄", "얼라이언스", "연합체",
               "연합", "동맹", "위원회", "포럼", "협회", "사업단", "프로젝트", "사업", "명단", "목록", "이니셔티브", "정예팀",
               "태스크포스", "연대", "조합", "클럽", "리그", "노조", "노동조합", "노총", "연맹", "전략회의", "팀", "예비인가", "예비허가", "본인가", "인가",
               "재공모", "공모", "입찰", "경매", "협약", "협정", "규약", "실증", "챌린지", "선발전", "패자부활전", "심사", "합작법인",
               "전시회", "박람회", "라운드", "특화단지", "인증제", "선언문", "합의문", "서약", "프랜차이즈",
               # pledges, declarations and agreements a country or company signs or stays out of ("공동선언에 참여하지
               # 않기로", "합의에 참여하지 않아"); not 서명, which ends names ('전자서명')
               "공동선언", "선언", "합의", "서약서", "공동성명", "성명",
               # international bodies and treaties ("서아프리카경제공동체(ECOWAS)에서 탈퇴", "오타와 조약")
               "공동체", "협력체", "조약",
               # hosting a tournament or a summit ("U-20 월드컵 개최국에서 제외", "개최권을 박탈")
               "개최국", "개최권", "개최지",
               # events a country or team stays away from ("도쿄올림픽에 참가하지 않겠다", "G20 정상회의에 불참")
               "올림픽", "월드컵", "정상회의", "선수권대회", "콘테스트",
               # a season a team or a sponsor sits out or leaves ("슈퍼레이스 챔피언십에 불참", "KPGA 투어에서 빠졌다")
               "챔피언십", "투어", "시리즈",
               # a meeting or an assembly of a body ("도쿄올림픽 선수단장 회의에 불참", "주주총회에 불참")
               "회의", "총회",
               "단계평가", "평가", "예선", "본선", "지수", "카운슬", "수주전", "인수전", "후보지", "시범지역", "특구", "인증",
               # a designation and who is chosen for it (글로컬대학 본지정, 빅데이터 플랫폼 사업자, 우선협상대상자, 1금고)
               "본지정", "예비지정", "지정", "우선협상대상자", "협상대상자", "사업자", "대상자", "선정대상", "선정 대상", "사업권", "금고", "재정지원",
               # lists and line-ups a company is on or off (포춘 글로벌 500 리스트, 비교·추천 서비스의 제휴사, IPO 투자자)
               "리스트", "서비스", "IPO", "후보",
               # shows a company exhibits at, and a capital raise it joins or not
               "모터쇼", "모빌리티쇼", "오토쇼", "게임쇼", "엑스포", "유상증자", "증자",
               # a takeover a buyer walks away from (이스타항공 인수합병을 포기했다)
               "인수합병", "합병", "M&A",
               # a seat on an elected body (유엔 인권이사회 이사국, 안보리 비상임이사국), a designation by size
               # (공시대상기업집단, 상호출자제한기업집단)
               "이사국", "기업집단",
               # a country's place on a resolution or a treaty ("공동제안국으로 참여했던", "서명국에 포함되지 않았다",
               # "WHA 옵서버로 참여하지 못하게")
               "제안국", "서명국", "당사국", "옵서버",
               # roles a company is chosen for or loses ("국민연금 거래증권사", "주간운용사", "퍼블리셔", "제휴은행", "공제회의
    # 주거래은행")
               "거래증권사", "운용사", "주관사", "주간사", "판매사", "퍼블리셔", "제휴은행", "제휴사", "주거래은행")
GROUP_FAMILIES = {
    "협의회": "council", "협의체": "council", "추진협의회": "council", "위원회": "council", "포럼": "council",
    "협회": "council", "연합": "alliance", "연합체": "alliance", "얼라이언스": "alliance", "동맹": "alliance",
    "연대": "alliance", "노조": "council", "노동조합": "council", "노총": "council", "연맹": "council", "컨소시엄": "consortium", "정예팀": "consortium", "팀": "consortium",
    "프로젝트": "project", "사업": "project", "사업단": "project", "이니셔티브": "project",
    "파운데이션 모델": "project", "파운데이션모델": "project", "실증": "project", "챌린지": "project",
    "예비인가": "selection", "예비허가": "selection", "본인가": "selection", "인가": "selection", "공모": "selection",
    "재공모": "selection", "입찰": "selection", "경매": "selection", "선발전": "selection", "패자부활전": "selection",
    "심사": "selection", "단계평가": "selection", "평가": "selection", "예선": "selection", "본선": "selection",
    "협약": "pact", "협정": "pact", "규약": "pact", "지수": "index", "카운슬": "council",
    "서약": "pact", "서약서": "pact", "선언": "pact", "공동선언": "pact", "선언문": "pact", "합의": "pact", "합의문": "pact",
    "성명": "pact", "공동성명": "pact", "공동체": "alliance", "협력체": "alliance", "조약": "pact",
    "개최국": "selection", "개최권": "selection", "개최지": "selection",
    "올림픽": "show", "월드컵": "show", "정상회의": "show", "선수권대회": "show", "콘테스트": "show",
    "챔피언십": "show", "투어": "show", "시리즈": "show",
    "회의": "show", "총회": "show",
    "수주전": "selection", "인수전": "selection", "후보지": "selection", "시범지역": "selection", "특구": "selection", "인증": "selection",  # a contest for an order or a company: the bidders left out
    "본지정": "selection", "예비지정": "selection", "지정": "selection", "우선협상대상자": "selection",
    "협상대상자": "selection", "사업자": "selection", "대상자": "selection", "선정대상": "selection", "선정 대상": "selection", "사업권": "selection", "금고": "selection",
    "재정지원": "selection", "리스트": "selection", "서비스": "platform", "IPO": "selection", "후보": "selection",
    "모터쇼": "show", "모빌리티쇼": "show", "오토쇼": "show", "게임쇼": "show", "엑스포": "show", "유상증자": "project",
    "증자": "project", "인수합병": "selection", "합병": "selection", "M&A": "selection", "이사국": "selection", "기업집단": "selection",
    "제안국": "selection", "거래증권사": "selection", "운용사": "selection", "주관사": "selection", "주간사": "selection",
    "판매사": "selection", "퍼블리셔": "selection", "제휴은행": "selection", "제휴사": "selection", "주거래은행": "selection", "서명국": "pact", "당사국": "pact", "옵서버": "selection",
}
# A country written before a foreign company in a list ("한화오션, 스페인 나반티아는").
COUNTRY = (r"(?:미국|중국|일본|독일|프랑스|영국|스페인|이탈리아|스웨덴|네덜란드|캐나다|호주|대만|인도|튀르키예|터키|"
           r"폴란드|노르웨이|핀란드|이스라엘|싱가포르|브라질|러시아|베트남|인도네시아|사우디|UAE|"
           # hosts and members told in international news ("카타르 월드컵", "남아공 G20")
           r"카타르|멕시코|아르헨티나|이란|이라크|이집트|태국|필리핀|말레이시아|파키스탄|우크라이나|벨라루스|헝가리|"
           r"그리스|벨기에|덴마크|스위스|오스트리아|아일랜드|포르투갈|남아공|남아프리카공화국|뉴질랜드|칠레|페루|콜롬비아|홍콩)")
# A region written before a university or company in a list ("대전 충남대-한밭대(통합), 충남 순천향대").
REGION = r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
PLACE = rf"(?:{COUNTRY}|{REGION})"
COUNTRY_BEFORE_NAME = rf"{PLACE}(?:의)?\s+"  # "현대차와 독일의 벤츠·BMW": a list names where each comes from
# Head words that refer to a group without naming one (회원 명단, 정예팀 3곳).
REFERENCE_HEADS = ("명단", "목록", "팀")
# A name cited as a source ("S&P 다우존스 지수에 따르면"): who says so, not what anyone is in or out of.
SOURCE_AFTER = re.compile(r"\s*(?:에|의)\s*(?:따르면|따른|의하면)")
# Bodies that decide or judge, not groups anyone is in or out of (금융위원회, 평가위원회).
NOT_A_GROUP = re.compile(r"(?:금융|공정거래|방송통신|개인정보보호|원자력안전|분쟁조정|국가계약분쟁조정|평가|외부평가|심사|선거관리|"
                         r"증권선물|규제개혁|준법감시|윤리|인사|징계|집행|실무|선정|심의|운영|지수운영|대학)위원회$|이사회$|^(?:유럽|아프리카)연합$"
                         # people and playlists, not lists one is on ("유명 애널리스트")
                         r"|(?:애널|저널|스페셜|테러|플레이|체크|위시)리스트$")
# A group's first word that makes it a stage or a bare reference, not a name (1차 평가, 추가 공모).
STAGE_PREFIX = re.compile(r"^(?:\d+\s*차|\d+\s*단계|\d+\s*개|\d+\s*곳|최종|추가|재|본|탈락|정예|신규|신임|차기|다음|첫|두\s*번째|"
                          r"당초|기존|직전|차순위|해당|이번|이|그|같은|"
                          # the kinds of evaluation a selection goes through (서면평가, 적격성 심사, 인가심사)
                          r"서면|서류|대면|적격성|현장|발표|기술|종합|중간|인가|실사용자|사용자|전문가|진단|"
                          # how a contract is awarded, not what (공개입찰, 경쟁입찰, 수의계약)
                          r"공개|경쟁|공개경쟁|일반경쟁|제한경쟁|지명경쟁|수의)$")
# Well-known groups written without a head word.
# Trade shows by name (a group one exhibits at or skips; where a product is shown, not launched).
TRADE_SHOWS = (r"(?:(?<![A-Za-z])(?:CES|MWC|IFA|E3|TGS|IAA(?:\s*모빌리티)?|COMPUTEX|Computex)(?![A-Za-z])|지스타|G-STAR|"
               r"게임스컴|도쿄\s*게임쇼|차이나조이|컴퓨텍스|인터배터리)")
KNOWN_GROUPS = re.compile(r"독파모|한경협|전경련|한국경제인협회|전국경제인연합회|초거대AI추진협의회|RE100|"
                          # trade shows, named alone or with their year
                          + TRADE_SHOWS +
                          r"(?:\s*20\d\d)?|"
                          # international bodies a country or a bank leaves, by their usual names
                          r"(?<![A-Za-z])(?:OPEC\+?|WHO|EU|NATO|WTO|OECD|SWIFT|IAEA|ASEAN|APEC|FIFA|UEFA|IOC|IMF|G7|G20|BRICS)(?![A-Za-z0-9])|"
                          r"(?<![A-Za-z])(?:ICC|ICJ|WHA|UNESCO|UNHRC)(?![A-Za-z0-9])|"
                          r"유엔|유럽연합|석유수출국기구|세계보건기구|세계무역기구|국제통화기금|북대서양조약기구|국제은행간통신협회|브릭스|"
                          r"국제형사재판소|국제사법재판소|세계보건총회|유네스코|(?:유엔\s?|UN\s?)?인권이사회|안전보장이사회|안보리")
KNOWN_GROUP_FAMILIES = {"독파모": "project"}
# Stock indices named by market and size (코스피200, 코스닥 150, KRX300, S&P500): what members leave.
# The lookahead names every first character: Python's re tries each position of every sentence otherwise,
# and this runs on every sentence of every candidate article (5x faster measured on bench/match_throughput.py).
KNOWN_INDICES = re.compile(r"(?=[코KS나N포글0-9])(?:(?:코스피|코스닥|KOSPI|KOSDAQ|KRX|S&P|나스닥|NASDAQ)\s?\d{2,3}(?:\s?지수)?|"
                           r"(?:포춘\s?)?(?:글로벌\s?)?\d{2,4}대\s?기업)")  # rankings too: 글로벌 500대 기업
# Quoted words that are not names even before a head word ('패자부활전' 성격의 공모).
GENERIC_QUOTED = re.compile(r"^(?:패자부활전|국가대표\s*AI|국대\s*AI|K-AI|반쪽짜리)$")
# Bare words that never start or continue a group name (page furniture among them: a news site's menu '랭킹 이슈
# 오피니언 포럼' was read as a forum's name; '최대어', the biggest deal, praises the name after it).
NOT_NAME_WORDS = frozenset("""상단여백 HOME 확대보기 크게보기 이미지 사진 기사 뉴스 단독 종합 이번 해당 올해 지난해 내년 정부 당초 최근 다음 신규 관련 이 그 등 및 또 다시 당시 이날 현재 모든 각 첫
    같은 국내 기존 향후 전체 일부 총 약 또한 특히 반면 한편 결국 이미 아직 처음 최초 공식 본격 대규모 주요 대표
    최대 최고 대형 민간 회원 회원사 참여 참여기업 위원 민간위원 일종의 사실상 자회사 계열사 모회사 오늘 어제 내일 전날 당일
    올 상반기 하반기 연내 지난달 이달 내달 단계 차 차례 번 뒤 후 중 가운데 관련 대상 결과 발표 선정 진출 탈락 끝내 아예 다시 모두 또다시
    나머지 기타 여러 다음주 이번주 지난주 다음달 이번달 지난달 주관 주최 주도 추진 지원 발주 시행 규모 총 약 최대 최소 당시 첫해 올해 내년 지난해 작년 금년 각각 예상 함께 동시에 모두 각자 별도
    정부 과기정통부 과학기술정보통신부 국토부 국토교통부 산업부 산업통상자원부 금융위 금융위원회 금감원 행안부 조달청 중기부
    문체부 방통위 복지부 교육부 환경부 국방부 해수부 기재부 공정위
    그간 그동안 여전히 달리 따로 역시 오히려 다만 그러나 하지만 이미지 사진 확대보기 기사 원문 동안 사이 만에 경우
    조만간 곧 머지않아 곧바로 즉시 바로 추후 향후
    연 매년 매월 매분기 분기별 반기별 연속 정기 수시 각종 여러
    열어 열고 거쳐 거치고 통해 위해 따라 맞아 맞춰 걸쳐 이어 비롯해 포함해 대해 관해 앞서 앞두고
    랭킹 오피니언 포토 영상 연재 전체기사 많이본뉴스 최대어
    인근 일대 주변 부근 따르면 의하면 다른 유력 하나인 중하나인 대신 말 초 중순 하순 상순 말께 초께
    이번엔 올해엔 지금은 기자 특파원 선임기자 로그인 따른 의한 대한 관한
    게 것 수 데 바 이제 지금 원 달러 위안 유로""".split())
# how often or how long ("연 1회 지정", "3년 연속 시금고"); a verb leading to it ("위원회를 열어 본인확인기관 지정");
# where ("용산역 인근 용산정비창 전면1구역 재개발 사업"); a source ("재계에 따르면 아시아나 인수전"); which of several
# ("다른 유력 인수 후보", "산별노조 중 하나인 민주노총"); a byline ("이홍석 기자(…) 예비입찰"), a contracted topic
# ("이번엔 조합"), a page's login line ("로그인·계정인증"), a bound noun ("…는 게 업계 평가다"), a currency told
# apart from its number ("3조 원 이상인")
# Words that are no name alone but may sit inside one, after a name word ("창업 지원 사업").
WORDS_INSIDE_NAMES = frozenset("지원 추진 육성 구축 참여".split())
NOUNS_ENDING_LIKE_SUBJECTS = frozenset("인가 예비인가 본인가 허가 예비허가 전문가 평론가 투자가 사업가 분석가 예술가 작가 국가 평가 추가 참가 증가 주가 단가 대가 원가 "
                                       "시가 정가 호가 물가 부가 재평가 단계평가".split())
# Adverbs that sit between a subject and its trigger ("네이버와 KT가 줄줄이 낙방했다"); 줄줄이 and
# 같이 end like a subject particle but are no subject.
ADVERBS_BEFORE_TRIGGER = re.compile(r"(?:\s+(?:줄줄이|나란히|일제히|함께|같이|결국|끝내|잇달아|잇따라|동반|또다시|다시|아예|사실상|모두))+\s*$")
NAME_WORDS_ENDING_LIKE_PARTICLES = frozenset("국가 인도 제도 미래 메타 데이터 바이오 스마트시티 모빌리티 와이파이 공공와이파이 "
                                             "디스플레이 게이트웨이 플레이 메가 마이크로 메트로 시티 "
                                             # cities a show is held in ("상하이 모터쇼", "두바이 에어쇼")
                                             "상하이 두바이 뭄바이 하노이 마이애미".split())
GENERIC_GROUP_PREFIXES = {"", "ai", "인공지능", "이", "해당", "그", "이번", "관련", "국내", "최대", "한", "같은", "동", "자산", "기존",
                          "양", "전", "새", "신규", "민관", "산업", "업계", "정부", "공동", "국가", "글로벌", "탈락",
                          "추가", "재", "최종", "구축", "선도", "실증", "시범", "참여", "지원", "선정", "1차", "2차", "3차",
                          "정예", "경쟁", "대상", "본", "예비", "최고", "대형", "민간", "국내외", "범",
                          "인수", "매각", "유치",  # "인수 후보", "유치 후보": a role in the contest, not its name
                          "계정", "본인", "간편", "휴대폰", "생체",  # "계정인증", "본인인증": proving who one is, no designation
                          "협상", "차순위",  # "차순위 협상 대상자": the role bare
                          "제안서"}  # "제안서 입찰": the bids' papers, no name of the contest

# --- launch_date -----------------------------------------------------------------------
LAUNCH_TRIGGERS = re.compile(
    # 출시, but not the 출 of another word before 시키다 ("7곳을 SWIFT에서 퇴출시켰다", "수출시장", "노출시켜")
    r"오픈\s*소스로\s*(?:풀|내놓|공개)|(?<![퇴수반송유배산노도창방인검추제지진표선적구탈외가돌색])출시|공개(?!\s*매수|\s*채용|적|\s*(?:경쟁\s*)?입찰|\s*경쟁|\s*매각|\s*모집|\s*토론|\s*청문)|선보|선봬|론칭|런칭|베일을\s*벗|데뷔|내놓|내놨|릴리스|"
    r"서비스(?:를)?\s*(?:시작|개시)|(?<=소수점\s)거래(?:를)?\s*(?:시작|개시)|(?<=소수점)거래(?:를)?\s*(?:시작|개시)|얼리\s*(?:액세스|엑세스)(?:를|을)?\s*(?:시작|개시)|정식\s*출범|출격|발매|시판|(?:서비스|앱|플랫폼)(?:을|를)?\s*오픈|판매(?:를)?\s*(?:시작|개시)|"
    # "라이젠 5000 시리즈는 11월 6일부터 판매가 시작되자", "이달 초부터 … 공급에 들어갔다": sales started
    r"판매(?:가|이)\s*시작(?=됐|되|된|돼)|(?:판매|공급|시판)에\s*(?:들어갔|들어간|들어가|돌입)|"
    # a named product comes out ("갤럭시A90도 9월 초 나올 예정이다"); kept only with a product named (events.py)
    r"(?<=\s)(?:나온다|나올(?=\s*(?:예정|전망))|나왔다|나오며|나와(?=\s))|"
    # a car reaches buyers: "7월18일부터 출고를 시작할", "2분기 중 출고될 예정"
    r"출고(?:를|가)?\s*(?:시작|개시)|(?<=부터)\s*출고(?=된다|됐|될|되며|돼)|"
    # "서피스듀오2를 정식 판매한다"; an ETF is launched by listing it ("ETF를 신규 상장한다")
    r"정식\s*판매(?=한다|했|하기로|할\s*예정|에\s*(?:들어|돌입))|"
    # "애플페이 교통카드 서비스가 이날부터 제공된다": a service provided from a day on starts that day
    r"(?<=부터)\s*제공(?=된다|됐|되며|되기\s*시작|한다|했|하기\s*시작)|"
    # "ETF 4종목을 12월 22일 유가증권시장에 상장할 예정": listed on a market (only an ETF's listing is a launch)
    r"(?:(?<=시장에)|(?<=\)에))\s*(?:신규\s*)?상장(?=한다|했|하기로|할|된다|됐|될|\s*예정)|(?<=ETF)(?:를|을)?\s*(?:신규\s*)?상장(?=한다|했|하기로|할|된다|됐|될|\s*예정)|"
    # a chip or battery launches when mass production starts ("연내 양산", "8월 양산을 시작한다")
    r"양산(?=\s*(?:한다|하기로|할|하고|해|했|에\s*(?:돌입|들어|착수|나선|나설)|을\s*(?:시작|개시)|\s*예정|\s*계획|\s*목표|$|[.,]))|"
    # a foreign product reaches the Korean market: "오는 10월 국내에 상륙한다" (not a storm's landfall: a market named)
    r"(?<=국내에\s)상륙(?=한다|했|할|하며|하면서|해)|(?<=한국에\s)상륙(?=한다|했|할|하며|하면서|해)|(?<=국내\s)상륙(?=한다|했|할|하며|해)|"
    r"\brelease|\blaunch|\bunveil",
    re.IGNORECASE,
)
# An adnominal launch phrase before the organisation ("상반기 공개될 예정인 삼성전자 …").
ADNOMINAL_LAUNCH_AFTER = re.compile(r"^[가-힣]{0,3}(?:될|할|한|된|하는|되는)\s*(?:예정|계획|전망)?(?:인|이던|이었던)?\s|"
                                    r"^\s*(?:을|를)\s*(?:앞둔|앞두고\s*있는|눈앞에\s*둔)\s|"  # "출시를 앞둔 넷마블의 신작"
                                    r"^\s*(?:이|가)\s*예정(?:됐던|된|되었던|돼\s*있던|되어\s*있던)\s")  # "출시가 예정됐던 아우디 Q4"
# "출시 기념", "공개 매수": the trigger word is not this launch.
NOT_A_LAUNCH_AFTER = re.compile(r"^(?:[가-힣]{0,2}\s*)?(?:해\s*왔|해\s*온|하곤|기념|행사|간담회|쇼케이스|시연|데모|트레일러|티저|영상|초대장|무대|"
                                r"일정(?:\s*등)?(?:을|를|과|도)|계획(?:\s*등)?(?:을|도|과|와|에)\s|결과|매각|입찰|경쟁입찰|모집|채용|사과|질의|토론|수배)|"
                                # "출시 25주년", "정식 출시 전인 5월 7일", "서비스 출시를 앞두고 16일 시연회":
                                # the date is of something else
                                r"^\s*\d+\s*주년|"
                                # "출시 1년도 채우지 못하고 이번 달 단종됐다", "출시 3개월 만에": time since a launch
                                r"^\s*(?:후\s*)?(?:\d+|한|두|세|네|반)\s*(?:년|개월|달|주)\s*(?:도|만에|만인|만|째)\s|^\s*(?:전|前)(?:인|에|까지|부터)?\s|^(?:을|를)\s*앞두고\s|"
                                r"^(?:량|건수|실적)|"  # "체크카드 출시량도 5건으로": a count of launches
                                r"^[가-힣]{0,2}지(?:는|도)?\s*(?:않|못)|"  # "타이틀을 공개하지 않을 예정": no launch
                                # "출시 초기에, MAU가 가장 높았던 앱은": the time after a launch, not a launch
                                r"^\s*(?:초기|초반|직후|당시|첫날)(?:에|에는|엔|부터|의|인|,|\s)|"
                                # "9월에 출시하는 것은 쉽지 않다": a launch said to be unlikely; "공개할 수 있으나
                                # 불참을 선언했다": a possibility conceded, then denied
                                r"^[가-힣]{0,2}\s*수\s*(?:도\s*)?있(?:으나|지만|었으나|었지만)|"
                                r"^[가-힣]{0,2}\s*것(?:은|이)\s*(?:쉽지\s*않|어렵|불가능|무리)|"
                                # "출시 약 2주 전인 20일부터 사전판매": counted back from the launch, the date is another's
                                r"^\s*(?:약\s*)?(?:\d+|한|두|세|네)\s*(?:주|일|달|개월)\s*(?:전|앞)|"
                                # "신작 출시일이 확정되지 않았다": no date yet
                                r"^\s*(?:일|일정|시기|시점)(?:이|은|도)?\s*(?:확정|결정|정해)(?:되|지)?지\s*(?:않|못)")
# The trigger as a noun whose time follows it (출시 시점은 내년 상반기, 출시일은 6월10일).
NOMINAL_TRIGGER_AFTER = re.compile(r"^\s*(?:시점|시기|일정|예정일|일|일자|날짜|목표\s*시점)?\s*(?:은|는|이|가|을|를)?\s*(?!하|했|할|한|합|해|된|될|되|돼|됐)"
                                   r"(?=\S*\s*(?:\d|올해|내년|연내|연말|상반기|하반기|이르면|오는|다음\s*달|내달))")
# "18일 새벽 3시(현지시간 17일 오전 10시)": the local time in brackets repeats the date.
LOCAL_TIME_BEFORE = re.compile(r"\(\s*(?:미국\s*|현지\s*)?(?:현지\s*)?(?:시간|시각)\s*$")
# "X는 31일 … 출시했다고 밝혔다": reported speech; a bare day before it dates the report.
REPORTED_AFTER = re.compile(r"^[가-힣]{0,5}고\s+(?:[가-힣]+\s+){0,2}(?:밝혔|전했|말했|알렸|발표했|설명했|공지했|공시했)")
# "출시될 예정이었다": the plan before something changed it.
WAS_PLANNED = re.compile(r"(?:예정|계획|목표)이었|(?:예정|계획)이던|예정(?:됐|되었)던|할\s*예정이었|하려던|(?:목표|예정|계획)(?:로|으로)?\s*했던|(?:유력|예상|점쳐지|전망)(?:했던|됐던|되던|이던)")
# Dates of something else in a launch clause: pre-orders, tests, announcements.
NOT_LAUNCH_DATE_AFTER = re.compile(r"^\s*(?:회사\s*측|관계자|측)(?:은|는|이|가)\s|"  # "15일 회사 측은 …": a dateline
                                   r"^\s*(?:\(현지\s*시간\)|\(현지\s*시각\))?\s*(?:[\"“]|[가-힣 ]{0,12}에\s*따르면|"
                                   r"[가-힣 ]{0,16}(?:홈페이지|뉴스룸|보도자료|입장문|공식\s*입장)[를을]?\s*(?:통해|에서))|"
                                   r"^\s*(?:부터\s*)?(?:사전\s*예약|사전예약|사전\s*등록|사전\s*판매|예약\s*판매|사전\s*출시|얼리\s*액세스|"
                                   r"베타\s*테스트|비공개\s*테스트|실적\s*발표|컨퍼런스\s*콜|"
                                   r"콘퍼런스\s*콜|(?:진행|열린|개최된)\s*(?:실적|컨퍼런스|콘퍼런스))|"
                                   # "2020년 창업한 리벨리온": when the company began, not a launch
                                   r"^\s*(?:에\s*)?(?:창업|설립|창립)(?:한|했|된|됐|해|하)|"
                                   # "오는 3월 신학기를 앞두고": the date of what the launch is timed for, not the launch's
                                   r"^\s*(?:을|를)\s*앞두고|"  # "여름을 앞두고 출시될": the season it is timed before
                                   r"^\s*(?![^을를]{0,22}(?:출시|공개|발매|판매|출격|개시|오픈|론칭|런칭|서비스))"
                                   r"[가-힣A-Za-z]{1,10}(?:\s[가-힣A-Za-z]{1,10})?"
                                   r"(?:을|를)\s*앞두고")
# "당초 3월 출시 예정이었으나": a date that was the plan before the postponement.
ORIGINAL_PLAN_BEFORE = re.compile(r"(?:당초|애초|원래|기존|앞서|처음)\s*(?:[가-힣]+\s+){0,2}$")
# Quoted names that are events, places or slogans, not the product.
NOT_PRODUCT_NAME = re.compile(r"언팩|행사|콘퍼런스|컨퍼런스|포럼|쇼케이스|서밋|박람회|개발자\s*회의|데이$|\s쇼$|^메이드\s*바이|"
                              r"(?:사진|자료|제공|출처|그래픽)\s*=|"  # "사진=연합뉴스": a photo credit
                              r"어워즈|어워드|시상식|페스티벌|"  # "'더 게임 어워즈 2021'에서 출시일 공개": the venue
                              r"쇼(?:\s*20\d\d)?$|(?:론칭|런칭|다이렉트)$|"  # '재팬 모빌리티쇼 2023', '픽셀 가을 론칭': shows
                              r"\d+\s*(?:월|일)(?:\s|$)|"  # "잠정적으로 6월 22일": a quoted remark holding a date
                              r"^\d+\s*(?:분|시간|종|개|명|곳)$|^(?:연말|연초|새로운|신규|새)$|"
                              r"^(?:CES|MWC|WWDC|SDC|IFA|GTC|DAN)\s?\d*|"
                              r"^(?:국가대표|국대)\s*AI|반쪽짜리|^K-AI|대항마|^\d+$|"
                              r"^(?:빅테크|빅\s?테크|테크\s?공룡|공룡|메기|게임\s?체인저)$|"  # "'빅테크' 신제품 대전": who, not what
                              r"^[A-Z]{2,6}\s?20\d\d$")  # an acronym with a year is a show (SGF 2024, CES 2025)
# A quoted phrase that itself speaks of launching is a remark ("연내출시 선언"), not the product.
REMARK_WORDS = re.compile(r"출시|공개|선보|발표|연기|전망|가능")
# Product lines written without quotes: 갤럭시 Z플립5·폴드5, 아이폰12, 갤럭시 폴드.
PRODUCT_FAMILY = re.compile(
    r"(?:갤럭시|아이폰|아이패드|맥북|픽셀|엑시노스|스냅드래곤|에어팟|플레이스테이션|엑스박스)\s?"
    # not a particle and a year ("차기 엑시노스를 2022년 1월"): a series name, then its number
    r"(?:(?!(?:을|를|이|가|은|는|의|와|과|도|에|로)\s)[A-Za-z가-힣]{0,4}\s?\d+(?![\d.]|\s?(?:년|월|일))[A-Za-z]*"
    r"(?:\s?[·/]\s?[A-Za-z가-힣]{0,4}\d+[A-Za-z]*)*|폴드|플립|탭|워치|버즈|링|"
    r"시리즈\s?[A-Z](?![A-Za-z]))"  # "엑스박스 시리즈X": a series told by a letter
    r"(?:\s?(?:시리즈|울트라|플러스|프로|맥스|FE|5G|LTE|엣지|씽큐))*")
BARE_YEAR_WORD = re.compile(r"올해|금년|지난해|작년")
TODAY_WORD = re.compile(r"이날|오늘|당일")
# Words that describe a product rather than open its name (국내 첫 X, 글로벌 X).
NAME_MODIFIERS = frozenset("""국내 해외 글로벌 국산 토종 대표 주력 전략 핵심 인기 무료 유료 최초 처음 공식 정식 본격 정규 전체 일부 모든
    각종 다양한 여러 잇따라 잇달아 앞다퉈 속속 연이어 제휴 리뉴얼 플래그십 보급형 중저가 프리미엄 고급형
    올해 내년 지난해 이번 다음 오는 이달 내달 연내 상반기 하반기 동시 단독 독자 직접 먼저 추가 별도 기반""".split())
# Words that say what kind of thing launched, never which (신작을 출시, 새 모델을 공개).
GENERIC_PRODUCT_WORDS = frozenset("""후속작 후속 전작 작품 신모델 새모델 신차 서비스 모델 제품 신제품 기능 게임 신작 버전 앱 플랫폼 솔루션 기술 시리즈 베타 것 이를 이 그 AI 반도체 칩
    스마트폰 폴더블폰 신형 차세대 새 최신 신규 자체 첫 이번 해당 결과 성능 내용 기기 단말 모바일 신규서비스 베타서비스 정식
    버전을 초거대 생성형 언어모델 거대언어모델 LLM sLLM 파운데이션 시범 본격 전격 공식 검색 챗봇 요금제 에이전트 비서 메신저
    자사 자체 신상품 통역 번역 브라우저 노트북 태블릿 웨어러블 로봇 차량 자동차 전기차 전기자동차 단말기 카드 상품 콘텐츠 시스템 프로그램 소프트웨어 하드웨어
    쇼핑 결제 간편결제 배달 송금 구독 예약 상담 인증 통합 유료 무료 유료화 부가 계약""".split())
# A version or edition after a model's name: 2, 5.2, X, 프로2, 씽큐, 5G ("솔라 프로2", "V50 씽큐").
MODEL_VERSION = re.compile(r"(?:[ -]?(?:\d+(?:\.\d+)*[A-Za-z]?(?!\s*(?:월|일|년|분기|반기|개월|종|곳|차|%)(?![가-힣]))|(?<=\d)\.\d+|[A-Z]\d+|"
                           r"(?:X|Pro|Plus|Max|Ultra|THINK|SEED|Omni|Deep|Lite|Mini|Turbo|ThinQ|SE|FE|LTE|LPG|SUV|"
                           r"플러스|프로|맥스|울트라|미니|딥|시드|싱크|라이트|씽큐|엣지|오픈|Open)\d*)(?![A-Za-z0-9.]))+")
LAUNCH_FALSE_BEFORE = re.compile(r"(?:비|기업|미|재|정보|공시|대|일반)$")
# "공개" of things that are not products: results, lists, plans …
NON_PRODUCT_OBJECT = re.compile(
    r"(?:실적|명단|결과|자료|입장|내용|보고서|사실|정보|성과|수치|가이드라인|방안|세부|계약|조건|통계|순위|점수|"
    r"의견|경위|연봉|급여|재무|손익|매출|영업이익|지분|사업보고서|평가|심사|선정\s*결과|합격자|당첨자|"
    r"계획|로드맵|청사진|전략|일정|현황|행사|명세|요금(?!제)|가격|후보|라인업\s*계획|영상|티저|트레일러|초대장|시연|데모|이미지|사진|"
    r"부스|전시관|체험관|페이지|홈페이지|"  # "전시 부스를 선보인 바 있다", "이벤트 페이지를 공개했다": no product
    r"디자인|외관|렌더링|실물|이름|차명|모델명|제품명|\d+\s*개\s*(?:팀|사|기업|업체|곳)|목록|리스트|출품작|수상작|작품|"
    r"논문|보고서|리포트|백서|데이터|학습\s*로그|성능|대책|조치|개선안|해명|사과문|쇄신안|입장문|재발\s*방지|"
    r"방향|비전|콘텐츠|구상)"  # "쇼케이스에서 상세 콘텐츠와 향후 사업 방향 등을 공개": what the game will hold, not the game
    # the noun is the trigger's object or subject ("영상을 공개", "영상 공개", "페이지 '기록의 날'을 공개"), not beside
    # it ("시연과 함께 공개")
    r"[가-힣]{0,2}(?:\s*['‘\"“][^'’\"”\n]{1,40}['’\"”])?(?:\s*등)?(?:(?:을|를|이|가|도|은|는)\s*(?:\S+\s+){0,2}\S*|\s*)$"
)
# "…출시한다고 2일 밝혔다": the date is when it was said, not when it launches.
REPORTING_AFTER = re.compile(r"^\s*(?:\(현지\s*시간\)|\(현지\s*시각\))?\s*(?:밝혔|발표했|전했|말했|알렸|공시했|설명했|강조했|덧붙였|공개했다고|보도했|보도한|보도에)")
HEDGES = re.compile(r"이르면|빠르면|전망|예정|계획|목표|추진|검토|관측|예상|가능성|방침|것으로\s*(?:보인|보이|보고|알려|전해)|듯|"
                    r"(?:할|될|질|일|있을)\s*것(?:이|으로|으론)?|노린|준비\s*중|저울질|유력|점쳐|잠정(?!\s*중단)|고려\s*중|"
                    r"거론|겠다는|입장이다|고민\s*중|기로\s*(?:했|하였|한|하고|결정)|"  # "선보이기로 했다": a decision, still a plan
                    r"(?:월|일|분기|반기|말|초|년)\s*(?:께|쯤|경)(?=\s|[,.]|에|$)")  # "6~7월께", "9월쯤": about then
# "18일 업계에 따르면 X는 27일 출시한다": a plan the report has from others, not from the maker, is hedged however
# plainly it is told (LABELLING.md's convention); the maker's own word ("네이버에 따르면") is not hearsay.
HEARSAY = re.compile(r"(?:업계|관계자|소식통|외신|금융권|재계|증권가)(?:들)?(?:\s*등)?에\s*따르면")  # ("금융권에 따르면": the trade told it)
POSTPONED = re.compile(r"재검토|연기(?!자|력|금)|미뤄(?!\s*(?:보아|보면|볼\s*때|보건대))|미뤘|미룬|미룰|늦출|미루(?!어\s*(?:보아|보면|볼))|늦춰|늦췄|늦어지|늦어질|지연|순연|밀렸|밀려|밀릴|무산|(?:으로|로)\s*조정|재조정|"
                       r"(?:일|날짜)(?:은|는|이)\s*(?:[^\s]+\s+){0,2}?[^\s]*에서\s+(?:[^\s]+\s+){0,3}?[^\s]*(?:으로|로)\s*바뀌|"  # "출시 예정일은 기존 3월 17일에서 … 4월 28일로 바뀌었다"
                       r"까지\s*(?:출시|공개|발매)(?:되)?지\s*않|(?:출시|공개)\s*안\s*될\s*듯|"  # "내년 3분기까지 출시되지 않을"
                       r"(?:으로|로)\s+(?:출시\s*)?(?:시점|시기|일정|일)(?:을|를)\s*조정|"  # "3월로 출시 시점을 조정"
                       r"(?:에서|서)\s+(?:\S+\s+){0,3}?\S*(?:으로|로)\s*(?:변경|옮기|옮겼|옮긴)")  # "10월 11일에서 내년 1월 24일로 변경"
RELEASED = re.compile(r"(?:출시|공개|론칭|런칭|데뷔|릴리스|시작|개시|출범|출격|발매|오픈)(?:했|됐|된\s*(?:지|뒤|후|이후)|돼\s*있|되었)|선보였|선뵀|선봬|"
                      r"(?:판매|공급|시판)에\s*(?:들어갔|돌입했)|"
                      r"(?:출시|공개|시작|개시|발매|오픈)되자(?=\s)|"  # "판매가 시작되자 … 몰려들었다": when it happened
                      r"내놓았|내놨|베일을\s*벗었|released|launched|unveiled")
FUTURE = re.compile(r"(?:^\s*(?:하는|되는)\s|할|될|(?<!\d)(?<!\d\s)일|인다|한다|된다|하겠|예정|계획|전망|목표|방침|이르면|빠르면|오는)")

KNOWN_MODELS = (
    "하이퍼클로바X", "하이퍼클로바 X", "HyperCLOVA X", "HyperCLOVA", "하이퍼클로바", "클로바X", "CLOVA X", "큐:", "KoGPT",
    "코GPT", "코지피티", "A.X", "에이닷엑스", "그록", "Grok", "GPT-3", "GPT-4o", "GPT-5", "소라", "Sora", "바드", "Bard",
    "카나나", "Kanana", "엑사원", "EXAONE", "믿음", "에이닷", "A.", "가우스", "Gauss", "솔라", "Solar", "바르코", "VARCO",
    "익시젠", "ixi-GEN", "에이닷엑스", "A.X", "Gemini", "제미나이", "GPT-4o", "GPT-4", "GPT-5", "ChatGPT", "챗GPT",
    "Llama", "라마", "Claude", "클로드", "갤럭시 AI", "빅스비",
)
MODEL_PATTERN = re.compile(
    r"(?<![A-Za-z0-9\-])(?:[A-Z]{2,}(?:-[A-Z]{2,}[a-z]*)+|"  # "QD-OLED": capitals joined by a hyphen are one name
    r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Za-z]+[-]?\d[A-Za-z0-9_.]*|[A-Z]{2,}[a-z]*|"
    r"(?<![가-힣])[가-힣]{1,3}\d{1,3}[A-Z]{1,2})"  # "샤오미의 미11T": a short Hangul name glued to its number and letter
    r"(?:[ -]?(?:X|\d+(?:\.\d+)?[a-z]?))?"
    r"(?![A-Za-z0-9])"
)
NOT_MODELS = {"ETF", "ETN", "REITS", "AI", "FCC", "PD", "LLM", "SLLM", "IT", "CEO", "CTO", "CFO", "COO", "CMO", "CSO", "CIO", "CPO", "CDO", "CISO", "GPU", "NPU", "API", "B2B", "B2C", "KT", "SK", "LG", "NAVER",
              "KAKAO", "KOSA", "TV", "PC", "SW", "HW", "R&D", "MOU", "IPO", "ICT", "AGI", "UX", "UI", "VR", "AR", "XR",
              "OS", "IR", "PR", "SDK", "K", "CES", "MWC", "ETRI", "NIA", "IITP", "KISA", "AWS", "MS", "IBM", "ESG",
              "FAB", "HBM", "DRAM", "GB", "TB", "MB", "BR", "HTTP", "HTTPS", "WWW", "JPG", "PNG", "GIF", "HREF", "SRC",
              "IMG", "HTML", "COM", "KR", "NEWS", "GOTY", "CBT", "OBT", "TCBT", "FGT", "MMORPG", "RPG", "FPS", "MMO", "IDC", "SNS", "OTT", "CPU", "SSD",
              # a car's class, not its name ("소형 SUV 모델 중심으로 신차 출시"); "레이 EV" is read whole (rules/events.py)
              "SUV", "EV", "PHEV", "HEV", "BEV", "LTE", "5G"}

# Who makes a well-known model: a sentence that names the model and no organisation
# ("15일 공개된 엑사원 4.0은") is about its maker, when the article names the maker.
MODEL_MAKERS = {
    "하이퍼클로바": ("네이버", "네이버클라우드", "naver"), "클로바": ("네이버", "네이버클라우드"), "큐:": ("네이버",),
    "kogpt": ("카카오", "카카오브레인"), "코gpt": ("카카오", "카카오브레인"), "코지피티": ("카카오", "카카오브레인"),
    "카나나": ("카카오",), "kanana": ("카카오",), "엑사원": ("lg ai연구원", "lg"), "exaone": ("lg ai연구원", "lg"),
    "믿음": ("kt", "케이티"), "에이닷": ("skt", "sk텔레콤"), "a.x": ("skt", "sk텔레콤"), "가우스": ("삼성전자", "삼성"),
    "갤럭시": ("삼성전자", "삼성"), "솔라": ("업스테이지",), "solar": ("업스테이지",), "바르코": ("엔씨소프트", "엔씨", "nc ai"),
    "varco": ("엔씨소프트", "엔씨", "nc ai"), "익시젠": ("lg유플러스",), "gpt": ("오픈ai", "openai"), "챗gpt": ("오픈ai", "openai"),
    "소라": ("오픈ai", "openai"), "제미나이": ("구글",), "gemini": ("구글",), "바드": ("구글",), "라마": ("메타",),
    "llama": ("메타",), "클로드": ("앤트로픽",), "claude": ("앤트로픽",), "그록": ("xai",), "아이폰": ("애플",),
}
# --- organisations (for events whose rule names no entity) -----------------------------
KNOWN_ORGS = (
    "네이버", "카카오", "삼성전자", "삼성", "LG", "SK텔레콤", "SKT", "SK", "KT", "LG유플러스", "쿠팡", "업스테이지",
    "구글", "오픈AI", "OpenAI", "메타", "애플", "아마존", "마이크로소프트", "MS", "엔씨소프트", "엔씨", "크래프톤",
    "넷마블", "솔트룩스", "코난테크놀로지", "뤼튼", "포티투마루", "스캐터랩", "트웰브랩스", "리벨리온", "퓨리오사AI",
    "사피온", "엔비디아", "인텔", "AMD", "퀄컴", "바이두", "알리바바", "텐센트", "딥시크", "앤트로픽", "마음AI",
    "NC", "현대차", "한컴", "더존비즈온", "KAIST", "카이스트", "ETRI", "서울대", "모티프테크놀로지스",
)
ORG_SUFFIXES = ("전자", "그룹", "텔레콤", "클라우드", "연구원", "은행", "뱅크", "증권", "바이오", "소프트", "테크", "랩스",
                "모빌리티", "엔터", "게임즈", "네트웍스", "시스템즈", "솔루션", "솔루션즈", "통신", "화학", "제약",
                "중공업", "건설", "카드", "생명", "손해보험", "손보", "화재", "에너지", "반도체", "디스플레이", "모터스", "브레인",
                "헬스케어", "유플러스", "플러스", "페이", "엔터프라이즈", "테크놀로지", "테크놀로지스", "AI", "에이아이")
# Endings a list of names may share, written once on its last name ("한빛·새별투자·달빛증권" is
# three brokers, "한강·금강대" two universities): the index reads each earlier name with the ending.
LIST_SHARED_SUFFIXES = ("저축은행", "은행", "투자증권", "증권", "카드", "생명", "손해보험", "화재", "캐피탈", "자산운용", "금융지주",
                        "금융", "대학교", "대", "전자", "건설", "중공업", "제약", "바이오", "텔레콤", "그룹", "홀딩스",
                        "게임즈", "엔터테인먼트", "모빌리티", "시", "도", "군")
GENERIC_AI_PREFIXES = ("초거대", "생성형", "대화형", "한국형", "국산", "거대", "범용", "설명가능", "온디바이스", "피지컬",
                       "에이전트", "멀티모달", "소버린", "인공지능")
GENERIC_SUBJECTS = {"기업", "회사", "업체", "정부", "관계자", "이번", "그", "이", "업계", "협회", "협의회", "당국", "국내",
                    "해외", "국내외", "양사", "회사측", "측", "모두", "대부분", "일부", "다수", "곳", "기업들", "업체들",
                    "대기업", "중소기업", "스타트업", "참여기업", "회원사", "회장사", "주요", "대표", "플랫폼"}
