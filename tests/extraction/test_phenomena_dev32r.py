"""Role rules taken up by dev32r from the development sets' misses (the
speaker right, the role wrong or missing). Every sentence here is invented.

Rule 1 (engine.role_after_name): a post headed by كبير/كبيرة and the plural
of the people it heads ("كبير المفاوضين", "كبيرة الاقتصاديين"), set off by
commas after a name in a clause no cue governs ("وذكرت الصحيفة أن X Y، كبير
المفاوضين في …، غادر"), is that person's post when he is quoted later by his
family name: the post was read so in a cue's clause only, and the later quote
had no role.

Rule 2 (phrases.scan_np's post after a name's comma): "X Y، كبير مستشاري
الوزير، إن": the chief of a body of people in construct with a title's
plural that is itself in construct (مستشاري، باحثي، محللي) is a post, as
"كبير المستشارين" was; the role was lost.

Rule 3 (words._CHIEF_BODIES_PLURALS, words._chief_of): the plurals of bodies
of people no title's plural covers ("كبير الحاخامات", "كبير الأساقفة",
"كبير الطهاة", "كبير الأمناء", the court's "كبير الياوران") make كبير a
post, before a name or after one; not any plural in ان, which a masdar
shares ("كبير الإيمان بقضيته").

Rule 4 (speakers.that_subject_in_commas): a gloss or an acronym of one to
four words in brackets inside the post set off after a that-clause's subject
("وقال السفير إن X Y، مدير منظمة … (يونيسف) في المنطقة، سأل «…»") is read
past, its tokens not counted in the post's width: the bracket ended the
backward scan for the post's opening comma, and the quote went to the
subject of the outer verb, or to no one.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role)


class TestChiefPostAfterANameOutsideACue:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وذكرت الصحيفة أن نبيل العطار، كبير المفاوضين في ملف المياه، غادر "
                "الاجتماع غاضبا.\n"
                "وقال العطار للصحفيين: «لن نوقع على اتفاق لا يضمن حصتنا».",
                "لن نوقع",
                "العطار",
                "كبير المفاوضين في ملف المياه",
                id="negotiators-after-that",
            ),
            pytest.param(
                "وأفاد التقرير بأن هدى السويدي، كبيرة الاقتصاديين في البنك المركزي، "
                "رفعت توقعاتها للنمو.\n"
                "وقالت السويدي: «التضخم سيتراجع قبل نهاية العام».",
                "التضخم سيتراجع",
                "السويدي",
                "كبيرة الاقتصاديين في البنك المركزي",
                id="feminine-economists",
            ),
            pytest.param(
                "وذكرت الصحيفة أن سعيد الخياط، كبير الأطباء في المستشفى الجامعي، أشرف "
                "على العملية.\n"
                "وقال الخياط: «حالة المريض مستقرة».",
                "حالة المريض",
                "الخياط",
                "كبير الأطباء في المستشفى الجامعي",
                id="broken-plural-doctors",
            ),
            pytest.param(
                "وكان مراد الفاسي، كبير المستشارين، قد استقال الأسبوع الماضي.\n"
                "وقال الفاسي في رسالة الاستقالة: «لم أعد قادرا على العمل في هذه الظروف».",
                "لم أعد قادرا",
                "الفاسي",
                "كبير المستشارين",
                id="kana-qad",
            ),
        ],
    )
    def test_the_later_quote_takes_the_post(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # an adjective's construct, no post: still none
                "وذكرت الصحيفة أن نبيل العطار، كبير السن، غادر الاجتماع غاضبا.\n"
                "وقال العطار للصحفيين: «لن نوقع على اتفاق لا يضمن حصتنا».",
                "لن نوقع",
                "العطار",
                None,
                id="old-age",
            ),
            pytest.param(
                "وذكرت الصحيفة أن نبيل العطار، رئيس الوفد، غادر الاجتماع غاضبا.\n"
                "وقال العطار للصحفيين: «لن نوقع على اتفاق لا يضمن حصتنا».",
                "لن نوقع",
                "نبيل العطار",
                "رئيس الوفد",
                id="plain-title",
            ),
            pytest.param(
                "وكان مراد الفاسي، مستشار الوزير، قد استقال الأسبوع الماضي.\n"
                "وقال الفاسي في رسالة الاستقالة: «لم أعد قادرا على العمل في هذه الظروف».",
                "لم أعد قادرا",
                "مراد الفاسي",
                "مستشار الوزير",
                id="adviser",
            ),
            pytest.param(
                "وقال نبيل العطار، كبير المفاوضين في ملف المياه، إن «الاتفاق لن يوقع».",
                "الاتفاق لن يوقع",
                "نبيل العطار",
                "كبير المفاوضين في ملف المياه",
                id="in-the-cue-clause",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)


class TestChiefOfATitlesPluralInConstruct:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال مراد الفاسي، كبير مستشاري الوزير، إن «الاستقالة نهائية».",
                "الاستقالة نهائية",
                "مراد الفاسي",
                "كبير مستشاري الوزير",
                id="advisers",
            ),
            pytest.param(
                "وقالت هدى السويدي، كبيرة مراسلي القناة في لندن، إن «الانتخابات ستكون حامية».",
                "الانتخابات ستكون",
                "هدى السويدي",
                "كبيرة مراسلي القناة في لندن",
                id="feminine-correspondents",
            ),
            pytest.param(
                "وقال رامي الخطيب، كبير باحثي المركز، إن «الأرقام تتحدث عن نفسها».",
                "الأرقام تتحدث",
                "رامي الخطيب",
                "كبير باحثي المركز",
                id="researchers",
            ),
            pytest.param(
                "وأكدت المصادر أن مراد الفاسي، كبير مستشاري الوزير، استقال الأسبوع "
                "الماضي.\n"
                "وقال الفاسي في رسالة الاستقالة: «لم أعد قادرا على العمل في هذه الظروف».",
                "لم أعد قادرا",
                "الفاسي",
                "كبير مستشاري الوزير",
                id="outside-a-cue",
            ),
        ],
    )
    def test_the_post_is_read(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # the family's elder: no plural of people, no post
                "وقال رامي الخطيب، كبير عائلة الخطيب، إن «الأرقام تتحدث عن نفسها».",
                "الأرقام تتحدث",
                "رامي الخطيب",
                None,
                id="family-elder",
            ),
            pytest.param(
                "وقال رامي الخطيب، عضو مجلس إدارة الشركة، إن «الأرقام تتحدث عن نفسها».",
                "الأرقام تتحدث",
                "رامي الخطيب",
                "عضو مجلس إدارة الشركة",
                id="member-of-board",
            ),
            pytest.param(
                "وحذر رامي الخطيب، مستشار الوزير، من أن «الأرقام تتحدث عن نفسها».",
                "الأرقام تتحدث",
                "رامي الخطيب",
                "مستشار الوزير",
                id="adviser",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)


class TestChiefOfABodyNoTitlesPluralCovers:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال كبير الأساقفة جون سميث في عظته إن «السلام ممكن».",
                "السلام ممكن",
                "جون سميث",
                "كبير الأساقفة",
                id="bishops-before-the-name",
            ),
            pytest.param(
                "وقال كبير الطهاة في الفندق سامر النجار إن «المطبخ جاهز».",
                "المطبخ جاهز",
                "سامر النجار",
                "كبير الطهاة في الفندق",
                id="chefs-where",
            ),
            pytest.param(
                "وأكدت الوثيقة أن هشام الأيوبي، كبير الأمناء في القصر، رافق الملك في "
                "رحلته.\n"
                "وقال الأيوبي: «الرحلة كانت ناجحة».",
                "الرحلة كانت",
                "الأيوبي",
                "كبير الأمناء في القصر",
                id="chamberlains-after-the-name",
            ),
            pytest.param(
                "وأضافت الوثيقة أن صالح الجبوري، كبير الياوران في القصر الملكي، نقل "
                "الرسالة إلى السفير.\n"
                "وقال الجبوري: «الملك لن يسافر هذا العام».",
                "الملك لن يسافر",
                "الجبوري",
                "كبير الياوران في القصر الملكي",
                id="aides-de-camp",
            ),
        ],
    )
    def test_the_post_is_read(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # a masdar in ان after كبير: no body of people
                "وكان نبيل العطار، كبير الإيمان بقضيته، قد رفض العرض.\n"
                "وقال العطار للصحفيين: «لن نوقع على اتفاق لا يضمن حصتنا».",
                "لن نوقع",
                "العطار",
                None,
                id="faith",
            ),
            pytest.param(
                "وقال جورج حداد، كبير الرهبان في الدير، إن «أبواب الدير مفتوحة للجميع».",
                "أبواب الدير",
                "جورج حداد",
                "كبير الرهبان في الدير",
                id="monks-in-the-cue-clause",
            ),
            pytest.param(
                "وقالت المصادر إن كبير الحراس غادر القصر، وقال رامي الخطيب إن «الأرقام "
                "تتحدث عن نفسها».",
                "الأرقام تتحدث",
                "رامي الخطيب",
                None,
                id="guards-another-clause",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)


class TestABracketedGlossInsideAThatSubjectsPost:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال السفير إن سعيد حمزة، مدير منظمة الأمم المتحدة للطفولة (يونيسف) في "
                "المنطقة، سأل “ألا يوجد حقا أي شيء يمكن عمله؟”.",
                "ألا يوجد",
                "سعيد حمزة",
                "مدير منظمة الأمم المتحدة للطفولة (يونيسف) في المنطقة",
                id="acronym",
            ),
            pytest.param(
                "وذكر البيان أن ليلى منصور، مديرة منظمة الأغذية والزراعة (فاو) في تونس، "
                "أكدت أن “المخزون يكفي ستة أشهر”.",
                "المخزون يكفي",
                "ليلى منصور",
                "مديرة منظمة الأغذية والزراعة (فاو) في تونس",
                id="feminine-acronym",
            ),
            pytest.param(
                "وقال الوزير إن كمال الحسيني، كبير المرافقين (الحرس الشخصي) في القصر في "
                "ذلك الوقت، سأل “هل سيتأخر الموكب؟”.",
                "هل سيتأخر",
                "كمال الحسيني",
                "كبير المرافقين (الحرس الشخصي) في القصر في ذلك الوقت",
                id="gloss",
            ),
        ],
    )
    def test_the_subject_speaks(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # a bracket of more than four words: no gloss, left as it was
                "وقال السفير إن سعيد حمزة، مدير المكتب (الذي عين في منصبه قبل عامين فقط)، "
                "سأل “ألا يوجد حقا أي شيء يمكن عمله؟”.",
                "ألا يوجد",
                "السفير",
                "السفير",
                id="long-aside",
            ),
            pytest.param(
                "وقال السفير إن سعيد حمزة (مدير المكتب)، سأل “ألا يوجد حقا أي شيء يمكن عمله؟”.",
                "ألا يوجد",
                "السفير",
                "السفير",
                id="bracket-after-the-name",
            ),
            pytest.param(
                "وقال سعيد حمزة، مدير منظمة الأمم المتحدة للطفولة (يونيسف)، إن “لا شيء يمكن عمله”.",
                "لا شيء",
                "سعيد حمزة",
                "مدير منظمة الأمم المتحدة للطفولة (يونيسف)",
                id="cue-clause",
            ),
            pytest.param(
                "وقال السفير إن الاجتماع الذي عقد في المدينة (حمص)، انتهى دون اتفاق، "
                "وأضاف “لا شيء يمكن عمله”.",
                "لا شيء",
                "السفير",
                "السفير",
                id="no-person",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker, role):
        _check(text, fragment, speaker, role)
