from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from assistant.llm.fake import FakeGenerator, Script
from assistant.store import Store


@pytest.fixture
def make_app(qtbot, store: Store) -> Iterator[Callable[..., tuple[object, object]]]:  # type: ignore[no-untyped-def]
    """Build the real window and engine thread around a scripted generator."""
    from ui.app import build, shutdown

    built: list[object] = []

    def make(script: Script | None = None, *, fail_load: Exception | None = None, n_params: int = 0):  # type: ignore[no-untyped-def]
        def factory() -> FakeGenerator:
            if fail_load is not None:
                raise fail_load
            return FakeGenerator(script or Script(), n_params=n_params)

        ctx, window = build(store, factory)
        qtbot.addWidget(window)
        built.append(ctx)
        window.show()
        return ctx, window

    yield make
    for ctx in built:
        shutdown(ctx)  # type: ignore[arg-type]
        assert not ctx.engine.engine_thread.isRunning()  # type: ignore[attr-defined]
