"""Verbs and frames that chose the wrong person (frame3, 2026-12-04).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_title_word_that_is_a_given_name_after_a_definite_title_opens_the_name():
    # "الوزير رائد خوري": رائد (a rank) with no article after a definite
    # title is the given name; the role never holds the name
    for text, speaker, role in (
        (
            'قال النائب وليد جابر إن "الوضع صعب". الوزير رائد خوري قال: "نحن جاهزون للعمل".',
            "رائد خوري",
            "الوزير",
        ),
        (
            "قال النائب وليد جابر إن «الوضع صعب». الوزير رائد خوري سأل: هل نملك خطة للكهرباء؟",
            "رائد خوري",
            "الوزير",
        ),
        ("قال الوزير رائد خوري إن «الوضع صعب جدا».", "رائد خوري", "الوزير"),
        ("وقال النائب أمير سلامة إن «الموازنة متأخرة».", "أمير سلامة", "النائب"),
        ("قال وزير الخارجية رائد خوري إن «الوضع صعب».", "رائد خوري", "وزير الخارجية"),
    ):
        q = [q for q in extract(text) if q.speaker != "وليد جابر"][-1]
        assert q.speaker == speaker and q.role == role, (text, q)


def test_title_word_given_name_rule_keeps_ranks_and_genitives():
    for text, speaker, role in (
        # the rank with its article is the role
        ("وقال الرائد سمير خوري إن «الوضع صعب».", "سمير خوري", "الرائد"),
    ):
        q = one(text, "الوضع صعب")
        assert q.speaker == speaker and q.role == role, (text, q)
    # "رائد فضاء": the post with its genitive, no name
    q = one("وقال الأمريكي رائد فضاء إن «الرحلة ناجحة».", "الرحلة ناجحة")
    assert q.speaker != "رائد فضاء", q


def test_verb_after_a_fronted_meeting_is_the_meeting_holders():
    # "خلال اجتماع X بـY، شدد على أن": the verb has no subject after it;
    # who held the meeting speaks, not the one met named last
    for text, speaker, role in (
        (
            "خلال اجتماع رئيس الجمهورية سامر الحلبي اليوم بكل من ليلى حداد رئيسة"
            " الحكومة، وكريم منصور وزير الداخلية، شدد على أن «الأمن أولوية مطلقة».",
            "سامر الحلبي",
            "رئيس الجمهورية",
        ),
        (
            "وخلال لقاء الرئيس مراد العلي بوزير الخارجية أحمد سالم، أكد أن «العلاقات ممتازة».",
            "مراد العلي",
            "الرئيس",
        ),
        (
            "وأثناء استقبال الرئيس مراد العلي السفير الفرنسي جان دوبون، أكد أن"
            " «لبنان يحتاج الدعم».",
            "مراد العلي",
            "الرئيس",
        ),
        (
            "وصل الرئيس مراد العلي إلى باريس. وخلال لقائه بوزير الخارجية أحمد"
            " سالم، أكد أن «العلاقات ممتازة».",
            "مراد العلي",
            "الرئيس",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_meeting_holder_rule_leaves_verbs_with_their_own_subject():
    for text, speaker in (
        # the verb names its subject
        (
            "وخلال لقاء الرئيس مراد العلي بوزير الخارجية أحمد سالم، أكد الوزير سالم"
            " أن «العلاقات ممتازة».",
            "أحمد سالم",
        ),
        ("وخلال لقاء مع الصحفيين، قال الرئيس مراد العلي إن «الدعم مستمر».", "مراد العلي"),
        # the verb's gender is the one met's
        (
            "وخلال اجتماع الرئيس مراد العلي بوزيرة الصحة ليلى حداد، قالت إن «الوضع مستقر».",
            "ليلى حداد",
        ),
        # the pronoun's gender is not the verb's
        (
            "وصلت الوزيرة ليلى حداد إلى تونس. وخلال لقائها بالرئيس مراد العلي، قال إن"
            " «الدعم مستمر».",
            "مراد العلي",
        ),
        # a body's meeting under its chair
        (
            "وخلال اجتماع مجلس الوزراء برئاسة الرئيس مراد العلي، أكد أن «الدعم مستمر».",
            "مراد العلي",
        ),
    ):
        q = one(text, "الدعم مستمر" if "الدعم مستمر" in text else "")
        assert q.speaker == speaker, (text, q)


def test_request_after_a_short_fronted_adverbial_is_a_cue():
    # "على الهامش طلب X من Y «…»": the asker speaks, not the last speaker
    text = (
        "وقالت السفيرة جين سميث في برقيتها «أبلغنا حداد أن لديه مقاتلين كثيرين»."
        " على الهامش طلب سمير حداد من سميث «دعم رئيس الحكومة في مواجهة الضغوط»."
    )
    assert one(text, "دعم رئيس الحكومة").speaker == "سمير حداد"
    # more asked words in marks after "، و": the request is still a cue
    text = (
        "وقال سيسون إن «الوضع صعب جدا في البلد». وطلب حداد من سيسون «دعم رئيس"
        " الحكومة في مواجهة الضغوط»، و«رفع معنويات» الزعماء."
    )
    assert one(text, "دعم رئيس الحكومة").speaker == "حداد"


def test_request_adverbial_rule_near_misses():
    # no subject after the verb: the adverbial is none
    text = (
        "وقال الوزير سمير حداد إن «الوضع صعب». وعلى الفور طلب من السفير جون سميث"
        " «نقل رسالة واضحة إلى حكومته»."
    )
    assert one(text, "نقل رسالة").speaker == "سمير حداد"
    # the thing asked for in marks, the clause going on after them
    q = one("وطلبت الحكومة من البنك الدولي «قرضا بقيمة مليون دولار» لتمويل المشاريع.", "قرضا")
    assert q.cue is None, q


def test_congratulating_verb_after_kama_names_the_speaker():
    # "كما هنأ الرئيس X، في بيان، Y «بحكومة …»": هنأ folds to the adverb
    # هنا; after كما and before a title it is the verb whose subject speaks
    for text in (
        "قال النائب وليد جابر إن «الوضع صعب». كما هنأ الرئيس مراد العلي، في بيان،"
        " رئيس الحكومة سمير حداد واللبنانيين «بحكومة العمل والإنقاذ التي تطل علينا».",
        # a name label heading the line
        "قال النائب وليد جابر إن «الوضع صعب».\nمراد العلي: كما هنأ الرئيس مراد العلي،"
        " في بيان، رئيس الحكومة سمير حداد واللبنانيين «بحكومة العمل والإنقاذ التي تطل"
        " علينا».",
    ):
        q = one(text, "بحكومة العمل")
        assert (q.speaker, q.role) == ("مراد العلي", "الرئيس"), (text, q)


def test_kama_huna_as_here_is_no_verb():
    text = "قال النائب وليد جابر إن «الوضع صعب». كما هنا الوضع «مختلف تماما عن الأمس»."
    assert one(text, "مختلف تماما").speaker == "وليد جابر"


def test_describing_verb_after_a_relative_has_the_antecedent_for_subject():
    q = one(
        "التقى الوزير أوكتاي يلدز، الذي وصف العراق بأنه «شريك أساسي في استقرار السوق».",
        "شريك أساسي",
    )
    assert (q.speaker, q.role) == ("أوكتاي يلدز", "الوزير"), q


def test_the_one_met_with_his_pronoun_is_the_object_no_name():
    text = (
        "التقى السفير جون سميث الوزير سامي الحداد. ويصف السفير محدثه بأنه"
        " «رجل براغماتي يعرف ما يريد»."
    )
    assert one(text, "رجل براغماتي").speaker == "جون سميث"


def test_object_between_a_describing_verbs_subject_and_bi_anna():
    for text, speaker in (
        ("ووصف وزير الصحة الاتفاق بأنه «خطوة تاريخية».", "وزير الصحة"),
        ("ووصف رئيس الحكومة الليبية الوضع بأنه «كارثي بكل المقاييس».", "رئيس الحكومة الليبية"),
        ("ووصف الرئيس اللبناني الاتفاق بأنه «خطوة تاريخية».", "الرئيس اللبناني"),
        ("ووصفت وزارة الصحة الوضع بأنه «مستقر تماما الآن».", "وزارة الصحة"),
        ("ووصف سعد الحريري الأسد بأنه «رجل خطير جدا».", "سعد الحريري"),
        (
            "قال الوزير سامي حداد إن «الوضع صعب». ووصف الوزير المواطنين بأنهم"
            " «شركاء في المسؤولية».",
            "سامي حداد",
        ),
        (
            "وطمأنت وزارة الصحة المواطنين بأن «اللقاحات متوفرة بكميات كافية».",
            "وزارة الصحة",
        ),
    ):
        q = extract(text)[-1]
        assert q.speaker == speaker, (text, q)
    q = one(
        "قال الوزير سامي حداد إن «الوضع صعب». ووصف الوزير المواطنين بأنهم «شركاء».", "الوضع صعب"
    )
    assert q.role == "الوزير", q


def test_describing_verb_object_rule_near_misses():
    for text, speaker in (
        # an adjective of the post, a nisba, a title's genitive: the subject's
        ("ووصف الرئيس السابق بأنه «رجل دولة من الطراز الأول».", "الرئيس السابق"),
        ("ووصف رئيس مجلس النواب بأنه «رجل دولة من الطراز الأول».", "رئيس مجلس النواب"),
        ("ووصفت نقابة الصحفيين المصريين بأن «القرار جائر وغير مقبول».", "نقابة الصحفيين المصريين"),
        # a verb of describing in VS order, its subject after it
        ("ووصف الوزير سامي الحداد الاتفاق بأنه «خطوة تاريخية».", "سامي الحداد"),
    ):
        q = extract(text)[-1]
        assert q.speaker == speaker, (text, q)


def test_reassuring_verb_is_a_cue():
    text = (
        "قالت سلوى بن عمر، مديرة المرصد، إن «الذروة قريبة». وطمأنت المديرة بأن «الوضع تحت السيطرة»."
    )
    q = one(text, "تحت السيطرة")
    assert (q.speaker, q.role) == ("سلوى بن عمر", "مديرة المرصد"), q


def test_verb_of_saying_glued_to_lam_of_purpose_is_no_name_word():
    # "وعاد وزير الصحة ليؤكد أن": ليؤكد is "to assert", not the name of the
    # minister (whose title then resolved to it)
    text = (
        "قال وزير الصحة سعيد الحارثي إن «الحالة مستقرة». وأوضح المدير أحمد الراشدي"
        " أن «المتحور أقل خطورة». وعاد وزير الصحة ليؤكد أن «لا حاجة للإغلاق»."
    )
    q = one(text, "لا حاجة")
    assert (q.speaker, q.role) == ("سعيد الحارثي", "وزير الصحة"), q
    q = one("وعاد وزير الصحة ليؤكد أن «لا حاجة للإغلاق».", "لا حاجة")
    assert q.speaker == "وزير الصحة", q


def test_names_opening_in_li_stay_names():
    for text, speaker in (
        ("وقال ليث حداد إن «الوضع مستقر».", "ليث حداد"),
        ("وقالت ليلى تيسير إن «الوضع مستقر».", "ليلى تيسير"),
    ):
        assert one(text, "الوضع مستقر").speaker == speaker, text


def test_a_clause_or_conjunct_after_a_comma_and_wa_is_no_apposition():
    # "عدد من ضباط الأمن، وتم قتل 15 متشددا، فقال": the phrase before the
    # و clause is no fronted subject; the sentence's subject speaks
    text = (
        "قال الرئيس سامر الحلبي إن «الدولة قوية». وتطرق الرئيس الحلبي في حديثه إلى"
        " حادثة الواحات التي راح ضحيتها عدد من ضباط وجنود قوات الأمن، وتم قتل 15"
        " متشددا فيها، فقال: «بدأنا التحقيقات في الحادثة»."
    )
    q = one(text, "بدأنا التحقيقات")
    assert (q.speaker, q.role) == ("سامر الحلبي", "الرئيس"), q


def test_aside_with_wa_huwa_still_sets_off_a_fronted_subject():
    q = one("أم أحمد، وهي معلمة، تقول: «الوضع صعب جدا».", "الوضع صعب")
    assert q.speaker == "أم أحمد", q


def test_given_name_title_word_before_a_family_name_with_the_article():
    text = (
        "قال الناطق باسم نقابة العاملين في الوظيفة العمومية رائد الصوص إن «الموظفين"
        " لم يعودوا قادرين على التحمل». وتابع الصوص: «سنعلن خطواتنا»."
    )
    for frag in ("الموظفين", "سنعلن"):
        q = one(text, frag)
        assert (q.speaker, q.role) == (
            "رائد الصوص",
            "الناطق باسم نقابة العاملين في الوظيفة العمومية",
        ), q
    # a country or a feminine noun after it: the title's genitive
    q = one("وقال الشيخ صباح الأحمد أمير الكويت إن «الوحدة ضرورية».", "الوحدة")
    assert (q.speaker, q.role) == ("صباح الأحمد", "أمير الكويت"), q
    q = one("وقال المحافظ أمير المنطقة إن «الوضع جيد».", "الوضع جيد")
    assert q.speaker != "المنطقة" and q.role != "المحافظ", q


def test_possessed_noun_after_fi_is_the_verbs_adjunct_no_post():
    # "ورافق المحافظ في جولته X رئيس حي …": "in his tour" is no place of the
    # governor's post, and X (the one who went along) keeps his own post
    text = (
        "ورافق المحافظ في جولته المهندس سامي عبد اللطيف رئيس حي المنتزه. وقال عبد"
        " اللطيف إن «الحملات تبدأ غدا»."
    )
    q = one(text, "الحملات")
    assert (q.speaker, q.role) == ("سامي عبد اللطيف", "رئيس حي المنتزه"), q


def test_place_of_a_post_after_fi_stays_in_the_role():
    for text, speaker, role in (
        ("وقال القنصل في سبتة أحمد العلمي إن «الوضع مستقر».", "أحمد العلمي", "القنصل في سبتة"),
        (
            "وقال النائب في البرلمان سامي حداد إن «الوضع مستقر».",
            "سامي حداد",
            "النائب في البرلمان",
        ),
    ):
        q = one(text, "الوضع مستقر")
        assert (q.speaker, q.role) == (speaker, role), (text, q)


def test_name_after_a_relatives_verb_with_the_antecedents_pronoun_is_its_subject():
    # "السفير X، الذي وصفه حداد بأنه «…»": the pronoun on the verb is the
    # antecedent, the one described; the name after the verb describes him
    for text in (
        "التقى الوزير سامي حداد السفير جون سميث، الذي وصفه حداد بأنه «صديق حقيقي للبنان».",
        "التقى الوزير سامي حداد السفير جون سميث، الذي وصفه سامي حداد بأنه «صديق حقيقي للبنان».",
    ):
        q = one(text, "صديق حقيقي")
        assert (q.speaker, q.role) == ("سامي حداد", "الوزير"), (text, q)


def test_pluperfect_clause_with_its_object_then_marks_is_its_subjects():
    # "وكان الشريف قد اتهم الحكومة بأنها «…»": a verb with its object, no
    # verb of saying, then the words; its subject (a name met before),
    # not the last speaker
    text = (
        "رفع المستشار عادل جبر رئيس مجلس النواب الجلسة بعد مشادة بين النائبين عمرو"
        " الشريف وحسين البنا. وقال جبر: «لن أسمح بالفوضى». وكان الشريف قد اتهم"
        " الحكومة بأنها «تخفي الأرقام الحقيقية للدين الخارجي»."
    )
    q = one(text, "تخفي الأرقام")
    assert (q.speaker, q.role) == ("عمرو الشريف", "النائب"), q
