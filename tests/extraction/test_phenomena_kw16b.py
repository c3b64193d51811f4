"""Constructions from the Known weaknesses list (kw16b, second session of 2026-12-05).

1. A mark never closed, glued to لـ or بـ after a stance the subject of a
   verb of reporting voices, its verbal noun with his pronoun ("وأعلن X
   رفضه لـ"…", "وأعرب X عن ترحيبه بـ"…"), opens the words of that stance, as
   the same marks closed already did; before, the words were lost. Not a
   noun that is no stance ("في زيارته لـ"…"), nor with no verb of reporting
   ("ويأتي رفضه لـ"…").
2. A statement that goes on in a second paragraph with no marks at all,
   after a verb of saying and its colon: with the speaker's pronoun glued
   to و or ف ("ونحن ملتزمون …", "فأنا …"), after the colon ending its line,
   the paragraph was read as the narrator's (نحن without و only was a sign
   of speech); and after words in marks right after the colon that close
   their paragraph ("وقال X: «… .»\n\nونحن …"), a paragraph in the first
   person with no marks, no colon and no narrator's verb of saying is the
   same statement, as after the colon ending its line. After the marks the
   sign must be the pronoun itself: not a narrator's paragraph ("وتعاني
   المدينة منذ سنوات …", whose verb ends in ني), nor after marks that
   follow a that-clause, nor a paragraph that names a new speaker.
3. An outlet's name in marks glued to لـ (or after لصحيفة, لوكالة …), its
   closer doubled where the words said open glued or spaced, and the words
   never closed ('وقال X لـ"الأيام""الحكومة … الجاري.'): the opener was
   after marks, not after the verb and its subject, and the words were lost
   (closed, they were kept). The outlet told, its name of one to three
   words in marks, now stands between a verb of reporting and the words as
   its subject does. Not a name after a noun that is no outlet ('وقال رئيس
   حزب "الوفاق" "…'), nor after a verb that reports nothing.
4. Words in marks opened after أنّ (glued or spaced) that run over an
   exclamation mark, then a short pair of the family whose closer is also
   the quote's ('أن"… لا محالة ! ومن يراهن على الفشل "واهم".'): the stop
   between made the first opener unbalanced, and the quote was cut at the
   exclamation mark, losing the rest to the short pair. An exclamation
   mark is the speaker's, no narrator's stop: the quote now runs to the
   closer, as with a comma there. Not a full stop, nor a verb of saying
   after the exclamation mark ('… ! وقال X "…"': X's own quote).
5. A closer doubled right after the one that closes a quote nested in a
   quote of another family ("“… ما يسمونه «خطة الإنقاذ»» التي … أبدا”."),
   none of its family open any more, closed the outer quote too (one level
   each), and the words after it up to the outer quote's own closer were a
   second quote. When the outer quote's own closer follows on the line the
   doubled mark is a typo, skipped. Not when no such closer follows (the
   doubled mark closes the outer quote, as before), nor when the next mark
   of the outer family opens another quote.
6. The narrator's verb of saying with و wrapped in marks by a typo inside
   a quote of the same family, with no closing mark later on the line
   ('"… الصعوبات "وأضاف" الميزانية … .'): the quote ran over the verb to
   the mark after it, and the words the verb introduces were lost. As when
   a closer follows, the quote now closes before the verb and the words
   after it are a second quote, never closed. Not a word in marks that is
   no verb of saying ('"… دعم "الهدنة" الجديدة …'), which stays nested.
7. The narrator's verb of saying glued to the last word said, where a
   scraper dropped the closing mark, ended the quote but was no cue for
   what follows: its colon ("… مجاناوأضافت: …") opened no words, and the
   mark after it ('… مجاناوأضافت "…".') was read as a stray mark inside
   the first quote, which ran on to the end. The glued verb is now the
   colon's cue, and the mark after it opens the verb's words. Not a word
   that merely ends like the verb with fewer than two letters before it.
8. "نقلا عن" an outlet right after the subject of a verb of saying with
   no commas ("وقال وزير الداخلية X نقلا عن وكالة Y إن «…»"): the outlet
   was taken as the speaker (and "نقلا" as a word of the name); with the
   commas the subject already spoke and the outlet relayed. Now the same
   with no commas: "نقلا" ends the name and an outlet's head after it
   (وكالة, قناة, التلفزيون …) is the relay. Not a source that is no outlet
   ("نقلا عن مصادر أمنية", "وقالت الصحيفة نقلا عن شهود عيان"): those it
   quotes speak.
9. Sudanese tribal heads, "ناظر" (also a school's head) and "مك", were no
   titles: "وقال ناظر قبيلة X Y إن" gave "ناظر قبيلة" as the speaker with
   no role, "المك X Y" ran the title into the name. They are titles now, as
   عمدة is. Not "مكة" (Mecca), a place in a post.
10. A document glued by لـ to an outlet's head ("حسب تقرير لصحيفة X فإن",
   "وأكد تقرير لقناة X أن") gave "تقرير" as the speaker: only titles and
   bodies' heads (وكالة among them) were its author. An outlet (صحيفة,
   قناة, موقع, إذاعة …) is now the author that speaks, as "تقرير لوكالة X"
   already was. Not an adjective in لـ after the document ("تقرير لافت").
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of, same_name

U = "القرار الذي اتخذته الإدارة دون الرجوع إلى المزارعين وممثليهم في لجان الري والتعويضات"


def test_unclosed_mark_after_a_stance_and_lam() -> None:
    q = one(f'وأعلن رئيس اتحاد المزارعين نبيل القصاب رفضه لـ"{U}.', "دون الرجوع")
    assert q.text == U
    assert same_name(q.speaker, "نبيل القصاب")
    q = one(
        f'وجددت عضوة المجلس البلدي رنا الشمري تأييدها لـ"{U}.\nوغادرت القاعة بعد ذلك.',
        "دون الرجوع",
    )
    assert q.text == U
    assert same_name(q.speaker, "رنا الشمري")


def test_unclosed_mark_after_a_stance_and_ba_after_an() -> None:
    q = one(f'وأعرب وزير الموارد المائية فادي الكرمي عن ترحيبه بـ"{U}.', "دون الرجوع")
    assert q.text == U
    assert same_name(q.speaker, "فادي الكرمي")


def test_near_miss_unclosed_mark_after_no_stance_or_no_verb() -> None:
    text = (
        'وأعلن رئيس اتحاد المزارعين نبيل القصاب في زيارته لـ"مدينة الصناعات '
        "الثقيلة التي أقيمت قبل عقدين في جنوب الإقليم."
    )
    assert quotes_of(text) == []
    assert quotes_of(f'ويأتي رفضه لـ"{U}.') == []


A = "ستنطلق أعمال توسعة الميناء الجنوبي في الربيع المقبل بتمويل من صندوق التنمية"
B = "ونحن عازمون على تسليم الأرصفة الجديدة قبل موسم الحصاد، ولن نقبل أي تأخير من المقاولين"
W = "وقالت وزيرة الأشغال سلمى الدباغ"


def test_second_paragraph_with_pronoun_and_wa_after_colon_line() -> None:
    text = f"{W}:\n\n{A}.\n\n{B}.\n"
    q = one(text, "عازمون على تسليم")
    assert q.text == B
    assert same_name(q.speaker, "سلمى الدباغ")
    text = f"{W}:\n\n{A}.\n\nفأنا أعرف أن الأهالي انتظروا هذا المشروع طويلا، ولن أخذلهم.\n"
    q = one(text, "أعرف أن الأهالي")
    assert same_name(q.speaker, "سلمى الدباغ")


def test_second_paragraph_after_marks_after_colon() -> None:
    for first in (f"«{A}».", f'"{A}."'):
        text = f"{W}: {first}\n\n{B}.\n"
        q = one(text, "عازمون على تسليم")
        assert q.text == B
        assert same_name(q.speaker, "سلمى الدباغ")
        assert len(quotes_of(text)) == 2


def test_near_miss_narrator_paragraph_after_marks() -> None:
    narr = "وتعاني المدينة منذ سنوات من ازدحام الميناء القديم وتراجع حركة السفن التجارية فيه"
    assert len(quotes_of(f"{W}: «{A}».\n\n{narr}.\n")) == 1
    # after a that-clause, not a colon
    assert len(quotes_of(f"{W} إن «{A}».\n\n{B}.\n")) == 1
    # the paragraph names the narrator's next speaker
    text = f"{W}: «{A}».\n\nوأضاف رئيس البلدية كمال الصيرفي أننا لن نقبل أي تأخير في الأعمال.\n"
    assert not any("الصيرفي" in q.text for q in quotes_of(text))


R = "الحكومة ستصرف الرواتب المتأخرة للمعلمين قبل نهاية الشهر الجاري"
F = "وقال وزير التربية سليم الخوري"


def test_unclosed_words_after_an_outlet_in_marks() -> None:
    for told in ('لـ"المنارة""', 'لـ"المنارة" "', 'لصحيفة "المنارة"، "', 'لـ"صوت المدينة""'):
        q = one(f"{F} {told}{R}.", "ستصرف الرواتب")
        assert q.text == R, told
        assert same_name(q.speaker, "سليم الخوري")
    q = one(f'وأوضح سليم الخوري لـ"المنارة"" إن {R}، مضيفا أن الخزينة تلقت دفعة.', "ستصرف")
    assert q.text == f"إن {R}"


def test_near_miss_unclosed_words_after_a_name_in_marks_that_is_no_outlet() -> None:
    assert quotes_of(f'وقال رئيس حزب "النهضة" "{R}.') == []
    assert quotes_of(f'وزار سليم الخوري مقر "المنارة" "{R}.') == []


E = "التغيير قادم لا محالة ! ومن يراهن على عودة الماضي"


def test_exclamation_before_a_short_inner_pair_closing_the_quote() -> None:
    for that in ('أن"', 'أن "'):
        q = one(f'وأكدت النائبة منى الحداد {that}{E} "خاسر".', "قادم لا محالة")
        assert q.text == f'{E} "خاسر'
        assert same_name(q.speaker, "منى الحداد")
    q = one(f'وأكدت النائبة منى الحداد أن"{E} "خاسر لا محالة".', "عودة الماضي")
    assert q.text.startswith("التغيير قادم")


def test_near_miss_full_stop_or_new_speaker_after_the_exclamation() -> None:
    text = 'وأكدت النائبة منى الحداد أن"التغيير قادم لا محالة. ومن يراهن على عودة الماضي "خاسر".'
    q = one(text, "قادم لا محالة")
    assert q.text == "التغيير قادم لا محالة"
    text = 'وأكدت النائبة منى الحداد أن"التغيير قادم لا محالة ! وقال رئيس الكتلة "لن نتراجع أبدا".'
    q = one(text, "لن نتراجع")
    assert q.text == "لن نتراجع أبدا"
    assert same_name(q.speaker, "رئيس الكتلة")
    q = one(text, "قادم لا محالة")
    assert "وقال" not in q.text


N = "لن نقبل بما يسمونه «خطة الإنقاذ»» التي أعلنوها أمس، ولن نفاوض عليها أبدا"
K = "وقالت الناطقة باسم التنسيقية هالة البزاز"


def test_doubled_closer_after_a_nested_quote_of_another_family() -> None:
    for o, c in (("“", "”"), ('"', '"')):
        found = quotes_of(f"{K}: {o}{N}{c}.")
        assert [q.text for q in found] == [N], o
        assert same_name(found[0].speaker, "هالة البزاز")


def test_near_miss_doubled_closer_with_no_outer_closer_after() -> None:
    (q,) = quotes_of(f"{K}: “لن نقبل بما يسمونه «خطة الإنقاذ»» التي أعلنوها أمس.")
    assert q.text == "لن نقبل بما يسمونه «خطة الإنقاذ»"
    text = (
        f"{K}: “لن نقبل بما يسمونه «خطة الإنقاذ»» التي أعلنوها أمس. وقال القيادي "
        "وليد الكبيسي: “سنواجه هذه الخطة بكل الوسائل المتاحة”."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "لن نقبل بما يسمونه «خطة الإنقاذ»",
        "سنواجه هذه الخطة بكل الوسائل المتاحة",
    ]


G = "وقال وزير المالية رامي الأيوبي"
H = "الإصلاح ماض في طريقه رغم كل الصعوبات"
J = "الموازنة ستزيد في العام المقبل بنسبة معقولة"


def test_verb_wrapped_in_marks_with_no_closer_after() -> None:
    found = quotes_of(f'{G}: "{H} "وأضاف" {J}.')
    assert [q.text for q in found] == [H, J]
    assert all(same_name(q.speaker, "رامي الأيوبي") for q in found)


def test_near_miss_a_name_in_marks_with_no_closer_after() -> None:
    text = f'{G}: "{H} ودعم "الهدنة" الجديدة واجب على الجميع.'
    assert not any(q.text == "الجديدة واجب على الجميع" for q in quotes_of(text))


T = "المستوصفات الحكومية ستعالج المرضى مجانا"
V = "الأدوية متوفرة في كل الصيدليات العامة"


def test_glued_verb_of_saying_is_a_cue_for_what_follows() -> None:
    for after in (f": {V}.", f' "{V}".', f': "{V}".'):
        text = f'وقالت وزيرة الصحة نجوى العامري: "{T}وأضافت{after}'
        found = quotes_of(text)
        assert [q.text for q in found] == [T, V], after
        assert all(same_name(q.speaker, "نجوى العامري") for q in found)


def test_near_miss_glued_verb_after_a_single_letter() -> None:
    # "بوقالت" is no word with a verb glued to it (one letter before وقالت)
    text = f'وقالت وزيرة الصحة نجوى العامري: "{T} بوقالت: {V}".'
    (q,) = quotes_of(text)
    assert q.text.startswith(T)


X = "الانفجار هز الحي بأكمله قبيل منتصف الليل"


def test_outlet_relays_the_subject_with_no_commas() -> None:
    for outlet in ("وكالة الأنباء المحلية", "التلفزيون الحكومي", 'قناة "الشروق"'):
        q = one(f'وقال وزير الأمن نبيل الفاخوري نقلا عن {outlet} إن "{X}".', "هز الحي")
        assert q.speaker == "نبيل الفاخوري", outlet
        assert q.role == "وزير الأمن"
        assert q.via == outlet


def test_near_miss_a_source_that_is_no_outlet_speaks() -> None:
    q = one(f'وقال وزير الأمن نبيل الفاخوري نقلا عن مصادر أمنية إن "{X}".', "هز الحي")
    assert q.speaker == "مصادر أمنية"
    q = one(f'وقالت صحيفة الفجر نقلا عن شهود عيان إن "{X}".', "هز الحي")
    assert q.speaker == "شهود عيان"


Z = "أبناء المنطقة لن يسمحوا بأي فتنة بين الرعاة والمزارعين"


def test_sudanese_tribal_titles() -> None:
    for title, name in (
        ("ناظر عموم قبائل الوادي", "إدريس الأمين"),
        ("المك", "بابكر عوض"),
        ("مك قبيلة الجبال", "بابكر عوض"),
        ("ناظر المدرسة الثانوية", "إدريس الأمين"),
    ):
        q = one(f'وقال {title} {name} إن "{Z}".', "لن يسمحوا")
        assert q.speaker == name, title
        assert q.role == title


def test_near_miss_mecca_in_a_post_is_no_title() -> None:
    q = one(f'وقال أمير منطقة مكة المكرمة سعود الهاشمي إن "{Z}".', "لن يسمحوا")
    assert q.speaker == "سعود الهاشمي"
    assert q.role == "أمير منطقة مكة المكرمة"


Y = "الحكومة تدرس رفع أسعار الوقود مطلع العام المقبل"


def test_document_of_an_outlet_speaks_as_the_outlet() -> None:
    for lead in ("وحسب تقرير لصحيفة النهار الجديد فإن", "وأكد تقرير لصحيفة النهار الجديد أن"):
        q = one(f'{lead} "{Y}".', "أسعار الوقود")
        assert q.speaker == "صحيفة النهار الجديد", lead
    q = one(f'وحسب تقرير لقناة الوادي فإن "{Y}".', "أسعار الوقود")
    assert q.speaker == "قناة الوادي"


def test_near_miss_a_document_with_an_adjective_in_lam() -> None:
    q = one(f'وحسب تقرير لافت نشر أمس فإن "{Y}".', "أسعار الوقود")
    assert q.speaker == "تقرير"
