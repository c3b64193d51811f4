"""Fresh-author held-out set F18: seven articles in the styles of Gulf outlets
(Kuwait, Bahrain, Qatar, UAE, Saudi Arabia, Oman; two on WikiLeaks cables,
two as scraped web text without hamzas or paragraph breaks), written as a
journalist would and annotated by hand, with the gold below committed before
the engine was run on any of them (format of ../shared/gold; offsets computed
by ``articles.gold_with_offsets``). All persons quoted are invented; the
cable references are plausible but made up.

- Al-Rai cables (Kuwait): ``كتب X`` byline without a dateline, a headline
  fragment in ``«…»``, 08KUWAIT1187 dated ``21 ديسمبر 2008`` relaying an
  anonymous official (``نقل السفير … عن مسؤول … قوله إن``) and his
  follow-up, the ambassador's own comment (``علّق ويلر … بأن``, ``معتبرا
  أن``), 09KUWAIT219 of ``شباط/فبراير 2009`` (dual month, month precision)
  with an anonymous former MP speaking after ``خلال عشاء خاص:`` and
  ``وتابع:``, a cable signed by a chargé d'affaires (``وجاء فيها أن``) and a
  minister relayed by it, then undated reactions: an anonymous diplomatic
  source, a professor (title before the name, ``د.``) with ``مضيفا:``, an MP
  with a predicate, a nominal object after ``بـ`` and a ``"…"`` quote.
- Al-Wasat cables as scraped text (Manama): no hamzas, ``ي`` for ``ى``,
  07MANAMA644 of ``تموز/يوليو 2007`` relaying an anonymous minister (a
  two-word label ``"التيار الاصلاحي"``), the embassy as speaker, 10MANAMA97
  dated ``23 فبراير 2010`` with a businessman, the ambassador's present-tense
  ``ويقول … في البرقية نفسها``, the cable's subject line, society names in
  marks, a relayed opposition figure, a ministry spokesman and his statement
  (``امس``, no date), a former MP's fragment and an unmarked quote after
  ``قائلا:``, a Western diplomat relayed by AFP, a Levantine month in the
  closing background.
- Al-Sharq (Doha): ``الدوحة - الشرق`` without a date and ``أمس``, an
  official named before his apposition after the honorific ``سعادة السيد``
  with ``مشيرا إلى أن``, an Algerian minister whose title precedes his name
  (``رئيس الوفد …، وزير …``), an earlier statement of his dated ``12 جانفي
  2025`` (Maghrebi month), an anonymous source (``مصدر مطلع``), a
  businessman with ``يقول … :`` / ``ويضيف … أن`` / ``مستدركا:``, a programme
  and company names in marks, a two-word fragment and a quote before
  ``تقول بن عودة``.
- Al-Ittihad (Dubai): a dated dateline ``15 يونيو 2025`` so that ``اليوم``
  and ``أمس`` resolve, a ministry statement of ``أمس``, an official with a
  quote inside a quote, a campaign name in marks, a worker interviewed
  ``ظهر اليوم`` speaking before ``يقول``, a physician with ``حذرت … من أن``
  (undated reaction) and a fragment after ``بشرب``, an anonymous ministry
  source relayed by WAM.
- Al-Riyadh (Riyadh): byline dateline without a date, a programme name in
  marks (also inside the spokesman's role), an earlier statement of ``مارس
  2024`` (month precision), a statistics authority's report as speaker, a
  developer with an unmarked quote after ``مضيفاً:``, an economist with the
  apposition after the name, a one-word ``«فقاعة»``, ``وأوضح الغنام:``, a
  citizen quoted before ``هكذا لخص``, with ``لافتاً إلى أن``, ``يعترف بأن``
  and ``ويقول:``.
- Al-Yaum as scraped text (Qatif): no hamzas, ``ه`` for ``ة`` in places,
  ``المهندس`` as an honorific before a director, ``لـ"اليوم"``, ``وتابع:``,
  ``الثلاثاء الماضي`` without a dated dateline, a seller quoted before
  ``يقول البائع``, a fisherman with ``فيري ان`` and ``وقال المرهون:``, an
  association's statement (nominal object after ``بـ``, programme name in
  marks, ``معتبرة ان``), an anonymous official relayed by SPA.
- Al-Watan (Salalah): ``صلالة ـ «الوطن»:``, a director with his
  apposition after the name, ``وأضاف أن المديرية «…»``, an earlier
  statement to ONA dated ``18 يونيو 2025``, a chamber official (``أشار …
  إلى أن``, ``لافتاً إلى أن``), a Kuwaiti visitor with ``ويتابع ضاحكاً:``,
  an events name in marks, a police statement (nominal object after
  ``إلى``, then ``مؤكدة أن``), an anonymous municipal source.

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``)
gets no date without a dated dateline, and resolves against a dated one; a
cable's quotes, including the people it relays and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); an earlier statement dated in the text takes that date; reactions get
no date; a predicate in marks after ``أن X`` belongs to the outer speaker; a
quote inside a quote belongs to the outer quote; nominal objects after
``إلى``/``بـ``/``من``, one- and two-word fragments, headlines and a cable's
subject line are optional; an unmarked quote after ``قائلا:``/``مضيفاً:`` is
scored without its final full stop; names of parties, societies,
programmes, campaigns, companies, outlets and sites in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``سعادة السيد``, ``د.``, ``الدكتورة``,
``المهندس``), which are not part of the name; an anonymous source is named
by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Rai cables -------------------------------------------------------------
_KW_MOFA = "مسؤول رفيع في وزارة الخارجية الكويتية"
_KW_MOFA_AL = ("المسؤول",)
_WELLER = "توماس ويلر"
_WELLER_ROLE = "السفير الأميركي"
_KW_MP = "نائب كويتي سابق"
_KW_MP_AL = ("نائبا كويتيا سابقا",)
_LANGSTON = "جيفري لانغستون"
_LANGSTON_ROLE = "القائم بالأعمال"
_KW_MINISTER = "وزير كويتي"
_KW_MINISTER_AL = ("وزيرا كويتيا",)
_KW_DIPLO = "مصدر ديبلوماسي كويتي"
_SHAMMARI = "عبدالله فهد الشمري"
_SHAMMARI_ROLE = "أستاذ العلوم السياسية في جامعة الكويت"
_DOSARI = "مسلم الدوسري"
_DOSARI_ROLE = "النائب"
# --- Al-Wasat cables (scraped) ---------------------------------------------------
_US_MANAMA = "السفارة الامريكية في المنامة"
_BH_MINISTER = "وزير بحريني"
_BH_MINISTER_AL = ("الوزير",)
_CALLAHAN = "ادوارد كالاهان"
_CALLAHAN_ROLE = "السفير الامريكي"
_BH_BUSINESSMAN = "رجل اعمال بحريني بارز"
_BH_BUSINESSMAN_AL = ("رجل اعمال بحرينيا بارزا",)
_BH_OPPOSITION = "قيادي في احدي الجمعيات المعارضة"
_BINALI = "يوسف عبدالرحمن البنعلي"
_BINALI_ROLE = "الناطق الرسمي باسم وزارة الخارجية"
_MARZOOQ = "جاسم حسن المرزوق"
_MARZOOQ_ROLE = "النائب السابق"
_WEST_DIPLO = "دبلوماسي غربي في المنامة"
# --- Al-Sharq ----------------------------------------------------------------------
_KUWARI = "محمد بن سالم الكواري"
_KUWARI_ROLE = "وكيل وزارة التجارة والصناعة المساعد لشؤون التجارة"
_BELKACEMI = "رشيد بلقاسمي"
_BELKACEMI_ROLE = "وزير التجارة الخارجية"
_FORUM_SOURCE = "مصدر مطلع على أعمال المنتدى"
_MUHANNADI = "علي حمد المهندي"
_MUHANNADI_ROLE = "عضو مجلس إدارة غرفة قطر"
_BENAOUDA = "سميرة بن عودة"
_BENAOUDA_ROLE = "مديرة شركة «أغرو سهوب» للصناعات الغذائية"
# --- Al-Ittihad ---------------------------------------------------------------------
_MOHRE = "وزارة الموارد البشرية والتوطين"
_MOHRE_AL = ("الوزارة",)
_SHAMSI = "خليل إبراهيم الشامسي"
_SHAMSI_ROLE = "وكيل الوزارة المساعد لشؤون التفتيش"
_RAFIQ = "محمد رفيق"
_RAFIQ_ROLE = "عامل بناء من بنغلاديش"
_HAMMADI = "ريم عبدالله الحمادي"
_HAMMADI_ROLE = "استشارية طب الطوارئ في مستشفى راشد"
_MOHRE_SOURCE = "مصدر في الوزارة"
# --- Al-Riyadh ----------------------------------------------------------------------
_DOSSARY = "فيصل بن ناصر الدوسري"
_DOSSARY_ROLE = "المتحدث الرسمي لبرنامج «سكني»"
_GASTAT = "الهيئة العامة للإحصاء"
_GASTAT_AL = ("تقرير صادر عن الهيئة العامة للإحصاء",)
_SUBAIE = "ماجد بن حمد السبيعي"
_SUBAIE_ROLE = "المطور العقاري"
_GHANNAM = "عبدالعزيز الغنام"
_GHANNAM_ROLE = "أستاذ الاقتصاد في جامعة الملك سعود"
_QARNI = "عبدالرحمن القرني"
_QARNI_ROLE = "المواطن"
# --- Al-Yaum (scraped) --------------------------------------------------------------
_SHEHRI = "سعد بن علي الشهري"
_SHEHRI_ROLE = "مدير فرع الوزارة بالمنطقة الشرقية"
_ALSAIF = "حسن ال سيف"
_ALSAIF_ROLE = "البائع"
_MARHOON = "عيسى المرهون"
_MARHOON_ROLE = "الصياد"
_FISHERS = "جمعية الصيادين بالمنطقة الشرقية"
_MEWA_OFFICIAL = "احد المسؤولين في الوزارة"
# --- Al-Watan ------------------------------------------------------------------------
_MASHANI = "مسلم بن أحمد المعشني"
_MASHANI_ROLE = "المدير العام للتراث والسياحة بمحافظة ظفار"
_BAITSAID = "أحمد بن سعيد بيت سعيد"
_BAITSAID_ROLE = "رئيس لجنة السياحة بغرفة تجارة وصناعة عُمان فرع ظفار"
_AZMI = "فهد العازمي"
_AZMI_ROLE = "المواطن الكويتي"
_ROP = "شرطة عُمان السلطانية"
_DHOFAR_SOURCE = "مصدر في بلدية ظفار"

GOLD = {
    # --- F18: fresh-author held-out set, seven Gulf outlets ---------------------------
    "f18_rai_kuwait_cables": [
        q("حضور إيراني لا يغادر", "مسؤولون كويتيون", optional=True),
        q(
            "طهران تملك في البصرة اليوم أكثر مما تملكه واشنطن، والفرق أنها لن تغادر",
            _KW_MOFA,
            None,
            "2008-12-21",
            aliases=_KW_MOFA_AL,
        ),
        q(
            "الكويت لا تريد أن تستيقظ يوما لتجد الحرس الثوري على حدودها الشمالية",
            _KW_MOFA,
            None,
            "2008-12-21",
            aliases=_KW_MOFA_AL,
        ),
        q(
            "يرون العراق من نافذة 1990 ولا يستطيعون النظر إليه من غيرها",
            _WELLER,
            _WELLER_ROLE,
            "2008-12-21",
            aliases=("ويلر",),
        ),
        q(
            "مفهوم لكنه يعطل أي تطبيع حقيقي بين البلدين",
            _WELLER,
            _WELLER_ROLE,
            "2008-12-21",
            aliases=("ويلر",),
        ),
        q(
            "مقرب من الأسرة الحاكمة",
            "البرقية",
            None,
            "2009-02",
            aliases=("برقية ثانية",),
            optional=True,
        ),
        q(
            "نحن ندفع للعراق ثمن غزو لم نرتكبه، ثم يطلبون منا إسقاط الديون والتعويضات",
            _KW_MP,
            None,
            "2009-02",
            aliases=_KW_MP_AL,
        ),
        q(
            "إذا أرادت واشنطن مساعدتنا فلتقنع بغداد بترسيم الحدود البحرية أولا، والباقي تفاصيل",
            _KW_MP,
            None,
            "2009-02",
            aliases=_KW_MP_AL,
        ),
        q(
            "الجانب الكويتي مصمم على المضي في المشروع مهما كانت الاعتراضات العراقية",
            _LANGSTON,
            _LANGSTON_ROLE,
            "2009-11-04",
            aliases=("لانغستون", "البرقية الثالثة"),
        ),
        q(
            "الميناء قرار سيادي، ولن نستأذن أحدا في البناء على أرضنا",
            _KW_MINISTER,
            None,
            "2009-11-04",
            aliases=_KW_MINISTER_AL,
        ),
        q("البرقيات تعبّر عن قراءة كتّابها، ولا تلزم الكويت بشيء", _KW_DIPLO),
        q(
            "لا يخرج عن المواقف المعلنة للكويت منذ التحرير",
            _SHAMMARI,
            _SHAMMARI_ROLE,
            aliases=("الشمري",),
        ),
        q(
            "الفرق الوحيد أن اللغة في المجالس المغلقة أكثر صراحة، وهذا طبيعي في العمل "
            "الديبلوماسي في كل دول العالم",
            _SHAMMARI,
            _SHAMMARI_ROLE,
            aliases=("الشمري",),
        ),
        q("تطرح أسئلة مشروعة", _DOSARI, _DOSARI_ROLE, aliases=("الدوسري",)),
        q(
            "توضيح رسمي عاجل",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
            optional=True,
        ),
        q(
            "من حق الشعب الكويتي أن يعرف من قال ماذا، ولمن، وبأي صفة",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
    ],
    "f18_wasat_bahrain_cables_scraped": [
        q(
            "التيار الاصلاحي",
            _US_MANAMA,
            None,
            "2007-07",
            aliases=("السفارة",),
            optional=True,
        ),
        q(
            "البطالة بين الشباب هي القنبلة الحقيقية، وليست ايران",
            _BH_MINISTER,
            None,
            "2007-07",
            aliases=_BH_MINISTER_AL,
        ),
        q(
            "الحكومة تعرف الارقام جيدا لكنها لا تريد نشرها",
            _BH_MINISTER,
            None,
            "2007-07",
            aliases=_BH_MINISTER_AL,
        ),
        q(
            "نادر من مسؤول في موقعه، ويستحق المتابعة",
            _US_MANAMA,
            None,
            "2007-07",
            aliases=("السفارة",),
        ),
        q(
            "السوق تنتظر اشارة واحدة من الدولة، ولن تاتي قبل الانتخابات",
            _BH_BUSINESSMAN,
            None,
            "2010-02-23",
            aliases=_BH_BUSINESSMAN_AL,
        ),
        q(
            "اكثر انفتاحا مما توحي به الصحافة المحلية، واكثر قلقا ايضا",
            _CALLAHAN,
            _CALLAHAN_ROLE,
            "2010-02-23",
            aliases=("كالاهان",),
        ),
        q(
            "البحرين: هدوء ما قبل الانتخابات",
            _CALLAHAN,
            _CALLAHAN_ROLE,
            "2010-02-23",
            aliases=("كالاهان", "البرقية"),
            optional=True,
        ),
        q("وصل الي طريق مسدود منذ شهور", _BH_OPPOSITION, None, "2010-02-23"),
        q(
            "هذه البرقيات تعكس انطباعات شخصية لدبلوماسيين اجانب ولا تمثل موقف مملكة البحرين",
            _BINALI,
            _BINALI_ROLE,
        ),
        q(
            "نحن لا نعلق علي وثائق مسربة، ونثق في وعي المواطن البحريني",
            _BINALI,
            _BINALI_ROLE,
        ),
        q("ليس مفاجئا", _MARZOOQ, _MARZOOQ_ROLE, optional=True),
        q(
            "البطالة كانت وما زالت اكبر تحد امام اي حكومة في البحرين، والبرقيات قالت ما نقوله "
            "منذ سنوات",
            _MARZOOQ,
            _MARZOOQ_ROLE,
        ),
        q(
            "التسريبات ستحرج الجميع، لكنها لن تغير شيئا في المعادلة الاقليمية",
            _WEST_DIPLO,
        ),
    ],
    "f18_sharq_doha_algeria_forum": [
        q(
            "حجم التبادل التجاري بين البلدين لا يعكس حتى الآن الإمكانات المتاحة",
            _KUWARI,
            _KUWARI_ROLE,
        ),
        q(
            "الدوحة تنظر إلى الجزائر كبوابة طبيعية نحو أسواق إفريقيا، لا كسوق قائمة بذاتها فحسب",
            _KUWARI,
            _KUWARI_ROLE,
        ),
        q(
            "أزالت خلال العامين الأخيرين أغلب العوائق التي كان المستثمرون يشتكون منها",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "قانون الاستثمار الجديد يضمن للمستثمر القطري ما يضمنه للجزائري، لا أكثر ولا أقل",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "الهدف هو بلوغ مليار دولار من المبادلات مع دول الخليج في أفق 2027",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            "2025-01-12",
            aliases=("بلقاسمي",),
        ),
        q(
            "ثلاث اتفاقيات على الأقل جاهزة للتوقيع، أهمها في مجال الأسمدة والأمن الغذائي",
            _FORUM_SOURCE,
        ),
        q(
            "نحن نبحث عن شريك جاد في الزراعة، فالأمن الغذائي لم يعد ترفا بالنسبة لنا",
            _MUHANNADI,
            _MUHANNADI_ROLE,
            aliases=("المهندي",),
        ),
        q(
            "علمتنا أن نوزع مصادرنا",
            _MUHANNADI,
            _MUHANNADI_ROLE,
            aliases=("المهندي",),
        ),
        q(
            "لكن المسافة وكلفة الشحن تبقيان التحدي الأكبر أمام أي شراكة",
            _MUHANNADI,
            _MUHANNADI_ROLE,
            aliases=("المهندي",),
        ),
        q(
            "خطوة أولى",
            _BENAOUDA,
            _BENAOUDA_ROLE,
            aliases=("بن عودة",),
            optional=True,
        ),
        q(
            "علينا أن نعرف السوق القطرية قبل أن نطلب منها أن تعرفنا",
            _BENAOUDA,
            _BENAOUDA_ROLE,
            aliases=("بن عودة",),
        ),
    ],
    "f18_ittihad_dubai_midday_ban": [
        q(
            "القرار يهدف إلى توفير بيئة عمل آمنة تحمي العمال من الإجهاد الحراري خلال ذروة "
            "ارتفاع درجات الحرارة",
            _MOHRE,
            None,
            "2025-06-14",
            aliases=_MOHRE_AL,
        ),
        q(
            "ستكون في الميدان يومياً، وليس بناءً على الشكاوى فقط",
            _SHAMSI,
            _SHAMSI_ROLE,
            "2025-06-15",
            aliases=("الشامسي",),
        ),
        q(
            'نقول لكل صاحب عمل: "سلامة العامل ليست بنداً يمكن اختصاره من الميزانية"، وهذه '
            "رسالتنا في كل صيف",
            _SHAMSI,
            _SHAMSI_ROLE,
            "2025-06-15",
            aliases=("الشامسي",),
        ),
        q(
            "عدداً محدوداً من المخالفات، تركزت في مواقع البناء الصغيرة وأعمال الصيانة",
            _SHAMSI,
            _SHAMSI_ROLE,
            "2025-06-15",
            aliases=("الشامسي",),
        ),
        q(
            "كنا في السابق نعمل حتى العصر ونسقط من التعب، اليوم الوضع مختلف تماماً",
            _RAFIQ,
            _RAFIQ_ROLE,
            "2025-06-15",
        ),
        q(
            "الشركة توزع الماء واللبن البارد، وهناك طبيب يمر علينا مرتين في الأسبوع",
            _RAFIQ,
            _RAFIQ_ROLE,
            "2025-06-15",
        ),
        q(
            "ضربة الشمس قد تقتل خلال ساعات إذا لم تُعالج فوراً",
            _HAMMADI,
            _HAMMADI_ROLE,
        ),
        q("لترين على الأقل", _HAMMADI, _HAMMADI_ROLE, optional=True),
        q(
            "منصة التبليغ الذكية تلقت 340 بلاغاً خلال صيف العام الماضي، جرى التعامل معها كلها "
            "خلال 24 ساعة",
            _MOHRE_SOURCE,
        ),
    ],
    "f18_riyadh_sakani_housing": [
        q(
            "نعمل على أن يكون لكل أسرة مستحقة خيار يناسب دخلها، سواء كان شقة أو فيلا أو أرضاً "
            "مجانية",
            _DOSSARY,
            _DOSSARY_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "الطلب في الرياض وجدة يفوق العرض بكثير، ولذلك نتوسع في الضواحي والمخططات الجديدة",
            _DOSSARY,
            _DOSSARY_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "نسبة التملك بلغت 63.7 في المئة، ونسير بخطى أسرع مما خُطط له",
            _DOSSARY,
            _DOSSARY_ROLE,
            "2024-03",
            aliases=("الدوسري",),
        ),
        q(
            "متوسط عمر رب الأسرة عند تملك أول مسكن انخفض إلى 38 عاماً",
            _GASTAT,
            aliases=_GASTAT_AL,
        ),
        q(
            "ما زالت أعلى من قدرة شريحة واسعة من الموظفين",
            _SUBAIE,
            _SUBAIE_ROLE,
        ),
        q(
            "المشكلة ليست في عدد الوحدات بل في كلفة التمويل، فالقسط الشهري يلتهم نصف الراتب في "
            "بعض الحالات",
            _SUBAIE,
            _SUBAIE_ROLE,
        ),
        q(
            "التمويل المدعوم غيّر المعادلة",
            _GHANNAM,
            _GHANNAM_ROLE,
            aliases=("الغنام",),
        ),
        q("فقاعة", _GHANNAM, _GHANNAM_ROLE, aliases=("الغنام",), optional=True),
        q(
            "حين ترتفع أسعار الأراضي بنسبة 40 في المئة في عامين، فهذا لا يعكس الطلب الحقيقي بل "
            "المضاربة",
            _GHANNAM,
            _GHANNAM_ROLE,
            aliases=("الغنام",),
        ),
        q(
            "انتظرت أربع سنوات حتى حصلت على الدعم، والحمد لله استلمت الشقة الشهر الماضي",
            _QARNI,
            _QARNI_ROLE,
            aliases=("القرني",),
        ),
        q(
            "الإجراءات أصبحت إلكترونية بالكامل ولا تحتاج مراجعة أي مكتب",
            _QARNI,
            _QARNI_ROLE,
            aliases=("القرني",),
        ),
        q("بعيد عن العمل والمدارس", _QARNI, _QARNI_ROLE, aliases=("القرني",)),
        q(
            "أقضي ساعتين يومياً في الطريق، لكن البيت بيتك في النهاية",
            _QARNI,
            _QARNI_ROLE,
            aliases=("القرني",),
        ),
    ],
    "f18_alyaum_qatif_shrimp_scraped": [
        q(
            "فترة الحظر التي امتدت ستة اشهر اعطت المخزون فرصه للتعافي، والمؤشرات الاوليه مطمئنة",
            _SHEHRI,
            _SHEHRI_ROLE,
        ),
        q(
            "ضبطت منذ بداية الموسم 14 مخالفة، معظمها لقوارب تستخدم شباكا غير نظامية",
            _SHEHRI,
            _SHEHRI_ROLE,
        ),
        q(
            "لن نتهاون مع من يصطاد في المناطق المحظورة قرب الشعاب المرجانية، والعقوبات تصل الي "
            "سحب الرخصة",
            _SHEHRI,
            _SHEHRI_ROLE,
        ),
        q(
            "السعر نار في اول الموسم، وبعد اسبوعين ينزل",
            _ALSAIF,
            _ALSAIF_ROLE,
            aliases=("ال سيف",),
        ),
        q(
            "يعرفون اللعبه وينتظرون",
            _ALSAIF,
            _ALSAIF_ROLE,
            aliases=("ال سيف",),
        ),
        q(
            "ليست في الحظر بل في العماله الوافده التي تسيطر علي القوارب",
            _MARHOON,
            _MARHOON_ROLE,
            aliases=("المرهون",),
        ),
        q(
            "الصياد السعودي صار يؤجر رخصته ويجلس في البيت، وهذا ما يقتل المهنه",
            _MARHOON,
            _MARHOON_ROLE,
            aliases=("المرهون",),
        ),
        q("دعم مباشر للصيادين المواطنين", _FISHERS, optional=True),
        q("المهنه تحتضر بصمت", _FISHERS),
        q(
            "الموسم الحالي قد يسجل انتاجا يفوق 20 الف طن اذا استمرت الظروف البحرية الحالية",
            _MEWA_OFFICIAL,
        ),
    ],
    "f18_watan_salalah_khareef": [
        q(
            "الموسم هذا العام يشهد تنوعاً أكبر في جنسيات الزوار، مع نمو لافت في أعداد القادمين "
            "من أوروبا وشرق آسيا",
            _MASHANI,
            _MASHANI_ROLE,
            aliases=("المعشني",),
        ),
        q(
            "رفعت الطاقة الاستيعابية للفعاليات في سهل أتين ومركز البلدية الترفيهي بنحو الثلث",
            _MASHANI,
            _MASHANI_ROLE,
            aliases=("المعشني",),
        ),
        q(
            "يتجاوز عدد الزوار حاجز المليون قبل نهاية الموسم",
            _MASHANI,
            _MASHANI_ROLE,
            "2025-06-18",
            aliases=("المعشني",),
        ),
        q(
            "تجاوزت 95 بالمائة في عطلات نهاية الأسبوع",
            _BAITSAID,
            _BAITSAID_ROLE,
        ),
        q(
            "النقص في الشقق الفندقية المصنفة ما زال يدفع الأسر إلى السكن غير المرخص",
            _BAITSAID,
            _BAITSAID_ROLE,
        ),
        q(
            "نأتي هنا هرباً من الخمسين درجة، فالضباب والمطر الخفيف شيء لا تجده في أي مكان آخر "
            "في الخليج",
            _AZMI,
            _AZMI_ROLE,
        ),
        q("أطفالي يسمّونها سويسرا العرب", _AZMI, _AZMI_ROLE),
        q(
            "الالتزام بالسرعات المحددة وتجنب التوقف على جوانب الطريق في أوقات الضباب",
            _ROP,
            optional=True,
        ),
        q("منتشرة على مدار الساعة", _ROP),
        q(
            "خطة لتوسعة مواقف السيارات في المواقع السياحية الرئيسية ستطرح للمناقصة قبل نهاية العام",
            _DHOFAR_SOURCE,
        ),
        q("بات يتكرر كل موسم", _DHOFAR_SOURCE),
    ],
}

BATCHES = {
    "F18": [
        "f18_rai_kuwait_cables",
        "f18_wasat_bahrain_cables_scraped",
        "f18_sharq_doha_algeria_forum",
        "f18_ittihad_dubai_midday_ban",
        "f18_riyadh_sakani_housing",
        "f18_alyaum_qatif_shrimp_scraped",
        "f18_watan_salalah_khareef",
    ],
}

BLIND_ARTICLES_23 = {name: (_read(name), gold) for name, gold in GOLD.items()}
