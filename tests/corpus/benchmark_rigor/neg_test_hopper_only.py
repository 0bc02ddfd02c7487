import pytest
import torch

from kernels.fp8_gemm import fp8_gemm


def is_hopper() -> bool:
    return torch.cuda.is_available() and torch.cuda.get_device_capability()[0] == 9


@pytest.mark.skipif(not is_hopper(), reason="wgmma path needs sm_90a (H100/H200)")
@pytest.mark.parametrize("M,N,K", [(128, 128, 128), (1000, 2048, 512)])
def test_fp8_gemm_close_to_bf16(M, N, K):
    a = torch.randn(M, K, device="cuda").to(torch.float8_e4m3fn)
    b = torch.randn(N, K, device="cuda").to(torch.float8_e4m3fn).T
    out = fp8_gemm(a, b, out_dtype=torch.bfloat16)
    ref = a.to(torch.bfloat16) @ b.to(torch.bfloat16)
    torch.testing.assert_close(out, ref, atol=0.5, rtol=0.05)
