"""Roles of the development read of the fifth session of 2026-12-06 (dev25r):
the post the text gives each person, carried to his quotes, never another's.
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestNextPersonOfAList:
    """ "بحضور النائب X Y، ومدير المدرسة Z W،": a title glued to و after a
    named person opens the next person of a list, with his own post; it is
    no apposition of the first, whose post stays his own."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "نظمت البلدية ندوة، بمشاركة الخبير الاقتصادي فادي منصور، ورئيس الغرفة "
                'التجارية سليم داود، وعدد من التجار. وقال منصور إن "الأسعار سترتفع". '
                'وأضاف داود أن "السوق مستقرة".',
                "الأسعار سترتفع",
                "فادي منصور",
                "الخبير الاقتصادي",
                id="first-of-the-list",
            ),
            pytest.param(
                "نظمت البلدية ندوة، بمشاركة الخبير الاقتصادي فادي منصور، ورئيس الغرفة "
                'التجارية سليم داود، وعدد من التجار. وقال منصور إن "الأسعار سترتفع". '
                'وأضاف داود أن "السوق مستقرة".',
                "السوق مستقرة",
                "سليم داود",
                "رئيس الغرفة التجارية",
                id="second-of-the-list",
            ),
            pytest.param(
                'حضر الاجتماع الوزير عادل سعيد، ومديرة الصحة سناء فهمي، وقالت فهمي إن "اللقاحات '
                'متوفرة".',
                "اللقاحات متوفرة",
                "سناء فهمي",
                "مديرة الصحة",
                id="feminine-second",
            ),
            pytest.param(
                "أقامت الجمعية حفلا، بحضور عضو المجلس البلدي النائب سامي الحلو، ومدير المدرسة "
                'الأستاذ كريم ناصر، إلى جانب الأهالي. وقال النائب الحلو إن "العمل مستمر".',
                "العمل مستمر",
                "سامي الحلو",
                "عضو المجلس البلدي",
                id="post-and-rank-before-the-first",
            ),
            pytest.param(
                "أقامت الجمعية حفلا، بحضور النائب سامي الحلو، ومدير المدرسة كريم ناصر، إلى "
                'جانب الأهالي. وقال الحلو إن "العمل مستمر".',
                "العمل مستمر",
                "سامي الحلو",
                "النائب",
                id="bare-title-before-the-first",
            ),
        ],
    )
    def test_each_keeps_his_post(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال سامي الحلو، مدير المدرسة، إن "العمل مستمر".',
                "العمل مستمر",
                "سامي الحلو",
                "مدير المدرسة",
                id="apposition-with-no-waw",
            ),
            pytest.param(
                'قال سامي الحلو، رئيس الحزب ووزير الخارجية، إن "العمل مستمر".',
                "العمل مستمر",
                "سامي الحلو",
                "رئيس الحزب ووزير الخارجية",
                id="two-posts-joined-inside-the-apposition",
            ),
            pytest.param(
                "زار الوفد المدينة برفقة المحافظ هشام يوسف، وقائد الشرطة العقيد مازن عمر، ثم قال "
                'يوسف: "الأمن مستتب".',
                "الأمن مستتب",
                "هشام يوسف",
                "المحافظ",
                id="list-read-right-before",
            ),
        ],
    )
    def test_unchanged(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestLongNameAfterThePostsComma:
    """ "قال وزير الخارجية، الشيخ X بن عبد Y آل Z، اليوم، إن": the name set
    off after the post's comma is read past five words when the links of its
    lineage (بن، عبد، آل …) make it longer, as name_like counts it; the one
    named holds the post, in this quote and in his later ones."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال وزير الخارجية، الشيخ سالم بن عبد الله آل ثاني، اليوم، إن "الحوار هو السبيل '
                'الوحيد". وأضاف آل ثاني أن "الأزمة طويلة".',
                "الحوار هو السبيل الوحيد",
                "سالم بن عبد الله آل ثاني",
                "وزير الخارجية",
                id="honorific-and-lineage",
            ),
            pytest.param(
                'قال وزير الخارجية، الشيخ سالم بن عبد الله آل ثاني، اليوم، إن "الحوار هو السبيل '
                'الوحيد". وأضاف آل ثاني أن "الأزمة طويلة".',
                "الأزمة طويلة",
                "سالم بن عبد الله آل ثاني",
                "وزير الخارجية",
                id="carried-to-the-family-name",
            ),
            pytest.param(
                'قال وزير الخارجية، سالم بن عبد الله آل ثاني، اليوم، إن "الحوار هو السبيل الوحيد".',
                "الحوار هو السبيل الوحيد",
                "سالم بن عبد الله آل ثاني",
                "وزير الخارجية",
                id="no-honorific",
            ),
            pytest.param(
                "أعلن رئيس الحكومة ووزير المالية، الشيخ خالد بن عبد العزيز آل خليفة، أمس، إن "
                '"الموازنة متوازنة". وأضاف آل خليفة أن "الدين تراجع".',
                "الدين تراجع",
                "خالد بن عبد العزيز آل خليفة",
                "رئيس الحكومة ووزير المالية",
                id="two-posts-joined",
            ),
        ],
    )
    def test_long_name_holds_the_post(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال وزير الخارجية، الشيخ سالم الصباح، اليوم، إن "الحوار هو السبيل الوحيد".',
                "الحوار هو السبيل الوحيد",
                "سالم الصباح",
                "وزير الخارجية",
                id="short-name",
            ),
            pytest.param(
                'قال وزير الخارجية، سالم بن ناصر الصباح، اليوم، إن "الحوار هو السبيل الوحيد".',
                "الحوار هو السبيل الوحيد",
                "سالم بن ناصر الصباح",
                "وزير الخارجية",
                id="four-words-with-a-link",
            ),
        ],
    )
    def test_unchanged(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestPostTakenUpAfterTheNamesComma:
    """ "تسلم اليوم الأحد، X Y، منصب وزير …": the name set off by commas
    after a verb of taking up (or holding) a post and when, then منصب and
    the post: the post is the one named's, carried to his later quotes
    (post_held, which read only "ويشغل X منصب …" before)."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "تسلم اليوم الأحد، سامر حداد، منصب وزير الدولة للصناعة والتجارة، خلفا لسلفه. "
                'وقال سامر حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                "وزير الدولة للصناعة والتجارة",
                id="full-name-later",
            ),
            pytest.param(
                "تقلدت أمس، هدى سالم، منصب مديرة المستشفى الجامعي. وقالت هدى سالم إن "
                '"الخدمات ستتحسن".',
                "الخدمات ستتحسن",
                "هدى سالم",
                "مديرة المستشفى الجامعي",
                id="feminine",
            ),
            pytest.param(
                "تسلم اليوم الأحد، سامر حداد، منصب وزير للتجارة. وقال الوزير، سامر حداد، إن "
                '"العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                "وزير للتجارة",
                id="bare-title-made-full",
            ),
            pytest.param(
                'يشغل منذ 2020، سامر حداد، خطة مدير المعهد. وقال سامر حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                "مدير المعهد",
                id="khutta-after-a-verb-of-occupying",
            ),
        ],
    )
    def test_post_taken_up(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "انتقد اليوم الأحد، سامر حداد، منصب رئيس البلدية الجديد. وقال الوزير سامر "
                'حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                "الوزير",
                id="no-verb-of-taking-up",
            ),
            pytest.param(
                "تسلم الوزير، سامر حداد، منصب رئيس البلدية. وقال الوزير سامر حداد إن "
                '"العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                "الوزير",
                id="title-between-verb-and-name",
            ),
            pytest.param(
                "تسلم اليوم الأحد، سامر حداد، خطة رئيس الحكومة للإصلاح. وقال سامر حداد إن "
                '"العمل سيبدأ".',
                "العمل سيبدأ",
                "سامر حداد",
                None,
                id="a-plan-taken-up-no-post",
            ),
        ],
    )
    def test_unchanged(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestPostTakenUpAskedByFamilyName:
    """The post told after منصب behind "VERB WHEN، X Y،" reaches a later
    quote by the family name alone ("وقال Y"): the name's words before it
    in that mention are read back to the comma. Asked with more words, the
    name must be the mention's: another of the family gets no post."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'تسلم اليوم الأحد، سامر حداد، منصب مدير المعهد. وقال حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "حداد",
                "مدير المعهد",
                id="family-name",
            ),
            pytest.param(
                'تسلم مساء الخميس، كريم الزين، منصب مدير الشرطة. وقال الزين إن "الأمن مستتب".',
                "الأمن مستتب",
                "الزين",
                "مدير الشرطة",
                id="family-name-with-the-article",
            ),
            pytest.param(
                'تقلدت أمس، هدى سالم، منصب مديرة المستشفى. وقالت سالم إن "الخدمات ستتحسن".',
                "الخدمات ستتحسن",
                "سالم",
                "مديرة المستشفى",
                id="feminine",
            ),
        ],
    )
    def test_post_reaches_the_family_name(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'تسلم اليوم الأحد، سامر حداد، منصب مدير المعهد. وقال خالد حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "خالد حداد",
                None,
                id="another-of-the-family",
            ),
            pytest.param(
                'وصل اليوم الأحد، سامر حداد، إلى المدينة. وقال حداد إن "العمل سيبدأ".',
                "العمل سيبدأ",
                "حداد",
                None,
                id="no-post-told",
            ),
        ],
    )
    def test_unchanged(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
