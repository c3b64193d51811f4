"""speed34b: changes for speed only, the output the same.

Helpers whose first test fails for most calls are no longer called where a
test read before the call (a word the article lacks, a memo already set, a
token at hand) tells they would fail:

- index_dates asks starts_from ("ابتداء من 12 مارس") only in a text with a
  word of _STARTING;
- date_for asks this_occasion_date only of a sentence that opens with
  خلال/في/أثناء (its pins: test_phenomena_dev33s.py), meeting_date only
  while its memos leave a verb of meeting or a meeting held possible, and
  after_earlier_occasion (there and in run) only while earlier_occasion's
  memo leaves a word of _EARLIER possible;
- scan_np asks _object_after_post only after a definite word;
- person_word_met, title_word_in_name_met and known_name_word ask
  persons_with_word only once _PERSONS_FILED persons are met;
- resolve asks lead_describes only of a text with a headline.

Each guard below checks that the rule still reads its case (the output as
before) and that the call is spared where the pre-test fails.
"""

from __future__ import annotations

import pytest

from claims.extraction import dating as dt
from claims.extraction import phrases as ph
from claims.extraction.engine import _Extractor

from .helpers import only_quote, quotes_of


def _calls(monkeypatch, owner, name: str) -> list:
    """Spy on ``owner.name`` (a method or a module function): the calls."""
    calls: list = []
    real = getattr(owner, name)

    def spy(*args, **kw):
        calls.append(args)
        return real(*args, **kw)

    monkeypatch.setattr(owner, name, spy)
    return calls


class TestStartsFrom:
    """ "الإضراب ابتداء من 12 مارس 2024": the day a measure starts from is
    no date of the statement; a text with no word of _STARTING never asks."""

    @pytest.mark.parametrize(
        "text",
        [
            "أعلنت نقابة المعلمين الإضراب ابتداء من 12 مارس 2024، وقال كاتبها "
            "العام لسعد اليعقوبي إن «الحكومة لم تف بوعودها».",
            "قررت الوزارة رفع الأسعار اعتبارا من 1 يناير 2023، وقال الناطق باسمها "
            "عادل الشريف إن «القرار لا رجعة فيه».",
            "تبدأ الحملة بدءا من 5 أيار 2021، وقال منسقها كمال الدين حسن إن «المتطوعين جاهزون».",
        ],
    )
    def test_the_starting_day_dates_no_statement(self, text: str) -> None:
        assert only_quote(text).date is None, text

    @pytest.mark.parametrize(
        "text, date",
        [
            (
                "أعلنت نقابة المعلمين الإضراب يوم 12 مارس 2024، وقال كاتبها "
                "العام لسعد اليعقوبي إن «الحكومة لم تف بوعودها».",
                "2024-03-12",
            ),
            (
                "أعلنت الوزارة رفع الأسعار يوم 1 يناير 2023، وقال الناطق باسمها "
                "عادل الشريف إن «القرار لا رجعة فيه».",
                "2023-01-01",
            ),
        ],
    )
    def test_near_misses_keep_their_date(self, text: str, date: str, monkeypatch) -> None:
        calls = _calls(monkeypatch, dt._Dating, "starts_from")
        assert only_quote(text).date == date, text
        assert calls == []  # (no word of _STARTING: never asked)


class TestMeetingDate:
    """ "التقى السفير يوم 3 مارس 2008 بالوزير، وقال له «…»": the meeting's
    date; once the memos tell the text has no meeting, it is not asked."""

    @pytest.mark.parametrize(
        "text, date",
        [
            (
                "التقى السفير الأمريكي روبرت غوديك يوم 3 مارس 2008 بوزير الخارجية، "
                "وقال له «إن بلاده تدعم الإصلاحات».",
                "2008-03-03",
            ),
            (
                "اجتمع المبعوث الأممي غسان سلامة يوم 14 أبريل 2019 بقادة الأحزاب، "
                "وقال لهم «إن الحل سياسي».",
                "2019-04-14",
            ),
        ],
    )
    def test_the_meetings_date(self, text: str, date: str) -> None:
        assert only_quote(text).date == date, text

    def test_no_meeting_asked_once(self, monkeypatch) -> None:
        text = (
            "تحدث السفير الأمريكي روبرت غوديك يوم 3 مارس 2008 إلى الصحفيين، "
            "وقال «إن بلاده تدعم الإصلاحات».\n"
            "وأضاف غوديك في الندوة نفسها، وقال «إن الانتخابات مهمة».\n"
            "وتابع غوديك حديثه، وقال «إن الشراكة قوية»."
        )
        calls = _calls(monkeypatch, dt._Dating, "meeting_date")
        quotes = [q.date for q in quotes_of(text)]
        assert quotes and quotes[0] is None
        assert len(calls) <= 1  # (its memos set by the first call)


class TestAfterEarlierOccasion:
    """ "وفي تصريحات سابقة، أكد X أن …. وقال X: «…»": no date carried over;
    a text with no word of _EARLIER never asks after the first quote."""

    @pytest.mark.parametrize(
        "text",
        [
            "وفي تصريحات سابقة، أكد وزير الداخلية التونسي هشام المشيشي أن الوضع "
            "الأمني مستقر. وقال المشيشي: «لن نتهاون مع الإرهاب».\nتونس في 5 أيار 2020",
            "وفي مقابلة سابقة، أكدت وزيرة الصحة المغربية نادية فتاح أن الوباء تراجع. "
            "وقالت فتاح: «سنرفع القيود تدريجيا».\nالرباط في 7 حزيران 2021",
        ],
    )
    def test_the_earlier_occasion_dates_nothing(self, text: str) -> None:
        assert only_quote(text).date is None, text

    def test_no_earlier_word_never_asked(self, monkeypatch) -> None:
        text = (
            "أكد وزير الداخلية التونسي هشام المشيشي في 5 أيار 2020 أن الوضع مستقر. "
            "وقال المشيشي: «لن نتهاون مع الإرهاب». وقال المشيشي: «الحدود مؤمنة»."
        )
        calls = _calls(monkeypatch, dt._Dating, "after_earlier_occasion")
        quotes_of(text)
        assert calls == []


class TestObjectAfterPost:
    """ "العميد X Y مدير دائرة الأمن نجاح العملية": the verb's object after
    the post; scan_np asks only after a definite word."""

    @pytest.mark.parametrize(
        "text, role",
        [
            (
                "وأكد العميد خالد الرواشدة مدير دائرة الأمن نجاح العملية، وقال إن "
                "«الأمن مستتب في المدينة».",
                "العميد، مدير دائرة الأمن",
            ),
        ],
    )
    def test_the_post_ends_before_the_object(self, text: str, role: str) -> None:
        q = only_quote(text)
        assert (q.speaker, q.role) == ("خالد الرواشدة", role), text

    def test_asked_only_after_a_definite_word(self, monkeypatch) -> None:
        calls = _calls(monkeypatch, ph, "_object_after_post")
        text = (
            "وأكد العميد خالد الرواشدة مدير دائرة الأمن نجاح العملية، وقال إن "
            "«الأمن مستتب في المدينة»."
        )
        only_quote(text)
        for toks, i, _limit in calls:
            assert "ال" <= toks[i - 1] < "ام", (toks[i - 1], toks[i])


class TestPersonsFiledOnlyWhenMany:
    """person_word_met, title_word_in_name_met and known_name_word ask
    persons_with_word only once _PERSONS_FILED persons are met (before,
    it answered None at once)."""

    def test_few_persons_not_asked(self, monkeypatch) -> None:
        calls = _calls(monkeypatch, ph._Phrases, "persons_with_word")
        ex = _Extractor("قال وزير الخارجية عدنان منصور إن «الوضع صعب».")
        ex.run()
        assert len(ex._persons) < ph._PERSONS_FILED
        assert calls == []


def test_no_headline_lead_describes_nothing() -> None:
    """resolve asks lead_describes only of a text with a headline: with
    none, the fuller description met later still wins."""
    text = (
        "قال الرئيس عبد الكريم الزبيدي إن «الحوار ضروري».\n"
        "وقال الرئيس اليمني عبد الكريم الزبيدي إن «السلام قريب»."
    )
    roles = [q.role for q in quotes_of(text)]
    assert roles[-1] == "الرئيس اليمني", roles
