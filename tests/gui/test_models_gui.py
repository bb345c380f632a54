"""Switching model/backend through the engine worker, the status bar, and the Models dialog."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from assistant.llm.backend import get_backend
from assistant.llm.base import ModelInfo, Request
from assistant.llm.fake import FakeEngine, Script
from assistant.paths import user_models_dir
from tests.conftest import MemoryKeyring
from tests.ggufs import make_gguf
from tests.unit.test_backend import SECRET
from ui.engine_worker import EngineState, Job
from ui.models_dialog import ModelsDialog

QWEN = "qwen2.5-1.5b-instruct-q4_k_m.gguf"


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def named(name: str, script: Script | None = None) -> FakeEngine:
    gen = FakeEngine(script or Script())
    gen.info.name = name
    return gen


def slow_job() -> Job:
    req = Request.chat([{"role": "user", "content": "go"}], use_cache=False, max_tokens=400)
    return Job("chat", lambda g, ctx: g.generate(req, ctx.on_token, ctx.cancel))  # type: ignore[union-attr]


def ready(ctx, qtbot) -> None:
    ctx.engine.load()
    qtbot.waitUntil(lambda: ctx.engine.state is EngineState.READY)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def test_switch_waits_for_the_running_request(make_app, qtbot) -> None:
    ctx, window = make_app(Script(replies=["word " * 60], delay_s=0.005))
    ready(ctx, qtbot)
    order: list[str] = []
    ctx.engine.model_loaded.connect(lambda info: order.append(f"loaded {info.name}"))
    ctx.engine.submit(slow_job(), success=lambda _: order.append("finished"))
    qtbot.waitUntil(lambda: ctx.engine.state is EngineState.GENERATING)
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=10_000):
        ctx.engine.switch(lambda: named("second"))
    assert order == ["finished", "loaded second"]
    ready(ctx, qtbot)
    assert window.model_label.text() == "second"


def test_switch_can_stop_the_running_request_first(make_app, qtbot) -> None:
    ctx, window = make_app(Script(replies=["word " * 400], delay_s=0.01))
    ready(ctx, qtbot)
    order: list[str] = []
    ctx.engine.model_loaded.connect(lambda info: order.append(f"loaded {info.name}"))
    job = ctx.engine.submit(
        slow_job(), success=lambda _: order.append("finished"), cancelled=lambda: order.append("cancelled")
    )
    qtbot.waitUntil(lambda: ctx.engine.state is EngineState.GENERATING)
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5_000):
        ctx.engine.switch(lambda: named("second"), stop_current=True)
    assert order == ["cancelled", "loaded second"]
    assert job.outcome == "cancelled" and job.id not in ctx.engine._handles and not ctx.engine.busy
    assert window.model_label.text() == "second"


def test_a_failed_switch_keeps_the_previous_model(make_app, qtbot) -> None:
    from assistant.errors import ModelError

    ctx, window = make_app()
    ready(ctx, qtbot)

    def broken() -> FakeEngine:
        raise ModelError("Model file not found: /nowhere.gguf")

    with qtbot.waitSignal(ctx.engine.switch_failed, timeout=5_000) as blocker:
        ctx.engine.switch(broken)
    assert "not found" in blocker.args[0] and "Still using fake" in blocker.args[0]
    ready(ctx, qtbot)
    assert window.model_label.text() == "fake"
    assert "Still using fake" in window.message_bar.label.text()
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5_000
    ):
        ctx.engine.submit(slow_job())  # the old model still answers


def test_status_bar_names_a_server_and_a_fallback(make_app) -> None:
    _, window = make_app()
    remote = ModelInfo("http://10.0.0.5:8080/v1", "qwen2.5-7b", "remote:x", 0, 8192, device="remote")
    window._on_model(remote)
    assert window.model_label.text() == "qwen2.5-7b" and window.device_label.text() == "Server 10.0.0.5:8080"
    local = ModelInfo("/m.gguf", "SmolLM2", "abc", 1, 8192, device_reason="model server unreachable (x)")
    local.extra["fallback_from"] = remote.path
    window._on_model(local)
    assert window.device_label.text() == "CPU — server unreachable"


def open_dialog(window, qtbot) -> ModelsDialog:
    dialog = window.open_models()
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() > 0 and "model file" in dialog.status.text(), timeout=10_000
    )
    return dialog


def test_dialog_lists_models_and_refuses_a_mismatch(make_app, qtbot, monkeypatch, tmp_path: Path) -> None:
    _, window = make_app()
    user_models_dir().mkdir(parents=True, exist_ok=True)
    make_gguf(tmp_path / "x.gguf").replace(user_models_dir() / QWEN)
    make_gguf(user_models_dir() / "mine.gguf", name="Mine")
    dialog = open_dialog(window, qtbot)
    assert window.open_models() is dialog  # one dialog, raised again
    rows = {_cell(dialog.table, r, 0).lstrip("✓ "): r for r in range(dialog.table.rowCount())}
    assert set(rows) == {QWEN, "mine.gguf", "SmolLM2-135M-Instruct.Q4_1.gguf"}
    assert dialog.table.item(rows[QWEN], 7).text() == "mismatch"
    assert "refused" in dialog.status.text()
    dialog.table.selectRow(rows[QWEN])
    assert not dialog.use_button.isEnabled()
    dialog.table.selectRow(rows["SmolLM2-135M-Instruct.Q4_1.gguf"])
    assert not dialog.remove_button.isEnabled()  # the embedded model stays
    dialog.table.selectRow(rows[QWEN])
    monkeypatch.setattr(ModelsDialog, "confirm", classmethod(lambda cls, *a: True))
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert not (user_models_dir() / QWEN).exists()


def test_use_a_model_switches_the_engine(make_app, qtbot) -> None:
    ctx, window = make_app()
    ready(ctx, qtbot)
    make_gguf(user_models_dir() / "mine.gguf", name="Mine")
    ctx.model_factory = lambda: named("Mine")
    dialog = open_dialog(window, qtbot)
    (row,) = [r for r in range(dialog.table.rowCount()) if _cell(dialog.table, r, 0).endswith("mine.gguf")]
    dialog.table.selectRow(row)
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5_000):
        dialog.use_button.click()
    assert window.model_label.text() == "Mine"
    from assistant.store.records import get_setting

    assert get_setting(ctx.store, "model_path") == str(user_models_dir() / "mine.gguf")


def test_server_settings_save_the_key_in_the_keyring_and_switch(
    make_app, qtbot, memory_keyring: MemoryKeyring
) -> None:
    ctx, window = make_app()
    ready(ctx, qtbot)
    ctx.model_factory = lambda: named("served")
    dialog = open_dialog(window, qtbot)
    url = closed_port_url()
    dialog.use_server.setChecked(True)
    assert dialog.server_box.isEnabled() and not dialog.use_button.isEnabled()
    dialog.url.setText(url)
    dialog.key_source.setCurrentText("OS keyring")
    dialog.key.setText(SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "not answering" in dialog.status.text(), timeout=10_000)
    assert memory_keyring.data[("daybreak", url)] == SECRET and dialog.key.text() == ""
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5_000):
        dialog.apply_button.click()
    saved = get_backend(ctx.store)
    assert saved.remote and saved.base_url == url and saved.key_in_keyring and saved.fallback_local
    ctx.store.db.execute("pragma wal_checkpoint(FULL)")
    for f in Path(ctx.store.path).parent.glob("*.db*"):
        assert SECRET.encode() not in f.read_bytes()
    dialog.use_local.setChecked(True)
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5_000):
        dialog.apply_button.click()
    assert not get_backend(ctx.store).remote and memory_keyring.data == {}  # the key goes with the server


def test_a_bad_server_address_is_explained_and_nothing_saved(make_app, qtbot) -> None:
    ctx, window = make_app()
    dialog = open_dialog(window, qtbot)
    dialog.use_server.setChecked(True)
    dialog.url.setText("192.168.1.20:8080")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Not a server address" in dialog.status.text())  # checked off the UI thread
    assert not get_backend(ctx.store).remote


def test_download_from_the_dialog_with_progress_and_stop(make_app, qtbot, fake_hub, tmp_path: Path) -> None:
    data = make_gguf(tmp_path / "src.gguf", name="Hub Model", payload_bytes=3_000_000).read_bytes()
    fake_hub.add("tester/Tiny-GGUF", "tiny.gguf", data)
    fake_hub.delay_per_chunk_s = 0.02  # slow enough to press Stop
    _, window = make_app()
    dialog = open_dialog(window, qtbot)
    dialog.repo.setText("tester/Tiny-GGUF")
    dialog.repo_file.setText("tiny.gguf")
    dialog.download_button.click()
    assert dialog.stop_download_button.isEnabled() and not dialog.download_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 300, timeout=10_000)
    dialog.stop_download_button.click()
    qtbot.waitUntil(lambda: "The download was stopped" in dialog.status.text(), timeout=10_000)
    assert dialog.download_button.isEnabled() and not dialog.progress.isVisible()
    assert (user_models_dir() / "tiny.gguf.part").exists()
    fake_hub.delay_per_chunk_s = 0.0
    dialog.download_button.click()
    qtbot.waitUntil(lambda: "Downloaded tiny.gguf" in dialog.status.text(), timeout=20_000)
    assert fake_hub.ranges[-1] is not None  # the second attempt resumed
    assert (user_models_dir() / "tiny.gguf").read_bytes() == data
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)


def test_a_model_that_fails_to_load_is_not_left_as_the_choice(make_app, qtbot) -> None:
    from assistant.errors import ModelError
    from assistant.store.records import get_setting

    ctx, window = make_app()
    ready(ctx, qtbot)
    make_gguf(user_models_dir() / "broken.gguf", name="Broken")

    def settings_factory() -> FakeEngine:  # like the app's: reads the settings when called
        path = get_setting(ctx.store, "model_path")
        if path and path.endswith("broken.gguf"):
            raise ModelError("Could not load the model broken.gguf: the file is damaged.")
        return named("fake")

    ctx.model_factory = settings_factory
    dialog = open_dialog(window, qtbot)
    (row,) = [r for r in range(dialog.table.rowCount()) if _cell(dialog.table, r, 0).endswith("broken.gguf")]
    dialog.table.selectRow(row)
    with qtbot.waitSignal(ctx.engine.switch_failed, timeout=5_000) as blocker:
        dialog.use_button.click()
    assert "damaged" in blocker.args[0] and "Still using fake" in blocker.args[0]
    assert get_setting(ctx.store, "model_path") is None  # the previous choice is back
    qtbot.waitUntil(lambda: ctx.engine.state is EngineState.READY)
    assert window.model_label.text() == "fake"
