"""Fresh-author held-out set F16: seven articles in the styles of Tunisian
outlets (Business News in Arabic, the UGTT weekly Al-Shaab, the TAP wire,
Diwan FM, Essahafa, Al-Fajr, a Kapitalis interview in translation); two are
about leaked US cables (WikiLeaks) and two are delivered as scraped web text
without hamzas and with paragraphs run together.  Written as a journalist
would and annotated by hand, with the gold below committed before the engine
was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``).  All persons quoted are invented; the cable
references are plausible but made up.

- Business News (central bank rate): a board meeting dated ``يوم الأربعاء
  26 مارس 2025``, the bank's ``بيان`` of the same evening (``ولفت البيان إلى
  أنّ «…»``), the governor named after his title at a press conference held
  ``صباح اليوم الموالي`` (2025-03-27), ``وأضاف X:``, a four-word predicate
  after ``بأنّ هذا التمويل``, ``قبل أن يستدرك:``, an economist after his
  quote (``«…»، يقول X``) then ``ويضيف:``, a programme name and the outlet in
  ``«…»``, an anonymous banker (``المصدر ذاته``), the employers' union's
  two-word fragment and ``داعيا … إلى «…»``, an undated IMF report.
- Al-Shaab (UGTT administrative commission, Hammamet): ``يوم السبت 8 فيفري
  2025``, the honorifics ``الأخ``/``الأخت`` before names, a label after
  ``وصفه بـ«…»``, a quote inside a quote (``بـ"نهاية دور الاتحاد"`` inside
  ``«…»``), ``وقال:``/``وتابع:``, an assistant secretary-general with a long
  apposition, a regional secretary quoted before ``هكذا لخّص X``, a side
  statement ``على هامش الأشغال`` (dated by the meeting), the closing
  ``بيان`` as speaker with ``أكدت فيه «…»``/``جاء في البيان أنّ``/``عبّر
  البيان عن «…»``.
- TAP wire (Sfax olive harvest): dateline ``صفاقس 14 نوفمبر 2024 (وات) -``
  with ``اليوم الخميس``, a marked quote after ``قائلا:``, the minister
  ``الثلاثاء الماضي`` (2024-11-12), a nominal object after ``على``, a farmer
  with ``ويقول X، وهو …`` and no colon, ``مضيفا`` without colon, relayed
  speech ``نقلت وكالة "إيفي" الإسبانية عن X قوله إن``.
- Diwan FM as scraped text (cables on the Libyan border): 09TUNIS617 dated
  ``28 اوت 2009``, a chargé d'affaires, an anonymous customs officer relayed
  by the cable (``واضاف المسؤول، بحسب البرقيه:``), a governor in apposition
  with ``وتابع X:``, 10TUNIS52 of ``جانفي 2010`` (month precision), a
  two-word fragment, an anonymous Libyan businessman, the cable's conclusion
  (speaker the embassy), a market name in marks, a trader ``اليوم`` (no
  dated dateline, so no date), a researcher's predicate and an unmarked
  quote after ``قائلا:``; ``ة``/``ى`` written ``ه``/``ي``.
- Essahafa (cables on the Maghreb, relayed from Al-Akhbar): the newspaper
  as speaker (no date: ``أمس`` without dateline), 09RABAT1012 dated ``17
  كانون الأول/ديسمبر 2009`` (dual form), an anonymous Moroccan official
  and the chargé's own comment, 08ALGIERS291 dated ``11 آذار 2008``
  (Levantine month alone), an adviser described only (``مستشارا في رئاسة
  الجمهورية``, then ``محدّثه``), a one-word label, a Tunis cable of
  ``شباط/فبراير 2010``, a Moroccan scholar at a seminar ``يوم 6 دجنبر 2010``
  (Moroccan month), a Tunisian professor's reaction (no date); outlet names
  in ``«…»``.
- Al-Fajr as scraped text (Ennahdha Shura council): ``مساء الاحد 20 يناير
  2013`` (Egyptian month) closing a session opened ``صباح السبت``
  (2013-01-19 for the opening speech), a headline fragment, ``واضاف X`` with
  no colon, an anonymous council member (no date), the council's closing
  statement read by its spokeswoman (speaker: the council), prepositional
  fragments after ``الي``, an unmarked quote after ``مضيفة:``, party names
  in marks, an opposition leader's predicate; hamzas dropped and ``ى``
  written ``ي`` but ``ة`` kept.
- Kapitalis interview in translation (energy): a headline ``X: «…»``
  (optional), a long double apposition, quotes before ``يقول الخبير``,
  ``قبل أن يضيف:``, ``ويتابع:``/``ويشرح:``, a quote opened after
  ``فـ«…»``, a quote inside a quote (the minister in 2016), the utility's
  ``بلاغ`` dated ``يوم 3 أكتوبر 2024``, a project name and a scare-quoted
  word in marks, ``أجاب بحذر:``, a two-word fragment, an undated interview.

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``)
gets no date without a dated dateline; a date given for an event (meeting,
session, seminar, press conference) dates the quotes made at it and their
follow-ups, not the reactions around it; a cable's quotes, and the follow-ups
of the same account, take the cable's date (month precision when the article
gives no day); reactions to the leaks get no date; a predicate in marks after
``أن X`` belongs to the outer speaker and is required; a quote inside a
quote belongs to the outer quote and the inner one is listed as optional;
nominal objects after ``إلى``/``على``/``عن``/``بـ``, one- and two-word
fragments, labels after ``وصفه بـ`` and headlines are optional; an unmarked
quote after ``قائلا:``/``مضيفة:`` is scored without its final full stop;
names of parties, programmes, projects, outlets and one-word labels in marks
are not quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الأخ``, ``الأخت``), which are not part of the
name; an anonymous source is named by its description; a statement read out
by a spokesperson belongs to the body that issued it."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Business News ---------------------------------------------------------------
_BCT = "البنك المركزي التونسي"
_BCT_ALIASES = ("البنك", "البيان", "البنك المركزي")
_SALAMA = "مراد بن سلامة"
_SALAMA_ROLE = "محافظ البنك المركزي"
_SALAMA_ALIASES = ("بن سلامة", "المحافظ")
_OTHMAN = "سامي بن عثمان"
_OTHMAN_ROLE = "الخبير الاقتصادي"
_BANKER = "مسؤول في أحد البنوك الخاصة"
_UTICA = "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية"
_IMF = "صندوق النقد الدولي"
# --- Al-Shaab --------------------------------------------------------------------
_KALAI = "الحبيب القلعي"
_KALAI_ROLE = "الأمين العام للاتحاد"
_KALAI_ALIASES = ("القلعي", "الأمين العام")
_OUERTANI = "سنية الورتاني"
_OUERTANI_ROLE = "الأمينة العامة المساعدة المسؤولة عن الوظيفة العمومية"
_MEKKI = "رضا المكني"
_MEKKI_ROLE = "الكاتب العام للاتحاد الجهوي للشغل بصفاقس"
_COMMISSION = "الهيئة الإدارية الوطنية"
_COMMISSION_ALIASES = ("الهيئة الإدارية", "الهيئة", "البيان")
_UGTT_DAY = "2025-02-08"
# --- TAP ---------------------------------------------------------------------
_FEKI = "عبد الرزاق الفقي"
_FEKI_ROLE = "المندوب الجهوي للتنمية الفلاحية بصفاقس"
_RIAHI = "عز الدين الرياحي"
_RIAHI_ROLE = "وزير الفلاحة والموارد المائية والصيد البحري"
_CHAARI = "محمد الصغير الشعري"
_CHAARI_ROLE = "فلاح يملك قرابة 600 شجرة زيتون"
_BENAMOR = "نور الدين بن عمر"
_BENAMOR_ROLE = "رئيس الاتحاد الجهوي للفلاحة والصيد البحري بصفاقس"
_MARIN = "خوسيه لويس مارين"
_MARIN_ROLE = "رئيس التعاونيات الفلاحية الأندلسية"
# --- Diwan FM (scraped) ------------------------------------------------------------
_WHITMORE = "دانيال ويتمور"
_WHITMORE_ROLE = "القائم بالاعمال الامريكي"
_CUSTOMS = "مسؤول في الديوانه التونسيه"
_ZOUARI = "الطاهر الزواري"
_ZOUARI_ROLE = "والي مدنين انذاك"
_US_TUNIS_SCRAPED = "السفاره الامريكيه بتونس"
_LIBYAN = "رجل اعمال ليبي مقيم بجربه"
_JEDIDI = "علي الجديدي"
_JEDIDI_ROLE = 'تاجر عمله في السوق المعروفه محليا بـ"سوق ليبيا"'
_AYARI = "منير العياري"
_AYARI_ROLE = "الباحث في الاقتصاد الموازي"
# --- Essahafa --------------------------------------------------------------------
_AKHBAR = "صحيفة الأخبار اللبنانية"
_MA_OFFICIAL = "مسؤول مغربي رفيع في وزارة الخارجية"
_HOLDEN = "مايكل هولدن"
_HOLDEN_ROLE = "القائم بالأعمال الأمريكي"
_DZ_ADVISER = "مستشار في رئاسة الجمهورية الجزائرية"
_DZ_ADVISER_ALIASES = ("مستشارا في رئاسة الجمهورية الجزائرية", "محدّثه")
_REDFORD = "توماس ريدفورد"
_REDFORD_ROLE = "السفير الأمريكي"
_TN_DIPLOMAT = "دبلوماسي تونسي"
_US_TUNIS = "السفارة الأمريكية بتونس"
_BENAISSA = "عبد الرحيم بنعيسى"
_BENAISSA_ROLE = "الباحث المغربي في العلاقات الدولية"
_GHARBI = "الصادق الغربي"
_GHARBI_ROLE = "أستاذ القانون الدولي بالجامعة التونسية"
# --- Al-Fajr (scraped) -------------------------------------------------------------
_SHURA = "مجلس شوري حركة النهضة"
_SHURA_ALIASES = ("مجلس الشوري", "المجلس", "البيان الختامي")
_HAMMAMI = "محمد الصالح الهمامي"
_HAMMAMI_ROLE = "رئيس مجلس الشوري"
_SHURA_MEMBER = "احد اعضاء المجلس"
_KAABI = "نجيبة الكعبي"
_KAABI_ROLE = "الناطقة الرسمية باسم المجلس"
_OUERGHI = "كمال الورغي"
_OUERGHI_ROLE = 'القيادي في حزب "نداء تونس"'
_FRONT = "الجبهة الشعبية"
# --- Kapitalis ---------------------------------------------------------------------
_BENYAHIA = "هشام بن يحيى"
_BENYAHIA_ROLE = "المدير السابق للتخطيط بالشركة التونسية للكهرباء والغاز والخبير في سياسات الطاقة"
_BENYAHIA_ALIASES = ("بن يحيى", "الخبير", "المدير السابق بالشركة")
_STEG = "الشركة التونسية للكهرباء والغاز"

GOLD = {
    # --- F16: fresh-author held-out set, seven Tunisian outlets --------------------
    "f16_businessnews_bct_rate": [
        q(
            "الضغوط التضخمية لا تزال قائمة رغم التراجع المسجّل منذ بداية السنة",
            _BCT,
            None,
            "2025-03-26",
            aliases=_BCT_ALIASES,
        ),
        q(
            "التضخم الأساسي، دون احتساب المواد الغذائية الطازجة والمواد المؤطرة، يبقى في "
            "مستوى مرتفع يستدعي اليقظة",
            _BCT,
            None,
            "2025-03-26",
            aliases=_BCT_ALIASES,
        ),
        q(
            "أيّ تخفيض متسرّع للنسبة سيُعيد التضخم إلى مستويات لا نريد العودة إليها",
            _SALAMA,
            _SALAMA_ROLE,
            "2025-03-27",
            aliases=_SALAMA_ALIASES,
        ),
        q(
            "نحن نراقب تطوّر الأسعار شهرا بشهر، والقرار القادم سيكون مبنيّا على المعطيات لا "
            "على الضغوط",
            _SALAMA,
            _SALAMA_ROLE,
            "2025-03-27",
            aliases=_SALAMA_ALIASES,
        ),
        q(
            "استثنائي ومحدود في الزمن",
            _SALAMA,
            _SALAMA_ROLE,
            "2025-03-27",
            aliases=_SALAMA_ALIASES,
        ),
        q(
            "لكننا لا نُخفي أنّ تكراره سيجعل مهمّتنا أصعب",
            _SALAMA,
            _SALAMA_ROLE,
            "2025-03-27",
            aliases=_SALAMA_ALIASES,
        ),
        q(
            "القطاع البنكي قادر على تحمّل هذه النسبة، لكنّ المؤسسات الصغرى والمتوسطة هي التي "
            "تدفع الثمن",
            _OTHMAN,
            _OTHMAN_ROLE,
            aliases=("بن عثمان",),
        ),
        q(
            "مؤسسة صغيرة تقترض اليوم بنسبة تتجاوز 11% لا يمكنها أن تفكّر في التوسّع أو في الانتداب",
            _OTHMAN,
            _OTHMAN_ROLE,
            aliases=("بن عثمان",),
        ),
        q(
            "الطلب على القروض الاستهلاكية تراجع بشكل ملحوظ منذ الخريف، والعائلات أصبحت تؤجّل "
            "كلّ شيء تقريبا",
            _BANKER,
            aliases=("المصدر ذاته",),
        ),
        q(
            "إقبالا غير مسبوق على الادخار بالدينار",
            _BANKER,
            aliases=("المصدر ذاته",),
            optional=True,
        ),
        q("مخيّبا للآمال", _UTICA, optional=True),
        q(
            "مراجعة جذرية للسياسة النقدية بما يخدم الاستثمار والتشغيل",
            _UTICA,
            optional=True,
        ),
        q("سياسة نقدية حذرة", _IMF, optional=True),
    ],
    "f16_chaab_ugtt_commission": [
        q("حملة الشيطنة", _KALAI, _KALAI_ROLE, _UGTT_DAY, aliases=_KALAI_ALIASES, optional=True),
        q(
            "الاتحاد لم يكن يوما طرفا في الصراعات الحزبية، لكنه لن يصمت عن ضرب الحق النقابي "
            "ولا عن سجن النقابيين بسبب نشاطهم",
            _KALAI,
            _KALAI_ROLE,
            _UGTT_DAY,
            aliases=_KALAI_ALIASES,
        ),
        q(
            'نقول لمن يبشّر في المنابر بـ"نهاية دور الاتحاد": اقرؤوا التاريخ جيدا، فهذه '
            "المنظمة وُلدت قبل الدولة وستبقى بعد كل الحكومات",
            _KALAI,
            _KALAI_ROLE,
            _UGTT_DAY,
            aliases=_KALAI_ALIASES,
        ),
        q(
            "نهاية دور الاتحاد",
            _KALAI,
            _KALAI_ROLE,
            _UGTT_DAY,
            aliases=_KALAI_ALIASES,
            optional=True,
        ),
        q(
            "لا معنى لأيّ حوار اجتماعي إذا كانت الاتفاقيات تُمضى ثم تُرمى في الرفوف",
            _KALAI,
            _KALAI_ROLE,
            _UGTT_DAY,
            aliases=_KALAI_ALIASES,
        ),
        q(
            "نحن لا نطلب امتيازات، نطلب فقط أن تحترم الدولة توقيعها",
            _KALAI,
            _KALAI_ROLE,
            _UGTT_DAY,
            aliases=_KALAI_ALIASES,
        ),
        q(
            "تآكلت بأكثر من 30 بالمائة خلال خمس سنوات",
            _OUERTANI,
            _OUERTANI_ROLE,
            _UGTT_DAY,
            aliases=("الورتاني",),
        ),
        q(
            "الزيادات المعلنة من جانب واحد لا تعوّض التفاوض ولا تلزم الاتحاد في شيء",
            _OUERTANI,
            _OUERTANI_ROLE,
            _UGTT_DAY,
            aliases=("الورتاني",),
        ),
        q(
            "العمّال في الجهات ينتظرون منا قرارا واضحا لا بيانات",
            _MEKKI,
            _MEKKI_ROLE,
            _UGTT_DAY,
            aliases=("المكني",),
        ),
        q(
            "خيار الإضراب العام ليس هدفا في حدّ ذاته، لكنه يبقى مطروحا إذا تواصل غلق باب التفاوض",
            _MEKKI,
            _MEKKI_ROLE,
            _UGTT_DAY,
            aliases=("المكني",),
        ),
        q(
            "تمسّكها بالحوار الاجتماعي آلية وحيدة لحلّ النزاعات",
            _COMMISSION,
            None,
            _UGTT_DAY,
            aliases=_COMMISSION_ALIASES,
        ),
        q(
            "تفوّض للمكتب التنفيذي الوطني تحديد موعد إضراب عام في القطاع العام والوظيفة "
            "العمومية إذا لم تستجب الحكومة لمطلب استئناف المفاوضات في أجل أقصاه شهر",
            _COMMISSION,
            None,
            _UGTT_DAY,
            aliases=_COMMISSION_ALIASES,
        ),
        q(
            "التضامن المطلق مع النقابيين الموقوفين",
            _COMMISSION,
            None,
            _UGTT_DAY,
            aliases=_COMMISSION_ALIASES,
            optional=True,
        ),
    ],
    "f16_tap_sfax_olive": [
        q(
            "الأمطار الأخيرة التي شهدتها الجهة في شهر أكتوبر ساهمت في تحسين مردودية الأشجار "
            "وفي الرفع من نسبة الزيت في الحبّة",
            _FEKI,
            _FEKI_ROLE,
            "2024-11-14",
            aliases=("الفقي",),
        ),
        q(
            "عدد المعاصر الناشطة بالجهة بلغ هذا الموسم 412 معصرة، منها 96 معصرة تعمل بنظام الطورين",
            _FEKI,
            _FEKI_ROLE,
            "2024-11-14",
            aliases=("الفقي",),
        ),
        q(
            "الفلاح يجد صعوبة كبيرة في إيجاد العمّال رغم ارتفاع الأجر اليومي إلى 50 دينارا في "
            "بعض المعتمديات",
            _FEKI,
            _FEKI_ROLE,
            "2024-11-14",
            aliases=("الفقي",),
        ),
        q(
            "الدولة لن تتدخّل في تحديد الأسعار عند الإنتاج، لكنها ستضمن توفّر زيت الزيتون "
            "المعلّب في السوق المحلية بأسعار في متناول المواطن",
            _RIAHI,
            _RIAHI_ROLE,
            "2024-11-12",
            aliases=("الوزير",),
        ),
        q(
            "تخزين كميات تعديلية لتفادي انهيار الأسعار في ذروة الموسم",
            _RIAHI,
            _RIAHI_ROLE,
            "2024-11-12",
            aliases=("الوزير",),
            optional=True,
        ),
        q(
            "السعر المعروض اليوم في المعاصر لا يتجاوز 14 دينارا للكيلوغرام من الزيت، وهو لا "
            "يغطّي الكلفة إذا احتسبنا الأسمدة والحراثة والجني",
            _CHAARI,
            _CHAARI_ROLE,
        ),
        q(
            "الحل يكمن في التوجّه نحو التعليب والتصدير المباشر بدل بيع الزيت سائبا",
            _BENAMOR,
            _BENAMOR_ROLE,
        ),
        q(
            "على الفلاح أن يتحوّل من مجرّد منتج إلى فاعل في سلسلة القيمة، وهذا يتطلب "
            "تشجيعات حقيقية من الدولة",
            _BENAMOR,
            _BENAMOR_ROLE,
        ),
        q(
            "السوق الأوروبية ستعرف استقرارا نسبيا في الأسعار بعد موسمين من الجفاف",
            _MARIN,
            _MARIN_ROLE,
        ),
    ],
    "f16_diwanfm_cables_borders_scraped": [
        q(
            "الاقتصاد غير الرسمي في الجنوب الشرقي لم يعد هامشيا، بل اصبح صمام الامان الوحيد "
            "الذي يمنع انفجار المنطقه",
            _WHITMORE,
            _WHITMORE_ROLE,
            "2009-08-28",
            aliases=("ويتمور",),
        ),
        q(
            "نصف ما يدخل عبر راس جدير لا يمر علي اي سجل رسمي",
            _CUSTOMS,
            None,
            "2009-08-28",
            aliases=("المسؤول",),
        ),
        q(
            "نحن نعرف من يهرب وماذا يهرب، لكن التعليمات تاتي من فوق بان نغض الطرف",
            _CUSTOMS,
            None,
            "2009-08-28",
            aliases=("المسؤول",),
        ),
        q(
            "الدوله لا تملك بديلا لالاف الشبان الذين يعيشون من تجاره الحدود",
            _ZOUARI,
            _ZOUARI_ROLE,
            "2009-08-28",
            aliases=("الزواري",),
        ),
        q(
            "اذا اغلقنا الحدود يوما واحدا سيكون لدينا مشكل امني في اليوم الموالي",
            _ZOUARI,
            _ZOUARI_ROLE,
            "2009-08-28",
            aliases=("الزواري",),
        ),
        q(
            "عائلات نافذه",
            _US_TUNIS_SCRAPED,
            None,
            "2010-01",
            aliases=("البرقيه",),
            optional=True,
        ),
        q(
            "كل شاحنه تعبر تدفع مرتين، مره للجمارك الليبيه ومره للمقربين في تونس",
            _LIBYAN,
            None,
            "2010-01",
            aliases=("رجل اعمال ليبيا مقيما بجربه",),
        ),
        q(
            "النظام يستفيد من الفوضي اكثر مما يخسر منها، ولا مصلحه له في تنظيم هذه التجاره",
            _US_TUNIS_SCRAPED,
            None,
            "2010-01",
            aliases=("البرقيه",),
        ),
        q(
            "كل هذا نعرفه منذ عشرين سنه، الامريكان فقط كتبوه بلغه دبلوماسيه",
            _JEDIDI,
            _JEDIDI_ROLE,
            aliases=("الجديدي",),
        ),
        q(
            "ما يهمنا اليوم هو ان يفتح المعبر بشكل طبيعي، لان المدينه كلها تعيش منه",
            _JEDIDI,
            _JEDIDI_ROLE,
            aliases=("الجديدي",),
        ),
        q(
            "تؤكد ما كانت تقوله الدراسات المحليه منذ سنوات",
            _AYARI,
            _AYARI_ROLE,
            aliases=("العياري",),
        ),
        q(
            "الحل ليس امنيا فقط، بل يتطلب مناطق تبادل حر حقيقيه وتنميه فعليه للجهه",
            _AYARI,
            _AYARI_ROLE,
            aliases=("العياري",),
        ),
    ],
    "f16_essahafa_cables_maghreb": [
        q(
            "المغرب العربي في عيون الدبلوماسيين الأمريكيين ليس أكثر من ملف أمني تُضاف إليه بعض "
            "الأرقام الاقتصادية",
            _AKHBAR,
            aliases=("الأخبار", "الصحيفة"),
        ),
        q(
            "الحدود المغلقة مع الجزائر تكلّف البلدين نقطتين من النموّ سنويا، لكنّ القرار ليس اقتصاديا",
            _MA_OFFICIAL,
            None,
            "2009-12-17",
            aliases=("المسؤول المغربي",),
        ),
        q(
            "طالما بقي ملف الصحراء على الطاولة، فلن يتحرّك شيء",
            _MA_OFFICIAL,
            None,
            "2009-12-17",
            aliases=("المسؤول المغربي",),
        ),
        q(
            "الطرفين يفضّلان الجمود على أيّ تنازل قد يُفهم داخليا على أنّه هزيمة",
            _HOLDEN,
            _HOLDEN_ROLE,
            "2009-12-17",
            aliases=("هولدن",),
        ),
        q(
            "الجزائر لا تعارض البناء المغاربي، لكنها ترفض أن يتحوّل إلى أداة لفرض أمر واقع",
            _DZ_ADVISER,
            None,
            "2008-03-11",
            aliases=_DZ_ADVISER_ALIASES,
        ),
        q(
            "الحادّة",
            _REDFORD,
            _REDFORD_ROLE,
            "2008-03-11",
            aliases=("ريدفورد", "البرقية"),
            optional=True,
        ),
        q(
            "الرباط تريد اتحادا على مقاسها، ونحن لن نقبل بذلك",
            _DZ_ADVISER,
            None,
            "2008-03-11",
            aliases=_DZ_ADVISER_ALIASES,
        ),
        q(
            "تحاول ألّا تُغضب أحدا، وهذا في حدّ ذاته سياسة",
            _TN_DIPLOMAT,
            None,
            "2010-02",
        ),
        q(
            "الحكومة التونسية تستعمل الخطاب المغاربي للاستهلاك الداخلي أكثر من أي شيء آخر",
            _US_TUNIS,
            None,
            "2010-02",
            aliases=("البرقية",),
        ),
        q(
            "ما ورد في البرقيات لا يضيف جديدا، لكنه يؤكّد أنّ الأمريكيين يفهمون جيدا عمق الأزمة",
            _BENAISSA,
            _BENAISSA_ROLE,
            "2010-12-06",
            aliases=("بنعيسى",),
        ),
        q(
            "المشكل أنّ واشنطن نفسها لم تفعل شيئا لتجاوز هذا الجمود",
            _BENAISSA,
            _BENAISSA_ROLE,
            "2010-12-06",
            aliases=("بنعيسى",),
        ),
        q(
            "تقول بصوت عالٍ ما يهمس به الدبلوماسيون المغاربيون منذ عقدين",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي",),
        ),
        q(
            "الخاسر الأكبر من هذا الجمود هو الشباب المغاربي الذي يرى أسواق أوروبا أقرب إليه من "
            "أسواق جيرانه",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي",),
        ),
    ],
    "f16_alfajr_shura_scraped": [
        q("كفاءات وطنية", _SHURA, None, "2013-01-20", aliases=_SHURA_ALIASES, optional=True),
        q(
            "الحركة لن تحكم وحدها، ولا تريد ذلك، لكنها لن تقبل ايضا بان تعاقب علي نتائج "
            "صناديق الاقتراع",
            _HAMMAMI,
            _HAMMAMI_ROLE,
            "2013-01-19",
            aliases=("الهمامي",),
        ),
        q(
            "نحن منفتحون علي كل الاحزاب التي تؤمن بالديمقراطية، بما في ذلك من يختلف معنا "
            "جذريا، شرط الا يكون الهدف هو اسقاط الحكومة من الشارع",
            _HAMMAMI,
            _HAMMAMI_ROLE,
            "2013-01-19",
            aliases=("الهمامي",),
        ),
        q(
            "عددا من الاعضاء طالبوا بتقييم اداء الوزراء قبل الحديث عن اي توسيع، وهذا مطلب مشروع",
            _SHURA_MEMBER,
        ),
        q(
            "الحركة ترفض كل دعوات حل المجلس الوطني التاسيسي وتعتبرها انقلابا علي ارادة الناخبين",
            _SHURA,
            None,
            "2013-01-20",
            aliases=_SHURA_ALIASES,
        ),
        q(
            "مع توسيعها الي كفاءات وطنية وشخصيات مستقلة",
            _SHURA,
            None,
            "2013-01-20",
            aliases=_SHURA_ALIASES,
            optional=True,
        ),
        q(
            "الاسراع في المصادقة علي الدستور وتحديد موعد نهائي للانتخابات قبل نهاية السنة",
            _SHURA,
            None,
            "2013-01-20",
            aliases=_SHURA_ALIASES,
            optional=True,
        ),
        q(
            "ساخنة وصريحة",
            _KAABI,
            _KAABI_ROLE,
            "2013-01-20",
            aliases=("الكعبي",),
            optional=True,
        ),
        q(
            "ان يختلف ابناء الحركة في الراي امر صحي، المهم ان القرار يتخذ داخل المؤسسات "
            "ويلتزم به الجميع",
            _KAABI,
            _KAABI_ROLE,
            "2013-01-20",
            aliases=("الكعبي",),
        ),
        q("مناورة لربح الوقت لا اكثر", _OUERGHI, _OUERGHI_ROLE, aliases=("الورغي",)),
        q(
            "المشكل ليس في عدد الوزراء بل في طريقة الحكم",
            _OUERGHI,
            _OUERGHI_ROLE,
            aliases=("الورغي",),
        ),
        q(
            "حكومة انقاذ وطني تشرف علي ما تبقي من المرحلة الانتقالية",
            _FRONT,
            optional=True,
        ),
    ],
    "f16_kapitalis_interview_energy": [
        q(
            "تونس تدفع ثمن عشر سنوات من التردّد في الطاقات المتجددة",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
            optional=True,
        ),
        q(
            "هذا ليس قدرا جغرافيا، بل نتيجة خيارات، أو بالأحرى نتيجة غياب الخيارات",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "كان بإمكاننا أن نكون اليوم في وضع المغرب، لكننا قضّينا عشر سنوات في النقاش حول "
            "الإطار القانوني بدل تنفيذ المشاريع",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "سنوات الإعلانات الكبرى",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
            optional=True,
        ),
        q(
            'عندما أعلن وزير الطاقة سنة 2016 "سنبلغ 30 بالمائة من الكهرباء المتجددة في أفق '
            '2030"، صفّقنا جميعا. اليوم نحن بالكاد في حدود 5 بالمائة، ولم يحاسب أحد على ذلك',
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "سنبلغ 30 بالمائة من الكهرباء المتجددة في أفق 2030",
            "وزير الطاقة",
            None,
            "2016",
            optional=True,
        ),
        q(
            "الشمس موجودة والمستثمرون موجودون، لكنّ الإدارة تتعامل مع كل مشروع خاص وكأنه "
            "تهديد لاحتكار الشركة العمومية",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "رأيت ملفات تبقى ثلاث سنوات في أدراج اللجان قبل أن يرفضها أحد بسبب ختم ناقص",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "الوضعية المالية للشركة بلغت مستوى غير مسبوق من الهشاشة بسبب تراكم ديون الحرفاء "
            "العموميين وارتفاع كلفة الغاز المورّد",
            _STEG,
            None,
            "2024-10-03",
            aliases=("الشركة",),
        ),
        q(
            "المشروع مهمّ استراتيجيا، لكن يجب أن نسأل: هل سنصدّر الكهرباء أم سنستوردها؟ إذا "
            "لم نطوّر إنتاجنا من الطاقات المتجددة، فإنّ الكابل سيُستعمل في اتجاه واحد",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "فزّاعة سياسية",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
            optional=True,
        ),
        q(
            "لا أحد جادّ يطالب ببيع الشبكة. ما نقوله هو أن تبقى الشبكة عمومية، وأن يُفتح "
            "الإنتاج للمنافسة بقواعد واضحة",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
        q(
            "الوقت لم يعد في صالحنا. كل سنة تأخير تعني مليار دينار إضافيا من العجز، وشبابا "
            "مهندسين يغادرون إلى الخارج",
            _BENYAHIA,
            _BENYAHIA_ROLE,
            aliases=_BENYAHIA_ALIASES,
        ),
    ],
}

BATCHES = {
    "F16": [
        "f16_businessnews_bct_rate",
        "f16_chaab_ugtt_commission",
        "f16_tap_sfax_olive",
        "f16_diwanfm_cables_borders_scraped",
        "f16_essahafa_cables_maghreb",
        "f16_alfajr_shura_scraped",
        "f16_kapitalis_interview_energy",
    ],
}

BLIND_ARTICLES_21 = {name: (_read(name), gold) for name, gold in GOLD.items()}
