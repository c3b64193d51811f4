"""The extraction modules' source keeps the shapes their speed relies on.

Each check reads the code (its AST) for a pattern that CPython 3.11 runs
slower than its equivalent and that the tests of behaviour cannot see.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path


def _self_attributes_set(cls: type) -> dict[str, int]:
    """Attribute name -> a line where ``cls``'s own body sets ``self.<name>``
    (nested functions included: run()'s closures)."""
    path = Path(sys.modules[cls.__module__].__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    (node,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__]
    found: dict[str, int] = {}
    for e in ast.walk(node):
        if (
            isinstance(e, ast.Attribute)
            and isinstance(e.ctx, ast.Store)
            and isinstance(e.value, ast.Name)
            and e.value.id == "self"
        ):
            found.setdefault(e.attr, e.lineno)
    return found


def test_every_attribute_the_extractor_sets_has_a_slot():
    """_Extractor has slots and no __dict__ (see the comment on its
    __slots__): an attribute its constructor or a mixin sets must be listed
    there, or setting it raises AttributeError."""
    from claims.extraction.engine import _Extractor

    assert _Extractor.__dictoffset__ == 0, "a class in _Extractor's MRO has no __slots__"
    missing = []
    for cls in _Extractor.__mro__[:-1]:
        assert "__slots__" in vars(cls), f"{cls.__name__} has no __slots__ of its own"
        for name, line in _self_attributes_set(cls).items():
            if name not in _Extractor.__slots__:
                missing.append(f"{cls.__module__}:{line}: self.{name}")
    assert not missing, "add to _Extractor.__slots__ (engine.py): " + ", ".join(missing)
