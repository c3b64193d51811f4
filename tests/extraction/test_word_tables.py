"""Word tables are matched against the folded tokens of ``normalize``
(hamzas, ة, ى and tanween folded): an entry written in its full spelling
("الرائد", "ترؤسه") can never match and silently disables its rule."""

from __future__ import annotations

import ast
from pathlib import Path

from claims.extraction.normalize import fold_with_offsets

PACKAGE = Path(__file__).resolve().parents[2] / "claims" / "extraction"


def unfolded_entries(source: str) -> list[tuple[int, str]]:
    """(line, word) of every entry of a ``_words("…")`` table in ``source``
    that folding would change."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "_words")
                # "_words_module._words(…)" in the mixins
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "_words")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            for word in node.args[0].value.split():
                if fold_with_offsets(word)[0] != word:
                    found.append((node.lineno, word))
    return found


def test_every_word_table_entry_is_in_folded_form():
    bad = {
        path.name: unfolded_entries(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.glob("*.py"))
    }
    assert not {name: hits for name, hits in bad.items() if hits}


def test_the_check_sees_an_unfolded_entry():
    source = '_RANKS = _words("العقيد الرائد")\n_TALKS = _words(\n    "كلمته ترؤسه"\n)\n'
    assert unfolded_entries(source) == [(1, "الرائد"), (2, "ترؤسه")]


def test_a_body_spelt_with_hamza_keeps_its_members_genitive():
    # _MEMBERS_BODIES held "هيئه" in full spelling (tokens fold it to
    # "هييه"), so "الهيئة" lost the genitive "النقابة" keeps
    from claims.extraction import extract

    for body in ("الهيئة", "النقابة"):
        text = f'وقالت {body} الوطنية للصحفيين إن "الاعتداء على الصحفيين غير مقبول".'
        (quote,) = extract(text)
        assert quote.speaker == f"{body} الوطنية للصحفيين"
        assert quote.speaker_kind == "organization"
