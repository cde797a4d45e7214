"""Keys: a set of named strings that behaves as a ``StrEnum`` where the app uses one.

``Msg`` (every sentence's key) and the domain's words in ``vocab`` (kinds, roles,
countries) are sets of keys. ``enum`` itself is not used for them: importing it (with
``functools`` and ``collections``) costs half as much as starting Python, and creating
a ``StrEnum`` of 300 members another 2.5 ms, which the crisis view would pay on every
start. Type checkers see a real ``StrEnum``; Pydantic reads a key as it reads an enum
member (the class tells it how), and Typer's choices are made from the keys where an
option needs them (``cli/common.py``).

What a key does, as an enum member does: it is its string value (``Kind.PLACE ==
"place"``, a raw string from the store finds it in a dict); it has ``.value`` and
``.name``; the class iterates over its members, has ``len``, finds a member by value
(``Kind("place")``, else ``ValueError``) and by name (``Kind["PLACE"]``); and a member
is copied and pickled as itself, so ``is`` holds.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from enum import StrEnum as Keys
else:

    class _KeysType(type):
        """The class of a set of keys: iterable and searchable by value, like an enum."""

        def __iter__(cls):
            return iter(cls._members)

        def __len__(cls):
            return len(cls._members)

        def __call__(cls, value):
            try:
                return cls._by_value[value]
            except (KeyError, TypeError):
                msg = f"{value!r} is not a valid {cls.__name__}"
                raise ValueError(msg) from None

        def __getitem__(cls, name):
            return cls._by_name[name]

    class Keys(str, metaclass=_KeysType):
        """The members of a subclass are its upper-case class attributes with a string
        value, made into instances of the subclass when it is created."""

        __slots__ = ()

        def __init_subclass__(cls) -> None:
            super().__init_subclass__()
            new = str.__new__
            by_name = {
                name: new(cls, value)
                for name, value in vars(cls).items()
                if type(value) is str and name.isupper()
            }
            for name, member in by_name.items():
                setattr(cls, name, member)
            cls._by_name = by_name
            cls._members = tuple(by_name.values())
            cls._by_value = {str.__str__(m): m for m in cls._members}
            cls._names = {m: name for name, m in by_name.items()}

        @property
        def value(self):
            return str.__str__(self)

        @property
        def name(self):
            return type(self)._names[self]

        def __str__(self):
            return str.__str__(self)

        def __repr__(self):
            return f"<{type(self).__name__}.{self.name}: {str.__repr__(self)}>"

        def __copy__(self):
            return self

        def __deepcopy__(self, memo):
            return self

        def __reduce_ex__(self, protocol):
            return type(self), (str.__str__(self),)

        @classmethod
        def __get_pydantic_core_schema__(cls, source, handler):
            """Read, written and described by Pydantic as it does an enum: the same
            checks, the member itself back, the same JSON Schema (``models.py``). Only
            Pydantic calls this, so only then is it imported."""
            import inspect

            # Pydantic is here whenever this runs; the core never imports it itself.
            from pydantic_core import core_schema  # noqa: TID251

            updates = {"title": cls.__name__}
            if cls.__doc__:
                updates["description"] = inspect.cleandoc(cls.__doc__)

            def described(schema, handler):
                json_schema = handler(schema)
                handler.resolve_ref_schema(json_schema).update(updates)
                return json_schema

            return core_schema.enum_schema(
                cls,
                list(cls),
                sub_type="str",
                ref=f"{cls.__module__}.{cls.__qualname__}:{id(cls)}",
                metadata={"pydantic_js_functions": [described]},
            )


__all__ = ["Keys"]
