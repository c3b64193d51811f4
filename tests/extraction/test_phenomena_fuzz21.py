"""What the template fuzz of fuzz21 (first session of 2026-12-06) found:
sentence21's templates (relays through several hands, nested and unbalanced
marks, months with both names, cable references, long lists of names and
posts, paragraphs with no stop, mixed digits) run alone, 40 and 160
sentences of each (test_fuzz_templates.growth), and template texts for
contract violations from seeds 2538, 4318 and 9536 on. Every sentence here
is invented for the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract

# -- a post met before whose person's name is glued to لـ ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # sentence21's template 8 (a paragraph with no stop), 80 sentences of
        # seed 1, reduced
        "وزير يمكن القرار لدينا وأضاف الدين أما القرار شيء، أضاف ❝”بعد فاقت أبدا",
        "مساعد وزير الداخلية لدينا. وأضاف نور الدين حجازي: «لن نقبل بهذا». "
        "وقال مساعد وزير الداخلية: «الأمن مستتب في المدينة»",
        "نائب رئيس البلدية لدينا. وقال عز الدين: «الاتفاق قريب». "
        "وقال نائب رئيس البلدية: «الحوار مستمر»",
    ],
)
def test_a_post_said_again_of_a_name_glued_to_lam_raises_nothing(text):
    # an indefinite post said again is the person introduced with it
    # (phrase_entity), whose "name" (لدينا, "we have") lies outside the
    # phrase; classify's rule for a name glued to لـ of a person met before
    # looked for that word inside the phrase, found none and read the same
    # phrase again (RecursionError)
    quotes_keeping_the_contract(text)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "والتقى الرئيس سامي الحداد بالسفير نبيل منصور في القصر. "
            "وقال الرئيس لنبيل منصور: «العلاقات بين البلدين ممتازة»",
            "سامي الحداد",
            "الرئيس",
        ),
        (
            "استقبل الوزير خالد العلوي السفير يوسف الراشد. "
            "وقال الوزير ليوسف الراشد إن «التعاون مستمر بين البلدين»",
            "خالد العلوي",
            "الوزير",
        ),
    ],
)
def test_a_name_glued_to_lam_in_the_phrase_is_still_the_one_spoken_to(text, speaker, role):
    # near miss: the name glued to لـ is in the phrase read; the title
    # before it speaks, as before
    (q,) = quotes_keeping_the_contract(text)
    assert (q.speaker, q.role) == (speaker, role)


def test_a_post_said_again_of_a_name_read_in_the_phrase_keeps_its_reading():
    # near miss on the other side: the post said again with the name after
    # it the first time, no لـ to read: the person introduced with it, as
    # before
    text = (
        "مستشار رئيس الحكومة لدينا. وقال نور الدين حجازي: «الاتفاق قريب». "
        "وأكد مستشار رئيس الحكومة: «الحوار مستمر»"
    )
    quotes = quotes_keeping_the_contract(text)
    assert [(q.speaker, q.role) for q in quotes] == [
        ("نور الدين حجازي", None),
        ("لدينا", "مستشار رئيس الحكومة"),
    ]


# -- left: marks of several families nested with apostrophes -------------------


@pytest.mark.xfail(
    strict=True,
    reason=(
        "fuzz21 left it (seed 9572 with sentence21 alone, article a1's first "
        "mutation; reduced): an apostrophe pair nested in words opened by '' and "
        "holding «…» ends the quote on the » of «…», the second » of the scraped "
        "«…»» left out, so that the span read alone ends with a mark the contract "
        "check pairs with none (which reading is right is the pairing's question "
        "in quotes.py, not reached in the session)"
    ),
)
def test_apostrophes_nested_before_a_doubled_closer_keep_the_contract():
    quotes_keeping_the_contract("قال الوزير ''الوضع 'صعب ''جدا'«الرئيس قادم»»، وأضاف")


@pytest.mark.xfail(
    strict=True,
    reason=(
        "fuzz21 left it (the long-text run, seed 2723's first mutation, 23 KB; "
        "reduced): a doubled reversed opener (”“) before words holding both ‘…’ "
        "and '…' (single_marks makes the second ‘…’ too) opens the quote on the "
        "second opener, kept in the span; without the apostrophes both openers "
        "are left out"
    ),
)
def test_a_doubled_reversed_opener_before_nested_single_marks_keeps_the_contract():
    quotes_keeping_the_contract("”“إن ‘لم 'يقال' لم’. ولكن“““")
