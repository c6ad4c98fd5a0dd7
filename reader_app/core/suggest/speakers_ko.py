"""Who said a Korean quotation: the topic/subject before it (KT 관계자는 "…"), or an interview caption."""

from __future__ import annotations

import re

from reader_app.core.suggest.korean import ends_with_particle, strip_particles

# A quotative ending right after the closing mark, and the reporting verbs that complete it.
QUOTATIVE = re.compile(
    r"(?:이?라고|고|이?라며|며|이?라면서도|면서도|면서|이?라면서|하며|하고|이?라(?=\s+(?:봤|본|밝혔|했)))(?=[\s,]|$)"
)
# `“…” 목표를 밝혔다`: a noun naming what the quotation is, between it and the reporting verb.
STATED_NOUN = re.compile(
    r"(?:이?라는|는|란)?\s*(?:목표|입장|계획|방침|각오|포부|뜻|의지|메시지|소감|견해|계획)(?:를|을|도)\s+"
)
# `"…"는 내용의 의견서를 전달했다`: the quotation is the content of a document someone sent or wrote.
CONTENT_OF = re.compile(r"(?:이?라는|는)\s+(?:내용|취지|문구)(?:의|을|를|이|가)\s")
# `“A” … \n또한 “B”`: a connective adverb alone between two quotations continues the same speaker.
CONNECTIVE = re.compile(r"\s*(?:또한|또|이어|이어서|그러면서|아울러|특히)\s*")
CHAIN = re.compile(r"(?:이?라며|며|이?라면서도|면서도|면서|이?라면서|하며|고)?[\s,]*$")
REPORT_VERB = re.compile(
    r"(?:말|밝|강조|덧붙|설명|전|언급|주장|지적|역설|답|물|토로|당부|내다봤|전망|예상|평가|보탰|호소|촉구|비판|반박|"
    r"해명|털어놓|털어놨|귀띔|했|하였|말한|밝힌|설명한|강조한|꼬집|짚|혹평|경고|진단|분석|관측|일축|자신|상기|"
    r"부연|조언|우려|비판|봤|본)"
    r"(?:했|혔|였|었|았)?(?:다|습니다|어요|죠)?"
)
_THIS_WAY = re.compile(r"(?:이같이|이렇게|이와 같이|이처럼)\s+\S*(?:말|강조|밝|설명|역설|전|주장|덧붙|언급)")
_CAPTION = re.compile(r"^[▶▷■]?\s*(?:인터뷰|녹취|싱크|스탠딩|인터뷰\(?\w*\)?)?\s*[:：]\s*(?P<name>[^/\n]+?)\s*/")
_TOPIC = ("께서는", "께서", "측은", "은", "는")
_SUBJECT = ("이", "가", "도")
_SKIPPABLE = frozenset(
    "이어 또 특히 다만 이에 이날 그러면서 한편 또한 아울러 역시 당시 최근 이어서 그리고 하지만".split()
)
_PRONOUNS = frozenset({"그", "그녀", "이", "그들"})
# Endings of a word that carries a case particle or is a verb, so cannot sit inside a name or title.
_NON_NOMINAL_END = re.compile(r"(?:[다며고서면해한된던할될는은을를에로의와과만]|에서|에게|한테|으로)$")
_PARENTHESES = re.compile(r"\([^()]*\)")
_GLUED = re.compile(r"[=/]")
_COPULAR = re.compile(r"[가-힣]{2,}(?:인|이자)$")


def _is_nominal(word: str) -> bool:
    if not re.search(r"[가-힣A-Za-z]", word) or re.search(r"[,.()\"'“”‘’\[\]]", word):
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z&.-]*", word):
        return True
    if word.endswith(("학과", "학부")):  # 컴퓨터과학과: a department, not a noun with the particle 과
        return True
    return not _NON_NOMINAL_END.search(word) and not word[0].isdigit()


def subject_before(prefix: str) -> str | None:
    """The topic (은/는) or, failing that, the subject (이/가) phrase nearest the end of `prefix`."""
    words = _PARENTHESES.sub("", prefix).split()  # 피터 리(Peter Lee) 부사장 → 피터 리 부사장
    popped = []
    while words and words[-1] in _SKIPPABLE:
        popped.append(words.pop())
    if "역시" in popped and words and _is_nominal(words[-1]):
        words[-1] += "는"  # "X 역시" marks X as the subject just as "X는" does
    for particles in (_TOPIC, _SUBJECT):
        for index in range(len(words) - 1, max(-1, len(words) - 30), -1):
            word = words[index].strip("\"'“”‘’")
            particle = ends_with_particle(word, particles)
            if not particle:
                continue
            head = word[: -len(particle)]
            if not head or (particles is _SUBJECT and strip_particles(head) != head):
                continue
            if head.endswith(("대해서", "대해", "관해서", "관련해서", "로서", "으로서", "에서")):
                continue  # `환경에 대해서는 “…”`: a topic of the quotation, not its speaker
            phrase = [head]
            j = index - 1
            # A copular modifier (전문가인 미카 엔즐리, 과학자이자) describes the speaker; the name starts after it.
            while j >= 0 and len(phrase) < 5 and _is_nominal(words[j]) and not _copular(words[j]):
                glued = _GLUED.split(words[j])
                if len(glued) > 1:  # `그래픽=비즈워치강승건`: a caption credit glued to the name
                    phrase.insert(0, glued[-1])
                    break
                phrase.insert(0, words[j])
                j -= 1
            if j >= 0 and words[j] == "한":
                phrase.insert(0, "한")  # `한 자본시장 관계자`: one of a trade, as the guide's `one bond manager`
                owner = words[j - 1] if j > 0 else ""
                if owner.endswith("의") and len(owner) > 2 and _is_nominal(owner[:-1]):
                    phrase.insert(0, owner)  # `현대건설의 한 관계자`, as written
            while len(phrase) > 1 and phrase[0] in _SKIPPABLE:
                phrase.pop(0)  # `당시 한국기업거버넌스포럼은`: the adverb opens the clause, not the name
            return " ".join(phrase)
    return _bare_title(words)


def _bare_title(words: list[str]) -> str | None:
    """`이에 임 연구위원 "…"`: a name or surname and title right before the quote, with no particle."""
    if len(words) >= 2 and _TITLE.fullmatch(words[-1].strip("\"'“”‘’")) and _is_nominal(words[-2]):
        return f"{words[-2]} {words[-1]}"
    return None


def _copular(word: str) -> bool:
    """전문가인, 과학자이자: a modifier ending in the copula, unless it is a name that ends so (정다인)."""
    return bool(_COPULAR.search(word)) and not _korean_name(word) and not word.endswith(_NOUNS_IN_IN)


# Nouns that end in 인 themselves (법무법인, 외국인, 기업인): not the copula 인.
_NOUNS_IN_IN = ("법인", "개인", "국인", "본인", "업인", "제인", "융인", "론인", "송인", "예인", "리인", "장인", "대인")


def caption_speaker(text: str, line_start: int) -> str | None:
    """Broadcast copy: `▶ 인터뷰 : 김영호 / 롯데마트 대리` on the line before the quotation."""
    prev_end = text.rfind("\n", 0, max(0, line_start - 1))
    for _ in range(3):  # skip blank lines between caption and quote
        if prev_end < 0:
            return None
        line_begin = text.rfind("\n", 0, prev_end) + 1
        line = text[line_begin:prev_end].strip()
        if line:
            match = _CAPTION.match(line)
            return match.group("name").strip() if match else None
        prev_end = line_begin - 1
    return None


# Broadcast copy puts the caption on the quotation's own line: `[구병삼/통일부 대변인 : "…"]`, `<이름 / 직함> "…"`.
_INLINE_CAPTION = re.compile(r"[\[<]\s*(?P<name>[^/\[\]<>:：\n]+?)\s*/[^\[\]<>\n]*?(?:[:：]|>)\s*$")
# `<김주영 기자> "…"`: a reporter's stand-up, captioned with the name and the role only.
_REPORTER_CAPTION = re.compile(r"<\s*(?P<name>[가-힣]{2,4})\s+(?:기자|앵커|특파원|리포터)\s*>\s*$")
# A sentence that announces the quotation on the next line: `X는 이렇게 말한다`, `X는 이런 말을 했다`.
_ANNOUNCES = re.compile(
    r"(?:이같이|이렇게|이와 같이|다음과 같이|이런 말을|다음과 같은 말을)"
    r"\s+\S*(?:말|강조|밝|설명|역설|주장|덧붙|언급|했)\S*\s*$"
)


def inline_caption(line_prefix: str) -> str | None:
    match = _INLINE_CAPTION.search(line_prefix) or _REPORTER_CAPTION.search(line_prefix)
    return match.group("name").strip() if match else None


def announcing_speaker(previous_sentence: str) -> str | None:
    """The subject of `X는 이렇게 말했다` when the quotation follows on its own line."""
    match = _ANNOUNCES.search(previous_sentence.rstrip(" .:"))
    return subject_before(previous_sentence[: match.start()]) if match else None


def this_way_speaker(next_sentence: str) -> str | None:
    """A quotation standing alone, followed by `X는 … 이같이 강조했다`: X said it."""
    this_way = _THIS_WAY.search(next_sentence)
    if this_way is None:
        return None
    return subject_before(next_sentence[: this_way.start()])


def is_pronoun(speaker: str) -> bool:
    return speaker in _PRONOUNS


# Titles that follow a person's name (박보균 장관, 피터 리 총괄 부사장): the speaker is the name, as in English.
_TITLE = re.compile(
    r"\d*(?:부?회장|부?사장|대표(?:이사)?|이사장?|전무|상무|본부장|부장|차장|과장|팀장|실장|국장|원장|소장|센터장|"
    r"청장|장관|차관|총리|대통령|의원|위원장|대변인|교수|박사|연구원|연구위원|변호사|총재|사무총장|총장|의장|"
    r"시장|지사|대사|행장|고문|비서관|수석|애널리스트|이코노미스트|매니저|디렉터|엔지니어|(?:책임|선임|수석)연구원|연구관|CEO|CTO|CFO|COO|최고경영자|창업자|"
    # a department before the title: ETF사업부장, 리서치센터장, 투자전략팀장, 운용1팀장
    r"[A-Za-z가-힣0-9]{1,6}?(?:부장|팀장|실장|본부장|센터장))"
)
_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 "
    "우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 "
    "인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌".split()
)
# Last syllables of places and organisations (강원도, 서울시, 통일부, 국가안보실), never read as a person.
_ORG_END = tuple("도시군부청처실국당대사회단청")
# Words that open a role phrase rather than a name (이 회사 대표, 회사 측 대변인).
_NOT_NAME = frozenset(
    "이 그 저 해당 한 각 전 현 당시 회사 측 업체 기업 정부 당국 업계 현지 국내 해외 관련 신임 "
    # determiners and role nouns of anonymous speakers (다른 파트너 변호사, 한 고위 관계자)
    "다른 어느 모 일부 여러 고위 익명 파트너 관계자 담당자 임원 직원 간부 인사 소식통 전문가".split()
)


_ORG_WORDS = (
    "연구원",
    "연구소",
    "증권",
    "은행",
    "대학교",
    "대학",
    "협회",
    "재단",
    "공사",
    "위원회",
    "그룹",
    "전자",
    "금융",
)


def is_title(word: str) -> bool:
    return bool(_TITLE.fullmatch(word))


def is_surname(syllable: str) -> bool:
    return syllable in _SURNAMES


def is_role_word(word: str) -> bool:
    """A word that opens a role phrase (이 회사, 업계), ends like a place or organisation, or is no noun."""
    return word in _NOT_NAME or word.endswith(_ORG_END) or not _is_nominal(word)


def is_korean_name(word: str) -> bool:
    return _korean_name(word)


def _korean_name(word: str) -> bool:
    return (
        len(word) == 3
        and _hangul_word(word, 3)
        and word[0] in _SURNAMES
        and not word.endswith(_ORG_END)
        and word not in _NAME_SHAPED_NOUNS
    )


# Three-syllable nouns of business news that open with a surname syllable (반도체, 전기차) and would
# otherwise read as a person's name in `한빛전자의 반도체 수장 도경민 사장`.
_NAME_SHAPED_NOUNS = frozenset(
    "반도체 전기차 전문가 원자력 조선업 유통업 이사회 신사업 배터리 금융권 정치권 공급망 경영진 주주들 "
    "화학업 건설업 제조업 중소형 대기업 고객사 협력사 계열사 자회사 모회사 지주사 장기적 "
    "단기적 전세계 신제품 연구진 노동자 소비자 투자자 한동안".split()
)


def _hangul_word(word: str, longest: int) -> bool:
    return 1 <= len(word) <= longest and all("가" <= ch <= "힣" for ch in word)


def _organisation(word: str, organisations: frozenset[str]) -> bool:
    return word in organisations or word.endswith(_ORG_WORDS)


def name_only(phrase: str, organisations: frozenset[str] = frozenset()) -> str:
    """The person's name in `name [affiliation] title`; role-only phrases (KT 관계자, 김 차장) stay whole."""
    words = phrase.split()
    if len(words) < 2 or not _TITLE.fullmatch(words[-1]):
        return phrase
    first = words[0]
    if len(words) >= 3 and len(first) > 3 and _korean_name(first[-3:]) and _organisation(words[1], organisations):
        return first[-3:]  # a photo caption run into the name: `롯데손보송미정 한기평 수석연구원` → 송미정
    if len(words) >= 3 and len(words[1]) == 1 and _hangul_word(words[1], 1) and _hangul_word(first, 5):
        return f"{first} {words[1]}"  # 마리아 송 한빛전자 부사장: a one-syllable word after a name is a surname
    if _korean_name(first):
        return first  # 박보균 장관 → 박보균
    if len(words) >= 3:
        # `기획재정위원회 소속 조국혁신당 차규근 의원`: the name stands right before the title
        before_title = words[-2]
        if _korean_name(before_title) and before_title not in organisations:
            return before_title
    if len(words) == 3 and _korean_name(words[1]) and (first in organisations or first.endswith(_ORG_WORDS)):
        return words[1]  # 대신증권 김도윤 연구원 → 김도윤
    if len(words) >= 3 and not _TITLE.fullmatch(words[1]):
        second = words[1]
        foreign = all(
            _hangul_word(w, 5) and w not in _NOT_NAME and w not in organisations and not w.endswith(_ORG_END)
            for w in (first, second)
        )
        if foreign:
            return f"{first} {second}"  # 피터 리 마이크로소프트 부사장 → 피터 리
    return phrase


# A sentence that introduces a new speaker: a topic or subject phrase ending in a title or role.
_NEW_SPEAKER = re.compile(
    r"\S+(?:관계자|대표|연구원|위원|의원|교수|장관|애널리스트|변호사|회장|사장)(?:은|는|이|가|도)\s"
)


def same_speaker_goes_on(between: str) -> bool:
    """Whether text between two quotations is short and names nobody new, so the first speaker still talks."""
    return len(between) < 200 and _NEW_SPEAKER.search(between) is None
