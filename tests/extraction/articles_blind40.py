"""Fresh-author held-out set F35: seven articles in the styles of Gulf, Omani
and Yemeni outlets and wires (WAM, SPA, KUNA, Al-Watan Oman, Saba, Al-Ayyam
Aden, Al-Roeya; two on leaked US cables, two as scraped web text without
hamzas or paragraph breaks), written as a journalist would and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- WAM (Abu Dhabi): ``أبوظبي في 14 يناير 2026 / وام /`` fixing ``اليوم``,
  ``معالي``/``سعادة``/``المهندس``/``الدكتورة`` as honorifics, a minister
  named before his title and then ``معاليه``, ``مشيرا إلى أن "…"``,
  ``وأضاف أن "…"``, ``لافتا إلى أن ذلك "…"``, a bare ``وتابع "…"``, a
  strategy, a forum, a company and a session title in marks, ``داعية إلى
  "…"``, a ministry's report issued today as speaker.
- SPA (Riyadh): Hijri and Gregorian dateline (``24 جمادى الآخرة 1447 هـ
  الموافق 15 ديسمبر 2025 م واس``), a long ministerial title before the
  name, ``مبينا أن``, ``العمل جار على "…"`` (nominal object), ``شدد … على
  أن``, ``لـ"واس"`` and ``"موانئ"`` as labels, a CEO named after her title,
  ``وتابعت:``, an authority's statement issued today.
- KUNA sports interview (Kuwait): ``الكويت - 20 - 1 (كونا) --`` without a
  year (no dates), ``ان`` without hamza, a coach with nationality before the
  name, a two-word fragment, ``اعتبر ان … "…" مبينا ان "…"``, bare ``قال
  بيليتش "…"``, the captain ``لـ(كونا)``, a platform in marks, KUNA's
  sign-off.
- Al-Watan Oman cables (Muscat): ``مسقط ـ «الوطن»:``, Arabic-Indic digits,
  09MUSCAT512 dated ``٢٣ يونيو ٢٠٠٩``, 08MUSCAT790 of ``نوفمبر ٢٠٠٨``
  (month precision), 09MUSCAT1034 dated ``١٢/١١/٢٠٠٩``, an undersecretary
  relayed by the ambassador (``نقل … عن … قوله إن``), the ambassador's own
  comment, an anonymous Omani official, the cable's subject line, an
  anonymous businessman, reactions (no date), a headline fragment, a
  programme and ``«ويكيليكس»`` as labels.
- Saba cables (Sanaa): dated dateline ``صنعاء - سبأ : الاثنين 5 يناير
  2026م`` fixing ``اليوم`` for a reaction, 09SANAA1417 of ``3 أغسطس 2009``,
  10SANAA301 of ``شباط/فبراير 2010`` (dual month, month precision), the
  ambassador reporting to Washington, an anonymous Yemeni security official
  and a Saudi official relayed by the cables, the embassy as speaker, an
  operation in marks, ``"دليل إدانة"`` and ``مطالبا بـ"…"`` (optional).
- Al-Ayyam as scraped text (Aden): ``عدن «الايام» خاص:`` and ``امس``
  without a date, ``ه`` for ``ة`` in places, a director, ``يقول X، وهو
  موظف متقاعد:``, ``وتضيف جارته ام محمد:``, a slogan, ``داعيا … الى "…"``,
  a council's statement (``وجاء في البيان:``), ``د.`` as an honorific,
  ``ويرى … ان الازمه "…"، ويقول:``.
- Al-Roeya as scraped text (Dubai, economy interview): ``دبي - الرؤيه``
  without a date, a CEO in a ``حوار مع "الرؤيه"``, ``ولفت الى ان``, an
  unmarked quote after ``وتابع قائلا:``, relayed attribution (``نقلت وكالة
  "بلومبرغ" … عن مصدر مطلع في …``), ``تقول X، …: "…"، وتضيف "…"``, a
  land department's report (``وبحسب تقرير … فان "…"``), ``ويختم … بالقول:``.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``اليوم``) gets no date without a dated dateline; with one (WAM,
SPA, Saba) ``اليوم`` is resolved; a date given for an event (a forum opened
today) dates its quotes and the follow-ups of the same account, and the
statements and reports issued today; a dateline without a year (KUNA) gives
no date; a cable's quotes, and the follow-ups of the same account, take the
cable's date (month precision when the article gives no day); reactions to
the leaks get no date unless tied to a dated ``اليوم``; a predicate in marks
after ``أن X`` belongs to the outer speaker; nominal objects after ``إلى``/
``بـ``/``من``/``على``, one- and two-word fragments, slogans, headlines and a
cable's subject line are optional; an unmarked quote after ``قائلا:`` is
scored without its final full stop; names of parties, programmes,
operations, companies, forums, sessions, platforms, outlets and one-word
labels in marks are not quotations; a role is the title chunk or the
apposition, whichever is fuller, without honorifics (``معالي``, ``سعادة``,
``المهندس``, ``الأستاذ``, ``الدكتور``, ``د.``, ``الشيخ``), which are not part
of the name; an anonymous source is named by its description, a document by
its issuer."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_WAM_DAY = "2026-01-14"
_MATROUSHI = "سهيل عبدالله المطروشي"
_MATROUSHI_ROLE = "وزير الطاقة والبنية التحتية"
_DHAHERI = "خالد راشد الظاهري"
_DHAHERI_ROLE = "وكيل دائرة الطاقة في أبوظبي"
_KAABI = "عبدالله حسن الكعبي"
_KAABI_ROLE = "الرئيس التنفيذي للشركة"
_SHAMSI = "مريم سعيد الشامسي"
_SHAMSI_ROLE = "أستاذة هندسة الموارد المائية في جامعة الإمارات العربية المتحدة"
_MOEI = "وزارة الطاقة والبنية التحتية"
_SPA_DAY = "2025-12-15"
_DOSARI = "فهد بن سليمان الدوسري"
_DOSARI_ROLE = "وزير النقل والخدمات اللوجستية رئيس مجلس إدارة الهيئة العامة للموانئ"
_OTAIBI = "ماجد بن عبدالرحمن العتيبي"
_OTAIBI_ROLE = "نائب رئيس الهيئة العامة للموانئ للشؤون التشغيلية"
_SUBAIE = "نورة بنت خالد السبيعي"
_SUBAIE_ROLE = 'الرئيسة التنفيذية لشركة "مسارات الخليج للخدمات اللوجستية"'
_MAWANI = "الهيئة العامة للموانئ"
_BELIC = "ماركو بيليتش"
_BELIC_ROLE = "مدرب المنتخب الكويتي الأول لكرة القدم"
_HAJRI = "فهد سالم الهاجري"
_HAJRI_ROLE = "قائد المنتخب"
_MUTAIRI = "صلاح عبدالله المطيري"
_MUTAIRI_ROLE = "أمين السر العام للاتحاد الكويتي لكرة القدم"
_RASHDI = "حمد بن سيف الراشدي"
_RASHDI_ROLE = "وكيل وزارة النفط والغاز"
_SCHWARTZ = "ريتشارد شوارتز"
_SCHWARTZ_ROLE = "السفير الأميركي"
_OM_OFFICIAL = "مسؤول عماني رفيع في وزارة الخارجية"
_US_MUSCAT = "السفارة الأميركية في مسقط"
_OM_BUSINESSMAN = "رجل أعمال عماني بارز"
_HARTHI = "سالم بن علي الحارثي"
_HARTHI_ROLE = "أستاذ العلاقات الدولية بجامعة السلطان قابوس"
_OM_SOURCE = "مصدر في وزارة الخارجية"
_KRAIGHTON = "توماس كرايتون"
_KRAIGHTON_ROLE = "السفير الأمريكي"
_YE_OFFICIAL = "مسؤول أمني يمني رفيع"
_SA_OFFICIAL = "مسؤول في السفارة السعودية بصنعاء"
_US_SANAA = "السفارة الأمريكية بصنعاء"
_WASHLI = "محمد عبدالله الوشلي"
_WASHLI_ROLE = "عضو المكتب السياسي لأنصار الله"
_SHAMI = "عبدالكريم أحمد الشامي"
_SHAMI_ROLE = "أستاذ القانون الدولي بجامعة صنعاء"
_BAABBAD = "سالم عوض باعباد"
_BAABBAD_ROLE = "مدير عام المؤسسه العامة للكهرباء بعدن"
_BINBREIK = "عبدالله سالم بن بريك"
_BINBREIK_ROLE = "موظف متقاعد"
_UM_MOHAMMED = "ام محمد"
_PROTESTERS = "عشرات المحتجين"
_HOUSHABI = "رشاد علي الحوشبي"
_HOUSHABI_ROLE = "وكيل محافظة عدن لشؤون الخدمات"
_STC = "المجلس الانتقالي الجنوبي"
_BAHMEISH = "فؤاد محسن باحميش"
_BAHMEISH_ROLE = "استاذ الاقتصاد بجامعة عدن"
_BALUSHI = "يوسف محمد البلوشي"
_BALUSHI_ROLE = 'الرئيس التنفيذي لمجموعة "الافق للاستثمار"'
_CB_SOURCE = "مصدر مطلع في مصرف الامارات العربيه المتحده المركزي"
_HAMMADI = "ريم عادل الحمادي"
_HAMMADI_ROLE = 'كبيرة الاقتصاديين في "المركز الخليجي للاستشارات"'
_DLD = "دائرة الاراضي والاملاك في دبي"

GOLD = {
    # --- F35: fresh-author held-out set, seven Gulf/Omani/Yemeni outlets ---------
    "f35_wam_abudhabi_water": [
        # headline of the form X: … (optional by the conventions; added after
        # the first run, the gold had left it out)
        q(
            "60 % نسبة الإنجاز في مشاريع التحلية بالطاقة النظيفة",
            _MATROUSHI,
            _MATROUSHI_ROLE,
            _WAM_DAY,
            optional=True,
        ),
        q(
            "نسبة الإنجاز في مشاريع تحلية المياه بالطاقة النظيفة تجاوزت 60 في المائة حتى "
            "نهاية العام الماضي",
            _MATROUSHI,
            _MATROUSHI_ROLE,
            _WAM_DAY,
            aliases=("معاليه",),
        ),
        q(
            "إن القيادة الرشيدة وضعت الأمن المائي في مقدمة أولوياتها، ونحن نعمل على أن تكون "
            "كل قطرة ماء تنتج في الدولة أقل كلفة وأقل انبعاثا مما كانت عليه قبل عشر سنوات",
            _MATROUSHI,
            _MATROUSHI_ROLE,
            _WAM_DAY,
            aliases=("معاليه",),
        ),
        q(
            "الوزارة أطلقت خلال العام الماضي 14 مشروعا لإعادة استخدام المياه المعالجة في "
            "الزراعة والمسطحات الخضراء، وسيرتفع العدد إلى 30 مشروعا بنهاية عام 2027",
            _MATROUSHI,
            _MATROUSHI_ROLE,
            _WAM_DAY,
            aliases=("معاليه",),
        ),
        q(
            "تستهدف رفع حصة التحلية بتقنية التناضح العكسي إلى 70 في المائة من إجمالي الطاقة "
            "الإنتاجية بحلول عام 2030",
            _DHAHERI,
            _DHAHERI_ROLE,
            _WAM_DAY,
        ),
        q(
            "سيخفض استهلاك الطاقة في قطاع المياه بنحو الثلث، ويوفر على الدولة مليارات الدراهم "
            "على المدى الطويل",
            _DHAHERI,
            _DHAHERI_ROLE,
            _WAM_DAY,
        ),
        q(
            "المنظومة الجديدة ستمكننا من تقليص الفاقد في الشبكة إلى أقل من 8 في المائة، وهو "
            "من أدنى المعدلات المسجلة عالميا",
            _KAABI,
            _KAABI_ROLE,
            _WAM_DAY,
        ),
        q(
            "سنبدأ التشغيل التجريبي في إمارتي الفجيرة ورأس الخيمة خلال الربع الثاني من العام "
            "الجاري، على أن يعمم المشروع على بقية الإمارات الشمالية في 2027",
            _KAABI,
            _KAABI_ROLE,
            _WAM_DAY,
        ),
        q(
            "التحدي الحقيقي لم يعد في إنتاج المياه بل في ترشيد استهلاكها",
            _SHAMSI,
            _SHAMSI_ROLE,
            _WAM_DAY,
            aliases=("الشامسي",),
        ),
        # nominal object after داعية إلى
        q(
            "ثقافة مجتمعية جديدة تتعامل مع الماء كمورد استراتيجي",
            _SHAMSI,
            _SHAMSI_ROLE,
            _WAM_DAY,
            aliases=("الشامسي",),
            optional=True,
        ),
        q(
            "معدل استهلاك الفرد في الدولة لا يزال من بين الأعلى في العالم، والتوعية يجب أن "
            "تبدأ من المدرسة ومن البيت قبل أي شيء آخر",
            _SHAMSI,
            _SHAMSI_ROLE,
            _WAM_DAY,
            aliases=("الشامسي",),
        ),
        # a report issued today by the ministry
        q(
            "الطلب على المياه في الدولة سيرتفع بنسبة 30 في المائة بحلول عام 2036 إذا استمرت "
            "أنماط الاستهلاك الحالية",
            _MOEI,
            None,
            _WAM_DAY,
            aliases=("تقرير أصدرته وزارة الطاقة والبنية التحتية",),
        ),
    ],
    "f35_spa_riyadh_logistics": [
        q(
            "يشهد تحولا غير مسبوق بدعم ومتابعة من القيادة الرشيدة أيدها الله",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
        ),
        q(
            "الموانئ السعودية سجلت خلال الأشهر العشرة الأولى من العام الجاري نموا في مناولة "
            "الحاويات بنسبة 14 في المائة مقارنة بالفترة نفسها من العام الماضي",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
        ),
        q(
            "إن رؤية المملكة 2030 جعلت من موقعنا الجغرافي بين ثلاث قارات ميزة تنافسية، ونحن "
            "اليوم نحول هذه الميزة إلى أرقام ووظائف واستثمارات",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
        ),
        q(
            "تقدمت 17 مرتبة في مؤشر أداء الخدمات اللوجستية الصادر عن البنك الدولي",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
        ),
        # nominal object after العمل جار على
        q(
            "استكمال 59 مركزا لوجستيا في مختلف مناطق المملكة بحلول عام 2030",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
            optional=True,
        ),
        q(
            "المرحلة المقبلة تتطلب شراكة أعمق مع القطاع الخاص، وتبسيطا أكبر للإجراءات "
            "الجمركية، وربطا رقميا كاملا بين الموانئ والمنافذ البرية والمطارات",
            _DOSARI,
            _DOSARI_ROLE,
            _SPA_DAY,
            aliases=("الدوسري", "معاليه"),
        ),
        q(
            "ميناء جدة الإسلامي يستقبل اليوم سفنا من الجيل الأحدث بطاقة تتجاوز 24 ألف حاوية "
            "قياسية، وهذا لم يكن ممكنا قبل أعمال التعميق التي أنجزت العام الماضي",
            _OTAIBI,
            _OTAIBI_ROLE,
            _SPA_DAY,
        ),
        q(
            "نستهدف رفع الطاقة الاستيعابية لموانئ المملكة إلى 40 مليون حاوية قياسية سنويا، "
            "بما يعزز مكانتها مركزا لوجستيا عالميا يربط القارات الثلاث",
            _OTAIBI,
            _OTAIBI_ROLE,
            _SPA_DAY,
        ),
        q(
            "القطاع الخاص بات شريكا حقيقيا في صناعة القرار اللوجستي، ولم يعد مجرد منفذ "
            "للمشاريع الحكومية",
            _SUBAIE,
            _SUBAIE_ROLE,
            _SPA_DAY,
        ),
        q(
            "التحدي الأكبر أمامنا اليوم هو الكفاءات الوطنية المتخصصة، ونعمل مع الجامعات على "
            "برامج تدريب منتهية بالتوظيف",
            _SUBAIE,
            _SUBAIE_ROLE,
            _SPA_DAY,
        ),
        q(
            "ميناء الملك عبدالعزيز بالدمام حقق رقما قياسيا جديدا في مناولة الحاويات خلال شهر "
            "نوفمبر الماضي بلغ 312 ألف حاوية قياسية، وهو الأعلى في تاريخ الميناء",
            _MAWANI,
            None,
            _SPA_DAY,
            aliases=("موانئ", "الهيئة"),
        ),
    ],
    "f35_kuna_kuwait_football": [
        # headline of the form X: … (optional by the conventions; added after
        # the first run, the gold had left it out)
        q(
            "نلعب على أرضنا ولا نفكر إلا في النقاط الثلاث أمام الأردن",
            _BELIC,
            _BELIC_ROLE,
            aliases=("مدرب الأزرق",),
            optional=True,
        ),
        # two-word fragment
        q("جاهزون ذهنيا", _BELIC, _BELIC_ROLE, aliases=("بيليتش",), optional=True),
        q(
            "نعرف قيمة المنتخب الأردني وما حققه في السنوات الأخيرة لكننا نلعب على أرضنا وبين "
            "جماهيرنا ولا نفكر الا في النقاط الثلاث",
            _BELIC,
            _BELIC_ROLE,
            aliases=("بيليتش",),
        ),
        q(
            "الجهاز الطبي يتابع حالته يوميا وهناك أمل في لحاقه بالمباراة لكننا لن نخاطر به "
            "اذا لم يكن جاهزا بنسبة مئة في المئة",
            _BELIC,
            _BELIC_ROLE,
            aliases=("بيليتش",),
        ),
        q(
            "يعني عمليا ضمان المركز الثاني في المجموعة",
            _BELIC,
            _BELIC_ROLE,
            aliases=("بيليتش",),
        ),
        q(
            "الحسابات معقدة والتفاصيل الصغيرة هي التي ستحسم بطاقة التأهل في النهاية",
            _BELIC,
            _BELIC_ROLE,
            aliases=("بيليتش",),
        ),
        q(
            "استقبلنا هدفين من كرتين ثابتتين وهذا خطأ في التركيز لا في المستوى وقد عملنا عليه "
            "طوال الأسبوع",
            _BELIC,
            _BELIC_ROLE,
            aliases=("بيليتش",),
        ),
        q(
            "المعنويات مرتفعة بعد الفوز على ماليزيا والجميع يشعر بحجم المسؤولية أمام "
            "الجماهير الكويتية",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
        q(
            "نطالب جماهيرنا بالحضور بكثافة يوم الخميس فهي اللاعب رقم 12 وقد صنعت الفارق في "
            "مباريات كثيرة",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
        q(
            "وفر كل متطلبات المعسكر الاعدادي الذي أقيم في الدوحة ولم يقصر في أي طلب للجهاز الفني",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "الاتحاد نسق مع وزارة الداخلية والهيئة العامة للرياضة لتسهيل دخول الجماهير وتنظيم "
            "المواقف حول الاستاد",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
    ],
    "f35_watan_muscat_cables": [
        # headline fragment
        q(
            "لا تبيع مواقفها",
            _RASHDI,
            _RASHDI_ROLE,
            "2009-06-23",
            aliases=("الراشدي", "مسقط"),
            optional=True,
        ),
        q(
            "السلطنة لن تدخل في أي ترتيبات إقليمية للغاز تكون موجهة ضد جار",
            _RASHDI,
            _RASHDI_ROLE,
            "2009-06-23",
            aliases=("الراشدي",),
        ),
        q(
            "نحن نبيع الغاز لمن يدفع، لكننا لا نبيع مواقفنا السياسية",
            _RASHDI,
            _RASHDI_ROLE,
            "2009-06-23",
            aliases=("الراشدي",),
        ),
        q(
            "العمانيين يجيدون الحفاظ على مسافة متساوية من الجميع، وهو ما يجعلهم قناة مفيدة "
            "لواشنطن في أوقات الأزمات",
            _SCHWARTZ,
            _SCHWARTZ_ROLE,
            "2009-06-23",
            aliases=("شوارتز", "السفير"),
        ),
        q(
            "الحوثيين ليسوا مجرد أداة إيرانية كما تقول صنعاء، فجذور الأزمة محلية قبل كل شيء",
            _OM_OFFICIAL,
            None,
            "2008-11",
            aliases=("المسؤول",),
        ),
        q(
            "إذا استمرت الحرب في صعدة فسيدفع الجميع الثمن، والسعوديون أولا",
            _OM_OFFICIAL,
            None,
            "2008-11",
            aliases=("المسؤول",),
        ),
        # the cable's subject line
        q(
            "عمان: اليمن قنبلة على حدودنا",
            _US_MUSCAT,
            None,
            "2008-11",
            aliases=("البرقية",),
            optional=True,
        ),
        q(
            "مسقط تفضل الوساطة الهادئة على المواقف العلنية، ولن تغير هذا النهج مهما كانت الضغوط",
            _US_MUSCAT,
            None,
            "2008-11",
            aliases=("البرقية",),
        ),
        q(
            "الجيل الجديد من العمانيين يريد وظائف لا وعودا، والحكومة تعرف ذلك جيدا",
            _OM_BUSINESSMAN,
            None,
            "2009-11-12",
        ),
        q(
            "لا تضيف جديدا إلى ما هو معروف عن الدبلوماسية العمانية",
            _HARTHI,
            _HARTHI_ROLE,
            aliases=("الحارثي",),
        ),
        q(
            "الثابت فيها أن السلطنة قالت في الغرف المغلقة ما كانت تقوله في العلن، وهذا بحد "
            "ذاته شهادة لها لا عليها",
            _HARTHI,
            _HARTHI_ROLE,
            aliases=("الحارثي",),
        ),
        q(
            "سياسة الحياد الإيجابي لم تكن شعارا، بل ممارسة يومية دفعت السلطنة ثمنها أحيانا",
            _HARTHI,
            _HARTHI_ROLE,
            aliases=("الحارثي",),
        ),
        q(
            "الوزارة لا تعلق على وثائق مسربة لا يمكن التحقق من صحتها أو من سياق ما ورد فيها",
            _OM_SOURCE,
        ),
    ],
    "f35_saba_sanaa_cables": [
        q(
            "الحكومة اليمنية تطلب دعما استخباراتيا مباشرا وتتعهد بإبقاء الأمر بعيدا عن وسائل "
            "الإعلام",
            _KRAIGHTON,
            _KRAIGHTON_ROLE,
            "2009-08-03",
            aliases=("كرايتون", "السفير"),
        ),
        q(
            "نحن نحتاج طائراتكم أكثر مما نحتاج أموالكم",
            _YE_OFFICIAL,
            None,
            "2009-08-03",
        ),
        q(
            "واشنطن مستعدة للمساعدة شرط ألا يتحول الدعم إلى غطاء لاستهداف المدنيين",
            _KRAIGHTON,
            _KRAIGHTON_ROLE,
            "2009-08-03",
            aliases=("كرايتون", "السفير"),
        ),
        q(
            "المملكة لن تسمح بوجود حزب الله آخر على حدودها الجنوبية مهما كلف الأمر",
            _SA_OFFICIAL,
            None,
            "2010-02",
            aliases=("المسؤول السعودي",),
        ),
        q(
            "المال ليس مشكلة، المشكلة أن الحكومة اليمنية لا تملك قرارها في الميدان",
            _SA_OFFICIAL,
            None,
            "2010-02",
            aliases=("المسؤول السعودي",),
        ),
        q(
            "السعوديين يريدون نتائج سريعة ولا يملكون صبرا على العملية السياسية، وهو ما قد "
            "يطيل أمد الصراع",
            _US_SANAA,
            None,
            "2010-02",
            aliases=("السفارة", "البرقية"),
        ),
        q(
            "هذه الوثائق تؤكد ما قلناه منذ البداية، وهو أن الحرب على صعدة كانت بقرار خارجي "
            "ونفذت بأدوات محلية",
            _WASHLI,
            _WASHLI_ROLE,
            "2026-01-05",
        ),
        q(
            "على الذين شاركوا في تلك المرحلة أن يقدموا اعتذارا واضحا للشعب اليمني، وأن "
            "يتحملوا مسؤوليتهم أمام القضاء",
            _WASHLI,
            _WASHLI_ROLE,
            "2026-01-05",
        ),
        # two-word fragment
        q("دليل إدانة", _SHAMI, _SHAMI_ROLE, aliases=("الشامي",), optional=True),
        # nominal object after مطالبا بـ
        q(
            "تحقيق وطني شامل في كل الاتفاقيات الأمنية الموقعة مع واشنطن منذ عام 2000",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=("الشامي",),
            optional=True,
        ),
        q(
            "القانون الدولي لا يجيز لأي دولة أن تدير حربا في أرض غيرها تحت عنوان مكافحة "
            "الإرهاب، ولا يسقط هذه الجرائم بالتقادم",
            _SHAMI,
            _SHAMI_ROLE,
            aliases=("الشامي",),
        ),
    ],
    "f35_ayyam_aden_electricity_scraped": [
        q(
            "المحطات تعمل باقل من ربع طاقتها بسبب نفاد الوقود، وما يصلنا من الديزل والمازوت "
            "لا يكفي ليومين",
            _BAABBAD,
            _BAABBAD_ROLE,
            aliases=("باعباد",),
        ),
        q(
            "رفعنا مذكرات عاجلة الى الحكومه ووزارة المالية ولم نتلق ردا حتى الان",
            _BAABBAD,
            _BAABBAD_ROLE,
            aliases=("باعباد",),
        ),
        q(
            "الفرق الفنيه تعمل ليل نهار لكن قطع الغيار غير متوفره محليا ونحتاج الى اسبوعين "
            "على الاقل لاستيرادها",
            _BAABBAD,
            _BAABBAD_ROLE,
            aliases=("باعباد",),
        ),
        q(
            "لم ننم منذ ثلاث ليال، الاطفال يبكون طوال الليل وكبار السن يختنقون من الحر",
            _BINBREIK,
            _BINBREIK_ROLE,
        ),
        q(
            "حتى الماء انقطع لان المضخات تعمل بالكهرباء، ونشتري الوايت بعشرين الف ريال",
            _UM_MOHAMMED,
        ),
        # slogan
        q("لا كهرباء لا سكوت", _PROTESTERS, optional=True),
        q(
            "السلطه المحليه تواصلت مع رئاسة الوزراء وتم الاتفاق على وصول باخرة وقود الى ميناء "
            "الزيت خلال 72 ساعه",
            _HOUSHABI,
            _HOUSHABI_ROLE,
            aliases=("الحوشبي",),
        ),
        # nominal object after داعيا … الى
        q(
            "ضبط النفس وعدم الانجرار وراء دعوات الفوضى",
            _HOUSHABI,
            _HOUSHABI_ROLE,
            aliases=("الحوشبي",),
            optional=True,
        ),
        q(
            "ملف الكهرباء لن يحل بالمسكنات، والمطلوب محطه استراتيجيه تعمل بالغاز تنهي هذه "
            "المعاناة المتكررة كل صيف",
            _HOUSHABI,
            _HOUSHABI_ROLE,
            aliases=("الحوشبي",),
        ),
        q("عقاب جماعي لابناء عدن", _STC, aliases=("البيان",)),
        q(
            "صبر المواطنين له حدود، ولن نقف متفرجين امام معاناة الناس في ظل صمت حكومي مريب",
            _STC,
            aliases=("البيان",),
        ),
        q("اداريه قبل ان تكون ماليه", _BAHMEISH, _BAHMEISH_ROLE, aliases=("باحميش",)),
        q(
            "الحكومه تنفق على شراء الطاقه المستاجره كل عامين اكثر مما يكلفه بناء محطه جديده، "
            "وهذا هدر لا يمكن تبريره",
            _BAHMEISH,
            _BAHMEISH_ROLE,
            aliases=("باحميش",),
        ),
    ],
    "f35_roeya_dubai_realestate_scraped": [
        # two-word fragment
        q("اكثر اعتدالا", _BALUSHI, _BALUSHI_ROLE, aliases=("البلوشي",), optional=True),
        q(
            "السوق دخلت مرحلة نضج، والمستثمر اليوم اكثر انتقائية مما كان عليه في 2022 و2023، "
            "وهذا امر صحي",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        q(
            "لا نرى فقاعه بالمعنى الكلاسيكي، لان نسبه كبيرة من المشترين يدفعون نقدا ولا "
            "يعتمدون على التمويل المصرفي",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        q(
            "تعتزم طرح ثلاثة مشاريع سكنية جديده في دبي الجنوب ومدينة محمد بن راشد خلال النصف "
            "الاول من 2026 باستثمارات تتجاوز 4 مليارات درهم",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        q(
            "كلفة البناء ارتفعت بنحو 18 في المئه خلال عامين، وهو ما سينعكس حتما على الاسعار "
            "النهائيه للوحدات",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        q(
            "اي خفض جديد للفائده سيمنح السوق دفعه اضافيه، لكننا لا نبني خططنا على ذلك",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        # unmarked after قائلا:
        q(
            "الاهم بالنسبه لنا هو الطلب الحقيقي من العائلات التي تنتقل للعيش في الدوله وتبحث "
            "عن سكن دائم",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
        q(
            "المصرف يراقب عن كثب نمو القروض العقاريه ولا يرى حاجة لتدخل في الوقت الراهن",
            _CB_SOURCE,
        ),
        q(
            "الارقام تشير الى ان المعروض الجديد في 2026 و2027 سيكون الاعلى منذ عقد، وهذا "
            "سيضغط على الايجارات تحديدا",
            _HAMMADI,
            _HAMMADI_ROLE,
        ),
        q(
            "المستاجر سيكون الرابح الاكبر في المرحله المقبله، خصوصا في المناطق الجديده "
            "البعيده عن المركز",
            _HAMMADI,
            _HAMMADI_ROLE,
        ),
        q(
            "قيمة التصرفات العقاريه بلغت 522 مليار درهم خلال الاشهر العشره الاولى من العام "
            "الجاري بارتفاع 21 في المئه على اساس سنوي",
            _DLD,
            aliases=("تقرير صادر عن دائرة الاراضي والاملاك في دبي",),
        ),
        q(
            "دبي لم تعد سوقا للمضاربه السريعة، بل مدينة يبحث الناس فيها عن الاستقرار طويل "
            "الامد، ومن يفهم هذا التحول سيربح",
            _BALUSHI,
            _BALUSHI_ROLE,
            aliases=("البلوشي",),
        ),
    ],
}

BATCHES = {
    "F35": [
        "f35_wam_abudhabi_water",
        "f35_spa_riyadh_logistics",
        "f35_kuna_kuwait_football",
        "f35_watan_muscat_cables",
        "f35_saba_sanaa_cables",
        "f35_ayyam_aden_electricity_scraped",
        "f35_roeya_dubai_realestate_scraped",
    ],
}

BLIND_ARTICLES_40 = {name: (_read(name), gold) for name, gold in GOLD.items()}
