"""The groups an absence is from: consortia, councils, alliances, programmes, selections.

Real reports rarely quote a group's name: they write it out (독자 AI 파운데이션 모델
프로젝트, 인터넷전문은행 예비인가), refer back to it (이 협의회, 1차 평가, 정예팀, 재공모)
or abbreviate it (독파모, 한경협). So a mention is either *named* (a name read whole, from
its first word to its head word) or *generic* (a stage or a bare head word), and a
generic mention, like a trigger sentence that names no group, means the group the
article is about: the named group it mentions most, counting the headline twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rules import lexicon as lx
from rules.korean import is_particle_run, squeeze_term


@dataclass(frozen=True)
class Group:
    name: str
    family: str
    named: bool
    owner: str = ""  # whose it is, told by 의 and kept in the name ('클레이튼의 거버넌스 카운슬')

    @property
    def unowned(self) -> str:
        """The name without its owner: an owner named is no team named after an organisation."""
        return self.name[len(self.owner):].lstrip() if self.owner else self.name


@dataclass(frozen=True)
class GroupMention:
    start: int
    end: int
    group: Group


_QUOTED = re.compile(
    r"(?:'([^'\n]{2,60})'|‘([^’\n]{2,60})’|\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”|′([^′\n]{2,60})′|″([^″\n]{2,60})″|"
    r"「([^」\n]{2,60})」|『([^』\n]{2,60})』|<([^>\n]{2,60})>)(?:\s*\([^)]*\))?\s*([가-힣A-Za-z]{0,8})")
_WORD = re.compile(r"(?:\d+\.(?=\d))?[가-힣A-Za-z0-9·&+\-~㎓㎒]+")  # ("3.4㎓ 대역": a decimal is one word)
_HEAD_ALTERNATION = "|".join(sorted((re.escape(h) for h in lx.GROUP_HEADS), key=len, reverse=True))
_HEAD = re.compile(rf"(?:{_HEAD_ALTERNATION})")
_APPOSITION = re.compile(rf"({_HEAD_ALTERNATION})(?:인|이라는|라는)\s*$")
# A token ends a name (going leftwards) when it carries a particle or is not name material.
_NAME_TOKEN = re.compile(r"^(?:\d+\.(?=\d))?[가-힣A-Za-z0-9·&+\-~㎓㎒]+$")  # "평택~오송선": a line from one city to another


def _blank_brackets(text: str) -> str:
    """Parenthesised asides (인공지능(AI), (독파모)) blanked out, offsets kept."""
    return re.sub(r"\([^()\n]{0,30}\)", lambda m: " " * len(m.group(0)), text)


# Longest first, spaces squeezed: computed once, not for every word of every article.
_HEADS = tuple((head, head.replace(" ", "")) for head in sorted(lx.GROUP_HEADS, key=len, reverse=True))


_TOKEN_MARKS = "'‘’\"“”[]()′″"  # quotes and brackets around a word, no part of it


def bare_group_word(token: str) -> bool:
    """A group's head word with nothing after it: '노조' is, '노조가' (its particle) is not."""
    found = group_of_token(token)
    return found is not None and found[1] == len(token.strip(_TOKEN_MARKS))


@lru_cache(maxsize=65536)
def group_of_token(token: str) -> tuple[Group, int] | None:
    """A group whose head ends `token` (particles allowed after it): the group and the
    length of the token up to the head's end. Words repeat across articles, so answers are kept."""
    token = token.strip(_TOKEN_MARKS)
    for head, squeezed in _HEADS:
        index = token.rfind(squeezed)
        if index < 0:
            continue
        end = index + len(squeezed)
        if head == "회의" and _BODY_ENDING_IN_HOE.search(token, 0, index + 1):
            continue  # "대한지방행정공제회의 주거래은행": a body's name with 의, no meeting
        tail = token[end:]
        if tail and not is_particle_run(tail) and not tail.startswith(("서", "에서", "에선")) \
                and not (tail.startswith("취소") and is_particle_run(tail[2:])):  # "자사고 지정취소": what was revoked
            continue
        name = token[:end]
        prefix = name[: index].strip().casefold()
        named = prefix not in lx.GENERIC_GROUP_PREFIXES and len(prefix) >= 2 and not lx.STAGE_PREFIX.search(prefix) \
            and head not in lx.REFERENCE_HEADS and re.split(r"[·ㆍ]", prefix)[-1] not in lx.GENERIC_GROUP_PREFIXES - {""}
        # ("로그인·계정인증": the word right before the head says what kind, here proving who one is)
        if lx.NOT_A_GROUP.search(name) or lx.STANCE_DECLARED.search(name):
            return None
        return Group(name, lx.GROUP_FAMILIES.get(head, head), named), end
    return None


# Roles a body chooses a company for, named by that body when told with 의 ("공제회의 주거래은행").
_ROLES_CHOSEN = frozenset({"주거래은행", "제휴은행", "거래증권사", "주간운용사", "운용사", "주관사", "주간사", "판매사", "금고"})

# A quoted name described as a body without a head word of its own ("투자자 그룹인 '…'", "국제 단체인 '…'").
_DESCRIBED_AS_BODY = re.compile(r"(?:그룹|단체|모임|네트워크|연합체)(?:인|이라는|라는)\s*$")

_BODY_ENDING_IN_HOE = re.compile(r"(?:공제|협|위원|중앙|학|연합|총|이사|협의|진흥|상공|연구|동창|후원|조합|경제인)회$")


def _known(text: str) -> list[GroupMention]:
    found = []
    for match in lx.KNOWN_GROUPS.finditer(text):
        name = match.group(0)
        found.append(GroupMention(match.start(), match.end(), Group(name, lx.KNOWN_GROUP_FAMILIES.get(name, "council"), True)))
    for match in lx.KNOWN_INDICES.finditer(text):
        found.append(GroupMention(match.start(), match.end(), Group(match.group(0), "index", True)))
    # "암스테르담에서 열리는 ISE에는 …": a Latin name told as an event held is a show, wherever the report
    # names it again ("ISE에 따르면")
    for name in dict.fromkeys(m.group(1) for held in (_HELD_EVENT, _EVENT_HELD) for m in held.finditer(text)):
        for match in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?:\s*20\d\d)?(?![A-Za-z0-9])", text):
            found.append(GroupMention(match.start(), match.end(), Group(match.group(0), "show", True)))
    return found


_HELD_EVENT = re.compile(r"(?:열리는|열린|개최되는|개최된|개막하는|개막한|개막되는)\s+([A-Z][A-Za-z0-9&\-]{1,15})(?:\s*20\d\d)?"
                         r"(?![A-Za-z0-9])(?=\s*(?:에|에서|은|는|이|가|을|를|의|,|\s))")


# "GDC 2020이 열릴 예정이던", "GDC 개최를 앞두고": the same, its name told before the word for holding it
# (not "KT가 개최한 행사": one that holds an event is its organiser, so 개최 only as a noun)
_EVENT_HELD = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]{1,15})(?:\s*20\d\d)?(?:이|가|은|는|의)?\s*"
                         r"(?:열리|열릴|열린|개최(?:를|을|가|는|에|와|\s))")


# A licence's stages read with the business they license ("한빛 사업 예비인가"), though 사업 is a head of its own.
_LICENCE_STAGES = frozenset({"예비인가", "본인가", "인가", "예비허가", "본허가"})


def group_mentions(text: str) -> list[GroupMention]:
    """Every group mention in `text`, in order: quoted names, names written out up to four
    words before their head word, the well-known abbreviations, and generic mentions."""
    found: list[GroupMention] = []

    def taken(start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in found)

    appositive: dict[str, Group] = {}
    for match in _QUOTED.finditer(text):
        inner = next(g for g in match.groups()[:-1] if g is not None).strip()
        after = match.group(match.lastindex or 0) if match.group(len(match.groups())) else ""
        # "'상하이 가전 박람회(AWE 2020)'": a name quoted with its short form in brackets is read by what is before
        # them, and keeps its short form; an aside in words ("(KOSA 산하)") is no part of the name
        aside = re.search(r"\s*\(([^()]*)\)$", inner)
        if aside is not None and not re.fullmatch(r"[A-Za-z0-9 .&+\-]+", aside.group(1)):
            inner = inner[: aside.start()]
        squeezed_inner = (inner[: aside.start()] if aside else inner).replace(" ", "")
        hit = group_of_token(squeezed_inner)
        if hit is not None and len(squeezed_inner) - hit[1] > 3:
            # "'앞으로 제휴 매체 심사에서는 … 평가할 것'이라고 말했다": a clause quoted runs on past its head word (심사
            # + 에서는 …), no name
            hit = None
        group: Group | None = None
        tail = group_of_token(after) if after else None
        if hit is not None and tail is not None and tail[0].family == "selection" and hit[0].family == "selection" \
                and not any(after[: tail[1]].endswith(h) for h in lx.REFERENCE_HEADS):
            group = Group(f"{inner} {after[: tail[1]]}", "selection", True)  # "'한빛 주간 운용사' 입찰": the contest for it
        elif hit is not None and (hit[0].named or not lx.STAGE_PREFIX.search(inner.split()[0]) and " " in inner):
            group = Group(inner, hit[0].family, True)  # quoted, 'AI 협정' is the report's name for it
        elif after:
            head = group_of_token(after)
            if head is not None and any(after[: head[1]].endswith(h) for h in lx.REFERENCE_HEADS):
                head = None  # "'AI 협정' 명단": the list of a group, not a longer name
            if head is not None and not lx.GENERIC_QUOTED.search(inner):
                group = Group(f"{inner} {after[: head[1]]}".strip() if after[: head[1]] else inner, head[0].family, True)
        elif hit is not None:
            group = hit[0]
        if group is None and inner in appositive:
            group = appositive[inner]  # named as a group once; quoted again later, still that group
        apposition = _APPOSITION.search(text, max(0, match.start() - 16), match.start())
        head = group_of_token(apposition.group(1)) if apposition is not None else None
        if group is None and apposition is None and _DESCRIBED_AS_BODY.search(text, max(0, match.start() - 16), match.start()):
            group = Group(inner, "alliance", True)  # "기후대응투자자 그룹인 '기후행동100+'에서 탈퇴했다": a body by name
            appositive.setdefault(inner, group)
        if apposition is not None and head is not None:
            # "국책 사업인 'K-바이오 랩허브'": the quoted name is that 사업's, and the head word is it too
            group = group or Group(inner, head[0].family, True)
            appositive.setdefault(inner, group)
            found.append(GroupMention(apposition.start(1), apposition.end(1), group))
        if group is not None:
            found.append(GroupMention(match.start(), match.end(), group))
    for mention in _known(text):
        if not taken(mention.start, mention.end):
            found.append(mention)
    blanked = _blank_brackets(text)
    words = list(_WORD.finditer(blanked))
    for index, word in enumerate(words):
        hit = group_of_token(word.group(0))
        if hit is None or taken(word.start(), word.end()):
            continue
        group, head_end = hit
        start, end = word.start(), word.start() + head_end
        if any(group.name.endswith(h) for h in lx.REFERENCE_HEADS):
            # 회원 명단, 3개 팀: a reference; but "3차 판호 발급 명단" says which list, in words of its own
            first = index
            while first > 0 and index - first < 4 and name_word(words[first - 1].group(0)) \
                    and not re.fullmatch(r"\d+(?:분기|반기|월|년|일)", words[first - 1].group(0)) \
                    and not blanked[words[first - 1].end():words[first].start()].strip():
                first -= 1
            if first > 0 and first < index and re.fullmatch(r"\d+차", words[first - 1].group(0)) \
                    and not blanked[words[first - 1].end():words[first].start()].strip():
                first -= 1  # "3차 판호 발급 명단": which round's list
            extra = [w.group(0).casefold() for w in words[first:index]]
            # only a round's list written out ("3차 판호 발급 명단"); "부문 후보작 명단" still refers to the main group
            if len(extra) >= 3 and re.fullmatch(r"\d+차", extra[0]) and any(w not in lx.GENERIC_GROUP_PREFIXES for w in extra):
                start = words[first].start()
                group = Group(re.sub(r"\s+", " ", text[start:end]).strip(), group.family, True)
            found.append(GroupMention(start, end, group))
            continue
        # Written out: extend leftwards over bare name words (no particle, not a verb form).
        first = index
        for back in range(index - 1, max(index - 5, -1), -1):
            token = words[back].group(0)
            gap = blanked[words[back].end() : words[first].start()]
            if gap.strip() or "\n" in gap:
                break  # a headline's last word is no part of the lead's first name
            # "전자서명 시범사업 후보사업자", "도쿄올림픽 선수단장 회의", "기후총회 공동선언": a programme or a show before
            # the role chosen in it, its meeting or its declaration
            inner = found[-1] if found and back == first - 1 and (group.family in ("selection", "pact") or _MEETING.search(word.group(0)[:head_end])) \
                else None
            if inner is not None and inner.end == words[back].end() and inner.group.family in ("project", "show") \
                    and (token not in lx.GROUP_HEADS or group.name in _LICENCE_STAGES
                         or inner.group.family == "show" and inner.group.named) and not lx.STAGE_PREFIX.search(token):
                # "전자서명 시범사업 후보사업자": a programme's name qualifies the role chosen in it; read whole
                found.pop()
                # (from the name's first word: the quote mark before it is no word of its own)
                first = next((i for i in range(back + 1) if words[i].start() >= inner.start), back)
                break
            if not name_word(token):
                # "확보·구축·운용 지원 사업": 지원 inside a name, when a name word comes before it
                # (정부 지원 사업 has none, and stays unnamed)
                # "대형수송기 2차 사업": a round inside a name, after a name word, likewise
                if token not in lx.WORDS_INSIDE_NAMES and not _ROUND_INSIDE_NAME.fullmatch(token) \
                        or back == 0 or not name_word(words[back - 1].group(0)) \
                        or blanked[words[back - 1].end() : words[back].start()].strip():
                    break
            if group.named and back > 0 and "," in blanked[words[back - 1].end() : words[back].start()] \
                    and name_word(words[back - 1].group(0)):
                break  # "엑손모빌, 화이자 다우지수에서": a list's last name before a group named whole (not a clause's
                # end: "B가 자리를 꿰찼고, KRX 바이오 K-뉴딜지수에선" reads from KRX)
            first = back
        if first < index:
            start = words[first].start()
            # ("'한빛 보급 사업'에 우선협상 대상자": the programme's quotes and its particle are no part of the name)
            name = re.sub(r"\s+", " ", re.sub(r"['‘’\"“”](?:에|의)?(?=\s)", "", text[start:end])).strip()
            extra = [w.group(0).casefold() for w in words[first:index]]
            if not group.named and not any(w not in lx.GENERIC_GROUP_PREFIXES for w in extra):
                pass  # "최대 AI협의체", "국내 AI 협의회": still no name
            elif not lx.STAGE_PREFIX.search(name.split()[0]):
                group = Group(name, group.family, True)
        # (a role chosen by its holder's name alone, "한빛공제회의 주거래은행", is named by that owner too)
        owner = _owner_before(words, first, blanked) if group.named or group.family == "selection" and first == index \
            and group.name in _ROLES_CHOSEN else None
        if owner is not None:
            # "클레이튼의 거버넌스 카운슬", "한빛거래소의 외부위탁운용 우선협상대상자": whose it is names it (the
            # mention still starts at the name: the owner is a mention of its own, maybe an organisation's)
            group = Group(f"{owner} {group.name}", group.family, True, owner)
        if lx.STANCE_DECLARED.search(group.name):
            continue  # "행사 불참 선언을 했다": an announcement, no declaration anyone signs
        if _KIND_OF_COMPANY.search(group.name):
            continue  # "토종 사모펀드(PEF) 운용사인 JKL파트너스": a kind of company, no role anyone is chosen for
        found.append(GroupMention(start, end, group))
    # "유엔 인권이사회 이사국": a well-known name that opens a longer name written out is part of it, not a mention
    # of its own
    known_inside = [m for m in found if m.group.named and any(
        o is not m and o.group.named and o.start <= m.start and m.end < o.end for o in found)]
    return sorted((m for m in found if m not in known_inside), key=lambda m: m.start)


_MEETING = re.compile(r"(?:회의|총회)$")


def _owner_before(words: list[re.Match[str]], first: int, blanked: str) -> str | None:
    """The owner a name is told with by 의 right before it ('클레이튼의 거버넌스 카운슬'): a name word, not a
    generic one ('정부의', '국내의') nor a time ('올해의')."""
    if first == 0 or blanked[words[first - 1].end() : words[first].start()] != " ":
        return None
    token = words[first - 1].group(0)
    stem = token[:-1]
    if not token.endswith("의") or len(stem) < 2 or not name_word(stem) or stem.casefold() in lx.GENERIC_GROUP_PREFIXES:
        return None
    return stem


# "대형수송기 2차 사업", "사회보장정보시스템 2단계 유지·관리 사업", "클라우드 전환 2차연도 1차 사업": a round or a
# stage inside a name, after a name word
_ROUND_INSIDE_NAME = re.compile(r"\d+(?:차|단계|차연도)")


def name_word(token: str) -> bool:
    if not _NAME_TOKEN.match(token) or token in lx.NOT_NAME_WORDS or group_of_token(token) is not None:
        return False
    if re.fullmatch(r"[\d.,·~]+(?:차|단계|개|곳|개사|번째|년|월|일|억|조|만|원|억원|조원|만원|%|명|팀|"
                    r"년간|년째|년만|개월|개월간|개월째|주년|주간|일간|회|회째)?", token) or lx.STAGE_PREFIX.fullmatch(token):
        return False  # "4년간 금고", "12년째 부금고": how long, not whose
    if re.fullmatch(r"\d+대|(?:\d+년)?\d+월(?:\d+일)?|.{0,4}(?:이상|이하|미만|초과|규모|수준|정도|가량|안팎|내외|이내)인", token):
        return False  # "세계 5대 자산운용사": a rank; "12월3일 입찰": when; "3조 원 이상인": how big, told of what follows
    if re.fullmatch(r"(?:이달|내달|다음달|이번달|연말|연초|연내|월말|월초|상반기|하반기)(?:말|초|중순)?|[가-힣]{1,4}(?:께|쯤)", token):
        return False  # "이달말께 본입찰": when it is held, not whose it is
    if re.fullmatch(r"(?:\d{2,4}(?:-\d{2,4})?)?시즌", token):
        return False  # "2025시즌 한빛리그", "올 시즌 한빛리그": when, not which league
    if re.fullmatch(r"[가-힣]{1,3}히", token):
        return False  # adverbs: "그간 꾸준히 서울모터쇼에 참여했던"
    if token in ("열린", "열리는", "치러진", "치러지는", "벌어진", "이어진", "마련된"):
        return False  # "이날 열린 국제대학스포츠연맹 집행위원회": when and where, not the name
    # A Hangul word ending in a particle or a verb ending is the end of something else.
    return not re.search(r"(?:[은는이가을를의에와과도로]|에서|에선|에서는|에는|에겐|에서만|에만|에게만|으로만|으로|로서|로써|에게|"
                         r"처럼|보다|까지|부터|마저|조차|"
                         r"하는|하고|두고|놓고|한|된|되는|(?<!역)할|될|(?:예정|계획|목표|준비\s?중|중)인|(?:라|어|러)든|"
                         r"만든|꾸린|세운|내놓은|선보인|"  # "거래소가 만든 코리아 밸류업 지수": who made it, no part of its name
                         r"나온|오른|나선|뛰어든|뛰어나|"  # "매물로 나온 한양증권의 우선협상대상자": what came up for sale
                         # an appositive's description: "사회적대화기구인 경제사회노동위원회"
                         r"(?:기구|기관|단체|업체|회사|기업|조직|모임|행사|전시회|박람회|협의체|플랫폼|\d위)인|"
                         r"했던|던|적인|적|진|난|뒤|후|면서|며|해서|들어|아서|어서|있어|없어|않아|같아|많아|좋아|[어아여해]야|받아|얻어|잡아|찾아|넣어|막아|맞아|맞서|해|돼|되어|하여|워|쳐|켜|려|혀|겨|"
                         # connective and final verb endings: "공식화했지만 컨소시엄", "없도록 … 협의체"
                         r"지만|도록|으나|는데|었다|였다|했다|한다|된다|니다|거나|다가|라며|다며|라고|다고|되면|하면|으면|시면|려면|"
                         # -고 after a verb stem: "…를 제치고 차세대 사업", "꺾고", "밀어내고"
                         r"치고|르고|리고|꺾고|내고|넘고|었고|았고|였고|했고|됐고|"
                         # "지분을 넘기고 합작법인", "손을 떼고", "정리하고": a verb joined to what follows
                         r"기고|우고|꾸고|추고|빼고|팔고|떼고|"
                         # "충족하지 못했기 때문이란 평가": a reason told, no name
                         r"이란|(?:하|되|않)지|(?:했|됐|였|었|았)기)$", token) or \
        token in lx.NAME_WORDS_ENDING_LIKE_PARTICLES or lx.NAME_ENDING_LIKE_PARTICLES.fullmatch(token) is not None


# A group named after an organisation is mostly that organisation's team, business or application
# (NC AI 컨소시엄, 네이버·카카오 예비인가), not what the article is about; an index named after its
# maker (MSCI 한국 지수, 다우지수) is what its members leave.
NAMED_AFTER_ITS_MAKER = ("index",)


# A public body a selection is named after runs it (인천시 1금고, 부산지법 공탁금 보관은행): that name is the
# selection's own, unlike a team's or an application's named after who leads it (NC AI 컨소시엄).
_PUBLIC_BODY = re.compile(r"(?:시|도|군|구|청|부|처|공사|공단|법원|지법|지원)$")


_KIND_OF_COMPANY = re.compile(r"(?:사모(?:투자)?\s*펀드|PEF)(?:\s*\((?:PEF|PE)\))?\s*운용사$")
_LINE_OF_BUSINESS_AFTER = re.compile(r"\s*(?:에\s*)?(?:진출|진입|다각화|확장|확대|강화|재편|철수)")


_WHERE_DECIDED = re.compile(r"(?:총회|회의|이사회|간담회|설명회|심사|선언)$")
# A first line that reads as a headline: short, no sentence ending ("진주시, 정원산업박람회 최종 선정…내년 개최")
_UNTITLED_HEADLINE = re.compile(r"\n?[^\n]{8,80}?(?<![다요죠]\.)(?<![다요죠])\n")
# Someone's words quoted ("지난 10년 동안 … 운영 서비스 평가에서 S등급을 받았다"며): what they speak of weighs half of what
# the report itself names
_REMARK = re.compile(r"[\"“][^\"”\n]{25,}[\"”]")
HOST_SEAT = re.compile(r"(?:개최지|개최도시|개최국|연고지)$")


def main_group(document: str, title_end: int, orgs: tuple[str, ...] = (),
               mentions: Sequence[GroupMention] | None = None) -> Group | None:
    """The named group an article is about: most mentioned, the headline counting twice; failing any
    name, the selection it keeps naming by its head alone (1금고, 시금고), so its losers still have one.
    `mentions`: the document's group mentions, when the caller has them already (they cost a walk)."""
    score: dict[str, float] = {}
    first: dict[str, tuple[int, Group]] = {}
    unnamed: dict[str, float] = {}  # "1금고에는 A, B, C가 도전장을 냈다": a selection with no name but its own
    remarks = [(m.start(), m.end()) for m in _REMARK.finditer(document)]
    if title_end <= 1 and (headline := _UNTITLED_HEADLINE.match(document)) is not None:
        # a page given whole, its headline the first line of the text (no title apart): that line counts as one
        title_end = headline.end()
    for mention in group_mentions(document) if mentions is None else mentions:
        group = mention.group
        squeezed = squeeze_term(group.name)
        if lx.SOURCE_AFTER.match(document, mention.end) or lx.STAGE_NAME.search(group.name):
            continue  # (a stage, '정성평가', is where they were weighed, not what the article is about)
        if group.family == "selection" and orgs and document[mention.end:mention.end + 1] == " " \
                and document[mention.end - 1:mention.end] == group.name[-1:] \
                and squeeze_term(document[mention.end + 1:mention.end + 40]).startswith(orgs):
            continue  # "사모펀드(PEF) 운용사 KCGI가": a role describing the organisation named next (no particle
            # between: "사업자로 A를 선정" names the role A won), no selection
        if squeezed in orgs and (re.match(r"\s*[,·ㆍ]", document[mention.end:mention.end + 3])
                                 or re.search(r"[,·ㆍ]\s*$", document[max(0, mention.start - 3):mention.start])):
            continue  # "A사업단, 사단법인 B, C 등 3곳은 지정 해제됐다": a body listed among bodies is one of them
        if group.family == "project" and _LINE_OF_BUSINESS_AFTER.match(document, mention.end):
            continue  # "가전·렌탈사업 진출": a line of business the buyer enters, no contest
        # A rival's consortium or a pool of candidates is who competes, seldom what the article is about.
        # A meeting or a review is where it was decided, and a host's seat is what was sought ("산림청 공모" in a race for
        # "정원산업박람회 개최지"): the one weighs half, the other half again.
        weight = (2 if mention.start < title_end else 1) * \
            (0.5 if group.family == "consortium" or squeezed.endswith("후보") or _WHERE_DECIDED.search(squeezed) else 1) * \
            (1.5 if HOST_SEAT.search(squeezed) else 1) * \
            (0.5 if any(start < mention.start and mention.end < end for start, end in remarks) else 1)
        if not group.named:
            head = next((h for h, squeezed_head in _HEADS if squeezed.endswith(squeezed_head)), "")
            prefix = squeezed[: len(squeezed) - len(head.replace(" ", ""))]
            if group.family == "selection" and prefix and not lx.STAGE_PREFIX.search(prefix) and \
                    prefix not in lx.GENERIC_GROUP_PREFIXES and head not in lx.REFERENCE_HEADS:
                unnamed[canonical(group.name)] = unnamed.get(canonical(group.name), 0) + weight
                first.setdefault(canonical(group.name), (mention.start, group))
            continue
        team = group.family == "consortium"
        if group.family not in NAMED_AFTER_ITS_MAKER and any(_named_after(org, group.unowned, team) and org != squeezed
                                                             and not (not team and _PUBLIC_BODY.search(org)) for org in orgs):
            continue
        key = canonical(group.name)
        score[key] = score.get(key, 0) + weight
        first.setdefault(key, (mention.start, group))
    for key in list(score):
        # "스마트양식 클러스터 조성 공모사업 … 이번 공모사업에는": the short name told after the long one is the same
        # selection, by the last words of its name
        longer = [k for k in score if len(k) > len(key) and k.endswith(key) and first[k][0] < first[key][0]]
        if longer:
            score[max(longer, key=len)] += score.pop(key)
    for key in list(score):
        seat = HOST_SEAT.search(key)
        if seat is not None and key[: seat.start()] in score:
            # "세계탁구선수권대회" told beside "세계탁구선수권대회 개최지": the event is what the race was for, each
            # mention of it is one of the seat sought
            score[key] += score[key[: seat.start()]]
    score = score or unnamed
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -first[k][0]))
    return first[best][1]


_PARTICLES_AFTER_NAME = frozenset("을 를 이 가 은 는 의 와 과 도 에 에서 로 으로 만".split() + [""])


def _named_after(org: str, name: str, team: bool) -> bool:
    """Whether the squeezed organisation name is whole words of `name`: a name inside a longer word names a place or
    a line ("인천도시철도 … 구축 사업" is no team of 인천's), not who leads it. A consortium (`team`) is named after
    its members whichever way it is written ("우리은행-MBK파트너스 컨소시엄")."""
    if team:
        return org in squeeze_term(name)
    words = [squeeze_term(word) for word in re.split(r"[\s·ㆍ,]+", name) if word]  # ('농협은행·국민은행 시금고')
    squeezed = "".join(words)
    bounds = {0} | {sum(len(w) for w in words[: i + 1]) for i in range(len(words))}
    at = squeezed.find(org)
    while at >= 0:
        end = at + len(org)
        rest = squeezed[end: min((b for b in bounds if b >= end), default=end)]
        if at in bounds and rest in _PARTICLES_AFTER_NAME:  # ("카카오를 한빛컵 개최국에서 제외": a quoted clause)
            return True
        at = squeezed.find(org, at + 1)
    return False


def canonical(name: str) -> str:
    """One key for the spellings of one name (K-칩 얼라이언스 / 'K-칩얼라이언스')."""
    return re.sub(r"[\s'‘’\"“”·()]", "", name).casefold()
