"""``base/keys.Keys`` behaves as the ``StrEnum`` type checkers see (issue #12).

Kinds, roles, countries and message keys are ``Keys`` so that the crisis view never
loads ``enum``. Each test holds a set of keys to a real ``StrEnum`` twin with the same
members: for the app, for Pydantic (validation, dumps, JSON Schema) and for copies.
"""

from __future__ import annotations

import copy
import json
import pickle
from enum import StrEnum

import pytest
from pydantic import BaseModel, ValidationError

from steuncirkel.base.i18n import Msg
from steuncirkel.base.keys import Keys
from steuncirkel.base.vocab import Country, Kind, Role

SETS = [Kind, Role, Country, Msg]


def twin(keys: type[Keys]) -> type[StrEnum]:
    """A real StrEnum with the same name, members and docstring."""
    enum = StrEnum(keys.__name__, {member.name: member.value for member in keys})  # type: ignore[misc]
    enum.__doc__ = keys.__doc__
    return enum


@pytest.mark.parametrize("keys", SETS, ids=lambda k: k.__name__)
def test_members_names_values_and_lookups_match_a_strenum(keys: type[Keys]) -> None:
    real = twin(keys)
    assert len(keys) == len(real) == len(list(keys))
    assert [(m.name, m.value) for m in keys] == [(m.name, m.value) for m in real]
    for member, same in zip(keys, real, strict=True):
        assert member == same == member.value and isinstance(member, keys | str)
        assert str(member) == str(same) and f"{member}" == f"{same}"
        assert keys(member.value) is member and keys[member.name] is member
        assert getattr(keys, member.name) is member
        assert hash(member) == hash(member.value)
        assert json.dumps(member) == json.dumps(same)
        assert repr(member) == repr(same)
    with pytest.raises(ValueError, match=f"'nope' is not a valid {keys.__name__}"):
        keys("nope")
    with pytest.raises(KeyError):
        keys["NOPE"]


@pytest.mark.parametrize("keys", SETS, ids=lambda k: k.__name__)
def test_a_member_is_copied_and_pickled_as_itself(keys: type[Keys]) -> None:
    for member in keys:
        assert copy.copy(member) is member
        assert copy.deepcopy(member) is member
        assert pickle.loads(pickle.dumps(member)) is member


def test_a_raw_string_finds_a_member_in_a_dict() -> None:
    labels = {Kind.PLACE: "plek"}
    assert labels["place"] == "plek"
    assert {"NL": 1}[Country.NL] == 1


@pytest.mark.parametrize("keys", [Kind, Role, Country], ids=lambda k: k.__name__)
def test_pydantic_reads_writes_and_describes_keys_as_an_enum(keys: type[Keys]) -> None:
    real = twin(keys)
    first = next(iter(keys))

    class WithKeys(BaseModel):
        one: keys = first  # type: ignore[valid-type]
        many: list[keys] = []  # type: ignore[valid-type]

    class WithEnum(BaseModel):
        one: real = real(first.value)  # type: ignore[valid-type]
        many: list[real] = []  # type: ignore[valid-type]

    schema, expected = WithKeys.model_json_schema(), WithEnum.model_json_schema()
    assert (schema.pop("title"), expected.pop("title")) == ("WithKeys", "WithEnum")
    assert json.dumps(schema, sort_keys=True) == json.dumps(expected, sort_keys=True)
    for member in keys:
        read = WithKeys.model_validate({"one": member.value, "many": [member.value]})
        assert read.one is member and read.many[0] is member
        assert read.model_dump(mode="json") == {"one": member.value, "many": [member.value]}
        assert (
            read.model_dump_json()
            == WithEnum(one=member.value, many=[member.value]).model_dump_json()
        )
        assert WithKeys.model_validate_json(read.model_dump_json()).one is member
        assert copy.deepcopy(read).one is member
    for bad in ("nope", 3, None, first.value.upper() + "x"):
        with pytest.raises(ValidationError) as refused:
            WithKeys.model_validate({"one": bad})
        with pytest.raises(ValidationError) as also:
            WithEnum.model_validate({"one": bad})
        assert [(e["loc"], e["type"], e["msg"]) for e in refused.value.errors()] == [
            (e["loc"], e["type"], e["msg"]) for e in also.value.errors()
        ]
