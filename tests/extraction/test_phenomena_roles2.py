"""Role phenomena found in the real sets h1-h3 (local only, never committed).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_title_glued_to_lil_before_a_name_is_learnt_outside_a_cue():
    # "سمحت المحكمة للرئيس السابق X بالتحدث": a title glued to لل, not the
    # addressee of a verb of saying, still introduces the person named after
    # it, so "وقال X" later has the role
    text = (
        "أذنت هيئة المحكمة للرئيس المخلوع سالم الخطيب بالكلام في جلسة أمس.\n"
        'وقال الخطيب: "لم يُسمح لمحاميّ بالاطلاع على الملف كاملا".\n'
    )
    q = one(text, "لم يُسمح لمحاميّ")
    assert q.speaker == "سالم الخطيب", q
    assert q.role == "الرئيس المخلوع", q


def test_a_name_then_its_post_in_construct_after_that_is_the_subject_with_its_post():
    # "علمت … أن X Y رئيس فريق … غادر القاعة": after أنّ, a name then a post
    # with no article is the that-clause's subject with its post; the verb
    # after the post is no name, so "وقال Y" later has the post as role
    text = (
        "أفادت مصادر برلمانية أن كمال الدراجي رئيس كتلة الوفاق بمجلس النواب غادر "
        "الجلسة قبل التصويت.\n"
        'وقال الدراجي للصحفيين: "لن نشارك في تمرير هذا القانون".\n'
    )
    q = one(text, "لن نشارك في تمرير")
    assert q.speaker == "كمال الدراجي", q
    assert q.role and q.role.startswith("رئيس كتلة الوفاق"), q


def test_posts_in_a_row_set_off_by_commas_are_all_the_role():
    # "X، نائب رئيس الدولة، رئيس مجلس الوزراء، حاكم الإمارة،": each post
    # after its comma, none with the article, goes on with the role
    text = (
        "ترأس الشيخ ماجد بن خليفة آل سعيد، نائب رئيس الاتحاد، رئيس المجلس التنفيذي، "
        "حاكم المقاطعة، جلسة المجلس أمس.\n"
        'وقال الشيخ ماجد بن خليفة آل سعيد: "نمضي في خطط التنويع الاقتصادي".\n'
    )
    q = one(text, "نمضي في خطط")
    assert q.role == "نائب رئيس الاتحاد، رئيس المجلس التنفيذي، حاكم المقاطعة", q


def test_the_counsel_of_a_party_in_apposition_is_the_role():
    # "X، دفاع المتهم الأول:": دفاع in construct with a definite party to the
    # case is the lawyer's role in apposition, as a title would be
    text = (
        "أجلت غرفة الجنايات النظر في الملف إلى الأسبوع المقبل.\n"
        "وقال سعيد البناني، دفاع المتهم الأول: «طلبنا مهلة للاطلاع على الخبرة التقنية».\n"
    )
    q = one(text, "طلبنا مهلة للاطلاع")
    assert q.speaker == "سعيد البناني", q
    assert q.role == "دفاع المتهم الأول", q


def test_amam_with_its_hamza_after_a_comma_is_no_imam_role():
    # "X اتهم، أمام مسؤولين أجانب، …": أمام written with its hamza (in front
    # of) opens an aside, not the apposition of an imam; the title before
    # the name stays the role
    text = (
        "كشفت وثائق مسربة أن ملك الجزيرة سالم بن عيسى آل راشد اتهم، أمام مسؤولين "
        'أجانب، جيرانه بالتدخل. ونسبت الوثائق إلى الملك سالم قوله إنه "تلقى رسالة تهديد".\n'
    )
    q = one(text, "تلقى رسالة تهديد")
    assert q.role == "ملك الجزيرة", q
