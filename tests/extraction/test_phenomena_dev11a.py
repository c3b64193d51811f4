"""Development sets of the seventh session of 2026-12-04 (dev11a): wrong
speakers on real news, each construction shown on invented sentences.

Words said with no marks after a verb of saying and its colon run to the
end of their line when it has no stop; the next line's verb with its
subject is the next sentence's, not the speaker after the words:
"وأضاف: …\\nبالمقابل، أشار X إلى أن …" is still the one who went on
(before, X: the verb after a one-word adverbial and its comma was read
as "«…»، قال X", the line's first token skipped as if it were the
closing mark).  Words in marks with "، قال X" after them are still X's,
and so are words of a paragraph opened by a mark never closed that a
verb after a comma ends.

A first name that opens with ب after a post's definite genitive is the
name, not where the post is held ("المدير الجهوي للصحة بنابل X"): a
common one ("بشير", "بلقاسم") or one the text has named a person with
before, a headline's "المرشح X" ("… للرئاسة بوزيان X Y الحكومة" was
the name "X Y" with "بوزيان" in the post).  A town after the genitive
before a name is still the post's.

A radio or a channel named with the letters FM or TV after its name,
glued to لـ after the speaker, is the one told: "وقال وزير الصحة لشمس
إف إم إن «…»" is the minister's (before, "لشمس إف" was his name, or an
anonymous source's "مصدر أمني لشمس إف"), as "لشفق نيوز" already was.
Not a preposition في after any other word ("مصدر مطلع لمراسلنا في
العاصمة", the source's description as before).

Words in marks right after a verb that is no verb of saying, its subject
a person the text introduced (by the family name), and one noun in
construct with them, are that person's: "واستعرض X سير «…»" after "رئيس
البرلمان Y X" (before, "X سير" was read as a new name, and the words went
to the last subject of a verb of saying, an office that reported him in
the sentence before).  Not a name with a given name after it ("X سالم",
someone else), nor a bare name the text has not introduced.

A present verb of saying with no conjunction and no subject, right
before the words, after an indefinite message and whom it went to,
describes the message: "وجهت مجموعة من النشطاء رسالة إلى مكتب الرئيس X
تقول «…»" is the letter's (before, X's, read as the subject before the
verb after أنّ), "ووجه الوزير X رسالة إلى نظيره تقول «…»" the minister's
who sent it (before, "رسالة إلى"), "وأصدرت النقابة بيانا يقول «…»" the
union's (before, no one).  Not the one a letter came from ("وتلقى الوزير
رسالة من …", nor with no من: "وتلقت الوزارة رسالة تقول", before the
ministry's), a relative's antecedent ("إلى نظيره الذي يقول"), nor a
verb with its own subject after it ("بيانا يقول فيه رئيسها").

A headline "title لـoutlet: …" is the title's, the outlet named by its
head noun or its last word the one told: "وزير الصحة لشفق نيوز: «…»"
and, with no marks, "محافظ المدينة لشمس إف إم: …", "… لموقع الشروق: …"
(before, no speaker); so is the same headline with no marks whose label
names whom the words were for ("وزير الخارجية لنظيره الأمريكي: …",
before "الخارجية").  Not a name glued to ل after the title ("وزير الصحة
لطفي X:", his name).

بـ glued to a bare verbal noun of three consonants after a name, then
its object, is what the verb asks for, no word of the name: "وطالب
الوزير X Y بفتح تحقيق «…»" is X Y (before, "X Y بفتح تحقيق"; with a
definite object it already was).  Names of that shape stay names ("بندر
بن سلطان", "X بطرس Y", "X بكر").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said, same_name

_FIRST = "وقال سمير حداد وزير الزراعة: نحتاج إلى خطة جديدة للري\n"


@pytest.mark.parametrize(
    "words, line",
    [
        (
            "وأضاف: مهمتنا حماية الأراضي الزراعية من الجفاف",
            "بالمقابل، نبه القادم الجديد على الحكومة إلى أن البلاد بخير",
        ),
        (
            "وتابع: علينا أن نبحث عن موارد جديدة للمياه",
            "بدوره، أكد كريم سالم أن الخطة متأخرة",
        ),
        # (a woman after a man's verb: nothing agrees, she took it still)
        (
            "وأوضح: سنطلق برنامجا لتحلية المياه في الجنوب",
            "كذلك، قالت هند العلوي إن البرنامج مكلف",
        ),
        (
            "واستطرد قائلا: لن نترك المزارعين وحدهم أمام الأزمة",
            "بالمقابل، حذر يوسف الكعبي من أن المياه الجوفية تنفد",
        ),
        (
            "وأضاف: لن نترك المزارعين وحدهم أمام الأزمة",
            "لاحقا، صرح الوافد الجديد على القطاع بأن المياه تكفي",
        ),
    ],
)
def test_unmarked_words_to_the_line_end_keep_their_speaker(words, line):
    text = f"{_FIRST}{words}\n{line}\n"
    q = said(text, words.split(": ", 1)[1][:12])
    assert same_name(q.speaker, "سمير حداد")


@pytest.mark.parametrize(
    "text",
    [
        # words in marks, then the comma and the verb with its subject
        _FIRST + '"لن نترك المزارعين وحدهم أمام الأزمة"، قال كريم سالم رئيس النقابة.\n',
        # a paragraph opened by a mark never closed, ended by the verb after a comma
        _FIRST + '\n"لن نترك المزارعين وحدهم أمام الأزمة الحالية، قال كريم سالم رئيس النقابة.\n',
    ],
)
def test_speaker_after_the_words_near_misses(text):
    assert same_name(said(text, "لن نترك").speaker, "كريم سالم")


@pytest.mark.parametrize(
    "text, name, role",
    [
        # a name met before in a headline, then in full after the post
        (
            'المرشح بوزيان يدعو إلى "حوار يعيد الثقة بين الأطراف"\n\n'
            "طالب المرشح للرئاسة بوزيان سالم عمارة الحكومة بفتح حوار "
            '"يعيد الثقة بين الأطراف السياسية".',
            "بوزيان سالم عمارة",
            "المرشح للرئاسة",
        ),
        # a common first name in ب, a name of three words
        (
            'وقال رئيس الجامعة الوطنية للبلديات بلقاسم سالم العياري إن "القرار جاء متأخرا جدا".',
            "بلقاسم سالم العياري",
            "رئيس الجامعة الوطنية للبلديات",
        ),
        # the same before the verb's object
        (
            "ودعا الأمين العام للنقابة بشير حمدي الورتاني الحكومة إلى "
            '"التراجع عن القرار في أقرب الآجال".',
            "بشير حمدي الورتاني",
            "الأمين العام للنقابة",
        ),
    ],
)
def test_a_first_name_in_ba_after_the_posts_genitive(text, name, role):
    q = said(text, text.rsplit('"', 2)[1][:10])
    assert (q.speaker, q.role) == (name, role)


@pytest.mark.parametrize(
    "text, name, role",
    [
        # near miss: a town glued to ب after the genitive is the post's
        (
            'وقال المدير الجهوي للصحة بصفاقس سامي الطرابلسي إن "القرار جاء متأخرا جدا".',
            "سامي الطرابلسي",
            "المدير الجهوي للصحة بصفاقس",
        ),
        (
            'وقال المدير الجهوي للتجهيز بنابل العقيد كمال الزواري إن "القرار جاء متأخرا جدا".',
            "كمال الزواري",
            "المدير الجهوي للتجهيز بنابل",
        ),
        # "in the name of", though a Basim was named before
        (
            'وقال باسم العلي إن "الوضع صعب".\nوقال المتحدث الرسمي باسم الحكومة كمال '
            'الزواري إن "القرار جاء متأخرا جدا".',
            "كمال الزواري",
            "المتحدث الرسمي باسم الحكومة",
        ),
    ],
)
def test_a_town_in_ba_after_the_posts_genitive_near_misses(text, name, role):
    q = said(text, "القرار")
    assert (q.speaker, q.role) == (name, role)


_CALM = '"الوضع تحت السيطرة الكاملة الآن"'


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (f"وقال وزير الصحة لموزاييك إف إم إن {_CALM}", "وزير الصحة", "وزير الصحة"),
        (f"كما قال محافظ المدينة لشمس إف إم: {_CALM}", "محافظ المدينة", "محافظ المدينة"),
        (
            f"وأكد المتحدث باسم الجيش لنسمة تي في أن {_CALM}",
            "المتحدث باسم الجيش",
            "المتحدث باسم الجيش",
        ),
        (f"وقال مصدر أمني لشمس إف إم إن {_CALM}", "مصدر أمني", "مصدر أمني"),
    ],
)
def test_a_radio_or_channel_by_its_letters_is_told(text, speaker, role):
    q = said(text, "الوضع")
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        # a name before the radio, as before
        (
            f"وأوضح محافظ المدينة كمال سالم لشمس إف إم أن {_CALM}",
            "كمال سالم",
            "محافظ المدينة",
        ),
        # في after another word is the preposition still
        (
            f"وقال مصدر مطلع لمراسلنا في العاصمة إن {_CALM}",
            "مصدر مطلع لمراسلنا في العاصمة",
            "مصدر مطلع لمراسلنا في العاصمة",
        ),
    ],
)
def test_a_radio_or_channel_by_its_letters_near_misses(text, speaker, role):
    q = said(text, "الوضع")
    assert (q.speaker, q.role) == (speaker, role)


_MET = (
    "التقى رئيس البرلمان كمال بوزيد، اليوم الأحد، عددا من النواب.\n\n"
    "وأوضح المكتب الإعلامي للبرلمان أن بوزيد تحدث خلال اللقاء عن الصعوبات.\n\n"
)
_REFORMS = '"الإصلاحات التي أطلقتها الحكومة منذ بداية السنة وما واجهته من عقبات كثيرة"'


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (_MET + f"واستعرض بوزيد حصيلة {_REFORMS} أمام الحضور.", "كمال بوزيد", "رئيس البرلمان"),
        (_MET + f"وشرح بوزيد أسباب {_REFORMS}.", "كمال بوزيد", "رئيس البرلمان"),
        (_MET + f"وتناول بوزيد بالتفصيل {_REFORMS}.", "كمال بوزيد", "رئيس البرلمان"),
        (
            "زارت وزيرة الصحة سلمى الحمدي، اليوم الأحد، مستشفى المدينة.\n\n"
            "وأوضح بيان الوزارة أن الحمدي تفقدت الأقسام.\n\n"
            f"واستعرضت الحمدي نتائج {_REFORMS} أمام الإطارات.",
            "سلمى الحمدي",
            "وزيرة الصحة",
        ),
    ],
)
def test_words_after_a_known_subject_and_a_noun_in_construct(text, speaker, role):
    q = said(text, "الإصلاحات")
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        # a bare name the text has not introduced
        _MET + f"واستعرض سالم حصيلة {_REFORMS} أمام الحضور.",
        # the known family name, then a given name: someone else
        _MET + f"واستعرض بوزيد سالم {_REFORMS} أمام الحضور.",
    ],
)
def test_words_after_a_known_subject_near_misses(text):
    assert said(text, "الإصلاحات").speaker != "كمال بوزيد"


_READY = '"إننا مستعدون للتعاون الكامل مع كل الأطراف المعنية بالملف"'


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "وذكرت الصحيفة أن مجموعة من النشطاء وجهت رسالة خطية إلى مكتب الرئيس "
            f"سامي حداد تقول {_READY}.",
            "رسالة",
        ),
        (f"ووجه الوزير كمال سالم رسالة إلى نظيره الفرنسي تقول {_READY}.", "كمال سالم"),
        (f"وأصدرت النقابة بيانا مطولا يقول {_READY}.", "النقابة"),
        (f"وبعث رئيس الحزب سامي حداد برقية إلى الملك تقول {_READY}.", "سامي حداد"),
    ],
)
def test_a_message_a_present_verb_of_saying_describes(text, speaker):
    assert said(text, "إننا").speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a letter received: not the one who received it
        (f"وتلقى الوزير كمال سالم رسالة من نقابة الأطباء تقول {_READY}.", "رسالة"),
        # nor the one who received it, with no من
        (f"وتلقت الوزارة رسالة تقول {_READY}.", "رسالة"),
        (f"وتسلم الوزير كمال سالم رسالة خطية تقول {_READY}.", "رسالة"),
        # a relative's antecedent speaks
        (f"ووجه الوزير كمال سالم رسالة إلى نظيره الذي يقول {_READY}.", "نظيره"),
        # the verb's own subject after it
        (f"وأصدرت النقابة بيانا يقول فيه رئيسها {_READY}.", "النقابة"),
    ],
)
def test_a_message_a_present_verb_describes_near_misses(text, speaker):
    assert said(text, "إننا").speaker == speaker


_AFTER_HEADLINE = "\n\nوأضاف المسؤول أن الأمور تسير على ما يرام.\n"


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ('وزير الصحة لشفق نيوز: "الوضع تحت السيطرة الكاملة الآن"', "وزير الصحة"),
        ("وزير الصحة لشفق نيوز: الوضع تحت السيطرة الكاملة الآن", "وزير الصحة"),
        ("محافظ المدينة لشمس إف إم: الوضع تحت السيطرة الكاملة الآن", "محافظ المدينة"),
        ("محافظ المدينة لموقع الشروق: الوضع تحت السيطرة الكاملة الآن", "محافظ المدينة"),
        ("وزير الخارجية لنظيره الأمريكي: الوضع تحت السيطرة الكاملة الآن", "وزير الخارجية"),
    ],
)
def test_a_headline_title_then_the_outlet_told(headline, speaker):
    assert said(headline + _AFTER_HEADLINE, "الوضع").speaker == speaker


def test_a_headline_title_then_a_name_in_lam_near_miss():
    text = "وزير الصحة لطفي العلوي: الوضع تحت السيطرة الكاملة الآن" + _AFTER_HEADLINE
    q = said(text, "الوضع")
    assert (q.speaker, q.role) == ("لطفي العلوي", "وزير الصحة")


_FILES = '"في كل الملفات العالقة منذ سنوات طويلة"'


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (f"وطالب الوزير كمال سالم بفتح تحقيق {_FILES}", "كمال سالم", "الوزير"),
        (
            f"وطالب المرشح للرئاسة كمال سالم عمارة بفتح حوار {_FILES}",
            "كمال سالم عمارة",
            "المرشح للرئاسة",
        ),
        (f"وطالب النائبة سلمى الحمدي بسحب قرار {_FILES}", "سلمى الحمدي", "النائبة"),
    ],
)
def test_a_bare_masdar_in_ba_after_the_name_ends_it(text, speaker, role):
    q = said(text, "في كل")
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (f"وقال الأمير بندر بن سلطان إن {_FILES}", "بندر بن سلطان"),
        (f"وقال الوزير كمال بطرس سالم إن {_FILES}", "كمال بطرس سالم"),
        (f"وقال الوزير كمال بكر إن {_FILES}", "كمال بكر"),
    ],
)
def test_a_bare_masdar_in_ba_near_misses(text, speaker):
    assert said(text, "في كل").speaker == speaker
