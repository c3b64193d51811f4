"""Phenomena found by the fresh author's set F4 (``articles_blind9.py``).

Every article here is written for the test, in sentences that are not in
F4's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one


def test_possessed_occasion_noun_after_the_subject_ends_the_speaker():
    # "وختم X كلمته بالقول", "استهلت X مداخلتها بالقول": the verb's object,
    # the speaker's own occasion, is no part of the name
    text = (
        "وختم وزير المالية سعيد الخطيب مرافعته بالقول: «العجز سينخفض بحلول نهاية "
        "العام المقبل». واستهلت الناشطة ليلى حسن عبيد مداخلتها بالقول: «الحكومة لم "
        "تستمع إلى مطالب الأهالي منذ سنوات»."
    )
    q = one(text, "العجز سينخفض")
    assert q.speaker == "سعيد الخطيب", q
    assert normalize(q.role) == normalize("وزير المالية")
    q = one(text, "لم تستمع")
    assert q.speaker == "ليلى حسن عبيد", q
    assert normalize(q.role) == normalize("الناشطة")


def test_title_and_family_name_is_the_person_named_before():
    # "وزير الأشغال X Y Z" first, then "الوزير Z": the family name after the
    # title is the person's, not part of the role
    text = (
        "ناقش البرلمان أمس تقرير وزير النقل خالد سالم المطيري عن الموانئ.\n\n"
        "وقال الوزير المطيري: «الموانئ ستعمل بكامل طاقتها قبل الصيف المقبل»."
    )
    q = one(text, "ستعمل بكامل")
    assert q.speaker == "خالد سالم المطيري", q
    assert normalize(q.role) == normalize("وزير النقل")


def test_apposition_title_outside_speech_gives_the_headline_name_its_role():
    # a headline "X: «…»" names the person with no role; the lead describes
    # them in apposition ("نلتقي X، رئيس حزب «…»، في …") with no cue
    text = (
        'نادر سمعان: "الانتخابات لن تؤجل مهما حصل"\n\n'
        'نلتقي نادر سمعان، رئيس حركة "النهوض المدني"، في مكتبه في بيروت.\n\n'
        '"التحالفات ستعلن الشهر المقبل بعد مشاورات طويلة"، يقول سمعان.'
    )
    for fragment in ("لن تؤجل", "التحالفات ستعلن"):
        q = one(text, fragment)
        assert q.speaker == "نادر سمعان", q
        assert normalize("رئيس حركة") in normalize(q.role or ""), q


def test_dateline_with_the_agency_name_before_the_dash():
    # "نابلس 7-3-2024 وفا- …": the agency's short name between the numeric
    # date and the dash; "اليوم" later in the story is that day
    text = (
        "مزارعون يشكون من نقص الأسمدة\n\n"
        "نابلس 7-3-2024 وفا- حذر مزارعون اليوم من نقص الأسمدة.\n\n"
        "وقال رئيس اتحاد المزارعين سامي يوسف داود في مؤتمر صحفي اليوم: "
        '"المواسم الزراعية مهددة بسبب نقص الأسمدة".'
    )
    q = one(text, "المواسم الزراعية")
    assert q.date == "2024-03-07", q


def test_the_latter_as_subject_before_the_verb():
    # "قائلا إن الأخير قال له: …": "الأخير" before the verb is, as after it,
    # the person mentioned last (here glued to ب: "اجتماعه بمدير المخابرات")
    text = (
        "وروى الوزير السابق كمال عيسى تفاصيل اجتماعه بمدير المخابرات، مشيرا إلى أن "
        'الأخير أبلغه: "الوضع الأمني تحت السيطرة ولا داعي للقلق".'
    )
    q = one(text, "الوضع الأمني")
    assert normalize(q.speaker) == normalize("مدير المخابرات"), q


def test_shortened_title_of_a_person_named_before():
    # "X، رئيس حزب "Y"" then "رئيس "Y"" (the head noun dropped): the same
    # person, not an anonymous official
    text = (
        'نادر سمعان: "الانتخابات لن تؤجل مهما حصل"\n\n'
        'نلتقي نادر سمعان، رئيس حركة "النهوض المدني"، في مكتبه في بيروت.\n\n'
        'وفي الشأن الاقتصادي، يقول رئيس "النهوض المدني" إن "الخطة الحكومية لا تحمي '
        'صغار المودعين".'
    )
    q = one(text, "الخطة الحكومية")
    assert q.speaker == "نادر سمعان", q


def test_noun_before_a_quantifier_after_the_name_is_the_object():
    # "والتمس X Y إدانة جميع المتهمين، معتبرا أن": the verb's object before
    # "جميع"/"كل" is no part of the name
    text = (
        "وطالب المحامي كريم عادل بنسالم تبرئة جميع المتهمين، معتبرا أن "
        '"الملف فارغ من أي دليل مادي".'
    )
    q = one(text, "الملف فارغ")
    assert q.speaker == "كريم عادل بنسالم", q


def test_reply_verb_takes_its_addressee_after_ala():
    # "«…»، ردّ الوزير على X": "على" after the reply verb introduces the
    # addressee, never the name "علي"
    text = "«الأرقام التي قدمها النائب غير دقيقة»، ردّ الوزير على النائب المطيري."
    q = one(text, "الأرقام التي")
    assert q.speaker == "الوزير", q


def test_speaker_phrase_ends_with_its_line():
    # a subhead "ردّ الوزير" with no punctuation: the next paragraph's first
    # word ("وفي رده …") is no name of the minister
    text = (
        "ناقش المجلس أمس تقرير وزير النقل خالد سالم المطيري.\n\n"
        "ردّ الوزير\n\n"
        "وفي رده على الأسئلة، قال الوزير المطيري: «الموانئ ستعمل قبل الصيف».\n\n"
        "«التقارير موجودة لدى اللجنة لمن أراد الاطلاع عليها»، قال الوزير."
    )
    q = one(text, "التقارير موجودة")
    assert q.speaker == "خالد سالم المطيري", q


def test_family_name_with_the_article_before_a_comma():
    # "وقال مدير X ماجد حسن الطويل، في مؤتمر صحفي، إن": a third name word
    # with the article, before a comma, is the family name, not an object
    text = (
        'وقال رئيس سلطة الطاقة سامر يوسف الكبير، في مؤتمر صحفي، إن "الشبكة تعمل بنصف '
        'طاقتها". وأضاف الكبير: "الإصلاحات ستنتهي قبل الشتاء".'
    )
    q = one(text, "الإصلاحات ستنتهي")
    assert q.speaker == "سامر يوسف الكبير", q
    assert normalize(q.role) == normalize("رئيس سلطة الطاقة")


def test_name_in_apposition_with_an_honorific_and_ali():
    # "قال الباحث …، الدكتور حسن علي المرزوق، لـ…": the apposition is the
    # name (an honorific first, "علي" the name Ali inside it), not a role
    text = (
        'وقال الخبير الاقتصادي المقيم في باريس، الدكتور سمير علي الحلبي، لـ"الصحيفة": '
        '"الديون تجاوزت كل الحدود المقبولة". وقال المتحدث باسم الهيئة، كريم علي، إن '
        '"التقرير سينشر الأسبوع المقبل".'
    )
    q = one(text, "الديون تجاوزت")
    assert q.speaker == "سمير علي الحلبي", q
    assert normalize(q.role) == normalize("الخبير الاقتصادي المقيم في باريس")
    q = one(text, "التقرير سينشر")
    assert q.speaker == "كريم علي", q


def test_definite_event_noun_after_fi_is_no_part_of_the_role():
    # "ويعلق السفير في البرقية نفسها: «…»": like "في مؤتمر", the occasion
    # with the article ends the role
    text = (
        'قال السفير الأمريكي جون ماركس إن "الانتخابات نزيهة".\n\n'
        "ويعلق السفير في البرقية نفسها: «الحكومة لا تبدو مستعدة لأي إصلاح»."
    )
    q = one(text, "لا تبدو مستعدة")
    assert q.speaker == "جون ماركس", q
    assert "البرقيه" not in normalize(q.role or ""), q


def test_honorific_apposition_after_a_construct_title_is_the_name():
    # "وأشار رئيس بلدية X، المهندس Y Z، إلى أن": the place closes the title;
    # the apposition with an honorific is the name, not the role
    text = (
        'وأشار رئيس بلدية بيتا، المهندس فادي محمود صالح، إلى أن "الطرق الزراعية مغلقة منذ أسبوعين".'
    )
    q = one(text, "الطرق الزراعية")
    assert q.speaker == "فادي محمود صالح", q
    assert normalize(q.role) == normalize("رئيس بلدية بيتا")
