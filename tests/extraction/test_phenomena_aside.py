"""Where or how the speaker spoke, told between the verb's subject and the
words in marks ("وقال الوزير في مؤتمر صحفي "…"", "وقال مسؤول طلب عدم ذكر
اسمه "…""): the word right before the marks (صحفي، اسمه) may also stand
before a name, but marks that close the verb's sentence are its words.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of


def test_words_after_where_the_speaker_spoke_are_said():
    for text, speaker in (
        ('وقال الوزير في مؤتمر صحفي "لن نتراجع عن قرارنا".', "الوزير"),
        ('وقال المتحدث باسم الحكومة خلال لقاء صحفي "نحن ماضون في الإصلاح".', "المتحدث"),
        ('وأضاف الرئيس في تصريح صحفي "لا مجال للتراجع".', "الرئيس"),
        ('وقالت الوزيرة في ندوة صحفية "سنواصل العمل".', "الوزيرة"),
        ('قال رئيس الحكومة خلال افتتاح المؤتمر الوطني "الإصلاح ضرورة".', "رئيس الحكومة"),
    ):
        quotes = quotes_of(text)
        assert len(quotes) == 1, (text, quotes)
        assert quotes[0].speaker.startswith(speaker), (text, quotes[0])


def test_words_after_a_clause_of_the_speaker_are_said():
    q = one('وقال مسؤول طلب عدم ذكر اسمه "الاتفاق بات قريبا".', "الاتفاق")
    assert q.speaker == "مسؤول", q
    q = one('وقال مصدر أمني رفض الكشف عن اسمه "قتل ثلاثة عناصر".', "قتل")
    assert q.speaker == "مصدر أمني", q
    q = one('وقال الوزير الذي يتحدث في مؤتمر صحفي "لن نتراجع عن قرارنا".', "لن نتراجع")
    assert q.speaker == "الوزير", q


def test_a_name_in_construct_with_a_label_or_a_title_stays_a_name():
    for text in (
        'وقال الوزير في حوار مع صحيفة "الشروق".',
        'وقال الوزير في رسالة إلى رئيس "الحزب الديمقراطي".',
        'وقال الرئيس خلال زيارته لمقر حزب "النهضة".',
        'وقال الوزير في تصريح لصحيفة "الشروق".',
    ):
        assert quotes_of(text) == [], text


def test_a_name_before_the_sentence_goes_on_stays_a_name():
    # the marks do not close the verb's sentence: a that-clause follows
    quotes = quotes_of('وقال الوزير في مؤتمر صحفي "الأمل" إن الحكومة ستتخذ إجراءات.')
    assert all(q.text != "الأمل" for q in quotes), quotes


def test_short_words_after_the_speakers_post_between_commas_are_said():
    for text, speaker, role in (
        ('وقال راشد الغنوشي، رئيس حركة النهضة، "تونس للجميع".', "راشد الغنوشي", "رئيس حركة النهضة"),
        (
            'وقال الشيخ راشد الغنوشي، رئيس حركة النهضة، "تونس للجميع".',
            "راشد الغنوشي",
            "رئيس حركة النهضة",
        ),
        ('وقالت هيلاري كلينتون، وزيرة الخارجية، "نأسف".', "هيلاري كلينتون", "وزيرة الخارجية"),
    ):
        quotes = quotes_of(text)
        assert len(quotes) == 1, (text, quotes)
        assert (quotes[0].speaker, quotes[0].role) == (speaker, role), (text, quotes[0])


def test_a_body_named_in_marks_after_the_post_stays_a_name():
    assert quotes_of('وقال راشد الغنوشي، رئيس حركة "النهضة".') == []
