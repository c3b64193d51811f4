"""extract() never fails and keeps its contract on arbitrary text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import SPEAKER_KINDS, extract

_WORDS = [
    "قال", "وقال", "أكد", "وأضافت", "قائلا", "مشيرة", "إن", "أن", "بأن", "جاء", "في",
    "برقية", "البرقية", "الوزير", "السفيرة", "الأمريكية", "جانيت", "دوغلاس", "أحد",
    "مستشاري", "الفرنسيون", "بحسب", "على", "لسان", "حد", "تعبيره", "نقلت", "وكالة",
    "عن", "مصدر", "قوله", "2009", "جانفي", "شباط/فبراير", "16", "نهاية", "العام",
    "منذ", "بعد", "عدة", "أشهر", "تنظيم", "القاعدة", "10PARIS191", "أما", "فقال",
    "ﻻ", "ـ", "\u200f", "،", ".", ":", "+", "لـ", "بـ", "و", "للأمريكيين", "سعادته",
]  # fmt: skip
_MARKS = ['"', "«", "»", "“", "”", "„", "+", ":", "،", ".", "\n", " "]

_text = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.text(max_size=3)),
    max_size=80,
).map(" ".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_extract_never_fails_and_keeps_its_contract(text):
    for q in extract(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.speaker_kind is None or q.speaker_kind in SPEAKER_KINDS
        assert (q.date is None) == (q.date_precision is None)
        if q.date:
            assert len(q.date) == {"year": 4, "month": 7, "day": 10}[q.date_precision]
        assert 0.0 <= q.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_extract_on_any_unicode(text):
    for q in extract(text):
        assert text[q.start : q.end] == q.text


def test_conjunction_before_fronting_word_after_a_comma_terminates():
    # "، ومنتصف …": used to loop forever re-examining the token as a clause start
    text = 'في 2010، ومنتصف الليل، قال الوزير إن "الوضع الأمني صعب جدا في البلاد".'
    (quote,) = extract(text)
    assert quote.speaker == "الوزير"
    assert quote.date == "2010"


def test_an_outlet_after_a_cue_at_the_texts_end_stops_there():
    # a cue followed by "نقلت وكالة" and nothing else: the look for the
    # outlet's name ran past the last token (IndexError)
    assert extract('" قال " نقلت وكالة') == []
