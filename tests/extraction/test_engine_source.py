"""The extraction modules' source keeps the shapes their speed relies on.

Each check reads the code (its AST) for a pattern that CPython 3.11 runs
slower than its equivalent and that the tests of behaviour cannot see.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path
from types import ModuleType


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


def _method_calls_on_imported_names(source: str, namespace: dict[str, object]) -> list[str]:
    """``name.attr(...)`` in a function body where ``name`` was bound at the
    module's top level by ``from <this package> import name`` and is not a
    module (``namespace``: the module's globals, to tell)."""
    tree = ast.parse(source)
    imported = set()
    todo: list[ast.AST] = list(tree.body)
    while todo:  # the top level, into if/try blocks, not into defs
        node = todo.pop()
        if isinstance(node, ast.ImportFrom) and (
            node.level or (node.module or "").startswith("claims.extraction")
        ):
            imported.update(a.asname or a.name for a in node.names)
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))
    imported = {n for n in imported if not isinstance(namespace.get(n), ModuleType)}
    found = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for call in ast.walk(fn):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id in imported
                ):
                    found.add(f"{call.lineno}: {ast.unparse(call.func)}(…)")
    return sorted(found)


def test_no_method_call_on_a_name_imported_from_the_package():
    """CPython 3.11 compiles ``name.method(...)`` as LOAD_ATTR and a call
    when ``name`` was bound by an import (it takes it for a module): a bound
    method object is made on every call, where a module global bound by
    assignment gets LOAD_METHOD.  The extraction modules bind such tables by
    assignment (``_THAT = _words_module._THAT``, see docs/extraction.md)."""
    import claims.extraction as package

    found = []
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        module = importlib.import_module(f"claims.extraction.{path.stem}")
        source = path.read_text(encoding="utf-8")
        for hit in _method_calls_on_imported_names(source, vars(module)):
            found.append(f"{path.name}:{hit}")
    assert not found, "bind by assignment, not import: " + ", ".join(found)


def test_the_import_check_sees_a_method_call_on_an_imported_table():
    source = (
        "from claims.extraction.words import _THAT, _words\n"
        "from claims.extraction import lexicon as lx\n"
        "from .words import _CUE_WORDS\n"
        "_SAYING = _words('x')\n"
        "_BOUND = _THAT.union(())\n"  # (top level: runs once, allowed)
        "def f(toks):\n"
        "    lx.TITLES.get('x')\n"  # (a module: LOAD_ATTR_MODULE, no bound method)
        "    _SAYING.isdisjoint(toks)\n"  # (bound by assignment)
        "    return _THAT.isdisjoint(toks) or any(_CUE_WORDS.issuperset(t) for t in toks)\n"
    )
    namespace = {"lx": ModuleType("lx")}
    assert _method_calls_on_imported_names(source, namespace) == [
        "9: _CUE_WORDS.issuperset(…)",
        "9: _THAT.isdisjoint(…)",
    ]
