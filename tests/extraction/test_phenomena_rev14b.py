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
2. A verb of saying whose titled subject alone fills the words up to its
   colon introduces the words said (f92d40f7), but not after a list's
   head before the colon: the head's pronoun agrees with what is listed,
   of any gender and number, with و or not ("محاور عدة منها:", "أبرزهم:",
   "منهن:", "وأبرزها:", "ومن بينهم:"); only منها/منه/منهم/أبرزها/أهمها
   were read, and a list after the others was filed as words said.
3. The statement the next sentence dates a lead's quotes by is not a
   second or a later one (d1ce8284/215e3fba), also when the adjective is
   definite after the noun with its pronoun ("في بيانه الثاني", "في
   تغريدتها اللاحقة", "في بيانه اللاحق"), as "في بيان ثان" was not.
4. "Any" before an indefinite noun ends a speaker's phrase (9a0ad135) in
   the feminine too, أيّة with its hamza written ("ونفى الناطق X Y أية نية
   للانسحاب"): before, 'X Y أية' or 'أية نية' was the name. Not the given
   name آية (its madda), after a title or alone.
5. Unmarked words said end at "، فدعى" as at "، ودعى" (bb43d0eb: دعا
   misspelt with ى, the narrator resuming), glued to ف too. Not the
   speaker's own "، فدعمنا لكم …".
6. A lesson (درس) is an occasion of speech after في, as a sermon or a
   lecture is (139ed1dc, lexicon.EVENT_NOUNS): "وقال الإمام في درس ألقاه
   …:" gave the name 'درس ألقاه'. Not the verb "studied" after a relative.
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


SUBJECT = "الدكتور عادل البرقاوي نائب رئيس الحكومة للشؤون الاجتماعية"
LISTED = "تطوير المدارس وتأهيل المعلمين ودعم الأسر وتحديث المناهج"


def test_no_words_said_after_a_list_head_of_any_gender_and_number() -> None:
    for head in ("أبرزهم", "منهن", "وأبرزها", "ومن بينهم", "أهمهما"):
        text = f"وقال {SUBJECT} محاور عدة {head}: {LISTED}.\n"
        assert quotes_of(text) == [], head


def test_near_miss_long_titled_subject_then_the_words_said() -> None:
    said = "كل ما يقال عن إغلاق المدارس شائعات لا أساس لها"
    for subject in (SUBJECT, SUBJECT.replace("الدكتور", "الدكتورة").replace("نائب", "نائبة")):
        verb = "وقالت" if "الدكتورة" in subject else "وقال"
        q = one(f"{verb} {subject}: {said}.\n", "إغلاق المدارس")
        assert q.text == said


LEAD = (
    "اعتبرت رئيسة جمعية مزارعي السهل نوال القدسي أن قرار الوزارة "
    "“ضربة للموسم كله”، مضيفة أن “المزارعين لن يسكتوا”.\n"
)
LATER_WORDS = "يوم 14 مارس 2021، إن “الخسائر تتجاوز التقديرات الرسمية”."


def test_lead_undated_by_a_definite_second_or_later_statement() -> None:
    for occasion in ("في بيانها الثاني", "في تغريدتها اللاحقة", "في بيانها اللاحق"):
        text = LEAD + f"وقالت القدسي، {occasion} {LATER_WORDS}"
        assert one(text, "ضربة للموسم").date is None, occasion


def test_near_miss_lead_dated_by_her_own_statement() -> None:
    for occasion in ("في بيانها", "في بيان أصدرته"):
        text = LEAD + f"وقالت القدسي، {occasion} {LATER_WORDS}"
        assert one(text, "ضربة للموسم").date == "2021-03-14", occasion


SAID = "لم نوقع على أي اتفاق من هذا النوع"


def test_feminine_any_ends_the_phrase() -> None:
    q = one(f"ونفى المتحدث الرسمي فارس الزعبي أية نية للانسحاب، وقال: {SAID}.", "لم نوقع")
    assert (q.speaker, q.role) == ("فارس الزعبي", "المتحدث الرسمي")
    q = one(f"ونفت المتحدثة أية علاقة لها بالصفقة، وقالت: {SAID}.", "لم نوقع")
    assert q.speaker == "المتحدثة"


def test_near_miss_the_given_name_aya() -> None:
    q = one(f'وقالت الطالبة آية الزعبي إن "{SAID}".', "لم نوقع")
    assert (q.speaker, q.role) == ("آية الزعبي", "الطالبة")


CALL = "نحن معكم في كل خطوة .. المدينة لكم"


def test_unmarked_words_end_at_the_misspelt_called_on_with_fa() -> None:
    text = f"قال المحافظ سليم العبادي مخاطبا سكان الحي: {CALL} ، فدعى الباعة إلى خفض الأسعار."
    assert one(text, "معكم").text == CALL


def test_near_miss_the_speakers_own_words_with_fa() -> None:
    text = f"قال المحافظ سليم العبادي مخاطبا سكان الحي: {CALL} ، فدعمنا لكم لن يتوقف أبدا."
    assert one(text, "معكم").text == f"{CALL} ، فدعمنا لكم لن يتوقف أبدا"


LESSON = "الصبر مفتاح كل باب مغلق في هذه الأيام الصعبة"


def test_a_lesson_is_an_occasion_of_speech() -> None:
    q = one(f"وقال الإمام في درس ألقاه بجامع الحي القديم: {LESSON}.", "مفتاح كل باب")
    assert q.speaker == "الإمام"


def test_near_miss_studied_after_a_relative() -> None:
    q = one(f'وقال مازن الشريف، الذي درس في جامعة الشمال، إن "{LESSON}".', "مفتاح كل باب")
    assert q.speaker == "مازن الشريف"
