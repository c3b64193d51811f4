"""Who said it (fix8, 2026-12-04): two regressions of dev8e's rules.

A title, its comma, a name with no comma closing it, the verb's object,
then a comma and a participle before a colon and the words: "وانتقدت
النائبة عن حزب الخضر، مريم الحداد تأخر الأشغال عن موعدها، واصفة ذلك:
«…»".  Since the name was read (f9322eb), the words were taken as the
object of the verb that opens the sentence, its subject's with no cue, and
three words of that kind were dropped as a name.  A comma after the subject
closes that verb's clause: the words are the participle's, the subject's
going on, as with the closing comma written.  With no comma between
("ورفضت النائبة X هذا التبرير «…»") the words stay the opening verb's.

A given name, a family name with the article, then a present verb in ي
with its complement: "أن النائب كريم العلوي يلوح بيده قائلا «…»".  The
verb is the name's own (the name ran on into it, "كريم العلوي يلوح").  Not
a given name in ي after the family name ("محمد الحسن يعقوب").

Every sentence here is invented.  The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from tests.extraction.helpers import said


def test_a_comma_after_the_object_gives_the_words_to_the_participle():
    q = said(
        "وانتقدت النائبة عن حزب الخضر، مريم الحداد تأخر الأشغال عن موعدها، "
        "واصفة ذلك: «تهاونا لا يغتفر».",
        "تهاونا لا",
    )
    assert q.speaker == "مريم الحداد", q.speaker
    assert q.role == "النائبة عن حزب الخضر", q.role


def test_words_right_after_the_object_stay_the_opening_verbs():
    q = said(
        "ورفضت النائبة عن حزب الخضر مريم الحداد هذا التبرير «الذي لا يقنع أحدا في المجلس».",
        "الذي لا",
    )
    assert q.speaker == "مريم الحداد", q.speaker
    assert q.confidence == 0.5, q.confidence


def test_the_name_stops_before_its_present_verb():
    q = said(
        'نقلت صحيفة محلية عن مصدر أن "التسجيل مفبرك بالكامل". '
        "وتبين في التسجيل أن المستشار سامي الفرجاني يضرب بيده على الطاولة "
        'قائلا "لن نتراجع عن القرار".',
        "لن نتراجع",
    )
    assert q.speaker == "سامي الفرجاني", q.speaker
    assert q.role == "المستشار", q.role


def test_a_given_name_in_ya_after_the_family_name_stays_in_it():
    q = said('وقال الطبيب محمد الحسن يعقوب إن "الوضع الصحي مستقر".', "الوضع الصحي")
    assert q.speaker == "محمد الحسن يعقوب", q.speaker
