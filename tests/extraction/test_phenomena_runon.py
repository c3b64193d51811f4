"""A name that runs on into its own verb or the verb's object (session of
2026-12-03).

"أن السفير X Y التقى وزير الخارجية"، "الرئيس X يتحدث عن"، "وفدا يقوده X
Y، رئيس …، الذي": a verb of news after a name ends it; "وانتقدت النائبة X
Y المشروع، وقالت"، "أبلغ المتحدث X Y قناة «…» أن": a body, a document, a
common object or an outlet after the name is the verb's object. Every
article here is invented for the test; each positive test fails without
the rule.
"""

from tests.extraction.helpers import one

SAID = 'وقال {} إن "الحكومة تتجاهل مطالب الشارع".'


def test_a_verb_after_the_name_ends_it():
    for lead, later, name, role in (
        (
            "ذكرت وثيقة مسربة أن السفير البريطاني في الرباط جون هاملتون التقى "
            "وزير الداخلية المغربي في مارس 2009.",
            "السفير",
            "جون هاملتون",
            "السفير البريطاني في الرباط",
        ),
        (
            "ذكرت وثيقة مسربة أن السفيرة الكندية في عمان سارة ميلر عقدت لقاء مع "
            "وزير الداخلية في مارس 2009.",
            "السفيرة",
            "سارة ميلر",
            "السفيرة الكندية في عمان",
        ),
        (
            "أفادت مصادر أن المبعوث الأممي كارل فيشر زار مخيمات اللاجئين أمس.",
            "فيشر",
            "كارل فيشر",
            "المبعوث الأممي",
        ),
        (
            "أفادت مصادر أن الوزير كمال المرزوقي يستقبل اليوم وفدا أوروبيا.",
            "المرزوقي",
            "كمال المرزوقي",
            "الوزير",
        ),
        (
            "أفادت مصادر أن الوزيرة ليلى حمدي تترأس لجنة التحقيق.",
            "حمدي",
            "ليلى حمدي",
            "الوزيرة",
        ),
        (
            "أفادت مصادر أن الوزير كمال مرجان يلتقي غدا نظيره الفرنسي.",
            "الوزير",
            "كمال مرجان",
            "الوزير",
        ),
        (
            "وكتب الموقع أن الأمين العام للحزب سمير بنعلي اتهم، أمام أنصاره، الحكومة بالفشل.",
            "الأمين العام",
            "سمير بنعلي",
            "الأمين العام للحزب",
        ),
    ):
        verb = "وقالت" if later in ("السفيرة", "حمدي") else "وقال"
        text = f'{lead} {verb} {later} إن "الحكومة تتجاهل مطالب الشارع".'
        q = one(text, "مطالب الشارع")
        assert (q.speaker, q.role) == (name, role), (name, q)


def test_a_verb_before_a_name_in_commas_is_no_word_of_it():
    for verb in ("يقوده", "يرافقه"):
        text = (
            f"استقبل الوزير وفدا من رجال الأعمال {verb} سمير بنعلي، رئيس غرفة "
            'التجارة، الذي صرح بأن "المقاولات الصغيرة تعاني من التأخير".'
        )
        q = one(text, "المقاولات الصغيرة")
        assert (q.speaker, q.role) == ("سمير بنعلي", "رئيس غرفة التجارة"), (verb, q)


def test_a_definite_object_after_a_titled_name_ends_it():
    for verb, title, name, obj in (
        ("وانتقدت", "النائبة عن حزب الأمل", "سعاد منصور", "المشروع"),
        ("ورفض", "رئيس الحزب", "منير بوعزيز", "الاتفاق"),
        ("وهاجم", "النائب", "كريم عياد", "القرار"),
        ("وانتقد", "الوزير السابق", "هشام بوزيد", "الحكومة"),
    ):
        said = "وقالت" if verb.endswith("ت") else "وقال"
        text = f'{verb} {title} {name} {obj}، {said} إن "الحكومة تتجاهل مطالب الشارع".'
        q = one(text, "مطالب الشارع")
        assert (q.speaker, q.role) == (name, title), (name, q)


def test_a_plural_object_after_a_known_last_name_ends_it():
    text = (
        'قال وزير الخارجية الأمريكي جيمس هارتلي إن "الزيارة مهمة جدا للبلدين". '
        'ووصف هارتلي العلاقات بين البلدين بأنها "ازدادت قوة ومتانة".'
    )
    q = one(text, "ازدادت قوة")
    assert q.speaker == "جيمس هارتلي", q


def test_an_outlet_after_the_name_is_the_one_told():
    for outlet in ('قناة "الميادين"', 'صحيفة "الشروق"'):
        text = (
            f'أبلغ المتحدث باسم الحركة سامي عبد الرحيم {outlet} أن "المفاوضات متعثرة منذ أسابيع".'
        )
        q = one(text, "المفاوضات متعثرة")
        assert (q.speaker, q.role) == ("سامي عبد الرحيم", "المتحدث باسم الحركة"), q


def test_names_that_look_like_verbs_or_objects_stay():
    # negatives: family names with the article, names in ي/ت, a family name
    # before a comma, a verbal noun and its genitive
    for subject, speaker in (
        ("النائب سالم الكعبي", "سالم الكعبي"),
        ("رئيس الحزب منير الغنوشي", "منير الغنوشي"),
        ("الوزير خالد يعقوب", "خالد يعقوب"),
        ("الوزير أحمد يوسف", "أحمد يوسف"),
        ("المدرب محمد توفيق", "محمد توفيق"),
        ("الناشط ماجد حسن الطويل،", "ماجد حسن الطويل"),
        ("النائب عبد الله الحكيم", "عبد الله الحكيم"),
        ("الوزيرة نجاة الخصاونة", "نجاة الخصاونة"),
    ):
        q = one(SAID.format(subject), "مطالب الشارع")
        assert q.speaker == speaker, (subject, q)
    q = one(
        'قالت الناطقة باسم المحكمة سلمى حداد إن "الجلسة تأجلت". وأبدت قلق '
        'المحكمة من التأخير، مشيرة إلى أن "القضية تخص الرأي العام".',
        "القضية تخص",
    )
    assert q.speaker == "سلمى حداد", q
