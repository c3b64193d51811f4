"""Phenomena of speakers named in the sentence of their quote, found on real
news (development sets kept outside the repository, third round): which of
the words around the cue name the speaker, read as a class of words, not
one construction.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_body_in_marks_before_a_name_in_commas_is_part_of_the_title():
    # "الناطق باسم حركة المقاومة «فتح»، X Y،": the one word in marks after the
    # body's description names the body, the person is named in the commas
    # after it (it was read as the person's name, with the real name for a
    # role, and every later quote of his went without one)
    text = (
        "قال الناطق باسم حركة المقاومة «فتح»، أحمد يوسف، مساء اليوم "
        "إن «الحركة لن تقبل بهذه الشروط المفروضة عليها».\n"
        "وأضاف يوسف أن «الحوار هو الطريق الوحيد للخروج من الأزمة».\n"
    )
    q = one(text, "لن تقبل")
    assert q.speaker == "أحمد يوسف", q
    assert q.role == "الناطق باسم حركة المقاومة «فتح»", q
    assert one(text, "الحوار هو").role == q.role


def test_a_name_in_marks_after_a_title_with_no_name_after_it_stays_the_name():
    # the negative: no name in commas after the marks, the marks hold the
    # person's name ("وزير الخارجية «X Y»")
    text = 'وقال وزير الخارجية "كمال العربي"، إن "الزيارة ستتم في موعدها المحدد".\n'
    q = one(text, "الزيارة ستتم")
    assert q.speaker == "كمال العربي", q
    assert q.role == "وزير الخارجية", q
