"""Speakers and roles on real Arabic news (dev15a, third session of
2026-12-05): constructions found on the development sample, each with
invented sentences and near misses.

1. A verb of saying that also names a deed (أظهر, سجل, …) as the predicate
   of a that-clause whose noun stands before it ("وذكر الوزير أن الاقتصاد
   الوطني، أظهر صلابة واضحة في …، لافتا إلى أن «…»"): the noun after أنّ
   is its subject, the phrase after the verb its object; the participle
   after the clause goes on with the one who told it (before, the object
   "صلابة واضحة" spoke). Not "وقبل أن نغادر …، أشارت X" (أن with no cue
   before it), nor an aside "أن الحكومة، قال الوزير، ستعمل".
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«العام المقبل سيشهد نموا أكبر في قطاعات الزراعة والصناعة»"


def test_deed_verb_predicate_of_that_clause_is_no_speaker() -> None:
    q = one(
        f"وذكر وزير المالية، أن الاقتصاد الوطني أظهر صلابة واضحة في وجه الأزمات، "
        f"لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "وزير المالية"
    q = one(
        f"وأكد المدير العام للشركة أن المصنع سجل أرباحا قياسية هذا العام، مشيرا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "المدير العام للشركة"


def test_deed_verb_predicate_set_off_by_a_comma() -> None:
    q = one(
        f"وأوضح رئيس الغرفة التجارية، أن القطاع الخاص المحلي، أظهر مرونة عالية في "
        f"التعامل مع الأسعار، لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "رئيس الغرفة التجارية"
    q = one(
        f"وأوضح رئيس الغرفة التجارية، أن القطاع الخاص المحلي، سجل تراجعا واضحا في "
        f"الصادرات، لافتا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "رئيس الغرفة التجارية"


def test_deed_verb_predicate_with_a_named_subject() -> None:
    q = one(
        f"وذكر المدرب أن المهاجم سامي الفاسي سجل هدفين رائعين في الشوط الثاني، مشيرا إلى أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "المدرب"


def test_near_miss_deed_verb_with_its_subject_after_it_still_speaks() -> None:
    # no أنّ before the verb: its subject follows it, as before
    q = one(f"وأظهر تقرير البنك المركزي أن {Q}.\n", "العام المقبل")
    assert q.speaker == "البنك المركزي"
    # أنْ after قبل, no cue before it: the verb after the comma has its
    # subject after it
    q = one(
        f"وقبل أن نغادر القرية، أشارت سلوى بيدها إلى البيوت المهدمة وقالت {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "سلوى"


def test_near_miss_an_aside_in_commas_inside_the_clause() -> None:
    q = one(
        f"وأكدت الصحيفة أن الحكومة، قال الوزير كريم الهادي، ستعمل بجدية. وأضاف أن {Q}.\n",
        "العام المقبل",
    )
    assert q.speaker == "كريم الهادي"
