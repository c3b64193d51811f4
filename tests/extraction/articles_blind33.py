"""Fresh-author held-out set F28: seven articles in the styles of Gulf outlets
(Al-Khaleej, Al-Bayan, Okaz, Asharq Al-Awsat, Al-Qabas, Al-Ayam, Al-Watan
Qatar; two on WikiLeaks cables, two as scraped web text without hamzas on
alef, with ``ه`` for final ``ة`` in places and no paragraph breaks), written
as a journalist would and annotated by hand, with the gold below committed
before the engine was run on any of them (format of ../shared/gold; offsets
computed by ``articles.gold_with_offsets``). All persons quoted are invented;
the cable references are plausible but made up.

- Al-Khaleej court ruling (Sharjah): ``الشارقة: سلمى الكعبي`` byline, a
  ruling session dated ``يوم الثلاثاء 18 نوفمبر 2025``; the presiding judge
  (``القاضي``, ``رئيس الهيئة``) with ``وأضاف أن المحكمة "…"`` and a second
  bare quote, the prosecutor at an earlier session (no date) with
  ``بإنزال "أقصى العقوبة"``, a company's complaint of ``مارس 2023`` (``جاء في
  البلاغ … أن X "…"، وأن Y "…"``), the defendant named by initials
  ``(أ.ع.ن)`` with his last word before the ruling (no date), defence lawyers
  after the ruling (``"…"، قالت الشامسي``), a company and the outlet in
  marks, an expert with ``د.``.
- Al-Bayan economic report (Dubai): ``دبي - البيان`` without a date and
  ``أمس``; a ministry statement (``وأوضح البيان``, ``وأضاف:``, ``ونقل البيان
  عن X قوله:``), a programme name in marks, ``نقلت وكالة … "وام" عن X قوله
  إن …``, an expert opening with ``"…"، يقول X لـ"البيان"، مضيفاً:``, ``ويرى
  أن على الدولة "…"``, a businesswoman with ``فتقول``/``وتضيف``, ``حذرت من
  "…"``, an anonymous source in a chamber of commerce.
- Okaz (Riyadh): ``الرياض - عكاظ``, ``أمس (الثلاثاء)`` without a date,
  ``«…»`` marks, a spokesman named after his title, ``دعا … إلى «…»``, an app
  and the outlet in marks, a health cluster's statement, a doctor
  (``الدكتورة``) with ``وتقول … إن``/``وتضيف:``, a victim in colloquial
  Saudi Arabic with a sentence-initial name and ``«…»، يقول الدوسري``, an
  anonymous worker.
- Asharq Al-Awsat cables (Yemen): ``لندن: «الشرق الأوسط»``; 09SANAA412
  dated ``7 مارس (آذار) 2009``, ``كتب السفير … أن «…»``, a subject line, an
  anonymous security official relayed by the cable (``وتابع المسؤول، بحسب
  البرقية:``), a minister relayed by the ambassador (``شكواه من أن X «…»``,
  ``وقوله:``); 10SANAA88 of ``يناير (كانون الثاني) 2010`` with the embassy as
  speaker (``رأت السفارة``, ``وخلصت إلى أن``); reactions (no date), an
  organisation, a movement and the outlet in marks, a two-word fragment.
- Al-Qabas National Assembly session as scraped text (Kuwait): ``امس``
  without a dated dateline, MPs, ``وتساءل:`` with a question, an unmarked
  quote after ``قائلا:``, the finance minister (``د.``, ``ورد … بالقول:``,
  ``ورد عليها الوزير:``), a one-word ``بخطة «واقعية»``, the deputy speaker,
  a bloc's statement with the bloc's name in marks, a committee chairman
  with ``صرح … بان``.
- Al-Ayam cables as scraped text (Manama): 08MANAMA310 dated ``12 مايو
  2008``, an ambassador, an anonymous official relayed by the cable, a cable
  of ``فبراير 2009`` with the embassy as speaker (``رصدت السفارة "…"``,
  ``مشيرة الى ان``), officials and economists as a group in the lead,
  reactions (no date), an outlet and a programme in marks.
- Al-Watan (Doha): a dated dateline in Arabic-Indic digits (``الاثنين ٢٤
  نوفمبر ٢٠٢٥``) fixing ``أمس`` and ``اليوم``; ``“…”`` marks; an official
  (``المهندس``) at a forum held ``أمس``, a centre's report of ``سبتمبر
  ٢٠٢٥``, a farmer with ``"…"، يقول X، صاحب مزرعة`` and ``ويتابع:``, an
  academic (``الدكتورة``) speaking ``اليوم`` with ``وأوضحت:``, a programme
  and the outlet in marks.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``اليوم``) gets no date without a dated dateline; with one
(Al-Watan) ``أمس`` and ``اليوم`` are resolved; a date given for an event
(a ruling session, a forum) dates its quotes and the follow-ups of the same
account, including the lawyers' words on leaving the session, but not an
earlier hearing or an earlier statement (the prosecutor's pleading, the
defendant's last word); a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); reactions to the leaks get no date; a predicate in marks after ``أن
X`` belongs to the outer speaker; nominal objects after ``إلى``/``بـ``/
``من``, one- and two-word fragments, headlines and a cable's subject line
are optional; an unmarked quote after ``قائلا:`` is scored without its final
full stop; a question asked by an MP is scored; names of companies,
parties, blocs, programmes, apps, outlets, organisations and one-word labels
in marks are not quotations; a role is the title chunk or the apposition,
whichever is fuller, without honorifics (``القاضي``, ``المحامي``/
``المحامية``, ``د.``, ``الدكتورة``, ``المهندس``), which are not part of
the name; an anonymous source is named by its description; a
defendant named by initials keeps them as his name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Khaleej -----------------------------------------------------------------
_MUHAIRI = "راشد عبيد المهيري"
_MUHAIRI_ROLE = "رئيس الهيئة"
_TUNAIJI = "سعيد حمد الطنيجي"
_TUNAIJI_ROLE = "وكيل النيابة"
_REEM = "شركة الريم للمقاولات العامة"
_REEM_ALIASES = ("الشركة", "البلاغ")
_DEFENDANT = "أ.ع.ن"
_DEFENDANT_ROLE = "المتهم الأول"
_ZAABI = "علي مصبح الزعابي"
_ZAABI_ROLE = "وكيل الدفاع عن المتهم الأول"
_SHAMSI = "مريم سالم الشامسي"
_SHAMSI_ROLE = "محامية المتهم الثاني"
_KETBI = "حمدان سيف الكتبي"
_KETBI_ROLE = "المستشار القانوني"
_RULING = "2025-11-18"
# --- Al-Bayan -------------------------------------------------------------------
_ECONOMY = "وزارة الاقتصاد"
_ECONOMY_ALIASES = ("الوزارة", "البيان")
_FALASI = "سعيد بن حمد الفلاسي"
_FALASI_ROLE = "وزير الاقتصاد"
_NAQBI = "عبدالله أحمد النقبي"
_NAQBI_ROLE = "وكيل الوزارة المساعد لقطاع التجارة الخارجية"
_HOSANI = "خالد إبراهيم الحوسني"
_HOSANI_ROLE = "الخبير الاقتصادي"
_SHEHHI = "نادية عيسى الشحي"
_SHEHHI_ROLE = 'الرئيسة التنفيذية لشركة "مدار" للاستشارات المالية'
_CHAMBER_SOURCE = "مصدر في غرفة تجارة وصناعة دبي"
# --- Okaz -----------------------------------------------------------------------
_ORAIFI = "فهد بن سليمان العريفي"
_ORAIFI_ROLE = "المتحدث الرسمي لأمانة منطقة الرياض"
_CLUSTER = "تجمع الرياض الصحي الأول"
_QARNI = "منيرة عبدالله القرني"
_QARNI_ROLE = "استشارية الأمراض المعدية"
_DOSARI = "عبدالعزيز ناصر الدوسري"
_DOSARI_ROLE = "أحد المصابين"
_WORKER = "عامل في محل مجاور"
# --- Asharq Al-Awsat ------------------------------------------------------------
_SANAA_EMBASSY = "السفارة الأميركية في صنعاء"
_HOLBROOK = "ستيفن هولبروك"
_HOLBROOK_ROLE = "السفير الأميركي"
_YE_OFFICIAL = "مسؤول أمني يمني رفيع"
_ASBAHI = "عبد الكريم محمد الأصبحي"
_ASBAHI_ROLE = "وزير التخطيط والتعاون الدولي"
_SHARABI = "ياسر عبده الشرعبي"
_SHARABI_ROLE = "الباحث اليمني في مركز الخليج للأبحاث"
_MAQTARI = "عادل حسن المقطري"
_MAQTARI_ROLE = "الدبلوماسي اليمني السابق"
_CABLE_2009 = "2009-03-07"
# --- Al-Qabas -------------------------------------------------------------------
_MUTAIRI = "عبدالله فهد المطيري"
_MUTAIRI_ROLE = "النائب"
_ANZI = "مشاري سعود العنزي"
_ANZI_ROLE = "النائب"
_ROUMI = "بدر سالم الرومي"
_ROUMI_ROLE = "وزير المالية"
_SALEH = "جنان عيسى الصالح"
_SALEH_ROLE = "النائبة"
_KANDARI = "فيصل حمد الكندري"
_KANDARI_ROLE = "نائب رئيس المجلس"
_BLOC = "كتلة العمل الوطني"
_AJMI = "حمد ناصر العجمي"
_AJMI_ROLE = "رئيس لجنة الميزانيات والحساب الختامي"
# --- Al-Ayam --------------------------------------------------------------------
_MCPHERSON = "ادوارد ماكفيرسون"
_MCPHERSON_ROLE = "السفير الامريكي في المنامة"
_LMRA_OFFICIAL = "مسؤول في هيئة تنظيم سوق العمل"
_MANAMA_EMBASSY = "السفارة الامريكية"
_MAAWDA = "خالد يوسف المعاودة"
_MAAWDA_ROLE = "الرئيس السابق لجمعية رجال الاعمال البحرينية"
_BINALI = "جاسم محمد البنعلي"
_BINALI_ROLE = "الخبير الاقتصادي"
# --- Al-Watan -------------------------------------------------------------------
_MOHANNADI = "ناصر علي المهندي"
_MOHANNADI_ROLE = "مدير إدارة الأمن الغذائي بوزارة البلدية"
_DOHA_CENTRE = "مركز الدوحة للدراسات الزراعية"
_KUWARI = "محمد راشد الكواري"
_KUWARI_ROLE = "صاحب مزرعة في الخور"
_ANSARI = "ليلى حسن الأنصاري"
_ANSARI_ROLE = "أستاذة الاقتصاد الزراعي بجامعة قطر"
_FORUM = "2025-11-23"
_TODAY = "2025-11-24"

GOLD = {
    # --- F28: fresh-author held-out set, seven Gulf outlets ----------------------
    "f28_khaleej_sharjah_court": [
        q(
            "ثبت للمحكمة من أوراق الدعوى وتقرير الخبرة الحسابية أن المتهم الأول استغل "
            "صلاحياته في التوقيع على الشيكات لتحويل مبالغ إلى حسابات خاصة به وبأقارب له",
            _MUHAIRI,
            _MUHAIRI_ROLE,
            _RULING,
        ),
        q(
            "لم تطمئن إلى أقوال شاهد الإثبات الثاني",
            _MUHAIRI,
            _MUHAIRI_ROLE,
            _RULING,
        ),
        q(
            "ومن ثم يتعين القضاء ببراءته مما أسند إليه",
            _MUHAIRI,
            _MUHAIRI_ROLE,
            _RULING,
        ),
        q("أقصى العقوبة", "النيابة العامة", optional=True),
        q(
            "خان الأمانة التي أوكلت إليه، وتلاعب بالدفاتر على مدى ثلاث سنوات دون أن يرف له جفن",
            _TUNAIJI,
            _TUNAIJI_ROLE,
        ),
        q(
            "أخفى الفواتير الأصلية واستبدلها بأخرى مصطنعة",
            _REEM,
            None,
            "2023-03",
            aliases=_REEM_ALIASES,
        ),
        q(
            "نبهت الإدارة أكثر من مرة إلى وجود خلل، من دون أن يؤخذ كلامها على محمل الجد",
            _REEM,
            None,
            "2023-03",
            aliases=_REEM_ALIASES,
        ),
        q(
            "أنا لم أسرق أحداً، كنت أنفذ تعليمات الإدارة، وكل تحويل أجريته كان بعلم الشريك المؤسس",
            _DEFENDANT,
            _DEFENDANT_ROLE,
            aliases=("المتهم الأول",),
        ),
        q(
            "سنطعن على الحكم أمام محكمة الاستئناف، فتقرير الخبرة أغفل مستندات جوهرية قدمناها "
            "في حينها",
            _ZAABI,
            _ZAABI_ROLE,
            _RULING,
        ),
        q(
            "موكلي حلقة في سلسلة، ولا يعقل أن يتحمل وحده تبعات قرارات اتخذها غيره",
            _ZAABI,
            _ZAABI_ROLE,
            _RULING,
        ),
        q(
            "أنصف موكلها بعد عامين من الانتظار والإيقاف عن العمل",
            _SHAMSI,
            _SHAMSI_ROLE,
            _RULING,
            aliases=("الشامسي",),
        ),
        q(
            "العدالة قد تتأخر، لكنها لا تغيب",
            _SHAMSI,
            _SHAMSI_ROLE,
            _RULING,
            aliases=("الشامسي",),
        ),
        q(
            "ستواصل ملاحقة كل من يعبث بأموالها أمام القضاء",
            _REEM,
            aliases=("الشركة",),
        ),
        q(
            "تكشف في الغالب عن ضعف الرقابة الداخلية أكثر مما تكشف عن براعة الجناة",
            _KETBI,
            _KETBI_ROLE,
        ),
        q(
            "الشركات العائلية تحديداً تمنح الثقة قبل أن تضع الضوابط، ثم تدفع الثمن لاحقاً",
            _KETBI,
            _KETBI_ROLE,
        ),
    ],
    "f28_bayan_dubai_trade": [
        q(
            "التجارة الخارجية غير النفطية بلغت 1.7 تريليون درهم حتى نهاية سبتمبر، بنمو نسبته "
            "14.6% مقارنة بالفترة ذاتها من العام الماضي",
            _ECONOMY,
            aliases=_ECONOMY_ALIASES,
        ),
        q(
            "سجلت أعلى مستوى لها في تاريخ الدولة، متجاوزة 400 مليار درهم للمرة الأولى",
            _ECONOMY,
            aliases=_ECONOMY_ALIASES,
        ),
        q(
            "استحوذت الدول التي ترتبط معها الدولة باتفاقيات شراكة اقتصادية شاملة على 22% من "
            "إجمالي التجارة غير النفطية، وهو ما يؤكد جدوى هذا المسار",
            _ECONOMY,
            aliases=_ECONOMY_ALIASES,
        ),
        q(
            "هذه النتائج ثمرة رؤية واضحة تجعل من الانفتاح التجاري ركيزة للتنويع الاقتصادي، "
            "ونحن ماضون في توقيع اتفاقيات جديدة مع شركاء في أفريقيا وأمريكا اللاتينية",
            _FALASI,
            _FALASI_ROLE,
            aliases=("الفلاسي",),
        ),
        q(
            "تعمل على إطلاق منصة رقمية موحدة لتسهيل وصول المصدرين إلى الأسواق الجديدة",
            _NAQBI,
            _NAQBI_ROLE,
        ),
        q(
            "الأرقام قوية ولا جدال فيها، لكن علينا أن نقرأها في سياقها",
            _HOSANI,
            _HOSANI_ROLE,
            aliases=("الحوسني",),
        ),
        q(
            "جزء من النمو يعود إلى إعادة التصدير، وهو نشاط يتأثر سريعاً بأي اضطراب في سلاسل الإمداد",
            _HOSANI,
            _HOSANI_ROLE,
            aliases=("الحوسني",),
        ),
        q(
            "تعميق القاعدة الصناعية المحلية حتى لا يبقى النمو رهيناً بحركة الموانئ",
            _HOSANI,
            _HOSANI_ROLE,
            aliases=("الحوسني",),
        ),
        q(
            "الإمارات مستفيدة على المدى القصير من إعادة توجيه التجارة، لكن أي تباطؤ عالمي "
            "سينعكس على حجم الطلب في النهاية",
            _SHEHHI,
            _SHEHHI_ROLE,
            aliases=("الشحي",),
        ),
        q(
            "الإفراط في التفاؤل",
            _SHEHHI,
            _SHEHHI_ROLE,
            aliases=("الشحي",),
            optional=True,
        ),
        q("ارتفع بنحو 18% منذ بداية العام", _CHAMBER_SOURCE),
        q("الطلب يتركز على أسواق الهند وإندونيسيا وتركيا", _CHAMBER_SOURCE),
    ],
    "f28_okaz_riyadh_poisoning": [
        q(
            "أغلقت المطعم فور ورود البلاغات، وتحفظت على كميات من اللحوم مجهولة المصدر",
            _ORAIFI,
            _ORAIFI_ROLE,
            aliases=("العريفي",),
        ),
        q(
            "العقوبات ستطبق بحق المنشأة وفق لائحة الجزاءات عن المخالفات البلدية، ولن نتهاون "
            "مع أي مخالفة تمس صحة الإنسان",
            _ORAIFI,
            _ORAIFI_ROLE,
            aliases=("العريفي",),
        ),
        q(
            "عدم التردد في الإبلاغ",
            _ORAIFI,
            _ORAIFI_ROLE,
            aliases=("العريفي",),
            optional=True,
        ),
        q(
            "جميع الحالات مستقرة، وغادر 19 منهم المستشفى بعد تلقي العلاج اللازم، فيما لا يزال "
            "أربعة تحت الملاحظة",
            _CLUSTER,
        ),
        q(
            "تظهر عادة خلال ساعات من تناول الطعام الملوث، وتشمل القيء والإسهال وارتفاع الحرارة",
            _QARNI,
            _QARNI_ROLE,
        ),
        q(
            "لا داعي للهلع، لكن على من تظهر عليه الأعراض مراجعة أقرب مركز صحي دون تأخير، "
            "خصوصاً كبار السن والأطفال",
            _QARNI,
            _QARNI_ROLE,
        ),
        q(
            "تعشينا أنا وعيالي الثلاثة من المطعم، وبعد ساعتين بدأ المغص والترجيع، وما نمنا إلا "
            "في الطوارئ",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "والله ما عاد أطلب من برا",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q("كان مزدحماً طوال الأسبوع بسبب عروض الوجبات العائلية", _WORKER),
    ],
    "f28_awsat_yemen_cables": [
        q(
            "الحكومة تلوح بخطر التنظيم كلما تأخرت شحنة مساعدات، ثم تنسى الأمر بمجرد وصولها",
            _HOLBROOK,
            _HOLBROOK_ROLE,
            _CABLE_2009,
            aliases=("هولبروك", "السفير"),
        ),
        q(
            "اليمن: الإرهاب ورقة تفاوض",
            _SANAA_EMBASSY,
            None,
            _CABLE_2009,
            aliases=("البرقية", "السفارة"),
            optional=True,
        ),
        q(
            "الأجهزة الأمنية منقسمة الولاءات، ولا يمكن التعويل عليها في عمليات نوعية",
            _HOLBROOK,
            _HOLBROOK_ROLE,
            _CABLE_2009,
            aliases=("هولبروك", "السفير"),
        ),
        q(
            "نحن نعرف أين يختبئ قادة التنظيم في مأرب وشبوة، لكن قرار الضرب ليس بيد الأجهزة",
            _YE_OFFICIAL,
            None,
            _CABLE_2009,
            aliases=("المسؤول",),
        ),
        q(
            "هناك من يرى أن بقاء التهديد أنفع من زواله",
            _YE_OFFICIAL,
            None,
            _CABLE_2009,
            aliases=("المسؤول",),
        ),
        q(
            "يعدون كثيراً ولا يفون إلا بالقليل",
            _ASBAHI,
            _ASBAHI_ROLE,
            _CABLE_2009,
        ),
        q(
            "لا تطلبوا منا الإصلاح ونحن لا نملك رواتب الشهر المقبل",
            _ASBAHI,
            _ASBAHI_ROLE,
            _CABLE_2009,
        ),
        q(
            "تدهور الوضع الاقتصادي قد يكون أخطر على استقرار البلاد من أي تهديد أمني",
            _SANAA_EMBASSY,
            None,
            "2010-01",
            aliases=("السفارة", "البرقية"),
        ),
        q(
            "نافذة الإصلاح تضيق بسرعة، وقد تغلق نهائياً خلال عامين",
            _SANAA_EMBASSY,
            None,
            "2010-01",
            aliases=("السفارة", "البرقية"),
        ),
        q(
            "لم تأت بجديد لمن يتابع الشأن اليمني",
            _SHARABI,
            _SHARABI_ROLE,
        ),
        q(
            "الجديد هو أن الأميركيين كانوا يعرفون كل هذا، ومع ذلك واصلوا التعامل مع الطرف "
            "نفسه وكأن شيئاً لم يكن",
            _SHARABI,
            _SHARABI_ROLE,
        ),
        q(
            "قراءة البرقيات بعد كل هذه السنوات تكشف حجم الفرصة التي أهدرت",
            _MAQTARI,
            _MAQTARI_ROLE,
            aliases=("المقطري",),
        ),
        q(
            "تتاجر بالإرهاب",
            _MAQTARI,
            _MAQTARI_ROLE,
            aliases=("المقطري",),
            optional=True,
        ),
        q(
            "الضغوط الاقتصادية والأمنية كانت أكبر من قدرة أي حكومة على الاحتمال",
            _MAQTARI,
            _MAQTARI_ROLE,
            aliases=("المقطري",),
        ),
    ],
    "f28_qabas_assembly_budget_scraped": [
        q("واقعية", _ROUMI, _ROUMI_ROLE, aliases=("الرومي",), optional=True),
        q(
            "تكرر الوعود نفسها كل عام ثم تاتي بالميزانية ذاتها",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "العجز بلغ 5.6 مليارات دينار، ولم نسمع من الحكومة كلمة واحدة عن كيفية سداده",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "الخلل ليس في الارقام بل في غياب الرؤيه",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        q(
            "اين ذهبت توصيات لجنة الميزانيات في السنوات الخمس الماضية؟",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        q(
            "لا نريد منكم خطة جديدة، نريد تنفيذ خطة واحدة فقط",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        q(
            "نحن لا ننكر وجود العجز، لكننا نرفض تحميل المواطن كلفة الاصلاح",
            _ROUMI,
            _ROUMI_ROLE,
            aliases=("الرومي", "الوزير"),
        ),
        q(
            "لن تفرض ضريبة على الدخل الفردي، وهذا التزام امام المجلس",
            _ROUMI,
            _ROUMI_ROLE,
            aliases=("الرومي", "الوزير"),
        ),
        q(
            "ستقدم خلال شهرين مشروع قانون لضريبة الشركات المحلية الكبرى",
            _ROUMI,
            _ROUMI_ROLE,
            aliases=("الرومي", "الوزير"),
        ),
        q(
            "الميزانية تتحدث عن تنويع الايرادات منذ عشرين عاما، والنفط ما زال يشكل 88 في "
            "المئة منها",
            _SALEH,
            _SALEH_ROLE,
        ),
        q(
            "الارقام صحيحة، لكن المقارنة مع عشرين عاما تغفل ما تحقق في الصندوق السيادي",
            _ROUMI,
            _ROUMI_ROLE,
            aliases=("الرومي", "الوزير"),
        ),
        q(
            "حكومة تصريف اعمال دائمة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "ارجو الالتزام باللائحة، الكلام يوجه للرئاسه وليس للحكومة",
            _KANDARI,
            _KANDARI_ROLE,
        ),
        q(
            "الموافقة على الميزانية لا تعني منح الحكومة شيكا على بياض",
            _BLOC,
            aliases=("كتلة «العمل الوطني»",),
        ),
        q(
            "ستتابع تنفيذ ملاحظات ديوان المحاسبه بندا بندا",
            _AJMI,
            _AJMI_ROLE,
        ),
        q("زمن الاعتمادات المفتوحة انتهى", _AJMI, _AJMI_ROLE),
    ],
    "f28_ayam_bahrain_cables_scraped": [
        q("تعكس قراءة منقوصه", "مسؤولون واقتصاديون"),
        q(
            "برنامج اصلاح سوق العمل هو الاكثر طموحا في المنطقة، لكنه يصطدم بمقاومه شرسه من التجار",
            _MCPHERSON,
            _MCPHERSON_ROLE,
            "2008-05-12",
            aliases=("السفير",),
        ),
        q(
            "كبار رجال الاعمال يرون في رسوم العمالة الاجنبية ضريبه مقنعه، ويضغطون لتجميدها",
            _MCPHERSON,
            _MCPHERSON_ROLE,
            "2008-05-12",
            aliases=("السفير",),
        ),
        q(
            "نحن نخوض معركة مع مصالح عمرها خمسون عاما، ولا نملك سوى دعم القيادة",
            _LMRA_OFFICIAL,
            None,
            "2008-05-12",
        ),
        q(
            "تراجعا في زخم الاصلاحات بعد الازمة المالية العالمية",
            _MANAMA_EMBASSY,
            None,
            "2009-02",
        ),
        q(
            "الحكومة فضلت تهدئة التجار على حساب اهداف البحرنة",
            _MANAMA_EMBASSY,
            None,
            "2009-02",
        ),
        q(
            "يختزل نقاشا وطنيا واسعا في صراع بين طرفين",
            _MAAWDA,
            _MAAWDA_ROLE,
        ),
        q(
            "التجار لم يكونوا ضد الاصلاح، بل ضد توقيته وكلفته في ظل ركود عالمي",
            _MAAWDA,
            _MAAWDA_ROLE,
        ),
        q(
            "الشيء الوحيد الذي اثبتته البرقيات هو ان السوق البحريني كان دائما محل اهتمام "
            "الشركاء الدوليين",
            _BINALI,
            _BINALI_ROLE,
            aliases=("البنعلي",),
        ),
        q(
            "اليوم نرى ثمار تلك المرحلة في ارتفاع نسب البحرنة في القطاع المصرفي الى ما يفوق "
            "65 بالمئة",
            _BINALI,
            _BINALI_ROLE,
            aliases=("البنعلي",),
        ),
    ],
    "f28_watan_doha_food_security": [
        q(
            "نسبة الاكتفاء الذاتي من الخضراوات بلغت ٤٦٪ في عام ٢٠٢٤، ونستهدف الوصول إلى ٥٥٪ "
            "بحلول ٢٠٣٠ ضمن الاستراتيجية الوطنية للأمن الغذائي",
            _MOHANNADI,
            _MOHANNADI_ROLE,
            _FORUM,
            aliases=("المهندي",),
        ),
        q(
            "لن نحقق ذلك بزيادة المساحات المزروعة فقط، بل بالتوسع في الزراعة المائية والبيوت "
            "المحمية التي توفر ما يصل إلى ٩٠٪ من المياه",
            _MOHANNADI,
            _MOHANNADI_ROLE,
            _FORUM,
            aliases=("المهندي",),
        ),
        q(
            "الفاقد في سلسلة التسويق يتجاوز ربع الإنتاج المحلي من الخضراوات الورقية",
            _DOHA_CENTRE,
            None,
            "2025-09",
            aliases=("تقرير صادر عن مركز الدوحة للدراسات الزراعية",),
        ),
        q(
            "التسويق هو مشكلتنا الأولى، ننتج ولا نجد منفذا عادلا لبيع إنتاجنا",
            _KUWARI,
            _KUWARI_ROLE,
            _FORUM,
        ),
        q(
            "الشركات الكبرى تفرض أسعارها، والمزارع الصغير لا يملك ثلاجات تخزين تكفيه أكثر من يومين",
            _KUWARI,
            _KUWARI_ROLE,
            _FORUM,
        ),
        q(
            "واقعية وقابلة للتحقيق إذا توافرت منظومة تسويق عادلة",
            _ANSARI,
            _ANSARI_ROLE,
            _TODAY,
        ),
        q(
            "المطلوب اليوم هو ربط المزارع مباشرة بمنافذ البيع، وإنشاء مراكز تجميع وتبريد في "
            "المناطق الشمالية تخدم صغار المنتجين",
            _ANSARI,
            _ANSARI_ROLE,
            _TODAY,
        ),
    ],
}

BATCHES = {
    "F28": [
        "f28_khaleej_sharjah_court",
        "f28_bayan_dubai_trade",
        "f28_okaz_riyadh_poisoning",
        "f28_awsat_yemen_cables",
        "f28_qabas_assembly_budget_scraped",
        "f28_ayam_bahrain_cables_scraped",
        "f28_watan_doha_food_security",
    ],
}

BLIND_ARTICLES_33 = {name: (_read(name), gold) for name, gold in GOLD.items()}
