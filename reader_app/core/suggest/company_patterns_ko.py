"""Korean company names the registry does not know: suffixes (한빛전자, KSS해운) and operators (X를 운영하는 Y)."""

from __future__ import annotations

import re

from reader_app.core.suggest.company_patterns_en import Candidate
from reader_app.core.suggest.korean import is_hangul, is_particle_tail

# Korean endings that mark a company name (한빛전자, KSS해운); longest first so 금융지주 beats 지주.
_KO_SUFFIXES = sorted(
    "금융지주 금융그룹 지주 그룹 은행 저축은행 증권 투자증권 금융투자 전자 텔레콤 자산운용 해운 건설 중공업 "
    "화학 제약 생명 화재 손해보험 카드 캐피탈 물산 상사 홀딩스 케미칼 제철 엔터테인먼트 바이오로직스 "
    "항공 조선해양 해상 파트너스 인베스트먼트 벤처스 게임즈 네트웍스 제과 식품 리테일 모터스 "
    "디스플레이 엔지니어링 로보틱스 랩스 테크놀로지 모빌리티 엔터프라이즈 헬스케어 커머스 솔루션즈 시스템즈 "
    "파이낸셜 스튜디오 테크 전력 신문".split(),
    key=len,
    reverse=True,
)
# Words before a suffix that make a common noun, not a name (시중은행, 대형건설, 인터넷전문은행).
_KO_GENERIC_PREFIXES = frozenset(
    "시중 지방 인터넷 인터넷전문 국책 중앙 상업 투자 일반 특수 민간 공공 대기업 계열 주요 대형 중소 중견 "
    "국내 해외 외국 외국계 글로벌 관계 전체 관련 주택 종합 전문 보험 이동 정보 차세대 친환경 전기 수소 "
    "스마트 가전 반도체 메모리 시스템 신재생 재벌 지역 저축 생명 손해 자동차 완성차 부품 소재 해외 "
    "여러 다른 모든 각 두 세 네 개별 개인 법인 신설 기존 우량 부실 경쟁 협력 납품 하청 상장 비상장 "
    "금융 증권 은행 건설 화학 제약 항공 조선 기업 회사 업체 민영 국영 공기업 우리 이 그 해당 슈퍼 초대형 "
    "바이오 나노 디지털 인공지능 핀 공유 도심 도심항공 마이크로 퍼스널 하이 로우 딥 에듀 푸드 애그 프롭 리걸 "
    "헬스 뷰티 클린 그린 석유 정밀 애드 상향 하향 "
    # Securities, not firms: 주가연계증권 (ELS), 파생결합증권, 자산유동화증권, 수익증권, 주식예탁증권.
    "주가연계 파생결합 유동화 자산유동화 수익 예탁 주식예탁 신주인수권 전환 교환 지분 채무 담보 "
    "신종자본 자본성 후순위 조건부자본 영구 하이브리드".split()
)
# Suffixes that are also common nouns (소비전력 power use, 군사전력 military strength, 종이신문 print papers):
# the words before them that make the common noun.
_KO_SUFFIX_GENERIC = {
    "전력": frozenset(
        "소비 예비 대기 공급 잉여 필요 송전 발전 산업 가정 평균 최대 순간 정격 출력 상용 비상 무정전 태양광 풍력 "
        "원전 원자력 재생 군사 해군 공군 육군 전투 방위 국방 재래식 미군 선수 공격 수비 핵심 추가 예비군".split()
    ),
    "신문": frozenset(
        "종이 지역 일간 주간 월간 석간 조간 영자 무료 대학 학교 학급 경제 스포츠 인터넷 온라인 지방 중앙 전국 "
        "외국 현지 미국 일본 중국 유력 보수 진보 전자".split()
    ),
}
_KO_WORD = re.compile(r"[0-9A-Za-z가-힣&]+")
_KO_ANY_SUFFIX = re.compile("|".join(_KO_SUFFIXES))  # a cheap filter before the particle analysis
KO_SUFFIXES = tuple(_KO_SUFFIXES)  # for the registry build: which DART names are worth an English lookup


# "X를 운영하는 Y": whoever operates a store chain, platform or plant is, in business news, a company.
_KO_OPERATOR = re.compile(r"(?:을|를)\s+운영하는\s+([0-9A-Za-z가-힣&]+)")
_KO_GENERIC_OPERATORS = frozenset("업체 회사 기업 곳 기관 측 사업자 법인 정부 지자체 단체 주체 점주 가맹점주".split())


def korean_operators(text: str) -> list[Candidate]:
    found = []
    for match in _KO_OPERATOR.finditer(text):
        word = match.group(1)
        stem = word
        for cut in range(2, len(word) + 1):
            if is_particle_tail(word[cut:]):
                stem = word[:cut]
                break
        if stem in _KO_GENERIC_OPERATORS or len(stem) < 2 or stem.endswith(("부", "청", "처", "시", "군", "구", "원")):
            continue
        found.append(Candidate(match.start(1), match.start(1) + len(stem), 0.45, "ko-operator"))
    return found


def korean_suffix_names(text: str) -> list[Candidate]:
    """Korean words ending in a company suffix, particles left outside: KSS해운의 → KSS해운."""
    found = []
    for match in _KO_WORD.finditer(text):
        word = match.group()
        if not _KO_ANY_SUFFIX.search(word, 1):
            continue
        for cut in range(len(word), 1, -1):
            if not is_particle_tail(word[cut:]):
                continue
            stem = word[:cut]
            suffix = next((s for s in _KO_SUFFIXES if stem.endswith(s)), "")
            if not suffix:
                continue
            prefix = stem[: -len(suffix)]
            generic = _KO_SUFFIX_GENERIC.get(suffix, frozenset())
            if _ko_prefix_ok(prefix) and not any(prefix.endswith(g) for g in generic):
                found.append(Candidate(match.start(), match.start() + cut, 0.5, "ko-suffix"))
            break
    return found


def _ko_prefix_ok(prefix: str) -> bool:
    if not prefix or prefix.isdigit() or prefix in _KO_GENERIC_PREFIXES:
        return False
    latin = sum(1 for ch in prefix if ch.isascii() and ch.isalpha())
    hangul = sum(1 for ch in prefix if is_hangul(ch))
    if latin == 0 and hangul < 2:
        return False
    # A prefix that itself ends in a generic word (국내대형) is still generic.
    return not any(prefix.endswith(g) and len(g) >= 2 for g in _KO_GENERIC_PREFIXES)
