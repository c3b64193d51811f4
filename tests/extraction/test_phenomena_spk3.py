"""Speaker phenomena found on real news text (sets r6-r8, kept outside the
repository).

Every article here is written for the test, in invented sentences with
invented names; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_verb_of_saying_goes_on_with_the_last_reporting_verbs_subject():
    # "قال X …. وأضاف … وأوضح الوزير أنه …. وتابع: «…»": no quote of his
    # before, the person reported in indirect speech for several sentences
    # speaks on (he was first named more than three sentences back)
    text = (
        "قال المهندس سامي الوردي، وزير التجهيز، إن أشغال الطريق ستنتهي قبل الصيف. "
        "وأضاف وزير التجهيز أن الكلفة تجاوزت التقديرات الأولى بقليل. "
        "ثم تحدث عن الجسور الجديدة في الجنوب. "
        "وأوضح الوزير أن الفرق تعمل ليلا ونهارا في الورشات الكبرى. "
        "وتابع: «لن نترك أي قرية معزولة بعد اليوم».\n"
    )
    q = one(text, "لن نترك أي قرية")
    assert q.speaker == "سامي الوردي", q
    assert q.role == "وزير التجهيز", q


def test_a_family_name_after_a_linked_name_then_the_post_in_apposition():
    # "أكد X بن Y الفلان رئيس هيئة …": the article word after the linked
    # name is the family name (the post follows it), not the verb's object,
    # a nisba or not
    text = (
        "أكد السيد خالد بن عبدالرحمن الراشد رئيس هيئة الموانئ أن الميناء الجديد "
        "سيفتح أبوابه في الربيع. وأضاف: «سنستقبل أكبر السفن في المنطقة».\n"
    )
    q = one(text, "سنستقبل أكبر السفن")
    assert q.speaker == "خالد بن عبدالرحمن الراشد", q
    assert q.role == "رئيس هيئة الموانئ", q


def test_an_honorific_before_a_shortened_title_is_the_person_named_with_it():
    # "وأكد سعادة رئيس الهيئة أن «…»": the honorific, then the title the
    # person was introduced with, no name: that person
    text = (
        "قال خالد المنصوري رئيس هيئة الموانئ إن الميناء الجديد سيفتح أبوابه في الربيع. "
        "وأكد سعادة رئيس هيئة الموانئ أن «الميناء سيستقبل أكبر السفن في المنطقة».\n"
    )
    q = one(text, "الميناء سيستقبل أكبر السفن")
    assert q.speaker == "خالد المنصوري", q
    assert q.role == "رئيس هيئة الموانئ", q


def test_a_speech_noun_with_a_pronoun_after_according_to_is_no_name():
    # "«…»، بحسب وصفه.": "as he put it", the speaker met before, not a
    # person called "وصفه" (who would then speak on)
    text = (
        "تحدث المدرب كريم الساحلي مطولا عن مباراة الأمس أمام النادي الأهلي. "
        "«الهزيمة لم تكن سوى حادث عابر في مسيرة الفريق»، بحسب وصفه. "
        "وأضاف: «سنعود أقوى في المباراة القادمة أمام جمهورنا».\n"
    )
    assert one(text, "حادث عابر في مسيرة").speaker == "كريم الساحلي"
    assert one(text, "سنعود أقوى").speaker == "كريم الساحلي"
    # the words in marks too short to be a quotation still name nobody
    text = (
        "تحدث المدرب كريم الساحلي مطولا عن مباراة الأمس أمام النادي الأهلي. "
        "وأوضح المدرب أن الهزيمة لم تكن سوى «حادث عابر»، بحسب تعبيره. "
        "وأضاف: «سنعود أقوى في المباراة القادمة أمام جمهورنا».\n"
    )
    assert one(text, "سنعود أقوى").speaker == "كريم الساحلي"


def test_between_before_a_definite_dual_is_the_preposition_not_a_verb():
    # "أشاد X بالروابط ، بين الشعبين …، مضيفا": بين (also the verb بيّن)
    # before a definite dual or plural in the oblique case is "between";
    # its object is no speaker
    text = (
        "قال وزير الاتصال سمير الحداد إن العلاقات جيدة. كما أشاد الحداد بالروابط "
        "التاريخية ، بين الشعبين الشقيقين، مضيفا أنه «لا يمكن التفريط في هذا الإرث "
        "المشترك بين البلدين».\n"
    )
    q = one(text, "لا يمكن التفريط")
    assert q.speaker == "سمير الحداد", q
    assert q.role == "وزير الاتصال", q


def test_a_noun_glued_to_bi_after_a_family_name_is_the_verbs_object():
    # "نوه X بالروابط التاريخية، مضيفا": after a family name with the
    # article, a noun with بال and its adjective is the verb's object, not
    # a Gulf family name in بال ("عبدالله بالحيف النعيمي،")
    text = (
        "قال وزير الاتصال سمير الحداد إن العلاقات جيدة. كما نوه الحداد بالروابط "
        "التاريخية، مضيفا أنه «لا يمكن التفريط في هذا الإرث المشترك بين البلدين».\n"
    )
    q = one(text, "لا يمكن التفريط")
    assert q.speaker == "سمير الحداد", q
    assert q.role == "وزير الاتصال", q


def test_a_subject_after_that_set_off_from_its_verb_by_a_comma():
    # "كشفت برقية أن المسؤول عن ملف الطاقة، قال «…»": the subject of the
    # that-clause, a comma, then the verb right before the words it quotes
    text = (
        "كشفت برقية مسربة أن المسؤول عن ملف الطاقة في الحكومة، قال «إن البلاد "
        "تواجه أزمة خانقة في الوقود».\n"
    )
    q = one(text, "تواجه أزمة خانقة")
    assert q.speaker == "المسؤول عن ملف الطاقة في الحكومة", q


def test_a_bare_title_of_the_same_body_is_the_person_quoted_before():
    # "وقال المسؤول الأول في ذات القطاع: «…»": the head of "the same"
    # sector, named by a title only, is the minister named and quoted before
    text = (
        "قال وزير الفلاحة نبيل الصغير إن الموسم سيكون جيدا. وقال الصغير: «المخزون "
        "يكفي لستة أشهر». وعن الأسعار، قال المسؤول الأول في ذات القطاع: «لن "
        "نسمح بأي مضاربة في السوق».\n"
    )
    q = one(text, "لن نسمح بأي مضاربة")
    assert q.speaker == "نبيل الصغير", q
    assert q.role == "وزير الفلاحة", q


def test_a_relay_with_place_and_date_in_commas_before_its_particle():
    # "ونقلت برقية كتبتها السفارة في X، في مايو 2009، عن Y قوله «…»": where
    # and when the cable was written, set off by commas, come before عن;
    # the one after عن speaks, not the embassy that wrote the cable
    text = (
        "ونقلت برقية كتبتها السفارة البريطانية في عمان، في آذار 2010، عن الوزير "
        "سالم الحمود قوله «إن الحدود الشرقية آمنة تماما»."
    )
    q = one(text, "الحدود الشرقية آمنة")
    assert q.speaker == "سالم الحمود", q


def test_a_demonstrative_before_the_document_of_an_impersonal_cue():
    # "وجاء في تلك الوثائق أن …": the document after the demonstrative is the
    # source, not the outlet named before it
    text = (
        "وصفت صحيفة «الأفق» اليومية ما جرى بأنه تحول كبير، وجاء في تلك الوثائق "
        "أن الحكومة «فقدت السيطرة على أسعار المواد الأساسية منذ أشهر».\n"
    )
    q = one(text, "فقدت السيطرة على أسعار")
    assert q.speaker == "الوثائق", q


def test_a_bodys_one_word_name_ending_a_title_is_no_persons_name():
    # "ولفت نائب وزير الخارجية في حكومة عدن إلى أن": the body's own name
    # (a city here) ends the title; no person is named, so the title is the
    # person introduced with it
    text = (
        "قال نائب وزير الخارجية في حكومة عدن سالم الكثيري إن الوضع صعب. ولفت نائب "
        "وزير الخارجية في حكومة عدن إلى أن «الأزمة ستطول كثيرا».\n"
    )
    q = one(text, "الأزمة ستطول")
    assert q.speaker == "سالم الكثيري", q


def test_an_indefinite_accusative_noun_and_adjective_is_no_speaker():
    # "وشن الوزير هجوما عنيفا على …، وقال إن «…»": a noun and its adjective
    # in the accusative (tanween alif) are the verb's object; the elided
    # subject of the next verb is the one who attacked
    text = (
        "وشن رئيس الحزب سامي العبيدي هجوما شديدا على الحكومة، وقال: «الحكومة فشلت في كل الملفات».\n"
    )
    q = one(text, "الحكومة فشلت")
    assert q.speaker == "سامي العبيدي", q
    assert q.role == "رئيس الحزب", q


def test_a_title_with_a_possessive_suffix_reads_like_a_definite_title():
    # "على لسان مندوبها الدائم لدى …، X أن «…»", "وزيرها للخارجية، X،": a
    # title with a possessive suffix is definite, as one with the article
    # is: its role reads on, and the name after its comma speaks
    text = (
        "واعتبرت هولندا على لسان مندوبها الدائم لدى الاتحاد الأوروبي، "
        'ماركوس هولتز أن "القرار سيضر بالمزارعين".\n'
    )
    q = one(text, "القرار سيضر")
    assert q.speaker == "ماركوس هولتز", q
    text = 'وردت الحكومة على لسان وزيرها للداخلية، سليم الحداد، بأن "الانتخابات ستجري في موعدها".\n'
    q = one(text, "الانتخابات ستجري")
    assert q.speaker == "سليم الحداد", q


def test_a_definite_noun_after_without_is_an_adverbial_not_the_subject():
    # "وتابع دون الخوض في التفاصيل أن «…»": دون and its verbal noun, even
    # with the article, tell how; the elided subject is the last speaker
    text = (
        "وقال وزير النقل سامي الهاشمي إن الطريق سيفتح قريبا.\n\n"
        'وتابع دون الخوض في التفاصيل ان "الأشغال ستنتهي في الربيع".\n'
    )
    q = one(text, "الأشغال ستنتهي")
    assert q.speaker == "سامي الهاشمي", q
