"""Encoding detection: BOMs, declared and chosen charsets, legacy Korean, and the mojibake traps."""

from __future__ import annotations

import codecs

import pytest

from reader_app.core.importing import ImportFailure, parse_bytes
from reader_app.core.importing.decoding import canonical_codec, decode
from reader_app.core.importing.plausibility import PLAUSIBLE_FLOOR, score

KOREAN = "우리금융그룹은 올해 인공지능 사업을 핵심 과제로 삼고 통신사와 협력을 넓히고 있다.\n"
ENGLISH = "The bank said on Monday it expects profit to rise this year.\n"
JAPANESE = "トヨタ自動車は決算を発表した。今期の営業利益は過去最高となる見通しだ。\n"
# Hiragana's Shift-JIS trail bytes are valid CP949 trail bytes: this decodes as CP949 without error.
JAPANESE_CP949_TRAP = "今日は良い天気ですね。東京で会議があります。\n"


def _decode(data: bytes, **kwargs) -> tuple[str, str]:
    decoded = decode(data, filename="sample.txt", **kwargs)
    return decoded.text, decoded.encoding


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_a_byte_order_mark_decides_and_is_not_part_of_the_text(bom, codec):
    text, used = _decode(bom + KOREAN.encode(codec))
    assert text == KOREAN
    assert used in ("utf-8-sig", "utf-16")


def test_utf8_without_bom_is_read_as_utf8():
    assert _decode((KOREAN + ENGLISH).encode("utf-8")) == (KOREAN + ENGLISH, "utf-8")


def test_utf8_cut_off_mid_character_stays_utf8_with_a_warning():
    data = (KOREAN * 3).encode("utf-8")[:-3]  # drops ".\n" and the last byte of the final 다
    decoded = decode(data, filename="cut.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(KOREAN * 2)
    assert decoded.warnings


def test_a_long_cp949_file_is_recognised():
    text, used = _decode((KOREAN * 5).encode("cp949"))
    assert text == KOREAN * 5
    assert used == "cp949"


@pytest.mark.parametrize("short", ["삼성", "우리금융", "KT와 손잡다", "주가 3% 상승"])
def test_short_cp949_text_that_fools_detectors_is_still_korean(short):
    assert _decode(short.encode("cp949")) == (short, "cp949")


def test_sparse_korean_in_english_text_is_recognised():
    sparse = "Samsung Electronics (삼성전자) reported record sales on Tuesday, the company said.\n" * 3
    assert _decode(sparse.encode("cp949")) == (sparse, "cp949")


def test_shift_jis_that_decodes_as_cp949_without_error_is_not_taken_for_korean():
    data = JAPANESE_CP949_TRAP.encode("shift_jis")
    nonsense = data.decode("cp949")  # the trap: no error, but Hangul nobody writes
    assert score(nonsense) < PLAUSIBLE_FLOOR
    try:
        text, used = _decode(data)
    except ImportFailure as failure:
        assert "encoding" in str(failure)
    else:
        assert used != "cp949"
        assert text == JAPANESE_CP949_TRAP


def test_mojibake_scores_low_and_real_text_high():
    for real in (KOREAN, ENGLISH, "café crème — “quoted”"):
        assert score(real) > 0.95
    assert score(JAPANESE) > PLAUSIBLE_FLOOR
    for garbled in (
        KOREAN.encode("cp949").decode("cp1252", "replace"),
        KOREAN.encode("utf-8").decode("cp1252", "replace"),
        JAPANESE.encode("shift_jis").decode("cp949", "replace"),
    ):
        assert score(garbled) < 0.5


def test_latin1_family_text_is_read_as_cp1252():
    data = "Café owners expect “record” sales — the co-operative’s report\n".encode("cp1252")
    text, used = _decode(data)
    assert text.startswith("Café owners expect “record”")
    assert used == "cp1252"


def test_the_users_choice_wins_and_reports_garbling():
    data = KOREAN.encode("cp949")
    decoded = decode(data, filename="a.txt", chosen="shift_jis")
    assert decoded.encoding == "cp932"
    assert decoded.warnings  # undecodable bytes or garbled text are reported, not hidden
    assert decode(data, filename="a.txt", chosen="EUC-KR").text == KOREAN


def test_an_unknown_chosen_encoding_fails_clearly():
    with pytest.raises(ImportFailure, match=r"a\.txt: 'klingon' is not a known encoding"):
        decode(b"abc", filename="a.txt", chosen="klingon")


def test_a_declared_charset_is_used_and_a_wrong_declaration_is_survived():
    page = '<html><head><meta charset="euc-kr"><title>{}</title></head><body><p>{}</p></body></html>'
    korean = page.format("우리금융", KOREAN * 3)
    assert _decode(korean.encode("cp949"), declared="euc-kr")[1] == "cp949"
    # Declared EUC-KR but saved as UTF-8: the declaration fails strictly, UTF-8 follows.
    assert _decode(korean.encode("utf-8"), declared="euc-kr") == (korean, "utf-8")
    # Declared latin-1 but UTF-8 bytes: valid multi-byte UTF-8 is no accident.
    assert _decode(korean.encode("utf-8"), declared="iso-8859-1")[1] == "utf-8"


def test_utf16_without_bom_is_recognised_from_its_nul_pattern():
    text, used = _decode(ENGLISH.encode("utf-16-le"))
    assert (text, used) == (ENGLISH, "utf-16-le")


def test_html_meta_charset_reaches_the_decoder():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>'
        f"<body><p>{KOREAN * 4}</p></body></html>"
    )
    doc = parse_bytes(page.encode("cp949"), filename="page.html")
    assert doc.encoding == "cp949"
    assert "우리금융그룹은" in doc.text


def test_label_aliases_follow_browsers():
    assert canonical_codec("EUC-KR") == "cp949"
    assert canonical_codec("ks_c_5601-1987") == "cp949"
    assert canonical_codec("ISO-8859-1") == "cp1252"
    assert canonical_codec("utf8") == "utf-8"
    assert canonical_codec("nonsense-encoding") is None
