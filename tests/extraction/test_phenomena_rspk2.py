"""Speaker phenomena found on real news text (the rspk2 session).

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_place_glued_to_ba_after_a_title_and_its_country_goes_on_to_the_name():
    # "سفير فرنسا بالجزائر، X،": where the post of a country is held, glued
    # to بـ after the country, is the title's; the name after it speaks
    text = (
        "نفى سفير إيطاليا بالمغرب، ماركو فيراري، اليوم الخميس أي نية للتدخل، مؤكدا أن "
        '"العلاقات بين البلدين تمر بأفضل مراحلها". وقال سفير مصر بالرياض أحمد سالم إن '
        '"الزيارة ستتم في موعدها".\n'
    )
    q = one(text, "العلاقات بين البلدين")
    assert same_name(q.speaker, "ماركو فيراري"), q
    assert q.role == "سفير إيطاليا بالمغرب", q
    q = one(text, "الزيارة ستتم")
    assert same_name(q.speaker, "أحمد سالم"), q
    assert q.role == "سفير مصر بالرياض", q


def test_a_legal_text_that_provides_speaks():
    # "بالمادة 72 من الدستور التي تنص على أن «…»": ينص/تنص (provides) is a
    # cue whose subject is the legal text, also taken up by a relative
    # pronoun: the article speaks, not the one who cites it
    text = (
        "واستشهد النائب سامي الخالدي بالفصل 31 من الدستور الذي ينص على أن "
        '"حرية الرأي والتعبير مضمونة". وتنص الاتفاقية على أن "تنسحب القوات خلال '
        'ستة أشهر".\n'
    )
    q = one(text, "حرية الرأي")
    assert q.speaker == "الفصل 31 من الدستور", q
    assert q.speaker_kind == "document", q
    q = one(text, "تنسحب القوات")
    assert q.speaker == "الاتفاقية", q


def test_a_relative_pronoun_alone_names_no_speaker():
    # "… «…» والذي قالت إنه …": the relative pronoun before the verb is its
    # object (what she said), and alone it names nobody: the verb's elided
    # subject is the one who spoke before
    text = (
        'وحذرت النقابة في بيان صادر عنها اليوم من "تدهور الأوضاع في القطاع" والذي قالت '
        'إنه يعود إلى "غياب الرؤية لدى الوزارة".\n'
    )
    q = one(text, "غياب الرؤية")
    assert q.speaker == "النقابة", q


def test_a_noun_with_a_possessed_genitive_after_a_full_name_is_the_object():
    # "وعزا المدرب X Y خسارة فريقه إلى «…»": a noun whose genitive carries a
    # possessive pronoun ends the name (no name word is possessed); a name
    # in ة or in الله still reads on
    text = (
        'وعزا المدرب سامي الكردي خسارة فريقه إلى "ضعف التحضير البدني للاعبين". '
        'وانتقد رئيس النادي نادر بن فالح أداء لاعبيه، قائلا إن "الفريق لم يظهر بمستواه". '
        'وقال اللاعب محمد سالم حمزة إن "الجمهور يستحق الأفضل".\n'
    )
    q = one(text, "ضعف التحضير")
    assert q.speaker == "سامي الكردي", q
    q = one(text, "الفريق لم يظهر")
    assert q.speaker == "نادر بن فالح", q
    q = one(text, "الجمهور يستحق")
    assert same_name(q.speaker, "محمد سالم حمزة"), q


def test_the_day_after_a_name_set_off_by_a_title_s_comma_ends_it():
    # "وقال المتحدث باسم الحكومة، X Y مساء الخميس: «…»": the day the words
    # were said, with no second comma before it, ends the name after the
    # title's comma; the name speaks, not the bare title
    text = (
        'وقال المتحدث باسم الوزارة، كريم الحسني مساء الخميس: "الإجراءات ستطبق على الجميع". '
        'وقال وزير النقل، سمير الهادي اليوم الأحد، إن "الطريق سيفتح قريبا".\n'
    )
    q = one(text, "الإجراءات ستطبق")
    assert q.speaker == "كريم الحسني", q
    assert q.role == "المتحدث باسم الوزارة", q
    q = one(text, "الطريق سيفتح")
    assert q.speaker == "سمير الهادي", q


def test_atamma_completed_closes_the_words_as_anha():
    # "أتمّ: «…»": completed (his words), a verb of closing as أنهى and
    # ختم; its elided subject is the one who spoke before, not a person
    # named "أتم"
    text = (
        'وقال المدير الرياضي سامي الفارس: "الجميع يتحمل مسؤولية الهزيمة".\n'
        'تابع: "الأخطاء كانت كثيرة في المباراة".\n'
        'أتم: "الإدارة ترحب بكل من يريد المساعدة".\n'
    )
    q = one(text, "الإدارة ترحب")
    assert same_name(q.speaker, "سامي الفارس"), q


def test_words_attributed_with_al_qawl_and_a_pronoun():
    # "نسبت إلى X القول «…»", "نقلت عن X القول": the saying (القول), the
    # relay's object, ends the name of the one the words are attributed
    # to; "نسبت له القول": so does the pronoun after نسب, as عنه after نقل
    text = (
        "ونسبت الصحيفة إلى وزير الزراعة القول إن "
        '"المحصول هذا العام سيكون الأفضل منذ عقد".\n'
        "التقى النائب كمال الصالح الناخبين أمس. ونسبت له الصحف القول "
        '"إن البرلمان لن يصوت على الموازنة الحالية".\n'
    )
    q = one(text, "المحصول هذا العام")
    assert q.speaker == "وزير الزراعة", q
    q = one(text, "البرلمان لن يصوت")
    assert same_name(q.speaker, "كمال الصالح"), q


def test_ali_after_a_title_glued_to_lil_is_the_name_not_the_verb_s_ala():
    # "وعلق المستشار الإعلامي للجنرال علي محسن، X، على …": right after a
    # title glued to لل, "علي" spelt with its ya before an indefinite word is
    # the title holder's name, not the على the verb takes (which follows)
    text = (
        "وعلق المستشار الإعلامي للجنرال علي سالم، كمال الهادي، على الأزمة قائلا: "
        '"الوضع يستدعي تدخلا عاجلا من الحكومة".\n'
    )
    q = one(text, "الوضع يستدعي")
    assert q.speaker == "كمال الهادي", q
    assert q.role == "المستشار الإعلامي للجنرال علي سالم", q


def test_walakinnahu_before_a_verb_is_no_name():
    # "…، ولكنه شدد على أنها «…»": "but he" before the verb, as لكنه, ends
    # no subject phrase: the pronoun is the one the sentence is about
    text = (
        "وقال المسؤول، الذي طلب عدم ذكر اسمه، إن بلاده أبلغت الجانب الآخر مسبقا، "
        'ولكنه شدد على أنها "لم تطلب إذنه ولم تنسق معه".\n'
    )
    q = one(text, "لم تطلب إذنه")
    assert q.speaker == "المسؤول", q


def test_masul_spelt_with_ya_hamza_is_the_same_head():
    # "مسئول" (the Egyptian and Levantine spelling of مسؤول) is the same
    # anonymous head and title: "مسئول أمريكى رفيع المستوى" is one
    # description, taken up by "المسئول"
    text = (
        "أكد مسئول أمريكى رفيع المستوى، أن واشنطن أبلغت الرئيس السورى، بشار الأسد، "
        'بنيتها شن ضربات. وأضاف المسئول أن "الضربات ستستمر لأسابيع طويلة".\n'
    )
    q = one(text, "الضربات ستستمر")
    assert q.speaker == "مسئول أمريكى رفيع المستوى", q
