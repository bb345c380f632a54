#!/usr/bin/env bash
# Install Daybreak into ./.venv (or $DAYBREAK_VENV), building llama-cpp-python
# with CPU flags that run on this machine (see packaging/cpu_build_flags.py).
#
#   packaging/install.sh          # the app
#   packaging/install.sh --dev    # the app + test and lint tools
#
# CMAKE_ARGS set by the caller wins (e.g. CMAKE_ARGS="-DGGML_CUDA=on").
# The llama-cpp-python wheel is cached per (version, python, CMAKE_ARGS) under
# ~/.cache/daybreak/wheels, because pip's own wheel cache ignores CMAKE_ARGS.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
venv=${DAYBREAK_VENV:-$here/.venv}
extras=""
[ "${1:-}" = "--dev" ] && extras="[test]"
python=${PYTHON:-python3}
llama_version=0.3.36

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
py="$venv/bin/python"
"$py" -m pip install --quiet --upgrade pip

cmake_args=$("$py" "$here/packaging/cpu_build_flags.py")
have=$("$py" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))' 2>/dev/null || true)
if [ "$have" != "$llama_version" ]; then
  pyver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}{sys.version_info[1]}")')
  # The trim file's path differs per checkout; its content is what matters for the cache.
  trim=$(sha256sum "$here/packaging/llama_trim.cmake" | cut -c1-16)
  key=$(printf '%s|%s|%s|%s' "$llama_version" "$pyver" "${cmake_args//$here/}" "$trim" | sha256sum | cut -c1-16)
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/daybreak/wheels/$key"
  if ! ls "$cache"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    echo "Building llama-cpp-python $llama_version (a few minutes) with CMAKE_ARGS=$cmake_args"
    mkdir -p "$cache.tmp"
    # Every core: a make-based build would otherwise compile one file at a time.
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc 2>/dev/null || echo 2)} \
    CMAKE_ARGS="$cmake_args" "$py" -m pip wheel --quiet --no-cache-dir --no-deps \
      -w "$cache.tmp" "llama-cpp-python==$llama_version"
    rm -rf "$cache" && mv "$cache.tmp" "$cache"
  fi
  "$py" -m pip install --quiet "$cache"/llama_cpp_python-*.whl
fi

"$py" -m pip install --quiet -e "$here$extras"
# The desktop window needs X11/GL libraries that PySide6 does not bundle: say which
# are missing and the apt-get line (a warning only: the CLI and offscreen Qt work without).
"$py" "$here/packaging/qt_syslibs.py" || true
echo "Daybreak installed in $venv"
