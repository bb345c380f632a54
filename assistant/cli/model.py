"""``daybreak model info|list|add|verify|use|remove``: the model manager."""

from __future__ import annotations

import argparse

from assistant.cli.common import Subparsers, backend_override, print_json
from assistant.store import Store


def register(sub: Subparsers) -> None:
    m = sub.add_parser("model", help="the model: which one, list, add, verify, use, remove")
    msub = m.add_subparsers(dest="model_command", required=True)

    mi = msub.add_parser("info", help="which model, where, on which device (loads it)")
    mi.add_argument("--model", help="GGUF model file to inspect")
    mi.add_argument("--json", action="store_true")
    mi.set_defaults(handler=info)

    ml = msub.add_parser(
        "list", help="GGUF files Daybreak can use, with their metadata, and recommended ones"
    )
    ml.add_argument("--json", action="store_true")
    ml.set_defaults(handler=list_)

    ma = msub.add_parser(
        "add",
        help="add a model: a .gguf file, a recommended model's id, or a Hugging Face repo",
        description="Examples: daybreak model add ~/Downloads/model.gguf | daybreak model add qwen2.5-1.5b | "
        "daybreak model add Qwen/Qwen2.5-1.5B-Instruct-GGUF --file qwen2.5-1.5b-instruct-q4_k_m.gguf. "
        "An interrupted download resumes when you run the same command again.",
    )
    ma.add_argument("source", help="path to a .gguf, a registry id, owner/repo, or owner/repo/file.gguf")
    ma.add_argument("--file", help="the .gguf file inside the repo")
    ma.add_argument("--revision", help="a branch, tag or commit of the repo")
    ma.add_argument("--use", action="store_true", help="make it the model Daybreak loads")
    ma.add_argument("--quiet", action="store_true", help="no progress bar")
    ma.set_defaults(handler=add)

    mv = msub.add_parser("verify", help="re-hash model files and check them against the registry")
    mv.add_argument("name", nargs="?", help="file name or registry id (default: every model)")
    mv.add_argument("--json", action="store_true")
    mv.set_defaults(handler=verify)

    mu = msub.add_parser("use", help="make a listed model the one Daybreak loads")
    mu.add_argument("name", help="file name or registry id")
    mu.set_defaults(handler=use)

    mr = msub.add_parser("remove", help="delete a model from your models folder")
    mr.add_argument("name", help="file name or registry id")
    mr.set_defaults(handler=remove)


def info(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.loader import load_engine
    from assistant.paths import data_dir

    engine = load_engine(store, args.model, backend_override(args))
    try:
        details = engine.info.as_dict()
    finally:
        engine.close()
    details["data_dir"] = str(data_dir())
    if args.json:
        print_json(details)
        return 0
    print(f"Model:    {details['name']}")
    print(f"File:     {details['path']} ({details['size_bytes'] / 1e6:.0f} MB)")
    print(f"sha256:   {details['sha256']}")
    print(
        f"Params:   {details['n_params'] / 1e6:.0f}M   context {details['n_ctx']} (trained {details['n_ctx_train']})"
    )
    print(f"Chat:     {details['chat_format']}")
    where = (
        f"GPU, {details['gpu_layers']}/{details['n_layers']} layers" if details["device"] == "GPU" else "CPU"
    )
    print(f"Device:   {where}" + (f" ({details['device_reason']})" if details["device_reason"] else ""))
    print(f"Data:     {details['data_dir']}")
    return 0


def list_(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm import manager
    from assistant.llm.registry import load_registry

    models = manager.list_models(store)
    have = {m.sha256 for m in models}
    recommended = [e for e in load_registry() if e.downloadable]
    if args.json:
        print_json(
            {
                "models": [m.as_dict() for m in models],
                "recommended": [
                    {"id": e.id, "name": e.name, "file": e.file, "repo": e.repo, "revision": e.revision,
                     "sha256": e.sha256, "size_bytes": e.size_bytes, "license": e.license,
                     "installed": e.sha256 in have}
                    for e in recommended
                ],
            }
        )  # fmt: skip
        return 0
    for m in models:
        mark = "*" if m.active else " "
        if m.meta is None:
            print(f"{mark} {m.name}  [{m.where}]  UNREADABLE: {m.error}")
            continue
        meta = m.meta
        print(
            f"{mark} {m.name}  [{m.where}]  {meta.architecture} {meta.params_label} {meta.quantization}  "
            f"ctx {meta.context_length}  {manager.size_label(meta.size_bytes)}  "
            f"{'chat template' if meta.chat_template else 'NO chat template'}  {m.status}"
        )
        print(f"    sha256 {m.sha256}")
        if m.error:
            print(f"    {m.error}")
    print("* = the model Daybreak loads.")
    missing = [e for e in recommended if e.sha256 not in have]
    if missing:
        print("\nRecommended (daybreak model add ID):")
        for e in missing:
            print(f"  {e.id:16} {e.name}, {manager.size_label(e.size_bytes)}, {e.license} — {e.note}")
    return 0


def add(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm import manager

    entry = manager.add_model(
        store, args.source, filename=args.file, revision=args.revision, quiet=args.quiet
    )
    print(f"Added {entry.name} ({entry.status}) to {entry.path.parent}.")
    if args.use:
        manager.use_model(store, str(entry.path))
        print("Daybreak will load it from now on.")
    return 0


def verify(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm import manager

    targets = (
        [manager.verify_model(store, args.name)] if args.name else manager.list_models(store, fresh_hash=True)
    )
    if args.json:
        print_json({"models": [t.as_dict() for t in targets]})
    else:
        for t in targets:
            print(f"{t.status:10} {t.name}  sha256 {t.sha256 or '-'}")
            if t.error:
                print(f"           {t.error}")
    return 1 if any(t.status in ("mismatch", "damaged") for t in targets) else 0


def use(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm import manager

    entry = manager.use_model(store, args.name)
    print(f"Daybreak will load {entry.name} from now on (restart the app, or choose it in Models).")
    return 0


def remove(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm import manager

    path = manager.remove_model(store, args.name)
    print(f"Removed {path}.")
    return 0
