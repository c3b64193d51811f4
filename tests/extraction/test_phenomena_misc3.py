"""Phenomena of quote finding in unseen real articles (misc3): what marks
hold where they stand.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_two_indefinite_words_in_marks_after_the_that_clause_subject_are_said():
    # "اعتبر X أن المشروع الذي … «وُلد ميتاً»": the predicate of the cue's
    # that-clause, after a subject of any length, is the speaker's words
    text = (
        "اعتبر النائب سمير الهاشمي أن المشروع الذي تقدمت به الحكومة الشهر الماضي "
        "بعد نقاش طويل «جاء متأخراً» وذلك قبل أيام من التصويت.\n"
    )
    q = one(text, "جاء متأخراً")
    assert q.speaker == "سمير الهاشمي", q
    text = (
        "وقالت الوزيرة هالة المصري إن غياب التنسيق داخل الدوائر هو «أكبر مشكلاتنا»، "
        "وإن الحل قريب.\n"
    )
    q = one(text, "أكبر مشكلاتنا")
    assert q.speaker == "هالة المصري", q


def test_a_name_in_marks_in_the_that_clause_is_not_said():
    # a definite name, a prepositional phrase, or marks after a preposition
    # that opens the predicate stay names and labels
    for text, words in (
        ("وقال الوزير سامي الخوري إن الحكومة تدعم «جمعية النور» منذ سنوات.\n", "جمعية النور"),
        ("ورأى النائب علي حسن أن المجلس في حالة «شلل كامل» منذ أشهر.\n", "شلل كامل"),
    ):
        assert not any(words in q.text for q in extract(text)), text


def test_two_words_in_marks_after_the_object_of_considering_are_said():
    # "معتبرا هذه الخطوة «خطأً فادحاً»": the participle of considering, its
    # object, then the predicate in marks: the subject's words
    text = (
        "ندد رئيس الحزب كمال الأيوبي برفع الأسعار، "
        "معتبراً هذه الخطوة «خطأً فادحاً». وأعلن الحزب عن اجتماع طارئ.\n"
    )
    q = one(text, "خطأً فادحاً")
    assert q.speaker == "كمال الأيوبي", q


def test_a_mark_spaced_off_before_a_full_stop_closes_a_quote_across_a_line():
    # 'قال X :" … \n … ".': the mark before the full stop cannot open; the
    # quote runs on over the wrapped line up to it
    text = (
        'وقال الوزير سامر الحداد خلال مؤتمر مشترك :" يؤلمنا ما نراه من دمار في المدينة\n'
        'ونحن قلقون من تصاعد العنف في الريف ".\n'
        "ومن جهته قال المحافظ إن الحل قريب.\n"
    )
    q = one(text, "يؤلمنا ما نراه")
    assert "قلقون من تصاعد العنف" in q.text, q


def test_a_date_split_by_a_wrapped_line_keeps_its_sentence():
    # "وصف X الاتفاق في 12\nتشرين الثاني 2015 بأنه «…»": the day's number
    # ends the line, its month opens the next; one sentence, one speaker
    text = (
        "وعن الاتفاق وصف النائب وليد الكردي هذا الاتفاق في 12\n"
        'تشرين الثاني 2015 بأنه "خطأ تاريخي"\n'
    )
    q = one(text, "خطأ تاريخي")
    assert q.speaker == "وليد الكردي", q
