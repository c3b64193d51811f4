"""An adjunct in commas after the name is no post (session of 2026-12-03).

"قال وزير العدل X، أمام مجلس النواب، إن": where or when the words were said,
opened by a preposition between commas, is not the person's role. Every
article here is invented for the test; each positive test fails without the
rule.
"""

from tests.extraction.helpers import one


def test_a_prepositional_adjunct_after_the_name_is_not_the_role():
    for title, name, aside in (
        ("وزير العدل", "عبد اللطيف وهبي", "أمام مجلس النواب"),
        ("وزيرة الصحة", "سلوى الحاج", "أمام اللجنة البرلمانية يوم الثلاثاء"),
        ("رئيس الهيئة", "منير الكافي", "أمام أعضاء المجلس الوطني"),
    ):
        q = one(f'قال {title} {name}، {aside}، إن "القانون سيمر قريبا".', "سيمر")
        assert (q.speaker, q.role) == (name, title), (aside, q)


def test_a_post_in_commas_after_the_name_is_still_the_role():
    # negatives: a post after the name in commas, with no title before it
    for name, post in (
        ("محمد الشلوي", "رئيس جمعية المستهلكين"),
        ("سلوى الحاج", "المديرة العامة للصحة"),
    ):
        q = one(f'وقال {name}، {post}، إن "القانون سيمر قريبا".', "سيمر")
        assert (q.speaker, q.role) == (name, post), (post, q)
