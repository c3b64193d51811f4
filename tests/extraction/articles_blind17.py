"""Fresh-author held-out set F12: seven articles in pan-Arab, Levantine and
Gulf outlet styles, written as a journalist would and annotated by hand, with
the gold below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Al-Hayat (Baghdad): ``بغداد - «الحياة»`` without a date, so ``أمس`` and
  ``مساء أمس`` stay undated; a minister, ``وأضاف:``, a regional spokesman
  with ``اعتبر … أن القرار «…»`` and ``قال لـ «الحياة» إن «…»``, an MP named
  after her bloc (``«التحالف المدني»`` in marks), ``حذّر … من «…»``, a
  source relayed by a news agency (``نقلت وكالة … عن مصدر … قوله إن``), an
  economist with ``ويرى``/``ويقول``/``ويضيف:``, a presidency's statement
  with ``دعت فيه … إلى «…»``; ``«سومو»`` (a company) in marks.
- Asharq Al-Awsat, Beirut desk: ``بيروت: كارولين عاكوم`` byline dateline,
  ``لـ«الشرق الأوسط»`` glued to the mark, an anonymous source at the central
  bank, an MP chairing a committee (title before ``النائب``), ``فحذّر …
  وقال:``/``وتابع:``, a utility's statement ``في بيان الأحد`` (undated) with
  ``داعية … إلى «…»``, a plan name ``«الكهرباء 24/24»``, a factory owner
  with ``وتقول X، صاحبة …:``.
- Al-Mayadeen website, scraped (Gaza): one block, hamza mostly dropped, no
  full stops; the health ministry spokesman (``الدكتور``) whose press
  conference is dated after his first two quotes (``يوم الاحد 12 تشرين
  الاول 2025``) and who closes with an unmarked quote after ``قائلا:``; a
  placard slogan; an official of the crossings authority (undated), WHO with
  ``حذرت … من`` and ``دعت الى``, an anonymous UN official relayed by AFP, a
  displaced man (``الحاج``) with a bare ``وتابع "…"``, a nurse, Hamas's
  statement with ``مطالبة … بـ"…"``.
- Enab Baladi (Idlib): ``“…”`` marks, a statement dated ``الاثنين 3 من
  تشرين الثاني 2025``, ``وأضاف البيان``, the director named in apposition
  first (``مدير المؤسسة، X، قال``), residents with ``يقول X (45 عامًا)، وهو
  …، “…”`` and ``فقالت، “…”``, a researcher at a centre in marks,
  ``وتابع العمر، “…”``, a UN report ``الشهر الماضي`` (undated); the
  government, the bakeries' body and Telegram in marks.
- Al-Anbat, scraped (Amman, WikiLeaks cables): one block, no hamza;
  09AMMAN1184 dated ``18 ايار 2009`` quoting an anonymous minister and the
  embassy's own comment (``بان الحكومة "…"``), the cable's subject line;
  10AMMAN077 of ``كانون الثاني 2010`` without a day quoting an anonymous
  businessman, a bare ``وتابع "…"``; reactions today (undated) by a former
  MP, a former government spokesman, and an analyst (``د.``) closing with an
  unmarked quote after ``قائلا:``.
- Al-Qabas (Kuwait): ``كتب محمد السندان:`` byline, ``أمس`` without a dated
  dateline; a minister with ``م.`` as honorific, an MP with ``د.``,
  ``لـ القبس``, anonymous sources with a nominal object (``تعاني «…»``), an
  MP's unmarked quote after ``قائلة:``, a law name in marks, an audit
  bureau report with ``رصد فيه «…»`` and ``أوصى التقرير بـ«…»``, a citizen
  with ``وأضاف بحسرة:``.
- Al-Bilad (Bahrain): ``المنامة - البلاد``; a programme and an app in
  marks, an undersecretary's press conference dated ``يوم الأربعاء 26 نوفمبر
  2025`` with ``وأضافت:`` and ``وأوضحت … مؤكدة أن "…"``, doctors with
  ``د.``, ``لـ "البلاد"``, an association's statement (``معتبرة إياه "…"``,
  ``دعت … إلى "…"``), an MP chairing a committee, the ministry's annual
  report, a citizen with ``ويقول … ويضيف:``.

Conventions as in articles_blind2-9: a relative date (``أمس``, ``الأحد``,
``الشهر الماضي``) gets no date without a dated dateline; a date given for an
event (a press conference, a statement) dates its quotes and the follow-ups
of the same account (``وختم البرش قائلا:``), even when the date comes after
the quotes; a cable's quotes, and the follow-ups of the same account, take
the cable's date (month precision when the article gives no day); reactions
to the leaks get no date; a predicate in marks after ``أن X`` belongs to the
outer speaker (``اعتبر … أن القرار «…»``, ``قال ان البرقيات تظهر "…"``);
nominal objects after ``إلى``/``بـ``/``من`` (``حذّر … من «…»``, ``دعت …
إلى "…"``, ``مطالبة … بـ"…"``, ``أوصى التقرير بـ«…»``), other bare nominal
objects (``تعاني «…»``, ``رصد فيه «…»``), short fragments of a statement,
a placard slogan and a cable's subject line are optional; an unmarked quote
after ``قائلا:``/``قائلة:`` is scored without its final full stop; names of
parties, blocs, governments, companies, laws, plans, programmes, apps,
centres and outlets in marks are not quotations; anonymous speakers are
given as the article describes them; a role is the title chunk or the
apposition, whichever is fuller, without honorifics (``الدكتور``, ``د.``,
``م.``, ``الحاج``), which are not part of the name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Hayat -------------------------------------------------------------------
_RUBAIE = "سلام كاظم الربيعي"
_RUBAIE_ROLE = "وزير المالية"
_BABAN = "هوشيار عزيز بابان"
_BABAN_ROLE = "الناطق باسم حكومة الإقليم"
_JUBOURI = "نسرين فاضل الجبوري"
_JUBOURI_ROLE = "النائب عن الكتلة"
_SAADI = "عدنان مهدي الساعدي"
_SAADI_ROLE = "رئيس اللجنة المالية النيابية"
_OIL_SOURCE = "مصدر في وزارة النفط"
_AZZAWI = "باسل حميد العزاوي"
_AZZAWI_ROLE = "الخبير الاقتصادي"
_KRG_PRESIDENCY = "رئاسة الإقليم"
# --- Asharq Al-Awsat ------------------------------------------------------------
_NASSAR = "جورج إلياس نصّار"
_NASSAR_ROLE = "وزير الطاقة والمياه"
_BDL_SOURCE = "مصدر في مصرف لبنان"
_HAMADEH = "سمير فؤاد حمادة"
_HAMADEH_ROLE = "رئيس لجنة الأشغال العامة والطاقة"
_SAADEH = "عبدو سعادة"
_SAADEH_ROLE = "رئيس تجمع أصحاب المولدات الخاصة"
_EDL = "مؤسسة كهرباء لبنان"
_AYOUB = "مارك أيوب"
_AYOUB_ROLE = "الخبير في شؤون الطاقة"
_KHOURY = "ريما خوري"
_KHOURY_ROLE = "صاحبة مصنع للألبان في البقاع"
# --- Al-Mayadeen ----------------------------------------------------------------
_BURSH = "منير عادل البرش"
_BURSH_ROLE = "المتحدث باسم وزارة الصحة في غزة"
_GAZA_DATE = "2025-10-12"
_STAFF = "عدد من الاطباء والممرضين"
_ABU_AMRA = "ياسر حسن ابو عمرة"
_ABU_AMRA_ROLE = "مدير عام الهيئة العامة للمعابر والحدود"
_WHO = "منظمة الصحة العالمية"
_UN_OFFICIAL = "مسؤول في الامم المتحدة"
_NAJJAR = "ابو سليم النجار"
_NAJJAR_ROLE = "نازح من بيت حانون"
_AGHA = "سماح عبد الكريم الاغا"
_AGHA_ROLE = "الممرضة"
_HAMAS = "حركة المقاومة الاسلامية حماس"
# --- Enab Baladi ----------------------------------------------------------------
_BAKERIES = "المؤسسة العامة للمخابز"
_IDLIB_DATE = "2025-11-03"
_HAMOUD = "عبد الرزاق خالد الحمود"
_HAMOUD_ROLE = "مدير المؤسسة"
_AHMAD = "محمد الأحمد"
_AHMAD_ROLE = "عامل مياومة من مدينة سرمدا"
_UMM_KHALED = "أم خالد"
_UMM_KHALED_ROLE = "نازحة من ريف حماة"
_OMAR = "مازن علي العمر"
_OMAR_ROLE = "الباحث الاقتصادي في مركز جسور للدراسات"
_UN = "الأمم المتحدة"
# --- Al-Anbat cables ------------------------------------------------------------
_JO_MINISTER = "وزير اردني بارز"
_US_AMMAN = "السفارة الامريكية في عمان"
_BAKER = "روبرت ستيفن بيكر"
_CABLE1_DATE = "2009-05-18"
_BUSINESSMAN = "رجل اعمال اردني مقرب من الديوان الملكي"
_CABLE2_DATE = "2010-01"
_ABADI = "خليل سالم العبادي"
_ABADI_ROLE = "النائب السابق في مجلس النواب الاردني"
_SHARIF = "نبيل عودة الشريف"
_SHARIF_ROLE = "الناطق الرسمي باسم الحكومة الاسبق"
_KHATIB = "رامي يوسف الخطيب"
_KHATIB_ROLE = "المحلل السياسي"
# --- Al-Qabas -------------------------------------------------------------------
_MUTAIRI = "فيصل عبدالله المطيري"
_MUTAIRI_ROLE = "وزير الدولة لشؤون الإسكان"
_AZMI = "حمد سعود العازمي"
_AZMI_ROLE = "رئيس لجنة الإسكان"
_KW_SOURCES = "مصادر مطلعة"
_RASHIDI = "هند ناصر الرشيدي"
_RASHIDI_ROLE = "النائبة"
_HAJRI = "مبارك راشد الهاجري"
_HAJRI_ROLE = "النائب"
_AUDIT = "ديوان المحاسبة"
_SHAMMARI = "عبدالعزيز فهد الشمري"
_SHAMMARI_ROLE = "من أصحاب الطلبات القديمة"
# --- Al-Bilad -------------------------------------------------------------------
_HAMMADI = "مريم أحمد الحمادي"
_HAMMADI_ROLE = "وكيل وزارة الصحة"
_BH_DATE = "2025-11-26"
_MAHROOS = "علي حسن المحروس"
_MAHROOS_ROLE = "رئيس قسم الرعاية الأولية بمركز النعيم الصحي"
_DIABETES = "جمعية السكري البحرينية"
_THAWADI = "يوسف جاسم الذوادي"
_THAWADI_ROLE = "رئيس لجنة الخدمات"
_KOOHEJI = "فاطمة عيسى الكوهجي"
_KOOHEJI_ROLE = "استشارية الغدد الصماء في مجمع السلمانية الطبي"
_BH_HEALTH = "وزارة الصحة"
_BUHIJJI = "خالد إبراهيم بوحجي"
_BUHIJJI_ROLE = "المواطن"

GOLD = {
    # --- F12: fresh-author held-out set, seven outlets ---------------------------
    "f12_hayat_iraq_budget": [
        q(
            "لا يمكن أن نستمر في دفع الرواتب من خزينة الدولة بينما تذهب إيرادات النفط المصدّر "
            "من الإقليم إلى جهات لا نعرفها",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
        q(
            "الدستور واضح، والثروة النفطية ملك لكل العراقيين",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
        q("عقاب جماعي للموظفين", _BABAN, _BABAN_ROLE, aliases=("بابان",)),
        q(
            "أربيل سلّمت كل البيانات المطلوبة، وبغداد تبحث عن ذريعة سياسية قبل الانتخابات",
            _BABAN,
            _BABAN_ROLE,
            aliases=("بابان",),
        ),
        q(
            "المواطن في السليمانية ودهوك لا علاقة له بخلافات السياسيين، ومن غير المقبول أن "
            "يدفع ثمنها من قوت أطفاله",
            _JUBOURI,
            _JUBOURI_ROLE,
            aliases=("الجبوري",),
        ),
        # nominal object after من
        q("انهيار التفاهمات", _SAADI, _SAADI_ROLE, aliases=("الساعدي",), optional=True),
        q(
            "لم تتسلم حتى الآن مسودة الموازنة",
            _SAADI,
            _SAADI_ROLE,
            aliases=("الساعدي",),
        ),
        # relayed by the Iraqi news agency from an anonymous source
        q(
            "صادرات الإقليم عبر ميناء جيهان التركي لا تزال متوقفة منذ ستة أشهر، والخسائر "
            "تتجاوز سبعة بلايين دولار",
            _OIL_SOURCE,
        ),
        q("أعمق من الرواتب", _AZZAWI, _AZZAWI_ROLE, aliases=("العزاوي",)),
        q(
            "ما يجري هو صراع على من يملك قرار النفط، وما دام هذا الملف بلا قانون اتحادي فسنعود "
            "إلى المربع الأول كل عام",
            _AZZAWI,
            _AZZAWI_ROLE,
            aliases=("العزاوي",),
        ),
        q(
            "الحل ليس في تعليق الرواتب بل في إقرار قانون النفط والغاز المعطّل منذ 2007",
            _AZZAWI,
            _AZZAWI_ROLE,
            aliases=("العزاوي",),
        ),
        # nominal object after إلى
        q(
            "التراجع فوراً عن قرار يستهدف لقمة عيش المواطنين",
            _KRG_PRESIDENCY,
            optional=True,
        ),
        q("الحوار هو الطريق الوحيد", _KRG_PRESIDENCY),
    ],
    "f12_awsat_beirut_electricity": [
        q(
            "الوزارة أنجزت كل الإجراءات المطلوبة منها، والاعتمادات موجودة على الورق، لكن "
            "المصرف المركزي يرفض فتحها بالدولار",
            _NASSAR,
            _NASSAR_ROLE,
        ),
        q(
            "لسنا نحن من يقرر متى تصل البواخر، ولن نتحمل مسؤولية قرار ليس في يدنا",
            _NASSAR,
            _NASSAR_ROLE,
        ),
        q(
            "المصرف لن يموّل أي شحنة من دون خطة واضحة لتحصيل الفواتير",
            _BDL_SOURCE,
        ),
        q("نسبة الجباية في بعض المناطق لا تتعدى 40 في المائة", _BDL_SOURCE),
        q(
            "منذ عشرين عاماً ونحن نسمع الوعود نفسها، والنتيجة أن اللبناني يدفع فاتورتين، "
            "واحدة للدولة وأخرى لصاحب المولد",
            _HAMADEH,
            _HAMADEH_ROLE,
        ),
        q(
            "سعر المازوت ارتفع ثلاث مرات هذا الشهر، ولا يمكننا أن نعمل بخسارة",
            _SAADEH,
            _SAADEH_ROLE,
        ),
        q(
            "إذا لم تضع وزارة الاقتصاد تسعيرة عادلة، فسنضطر إلى تقنين إضافي",
            _SAADEH,
            _SAADEH_ROLE,
        ),
        # a statement "الأحد" without a dated dateline: no date
        q("ستلجأ إلى فصل المعامل تدريجياً حفاظاً على سلامة الشبكة", _EDL),
        q("ترشيد الاستهلاك قدر الإمكان", _EDL, optional=True),
        q(
            "المشكلة ليست تقنية بل سياسية بامتياز، فكل طرف يريد حصته من المعامل والتلزيمات",
            _AYOUB,
            _AYOUB_ROLE,
            aliases=("أيوب",),
        ),
        q(
            "الحل يبدأ بتعيين الهيئة الناظمة المنصوص عليها في القانون 462",
            _AYOUB,
            _AYOUB_ROLE,
            aliases=("أيوب",),
        ),
        q(
            "خسرنا بضاعة بآلاف الدولارات في أسبوع واحد، ولا أحد يعوّض علينا",
            _KHOURY,
            _KHOURY_ROLE,
        ),
    ],
    "f12_mayadeen_gaza_crossing": [
        # the press conference is dated after the first two quotes
        q(
            "المستشفيات في القطاع تعمل بأقل من ربع طاقتها بسبب منع ادخال الوقود",
            _BURSH,
            _BURSH_ROLE,
            _GAZA_DATE,
            aliases=("البرش",),
        ),
        q(
            "عشرات المرضى في العناية المركزة مهددون بالموت في اي لحظة",
            _BURSH,
            _BURSH_ROLE,
            _GAZA_DATE,
            aliases=("البرش",),
        ),
        # a placard slogan
        q("انقذوا مرضانا", _STAFF, None, _GAZA_DATE, optional=True),
        q(
            "معبر رفح لم يشهد دخول اي شاحنة وقود منذ اسبوعين",
            _ABU_AMRA,
            _ABU_AMRA_ROLE,
            aliases=("ابو عمرة",),
        ),
        q(
            "ما يدخل من مساعدات لا يغطي عشرة بالمئة من الاحتياجات اليومية",
            _ABU_AMRA,
            _ABU_AMRA_ROLE,
            aliases=("ابو عمرة",),
        ),
        q("كارثة صحية وشيكة", _WHO, optional=True),
        q("فتح المعابر فورا ودون شروط", _WHO, optional=True),
        # relayed by AFP from an anonymous UN official
        q(
            "القيود المفروضة على دخول الوقود غير مبررة بأي معيار انساني",
            _UN_OFFICIAL,
        ),
        q(
            "نعيش على وجبة واحدة في اليوم، والاطفال يمرضون ولا نجد لهم دواء",
            _NAJJAR,
            _NAJJAR_ROLE,
            aliases=("النجار",),
        ),
        q("لم يعد لدينا ما نخسره", _NAJJAR, _NAJJAR_ROLE, aliases=("النجار",)),
        q(
            "نجري العمليات على ضوء الهواتف المحمولة، وهذا ليس طبا بل معجزة يومية",
            _AGHA,
            _AGHA_ROLE,
        ),
        q(
            "استمرار اغلاق المعابر جريمة حرب موصوفة",
            _HAMAS,
            aliases=("حماس", "حركة المقاومة الاسلامية"),
        ),
        # nominal object after بـ
        q(
            "التحرك العاجل لالزام الاحتلال بما تم الاتفاق عليه",
            _HAMAS,
            aliases=("حماس", "حركة المقاومة الاسلامية"),
            optional=True,
        ),
        # unmarked quote after قائلا:, closing the same press conference
        q(
            "المجتمع الدولي يتحمل المسؤولية الكاملة عن كل روح تزهق بسبب هذا الحصار",
            _BURSH,
            _BURSH_ROLE,
            _GAZA_DATE,
            aliases=("البرش",),
        ),
    ],
    "f12_enabbaladi_idlib_bread": [
        q(
            "نتيجة ارتفاع أسعار الطحين والمحروقات عالميًا وتراجع الدعم المقدم من المنظمات",
            _BAKERIES,
            None,
            _IDLIB_DATE,
        ),
        # a short fragment of the statement
        q("كما هو دون أي تخفيض", _BAKERIES, None, _IDLIB_DATE, optional=True),
        q(
            "المؤسسة تتحمل خسائر يومية كبيرة، وكان لا بد من تعديل السعر لضمان استمرار عمل الأفران",
            _HAMOUD,
            _HAMOUD_ROLE,
            aliases=("الحمود",),
        ),
        q(
            "تدرس تقديم ربطات مدعومة للعائلات الأكثر فقرًا في المخيمات",
            _HAMOUD,
            _HAMOUD_ROLE,
            aliases=("الحمود",),
        ),
        q(
            "أعمل طوال اليوم مقابل 100 ليرة تركية، نصفها يذهب للخبز وحده",
            _AHMAD,
            _AHMAD_ROLE,
        ),
        q(
            "عندي سبعة أولاد، وكل يوم أحتاج ثلاث ربطات. من أين أجيب الفرق؟",
            _UMM_KHALED,
            _UMM_KHALED_ROLE,
        ),
        q(
            "تراجع التمويل الإنساني هو السبب الأساسي للأزمة، وليس أسعار الطحين وحدها",
            _OMAR,
            _OMAR_ROLE,
            aliases=("العمر",),
        ),
        q(
            "الحكومات المحلية في الشمال لا تملك موارد حقيقية، وتعتمد على المعابر والرسوم، وأي "
            "قرار اقتصادي يدفع ثمنه المواطن مباشرة",
            _OMAR,
            _OMAR_ROLE,
            aliases=("العمر",),
        ),
        # a UN report "الشهر الماضي": no date
        q(
            "أكثر من 3.6 مليون شخص في شمال غربي سوريا يعانون من انعدام الأمن الغذائي",
            _UN,
            aliases=("مكتب تنسيق الشؤون الإنسانية", "أوتشا"),
        ),
    ],
    "f12_anbat_amman_cables": [
        q(
            "الخزينة لن تصمد حتى نهاية العام اذا لم تصل المنحة السعودية",
            _JO_MINISTER,
            None,
            _CABLE1_DATE,
            aliases=("وزيرا اردنيا بارزا",),
        ),
        q(
            "الشارع لن يتحمل رفعا جديدا لاسعار المحروقات",
            _JO_MINISTER,
            None,
            _CABLE1_DATE,
            aliases=("وزيرا اردنيا بارزا",),
        ),
        # the embassy's own comment in the cable
        q(
            "تبالغ عمدا في تصوير الازمة لانتزاع مساعدات اضافية من واشنطن",
            _US_AMMAN,
            None,
            _CABLE1_DATE,
            aliases=("السفارة", _BAKER),
        ),
        # the cable's subject line
        q(
            "الاردن: ضغوط مالية وقلق من الشارع",
            _US_AMMAN,
            None,
            _CABLE1_DATE,
            aliases=("السفارة", _BAKER),
            optional=True,
        ),
        q(
            "الفساد في العطاءات الحكومية بات حديث المجالس في عمان",
            _BUSINESSMAN,
            None,
            _CABLE2_DATE,
            aliases=("رجل الاعمال",),
        ),
        q(
            "الناس يعرفون الاسماء لكن لا احد يجرؤ على الكلام",
            _BUSINESSMAN,
            None,
            _CABLE2_DATE,
            aliases=("رجل الاعمال",),
        ),
        q(
            "ما كشفته الوثائق لم يكن سرا على احد، فالازمة المالية كانت معروفة للجميع",
            _ABADI,
            _ABADI_ROLE,
            aliases=("العبادي",),
        ),
        q(
            "تعاملت مع المساعدات الخارجية كحل دائم بدل اصلاح الاقتصاد",
            _ABADI,
            _ABADI_ROLE,
            aliases=("العبادي",),
        ),
        q(
            "الوثائق المسربة لا تعبر عن موقف الدولة الرسمي ولا يعتد بها",
            _SHARIF,
            _SHARIF_ROLE,
        ),
        q(
            "حجم الاعتماد الاردني على الخارج في تلك المرحلة",
            _KHATIB,
            _KHATIB_ROLE,
        ),
        # unmarked quote after قائلا:
        q(
            "الدرس الاهم ان الاستقرار لا يشترى بالمنح بل يبنى بالاصلاح والثقة بين الدولة والمواطن",
            _KHATIB,
            _KHATIB_ROLE,
        ),
    ],
    "f12_qabas_kuwait_housing": [
        q(
            "البنية التحتية في المشروع أنجزت بنسبة تفوق 85 في المئة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "لن نوزع أي قسيمة قبل اكتمال الخدمات الأساسية، فلا نريد تكرار تجربة المدن التي "
            "سُلّمت بلا مدارس ولا مراكز صحية",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "الطلبات الإسكانية تجاوزت 95 ألف طلب، وهذا رقم لا يمكن التعامل معه بالحلول التقليدية",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "الوعود كثيرة والتنفيذ قليل، والمواطن ينتظر بيت العمر أكثر من 15 عاماً",
            _AZMI,
            _AZMI_ROLE,
            aliases=("العازمي",),
        ),
        q(
            "سنطلب من الحكومة جدولاً زمنياً ملزماً لكل مشروع، ومن يتأخر يتحمّل المسؤولية السياسية",
            _AZMI,
            _AZMI_ROLE,
            aliases=("العازمي",),
        ),
        # nominal object of تعاني
        q("نقصاً حاداً في الكوادر الهندسية", _KW_SOURCES, optional=True),
        q(
            "عشرات الوظائف الفنية لا تزال شاغرة منذ أكثر من سنة",
            _KW_SOURCES,
        ),
        # unmarked quote after قائلة:, without its final full stop
        q(
            "المواطن لا يجب أن ينتظر الدولة وحدها، ويجب أن تُفتح أمامه أبواب التمويل بشروط ميسّرة",
            _RASHIDI,
            _RASHIDI_ROLE,
            aliases=("الرشيدي",),
        ),
        q(
            "الدولة لم تعد قادرة على تحمل الكلفة وحدها",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
        q(
            "القطاع الخاص شريك أساسي، والتجارب الخليجية أثبتت نجاحها",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
        # nominal objects of رصد فيه and after بـ
        q("مخالفات مالية في عقود الاستشارات الهندسية", _AUDIT, optional=True),
        q("مراجعة آليات الترسية وتعزيز الرقابة المسبقة", _AUDIT, optional=True),
        q(
            "تزوجت في 2009 وما زلت أدفع الإيجار، وأولادي كبروا في شقة ضيقة",
            _SHAMMARI,
            _SHAMMARI_ROLE,
            aliases=("الشمري",),
        ),
        q(
            "كل حكومة تأتي تعدنا، ثم ترحل والوضع على حاله",
            _SHAMMARI,
            _SHAMMARI_ROLE,
            aliases=("الشمري",),
        ),
    ],
    "f12_bilad_bahrain_health": [
        q(
            "المرحلة الأولى أثبتت أن الكشف المبكر يقلل تكاليف العلاج بنسبة كبيرة ويحسّن فرص الشفاء",
            _HAMMADI,
            _HAMMADI_ROLE,
            _BH_DATE,
            aliases=("الحمادي",),
        ),
        q(
            "نستهدف هذه المرة الفئات العمرية بين 35 و60 عاماً، وسيكون الفحص مجانياً في جميع "
            "المراكز الصحية",
            _HAMMADI,
            _HAMMADI_ROLE,
            _BH_DATE,
            aliases=("الحمادي",),
        ),
        q(
            "الخصوصية محفوظة بالكامل، ولن تُشارك البيانات مع أي جهة خارج المنظومة الصحية",
            _HAMMADI,
            _HAMMADI_ROLE,
            _BH_DATE,
            aliases=("الحمادي",),
        ),
        q(
            "نسبة مرضى السكري غير المشخصين ما تزال مرتفعة، وكثيرون يكتشفون المرض بعد ظهور "
            "المضاعفات",
            _MAHROOS,
            _MAHROOS_ROLE,
        ),
        q(
            "الرسالة التي نريد إيصالها بسيطة: الفحص لا يستغرق أكثر من عشرين دقيقة",
            _MAHROOS,
            _MAHROOS_ROLE,
        ),
        q("خطوة متقدمة تعكس اهتمام الدولة بصحة المواطن", _DIABETES),
        q("توسيع نطاق الفحص ليشمل طلبة المدارس", _DIABETES, optional=True),
        q(
            "نحن ندعم أي مبادرة وقائية، لكننا نريد أرقاماً واضحة عن نتائج المرحلة الأولى قبل "
            "اعتماد الميزانية الإضافية",
            _THAWADI,
            _THAWADI_ROLE,
        ),
        q("هو خط الدفاع الأول", _KOOHEJI, _KOOHEJI_ROLE, aliases=("الكوهجي",)),
        q(
            "كل حالة نكتشفها مبكراً توفر على المريض سنوات من المعاناة وعلى الدولة آلاف الدنانير",
            _KOOHEJI,
            _KOOHEJI_ROLE,
            aliases=("الكوهجي",),
        ),
        q(
            "الأمراض غير السارية مسؤولة عن نحو 70 في المئة من الوفيات في المملكة",
            _BH_HEALTH,
            aliases=("الوزارة",),
        ),
        q(
            "لولا البرنامج لما عرفت، والآن أتابع العلاج بانتظام",
            _BUHIJJI,
            _BUHIJJI_ROLE,
        ),
    ],
}

BATCHES = {
    "F12": [
        "f12_hayat_iraq_budget",
        "f12_awsat_beirut_electricity",
        "f12_mayadeen_gaza_crossing",
        "f12_enabbaladi_idlib_bread",
        "f12_anbat_amman_cables",
        "f12_qabas_kuwait_housing",
        "f12_bilad_bahrain_health",
    ],
}

BLIND_ARTICLES_17 = {name: (_read(name), gold) for name, gold in GOLD.items()}
