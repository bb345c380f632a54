"""Chat templates rendered with limits on time, loop steps and string size.

A GGUF file carries its chat template as Jinja source, and llama-cpp-python
renders it in a sandbox that stops code execution but not work: nested
``range(100000)`` loops run for hours, ``'x' * 10**9`` or a string doubled in
a loop builds gigabytes.  :class:`BoundedChatFormatter` renders the same
templates, but every loop iteration, call, filter, operator and ``~``
concatenation goes through one :class:`Budget` (a wall-clock deadline, a step
count and a size cap), so a hostile template ends with :class:`TemplateLimit`
within the deadline instead of hanging or exhausting memory.

How: the parsed template's syntax tree is rewritten before compilation (every
``for`` loop's iterable and every ``~``/filter result is wrapped in a checking
call), and the sandbox's own hooks (:meth:`call`, :meth:`call_binop`) check
calls and arithmetic.  Ordinary chat templates render unchanged (the tests
compare with llama-cpp-python's formatter).
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer
from llama_cpp.llama_chat_format import ChatFormatterResponse, Jinja2ChatFormatter

from assistant.errors import KnownError

#: Wall-clock seconds one rendering may take (real templates take milliseconds).
RENDER_LIMIT_S = 2.0
#: Loop iterations, calls and filters one rendering may run.
MAX_STEPS = 1_000_000
#: Largest string, list or integer argument a template may build or ask for.
MAX_SIZE = 4_000_000
#: Largest integer (in bits) arithmetic may produce.
MAX_INT_BITS = 4096

_CHECK = "daybreak_bounded"  # names of the checking globals the rewritten tree calls
_SIZE = "daybreak_sized"


class TemplateLimit(KnownError):
    """A chat template ran past its time, step or size limit."""


class Budget:
    """The limits of one rendering (per thread: a formatter may be shared)."""

    def __init__(self, limit_s: float, max_steps: int, max_size: int) -> None:
        self.deadline = time.monotonic() + limit_s
        self.limit_s = limit_s
        self.steps_left = max_steps
        self.max_size = max_size

    def step(self) -> None:
        self.steps_left -= 1
        if self.steps_left < 0:
            raise TemplateLimit("This model's chat template runs too many steps; it was stopped.")
        if time.monotonic() > self.deadline:
            raise TemplateLimit(
                f"This model's chat template took longer than {self.limit_s:g} s to render; it was stopped."
            )

    def size(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            if value.bit_length() > MAX_INT_BITS:
                raise TemplateLimit("This model's chat template builds a number too large; it was stopped.")
        elif isinstance(value, (str, bytes, list, tuple, dict)) and len(value) > self.max_size:
            raise TemplateLimit("This model's chat template builds a text too large; it was stopped.")
        return value


_local = threading.local()


def _budget() -> Budget:
    budget: Budget | None = getattr(_local, "budget", None)
    if budget is None:  # rendering outside render(): the strictest defaults
        budget = Budget(RENDER_LIMIT_S, MAX_STEPS, MAX_SIZE)
        _local.budget = budget
    return budget


def _bounded_iter(iterable: Iterable[Any]) -> Iterator[Any]:
    budget = _budget()
    for item in iterable:
        budget.step()
        yield item


def _sized(value: Any) -> Any:
    budget = _budget()
    budget.step()
    return budget.size(value)


def _check_args(args: Iterable[Any]) -> None:
    """An integer argument above the size cap (``center(10**9)``, ``ljust``) is refused
    before the call can allocate."""
    budget = _budget()
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > budget.max_size:
            raise TemplateLimit("This model's chat template asks for a text too large; it was stopped.")


# A width or precision in a %-format or str.format spec ("%0999999999d", "{:>999999999}").
_FORMAT_WIDTHS = re.compile(r"(?:%[-+ #0]*|\{[^{}]*?:[^{}\d]*)(\d*)(?:\.(\d*))?")


def _check_format(fmt: str) -> None:
    limit = _budget().max_size
    for match in _FORMAT_WIDTHS.finditer(fmt):
        for digits in match.groups():
            if digits and (len(digits) > 9 or int(digits) > limit):
                raise TemplateLimit("This model's chat template asks for a text too large; it was stopped.")


def _bounded_filter(func: Any) -> Any:
    @functools.wraps(func)  # keeps jinja_pass_arg (pass_context & co.)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _budget().step()
        _check_args(args)
        _check_args(kwargs.values())
        return _budget().size(func(*args, **kwargs))

    return wrapper


class _Rewrite(NodeTransformer):
    """Wraps loop iterables, ``~`` and filter results in the checking globals."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.Name(_CHECK, "load"), [node.iter], [], None, None, lineno=node.lineno)
        return node

    def _wrap(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.Name(_SIZE, "load"), [node], [], None, None, lineno=node.lineno)

    visit_Concat = _wrap
    visit_Filter = _wrap


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox plus limits; see the module docstring."""

    intercepted_binops = frozenset({"*", "**", "+", "//", "%"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.globals[_CHECK] = _bounded_iter
        self.globals[_SIZE] = _sized
        self.filters = {name: _bounded_filter(f) for name, f in self.filters.items()}

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        rewritten = _Rewrite().visit(tree)
        assert isinstance(rewritten, nodes.Template)
        return rewritten

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # Jinja's own signature (the dunder names keep template keyword arguments free).
        budget = _budget()
        budget.step()
        _check_args(args)
        _check_args(kwargs.values())
        return budget.size(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)  # the str whose .format is being fetched
        return wrapped

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = _budget()
        budget.step()
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and isinstance(n, int)
                    and len(seq) * n > budget.max_size
                ):
                    raise TemplateLimit("This model's chat template builds a text too large; it was stopped.")
        if operator == "%" and isinstance(left, str):
            _check_format(left)
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_INT_BITS:
            raise TemplateLimit("This model's chat template builds a number too large; it was stopped.")
        return budget.size(super().call_binop(context, operator, left, right))


class BoundedChatFormatter(Jinja2ChatFormatter):
    """llama-cpp-python's template formatter, rendering through :class:`BoundedEnvironment`."""

    def __init__(
        self,
        template: str,
        eos_token: str,
        bos_token: str,
        add_generation_prompt: bool = True,
        stop_token_ids: list[int] | None = None,
        *,
        limit_s: float = RENDER_LIMIT_S,
        max_steps: int = MAX_STEPS,
        max_size: int = MAX_SIZE,
    ) -> None:
        # The parent's __init__ compiles the template in its own, unbounded
        # environment; compile it here instead (same options, plus limits).
        self.template = template
        self.eos_token = eos_token
        self.bos_token = bos_token
        self.add_generation_prompt = add_generation_prompt
        self.stop_token_ids = set(stop_token_ids) if stop_token_ids is not None else None
        self.limit_s = limit_s
        self.max_steps = max_steps
        self.max_size = max_size
        environment = BoundedEnvironment(
            loader=jinja2.BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[Jinja2ChatFormatter.IgnoreGenerationTags, jinja2.ext.loopcontrols],
        )
        environment.filters["tojson"] = _bounded_filter(self.tojson)
        self._environment = environment.from_string(self.template)

    def __call__(self, **kwargs: Any) -> ChatFormatterResponse:
        previous = getattr(_local, "budget", None)
        _local.budget = Budget(self.limit_s, self.max_steps, self.max_size)
        try:
            response = super().__call__(**kwargs)
        except RecursionError as exc:
            raise TemplateLimit("This model's chat template recurses without end; it was stopped.") from exc
        except MemoryError as exc:
            raise TemplateLimit("This model's chat template ran out of memory; it was stopped.") from exc
        finally:
            _local.budget = previous
        if len(response.prompt) > self.max_size:
            raise TemplateLimit("This model's chat template builds a text too large; it was stopped.")
        return response
