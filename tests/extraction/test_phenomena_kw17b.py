"""Known weaknesses taken from the bottom of the list (kw17b, third session
of 2026-12-05).

1. A club (النادي, نادي X) and a military division or a troupe (الفرقة,
   فرقة X) heading a speaker phrase are bodies, as a centre is: "وقال
   النادي في بيان" speaks as an organisation (before, a person), and a
   verb after its statement takes it up ("وأصدر النادي بيانا، وقال فيه":
   before, no speaker). Not ORGANIZATION_HEADS: inside a post, glued to
   بـ, the club is where its holder serves and his name goes on ("المدير
   الفني لفريق كرة القدم الأول بنادي X Y Z"); a post in construct with the
   club or the division still heads a person.
"""

from __future__ import annotations

from tests.extraction.helpers import one

W = "سنطعن في القرار أمام الهيئات المختصة دون تأخير"


def test_club_heading_the_phrase_is_a_body() -> None:
    q = one(f'وقال النادي في بيان على موقعه: "{W}".\n', "سنطعن")
    assert q.speaker == "النادي"
    assert q.speaker_kind == "organization"
    assert q.role is None
    q = one(f'وأكد نادي الرمال الرياضي في بيان: "{W}".\n', "سنطعن")
    assert q.speaker == "نادي الرمال الرياضي"
    assert q.speaker_kind == "organization"


def test_division_heading_the_phrase_is_a_body() -> None:
    q = one(f'وقالت الفرقة الثالثة في بيان مقتضب: "{W}".\n', "سنطعن")
    assert q.speaker == "الفرقة الثالثة"
    assert q.speaker_kind == "organization"
    q = one(f'وقالت فرقة النجوم الشعبية في بيان: "{W}".\n', "سنطعن")
    assert q.speaker_kind == "organization"


def test_the_verb_after_the_bodys_statement_takes_it_up() -> None:
    q = one(f'وأصدر النادي بيانا مساء الأحد، وقال فيه: "{W}".\n', "سنطعن")
    assert q.speaker == "النادي"
    assert q.speaker_kind == "organization"
    q = one(f'وأصدرت الفرقة بيانا قالت فيه: "{W}".\n', "سنطعن")
    assert q.speaker == "الفرقة"


def test_the_club_goes_on_with_a_masculine_verb() -> None:
    text = (
        f'وقال نادي الرمال في بيان إن "{W}".\n'
        'وأضاف أن "اللاعبين سيعودون إلى التدريبات يوم الخميس".\n'
    )
    q = one(text, "سيعودون")
    assert q.speaker == "نادي الرمال"
    assert q.speaker_kind == "organization"


def test_near_miss_a_post_of_the_club_or_the_division_is_a_person() -> None:
    q = one(f'وقال رئيس النادي مازن الطحان في تصريح: "{W}".\n', "سنطعن")
    assert q.speaker == "مازن الطحان"
    assert q.speaker_kind == "person"
    assert q.role == "رئيس النادي"
    q = one(f'وقال قائد الفرقة الثالثة العميد رامز الخياط: "{W}".\n', "سنطعن")
    assert q.speaker == "رامز الخياط"
    assert q.speaker_kind == "person"


def test_near_miss_the_club_glued_to_ba_inside_a_post() -> None:
    text = f'وأكد المدرب المساعد لفريق الشباب الأول بنادي الرمال وليد العمري أن "{W}".\n'
    q = one(text, "سنطعن")
    assert q.speaker == "وليد العمري"
    assert q.role == "المدرب المساعد لفريق الشباب الأول بنادي الرمال"
