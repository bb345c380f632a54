import errno
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

from assistant.errors import InputError, StorageError, to_known_error

ROOT = Path(__file__).resolve().parents[2]


def _sqlite_error(code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("whatever the text says")
    exc.sqlite_errorcode = code
    return exc


def test_sqlite_errors_map_by_code_not_text() -> None:
    assert "locked" in str(to_known_error(_sqlite_error(5)))
    assert "locked" in str(to_known_error(_sqlite_error(5 | (1 << 8))))  # extended code
    assert "read-only" in str(to_known_error(_sqlite_error(8)))
    assert "full" in str(to_known_error(_sqlite_error(13)))
    assert isinstance(to_known_error(_sqlite_error(26)), StorageError)
    assert to_known_error(_sqlite_error(1)) is None  # SQL error: a bug


def test_os_errors_map_by_errno() -> None:
    assert "full" in str(to_known_error(OSError(errno.ENOSPC, "x")))
    assert isinstance(to_known_error(FileNotFoundError(errno.ENOENT, "x", "a.txt")), InputError)
    assert to_known_error(ValueError("bug")) is None


def test_cpu_build_flags_never_enable_amx_and_follow_the_cpu() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import cpu_build_flags as f
    finally:
        sys.path.pop(0)
    flags = f.cpu_flags("flags\t\t: fpu sse avx avx2 fma f16c bmi2 amx_tile amx_int8 amx_bf16\n")
    args = f.cmake_args(flags)
    assert "-DGGML_NATIVE=OFF" in args and "-DGGML_AVX2=ON" in args
    assert "-DGGML_AVX512=OFF" in args and "AMX" not in args
    assert "-DGGML_AMX_TILE=ON" in f.cmake_args(flags, allow_amx=True)


def _flags_with(cmake_args: str) -> str:
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "cpu_build_flags.py")],
        env={"CMAKE_ARGS": cmake_args, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_cpu_build_flags_respect_user_cmake_args() -> None:
    out = _flags_with("-DGGML_CUDA=on")
    # The user's flags come first and unchanged; the unused multimodal library is still left out.
    assert out.startswith("-DGGML_CUDA=on ") and "-DLLAVA_BUILD=OFF" in out and "GGML_AVX" not in out
    # A user who wants a trimmed part back gets it.
    out = _flags_with("-DGGML_CUDA=on -DLLAVA_BUILD=ON")
    assert "-DLLAVA_BUILD=ON" in out and "-DLLAVA_BUILD=OFF" not in out


def test_build_leaves_out_what_daybreak_never_loads() -> None:
    out = _flags_with("")
    assert "-DLLAVA_BUILD=OFF" in out
    include = next(a for a in shlex.split(out) if a.startswith("-DCMAKE_PROJECT_llama.cpp_INCLUDE="))
    trim = Path(include.split("=", 1)[1])
    assert trim.is_file() and "set(LLAMA_BUILD_COMMON OFF" in trim.read_text()
