"""Compare llama.cpp CPU builds on this machine, in one run: prompt and decode tok/s.

    python -m benchmarks.build_variants NAME=/path/to/venv [NAME=/path/to/venv ...]

Each venv holds one llama-cpp-python wheel built with other CMAKE_ARGS (see the README's
"CPU build flags"); each round runs every variant once, in turn, so machine noise hits
all of them alike; the median of the rounds is reported.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, time, sys
import llama_cpp
from assistant_probe_path import MODEL
llm = llama_cpp.Llama(MODEL, n_ctx=2048, n_threads=2, n_threads_batch=2, verbose=False, seed=7)
prompt = "The quick brown fox jumps over the lazy dog. " * 60
toks = llm.tokenize(prompt.encode())
llm.reset()
t0 = time.perf_counter(); llm.eval(toks); prompt_s = time.perf_counter() - t0
n = 0; t1 = None
for tok in llm.generate(toks[-8:], temp=0.0, reset=True):
    n += 1
    if n == 1:
        t1 = time.perf_counter()
    if n >= 129:
        break
decode_s = time.perf_counter() - t1
print(json.dumps({"prompt_tok_s": len(toks) / prompt_s, "decode_tok_s": 128 / decode_s}))
"""


def main(argv: list[str]) -> int:
    from assistant.llm.models import embedded_model_path

    model = str(embedded_model_path())
    variants = dict(arg.split("=", 1) for arg in argv)
    code = CHILD.replace("from assistant_probe_path import MODEL", f"MODEL = {model!r}")
    results: dict[str, dict[str, list[float]]] = {v: {"prompt": [], "decode": []} for v in variants}
    for _ in range(5):
        for name, venv in variants.items():
            out = subprocess.run(
                [f"{venv}/bin/python", "-c", code], capture_output=True, text=True, check=True
            )
            data = json.loads(out.stdout.strip().splitlines()[-1])
            results[name]["prompt"].append(data["prompt_tok_s"])
            results[name]["decode"].append(data["decode_tok_s"])
    summary = {
        name: {
            "prompt_tok_s": round(statistics.median(r["prompt"]), 1),
            "decode_tok_s": round(statistics.median(r["decode"]), 1),
        }
        for name, r in results.items()
    }
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
