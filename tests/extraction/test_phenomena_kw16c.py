"""Constructions other engineers found and left (kw16c, second session of 2026-12-05).

1. "The latter" before its verb, glued to و or after a demonstrative
   ("التقى الوزير X السفير Y في مكتبه، والأخير قال إن «…»", "وهذا الأخير
   أكد أن «…»"): the speaker was the word "الأخير" itself; it is the person
   mentioned last (the ambassador), as "وقال الأخير" after the verb was.
   Not when nobody is mentioned before it.
2. A bare noun an indefinite adjective describes right after a name
   ("افتتح وزير النقل X Y محطة جديدة …"): it ran into the name; a name is
   definite and takes no such adjective, so the noun opens the verb's
   object; so does a feminine relative adjective with no article after a
   feminine noun ("مدرسة ابتدائية", "جولة ميدانية"). Not a bare family
   name of an adjective's shape ("جديد"), a relative adjective with the
   article ("طلحة الحجازية"), nor a post ("مديرة تنفيذية").
3. A derived verbal noun in the indefinite accusative right after a name
   ("وقدم الوزير X Y اعتذارا للمواطنين") ran into the name; it is the
   verb's object. Not a name ending in alif of no verbal noun's shape.
4-6. Pinned (already right on main): a verb of saying after a
   demonstrative phrase of manner ("«…».. بتلك العبارة المقتضبة علّقت X"),
   "كما أضافت بتغريدة أخرى «…»" (no speaker "بتغريدة أخرى"), and a
   figurative verb phrase then "بهذه العبارات:" ("أطلق X ناقوس الخطر بهذه
   العبارات: «…»").
"""

from __future__ import annotations

from tests.extraction.helpers import one

S = "«سنواصل العمل حتى آخر يوم في ولايتنا»"


def test_the_latter_glued_to_wa_before_its_verb_is_the_last_person_named() -> None:
    q = one(
        f"استقبل المحافظ نادر السلمي القنصل أوليفر برانت في ديوانه، والأخير قال إن {S}.",
        "سنواصل",
    )
    assert q.speaker == "أوليفر برانت"
    assert q.role == "القنصل"
    q = one(
        f"استقبل المحافظ نادر السلمي القنصل أوليفر برانت في ديوانه. وهذا الأخير أكد أن {S}.",
        "سنواصل",
    )
    assert q.speaker == "أوليفر برانت"
    q = one(
        f"التقت الوزيرة هالة الزين السفيرة إنغريد سولبرغ في الوزارة. والأخيرة أكدت أن {S}.",
        "سنواصل",
    )
    assert q.speaker == "إنغريد سولبرغ"
    q = one(
        f"التقت الوزيرة هالة الزين بالسفيرة إنغريد سولبرغ في الوزارة. وهذه الأخيرة أكدت أن {S}.",
        "سنواصل",
    )
    assert q.speaker == "إنغريد سولبرغ"


def test_near_miss_the_latter_before_a_verb_with_the_speaker_named() -> None:
    q = one(
        f"استقبل المحافظ نادر السلمي القنصل أوليفر برانت، وقال الأخير إن {S}.",
        "سنواصل",
    )
    assert q.speaker == "أوليفر برانت"
    q = one(f"وفي لقائه الأخير قال المحافظ نادر السلمي إن {S}.", "سنواصل")
    assert q.speaker == "نادر السلمي"


def test_bare_noun_with_an_indefinite_adjective_after_a_name_is_the_object() -> None:
    q = one(
        f"افتتح وزير الطاقة عادل المرزوقي محطة جديدة لتحلية المياه في بلدة الصفا، وقال: {S}.",
        "سنواصل",
    )
    assert q.speaker == "عادل المرزوقي"
    assert q.role == "وزير الطاقة"
    q = one(
        f"وأطلقت الوزيرة هالة الزين حملة واسعة للتشجير، وقالت: {S}.",
        "سنواصل",
    )
    assert q.speaker == "هالة الزين"


def test_near_miss_a_family_name_of_an_adjectives_shape_stays() -> None:
    q = one(f"وقال المهندس فراس جديد إن {S}.", "سنواصل")
    assert q.speaker == "فراس جديد"


def test_accusative_verbal_noun_after_a_name_is_the_object() -> None:
    q = one(f"وقدم المدير نبيل الشهري اعتذارا للركاب، وقال: {S}.", "سنواصل")
    assert q.speaker == "نبيل الشهري"
    assert q.role == "المدير"
    q = one(f"ووجه النائب وسيم القرشي انتقادا حادا للحكومة، وقال: {S}.", "سنواصل")
    assert q.speaker == "وسيم القرشي"


def test_near_miss_a_name_ending_in_alif_stays() -> None:
    q = one(f"وقال المدرب يوسف رضا إن {S}.", "سنواصل")
    assert q.speaker == "يوسف رضا"


def test_pinned_demonstrative_of_manner_before_the_verb() -> None:
    q = one(
        f"انتهت الجلسة متأخرة. {S}.. بتلك العبارة المقتضبة علّقت النائبة ميساء الخطيب على القرار.",
        "سنواصل",
    )
    assert q.speaker == "ميساء الخطيب"
    q = one(
        f"انتهت الجلسة متأخرة. {S}. بهذه الكلمات ختم الوزير عادل المرزوقي حديثه.",
        "سنواصل",
    )
    assert q.speaker == "عادل المرزوقي"


def test_pinned_another_tweet_is_no_speaker() -> None:
    text = (
        "وكتبت الناشطة ميساء الخطيب على حسابها: «المدينة تستحق الأفضل». "
        f"كما أضافت بتغريدة أخرى {S}."
    )
    q = one(text, "سنواصل")
    assert q.speaker == "ميساء الخطيب"


def test_pinned_figurative_verb_phrase_then_these_words() -> None:
    q = one(f"أطلق النائب وسيم القرشي ناقوس الخطر بهذه العبارات: {S}.", "سنواصل")
    assert q.speaker == "وسيم القرشي"


def test_bare_feminine_noun_with_a_relative_adjective_after_a_name() -> None:
    # "زار الوزير X Y مدرسة ابتدائية": a feminine relative adjective with no
    # article describes the bare noun, the verb's object
    q = one(f"وزار المحافظ نادر السلمي مدرسة ابتدائية في قرية الطيبة، وقال: {S}.", "سنواصل")
    assert q.speaker == "نادر السلمي"
    q = one(f"وأجرى الوزير عادل المرزوقي جولة ميدانية في الميناء، وقال: {S}.", "سنواصل")
    assert q.speaker == "عادل المرزوقي"


def test_near_miss_relative_adjective_with_the_article_or_a_post_stays() -> None:
    q = one(f"وقال الشيخ أسامة طلحة الحجازية إن {S}.", "سنواصل")
    assert q.speaker == "أسامة طلحة الحجازية"
    q = one(f"وقالت ميساء الخطيب مديرة تنفيذية في شركة الواحة إن {S}.", "سنواصل")
    assert q.speaker == "ميساء الخطيب"
    assert q.role == "مديرة تنفيذية في شركة الواحة"
