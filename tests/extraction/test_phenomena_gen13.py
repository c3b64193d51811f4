"""Variants of the session's new rules (gen13): the same constructions as
other outlets print them, and near misses.

A body's short name in marks after a title's definite genitive, then the
holder's name: the name may open with a compound given name ("«…» عبد
الرحمن X") or end in a family nisba with the article ("«…» خالد
المنصوري"), Gulf and Levantine habits; before, only a given name and a
bare word were read so, and the marks spoke.

A name in marks right after a verb of saying, then "وهو"/"وهي" and a post,
takes the post as its apposition also when a comma stands before وهي
("أكدت «X Y»، وهي وزيرة …، أن"); before, no subject was read.

"A number of" then من and a plural in construct: the plural may govern a
bare noun in construct with a definite one in turn ("عدد من أعضاء مجلس
النواب"); before, the phrase ended at "عدد".

Every sentence here is invented. The positive tests of a change fail
before it; the near misses hold where it must not fire; the other
variants held already and guard the rules' reach.
"""

from __future__ import annotations

from tests.extraction.helpers import one

_SAID = "«الاتفاق يعيد الثقة بين المواطنين والدولة».\n"


def test_body_short_name_in_marks_then_holder_with_nisba():
    text = "وقال رئيس تيار الغد «فجر» فهد المطيري إن " + _SAID
    q = one(text, "الاتفاق يعيد")
    assert q.speaker == "فهد المطيري"
    assert q.role == "رئيس تيار الغد «فجر»"


def test_body_short_name_in_marks_then_compound_given_name():
    text = 'وأكدت الأمينة العامة لجمعية النهضة "وعد" عبد الله حمدان أن ' + _SAID
    q = one(text, "الاتفاق يعيد")
    assert q.speaker == "عبد الله حمدان"
    assert q.role == 'الأمينة العامة لجمعية النهضة "وعد"'


def test_holder_name_with_nisba_in_marks_after_title_still_read():
    text = "وقال رئيس تيار الغد «فهد المطيري» خلال المؤتمر إن " + _SAID
    q = one(text, "الاتفاق يعيد")
    assert q.speaker == "فهد المطيري"
    assert q.role == "رئيس تيار الغد"


def test_name_in_marks_comma_and_she_is_post():
    text = "وأكدت «هالة الزعبي»، وهي وزيرة النقل في لبنان، أن «الطرق ستفتح قبل الشتاء».\n"
    q = one(text, "الطرق ستفتح")
    assert q.speaker == "هالة الزعبي"
    assert q.role == "وزيرة النقل في لبنان"


def test_marks_comma_and_it_is_no_post_name_nobody():
    text = "أكد «المشروع الوطني»، وهو خطة طويلة، أن «الموسم سيكون جيدا هذا العام».\n"
    assert one(text, "الموسم سيكون").speaker is None


def test_number_of_plural_in_a_longer_construct_speaks():
    text = "وقال عدد من أعضاء مجلس الشيوخ إن «الخطة لا تكفي لسد العجز».\n"
    assert one(text, "الخطة لا تكفي").speaker == "عدد من أعضاء مجلس الشيوخ"


def test_number_of_indefinite_plural_reads_no_complement():
    text = "وقال عدد من مسؤولين كبار في الوزارة إن «الخطة لا تكفي لسد العجز».\n"
    assert one(text, "الخطة لا تكفي").speaker == "عدد"


def test_group_of_feminine_plural_and_many_of_speak():
    text = (
        "وقالت مجموعة من الممرضات إن «الأجور لم تعد تكفي».\n"
        "وأكد العديد من المزارعين أن «الموسم ضاع بسبب الجفاف».\n"
    )
    assert one(text, "الأجور لم").speaker == "مجموعة من الممرضات"
    assert one(text, "الموسم ضاع").speaker == "العديد من المزارعين"


def test_maghrebi_candidate_feminine_in_apposition_and_definite_before():
    text = (
        "قالت سناء العمراني، مترشحة حركة الإصلاح للانتخابات البلدية، إن "
        "«المدينة تحتاج إلى نقل عام».\n"
        "وقال المترشح للانتخابات الرئاسية ياسين قدور إن «البلاد تحتاج إلى رؤية».\n"
    )
    q = one(text, "نقل عام")
    assert q.speaker == "سناء العمراني"
    assert q.role == "مترشحة حركة الإصلاح للانتخابات البلدية"
    q = one(text, "تحتاج إلى رؤية")
    assert q.speaker == "ياسين قدور"
    assert q.role == "المترشح للانتخابات الرئاسية"


def test_verb_after_question_particle_feminine_speaker_in_commas():
    text = (
        "وأوضحت النائبة رنا الحلبي، ردا على سؤال هل تؤيد المشروع، أن "
        "«القانون يحتاج إلى مراجعة شاملة».\n"
    )
    q = one(text, "القانون يحتاج")
    assert q.speaker == "رنا الحلبي"
    assert q.role == "النائبة"


def test_plural_verbal_noun_with_pronoun_after_name_ends_it():
    text = "ووجه النائب وسيم الخوري انتقاداته للبلدية، وقال إن «الطرق مهملة منذ سنوات».\n"
    q = one(text, "الطرق مهملة")
    assert q.speaker == "وسيم الخوري"
    assert q.role == "النائب"


def test_infial_verbal_noun_with_pronoun_after_name_ends_it():
    text = "وأعلن المرشح عماد الأيوبي انضمامه إلى التحالف، وقال إن «الوقت حان للعمل».\n"
    q = one(text, "الوقت حان")
    assert q.speaker == "عماد الأيوبي"
    assert q.role == "المرشح"


def test_name_of_a_verbal_noun_shape_without_pronoun_stays_whole():
    text = "وقالت الوزيرة هالة انتصار إن «الوقت حان للعمل في الجنوب».\n"
    assert one(text, "الوقت حان").speaker == "هالة انتصار"


def test_more_broken_plurals_of_people_speak_as_a_group():
    text = "وقال الأطباء: «لن نعود إلى العمل». وأضافوا: «الأجور لا تكفي للعيش».\n"
    assert one(text, "الأجور لا تكفي").speaker == "الأطباء"
    text = "وأعلن الطلاب تعليق الاعتصام، وقالوا إن «الحوار مع العمادة بدأ».\n"
    assert one(text, "الحوار مع العمادة").speaker == "الطلاب"


def test_broken_plural_of_people_as_the_object_does_not_speak():
    text = "وأبلغ المدير الأطباء بأن «المستشفى سيغلق الشهر المقبل».\n"
    assert one(text, "المستشفى سيغلق").speaker == "المدير"


def test_verb_after_whether_is_the_question_put():
    text = (
        "وقال المحافظ فراس داود، ردا على سؤال عما إذا كان يعتبر الإغلاق خطأ، "
        "إن «الإغلاق أنقذ أرواحا كثيرة».\n"
    )
    q = one(text, "الإغلاق أنقذ")
    assert q.speaker == "فراس داود"
    assert q.role == "المحافظ"


def test_verb_after_a_bare_conditional_is_left_as_it_was():
    text = "وقال المحافظ فراس داود إنه إذا كان يعتبر أحد أن «الإغلاق خطأ» فليقل ذلك.\n"
    assert one(text, "الإغلاق خطأ").speaker == "أحد"
