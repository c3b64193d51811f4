"""Known weaknesses, worked from the bottom of the list (kw19b, fifth
session of 2026-12-05).

Speaker kinds. A national team (المنتخب, منتخب X) heading a speaker phrase
is a body, as a club is ("وقال المنتخب الوطني في بيان إن" came out as a
person, "وأصدر المنتخب بيانا، وقال فيه" found no speaker); a post in
construct with it stays the holder's ("مدرب المنتخب X Y"), and "المنتخب"
after a title is the adjective "elected" ("الرئيس المنتخب X").

The judges (القضاة) are a group of the holders, as the other broken plurals
of titles are (words._SINGULAR_OF), unless a person met before bears it as
his family name ("القضاة" is one): then it is he, as before.

The leaders (القادة) and the masters (السادة), alone or with their
adjectives, found no speaker at all: after the article "القاد" has the
shape of a verbal noun إفعال and the ة was read as "his", a stance the
verb takes as its object ("وجدد الوزير إصراره"). A broken plural of
persons is no such noun.
"""

from __future__ import annotations

from tests.extraction.helpers import one

S = "«الملعب سيبقى مغلقا حتى نهاية الموسم»"
T = "«التذاكر نفدت منذ يومين»"


def test_a_national_team_heading_the_phrase_is_a_body() -> None:
    q = one(f"وقال المنتخب الوطني في بيان إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("المنتخب الوطني", "organization")
    q = one(f"وأكد منتخب الأردن في بيان رسمي أن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("منتخب الأردن", "organization")
    q = one(f"وأصدر المنتخب الأولمبي بيانا، وقال فيه إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("المنتخب الأولمبي", "organization")


def test_near_miss_a_post_of_the_team_or_the_adjective_elected() -> None:
    q = one(f"وقال مدرب المنتخب الوطني كريم الزعبي إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.role, q.speaker_kind) == (
        "كريم الزعبي",
        "مدرب المنتخب الوطني",
        "person",
    )
    q = one(f"وقال حارس المنتخب إن {S}.", "الملعب سيبقى")
    assert (q.speaker_kind, q.role) == ("person", "حارس المنتخب")
    q = one(f"وقال الرئيس المنتخب كريم الزعبي إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.role) == ("كريم الزعبي", "الرئيس المنتخب")


def test_the_judges_are_a_group() -> None:
    q = one(f"وقال القضاة في بيانهم إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("القضاة", "group")
    q = one(f"وأعلن القضاة تعليق عملهم، وقالوا إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("القضاة", "group")
    q = one(f"وقال القضاة المضربون إن {S}. وأضافوا أن {T}.", "التذاكر نفدت")
    assert (q.speaker, q.speaker_kind) == ("القضاة المضربون", "group")


def test_near_miss_the_judges_as_a_family_name_met() -> None:
    text = f"وقال المحامي نبيل القضاة إن {S}. وأضاف القضاة أن {T}."
    q = one(text, "التذاكر نفدت")
    assert (q.speaker, q.role) == ("نبيل القضاة", "المحامي")
    text = f"وقال الدكتور وائل القضاة، أستاذ القانون، إن {S}. وقال القضاة إن {T}."
    q = one(text, "التذاكر نفدت")
    assert (q.speaker, q.role) == ("وائل القضاة", "أستاذ القانون")


def test_the_leaders_speak() -> None:
    q = one(f"وقال القادة العسكريون إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("القادة العسكريون", "group")
    q = one(f"وأكد القادة أن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("القادة", "group")
    q = one(f"قال القادة الميدانيون: {S}. وأضافوا: {T}.", "التذاكر نفدت")
    assert (q.speaker, q.speaker_kind) == ("القادة الميدانيون", "group")


def test_near_miss_a_stance_with_his_pronoun_after_a_bare_title() -> None:
    # a verbal noun with "his" after the title is the verb's object; the
    # title speaks (not "إلحاحه" as a name)
    q = one(f"وجدد الوزير إلحاحه على الإسراع، وقال إن {S}.", "الملعب سيبقى")
    assert q.speaker == "الوزير"
    q = one(f"وأبدى المدرب ارتياحه للنتيجة، وقال إن {S}.", "الملعب سيبقى")
    assert q.speaker == "المدرب"


# Person names (bottom of the list): a definite noun of a place a leader
# visits, inspects or opens (words._DEFINITE_OBJECTS: المصنع, المطار,
# الميناء, المعبر, المخيم, المدرسة …) right after a name whose family name
# has no article ran into the name ("وزار الوزير X Y المصنع، وقال" gave the
# speaker "X Y المصنع"); no family name is such a noun. Right after a bare
# title opening its that-clause, a verb before such a place is the title's
# ("أن الوزير زار المصنع، وقال": a hollow verb, left by kw18b and gen16).

W = "«العمل سيستأنف في الأسبوع المقبل»"


def test_a_place_visited_after_a_name_ends_it() -> None:
    q = one(f"وزار الوزير تامر قعوار المصنع، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("تامر قعوار", "الوزير")
    q = one(f"وتفقد المحافظ نادر زريقات المطار، وأكد أن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("نادر زريقات", "المحافظ")
    q = one(f"وزار النائب فادي عويس المخيم، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("فادي عويس", "النائب")
    q = one(f"وتفقد تامر قعوار المدرسة، وقال إن {W}.", "العمل سيستأنف")
    assert q.speaker == "تامر قعوار"


def test_a_place_visited_after_a_bare_title_opening_its_that_clause() -> None:
    q = one(f"وذكرت الوكالة أن الوزير زار المصنع، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("الوزير", "الوزير")
    q = one(f"وغادر المحافظ المنزل، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("المحافظ", "المحافظ")


def test_near_miss_the_place_in_a_post_or_a_name() -> None:
    q = one(f"وقال مدير المطار تامر قعوار إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("تامر قعوار", "مدير المطار")
    q = one(f"وقال مدير المدرسة إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("مدير المدرسة", "مدير المدرسة")
    q = one(f"وقال محافظ المدينة نادر زريقات إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("نادر زريقات", "محافظ المدينة")
    q = one(f"وقال عبد الحي قعوار إن {W}.", "العمل سيستأنف")
    assert q.speaker == "عبد الحي قعوار"


# Person names, continued: after a name, a plural of things (in ات, or of
# the shapes مفاعيل, فعالل) before an indefinite feminine adjective opens
# the verb's object, as a feminine noun before one does (kw16c, 575fc5ee):
# a plural of things takes its adjective in the feminine singular, and a
# name takes none ("ودشن الوزير X Y مشاريع تنموية" read the object into the
# name). So does an abstract noun in ية on a derived verbal noun
# ("اتفاقية"), which _implausible_head already reads as no speaker's head.


def test_a_plural_of_things_with_its_adjective_after_a_name() -> None:
    q = one(f"ودشن الوزير تامر قعوار مشاريع تنموية، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("تامر قعوار", "الوزير")
    q = one(f"وأطلقت الوزيرة رنا زريقات برامج تدريبية، وقالت إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("رنا زريقات", "الوزيرة")
    q = one(f"وقدم النائب فادي عويس مقترحات عملية، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("فادي عويس", "النائب")
    q = one(f"وعقد المحافظ نادر زريقات لقاءات ثنائية، وأكد أن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("نادر زريقات", "المحافظ")


def test_an_abstract_noun_after_a_name() -> None:
    q = one(f"ووقع الوزير تامر قعوار اتفاقية تعاون، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("تامر قعوار", "الوزير")
    q = one(f"ووقع الوزير تامر قعوار اتفاقية مع الشركة، وقال إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("تامر قعوار", "الوزير")
    q = one(f"وأبرمت الوزيرة رنا زريقات اتفاقية شراكة، وقالت إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("رنا زريقات", "الوزيرة")


def test_near_miss_a_family_name_of_a_plural_shape() -> None:
    text = f"واستقبل الوزير سامي بركات نادية الحلبي، وقال إن {W}."
    assert one(text, "العمل سيستأنف").speaker == "سامي بركات"
    q = one(f"وقالت المحامية سامية عبيدات إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("سامية عبيدات", "المحامية")
    q = one(f"وقال الوزير خالد مناصير إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("خالد مناصير", "الوزير")
    q = one(f"وقال رئيس لجنة المشاريع التنموية خالد جرادات إن {W}.", "العمل سيستأنف")
    assert (q.speaker, q.role) == ("خالد جرادات", "رئيس لجنة المشاريع التنموية")


def test_near_miss_an_abstract_shape_with_the_article_in_a_post() -> None:
    # "المالية" has the abstract noun's letters with the article: a genitive
    # of the post, which goes on
    text = f"وقال فادي عويس رئيس لجنة المالية، عضو المجلس البلدي، إن {W}."
    q = one(text, "العمل سيستأنف")
    assert (q.speaker, q.role) == ("فادي عويس", "رئيس لجنة المالية، عضو المجلس البلدي")


# The long tail (fourth session of 2026-12-02), left by kw18b and gen16: a
# verb right after a bare title opening its that-clause, then a plain
# definite object, then a verb phrase that goes on, is the title's verb, no
# name, for a doubled verb (its shadda unwritten, "قص", "حل") or a weak one
# ("رعى", "نعى") as for a sound one ("قطع"); and a verbal noun in the
# accusative after the object ("إيذانا بـ", "تمهيدا لـ", "احتفالا بـ") goes
# on with the verb phrase as a complement does.

R = "«الأشغال ستنتهي قبل الصيف»"


def test_a_doubled_or_weak_verb_after_a_bare_title() -> None:
    q = one(f"وذكرت الوكالة أن المحافظ قص الشريط، وقال إن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("المحافظ", "المحافظ")
    q = one(f"وأفادت مصادر أن الوزير رعى الحفل، وأضاف أن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("الوزير", "الوزير")
    q = one(f"ونقلت الإذاعة أن الوزير نعى الفقيد وأكد أن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("الوزير", "الوزير")


def test_a_verbal_noun_in_the_accusative_after_the_object() -> None:
    text = f"وذكرت الوكالة أن المحافظ قطع الشريط إيذانا بافتتاح الجسر، وقال إن {R}."
    assert one(text, "الأشغال ستنتهي").speaker == "المحافظ"
    text = f"وذكرت الوكالة أن الوزير فتح المعبر تمهيدا لعودة السكان، وقال إن {R}."
    assert one(text, "الأشغال ستنتهي").speaker == "الوزير"
    text = f"وذكرت الوكالة أن الوزير رفع العلم احتفالا بالذكرى، وقال إن {R}."
    assert one(text, "الأشغال ستنتهي").speaker == "الوزير"


def test_near_miss_names_of_those_shapes_with_their_own_verb() -> None:
    text = f"وذكرت الوكالة أن المحافظ عز الدين الحلبي وصل إلى الموقع، وقال إن {R}."
    q = one(text, "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("عز الدين الحلبي", "المحافظ")
    text = f"وذكرت الوكالة أن النائب زكي الشريف وصل إلى الموقع، وقال إن {R}."
    q = one(text, "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("زكي الشريف", "النائب")
    q = one(f"وقال المدرب رضي الحربي إن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("رضي الحربي", "المدرب")


# The long tail, continued (kw17b left it): a warning's noun (تحذير) after
# جاء, or glued to بـ, with its agent in construct, then من and أنّ: what is
# warned of follows من, and the agent speaks, as before على أنّ ("وجاء تحذير
# X Y من أن «…»" found no speaker). The people warned are the noun's object
# ("تحذير المواطنين من أن"): no agent then.


def test_a_warning_with_its_agent_before_min_anna() -> None:
    q = one(f"وجاء تحذير الوزير سامي الحداد من أن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("سامي الحداد", "الوزير")
    q = one(f"وجاء تحذير نادر زريقات من أن {R}.", "الأشغال ستنتهي")
    assert q.speaker == "نادر زريقات"
    q = one(f"وجاء تحذير الحكومة من أن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.speaker_kind) == ("الحكومة", "organization")
    q = one(f"وانتهى الاجتماع بتحذير المحافظ فادي عويس من أن {R}.", "الأشغال ستنتهي")
    assert (q.speaker, q.role) == ("فادي عويس", "المحافظ")


def test_near_miss_the_people_warned() -> None:
    assert one(f"وجاء تحذير المواطنين من أن {R}.", "الأشغال ستنتهي").speaker is None
