"""Fresh-author held-out set F15: six articles in outlet styles (Tunisian,
Levantine, Gulf; one on WikiLeaks cables, two as scraped web text without
hamzas or paragraph breaks), written as a journalist would and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- Nawaat social report (Gafsa): a sit-in dated ``يوم الاثنين 17 نوفمبر
  2025`` in the lead, ``"…"، يقول X، أحد المعتصمين`` then ``ويضيف:``, a union
  official named after his title, a company's ``بلاغ`` (``جاء فيه أن "…"``,
  ``داعية … إلى "…"``), an association name in marks, ``قائلة:``/``وتابعت:``,
  a researcher with ``مضيفا:``.
- Al-Modon (Beirut): ``أمس`` without a dated dateline, a minister named
  after his title, ``رد … بالقول:``, ``وتابع في اتصال مع "المدن":``, an
  anonymous source in a public company, an MP with a two-word fragment and a
  post on ``"إكس"``, a shopkeeper ``أبو علي`` with ``ثم يضحك:``.
- Okaz (Jeddah): ``جدة - عكاظ`` without a date, ``اليوم (الأربعاء)``,
  ``«…»`` marks, ``المهندس`` as an honorific, an education directorate's
  statement, a platform and outlet in marks, ``دعا … إلى «…»``.
- Assabah News cables (Tunis): 08TUNIS1021 dated ``23 سبتمبر 2008``,
  09TUNIS377 of ``جوان 2009`` (Maghreb month name, month precision), an
  anonymous businessman relayed by a cable, a cable subject line, an
  undated third cable relaying an official, a reaction today (no date), the
  headline fragment ``«انفجارا اجتماعيا»``.
- Al-Ghad as scraped text (Amman): ``عمان-`` without a date and ``امس``,
  a minister, ``واضاف``/``وتابع`` with and without colon, a farmers'
  leader, a study of a centre as speaker, an expert's one-word predicate.
- Al-Qabas as scraped text (Kuwait cables): 09KUWAIT141 dated ``12 فبراير
  2009``, a cable of ``نوفمبر 2009``, an anonymous official relayed by the
  cable, reactions (no date), ``د.`` as an honorific, an unmarked quote
  after ``قائلا:``.

Conventions as in articles_blind9: a relative date (``أمس``, ``اليوم``)
gets no date without a dated dateline; a date given for an event (the
sit-in) dates the quotes of the protester interviewed at it and their
follow-ups, not the reactions around it (union, researcher, activist); a cable's
quotes, and the follow-ups of the same account, take the cable's date
(month precision when the article gives no day); reactions to the leaks get
no date; a predicate in marks after ``أن X`` belongs to the outer speaker;
nominal objects after ``إلى``/``بـ``/``من``, one- and two-word fragments,
headlines and a cable's subject line are optional; an unmarked quote after
``قائلا:`` is scored without its final full stop; names of parties,
associations, platforms, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``المهندس``, ``د.``), which are not part of the
name; an anonymous source is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_HAMDI = "منير الحامدي"
_HAMDI_ROLE = "أحد المعتصمين"
_BOUAZIZI = "الطاهر البوعزيزي"
_BOUAZIZI_ROLE = "الكاتب العام للاتحاد الجهوي للشغل بقفصة"
_CPG = "شركة فسفاط قفصة"
_AKREMI = "سلمى العكرمي"
_AKREMI_ROLE = 'ناشطة في جمعية "الأرض للجميع"'
_ZAGHLAMI = "كريم الزغلامي"
_ZAGHLAMI_ROLE = "الباحث في علم الاجتماع"
_ABDELMASSIH = "جورج عبد المسيح"
_ABDELMASSIH_ROLE = "وزير الطاقة والمياه"
_CHAMAS = "وليد شمص"
_CHAMAS_ROLE = "رئيس تجمع أصحاب المولدات"
_EDL_SOURCE = "مصدر في مؤسسة كهرباء لبنان"
_HUSSEINI = "رلى الحسيني"
_HUSSEINI_ROLE = "عضو لجنة الأشغال النيابية"
_ABU_ALI = "أبو علي"
_ABU_ALI_ROLE = "صاحب محل في برج حمود"
_QAHTANI = "حسين بن سعد القحطاني"
_QAHTANI_ROLE = "المتحدث الرسمي للمركز"
_GHAMDI = "ماجد بن عبدالله الغامدي"
_GHAMDI_ROLE = "وكيل الأمين للخدمات"
_JEDDAH_EDU = "الإدارة العامة للتعليم بجدة"
_ZAHRANI = "عبدالرحمن الزهراني"
_ZAHRANI_ROLE = "من سكان حي الصفا"
_CIVIL_DEF = "الدفاع المدني"
_US_TUNIS = "السفارة الأمريكية بتونس"
_MCLEAN = "روبرت ماكلين"
_MCLEAN_ROLE = "السفير الأمريكي"
_TN_BUSINESSMAN = "رجل أعمال تونسي"
_TN_OFFICIAL = "مسؤول في وزارة التشغيل"
_BENRAMADAN = "الهادي بن رمضان"
_BENRAMADAN_ROLE = "أستاذ العلوم السياسية بالجامعة التونسية"
_KHASAWNEH = "محمد عبدالله الخصاونة"
_KHASAWNEH_ROLE = "وزير المياه والري"
_ADWAN = "سالم العدوان"
_ADWAN_ROLE = "رئيس جمعية المزارعين في وادي الاردن"
_NAMA = "مركز نماء للدراسات"
_TARAWNEH = "رنا الطراونة"
_TARAWNEH_ROLE = "الخبيرة في شؤون المياه"
_KW_OFFICIAL = "مسؤول كويتي رفيع"
_JONES = "ديبورا جونز"
_JONES_ROLE = "السفيرة الامريكية"
_RASHIDI = "فيصل مبارك الرشيدي"
_RASHIDI_ROLE = "النائب السابق"
_OTAIBI = "خالد العتيبي"
_OTAIBI_ROLE = "استاذ العلوم السياسية في جامعة الكويت"

GOLD = {
    # --- F15: fresh-author held-out set, six outlets -----------------------------
    "f15_nawaat_gafsa_phosphate": [
        q(
            "انتظرنا ثلاث سنوات ولم يتغير شيء، الشركة تعدنا كل مرة ثم تتراجع",
            _HAMDI,
            _HAMDI_ROLE,
            "2025-11-17",
            aliases=("الحامدي",),
        ),
        q(
            "نحن لا نطلب صدقة، نطلب حقنا في الشغل في أرضنا",
            _HAMDI,
            _HAMDI_ROLE,
            "2025-11-17",
            aliases=("الحامدي",),
        ),
        q(
            "تتعامل مع الحوض المنجمي كخزان للثروة لا كجهة لها سكان",
            _BOUAZIZI,
            _BOUAZIZI_ROLE,
        ),
        q(
            "الإنتاج تراجع إلى النصف، والسبب ليس الاعتصامات بل غياب الاستثمار في المعدات",
            _BOUAZIZI,
            _BOUAZIZI_ROLE,
        ),
        q(
            "نتائج المناظرة ستعلن في أجل أقصاه نهاية الشهر الجاري",
            _CPG,
            aliases=("الشركة",),
        ),
        q("تغليب المصلحة الوطنية", _CPG, aliases=("الشركة",), optional=True),
        q(
            "الماء الذي نشربه أصفر، وأطفالنا يعانون من أمراض الكلى والجلد",
            _AKREMI,
            _AKREMI_ROLE,
        ),
        q(
            "لا أحد من المسؤولين جاء ليرى بعينه",
            _AKREMI,
            _AKREMI_ROLE,
        ),
        q("أعمق من مسألة تشغيل", _ZAGHLAMI, _ZAGHLAMI_ROLE),
        q(
            "منذ 2008 والدولة تدير المنطقة بمنطق أمني، وهذا ما يفسر فقدان الثقة",
            _ZAGHLAMI,
            _ZAGHLAMI_ROLE,
        ),
    ],
    "f15_modon_beirut_electricity": [
        q(
            "الخطة تسير كما رسمناها، لكن الفيول لا يصل في مواعيده",
            _ABDELMASSIH,
            _ABDELMASSIH_ROLE,
        ),
        q(
            "لن نسمح لأصحاب المولدات بأن يتحكموا بفواتير الناس",
            _ABDELMASSIH,
            _ABDELMASSIH_ROLE,
        ),
        q(
            "الوزارة تبحث عن كبش فداء، ونحن نعمل بلا أرباح تقريبا",
            _CHAMAS,
            _CHAMAS_ROLE,
        ),
        q(
            "إذا استمرت الحملة علينا سنطفئ المولدات ليوم واحد",
            _CHAMAS,
            _CHAMAS_ROLE,
        ),
        q("المخزون الحالي يكفي لأسبوعين فقط", _EDL_SOURCE),
        q("فضيحة متكررة", _HUSSEINI, _HUSSEINI_ROLE, optional=True),
        q(
            "كل شتاء القصة نفسها، والمواطن يدفع فاتورتين",
            _HUSSEINI,
            _HUSSEINI_ROLE,
        ),
        q(
            "صرت أدفع للمولد أكثر مما أدفع إيجارا للمحل",
            _ABU_ALI,
            _ABU_ALI_ROLE,
        ),
        q("الكهرباء صارت ترفا", _ABU_ALI, _ABU_ALI_ROLE),
    ],
    "f15_okaz_jeddah_rain": [
        q(
            "الحالة المطرية تستمر حتى ظهر الجمعة، وتبلغ ذروتها فجر الخميس",
            _QAHTANI,
            _QAHTANI_ROLE,
        ),
        q(
            "ننصح الجميع بالابتعاد عن مجاري السيول والأودية",
            _QAHTANI,
            _QAHTANI_ROLE,
        ),
        q(
            "جهزنا أكثر من 1800 معدة وآلية، وفرقنا منتشرة في الأنفاق والمواقع الحرجة",
            _GHAMDI,
            _GHAMDI_ROLE,
        ),
        q("سلامة الطلاب والطالبات أولوية لا تقبل المساومة", _JEDDAH_EDU),
        q(
            "تعلمنا من السنوات الماضية، وضعنا أكياس الرمل أمام البيوت منذ الأمس",
            _ZAHRANI,
            _ZAHRANI_ROLE,
        ),
        q("عدم المجازفة بعبور الأودية أثناء جريانها", _CIVIL_DEF, optional=True),
    ],
    "f15_assabah_tunis_cables": [
        q("انفجارا اجتماعيا", _US_TUNIS, optional=True),
        q(
            "الفساد لم يعد سرا، بل أصبح حديث المقاهي في كل مدينة",
            _MCLEAN,
            _MCLEAN_ROLE,
            "2008-09-23",
        ),
        q(
            "العائلة الحاكمة تتصرف كما لو أن البلاد ملكية خاصة",
            _MCLEAN,
            _MCLEAN_ROLE,
            "2008-09-23",
        ),
        q(
            "لا أحد يجرؤ على الاستثمار دون شريك من المقربين",
            _TN_BUSINESSMAN,
            None,
            "2009-06",
        ),
        q(
            "حتى البنوك تسأل من يقف وراءك قبل أن تسأل عن مشروعك",
            _TN_BUSINESSMAN,
            None,
            "2009-06",
        ),
        q("تونس: الشباب بين البطالة والهجرة", _US_TUNIS, optional=True),
        q("الأرقام الرسمية لا تعكس سوى نصف الحقيقة", _TN_OFFICIAL),
        q(
            "البرقيات لم تكشف شيئا لم يكن يعرفه التونسيون، لكنها أكدت أن واشنطن كانت تعرف كل "
            "شيء وصمتت",
            _BENRAMADAN,
            _BENRAMADAN_ROLE,
        ),
    ],
    "f15_alghad_amman_water_scraped": [
        q(
            "الموسم المطري الحالي هو الاضعف منذ عشر سنوات",
            _KHASAWNEH,
            _KHASAWNEH_ROLE,
            aliases=("الخصاونة",),
        ),
        q(
            "مخزون السدود لا يتجاوز 18 بالمئة من سعتها",
            _KHASAWNEH,
            _KHASAWNEH_ROLE,
            aliases=("الخصاونة",),
        ),
        q(
            "مشروع الناقل الوطني هو الحل الوحيد على المدى البعيد",
            _KHASAWNEH,
            _KHASAWNEH_ROLE,
            aliases=("الخصاونة",),
        ),
        q(
            "يدفعون ثمن سوء الادارة لا ثمن قلة المطر",
            _ADWAN,
            _ADWAN_ROLE,
            aliases=("العدوان",),
        ),
        q(
            "خسرنا موسم البندورة بالكامل ولم يعوضنا احد",
            _ADWAN,
            _ADWAN_ROLE,
            aliases=("العدوان",),
        ),
        q(
            "الاردن سيدخل مرحلة الفقر المائي المطلق قبل عام 2030",
            _NAMA,
            aliases=('مركز "نماء" للدراسات',),
        ),
        q("ترقيعية", _TARAWNEH, _TARAWNEH_ROLE, optional=True),
        q(
            "نحتاج الى اعادة نظر شاملة في تسعير المياه الزراعية",
            _TARAWNEH,
            _TARAWNEH_ROLE,
        ),
    ],
    "f15_qabas_kuwait_cables_scraped": [
        q(
            "الشلل السياسي المتكرر",
            "السفارة الامريكية في الكويت",
            None,
            "2009-02-12",
            optional=True,
        ),
        q(
            "الحكومة لا تستطيع تمرير اي مشروع كبير في ظل هذا المجلس",
            _KW_OFFICIAL,
            None,
            "2009-02-12",
        ),
        q(
            "الاستجوابات اصبحت وسيلة لتصفية الحسابات الشخصية",
            _KW_OFFICIAL,
            None,
            "2009-02-12",
        ),
        q(
            "الكويت تخسر موقعها الاقتصادي لصالح جيرانها",
            _JONES,
            _JONES_ROLE,
            "2009-11",
            aliases=("جونز",),
        ),
        q(
            "ما كتبه الامريكيون كان معروفا لدى الجميع ولا جديد فيه",
            _RASHIDI,
            _RASHIDI_ROLE,
        ),
        q("تعكس نظرة سطحية", _OTAIBI, _OTAIBI_ROLE),
        q(
            "الديموقراطية الكويتية اقدم واعمق مما تتصوره واشنطن",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
    ],
}

BATCHES = {
    "F15": [
        "f15_nawaat_gafsa_phosphate",
        "f15_modon_beirut_electricity",
        "f15_okaz_jeddah_rain",
        "f15_assabah_tunis_cables",
        "f15_alghad_amman_water_scraped",
        "f15_qabas_kuwait_cables_scraped",
    ],
}

BLIND_ARTICLES_20 = {name: (_read(name), gold) for name, gold in GOLD.items()}
