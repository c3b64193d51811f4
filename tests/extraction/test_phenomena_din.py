"""Compound names ending a three-word name (session of 2026-12-03).

"وزير الداخلية توفيق شرف الدين": الدين after شرف/نور/عز … is the second half
of a compound name, not an object with the article after a two-word name.
Every article here is invented for the test; each positive test fails
without the rule.
"""

from tests.extraction.helpers import one


def test_a_compound_family_name_after_a_first_name_is_kept_whole():
    for name in ("توفيق شرف الدين", "سامي نور الدين", "هشام عز الدين"):
        for text in (
            f'"لن نتراجع عن القرار"، قال وزير الداخلية {name} للصحفيين.',
            f'وقال وزير الداخلية {name} للصحفيين إن "لن نتراجع عن القرار".',
        ):
            q = one(text, "لن نتراجع")
            assert (q.speaker, q.role) == (name, "وزير الداخلية"), (text, q)


def test_an_object_with_the_article_after_a_name_is_still_cut():
    # negative: a definite object after a two-word name that is no compound
    q = one(
        'وانتقد الوزير سامي الكعبي الحكومة بشدة. وقال الكعبي إن "لن نتراجع عن القرار".',
        "لن نتراجع",
    )
    assert q.speaker == "سامي الكعبي", q
