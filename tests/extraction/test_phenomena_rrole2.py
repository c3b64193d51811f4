"""Phenomena of the role error classes found on real news excerpts (rrole2):
a post in apposition after the speaker's name, read whole.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_al_amm_after_a_definite_post_after_the_name_is_general():
    # "يقول الناشط X Y Z الأمين العام للنقابة …": after the name, العام
    # right after a definite post is its adjective, not the year (the
    # phrase ended at it and the post was lost)
    text = (
        "عقدت النقابة مؤتمرها السنوي في العاصمة.\n"
        "يقول الناشط النقابي سمير فؤاد الحلبي الأمين العام للنقابة "
        'لـ (الأسبوع) "إن الإضراب سيستمر حتى تلبية المطالب".\n'
    )
    q = one(text, "الإضراب سيستمر")
    assert q.speaker == "سمير فؤاد الحلبي", q
    assert q.role == "الناشط النقابي، الأمين العام للنقابة", q
    # the year after a post: no adjective of its
    text = 'وقال الوزير سمير فؤاد العام الماضي إن "الإضراب سيستمر حتى تلبية المطالب".\n'
    assert one(text, "الإضراب سيستمر").role == "الوزير"


def test_a_bare_post_after_the_name_takes_the_body_after_fi():
    # "X Y الأمين العام المساعد في الحزب الوطني لـ…": a post with no genitive
    # is held in the body في names, which completes it (the role ended at في)
    text = (
        "تواصلت ردود الفعل على التسريبات.\n"
        "وقال كمال يوسف الباحث في جامعة الشمال إن "
        '"التقارير المنشورة لم تأت بجديد يذكر".\n'
    )
    assert one(text, "التقارير المنشورة").role == "الباحث في جامعة الشمال"
    text = (
        "تواصلت ردود الفعل على التسريبات.\n"
        "وقال كمال يوسف عضو في الهيئة العليا للانتخابات إن "
        '"التقارير المنشورة لم تأت بجديد يذكر".\n'
    )
    assert one(text, "التقارير المنشورة").role == "عضو في الهيئة العليا للانتخابات"
    # a post with its genitive is whole: في then tells where it is said
    text = 'وقال كمال يوسف رئيس الوزراء في البرلمان إن "التقارير المنشورة لم تأت بجديد".\n'
    assert one(text, "التقارير المنشورة").role == "رئيس الوزراء"


def test_a_title_and_a_post_around_the_name_outside_speech_are_both_carried():
    # "بعث العميد X Y المتحدث باسم …، برسالة …" then "وأضاف Y:": outside
    # speech too, a title before the name and a post after it, the verb's
    # complement (بـ، على، عن، إلى) or a comma after them, are the subject's
    # both (the post alone was lost at the first mention, so at the quotes)
    text = (
        "شهدت العاصمة هدوءا حذرا.\n"
        "بعث العميد كمال سالم المتحدث باسم الشرطة الوطنية، برسالة طمأنة للمواطنين.\n"
        'وأضاف سالم: "الأمن مستتب في كل المدن".\n'
    )
    assert one(text, "الأمن مستتب").role == "العميد، المتحدث باسم الشرطة الوطنية"
    # a verb that takes its object with no preposition: the post is the
    # object's, the one received
    text = (
        "شهدت العاصمة حراكا دبلوماسيا.\n"
        "استقبل الرئيس كمال سالم وزير الخارجية الفرنسي في القصر.\n"
        'وقال سالم: "العلاقات بين البلدين متينة".\n'
    )
    assert one(text, "العلاقات بين").role == "الرئيس"


def test_a_country_that_opens_with_lam_or_ba_is_no_preposition():
    # "رئيس المجلس الأعلى لقبائل ليبيا الدكتور X Y": the ل of ليبيا (لبنان،
    # بريطانيا، بغداد …) is the name's own, no preposition glued to it: the
    # phrase goes on to the name (it ended before ليبيا and the role, with
    # no name, was lost)
    text = (
        "تتواصل المشاورات بين الأطراف.\n"
        "أكد رئيس المجلس الأعلى لقبائل ليبيا الدكتور كمال سالم، أن الوضع مستقر.\n"
        'وأضاف سالم، في تصريحات تلفزيونية، أن "الأمن مستتب في كل المدن".\n'
    )
    q = one(text, "الأمن مستتب")
    assert q.speaker == "كمال سالم", q
    assert q.role == "رئيس المجلس الأعلى لقبائل ليبيا", q


def test_the_post_of_a_second_person_joined_with_wa_is_carried():
    # "وكان رئيس المجلس X Y، ورئيس البرلمان Z W، قد أعلنا …" then "وأضاف W
    # أن «…»": the post before the second name, joined with و after the
    # first's, is the second's role at the later quotes
    text = (
        "أعلن الطرفان هدنة شاملة.\n"
        "وكان رئيس المجلس الرئاسي كمال سالم، ورئيس البرلمان الوطني سعيد ناصر، "
        "قد أعلنا وقف إطلاق النار.\n"
        'وأضاف ناصر أن "الأمن مستتب في كل المدن".\n'
    )
    assert one(text, "الأمن مستتب").role == "رئيس البرلمان الوطني"


def test_a_post_held_with_a_named_person_before_the_name_in_commas_is_the_role():
    # "علق المستشار الإعلامي للجنرال X Y، Z W، على …" then "وأضاف W:": the
    # name after a title in the post's genitive is the one the post is held
    # with, the name in commas its holder (the role was lost: the post
    # named a person)
    text = (
        "تتفاقم الأزمة المالية في البلاد.\n"
        "وعلق المستشار الإعلامي للجنرال كمال ناصر، سيف الحاضري، على الوضع المزري.\n"
        'وأضاف الحاضري: "الوضع خطير جدا ويستدعي تحركا".\n'
    )
    q = one(text, "الوضع خطير")
    assert q.role == "المستشار الإعلامي للجنرال كمال ناصر", q  # (held before)
    # the name Ali (علي) there, no preposition: the phrase ran to the comma
    # no more, and the name read in it was taken for the holder's
    text = text.replace("كمال ناصر", "علي محسن")
    assert one(text, "الوضع خطير").role == "المستشار الإعلامي للجنرال علي محسن"


def test_a_feminine_nisba_after_a_definite_noun_is_its_adjective_no_title():
    # a headline "… نتائج الانتخابات البرلمانية في روسيا X" then "أعلن وزير
    # الخارجية الروسي Y X …": البرلمانية agrees with الانتخابات, its
    # adjective, no title of X's (the role was "البرلمانية في روسيا")
    text = (
        "الغرب يمهد لإثارة الشكوك بشأن نتائج الانتخابات البرلمانية في روسيا كوزلوف\n"
        "أعلن وزير الخارجية الروسي أندريه كوزلوف أن موسكو ليست غافلة عما يجري.\n"
        'وقال كوزلوف في كلمة ألقاها اليوم: "تحظى شؤوننا الداخلية باهتمام بالغ من الدول".\n'
    )
    assert one(text, "تحظى شؤوننا").role == "وزير الخارجية الروسي"


def test_a_genitive_with_our_after_a_post_is_no_participle():
    # "X Y مدرب منتخبنا،" then "قال Y:": منتخبنا (our team), the post's
    # genitive, is no accusative participle of manner ("معلنا") that ends
    # the phrase (the role was "مدرب")
    text = (
        "عقد المنتخب مؤتمرا صحفيا قبل المباراة.\n"
        "وذلك بحضور دانييل كارلوس مدرب منتخبنا، والتقى بالصحفيين.\n"
        'وعن المنافس قال كارلوس: "لم نكن نعرفهم من قبل".\n'
    )
    assert one(text, "لم نكن نعرفهم").role == "مدرب منتخبنا"


def test_a_bare_title_at_the_quote_takes_the_post_it_heads_told_before():
    # "X Y مدرب منتخبنا" then "وتحدث المدرب Y فقال: «…»": the bare title is
    # the head of the post he was introduced with, which says more
    text = (
        "عقد المنتخب مؤتمرا صحفيا قبل المباراة.\n"
        "وذلك بحضور دانييل كارلوس مدرب منتخبنا، وتحدث في بداية المؤتمر "
        'المدرب كارلوس فقال: "جئنا من أجل الفوز".\n'
    )
    assert one(text, "جئنا من أجل").role == "مدرب منتخبنا"


def test_a_second_post_joined_with_wa_that_names_its_holder_ends_the_first():
    # "X Y مدرب منتخبنا وحارس المرمى Z W،": the second post, joined with و,
    # names its own holder; the first post, X's, ends before it (the whole
    # was read as naming another, and X had no role of his own)
    text = (
        "عقد المنتخب مؤتمرا صحفيا قبل المباراة.\n"
        "وذلك بحضور دانييل كارلوس مدرب منتخبنا وحارس المرمى أحمد سفيان، "
        'وتحدث في بداية المؤتمر المدرب كارلوس فقال: "جئنا من أجل الفوز".\n'
    )
    assert one(text, "جئنا من أجل").role == "مدرب منتخبنا"


def test_an_unnamed_source_s_post_in_construct_is_the_fuller_role_of_its_bare_title():
    # "أن ضابط المخابرات المصرية تكلم …، وصرح الضابط X لهم بأن «…»": the
    # post told of an unnamed source is the fuller description of the bare
    # title the named one gets later (the role was "الضابط")
    text = (
        "كشفت الصحيفة عن تسجيلات صوتية جديدة.\n"
        "وأوردت الصحيفة أن ضابط المخابرات المصرية تكلم في مكالمات هاتفية مع مقدمي "
        'البرامج، وصرح الضابط سامي الخولي لهم بأن "مصر ستنكر هذا القرار علنا".\n'
    )
    assert one(text, "مصر ستنكر").role == "ضابط المخابرات المصرية"


def test_a_bare_title_finds_the_person_whose_role_gives_it_after_a_comma():
    # "بعث العميد X Y المتحدث باسم الشرطة، برسالة …" (role "العميد، المتحدث
    # باسم الشرطة") then "وأضاف المتحدث الأمني:": the title after the comma
    # is his too, as a coordinated one ("… والخبير في …", then "الخبير")
    text = (
        "شهدت العاصمة هدوءا حذرا.\n"
        "بعث العميد كمال سالم المتحدث باسم الشرطة الوطنية، برسالة طمأنة للمواطنين.\n"
        'وأضاف المتحدث الأمني، خلال مداخلة هاتفية: "الأمن مستتب في كل المدن".\n'
    )
    q = one(text, "الأمن مستتب")
    assert q.speaker == "كمال سالم", q
    assert q.role == "العميد، المتحدث باسم الشرطة الوطنية", q
