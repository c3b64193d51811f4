"""What the template fuzz of fuzz20 (eighth session of 2026-12-05) found:
sentence20's templates run alone, 40 and 160 sentences of each
(test_fuzz_templates.growth: the lines of the engine's Python run, a count,
not a time), and about two million template texts for contract violations.
Every sentence here is invented for the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)

_MIDDLE = ("مراد", "رشيد", "بشير", "منير", "سمير", "حسين", "لطفي", "توفيق")
_FAMILY = ("الحداد", "منصور", "الراشد", "العلوي", "الشامي", "سعيدان", "حجازي", "الأمين")


# -- left: a bare title after many persons named with another title ----------


def _bare_title_after_named_persons(k: int) -> str:
    # k lawyers, each named in full (a digit keeps each new), each followed
    # by "وأضاف الوزير" with no name: each bare title is resolved against
    # every person met
    return " ".join(
        f'وقال المحامي {_MIDDLE[i % 8]}{i} {_FAMILY[i % 8]}{i} إن "الوفد سيصل غدا صباحا". '
        'وأضاف الوزير أن "الجلسة انتهت اليوم".'
        for i in range(k)
    )


def test_a_bare_title_after_many_named_persons_is_resolved_in_linear_time():
    # fuzz20 left it as a strict xfail (growth 6.6 from 50 to 200 lawyers,
    # 5.7 since fuzz26): resolve's walks over every person met for each bare
    # title, a walk by recency sorted anew each time; fuzz27: the persons
    # whose role cannot hold the title passed over in C (_roles_holding),
    # the recency's keys sorted in C, 3.9
    assert growth(_bare_title_after_named_persons, 50) < LINEAR_GROWTH


# -- a title set off by a dash at the text's end -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # seed 4316's article a32 cut at its 874th character, reduced
        "حزيران منوتابع الأمين الأمة: بالنسبة بـلإطلاق القرار 1/9/2018\n"
        "وقرر المعارضة لبهذا - الرئيس لكن",
        "وتابع الأمين الأمة: بالنسبة للقرار 1/9/2018\nوقرر المعارضة لهذا - الرئيس السابق",
        "وأضاف الأمين الأمة: بالنسبة للقرار 12/3/2019\nوقرر المعارضة لبهذا - الوزير لكن",
    ],
)
def test_a_title_after_a_dash_running_to_the_texts_end_raises_nothing(text):
    # scan_np read the token after a role opened by a dash to see whether a
    # second dash closed it; a role running to the text's end left that
    # token past the last (IndexError in register_mentions): no closing
    # dash, no apposition
    quotes_keeping_the_contract(text)


def test_a_title_closed_by_a_second_dash_is_still_the_role():
    # near miss: a second dash closes the title, the name's role as before
    # (also after the line that opened the crash)
    for lead in ("", "وتابع الأمين الأمة: بالنسبة للقرار 1/9/2018\n"):
        text = (
            f'{lead}وقال سامر الحداد - المستشار القانوني للنقابة - إن "الوفد سيصل غدا إلى المدينة".'
        )
        (q,) = [q for q in quotes_keeping_the_contract(text) if "الوفد" in q.text]
        assert (q.speaker, q.role) == ("سامر الحداد", "المستشار القانوني للنقابة"), text
