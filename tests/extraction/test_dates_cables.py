"""Date expressions in every Arabic month system, and cable references."""

import pytest

from claims.extraction import find_cable_refs, normalize, parse_date
from claims.extraction.cables import normalize_cable_ref
from claims.extraction.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egyptian / Gulf
        ("في 3 يناير 2011", ("2011-01-03", "day")),
        ("أبريل 2009", ("2009-04", "month")),
        ("اغسطس 2012", ("2012-08", "month")),
        # Maghrebi (Algeria, Tunisia)
        ("في جانفي 2010", ("2010-01", "month")),
        ("فيفري 2010", ("2010-02", "month")),
        ("16 جوان 2009", ("2009-06-16", "day")),
        ("جويلية 2012", ("2012-07", "month")),
        ("أوت 2013", ("2013-08", "month")),
        ("افريل 2014", ("2014-04", "month")),
        # Moroccan
        ("5 يوليوز 2016", ("2016-07-05", "day")),
        ("غشت 2011", ("2011-08", "month")),
        ("شتنبر 2008", ("2008-09", "month")),
        ("نونبر 2015", ("2015-11", "month")),
        ("دجنبر 2012", ("2012-12", "month")),
        # Levantine / Iraqi
        ("كانون الثاني 2011", ("2011-01", "month")),
        ("شباط 2010", ("2010-02", "month")),
        ("آذار 2011", ("2011-03", "month")),
        ("اذار 2011", ("2011-03", "month")),
        ("نيسان 2008", ("2008-04", "month")),
        ("أيار 2018", ("2018-05", "month")),
        ("حزيران 2007", ("2007-06", "month")),
        ("تموز 2006", ("2006-07", "month")),
        ("آب 2006", ("2006-08", "month")),
        ("أيلول 2001", ("2001-09", "month")),
        ("تشرين الأول 2007", ("2007-10", "month")),
        ("تشرين الثاني 2004", ("2004-11", "month")),
        ("كانون الأول 2010", ("2010-12", "month")),
        # dual forms
        ("12 شباط/فبراير 2010", ("2010-02-12", "day")),
        ("فبراير/ شباط 2011", ("2011-02", "month")),
        ("كانون الثاني (يناير) 2012", ("2012-01", "month")),
        ("أيلول/ سبتمبر 2008", ("2008-09", "month")),
        # years
        ("نهاية 2009", ("2009", "year")),
        ("العام 2009", ("2009", "year")),
        ("في عام 2003", ("2003", "year")),
        ("مطلع 2011", ("2011", "year")),
        # digits
        ("١٥ أيار ٢٠١٨", ("2018-05-15", "day")),
        ("۳ مارس ۲۰۰۹", ("2009-03-03", "day")),
        ("16/02/2010", ("2010-02-16", "day")),
        ("2010-02-16", ("2010-02-16", "day")),
        # nothing usable
        ("في 16 سبتمبر", (None, None)),
        ("مارس الضغط على الحكومة", (None, None)),
        ("اطلق الف طلقة", (None, None)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_relative_dates_are_flagged():
    [since] = find_dates(normalize("منذ جوان 2009"))
    assert since.relative
    [plain] = find_dates(normalize("في جوان 2009"))
    assert not plain.relative


def test_inconsistent_dual_month_keeps_only_the_year():
    assert parse_date("شباط/مارس 2010") == ("2010", "year")


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("البرقية 10PARIS191 تكشف", ["10PARIS191"]),
        ("البرقيتان (09 STATE 12345) و10-paris-191", ["09STATE12345", "10PARIS191"]),
        ("و08TUNIS679 و١٠PARIS١٩١", ["08TUNIS679", "10PARIS191"]),
        ("في 12 may 2010 و12 april 2010", []),
        ("بلا مراجع", []),
        ("10PARIS191 ثم 10PARIS191 مرة أخرى", ["10PARIS191"]),
    ],
)
def test_find_cable_refs(text, refs):
    assert find_cable_refs(text) == refs


def test_normalize_cable_ref():
    assert normalize_cable_ref("10 paris 0191") == "10PARIS191"
    assert normalize_cable_ref("not a cable") is None


def test_preceding_word_matches_the_regex_it_replaces():
    import random

    from claims.extraction import dates

    rng = random.Random(7)
    pieces = ["a", "ب", "_", " ", "\n", "\t", ".", "،", "1", "٣", "\u00a0", "منذ", "قبل ", "²"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        m = dates._PRECEDING_WORD.search(text, max(0, start - 20), start)
        assert dates._preceding_word(text, start) == (m.group(1) if m else "")


def test_ordinal_days_and_year_of_the_narrative():
    from claims.extraction import normalize
    from claims.extraction.dates import find_dates

    text = normalize(
        "في الثاني من آب 2006 التقى. وبعد أسبوع، في 9 آب، قال. وفي تشرين الأول من العام "
        "نفسه كتب. وفي 15 كانون الثاني الماضي قال"
    )
    assert [d.iso for d in find_dates(text)] == ["2006-08-02", "2006-08-09", "2006-10", None]
