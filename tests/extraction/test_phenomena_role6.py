"""Phenomena of roles and dates found on real news (development sets kept
outside the repository, sixth round): the day a page's stamp gives when its
clock time comes first with its half of the day ("12:54 م 09/10/2025"); a
leaked document named again in construct with its writer ("رسالة السفيرة")
keeps the dated one in view; a remark of the speaker's own, the verb's
object after the subject ("وختم X ملاحظته بالقول"), ends the speaker phrase;
documents dated by "تعود إلى" further on in their sentence than a date
right after their noun; "one of" after a full name opens its description
("X Y أحد مستشاري الرئيس", no comma before it); a numeric date typed
with spaces beside its slashes ("١ /٤ / ٢٠٠٧"); "بحسب تعبير/وصف/رأي X"
names X with his role, as "على حد تعبير X" does; a second post in construct
joined by و to the post after a titled name is his, and "، لمراسل الوكالة،"
after it is the one spoken to, no name set off; "مستشار الرئيس السوداني
للشؤون الخارجية X": the name after the title's affairs is the adviser's; a
byline's name before the stamp's weekday and date is the page's publication
stamp.

Every article here is written for the test, in invented sentences; each
positive test fails without the rule it names.
"""

from claims.extraction import extract, normalize
from claims.extraction.dates import find_dates
from tests.extraction.helpers import one


def test_a_stamp_whose_clock_time_and_half_of_day_come_first_dates_the_page():
    # "12:54 م 09/10/2025" at the head of its line under the byline: the
    # page's publication stamp, as a date with its clock time after it is
    # ("09/10/2025 12:54"); the day's statements take its day
    text = (
        "مدرب الأهلي: سنعود بقوة\n\nكتب - أحمد علي\n\n10:15 ص 14/03/2024\n\n"
        "أعرب كريم سامي، مدرب الأهلي، عن سعادته بالفوز.\n\n"
        'وقال سامي في تصريحات لقناة النهار: "اللاعبون قدموا مباراة كبيرة جدا."\n'
    )
    assert one(text, "اللاعبون قدموا").date == "2024-03-14"
    text = (
        "وزير النقل يتفقد المحطة الجديدة\n\n08:40 م 02/11/2023\n\n"
        "تفقد الوزير حسن عادل محطة القطارات الجديدة.\n\n"
        'وقال الوزير: "المحطة ستفتح أبوابها للركاب خلال شهرين فقط."\n'
    )
    assert one(text, "المحطة ستفتح").date == "2023-11-02"
    text = (
        "كتب: سامي رضا\n9:05 pm 21/06/2022\n"
        'قالت الفنانة نادية كمال إن "العمل الجديد سيعرض في الصيف المقبل".\n'
    )
    assert one(text, "العمل الجديد").date == "2022-06-21"


def test_a_clock_and_date_inside_a_sentence_is_no_stamp():
    # the negatives: a clock time before a date in the body of a sentence
    # tells an event, not the page's day; and a date with no clock time at
    # the head of its line still dates nothing that is not a day story
    text = (
        "وزير النقل يتفقد المحطة\n\n"
        "وقع الحادث عند الساعة 10:15 م 14/03/2024 قرب المحطة حسب الشرطة.\n\n"
        'وقال الوزير حسن عادل: "التحقيق سيكشف كل الأسباب في وقت قريب."\n'
    )
    assert one(text, "التحقيق سيكشف").date is None
    text = (
        "وزير النقل يتفقد المحطة\n\n14/03/2024\n\n"
        'وقال الوزير حسن عادل: "التحقيق سيكشف كل الأسباب في وقت قريب."\n'
    )
    assert one(text, "التحقيق سيكشف").date is None
    assert [q.date for q in extract(text)] == [None]


def test_a_document_in_construct_with_its_writer_is_the_dated_one_in_view():
    # "أرسلت السفيرة برقية … في يناير 2007" then "وقالت برقية السفيرة إن …":
    # the document in construct with the envoy or embassy that writes the
    # cables is the dated one named again, not a new undated one; the
    # account goes on with its date, and the document's own words take it
    text = (
        "أفادت وثيقة نشرها موقع ويكيليكس أن السفيرة الأمريكية في تونس آن كولنز "
        "أرسلت برقية إلى واشنطن في يناير 2007 عن الوضع السياسي.\n"
        "وقالت برقية السفيرة إن الرئيس يخشى من تنامي نفوذ المعارضة.\n"
        'وقالت السفيرة "إن النظام لا يثق في أحد من خارج العائلة الحاكمة".\n'
    )
    assert one(text, "النظام لا يثق").date == "2007-01"
    text = (
        "ذكرت صحيفة الأخبار أن السفارة الأمريكية في بيروت بعثت برقية سرية إلى "
        "الخارجية في 12 تموز 2006.\n"
        "وتقول برقية السفارة إن الحكومة عاجزة عن اتخاذ أي قرار.\n"
        'ويضيف الدبلوماسيون الأمريكيون أن "الجيش لن يتدخل في الأزمة الحالية أبدا".\n'
    )
    assert one(text, "الجيش لن يتدخل").date == "2006-07-12"
    text = (
        "أظهرت وثائق مسربة أن السفير البريطاني في الرباط مارك هادسون بعث رسالة "
        "إلى لندن في مارس 2010 حول الانتخابات.\n"
        'وتؤكد رسالة السفير أن "الأحزاب ضعيفة ولا تملك أي برنامج حقيقي".\n'
    )
    assert one(text, "الأحزاب ضعيفة").date == "2010-03"


def test_a_document_of_another_writer_or_another_one_is_new():
    # the negatives: "رسالة الوزير" (no cable's writer) and "رسالة أخرى
    # للسفير" (another one) are new documents, of no date told; and with
    # no dated document in view the construct dates nothing
    head = (
        "أظهرت وثائق مسربة أن السفير البريطاني في الرباط مارك هادسون بعث رسالة "
        "إلى لندن في مارس 2010 حول الانتخابات.\n"
    )
    tail = 'وكتب السفير أن "الأحزاب لا تملك أي برنامج حقيقي للإصلاح".\n'
    for middle in (
        "وتؤكد رسالة الوزير أن الأحزاب ضعيفة.\n",
        "وتؤكد رسالة أخرى للسفير أن الأحزاب ضعيفة.\n",
    ):
        assert one(head + middle + tail, "الأحزاب لا تملك").date is None
    text = (
        "أصدرت وزارة الخارجية بيانا في 3 مارس 2010 أعلنت فيه استدعاء السفير الفرنسي.\n"
        'وقالت رسالة السفير إن "باريس لا تريد أي تصعيد مع الجزائر في هذه المرحلة".\n'
    )
    assert one(text, "باريس لا تريد").date is None


def test_a_remark_of_his_own_after_the_subject_is_the_verbs_object():
    # "وختم فيلتمان ملاحظته بالقول: «…»": the noun of a remark with the
    # speaker's pronoun ("ملاحظته", "تحليلها", "تقييمه", "ملاحظاته") is the
    # verb's object, as "كلمته" is; it was read into the name ('ميلر
    # ملاحظته'), which lost the person met before and the cable's date
    text = (
        "وفي برقية مؤرخة في 3 آذار 2008، قال السفير جون ميلر إن الحكومة ضعيفة. "
        "وختم ميلر ملاحظته بالقول: «سيكون من الصعب جدا أن تصمد الحكومة حتى الصيف».\n"
    )
    q = one(text, "سيكون من الصعب")
    assert (q.speaker, q.date) == ("جون ميلر", "2008-03-03"), q
    text = (
        'وقالت الخبيرة سلمى حداد إن "الأسعار سترتفع في الربع الأول".\n'
        'واختتمت حداد تحليلها بالقول: "لا أرى أي تحسن قبل نهاية العام".\n'
        'وأنهى المحلل كريم صالح تقييمه قائلا: "السوق يحتاج إلى إصلاحات عميقة".\n'
        'وختم صالح ملاحظاته بالقول: "الاستثمار الأجنبي سيتراجع أكثر".\n'
    )
    speakers = [q.speaker for q in extract(text)]
    assert speakers == ["سلمى حداد", "سلمى حداد", "كريم صالح", "كريم صالح"], speakers


def test_documents_dated_back_further_on_in_their_sentence():
    # "مجموعة برقيات … صادرة من بغداد وكان قد أبرقها السفير X تعود إلى عام
    # 2009": the clause of "تعود إلى" comes after the cables' source and
    # writer, further than a date right after the noun; it dates them, and
    # "these cables" then quoted take it
    text = (
        "كشفت صحيفة الغارديان عن مجموعة برقيات أمريكية سرية صادرة من عمان وكان "
        "قد كتبها السفير الأمريكي السابق جون سميث تعود إلى عام 2007 تتحدث عن "
        "علاقة الأردن بجيرانه. وقد اعتبرت هذه البرقيات بأن سوريا تمثل "
        '"الخطر الأكبر على استقرار الأردن".\n'
    )
    assert one(text, "الخطر الأكبر").date == "2007"
    text = (
        "نشرت مجلة دير شبيغل وثائق دبلوماسية مسربة بعثت بها السفارة الألمانية "
        "في القاهرة إلى وزارة الخارجية في برلين تعود إلى شهر أيار 2010. "
        'وقالت الوثائق إن "الجيش هو الحاكم الفعلي للبلاد منذ عقود".\n'
    )
    assert one(text, "الجيش هو الحاكم").date == "2010-05"


def test_a_date_back_of_another_noun_dates_no_document():
    # the negatives: "تعود إلى" in a relative clause of another noun or in
    # what the documents say after أنّ dates that, not the documents
    for middle in (
        "تتحدث عن الاتفاقية الأمنية التي تعود إلى عام 1994 بين البلدين.",
        "تؤكد أن الخلافات بين البلدين تعود إلى عام 1994 على الأقل.",
    ):
        text = (
            "كشفت صحيفة الغارديان عن برقيات أمريكية سرية صادرة من عمان "
            + middle
            + ' وقد اعتبرت البرقيات أن سوريا تمثل "الخطر الأكبر على استقرار الأردن".\n'
        )
        assert one(text, "الخطر الأكبر").date is None


def test_one_of_after_a_full_name_opens_its_description():
    # "ونقلت البرقية عن دافيد هاحام أحد مستشاري باراك قوله": "one of" and
    # its plural after the name is his description in apposition, as a post
    # is ("X نائب الرئيس"); the name ended with it ('X Y أحد مستشاري', the
    # post's genitive for a role)
    text = (
        'وقال سامر خليل أحد مستشاري رئيس الوزراء إن "الحكومة لن تتراجع عن قرارها".\n'
        'ونقلت الصحيفة عن مارك هولت أحد مساعدي الوزير قوله إن "المفاوضات متوقفة تماما".\n'
        'وقال جون بيتر أحد أبرز قادة الحزب إن "الانتخابات ستكون صعبة هذه المرة".\n'
    )
    got = [(q.speaker, q.role) for q in extract(text)]
    assert got == [
        ("سامر خليل", "أحد مستشاري رئيس الوزراء"),
        ("مارك هولت", "أحد مساعدي الوزير"),
        ("جون بيتر", "أحد أبرز قادة الحزب"),
    ], got


def test_one_of_after_a_verb_or_alone_is_the_anonymous_source():
    # the negatives: "ولا يخفي أحد المسؤولين" (a verb read before it, no
    # name) and "أحد المحتجين" alone stay the anonymous source
    text = 'ولا يخفي أحد المسؤولين في البنك قلقه. "نحن نتحدث عن التزامات طويلة"، يقول المسؤول.\n'
    assert one(text, "نحن نتحدث").speaker != "يخفي"
    text = 'وقال أحد المحتجين إن "الوضع صعب جدا في الوقت الحالي".\n'
    q = one(text, "الوضع صعب")
    assert (q.speaker, q.speaker_kind) == ("أحد المحتجين", "anonymous"), q


def test_a_numeric_date_with_spaces_beside_its_slashes():
    # "برقية رفعها السفير … بتاريخ ١ /٤ / ٢٠٠٧": Arabic-Indic digits typed
    # between slashes with spaces beside them (as right-to-left editors
    # leave them) are the date; the document's dating word dates the words
    # its sentence quotes
    for text, iso in (
        ("بتاريخ ١ /٤ / ٢٠٠٧ ونشرها", "2007-04-01"),
        ("كتب سامي علي ١٦/ ١٢/ ٢٠١٠ |", "2010-12-16"),
        ("في 12 / 03 / 2009 قال", "2009-03-12"),
    ):
        assert [d.iso for d in find_dates(normalize(text))] == [iso], text
    text = (
        "وذكرت الوثيقة التي رفعها السفير الأمريكي جون ديفيس لوزارة خارجيته بتاريخ "
        "٣ /٥ / ٢٠٠٨ ونشرها موقع ويكيليكس أن الأمير طلب مساعدة السفارة، "
        "وقال: إن البلدين لديهما مصالح مشتركة كثيرة في المنطقة.\n"
    )
    assert one(text, "البلدين لديهما").date == "2008-05-03"


def test_spaced_numbers_without_a_year_or_with_a_hijri_year():
    # the negatives: a score or a ratio is no date, and the Hijri date keeps
    # its own reading ("12 / 8 / 1445هـ")
    assert find_dates(normalize("وانتهت المباراة 3 / 1 لصالح الفريق")) == []
    assert [d.iso for d in find_dates(normalize("في 12 / 8 / 1445هـ"))] == ["2024-02-22"]


def test_according_to_the_words_of_someone_names_him():
    # "«…» بحسب تعبير الخبير X", "حسب وصف …", "وفق رأي …", "حسب رواية …":
    # the noun of someone's words or view in construct with him after
    # بحسب/حسب/وفق is part of the cue, as in "على حد تعبير X"; it was read
    # as the speaker ('تعبير', 'رأي'), and the titled person's role lost
    for cue, role in (
        ("بحسب تعبير الخبير كريم يوسف", "الخبير"),
        ("حسب وصف المحلل كريم يوسف", "المحلل"),
        ("وفق رأي الخبير كريم يوسف", "الخبير"),
        ("حسب رواية الشاهد كريم يوسف", "الشاهد"),
    ):
        text = f'والاقتصاد "سيتحسن بشكل كبير في الأشهر المقبلة" {cue}.\n'
        q = one(text, "سيتحسن بشكل")
        assert (q.speaker, q.role) == ("كريم يوسف", role), (cue, q)


def test_according_to_his_words_still_takes_the_one_named_before():
    # the negatives: "بحسب تعبيره" (the pronoun) and "بحسب قول X" keep
    # their readings
    text = (
        'وقال الوزير سامي العلي إن "الموازنة جاهزة". والاقتصاد "سيتحسن بشكل كبير '
        'في الأشهر المقبلة" بحسب تعبيره.\n'
    )
    assert one(text, "سيتحسن بشكل").speaker == "سامي العلي"
    text = 'والاقتصاد "سيتحسن بشكل كبير في الأشهر المقبلة" بحسب قول الخبير كريم يوسف.\n'
    assert one(text, "سيتحسن بشكل").speaker == "كريم يوسف"


def test_a_second_post_in_construct_after_a_titled_name_is_his():
    # "قال المستشار X Y المتحدث الرسمي باسم المحكمة الدستورية ونائب رئيس
    # المحكمة، لمراسل الوكالة، «…»": the post after the name and the post
    # in construct joined to it by و are his; the phrase stopped at ونائب
    # (read as another party) and the role kept the honorific alone
    text = (
        "قال المستشار أحمد فؤاد المتحدث الرسمي باسم المحكمة الدستورية ونائب رئيس "
        'المحكمة، "لا زلنا في مداولات وسنبحث الأمر في ضوء الإعلان الجديد".\n'
    )
    q = one(text, "لا زلنا")
    assert q.role is not None and q.role.endswith("ونائب رئيس المحكمة"), q
    text = (
        "من جانبه، قال اللواء سمير عادل نائب رئيس هيئة الأركان، لمراسل الوكالة، "
        '"لا نية لدينا لتغيير خطط الانتشار في الوقت الحالي".\n'
    )
    q = one(text, "لا نية")
    assert (q.speaker, q.role) == ("سمير عادل", "اللواء، نائب رئيس هيئة الأركان"), q


def test_another_person_named_after_a_post_stays_apart():
    # the negatives: "ونائب رئيس الوزراء Z W" (a name after the second post:
    # another person) and "رئيس البرلمان، كمال حسن،" (a name set off by
    # commas after the verb's object) are not the subject's
    text = (
        "قال الوزير أحمد فؤاد المتحدث باسم الحكومة ونائب رئيس الوزراء سامي حداد "
        '"لا زلنا في مداولات وسنبحث الأمر في ضوء الإعلان الجديد".\n'
    )
    assert "سامي حداد" not in (one(text, "لا زلنا").role or "")
    text = (
        "دعا الرئيس سامي علي رئيس البرلمان، كمال حسن، إلى الحوار قائلا: "
        '"لا بد من حوار وطني شامل في أقرب وقت ممكن".\n'
    )
    assert one(text, "لا بد من حوار").speaker == "سامي علي"


def test_the_name_after_the_affairs_a_title_serves_is_its_holders():
    # "مستشار الرئيس السوداني للشؤون الخارجية مصطفى إسماعيل": the affairs
    # after the title's genitive are the title's; the name after them is
    # the adviser's, not the president's (it gave an anonymous adviser, or
    # a role without its head, 'الرئيس السوداني للشؤون الخارجية')
    text = (
        "وقال مستشار الرئيس السوداني للشؤون الخارجية مصطفى إسماعيل: "
        '"كنا قد اتفقنا على ترشيح شخص آخر بديلا للرئيس".\n'
    )
    q = one(text, "كنا قد اتفقنا")
    assert (q.speaker, q.role) == (
        "مصطفى إسماعيل",
        "مستشار الرئيس السوداني للشؤون الخارجية",
    ), q
    text = (
        "التقى مستشار الملك للشؤون الدينية أحمد العبادي وفدا من العلماء. "
        'وقال العبادي: "الحوار بين الأديان ضرورة في هذا الزمن".\n'
    )
    q = one(text, "الحوار بين")
    assert (q.speaker, q.role) == ("أحمد العبادي", "مستشار الملك للشؤون الدينية"), q


def test_the_name_right_after_a_titles_genitive_is_the_genitives():
    # the negative: "مستشار الرئيس الفرنسي نيكولا ساركوزي" stays an
    # unnamed adviser of the named president
    text = 'وقال مستشار الرئيس الفرنسي نيكولا ساركوزي: "باريس لن تغير موقفها".\n'
    assert one(text, "باريس لن").speaker_kind == "anonymous"


def test_a_bylines_name_before_the_weekday_and_date_stamps_the_page():
    # "يوسف X الاحد 27 نوفمبر 2022" under the headline: the writer's name,
    # then the day the article went up; the day's statements take it, as
    # they do a stamp with its clock time (or a byline's label, "كتبت: X")
    for byline, iso in (
        ("هدى منصور الخميس 4 مايو 2023", "2023-05-04"),
        ("يوسف العمراني الاثنين 9 أكتوبر 2023", "2023-10-09"),
    ):
        text = (
            "المدرب: لاعبونا رجال\n\n" + byline + "\n\n"
            "أثنى المدرب كريم سعيد على لاعبيه بعد الفوز على الجزائر.\n\n"
            'وقال سعيد: "اللاعبون قدموا كل ما لديهم في هذه المباراة".\n'
        )
        assert one(text, "اللاعبون قدموا").date == iso, byline


def test_a_weekday_and_date_after_no_byline_dates_nothing():
    # the negatives: a date alone heading the text (a site's header: the
    # day the page was read) or after a place that is no byline
    for line in ("الخميس 4 مايو 2023", "الملعب الكبير الخميس 4 مايو 2023"):
        text = (
            "المدرب: لاعبونا رجال\n\n" + line + "\n\n"
            "أثنى المدرب كريم سعيد على لاعبيه بعد الفوز على الجزائر.\n\n"
            'وقال سعيد: "اللاعبون قدموا كل ما لديهم في هذه المباراة".\n'
        )
        assert one(text, "اللاعبون قدموا").date is None, line


def test_according_to_the_text_of_someone_named_before_names_him():
    # "وحسب نص السفيرة «…»" after "وقالت رسالة السفيرة إن …": the text of
    # the envoy is her words (it spoke as her letter, 'رسالة السفيرة')
    text = (
        "ذكرت وثيقة عن السفيرة الأمريكية مارغريت سميث أنها أرسلت رسالة سرية في "
        "مايو 2009. وقالت رسالة السفيرة إن الرئيس لن يتنحى. وكانت السفيرة قد "
        'أرسلت رسالتها قبل زيارة الرئيس، وحسب نص السفيرة "أن الرئيس ينوي البقاء '
        'في السلطة مدى الحياة".\n'
    )
    q = one(text, "أن الرئيس ينوي")
    assert (q.speaker, q.role, q.date) == ("مارغريت سميث", "السفيرة الأمريكية", "2009-05"), q
