"""Development sets of the eighth session of 2026-12-05 (dev20r): role
misses on real news, each construction shown on invented sentences.

A post charged with a task by المكلف, the task a verbal noun and its
definite genitive ("رئيس الوزراء المكلف تأليف الحكومة X", "رئيس الوزراء المكلف
بتشكيل الحكومة الجديدة X", "المسؤول المكلف بإدارة الأزمة X"): the walk
over the title's words stopped at the bare verbal noun, which opened the
name ("تأليف", then a later person took the quote), and scan_np ended the
phrase before a word glued to بـ after a definite title with no name, as
it ends "تعهد الوزير بتقديم …" (the verb's object), so the name was lost
and the post cut to "الرئيس المكلف".  The charge is the post's now: bare,
when it has a verbal noun's shape; glued to بـ, when a name (a given name,
an honorific, a word of a person met) follows its definite words.  Not a
given name after المكلف ("الرئيس المكلف بشير X", "توفيق X"), nor, with no
name after it, a بـ the verb before takes ("وتعهد الرئيس المكلف بتسريع
المشاورات،": the verb's object).

The chief of a body of people, كبير/كبيرة in construct with its plural
("كبير المفاوضين X", "كبيرة الاقتصاديين في البنك X", "كبير مستشاري الرئيس
X"), is a post: "كبير" was no title, so the cue's subject read "كبير
المفاوضين" as a name (or the name in commas was lost), and a mention outside
speech ("رسائل أرسلها كبير المفاوضين، X إلى …") taught nothing, so the later
"وقال X" had no role.  Now a title when the next word is a definite sound
plural, a broken plural of titles or a title's plural in construct
(words._chief_of), as the head of a cue's subject, in scan_np and as a
mention (register_mentions); not the adjective ("عدد كبير من", "جزء كبير
من", "الصادق الكبير", "رجل كبير السن").

حاج bare inside a name ("عمر حسن حاج الطيب", as Sudanese names keep it):
after two name words, a bare noun with a definite word after it was read as
the verb's object and its genitive ("حاج الطيب"), and an article word after
the second name word as a new phrase, so the name was cut to "عمر حسن" and
the later "السفير الطيب" or "الطيب" took no post.  حاج goes on to the family
name now (words._HAJJ), as a link does; not "الحاج" before the name (an
honorific), nor another noun with its genitive after a full name.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

from tests.extraction.helpers import one

# المكلف and the task it is charged with: the post's.


def test_charge_as_bare_verbal_noun_then_another_person_named():
    text = (
        "قال الرئيس المكلف تأليف الوزارة كمال الصباغ بعد لقائه رئيس الجمهورية "
        "العماد سمير حداد في القصر «نحتاج إلى مزيد من الوقت للتشاور مع الكتل». "
        "وأضاف الصباغ «الحكومة ستكون جاهزة قبل نهاية الشهر المقبل»."
    )
    first = one(text, "مزيد من الوقت")
    assert first.speaker == "كمال الصباغ"
    assert first.role == "الرئيس المكلف تأليف الوزارة"
    later = one(text, "جاهزة قبل نهاية")
    assert later.speaker == "كمال الصباغ"
    assert later.role == "الرئيس المكلف تأليف الوزارة"


def test_charge_glued_to_ba_verbal_noun_of_form_ifaal():
    text = 'وقال المسؤول المكلف بإدارة الأزمة كريم الهاشمي إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "كريم الهاشمي"
    assert q.role == "المسؤول المكلف بإدارة الأزمة"


def test_charge_glued_to_ba_with_an_adjective_after_its_genitive():
    text = (
        "أكد رئيس الوزراء المكلف بتشكيل الحكومة الجديدة عادل الفارس أن «التشكيلة "
        "ستضم وجوها شابة من كل المحافظات»، وتابع الفارس: «لن نقبل شروطا مسبقة من أي طرف»."
    )
    q = one(text, "شروطا مسبقة")
    assert q.speaker == "عادل الفارس"
    assert q.role == "رئيس الوزراء المكلف بتشكيل الحكومة الجديدة"


def test_charge_glued_to_ba_then_an_honorific_and_the_name():
    text = (
        "وقالت رئيسة الحكومة المكلفة بتصريف الأعمال الدكتورة هدى العابد: "
        "«الرواتب ستصرف في موعدها رغم الأزمة»."
    )
    q = one(text, "الرواتب ستصرف")
    assert q.speaker == "هدى العابد"
    assert q.role == "رئيسة الحكومة المكلفة بتصريف الأعمال"


def test_charge_bare_with_no_name_is_the_whole_post():
    text = 'وقال الرئيس المكلف تأليف الوزارة إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.role == "الرئيس المكلف تأليف الوزارة"


# near misses: a name after المكلف, and بـ the verb takes


def test_near_miss_given_name_glued_looking_after_the_charged_post():
    text = 'وقال الرئيس المكلف بشير الحسيني إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "بشير الحسيني"
    assert q.role == "الرئيس المكلف"


def test_near_miss_given_name_of_a_verbal_noun_shape_after_the_charged_post():
    text = 'وقال الرئيس المكلف توفيق الحسيني إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "توفيق الحسيني"
    assert q.role == "الرئيس المكلف"


def test_near_miss_ba_the_verb_takes_with_no_name_after():
    text = 'وتعهد الرئيس المكلف بتسريع المشاورات، وقال إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.role == "الرئيس المكلف"


def test_near_miss_ba_the_verb_takes_after_the_name():
    text = (
        "ورحب الرئيس المكلف سعد الحسيني بتسمية الوزراء الجدد، وقال إن "
        '"الحوار سيستأنف الأسبوع المقبل".'
    )
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "سعد الحسيني"
    assert q.role == "الرئيس المكلف"


# كبير/كبيرة in construct with a plural of people: a post.


def test_chief_of_negotiators_named_outside_speech_then_family_name():
    text = (
        "نشرت صحيفة محلية رسائل أرسلها كبير المفاوضين الليبيين، كريم العلوي إلى "
        "سفراء أجانب. وقال العلوي في رسائله: «لا نقبل أي تسوية على حساب شعبنا»."
    )
    q = one(text, "لا نقبل أي تسوية")
    assert q.speaker == "كريم العلوي"
    assert q.role == "كبير المفاوضين الليبيين"


def test_chief_of_advisers_in_construct_before_the_name():
    text = "قال كبير مستشاري رئيس الوزراء ماهر الدباغ إن «الإصلاحات ستبدأ بقطاع الطاقة»."
    q = one(text, "الإصلاحات ستبدأ")
    assert q.speaker == "ماهر الدباغ"
    assert q.role == "كبير مستشاري رئيس الوزراء"


def test_chief_feminine_with_where_she_serves_and_name_in_commas():
    text = (
        "وقالت كبيرة الاقتصاديين في البنك الدولي، سارة المهدي، إن «النمو سيتباطأ "
        "في العام المقبل بسبب الديون»."
    )
    q = one(text, "النمو سيتباطأ")
    assert q.speaker == "سارة المهدي"
    assert q.role == "كبيرة الاقتصاديين في البنك الدولي"


def test_chief_named_outside_speech_as_a_verbs_object():
    text = (
        "التقى الوزير كبير مستشاري الرئيس الأمريكي جون سميث في واشنطن. "
        "وقال سميث للصحفيين: «المحادثات كانت مثمرة وصريحة»."
    )
    q = one(text, "مثمرة وصريحة")
    assert q.speaker == "جون سميث"
    assert q.role == "كبير مستشاري الرئيس الأمريكي"


# near misses: كبير the adjective, and كبير as a name


def test_near_miss_family_name_kabir_with_the_article():
    text = (
        "وقال محافظ البنك المركزي الصادق الكبير إن «الاحتياطي مستقر». "
        "وأضاف الكبير: «لن نطبع عملة جديدة»."
    )
    q = one(text, "لن نطبع")
    assert q.speaker == "الصادق الكبير"
    assert q.role == "محافظ البنك المركزي"


def test_near_miss_large_part_of_the_protesters():
    text = "وقال جزء كبير من المحتجين إن «الماء مقطوع منذ أسبوع»."
    q = one(text, "الماء مقطوع")
    assert q.speaker == "جزء كبير"
    assert q.role is None


def test_near_miss_old_man_in_age():
    text = "وقال رجل كبير السن إن «الماء مقطوع منذ أسبوع في الحي»."
    q = one(text, "الماء مقطوع")
    assert q.speaker == "رجل كبير السن"


def test_near_miss_family_name_kabir_bare():
    text = "وقال همايون كبير إن «الماء مقطوع منذ أسبوع في الحي»."
    q = one(text, "الماء مقطوع")
    assert q.speaker == "همايون كبير"
    assert q.role is None


# حاج bare inside a name: the family name after it is the name's.


def test_hajj_inside_a_name_then_the_post_in_commas_and_honorific_later():
    text = (
        "أكد السفير عمر حسن حاج الطيب، مدير إدارة الأمريكتين في وزارة الخارجية، "
        "أن بلاده «تريد علاقات أفضل مع واشنطن». "
        "وتابع السفير الطيب: «نحتاج إلى دعمكم في هذه المرحلة»."
    )
    q = one(text, "نحتاج إلى دعمكم")
    assert q.speaker == "عمر حسن حاج الطيب"
    assert q.role == "مدير إدارة الأمريكتين في وزارة الخارجية"


def test_hajj_inside_a_name_then_the_family_name_alone_later():
    text = (
        "قال مدير الإدارة عمر حسن حاج الطيب إن بلاده «تريد علاقات أفضل مع واشنطن». "
        "وأضاف الطيب: «نحتاج إلى دعمكم في هذه المرحلة»."
    )
    q = one(text, "نحتاج إلى دعمكم")
    assert q.speaker == "عمر حسن حاج الطيب"
    assert q.role == "مدير الإدارة"


def test_hajj_inside_a_womans_name():
    text = (
        "وقالت الوزيرة آمنة محمد حاج النور إن بلادها «تريد علاقات أفضل مع جيرانها». "
        "وأضافت النور: «نحتاج إلى دعمكم في هذه المرحلة»."
    )
    q = one(text, "نحتاج إلى دعمكم")
    assert q.speaker == "آمنة محمد حاج النور"
    assert q.role == "الوزيرة"


def test_near_miss_hajj_honorific_with_the_article_before_the_name():
    text = "قال الحاج محمد الطاهر إن «الموسم كان جيدا هذا العام»."
    q = one(text, "الموسم كان جيدا")
    assert q.speaker == "محمد الطاهر"


def test_near_miss_object_noun_with_its_genitive_after_a_full_name():
    text = "وانتقد الوزير سامي حسن أداء الحكومة بشدة، وقال إن «الأمر لا يحتمل»."
    q = one(text, "الأمر لا يحتمل")
    assert q.speaker == "سامي حسن"
