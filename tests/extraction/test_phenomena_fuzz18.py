"""Inputs the template fuzz of fuzz18 (sixth session of 2026-12-05) found
slow: each reduced to a minimal invented text.  Growth is measured as the
lines of the engine's Python run (test_fuzz_templates.growth: a count, not
a time; for a text four times longer a linear path runs about four times
the lines, a quadratic one sixteen).  The near misses pin what the faster
paths must still read.  Every sentence here is invented for the test.
"""

from claims.extraction.normalize import normalize
from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)

_GIVEN = ("سامر", "خليل", "نزار", "كريم", "فارس", "وليد", "رامي", "هشام")
_MIDDLE = ("مراد", "رشيد", "بشير", "منير", "سمير", "حسين", "لطفي", "توفيق")
_FAMILY = ("الحداد", "منصور", "الراشد", "العلوي", "الشامي", "سعيدان", "حجازي", "الأمين")


def _ministers(k: int) -> str:
    # k persons, each named in full once, a new name each time: three words
    # drawn from eight given, eight middle and eight family names
    return " ".join(
        f"وقال الوزير {_GIVEN[i % 8]} {_MIDDLE[(i // 8) % 8]}{i // 64 or ''} "
        f'{_FAMILY[(i // 512) % 8 if i >= 512 else (i * 3) % 8]} إن "الوفد سيصل غدا".'
        for i in range(k)
    )


def test_persons_named_one_after_another_are_read_in_linear_time():
    # canonical compared each person named with every person met before,
    # a Python step each, in its strict pass and again in its loose one
    # (growth 7.3 from 120 to 480 persons): the persons whose words can
    # neither hold the name's nor lie among them are passed over at C speed
    assert growth(_ministers, 100) < LINEAR_GROWTH


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_keeping_the_contract(text)]


def test_a_family_name_said_again_is_the_person_named_in_full():
    # near miss (the strict pass): the family name alone, after other
    # persons, is the one named with it
    text = (
        'وقال الوزير نزار منير الشامي إن "الميزانية جاهزة". وقال النائب وليد سعيدان '
        'إن "المجلس سيناقشها". وأضاف الشامي أن "الأرقام دقيقة".'
    )
    assert [normalize(s or "") for s in _speakers(text)] == [
        normalize("نزار منير الشامي"),
        normalize("وليد سعيدان"),
        normalize("نزار منير الشامي"),
    ]


def test_a_loose_spelling_is_the_person_met():
    # near misses (the loose pass): a doubled consonant written once, an
    # alif before و dropped, بن glued to the name after it
    for first, later in (
        ("كارل موللر", "مولر"),
        ("بيتر أولسون", "ولسون"),
        ("عبد الإله ابن كيران", "بنكيران"),
    ):
        text = (
            f'وقال المبعوث {first} إن "المحادثات مستمرة". وقالت النائبة هدى الحداد إن '
            f'"الجلسة انتهت". وأضاف {later} أن "الاتفاق قريب".'
        )
        got = _speakers(text)
        assert normalize(got[2] or "") == normalize(got[0] or ""), (first, got)


def test_a_fuller_name_later_is_the_one_person():
    # near miss: a family name first, the full name later, one person; a
    # given name before a full name met is another (his child's)
    text = (
        'قال الحداد إن "الحوار مفتوح". وقال كريم بشير الحداد إن "الأبواب مفتوحة". '
        'وأضاف الحداد أن "الموعد ثابت".'
    )
    got = _speakers(text)
    assert normalize(got[2] or "") == normalize("كريم بشير الحداد"), got
