"""Fresh-author held-out set F26: seven articles in the styles of Tunisian
outlets (Business News arabic, Mosaique FM, Al-Chourouk, Nawaat, Assabah,
Al-Maghreb, Kapitalis arabic; three on WikiLeaks cables, two as scraped web
text without hamzas on alef, with ``ه`` for final ``ة`` in places and no
paragraph breaks), written as a journalist would and annotated by hand, with
the gold below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Business News cables (the "family" economy): 09TUNIS516 dated ``14
  جويلية 2009`` (Maghreb month name), ``كتب السفير … أن "…"``, ``ويضيف
  السفير في الوثيقة ذاتها:``, an anonymous bank manager relayed by the cable
  (``تنقل البرقية … عن مدير بنك خاص … قوله إن``) and ``وتابع المصرفي، وفق
  ما ورد في الوثيقة:``, the cable itself as speaker (``وتخلص البرقية إلى
  أن "…"``), 08TUNIS1187 of ``3 نوفمبر 2008`` by a chargé d'affaires, the
  cable's subject line, ``مضيفا:``, an anonymous former minister, reactions
  today (no date) with ``وأضاف "…"`` without colon, an association in marks,
  ``مطالبة بـ"…"``; ``"العائلة"``, ``"سري"``, ``"ويكيليكس"`` and
  ``"بزنس نيوز"`` as labels and outlets.
- Mosaique FM parliamentary debate as scraped text: a plenary dated
  ``اليوم الاثنين 24 نوفمبر 2025``, an MP named after his bloc in marks,
  ``واضاف "…"`` without colon, an MP's question (``تساءلت … "…؟"``), an
  unmarked quote after ``قائلة:``, a predicate after ``ان الوزارة``, a
  committee rapporteur, the minister with ``قال وزير الصحه X "…"``,
  ``واوضح الماجري ان``, ``وتابع:``, ``في تصريح لموزاييك``; programme names
  in marks.
- Al-Chourouk court hearing: ``تونس (الشروق)`` and a hearing dated ``يوم
  الأربعاء 3 ديسمبر 2025``; the defendant's earlier statement to the
  investigating judge read out (no date), the presiding judge's questions,
  the defendant's answers and last word, the prosecutor (``ممثل النيابة
  العمومية``) with ``اعتبر … أن «…»`` and ``مضيفا:``, a lawyer with the
  ``الأستاذ`` honorific and ``وأضاف متسائلا:``, the state's counsel with
  ``بـ«…»`` and ``مؤكدا أن «…»``, the defendant's sister on the sidelines;
  the case name in marks, the next hearing ``14 جانفي 2026`` (not a
  statement date).
- Nawaat feature (women farm workers, Sidi Bouzid): ``"…"، تقول X، عاملة
  …`` and ``وتضيف:``, an anonymous driver, a ministry's ``بلاغ`` dated ``يوم
  14 أكتوبر 2025`` (``أكدت فيه أن "…"``, ``داعية … إلى "…"``), a forum's
  report of ``سبتمبر 2025`` (``ويقول التقرير:``, ``ويضيف المنتدى أن``), a
  sociologist with ``ترى أن المسألة "…"``, ``وتشرح:``, ``وتتابع X:``, a
  farmer with ``"…"، يقول X، قبل أن يضيف:``, ``تبتسم وهي تنزل:``; a
  campaign name in marks.
- Assabah union press conference (secondary teachers): ``أمس`` without a
  dated dateline (no dates), ``أكد الكاتب العام … أن «…»``, ``قائلا: «…»``,
  ``ولفت الكاتب العام إلى أن``, ``معتبرا أن الحديث … «…»``, ``وردا على سؤال
  لـ«الصباح»``, a federation member with ``مؤكدة أن`` and ``وتابعت:``, the
  sectoral body's statement (``وجاء في البيان … أن``, ``ودعت الجامعة … إلى
  «…»``), ``وعلى لسان X، جاء موقف … واضحا:``, an anonymous ministry source
  and ``وأضاف المصدر ذاته:``, a parents' organisation head; ``«حجب
  الأعداد»`` as a label.
- Al-Maghreb cables (opposition under Ben Ali): 06TUNIS2233 of ``11 سبتمبر
  2006``, an opposition leader relayed by the cable (``الذي قال له
  بمرارة:``), the ambassador ``يكتب في خاتمة البرقية:``, the subject line, a
  cable of ``21 شباط/فبراير 2008`` (Levantine/dual month) first published by
  a Lebanese daily, an anonymous interior official relayed by ``دبلوماسي
  أمريكي``, ``وتعلق البرقية على ذلك:``, 09TUNIS288 of ``أفريل 2009`` (month
  precision) with an anonymous lawyer, reactions today (no date) with a
  predicate after ``أن الأمريكيين``, a historian with ``ويقول:``; the
  headline fragment ``«ديكور»``, a party, ``«بدائل»`` and outlets in marks.
- Kapitalis cables as scraped text: 10TUNIS98 dated ``١٥ فيفري ٢٠١٠``
  (Arabic-Indic digits), the ambassador with ``كتب … ان "…"``, the defence
  minister relayed by the ambassador (``انه قال له … :``), an anonymous
  commander, the subject line, a programme in marks, 09TUNIS312 of ``مايو
  2009`` (Egyptian/Gulf month, month precision) with an anonymous Algerian
  diplomat, a Rabat embassy cable of ``17 يوليوز 2009`` (Moroccan month)
  relayed by a Moroccan site (``جاء فيها ان``), an unmarked quote after
  ``قائلا:``, ``واضاف العبيدي "…"``, an anonymous defence ministry source
  with a predicate after ``مشيرا الى ان التعاون``.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``) gets no date without a dated dateline; a date given for an event
(a plenary, a hearing, a ministry's statement, a report) dates its quotes
and the follow-ups of the same account, and the quotes of a person
interviewed at it (the defendant's sister at the hearing), but not an
earlier statement read out at it (the defendant's statement to the
investigating judge gets no date), nor quotes not tied to it (the farm
workers, the farmer, the researcher); a cable's quotes, and the follow-ups
of the same account, take the cable's date (month precision when the article
gives no day); reactions to the leaks get no date; a predicate in marks
after ``أن X`` belongs to the outer speaker; a quote relayed by a speaker
from a third person (``قال له:``) belongs to the third person; nominal
objects after ``إلى``/``بـ``/``من``, one- and two-word fragments, headlines
and a cable's subject line are optional; an unmarked quote after
``قائلا:``/``قائلة:`` is scored without its final full stop; a question
asked by an MP or a judge is scored; names of parties, blocs, associations,
campaigns, programmes, cases, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الأستاذ``), which are not part of the name; an
anonymous source is named by its description; a document (a cable, a
report, a statement) is named as the article names it or by its issuer."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Business News
_US_TUNIS = "السفارة الأمريكية بتونس"
_WHITMORE = "دانيال ويتمور"
_WHITMORE_ROLE = "السفير الأمريكي"
_BANKER = "مدير بنك خاص"
_CABLE = "البرقية"
_HILBRON = "مارك هيلبرون"
_HILBRON_ROLE = "القائم بالأعمال"
_EX_MINISTER = "وزير سابق"
_JOUINI = "معز الجويني"
_JOUINI_ROLE = "الخبير الاقتصادي"
_OUERTANI = "ليلى الورتاني"
_OUERTANI_ROLE = 'رئيسة جمعية "رقابة المال العام"'
# Mosaique FM (scraped)
_QALAI = "منير القلعي"
_QALAI_ROLE = 'النائب عن كتلة "الوفاء للوطن"'
_BELHAJ = "سندس بلحاج"
_BELHAJ_ROLE = "النائبه عن دائرة القصرين"
_KASRAOUI = "رؤوف الكسراوي"
_KASRAOUI_ROLE = "النائب"
_DRIDI = "خالد الدريدي"
_DRIDI_ROLE = "مقرر لجنة الصحه وشؤون المراه والاسره والشؤون الاجتماعية"
_MAJRI = "عبد الرزاق الماجري"
_MAJRI_ROLE = "وزير الصحه"
# Al-Chourouk
_WARGHI = "كمال الورغي"
_WARGHI_ROLE = "المدير العام الأسبق لديوان الحبوب"
_JUDGE = "رئيس الدائرة"
_PROSECUTOR = "ممثل النيابة العمومية"
_HDHIRI = "سامي الحضيري"
_HDHIRI_ROLE = "محامي المتهم الأول"
_STATE_COUNSEL = "المكلف العام بنزاعات الدولة"
_SISTER = "شقيقة المتهم"
# Nawaat
_JLASSI = "فاطمة الجلاصي"
_JLASSI_ROLE = "عاملة فلاحية من معتمدية السبالة"
_DRIVER = "سائق إحدى الشاحنات"
_MINISTRY_WOMEN = "وزارة الأسرة والمرأة والطفولة وكبار السن"
_FTDES = "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"
_SAHLI = "ريم الساحلي"
_SAHLI_ROLE = "الباحثة في علم الاجتماع"
_FERCHICHI = "عبد الحميد الفرشيشي"
_FERCHICHI_ROLE = "صاحب ضيعة زيتون بالمكناسي"
# Assabah
_GHARBI = "منصف الغربي"
_GHARBI_ROLE = "الكاتب العام للجامعة العامة للتعليم الثانوي"
_BENAMOR = "سلوى بن عمر"
_BENAMOR_ROLE = "عضو الجامعة العامة"
_SECTOR_BODY = "الهيئة الإدارية القطاعية"
_SECTOR_BODY_ALIASES = ("الجامعة العامة للتعليم الثانوي", "الجامعة", "البيان")
_CHEBBI = "حاتم الشابي"
_CHEBBI_ROLE = "الأمين العام المساعد للاتحاد العام التونسي للشغل المسؤول عن الوظيفة العمومية"
_EDU_SOURCE = "مصدر من وزارة التربية"
_HAMMAMI = "نبيل الهمامي"
_HAMMAMI_ROLE = "رئيس المنظمة التونسية لحماية التلاميذ"
# Al-Maghreb
_MARKHAM = "ستيفن ماركهام"
_MARKHAM_ROLE = "السفير الأمريكي"
_CHAOUCH = "أحمد الشاوش"
_CHAOUCH_ROLE = "الأمين العام لحزب «الوفاق الديمقراطي»"
_INTERIOR = "مسؤول في وزارة الداخلية التونسية"
_LAWYER = "محامية حقوقية"
_GALLAL = "منذر القلال"
_GALLAL_ROLE = "المؤرخ"
# Kapitalis (scraped)
_WHITMORE_K_ROLE = "السفير الامريكي"
_DEF_MINISTER = "وزير الدفاع التونسي"
_COMMANDER = "قائد عسكري تونسي رفيع"
_US_TUNIS_K = "السفارة"
_DZ_DIPLOMAT = "دبلوماسي جزائري"
_US_RABAT = "السفارة الامريكية بالرباط"
_ABIDI = "نور الدين العبيدي"
_ABIDI_ROLE = "الخبير في الشؤون الامنية"
_DEF_SOURCE = "مصدر بوزارة الدفاع الوطني"

GOLD = {
    # --- F26: fresh-author held-out set, seven Tunisian outlets ------------------
    "f26_businessnews_cables_family": [
        q(
            "نصف رجال الأعمال الذين التقيناهم يشتكون من العائلة، والنصف الآخر جزء منها",
            _WHITMORE,
            _WHITMORE_ROLE,
            "2009-07-14",
            aliases=("السفير",),
        ),
        q(
            "المستثمرون الأجانب لا يسألون عن الضرائب أو اليد العاملة، بل عن الشريك الذي يجب إرضاؤه",
            _WHITMORE,
            _WHITMORE_ROLE,
            "2009-07-14",
            aliases=("السفير",),
        ),
        q(
            "القروض الكبرى تمنح بمكالمة هاتفية لا بملف",
            _BANKER,
            None,
            "2009-07-14",
            aliases=("المصرفي",),
        ),
        q(
            "نحن نعرف أن بعض هذه القروض لن تسترد أبدا، لكن من يجرؤ على الرفض؟",
            _BANKER,
            None,
            "2009-07-14",
            aliases=("المصرفي",),
        ),
        q(
            "الاستقرار الظاهر يخفي احتقانا متزايدا لدى الطبقة الوسطى التي تشعر بأن قواعد "
            "اللعبة مزورة",
            _CABLE,
            None,
            "2009-07-14",
            aliases=("البرقية المرقمة 09TUNIS516",),
        ),
        q(
            "الاتصالات في تونس، قطاع عائلي بامتياز",
            _US_TUNIS,
            None,
            "2008-11-03",
            optional=True,
        ),
        q(
            "تم في ظروف تفتقر إلى أدنى شروط الشفافية",
            _HILBRON,
            _HILBRON_ROLE,
            "2008-11-03",
            aliases=("هيلبرون",),
        ),
        q(
            "أي منافس جدي يجد نفسه فجأة أمام مراقبة جبائية معمقة",
            _HILBRON,
            _HILBRON_ROLE,
            "2008-11-03",
            aliases=("هيلبرون",),
        ),
        q("الرئيس يعلم كل شيء، لكنه اختار ألا يرى", _EX_MINISTER, None, "2008-11-03"),
        q(
            "ما ورد في البرقيات ليس مفاجئا لأي شخص عمل في السوق التونسية قبل 2011",
            _JOUINI,
            _JOUINI_ROLE,
        ),
        q(
            "الخطير أن جزءا من تلك الممارسات لم يختف، بل غير أصحابه فقط",
            _JOUINI,
            _JOUINI_ROLE,
        ),
        q(
            "علينا أن نقرأ هذه الوثائق لا كتاريخ، بل كدليل على ما يجب إصلاحه في منظومة "
            "الصفقات العمومية",
            _OUERTANI,
            _OUERTANI_ROLE,
        ),
        q(
            "نشر كل العقود الكبرى المبرمة قبل 2011 وبعدها",
            _OUERTANI,
            _OUERTANI_ROLE,
            optional=True,
        ),
    ],
    "f26_mosaique_parliament_health_scraped": [
        q(
            "المستشفيات الجهوية تحولت الى محطات عبور نحو تونس العاصمه، والمريض يقطع مئات "
            "الكيلومترات ليجد موعدا بعد ستة اشهر",
            _QALAI,
            _QALAI_ROLE,
            "2025-11-24",
        ),
        q(
            "في سيدي بوزيد لا يوجد طبيب انعاش واحد بعد الساعة الرابعه مساء",
            _QALAI,
            _QALAI_ROLE,
            "2025-11-24",
        ),
        q(
            "متى ستفتح كلية الطب بالقصرين التي وعدتم بها منذ ثلاث سنوات؟",
            _BELHAJ,
            _BELHAJ_ROLE,
            "2025-11-24",
        ),
        q(
            "اهالي الجهة سئموا الوعود ولن يقبلوا بعد اليوم الا بالافعال",
            _BELHAJ,
            _BELHAJ_ROLE,
            "2025-11-24",
        ),
        q(
            "هجرة الاطباء ليست خيارا فرديا بل نتيجة سياسة كامله",
            _KASRAOUI,
            _KASRAOUI_ROLE,
            "2025-11-24",
        ),
        q("تكتفي بالمسكنات بدل العلاج", _KASRAOUI, _KASRAOUI_ROLE, "2025-11-24"),
        q(
            "اللجنه سجلت تاخيرا في انجاز 14 مشروعا صحيا مبرمجا منذ 2022",
            _DRIDI,
            _DRIDI_ROLE,
            "2025-11-24",
        ),
        q(
            "نحن لا ننكر النقائص، لكن الميزانيه المقترحه ترفع اعتمادات التجهيز بـ18 بالمائة "
            "مقارنة بسنة 2025",
            _MAJRI,
            _MAJRI_ROLE,
            "2025-11-24",
            aliases=("الماجري",),
        ),
        q(
            "انتداب 1200 طبيب وممرض سيتم خلال الثلاثي الاول من سنة 2026 مع اولوية مطلقة "
            "للمناطق الداخلية",
            _MAJRI,
            _MAJRI_ROLE,
            "2025-11-24",
            aliases=("الماجري",),
        ),
        q(
            "ملف كلية الطب بالقصرين جاهز، والاشغال تنطلق في شهر مارس القادم",
            _MAJRI,
            _MAJRI_ROLE,
            "2025-11-24",
            aliases=("الماجري",),
        ),
        q(
            "سنصوت على الميزانيه لكننا سنراقب تنفيذ كل وعد قطعه الوزير اليوم تحت قبة البرلمان",
            _QALAI,
            _QALAI_ROLE,
            "2025-11-24",
        ),
    ],
    "f26_chourouk_court_cereals": [
        q(
            "لم أوقع على أي وثيقة دون استشارة المصالح الفنية المختصة",
            _WARGHI,
            _WARGHI_ROLE,
            aliases=("الورغي", "المتهم"),
        ),
        q(
            "هل كنت على علم بأن الشركة المنتفعة بالصفقة يملكها زوج شقيقتك؟",
            _JUDGE,
            None,
            "2025-12-03",
        ),
        q(
            "نعم، كنت أعلم، لكن الصفقة خضعت لكل مراحل المراقبة القانونية ولم أتدخل فيها",
            _WARGHI,
            _WARGHI_ROLE,
            "2025-12-03",
            aliases=("الورغي", "المتهم"),
        ),
        q(
            "ولماذا لم تتخل عن رئاسة لجنة الفرز وأنت تعلم بهذه العلاقة؟",
            _JUDGE,
            None,
            "2025-12-03",
        ),
        q(
            "الملف يتضمن أدلة كافية على تعمد الإضرار بالإدارة وتحقيق منفعة لا وجه لها للغير",
            _PROSECUTOR,
            None,
            "2025-12-03",
        ),
        q(
            "الشحنة الثانية دخلت ميناء بنزرت رغم تقرير المخبر الذي أثبت عدم صلوحيتها للاستهلاك",
            _PROSECUTOR,
            None,
            "2025-12-03",
        ),
        q(
            "موكلي يحاكم اليوم من أجل قرار إداري اتخذته لجنة كاملة بالإجماع",
            _HDHIRI,
            _HDHIRI_ROLE,
            "2025-12-03",
        ),
        q(
            "أين بقية أعضاء اللجنة؟ لماذا لا يمثلون أمامكم اليوم؟",
            _HDHIRI,
            _HDHIRI_ROLE,
            "2025-12-03",
        ),
        q(
            "استرجاع مبلغ 3.2 مليون دينار بعنوان الضرر المادي",
            _STATE_COUNSEL,
            None,
            "2025-12-03",
            optional=True,
        ),
        q(
            "الدولة لن تتنازل عن أي مليم من المال العام في هذا الملف",
            _STATE_COUNSEL,
            None,
            "2025-12-03",
        ),
        q(
            "أنا بريء، وأطلب من المحكمة أن تنصفني بعد أربع سنوات من الانتظار",
            _WARGHI,
            _WARGHI_ROLE,
            "2025-12-03",
            aliases=("الورغي", "المتهم"),
        ),
        q(
            "عائلتنا دفعت الثمن قبل أن يصدر أي حكم، أخي لم يعد يخرج من المنزل",
            _SISTER,
            None,
            "2025-12-03",
        ),
    ],
    "f26_nawaat_farm_workers": [
        q(
            "نخرج على الرابعة فجرا، ونركب فوق بعضنا في الشاحنة كالأغنام",
            _JLASSI,
            _JLASSI_ROLE,
            aliases=("فاطمة",),
        ),
        q(
            "ماذا نفعل؟ إن لم نخرج لا نأكل، والأجرة لا تتجاوز خمسة عشر دينارا في اليوم",
            _JLASSI,
            _JLASSI_ROLE,
            aliases=("فاطمة",),
        ),
        q(
            "صاحب الضيعة هو من يحدد عدد العاملات، وأنا أنفذ. إذا رفضت حمل عشرين امرأة، هناك "
            "عشرة سواق ينتظرون مكاني",
            _DRIVER,
        ),
        q(
            "الأمر الحكومي المنظم لنقل العمال الفلاحيين دخل حيز التنفيذ وسيتم تطبيقه بكل صرامة",
            _MINISTRY_WOMEN,
            None,
            "2025-10-14",
        ),
        q(
            "احترام شروط السلامة في نقل العاملات",
            _MINISTRY_WOMEN,
            None,
            "2025-10-14",
            optional=True,
        ),
        q(
            "النقل العشوائي ليس سوى الوجه الظاهر لمنظومة كاملة من الاستغلال تبدأ بالأجر "
            "وتنتهي بغياب التغطية الاجتماعية",
            _FTDES,
            None,
            "2025-09",
            aliases=("التقرير", "المنتدى"),
        ),
        q(
            "أقل من 10 بالمائة من العاملات منخرطات في الصندوق الوطني للضمان الاجتماعي",
            _FTDES,
            None,
            "2025-09",
            aliases=("التقرير", "المنتدى"),
        ),
        q("أعمق من قانون لم يطبق", _SAHLI, _SAHLI_ROLE, aliases=("الساحلي",)),
        q(
            "المرأة الريفية تعمل في الحقل وفي البيت، ولا أحد يعترف بعملها في الحالتين. "
            "الحادث يجعلها مرئية لأيام، ثم تعود إلى الظل",
            _SAHLI,
            _SAHLI_ROLE,
            aliases=("الساحلي",),
        ),
        q(
            "طالما أن الوسيط، أي السائق، هو من يقبض الأجرة ويوزعها، ستبقى العاملة الحلقة الأضعف",
            _SAHLI,
            _SAHLI_ROLE,
            aliases=("الساحلي",),
        ),
        q(
            "اليد العاملة أصبحت نادرة، ونحن ندفع أكثر من السنوات الماضية",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            aliases=("الفرشيشي",),
        ),
        q(
            "من يطالبنا بتوفير حافلات عليه أن يدعمنا، فالموسم بالكاد يغطي المصاريف",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            aliases=("الفرشيشي",),
        ),
        q(
            "الحمد لله، اليوم رجعنا كاملين",
            _JLASSI,
            _JLASSI_ROLE,
            aliases=("فاطمة",),
        ),
    ],
    "f26_assabah_union_secondary": [
        q(
            "الوزارة أغلقت باب التفاوض منذ جوان الماضي، ونحن لن نبقى في موقع المتفرج",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي", "الكاتب العام"),
        ),
        q(
            "الإضراب ليس غاية في حد ذاته، لكنه آخر ما بقي لنا بعد أشهر من المراسلات دون رد",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي", "الكاتب العام"),
        ),
        q(
            "أكثر من 40 بالمائة من المؤسسات التربوية تشكو نقصا في الإطار التربوي وفي أعوان الحراسة",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي", "الكاتب العام"),
        ),
        q(
            "لا معنى له في ظل هذا الوضع",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي", "الكاتب العام"),
        ),
        q(
            "أيدينا ممدودة، لكن الحوار يكون على قاعدة الاتفاقيات الممضاة لا على قاعدة "
            "الوعود الجديدة",
            _GHARBI,
            _GHARBI_ROLE,
            aliases=("الغربي", "الكاتب العام"),
        ),
        q(
            "الأساتذة يدفعون من جيوبهم ثمن الطباشير والورق وحتى مواد التنظيف",
            _BENAMOR,
            _BENAMOR_ROLE,
        ),
        q(
            "في بعض المعاهد بالشمال الغربي يدرس التلاميذ بمعاطفهم لأن التدفئة معطلة منذ سنوات",
            _BENAMOR,
            _BENAMOR_ROLE,
        ),
        q(
            "القطاع لن يقبل بأي تراجع عن المكاسب المضمنة في اتفاق 2023",
            _SECTOR_BODY,
            aliases=_SECTOR_BODY_ALIASES,
        ),
        q(
            "إضراب حضوري يومي 21 و22 جانفي 2026 بكامل المؤسسات التربوية",
            _SECTOR_BODY,
            aliases=_SECTOR_BODY_ALIASES,
            optional=True,
        ),
        q(
            "الاتحاد يساند الجامعة العامة بكل هياكله، ولن يترك الأساتذة وحدهم في هذه المعركة",
            _CHEBBI,
            _CHEBBI_ROLE,
        ),
        q(
            "باب الحوار لم يغلق يوما، والوزارة ملتزمة بتطبيق كل الاتفاقيات الممضاة في حدود "
            "الإمكانيات المتاحة",
            _EDU_SOURCE,
            aliases=("المصدر ذاته",),
        ),
        q(
            "جزء من المطالب المالية مرتبط بقانون المالية ولا يمكن للوزارة أن تقرر فيه وحدها",
            _EDU_SOURCE,
            aliases=("المصدر ذاته",),
        ),
        q(
            "التلاميذ ليسوا ورقة ضغط في يد أي طرف، ونطالب الجميع بتحييد الامتحانات عن الخلافات",
            _HAMMAMI,
            _HAMMAMI_ROLE,
            aliases=("الهمامي",),
        ),
        q(
            "كانت درسا كافيا للجميع",
            _HAMMAMI,
            _HAMMAMI_ROLE,
            aliases=("الهمامي",),
        ),
    ],
    "f26_maghreb_cables_opposition": [
        q("ديكور", _MARKHAM, _MARKHAM_ROLE, "2006-09-11", optional=True),
        q(
            "النظام يسمح لنا بالوجود لكنه يمنعنا من الحياة",
            _CHAOUCH,
            _CHAOUCH_ROLE,
            "2006-09-11",
            aliases=("الشاوش",),
        ),
        q(
            "الأحزاب القانونية ديكور ضروري للنظام أكثر منها معارضة فعلية، وقادتها يعرفون ذلك جيدا",
            _MARKHAM,
            _MARKHAM_ROLE,
            "2006-09-11",
            aliases=("السفير",),
        ),
        q(
            "المعارضة التونسية: أصوات بلا جمهور",
            _US_TUNIS,
            None,
            "2006-09-11",
            optional=True,
        ),
        q(
            "نحن نعرف كل ما يقال في اجتماعاتهم، وأحيانا قبل أن يقال",
            _INTERIOR,
            None,
            "2008-02-21",
        ),
        q(
            "لم يكن المسؤول يتباهى، بل كان يصف الأمر الواقع كما هو",
            _CABLE,
            None,
            "2008-02-21",
        ),
        q(
            "السجون مليئة بشباب لم يفعلوا شيئا سوى الصلاة في الفجر",
            _LAWYER,
            None,
            "2009-04",
        ),
        q(
            "كنا نقول هذا علنا ولم يصدقنا أحد، والآن يأتي الأمريكيون بعد عشرين عاما ليؤكدوا كلامنا",
            _CHAOUCH,
            _CHAOUCH_ROLE,
            aliases=("الشاوش",),
        ),
        q("كانوا يعرفون ويصمتون", _CHAOUCH, _CHAOUCH_ROLE, aliases=("الشاوش",)),
        q(
            "يجب أن نقرأ البرقيات بحذر، فهي تعكس ما أراد السفير أن تسمعه واشنطن بقدر ما "
            "تعكس الواقع التونسي",
            _GALLAL,
            _GALLAL_ROLE,
        ),
    ],
    "f26_kapitalis_cables_security_scraped": [
        q(
            "التعاون الامني مع تونس ممتاز على مستوى تبادل المعلومات، لكنه محدود جدا على "
            "مستوى الثقه",
            _WHITMORE,
            _WHITMORE_K_ROLE,
            "2010-02-15",
            aliases=("السفير",),
        ),
        q(
            "لن نسمح لاي جندي اجنبي بان يطا ارض تونس، مهما كانت الظروف",
            _DEF_MINISTER,
            None,
            "2010-02-15",
        ),
        q(
            "الجيش التونسي لا يحتاج الى قواعد اجنبيه بل الى معدات مراقبه حديثه للحدود",
            _COMMANDER,
            None,
            "2010-02-15",
        ),
        q(
            "تونس: شريك حذر في الحرب على الارهاب",
            _US_TUNIS_K,
            None,
            "2010-02-15",
            optional=True,
        ),
        q(
            "الجزائر لا تثق في قدره تونس على ضبط حدودها الجنوبيه وحدها",
            _DZ_DIPLOMAT,
            None,
            "2009-05",
        ),
        q(
            "التنسيق المغاربي في مكافحه الارهاب يبقى حبرا على ورق ما دامت الحدود الجزائرية "
            "المغربية مغلقه",
            _US_RABAT,
            None,
            "2009-07-17",
        ),
        q(
            "ما كتبه الامريكيون يعكس حدود الثقه بين الطرفين اكثر مما يعكس ضعف الجيش التونسي",
            _ABIDI,
            _ABIDI_ROLE,
            aliases=("العبيدي",),
        ),
        q(
            "تونس دفعت ثمن هذا الحذر غاليا في جبل الشعانبي بعد سنوات قليله، حين وجد الجيش "
            "نفسه دون التجهيزات التي كان يطالب بها",
            _ABIDI,
            _ABIDI_ROLE,
            aliases=("العبيدي",),
        ),
        q(
            "هذه الوثائق تعود الى مرحله انتهت ولا تلزم المؤسسه العسكرية اليوم في شيء",
            _DEF_SOURCE,
        ),
        q(
            "يتم وفق ما تقتضيه المصلحه الوطنية وحدها",
            _DEF_SOURCE,
        ),
    ],
}

BATCHES = {
    "F26": [
        "f26_businessnews_cables_family",
        "f26_mosaique_parliament_health_scraped",
        "f26_chourouk_court_cereals",
        "f26_nawaat_farm_workers",
        "f26_assabah_union_secondary",
        "f26_maghreb_cables_opposition",
        "f26_kapitalis_cables_security_scraped",
    ],
}

BLIND_ARTICLES_31 = {name: (_read(name), gold) for name, gold in GOLD.items()}
