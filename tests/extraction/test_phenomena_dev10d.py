"""Quote spans and dates on real news layouts (dev10d, 2026-12-04).

- The modifier letter double prime (U+02BA, "ʺ") typed for '"' is a quote
  mark: it opens or closes by its place, as '"' does, and one left open
  after a verb of saying gives its words up to the end of the sentence.
- A statement in reported speech whose cue clause names its month ("نفى
  الوزير في يناير 2009 أن …") dates the same speaker's words that go on
  right after it ("وأضاف «…»"), as one that names its day already did.
- Three words in marks glued to بـ after a verb of accusing or
  threatening ("متهما إياها بـ«…»", "وتوعدت بـ«…»") are the speaker's
  words, as after وصف (described); the verb may stand right before the بـ.
- A quote introduced as speech that runs over a stop and meets a second
  mark of its family typed after a space and glued to the next word, with
  no other mark of the family after it on the line, ends there: its
  closer typed with the space on the wrong side ("… الموقف "عاد …").
- Three words in marks that open with a verb in the future ("سيعامل بشكل
  عادل") are a clause, as those that open with a negation or a pronoun:
  words said when a cue stands before them in their sentence, the quote's
  own or one read earlier there (the words taken as a follow-up).
- A full date after the lead's full stop, followed on its line only by a
  comma and the outlet's name ("… المدن. 04.03.2026, وكالة X"), is the
  page's stamp: the day the lead's "اليوم" counts from, which dates the
  statements after it, the lead before it as before a closing dateline.
- A theme named in marks after the indefinite "موضوع" or "محور" ("لمناقشة
  موضوع «…»") is a title, however long (up to ten words), as after
  "بعنوان"; "الموضوع «…»" with the article may still be words said.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quotes_of, said


@pytest.mark.parametrize(
    "text, words",
    [
        # an opening ʺ after a participle of saying, never closed: the words
        # up to the end of the sentence
        (
            "وأوضح الوزير أن القطاع يتطور. مضيفا ʺلا توجد بلدية في الولاية لم تستفد"
            " من منشآت جديدة. وغادر بعدها القاعة.",
            "لا توجد بلدية في الولاية لم تستفد من منشآت جديدة",
        ),
        # a pair of ʺ after a verb of saying and its subject
        (
            "قال الوزير ʺلن نسمح بأي تأخير في إنجاز المشاريع المبرمجةʺ، ثم غادر القاعة.",
            "لن نسمح بأي تأخير في إنجاز المشاريع المبرمجة",
        ),
    ],
)
def test_modifier_double_prime_is_a_quote_mark(text, words):
    # construction: ʺ (U+02BA) typed for the straight double quote
    assert said(text, words[:12]).text == words


def test_modifier_double_prime_around_latin_is_no_quote():
    # near miss: a Latin letter in the marks with no verb of saying is no quote
    assert quotes_of("كتب الطالب الحرف ʺaʺ على اللوح ثم غادر القاعة دون أن يتكلم.") == []


@pytest.mark.parametrize(
    "lead",
    [
        "نفى الوزير سامي الخطيب في يناير 2009 أن الحكومة قررت الرحيل عن المدينة.",
        "أبلغ الوزير سامي الخطيب، السفير الفرنسي، في يناير عام 2009، أن الحكومة"
        " قررت الرحيل عن المدينة.",
    ],
)
def test_month_of_a_reported_statement_goes_on(lead):
    # construction: reported speech dated by its month, then "وأضاف «…»"
    text = lead + " وأضاف «نحن لا نريد أي مواجهة مع أحد في هذه المرحلة»."
    assert said(text, "نحن لا نريد").date == "2009-01"


def test_month_in_a_relative_clause_does_not_go_on():
    # near miss: the month tells of the speaker (a relative clause), not of
    # his statement; his words after it stay undated
    text = (
        "نفى الوزير سامي الخطيب الذي تولى منصبه في يناير 2009 أن الحكومة قررت"
        " الرحيل عن المدينة. وأضاف «نحن لا نريد أي مواجهة مع أحد في هذه المرحلة»."
    )
    assert said(text, "نحن لا نريد").date is None


def test_year_of_a_reported_statement_does_not_go_on():
    # near miss: a year alone in the cue clause (often the background, not
    # the day of the words) is not carried
    text = (
        "نفى الوزير سامي الخطيب عام 2009 أن الحكومة قررت الرحيل عن المدينة."
        " وأضاف «نحن لا نريد أي مواجهة مع أحد في هذه المرحلة»."
    )
    assert said(text, "نحن لا نريد").date is None
    assert extract(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # the participle of accusing, its object pronoun apart
        (
            'وانتقد الوزير سامي الخطيب الشركة، متهما إياها بـ"سوء إدارة فادح" في متابعة الملف.',
            "سوء إدارة فادح",
            "سامي الخطيب",
        ),
        # the verb of threatening right before the بـ
        (
            'وتوعدت الحركة بـ"رد غير مسبوق". وعمت الاحتجاجات كل المدن.',
            "رد غير مسبوق",
            "الحركة",
        ),
        # the verb of threatening right before the بـ, its subject told before
        (
            'وقال المتحدث باسم الحركة سامي الخطيب إن الهجوم فشل، وتوعد بـ"رد غير مسبوق".',
            "رد غير مسبوق",
            "سامي الخطيب",
        ),
        # the past of accusing, its object between
        (
            'واتهم النائب الحكومة بـ"التلاعب بالمال العام" خلال الجلسة.',
            "التلاعب بالمال العام",
            "النائب",
        ),
    ],
)
def test_three_words_of_an_accusation_or_a_threat_are_said(text, words, speaker):
    # construction: اتهم/توعد + بـ + three words in marks
    q = said(text, words)
    assert q.text == words and speaker in q.speaker


@pytest.mark.parametrize(
    "text",
    [
        # the passive "threatened with": no one's words
        'وقالت الدراسة إن الغابات مهددة بـ"الزوال التام قريبا" بسبب الجفاف.',
        # one word after an accusation: a label, as after وصف
        'واتهم النائب الحكومة بـ"الفساد" خلال الجلسة.',
        # three words glued to بـ after a verb of praising: a name
        'وأشاد الوزير بـ"مهرجان الربيع الدولي" في المدينة.',
    ],
)
def test_other_words_glued_to_ba_stay_unquoted(text):
    # near misses: no verb of accusing or threatening, or one word
    assert quotes_of(text) == []


_SPACED_CLOSER = (
    '"كانت تلك الأيام صعبة على الجميع. وكان الخوف سيد الموقف في المدينة'
    ' "عاد الجميع بعدها إلى بيوتهم بعد انتهاء الأزمة.'
)


@pytest.mark.parametrize("intro", ["وتابع الوزير مضيفا ", "وقال الوزير للصحفيين: "])
def test_a_closer_typed_after_its_space_ends_the_quote(intro):
    # construction: "… word "word": the quote's closer glued to the next word
    q = said(intro + _SPACED_CLOSER, "كانت تلك")
    assert q.text == "كانت تلك الأيام صعبة على الجميع. وكان الخوف سيد الموقف في المدينة"


def test_a_mark_after_a_verb_of_saying_still_opens():
    # near miss: after a verb of saying the second mark opens new words
    text = (
        'وقال الوزير "كانت تلك الأيام صعبة على الجميع. وأضاف "عاد الجميع بعدها'
        " إلى بيوتهم بعد انتهاء الأزمة."
    )
    assert [q.text for q in quotes_of(text)] == [
        "كانت تلك الأيام صعبة على الجميع",
        "عاد الجميع بعدها إلى بيوتهم بعد انتهاء الأزمة",
    ]


def test_a_mark_closed_again_on_its_line_is_no_spaced_closer():
    # near miss: a mark of the family after it on the line closes a pair
    text = (
        'قالت الوزيرة "كانت تلك الأيام صعبة على الجميع. وكان الخوف سيد الموقف في'
        ' المدينة "عاد الجميع" إلى بيوتهم بعد الأزمة.'
    )
    assert said(text, "كانت تلك").text == "كانت تلك الأيام صعبة على الجميع"


_TWO_CLAUSES = (
    'وأوضحت الوزارة أن المحاكم وجدت أن الترحيل لن "يخالف القانون المحلي"'
    " وأنه أثناء وجوده في البلاد الأخرى "
)


def test_three_words_opening_with_a_future_verb_are_said():
    # construction: "وأنه … «سـ + present verb …»" after a quote of the same cue
    q = said(_TWO_CLAUSES + '"سيعامل بشكل عادل".', "سيعامل")
    assert q.text == "سيعامل بشكل عادل" and q.speaker == "الوزارة"


@pytest.mark.parametrize(
    "text",
    [
        # the same place, three words that open with a noun
        _TWO_CLAUSES + '"مقر إقامة دائم".',
        # a future verb with no cue in the sentence
        'ويبدو أن الحكومة الجديدة "ستكون أكثر انفتاحا" في المرحلة المقبلة.',
        # two words: a name may open like a future verb
        'أعلنت البلدية عن افتتاح "سينما الشعب" في وسط المدينة.',
    ],
)
def test_other_short_words_in_marks_stay_unquoted(text):
    # near misses: no verb in the future, no cue, or two words
    assert not any(
        q.text in ("مقر إقامة دائم", "ستكون أكثر انفتاحا", "سينما الشعب") for q in quotes_of(text)
    )


_STAMPED_LEAD = (
    "عاجل: الوزير يتحدث عن المياه\n\n"
    "صرح وزير الزراعة سامي الخطيب، اليوم {day}، بأن المياه متوفرة في كل المدن{tail}\n\n"
    'وقال الخطيب خلال لقاء مع أعضاء البرلمان: "نحن لا نريد أي مواجهة مع أحد في هذه'
    ' المرحلة الصعبة".'
)


def test_a_stamp_closing_the_leads_line_dates_the_day_story():
    # construction: "lead. DD.MM.YYYY, outlet" at the end of the lead's line
    text = _STAMPED_LEAD.format(day="الأربعاء", tail=". 04.03.2026, وكالة الأنباء")
    assert said(text, "نحن لا نريد").date == "2026-03-04"


@pytest.mark.parametrize(
    "day, tail",
    [
        # the lead's weekday is another day than the stamp's
        ("الثلاثاء", ". 04.03.2026, وكالة الأنباء"),
        # a date inside the lead's sentence, no stop before it
        ("الأربعاء", " منذ 04.03.2026, وفق المصادر"),
    ],
)
def test_other_dates_on_the_leads_line_date_nothing(day, tail):
    # near misses: the weekday disagrees, or the date is the lead's own
    text = _STAMPED_LEAD.format(day=day, tail=tail)
    assert said(text, "نحن لا نريد").date is None


def test_a_theme_named_after_its_noun_is_no_quote():
    # construction: "لمناقشة موضوع «title of eight words»" between a verb of
    # saying and its that-clause
    text = (
        "وأوضح الوزير خلال كلمته في افتتاح الملتقى الدولي لمناقشة موضوع"
        ' "التعاون الإقليمي في المنطقة: طريق الشعوب إلى غد أكثر رخاء"،'
        " أن بعض الدول أغلقت حدودها."
    )
    assert quotes_of(text) == []


def test_words_after_the_definite_matter_are_still_said():
    # near miss: "عن الموضوع «…»", the article: what he said of the matter
    assert said('وقال الوزير عن الموضوع "لا تعليق لدي الآن".', "لا تعليق").text == (
        "لا تعليق لدي الآن"
    )
