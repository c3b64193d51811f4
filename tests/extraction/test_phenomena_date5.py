"""Phenomena of the date of a quote found in the probe sets and the date
misses of the real development sets (date5 session).

Every article here is written for the test, in sentences that are not in
those sets; each positive test fails without the rule it names.
"""

from tests.extraction.helpers import one

# --- a wire dateline whose agency stands in slashes or brackets ---------------


def test_wire_dateline_with_agency_in_slashes_dates_the_lead():
    # "أبوظبي في 21 نوفمبر 2023 / وام /": a wire dispatch, the day's news,
    # like "أريحا 5-3-2024 وفا -", though the lead names no day
    text = (
        "أبوظبي في 14 مارس 2022 / وام / أكدت وزيرة البيئة مريم الحمادي أن "
        "«خطة التشجير تسير وفق الجدول»."
    )
    assert one(text, "خطة التشجير").date == "2022-03-14"


def test_wire_dateline_with_agency_in_brackets_on_its_own_line():
    text = (
        "طرابلس 3 يونيو 2021 (أ ف ب) -\n"
        "قال المتحدث باسم الحكومة كمال الزاوي إن «الانتخابات ستجرى في موعدها»."
    )
    assert one(text, "الانتخابات ستجرى").date == "2021-06-03"


def test_a_bare_date_heading_the_text_still_dates_nothing():
    # (negative) no agency after the date: the convention stands, a bare
    # date heading the text dates none of its undated statements
    text = "14 مارس 2022\nأكدت وزيرة البيئة مريم الحمادي أن «خطة التشجير تسير وفق الجدول»."
    assert one(text, "خطة التشجير").date is None


def test_a_date_with_digits_in_brackets_is_no_agency():
    # (negative) "(الموافق 12 شعبان)": brackets with digits, no agency
    text = (
        "الرياض 14 مارس 2022 (الموافق 11 شعبان 1443)\n"
        "أكدت وزيرة البيئة مريم الحمادي أن «خطة التشجير تسير وفق الجدول»."
    )
    assert one(text, "خطة التشجير").date is None
