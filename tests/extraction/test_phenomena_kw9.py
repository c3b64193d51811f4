"""Who said it (kw9, 2026-12-04).

The verb's object read as the speaker's name after a bare title or right
after the verb:

- a definite common object after a bare definite title, when the title is
  the subject of the clause's first verb, no verb of saying, that a
  participle later takes for its speaker: "وشجب الرئيس التفجيرات، مؤكدا"
  (before, "الرئيس التفجيرات" spoke, with that for his role), as after a
  verb of saying ("واعتبر الوزير الاتفاق"); "الاستقالة" and the strikes,
  attacks and bombings are such objects;
- such an object alone right after a verb of saying is no subject: "وأعلنت
  الإضراب، مؤكدة" goes on with the body quoted before (before, "الإضراب"
  spoke), and "وأعلنت النقابة الإضراب" is the union's (before, "النقابة
  الإضراب");
- a verbal noun read as the name after a title, its definite genitive cut
  off as the object's: "وانتقد النائب أداء الوزارة، قائلا" (before,
  "أداء" spoke), "وانتقدت النائبة … تأخر صرف الرواتب", and the verbal
  nouns of the form تفاعل ("تجاهل", "تراجع") in construct, as those of
  تفعيل already were.

Not a name after the title ("وشجب الرئيس X Y التفجيرات"), a family name
right after a bare title ("الرئيس الدبيبة"), or a given name of the shape
تفاعل ("تماضر").

The text of a document, "نص" before a document's noun, is the document
(before, a person "نص الوثيقة"): "وجاء في نص التقرير: «…»" is the
report's, and "ويقول نص المذكرة: «…». وأضافت: «…»" the memo's both
times.  Only before a document's noun: "نص القرار" is left as it was
(a decision is no document in the lexicon).

People counted are a group that speaks: "وقال النواب الـ18 في بيان"
(the plural with the article before a number in figures), "وقال عشرة
أشخاص", "وقال 18 شخصا" (before, persons, and "18 شخصا" no one), as "18
نائبا" and "خمسة نواب" already were.  Not a singular title so counted
("الرئيس الـ45 للولايات المتحدة" is one person).

A headline "title + present verb (+ object): «…»": the title before the
verb speaks.  A present verb that is no cue, of the forms يفاعل ("يهاجم"),
hollow يفول ("يزور") or defective يفتعي ("يلتقي"), is no name after the
title ("الوزير السابق يهاجم الحكومة: «…»": before, "يهاجم" spoke), as
يفعل, يفتعل and يستفعل were not (phrases._imperfect_verb); and a present
verb of saying after a title opening its sentence has that title for its
subject, the phrase after it for its object ("النائبة تطالب الحكومة
بالاستقالة: «…»": before, the government spoke).  Not a given name of the
shape ("الوزير يزيد X", "الوزيرة يمامة X"), nor a headline of several
people joined by و.

A body named after a person is no person: "مدير مركز سامي للدراسات"
(a given name, then what the body serves glued to لل, with no holder
named after) is all the director's post, no one named Sami (before,
"سامي", the director of "مركز"), as "مركز سامي خالد للدراسات" already
was; and "مؤسسة" right before two words with no article is a foundation
named after a person, "وقالت مؤسسة سمير قصير" (before, "قصير", founder
of "سمير"). Not a founder of something before her name ("مؤسسة الجمعية
سلمى X"), nor a holder named after the body's name ("مدير مركز سامي
خالد للدراسات X Y").

"قال لي" (to me) before a noun of people that no name is, a worker, a
guard, a man (words._TOLD_ME_NOUNS: _SINGULAR_SOURCES and
_APPOSITION_NOUNS), as before a title: the noun is the subject, "وقالت لي
عاملة في المصنع: «…»" (before, the words went to the speaker before).  Not
"وقال لي لاحقا:" (no noun: the speaker before goes on).  "وقال لي طالب"
is still the speaker before's: طالب is read as the verb "demanded".

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction.types import ANONYMOUS, DOCUMENT, GROUP, ORGANIZATION, PERSON
from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وشجب الرئيس التفجيرات، مؤكدا أن «العنف لن يثنينا عن الحوار».",
            "العنف لن",
            "الرئيس",
            "الرئيس",
        ),
        (
            "وقدمت الوزيرة الاستقالة، قائلة: «أتحمل مسؤولية ما جرى».",
            "أتحمل مسؤولية",
            "الوزيرة",
            "الوزيرة",
        ),
        (
            "وانتقد النائب أداء الوزارة، قائلا: «الخدمات تتراجع كل عام».",
            "الخدمات تتراجع",
            "النائب",
            "النائب",
        ),
        (
            "وانتقدت النائبة عن كتلة الإصلاح تأخر صرف الرواتب، مؤكدة أن "
            "«الموظفين ينتظرون منذ شهرين».",
            "الموظفين ينتظرون",
            "النائبة عن كتلة الإصلاح",
            "النائبة عن كتلة الإصلاح",
        ),
        (
            "وانتقد المستشار تجاهل البلدية للشكاوى، قائلا: «الأحياء الشعبية منسية».",
            "الأحياء الشعبية",
            "المستشار",
            "المستشار",
        ),
    ],
)
def test_the_object_after_a_bare_title_is_no_name(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قالت نقابة المعلمين إن «الرواتب لا تكفي». وأعلنت الإضراب، مؤكدة أن "
            "«المفاوضات وصلت إلى طريق مسدود».",
            "المفاوضات وصلت",
            "نقابة المعلمين",
        ),
        (
            "وأعلنت النقابة الإضراب، مؤكدة أن «المفاوضات وصلت إلى طريق مسدود».",
            "المفاوضات وصلت",
            "النقابة",
        ),
    ],
)
def test_the_object_right_after_the_verb_is_no_subject(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            # the object after the name, as before
            "وشجب الرئيس كريم العطار التفجيرات، مؤكدا أن «العنف لن يثنينا عن الحوار».",
            "العنف لن",
            "كريم العطار",
            "الرئيس",
        ),
        (
            # a family name right after a bare title
            "وقال الرئيس الدبيبة إن «الانتخابات ستجرى في موعدها».",
            "الانتخابات ستجرى",
            "الرئيس الدبيبة",
            "الرئيس الدبيبة",
        ),
        (
            # a given name of the shape تفاعل
            "وقالت الممثلة تماضر الخياط إن «المسرح يحتاج إلى دعم».",
            "المسرح يحتاج",
            "تماضر الخياط",
            "الممثلة",
        ),
    ],
)
def test_the_object_near_misses(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("وجاء في نص التقرير: «المياه ملوثة في ثلاث قرى».", "المياه ملوثة", "التقرير"),
        (
            "وقال وزير الري سامر القباني إن «السد آمن». ويقول نص المذكرة المسربة: "
            "«الشقوق تتسع منذ أشهر». وأضافت: «لا بد من إخلاء القرى».",
            "الشقوق تتسع",
            "المذكرة المسربة",
        ),
    ],
)
def test_the_text_of_a_document_is_the_document(text, start, speaker):
    q = said(text, start)
    assert (q.speaker, q.speaker_kind) == (speaker, DOCUMENT)


def test_the_text_of_a_decision_is_left_alone():
    # near miss: no document's noun after نص, read as before
    q = said("وجاء في نص القرار: «يمنع التجمهر في الساحات».", "يمنع التجمهر")
    assert q.speaker == "نص القرار"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقال النواب الـ18 في بيان مشترك إن «الحكومة أخلت بوعودها».",
            "الحكومة أخلت",
            "النواب الـ18",
        ),
        ("وقال الأعضاء الـ12 إن «اللجنة لم تجتمع منذ أشهر».", "اللجنة لم", "الأعضاء الـ12"),
        ("وقال عشرة أشخاص لفرق الإنقاذ إن «المبنى اهتز مرتين».", "المبنى اهتز", "عشرة أشخاص"),
        ("وأفاد 18 شخصا بأن «المبنى اهتز مرتين».", "المبنى اهتز", "18 شخصا"),
    ],
)
def test_people_counted_are_a_group(text, start, speaker):
    q = said(text, start)
    assert (q.speaker, q.speaker_kind) == (speaker, GROUP)


def test_a_singular_title_counted_is_one_person():
    # near miss: "the 45th president", one person
    q = said("وقال الرئيس الـ45 للولايات المتحدة إن «الاقتصاد قوي».", "الاقتصاد قوي")
    assert q.speaker_kind == PERSON


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("الوزير السابق يهاجم الحكومة: «فشلتم في كل الملفات»", "فشلتم", "الوزير السابق"),
        ("القنصل الفرنسي يلتقي المحافظ: «التعاون الثقافي سيتوسع»", "التعاون", "القنصل الفرنسي"),
        ("النائبة تطالب الحكومة بالاستقالة: «لم تعد لديكم شرعية»", "لم تعد", "النائبة"),
        ("وزير الزراعة يناشد المزارعين: «لا تحرقوا بقايا المحاصيل»", "لا تحرقوا", "وزير الزراعة"),
        (
            "وزير الخارجية والتعاون الدولي يطالب الاتحاد الأوروبي: «افتحوا الحدود أمام الطلبة»",
            "افتحوا",
            "وزير الخارجية والتعاون الدولي",
        ),
    ],
)
def test_a_headline_title_before_its_present_verb_speaks(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("وقال الوزير يزيد الخطيب إن «الميزانية متوازنة».", "الميزانية", "يزيد الخطيب"),
        ("وقالت الوزيرة يمامة الحداد إن «الميزانية متوازنة».", "الميزانية", "يمامة الحداد"),
        # several people, each with a verb: not the first title
        ("محام يطمئن الملاك ومهندسة تحذر: «البناء العشوائي خطر»", "البناء", None),
    ],
)
def test_a_headline_title_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker, kind",
    [
        (
            "وقال مدير مركز نبيل للأبحاث الزراعية إن «الجفاف سيطول».",
            "الجفاف سيطول",
            "مدير مركز نبيل للأبحاث الزراعية",
            ANONYMOUS,
        ),
        (
            "وقال مدير مركز الأمير نايف للدراسات إن «التطرف يتراجع».",
            "التطرف يتراجع",
            "مدير مركز الأمير نايف للدراسات",
            ANONYMOUS,
        ),
        (
            "وقالت مؤسسة ناجي الورداني إن «المنح ستوزع قريبا».",
            "المنح ستوزع",
            "مؤسسة ناجي الورداني",
            ORGANIZATION,
        ),
    ],
)
def test_a_body_named_after_a_person_is_no_person(text, start, speaker, kind):
    q = said(text, start)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            # a founder of something, her name after
            "وقالت مؤسسة الجمعية سلمى الحداد إن «المنح ستوزع قريبا».",
            "المنح ستوزع",
            "سلمى الحداد",
            "مؤسسة الجمعية",
        ),
        (
            # the holder named after the body's name
            "وقال مدير مركز نبيل عادل للأبحاث وليد الفاسي إن «الجفاف سيطول».",
            "الجفاف سيطول",
            "وليد الفاسي",
            "مدير مركز نبيل عادل للأبحاث",
        ),
    ],
)
def test_a_body_named_after_a_person_near_misses(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال المدير سمير النجار إن «المصنع يعمل». وقالت لي عاملة في المصنع: "
            "«الأجور لم تصرف منذ شهرين».",
            "الأجور لم",
            "عاملة",
        ),
        (
            "قال المدير سمير النجار إن «المصنع يعمل». وقال لي حارس المبنى: "
            "«لم يأت أحد منذ الصباح».",
            "لم يأت",
            "حارس المبنى",
        ),
        (
            # near miss: no noun after "to me", the speaker before goes on
            "قال المدير سمير النجار إن «المصنع يعمل». وقال لي لاحقا: «لن نغلق الأبواب».",
            "لن نغلق",
            "سمير النجار",
        ),
    ],
)
def test_told_me_before_a_noun_of_people(text, start, speaker):
    assert said(text, start).speaker == speaker
