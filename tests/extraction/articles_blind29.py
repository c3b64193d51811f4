"""Fresh-author held-out set F24: seven articles in Levantine and Gulf outlet
styles (An-Nahar, Al-Watan, Okaz, Al-Dustour, Akhbar Al-Khaleej, Al-Liwaa,
Al-Sharq Al-Awsat; two on WikiLeaks cables, two as scraped web text without
hamzas or paragraph breaks), written as a journalist would and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- An-Nahar cables (Beirut): dateline ``بيروت – 3 كانون الأول 2010``, cable
  08BEIRUT1587 of ``21 تشرين الأول 2008`` written by a chargée d'affaires
  named after her title (``كتبت … أن "…"``, ``وأضافت أن``, ``ولاحظت ويلبورن
  أن محدّثها "…"``), an anonymous MP of ``قوى 14 آذار`` relayed by the cable
  (a month name inside a coalition's name), cable 09BEIRUT214 of ``شباط
  2009`` with a former minister whose ``«…»`` quote holds a quote inside
  ``"…"``, the cable's writer as ``ديبلوماسي أميركي``/``كاتب البرقية``; a
  programme and a plan in marks; reactions: a former MP with an apposition
  and ``أمس`` (resolved against the dated dateline), ``وتابع:``, an
  anonymous ``مرجع رسمي`` (no date), the embassy's statement with a second
  predicate after ``وأن ذلك``; a one-word headline fragment.
- Al-Watan as scraped wire text (Kuwait, KUNA): ``الكويت - كونا:`` without a
  date and ``امس``, a minister with ``واوضح المطيري``, a predicate after
  ``ان الاسواق``, ``مضيفا:`` with marks, ``يناير``/``فبراير`` for context
  only, an OPEC source relayed by Reuters (``نقلت وكالة رويترز عن … قوله``)
  and ``واضاف المصدر``, a corporation's statement, a conference and an
  outlet in marks, ``د.`` as honorific, an unmarked quote after ``قائلا:``.
- Okaz interview (Riyadh): ``حاوره: … (الرياض)`` without date, ``«…»``
  throughout, a long title before ``المهندس`` + name, quote first then
  ``يقول الدوسري``, ``يرد بالقول:``, ``أجاب:``, ``قبل أن يستدرك:``,
  ``ويختم … :``, a programme and a platform in marks, fragments after
  ``بأنها``, ``مطالباً بـ`` and ``يعدّها`` (optional), a critic (analyst)
  with SV order, the ministry's statement of ``اليوم (الأحد)`` (no date).
- Al-Dustour parliament report (Amman): ``عمان - الدستور - name`` and
  ``أمس`` (no date), ``"…"، قالت النائب X عن كتلة «…»`` then
  ``وتابعت:``, a minister with ``رد … بالقول إن``, an MP with ``فاعتبر أن
  المشكلة "…"`` and ``وقال:``, the speaker of the house with ``قائلاً:``, a
  committee report dated ``28 كانون الثاني 2024`` (``وجاء في التقرير أن``),
  an anonymous MP, a union head speaking through a statement.
- Akhbar Al-Khaleej as scraped text (Manama court): no dateline, ``امس``,
  the public prosecution's statement, a chief prosecutor with ``المستشار``
  as honorific, the defendant's confession dated ``9 ابريل 2023``, a
  witness described by his post with ``وشهد … بان`` and ``مضيفا ان``, the
  defence lawyer with an unmarked quote after ``قائلا:``, the court's
  reasoning (``وجاء في حيثيات حكمها انها "…" وانها "…"``), a company's
  three-word slogan (optional).
- Al-Liwaa vox-pop feature (Tripoli): ``طرابلس – «اللواء»`` without date,
  a headline fragment, quotes before ``تقول أم خالد، وهي …``, ``وتضيف وهي
  …:``, ``ويتابع:``, a baker and a taxi driver with the title before the
  name, ``ثم يضحك بمرارة:``, a syndicate head (``يؤكد أن الزيادة «…»``,
  ``محذراً من أن``, ``ويقول المير لـ«اللواء»:``), the ministry's statement of
  ``الأسبوع الماضي`` (no date), an anonymous ministry source, a handwritten
  notice (optional).
- Al-Sharq Al-Awsat op-ed on cables: a columnist's byline, outlets in
  ``«…»``, a colleague's two-word coinage (optional), cable 10SANAA298 of
  ``شباط (فبراير) 2010`` (ambassador and an official relayed by it), cable
  08RABAT734 of ``17 يوليوز 2008`` (Moroccan month name) relayed by a
  newspaper with the cable itself as speaker, a State Department spokesman
  in ``أواخر تشرين الثاني 2010`` and the writer's echo of his words
  (optional), a veteran diplomat speaking to the writer (no date), a
  researcher's study; one-word labels ``«السيادة»``/``«الثوابت»`` are not
  quotations.

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``,
``الأسبوع الماضي``) gets no date without a dated dateline and is resolved
against a dated one; a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); reactions to the leaks get no date unless dated by the text; a
predicate in marks after ``أن X`` belongs to the outer speaker; nominal
objects after ``إلى``/``بـ``/``من``, one- and two-word fragments, headlines,
slogans and written notices are optional; an unmarked quote after ``قائلا:``
is scored without its final full stop; names of parties, blocs,
programmes, platforms, conferences, outlets and one-word labels in marks
are not quotations; a quote inside a quote belongs to the outer quote; a
role is the title chunk or the apposition, whichever is fuller, without
honorifics (``المهندس``, ``د.``, ``المستشار``); an anonymous source or a
document without a named author is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_WILBOURN = "كارين ويلبورن"
_WILBOURN_ROLE = "القائمة بالأعمال الأميركية"
_MP_14 = "نائب في قوى 14 آذار"
_LB_MINISTER = "وزير سابق من الطائفة السنّية"
_US_DIPLOMAT = "ديبلوماسي أميركي"
_KHOURY = "فادي الخوري"
_KHOURY_ROLE = "عضو المكتب السياسي في حزب «النهضة الوطنية»"
_LB_OFFICIAL = "مرجع رسمي"
_AWKAR = "السفارة الأميركية في عوكر"
_MUTAIRI = "عادل سعود المطيري"
_MUTAIRI_ROLE = "وزير النفط"
_OPEC_SOURCE = "مصدر في منظمة اوبك"
_KPC = "مؤسسة البترول الكويتيه"
_AJMI = "ناصر حمد العجمي"
_AJMI_ROLE = "الخبير النفطي"
_DOSARI = "سلطان بن فهد الدوسري"
_DOSARI_ROLE = "وكيل وزارة البلديات والإسكان لشؤون الإسكان التنموي"
_SHEHRI = "خالد بن سعيد الشهري"
_SHEHRI_ROLE = "المحلل العقاري"
_HOUSING = "وزارة البلديات والإسكان"
_JARRAH = "هالة الجراح"
_JARRAH_ROLE = "النائب عن كتلة «العهد الوطني»"
_RABABAH = "توفيق الربابعة"
_RABABAH_ROLE = "وزير الإدارة المحلية"
_OMARI = "صالح العمري"
_OMARI_ROLE = "النائب"
_HADID = "مازن الحديد"
_HADID_ROLE = "رئيس المجلس"
_LEGAL_CTTE = "اللجنة القانونية النيابية"
_JO_MP = "نائب فضّل عدم ذكر اسمه"
_QUDAH = "عاطف القضاة"
_QUDAH_ROLE = "رئيس اتحاد البلديات"
_PROSECUTION = "النيابه العامه"
_BINALI = "حمد يوسف البنعلي"
_BINALI_ROLE = "رئيس نيابة الجرائم المالية وغسل الاموال"
_DEFENDANT = "المتهم"
_FIN_DIRECTOR = "مدير الشؤون المالية بالشركة"
_SHIRAWI = "يوسف ابراهيم الشيراوي"
_SHIRAWI_ROLE = "وكيل الدفاع عن المتهم"
_COURT = "المحكمه الكبرى الجنائيه الاولي"
_INSURER = "الشركه"
_UM_KHALED = "أم خالد"
_UM_KHALED_ROLE = "أم لخمسة أولاد تعيش في غرفتين فوق محل للخياطة"
_SHAMI = "أبو أحمد الشامي"
_SHAMI_ROLE = "صاحب الفرن"
_MASRI = "ربيع المصري"
_MASRI_ROLE = "سائق التاكسي"
_MIR = "طارق المير"
_MIR_ROLE = "نقيب أصحاب الأفران والمخابز في الشمال"
_ECONOMY = "وزارة الاقتصاد والتجارة"
_ECONOMY_SOURCE = "مصدر في الوزارة"
_AYYOUBI = "سلمى الأيوبي"
_AYYOUBI_ROLE = "معلمة متقاعدة تسكن في شارع سوريا"
_FEENEY = "جيرالد فيني"
_FEENEY_ROLE = "السفير"
_YE_OFFICIAL = "مسؤول يمني رفيع"
_RABAT_CABLE = "برقية 08RABAT734"
_MARKHAM = "فيليب ماركهام"
_MARKHAM_ROLE = "الناطق باسم الخارجية الأميركية"
_AR_DIPLOMAT = "ديبلوماسي عربي مخضرم"
_TWEISI = "منذر الطويسي"
_TWEISI_ROLE = "الباحث الأردني"

GOLD = {
    # --- F24: fresh-author held-out set, seven Levantine and Gulf outlets ---------
    "f24_nahar_beirut_cables": [
        q("الإهمال", "الحلفاء", optional=True),
        q(
            "الجيش اللبناني ما زال المؤسسة الوحيدة التي تحظى بثقة معظم الطوائف، "
            "لكنه يفتقر إلى أبسط التجهيزات",
            _WILBOURN,
            _WILBOURN_ROLE,
            "2008-10-21",
            aliases=("ويلبورن",),
        ),
        q(
            "أي تأخير في تسليم المساعدات سيُقرأ في بيروت على أنه تخلٍّ أميركي عن الحلفاء",
            _WILBOURN,
            _WILBOURN_ROLE,
            "2008-10-21",
            aliases=("ويلبورن",),
        ),
        q(
            "السلاح صار في كل حيّ، والناس يشترونه كما يشترون الخبز",
            _MP_14,
            None,
            "2008-10-21",
        ),
        q(
            "بدا متعباً ومحبطاً أكثر من أي وقت مضى",
            _WILBOURN,
            _WILBOURN_ROLE,
            "2008-10-21",
            aliases=("ويلبورن",),
        ),
        q(
            "الانتخابات لن تغيّر شيئاً، فالقرار لم يعد في صناديق الاقتراع",
            _LB_MINISTER,
            None,
            "2009-02",
            aliases=("الوزير",),
        ),
        q(
            'أحد حلفائي سألني قبل أيام: "لماذا نتقاتل على مقعد إذا كانت الحكومة '
            'ستُطبخ في الخارج مرة أخرى؟"، ولم أجد ما أجيبه به',
            _LB_MINISTER,
            None,
            "2009-02",
            aliases=("الوزير",),
        ),
        q(
            "حلفاءنا يريدون منا أن نخوض معاركهم بالنيابة عنهم، ثم يلوموننا إذا خسروها",
            _US_DIPLOMAT,
            None,
            "2009-02",
            aliases=("كاتب البرقية",),
        ),
        q(
            "لا يعدو كونه انطباعات موظفين في سفارة، ولا يجوز التعامل معه كأنه وثائق تاريخية",
            _KHOURY,
            _KHOURY_ROLE,
            "2010-12-02",
        ),
        q(
            "من يعرف لبنان يعرف أن كل ما قيل في هذه اللقاءات كان يُقال على الشاشات أيضاً",
            _KHOURY,
            _KHOURY_ROLE,
            "2010-12-02",
        ),
        q(
            "تؤذي صورة الولايات المتحدة قبل أن تؤذي أي طرف لبناني",
            _LB_OFFICIAL,
        ),
        q(
            "الدولة لن تنجرّ إلى سجالات حول محاضر لقاءات لم تكن طرفاً فيها",
            _LB_OFFICIAL,
        ),
        q(
            "الولايات المتحدة تدين بشدة نشر وثائق سرية بطريقة غير قانونية",
            _AWKAR,
            aliases=("السفارة الأميركية",),
        ),
        q(
            "يعرّض للخطر أشخاصاً يعملون من أجل الاستقرار في المنطقة",
            _AWKAR,
            aliases=("السفارة الأميركية",),
        ),
    ],
    "f24_watan_kuwait_oil_wire_scraped": [
        # the headline's quote, optional as every headline (added after the
        # first run: the gold had left it out)
        q("الكويت ملتزمه باتفاق اوبك بلس حتي نهاية مارس", _MUTAIRI, _MUTAIRI_ROLE, optional=True),
        q(
            "الكويت ملتزمه بالكامل بحصتها الانتاجية المقرره ضمن اتفاق اوبك بلس، ولن "
            "نتجاوزها تحت اي ظرف",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "تمر بمرحلة حساسه تتطلب الحذر وعدم اتخاذ قرارات متسرعة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "لدينا طاقه فائضة جاهزه، لكن قرار استخدامها جماعي وليس فرديا",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "معظم الاعضاء يميلون الى تمديد الخفض الطوعي لثلاثة اشهر اضافيه",
            _OPEC_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "الاجتماع المقبل لن يحمل مفاجات كبيرة، فالجميع يراقب المخزونات الامريكيه",
            _OPEC_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "تعمل بطاقتها التشغيليه الكاملة منذ منتصف فبراير",
            _KPC,
        ),
        q(
            "سجلت ارتفاعا ملحوظا خلال الربع الحالي مقارنه بالفترة نفسها من العام الماضي",
            _KPC,
        ),
        q(
            "رسالة طمانة للاسواق اكثر منها اعلانا عن سياسه جديده",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
        q(
            "الضغط الحقيقي ياتي من الطلب الصيني الذي لم يتعاف بعد",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
        q(
            "الحديث عن حرب اسعار سابق لاوانه، والكويت لا مصلحة لها في اي مواجهة داخل المنظمه",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
    ],
    "f24_okaz_riyadh_housing_interview": [
        q("الأثقل", _DOSARI, _DOSARI_ROLE, aliases=("الدوسري",), optional=True),
        q(
            "ورثنا 37 مشروعاً متأخراً عن جدوله الزمني، واليوم لم يتبقَّ منها سوى تسعة",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "لن تتردد في سحب أي مشروع من مطوّر لا يلتزم بالعقد، مهما كان حجمه أو اسمه",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "لدينا أكثر من 40 ألف وحدة سكنية في مراحلها الأخيرة، وسيتسلّم المستفيدون "
            "معظمها قبل نهاية العام الهجري الحالي",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "نحن لا ننكر وجود ملاحظات، وقد ألزمنا المطورين بضمان هيكلي لعشر سنوات وضمان "
            "للتشطيبات لمدة عامين",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "لا يُحرم المستأجر من حقه في التملك لمجرد أنه يدفع إيجاراً مرتفعاً",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "شراكة لا غنى عنها",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
            optional=True,
        ),
        q(
            "لا تزال ضمن الحدود الآمنة",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "ما زالت أعلى من قدرة شريحة واسعة من الأسر",
            _SHEHRI,
            _SHEHRI_ROLE,
        ),
        q("مراجعة معايير الاستحقاق", _SHEHRI, _SHEHRI_ROLE, optional=True),
        q(
            "المشكلة ليست في عدد الوحدات بل في موقعها، فالأسرة التي تعمل في وسط المدينة "
            "لا تستطيع أن تقطع 60 كيلومتراً يومياً",
            _SHEHRI,
            _SHEHRI_ROLE,
        ),
        q(
            "الأسعار يحددها السوق، ودورنا أن نوسّع الخيارات لا أن نفرض سعراً واحداً",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "لكننا سنعلن قريباً عن منتج جديد موجّه للأسر ذات الدخل المحدود، وسيكون "
            "قريباً من مراكز المدن",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "نسبة تملك الأسر السعودية للمساكن بلغت 63.7 في المئة",
            _HOUSING,
            aliases=("الوزارة",),
        ),
        q(
            "خطوة على الطريق الصحيح",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري", "الوكيل"),
            optional=True,
        ),
        q(
            "المواطن من حقه أن يسأل ويحاسب، ونحن من واجبنا أن نجيب بالأرقام لا بالوعود",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
    ],
    "f24_dustour_amman_parliament": [
        q(
            "هذا القانون يعيد المجالس المنتخبة إلى بيت الطاعة",
            _JARRAH,
            _JARRAH_ROLE,
        ),
        q(
            "كيف نطالب الناس بالمشاركة في الانتخابات ثم نعيّن ثلث المقاعد بقرار إداري؟",
            _JARRAH,
            _JARRAH_ROLE,
        ),
        q(
            "التعيين يقتصر على أصحاب الخبرات الفنية التي تفتقدها المجالس، ولا مساس "
            "بصلاحيات الأعضاء المنتخبين",
            _RABABAH,
            _RABABAH_ROLE,
        ),
        q(
            "منفتحة على أي صيغة تحقق الكفاءة من دون أن تنتقص من الإرادة الشعبية",
            _RABABAH,
            _RABABAH_ROLE,
        ),
        q("ليست في التعيين بل في غياب المساءلة", _OMARI, _OMARI_ROLE),
        q(
            "قبل أن نعدّل القانون، فلنحاسب من أهدر المال العام في البلديات",
            _OMARI,
            _OMARI_ROLE,
        ),
        q(
            "النقاش على المادة وليس على النوايا، ومن لديه اتهام فليقدّمه إلى القضاء",
            _HADID,
            _HADID_ROLE,
            aliases=("الحديد",),
        ),
        q(
            "التجربة السابقة أثبتت أن بعض المجالس المنتخبة افتقرت إلى الكفاءات القادرة "
            "على إدارة المشاريع التنموية",
            _LEGAL_CTTE,
            None,
            "2024-01-28",
            aliases=("التقرير", "اللجنة القانونية"),
        ),
        q(
            "الصفقة أُنجزت قبل الجلسة، وما جرى تحت القبة كان لتسجيل المواقف أمام القواعد الانتخابية",
            _JO_MP,
        ),
        q(
            "انتظرت هذا التعديل طويلاً لتتمكن من تنفيذ مشاريعها دون عوائق بيروقراطية",
            _QUDAH,
            _QUDAH_ROLE,
            aliases=("اتحاد البلديات",),
        ),
    ],
    "f24_akhbarkhaleej_manama_court_scraped": [
        q(
            "استغل صلاحياته في النظام المحاسبي لتحويل مبالغ من حسابات العملاء الى حسابات "
            "شخصية علي مدى ثلاث سنوات",
            _PROSECUTION,
        ),
        q(
            "تلقت بلاغا من الشركه في مارس 2023 وباشرت التحقيق فورا، وتم التحفظ على اموال "
            "المتهم خلال 48 ساعة",
            _BINALI,
            _BINALI_ROLE,
        ),
        q(
            "اخذ المبالغ علي نية اعادتها بعد ان تتحسن ظروفه",
            _DEFENDANT,
            None,
            "2023-04-09",
        ),
        q(
            "الاختلاس لم يكتشف الا بعد تدقيق داخلي مفاجئ امر به مجلس الادارة",
            _FIN_DIRECTOR,
        ),
        q(
            "كان يعمل ساعات اضافية باستمرار ولم يكن يثير اي شك",
            _FIN_DIRECTOR,
        ),
        q(
            "موكلي ضحية نظام رقابي مهترئ، والشركه تتحمل جزءا من المسؤوليه لانها منحته "
            "صلاحيات مطلقه دون اي رقابه",
            _SHIRAWI,
            _SHIRAWI_ROLE,
        ),
        q(
            "اطمانت الى ادلة الثبوت التي ساقتها النيابه، ومنها تقرير الخبير المحاسبي "
            "واعتراف المتهم التفصيلي",
            _COURT,
            aliases=("المحكمه",),
        ),
        q(
            "لا تلتفت الى ما اثاره الدفاع بشان قصور الرقابه، اذ ان ذلك لا ينفي القصد الجنائي",
            _COURT,
            aliases=("المحكمه",),
        ),
        q("ثقة العملاء خط احمر", _INSURER, optional=True),
    ],
    "f24_liwaa_tripoli_bread_voxpop": [
        q("صرنا نحسب الرغيف", _UM_KHALED, _UM_KHALED_ROLE, optional=True),
        q(
            "صرنا نحسب الرغيف قبل أن نشتريه. الأولاد يأكلون، وأنا أكتفي بكوب شاي",
            _UM_KHALED,
            _UM_KHALED_ROLE,
        ),
        q(
            "زوجي يعمل عتّالاً في المرفأ، وأجرته اليومية لم تعد تكفي لثلاث ربطات وقليل من اللبنة",
            _UM_KHALED,
            _UM_KHALED_ROLE,
        ),
        q(
            "الطحين ارتفع، والمازوت ارتفع، وأجرة العمال ارتفعت. إذا بعت بالسعر القديم أقفل بعد شهر",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=("أبو أحمد",),
        ),
        q(
            "نحن أيضاً نعيش من هذا الفرن، ولسنا تجار أزمات كما يقال على التلفزيون",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=("أبو أحمد",),
        ),
        q(
            "البنزين أخذ نصف الدخل، والخبز يأخذ النصف الآخر. ماذا يبقى للدواء والمدرسة؟",
            _MASRI,
            _MASRI_ROLE,
        ),
        q("حتى الشكوى صارت رفاهية", _MASRI, _MASRI_ROLE),
        q(
            "مرتبطة حصراً بكلفة الطحين والمحروقات",
            _MIR,
            _MIR_ROLE,
            aliases=("المير",),
        ),
        q(
            "عشرات الأفران الصغيرة في عكار والمنية مهددة بالإقفال إذا لم تُصرف المستحقات المتأخرة",
            _MIR,
            _MIR_ROLE,
            aliases=("المير",),
        ),
        q(
            "طالبنا وزارة الاقتصاد أكثر من مرة بدعم الطحين المخصص للخبز العربي، ولم "
            "نتلقَّ حتى الآن سوى الوعود",
            _MIR,
            _MIR_ROLE,
            aliases=("المير",),
        ),
        q(
            "مخزون القمح يكفي السوق المحلية لمدة ثلاثة أشهر على الأقل",
            _ECONOMY,
        ),
        q(
            "ستلاحق كل من يتلاعب بوزن الربطة أو بسعرها",
            _ECONOMY,
        ),
        q(
            "المشكلة في الشمال تحديداً هي التهريب، لا الأسعار الرسمية",
            _ECONOMY_SOURCE,
            aliases=("مصدر في وزارة الاقتصاد",),
        ),
        q(
            "نسمع عن التهريب منذ عشرين سنة، ولم نرَ مهرّباً واحداً في السجن",
            _AYYOUBI,
            _AYYOUBI_ROLE,
        ),
        q("الدولة تتذكرنا فقط في موسم الانتخابات", _AYYOUBI, _AYYOUBI_ROLE),
        q("انتهى خبز اليوم", _SHAMI, aliases=("أبو أحمد",), optional=True),
    ],
    "f24_awsat_cables_oped": [
        q("تسونامي الوثائق", "أحد الزملاء", optional=True),
        q(
            "الحكومة المركزية لا تسيطر فعلياً على أكثر من ثلث البلاد، وما تبقى يُدار "
            "بالتفاهمات القبلية",
            _FEENEY,
            _FEENEY_ROLE,
            "2010-02",
        ),
        q(
            "حدودنا مع الجيران أطول من قدرتنا على حراستها، ونحن نعرف ذلك وهم يعرفونه",
            _YE_OFFICIAL,
            None,
            "2010-02",
        ),
        q(
            "النخب المغربية تتحدث بصراحة مع الأجانب أكثر مما تتحدث بها مع بعضها بعضاً",
            _RABAT_CABLE,
            None,
            "2008-07-17",
            aliases=("برقية",),
        ),
        q(
            "تعكس آراء موظفين في الميدان، ولا تمثل السياسة الرسمية للولايات المتحدة",
            _MARKHAM,
            _MARKHAM_ROLE,
            "2010-11",
        ),
        q("موظفي الميدان", _MARKHAM, _MARKHAM_ROLE, "2010-11", optional=True),
        q(
            "نحن لا نخاف مما قاله الأميركيون عنّا، بل مما قلناه نحن لهم",
            _AR_DIPLOMAT,
        ),
        q(
            "الوثائق المسربة كانت مرآة للنخب العربية أكثر منها مرآة للسياسة الأميركية",
            _TWEISI,
            _TWEISI_ROLE,
        ),
    ],
}

BATCHES = {
    "F24": [
        "f24_nahar_beirut_cables",
        "f24_watan_kuwait_oil_wire_scraped",
        "f24_okaz_riyadh_housing_interview",
        "f24_dustour_amman_parliament",
        "f24_akhbarkhaleej_manama_court_scraped",
        "f24_liwaa_tripoli_bread_voxpop",
        "f24_awsat_cables_oped",
    ],
}

BLIND_ARTICLES_29 = {name: (_read(name), gold) for name, gold in GOLD.items()}
