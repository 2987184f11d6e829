"""Condition ids are names declared with the rules (core/rules/ids.py): each name has its rule,
each rule its name, a rule under any other id is refused when it is declared, and the output
still writes the contract's plain strings ("art7/4/b")."""

from __future__ import annotations

import json
import re

import pytest

from core.answers_file import parse_answers
from core.assess import CONDITION_IDS, assess
from core.batch_json import assessment_json_text
from core.contract import assessment_json
from core.rules.base import REGISTRY, Citation, Comparator, condition
from core.rules.ids import ConditionId

CONTRACT_ID = re.compile(r"art\d+(/\d+(/[a-z])?)?")


def test_each_name_has_its_rule_and_each_rule_its_name():
    assert set(REGISTRY) == set(ConditionId)
    assert all(type(cid) is ConditionId for cid in REGISTRY)
    assert set(CONDITION_IDS) == set(ConditionId)  # every condition is in a way in


def test_a_rule_under_an_id_that_is_not_a_name_is_refused_where_it_is_declared():
    declare = condition(
        "art7/5",  # type: ignore[arg-type]  # not a condition of the text
        Citation("7", "5°"),
        label="—",
        text_fr="—",
        text_en="—",
        comparator=Comparator.IS,
        inputs=(),
    )
    with pytest.raises(ValueError, match="art7/5"):
        declare(lambda facts: None)  # type: ignore[arg-type,return-value]
    assert "art7/5" not in REGISTRY


def test_the_output_writes_each_id_as_the_contract_spells_it():
    result = assess(parse_answers(b'{"schema_version": 1}'))
    for text in (json.dumps(assessment_json(result, "en")), assessment_json_text(result, "en")):
        data = json.loads(text)
        ids = {c["id"] for way in data["ways"] for c in way["conditions"]}
        ids |= {c["id"] for way in data["ways"] for c in way["unknown"] + way["unmet"]}
        assert ids == {cid.value for cid in ConditionId}
        assert all(CONTRACT_ID.fullmatch(cid) for cid in ids)
