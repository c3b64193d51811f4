"""Constructions from the Known weaknesses list (kw21b, seventh session of 2026-12-05).

1. A verb, its titled and named subject, then greetings or condolences
   sent, bare ('وأبلغ السفير X Y تحيات الملك', 'ووجه النائب X Y تحية
   إلى', 'وبعث X Y تحيات حارة', 'تعازي الملك', 'تعازيه'; the list's "left:
   X Y تحيات"): the object was read into the name. After a name read,
   such a noun is the verb's object (phrases._OBJECT_AFTER_NAME). Not the
   given name تحية right after a title ('الفنانة تحية كاريوكا')."""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
    return q.speaker, q.role


def test_greetings_sent_after_a_full_name() -> None:
    for lead, who, role in (
        ("وأبلغ السفير كريم حداد تحيات الملك للحاضرين، وقال:", "كريم حداد", "السفير"),
        ("ووجه النائب عادل مراد تحية إلى الحاضرين، وقال:", "عادل مراد", "النائب"),
        ("وبعث الرئيس سمير خوري تحيات حارة إلى الجالية، وقال:", "سمير خوري", "الرئيس"),
        ("ونقلت الوزيرة ليلى الحسن تحيات حارة للمشاركين، وقالت إن", "ليلى الحسن", "الوزيرة"),
        ("وأبلغ رئيس المجلس فادي سلوم تعازي الملك للأسرة، مؤكدا أن", "فادي سلوم", "رئيس المجلس"),
        ("وقدم الوزير نبيل الشامي تعازيه لأسر الضحايا، وقال:", "نبيل الشامي", "الوزير"),
    ):
        speaker, got_role = _said(lead)
        assert speaker is not None and speaker.split() == who.split(), (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_the_given_name_tahia() -> None:
    for lead, who in (
        ("وقالت الفنانة تحية كاريوكا:", "تحية كاريوكا"),
        ("وقالت الممثلة تحية حلمي إن", "تحية حلمي"),
        # (already read right: greetings carried with نقل, a name before them)
        ("ونقل السفير كريم حداد تحيات الملك للحاضرين، وقال:", "كريم حداد"),
        ("وقدم المدرب جمال الحسيني تحياته للجماهير، وقال:", "جمال الحسيني"),
    ):
        speaker, _ = _said(lead)
        assert speaker is not None and speaker.split() == who.split(), (lead, speaker)
