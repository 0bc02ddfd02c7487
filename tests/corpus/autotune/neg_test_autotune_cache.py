import torch
import triton
import triton.language as tl


@triton.autotune(
    configs=[triton.Config({"BLOCK": 128}, num_warps=4, num_stages=1),
             triton.Config({"BLOCK": 256}, num_warps=4, num_stages=2)],
    key=["n"],
)
@triton.jit
def _add_one(x_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    tl.store(x_ptr + offs, tl.load(x_ptr + offs, mask=offs < n) + 1, mask=offs < n)


def test_autotuner_caches_per_key():
    x = torch.zeros(1000, device="cuda")
    grid = lambda meta: (triton.cdiv(1000, meta["BLOCK"]),)
    _add_one[grid](x, 1000)
    first = _add_one.best_config
    _add_one[grid](x, 1000)
    assert _add_one.best_config is first
    assert torch.all(x == 2)
