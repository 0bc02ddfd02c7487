import pytest
import torch
import triton
import triton.language as tl


@triton.jit
def _copy_kernel(src, dst, n, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    m = offs < n
    tl.store(dst + offs, tl.load(src + offs, mask=m), mask=m)


@pytest.mark.parametrize("n", [1, 127, 128, 1000, 4097])
@pytest.mark.parametrize("dtype", [torch.float16, torch.float32])
def test_masked_copy_handles_ragged_tail(n, dtype):
    src = torch.randn(n, device="cuda", dtype=dtype)
    dst = torch.full_like(src, float("nan"))
    _copy_kernel[(triton.cdiv(n, 128),)](src, dst, n, BLOCK=128)
    torch.testing.assert_close(dst, src)


def test_masked_copy_empty():
    src = torch.empty(0, device="cuda")
    dst = torch.empty_like(src)
    _copy_kernel[(1,)](src, dst, 0, BLOCK=128)
    assert dst.numel() == 0
