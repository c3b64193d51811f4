"""Speakers from development sets (dev10a, 2026-12-04).

A person's name in marks right after a verb of saying, then the post with
no comma between ("وأشار «X Y» الناطق باسم المجلس إلى أن …"), as some
Syrian and Kurdish outlets print every name: the name is the verb's
subject and the post its role, as with a comma after the marks ("وصرح
«X»، المتحدث باسم …، بأن") or with no marks. Before, the marks were read
as neither name nor words said, and the quote had no speaker.

Not a body's or a label's name in marks ("وأضاف «حزب X» رئيس الوزراء إلى
…"), nor words all definite ("ووصف «الاتفاق التاريخي» الوزير بأنه …": the
object before the subject).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import one


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # verb with its particle, name in marks, post, إلى أن, then a
            # participle of saying and its colon
            'من جهته، أشار "كريم سالم" الناطق باسم المجلس المحلي إلى أن القرار '
            'مؤقت، قائلا:" نحن نتابع الوضع ساعة بساعة مع كل الجهات المعنية".',
            "نحن نتابع",
            "كريم سالم",
            "الناطق باسم المجلس المحلي",
        ),
        (
            # a feminine verb and a name whose first word folds to ال…
            "وأكدت «إلهام سعيد» المتحدثة باسم البلدية أن «المياه ستعود إلى الأحياء خلال يومين».",
            "المياه ستعود",
            "إلهام سعيد",
            "المتحدثة باسم البلدية",
        ),
        (
            # a kunya in marks, the post with its في-complement, then where
            # the words were said (no part of the post)
            "وقال «أبو محمد» قائد الفصيل في المنطقة الشمالية في تصريح لوكالة «سبق» "
            "إن «المعركة مستمرة حتى تحرير كامل المنطقة».",
            "المعركة مستمرة",
            "أبو محمد",
            "قائد الفصيل في المنطقة الشمالية",
        ),
    ],
)
def test_a_name_in_marks_then_its_post_without_a_comma(text, fragment, speaker, role):
    # "وأشار «X Y» الناطق باسم … إلى أن": the name in marks is the verb's
    # subject, the post right after it its role
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role), q


def test_a_body_or_definite_words_in_marks_before_a_post_are_no_name():
    # near misses: a body's name in marks ("حزب …") and words all definite
    # ("الاتفاق التاريخي", the object of ووصف before its subject) are not
    # read as a person's name with the post after them
    q = one(
        "ووصف «الاتفاق التاريخي» الوزير بأنه «خطوة كبيرة على طريق السلام في المنطقة».",
        "خطوة كبيرة",
    )
    assert q.speaker != "الاتفاق التاريخي", q
    q = one(
        "وأضاف «حزب الأمة» رئيس الوزراء إلى قائمة المعارضين، موضحا أن «الحزب رفض "
        "الحوار مع الحكومة أكثر من مرة».",
        "الحزب رفض",
    )
    assert q.role != "رئيس الوزراء", q
    # the comma form is read as before
    q = one(
        "وصرح «كريم سالم»، الناطق باسم المجلس المحلي، بأن «القرار مؤقت وسيرفع قريبا».",
        "القرار مؤقت",
    )
    assert (q.speaker, q.role) == ("كريم سالم", "الناطق باسم المجلس المحلي"), q


# A name set off after the post's comma ("وقال المتحدث العسكري للجبهة،
# X، إن") was read only when bare and closed by a comma, أنّ or a colon: in
# marks ("، «أبو X»، أن") or closed by where the words were said ("، X Y في
# تصريح خاص لوكالة …، أن") the post alone spoke.


@pytest.mark.parametrize(
    "text",
    [
        # the name in marks, then its comma
        "وأضاف المتحدث العسكري للجبهة، «أبو سليم»، في تصريح خاص لوكالة «سبق»، "
        "أن «الجبهة ستعمل على تأمين المدينة قبل عودة المدنيين إليها».",
        # the name in marks, then the occasion with no comma
        "وأضاف المتحدث العسكري للجبهة، «أبو سليم» في تصريح خاص لوكالة «سبق»، "
        "أن «الجبهة ستعمل على تأمين المدينة قبل عودة المدنيين إليها».",
        # a bare name, then the occasion with no comma
        "وأضاف المتحدث العسكري للجبهة، أبو سليم في تصريح خاص لوكالة «سبق»، "
        "أن «الجبهة ستعمل على تأمين المدينة قبل عودة المدنيين إليها».",
    ],
)
def test_a_name_after_the_posts_comma_in_marks_or_before_the_occasion(text):
    # "المتحدث، «X»، أن", "المتحدث، X في تصريح …، أن": the apposition is the name
    q = one(text, "الجبهة ستعمل")
    assert (q.speaker, q.role) == ("أبو سليم", "المتحدث العسكري للجبهة"), q


def test_words_in_marks_or_a_time_after_the_posts_comma_are_no_name():
    # near misses: words all definite in marks before the occasion, and the
    # time of day, stay out of the speaker; the post speaks
    q = one(
        "وقال وزير الخارجية، «العلاقات الثنائية» في كلمة أمام البرلمان، إن «الحكومة "
        "لن تتراجع عن قرارها».",
        "الحكومة لن",
    )
    assert q.speaker == "وزير الخارجية", q
    q = one(
        "وقال وزير الخارجية، مساء أمس في كلمة أمام البرلمان، إن «الحكومة لن تتراجع عن قرارها».",
        "الحكومة لن",
    )
    assert q.speaker == "وزير الخارجية", q


# A post quoted with no name is the person named a few sentences later with
# that post (engine.posts_named_later); the post said again with the body's
# common noun glued to لـ ("المتحدث العسكري للجبهة", after "… لحركة
# X") was not found the same, so the first quote kept the nameless post.


def test_a_post_named_later_with_the_bodys_common_noun():
    # "قال رئيس المكتب لحزب X إن «…». وأضاف رئيس المكتب للحزب، Y، أن «…»":
    # both quotes are Y's, with the post that names the body
    text = (
        "قال رئيس المكتب السياسي لحزب الأمل إن «الحزب سيشارك في الانتخابات المقبلة بقوة». "
        "وأضاف رئيس المكتب السياسي للحزب، سامي حداد، أن «القرار اتخذ بالإجماع بعد نقاش طويل»."
    )
    for fragment in ("الحزب سيشارك", "القرار اتخذ"):
        q = one(text, fragment)
        assert (q.speaker, q.role) == ("سامي حداد", "رئيس المكتب السياسي لحزب الأمل"), q


def test_a_post_of_another_body_named_later_is_another_person():
    # near miss: "للحركة" is not the party named before; the first quote
    # keeps its nameless post
    q = one(
        "قال رئيس المكتب السياسي لحزب الأمل إن «الحزب سيشارك في الانتخابات المقبلة بقوة». "
        "وأضاف رئيس المكتب السياسي للحركة، سامي حداد، أن «القرار اتخذ بالإجماع بعد نقاش طويل».",
        "الحزب سيشارك",
    )
    assert q.speaker == "رئيس المكتب السياسي لحزب الأمل", q


# A masculine verb of saying or urging, then a definite noun with a feminine
# adjective ("ودعا الوسائل الإعلامية إلى «…»", "وناشد الدول العربية «…»"):
# a plural of things (or a feminine noun) with its adjective agrees with a
# feminine verb as its subject, so after a masculine one it is the object and
# the subject is elided (the speaker before goes on). Before, the noun was
# read as the speaker.


@pytest.mark.parametrize(
    "second, fragment",
    [
        ("ودعا الوسائل الإعلامية إلى «توخي الدقة في نقل الأخبار المتعلقة بالموضوع».", "الدقة"),
        ("وناشد الدول العربية «تقديم المساعدات الإنسانية بسرعة للاجئين».", "المساعدات"),
        ("وطالب الجهات المعنية بـ«تقديم المساعدات الإنسانية بسرعة للاجئين».", "المساعدات"),
    ],
)
def test_a_thing_with_a_feminine_adjective_after_a_masculine_verb_is_its_object(second, fragment):
    # "ودعا الوسائل الإعلامية إلى": the object; the minister goes on
    q = one("وأكد الوزير سمير خوري أن «الأزمة ستنتهي قريبا جدا». " + second, fragment)
    assert q.speaker == "سمير خوري", q


def test_a_feminine_verb_or_a_masculine_adjective_keeps_its_subject():
    # near misses: "وقالت المصادر الأمنية" (the verb agrees: the subject) and
    # "ودعا الاتحاد الأوروبي" (a masculine adjective: the subject)
    first = "وأكد الوزير سمير خوري أن «الأزمة ستنتهي قريبا جدا». "
    q = one(first + "وقالت المصادر الأمنية إن «الوضع تحت السيطرة في كل المناطق».", "الوضع")
    assert q.speaker == "المصادر الأمنية", q
    q = one(first + "ودعا الاتحاد الأوروبي إلى «تقديم المساعدات بسرعة للاجئين».", "تقديم")
    assert q.speaker == "الاتحاد الأوروبي", q


# An indefinite noun in the accusative (tanween alif) and "other", which takes
# no tanween (آخر, أخرى are diptotes), after a verb of saying ("وذكر سببا آخر
# حين قال «…»", "وأورد مثالا آخر"): the verb's object, never its subject; the
# pair was read as the speaker, as "هجوما عنيفا" no longer was.


@pytest.mark.parametrize(
    "second",
    [
        "وأورد مثالا آخر حين قال «إن الفساد أكبر من كل شيء».",
        "وذكر سببا آخر حين قال «إن الفساد أكبر من كل شيء».",
        "وأضاف سببا آخر للأزمة، قائلا «إن الفساد أكبر من كل شيء».",
    ],
)
def test_an_accusative_noun_and_other_is_the_verbs_object(second):
    # "وذكر سببا آخر": the object; the minister goes on
    text = "وانتقد الوزير سمير خوري سياسة الحكومة وقال «إن الحكومة لا تعمل شيئا للناس». "
    q = one(text + second, "الفساد أكبر")
    assert q.speaker == "سمير خوري", q


def test_another_official_in_the_nominative_still_speaks():
    # near miss: "مسؤول آخر" (no tanween alif on the noun) is the subject
    q = one(
        "قال الوزير سمير خوري إن «الحكومة تعمل للناس». وقال مسؤول آخر إن «الوضع يتحسن ببطء شديد».",
        "الوضع يتحسن",
    )
    assert q.speaker == "مسؤول آخر", q


# The name in marks then its post with no comma, as above, after a verb that
# is no verb of saying, whose subject a participle of saying takes up
# ("وبررت «X Y» نائبة رئيس المجلس …، القرار …، قائلة «…»"): the participle's
# speaker had none.


def test_a_name_in_marks_then_its_post_after_a_verb_that_is_no_cue():
    # "وبررت «X Y» نائبة …، …، قائلة «…»": the name is the verb's subject
    q = one(
        "وبررت «سعاد حمدان» نائبة رئيس المجلس المحلي في المدينة، إغلاق هذه الطرق، "
        "بالظروف الصعبة، قائلة «نحن نواجه أزمة كبيرة ونعمل على حلها بسرعة».",
        "نحن نواجه",
    )
    assert (q.speaker, q.role) == ("سعاد حمدان", "نائبة رئيس المجلس المحلي في المدينة"), q


def test_a_thing_in_marks_before_a_title_after_a_verb_that_is_no_cue():
    # near miss: words all definite in marks after the verb are its object,
    # the title after them its subject, not a name and its post
    q = one(
        "ووصف «الاتفاق التاريخي» الوزير بالخطوة الكبيرة، مضيفا أن «السلام قادم إلى المنطقة قريبا».",
        "السلام قادم",
    )
    assert q.speaker != "الاتفاق التاريخي", q
