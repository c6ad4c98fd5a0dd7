"""Closed word lists the detectors share: legal suffixes, non-company heads, titles, places, acronym stop-list.

These are general facts of English and Korean business writing, not lists drawn from any one article.
"""

from __future__ import annotations

# English legal-form words that end a company name. Strong ones mark a company on their own.
STRONG_SUFFIXES = frozenset(
    "Inc Inc. Incorporated Corp Corp. Corporation Co Co. Cos Company Ltd Ltd. ltd Limited PLC Plc plc "
    "AG SA S.A. NV N.V. SpA S.p.A. GmbH LLC L.L.C. LP L.P. Bhd KK Pty Oyj AB ASA".split()
)
# Weaker heads: frequent in company names but also in other organisations, so they need a distinctive name.
WEAK_SUFFIXES = frozenset(
    "Group Holdings Holding Bancorp Bancshares Bank Banking Securities Partners Industries Airlines Motors "
    "Technologies Brothers Bros Enterprises Investments Associates Insurance Petroleum Chemicals Entertainment "
    "Air Airways Pharmaceuticals Pharma".split()
)
SUFFIX_WORDS = STRONG_SUFFIXES | WEAK_SUFFIXES

# A name containing one of these is an organisation that the guide does not count as a company.
NON_COMPANY_HEADS = frozenset(
    "University College Institute School Academy Ministry Department Commission Committee Agency Bureau "
    "Council Association Federation Government Court Parliament Congress Senate Party Foundation Society "
    "Reserve Treasury Exchange Authority Organization Organisation Nations Union Index Average Administration "
    "Office Service Police Army Navy League Coalition Alliance Consortium Center Centre Hospital Church "
    "Cabinet Embassy Secretariat Tribunal Fund Board Family Kingdom Province Force".split()
)

# Capitalised words that open sentences or phrases without being part of a name.
LEADING_STOPWORDS = frozenset(
    "The A An In At On For By With From To As But And Or Its It Their His Her Our Your This That These Those "
    "Both Each Some Many Most Analysts Analyst Shares Earlier Yesterday Today Tomorrow Last Next Meanwhile Also "
    "However Under After Before While When Since Unlike Like Other Another Such Several Former Rival Units "
    "Unit Chairman President Chief Executive Officials Sources Traders Dealers Brokers Investors If Although "
    "Though Despite Because Including Among Between Over Into Through During Against Without".split()
)

# Words that are too common to stand alone as a company's short form, even when capitalised in its name.
GENERIC_NAME_WORDS = frozenset(
    "american national general first united international pacific atlantic continental security republic "
    "federal royal standard union central western eastern northern southern new great global world "
    "financial capital trust savings investment investors bank banking securities insurance life health "
    "medical industrial industries international chemical chemicals energy oil gas petroleum steel motors "
    "electric electronics systems services service technologies technology communications data computer "
    "airlines air land estates properties property development holdings group partners brothers associates "
    "enterprises products foods food resources mining gold metals power home express china chinese japan "
    "japanese korea korean hong kong york texas california european asia asian america british canadian "
    "management merchant corporate commercial investment city state dean long short north south east west "
    "entertainment courier garment hotel hotels shanghai hongkong bankers traders brokers dealers analysts "
    "investors partners officials sources lease finance receivables trucks "
    # nationality adjectives open many names (Swedish Match) but never stand for the company alone
    "swedish german french italian dutch swiss australian indian mexican brazilian spanish irish scottish "
    "norwegian danish finnish russian taiwanese singaporean philippine indonesian malaysian thai belgian "
    "austrian polish israeli saudi turkish greek portuguese argentine chilean african arab".split()
)

# Titles and roles that stand before or after a person's name (said Finance Secretary Jaime Ongpin).
TITLE_WORDS = frozenset(
    "mr mrs ms dr prof sir secretary minister president vice chairman chairwoman chief executive officer "
    "director governor senator representative analyst economist strategist spokesman spokeswoman "
    "spokesperson manager head partner founder treasurer deputy general counsel trader dealer broker "
    "official officials professor researcher editor reporter commissioner mayor premier king queen prince "
    "finance trade foreign economy industry operating financial staff house fellow engineer scientist "
    "distinguished".split()
)

# Countries, regions and large cities: never a company on their own.
PLACES = frozenset(
    "America Asia Europe Africa Australia Canada China Japan Korea India Indonesia Germany France Britain "
    "England Italy Spain Russia Brazil Mexico Argentina Chile Peru Taiwan Thailand Vietnam Malaysia Singapore "
    "Philippines Switzerland Sweden Norway Denmark Finland Netherlands Belgium Austria Ireland Scotland Israel "
    "Egypt Nigeria Algeria Iran Iraq Kuwait Qatar Turkey Greece Poland Portugal Texas California Florida "
    "Illinois Ohio Michigan Chicago Boston London Paris Tokyo Osaka Seoul Busan Beijing Shanghai Manila "
    "Jakarta Bangkok Sydney Toronto Montreal Quebec Frankfurt Zurich Geneva Milan Madrid Washington Dallas "
    "Houston Atlanta Detroit Pittsburgh Hong Kong New York Los Angeles San Francisco Wall Street "
    "U.S. US U.K. UK".split()
)

# All-caps tokens that are not companies.
ACRONYM_STOPLIST = frozenset(
    "AI CEO CFO COO CTO CIO GDP GNP US USA UK EU UN IT TV PC IPO M&A R&D OPEC IMF WTO OECD NATO FBI CIA SEC "
    "FTC FDA ECB BOJ BOK NASA LNG LPG LCD LED OLED DRAM NAND SSD CPU GPU TPU API ATM VR AR IOT ESG ETF NFT "
    "SNS PB OK PR HR QA UI UX FAQ PDF USB GPS SUV EV ICT B2B B2C DB DNA RNA MRI CT PCR COVID WHO ILO G7 G20 "
    "ASEAN APEC NYSE NASDAQ KOSPI KOSDAQ DJIA CPI PPI PMI YTD EPS ROE PER PBR EBITDA VAT LBO MBO CD CP ABS "
    "MBS REIT NPL BIS KRW USD JPY EUR CNY DLRS DLR PCT MLN BLN CTS NOTE THE AND FOR NOT NEW TF KTV NEWS "
    "UNIST KAIST POSTECH ETRI KIST LA NY DC UAE HK AM PM II III IV VI CEOS OTC ADR ADRS GAAP FX EST GMT "
    "SME SMES KS KQ TSE LSE HKEX NCAA NBA NFL PGA MLB FIFA IOC PLC INC CO CORP LTD".split()
)

# Korean subsidiaries are named as the parent's brand plus an English loanword (네이버클라우드, 카카오페이):
# the loanword and its English form, used to name a subsidiary the registry does not list.
SUBSIDIARY_WORDS = {
    "클라우드": "Cloud",
    "엔터프라이즈": "Enterprise",
    "웹툰": "Webtoon",
    "페이": "Pay",
    "뱅크": "Bank",
    "모빌리티": "Mobility",
    "헬스케어": "Healthcare",
    "파이낸셜": "Financial",
    "커머스": "Commerce",
    "스튜디오": "Studios",
    "코리아": "Korea",
    "솔루션": "Solution",
    "솔루션즈": "Solutions",
    "에너지": "Energy",
    "게임즈": "Games",
    "엔터테인먼트": "Entertainment",
    "엔터": "Entertainment",
    "랩스": "Labs",
    "브레인": "Brain",
    "벤처스": "Ventures",
    "인베스트먼트": "Investment",
    "캐피탈": "Capital",
    "서비스": "Service",
    "테크": "Tech",
    "시스템즈": "Systems",
    "네트웍스": "Networks",
    "로보틱스": "Robotics",
    "바이오": "Bio",
    "머티리얼즈": "Materials",
    "인베스트": "Invest",
    "스토어": "Store",
}
