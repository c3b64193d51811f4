"""Dating constructions met on development text (dev15d, third session of
2026-12-05).

1. A page's numeric stamp glued to the Latin word before it, as a scraper
   keeps the name of the icon a theme prints beside the date
   ("today14/03/2023", "calendar_today14-03-2023"): the date all the same,
   the day the lead's "اليوم" and weekdays count from (before, the word
   glued to the day hid the date, and the lead's "اليوم الثلاثاء" dated
   nothing).  Not a Latin code glued to numbers that make no date.
"""

from __future__ import annotations

from claims.extraction.dates import find_dates
from tests.extraction.helpers import one


def _isos(text: str) -> list[str | None]:
    return [d.iso for d in find_dates(text)]


def test_numeric_date_glued_to_an_icon_name() -> None:
    assert _isos("today14/03/2023 25") == ["2023-03-14"]
    assert _isos("calendar_today14-03-2023") == ["2023-03-14"]
    assert _isos("نشر event02.11.2021 في الموقع") == ["2021-11-02"]


def test_near_miss_latin_codes_glued_to_numbers() -> None:
    assert _isos("طائرة B737 من طراز MAX8 هبطت") == []
    assert _isos("الرمز AB12/45/2019 في السجل") == []
    assert _isos("رحلة MH17 سقطت فوق السهول") == []


GLUED_STAMP = (
    "الرباط: توقيف شخصين في قضية تهريب للعملة\n\n"
    "today14/03/2023 25\n\n"
    "أكد المتحدث باسم النيابة العامة كريم الودغيري في تصريح صحفي اليوم الثلاثاء "
    "أن “التحقيقات ما زالت جارية مع الموقوفين”.\n\n"
    "وقال الودغيري إن “المتهمين سيحالان على القضاء قريبا”.\n"
)


def test_glued_stamp_dates_the_lead_today() -> None:
    assert one(GLUED_STAMP, "التحقيقات ما زالت").date == "2023-03-14"
    assert one(GLUED_STAMP, "المتهمين سيحالان").date == "2023-03-14"
    text = GLUED_STAMP.replace("today14", "calendar_today14")
    assert one(text, "التحقيقات ما زالت").date == "2023-03-14"
