"""Phenomena found in the quote-finding misses of the real development sets
(qf): speech without marks that a colon announces, lists of a speaker's
words, marks printed oddly, and words in marks that are no quotation.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of, same_name


def test_each_item_of_a_list_after_a_verb_of_saying_and_its_colon_is_speech():
    # "وفيما يلي أبرز ما قاله:\n- …\n- …": every line that opens with the
    # first item's bullet is the speaker's words, without the bullet and
    # the final stop (only the first item was found, with its bullet)
    text = (
        "التقى وزير الزراعة كمال الهاشمي وفدا من المزارعين في مقر الوزارة.\n"
        "وفيما يلي أبرز ما قاله:\n"
        "- الموسم الزراعي هذا العام واعد رغم قلة الأمطار.\n"
        "- سنصرف التعويضات للمتضررين قبل نهاية الشهر المقبل.\n"
        "- لا نية لرفع أسعار البذور أو الأسمدة، والدعم باق.\n"
        "وكان الوفد قد طالب بتعويضات عن خسائر الصقيع.\n"
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "الموسم الزراعي هذا العام واعد رغم قلة الأمطار",
        "سنصرف التعويضات للمتضررين قبل نهاية الشهر المقبل",
        "لا نية لرفع أسعار البذور أو الأسمدة، والدعم باق",
    ], found
    assert all(same_name(q.speaker, "كمال الهاشمي") for q in found), found


def test_a_list_after_a_colon_that_no_verb_of_saying_introduces_is_no_speech():
    # (negative) "وتشمل الخطة ما يلي:\n- …": a list of the writer's, no one's words
    text = (
        "أعلنت البلدية خطة لتجميل وسط المدينة.\n\n"
        "وتشمل الخطة المحاور التالية:\n"
        "- زراعة ألف شجرة على جوانب الطرق الرئيسية.\n"
        "- ترميم واجهات المباني القديمة في السوق.\n"
    )
    assert quotes_of(text) == []


def test_the_paragraph_after_a_cue_and_the_following_and_a_colon_is_speech():
    # "صرح مصدر مسؤول في الوزارة بما يلي:\n\n…": "the following" points at
    # the next paragraph, his words, though the verb is no verb of saying
    # that a colon at its line's end hands over by itself
    text = (
        "عمان - صرح مصدر مسؤول في وزارة الخارجية بما يلي:\n\n"
        "ترفض الوزارة رفضا قاطعا ما ورد في التقرير من اتهامات لا أساس لها من الصحة.\n\n"
        "وكان التقرير قد صدر أمس.\n"
    )
    q = one(text, "ترفض الوزارة")
    assert q.text == "ترفض الوزارة رفضا قاطعا ما ورد في التقرير من اتهامات لا أساس لها من الصحة", q
    assert same_name(q.speaker, "مصدر مسؤول في وزارة الخارجية"), q


def test_an_opener_followed_by_dots_of_words_left_out_opens():
    # 'ومما قال: "..لكن الأمر …".': the dots after the opener mark words
    # left out before the quote; the mark opens though a dot follows it
    # (it was read as a closer, and the quote was lost)
    text = (
        "انتقد الكاتب سالم العتيبي في مقاله أمس أداء وزارة المالية، ومما قال: "
        '"..لكن المفاجأة أن أحدا من الوزراء لم يطلع على الميزانية قبل نشرها".\n'
        'وختم بقوله: "هذا أمر لا يليق بدولة المؤسسات".\n'
    )
    q = one(text, "لكن المفاجأة")
    assert "لم يطلع على الميزانية قبل نشرها" in q.text, q
    q = one(text, "هذا أمر لا يليق")
    assert q.text == "هذا أمر لا يليق بدولة المؤسسات", q


def test_words_opening_with_inna_after_a_colon_take_a_verb_of_saying_further_back():
    # "قال الشيخ X … وزير … بمناسبة …: إن …": إنّ after the colon opens
    # words said, so the verb of saying may stand more than ten words back
    # (its subject a long name and title, then an adverbial)
    text = (
        "قال معالي الشيخ سالم بن ناصر بن حمد الكندي وزير التنمية الاجتماعية بمناسبة "
        "اليوم العالمي للأسرة في العاصمة: إن الأسرة هي نواة المجتمع وأساس نهضته، "
        "وعلينا جميعا أن نحافظ على تماسكها.\n"
    )
    q = one(text, "الأسرة هي نواة")
    assert q.text.startswith("إن الأسرة هي نواة المجتمع"), q
    assert q.text.endswith("أن نحافظ على تماسكها"), q
    assert same_name(q.speaker, "سالم بن ناصر بن حمد الكندي"), q


def test_a_colon_far_after_a_verb_of_saying_with_no_inna_is_no_speech():
    # (negative) the long reach is for إنّ only: a colon twenty words on,
    # before a list of the writer's, hands nothing over
    text = (
        "قال وزير التنمية الاجتماعية سالم الكندي في حفل أقيم في العاصمة بحضور عدد كبير "
        "من المسؤولين والأهالي والطلاب وأولياء الأمور وممثلي الجمعيات الأهلية: "
        "المدارس الثلاث والمستشفى الجديد ومركز الشباب.\n"
    )
    assert quotes_of(text) == []


def test_a_long_name_after_an_indefinite_label_noun_is_no_quotation():
    # 'في مؤتمر «…»', 'تحت مسمى «…»', 'مقالا بعنوان «…»': an indefinite
    # label noun right before the marks names what is in them, up to ten
    # words (only six were let go)
    text = (
        "ألقى وزير الثقافة كلمة في مؤتمر «التراث الشعبي والهوية الوطنية في مدن الساحل الشمالي» "
        "بحضور عدد من الباحثين. ودعا الوزير إلى إطلاق برنامج تحت مسمى «رعاية الحرفيين "
        "الشباب في القرى والأرياف البعيدة». وقال الوزير: «التراث ذاكرة الأمة وعلينا حمايته».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["التراث ذاكرة الأمة وعلينا حمايته"]


def test_words_said_after_a_definite_label_noun_stay_a_quotation():
    # (negative) a definite label noun before long words in marks may be
    # their speaker: "وقالت الحركة «…»"
    text = (
        "وقالت الحركة «لن نشارك في أي حكومة لا تلتزم ببرنامج الإصلاح الذي أعلناه أمام الناخبين».\n"
    )
    q = one(text, "لن نشارك")
    assert q.text.endswith("أمام الناخبين"), q


def test_a_body_named_in_marks_after_its_indefinite_head_is_no_quotation():
    # 'اطلعت «وكالة قدس نت للأنباء» على نصه': an outlet's or a body's name,
    # its indefinite head first, with no cue right before it
    text = (
        "وأكد المتحدث باسم الحكومة سامي الحلبي في بيان اطلعت «وكالة الرصد للأنباء» "
        "على نصه، أن «ما نشر عن الاتفاق مغاير للحقيقة تماما».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["ما نشر عن الاتفاق مغاير للحقيقة تماما"]


def test_words_after_a_colon_run_on_to_the_mark_that_closes_them():
    # 'وأضاف: السد استحق التأهل، … وتعبر عن مستوى الكرة".': the words after
    # the colon, cut where a verb with و seemed to resume the narrator, run
    # on to the closing mark never opened; one quote, not two that overlap
    text = (
        'وقال مدرب الفريق ماهر السعدي: "لم نقدم المستوى المطلوب في الشوط الثاني".\n'
        "وأضاف: المنافس استحق الفوز، وأتمنى له التوفيق في النهائي، "
        'وتعبر المباراة عن مستوى الدوري".\n'
    )
    found = [q for q in quotes_of(text) if "المنافس" in q.text]
    assert [q.text for q in found] == [
        "المنافس استحق الفوز، وأتمنى له التوفيق في النهائي، وتعبر المباراة عن مستوى الدوري"
    ], found
    assert same_name(found[0].speaker, "ماهر السعدي"), found


def test_a_statement_of_several_paragraphs_in_one_pair_of_marks_is_one_quote():
    # '\n”… إعدامه!!!!\n… بلدهم …..\nسأنطلق … ….”\n': an opener at a line's
    # start whose family's next mark, a few paragraphs on with no mark
    # between, closes the last of them at its end: one statement (the
    # quote was dropped at the first line break, never closed)
    text = (
        "وكتب النائب سمير العلوي على صفحته في فيسبوك:\n\n"
        "“لقد قدمت استقالتي من رئاسة اللجنة بعد أن تأكدت أن العمل فيها أصبح مستحيلا.\n"
        "وأنا أشكر كل الزملاء الذين وقفوا معي طوال هذه السنوات الصعبة!!\n"
        "وسأواصل العمل من أجل ناخبي في الدائرة.”\n"
    )
    q = one(text, "لقد قدمت استقالتي")
    assert q.text.endswith("من أجل ناخبي في الدائرة."), q


def test_an_unclosed_opener_in_mid_line_does_not_run_into_the_next_paragraphs():
    # (negative) an opener inside its line, its quote never closed there:
    # a mark closing a later line belongs to another quote
    text = (
        "وقال الوزير سمير العلوي إن “الحكومة ستواصل الإصلاحات رغم كل الصعوبات.\n"
        "وأكد الوزير أن موعد الانتخابات ثابت.\n"
        "ورد النائب حسن الطرابلسي بأن الإصلاحات لم تبدأ بعد.”\n"
    )
    for q in quotes_of(text):
        assert "وأكد الوزير" not in q.text, q


def test_the_narrators_verb_of_saying_inside_one_pair_of_marks_splits_two_quotes():
    # 'إن “… الانتخابية،واضاف في حديث صحفي،  البرلمان …”': a verb of saying
    # with و in the third person, a short adjunct and a comma inside the
    # marks are the narrator's; two statements, each its own quote
    text = (
        "قال النائب كريم الساعدي، الأحد، إن “الحكومة الحالية عاجزة عن حل أزمة الكهرباء "
        "والصيف على الأبواب،وأضاف في تصريح صحفي، الوزارة لم تنفذ أي مشروع جديد "
        "منذ ثلاث سنوات رغم الأموال الطائلة”.\n"
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "الحكومة الحالية عاجزة عن حل أزمة الكهرباء والصيف على الأبواب",
        "الوزارة لم تنفذ أي مشروع جديد منذ ثلاث سنوات رغم الأموال الطائلة",
    ], found
    assert all(same_name(q.speaker, "كريم الساعدي") for q in found), found


def test_the_speakers_own_words_with_wa_and_a_verb_stay_one_quote():
    # (negative) "وأقول" (first person) is no cue, and "، وأضاف الوزير أن …"
    # with no comma after a short adjunct is the speaker's own account
    text = (
        "قال النائب كريم الساعدي إن “الحكومة عاجزة عن حل الأزمة، وأقول للجميع، "
        "إن الصيف على الأبواب، وأضاف الوزير أن الخطط جاهزة ولم نر منها شيئا”.\n"
    )
    found = quotes_of(text)
    assert len(found) == 1 and found[0].text.endswith("ولم نر منها شيئا"), found


def test_a_pages_pointer_to_other_articles_before_a_colon_is_no_speech():
    # "إقرأ ايضاً:رواتب عالية | …": "اقرأ" reads as a verb of saying (the
    # dual of أقرّ) before a colon; the label of a page's related links
    # heads no one's words
    text = (
        'وقال المدرب سامي الشهري: "الفوز مستحق والمباراة كانت صعبة علينا".\n'
        "إقرأ ايضاً:أسعار الذهب تتراجع في السوق المحلية | وظائف شاغرة في شركة كبرى\n"
        "وعن الإصابات قال المدرب إن اللاعبين بخير.\n"
    )
    assert [q.text for q in quotes_of(text)] == ["الفوز مستحق والمباراة كانت صعبة علينا"]


def test_three_words_in_marks_glued_to_bi_after_described_are_the_speakers_words():
    # 'ووصفت ما ورد في بيان الجمعية بـ"المغالطة للرأي العام"': three words
    # the subject of وصف chose, glued to بـ, are his words (a name glued to
    # بـ/لـ is let go; one or two words stay so)
    text = (
        "نفت وزارة الصحة ما نشرته بعض الصفحات عن نقص الأدوية، ووصفت ما ورد في "
        'المنشورات بـ"التضليل المتعمد للمواطنين"، كما وصفت الحملة بـ"المغرضة".\n'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == ["التضليل المتعمد للمواطنين"], found
    assert same_name(found[0].speaker, "وزارة الصحة"), found


def test_a_verb_of_saying_reaches_its_colon_past_the_occasion_of_its_words():
    # "وقال X في تصريحات لـY خلال برنامج Z على قناة W: …": the occasion of
    # the words (في/خلال + تصريحات، حديثه، كلمته …) puts the verb of saying
    # more than ten words before the colon
    text = (
        "وقال مدرب الفريق حسام البدري في تصريحات للصحفيين خلال برنامج المساء الرياضي "
        "على قناة النيل: اللاعبون قدموا مباراة كبيرة ويستحقون التحية.\n"
    )
    q = one(text, "اللاعبون قدموا")
    assert q.text == "اللاعبون قدموا مباراة كبيرة ويستحقون التحية", q
    assert same_name(q.speaker, "حسام البدري"), q


def test_a_far_verb_of_saying_with_no_occasion_hands_no_colon_words():
    # (negative) a colon far after the verb, with no occasion of speech
    # between (nor a comma or إنّ), is the writer's
    text = (
        "وقال مدرب الفريق حسام البدري عن المباراة المقبلة أمام فريق الشباب في ملعب "
        "المدينة الرياضية بالعاصمة الجديدة ثلاثة أمور: اللياقة والتركيز والانضباط التكتيكي.\n"
    )
    assert quotes_of(text) == []


def test_words_left_unclosed_end_before_the_narrators_in_reference_to_aside():
    # ': "من حقنا استدعاء الوزير لمناقشته فيما حدث - في إشارة إلى حادث
    # الواحات - لافتا إلى …': the mark never closed, the narrator's aside
    # "في إشارة إلى" set off by a dash ends the words (they ran to the stop)
    text = (
        'وقال النائب سامح العدوي، خلال كلمته بالجلسة العامة: "من حقنا استدعاء وزير النقل '
        "لمساءلته عما جرى - في إشارة إلى حادث القطار - لافتا إلى أن الحكومة تأخرت في الرد.\n"
    )
    q = one(text, "من حقنا استدعاء")
    assert q.text == "من حقنا استدعاء وزير النقل لمساءلته عما جرى", q


def test_names_in_marks_coordinated_in_a_list_after_a_noun_are_no_quotation():
    # 'تنظيمات القاعدة و"دولة الإسلام في العراق والشام" و"جبهة النصرة"':
    # a name of five or six words glued to و after a definite noun, and
    # another name in marks after it: a list of names, not words said (the
    # first was kept, and the names coordinated with it after it)
    text = (
        "وأكد وزير الداخلية سمير الخطيب أن الحكومة جاءت إلى المؤتمر من أجل الحوار إلا أن "
        'الحوار السياسي شيء وملاحقة جماعات التهريب و"بقايا النظام القديم في المدن الكبرى" '
        'و"عصابات السلاح" و"الجماعات المسلحة" وكل الخارجين عن القانون شيء آخر.\n'
    )
    assert quotes_of(text) == []


def test_a_verb_with_everything_for_its_object_before_a_colon_heads_no_speech():
    # "زبير بيّة يكشف كل شيء: النجم الساحلي بين الأزمة والتحدي": the verb's
    # indefinite object "everything", spelt out by the writer after the
    # colon (a headline), as "تقول شيئا آخر:"
    text = (
        "رئيس النادي يكشف كل شيء: الفريق بين الأزمة المالية والطموح\n\n"
        'وقال رئيس النادي سالم الجبالي: "لن نبيع أي لاعب هذا الموسم".\n'
    )
    assert [q.text for q in quotes_of(text)] == ["لن نبيع أي لاعب هذا الموسم"]
