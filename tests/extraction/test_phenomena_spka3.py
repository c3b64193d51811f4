"""Phenomena of the speaker phrase at the cue found on real news
(development sets kept outside the repository, third round): which words
after or before a verb of saying are its subject, read as a class of words,
not one construction.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_an_adjective_of_the_statement_names_no_owner():
    # "وقال X في تصريحات خاصة لـY «…»": the statement's adjective (خاصة،
    # صحفية، تلفزيونية …) and the outlet it was made to name no owner of
    # it; the verb's subject speaks (the outlet's phrase spoke, and every
    # follow-up after it)
    text = (
        "أوضح سامي الحداد المدرب العام للنادي حقيقة ما تردد حول رحيله.\n"
        "وقال الحداد في تصريحات خاصة لسبورتنا «الإدارة لم تبلغني بأي قرار حول رحيلي».\n"
        "وأضاف «البعض يتفنن في إطلاق الشائعات حول النادي منذ أسابيع».\n"
    )
    assert one(text, "الإدارة لم تبلغني").speaker == "سامي الحداد"
    assert one(text, "البعض يتفنن").speaker == "سامي الحداد"
    text = "وقال الحارس في تصريح تلفزيوني مقتضب «لن أغادر الفريق قبل نهاية الموسم».\n"
    assert one(text, "لن أغادر الفريق").speaker == "الحارس"


def test_a_statement_in_construct_with_its_owner_keeps_him():
    # the negative: a statement noun with its owner right after it
    text = (
        "وقال رئيس النقابة إن تصريحات وزير المالية كمال الحداد بخصوص "
        "«الأجور التي لن ترتفع هذا العام» أثارت غضب العمال.\n"
    )
    assert one(text, "الأجور التي").speaker == "كمال الحداد"
