"""Speakers of real news text (eighth session of 2026-12-05, dev20s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A description of the last speaker in the body his post names,
   "القيادي بحزب X وY" after "Z، رئيس المجلس الوطني لحزب X وY": the body
   glued to بـ was read up to its last word, a definite word joined by و
   ("والمعاصرة"), which was taken for the person's name (a name never opens
   with و and the article). Read as the body's, the generic title is a
   description of the last speaker, as "القيادي بحركة X" was, now for
   bodies of up to three words (before: two), a conjunction written apart
   ("X و Y") counting none. Not a body his post does not name.
2. A post said again with the body's own name glued to لـ ("وقال رئيس
   الهيئة التنفيذية لفتح،") after the person named with it ("X، رئيس الهيئة
   التنفيذية لحركة فتح،" or "… لـ (فتح):"): the word glued to لـ was read as
   a one-word name ("لفتح"), a new speaker; it is the post of the person
   named before, who speaks. Not another body ("لنداء" after "لحركة فتح"),
   nor a family name that opens with ل after a post ("وزير الخارجية
   لعمامرة").
3. "وشدد أمامه على «…»", "وأكدت أمامهم أن": "in front of him" (her, them)
   right after a verb of saying folds like "إمامه" (his imam) and was read
   as a titled speaker "أمامه"; it is where the words were said, the
   subject elided (the one who met him speaks) or named after it ("وقال
   أمامهم رئيس الوفد X"). Not "إمامه" written with its hamza below.
4. "ووجه X كلمات غاضبة بحق Y، قال فيها: «…»", "رسالة شديدة اللهجة إلى Y،
   قال فيها": a speech or a message sent (كلمة، رسالة، now also كلمات،
   رسائل), then whom it was against or sent to, a comma and the verb with
   فيها: the sender speaks in it (before: only with the speech right
   before the verb; Y, named last, took the words). Not a message received
   ("تلقى X رسالة من Y، قال فيها": Y) nor a relative ("…، الذي قال فيها").
5. "وأضاف الجبوري أن «…». وفي ملف آخر، شدد وزير الموارد المائية العراقي
   على أن «…»":
   a full post (a minister's, a head's, a leader's; three words or more)
   that no one holds in the text, said within two sentences of a speaker
   named with no post anywhere in the text (one the article takes as
   known), of the same gender, describes him: he speaks and the post is
   his role. Not after a speaker with a post, of the other gender, or
   quoted sentences before; not a spokesman, whom news names apart.
6. "قال رئيس حزب X المعارض اليوم إن …. وكشف ولد Y أن «…». وأشاد رئيس حزب X
   بـ…. وحيا ولد Y …، على ما سماه «…»": a lead whose subject is an
   office's unnamed post (head, leader, secretary general; three words or
   more), then one person quoted by a short name with no post anywhere:
   the post is his. The words the post was given (here after a sentence
   on the post, "ما سماه" with no cue) go to him, and the post is his role
   in every quote (the engine's lead description missed bodies named
   "اتحاد/جبهة القوى …"). Not with two persons quoted with no post, nor
   when the named one has a post, nor when the name comes before the post.
7. "نشر موقع X برقيات القنصلية …، مؤكدا أن «…»", "ونشرت صحيفة X برقيات …،
   وقالت": documents with no article after the outlet's name were read as
   the name's last words ("موقع X برقيات القنصلية البريطانية"); they are the
   verb's object. Not a document word right after the outlet's head, which
   names it ("موقع وثائق الشرق").
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


def _said(text: str, words: str):
    (q,) = [q for q in extract(text) if q.text == words]
    return q


# ---------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'قال سليم الحداد، رئيس الهيئة التنفيذية لحزب الوفاق الوطني، إن "الحزب سيشارك في '
            'الانتخابات المقبلة بقوة". وأضاف القيادي بحزب الوفاق الوطني، أن "المرحلة تتطلب '
            'وحدة الصف بين كل المكونات".',
            "المرحلة تتطلب وحدة الصف بين كل المكونات",
            "سليم الحداد",
        ),
        (
            'قالت سلمى الحداد، رئيسة المجلس الوطني لحزب الأمانة والإصلاح، إن "الحزب سيشارك '
            'في الانتخابات المقبلة بقوة". وشددت القيادية بحزب الأمانة والإصلاح على أن '
            '"المرحلة تتطلب وحدة الصف بين كل المكونات".',
            "المرحلة تتطلب وحدة الصف بين كل المكونات",
            "سلمى الحداد",
        ),
        (
            "أكد كريم بنسعيد، عضو الأمانة العامة لحزب النهضة و البناء، أن "
            '"الحزب لن يدخل الحكومة بأي ثمن". و أضاف القيادي بحزب النهضة و البناء، '
            'أن "القواعد ترفض المشاركة رفضا قاطعا".',
            "القواعد ترفض المشاركة رفضا قاطعا",
            "كريم بنسعيد",
        ),
        (
            'قال سليم الحداد، رئيس الهيئة التنفيذية لحزب الوفاق الوطني، إن "الحزب سيشارك في '
            'الانتخابات المقبلة بقوة". وأضاف القيادي في حزب الوفاق الوطني، أن "المرحلة '
            'تتطلب وحدة الصف بين كل المكونات".',
            "المرحلة تتطلب وحدة الصف بين كل المكونات",
            "سليم الحداد",
        ),
    ],
    ids=["ba-three-words", "ba-and-feminine", "ba-and-apart", "fi-three-words"],
)
def test_leader_in_the_body_of_the_last_speaker(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وقال الباحث بمركز الدراسات والأبحاث إن "المركز سيوسع نشاطه في المرحلة المقبلة".',
            "المركز سيوسع نشاطه في المرحلة المقبلة",
            "الباحث بمركز الدراسات والأبحاث",
        ),
        (
            'وقال الخبير بمعهد التخطيط والتنمية، إن "الاقتصاد سيتعافى خلال العام المقبل".',
            "الاقتصاد سيتعافى خلال العام المقبل",
            "الخبير بمعهد التخطيط والتنمية",
        ),
    ],
    ids=["researcher", "expert"],
)
def test_body_glued_to_ba_ends_with_its_coordinated_word(text, words, speaker):
    # the body's last word "والأبحاث" was read as the person's name
    assert (words, speaker) in _speakers(text)


def test_leader_in_another_body_is_no_description():
    text = (
        'قال سليم الحداد، رئيس الهيئة التنفيذية لحزب الوفاق الوطني، إن "الحزب سيشارك في '
        'الانتخابات المقبلة بقوة". وأضاف القيادي في حزب الأمانة والإصلاح، أن "المرحلة '
        'تتطلب وحدة الصف بين كل المكونات".'
    )
    assert ("المرحلة تتطلب وحدة الصف بين كل المكونات", "القيادي في حزب الأمانة والإصلاح") in (
        _speakers(text)
    )


def test_name_after_the_body_glued_to_ba_stays():
    text = (
        'وقال الباحث بمركز الدراسات والأبحاث سمير العلوي إن "المركز سيوسع نشاطه في '
        'المرحلة المقبلة".'
    )
    q = _said(text, "المركز سيوسع نشاطه في المرحلة المقبلة")
    assert (q.speaker, q.role) == ("سمير العلوي", "الباحث بمركز الدراسات والأبحاث")


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'قال سليم الحداد، رئيس الهيئة التنفيذية لحركة فتح، إن "الحزب سيشارك في الانتخابات '
            'المقبلة بقوة". وقال رئيس الهيئة التنفيذية لفتح، خلال لقاء شعبي: "المرحلة تتطلب '
            'وحدة الصف بين كل المكونات".',
            "المرحلة تتطلب وحدة الصف بين كل المكونات",
            "سليم الحداد",
        ),
        (
            'قال سليم الحداد، رئيس الهيئة التنفيذية لـ (فتح): إن "الحزب سيشارك في الانتخابات '
            'المقبلة بقوة". وقال رئيس الهيئة التنفيذية لفتح، خلال لقاء شعبي: "المرحلة تتطلب '
            'وحدة الصف بين كل المكونات".',
            "المرحلة تتطلب وحدة الصف بين كل المكونات",
            "سليم الحداد",
        ),
        (
            'أكد نادر الشامي، الأمين العام لحركة أمل، أن "الحركة لن تنسحب من الحوار". '
            'وقال الأمين العام لأمل، في كلمة متلفزة: "لن نقبل بأي تسوية على حساب الجنوب".',
            "لن نقبل بأي تسوية على حساب الجنوب",
            "نادر الشامي",
        ),
    ],
    ids=["lam-fath", "lam-parenthesis", "lam-amal"],
)
def test_post_said_again_with_the_body_glued_to_lam(text, words, speaker):
    assert (words, speaker) in _speakers(text)


def test_post_with_another_body_glued_to_lam_stays():
    text = (
        'قال سليم الحداد، رئيس الهيئة التنفيذية لحركة فتح، إن "الحزب سيشارك في الانتخابات '
        'المقبلة بقوة". وقال رئيس الهيئة التنفيذية لنداء، خلال لقاء شعبي: "المرحلة تتطلب '
        'وحدة الصف بين كل المكونات".'
    )
    q = _said(text, "المرحلة تتطلب وحدة الصف بين كل المكونات")
    assert q.speaker != "سليم الحداد"


def test_family_name_opening_with_lam_after_the_post_stays():
    text = (
        'قال وزير الخارجية رمطان لعمامرة إن "الجزائر ستشارك في القمة المقبلة بقوة". '
        'وقال وزير الخارجية لعمامرة، خلال لقاء صحفي: "المرحلة تتطلب وحدة الصف".'
    )
    assert ("المرحلة تتطلب وحدة الصف", "رمطان لعمامرة") in _speakers(text)


# ---------------------------------------------------------------- rule 3


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "وفي سياق آخر، استقبل وزير الداخلية سامر النحاس سفير اليابان لدى الأردن كينجي "
            "تاناكا، الذي تشغل بلاده مقعدا في المجلس، وشدد أمامه على “أن الحل السياسي هو "
            "السبيل الوحيد لإنهاء الأزمة”.",
            "أن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة",
            "سامر النحاس",
        ),
        (
            "التقت وزيرة الصحة هدى المصري وفدا من النقابات، وأكدت أمامهم أن “الحكومة لن "
            "تتراجع عن إصلاح المستشفيات”.",
            "الحكومة لن تتراجع عن إصلاح المستشفيات",
            "هدى المصري",
        ),
        (
            "استقبل الرئيس كمال الحداد السفيرة الفرنسية ماري دوبون، وقال أمامها إن “بلاده "
            "ترحب بكل استثمار جاد”.",
            "بلاده ترحب بكل استثمار جاد",
            "كمال الحداد",
        ),
        (
            "التقى الرئيس كمال الحداد وفد النقابات، وأكد أمامهم جميعا أن “الحكومة لن تتراجع "
            "عن الإصلاح”.",
            "الحكومة لن تتراجع عن الإصلاح",
            "كمال الحداد",
        ),
    ],
    ids=["amamahu-ala", "amamahum-anna", "amamaha-inna", "amamahum-jamian"],
)
def test_in_front_of_him_after_the_verb_is_no_subject(text, words, speaker):
    # "أمامه" folds like "إمامه" (his imam) and was read as a titled speaker
    assert (words, speaker) in _speakers(text)


def test_subject_after_in_front_of_them_speaks():
    text = (
        "استقبل الرئيس كمال الحداد وفد النقابات، وقال أمامهم رئيس الوفد سامي الأحمد إن "
        "“العمال ينتظرون قرارات عاجلة”."
    )
    assert ("العمال ينتظرون قرارات عاجلة", "سامي الأحمد") in _speakers(text)


def test_his_imam_written_with_the_hamza_below_stays_a_title():
    text = (
        "زار الوزير خالد النمر المسجد الكبير، وقال إمامه الشيخ سعيد البنا إن “المسجد "
        "يحتاج إلى ترميم عاجل”."
    )
    q = _said(text, "المسجد يحتاج إلى ترميم عاجل")
    assert (q.speaker, q.role) == ("سعيد البنا", "إمامه")


# ---------------------------------------------------------------- rule 4


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'ووجه النمر كلمات غاضبة بحق الرئيس كمال الحداد، قال فيها: "الرئيس فشل في إدارة '
            'الملف الاقتصادي تماما".',
            "الرئيس فشل في إدارة الملف الاقتصادي تماما",
            "النمر",
        ),
        (
            'ووجه النمر رسالة شديدة اللهجة إلى الرئيس كمال الحداد، قال فيها: "الرئيس فشل في '
            'إدارة الملف الاقتصادي تماما".',
            "الرئيس فشل في إدارة الملف الاقتصادي تماما",
            "النمر",
        ),
        (
            'وبعث العطار كلمة مصورة إلى أنصار الرئيس كمال الحداد، قال فيها: "الرئيس فشل في '
            'إدارة الملف الاقتصادي تماما".',
            "الرئيس فشل في إدارة الملف الاقتصادي تماما",
            "العطار",
        ),
    ],
    ids=["words-against", "letter-harsh-to", "speech-to-supporters"],
)
def test_speech_sent_against_or_to_someone_then_comma(text, words, speaker):
    # the one the speech was against or sent to, named last, spoke before
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'تلقى النمر رسالة من الرئيس كمال الحداد، قال فيها: "الحكومة نجحت في إدارة الملف '
            'الاقتصادي تماما".',
            "الحكومة نجحت في إدارة الملف الاقتصادي تماما",
            "كمال الحداد",
        ),
        (
            'ووجه النمر رسالة إلى الرئيس كمال الحداد، الذي قال فيها: "الحكومة نجحت في إدارة '
            'الملف الاقتصادي تماما".',
            "الحكومة نجحت في إدارة الملف الاقتصادي تماما",
            "كمال الحداد",
        ),
    ],
    ids=["received-from", "relative"],
)
def test_message_received_or_relative_keeps_the_one_named_last(text, words, speaker):
    assert (words, speaker) in _speakers(text)


_REVERTED_5 = pytest.mark.xfail(
    strict=True,
    reason="rule 5 reverted by the final read: a full post right after a speaker named with "
    "no post is as often the other side's ('وقال نتنياهو … وقال رئيس السلطة الفلسطينية'); "
    "telling them apart needs who holds which post",
)
_REVERTED_6 = pytest.mark.xfail(
    strict=True,
    reason="rule 6 reverted by the final read: an unnamed post and a name with none may be "
    "two sides ('هاجم الأمين العام لحزب الله إسرائيل. وقال نتنياهو … وقال الأمين العام "
    "لحزب الله'); telling them apart needs who holds which post",
)


# ---------------------------------------------------------------- rule 5


@_REVERTED_5
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'وقالت المصري إن "الإصلاح الضريبي سيبدأ مطلع العام". وأكدت وزيرة المالية '
            'التونسية أن "الدولة لن تتخلى عن دعم المواد الأساسية".',
            "الدولة لن تتخلى عن دعم المواد الأساسية",
            "المصري",
            "وزيرة المالية التونسية",
        ),
        (
            'ونفى الجبوري أي اتصال مع الفصائل. وقال الجبوري إن "الحل في سوريا سياسي وليس '
            'عسكريا". وتابع الجبوري: "لن نتدخل". وفي ملف آخر، شدد وزير الموارد المائية '
            'العراقي على أن "بغداد ترفض أي تدخل خارجي".',
            "بغداد ترفض أي تدخل خارجي",
            "الجبوري",
            "وزير الموارد المائية العراقي",
        ),
        (
            'وقال العطار إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وأكد رئيس الحكومة الليبية '
            'أن "طرابلس لن تكون ساحة لتصفية الحسابات".',
            "طرابلس لن تكون ساحة لتصفية الحسابات",
            "العطار",
            "رئيس الحكومة الليبية",
        ),
    ],
    ids=["finance-minister-she", "foreign-minister", "head-of-government"],
)
def test_full_post_after_a_speaker_named_with_none(text, words, speaker, role):
    q = _said(text, words)
    assert (q.speaker, q.role) == (speaker, role)


@_REVERTED_5
def test_the_post_becomes_the_earlier_quotes_role_too():
    text = (
        'وقال العطار إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وأكد رئيس الحكومة الليبية '
        'أن "طرابلس لن تكون ساحة لتصفية الحسابات".'
    )
    assert _said(text, "المفاوضات وصلت إلى مرحلة متقدمة جدا").role == "رئيس الحكومة الليبية"


@pytest.mark.parametrize(
    "text",
    [
        # the last speaker has a post of his own
        'وقال العطار، وزير الداخلية، إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وأكد رئيس '
        'الحكومة الليبية أن "طرابلس لن تكون ساحة لتصفية الحسابات".',
        # of the other gender
        'قالت الشامي إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وأكد رئيس الحكومة الليبية '
        'أن "طرابلس لن تكون ساحة لتصفية الحسابات".',
        # a spokesman is named apart
        'وقال العطار إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وقال المتحدث باسم الحكومة '
        'الليبية إن "طرابلس لن تكون ساحة لتصفية الحسابات".',
        # the speaker quoted sentences before
        'قال العطار إن "المفاوضات وصلت إلى مرحلة متقدمة جدا". وتابع: "لا بديل عن الحوار". '
        "ومضت ساعات طويلة من دون رد. ثم وصل الوفد إلى المطار. وبعد ذلك، أكد رئيس الحكومة "
        'الليبية أن "طرابلس لن تكون ساحة لتصفية الحسابات".',
    ],
    ids=["speaker-with-post", "other-gender", "spokesman", "far-back"],
)
def test_full_post_stays_its_own_speaker(text):
    q = _said(text, "طرابلس لن تكون ساحة لتصفية الحسابات")
    assert q.speaker not in ("العطار", "الشامي")


# ---------------------------------------------------------------- rule 6

_LEAD_UNION = (
    "قال رئيس حزب اتحاد القوى الشعبية المعارض اليوم الأحد إن البلاد تمر بأزمة خانقة. "
    'وكشف ولد سالم{post} أن الحزب "سيقاطع الانتخابات المقبلة بلا تردد".{other} وأشاد '
    "رئيس حزب اتحاد القوى الشعبية بالشباب. وحيا ولد سالم في اللقاء أنصار الحزب ثم "
    'الصحفيين، على ما سماه "الوقفة التاريخية مع الحزب في الانتخابات".'
)
_LEAD_LEADER = (
    "أكد زعيم حزب تجمع الإرادة الشعبية أمس السبت أن الانتخابات مزورة. وقال ولد الشيخ "
    'إن "النتائج لا تعكس إرادة الناخبين أبدا". وتوعد زعيم حزب تجمع الإرادة الشعبية '
    "بالطعن في النتائج. وحيا ولد الشيخ في المؤتمر المراقبين ثم الصحفيين، على ما سماه "
    '"رد الجميل لكل من وقف مع الحزب".'
)


@_REVERTED_6
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            _LEAD_UNION.format(post="", other=""),
            "الوقفة التاريخية مع الحزب في الانتخابات",
            "ولد سالم",
            "رئيس حزب اتحاد القوى الشعبية",
        ),
        (
            _LEAD_LEADER,
            "رد الجميل لكل من وقف مع الحزب",
            "ولد الشيخ",
            "زعيم حزب تجمع الإرادة الشعبية",
        ),
        (
            "قال رئيس حزب جبهة القوى الجمهورية المعارض اليوم إن الوضع خطير. وكشف ولد عبد "
            'الله أن الحزب "سيطلق مبادرة وطنية جديدة". وتمسك رئيس حزب جبهة القوى الجمهورية '
            "بالحوار. وحيا ولد عبد الله في اللقاء الشباب ثم النساء، على ما سماه "
            '"الاعتراف بدورهم في نجاح المبادرة".',
            "الاعتراف بدورهم في نجاح المبادرة",
            "ولد عبد الله",
            "رئيس حزب جبهة القوى الجمهورية",
        ),
    ],
    ids=["head-of-union", "leader", "head-of-front"],
)
def test_unnamed_post_speaking_is_the_one_named_with_none(text, words, speaker, role):
    q = _said(text, words)
    assert (q.speaker, q.role) == (speaker, role)


@_REVERTED_6
def test_the_post_is_the_named_speakers_role_everywhere():
    q = _said(_LEAD_LEADER, "النتائج لا تعكس إرادة الناخبين أبدا")
    assert q.role == "زعيم حزب تجمع الإرادة الشعبية"


@pytest.mark.parametrize(
    "text",
    [
        # two persons quoted with no post: whose it is stays unknown
        _LEAD_UNION.format(post="", other=' وقال العلوي إن "المقاطعة خطأ".'),
        # the one named has a post of his own
        _LEAD_UNION.format(post="، الخبير القانوني،", other=""),
    ],
    ids=["two-named", "named-with-post"],
)
def test_unnamed_post_stays_when_the_named_is_not_one_without_post(text):
    q = _said(text, "الوقفة التاريخية مع الحزب في الانتخابات")
    assert (q.speaker, q.role) != ("ولد سالم", "رئيس حزب اتحاد القوى الشعبية")


# ---------------------------------------------------------------- rule 7


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'ونشرت وكالة الأنباء المحلية وثائق سرية عن الصفقة، وقالت إن "الصفقة تمت بلا مناقصة".',
            "الصفقة تمت بلا مناقصة",
            "وكالة الأنباء المحلية",
        ),
        (
            "نشر موقع المرصد برقيات القنصلية البريطانية في طنجة، مؤكدا أن "
            '"النشر سيستمر رغم الضغوط".',
            "النشر سيستمر رغم الضغوط",
            "موقع المرصد",
        ),
        (
            "ونشرت صحيفة الأخبار برقيات السفارة الفرنسية، وقالت إن "
            '"البرقيات تكشف الكثير عن العلاقات".',
            "البرقيات تكشف الكثير عن العلاقات",
            "صحيفة الأخبار",
        ),
    ],
    ids=["agency-documents", "site-cables", "paper-cables"],
)
def test_documents_after_the_outlets_name_are_its_object(text, words, speaker):
    # the documents were read as the last words of the outlet's name
    assert (words, speaker) in _speakers(text)


def test_documents_right_after_the_outlets_head_name_it():
    text = 'وقال موقع وثائق الشرق إن "الأرشيف سيفتح للباحثين قريبا".'
    assert ("الأرشيف سيفتح للباحثين قريبا", "موقع وثائق الشرق") in _speakers(text)
