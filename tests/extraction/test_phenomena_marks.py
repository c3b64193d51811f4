"""Quote marks as real web text writes them (the real-article sets r1-r5).

Every article here is written for the test, in sentences that are not in
the real articles; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_two_apostrophes_are_one_quote_mark():
    # ''…'': a page that typed each mark as two apostrophes (Algerian
    # press), also glued to a clitic (ب''…'')
    text = (
        "وقال وزير النقل كريم بلعيد، أمس، إن ''المشروع سينطلق قبل نهاية السنة''، "
        "مضيفا ''لن نقبل بأي تأخير في الإنجاز''. ووصف الوزير الاتفاق ب''الخطوة المهمة''.\n"
    )
    q = one(text, "المشروع سينطلق قبل")
    assert q.text == "المشروع سينطلق قبل نهاية السنة", q
    assert q.speaker == "كريم بلعيد" and q.role == "وزير النقل", q
    q = one(text, "لن نقبل بأي تأخير")
    assert q.text == "لن نقبل بأي تأخير في الإنجاز" and q.speaker == "كريم بلعيد", q


def test_an_html_entity_left_as_text_is_a_quote_mark():
    # quot;…quot; (and &quot;): the entity of the mark, printed as text,
    # glued to the words on both sides
    text = (
        "وقال رئيس البلدية سمير الدوسري في مؤتمر صحفي إن quot;الطريق الجديد سيفتح "
        "الشهر المقبلquot;. وأكد أن &quot;الأشغال تسير وفق الجدول&quot;.\n"
    )
    q = one(text, "الطريق الجديد")
    assert q.text == "الطريق الجديد سيفتح الشهر المقبل", q
    assert q.speaker == "سمير الدوسري", q
    q = one(text, "الأشغال تسير")
    assert q.text == "الأشغال تسير وفق الجدول", q


def test_a_backslash_before_a_mark_is_no_part_of_the_quote():
    # \"…\": an escaped mark left by a feed; the backslash is not quoted
    text = 'وقال النائب فادي الخوري إن \\"الحكومة لم تف بوعودها للمزارعين\\" مشيرا إلى الأزمة.\n'
    q = one(text, "الحكومة لم تف")
    assert q.text == "الحكومة لم تف بوعودها للمزارعين", q


def test_doubled_single_quotes_and_a_double_prime_close():
    # ‘‘…‘‘ (the same glyph twice on both sides) and “…″ (a double prime
    # typed for the closing mark)
    text = (
        "وقالت الناطقة باسم الجمعية ليلى الحسني إن ‘‘الدعم لم يصل إلى القرى النائية‘‘، "
        "وأضافت أن “المتطوعين يعملون ليلا ونهارا″، داعية إلى التبرع.\n"
    )
    q = one(text, "الدعم لم يصل")
    assert q.text == "الدعم لم يصل إلى القرى النائية", q
    q = one(text, "المتطوعين يعملون")
    assert q.text == "المتطوعين يعملون ليلا ونهارا", q
    assert len(quotes_of(text)) == 2


def test_several_names_in_marks_of_the_quotes_own_family_inside_it():
    # «… «X» … «Y» …»: two names in guillemets inside a quote in
    # guillemets, the last one closing right before the quote («…»»)
    text = (
        "وقال المدير العام للشركة هشام الزيدي إن «عقد «النور» سيوقع مع بلدية "
        "الساحل قبل عقد «الأمل» الذي تأخر بسبب «الظروف الطارئة»». وغادر القاعة.\n"
    )
    q = one(text, "سيوقع مع بلدية")
    assert q.text.startswith("عقد «النور» سيوقع") and q.text.endswith("«الظروف الطارئة»"), q
    assert q.speaker == "هشام الزيدي", q
    assert len(quotes_of(text)) == 1


def test_a_mark_glued_to_that_and_spaced_from_the_words_opens():
    # "وأوضح X ان" …"": the opening mark typed right after أنّ with the
    # space on its other side (it reads as a closer by its sides alone)
    text = (
        'وأوضح النائب سالم العبيدي ان" اللجنة ستستدعي الوزير الأسبوع المقبل"، '
        'مشيرا إلى أن" الملف لن يغلق قبل ذلك".\n'
    )
    q = one(text, "اللجنة ستستدعي")
    assert q.text == "اللجنة ستستدعي الوزير الأسبوع المقبل", q
    assert q.speaker == "سالم العبيدي" and q.role == "النائب", q
    q = one(text, "الملف لن يغلق")
    assert q.text == "الملف لن يغلق قبل ذلك" and q.speaker == "سالم العبيدي", q
