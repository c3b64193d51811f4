"""Speakers and roles on real Arabic news (dev15a, third session of
2026-12-05): constructions found on the development sample, each with
invented sentences and near misses.

1. A verb of saying that also names a deed (أظهر, سجل, …) as the predicate
   of a that-clause whose noun stands before it ("وذكر الوزير أن الاقتصاد
   الوطني، أظهر صلابة واضحة في …، لافتا إلى أن «…»"): the noun after أنّ
   is its subject, the phrase after the verb its object; the participle
   after the clause goes on with the one who told it (before, the object
   "صلابة واضحة" spoke). Not "وقبل أن نغادر …، أشارت X" (أن with no cue
   before it), nor an aside "أن الحكومة، قال الوزير، ستعمل".
2. "سواء تعلق الأمر بـ…", "إذا تعلق الأمر": تعلّق before "the matter" is
   "it concerns", no present of علّق ("she comments"); before, "الأمر …"
   spoke the words of the participle after the clause. Not "وتعلق
   الوزيرة على الأمر" nor "وتعلق السفارة: «…»".
3. A title, then others joined to its holder by و and set off by commas
   ("ندد رئيس النادي، وأعضاء مجلس الإدارة، بـ…"): a second subject of the
   verb, no name in apposition to the title (before, "وأعضاء مجلس
   الإدارة" was the holder's name, and spoke for "رئيس النادي" after).
   Not a given name that opens on و ("رئيس النادي، وليد X،").
4. A title, a role preposition and a body's bare head, in construct with an
   indefinite word and then a definite one ("وزير الطاقة في حكومة تسيير
   الأعمال في العراق X Y"): the genitive is the body's, the role goes on
   (before, "تسيير الأعمال" was read as a name and the speaker was the
   title alone). Not a body's head with the article, nor a genitive that is
   no definite word ("في حكومة إقليم كردستان X").
5. The sport of a team named by its country, after a title that opens the
   phrase ("المدير الفني لمنتخب مصر لكرة القدم X Y"): the team's
   complement, no addressee glued to لـ (before, the phrase ended at the
   country and the title spoke). Not an outlet glued to لـ after a name.
6. A sentence opened by a fronted adverbial and its comma, then a verb
   that is no cue, its subject and words in marks with commas of their own,
   then a participle of saying ("بعد القداس، تناول المطران في عظته "…، …،
   …"، مشددا على "…""): the commas inside the words open no clause of the
   narrator's, so the participle reaches the clause's verb and its subject
   (before, the four clauses read back were the quote's, and neither
   quote had a speaker).
7. A derived verbal noun joined with و inside a ministry's name, before
   its definite genitive ("وزير الفلاحة واستصلاح الأراضي X Y", "وزير
   التعليم العالي وإصلاح البحث العلمي"), whatever the word: the post goes
   on, no first name (before, only the words listed in _AND_CONSTRUCT,
   "وتطوير", "وحماية", … did; "وإصلاح …" was the name). Not a given name of
   that shape right after the title ("المحامية ابتسام X").
8. A post, the place it is held at glued to بـ with its adjective, then
   the holder's rank ("الوكيل العام بالمحكمة الابتدائية القاضي X Y",
   Maghrebi court reports; "قائد الحرس بالمنطقة الحدودية العقيد X Y"):
   the rank and the name follow the post, as a bare name did (before, the
   post alone spoke). Not the same post with the name right after it.
9. A broken plural of persons heading an unnamed source ("أعضاء المجلس
   البلدي", "أعضاء النقابة"; words._SINGULAR_OF) is plural, so a plural
   verb after it goes on with them ("وقالوا", "وأضافوا"; before, the
   source was singular and the plural verb found nobody). Not "أحد أعضاء
   المجلس", one of them.
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«العام المقبل سيشهد نموا أكبر في قطاعات الزراعة والصناعة»"


def test_deed_verb_predicate_of_that_clause_is_no_speaker() -> None:
    q = one(
        f"وذكر وزير المالية، أن الاقتصاد الوطني أظهر صلابة واضحة في وجه الأزمات، "
        f"لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "وزير المالية"
    q = one(
        f"وأكد المدير العام للشركة أن المصنع سجل أرباحا قياسية هذا العام، مشيرا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "المدير العام للشركة"


def test_deed_verb_predicate_set_off_by_a_comma() -> None:
    q = one(
        f"وأوضح رئيس الغرفة التجارية، أن القطاع الخاص المحلي، أظهر مرونة عالية في "
        f"التعامل مع الأسعار، لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "رئيس الغرفة التجارية"
    q = one(
        f"وأوضح رئيس الغرفة التجارية، أن القطاع الخاص المحلي، سجل تراجعا واضحا في "
        f"الصادرات، لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "رئيس الغرفة التجارية"


def test_deed_verb_predicate_with_a_named_subject() -> None:
    q = one(
        f"وذكر المدرب أن المهاجم سامي الفاسي سجل هدفين رائعين في الشوط الثاني، مشيرا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "المدرب"


def test_near_miss_deed_verb_with_its_subject_after_it_still_speaks() -> None:
    # no أنّ before the verb: its subject follows it, as before
    q = one(f"وأظهر تقرير البنك المركزي أن {Q}.\n", "العام المقبل")
    assert q.speaker == "البنك المركزي"
    # أنْ after قبل, no cue before it: the verb after the comma has its
    # subject after it
    q = one(
        f"وقبل أن نغادر القرية، أشارت سلوى بيدها إلى البيوت المهدمة وقالت {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "سلوى"


def test_near_miss_an_aside_in_commas_inside_the_clause() -> None:
    q = one(
        f"وأكدت الصحيفة أن الحكومة، قال الوزير كريم الهادي، ستعمل بجدية. وأضاف أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "كريم الهادي"


P = "«لا توجد لجنة حكومية دائمة لمتابعة هذا الملف»"


def test_it_concerns_the_matter_is_no_cue() -> None:
    q = one(
        "وذكرت رئيسة الهيئة أن الهيئة ستتعامل مع المواعيد، سواء تعلق الأمر بالبلديات "
        f"أو البرلمان، بجدية تامة، نافية بالمناسبة {P}.\n",
        "لجنة حكومية",
    )
    assert q.speaker == "رئيسة الهيئة"
    q = one(
        f"وقال المحافظ إنه لن يتهاون إذا تعلق الأمر بأمن المواطنين، مؤكدا بالمناسبة {P}.\n",
        "لجنة حكومية",
    )
    assert q.speaker == "المحافظ"


def test_near_miss_she_comments_still_speaks() -> None:
    q = one(f"وتعلق الوزيرة هالة المنصوري على الأمر قائلة {P}.\n", "لجنة حكومية")
    assert q.speaker == "هالة المنصوري"
    q = one(f"وتعلق السفارة: {P}.\n", "لجنة حكومية")
    assert q.speaker == "السفارة"


R = "“نحترم كل الآراء لكن القرار يعود إلى مجلس الإدارة وحده”"


def test_others_joined_after_the_title_are_no_name() -> None:
    q = one(
        "ندد رئيس الجمعية، وأعضاء الهيئة المديرة، بما وصفوه بالتضييق على العمل "
        f"النقابي. وأوضح رئيس الجمعية في البيان {R}.\n",
        "نحترم كل",
    )
    assert q.speaker == "رئيس الجمعية"
    q = one(
        f"استقبل مدرب المنتخب، ولاعبي الفريق الأول، الوفد الزائر أمس. وقال مدرب المنتخب {R}.\n",
        "نحترم كل",
    )
    assert q.speaker == "مدرب المنتخب"


def test_near_miss_a_name_opening_on_waw_after_the_title() -> None:
    q = one(f"وقال رئيس الجمعية، وليد الساعدي، إن {R}.\n", "نحترم كل")
    assert q.speaker == "وليد الساعدي" and q.role == "رئيس الجمعية"
    q = one(f"وقالت مديرة المدرسة، وفاء بن عمر، إن {R}.\n", "نحترم كل")
    assert q.speaker == "وفاء بن عمر" and q.role == "مديرة المدرسة"


S = "«الخسارة كانت نتيجة أخطاء فردية في الدقائق الأخيرة من اللقاء»"


def test_body_head_in_construct_after_the_preposition() -> None:
    q = one(
        f"أعلن وزير الطاقة في حكومة تسيير الأعمال في العراق فاضل الكبيسي عن {S}.\n",
        "الخسارة كانت",
    )
    assert q.speaker == "فاضل الكبيسي"
    assert q.role == "وزير الطاقة في حكومة تسيير الأعمال في العراق"
    q = one(
        f"وقال الباحث في جامعة محمد الخامس بالرباط سعيد الوزاني إن {S}.\n",
        "الخسارة كانت",
    )
    assert q.speaker == "سعيد الوزاني"


def test_near_miss_body_head_definite_or_with_no_definite_genitive() -> None:
    q = one(
        f"وقال وزير المالية في حكومة الوحدة الوطنية خالد المبروك إن {S}.\n",
        "الخسارة كانت",
    )
    assert q.speaker == "خالد المبروك"
    assert q.role == "وزير المالية في حكومة الوحدة الوطنية"
    q = one(
        f"وقال وزير الداخلية في حكومة إقليم كردستان ريبر عثمان إن {S}.\n",
        "الخسارة كانت",
    )
    assert q.speaker == "ريبر عثمان"


def test_sport_of_a_team_named_by_its_country() -> None:
    q = one(
        f"وقال المدير الفني لمنتخب الأردن لكرة السلة الإسباني خوان لوبيث إن {S}.\n",
        "الخسارة كانت",
    )
    assert q.speaker == "خوان لوبيث"
    q = one(f"وقال مدرب منتخب قطر لكرة اليد سامي الحداد إن {S}.\n", "الخسارة كانت")
    assert q.speaker == "سامي الحداد"
    assert q.role == "مدرب منتخب قطر لكرة اليد"


def test_near_miss_an_outlet_after_a_name() -> None:
    q = one(f"وقال مدرب المنتخب سامي الحداد لسكاي نيوز إن {S}.\n", "الخسارة كانت")
    assert q.speaker == "سامي الحداد"


T = '"ذكرى الشهداء، وهي مناسبة للتأمل، ولتجديد العهد مع الوطن"'
U = '"أننا جميعا إخوة في هذا البلد ويجب أن نبقى متحدين"'


def test_commas_inside_the_words_open_no_clause() -> None:
    text = f"بعد القداس، تناول المطران في عظته {T}، مشددا على {U}.\n"
    assert one(text, "ذكرى الشهداء").speaker == "المطران"
    assert one(text, "أننا جميعا").speaker == "المطران"
    text = f"وفي ختام الاحتفال، استعرض رئيس البلدية {T}، مؤكدا {U}.\n"
    assert one(text, "أننا جميعا").speaker == "رئيس البلدية"


def test_near_miss_no_fronted_adverbial_or_a_cue_of_its_own() -> None:
    text = f"تناول المطران في عظته {T}، مشددا على {U}.\n"
    assert one(text, "أننا جميعا").speaker == "المطران"
    text = f"بعد القداس، قال المطران {T}، مشددا على {U}.\n"
    assert one(text, "أننا جميعا").speaker == "المطران"


V = "«الأسعار ستعرف استقرارا ملحوظا في الأسابيع المقبلة»"


def test_a_portfolio_verbal_noun_joined_with_waw_is_no_name() -> None:
    q = one(f"وقال وزير الفلاحة واستصلاح الأراضي سامي الأحمد إن {V}.\n", "الأسعار ستعرف")
    assert q.speaker == "سامي الأحمد"
    assert q.role == "وزير الفلاحة واستصلاح الأراضي"
    q = one(
        f"وأكد وزير التعليم العالي وإصلاح البحث العلمي الناطق باسم الحكومة أن {V}.\n",
        "الأسعار ستعرف",
    )
    assert q.speaker.startswith("وزير التعليم العالي وإصلاح البحث العلمي")


def test_near_miss_a_given_name_of_that_shape_after_the_title() -> None:
    q = one(f"وقالت المحامية ابتسام الخطيب إن {V}.\n", "الأسعار ستعرف")
    assert q.speaker == "ابتسام الخطيب"
    q = one(f"وقال وزير الصناعة والتجارة سامي الأحمد إن {V}.\n", "الأسعار ستعرف")
    assert q.speaker == "سامي الأحمد"


W8 = "«الأبحاث ما زالت جارية مع الموقوفين في انتظار إحالتهم»"


def test_a_rank_after_the_place_a_post_is_held_at_with_ba() -> None:
    q = one(f"وأفاد الوكيل العام بالمحكمة الابتدائية القاضي كمال العياري أن {W8}.\n", "الأبحاث")
    assert q.speaker == "كمال العياري"
    assert q.role == "الوكيل العام بالمحكمة الابتدائية"
    q = one(f"وقال قائد الحرس بالمنطقة الحدودية العقيد نبيل الساحلي إن {W8}.\n", "الأبحاث")
    assert q.speaker == "نبيل الساحلي"


def test_near_miss_a_verb_object_with_ba_then_a_title() -> None:
    # بالـ after a verb's subject, with no post before it: the object
    q = one(f"وقال الوكيل العام بالمحكمة الابتدائية كمال العياري إن {W8}.\n", "الأبحاث")
    assert q.speaker == "كمال العياري"
    q = one(f"ونوه الوزير كمال العياري بالجهود الكبيرة. وقال إن {W8}.\n", "الأبحاث")
    assert q.speaker == "كمال العياري"


P9 = '"أي مساس بحقوق السكان مرفوض جملة وتفصيلا"'
Q9 = '"العمل سيتواصل في كل الأحياء دون استثناء"'


def test_a_broken_plural_of_persons_is_plural() -> None:
    text = f"نفى أعضاء المجلس المحلي أن {P9}. وقالوا إن {Q9}.\n"
    assert one(text, "العمل سيتواصل").speaker == "أعضاء المجلس المحلي"
    text = f"قال أعضاء النقابة المستقلة إن {P9}. وأضافوا أن {Q9}.\n"
    assert one(text, "العمل سيتواصل").speaker == "أعضاء النقابة المستقلة"


def test_near_miss_one_of_them_stays_singular() -> None:
    text = f"قال أحد أعضاء المجلس المحلي إن {P9}. وأضاف أن {Q9}.\n"
    assert one(text, "العمل سيتواصل").speaker == "أحد أعضاء المجلس المحلي"
