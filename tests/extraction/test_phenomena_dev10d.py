"""Quote spans and dates on real news layouts (dev10d, 2026-12-04).

- The modifier letter double prime (U+02BA, "ʺ") typed for '"' is a quote
  mark: it opens or closes by its place, as '"' does, and one left open
  after a verb of saying gives its words up to the end of the sentence.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import quotes_of, said


@pytest.mark.parametrize(
    "text, words",
    [
        # an opening ʺ after a participle of saying, never closed: the words
        # up to the end of the sentence
        (
            "وأوضح الوزير أن القطاع يتطور. مضيفا ʺلا توجد بلدية في الولاية لم تستفد"
            " من منشآت جديدة. وغادر بعدها القاعة.",
            "لا توجد بلدية في الولاية لم تستفد من منشآت جديدة",
        ),
        # a pair of ʺ after a verb of saying and its subject
        (
            "قال الوزير ʺلن نسمح بأي تأخير في إنجاز المشاريع المبرمجةʺ، ثم غادر القاعة.",
            "لن نسمح بأي تأخير في إنجاز المشاريع المبرمجة",
        ),
    ],
)
def test_modifier_double_prime_is_a_quote_mark(text, words):
    # construction: ʺ (U+02BA) typed for the straight double quote
    assert said(text, words[:12]).text == words


def test_modifier_double_prime_around_latin_is_no_quote():
    # near miss: a Latin letter in the marks with no verb of saying is no quote
    assert quotes_of("كتب الطالب الحرف ʺaʺ على اللوح ثم غادر القاعة دون أن يتكلم.") == []
