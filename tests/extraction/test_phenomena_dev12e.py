"""Roles on development sets r4–r7 (dev12e, eighth session of 2026-12-04).

A post in construct with a body's definite name and no name after it
("رئيس مجلس الشورى", "رئيس هيئة الأركان") told as the subject of the
lead's verb, then a name met for the first time as the subject of the
next sentence's verb of saying, with no role of its own ("قال رئيس مجلس
الشورى إن …. وأكد الزبيدي: «…»"): the name holds that post, as it
already did after "رئيس المجلس" (the construct with the indefinite word
after the head is read as an anonymous source, which the rule skipped).
Not a source's head ("عضو مجلس الشورى": one member of many), not a post
of the other gender ("رئيسة مجلس الشورى"), nor an indefinite complement
("نائب عن كتلة").

A verb that goes on (أضاف, تابع) whose subject is a definite post with no
name, right after the words of a person named with no post anywhere in
the text ("قال سلمان العتيبي لصحيفة الغد: «…». وأضاف ولي العهد أن «…»"),
is that person, the post his role in all his quotes (before, the post
spoke on its own and the name had no role). Not when the person quoted
has a post of his own ("…، رئيس الغرفة التجارية،": the minister is
another), nor a post of the other gender, nor a verb that does not go on
("وقال وزير الخارجية"), nor an unnamed source ("المسؤول"), nor after
another person named before (the post may be his).

"Retired" without the article (متقاعد, متقاعدة) right after a definite
title or rank and before a name ("قال اللواء متقاعد سمير فرحات") is the
post's adjective, as "المتقاعد" is: the name is "سمير فرحات", the role
"اللواء متقاعد" (before, the role ran on over the first name, "اللواء
متقاعد سمير", and the speaker was the family name alone), and after a rank
inside a longer post ("الخبير العسكري اللواء متقاعد X") the name does not
open with it. A later "الوزير المتقاعد" is then the fuller form of the
post. Not after an indefinite title ("لواء متقاعد": an unnamed source), nor
a description after the name ("X، وهو ضابط متقاعد،").
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«لن نتراجع عن حماية الوطن مهما كلفنا الأمر»"
HEARD = "وأكد الزبيدي خلال لقائه الجنود في عدن: " + Q + "."


def test_post_of_a_body_in_the_lead_is_the_name_next() -> None:
    q = one("قال رئيس مجلس الشورى إن البلاد لن تتراجع عن مواقفها.\n" + HEARD, "لن نتراجع")
    assert q.speaker == "الزبيدي"
    assert q.role == "رئيس مجلس الشورى"
    q = one(
        "عدن - وكالات\nقال رئيس مجلس الرئاسة القائد الأعلى للقوات المسلحة إننا لن"
        " نقبل بأي ضغوط.\n" + HEARD,
        "لن نتراجع",
    )
    assert q.speaker == "الزبيدي"
    assert q.role == "رئيس مجلس الرئاسة القائد الأعلى للقوات المسلحة"


def test_near_miss_member_other_gender_or_indefinite_post() -> None:
    for lead in (
        "قال عضو مجلس الشورى إن البلاد لن تتراجع عن مواقفها.",
        "قالت رئيسة مجلس الشورى إن البلاد لن تتراجع عن مواقفها.",
        "قال نائب عن كتلة الوفاق إن البلاد لن تتراجع عن مواقفها.",
    ):
        q = one(lead + "\n" + HEARD, "لن نتراجع")
        assert q.speaker == "الزبيدي"
        assert q.role is None


NAMED = "قال سلمان العتيبي لصحيفة الغد: «نسعى إلى شراكة حقيقية مع جيراننا».\n"
ADDED = "أن «الاقتصاد سيتنوع خلال عقد واحد»."


def test_going_on_post_is_the_person_quoted_with_none() -> None:
    text = NAMED + "وأضاف ولي العهد الذي يقود خطة الإصلاح " + ADDED
    q = one(text, "الاقتصاد سيتنوع")
    assert q.speaker == "سلمان العتيبي"
    assert q.role == "ولي العهد"
    assert one(text, "نسعى إلى شراكة").role == "ولي العهد"
    q = one(NAMED + "وتابع وزير الخارجية " + ADDED, "الاقتصاد سيتنوع")
    assert q.speaker == "سلمان العتيبي"
    assert q.role == "وزير الخارجية"


def test_near_miss_person_with_a_post_other_gender_or_other_verb() -> None:
    text = (
        NAMED.replace("العتيبي", "العتيبي، رئيس الغرفة التجارية،") + "وأضاف وزير الخارجية " + ADDED
    )
    q = one(text, "الاقتصاد سيتنوع")
    assert q.speaker == "وزير الخارجية"
    assert one(text, "نسعى إلى شراكة").role == "رئيس الغرفة التجارية"
    q = one(NAMED + "وأضافت وزيرة الخارجية " + ADDED, "الاقتصاد سيتنوع")
    assert q.speaker == "وزيرة الخارجية"
    q = one(NAMED + "وقال وزير الخارجية إن «الاقتصاد سيتنوع خلال عقد واحد».", "الاقتصاد سيتنوع")
    assert q.speaker == "وزير الخارجية"
    met = "استقبل الوزير كريم الزيادي أمس وفدا من الغرفة.\n"
    q = one(met + NAMED + "وأضاف وزير الخارجية " + ADDED, "الاقتصاد سيتنوع")
    assert q.speaker == "وزير الخارجية"
    text = NAMED + "وأضاف المسؤول " + ADDED
    assert one(text, "الاقتصاد سيتنوع").speaker == "سلمان العتيبي"
    assert one(text, "نسعى إلى شراكة").role is None


RETIRED = "«لن نتراجع عن حماية الوطن مهما كلفنا الأمر»"


def test_retired_without_article_after_a_title_is_the_posts() -> None:
    q = one(f"قال اللواء متقاعد سمير فرحات: {RETIRED}.", "لن نتراجع")
    assert (q.speaker, q.role) == ("سمير فرحات", "اللواء متقاعد")
    q = one(f"قال الخبير العسكري اللواء متقاعد سمير فرحات: {RETIRED}.", "لن نتراجع")
    assert q.speaker == "سمير فرحات"
    text = (
        "قال الوزير متقاعد كمال بن سالم بن عبدالله إن بلاده محايدة.\n"
        "وأضاف الوزير المتقاعد بأن الحياد خيار ثابت.\n"
        f"وقال: {RETIRED}."
    )
    q = one(text, "لن نتراجع")
    assert (q.speaker, q.role) == ("كمال بن سالم بن عبدالله", "الوزير المتقاعد")


def test_near_miss_retired_after_indefinite_title_or_in_a_description() -> None:
    q = one(f"وقال لواء متقاعد في حديث للقناة: {RETIRED}.", "لن نتراجع")
    assert (q.speaker, q.role) == ("لواء متقاعد", "لواء متقاعد")
    q = one(f"وقال سمير فرحات، وهو ضابط متقاعد، إن {RETIRED}.", "لن نتراجع")
    assert (q.speaker, q.role) == ("سمير فرحات", "ضابط متقاعد")
