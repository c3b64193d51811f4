"""Marks typed askew (dev8d, 2026-12-04).

An opener typed glued to the word before it, its space after ("قائلا
فيه” نحن …”"), is read as an opener when the next mark of its family on
the line closes; a name in a pair of that family on the way ("… مشروع
“قانون المالية” في …”") no longer stops it: the pair is passed over and the
mark after it closes the words.  Not a closer with no mark of its family
left on its line, nor one followed by a pair and nothing to close.

A quote whose line ends with a colon ("تقرر ما يلي:") goes on past the
line break to the items that line announces, up to the closer at the end
of a later line (the opener need not open its line, as a statement of
several paragraphs does).  Not a line ending mid-quote with no colon.

A name in marks between the verb of saying and the colon ("وقال رئيس
حزب “الأمل” X:", "وقال “X” في تغريدة على تويتر:", "في حوار مع صحيفة
“الأيام”:"), one to three words, is passed over when looking back from
the colon for its verb (the marks stopped the search, and the words
after the colon were lost).  Not words in marks right after the verb and
before the colon ("وقال “كفى”:": what he said), nor a name in marks
before a colon with no verb of saying ("اسم “الأمل”: مبادرة …").

The page's title printed again under its stamp, word for word ("X: 5
مارس يوم …" above the stamp and under it), tells no time the account
moves to: its date no longer keeps a statement of the stamp's day from
that day.  Not another line under the stamp that tells a day ("وفي 1
مارس أعلنت …"): the statement stays undated.

A statement told on its own lines after a verb of saying and its colon
("صرح X قائلا:\n\n… .\n\nوبهذه المناسبة يسرنا أن نتقدم …") goes on in
the next paragraphs that speak in the first person within their first
words and hold no marks, colon or clause-opening verb of saying: each is
words said of his (they were the narrator's).  Not a paragraph in the
third person ("وتضم الجمعية …"), nor the narrator's "وأكد X أن نحن …".

A name in marks right after أنّ, a colon or a verb of saying, its words
going on after its closer to a second closer that ends the sentence ("أن
“راس الحربة ” دائما يقدم … مجهود”."): the name's opener and the quote's
were typed as one, and the quote runs from the first opener to the last
closer (only the name was taken).  Not a pair inside the that-clause ("أن
التعميم “مزور وملفق” ولا يتمتع …”": reported speech with a stray mark).
"""

from __future__ import annotations

from tests.extraction.helpers import quotes_of, said


def test_a_glued_opener_reaches_past_a_name_in_marks():
    text = (
        "وكتب النائب سمير الحداد على صفحته، قائلا فيه” نحن نرفض مشروع "
        "“قانون المالية” في صيغته الحالية، وسنصوت ضده في الجلسة”.\n"
    )
    q = said(text, "نحن نرفض مشروع")
    assert q.text.endswith("وسنصوت ضده في الجلسة")
    assert q.speaker == "سمير الحداد"


def test_a_closer_with_only_a_pair_after_it_opens_nothing():
    # near miss: the closer ends a headline's words, a pair follows, and
    # nothing is left for it to close
    text = (
        "انتقد النائب سمير الحداد خصومه الذين يقودون حملة منظمة” "
        "وقال في “بيان رسمي” نشره أمس إن الحزب لن يتراجع.\n"
    )
    assert not any(q.text.startswith("وقال في") for q in quotes_of(text))


def test_a_quoted_decision_goes_on_past_its_colon():
    text = (
        "وأعلن محافظ البنك المركزي خالد الراشد أنه “بعد دراسة الوضع تقرر ما يلي:\n"
        "أولا خفض سعر الفائدة إلى خمسة في المئة.\n"
        "ثانيا يلتزم البنك بشراء السندات الحكومية.\n"
        "وذلك حتى إشعار آخر.”\n"
        "وقال الراشد إن القرار جاء بعد مشاورات.\n"
    )
    q = said(text, "بعد دراسة الوضع تقرر ما يلي:")
    assert q.text.endswith("وذلك حتى إشعار آخر.")
    assert q.speaker == "خالد الراشد"


def test_a_line_ending_with_no_colon_keeps_the_quote_to_its_line():
    # near miss: the line ends with a stop, no colon, and the next lines
    # are the narrator's until a mark closes something else
    text = (
        "وأعلن محافظ البنك المركزي خالد الراشد أنه “بعد دراسة الوضع تقرر خفض الفائدة.\n"
        "وجاء القرار بعد مشاورات مع البنوك.\n"
        "وأضاف أن السوق “مستقرة”.\n"
    )
    q = said(text, "بعد دراسة الوضع")
    assert "وجاء القرار" not in q.text


def test_a_name_in_marks_before_the_colon_keeps_the_verb():
    text = (
        "وقال رئيس حزب “الأمل” سالم الكبير: نحن لن نشارك في الانتخابات المقبلة أبدا.\n"
        "وقال “الكبير” في تغريدة على تويتر: نسأل الله أن يحفظ البلاد وأهلها من كل سوء.\n"
        "وقال نائبه في حوار مع صحيفة “الأيام”: الحزب موحد ولا خلاف بين قياداته.\n"
    )
    q = said(text, "نحن لن نشارك")
    assert q.speaker == "سالم الكبير"
    said(text, "نسأل الله أن يحفظ")
    said(text, "الحزب موحد ولا خلاف")


def test_marks_right_after_the_verb_or_with_no_verb_are_not_passed_over():
    # near miss: what he said in marks before the colon, and a name in
    # marks before a colon no verb of saying introduces
    text = (
        "وقال “كفى”: ثم غادر القاعة غاضبا دون أن يضيف شيئا.\n"
        "وأطلق الفريق على المشروع اسم “الأمل”: مبادرة لدعم الأسر الفقيرة في الريف.\n"
    )
    found = [q.text for q in quotes_of(text)]
    assert not any(t.startswith("ثم غادر") or t.startswith("مبادرة") for t in found)


def _page(second_title: str) -> str:
    return (
        "سالم الكبير: 5 مارس يوم وطني للتضامن مع الأسر المحتاجة\n\n"
        "أخبار محلية الأحد 3/مارس/2024 10:15 م\n"
        f"{second_title}\n\n"
        "صرح رئيس جمعية الخير سالم الكبير بمناسبة يوم التضامن قائلا:\n\n"
        "5 مارس يوم نجدد فيه عهدنا مع الأسر المحتاجة في كل ربوع الوطن.\n"
    )


def test_the_title_printed_again_under_the_stamp_keeps_the_day():
    q = said(_page("سالم الكبير: 5 مارس يوم وطني للتضامن مع الأسر المحتاجة"), "5 مارس يوم نجدد")
    assert q.date == "2024-03-03"


def test_another_date_told_before_the_statement_still_undates_it():
    # near miss: a line under the stamp that tells another day, no title
    # printed again: the account moved to that day
    q = said(_page("وفي 1 مارس أعلنت الجمعية عن حملة جديدة للتضامن مع الأسر"), "5 مارس يوم نجدد")
    assert q.date is None


def _statement(after: str) -> str:
    return (
        "صرح رئيس جمعية التجار سالم الكبير بمناسبة العيد الوطني قائلا:\n\n"
        "العيد الوطني مناسبة نستحضر فيها إنجازات الوطن ومسيرته الطويلة.\n\n"
        f"{after}\n"
    )


def test_a_statement_goes_on_in_its_next_paragraph_in_the_first_person():
    q = said(
        _statement("وبهذه المناسبة يسرنا أن نتقدم بأسمى التهاني إلى القيادة والشعب."),
        "وبهذه المناسبة يسرنا",
    )
    assert q.speaker == "سالم الكبير"
    assert q.text.endswith("والشعب")


def test_a_paragraph_in_the_third_person_or_the_narrators_verb_is_no_statement():
    # near misses: the narrator's paragraph after the statement
    for after in (
        "وتضم الجمعية أكثر من مئة تاجر من مختلف المدن والقرى.",
        "وأكد الكبير أن جمعيتنا ستواصل دعم التجار في كل المدن.",
    ):
        found = [q.text for q in quotes_of(_statement(after))]
        assert not any(t.startswith(after[:12]) for t in found), found


def test_a_name_opening_the_words_shares_their_opener():
    text = "وأكد المدرب على أن “راس الحربة ” دائما يقدم أكثر ولا يبخل بأي مجهود”.\n"
    q = said(text, "راس الحربة")
    assert q.text.endswith("بأي مجهود")


def test_a_pair_inside_the_that_clause_keeps_its_words_alone():
    # near miss: the pair does not open the that-clause
    text = "وأكد الوزير أن التعميم “مزور وملفق” ولا يتمتع بأي قيمة قانونية”.\n"
    assert [q.text for q in quotes_of(text)] == ["مزور وملفق"]
