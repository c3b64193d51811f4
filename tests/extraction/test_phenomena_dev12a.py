"""Development sets of the seventh session of 2026-12-04 (dev12a): wrong
speakers on real news, each construction shown on invented sentences.

A body's head with no article after a title, subject of a verb of telling
or urging (طالب, دعا, أبلغ), is in construct with the definite word after
it, which is its genitive, not the one told: "وطالب رئيس مجلس النواب، X
Y، الحكومة بـ…" names X Y with the post "رئيس مجلس النواب" (before, the
phrase ended at "رئيس مجلس", so that a later "وأكد رئيس البرلمان … مضيفا:
«…»" found no one).  After an indefinite subject and its adjective the
definite person is still the one told ("وطالب مسؤول حكومي النواب بأن").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

from tests.extraction.helpers import one


def test_body_head_in_construct_after_urging_verb_keeps_its_genitive():
    text = (
        "طالب رئيس مجلس النواب، سالم الهادي، الدول الأفريقية بضرورة العمل معا.\n\n"
        "وأكد رئيس البرلمان، أن الحوار سيستمر، مضيفا بقوله: "
        "«الحكومة ستواصل عملها في بناء المدارس من أجل كل الأطفال».\n"
    )
    q = one(text, "ستواصل عملها")
    assert q.speaker == "سالم الهادي"
    assert q.role == "رئيس مجلس النواب"


def test_definite_one_told_after_indefinite_subject_still_cut():
    text = "وطالب مسؤول حكومي النواب بأن «يسرعوا في إقرار قانون الموازنة الجديد».\n"
    q = one(text, "قانون الموازنة")
    assert q.speaker == "مسؤول حكومي"
