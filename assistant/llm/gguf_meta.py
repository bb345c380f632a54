"""Reading a GGUF file's metadata without loading the model.

The model manager lists files that may be several GB; loading each through
llama.cpp would take seconds and as much memory.  A GGUF file starts with its
key/value metadata and the tensor table (names, shapes, types), so the facts
the manager shows (architecture, parameters, quantisation, context length,
chat template) come from the first few MB.  Every length is checked against
the file size, so a damaged or hostile file gives :class:`ModelError`, never a
huge allocation.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.errors import ModelError

GGUF_MAGIC = b"GGUF"

# llama.cpp's ``llama_ftype`` (``general.file_type``); tests/unit checks this against
# the installed llama_cpp constants.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}  # fmt: skip

# GGUF value types -> struct format (scalars); 8 = string, 9 = array.
_SCALARS: dict[int, str] = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
                            10: "<Q", 11: "<q", 12: "<d"}  # fmt: skip
_STRING, _ARRAY = 8, 9
# Arrays longer than this are skipped, not kept (token lists, merges, scores).
_KEEP_ARRAY = 64


@dataclass(frozen=True)
class GGUFMeta:
    """What a GGUF file says about itself."""

    path: str
    size_bytes: int
    version: int
    architecture: str
    name: str
    n_params: int
    quantization: str
    context_length: int
    chat_template: str
    n_tensors: int
    metadata: dict[str, Any]

    def as_dict(self, *, with_metadata: bool = False) -> dict[str, Any]:
        d = asdict(self)
        if not with_metadata:
            d.pop("metadata")
        return d

    @property
    def params_label(self) -> str:
        """``135M``, ``1.5B``, ``8.0B``."""
        n = self.n_params
        if n >= 1e9:
            return f"{n / 1e9:.1f}B"
        return f"{n / 1e6:.0f}M" if n else "?"


class _Reader:
    """Walks a memory-mapped file; every length is checked against its size."""

    def __init__(self, buf: mmap.mmap, path: Path) -> None:
        self.buf = buf
        self.size = len(buf)
        self.pos = 0
        self.path = path

    def bad(self, why: str) -> ModelError:
        return ModelError(
            f"{self.path.name} is not a readable GGUF file ({why}).",
            "It may be damaged or incomplete: download it again.",
        )

    def read(self, n: int) -> bytes:
        end = self.pos + n
        if n < 0 or end > self.size:
            raise self.bad("it ends early")
        data = self.buf[self.pos : end]
        self.pos = end
        return data

    def scalar(self, fmt: str) -> Any:
        width = struct.calcsize(fmt)
        if self.pos + width > self.size:
            raise self.bad("it ends early")
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += width
        return value

    def string(self) -> str:
        n = self.scalar("<Q")
        return self.read(n).decode("utf-8", "replace")

    def skip(self, n: int) -> None:
        if n < 0 or self.pos + n > self.size:
            raise self.bad("it ends early")
        self.pos += n

    def skip_strings(self, count: int) -> None:
        # The token and merge lists: up to a few hundred thousand strings, so no helper calls.
        buf, pos, size, unpack = self.buf, self.pos, self.size, struct.unpack_from
        for _ in range(count):
            if pos + 8 > size:
                raise self.bad("it ends early")
            pos += 8 + unpack("<Q", buf, pos)[0]
        if pos > size:
            raise self.bad("it ends early")
        self.pos = pos

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            itype = self.scalar("<I")
            count = self.scalar("<Q")
            if count > self.size:  # every item takes at least one byte
                raise self.bad("an array longer than the file")
            if itype in _SCALARS and count > _KEEP_ARRAY:
                self.skip(count * struct.calcsize(_SCALARS[itype]))
                return f"<{count} items>"
            if itype == _STRING and count > _KEEP_ARRAY:
                self.skip_strings(count)
                return f"<{count} strings>"
            if itype == _ARRAY:
                raise self.bad("nested arrays")
            return [self.value(itype) for _ in range(count)]
        raise self.bad(f"unknown value type {vtype}")


#: ggml tensor types: (values per block, bytes per block), as in ggml's type traits
#: (the same table as the ``gguf`` package's ``GGML_QUANT_SIZES``).
_GGML_BLOCKS: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 40), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18),
    21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8),
    28: (1, 8), 29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17),
    40: (64, 36), 41: (128, 18),
}  # fmt: skip


def read_gguf_meta(path: Path) -> GGUFMeta:
    """Parse the header, metadata and tensor table of a GGUF (v2 or v3) file.

    Raises:
        ModelError: the file is missing, not GGUF, damaged or truncated.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        f = path.open("rb")
    except OSError as exc:
        raise ModelError(f"Cannot read the model file {path}: {exc.strerror}") from exc
    if size < 24:
        f.close()
        raise ModelError(
            f"{path.name} is not a GGUF model file.",
            "Daybreak runs llama.cpp GGUF models; download a .gguf build of the model.",
        )
    # mmap: only the pages the header walk touches are read, even from a 5 GB file.
    with f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        r = _Reader(buf, path)
        if r.read(4) != GGUF_MAGIC:
            raise ModelError(
                f"{path.name} is not a GGUF model file.",
                "Daybreak runs llama.cpp GGUF models; download a .gguf build of the model.",
            )
        version = r.scalar("<I")
        if version not in (2, 3):
            raise ModelError(
                f"{path.name} is GGUF version {version}, which this Daybreak cannot read.",
                "Use a file converted by a recent llama.cpp (GGUF v3).",
            )
        n_tensors = r.scalar("<Q")
        n_kv = r.scalar("<Q")
        if n_kv > size or n_tensors > size:
            raise r.bad("impossible counts")
        meta: dict[str, Any] = {}
        for _ in range(n_kv):
            key = r.string()
            meta[key] = r.value(r.scalar("<I"))
        n_params = 0
        data_end = 0  # where the furthest tensor's data ends, relative to the data section
        for _ in range(n_tensors):
            r.skip(r.scalar("<Q"))  # name
            n_dims = r.scalar("<I")
            if n_dims > 8:
                raise r.bad("a tensor with more than 8 dimensions")
            count = 1
            for _ in range(n_dims):
                count *= r.scalar("<Q")
            ggml_type = r.scalar("<I")
            offset = r.scalar("<Q")
            block, block_bytes = _GGML_BLOCKS.get(ggml_type, (1, 0))  # unknown type: offset only
            data_end = max(data_end, offset + count // block * block_bytes)
            n_params += count
        # The tensor data starts after the table, aligned; a file shorter than where its
        # last tensor ends was cut off (a partial download or copy).
        align = meta.get("general.alignment", 32)
        align = align if isinstance(align, int) and align > 0 else 32
        data_start = -(-r.pos // align) * align
        if n_tensors and data_start + data_end > size:
            raise r.bad(f"truncated: {size} of {data_start + data_end} bytes")
    arch = str(meta.get("general.architecture", ""))
    ftype = meta.get("general.file_type")
    quant = FILE_TYPES.get(ftype, f"type {ftype}") if isinstance(ftype, int) else _quant_from_name(path)
    ctx = meta.get(f"{arch}.context_length", 0)
    template = meta.get("tokenizer.chat_template", "")
    return GGUFMeta(
        path=str(path),
        size_bytes=size,
        version=version,
        architecture=arch,
        name=str(meta.get("general.name") or path.stem),
        n_params=n_params,
        quantization=quant,
        context_length=int(ctx) if isinstance(ctx, int) else 0,
        chat_template=template if isinstance(template, str) else "",
        n_tensors=n_tensors,
        metadata=meta,
    )


def _quant_from_name(path: Path) -> str:
    """Older files lack ``general.file_type``; their name usually says it."""
    stem = path.stem.upper()
    for label in sorted(FILE_TYPES.values(), key=len, reverse=True):
        if label in stem:
            return label
    return "unknown"
