"""Constructions from the Known weaknesses list (kw23a, first session of 2026-12-06).

Every sentence here is invented.

1. dd69942b's على arm (a state told by على and its noun after a bare title
   opening its clause keeps the word before على a name: 'اللواء صقر على رأس
   القوة') read a verb of a name's shape there as the name: 'أن الوزير جلس
   على رأس الطاولة، وقال' gave the speaker 'جلس' ('عمل على رأس الفريق',
   'حصل على موعد' the same). A verb whose complement على introduces
   (phrases._VERBS_WITH_ALA, which gains the verbs of a seat or a stand
   taken: جلس، وقف، نزل) is the title's verb there, no name. Not a family
   name of a verb's shape outside that set ('الوزير نمر على رأس الوفد',
   'الوزير جبر على تواصل دائم').
2. A verb of saying joined by و with no comma before it, after a sentence
   that opens on another verb with و and names its subject ('وابتسم
   الزيادي وقال:', 'واكتفى الزيادي بالنظر للصحفي وقال:'; dev20s's item):
   the verb of the sentence's shape was read into the name ('وابتسم
   الزيادي'), or the last speaker took the words. As after a comma
   ('وانتقد X السياسات، وقال'), the coordinated verb shares the subject of
   the sentence's first verb (a named person, a body); and a word of a
   derived past verb's shape with و (افتعل، انفعل، استفعل: 'وابتسم',
   'واكتفى') opening the phrase before the verb of saying is no subject,
   as a verb of news is. Not a person after the subject, the verb's object
   ('وأشار الخطيب إلى الزيادي وقال', 'واستقبل الخطيب الزيادي وقال'), nor
   a sentence opening on a when-clause or a fronted adverbial.
3. "In front of him" with its pronoun right after a clause's verb and
   before its object ('وكرر أمامه موقفه، قائلا:'; dev20s's item) was read
   as the title "his imam", the participle's subject: the speaker
   'أمامه'. As right after a verb of saying (subject_of), it is where the
   thing was done, no subject; the subject is elided. Not the imam the
   text writes with its hamza below ('وكرر إمامه موقفه').
4. The verbal noun مفاعلة of a verb whose first radical is و ('مواصلة',
   'مواجهة', 'موافقة', 'مواكبة') glued to بـ or لـ after a title
   ('وتعهدت رئيسة حزب العمال بمواصلة النضال'; dev20s's item) was read as
   the name: phrases._derived_masdar leaves it out, its و read as a long
   vowel. Glued to بـ or لـ it is the verb's complement, never a name
   (phrases._waw_mufaala). Not a name in ب or ل after the title ('بشير
   الخطيب', 'لطفي الزيادي').
5. A text opening on a verb of news with no و before a name, a title and
   a comma ('استقبل X Y سفير Z W، الذي …، وقال'; dev20s's item) was read
   as a subject put first and set off by commas: the speaker 'استقبل X Y'.
   A verb of news (words._NEWS_VERBS) or a word of a derived past verb's
   shape opening the phrase is no such subject (as a word with و was
   not). Not a name or a title put first ('سامي الخطيب، سفير فرنسا
   السابق، قال', 'انتصار الخطيب، مديرة المدرسة، قالت').
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
    return q.speaker, q.role


# ---------------------------------------------------------------- rule 1


def test_verb_taking_ala_after_a_bare_title_is_no_name() -> None:
    for lead, role in (
        ("وذكرت الصحيفة أن الوزير جلس على رأس الطاولة، وقال:", "الوزير"),
        ("وذكرت الصحيفة أن المدرب عمل على رأس الجهاز الفني، وقال:", "المدرب"),
        ("وذكرت الصحيفة أن الوزير حصل على موعد مع الرئيس، وقال:", "الوزير"),
        ("وذكرت الصحيفة أن الوزير نزل على رأس القائمة، وقال:", "الوزير"),
        ("وأفادت مصادر بأن المحافظ وقف على رأس الطاولة، وقال:", "المحافظ"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == role, (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_a_family_name_before_ala() -> None:
    for lead, who, role in (
        ("وذكرت الصحيفة أن اللواء صقر على رأس القوة المنتشرة، وقال:", "صقر", "اللواء"),
        ("وذكرت الصحيفة أن الوزير نمر على رأس الوفد، وقال:", "نمر", "الوزير"),
        ("وذكرت الصحيفة أن الوزير جبر على تواصل دائم مع الحكومة، وقال:", "جبر", "الوزير"),
        ("وذكرت الصحيفة أن الوزير عون على رأس الوفد، وقال:", "عون", "الوزير"),
        # (the name Ali after a verb of a seat taken is still read)
        ("وجلس الرئيس علي صالح على المنصة وقال:", "علي صالح", "الرئيس"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


# ---------------------------------------------------------------- rule 2

MET = "التقى وزير الداخلية سامي الخطيب السفير كريم الزيادي في مكتبه. وقال الخطيب إن الوضع مستقر."


def test_verb_of_saying_joined_without_a_comma() -> None:
    for lead, who, role in (
        (f"{MET} وابتسم الزيادي وقال:", "كريم الزيادي", "السفير"),
        (f"{MET} واكتفى الزيادي بالنظر للصحفي وقال:", "كريم الزيادي", "السفير"),
        (f"{MET} وتنهد السفير كريم الزيادي وقال:", "كريم الزيادي", "السفير"),
        (f"{MET} ونظر السفير كريم الزيادي إلى الحضور وقال:", "كريم الزيادي", "السفير"),
        (f"{MET} وانتقد السفير كريم الزيادي الحكومة وقال:", "كريم الزيادي", "السفير"),
        (f"{MET} وابتسم الخطيب وقال:", "سامي الخطيب", "وزير الداخلية"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_the_verbs_object_and_a_subject_before_the_cue() -> None:
    for lead, who, role in (
        # (a person after the subject is the verb's object)
        (f"{MET} وأشار الخطيب إلى الزيادي وقال:", "سامي الخطيب", "وزير الداخلية"),
        (f"{MET} واستقبل الخطيب الزيادي وقال:", "سامي الخطيب", "وزير الداخلية"),
        (f"{MET} ورد الزيادي على الأسئلة وقال:", "كريم الزيادي", "السفير"),
        # (the cue after a comma, as before)
        (f"{MET} وابتسم السفير كريم الزيادي، وقال:", "كريم الزيادي", "السفير"),
        # (the verb of saying with its own subject)
        (f"{MET} والتقى الزيادي بالصحفيين وقال الخطيب:", "سامي الخطيب", "وزير الداخلية"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


# ---------------------------------------------------------------- rule 3

HOST = "استقبل وزير الداخلية سامي الخطيب وفدا من النقابة."


def test_in_front_of_him_after_the_clauses_verb() -> None:
    for lead, who, role in (
        (f"{HOST} وكرر أمامه موقفه، قائلا:", "سامي الخطيب", "وزير الداخلية"),
        (f"{HOST} وعرض أمامهم خطته، قائلا:", "سامي الخطيب", "وزير الداخلية"),
        (f"{HOST} وشدد أمامه على موقفه، قائلا:", "سامي الخطيب", "وزير الداخلية"),
        (f"{HOST} وشرح أمامهم موقف الحكومة، مؤكدا:", "سامي الخطيب", "وزير الداخلية"),
        (
            "استقبلت وزيرة الصحة سلمى العلي وفدا من النقابة. وجددت أمامه موقفها، قائلة:",
            "سلمى العلي",
            "وزيرة الصحة",
        ),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_in_front_of_a_noun_and_his_imam() -> None:
    for lead, who, role in (
        (f"{HOST} وكرر أمام الوفد موقفه، قائلا:", "سامي الخطيب", "وزير الداخلية"),
        # (the imam, his hamza written below: the subject)
        (
            "استقبل وزير الداخلية سامي الخطيب إمام المسجد الكبير. وكرر إمامه موقفه، قائلا:",
            "إمامه",
            "إمامه",
        ),
        # (the subject named after it)
        (
            f"{HOST} وكرر أمامه رئيس الوفد كريم الزيادي موقفه، قائلا:",
            "كريم الزيادي",
            "رئيس الوفد",
        ),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


# ---------------------------------------------------------------- rule 4


def test_waw_mufaala_glued_to_ba_or_lam_after_a_title() -> None:
    for lead, role in (
        ("وتعهدت رئيسة حزب العمال بمواصلة النضال، وقالت:", "رئيسة حزب العمال"),
        ("وتعهد رئيس الحزب بمواجهة الفساد، وقال:", "رئيس الحزب"),
        ("ودعا رئيس الحزب لمواجهة الفساد، وقال:", "رئيس الحزب"),
        ("وطالب رئيس الحزب بموافقة البرلمان، وقال:", "رئيس الحزب"),
        ("ورحب رئيس الحزب بمواكبة الإعلام، وقال:", "رئيس الحزب"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == role, (lead, speaker)
        assert got_role == role, (lead, got_role)
    # (the name's end: the verbal noun no word of it)
    speaker, got_role = _said("وتعهد رئيس الحزب لطفي الزيادي بمواجهة الفساد، وقال:")
    assert (speaker, got_role) == ("لطفي الزيادي", "رئيس الحزب")


def test_near_misses_a_name_in_ba_or_lam_after_the_title() -> None:
    for lead, who in (
        ("وتعهد رئيس الحزب بشير الخطيب بمواصلة الإصلاحات، وقال:", "بشير الخطيب"),
        ("وقال رئيس الحزب بشير موافي:", "بشير موافي"),
        ("وتعهد رئيس الحزب لطفي الزيادي بتعزيز الديمقراطية، وقال:", "لطفي الزيادي"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == "رئيس الحزب", (lead, got_role)


# ---------------------------------------------------------------- rule 5


def test_verb_of_news_opening_the_text_is_no_fronted_subject() -> None:
    for lead, who, role in (
        (
            "استقبل سامي الخطيب سفير فرنسا كريم الزيادي، الذي قدم أوراق اعتماده، وقال:",
            "سامي الخطيب",
            None,
        ),
        (
            "استقبل الوزير سامي الخطيب سفير فرنسا كريم الزيادي، الذي قدم أوراق اعتماده، "
            "وشدد على أن",
            "سامي الخطيب",
            "الوزير",
        ),
        (
            "استقبلت الوزيرة سلمى العلي سفير فرنسا كريم الزيادي، الذي قدم أوراق اعتماده، وقالت:",
            "سلمى العلي",
            "الوزيرة",
        ),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_a_subject_put_first() -> None:
    for lead, who, role in (
        ("سامي الخطيب، سفير فرنسا السابق، قال:", "سامي الخطيب", "سفير فرنسا السابق"),
        ("انتصار الخطيب، مديرة المدرسة، قالت:", "انتصار الخطيب", "مديرة المدرسة"),
        ("رئيس المجلس المحلي، سامي الخطيب، قال:", "سامي الخطيب", "رئيس المجلس المحلي"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)
