"""Speed changes with the same output (fifth session of 2026-12-05,
speed17). Each gate or table below skips work where a rule cannot fire; the
tests go through each rule the gate guards and must still see it fire, with
near misses where it must not, and check each gate against the slow path it
stands for. The texts and names are invented.

cue_at: a plain verb (_cue_info's last field) none of whose tests keys on
the word itself or its cue's lemma (_CUE_QUICK: not a present in ي/ت, not a
verb ending in ه, not one of the listed words or lemmas) skips the block of
those tests; only the tests of the words around it run (the second term of
بين, a comma then a bare verbal noun in و, a preposition or "whoever"
before it, a noun marker before it or a word of identity after it, قدر).

scan_np: a word let into the block of tests before its kind only by the word
after it (_NP_NEXT) or by _construct_object's shape runs the four tests
that read the next word (a bare noun an indefinite adjective describes, a
plural of things before its feminine adjective, a noun in construct, a
verb's complement); the ~20 others run only for a word
_NP_PRE_TESTS marks, or when the verb tells someone or a body's name goes on
(``keyed``). The loop's bound of 14 words (or ten past an honorific after a
long title) is one number, ``stop``."""

from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction import phrases as p
from claims.extraction import words as w
from claims.extraction.engine import _Extractor

DATA = Path(__file__).parent / "data"


def _hit(text, word, nth=0):
    ex = _Extractor(text)
    ex.run()
    k = [i for i, t in enumerate(ex.doc.toks) if t == word][nth]
    return ex.cue_at(k)


# --- the table


@pytest.mark.parametrize("word", ["قال", "وقال", "واضاف", "اكد", "واوضح", "وذكرت", "اعلن"])
def test_plain_verbs_of_saying_are_quick(word):
    assert p._CUE_QUICK[word]


@pytest.mark.parametrize(
    "word",
    [
        "يقول",  # a present: "أي مسؤول يقول", "تريد أن تشكك", "مسؤول يتابع"
        "تقول",
        "ذكره",  # a verb ending in ه: "ما ذكره", "وصفة"
        "وصف",  # "ضباط وصف وجنود"
        "وبين",  # "بينه وبين"
        "للقول",
        "معلقه",
        "رد",  # lemma رد: "رد فعل"
        "زاد",  # lemma زاد: "التركيز زاد"
        "دعا",  # lemma دعا: "ما دعاهم"
        "دون",  # lemma دون: "دون أن"
        "طالب",  # lemma طالب, and "وهو طالب"
        "شاهد",  # "وهو شاهد"
    ],
)
def test_words_a_test_keys_on_are_not_quick(word):
    assert not p._CUE_QUICK[word]


def test_words_that_are_no_plain_verb_are_not_quick():
    # (no cue, a participle, a relay: never quick, their tests run below)
    for word in ["الوزير", "مضيفا", "نقل", "عبر"]:
        assert not p._CUE_QUICK[word], word


# --- the rules the block holds still fire for the words they key on


def test_the_reaction_noun_is_no_cue():
    assert _hit("وجاء رد فعل الوزير سريعا على القرار.", "رد") is None


def test_near_miss_replied_is_a_cue():
    hit = _hit("ورد الوزير على المنتقدين بأن «القرار نهائي».", "ورد")
    assert hit is not None and hit.cue.lemma == "رد"


def test_what_prompted_them_is_no_call():
    assert _hit("وهو ما دعاهم إلى «التريث» قبل القرار.", "دعاهم") is None


def test_without_is_no_cue():
    assert _hit("وكتب المحرر مقالا دون أن يسمي أحدا.", "دون") is None


def test_confirmed_it_is_a_cue_only_after_what():
    assert _hit("والخبر أكده الوزير رامي العطار أمس.", "اكده") is None


def test_near_miss_what_the_minister_confirmed_is_a_cue():
    hit = _hit("وهو ما أكده الوزير رامي العطار أمس.", "اكده")
    assert hit is not None and hit.np_start == 3


def test_a_present_after_an_indefinite_source_describes_it():
    assert _hit("وقال مسؤول حكومي يتابع الملف إن «المحادثات متعثرة».", "يتابع") is None


def test_a_present_after_any_tells_of_nobody():
    assert _hit("لا توجد أي تقارير تقول إن «الحادث مدبر».", "تقول") is None


def test_the_student_after_he_is_a_noun():
    assert _hit("وقال سمير، وهو طالب جامعي، إن «الرسوم مرتفعة».", "طالب") is None


def test_ranks_after_officers_are_no_cue():
    assert _hit("وخاطب القائد ضباط وصف وجنود الكتيبة.", "وصف") is None


# --- the tests of the words around it still run for a quick verb


def test_quick_verb_after_a_preposition_is_a_noun():
    # ("في رد …" is for رد; a quick verb after "whoever" tells of anyone)
    text = "وهذا درس لمن قال إن «الطريق سهل»."
    assert p._CUE_QUICK["قال"]
    assert _hit(text, "قال") is None


def test_quick_verb_then_his_name_withheld_is_a_noun():
    text = "واشترط المتحدث عدم ذكر اسمه."
    assert p._CUE_QUICK["ذكر"]
    assert _hit(text, "ذكر") is None


def test_quick_verb_as_second_term_of_between():
    text = "وقارن التقرير بين الخطة وكشف الحساب المنشور."
    assert p._CUE_QUICK["وكشف"]
    assert _hit(text, "وكشف") is None


def test_near_miss_quick_verb_after_between_opens_a_clause():
    hit = _hit("وجرى الاجتماع بين الطرفين وكشف الوزير أن «الاتفاق قريب».", "وكشف")
    assert hit is not None and hit.cue.lemma == "كشف"


def test_near_miss_quick_verb_stays_a_cue():
    hit = _hit("وقال الوزير فادي العلي إن «الميزانية جاهزة».", "وقال")
    assert hit is not None and (hit.tok, hit.np_start) == (0, 1)


# --- the gate against the slow path, on every token of the stored articles


def test_cue_at_same_with_and_without_the_gate(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:120]]
    fast = []
    for text in texts:
        ex = _Extractor(text)
        ex.run()
        fast.append([ex.cue_at(i) for i in range(ex.n)])
    monkeypatch.setattr(p, "_CUE_QUICK", _AllSlow())
    monkeypatch.setattr(p, "_CUE_QUICK_OF", _AllSlow())  # (cue_at reads its twin)
    for text, got in zip(texts, fast, strict=True):
        ex = _Extractor(text)
        ex.run()
        assert [ex.cue_at(i) for i in range(ex.n)] == got


class _AllSlow(dict):
    def __missing__(self, word):
        return False


# --- scan_np: the block before a word's kind


def _said(text):
    return [(q.speaker, q.role, q.cue) for q in extract(text)]


def test_keyed_word_also_let_in_by_the_next_word():
    # (وفدا is marked, and رسميا after it lets it in as well: the object rule)
    text = "واستقبل الرئيس عادل الجابري وفدا رسميا وقال إن «العلاقات متينة»."
    assert p._NP_PRE_TESTS["وفدا"] and p._NP_NEXT["رسميا"]
    assert _said(text) == [("عادل الجابري", "الرئيس", "وقال")]


def test_keyed_word_alone():
    text = "ونفى الوزير نبيل الحمدان أي دور له في الصفقة، وقال إن «الاتهامات باطلة»."
    assert _said(text) == [("نبيل الحمدان", "الوزير", "وقال")]


def test_keyed_counterpart_after_a_title():
    text = "واستقبل وزير الخارجية نظيره المغربي وقال إن «التنسيق مستمر»."
    assert _said(text) == [("وزير الخارجية", "وزير الخارجية", "وقال")]


def test_let_in_by_the_next_word_alone_bare_noun():
    text = "وافتتح وزير الصحة كريم الهاشمي مستشفى جديدا، وقال إن «الخدمة ستتحسن»."
    assert not p._NP_PRE_TESTS["مستشفي"]
    assert _said(text) == [("كريم الهاشمي", "وزير الصحة", "وقال")]


def test_block_same_when_every_word_is_keyed(monkeypatch):
    """_np_pre_tests' promise: a word it does not mark makes none of the
    keyed tests hold; with every word marked the output is the same."""
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:60]]
    want = [[(q.speaker, q.role, q.cue, q.start) for q in extract(t)] for t in texts]

    class _AllKeyed(dict):
        def __missing__(self, word):
            return True

    monkeypatch.setattr(p, "_NP_PRE_TESTS", _AllKeyed())
    # (scan_np reads its twin: a new table starts a generation of twins
    # filled from the sources)
    monkeypatch.setitem(w._TWIN_SOURCES, p._NP_PRE_TESTS_OF, _AllKeyed())
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    got = [[(q.speaker, q.role, q.cue, q.start) for q in extract(t)] for t in texts]
    assert got == want


# --- scan_np: the 14 words of a phrase, restarted after an honorific


def test_name_after_a_long_title_and_its_honorific_is_whole():
    text = (
        "وقال وزير النقل والمواصلات والاتصالات ورئيس مجلس إدارة الهيئة العامة "
        "للطرق والموانئ والمطارات المهندس فهد بن سليمان الدوسري إن «المشروع سيكتمل»."
    )
    assert _said(text)[0][0] == "فهد بن سليمان الدوسري"


def test_near_miss_no_honorific_the_phrase_stops_at_fourteen_words():
    text = (
        "وقال وزير النقل والمواصلات والاتصالات ورئيس مجلس إدارة الهيئة العامة "
        "للطرق والموانئ والمطارات فهد بن سليمان الدوسري إن «المشروع سيكتمل»."
    )
    assert _said(text)[0][0] != "فهد بن سليمان الدوسري"
