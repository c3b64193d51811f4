"""Speaker and role phenomena of real news prose (the spk2 round).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_title_then_a_derived_present_verb_is_the_title_alone():
    # "وكان الوزير يتحدث في …، قائلا إن «…»": the verb after the bare title
    # (يتـ/يستـ, no name opens so) is no name; the title resolves to the
    # person introduced with it
    text = (
        "قال وزير الزراعة المغربي كريم بنعلي إن الموسم سيكون جيدا.\n"
        "وكان الوزير يتحدث في ندوة صحفية بالرباط، قائلا إن «الأمطار الأخيرة أنقذت "
        "المحاصيل في معظم الجهات».\n"
    )
    q = one(text, "الأمطار الأخيرة")
    assert q.speaker == "كريم بنعلي", q
    assert q.role == "وزير الزراعة المغربي", q


def test_according_to_with_tanween_ends_the_speakers_name():
    # "وأضاف X وفقا للوثيقة «…»": "وفقا" (according to) is no part of the
    # name; the family name is the person named before in full
    text = (
        "قال وزير النقل السابق حسان الدباغ للسفير إن «الطريق الساحلي لن يكتمل قبل عامين».\n"
        "وأضاف الدباغ وفقا للوثيقة «تم تأجيل المناقصة ثلاث مرات بسبب نقص التمويل».\n"
    )
    q = one(text, "تم تأجيل المناقصة")
    assert q.speaker == "حسان الدباغ", q
    assert q.role == "وزير النقل السابق", q


def test_a_known_family_name_then_a_word_glued_to_lam_is_the_addressee():
    # "يعرب X لـY عن …، مؤكدا له أن «…»": after the family name of a person
    # named before in full, a word glued to لـ is who was spoken to, not the
    # name's end
    text = (
        "وصل الجنرال جون ماكنزي إلى المدينة أمس، واستقبله رئيس البلدية سليم "
        "الطرابلسية.\n"
        "يعرب الطرابلسية لماكنزي عن «ارتياحه الكبير» لسير الأعمال، مؤكدا له أن "
        "«المشروع سيبدأ فور وصول التمويل من الوزارة».\n"
    )
    q = one(text, "المشروع سيبدأ")
    assert q.speaker == "سليم الطرابلسية", q
    assert q.role == "رئيس البلدية", q


def test_a_founder_of_an_outlet_named_in_construct_is_a_title():
    # "قال مؤسس موقع X فلان إن": مؤسس (founder) heads a title, and the outlet
    # in construct after it takes its own one-word name before the person's
    text = (
        "قال مؤسس موقع زاجل كريم منصور إن «الرقابة على المواقع الإخبارية زادت "
        "كثيرا في العامين الأخيرين».\n"
    )
    q = one(text, "الرقابة على المواقع")
    assert q.speaker == "كريم منصور", q
    assert q.role == "مؤسس موقع زاجل", q


def test_a_masculine_verb_takes_no_feminine_country_for_its_subject():
    # "وتابع المغرب/تونس «…»": a masculine verb of saying, then a feminine
    # country and the marks; the country opens what is said, and the verb
    # goes on with the last speaker
    text = (
        "وقال المتحدث باسم الحكومة التونسية سامي العبيدي: «لم نتلق أي طلب رسمي».\n"
        "وتابع تونس «لا تعرف شيئا عن هذه الاتصالات، ولا يمكنها التعليق عليها».\n"
    )
    q = one(text, "لا تعرف شيئا")
    assert q.speaker == "سامي العبيدي", q
    assert q.role == "المتحدث باسم الحكومة التونسية", q


def test_announcing_as_a_verbal_noun_after_the_main_verb_is_a_cue():
    # "واكتفى الناطق X بإعلان أن «…»": the verbal noun after the main verb
    # introduces the quote as "بالقول" does; its clause's subject speaks
    text = (
        "وقال مصدر أمني إن «التحقيقات ما زالت في بدايتها».\n"
        "واكتفى المتحدث باسم الشرطة هشام الزين بإعلان أن الجهاز «لا يعلق على "
        "قضايا قيد التحقيق».\n"
    )
    q = one(text, "لا يعلق على قضايا")
    assert q.speaker == "هشام الزين", q
    assert q.role == "المتحدث باسم الشرطة", q


def test_a_document_revealing_a_persons_saying_gives_the_person():
    # "كشفت وثيقة قول الوزير X «…»": the document tells what a person said
    # (قول in construct with the person); the person speaks, not the document
    text = (
        "وكشفت وثيقة مسربة قول وزير المالية الأردني سليم الفايز، في اجتماع مغلق، "
        "«الموازنة لن تتحمل أي زيادة في الرواتب هذا العام».\n"
    )
    q = one(text, "الموازنة لن تتحمل")
    assert q.speaker == "سليم الفايز", q
    assert q.role == "وزير المالية الأردني", q


def test_a_name_in_marks_after_the_verb_then_that_is_the_subject():
    # "وأضافت «لوموند» أن … «…»": the outlet named in marks right after the
    # verb, before its that-clause, is the verb's subject, not a quote; the
    # quote inside the that-clause and a bare verb after it are the outlet's
    from claims.extraction import extract

    text = (
        "وأضافت «لوموند» أن الرئيس التقى وفدا من النقابات «وتعهد بمراجعة قانون "
        "التقاعد قبل نهاية العام». وقالت «إن الحكومة منقسمة حول هذا الملف».\n"
    )
    assert not [q for q in extract(text) if q.text == "لوموند"]
    q = one(text, "وتعهد بمراجعة")
    assert q.speaker == "لوموند", q
    q = one(text, "إن الحكومة منقسمة")
    assert q.speaker == "لوموند", q


def test_hinted_is_a_verb_of_saying_whose_aside_source_does_not_speak():
    # "ولمّح، حسب الوثيقة، إلى أن «…»": لمّح/ألمح (hinted) is a cue; the
    # source set off after it does not override the speaker it goes on with
    text = (
        "وقال وزير الداخلية الأسبق نادر الشامي: «الوضع الأمني هش في الجنوب»، "
        "ولمّح حسب الوثيقة، إلى أن الحكومة «قد تطلب مساعدة عسكرية من الحلفاء».\n"
    )
    q = one(text, "قد تطلب مساعدة")
    assert q.speaker == "نادر الشامي", q
    assert q.role == "وزير الداخلية الأسبق", q


def test_a_woman_founder_is_a_title_not_a_name():
    # "مؤسسة" is also the founder (feminine of مؤسس, a title): followed by
    # the company's noun and then her name, she speaks with that role; said
    # with the company's name in marks, after she was introduced as its
    # founder, it is she again (it was read as a person named "مؤسسة")
    text = (
        'وأعلنت شركة "سنبلة للتقنية" توقيع اتفاق مع البلدية. '
        "وقالت مؤسسة الشركة ومديرتها العامة، سلمى عادل الحربي: "
        '"بدأنا من مطبخ صغير قبل خمس سنوات ونعرف معنى الرفض".\n'
    )
    q = one(text, "مطبخ صغير")
    assert q.speaker == "سلمى عادل الحربي"
    assert q.role == "مؤسسة الشركة ومديرتها العامة"
    text = (
        "قالت ليلى المنصوري، المؤسسة والمديرة العامة لشركة «نوافذ»، إن "
        "«التمويل ما زال صعبا على الشركات الصغيرة». وعن العلاقة مع البنوك، "
        "أوضحت مؤسسة «نوافذ» أن «الحوار قائم لكنه بطيء جدا».\n"
    )
    assert one(text, "الحوار قائم").speaker == "ليلى المنصوري"


def test_an_institution_is_still_no_founder():
    # the negative: "مؤسسة كهرباء …", "مؤسسة البترول …" with no founder met
    # is the institution, its name read whole, no person's
    text = "وأعلنت مؤسسة كهرباء لبنان أن «التقنين سيستمر حتى نهاية الشهر المقبل».\n"
    assert one(text, "التقنين").speaker == "مؤسسة كهرباء لبنان"
    text = (
        "قالت ليلى المنصوري، المؤسسة والمديرة العامة لشركة «نوافذ»، إن "
        "«التمويل ما زال صعبا على الشركات الصغيرة». "
        "وقالت مؤسسة البترول الوطنية في بيان إن «الإنتاج سيرتفع الشهر المقبل».\n"
    )
    assert one(text, "الإنتاج سيرتفع").speaker == "مؤسسة البترول الوطنية"
