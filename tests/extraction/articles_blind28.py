"""Fresh-author held-out set F23: seven articles in the styles of Tunisian and
Algerian outlets (three on leaked US cables about Tunisia and Algeria, two as
scraped web text without hamzas or paragraph breaks), written as a journalist
would and annotated by hand, with the gold below committed before the engine
was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Chourouk cables (Tunis, agency story relaying the Guardian): dateline
  ``تونس ـ الشروق (وكالات)`` without a date and ``أمس``; 08TUNIS679 dated
  ``27 حزيران/يونيو 2008`` (Levantine/Gregorian dual month, as AFP writes
  it); the ambassador named after his title (``السفير الأمريكي آنذاك``) and
  followed up as ``الدبلوماسي``; an anonymous businessman relayed by the
  cable; a quote inside a quote (the minister's words in ``"…"`` inside the
  ambassador's ``«…»``, the inner one optional); 09TUNIS751 of
  ``تشرين الأول/أكتوبر 2009`` (month precision) with the embassy as speaker
  (``بأنه «…»`` and a three-word predicate) and a European diplomat relayed
  by it; AFP relaying an anonymous US source; reactions of a ministry
  spokesman (``وتابع:``) and a professor (``ويضيف:``), undated; outlet and
  site names in marks.
- Echorouk as scraped text (Algiers cables relayed from El País): no hamzas,
  ``ه`` for ``ة`` and ``ي`` for ``ى`` here and there, missing full stops;
  07ALGIERS1806 dated ``19 ديسمبر 2007``, a journalist relayed by it
  (``قوله "…"`` without ``ان``), 08ALGIERS988 of ``اوت 2008`` (Maghreb
  month), an anonymous officer and his follow-up with ``بان``, an undated
  third cable as speaker (``جاء فيها ان``), an MP with an unmarked quote
  after ``قائلا:``, an analyst with ``د.``-like honorific ``الدكتور`` and
  ``مضيفا ان``; a three-word nominal label after ``باعتبارها`` (optional).
- TSA Arabic (Sonatrach cables relayed from Reuters): ``أمس الأربعاء``
  without a dated dateline; 10ALGIERS87 dated ``28 يناير 2010`` (Egyptian/
  Gulf month name) with the economic attachée in apposition after her title,
  an anonymous former executive, ``مشيرة إلى أن``; 10ALGIERS215 dated
  ``3 مارس 2010`` with an oil company manager (``وأضاف المسؤول ذاته:``),
  the embassy's one-word recommendation after ``بـ`` (optional) and a
  predicate after ``معتبرة أن``; Reuters relaying an expert (``بنقلها عن``),
  a company statement as speaker (``وأضاف البيان أن``), an anonymous
  executive with the speaker after the quote (``«…»، يقول …``).
- Assabah court report (Tunis): the hearing dated ``يوم الاثنين 3 فيفري
  2025`` dates every statement made in court; an indictment decision of
  ``أكتوبر 2024`` as speaker; the defendant, the presiding judge's question
  ending in ``؟``, ``فرد المتهم بأن``, a co-defendant in apposition with
  ``مضيفة:``, a witness described by his function, the prosecutor, a lawyer
  after the honorific ``الأستاذة``; a press headline in marks (not a quote).
- Business News interview (fintech founder): no dateline; the interviewee
  in apposition, speaker after the quote (``«…»، تقول المرزوقي``), ``قبل أن
  تضيف:``, ``وتابعت``, predicate fragments of three and four words,
  ``بالقول:``, ``فأجابت دون تردد:``; a second voice relayed from ``مارس
  الماضي`` (no year, no date); a central bank ``بلاغ`` dated ``14 جويلية
  2025``; company name, legal label and a one-word jargon term in marks.
- Tunisie Numerique as scraped text (Eid sheep market vox pops): ``اليوم``
  without a dated dateline; quotes with the speaker after (``يقول``,
  ``تقول``, ``قال``), an anonymous young man, a farmer with a predicate and
  an unmarked quote after ``مضيفا:``, a ministry official ``الثلاثاء
  الماضي`` (no date), a nominal object after ``الى`` and a one-word
  description after ``بـ`` (optional), a consumer organisation's ``بلاغ``.
- Al-Maghreb op-ed (budget debate): a plenary dated ``الاثنين 17 نوفمبر
  2025`` dates the minister's and an MP's words said at it; an IMF report of
  ``جويلية 2025``; an economist ``الأسبوع الماضي`` (no date); a rapporteur's
  reply ending in ``؟`` (undated); a government slogan and the author's
  later one-word echoes of the minister's words (optional); a parliamentary
  bloc in marks (not a quote).

Conventions as in articles_blind20: a relative date gets no date without a
dated dateline; a dated event (hearing, plenary) dates the words said at it;
a cable's quotes, and the follow-ups of the same account, take the cable's
date (month precision when no day is given); reactions to the leaks get no
date; a predicate in marks after ``أن X`` belongs to the outer speaker; a
quote inside a quote belongs to the outer quote (the inner one is optional);
nominal objects after ``إلى``/``بـ``, one- and two-word fragments, slogans
and headlines are optional; an unmarked quote after ``قائلا:``/``مضيفا:`` is
scored without its final full stop; names of parties, blocs, companies,
sites, outlets and labels in marks are not quotations; a role is the title
chunk or the apposition, whichever is fuller, without honorifics
(``الأستاذة``, ``الدكتور``); an anonymous source is named by its
description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Chourouk
_WHITFIELD = "دانيال ويتفيلد"
_WHITFIELD_ROLE = "السفير الأمريكي"
_WHITFIELD_ALIASES = ("ويتفيلد", "الدبلوماسي")
_TN_BUSINESSMAN = "رجل أعمال تونسي"
_TN_MINISTER = "أحد أعضاء الحكومة"
_US_TUNIS = "السفارة الأمريكية بتونس"
_EU_DIPLOMAT = "دبلوماسي أوروبي معتمد في تونس"
_US_SOURCE = "مصدر دبلوماسي أمريكي في واشنطن"
_GALLATI = "منذر القلاتي"
_GALLATI_ROLE = "الناطق باسم وزارة الشؤون الخارجية"
_OUERGHI = "سليم الورغي"
_OUERGHI_ROLE = "أستاذ القانون الدستوري بكلية الحقوق بصفاقس"
# Echorouk
_US_DIPLOMATS_DZ = "الدبلوماسيين الامريكيين في الجزائر"
_CARLTON = "توماس كارلتون"
_CARLTON_ROLE = "السفير الامريكي"
_DZ_JOURNALIST = "صحفي جزائري"
_DZ_OFFICER = "ضابط سامي في الامن الجزائري"
_THIRD_CABLE = "برقية ثالثة"
_ZITOUNI = "رابح زيتوني"
_ZITOUNI_ROLE = "النائب عن حزب جبهة التحرير الوطني"
_BENSALEM = "عبد القادر بن سالم"
_BENSALEM_ROLE = "المحلل السياسي"
# TSA
_CABLES_DZ = "برقيات دبلوماسية أمريكية"
_HOLLOWAY = "كارين هولواي"
_HOLLOWAY_ROLE = "الملحقة الاقتصادية بالسفارة الأمريكية في الجزائر"
_HOLLOWAY_ALIASES = ("هولواي", "الدبلوماسية الأمريكية")
_EX_SONATRACH = "مسؤول سابق في المجمع"
_OIL_MANAGER = "مدير فرع شركة نفطية أمريكية في الجزائر"
_US_ALGIERS = "السفارة"
_BELKACEMI = "مراد بلقاسمي"
_BELKACEMI_ROLE = "الخبير في شؤون الطاقة"
_SONATRACH = "مجمع سوناطراك"
_SONATRACH_ALIASES = ("سوناطراك", "البيان")
_SONATRACH_CADRE = "إطار في المجمع"
# Assabah
_INDICTMENT = "قرار دائرة الاتهام"
_CHEBBI = "مراد الشابي"
_CHEBBI_ROLE = "المدير العام الأسبق للديوان"
_CHEBBI_ALIASES = ("الشابي", "المتهم الرئيسي", "المتهم")
_JUDGE = "رئيس الدائرة"
_BENAISSA = "سنية بن عيسى"
_BENAISSA_ROLE = "رئيسة مصلحة الشراءات بالديوان سابقا"
_WITNESS = "شاهد من هيئة الرقابة العامة للمصالح العمومية"
_WITNESS_ROLE = "المراقب الذي أعد التقرير الأولي في الملف"
_PROSECUTOR = "ممثل النيابة العمومية"
_ZOUARI = "نادية الزواري"
_ZOUARI_ROLE = "لسان الدفاع عن المتهم الأول"
_HEARING = "2025-02-03"
# Business News
_MARZOUGUI = "إيناس المرزوقي"
_MARZOUGUI_ROLE = "المؤسسة والمديرة العامة لشركة «دفع.تن»"
_MARZOUGUI_ALIASES = ("المرزوقي",)
_FERJANI = "حاتم الفرجاني"
_FERJANI_ROLE = "رئيس الجمعية التونسية للمستثمرين في رأس المال"
_BCT = "البنك المركزي التونسي"
# Tunisie Numerique
_CITIZENS = "اغلب المواطنين"
_AYARI = "الحبيب العياري"
_AYARI_ROLE = "عامل يومي اب لثلاثه اطفال"
_KHADHRAOUI = "منجي الخضراوي"
_KHADHRAOUI_ROLE = "الفلاح القادم من سيدي بوزيد"
_BENAMOR = "فاطمة الزهراء بن عمر"
_BENAMOR_ROLE = "موظفه متقاعده"
_YOUNG_MAN = "شاب رفض ذكر اسمه"
_FEKIH = "سامي الفقيه"
_FEKIH_ROLE = "المدير العام للمنافسة والابحاث الاقتصادية بوزارة التجاره"
_ODC = "منظمة الدفاع عن المستهلك"
# Al-Maghreb
_JERBI = "ليلى الجربي"
_JERBI_ROLE = "وزيرة المالية"
_PLENARY = "2025-11-17"
_AYACHI = "حمزة العياشي"
_AYACHI_ROLE = "النائب عن كتلة «صوت الجمهورية»"
_GOVERNMENT = "الحكومة"
_IMF = "صندوق النقد الدولي"
_RIAHI = "توفيق الرياحي"
_RIAHI_ROLE = "الخبير الاقتصادي"
_CHOUACHI = "ريم الشواشي"
_CHOUACHI_ROLE = "مقررة لجنة المالية والميزانية"

GOLD = {
    # --- F23: fresh-author held-out set, Tunisian and Algerian outlets --------------
    "f23_chourouk_tunis_cables": [
        q(
            "السلطة في تونس تمسك بكل الخيوط، لكنها لم تحسم بعد مسألة من سيمسك بها غدا",
            _WHITFIELD,
            _WHITFIELD_ROLE,
            "2008-06-27",
            aliases=_WHITFIELD_ALIASES,
        ),
        q(
            "الصراع داخل العائلة الموسعة لم يعد سرا، فسائقو سيارات الأجرة في العاصمة يتحدثون "
            "عنه بصوت مسموع",
            _WHITFIELD,
            _WHITFIELD_ROLE,
            "2008-06-27",
            aliases=_WHITFIELD_ALIASES,
        ),
        q(
            "من دون مباركة القصر لا يمكنك أن تفتح حتى مخبزة في حي شعبي",
            _TN_BUSINESSMAN,
            None,
            "2008-06-27",
        ),
        q(
            'قال لي الوزير بالحرف الواحد: "نحن لسنا في وضع مصر، لا أحد هنا سيخرج إلى '
            'الشارع"، وهي ثقة تبدو لنا مبالغا فيها',
            _WHITFIELD,
            _WHITFIELD_ROLE,
            "2008-06-27",
            aliases=_WHITFIELD_ALIASES,
        ),
        q(
            "نحن لسنا في وضع مصر، لا أحد هنا سيخرج إلى الشارع",
            _TN_MINISTER,
            None,
            "2008-06-27",
            aliases=("الوزير",),
            optional=True,
        ),
        q(
            "مسرحية متقنة الإخراج يعرف الجميع خاتمتها",
            _US_TUNIS,
            None,
            "2009-10",
            aliases=("السفارة",),
        ),
        q("تؤدي دور الديكور", _US_TUNIS, None, "2009-10", aliases=("السفارة",)),
        q(
            "بروكسل تفضل الاستقرار على الديمقراطية في الضفة الجنوبية، ولا أحد هناك مستعد "
            "لدفع ثمن التغيير",
            _EU_DIPLOMAT,
            None,
            "2009-10",
        ),
        q(
            "الوزارة لا تعلق على وثائق يفترض أنها سرية، وتدين نشرها",
            _US_SOURCE,
        ),
        q(
            "ما تنشره بعض الصحف الأجنبية لا يعدو أن يكون قراءات أحادية لوثائق لم يتسنّ "
            "التثبت من صحتها",
            _GALLATI,
            _GALLATI_ROLE,
            aliases=("القلاتي",),
        ),
        q(
            "تونس لا تبني علاقاتها مع شركائها على ما يكتبه موظف في سفارة",
            _GALLATI,
            _GALLATI_ROLE,
            aliases=("القلاتي",),
        ),
        q(
            "لا تضيف الكثير لما يتداوله التونسيون في مجالسهم الخاصة",
            _OUERGHI,
            _OUERGHI_ROLE,
            aliases=("الورغي",),
        ),
        q(
            "الجديد الوحيد هو أن نكتشف أن من كانوا يمتدحون النظام علنا كانوا يكتبون عنه "
            "عكس ذلك سرا",
            _OUERGHI,
            _OUERGHI_ROLE,
            aliases=("الورغي",),
        ),
    ],
    "f23_echorouk_algiers_cables_scraped": [
        q(
            "صاحبة الكلمة الاخيرة",
            _US_DIPLOMATS_DZ,
            aliases=("الدبلوماسيين الامريكيين",),
            optional=True,
        ),
        q(
            "الرئاسه تدير الشان اليومي لكن الخطوط الحمراء ترسم في مكان اخر",
            _CARLTON,
            _CARLTON_ROLE,
            "2007-12-19",
            aliases=("كارلتون",),
        ),
        q(
            "الجيش لا يريد رئيسا قويا ولا رئيسا ضعيفا، بل يريد رئيسا يحتاج اليه دائما",
            _CARLTON,
            _CARLTON_ROLE,
            "2007-12-19",
            aliases=("كارلتون",),
        ),
        q(
            "هنا لا احد يعرف من يحكم فعلا، وهذا بالضبط ما يريده من يحكم",
            _DZ_JOURNALIST,
            None,
            "2007-12-19",
        ),
        q(
            "الجماعات المسلحه في الجبال تعيش على الفديه والتهريب اكثر مما تعيش علي العقيده",
            _DZ_OFFICER,
            None,
            "2008-08",
            aliases=("الضابط",),
        ),
        q(
            "التنسيق مع دول الساحل لا يزال ضعيفا جدا، ومالي تحديدا تغض الطرف عن تحركات "
            "المسلحين في الشمال",
            _DZ_OFFICER,
            None,
            "2008-08",
            aliases=("الضابط",),
        ),
        q(
            "ملف الصحراء الغربيه سيبقى العقده التي تعطل كل شيء بين الجزائر والرباط، مهما "
            "تغيرت الوجوه",
            _THIRD_CABLE,
        ),
        q(
            "ما نشرته الصحيفه الاسبانيه لا يعدو ان يكون قراءه انتقائيه لبرقيات كتبها موظفون "
            "لا يعرفون الجزائر الا من نوافذ مكاتبهم",
            _ZITOUNI,
            _ZITOUNI_ROLE,
            aliases=("زيتوني",),
        ),
        q(
            "الامريكيين يكتبون في الغالب ما يريد رؤساؤهم في واشنطن قراءته",
            _ZITOUNI,
            _ZITOUNI_ROLE,
            aliases=("زيتوني",),
        ),
        q(
            "تؤكد ما كان يقال همسا في الصالونات",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
        q(
            "الخطر الحقيقي هو ان تستعمل هذه الوثائق اليوم لتصفية حسابات داخلية بين اجنحة السلطة",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
    ],
    "f23_tsa_sonatrach_cables": [
        q(
            "حالة الشلل",
            _CABLES_DZ,
            aliases=("إحدى هذه البرقيات",),
            optional=True,
        ),
        q(
            "لا أحد في سوناطراك يجرؤ اليوم على توقيع عقد، فالجميع يخشى أن يكون الاسم "
            "التالي على قائمة المحققين",
            _HOLLOWAY,
            _HOLLOWAY_ROLE,
            "2010-01-28",
            aliases=_HOLLOWAY_ALIASES,
        ),
        q(
            "الشركات الأجنبية بدأت تؤجل قراراتها الاستثمارية إلى أن تتضح الصورة، وبعضها بدأ "
            "يتحدث مع ليبيا",
            _EX_SONATRACH,
            None,
            "2010-01-28",
        ),
        q(
            "التأخر في منح رخص الاستكشاف قد يكلف الجزائر حصتها في السوق الأوروبية خلال "
            "العقد المقبل",
            _HOLLOWAY,
            _HOLLOWAY_ROLE,
            "2010-01-28",
            aliases=_HOLLOWAY_ALIASES,
        ),
        q(
            "المشكلة ليست في الفساد وحده، بل في أن قواعد اللعبة تتغير كل ستة أشهر",
            _OIL_MANAGER,
            None,
            "2010-03-03",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "نحن مستعدون للبقاء، لكن لا يمكننا أن نشرح لمجلس إدارتنا لماذا تغير القانون "
            "مرتين في ثلاث سنوات",
            _OIL_MANAGER,
            None,
            "2010-03-03",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "التريث",
            _US_ALGIERS,
            None,
            "2010-03-03",
            aliases=("الوثيقة",),
            optional=True,
        ),
        q(
            "سيقرأ في الجزائر على أنه تدخل في شأن داخلي",
            _US_ALGIERS,
            None,
            "2010-03-03",
            aliases=("الوثيقة",),
        ),
        q(
            "تعكس هشاشة الحوكمة أكثر مما تعكس فسادا معمما",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "المستثمرين لا يخافون من الرقابة، بل من غياب قواعد واضحة تحدد من يراقب ماذا",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        q(
            "المجمع يواصل نشاطه بصفة عادية ويحترم كل التزاماته التعاقدية مع شركائه",
            _SONATRACH,
            aliases=_SONATRACH_ALIASES,
        ),
        q(
            "الوثائق المنشورة تعود إلى مرحلة انتهت ولا تعكس الوضع الحالي للشركة",
            _SONATRACH,
            aliases=_SONATRACH_ALIASES,
        ),
        q(
            "لقد دفعنا ثمن تلك المرحلة غاليا، وما زلنا ندفعه إلى اليوم",
            _SONATRACH_CADRE,
        ),
        q(
            "الخوف من التوقيع تحول إلى ثقافة إدارية قائمة بذاتها",
            _SONATRACH_CADRE,
        ),
    ],
    "f23_assabah_tunis_grain_court": [
        q(
            "تعمدوا تجزئة الصفقات لتفادي رقابة اللجنة العليا للصفقات، مما ألحق بالمجموعة "
            "الوطنية ضررا فاق 14 مليون دينار",
            _INDICTMENT,
            None,
            "2024-10",
            aliases=("دائرة الاتهام",),
        ),
        q(
            "لم أوقّع طيلة مسيرتي المهنية على أي صفقة خارج الإطار القانوني، وكل الملفات "
            "مرت على اللجان المختصة",
            _CHEBBI,
            _CHEBBI_ROLE,
            _HEARING,
            aliases=_CHEBBI_ALIASES,
        ),
        q(
            "كانت البلاد على أبواب أزمة خبز، وكان علينا أن نؤمّن المخزون في أسابيع لا في أشهر",
            _CHEBBI,
            _CHEBBI_ROLE,
            _HEARING,
            aliases=_CHEBBI_ALIASES,
        ),
        q(
            "لماذا لم تعرض ثلاث صفقات متتالية على اللجنة العليا رغم أن قيمتها الجملية تتجاوز "
            "السقف القانوني؟",
            _JUDGE,
            None,
            _HEARING,
        ),
        q(
            "كل صفقة كانت مستقلة عن الأخرى من حيث التوقيت والمزود والكميات",
            _CHEBBI,
            _CHEBBI_ROLE,
            _HEARING,
            aliases=_CHEBBI_ALIASES,
        ),
        q(
            "نفذت تعليمات الإدارة العامة كتابيا",
            _BENAISSA,
            _BENAISSA_ROLE,
            _HEARING,
            aliases=("بن عيسى", "المتهمة الثانية"),
        ),
        q(
            "لدي نسخ من كل المراسلات، وقد سلمتها لقاضي التحقيق منذ اليوم الأول",
            _BENAISSA,
            _BENAISSA_ROLE,
            _HEARING,
            aliases=("بن عيسى", "المتهمة الثانية"),
        ),
        q(
            "الوثائق التي عثرنا عليها لا تتضمن أي إشارة إلى حالة استعجال قبل تاريخ إبرام "
            "الصفقة الأولى",
            _WITNESS,
            _WITNESS_ROLE,
            _HEARING,
            aliases=("شاهد", "المراقب"),
        ),
        q(
            "حالة الاستعجال لا تبرر خرق القانون، والأزمة كانت غطاء لا مبررا",
            _PROSECUTOR,
            None,
            _HEARING,
        ),
        q(
            "يخلو من أي دليل على منفعة شخصية",
            _ZOUARI,
            _ZOUARI_ROLE,
            _HEARING,
            aliases=("الزواري",),
        ),
        q(
            "موكلي لم يثبت أنه تحصل على مليم واحد، فعن أي فساد نتحدث؟",
            _ZOUARI,
            _ZOUARI_ROLE,
            _HEARING,
            aliases=("الزواري",),
        ),
    ],
    "f23_businessnews_fintech_interview": [
        q(
            "لم نعد نطلب امتيازات جبائية، نطلب فقط ألا تتغير القواعد كل سنة",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "المستثمر الأجنبي يسامحك على كل شيء إلا على الضبابية",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q("جيد على الورق", _MARZOUGUI, _MARZOUGUI_ROLE, aliases=_MARZOUGUI_ALIASES),
        q("بطيء إلى حد مرهق", _MARZOUGUI, _MARZOUGUI_ROLE, aliases=_MARZOUGUI_ALIASES),
        q(
            "خسرنا في سنتين أحد عشر مهندسا من أصل ثلاثين، ذهبوا إلى فرنسا وألمانيا وكندا. لا "
            "ألومهم، فالراتب هناك أربعة أضعاف على الأقل",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "نحن نكوّن ونموّل، وغيرنا يقطف الثمار",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "رأس المال المخاطر في تونس ما زال يتعامل مع المؤسسات الناشئة كما تتعامل البنوك "
            "مع القروض العقارية",
            _FERJANI,
            _FERJANI_ROLE,
        ),
        q(
            "الحوار موجود، لكن منطق الرقابة ما زال يسبق منطق التجربة",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "تمر على مكاتب كثيرة قبل أن يقرأها من يفهمها",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "سيطلق فضاء تجريبيا مفتوحا أمام المؤسسات الناشئة في مجال التكنولوجيا المالية "
            "قبل موفى السنة الجارية",
            _BCT,
            None,
            "2025-07-14",
        ),
        q(
            "ننتظر هذا الفضاء منذ 2021، وأتمنى أن يكون هذه المرة حقيقيا لا مجرد إعلان في بلاغ",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "ليبيا سوق عطشى للدفع الإلكتروني، والتونسيون هم الأقرب إليها لغة وثقافة وجغرافيا",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
        q(
            "تونس لا تنقصها الأفكار ولا الكفاءات، تنقصها السرعة",
            _MARZOUGUI,
            _MARZOUGUI_ROLE,
            aliases=_MARZOUGUI_ALIASES,
        ),
    ],
    "f23_tunisienumerique_eid_sheep_scraped": [
        q("الخيالية", _CITIZENS, optional=True),
        q(
            "وصلت الى هنا منذ الثامنة صباحا وابحث عن علوش صغير فقط، لكن اقل سعر وجدته 1100 دينار",
            _AYARI,
            _AYARI_ROLE,
        ),
        q(
            "راتبي الشهري لا يتجاوز 700 دينار، فكيف لي ان اشتري اضحيه دون ان اقترض؟",
            _AYARI,
            _AYARI_ROLE,
        ),
        q(
            "لا يعرف كم يكلفنا العلف",
            _KHADHRAOUI,
            _KHADHRAOUI_ROLE,
            aliases=("الخضراوي",),
        ),
        q(
            "الكيس الواحد من الشعير تجاوز 60 دينارا والبيطري لا ياتي مجانا، نحن لا نربح كما "
            "يظن الناس",
            _KHADHRAOUI,
            _KHADHRAOUI_ROLE,
            aliases=("الخضراوي",),
        ),
        q(
            "العيد فرحه للصغار قبل الكبار، لكن الفرحه لا تشترى بالدين",
            _BENAMOR,
            _BENAMOR_ROLE,
        ),
        q(
            "لم نعد نشتري العلوش منذ ثلاث سنوات، نشترك انا واخي في اضحيه واحده ونقسمها",
            _YOUNG_MAN,
        ),
        q(
            "الكميات المتوفره تغطي حاجيات السوق وتفوقها بحوالي 15 بالمائه",
            _FEKIH,
            _FEKIH_ROLE,
            aliases=("الفقيه",),
        ),
        q(
            "عدم الانسياق وراء المضاربين في الاسواق الموازيه",
            _FEKIH,
            _FEKIH_ROLE,
            aliases=("الفقيه",),
            optional=True,
        ),
        q(
            "ستكون حاضره في كل نقاط البيع الي غاية يوم العيد",
            _FEKIH,
            _FEKIH_ROLE,
            aliases=("الفقيه",),
        ),
        q(
            "الاسعار الحاليه لا تعكس الكلفه الحقيقيه للانتاج وانما تعكس جشع الوسطاء",
            _ODC,
        ),
    ],
    "f23_maghreb_budget_oped": [
        q(
            "ميزانية 2026 ميزانية دولة اجتماعية لا ميزانية محاسبين",
            _JERBI,
            _JERBI_ROLE,
            _PLENARY,
            aliases=("الجربي",),
        ),
        q(
            "لن نلجأ إلى الاقتراض الخارجي إلا في حدود ما تقتضيه الضرورة القصوى",
            _JERBI,
            _JERBI_ROLE,
            _PLENARY,
            aliases=("الجربي",),
        ),
        q(
            "نصادق كل سنة على أرقام نعرف مسبقا أنها لن تتحقق، ثم نعود في قانون المالية "
            "التعديلي لنكتشف ما كنا نعرفه",
            _AYACHI,
            _AYACHI_ROLE,
            _PLENARY,
            aliases=("العياشي",),
        ),
        q("التعويل على الذات", _GOVERNMENT, optional=True),
        q(
            "مستوى الدين العمومي يضيق هامش المناورة أمام السلطات بشكل متزايد، ويحد من "
            "قدرتها على الاستثمار في البنية التحتية",
            _IMF,
            None,
            "2025-07",
            aliases=("الصندوق",),
        ),
        q(
            "الدولة التي تقترض لتدفع الأجور لا تستثمر، بل تؤجل الأزمة إلى من سيأتي بعدها",
            _RIAHI,
            _RIAHI_ROLE,
            aliases=("الرياحي",),
        ),
        q(
            "نحن لا نعاني من عجز في الميزانية فقط، بل من عجز في الخيال",
            _RIAHI,
            _RIAHI_ROLE,
            aliases=("الرياحي",),
        ),
        q(
            "من يطالب بتخفيض الاقتراض عليه أن يقول لنا أي نفقة يريد حذفها: الأجور أم الدعم "
            "أم خدمة الدين؟",
            _CHOUACHI,
            _CHOUACHI_ROLE,
            aliases=("الشواشي",),
        ),
        q("اجتماعية", _JERBI, _JERBI_ROLE, _PLENARY, aliases=("الجربي",), optional=True),
        q("محاسبين", _JERBI, _JERBI_ROLE, _PLENARY, aliases=("الجربي",), optional=True),
    ],
}

BATCHES = {
    "F23": [
        "f23_chourouk_tunis_cables",
        "f23_echorouk_algiers_cables_scraped",
        "f23_tsa_sonatrach_cables",
        "f23_assabah_tunis_grain_court",
        "f23_businessnews_fintech_interview",
        "f23_tunisienumerique_eid_sheep_scraped",
        "f23_maghreb_budget_oped",
    ],
}

BLIND_ARTICLES_28 = {name: (_read(name), gold) for name, gold in GOLD.items()}
