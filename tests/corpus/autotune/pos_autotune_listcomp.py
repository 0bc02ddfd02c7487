import itertools

import triton
import triton.language as tl

# Sweep the space instead of hand-picking: 3 row widths x 2 warp counts x
# 3 pipeline depths, pruned below by the reduction size.
_CONFIGS = [
    triton.Config({"BLOCK_N": bn}, num_warps=w, num_stages=s)
    for bn, w, s in itertools.product([1024, 2048, 4096], [4, 8], [1, 2, 3])
]


def _prune(configs, named_args, **kwargs):
    n = named_args["n_cols"]
    return [c for c in configs if c.kwargs["BLOCK_N"] <= max(1024, triton.next_power_of_2(n))]


@triton.autotune(configs=_CONFIGS, key=["n_cols"], prune_configs_by={"early_config_prune": _prune})
@triton.jit
def row_l2norm_kernel(x_ptr, y_ptr, n_cols, stride, eps, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, n_cols, BLOCK_N):
        offs = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_ptr + row * stride + offs, mask=offs < n_cols, other=0.0).to(tl.float32)
        acc += x * x
    inv = 1.0 / tl.sqrt(tl.sum(acc, axis=0) + eps)
    for start in range(0, n_cols, BLOCK_N):
        offs = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_ptr + row * stride + offs, mask=offs < n_cols, other=0.0)
        tl.store(y_ptr + row * stride + offs, x * inv, mask=offs < n_cols)
