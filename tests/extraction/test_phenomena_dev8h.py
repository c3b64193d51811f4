"""Dates of the words said (dev8h, 2026-12-04).

The day something starts from ("ابتداء من 12 مارس 2019", "اعتبارا من (1
يناير)", "بدءا من"): the day a strike or a measure announced takes effect,
not the day of the telling; the words announcing it get no date from it.
A day told plainly in the cue's clause ("أعلنت النقابة يوم 12 مارس 2019
«…»") still dates them.
"""

from __future__ import annotations

from tests.extraction.helpers import said


def test_the_day_something_starts_from_is_no_date_of_the_words():
    for start in ("ابتداء من (12 مارس 2019)", "اعتبارا من 12 مارس 2019"):
        text = f"أعلنت النقابة دعمها لإضراب المعلمين {start} «في كل مدارس البلاد دون استثناء»."
        assert said(text, "في كل مدارس").date is None, start


def test_a_day_told_in_the_cue_clause_still_dates_the_words():
    text = "أعلنت النقابة يوم 12 مارس 2019 «دعمها الكامل لإضراب المعلمين»."
    assert said(text, "دعمها الكامل").date == "2019-03-12"
