"""Who said it, and as what (dev8b, 2026-12-04).

وإذ opening a clause ("وإذ اعتبر أن «…»، رأى أن «…»": while he held that
…, he saw that …) is a conjunction of time and circumstance, never a name
before the verb: the speaker before goes on, as after إذ alone.  A subject
named after the verb ("وإذ اعتبرت الوزيرة X أن") still speaks.

The day told after a name in commas, with its date in brackets ("أعلن ممثل
الهيئة، X Y اليوم الأحد (14 آذار 2021)، أن", "X Y أمس (الاثنين)، إن"), ends
the name as the bare day did: the name is the role's holder.  Brackets
holding no date ("(رويترز)") do not.

A news outlet that tells what a body or a person said ("وذكرت وكالة الأنباء
أن الهيئة حذرت «…»، وقالت إن «…»") only carries the words: the verb after
them goes on with the one quoted, not with the outlet that opened the
sentence.  A paper, a channel, a site, or an agency named as a news agency
(الأنباء، رويترز …); "وكالة الفضاء" is a body speaking for itself.

What is done to prices, taxes and bans, a first-form verbal noun in
construct after a bare title ("وانتقد النائب رفع أسعار الخبز، قائلا",
"ورفض الوزير فرض ضرائب جديدة"), is the verb's object, no name: the title's
holder named before speaks.  "رفعت" opening a name is no such noun.

A name in marks after a title may run to more than four words when بن and
آل link its lineage ("وزير الخارجية «X بن Y آل Z» إن"): those links are not
counted, the name's own words still at most four.

One's own words, indefinite, then the verb that tells what was in them
("رفعت النيابة دعوى ضد النائب X على خلفية تصريحات قال فيها إن «…»",
تدوينة، تغريدة، مقابلة …): a relative clause on the statement, whose
subject is the person named last in the sentence (after a title, or after
ضد/بحق), not the last quote's speaker.  A body's statement ("بيانا قالت
فيه") is left to the body that issued it.

The verb that held or ran an interview, with its object pronoun ("في حوار
مع X Y رئيس حزب الأمل أجرته الإذاعة", أجراه، بثته، نشرته), opens the
relative clause on it: it ends the phrase, no name after the role.

The source after the words, "«…» حسب ما ذكره X", "وفق ما قاله X", is read
as "بحسب ما ذكره" and "حسب ما قاله" were: X said them.  Words that have
their speaker before them keep him ("قال X إن «…»، حسب ما ذكرت الوكالة").

A cable's feminine verb ("وقالت البرقية إن «…»") read as its author's
words agrees with the cable: it makes no woman of the author, and "وقال"
after his next words still goes on with him.

"برقية أبرقها السفير X" (cabled it) names the cable's author, as كتبها and
أرسلها do.  So does the verb after cables in the plural, new to the text
("برقيات دبلوماسية كتبها القنصل X"): a set one man wrote, "هذه البرقيات" later
his; cables with no such verb stay the cables.

أهاب (appealed, urged; present يهيب) is a verb of urging as ناشد is: "وأهابت
الإدارة «بتوخي الحذر …»", "وأهاب المدير بالمواطنين «…»": its subject says the
words in marks.

A plural of people (المواطنين، السكان …) after a body's head with the
article, or after its feminine singular definite genitive ("وناشدت
المديرية المواطنين «…»", "ودعت وزارة الصحة المواطنين إلى «…»"), is the
verb's object: neither word can take a genitive, nor have a plural of
people for its adjective.  "نقابة المعلمين" (an indefinite head's
genitive) and "نقابة الأطباء المقيمين" (a plural's adjective) keep them.

"صدر عن X البيان الآتي: «…»" (issued by X), "وصدر عن X بيان جاء فيه": X
issued the statement and speaks, as a document's holder does after "جاء
في".  A book issued by a publisher, its title in marks, quotes nothing.

A cable "موقعة من قبل X" or "مصنفة من قبل X" (signed, classified by X) is
X's, as "موقعة من X" was: "وقالت البرقية" later gives his words.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said


def test_wa_idh_opening_a_clause_is_no_name() -> None:
    text = (
        'قال وزير الزراعة كمال ناصر في مؤتمر صحفي إن "الموسم واعد". '
        'وإذ اعتبر ان "الري يحتاج إلى دعم عاجل"، رأى أنه "من الضروري '
        'تحديث السدود الصغيرة".'
    )
    for start in ("الري يحتاج", "من الضروري"):
        q = said(text, start)
        assert q.speaker == "كمال ناصر"
        assert q.role == "وزير الزراعة"


def test_wa_idh_leaves_a_subject_named_after_the_verb() -> None:
    # near miss: the verb after وإذ names its own subject, who speaks
    text = (
        'قال وزير الزراعة كمال ناصر إن "الموسم واعد". وإذ اعتبرت وزيرة '
        'المالية سلمى راشد أن "الدعم مكلف"، رأت أنه "من الأفضل تأجيله".'
    )
    for start in ("الدعم مكلف", "من الأفضل"):
        assert said(text, start).speaker == "سلمى راشد"


def test_day_with_its_date_in_brackets_ends_the_name_in_commas() -> None:
    # "ROLE، NAME اليوم الأحد (DATE)، أنّ": the bracketed date is still the
    # day told, the name in commas the role's holder
    text = (
        "أعلن ممثل هيئة الموانئ في العاصمة، سامر يوسف اليوم الأحد "
        "(14 آذار 2021)، أن الرصيف الجديد سيفتتح قريبا. وقال يوسف إن "
        '"الأشغال انتهت في موعدها".'
    )
    q = said(text, "الأشغال")
    assert q.speaker == "سامر يوسف"
    assert q.role == "ممثل هيئة الموانئ في العاصمة"
    text = 'قال المتحدث باسم الدفاع المدني، نادر حمدان أمس (الاثنين)، إن "الحريق أخمد".'
    assert said(text, "الحريق").speaker == "نادر حمدان"


def test_brackets_after_the_day_holding_no_date_end_nothing() -> None:
    # near miss: an outlet in brackets after the day is no date of it
    text = (
        "أعلن ممثل هيئة الموانئ في العاصمة، سامر يوسف اليوم الأحد "
        "(رويترز)، أن الرصيف الجديد سيفتتح قريبا. وقال يوسف إن "
        '"الأشغال انتهت في موعدها".'
    )
    assert "رويترز" not in (said(text, "الأشغال").speaker or "")


def test_the_one_a_news_outlet_quotes_goes_on() -> None:
    # "ذكرت وكالة الأنباء أن X حذر «…»، وقال إن «…»": the outlet carries
    # the words; X, quoted in its that-clause, goes on
    for outlet in ("وكالة الأنباء الرسمية", "صحيفة الأيام"):
        text = (
            f'وذكرت {outlet}، أن الهيئة حذرت "السكان من شراء المواد المهربة"، '
            'وقالت إن "المخالفين سيعاقبون".'
        )
        assert said(text, "المخالفين").speaker == "الهيئة"


def test_an_agency_of_government_is_no_outlet() -> None:
    # near miss: "وكالة الفضاء" speaks for itself; it is no outlet, and
    # the verb after the words still takes the sentence's subject
    text = (
        'وذكرت وكالة الفضاء، أن الهيئة حذرت "السكان من شراء المواد المهربة"، '
        'وقالت إن "المخالفين سيعاقبون".'
    )
    assert said(text, "المخالفين").speaker == "وكالة الفضاء"


def test_what_is_done_to_prices_after_a_bare_title_is_no_name() -> None:
    # "وانتقد النائب رفع أسعار الخبز، قائلا «…»": the verbal noun in
    # construct is the verb's object; the deputy named before speaks
    for obj in ("رفع أسعار الخبز", "فرض ضرائب جديدة", "حظر استيراد السيارات"):
        text = (
            'قال النائب سامي خليل إن "الموازنة مرهقة". '
            f'وانتقد النائب {obj}، قائلا "لا أفهم المقصود منه".'
        )
        assert said(text, "لا أفهم").speaker == "سامي خليل"


def test_a_name_that_opens_like_such_a_noun_still_speaks() -> None:
    # near miss: "رفعت" is a given name, no verbal noun
    text = 'وقال المهندس رفعت سالم إن "الجسر آمن".'
    assert said(text, "الجسر").speaker == "رفعت سالم"


@pytest.mark.parametrize("name", ["سامي بن خالد آل سالم", "سامي بن خالد بن سالم"])
def test_a_lineage_name_in_marks_after_a_title(name: str) -> None:
    # "وزير الخارجية «X بن Y آل Z» إن": بن and آل link the lineage; the
    # name has three words of its own and is the title's holder
    text = f'قال وزير الداخلية "{name}" إن الحدود آمنة. وتابع: "هذه الشحنة كانت معدة للتهريب".'
    q = said(text, "هذه الشحنة")
    assert q.speaker == name
    assert q.role == "وزير الداخلية"


def test_five_words_in_marks_after_a_title_are_no_name() -> None:
    # near miss: five words with no link of lineage are still too many
    text = (
        'قال وزير الداخلية "سامي خالد عمر سالم حمدان" إن الحدود آمنة. '
        'وتابع: "هذه الشحنة كانت معدة للتهريب".'
    )
    assert said(text, "هذه الشحنة").speaker != "سامي خالد عمر سالم حمدان"


def test_statements_said_in_are_of_the_person_named_last() -> None:
    # "ضد النائب X على خلفية تصريحات قال فيها إن «…»": the statements and
    # the verb telling what was in them are X's, not the last speaker's
    for before in ("ضد النائب كمال العياري، على خلفية", "ضد كمال العياري بسبب"):
        text = (
            'وقال المحامي سمير الطاهر إن "الحكم قاس". '
            f"وكانت النيابة رفعت دعوى {before} تصريحات قال فيها إن "
            '"البرلمان فقد شرعيته".'
        )
        assert said(text, "البرلمان").speaker == "كمال العياري"


def test_a_body_s_statement_said_in_stays_the_body_s() -> None:
    # near miss: a body's statement ("بيانا قالت فيه") is no one's own words
    # of the list; the body that issued it speaks, as before
    text = (
        'وقال المحامي سمير الطاهر إن "الحكم قاس". '
        'وأصدرت الهيئة ضد النائب كمال العياري بيانا قالت فيه إن "البرلمان فقد شرعيته".'
    )
    assert said(text, "البرلمان").speaker == "الهيئة"


def test_the_verb_holding_the_interview_ends_the_role_after_a_name() -> None:
    # "في حوار مع X Y رئيس حزب الأمل أجرته الإذاعة اليوم قال Y": أجرته
    # (held it) opens the relative clause on the interview, no name after
    # the role; the name keeps its role
    for clause in ("أجرته الإذاعة اليوم", "بثته القناة مساء أمس", "نشرته الصحيفة اليوم"):
        text = (
            f'في حوار مع الشيخ سالم الحمدي رئيس حزب الأمل {clause} قال الحمدي إن "الحكومة باقية".'
        )
        q = said(text, "الحكومة")
        assert q.speaker == "سالم الحمدي"
        assert q.role == "رئيس حزب الأمل"


def test_a_given_name_after_a_title_is_still_a_name() -> None:
    # near miss: "نشأت" looks like such a verb and is a given name
    text = 'وقال رئيس الحزب نشأت الحمدي إن "الحكومة باقية".'
    q = said(text, "الحكومة")
    assert q.speaker == "نشأت الحمدي"
    assert q.role == "رئيس الحزب"


def test_according_to_what_he_mentioned_after_the_words() -> None:
    # "«…» حسب ما ذكره X", "وفق ما قاله X": the source after the words, as
    # "بحسب ما ذكره" and "حسب ما قاله" were read
    for source in ("حسب ما ذكره", "وفق ما ذكره", "وفق ما قاله"):
        text = (
            'وأرجأت البلدية أشغال الطريق، "بسبب نقص الإسمنت في السوق" '
            f"{source} رئيس البلدية سامي خليل."
        )
        q = said(text, "بسبب نقص")
        assert q.speaker == "سامي خليل"
        assert q.role == "رئيس البلدية"


def test_the_source_after_a_quote_with_its_own_verb_does_not_take_it() -> None:
    # near miss: the words have their speaker before them; the outlet after
    # "حسب ما ذكرت" only relays
    text = 'وقال الوزير سامي خليل إن "الخطة جاهزة"، حسب ما ذكرت الوكالة.'
    assert said(text, "الخطة").speaker == "سامي خليل"


def test_a_cable_s_feminine_verb_leaves_its_author_a_man() -> None:
    # "برقية كتبها السفير X. وقالت البرقية إن «…»": the feminine verb
    # agrees with the cable; its author stays a man, and "وقال" after his
    # next words goes on with him
    text = (
        "نشرت صحيفة محلية برقية كتبها السفير الأمريكي جون سميث. "
        'وقالت البرقية إن "الحكومة عقبة". '
        'وقال سميث في برقيته إن "المصادر أفادت بذلك". '
        'وقال أن هناك "حكومات صامتة".'
    )
    assert said(text, "الحكومة").speaker == "جون سميث"
    assert said(text, "حكومات").speaker == "جون سميث"


def test_a_feminine_verb_still_tells_a_woman() -> None:
    # near miss: with no cable, the feminine verb of a person named after a
    # title tells a woman, and "وتابعت" goes on with her
    text = (
        'قال النائب سامي خليل إن "الموازنة مرهقة". '
        'وانتقدت النائب ريم العلي الحكومة قائلة إن "الأسعار مرتفعة". '
        'وتابعت: "لن نصوت على الموازنة".'
    )
    assert said(text, "لن نصوت").speaker == "ريم العلي"


def test_a_cable_cabled_by_an_envoy_is_his() -> None:
    # "برقية أبرقها السفير X" (cabled it): X is the cable's author, and
    # "وقالت البرقية" later gives his words
    text = (
        "نشرت صحيفة محلية برقية سرية أبرقها السفير الأمريكي جون سميث. "
        'وقالت البرقية إن "الحكومة هي العقبة الأكبر".'
    )
    q = said(text, "الحكومة")
    assert q.speaker == "جون سميث"
    assert q.role == "السفير الأمريكي"


def test_a_cable_with_no_author_stays_the_cable() -> None:
    # near miss: no verb of writing or cabling names an author
    text = (
        "نشرت صحيفة محلية برقية سرية عن السفير الأمريكي جون سميث. "
        'وقالت البرقية إن "الحكومة هي العقبة الأكبر".'
    )
    assert said(text, "الحكومة").speaker == "البرقية"


def test_cables_one_envoy_wrote_are_his() -> None:
    # "برقيات دبلوماسية كتبها القنصل X …. ورأت هذه البرقيات أن «…»": a set
    # of cables one man wrote; what they hold is his
    text = (
        "تداولت مواقع إخبارية برقيات دبلوماسية كتبها القنصل البريطاني السابق "
        "مارك براون خلال عمله في نيروبي. ورأت هذه البرقيات أن الشرطة "
        '"أكبر عائق أمام مكافحة الفساد".'
    )
    q = said(text, "أكبر عائق")
    assert q.speaker == "مارك براون"
    assert q.role == "القنصل البريطاني السابق"


def test_cables_with_no_author_stay_the_cables() -> None:
    # near miss: cables named with no verb of writing have no author
    text = (
        'نشرت صحيفة محلية برقيات أمريكية عن الأزمة. وقالت البرقيات إن "الحكومة هي العقبة الأكبر".'
    )
    assert said(text, "الحكومة").speaker == "البرقيات"


def test_appealed_is_a_verb_of_urging() -> None:
    # "وأهابت الإدارة «بتوخي الحذر …»", "وأهاب مدير الدفاع المدني بالمواطنين
    # «…»", "ويهيب": the one who appeals says the words in marks
    before = 'وقال وزير الداخلية إن "الوضع مستقر". '
    text = before + 'وأهابت الإدارة "بتوخي الحذر عند القيادة في الطرق الجبلية".'
    assert said(text, "بتوخي الحذر").speaker == "الإدارة"
    text = before + 'ويهيب مدير الدفاع المدني بالمواطنين "عدم الاقتراب من الأودية".'
    assert said(text, "عدم الاقتراب").speaker == "مدير الدفاع المدني"


def test_whom_one_appeals_to_is_no_speaker() -> None:
    # "بالمواطنين" after the subject is whom he appeals to; the titled name
    # before it speaks
    text = (
        'وقال وزير الداخلية إن "الوضع مستقر". وأهاب مدير الدفاع المدني '
        'العميد سامي خليل بالمواطنين "عدم الاقتراب من الأودية".'
    )
    q = said(text, "عدم الاقتراب")
    assert q.speaker == "سامي خليل"
    assert q.role == "مدير الدفاع المدني"


def test_an_appeal_told_without_marks_leaves_the_next_speaker() -> None:
    # near miss: an appeal with no words in marks quotes nothing; the verb
    # after it names its own speaker
    text = (
        "وأهابت المديرية بالمواطنين التعاون مع الأجهزة الأمنية. "
        'وقال وزير الداخلية سمير حداد إن "الوضع مستقر".'
    )
    assert said(text, "الوضع").speaker == "سمير حداد"


def test_people_urged_after_a_body_are_the_object() -> None:
    # "وناشدت المديرية المواطنين «…»", "ودعت وزارة الصحة المواطنين إلى
    # «…»": a plural of people after the body's definite word is the verb's
    # object, no word of the body's name
    for text, body in (
        ('وناشدت المديرية المواطنين "عدم الانجرار وراء الشائعات".', "المديرية"),
        ('ودعت وزارة الصحة المواطنين إلى "تلقي اللقاح في أقرب مركز صحي".', "وزارة الصحة"),
        ('وحذرت الشرطة السكان من "الاقتراب من الموقع".', "الشرطة"),
    ):
        assert said(text, text.split('"')[1][:6]).speaker == body


def test_a_union_named_by_its_members_keeps_them() -> None:
    # near miss: the members are the genitive of an indefinite head, or a
    # plural's adjective; they name the body
    for body in ("نقابة المعلمين", "نقابة الأطباء المقيمين"):
        text = f'وقالت {body} إن "الإضراب مستمر".'
        assert said(text, "الإضراب").speaker == body


def test_issued_by_names_who_speaks() -> None:
    # "صدر عن X البيان الآتي: «…»", "وصدر عن X بيان جاء فيه: «…»": the
    # statement issued by X is X's words
    text = (
        "صدر عن وزير المالية سامي خليل، البيان الآتي:\n"
        '"تعلن الوزارة عن تمديد مهلة تقديم التصاريح الضريبية حتى نهاية الشهر".'
    )
    q = said(text, "تعلن الوزارة")
    assert q.speaker == "سامي خليل"
    assert q.role == "وزير المالية"
    text = (
        'صدر عن وزارة المالية البيان التالي: "تعلن الوزارة عن تمديد مهلة '
        'تقديم التصاريح الضريبية حتى نهاية الشهر".'
    )
    assert said(text, "تعلن الوزارة").speaker == "وزارة المالية"


def test_a_book_issued_by_a_publisher_quotes_nothing() -> None:
    # near miss: a title in marks after "صدر عن دار النشر كتاب بعنوان" is
    # a label, no words the publisher said
    text = 'صدر عن دار النشر كتاب جديد بعنوان "رحلة في ذاكرة المدينة القديمة" للكاتب سامي خليل.'
    assert extract(text) == []


def test_a_cable_signed_or_classified_by_an_envoy_is_his() -> None:
    # "برقية موقعة من قبل القائمة بالأعمال X", "مصنفة من قبل X": by X, its
    # signer; "وقالت البرقية" later gives X's words
    for signed in ("موقعة من قبل", "مصنفة من قبل"):
        text = (
            f"نشرت صحيفة محلية برقية أمريكية {signed} القائمة بالأعمال ماري سميث. "
            'وقالت البرقية إن "الحكومة ضعيفة".'
        )
        q = said(text, "الحكومة")
        assert q.speaker == "ماري سميث"
        assert q.role == "القائمة بالأعمال"


def test_a_cable_published_by_a_site_has_no_author() -> None:
    # near miss: published by a site ("نشرت من قبل الموقع") names no signer
    text = 'نشرت صحيفة محلية برقية أمريكية نشرت من قبل الموقع. وقالت البرقية إن "الحكومة ضعيفة".'
    assert said(text, "الحكومة").speaker == "البرقية"
