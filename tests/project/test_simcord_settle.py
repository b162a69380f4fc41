"""tests/conftest.py quickens SimCord's settling by wrapping a private method; this says
so when a SimCord release renames it, instead of the suite growing slower unseen."""

from __future__ import annotations

import inspect

import simcord.env

from tests.conftest import SETTLE_IDLE_SECONDS


def test_simcord_settles_with_the_shorter_interval() -> None:
    settle = simcord.env.Env._settle_internal
    assert hasattr(settle, "__wrapped__"), "SimCord's _settle_internal changed"
    idle = inspect.signature(settle, follow_wrapped=False).parameters["idle"].default
    assert idle == SETTLE_IDLE_SECONDS
