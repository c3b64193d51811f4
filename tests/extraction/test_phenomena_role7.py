"""Roles and where a name or a post phrase begins and ends (role7,
2026-12-04).

A name of three words, then the post with no comma: "قال X Y Z المدير
الفني للفريق إن «…»", "قال X Y Z المتحدث باسم الوزارة إن".  The third
word before a definite post was read as a noun and its definite genitive
(the verb's object, as "انتقد X Y أداء الحكومة"): the name lost its third
word and the post.  A given name there, or any word after a verb of saying
that takes no object (قال، أضاف), is the name's last word and the post
after it the role; not a noun after a verb that takes an object ("وأكد X Y
دعم المدرب").

Two posts set off after the name, the second joined by و: "قال X Y، محامي
Z W، ورئيس هيئة الدفاع عن المتهمين، إن «…»": both are the role (it kept
the first), and before a relative clause ("عن X Y، محامي Z W، ورئيس هيئة
الدفاع، الذي توقع أن «…»") the name before them speaks, not the one in the
first post's genitive.  Not a joined post with its own holder named after
it ("…، ورئيس اللجنة Z W، الذي قال"): that one speaks.

A post set off after a name that ends in its own holder's name is another
person, no role of the name before it: "وأبلغ وزير الخارجية X Y، القائم
بالأعمال الأمريكي في الخرطوم Z W، أن" (the one told).  A post with the
article, then after a definite word a name of two or three words; not a
body or a post in its genitive ("المستشار الدبلوماسي لرئيس الدولة",
"المدير السابق لمشروع الجزيرة"), nor a post with no name ("السفير
الأمريكي في الخرطوم").

أمين before a party's branch or section is the post "secretary of", no
first name: "وقال أمين فرع الحزب في المدينة د. X Y إن" (it read the person
"أمين فرع"); "أمين فرعون", "أمين الجميل" stay names.

An abbreviated honorific before the name ("د. X Y", "م. X Y") in the
phrase of a verb of saying, then a colon and words without marks: "أكد
وزير الخارجية د. X Y لقناة الغد: إن …" was no speech (the period read as
the sentence's end between the verb and the colon, and the two tokens
counted against the verb's reach); as find_sentences reads it, it is one
word of the phrase.

A nisba right after an event noun is its adjective, no title: "وفي مؤتمر
صحفي لوزير الخارجية X، قال" gave X the role "صحفي لوزير الخارجية" (a
journalist of the minister); the post after it is the role.  So is a nisba
title word with the article after a definite noun that is no title ("حتى
يتحسن المناخ السياسي في إشارة لـX": no politician named "X"; the lawyer
named before speaks after قائلا); "المحلل السياسي X" stays.  A link after a
title ("لوزير الزراعة pic.twitter.com/…") names no one: the title alone.

After a name, لـ and a present verb is the purpose of the verb before it,
no word of the name: "وعاد X ليدعم لاعبيه، قائلا" read the person "X
ليدعم" (as after a title, "تدخلت رئيسة البلدية لتعلن"); a name in لي
("ليبرمان") stays.

غير and the adjective it negates inside a post describe its body, no name
and no end: "ناطق وزارة الصحة في الحكومة الغير معترف بها" after a name
(the post read "معترف بها" for its own holder's name), "مدير المنظمة غير
الحكومية X" (the phrase stopped at غير); "وقال الرئيس غير مكترث …", a
state after a title, stays out.

A titled person's name in marks after where the post is held: "أن السفير
الأمريكي في البحرين "X Y" التقى …" read the marks as a body's name after
في (as "النائب في تكتل "لبنان القوي" X"), then ran on past them; the name
was lost, and "وكتب السفير" later found no ambassador.  After a definite
place or a country, the marks holding a name are his.

"وجود" (existence) and "عدم" (lack) head no speaker's phrase: "لكنه نفى
وجود «…»" read the speaker "وجود"; the verb's pronoun subject, the person
named before, said the words.  After a verb that takes على and a name,
"على وجود/عدم" is that preposition and its object, not the name Ali:
"أكد القيادي X Y على وجود أزمة" read the speaker "X Y على وجود أزمة".

A post, then an honorific or a rank, then the name in marks: "رئيس مجلس
النواب المستشار “X Y”", "وزير الخارجية الدكتور “X Y”": the honorific is
how he is addressed, not the post, as without marks (the role kept it).

A hall glued to بـ after a post is where the occasion took place: "في
مؤتمر صحفي لمدرب المنتخب الوطني بقاعة الإعلام التابعة للملعب، قال" read
"التابعة" for the coach's name and the hall for his post; the post ends
before it.  That nameless post is then the person the story names with its
head alone and the article ("وأضاف المدرب X"), who takes the post for role.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "قال سامر خليل يوسف المدير الفني لنادي الوحدة عقب المباراة إن "
            "«اللاعبين قدموا أداء رجوليا أمام منافس قوي».",
            "اللاعبين قدموا",
            "سامر خليل يوسف",
            "المدير الفني لنادي الوحدة",
        ),
        # (a family name, no given name, after a verb of saying)
        (
            "قال مازن فؤاد عبيدات المتحدث باسم وزارة الصحة إن "
            "«الوضع الوبائي مستقر في كل المحافظات».",
            "الوضع الوبائي",
            "مازن فؤاد عبيدات",
            "المتحدث باسم وزارة الصحة",
        ),
        # (named so in reported speech, then quoted by a bare verb)
        (
            "أكد هشام كمال منصور الرئيس التنفيذي للشركة في مؤتمر صحفي أن الأرباح "
            "ارتفعت. وقال: «سنفتتح فروعا جديدة في ثلاث مدن هذا العام».",
            "سنفتتح فروعا",
            "هشام كمال منصور",
            "الرئيس التنفيذي للشركة",
        ),
    ],
)
def test_third_name_word_then_a_definite_post(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        # a noun and its definite genitive, the verb's object
        (
            "وانتقد النائب أحمد سالم قرار المدرب قائلا: "
            "«الأداء العام سيئ جدا والفريق لن يتحسن أبدا».",
            "الأداء العام",
            "أحمد سالم",
            "النائب",
        ),
        (
            "وأكد أحمد سالم دعم المدرب قائلا: «الأداء العام سيئ جدا والفريق لن يتحسن أبدا».",
            "الأداء العام",
            "أحمد سالم",
            None,
        ),
    ],
)
def test_no_third_name_word_before_the_object(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وقال نادر الحمود، محامي فارس العلي، ورئيس هيئة الدفاع عن المتهمين، إن "
            "«الحكم سيصدر خلال أسبوعين على الأكثر».",
            "الحكم سيصدر",
            "نادر الحمود",
            "محامي فارس العلي، ورئيس هيئة الدفاع عن المتهمين",
        ),
        # (before a relative clause, and again by his family name)
        (
            "ونقلت صحيفة «الغد» عن نادر الحمود، محامي فارس العلي، ورئيس هيئة الدفاع "
            "عن المتهمين، الذي توقع أن «يصدر الحكم خلال أسبوعين على الأكثر». "
            "وأضاف الحمود أن «القرار قابل للطعن أمام محكمة التمييز».",
            "يصدر الحكم",
            "نادر الحمود",
            "محامي فارس العلي، ورئيس هيئة الدفاع عن المتهمين",
        ),
        (
            "ونقلت صحيفة «الغد» عن نادر الحمود، محامي فارس العلي، ورئيس هيئة الدفاع "
            "عن المتهمين، الذي توقع أن «يصدر الحكم خلال أسبوعين على الأكثر». "
            "وأضاف الحمود أن «القرار قابل للطعن أمام محكمة التمييز».",
            "القرار قابل",
            "نادر الحمود",
            "محامي فارس العلي، ورئيس هيئة الدفاع عن المتهمين",
        ),
        # (the first post's genitive a title, no name)
        (
            "والتقى الوفد مع رامي الشريف، مستشار الوزير، ورئيس لجنة الحوار، الذي قال "
            "إن «الحوار سيستأنف الأسبوع المقبل في العاصمة».",
            "الحوار سيستأنف",
            "رامي الشريف",
            "مستشار الوزير، ورئيس لجنة الحوار",
        ),
    ],
)
def test_a_second_post_joined_by_and_is_the_role_too(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


def test_a_joined_post_with_its_own_holder_names_another():
    # "…، ورئيس لجنة الحوار X Y، الذي قال": the one named after the joined
    # post is the relative's antecedent, and speaks
    q = said(
        "والتقى الوفد مع رامي الشريف، مستشار الوزير، ورئيس لجنة الحوار خالد "
        "الزعبي، الذي قال إن «الحوار سيستأنف الأسبوع المقبل في العاصمة».",
        "الحوار سيستأنف",
    )
    assert (q.speaker, q.role) == ("خالد الزعبي", "رئيس لجنة الحوار"), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وأبلغ وزير الخارجية السوداني كمال حسن، القائم بالأعمال الأمريكي في "
            "الخرطوم ديفيد براون، أن الحكومة اتخذت قرارات مهمة. وأضاف: «سنعمل على "
            "تحسين العلاقات مع واشنطن خلال العام المقبل».",
            "سنعمل على",
            "كمال حسن",
            "وزير الخارجية السوداني",
        ),
        (
            "وأبلغ كمال حسن، السفير الأمريكي ديفيد براون، أن الحكومة اتخذت قرارات "
            "مهمة، وقال: «سنعمل على تحسين العلاقات مع واشنطن خلال العام المقبل».",
            "سنعمل على",
            "كمال حسن",
            None,
        ),
    ],
)
def test_a_post_named_after_its_own_holder_is_another_person(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وأبلغ كمال حسن، السفير الأمريكي في الخرطوم، أن الحكومة اتخذت قرارات "
            "مهمة، وقال: «سنعمل على تحسين العلاقات مع واشنطن خلال العام المقبل».",
            "سنعمل على",
            "كمال حسن",
            "السفير الأمريكي في الخرطوم",
        ),
        (
            "أما المهندس سامر يوسف، المدير السابق لمشروع الجزيرة، فيرى أن "
            "«المشكلة في غياب الإدارة لا في المياه».",
            "المشكلة في",
            "سامر يوسف",
            "المدير السابق لمشروع الجزيرة",
        ),
        (
            "قال الدكتور أنور سالم، المستشار الدبلوماسي لرئيس الدولة، إن "
            "«الحلول السياسية هي الطريق الوحيد».",
            "الحلول السياسية",
            "أنور سالم",
            "المستشار الدبلوماسي لرئيس الدولة",
        ),
    ],
)
def test_a_post_with_no_holder_named_stays_the_role(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وقال أمين فرع الحزب في المدينة د. سامر حداد إن «الحزب سيبقى قويا في كل الظروف».",
            "الحزب سيبقى",
            "سامر حداد",
            "أمين فرع الحزب في المدينة",
        ),
        (
            "وقال أمين شعبة الحزب في الحي خالد يوسف إن «الحزب سيبقى قويا في كل الظروف».",
            "الحزب سيبقى",
            "خالد يوسف",
            "أمين شعبة الحزب في الحي",
        ),
        (
            "أكد أمين فرع الحزب سامر حداد أن الحزب قوي. وأضاف: «الحزب سيبقى قويا في كل الظروف».",
            "الحزب سيبقى",
            "سامر حداد",
            "أمين فرع الحزب",
        ),
        # (a first name أمين stays: not a branch)
        (
            "وقال أمين فرعون إن «الحزب سيبقى قويا في كل الظروف».",
            "الحزب سيبقى",
            "أمين فرعون",
            None,
        ),
    ],
)
def test_secretary_of_a_party_branch(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "أكد وزير الخارجية د. سامر حداد لقناة الغد: إن الحكومة ستعمل على تحسين "
            "العلاقات مع الجيران.",
            "إن الحكومة",
            "سامر حداد",
            "وزير الخارجية",
        ),
        (
            "وقال رئيس النقابة م. خالد يوسف: إن العمال لن يتراجعوا عن مطالبهم المشروعة.",
            "إن العمال",
            "خالد يوسف",
            "رئيس النقابة",
        ),
    ],
)
def test_abbreviated_honorific_before_unmarked_speech(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


def test_a_period_after_a_name_still_ends_the_sentence():
    # "والتقى د. X Y في مكتبه. مصادر: إن …": the period after the name's
    # sentence ends it; the verb before it introduces no words after a colon
    text = (
        "وصل الوفد أمس إلى المدينة والتقى د. سامر حداد في مكتبه. مصادر مطلعة: إن "
        "اللقاء تم في أجواء ودية جدا."
    )
    assert [q.text for q in extract(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "وفي مؤتمر صحفي لوزير الخارجية سامر حداد في عمان، قال: «إن العلاقات جيدة "
        "جدا مع كل الجيران».",
        "وفي المؤتمر الصحفي لوزير الخارجية سامر حداد في عمان، قال: «إن العلاقات "
        "جيدة جدا مع كل الجيران».",
        "وفي تصريح صحفي لوزير الخارجية سامر حداد، قال: «إن العلاقات جيدة جدا مع كل الجيران».",
    ],
)
def test_a_nisba_after_an_event_noun_is_no_title(text):
    q = said(text, "إن العلاقات")
    assert (q.speaker, q.role) == ("سامر حداد", "وزير الخارجية"), q


def test_a_journalist_is_still_a_title():
    q = said("وقال الصحفي سامر حداد إن «الحكومة تضيق على الإعلام».", "الحكومة تضيق")
    assert (q.speaker, q.role) == ("سامر حداد", "الصحفي"), q


def test_la_and_a_present_verb_after_a_name_is_its_purpose():
    q = said(
        "وقال المدرب سامر إن «المباراة كانت صعبة علينا جدا». وعاد سامر لِيُدعّم "
        "لاعبه وقائده خالد، قائلا: «لا أحب الهجوم على اللاعبين بعد كل مباراة».",
        "لا أحب",
    )
    assert (q.speaker, q.role) == ("سامر", "المدرب"), q


def test_a_name_in_li_is_no_purpose():
    q = said("وقال أفيغدور ليبرمان إن «الحكومة لن تسقط».", "الحكومة لن")
    assert q.speaker == "أفيغدور ليبرمان", q


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وذكر سامر حداد ناطق وزارة الصحة في حكومة الإنقاذ الموازية الغير معترف بها، أن "
            "الإصابات ارتفعت. ولفت إلى أن «المرض ينتشر بسرعة في المخيمات».",
            "المرض ينتشر",
            "سامر حداد",
            "ناطق وزارة الصحة في حكومة الإنقاذ الموازية الغير معترف بها",
        ),
        (
            "وقال مدير المنظمة غير الحكومية سامر حداد إن «الوضع الإنساني سيئ جدا».",
            "الوضع الإنساني",
            "سامر حداد",
            "مدير المنظمة غير الحكومية",
        ),
        (
            "وقال رئيس الحكومة غير المعترف بها سامر حداد إن «الوضع الإنساني سيئ جدا».",
            "الوضع الإنساني",
            "سامر حداد",
            "رئيس الحكومة غير المعترف بها",
        ),
    ],
)
def test_not_and_its_adjective_inside_a_post(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role), q


def test_not_after_a_title_is_his_state():
    q = said("وقال الرئيس غير مكترث بالانتقادات إن «الوضع الإنساني سيئ جدا».", "الوضع")
    assert (q.speaker, q.role) == ("الرئيس", "الرئيس"), q


def test_a_nisba_after_a_definite_noun_is_its_adjective():
    q = said(
        "بطلب من محامي الدفاع سامر حداد بتأجيل المحاكمة حتى يتحسن المناخ السياسي "
        "في إشارة لمجزرة القضاة الذين عزلوا، قائلا: «نطلب تأجيل المحاكمة حتى "
        "يتحسن المناخ».",
        "نطلب تأجيل",
    )
    assert (q.speaker, q.role) == ("سامر حداد", "محامي الدفاع"), q


def test_a_nisba_after_a_title_is_still_the_title():
    q = said(
        "والتقى الوزير بالمحلل السياسي سامر حداد. وقال حداد إن «الوضع معقد جدا».",
        "الوضع معقد",
    )
    assert (q.speaker, q.role) == ("سامر حداد", "المحلل السياسي"), q


def test_a_titled_name_in_marks_after_where_the_post_is_held():
    q = said(
        'كشفت وثائق أن السفير الأمريكي في البحرين "ويليام مونرو" التقى بالملك في '
        'القصر. وكتب السفير في برقية: "لقد كان اجتماعا مريحا في القصر الملكي".',
        "لقد كان",
    )
    assert (q.speaker, q.role) == ("ويليام مونرو", "السفير الأمريكي في البحرين"), q


def test_a_body_name_in_marks_after_fi_stays_the_posts():
    q = said(
        'وقال النائب في تكتل "لبنان القوي" سامر حداد إن "الحكومة فشلت في كل الملفات".',
        "الحكومة فشلت",
    )
    assert (q.speaker, q.role) == ("سامر حداد", 'النائب في تكتل "لبنان القوي"'), q


def test_existence_is_the_object_of_denying():
    q = said(
        "كشف الرئيس سامر حداد عن وجود مقاتلين أجانب، لكنه نفى وجود «تشكيل عسكري "
        "كامل من المقاتلين الأجانب في البلاد».",
        "تشكيل عسكري",
    )
    assert (q.speaker, q.role) == ("سامر حداد", "الرئيس"), q


def test_ala_before_existence_after_a_name_is_the_preposition():
    q = said(
        "أكد القيادي في التحالف سامر حداد على وجود أزمة سياسية في التحالف. "
        "وقال : الآن توجد أزمة سياسية كبيرة في كل مكان",
        "الآن توجد",
    )
    assert (q.speaker, q.role) == ("سامر حداد", "القيادي في التحالف"), q


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "وقال رئيس مجلس النواب المستشار “سامر حداد” إن «الشعب هو مصدر السلطات».",
            "رئيس مجلس النواب",
        ),
        (
            "وقال وزير الخارجية الدكتور “سامر حداد” إن «الشعب هو مصدر السلطات».",
            "وزير الخارجية",
        ),
        (
            "وقال محافظ نابلس اللواء “سامر حداد” إن «الشعب هو مصدر السلطات».",
            "محافظ نابلس",
        ),
    ],
)
def test_an_honorific_before_a_name_in_marks_is_no_post(text, role):
    q = said(text, "الشعب هو")
    assert (q.speaker, q.role) == ("سامر حداد", role), q


@pytest.mark.parametrize("start", ["اللاعبين قدموا", "سنواصل العمل"])
def test_a_hall_ends_the_post_and_the_named_coach_holds_it(start):
    q = said(
        "في مؤتمر صحفي لمدرب المنتخب الوطني بقاعة الإعلام التابعة للملعب الأولمبي، "
        "قال: «اللاعبين قدموا مباراة كبيرة رغم الظروف». وأضاف المدرب سامر: «سنواصل "
        "العمل بجدية في المباريات المقبلة».",
        start,
    )
    assert (q.speaker, q.role) == ("سامر", "مدرب المنتخب الوطني"), q


def test_a_bare_title_of_another_head_holds_no_post():
    text = (
        "قال رئيس النادي إن «الفريق سيتعاقد مع لاعبين جدد». وأضاف المدرب سامر: "
        "«سنواصل العمل بجدية في المباريات المقبلة»."
    )
    q = said(text, "الفريق سيتعاقد")
    assert (q.speaker, q.role) == ("رئيس النادي", "رئيس النادي"), q
    q = said(text, "سنواصل العمل")
    assert (q.speaker, q.role) == ("سامر", "المدرب"), q
