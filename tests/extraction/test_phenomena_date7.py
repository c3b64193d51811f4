"""Dates of statements and cables, and where quotes begin and end (date7,
2026-12-04).

A year after لـ and the article: "برقية تعود للعام 2009", "مراسلة تعود
للعام 2011م" is a year as "لعام 2009" was (the trigger words of a bare
year had لعام/بعام/وعام only), so a cable dated so dates its writer's
words ("كتبت السفارة: «…»").  A year word with no year after it ("للعام
الثالث على التوالي") is none, and "لسنة 2003" stays no trigger: it gives
the year of a law ("قانون مكافحة الإرهاب لسنة 2003", "القانون رقم 10
لسنة 2003"), which a quote of its sentence would take.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from claims.extraction.dates import find_dates
from claims.extraction.normalize import normalize


def _said(text, start):
    for q in extract(text):
        if q.text.startswith(start):
            return q
    raise AssertionError(f"no quote {start!r} in {[q.text for q in extract(text)]}")


@pytest.mark.parametrize(
    "text, iso",
    [
        ("وهي مراسلة تعود للعام 2011، أرسلتها السفارة", "2011"),
        ("في برقية تعود للعام 2008 كتبها السفير", "2008"),
        ("وتعود الوثيقة للعام 2013م بحسب رقمها", "2013"),
    ],
)
def test_year_after_li_and_the_article(text, iso):
    assert [d.iso for d in find_dates(normalize(text))] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "فاز الفريق بالدوري للعام الثالث على التوالي",
        "وحوكم المتهمون بموجب القانون رقم 10 لسنة 2003 الخاص بالتجمهر",
    ],
)
def test_no_year_after_li_and_the_article(text):
    assert find_dates(normalize(text)) == []


def test_cable_dated_by_year_after_li_dates_its_writer():
    q = _said(
        "الوثيقة رقم 11AMMAN204 هي مراسلة تعود للعام 2011، أرسلتها السفارة الأمريكية "
        "في عمان إلى وزارة الخارجية.\n"
        "كتبت السفارة في الفقرة الثالثة من الوثيقة: «تسعى الحركة إلى توسيع قاعدتها "
        "بين الشباب في المحافظات الجنوبية قبل الانتخابات البلدية».",
        "تسعى الحركة",
    )
    assert q.date == "2011"
