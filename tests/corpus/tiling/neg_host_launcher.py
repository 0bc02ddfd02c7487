"""Host-side wrapper for the grouped GEMM kernel (the kernel lives in _gemm_kernels)."""
import torch
import triton

from ._gemm_kernels import grouped_matmul_kernel

DEFAULTS = dict(BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8)


def grouped_matmul(a: torch.Tensor, b: torch.Tensor, **overrides) -> torch.Tensor:
    meta = {**DEFAULTS, **overrides}
    M, K = a.shape
    K2, N = b.shape
    if K != K2:
        raise ValueError(f"inner dimensions differ: {K} vs {K2}")
    c = torch.empty((M, N), device=a.device, dtype=a.dtype)

    def grid(META):
        return (triton.cdiv(M, META["BLOCK_M"]) * triton.cdiv(N, META["BLOCK_N"]),)

    grouped_matmul_kernel[grid](a, b, c, M, N, K, *a.stride(), *b.stride(), *c.stride(),
                                GROUP_M=meta["GROUP_M"], BLOCK_M=meta["BLOCK_M"],
                                BLOCK_N=meta["BLOCK_N"], BLOCK_K=meta["BLOCK_K"])
    return c
