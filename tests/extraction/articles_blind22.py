"""Fresh-author held-out set F17: seven articles in the styles of Levantine
outlets (Jerusalem, Bethlehem, Amman, Beirut, Damascus; two on WikiLeaks
cables, two as scraped web text without hamzas or paragraph breaks, one of
them a cable article), written as a journalist would and annotated by hand,
with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- Al-Quds cables (Jerusalem): ``القدس - «القدس» دوت كوم -`` without a date,
  a party (``«فتح»``), the outlet and a classification (``«سري»``) in marks,
  09JERUSALEM1876 dated ``17 تشرين الثاني 2009`` with the consul general
  named after his title, an anonymous minister relayed by the cable (``أبلغه
  … بأن «…»``, then ``وتابع الوزير، بحسب ما تنقل عنه البرقية:``),
  10JERUSALEM214 of ``شباط 2010`` (month precision) relaying a businessman
  and his two-word ``«اختناق بطيء»``, a cable of ``4 آذار/مارس 2010`` with a
  quote inside a quote (``"…"`` within ``«…»``), the consulate itself as
  speaker of the cable's comment, reactions ``أمس`` (no date), a speaker
  after his quote (``«…»، يقول …``) with ``د.`` as an honorific and
  ``ويضيف:``.
- Ma'an (Bethlehem): a dated dateline ``بيت لحم 15-7-2025- معا-`` with
  ``اليوم الثلاثاء`` (2025-07-15) and ``م.`` as an honorific, ``مؤكدا أن``,
  a resident quoted during the dated tour (dated) with ``وتابعت:`` and a
  question mark inside the quote, a municipality's statement ``أمس``
  (2025-07-14 from the dateline) with ``دعا … إلى "…"`` (optional), the
  mayor's reaction (no date) relaying an elder's words (the elder is the
  speaker), an expert's predicate after ``أن ما يجري``, a statement ``في 2
  تموز الجاري`` (2025-07-02, year from the dateline), the outlet in marks.
- Al-Rai as scraped text (Amman cables): ``عمان - الراي -`` without a date,
  ``ة`` written ``ه`` and ``ى`` written ``ي`` throughout, 09AMMAN2547 dated
  ``8 تشرين الثاني 2009``, an ambassador named after his title, a former
  minister relayed by the cable (``قوله …:`` and ``وتابع … بحسب البرقيه``
  without colon), 10AMMAN418 of ``شباط/فبراير 2010`` (dual month name) with
  an anonymous official and a predicate after ``ان المملكه``, the cable's
  conclusion (the embassy as speaker), a project name in marks (not a
  quotation), a two-word fragment, reactions ``امس`` (no date), an unmarked
  quote after ``قائلا:``, speech relayed by ``(بترا)`` from a government
  source.
- Ammon News as scraped text (Amman fuel prices): ``عمون -`` without a date
  and ``امس``, unnamed MPs as a group speaker, an MP with ``واضاف الزيود
  ان``, a female MP (``النائب``) with an unmarked quote after ``مضيفه:``
  that runs into the next sentence without a full stop, a minister with
  ``قائلا ان "…"`` and ``وتابع الربضي`` without colon, the pricing
  committee's statement ``مساء الخميس`` (no date), a union head with a
  three-word predicate (optional), a taxi driver in colloquial Jordanian, a
  campaign name in marks (not a quotation).
- Nidaa Al-Watan (Beirut reconstruction): ``“…”`` marks, a byline without a
  dateline, a headline fragment (optional), a minister back ``أمس`` (no
  date) with ``وأضاف:``, an anonymous Western diplomatic source after his
  quote (``“…”، يقول المصدر لـ“نداء الوطن”``) and ``مضيفاً أن``, a World
  Bank report dated ``7 آذار 2025``, ``نقلت وكالة “المركزية” عن مرجع
  حكومي``, a farmer in the present tense, an MP whose role is his bloc
  apposition (``عضو تكتل “الجمهورية القوية”``) on a TV channel ``مساء
  الأحد`` (no date), a conference name in marks (not a quotation).
- Al-Joumhouria (Beirut deposits): ``«…»`` marks, a law's name in marks (not
  a quotation), a byline, a minister named after his title at a press
  conference ``في 9 كانون الأول 2025`` with ``وتابع حداد:`` (same date),
  the bankers' association statement ``أمس`` (no date), an anonymous central
  bank official after his quote with a quote inside a quote, a protest
  slogan (optional), a lawyer whose role is the apposition, a question mark
  inside a quote, an MP with a predicate after ``أن النقاش``, objects after
  ``بـ``/``إلى`` in marks (optional).
- Al-Watan (Damascus medicine prices): ``دمشق - هناء غانم`` byline
  dateline, a headline quote (optional), ``الدكتور`` as an honorific, a deputy
  minister with ``أوضح … أن «…»``, ``لافتاً إلى أن «…»`` and ``وأضاف:``, a
  syndicate statement ``بتاريخ 18 تشرين الأول 2025`` relayed inside a
  speaker's sentence (the syndicate is the speaker), a pensioner after his
  quote with ``ثم يضيف بمرارة:``, ``طالب بـ«…»`` (optional), the ministry
  relayed by ``«سانا»``, ``الأحد الماضي`` for an unquoted meeting.

Conventions as in articles_blind20 (F15): a relative date (``أمس``,
``اليوم``) gets no date without a dated dateline and is resolved against a
dated one; a date given for an event (the tour) dates the quotes of the
people heard at it, not the reactions around it (the mayor, the expert); a
cable's quotes, and the follow-ups of the same account, take the cable's
date (month precision when the article gives no day); reactions to the
leaks get no date; a predicate in marks after ``أن X`` belongs to the outer
speaker; nominal objects after ``إلى``/``بـ``, one- and two-word fragments,
slogans and headlines are optional; a quote inside a quote belongs to the
outer quote; an unmarked quote after ``قائلا:``/``مضيفه:`` is scored
without its final full stop; names of parties, laws, projects, campaigns,
conferences, outlets and one-word labels in marks are not quotations; a
role is the title chunk or the apposition, whichever is fuller, without
honorifics (``د.``, ``م.``, ``الدكتور``); an anonymous source is named by
its description; a document's quotes (statement, report, cable comment) are
given to the institution that issued it."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Quds (Jerusalem cables) ---------------------------------------------
_WALCOTT = "ريتشارد ولكوت"
_WALCOTT_ROLE = "القنصل العام الأميركي"
_PA_MINISTER = "وزير فلسطيني"
_PA_MINISTER_ALIASES = ("وزيراً فلسطينياً", "الوزير")
_NABLUS_BUSINESSMAN = "رجل أعمال من نابلس"
_KHATIB = "سمير الخطيب"
_KHATIB_ROLE = "القيادي في «فتح»"
_CONSULATE = "القنصلية الأميركية العامة في القدس"
_CONSULATE_ALIASES = ("القنصلية", "البرقية")
_AWDA = "إبراهيم عودة"
_AWDA_ROLE = "الناطق باسم الحكومة الفلسطينية"
_SHEIKH = "نادر الشيخ"
_SHEIKH_ROLE = "الكاتب والمحلل السياسي"
# --- Ma'an (Bethlehem water) ---------------------------------------------------
_ABDEEN = "زياد عابدين"
_ABDEEN_ROLE = "رئيس سلطة المياه الفلسطينية"
_ABDEEN_ALIASES = ("عابدين", "سلطة المياه", "رئيس سلطة المياه")
_SHAER = "أم محمد الشاعر"
_SHAER_ROLE = "أم لستة أطفال"
_TEQUA = "بلدية تقوع"
_AMOUR = "حسن العمور"
_AMOUR_ROLE = "رئيس البلدية"
_ELDER = "أحد كبار السن في البلدة"
_ATRASH = "سهيل الأطرش"
_ATRASH_ROLE = "الخبير المائي"
_PWA = "سلطة المياه"
# --- Al-Rai (Amman cables, scraped) -------------------------------------------
_HARRISON = "روبرت هاريسون"
_HARRISON_ROLE = "السفير الامريكي"
_HAYARI = "سامر الحياري"
_HAYARI_ROLE = "وزير التخطيط الاسبق"
_JO_ENERGY_OFFICIAL = "مسؤول اردني رفيع في قطاع الطاقه"
_US_AMMAN = "السفاره الامريكيه في عمان"
_MAAYTEH = "خالد المعايطه"
_MAAYTEH_ROLE = "وزير الاعلام الاسبق"
_AZZAM = "فراس العزام"
_AZZAM_ROLE = "الخبير الاقتصادي"
_GOV_SOURCE = "مصدر حكومي"
# --- Ammon (Amman fuel prices, scraped) -----------------------------------------
_MPS = "نواب"
_ZYOUD = "محمد سليمان الزيود"
_KHAWALDEH = "رزان الخوالده"
_MP_ROLE = "النائب"
_RABADI = "نضال الربضي"
_RABADI_ROLE = "وزير الطاقه والثروه المعدنيه"
_PRICING_COMMITTEE = "لجنه تسعير المشتقات النفطيه"
_SAAIDEH = "نهار السعايده"
_SAAIDEH_ROLE = "نقيب اصحاب محطات المحروقات"
_ABU_KHALED = "ابو خالد"
_ABU_KHALED_ROLE = "سائق التاكسي"
# --- Nidaa Al-Watan (Beirut reconstruction) --------------------------------------
_DONORS = "المانحون"
_ITANI = "ياسين عيتاني"
_ITANI_ROLE = "وزير المال"
_WEST_DIPLOMAT = "مصدر دبلوماسي غربي في بيروت"
_WEST_DIPLOMAT_ALIASES = ("مصدر دبلوماسي غربي", "المصدر")
_WORLD_BANK = "البنك الدولي"
_GOV_REFERENCE = "مرجع حكومي"
_FAKIH = "علي فقيه"
_FAKIH_ROLE = "مزارع من بلدة عيترون"
_AKIKI = "جورج عقيقي"
_AKIKI_ROLE = "عضو تكتل “الجمهورية القوية”"
# --- Al-Joumhouria (Beirut deposits) ----------------------------------------------
_HADDAD = "كريم حداد"
_HADDAD_ROLE = "وزير الاقتصاد والتجارة"
_ABL = "جمعية المصارف"
_ABL_ALIASES = ("الجمعية", "البيان")
_BDL_OFFICIAL = "أحد المسؤولين في مصرف لبنان"
_BDL_OFFICIAL_ALIASES = ("المسؤول",)
_DEPOSITORS = "رابطة المودعين"
_DEBS = "فؤاد الدبس"
_DEBS_ROLE = "عضو الهيئة الإدارية في الرابطة"
_ABI_RACHED = "سليم أبي راشد"
_ABI_RACHED_ROLE = "مقرّر لجنة المال والموازنة"
_FIN_REFERENCE = "مرجع مالي مطّلع"
# --- Al-Watan (Damascus medicine) -------------------------------------------------
_HALABI = "مازن الحلبي"
_HALABI_ROLE = "معاون وزير الصحة لشؤون الدواء"
_SHAMI = "عماد الشامي"
_SHAMI_ROLE = "نقيب صيادلة سورية"
_SHAMI_ALIASES = ("الشامي", "نقيب الصيادلة")
_SYNDICATE = "النقابة"
_ABU_SAMER = "أبو سامر"
_ABU_SAMER_ROLE = "متقاعد في الستين من عمره"
_RUSTUM = "جمال الدين رستم"
_RUSTUM_ROLE = "رئيس جمعية حماية المستهلك"
_MOH = "وزارة الصحة"

GOLD = {
    # --- F17: fresh-author held-out set, seven Levantine outlets ----------------
    "f17_quds_jerusalem_cables": [
        q("أزمة الرواتب", _CONSULATE, aliases=_CONSULATE_ALIASES, optional=True),
        q(
            "السلطة تعيش من شهر إلى شهر، وأي تأخير في أموال المانحين سيعني عجزها عن دفع الرواتب",
            _WALCOTT,
            _WALCOTT_ROLE,
            "2009-11-17",
            aliases=("ولكوت",),
        ),
        q(
            "الناس في الشارع لم يعودوا يفرّقون بين الحكومة والاحتلال حين يتعلق الأمر بلقمة العيش",
            _PA_MINISTER,
            None,
            "2009-11-17",
            aliases=_PA_MINISTER_ALIASES,
        ),
        q(
            "نحن ندير أزمة، لا دولة",
            _PA_MINISTER,
            None,
            "2009-11-17",
            aliases=_PA_MINISTER_ALIASES,
        ),
        q(
            "المستثمرين الفلسطينيين يضعون أموالهم في عمّان ودبي، لأنهم لا يثقون بأن ما يبنونه "
            "هنا سيبقى قائماً",
            _NABLUS_BUSINESSMAN,
            None,
            "2010-02",
            aliases=("رجل الأعمال",),
        ),
        q(
            "اختناق بطيء",
            _NABLUS_BUSINESSMAN,
            None,
            "2010-02",
            aliases=("رجل الأعمال",),
            optional=True,
        ),
        q(
            'قلت للرئيس بوضوح: "إذا لم نجر انتخابات داخلية هذا العام فسنخسر الشباب"، لكنه كان '
            "مشغولاً بالمفاوضات",
            _KHATIB,
            _KHATIB_ROLE,
            "2010-03-04",
            aliases=("الخطيب",),
        ),
        q(
            "الانقسامات داخل الحركة أعمق مما يُظهره خطابها العلني",
            _CONSULATE,
            None,
            "2010-03-04",
            aliases=_CONSULATE_ALIASES,
        ),
        q(
            "ساحة لتصفية الحسابات",
            _CONSULATE,
            None,
            "2010-03-04",
            aliases=_CONSULATE_ALIASES,
            optional=True,
        ),
        q(
            "ما ورد في هذه البرقيات يعكس قراءة أميركية أحادية، ولا يمثل موقف أي وزير في الحكومة",
            _AWDA,
            _AWDA_ROLE,
        ),
        q(
            "كان الأجدر بواشنطن أن تفي بالتزاماتها المالية بدل أن تكتب التقارير",
            _AWDA,
            _AWDA_ROLE,
        ),
        q(
            "لا أذكر تفاصيل كل لقاء عقدته قبل خمسة عشر عاماً",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        q(
            "البرقيات لا تكشف أسراراً بقدر ما تكشف كيف كان الأميركيون يرون المشهد من الداخل",
            _SHEIKH,
            _SHEIKH_ROLE,
        ),
        q(
            "الجديد فقط أن هذا الكلام صار مكتوباً ومنشوراً، والمقلق أن كثيراً مما حذّرت منه تلك "
            "البرقيات حدث فعلاً",
            _SHEIKH,
            _SHEIKH_ROLE,
        ),
    ],
    "f17_maan_bethlehem_water": [
        q("سياسية بامتياز", _ABDEEN, aliases=_ABDEEN_ALIASES, optional=True),
        q(
            "الكميات التي تضخها شركة ميكوروت الإسرائيلية لمحافظة بيت لحم تقلصت بنحو الثلث منذ "
            "بداية تموز",
            _ABDEEN,
            _ABDEEN_ROLE,
            "2025-07-15",
            aliases=_ABDEEN_ALIASES,
        ),
        q(
            "الأزمة ليست فنية بل سياسية بامتياز",
            _ABDEEN,
            _ABDEEN_ROLE,
            "2025-07-15",
            aliases=_ABDEEN_ALIASES,
        ),
        q(
            "طالبنا الجانب الإسرائيلي مرارا بزيادة الحصص في أشهر الصيف، لكن الرد كان دائما أن "
            "الشبكة لا تحتمل، في حين تصل المياه إلى المستوطنات القريبة على مدار الساعة",
            _ABDEEN,
            _ABDEEN_ROLE,
            "2025-07-15",
            aliases=_ABDEEN_ALIASES,
        ),
        q(
            "منذ 16 يوما لم تصل نقطة ماء إلى خزاناتنا، والصهريج الواحد صار بـ350 شيكلا",
            _SHAER,
            _SHAER_ROLE,
            "2025-07-15",
        ),
        q(
            "نحن نغسل الأواني بماء الوضوء، هل هذه حياة؟",
            _SHAER,
            _SHAER_ROLE,
            "2025-07-15",
        ),
        q(
            "إعلان القرى الشرقية مناطق منكوبة مائيا",
            _TEQUA,
            None,
            "2025-07-14",
            optional=True,
        ),
        q(
            "البلدية استنفدت كل إمكاناتها، ولم يعد بمقدورها توفير الصهاريج مجانا للعائلات المستورة",
            _TEQUA,
            None,
            "2025-07-14",
            aliases=("البيان", "البلدية"),
        ),
        q(
            "ما نوزعه يوميا لا يغطي عشر الاحتياج، والشبكة الداخلية فارغة تماما",
            _AMOUR,
            _AMOUR_ROLE,
            aliases=("العمور",),
        ),
        q("في زمن الآبار كنا نشرب أكثر مما نشرب اليوم", _ELDER),
        q(
            "سياسة تعطيش ممنهجة تهدف إلى دفع السكان نحو المدن وإفراغ المناطق المصنفة (ج)",
            _ATRASH,
            _ATRASH_ROLE,
            aliases=("الأطرش",),
        ),
        q(
            "تبقى ناقصة ما دامت السيطرة على المصادر بيد الاحتلال",
            _ATRASH,
            _ATRASH_ROLE,
            aliases=("الأطرش",),
        ),
        q(
            "تهدف إلى إعادة توزيع الكميات المتاحة بشكل عادل بين التجمعات الأكثر تضررا",
            _PWA,
            None,
            "2025-07-02",
            aliases=("سلطة المياه الفلسطينية",),
        ),
    ],
    "f17_rai_amman_cables_scraped": [
        q(
            "الاردن يواجه ازمه مياه حقيقيه ستتحول خلال عقد الي مساله امن وطني اذا لم تبدا مشاريع "
            "التحليه فورا",
            _HARRISON,
            _HARRISON_ROLE,
            "2009-11-08",
            aliases=("هاريسون",),
        ),
        q(
            "المسؤولين هنا يدركون حجم المشكله لكنهم يفتقرون الي التمويل اكثر مما يفتقرون الي الخطط",
            _HARRISON,
            _HARRISON_ROLE,
            "2009-11-08",
            aliases=("هاريسون",),
        ),
        q(
            "لا يمكن لبلد ان يبني اقتصاده على المساعدات والحوالات الي الابد",
            _HAYARI,
            _HAYARI_ROLE,
            "2009-11-08",
            aliases=("الحياري",),
        ),
        q(
            "نحن بحاجه الي قرارات صعبه، والحكومات المتعاقبه تؤجلها لانها تخاف الشارع",
            _HAYARI,
            _HAYARI_ROLE,
            "2009-11-08",
            aliases=("الحياري",),
        ),
        q(
            "انقطاع الغاز المصري كلف الخزينه اكثر مما تتحمله موازنه بلد صغير",
            _JO_ENERGY_OFFICIAL,
            None,
            "2010-02",
        ),
        q(
            "تدفع ثمن موقعها الجغرافي مرتين",
            _JO_ENERGY_OFFICIAL,
            None,
            "2010-02",
        ),
        q(
            "الحكومه الاردنيه ستبقي معتمده علي الدعم الخليجي والامريكي في المدي المنظور",
            _US_AMMAN,
            None,
            "2010-02",
            aliases=("البرقيه",),
        ),
        q(
            "رهانا استراتيجيا",
            _US_AMMAN,
            None,
            "2010-02",
            aliases=("البرقيه",),
            optional=True,
        ),
        q(
            "البرقيات تكشف ان الاردن كان يقرا التحديات بوضوح، وان المشكله كانت دائما في التمويل "
            "لا في الرؤيه",
            _MAAYTEH,
            _MAAYTEH_ROLE,
        ),
        q("شهاده متاخره", _AZZAM, _AZZAM_ROLE, optional=True),
        q(
            "ما كتبه الامريكيون قبل خمسه عشر عاما نعيشه اليوم حرفيا، وما زلنا نناقش المشاريع نفسها",
            _AZZAM,
            _AZZAM_ROLE,
        ),
        q("مشروع الناقل الوطني للمياه يمضي وفق الجدول الزمني المقرر", _GOV_SOURCE),
        q("المملكه لم تعد رهينه لمصدر واحد للطاقه كما كانت قبل عقد", _GOV_SOURCE),
    ],
    "f17_ammon_fuel_prices_scraped": [
        q("تعالج عجز الموازنه من جيوب المواطنين", _MPS),
        q(
            "المواطن لم يعد يحتمل زياده جديده، فالرواتب مجمده منذ سنوات والاسعار ترتفع كل شهر",
            _ZYOUD,
            _MP_ROLE,
            aliases=("الزيود",),
        ),
        q(
            "الحكومه وعدت بتثبيت الاسعار حتي نهايه العام ثم تراجعت دون اي توضيح",
            _ZYOUD,
            _MP_ROLE,
            aliases=("الزيود",),
        ),
        q("تتعامل مع الارقام وتنسي الناس", _KHAWALDEH, _MP_ROLE),
        q(
            "لا يعقل ان يرتفع سعر البنزين محليا بينما ينخفض سعر برميل النفط عالميا",
            _KHAWALDEH,
            _MP_ROLE,
        ),
        q(
            "التسعيره مرتبطه بالاسعار العالميه ومتوسط الشهر الماضي، ولا تتدخل الحكومه فيها باي شكل",
            _RABADI,
            _RABADI_ROLE,
            aliases=("الربضي",),
        ),
        q(
            "الضريبه المقطوعه علي المشتقات ثابته منذ ثلاثه اعوام ولم تتغير، ومن يقول غير ذلك "
            "عليه ان ياتي بالدليل",
            _RABADI,
            _RABADI_ROLE,
            aliases=("الربضي",),
        ),
        q(
            "الاسعار العالميه للمشتقات سجلت ارتفاعا خلال تشرين الثاني مقارنه بالشهر الذي سبقه",
            _PRICING_COMMITTEE,
            aliases=("اللجنه",),
        ),
        q(
            "المحطات ليست طرفا في القرار، لكنها تتحمل غضب المواطنين يوميا",
            _SAAIDEH,
            _SAAIDEH_ROLE,
        ),
        q("تراجعت بشكل ملحوظ", _SAAIDEH, _SAAIDEH_ROLE, optional=True),
        q(
            "كنت اعبي بعشره دنانير وتكفيني يومين، اليوم ما بتكفي يوم",
            _ABU_KHALED,
            _ABU_KHALED_ROLE,
        ),
    ],
    "f17_nidaa_beirut_reconstruction": [
        q("لا أموال قبل الإصلاحات", _DONORS, optional=True),
        q(
            "سمعنا كلاماً جميلاً عن دعم لبنان، لكن عندما وصلنا إلى الأرقام، صار كل شيء مشروطاً",
            _ITANI,
            _ITANI_ROLE,
        ),
        q("المطلوب منا أن ننجز في أشهر ما لم يُنجز في ثلاثين سنة", _ITANI, _ITANI_ROLE),
        q(
            "المانحون دفعوا بعد حرب تموز 2006 مليارات الدولارات، ولا أحد يعرف حتى اليوم أين ذهب "
            "جزء كبير منها",
            _WEST_DIPLOMAT,
            aliases=_WEST_DIPLOMAT_ALIASES,
        ),
        q(
            "أي أموال جديدة ستمرّ عبر آلية دولية شفافة، لا عبر مجلس الجنوب أو أي صندوق محلي",
            _WEST_DIPLOMAT,
            aliases=_WEST_DIPLOMAT_ALIASES,
        ),
        q(
            "التأخر في إطلاق عملية الإعمار سيؤدي إلى نزوح دائم لعشرات آلاف العائلات من المناطق "
            "الحدودية",
            _WORLD_BANK,
            None,
            "2025-03-07",
            aliases=("تقرير البنك الدولي",),
        ),
        q(
            "الدول العربية والخليجية أبلغت لبنان بوضوح أن لا إعمار من دون بسط سلطة الدولة على "
            "كامل أراضيها",
            _GOV_REFERENCE,
            aliases=("المرجع",),
        ),
        q(
            "هذه ليست شروطاً بل مبادئ أعلنتها الحكومة نفسها في بيانها الوزاري",
            _GOV_REFERENCE,
            aliases=("المرجع",),
        ),
        q(
            "أعدت ترميم غرفتين على حسابي. الدولة جاءت وصوّرت وكتبت أرقاماً، ثم اختفت",
            _FAKIH,
            _FAKIH_ROLE,
        ),
        q(
            "من يريد الإعمار عليه أن يسلّم السلاح أولاً، ومن يرفض فليتحمّل مسؤولية بقاء الجنوب ركاماً",
            _AKIKI,
            _AKIKI_ROLE,
        ),
    ],
    "f17_joumhouria_beirut_deposits": [
        q(
            "للمرة الأولى هناك نص يعترف بأن الودائع حق، ويحدد مساراً زمنياً لاستردادها",
            _HADDAD,
            _HADDAD_ROLE,
            "2025-12-09",
            aliases=("حداد",),
        ),
        q(
            "لن يكون القانون مثالياً، لكن البديل عنه هو الفوضى التي نعيشها منذ ست سنوات",
            _HADDAD,
            _HADDAD_ROLE,
            "2025-12-09",
            aliases=("حداد",),
        ),
        q(
            "يحمّل المصارف القسم الأكبر من الخسائر، ويعفي الدولة من مسؤوليتها الأساسية عن الانهيار",
            _ABL,
            aliases=_ABL_ALIASES,
        ),
        q(
            "أي قانون لا يلحظ مساهمة الدولة من أصولها لن يكون قابلاً للتطبيق",
            _ABL,
            aliases=_ABL_ALIASES,
        ),
        q(
            "نحن نتحدث عن التزامات تمتد خمس عشرة سنة، من دون أي ضمانة بأن الحكومات المقبلة ستلتزم "
            "بها",
            _BDL_OFFICIAL,
            aliases=_BDL_OFFICIAL_ALIASES,
        ),
        q(
            'المودع الذي سمع عبارة "الودائع مقدسة" عشرات المرات لن يصدّق هذه المرة بسهولة',
            _BDL_OFFICIAL,
            aliases=_BDL_OFFICIAL_ALIASES,
        ),
        q("حقي مش منّة", _DEPOSITORS, optional=True),
        q(
            "المشروع بصيغته الحالية يشرّع الاقتطاع من الودائع تحت مسمّيات مختلفة",
            _DEBS,
            _DEBS_ROLE,
        ),
        q(
            "كيف يمكن أن يُطلب من صاحب وديعة بمئة ألف دولار أن ينتظر حتى عام 2040؟",
            _DEBS,
            _DEBS_ROLE,
        ),
        q(
            "لن يكون سريعاً ولا شكلياً",
            _ABI_RACHED,
            _ABI_RACHED_ROLE,
            aliases=("أبي راشد",),
        ),
        q(
            "لن نوقّع على قانون يدفع ثمنه المودع الصغير وحده، وفي الوقت نفسه لا نريد أن نقفل ما "
            "تبقى من القطاع المصرفي",
            _ABI_RACHED,
            _ABI_RACHED_ROLE,
            aliases=("أبي راشد",),
        ),
        q("توافق سياسي لم ينضج بعد", _FIN_REFERENCE, optional=True),
        q(
            "تسوية تُرضي الجميع على الورق، ولا تُرضي أحداً في الواقع",
            _FIN_REFERENCE,
            optional=True,
        ),
    ],
    "f17_watan_damascus_medicine": [
        q(
            "التعديل كان ضرورياً لإنقاذ الصناعة",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=_SHAMI_ALIASES,
            optional=True,
        ),
        q(
            "لم تكن أمام خيارات كثيرة، فإما رفع السعر بما يغطي الكلفة، وإما فقدان الدواء من "
            "الصيدليات",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "عدداً من المعامل توقّف فعلياً عن إنتاج أصناف معينة لأنها تبيعها بخسارة",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "الزيادة لم تشمل أدوية الأمراض المزمنة الأساسية كالإنسولين وأدوية السرطان، التي ما "
            "زالت الوزارة تؤمّنها مجاناً عبر مراكزها",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "كان ضرورياً لإنقاذ الصناعة الدوائية الوطنية",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=_SHAMI_ALIASES,
        ),
        q(
            "استمرار التسعير القديم سيدفع المرضى إلى الأدوية المهربة مجهولة المصدر",
            _SYNDICATE,
            None,
            "2025-10-18",
            aliases=("نقابة صيادلة سورية",),
        ),
        q(
            "الصيدلاني هو من يواجه المريض، وهو من يتحمّل غضبه، مع أنه لا علاقة له بالقرار",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=_SHAMI_ALIASES,
        ),
        q(
            "راتبي التقاعدي لا يكفي لثمن أدوية الضغط والسكري",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        q(
            "صرت أشتري نصف العلبة، وأوزع الحبوب على أيام الأسبوع",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        q(
            "ربط أي زيادة في أسعار الدواء بزيادة موازية في الرواتب",
            _RUSTUM,
            _RUSTUM_ROLE,
            optional=True,
        ),
        q(
            "هناك صيادلة يبيعون بالتسعيرة الجديدة أصنافاً اشتروها بالتسعيرة القديمة، وهذا مخالف "
            "صريح",
            _RUSTUM,
            _RUSTUM_ROLE,
        ),
        q(
            "ستتابع التزام الصيدليات بالأسعار الجديدة المعلنة، وستتخذ الإجراءات القانونية بحق "
            "المخالفين",
            _MOH,
            aliases=("الوزارة",),
        ),
    ],
}

BATCHES = {
    "F17": [
        "f17_quds_jerusalem_cables",
        "f17_maan_bethlehem_water",
        "f17_rai_amman_cables_scraped",
        "f17_ammon_fuel_prices_scraped",
        "f17_nidaa_beirut_reconstruction",
        "f17_joumhouria_beirut_deposits",
        "f17_watan_damascus_medicine",
    ],
}

BLIND_ARTICLES_22 = {name: (_read(name), gold) for name, gold in GOLD.items()}
