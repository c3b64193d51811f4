"""Red-team negatives for rules landed on 2026-12-03 (review rev8).

Each test holds invented ordinary news sentences near a rule's
construction that the rule, as first landed, read wrongly; each fails
without the narrowing that follows it.
"""

from tests.extraction.helpers import one


def test_ala_with_its_ya_before_a_noun_stays_the_preposition():
    # 5773aa3: علي after a title, before a definite noun, a noun in ة or
    # with a pronoun, a verbal noun or an idiom of على, is the preposition
    for text, title in (
        ('وصوت النائب علي القانون الجديد بالرفض، وقال إن "الحل في الحوار".', "النائب"),
        ('وضغط السفير علي الحكومة لإطلاق المعتقلين، وقال إن "الحل في الحوار".', "السفير"),
        ('واحتفل النائب علي طريقته بالفوز، وقال إن "الحل في الحوار".', "النائب"),
        ('وحاز اللاعب علي جائزة أفضل لاعب، وقال إن "الحل في الحوار".', "اللاعب"),
        ('واستحوذ الرئيس علي اهتمام الحضور، وقال إن "الحل في الحوار".', "الرئيس"),
        ('وتعرض الوزير علي مدار الأسبوع لانتقادات، وقال إن "الحل في الحوار".', "الوزير"),
    ):
        q = one(text, "الحل في الحوار")
        assert q.speaker == title, (text, q)
