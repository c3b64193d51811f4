"""Invented paragraphs in the styles the engine was weakest on (rev32,
2026-12-06): pan-Arab outlets quoting leaked diplomatic cables, and
Egyptian and Sudanese papers with Hijri and Gregorian dates. Every sentence
here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestAHijriDateWrittenAsPapersWriteIt:
    """Egyptian, Sudanese and Gulf papers write a Hijri date as they write
    a Gregorian one: "15 من ربيع الأول 1446 هـ", "10 من شهر رمضان", the year
    after "عام" or "سنة", the first of the month as "غرة". Only
    "15 ربيع الأول 1446هـ" was read."""

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                "أعلن المستشار سمير عبد الغفار يوم الخميس الموافق 15 من ربيع الأول "
                '1446 هجرية أن "نسبة المشاركة بلغت 41 في المائة".',
                "2024-09-19",
                id="min-between-day-and-month",
            ),
            pytest.param(
                'وقال المحافظ حامد النور في 10 من شهر رمضان 1445 هـ إن "الإمدادات وصلت كاملة".',
                "2024-03-20",
                id="min-shahr",
            ),
            pytest.param(
                'وأكد الشيخ عادل الزين في 20 من ذي الحجة عام 1444هـ أن "الموسم مر بسلام".',
                "2023-07-09",
                id="year-after-aam",
            ),
            pytest.param(
                'وصرح الوزير كمال يسن، في غرة رمضان 1445هـ، بأن "الأسعار ستنخفض قريبا".',
                "2024-03-11",
                id="ghurra",
            ),
        ],
    )
    def test_the_hijri_date_is_read(self, text, date) -> None:
        q = one(text, "ال")
        assert q.date == date, text

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                'وقال المحافظ حامد النور في 10 رمضان 1445هـ إن "الإمدادات وصلت كاملة".',
                "2024-03-20",
                id="the-plain-form-as-before",
            ),
            pytest.param(
                'وقال المحافظ حامد النور في 10 من رمضان الماضي إن "الإمدادات وصلت كاملة".',
                None,
                id="no-year-no-date",
            ),
            pytest.param(
                'وقال المحافظ حامد النور في 10 من مارس 2024 إن "الإمدادات وصلت كاملة".',
                "2024-03-10",
                id="a-gregorian-month-after-min",
            ),
        ],
    )
    def test_near_miss(self, text, date) -> None:
        q = one(text, "الإمدادات")
        assert q.date == date, text


class TestAFamilyNameAfterAGivenNameWithTheArticle:
    """Sudanese and Maghrebi names give the father's name with the article
    ("عثمان الطيب الفكي", "أحمد الطاهر النعيمي"): the third word, with the
    article too, is the family name, not the verb's object, where the
    phrase ends after it (a comma, an adjunct or أنّ). The name lost its
    last word before a comma or an adjunct."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "أكد وزير الري المهندس عثمان الطيب الفكي، اليوم الأحد، أن "
                '"السد لم يعد يشكل تهديدا لمنشآتنا".',
                "عثمان الطيب الفكي",
                "وزير الري",
                id="before-a-comma-and-a-day",
            ),
            pytest.param(
                'وقال عثمان الصادق البدوي، وزير الزراعة، إن "الموسم سيكون جيدا لمنشآتنا".',
                "عثمان الصادق البدوي",
                "وزير الزراعة",
                id="before-the-post-in-commas",
            ),
            pytest.param(
                'وقال الوزير أحمد الطاهر النعيمي خلال الجلسة إن "الميزانية لا تكفي لمنشآتنا".',
                "أحمد الطاهر النعيمي",
                "الوزير",
                id="before-an-adjunct",
            ),
            pytest.param(
                'وأوضح المدير محمد الهادي الترابي، في تصريح صحفي، أن "الصيانة بدأت في منشآتنا".',
                "محمد الهادي الترابي",
                "المدير",
                id="before-an-adjunct-in-commas",
            ),
        ],
    )
    def test_the_family_name_stays(self, text, speaker, role) -> None:
        q = one(text, "منشآتنا")
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                'وزار الوزير عثمان الطيب المستشفى، وقال إن "الخدمات تحسنت في منشآتنا".',
                "عثمان الطيب",
                id="a-place-visited",
            ),
            pytest.param(
                'ودعا الوزير أحمد الطاهر الحكومة، أمس، إلى التحرك، وقال إن "الخطر يهدد منشآتنا".',
                "أحمد الطاهر",
                id="a-body-called-on",
            ),
            pytest.param(
                'أكد الوزير عثمان محمد الفكي، أمس، أن "السد لم يعد يشكل تهديدا لمنشآتنا".',
                "عثمان محمد الفكي",
                id="a-bare-second-name-as-before",
            ),
            pytest.param(
                'وهنأ الوزير محمد الطاهر الفائزين في المسابقة، وقال إن "الجوائز تليق بمنشآتنا".',
                "محمد الطاهر",
                id="the-persons-congratulated-before-an-adjunct",
            ),
        ],
    )
    def test_near_miss(self, text, speaker) -> None:
        assert one(text, "منشآتنا").speaker == speaker, text


class TestRoyalIsTheBodysAdjectiveAfterABody:
    """ "الملكي" is an honorific after "السمو" ("صاحب السمو الملكي الأمير
    X"), but after a body it is the body's adjective ("رئيس الديوان الملكي
    الأسبق X Y", "قائد الحرس الملكي X Y"): the post keeps it, and an
    adjective after it ("الأسبق") is no part of the name."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                'وقال رئيس الديوان الملكي الأسبق ماهر العدوان إن "البلاد لا تحتمل موجة لجوء".',
                "ماهر العدوان",
                "رئيس الديوان الملكي الأسبق",
                id="a-former-chief-of-the-royal-court",
            ),
            pytest.param(
                'وقال رئيس الديوان الملكي ماهر العدوان إن "البلاد لا تحتمل موجة لجوء".',
                "ماهر العدوان",
                "رئيس الديوان الملكي",
                id="the-chief-of-the-royal-court",
            ),
            pytest.param(
                'وأكد قائد الحرس الملكي السابق اللواء فهد الزين أن "البلاد لا تحتمل موجة لجوء".',
                "فهد الزين",
                "قائد الحرس الملكي السابق",
                id="the-royal-guard-then-a-rank",
            ),
            pytest.param(
                'وقال مدير المكتب الملكي الخاص سامي البدور إن "البلاد لا تحتمل موجة لجوء".',
                "سامي البدور",
                "مدير المكتب الملكي الخاص",
                id="the-royal-office",
            ),
        ],
    )
    def test_the_post_keeps_royal(self, text, speaker, role) -> None:
        q = one(text, "موجة لجوء")
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                'وقال صاحب السمو الملكي الأمير فيصل بن حسن إن "البلاد لا تحتمل موجة لجوء".',
                "فيصل بن حسن",
                id="his-royal-highness",
            ),
            pytest.param(
                'وقال سمو الأمير فيصل بن حسن إن "البلاد لا تحتمل موجة لجوء".',
                "فيصل بن حسن",
                id="highness-alone",
            ),
        ],
    )
    def test_near_miss_highness(self, text, speaker) -> None:
        assert one(text, "موجة لجوء").speaker == speaker, text


class TestKnownWrongLeft:
    """What rev32 found on its invented articles and left (strict xfails)."""

    def test_coordinated_subject_before_a_plural_verb(self) -> None:
        # (fixed by kw32b: the first of a subject joined by و before a plural verb)
        text = (
            "كشفت وثيقة أن وزير الداخلية سامي حسن ووزير الدفاع خالد سعيد أبلغوا "
            'السفير الأمريكي أن "إيران تتدخل في شؤون الخليج".'
        )
        assert one(text, "تتدخل").speaker != "السفير الأمريكي"

    def test_dual_title_then_the_one_told(self) -> None:
        # (fixed by kw32b: a title after a dual title is the one told)
        text = 'وأبلغ الوزيران المبعوث الأمريكي أن "إيران تتدخل في شؤون الخليج".'
        assert one(text, "تتدخل").role != "المبعوث الأمريكي"
