"""Breaks of extract()'s contract found by the template fuzz
(tests/extraction/test_fuzz_templates.py) in the session of fuzz12, each
reduced to a minimal invented text.

The contract now also holds that a quote's text neither opens nor ends
with a quote mark that pairs with nothing inside it (the marks around the
words are no part of them): words filed up to their sentence's end ran
through a closer never opened, an opener at the text's end, or a nested
opener never closed.
"""

from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract


def test_a_closer_never_opened_after_the_colon_is_no_part_of_the_words():
    # the words after the colon run to the sentence's end, through a closer
    # never opened (its opener lost): before, the span ended with "»"
    text = "وقال المتحدث: إن الوفد سيصل غدا إلى العاصمة»، وأضاف أن المحادثات ستبدأ."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "إن الوفد سيصل غدا إلى العاصمة"
    assert q.speaker == "المتحدث"


def test_a_closer_after_a_spaced_stop_is_no_part_of_the_words():
    text = "وقالت الوزيرة: إن الأسعار سترتفع مجددا .»… وأضافت أن الحكومة تعمل."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "إن الأسعار سترتفع مجددا ."
    assert q.speaker == "الوزيرة"


def test_a_nested_opener_never_closed_is_no_part_of_the_words():
    # "« “…»": the inner opener pairs with nothing; before, the text began
    # with "“"
    text = "وقال المحافظ: « “المدينة تستحق الأفضل» ولن نتراجع."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "المدينة تستحق الأفضل"
    assert q.speaker == "المحافظ"


def test_an_opener_at_the_texts_end_is_no_part_of_the_words():
    # an unclosed quote filed to the end of a text cut after a new opener
    text = 'وقال رئيس البلدية إن "الطرق ستفتح قريبا أمام السكان «'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "الطرق ستفتح قريبا أمام السكان"
    assert q.speaker == "رئيس البلدية"


def test_a_lone_closer_at_the_end_of_unmarked_words_is_dropped():
    text = 'قال رئيس البلدية: الطرق ستفتح قريبا أمام السكان "'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "الطرق ستفتح قريبا أمام السكان"


def test_near_miss_a_name_in_marks_opening_the_words_stays():
    # the marks at the edge pair inside the span: a name in marks, kept
    text = "وقال الوزير: «النهضة» لن تشارك في الحكومة المقبلة."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "«النهضة» لن تشارك في الحكومة المقبلة"
    assert q.speaker == "الوزير"


def test_near_miss_a_name_in_marks_ending_the_words_stays():
    text = "قال الوزير: «نحن ندعم مبادرة «السلام الشامل»» في المنطقة."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "نحن ندعم مبادرة «السلام الشامل»"
    text = 'وقال الوزير: نحن ندعم مبادرة "السلام الشامل".'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == 'نحن ندعم مبادرة "السلام الشامل"'


def test_an_opener_whose_quote_goes_on_after_the_span_is_no_part_of_it():
    # a closer never opened after the verb files the words after it to
    # where the narrator's verb resumes; the « before that verb opens
    # marks that go on after the span (with the character after the span
    # it opens; with a stop after it, it closed the apostrophe before it:
    # kept).  Template fuzz, seed 1204
    text = "ودعا \" إلى الحوار، بأن 'الحل « وقال إنه لم'."
    for q in quotes_keeping_the_contract(text):
        assert not q.text.endswith("«")


def test_a_closing_single_quote_after_anna_closes():
    # apostrophes used as marks inside «…», the inner words ending with
    # أنّ: the closing ’ they were read as was taken for an opener glued
    # to أنّ, the outer « went unpaired and the words were filed up to the
    # sentence's end through its » (template fuzz, seed 1205)
    text = "وأضاف الوزير « لا يمكن الحديث عن 'الحل الذي نريد أن' قبل نهاية العام »… ثم غادر القاعة."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "لا يمكن الحديث عن 'الحل الذي نريد أن' قبل نهاية العام"
    assert q.speaker == "الوزير"


def test_near_miss_a_double_mark_glued_to_anna_still_opens():
    text = 'وبين الوزير ان" مجلس النواب سيجتمع غدا لمناقشة القانون".'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "مجلس النواب سيجتمع غدا لمناقشة القانون"
    assert q.speaker == "الوزير"


def test_a_single_quote_closing_after_kull_closes():
    # "كل’": the two letters before the mark were read as two clitics glued
    # to an opener (as "وبـ"…"), the ’ left ambiguous and skipped, the
    # outer “ unpaired and the words filed through its » (template fuzz,
    # seed 1209). Two clitics are و or ف before ب, ل or ك
    text = "وقال الوزير إن “شعارنا 'الوطن للجميع دون استثناء وفوق كل' ولن نتراجع عنه»…"
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "شعارنا 'الوطن للجميع دون استثناء وفوق كل' ولن نتراجع عنه"
    assert q.speaker == "الوزير"


def test_near_miss_two_clitics_glued_to_an_opener_still_open():
    text = 'وقال الوزير إن الحل في يد وبـ"الحوار الوطني الشامل بين الأطراف".'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "الحوار الوطني الشامل بين الأطراف"
