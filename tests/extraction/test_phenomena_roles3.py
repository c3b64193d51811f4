"""Phenomena of the role error classes found on unseen real articles (third
round of roles): where a role told after a name must stop.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_post_that_runs_into_its_holders_name_and_a_second_post_is_no_role():
    # "ودعا X، رئيس الجمهورية Y ورئيس الوزراء Z إلى": after the comma, a post,
    # the name of its own holder, then a second post joined with و: two other
    # persons, the verb's objects; X keeps the role he was introduced with
    text = (
        "قال النائب عن كتلة الوفاق سعيد الراشدي إن «المجلس معطل منذ شهرين».\n\n"
        "ودعا الراشدي، رئيس الدولة حسن المالكي ورئيس الحكومة عادل السامر إلى "
        "«عقد جلسة طارئة في أقرب وقت».\n"
    )
    q = one(text, "عقد جلسة طارئة")
    assert q.speaker == "سعيد الراشدي", q
    assert q.role == "النائب عن كتلة الوفاق", q
    q = one(text, "المجلس معطل")
    assert q.role == "النائب عن كتلة الوفاق", q


def test_a_post_alone_on_a_header_line_is_no_later_persons_role():
    # a page's masthead ("رئيس مجلس الإدارة و رئيس التحرير" on a line of its
    # own, words only) tells no post of anyone the story names: "الرئيس X"
    # later keeps his own title
    text = (
        "مدير النشر و رئيس التحرير\n\n"
        "أكد الرئيس خالد المنصوري، أن الوضع صعب، قائلاً: "
        '"المواطنون ينتظرون الحلول منذ سنوات طويلة".\n'
    )
    q = one(text, "المواطنون ينتظرون")
    assert q.speaker == "خالد المنصوري", q
    assert q.role == "الرئيس", q


def test_a_title_word_after_a_complete_post_then_a_nisba_is_the_name():
    # "النائب عن ائتلاف X فلاح Y": after a complete post, a title word that
    # also names (فلاح, "farmer") and a nisba with the article ending the
    # phrase are the person's name, not a second post and its genitive
    text = 'قال النائب عن تحالف الإصلاح فلاح العبيدي إن "الحكومة لم تف بوعودها للناخبين".\n'
    q = one(text, "الحكومة لم تف")
    assert q.speaker == "فلاح العبيدي", q
    assert q.role == "النائب عن تحالف الإصلاح", q
    # but a second post and its genitive with no name stay the title
    q = one('وقال ولي العهد رئيس الوزراء إن "المشروع سيكتمل هذا العام".\n', "المشروع سيكتمل")
    assert q.role is not None and "رئيس الوزراء" in q.role, q
