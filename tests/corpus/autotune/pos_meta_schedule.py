"""Tune the fused conv2d+relu workload with TVM MetaSchedule on the local GPU."""
import tempfile

import tvm
from tvm import meta_schedule as ms
from tvm.script import tir as T

from workloads import conv2d_relu_nhwc


def tune(trials: int = 2000) -> tvm.runtime.Module:
    mod = tvm.IRModule({"main": conv2d_relu_nhwc(1, 56, 56, 64, 64, 3)})
    target = tvm.target.Target("nvidia/nvidia-a100")
    with tempfile.TemporaryDirectory() as work_dir:
        database = ms.tune_tir(
            mod=mod,
            target=target,
            work_dir=work_dir,
            max_trials_global=trials,
            num_trials_per_iter=64,
            cost_model=ms.cost_model.XGBModel(extractor=ms.feature_extractor.PerStoreFeature()),
            strategy="evolutionary",
        )
        sch = ms.tir_integration.compile_tir(database, mod, target)
    if sch is None:
        raise RuntimeError("no valid schedule found; increase the trial budget")
    return tvm.build(sch.mod, target=target)
