"""A name that runs on into the verb's object (session of 2026-12-03).

"استقبل الرئيس X وفدا من …"، "قام X بزيارة إلى …"، "عقد الوزير X اجتماعا":
the common object nouns of news verbs (indefinite, or glued to بـ) end the
name read before them. Every article here is invented for the test; each
positive test fails without the rule.
"""

from tests.extraction.helpers import one

SAID = '، وقال إن "الاستثمار أولوية وطنية".'


def test_an_object_noun_after_the_name_is_not_part_of_it():
    for verb, title, name, obj in (
        ("استقبل", "الرئيس", "نبيل حداد", "وفدا من رجال الأعمال"),
        ("وعقد", "وزير المالية", "سامي الشريف", "اجتماعا مع النقابات"),
        ("وقام", "الوزير", "كمال الطرابلسي", "بزيارة إلى ميناء رادس"),
        ("وأصدر", "النائب", "منير السعداوي", "بيانا شديد اللهجة"),
        ("واستقبل", "الوالي", "سيدي ولد أحمد", "وفدا من الأعيان"),
    ):
        q = one(f"{verb} {title} {name} {obj}{SAID}", "أولوية وطنية")
        assert (q.speaker, q.role) == (name, title), (verb, name, q)


def test_the_same_nouns_inside_a_post_stay():
    # negatives: the noun in construct with a title, before any name
    for text, speaker in (
        ('وقال رئيس الوفد سامي الشريف إن "الاستثمار أولوية وطنية".', "سامي الشريف"),
        ('وقال رئيس الوفد الأمريكي إن "الاستثمار أولوية وطنية".', "رئيس الوفد الأمريكي"),
        ('وقال مقرر الاجتماع منير السعداوي إن "الاستثمار أولوية وطنية".', "منير السعداوي"),
    ):
        assert one(text, "أولوية وطنية").speaker == speaker, text
