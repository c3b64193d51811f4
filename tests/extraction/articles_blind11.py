"""Fresh-author held-out set F6: eight articles in Levantine and Iraqi outlet
styles, written as the outlets' journalists write and annotated by hand, with
the gold below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Al-Akhbar (Lebanon) generators story: no dateline, ``أمس`` undated; a
  headline ``أصحاب المولدات يهدّدون بالعتمة: «…»``, a gathering's name in
  marks followed by a three-word fragment in marks, ``قال لـ«الأخبار» إن
  «…»`` and ``وأضاف:``, anonymous ministry sources (``مصادر وزارة
  الاقتصاد``, ``وتلفت المصادر إلى أن عدداً من المخالفين «…»``), a minister,
  an unmarked quote after ``قائلاً:``, a resident with ``وهي موظفة في
  مصرف`` and ``تضيف:``, an MP with an apposition; ``«دولة رديفة»`` is the
  journalist's own label.
- Al-Modon (Lebanon) cabinet session dated ``الخميس 27 تشرين الثاني 2025``:
  the information minister reading out the decisions, a minister walking out
  (``وتابع:``), ``"…"، ردّ وزير المال X`` with the speaker after the quote,
  ministerial sources to ``"المدن"`` (undated), a bloc's statement ``مساء
  اليوم نفسه`` with a predicate after ``معتبرة أنها`` and a nominal object
  after ``دعت … إلى``, an MP on ``"إكس"``; a plan and a movement in marks.
- Syria TV website (Idlib): returnees in Syrian colloquial (``ويقول الحمدو،
  وهو مزارع…``, ``ويضيف:``), a local council head (``وأوضح أن المجلس
  "…"``), the minister relayed by SANA on ``الأحد 30 تشرين الثاني 2025``, a
  team's report dated ``السبت 29 تشرين الثاني 2025`` and ``وحذّر التقرير من
  "…"``, a widow, an anonymous governorate source.
- Ammon News (Jordan) committee meeting (``الاثنين``, undated): an unmarked
  headline ``الروسان: …``, the minister with ``وأضاف … أن``, a programme in
  marks followed by its predicate in marks (``أن برنامج "تشغيل" … "…"``),
  the committee chair's question after ``متسائلاً:``, an MP's ``طالبت
  بـ"…"`` and an unmarked quote after ``قائلة:``, ``ورد الروسان بالقول إن``,
  an observatory's statement dated ``12 تشرين الثاني 2025``.
- Al-Rai (Jordan) Aqaba report with a reporter's byline: ``المهندس`` as an
  honorific, ``لـ"الرأي"``, ``لافتاً إلى أن السلطة "…"``, ``مستدركاً:``, a
  guide in Jordanian colloquial (``ويتابع:``), the tourism minister relayed
  by Petra on ``السبت 29 تشرين الثاني 2025``, an authority's statement, a
  campaign name in marks, a foreign tourist.
- Ma'an (Bethlehem) Christmas story: ``بيت لحم- معا-`` with ``اليوم
  الاثنين`` (no dated dateline), a two-word label ``"الشعائر الدينية"``, the
  mayor, a minister, a shopkeeper in colloquial, the governor relayed by
  ``"وفا"`` with ``اللواء`` as honorific, a church source, a chamber's
  statement dated ``23/11/2025`` (``حذرت … من أن "…"`` and ``طالبت
  بـ"…"``), an unmarked closing quote after ``قائلا:``.
- Al-Sumaria News (Baghdad): ``السومرية نيوز/ بغداد`` with ``اليوم الأحد``
  (undated), a headline ``الموارد المائية: … "…"`` and the same fragment in
  the lead after ``وصل إلى``, Iraqi ``إن "…"، مبيناً أن "…"`` and ``وأضاف
  الجبوري، أن "…"``, an MP, a farmer in Iraqi colloquial, the agriculture
  minister relayed by INA at a meeting of ``20 تشرين الثاني 2025``, an
  anonymous ministry source, an observatory's report of ``أيلول 2025``
  (month precision).
- Al-Akhbar WikiLeaks electricity cables (Lebanon): 08BEIRUT812 dated ``3
  حزيران 2008`` (``«سري»`` as a label) with the minister relayed by the
  chargé d'affaires and the chargé's comment, 09BEIRUT1107 of ``تشرين الأول
  2009`` without a day, with a subject line, an unnamed adviser, an MP and
  the cable's conclusion; the headline fragment; reactions today (no date),
  one unmarked after ``قائلاً:``, and an MP's office statement; a policy
  paper's name in marks.

Conventions as in articles_blind2-9: a relative date (``أمس``, ``اليوم
الاثنين``) gets no date without a dated dateline; a date given for an event
(a cabinet session, a minister's tour, a meeting, a report, a statement)
dates its quotes and the follow-ups of the same account, and ``مساء اليوم
نفسه`` takes the session's date; a cable's quotes, and the follow-ups of the
same account, take the cable's date (month precision when the article gives
no day); reactions to the leaks get no date; a predicate in marks after
``أن X`` belongs to the outer speaker (``أوضح أن المجلس "…"``, ``أشار إلى
أن برنامج "تشغيل" "…"``, ``تخلص البرقية إلى أن «…»``); nominal objects
after ``إلى``/``بـ``/``من`` (``طالبت بـ"…"``, ``حذّر التقرير من "…"``,
``دعت … إلى "…"``, ``وصل إلى "…"``), two- and three-word fragments,
headlines of the form ``X: …`` (marked or not) and a cable's subject line
are optional; a clause after ``من أن`` is a full quote; an unmarked quote
after ``قائلا:``/``قائلاً:``/``قائلة:`` is scored without its final full
stop; a question asked by an MP is scored; names of parties, blocs,
gatherings, programmes, plans, campaigns, papers, outlets, platforms and
one-word labels in marks, and a journalist's own two-word label, are not
quotations; a quote relayed by an agency (``نقلت وكالة X عن Y``) belongs
to Y; a role is the title chunk or the apposition, whichever is fuller,
without honorifics (``المهندس``, ``اللواء``), which are not part of the
name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_GEN_OWNERS = "تجمّع أصحاب المولدات الخاصة"
_SAADE = "عبدو سعادة"
_SAADE_ROLE = "رئيس التجمّع"
_ECO_SOURCES = "مصادر وزارة الاقتصاد"
_HALABI = "كريم الحلبي"
_HALABI_ROLE = "وزير الاقتصاد والتجارة"
_ITANI = "سهى عيتاني"
_ITANI_ROLE = "موظفة في مصرف"
_MAREI = "حسن مرعي"
_MAREI_ROLE = "عضو لجنة الاقتصاد النيابية"
_NASRALLAH = "جاد نصر الله"
_NASRALLAH_ROLE = "وزير الإعلام"
_FARHAT = "سامر فرحات"
_FARHAT_ROLE = "وزير الطاقة"
_SHEHAB = "وليد شهاب"
_SHEHAB_ROLE = "وزير المال"
_MIN_SOURCES = "مصادر وزارية"
_WAFAA_BLOC = "كتلة الوفاء الجنوبي"
_AWWAD = "رامي عوّاد"
_HAMDO = "أبو خالد الحمدو"
_SHEIKH_ALI = "محمود الشيخ علي"
_SHEIKH_ALI_ROLE = "رئيس المجلس المحلي في كفرنبل"
_DALATI = "عمر الدالاتي"
_DALATI_ROLE = "وزير الإدارة المحلية والبيئة"
_FIELD_TEAM = "فريق الاستجابة الميدانية"
_UMM_AHMAD = "أم أحمد"
_UMM_AHMAD_ROLE = "أرملة من معرة النعمان"
_IDLIB_SOURCE = "مصدر في محافظة إدلب"
_ROUSAN = "خالد الروسان"
_ROUSAN_ROLE = "وزير العمل"
_KHAWALDEH = "محمد الخوالدة"
_KHAWALDEH_ROLE = "رئيس اللجنة"
_HIYARI = "رنا الحياري"
_ZYOUD = "عمر الزيود"
_JO_OBSERVATORY = "المرصد الأردني لسوق العمل"
_OMARI = "نضال العمري"
_OMARI_ROLE = "رئيس مجلس مفوضي سلطة منطقة العقبة الاقتصادية الخاصة"
_SHARMAN = "حازم الشرمان"
_SHARMAN_ROLE = "رئيس جمعية فنادق العقبة"
_ZALABIEH = "سالم الزلابية"
_ZALABIEH_ROLE = "الدليل السياحي"
_HAJAYA = "عماد الحجايا"
_HAJAYA_ROLE = "وزير السياحة والآثار"
_JTB = "هيئة تنشيط السياحة"
_BRENNER = "كلاوديا برنر"
_BRENNER_ROLE = "السائحة الألمانية"
_BETHLEHEM = "بلدية بيت لحم"
_SAYEGH = "جورج الصايغ"
_SAYEGH_ROLE = "رئيس البلدية"
_AWADALLAH = "سهى عوض الله"
_AWADALLAH_ROLE = "وزيرة السياحة والآثار"
_QANAWATI = "إلياس قنواتي"
_QANAWATI_ROLE = "صاحب محل للتحف الشرقية"
_ABU_AYYASH = "كمال أبو عياش"
_ABU_AYYASH_ROLE = "محافظ بيت لحم"
_CHURCH_SOURCE = "مصدر كنسي"
_BL_CHAMBER = "غرفة تجارة وصناعة محافظة بيت لحم"
_IQ_WATER = "وزارة الموارد المائية"
_JABOURI = "علي راضي الجبوري"
_JABOURI_ROLE = "المتحدث باسم الوزارة"
_SAADI = "حيدر الساعدي"
_SAADI_ROLE = "عضو لجنة الزراعة والمياه والأهوار النيابية"
_ABBAS = "عباس كريم"
_FATLAWI = "أحمد الفتلاوي"
_FATLAWI_ROLE = "وزير الزراعة"
_AGRI_SOURCE = "مصدر في وزارة الزراعة"
_IQ_OBSERVATORY = "مرصد العراق البيئي"
_KHOURY = "نبيل الخوري"
_KHOURY_ROLE = "وزير الطاقة"
_HARTFORD = "جيمس هارتفورد"
_HARTFORD_ROLE = "القائم بالأعمال الأميركي"
_US_BEIRUT = "السفارة الأميركية في بيروت"
_ADVISER = "مستشار لرئيس الحكومة"
_DAKKASH = "سمير دكاش"
_DAKKASH_OFFICE = "مكتب النائب سمير دكاش"

GOLD = {
    # --- F6: fresh-author held-out set, Levantine and Iraqi outlets ------------
    "f6_akhbar_beirut_generators": [
        # headline of the form X: «…»
        q(
            "التسعيرة لا تغطي كلفة المازوت",
            _GEN_OWNERS,
            aliases=("أصحاب المولدات",),
            optional=True,
        ),
        # a gathering's name in marks, then a three-word fragment
        q(
            "مجحفة وغير واقعية",
            _GEN_OWNERS,
            aliases=("أصحاب المولدات", "التجمّع"),
            optional=True,
        ),
        q(
            "الوزارة تحتسب سعر المازوت على أساس الجدول الرسمي، فيما نشتريه نحن من السوق "
            "بأسعار أعلى بكثير، ولا أحد يعوّض علينا الفرق",
            _SAADE,
            _SAADE_ROLE,
        ),
        q(
            "نحن لا نهدد المواطن، نحن نقول إننا لم نعد قادرين على الاستمرار بالخسارة، وكل "
            "مولد يحتاج شهرياً إلى صيانة تكلّف مئات الدولارات",
            _SAADE,
            _SAADE_ROLE,
        ),
        q(
            "التسعيرة تُحتسب وفق معادلة شفافة تأخذ في الاعتبار سعر المازوت وكلفة الصيانة "
            "واليد العاملة وهامش ربح معقول، وأصحاب المولدات شاركوا في وضعها قبل سنتين",
            _ECO_SOURCES,
            aliases=("المصادر",),
        ),
        # predicate after أن X
        q(
            "لا يلتزمون أصلاً بتركيب العدادات",
            _ECO_SOURCES,
            aliases=("المصادر",),
        ),
        # أمس without a dated dateline: no date
        q(
            "الوزارة لن تسمح بابتزاز المواطنين تحت أي ظرف",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "من يطفئ مولده أو يرفض تركيب العداد سيُلاحق قضائياً، ولدينا فرق مراقبة في كل الأقضية",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        # unmarked after قائلاً:
        q(
            "لن نتراجع عن حماية المستهلك مهما علت الأصوات",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "باتت تأكل نصف راتبي",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
        q(
            "ندفع للدولة وللمولد ولصهريج المياه، ولا نحصل على شيء كاملاً. حتى الاشتراك صار نقسّطه",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
        q(
            "المشكلة ليست في التسعيرة، بل في غياب كهرباء الدولة",
            _MAREI,
            _MAREI_ROLE,
            aliases=("مرعي",),
        ),
        q(
            "طالما أن مؤسسة كهرباء لبنان لا تؤمّن أكثر من أربع ساعات يومياً، سيبقى المواطن "
            "رهينة أصحاب المولدات، وستبقى الوزارة تلاحقهم من دون نتيجة",
            _MAREI,
            _MAREI_ROLE,
            aliases=("مرعي",),
        ),
    ],
    "f6_modon_cabinet_border_plan": [
        q(
            "الحكومة ملتزمة بإعادة الناس إلى قراهم قبل نهاية الربيع المقبل، والتمويل الأولي "
            "مؤمّن من قرض البنك الدولي ومن مساهمات عربية",
            _NASRALLAH,
            _NASRALLAH_ROLE,
            "2025-11-27",
            aliases=("نصر الله",),
        ),
        q(
            "لن تكون هناك استنسابية في توزيع التعويضات، فالمسح الذي أجراه الجيش ومجلس الجنوب "
            "هو المرجع الوحيد، ومن لديه اعتراض يمكنه مراجعة اللجان المختصة",
            _NASRALLAH,
            _NASRALLAH_ROLE,
            "2025-11-27",
            aliases=("نصر الله",),
        ),
        q(
            "لا يمكن أن نصوّت على خطة لم نطّلع على تفاصيلها إلا قبل ساعتين من الجلسة",
            _FARHAT,
            _FARHAT_ROLE,
            "2025-11-27",
            aliases=("فرحات",),
        ),
        q(
            "سألنا عن معايير التوزيع بين القرى، فقيل لنا إنها ستحدد لاحقاً. هذا ليس عملاً "
            "مؤسساتياً، بل تسوية تُطبخ في مكان آخر",
            _FARHAT,
            _FARHAT_ROLE,
            "2025-11-27",
            aliases=("فرحات",),
        ),
        # the speaker after the quote
        q(
            "المطلوب اليوم ليس المزايدة بل الإسراع في التنفيذ، فالناس تنتظر منذ سنة ولا تملك "
            "ترف الانتظار أكثر",
            _SHEHAB,
            _SHEHAB_ROLE,
            "2025-11-27",
            aliases=("شهاب",),
        ),
        q(
            "الاعتراض لم يكن على الخطة بحد ذاتها، بل على حصة بعض المناطق من الأموال وعلى "
            "الجهة التي ستتولى الإنفاق",
            _MIN_SOURCES,
        ),
        q(
            "النقاش داخل الجلسة كان حاداً في بعض اللحظات، واستدعى تدخّل رئيس الحكومة أكثر من مرة",
            _MIN_SOURCES,
        ),
        # predicate after معتبرة أنها; مساء اليوم نفسه = the session's date
        q(
            "خطوة أولى على طريق طويل",
            _WAFAA_BLOC,
            date="2025-11-27",
        ),
        # nominal object after دعت … إلى
        q(
            "عدم ربط الإعمار بأي شروط سياسية خارجية",
            _WAFAA_BLOC,
            date="2025-11-27",
            optional=True,
        ),
        q(
            "الإعمار حق وليس منّة، ومن يعرقل الخطة اليوم يتحمّل مسؤولية بقاء عشرات آلاف "
            "العائلات خارج بيوتها في عز الشتاء",
            _AWWAD,
            "النائب",
        ),
    ],
    "f6_syriatv_idlib_returnees": [
        q(
            "رجعنا لأن الأرض أرضنا، بس ما في مي ولا كهربا ولا مدرسة للأولاد، وما فينا نضل "
            "بالخيمة ولا فينا نرجع عالبيت",
            _HAMDO,
            "مزارع",
            aliases=("الحمدو",),
        ),
        q(
            "صرفت كل اللي جمعته بالمخيم على ترميم غرفة وحدة، والباقي بدو مصاري ما عنا ياها",
            _HAMDO,
            "مزارع",
            aliases=("الحمدو",),
        ),
        q(
            "نحو 40 في المئة من البلدة مدمر كلياً، وشبكة المياه خارج الخدمة منذ سنوات",
            _SHEIKH_ALI,
            _SHEIKH_ALI_ROLE,
        ),
        # predicate after أن المجلس
        q(
            "طلب من المحافظة ومن المنظمات دعماً عاجلاً لإعادة تأهيل البئر الرئيسية والمدرسة "
            "الابتدائية",
            _SHEIKH_ALI,
            _SHEIKH_ALI_ROLE,
        ),
        q(
            "الناس عم ترجع أسرع من قدرتنا على تأمين الخدمات، وما عنا لا آليات ولا ميزانية",
            _SHEIKH_ALI,
            _SHEIKH_ALI_ROLE,
        ),
        # relayed by SANA
        q(
            "الوزارة وضعت خطة لإعادة تأهيل البنى التحتية في 70 بلدة وقرية خلال العام المقبل",
            _DALATI,
            _DALATI_ROLE,
            "2025-11-30",
            aliases=("الدالاتي", "الوزير"),
        ),
        q(
            "الأولوية ستكون لشبكات المياه والمدارس والمراكز الصحية، بالتعاون مع المنظمات الشريكة",
            _DALATI,
            _DALATI_ROLE,
            "2025-11-30",
            aliases=("الدالاتي", "الوزير"),
        ),
        q(
            "أكثر من 180 ألف شخص عادوا إلى ريفي إدلب وحماة منذ مطلع العام، يعيش ثلثهم في "
            "منازل متضررة جزئياً أو كلياً",
            _FIELD_TEAM,
            date="2025-11-29",
            aliases=("التقرير",),
        ),
        # nominal object after حذّر … من
        q(
            "موجة نزوح عكسي",
            _FIELD_TEAM,
            date="2025-11-29",
            aliases=("التقرير",),
            optional=True,
        ),
        q(
            "الشتا جاي والبيت بلا شبابيك. سكّرناها بالنايلون، بس البرد بيدخل من كل مكان، "
            "والولاد كل يوم مرضانين",
            _UMM_AHMAD,
            _UMM_AHMAD_ROLE,
        ),
        q(
            "الميزانية المخصصة للمحافظة لا تغطي عُشر الاحتياجات، والاعتماد الأكبر ما زال على "
            "المنظمات الدولية التي خفّضت بدورها تمويلها هذا العام",
            _IDLIB_SOURCE,
        ),
    ],
    "f6_ammon_labour_committee": [
        # unmarked headline of the form X: …
        q(
            "100 ألف فرصة عمل للأردنيين في 2026",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
            optional=True,
        ),
        q(
            "الحكومة تستهدف توفير 100 ألف فرصة عمل للأردنيين خلال عام 2026، من خلال برامج "
            "التشغيل الوطني والشراكة مع القطاع الخاص",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
        ),
        q(
            "معدل البطالة ما زال مرتفعاً، ولا يمكن معالجته بالتعيين في القطاع العام الذي وصل "
            "إلى حد الإشباع",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
        ),
        # a programme in marks, then its predicate in marks
        q(
            "استوعب أكثر من 32 ألف شاب وشابة منذ إطلاقه",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
        ),
        q(
            "نسبة الاستمرار في العمل بعد انتهاء فترة الدعم تجاوزت 60 بالمئة",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
        ),
        q(
            "الأرقام الرسمية لا تعكس حقيقة ما يعيشه الشباب في المحافظات",
            _KHAWALDEH,
            _KHAWALDEH_ROLE,
            aliases=("الخوالدة",),
        ),
        # an MP's question
        q(
            "كيف نتحدث عن 100 ألف فرصة ونسبة البطالة بين الخريجين الجامعيين تقارب 40 بالمئة؟",
            _KHAWALDEH,
            _KHAWALDEH_ROLE,
            aliases=("الخوالدة",),
        ),
        # nominal object after طالبت بـ
        q(
            "إعادة النظر في سياسة استقدام العمالة الوافدة",
            _HIYARI,
            "النائبة",
            optional=True,
        ),
        # unmarked after قائلة:
        q(
            "هناك أكثر من 300 ألف عامل وافد في قطاعات يمكن أن يعمل فيها الأردنيون لو تحسنت "
            "الأجور وظروف العمل",
            _HIYARI,
            "النائبة",
        ),
        q(
            "الشباب في الكرك والطفيلة ومعان لا يريدون وعوداً ولا دورات تدريبية، يريدون مصانع "
            "ورواتب تكفيهم",
            _ZYOUD,
            "النائب",
        ),
        q(
            "الوزارة أغلقت 15 مهنة أمام العمالة الوافدة هذا العام، وستعلن قائمة جديدة مطلع "
            "العام المقبل بعد التشاور مع غرف الصناعة والتجارة",
            _ROUSAN,
            _ROUSAN_ROLE,
            aliases=("الروسان",),
        ),
        q(
            "سوق العمل الأردني يعاني من اختلالات هيكلية عميقة، أبرزها ضعف مشاركة المرأة "
            "وتدني الأجور واتساع العمل غير المنظم",
            _JO_OBSERVATORY,
            date="2025-11-12",
        ),
    ],
    "f6_rai_aqaba_winter_season": [
        q(
            "السلطة وقعت اتفاقيات مع ست شركات طيران منخفضة التكاليف لتسيير رحلات مباشرة إلى "
            "مطار الملك حسين الدولي هذا الشتاء",
            _OMARI,
            _OMARI_ROLE,
            aliases=("العمري",),
        ),
        q(
            "عدد زوار وادي رم منذ مطلع العام تجاوز 280 ألف زائر، بزيادة 22 بالمئة عن العام الماضي",
            _OMARI,
            _OMARI_ROLE,
            aliases=("العمري",),
        ),
        # predicate after أن السلطة
        q(
            "تعمل على تنظيم المخيمات السياحية في رم وفق معايير بيئية صارمة تحافظ على طبيعة المحمية",
            _OMARI,
            _OMARI_ROLE,
            aliases=("العمري",),
        ),
        q(
            "الطلب على الغرف للأسبوع الأخير من كانون الأول شبه مكتمل",
            _SHARMAN,
            _SHARMAN_ROLE,
            aliases=("الشرمان",),
        ),
        q(
            "لكن المشكلة في الموسم الصيفي، حين تنخفض نسب الإشغال إلى ما دون 40 بالمئة وتضطر "
            "فنادق إلى تسريح جزء من موظفيها",
            _SHARMAN,
            _SHARMAN_ROLE,
            aliases=("الشرمان",),
        ),
        q(
            "السائح الأوروبي رجع بقوة هالسنة، والحجوزات عنا مليانة لآخر شباط",
            _ZALABIEH,
            _ZALABIEH_ROLE,
            aliases=("الزلابية",),
        ),
        q(
            "بدنا بس الطريق من الشارع الرئيسي للقرية يتصلّح، لأنه صار خطر على السيارات وعلى السياح",
            _ZALABIEH,
            _ZALABIEH_ROLE,
            aliases=("الزلابية",),
        ),
        # relayed by Petra
        q(
            "العقبة ستكون بوابة الأردن السياحية على البحر الأحمر، ونعمل على ربطها ببرامج "
            "سياحية مشتركة مع البترا ووادي رم",
            _HAJAYA,
            _HAJAYA_ROLE,
            "2025-11-29",
            aliases=("الحجايا",),
        ),
        q(
            "الحملة تستهدف العائلات والمتقاعدين الباحثين عن وجهات مشمسة في فصل الشتاء",
            _JTB,
        ),
        q(
            "الناس هنا كرماء، والصحراء ساحرة، لكن الأسعار ارتفعت كثيراً مقارنة بزيارتي الأولى",
            _BRENNER,
            _BRENNER_ROLE,
        ),
    ],
    "f6_maan_bethlehem_christmas": [
        # unmarked headline of the form X: … (optional by the conventions
        # below; added after the first run, which read it as a quote)
        q(
            "احتفالات مقتصرة على الشعائر وإضاءة الشجرة",
            _BETHLEHEM,
            aliases=("البلدية",),
            optional=True,
        ),
        # a two-word label in marks
        q(
            "الشعائر الدينية",
            _BETHLEHEM,
            aliases=("البلدية",),
            optional=True,
        ),
        q(
            "بيت لحم ستبقى مدينة الأمل والسلام رغم كل شيء، ورسالتنا هذا العام رسالة صمود "
            "وتضامن مع أهلنا",
            _SAYEGH,
            _SAYEGH_ROLE,
            aliases=("الصايغ",),
        ),
        q(
            "قررنا الاكتفاء بالشعائر الدينية وإضاءة الشجرة، لأنه لا يمكننا أن نحتفل وجزء من "
            "شعبنا يعيش المأساة",
            _SAYEGH,
            _SAYEGH_ROLE,
            aliases=("الصايغ",),
        ),
        q(
            "نسبة الإشغال في فنادق بيت لحم لم تتجاوز 10 بالمئة خلال الشهر الماضي، وأكثر من "
            "70 فندقاً أغلقت أبوابها بشكل مؤقت أو دائم",
            _AWADALLAH,
            _AWADALLAH_ROLE,
        ),
        q(
            "منذ سنتين لم يدخل المحل سائح أجنبي واحد. نفتح الصبح ونسكّر المسا، ونحنا بنستنى",
            _QANAWATI,
            _QANAWATI_ROLE,
        ),
        q(
            "ولادي الاثنين سافروا، وأنا باقي هون لأنه هاد محل أبوي وجدي",
            _QANAWATI,
            _QANAWATI_ROLE,
        ),
        # relayed by "وفا"
        q(
            "الأجهزة الأمنية ستعمل على تأمين الاحتفالات وحركة الحجاج القادمين من الداخل ومن "
            "الخارج، وتسهيل وصولهم إلى كنيسة المهد",
            _ABU_AYYASH,
            _ABU_AYYASH_ROLE,
        ),
        q(
            "رؤساء الكنائس اتفقوا على أن يكون قداس منتصف الليل مفتوحاً للجميع، مع صلوات خاصة "
            "من أجل السلام وإنهاء معاناة شعبنا",
            _CHURCH_SOURCE,
        ),
        # a clause after حذرت … من أن: a full quote
        q(
            "استمرار الإغلاق وتراجع السياحة يهددان بانهيار أكثر من 1200 منشأة تجارية في المحافظة",
            _BL_CHAMBER,
            date="2025-11-23",
        ),
        # nominal object after طالبت بـ
        q(
            "خطة إنقاذ عاجلة للقطاع السياحي",
            _BL_CHAMBER,
            date="2025-11-23",
            optional=True,
        ),
        # unmarked after قائلا:
        q(
            "نطلب من العالم أن يأتي إلى بيت لحم، لا أن يصلي لها من بعيد",
            _SAYEGH,
            _SAYEGH_ROLE,
            aliases=("الصايغ",),
        ),
    ],
    "f6_sumaria_water_reserve": [
        # headline of the form X: … "…"
        q(
            "أدنى مستوياته منذ ثمانين عاماً",
            _IQ_WATER,
            aliases=("الموارد المائية",),
            optional=True,
        ),
        # nominal object after وصل إلى
        q(
            "أدنى مستوياته منذ ثمانين عاماً",
            _IQ_WATER,
            aliases=("الموارد المائية",),
            optional=True,
        ),
        q(
            "الخزين الحالي لا يتجاوز ثمانية مليارات متر مكعب، وهو رقم خطير إذا ما قورن "
            "بالاحتياجات الفعلية للزراعة ومياه الشرب",
            _JABOURI,
            _JABOURI_ROLE,
            aliases=("الجبوري",),
        ),
        q(
            "الإطلاقات المائية من دول الجوار انخفضت بأكثر من النصف خلال الأشهر الستة الماضية",
            _JABOURI,
            _JABOURI_ROLE,
            aliases=("الجبوري",),
        ),
        q(
            "الوزارة أعدت خطة شتوية بمساحة مليون ونصف المليون دونم فقط، مع إعطاء الأولوية "
            "لمياه الشرب والبساتين",
            _JABOURI,
            _JABOURI_ROLE,
            aliases=("الجبوري",),
        ),
        q(
            "الحكومة مطالبة بفتح ملف المياه مع تركيا وإيران بشكل جدي، لا الاكتفاء بالمذكرات "
            "والوعود",
            _SAADI,
            _SAADI_ROLE,
            aliases=("الساعدي",),
        ),
        q(
            "الفلاح العراقي يدفع ثمن الفشل في إدارة هذا الملف منذ عشرين عاماً",
            _SAADI,
            _SAADI_ROLE,
            aliases=("الساعدي",),
        ),
        q(
            "هاي ثالث سنة ما نزرع. النهر ناشف والبير ماي مالح، والدولة ما تعوضنا بشي",
            _ABBAS,
            "المزارع",
        ),
        # relayed by INA, dated meeting
        q(
            "الوزارة ستصرف تعويضات للفلاحين المتضررين من الجفاف في ديالى والمثنى والديوانية "
            "قبل نهاية العام",
            _FATLAWI,
            _FATLAWI_ROLE,
            "2025-11-20",
        ),
        q(
            "التعويضات المعلنة لم تُصرف منذ عامين بسبب عدم إقرار التخصيصات في الموازنة",
            _AGRI_SOURCE,
        ),
        # a clause after حذر … من أن, month precision
        q(
            "أكثر من 100 ألف عائلة نزحت من مناطقها الريفية بسبب شح المياه خلال السنوات "
            "الثلاث الأخيرة",
            _IQ_OBSERVATORY,
            date="2025-09",
        ),
    ],
    "f6_akhbar_electricity_cables": [
        # headline fragment of the minister's words in the cable
        q(
            "صندوق لتوظيف الأزلام",
            _KHOURY,
            _KHOURY_ROLE,
            "2008-06-03",
            aliases=("الخوري", "الوزير"),
            optional=True,
        ),
        # 08BEIRUT812, relayed by the chargé d'affaires
        q(
            "مؤسسة كهرباء لبنان تحوّلت إلى صندوق لتوظيف الأزلام، وأي إصلاح فيها يعني مواجهة "
            "كل الزعماء دفعة واحدة",
            _KHOURY,
            _KHOURY_ROLE,
            "2008-06-03",
            aliases=("الخوري", "الوزير"),
        ),
        q(
            "لا أستطيع أن أرفع التعرفة في سنة انتخابات، ولا أحد في الحكومة سيغطيني",
            _KHOURY,
            _KHOURY_ROLE,
            "2008-06-03",
            aliases=("الخوري", "الوزير"),
        ),
        q(
            "الوزير صادق في تشخيصه، لكنه لا يملك الغطاء السياسي ولا الإرادة لتنفيذ أي شيء "
            "مما يقوله",
            _HARTFORD,
            _HARTFORD_ROLE,
            "2008-06-03",
            aliases=("هارتفورد",),
        ),
        # 09BEIRUT1107: the cable's subject line, month precision
        q(
            "لبنان: خطة الكهرباء رهينة الخلافات السياسية",
            _US_BEIRUT,
            date="2009-10",
            aliases=("البرقية", "السفارة"),
            optional=True,
        ),
        q(
            "رئيس الحكومة يريد خصخصة الإنتاج، لكنه يخشى أن يُتّهم ببيع الدولة لأصدقائه",
            _ADVISER,
            date="2009-10",
        ),
        q(
            "المولدات الخاصة أقوى من الدولة، وأصحابها يموّلون الحملات الانتخابية في أكثر من دائرة",
            _DAKKASH,
            "النائب",
            "2009-10",
            aliases=("دكاش",),
        ),
        # the cable's conclusion: the embassy
        q(
            "أي تمويل أميركي أو دولي لقطاع الكهرباء سيضيع ما لم يُربط بإصلاحات هيكلية قابلة للقياس",
            _US_BEIRUT,
            date="2009-10",
            aliases=("البرقية", "السفارة"),
        ),
        # reactions today: no date; unmarked after قائلاً:
        q(
            "كنت أقول الكلام نفسه في مجلس الوزراء، والفرق أن الأميركيين كتبوه ونحن لم نفعل شيئاً",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("الخوري",),
        ),
        q(
            "المشكلة لم تكن يوماً تقنية، كانت دائماً سياسية، وما زالت",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("الخوري",),
        ),
        q(
            "ما ورد في البرقيات مجتزأ ومحرّف، ويُستخدم اليوم لتصفية حسابات سياسية مع من رفعوا "
            "الصوت في وجه مافيا المولدات",
            _DAKKASH_OFFICE,
            aliases=("مكتب النائب دكاش",),
        ),
    ],
}

BATCHES = {
    "F6": [
        "f6_akhbar_beirut_generators",
        "f6_modon_cabinet_border_plan",
        "f6_syriatv_idlib_returnees",
        "f6_ammon_labour_committee",
        "f6_rai_aqaba_winter_season",
        "f6_maan_bethlehem_christmas",
        "f6_sumaria_water_reserve",
        "f6_akhbar_electricity_cables",
    ],
}

BLIND_ARTICLES_11 = {name: (_read(name), gold) for name, gold in GOLD.items()}
