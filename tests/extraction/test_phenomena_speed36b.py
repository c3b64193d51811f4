"""speed36b: changes for speed only, the output the same.

- recorded_occasion_date: in a text with no verb of meeting, a أنّ in reach
  gives nothing (meeting_after_that returns []), so the walk is taken only
  when a gathering or a noun of remarks is in reach (one more C-level set
  test, _RECORDED_OCCASIONS);
- document_dated_later: the one date after the quote it reads is found
  first, and with no dating or sending word before it the walk back for the
  document is not taken;
- register_mentions asks _dated_back_after and _dated_when_sent of a
  document only with a word of either's first test in reach
  (_DATES_BACK_OR_SENT).

Each is checked against the code it replaces (copied below) on every stored
article text, the bench's generated articles and invented sentences, and
the rules still read their cases.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_left, bisect_right
from itertools import compress, count
from pathlib import Path

import pytest

from claims.extraction import dating as dt
from claims.extraction import engine as en
from claims.extraction.engine import _Extractor

from .helpers import only_quote

_DATA = Path(__file__).parent / "data"
_ROOT = Path(__file__).parents[2]

# invented: documents that record remarks or a meeting, with and without a
# verb of meeting, a dating or a sending word after the quote
_INVENTED = [
    "كشفت برقية دبلوماسية أن السفير سامر الحلبي التقى يوم 6 مارس 2009 وزير "
    "الخارجية، وقال إن «الحوار مستمر».",
    "كشفت وثيقة جديدة عن موقف الوزير نادر القاسم، وذلك استنادا لتصريحات أدلى "
    "بها لوفد زائر في 30 كانون الأول 2009، وقال إن «الاتفاق قريب».",
    "تبين إحدى البرقيات لقاء للوزير مع وفد تجاري في مارس 2010، وقال الوزير إن «السوق مفتوحة».",
    "أفادت برقية أن الوزير كمال العبدي قال «لن نتراجع». البرقية التي تم "
    "إرسالها من السفارة في يونيو 2008 نشرها موقع ويكيليكس.",
    "أفادت برقية أن الوزير كمال العبدي قال «لن نتراجع». وقالت البرقية التي "
    "كتبها القائم بالأعمال في نوفمبر 2009 إن الحوار توقف.",
    "أفادت برقية أن الوزير كمال العبدي قال «لن نتراجع». وحملت البرقية تاريخ 12 أيار 2007.",
    "أفادت برقية أن الوزير كمال العبدي قال «لن نتراجع». وفي 12 أيار 2007 سافر الوزير إلى باريس.",
    "ونقلت برقية صادرة من بغداد تعود إلى عام 2009 عن الوزير قوله «الوضع هادئ».",
    "ونقلت برقية أرسلتها السفارة إلى واشنطن في 14 أكتوبر 2008 عن الوزير قوله «الوضع هادئ».",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("*.txt"))]
    spec = importlib.util.spec_from_file_location("bench_extract", _ROOT / "bench" / "extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    texts.extend(bench.articles(150))
    return texts + _INVENTED


def _read(text: str) -> _Extractor | None:
    ex = _Extractor(text)
    if not ex.n:
        return None
    ex.run()
    return ex


@pytest.fixture(scope="module")
def extractors() -> list[_Extractor]:
    return [ex for ex in map(_read, _texts()) if ex is not None]


def _recorded_occasion_date_before(self, i: int, sid: int) -> list:
    """recorded_occasion_date as it was (speed36b's start)."""
    toks = self.doc.toks
    if dt._RECORDED_STOPS.isdisjoint(toks[i + 1 : i + 30]):
        return []
    k = i + 1
    in_quote = self.in_quote
    while k < self.n and k - i < 30 and self.sent[k] == sid:
        t = toks[k]
        if t in dt._THAT:
            return self.meeting_after_that(k, sid)
        if not in_quote[k] and (t in dt._GATHERINGS or t in dt._REMARK_NOUNS):
            j = k + 1
            while j < self.n and j - k < 24 and self.sent[j] == sid:
                if toks[j] in dt._THAT:
                    return []
                if toks[j] in dt._PUBLISHING and not in_quote[j]:
                    return []
                d = None if in_quote[j] else self.date_token_index.get(j)
                if d is not None:
                    if d.relative or d.iso is None or d.precision == "year":
                        return []
                    return [d]
                j += 1
            return []
        k += 1
    return []


def _document_dated_later_before(self, first: int, q):
    """document_dated_later as it was (speed36b's start)."""
    toks = self.doc.toks
    in_quote = self.in_quote
    head = None
    if q.open_tok - first > dt._LONG_STRETCH:
        docs = list(compress(count(), map(dt._CORRESPONDENCE.__contains__, toks)))
        ks = reversed(docs[bisect_left(docs, first) : bisect_left(docs, q.open_tok)])
    elif dt._SINGLE_DOCUMENTS.isdisjoint(toks[first : q.open_tok]) and (
        self.doc_ctx is not None or dt._THE_DOCUMENTS.isdisjoint(toks[first : q.open_tok])
    ):
        return None
    else:
        ks = range(q.open_tok - 1, first - 1, -1)
    for k in ks:
        t = toks[k]
        if in_quote[k]:
            continue
        if t in dt._SINGLE_DOCUMENTS:
            head = t
            break
        if t in dt._THE_DOCUMENTS and self.doc_ctx is None:
            head = t[2:]
            break
    if head is None:
        return None
    tokens = self.date_tokens
    j = bisect_right(tokens, q.close_tok)
    sid = self.sent[q.open_tok]
    while j < len(tokens):
        k = tokens[j]
        j += 1
        if self.sent[k] > sid + 3:
            return None
        d = self.date_token_index[k]
        if in_quote[k] or d.relative:
            continue
        if d.iso is None:
            return None
        window = toks[max(self.sent_first[self.sent[k]], k - 10) : k]
        if "ال" + head in window and ("تاريخ" in window or not dt._DATING_WORDS.isdisjoint(window)):
            return d
        if (
            window
            and window[0] in dt._THE_DOCUMENTS
            and window[0] == toks[self.sent_first[self.sent[k]]]
            and not dt._SENDING.isdisjoint(window)
        ):
            return d
        s0 = self.sent_first[self.sent[k]]
        if (
            toks[s0 + 1 : s0 + 2] == ["ال" + head]
            and toks[s0 + 2 : s0 + 3] in (["التي"], ["الذي"])
            and not dt._SENDING.isdisjoint(window)
        ):
            return d
        return None
    return None


def test_recorded_occasion_date_as_before(extractors) -> None:
    asked = found = 0
    for ex in extractors:
        for i in range(ex.n):
            sid = ex.sent[i]
            before = _recorded_occasion_date_before(ex, i, sid)
            assert ex.recorded_occasion_date(i, sid) == before, (ex.doc.text[:80], i)
            asked += 1
            found += bool(before)
    assert asked > 100_000 and found >= 3  # (the walk's dates are met too)


def test_document_dated_later_as_before(extractors) -> None:
    asked = found = 0
    for ex in extractors:
        for q in ex._quotes:
            if q.open_tok >= ex.n:
                continue
            for first in {ex.sent_first[ex.sent[q.open_tok]], max(0, q.open_tok - 40), 0}:
                before = _document_dated_later_before(ex, first, q)
                assert ex.document_dated_later(first, q) == before, (ex.doc.text[:80], q)
                asked += 1
                found += before is not None
    assert asked > 5_000 and found >= 3


def test_dated_back_or_sent_gate(extractors) -> None:
    """Where register_mentions' pre-test fails, both helpers return []."""
    passed = 0
    for ex in extractors:
        toks = ex.doc.toks
        for i in range(ex.n):
            end = i + 13 if i + 13 < ex.n else ex.n
            if end >= ex.n:
                continue
            if en._DATES_BACK_OR_SENT.isdisjoint(toks[i + 1 : i + en._DATED_BACK_REACH]):
                sid = ex.sent[i]
                assert en._dated_back_after(ex, i, end, sid) == []
                assert en._dated_when_sent(ex, i, end, sid) == []
                passed += 1
    assert passed > 100_000


def test_the_sets() -> None:
    assert dt._RECORDED_OCCASIONS == dt._GATHERINGS | dt._REMARK_NOUNS
    assert dt._RECORDED_STOPS == dt._THAT | dt._RECORDED_OCCASIONS
    assert en._DATES_BACK_OR_SENT == en._DATES_BACK | en._SENT_IT
    assert en._DATED_BACK_REACH > 13  # (_dated_when_sent reads up to i + 13)


class TestRulesStillRead:
    """The rules the gates stand before still date their cases (and not
    their near misses)."""

    @pytest.mark.parametrize(
        "text, date",
        [
            (
                "وكتبت السفارة الفرنسية في تونس في برقية تعود إلى العام 2008 أن "
                "«الحكومة مترددة في الإصلاح».",
                "2008",
            ),
            (
                "وكتب السفير الكندي في عمان في برقية تعود إلى العام 2007 أن «الملك يدعم الحوار».",
                "2007",
            ),
            (
                "وكتب السفير في برقية أرسلها إلى واشنطن في 3 مايو 2007 أن «الملك يدعم الحوار».",
                "2007-05-03",
            ),
            (
                "وكشفت برقية سربها موقع ويكيليكس أن السفير جون ميلر التقى يوم 6 مارس "
                "2009 وزير الخارجية، وقال الوزير إن «الحوار مستمر».",
                "2009-03-06",
            ),
        ],
    )
    def test_documents_dated_after_their_noun(self, text: str, date: str) -> None:
        assert only_quote(text).date == date, text

    @pytest.mark.parametrize(
        "text",
        [
            "وكتبت السفارة الفرنسية في تونس في برقية مطولة أن «الحكومة مترددة في الإصلاح».",
            "وكتب السفير الكندي في عمان في برقية سرية أن «الملك يدعم الحوار».",
        ],
    )
    def test_near_misses_undated(self, text: str) -> None:
        assert only_quote(text).date is None, text
