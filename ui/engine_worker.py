"""The model on its own thread (after GPT4All's ``chatllm.cpp``).

One :class:`EngineWorker` lives on one ``QThread`` and owns the Engine (a
llama.cpp model is not thread-safe) for its whole life.  The UI talks to it
through :class:`EngineHandle`, which lives on the main thread:

- requests are queued signals, served one at a time, in order;
- **stop is not a queued slot** (it would run after the generation): it sets
  a ``threading.Event`` that the generator checks before every token;
- every request ends with exactly one of ``finished`` / ``cancelled`` /
  ``failed``, so nothing in the UI can stay "busy";
- :meth:`EngineHandle.submit` returns a :class:`JobHandle` carrying that job's
  signals: the EngineHandle is the one place that routes by job id.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from assistant.errors import KnownError, to_known_error
from assistant.llm.base import Engine, ModelInfo, Outcome, Result

log = logging.getLogger("daybreak.ui.engine")

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """Defer Python's full (oldest-generation) garbage collections while a job runs.

    A full collection walks every live object while holding the GIL; in the middle of a
    2 MB transcript the job's own objects make that 100-300 ms, and the UI thread, which
    needs the GIL for every event, freezes for as long.  Young collections (bounded, a
    few ms) still run, reference counting frees everything that is not a cycle, and the
    thresholds come back when the last job ends, so the deferred collection runs then,
    over a heap without the job's data.  Re-entrant and thread-safe.
    """
    global _gc_depth, _gc_saved
    with _gc_lock:
        if _gc_depth == 0:
            _gc_saved = gc.get_threshold()
            young, middle = _gc_saved[0], _gc_saved[1]
            gc.set_threshold(young, middle, 1 << 30)
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_saved is not None:
                gc.set_threshold(*_gc_saved)
                _gc_saved = None


class EngineState(enum.Enum):
    UNLOADED = "Unloaded"
    LOADING = "Loading model…"
    READY = "Ready"
    GENERATING = "Generating"
    ERROR = "Error"


@dataclass
class JobContext:
    """What a job's function gets besides the generator (all thread-safe)."""

    cancel: threading.Event
    on_token: Callable[[str], None]
    on_progress: Callable[[int, int], None]


@dataclass
class Job:
    """A unit of model work: ``run(generator, ctx)`` runs on the engine thread.

    ``run`` may return a :class:`Result` (a plain generation) or any plain data
    (a skill's output).  ``needs_model=False`` jobs also run without a model
    (``generator`` is then ``None``), e.g. rules-only action items.
    """

    kind: str
    run: Callable[[Engine | None, JobContext], Any]
    needs_model: bool = True
    id: int = field(default_factory=itertools.count(1).__next__)


class EngineWorker(QObject):
    """Lives on the engine thread.

    Signals:
        state_changed(EngineState), model_loaded(ModelInfo), load_failed(str),
        switch_failed(str): a switch failed and the previous model is back,
        started(int), token(int, str), progress(int, int, int),
        finished(int, object), cancelled(int), failed(int, str), speed(float)
    """

    state_changed = Signal(object)
    model_loaded = Signal(object)
    load_failed = Signal(str)
    started = Signal(int)
    token = Signal(int, str)
    progress = Signal(int, int, int)
    finished = Signal(int, object)
    cancelled = Signal(int)
    failed = Signal(int, str)
    speed = Signal(float)
    unloaded = Signal()
    switch_failed = Signal(str)

    def __init__(self, factory: Callable[[], Engine]) -> None:
        super().__init__()
        self._factory = factory
        self._generator: Engine | None = None
        self._shown_info: ModelInfo | None = None
        self._lock = threading.Lock()
        self._state = EngineState.UNLOADED
        self._cancel_ids: set[int] = set()
        self._current: tuple[int, threading.Event] | None = None
        self._shutting_down = False

    # -- called from the UI thread (plain methods, not slots) ----------------

    def cancel(self, job_id: int | None = None) -> None:
        """Stop ``job_id`` (queued or running), or the running job if ``None``."""
        with self._lock:
            current = self._current
            if job_id is None and current is not None:
                job_id = current[0]
            if job_id is None:
                return
            self._cancel_ids.add(job_id)
            if current is not None and current[0] == job_id:
                current[1].set()

    def cancel_all(self) -> None:
        with self._lock:
            self._shutting_down = True
            if self._current is not None:
                self._current[1].set()

    # -- slots, run on the engine thread --------------------------------------

    @Slot()
    def load(self) -> None:
        self._set_state(EngineState.LOADING)
        try:
            self._generator = self._factory()
        except Exception as exc:
            self._set_state(EngineState.ERROR)
            self.load_failed.emit(self._load_error(exc))
            return
        self._announce()
        self._set_state(EngineState.READY)

    @Slot(object)
    def switch(self, request: tuple[Callable[[], Engine], Callable[[], None] | None]) -> None:
        """Replace the model or backend.  Runs in queue order: requests queued before
        the switch are served by the old one (the UI stops the running one first if
        the user chose to).  If the new one cannot be loaded, ``undo`` runs (it puts
        back the settings the old factory reads), the old one is loaded again so the
        app keeps working, and ``switch_failed`` says why."""
        factory, undo = request
        old_factory = self._factory
        if self._generator is not None:
            self._generator.close()  # before loading the new one: two 8B models may not fit
            self._generator = None
        self._factory = factory
        self._set_state(EngineState.LOADING)
        try:
            self._generator = factory()
        except Exception as exc:
            why = self._load_error(exc)
            self._factory = old_factory
            try:
                if undo is not None:
                    undo()
                self._generator = old_factory()
            except Exception as again:
                self._set_state(EngineState.ERROR)
                self.load_failed.emit(f"{why} The previous model could not be loaded again either: {again}")
                return
            self._announce()
            self._set_state(EngineState.READY)
            self.switch_failed.emit(f"Could not switch: {why} Still using {self._generator.info.name}.")
            return
        self._announce()
        self._set_state(EngineState.READY)

    def _load_error(self, exc: Exception) -> str:
        known = to_known_error(exc)
        if known is None:
            log.exception("model load failed")
            known = KnownError(f"The model could not be loaded: {exc}", "See the log for details.")
        return str(known)

    def _announce(self) -> None:
        """Tell the UI which model answers, when that changed (load, switch, server fallback)."""
        if self._generator is not None and self._generator.info is not self._shown_info:
            self._shown_info = self._generator.info
            self.model_loaded.emit(self._shown_info)

    @Slot(object)
    def run_job(self, job: Job) -> None:
        with self._lock:
            skip = job.id in self._cancel_ids or self._shutting_down
            self._cancel_ids.discard(job.id)
            cancel = threading.Event()
            self._current = None if skip else (job.id, cancel)
        if skip:
            self.cancelled.emit(job.id)
            return
        if job.needs_model and self._generator is None:
            with self._lock:
                self._current = None
            self.failed.emit(job.id, "No model is loaded, so this needs to wait (see the status bar).")
            return
        self.started.emit(job.id)
        # A rules-only job before the model loaded goes back to "Unloaded", not "Error".
        previous = EngineState.READY if self._generator is not None else self._state
        self._set_state(EngineState.GENERATING)
        meter = _SpeedMeter(self.speed.emit)

        def on_token(piece: str) -> None:
            meter.tick()
            self.token.emit(job.id, piece)

        ctx = JobContext(cancel, on_token, lambda done, total: self.progress.emit(job.id, done, total))
        try:
            with young_collections_only():
                out = job.run(self._generator, ctx)
        except Exception as exc:
            known = to_known_error(exc)
            if known is None:
                log.exception("job %s (%s) failed", job.id, job.kind)
            self.failed.emit(job.id, str(known) if known else f"Something went wrong: {exc}")
        else:
            if cancel.is_set() or (isinstance(out, Result) and out.outcome is Outcome.CANCELLED):
                self.cancelled.emit(job.id)
            elif isinstance(out, Result) and out.outcome is Outcome.FAILED:
                self.failed.emit(job.id, out.error or "The model failed.")
            else:
                self.finished.emit(job.id, out)
        finally:
            with self._lock:
                self._current = None
            meter.flush()
            self._announce()  # a model server may have handed over to the local model
            self._set_state(previous)

    def unload_now(self) -> None:
        """Release the model; only once the engine thread has finished."""
        if self._generator is not None:
            self._generator.close()
            self._generator = None

    @Slot()
    def unload(self) -> None:
        if self._generator is not None:
            self._generator.close()
            self._generator = None
        self._set_state(EngineState.UNLOADED)
        self.unloaded.emit()

    def _set_state(self, state: EngineState) -> None:
        self._state = state
        self.state_changed.emit(state)


class _SpeedMeter:
    """Reports tokens per second about once a second."""

    def __init__(self, emit: Callable[[float], None]) -> None:
        self.emit = emit
        self.start = time.perf_counter()
        self.last = self.start
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        now = time.perf_counter()
        if now - self.last >= 1.0:
            self.emit(self.count / (now - self.start))
            self.last = now

    def flush(self) -> None:
        now = time.perf_counter()
        if self.count > 1:
            self.emit(self.count / max(now - self.start, 1e-6))


class JobHandle(QObject):
    """One submitted job, as the UI sees it (after Anki's ``QueryOp``).

    The :class:`EngineHandle` routes the worker's per-job signals here by job id, so no
    pane ever compares job ids.  Exactly one of ``finished`` / ``cancelled`` /
    ``failed`` is emitted, once; :attr:`outcome` then says which.

    Signals:
        started(), token(str), progress(int done, int total),
        finished(object result), failed(str message), cancelled()
    """

    started = Signal()
    token = Signal(str)
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, engine: EngineHandle) -> None:
        super().__init__()
        self.id = job.id
        self.kind = job.kind
        self._engine = engine
        #: "finished", "failed" or "cancelled" once the job has ended, else ``None``.
        self.outcome: str | None = None
        self.result: object = None
        self.error = ""

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def stop(self) -> None:
        """Stop this job (queued or running); takes effect within one token."""
        if not self.done:
            self._engine.stop(self.id)


class EngineHandle(QObject):
    """The main thread's handle on the engine thread.

    :meth:`submit` returns a :class:`JobHandle` whose signals carry that job's
    tokens, progress and ending; the engine itself only reports its own state.

    Signals:
        state_changed(EngineState), model_loaded(ModelInfo), load_failed(str),
        switch_failed(str), queue_changed(int): requests waiting or running,
        speed(float): tokens per second, job_ended(JobHandle): after any job's
        ending (for the status bar and tests; panes use their handles).
    """

    _submit = Signal(object)
    _load = Signal()
    _unload = Signal()
    _switch = Signal(object)

    state_changed = Signal(object)
    model_loaded = Signal(object)
    load_failed = Signal(str)
    switch_failed = Signal(str)
    queue_changed = Signal(int)
    speed = Signal(float)
    job_ended = Signal(object)

    def __init__(self, factory: Callable[[], Engine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = EngineState.UNLOADED
        self.info: ModelInfo | None = None
        self.load_error = ""
        self._handles: dict[int, JobHandle] = {}
        self.engine_thread = QThread()
        self.engine_thread.setObjectName("daybreak-engine")
        self.worker = EngineWorker(factory)
        self.worker.moveToThread(self.engine_thread)
        q = Qt.ConnectionType.QueuedConnection
        self._submit.connect(self.worker.run_job, q)
        self._load.connect(self.worker.load, q)
        self._unload.connect(self.worker.unload, q)
        self._switch.connect(self.worker.switch, q)
        w = self.worker
        w.switch_failed.connect(self.switch_failed, q)
        w.state_changed.connect(self._on_state, q)
        w.model_loaded.connect(self._on_loaded, q)
        w.load_failed.connect(self._on_load_failed, q)
        w.speed.connect(self.speed, q)
        w.started.connect(self._on_started, q)
        w.token.connect(self._on_token, q)
        w.progress.connect(self._on_progress, q)
        w.finished.connect(self._on_finished, q)
        w.cancelled.connect(self._on_cancelled, q)
        w.failed.connect(self._on_failed, q)
        self.engine_thread.start()

    @property
    def queued(self) -> int:
        return len(self._handles)

    def load(self) -> None:
        self._load.emit()

    def submit(
        self,
        job: Job,
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        on_token: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> JobHandle:
        """Queue ``job``; the callbacks (or the handle's signals) run on the main thread."""
        handle = JobHandle(job, self)
        if success is not None:
            handle.finished.connect(success)
        if failure is not None:
            handle.failed.connect(failure)
        if cancelled is not None:
            handle.cancelled.connect(cancelled)
        if on_token is not None:
            handle.token.connect(on_token)
        if on_progress is not None:
            handle.progress.connect(on_progress)
        self._handles[job.id] = handle
        self.queue_changed.emit(len(self._handles))
        self._submit.emit(job)
        return handle

    def switch(
        self,
        factory: Callable[[], Engine],
        *,
        stop_current: bool = False,
        undo: Callable[[], None] | None = None,
    ) -> None:
        """Load another model or backend on the engine thread.

        Requests already queued finish first (on the current model); with
        ``stop_current`` the running one is stopped now instead of finishing.
        ``undo`` runs on the engine thread if the new one fails to load, before
        the old one is loaded again (e.g. restoring the settings it reads).
        """
        if stop_current:
            self.worker.cancel()
        self._switch.emit((factory, undo))

    @property
    def busy(self) -> bool:
        return self.state is EngineState.GENERATING or bool(self._handles)

    @property
    def model_ready(self) -> bool:
        """A model is loaded (idle or answering another request)."""
        return self.state in (EngineState.READY, EngineState.GENERATING)

    def stop(self, job_id: int | None = None) -> None:
        """Takes effect within one token: sets the flag directly, not through the queue."""
        self.worker.cancel(job_id)

    def shutdown(self, timeout_ms: int = 5_000) -> bool:
        """cancel → unload → quit → wait; safe to call twice.

        Returns whether the engine thread has stopped.  ``False`` means llama.cpp is
        still busy in native code (loading a model, evaluating a prompt) and cannot
        be interrupted: the QThread must then never be destroyed (Qt aborts the
        process), so the caller ends the process with ``os._exit`` once its own
        data is safe (see ``ui.app.main``).
        """
        if not self.engine_thread.isRunning():
            return True
        self.worker.cancel_all()
        self._unload.emit()
        self.engine_thread.quit()
        if not self.engine_thread.wait(timeout_ms):
            log.error("the engine thread did not stop in %d ms", timeout_ms)
            return False
        # quit() may end the loop before the queued unload ran; the thread is
        # gone now, so releasing the model from here is safe.
        self.worker.unload_now()
        return True

    # -- main-thread bookkeeping: the one place jobs are routed by id ------------

    def _on_state(self, state: EngineState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_loaded(self, info: ModelInfo) -> None:
        self.info = info
        self.model_loaded.emit(info)

    def _on_load_failed(self, message: str) -> None:
        self.load_error = message
        self.load_failed.emit(message)

    def _on_started(self, job_id: int) -> None:
        if (handle := self._handles.get(job_id)) is not None:
            handle.started.emit()

    def _on_token(self, job_id: int, piece: str) -> None:
        if (handle := self._handles.get(job_id)) is not None:
            handle.token.emit(piece)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        if (handle := self._handles.get(job_id)) is not None:
            handle.progress.emit(done, total)

    def _end(self, job_id: int, outcome: str) -> JobHandle | None:
        handle = self._handles.pop(job_id, None)
        self.queue_changed.emit(len(self._handles))
        if handle is None or handle.done:
            return None  # exactly one ending per job, whatever the worker says
        handle.outcome = outcome
        return handle

    def _on_finished(self, job_id: int, out: object) -> None:
        if (handle := self._end(job_id, "finished")) is not None:
            handle.result = out
            handle.finished.emit(out)
            self.job_ended.emit(handle)

    def _on_cancelled(self, job_id: int) -> None:
        if (handle := self._end(job_id, "cancelled")) is not None:
            handle.cancelled.emit()
            self.job_ended.emit(handle)

    def _on_failed(self, job_id: int, message: str) -> None:
        if (handle := self._end(job_id, "failed")) is not None:
            handle.error = message
            handle.failed.emit(message)
            self.job_ended.emit(handle)
