"""GPU offload on a lent machine: llama.cpp built with CUDA, CPU against GPU, and Daybreak's engine.

Run by ``run.sh`` on the device (``LLAMA_CPP_LIB_PATH`` names the CUDA build); it also runs here
on the CPU build, where the "gpu" rows only show that offload is not available.  The model is the
cut one that ``prepare.py`` makes (8 of SmolLM2-135M's 30 layers): compare the rows with each
other, not with the full model.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

MODEL = Path("gpu_carry/smollm2-8of30.gguf")
TRANSCRIPT = Path("tests/fixtures/transcripts/planning_long.txt")
WHOLE = Path("benchmarks/quality/data/whole_meetings.jsonl")


def raw_speeds(llama_cpp: Any, gpu: bool) -> dict[str, float]:
    """Prompt and generation tokens/s of llama.cpp itself, all layers on the GPU or none."""
    llm = llama_cpp.Llama(
        model_path=str(MODEL),
        n_ctx=4096,
        n_batch=512,
        n_gpu_layers=-1 if gpu else 0,
        n_threads=8,
        n_threads_batch=8,
        seed=7,
        verbose=False,
    )
    tokens = llm.tokenize(TRANSCRIPT.read_text()[:6000].encode())[:1500]
    llm.reset()
    t = time.perf_counter()
    llm.eval(tokens)
    prompt_s = time.perf_counter() - t
    t = time.perf_counter()
    made = 0
    for _ in llm.generate(tokens[:200], temp=0.0, reset=True):
        made += 1
        if made >= 128:
            break
    gen_s = time.perf_counter() - t
    return {
        "prompt_tokens": len(tokens),
        "prompt_tok_s": round(len(tokens) / prompt_s, 1),
        "gen_tokens": made,
        "gen_tok_s_with_200_token_prompt": round(made / gen_s, 1),
    }


def meeting_window() -> str:
    """The first 12k characters of a real AMI meeting (the window size the benchmarks use)."""
    for line in WHOLE.read_text().splitlines():
        record = json.loads(line)
        if record["split"] == "val":
            text: str = record["text"]
            return text[: text.rfind("\n", 0, 12000) + 1]
    return TRANSCRIPT.read_text()


def main() -> dict[str, Any]:
    import llama_cpp

    out: dict[str, Any] = {"supports_gpu_offload": bool(llama_cpp.llama_supports_gpu_offload())}
    for gpu in (False, True):
        out["gpu" if gpu else "cpu"] = raw_speeds(llama_cpp, gpu)
    try:  # Daybreak's own engine: does it see the GPU, and what do its model calls cost?
        sys.path.insert(0, ".")
        from assistant.llm.llamacpp import LlamaCppEngine, gpu_support
        from assistant.skills.actions import ActionExtractor
        from assistant.skills.summarize import summarize

        out["daybreak_gpu_support"] = list(gpu_support())
        window = meeting_window()
        for gpu in (False, True):
            engine = LlamaCppEngine(MODEL, gpu=gpu, n_threads=8)
            dev = "gpu" if gpu else "cpu"
            # "high" makes the model read every candidate (the path a capable model takes),
            # so the engine really generates; the default gives it only borderline lines.
            for trust in ("low", "high"):
                os.environ["DAYBREAK_MODEL_TRUST"] = trust
                extractor = ActionExtractor(engine)
                extractor.extract(TRANSCRIPT.read_text(), date(2026, 11, 18))  # warm-up
                t = time.perf_counter()
                result = extractor.extract(window, date(2026, 11, 18))
                out[f"daybreak_actions_{dev}_trust_{trust}"] = {
                    "s": round(time.perf_counter() - t, 3),
                    "model_s": round(result.timings.get("model_s", 0.0), 3),
                    "items": len(result.action_items),
                    "device": str(getattr(engine.info, "device", "")),
                }
                t = time.perf_counter()
                summary = summarize(window, kind="meeting", generator=engine)
                out[f"daybreak_summary_{dev}_trust_{trust}"] = {
                    "s": round(time.perf_counter() - t, 3),
                    "key_points": len(summary.key_points),
                }
            engine.close()
    except Exception as exc:  # reported in the output, not hidden
        out["daybreak_error"] = f"{type(exc).__name__}: {exc}"
    return out


if __name__ == "__main__":
    report = main()
    print(json.dumps(report, indent=1))
    Path(os.environ.get("OUT", "/tmp")).joinpath("gpu_bench.json").write_text(json.dumps(report, indent=1))
