"""Gates of speed15d (third session of 2026-12-05): the rules still fire.

speed15d put a cheap exact test before two checks; the output is unchanged
(bench/same_output.py identical). These tests pin that each rule still
fires behind its gate, and that its near misses stay as they were:

1. A nickname in marks or parentheses right after a full name (engine.
   nicknamed, dev15b) is now looked for only when the name's first word
   occurs in the folded text before the mention (one str.find), not by a
   scan of the tokens for every name of one or two words that matched no
   one.
2. The verbs of telling that relay with عن (_RELAYED_FROM: أورد، روى، حكى،
   ذكر) are now known per cue lemma from a memo (_RELAYED_LEMMA), not by
   folding the lemma for every cue hit.
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

P = "سنحمي حدود البلاد من كل من يحاول العبث بها"
R = "الأيام القادمة ستحمل أخبارا سارة للجنود"


def test_nickname_in_marks_still_his() -> None:
    text = f'قال قائد الحرس العقيد مراد الزياني "الصقر" في كلمة: "{P}".\nوأضاف الصقر: "{R}".\n'
    q = one(text, "الأيام القادمة")
    assert q.speaker == "مراد الزياني"


def test_nickname_of_two_words_in_parentheses_still_his() -> None:
    text = (
        f'قال قائد الفصيل منير عبد الحليم (أبو ياسين) في تسجيل صوتي: "{P}".\n'
        f'وأضاف أبو ياسين: "{R}".\n'
    )
    q = one(text, "الأيام القادمة")
    assert q.speaker == "منير عبد الحليم"


def test_near_miss_name_only_inside_a_longer_word_before() -> None:
    # the first word occurs before only inside another word (the gate lets
    # the scan run; the scan finds no token): the name speaks alone
    text = f'قال العقيد سعيد الزياني في كلمة مليئة بالمرادفات: "{P}".\nوأضاف مراد: "{R}".\n'
    q = one(text, "الأيام القادمة")
    assert q.speaker == "مراد"


def test_near_miss_name_never_before() -> None:
    text = f'قال العقيد مراد الزياني في كلمة: "{P}".\nوأضاف ياسين: "{R}".\n'
    q = one(text, "الأيام القادمة")
    assert q.speaker == "ياسين"


def test_relay_with_awrada_still_a_relay() -> None:
    q = one(
        f"وأوردت وكالة النجمة عن وزير الدفاع كريم الهاشمي قوله «{P}».",
        "سنحمي حدود",
    )
    assert same_name(q.speaker, "كريم الهاشمي")
    assert q.via is not None and "وكالة النجمة" in q.via


def test_relay_with_rawa_still_a_relay() -> None:
    q = one(f"ويروي الكاتب سليم فارس عن القائد عادل منصور قوله «{P}».", "سنحمي حدود")
    assert same_name(q.speaker, "عادل منصور")
