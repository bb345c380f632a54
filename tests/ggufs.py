"""Small, valid GGUF files for the model-manager tests (written with the ``gguf`` package)."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def make_gguf(
    path: Path,
    *,
    name: str = "Tiny Test",
    arch: str = "llama",
    context_length: int = 4096,
    file_type: int = 15,  # Q4_K_M
    chat_template: str | None = "{% for m in messages %}{{ m['content'] }}{% endfor %}",
    payload_bytes: int = 4096,
    seed: int = 1,
) -> Path:
    """A GGUF with real metadata and one float32 tensor of about ``payload_bytes``."""
    import gguf

    path.parent.mkdir(parents=True, exist_ok=True)
    w = gguf.GGUFWriter(str(path), arch)
    w.add_name(name)
    w.add_context_length(context_length)
    w.add_file_type(file_type)
    if chat_template is not None:
        w.add_chat_template(chat_template)
    rng = np.random.default_rng(seed)
    w.add_tensor("blk.0.weight", rng.standard_normal(max(1, payload_bytes // 4)).astype(np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
