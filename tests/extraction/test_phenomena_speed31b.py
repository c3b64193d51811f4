"""speed31b: changes for speed only, the output the same.

Three helpers are called only past their first tests, read at their call
sites (each a necessary condition of a helper's answer, most cues failing it):

- attribute reads via_of only for a relay's cue, a word that may name an
  outlet (_MAY_NAME_OUTLET) between the cue and the quote, or a subject
  ended by a word glued to ل (the outlet by its own name);
- attribute reads subject_after_that only after a comma or قد right before
  the verb, or an أنّ before it in its sentence;
- date_for reads occasion_told_before only when the cue clause holds a word
  of _OCCASION_AFTER.

Each guard below runs the helper on texts where it answers, and checks that
every answer it gives passes the test read before calling it: a later change
to a helper that lets it answer without its first test fails here.
"""

from __future__ import annotations

import pytest

from claims.extraction import dating as dt
from claims.extraction import lexicon as lx
from claims.extraction import speakers as s
from claims.extraction.words import _COMMAS

from .helpers import quotes_of


def _answers(monkeypatch, cls, name: str) -> list[tuple]:
    """(self, args, answer) of every call of ``cls.name`` that answers."""
    seen: list[tuple] = []
    helper = getattr(cls, name)

    def spy(self, *args):
        got = helper(self, *args)
        if got is not None:
            seen.append((self, args, got))
        return got

    monkeypatch.setattr(cls, name, spy)
    return seen


class TestViaOfFirstTests:
    TEXTS = [
        "وقال مصدر أمني لوكالة الأنباء الرسمية إن «الحدود آمنة بالكامل».",
        "وصرحت الناطقة باسم الوزارة سلمى العبيدي لـ«الصباح» بأن «المفاوضات مستمرة».",
        "وقال مسؤول عراقي لرويترز: «لن نقبل بأي تأخير في تسليم المعدات».",
        "وأكد الوزير منير الحداد في حديث لقناة الوطن أن «الميزانية جاهزة».",
    ]

    @pytest.mark.parametrize("text", TEXTS)
    def test_every_outlet_passes_the_first_test(self, monkeypatch, text):
        seen = _answers(monkeypatch, s._Speakers, "via_of")
        quotes_of(text)
        for ex, (hit, upto), _via in seen:
            toks = ex.doc.toks
            assert (
                hit.cue.kind == lx.RELAY
                or not s._MAY_NAME_OUTLET.isdisjoint(toks[hit.tok + 1 : upto])
                or (
                    hit.np_start < hit.np_end < upto
                    and hit.np_end < ex.n
                    and "ل" <= toks[hit.np_end] < "م"
                )
            )

    def test_the_texts_name_outlets(self, monkeypatch):
        seen = _answers(monkeypatch, s._Speakers, "via_of")
        for text in self.TEXTS:
            quotes_of(text)
        assert len(seen) >= 3

    def test_no_outlet_no_via(self):
        # near misses: no word that may name an outlet, nothing relayed
        for text in (
            "وقال الوزير منير الحداد إن «الميزانية جاهزة».",
            "وأكدت الناطقة سلمى العبيدي أن «المفاوضات مستمرة».",
        ):
            assert quotes_of(text)[0].via is None


class TestSubjectAfterThatFirstTests:
    TEXTS = [
        "وأضاف رئيس الحزب أن وزيرة الصحة ليلى القاسمي قالت «إن المستشفيات ستفتح قريبا».",
        "وأوضح المتحدث أن السفير البرازيلي، ماركو سيلفا، أكد «أن الزيارة ناجحة».",
        "وذكرت الصحيفة أن الجنرال كمال يوسف، الذي زار المدينة أمس، قد أبلغ الضباط: «لا تراجع».",
        "وأشار التقرير إلى أن المنظمة أعلنت «أن المساعدات وصلت».",
    ]

    @pytest.mark.parametrize("text", TEXTS)
    def test_every_subject_passes_the_first_test(self, monkeypatch, text):
        seen = _answers(monkeypatch, s._Speakers, "subject_after_that")
        quotes_of(text)
        for ex, (hit, _lo), _ent in seen:
            toks = ex.doc.toks
            first = ex.sent_first[ex.sent[hit.tok]]
            assert (
                toks[hit.tok - 1] in _COMMAS
                or toks[hit.tok - 1] == "قد"
                or not s._THAT.isdisjoint(toks[first : hit.tok])
            )

    def test_the_texts_name_subjects(self, monkeypatch):
        seen = _answers(monkeypatch, s._Speakers, "subject_after_that")
        for text in self.TEXTS:
            quotes_of(text)
        assert len(seen) >= 2


class TestOccasionToldBeforeFirstTest:
    TEXTS = [
        "قدم السفير الكندي أوراق اعتماده إلى الرئيس يوم 12 مارس 2024. "
        "وصرح السفير عقب حفل تقديم أوراق اعتماده: «سنعزز التعاون».",
        "وقع الوزيران اتفاقية التبادل التجاري في العاصمة يوم 3 يونيو 2023. "
        "وقال الوزير بعد توقيع اتفاقية التبادل التجاري: «هذا يوم تاريخي».",
        "افتتح المحافظ المعرض الدولي للكتاب يوم 20 فبراير 2022. "
        "وقال المحافظ خلال افتتاح المعرض الدولي: «القراءة أساس النهضة».",
    ]

    @pytest.mark.parametrize("text", TEXTS)
    def test_every_occasion_passes_the_first_test(self, monkeypatch, text):
        seen = _answers(monkeypatch, dt._Dating, "occasion_told_before")
        quotes_of(text)
        for ex, (a, b, _sid), _d in seen:
            assert not dt._OCCASION_AFTER.isdisjoint(ex.doc.toks[a:b])

    def test_the_texts_date_occasions(self, monkeypatch):
        seen = _answers(monkeypatch, dt._Dating, "occasion_told_before")
        for text in self.TEXTS:
            quotes_of(text)
        assert len(seen) >= 1
