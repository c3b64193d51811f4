"""Inputs the template fuzz of fuzz17 (fifth session of 2026-12-05) found
slow or wrong: each reduced to a minimal invented text.  Growth is measured
as the lines of the engine's Python run (test_fuzz_templates.growth: a
count, not a time; for a text four times longer a linear path runs about
four times the lines, a quadratic one sixteen).  The near misses pin what
the faster paths must still read.
"""

from claims.extraction.normalize import normalize
from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)


def _statements_with_commas(k: int) -> str:
    return " و".join(
        f'وقال بيان نشره صباح اليوم مجلس الحي "الموعد {i} باق ولن يتبدل أبدا"، ' for i in range(k)
    )


def test_a_sentence_of_statements_with_commas_is_read_in_linear_time():
    # statement_issuer read every clause of the statement's sentence, a
    # phrase scanned and classified for each, once for each quote: in a
    # sentence of statements with its stops lost and a comma after each,
    # quadratic in the clauses (100 KB 72 s, now 3 s); each clause's answer
    # is now kept while the persons met and its words out of quotes are
    # the same
    assert growth(_statements_with_commas, 30) < LINEAR_GROWTH


def _one_statement_s_words(k: int) -> str:
    return "وقال البيان " + " ".join(f'"الموعد {i} باق ولن يتبدل أبدا"' for i in range(k))


def test_a_document_s_words_far_from_its_cue_are_read_in_linear_time():
    # attribute looked for "بالنسبة لـ" token by token from the document's
    # subject to each quote it speaks (one cue, then words in marks one
    # after another): quadratic in them (growth 10.1); now list.index, at C
    # speed, from one بالنسبة to the next
    assert growth(_one_statement_s_words, 30) < LINEAR_GROWTH


def test_for_the_americans_after_a_document_still_speaks():
    # near misses: "بالنسبة للأمريكيين" after the document's cue gives them
    # the words; a بالنسبة with no لـ after it is passed for the next one
    text = 'وجاء في برقية السفارة أنه بالنسبة للأمريكيين "الحل يمر عبر الحوار الوطني".'
    (q,) = quotes_keeping_the_contract(text)
    assert normalize("الأمريكيين") in normalize(q.speaker or ""), q
    text = (
        "وجاء في برقية السفارة أن الأمر بالنسبة إليهم محسوم، وأنه بالنسبة للفرنسيين "
        '"الحل يمر عبر الحوار الوطني".'
    )
    (q,) = quotes_keeping_the_contract(text)
    assert normalize("الفرنسيين") in normalize(q.speaker or ""), q


def test_statements_in_one_sentence_each_speak_for_their_clause_s_body():
    # near misses (statement_issuer's kept answers): the body that opens a
    # clause after its verb issues the statement told in its sentence, each
    # time, and a later sentence's body its own
    text = (
        "قررت الهيئة المستقلة للانتخابات تمديد آجال الترشح، وفق بلاغ نشرته جاء فيه: "
        '"تمدد الآجال أسبوعا إضافيا". وقررت بلدية المدينة غلق السوق المركزية، وفق '
        'بلاغ نشرته جاء فيه: "تغلق السوق حتى نهاية الأشغال".'
    )
    q1, q2 = quotes_keeping_the_contract(text)
    assert normalize("الهيئة المستقلة") in normalize(q1.speaker or ""), q1
    assert normalize("بلدية المدينة") in normalize(q2.speaker or ""), q2


def test_words_run_on_to_the_text_s_end_leave_a_spaced_opener_there():
    # the edge-mark trim read a span that reaches the text's end with a stop
    # after it, and a spaced opener the text ends on ("… قال «", a cut
    # page) closed there any quote a mark glued to أنّ opens inside the span
    for text in (
        "❝الوفد سيصل إن❞وكان 'الحزب „لنا موقفنا منذ“ بعد'.قال «",
        "❝نحن مستعدون إن❞وكان 'الوزير „سيحضر غدا“ حسب'.قالت «",
    ):
        for q in quotes_keeping_the_contract(text):
            assert not q.text.endswith("«"), q


def test_a_name_in_marks_closing_words_at_the_text_s_end_stays():
    # near misses: a closer at the text's end that closes a pair inside the
    # span is the words' own ("… حزب «النهضة»"); a spaced closer there,
    # its pair in the span, too
    text = "وقال الأمين العام: لن نتحالف أبدا مع حزب «النهضة»"
    (q,) = quotes_keeping_the_contract(text)
    assert q.text.endswith("«النهضة»"), q
    text = 'وقالت المتحدثة: نرفض ما يسمى "صفقة القرن "'
    (q,) = quotes_keeping_the_contract(text)
    assert q.text.endswith('القرن "'), q


_GIVEN = ("سامي", "خالد", "يوسف", "نبيل", "كمال", "فادي", "عزت", "واصل", "رامي", "وائل")


def _coach_after_each(k: int) -> str:
    return " ".join(
        f"وقال رئيس الاتحاد {_GIVEN[i % 10]} الحداد إن «الموعد {i} ثابت». "
        f"وأضاف المدرب الإيطالي «لن نتراجع عن الخطة {i}»."
        for i in range(k)
    )


def test_a_title_and_nisba_after_many_persons_is_read_in_linear_time():
    # sentence17's 'بين' template grown from 64 to 256 KB took 7.5 times
    # as long, reduced: "وأضاف المدرب الإيطالي" looks for the last person
    # introduced with that nisba, and nisba_before read every mention of
    # the nisba in the text, from its first token, for each person met
    # (growth 7.5; 68 KB 3.4 -> 0.4 s, and with a new person in each
    # sentence 46.6 -> 1.4 s); the words that may end such a name are now
    # read in one pass and kept while the words out of quotes are the same
    assert growth(_coach_after_each, 20) < LINEAR_GROWTH


def test_a_title_and_nisba_still_names_the_person_introduced_with_it():
    # near misses: the nisba before the name ("عبر الإيطالي X Y"), not a
    # post's nisba ("السفير الإيطالي X Y" names no Italian coach)
    text = (
        "عبر الإيطالي ماريو روسيني، المدير الفني لفريق الأمل، عن ارتياحه. "
        "وقال رئيس النادي سامي الحداد إن «الموسم كان صعبا». "
        "وأشار المدرب الإيطالي إلى أن «الفريق سيعود أقوى»."
    )
    quotes = quotes_keeping_the_contract(text)
    assert quotes[-1].speaker == "ماريو روسيني", quotes[-1]
    text = (
        "والتقى السفير الإيطالي ماريو روسيني بالوزير. "
        "وقال رئيس النادي سامي الحداد إن «الموسم كان صعبا». "
        "وأشار المدرب الإيطالي إلى أن «الفريق سيعود أقوى»."
    )
    quotes = quotes_keeping_the_contract(text)
    assert quotes[-1].speaker != "ماريو روسيني", quotes[-1]
