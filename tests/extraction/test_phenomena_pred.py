"""Words in marks that are the predicate of a statement named after أنّ
(pred, 2026-12-04).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract


def _one(text):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_words_ending_the_clause_of_a_statement_after_that_are_the_speakers():
    # "وقال X إن تصريحات الوزير Y «غير مسؤولة».": X judges the statement; the
    # words in marks are the predicate of أنّ's subject, not Y's words
    for text, speaker in (
        (
            "وقال النائب سمير ديلو إن تصريحات وزير الداخلية توفيق شرف الدين «غير مسؤولة».",
            "سمير ديلو",
        ),
        (
            "ورأى المحلل السياسي صلاح الدين الجورشي أن حديث الرئيس عن المؤامرة "
            "«لا يستند إلى أدلة».",
            "صلاح الدين الجورشي",
        ),
        (
            "من جهته، اعتبر الخبير الاقتصادي معز الجودي أن تصريحات محافظ البنك "
            "المركزي مروان العباسي «تبعث على القلق»، داعيا إلى الحوار.",
            "معز الجودي",
        ),
        (
            "وأكدت الناشطة ليلى الحداد بأن كلام الوزيرة سلمى النيفر «مجرد وعود».",
            "ليلى الحداد",
        ),
    ):
        assert _one(text).speaker == speaker, text


def test_the_statements_own_words_before_its_predicate_stay_its_owners():
    # "أن تصريح وزيرة المالية بخصوص «…» يمكن أن …": the statement's words,
    # then the predicate of أنّ; and a statement named without أنّ
    for text, speaker in (
        (
            "وأكد النائب سمير ديلو أن تصريح وزيرة المالية بخصوص «الزيادة في الأجور» "
            "يمكن أن يربك المفاوضات.",
            "وزيرة المالية",
        ),
        (
            "وجاء في تصريحات وزير الداخلية توفيق شرف الدين: «الوضع الأمني مستقر».",
            "توفيق شرف الدين",
        ),
    ):
        assert _one(text).speaker == speaker, text
