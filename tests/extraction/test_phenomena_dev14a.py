"""Speakers and roles from the development sets of the second session of
2026-12-05 (dev14a); invented sentences only.

1. Two posts set off by commas before the name of the one who holds both
   ("قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء X Y إن"): the first
   post has no name after it, the second is its apposition, and the name
   follows the second post's comma. Before, a first post whose head names
   an unnamed source too (نائب، مساعد) spoke as an anonymous official; now
   the name after the second post speaks, his role both posts. Not when no
   name follows the second post ("…، قائد الحرس الوطني سابقا، إن"); a
   first post of another head ("وزير الدولة، وزير …، X،") was already
   taken up by the name, with the second post for its role, and still is
   (test_phenomena_dev13a).
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

S = "«الحدود آمنة ولن نسمح بأي تجاوز»"


def test_two_posts_in_commas_then_the_name() -> None:
    q = one(
        f"قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء مراد الزغلامي إن {S}.",
        "الحدود آمنة",
    )
    assert same_name(q.speaker, "مراد الزغلامي")
    assert "نائب وزير الداخلية" in q.role and "قائد الحرس الوطني" in q.role
    q = one(
        f"وقال مساعد رئيس الحزب، رئيس الكتلة البرلمانية، سامي العكرمي، إن {S}.",
        "الحدود آمنة",
    )
    assert same_name(q.speaker, "سامي العكرمي")
    assert "مساعد رئيس الحزب" in q.role and "رئيس الكتلة البرلمانية" in q.role


def test_two_posts_in_commas_then_the_name_taken_up_by_the_rank() -> None:
    text = (
        f"قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء مراد الزغلامي إن {S}. "
        "وأضاف اللواء في كلمة له خلال زيارته إلى الثكنة أن «رجالنا على أتم الاستعداد»."
    )
    q = one(text, "رجالنا على")
    assert same_name(q.speaker, "مراد الزغلامي")
    assert "نائب وزير الداخلية" in q.role and "قائد الحرس الوطني" in q.role


def test_near_miss_second_post_with_no_name_after_it() -> None:
    q = one(f"قال نائب وزير الداخلية، قائد الحرس الوطني سابقا، إن {S}.", "الحدود آمنة")
    assert q.speaker == "نائب وزير الداخلية"


# 2. A definite title with no name, then من: "وحذر الوزير من تفاقم الأزمة،
#    مشيرا إلى أن «…»" read من and the words after it into the phrase, and
#    "تنامي العنف والفوضى" came out as the holder's name ("الوزير من تنامي"
#    his role). After a definite title (with the article, or in construct
#    with a definite genitive) and no name, من before no body, place or post
#    is the verb's complement and ends the phrase. Not after an indefinite
#    source ("مسؤول من وزارة الصحة"), nor before a body ("النائب من كتلة
#    الأمل"), nor before a town followed by a name ("الناشط النقابي من
#    قصيبة X Y"), nor after a participle of coming ("القادم من").

W = "«المرحلة المقبلة ستكون صعبة على الجميع»"


def test_from_after_a_bare_title_is_the_verbs_complement() -> None:
    q = one(f"وحذر المحافظ من تنامي الجريمة والتهريب، مشيرا إلى أن {W}.", "المرحلة المقبلة")
    assert q.speaker == "المحافظ"
    q = one(
        f"قال والي الجهة كمال البرقاوي إن «الموسم جيد». وحذر الوالي من تنامي "
        f"الجريمة والتهريب مشيرا إلى أن {W}.",
        "المرحلة المقبلة",
    )
    assert same_name(q.speaker, "كمال البرقاوي")
    q = one(f"واشتكت وزيرة الفلاحة من تأخر صرف المنح قائلة إن {W}.", "المرحلة المقبلة")
    assert q.speaker == "وزيرة الفلاحة"


def test_near_miss_from_a_body_stays_in_the_post() -> None:
    q = one(f"وقال النائب من كتلة الإصلاح إن {W}.", "المرحلة المقبلة")
    assert q.speaker == "النائب من كتلة الإصلاح"  # (the phrase read on, as before)
    q = one(f"وقال مسؤول من وزارة الفلاحة إن {W}.", "المرحلة المقبلة")
    assert q.speaker == "مسؤول من وزارة الفلاحة"
    q = one(f"وقال الناشط النقابي من قصيبة خالد الدريدي إن {W}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "خالد الدريدي")
    q = one(f"ويرى المزارع القادم من جندوبة خالد الدريدي أن {W}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "خالد الدريدي")


# 3. A sermon, a Friday sermon, a lecture or a speaker's intervention (عظة،
#    خطبة، محاضرة، مداخلة) after في ends the speaker phrase as a speech or a
#    press conference does (lexicon.EVENT_NOUNS): before, "وقال المطران في
#    عظة ألقاها في الكاتدرائية:" read the occasion into the role and the
#    verb after it ("ألقاها") as the name.


def test_sermon_after_the_title_ends_the_phrase() -> None:
    q = one(f"وقال الأسقف في عظة ألقاها في كنيسة القرية: {W}.", "المرحلة المقبلة")
    assert q.speaker == "الأسقف"
    q = one(f"وقال الإمام في خطبة الجمعة: {W}.", "المرحلة المقبلة")
    assert q.speaker == "الإمام"


# 4. "Considered it" with its object pronoun after a relative ("اللقاحات التي
#    اعتبرها السلاح الأنجع"): the definite noun after it is the verb's second
#    object, not its subject, which is elided (the main clause's); before,
#    the thing was read as a person, and the next subjectless "وقال" gave it
#    the words. Now such a noun (definite, no title, honorific, name met
#    before, people in the plural, body or country) names nobody. Not a title
#    after the pronoun ("القرار الذي اعتبره الوزير خطوة"), the subject.


def test_second_object_of_considered_after_a_relative_is_no_speaker() -> None:
    q = one(
        "ونوه وزير الصحة فريد الغرياني بحملة اللقاحات التي "
        f"اعتبرها السلاح الأنجع ضد الوباء، وقال {W}.",
        "المرحلة المقبلة",
    )
    assert same_name(q.speaker, "فريد الغرياني")


def test_near_miss_title_after_considered_it_is_its_subject() -> None:
    text = "وتحدث النائب عن الإجراءات التي اعتبرها الوالي «خطوة أولى نحو إصلاح شامل»."
    q = one(text, "خطوة أولى")
    assert q.speaker == "الوالي"


# 5. A verb that is no verb of saying, a name met before as its subject, its
#    object, then a colon and the words ("ودق الغرياني ناقوس الخطر بهذه
#    الكلمات: «…»"), also after a fronted adverbial and its comma ("وفي
#    تعليقه على الحملة، أطلق الغرياني صيحة فزع بهذه العبارات: «…»"): the
#    words before the colon were read as a label, the verb with the name
#    ("ودق الغرياني") or nobody. Now the subject of that verb speaks, as after
#    a verb and a title. Not a label of a name and its addressee ("وليد
#    الغرياني للصحفيين: «…»").

P5 = "قال وزير الصحة فريد الغرياني إن «الوضع تحت السيطرة». "


def test_verb_name_object_then_colon() -> None:
    q = one(P5 + f"ودق الغرياني ناقوس الخطر بهذه الكلمات: {W}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "فريد الغرياني")
    q = one(
        P5 + f"وفي تعليقه على الحملة، أطلق الغرياني صيحة فزع بهذه العبارات: {W}.",
        "المرحلة المقبلة",
    )
    assert same_name(q.speaker, "فريد الغرياني")


def test_near_miss_name_and_addressee_label() -> None:
    q = one(P5 + f"\nوليد الغرياني للصحفيين: {W}.", "المرحلة المقبلة")
    assert q.speaker == "وليد الغرياني"


# 6. A post in construct with its holder's name, set off in commas after a
#    name ("خاطب النائب X Y، رئيس الحكومة Z W، قائلا: «…»"), is another
#    person, the one addressed: before, the speaker took "رئيس الحكومة Z W"
#    for his role. Now that apposition is no role of his (the title before
#    his name stays). Not a post whose genitive is the titled name of
#    another ("X، مستشار الرئيس Z W،": the post is the name's), nor a post
#    with no name ("X، رئيس لجنة المالية،").


def test_post_and_name_of_another_in_commas_is_no_role() -> None:
    q = one(
        "خاطب النائب سمير الورتاني، رئيس الحكومة كمال البرقاوي، قائلا: "
        "«نحن نصفق لك أكثر من الأغلبية».",
        "نحن نصفق",
    )
    assert same_name(q.speaker, "سمير الورتاني")
    assert q.role == "النائب"


def test_near_miss_post_whose_genitive_names_another() -> None:
    q = one(f"وقال سمير الورتاني، مستشار الرئيس كمال البرقاوي، إن {W}.", "المرحلة المقبلة")
    assert q.role == "مستشار الرئيس كمال البرقاوي"
    q = one(f"وقال النائب سمير الورتاني، رئيس لجنة المالية، إن {W}.", "المرحلة المقبلة")
    assert q.role == "رئيس لجنة المالية"
