"""Fresh-author held-out set F19: seven articles in the styles of pan-Arab
outlets (Al-Arabiya.net, BBC Arabic, Anadolu, Rai Al-Youm, DW Arabic,
Arabi21, Asharq Al-Awsat; two on WikiLeaks cables, two as scraped web text
without hamzas or paragraph breaks), written as a journalist would and
annotated by hand, with the gold below committed before the engine was run on
any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Arabiya.net (Sudan, Jeddah talks): ``دبي - العربية.نت`` without a date
  and ``الثلاثاء الماضي``, ``«…»`` marks, an anonymous diplomatic source with
  a two-word fragment in the lead then ``وقال المصدر …:`` and ``وأضاف أن
  «…»``, an officer named after his rank with the spokesman apposition, a
  quote-first ``«…»، يقول الطاهر`` relayed by a news agency, an adviser of
  the RSF posting on ``"إكس"`` (platform in marks) and ``وتابع كوكو:``, a
  ministry statement, OCHA (``أوتشا``) with ``من أن «…»`` and ``داعيا إلى
  «…»``, a displaced woman (``وهي نازحة …``) and ``وتضيف … أن «…»``.
- BBC Arabic (Iraq cables): 09BAGHDAD2871 dated ``22 تشرين الأول/أكتوبر
  2009`` (dual month names), an unnamed MP relayed by the ambassador
  (``نقل … عن … قوله إن``) and ``وأضاف البرلماني، بحسب البرقية:``, the
  ambassador's own comment, a cable of ``شباط/فبراير 2010`` with a quote
  inside a quote in single marks, subheadings in marks, ``ويضيف … أن طهران
  "…"، وأن الأجهزة … "…"``, the embassy as speaker (``وخلصت السفارة …``),
  an MP of a coalition named in marks (not a quotation), a researcher with
  ``فترى أن البرقيات "…"`` and ``وتقول:``, a fragment ``وصفوه بـ"…"``.
- Anadolu as scraped text (Libya, municipal elections): dateline
  ``طرابلس/ الاناضول 12.08.2025`` and ``اليوم الثلاثاء`` (so the commission
  head's quotes are dated), ة written ه and ى written ي throughout, the
  UN mission's statement with ``دعت … الي "…"``, relayed speech ``نقلت قناه
  "ليبيا الاحرار" عن …`` (outlet in marks), a winning candidate with the
  apposition after the name, an unmarked quote after ``واردف قائلا:``.
- Rai Al-Youm as scraped text (Algeria cables): a headline one-word
  fragment, 08ALGIERS812 of ``14 جويلية 2008``, an ambassador's description
  of his source in marks (fragment), a retired general relayed by the cable
  and ``واضاف الجنرال``, 09ALGIERS745 of ``اوت 2009`` (month precision) and a
  cable subject line, a cable from Paris of ``فيفري 2010`` relaying a French
  diplomat, a political scientist (no date) with ``وقال:`` then an unmarked
  quote after ``مضيفا:``; ى written ي, hamzas dropped.
- DW Arabic (Germany, Syrian refugees): DW's ``اليوم الأربعاء (12
  آذار/مارس 2025)`` dating the minister's quotes, a programme name in marks
  followed by a two-word predicate, ``مضيفا: "…"`` (marked), an NGO whose
  name is in marks, a federal spokesman relayed by a newspaper, an MP
  quoted ``في كانون الثاني/يناير الماضي`` (resolved to 2025-01 from the
  dated lead), a subheading in marks, a doctor with ``يقول لـDW عربية:``
  and ``ويتابع الحلبي، الذي …:``, a student known by first name only.
- Arabi21 (Egypt, fuel prices): ``لندن- عربي21`` without a date, a pricing
  committee's statement of ``الجمعة 17 أكتوبر 2025`` and ``وأضاف البيان
  أن …``, a government spokesman relayed by ``"الشروق"`` with ``مؤكدا أن …
  "…"``, a programme and a hashtag in marks (not quotations), the IMF's
  report of ``يوليو 2025``, an economist with ``رأى … أن "…"`` and an
  unmarked quote after ``وتابع الشاذلي قائلا:``, a driver in Egyptian
  dialect quoted before his name, a former MP on ``"فيسبوك"``; the
  headline's unmarked ``خبراء: …`` is optional.
- Asharq Al-Awsat (Morocco, water): ``الرباط: «الشرق الأوسط»`` without a
  date and ``يوم الاثنين``, a minister before parliament, the interior
  ministry's ``بلاغ`` (``جاء في بلاغ … أنه «…»``, a Moroccan month inside
  the quote) and ``وأوضح البلاغ أن …``, a council report of ``نونبر 2024``
  (Moroccan month name) with ``داعيا إلى «…»``, a farmer, an expert quoted
  before her name with a long apposition, a two-word fragment, an anonymous
  source in a public utility, a project name in marks (not a quotation).

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``,
``يوم الاثنين``) gets no date without a dated dateline; with one
(Anadolu's ``12.08.2025``, DW's bracketed date) the statement made that day
is dated; a cable's quotes, and the follow-ups of the same account, take the
cable's date (month precision when the article gives no day); a statement
or report dated in the text takes that date; reactions and interviews get
no date; a predicate in marks after ``أن X`` belongs to the outer speaker;
nominal objects after ``إلى``/``بـ``, one- and two-word fragments,
headlines, subheadings and a cable's subject line are optional; an unmarked
quote after ``قائلا:``/``مضيفا:`` is scored without its final full stop; a
quote inside a quote belongs to the outer quote; names of parties,
programmes, platforms, outlets, hashtags and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics; an anonymous source is named by its
description; scraped articles are annotated in their own spelling."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Arabiya.net
_SD_SOURCE = "مصدر دبلوماسي"
_TAHER = "نبيل عبد الرحيم الطاهر"
_TAHER_ROLE = "المتحدث باسم وفد القوات المسلحة"
_KOKO = "آدم إبراهيم كوكو"
_KOKO_ROLE = "مستشار قائد قوات الدعم السريع"
_KSA_MFA = "وزارة الخارجية السعودية"
_OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
_HAWA = "حواء عبد الله"
_HAWA_ROLE = "نازحة من حي الكلاكلة جنوب الخرطوم"
# BBC Arabic
_IRAQI_POLITICIANS = "سياسيين عراقيين بارزين"
_IRAQI_MP = "عضو بارز في البرلمان العراقي"
_COLVILLE = "ريتشارد كولفيل"
_COLVILLE_ROLE = "السفير الأمريكي في بغداد"
_MOUSAWI = "سعد جبار الموسوي"
_MOUSAWI_ROLE = "وزير عراقي سابق"
_US_BAGHDAD = "السفارة الأمريكية في بغداد"
_RUBAIE = "حيدر كاظم الربيعي"
_RUBAIE_ROLE = 'النائب عن ائتلاف "دولة القانون"'
_SAMARRAI = "منى السامرائي"
_SAMARRAI_ROLE = "الباحثة في الشؤون العراقية"
# Anadolu (scraped spelling)
_WARFALLI = "خالد مفتاح الورفلي"
_WARFALLI_ROLE = "رئيس المفوضيه"
_UNSMIL = "بعثه الامم المتحده للدعم في ليبيا"
_HADDAD = "مصطفي سالم الحداد"
_HADDAD_ROLE = "عميد بلديه الزاويه المنتهيه ولايته"
_SHARIF = "عبد الحكيم الشريف"
_SHARIF_ROLE = "المرشح الفائز برئاسه المجلس البلدي في غريان"
# Rai Al-Youm (scraped spelling)
_DZ_OFFICIALS = "مسؤولون جزائريون"
_MCALLISTER = "جون ماكالستر"
_MCALLISTER_ROLE = "السفير الامريكي في الجزائر"
_GENERAL = "جنرال متقاعد"
_BENAMARA = "رشيد بن عمارة"
_BENAMARA_ROLE = "وزير سابق للطاقة"
_US_ALGIERS = "السفارة الامريكية"
_FR_DIPLOMAT = "دبلوماسي فرنسي رفيع"
_BELKACEMI = "نور الدين بلقاسمي"
_BELKACEMI_ROLE = "استاذ العلوم السياسية بجامعة الجزائر 3"
# DW Arabic
_BRINKMANN = "توماس برينكمان"
_BRINKMANN_ROLE = "وزير داخلية ولاية ساكسونيا السفلى الألمانية"
_PRO_ASYL = 'منظمة "برو أزول"'
_BMI_SPOKESMAN = "متحدث باسم وزارة الداخلية الاتحادية"
_VOGT = "أنيته فوغت"
_VOGT_ROLE = "النائبة في البوندستاغ عن الحزب المسيحي الديمقراطي"
_HALABI = "سامر الحلبي"
_HALABI_ROLE = "الطبيب السوري"
_RAHAF = "رهف"
_RAHAF_ROLE = "الطالبة في جامعة هانوفر"
# Arabi21
_EXPERTS = "خبراء"
_PRICING = "لجنة تسعير المنتجات البترولية"
_ABDELMONEIM = "هاني عبد المنعم"
_ABDELMONEIM_ROLE = "المتحدث باسم مجلس الوزراء"
_IMF = "صندوق النقد الدولي"
_SHAZLY = "محمود الشاذلي"
_SHAZLY_ROLE = "الخبير الاقتصادي"
_ABDELFATTAH = "محمد عبد الفتاح"
_ABDELFATTAH_ROLE = "سائق على خط الجيزة - رمسيس"
_RADWAN = "أحمد رضوان"
_RADWAN_ROLE = "النائب السابق"
# Asharq Al-Awsat
_ZAMOURI = "عبد اللطيف الزموري"
_ZAMOURI_ROLE = "وزير التجهيز والماء"
_MA_INTERIOR = "وزارة الداخلية"
_CESE = "المجلس الاقتصادي والاجتماعي والبيئي"
_AITALI = "الحسين أيت علي"
_AITALI_ROLE = "الفلاح"
_BENKIRANE = "سعاد بنكيران"
_BENKIRANE_ROLE = "الخبيرة في السياسات المائية والأستاذة بالمعهد الزراعي والبيطري الحسن الثاني"
_ONEE_SOURCE = "مصدر في المكتب الوطني للكهرباء والماء الصالح للشرب"

GOLD = {
    # --- F19: fresh-author held-out set, seven pan-Arab outlets ------------------
    "f19_alarabiya_sudan_jeddah": [
        q("تراوح مكانها", _SD_SOURCE, aliases=("المصدر",), optional=True),
        q(
            "الوسطاء قدموا ورقة من ثلاث مراحل، والطرفان قبلا المرحلة الأولى فقط، وهي "
            "المتعلقة بالممرات الإنسانية",
            _SD_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "الحديث عن اتفاق شامل قبل نهاية الشهر سابق لأوانه",
            _SD_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "لن يوقع على أي ورقة لا تتضمن خروج الدعم السريع من منازل المواطنين والأعيان المدنية",
            _TAHER,
            _TAHER_ROLE,
            aliases=("الطاهر",),
        ),
        q(
            "التزامنا بمنبر جدة ثابت، لكننا لن نكافئ من احتل البيوت ونهبها",
            _TAHER,
            _TAHER_ROLE,
            aliases=("الطاهر",),
        ),
        q(
            "وفد الجيش يأتي إلى جدة بشروط مسبقة ثم يتهم الآخرين بالتعطيل",
            _KOKO,
            _KOKO_ROLE,
            aliases=("كوكو",),
        ),
        q(
            "نحن مستعدون لوقف فوري لإطلاق النار على كل المحاور، والكرة الآن في ملعبهم",
            _KOKO,
            _KOKO_ROLE,
            aliases=("كوكو",),
        ),
        q(
            "تواصل جهودها مع الشركاء لتقريب وجهات النظر بما يحفظ وحدة السودان وسيادته ومؤسساته",
            _KSA_MFA,
        ),
        q(
            "نحو 25 مليون سوداني باتوا في حاجة ماسة إلى مساعدات عاجلة",
            _OCHA,
            aliases=("أوتشا",),
        ),
        q("فتح المعابر دون قيد أو شرط", _OCHA, aliases=("أوتشا",), optional=True),
        q(
            "سمعنا عن جدة ألف مرة. نريد فقط أن نعود إلى بيوتنا قبل أن يأتي الخريف",
            _HAWA,
            _HAWA_ROLE,
        ),
        q(
            "الأطفال يأكلون وجبة واحدة في اليوم، وأحيانا لا شيء",
            _HAWA,
            _HAWA_ROLE,
        ),
    ],
    "f19_bbc_iraq_cables": [
        q(
            "اليد الطويلة",
            _IRAQI_POLITICIANS,
            aliases=("سياسيون عراقيون بارزون",),
            optional=True,
        ),
        q(
            "الإيرانيين لا يحتاجون إلى جنود هنا، فلديهم المال والأحزاب والمكاتب",
            _IRAQI_MP,
            None,
            "2009-10-22",
            aliases=("البرلماني",),
        ),
        q(
            "كل مرشح يعرف أن الطريق إلى رئاسة الوزراء يمر بطهران، لكن لا أحد يجرؤ على قول ذلك علنا",
            _IRAQI_MP,
            None,
            "2009-10-22",
            aliases=("البرلماني",),
        ),
        q(
            "هذه التقديرات، وإن كانت مبالغا فيها أحيانا، تعكس شعورا واسعا بين السياسيين "
            "السنة والعلمانيين بأن اللعبة محسومة سلفا",
            _COLVILLE,
            _COLVILLE_ROLE,
            "2009-10-22",
            aliases=("كولفيل",),
        ),
        q(
            "نحن جيرانكم الباقون",
            _MOUSAWI,
            _MOUSAWI_ROLE,
            "2010-02",
            aliases=("الموسوي",),
            optional=True,
        ),
        q(
            "الإيرانيون يرددون على مسامعنا دائما: 'نحن جيرانكم الباقون، أما الأمريكيون "
            "فراحلون'، والمشكلة أن كثيرين هنا يصدقونهم",
            _MOUSAWI,
            _MOUSAWI_ROLE,
            "2010-02",
            aliases=("الموسوي",),
        ),
        q(
            "تمول ثلاث قنوات فضائية على الأقل وعشرات المواقع الإخبارية",
            _MOUSAWI,
            _MOUSAWI_ROLE,
            "2010-02",
            aliases=("الموسوي",),
        ),
        q(
            "تعرف عن البرلمان العراقي أكثر مما تعرفه رئاسته",
            _MOUSAWI,
            _MOUSAWI_ROLE,
            "2010-02",
            aliases=("الموسوي",),
        ),
        q(
            "قدرة واشنطن على التأثير في تشكيل الحكومة المقبلة ستتراجع مع كل لواء ينسحب من العراق",
            _US_BAGHDAD,
            None,
            "2010-02",
            aliases=("السفارة",),
        ),
        q(
            "آراء شخصية",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
            optional=True,
        ),
        q(
            "ما ورد في هذه البرقيات لا يعدو كونه آراء شخصية نقلت بطريقة انتقائية",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
        q(
            "العراق دولة ذات سيادة، وعلاقاتنا مع جيراننا تحكمها المصالح لا الإملاءات",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
        q(
            "تؤكد ما كان يقال همسا في الكواليس",
            _SAMARRAI,
            _SAMARRAI_ROLE,
            aliases=("السامرائي",),
        ),
        q(
            "الجديد ليس المعلومة، بل أن نعرف أن الأمريكيين كانوا يسمعونها من أفواه حلفائهم أنفسهم",
            _SAMARRAI,
            _SAMARRAI_ROLE,
            aliases=("السامرائي",),
        ),
    ],
    "f19_anadolu_libya_municipal_scraped": [
        q(
            "نسبه المشاركه بلغت 71 بالمئه من اجمالي الناخبين المسجلين، وهي الاعلي في "
            "استحقاق بلدي منذ عام 2014",
            _WARFALLI,
            _WARFALLI_ROLE,
            "2025-08-12",
            aliases=("الورفلي",),
        ),
        q(
            "جرت في اجواء امنه رغم محاولات التشويش علي بعض المراكز",
            _WARFALLI,
            _WARFALLI_ROLE,
            "2025-08-12",
            aliases=("الورفلي",),
        ),
        q(
            "لن نعلن النتائج النهائيه قبل ان تقول المحاكم كلمتها في كل الطعون المقدمه، "
            "فالشفافيه هي راس مالنا الوحيد",
            _WARFALLI,
            _WARFALLI_ROLE,
            "2025-08-12",
            aliases=("الورفلي",),
        ),
        q(
            "الاقبال الكبير يعكس رغبه الليبيين في اختيار من يمثلهم عبر صناديق الاقتراع "
            "لا عبر فوهات البنادق",
            _UNSMIL,
            aliases=("البعثه",),
        ),
        q(
            "احترام اراده الناخبين والامتناع عن اي خطوه تقوض نتائج الاقتراع",
            _UNSMIL,
            aliases=("البعثه",),
            optional=True,
        ),
        q(
            "بعض مراكز الاقتراع شهدت خروقات موثقه بالصوت والصوره، وسنقدمها الي القضاء",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("الحداد",),
        ),
        q(
            "الناس صوتت هذه المره للخدمات لا للقبائل، وهذه رساله يجب ان يفهمها الجميع في "
            "طرابلس وبنغازي",
            _SHARIF,
            _SHARIF_ROLE,
            aliases=("الشريف",),
        ),
        q(
            "اولويتنا الاولي هي الكهرباء والمياه، ثم النظافه واصلاح الطرق المتهالكه",
            _SHARIF,
            _SHARIF_ROLE,
            aliases=("الشريف",),
        ),
    ],
    "f19_raialyoum_algeria_cables_scraped": [
        q(
            "فراغ",
            _DZ_OFFICIALS,
            aliases=("مسؤولين جزائريين سابقين",),
            optional=True,
        ),
        q(
            "مقرب من دوائر القرار",
            _MCALLISTER,
            _MCALLISTER_ROLE,
            "2008-07-14",
            aliases=("ماكالستر",),
            optional=True,
        ),
        q(
            "الرئاسة لم تعد تحكم، بل تدير التوازنات بين الجيش والمخابرات",
            _GENERAL,
            None,
            "2008-07-14",
            aliases=("الجنرال",),
        ),
        q(
            "الجميع ينتظر، ولا احد يملك خطة لما بعد الرئيس",
            _GENERAL,
            None,
            "2008-07-14",
            aliases=("الجنرال",),
        ),
        q(
            "يبالغ علي الارجح، لكنه يعبر عن مزاج منتشر في الصالونات السياسية بالعاصمة",
            _MCALLISTER,
            _MCALLISTER_ROLE,
            "2008-07-14",
            aliases=("ماكالستر",),
        ),
        q(
            "النفط يشتري السلم الاجتماعي، لكن الي متي؟ الاحتياطي لن يدوم اكثر من عشرين سنة",
            _BENAMARA,
            _BENAMARA_ROLE,
            "2009-08",
            aliases=("بن عمارة",),
        ),
        q(
            "الشباب لا يريد الدعم، يريد عملا وكرامة، وهذا ما لا تفهمه الحكومة",
            _BENAMARA,
            _BENAMARA_ROLE,
            "2009-08",
            aliases=("بن عمارة",),
        ),
        q(
            "الجزائر: ثروة بلا رؤية",
            _US_ALGIERS,
            None,
            "2009-08",
            aliases=("السفارة",),
            optional=True,
        ),
        q(
            "باريس تنظر الي الجزائر بعين القلق، لكنها لا تملك اي ورقة ضغط حقيقية هناك",
            _FR_DIPLOMAT,
            None,
            "2010-02",
            aliases=("دبلوماسيا فرنسيا رفيعا", "الدبلوماسي الفرنسي"),
        ),
        q(
            "الجزائريون يذكروننا كل يوم باننا لسنا في موقع من يعطي الدروس",
            _FR_DIPLOMAT,
            None,
            "2010-02",
            aliases=("دبلوماسيا فرنسيا رفيعا", "الدبلوماسي الفرنسي"),
        ),
        q(
            "لا تكشف اسرارا بقدر ما تكشف طريقة تفكير النخبة",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "المؤلم ان هؤلاء كانوا يقولون للامريكيين ما لا يجرؤون علي قوله للجزائريين",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "البرقيات وثيقة تاريخية اكثر منها فضيحة سياسية",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
    ],
    "f19_dw_germany_syrian_returns": [
        q(
            "بعد سقوط نظام الأسد تغير الوضع، ومن يرغب في العودة والمساهمة في إعادة إعمار "
            "بلده سيجد منا كل الدعم",
            _BRINKMANN,
            _BRINKMANN_ROLE,
            "2025-03-12",
            aliases=("برينكمان",),
        ),
        q(
            "طوعي تماما",
            _BRINKMANN,
            _BRINKMANN_ROLE,
            "2025-03-12",
            aliases=("برينكمان",),
            optional=True,
        ),
        q(
            "لن نرحل أحدا يعمل أو يدرس هنا. هذا بالنسبة لنا خط أحمر",
            _BRINKMANN,
            _BRINKMANN_ROLE,
            "2025-03-12",
            aliases=("برينكمان",),
        ),
        q(
            "الحديث عن عودة آمنة إلى سوريا ما زال سابقا لأوانه، في ظل غياب الاستقرار "
            "الأمني وانهيار الخدمات الأساسية في معظم المناطق",
            _PRO_ASYL,
            aliases=("برو أزول",),
        ),
        q(
            "تراقب الوضع في سوريا عن كثب، ولا تخطط حاليا لعمليات ترحيل جماعية",
            _BMI_SPOKESMAN,
        ),
        q(
            "من ارتكب جرائم هنا عليه أن يغادر، والوضع الجديد في سوريا يجعل ذلك ممكنا",
            _VOGT,
            _VOGT_ROLE,
            "2025-01",
            aliases=("فوغت",),
        ),
        q(
            "ابنتي لا تعرف حلب",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
            optional=True,
        ),
        q(
            "أحلم بالعودة كل يوم، لكن ابنتي ولدت هنا ولا تعرف عن حلب إلا ما أحكيه لها قبل النوم",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "ألفا يورو لا تكفي لترميم غرفة واحدة في بيتنا المدمر. من يريد أن يساعدنا "
            "فعلا، فليساعد في إعادة الكهرباء والمدارس هناك",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q("قرار عائلي معقد", _RAHAF, _RAHAF_ROLE),
        q(
            "والدي يريد أن يرجع غدا، أما أنا فأريد أن أنهي دراستي أولا",
            _RAHAF,
            _RAHAF_ROLE,
        ),
    ],
    "f19_arabi21_egypt_fuel": [
        q("الفقراء يدفعون الفاتورة", _EXPERTS, optional=True),
        q(
            "جاء في ضوء التطورات العالمية في أسعار النفط الخام وسعر صرف الجنيه أمام "
            "الدولار الأمريكي",
            _PRICING,
            None,
            "2025-10-17",
            aliases=("اللجنة", "البيان"),
        ),
        q(
            "ستظل ثابتة لمدة ستة أشهر على الأقل",
            _PRICING,
            None,
            "2025-10-17",
            aliases=("اللجنة", "البيان"),
        ),
        q(
            "الدولة ما زالت تتحمل نحو 40 بالمئة من التكلفة الفعلية للتر السولار",
            _ABDELMONEIM,
            _ABDELMONEIM_ROLE,
        ),
        q("مستمر ولن يتأثر", _ABDELMONEIM, _ABDELMONEIM_ROLE),
        q(
            "الإلغاء التدريجي لدعم الوقود ضروري لاستدامة المالية العامة وخفض الدين",
            _IMF,
            None,
            "2025-07",
        ),
        q(
            "كل زيادة في سعر السولار تنتقل خلال أيام إلى أسعار الخضار والخبز والمواصلات، "
            "لأن السولار هو وقود الاقتصاد الحقيقي في مصر",
            _SHAZLY,
            _SHAZLY_ROLE,
            aliases=("الشاذلي",),
        ),
        q(
            "الحكومة تعالج عجز الموازنة من جيوب الفقراء، بينما لا تقترب من الإنفاق على "
            "المشروعات الكبرى التي لا يشعر بها المواطن",
            _SHAZLY,
            _SHAZLY_ROLE,
            aliases=("الشاذلي",),
        ),
        q(
            "الأجرة هتزيد والناس هتتخانق معانا، وإحنا مالناش ذنب",
            _ABDELFATTAH,
            _ABDELFATTAH_ROLE,
            aliases=("عبد الفتاح",),
        ),
        q(
            "الموقف حدد الأجرة الجديدة من الصبح، بس مفيش حد بيسأل السواق هيعيش إزاي",
            _ABDELFATTAH,
            _ABDELFATTAH_ROLE,
            aliases=("عبد الفتاح",),
        ),
        q(
            "الحكومة وعدتنا في مارس بأن هذه آخر زيادة، فماذا تغير غير جيوبنا؟",
            _RADWAN,
            _RADWAN_ROLE,
        ),
    ],
    "f19_awsat_morocco_water": [
        q(
            "الوضعية المائية حرجة، لكنها تحت السيطرة بفضل محطات تحلية مياه البحر والربط "
            "بين الأحواض",
            _ZAMOURI,
            _ZAMOURI_ROLE,
            aliases=("الزموري",),
        ),
        q(
            "لن يكون هناك انقطاع للماء الصالح للشرب في أي مدينة هذا الصيف، والتزام "
            "الحكومة في هذا الشأن واضح",
            _ZAMOURI,
            _ZAMOURI_ROLE,
            aliases=("الزموري",),
        ),
        q(
            "ابتداء من فاتح يوليوز المقبل، يمنع سقي المساحات الخضراء وملاعب الغولف "
            "بمياه الشبكة العمومية، كما يمنع غسل السيارات بالخرطوم",
            _MA_INTERIOR,
            aliases=("البلاغ",),
        ),
        q(
            "ستسهر على التطبيق الصارم لهذه التدابير",
            _MA_INTERIOR,
            aliases=("البلاغ",),
        ),
        q(
            "دخل فعليا مرحلة الإجهاد المائي البنيوي",
            _CESE,
            None,
            "2024-11",
        ),
        q(
            "مراجعة جذرية للسياسة الفلاحية",
            _CESE,
            None,
            "2024-11",
            optional=True,
        ),
        q(
            "زرعنا القمح ثلاث مرات ولم نحصد شيئا. الأرض عطشى والديون تكبر",
            _AITALI,
            _AITALI_ROLE,
        ),
        q(
            "هاجروا إلى الدار البيضاء أو ركبوا البحر",
            _AITALI,
            _AITALI_ROLE,
        ),
        q(
            "المشكلة ليست فقط في قلة الأمطار، بل في زراعات تصديرية تستنزف المياه "
            "الجوفية مثل الأفوكادو والبطيخ الأحمر",
            _BENKIRANE,
            _BENKIRANE_ROLE,
            aliases=("بنكيران",),
        ),
        q(
            "حل مكلف",
            _BENKIRANE,
            _BENKIRANE_ROLE,
            aliases=("بنكيران",),
            optional=True,
        ),
        q(
            "لا يمكن أن نحلي مياه البحر بكلفة عالية لنسقي البطيخ ثم نصدره إلى أوروبا",
            _BENKIRANE,
            _BENKIRANE_ROLE,
            aliases=("بنكيران",),
        ),
        q(
            "عشرات الدواوير في الأطلس المتوسط تزود حاليا بالماء عبر الصهاريج",
            _ONEE_SOURCE,
        ),
        q(
            "يسير بوتيرة أبطأ من المتوقع",
            _ONEE_SOURCE,
        ),
    ],
}

BATCHES = {
    "F19": [
        "f19_alarabiya_sudan_jeddah",
        "f19_bbc_iraq_cables",
        "f19_anadolu_libya_municipal_scraped",
        "f19_raialyoum_algeria_cables_scraped",
        "f19_dw_germany_syrian_returns",
        "f19_arabi21_egypt_fuel",
        "f19_awsat_morocco_water",
    ],
}

BLIND_ARTICLES_24 = {name: (_read(name), gold) for name, gold in GOLD.items()}
