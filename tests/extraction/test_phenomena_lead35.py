"""The lead's mend of kw37b's spokesman of another body (1345f7ea): a post
said again with the body's own name after its common noun ("المتحدث باسم
الحركة X" then "المتحدث باسم حماس") is the same post told better, not
another body's spokesman (it broke test_phenomena_rolex). Every sentence
here is invented."""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import only_quote


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "وجاء تصريح المتحدث باسم الحركة كريم العتيبي ردا على الحكومة.\n"
            'وذكر العتيبي أن "الانتخابات لم تكن نزيهة على الإطلاق".\n'
            'وحذر المتحدث باسم فتح من أن "الشارع سيقول كلمته قريبا".\n',
            "المتحدث باسم فتح",
        ),
        (
            "وصدر بيان المتحدثة باسم الحركة منى النمر مساء أمس.\n"
            'وقالت النمر إن "الهجوم لن يمر دون رد حاسم".\n'
            'وأضافت المتحدثة باسم حماس أن "المفاوضات متوقفة تماما".\n',
            "المتحدثة باسم حماس",
        ),
    ],
)
def test_the_body_named_after_its_common_noun_is_the_same_post(text, role):
    first, second = extract(text)
    assert (first.role, second.speaker) == (role, first.speaker)


def test_another_body_named_is_still_another():
    # (near miss: kw37b's rule itself, two bodies each by its name)
    text = (
        "ونفى المتحدث باسم الجيش رامي العلي الأنباء.\n"
        'وقال المتحدث باسم الشرطة إن "التحقيق مستمر منذ أيام".\n'
    )
    q = only_quote(text)
    assert q.speaker != "رامي العلي"
