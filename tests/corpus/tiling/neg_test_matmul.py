import pytest
import torch

from kernels.grouped_gemm import grouped_matmul


@pytest.mark.parametrize("M,N,K", [(128, 128, 64), (257, 129, 96), (1024, 512, 2048)])
@pytest.mark.parametrize("GROUP_M", [1, 4, 8])
def test_grouped_matmul_matches_torch(M, N, K, GROUP_M):
    torch.manual_seed(0)
    a = torch.randn(M, K, device="cuda", dtype=torch.float16)
    b = torch.randn(K, N, device="cuda", dtype=torch.float16)
    out = grouped_matmul(a, b, GROUP_M=GROUP_M, BLOCK_M=64, BLOCK_N=64, BLOCK_K=32)
    torch.testing.assert_close(out, a @ b, atol=1e-2, rtol=1e-2)


def test_rejects_mismatched_inner_dim():
    a = torch.randn(64, 32, device="cuda", dtype=torch.float16)
    b = torch.randn(48, 64, device="cuda", dtype=torch.float16)
    with pytest.raises(ValueError):
        grouped_matmul(a, b)
