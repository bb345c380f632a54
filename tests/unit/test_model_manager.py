"""Model manager: GGUF metadata, the registry, add/verify/use/remove, sha256 refusal."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.errors import InputError, ModelError
from assistant.llm import manager
from assistant.llm.gguf_meta import FILE_TYPES, read_gguf_meta
from assistant.llm.models import embedded_model_path, sha256_file
from assistant.llm.registry import check_against_registry, load_registry
from assistant.paths import user_models_dir
from tests.ggufs import make_gguf

QWEN = "qwen2.5-1.5b-instruct-q4_k_m.gguf"  # a registry file name


def test_metadata_of_the_embedded_model_is_read_without_loading_it() -> None:
    path = embedded_model_path()
    assert path is not None
    meta = read_gguf_meta(path)
    assert meta.architecture == "llama"
    assert meta.quantization == "Q4_1"
    assert meta.context_length == 8192
    assert 130e6 < meta.n_params < 140e6 and meta.params_label == "135M"
    assert "<|im_start|>" in meta.chat_template
    assert meta.size_bytes == path.stat().st_size


def test_file_type_names_match_llama_cpp() -> None:
    import llama_cpp

    for number, label in FILE_TYPES.items():
        const = "LLAMA_FTYPE_ALL_F32" if label == "F32" else f"LLAMA_FTYPE_MOSTLY_{label}"
        assert getattr(llama_cpp, const) == number, label


def test_metadata_of_a_written_file(tmp_path: Path) -> None:
    path = make_gguf(
        tmp_path / "tiny.gguf", name="Tiny", context_length=2048, file_type=7, payload_bytes=4000
    )
    meta = read_gguf_meta(path)
    assert (meta.name, meta.quantization, meta.context_length, meta.n_params) == ("Tiny", "Q8_0", 2048, 1000)
    no_template = read_gguf_meta(make_gguf(tmp_path / "b.gguf", chat_template=None))
    assert no_template.chat_template == ""


@pytest.mark.parametrize(
    "blob, why",
    [
        (b"", "not a GGUF"),
        (b"PK\x03\x04" + b"\0" * 100, "not a GGUF"),
        (b"GGUF" + struct.pack("<I", 1) + b"\0" * 40, "version 1"),
        # 1 kv whose key claims to be 2**62 bytes long: refused, not allocated
        (b"GGUF" + struct.pack("<IQQQ", 3, 0, 1, 2**62) + b"x" * 64, "ends early"),
        # an array claiming more items than the file has bytes
        (b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 1) + b"k"
         + struct.pack("<IIQ", 9, 4, 2**40) + b"\0" * 64, "array longer"),
    ],
)  # fmt: skip
def test_damaged_or_hostile_files_are_refused_plainly(tmp_path: Path, blob: bytes, why: str) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(blob)
    with pytest.raises(ModelError, match=why):
        read_gguf_meta(path)


def test_a_truncated_download_is_refused(tmp_path: Path) -> None:
    good = make_gguf(tmp_path / "full.gguf", payload_bytes=100_000)
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(good.read_bytes()[:300])
    with pytest.raises(ModelError, match="ends early"):
        read_gguf_meta(cut)


def test_registry_is_well_formed_and_pins_the_embedded_model() -> None:
    entries = load_registry()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert any(e.downloadable for e in entries)
    for e in entries:
        assert len(e.sha256) == 64 and e.file.endswith(".gguf")
        if e.downloadable:
            assert e.repo and e.revision and len(e.revision) == 40
    embedded = embedded_model_path()
    assert embedded is not None
    (entry,) = [e for e in entries if e.file == embedded.name]
    assert entry.sha256 == sha256_file(embedded)
    assert entry.size_bytes == embedded.stat().st_size


def test_list_shows_the_embedded_model_as_active_and_verified(store) -> None:
    (only,) = manager.list_models(store)
    assert only.where == manager.EMBEDDED and only.active and only.status == "verified"
    d = only.as_dict()
    assert d["architecture"] == "llama" and d["quantization"] == "Q4_1" and d["registry_id"] == "smollm2-135m"


def test_add_verify_use_remove_a_local_file(store, tmp_path: Path) -> None:
    src = make_gguf(tmp_path / "Downloads" / "mine-Q4_K_M.gguf", name="Mine")
    added = manager.add_model(store, str(src))
    assert added.path == user_models_dir() / "mine-Q4_K_M.gguf"
    assert added.status == "unlisted" and added.sha256 == sha256_file(src)
    assert src.exists()  # copied, not moved
    assert manager.add_model(store, str(src)).path == added.path  # adding twice is harmless
    assert {m.name for m in manager.list_models(store)} == {
        "mine-Q4_K_M.gguf",
        "SmolLM2-135M-Instruct.Q4_1.gguf",
    }
    used = manager.use_model(store, "mine-Q4_K_M.gguf")
    assert used.active
    assert manager.verify_model(store, "mine-Q4_K_M.gguf").status == "unlisted"
    manager.remove_model(store, "mine-Q4_K_M.gguf")
    assert not added.path.exists()
    # removing the active model clears the choice: the embedded one is active again
    assert manager.active_model(store) == embedded_model_path().resolve()  # type: ignore[union-attr]


def test_a_different_file_with_the_same_name_is_not_overwritten(store, tmp_path: Path) -> None:
    manager.add_model(store, str(make_gguf(tmp_path / "a" / "m.gguf", seed=1)))
    with pytest.raises(InputError, match="already"):
        manager.add_model(store, str(make_gguf(tmp_path / "b" / "m.gguf", seed=2)))


def test_a_file_claiming_to_be_a_registry_model_with_the_wrong_hash_is_refused(store, tmp_path: Path) -> None:
    fake = make_gguf(tmp_path / QWEN)
    with pytest.raises(ModelError, match="sha256 differs"):
        manager.add_model(store, str(fake))
    assert not (user_models_dir() / QWEN).exists()
    # dropped into the folder by hand: listed as a mismatch, never used or loaded
    user_models_dir().mkdir(parents=True, exist_ok=True)
    planted = user_models_dir() / QWEN
    planted.write_bytes(fake.read_bytes())
    (entry,) = [m for m in manager.list_models(store) if m.name == QWEN]
    assert entry.status == "mismatch" and "will not load" in entry.error
    with pytest.raises(ModelError):
        manager.use_model(store, QWEN)
    with pytest.raises(ModelError, match="not the file it claims"):
        check_against_registry(planted, sha256_file(planted))
    from assistant.llm.loader import load_local

    with pytest.raises(ModelError, match="not the file it claims"):
        load_local(store, str(planted))


def test_the_embedded_model_cannot_be_removed_and_unknown_names_are_explained(store) -> None:
    with pytest.raises(InputError, match="embedded"):
        manager.remove_model(store, "smollm2-135m")
    with pytest.raises(InputError, match="model list"):
        manager.remove_model(store, "nope.gguf")
    with pytest.raises(InputError, match="Cannot tell"):
        manager.add_model(store, "just-a-word")
    with pytest.raises(InputError, match="built in"):
        manager.add_model(store, "smollm2-135m")


def test_not_a_gguf_is_not_added(store, tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("hello")
    with pytest.raises(ModelError, match="not a GGUF"):
        manager.add_model(store, str(bad))
    assert not (user_models_dir() / "notes.gguf").exists()


def test_cli_list_verify_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["model", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["file"] for m in listed["models"]] == ["SmolLM2-135M-Instruct.Q4_1.gguf"]
    assert {r["id"] for r in listed["recommended"]} >= {"qwen2.5-1.5b", "llama-3-8b"}
    assert cli(["model", "verify"]) == 0
    assert "verified" in capsys.readouterr().out
    user_models_dir().mkdir(parents=True, exist_ok=True)
    (user_models_dir() / QWEN).write_bytes(make_gguf(tmp_path / "x.gguf").read_bytes())
    assert cli(["model", "verify"]) == 1
    out = capsys.readouterr().out
    assert "mismatch" in out and QWEN in out
    assert cli(["model", "use", QWEN]) == 2  # a known error: plain message, exit 2
    assert "sha256" in capsys.readouterr().err
    assert cli(["model", "remove", QWEN]) == 0
    assert cli(["model", "list"]) == 0
    out = capsys.readouterr().out
    assert "qwen2.5-1.5b" in out and "Recommended" in out
