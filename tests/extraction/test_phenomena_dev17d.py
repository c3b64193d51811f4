"""Quote spans (dev17d, fifth session of 2026-12-05).

Words said after a verb of saying and its colon, with no marks, end where
the narrator's participle of saying takes up the report after a comma with
its own preposition and what it governs ("قال X: …، مشيرا إلى أن …",
"…، لافتة إلى …", "…، مشددين على …"), as they already ended before a
participle with أنّ right after it ("…، موضحا أن …").  Not words after
the comma that open with no participle of saying ("…، إلى جانب …"), nor a
participle of saying with no preposition of its own after it ("…، مشيرا
بيده نحو …").

A family name in marks right after a verb of saying and before its colon,
named earlier in the article ("وأضاف “الراشد”: الحكومة لن …"), is the verb's
subject, set in marks as some outlets set names: the words after the colon
are his, the name no quote.  Not words in marks the article never named
before ("وقال “كفى”: …": what he said).

An opener never closed, introduced as speech, and a second opener of its
family later in the sentence after the narrator takes up the account again
(a comma, then a verb of saying glued to و: "أن “…، وأشاد الوزير بـ“…”"):
two quotes, the first unclosed up to the narrator's comma, the second in
its marks; not one quote from the first opener to the last closer, which
stays the reading when no narrator's verb stands between them ("أن “…،
وفي أحسن الأحوال … بأنها “…” حسب تعبيره").

Names in marks the narrator tells are no quotes: a name led by its bare
label noun ("«منتدى الرياض …»", "«مبادرة …»") in a sentence with no verb of
saying of its own, only carried to the last speaker; and a body's name with
the article right after أنّ, its verb after the marks ("أن «الحكومة
الأردنية» قررت").  Not after أنّ or a colon for the first, nor words with a
verb in them, nor a that-clause in marks that is a sentence.

An opener never closed right after "what he called" ("بما سماه «…", "ما
أسمته «…", "مما يسمونه «…") opens the subject's words, as after "ما وصفه";
not "سماه" with no ما (a name given).

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of, said

# -- colon speech ends at the narrator's participle and its preposition -------


def test_colon_speech_ends_before_a_participle_and_its_preposition():
    cases = (
        (
            "وقال وزير الصحة خالد الراشد: المستشفيات الحكومية تعمل بكامل طاقتها "
            "هذا الأسبوع، مشيرا إلى أن الأدوية متوفرة في كل المحافظات.",
            "المستشفيات الحكومية تعمل بكامل طاقتها هذا الأسبوع",
        ),
        (
            "وقالت الوزيرة سلمى العلي: لن نسمح بتأجيل الامتحانات مرة أخرى، "
            "لافتة إلى أن القرار نهائي ولا رجعة فيه.",
            "لن نسمح بتأجيل الامتحانات مرة أخرى",
        ),
        (
            "وأضاف النائب سامر الحلبي: الموازنة الجديدة لا تلبي مطالب المواطنين، "
            "مشيراً الى ضرورة مراجعتها قبل التصويت.",
            "الموازنة الجديدة لا تلبي مطالب المواطنين",
        ),
        (
            "وقال قادة الأحزاب المعارضة: نرفض هذه الانتخابات جملة وتفصيلا، "
            "مشددين على أن المقاطعة هي الخيار الوحيد.",
            "نرفض هذه الانتخابات جملة وتفصيلا",
        ),
        (
            "وتابعت المتحدثة باسم الوزارة هدى الكبير قائلة: الوفد سيصل غدا إلى الرباط، "
            "مشيرةً إلى أن جدول الزيارة لم يكتمل بعد.",
            "الوفد سيصل غدا إلى الرباط",
        ),
    )
    for text, words in cases:
        q = said(text, words[:12])
        assert q.text == words, (text, q.text)


def test_colon_speech_goes_on_through_other_words_after_a_comma():
    # near misses: after the comma a word that is no participle of saying,
    # or a participle of saying with no preposition of its own after it
    text = (
        "وقال وزير الصحة خالد الراشد: المستشفيات تعمل بكامل طاقتها، "
        "إلى جانب العيادات المتنقلة في القرى النائية."
    )
    q = said(text, "المستشفيات تعمل")
    assert q.text.endswith("في القرى النائية"), q.text
    text = (
        "وقال المدرب سامي الفاسي: اللاعبون قدموا مباراة كبيرة، "
        "مشيرا بيده نحو الجماهير التي ملأت المدرجات."
    )
    q = said(text, "اللاعبون قدموا")
    assert q.text.endswith("ملأت المدرجات"), q.text


def test_colon_speech_still_ends_before_a_participle_and_that():
    # unchanged: the participle with أنّ right after it ends the words
    text = (
        "وقال الوزير خالد الراشد: الحوار كان مثمرا وبناء جدا، "
        "موضحا أن الجولة المقبلة ستعقد في عمان."
    )
    assert said(text, "الحوار كان").text == "الحوار كان مثمرا وبناء جدا"


# -- a family name in marks before the colon ------------------------------


def test_name_in_marks_named_before_then_a_colon_and_unmarked_words():
    cases = (
        (
            "التقى وزير المالية خالد الراشد وفد صندوق النقد الدولي. "
            "وأضاف “الراشد”: الحكومة لن تتراجع عن خطة الإصلاح الاقتصادي مهما كانت الضغوط.",
            "الراشد",
            "الحكومة لن تتراجع",
        ),
        (
            'وزارت الوزيرة سلمى العبيدي مخيمات النازحين. وقالت "العبيدي": '
            "سنوفر الخيام والأغطية لكل الأسر قبل حلول فصل الشتاء.",
            "العبيدي",
            "سنوفر الخيام",
        ),
        (
            "وأعلن القائد العسكري مراد الشامي انسحاب قواته من البلدة. "
            "وتابع ‘الشامي’ : المعارك انتهت ولن نعود إلى هناك إلا باتفاق واضح.",
            "الشامي",
            "المعارك انتهت",
        ),
    )
    for text, name, words in cases:
        found = quotes_of(text)
        assert all(q.text != name for q in found), (text, [q.text for q in found])
        q = one(text, words)
        assert q.speaker is not None and name in q.speaker, (text, q)


def test_words_in_marks_never_named_before_a_colon_stay_words():
    # near misses: what he said in marks before the colon, the article
    # never naming it before; and a name met before, with the words said in
    # marks after the colon, as before
    text = "وقال “كفى”: ثم غادر القاعة غاضبا دون أن يضيف شيئا."
    assert not any(q.text.startswith("ثم غادر") for q in quotes_of(text))
    text = "التقى الوزير وفد النقابة. وقال “ارحلوا”: عبارة رددها العمال في الساحة طويلا."
    assert not any(q.text.startswith("عبارة رددها") for q in quotes_of(text))
    text = "التقى الوزير وفد النقابة. وأضاف “السعدي”: العمال سيعودون إلى المصانع غدا."
    assert not any(q.text.startswith("العمال سيعودون") for q in quotes_of(text))
    text = (
        "التقى وزير المالية خالد الراشد وفد الصندوق. "
        "وأضاف «الراشد»: «لن نتراجع عن الإصلاح مهما كانت الضغوط»."
    )
    assert all(q.text != "الراشد" for q in quotes_of(text))
    assert one(text, "لن نتراجع").speaker == "خالد الراشد"


# -- an unclosed opener, the narrator, then a second quote -------------------


def test_unclosed_opener_ends_where_the_narrator_takes_up_the_account():
    cases = (
        (
            "وقال الوزير خالد الراشد أن “الحكومة ماضية في الإصلاح، لا سيما في قطاع "
            "التعليم، وأشاد الراشد خلال لقائه بالصحفيين بـ“القرار الصادر عن المحكمة الدستورية”.",
            "الحكومة ماضية في الإصلاح",
            "القرار الصادر عن المحكمة الدستورية",
        ),
        (
            "وأكدت الوزيرة سلمى العلي أن “المدارس ستفتح أبوابها في موعدها، "
            "وأوضحت العلي في مؤتمر صحفي أن “الكتب المدرسية وصلت إلى كل المحافظات”.",
            "المدارس ستفتح أبوابها",
            "الكتب المدرسية وصلت",
        ),
        (
            "وقال رئيس اللجنة مراد الشامي إن “اللجنة أنهت عملها في الوقت المحدد، "
            "وأثنى الشامي في حديث للإذاعة على “تعاون كل الوزارات مع أعضاء اللجنة”.",
            "اللجنة أنهت عملها",
            "تعاون كل الوزارات",
        ),
        (
            'وقال النائب سامر الحلبي إن "البرلمان لن يمرر هذه الموازنة، '
            'وأضاف الحلبي في تصريح للصحفيين "سنصوت ضدها جميعا في الجلسة المقبلة".',
            "البرلمان لن يمرر",
            "سنصوت ضدها جميعا",
        ),
    )
    for text, first, second in cases:
        found = quotes_of(text)
        q1 = one(text, first)
        q2 = one(text, second)
        assert q1 is not q2 and q1.end <= q2.start, (text, [q.text for q in found])
        assert first in q1.text and second not in q1.text, (text, q1.text)


def test_inner_closer_lost_without_the_narrator_stays_one_quote():
    # near miss: no verb of the narrator's between the openers; the inner
    # term's closer and the outer one were typed as one
    text = (
        'وقال الوزير إن "ما نشر عن الوزارة كذب، وفي أحسن الأحوال يمكن وصفه بأنه '
        '"كلام مقاه لا قيمة له" حسب تعبيره.'
    )
    q = said(text, "ما نشر عن الوزارة")
    assert q.text.endswith("لا قيمة له"), q.text


# -- names in marks the narrator tells: no words said ---------------------


def test_label_led_name_in_a_sentence_with_no_verb_of_saying_is_no_quote():
    # a name led by its bare label noun (قمة، منتدى، مبادرة، معرض) in marks,
    # in a sentence of the narrator's with no verb of saying, after a
    # quotation: the event's or the plan's name, not the last speaker's words
    lead = "وأكد الوزير أن القمة ناجحة، قائلا: “نأمل أن تكون لها نتائج إيجابية على المنطقة”.\n"
    for sentence, name in (
        (
            "وترأس الأمير خالد بن سعد “منتدى الرياض للتعاون الاقتصادي”، بحضور وفود عربية.",
            "منتدى الرياض",
        ),
        ("الجدير بالذكر، افتتح ولي العهد “قمة عمان للأمن الغذائي” نيابة عن الملك.", "قمة عمان"),
        ("وأطلقت الوزارة الشهر الماضي “مبادرة الشباب الرقمية” لدعم الخريجين.", "مبادرة الشباب"),
    ):
        found = quotes_of(lead + sentence)
        assert not any(name in q.text for q in found), (sentence, [q.text for q in found])
        assert any(q.text.startswith("نأمل أن تكون") for q in found)


def test_label_led_words_said_after_a_verb_of_saying_stay_quotes():
    # near misses: the same shape after a verb of saying of its own, and a
    # sentence in marks that opens with a label noun
    text = "وقال الوزير: “مبادرة الشباب الرقمية”.\nوأضاف “قمة الرياض كانت ناجحة بكل المقاييس”."
    found = [q.text for q in quotes_of(text)]
    assert "قمة الرياض كانت ناجحة بكل المقاييس" in found, found
    text = (
        "وأكد الوزير أن القمة ناجحة، قائلا: “نأمل أن تكون لها نتائج إيجابية”.\n"
        "وختم “مبادرة السلام هي الطريق الوحيد إلى الحل العادل”."
    )
    assert one(text, "مبادرة السلام هي الطريق").speaker == "الوزير"
    text = (
        "وجاء في تقرير المبعوث الأممي سامر الحلبي أن «الهدنة صامدة حتى الآن»، "
        "وأن «حركة التحرير تراقب الوضع»."
    )
    assert one(text, "حركة التحرير تراقب").speaker == "سامر الحلبي"


def test_body_named_in_marks_as_the_subject_of_that_is_no_quote():
    # a body's name with the article in marks right after أنّ, its verb
    # right after the marks: the that-clause's subject, set in marks
    for text, name in (
        (
            "وأشار الوزير إلى أن “الحكومة الأردنية” قررت رفع الأجور في القطاع العام.",
            "الحكومة الأردنية",
        ),
        ("وأكد المتحدث أن “الجيش الوطني” سيطر على المدينة بالكامل.", "الجيش الوطني"),
        ('وأضاف الناطق باسم الحزب أن "الحركة الشعبية" رفضت المشاركة في الحوار.', "الحركة الشعبية"),
    ):
        found = quotes_of(text)
        assert not any(q.text == name for q in found), (text, [q.text for q in found])


def test_words_in_marks_after_that_going_on_stay_quotes():
    # near misses: a that-clause in marks that is a sentence, and a body's
    # name in marks closing the sentence
    text = "وأكد الوزير أن “الحكومة الأردنية قررت رفع الأجور في القطاع العام”."
    assert one(text, "الحكومة الأردنية قررت").speaker == "الوزير"
    text = "وأكد الوزير أن “الحكومة ستعلن عن خطتها الأسبوع المقبل”."
    assert one(text, "الحكومة ستعلن").speaker == "الوزير"


# -- an unclosed opener after "what he called" ------------------------------


def test_unclosed_opener_after_what_he_called_is_his_words():
    # "بما سماه “…" never closed: the words the subject chose, up to where
    # unclosed speech ends, as after "ما وصفه" / "ما اعتبره"
    for text, words in (
        (
            "وهاجم وزير الإعلام سامر الحلبي صفحات مجهولة قال إنها تعمل على ضرب ما سماه “استقرار "
            "البلاد من خلال نشر الأكاذيب.\n\nوأشاد الحلبي بالتعاون بين البلدين.",
            "استقرار البلاد من خلال نشر الأكاذيب",
        ),
        (
            "وانتقدت النائبة هدى الكبير ما أسمته «سياسة التجويع التي تنتهجها الحكومة ضد الفقراء.",
            "سياسة التجويع التي تنتهجها الحكومة ضد الفقراء",
        ),
        (
            'وحذر قادة المعارضة مما يسمونه "الانقلاب الناعم على الدستور والمؤسسات المنتخبة.\n',
            "الانقلاب الناعم على الدستور والمؤسسات المنتخبة",
        ),
    ):
        found = [q.text for q in quotes_of(text)]
        assert words in found, (text, found)


def test_unclosed_opener_after_a_name_given_stays_unquoted():
    # near miss: "سماه" with no ما before it, naming a child or a post
    text = "ورزق الوزير بمولود سماه “خالد تيمنا بجده الراحل.\n"
    assert not quotes_of(text)
