"""Phenomena found by the fresh author's set F15 (``articles_blind20.py``).

Every article here is written for the test, in sentences that are not in
F15's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_short_follow_up_after_a_gesture_and_a_colon_is_a_quotation():
    # "ثم يضحك: "…"": the same speaker goes on after a gesture for a cue; a
    # quote of three words after the colon is still the speaker's words
    text = (
        'وتقول أم سمير، بائعة خضار في السوق: "لم نبع شيئا منذ الصباح بسبب المطر". '
        'ثم تتنهد: "الرزق على الله".\n'
    )
    q = one(text, "الرزق على الله")
    assert same_name(q.speaker, "أم سمير"), q


def test_a_family_name_with_the_article_third_before_that_after_a_saying_verb():
    # "قال وزير X فلان فلان الفلاني ان": a verb of saying has no object
    # before its that-clause, so the article word is the family name, and
    # the surname alone later is the same person with their title
    text = (
        'قال وزير الزراعة خالد سليمان القضاة ان "الموسم الزراعي تأثر بشدة بقلة الأمطار" '
        'واضاف القضاة ان "الوزارة ستعوض المزارعين المتضررين قبل نهاية العام"\n'
    )
    q = one(text, "ستعوض المزارعين")
    assert same_name(q.speaker, "خالد سليمان القضاة"), q
    assert q.role and "وزير الزراعة" in q.role, q


def test_an_anonymous_source_in_the_accusative_after_that_is_named_in_the_nominative():
    # "ذكرت البرقية أن مسؤولا أمنيا رفيعا أبلغ …": the description after أنّ
    # is accusative; the source is named as the article would name it
    text = (
        "وذكرت الوثيقة ان مسؤولا أمنيا رفيعا ابلغ الملحق العسكري ان "
        '"الحدود الجنوبية تشهد تهريبا واسعا للسلاح منذ اشهر"\n'
    )
    q = one(text, "تهريبا واسعا")
    assert q.speaker == "مسؤول أمني رفيع", q


def test_an_aside_with_he_or_she_ends_the_apposition_role():
    # "يقول X، أحد العمال وهو أب لأربعة أطفال منذ …": the aside after وهو
    # describes the person; the role is the apposition before it
    text = (
        '"لم نتقاض أجورنا منذ ثلاثة أشهر ولا أحد يسأل عنا"، يقول رضا الماجري، '
        "أحد العمال المضربين وهو أب لأربعة أطفال يعيلهم وحده.\n"
    )
    q = one(text, "لم نتقاض أجورنا")
    assert q.role == "أحد العمال المضربين", q


def test_a_title_with_where_it_is_held_in_ba_and_an_adjective_then_the_name_in_commas():
    # "قال أستاذ القانون بالجامعة اللبنانية، X، لـ"…":": the place of the post
    # (بالـ + its adjective) belongs to the title; the name in commas follows
    text = (
        'وقال أستاذ القانون الدستوري بالجامعة اللبنانية، سمير الحلبي، لـ"النهار": '
        '"الحكومة تجاوزت صلاحياتها في هذا الملف بشكل واضح"\n'
    )
    q = one(text, "تجاوزت صلاحياتها")
    assert same_name(q.speaker, "سمير الحلبي"), q
    assert q.role == "أستاذ القانون الدستوري بالجامعة اللبنانية", q


def test_where_the_person_lives_in_apposition_is_the_role():
    # "وقال المواطن X، من سكان حي …:": the apposition after من سكان/أهالي
    # is the fuller description, and no name
    text = (
        "وقال المواطن فهد العتيبي، من سكان حي النسيم: "
        "«المياه دخلت البيوت للمرة الثانية هذا الشهر ولم يأت أحد»\n"
    )
    q = one(text, "المياه دخلت البيوت")
    assert same_name(q.speaker, "فهد العتيبي"), q
    assert q.role == "من سكان حي النسيم", q


def test_a_sentence_opening_with_an_anonymous_source_and_where_it_works_then_the_verb():
    # "مصدر في وزارة X أوضح لـ… أن": subject-verb order with the source's
    # place after في; not the speaker of the paragraph before
    text = (
        'وقال رئيس نقابة السائقين جورج عازار: "الأسعار لم تعد تحتمل".\n\n'
        'مصدر في وزارة الطاقة أكد لـ"الأخبار" أن "الشحنة ستصل قبل نهاية الأسبوع".\n'
    )
    q = one(text, "الشحنة ستصل")
    assert q.speaker_kind == "anonymous", q
    assert same_name(q.speaker, "مصدر في وزارة الطاقة"), q


def test_an_anonymous_source_before_its_verb_after_that_is_taken_up_by_its_head():
    # "أفادت الوثيقة أن دبلوماسيا أوروبيا أبلغ السفير X أن …" then "وأضاف
    # الدبلوماسي أن …": the source is the verb's subject, the ambassador its
    # addressee; the bare head later is the source again
    text = (
        "وافادت الوثيقة ان دبلوماسيا اوروبيا ابلغ السفير الامريكي جون كارتر ان "
        '"المفاوضات وصلت الى طريق مسدود منذ اسابيع" واضاف الدبلوماسي ان '
        '"الطرفين لا يثقان ببعضهما اطلاقا"\n'
    )
    q = one(text, "لا يثقان")
    assert q.speaker_kind == "anonymous", q
    assert q.speaker == "دبلوماسي اوروبي", q


def test_a_relaying_document_with_its_reference_and_date_before_the_particle():
    # "وتنقل وثيقة ثانية (REF) تعود إلى مارس 2010 عن مسؤول … قوله:": the
    # document's reference and a relative clause come between it and عن
    text = (
        "وتنقل وثيقة ثانية (10RABAT212) تعود إلى مارس 2010 عن مسؤول حزبي مغربي قوله: "
        '"الانتخابات المقبلة لن تغير شيئا في ميزان القوى"\n'
    )
    q = one(text, "الانتخابات المقبلة")
    assert same_name(q.speaker, "مسؤول حزبي مغربي"), q
    assert q.date == "2010-03", q
