#!/usr/bin/env python3
"""Print the CMAKE_ARGS that build llama.cpp for *this* CPU without AMX.

Why: a default llama.cpp build uses ``-march=native``.  On virtual machines
whose CPU reports AMX but whose hypervisor faults on AMX tile instructions,
that build dies with SIGILL at the first generation.  We instead switch off
``GGML_NATIVE`` and turn on each SIMD extension the CPU really reports
(so it stays as fast as native on AVX-512 / AVX2 machines), leaving AMX off
unless ``DAYBREAK_ENABLE_AMX=1`` is set by someone who knows it works.

If the user already set ``CMAKE_ARGS`` (a CUDA or Metal build, say), that
wins for the CPU flags; the build-trimming options below are still appended
unless the user set them.

Trimming: Daybreak loads only ``libllama`` and the ggml libraries.  The
multimodal library (``mtmd``, llama-cpp-python's ``LLAVA_BUILD``) and
llama.cpp's ``common`` library (which llama-cpp-python forces on, so it is
switched off from ``llama_trim.cmake``, included right after llama.cpp's
``project()``) are never loaded and were most of the compile: measured on
2 cores, 1348 CPU-seconds before, 510 after (the README's set-up section
has the figures).  llama.cpp's tests, tools, examples and server are
already off when it is built as a subproject; we say so explicitly in case
that default moves.
"""

from __future__ import annotations

import os
import platform
import shlex
import sys
from pathlib import Path

# ggml option -> /proc/cpuinfo flag that must be present.
_X86_OPTIONS: list[tuple[str, str]] = [
    ("GGML_AVX", "avx"),
    ("GGML_AVX2", "avx2"),
    ("GGML_FMA", "fma"),
    ("GGML_F16C", "f16c"),
    ("GGML_BMI2", "bmi2"),
    ("GGML_AVX_VNNI", "avx_vnni"),
    ("GGML_AVX512", "avx512f"),
    ("GGML_AVX512_VBMI", "avx512vbmi"),
    ("GGML_AVX512_VNNI", "avx512_vnni"),
    ("GGML_AVX512_BF16", "avx512_bf16"),
]
_AMX_OPTIONS: list[tuple[str, str]] = [
    ("GGML_AMX_TILE", "amx_tile"),
    ("GGML_AMX_INT8", "amx_int8"),
    ("GGML_AMX_BF16", "amx_bf16"),
]


def cpu_flags(cpuinfo: str) -> set[str]:
    """Return the feature flags of the first CPU listed in ``cpuinfo``."""
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


# Parts of llama.cpp that Daybreak never loads (see the module docstring).
TRIM_OPTIONS: list[tuple[str, str]] = [
    ("LLAVA_BUILD", "OFF"),
    ("LLAMA_BUILD_TESTS", "OFF"),
    ("LLAMA_BUILD_TOOLS", "OFF"),
    ("LLAMA_BUILD_EXAMPLES", "OFF"),
    ("LLAMA_BUILD_SERVER", "OFF"),
    ("LLAMA_BUILD_APP", "OFF"),
]


TRIM_FILE = Path(__file__).resolve().with_name("llama_trim.cmake")
_INCLUDE = "CMAKE_PROJECT_llama.cpp_INCLUDE"


def with_trim(args: str) -> str:
    """Append the trimming options that ``args`` does not set itself."""
    extra = [f"-D{name}={value}" for name, value in TRIM_OPTIONS if f"-D{name}=" not in args]
    if f"-D{_INCLUDE}=" not in args and "-DLLAVA_BUILD=ON" not in args:  # mtmd needs common
        extra.append(shlex.quote(f"-D{_INCLUDE}={TRIM_FILE}"))
    return " ".join([args.strip(), *extra]).strip()


def cmake_args(flags: set[str], *, allow_amx: bool = False) -> str:
    """Build the CMAKE_ARGS string for an x86-64 CPU with ``flags``."""
    args = ["-DGGML_NATIVE=OFF"]
    options = _X86_OPTIONS + (_AMX_OPTIONS if allow_amx else [])
    for option, flag in options:
        args.append(f"-D{option}={'ON' if flag in flags else 'OFF'}")
    return " ".join(args)


def main() -> int:
    if os.environ.get("CMAKE_ARGS", "").strip():
        print(with_trim(os.environ["CMAKE_ARGS"]))
        return 0
    if platform.system() != "Linux" or platform.machine() not in ("x86_64", "AMD64"):
        # macOS/ARM: llama.cpp's native build is safe there (and uses Metal on macOS).
        print(with_trim(""))
        return 0
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = cpu_flags(f.read())
    except OSError:
        flags = set()
    print(with_trim(cmake_args(flags, allow_amx=os.environ.get("DAYBREAK_ENABLE_AMX") == "1")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
