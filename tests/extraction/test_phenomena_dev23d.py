"""Quote spans and dates (dev23d, third session of 2026-12-06).

Marks after a delegation's noun without the article ("زيارة وفد «شيوخ
القبائل»", "وفود «رجال الأعمال»") name whom it is made of, no words said.
Not the delegation with the article, the subject of a verb of saying ("وقال
الوفد «…»"), nor its head ("وقال رئيس الوفد «…»").

A statement in a day story whose sentence names today only in passing, in
what it reports ("إن لقاء الوزير الذي جرى ظهر اليوم «…»"), takes the page's
day: words on what was done today are said today.  Not yesterday nor
another weekday told there ("الذي عقد أمس الاثنين", "مساء الأحد"): the
words may be of that day or of the next, no day is given.

A single mark (‘) never closed on its line, with words in marks of
another family closed after it ("وأشارت X ‘إلى أنها …، قائلة: “…”"), is a
stray: it opens nothing, and the words in marks after it are a quote of
their own (they were read as nested in a quote that never closed, and lost
with it).  Not a single mark never closed with no such pair after it ("وقال
المدير ‘إن …": its words are filed as before), nor single marks that close
round a pair ("‘… “…” …’": one quote).

Three words in marks with no article (nor a name's head, a label noun or
a given name first) after the subject of the that-clause of a verb of
saying and the clause's verb, bare or glued to بـ ("وأضاف أن الوزيرة أجرت
«محادثات صريحة ومطولة» مع …", "إن اللجنة قامت بـ«تحقيق سطحي ومتسرع»"), are
what the speaker said of it: a noun described, no name (before, kept only
after a verb with its subject and no بـ).  Not a name, which has a definite
word or a given name ("استقبل «وفد البنك الدولي»", "اعتقلت «محمد علي
حسن»", "قامت بـ«حملة الوفاء الوطنية»"), nor بـ after a verb of praise with
no that-clause ("وأشادت الوزيرة بـ«جهود كبيرة جدا»").

Words in marks that open with a negation (لم، لن، لا) after a label noun
with the article that ends a long subject of the cue's that-clause ("قال
النائب X إن اجتماع الوزير مع اللجنة «لم يقدم أي حل»") are the clause's
predicate, no name of the label's, when nothing follows the marks.  Not a
work's title with the sentence going on after it ("أن مشاركة الفنانة في
الفيلم «لا تطفئ الشمس» جاءت متأخرة").

In a text whose only date is an embedded post's signature, words said in
another statement or post ("وقال X في تغريدة أخرى له: «…»", "في تغريدة
ثانية", "في تصريح آخر") take neither the post's day nor the speaker's date
carried on (new_occasion), and a verb that goes on right after them ("وختم،
«…»") goes on undated.  Not the same post ("في التغريدة نفسها"), nor another
statement in a day story under a wire dateline, whose day it keeps.

The present of واصل glued to و/ف ("وتواصل البرقية: …", "ويواصل التقرير:
…") goes on with the words after its colon, as its past "وواصل" does.  Not
the verb's other senses, with no words after it ("وتواصل القوات قصفها",
"إن الحكومة تواصل دعم …").

Every sentence here is invented for the test.
"""

from claims.extraction import extract, normalize
from tests.extraction.helpers import quotes_of


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


# -- a delegation named in marks ---------------------------------------------


def test_marks_after_a_delegation_name_it():
    cases = (
        'انتقد المجلس البلدي في بيان، السبت، زيارة وفد "شيوخ وأعيان المدن الشرقية" إلى '
        "العاصمة، واصفا إياها بالخطوة المرفوضة.",
        "وأدان الحزب استقبال الرئيس وفد «قادة الفصائل المسلحة» في القصر، مؤكدا أنه "
        '"لن يقبل بأي صفقة".',
        'ورحبت الجمعية بقدوم وفود "رجال الأعمال العرب" إلى المعرض، معتبرة ذلك دليلا على الثقة.',
    )
    # the delegation's name is no quote, nor any part of it
    assert _texts(cases[0]) == []
    assert _texts(cases[2]) == []
    # the words said after the name still are, and only they
    assert _texts(cases[1]) == [normalize("لن يقبل بأي صفقة")]


def test_words_after_a_delegation_in_marks_are_the_body_s():
    # the body that condemned speaks, with a subject of its own before the
    # delegation: no verbal noun and no host after it
    text = (
        "وأدان الحزب في بيان استقبال الرئيس وفد «قادة الفصائل المسلحة» في القصر، مؤكدا "
        'أنه "لن يقبل بأي صفقة".'
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [("لن يقبل بأي صفقة", "الحزب")]


# (an xfail until kw29b: 'الحزب استقبال الرئيس' spoke)
def test_words_after_a_delegation_in_marks_right_after_the_verbal_noun():
    text = (
        "وأدان الحزب استقبال الرئيس وفد «قادة الفصائل المسلحة» في القصر، مؤكدا أنه "
        '"لن يقبل بأي صفقة".'
    )
    assert [q.speaker for q in quotes_of(text)] == ["الحزب"]


def test_the_delegation_and_its_head_still_speak():
    cases = (
        (
            'وقال الوفد "لن نوقع على أي اتفاق لا يحترم حقوقنا".',
            "لن نوقع على أي اتفاق لا يحترم حقوقنا",
        ),
        ('وقال رئيس الوفد "سنعود إلى طاولة الحوار قريبا".', "سنعود إلى طاولة الحوار قريبا"),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


# -- today named in passing in a day story -----------------------------------

_STAMP = "03-05-2022 02:10 PM\n"


def _dates(text: str) -> list[str | None]:
    return [q.date for q in extract(text)]


def test_today_told_in_passing_dates_the_words_by_the_page():
    cases = (
        _STAMP + "قال النائب سامر الخطيب، إن اجتماع الوزير مع اللجنة الذي عقد صباح اليوم "
        'الثلاثاء "لم يقدم أي حل للأزمة".',
        "الثلاثاء " + _STAMP + "أكدت النائبة سلمى العلي أن الجلسة التي انعقدت اليوم "
        '"كشفت حجم الخلاف بين الكتل".',
        _STAMP + "اعتبر رئيس النقابة أن القرار الذي أعلنته الوزارة مساء اليوم "
        '"لا يلبي مطالب المعلمين".',
    )
    for text in cases:
        assert _dates(text) == ["2022-05-03"], text


def test_yesterday_or_another_day_told_in_passing_dates_nothing():
    for when in ("أمس الاثنين", "مساء الأحد"):
        text = (
            _STAMP + f"قال النائب سامر الخطيب، إن اجتماع الوزير مع اللجنة الذي عقد {when} "
            '"لم يقدم أي حل للأزمة".'
        )
        assert _dates(text) == [None], text


# -- a stray single mark before words in marks of another family ---------------


def test_pair_after_a_stray_single_mark_is_a_quote():
    cases = (
        (
            "وأشارت المغنية ‘إلى أنها لم تنجح في إقناع المنتج، قائلة: “لم يكتب لي "
            "النجاح رغم محاولاتي الكثيرة مع الشركة”.",
            "لم يكتب لي النجاح رغم محاولاتي الكثيرة مع الشركة",
        ),
        (
            "وأوضح الوزير ‘أن الحكومة ستراجع القرار، مضيفا: “لن نترك المزارعين وحدهم "
            "في مواجهة الجفاف”.",
            "لن نترك المزارعين وحدهم في مواجهة الجفاف",
        ),
        (
            "وأكد المدرب ‘على أن الفريق جاهز للمباراة، وقال: «اللاعبون يعرفون ما عليهم فعله غدا».",
            "اللاعبون يعرفون ما عليهم فعله غدا",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text
        # (a paragraph of its own, another after it)
        found = _texts("وتحدثت عن بداياتها في الغناء.\n" + text + "\nوختمت حديثها بالشكر.")
        assert found == [normalize(words)], text


def test_single_marks_with_no_pair_after_or_closed_unchanged():
    text = "وقال المدير ‘إن الشركة ستوظف مئة عامل جديد هذا العام في مصانعها الثلاثة."
    assert _texts(text) == [normalize("إن الشركة ستوظف مئة عامل جديد هذا العام في مصانعها الثلاثة")]
    text = "وقال المدير: ‘الشركة ستوظف “مئة عامل” هذا العام’."
    assert _texts(text) == [normalize("الشركة ستوظف “مئة عامل” هذا العام")]


# -- three indefinite words in marks inside the that-clause ---------------------


def test_indefinite_words_in_the_that_clause_are_said():
    cases = (
        ('وأضاف أن الوزيرة أجرت "محادثات صريحة ومطولة" مع نظيرها الفرنسي.', "محادثات صريحة ومطولة"),
        ("وأكد أن الإدارة ارتكبت «خطأ جسيما ومقصودا» بحق العمال.", "خطأ جسيما ومقصودا"),
        ("معتبرا أن القرار يمثل “ضربة قاسية جدا” للاقتصاد المحلي.", "ضربة قاسية جدا"),
        (
            "وقالت النائبة، في تصريحات لإذاعة محلية، إن اللجنة قامت بـ”تحقيق سطحي ومتسرع” "
            "في الحادثة.",
            "تحقيق سطحي ومتسرع",
        ),
        ("وأوضح المحامي أن النيابة اكتفت بـ«إجراءات شكلية بحتة» في الملف.", "إجراءات شكلية بحتة"),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


def test_names_in_the_that_clause_stay_unquoted():
    for text in (
        'وأضاف أن الرئيس استقبل "وفد البنك الدولي" في القصر.',
        'وأضاف أن الشرطة اعتقلت "محمد علي حسن" في المدينة.',
        "وقالت النائبة إن اللجنة قامت بـ”حملة الوفاء الوطنية” في الجنوب.",
        "وقالت النائبة إن اللجنة تكفلت بـ”مدرسة نور الهدى” في القرية.",
        'وأشادت الوزيرة بـ"جهود كبيرة جدا" بذلها المتطوعون.',
    ):
        assert _texts(text) == [], text


# -- a negation opening the words after a definite label noun ------------------


def test_negated_predicate_after_a_definite_label_noun_is_said():
    cases = (
        (
            'قال النائب سامر الخطيب إن اجتماع الوزير مع اللجنة "لم يقدم أي حل للأزمة".',
            "لم يقدم أي حل للأزمة",
        ),
        (
            "واعتبرت الناشطة ليلى حسن أن قرار المحكمة بحل الجمعية “لا يستند إلى أي أساس قانوني”.",
            "لا يستند إلى أي أساس قانوني",
        ),
        (
            "وأكد المحامي يوسف سالم أن الحكم الصادر بحق أعضاء الجمعية «لن يصمد أمام محكمة "
            "الاستئناف».",
            "لن يصمد أمام محكمة الاستئناف",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


def test_a_title_after_a_definite_label_noun_stays_unquoted():
    for text in (
        "وأوضح الباحث أن مشاركة الفنانة في الفيلم «لا تطفئ الشمس» جاءت متأخرة.",
        "وقال الناقد إن الجمهور أحب المسلسل «لن أعيش في جلباب أبي» منذ عرضه الأول.",
        "وعرضت القناة الفيلم «لا تطفئ الشمس».",
    ):
        assert _texts(text) == [], text


# -- another post in a text dated by an embedded post's signature --------------

_SIGNED = "— Sami Khalil (@samikhalil) March 3, 2021\n"
_FIRST_POST = (
    'وجه رئيس الحزب سامي خليل في تغريدة على حسابه رسالة إلى الحكومة، بالقول: "نذكر بأن '
    'العمال ليسوا في موقع التوسل لأحد".\nأقول للحكومة إن العمال ليسوا في موقع التوسل لأحد\n'
)


def test_another_post_is_not_dated_by_the_embedded_one():
    cases = (
        (
            _FIRST_POST + _SIGNED + 'وفي سياق منفصل، قال خليل في تغريدة أخرى له: "الحملة '
            'الإعلامية على النقابات في هذا الظرف الصعب مرفوضة".\nوختم، "لن نسكت عن هذه '
            'الحملة بعد اليوم".',
            ["2021-03-03", None, None],
        ),
        (
            'كتبت الوزيرة ليلى ناصر في تغريدة: "المدارس ستفتح أبوابها في موعدها المحدد".\n'
            "المدارس ستفتح أبوابها في موعدها\n— Laila Nasser (@lailanasser) May 9, 2022\n"
            'وأضافت ناصر في تغريدة ثانية: "على الأهالي التقيد بالإجراءات الصحية داخل المدارس".',
            ["2022-05-09", None],
        ),
        (
            'نشر المدرب كريم سعيد تغريدة قال فيها: "الفريق قدم مباراة كبيرة أمام المنافس".\n'
            "الفريق قدم مباراة كبيرة\n— Karim Said (@karimsaid) June 1, 2023\n"
            'وقال سعيد في تصريح آخر: "سنلعب من أجل الفوز في المباراة المقبلة أيضا".',
            ["2023-06-01", None],
        ),
    )
    for text, dates in cases:
        assert _dates(text) == dates, text


def test_the_same_post_or_a_wire_day_story_keeps_its_day():
    text = (
        _FIRST_POST + _SIGNED + 'وأضاف خليل في التغريدة نفسها: "الحملة الإعلامية على النقابات '
        'في هذا الظرف الصعب مرفوضة".\nوختم، "لن نسكت عن هذه الحملة بعد اليوم".'
    )
    assert _dates(text) == ["2021-03-03"] * 3
    text = (
        'عمان 03 آذار 2021 (وكالات) - قال رئيس الحزب سامي خليل اليوم إن "العمال ليسوا في '
        'موقع التوسل لأحد".\nوقال خليل في تصريح آخر: "الحملة الإعلامية على النقابات مرفوضة '
        'تماما".'
    )
    assert _dates(text) == ["2021-03-03"] * 2


# -- the present of واصل glued to و before a colon ------------------------------


def test_present_of_going_on_before_a_colon_quotes():
    cases = (
        (
            "وتواصل البرقية: التقى السفير بالوزير مرتين خلال الأسبوع ولم يتوصلا إلى أي اتفاق.",
            "التقى السفير بالوزير مرتين خلال الأسبوع ولم يتوصلا إلى أي اتفاق",
        ),
        (
            "ويواصل التقرير: الوضع الأمني في المنطقة يتدهور بسرعة كبيرة منذ بداية العام.",
            "الوضع الأمني في المنطقة يتدهور بسرعة كبيرة منذ بداية العام",
        ),
        (
            "وكتب السفير برقية إلى وزارته.\nويواصل السفير في برقيته: القادة هنا لا يثق "
            "بعضهم ببعض أبدا.",
            "القادة هنا لا يثق بعضهم ببعض أبدا",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


def test_other_senses_of_going_on_quote_nothing():
    for text in (
        "وتواصل القوات قصفها للمدينة منذ ثلاثة أيام.",
        "وقال الوزير إن الحكومة تواصل دعم المزارعين في كل المحافظات.",
    ):
        assert _texts(text) == [], text
