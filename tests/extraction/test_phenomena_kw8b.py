"""Who said it (kw8b, 2026-12-04).

A hospital, a university, a college or a dispensary is a body, as a
ministry or an institute is: "وقال مستشفى X Y في بيان", "وقالت جامعة
القاهرة" are bodies speaking, not persons.  Named after a person, in
construct with a title ("مدير مستشفى كمال عدوان حسام X", "مدير مركز محمد
بن راشد للفضاء سالم X"), the name it bears (a common given name and one
word more, with بن and its word; or a king's, a prince's, a sheikh's name;
then what it serves, glued to لل) is the body's, and the holder's name of
two words or more follows.  Not a place's name ("مدير مستشفى جنين محمد X
Y": جنين no given name), nor a name with nothing after it.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقال مستشفى فريد الحلو في بيان إن «الأقسام تعمل بنصف طاقتها».",
            "الأقسام تعمل",
            "مستشفى فريد الحلو",
        ),
        (
            "وقالت جامعة الأمير نايف في بيان إن «الدروس تستأنف الأحد».",
            "الدروس تستأنف",
            "جامعة الأمير نايف",
        ),
        (
            "وقالت كلية الهندسة إن «الامتحانات أجلت أسبوعا».",
            "الامتحانات أجلت",
            "كلية الهندسة",
        ),
    ],
)
def test_a_hospital_or_a_university_speaking_is_a_body(text, start, speaker):
    q = said(text, start)
    assert (q.speaker, q.speaker_kind, q.role) == (speaker, "organization", None), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وقال مدير مستشفى فريد الحلو سامر النجار إن «الأقسام تعمل بنصف طاقتها».",
            "الأقسام تعمل",
            "سامر النجار",
            "مدير مستشفى فريد الحلو",
        ),
        (
            "وقال مدير مركز حمدان بن زايد للأبحاث ماجد العتيبي إن «التجربة نجحت».",
            "التجربة نجحت",
            "ماجد العتيبي",
            "مدير مركز حمدان بن زايد للأبحاث",
        ),
        (
            "وقال رئيس جامعة الأمير نايف بدر الشمري إن «الدروس تستأنف الأحد».",
            "الدروس تستأنف",
            "بدر الشمري",
            "رئيس جامعة الأمير نايف",
        ),
    ],
)
def test_a_body_named_after_a_person_is_the_posts(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


def test_a_place_or_a_lone_name_after_the_body_is_not_read_so():
    # a town's name, no given name: the holder's name follows it
    q = said("وقال مدير مستشفى جنين محمد أبو سالم إن «الأقسام تعمل».", "الأقسام")
    assert (q.speaker, q.role) == ("محمد أبو سالم", "مدير مستشفى جنين"), q
    # no name after the body's: nobody named
    q = said("وقال مدير مستشفى فريد الحلو إن «الأقسام تعمل».", "الأقسام")
    assert (q.speaker_kind, q.role) == ("anonymous", "مدير مستشفى فريد الحلو"), q


def test_the_one_told_after_a_body_named_after_a_person_is_no_part_of_it():
    # the press or an outlet glued to لل after the body's name is told
    q = said("وقال مدير مستشفى فريد الحلو للإذاعة المحلية إن «الأقسام تعمل».", "الأقسام")
    assert q.via == "الإذاعة المحلية" and "الإذاعة" not in (q.role or ""), q
    q = said("وقال مدير مستشفى فريد الحلو سامر النجار للصحفيين إن «الأقسام تعمل».", "الأقسام")
    assert (q.speaker, q.role) == ("سامر النجار", "مدير مستشفى فريد الحلو"), q


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير التجارة علي خطاب إن «الأسعار ستنخفض».",
        "وقال وزير التجارة علي خطاب في مؤتمر صحفي إن «الأسعار ستنخفض».",
        "وأكد وزير التجارة علي خطاب أن «الأسعار ستنخفض».",
        "وقال الوزير علي خطاب: «الأسعار ستنخفض».",
    ],
)
def test_a_family_name_that_is_an_occasion_ends_the_name(text):
    # خطاب (a speech) is a family name too: last in the phrase, before أنّ,
    # a colon or where the words were said, it is one (as an object it
    # would carry its accusative alif, "خطابا في …", or its genitive)
    q = said(text, "الأسعار")
    assert q.speaker == "علي خطاب", q


@pytest.mark.parametrize(
    "text",
    [
        "وألقى وزير التجارة سامي الحلو خطابا في البرلمان قال فيه إن «الأسعار ستنخفض».",
        "وألقى وزير التجارة سامي الحلو خطاب الافتتاح، وقال إن «الأسعار ستنخفض».",
        "وعقد وزير التجارة سامي الحلو لقاء في مكتبه، وقال إن «الأسعار ستنخفض».",
    ],
)
def test_the_occasion_as_an_object_is_no_name(text):
    q = said(text, "الأسعار")
    assert q.speaker == "سامي الحلو", q


@pytest.mark.parametrize(
    "text",
    [
        "وقال الحارس بعدئذ إن «الهزيمة قاسية».",
        "وقال الحارس ثانية إن «الهزيمة قاسية».",
        "وقال الحارس مرة أخرى: «الهزيمة قاسية».",
        "وقال الحارس مرة ثانية إن «الهزيمة قاسية».",
    ],
)
def test_again_or_then_after_a_title_is_no_name(text):
    # "again", "then" told after the title, before أنّ or a colon: the
    # title alone speaks
    q = said(text, "الهزيمة")
    assert (q.speaker, q.role) == ("الحارس", "الحارس"), q


def test_then_alone_after_the_verb_is_no_one():
    q = said(
        "وقال الحارس وليد النجار إن «المباراة صعبة». وقال بعدئذ إن «الهزيمة قاسية».",
        "الهزيمة",
    )
    assert q.speaker == "وليد النجار", q


def test_a_second_one_unnamed_or_a_name_after_it_is_kept():
    # "a second deputy": the adjective of an unnamed source; a word after
    # ثانية makes it no adverb
    q = said("وقالت نائبة ثانية إن «الهزيمة قاسية».", "الهزيمة")
    assert q.speaker_kind == "anonymous", q
    q = said("وقال الحارس ثانية الحسني إن «الهزيمة قاسية».", "الهزيمة")
    assert q.speaker == "ثانية الحسني", q


@pytest.mark.parametrize(
    "text",
    [
        "وحضر الحفل سعادة ماجد الخالدي. وقال الخالدي إن «التعاون يتعزز».",
        "وحضر الحفل معالي ماجد الخالدي. وقال الخالدي إن «التعاون يتعزز».",
        "وشارك في الندوة سعادة السفير ماجد الخالدي. وقال الخالدي إن «التعاون يتعزز».",
    ],
)
def test_an_honorific_in_construct_names_the_person_met(text):
    # "سعادة X", "معالي X" (no article) outside speech: the person met,
    # whose family name speaks later (it was "الخالدي" alone)
    q = said(text, "التعاون")
    assert q.speaker == "ماجد الخالدي", q


def test_happiness_is_no_honorific():
    # سعادة before an adjective is happiness, no one met
    q = said(
        "وعبر الحارس عن سعادة كبيرة بالفوز. وقال الخالدي إن «التعاون يتعزز».",
        "التعاون",
    )
    assert q.speaker == "الخالدي", q


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "وقال الدكتور في كلية الصيدلة وليد النجار إن «الدواء آمن».",
            "وليد النجار",
            "الدكتور في كلية الصيدلة",
        ),
        (
            "وقالت الدكتورة في جامعة حلب سلمى النجار إن «الدواء آمن».",
            "سلمى النجار",
            "الدكتورة في جامعة حلب",
        ),
    ],
)
def test_a_doctor_and_where_he_works_before_the_name(text, speaker, role):
    # the doctor's place of work after the honorific is his post, as a
    # professor's ("الأستاذ في جامعة X Y"); the name follows
    q = said(text, "الدواء")
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text",
    [
        "وقال الدكتور في تصريح صحفي إن «الدواء آمن».",
        "وقال الدكتور في حديثه للصحفيين إن «الدواء آمن».",
    ],
)
def test_a_doctor_and_the_occasion_names_no_one(text):
    # where or when he spoke, no name after it: the honorific alone
    q = said(text, "الدواء")
    assert q.speaker == "الدكتور", q


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقال الممثل لليونسكو إن «التراث مهدد».", "الممثل لليونسكو"),
        ("وقالت المندوبة للمفوضية: «التراث مهدد».", "المندوبة للمفوضية"),
    ],
)
def test_the_body_a_representative_represents_is_his_post(text, speaker):
    # a post of representing takes the body it represents glued to لل:
    # its genitive, no one told
    q = said(text, "التراث")
    assert (q.speaker, q.role) == (speaker, speaker), q


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقال الممثل للصحفيين إن «التراث مهدد».", "الممثل"),
        ("وقال المندوب للوزير إن «التراث مهدد».", "المندوب"),
        ("وقال القاضي للدفاع: «التراث مهدد».", "القاضي"),
    ],
)
def test_the_press_or_a_person_told_after_a_representative_is_told(text, speaker):
    q = said(text, "التراث")
    assert q.speaker == speaker, q


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "ووجه البرتغالي لويس فيغو مدرب الفريق التهنئة للاعبين، وقال إن «اللقب مستحق».",
            "لويس فيغو",
            "مدرب الفريق",
        ),
        (
            "ووجه مدرب الفريق التهنئة للاعبين، وقال إن «اللقب مستحق».",
            "مدرب الفريق",
            "مدرب الفريق",
        ),
    ],
)
def test_a_nationality_before_the_name_and_the_object_after_the_post(text, speaker, role):
    # the nationality describes the one named after it; a definite verbal
    # noun after the post's definite word is the verb's object
    q = said(text, "اللقب")
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "وقال لويس فيغو مدرب الفريق البرتغالي إن «اللقب مستحق».",
            "لويس فيغو",
            "مدرب الفريق البرتغالي",
        ),
        (
            "وقال مدير المكتب الإعلامي سامي الحلو إن «اللقب مستحق».",
            "سامي الحلو",
            "مدير المكتب الإعلامي",
        ),
    ],
)
def test_an_adjective_after_the_post_is_no_object(text, speaker, role):
    q = said(text, "اللقب")
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقال 23 نائبا في بيان مشترك إن «القانون مجحف».", "23 نائبا"),
        ("وأكد 12 عضوا كويتيا أن «القانون مجحف».", "12 عضوا كويتيا"),
        ("وقال 6 نواب إن «القانون مجحف».", "6 نواب"),
        ("وقال ستة نواب إن «القانون مجحف».", "ستة نواب"),
        ("وأكد أربعة مسؤولين أن «القانون مجحف».", "أربعة مسؤولين"),
    ],
)
def test_a_counted_group_speaks(text, speaker):
    # a number in figures and the persons it counts (a title or an
    # unnamed head, in the accusative singular or in the plural): a group
    q = said(text, "القانون")
    assert (q.speaker, q.speaker_kind) == (speaker, "group"), q


def test_a_number_of_anything_else_is_no_speaker():
    # days counted are no group, the speaker before goes on
    q = said(
        "وقال النائب وليد النجار إن «التصويت مؤجل». وقال 3 أيام بعد ذلك إن «القانون مجحف».",
        "القانون",
    )
    assert q.speaker == "وليد النجار", q


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقالت مؤسسة فريد الحلو في بيان إن «المنح ستوزع قريبا».", "مؤسسة فريد الحلو"),
        ("وقالت مؤسسة الأمير نايف للتنمية إن «المنح ستوزع قريبا».", "مؤسسة الأمير نايف للتنمية"),
        ("وقالت مدرسة طارق بن زياد إن «المنح ستوزع قريبا».", "مدرسة طارق بن زياد"),
    ],
)
def test_a_foundation_or_a_school_named_after_a_person_is_a_body(text, speaker):
    # مؤسسة (also "foundress") before a person's name is a foundation: a
    # founder's genitive is a body, never a person
    q = said(text, "المنح")
    assert (q.speaker, q.speaker_kind) == (speaker, "organization"), q


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "وقالت مؤسسة جمعية الأمل سلمى العلي إن «المنح ستوزع قريبا».",
            "سلمى العلي",
            "مؤسسة جمعية الأمل",
        ),
        ("وقالت المؤسسة سلمى العلي إن «المنح ستوزع قريبا».", "سلمى العلي", "المؤسسة"),
    ],
)
def test_a_foundress_of_a_body_is_still_a_person(text, speaker, role):
    q = said(text, "المنح")
    assert (q.speaker, q.role) == (speaker, role), q
