"""Speed changes with the same output (fifth session of 2026-12-05,
speed17c). The texts and names are invented.

subject_of: a verb or a participle of saying whose phrase opens with أنّ,
بأنّ or a colon ("وأضاف أن", "مؤكدا بأن", "وتابع:") names nobody: it returns
None at once, its phrase empty, instead of scanning the phrase (scan_np
stops on that first token) and classifying the empty phrase (None). The
rules before it still run (the subject set off by a comma after an earlier
أنّ, "…أن وزير المالية X، قال إن"; a name in marks before أنّ), and أنّ with
a pronoun glued ("وأضاف أنه") is not gated."""

from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction import lexicon as lx
from claims.extraction import phrases as p
from claims.extraction import speakers as s
from claims.extraction.engine import _Extractor

DATA = Path(__file__).parent / "data"


def _subject(text, word, nth=0):
    ex = _Extractor(text)
    ex.run()
    k = [i for i, t in enumerate(ex.doc.toks) if t == word][nth]
    hit = ex.cue_at(k)
    ent = ex.subject_of(hit)
    return hit, ex.doc.toks[hit.np_start], ent


def _speakers(text):
    return [(q.speaker, q.role) for q in extract(text)]


# --- the gate: nobody named, the phrase empty, the speaker before goes on


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("وقال الوزير سامي الحداد إن «المحصول وفير». وأضاف أن «الأسعار ستنخفض».", "واضاف", "ان"),
        ("وقالت الوزيرة هالة منصور إن «الخطة جاهزة». وأكدت بأن «التنفيذ قريب».", "واكدت", "بان"),
        ("وقال النائب كريم العبدالله إن «القانون ناقص». وتابع: «سنقدم تعديلا».", "وتابع", ":"),
        ("وأعلن المدير رامي الشريف عن خطة جديدة، مؤكدا أن «العمل سيبدأ غدا».", "موكدا", "ان"),
        ("وأعلن المدير رامي الشريف عن خطة جديدة، مضيفا بأن «العمل سيبدأ».", "مضيفا", "بان"),
        ("وقال السفير وليد النجار إن «الزيارة ناجحة». وأبلغ أن «الوفد سيعود».", "وابلغ", "ان"),
    ],
)
def test_gated_phrase_names_nobody(text, word, first):
    hit, t0, ent = _subject(text, word)
    assert t0 == first and t0 in s._NO_SUBJECT_START
    assert ent is None
    assert hit.np_end == hit.np_start


def test_gated_verbs_go_on_with_the_speaker_before():
    assert (
        _speakers(
            "وقال وزير الزراعة سامي الحداد إن «المحصول وفير هذا العام». "
            "وأضاف أن «الأسعار ستنخفض قريبا». وتابع: «سنفتح أسواقا جديدة»."
        )
        == [("سامي الحداد", "وزير الزراعة")] * 3
    )
    assert _speakers("وأعلن المدير رامي الشريف عن خطة جديدة، مؤكدا أن «العمل سيبدأ غدا».") == [
        ("رامي الشريف", "المدير")
    ]


# --- near misses: the slow path still runs


def test_subject_before_the_comma_still_speaks():
    # (that_subject_comma, before the gate: the verb's phrase opens with إنّ)
    text = "وذكر التقرير أن وزير المالية نبيل القاضي، قال إن «العجز سينخفض»."
    _hit, t0, ent = _subject(text, "قال")
    assert t0 == "ان"
    assert ent is not None and (ent.surface, ent.role) == ("نبيل القاضي", "وزير المالية")
    assert _speakers("وأفاد البيان أن رئيس البلدية مازن الخطيب، أكد أن «الطرق ستفتح».") == [
        ("مازن الخطيب", "رئيس البلدية")
    ]


def test_name_in_marks_before_that_still_speaks():
    _hit, t0, ent = _subject("وأضافت «الغارديان» أن «الحكومة تدرس الأمر».", "واضافت")
    assert t0 not in s._NO_SUBJECT_START
    assert ent is not None and ent.surface == "الغارديان"


def test_that_with_a_pronoun_is_not_gated():
    assert "انه" not in s._NO_SUBJECT_START and "انها" not in s._NO_SUBJECT_START
    assert (
        _speakers("وقال المدير سمير العلي إن «الفريق مستعد». وأضاف أنه «لن يتراجع».")
        == [("سمير العلي", "المدير")] * 2
    )


def test_subject_before_that_still_read():
    # (the subject between the verb and إنّ: the phrase opens with a title)
    _hit, t0, ent = _subject("وقال الناطق باسم الوزارة عماد سلامة إن «الأمر محسوم».", "وقال")
    assert t0 not in s._NO_SUBJECT_START
    assert ent is not None and ent.surface == "عماد سلامة"


# --- what the gate stands for, on every such token of the stored articles

_CUES = [p._cue_of("وقال"), p._cue_of("موكدا"), p._cue_of("وابلغ")]


def test_scan_np_stops_at_once_on_the_gated_tokens():
    assert [c.kind for c in _CUES] == [lx.VERB, lx.PARTICIPLE, lx.VERB]
    seen = 0
    for f in sorted(DATA.glob("*.txt"))[:120]:
        ex = _Extractor(f.read_text(encoding="utf-8"))
        ex.run()
        toks = ex.doc.toks
        for i in range(1, ex.n):
            if toks[i] in s._NO_SUBJECT_START:
                for cue in _CUES:
                    assert ex.scan_np(i, ex.n, cue) == (i, i, i), (f.name, i)
                    assert ex.classify(i, i, i, i, cue) is None
                    seen += 1
    assert seen > 1000


def test_output_same_with_and_without_the_gate(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:120]]
    fast = [extract(t) for t in texts]
    monkeypatch.setattr(s, "_NO_SUBJECT_START", frozenset())
    assert [extract(t) for t in texts] == fast
