"""Constructions from the Known weaknesses list (kw23b, first session of 2026-12-06).

1. A group, `المجموعة`, or `مجموعة` in construct with its name ('وقالت
   المجموعة في بيان', 'وقالت مجموعة الأزمات الدولية في تقرير', 'وأكدت
   مجموعة السبع أن'; the list's "Speaker kinds", "left: … and
   المجموعة"): heading the speaker's phrase it came out as a person. It is
   a body (lexicon.ORGANIZATION_HEADS), as a cell or a sect is. Not a
   number of people (`مجموعة من الشباب`: anonymous, as before), nor a
   series of documents (`مجموعة برقيات`), nor a post in construct with the
   group (`المتحدث باسم المجموعة`: a person).
2. A page's stamp in the order a right-to-left page shows it when copied by
   sight: day, clock time, year, month (':تحديث 14 22:35 2025 أوت' for
   'تحديث: 14 أوت 2025 22:35'; the list's "a page stamp printed out of
   order"): no date was read, so the story's أمس and weekdays counted from
   nothing. The four parts in that order, the clock between the day and the
   year, are a date (dates._DATE). Not a clock time and a day in a
   sentence ('في الساعة 22:35 من يوم 14'), nor numbers told in the text
   ('14 قتيلا و35 جريحا'); the stamp in its own order is read as before.
3. An unnamed politician, `سياسي` or `سياسيون`, heading the speaker's
   phrase ('وقال سياسي لبناني بارز إن', 'ويقول سياسي مقرب من الحكومة إن',
   'وقال سياسيون معارضون إن'; the list's "`سياسي` as a description", fifth
   session of 2026-12-02): a person with no role, the phrase cut before من.
   It is an anonymous source as `دبلوماسي` is (lexicon.ANONYMOUS_HEADS), its
   phrase the role. Not the adjective after another head ('مصدر سياسي',
   'مصادر سياسية', 'محللون سياسيون': as before), nor the definite
   description before a name ('المحلل السياسي X Y'), nor an aside after a
   name ('X Y، وهو سياسي مخضرم،': the named person speaks).
4. Words opening their sentence with no verb of saying, whose speaker the
   next sentence names, `هذا ما أكده X` ('«…». هذا ما أكده وزير الداخلية
   خلال مؤتمر صحفي عقده يوم 12 مارس 2024.'; the list's "a quote with no
   verb of saying dated only by the next sentence", 2026-12-03): the
   speaker was found, the day that sentence tells was not. Its clause from
   the cue on dates the words as a cue's own clause does
   (speakers.what_said_next). Not a date in the speaker's relative clause,
   after منذ, or after أنّ (what he reports), nor the words he denied
   (`هذا ما نفاه X`: no speaker, as before).
5. A site header's clock over the article's date with a label of
   publication ('SAT, 21 FEB 2026 02:00' then, among the header's short
   lines, 'نشر في 12 فبراير 2026'; the list's "a site header's live clock
   taken for the publication stamp", 2026-12-03): the clock, the day the
   page was read, dated the story. An earlier date with a label of
   publication (dating.labelled_published) under the header's clock is the
   article's, as an earlier second stamp was (web_stamp). Not a date with
   no label there, nor one past a paragraph of the story; the clock alone
   dates as before.
6. "Relations with" as a post's second portfolio, joined by و ('وقال وزير
   العدل والعلاقات مع البرلمان X Y إن', 'وزير الاتصال والعلاقات مع البرلمان،
   X Y،', 'وزيرة الثقافة والعلاقات مع المجتمع المدني X Y'; the list's "a title
   that runs through مع and two comma phrases before the name", 2026-12-03):
   the post stopped at مع, so the phrase up to it spoke and the name was
   lost. `والعلاقات` after a bare title goes on through مع and its definite
   body as `العلاقات` did (phrases._relations_of_post, _RELATIONS). Not one
   portfolio of relations (as before), nor the object of a named
   minister's verb ('وبحث وزير الخارجية X Y الملفات والعلاقات مع نظيره'),
   nor a title joined by و with no مع ('وزير المالية والاقتصاد').
"""

from __future__ import annotations

from claims.extraction.types import ANONYMOUS, ORGANIZATION, PERSON
from tests.extraction.helpers import one

V = "«المشروع سيخدم آلاف الأسر في المنطقة خلال السنوات المقبلة»."


def _kind(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {V}", "المشروع سيخدم")
    return q.speaker, q.speaker_kind


def test_a_group_speaks_as_a_body() -> None:
    for lead, who in (
        ("وقالت المجموعة في بيان:", "المجموعة"),
        ("وأكدت المجموعة الاقتصادية أن", "المجموعة الاقتصادية"),
        ("وقالت مجموعة الأزمات الدولية في تقرير لها إن", "مجموعة الأزمات الدولية"),
        ("وأكدت مجموعة السبع في بيان ختامي أن", "مجموعة السبع"),
    ):
        assert _kind(lead) == (who, ORGANIZATION), lead


def test_a_group_near_misses() -> None:
    # a number of people: anonymous, as before
    assert _kind("وقالت مجموعة من الشباب إن")[1] == ANONYMOUS
    # a post in construct with the group is its holder
    assert _kind("وقال المتحدث باسم المجموعة إن") == ("المتحدث باسم المجموعة", PERSON)
    # a series of documents tells, the person in it speaks
    assert _kind("وكشفت مجموعة برقيات أن السفير قال:") == ("السفير", PERSON)
    # the head of a cell, named: a person
    assert _kind("وقال رئيس المجموعة سامي الخالد إن") == ("سامي الخالد", PERSON)


def _dated(text: str) -> str | None:
    return one(text, "المشروع سيخدم").date


def test_a_stamp_copied_by_sight() -> None:
    for text, iso in (
        (f":تحديث 14 22:35 2025 أوت\nالجزائر - قال وزير الداخلية أمس إن {V}", "2025-08-13"),
        (f"تحديث 5 09:10 2023 جانفي\nوقال الوزير يوم الأحد إن {V}", "2023-01-01"),
        (f"نشر في 3 10:05 2024 مارس\nوقال الوزير إن {V}", "2024-03-03"),
    ):
        assert _dated(text) == iso, text


def test_a_stamp_copied_by_sight_near_misses() -> None:
    # the stamp in its own order: as before
    assert _dated(f"تحديث: 14 أوت 2025 22:35\nوقال وزير الداخلية أمس إن {V}") == "2025-08-13"
    # a clock time and a day in a sentence, numbers told: no date
    assert _dated(f"وقال الوزير في الساعة 22:35 من يوم 14 إن {V}") is None
    assert _dated(f"وقال الوزير إن الهجوم خلف 14 قتيلا و35 جريحا، وأضاف أن {V}") is None
    # no clock between the day and the year: no stamp of that order
    assert _dated(f"وقال الوزير إن 14 2025 أوت {V}") is None


def _source(lead: str) -> tuple[str | None, str | None, str | None]:
    q = one(f"{lead} {V}", "المشروع سيخدم")
    return q.speaker, q.speaker_kind, q.role


def test_an_unnamed_politician_is_an_anonymous_source() -> None:
    for lead, who in (
        ("وقال سياسي لبناني بارز إن", "سياسي لبناني بارز"),
        ("وأكد سياسي عراقي بارز أن", "سياسي عراقي بارز"),
        ("ويقول سياسي مقرب من الحكومة إن", "سياسي مقرب من الحكومة"),
        ("وقال سياسيون معارضون إن", "سياسيون معارضون"),
    ):
        assert _source(lead) == (who, ANONYMOUS, who), lead


def test_an_unnamed_politician_near_misses() -> None:
    # the adjective after another head: as before
    assert _source("وقال مصدر سياسي إن") == ("مصدر سياسي", ANONYMOUS, "مصدر سياسي")
    assert _source("وقالت مصادر سياسية إن") == ("مصادر سياسية", ANONYMOUS, "مصادر سياسية")
    assert _source("وقال محللون سياسيون إن") == ("محللون سياسيون", ANONYMOUS, "محللون سياسيون")
    # the definite description before a name, an aside after one: the person
    assert _source("وقال المحلل السياسي سامي الخالد إن") == (
        "سامي الخالد",
        PERSON,
        "المحلل السياسي",
    )
    assert _source("وقال سامي الخالد، وهو سياسي مخضرم، إن")[:2] == ("سامي الخالد", PERSON)


W = "«المشروع سيخدم آلاف الأسر في المنطقة خلال السنوات المقبلة»"


def _next_dated(after: str) -> tuple[str | None, str | None]:
    q = one(f"{W}. {after}", "المشروع سيخدم")
    return q.speaker, q.date


def test_words_dated_by_the_sentence_that_names_their_speaker() -> None:
    for after, who, iso in (
        (
            "هذا ما أكده وزير الداخلية خلال مؤتمر صحفي عقده يوم 12 مارس 2024.",
            "وزير الداخلية",
            "2024-03-12",
        ),
        (
            "وهو ما أوضحه الوزير سامي الخالد في تصريح صحفي أدلى به في 3 مايو 2023.",
            "سامي الخالد",
            "2023-05-03",
        ),
        ("ذلك ما قاله رئيس الحكومة أمام البرلمان في 5 يناير 2022.", "رئيس الحكومة", "2022-01-05"),
    ):
        assert _next_dated(after) == (who, iso), after


def test_words_dated_by_the_sentence_that_names_their_speaker_near_misses() -> None:
    # a date of the speaker's relative clause, or since which: no date
    assert _next_dated("هذا ما أكده وزير الداخلية الذي عين في منصبه في 12 مارس 2024.")[1] is None
    assert _next_dated("هذا ما أكده وزير الداخلية منذ توليه منصبه في 12 مارس 2024.")[1] is None
    # a date after أنّ tells what he reports, not when
    assert (
        _next_dated("هذا ما أكده وزير الداخلية، مشيرا إلى أن الحكومة أقرت الخطة في 12 مارس 2024.")[
            1
        ]
        is None
    )
    # the words he denied are not his (no speaker, no date, as before)
    assert _next_dated("هذا ما نفاه وزير الداخلية في 12 مارس 2024.") == (None, None)
    # no date told: none, as before
    assert _next_dated("هذا ما أكده وزير الداخلية في تصريحات سابقة.") == ("وزير الداخلية", None)


_HEADER = "SAT, 21 FEB 2026 02:00\nالرئيسية\nسياسة\nوزير الداخلية: المشروع سيخدم الأسر\n"
_PARAGRAPH = (
    "وأوضح الوزير في مؤتمر صحفي عقده بمقر الوزارة بحضور عدد من المسؤولين والخبراء"
    " أن الحكومة ستواصل العمل على تنفيذ برامجها التنموية في مختلف المناطق.\n"
)


def test_the_publication_label_under_a_header_clock() -> None:
    for text, iso in (
        (f"{_HEADER}نشر في 12 فبراير 2026\nقال وزير الداخلية أمس إن {V}", "2026-02-11"),
        (
            "TUE, 10 MAR 2025 14:05\nاقتصاد\nالحكومة تطلق مشروعا جديدا\n"
            f"تاريخ النشر: 3 مارس 2025\nوقال وزير الإسكان يوم الأحد إن {V}",
            "2025-03-02",
        ),
        (
            "الأحد، 22 فبراير 2026 - 09:15\nالرئيسية\nوزير الداخلية: المشروع سيخدم الأسر\n"
            f"نشر في 12 فبراير 2026\nقال وزير الداخلية أمس إن {V}",
            "2026-02-11",
        ),
    ):
        assert _dated(text) == iso, text


def test_the_publication_label_under_a_header_clock_near_misses() -> None:
    # the header's clock alone, or a date with no label under it: its day
    assert _dated(f"{_HEADER}قال وزير الداخلية أمس إن {V}") == "2026-02-20"
    assert _dated(f"{_HEADER}12 فبراير 2026\nقال وزير الداخلية أمس إن {V}") == "2026-02-20"
    # a label past the header's short lines (a paragraph of the story first)
    assert (
        _dated(f"{_HEADER}{_PARAGRAPH}نشر في 12 فبراير 2026\nقال وزير الداخلية أمس إن {V}")
        == "2026-02-20"
    )


def _post(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {V}", "المشروع سيخدم")
    return q.speaker, q.role


def test_relations_with_as_a_second_portfolio() -> None:
    for lead, who, post in (
        (
            "وقال وزير العدل والعلاقات مع البرلمان سامي الخالد إن",
            "سامي الخالد",
            "وزير العدل والعلاقات مع البرلمان",
        ),
        (
            "وقال وزير الاتصال والعلاقات مع البرلمان، سامي الخالد، إن",
            "سامي الخالد",
            "وزير الاتصال والعلاقات مع البرلمان",
        ),
        (
            "وقال وزير الدولة للشؤون القانونية والعلاقات مع البرلمان، في الحكومة المؤقتة،"
            " سامي الخالد، إن",
            "سامي الخالد",
            "وزير الدولة للشؤون القانونية والعلاقات مع البرلمان",
        ),
        (
            "وقالت وزيرة الثقافة والعلاقات مع المجتمع المدني سامية الخالد إن",
            "سامية الخالد",
            "وزيرة الثقافة والعلاقات مع المجتمع المدني",
        ),
    ):
        assert _post(lead) == (who, post), lead


def test_relations_with_as_a_second_portfolio_near_misses() -> None:
    # one portfolio of relations: as before
    assert _post("وقال وزير العلاقات مع البرلمان سامي الخالد إن") == (
        "سامي الخالد",
        "وزير العلاقات مع البرلمان",
    )
    # relations as the object of a named minister's verb: his post stays
    assert _post("وبحث وزير الخارجية سامي الخالد الملفات والعلاقات مع نظيره الفرنسي، وقال إن") == (
        "سامي الخالد",
        "وزير الخارجية",
    )
    # a title coordinated with و and no مع: as before
    assert _post("وقال وزير المالية والاقتصاد سامي الخالد إن") == (
        "سامي الخالد",
        "وزير المالية والاقتصاد",
    )
