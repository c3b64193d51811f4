"""Inputs whose time grew faster than their length, found by fuzz16 (fourth
session of 2026-12-05): the constructions the latest rules read, each
repeated from a few hundred bytes to a long text (on one line, sentence
after sentence, or joined by و into one sentence).  Each is reduced to a
minimal invented text, and its growth measured as the lines of the engine's
Python run (a count, not a time: for a text four times longer a linear path
runs about four times the lines, a quadratic one sixteen).  The near misses
pin what the faster paths must still read.
"""

from claims.extraction import speakers
from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)


def _nickname_each(k: int) -> str:
    return " ".join(
        f'وقال العميد وائل الصافي "النمر" إن «المعبر {i} مغلق». وأضاف النمر: «لن نتراجع {i}».'
        for i in range(k)
    )


def test_a_nickname_taken_up_in_every_sentence_is_read_in_linear_time():
    # nicknamed (dev15b) went through every mention of the nickname before
    # the one it resolves, from the text's first token (list.index again
    # and again), and for each one in marks after a name through the
    # persons met before it: quadratic in the mentions (128 KB 1.8 s)
    assert growth(_nickname_each, 100) < LINEAR_GROWTH


def test_a_nickname_in_marks_after_a_full_name_still_resolves_to_him():
    # near miss: "اللواء X Y "Z"" then "وأضاف Z:"
    text = (
        'وقال العميد وائل الصافي "النمر" إن «المعبر سيبقى مغلقا». '
        "وأضاف النمر: «لن نتراجع عن مواقعنا»."
    )
    first, second = quotes_keeping_the_contract(text)
    assert first.speaker == "وائل الصافي"
    assert second.speaker == "وائل الصافي"


def test_a_nickname_two_men_share_resolves_to_neither():
    # near miss: the same nickname after two full names is nobody's
    text = (
        'وقال العميد وائل الصافي "النمر" إن «المعبر سيبقى مغلقا». '
        'وقال العقيد ماهر الدباغ "النمر" إن «الجبهة هادئة». '
        "وأضاف النمر: «لن نتراجع عن مواقعنا»."
    )
    quotes = quotes_keeping_the_contract(text)
    assert quotes[2].speaker not in ("وائل الصافي", "ماهر الدباغ")


def _participles_run(k: int) -> str:
    return " و".join(
        f"مؤكدين أن الأرض لأهلها، وأن أي تفريط في الحقوق {i} «ممنوع»" for i in range(k)
    )


def test_participles_run_together_in_one_sentence_are_read_in_linear_time():
    # chain_subject walked back over every participle of the sentence
    # before the cue, each off its sentence's first token (passed over one
    # by one): quadratic in the participles of one sentence with no quote
    # between them (128 KB 1.6 s)
    assert growth(_participles_run, 100) < LINEAR_GROWTH


def _criticised_run(k: int) -> str:
    return " و".join(
        f'وأضاف أن رامي انتقد "بطء العمل {i}″ المقاول "ولا احترام للمواعيد″ ' for i in range(k)
    )


class _CountingSet(frozenset):
    """A word set that counts the words its isdisjoint is asked about (a
    C-level scan the count of Python lines does not see)."""

    asked = 0

    def isdisjoint(self, other):
        other = list(other)
        _CountingSet.asked += len(other)
        return super().isdisjoint(other)


def test_a_cue_opening_the_text_before_a_sentence_of_quotes_is_read_in_linear_time(
    monkeypatch,
):
    # main_clause_subject tested the words before "يذكر أن" in
    # toks[hit.tok - 30 : hit.tok - 3]; for a cue among the text's first
    # three tokens the slice's end was negative, so it took in the whole
    # text, once for each quote read back to that cue (64 KB 1.4 s, now 0.3 s, a scan
    # in C: counted here as the words the set was asked about)
    monkeypatch.setattr(speakers, "_IT_IS_NOTED", _CountingSet(speakers._IT_IS_NOTED))
    asked = []
    for k in (30, 120):
        _CountingSet.asked = 0
        quotes_keeping_the_contract(_criticised_run(k))
        asked.append(_CountingSet.asked)
    assert asked[1] <= LINEAR_GROWTH * max(asked[0], 1)


def test_it_is_noted_before_a_body_and_kana_still_gives_the_body():
    # near miss: "يذكر أن منظمة X كانت قد نشرت تقريرا …، جاء فيه"
    text = (
        "يذكر أن منظمة الرصد الحقوقي كانت قد نشرت تقريرا مفصلا الشهر الماضي، "
        "جاء فيه أن «السجون مكتظة»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "منظمة الرصد الحقوقي"


def _today_run(k: int) -> str:
    return " و".join(
        f'كتب سمير 2010 إنه " الحوار {i} هو الطريق " ولفت سمير إلى المشروع منذ صباح اليوم '
        f"وتابع إنه « لا اتفاق قبل نهاية العام »…"
        for i in range(k)
    )


def test_day_words_in_a_sentence_of_quotes_are_read_in_linear_time():
    # day_named read every token of the cue's sentence up to the quote for
    # "اليوم التالي" or a weekday, once for each quote: quadratic in a
    # sentence of quotes with its stops lost (64 KB 1.3 s, now 0.1 s); the tokens that
    # may name a day are now filed once per article
    assert growth(_today_run, 30) < LINEAR_GROWTH


def test_the_day_after_and_a_weekday_still_date_the_words():
    # near misses (day_named): "في اليوم التالي" after a full date, and a
    # weekday counted back from the last date that named its own
    text = (
        "وصل الوفد إلى العاصمة يوم الأربعاء 26 مارس 2025. "
        "وقال رئيس الوفد في اليوم التالي إن «المحادثات بدأت»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.date == "2025-03-27"
    text = (
        "وصل الوفد إلى العاصمة يوم الأربعاء 26 مارس 2025. "
        "وقال رئيس الوفد مساء الاثنين إن «المحادثات بدأت»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.date == "2025-03-24"


def _statement_run(k: int) -> str:
    return " و".join(
        f'وقال بيان نشره صباح اليوم مجلس المدينة "الموعد {i} ثابت ولن يتغير أبدا" '
        for i in range(k)
    )


def test_a_statement_in_a_sentence_of_quotes_is_read_in_linear_time():
    # statement_issuer read back from each quote to the start of the
    # sentence three before (here the text's) for the statement's noun,
    # then each clause of that sentence for its issuer: quadratic in a
    # sentence of quotes with its stops lost (64 KB 1.5 s). fuzz17: the
    # statement nouns and commas are filed once per article and read by
    # bisection, each clause's answer kept while what it read is the same,
    # and attribute's look for "بالنسبة لـ" after a document's cue far
    # before its words is list.index (100 KB 7.4 -> 1.0 s)
    assert growth(_statement_run, 30) < LINEAR_GROWTH


def test_an_opener_at_the_text_end_is_no_part_of_words_run_on_to_it():
    # seed 1603 (cut at a word boundary), reduced: "❝…❞" with the closer
    # glued to the next word is not read as closed, the words run on to the
    # text's end; the trim paired the span's ❞ (now an opener) with the « the
    # text ends on, read as a closer before the stop it put after the text.
    # fuzz17: the trim reads the text's end as the text does, nothing after
    # it, so the spaced « opens there and pairs with nothing
    text = "❝سامر إن❞وكان 'الحزب „لنا موقفنا منذ“ بعد'.قال «"
    (q,) = quotes_keeping_the_contract(text)
    assert not q.text.endswith("«"), q


def _dated_run(k: int) -> str:
    return " و".join(
        f"وأضافت هالة ''الموعد {i} ثابت ولن يتغير''، في بيان له الأحد 29 شباط/فبراير 2008"
        for i in range(k)
    )


def test_dated_quotes_in_one_sentence_are_read_in_linear_time():
    # date_for listed every date of the cue's sentence before the quote,
    # each tested for a relative clause, to take the last (a quote with no
    # verb of saying, or a source cited after a preposition): quadratic in
    # a sentence of dated quotes with its stops lost (64 KB 1.3 s, now 0.1 s); the
    # dates are now read back from the quote to the first outside a relative
    assert growth(_dated_run, 30) < LINEAR_GROWTH


def test_the_date_before_a_source_cited_is_still_the_telling_s():
    # near miss: the date told before "نقلا عن", none in a relative clause
    text = (
        "ونشرت الصحيفة يوم 14 مايو 2019، في عددها الذي صدر يوم 15 مايو 2019، "
        "نقلا عن مصادر مطلعة: «الاتفاق سيوقع قريبا»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.date == "2019-05-14"
