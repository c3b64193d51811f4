"""Phenomena of kw38b (strict xfails from the newest files). Every sentence
and name here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _date_of(text: str, start: str) -> str | None:
    (quote,) = [q for q in extract(text) if q.text.startswith(start)]
    return quote.date


class TestWordsToldToThePagesOwnOutlet:
    """ "بورتسودان 14 ديسمبر 2026 (سودان تربيون) — قال X، اليوم الاثنين، …",
    a cable of 2008 told of, then "وقال المحلل X لـ«سودان تربيون» إن «…»":
    words told to the outlet named in brackets after the dateline's date
    are the page's own reporting, of the day the lead tells, though older
    papers or another time were told before them (rev39's strict xfail);
    they were left undated (stamp_day refuses the page's day once cables or
    another time are told of)."""

    LEAD = (
        "كسلا 9 يناير 2025 (النيل نيوز) — قال المدير خالد بابكر، اليوم الخميس، "
        "إن «المستشفى سيفتح قريبا». وكان المستشفى قد أغلق في 4 أغسطس 2019 بعد "
        "الفيضانات. "
    )
    SAID = "إن «المعدات وصلت كاملة»."

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(LEAD + "وقال الطبيب عمر يوسف لـ«النيل نيوز» " + SAID, id="another-time"),
            pytest.param(
                LEAD.replace("، اليوم الخميس،", "") + "وقال الطبيب عمر يوسف لـ«النيل نيوز» " + SAID,
                id="no-today-in-the-lead",
            ),
            pytest.param(
                "عطبرة 20 فبراير 2025 (الشرق) — قال النقابي صالح حمد، اليوم الخميس، إن "
                "«العمال مضربون». وتعيد هذه الأزمة إلى الأذهان إضرابا عاما شهدته المدينة في "
                "5 مايو 1998. وأوضح المهندس بشير طه لـ«الشرق» أن «المعدات وصلت كاملة».",
                id="one-word-outlet",
            ),
        ],
    )
    def test_the_pages_day(self, text) -> None:
        day = text.split(" (")[0].split(" ", 1)[1]
        expected = {"9 يناير 2025": "2025-01-09", "20 فبراير 2025": "2025-02-20"}[day]
        assert _date_of(text, "المعدات") == expected, text

    @pytest.mark.parametrize(
        "said, date",
        [
            pytest.param("وقال الطبيب عمر يوسف لـ«الجزيرة» ", None, id="another-outlet"),
            pytest.param("وكان الطبيب عمر يوسف قد قال لـ«النيل نيوز» ", None, id="the-pluperfect"),
            pytest.param(
                "وقال الطبيب عمر يوسف لـ«النيل نيوز» في 5 أغسطس 2019 ",
                "2019-08-05",
                id="its-own-date",
            ),
            pytest.param(
                "وقال الطبيب عمر يوسف الأحد لـ«النيل نيوز» ", "2025-01-05", id="its-own-weekday"
            ),
        ],
    )
    def test_near_miss(self, said, date) -> None:
        assert _date_of(self.LEAD + said + self.SAID, "المعدات") == date

    def test_no_outlet_after_the_dateline(self) -> None:
        lead = self.LEAD.replace(" (النيل نيوز)", "").replace("، اليوم الخميس،", "")
        text = lead + "وقال الطبيب عمر يوسف لـ«النيل نيوز» " + self.SAID
        assert _date_of(text, "المعدات") is None
