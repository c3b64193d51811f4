"""Phenomena the engineers of the third session of 2026-12-02 saw but left.

Every article here is written for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_city_after_a_noun_in_construct_belongs_to_the_title():
    # "رئيس غرفة تجارة حلب، X:": تجارة, indefinite, takes the city as its
    # genitive; the name is the one the commas set off, before the colon
    text = (
        "ارتفعت أسعار المواد الغذائية في الأسواق السورية خلال الشهر الماضي.\n\n"
        "وقال رئيس غرفة صناعة حمص، سليم العطار: «المعامل تعمل بنصف طاقتها منذ الشتاء».\n"
    )
    q = one(text, "المعامل تعمل")
    assert same_name(q.speaker, "سليم العطار"), q
    assert q.role == "رئيس غرفة صناعة حمص", q
