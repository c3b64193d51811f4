"""Fresh-author held-out set F25: seven articles in the styles of pan-Arab
outlets and wires (AFP, Reuters, Anadolu, Xinhua, Al-Jazeera Net, Al-Quds
Al-Arabi, Al-Araby Al-Jadeed; two on leaked US cables, two as scraped web
text without hamzas or paragraph breaks), written as a journalist would and
annotated by hand, with the gold below committed before the engine was run on
any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- AFP Algiers cables (news story): ``الجزائر (أ ف ب) -`` without a date, a
  company name in marks (``"سوناطراك"``) and a two-word fragment in the lead,
  08ALGIERS1089 dated ``17 أيلول/سبتمبر 2008`` (dual month form) with the
  ambassador's words and ``وأضاف أن``, an executive relayed by the cable
  (``نقلت البرقية عن … قوله إن``), a second cable of ``شباط/فبراير 2010``
  (month precision) with the embassy as speaker and an unnamed former minister
  whose quote holds an AFP ``+…+`` inner quote, reactions ``الأحد`` (no
  date), ``وتابع`` without colon, a party name in marks.
- Reuters Tunis court report: ``يوم الأربعاء`` without a dated dateline, the
  charge in marks after ``نشر`` (optional), a programme name in marks, the
  defendant's words in court spanning two sentences, a lawyer named after
  his title with ``مضيفا`` as follow-up, a placard slogan (optional), the
  wife named with ``زوجة X`` as apposition, an anonymous ministry official,
  a rights league's statement with a nominal object after ``دعت إلى``
  (optional), a union head with his title after the name and ``وتابع``.
- Anadolu Ankara interview: the interviewee's first quote in the lead before
  the interview date ``الخميس 15 مايو/ أيار 2025`` is given in the next
  paragraph (all his quotes take it), ``وأضاف:``, ``قال:`` with an implicit
  subject, ``المسؤول التركي`` as a later reference, an Iraqi counterpart's
  words relayed by the interviewee (undated, a different occasion), two
  predicates in one sentence (``قال … إن "…"، لافتا إلى أن "…"``), ``وختم
  قائلا:`` with marks.
- Xinhua Cairo wire brief: dated dateline ``القاهرة 14 يناير 2025
  (شينخوا)``, ``اليوم (الثلاثاء)`` (the dateline's date) and ``أمس
  (الاثنين)`` (the day before), outlets in Xinhua's ``((…))`` marks, a
  source relayed by a newspaper (``نقلت صحيفة … عن مصدر … قوله``), an
  expert with an unmarked quote after ``وتابع قائلا:``.
- Al-Jazeera Net Kassala feature with vox pops: ``“…”`` marks, the speaker
  after the quote (``، تقول حليمة``) and ``وتضيف``, a teacher with the
  present ``يقول`` and a quote holding a soldier's words in ``‘…’`` (the
  inner quote is optional, the outer belongs to the teacher), an unmarked
  sentence after ``ثم تقول:``, a camp director with ``موضحا أن``, an
  anonymous aid worker, an OCHA report of ``يونيو/حزيران 2024`` with
  ``حذر من أن`` and ``واصفا … بأنها``.
- Al-Quds Al-Arabi Amman cables as scraped text: ``لندن- «القدس العربي»:``,
  ``«…»`` used for a system name, fragments and labels, 09AMMAN2461 dated
  ``19 تشرين الثاني (نوفمبر) 2009`` (Levantine month with the Gregorian one
  in brackets), an unnamed former official relayed by the cable, a cable of
  ``اذار 2010`` (month precision) and an activist relayed by it, reactions
  (no date), an anonymous government source with ``مكتفيا بالقول``, an
  unmarked quote after ``قائلا:``; full stops missing between sentences.
- Al-Araby Al-Jadeed op-ed as scraped text (Moroccan author): a minister in
  parliament ``يوم 11 نونبر 2024`` (Moroccan month) and an MP replying ``في
  الجلسه نفسها`` (same date), a party name in marks, a council's report of
  ``يوليوز 2023``, a programme in ``«…»``, the minister's later undated
  predicate, an anonymous woman quoted in Darija with ``ثم اضافت``, a late
  researcher, two protest slogans (optional); the author's own opinions are
  not quotations.

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``,
``الأحد``) gets no date without a dated dateline, and the dateline's date
(or the day before for ``أمس``) with one; an interview's date dates the
interviewee's quotes, not the words he relays from another occasion; a
cable's quotes, and the quotes it relays, take the cable's date (month
precision when the article gives no day); reactions to the leaks get no
date; a predicate in marks after ``أن X`` belongs to the outer speaker;
nominal objects after ``إلى``/``بـ``/``من``, one- and two-word fragments,
slogans and placards are optional; an inner quote inside a quote belongs to
the outer quote (optional on its own); an unmarked quote after ``قائلا:``
or ``تقول:`` is scored without its final full stop; names of parties,
companies, programmes, outlets and labels in marks are not quotations; a
role is the title chunk or the apposition, whichever is fuller, without
honorifics; an anonymous source is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_DZ_EMBASSY = "سفارة الولايات المتحدة في الجزائر"
_DZ_EMBASSY_ALIASES = ("السفارة", "السفارة الأميركية")
_VERNON = "روبرت فيرنون"
_VERNON_ROLE = "السفير الأميركي"
_EXEC = "مسؤول تنفيذي في شركة نفط أوروبية"
_EX_MINISTER = "وزير سابق"
_BOUZIDI = "عبد الحميد بوزيدي"
_BOUZIDI_ROLE = "وزير الاتصال الأسبق"
_BENHAMMOUDA = "فريدة بن حمودة"
_BENHAMMOUDA_ROLE = "النائبة السابقة"
_PROSECUTION = "النيابة العامة"
_ZOUARI = "مراد الزواري"
_ZOUARI_ROLE = "الصحفي"
_DRIDI = "سمير الدريدي"
_DRIDI_ROLE = "عضو هيئة الدفاع"
_HAMROUNI = "ليلى الحمروني"
_HAMROUNI_ROLE = "زوجة الزواري"
_JUSTICE_OFFICIAL = "مسؤول في وزارة العدل"
_LTDH = "الرابطة التونسية للدفاع عن حقوق الإنسان"
_HAJRI = "زياد الحجري"
_HAJRI_ROLE = "نقيب الصحفيين التونسيين"
_KARADAG = "أوميت قره داغ"
_KARADAG_ROLE = "نائب وزير النقل والبنية التحتية التركي"
_KARADAG_ALIASES = ("قره داغ", "المسؤول التركي")
_KARADAG_DATE = "2025-05-15"
_SAADI = "حيدر الساعدي"
_SAADI_ROLE = "نظيره العراقي"
_DEMERDASH = "أحمد صبري الدمرداش"
_DEMERDASH_ROLE = "رئيس الهيئة"
_SCA_SOURCE = "مصدر مسؤول بالهيئة"
_NAHHAS = "وائل النحاس"
_NAHHAS_ROLE = "الخبير الاقتصادي المصري"
_HALIMA = "حليمة عبد الرحيم"
_TAYEB = "عثمان الطيب"
_TAYEB_ROLE = "معلم سابق في مدرسة ثانوية بود مدني"
_MARYAM = "مريم"
_MARYAM_ROLE = "ابنة حليمة"
_ISHAQ = "آدم إسحاق"
_ISHAQ_ROLE = "مدير المخيم"
_AID_WORKER = "عامل إغاثة في منظمة دولية"
_OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
_JO_EMBASSY = "السفارة الامريكية في عمان"
_JO_EMBASSY_ALIASES = ("السفارة", "البرقيه")
_BECKMAN = "ستيفن بيكمان"
_BECKMAN_ROLE = "السفير الامريكي"
_JO_EX_OFFICIAL = "مسؤول اردني سابق"
_MAAN_ACTIVIST = "ناشط في حراك معان"
_ABBADI = "فايز سليمان العبادي"
_ABBADI_ROLE = "النائب الاسبق"
_JO_GOV_SOURCE = "مصدر حكومي اردني"
_NSOUR = "رامي النسور"
_NSOUR_ROLE = "المحلل السياسي"
_OUAZZANI = "عبد الرحيم الوزاني"
_OUAZZANI_ROLE = "وزير العدل"
_RAISSOUNI = "مصطفى الريسوني"
_RAISSOUNI_ROLE = 'النائب عن حزب "العدالة والتنمية"'
_CNDH = "المجلس الوطني لحقوق الانسان"
_SIDI_MOUMEN = "سيدة خمسينية في حي سيدي مومن بالدار البيضاء"
_BAKKALI = "ادريس البقالي"
_BAKKALI_ROLE = "الباحث الراحل"

GOLD = {
    # --- F25: fresh-author held-out set, seven pan-Arab and wire outlets ----------
    "f25_afp_algiers_cables": [
        q("الحسابات الضيقة", _DZ_EMBASSY, aliases=_DZ_EMBASSY_ALIASES, optional=True),
        q(
            "القرار في قطاع الطاقة لا يتخذ في الوزارة بل في دائرة ضيقة حول الرئاسة",
            _VERNON,
            _VERNON_ROLE,
            "2008-09-17",
        ),
        q(
            "الشركاء الأجانب يشتكون في الخفاء، لكنهم لا يجرؤون على الاحتجاج علنا خوفا من "
            "خسارة عقودهم",
            _VERNON,
            _VERNON_ROLE,
            "2008-09-17",
        ),
        q(
            "كل عقد يمر عبر ثلاثة وسطاء على الأقل، ولا أحد يعرف من يقف وراء الثالث",
            _EXEC,
            None,
            "2008-09-17",
        ),
        q(
            "تعكس صراعا بين أجنحة السلطة أكثر مما تعكس إرادة حقيقية لمكافحة الفساد",
            _DZ_EMBASSY,
            None,
            "2010-02",
            aliases=_DZ_EMBASSY_ALIASES,
        ),
        q("+حرب صامتة+ لن يعلن أحد عن خسائرها", _EX_MINISTER, None, "2010-02"),
        q(
            "هذه البرقيات تعبر عن قراءة دبلوماسيين أجانب ولا تلزم إلا أصحابها",
            _BOUZIDI,
            _BOUZIDI_ROLE,
        ),
        q(
            "السفارات تكتب ما يقال لها في الصالونات، وليس كل ما يقال في الصالونات صحيحا",
            _BOUZIDI,
            _BOUZIDI_ROLE,
        ),
        q(
            "تؤكد ما كان الجزائريون يعرفونه منذ سنوات",
            _BENHAMMOUDA,
            _BENHAMMOUDA_ROLE,
            aliases=("بن حمودة",),
        ),
        q(
            "المشكلة ليست في ما كتبه الأميركيون، بل في أن القضاء لم يذهب حتى النهاية في أي ملف",
            _BENHAMMOUDA,
            _BENHAMMOUDA_ROLE,
            aliases=("بن حمودة",),
        ),
    ],
    "f25_reuters_tunis_court": [
        q("إشاعات من شأنها الإضرار بالأمن العام", _PROSECUTION, optional=True),
        q(
            "لم أفعل سوى طرح أسئلة. إذا صار السؤال جريمة فلتغلقوا كل المؤسسات الإعلامية",
            _ZOUARI,
            _ZOUARI_ROLE,
            aliases=("الزواري",),
        ),
        q(
            "هذا حكم سياسي بامتياز، والملف لا يحتوي على دليل واحد على أن موكلي نشر معلومة كاذبة",
            _DRIDI,
            _DRIDI_ROLE,
        ),
        q(
            "سنذهب إلى آخر درجة في التقاضي حتى لو كنا نعرف النتيجة مسبقا",
            _DRIDI,
            _DRIDI_ROLE,
        ),
        q(
            "الصحافة ليست جريمة",
            "صحفيين ونشطاء",
            aliases=("صحفيون ونشطاء",),
            optional=True,
        ),
        q(
            "ابنتنا تسأل كل يوم متى يعود أبوها، ولم أعد أعرف بماذا أجيبها",
            _HAMROUNI,
            _HAMROUNI_ROLE,
        ),
        q(
            "القضاء مستقل والحكم صدر وفق القانون وليس بناء على تعليمات من أي جهة",
            _JUSTICE_OFFICIAL,
        ),
        q("يمثل انتكاسة خطيرة لحرية التعبير في البلاد", _LTDH),
        q(
            "الإفراج الفوري عن كل الصحفيين المسجونين بسبب آرائهم",
            _LTDH,
            optional=True,
        ),
        q(
            "لم نشهد هذا العدد من القضايا ضد الصحفيين حتى في أسوأ سنوات ما قبل الثورة",
            _HAJRI,
            _HAJRI_ROLE,
        ),
    ],
    "f25_anadolu_ankara_interview": [
        q(
            "سيغير خريطة التجارة بين آسيا وأوروبا خلال العقد المقبل",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "الدراسات الفنية للجانب التركي اكتملت بنسبة 80 بالمئة، ونتوقع البدء في أعمال "
            "الإنشاء بالمقطع الحدودي مطلع العام المقبل",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "نحن لا ننظر إلى طريق التنمية كمشروع نقل فقط، بل كممر اقتصادي متكامل يضم مناطق "
            "صناعية ولوجستية على طول المسار",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "هناك اهتمام جدي من قطر والإمارات، والمحادثات وصلت إلى مرحلة متقدمة، لكن لا يمكنني "
            "الإفصاح عن الأرقام الآن",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "الحكومة العراقية ملتزمة بإنجاز الجزء الواقع على أراضيها مهما كانت الظروف",
            _SAADI,
            _SAADI_ROLE,
        ),
        q(
            "التنسيق مع الجانب العراقي على أعلى مستوى",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "أمن الطريق مسؤولية مشتركة ولن نتركه للصدفة",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "طريق التنمية ليس موجها ضد أحد، وكل ممر جديد يخدم التجارة العالمية في النهاية",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
        q(
            "تركيا والعراق تكتبان معا فصلا جديدا، والمنطقة كلها ستستفيد من ذلك",
            _KARADAG,
            _KARADAG_ROLE,
            _KARADAG_DATE,
            aliases=_KARADAG_ALIASES,
        ),
    ],
    "f25_xinhua_cairo_suez": [
        q(
            "عدد السفن العابرة انخفض من أكثر من 26 ألف سفينة في 2023 إلى نحو 13 ألف سفينة "
            "العام الماضي",
            _DEMERDASH,
            _DEMERDASH_ROLE,
            "2025-01-14",
            aliases=("الدمرداش",),
        ),
        q(
            "الهيئة تواصل تقديم حوافز وتخفيضات لجذب الخطوط الملاحية الكبرى للعودة إلى القناة",
            _DEMERDASH,
            _DEMERDASH_ROLE,
            "2025-01-14",
            aliases=("الدمرداش",),
        ),
        q(
            "القناة تبقى الطريق الأقصر والأكثر أمانا بين الشرق والغرب",
            _DEMERDASH,
            _DEMERDASH_ROLE,
            "2025-01-13",
            aliases=("الدمرداش",),
        ),
        q(
            "الإيرادات قد تبدأ في التعافي خلال النصف الثاني من العام الجاري إذا استقر الوضع في "
            "المنطقة",
            _SCA_SOURCE,
        ),
        q(
            "الأزمة كشفت حاجة مصر إلى تنويع مصادر النقد الأجنبي وعدم الاعتماد المفرط على القناة",
            _NAHHAS,
            _NAHHAS_ROLE,
        ),
        q(
            "السياحة وتحويلات المصريين في الخارج يجب أن تحظى بالأولوية في المرحلة المقبلة",
            _NAHHAS,
            _NAHHAS_ROLE,
        ),
    ],
    "f25_jazeera_kassala_displaced": [
        q(
            "خرجنا بالملابس التي علينا، ولم نأخذ حتى أوراقنا الثبوتية",
            _HALIMA,
            aliases=("حليمة",),
        ),
        q(
            "كان الرصاص فوق رؤوسنا، ولم يكن هناك وقت للتفكير في شيء",
            _HALIMA,
            aliases=("حليمة",),
        ),
        q(
            "درّست ثلاثين عاما، واليوم أقف في طابور الماء كل صباح مثل الأطفال",
            _TAYEB,
            _TAYEB_ROLE,
            aliases=("عثمان",),
        ),
        q(
            "عند آخر نقطة تفتيش قال لنا أحد الجنود: ‘من يرجع إلى الخلف سنعتبره عدوا’، فلم "
            "يلتفت أحد منا إلى الخلف",
            _TAYEB,
            _TAYEB_ROLE,
            aliases=("عثمان",),
        ),
        q("من يرجع إلى الخلف سنعتبره عدوا", "أحد الجنود", optional=True),
        q("كنت سأتخرج هذا العام لولا الحرب", _MARYAM, _MARYAM_ROLE),
        q(
            "الأمطار الأخيرة أغرقت عشرات الخيام، ولا نملك بدائل نقدمها للأسر المتضررة",
            _ISHAQ,
            _ISHAQ_ROLE,
        ),
        q(
            "المساعدات التي تصل لا تغطي أكثر من ثلث الاحتياجات، والتمويل يتراجع شهرا بعد شهر",
            _AID_WORKER,
        ),
        q(
            "أكثر من 25 مليون سوداني يواجهون مستويات حادة من انعدام الأمن الغذائي",
            _OCHA,
            None,
            "2024-06",
            aliases=("أوتشا",),
        ),
        q(
            "الأسوأ في العالم من حيث عدد النازحين",
            _OCHA,
            None,
            "2024-06",
            aliases=("أوتشا",),
        ),
        q("كل ما أريده أن أموت في بيتي، لا في خيمة", _HALIMA, aliases=("حليمة",)),
    ],
    "f25_quds_amman_cables_scraped": [
        q(
            "برلمانا خدماتيا",
            _JO_EMBASSY,
            aliases=_JO_EMBASSY_ALIASES,
            optional=True,
        ),
        q(
            "القصر يريد برلمانا هادئا اكثر مما يريد برلمانا قويا",
            _BECKMAN,
            _BECKMAN_ROLE,
            "2009-11-19",
        ),
        q(
            "الاصلاح السياسي يتقدم في الخطابات ويتراجع في التطبيق",
            _BECKMAN,
            _BECKMAN_ROLE,
            "2009-11-19",
        ),
        q(
            "مقرب من دوائر القرار",
            _JO_EMBASSY,
            None,
            "2009-11-19",
            aliases=_JO_EMBASSY_ALIASES,
            optional=True,
        ),
        q(
            "الدولة تخشى ان تاتي انتخابات نزيهة بالاسلاميين الى نصف المقاعد",
            _JO_EX_OFFICIAL,
            None,
            "2009-11-19",
        ),
        q(
            "احتقان",
            _JO_EMBASSY,
            None,
            "2010-03",
            aliases=_JO_EMBASSY_ALIASES,
            optional=True,
        ),
        q(
            "معان والطفيلة والكرك لم تعد تثق بوعود الحكومة، والبطالة بين الشباب تغذي الغضب",
            _JO_EMBASSY,
            None,
            "2010-03",
            aliases=_JO_EMBASSY_ALIASES,
        ),
        q(
            "الناس هنا لا يطلبون اسقاط احد، يطلبون فقط ان يراهم احد",
            _MAAN_ACTIVIST,
            None,
            "2010-03",
            aliases=("ناشطا في حراك معان",),
        ),
        q("ليس سرا على احد", _ABBADI, _ABBADI_ROLE),
        q(
            "كنا نقول هذا الكلام تحت القبة ولم يسمعنا احد، اليوم يسمعه الجميع لان الامريكيين كتبوه",
            _ABBADI,
            _ABBADI_ROLE,
        ),
        q(
            "وثائق ويكيليكس لا تمثل الموقف الرسمي لاي دوله ولا تعنينا في شيء",
            _JO_GOV_SOURCE,
        ),
        q(
            "المشكله لم تكن يوما في القانون وحده بل في غياب الاراده لتغييره",
            _NSOUR,
            _NSOUR_ROLE,
            aliases=("النسور",),
        ),
        q("كسب الوقت", _NSOUR, _NSOUR_ROLE, aliases=("النسور",), optional=True),
    ],
    "f25_araby_rabat_oped_scraped": [
        q(
            "المدونة الجديدة لن تحل حراما ولن تحرم حلالا، لكنها لن تبقى رهينه لقراءات تجاوزها "
            "الزمن",
            _OUAZZANI,
            _OUAZZANI_ROLE,
            "2024-11-11",
            aliases=("الوزاني",),
        ),
        q(
            "انتم تريدون مدونة على مقاس الصالونات الراقية في الرباط، لا على مقاس الاسر في الدواوير",
            _RAISSOUNI,
            _RAISSOUNI_ROLE,
            "2024-11-11",
        ),
        q(
            "الاف القاصرات ما زلن يزوجن كل سنة باذن قضائي رغم ان القانون جعل ذلك استثناء",
            _CNDH,
            None,
            "2023-07",
        ),
        q(
            "ستنصت للجميع لكنها لن تنتظر اجماعا مستحيلا",
            _OUAZZANI,
            _OUAZZANI_ROLE,
            aliases=("الوزاني",),
        ),
        q(
            "حنا ما كنقراوش المدونة وما كنسمعو بيها حتى كنوقفو قدام القاضي",
            _SIDI_MOUMEN,
        ),
        q("القانون مكتوب للي عندو المحامي", _SIDI_MOUMEN),
        q(
            "كل اصلاح لا يصل الى المحكمة الابتدائية في مدينة صغيرة يبقى اصلاحا على الورق",
            _BAKKALI,
            _BAKKALI_ROLE,
        ),
        q("المساواة ماشي منة", "متظاهرات", optional=True),
        q("الاسرة خط احمر", "متظاهرون", optional=True),
    ],
}

BATCHES = {
    "F25": [
        "f25_afp_algiers_cables",
        "f25_reuters_tunis_court",
        "f25_anadolu_ankara_interview",
        "f25_xinhua_cairo_suez",
        "f25_jazeera_kassala_displaced",
        "f25_quds_amman_cables_scraped",
        "f25_araby_rabat_oped_scraped",
    ],
}

BLIND_ARTICLES_30 = {name: (_read(name), gold) for name, gold in GOLD.items()}
