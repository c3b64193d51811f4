"""Review of the second session of 2026-12-05 (rev14b): rules that broke
sentences the start read right, narrowed.

1. A headline's words after its colon end where the text's first two words
   recur (bf3060b7) only when the first word may open the speaker's phrase,
   a title, an honorific or a given name: a place heading the headline
   ("عين X تعلن برنامج الربيع: عروض …") recurs in the dateline ("عين X-
   وكالات-"), and the words after the colon are what it announced, no
   words said by the object of its verb (before the narrowing, a quote
   spoken by "برنامج الربيع" as a person). The title's headline still
   ends there.
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of


def test_headline_of_a_place_named_again_in_its_dateline_is_no_quote() -> None:
    text = (
        "عين زارا تعلن برنامج الربيع: عروض مقتصرة على الفرق المحلية وإضاءة القلعة  "
        "عين زارا- وكالات- أعلنت بلدية عين زارا، اليوم الأحد، برنامج مهرجان الربيع "
        'لهذا العام، والذي سيقتصر على "العروض المحلية" وإضاءة القلعة القديمة.  '
        "وقال رئيس البلدية كمال الدباغ، في مؤتمر صحفي، إن "
        '"المدينة ستبقى مفتوحة لزوارها رغم كل الظروف الصعبة".'
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["المدينة ستبقى مفتوحة لزوارها رغم كل الظروف الصعبة"]
    assert quotes[0].speaker == "كمال الدباغ"


def test_near_miss_headline_of_a_title_still_ends_where_it_recurs() -> None:
    text = (
        "وزيرة الزراعة تحذر من الجفاف: الموسم صعب جدا على صغار المزارعين "
        "وزيرة الزراعة في حكومة الوحدة، هالة المنصوري خلال جولة : وكالات "
        "قالت وزيرة الزراعة في حكومة الوحدة، هالة المنصوري، إن الموسم صعب."
    )
    assert one(text, "صغار المزارعين").text == "الموسم صعب جدا على صغار المزارعين"
