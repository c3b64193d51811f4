"""dev22r (second session of 2026-12-06): a person's post carried through
the text to his later quotes, and the posts that lost their holder's name.

Every sentence here is invented for the test."""

import pytest

from claims.extraction import extract


def _quote(text, words):
    for q in extract(text):
        if q.text == words:
            return q
    raise AssertionError(f"no quote {words!r} in {[q.text for q in extract(text)]}")


# A business group (مجمع) and armed forces (قوات) are bodies a post is held
# in: "المدير العام لمجمع «X»، Y Z،", "القائد العام لقوات X Y Z" gave the
# body's word glued to لـ as the holder's name ("لمجمع", "لقوات X").
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'وقال القائد العام لقوات فجر الجنوب (فج) عادل الرفاعي إن "الهدنة صامدة".',
            "الهدنة صامدة",
            "عادل الرفاعي",
            "القائد العام لقوات فجر الجنوب (فج)",
        ),
        (
            "أكد الرئيس المدير العام لمجمع سيدار الصناعي فريد بوزيان أن «الإنتاج ارتفع هذا العام».",
            "الإنتاج ارتفع هذا العام",
            "فريد بوزيان",
            "الرئيس المدير العام لمجمع سيدار الصناعي",
        ),
        (
            "أوضح القائد الميداني لقوات درع الوطن سالم العبيدي أن «الطريق آمن».",
            "الطريق آمن",
            "سالم العبيدي",
            "القائد الميداني لقوات درع الوطن",
        ),
        (
            'وقال الناطق الرسمي لقوات حماية الشعب نوري محمود إن "المعارك مستمرة".',
            "المعارك مستمرة",
            "نوري محمود",
            "الناطق الرسمي لقوات حماية الشعب",
        ),
    ],
)
def test_group_and_forces_are_bodies_of_a_post(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# (a group's name in marks after لمجمع is dev22s's rule 1, which landed
# first: test_phenomena_dev22s.py tests it)
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "أوضح القائد الميداني لقوات درع الوطن سالم العبيدي أن «الطريق آمن». وأكد "
            "العبيدي خلال جولة ميدانية أن «القوات تسيطر على المعبر».",
            "القوات تسيطر على المعبر",
            "سالم العبيدي",
            "القائد الميداني لقوات درع الوطن",
        ),
        (
            "أكد الرئيس المدير العام لمجمع سيدار الصناعي فريد بوزيان أن «الإنتاج ارتفع هذا "
            "العام». وأضاف بوزيان في ندوة صحفية أن «التصدير سيبدأ قريبا».",
            "التصدير سيبدأ قريبا",
            "فريد بوزيان",
            "الرئيس المدير العام لمجمع سيدار الصناعي",
        ),
    ],
    ids=["forces", "group-no-marks"],
)
def test_group_and_forces_carried_to_the_surname(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# near misses: forces and a group speak as bodies; a company's post, and
# forces before a definite word, as before
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('وقالت قوات الأمن في بيان إن "الوضع تحت السيطرة".', "الوضع تحت السيطرة", "قوات الأمن"),
        ('وقال مجمع اللغة العربية إن "القرار خاطئ".', "القرار خاطئ", "مجمع اللغة العربية"),
        (
            'وقال المدير العام لشركة "الريان"، سمير الخطيب، إن "الأرباح تضاعفت".',
            "الأرباح تضاعفت",
            "سمير الخطيب",
        ),
        (
            'وقال القائد العام لقوات الدعم الشعبي (قدش) عادل الرفاعي إن "الهدنة صامدة".',
            "الهدنة صامدة",
            "عادل الرفاعي",
        ),
    ],
)
def test_group_and_forces_near_misses(text, words, speaker):
    assert _quote(text, words).speaker == speaker


# role_titled_before_name read back from the name only up to a mark or a
# bracket: the post said with a body's short name set off inside it ("رئيس
# الهيئة (إيسي) X Y", "مؤسس موقع «X» Y Z") gave no role to quotes said
# before that mention, nor in the words a document reports.
@pytest.mark.parametrize(
    "text, words, role",
    [
        (
            "العمري: «الموعد لن يتغير»\nترأس رئيس هيئة الانتخابات (إيسي) منير العمري "
            "اجتماعا مع الأحزاب أمس.",
            "الموعد لن يتغير",
            "رئيس هيئة الانتخابات (إيسي)",
        ),
        (
            "وقال الزياني إن «الاتفاق سيوقع قريبا».\nوكان الأمين العام لاتحاد الشغل "
            "(UGT) حسن الزياني قد التقى الوزير يوم الإثنين.",
            "الاتفاق سيوقع قريبا",
            "الأمين العام لاتحاد الشغل (UGT)",
        ),
        (
            "قال الحمادي: «العمليات مستمرة».\nوكان المتحدث باسم التحالف (تحالف دعم "
            "الشرعية) تركي الحمادي قد أعلن بدء العمليات أمس.",
            "العمليات مستمرة",
            "المتحدث باسم التحالف (تحالف دعم الشرعية)",
        ),
    ],
)
def test_post_with_a_short_name_set_off_read_back_from_the_name(text, words, role):
    assert _quote(text, words).role == role


def test_post_in_marks_of_a_document_read_back_from_the_name():
    text = (
        'وأشارت البرقية إلى أن "رئيس هيئة الرقابة (هرق) سليم الجبالي قلل من أهمية '
        'الاحتجاجات". وقال الجبالي للسفير: «الوضع تحت السيطرة».'
    )
    assert _quote(text, "الوضع تحت السيطرة").role == "رئيس هيئة الرقابة (هرق)"


# near misses: an aside of five words in brackets is no short name (the
# title before it is not read with the name); a quote before the name is no
# part of a post
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "العمري: «الموعد لن يتغير»\nترأس رئيس الهيئة (التي أنشئت قبل ثلاث سنوات) "
            "منير العمري اجتماعا مع الأحزاب أمس.",
            "الموعد لن يتغير",
        ),
        (
            "قال العمري: «الموعد لن يتغير».\nوردد المحتجون «ارحل» منير العمري أمام المقر.",
            "الموعد لن يتغير",
        ),
    ],
)
def test_long_aside_or_quote_before_the_name_gives_no_post(text, words):
    assert _quote(text, words).role is None


# misspelt: a later mention that misspells the family name met in full by
# one letter more or less inside it ("أستانج" for "أسانج") is that person,
# as one with a letter written for another was.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "صرح مؤسس الموقع جوليان أسانج أن المصادر زودت القناة بالشائعة.\nوفي معرض رده "
            "على سؤال قال أستانج: «أظن أن أية دولة يمكن أن تعاني».",
            "أظن أن أية دولة يمكن أن تعاني",
            "جوليان أسانج",
            "مؤسس الموقع",
        ),
        (
            "أعلن رئيس الحزب فتحي الغنوشي مقاطعة الانتخابات.\nوفي رده على سؤال قال "
            "الغنوشني: «لن نشارك في المهزلة».",
            "لن نشارك في المهزلة",
            "فتحي الغنوشي",
            "رئيس الحزب",
        ),
        (
            "صرح المدرب الفرنسي هيرفي رونار أن الفريق جاهز للمباراة.\nوقال رونتار: "
            "«سنلعب من أجل الفوز».",
            "سنلعب من أجل الفوز",
            "هيرفي رونار",
            "المدرب الفرنسي",
        ),
    ],
)
def test_family_name_misspelt_by_a_letter_more_or_less(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# near misses: a letter more at the end (a nisba or another family), two
# letters more, stay names of their own
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "صرح المدرب الفرنسي هيرفي رونار أن الفريق جاهز للمباراة.\nوقال رونارد: "
            "«سنلعب من أجل الفوز».",
            "سنلعب من أجل الفوز",
            "رونارد",
        ),
        (
            "أعلن وزير الداخلية كمال الدريدي أن الحملة انطلقت.\nوفي رده قال الدرديري: "
            "«الحملة فاشلة».",
            "الحملة فاشلة",
            "الدرديري",
        ),
    ],
)
def test_family_name_a_letter_longer_at_the_end_or_two_letters_is_another(text, words, speaker):
    assert _quote(text, words).speaker == speaker


# canonical: a full name (three words or more) that ends the name of one met
# before right after a word of lineage ("X بنت Y بن Z"، "X بن Y بن Z") is
# her or his father, another person: his post, longer, was taken for hers.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "أكدت الشيخة منى بنت خالد بن سعيد آل سالم، رئيسة هيئة المتاحف، أن الشيخ خالد "
            "بن سعيد آل سالم، ولي العهد ورئيس المجلس التنفيذي للإمارة، قائد فذ.\n"
            "وقالت سموها في تدوينة: «الإمارة قصة مجد».",
            "الإمارة قصة مجد",
            "الشيخة منى بنت خالد بن سعيد آل سالم",
            "رئيسة هيئة المتاحف",
        ),
        (
            "أشاد الأمير فيصل بن سلطان بن ناصر آل ثامر، رئيس نادي الفروسية، بوالده الأمير "
            "سلطان بن ناصر آل ثامر، وزير الدولة وعضو مجلس الوزراء السابق.\nوقال فيصل: "
            "«تعلمت منه الصبر».",
            "تعلمت منه الصبر",
            "فيصل بن سلطان بن ناصر آل ثامر",
            "رئيس نادي الفروسية",
        ),
        (
            "أكد الشيخ ناصر بن حمد بن عيسى آل خليفة، ممثل الملك للأعمال الخيرية، أن الشيخ "
            "حمد بن عيسى آل خليفة، عاهل البلاد والقائد الأعلى لقوة الدفاع، داعم للرياضة.\n"
            "وقال ناصر: «سنواصل العمل».",
            "سنواصل العمل",
            "ناصر بن حمد بن عيسى آل خليفة",
            "ممثل الملك للأعمال الخيرية",
        ),
    ],
)
def test_father_named_in_full_after_the_child_is_another_person(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# near misses: the same person named again in full, and a later mention of
# two words from the name's middle, are still the one met
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "أكد الأمير فيصل بن سلطان بن ناصر، رئيس نادي الفروسية، أن الموسم ناجح.\nوقال "
            "فيصل بن سلطان بن ناصر: «تعلمت الصبر».",
            "تعلمت الصبر",
            "فيصل بن سلطان بن ناصر",
            "رئيس نادي الفروسية",
        ),
        (
            "قال وكيل الوزارة المهندس سلطان بن فهد الدوسري إن المشاريع تقدمت.\nوحين سألناه "
            "عن التأخير قال الدوسري: «الأسعار يحددها السوق».",
            "الأسعار يحددها السوق",
            "سلطان بن فهد الدوسري",
            "وكيل الوزارة",
        ),
    ],
)
def test_same_person_named_again_is_still_the_one_met(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# scan_np ended the phrase at a participle of "known as" right after a
# body's name in marks ("… «X Y» الشهير بـ«Z»"), so "مؤسس موقع «X» الشهير Y
# Z" lost the holder's name: the title was the speaker, and the later "وقال Z"
# had no post. Before a name of two words it is the body's adjective.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "وقال مؤسس موقع «الحقيقة» الشهير إريك كارلسون إن «القناة تكذب».",
            "القناة تكذب",
            "إريك كارلسون",
            "مؤسس موقع «الحقيقة» الشهير",
        ),
        (
            "أكد رئيس تحرير صحيفة «الفجر» الشهيرة سامي بن عمر أن «الرقابة عادت».",
            "الرقابة عادت",
            "سامي بن عمر",
            "رئيس تحرير صحيفة «الفجر» الشهيرة",
        ),
        (
            "أبدى مؤسس حزب «النور» المعروف خالد الرفاعي غضبه من القرار.\nوقال الرفاعي: "
            "«لن نسكت على هذا الظلم».",
            "لن نسكت على هذا الظلم",
            "خالد الرفاعي",
            "مؤسس حزب «النور» المعروف",
        ),
    ],
)
def test_known_participle_after_a_body_in_marks_then_the_name(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# near misses: what the one named is known as, after بـ, stays out of the name
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "وقال زعيم تنظيم «الحقيقة» الشهير بـ«أبو علي» إن «القناة تكذب».",
            "القناة تكذب",
            "زعيم تنظيم «الحقيقة»",
        ),
        (
            "وقال القيادي «محمد سالم» الشهير بأبي علي إن «القناة تكذب».",
            "القناة تكذب",
            "محمد سالم",
        ),
    ],
)
def test_known_as_after_marks_stays_out_of_the_name(text, words, speaker):
    assert _quote(text, words).speaker == speaker


# role_before_name: a possessed title set off by commas before the name
# ("وألقى رئيسها، X Y، كلمة") gave his later quotes no post; it is the head
# of the body named before, as "رئيسها X Y" with no comma is.
@pytest.mark.parametrize(
    "text, words, role",
    [
        (
            "عقدت حركة الوفاق مؤتمرها السنوي، وألقى رئيسها، سالم بن عمار، كلمة في "
            "الافتتاح.\nوقال بن عمار: «الحركة باقية».",
            "الحركة باقية",
            "رئيس حركة الوفاق",
        ),
        (
            "أعلنت جبهة الخلاص مسؤوليتها عن الهجوم، وظهر قائدها، أبو حمزة الليبي، في "
            "شريط مصور.\nوقال الليبي: «سننتصر».",
            "سننتصر",
            "قائد جبهة الخلاص",
        ),
        (
            "عقدت نقابة الأطباء اجتماعها، وتحدثت رئيستها، سلمى العياري، عن الإضراب.\n"
            "وقالت العياري: «الإضراب قائم».",
            "الإضراب قائم",
            "رئيسة نقابة الأطباء",
        ),
    ],
)
def test_possessed_title_set_off_before_the_name(text, words, role):
    assert _quote(text, words).role == role


# near misses: with no comma, as before; a suffix of the other gender than
# the body named before names no post of it
@pytest.mark.parametrize(
    "text, words, role",
    [
        (
            "عقدت حركة الوفاق مؤتمرها السنوي، وألقى رئيسها سالم بن عمار كلمة في "
            "الافتتاح.\nوقال بن عمار: «الحركة باقية».",
            "الحركة باقية",
            "رئيس حركة الوفاق",
        ),
        (
            "عقدت حركة الوفاق مؤتمرها السنوي، وألقى رئيسه، سالم بن عمار، كلمة في "
            "الافتتاح.\nوقال بن عمار: «الحركة باقية».",
            "الحركة باقية",
            "رئيسه",
        ),
    ],
)
def test_possessed_title_near_misses(text, words, role):
    assert _quote(text, words).role == role
