"""Phenomena found in the speaker misses of the real development sets
(spkb): speakers named by reference, the cue with no subject of its own,
and the choice among the entities the text mentions.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_pluperfect_subject_with_a_long_title_is_read_back_to_kana():
    # "وكان أمين سر المجلس التنسيقي للقطاع الخاص X Y قال إن «…»": the
    # subject between كان and its verb runs to كان however long its title;
    # it was cut at eight words and the last speaker took the words
    text = (
        "نفى المتحدث باسم الوزارة سامر الخطيب ما نشرته بعض الصحف عن الاتفاق. "
        "ودعا الخطيب في تصريح الصحفيين إلى التحقق من الأخبار. "
        "وكان نائب رئيس المجلس الأعلى للتجارة الخارجية مأمون أبو زيد قال في "
        'تصريحات صحفية إن "الوزارة وافقت على الاتفاق مع الشركات برضا الجميع".\n'
    )
    q = one(text, "الوزارة وافقت")
    assert q.speaker == "مأمون أبو زيد", q
    assert q.role == "نائب رئيس المجلس الأعلى للتجارة الخارجية", q


def test_a_statement_told_without_marks_since_the_last_quote_goes_on():
    # "وقال X «…». وقال وزير الإعلام Y في مؤتمر صحفي، إن …. وأضاف قائلا
    # «…»": the follow-up verb goes on with the statement told in the
    # sentence before (no marks), not with the last quote's speaker
    text = (
        "وقال وزير المالية سعيد الحلبي بعد اجتماع الحكومة "
        '"تمت الموافقة على كل البنود المطروحة".\n\n'
        "وقال وزير الإعلام جمال الناصر في مؤتمر صحفي، إن المسودة تخفض العجز إلى خمسة بالمئة.\n\n"
        'وأضاف قائلا "انتهينا أخيرا من الموازنة والحمد لله".\n'
    )
    q = one(text, "انتهينا أخيرا")
    assert q.speaker == "جمال الناصر", q
    assert q.role == "وزير الإعلام", q


def test_a_participle_opening_a_sentence_goes_on_with_the_statement_before():
    # "وأكدت السفيرة X أن …. مضيفة: «…»": with no quote before, the
    # subject of the statement before goes on, not the noun last mentioned
    # in it (الوثائق, feminine too)
    text = (
        "وأكدت السفيرة مارتا كولينز أن الحكومة الأمريكية ترفض تسريب الوثائق السرية. "
        'مضيفة: "نحن نأسف بشدة لما حدث ونلتزم بحماية اتصالاتنا".\n'
    )
    q = one(text, "نحن نأسف")
    assert same_name(q.speaker, "مارتا كولينز"), q


def test_the_statement_that_goes_on_is_its_sentences_first_not_the_one_it_tells():
    # "وأوضح الوزير Y أن رئيس الحكومة Z أكد أن …. وأضاف «…»": the one who
    # told the statement goes on, not the one inside his that-clause
    text = (
        "وقال وزير المالية سعيد الحلبي بعد اجتماع الحكومة "
        '"تمت الموافقة على كل البنود المطروحة".\n\n'
        "وأوضح وزير الإعلام جمال الناصر في مؤتمر صحفي أن رئيس الحكومة فادي العلي "
        "أكد أن المسودة تخفض العجز.\n\n"
        'وأضاف "انتهينا أخيرا من الموازنة والحمد لله".\n'
    )
    q = one(text, "انتهينا أخيرا")
    assert q.speaker == "جمال الناصر", q


def test_words_in_marks_later_in_the_sentence_stay_with_the_one_a_document_quotes():
    # "وذكرت البرقية أن الوزير X أكد أن «…» قادرة … لأن الشرطة «…»": with no
    # verb of saying between, the second words in marks are X's as the first
    # are, not the document's that tells them
    text = (
        "وذكرت البرقية أن وزير الداخلية كمال الراشد أكد أن «قوة محلية» قادرة على "
        "حفظ الأمن في العاصمة لأن الشرطة «منهكة ولا تحتمل المزيد من الأعباء».\n"
    )
    q = one(text, "منهكة ولا تحتمل")
    assert q.speaker == "كمال الراشد", q


def test_a_bare_post_with_another_countrys_nisba_is_not_the_one_named_before():
    # "وزير الخارجية الليبي X" then "إن وزير الخارجية التونسي قال له": the
    # same post of another country is another person; the same nisba again
    # is the one named before (the negative case)
    text = (
        "وكتب السفير البريطاني جون سميث في تقرير أن وزير الخارجية الليبي خالد المبروك "
        "أكد للمسؤولين أن «الوضع في المنطقة تحت السيطرة التامة». وقال السفير البريطاني "
        "إن وزير الخارجية التونسي قال له إن «هذه الرواية بعيدة عن الواقع تماما».\n"
        "وأضاف وزير الخارجية الليبي: «نحن مستعدون للحوار مع الجميع».\n"
    )
    q = one(text, "هذه الرواية")
    assert q.speaker == "وزير الخارجية التونسي", q
    q = one(text, "نحن مستعدون")
    assert q.speaker == "خالد المبروك", q


def test_the_nisba_check_reads_one_country_in_two_spellings():
    # "الأمريكي" and "الأميركي" are one nisba: the bare post still takes up
    # the person named with it
    text = (
        "قال وزير الدفاع الأمريكي روبرت هايز إن «القوات ستبقى في المنطقة». "
        "وأضاف وزير الدفاع الأميركي: «لن ننسحب قبل نهاية العام».\n"
    )
    q = one(text, "لن ننسحب")
    assert q.speaker == "روبرت هايز", q


def test_an_outlet_quoting_its_sources_in_commas_relays_their_words():
    # "وقالت صحيفة X، نقلا عن شهود، إن «…»": the outlet relays; those it
    # quotes speak (not an aside as "بحسب البرقية", after which the verb's
    # subject still speaks: the negative case)
    text = (
        'وقالت صحيفة "الصباح" المحلية، نقلا عن شهود، إن "الرجل راقب المرأة وهي تدخل '
        'إلى المحكمة ثم تبعها إلى الطابق الثاني".\n'
        'وقال الوزير سامي خليل، بحسب البرقية، إن "الوضع الأمني مستقر في كل المدن".\n'
    )
    q = one(text, "الرجل راقب")
    assert q.speaker == "شهود", q
    q = one(text, "الوضع الأمني")
    assert q.speaker == "سامي خليل", q


def test_a_person_named_in_full_and_named_again_is_whom_a_list_of_his_words_is_of():
    # "تحدث وزير الزراعة X Y عن …. وتحدث Y للقناة …. وفيما يلي أبرز ما
    # قاله:\n- …\n- …": no verb of saying named him; he was introduced by
    # his post two sentences back and named again since, and the pronoun of
    # "قاله" (and the list after it) is his
    text = (
        "تحدث وزير الزراعة المغربي، كريم الفاسي، عن ملفات عدة في مقابلة مع قناة محلية، الجمعة.\n"
        "وتحدث الفاسي للقناة من الرباط، على هامش مشاركته في معرض دولي للفلاحة.\n"
        "وفيما يلي أبرز ما قاله:\n"
        "- الموسم الزراعي هذا العام واعد رغم الجفاف الذي عرفته البلاد.\n"
        "- سنصرف التعويضات للفلاحين المتضررين قبل نهاية الشهر الجاري.\n"
    )
    for fragment in ("الموسم الزراعي", "سنصرف التعويضات"):
        q = one(text, fragment)
        assert q.speaker == "كريم الفاسي", q
        assert q.role == "وزير الزراعة المغربي", q


def test_words_in_marks_opening_the_line_after_a_verb_and_its_colon_are_its():
    # "… وتحدث عن الانتصار وقال:\n«…»": the verb of saying and its colon end
    # the line before; it introduces the words, and its sentence gives the
    # speaker (here the subject of the verb it is joined to)
    text = (
        "خرج لاعب النصر محمد العلي وتحدث عن الانتصار على نادي الخليج في الجولة الأخيرة "
        'وقال:\n"الحمد لله على الفوز والمباراة لم تكن سهلة أبدا".\n'
        'وقال مدرب الخليج سامي الفهد في تصريحات للصحفيين:\n"الحظ لم يحالفنا اليوم".\n'
    )
    q = one(text, "الحمد لله على الفوز")
    assert same_name(q.speaker, "محمد العلي"), q
    q = one(text, "الحظ لم يحالفنا")
    assert q.speaker == "سامي الفهد", q


def test_zada_after_a_definite_noun_is_grew_not_he_added():
    # "وأردفت أن التركيز زاد أكثر «…»": after the noun it follows, the bare
    # verb is "grew"; the words are the channel's, who went on (Maghrebi
    # "وزاد المتحدث ذاته:", opening its clause, still adds: the negative case)
    text = (
        "وقالت القناة العبرية إن أجهزة الأمن تحقق في القضية. وأردفت أن التركيز زاد أكثر "
        '"بعد مقتل المطلوب في البلدة القديمة خلال تبادل لإطلاق النار".\n'
        'قال مدرب الفريق سامي العلي: "لعبنا جيدا رغم الغيابات". '
        'وزاد المتحدث ذاته: "سنعود أقوى في المباراة المقبلة".\n'
    )
    q = one(text, "بعد مقتل المطلوب")
    assert q.speaker == "القناة العبرية", q
    q = one(text, "سنعود أقوى")
    assert q.speaker == "سامي العلي", q


def test_the_pronoun_glued_to_anna_is_the_subject_of_the_verb_after_it():
    # "وقالت الوزيرة X إنها أبلغت السفير الأمريكي بأن «…»", "أنه أبلغ رئيس
    # الحكومة …، موضحا …": the pronoun is the subject; the noun phrase after
    # the verb is its object, who does not speak
    text = (
        "وقالت الوزيرة سلمى الحداد إنها أبلغت السفير الأمريكي بأن "
        "«الحكومة لن تقبل أي تدخل في شؤونها».\n"
        "وأعلن رئيس المجلس عادل الخرافي أنه أبلغ رئيس الحكومة والوزير المعني بالاستجواب، "
        "موضحا أنه سيعرض على المجلس في الجلسة المقبلة، «ويحق للوزير طلب تأجيل المناقشة».\n"
    )
    q = one(text, "الحكومة لن تقبل")
    assert q.speaker == "سلمى الحداد", q
    q = one(text, "ويحق للوزير")
    assert q.speaker == "عادل الخرافي", q


def test_words_after_a_statement_in_construct_with_its_owner_are_the_owners():
    # "أكد X أن تصريح وزيرة المالية بخصوص «…» يمكن أن …": the words are the
    # statement of the one its noun is in construct with, not X's; "في تصريح
    # صحفي «…»" (an adjective, no owner) leaves the verb's subject speaking
    text = (
        "قالت وزيرة المالية سلمى الحداد إن الوضع صعب.\n"
        "وللإشارة فإن المستشار توفيق الراشد أكد أن تصريح وزيرة المالية بخصوص "
        '"قيمة العملة أصبحت ضعيفة جدا" يمكن أن يتسبب في اضطرابات.\n'
        "وقال وزير النقل خالد العمر في تصريح صحفي إن «الخط الجديد سيفتتح قبل الصيف المقبل».\n"
    )
    q = one(text, "قيمة العملة")
    assert q.speaker == "سلمى الحداد", q
    q = one(text, "الخط الجديد")
    assert q.speaker == "خالد العمر", q


def test_the_that_subject_before_a_relative_aside_and_qad_speaks():
    # "أن رئيس الحكومة X، الذي اختتم زيارته، قد أبلغ مسؤولين أميركيين
    # زاروا لبنان أن … «…»": after أنّ the subject, a relative clause in
    # commas, then قد and the verb; the noun after the verb is its object
    text = (
        "نقلت صحيفة أمريكية أن رئيس الحكومة كمال الخوري، الذي اختتم أمس زيارته لباريس، "
        "قد أبلغ مسؤولين أوروبيين زاروا بيروت العام الماضي، أن الحرب لم تكن ضرورية، "
        "«والحوار هو الضروري».\n"
    )
    q = one(text, "والحوار هو الضروري")
    assert q.speaker == "كمال الخوري", q


def test_awwal_ams_after_the_verb_is_a_day_not_a_subject():
    # "حيث قال أول أمس على هامش …، إن …": "the day before yesterday" between
    # the verb and what follows it, no speaker named "أول"; a subject after
    # it is read as after "أمس" ("وقال أول أمس وزير المالية X")
    text = (
        "حاول وزير الشباب والرياضة محمد الحطاب تدارك تصريحاته، حيث قال أول أمس على هامش "
        "نهائي الكأس، إن الوزارة ليست معنية بكرة القدم فقط "
        '"علينا أن نعمل على مرافقة كل الرياضات".\n'
        'وقال أول أمس وزير المالية سامي العلي إن "الميزانية جاهزة للتصويت".\n'
    )
    q = one(text, "علينا أن نعمل")
    assert same_name(q.speaker, "محمد الحطاب"), q
    q = one(text, "الميزانية جاهزة")
    assert q.speaker == "سامي العلي", q
