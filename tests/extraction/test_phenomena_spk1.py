"""Speaker and role phenomena found on real news excerpts (session spk1).

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_question_put_to_the_speaker_is_no_speaker():
    # "ردّ في سؤال لـ… قال «…»": the question is what was asked, never who
    # answers; the verb's subject named before speaks
    text = (
        "أشاد وزير النقل سليم العواد بأداء الشركة الوطنية، وردّ في سؤال للصحفيين "
        'حول تأخر الرحلات قال "نحن نعمل على حل المشكلة في أقرب وقت".\n'
    )
    q = one(text, "نحن نعمل على حل")
    assert same_name(q.speaker, "سليم العواد"), q


def test_a_prepositional_object_after_the_verb_is_no_speaker():
    # "لم يصرح بما يؤثر على …": بما opens the verb's object, not its
    # subject; the speaker of the quote after it is the one named before
    text = (
        "وأكد المدير العام للمستشفى كريم الهاشمي أن الطبيب لم يصرح بما يسيء إلى "
        "الإدارة، وأضاف: (الطبيب تحدث بحسن نية).\n"
    )
    q = one(text, "الطبيب تحدث بحسن نية")
    assert same_name(q.speaker, "كريم الهاشمي"), q


def test_a_titled_name_set_in_marks_is_the_name_and_ends_the_phrase():
    # "نفى وزير الخارجية “علي X” وجود …": some outlets set a person's name
    # in marks after the title; the name is the speaker, the title its role,
    # and the words after the marks are the verb's object
    text = (
        "نفى وزير الزراعة “علي بدر الدين” وجود أزمة في توزيع البذور على المزارعين. "
        "وأضاف: (الكميات المتوفرة تغطي الموسم كله).\n"
    )
    q = one(text, "الكميات المتوفرة تغطي")
    assert q.speaker == "علي بدر الدين", q
    assert q.role == "وزير الزراعة", q


def test_marks_after_a_bare_title_still_name_its_body():
    # "رئيس «جبهة …»، X،": the bare title heads the body's name in marks,
    # the person is named after it
    text = (
        "أعلن رئيس «حركة البناء الجديد»، سامي بوعلام، مشاركة حزبه في الانتخابات، "
        "مؤكدا أن الحزب «سيقدم قوائم في كل الولايات».\n"
    )
    q = one(text, "سيقدم قوائم في كل")
    assert q.speaker == "سامي بوعلام", q


def test_attributed_with_a_glued_lam_names_the_speaker():
    # "وأضافت الوثيقة تنسب الكلام لوزير الصحة «…»": نسب … لـ is نسب … إلى,
    # the one the words are attributed to speaks, not the words (الكلام)
    text = (
        "قال وزير الصحة، عمر الطاهر، إن «المخزون يكفي لستة أشهر». وأضافت الوثيقة "
        "تنسب الكلام لوزير الصحة «لا داعي للقلق في الوقت الحالي».\n"
    )
    q = one(text, "لا داعي للقلق")
    assert q.speaker == "عمر الطاهر", q
    assert q.role == "وزير الصحة", q


def test_a_bare_verb_after_adverbials_goes_on_with_the_that_clause_subject():
    # "وذكر معدو التقرير بأن الوزير X خلال لقاء مع Y، …، قال إن «…»": the
    # verb of saying with no conjunction, after the adverbials set off by
    # commas, has the that-clause's subject, not the main clause's
    text = (
        "وذكر معدو التقرير بأن الوزير عمر الطاهر خلال لقاء مع جان دوبون، السفير "
        "الفرنسي، في 3 مارس 2010، قال إن «المخزون يكفي لستة أشهر».\n"
    )
    q = one(text, "المخزون يكفي")
    assert q.speaker == "عمر الطاهر", q


def test_according_to_what_an_outlet_reported_is_an_aside():
    # "وقال الوزير، …، بحسب ما أفادت صحيفة X، إن «…»": the outlet that
    # reported it relays; the verb's subject speaks
    text = (
        "وقال وزير الخارجية، أمس الخميس، خلال جلسة للجنة البرلمانية، بحسب ما "
        "أفادت صحيفة «الصباح» المحلية، إن «الحكومة لن تتراجع عن قرارها».\n"
    )
    q = one(text, "الحكومة لن تتراجع")
    assert q.speaker == "وزير الخارجية", q


def test_a_statement_issued_after_a_fronted_adverbial_and_faqad():
    # "ولتفادي ذلك فقد أصدرت الوزارة بيانا قالت فيه «…»": the adverbial
    # with no comma, then فقد and the verb; its subject issued the statement
    text = (
        "انتشرت شائعات عن نقص الخبز. ولتفادي الذعر فقد أصدرت وزارة التجارة "
        "بيانا قالت فيه «المخابز تعمل بشكل طبيعي والمخزون كاف».\n"
    )
    q = one(text, "المخابز تعمل")
    assert q.speaker == "وزارة التجارة", q


def test_an_elative_after_bi_is_how_not_who():
    # "ثم تابع بأكثر توضيح: «…»": بـ and an elative tell how he went on,
    # never a name (بـ before a hamza is otherwise stripped off a name)
    text = (
        "قال الوزير الأول، كمال الدراجي، إن «الحكومة ماضية في الإصلاح»، ثم تابع "
        "بأكثر وضوح: «لن نتراجع عن رفع الدعم».\n"
    )
    q = one(text, "لن نتراجع عن رفع")
    assert q.speaker == "كمال الدراجي", q


def test_an_answer_names_who_gives_it():
    # "ومما جاء في إجابة الوزير …": the answer (إجابة), as a statement, is
    # its giver's; a bare verb after it goes on with him
    text = (
        "رفض الوزير الأول، كمال الدراجي، التعليق على التسريبات. ومن ضمن ما جاء في "
        "إجابة الوزير الأول حيال تلك الوثائق إشارته إلى خبرته السابقة، ثم تابع: "
        "«لكل دولة أسرارها».\n"
    )
    q = one(text, "لكل دولة أسرارها")
    assert q.speaker == "كمال الدراجي", q


def test_according_to_with_wa_after_a_comma_opens_a_clause_of_its_own():
    # "…، وحسب الوثائق فإن اللقاءات أثارت «…»": with و the source opens a
    # new clause and is the speaker; only a bare "، بحسب …،" is an aside
    # inside the clause of the verb before it
    text = (
        "كشفت الوثائق عن لقاءات بين مسؤولين أوروبيين وزعماء قبليين، تناولوا "
        "خلالها الأمن في الصحراء، وحسب الوثائق فإن اللقاءات أثارت «قلقا لدى حكومة "
        "البلاد».\n"
    )
    q = one(text, "قلقا لدى حكومة")
    assert q.speaker == "الوثائق", q
